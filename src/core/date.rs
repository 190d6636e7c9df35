//! A calendar date without a date crate: days, months and weekdays, and a date written out in
//! Danish or English.

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

pub(crate) const MONTHS_DA: [&str; 12] = [
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
pub(crate) const MONTHS_EN: [&str; 12] = [
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
    /// The day the tests take as "today", Monday 23 November 2026: one definition, so every
    /// native and browser test agrees on it (the end-to-end tests' `TODAY` in
    /// tests/e2e/helpers.mjs is the same day). A month later is Wednesday 23 December 2026, so a
    /// plain deadline from it needs no weekend or holiday rule.
    pub const EXAMPLE_TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 23,
    };

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
    /// art. 3(2)(c) counts. Plain calendar arithmetic: a deadline is `periods::period_end`, which
    /// also moves off weekends and public holidays.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
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
