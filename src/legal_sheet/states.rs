//! The wizard states the sheet is made from: one complete state per letter kind, and the many
//! more states whose pages are searched for the legal texts.
//!
//! A state is built as a citizen would leave it: the choices that make the kind (who, the
//! right or what came back, the route) are set, every other question of the flow gets an
//! example answer ([`example_answer`]: the first option, every box ticked, an example text by
//! the field's format), and the state is moved to the page wanted with `State::jump`, which
//! only gets there when every question before it passes. The routes, outcomes and relations
//! are read from the questions' own options, so a route added to the wizard (paper, say) gets
//! its letters on the sheet without a change here.

use crate::core::choices::{follow, relation, right as right_choice, who, yes_no};
use crate::core::config::Config;
use crate::core::date::Date;
use crate::core::fields::{Control, Field, Format};
use crate::core::notice::Notice;
use crate::core::rights::Right;
use crate::core::state::State;
use crate::core::steps::{Flow, Step};
use crate::core::text::{Lang, Msg};
use std::rc::Rc;

/// The day the examples are written on, as in `crate::readability`: Monday 23 November 2026.
pub const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 23,
};

/// The writer's CPR number in the examples. A possible number (the widget accepts only
/// those), so the sheet shows it as [`CPR_SHOWN`] instead.
pub const EXAMPLE_CPR: &str = "150385-1236";
/// The CPR number of the person written for (a child: custody needs one under 18).
pub const EXAMPLE_OTHER_CPR: &str = "120615-4322";

/// How the sheet shows a CPR number in a letter: the format the widget's hint asks for.
pub fn cpr_shown(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "ddmmåå-xxxx",
        Lang::En => "ddmmyy-xxxx",
    }
}

/// The writer, and for whom they write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Myself,
    /// For someone else, with this relation (a value of [`relation`]).
    Behalf(&'static str),
    /// An employee about their data as an employee, about an IT case.
    Employee,
}

impl Who {
    /// "myself", "behalf-poa", "employee".
    pub fn slug(self) -> String {
        match self {
            Who::Myself => "myself".into(),
            Who::Behalf(r) => format!("behalf-{r}"),
            Who::Employee => "employee".into(),
        }
    }
}

/// What the letter is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Request(Right),
    /// A reminder; `extended` when the municipality had written that it extends the period.
    Reminder {
        extended: bool,
    },
    /// A complaint about what came back (a value of `choices::outcome`).
    Complaint(&'static str),
}

impl Kind {
    /// "request/access", "reminder/extended", "complaint/refused".
    pub fn slug(self) -> String {
        match self {
            Kind::Request(r) => format!("request/{}", r.slug()),
            Kind::Reminder { extended: false } => "reminder/in-time".into(),
            Kind::Reminder { extended: true } => "reminder/extended".into(),
            Kind::Complaint(o) => format!("complaint/{o}"),
        }
    }
}

/// One letter kind in one language, as a complete state on the send page.
#[derive(Clone, Debug)]
pub struct Example {
    /// `request/access/myself/digital-post` (without the language).
    pub kind: String,
    /// The kind in the widget's own Danish words: "Se mine oplysninger (indsigt) – Mig selv –
    /// Digital Post (anbefalet)".
    pub label: String,
    pub state: State,
}

/// The label of `value` among `field`'s options in `s`'s language, filled in.
fn option_label(s: &State, field: Field, value: &str) -> String {
    field
        .choices()
        .iter()
        .find(|c| c.value == value)
        .map_or_else(|| value.to_string(), |c| s.text(c.label))
}

/// The Danish label of a letter kind (see [`Example::label`]).
pub fn label(kind: Kind, writer: Who, route: &str) -> String {
    let s = fresh(Lang::Da);
    let what = match kind {
        Kind::Request(r) => format!("Anmodning: {}", s.text(r.info().name)),
        Kind::Reminder { extended } => format!(
            "Rykker: {}{}",
            s.text(Msg::FollowReminder),
            if extended {
                " (fristen var forlænget)"
            } else {
                ""
            }
        ),
        Kind::Complaint(outcome) => {
            format!("Klage: {}", option_label(&s, Field::Outcome, outcome))
        }
    };
    let who = match writer {
        Who::Myself => s.text(Msg::WhoMyself),
        Who::Employee => option_label(&s, Field::Who, who::EMPLOYEE),
        Who::Behalf(r) => format!(
            "{}: {}",
            s.text(Msg::WhoBehalf),
            option_label(&s, Field::Relation, r)
        ),
    };
    let field = match kind {
        Kind::Complaint(_) => Field::ComplaintRoute,
        _ => Field::Route,
    };
    [what, who, option_label(&s, field, route)].join(" – ")
}

