//! The demo page's URL parameters, for testers (`docs/testing.md`): read only where the mount
//! element has `data-url-params` (`crate::embed`). A URL can give the language, a step, the
//! answers to a new request's questions by their ids (`?right=erasure&who=myself&name=Test`),
//! and `simulate=panic`. Never a CPR number: the CPR questions have no parameter, and a typed
//! answer that holds one is ignored.
//!
//! Names and the values of choices are read in any case (`?Right=Erasure`, as `?lang=EN`);
//! typed answers stay as written. Every parameter or value that is not used gets one warning
//! saying why — never repeating a CPR number.

use crate::core::cpr::find_cpr_like;
use crate::core::fields::Field;
use crate::core::rights::Right;
use crate::core::steps::{Flow, Step};
use crate::core::text::Lang;

/// What a URL asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlRequest {
    /// Answers, in the order given.
    pub answers: Vec<(Field, String)>,
    pub step: Option<Step>,
    /// The language, as a code [`Lang::from_code`] reads (it goes to the options as `data-lang`).
    pub lang: Option<String>,
    /// `simulate=panic`: panic once the citizen leaves the start page (`crate::embed`).
    pub simulate_panic: bool,
    /// One line per parameter not used, without the "Stevns rights wizard: " prefix.
    pub warnings: Vec<String>,
}

impl UrlRequest {
    /// True if the URL sets anything the widget starts from: answers, a step or a language.
    pub fn asks(&self) -> bool {
        !self.answers.is_empty() || self.step.is_some() || self.lang.is_some()
    }
}

/// The questions a follow-up asks, which a URL cannot reach: a URL starts a new request.
fn follow_up_only(field: Field) -> bool {
    use Field::*;
    matches!(
        field,
        FollowKind
            | OrigRight
            | OrigDate
            | OrigRef
            | OrigExtended
            | Outcome
            | Reply
            | Disagree
            | ComplaintRoute
    )
}

/// The steps of a new request a URL can open: its pages, and the "not sure" questions.
fn reachable(step: Step) -> bool {
    step == Step::Guide || Flow::Request.steps().contains(&step)
}

