//! The answers a choice question stores, and the options it shows.
//!
//! A radio or checkbox question stores the `value` of the chosen option ("behalf",
//! "digital-post"; a checkbox group the ticked values joined by commas). Every value the code
//! compares an answer with is a named constant here, in a module named after its question, and
//! the option tables below use the same constants: a value is spelt once. The values are part of
//! the page (they are the radio buttons' `value`s, in the draft and in testers' URL parameters),
//! so they never change once published.

use crate::core::fields::Field;
use crate::core::text::Msg;

/// "Hvem gælder anmodningen?" ([`Field::Who`]).
pub mod who {
    pub const MYSELF: &str = "myself";
    /// For someone else, with their power of attorney, custody or guardianship.
    pub const BEHALF: &str = "behalf";
    /// An employee of the municipality asking about their own data as an employee.
    pub const EMPLOYEE: &str = "employee";
}

/// The rights question ([`Field::Right`]) stores a right's slug ([`crate::core::Right::slug`]),
/// or this.
pub mod right {
    /// "Jeg er ikke sikker": not an answer; "Fortsæt" leads to the questions that suggest a
    /// right ([`crate::core::unsure`]).
    pub const UNSURE: &str = "unsure";
}

/// The yes/no questions: the "not sure" questions, [`Field::EmployeeIt`],
/// [`Field::OrigExtended`], [`Field::OutcomeInformed`].
pub mod yes_no {
    pub const YES: &str = "yes";
    pub const NO: &str = "no";
}

/// Why the data should be erased ([`Field::EraseGround`], art. 17(1)).
pub mod erase_ground {
    pub const NOT_NEEDED: &str = "not-needed";
    pub const CONSENT: &str = "consent";
    pub const OBJECTION: &str = "objection";
    pub const UNLAWFUL: &str = "unlawful";
    pub const LEGAL_DUTY: &str = "legal-duty";
    /// "Jeg ved det ikke": the municipality is asked to judge which ground applies.
    pub const UNKNOWN: &str = "unknown";
}

/// What is to be rectified ([`Field::RectifyKind`], art. 16): wrong data corrected, missing
/// data added, or both. The letter asks only for what the citizen reports.
pub mod rectify_kind {
    pub const WRONG: &str = "wrong";
    pub const MISSING: &str = "missing";
    pub const BOTH: &str = "both";
}

/// Why the use should be restricted ([`Field::RestrictGround`], art. 18(1)).
pub mod restrict_ground {
    pub const ACCURACY: &str = "accuracy";
    pub const UNLAWFUL: &str = "unlawful";
    pub const CLAIMS: &str = "claims";
    pub const OBJECTION: &str = "objection";
}

/// What the consent being withdrawn was for ([`Field::ConsentTopic`]).
pub mod consent_topic {
    pub const PHOTO: &str = "photo";
    pub const OTHER: &str = "other";
}

/// What the citizen asks about an automated decision ([`Field::AutoRequests`], a checkbox
/// group).
pub mod auto {
    /// Information about the logic involved (art. 15(1)(h)).
    pub const LOGIC: &str = "logic";
    /// A person to look at the decision again (art. 22(3)).
    pub const HUMAN: &str = "human";
}

/// The writer's authority to act for someone else ([`Field::Relation`]).
pub mod relation {
    /// A power of attorney (fuldmagt).
    pub const POA: &str = "poa";
    /// Parental custody (forældremyndighed).
    pub const CUSTODY: &str = "custody";
    /// Guardianship (værgemål).
    pub const GUARDIAN: &str = "guardian";
}

/// How the letter is sent ([`Field::Route`], and [`Field::ComplaintRoute`] for a complaint).
pub mod route {
    pub const DIGITAL_POST: &str = "digital-post";
    pub const EMAIL: &str = "email";
    /// Datatilsynet's own complaint form on its website (complaints only).
    pub const WEB: &str = "web";
}

/// What follows a request already sent ([`Field::FollowKind`]).
pub mod follow {
    pub const REMINDER: &str = "reminder";
    pub const COMPLAINT: &str = "complaint";
}

/// What came back from the municipality, for a complaint ([`Field::Outcome`]).
pub mod outcome {
    pub const REFUSED: &str = "refused";
    pub const PARTIAL: &str = "partial";
    /// The period was extended without reasons.
    pub const EXTENDED: &str = "extended";
    /// The extension was told after the first month.
    pub const EXTENDED_LATE: &str = "extended-late";
    /// No answer at all.
    pub const NONE: &str = "none";
}

/// One option of a radio or checkbox group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: Msg,
    pub hint: Option<Msg>,
}

const fn choice(value: &'static str, label: Msg) -> Choice {
    Choice {
        value,
        label,
        hint: None,
    }
}

const fn hinted(value: &'static str, label: Msg, hint: Msg) -> Choice {
    Choice {
        value,
        label,
        hint: Some(hint),
    }
}