/// A fresh state with Stevns Kommune's defaults in `lang` on [`TODAY`].
pub fn fresh(lang: Lang) -> State {
    let config = Config {
        lang,
        ..Config::default()
    };
    State::new(Rc::new(config), TODAY, 7)
}

/// An example answer to a free-text question, in Danish and English.
fn example_text(field: Field) -> (&'static str, &'static str) {
    use Field::*;
    match field {
        AccessAreas => ("Jobcenter og skole", "Job centre and school"),
        AccessPeriod => ("Fra 2020 til i dag", "From 2020 until today"),
        WrongData => ("Min adresse er forkert", "My address is wrong"),
        CorrectData | Address => (
            "Eksempelvej 1, 4660 Store Heddinge",
            "Eksempelvej 1, 4660 Store Heddinge",
        ),
        EraseWhich => (
            "Billeder af mig fra skolefesten i 2019",
            "Photos of me from the 2019 school party",
        ),
        EraseReason => ("Jeg har aldrig sagt ja til det.", "I never agreed to it."),
        RestrictWhy => (
            "Jeg har bedt om at få min adresse rettet.",
            "I have asked for my address to be corrected.",
        ),
        ObjectWhich => (
            "Brug af mine oplysninger i en spørgeskemaundersøgelse",
            "Use of my data in a survey",
        ),
        ObjectReasons => (
            "Jeg har navne- og adressebeskyttelse.",
            "My name and address are protected.",
        ),
        ConsentWhich => (
            "Billede af mig på kommunens Facebook-side",
            "Photo of me on the municipality's Facebook page",
        ),
        PortabilityWhich => (
            "Mine ansøgninger om byggetilladelse",
            "My applications for building permits",
        ),
        AutoDecision => (
            "Afgørelse om boligstøtte, marts 2026",
            "Decision on housing benefit, March 2026",
        ),
        SourceWhich => ("Oplysninger om min indkomst", "Data about my income"),
        Name => ("Jens Hansen", "Jens Hansen"),
        OtherName => ("Ida Hansen", "Ida Hansen"),
        OrigRef => ("SK-ABC234", "SK-ABC234"),
        Reply => (
            "Brev af 1. september 2026, sagsnummer 26-123",
            "Letter of 1 September 2026, case number 26-123",
        ),
        Disagree => (
            "Kommunen har ikke begrundet afslaget.",
            "The municipality gave no reasons for the refusal.",
        ),
        _ => ("Eksempel på et svar", "An example answer"),
    }
}

/// The example answer to `field` in `s`: the first option (yes for the employee's IT case),
/// every box ticked, or an example by the field's format.
pub fn example_answer(s: &State, field: Field) -> String {
    let spec = field.spec();
    match spec.control {
        Control::Radios if field == Field::EmployeeIt => yes_no::YES.into(),
        Control::Radios => s
            .allowed(field)
            .into_iter()
            .find(|v| *v != right_choice::UNSURE)
            .unwrap_or_default()
            .into(),
        Control::Checks => s.allowed(field).join(","),
        Control::Line { .. } | Control::Area => match spec.format {
            Format::Cpr if field == Field::OtherCpr => EXAMPLE_OTHER_CPR.into(),
            Format::Cpr => EXAMPLE_CPR.into(),
            Format::Email => "jens@example.dk".into(),
            Format::Phone => "12 34 56 78".into(),
            // Sent on Monday 3 August 2026: a month, and three, have passed by the examples'
            // day, so a reminder and a complaint about no answer are both accepted.
            Format::PastDate => "03-08-2026".into(),
            Format::Free => {
                let (da, en) = example_text(field);
                match s.lang {
                    Lang::Da => da.into(),
                    Lang::En => en.into(),
                }
            }
        },
    }
}

/// Every question of the flow that has no answer yet gets its example answer, page by page
/// (a page's questions depend on the answers before it).
pub fn answer_the_rest(mut s: State) -> State {
    for step in s.flow().question_steps() {
        for field in s.fields_on(step) {
            if s.get(field).trim().is_empty() {
                let value = example_answer(&s, field);
                s = s.with_answer(field, value);
            }
        }
    }
    s
}

