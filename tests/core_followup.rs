//! Follow-ups: a reminder after the deadline, a complaint to Datatilsynet, and the calendar
//! reminder for a new request's deadline.

mod common;
use common::*;
use stevns_rights_wizard::core::cpr::find_cpr_like;
use stevns_rights_wizard::core::ics::deadline_reminder;
use stevns_rights_wizard::core::letter::{compose, mailto_href};
use stevns_rights_wizard::core::mailto::decode;
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::state::State;
use stevns_rights_wizard::core::steps::{Flow, Step};
use stevns_rights_wizard::core::validate::Problem;
use stevns_rights_wizard::core::{Date, Field, Lang, Right};

/// Start → "already sent" → kind → whom it is about.
fn kind_and_who(lang: Lang, kind: &str, who: &str) -> State {
    let s = fresh(lang).reduce(Action::StartFollowUp);
    assert_eq!(s.step, Step::FollowKind);
    let s = next(set(s, Field::FollowKind, kind));
    assert_eq!(s.step, Step::Who, "a follow-up asks whom it is about");
    next(set(s, Field::Who, who))
}

/// Start → "already sent" → kind → myself → original request (sent 40 days before 23 Nov 2026).
fn followup(lang: Lang, kind: &str, right: Right) -> State {
    let s = kind_and_who(lang, kind, "myself");
    assert_eq!(s.step, Step::Original);
    let s = set(s, Field::OrigRight, right.slug());
    let s = set(s, Field::OrigDate, "14-10-2026");
    // Only a reminder asks whether the period was extended; elsewhere the answer is ignored.
    let s = set(s, Field::OrigExtended, "no");
    next(set(s, Field::OrigRef, "SK-ABC234"))
}

fn finish(s: State, route: &str) -> State {
    assert_eq!(s.step, Step::Person, "{:?}", s.problems);
    let s = set(s, Field::Name, "Jens Hansen");
    let s = set(s, Field::Address, "Rådhuspladsen 4, 4660 Store Heddinge");
    let s = set(s, Field::Cpr, "010180-1234");
    let s = next(s);
    assert_eq!(s.step, Step::Route, "{:?}", s.problems);
    let field = s.route_field();
    let s = next(next(set(s, field, route)));
    assert_eq!(s.step, Step::Send, "{:?}", s.problems);
    s
}

#[test]
fn a_reminder_forty_days_on_cites_the_deadline_that_passed_in_both_languages() {
    let s = finish(
        followup(Lang::Da, "reminder", Right::Access),
        "digital-post",
    );
    assert_eq!(s.flow(), Flow::Reminder);
    let l = compose(&s);
    // The subject carries the original request's reference, so the reminder finds its case;
    // this letter's own reference is in the footer, labelled as the letter's.
    assert_eq!(
        l.subject,
        "Rykker: Anmodning om indsigt (art. 15) – ref. SK-ABC234"
    );
    assert!(
        l.body
            .contains(&format!("Brevets referencenummer: {}", s.reference())),
        "{}",
        l.body
    );
    assert!(l.body.starts_with("Til Stevns Kommune"));
    assert!(l.body.contains("Den 14. oktober 2026 sendte jeg jer denne anmodning: Anmodning om indsigt (art. 15), ref. SK-ABC234."));
    // 14 November 2026 is a Saturday: the period ends on Monday 16 November.
    assert!(l
        .body
        .contains("artikel 12, stk. 3). Den udløb mandag den 16. november 2026"));
    assert!(
        l.body.contains("senest mandag den 7. december 2026"),
        "{}",
        l.body
    );
    assert!(l.body.contains("010180-1234"));

    let s = finish(followup(Lang::En, "reminder", Right::Erasure), "email");
    let l = compose(&s);
    assert!(l
        .subject
        .starts_with("Reminder: Request for erasure (Article 17 GDPR) – ref. "));
    assert!(l.body.contains("On 14 October 2026 I sent you this request: Request for erasure (Article 17 GDPR), ref. SK-ABC234."));
    assert!(l.body.contains("It expired on Monday 16 November 2026"));
    assert!(l.body.contains("by Monday 7 December 2026 at the latest"));
    assert!(find_cpr_like(&l.body).is_empty(), "no CPR by e-mail");
    let (href, _) = mailto_href(&s, &l);
    assert!(href.starts_with("mailto:stevns@stevns.dk?"));
}

