//! The legal sources page, `docs/sources.md`, as the sheet reads it: its entries (anchor, short
//! title, the catalogue keys it names) and as HTML, shipped as `sources.html` beside the sheet.
//!
//! The file is compiled in (`include_str!`), so the sheet and the sources page of one build are
//! always the same release, and a changed `docs/sources.md` rebuilds the generator.

use super::html::escape;
use crate::core::text::Msg;
use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// `docs/sources.md` as this build has it.
pub const SOURCES_MD: &str = include_str!("../../docs/sources.md");

/// One entry of the sources page: everything from its `<a id="…"></a>` to the next one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The stable id (`gdpr-12`, `dbl-22`, `decision-consent-no-period`).
    pub anchor: String,
    /// The entry's heading up to its " — " ("Art. 12", "Databeskyttelsesloven § 22",
    /// "D5. A withdrawal of consent has no one-month answer period").
    pub title: String,
    /// The catalogue keys the entry names in backticks (`` `AboutDeadline` ``), in order, once
    /// each: the texts that entry says rely on it.
    pub keys: Vec<Msg>,
}

/// The anchor of a line starting with `<a id="…"></a>` (an entry's first line; the same
/// markup quoted in prose is not one).
fn anchor_of(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("<a id=\"")?;
    Some(&rest[..rest.find('"')?])
}

/// The catalogue key named `name`, if there is one.
fn msg_named(name: &str) -> Option<Msg> {
    Msg::ALL.iter().copied().find(|m| format!("{m:?}") == name)
}

/// Every entry of `markdown` (the shape of `docs/sources.md`), in page order.
pub fn entries_of(markdown: &str) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    for line in markdown.lines() {
        if let Some(anchor) = anchor_of(line) {
            entries.push(Entry {
                anchor: anchor.to_string(),
                title: String::new(),
                keys: Vec::new(),
            });
            continue;
        }
        let Some(entry) = entries.last_mut() else {
            continue;
        };
        if entry.title.is_empty() && line.starts_with('#') {
            let heading = line.trim_start_matches('#').trim();
            entry.title = heading.split(" — ").next().unwrap_or(heading).to_string();
            continue;
        }
        for (i, part) in line.split('`').enumerate() {
            // Odd parts are inside backticks.
            if let Some(m) = (i % 2 == 1).then(|| msg_named(part)).flatten() {
                if !entry.keys.contains(&m) {
                    entry.keys.push(m);
                }
            }
        }
    }
    entries
}

/// The entries of this build's `docs/sources.md`.
pub fn entries() -> Vec<Entry> {
    entries_of(SOURCES_MD)
}

/// `text` with each bare `https://…` address made a link (the page writes its sources'
/// addresses out in full, and Markdown leaves them as text).
fn autolink(text: &str) -> Vec<Event<'static>> {
    let mut events = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("https://").or_else(|| rest.find("http://")) {
        let end = rest[start..]
            .find(char::is_whitespace)
            .map_or(rest.len(), |e| start + e);
        // Punctuation after an address ends the sentence, not the address.
        let url = rest[start..end].trim_end_matches(['.', ',', ';', ':', ')']);
        let end = start + url.len();
        if start > 0 {
            events.push(Event::Text(CowStr::from(rest[..start].to_string())));
        }
        let url = escape(url);
        events.push(Event::InlineHtml(CowStr::from(format!(
            "<a href=\"{url}\">{url}</a>"
        ))));
        rest = &rest[end..];
    }
    if !rest.is_empty() {
        events.push(Event::Text(CowStr::from(rest.to_string())));
    }
    events
}

