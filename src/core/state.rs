//! The wizard as a reducer: `State` + `Action` → `State`. No browser types; the UI wraps this in
//! a `Reducible` and the tests drive it directly.
//!
//! Answers live in one map keyed by [`Field`], so going back, changing the right or switching
//! language never loses what was typed: answers that no longer apply are kept but not used.

use crate::core::config::Config;
use crate::core::date::Date;
use crate::core::fields::{Control, Field};
use crate::core::guide;
use crate::core::reference::reference;
use crate::core::rights::Right;
use crate::core::text::Lang;
use crate::core::validate::{check, Problem};
use std::collections::BTreeMap;
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
    Person,
    Route,
    Check,
    /// The receipt page with the letter and hand-off; not a numbered step.
    Send,
}

/// The question steps, in order, whose answers must be valid before the letter is made.
pub const QUESTION_STEPS: [Step; 5] = [
    Step::Who,
    Step::Right,
    Step::Details,
    Step::Person,
    Step::Route,
];

impl Step {
    /// Numbered steps shown as "Trin n af 7".
    pub const TOTAL: u8 = 7;

    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Who => "who",
            Step::Right => "right",
            Step::Guide => "guide",
            Step::About => "about",
            Step::Details => "details",
            Step::Person => "person",
            Step::Route => "route",
            Step::Check => "check",
            Step::Send => "send",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        [
            Step::Start,
            Step::Who,
            Step::Right,
            Step::Guide,
            Step::About,
            Step::Details,
            Step::Person,
            Step::Route,
            Step::Check,
            Step::Send,
        ]
        .into_iter()
        .find(|step| step.slug() == s)
    }

    /// The number in the step indicator, or `None` for the start and send pages.
    pub fn number(self) -> Option<u8> {
        match self {
            Step::Start | Step::Send => None,
            Step::Who => Some(1),
            Step::Right | Step::Guide => Some(2),
            Step::About => Some(3),
            Step::Details => Some(4),
            Step::Person => Some(5),
            Step::Route => Some(6),
            Step::Check => Some(7),
        }
    }

    fn previous(self) -> Step {
        match self {
            Step::Start | Step::Who => Step::Start,
            Step::Right => Step::Who,
            Step::Guide | Step::About => Step::Right,
            Step::Details => Step::About,
            Step::Person => Step::Details,
            Step::Route => Step::Person,
            Step::Check => Step::Route,
            Step::Send => Step::Check,
        }
    }

    fn next(self) -> Step {
        match self {
            Step::Start => Step::Who,
            Step::Who => Step::Right,
            Step::Right | Step::Guide => Step::About,
            Step::About => Step::Details,
            Step::Details => Step::Person,
            Step::Person => Step::Route,
            Step::Route => Step::Check,
            Step::Check | Step::Send => Step::Send,
        }
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
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub step: Step,
    pub lang: Lang,
    pub answers: BTreeMap<Field, String>,
    /// The problems found by the last "Fortsæt" on this step.
    pub problems: Vec<(Field, Problem)>,
    /// Came here by "Ret" from the check page; "Fortsæt" goes back there.
    pub returning: bool,
    /// The right the guide suggested, shown as a notice while it is still chosen.
    pub suggested: Option<Right>,
    pub focus: Option<Focus>,
    /// Changes whenever `focus` should be applied, so the same target can be focused twice.
    pub focus_seq: u32,
    pub today: Date,
    pub seed: u64,
    pub config: Rc<Config>,
}

impl State {
    pub fn new(config: Rc<Config>, today: Date, seed: u64) -> State {
        let mut answers = BTreeMap::new();
        answers.insert(Field::Route, "digital-post".to_string());
        answers.insert(Field::AutoRequests, "logic,human".to_string());
        if let Some(r) = config.right {
            answers.insert(Field::Right, r.slug().to_string());
        }
        State {
            step: Step::Start,
            lang: config.lang,
            answers,
            problems: Vec::new(),
            returning: false,
            suggested: None,
            focus: None,
            focus_seq: 0,
            today,
            seed,
            config,
        }
    }

    /// Sets an answer directly, whatever the step (prefilled answers, tests).
    pub fn with_answer(mut self, field: Field, value: impl Into<String>) -> State {
        self.answers.insert(field, value.into());
        self
    }

    pub fn get(&self, field: Field) -> &str {
        self.answers.get(&field).map_or("", String::as_str)
    }

    fn is(&self, field: Field, value: &str) -> bool {
        self.get(field) == value
    }

    pub fn right(&self) -> Option<Right> {
        Right::from_slug(self.get(Field::Right))
            .filter(|r| self.config.offered_rights().contains(r))
    }

    pub fn on_behalf(&self) -> bool {
        self.is(Field::Who, "behalf")
    }

    pub fn employee(&self) -> bool {
        self.is(Field::Who, "employee")
    }

    pub fn by_email(&self) -> bool {
        self.is(Field::Route, "email")
    }

    pub fn reference(&self) -> String {
        reference(&self.config.reference_prefix, self.seed)
    }