#[test]
fn a_reminder_before_the_deadline_is_refused_with_the_date() {
    let s = kind_and_who(Lang::Da, "reminder", "myself");
    let s = set(
        set(s, Field::OrigRight, "access"),
        Field::OrigDate,
        "01-11-2026",
    );
    let s = next(set(s, Field::OrigExtended, "no"));
    assert_eq!(s.step, Step::Original);
    assert_eq!(
        s.problems,
        vec![(
            Field::OrigDate,
            Problem::NotYet {
                deadline: Date {
                    year: 2026,
                    month: 12,
                    day: 1
                },
                complaint: false,
                ends_today: false,
            }
        )]
    );
    assert_eq!(
        s.error_links()[0].text,
        "Kommunens frist udløber først tirsdag den 1. december 2026. Har du ikke fået svar inden da, kan du sende en rykker fra onsdag den 2. december 2026."
    );
    let s = next(set(s, Field::OrigDate, "24-11-2026"));
    assert_eq!(s.error_links()[0].text, "Datoen kan ikke være efter i dag");
    let s = next(set(s, Field::OrigDate, "31-09-2026"));
    assert_eq!(
        s.error_links()[0].text,
        "Datoen findes ikke. Tjek dag og måned – februar har fx kun 28 dage, eller 29 i skudår"
    );
    assert_eq!(s.get(Field::OrigDate), "31-09-2026", "kept as typed");
}

#[test]
fn a_complaint_goes_to_datatilsynet_with_what_happened_and_why() {
    for lang in Lang::ALL {
        let s = followup(lang, "complaint", Right::Rectification);
        assert_eq!(s.step, Step::Outcome);
        assert_eq!(
            s.step_label().as_deref(),
            Some(if lang == Lang::Da {
                "Trin 4 af 7"
            } else {
                "Step 4 of 7"
            })
        );
        let s = next(s);
        assert_eq!(s.problems.len(), 1, "what came back is required");
        let s = next(set(s, Field::Outcome, "refused"));
        assert_eq!(
            s.problems.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            [Field::OutcomeInformed, Field::Disagree],
            "after a refusal: whether it came with reasons, and why the citizen disagrees"
        );
        let s = set(s, Field::OutcomeInformed, "yes");
        let s = set(s, Field::Reply, "Vi retter ikke faglige vurderinger.");
        let s = next(set(
            s,
            Field::Disagree,
            "Min adresse er et faktum, ikke en vurdering.",
        ));
        let s = finish(s, "digital-post");
        let l = compose(&s);
        let body = &l.body;
        if lang == Lang::Da {
            assert!(l.subject.starts_with(
                "Klage over Stevns Kommune i sagen om anmodning om berigtigelse (art. 16) – ref. "
            ));
            assert!(body.starts_with("Til Datatilsynet"));
            assert!(body.contains("artikel 77"));
            assert!(body.contains("Jeg mener ikke, at kommunen havde ret til at afslå anmodningen efter databeskyttelsesforordningens artikel 16. Jeg beder Datatilsynet tage stilling til det."), "{body}");
            assert!(
                !body.contains("artikel 12, stk. 4"),
                "a reasoned refusal: {body}"
            );
            assert!(body.contains("Den 14. oktober 2026 sendte jeg kommunen denne anmodning: Anmodning om berigtigelse (art. 16), ref. SK-ABC234."));
            assert!(body.contains("Hvad der skete\nKommunen har afvist anmodningen."));
        } else {
            assert!(l.subject.starts_with("Complaint about Stevns Kommune: Request for rectification (Article 16 GDPR) – ref. "));
            assert!(body.starts_with("To Datatilsynet"));
            assert!(body.contains("Article 77"));
            assert!(body.contains("I do not believe the municipality was entitled to refuse the request under Article 16 of the General Data Protection Regulation. I ask Datatilsynet to decide on this."), "{body}");
            assert!(
                !body.contains("Article 12(4)"),
                "a reasoned refusal: {body}"
            );
            assert!(body.contains("What happened\nThe municipality refused the request."));
        }
        assert!(body.contains("Min adresse er et faktum, ikke en vurdering."));
        assert!(body.contains("Vi retter ikke faglige vurderinger."));
        assert!(body.contains("Rådhuspladsen 4, 4660 Store Heddinge"));
        assert!(
            body.contains("010180-1234"),
            "Digital Post carries the CPR number"
        );

        let s = put(s, Field::ComplaintRoute, "email");
        let l = compose(&s);
        let (href, _) = mailto_href(&s, &l);
        assert!(
            href.starts_with("mailto:dt@datatilsynet.dk?subject="),
            "{href}"
        );
        assert!(find_cpr_like(&decode(&href)).is_empty());
        assert!(l.cpr_left_out);
    }
}

