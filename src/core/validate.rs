//! Checking one answer against its question's rules: required, length, format (CPR number,
//! e-mail and phone: `contact.rs`, a past date) and one of the offered options. Plain data in, a [`Problem`]
//! out; `questions.rs` gathers a step's problems into the one list the view draws both the
//! error summary and the inline messages from.

use crate::core::contact::{looks_like_email, phone_problem};
use crate::core::cpr::{self, CprError};
use crate::core::date::Date;
use crate::core::date_input::{parse_date, DateError};
use crate::core::fields::{Field, Format};
use crate::core::periods::day_after;
use crate::core::text::{fill, Lang, Msg};
use validator::ValidateLength;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Required and empty, or a choice that is not one of the options.
    Missing(Msg),
    /// Longer than the field's limit.
    TooLong { max: u64, len: u64 },
    /// The wrong form (CPR, e-mail, phone, date).
    Invalid(Msg),
    /// A reminder (or, with `complaint`, a complaint about no answer) before the
    /// municipality's period has ended: `deadline` is its last day, `ends_today` says that
    /// day is today.
    NotYet {
        deadline: Date,
        complaint: bool,
        ends_today: bool,
    },
}

impl Problem {
    pub fn text(self, lang: Lang) -> String {
        match self {
            Problem::Missing(m) | Problem::Invalid(m) => m.get(lang).to_string(),
            Problem::NotYet {
                deadline,
                complaint,
                ends_today,
            } => fill(
                match (complaint, ends_today) {
                    (false, false) => Msg::OrigDateNotYet,
                    (false, true) => Msg::OrigDateNotYetToday,
                    (true, false) => Msg::OutcomeNotYet,
                    (true, true) => Msg::OutcomeNotYetToday,
                }
                .get(lang),
                &[
                    ("date", &deadline.long_with_weekday(lang)),
                    ("next", &day_after(deadline).long_with_weekday(lang)),
                ],
            ),
            Problem::TooLong { max, len } => fill(
                Msg::TooLong.get(lang),
                &[("max", &max.to_string()), ("n", &len.to_string())],
            ),
        }
    }
}

