//! What the letter says and what the mailto link carries.

mod common;
use common::*;
use stevns_rights_wizard::core::cpr::find_cpr_like;
use stevns_rights_wizard::core::letter::{authority_doc, compose, file_name, mailto_href};
use stevns_rights_wizard::core::mailto::{decode, MAX_MAILTO};
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::state::State;
use stevns_rights_wizard::core::steps::Step;
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

/// A finished request by `route`, changed on the check page to one written for Ida Hansen
/// (CPR 010110-4000) with `relation` ("poa", "custody", "guardian").
fn behalf(lang: Lang, right: Right, route: &str, relation: &str) -> State {
    let s = complete(lang, right, route, "010180-1234").reduce(Action::Back);
    let s = next(set(
        s.reduce(Action::Change(Field::Who)),
        Field::Who,
        "behalf",
    ));
    assert_eq!(s.step, Step::Person);
    let s = set(s, Field::OtherName, "Ida Hansen");
    let s = set(s, Field::OtherCpr, "010110-4000");
    let s = next(set(s, Field::Relation, relation));
    assert_eq!(s.step, Step::Check, "{:?}", s.problems);
    let s = next(s);
    assert_eq!(s.step, Step::Send, "{:?}", s.problems);
    s
}

/// Phrases by which a letter speaks of the writer's own data or person as the subject of the
/// request. None may appear in a letter written for someone else (checked in lower case).
const ABOUT_THE_WRITER: [&str; 22] = [
    "om mig",
    "mine oplysninger",
    "mine personoplysninger",
    "mit samtykke",
    "min særlige situation",
    "for mig",
    "jeg selv",
    "mit cpr-nummer",
    "mit syn",
    "min anmodning",
    "manglende oplysninger om mig",
    "about me",
    "my data",
    "my personal data",
    "my consent",
    "my particular situation",
    "for me",
    "my details",
    "my cpr number",
    "my view",
    "my request",
    "missing data about me",
];

/// The paragraphs of a letter body.
fn paras(body: &str) -> Vec<&str> {
    body.split("\n\n").collect()
}

#[test]
fn every_on_behalf_letter_names_the_person_first_then_the_authority_and_never_the_writers_data() {
    let mut letters = 0;
    for lang in Lang::ALL {
        let (first, subject_part, cpr_line) = match lang {
            Lang::Da => (
                "Jeg skriver på vegne af Ida Hansen om de personoplysninger, I behandler om Ida Hansen.",
                " på vegne af Ida Hansen – ref. ",
                "CPR-nummer for Ida Hansen: 010110-4000",
            ),
            Lang::En => (
                "I am writing on behalf of Ida Hansen about the personal data you process about Ida Hansen.",
                " on behalf of Ida Hansen – ref. ",
                "CPR number of Ida Hansen: 010110-4000",
            ),
        };
        for right in Right::ALL {
            for route in ["digital-post", "email"] {
                for relation in ["poa", "custody", "guardian"] {
                    let s = behalf(lang, right, route, relation);
                    let l = compose(&s);
                    let case = format!("{right:?} {lang:?} {route} {relation}");
                    letters += 1;
                    assert!(l.subject.contains(subject_part), "{case}: {}", l.subject);
                    let p = paras(&l.body);
                    assert_eq!(p[0], s.text(Msg::LetterTo), "{case}");
                    assert!(
                        p[1].ends_with(subject_part.split(" – ").next().unwrap()),
                        "{case}: {}",
                        p[1]
                    );
                    // The first sentence names the person; the authority follows at once.
                    assert!(p[2].starts_with(first), "{case}: {}", p[2]);
                    let authority = authority_sentence(lang, relation);
                    assert!(
                        p[2][first.len()..].trim_start().starts_with(authority),
                        "{case}: {}",
                        p[2]
                    );
                    // The right's own paragraph is about the person too.
                    assert!(p[3].contains("Ida Hansen"), "{case}: {}", p[3]);
                    let lower = l.body.to_lowercase() + &l.subject.to_lowercase();
                    for phrase in ABOUT_THE_WRITER {
                        assert!(!lower.contains(phrase), "{case}: {phrase:?} in\n{}", l.body);
                    }
                    if route == "email" {
                        assert!(!l.body.contains("010110"), "{case}");
                        assert!(l.cpr_left_out, "{case}");
                        let lower = l.body.to_lowercase();
                        assert!(
                            !lower.contains("vedhæft") && !lower.contains("attach"),
                            "{case}: nothing can be attached to a mailto e-mail\n{}",
                            l.body
                        );
                    } else {
                        assert!(p[2].contains(cpr_line), "{case}: {}", p[2]);
                    }
                }
            }
        }
    }
    assert_eq!(letters, 2 * 9 * 2 * 3);
}

