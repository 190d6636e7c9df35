//! The demo page's URL parameters, for testers (`docs/testing.md`): read only where the mount
//! element has `data-url-params` (`crate::embed`). A URL can give the language, a step, the
//! answers to a new request's questions by their ids (`?right=erasure&who=myself&name=Test`),
//! and `simulate=panic`. Never a CPR number: the CPR questions have no parameter, and a typed
//! answer that holds one is ignored.
//!
//! Names and the values of choices are read in any case (`?Right=Erasure`, as `?lang=EN`);
//! typed answers stay as written. Every parameter or value that is not used gets one warning
//! saying why — never repeating a CPR number.

use crate::core::cpr::{find_cpr_like, mask_cpr_like};
use crate::core::fields::{Control, Field};
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

fn list(items: impl IntoIterator<Item = &'static str>) -> String {
    items.into_iter().collect::<Vec<_>>().join(", ")
}

/// Reads the URL's parameters (name, value), in order; a later one wins over an earlier one
/// with the same name.
pub fn read(pairs: &[(String, String)]) -> UrlRequest {
    let mut out = UrlRequest::default();
    for (name, value) in pairs {
        let name = name.trim().to_ascii_lowercase();
        let raw = value.trim();
        let lower = raw.to_ascii_lowercase();
        let mut warn = |why: String| {
            out.warnings
                .push(format!("URL parameter \"{name}\": {why}; ignored"))
        };
        match name.as_str() {
            "lang" => match Lang::from_code(raw) {
                Some(_) => out.lang = Some(raw.to_string()),
                None => warn(format!("\"{raw}\" is not a language (da, en)")),
            },
            "step" => match Step::from_slug(&lower) {
                Some(step) if reachable(step) => out.step = Some(step),
                Some(_) => warn(format!(
                    "\"{lower}\" is a follow-up page, and a URL starts a new request"
                )),
                None => warn(format!(
                    "\"{raw}\" is not a step ({})",
                    list(Flow::Request.steps().iter().map(|s| s.slug()))
                )),
            },
            "simulate" if lower == "panic" => out.simulate_panic = true,
            "simulate" => warn(format!("\"{raw}\" is not a simulation (panic)")),
            _ => match Field::from_slug(&name) {
                None => warn("not a parameter of the demo (lang, step, simulate, or a question's id such as right, who, route, name, address)".into()),
                Some(f) if f.holds_cpr() => warn("a CPR number is never read from a URL".into()),
                Some(f) if follow_up_only(f) => {
                    warn("a follow-up's question, and a URL starts a new request".into())
                }
                Some(Field::Right) => {
                    let known = Right::from_slug(&lower).is_some()
                        || lower == crate::core::choices::right::UNSURE;
                    if known {
                        out.answers.push((Field::Right, lower));
                    } else {
                        warn(format!(
                            "\"{raw}\" is not a right ({}, unsure)",
                            list(Right::ALL.iter().map(|r| r.slug()))
                        ));
                    }
                }
                Some(f) if matches!(f.spec().control, Control::Radios | Control::Checks) => {
                    let values: Vec<&str> = f.choices().iter().map(|c| c.value).collect();
                    let all_known = lower.split(',').all(|v| values.contains(&v));
                    if all_known {
                        out.answers.push((f, lower));
                    } else {
                        warn(format!("\"{raw}\" is not one of {}", list(values)));
                    }
                }
                Some(_) if !find_cpr_like(raw).is_empty() => {
                    warn("it holds a CPR number, which is never read from a URL".into())
                }
                Some(f) => out.answers.push((f, raw.to_string())),
            },
        }
    }
    // A CPR number given where a step or a right goes is not repeated either.
    for w in &mut out.warnings {
        *w = mask_cpr_like(w, "[a CPR number]").0;
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
            ("step=bogus", "\"bogus\" is not a step"),
            ("step=follow-kind", "follow-up page"),
            ("right=erasur", "\"erasur\" is not a right"),
            ("who=me", "\"me\" is not one of myself, behalf, employee"),
            ("route=fax", "is not one of digital-post, email"),
            ("lang=fr", "\"fr\" is not a language"),
            ("simulate=crash", "not a simulation"),
            ("nmae=Test", "not a parameter of the demo"),
            ("orig-ref=SK-7F3K2Q", "a follow-up's question"),
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