/// `markdown` as HTML: tables, `<a id>` anchors kept, bare addresses linked, and each quote
/// marked with its language (`lang="da"` after a paragraph starting "Dansk", `lang="en"` after
/// one starting "English"), so a screen reader reads the Danish law in Danish.
pub fn to_html(markdown: &str) -> String {
    let mut events: Vec<Event> = Vec::new();
    let mut quote_lang: Option<&str> = None;
    let mut paragraph_start = false;
    let mut in_link = 0usize;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Paragraph) => {
                paragraph_start = true;
                events.push(event);
            }
            Event::Text(ref text) if paragraph_start => {
                paragraph_start = false;
                if text.starts_with("Dansk") {
                    quote_lang = Some("da");
                } else if text.starts_with("English") {
                    quote_lang = Some("en");
                }
                events.extend(autolink(text));
            }
            Event::Start(Tag::BlockQuote(_)) => {
                let lang = quote_lang
                    .take()
                    .map_or(String::new(), |l| format!(" lang=\"{l}\""));
                events.push(Event::Html(CowStr::from(format!("<blockquote{lang}>\n"))));
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                events.push(Event::Html(CowStr::from("</blockquote>\n")));
            }
            Event::Start(Tag::Link { .. }) => {
                in_link += 1;
                events.push(event);
            }
            Event::End(TagEnd::Link) => {
                in_link = in_link.saturating_sub(1);
                events.push(event);
            }
            Event::Text(ref text) if in_link == 0 => events.extend(autolink(text)),
            other => {
                if !matches!(other, Event::Text(_)) {
                    paragraph_start = false;
                }
                events.push(other);
            }
        }
    }
    let mut out = String::new();
    html::push_html(&mut out, events.into_iter());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "# Sources\n\nIntro naming `AboutFree` and `<a id=\"…\"></a>`.\n\n<a id=\"gdpr-12\"></a>\n\
        ### Art. 12 — Gennemsigtig oplysning / Transparent information\n\n\
        Used for: texts `AboutFree`, `NextDeadline`, `NoSuchKey` and `AboutFree` again.\n\n\
        Dansk (stk. 5):\n\n> 5. Oplysninger … er gratis.\n\nEnglish (paragraph 5):\n\n\
        > 5. … free of charge.\n\nSource: https://eur-lex.europa.eu/eli/reg/2016/679/oj, read.\n\n\
        <a id=\"dbl-22\"></a>\n### Databeskyttelsesloven § 22 — limits on access\n\nSee [gdpr-12](#gdpr-12).\n";

    #[test]
    fn entries_have_their_anchor_short_title_and_the_keys_they_name() {
        let e = entries_of(PAGE);
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].anchor, "gdpr-12");
        assert_eq!(e[0].title, "Art. 12");
        // Once each, only real keys, and not the intro's.
        assert_eq!(e[0].keys, [Msg::AboutFree, Msg::NextDeadline]);
        assert_eq!(e[1].anchor, "dbl-22");
        assert_eq!(e[1].title, "Databeskyttelsesloven § 22");
        assert!(e[1].keys.is_empty());
    }

    #[test]
    fn the_html_keeps_anchors_links_addresses_and_marks_the_quotes_language() {
        let html = to_html(PAGE);
        assert!(html.contains("<a id=\"gdpr-12\"></a>"), "{html}");
        assert!(html.contains("<a href=\"#gdpr-12\">gdpr-12</a>"), "{html}");
        assert!(
            html.contains("<a href=\"https://eur-lex.europa.eu/eli/reg/2016/679/oj\">"),
            "{html}"
        );
        let da = html.find("<blockquote lang=\"da\">").expect("Danish quote");
        let en = html
            .find("<blockquote lang=\"en\">")
            .expect("English quote");
        assert!(
            da < html.find("er gratis").unwrap_or(0) && en > da,
            "{html}"
        );
        assert!(!html.contains("<script"), "{html}");
    }

    #[test]
    fn this_builds_sources_page_has_its_stable_anchors() {
        let anchors: Vec<String> = entries().into_iter().map(|e| e.anchor).collect();
        for a in [
            "gdpr-12",
            "dbl-22",
            "offl-13",
            "fvl-9",
            "arkl-21",
            "reg-1182-71",
        ] {
            assert!(anchors.iter().any(|x| x == a), "{a} missing");
        }
    }
}
