//! A date as a person types it ("14. okt. 2026", "d. 14/10-26", "October 14, 2026"), read into
//! a [`Date`] or refused with the reason, so the citizen is told what to fix.

use crate::core::chars::lower;
use crate::core::date::{Date, MONTHS_DA, MONTHS_EN};

/// Why a date typed by a person could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not recognisable as a date ("i sidste uge", "1-2-3-4", "14:10").
    NotADate,
    /// Day and month without a year ("14. oktober", "14/10").
    NoYear,
    /// A word where the month goes that is no month name or abbreviation ("14. oktobr 2026").
    UnknownMonth,
    /// Numbers that make no date ("30. februar 2026", "31-04-2026", "14-13-2026").
    Impossible,
}

#[derive(Debug, PartialEq)]
enum Token {
    /// A run of digits: its value and how many digits it had.
    Num(u32, usize),
    Word(String),
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphabetic() || "æøåÆØÅ".contains(c)
}

/// Digits and words; spaces, dots, commas, dashes and slashes separate them. `None` for any
/// other character or a number of more than four digits.
fn tokens(s: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            if digits.len() > 4 {
                return None;
            }
            out.push(Token::Num(digits.parse().ok()?, digits.len()));
        } else if is_word_char(c) {
            let mut word = String::new();
            while let Some(&l) = chars.peek().filter(|l| is_word_char(**l)) {
                word.push(lower(l));
                chars.next();
            }
            out.push(Token::Word(word));
        } else if c.is_whitespace() || ".,-/–".contains(c) {
            chars.next();
        } else {
            return None;
        }
    }
    Some(out)
}

