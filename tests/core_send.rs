//! The send page: for each flow and route, which block says how to send, which steps it lists,
//! which notes show, and what "Hvad sker der nu?" says, with its dates.

mod common;
use common::*;
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::send::{send_view, Calendar, Next, RouteView, SendView};
use stevns_rights_wizard::core::state::State;
use stevns_rights_wizard::core::steps::{Flow, Step};
use stevns_rights_wizard::core::text::fill;
use stevns_rights_wizard::core::{Field, Lang, Msg, Right};

/// A reminder or complaint (`kind`) about an erasure request sent 14 October 2026, at the send
/// page by `route`; a complaint is about a refusal.
fn followup(lang: Lang, kind: &str, route: &str) -> State {
    let s = fresh(lang).reduce(Action::StartFollowUp);
    let s = next(set(s, Field::FollowKind, kind));
    let s = next(set(s, Field::Who, "myself"));
    let s = set(s, Field::OrigRight, "erasure");
    let s = set(s, Field::OrigDate, "14-10-2026");
    let s = set(s, Field::OrigExtended, "no");
    let mut s = next(set(s, Field::OrigRef, "SK-ABC234"));
    if kind == "complaint" {
        s = set(s, Field::Outcome, "refused");
        s = set(s, Field::OutcomeInformed, "yes");
        s = next(set(s, Field::Disagree, "Jeg er uenig"));
    }
    let s = set(s, Field::Name, "Jens Hansen");
    let s = set(s, Field::Address, "Rådhuspladsen 4, 4660 Store Heddinge");
    let s = next(set(s, Field::Cpr, "010180-1234"));
    let field = s.route_field();
    let s = next(next(set(s, field, route)));
    assert_eq!(s.step, Step::Send, "{:?}", s.problems);
    s
}

fn texts(s: &State, msgs: &[Msg]) -> Vec<String> {
    msgs.iter().map(|m| s.text(*m)).collect()
}

fn calendar(v: &SendView) -> Option<&Calendar> {
    v.next.iter().find_map(|n| match n {
        Next::Calendar(c) => Some(c),
        _ => None,
    })
}

#[test]
fn a_request_by_digital_post_lists_the_five_steps_the_deadline_and_the_calendar_file() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "010180-1234");
    let v = send_view(&s);
    let RouteView::DigitalPost(r) = &v.route else {
        panic!("{:?}", v.route)
    };
    assert_eq!(r.title, "Sådan sender du med Digital Post");
    assert_eq!(r.steps.len(), 5);
    assert_eq!(
        r.steps[2],
        "Vælg ”Skriv ny besked”, og vælg Stevns Kommune som modtager."
    );
    assert_eq!(r.href, s.config.digital_post_url);
    assert_eq!(v.complaint_to, None);
    assert!(v.how_to_complain);
    assert_eq!(v.reference, s.reference());
    assert_eq!(
        v.letter.subject,
        format!("Anmodning om indsigt (art. 15) – ref. {}", s.reference())
    );
    assert!(v.full_text.starts_with("Emne: Anmodning om indsigt"));
    assert_eq!(v.file_name, format!("anmodning-{}.txt", s.reference()));
    // 23 November 2026 + one month: Wednesday 23 December; the event is the day after.
    assert_eq!(
        v.next,
        [
            Next::Deadline {
                text: "Kommunen skal svare senest onsdag den 23. december 2026, hvis du sender anmodningen i dag (art. 12, stk. 3).".into(),
                dated: true,
            },
            Next::Paragraph(s.text(Msg::NextExtension)),
            Next::Paragraph(s.text(Msg::NextIdentity)),
            Next::Calendar(Calendar {
                note: fill(&s.text(Msg::IcsExplain), &[("date", "torsdag den 24. december 2026")]),
                button: s.text(Msg::IcsDownload),
                downloaded: "Påmindelsen er givet til din browser som en overførsel. Åbn filen for at lægge den i din kalender. Kom den ikke frem? Så skriv torsdag den 24. december 2026 i din kalender selv.".into(),
            }),
        ]
    );
}

