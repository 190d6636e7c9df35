//! What the widget keeps and says around the tab draft, and what it takes from the page:
//! "Fortsæt" with the fields' shown values (autofill), the notification banners after a
//! reload without the CPR number and after deleting the answers, and a fresh reference for a
//! copied tab.

mod common;
use common::*;
use stevns_rights_wizard::core::letter::{compose, mailto_href};
use stevns_rights_wizard::core::notice::Notice;
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::state::State;
use stevns_rights_wizard::core::steps::Step;
use stevns_rights_wizard::core::{Field, Lang, Right};

fn continue_with(s: State, values: &[(Field, &str)]) -> State {
    s.reduce(Action::ContinueWith(
        values.iter().map(|(f, v)| (*f, v.to_string())).collect(),
    ))
}

/// At "Om dig" for `right`, with nothing typed (the state never heard of the fields).
fn at_person(lang: Lang, right: Right) -> State {
    let mut s = next(fresh(lang));
    s = next(set(s, Field::Who, "myself"));
    s = next(next(set(s, Field::Right, right.slug())));
    for (f, v) in details(right) {
        s = set(s, f, v);
    }
    let s = next(s);
    assert_eq!(s.step, Step::Person, "{:?}", s.problems);
    s
}

#[test]
fn autofilled_fields_count_on_continue_without_any_input_event() {
    for lang in Lang::ALL {
        let s = at_person(lang, Right::Access);
        // As Safari's contact AutoFill leaves it: values in the fields, none in the state.
        let s = continue_with(
            s,
            &[
                (Field::Name, "Jens Hansen"),
                (Field::Cpr, ""),
                (Field::Address, "Rådhuspladsen 4, 4660 Store Heddinge"),
                (Field::Phone, "+45 56 57 57 57"),
                (Field::Email, "jens@example.dk"),
            ],
        );
        assert_eq!(s.step, Step::Route, "{lang:?}: {:?}", s.problems);
        assert!(s.problems.is_empty());
        let s = next(next(s));
        assert_eq!(s.step, Step::Send, "{:?}", s.problems);
        let body = compose(&s).body;
        for typed in [
            "Jens Hansen",
            "Rådhuspladsen 4, 4660 Store Heddinge",
            "+45 56 57 57 57",
            "jens@example.dk",
        ] {
            assert!(
                body.contains(typed),
                "{lang:?}: {typed} missing from\n{body}"
            );
        }
    }
}

#[test]
fn autofilled_text_areas_count_too_and_e_mail_takes_them_as_well() {
    let mut s = next(fresh(Lang::Da));
    s = next(set(s, Field::Who, "myself"));
    s = next(next(set(s, Field::Right, "rectification")));
    assert_eq!(s.step, Step::Details);
    let s = set(s, Field::RectifyKind, "wrong");
    let s = continue_with(
        s,
        &[
            (Field::WrongData, "Min adresse er forkert"),
            (Field::CorrectData, "Storegade 1, 4660 Store Heddinge"),
        ],
    );
    assert_eq!(s.step, Step::Person, "{:?}", s.problems);
    // The e-mail route needs the address too (no CPR number to find the person by).
    let s = continue_with(
        s,
        &[
            (Field::Name, "Ida Jensen"),
            (Field::Address, "Algade 2, 4660 Store Heddinge"),
        ],
    );
    let s = next(set(s, Field::Route, "email"));
    let s = next(s);
    assert_eq!(s.step, Step::Send, "{:?}", s.problems);
    let (href, _) = mailto_href(&s, &compose(&s));
    for typed in [
        "Storegade%201",
        "Ida%20Jensen",
        "Min%20adresse%20er%20forkert",
    ] {
        assert!(href.contains(typed), "{typed} missing from {href}");
    }
}

#[test]
fn continue_with_still_validates_and_keeps_what_the_fields_show() {
    let s = at_person(Lang::Da, Right::Access);
    let s = continue_with(s, &[(Field::Name, ""), (Field::Email, "jens@")]);
    assert_eq!(s.step, Step::Person);
    let fields: Vec<Field> = s.problems.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, vec![Field::Name, Field::Email]);
    assert_eq!(s.get(Field::Email), "jens@", "what was shown is kept");
}

#[test]
fn continue_with_sets_only_the_questions_on_the_page() {
    let s = at_person(Lang::Da, Right::Access);
    let before = s.get(Field::AccessAreas).to_string();
    let s = continue_with(
        s,
        &[
            (Field::Name, "Jens Hansen"),
            (Field::AccessAreas, "changed behind the page"),
            (Field::Route, "email"),
        ],
    );
    assert_eq!(s.step, Step::Route);
    assert_eq!(s.get(Field::AccessAreas), before);
    assert_eq!(s.get(Field::Route), "digital-post");
}

