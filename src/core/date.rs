//! A calendar date without a date crate, the periods of GDPR art. 12(3) counted under
//! Regulation (EEC, Euratom) No 1182/71 with the Danish public holidays, and dates as Danes
//! type them.

use crate::core::text::Lang;

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Monday first (ISO 8601).
const WEEKDAYS_DA: [&str; 7] = [
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Date {
    /// A valid date, or `None` (e.g. 29 February in a common year).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// The same day `n` calendar months later; a day that does not exist in the target month
    /// becomes that month's last day (31 January + 1 month = 28/29 February), as Reg. 1182/71
    /// art. 3(2)(c) counts. Plain calendar arithmetic: a deadline is [`period_end`], which also
    /// moves off weekends and public holidays.
    pub fn add_months(self, n: u32) -> Date {
        let total = self.year * 12 + (self.month as i32 - 1) + n as i32;
        let year = total.div_euclid(12);
        let month = total.rem_euclid(12) as u32 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday (ISO 8601 order).
    pub fn weekday(self) -> u32 {
        // 1 January 1970 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7) as u32
    }

    /// Date from days since 1970-01-01 (e.g. from `Date.now()` in the browser).
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// "23. november 2026" (da) or "23 November 2026" (en): a date in a sentence about the
    /// past ("Den 14. oktober 2026 sendte jeg …") and the letter's own date.
    pub fn long(self, lang: Lang) -> String {
        let i = (self.month.clamp(1, 12) - 1) as usize;
        match lang {
            Lang::Da => format!("{}. {} {}", self.day, MONTHS_DA[i], self.year),
            Lang::En => format!("{} {} {}", self.day, MONTHS_EN[i], self.year),
        }
    }

    /// "mandag den 25. januar 2027" (da) or "Monday 25 January 2027" (en): every deadline,
    /// so the citizen sees at once that it is a working day ("senest mandag den 25. januar
    /// 2027").
    pub fn long_with_weekday(self, lang: Lang) -> String {
        let w = self.weekday() as usize;
        match lang {
            Lang::Da => format!("{} den {}", WEEKDAYS_DA[w], self.long(lang)),
            Lang::En => format!("{} {}", WEEKDAYS_EN[w], self.long(lang)),
        }
    }

    /// ISO 8601, "2026-11-23".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/
/// Butcher, as in Meeus, *Astronomical Algorithms*, ch. 8). Valid for every year from 1583.
pub fn easter_sunday(year: i32) -> Date {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date {
        year,
        month: month as u32,
        day: day as u32,
    }
}

/// A Danish public holiday under helligdagsloven: every Sunday, New Year's Day, Maundy
/// Thursday, Good Friday, Easter Sunday, Easter Monday, Ascension Day, Whit Sunday, Whit
/// Monday, Christmas Day and Boxing Day; Store Bededag (the fourth Friday after Easter) only
/// until 2023, as it is no longer a holiday from 2024. Christmas Eve, New Year's Eve and
/// Constitution Day (5 June) are not public holidays by law.
pub fn is_public_holiday(d: Date) -> bool {
    if d.weekday() == 6 {
        return true;
    }
    match (d.month, d.day) {
        (1, 1) | (12, 25) | (12, 26) => return true,
        _ => {}
    }
    let from_easter = d.days_since_epoch() - easter_sunday(d.year).days_since_epoch();
    match from_easter {
        // Maundy Thursday, Good Friday, Easter Sunday, Easter Monday, Ascension Day,
        // Whit Sunday, Whit Monday.
        -3 | -2 | 0 | 1 | 39 | 49 | 50 => true,
        26 => d.year < 2024,
        _ => false,
    }
}

/// A working day in the sense of Reg. 1182/71 art. 3(4): not a Saturday, a Sunday or a
/// public holiday.
pub fn is_working_day(d: Date) -> bool {
    d.weekday() != 5 && !is_public_holiday(d)
}

/// Reg. 1182/71 art. 3(4): a period whose last day is a Saturday, a Sunday or a public
/// holiday ends at the end of the next working day.
fn roll_to_working_day(mut d: Date) -> Date {
    // At most five days in a row are not working days (Maundy Thursday to Easter Monday);
    // the bound only guards the loop.
    for _ in 0..10 {
        if is_working_day(d) {
            break;
        }
        d = d.add_days(1);
    }
    d
}

/// The last day of a period of `months` months that starts with an event on `start` (for
/// GDPR art. 12(3): the day the municipality receives the request). The period ends at the
/// end of the returned day.
///
/// Reg. (EEC, Euratom) No 1182/71: the day of the event is not counted (art. 3(1)); a period
/// in months ends at the end of the day in the last month with the same date as `start`, or
/// that month's last day if it has no such date (art. 3(2)(c)); if that day is a Saturday,
/// a Sunday or a Danish public holiday ([`is_public_holiday`]), the period ends at the end of
/// the next working day (art. 3(4)). The EDPB applies this to art. 12(3) (Guidelines 01/2022
/// on the right of access).
///
/// Every deadline the widget states comes from here: one month for an answer, three months
/// in all when the municipality has extended the period.
///
/// Examples: 24 December 2026 + 1 month → Monday 25 January 2027 (24 January is a Sunday);
/// 5 March 2026 + 1 month → Tuesday 7 April 2026 (Easter Sunday and Easter Monday).
pub fn period_end(start: Date, months: u32) -> Date {
    roll_to_working_day(start.add_months(months))
}

/// The last day of a period of `days` days from `start`, counted like [`period_end`]: the
/// day of the event is not counted, the period ends at the end of its last day (Reg.
/// 1182/71 art. 3(1), 3(2)(b)), moved to the next working day if that is a Saturday, a
/// Sunday or a public holiday (art. 3(4)). Used for the two weeks a reminder gives.
pub fn period_end_days(start: Date, days: u32) -> Date {
    roll_to_working_day(start.add_days(i64::from(days)))
}

/// The first day after a period that ends at the end of `end`: the first day a reminder
/// about a missed deadline can be sent.
pub fn day_after(end: Date) -> Date {
    end.add_days(1)
}

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
                word.push(crate::core::chars::lower(l));
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
        [Token::Num(_, a), Token::Num(_, b)] if day_or_month(*a) && day_or_month(*b) => {
            return Err(DateError::NoYear)
        }
        [Token::Num(_, a), Token::Word(m)] | [Token::Word(m), Token::Num(_, a)]
            if day_or_month(*a) =>
        {
            month_word(m)?;
            return Err(DateError::NoYear);
        }
        _ => return Err(DateError::NotADate),
    };
    Date::new(year, month, day).ok_or(DateError::Impossible)
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

    fn iso(s: &str) -> Date {
        let p: Vec<u32> = s.split('-').map(|x| x.parse().unwrap()).collect();
        d(p[0] as i32, p[1], p[2])
    }

    /// The Danish public holidays that are not Sundays anyway, 2026–2030, as printed in the
    /// Danish calendar (Easter Sundays checked against python-dateutil's `easter()`). Data, not
    /// computed: the test must not share the code it checks.
    #[rustfmt::skip]
    const HOLIDAYS_2026_2030: &[&str] = &[
        // Nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag,
        // pinsedag, 2. pinsedag, juledag, 2. juledag.
        "2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14",
        "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26",
        "2027-01-01", "2027-03-25", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-06",
        "2027-05-16", "2027-05-17", "2027-12-25", "2027-12-26",
        "2028-01-01", "2028-04-13", "2028-04-14", "2028-04-16", "2028-04-17", "2028-05-25",
        "2028-06-04", "2028-06-05", "2028-12-25", "2028-12-26",
        "2029-01-01", "2029-03-29", "2029-03-30", "2029-04-01", "2029-04-02", "2029-05-10",
        "2029-05-20", "2029-05-21", "2029-12-25", "2029-12-26",
        "2030-01-01", "2030-04-18", "2030-04-19", "2030-04-21", "2030-04-22", "2030-05-30",
        "2030-06-09", "2030-06-10", "2030-12-25", "2030-12-26",
    ];

    #[test]
    fn every_day_of_2026_to_2030_is_a_holiday_exactly_when_the_calendar_says_so() {
        let holidays: Vec<Date> = HOLIDAYS_2026_2030.iter().map(|s| iso(s)).collect();
        let mut day = d(2026, 1, 1);
        let mut count = 0;
        while day.year <= 2030 {
            let want = day.weekday() == 6 || holidays.contains(&day);
            assert_eq!(is_public_holiday(day), want, "{}", day.iso());
            assert_eq!(
                is_working_day(day),
                !want && day.weekday() != 5,
                "{}",
                day.iso()
            );
            count += usize::from(want);
            day = day.add_days(1);
        }
        // 261 Sundays in 2026–2030, plus the 39 listed days that are not Sundays (the other
        // eleven are Easter and Whit Sundays and Boxing Day 2027).
        assert_eq!(count, 300);
    }

    #[test]
    #[rustfmt::skip]
    fn days_that_are_not_public_holidays_by_law() {
        for s in [
            // Juleaftensdag, nytårsaftensdag, grundlovsdag, 1. maj.
            "2026-12-24", "2027-12-24", "2030-12-24", "2026-12-31", "2029-12-31",
            "2026-06-05", "2027-06-04", "2029-06-05", "2026-05-01", "2028-05-01",
            // Store Bededag, abolished from 2024.
            "2024-04-26", "2025-05-16", "2026-05-01", "2027-04-23", "2028-05-12",
            "2029-04-27", "2030-05-17",
        ] {
            assert!(!is_public_holiday(iso(s)), "{s}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn store_bededag_was_a_holiday_before_2024() {
        // Denmark 2016 and 2022 (officeholidays.com, as listed in python-holidays' tests).
        for s in [
            "2016-01-01", "2016-03-24", "2016-03-25", "2016-03-27", "2016-03-28", "2016-04-22",
            "2016-05-05", "2016-05-15", "2016-05-16", "2016-12-25", "2016-12-26",
            "2022-01-01", "2022-04-14", "2022-04-15", "2022-04-17", "2022-04-18", "2022-05-13",
            "2022-05-26", "2022-06-05", "2022-06-06", "2022-12-25", "2022-12-26",
            "2023-05-05",
        ] {
            assert!(is_public_holiday(iso(s)), "{s}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn easter_sundays_from_the_calendar() {
        for s in [
            "1943-04-25", "1961-04-02", "2000-04-23", "2008-03-23", "2019-04-21",
            "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16",
            "2029-04-01", "2030-04-21", "2038-04-25", "2285-03-22",
        ] {
            let want = iso(s);
            assert_eq!(easter_sunday(want.year), want, "{s}");
            assert_eq!(want.weekday(), 6, "{s} is a Sunday");
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(d(1970, 1, 1).weekday(), 3, "Thursday");
        assert_eq!(d(2026, 11, 23).weekday(), 0, "Monday");
        assert_eq!(d(2027, 1, 24).weekday(), 6, "Sunday");
        assert_eq!(d(2026, 2, 28).weekday(), 5, "Saturday");
        assert_eq!(d(1969, 12, 31).weekday(), 2, "Wednesday");
    }

    #[test]
    #[rustfmt::skip]
    fn periods_in_months_end_on_a_working_day() {
        for (start, months, want, why) in [
            ("2026-12-24", 1, "2027-01-25", "24 January 2027 is a Sunday"),
            ("2026-03-05", 1, "2026-04-07", "Easter Sunday and Easter Monday"),
            ("2026-11-23", 1, "2026-12-23", "a Wednesday"),
            ("2027-01-31", 1, "2027-03-01", "clamped to Sunday 28 February"),
            ("2026-01-31", 1, "2026-03-02", "clamped to Saturday 28 February"),
            ("2026-01-29", 1, "2026-03-02", "clamped to Saturday 28 February"),
            ("2032-01-31", 1, "2032-03-01", "clamped to Sunday 29 February (leap year)"),
            ("2028-01-31", 1, "2028-02-29", "clamped to Tuesday 29 February"),
            ("2026-03-31", 1, "2026-04-30", "clamped to Thursday 30 April"),
            ("2026-07-31", 1, "2026-08-31", "a Monday"),
            ("2026-10-31", 1, "2026-11-30", "clamped to Monday 30 November"),
            ("2027-10-31", 1, "2027-11-30", "clamped to Tuesday 30 November"),
            ("2026-11-25", 1, "2026-12-28", "Christmas Day to Sunday"),
            ("2026-11-26", 1, "2026-12-28", "Boxing Day on a Saturday"),
            ("2027-11-24", 1, "2027-12-24", "Christmas Eve is a working day"),
            ("2026-12-01", 1, "2027-01-04", "New Year's Day, then a weekend"),
            ("2026-12-31", 1, "2027-02-01", "31 January 2027 is a Sunday"),
            ("2027-02-25", 1, "2027-03-30", "Maundy Thursday to Easter Monday"),
            ("2026-04-14", 1, "2026-05-15", "Ascension Day"),
            ("2026-04-24", 1, "2026-05-26", "Whit Sunday and Whit Monday"),
            ("2026-04-25", 1, "2026-05-26", "Whit Monday"),
            ("2028-05-05", 1, "2028-06-06", "Whit Monday on Constitution Day"),
            ("2026-05-05", 1, "2026-06-05", "Constitution Day is a working day"),
            ("2026-04-01", 1, "2026-05-01", "no Store Bededag from 2024"),
            ("2023-04-05", 1, "2023-05-08", "Store Bededag 2023, then a weekend"),
            ("2026-12-24", 3, "2027-03-24", "extended: a Wednesday"),
            ("2026-12-25", 3, "2027-03-30", "extended: into Easter 2027"),
            ("2026-11-30", 3, "2027-03-01", "extended: clamped to Sunday 28 February"),
        ] {
            assert_eq!(period_end(iso(start), months), iso(want), "{start} + {months}: {why}");
        }
    }

    #[test]
    fn every_period_end_is_the_first_working_day_from_the_calendar_date() {
        let mut start = d(2024, 1, 1);
        while start.year <= 2031 {
            for months in [1, 3] {
                let plain = start.add_months(months);
                let end = period_end(start, months);
                assert!(is_working_day(end), "{}", start.iso());
                assert!(end >= plain && end.days_since_epoch() - plain.days_since_epoch() <= 5);
                let mut day = plain;
                while day < end {
                    assert!(!is_working_day(day), "{} skips a working day", start.iso());
                    day = day.add_days(1);
                }
            }
            start = start.add_days(1);
        }
    }

    #[test]
    fn periods_in_days() {
        assert_eq!(period_end_days(d(2026, 11, 23), 14), d(2026, 12, 7));
        assert_eq!(period_end_days(d(2026, 12, 11), 14), d(2026, 12, 28));
        assert_eq!(period_end_days(d(2026, 11, 28), 14), d(2026, 12, 14));
        assert_eq!(period_end_days(d(2027, 3, 11), 14), d(2027, 3, 30));
        assert_eq!(day_after(d(2026, 12, 31)), d(2027, 1, 1));
    }

    #[test]
    fn one_month_later_clamps_to_month_end() {
        assert_eq!(d(2026, 1, 31).add_months(1), d(2026, 2, 28));
        assert_eq!(d(2028, 1, 31).add_months(1), d(2028, 2, 29));
        assert_eq!(d(2026, 3, 31).add_months(1), d(2026, 4, 30));
        assert_eq!(d(2026, 11, 23).add_months(1), d(2026, 12, 23));
        assert_eq!(d(2026, 12, 15).add_months(1), d(2027, 1, 15));
        assert_eq!(d(2026, 12, 31).add_months(3), d(2027, 3, 31));
    }

    #[test]
    fn invalid_dates_are_rejected() {
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 1, 0).is_none());
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(Date::from_days_since_epoch(0), d(1970, 1, 1));
        assert_eq!(d(2026, 11, 23).days_since_epoch(), 20_780);
        for days in (-50_000..80_000).step_by(37) {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
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

    #[test]
    fn formats_in_both_languages() {
        assert_eq!(d(2026, 12, 23).long(Lang::Da), "23. december 2026");
        assert_eq!(d(2027, 2, 1).long(Lang::En), "1 February 2027");
        assert_eq!(d(2027, 2, 1).iso(), "2027-02-01");
        assert_eq!(
            d(2027, 1, 25).long_with_weekday(Lang::Da),
            "mandag den 25. januar 2027"
        );
        assert_eq!(
            d(2027, 1, 25).long_with_weekday(Lang::En),
            "Monday 25 January 2027"
        );
        assert_eq!(
            d(2026, 12, 27).long_with_weekday(Lang::Da),
            "søndag den 27. december 2026"
        );
        assert_eq!(
            d(2026, 4, 11).long_with_weekday(Lang::En),
            "Saturday 11 April 2026"
        );
    }
}
