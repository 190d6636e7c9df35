//! The e-mail promise in the wild: CPR numbers written every way are kept out of e-mail,
//! nothing else is taken for one (the phone field above all), invisible characters never reach
//! validation or the letter, and the health warning reads whole words.

mod common;
use common::*;
use stevns_rights_wizard::core::cpr::find_cpr_like;
use stevns_rights_wizard::core::letter::{compose, file_name, mailto_href};
use stevns_rights_wizard::core::mailto::decode;
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::sensitive::email_concerns;
use stevns_rights_wizard::core::state::State;
use stevns_rights_wizard::core::steps::Step;
use stevns_rights_wizard::core::validate::Problem;
use stevns_rights_wizard::core::{Field, Lang, Msg, Right};

/// Changes one answer the way a citizen does from the send page ("Ret", type, "Fortsæt" until
/// back on the send page) and returns the state, stopped at the first page with a problem.
fn edit(s: State, field: Field, value: &str) -> State {
    let mut s = set(s.reduce(Action::Change(field)), field, value);
    for _ in 0..10 {
        if s.step == Step::Send {
            break;
        }
        s = next(s);
        if !s.problems.is_empty() {
            break;
        }
    }
    s
}

fn mailto_text(s: &State) -> String {
    let letter = compose(s);
    decode(&mailto_href(s, &letter).0)
}

#[test]
fn cpr_numbers_written_every_way_in_free_text_are_masked_in_the_email() {
    for lang in Lang::ALL {
        for written in [
            "01.01.80-1234",
            "01-01-80-1234",
            "01/01/80-1234",
            "010180/1234",
            "01 01 80 1234",
            "31.12.99 3999",
            "01.01.1980-1234",
            "0101\u{200B}80-1234",
            "610180-1234",
            "67.03.80-1234",
        ] {
            let s = complete(lang, Right::Rectification, "email", "");
            let s = edit(
                s,
                Field::WrongData,
                &format!("Mit nr. {written} står forkert."),
            );
            assert_eq!(s.step, Step::Send, "{written}: {:?}", s.problems);
            let masked = s.text(Msg::LetterCprMasked);
            let l = compose(&s);
            assert!(l.cpr_masked, "{written}");
            assert!(
                l.body.contains(&format!("Mit nr. {masked} står forkert.")),
                "{written}: {}",
                l.body
            );
            let mail = mailto_text(&s);
            assert!(!mail.contains("1234") && !mail.contains("3999"), "{mail}");
            assert!(email_concerns(&s).cpr_in_text, "{written}");
            // By Digital Post the text goes as written.
            let s = put(s, Field::Route, "digital-post");
            assert!(!compose(&s).cpr_masked);
            assert!(compose(&s).body.contains("står forkert"));
        }
    }
}

#[test]
fn foreign_phone_numbers_pass_the_phone_field_untouched() {
    for lang in Lang::ALL {
        for phone in [
            "070-123 45 67",
            "+46 70 123 45 67",
            "+46 0701234567",
            "+49 30 12345678",
            "(030) 1234567",
            "(+45) 20 30 40 50",
            "0045 2030 4050",
            "+44 20 7946 0958",
            "+47 412 34 567",
            "+45 12 34 56 78",
            "12345678",
            "+33 6 01 02 03 04",
        ] {
            // A right whose e-mail fits in one mailto: link (the full art. 15 access letter
            // goes by pasting), so the link itself can be checked.
            let s = complete(lang, Right::Source, "email", "");
            let s = edit(s, Field::Phone, phone);
            assert_eq!(s.step, Step::Send, "{phone}: {:?}", s.problems);
            let l = compose(&s);
            assert!(!l.cpr_masked, "{phone}: {}", l.body);
            assert!(
                l.body.contains(&format!(": {phone}\n")),
                "{phone}: {}",
                l.body
            );
            assert!(mailto_text(&s).contains(phone), "{phone}");
            assert!(!email_concerns(&s).cpr_in_text, "{phone}");
        }
    }
}

#[test]
fn a_foreign_number_without_its_country_code_that_reads_as_a_cpr_number_is_asked_about() {
    for lang in Lang::ALL {
        for (without, with) in [
            ("070 123 45 67", "+46 70 123 45 67"),
            ("030/1234567", "+49 30/1234567"),
            ("06-12345678", "+31 6-12345678"),
        ] {
            let s = complete(lang, Right::Source, "email", "");
            let s = edit(s, Field::Phone, without);
            assert_eq!(
                s.problems,
                vec![(Field::Phone, Problem::Invalid(Msg::PhoneLooksLikeCpr))],
                "{without}"
            );
            assert_eq!(s.get(Field::Phone), without, "what was typed is kept");
            let s = edit(s, Field::Phone, with);
            assert_eq!(s.step, Step::Send, "{with}: {:?}", s.problems);
            assert!(mailto_text(&s).contains(with), "{with}");
        }
    }
}