#[test]
fn a_power_of_attorney_or_guardianship_certificate_is_attached_by_digital_post_and_sent_by_it_from_email(
) {
    let cases = [
        (Lang::Da, "poa", "Jeg vedhæfter fuldmagten.", "Fuldmagten indeholder normalt CPR-numre. Derfor sender jeg den med Digital Post og ikke med e-mail."),
        (Lang::Da, "guardian", "Jeg vedhæfter værgemålsbeviset.", "Værgemålsbeviset indeholder normalt CPR-numre. Derfor sender jeg det med Digital Post og ikke med e-mail."),
        (Lang::En, "poa", "I attach the power of attorney.", "The power of attorney usually contains CPR numbers. So I will send it by Digital Post, not by email."),
        (Lang::En, "guardian", "I attach the certificate of guardianship.", "The certificate of guardianship usually contains CPR numbers. So I will send it by Digital Post, not by email."),
    ];
    for (lang, relation, attached, by_post) in cases {
        let dp = compose(&behalf(lang, Right::Erasure, "digital-post", relation)).body;
        assert!(dp.contains(attached), "{dp}");
        assert!(!dp.contains(by_post));
        let s = behalf(lang, Right::Erasure, "email", relation);
        let mail = compose(&s).body;
        assert!(mail.contains(by_post), "{mail}");
        assert!(!mail.contains(attached));
        // The e-mail route warns and offers Digital Post (the same button as other warnings).
        let doc = authority_doc(&s).expect("a document to send");
        assert!(s.text(doc.email_warning).contains("CPR"));
        let s = s.reduce(Action::UseDigitalPost);
        assert!(compose(&s).body.contains(attached));
    }
    for lang in Lang::ALL {
        let s = behalf(lang, Right::Access, "email", "custody");
        assert_eq!(authority_doc(&s), None, "custody has no document to send");
        let body = compose(&s).body.to_lowercase();
        assert!(!body.contains("vedhæft") && !body.contains("attach"));
    }
    assert!(
        authority_doc(&complete(Lang::Da, Right::Access, "email", "")).is_none(),
        "only on behalf"
    );
    let guardian = Field::Relation
        .choices()
        .iter()
        .find(|c| c.value == "guardian");
    assert_eq!(
        guardian.map(|c| c.label.get(Lang::Da)),
        Some("Jeg er personens værge")
    );
}

#[test]
fn own_letters_speak_of_me_and_never_of_someone_else() {
    for lang in Lang::ALL {
        for right in Right::ALL {
            let s = complete(lang, right, "digital-post", "");
            let l = compose(&s);
            let p = paras(&l.body);
            assert_eq!(p[2], s.letter_right().info().letter.get(lang), "{right:?}");
            assert!(!l.body.contains("på vegne af") && !l.body.contains("on behalf of"));
            assert!(!l.subject.contains("på vegne af") && !l.subject.contains("on behalf of"));
        }
    }
}

