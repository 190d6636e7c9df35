//! What the letter says and what the mailto link carries.

mod common;
use common::*;
use stevns_rights_wizard::core::cpr::find_cpr_like;
use stevns_rights_wizard::core::letter::{compose, file_name, mailto_href};
use stevns_rights_wizard::core::mailto::{decode, MAX_MAILTO};
use stevns_rights_wizard::core::state::{Action, Step};
use stevns_rights_wizard::core::text::fill;
use stevns_rights_wizard::core::{Date, Field, Lang, Msg, Right};

/// (subject article, article as cited in the body) per right and language.
fn articles(right: Right, lang: Lang) -> (&'static str, &'static str) {
    match (right, lang) {
        (Right::Access, Lang::Da) => ("(art. 15)", "artikel 15"),
        (Right::Rectification, Lang::Da) => ("(art. 16)", "artikel 16"),
        (Right::Erasure, Lang::Da) => ("(art. 17)", "artikel 17"),
        (Right::Restriction, Lang::Da) => ("(art. 18)", "artikel 18"),
        (Right::Objection, Lang::Da) => ("(art. 21)", "artikel 21"),
        (Right::Consent, Lang::Da) => ("(art. 7, stk. 3)", "artikel 7, stk. 3"),
        (Right::Portability, Lang::Da) => ("(art. 20)", "artikel 20"),
        (Right::Automated, Lang::Da) => ("(art. 22)", "artikel 22"),
        (Right::Source, Lang::Da) => ("(art. 15, stk. 1, litra g)", "artikel 15, stk. 1, litra g"),
        (Right::Access, Lang::En) => (
            "(Article 15 GDPR)",
            "Article 15 of the General Data Protection Regulation",
        ),
        (Right::Rectification, Lang::En) => (
            "(Article 16 GDPR)",
            "Article 16 of the General Data Protection Regulation",
        ),
        (Right::Erasure, Lang::En) => (
            "(Article 17 GDPR)",
            "Article 17 of the General Data Protection Regulation",
        ),
        (Right::Restriction, Lang::En) => (
            "(Article 18 GDPR)",
            "Article 18 of the General Data Protection Regulation",
        ),
        (Right::Objection, Lang::En) => (
            "(Article 21 GDPR)",
            "Article 21(1) of the General Data Protection Regulation",
        ),
        (Right::Consent, Lang::En) => (
            "(Article 7(3) GDPR)",
            "Article 7(3) of the General Data Protection Regulation",
        ),
        (Right::Portability, Lang::En) => (
            "(Article 20 GDPR)",
            "Article 20 of the General Data Protection Regulation",
        ),
        (Right::Automated, Lang::En) => ("(Article 22 GDPR)", "Articles 22 and 15(1)(h)"),
        (Right::Source, Lang::En) => ("(Article 15(1)(g) GDPR)", "Article 15(1)(g)"),
    }
}

#[test]
fn every_right_in_both_languages_cites_its_article_in_subject_and_body() {
    for lang in Lang::ALL {
        for right in Right::ALL {
            let s = complete(lang, right, "digital-post", "010180-1234");
            let l = compose(&s);
            let (subject_article, body_article) = articles(right, lang);
            assert!(
                l.subject.contains(subject_article),
                "{right:?} {lang:?}: {}",
                l.subject
            );
            assert!(
                l.subject.ends_with(&format!("ref. {}", s.reference())),
                "{}",
                l.subject
            );
            assert!(
                l.body.contains(body_article),
                "{right:?} {lang:?}: {}",
                l.body
            );
            assert!(l.body.contains("Jens Hansen"));
            assert!(
                l.body.contains("010180-1234"),
                "Digital Post carries the CPR number"
            );
            assert!(l.body.contains(&s.reference()));
            for (_, value) in details(right) {
                if !value.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    assert!(
                        l.body.contains(value),
                        "{right:?}: detail {value:?} missing from the letter"
                    );
                }
            }
        }
    }
}

#[test]
fn danish_subject_reads_as_the_issue_describes() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "");
    assert_eq!(
        compose(&s).subject,
        format!("Anmodning om indsigt (art. 15) – ref. {}", s.reference())
    );
}

#[test]
fn an_email_letter_never_contains_the_cpr_number() {
    for lang in Lang::ALL {
        for right in Right::ALL {
            let s = complete(lang, right, "email", "010180-1234");
            let l = compose(&s);
            assert!(l.cpr_left_out);
            assert!(find_cpr_like(&l.body).is_empty(), "{right:?}: {}", l.body);
            let (href, _) = mailto_href(&s, &l);
            assert!(!decode(&href).contains("1234"), "{href}");
        }
    }
}

#[test]
fn cpr_numbers_typed_into_free_text_are_removed_from_email_but_kept_for_digital_post() {
    let mut s = complete(Lang::Da, Right::Rectification, "email", "");
    s = put(
        s,
        Field::WrongData,
        "Mit CPR 0101801234 og min søns 010110 4000 er byttet om",
    );
    let l = compose(&s);
    assert!(l.cpr_masked);
    assert!(l
        .body
        .contains("Mit CPR [CPR-nummer fjernet] og min søns [CPR-nummer fjernet] er byttet om"));
    let s = put(s, Field::Route, "digital-post");
    assert!(compose(&s).body.contains("0101801234"));
}