/// Every typed answer a letter by e-mail may carry in the citizen's own words, in every flow.
fn own_text_fields() -> Vec<Field> {
    Field::ALL.into_iter().filter(|f| f.is_own_text()).collect()
}

#[test]
fn cpr_numbers_in_any_grouping_never_reach_an_email_or_the_draft() {
    // The serial 2391 is in no letter text, so finding it anywhere means a number got through.
    let written = [
        "0101-80-2391",
        "0101 80 2391",
        "01 01 80 23 91",
        "01 0180 2391",
        "010 180 2391",
        "0101807 391",
        "01.01.1980-2391",
        "0101\u{00A0}80\u{00A0}2391",
        "0\u{200B}101-80-23\u{2060}91",
        "61 01 80 23 91",
        "01/01/80/73/91",
        "0101 1980 2391",
    ];
    let flows: Vec<(String, State)> = Right::ALL
        .iter()
        .map(|r| {
            let s = fresh(Lang::Da).with_answer(Field::Who, "myself");
            (
                r.slug().to_string(),
                s.with_answer(Field::Right, r.slug())
                    .with_answer(Field::Route, "email"),
            )
        })
        .chain(["reminder", "complaint"].map(|kind| {
            let s = fresh(Lang::Da)
                .reduce(Action::StartFollowUp)
                .with_answer(Field::FollowKind, kind)
                .with_answer(Field::Who, "myself")
                .with_answer(Field::Route, "email")
                .with_answer(Field::ComplaintRoute, "email");
            (kind.to_string(), s)
        }))
        .collect();
    let fields = own_text_fields();
    for lang in Lang::ALL {
        for (n, (flow, s)) in flows.iter().enumerate() {
            let mut s = s.clone().reduce(Action::SetLang(lang));
            for (k, field) in fields.iter().enumerate() {
                let number = written[(n + k) % written.len()];
                s = s.with_answer(*field, format!("Se {number}, tak"));
            }
            assert!(s.by_email(), "{flow}");
            let l = compose(&s);
            assert!(l.cpr_masked, "{flow}");
            let mail = mailto_text(&s);
            for text in [&l.body, &l.subject, &mail] {
                assert!(
                    !text.contains("2391") && !text.contains("23 91"),
                    "{flow}: {text}"
                );
                assert!(find_cpr_like(text).is_empty(), "{flow}: {text}");
            }
            // The phone field refuses one (above), so no letter carries it; the draft holds
            // what is typed there too, and keeps no CPR number from it either.
            let s = s.with_answer(Field::Phone, written[n % written.len()]);
            let draft = s.to_draft(0.0);
            assert!(
                !draft.contains("2391") && !draft.contains("23 91"),
                "{flow}: {draft}"
            );
            assert!(
                find_cpr_like(&draft.replace("\\u00a0", " ")).is_empty(),
                "{draft}"
            );
        }
        // Each way of writing it, in each free-text field, is masked on its own too.
        for number in written {
            for field in &fields {
                let s = flows[0]
                    .1
                    .clone()
                    .with_answer(*field, format!("nr. {number}."));
                let (masked, hit) = stevns_rights_wizard::core::sensitive::mask_answers(&s);
                assert!(hit, "{field:?}: {number:?}");
                assert!(!masked.get(*field).contains("91"), "{field:?}: {number:?}");
            }
        }
    }
}

#[test]
fn a_cpr_number_in_the_phone_field_is_refused_not_sent() {
    for value in [
        "010180-1234",
        "0101801234",
        "01.01.80-1234",
        "610180 1234",
        "0101-80-1234",
        "0101 80 1234",
        "010 180 1234",
    ] {
        let s = complete(Lang::Da, Right::Access, "email", "");
        let s = edit(s, Field::Phone, value);
        assert_eq!(s.step, Step::Person, "{value}");
        assert_eq!(
            s.problems,
            vec![(Field::Phone, Problem::Invalid(Msg::PhoneLooksLikeCpr))]
        );
        assert_eq!(s.get(Field::Phone), value, "what was typed is kept");
        assert!(Problem::Invalid(Msg::PhoneLooksLikeCpr)
            .text(Lang::Da)
            .starts_with("Det ligner et CPR-nummer"));
    }
}

