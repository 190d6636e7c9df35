//! CPR numbers (personnummer), after CPR-kontoret's rules as summarised in DOMAIN.md.
//!
//! * Accepted forms: `DDMMYY-SSSS`, `DDMMYYSSSS`, and either with spaces.
//! * Digits 1–6 are the birth date; the 7th digit and the year give the century.
//! * Impossible dates and future births are rejected with their own message.
//! * The modulus-11 check is **never** applied: since 2007 valid numbers fail it.

use crate::core::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CprError {
    /// Not ten digits after removing one hyphen and spaces.
    Format,
    /// The first six digits are not a real date (e.g. 300299).
    ImpossibleDate,
    /// The birth date lies after today.
    FutureBirth,
}

/// A CPR number that passed the checks, normalised to `DDMMYY-SSSS`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cpr {
    pub normalised: String,
    pub birth: Date,
}

/// The full birth year from the two-digit year and the 7th digit.
pub fn century_year(yy: u32, seventh: u32) -> i32 {
    let yy = yy as i32;
    match seventh {
        0..=3 => 1900 + yy,
        4 | 9 => {
            if yy <= 36 {
                2000 + yy
            } else {
                1900 + yy
            }
        }
        _ => {
            if yy <= 57 {
                2000 + yy
            } else {
                1800 + yy
            }
        }
    }
}

/// Strips spaces and one hyphen; returns the ten digits or `None`.
/// Hyphen-like characters people and word processors put in a CPR number.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

fn digits(input: &str) -> Option<Vec<u32>> {
    let trimmed: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    let mut hyphens = 0;
    let mut out = Vec::with_capacity(10);
    for (i, c) in trimmed.chars().enumerate() {
        if is_dash(c) {
            hyphens += 1;
            if hyphens > 1 || i != 6 {
                return None;
            }
        } else {
            out.push(c.to_digit(10).filter(|_| c.is_ascii_digit())?);
        }
    }
    (out.len() == 10).then_some(out)
}

pub fn parse(input: &str, today: Date) -> Result<Cpr, CprError> {
    let d = digits(input).ok_or(CprError::Format)?;
    let day = d[0] * 10 + d[1];
    let month = d[2] * 10 + d[3];
    let yy = d[4] * 10 + d[5];
    let year = century_year(yy, d[6]);
    let birth = Date::new(year, month, day).ok_or(CprError::ImpossibleDate)?;
    if birth > today {
        return Err(CprError::FutureBirth);
    }
    let s: String = d.iter().map(|n| char::from(b'0' + *n as u8)).collect();
    Ok(Cpr {
        normalised: format!("{}-{}", &s[..6], &s[6..]),
        birth,
    })
}

/// True if `text` contains something shaped like a CPR number: six digits that form a real
/// date, then optionally a hyphen or space, then four digits, not inside a longer run of
/// digits. Used to keep CPR numbers out of e-mail and to warn about them.
pub fn find_cpr_like(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let before_is_digit = i > 0 && chars[i - 1].1.is_ascii_digit();
        if !before_is_digit {
            if let Some(len) = cpr_at(&chars[i..]) {
                let start = chars[i].0;
                let end = chars.get(i + len).map_or(text.len(), |c| c.0);
                found.push((start, end));
                i += len;
                continue;
            }
        }
        i += 1;
    }
    found
}

fn cpr_at(chars: &[(usize, char)]) -> Option<usize> {
    let digit = |k: usize| {
        chars
            .get(k)
            .and_then(|c| c.1.to_digit(10).filter(|_| c.1.is_ascii_digit()))
    };
    let space = |k: usize| chars.get(k).is_some_and(|c| c.1.is_whitespace());
    // Ten digits; a single space may stand between any two (01 01 80 12 34), and between the
    // date and the serial any spaces and one dash of any kind (010180 – 1234).
    let mut d = Vec::with_capacity(10);
    let mut k = 0;
    for n in 0..10 {
        if n == 6 {
            while space(k) {
                k += 1;
            }
            if chars.get(k).is_some_and(|c| is_dash(c.1)) {
                k += 1;
            }
            while space(k) {
                k += 1;
            }
        } else if n > 0 && space(k) && digit(k + 1).is_some() {
            k += 1;
        }
        d.push(digit(k)?);
        k += 1;
    }
    if digit(k).is_some() {
        return None;
    }
    let year = century_year(d[4] * 10 + d[5], d[6]);
    Date::new(year, d[2] * 10 + d[3], d[0] * 10 + d[1])?;
    Some(k)
}

