//! Checking one answer against its question's rules: required, length, format (CPR number,
//! e-mail, phone, a past date) and one of the offered options. Plain data in, a [`Problem`]
//! out; `questions.rs` gathers a step's problems into the one list the view draws both the
//! error summary and the inline messages from.

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

/// A small structural e-mail check (validator's `email` feature costs ~124 KB brotli):
/// something@domain.tld, no spaces, one @. Deliberately lenient; the citizen knows their address.
pub fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && !local.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains(|c: char| "()<>[],;:\\\"".contains(c))
}

/// A phone number, Danish or foreign: digits, spaces, hyphens, slashes, dots and brackets,
/// with one `+` in front (`+46 70 123 45 67`, `030/1234567`, `+44 (0)20 7946 0958`); 8 to 15
/// digits (E.164 allows 15 after the country code's `+`), two more when it starts with the
/// international prefix `00`.
pub fn looks_like_phone(s: &str) -> bool {
    let s = s.trim();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let rest_ok = s.char_indices().all(|(i, c)| {
        c.is_ascii_digit() || c.is_whitespace() || "-/.()".contains(c) || (c == '+' && i == 0)
    });
    let max = if s.starts_with("00") { 17 } else { 15 };
    rest_ok && s.chars().any(|c| c.is_ascii_digit()) && (8..=max).contains(&digits)
}

/// The phone field's problem, if any. A phone number is not free text: it is checked as a
/// phone number and never masked, so a value written the way a CPR number is written
/// (`010180-1234`, `0101801234`: [`cpr::find_cpr_like`]) is refused here instead, asking for
/// the phone number (a foreign one with its country code, which the detector leaves alone).
pub fn phone_problem(s: &str) -> Option<Msg> {
    if !cpr::find_cpr_like(s).is_empty() {
        Some(Msg::PhoneLooksLikeCpr)
    } else if !looks_like_phone(s) {
        Some(Msg::PhoneInvalid)
    } else {
        None
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
    fn email_and_phone_shapes() {
        for ok in [
            "a@b.dk",
            "jens.hansen+kommune@mail.example.com",
            "æ@ø.dk",
            " a@b.dk ",
        ] {
            assert!(looks_like_email(ok), "{ok}");
        }
        for bad in [
            "a", "a@b", "a @b.dk", "@b.dk", "a@.dk", "a@b.dk.", "a@b..dk", "a@b,c.dk",
        ] {
            assert!(!looks_like_email(bad), "{bad}");
        }
        for ok in ["56 57 57 57", "+45 56575757", "+45 56-57-57-57"] {
            assert!(looks_like_phone(ok), "{ok}");
        }
        for bad in ["123", "phone", "56 57 57 57 ext 2", "4+5 56575757"] {
            assert!(!looks_like_phone(bad), "{bad}");
        }
    }

    #[test]
    fn the_phone_field_takes_foreign_numbers_and_refuses_cpr_numbers() {
        let phone = |v: &str| check(Field::Phone, v, &[], None, TODAY);
        for ok in [
            "070 123 45 67",
            "070-123 45 67",
            "+46 70 123 45 67",
            "+46 (0)70 123 45 67",
            "0046 70 123 45 67",
            "+46 0701234567",
            "+49 30 12345678",
            "030/1234567",
            "+44 20 7946 0958",
            "+44 (0)20 7946 0958",
            "+47 412 34 567",
            "+45 12 34 56 78",
            "12345678",
            "+1 (555) 123-4567",
            "06.12.34.56.78",
            "+33 6 01 02 03 04",
            "+358 40 1234567",
            "+45\u{00A0}56\u{00A0}57\u{00A0}57\u{00A0}57",
        ] {
            assert_eq!(phone(ok), None, "{ok}");
        }
        for cpr in [
            "010180-1234",
            "0101801234",
            "01.01.80-1234",
            "610180 1234",
            "010180/1234",
        ] {
            assert_eq!(
                phone(cpr),
                Some(Problem::Invalid(Msg::PhoneLooksLikeCpr)),
                "{cpr}"
            );
        }
        for bad in [
            "1234567",
            "+46 70 123 45 67 89 01 23",
            "56 57 57 57 lokal 2",
            "56+575757",
            "++4556575757",
            "--------",
            "tlf. 56 57 57 57",
        ] {
            assert_eq!(
                phone(bad),
                Some(Problem::Invalid(Msg::PhoneInvalid)),
                "{bad}"
            );
        }
        assert!(Problem::Invalid(Msg::PhoneLooksLikeCpr)
            .text(Lang::En)
            .contains("country code"));
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
