//! The wizard's state: where the citizen is, what they answered, and what follows from the
//! answers (whom the letter is about, where it goes, its deadlines).
//!
//! The state changes only through the reducer (`reducer.rs`); the pages read it through
//! `questions.rs` (what a step asks and whether it passes) and `view.rs` (what a page shows).
//! The queries here answer the questions every later layer asks of the answers, in words of
//! the domain rather than answer values.

use crate::core::answers::Answers;
use crate::core::choices::{auto, follow, outcome, route, who, yes_no};
use crate::core::config::Config;
use crate::core::cpr;
use crate::core::date::Date;
use crate::core::date_input::parse_dmy;
use crate::core::fields::Field;
use crate::core::focus::Focus;
use crate::core::notice::Notice;
use crate::core::periods::{period_end, period_end_days};
use crate::core::reference::reference;
use crate::core::rights::Right;
use crate::core::steps::{Flow, Step};
use crate::core::text::{fill, Lang, Msg};
use crate::core::validate::Problem;
use std::rc::Rc;

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
    /// The right the "not sure" questions suggested, shown as a notice while it is still
    /// chosen.
    pub suggested: Option<Right>,
    /// A notification banner for the current step, if any.
    pub notice: Option<Notice>,
    pub focus: Option<Focus>,
    /// Changes whenever `focus` should be applied, so the same target can be focused twice.
    pub focus_seq: u32,
    pub today: Date,
    /// Makes the reference number ([`State::reference`]).
    pub seed: u64,
    pub config: Rc<Config>,
}

impl State {
    /// The start page with the default answers: Digital Post for both routes, both requests
    /// about an automated decision, and the right the host page chose in advance.
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

    /// A fresh state on [`Date::EXAMPLE_TODAY`] with Stevns defaults, for unit tests.
    #[cfg(test)]
    pub fn for_tests(seed: u64) -> State {
        State::new(Rc::new(Config::default()), Date::EXAMPLE_TODAY, seed)
    }

    /// Sets an answer directly, whatever the step (prefilled answers, a restored draft,
    /// tests), as the citizen gave it: [`Answers::insert_given`] drops invisible characters.
    pub fn with_answer(mut self, field: Field, value: impl Into<String>) -> State {
        self.answers.insert_given(field, value.into());
        self
    }

    pub fn get(&self, field: Field) -> &str {
        self.answers.get(field)
    }

    /// The answer to `field` is `value` (a constant from `choices`).
    pub fn is(&self, field: Field, value: &str) -> bool {
        self.get(field) == value
    }

    /// A text in the current language with the config's names and addresses filled in.
    pub fn text(&self, msg: Msg) -> String {
        let c = &self.config;
        fill(
            msg.get(self.lang),
            &[
                ("municipality", &c.municipality),
                ("email", &c.email),
                ("comms", &c.comms_email),
                ("phone", &c.phone),
                ("dpo", &c.dpo_email),
                ("address", &c.address),
                ("cvr", &c.cvr),
            ],
        )
    }

    /// The right chosen for a new request, if it is one the config offers.
    pub fn right(&self) -> Option<Right> {
        Right::from_slug(self.get(Field::Right))
            .filter(|r| self.config.offered_rights().contains(r))
    }

    /// Acting for someone else (every flow asks "Hvem gælder anmodningen?").
    pub fn on_behalf(&self) -> bool {
        self.is(Field::Who, who::BEHALF)
    }

    /// An employee asking about their own data as an employee (new requests only).
    pub fn employee(&self) -> bool {
        self.flow() == Flow::Request && self.is(Field::Who, who::EMPLOYEE)
    }

    /// A valid CPR number was given that the letter would carry (left out by e-mail): the
    /// writer's own, or the other person's when writing for someone else.
    pub fn cpr_given(&self) -> bool {
        Field::ALL
            .into_iter()
            .filter(|f| f.holds_cpr())
            .filter(|f| self.on_behalf() || !Field::ABOUT_OTHER.contains(f))
            .any(|f| cpr::parse(self.get(f), self.today).is_ok())
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

    /// Datatilsynet's address for complaints by e-mail (`docs/sources.md#dt-contact`).
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
        parse_dmy(self.get(Field::OrigDate))
    }

    /// The municipality wrote that it extends the period (art. 12(3),
    /// `docs/sources.md#decision-extension`): asked in a reminder, and in a complaint about no
    /// answer (three months in all, so the complaint is not early and names the extended
    /// deadline).
    pub fn extended(&self) -> bool {
        let asked = match self.flow() {
            Flow::Reminder => true,
            Flow::Complaint => self.is(Field::Outcome, outcome::NONE),
            Flow::Request => false,
        };
        asked && self.is(Field::OrigExtended, yes_no::YES)
    }

    /// The last day of the municipality's period to answer the request already sent: one
    /// month from the day it was sent, three months in all when it was extended (art.
    /// 12(3)), counted by [`period_end`]. The period ends at the end of that day, so a
    /// reminder is due from the next day on. `None` until a valid date is given.
    pub fn original_deadline(&self) -> Option<Date> {
        let months = if self.extended() { 3 } else { 1 };
        self.original_date().map(|sent| period_end(sent, months))
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

    /// The date a reminder asks for an answer by: two weeks from today, counted like every
    /// other period ([`period_end_days`]: the next working day if it falls on a weekend or a
    /// public holiday). A short, fair new deadline; the law sets none for a reminder.
    pub fn reminder_deadline(&self) -> Date {
        period_end_days(self.today, 14)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_fill_in_the_configured_municipality() {
        let c = Config {
            municipality: "Testby Kommune".into(),
            ..Config::default()
        };
        let s = State::new(Rc::new(c), Date::EXAMPLE_TODAY, 1);
        assert!(s.text(Msg::WhoEmployee).contains("Testby Kommune"));
        assert!(!s.text(Msg::ContactText).contains('{'));
    }
}
