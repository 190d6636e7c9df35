//! The parts of the sheet below its header: the readability figures, the findings, the legal
//! texts page by page, and the letters. One text's row is one line of the file, and each letter
//! keeps its own lines, so a diff of two sheets lists what changed (`docs/legal-review.md`).

use super::html::{escape, lix_value};
use super::sources::Entry;
use super::{
    Figures, LegalText, LetterShown, Sheet, LABEL_WORDS, TARGET_ABOUT, TARGET_CATALOGUE,
    TARGET_TEXT,
};
use crate::core::rights::Right;
use crate::core::text::Lang;

/// A LIX value as the sheet writes it in Danish: "28,4".
fn lix_da(lix: f64) -> String {
    lix_value(lix).replace('.', ",")
}

/// The id of a page's part of the sheet: "side-about-access".
fn page_anchor(id: &str) -> String {
    format!("side-{}", id.replace('/', "-"))
}

/// The entry titled for a link: "Art. 12", or the anchor if the entry has no heading.
fn link(anchor: &str, entries: &[Entry]) -> String {
    let title = entries
        .iter()
        .find(|e| e.anchor == anchor)
        .map(|e| e.title.as_str())
        .filter(|t| !t.is_empty())
        .unwrap_or(anchor);
    format!(
        "<a href=\"sources.html#{}\">{}</a>",
        escape(anchor),
        escape(title)
    )
}

/// The first cell of a text's row: its key, the entries it cites and those naming it, the
/// other pages it is on, and any citation without a source.
fn key_cell(t: &LegalText, titles: &[(String, String)], entries: &[Entry]) -> String {
    let mut out = format!("<th scope=\"row\" class=\"keys\"><code>{}</code>", t.key);
    let cited: Vec<String> = t
        .citations
        .iter()
        .flatten()
        .filter_map(|c| c.anchors.as_ref().ok())
        .flatten()
        .fold(Vec::new(), |mut v, a| {
            if !v.contains(a) {
                v.push(a.clone());
            }
            v
        });
    let named: Vec<&String> = t.named_in.iter().filter(|a| !cited.contains(a)).collect();
    for (label, list) in [
        ("Henviser til:", cited.iter().collect::<Vec<_>>()),
        ("Kildesiden nævner teksten under:", named),
    ] {
        if !list.is_empty() {
            out.push_str(&format!("<p>{label}</p><ul>"));
            for a in list {
                out.push_str(&format!("<li>{}</li>", link(a, entries)));
            }
            out.push_str("</ul>");
        }
    }
    for c in t.citations.iter().flatten() {
        if let Err(why) = &c.anchors {
            out.push_str(&format!(
                "<p class=\"problem\">Ingen kilde: „{}“ ({})</p>",
                escape(&c.text),
                escape(why)
            ));
        }
    }
    // A text on every right's "about" page is said to be so, not listed nine times.
    let about: Vec<&String> = t.pages.iter().filter(|p| p.starts_with("about/")).collect();
    let every_about = about.len() == Right::ALL.len();
    let mut others: Vec<String> = t
        .pages
        .iter()
        .skip(1)
        .filter(|p| !(every_about && p.starts_with("about/")))
        .map(|p| title_of(p, titles))
        .collect();
    if every_about {
        others.insert(0, "siderne om alle rettighederne".into());
    }
    if !others.is_empty() {
        out.push_str(&format!("<p>Også på: {}</p>", escape(&others.join("; "))));
    }
    let also = [
        (t.in_letters && !t.pages.is_empty(), "breve"),
        (
            t.in_calendar && (t.in_letters || !t.pages.is_empty()),
            "kalenderfilen",
        ),
    ];
    let also: Vec<&str> = also.iter().filter(|(on, _)| *on).map(|(_, w)| *w).collect();
    if !also.is_empty() {
        out.push_str(&format!("<p>Også i {}.</p>", also.join(" og ")));
    }
    out.push_str("</th>");
    out
}

/// A page's Danish heading, or its id.
fn title_of(id: &str, titles: &[(String, String)]) -> String {
    titles
        .iter()
        .find(|(p, _)| p == id)
        .map(|(_, t)| t.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| id.to_string())
}