#[test]
fn a_complaint_needs_name_and_address() {
    let s = followup(Lang::Da, "complaint", Right::Access);
    let s = set(
        set(
            set(s, Field::Outcome, "partial"),
            Field::OutcomeInformed,
            "yes",
        ),
        Field::Disagree,
        "Jeg fik ikke alt",
    );
    let s = next(set(next(s), Field::Name, "Jens Hansen"));
    assert_eq!(s.step, Step::Person);
    assert_eq!(
        s.error_links()[0].text,
        "Skriv din adresse. Datatilsynet ser normalt ikke på en klage uden navn og adresse"
    );
    assert!(
        !s.field_view(Field::Address).optional,
        "not marked (valgfrit)"
    );
}

#[test]
fn back_from_the_follow_up_returns_to_the_start_and_a_new_request_is_a_request() {
    let s = fresh(Lang::Da).reduce(Action::StartFollowUp);
    let s = s.reduce(Action::Back);
    assert_eq!(s.step, Step::Start);
    let s = next(s);
    assert_eq!((s.step, s.flow()), (Step::Who, Flow::Request));
}

/// Unfolds content lines (RFC 5545 §3.1), checking CRLF endings and the 75-octet limit.
fn content_lines(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"));
    let raw: Vec<&str> = ics.trim_end_matches("\r\n").split("\r\n").collect();
    let mut out: Vec<String> = Vec::new();
    for l in raw {
        assert!(l.len() <= 75, "line over 75 octets: {l:?}");
        assert!(!l.contains('\n') && !l.contains('\r'));
        if let Some(rest) = l.strip_prefix(' ') {
            out.last_mut()
                .expect("a continuation follows a line")
                .push_str(rest);
        } else {
            out.push(l.to_string());
        }
    }
    out
}

#[test]
fn the_calendar_reminder_is_strict_icalendar_on_the_first_day_a_reminder_is_accepted() {
    for lang in Lang::ALL {
        // Today is Monday 23 November 2026: the period ends on Wednesday 23 December, so
        // the event is on Thursday 24 December.
        let s = complete(lang, Right::Access, "digital-post", "");
        let ics = deadline_reminder(&s, 1_795_451_696_000.0);
        let lines = content_lines(&ics);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        let mut stack = Vec::new();
        let mut components = Vec::new();
        for l in &lines {
            let (name, value) = l.split_once(':').expect("NAME:VALUE");
            assert!(
                name.chars().all(|c| c.is_ascii_uppercase()
                    || c.is_ascii_digit()
                    || "-;=/".contains(c)
                    || c.is_ascii_lowercase()),
                "{name}"
            );
            match name {
                "BEGIN" => {
                    stack.push(value.to_string());
                    components.push(value.to_string());
                }
                "END" => assert_eq!(stack.pop().as_deref(), Some(value)),
                _ => {}
            }
        }
        assert!(stack.is_empty());
        assert_eq!(
            components,
            [
                "VCALENDAR",
                "VTIMEZONE",
                "DAYLIGHT",
                "STANDARD",
                "VEVENT",
                "VALARM"
            ]
        );
        let get = |prop: &str| {
            lines
                .iter()
                .find(|l| l.starts_with(prop))
                .cloned()
                .unwrap_or_default()
        };
        assert_eq!(get("VERSION:"), "VERSION:2.0");
        assert!(get("PRODID:").len() > 8);
        assert_eq!(get("TZID:"), "TZID:Europe/Copenhagen");
        assert_eq!(
            get("DTSTART;"),
            "DTSTART;TZID=Europe/Copenhagen:20261224T090000"
        );
        assert_eq!(
            get("DTEND;"),
            "DTEND;TZID=Europe/Copenhagen:20261224T093000"
        );
        assert_eq!(get("DTSTAMP:"), "DTSTAMP:20261123T163456Z");
        assert_eq!(get("TRIGGER"), "TRIGGER:-PT15M", "before the start");
        assert_eq!(get("ACTION:"), "ACTION:DISPLAY");
        assert!(get("UID:").contains(&s.reference()));
        assert!(get("SUMMARY:").contains(&s.reference()));
        let description = get("DESCRIPTION:");
        assert!(description.contains(&s.reference()));
        assert!(description.contains("Datatilsynet"));
        // The period is counted from the day the letter was made, and the file says so.
        assert!(
            description.contains(if lang == Lang::Da {
                "Sendte du den 23. november 2026\\, udløb fristen"
            } else {
                "If you sent it on 23 November 2026\\, the deadline"
            }),
            "{description}"
        );
        assert!(description.contains(if lang == Lang::Da {
            "udløb fristen for at svare onsdag den 23. december 2026"
        } else {
            "ended on Wednesday 23 December 2026"
        }));
        assert!(
            !description.contains("\\n"),
            "one paragraph: no escaped line break"
        );
        for (i, c) in description.char_indices() {
            if c == ',' || c == ';' {
                assert_eq!(
                    &description[i - 1..i],
                    "\\",
                    "unescaped {c} in {description}"
                );
            }
        }
    }
}

