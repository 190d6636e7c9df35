//! An e-mail address and a phone number as a citizen types them: checked, never rewritten.
//! The phone field goes into the letter as typed, so a value the CPR detector takes for a CPR
//! number is refused there (`cpr::find_cpr_like`).

use crate::core::cpr;
use crate::core::cpr_shape::is_dash;
use crate::core::invisible::is_invisible;
use crate::core::text::Msg;

/// An e-mail address as a citizen types it: `local@domain.tld`, with a Unicode domain
/// (`mette@søholm.dk`) or local part as typed (RFC 6531) — the field is plain text, so the
/// browser never rewrites the domain to punycode (`docs/decisions.md`, "E-mail addresses").
/// One `@`; no spaces, control or format characters anywhere; nothing that could end a
/// `mailto:` part or add a header or parameter to one (`? & = % #`) or make it an address
/// list or a display name (`, ; : < > ( ) [ ] " \`); the domain dot-separated labels that
/// neither start nor end with a hyphen, the last at least two characters. Deliberately
/// lenient otherwise (validator's `email` feature costs ~124 KB brotli, and the citizen knows
/// their address).
pub fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let forbidden = |c: char| {
        c.is_whitespace()
            || c.is_control()
            || is_invisible(c)
            || "?&=%#,;:<>()[]\"\\@".contains(c)
            // full-width and ideographic look-alikes of "@" and "."
            || matches!(c, '\u{FF20}' | '\u{FE6B}' | '\u{3002}' | '\u{FF0E}' | '\u{FF61}')
    };
    let labels: Vec<&str> = domain.split('.').collect();
    !local.is_empty()
        && !local.chars().any(forbidden)
        && !domain.chars().any(forbidden)
        && labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2)
}