#[test]
fn an_unchanged_page_continues_as_before() {
    // Equal values are not set again: an unanswered question stays unanswered, not emptied.
    let s = at_person(Lang::En, Right::Access);
    let s = set(s, Field::Name, "Jens Hansen");
    let a = next(s.clone());
    let b = continue_with(s, &[(Field::Name, "Jens Hansen"), (Field::Phone, "")]);
    assert_eq!(a, b);
}

#[test]
fn a_restored_draft_without_its_cpr_number_says_so_at_the_top_in_the_widgets_language() {
    for (lang, heading) in [
        (Lang::Da, "Skriv dit CPR-nummer igen – vi gemmer det aldrig"),
        (Lang::En, "Enter your CPR number again – we never keep it"),
    ] {
        for (route, cpr) in [("digital-post", "010180-1234"), ("email", "0101801234")] {
            let s = complete(lang, Right::Erasure, route, cpr);
            let draft = s.to_draft(0.0);
            let r = fresh(Lang::Da).restore(&draft, 1.0).expect("a fresh draft");
            assert_eq!((r.step, r.lang), (Step::Person, lang));
            assert_eq!(r.notice, Some(Notice::CprNotKept));
            assert_eq!(
                r.text(stevns_rights_wizard::core::Msg::NoticeCprHeading),
                heading
            );
            // The banner goes once the citizen moves on.
            let r = next(set(r, Field::Cpr, cpr));
            assert_eq!(r.step, Step::Route);
            assert_eq!(r.notice, None);
        }
    }
}

#[test]
fn no_banner_when_no_cpr_number_was_given_or_for_a_behalf_cpr_left_empty() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "");
    let r = fresh(Lang::Da).restore(&s.to_draft(0.0), 1.0).unwrap();
    assert_eq!((r.step, r.notice), (Step::Send, None));
    // A CPR number that was not valid is not "given" either: nothing was dropped that the
    // letter would have carried.
    let s = put(s, Field::Cpr, "12345");
    let r = fresh(Lang::Da).restore(&s.to_draft(0.0), 1.0).unwrap();
    assert_eq!(r.notice, None);
}

#[test]
fn the_send_page_is_kept_in_the_draft_so_a_reload_keeps_the_letter_and_its_reference() {
    for lang in Lang::ALL {
        let s = complete(lang, Right::Objection, "email", "");
        let r = fresh(Lang::Da).restore(&s.to_draft(0.0), 1.0).unwrap();
        assert_eq!(r.step, Step::Send);
        assert_eq!(r.reference(), s.reference());
        assert_eq!(compose(&r).body, compose(&s).body);
    }
}

#[test]
fn a_copied_tab_gets_its_own_reference_and_keeps_the_answers() {
    for seeds in [[1u64, 2], [100, 101], [u64::MAX, 0]] {
        let s = complete(Lang::Da, Right::Access, "digital-post", "");
        let draft = s.to_draft(0.0);
        let copy = fresh(Lang::Da).restore(&draft, 1.0).unwrap();
        assert_eq!(
            copy.reference(),
            s.reference(),
            "a copy starts with the same draft"
        );
        let a = copy.clone().reduce(Action::Reseed(seeds[0]));
        let b = copy.clone().reduce(Action::Reseed(seeds[1]));
        assert_ne!(a.reference(), s.reference());
        assert_ne!(a.reference(), b.reference());
        assert_eq!(a.answers, copy.answers);
        assert_eq!(a.step, Step::Send);
        // Its own draft carries its own reference from now on.
        let again = fresh(Lang::Da).restore(&a.to_draft(2.0), 3.0).unwrap();
        assert_eq!(again.reference(), a.reference());
    }
}

#[test]
fn deleting_the_answers_says_so_on_the_start_page_until_the_next_step() {
    for lang in Lang::ALL {
        let s = complete(lang, Right::Access, "digital-post", "").reduce(Action::Restart);
        assert_eq!(s.step, Step::Start);
        assert_eq!(s.notice, Some(Notice::AnswersDeleted));
        assert!(s.is_pristine(), "nothing left to keep");
        let s = s.reduce(Action::SetLang(Lang::En));
        assert_eq!(
            s.notice,
            Some(Notice::AnswersDeleted),
            "a language switch keeps it"
        );
        assert_eq!(next(s).notice, None);
    }
    let s = next(fresh(Lang::Da));
    assert_eq!(s.notice, None, "a fresh start has no banner");
}
