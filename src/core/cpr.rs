//! CPR numbers (personnummer), after CPR-kontoret's rules (`docs/sources.md#cpr-modulus11`,
//! `docs/sources.md#cpr-erstatning`).
//!
//! * Digits 1–6 are the birth date; the 7th digit and the year give the century.
//! * An erstatningspersonnummer (a substitute number for people without a CPR number) has 6
//!   added to the first digit of the day (the 7th becomes 67); it counts as a CPR number.
//! * Impossible dates and future births are rejected with their own message.
//! * The modulus-11 check is **never** applied: since 2007 valid numbers fail it.
//!
//! One reading of the ways people write a CPR number ([`shape_at`]) serves both the CPR field
//! ([`parse`]) and the detector that keeps CPR numbers out of e-mail ([`find_cpr_like`]):
//!
//! * the date part as six digits (`010180`), or day, month and two-digit year with the same
//!   separator twice: dots, dashes, slashes or single spaces (`01.01.80`, `01-01-80`,
//!   `01/01/80`, `01 01 80`), or the four-digit year with dots, dashes or slashes
//!   (`01.01.1980`) when it agrees with the century the 7th digit gives;
//! * then nothing (after six digits only), a dot, or up to three spaces, or a dash or slash
//!   with up to two spaces either side (`010180 - 1234`);
//! * then the four-digit serial, or `12 34` after a date part written in pairs with spaces;
//! * Unicode format characters (direction marks, zero-width spaces) anywhere are ignored.

use crate::core::date::Date;
use crate::core::invisible::is_invisible;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CprError {
    /// Not one of the ways of writing ten digits described in the module documentation.
    Format,
    /// The first six digits are not a real date (e.g. 300299), also after taking 6 from the
    /// first digit of an erstatningspersonnummer's day.
    ImpossibleDate,
    /// The birth date lies after today.
    FutureBirth,
}

/// A CPR number that passed the checks, normalised to `DDMMYY-SSSS`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cpr {
    pub normalised: String,
    pub birth: Date,
    /// An erstatningspersonnummer: the day's first digit was raised by 6.
    pub substitute: bool,
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

/// Hyphen-like characters people and word processors put in a CPR number.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

/// The kind of a separator between digit groups.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sep {
    Dot,
    Dash,
    Slash,
    Space,
}

fn sep(c: char) -> Option<Sep> {
    match c {
        '.' => Some(Sep::Dot),
        '/' => Some(Sep::Slash),
        c if is_dash(c) => Some(Sep::Dash),
        c if c.is_whitespace() => Some(Sep::Space),
        _ => None,
    }
}

/// Ten digits read from text, and how they were written.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Day, month, two-digit year, serial.
    pub digits: [u32; 10],
    /// How many characters (of the slice given to [`shape_at`]) the number takes.
    pub len: usize,
    /// Written in pairs with single spaces (`01 01 80 …`), the way phone numbers are.
    pub spaced_pairs: bool,
}

/// The birth date the ten digits give, with the day of an erstatningspersonnummer lowered by
/// 60; `None` if it is no real date. The second value is true for an erstatningspersonnummer.
pub fn birth_date(d: &[u32; 10]) -> Option<(Date, bool)> {
    let mut day = d[0] * 10 + d[1];
    let substitute = day > 60;
    if substitute {
        day -= 60;
    }
    let year = century_year(d[4] * 10 + d[5], d[6]);
    Date::new(year, d[2] * 10 + d[3], day).map(|date| (date, substitute))
}

/// The ASCII digit at `k` in `c`, if there is one there (other scripts' digits do not count).
fn digit_at(c: &[char], k: usize) -> Option<u32> {
    c.get(k)
        .and_then(|ch| ch.to_digit(10).filter(|_| ch.is_ascii_digit()))
}

/// Reads a CPR number written in one of the ways in the module documentation from the start
/// of `c` (characters, format characters already removed). Only the shape is checked, not the
/// date, nor what comes before or after.
pub fn shape_at(c: &[char]) -> Option<Shape> {
    let digit = |k: usize| digit_at(c, k);
    let sep_at = |k: usize| c.get(k).copied().and_then(sep);
    let mut d = [0u32; 10];
    let k;
    // The date part.
    let mut date_sep = None;
    let contiguous = (0..6).all(|n| digit(n).is_some());
    if contiguous {
        for (n, slot) in d.iter_mut().take(6).enumerate() {
            *slot = digit(n)?;
        }
        k = 6;
        // DDMMYYYY, then a separator and the serial.
        if digit(6).is_some() && digit(7).is_some() && digit(8).is_none() {
            return with_full_year(c, d, 6, None);
        }
    } else {
        let s = sep_at(2)?;
        for (n, at) in [(0usize, 0usize), (2, 3), (4, 6)] {
            d[n] = digit(at)?;
            d[n + 1] = digit(at + 1)?;
        }
        if sep_at(5)? != s {
            return None;
        }
        k = 8;
        date_sep = Some(s);
        if s != Sep::Space && digit(8).is_some() {
            return with_full_year(c, d, 8, date_sep);
        }
    }
    let len = serial(c, k, date_sep, &mut d)?;
    Some(Shape {
        digits: d,
        len,
        spaced_pairs: date_sep == Some(Sep::Space),
    })
}

