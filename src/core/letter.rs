//! The request letter, composed from the answers in the widget's current language.
//!
//! Decision: the letter is written in the language the citizen used, so they can read what they
//! send; a Danish municipality reads English. The subject always carries the right and its
//! article, and the reference number.
//!
//! The e-mail route never carries a CPR number: the CPR fields are left out, and a CPR number in
//! the citizen's own text is replaced by "[CPR-nummer fjernet]" (`sensitive::mask_answers`).

use crate::core::cpr;
use crate::core::fields::{Control, Field};
use crate::core::mailto;
use crate::core::rights::Right;
pub use crate::core::sensitive::{email_concerns, EmailConcerns};
use crate::core::state::{Flow, State, Step};
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
            if field == Field::Right || field == Field::OrigRight {
                return Right::from_slug(value)
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

/// Paragraphs separated by blank lines; empty ones are skipped.
struct Body(String);

impl Body {
    fn para(&mut self, text: &str) {
        if !text.trim().is_empty() {
            if !self.0.is_empty() {
                self.0.push_str("\n\n");
            }
            self.0.push_str(text.trim_end());
        }
    }

    /// A labelled answer: the label on one line, the citizen's text below.
    fn answer(&mut self, label: &str, value: &str) {
        if !value.trim().is_empty() {
            self.para(&format!("{label}\n{}", value.trim()));
        }
    }
}

pub fn compose(s: &State) -> Letter {
    // By e-mail, CPR numbers in the citizen's own text are masked before the letter is made.
    let masked = s
        .by_email()
        .then(|| crate::core::sensitive::mask_answers(s));
    let (s, cpr_masked) = masked.as_ref().map_or((s, false), |(m, hit)| (m, *hit));
    let lang = s.lang;
    let info = s.letter_right().info();
    let by_email = s.by_email();
    let (what, article) = (info.subject.get(lang), info.article.get(lang));
    let subject_what = match s.flow() {
        Flow::Request => what.to_string(),
        Flow::Reminder => fill(Msg::ReminderWhat.get(lang), &[("what", what)]),
        Flow::Complaint => fill(&s.text(Msg::ComplaintWhat), &[("what", what)]),
    };
    let subject = fill(
        Msg::LetterSubject.get(lang),
        &[
            ("what", &subject_what),
            ("article", article),
            ("ref", &s.reference()),
        ],
    );
    let mut b = Body(String::new());
    let mut cpr_left_out = false;
    match s.flow() {
        Flow::Request => request_body(s, &mut b, &mut cpr_left_out),
        Flow::Reminder | Flow::Complaint => followup_body(s, &mut b),
    }

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
    b.para(&me.join("\n"));

    b.para(&format!(
        "{}\n{}",
        Msg::LetterRegards.get(lang),
        s.get(Field::Name).trim()
    ));
    b.para(&format!(
        "{}: {}\n{}: {}",
        Msg::ReferenceLabel.get(lang),
        s.reference(),
        Msg::LetterDate.get(lang),
        s.today.long(lang)
    ));

    Letter {
        subject: crate::core::invisible::strip(&subject),
        body: crate::core::invisible::strip(&b.0),
        cpr_left_out,
        cpr_masked,
    }
}

/// A new request: the right, its details, who is asking, the deadline.
fn request_body(s: &State, b: &mut Body, cpr_left_out: &mut bool) {
    let lang = s.lang;
    let info = s.letter_right().info();
    b.para(&s.text(Msg::LetterTo));
    b.para(&subject_line(
        info.subject.get(lang),
        info.article.get(lang),
    ));
    b.para(info.letter.get(lang));
    for field in s.fields_on(Step::Details) {
        if field == Field::AutoRequests {
            let chosen = s.get(field);
            if chosen.contains("logic") {
                b.para(Msg::AutomatedLetterLogic.get(lang));
            }
            if chosen.contains("human") {
                b.para(Msg::AutomatedLetterHuman.get(lang));
            }
            continue;
        }
        b.answer(&s.text(field.spec().label), &display_value(s, field));
    }
    if s.employee() {
        b.para(Msg::LetterEmployee.get(lang));
    }
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
            if s.by_email() {
                *cpr_left_out = true;
            } else {
                text.push_str(&format!("\n{}: {c}", Msg::LetterOtherCpr.get(lang)));
            }
        }
        b.para(&text);
    }
    b.para(Msg::LetterDeadline.get(lang));
}

