//! The wizard as a reducer: `State` + `Action` → `State`. No browser types; the UI wraps this in
//! a `Reducible` and the tests drive it directly.
//!
//! Answers live in one map keyed by [`Field`], so going back, changing the right or switching
//! language never loses what was typed: answers that no longer apply are kept but not used.

use crate::core::choices::{auto, follow, outcome, right, route, who, yes_no};
use crate::core::config::Config;
use crate::core::date::Date;
use crate::core::fields::{Control, Field};
use crate::core::periods::period_end;
use crate::core::reference::reference;
use crate::core::rights::Right;
use crate::core::text::Lang;
use crate::core::unsure;
use crate::core::validate::{check, Problem};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Start,
    Who,
    Right,
    /// "Jeg er ikke sikker": questions that suggest a right. Part of step 2.
    Guide,
    About,
    Details,
    /// Follow-up: no answer in time, or a refusal to complain about.
    FollowKind,
    /// Follow-up: the request already sent (right, date, reference).
    Original,
    /// Complaint: what came back, and why the citizen disagrees.
    Outcome,
    Person,
    Route,
    Check,
    /// The receipt page with the letter and hand-off; not a numbered step.
    Send,
}

/// What the citizen is writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flow {
    /// A new request to the municipality.
    Request,
    /// A reminder to the municipality after the deadline passed without an answer.
    Reminder,
    /// A complaint to Datatilsynet about a refusal, a partial answer or an unexplained extension.
    Complaint,
}

const ALL_STEPS: [Step; 13] = [
    Step::Start,
    Step::Who,
    Step::Right,
    Step::Guide,
    Step::About,
    Step::Details,
    Step::FollowKind,
    Step::Original,
    Step::Outcome,
    Step::Person,
    Step::Route,
    Step::Check,
    Step::Send,
];

impl Flow {
    /// The pages of this flow, in order. The guide is a detour from the rights page.
    pub fn steps(self) -> &'static [Step] {
        use Step::*;
        match self {
            Flow::Request => &[
                Start, Who, Right, About, Details, Person, Route, Check, Send,
            ],
            // A follow-up asks whom it is about too: a reminder or complaint may be written
            // for someone else, and the letter must then name them.
            Flow::Reminder => &[Start, FollowKind, Who, Original, Person, Route, Check, Send],
            Flow::Complaint => &[
                Start, FollowKind, Who, Original, Outcome, Person, Route, Check, Send,
            ],
        }
    }
}

impl Step {
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Who => "who",
            Step::Right => "right",
            Step::Guide => "guide",
            Step::About => "about",
            Step::Details => "details",
            Step::FollowKind => "follow-kind",
            Step::Original => "original",
            Step::Outcome => "outcome",
            Step::Person => "person",
            Step::Route => "route",
            Step::Check => "check",
            Step::Send => "send",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        ALL_STEPS.into_iter().find(|step| step.slug() == s)
    }
}

/// Where keyboard focus should go after the next render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The new step's heading (after a step change).
    Heading,
    /// The error summary (after a failed "Fortsæt").
    Summary,
    /// A field (after "Ret" on the check page, or an error-summary link).
    Field(Field),
}

/// The answers, one slot per question in [`Field::ALL`] order. A slot is `None` until the
/// question is answered; `Some("")` is an answer emptied by the citizen (both boxes of a
/// checkbox group unticked), which a draft must keep rather than fall back to the default.
/// A plain vector rather than a map: a B-tree's code would cost the bundle more than the
/// 42 slots it saves (issue 7).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<Option<String>>);

impl Answers {
    pub fn get(&self, field: Field) -> &str {
        self.0
            .get(field as usize)
            .and_then(Option::as_deref)
            .unwrap_or("")
    }

    pub fn insert(&mut self, field: Field, value: String) {
        if self.0.is_empty() {
            self.0 = vec![None; Field::ALL.len()];
        }
        if let Some(slot) = self.0.get_mut(field as usize) {
            *slot = Some(value);
        }
    }

    /// The answered questions (emptied ones too), in [`Field::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Field, &str)> {
        Field::ALL
            .into_iter()
            .zip(&self.0)
            .filter_map(|(f, v)| Some((f, v.as_deref()?)))
    }
}