/// The date part with a four-digit year: `d[4..6]` holds the century as written, the last
/// two digits of the year are at `at`. The century must agree with the one the 7th digit
/// gives (`01.01.1980-1234`, not `14.10.2026 1430`).
fn with_full_year(c: &[char], mut d: [u32; 10], at: usize, date_sep: Option<Sep>) -> Option<Shape> {
    let digit = |k: usize| digit_at(c, k);
    let century = d[4] * 10 + d[5];
    d[4] = digit(at)?;
    d[5] = digit(at + 1)?;
    // A separator is required between a four-digit year and the serial.
    let date_sep = date_sep.or(Some(Sep::Dash));
    let len = serial(c, at + 2, date_sep, &mut d)?;
    let written = (century * 100 + d[4] * 10 + d[5]) as i32;
    (century_year(d[4] * 10 + d[5], d[6]) == written).then_some(Shape {
        digits: d,
        len,
        spaced_pairs: false,
    })
}

/// Reads the separator and the serial after the date part ending at `k`; returns the end.
fn serial(c: &[char], mut k: usize, date_sep: Option<Sep>, d: &mut [u32; 10]) -> Option<usize> {
    let digit = |k: usize| digit_at(c, k);
    let space = |k: usize| c.get(k).is_some_and(|ch| ch.is_whitespace());
    let spaces_from = |mut k: usize, max: usize| {
        let start = k;
        while space(k) && k - start < max {
            k += 1;
        }
        k
    };
    let after_spaces = spaces_from(k, 2);
    match c.get(after_spaces).copied().and_then(sep) {
        Some(Sep::Dash | Sep::Slash) => k = spaces_from(after_spaces + 1, 2),
        Some(Sep::Dot) if after_spaces == k => k += 1,
        _ if space(k) => k = spaces_from(k, 3),
        // Nothing between date and serial: only after six digits written together.
        _ if date_sep.is_none() => {}
        _ => return None,
    }
    d[6] = digit(k)?;
    d[7] = digit(k + 1)?;
    k += 2;
    // "12 34" after "01 01 80": the serial in pairs too.
    if date_sep == Some(Sep::Space) && space(k) && digit(k + 1).is_some() && digit(k + 2).is_some()
    {
        k += 1;
    }
    d[8] = digit(k)?;
    d[9] = digit(k + 1)?;
    Some(k + 2)
}

/// Checks a CPR field's value: one CPR number written in any of the ways above, nothing else
/// around it but spaces. Returns it normalised to `DDMMYY-SSSS`.
pub fn parse(input: &str, today: Date) -> Result<Cpr, CprError> {
    let chars: Vec<char> = input.chars().filter(|c| !is_invisible(*c)).collect();
    let first = chars
        .iter()
        .position(|c| !c.is_whitespace())
        .unwrap_or(chars.len());
    let last = chars
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(first, |i| i + 1);
    let chars = &chars[first..last];
    let shape = shape_at(chars)
        .filter(|s| s.len == chars.len())
        .ok_or(CprError::Format)?;
    let (birth, substitute) = birth_date(&shape.digits).ok_or(CprError::ImpossibleDate)?;
    if birth > today {
        return Err(CprError::FutureBirth);
    }
    let s: String = shape
        .digits
        .iter()
        .map(|n| char::from(b'0' + *n as u8))
        .collect();
    Ok(Cpr {
        normalised: format!("{}-{}", &s[..6], &s[6..]),
        birth,
        substitute,
    })
}

