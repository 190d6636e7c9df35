//! The DPO's review sheet (`src/legal_sheet.rs`), natively: every legal text of the catalogue
//! and every letter kind is on it, every citation leads to an entry of `docs/sources.md`, each
//! LIX is the readability measure's, each text's language is marked, and nothing on it could
//! be a real person's CPR number. The browser side (links followed, axe): tests/e2e/
//! legal-sheet.test.mjs.
#![cfg(feature = "ssr")]

use std::collections::HashSet;
use std::sync::OnceLock;
use stevns_rights_wizard::core::cpr::{find_cpr_like, parse};
use stevns_rights_wizard::core::fields::Field;
use stevns_rights_wizard::core::steps::Step;
use stevns_rights_wizard::core::text::english_version;
use stevns_rights_wizard::core::{Lang, Msg, Right};
use stevns_rights_wizard::legal_sheet::html::{lix_value, sheet_document, sources_document};
use stevns_rights_wizard::legal_sheet::states::{fresh, kinds, TODAY};
use stevns_rights_wizard::legal_sheet::{build, Sheet};
use stevns_rights_wizard::readability::{citizen_text, filled, has_citation, lix};

const SOURCES_MD: &str = include_str!("../docs/sources.md");

/// The sheet and its HTML, built once for all tests (building renders ~10,000 pages).
fn sheet() -> &'static (Sheet, String) {
    static SHEET: OnceLock<(Sheet, String)> = OnceLock::new();
    SHEET.get_or_init(|| {
        let sheet = build();
        let html = sheet_document(&sheet);
        (sheet, html)
    })
}

/// Every value of `attr` in `html`, in order.
fn values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// The element starting at the `<tr data-text-key="key"` row, up to its end.
fn row<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    let start = html.find(&format!("<tr data-text-key=\"{key}\">"))?;
    let rest = &html[start..];
    Some(&rest[..rest.find("</tr>")?])
}

/// The ids of `docs/sources.md`'s entries: each starts a line with `<a id="…"></a>`.
fn source_anchors() -> HashSet<&'static str> {
    SOURCES_MD
        .lines()
        .filter_map(|l| l.strip_prefix("<a id=\""))
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

/// The keys `docs/sources.md` names in backticks after its first entry.
fn keys_named_in_sources() -> Vec<Msg> {
    let body = &SOURCES_MD[SOURCES_MD.find("\n<a id=").unwrap_or(0)..];
    let names: HashSet<&str> = body.split('`').skip(1).step_by(2).collect();
    Msg::ALL
        .iter()
        .copied()
        .filter(|m| names.contains(format!("{m:?}").as_str()))
        .collect()
}

#[test]
fn every_legal_text_of_the_catalogue_is_on_the_sheet_once() {
    let (sheet, html) = sheet();
    let keys = values(html, "data-text-key");
    let mut expected: Vec<Msg> = Msg::ALL
        .iter()
        .copied()
        .filter(|m| Lang::ALL.iter().any(|l| has_citation(&filled(*m, *l))))
        .collect();
    // The letters' article names are citations on their own.
    expected.extend(Right::ALL.iter().map(|r| r.info().article));
    expected.extend(keys_named_in_sources());
    assert!(expected.len() > 100, "{}", expected.len());
    for m in &expected {
        let key = format!("{m:?}");
        let n = keys.iter().filter(|k| **k == key).count();
        assert_eq!(n, 1, "{key} is on the sheet {n} times");
    }
    // Nothing else: the sheet's own list is the rule's.
    assert_eq!(keys.len(), sheet.texts.len());
    let unique: HashSet<&str> = keys.iter().copied().collect();
    assert_eq!(unique.len(), keys.len(), "a key twice");
    for key in &keys {
        assert!(
            expected.iter().any(|m| format!("{m:?}") == *key),
            "{key} is on the sheet but cites nothing and is named by no source"
        );
    }
}

