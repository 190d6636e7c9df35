//! The wizard reducer, driven as a citizen would: steps, validation, back/forward, "Ret".

mod common;
use common::*;
use stevns_rights_wizard::core::focus::Focus;
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::steps::Step;
use stevns_rights_wizard::core::validate::Problem;
use stevns_rights_wizard::core::{Field, Lang, Msg, Right};

#[test]
fn continue_without_an_answer_stays_with_a_specific_message_and_focuses_the_summary() {
    let s = next(next(fresh(Lang::Da)));
    assert_eq!(s.step, Step::Who);
    let seq = s.focus_seq;
    let s = next(s);
    assert_eq!(s.step, Step::Who);
    assert_eq!(
        s.problems,
        vec![(Field::Who, Problem::Missing(Msg::WhoMissing))]
    );
    assert_eq!(s.focus, Some(Focus::Summary));
    assert!(s.focus_seq != seq);
    assert_eq!(s.error_links()[0].text, "Vælg hvem anmodningen gælder");
    assert_eq!(
        s.field_view(Field::Who).error.as_deref(),
        Some("Vælg hvem anmodningen gælder")
    );
}

#[test]
fn person_step_lists_every_error_in_page_order_and_keeps_what_was_typed() {
    let mut s = complete(Lang::Da, Right::Access, "digital-post", "");
    s = s.reduce(Action::Change(Field::Name));
    s = set(s, Field::Name, "");
    s = set(s, Field::Cpr, "300299-1234");
    s = set(s, Field::Email, "jens@");
    s = next(s);
    assert_eq!(s.step, Step::Person);
    let texts: Vec<String> = s.error_links().into_iter().map(|e| e.text).collect();
    assert_eq!(
        texts,
        vec![
            "Skriv dit fulde navn",
            "De første 6 cifre i CPR-nummeret er ikke en rigtig dato. Tjek dag, måned og år",
            "Skriv en e-mailadresse i det rigtige format, fx navn@eksempel.dk",
        ]
    );
    assert_eq!(s.get(Field::Cpr), "300299-1234");
    assert_eq!(s.get(Field::Email), "jens@");
    // The same messages in English after switching language, answers still there.
    let s = s.reduce(Action::SetLang(Lang::En));
    assert_eq!(s.error_links()[0].text, "Enter your full name");
    assert_eq!(s.get(Field::Cpr), "300299-1234");
}

#[test]
fn back_and_forward_keep_every_answer() {
    let s = complete(
        Lang::Da,
        Right::Rectification,
        "digital-post",
        "010180-1234",
    );
    let mut back = s.clone();
    for _ in 0..8 {
        back = back.reduce(Action::Back);
    }
    assert_eq!(back.step, Step::Start);
    assert_eq!(back.answers, s.answers);
    let mut fwd = back;
    for _ in 0..7 {
        fwd = next(fwd);
    }
    assert_eq!(fwd.step, Step::Check);
    assert_eq!(next(fwd).step, Step::Send);
}

#[test]
fn change_from_check_answers_goes_to_the_field_and_comes_back() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "");
    let s = s.reduce(Action::Back);
    assert_eq!(s.step, Step::Check);
    let s = s.reduce(Action::Change(Field::Email));
    assert_eq!(s.step, Step::Person);
    assert_eq!(s.focus, Some(Focus::Field(Field::Email)));
    let s = next(set(s, Field::Email, "ny@example.dk"));
    assert_eq!(s.step, Step::Check, "returns to check answers");
    assert!(s.check_rows().iter().any(|r| r.value == "ny@example.dk"));
}

#[test]
fn changing_the_right_from_check_answers_asks_the_new_details() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "").reduce(Action::Back);
    let s = s.reduce(Action::Change(Field::Right));
    assert_eq!(s.step, Step::Right);
    let s = next(set(s, Field::Right, "rectification"));
    assert_eq!(s.step, Step::About, "the limits of the new right are shown");
    let s = next(s);
    assert_eq!(s.step, Step::Details, "rectification needs its own details");
    let s = next(s);
    assert_eq!(
        s.problems.len(),
        3,
        "what kind, which data and what it should say"
    );
    let s = set(s, Field::RectifyKind, "both");
    let s = next(set(set(s, Field::WrongData, "x"), Field::CorrectData, "y"));
    assert_eq!(s.step, Step::Check);
}

