//! The citations in a text, and the entries of `docs/sources.md` each one points to.
//!
//! A citation is a bracket the readability measure counts as one
//! ([`crate::readability::has_citation`]: "(art. 12, stk. 3)", "(offentlighedsloven §§ 13 og
//! 15)", "(Danish Data Protection Act section 22(1))"), a bracket naming Reg. 1182/71, or a
//! whole text that is one ("art. 15", "Article 7(3) GDPR": the letters' article names).
//!
//! How a citation becomes anchors (the ids of `docs/sources.md`):
//! * an article ("art.", "artikel", "Article", "Articles 22 and 15(1)(h)") is the GDPR's:
//!   `gdpr-<n>`; paragraphs and points ("stk. 3", "litra h", "(1)(g)") belong to its entry;
//! * a section ("§ 22", "§§ 13 og 15", "section 21", "sections 13 and 15") belongs to the act
//!   named right before it ("databeskyttelsesloven § 22", "Danish Data Protection Act section
//!   22(1)"), else to the act after "of the" ("section 8 of the Danish Access to Public
//!   Administration Files Act"), else to the last act named before it: `<act>-<n>` with the
//!   act's prefix from [`ACTS`] (`dbl-22`, `offl-13`, `offl-15`, `arkl-21`, `fvl-9`);
//! * an act named without a section ("(forvaltningsloven)") points to every entry of that act;
//! * "1182/71" is `reg-1182-71`.
//!
//! An act this table does not know ("retssikkerhedsloven § 5", "the Danish Holidays Act"), a
//! section without an act, or a citation that yields no anchor is an error: the sheet cannot
//! show where the DPO checks it, so the build stops (`tests/legal_sheet.rs`).

use crate::readability::has_citation;

/// The acts a citation may name, as written in lower case (Danish, also in the genitive, and
/// English), and the prefix of their entries in `docs/sources.md`.
pub const ACTS: [(&str, &str); 12] = [
    ("databeskyttelsesforordning", "gdpr"),
    ("general data protection regulation", "gdpr"),
    ("gdpr", "gdpr"),
    ("databeskyttelsesloven", "dbl"),
    ("danish data protection act", "dbl"),
    ("offentlighedsloven", "offl"),
    ("danish access to public administration files act", "offl"),
    ("forvaltningsloven", "fvl"),
    ("danish public administration act", "fvl"),
    ("arkivloven", "arkl"),
    ("danish archives act", "arkl"),
    ("1182/71", "reg-1182-71"),
];

/// One citation as the text writes it, and where it points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The citation without its brackets: "art. 12, stk. 3".
    pub text: String,
    /// The anchors, in the order cited, once each; or why there are none.
    pub anchors: Result<Vec<String>, String>,
}

/// The outermost "(…)" pairs of `text`, as their contents; an unclosed bracket is not one.
fn brackets(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, c) in text.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    start = i + 1;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(&text[start..i]);
                }
            }
            _ => {}
        }
    }
    out
}

/// True when a bracket's content cites the law.
fn is_citation(inner: &str) -> bool {
    has_citation(&format!("({inner})")) || inner.contains("1182/71")
}

/// True when the whole of `text` is a citation: "art. 15", "Article 7(3) GDPR".
fn is_bare_citation(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    ["art. ", "artikel ", "article ", "§"]
        .iter()
        .any(|m| lower.starts_with(m))
        && !lower.ends_with('.')
        && lower.split_whitespace().count() <= 12
        && is_citation(&lower)
}

/// The citations of `text` (a catalogue text with its placeholders filled), in order, with
/// their anchors. `anchors` is every id of `docs/sources.md`: an act named without a section
/// points to all of its entries.
pub fn citations(text: &str, anchors: &[String]) -> Vec<Citation> {
    let cited: Vec<&str> = if is_bare_citation(text) {
        vec![text.trim()]
    } else {
        brackets(text)
            .into_iter()
            .filter(|b| is_citation(b))
            .collect()
    };
    cited
        .into_iter()
        .map(|c| Citation {
            text: c.to_string(),
            anchors: parse(c, anchors),
        })
        .collect()
}

/// A mention of an act in a citation: its byte range (lower case) and its prefix.
#[derive(Clone, Copy)]
struct Act {
    start: usize,
    end: usize,
    prefix: &'static str,
}

/// Every act [`ACTS`] knows in `lower`, in order; a longer name wins over one inside it.
fn acts(lower: &str) -> Vec<Act> {
    let mut found: Vec<Act> = Vec::new();
    for (name, prefix) in ACTS {
        for (start, _) in lower.match_indices(name) {
            let end = start + name.len();
            if !found.iter().any(|a| a.start < end && start < a.end) {
                found.push(Act { start, end, prefix });
            }
        }
    }
    found.sort_by_key(|a| a.start);
    found
}