#[test]
fn every_legal_text_appears_somewhere_and_under_the_first_page_it_is_on() {
    let (sheet, html) = sheet();
    let dead: Vec<&str> = sheet.nowhere().iter().map(|t| t.key.as_str()).collect();
    assert!(
        dead.is_empty(),
        "legal texts on no page, in no letter and in no calendar file: {dead:?}"
    );
    // The pages are read from the rendered components; the core's own view of each right's
    // "about" page says what must be found there.
    for right in Right::ALL {
        let s = fresh(Lang::Da)
            .with_answer(Field::Who, "myself")
            .with_answer(Field::Right, right.slug())
            .jump(Step::About);
        assert_eq!(s.step, Step::About, "{right:?}");
        let about = s.about().expect("an about page");
        let mut shown = vec![about.get, about.refusal, about.deadline];
        shown.extend(about.limits);
        shown.extend(about.note);
        let page = format!("about/{}", right.slug());
        let mut checked = 0;
        for t in sheet
            .texts
            .iter()
            .filter(|t| shown.contains(&s.text(t.msg)))
        {
            assert!(
                t.pages.contains(&page),
                "{} not found on {page}: {:?}",
                t.key,
                t.pages
            );
            checked += 1;
        }
        assert!(checked >= 3, "{page}: {checked} legal texts");
        // What the right gives is its own: listed under its page.
        let get = sheet.texts.iter().find(|t| t.msg == right.info().get);
        assert_eq!(get.and_then(|t| t.pages.first()), Some(&page), "{right:?}");
        // The letter on the send page is the letters' part, not the page's.
        let letter = sheet.texts.iter().find(|t| t.msg == right.info().letter);
        assert!(
            letter.is_some_and(|t| t.pages.is_empty() && t.in_letters),
            "{right:?}"
        );
    }
    // Each text is in the part of the sheet of the first page it is on.
    for t in &sheet.texts {
        let page = t.pages.first().map_or(
            if t.in_letters { "letters" } else { "calendar" },
            String::as_str,
        );
        let section = html
            .find(&format!("data-page=\"{page}\""))
            .expect("the page's part");
        let next = html[section + 1..]
            .find("data-page=")
            .map_or(html.len(), |i| section + 1 + i);
        assert!(
            html[section..next].contains(&format!("data-text-key=\"{}\"", t.key)),
            "{} not under {page}",
            t.key
        );
    }
}

#[test]
fn every_letter_kind_is_on_the_sheet_in_both_languages_as_composed() {
    let (sheet, html) = sheet();
    let shown: HashSet<&str> = values(html, "data-letter-kind").into_iter().collect();
    assert_eq!(shown.len(), sheet.letters.len());
    assert_eq!(shown.len(), kinds().len() * 2);
    for lang in ["da", "en"] {
        for r in Right::ALL {
            for writer in ["myself", "behalf-poa", "employee"] {
                for route in Field::Route.choices() {
                    let kind = format!("request/{}/{writer}/{}/{lang}", r.slug(), route.value);
                    assert!(shown.contains(kind.as_str()), "{kind}");
                }
            }
        }
        for relation in ["custody", "guardian"] {
            let kind = format!("request/access/behalf-{relation}/digital-post/{lang}");
            assert!(shown.contains(kind.as_str()), "{kind}");
        }
        for when in ["in-time", "extended"] {
            let kind = format!("reminder/{when}/myself/email/{lang}");
            assert!(shown.contains(kind.as_str()), "{kind}");
        }
        for outcome in Field::Outcome.choices() {
            for route in Field::ComplaintRoute.choices() {
                let kind = format!("complaint/{}/myself/{}/{lang}", outcome.value, route.value);
                assert!(shown.contains(kind.as_str()), "{kind}");
            }
        }
    }
    // Each letter element carries its language and the crate's subject and body.
    for l in &sheet.letters {
        let start = html
            .find(&format!("data-letter-kind=\"{}\"", l.kind))
            .expect("letter on the sheet");
        let open = html[..start].rfind('<').unwrap_or(0);
        let element = &html[open..open + html[open..].find("</div>").unwrap_or(0)];
        assert!(
            element.contains(&format!("lang=\"{}\"", l.lang.code())),
            "{element:.120}"
        );
        assert!(l.kind.ends_with(&format!("/{}", l.lang.code())));
        assert!(
            element.contains("<pre>") && !l.body.is_empty(),
            "{}",
            l.kind
        );
    }
    // A request for someone else names them first; a complaint cites its rule.
    let letter = |kind: &str| sheet.letters.iter().find(|l| l.kind == kind);
    let behalf = letter("request/access/behalf-poa/digital-post/da").map(|l| l.body.clone());
    assert!(behalf.is_some_and(|b| b.contains("på vegne af Ida Hansen")));
    let none = letter("complaint/none/myself/email/en").map(|l| l.body.clone());
    assert!(none.is_some_and(|b| b.contains("Article 12(3)")));
}