/// Replaces every CPR-shaped number in `text` by `replacement`.
pub fn mask_cpr_like(text: &str, replacement: &str) -> (String, bool) {
    let spans = find_cpr_like(text);
    if spans.is_empty() {
        return (text.to_string(), false);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (s, e) in spans {
        out.push_str(&text[last..s]);
        out.push_str(replacement);
        last = e;
    }
    out.push_str(&text[last..]);
    (out, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 23,
    };

    #[test]
    fn cpr_table() {
        use CprError::*;
        type Birth = Result<(i32, u32, u32), CprError>;
        let table: &[(&str, Birth)] = &[
            ("010180-1234", Ok((1980, 1, 1))),
            ("0101801234", Ok((1980, 1, 1))),
            ("010180 1234", Ok((1980, 1, 1))),
            (" 01 01 80 - 12 34 ", Ok((1980, 1, 1))),
            ("010180\u{a0}1234", Ok((1980, 1, 1))),
            ("010180–1234", Ok((1980, 1, 1))),
            // 7th digit 4 or 9: 2000–2036 if YY <= 36, else 1937–1999
            ("010110-4000", Ok((2010, 1, 1))),
            ("010140-4000", Ok((1940, 1, 1))),
            ("010136-9000", Err(FutureBirth)), // 2036
            ("010199-9000", Ok((1999, 1, 1))),
            // 7th digit 5–8: 2000–2057 if YY <= 57, else 1858–1899
            ("010120-5000", Ok((2020, 1, 1))),
            ("010160-8000", Ok((1860, 1, 1))),
            // 0–3: 1900s
            ("311299-3999", Ok((1999, 12, 31))),
            // leap years: 2000 was one, 2001 was not
            ("290200-4000", Ok((2000, 2, 29))),
            ("290200-1000", Err(ImpossibleDate)), // 1900 was no leap year
            ("290201-4000", Err(ImpossibleDate)),
            ("300299-1234", Err(ImpossibleDate)),
            ("310490-1234", Err(ImpossibleDate)),
            ("000000-0000", Err(ImpossibleDate)),
            ("321280-1234", Err(ImpossibleDate)),
            // future birth
            ("241126-4000", Err(FutureBirth)),
            ("231126-4000", Ok((2026, 11, 23))),
            ("010150-5000", Err(FutureBirth)),
            // format
            ("", Err(Format)),
            ("01018-1234", Err(Format)),
            ("010180-12345", Err(Format)),
            ("0101-80-1234", Err(Format)),
            ("01018O-1234", Err(Format)),
            ("٠١٠١٨٠١٢٣٤", Err(Format)),
            ("abcdefghij", Err(Format)),
        ];
        for (input, want) in table {
            let got = parse(input, TODAY).map(|c| (c.birth.year, c.birth.month, c.birth.day));
            assert_eq!(&got, want, "input {input:?}");
        }
    }

    #[test]
    fn numbers_failing_modulus_11_are_accepted() {
        // 010160-0000 weighted sum: 0*4+1*3+0*2+1*7+6*6+0*5+0*4+0*3+0*2+0*1 = 46, not % 11.
        let weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        let n = "0101600000";
        let sum: u32 = n
            .chars()
            .zip(weights)
            .map(|(c, w)| c.to_digit(10).unwrap() * w)
            .sum();
        assert_ne!(sum % 11, 0);
        assert_eq!(parse(n, TODAY).unwrap().normalised, "010160-0000");
    }

    #[test]
    fn finds_and_masks_cpr_like_numbers_in_text() {
        let (masked, hit) = mask_cpr_like("Mit nr. er 010180-1234, og 0101801234.", "[X]");
        assert!(hit);
        assert_eq!(masked, "Mit nr. er [X], og [X].");
        let (masked, hit) = mask_cpr_like("Sag 12345678901 og 300299-1234 og tlf 56575757", "[X]");
        assert!(!hit, "{masked}");
        assert!(find_cpr_like("ref 010180 1234").len() == 1);
        for written in [
            "010180–1234",
            "010180 - 1234",
            "010180\u{a0}1234",
            "01 01 80 12 34",
            "010180\u{2011}1234",
        ] {
            let (masked, hit) = mask_cpr_like(&format!("nr. {written}."), "[X]");
            assert!(hit, "{written:?}");
            assert_eq!(masked, "nr. [X].");
        }
        assert!(
            find_cpr_like("tlf 56 57 57 57 12 34").is_empty(),
            "day 56 is no date"
        );
        assert_eq!(
            mask_cpr_like("mit nr 0101801234 5 gange", "[X]").0,
            "mit nr [X] 5 gange"
        );
        assert!(find_cpr_like("æøå 010180-1234 æøå").len() == 1);
    }
}