/// The words of `lower` that name an act [`ACTS`] does not know: "…loven", "…lovens", or
/// "act" outside a known name.
fn unknown_acts(lower: &str, known: &[Act]) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    for word in lower.split(|c: char| !c.is_alphanumeric()) {
        let start = lower[at..].find(word).map_or(at, |i| at + i);
        at = start + word.len();
        let inside = known.iter().any(|a| a.start < at && start < a.end);
        let names_act = word.ends_with("loven") || word.ends_with("lovens") || word == "act";
        if names_act && !word.is_empty() && !inside {
            out.push(word.to_string());
        }
    }
    out
}

/// The leading number of a token: "15(1)(g)" → 15, "22," → 22; none for "(2)" or "stk.".
fn number(token: &str) -> Option<u32> {
    let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The numbers after a keyword: "13 og 15", "22 and 15(1)(h)", stopping at the first token
/// that is neither a number nor "og"/"and" before a number. Returns them and the index of the
/// token after the last one read.
fn numbers(tokens: &[(usize, &str)], mut i: usize) -> (Vec<u32>, usize) {
    let mut out = Vec::new();
    while let Some((_, t)) = tokens.get(i) {
        if let Some(n) = number(t) {
            out.push(n);
            i += 1;
        } else if matches!(*t, "og" | "and" | "&")
            && tokens.get(i + 1).and_then(|(_, t)| number(t)).is_some()
        {
            i += 1;
        } else {
            break;
        }
    }
    (out, i)
}

/// The anchors of one citation (its text without brackets).
pub fn parse(citation: &str, anchors: &[String]) -> Result<Vec<String>, String> {
    let lower = citation.to_lowercase();
    let acts = acts(&lower);
    let unknown = unknown_acts(&lower, &acts);
    if !unknown.is_empty() {
        return Err(format!(
            "names an act with no entry prefix in the sheet's table: {}",
            unknown.join(", ")
        ));
    }
    let reg = acts.iter().any(|a| a.prefix == "reg-1182-71");
    let tokens: Vec<(usize, &str)> = lower
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - lower.as_ptr() as usize, t))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut sectioned: Vec<&str> = Vec::new();
    let mut i = 0;
    while let Some(&(at, token)) = tokens.get(i) {
        let word = token.trim_end_matches([',', ';', ')']);
        let article = matches!(
            word,
            "art." | "artikel" | "artikler" | "article" | "articles"
        );
        let section = word.starts_with('§') || matches!(word, "section" | "sections");
        if !article && !section {
            i += 1;
            continue;
        }
        // "§22" written without a space: the number is in the token.
        let (mut nums, next) = numbers(&tokens, i + 1);
        if let Some(n) = word
            .strip_prefix('§')
            .and_then(|r| number(r.trim_start_matches('§')))
        {
            nums.insert(0, n);
        }
        if nums.is_empty() {
            return Err(format!("\"{word}\" without a number"));
        }
        let prefix = if article {
            // Articles of Reg. 1182/71 belong to its one entry.
            if reg {
                i = next;
                continue;
            }
            "gdpr"
        } else {
            let before = acts
                .iter()
                .find(|a| a.end <= at && lower[a.end..at].trim().is_empty());
            let after_of = tokens.get(next).and_then(|(of_at, of)| {
                (*of == "of").then(|| {
                    let rest = lower[*of_at + 2..].trim_start();
                    let rest = rest.strip_prefix("the ").unwrap_or(rest);
                    let rest_at = lower.len() - rest.len();
                    acts.iter().find(|a| a.start == rest_at)
                })?
            });
            let last = acts.iter().rev().find(|a| a.end <= at);
            match before.or(after_of).or(last) {
                Some(act) => act.prefix,
                None => return Err(format!("\"{word}\" without an act")),
            }
        };
        if !sectioned.contains(&prefix) {
            sectioned.push(prefix);
        }
        for n in nums {
            let anchor = format!("{prefix}-{n}");
            if !out.contains(&anchor) {
                out.push(anchor);
            }
        }
        i = next;
    }
    // An act named without a section or article: every entry of that act.
    for act in &acts {
        if sectioned.contains(&act.prefix) || (act.prefix == "gdpr" && !out.is_empty()) {
            continue;
        }
        // The GDPR named alone points to its section's entry, not to all of its articles.
        let own = format!("{}-", act.prefix);
        let entries = anchors
            .iter()
            .filter(|a| **a == act.prefix || (act.prefix != "gdpr" && a.starts_with(&own)));
        for anchor in entries {
            if !out.contains(anchor) {
                out.push(anchor.clone());
            }
        }
    }
    if out.is_empty() {
        return Err("points to no entry of docs/sources.md".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    const ANCHORS: [&str; 9] = [
        "gdpr",
        "gdpr-12",
        "dbl-14",
        "dbl-22",
        "offl-8",
        "offl-13",
        "fvl-9",
        "arkl-21",
        "reg-1182-71",
    ];

    fn anchors_of(citation: &str) -> Result<Vec<String>, String> {
        parse(citation, &ids(&ANCHORS))
    }

    #[test]
    fn danish_citations() {
        for (c, want) in [
            ("art. 12, stk. 3", &["gdpr-12"][..]),
            ("databeskyttelsesloven § 22, stk. 1", &["dbl-22"]),
            ("offentlighedsloven §§ 13 og 15", &["offl-13", "offl-15"]),
            ("arkivloven § 21", &["arkl-21"]),
            ("forvaltningsloven § 9", &["fvl-9"]),
            ("forvaltningsloven", &["fvl-9"]),
            (
                "art. 17, stk. 3, litra d, arkivloven § 21 og databeskyttelsesloven § 14",
                &["gdpr-17", "arkl-21", "dbl-14"],
            ),
            (
                "art. 21, stk. 1, og art. 6, stk. 1, litra e",
                &["gdpr-21", "gdpr-6"],
            ),
            ("databeskyttelsesforordningens artikel 77", &["gdpr-77"]),
            (
                "databeskyttelsesforordningens artikel 22 og artikel 15, stk. 1, litra h",
                &["gdpr-22", "gdpr-15"],
            ),
            ("artikel 15, stk. 1 og 2", &["gdpr-15"]),
            (
                "art. 17, stk. 3, litra b, og offentlighedsloven §§ 13 og 15",
                &["gdpr-17", "offl-13", "offl-15"],
            ),
            ("Reg. 1182/71, art. 3", &["reg-1182-71"]),
        ] {
            assert_eq!(anchors_of(c), Ok(ids(want)), "{c}");
        }
    }

    #[test]
    fn english_citations() {
        for (c, want) in [
            ("Article 12(3) GDPR", &["gdpr-12"][..]),
            ("Danish Data Protection Act section 22(1)", &["dbl-22"]),
            (
                "section 8 of the Danish Access to Public Administration Files Act",
                &["offl-8"],
            ),
            ("the Danish Public Administration Act", &["fvl-9"]),
            (
                "Danish Access to Public Administration Files Act sections 13 and 15",
                &["offl-13", "offl-15"],
            ),
            (
                "Article 17(3)(d) GDPR, section 21 of the Danish Archives Act and section 14 of the Danish Data Protection Act",
                &["gdpr-17", "arkl-21", "dbl-14"],
            ),
            (
                "Articles 22 and 15(1)(h) of the General Data Protection Regulation",
                &["gdpr-22", "gdpr-15"],
            ),
            ("Article 15(1) and (2)", &["gdpr-15"]),
            ("Article 14(2)(f) and Article 15(1)(g) GDPR", &["gdpr-14", "gdpr-15"]),
            ("Regulation (EEC, Euratom) No 1182/71", &["reg-1182-71"]),
        ] {
            assert_eq!(anchors_of(c), Ok(ids(want)), "{c}");
        }
    }

    #[test]
    fn an_act_or_section_the_sheet_cannot_place_is_an_error() {
        for c in [
            "retssikkerhedsloven § 5",
            "the Danish Holidays Act section 2",
            "§ 5",
            "art.",
        ] {
            assert!(anchors_of(c).is_err(), "{c}");
        }
    }

    #[test]
    fn citations_are_found_in_brackets_or_as_the_whole_text() {
        let a = ids(&ANCHORS);
        let found = citations(
            "Det er gratis (art. 12, stk. 5). Digital Post (anbefalet) (forvaltningsloven).",
            &a,
        );
        let texts: Vec<&str> = found.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["art. 12, stk. 5", "forvaltningsloven"]);
        assert_eq!(
            citations("art. 7, stk. 3", &a)[0].anchors,
            Ok(ids(&["gdpr-7"]))
        );
        assert_eq!(citations("Article 15 GDPR", &a).len(), 1);
        assert!(citations("Anmodning om indsigt", &a).is_empty());
        // A sentence about an article is not a bare citation.
        assert!(citations("Artikel 15 gælder. Se også mere.", &a).is_empty());
        // Nested brackets are one citation.
        assert_eq!(citations("Hvorfra (Article 15(1)(g) GDPR).", &a).len(), 1);
    }
}