#[test]
fn the_email_letter_says_why_the_cpr_number_is_left_out_and_how_identity_is_confirmed() {
    let da_self = "Jeg sender ikke mit CPR-nummer, fordi almindelig e-mail ikke er krypteret. I kan skrive til mig med Digital Post for at bekræfte, hvem jeg er (artikel 12, stk. 6).";
    let en_self = "I am not sending my CPR number, because ordinary email is not encrypted. You may write to me by Digital Post to confirm who I am (Article 12(6)).";
    for right in Right::ALL {
        for (lang, para) in [(Lang::Da, da_self), (Lang::En, en_self)] {
            let mail = compose(&complete(lang, right, "email", "010180-1234")).body;
            assert!(paras(&mail).contains(&para), "{right:?} {lang:?}: {mail}");
            let dp = compose(&complete(lang, right, "digital-post", "010180-1234")).body;
            assert!(!dp.contains(para), "Digital Post has a verified sender");
        }
    }
    let mail = compose(&behalf(Lang::Da, Right::Access, "email", "poa")).body;
    assert!(mail.contains("Jeg sender ikke CPR-numre, fordi almindelig e-mail ikke er krypteret. I kan skrive til mig med Digital Post for at bekræfte, hvem jeg er, og hvem anmodningen gælder (artikel 12, stk. 6)."), "{mail}");
    let mail = compose(&behalf(Lang::En, Right::Access, "email", "poa")).body;
    assert!(mail.contains("whom the request concerns"), "{mail}");
}

#[test]
fn the_send_page_says_an_email_answer_can_take_longer() {
    use stevns_rights_wizard::core::send::identity_note;
    let s = complete(Lang::Da, Right::Access, "email", "");
    assert_eq!(identity_note(&s), Some(Msg::NextIdentityEmail));
    let text = s.text(Msg::NextIdentityEmail);
    assert!(
        text.contains("længere tid") && text.contains("art. 12, stk. 6"),
        "{text}"
    );
    let en = Msg::NextIdentityEmail.get(Lang::En);
    assert!(
        en.contains("take longer") && en.contains("Article 12(6)"),
        "{en}"
    );
    let s = complete(Lang::Da, Right::Access, "digital-post", "");
    assert_eq!(identity_note(&s), Some(Msg::NextIdentity));
}

#[test]
fn the_email_route_requires_the_address_and_says_why_in_both_languages() {
    for (lang, message) in [
        (Lang::Da, "Skriv din adresse. En e-mail har ikke dit CPR-nummer med, så kommunen skal kunne finde dig ud fra navn og adresse"),
        (Lang::En, "Enter your address. An email does not carry your CPR number, so the municipality needs your name and address to find you"),
    ] {
        let mut s = next(set(next(fresh(lang)), Field::Who, "myself"));
        s = next(next(set(s, Field::Right, "access")));
        s = next(s);
        assert_eq!(s.step, Step::Person);
        assert!(s.field_view(Field::Address).optional, "optional by Digital Post");
        s = next(set(s, Field::Name, "Jens Hansen"));
        assert_eq!(s.step, Step::Route);
        // Choosing e-mail leads straight back to the address, with the reason.
        s = next(set(s, Field::Route, "email"));
        assert_eq!(s.step, Step::Person);
        assert_eq!(s.error_links()[0].field, Field::Address);
        assert_eq!(s.error_links()[0].text, message);
        assert!(!s.field_view(Field::Address).optional);
        s = next(set(s, Field::Address, "Testvej 1, 4660 Store Heddinge"));
        assert_eq!(s.step, Step::Check, "back to check answers once fixed");
        let s = next(s);
        assert_eq!(s.step, Step::Send);
        assert!(compose(&s).body.contains("Testvej 1, 4660 Store Heddinge"));
    }
}