/// The date a reminder asks for an answer by: two weeks from today, counted like every other
/// period ([`crate::core::date::period_end_days`]: the next working day if it falls on a
/// weekend or a public holiday). A short, fair new deadline; the law sets none for a reminder.
pub fn reminder_deadline(s: &State) -> crate::core::Date {
    crate::core::date::period_end_days(s.today, 14)
}

/// A reminder to the municipality, or a complaint to Datatilsynet, about a request sent.
fn followup_body(s: &State, b: &mut Body) {
    let lang = s.lang;
    let info = s.letter_right().info();
    let sent = s.original_date();
    let orig_ref = s.get(Field::OrigRef).trim();
    let ref_part = if orig_ref.is_empty() {
        String::new()
    } else {
        fill(Msg::LetterRefPart.get(lang), &[("ref", orig_ref)])
    };
    let sent_args = |m: Msg| {
        fill(
            m.get(lang),
            &[
                ("date", &sent.map(|d| d.long(lang)).unwrap_or_default()),
                ("what", info.subject.get(lang)),
                ("article", info.article.get(lang)),
                ("ref", &ref_part),
            ],
        )
    };
    if s.flow() == Flow::Reminder {
        b.para(&s.text(Msg::LetterTo));
        b.para(&sent_args(Msg::ReminderSent));
        let deadline = s
            .original_deadline()
            .map(|d| d.long_with_weekday(lang))
            .unwrap_or_default();
        let late = if s.extended() {
            Msg::ReminderLateExtended
        } else {
            Msg::ReminderLate
        };
        b.para(&fill(late.get(lang), &[("deadline", &deadline)]));
        b.para(&fill(
            Msg::ReminderAsk.get(lang),
            &[("date", &reminder_deadline(s).long_with_weekday(lang))],
        ));
    } else {
        b.para(Msg::ComplaintTo.get(lang));
        b.para(&s.text(Msg::ComplaintIntro));
        b.para(&sent_args(Msg::ComplaintSent));
        b.answer(
            Msg::ComplaintHappened.get(lang),
            &display_value(s, Field::Outcome),
        );
        b.answer(Msg::ComplaintReply.get(lang), s.get(Field::Reply));
        b.answer(Msg::ComplaintWhy.get(lang), s.get(Field::Disagree));
        b.para(Msg::ComplaintRules.get(lang));
    }
}

fn subject_line(what: &str, article: &str) -> String {
    format!("{what} ({article})")
}

/// A file name with only safe characters: "<stem>-SK-7F3K2Q.<ext>", the stem in the
/// widget's language.
pub fn safe_file_name(s: &State, stem: (&str, &str), ext: &str) -> String {
    let stem = match s.lang {
        crate::core::text::Lang::Da => stem.0,
        crate::core::text::Lang::En => stem.1,
    };
    let reference: String = s
        .reference()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{stem}-{reference}.{ext}")
}

/// The letter as a file: "anmodning-SK-7F3K2Q.txt" / "request-SK-7F3K2Q.txt".
pub fn file_name(s: &State) -> String {
    safe_file_name(s, ("anmodning", "request"), "txt")
}

/// The e-mail link and whether the body had to be replaced by a pointer to pasted text.
pub fn mailto_href(s: &State, letter: &Letter) -> (String, bool) {
    let to = s.recipient_email();
    let full = mailto::href(&to, &letter.subject, &letter.body);
    if full.len() <= mailto::MAX_MAILTO {
        return (full, false);
    }
    let pointer = fill(
        Msg::LetterFallbackPointer.get(s.lang),
        &[("ref", &s.reference())],
    );
    (mailto::href(&to, &letter.subject, &pointer), true)
}