#[test]
fn on_behalf_letters_name_the_person_and_the_power_of_attorney() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "").reduce(Action::Back);
    let s = set(s.reduce(Action::Change(Field::Who)), Field::Who, "behalf");
    let s = next(s);
    let s = set(
        set(
            set(s, Field::OtherName, "Ida Hansen"),
            Field::OtherCpr,
            "010110-4000",
        ),
        Field::Relation,
        "poa",
    );
    let s = next(next(s));
    assert_eq!(s.step, Step::Send, "{:?}", s.problems);
    let body = compose(&s).body;
    assert!(
        body.contains("Jeg skriver på vegne af Ida Hansen. Jeg har en fuldmagt, som er vedhæftet.")
    );
    assert!(body.contains("Personens CPR-nummer: 010110-4000"));
    let s = put(s, Field::Route, "email");
    assert!(!compose(&s).body.contains("010110"));
}

#[test]
fn mailto_is_exactly_to_subject_and_body() {
    let s = complete(Lang::Da, Right::Erasure, "email", "");
    let l = compose(&s);
    let (href, shortened) = mailto_href(&s, &l);
    assert!(!shortened);
    let rest = href.strip_prefix("mailto:stevns@stevns.dk?").unwrap();
    let params: Vec<(&str, String)> = rest
        .split('&')
        .map(|p| p.split_once('=').map(|(k, v)| (k, decode(v))).unwrap())
        .collect();
    assert_eq!(params.len(), 2);
    assert_eq!(params[0], ("subject", l.subject.clone()));
    assert_eq!(params[1], ("body", l.body.replace('\n', "\r\n")));
}

#[test]
fn a_long_letter_becomes_a_pointer_to_pasted_text() {
    let s = complete(Lang::Da, Right::Objection, "email", "");
    let s = put(
        s,
        Field::ObjectReasons,
        &"Min situation er særlig. ".repeat(60),
    );
    let l = compose(&s);
    let (href, shortened) = mailto_href(&s, &l);
    assert!(shortened);
    assert!(href.len() <= MAX_MAILTO);
    let body = decode(href.split("body=").nth(1).unwrap());
    assert_eq!(
        body,
        fill(
            Msg::LetterFallbackPointer.get(Lang::Da),
            &[("ref", &s.reference())]
        )
    );
}

#[test]
fn the_deadline_is_one_month_moved_off_weekends_and_shown_in_both_languages() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "");
    assert_eq!(
        s.deadline(),
        Date {
            year: 2026,
            month: 12,
            day: 23
        }
    );
    assert_eq!(s.deadline().long(Lang::Da), "23. december 2026");
    let mut s = s;
    s.today = Date {
        year: 2027,
        month: 1,
        day: 31,
    };
    // Clamped to 28 February 2027, a Sunday: the period ends on Monday 1 March.
    assert_eq!(
        s.deadline().long_with_weekday(Lang::Da),
        "mandag den 1. marts 2027"
    );
    assert_eq!(
        s.deadline().long_with_weekday(Lang::En),
        "Monday 1 March 2027"
    );
}

#[test]
fn file_names_are_safe() {
    let s = complete(Lang::Da, Right::Access, "digital-post", "");
    let name = file_name(&s);
    assert!(
        name.starts_with("anmodning-SK-") && name.ends_with(".txt"),
        "{name}"
    );
    assert!(name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'));
}

#[test]
fn automated_decision_letter_asks_without_promising() {
    let s = complete(Lang::Da, Right::Automated, "digital-post", "");
    let body = compose(&s).body;
    assert!(body.contains("logikken bag afgørelsen"));
    assert!(body.contains("at en medarbejder ser på afgørelsen"));
    let s = s
        .reduce(Action::Back)
        .reduce(Action::Change(Field::AutoRequests));
    let s = next(s.reduce(Action::Toggle(Field::AutoRequests, "human", false)));
    let s = next(s);
    assert_eq!(s.step, Step::Send);
    assert!(!compose(&s).body.contains("medarbejder ser på"));
}

#[test]
fn email_route_warns_about_cpr_numbers_and_health_data_in_free_text() {
    use stevns_rights_wizard::core::letter::email_concerns;
    let s = complete(Lang::Da, Right::Objection, "email", "");
    assert_eq!(email_concerns(&s), Default::default());
    let s = put(
        s,
        Field::ObjectReasons,
        "Jeg har Diabetes og mit nr. er 010180-1234",
    );
    let c = email_concerns(&s);
    assert!(c.cpr_in_text && c.health);
    let s = put(s, Field::ObjectReasons, "Min lægeerklæring viser det");
    assert!(email_concerns(&s).health, "word starts count");
    let s = put(
        s,
        Field::ObjectReasons,
        "Vi holder sygeplejersker på afstand? nej: forsyg",
    );
    assert!(!email_concerns(&s).health, "no match inside words");
    let s = put(s, Field::ObjectReasons, "MIN LÆGE SIGER NEJ");
    assert!(email_concerns(&s).health, "Danish capitals are lowered");
    let s = put(s, Field::ObjectReasons, "Jeg blev søsyg på færgen");
    assert!(
        !email_concerns(&s).health,
        "æ, ø, å are letters, not word breaks"
    );
    let s = s.reduce(Action::UseDigitalPost);
    assert!(!s.by_email());
    assert_eq!(s.step, Step::Send);
}