/// Every CPR number in `text`, as byte ranges: a [`shape_at`] whose date is real (an
/// erstatningspersonnummer's too), not part of a longer number. "Longer number" means:
///
/// * a digit right before or after it, or a decimal point or comma and one or two digits after
///   it (`0101801234,50 kr.`);
/// * a `+` and up to three digits and a space before it (`+46 0701234567`): a phone number
///   with its country code;
/// * written in spaced pairs (`01 01 80 12 34`) with another digit group right before or after
///   it, one space apart: phone numbers are written so (`+46 70 12 34 56 78`);
/// * ten digits written together right after a four-digit group and one space
///   (`1234 0101801234`): a bank account, registration number and account number.
///
/// Format characters are skipped while reading and lie inside the ranges, so masking a range
/// removes them too. Used to keep CPR numbers out of e-mail and to warn about them. What this
/// cannot tell apart is listed in README ("Privacy and security").
pub fn find_cpr_like(text: &str) -> Vec<(usize, usize)> {
    let indexed: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| !is_invisible(*c))
        .collect();
    let chars: Vec<char> = indexed.iter().map(|(_, c)| *c).collect();
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    let space = |k: usize| chars.get(k).is_some_and(|c| c.is_whitespace());
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let before_is_digit = i > 0 && digit(i - 1);
        let shape = if digit(i) && !before_is_digit {
            shape_at(&chars[i..]).filter(|s| birth_date(&s.digits).is_some())
        } else {
            None
        };
        let Some(shape) = shape else {
            i += 1;
            continue;
        };
        let end = i + shape.len;
        // A decimal part (",50") makes it an amount; a comma before another number is a list.
        let decimals = (1..=3).find(|&n| !digit(end + n)).unwrap_or(4) - 1;
        let longer_after = digit(end)
            || (matches!(chars.get(end), Some('.' | ',')) && (1..=2).contains(&decimals));
        let spaced_neighbour = shape.spaced_pairs
            && ((i >= 2 && space(i - 1) && digit(i - 2)) || (space(end) && digit(end + 1)));
        if longer_after
            || spaced_neighbour
            || after_country_code(&chars, i)
            || after_reg_no(&chars, i, &shape)
        {
            i += 1;
            continue;
        }
        let start = indexed[i].0;
        let (last, c) = indexed[end - 1];
        found.push((start, last + c.len_utf8()));
        i = end;
    }
    found
}

/// A `+`, up to three digits and one space or dash right before `i`, or a `+` alone.
fn after_country_code(c: &[char], i: usize) -> bool {
    if i >= 1 && c[i - 1] == '+' {
        return true;
    }
    if i < 2 || !(c[i - 1].is_whitespace() || is_dash(c[i - 1])) {
        return false;
    }
    let mut k = i - 1;
    let mut n = 0;
    while k > 0 && c[k - 1].is_ascii_digit() {
        k -= 1;
        n += 1;
    }
    (1..=3).contains(&n) && k > 0 && c[k - 1] == '+'
}

/// Ten digits written together right after a standalone four-digit group and one space: a
/// Danish bank account ("reg.nr. kontonr.").
fn after_reg_no(c: &[char], i: usize, shape: &Shape) -> bool {
    if shape.len != 10 || !c[i..i + 10].iter().all(char::is_ascii_digit) {
        return false;
    }
    if i < 5 || !c[i - 1].is_whitespace() || !c[i - 5..i - 1].iter().all(char::is_ascii_digit) {
        return false;
    }
    i == 5 || !(c[i - 6].is_ascii_digit() || sep(c[i - 6]).is_some_and(|s| s != Sep::Space))
}

/// Replaces every CPR number [`find_cpr_like`] finds in `text` by `replacement`; the second
/// value says whether there was one.
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

    const TODAY: Date = Date::EXAMPLE_TODAY;

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
            // the ways people write it: dots, dashes, slashes, spaces; invisible marks
            ("01.01.80-1234", Ok((1980, 1, 1))),
            ("01-01-80-1234", Ok((1980, 1, 1))),
            ("01/01/80 1234", Ok((1980, 1, 1))),
            ("010180/1234", Ok((1980, 1, 1))),
            ("01.01.1980-1234", Ok((1980, 1, 1))),
            ("\u{202D}010180\u{200E}-1234\u{202C}", Ok((1980, 1, 1))),
            ("\u{FEFF}0101\u{200B}801234", Ok((1980, 1, 1))),
            // erstatningspersonnumre: the day's first digit raised by 6
            ("610180-1234", Ok((1980, 1, 1))),
            ("67.03.80-1234", Ok((1980, 3, 7))),
            ("910180 1234", Ok((1980, 1, 31))),
            ("920180-1234", Err(ImpossibleDate)),
            ("600180-1234", Err(ImpossibleDate)),
            ("890201-4000", Err(ImpossibleDate)),
            // format
            ("01.01-80-1234", Err(Format)),
            ("01.01.1980-5000", Err(Format)), // 5 gives 1880: the year does not agree
            ("010180 - 1234 x", Err(Format)),
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
    fn an_erstatningspersonnummer_is_kept_as_written_and_marked() {
        let c = parse(" 61.01.80 - 1234 ", TODAY).unwrap();
        assert_eq!(c.normalised, "610180-1234");
        assert!(c.substitute);
        assert!(!parse("010180-1234", TODAY).unwrap().substitute);
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