#[test]
fn numbers_that_are_not_cpr_numbers_reach_the_email_as_written() {
    let text = "Sag 2026-012345 og 27.00.00-P20-1-26. Konto 1234 1234567890 og 1234 0101801234. \
                Bor 4660 Store Heddinge 12. Mødet 14.10.2026 kostede 1.234,50 kr. \
                Ring +46 70 123 45 67 eller 070-123 45 67, tlf. 070 123 45 67.";
    for lang in Lang::ALL {
        let s = complete(lang, Right::Objection, "email", "");
        let s = edit(s, Field::ObjectReasons, text);
        assert_eq!(s.step, Step::Send, "{:?}", s.problems);
        let l = compose(&s);
        assert!(!l.cpr_masked);
        assert!(l.body.contains(text), "{}", l.body);
        assert!(mailto_text(&s).contains(text));
        assert!(!email_concerns(&s).cpr_in_text);
    }
}

#[test]
fn an_erstatningspersonnummer_is_accepted_and_never_sent_by_email() {
    for number in ["610180-1234", "67.03.80 1234", "9112991234"] {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let normalised = format!("{}-{}", &digits[..6], &digits[6..]);
        let s = complete(Lang::Da, Right::Access, "email", "");
        let s = edit(s, Field::Cpr, number);
        assert_eq!(s.step, Step::Send, "{number}: {:?}", s.problems);
        assert!(compose(&s).cpr_left_out, "{number}");
        let mail = mailto_text(&s);
        assert!(
            !mail.contains(&normalised) && !mail.contains(&digits),
            "{mail}"
        );
        assert!(find_cpr_like(&mail).is_empty());
        let s = put(s, Field::Route, "digital-post");
        assert!(compose(&s).body.contains(&normalised), "{number}");
    }
    for lang in Lang::ALL {
        let hint = Field::Cpr
            .spec()
            .hint
            .map(|m| m.get(lang))
            .unwrap_or_default();
        assert!(hint.contains("erstatningspersonnummer"), "{hint}");
        let hint = Field::OtherCpr
            .spec()
            .hint
            .map(|m| m.get(lang))
            .unwrap_or_default();
        assert!(hint.contains("erstatningspersonnummer"), "{hint}");
    }
}

#[test]
fn invisible_characters_are_stripped_before_validation_and_never_reach_the_letter() {
    let cases = [
        (
            Field::Phone,
            "\u{202D}+45 56 57 57 57\u{202C}",
            "+45 56 57 57 57",
        ),
        (
            Field::Phone,
            "\u{2066}070-123 45 67\u{2069}",
            "070-123 45 67",
        ),
        (Field::Name, "Jens\u{200B} Hansen", "Jens Hansen"),
        (Field::Email, "\u{FEFF}jens@example.dk", "jens@example.dk"),
        (
            Field::Address,
            "Rådhus\u{00AD}pladsen 4\u{200F}",
            "Rådhuspladsen 4",
        ),
        (Field::Cpr, "010180\u{200E}-1234", "010180-1234"),
    ];
    for lang in Lang::ALL {
        for (field, typed, clean) in cases {
            let s = complete(lang, Right::Access, "digital-post", "");
            let s = edit(s, field, typed);
            assert_eq!(s.step, Step::Send, "{typed:?}: {:?}", s.problems);
            assert_eq!(s.get(field), clean);
            let l = compose(&s);
            assert!(l.body.contains(clean), "{typed:?}: {}", l.body);
            assert!(
                !l.body.chars().any(|c| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')),
                "{typed:?}"
            );
            assert!(file_name(&s)
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.".contains(c)));
        }
    }
}

#[test]
fn the_health_warning_reads_whole_words() {
    let s = complete(Lang::Da, Right::Objection, "email", "");
    for (text, health) in [
        ("Kommunen har misbrugt mine oplysninger", false),
        ("Det er misbrug af mine personoplysninger", false),
        ("Jeg vil lægge en klage", false),
        ("Jeg har et alkoholmisbrug", true),
        ("Lægen har skrevet til jer", true),
        ("My doctor wrote to you", true),
        ("the mentality of the staff", false),
    ] {
        let s = edit(s.clone(), Field::ObjectReasons, text);
        assert_eq!(email_concerns(&s).health, health, "{text}");
    }
    // The phone field is not free text: no CPR warning for a phone number.
    let s = edit(s, Field::Phone, "070-123 45 67");
    assert_eq!(email_concerns(&s), Default::default());
}