/// The complete state of one letter kind on the send page, or why it did not get there.
pub fn complete(lang: Lang, kind: Kind, writer: Who, route: &str) -> Result<State, String> {
    let mut s = fresh(lang);
    match kind {
        Kind::Request(r) => s = s.with_answer(Field::Right, r.slug()),
        Kind::Reminder { extended } => {
            s.followup = true;
            s = s
                .with_answer(Field::FollowKind, follow::REMINDER)
                .with_answer(Field::OrigRight, Right::Access.slug())
                .with_answer(
                    Field::OrigExtended,
                    if extended { yes_no::YES } else { yes_no::NO },
                );
        }
        Kind::Complaint(outcome) => {
            s.followup = true;
            s = s
                .with_answer(Field::FollowKind, follow::COMPLAINT)
                .with_answer(Field::OrigRight, Right::Access.slug())
                .with_answer(Field::Outcome, outcome);
        }
    }
    s = match writer {
        Who::Myself => s.with_answer(Field::Who, who::MYSELF),
        Who::Employee => s.with_answer(Field::Who, who::EMPLOYEE),
        Who::Behalf(r) => s
            .with_answer(Field::Who, who::BEHALF)
            .with_answer(Field::Relation, r),
    };
    let field = s.route_field();
    s = answer_the_rest(s.with_answer(field, route)).jump(Step::Send);
    if s.step == Step::Send {
        Ok(s)
    } else {
        Err(format!(
            "{}/{}/{route}/{}: stops on the page \"{}\": {:?}",
            kind.slug(),
            writer.slug(),
            lang.code(),
            s.step.slug(),
            s.problems_on(s.step)
        ))
    }
}

/// The routes a letter of `kind` can take: the options of its route question.
fn routes(kind: Kind) -> Vec<&'static str> {
    let field = match kind {
        Kind::Complaint(_) => Field::ComplaintRoute,
        _ => Field::Route,
    };
    field.choices().iter().map(|c| c.value).collect()
}

/// The letter kinds on the sheet, in its order, each with every route it can take: every
/// right for oneself, for someone else (power of attorney) and as an employee, and the right
/// of access for a child (custody) and as a guardian; a reminder in time and after an
/// extension, for oneself and (in time) for someone else; a complaint for each outcome, for
/// oneself and (the first outcome) for someone else.
pub fn kinds() -> Vec<(Kind, Who, &'static str)> {
    let mut list: Vec<(Kind, Who)> = Vec::new();
    for r in Right::ALL {
        for writer in [Who::Myself, Who::Behalf(relation::POA), Who::Employee] {
            list.push((Kind::Request(r), writer));
        }
        if r == Right::Access {
            list.push((Kind::Request(r), Who::Behalf(relation::CUSTODY)));
            list.push((Kind::Request(r), Who::Behalf(relation::GUARDIAN)));
        }
    }
    list.push((Kind::Reminder { extended: false }, Who::Myself));
    list.push((
        Kind::Reminder { extended: false },
        Who::Behalf(relation::POA),
    ));
    list.push((Kind::Reminder { extended: true }, Who::Myself));
    let outcomes: Vec<&'static str> = Field::Outcome.choices().iter().map(|c| c.value).collect();
    for (i, outcome) in outcomes.iter().enumerate() {
        list.push((Kind::Complaint(outcome), Who::Myself));
        if i == 0 {
            list.push((Kind::Complaint(outcome), Who::Behalf(relation::POA)));
        }
    }
    list.into_iter()
        .flat_map(|(kind, writer)| {
            routes(kind)
                .into_iter()
                .map(move |route| (kind, writer, route))
        })
        .collect()
}

/// One example per letter kind in `lang`, in [`kinds`] order.
pub fn examples(lang: Lang) -> Result<Vec<Example>, String> {
    kinds()
        .into_iter()
        .map(|(kind, writer, route)| {
            Ok(Example {
                kind: format!("{}/{}/{route}", kind.slug(), writer.slug()),
                label: label(kind, writer, route),
                state: complete(lang, kind, writer, route)?,
            })
        })
        .collect()
}