/// One text's row: one line of the file.
fn row(t: &LegalText, titles: &[(String, String)], entries: &[Entry]) -> String {
    let mut out = format!(
        "<tr data-text-key=\"{}\">{}",
        t.key,
        key_cell(t, titles, entries)
    );
    for lang in Lang::ALL {
        let i = lang as usize;
        let mark = if !t.held() {
            " – kort etiket, ikke omfattet af målet".to_string()
        } else if t.lix[i] > TARGET_TEXT {
            format!(" <span class=\"over\">– over {TARGET_TEXT}</span>")
        } else {
            String::new()
        };
        out.push_str(&format!(
            "<td lang=\"{}\" data-lix=\"{}\"><p class=\"text\">{}</p><p class=\"lix\" lang=\"da\">LIX {}{mark}</p></td>",
            lang.code(),
            lix_value(t.lix[i]),
            escape(&t.text[i]),
            lix_da(t.lix[i])
        ));
    }
    out.push_str("</tr>\n");
    out
}

/// A part of the texts section: a heading and the table of its texts.
fn texts_table(
    id: &str,
    heading: &str,
    texts: &[&LegalText],
    titles: &[(String, String)],
    entries: &[Entry],
) -> String {
    let mut out = format!(
        "<section data-page=\"{}\" aria-labelledby=\"{anchor}\">\n<h3 id=\"{anchor}\">{}</h3>\n\
         <table class=\"texts\">\n<thead><tr><th scope=\"col\">Tekst og kilder</th><th scope=\"col\">Dansk</th>\
         <th scope=\"col\">Engelsk</th></tr></thead>\n<tbody>\n",
        escape(id),
        escape(heading),
        anchor = page_anchor(id),
    );
    for t in texts {
        out.push_str(&row(t, titles, entries));
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

fn yes_no(ok: bool) -> &'static str {
    if ok {
        "Ja"
    } else {
        "<strong class=\"over\">Nej</strong>"
    }
}

/// The figures: the catalogue, each "about" page, the hardest legal text.
pub fn figures_section(f: &Figures, sheet: &Sheet) -> String {
    let mut out = String::from(
        "<section aria-labelledby=\"tal\">\n<h2 id=\"tal\">Læsbarhed</h2>\n\
         <p>LIX på dansk, målt på det, borgeren læser: tekster udfyldt med eksemplerne, uden \
         lovhenvisningerne i parentes.</p>\n<table>\n<thead><tr><th scope=\"col\">Hvad</th>\
         <th scope=\"col\">LIX</th><th scope=\"col\">Mål (højst)</th><th scope=\"col\">Nået</th>\
         </tr></thead>\n<tbody>\n",
    );
    let mut line = |what: String, data: &str, lix: f64, target: f64| {
        out.push_str(&format!(
            "<tr data-figure=\"{data}\" data-lix=\"{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            lix_value(lix),
            escape(&what),
            lix_da(lix),
            lix_da(target),
            yes_no(lix <= target)
        ));
    };
    line(
        "Hele kataloget (alle tekster læst som én)".into(),
        "catalogue",
        f.catalogue,
        TARGET_CATALOGUE,
    );
    for (right, lix) in &f.about {
        let id = format!("about/{}", right.slug());
        line(
            format!("Siden om retten: {}", title_of(&id, &sheet.pages)),
            &id,
            *lix,
            TARGET_ABOUT,
        );
    }
    if let Some((msg, lix)) = f.worst {
        line(
            format!("Sværeste juridiske tekst: {msg:?}"),
            "worst-text",
            lix,
            TARGET_TEXT,
        );
    }
    out.push_str(&format!(
        "</tbody>\n</table>\n<p data-figure=\"texts-over\">Juridiske tekster over {}: {}. \
         Korte etiketter (under {LABEL_WORDS} ord uden lovhenvisning) er ikke omfattet.</p>\n</section>\n",
        lix_da(TARGET_TEXT),
        f.over
    ));
    out
}

/// The findings: what stops the build, texts found nowhere, citations that differ between
/// the languages.
pub fn findings_section(sheet: &Sheet) -> String {
    let mut out = String::from("<section aria-labelledby=\"fund\">\n<h2 id=\"fund\">Fund</h2>\n");
    let mut any = false;
    let mut list = |title: &str, items: Vec<String>| {
        if items.is_empty() {
            return;
        }
        any = true;
        out.push_str(&format!("<h3>{}</h3>\n<ul>\n", escape(title)));
        for i in items {
            out.push_str(&format!("<li>{}</li>\n", escape(&i)));
        }
        out.push_str("</ul>\n");
    };
    list("Fejl, der standser udgivelsen", sheet.problems.clone());
    list(
        "Juridiske tekster, der ikke findes på nogen side, i noget brev eller i kalenderfilen (døde tekster?)",
        sheet.nowhere().iter().map(|t| t.key.clone()).collect(),
    );
    list(
        "Dansk og engelsk henviser til forskellige kilder",
        sheet
            .mismatched()
            .iter()
            .map(|t| {
                let show = |l: Lang| {
                    t.cited_anchors(l)
                        .into_iter()
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                format!(
                    "{}: dansk {}; engelsk {}",
                    t.key,
                    show(Lang::Da),
                    show(Lang::En)
                )
            })
            .collect(),
    );
    if !any {
        out.push_str("<p>Ingen fund.</p>\n");
    }
    out.push_str("</section>\n");
    out
}

/// The letters, grouped by flow: Danish beside English.
pub fn letters_section(letters: &[LetterShown]) -> String {
    let mut out = String::from(
        "<section aria-labelledby=\"breve\">\n<h2 id=\"breve\">Breve</h2>\n\
         <p>Et brev af hver slags, skrevet af programmet selv med eksempelsvar. CPR-numre vises \
         som ddmmåå-xxxx.</p>\n",
    );
    let mut flow = "";
    for pair in letters.chunks(2) {
        let Some(first) = pair.first() else { continue };
        let kind = first
            .kind
            .rsplit_once('/')
            .map_or(first.kind.as_str(), |(k, _)| k);
        let this_flow = kind.split('/').next().unwrap_or("");
        if this_flow != flow {
            flow = this_flow;
            let title = match flow {
                "request" => "Anmodninger",
                "reminder" => "Rykkere",
                _ => "Klager til Datatilsynet",
            };
            out.push_str(&format!("<h3 id=\"breve-{flow}\">{title}</h3>\n"));
        }
        out.push_str(&format!(
            "<section class=\"letter\" data-letter=\"{k}\" aria-labelledby=\"brev-{id}\">\n\
             <h4 id=\"brev-{id}\">{}</h4>\n<p><code>{k}</code></p>\n<div class=\"pair\">\n",
            escape(&first.label),
            k = escape(kind),
            id = kind.replace('/', "-")
        ));
        for l in pair {
            out.push_str(&format!(
                "<div lang=\"{}\" data-letter-kind=\"{}\"><p><strong>{}</strong> {}</p><pre>{}</pre></div>\n",
                l.lang.code(),
                escape(&l.kind),
                match l.lang {
                    Lang::Da => "Emne:",
                    Lang::En => "Subject:",
                },
                escape(&l.subject),
                escape(&l.body)
            ));
        }
        out.push_str("</div>\n</section>\n");
    }
    out.push_str("</section>\n");
    out
}

/// The texts, page by page, then those only in letters and those found nowhere.
pub fn texts_section(sheet: &Sheet, entries: &[Entry]) -> String {
    let mut out = String::from(
        "<section aria-labelledby=\"tekster\">\n<h2 id=\"tekster\">Juridiske tekster, side for side</h2>\n\
         <p>Hver tekst står én gang: under den første side, borgeren møder den på. Tekster med \
         pladsholdere er udfyldt med eksempler (Stevns Kommunes oplysninger, Ida Hansen, \
         onsdag den 23. december 2026, SK-7F3K2Q, anmodning om indsigt).</p>\n",
    );
    for (id, title) in &sheet.pages {
        let texts: Vec<&LegalText> = sheet
            .texts
            .iter()
            .filter(|t| t.pages.first() == Some(id))
            .collect();
        if !texts.is_empty() {
            let heading = format!("Side: {}", if title.is_empty() { id } else { title });
            out.push_str(&texts_table(id, &heading, &texts, &sheet.pages, entries));
        }
    }
    let letters: Vec<&LegalText> = sheet
        .texts
        .iter()
        .filter(|t| t.pages.is_empty() && t.in_letters)
        .collect();
    if !letters.is_empty() {
        out.push_str(&texts_table(
            "letters",
            "Kun i breve",
            &letters,
            &sheet.pages,
            entries,
        ));
    }
    let calendar: Vec<&LegalText> = sheet
        .texts
        .iter()
        .filter(|t| t.pages.is_empty() && !t.in_letters && t.in_calendar)
        .collect();
    if !calendar.is_empty() {
        out.push_str(&texts_table(
            "calendar",
            "Kun i kalenderfilen (.ics)",
            &calendar,
            &sheet.pages,
            entries,
        ));
    }
    let nowhere = sheet.nowhere();
    if !nowhere.is_empty() {
        out.push_str(&texts_table(
            "nowhere",
            "Ikke fundet på nogen side, i noget brev eller i kalenderfilen",
            &nowhere,
            &sheet.pages,
            entries,
        ));
    }
    out.push_str("</section>\n");
    out
}
