//! Which questions each step asks, given the answers so far, and whether they pass.
//!
//! A step passes when every question on it passes [`check`] (required, length, format, one
//! of the offered options) and the step's own rule holds (a reminder or a "no answer"
//! complaint only once the period has ended). The letter is made only when every question
//! step of the flow passes ([`State::complete`]).

use crate::core::choices::{outcome, relation};
use crate::core::cpr;
use crate::core::fields::{Control, Field};
use crate::core::rights::Right;
use crate::core::state::State;
use crate::core::steps::{Flow, Step};
use crate::core::text::Msg;
use crate::core::unsure;
use crate::core::validate::{check, Problem};

impl State {
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
            // What else the page asks follows what came back: for no answer, whether the
            // period was extended (three months in all, art. 12(3)); for a refusal or a
            // partial answer, whether it came with reasons and the complaint information
            // (art. 12(4)). Where nothing came back there is no reply to quote.
            Step::Outcome => match self.get(Field::Outcome) {
                outcome::NONE => vec![Field::Outcome, Field::OrigExtended, Field::Disagree],
                outcome::REFUSED | outcome::PARTIAL => vec![
                    Field::Outcome,
                    Field::OutcomeInformed,
                    Field::Reply,
                    Field::Disagree,
                ],
                _ => vec![Field::Outcome, Field::Reply, Field::Disagree],
            },
            Step::Start | Step::About | Step::Check | Step::Send => Vec::new(),
        }
    }

    /// The step a question is asked on in this flow.
    pub fn step_of(&self, field: Field) -> Step {
        use Field::*;
        match field {
            Who => Step::Who,
            Right => Step::Right,
            GuideWrong | GuideDelete | GuideConsent | GuideStop | GuideOrigin => Step::Guide,
            Name | Cpr | Address | Phone | Email | OtherName | OtherCpr | Relation => Step::Person,
            Route | ComplaintRoute => Step::Route,
            FollowKind => Step::FollowKind,
            OrigRight | OrigDate | OrigRef => Step::Original,
            // A complaint about no answer asks about the extension with what came back.
            OrigExtended if self.flow() == Flow::Complaint => Step::Outcome,
            OrigExtended => Step::Original,
            Outcome | OutcomeInformed | Reply | Disagree => Step::Outcome,
            _ => Step::Details,
        }
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

    /// The values a radio or checkbox group accepts.
    pub fn allowed(&self, field: Field) -> Vec<&'static str> {
        match field {
            // "Not sure" is not an answer: "Fortsæt" on the rights page leads to the "not
            // sure" questions before anything is validated.
            Field::Right | Field::OrigRight => {
                self.rights_for(field).iter().map(|r| r.slug()).collect()
            }
            f if matches!(f.spec().control, Control::Radios | Control::Checks) => {
                f.choices().iter().map(|c| c.value).collect()
            }
            _ => Vec::new(),
        }
    }

    /// `Some(message)` when the field must be answered. A complaint needs the postal
    /// address: Datatilsynet does not handle complaints without name and address. So does
    /// an e-mail to the municipality: it carries no CPR number, and a name alone cannot be
    /// matched to a person.
    pub fn required(&self, field: Field) -> Option<Msg> {
        if field == Field::Address && self.flow() == Flow::Complaint {
            return Some(Msg::AddressMissing);
        }
        if field == Field::Address && self.by_email() {
            return Some(Msg::AddressMissingEmail);
        }
        if field == Field::Disagree && !self.disagreeing() {
            return None;
        }
        field.spec().required
    }

    /// A complaint about a refusal or a partial answer, where the citizen says why they
    /// disagree (`docs/sources.md#decision-refusal-complaint`). With no answer or an extension
    /// there is nothing to disagree with: the citizen may add remarks ("Bemærkninger").
    pub fn disagreeing(&self) -> bool {
        matches!(
            self.get(Field::Outcome),
            outcome::REFUSED | outcome::PARTIAL
        )
    }

    /// The question's label as this flow asks it: the complaint asks about an extension in
    /// its own words, and asks for remarks rather than disagreement where nothing was refused.
    pub fn label(&self, field: Field) -> Msg {
        match field {
            Field::OrigExtended if self.flow() == Flow::Complaint => Msg::ComplaintExtendedLabel,
            Field::Disagree if !self.disagreeing() => Msg::RemarksLabel,
            f => f.spec().label,
        }
    }

    /// The question's hint as this flow asks it (see [`State::label`]).
    pub fn hint(&self, field: Field) -> Option<Msg> {
        match field {
            Field::OrigExtended if self.flow() == Flow::Complaint => {
                Some(Msg::ComplaintExtendedHint)
            }
            f => f.spec().hint,
        }
    }

    /// Acting under parental custody for someone whose CPR number shows they are 18 or
    /// over: custody ends at 18 (`docs/sources.md#custody-18`).
    fn custody_for_adult(&self) -> bool {
        if !self.on_behalf() || !self.is(Field::Relation, relation::CUSTODY) {
            return false;
        }
        cpr::parse(self.get(Field::OtherCpr), self.today).is_ok_and(|c| {
            let b = c.birth;
            let t = self.today;
            (t.year, t.month, t.day) >= (b.year + 18, b.month, b.day)
        })
    }

    /// What is wrong with the answers on `step`, in page order; empty when it passes.
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
        let not_yet = |complaint: bool| {
            self.original_deadline()
                .filter(|deadline| *deadline >= self.today)
                .map(|deadline| Problem::NotYet {
                    deadline,
                    complaint,
                    ends_today: deadline == self.today,
                })
        };
        if step == Step::Original && self.flow() == Flow::Reminder && problems.is_empty() {
            // A reminder only makes sense once the (possibly extended) period has ended: at
            // the end of its last day.
            problems.extend(not_yet(false).map(|p| (Field::OrigDate, p)));
        }
        if step == Step::Outcome && problems.is_empty() && self.is(Field::Outcome, outcome::NONE) {
            // "No answer" is only a complaint once the (possibly extended) period has ended.
            problems.extend(not_yet(true).map(|p| (Field::Outcome, p)));
        }
        if step == Step::Person && self.custody_for_adult() {
            problems.push((Field::Relation, Problem::Invalid(Msg::CustodyAdult)));
        }
        problems
    }

    /// The first question step, from `from` on, that has problems.
    pub fn first_invalid_from(&self, from: Step) -> Option<(Step, Vec<(Field, Problem)>)> {
        let steps = self.flow().question_steps();
        let start = steps.iter().position(|s| *s == from).unwrap_or(0);
        steps[start..].iter().find_map(|s| {
            let p = self.problems_on(*s);
            (!p.is_empty()).then_some((*s, p))
        })
    }

    /// The first question step of the flow that has problems.
    pub fn first_invalid(&self) -> Option<(Step, Vec<(Field, Problem)>)> {
        self.flow()
            .question_steps()
            .first()
            .and_then(|first| self.first_invalid_from(*first))
    }

    /// True when every answer needed for the letter is valid.
    pub fn complete(&self) -> bool {
        self.first_invalid().is_none()
    }
}
