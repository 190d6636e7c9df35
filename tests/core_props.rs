//! Property tests: any sequence of citizen actions keeps the wizard's promises.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use proptest::prelude::*;
use stevns_rights_wizard::core::cpr::find_cpr_like;
use stevns_rights_wizard::core::letter::{compose, mailto_href};
use stevns_rights_wizard::core::mailto::decode;
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::steps::Step;
use stevns_rights_wizard::core::{Field, Lang};

const FIELDS: [Field; Field::ALL.len()] = Field::ALL;

/// Values a citizen could produce: valid choices, CPR numbers (alone and in text), odd text.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "myself", "behalf", "employee", "access", "rectification", "erasure", "restriction",
            "objection", "consent", "portability", "automated", "source", "unsure", "yes", "no",
            "not-needed", "accuracy", "photo", "other", "logic", "human", "logic,human", "poa",
            "custody", "guardian", "digital-post", "email", "reminder", "complaint", "refused", "partial",
            "extended-late",
            "web", "14-10-2026", "01-11-2026",
        ]).prop_map(String::from),
        2 => prop::sample::select(vec![
            "010180-1234", "0101801234", "300299-1234", "010160-0000", "Jens Hansen", "jens@example.dk",
            "56 57 57 57", "Mit cpr er 010180 1234 tak", "", "   ",
        ]).prop_map(String::from),
        1 => "\\PC{0,40}",
        1 => "[0-9 -]{0,14}",
    ]
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        6 => Just(Action::Continue),
        2 => Just(Action::Back),
        1 => prop::sample::select(vec![Lang::Da, Lang::En]).prop_map(Action::SetLang),
        6 => (prop::sample::select(FIELDS.to_vec()), value()).prop_map(|(f, v)| Action::Set(f, v)),
        1 => (prop::bool::ANY, prop::bool::ANY).prop_map(|(logic, on)| {
            Action::Toggle(Field::AutoRequests, if logic { "logic" } else { "human" }, on)
        }),
        1 => prop::sample::select(FIELDS.to_vec()).prop_map(Action::Change),
        1 => Just(Action::UseAccessInstead),
        1 => Just(Action::UseDigitalPost),
        1 => Just(Action::StartFollowUp),
        // "Fortsæt" with what the fields show (autofill), and a copied tab's new reference.
        3 => prop::collection::vec((prop::sample::select(FIELDS.to_vec()), value()), 0..4)
            .prop_map(Action::ContinueWith),
        // What the fields show, taken over before a language switch.
        1 => prop::collection::vec((prop::sample::select(FIELDS.to_vec()), value()), 0..4)
            .prop_map(Action::TakeShown),
        1 => prop::num::u64::ANY.prop_map(Action::Reseed),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_keeps_the_wizards_promises(
        start in 0usize..20,
        actions in prop::collection::vec(action(), 0..40),
    ) {
        // Half the runs start from the check page of a finished request (any right, either
        // route, with a CPR number), so the send page is reached often.
        let mut s = if start < 10 {
            fresh(if start % 2 == 0 { Lang::Da } else { Lang::En })
        } else {
            let right = stevns_rights_wizard::core::Right::ALL[start % 9];
            let route = if start % 2 == 0 { "email" } else { "digital-post" };
            complete(Lang::Da, right, route, "010180-1234").reduce(Action::Back)
        };
        for a in actions {
            let before = s.answers.clone();
            let kind = a.clone();
            s = s.reduce(a);
            // Navigation and language never lose or change an answer; only the guide's
            // suggestion and "ask for access instead" may set the right.
            if matches!(kind, Action::Continue | Action::Back | Action::SetLang(_) | Action::Change(_) | Action::Reseed(_)) {
                for (field, value) in before.iter() {
                    if field != Field::Right {
                        prop_assert_eq!(s.answers.get(field), value);
                    }
                }
            }
            if s.step == Step::Send {
                prop_assert!(s.complete(), "the send page with invalid answers");
                prop_assert!(s.deadline() > s.today);
                let letter = compose(&s);
                if s.by_email() {
                    prop_assert!(find_cpr_like(&letter.body).is_empty(), "CPR in e-mail: {}", letter.body);
                    let (href, _) = mailto_href(&s, &letter);
                    prop_assert!(find_cpr_like(&decode(&href)).is_empty());
                }
            }
        }
    }
}

#[test]
fn a_direct_route_to_the_send_page_exists() {
    // Guards the property test against passing only because Send is never reached.
    let s = complete(
        Lang::Da,
        stevns_rights_wizard::core::Right::Access,
        "email",
        "010180-1234",
    );
    assert_eq!(s.step, Step::Send);
}
