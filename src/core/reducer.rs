//! How the wizard moves: every UI event is one [`Action`], and [`State::reduce`] turns the
//! state and the action into the next state. No browser types: the UI wraps this in a
//! `Reducible`, and the tests drive it directly.
//!
//! "Fortsæt" validates the page (`questions.rs`) and goes on, or stays with the problems and
//! focuses the error summary; "Ret" on the check page goes to a question and comes back.

use crate::core::choices::{right, route, yes_no};
use crate::core::fields::Field;
use crate::core::focus::Focus;
use crate::core::notice::Notice;
use crate::core::rights::Right;
use crate::core::state::State;
use crate::core::steps::Step;
use crate::core::text::Lang;
use crate::core::unsure;
use crate::core::validate::Problem;

/// Everything that can happen to the wizard: one action per UI event.
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
    /// switch), so a value a browser filled in without events is not lost with the page it was
    /// shown on.
    TakeShown(Vec<(Field, String)>),
    /// This tab turned out to be a copy of another one (a duplicated browser tab copies the
    /// draft, seed included): letters made here are other letters and get their own reference,
    /// from `seed` (fresh entropy). The answers stay.
    Reseed(u64),
}

impl State {
    /// The state after `action`.
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
                    let prev = self.flow().previous(self.step);
                    self.go(prev)
                }
            }
            Action::Change(field) => {
                let mut s = self;
                s.step = s.step_of(field);
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

    /// "Fortsæt": the page's own rule for what comes next.
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

    /// Shows `step`, with no problems or notice left from the page before, and focuses its
    /// heading.
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

    /// Asks the UI to move focus to `target` after the next render.
    fn focus(mut self, target: Focus) -> State {
        self.focus = Some(target);
        self.focus_seq = self.focus_seq.wrapping_add(1);
        self
    }

    /// Where "Fortsæt" leads from a valid `step`. After "Ret" from the check page it skips
    /// the steps that are still complete; a changed right always shows its "about" page.
    fn after(&self, step: Step) -> Step {
        let next = self.flow().next(step);
        if !self.returning || matches!(step, Step::Right | Step::Guide) || next == Step::Check {
            return next;
        }
        self.first_invalid_from(next)
            .map_or(Step::Check, |(s, _)| s)
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

    /// Goes to `step` if every question before it is answered, else to the first question
    /// that is not (testers' URL parameters, `?step=check`). Does not move focus.
    pub fn jump(mut self, step: Step) -> State {
        let in_flow = self.flow().steps().contains(&step) || step == Step::Guide;
        let target = if in_flow {
            self.flow().position(step)
        } else {
            0
        };
        let blocked = self
            .flow()
            .question_steps()
            .into_iter()
            .filter(|s| self.flow().position(*s) < target)
            .find(|s| !self.problems_on(*s).is_empty());
        self.step = match blocked {
            Some(s) => s,
            None if in_flow && step != Step::Guide => step,
            None if step == Step::Guide => Step::Right,
            None => Step::Start,
        };
        self
    }
}