#[test]
fn a_complaint_warns_about_health_words_and_cpr_numbers_in_its_own_text() {
    use stevns_rights_wizard::core::sensitive::email_concerns;
    let s = followup(Lang::Da, "complaint", Right::Access);
    let s = set(
        set(
            set(s, Field::Outcome, "refused"),
            Field::OutcomeInformed,
            "yes",
        ),
        Field::Disagree,
        "Jeg er syg, og mit nr. er 010180 - 1234",
    );
    let s = finish(next(s), "email");
    let c = email_concerns(&s);
    assert!(c.cpr_in_text && c.health, "{c:?}");
    assert!(!compose(&s).body.contains("1234"), "masked in the e-mail");
}

#[test]
fn a_complaint_about_no_answer_waits_for_the_deadline() {
    let s = kind_and_who(Lang::Da, "complaint", "myself");
    let s = next(set(
        set(s, Field::OrigRight, "access"),
        Field::OrigDate,
        "10-11-2026",
    ));
    assert_eq!(s.step, Step::Outcome);
    let s = next(set(
        set(s, Field::Outcome, "none"),
        Field::OrigExtended,
        "no",
    ));
    assert_eq!(s.step, Step::Outcome);
    // The message is about a complaint, not a reminder, and a reminder is still possible.
    assert_eq!(
        s.error_links()[0].text,
        "Kommunens frist udløber først torsdag den 10. december 2026. Har du ikke fået svar inden da, kan du klage fra fredag den 11. december 2026. Du kan også sende en rykker først."
    );
    let s = set(s, Field::OutcomeInformed, "yes");
    let s = set(s, Field::Disagree, "Jeg er uenig");
    let s = next(set(s, Field::Outcome, "refused"));
    assert_eq!(
        s.step,
        Step::Outcome,
        "the refusal's own question: {:?}",
        s.problems
    );
    let s = next(set(s, Field::OutcomeInformed, "yes"));
    assert_eq!(
        s.step,
        Step::Person,
        "a refusal can be complained about at once"
    );
}

#[test]
fn a_complaint_about_no_answer_asks_about_an_extension_as_the_reminder_does() {
    for lang in Lang::ALL {
        // Sent 14 October 2026; extended, the period runs to Thursday 14 January 2027.
        let s = followup(lang, "complaint", Right::Access);
        let s = next(set(s, Field::Outcome, "none"));
        assert_eq!(
            s.problems.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            [Field::OrigExtended],
            "no reason to disagree is required where nothing came back"
        );
        let view = s.field_view(Field::OrigExtended);
        assert_eq!(
            view.label,
            s.text(stevns_rights_wizard::core::Msg::ComplaintExtendedLabel)
        );
        assert!(view.hint.unwrap_or_default().contains("tre måneder") || lang == Lang::En);
        assert!(s.field_view(Field::Disagree).optional);
        assert!(
            !s.fields_on(Step::Outcome).contains(&Field::Reply),
            "no reply to quote"
        );
        let s = next(set(s, Field::OrigExtended, "yes"));
        assert_eq!(s.step, Step::Outcome, "three months have not passed");
        assert_eq!(
            s.problems[0].1,
            Problem::NotYet {
                deadline: Date::new(2027, 1, 14).unwrap(),
                complaint: true,
                ends_today: false,
            }
        );
        // Not extended: one month, long past; the letter names the deadline and the rule.
        let s = finish(next(set(s, Field::OrigExtended, "no")), "digital-post");
        let body = compose(&s).body;
        let want = match lang {
            Lang::Da => "Kommunen skulle svare senest mandag den 16. november 2026 (databeskyttelsesforordningens artikel 12, stk. 3). Jeg har hverken fået svar eller besked om, at fristen er forlænget.",
            Lang::En => "The municipality had to answer by Monday 16 November 2026 (Article 12(3) of the General Data Protection Regulation). I have had neither an answer nor notice that the deadline was extended.",
        };
        assert!(body.contains(want), "{body}");
        assert!(!body.contains("Hvorfor jeg er uenig") && !body.contains("Why I disagree"));
    }
    // Extended, and still no answer after three months: the extended deadline is named.
    let mut s = followup(Lang::Da, "complaint", Right::Access);
    s.today = Date::new(2027, 1, 20).unwrap();
    let s = set(set(s, Field::Outcome, "none"), Field::OrigExtended, "yes");
    let s = set(s, Field::Disagree, "Jeg har ringet to gange.");
    let s = finish(next(s), "digital-post");
    let body = compose(&s).body;
    assert!(body.contains("Kommunen forlængede fristen til torsdag den 14. januar 2027. Heller ikke den frist er overholdt (databeskyttelsesforordningens artikel 12, stk. 3)."), "{body}");
    assert!(
        body.contains("Bemærkninger\nJeg har ringet to gange."),
        "{body}"
    );
}

