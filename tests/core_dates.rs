//! Deadlines, the calendar file and the date of an earlier request, through the reducer: one
//! rule (Reg. 1182/71, `period_end`) for the send page, the letters, the .ics and the
//! reminder check, and the calendar event falls on the first day the widget accepts a
//! reminder.

mod common;
use common::*;
use std::rc::Rc;
use stevns_rights_wizard::core::ics::{deadline_reminder, event_day};
use stevns_rights_wizard::core::letter::compose;
use stevns_rights_wizard::core::periods::{day_after, period_end, period_end_days};
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::state::State;
use stevns_rights_wizard::core::steps::{Flow, Step};
use stevns_rights_wizard::core::validate::Problem;
use stevns_rights_wizard::core::{Config, Date, Field, Lang, Right};

fn d(year: i32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).unwrap()
}

fn on(today: Date, lang: Lang) -> State {
    let config = Config {
        lang,
        ..Config::default()
    };
    State::new(Rc::new(config), today, 7)
}

fn dmy(d: Date) -> String {
    format!("{:02}-{:02}-{}", d.day, d.month, d.year)
}

/// A follow-up of `kind` started on `today` about a request sent on `sent`, with the
/// original-request page filled in and "Fortsæt" pressed.
fn original(today: Date, lang: Lang, kind: &str, sent: &str, extended: &str) -> State {
    let s = on(today, lang).reduce(Action::StartFollowUp);
    let s = next(set(s, Field::FollowKind, kind));
    assert_eq!(s.step, Step::Who);
    let s = next(set(s, Field::Who, "myself"));
    assert_eq!(s.step, Step::Original);
    let s = set(s, Field::OrigRight, "access");
    let s = set(s, Field::OrigDate, sent);
    next(set(s, Field::OrigExtended, extended))
}

/// The DTSTART date of an .ics file, as YYYYMMDD.
fn dtstart(ics: &str) -> String {
    let line = ics
        .split("\r\n")
        .find(|l| l.starts_with("DTSTART;"))
        .expect("DTSTART");
    line.split(':').nth(1).unwrap()[..8].to_string()
}

