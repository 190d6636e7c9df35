//! Helpers shared by the native core tests: drive the reducer the way a citizen would.
#![allow(dead_code)]

use std::rc::Rc;
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::state::State;
use stevns_rights_wizard::core::steps::Step;
use stevns_rights_wizard::core::{Config, Date, Field, Lang, Right};

/// The tests' "today" (the core's one definition).
pub const TODAY: Date = Date::EXAMPLE_TODAY;

pub fn fresh(lang: Lang) -> State {
    let config = Config {
        lang,
        ..Config::default()
    };
    State::new(Rc::new(config), TODAY, 7)
}

pub fn set(s: State, field: Field, value: &str) -> State {
    s.reduce(Action::Set(field, value.to_string()))
}

/// Changes an answer directly, whatever the page (as a prefilled or restored answer would).
pub fn put(s: State, field: Field, value: &str) -> State {
    s.with_answer(field, value)
}

pub fn next(s: State) -> State {
    s.reduce(Action::Continue)
}

/// Valid answers to the details step of `right`.
pub fn details(right: Right) -> Vec<(Field, &'static str)> {
    use stevns_rights_wizard::core::Right as R;
    use Field::*;
    match right {
        R::Access => vec![(AccessAreas, "Jobcenter"), (AccessPeriod, "2020 til i dag")],
        R::Rectification => vec![
            (RectifyKind, "wrong"),
            (WrongData, "Min adresse er forkert"),
            (CorrectData, "Rådhuspladsen 4"),
        ],
        R::Erasure => vec![
            (EraseWhich, "Billeder fra 2019"),
            (EraseGround, "not-needed"),
        ],
        R::Restriction => vec![
            (RestrictGround, "accuracy"),
            (RestrictWhy, "Jeg har bedt om rettelse"),
        ],
        R::Objection => vec![
            (ObjectWhich, "Brug i statistik"),
            (ObjectReasons, "Min situation er særlig"),
        ],
        R::Consent => vec![
            (ConsentTopic, "photo"),
            (ConsentWhich, "Billede på Facebook"),
        ],
        R::Portability => vec![(PortabilityWhich, "Mine ansøgninger")],
        R::Automated => vec![(AutoDecision, "Afgørelse om boligstøtte, marts 2026")],
        R::Source => vec![(SourceWhich, "Oplysninger om min indkomst")],
    }
}

/// A complete run to the send page.
pub fn complete(lang: Lang, right: Right, route: &str, cpr: &str) -> State {
    let mut s = next(fresh(lang));
    s = next(set(s, Field::Who, "myself"));
    s = next(set(s, Field::Right, right.slug()));
    assert_eq!(s.step, Step::About);
    s = next(s);
    for (f, v) in details(right) {
        s = set(s, f, v);
    }
    s = next(s);
    assert_eq!(s.step, Step::Person, "{:?}", s.problems);
    s = set(s, Field::Name, "Jens Hansen");
    s = set(s, Field::Cpr, cpr);
    s = set(s, Field::Email, "jens@example.dk");
    // The e-mail route needs the address: the letter carries no CPR number.
    s = set(s, Field::Address, "Testvej 1, 4660 Store Heddinge");
    s = next(s);
    s = next(set(s, Field::Route, route));
    assert_eq!(s.step, Step::Check, "{:?}", s.problems);
    s = next(s);
    assert_eq!(s.step, Step::Send, "{:?}", s.problems);
    s
}

/// The sentence that states the writer's authority for Ida Hansen, by relation ("poa",
/// "custody", else "guardian"), as every letter written for her must carry it.
pub fn authority_sentence(lang: Lang, relation: &str) -> &'static str {
    match (lang, relation) {
        (Lang::Da, "poa") => "Jeg har en fuldmagt fra Ida Hansen.",
        (Lang::Da, "custody") => "Jeg er forælder til Ida Hansen og har forældremyndigheden.",
        (Lang::Da, _) => "Jeg er værge for Ida Hansen.",
        (Lang::En, "poa") => "I hold a power of attorney from Ida Hansen.",
        (Lang::En, "custody") => "I am the parent of Ida Hansen and have parental custody.",
        (Lang::En, _) => "I am the guardian of Ida Hansen.",
    }
}