#[test]
fn letters_state_details_in_their_own_words_not_the_forms_questions() {
    for lang in Lang::ALL {
        for right in Right::ALL {
            let s = complete(lang, right, "digital-post", "");
            let body = compose(&s).body;
            for field in right.info().details {
                let question = s.text(field.spec().label);
                assert!(
                    !body.contains(&question),
                    "{right:?} {lang:?}: the form's question {question:?} is in the letter"
                );
                for c in field.choices() {
                    let label = s.text(c.label);
                    assert!(
                        !body.contains(&label),
                        "{right:?} {lang:?}: the form's option {label:?} is in the letter"
                    );
                }
            }
        }
    }
    let body = compose(&complete(Lang::Da, Right::Erasure, "digital-post", "")).body;
    assert!(
        body.contains("Det drejer sig om disse oplysninger\nBilleder fra 2019"),
        "{body}"
    );
    assert!(body.contains(
        "Grundlaget for sletning\nI har ikke længere brug for oplysningerne (artikel 17, stk. 1, litra a)."
    ));
    let s = put(
        complete(Lang::Da, Right::Erasure, "digital-post", ""),
        Field::EraseReason,
        "De er forældede",
    );
    assert!(compose(&s).body.contains("Mine grunde\nDe er forældede"));
    let s = complete(Lang::En, Right::Objection, "digital-post", "");
    assert!(compose(&s)
        .body
        .contains("The reasons for the objection\nMin situation er særlig"));
}

#[test]
fn the_access_letter_asks_for_everything_article_15_gives() {
    let da = compose(&complete(Lang::Da, Right::Access, "digital-post", "")).body;
    for part in [
        "Jeg beder om en kopi af oplysningerne (artikel 15, stk. 3).",
        "1. Formålene.",                              // 15(1)(a)
        "2. Hvilke kategorier af oplysninger I har.", // (b)
        "3. Hvem der har fået eller skal have oplysningerne, også modtagere uden for EU/EØS, og i så fald hvilke garantier der gælder.", // (c), 15(2)
        "4. Hvor længe I gemmer dem, eller hvordan det fastsættes.", // (d)
        "5. Hvor I har fået dem fra.",                               // (g)
        "automatiske afgørelser, herunder profilering",              // (h)
        "meningsfulde oplysninger om logikken",                      // (h)
        "berigtigelse, sletning, begrænsning og indsigelse",         // (e)
        "klage til Datatilsynet",                                    // (f)
    ] {
        assert!(da.contains(part), "{part:?} missing:\n{da}");
    }
    let en = compose(&complete(Lang::En, Right::Access, "digital-post", "")).body;
    for part in [
        "I ask for a copy of the data (Article 15(3)).",
        "1. The purposes.",
        "2. The categories of data you hold.",
        "including recipients outside the EU/EEA, and if so which safeguards apply.",
        "4. How long you keep it, or how that is decided.",
        "5. Where you obtained it.",
        "automated decisions, including profiling",
        "meaningful information about the logic",
        "rectification, erasure, restriction and objection",
        "complain to Datatilsynet",
    ] {
        assert!(en.contains(part), "{part:?} missing:\n{en}");
    }
}