#[test]
fn choosing_on_behalf_from_check_answers_asks_for_the_other_person() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "").reduce(Action::Back);
    let s = next(set(
        s.reduce(Action::Change(Field::Who)),
        Field::Who,
        "behalf",
    ));
    assert_eq!(s.step, Step::Person);
    let s = next(s);
    let fields: Vec<Field> = s.problems.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, vec![Field::OtherName, Field::Relation]);
}

#[test]
fn not_sure_asks_questions_and_suggests_a_right_the_citizen_can_change() {
    let s = next(set(next(next(fresh(Lang::Da))), Field::Who, "myself"));
    let s = next(set(s, Field::Right, "unsure"));
    assert_eq!(s.step, Step::Guide);
    assert_eq!(s.step_label().as_deref(), Some("Trin 2 af 7"));
    let s = next(s);
    assert_eq!(s.problems.len(), 5, "all five questions must be answered");
    let mut s = s;
    for (f, _) in stevns_rights_wizard::core::unsure::QUESTIONS {
        s = set(s, f, if f == Field::GuideDelete { "yes" } else { "no" });
    }
    let s = next(s);
    assert_eq!(s.step, Step::Right);
    assert_eq!(s.right(), Some(Right::Erasure));
    assert!(s.suggestion().unwrap().contains("Få slettet oplysninger"));
    let s = set(s, Field::Right, "access");
    assert_eq!(
        s.suggestion(),
        None,
        "the notice goes when another right is chosen"
    );
    assert_eq!(next(s).step, Step::About);
}

#[test]
fn portability_offers_access_instead() {
    let s = next(set(
        next(set(next(fresh(Lang::Da)), Field::Who, "myself")),
        Field::Right,
        "portability",
    ));
    assert_eq!(s.step, Step::About);
    let about = s.about().unwrap();
    assert!(about.offer_access);
    assert!(about.limits.iter().any(|l| l.contains("art. 20, stk. 3")));
    let s = s.reduce(Action::UseAccessInstead);
    assert_eq!((s.step, s.right()), (Step::About, Some(Right::Access)));
}

#[test]
fn the_send_page_is_never_reached_with_invalid_answers() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "").reduce(Action::Back);
    // An event from a page the citizen has left cannot change answers.
    let stale = set(s.clone(), Field::Name, "");
    assert_eq!(stale.get(Field::Name), "Jens Hansen");
    // A restored or prefilled answer that is no longer valid is caught before the letter.
    let s = put(s, Field::Name, "");
    let s = next(s);
    assert_eq!(s.step, Step::Person);
    assert!(!s.problems.is_empty());
}

#[test]
fn every_right_shows_its_limits_with_citations_in_both_languages() {
    for lang in Lang::ALL {
        for right in Right::ALL {
            let s = next(set(
                next(set(next(fresh(lang)), Field::Who, "myself")),
                Field::Right,
                right.slug(),
            ));
            let about = s.about().unwrap();
            assert!(!about.limits.is_empty(), "{right:?}");
            assert!(
                about.get.contains('('),
                "{right:?} 'what you get' cites its article"
            );
        }
    }
}

#[test]
fn employees_are_told_about_it_cases_and_their_manager() {
    let s = next(set(
        next(set(next(fresh(Lang::Da)), Field::Who, "employee")),
        Field::Right,
        "consent",
    ));
    let about = s.about().unwrap();
    let employee = about.employee.unwrap();
    // The manager (seed 000) and the letter to the municipality are both ways to withdraw.
    assert!(employee.contains("kontakte din leder"), "{employee}");
    assert!(
        employee.contains("sende brevet her til kommunen"),
        "{employee}"
    );
    assert!(about.note.unwrap().contains("komm@stevns.dk"));
    // For the other rights, only where an employee's IT-case data comes from.
    let s = next(set(
        next(set(next(fresh(Lang::En)), Field::Who, "employee")),
        Field::Right,
        "access",
    ));
    let employee = s.about().unwrap().employee.unwrap();
    assert!(
        employee.contains("TopDesk") && !employee.contains("manager"),
        "{employee}"
    );
}

