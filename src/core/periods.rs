//! Deadlines: the periods of GDPR art. 12(3) counted under Regulation (EEC, Euratom) No
//! 1182/71 (`docs/sources.md#reg-1182-71`), moved off weekends, the Danish public holidays
//! (`docs/sources.md#helligdage`) and the three days Danish deadline rules treat like them —
//! 5 June, 24 and 31 December (`docs/sources.md#decision-closed-days`).

use crate::core::date::Date;

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

/// A Danish public holiday (helligdag): every Sunday, New Year's Day, Maundy Thursday, Good
/// Friday, Easter Sunday, Easter Monday, Ascension Day, Whit Sunday, Whit Monday, Christmas
/// Day and Boxing Day; Store Bededag (the fourth Friday after Easter) only until 2023, as it
/// is no longer a holiday from 2024. The days are the National Church's holidays, set by royal
/// resolution; helligdagsloven and the shop-hours act only say what may be done on them
/// (`docs/sources.md#helligdage`). Christmas Eve, New Year's Eve and Constitution Day (5
/// June) are not holidays; deadlines still skip them ([`is_closed_day`]).
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

/// Constitution Day (5 June), Christmas Eve (24 December) or New Year's Eve (31 December):
/// not public holidays, but Danish deadline rules extend a deadline that ends on one of them
/// (forældelsesloven § 27, stk. 2: `docs/sources.md#foraeldelsesloven-27`), Reg. 1182/71
/// art. 2(1) counts the days the Member State designates, and offices are closed. Where the
/// readings differ, the widget takes the later day, so it never tells a citizen that a period
/// has ended when it may not have (`docs/sources.md#decision-closed-days`).
pub fn is_closed_day(d: Date) -> bool {
    matches!((d.month, d.day), (6, 5) | (12, 24) | (12, 31))
}

/// A working day for every deadline the widget states (Reg. 1182/71 art. 3(4)): not a
/// Saturday, a Sunday, a public holiday or a closed day ([`is_closed_day`]).
pub fn is_working_day(d: Date) -> bool {
    d.weekday() != 5 && !is_public_holiday(d) && !is_closed_day(d)
}

/// Reg. 1182/71 art. 3(4): a period whose last day is a Saturday, a Sunday or a public
/// holiday (or a closed day) ends at the end of the next working day.
fn roll_to_working_day(mut d: Date) -> Date {
    // At most five days in a row are not working days (Maundy Thursday to Easter Monday; 24
    // to 27 December); the bound only guards the loop.
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
/// that month's last day if it has no such date (art. 3(2)(c)); if that day is not a working
/// day ([`is_working_day`]: a Saturday, a Sunday, a Danish public holiday, 5 June, 24 or 31
/// December), the period ends at the end of the next working day (art. 3(4)). The EDPB applies this to art. 12(3) (Guidelines 01/2022
/// on the right of access).
///
/// Every deadline the widget states comes from here: one month for an answer, three months
/// in all when the municipality has extended the period.
///
/// Examples: 24 December 2026 + 1 month → Monday 25 January 2027 (24 January is a Sunday);
/// 5 March 2026 + 1 month → Tuesday 7 April 2026 (Easter Sunday and Easter Monday);
/// 5 May 2026 + 1 month → Monday 8 June 2026 (Friday 5 June is Constitution Day).
pub fn period_end(start: Date, months: u32) -> Date {
    roll_to_working_day(start.add_months(months))
}

/// The last day of a period of `days` days from `start`, counted like [`period_end`]: the
/// day of the event is not counted, the period ends at the end of its last day (Reg.
/// 1182/71 art. 3(1), 3(2)(b)), moved to the next working day if it is not one (art. 3(4),
/// [`is_working_day`]). Used for the two weeks a reminder gives.
pub fn period_end_days(start: Date, days: u32) -> Date {
    roll_to_working_day(start.add_days(i64::from(days)))
}

/// The first day after a period that ends at the end of `end`: the first day a reminder
/// about a missed deadline can be sent.
pub fn day_after(end: Date) -> Date {
    end.add_days(1)
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
            let closed = matches!((day.month, day.day), (6, 5) | (12, 24) | (12, 31));
            assert_eq!(
                is_working_day(day),
                !want && !closed && day.weekday() != 5,
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
    fn constitution_day_christmas_eve_and_new_years_eve_are_closed_days_not_holidays() {
        for s in [
            "2026-06-05", "2027-06-05", "2029-06-05", "2026-12-24", "2027-12-24",
            "2026-12-31", "2027-12-31", "2030-12-31",
        ] {
            assert!(is_closed_day(iso(s)) && !is_public_holiday(iso(s)), "{s}");
            assert!(!is_working_day(iso(s)), "{s}");
        }
        for s in ["2026-06-04", "2026-06-08", "2026-12-23", "2026-12-30", "2026-05-01"] {
            assert!(!is_closed_day(iso(s)) && is_working_day(iso(s)), "{s}");
        }
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
            ("2027-11-24", 1, "2027-12-27", "Christmas Eve, then Christmas Day and a Sunday"),
            ("2026-11-24", 1, "2026-12-28", "Christmas Eve to the Sunday after Boxing Day"),
            ("2026-11-30", 1, "2026-12-30", "30 December is a working day"),
            ("2026-12-01", 1, "2027-01-04", "New Year's Day, then a weekend"),
            ("2026-12-31", 1, "2027-02-01", "31 January 2027 is a Sunday"),
            ("2027-02-25", 1, "2027-03-30", "Maundy Thursday to Easter Monday"),
            ("2026-04-14", 1, "2026-05-15", "Ascension Day"),
            ("2026-04-24", 1, "2026-05-26", "Whit Sunday and Whit Monday"),
            ("2026-04-25", 1, "2026-05-26", "Whit Monday"),
            ("2028-05-05", 1, "2028-06-06", "Whit Monday on Constitution Day"),
            ("2026-05-05", 1, "2026-06-08", "Constitution Day, then a weekend"),
            ("2027-05-05", 1, "2027-06-07", "Constitution Day on a Saturday"),
            ("2026-03-05", 3, "2026-06-08", "extended: Constitution Day, then a weekend"),
            ("2026-09-24", 3, "2026-12-28", "extended: Christmas Eve to Boxing Day and a Sunday"),
            ("2027-10-31", 2, "2028-01-03", "clamped to 31 December 2027, then New Year"),
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
        // A reminder never asks for an answer by a closed day.
        assert_eq!(period_end_days(d(2026, 5, 22), 14), d(2026, 6, 8));
        assert_eq!(period_end_days(d(2026, 12, 17), 14), d(2027, 1, 4));
        assert_eq!(period_end_days(d(2027, 12, 17), 14), d(2028, 1, 3));
        assert_eq!(period_end_days(d(2026, 12, 10), 14), d(2026, 12, 28));
        assert_eq!(day_after(d(2026, 12, 31)), d(2027, 1, 1));
    }
}