#[test]
fn every_citation_and_link_leads_to_an_entry_of_docs_sources() {
    let (sheet, html) = sheet();
    assert!(sheet.problems.is_empty(), "{:#?}", sheet.problems);
    let anchors = source_anchors();
    assert!(
        anchors.len() > 50 && anchors.contains("gdpr-12"),
        "{anchors:?}"
    );
    let links: Vec<&str> = values(html, "href")
        .into_iter()
        .filter_map(|h| h.strip_prefix("sources.html#"))
        .collect();
    assert!(links.len() > 100, "{}", links.len());
    for a in &links {
        assert!(anchors.contains(a), "#{a} is not in docs/sources.md");
    }
    // Each text that cites links to what it cites.
    for t in &sheet.texts {
        let row = row(html, &t.key).unwrap_or_default();
        for a in t.anchors() {
            assert!(
                row.contains(&format!("href=\"sources.html#{a}\"")),
                "{}: no link to #{a}",
                t.key
            );
        }
        let cites = t.citations.iter().flatten().count();
        assert!(cites > 0 || !t.named_in.is_empty(), "{}", t.key);
    }
    // Both languages cite the same entries.
    let differ: Vec<&str> = sheet.mismatched().iter().map(|t| t.key.as_str()).collect();
    assert!(
        differ.is_empty(),
        "Danish and English cite differently: {differ:?}"
    );
    // The sources page beside it has every anchor.
    let sources = sources_document();
    for a in &anchors {
        assert!(
            sources.contains(&format!("<a id=\"{a}\"></a>")),
            "sources.html lacks #{a}"
        );
    }
}

#[test]
fn each_text_cell_has_its_language_and_the_readability_measures_lix() {
    let (sheet, html) = sheet();
    assert!(html.starts_with("<!doctype html>\n<html lang=\"da\">"));
    for t in &sheet.texts {
        let row = row(html, &t.key).unwrap_or_default();
        for lang in Lang::ALL {
            let want = lix_value(lix(&citizen_text(&filled(t.msg, lang))));
            let cell = format!("<td lang=\"{}\" data-lix=\"{want}\">", lang.code());
            assert!(
                row.contains(&cell),
                "{} {lang:?}: want {want}\n{row}",
                t.key
            );
        }
    }
    // Every cell of a text table has a language.
    let cells = html.matches("<td lang=").count();
    assert_eq!(cells, sheet.texts.len() * 2);
}

#[test]
fn the_sheet_names_the_release_and_holds_no_scripts_and_no_cpr_number() {
    let (_, html) = sheet();
    assert!(html.contains(&format!(
        "<dd data-release-version>{}</dd>",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(html.contains(&format!(
        "<dd data-release-english>{}</dd>",
        english_version()
    )));
    for doc in [html.as_str(), &sources_document()] {
        assert!(!doc.contains("<script"), "a script");
        assert!(doc.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        let possible: Vec<&str> = find_cpr_like(doc)
            .into_iter()
            .map(|(a, b)| &doc[a..b])
            .filter(|n| parse(n, TODAY).is_ok())
            .collect();
        assert!(possible.is_empty(), "{possible:?}");
    }
    // The same release gives the same sheet: a diff of two sheets shows only changes.
    assert_eq!(&sheet_document(&build()), html);
}

#[test]
fn headings_go_down_one_level_at_a_time_and_ids_are_unique() {
    let (_, html) = sheet();
    let mut last = 0;
    for (i, _) in html.match_indices("<h") {
        let Some(level) = html[i + 2..].chars().next().and_then(|c| c.to_digit(10)) else {
            continue;
        };
        assert!(level <= last + 1, "h{level} after h{last} at {i}");
        last = level;
    }
    assert_eq!(html.matches("<h1").count(), 1);
    let ids = values(html, "id");
    let unique: HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "an id twice");
    for target in values(html, "aria-labelledby") {
        assert!(ids.contains(&target), "aria-labelledby={target}");
    }
}