    /// Today + one calendar month (art. 12(3)).
    pub fn deadline(&self) -> Date {
        self.today.add_months(1)
    }

    /// The questions on `step`, given the answers so far.
    pub fn fields_on(&self, step: Step) -> Vec<Field> {
        match step {
            Step::Who => vec![Field::Who],
            Step::Right => vec![Field::Right],
            Step::Guide => guide::QUESTIONS.iter().map(|(f, _)| *f).collect(),
            Step::Details => self
                .right()
                .map_or_else(Vec::new, |r| r.info().details.to_vec()),
            Step::Person => {
                let mut v = vec![
                    Field::Name,
                    Field::Cpr,
                    Field::Address,
                    Field::Phone,
                    Field::Email,
                ];
                if self.on_behalf() {
                    v.extend([Field::OtherName, Field::OtherCpr, Field::Relation]);
                }
                v
            }
            Step::Route => vec![Field::Route],
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
            Route => Step::Route,
            _ => Step::Details,
        }
    }

    /// The values a radio or checkbox group accepts.
    pub fn allowed(&self, field: Field) -> Vec<&'static str> {
        match field {
            Field::Right => {
                let mut v: Vec<&str> = self
                    .config
                    .offered_rights()
                    .iter()
                    .map(|r| r.slug())
                    .collect();
                v.push("unsure");
                v
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
            .filter_map(|f| check(f, self.get(f), &self.allowed(f), self.today).map(|p| (f, p)))
            .collect();
        // Leaving the whole wizard, "I am not sure" is not an answer.
        if step == Step::Right
            && problems.is_empty()
            && self.right().is_none()
            && self.step != Step::Right
        {
            problems.push((
                Field::Right,
                Problem::Missing(crate::core::text::Msg::RightMissing),
            ));
        }
        problems
    }

    /// The first question step, from `from` on, that has problems.
    fn first_invalid_from(&self, from: Step) -> Option<(Step, Vec<(Field, Problem)>)> {
        let start = QUESTION_STEPS.iter().position(|s| *s == from).unwrap_or(0);
        QUESTION_STEPS[start..].iter().find_map(|s| {
            let p = self.problems_on(*s);
            (!p.is_empty()).then_some((*s, p))
        })
    }

    /// True when every answer needed for the letter is valid.
    pub fn complete(&self) -> bool {
        self.first_invalid_from(Step::Who).is_none()
    }

    fn go(mut self, step: Step) -> State {
        self.step = step;
        self.problems.clear();
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
        const ORDER: [Step; 10] = [
            Step::Start,
            Step::Who,
            Step::Right,
            Step::Guide,
            Step::About,
            Step::Details,
            Step::Person,
            Step::Route,
            Step::Check,
            Step::Send,
        ];
        let rank = |s: Step| ORDER.iter().position(|o| *o == s).unwrap_or(0);
        let blocked = QUESTION_STEPS
            .iter()
            .filter(|s| rank(**s) < rank(step))
            .find(|s| !self.problems_on(**s).is_empty());
        self.step = blocked.copied().unwrap_or(step);
        if self.step == Step::Guide {
            self.step = Step::Right;
        }
        self
    }

    /// Where "Fortsæt" leads from a valid `step`. After "Ret" from the check page it skips
    /// the steps that are still complete; a changed right always shows its "about" page.
    fn after(&self, step: Step) -> Step {
        let next = step.next();
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
                    let prev = self.step.previous();
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
            Action::UseAccessInstead => {
                let mut s = self;
                s.answers
                    .insert(Field::Right, Right::Access.slug().to_string());
                s.go(Step::About)
            }
            Action::UseDigitalPost => self.with_answer(Field::Route, "digital-post"),
            Action::Restart => {
                let lang = self.lang;
                let seq = self.focus_seq;
                let mut s = State::new(self.config, self.today, self.seed.wrapping_add(1));
                s.lang = lang;
                s.focus_seq = seq;
                s.go(Step::Start)
            }
        }
    }

    fn proceed(self) -> State {
        let step = self.step;
        match step {
            Step::Start => self.go(Step::Who),
            Step::Send => self,
            Step::About => {
                let next = self.after(Step::About);
                self.go(next)
            }
            Step::Check => match self.first_invalid_from(Step::Who) {
                Some((s, problems)) => {
                    let mut st = self;
                    st.step = s;
                    st.problems = problems;
                    st.returning = true;
                    st.focus(Focus::Summary)
                }
                None => {
                    let st = State {
                        returning: false,
                        ..self
                    };
                    st.go(Step::Send)
                }
            },
            _ => {
                let problems = self.problems_on(step);
                if !problems.is_empty() {
                    let mut st = self;
                    st.problems = problems;
                    return st.focus(Focus::Summary);
                }
                let mut st = self;
                if step == Step::Right && st.is(Field::Right, "unsure") {
                    return st.go(Step::Guide);
                }
                if step == Step::Guide {
                    let offered = st.config.offered_rights();
                    let right = guide::suggest(|f| st.is(f, "yes"), &offered);
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
