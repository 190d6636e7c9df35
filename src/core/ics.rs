//! A calendar reminder for a deadline, as an iCalendar file (RFC 5545) made in the browser.
//!
//! The event is on the first day the citizen can act: the day after the period ends (a period
//! ends at the end of its last day, Reg. 1182/71 art. 3(2)), which is the first day the
//! widget accepts a reminder (for a request) or a complaint about no answer (for a reminder).
//!
//! It is a timed event, 09:00–09:30 Danish time (`TZID=Europe/Copenhagen` with its
//! `VTIMEZONE`, RFC 5545 §3.2.19, §3.6.5), with a display alarm 15 minutes before the start
//! (`TRIGGER:-PT15M`, §3.8.6.3). A negative trigger relative to the start of a timed event
//! is the form every major calendar keeps: Outlook drops alarms that come after the start
//! (such as one 9 hours into an all-day event), and Google Calendar ignores imported alarms
//! but gives timed events its own default notification.

use crate::core::date::Date;
use crate::core::files::safe_file_name;
use crate::core::periods::day_after;
use crate::core::state::State;
use crate::core::steps::Flow;
use crate::core::text::{fill, Msg};

/// The Danish time zone, as RFC 5545 wants it spelled out for a `TZID`: CET/CEST with the EU
/// rule in force since 1996 (last Sunday of March and of October).
const VTIMEZONE: [&str; 17] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Copenhagen",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

fn basic(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// A UTC timestamp "YYYYMMDDTHHMMSSZ" from milliseconds since 1970.
pub fn utc_stamp(now_ms: f64) -> String {
    let secs = (now_ms / 1000.0).floor() as i64;
    let day = Date::from_days_since_epoch(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}{:02}{:02}Z",
        basic(day),
        t / 3600,
        t % 3600 / 60,
        t % 60
    )
}

/// The last day of the period the calendar file is about: the municipality's one month for
/// a new request ([`State::deadline`]), the two weeks a reminder gives
/// ([`State::reminder_deadline`]). `None` for a complaint, which has no file.
pub fn period_last_day(s: &State) -> Option<Date> {
    match s.flow() {
        Flow::Request => Some(s.deadline()),
        Flow::Reminder => Some(s.reminder_deadline()),
        Flow::Complaint => None,
    }
}

/// The day of the calendar event: the first day after the period, when a reminder (or a
/// complaint) is accepted. `None` for a complaint.
pub fn event_day(s: &State) -> Option<Date> {
    period_last_day(s).map(day_after)
}

/// The .ics text for the deadline of the letter on the send page (a request or a reminder;
/// a complaint gets the request's texts but has no button). `now_ms` stamps `DTSTAMP`.
pub fn deadline_reminder(s: &State, now_ms: f64) -> String {
    let last_day = period_last_day(s).unwrap_or_else(|| s.deadline());
    let day = day_after(last_day);
    let reference = s.reference();
    let what = s.letter_right().info().subject.get(s.lang);
    let (summary, description) = if s.flow() == Flow::Reminder {
        (Msg::IcsReminderSummary, Msg::IcsReminderDescription)
    } else {
        (Msg::IcsSummary, Msg::IcsDescription)
    };
    let summary = fill(&s.text(summary), &[("ref", &reference)]);
    let description = fill(
        &s.text(description),
        &[
            ("ref", &reference),
            ("what", what),
            ("deadline", &last_day.long_with_weekday(s.lang)),
            // The request's period is counted from the day the letter is made; the event
            // says so, since a request sent later is due later.
            ("sent", &s.today.long(s.lang)),
        ],
    );
    let at = |time: &str| format!(";TZID=Europe/Copenhagen:{}T{time}", basic(day));
    let mut lines: Vec<String> = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Stevns Kommune//Rights request wizard//DA",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    .iter()
    .chain(&VTIMEZONE)
    .map(|l| l.to_string())
    .collect();
    lines.extend([
        "BEGIN:VEVENT".to_string(),
        format!(
            "UID:{}-{}@rights-wizard.invalid",
            escape(&reference),
            basic(day)
        ),
        format!("DTSTAMP:{}", utc_stamp(now_ms)),
        format!("DTSTART{}", at("090000")),
        format!("DTEND{}", at("093000")),
        format!("SUMMARY:{}", escape(&summary)),
        format!("DESCRIPTION:{}", escape(&description)),
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", escape(&summary)),
        "TRIGGER:-PT15M".to_string(),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ]);
    lines.iter().map(|l| fold(l)).collect()
}

/// "frist-SK-7F3K2Q.ics" / "deadline-SK-7F3K2Q.ics".
pub fn file_name(s: &State) -> String {
    safe_file_name(s, ("frist", "deadline"), "ics")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_utc() {
        assert_eq!(utc_stamp(0.0), "19700101T000000Z");
        assert_eq!(utc_stamp(1_795_451_696_000.0), "20261123T163456Z");
    }

    #[test]
    fn folding_keeps_utf8_whole_and_lines_short() {
        let line = format!("DESCRIPTION:{}", "æøå ".repeat(40));
        let folded = fold(&line);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn escaping() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