/// Checks one field's value. `allowed` lists the valid values of a radio or checkbox group;
/// `required` is the message when it must be answered and is empty.
pub fn check(
    field: Field,
    value: &str,
    allowed: &[&str],
    required: Option<Msg>,
    today: Date,
) -> Option<Problem> {
    let spec = field.spec();
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return required.map(Problem::Missing);
    }
    if !allowed.is_empty() {
        let all_known = trimmed.split(',').all(|v| allowed.contains(&v));
        return (!all_known).then(|| Problem::Missing(required.unwrap_or(Msg::RightMissing)));
    }
    if !value.validate_length(None, Some(spec.max), None) {
        return Some(Problem::TooLong {
            max: spec.max,
            len: value.chars().count() as u64,
        });
    }
    let other = field == Field::OtherCpr;
    match spec.format {
        Format::Free => None,
        Format::Email => {
            (!looks_like_email(trimmed)).then_some(Problem::Invalid(Msg::EmailInvalid))
        }
        Format::Phone => phone_problem(trimmed).map(Problem::Invalid),
        Format::PastDate => match parse_date(trimmed) {
            Err(e) => Some(Problem::Invalid(match e {
                DateError::NotADate => Msg::OrigDateInvalid,
                DateError::NoYear => Msg::OrigDateNoYear,
                DateError::UnknownMonth => Msg::OrigDateMonth,
                DateError::Impossible => Msg::OrigDateImpossible,
            })),
            Ok(d) if d > today => Some(Problem::Invalid(Msg::OrigDateFuture)),
            Ok(_) => None,
        },
        Format::Cpr => match cpr::parse(trimmed, today) {
            Ok(_) => None,
            Err(e) => Some(Problem::Invalid(match (e, other) {
                (CprError::Format, false) => Msg::CprFormat,
                (CprError::ImpossibleDate, false) => Msg::CprDate,
                (CprError::FutureBirth, false) => Msg::CprFuture,
                (CprError::Format, true) => Msg::OtherCprFormat,
                (CprError::ImpossibleDate, true) => Msg::OtherCprDate,
                (CprError::FutureBirth, true) => Msg::OtherCprFuture,
            })),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::EXAMPLE_TODAY;

    #[test]
    fn required_fields_say_what_to_do() {
        assert_eq!(
            check(Field::Name, "  ", &[], Field::Name.spec().required, TODAY),
            Some(Problem::Missing(Msg::NameMissing))
        );
        assert_eq!(
            Problem::Missing(Msg::NameMissing).text(Lang::Da),
            "Skriv dit fulde navn"
        );
        assert_eq!(
            check(Field::Cpr, "", &[], Field::Cpr.spec().required, TODAY),
            None,
            "CPR is optional"
        );
    }

    #[test]
    fn lengths_are_counted_in_characters() {
        let long = "æ".repeat(201);
        assert_eq!(
            check(Field::Name, &long, &[], Field::Name.spec().required, TODAY),
            Some(Problem::TooLong { max: 200, len: 201 })
        );
        assert_eq!(
            check(
                Field::Name,
                &"æ".repeat(200),
                &[],
                Field::Name.spec().required,
                TODAY
            ),
            None
        );
        assert_eq!(
            Problem::TooLong { max: 200, len: 201 }.text(Lang::Da),
            "Teksten må højst være 200 tegn. Du har skrevet 201."
        );
        // The numbers as the character count writes them.
        assert_eq!(
            Problem::TooLong {
                max: 2000,
                len: 2012
            }
            .text(Lang::En),
            "The text must be 2000 characters or fewer. You have written 2012."
        );
    }

    #[test]
    fn cpr_messages_name_the_problem() {
        assert_eq!(
            check(
                Field::Cpr,
                "300299-1234",
                &[],
                Field::Cpr.spec().required,
                TODAY
            ),
            Some(Problem::Invalid(Msg::CprDate))
        );
        assert_eq!(
            check(Field::Cpr, "12345", &[], Field::Cpr.spec().required, TODAY),
            Some(Problem::Invalid(Msg::CprFormat))
        );
        assert_eq!(
            check(
                Field::OtherCpr,
                "010150-5000",
                &[],
                Field::OtherCpr.spec().required,
                TODAY
            ),
            Some(Problem::Invalid(Msg::OtherCprFuture))
        );
        assert_eq!(
            check(
                Field::Cpr,
                "010160 0000",
                &[],
                Field::Cpr.spec().required,
                TODAY
            ),
            None
        );
    }

    #[test]
    fn e_mail_and_phone_answers_get_their_messages() {
        let email = |v: &str| check(Field::Email, v, &[], None, TODAY);
        assert_eq!(email("mette@søholm.dk"), None);
        assert_eq!(
            email("mette@søholm"),
            Some(Problem::Invalid(Msg::EmailInvalid))
        );
        let phone = |v: &str| check(Field::Phone, v, &[], None, TODAY);
        assert_eq!(phone("(+45) 20 30 40 50"), None);
        assert_eq!(
            phone("0101 80 1234"),
            Some(Problem::Invalid(Msg::PhoneLooksLikeCpr))
        );
        assert_eq!(phone("20 30 40"), Some(Problem::Invalid(Msg::PhoneInvalid)));
    }

    #[test]
    fn choices_must_be_known() {
        assert_eq!(
            check(
                Field::Route,
                "email",
                &["digital-post", "email"],
                Field::Route.spec().required,
                TODAY
            ),
            None
        );
        assert_eq!(
            check(
                Field::Route,
                "fax",
                &["digital-post", "email"],
                Field::Route.spec().required,
                TODAY
            ),
            Some(Problem::Missing(Msg::RouteMissing))
        );
        assert_eq!(
            check(
                Field::AutoRequests,
                "logic,human",
                &["logic", "human"],
                Field::AutoRequests.spec().required,
                TODAY
            ),
            None
        );
    }
}