/// A refusal complaint never says the municipality broke a rule the citizen cannot know it
/// broke: art. 12(4) ("ikke overholdt") only when the citizen answers that the refusal came
/// without reasons or without the information about complaining.
#[test]
fn a_refusal_complaint_asserts_a_breach_of_article_12_4_only_when_the_citizen_says_so() {
    let mut letters = 0;
    for lang in Lang::ALL {
        for outcome in ["refused", "partial"] {
            for informed in ["yes", "no"] {
                for right in Right::ALL {
                    for route in ["digital-post", "email", "web"] {
                        let s = followup(lang, "complaint", right);
                        let s = set(
                            set(s, Field::Outcome, outcome),
                            Field::OutcomeInformed,
                            informed,
                        );
                        let s = set(s, Field::Disagree, "Jeg er uenig.");
                        let s = finish(next(s), route);
                        let body = compose(&s).body;
                        let case = format!("{lang:?} {outcome} {informed} {right:?} {route}");
                        letters += 1;
                        let breach =
                            body.contains("ikke overholdt") || body.contains("not complied");
                        assert_eq!(breach, informed == "no", "{case}:\n{body}");
                        let cites_12_4 =
                            body.contains("artikel 12, stk. 4") || body.contains("Article 12(4)");
                        assert_eq!(cites_12_4, informed == "no", "{case}");
                        let disputed = match (lang, outcome) {
                            (Lang::Da, "refused") => "Jeg mener ikke, at kommunen havde ret til at afslå anmodningen efter databeskyttelsesforordningens artikel",
                            (Lang::Da, _) => "Jeg mener ikke, at kommunen havde ret til at afslå anmodningen delvist efter databeskyttelsesforordningens artikel",
                            (Lang::En, "refused") => "I do not believe the municipality was entitled to refuse the request under Article",
                            (Lang::En, _) => "I do not believe the municipality was entitled to refuse part of the request under Article",
                        };
                        assert!(body.contains(disputed), "{case}:\n{body}");
                    }
                }
            }
        }
    }
    assert_eq!(letters, 2 * 2 * 2 * 9 * 3);
    // The article cited is the original request's.
    let s = followup(Lang::Da, "complaint", Right::Source);
    let s = set(
        set(s, Field::Outcome, "refused"),
        Field::OutcomeInformed,
        "no",
    );
    let body = compose(&finish(next(set(s, Field::Disagree, "x")), "digital-post")).body;
    assert!(
        body.contains("databeskyttelsesforordningens artikel 15, stk. 1, litra g. Jeg beder"),
        "{body}"
    );
}

#[test]
fn an_old_on_behalf_answer_is_shown_again_in_a_follow_up_and_can_be_changed() {
    let s = next(set(next(fresh(Lang::Da)), Field::Who, "behalf"));
    let mut s = s;
    while s.step != Step::Start {
        s = s.reduce(Action::Back);
    }
    assert_eq!(s.get(Field::Who), "behalf");
    let s = next(set(
        s.reduce(Action::StartFollowUp),
        Field::FollowKind,
        "reminder",
    ));
    assert_eq!(s.step, Step::Who);
    assert!(
        s.field_view(Field::Who).choices[1].checked,
        "the earlier answer is visible, not hidden"
    );
    let s = next(set(s, Field::Who, "myself"));
    let s = set(
        set(s, Field::OrigRight, "access"),
        Field::OrigDate,
        "14-10-2026",
    );
    let s = finish(next(set(s, Field::OrigExtended, "no")), "digital-post");
    assert!(!s.on_behalf());
    assert!(!s.check_rows().iter().any(|r| r.field == Field::OtherName));
}

