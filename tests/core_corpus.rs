//! The hostile-input corpus (tests/corpus/hostile.json, 200+ cases) through every text field:
//! no panic; either a clear message with the input kept exactly, or a letter that carries the
//! text; the mailto link decodes to exactly to/subject/body; file names stay safe.

mod common;
use common::*;
use serde::Deserialize;
use stevns_rights_wizard::core::cpr::find_cpr_like;
use stevns_rights_wizard::core::invisible::strip;
use stevns_rights_wizard::core::letter::{compose, file_name, mailto_href};
use stevns_rights_wizard::core::mailto::decode;
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::state::State;
use stevns_rights_wizard::core::steps::Step;
use stevns_rights_wizard::core::{Field, Lang, Right};

#[derive(Deserialize)]
struct Corpus {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: Option<String>,
    utf16: Option<Vec<u16>>,
    repeat: Option<String>,
    times: Option<usize>,
}

impl Case {
    fn value(&self) -> String {
        if let Some(t) = &self.text {
            return t.clone();
        }
        if let Some(units) = &self.utf16 {
            // What wasm-bindgen hands Rust for a JS string with lone surrogates.
            return String::from_utf16_lossy(units);
        }
        self.repeat
            .clone()
            .unwrap_or_default()
            .repeat(self.times.unwrap_or(1))
    }
}

fn corpus() -> Vec<Case> {
    let text = include_str!("corpus/hostile.json");
    let corpus: Corpus = serde_json::from_str(text).expect("corpus is valid JSON");
    assert!(
        corpus.cases.len() >= 200,
        "the corpus has at least 200 cases"
    );
    corpus.cases
}

/// Every free-text field and the right whose details ask it.
const TEXT_FIELDS: [(Field, Right); 20] = [
    (Field::AccessAreas, Right::Access),
    (Field::AccessPeriod, Right::Access),
    (Field::WrongData, Right::Rectification),
    (Field::CorrectData, Right::Rectification),
    (Field::EraseWhich, Right::Erasure),
    (Field::EraseReason, Right::Erasure),
    (Field::RestrictWhy, Right::Restriction),
    (Field::ObjectWhich, Right::Objection),
    (Field::ObjectReasons, Right::Objection),
    (Field::ConsentWhich, Right::Consent),
    (Field::PortabilityWhich, Right::Portability),
    (Field::AutoDecision, Right::Automated),
    (Field::SourceWhich, Right::Source),
    (Field::Name, Right::Access),
    (Field::Cpr, Right::Access),
    (Field::Address, Right::Access),
    (Field::Phone, Right::Access),
    (Field::Email, Right::Access),
    (Field::OtherName, Right::Access),
    (Field::OtherCpr, Right::Access),
];

fn on_behalf(s: State) -> State {
    let s = s.reduce(Action::Change(Field::Who));
    let s = next(set(s, Field::Who, "behalf"));
    let s = set(
        set(s, Field::OtherName, "Ida Hansen"),
        Field::Relation,
        "poa",
    );
    let s = next(s);
    assert_eq!(s.step, Step::Check, "{:?}", s.problems);
    s
}

fn check_mailto(s: &State, case: &str) {
    let letter = compose(s);
    let (href, _) = mailto_href(s, &letter);
    assert!(
        href.chars().all(|c| c.is_ascii_graphic()),
        "{case}: raw character in mailto"
    );
    let rest = href
        .strip_prefix("mailto:stevns@stevns.dk?")
        .expect("to is fixed");
    let parts: Vec<&str> = rest.split('&').collect();
    assert_eq!(parts.len(), 2, "{case}: exactly subject and body");
    assert!(
        parts[0].starts_with("subject=") && parts[1].starts_with("body="),
        "{case}"
    );
    assert_eq!(
        decode(&parts[0]["subject=".len()..]),
        letter.subject,
        "{case}"
    );
    let body = decode(&parts[1]["body=".len()..]);
    assert!(
        find_cpr_like(&body).is_empty(),
        "{case}: CPR-shaped number in e-mail"
    );
    assert!(
        find_cpr_like(&letter.body).is_empty(),
        "{case}: CPR-shaped number in e-mail letter"
    );
}