/// A notification banner at the top of the current step (DKFDS/GOV.UK notification banner):
/// news about the answers, not an error. It goes away at the next step change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A reload restored the draft, but a CPR number had been given: drafts never keep one,
    /// so it must be typed again.
    CprNotKept,
    /// The answers were deleted from this tab ("Jeg har sendt brevet – slet mine svar",
    /// "Slet mine svar og start forfra", "Lav en ny anmodning").
    AnswersDeleted,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    /// A text input or radio group changed.
    Set(Field, String),
    /// A checkbox in a group was ticked or unticked.
    Toggle(Field, &'static str, bool),
    Continue,
    Back,
    /// "Ret" on the check page: go to the field's step, then come back.
    Change(Field),
    /// On the portability page: ask for access instead.
    UseAccessInstead,
    /// After a warning about CPR numbers or health data in an e-mail: send by Digital Post.
    UseDigitalPost,
    /// Start again with empty answers.
    Restart,
    /// On the start page: "Jeg har allerede sendt en anmodning".
    StartFollowUp,
    /// "Fortsæt" with what the page's text fields show: each value is set as by
    /// [`Action::Set`] (only the page's own questions), then the step is validated as by
    /// [`Action::Continue`]. Autofill (Safari contact AutoFill, password managers) can fill a
    /// field without an `input` event; what the citizen sees is what the letter uses.
    ContinueWith(Vec<(Field, String)>),
    /// What the page's text fields show, taken over without going on: each value that differs
    /// from the answer is set as by [`Action::Set`]. Sent before the page is rebuilt (a language
    /// switch), so a value a browser filled in without events is not lost with the old page.
    TakeShown(Vec<(Field, String)>),
    /// This tab turned out to be a copy of another one (a duplicated browser tab copies the
    /// draft, seed included): letters made here are other letters and get their own reference,
    /// from `seed` (fresh entropy). The answers stay.
    Reseed(u64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub step: Step,
    pub lang: Lang,
    pub answers: Answers,
    /// The problems found by the last "Fortsæt" on this step.
    pub problems: Vec<(Field, Problem)>,
    /// Came here by "Ret" from the check page; "Fortsæt" goes back there.
    pub returning: bool,
    /// Writing a follow-up (reminder or complaint) rather than a new request.
    pub followup: bool,
    /// The right the guide suggested, shown as a notice while it is still chosen.
    pub suggested: Option<Right>,
    /// A notification banner for the current step, if any.
    pub notice: Option<Notice>,
    pub focus: Option<Focus>,
    /// Changes whenever `focus` should be applied, so the same target can be focused twice.
    pub focus_seq: u32,
    pub today: Date,
    pub seed: u64,
    pub config: Rc<Config>,
}

impl State {
    pub fn new(config: Rc<Config>, today: Date, seed: u64) -> State {
        let mut answers = Answers::default();
        answers.insert(Field::Route, route::DIGITAL_POST.to_string());
        answers.insert(Field::ComplaintRoute, route::DIGITAL_POST.to_string());
        answers.insert(Field::AutoRequests, [auto::LOGIC, auto::HUMAN].join(","));
        if let Some(r) = config.right {
            answers.insert(Field::Right, r.slug().to_string());
        }
        State {
            step: Step::Start,
            lang: config.lang,
            answers,
            problems: Vec::new(),
            returning: false,
            followup: false,
            suggested: None,
            notice: None,
            focus: None,
            focus_seq: 0,
            today,
            seed,
            config,
        }
    }

    /// A fresh state on 23 November 2026 with Stevns defaults, for unit tests.
    #[cfg(test)]
    pub fn for_tests(seed: u64) -> State {
        let today = Date {
            year: 2026,
            month: 11,
            day: 23,
        };
        State::new(Rc::new(Config::default()), today, seed)
    }

    /// Sets an answer directly, whatever the step (prefilled answers, tests).
    /// Sets an answer, without invisible format characters (direction marks, zero-width
    /// spaces, BOM: see [`crate::core::invisible`]). The input action and the draft restore
    /// both come through here, so validation, the draft and the letter never see them.
    pub fn with_answer(mut self, field: Field, value: impl Into<String>) -> State {
        let value = value.into();
        let value = if value.chars().any(crate::core::invisible::is_invisible) {
            crate::core::invisible::strip(&value)
        } else {
            value
        };
        self.answers.insert(field, value);
        self
    }

    pub fn get(&self, field: Field) -> &str {
        self.answers.get(field)
    }

    fn is(&self, field: Field, value: &str) -> bool {
        self.get(field) == value
    }

    pub fn right(&self) -> Option<Right> {
        Right::from_slug(self.get(Field::Right))
            .filter(|r| self.config.offered_rights().contains(r))
    }

    /// Acting for someone else (every flow asks "Hvem gælder anmodningen?").
    pub fn on_behalf(&self) -> bool {
        self.is(Field::Who, who::BEHALF)
    }

    pub fn employee(&self) -> bool {
        self.flow() == Flow::Request && self.is(Field::Who, who::EMPLOYEE)
    }

    /// Which rights a question offers: the configured ones for a new request, all nine for
    /// the request already sent (it may have been made elsewhere).
    pub fn rights_for(&self, field: Field) -> Vec<Right> {
        if field == Field::OrigRight {
            Right::ALL.to_vec()
        } else {
            self.config.offered_rights()
        }
    }

    /// A valid CPR number was given that the letter would carry (left out by e-mail): the
    /// writer's own, or the other person's when writing for someone else.
    pub fn cpr_given(&self) -> bool {
        Field::ALL
            .into_iter()
            .filter(|f| f.holds_cpr())
            .filter(|f| self.on_behalf() || !Field::ABOUT_OTHER.contains(f))
            .any(|f| crate::core::cpr::parse(self.get(f), self.today).is_ok())
    }

    pub fn flow(&self) -> Flow {
        match (self.followup, self.get(Field::FollowKind)) {
            (false, _) => Flow::Request,
            (true, follow::COMPLAINT) => Flow::Complaint,
            (true, _) => Flow::Reminder,
        }
    }

    /// The question that chooses how to send: to Datatilsynet for a complaint.
    pub fn route_field(&self) -> Field {
        if self.flow() == Flow::Complaint {
            Field::ComplaintRoute
        } else {
            Field::Route
        }
    }

    /// Datatilsynet's address for complaints by e-mail (DOMAIN.md).
    pub const DATATILSYNET_EMAIL: &'static str = "dt@datatilsynet.dk";

    /// Where the e-mail route sends: the municipality, or Datatilsynet for a complaint.
    pub fn recipient_email(&self) -> String {
        if self.flow() == Flow::Complaint {
            State::DATATILSYNET_EMAIL.to_string()
        } else {
            self.config.email.clone()
        }
    }

    pub fn by_email(&self) -> bool {
        self.is(self.route_field(), route::EMAIL)
    }

    /// The right a letter is about: the chosen one, or the original request's.
    pub fn letter_right(&self) -> Right {
        let field = if self.followup {
            Field::OrigRight
        } else {
            Field::Right
        };
        Right::from_slug(self.get(field)).unwrap_or(Right::Access)
    }

    /// The date the original request was sent (follow-ups).
    pub fn original_date(&self) -> Option<Date> {
        crate::core::date_input::parse_dmy(self.get(Field::OrigDate))
    }

    /// A reminder about a request whose period the municipality wrote that it extends
    /// (art. 12(3)); only the reminder asks.
    pub fn extended(&self) -> bool {
        self.flow() == Flow::Reminder && self.is(Field::OrigExtended, yes_no::YES)
    }

    /// The last day of the municipality's period to answer the request already sent: one
    /// month from the day it was sent, three months in all when it was extended (art.
    /// 12(3)), counted by [`period_end`]. The period ends at the end of that day, so a
    /// reminder is due from the next day on. `None` until a valid date is given.
    pub fn original_deadline(&self) -> Option<Date> {
        let months = if self.extended() { 3 } else { 1 };
        self.original_date().map(|sent| period_end(sent, months))
    }

    /// The numbered pages of the flow ("Trin n af total"): all but start and send.
    fn numbered(&self) -> Vec<Step> {
        let steps = self.flow().steps();
        steps[1..steps.len() - 1].to_vec()
    }

    /// "Trin n af total": the page's number and the count, or `None` for start and send.
    pub fn step_number(&self) -> Option<(usize, usize)> {
        let step = if self.step == Step::Guide {
            Step::Right
        } else {
            self.step
        };
        let numbered = self.numbered();
        numbered
            .iter()
            .position(|s| *s == step)
            .map(|i| (i + 1, numbered.len()))
    }

    pub(crate) fn position(&self, step: Step) -> usize {
        let step = if step == Step::Guide {
            Step::Right
        } else {
            step
        };
        self.flow()
            .steps()
            .iter()
            .position(|s| *s == step)
            .unwrap_or(0)
    }

    fn next_of(&self, step: Step) -> Step {
        let steps = self.flow().steps();
        steps
            .get(self.position(step) + 1)
            .copied()
            .unwrap_or(Step::Send)
    }

    fn previous_of(&self, step: Step) -> Step {
        if step == Step::Guide {
            return Step::Right;
        }
        let steps = self.flow().steps();
        steps[self.position(step).saturating_sub(1)]
    }

    /// The pages with questions, in order: all must be valid before the letter is made.
    pub fn question_steps(&self) -> Vec<Step> {
        self.flow()
            .steps()
            .iter()
            .copied()
            .filter(|s| !matches!(s, Step::Start | Step::About | Step::Check | Step::Send))
            .collect()
    }

    /// `Some(message)` when the field must be answered. A complaint needs the postal
    /// address: Datatilsynet does not handle complaints without name and address. So does
    /// an e-mail to the municipality: it carries no CPR number, and a name alone cannot be
    /// matched to a person.
    pub fn required(&self, field: Field) -> Option<crate::core::text::Msg> {
        if field == Field::Address && self.flow() == Flow::Complaint {
            return Some(crate::core::text::Msg::AddressMissing);
        }
        if field == Field::Address && self.by_email() {
            return Some(crate::core::text::Msg::AddressMissingEmail);
        }
        field.spec().required
    }

    pub fn reference(&self) -> String {
        reference(&self.config.reference_prefix, self.seed)
    }

    /// True when the letter is a new request the municipality must answer within a month
    /// (art. 12(3)), so the send page shows the deadline date, the extension and the calendar
    /// reminder. False for withdrawing consent ([`Right::has_deadline`]) and for follow-ups.
    pub fn has_answer_deadline(&self) -> bool {
        self.flow() == Flow::Request && self.right().is_some_and(Right::has_deadline)
    }

    /// The last day of the one-month period of art. 12(3) for a request sent today, counted
    /// by [`period_end`] (Reg. 1182/71: moved off weekends and public holidays).
    pub fn deadline(&self) -> Date {
        period_end(self.today, 1)
    }

    /// The questions on `step`, given the answers so far.
    pub fn fields_on(&self, step: Step) -> Vec<Field> {
        match step {
            Step::Who => vec![Field::Who],
            Step::Right => vec![Field::Right],
            Step::Guide => unsure::QUESTIONS.iter().map(|(f, _)| *f).collect(),
            Step::Details => {
                let mut v = self
                    .right()
                    .map_or_else(Vec::new, |r| r.info().details.to_vec());
                // Only an employee's letter may speak of IT cases, and only if they say so.
                if self.employee() && !v.is_empty() {
                    v.push(Field::EmployeeIt);
                }
                v
            }
            Step::Person => {
                let mut v = vec![
                    Field::Name,
                    Field::Cpr,
                    Field::Address,
                    Field::Phone,
                    Field::Email,
                ];
                if self.on_behalf() {
                    v.extend(Field::ABOUT_OTHER);
                }
                v
            }
            Step::Route => vec![self.route_field()],
            Step::FollowKind => vec![Field::FollowKind],
            Step::Original if self.flow() == Flow::Reminder => vec![
                Field::OrigRight,
                Field::OrigDate,
                Field::OrigRef,
                Field::OrigExtended,
            ],
            Step::Original => vec![Field::OrigRight, Field::OrigDate, Field::OrigRef],
            Step::Outcome => vec![Field::Outcome, Field::Reply, Field::Disagree],
            Step::Start | Step::About | Step::Check | Step::Send => Vec::new(),
        }
    }

    /// The step a question is asked on.
    pub fn step_of(field: Field) -> Step {
        use Field::*;
        match field {
            Who => Step::Who,
            Right => Step::Right,
            GuideWrong | GuideDelete | GuideConsent | GuideStop | GuideOrigin => Step::Guide,
            Name | Cpr | Address | Phone | Email | OtherName | OtherCpr | Relation => Step::Person,
            Route | ComplaintRoute => Step::Route,
            FollowKind => Step::FollowKind,
            OrigRight | OrigDate | OrigRef | OrigExtended => Step::Original,
            Outcome | Reply | Disagree => Step::Outcome,
            _ => Step::Details,
        }
    }

    /// The values a radio or checkbox group accepts.
    pub fn allowed(&self, field: Field) -> Vec<&'static str> {
        match field {
            // "Not sure" is not an answer: "Fortsæt" on the rights page sends it to the guide
            // before anything is validated.
            Field::Right | Field::OrigRight => {
                self.rights_for(field).iter().map(|r| r.slug()).collect()
            }
            f if matches!(f.spec().control, Control::Radios | Control::Checks) => {
                f.choices().iter().map(|c| c.value).collect()
            }
            _ => Vec::new(),
        }
    }

    pub fn problems_on(&self, step: Step) -> Vec<(Field, Problem)> {
        let mut problems: Vec<(Field, Problem)> = self
            .fields_on(step)
            .into_iter()
            .filter_map(|f| {
                check(
                    f,
                    self.get(f),
                    &self.allowed(f),
                    self.required(f),
                    self.today,
                )
                .map(|p| (f, p))
            })
            .collect();
        if step == Step::Original && self.flow() == Flow::Reminder && problems.is_empty() {
            // A reminder only makes sense once the (possibly extended) period has ended: at
            // the end of its last day.
            if let Some(deadline) = self.original_deadline() {
                if deadline >= self.today {
                    problems.push((Field::OrigDate, Problem::NotYet { deadline }));
                }
            }
        }
        if step == Step::Outcome && problems.is_empty() && self.is(Field::Outcome, outcome::NONE) {
            // "No answer" is only a complaint once the one-month period has ended.
            if let Some(deadline) = self.original_deadline() {
                if deadline >= self.today {
                    problems.push((Field::Outcome, Problem::NotYet { deadline }));
                }
            }
        }
        problems
    }

    /// The first question step, from `from` on, that has problems.
    fn first_invalid_from(&self, from: Step) -> Option<(Step, Vec<(Field, Problem)>)> {
        let steps = self.question_steps();
        let start = steps.iter().position(|s| *s == from).unwrap_or(0);
        steps[start..].iter().find_map(|s| {
            let p = self.problems_on(*s);
            (!p.is_empty()).then_some((*s, p))
        })
    }

    /// True when every answer needed for the letter is valid.
    pub fn complete(&self) -> bool {
        self.first_invalid().is_none()
    }

    fn first_invalid(&self) -> Option<(Step, Vec<(Field, Problem)>)> {
        self.question_steps()
            .first()
            .and_then(|first| self.first_invalid_from(*first))
    }

    fn go(mut self, step: Step) -> State {
        self.step = step;
        if step == Step::Check {
            // Back at the check page: "Tilbage" from here goes back through the steps again.
            self.returning = false;
        }
        self.problems.clear();
        self.notice = None;
        self.focus(Focus::Heading)
    }

    fn focus(mut self, target: Focus) -> State {
        self.focus = Some(target);
        self.focus_seq = self.focus_seq.wrapping_add(1);
        self
    }

    /// Goes to `step` if every question before it is answered, else to the first question
    /// that is not (testers' URL parameters, `?step=check`). Does not move focus.
    pub fn jump(mut self, step: Step) -> State {
        let in_flow = self.flow().steps().contains(&step) || step == Step::Guide;
        let target = if in_flow { self.position(step) } else { 0 };
        let blocked = self
            .question_steps()
            .into_iter()
            .filter(|s| self.position(*s) < target)
            .find(|s| !self.problems_on(*s).is_empty());
        self.step = match blocked {
            Some(s) => s,
            None if in_flow && step != Step::Guide => step,
            None if step == Step::Guide => Step::Right,
            None => Step::Start,
        };
        self
    }

    /// Where "Fortsæt" leads from a valid `step`. After "Ret" from the check page it skips
    /// the steps that are still complete; a changed right always shows its "about" page.
    fn after(&self, step: Step) -> Step {
        let next = self.next_of(step);
        if !self.returning || matches!(step, Step::Right | Step::Guide) || next == Step::Check {
            return next;
        }
        self.first_invalid_from(next)
            .map_or(Step::Check, |(s, _)| s)
    }

    pub fn reduce(self, action: Action) -> State {
        match action {
            Action::SetLang(lang) => State { lang, ..self },
            // Only the questions on the page can change: an event arriving late from a page
            // the citizen has left cannot alter answers behind the check page.
            Action::Set(field, _) | Action::Toggle(field, _, _)
                if !self.fields_on(self.step).contains(&field) =>
            {
                self
            }
            Action::Set(field, value) => self.with_answer(field, value),
            Action::Toggle(field, value, on) => {
                let mut s = self;
                let current: Vec<String> = s
                    .get(field)
                    .split(',')
                    .filter(|v| !v.is_empty())
                    .map(String::from)
                    .collect();
                let next: Vec<&str> = field
                    .choices()
                    .iter()
                    .map(|c| c.value)
                    .filter(|v| {
                        if *v == value {
                            on
                        } else {
                            current.iter().any(|c| c == v)
                        }
                    })
                    .collect();
                s.answers.insert(field, next.join(","));
                s
            }
            Action::Continue => self.proceed(),
            Action::Back => {
                if self.returning && self.step != Step::Check {
                    let s = State {
                        returning: false,
                        ..self
                    };
                    s.go(Step::Check)
                } else {
                    let prev = self.previous_of(self.step);
                    self.go(prev)
                }
            }
            Action::Change(field) => {
                let mut s = self;
                s.step = State::step_of(field);
                s.problems.clear();
                s.returning = true;
                s.focus(Focus::Field(field))
            }
            Action::UseAccessInstead if !self.config.offered_rights().contains(&Right::Access) => {
                self
            }
            Action::UseAccessInstead => {
                let mut s = self;
                s.answers
                    .insert(Field::Right, Right::Access.slug().to_string());
                s.go(Step::About)
            }
            Action::UseDigitalPost => {
                // The warning and its button go away: keep focus on something that stays.
                let field = self.route_field();
                let target = if self.step == Step::Route {
                    Focus::Field(field)
                } else {
                    Focus::Heading
                };
                self.with_answer(field, route::DIGITAL_POST).focus(target)
            }
            Action::StartFollowUp => {
                let st = State {
                    followup: true,
                    ..self
                };
                st.go(Step::FollowKind)
            }
            Action::Restart => {
                let lang = self.lang;
                let seq = self.focus_seq;
                let mut s = State::new(self.config, self.today, self.seed.wrapping_add(1));
                s.lang = lang;
                s.focus_seq = seq;
                State {
                    notice: Some(Notice::AnswersDeleted),
                    ..s.go(Step::Start)
                }
            }
            Action::ContinueWith(values) => self.reduce(Action::TakeShown(values)).proceed(),
            Action::TakeShown(values) => {
                let mut s = self;
                for (field, value) in values {
                    if s.get(field) != value {
                        s = s.reduce(Action::Set(field, value));
                    }
                }
                s
            }
            Action::Reseed(seed) => State { seed, ..self },
        }
    }

    /// Back to an earlier step whose answers no longer pass, with its problems and the error
    /// summary focused; "Fortsæt" there returns to check answers.
    fn back_to(self, (step, problems): (Step, Vec<(Field, Problem)>)) -> State {
        State {
            step,
            problems,
            returning: true,
            ..self
        }
        .focus(Focus::Summary)
    }

    fn proceed(self) -> State {
        let step = self.step;
        match step {
            Step::Start => {
                let st = State {
                    followup: false,
                    ..self
                };
                st.go(Step::Who)
            }
            Step::Send => self,
            Step::About => {
                let next = self.after(Step::About);
                self.go(next)
            }
            Step::Check => match self.first_invalid() {
                Some(invalid) => self.back_to(invalid),
                None => {
                    let st = State {
                        returning: false,
                        ..self
                    };
                    st.go(Step::Send)
                }
            },
            _ => {
                if step == Step::Right && self.is(Field::Right, right::UNSURE) {
                    return self.go(Step::Guide);
                }
                let problems = self.problems_on(step);
                if !problems.is_empty() {
                    let mut st = self;
                    st.problems = problems;
                    return st.focus(Focus::Summary);
                }
                if step == Step::Route {
                    // The route can make an earlier answer required (the address, for
                    // e-mail): go back to it now rather than at "Lav brevet".
                    if let Some(invalid) = self.first_invalid() {
                        return self.back_to(invalid);
                    }
                }
                let mut st = self;
                if step == Step::Guide {
                    let offered = st.config.offered_rights();
                    let right = unsure::suggest(|f| st.is(f, yes_no::YES), &offered);
                    st.answers.insert(Field::Right, right.slug().to_string());
                    st.suggested = Some(right);
                    return st.go(Step::Right);
                }
                let next = st.after(step);
                st.go(next)
            }
        }
    }
}
