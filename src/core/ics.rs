//! A calendar reminder for the answer deadline, as an iCalendar file (RFC 5545) made in the
//! browser: one all-day event on the deadline date with an alarm at 9:00 that day.

use crate::core::date::Date;
use crate::core::state::State;
use crate::core::text::{fill, Msg};

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

/// The .ics text for the request's deadline.
pub fn deadline_reminder(s: &State, now_ms: f64) -> String {
    let deadline = s.deadline();
    let next_day = Date::from_days_since_epoch(deadline.days_since_epoch() + 1);
    let reference = s.reference();
    let what = s.letter_right().info().subject.get(s.lang);
    let summary = fill(&s.text(Msg::IcsSummary), &[("ref", &reference)]);
    let description = fill(
        &s.text(Msg::IcsDescription),
        &[("ref", &reference), ("what", what)],
    );
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Stevns Kommune//Rights request wizard//DA".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!(
            "UID:{}-{}@rights-wizard.invalid",
            escape(&reference),
            basic(deadline)
        ),
        format!("DTSTAMP:{}", utc_stamp(now_ms)),
        format!("DTSTART;VALUE=DATE:{}", basic(deadline)),
        format!("DTEND;VALUE=DATE:{}", basic(next_day)),
        format!("SUMMARY:{}", escape(&summary)),
        format!("DESCRIPTION:{}", escape(&description)),
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", escape(&summary)),
        "TRIGGER;RELATED=START:PT9H".to_string(),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|l| fold(l)).collect()
}

/// "frist-SK-7F3K2Q.ics" / "deadline-SK-7F3K2Q.ics".
pub fn file_name(s: &State) -> String {
    crate::core::letter::safe_file_name(s, ("frist", "deadline"), "ics")
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