#[test]
fn the_same_request_in_english() {
    let s = complete(Lang::En, Right::Access, "digital-post", "010180-1234");
    let v = send_view(&s);
    let RouteView::DigitalPost(r) = &v.route else {
        panic!("{:?}", v.route)
    };
    assert_eq!(r.title, "How to send by Digital Post");
    assert_eq!(
        r.steps[2],
        "Choose “Skriv ny besked” (write new message) and choose Stevns Kommune as the recipient."
    );
    assert_eq!(
        v.next[0],
        Next::Deadline {
            text: "The municipality must answer by Wednesday 23 December 2026 at the latest if you send the request today (Article 12(3) GDPR).".into(),
            dated: true,
        }
    );
    assert!(calendar(&v).unwrap().note.starts_with(
        "The file adds an appointment to your calendar on Thursday 24 December 2026 at 9:00"
    ));
    assert_eq!(v.file_name, format!("request-{}.txt", s.reference()));
}

#[test]
fn a_request_by_email_says_what_the_email_leaves_out_and_where_it_goes() {
    let s = complete(Lang::Da, Right::Erasure, "email", "010180-1234");
    let v = send_view(&s);
    let RouteView::Email(r) = &v.route else {
        panic!("{:?}", v.route)
    };
    assert_eq!(r.title, "Sådan sender du med e-mail");
    assert_eq!(
        r.cpr_left_out.as_deref(),
        Some("Dit CPR-nummer er ikke med i e-mailen.")
    );
    assert_eq!((r.cpr_masked.as_ref(), r.too_long.as_ref()), (None, None));
    assert!(
        r.href.starts_with("mailto:stevns@stevns.dk?subject="),
        "{}",
        r.href
    );
    assert_eq!(r.open, "Åbn e-mail med brevet");
    assert_eq!(
        r.fallback,
        "Åbner der ikke et e-mailprogram? Kopiér teksten, og send den til stevns@stevns.dk med emnet ovenfor."
    );
    // By e-mail the identity note says confirming who is writing may take time.
    assert_eq!(v.next[2], Next::Paragraph(s.text(Msg::NextIdentityEmail)));
    assert!(calendar(&v).is_some());

    // No CPR number given: nothing left out. (The access letter, with its list of what to
    // state, is too long for the link.)
    let v = send_view(&complete(Lang::Da, Right::Access, "email", ""));
    let RouteView::Email(r) = &v.route else {
        panic!("{:?}", v.route)
    };
    assert_eq!(r.cpr_left_out, None);
    assert_eq!(r.too_long, Some(s.text(Msg::MailTooLong)));
}

#[test]
fn an_email_with_a_cpr_number_in_the_text_or_too_long_for_the_link_says_so() {
    let s = complete(Lang::Da, Right::Rectification, "email", "")
        .with_answer(Field::WrongData, "Mit nr. 010180-1234 står forkert");
    let RouteView::Email(r) = send_view(&s).route else {
        panic!()
    };
    assert_eq!(r.cpr_masked, Some(s.text(Msg::MailCprMasked)));
    assert_eq!(r.too_long, None);

    let s = complete(Lang::En, Right::Rectification, "email", "")
        .with_answer(Field::WrongData, "x".repeat(1900))
        .with_answer(Field::CorrectData, "y æø ".repeat(400));
    let RouteView::Email(r) = send_view(&s).route else {
        panic!()
    };
    assert_eq!(
        r.too_long.as_deref(),
        Some("The letter is too long to be added to the email automatically. Copy the text first, then paste it into the email.")
    );
    assert_eq!(r.cpr_masked, None);
}

#[test]
fn withdrawing_consent_has_no_deadline_and_no_calendar_file() {
    let s = complete(Lang::Da, Right::Consent, "digital-post", "");
    let v = send_view(&s);
    assert_eq!(
        v.next,
        [
            Next::Deadline {
                text: s.text(Msg::NextConsent),
                dated: false
            },
            Next::Paragraph(s.text(Msg::NextConsentErasure)),
            Next::Paragraph(s.text(Msg::NextIdentity)),
        ]
    );
    assert!(v.how_to_complain);
}