/// Where a phone number's country code is written: `+45`, `(+45)`, `0045`, `(0045)`. Returns
/// the code's digits and the rest, or `None` for a number without one.
fn country_code(s: &str) -> Option<(&str, &str)> {
    let bracketed = s.strip_prefix('(').and_then(|inner| {
        let (code, rest) = inner.split_once(')')?;
        Some((code, rest))
    });
    let (code, rest) = match bracketed {
        Some((code, rest)) if code.starts_with('+') || code.starts_with("00") => (code, rest),
        _ => {
            let end = s[1..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(s.len(), |i| i + 1);
            (&s[..end], &s[end..])
        }
    };
    let digits = code.strip_prefix('+').or_else(|| code.strip_prefix("00"))?;
    (!digits.is_empty() && digits.len() <= 4 && digits.chars().all(|c| c.is_ascii_digit()))
        .then_some((digits, rest))
}

/// A phone number, Danish or foreign, as people write it: digits in groups separated by
/// spaces (no-break spaces too), hyphens or other dashes, dots or slashes; a country code in
/// front as `+45`, `(+45)` or `0045`; an area code or trunk prefix in brackets (`(0)70`,
/// `(030)`). `(+45) 20 30 40 50`, `0045 2030 4050`, `20.30.40.50`, `+46 (0)70 123 45 67`,
/// `030/1234567`, `+1 (555) 123-4567`. A Danish number (`+45`) has 8 digits after the code;
/// any number 8 to 15 digits (E.164 allows 15 after the country code's `+`), not counting
/// the `00` of an international prefix.
pub fn looks_like_phone(s: &str) -> bool {
    let s = s.trim();
    let allowed =
        |c: char| c.is_ascii_digit() || c.is_whitespace() || is_dash(c) || "./()+".contains(c);
    let digits = |t: &str| t.chars().filter(char::is_ascii_digit).count();
    if s.is_empty() || !s.chars().all(allowed) || !s.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // One `+`, only at the very start or right after an opening bracket there, and a digit
    // after it.
    let plus = s.matches('+').count();
    let code_follows = s
        .split('+')
        .nth(1)
        .is_none_or(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if plus > 1 || (plus == 1 && !(s.starts_with('+') || s.starts_with("(+"))) || !code_follows {
        return false;
    }
    // Brackets: not nested, never empty, holding only digits (and a leading `+`). `inside`:
    // how many characters the open bracket holds so far.
    let mut inside: Option<usize> = None;
    for c in s.chars() {
        inside = match (c, inside) {
            ('(', None) => Some(0),
            (')', Some(n)) if n > 0 => None,
            ('+', Some(0)) => Some(0),
            (c, Some(n)) if c.is_ascii_digit() => Some(n + 1),
            (c, None) if c != ')' => None,
            _ => return false,
        };
    }
    if inside.is_some() {
        return false;
    }
    match country_code(s) {
        Some(("45", rest)) => digits(rest) == 8,
        Some((code, rest)) => (8..=15).contains(&(code.len() + digits(rest))),
        None => (8..=15).contains(&digits(s)),
    }
}

/// The phone field's problem, if any. A phone number is not free text: it is checked as a
/// phone number and never masked, so a value [`cpr::find_cpr_like`] takes for a CPR number
/// (`010180-1234`, `0101 80 1234`, and a foreign number written without its country code
/// whose first six digits are a date, `070 123 45 67`) is refused here instead, asking for
/// the phone number with its country code, which the detector leaves alone.
pub fn phone_problem(s: &str) -> Option<Msg> {
    if !cpr::find_cpr_like(s).is_empty() {
        Some(Msg::PhoneLooksLikeCpr)
    } else if !looks_like_phone(s) {
        Some(Msg::PhoneInvalid)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Lang;

    #[test]
    fn email_addresses_as_typed_with_unicode_domains() {
        for ok in [
            "a@b.dk",
            "jens.hansen+kommune@mail.example.com",
            "æ@ø.dk",
            " a@b.dk ",
            "mette@søholm.dk",
            "Mette.Sørensen@Søholm.DK",
            "jørgen@sø.dk",
            "o'brien@example.ie",
            "anna@münchen.de",
            "ivan@пример.рф",
            "li@例子.中国",
            "mette@xn--sholm-vua.dk",
            "a_b-c@sub-domain.example.dk",
        ] {
            assert!(looks_like_email(ok), "{ok}");
        }
        for bad in [
            "a",
            "a@b",
            "a @b.dk",
            "@b.dk",
            "a@.dk",
            "a@b.dk.",
            "a@b..dk",
            "a@b,c.dk",
            "a@-b.dk",
            "a@b-.dk",
            "a@b.d",
            "a@@b.dk",
            // anything that could end a mailto: part, add a header or a second address
            "a@b.dk?cc=evil@x.dk",
            "a@b.dk?subject=x",
            "a@b.dk&bcc=x",
            "a%40b@c.dk",
            "a@b.dk#x",
            "a=b@c.dk",
            "a@b.dk\r\nBcc: x",
            "a@b.dk\nx",
            "a@b.dk;c@d.dk",
            "<a@b.dk>",
            "\"Jens\" a@b.dk",
            "a@b.dk, c@d.dk",
            "a@b.dk:25",
            // invisible and look-alike characters
            "a@b\u{200B}.dk",
            "a@b\u{202E}kd.",
            "a\u{FF20}b.dk",
            "a@b\u{3002}dk",
        ] {
            assert!(!looks_like_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn phone_numbers_as_people_write_them() {
        for ok in [
            "56 57 57 57",
            "+45 56575757",
            "+45 56-57-57-57",
            "(+45) 20 30 40 50",
            "(+45)20304050",
            "+45 20 30 40 50",
            "+4520304050",
            "0045 2030 4050",
            "0045 20 30 40 50",
            "(0045) 20 30 40 50",
            "20.30.40.50",
            "20-30-40-50",
            "20–30–40–50",
            "2030 4050",
            "20\u{00A0}30\u{00A0}40\u{00A0}50",
            "20\u{202F}30\u{202F}40\u{202F}50",
            "+45 20.30.40.50",
            "+46 (0)70 123 45 67",
            "(030) 1234567",
            "+1 (555) 123-4567",
            "+44 (0)20 7946 0958",
        ] {
            assert!(looks_like_phone(ok), "{ok}");
        }
        for bad in [
            "123",
            "phone",
            "56 57 57 57 ext 2",
            "4+5 56575757",
            "+45 2030405",
            "+45 203040506",
            "0045 2030 405",
            "(+45 20 30 40 50",
            "+45) 20 30 40 50",
            "() 20 30 40 50",
            "(+) 20 30 40 50",
            "((+45)) 20 30 40 50",
            "(4a) 20 30 40 50",
            "20 30 40 50 (",
            "+(45) 20 30 40 50",
            "20 30 40 50-",
        ] {
            assert!(!looks_like_phone(bad), "{bad}");
        }
    }

    #[test]
    fn the_phone_field_takes_foreign_numbers_and_refuses_cpr_numbers() {
        let phone = phone_problem;
        for ok in [
            "070-123 45 67",
            "08-123 456 78",
            "+46 70 123 45 67",
            "+46 (0)70 123 45 67",
            "0046 70 123 45 67",
            "+46 0701234567",
            "+49 30 12345678",
            "030 12345678",
            "(030) 1234567",
            "+44 20 7946 0958",
            "+44 (0)20 7946 0958",
            "+47 412 34 567",
            "412 34 567",
            "+45 12 34 56 78",
            "12345678",
            "(+45) 20 30 40 50",
            "0045 2030 4050",
            "+1 (555) 123-4567",
            "+31 6 12345678",
            "+33 6 01 02 03 04",
            "+358 40 1234567",
            "+45\u{00A0}56\u{00A0}57\u{00A0}57\u{00A0}57",
        ] {
            assert_eq!(phone(ok), None, "{ok}");
        }
        // CPR numbers in any grouping, and foreign numbers written without their country
        // code whose first six digits are a date: asked for the number with its country code.
        for cpr in [
            "010180-1234",
            "0101801234",
            "01.01.80-1234",
            "610180 1234",
            "010180/1234",
            "0101-80-1234",
            "0101 80 1234",
            "01 01 80 12 34",
            "010 180 1234",
            "01.01.1980-1234",
            "070 123 45 67",
            "030/1234567",
            "06-12345678",
            "06.12.34.56.78",
        ] {
            assert_eq!(phone(cpr), Some(Msg::PhoneLooksLikeCpr), "{cpr}");
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
            assert_eq!(phone(bad), Some(Msg::PhoneInvalid), "{bad}");
        }
        for lang in Lang::ALL {
            assert!(Msg::PhoneLooksLikeCpr
                .get(lang)
                .contains("+46 70 123 45 67"));
        }
    }
}