/// Words that may stand before a date and say nothing about it: "d.", "den", a weekday.
#[rustfmt::skip]
const LEADING_WORDS: [&str; 37] = [
    "d", "den", "the", "on", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
    "søndag", "man", "tir", "tirs", "ons", "tor", "tors", "fre", "lør", "søn", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// The month a word names: a Danish or English month name, or its first three or more
/// letters ("okt", "sept", "mar", "Oct"). `None` for any other word.
fn month_of(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let mut found = None;
    for (i, (da, en)) in MONTHS_DA.iter().zip(MONTHS_EN).enumerate() {
        let en = en.to_ascii_lowercase();
        if da.starts_with(word) || en.starts_with(word) {
            if found.is_some_and(|m| m != i + 1) {
                return None;
            }
            found = Some(i + 1);
        }
    }
    found.map(|m| m as u32)
}

/// A date typed by a person, in the forms Danes write: "14. oktober 2026", "14 okt. 2026",
/// "d. 14/10-2026", "den 14.10.26", "14-10-2026", "14/10 2026", "onsdag den 14. oktober 2026",
/// ISO "2026-10-14", and in English "14 October 2026", "14th Oct 2026", "October 14, 2026".
///
/// Day before month unless a month name or a four-digit year first says otherwise. Months
/// are numbers, names or abbreviations of three or more letters, Danish or English. A
/// two-digit year is 2000–2099 (a request cannot have been sent in the 1900s under the GDPR;
/// a year still to come is refused by the caller as a future date). Whether the date is in
/// the future is the caller's check, as it depends on today.
pub fn parse_date(s: &str) -> Result<Date, DateError> {
    let mut tokens = tokens(s).ok_or(DateError::NotADate)?;
    // "d." and weekdays before the date; English ordinals ("14th") and "of" after the day.
    let lead = tokens
        .iter()
        .take_while(|t| matches!(t, Token::Word(w) if LEADING_WORDS.contains(&w.as_str())))
        .count();
    tokens.drain(..lead);
    tokens.retain(
        |t| !matches!(t, Token::Word(w) if ["st", "nd", "rd", "th", "of"].contains(&w.as_str())),
    );

    let year = |value: u32, digits: usize| match digits {
        2 => Ok(2000 + value as i32),
        4 if value >= 1900 => Ok(value as i32),
        4 => Err(DateError::Impossible),
        _ => Err(DateError::NotADate),
    };
    let day_or_month = |digits: usize| (1..=2).contains(&digits);
    let month_word = |w: &str| month_of(w).ok_or(DateError::UnknownMonth);
    let (day, month, year) = match tokens.as_slice() {
        [Token::Num(y, 4), Token::Num(m, md), Token::Num(d, dd)]
            if day_or_month(*md) && day_or_month(*dd) =>
        {
            (*d, *m, year(*y, 4)?)
        }
        [Token::Num(d, dd), Token::Num(m, md), Token::Num(y, yd)]
            if day_or_month(*dd) && day_or_month(*md) =>
        {
            (*d, *m, year(*y, *yd)?)
        }
        [Token::Num(d, dd), Token::Word(m), Token::Num(y, yd)]
        | [Token::Word(m), Token::Num(d, dd), Token::Num(y, yd)]
            if day_or_month(*dd) =>
        {
            let month = month_word(m)?;
            (*d, month, year(*y, *yd)?)
        }
        // Day and month without a year: an impossible pair ("31/9") is said first, as the
        // year would not make it right.
        [Token::Num(d, a), Token::Num(m, b)] if day_or_month(*a) && day_or_month(*b) => {
            return Err(no_year(*d, *m))
        }
        [Token::Num(d, a), Token::Word(m)] | [Token::Word(m), Token::Num(d, a)]
            if day_or_month(*a) =>
        {
            return Err(no_year(*d, month_word(m)?));
        }
        _ => return Err(DateError::NotADate),
    };
    Date::new(year, month, day).ok_or(DateError::Impossible)
}

/// The reason a day and month without a year cannot be read: [`DateError::Impossible`] if no
/// year has that day (29 February counts: leap years do), else [`DateError::NoYear`].
fn no_year(day: u32, month: u32) -> DateError {
    if Date::new(2000, month, day).is_some() {
        DateError::NoYear
    } else {
        DateError::Impossible
    }
}

/// [`parse_date`] without the reason: `None` if it is not a date.
pub fn parse_dmy(s: &str) -> Option<Date> {
    parse_date(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn parses_dates_as_danes_and_others_write_them() {
        let oct14 = Ok(d(2026, 10, 14));
        for text in [
            "14-10-2026",
            "14.10.2026",
            "14/10/2026",
            "14/10-2026",
            "14/10 2026",
            "14 10 2026",
            "14.10.26",
            "14-10-26",
            "14/10/26",
            "d. 14/10-2026",
            "d.14.10.2026",
            "den 14. oktober 2026",
            "14. oktober 2026",
            "14 oktober 2026",
            "14. Oktober 2026",
            "14 okt. 2026",
            "14. okt 2026",
            "14-okt-2026",
            "14.okt.26",
            "onsdag den 14. oktober 2026",
            "Onsdag d. 14/10 2026",
            "ons. 14.10.2026",
            "2026-10-14",
            "14 October 2026",
            "14th October 2026",
            "14th of Oct 2026",
            "October 14, 2026",
            "Oct 14th, 2026",
            "Wednesday, 14 October 2026",
            " 14 . 10 . 2026 ",
            "14\u{a0}oktober\u{a0}2026",
            "14 – 10 – 2026",
        ] {
            assert_eq!(parse_date(text), oct14, "{text:?}");
        }
        for (text, want) in [
            ("1-2-2026", d(2026, 2, 1)),
            (" 1/2/2026 ", d(2026, 2, 1)),
            ("29-02-2028", d(2028, 2, 29)),
            ("3. jan. 2027", d(2027, 1, 3)),
            ("3 januar 2027", d(2027, 1, 3)),
            ("3. feb 2026", d(2026, 2, 3)),
            ("3. febr. 2026", d(2026, 2, 3)),
            ("3. mar 2026", d(2026, 3, 3)),
            ("3. marts 2026", d(2026, 3, 3)),
            ("3 March 2026", d(2026, 3, 3)),
            ("3. apr. 2026", d(2026, 4, 3)),
            ("3. maj 2026", d(2026, 5, 3)),
            ("3 May 2026", d(2026, 5, 3)),
            ("3. jun 2026", d(2026, 6, 3)),
            ("3. juni 2026", d(2026, 6, 3)),
            ("3 June 2026", d(2026, 6, 3)),
            ("3. jul. 2026", d(2026, 7, 3)),
            ("3. juli 2026", d(2026, 7, 3)),
            ("3. aug. 2026", d(2026, 8, 3)),
            ("3. sep. 2026", d(2026, 9, 3)),
            ("3. sept. 2026", d(2026, 9, 3)),
            ("3. nov. 2026", d(2026, 11, 3)),
            ("3. dec. 2026", d(2026, 12, 3)),
            ("3 Dec 2026", d(2026, 12, 3)),
            ("lørdag den 3. januar 2026", d(2026, 1, 3)),
            ("LØRDAG D. 3. JANUAR 2026", d(2026, 1, 3)),
            ("01.01.00", d(2000, 1, 1)),
            ("31.12.99", d(2099, 12, 31)),
        ] {
            assert_eq!(parse_date(text), Ok(want), "{text:?}");
        }
    }

    #[test]
    fn says_why_a_date_cannot_be_read() {
        use DateError::*;
        for (text, want) in [
            ("30. februar 2026", Impossible),
            ("29-02-2026", Impossible),
            ("31-04-2026", Impossible),
            ("31. juni 2026", Impossible),
            ("14-13-2026", Impossible),
            ("10/14/2026", Impossible),
            ("0-10-2026", Impossible),
            ("14-10-1026", Impossible),
            ("14. oktobr 2026", UnknownMonth),
            ("14. octobre 2026", UnknownMonth),
            ("14 ju 2026", UnknownMonth),
            ("14 xyz 2026", UnknownMonth),
            ("14. oktober", NoYear),
            ("14/10", NoYear),
            ("29/2", NoYear),
            ("29. februar", NoYear),
            ("31/9", Impossible),
            ("31. september", Impossible),
            ("September 31", Impossible),
            ("30/2", Impossible),
            ("32/1", Impossible),
            ("14/13", Impossible),
            ("0/5", Impossible),
            ("d. 14.10", NoYear),
            ("oktober 14", NoYear),
            ("14. blabla", UnknownMonth),
            ("", NotADate),
            ("i sidste uge", NotADate),
            ("1-2-3-4", NotADate),
            ("99999-1-1", NotADate),
            ("14-10-202", NotADate),
            ("14:10:2026", NotADate),
            ("14102026", NotADate),
            ("oktober 2026", NotADate),
            ("2026", NotADate),
            ("14. oktober 2026 kl. 10", NotADate),
        ] {
            assert_eq!(parse_date(text), Err(want), "{text:?}");
        }
        assert_eq!(parse_dmy("31-09-2026"), None);
        assert_eq!(parse_dmy("14. okt. 2026"), Some(d(2026, 10, 14)));
    }
}