/// A complaint with `outcome` (and a reply unless there was none), finished by `route`.
fn complaint(lang: Lang, outcome: &str, route: &str) -> State {
    let s = followup(lang, "complaint", Right::Access);
    let s = set(s, Field::Outcome, outcome);
    let s = match outcome {
        "none" => set(s, Field::OrigExtended, "no"),
        "refused" | "partial" => set(
            set(s, Field::OutcomeInformed, "yes"),
            Field::Reply,
            "Svar af 1. november 2026",
        ),
        _ => set(s, Field::Reply, "Svar af 1. november 2026"),
    };
    let s = next(set(s, Field::Disagree, "Jeg er uenig."));
    finish(s, route)
}

#[test]
fn a_complaint_names_the_controller_with_address_and_cvr() {
    for lang in Lang::ALL {
        let body = compose(&complaint(lang, "refused", "digital-post")).body;
        let line = match lang {
            Lang::Da => "Klagen gælder den dataansvarlige: Stevns Kommune, Rådhuspladsen 4, 4660 Store Heddinge, CVR-nr. 29 20 86 54.",
            Lang::En => "The complaint concerns the controller: Stevns Kommune, Rådhuspladsen 4, 4660 Store Heddinge, CVR no. 29 20 86 54.",
        };
        assert!(body.contains(line), "{body}");
    }
    // The CVR number comes from config.
    use std::rc::Rc;
    use stevns_rights_wizard::core::Config;
    let mut s = complaint(Lang::Da, "refused", "digital-post");
    s.config = Rc::new(Config {
        municipality: "Testby Kommune".into(),
        address: "Torvet 1, 9999 Testby".into(),
        cvr: "12 34 56 78".into(),
        ..Config::default()
    });
    assert!(compose(&s).body.contains(
        "Klagen gælder den dataansvarlige: Testby Kommune, Torvet 1, 9999 Testby, CVR-nr. 12 34 56 78."
    ));
}

#[test]
fn a_complaint_cites_the_rule_that_fits_the_outcome() {
    for lang in Lang::ALL {
        let (r3, r4) = match lang {
            Lang::Da => ("artikel 12, stk. 3", "artikel 12, stk. 4"),
            Lang::En => ("Article 12(3)", "Article 12(4)"),
        };
        for (outcome, rule, other) in [
            ("none", r3, r4),
            ("extended", r3, r4),
            ("extended-late", r3, r4),
        ] {
            let body = compose(&complaint(lang, outcome, "digital-post")).body;
            assert!(body.contains(rule), "{lang:?} {outcome}: {body}");
            assert!(!body.contains(other), "{lang:?} {outcome}: {body}");
        }
        // A refusal with reasons is complained about on its substance: neither deadline rule.
        for outcome in ["refused", "partial"] {
            let body = compose(&complaint(lang, outcome, "digital-post")).body;
            assert!(
                !body.contains(r3) && !body.contains(r4),
                "{lang:?} {outcome}: {body}"
            );
        }
    }
    let body = compose(&complaint(Lang::Da, "extended-late", "digital-post")).body;
    assert!(body.contains(
        "Hvad der skete\nKommunen har forlænget fristen, men gav først besked efter den første måned."
    ));
    assert!(body.contains("inden for den første måned"));
    assert!(
        Field::Outcome
            .choices()
            .iter()
            .any(|c| c.value == "extended-late"),
        "the citizen can say the extension came too late"
    );
}

#[test]
fn a_complaint_lists_its_attachments_and_attaches_only_where_the_route_can() {
    let s = complaint(Lang::Da, "refused", "digital-post");
    let body = compose(&s).body;
    assert!(
        body.contains(
            "Jeg vedhæfter:\n- Anmodningen af 14. oktober 2026, ref. SK-ABC234\n- Kommunens svar"
        ),
        "{body}"
    );
    let web = compose(&put(s, Field::ComplaintRoute, "web")).body;
    assert!(
        web.contains("Jeg vedhæfter:"),
        "the PDF form goes by Digital Post"
    );
    let body = compose(&complaint(Lang::Da, "none", "digital-post")).body;
    assert!(body.contains("Jeg vedhæfter:\n- Anmodningen af 14. oktober 2026, ref. SK-ABC234"));
    assert!(
        !body.contains("Kommunens svar"),
        "no reply to attach: {body}"
    );
    for lang in Lang::ALL {
        let body = compose(&complaint(lang, "partial", "email")).body;
        let lower = body.to_lowercase();
        assert!(
            !lower.contains("vedhæft") && !lower.contains("attach"),
            "{body}"
        );
        assert!(
            body.contains(match lang {
                Lang::Da => "Jeg har disse bilag. Jeg sender dem med Digital Post, hvis I beder om dem:\n- Anmodningen af 14. oktober 2026, ref. SK-ABC234\n- Kommunens svar",
                Lang::En => "I have these documents. I will send them by Digital Post if you ask for them:\n- The request of 14 October 2026, ref. SK-ABC234\n- The municipality's answer",
            }),
            "{body}"
        );
    }
}