#[test]
fn an_employee_letter_speaks_of_it_cases_only_when_the_request_is_about_one() {
    for lang in Lang::ALL {
        for it in ["yes", "no"] {
            let mut s = next(set(next(fresh(lang)), Field::Who, "employee"));
            s = next(next(set(s, Field::Right, "access")));
            assert_eq!(s.step, Step::Details);
            assert!(s.fields_on(Step::Details).contains(&Field::EmployeeIt));
            s = next(s);
            assert_eq!(
                s.problems.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
                vec![Field::EmployeeIt],
                "the IT question must be answered"
            );
            s = next(set(s, Field::EmployeeIt, it));
            s = next(set(s, Field::Name, "Jens Hansen"));
            s = next(next(s));
            assert_eq!(s.step, Step::Send, "{:?}", s.problems);
            let body = compose(&s).body;
            assert!(body.contains(Msg::LetterEmployee.get(lang)), "{body}");
            // Whose data (an employee's, as an employee) comes before by when.
            assert!(
                body.find(Msg::LetterEmployee.get(lang)) < body.find(Msg::LetterDeadline.get(lang)),
                "{body}"
            );
            let mentions_it = body.contains("IT");
            assert_eq!(mentions_it, it == "yes", "{lang:?} {it}: {body}");
        }
    }
    let s = complete(Lang::Da, Right::Access, "digital-post", "");
    assert!(
        !s.fields_on(Step::Details).contains(&Field::EmployeeIt),
        "only employees are asked"
    );
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
    use stevns_rights_wizard::core::sensitive::email_concerns;
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

#[test]
fn a_consent_letter_takes_effect_on_receipt_and_gives_a_month_only_for_the_erasure() {
    for lang in Lang::ALL {
        for route in ["digital-post", "email"] {
            let body = compose(&complete(lang, Right::Consent, route, "")).body;
            let (effect, month, general) = match lang {
                Lang::Da => (
                    "Tilbagetrækningen gælder, fra I modtager brevet.",
                    "Om sletningen beder jeg om svar",
                    "senest en måned efter, at I har modtaget anmodningen",
                ),
                Lang::En => (
                    "The withdrawal takes effect when you receive this letter.",
                    "On the erasure, please answer",
                    "one month after you receive this request",
                ),
            };
            assert!(body.contains(effect), "{lang:?} {route}: {body}");
            assert!(body.contains(month), "{lang:?} {route}: {body}");
            assert!(!body.contains(general), "{lang:?} {route}: {body}");
        }
        // Every other right keeps the general one-month sentence.
        for right in Right::ALL.into_iter().filter(|r| *r != Right::Consent) {
            let body = compose(&complete(lang, right, "digital-post", "")).body;
            assert!(
                !body.contains(match lang {
                    Lang::Da => "Tilbagetrækningen gælder",
                    Lang::En => "The withdrawal takes effect",
                }),
                "{right:?}"
            );
        }
    }
}

#[test]
fn the_cpr_left_out_notice_speaks_of_the_writers_number_only_in_their_own_request() {
    use stevns_rights_wizard::core::letter::cpr_left_out_note;
    for lang in Lang::ALL {
        let own = complete(lang, Right::Access, "email", "010180-1234");
        assert_eq!(cpr_left_out_note(&own), Msg::MailCprLeftOut);
        for relation in ["poa", "custody", "guardian"] {
            let s = behalf(lang, Right::Access, "email", relation);
            let note = cpr_left_out_note(&s).get(lang);
            assert!(
                !note.starts_with("Dit CPR-nummer") && !note.starts_with("Your CPR number"),
                "{lang:?} {relation}: {note}"
            );
        }
    }
}

/// A finished rectification request with `kind` ("wrong", "missing", "both") and a basis.
fn rectification(lang: Lang, kind: &str) -> State {
    let s = complete(lang, Right::Rectification, "digital-post", "");
    let s = put(s, Field::RectifyKind, kind);
    put(
        s,
        Field::RectifyWhy,
        "Folkeregisteret viser den rigtige adresse",
    )
}

#[test]
fn a_rectification_letter_asks_only_for_what_the_citizen_reports() {
    for lang in Lang::ALL {
        let (wrong, missing) = match lang {
            Lang::Da => ("forkerte oplysninger om mig bliver rettet", "mangle"),
            Lang::En => ("wrong data about me is corrected", "missing"),
        };
        for (kind, asks_wrong, asks_missing) in [
            ("wrong", true, false),
            ("missing", false, true),
            ("both", true, true),
        ] {
            let body = compose(&rectification(lang, kind)).body;
            let opening = paras(&body)[2];
            assert_eq!(
                opening.contains(wrong),
                asks_wrong,
                "{lang:?} {kind}: {opening}"
            );
            assert_eq!(
                opening.contains(missing),
                asks_missing,
                "{lang:?} {kind}: {opening}"
            );
            // What the citizen bases it on goes with the details.
            let basis = match lang {
                Lang::Da => "Det bygger jeg på\nFolkeregisteret viser den rigtige adresse",
                Lang::En => "I base this on\nFolkeregisteret viser den rigtige adresse",
            };
            assert!(body.contains(basis), "{lang:?} {kind}: {body}");
        }
        // On behalf, the same choice, about the person.
        let s = behalf(lang, Right::Rectification, "digital-post", "poa");
        let s = put(s, Field::RectifyKind, "missing");
        let opening = compose(&s).body;
        assert!(
            paras(&opening)[3].contains("Ida Hansen") && paras(&opening)[3].contains(missing),
            "{opening}"
        );
    }
    // The basis is optional, and the kind is asked first on the details page.
    let s = complete(Lang::Da, Right::Rectification, "digital-post", "");
    assert_eq!(s.fields_on(Step::Details)[0], Field::RectifyKind);
    assert!(s.field_view(Field::RectifyWhy).optional);
    assert!(!s.field_view(Field::RectifyKind).optional);
}

#[test]
fn an_erasure_ground_can_be_unknown_and_the_letter_asks_the_municipality_to_judge() {
    let ground = Field::EraseGround
        .choices()
        .iter()
        .find(|c| c.value == "unknown");
    assert_eq!(
        ground.map(|c| c.label.get(Lang::Da)),
        Some("Jeg ved det ikke")
    );
    assert_eq!(ground.map(|c| c.label.get(Lang::En)), Some("I don't know"));
    for (lang, want) in [
        (Lang::Da, "Grundlaget for sletning\nIkke angivet. Jeg beder jer vurdere, om en af betingelserne i artikel 17, stk. 1, er opfyldt."),
        (Lang::En, "Ground for erasure\nNot stated. Please assess whether one of the conditions in Article 17(1) is met."),
    ] {
        let s = put(
            complete(lang, Right::Erasure, "digital-post", ""),
            Field::EraseGround,
            "unknown",
        );
        assert!(s.complete());
        let body = compose(&s).body;
        assert!(body.contains(want), "{body}");
    }
}

/// A case worker reads whose data, what is asked, on what authority and by when in the first
/// lines: the deadline and how the answer should come (art. 12(3), last sentence) follow the
/// opening at once, before the details.
#[test]
fn every_request_letter_says_by_when_and_how_to_answer_right_after_what_it_asks() {
    for lang in Lang::ALL {
        let answer_by = Msg::LetterAnswerBy.get(lang);
        for right in Right::ALL {
            for route in ["digital-post", "email"] {
                for own in [true, false] {
                    let s = if own {
                        complete(lang, right, route, "")
                    } else {
                        behalf(lang, right, route, "guardian")
                    };
                    let body = compose(&s).body;
                    let p = paras(&body);
                    // Own: to, subject, opening, deadline. On behalf: the authority comes first.
                    let at = if own { 3 } else { 4 };
                    let deadline = if right == Right::Consent {
                        Msg::LetterDeadlineConsent
                    } else {
                        Msg::LetterDeadline
                    };
                    assert!(
                        p[at].starts_with(deadline.get(lang)) && p[at].ends_with(answer_by),
                        "{lang:?} {right:?} {route} own={own}: {body}"
                    );
                }
            }
        }
    }
    assert!(Msg::LetterAnswerBy
        .get(Lang::Da)
        .contains("artikel 12, stk. 3"));
}

#[test]
fn rectification_erasure_and_restriction_letters_ask_who_received_the_data() {
    for lang in Lang::ALL {
        for right in Right::ALL {
            let body = compose(&complete(lang, right, "digital-post", "")).body;
            let asks = body.contains(Msg::LetterRecipients.get(lang));
            assert_eq!(
                asks,
                matches!(
                    right,
                    Right::Rectification | Right::Erasure | Right::Restriction
                ),
                "{lang:?} {right:?}"
            );
        }
    }
    assert!(Msg::LetterRecipients.get(Lang::Da).contains("(artikel 19)"));
    assert!(Msg::LetterRecipients.get(Lang::En).contains("(Article 19)"));
}

#[test]
fn an_automated_decision_letter_for_someone_else_asks_for_their_view_not_the_writers() {
    for lang in Lang::ALL {
        let body = compose(&behalf(lang, Right::Automated, "digital-post", "custody")).body;
        let want = match lang {
            Lang::Da => "og om at Ida Hansen får lejlighed til at give sit syn på sagen.",
            Lang::En => "and for Ida Hansen to have an opportunity to give their view.",
        };
        assert!(body.contains(want), "{body}");
        let own = compose(&complete(lang, Right::Automated, "digital-post", "")).body;
        assert!(own.contains(Msg::AutomatedLetterHuman.get(lang)), "{own}");
    }
}
