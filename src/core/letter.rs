//! The request letter, composed from the answers in the widget's current language.
//!
//! Decision: the letter is written in the language the citizen used, so they can read what they
//! send; a Danish municipality reads English. The subject always carries the right and its
//! article, and the reference number.
//!
//! The e-mail route never carries a CPR number: the CPR fields are left out, and anything in the
//! finished text that is shaped like a CPR number is replaced by "[CPR-nummer fjernet]".

use crate::core::cpr::{self, mask_cpr_like};
use crate::core::fields::{Control, Field};
use crate::core::mailto;
use crate::core::rights::Right;
use crate::core::state::State;
use crate::core::text::{fill, Msg};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
    /// A CPR number was given but left out because the route is e-mail.
    pub cpr_left_out: bool,
    /// Something CPR-shaped was removed from the free text (e-mail route only).
    pub cpr_masked: bool,
}

impl Letter {
    /// Subject and body as one text, for copying, downloading and printing.
    pub fn full_text(&self, subject_label: &str) -> String {
        format!("{subject_label}: {}\n\n{}", self.subject, self.body)
    }
}

/// The display value of an answer: the option's label for a choice, the text otherwise.
pub fn display_value(s: &State, field: Field) -> String {
    let value = s.get(field).trim();
    match field.spec().control {
        Control::Radios | Control::Checks => {
            if field == Field::Right {
                return s
                    .right()
                    .map(|r| r.info().name.get(s.lang).to_string())
                    .unwrap_or_default();
            }
            value
                .split(',')
                .filter_map(|v| field.choices().iter().find(|c| c.value == v))
                .map(|c| s.text(c.label))
                .collect::<Vec<_>>()
                .join("; ")
        }
        _ => value.to_string(),
    }
}

/// The normalised CPR number, if one was given and is valid.
fn cpr_of(s: &State, field: Field) -> Option<String> {
    cpr::parse(s.get(field), s.today).ok().map(|c| c.normalised)
}

pub fn compose(s: &State) -> Letter {
    let lang = s.lang;
    let right = s.right().unwrap_or(Right::Access);
    let info = right.info();
    let by_email = s.by_email();
    let subject = fill(
        Msg::LetterSubject.get(lang),
        &[
            ("what", info.subject.get(lang)),
            ("article", info.article.get(lang)),
            ("ref", &s.reference()),
        ],
    );

    let mut b = String::new();
    let mut para = |text: &str| {
        if !text.trim().is_empty() {
            if !b.is_empty() {
                b.push_str("\n\n");
            }
            b.push_str(text.trim_end());
        }
    };
    para(&s.text(Msg::LetterTo));
    para(&subject_line(
        info.subject.get(lang),
        info.article.get(lang),
    ));
    para(info.letter.get(lang));

    for field in s.fields_on(crate::core::state::Step::Details) {
        if field == Field::AutoRequests {
            let chosen = s.get(field);
            if chosen.contains("logic") {
                para(Msg::AutomatedLetterLogic.get(lang));
            }
            if chosen.contains("human") {
                para(Msg::AutomatedLetterHuman.get(lang));
            }
            continue;
        }
        let value = display_value(s, field);
        if !value.is_empty() {
            para(&format!("{}\n{}", s.text(field.spec().label), value));
        }
    }

    if s.employee() {
        para(Msg::LetterEmployee.get(lang));
    }
    let mut cpr_left_out = false;
    if s.on_behalf() {
        let relation = match s.get(Field::Relation) {
            "custody" => Msg::LetterBehalfCustody.get(lang),
            _ => Msg::LetterBehalfPoa.get(lang),
        };
        let mut text = fill(
            Msg::LetterBehalf.get(lang),
            &[
                ("name", s.get(Field::OtherName).trim()),
                ("relation", relation),
            ],
        );
        if let Some(c) = cpr_of(s, Field::OtherCpr) {
            if by_email {
                cpr_left_out = true;
            } else {
                text.push_str(&format!("\n{}: {c}", Msg::LetterOtherCpr.get(lang)));
            }
        }
        para(&text);
    }

    para(Msg::LetterDeadline.get(lang));

    let mut me = vec![Msg::LetterAboutMe.get(lang).to_string()];
    let mut line = |label: Msg, value: &str| {
        if !value.trim().is_empty() {
            me.push(format!("{}: {}", label.get(lang), value.trim()));
        }
    };
    line(Msg::NameLabel, s.get(Field::Name));
    if let Some(c) = cpr_of(s, Field::Cpr) {
        if by_email {
            cpr_left_out = true;
        } else {
            line(Msg::CprLabel, &c);
        }
    }
    line(Msg::AddressLabel, s.get(Field::Address));
    line(Msg::PhoneLabel, s.get(Field::Phone));
    line(Msg::EmailLabel, s.get(Field::Email));
    para(&me.join("\n"));

    para(&format!(
        "{}\n{}",
        Msg::LetterRegards.get(lang),
        s.get(Field::Name).trim()
    ));
    para(&format!(
        "{}: {}\n{}: {}",
        Msg::ReferenceLabel.get(lang),
        s.reference(),
        Msg::LetterDate.get(lang),
        s.today.long(lang)
    ));

    let (body, cpr_masked) = if by_email {
        mask_cpr_like(&b, Msg::LetterCprMasked.get(lang))
    } else {
        (b, false)
    };
    Letter {
        subject,
        body,
        cpr_left_out,
        cpr_masked,
    }
}