/// A follow-up written for Ida Hansen with `relation`, finished by `route`.
fn behalf_followup(lang: Lang, kind: &str, relation: &str, route: &str) -> State {
    let s = kind_and_who(lang, kind, "behalf");
    let s = set(s, Field::OrigRight, "erasure");
    let s = set(s, Field::OrigExtended, "no");
    let s = next(set(s, Field::OrigDate, "14-10-2026"));
    let s = if kind == "complaint" {
        next(set(
            set(
                set(s, Field::Outcome, "refused"),
                Field::OutcomeInformed,
                "yes",
            ),
            Field::Disagree,
            "Oplysningerne er forældede.",
        ))
    } else {
        s
    };
    assert_eq!(s.step, Step::Person, "{:?}", s.problems);
    let s = set(s, Field::OtherName, "Ida Hansen");
    let s = set(s, Field::OtherCpr, "010110-4000");
    finish(set(s, Field::Relation, relation), route)
}

#[test]
fn reminders_and_complaints_for_someone_else_name_them_first_and_never_the_writers_data() {
    for lang in Lang::ALL {
        for kind in ["reminder", "complaint"] {
            for relation in ["poa", "custody", "guardian"] {
                for route in ["digital-post", "email"] {
                    let s = behalf_followup(lang, kind, relation, route);
                    assert!(s.on_behalf());
                    let l = compose(&s);
                    let case = format!("{lang:?} {kind} {relation} {route}");
                    let on_behalf = match lang {
                        Lang::Da => " på vegne af Ida Hansen – ref. ",
                        Lang::En => " on behalf of Ida Hansen – ref. ",
                    };
                    assert!(l.subject.contains(on_behalf), "{case}: {}", l.subject);
                    let second = l.body.split("\n\n").nth(1).unwrap_or_default();
                    let first = match (lang, kind) {
                        (Lang::Da, "reminder") => "Jeg skriver på vegne af Ida Hansen om de personoplysninger, I behandler om Ida Hansen.",
                        (Lang::En, "reminder") => "I am writing on behalf of Ida Hansen about the personal data you process about Ida Hansen.",
                        (Lang::Da, _) => "Jeg klager på vegne af Ida Hansen over Stevns Kommune (databeskyttelsesforordningens artikel 77). Det gælder en anmodning om de personoplysninger, kommunen behandler om Ida Hansen.",
                        (Lang::En, _) => "On behalf of Ida Hansen, I wish to complain about Stevns Kommune (Article 77 of the General Data Protection Regulation). It concerns a request about the personal data the municipality processes about Ida Hansen.",
                    };
                    assert!(second.starts_with(first), "{case}: {second}");
                    let authority = authority_sentence(lang, relation);
                    assert!(second.contains(authority), "{case}: {second}");
                    let lower = l.body.to_lowercase();
                    for phrase in [
                        "om mig",
                        "mine oplysninger",
                        "mine personoplysninger",
                        "min anmodning",
                        "mit samtykke",
                        "mit syn",
                        "my data",
                        "my personal data",
                        "about me",
                        "my request",
                        "my details",
                        "my consent",
                        "my view",
                        "mit cpr-nummer",
                        "my cpr number",
                    ] {
                        assert!(!lower.contains(phrase), "{case}: {phrase:?}\n{}", l.body);
                    }
                    if route == "email" {
                        assert!(!l.body.contains("010110"), "{case}");
                    } else {
                        assert!(second.contains("010110-4000"), "{case}: {second}");
                    }
                    if kind == "complaint" && relation != "custody" {
                        let doc = match (lang, relation) {
                            (Lang::Da, "poa") => "- Fuldmagten",
                            (Lang::Da, _) => "- Værgemålsbeviset",
                            (Lang::En, "poa") => "- The power of attorney",
                            (Lang::En, _) => "- The certificate of guardianship",
                        };
                        assert!(l.body.contains(doc), "{case}: {}", l.body);
                    }
                }
            }
        }
    }
}

