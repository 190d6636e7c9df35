//! The sheet as one standalone HTML document, and `docs/sources.md` as another.
//!
//! Valid, accessible HTML: `lang="da"` on the page and a `lang` on every text cell and letter;
//! headings in order (h1 the sheet, h2 its parts, h3 a page or a kind of letter, h4 one
//! letter); tables with header cells; no scripts (a Content-Security-Policy in the page allows
//! none), one inline `<style>`; readable when printed (table headers repeat, a letter is not
//! split). The parts below the header are `sections.rs`.
//!
//! The machine-readable keys: `data-text-key` on each text's row, `data-lix` on each of its
//! language cells, `data-letter-kind` on each letter, `data-page` on each page's part, and
//! the release in `data-release-*` on the header's values.

use super::sections::{figures_section, findings_section, letters_section, texts_section};
use super::sources::{entries, to_html, SOURCES_MD};
use super::Sheet;
use crate::core::fnv;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// No scripts, nothing fetched; the one inline style block, the empty inline icon (without
/// one the browser asks the server for /favicon.ico), and links out.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;margin:1rem auto;padding:0 1rem;max-width:90rem}\
h1{font-size:1.75rem}h2{font-size:1.4rem;margin-top:2.5rem;border-bottom:2px solid #1a1a1a}h3{font-size:1.15rem;margin-top:2rem}h4{font-size:1rem}\
a{color:#0b4f8a}table{border-collapse:collapse;width:100%;margin:.5rem 0}\
th,td{border:1px solid #767676;padding:.4rem .5rem;text-align:left;vertical-align:top}\
thead th{background:#ececec}tbody th{font-weight:normal}.texts th[scope=row]{width:20%;word-break:break-word}\
.texts td{width:40%}.text{white-space:pre-line;margin:0}.lix{margin:.3rem 0 0;font-size:.875rem;color:#4a4a4a}\
.over{font-weight:bold;color:#8a1c1c}.keys ul{margin:.2rem 0;padding-left:1.1rem}.keys p{margin:.2rem 0;font-size:.875rem}\
.problem{color:#8a1c1c;font-weight:bold}dl.release{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}\
dl.release dt{font-weight:bold}dl.release dd{margin:0}.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}\
blockquote{border-left:4px solid #767676;margin:.5rem 0;padding-left:1rem}pre{white-space:pre-wrap;font:inherit;font-size:.9375rem;border:1px solid #767676;padding:.5rem;margin:.3rem 0}\
@media (max-width:50rem){.pair{grid-template-columns:1fr}\
.texts,.texts tbody,.texts tr,.texts th[scope=row],.texts td{display:block;width:auto}.texts tr{border:1px solid #767676;margin-bottom:1rem}\
.texts th[scope=row],.texts td{border:0;border-bottom:1px solid #d0d0d0}.texts thead{position:absolute;left:-200vw}\
.texts td[lang=da]::before{content:'Dansk';display:block;font-weight:bold}.texts td[lang=en]::before{content:'Engelsk';display:block;font-weight:bold}}\
@media print{body{max-width:none;font-size:11pt}a{color:inherit}thead{display:table-header-group}\
tr,.letter{break-inside:avoid}h2,h3,h4{break-after:avoid}}";

/// A standalone document around `body`.
fn document(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <link rel=\"icon\" href=\"data:,\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

/// A LIX value for `data-lix`: one decimal, a point.
pub fn lix_value(lix: f64) -> String {
    format!("{lix:.1}")
}

/// The sheet as a standalone HTML document (`legal-sheet.html`).
pub fn sheet_document(sheet: &Sheet) -> String {
    let entries = entries();
    let content = [
        figures_section(&sheet.figures, sheet),
        findings_section(sheet),
        texts_section(sheet, &entries),
        letters_section(&sheet.letters),
    ]
    .concat();
    let r = &sheet.release;
    let sheet_hash = fnv::hex(fnv::extend(fnv::OFFSET, content.as_bytes()));
    let pages = sheet
        .pages
        .iter()
        .filter(|(id, _)| sheet.texts.iter().any(|t| t.pages.first() == Some(id)))
        .count();
    let header = format!(
        "<header>\n<h1>Juridisk gennemgang af rettighedsformularen</h1>\n\
         <dl class=\"release\">\n\
         <dt>Version</dt><dd data-release-version>{}</dd>\n\
         <dt>Teksternes hash</dt><dd data-release-texts>{}</dd>\n\
         <dt>Engelske teksters version</dt><dd data-release-english>{}</dd>\n\
         <dt>Arkets hash</dt><dd data-release-sheet>{sheet_hash}</dd>\n</dl>\n\
         <p>Arket er lavet af programmet selv ud fra de rigtige tekster og den rigtige \
         brevkode: {} juridiske tekster på {pages} sider og {} breve. Ret ikke i arket – ret i \
         teksterne. Hver henvisning fører til kilden i <a href=\"sources.html\">kildesiden</a>.</p>\n\
         <p>Godkend en udgave ved at notere version og hashværdier. Skifter arkets hash, er \
         noget på arket ændret; se hvad med et diff af de to ark (docs/legal-review.md).</p>\n\
         <nav aria-label=\"Indhold\"><ul><li><a href=\"#tal\">Læsbarhed</a></li>\
         <li><a href=\"#fund\">Fund</a></li><li><a href=\"#tekster\">Juridiske tekster</a></li>\
         <li><a href=\"#breve\">Breve</a></li></ul></nav>\n</header>\n<main>\n",
        escape(&r.version),
        r.texts,
        r.english,
        sheet.texts.len(),
        sheet.letters.len()
    );
    let title = format!(
        "Juridisk gennemgang – rettighedsformularen {} (tekster {})",
        r.version, r.texts
    );
    document(
        "da",
        &title,
        &[header, content, "</main>\n".into()].concat(),
    )
}

/// `docs/sources.md` as a standalone HTML document (`sources.html`).
pub fn sources_document() -> String {
    let title = format!(
        "Legal sources – the rights wizard {}",
        env!("CARGO_PKG_VERSION")
    );
    document(
        "en",
        &title,
        &["<main>\n", &to_html(SOURCES_MD), "</main>\n"].concat(),
    )
}