#[test]
fn every_case_in_every_text_field_gives_a_message_or_a_faithful_letter() {
    let cases = corpus();
    let mut messages = 0;
    let mut letters = 0;
    for case in &cases {
        let value = case.value();
        for (field, right) in TEXT_FIELDS {
            for lang in [Lang::Da, Lang::En] {
                let mut s = complete(lang, right, "digital-post", "").reduce(Action::Back);
                if matches!(field, Field::OtherName | Field::OtherCpr) {
                    s = on_behalf(s);
                }
                let s = set(s.reduce(Action::Change(field)), field, &value);
                let s = next(s);
                if let Some((_, problem)) = s.problems.iter().find(|(f, _)| *f == field) {
                    messages += 1;
                    assert!(!problem.text(lang).is_empty(), "{}", case.name);
                    assert_eq!(
                        s.get(field),
                        strip(&value),
                        "{}: the input is kept exactly, without invisible characters",
                        case.name
                    );
                    continue;
                }
                assert!(
                    s.problems.is_empty(),
                    "{} in {field:?}: {:?}",
                    case.name,
                    s.problems
                );
                let mut s = s;
                while s.step != Step::Check {
                    s = next(s);
                }
                let s = next(s);
                assert_eq!(s.step, Step::Send, "{}", case.name);
                letters += 1;
                let letter = compose(&s);
                let kept = strip(&value);
                let shown = kept.trim();
                assert!(
                    strip(&letter.body) == letter.body && strip(&letter.subject) == letter.subject,
                    "{}: an invisible character in the letter",
                    case.name
                );
                if field == Field::Cpr || field == Field::OtherCpr {
                    let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
                    if !shown.is_empty() {
                        assert_eq!(
                            digits.len(),
                            10,
                            "{}: only 10-digit CPR numbers pass",
                            case.name
                        );
                        assert!(
                            letter.body.contains(&digits[6..]),
                            "{}: CPR in Digital Post letter",
                            case.name
                        );
                    }
                } else if !shown.is_empty() {
                    assert!(
                        letter.body.contains(shown),
                        "{} in {field:?}: text not carried",
                        case.name
                    );
                }
                assert!(file_name(&s)
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'));
                let s = put(s, Field::Route, "email");
                check_mailto(&s, &case.name);
            }
        }
    }
    assert!(
        messages > 100 && letters > 1000,
        "both outcomes are exercised: {messages} {letters}"
    );
}

#[test]
fn case_names_are_unique() {
    let cases = corpus();
    let mut names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len());
}

#[test]
fn every_case_in_the_config_block_and_the_draft_is_read_back_or_refused_alone() {
    use stevns_rights_wizard::core::cpr::mask_cpr_like;
    use stevns_rights_wizard::core::Config;
    let d = Config::default();
    for case in corpus() {
        let value = case.value();
        let quoted = serde_json::to_string(&value).expect("a string");
        // As the value of every text option, with one good option after them.
        let options = [
            "municipality",
            "address",
            "phone",
            "email",
            "dpoEmail",
            "commsEmail",
            "digitalPostUrl",
            "referencePrefix",
            "complaintUrl",
        ];
        let members: Vec<String> = options
            .iter()
            .map(|o| format!("\"{o}\":{quoted}"))
            .collect();
        let block = format!("{{{},\"lang\":\"en\"}}", members.join(","));
        let (c, w) = Config::from_layers(Some(&block), &[]);
        assert_eq!(c.lang, Lang::En, "{}", case.name);
        for (option, got, default) in [
            ("municipality", &c.municipality, &d.municipality),
            ("address", &c.address, &d.address),
            ("phone", &c.phone, &d.phone),
            ("email", &c.email, &d.email),
            ("dpoEmail", &c.dpo_email, &d.dpo_email),
            ("commsEmail", &c.comms_email, &d.comms_email),
            ("digitalPostUrl", &c.digital_post_url, &d.digital_post_url),
            ("referencePrefix", &c.reference_prefix, &d.reference_prefix),
            ("complaintUrl", &c.complaint_url, &d.complaint_url),
        ] {
            let warned = w
                .iter()
                .filter(|x| x.starts_with(&format!("option \"{option}\": ")))
                .count();
            if *got == value {
                assert_eq!(warned, 0, "{}: {option}", case.name);
            } else {
                assert_eq!(got, default, "{}: {option}", case.name);
                assert_eq!(warned, 1, "{}: {option}: {w:?}", case.name);
            }
        }
        assert!(w.len() <= options.len(), "{}: {w:?}", case.name);
        // The text itself as the block: read, or one warning; never a panic.
        let (_, w) = Config::from_layers(Some(&value), &[]);
        assert!(
            w.len() <= 1 || value.trim_start().starts_with('{'),
            "{}",
            case.name
        );
        // In a draft: every text field comes back exactly as stored, CPR-shaped text masked.
        let mut s = fresh(Lang::Da);
        for (field, _) in TEXT_FIELDS {
            s = put(s, field, &value);
        }
        let draft = s.to_draft(0.0);
        let r = fresh(Lang::En)
            .restore(&draft, 1.0)
            .expect("the draft is read back");
        for (field, _) in TEXT_FIELDS {
            let expected = if matches!(field, Field::Cpr | Field::OtherCpr) {
                String::new()
            } else {
                // Typed text is stored without invisible format characters.
                mask_cpr_like(&strip(&value), "[CPR-nummer fjernet]").0
            };
            assert_eq!(r.get(field), expected, "{} in {field:?}", case.name);
        }
        assert!(
            find_cpr_like(&draft).is_empty(),
            "{}: CPR-shaped number in the draft",
            case.name
        );
    }
}