fn subject_line(what: &str, article: &str) -> String {
    format!("{what} ({article})")
}

/// Words that suggest health information (art. 9 data), Danish and English, matched at the
/// start of words so "sygdom" also finds "sygdomme". A hint, not a classifier: it only
/// triggers a warning that never blocks.
const HEALTH_WORDS: [&str; 24] = [
    "helbred",
    "sygdom",
    "syg ",
    "diagnose",
    "læge",
    "sygehus",
    "hospital",
    "medicin",
    "psykiat",
    "psykisk",
    "depression",
    "kræft",
    "diabetes",
    "handicap",
    "misbrug",
    "graviditet",
    "health",
    "illness",
    "diagnos",
    "doctor",
    "medication",
    "cancer",
    "disabilit",
    "mental",
];

/// Why the e-mail route is a poor fit for what was typed: free text with something shaped like
/// a CPR number, and free text that looks like health information.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmailConcerns {
    pub cpr_in_text: bool,
    pub health: bool,
}

pub fn email_concerns(s: &State) -> EmailConcerns {
    let mut c = EmailConcerns::default();
    let texts = s
        .fields_on(crate::core::state::Step::Details)
        .into_iter()
        .chain([Field::Name, Field::Address, Field::OtherName])
        .filter(|f| matches!(f.spec().control, Control::Area | Control::Line { .. }))
        .map(|f| s.get(f).to_lowercase());
    for text in texts {
        c.cpr_in_text |= !cpr::find_cpr_like(&text).is_empty();
        c.health |= HEALTH_WORDS.iter().any(|w| {
            text.match_indices(w)
                .any(|(i, _)| i == 0 || !text[..i].ends_with(char::is_alphanumeric))
        });
    }
    c
}

/// A file name with only safe characters: "anmodning-SK-7F3K2Q.txt".
pub fn file_name(s: &State) -> String {
    let stem = match s.lang {
        crate::core::text::Lang::Da => "anmodning",
        crate::core::text::Lang::En => "request",
    };
    let reference: String = s
        .reference()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{stem}-{reference}.txt")
}

/// The e-mail link and whether the body had to be replaced by a pointer to pasted text.
pub fn mailto_href(s: &State, letter: &Letter) -> (String, bool) {
    let to = &s.config.email;
    let full = mailto::href(to, &letter.subject, &letter.body);
    if full.len() <= mailto::MAX_MAILTO {
        return (full, false);
    }
    let pointer = fill(
        Msg::LetterFallbackPointer.get(s.lang),
        &[("ref", &s.reference())],
    );
    (mailto::href(to, &letter.subject, &pointer), true)
}