/// A withdrawal of consent took effect on receipt: a reminder or a "no answer" complaint
/// about one asks for the confirmation and the answer on erasure, not for an answer to the
/// withdrawal within a month.
#[test]
fn a_reminder_or_complaint_about_a_withdrawn_consent_asks_for_the_confirmation_and_the_erasure() {
    for lang in Lang::ALL {
        let (effect, erasure) = match lang {
            Lang::Da => ("Tilbagetrækningen fik virkning, da", "sletningen"),
            Lang::En => ("The withdrawal took effect when", "the erasure"),
        };
        let reminder = finish(followup(lang, "reminder", Right::Consent), "digital-post");
        let body = compose(&reminder).body;
        assert!(body.contains(effect) && body.contains(erasure), "{body}");
        assert!(
            body.contains(match lang {
                Lang::Da => "Fristen for at svare om sletningen er en måned (databeskyttelsesforordningens artikel 12, stk. 3). Den udløb mandag den 16. november 2026",
                Lang::En => "The deadline for answering on the erasure is one month (Article 12(3) of the General Data Protection Regulation). It expired on Monday 16 November 2026",
            }),
            "{body}"
        );
        let s = followup(lang, "complaint", Right::Consent);
        let s = set(set(s, Field::Outcome, "none"), Field::OrigExtended, "no");
        let body = compose(&finish(next(s), "email")).body;
        assert!(body.contains(effect) && body.contains(erasure), "{body}");
        // Every other right: no word of a withdrawal.
        let body = compose(&finish(followup(lang, "reminder", Right::Access), "email")).body;
        assert!(!body.contains(effect), "{body}");
    }
}

/// The document went with the request; the reminder does not carry it, so the person page
/// does not ask to attach it again.
#[test]
fn a_reminder_for_someone_else_does_not_ask_to_attach_the_document_again() {
    use stevns_rights_wizard::core::letter::authority_doc;
    use stevns_rights_wizard::core::Msg;
    for (relation, request_note, reminder_note) in [
        ("poa", Msg::PoaNote, Msg::PoaNoteReminder),
        ("guardian", Msg::GuardianNote, Msg::GuardianNoteReminder),
    ] {
        let s = behalf_followup(Lang::Da, "reminder", relation, "digital-post");
        assert_eq!(authority_doc(&s).map(|d| d.note), Some(reminder_note));
        let note = s.text(reminder_note);
        assert!(note.contains("sendte du med anmodningen"), "{note}");
        assert!(!note.starts_with("Husk at vedhæfte"), "{note}");
        let body = compose(&s).body.to_lowercase();
        assert!(!body.contains("vedhæft"), "{body}");
        let s = complete(Lang::Da, Right::Access, "digital-post", "");
        let s = set(s.reduce(Action::Change(Field::Who)), Field::Who, "behalf");
        let s = set(next(s), Field::Relation, relation);
        assert_eq!(authority_doc(&s).map(|d| d.note), Some(request_note));
    }
}

#[test]
fn the_step_count_never_changes_under_the_citizen() {
    for (lang, first, of) in [
        (Lang::Da, "Trin 1", ["Trin 2 af 6", "Trin 2 af 7"]),
        (Lang::En, "Step 1", ["Step 2 of 6", "Step 2 of 7"]),
    ] {
        let s = fresh(lang).reduce(Action::StartFollowUp);
        assert_eq!(s.step_label().as_deref(), Some(first));
        // Choosing on the first page leaves its label alone, whichever kind is chosen.
        for kind in ["complaint", "reminder", "complaint"] {
            let s = set(s.clone(), Field::FollowKind, kind);
            assert_eq!(s.step_label().as_deref(), Some(first), "{kind}");
        }
        for (kind, label) in ["reminder", "complaint"].into_iter().zip(of) {
            let mut s = next(set(s.clone(), Field::FollowKind, kind));
            assert_eq!(s.step_label().as_deref(), Some(label));
            // From there to the check page, one total.
            let total = label.rsplit(' ').next().unwrap_or_default().to_string();
            s = next(set(s, Field::Who, "myself"));
            for page in 0..8 {
                if s.step == Step::Send {
                    break;
                }
                let shown = s.step_label().unwrap_or_default();
                assert!(shown.ends_with(&total), "{kind} page {page}: {shown}");
                s = s.clone().jump(s.flow().next(s.step));
            }
        }
    }
}