/// Bad answers for a question of `format`, to show its error messages. A CPR number also
/// gets a valid adult's: wrong where the answers need a child's (custody).
fn bad_answers(format: Format, max: u64) -> Vec<String> {
    let long = "a".repeat(max as usize + 1);
    match format {
        Format::Cpr => vec![
            "123".into(),
            "320190-1234".into(),
            "010130-4001".into(),
            EXAMPLE_CPR.into(),
            long,
        ],
        Format::Email => vec!["jens(at)example.dk".into(), long],
        Format::Phone => vec!["tlf. ukendt".into(), "1503851236".into(), long],
        // Not a date, no year, no such month, no such day, in the future, and too early for
        // a reminder or a complaint about no answer.
        Format::PastDate => vec![
            "i sommer".into(),
            "3. august".into(),
            "3. augustus 2026".into(),
            "31-09-2026".into(),
            "24-12-2026".into(),
            "20-11-2026".into(),
        ],
        Format::Free => vec![long],
    }
}

/// The states whose pages are searched for the legal texts, in `lang`: every page of every
/// letter example; the "not sure" questions; each right suggested; both notices; each option
/// of every choice question with the letter it makes; by e-mail with health words and a CPR
/// number in the citizen's text; and each question page with its questions unanswered and
/// with bad answers, showing the error messages.
pub fn scan_states(lang: Lang, examples: &[Example]) -> Vec<State> {
    let mut out = Vec::new();
    for e in examples {
        for step in e.state.flow().steps() {
            out.push(e.state.clone().jump(*step));
        }
    }
    let first = fresh(lang).with_answer(Field::Who, who::MYSELF);
    let mut guide = first.clone();
    guide.step = Step::Guide;
    out.push(guide);
    for r in Right::ALL {
        let mut s = first
            .clone()
            .with_answer(Field::Right, r.slug())
            .jump(Step::Right);
        s.suggested = Some(r);
        out.push(s);
    }
    for notice in [Notice::CprNotKept, Notice::AnswersDeleted] {
        let mut s = first.clone().jump(Step::Who);
        s.notice = Some(notice);
        out.push(s);
    }
    // Each option of the questions that have options, with the pages that show it (the
    // letter says each in its own words).
    for e in examples.iter().filter(|e| e.kind.contains("/myself/")) {
        for step in e.state.flow().question_steps() {
            for field in e.state.fields_on(step) {
                if !matches!(field.spec().control, Control::Radios | Control::Checks) {
                    continue;
                }
                for value in e.state.allowed(field) {
                    let s = e.state.clone().with_answer(field, value);
                    out.push(s.clone().jump(Step::Send));
                    out.push(s.jump(step));
                }
            }
        }
    }
    // By e-mail, with health words and a CPR number in the citizen's own text: the warnings
    // on the route and send pages, and the masking in the letter.
    for e in examples.iter().filter(|e| e.state.by_email()) {
        let own = e
            .state
            .flow()
            .question_steps()
            .into_iter()
            .flat_map(|step| e.state.fields_on(step))
            .find(|f| f.is_own_text());
        if let Some(field) = own {
            let s = e
                .state
                .clone()
                .with_answer(field, "Min lægeerklæring nævner CPR-nummer 150385-1236.");
            out.push(s.clone().jump(Step::Route));
            out.push(s.jump(Step::Send));
        }
    }
    // Each question page unanswered, then with bad answers: every page of the letters for
    // oneself, and the person page of every letter (its questions depend on the writer).
    for e in examples {
        let own = e.kind.contains("/myself/");
        for step in e.state.flow().question_steps() {
            if !own && step != Step::Person {
                continue;
            }
            let mut empty = e.state.clone();
            for field in e.state.fields_on(step) {
                empty = empty.with_answer(field, "");
            }
            out.push(with_problems(empty, step));
            for field in e.state.fields_on(step) {
                let spec = field.spec();
                if !matches!(spec.control, Control::Line { .. } | Control::Area) {
                    continue;
                }
                for bad in bad_answers(spec.format, spec.max) {
                    out.push(with_problems(e.state.clone().with_answer(field, bad), step));
                }
            }
        }
    }
    out
}

/// `s` on `step` with the problems "Fortsæt" would find there.
fn with_problems(mut s: State, step: Step) -> State {
    s.step = step;
    s.problems = s.problems_on(step);
    s
}

/// The flow a kind slug belongs to, for the sheet's headings.
pub fn flow_of(kind: &str) -> Flow {
    match kind.split('/').next() {
        Some("reminder") => Flow::Reminder,
        Some("complaint") => Flow::Complaint,
        _ => Flow::Request,
    }
}