impl Field {
    /// The fixed options of a radio or checkbox group; none for a typed question. The rights
    /// questions have none here: which rights they offer depends on the config (see
    /// `questions::rights_for`).
    pub fn choices(self) -> &'static [Choice] {
        use Field::*;
        use Msg as M;
        const YES_NO: &[Choice] = &[choice(yes_no::YES, M::Yes), choice(yes_no::NO, M::No)];
        const WHO: &[Choice] = &[
            choice(who::MYSELF, M::WhoMyself),
            hinted(who::BEHALF, M::WhoBehalf, M::WhoBehalfHint),
            hinted(who::EMPLOYEE, M::WhoEmployee, M::WhoEmployeeHint),
        ];
        const ERASE: &[Choice] = &[
            choice(erase_ground::NOT_NEEDED, M::EraseNotNeeded),
            choice(erase_ground::CONSENT, M::EraseConsent),
            choice(erase_ground::OBJECTION, M::EraseObjection),
            choice(erase_ground::UNLAWFUL, M::EraseUnlawful),
            choice(erase_ground::LEGAL_DUTY, M::EraseLegalDuty),
            choice(erase_ground::UNKNOWN, M::EraseUnknown),
        ];
        const RECTIFY: &[Choice] = &[
            choice(rectify_kind::WRONG, M::RectifyWrong),
            choice(rectify_kind::MISSING, M::RectifyMissing),
            choice(rectify_kind::BOTH, M::RectifyBoth),
        ];
        const RESTRICT: &[Choice] = &[
            choice(restrict_ground::ACCURACY, M::RestrictAccuracy),
            choice(restrict_ground::UNLAWFUL, M::RestrictUnlawful),
            choice(restrict_ground::CLAIMS, M::RestrictClaims),
            choice(restrict_ground::OBJECTION, M::RestrictObjection),
        ];
        const CONSENT: &[Choice] = &[
            choice(consent_topic::PHOTO, M::ConsentPhoto),
            choice(consent_topic::OTHER, M::ConsentOther),
        ];
        const AUTO: &[Choice] = &[
            choice(auto::LOGIC, M::AutoLogic),
            choice(auto::HUMAN, M::AutoHuman),
        ];
        const RELATION: &[Choice] = &[
            choice(relation::POA, M::RelationPoa),
            hinted(
                relation::CUSTODY,
                M::RelationCustody,
                M::RelationCustodyHint,
            ),
            hinted(
                relation::GUARDIAN,
                M::RelationGuardian,
                M::RelationGuardianHint,
            ),
        ];
        const ROUTE: &[Choice] = &[
            hinted(
                route::DIGITAL_POST,
                M::RouteDigitalPost,
                M::RouteDigitalPostHint,
            ),
            hinted(route::EMAIL, M::RouteEmail, M::RouteEmailHint),
        ];
        const FOLLOW: &[Choice] = &[
            hinted(follow::REMINDER, M::FollowReminder, M::FollowReminderHint),
            hinted(
                follow::COMPLAINT,
                M::FollowComplaint,
                M::FollowComplaintHint,
            ),
        ];
        const OUTCOME: &[Choice] = &[
            choice(outcome::REFUSED, M::OutcomeRefused),
            choice(outcome::PARTIAL, M::OutcomePartial),
            choice(outcome::EXTENDED, M::OutcomeExtended),
            choice(outcome::EXTENDED_LATE, M::OutcomeExtendedLate),
            choice(outcome::NONE, M::OutcomeNone),
        ];
        const COMPLAINT_ROUTE: &[Choice] = &[
            hinted(
                route::DIGITAL_POST,
                M::ComplaintRouteDp,
                M::ComplaintRouteDpHint,
            ),
            hinted(
                route::EMAIL,
                M::ComplaintRouteEmail,
                M::ComplaintRouteEmailHint,
            ),
            hinted(route::WEB, M::ComplaintRouteWeb, M::ComplaintRouteWebHint),
        ];
        match self {
            FollowKind => FOLLOW,
            Outcome => OUTCOME,
            ComplaintRoute => COMPLAINT_ROUTE,
            GuideWrong | GuideDelete | GuideConsent | GuideStop | GuideOrigin | OrigExtended
            | EmployeeIt | OutcomeInformed => YES_NO,
            RectifyKind => RECTIFY,
            Who => WHO,
            EraseGround => ERASE,
            RestrictGround => RESTRICT,
            ConsentTopic => CONSENT,
            AutoRequests => AUTO,
            Relation => RELATION,
            Route => ROUTE,
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fields::Control;

    #[test]
    fn every_choice_question_has_options_and_no_typed_one_has() {
        for f in Field::ALL {
            let group = matches!(f.spec().control, Control::Radios | Control::Checks);
            let rights = matches!(f, Field::Right | Field::OrigRight);
            assert_eq!(
                f.choices().is_empty(),
                !group || rights,
                "{f:?}: options only for the choice questions with fixed options"
            );
        }
    }
}
