//! Ten digits as people write a CPR number (`docs/sources.md#cpr-modulus11`,
//! `docs/sources.md#cpr-erstatning`): one reading of the ways of writing it, shared by the CPR
//! field (`cpr::parse`) and the detector that keeps CPR numbers out of e-mail
//! (`cpr::find_cpr_like`). Only the shape is read here; whether the first six digits are a
//! real date is [`birth_date`].
//!
//! Two readings:
//!
//! * **The usual forms** ([`shape_at`]): the date part as six digits (`010180`), or day, month
//!   and two-digit year with the same separator twice: dots, dashes, slashes or single spaces
//!   (`01.01.80`, `01-01-80`, `01/01/80`, `01 01 80`), or the four-digit year (`01.01.1980`,
//!   `01 01 1980`) when it agrees with the century the 7th digit gives; then nothing (after
//!   six digits only), a dot, up to three spaces, or a dash or slash with up to two spaces
//!   either side (`010180 - 1234`); then the four-digit serial, or `12 34` after a date part
//!   written in pairs with spaces.
//! * **Any grouping** ([`grouping_at`]): the ten digits in two to five groups with one kind of
//!   separator between all of them (`0101-80-1234`, `0101 80 1234`, `01 0180 1234`,
//!   `010 180 1234`, `0101801 234`, `01.01.80.12.34`), or twelve digits with the four-digit
//!   year as a group of its own (`0101 1980 1234`, `01011980 1234`) agreeing with the 7th
//!   digit. Separator kinds: spaces (one to three, no-break spaces too, not a line break), a
//!   dot, a dash (any dash, up to two spaces either side), a slash (the same).
//!
//! Invisible format characters are removed before reading (`invisible.rs`).

use crate::core::date::Date;

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

/// Hyphen-like characters people and word processors put in a number: hyphen-minus, the
/// Unicode hyphens and dashes, the minus sign, and the small and full-width hyphen-minus.
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2014}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// A space inside a number: any white space but a line break (a number written in groups
/// sits on one line).
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        && !matches!(
            c,
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
}

/// The kind of a separator between digit groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sep {
    Dot,
    Dash,
    Slash,
    Space,
}

impl Sep {
    pub const ALL: [Sep; 4] = [Sep::Space, Sep::Dot, Sep::Dash, Sep::Slash];
}

/// The kind of a one-character separator.
pub fn sep(c: char) -> Option<Sep> {
    match c {
        '.' => Some(Sep::Dot),
        '/' => Some(Sep::Slash),
        c if is_dash(c) => Some(Sep::Dash),
        c if c.is_whitespace() => Some(Sep::Space),
        _ => None,
    }
}

/// The separator between two groups starting at `k`, and where the next group starts: one to
/// three spaces; a dot; or a dash or slash with up to two spaces either side. `None` if no
/// digit follows it.
pub fn separator_at(c: &[char], k: usize) -> Option<(Sep, usize)> {
    let spaces = |from: usize, max: usize| {
        let mut k = from;
        while k - from < max && c.get(k).copied().is_some_and(is_space) {
            k += 1;
        }
        k
    };
    let after = spaces(k, 3);
    let (kind, next) = match c.get(after).copied().and_then(sep) {
        Some(s @ (Sep::Dash | Sep::Slash)) if after - k <= 2 => (s, spaces(after + 1, 2)),
        Some(Sep::Dot) if after == k => (Sep::Dot, k + 1),
        _ if after > k => (Sep::Space, after),
        _ => return None,
    };
    digit_at(c, next).map(|_| (kind, next))
}

/// True if a separator of `kind` ends right before `i` with a digit before it: the digits at
/// `i` continue a number written in groups of that kind.
pub fn continues(c: &[char], i: usize, kind: Sep) -> bool {
    (i.saturating_sub(8)..i)
        .any(|k| k > 0 && digit_at(c, k - 1).is_some() && separator_at(c, k) == Some((kind, i)))
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
    /// Read by [`grouping_at`], not as one of the usual forms: written the way phone
    /// numbers and other numbers are written too.
    pub any_grouping: bool,
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
pub fn digit_at(c: &[char], k: usize) -> Option<u32> {
    c.get(k)
        .and_then(|ch| ch.to_digit(10).filter(|_| ch.is_ascii_digit()))
}

/// Reads a CPR number written in one of the usual forms (module documentation) from the start
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
        if digit(8).is_some() {
            return with_full_year(c, d, 8, date_sep);
        }
    }
    let len = serial(c, k, date_sep, &mut d)?;
    Some(Shape {
        digits: d,
        len,
        spaced_pairs: date_sep == Some(Sep::Space),
        any_grouping: false,
    })
}

/// The century written in a four-digit year (`19` of `1980`) agrees with the one the 7th
/// digit gives: `01.01.1980-1234`, not `14.10.2026 1430` (a date and a time).
fn century_agrees(century: u32, d: &[u32; 10]) -> bool {
    century_year(d[4] * 10 + d[5], d[6]) == (century * 100 + d[4] * 10 + d[5]) as i32
}