#[test]
fn a_reminder_gives_its_own_date_and_a_calendar_file_for_the_day_after() {
    let s = followup(Lang::Da, "reminder", "digital-post");
    assert_eq!(s.flow(), Flow::Reminder);
    let v = send_view(&s);
    let RouteView::DigitalPost(r) = &v.route else {
        panic!("{:?}", v.route)
    };
    assert_eq!(
        r.steps,
        texts(
            &s,
            &[
                Msg::DpStep1,
                Msg::DpStep2,
                Msg::DpStep3,
                Msg::DpStep4,
                Msg::DpStep5
            ]
        )
    );
    // Two weeks from Monday 23 November 2026: Monday 7 December. No identity note by
    // Digital Post: the municipality knows the request already.
    assert_eq!(v.next.len(), 2, "{:?}", v.next);
    assert_eq!(
        v.next[0],
        Next::Deadline {
            text: "Du har bedt kommunen svare senest mandag den 7. december 2026.".into(),
            dated: true
        }
    );
    let c = calendar(&v).unwrap();
    assert_eq!(
        c.note,
        fill(
            &s.text(Msg::IcsReminderExplain),
            &[("date", "tirsdag den 8. december 2026")]
        )
    );
    assert!(v.how_to_complain);
    assert_eq!(v.complaint_to, None);

    // By e-mail the identity note follows the calendar file.
    let s = followup(Lang::Da, "reminder", "email");
    let v = send_view(&s);
    assert!(matches!(v.route, RouteView::Email(_)));
    assert!(matches!(v.next[1], Next::Calendar(_)));
    assert_eq!(v.next[2], Next::Paragraph(s.text(Msg::NextIdentityEmail)));
}

#[test]
fn a_complaint_by_digital_post_goes_to_datatilsynet_and_has_no_calendar_file() {
    let s = followup(Lang::Da, "complaint", "digital-post");
    assert_eq!(s.flow(), Flow::Complaint);
    let v = send_view(&s);
    let RouteView::DigitalPost(r) = &v.route else {
        panic!("{:?}", v.route)
    };
    assert_eq!(
        r.steps[2],
        "Vælg ”Skriv ny besked”, og vælg Datatilsynet som modtager."
    );
    assert_eq!(
        v.complaint_to.as_deref(),
        Some("Klagen skal sendes til Datatilsynet.")
    );
    assert_eq!(
        v.next,
        [
            Next::Deadline {
                text: s.text(Msg::NextComplaint),
                dated: false
            },
            Next::Paragraph(s.text(Msg::ComplainAddress)),
        ]
    );
    assert!(!v.how_to_complain, "a complaint is the complaint");
}

#[test]
fn a_complaint_by_email_goes_to_datatilsynet_s_address() {
    let s = followup(Lang::En, "complaint", "email");
    let v = send_view(&s);
    let RouteView::Email(r) = &v.route else {
        panic!("{:?}", v.route)
    };
    assert!(
        r.href.starts_with("mailto:dt@datatilsynet.dk?"),
        "{}",
        r.href
    );
    assert_eq!(
        r.fallback,
        "No email program opens? Copy the text and send it to dt@datatilsynet.dk with the subject above."
    );
    assert_eq!(
        r.cpr_left_out.as_deref(),
        Some("Your CPR number is not in the email.")
    );
    assert_eq!(v.next.len(), 2, "no identity note for Datatilsynet");
    assert_eq!(calendar(&v), None);
}

#[test]
fn a_complaint_by_datatilsynet_s_form_links_to_its_website() {
    let s = followup(Lang::Da, "complaint", "web");
    let v = send_view(&s);
    let RouteView::Web(r) = &v.route else {
        panic!("{:?}", v.route)
    };
    assert_eq!(r.title, "Sådan bruger du Datatilsynets klageskema");
    assert_eq!(r.steps, texts(&s, &[Msg::DpStep1, Msg::ComplaintWebStep]));
    assert_eq!(r.href, s.config.complaint_url);
    assert_eq!(r.open, "Åbn Datatilsynets hjemmeside");
    assert!(!v.how_to_complain);
}

/// The calendar notes say what the citizen may do and when, and nothing the widget refuses: a
/// request's file counts from the day the letter is made (and says so); after a reminder the
/// citizen may complain at once, so its file is not "the first day" of a complaint.
#[test]
fn the_calendar_notes_do_not_hold_the_citizen_back() {
    for lang in Lang::ALL {
        let (today, now, first_day) = match lang {
            Lang::Da => (
                "hvis du sender anmodningen i dag",
                "Det kan du også allerede nu.",
                "første dag, du kan klage",
            ),
            Lang::En => (
                "if you send the request today",
                "You can also do so now.",
                "first day you can complain",
            ),
        };
        let v = send_view(&complete(lang, Right::Access, "digital-post", ""));
        assert!(calendar(&v).unwrap().note.contains(today), "{lang:?}");
        let v = send_view(&followup(lang, "reminder", "digital-post"));
        let note = &calendar(&v).unwrap().note;
        assert!(
            note.contains(now) && !note.contains(first_day),
            "{lang:?}: {note}"
        );
    }
}