fn basic(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

#[test]
fn the_send_page_deadline_follows_reg_1182_71() {
    for (today, want_da, want_en) in [
        (
            d(2026, 12, 24),
            "mandag den 25. januar 2027",
            "Monday 25 January 2027",
        ),
        (
            d(2026, 3, 5),
            "tirsdag den 7. april 2026",
            "Tuesday 7 April 2026",
        ),
        (
            d(2027, 1, 31),
            "mandag den 1. marts 2027",
            "Monday 1 March 2027",
        ),
        (
            d(2026, 11, 23),
            "onsdag den 23. december 2026",
            "Wednesday 23 December 2026",
        ),
    ] {
        let s = on(today, Lang::Da);
        assert_eq!(s.deadline().long_with_weekday(Lang::Da), want_da);
        assert_eq!(s.deadline().long_with_weekday(Lang::En), want_en);
    }
    let mut today = d(2026, 1, 1);
    while today.year < 2029 {
        assert_eq!(on(today, Lang::Da).deadline(), period_end(today, 1));
        today = today.add_days(1);
    }
}

#[test]
fn the_calendar_event_is_on_the_first_day_the_reminder_check_accepts() {
    // A citizen makes a request on `sent` and downloads the .ics; on the event's day they
    // start a reminder about that request. Every day of 2026–2028.
    let mut sent = d(2026, 1, 1);
    while sent.year < 2029 {
        let request = on(sent, Lang::Da);
        let ics = deadline_reminder(&request, 0.0);
        let event = event_day(&request).unwrap();
        assert_eq!(dtstart(&ics), basic(event), "{}", sent.iso());
        assert_eq!(event, day_after(period_end(sent, 1)));

        let accepted = original(event, Lang::Da, "reminder", &dmy(sent), "no");
        assert_eq!(
            (accepted.step, &accepted.problems),
            (Step::Person, &vec![]),
            "sent {}: a reminder on the event's day {} is accepted",
            sent.iso(),
            event.iso()
        );
        let day_before = event.add_days(-1);
        let refused = original(day_before, Lang::Da, "reminder", &dmy(sent), "no");
        assert_eq!(
            refused.problems,
            vec![(
                Field::OrigDate,
                Problem::NotYet {
                    deadline: day_before,
                    complaint: false,
                    ends_today: true,
                }
            )],
            "sent {}: refused on {}",
            sent.iso(),
            day_before.iso()
        );
        sent = sent.add_days(1);
    }
}

#[test]
fn the_refusal_names_the_deadline_and_the_first_day_a_reminder_is_accepted() {
    // Sent Thursday 24 December 2026: the period ends Monday 25 January 2027.
    let s = original(d(2027, 1, 22), Lang::Da, "reminder", "24-12-2026", "no");
    assert_eq!(
        s.error_links()[0].text,
        "Kommunens frist udløber først mandag den 25. januar 2027. Har du ikke fået svar inden da, kan du sende en rykker fra tirsdag den 26. januar 2027."
    );
    let s = original(d(2027, 1, 22), Lang::En, "reminder", "24-12-2026", "no");
    assert_eq!(
        s.error_links()[0].text,
        "The municipality's deadline does not end until Monday 25 January 2027. If you have had no answer by then, you can send a reminder from Tuesday 26 January 2027."
    );
    // On the last day itself the period has not ended yet, and the message says "today".
    let s = original(d(2027, 1, 25), Lang::Da, "reminder", "24-12-2026", "no");
    assert_eq!(
        s.error_links()[0].text,
        "Kommunens frist udløber i dag. Har du ikke fået svar i dag, kan du sende en rykker fra tirsdag den 26. januar 2027."
    );
    let s = original(d(2027, 1, 25), Lang::En, "reminder", "24-12-2026", "no");
    assert_eq!(
        s.error_links()[0].text,
        "The municipality's deadline ends today. If you have had no answer today, you can send a reminder from Tuesday 26 January 2027."
    );
    let s = original(d(2027, 1, 26), Lang::Da, "reminder", "24-12-2026", "no");
    assert_eq!(s.step, Step::Person);
}

#[test]
fn an_extended_period_moves_the_reminder_to_three_months_in_all() {
    for (sent, extended_end) in [
        // 24 March 2027 is a Wednesday; 25 March 2027 is Maundy Thursday (to Easter Monday).
        ("24-12-2026", d(2027, 3, 24)),
        ("25-12-2026", d(2027, 3, 30)),
        ("30-11-2026", d(2027, 3, 1)),
    ] {
        for lang in Lang::ALL {
            let refused = original(extended_end, lang, "reminder", sent, "yes");
            assert_eq!(
                refused.problems,
                vec![(
                    Field::OrigDate,
                    Problem::NotYet {
                        deadline: extended_end,
                        complaint: false,
                        ends_today: true,
                    }
                )],
                "{sent}"
            );
            let s = original(day_after(extended_end), lang, "reminder", sent, "yes");
            assert_eq!(s.step, Step::Person, "{sent}: {:?}", s.problems);
            assert!(s.extended());
            assert_eq!(s.original_deadline(), Some(extended_end));
            let s = next(set(s, Field::Name, "Jens Hansen"));
            let s = next(next(next(s)));
            assert_eq!(s.step, Step::Send, "{:?}", s.problems);
            let body = compose(&s).body;
            let when = extended_end.long_with_weekday(lang);
            if lang == Lang::Da {
                assert!(body.contains(&format!(
                    "I skrev, at I forlængede fristen for at svare med to måneder (databeskyttelsesforordningens artikel 12, stk. 3). Den forlængede frist udløb {when}, og jeg har ikke fået svar."
                )), "{body}");
                assert!(!body.contains("hverken fået svar eller besked"));
            } else {
                assert!(
                    body.contains(&format!(
                        "The extended deadline expired on {when}, and I have had no answer."
                    )),
                    "{body}"
                );
                assert!(!body.contains("neither an answer nor notice"));
            }
        }
    }
    // Without an extension the same request is due after one month.
    let s = original(d(2027, 1, 26), Lang::Da, "reminder", "24-12-2026", "no");
    assert_eq!(s.original_deadline(), Some(d(2027, 1, 25)));
    assert!(!s.extended());
}

#[test]
fn the_reminder_asks_whether_the_period_was_extended_and_only_the_reminder() {
    for (lang, missing, label) in [
        (
            Lang::Da,
            "Vælg om du har fået besked om, at fristen er forlænget",
            "Har du fået besked om, at fristen er forlænget?",
        ),
        (
            Lang::En,
            "Select whether you have been told that the deadline has been extended",
            "Have you been told that the deadline has been extended?",
        ),
    ] {
        let s = original(TODAY, lang, "reminder", "14-10-2026", "");
        assert_eq!(s.step, Step::Original);
        assert_eq!(s.error_links().len(), 1);
        assert_eq!(s.error_links()[0].field, Field::OrigExtended);
        assert_eq!(s.error_links()[0].text, missing);
        let view = s.field_view(Field::OrigExtended);
        assert_eq!(view.label, label);
        assert!(view
            .hint
            .as_deref()
            .is_some_and(|h| h.contains("Datatilsynet")));
        let s = next(set(s, Field::OrigExtended, "no"));
        assert_eq!(s.step, Step::Person);
        let row = s
            .check_rows()
            .into_iter()
            .find(|r| r.field == Field::OrigExtended)
            .expect("a check-answers row");
        assert_eq!(row.value, if lang == Lang::Da { "Nej" } else { "No" });

        let complaint = original(TODAY, lang, "complaint", "14-10-2026", "");
        assert_eq!(complaint.step, Step::Outcome, "a complaint does not ask");
        assert!(!complaint
            .fields_on(Step::Original)
            .contains(&Field::OrigExtended));
    }
}

#[test]
fn the_reminder_letter_and_its_calendar_file_give_the_same_two_weeks() {
    for (today, due) in [
        (d(2026, 11, 23), d(2026, 12, 7)),
        // 25 December 2026 is Christmas Day, a Friday: the next working day is Monday 28.
        (d(2026, 12, 11), d(2026, 12, 28)),
        (d(2027, 3, 11), d(2027, 3, 30)),
    ] {
        for lang in Lang::ALL {
            let s = original(today, lang, "reminder", "01-09-2026", "no");
            let s = next(set(s, Field::Name, "Jens Hansen"));
            let s = next(next(next(s)));
            assert_eq!(s.step, Step::Send, "{:?}", s.problems);
            assert_eq!(s.flow(), Flow::Reminder);
            assert_eq!(s.reminder_deadline(), due);
            assert_eq!(s.reminder_deadline(), period_end_days(today, 14));
            let body = compose(&s).body;
            let phrase = if lang == Lang::Da {
                format!("senest {}", due.long_with_weekday(lang))
            } else {
                format!("by {} at the latest", due.long_with_weekday(lang))
            };
            assert!(body.contains(&phrase), "{body}");
            let ics = deadline_reminder(&s, 0.0);
            assert_eq!(dtstart(&ics), basic(day_after(due)));
            assert_eq!(event_day(&s), Some(day_after(due)));
            let unfolded = ics.replace("\r\n ", "");
            assert!(
                unfolded.contains(&due.long_with_weekday(lang)),
                "{unfolded}"
            );
            assert!(unfolded.contains("Datatilsynet"));
        }
    }
}

#[test]
fn a_complaint_has_no_calendar_file() {
    let s = original(TODAY, Lang::Da, "complaint", "14-10-2026", "");
    assert_eq!(event_day(&s), None);
}

#[test]
fn the_date_of_the_earlier_request_is_read_as_danes_write_it() {
    let want = d(2026, 10, 14);
    for typed in [
        "14. oktober 2026",
        "14 okt. 2026",
        "d. 14/10-2026",
        "den 14.10.26",
        "14-10-2026",
        "14.10.26",
        "14/10 2026",
        "onsdag den 14. oktober 2026",
        "14 October 2026",
        "Oct 14, 2026",
        "2026-10-14",
    ] {
        for lang in Lang::ALL {
            let s = original(TODAY, lang, "reminder", typed, "no");
            assert_eq!(s.step, Step::Person, "{typed:?}: {:?}", s.problems);
            assert_eq!(s.original_date(), Some(want));
            assert!(
                compose(&s).body.contains(&want.long(lang)),
                "the letter cites the date"
            );
        }
    }
}

#[test]
fn a_date_that_cannot_be_used_gets_a_message_that_says_why() {
    for (typed, da, en) in [
        (
            "30. februar 2026",
            "Datoen findes ikke. Tjek dag og måned – februar har fx kun 28 dage, eller 29 i skudår",
            "That date does not exist. Check the day and month – February, for example, has only 28 days, or 29 in a leap year",
        ),
        (
            "31-04-2026",
            "Datoen findes ikke. Tjek dag og måned – februar har fx kun 28 dage, eller 29 i skudår",
            "That date does not exist. Check the day and month – February, for example, has only 28 days, or 29 in a leap year",
        ),
        (
            "14. oktobr 2026",
            "Skriv måneden som navn eller tal, fx oktober, okt. eller 10",
            "Enter the month as a name or a number, for example October, Oct or 10",
        ),
        (
            "14 xyz 2026",
            "Skriv måneden som navn eller tal, fx oktober, okt. eller 10",
            "Enter the month as a name or a number, for example October, Oct or 10",
        ),
        (
            "14. oktober",
            "Skriv også årstallet, fx 14. oktober 2026",
            "Add the year, for example 14 October 2026",
        ),
        (
            "14/10",
            "Skriv også årstallet, fx 14. oktober 2026",
            "Add the year, for example 14 October 2026",
        ),
        (
            "1. januar 2027",
            "Datoen kan ikke være efter i dag",
            "The date cannot be after today",
        ),
        (
            "24.11.26",
            "Datoen kan ikke være efter i dag",
            "The date cannot be after today",
        ),
        (
            "31.12.99",
            "Datoen kan ikke være efter i dag",
            "The date cannot be after today",
        ),
        (
            "i sidste uge",
            "Skriv datoen med dag, måned og år, fx 14. oktober 2026 eller 14-10-2026",
            "Enter the date with day, month and year, for example 14 October 2026 or 14-10-2026",
        ),
        (
            "14:10:2026",
            "Skriv datoen med dag, måned og år, fx 14. oktober 2026 eller 14-10-2026",
            "Enter the date with day, month and year, for example 14 October 2026 or 14-10-2026",
        ),
    ] {
        for (lang, message) in [(Lang::Da, da), (Lang::En, en)] {
            let s = original(TODAY, lang, "reminder", typed, "no");
            assert_eq!(s.step, Step::Original, "{typed:?}");
            let links = s.error_links();
            assert_eq!(links.len(), 1, "{typed:?}");
            assert_eq!(links[0].field, Field::OrigDate);
            assert_eq!(links[0].text, message, "{typed:?}");
            assert_eq!(s.get(Field::OrigDate), typed, "kept as typed");
        }
    }
}

#[test]
fn a_request_deadline_in_the_letter_of_every_right_is_the_same_day() {
    // The request letter asks for an answer within one month; the send page and the .ics
    // name the day. All three come from `State::deadline`.
    for right in Right::ALL {
        let s = complete(Lang::Da, right, "digital-post", "");
        assert_eq!(s.deadline(), period_end(TODAY, 1));
        assert_eq!(event_day(&s), Some(day_after(s.deadline())));
    }
}

/// 5 June, 24 and 31 December are not working days for any deadline the widget states: a
/// stated or reminded date never ends earlier than the law's (`docs/sources.md#decision-closed-days`),
/// with the examples the legal review printed from the crate.
#[test]
fn no_stated_deadline_ends_on_constitution_day_christmas_eve_or_new_years_eve() {
    // The send page's deadline for a request sent on `today`.
    for (today, da, en) in [
        (
            d(2026, 5, 5),
            "mandag den 8. juni 2026",
            "Monday 8 June 2026",
        ),
        (
            d(2026, 11, 24),
            "mandag den 28. december 2026",
            "Monday 28 December 2026",
        ),
        (
            d(2027, 11, 24),
            "mandag den 27. december 2027",
            "Monday 27 December 2027",
        ),
    ] {
        for (lang, want) in [(Lang::Da, da), (Lang::En, en)] {
            let s = on(today, lang);
            assert_eq!(
                s.deadline().long_with_weekday(lang),
                want,
                "{}",
                today.iso()
            );
        }
    }
    // The date a reminder written on `today` asks for, in the letter.
    for (today, da, en) in [
        (
            d(2026, 5, 22),
            "senest mandag den 8. juni 2026",
            "by Monday 8 June 2026",
        ),
        (
            d(2026, 12, 17),
            "senest mandag den 4. januar 2027",
            "by Monday 4 January 2027",
        ),
        (
            d(2027, 12, 17),
            "senest mandag den 3. januar 2028",
            "by Monday 3 January 2028",
        ),
    ] {
        for (lang, want) in [(Lang::Da, da), (Lang::En, en)] {
            let s = original(today, lang, "reminder", "01-01-2026", "no");
            let s = next(set(s, Field::Name, "Jens Hansen"));
            let s = next(next(next(s)));
            assert_eq!(s.step, Step::Send, "{:?}", s.problems);
            let body = compose(&s).body;
            assert!(body.contains(want), "{} {lang:?}: {body}", today.iso());
        }
    }
    // A reminder never says a period ended on one of them: sent 24 November 2027, the period
    // ran to Monday 27 December, and a reminder on the 27th is refused.
    let s = original(d(2027, 12, 27), Lang::Da, "reminder", "24-11-2027", "no");
    assert_eq!(
        s.problems,
        vec![(
            Field::OrigDate,
            Problem::NotYet {
                deadline: d(2027, 12, 27),
                complaint: false,
                ends_today: true,
            }
        )]
    );
    let s = original(d(2027, 12, 28), Lang::Da, "reminder", "24-11-2027", "no");
    assert_eq!(s.step, Step::Person, "{:?}", s.problems);
    assert_eq!(s.original_deadline(), Some(d(2027, 12, 27)));
    // Extended periods too (three months from 5 March and from 24 September 2026).
    for (sent, want) in [
        ("05-03-2026", d(2026, 6, 8)),
        ("24-09-2026", d(2026, 12, 28)),
    ] {
        let s = original(d(2027, 1, 10), Lang::Da, "reminder", sent, "yes");
        assert_eq!(s.original_deadline(), Some(want), "{sent}");
    }
}