/// The date part with a four-digit year: `d[4..6]` holds the century as written, the last
/// two digits of the year are at `at`. The century must agree ([`century_agrees`]).
fn with_full_year(c: &[char], mut d: [u32; 10], at: usize, date_sep: Option<Sep>) -> Option<Shape> {
    let digit = |k: usize| digit_at(c, k);
    let century = d[4] * 10 + d[5];
    d[4] = digit(at)?;
    d[5] = digit(at + 1)?;
    // A separator is required between a four-digit year and the serial.
    let date_sep = date_sep.or(Some(Sep::Dash));
    let len = serial(c, at + 2, date_sep, &mut d)?;
    century_agrees(century, &d).then_some(Shape {
        digits: d,
        len,
        spaced_pairs: false,
        any_grouping: false,
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

/// The groups of digits from the start of `c` joined by separators of `kind`, as far as they
/// go: the digits, where each group ends (in digits), and the characters taken. `None` once
/// there are more than twelve digits: a longer number.
fn groups(c: &[char], kind: Sep) -> Option<(Vec<u32>, Vec<usize>, usize)> {
    let mut digits = Vec::new();
    let mut ends = Vec::new();
    let mut k = 0;
    loop {
        while let Some(n) = digit_at(c, k) {
            digits.push(n);
            k += 1;
        }
        if digits.len() > 12 {
            return None;
        }
        ends.push(digits.len());
        match separator_at(c, k) {
            Some((s, next)) if s == kind => k = next,
            _ => return Some((digits, ends, k)),
        }
    }
}

/// Reads a CPR number written in any grouping with separators of `kind` (module
/// documentation) from the start of `c`, which must start with a digit. The groups go as far
/// as that kind of separator joins them: more digits make it another number. Only the shape
/// is checked, not the date, nor what comes before.
pub fn grouping_at(c: &[char], kind: Sep) -> Option<Shape> {
    let (digits, ends, len) = groups(c, kind)?;
    let groups = ends.len();
    if !(2..=5).contains(&groups) {
        return None;
    }
    let mut d = [0u32; 10];
    match digits.len() {
        10 => d.copy_from_slice(&digits),
        // DDMMYYYY SSSS: the year a group of its own, the serial after it.
        12 if ends.contains(&8) && ends.iter().all(|e| [2, 4, 8, 10, 12].contains(e)) => {
            d[..4].copy_from_slice(&digits[..4]);
            d[4..].copy_from_slice(&digits[6..]);
            if !century_agrees(digits[4] * 10 + digits[5], &d) {
                return None;
            }
        }
        _ => return None,
    }
    Some(Shape {
        digits: d,
        len,
        spaced_pairs: false,
        any_grouping: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn any_grouping_of_the_ten_digits_with_one_kind_of_separator() {
        for (text, kind) in [
            ("0101-80-1234", Sep::Dash),
            ("0101 80 1234", Sep::Space),
            ("01 01 80 12 34", Sep::Space),
            ("01 0180 1234", Sep::Space),
            ("010 180 1234", Sep::Space),
            ("0101801 234", Sep::Space),
            ("01.01.80.12.34", Sep::Dot),
            ("0101 / 80 / 1234", Sep::Slash),
            ("0101 – 80 – 1234", Sep::Dash),
            ("0101\u{a0}80\u{a0}1234", Sep::Space),
            ("0101 1980 1234", Sep::Space),
            ("01-01-1980-12-34", Sep::Dash),
        ] {
            let shape = grouping_at(&chars(text), kind).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(shape.len, text.chars().count(), "{text:?}");
            assert_eq!(shape.digits, [0, 1, 0, 1, 8, 0, 1, 2, 3, 4], "{text:?}");
        }
        for (text, kind) in [
            // one group, six groups, a longer number, mixed kinds, a line break
            ("0101801234", Sep::Space),
            ("01 01 80 1 2 34", Sep::Space),
            ("0101 80 1234 5", Sep::Space),
            ("0101-80 1234", Sep::Dash),
            ("0101\n80\n1234", Sep::Space),
            ("0101    80 1234", Sep::Space),
            // twelve digits: the year not a group of its own, or another century
            ("01 01 19 80 12 34", Sep::Space),
            ("0101 2080 1234", Sep::Space),
        ] {
            assert!(grouping_at(&chars(text), kind).is_none(), "{text:?}");
        }
    }

    #[test]
    fn a_number_continues_across_a_separator_of_its_kind_only() {
        let c = chars("12 0101-80");
        assert!(continues(&c, 3, Sep::Space));
        assert!(!continues(&c, 3, Sep::Dash));
        assert!(continues(&c, 8, Sep::Dash));
        assert!(!continues(&chars("ab 01"), 3, Sep::Space));
    }
}