/// Reads the URL's parameters (name, value), in order; a later one wins over an earlier one
/// with the same name.
pub fn read(pairs: &[(String, String)]) -> UrlRequest {
    let mut out = UrlRequest::default();
    for (name, value) in pairs {
        let mut name = name.trim().to_ascii_lowercase();
        if !find_cpr_like(&name).is_empty() {
            name = "[a CPR number]".into();
        }
        let raw = value.trim();
        let lower = raw.to_ascii_lowercase();
        let field = Field::from_slug(&name);
        let choice = |f: Field| {
            let values: Vec<&str> = f.choices().iter().map(|c| c.value).collect();
            lower.split(',').all(|v| values.contains(&v))
        };
        let why = if !find_cpr_like(raw).is_empty()
            || field.is_some_and(Field::holds_cpr)
            || name.contains("CPR")
        {
            Some("a CPR number is never read from a URL")
        } else if field.is_some_and(follow_up_only) {
            Some("a follow-up's question, and a URL starts a new request")
        } else {
            let used = match (name.as_str(), field) {
                ("lang", _) => Lang::from_code(raw)
                    .map(|_| out.lang = Some(raw.to_string()))
                    .is_some(),
                ("step", _) => Step::from_slug(&lower)
                    .filter(|s| reachable(*s))
                    .map(|s| out.step = Some(s))
                    .is_some(),
                ("simulate", _) => {
                    out.simulate_panic |= lower == "panic";
                    lower == "panic"
                }
                (_, Some(Field::Right)) => {
                    Right::from_slug(&lower).is_some()
                        || lower == crate::core::choices::right::UNSURE
                }
                (_, Some(f)) => f.is_typed() || choice(f),
                (_, None) => {
                    out.warnings.push(
                        [
                            "URL parameter \"",
                            &name,
                            "\": not a parameter of the demo (docs/testing.md); ignored",
                        ]
                        .concat(),
                    );
                    continue;
                }
            };
            match field {
                // Choices in lower case, typed answers as written.
                Some(f) if used => {
                    let value = if f.is_typed() { raw } else { &lower };
                    out.answers.push((f, value.to_string()));
                    None
                }
                _ if used => None,
                _ => Some("not a value it takes (docs/testing.md)"),
            }
        };
        if let Some(why) = why {
            // The value is repeated unless it holds a CPR number.
            let shown = if why.starts_with("not a value") {
                ["=\"", raw, "\""].concat()
            } else {
                String::new()
            };
            out.warnings.push(
                [
                    "URL parameter \"",
                    &name,
                    "\"",
                    &shown,
                    ": ",
                    why,
                    "; ignored",
                ]
                .concat(),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(query: &str) -> UrlRequest {
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (n, v) = p.split_once('=').unwrap_or((p, ""));
                (n.to_string(), v.to_string())
            })
            .collect();
        read(&pairs)
    }

    #[test]
    fn the_documented_jumps_are_read() {
        let r = read_str("right=erasure&who=myself&step=details&lang=en");
        assert_eq!(
            r.answers,
            [
                (Field::Right, "erasure".to_string()),
                (Field::Who, "myself".to_string())
            ]
        );
        assert_eq!(
            (r.step, r.lang.as_deref()),
            (Some(Step::Details), Some("en"))
        );
        assert!(r.warnings.is_empty() && r.asks());
        let r = read_str(
            "right=access&who=myself&name=Test Testesen&address=Algade 1&route=email&step=send",
        );
        assert_eq!(r.step, Some(Step::Send));
        assert!(r.answers.contains(&(Field::Name, "Test Testesen".into())));
        assert!(r.answers.contains(&(Field::Address, "Algade 1".into())));
        assert!(r.answers.contains(&(Field::Route, "email".into())));
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        assert!(read_str("simulate=panic").simulate_panic);
        assert!(!read_str("simulate=panic").asks());
    }

    #[test]
    fn names_and_choices_are_read_in_any_case_as_the_language_is() {
        let r = read_str("Right=Erasure&WHO=Myself&step=Details&lang=EN&erase-ground=Not-Needed");
        assert_eq!(
            r.answers,
            [
                (Field::Right, "erasure".to_string()),
                (Field::Who, "myself".to_string()),
                (Field::EraseGround, "not-needed".to_string())
            ]
        );
        assert_eq!(r.step, Some(Step::Details));
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        // Typed answers stay as written.
        assert_eq!(
            read_str("name=Ida HANSEN").answers,
            [(Field::Name, "Ida HANSEN".into())]
        );
    }

    #[test]
    fn every_value_not_used_gets_one_warning() {
        for (query, says) in [
            ("step=bogus", "\"step\"=\"bogus\": not a value it takes"),
            (
                "step=follow-kind",
                "\"step\"=\"follow-kind\": not a value it takes",
            ),
            ("right=erasur", "\"right\"=\"erasur\": not a value it takes"),
            ("who=me", "\"who\"=\"me\": not a value it takes"),
            ("route=fax", "\"route\"=\"fax\": not a value it takes"),
            ("lang=fr", "\"lang\"=\"fr\": not a value it takes"),
            (
                "simulate=crash",
                "\"simulate\"=\"crash\": not a value it takes",
            ),
            ("nmae=Test", "\"nmae\": not a parameter of the demo"),
            ("orig-ref=SK-7F3K2Q", "\"orig-ref\": a follow-up's question"),
        ] {
            let r = read_str(query);
            assert_eq!(r.warnings.len(), 1, "{query}: {:?}", r.warnings);
            assert!(r.warnings[0].contains(says), "{query}: {}", r.warnings[0]);
            assert!(r.warnings[0].ends_with("; ignored"), "{query}");
            assert!(!r.asks(), "{query}");
        }
        let r = read_str("step=bogus&right=Nope&lang=xx");
        assert_eq!(r.warnings.len(), 3);
    }

    #[test]
    fn a_cpr_number_is_never_read_from_a_url_nor_repeated() {
        for query in [
            "cpr=010180-1234",
            "other-cpr=0101801234",
            "name=0101 80 1234",
            "access-areas=Mit nr. er 010180-1234",
            "step=010180-1234",
            "right=0101 80 1234",
            "010180-1234=x",
        ] {
            let r = read_str(query);
            assert!(r.answers.is_empty(), "{query}");
            assert_eq!(r.warnings.len(), 1, "{query}");
            assert!(
                r.warnings[0].contains("CPR number"),
                "{query}: {}",
                r.warnings[0]
            );
            assert!(
                find_cpr_like(&r.warnings[0]).is_empty(),
                "{}",
                r.warnings[0]
            );
            assert!(!r.warnings[0].contains("1234"), "{}", r.warnings[0]);
        }
    }
}