#[test]
fn preset_right_from_config_is_preselected() {
    use std::rc::Rc;
    use stevns_rights_wizard::core::{Config, State};
    let c = Config {
        right: Some(Right::Objection),
        ..Config::default()
    };
    let s = State::new(Rc::new(c), TODAY, 1);
    assert_eq!(s.right(), Some(Right::Objection));
}

#[test]
fn jump_for_testers_stops_at_the_first_unanswered_step() {
    let s = put(fresh(Lang::Da), Field::Right, "erasure").jump(Step::Details);
    assert_eq!(s.step, Step::Who);
    let s = put(s, Field::Who, "myself").jump(Step::Details);
    assert_eq!(s.step, Step::Details);
    assert_eq!(s.clone().jump(Step::Send).step, Step::Details);
}

#[test]
fn step_indicator_and_restart() {
    let s = complete(Lang::En, Right::Source, "email", "");
    assert_eq!(s.step_label(), None, "the send page is not a numbered step");
    let r = s.reference();
    let s = s.reduce(Action::Restart);
    assert_eq!(s.step, Step::Start);
    assert_eq!(s.lang, Lang::En, "the language stays");
    assert_eq!(s.get(Field::Name), "");
    assert_ne!(s.reference(), r);
}

/// Parental custody ends at 18 (`docs/sources.md#custody-18`): a letter never claims it for
/// someone whose CPR number shows an adult, and the option says whom it is for.
#[test]
fn custody_is_only_for_a_child_under_18() {
    let custody = Field::Relation
        .choices()
        .iter()
        .find(|c| c.value == "custody")
        .and_then(|c| c.hint);
    assert_eq!(
        custody.map(|h| h.get(Lang::Da)),
        Some("Gælder børn under 18.")
    );
    assert_eq!(
        custody.map(|h| h.get(Lang::En)),
        Some("For children under 18.")
    );
    for lang in Lang::ALL {
        let s = next(set(next(fresh(lang)), Field::Who, "behalf"));
        let s = next(next(set(s, Field::Right, "access")));
        let s = next(s);
        assert_eq!(s.step, Step::Person);
        let s = set(
            set(s, Field::Name, "Jens Hansen"),
            Field::OtherName,
            "Ida Hansen",
        );
        let s = set(s, Field::Relation, "custody");
        // Born 1 January 1980: an adult. The error is on the relation, in the widget's language.
        let adult = next(set(s.clone(), Field::OtherCpr, "010180-1234"));
        assert_eq!(adult.step, Step::Person);
        assert_eq!(
            adult.problems,
            vec![(Field::Relation, Problem::Invalid(Msg::CustodyAdult))]
        );
        assert!(adult.error_links()[0].text.contains("18"));
        assert_eq!(adult.get(Field::OtherCpr), "010180-1234", "kept as typed");
        // Turning 18 on the day: 23 November 2008 is 18 on 23 November 2026; a day later is not.
        let eighteen = next(set(s.clone(), Field::OtherCpr, "231108-4000"));
        assert_eq!(eighteen.problems.len(), 1, "{:?}", eighteen.problems);
        let seventeen = next(set(s.clone(), Field::OtherCpr, "241108-4000"));
        assert_eq!(seventeen.step, Step::Route, "{:?}", seventeen.problems);
        // A power of attorney or a guardianship is fine for an adult; no CPR number, no check.
        for relation in ["poa", "guardian"] {
            let ok = next(set(
                set(s.clone(), Field::OtherCpr, "010180-1234"),
                Field::Relation,
                relation,
            ));
            assert_eq!(ok.step, Step::Route, "{relation}: {:?}", ok.problems);
        }
        assert_eq!(next(s).step, Step::Route);
    }
}

#[test]
fn the_person_page_heading_names_the_other_person_too() {
    for (lang, own, other) in [
        (Lang::Da, "Om dig", "Om dig og den anden person"),
        (Lang::En, "About you", "About you and the other person"),
    ] {
        for (who, want) in [("myself", own), ("employee", own), ("behalf", other)] {
            let s = next(set(next(fresh(lang)), Field::Who, who));
            let s = next(next(set(s, Field::Right, "source")));
            let s = next(set(s, Field::EmployeeIt, "no"));
            assert_eq!(s.step, Step::Person);
            assert_eq!(s.heading(), want, "{who}");
        }
    }
}
