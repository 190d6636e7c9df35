//! What the texts say: the legal statements that must be exact (consent, erasure, restriction,
//! extension, rectification, refusals), who gives advice, how the authority and deadline dates
//! are named, and that no example could be a real person's CPR number.

mod common;
use common::*;
use stevns_rights_wizard::core::cpr::{find_cpr_like, parse};
use stevns_rights_wizard::core::reducer::Action;
use stevns_rights_wizard::core::steps::Step;
use stevns_rights_wizard::core::{Field, Lang, Msg, Right};

fn both(msg: Msg) -> [(Lang, &'static str); 2] {
    [(Lang::Da, msg.get(Lang::Da)), (Lang::En, msg.get(Lang::En))]
}

/// The about page of `right`, reached as a citizen would.
fn about(lang: Lang, right: Right) -> stevns_rights_wizard::core::view::AboutView {
    let s = next(set(next(fresh(lang)), Field::Who, "myself"));
    let s = next(set(s, Field::Right, right.slug()));
    assert_eq!(s.step, Step::About);
    s.about().expect("a right is chosen")
}

// ---- withdrawing consent ----

#[test]
fn withdrawing_consent_has_no_answer_deadline_but_every_request_has() {
    for lang in Lang::ALL {
        for right in Right::ALL {
            let s = complete(lang, right, "digital-post", "");
            assert_eq!(
                s.has_answer_deadline(),
                right != Right::Consent,
                "{right:?}"
            );
        }
    }
    // A follow-up is not a new request: its dates are the reminder's own.
    let s = fresh(Lang::Da).reduce(Action::StartFollowUp);
    assert!(!s.has_answer_deadline());
}

#[test]
fn the_consent_page_says_the_withdrawal_takes_effect_on_receipt() {
    for (lang, effect, no_month, erasure) in [
        (
            Lang::Da,
            "så snart kommunen har fået brevet",
            "Du skal ikke vente på svar",
            "senest en måned",
        ),
        (
            Lang::En,
            "as soon as the municipality receives the letter",
            "You do not have to wait for an answer",
            "at the latest one month",
        ),
    ] {
        let a = about(lang, Right::Consent);
        assert!(a.deadline.contains(effect), "{}", a.deadline);
        assert!(a.deadline.contains(no_month), "{}", a.deadline);
        // Art. 7(3) says nothing about an answer period, so it is not cited for one; the
        // consent may be the person's the letter is written for, not "yours"; the letter
        // always asks for the erasure, so the text does not make it conditional.
        for wrong in [
            "ikke en anmodning med en frist",
            "not a request with a one-month deadline",
            "Dit samtykke",
            "Your consent",
            "Beder du også",
            "If you also ask",
        ] {
            assert!(!a.deadline.contains(wrong), "{wrong}: {}", a.deadline);
        }
        // Only the erasure asked for with it has the month.
        assert!(a.deadline.contains(erasure), "{}", a.deadline);
        assert_eq!(a.deadline_title, Msg::AboutDeadlineConsentTitle.get(lang));
        assert_eq!(a.refusal, Msg::AboutRefusalConsent.get(lang));
        // A withdrawal cannot be refused as unfounded (art. 12(5) covers arts. 15–22).
        assert!(!a.limits.iter().any(|l| l == Msg::AboutUnfounded.get(lang)));
        assert!(a.get.contains(if lang == Lang::Da {
            "Det gælder, fra den får dit brev"
        } else {
            "from when it receives your letter"
        }));
        // Every other right keeps the one-month rule, the refusal rule and the 12(5) limit.
        for right in Right::ALL.into_iter().filter(|r| *r != Right::Consent) {
            let a = about(lang, right);
            assert_eq!(a.deadline, Msg::AboutDeadline.get(lang), "{right:?}");
            assert_eq!(a.refusal, Msg::AboutRefusal.get(lang), "{right:?}");
            assert_eq!(
                a.limits.last().map(String::as_str),
                Some(Msg::AboutUnfounded.get(lang))
            );
        }
    }
}

#[test]
fn the_consent_send_texts_show_no_one_month_deadline_for_the_withdrawal() {
    for (lang, text) in both(Msg::NextConsent) {
        assert!(!text.contains("{date}"), "{lang:?}: {text}");
        assert!(
            text.contains("art. 7, stk. 3") || text.contains("Article 7(3)"),
            "{text}"
        );
    }
    for (_, text) in both(Msg::NextConsentErasure) {
        assert!(text.contains("slette") || text.contains("erase"), "{text}");
        assert!(!text.contains("{date}"), "{text}");
    }
    for msg in [Msg::NextConsent, Msg::NextConsentErasure] {
        for (lang, text) in both(msg) {
            for wrong in [
                "Dit samtykke",
                "Your consent",
                "Beder du også",
                "If you also ask",
            ] {
                assert!(!text.contains(wrong), "{msg:?} {lang:?}: {text}");
            }
        }
    }
}

// ---- erasure, restriction, archiving ----

#[test]
fn erasure_after_withdrawn_consent_only_without_another_basis() {
    for (msg, da, en) in [
        (
            Msg::ErasureGet,
            "ikke har andet grundlag",
            "no other legal basis",
        ),
        (
            Msg::ConsentLimitErasure,
            "ikke har andet lovligt grundlag",
            "no other legal basis",
        ),
        (
            Msg::EraseConsent,
            "har andet grundlag",
            "another legal basis",
        ),
    ] {
        assert!(msg.get(Lang::Da).contains(da), "{msg:?}");
        assert!(msg.get(Lang::En).contains(en), "{msg:?}");
    }
    for (_, text) in both(Msg::EraseConsent)
        .into_iter()
        .chain(both(Msg::ConsentLimitErasure))
    {
        assert!(
            text.contains("17, stk. 1, litra b") || text.contains("17(1)(b)"),
            "{text}"
        );
    }
}

#[test]
fn restriction_quotes_article_18_2_and_gives_archiving_as_the_municipalitys_position() {
    let da = Msg::RestrictionGet.get(Lang::Da);
    let en = Msg::RestrictionGet.get(Lang::En);
    assert!(
        da.contains("for at beskytte en anden persons rettigheder"),
        "{da}"
    );
    assert!(
        en.contains("to protect the rights of another natural or legal person"),
        "{en}"
    );
    assert!(
        da.contains("vigtige samfundsinteresser i EU eller i et EU-land"),
        "{da}"
    );
    assert!(
        en.contains("important public interest of the EU or of a Member State"),
        "{en}"
    );
    // The archiving point is the municipality's, after the article's citation, not in it.
    for (text, position, cite) in [
        (da, "Kommunen mener, at arkivering", "(art. 18, stk. 2)"),
        (
            en,
            "The municipality's position is that archiving",
            "(Article 18(2) GDPR)",
        ),
    ] {
        let (Some(p), Some(c)) = (text.find(position), text.find(cite)) else {
            panic!("{text}");
        };
        assert!(c < p, "{text}");
    }
    assert!(
        !da.contains("beskytte en person eller"),
        "the seed's shortening: {da}"
    );
}

#[test]
fn archived_records_are_kept_in_a_public_archive_to_the_extent_erasure_would_harm_archiving() {
    let da = Msg::ErasureLimitArchive.get(Lang::Da);
    let en = Msg::ErasureLimitArchive.get(Lang::En);
    for needle in [
        "offentligt arkiv",
        "for altid",
        "i det omfang",
        "art. 17, stk. 3, litra d",
        "arkivloven § 21",
        "databeskyttelsesloven § 14",
    ] {
        assert!(da.contains(needle), "{needle}: {da}");
    }
    for needle in [
        "public archive",
        "permanently",
        "to the extent",
        "Article 17(3)(d)",
        "section 21 of the Danish Archives Act",
        "section 14 of the Danish Data Protection Act",
    ] {
        assert!(en.contains(needle), "{needle}: {en}");
    }
}

// ---- deadlines, rectification, refusals, aktindsigt ----

#[test]
fn the_extension_is_conditional_wherever_it_is_mentioned() {
    for msg in [Msg::AboutDeadline, Msg::NextExtension] {
        let da = msg.get(Lang::Da);
        let en = msg.get(Lang::En);
        assert!(da.contains("hvis det er nødvendigt"), "{msg:?}: {da}");
        assert!(
            da.contains("kompliceret") && da.contains("mange anmodninger"),
            "{da}"
        );
        assert!(
            en.to_lowercase().contains("where necessary"),
            "{msg:?}: {en}"
        );
        assert!(
            en.contains("complex") && en.contains("how many requests"),
            "{en}"
        );
        assert!(da.ends_with("(art. 12, stk. 3).") && en.ends_with("(Article 12(3) GDPR)."));
    }
}

#[test]
fn rectification_completes_data_having_regard_to_the_purposes() {
    assert!(Msg::RectificationGet
        .get(Lang::En)
        .contains("having regard to the purposes of the processing"));
    assert!(Msg::RectificationGet
        .get(Lang::Da)
        .contains("hvis det er relevant for det, oplysningerne bruges til"));
}

#[test]
fn the_rectification_limit_rests_on_notatpligt_and_journaliseringspligt_where_it_applies() {
    let da = Msg::RectificationLimitJournal.get(Lang::Da);
    let en = Msg::RectificationLimitJournal.get(Lang::En);
    for needle in [
        "notatpligt",
        "journaliseringspligt",
        "centrale administration",
        "skoler, daginstitutioner",
        "(offentlighedsloven §§ 13 og 15)",
    ] {
        assert!(da.contains(needle), "{needle}: {da}");
    }
    for needle in [
        "duty to take notes",
        "central administration",
        "schools, day care",
        "sections 13 and 15",
    ] {
        assert!(en.contains(needle), "{needle}: {en}");
    }
    // The erasure limit names the same two duties and where the second applies.
    let duty = Msg::ErasureLimitDuty.get(Lang::Da);
    assert!(
        duty.contains("notatpligt")
            && duty.contains("centrale administration har journaliseringspligt")
    );
}

#[test]
fn refusals_come_without_delay_and_at_the_latest_within_one_month() {
    for msg in [Msg::AboutRefusal, Msg::AboutRefusalConsent] {
        assert!(
            msg.get(Lang::Da).contains("straks og senest en måned"),
            "{msg:?}"
        );
        assert!(
            msg.get(Lang::En)
                .contains("without delay and at the latest within one month"),
            "{msg:?}"
        );
        assert!(msg.get(Lang::Da).ends_with("(art. 12, stk. 4)."));
    }
}

#[test]
fn aktindsigt_cites_its_sections() {
    let da = Msg::AccessLimitAktindsigt.get(Lang::Da);
    let en = Msg::AccessLimitAktindsigt.get(Lang::En);
    assert!(
        da.contains("(offentlighedsloven § 8)") && da.contains("(forvaltningsloven § 9)"),
        "{da}"
    );
    assert!(en.contains("section 8 of the Danish Access to Public Administration Files Act"));
    assert!(en.contains("section 9 of the Danish Public Administration Act"));
}

// ---- who gives advice, how the authority and dates are named ----

#[test]
fn no_text_puts_advice_in_datatilsynets_mouth() {
    for msg in Msg::ALL {
        for (lang, text) in both(*msg) {
            let lower = text.to_lowercase();
            let names = lower.contains("datatilsynet") || lower.contains("data protection agency");
            let advises = ["fraråder", "anbefaler", "advises", "recommends", "advice"]
                .iter()
                .any(|w| lower.contains(w));
            assert!(!(names && advises), "{msg:?} ({lang:?}): {text}");
        }
    }
    // The e-mail advice is still there, in the municipality's own voice.
    for msg in [
        Msg::RouteEmailHint,
        Msg::ComplaintRouteEmailHint,
        Msg::WarnHealth,
    ] {
        assert!(msg
            .get(Lang::Da)
            .contains("Almindelig e-mail er ikke krypteret."));
        assert!(msg
            .get(Lang::En)
            .contains("Ordinary email is not encrypted."));
    }
}

const FULL: &str = "Danish Data Protection Agency (Datatilsynet)";

fn mentions(text: &str) -> bool {
    text.contains("Datatilsynet") || text.contains("Data Protection Agency")
}

#[test]
fn english_names_the_authority_in_full_only_as_the_danish_data_protection_agency_datatilsynet() {
    for msg in Msg::ALL {
        let en = msg.get(Lang::En);
        if en.contains("Data Protection Agency") {
            assert_eq!(en.matches("Data Protection Agency").count(), 1, "{msg:?}");
            assert!(en.contains(FULL), "{msg:?}: {en}");
        }
    }
}

/// The English texts of each page in the order the page shows them (mirrors `src/ui/pages/*.rs`;
/// letters are documents of their own and are not part of the page's prose). The about pages
/// come from the core's `AboutView` in the test below.
fn pages() -> Vec<(&'static str, Vec<Msg>)> {
    use Msg::*;
    vec![
        (
            "start",
            vec![
                StartTitle,
                StartIntro,
                StartTime,
                StartPrivacy,
                StartHow,
                StartFollowUp,
                StartFollowUpHint,
            ],
        ),
        (
            "follow-up kind",
            vec![
                FollowKindTitle,
                FollowReminder,
                FollowReminderHint,
                FollowComplaint,
                FollowComplaintHint,
            ],
        ),
        (
            "person, complaint, with the address error",
            // The error summary repeats the field's message word for word (GOV.UK, DKFDS):
            // one message, shown in two places, counted once.
            vec![
                ErrorSummaryTitle,
                AddressMissing,
                PersonTitle,
                NameLabel,
                AddressLabel,
            ],
        ),
        (
            "route, request",
            vec![
                RouteTitle,
                RouteDigitalPost,
                RouteDigitalPostHint,
                RouteEmail,
                RouteEmailHint,
                WarnCprInText,
                WarnHealth,
                UseDigitalPost,
            ],
        ),
        (
            "route, complaint",
            vec![
                ComplaintRouteTitle,
                ComplaintRouteDp,
                ComplaintRouteDpHint,
                ComplaintRouteEmail,
                ComplaintRouteEmailHint,
                ComplaintRouteWeb,
                ComplaintRouteWebHint,
            ],
        ),
        (
            "send, request",
            vec![
                SendTitle,
                SendNotSent,
                DpStepsTitle,
                DpStep3,
                NextTitle,
                NextDeadline,
                NextExtension,
                NextIdentity,
                ComplainTitle,
                ComplainText,
                ComplainAddress,
                ContactText,
            ],
        ),
        (
            "send, consent",
            vec![
                SendTitle,
                SendNotSent,
                NextTitle,
                NextConsent,
                NextConsentErasure,
                NextIdentity,
                ComplainTitle,
                ComplainText,
                ComplainAddress,
            ],
        ),
        (
            "original request, reminder",
            vec![
                OriginalTitle,
                OrigRightLabel,
                OrigDateLabel,
                OrigDateHint,
                OrigRefLabel,
                OrigRefHint,
                OrigExtendedLabel,
                OrigExtendedHint,
            ],
        ),
        (
            "outcome, refusal",
            vec![
                OutcomeTitle,
                OutcomeLabel,
                OutcomeRefused,
                OutcomePartial,
                OutcomeExtended,
                OutcomeExtendedLate,
                OutcomeNone,
                OutcomeInformedLabel,
                OutcomeInformedHint,
                ReplyLabel,
                ReplyHint,
                DisagreeLabel,
            ],
        ),
        (
            "send, reminder",
            vec![
                SendTitle,
                SendNotSent,
                MailStepsTitle,
                MailCprLeftOut,
                WarnHealth,
                NextTitle,
                NextReminder,
                IcsReminderExplain,
                ComplainTitle,
                ComplainText,
                ComplainAddress,
            ],
        ),
        (
            "send, complaint by Digital Post",
            vec![
                SendTitle,
                SendNotSent,
                SendComplaintTo,
                DpStepsTitle,
                DpStep1,
                DpStep2,
                ComplaintDpStep3,
                DpStep4,
                DpStep5,
                NextTitle,
                NextComplaint,
                ComplainAddress,
            ],
        ),
        (
            "send, complaint by e-mail",
            vec![
                SendTitle,
                SendNotSent,
                SendComplaintTo,
                MailStepsTitle,
                MailCprLeftOut,
                MailFallback,
                NextTitle,
                NextComplaint,
                ComplainAddress,
            ],
        ),
        (
            "send, complaint by Datatilsynet's form",
            vec![
                SendTitle,
                SendNotSent,
                SendComplaintTo,
                ComplaintWebTitle,
                DpStep1,
                ComplaintWebStep,
                ComplaintWebOpen,
                NextTitle,
                NextComplaint,
                ComplainAddress,
            ],
        ),
    ]
}

fn check_page(name: &str, texts: &[String]) {
    let mut seen = false;
    for text in texts.iter().filter(|t| mentions(t)) {
        if seen {
            assert!(
                !text.contains("Data Protection Agency"),
                "{name}: again in full: {text}"
            );
        } else {
            assert!(
                text.contains(FULL),
                "{name}: first mention not in full: {text}"
            );
            let after = &text[text.find(FULL).unwrap_or(0) + FULL.len()..];
            let before = &text[..text.find(FULL).unwrap_or(0)];
            assert!(!before.contains("Datatilsynet"), "{name}: {text}");
            assert!(!after.contains("Data Protection Agency"), "{name}: {text}");
            seen = true;
        }
    }
}

#[test]
fn english_names_the_authority_in_full_at_the_first_mention_on_each_page_then_datatilsynet() {
    for (name, msgs) in pages().into_iter().filter(|(_, m)| !m.is_empty()) {
        let texts: Vec<String> = msgs.iter().map(|m| m.get(Lang::En).to_string()).collect();
        check_page(name, &texts);
    }
    for right in Right::ALL {
        let a = about(Lang::En, right);
        let mut texts = vec![a.get];
        texts.extend(a.limits);
        texts.push(a.refusal);
        texts.extend(a.note);
        texts.extend([a.deadline_title, a.deadline]);
        assert!(
            texts.iter().any(|t| mentions(t)),
            "{right:?}: the about page names the authority"
        );
        check_page(&format!("about {right:?}"), &texts);
    }
}

#[test]
fn danish_deadline_dates_read_senest_weekday_den() {
    // Deadlines are written with their weekday ("mandag den 25. januar 2027"), so the
    // sentence reads "senest mandag den 25. januar 2027": a template says "senest {date}",
    // never "senest den {date}" (which would print "den" twice).
    for msg in Msg::ALL {
        let da = msg.get(Lang::Da);
        assert!(
            !da.contains("senest den {"),
            "{msg:?}: the date brings its own \"den\": {da}"
        );
    }
    let date = stevns_rights_wizard::core::Date::new(2027, 1, 25)
        .map(|d| d.long_with_weekday(Lang::Da))
        .unwrap_or_default();
    for msg in [Msg::NextDeadline, Msg::NextReminder, Msg::ReminderAsk] {
        let text = stevns_rights_wizard::core::text::fill(msg.get(Lang::Da), &[("date", &date)]);
        assert!(
            text.contains("senest mandag den 25. januar 2027"),
            "{msg:?}: {text}"
        );
    }
}

// ---- examples ----

/// Every CPR-shaped number in `text` that the widget would accept as a real person's.
fn possible_cpr_numbers(text: &str) -> Vec<String> {
    find_cpr_like(text)
        .into_iter()
        .map(|(a, b)| text[a..b].to_string())
        .filter(|n| parse(n, TODAY).is_ok())
        .collect()
}

#[test]
fn possible_cpr_numbers_are_found_and_impossible_ones_are_not() {
    // The check itself: a possible number is caught, impossible dates and patterns are not.
    assert_eq!(possible_cpr_numbers("fx 010180-1234"), ["010180-1234"]);
    assert!(possible_cpr_numbers("fx 300299-1234 eller 010150-5000").is_empty());
    assert!(possible_cpr_numbers("fx ddmmåå-xxxx").is_empty());
}

#[test]
fn no_example_could_be_a_real_persons_cpr_number() {
    for msg in Msg::ALL {
        for (lang, text) in both(*msg) {
            assert!(
                possible_cpr_numbers(text).is_empty(),
                "{msg:?} ({lang:?}): {text}"
            );
        }
    }
    // The pattern, with a non-breaking hyphen so a narrow screen keeps it on one line.
    for (msg, da, en) in [
        (Msg::CprHint, "ddmmåå\u{2011}xxxx", "ddmmyy\u{2011}xxxx"),
        (
            Msg::OtherCprHint,
            "ddmmåå\u{2011}xxxx",
            "ddmmyy\u{2011}xxxx",
        ),
        (Msg::CprFormat, "ddmmåå\u{2011}xxxx", "ddmmyy\u{2011}xxxx"),
        (
            Msg::OtherCprFormat,
            "ddmmåå\u{2011}xxxx",
            "ddmmyy\u{2011}xxxx",
        ),
        (Msg::OrigRefHint, "SK\u{2011}7F3K2Q", "SK\u{2011}7F3K2Q"),
    ] {
        assert!(msg.get(Lang::Da).contains(da), "{msg:?}");
        assert!(msg.get(Lang::En).contains(en), "{msg:?}");
    }
    for (file, text) in [
        ("README.md", include_str!("../README.md")),
        ("docs/privacy.md", include_str!("../docs/privacy.md")),
        ("docs/testing.md", include_str!("../docs/testing.md")),
        ("docs/embedding.md", include_str!("../docs/embedding.md")),
        ("docs/decisions.md", include_str!("../docs/decisions.md")),
        ("docs/sources.md", include_str!("../docs/sources.md")),
        ("embed/embed.html", include_str!("../embed/embed.html")),
        ("index.html", include_str!("../index.html")),
    ] {
        assert!(
            possible_cpr_numbers(text).is_empty(),
            "{file}: {:?}",
            possible_cpr_numbers(text)
        );
    }
}

// ---- what the about pages add: appeal, expectations, photos, recipients, copies ----

#[test]
fn the_automated_decision_page_says_the_decision_itself_can_be_appealed_with_its_own_deadline() {
    for (lang, appeal, deadline) in [
        (Lang::Da, "klage over selve afgørelsen", "klagefristen"),
        (
            Lang::En,
            "appeal the decision itself",
            "deadline for appealing",
        ),
    ] {
        let note = about(lang, Right::Automated).note.unwrap_or_default();
        assert!(note.contains(appeal) && note.contains(deadline), "{note}");
        assert!(
            note.contains("§ 25") || note.contains("section 25"),
            "{note}"
        );
    }
}

#[test]
fn objection_gives_a_realistic_expectation_for_a_task_the_law_gives_the_municipality() {
    for (lang, refused) in [(Lang::Da, "ofte et afslag"), (Lang::En, "often be refused")] {
        let note = about(lang, Right::Objection).note.unwrap_or_default();
        assert!(note.contains(refused), "{note}");
    }
}

/// Seed 004: the municipality takes photos that document its activities without asking for
/// consent; there is then nothing to withdraw.
#[test]
fn a_photo_taken_without_consent_is_not_a_withdrawal_of_consent() {
    for (lang, no_consent, instead) in [
        (
            Lang::Da,
            "Har du ikke sagt ja til et billede, er der ikke noget at trække tilbage",
            "bede om sletning eller gøre indsigelse",
        ),
        (
            Lang::En,
            "If you did not agree to a photo, there is nothing to withdraw",
            "ask for erasure or object",
        ),
    ] {
        let note = about(lang, Right::Consent).note.unwrap_or_default();
        assert!(
            note.contains(no_consent) && note.contains(instead),
            "{note}"
        );
    }
}

#[test]
fn rectification_erasure_and_restriction_say_recipients_are_told_and_can_be_named() {
    for lang in Lang::ALL {
        for right in Right::ALL {
            let get = about(lang, right).get;
            let cites = get.contains("(art. 19)") || get.contains("(Article 19 GDPR)");
            assert_eq!(
                cites,
                matches!(
                    right,
                    Right::Rectification | Right::Erasure | Right::Restriction
                ),
                "{lang:?} {right:?}: {get}"
            );
        }
    }
}

#[test]
fn access_is_free_for_the_first_copy_and_further_copies_may_cost_a_reasonable_fee() {
    for lang in Lang::ALL {
        let free = about(lang, Right::Access).free;
        assert_eq!(free, Msg::AboutFreeAccess.get(lang));
        assert!(
            free.contains("15, stk. 3") || free.contains("15(3)"),
            "{free}"
        );
        for right in Right::ALL.into_iter().filter(|r| *r != Right::Access) {
            assert_eq!(
                about(lang, right).free,
                Msg::AboutFree.get(lang),
                "{right:?}"
            );
        }
    }
}

// ---- wording the legal review asked for ----

#[test]
fn the_widget_never_offers_digital_fuldmagt_as_a_way_to_make_a_request() {
    for msg in Msg::ALL {
        for (lang, text) in both(*msg) {
            assert!(
                !text.contains("Digital Fuldmagt"),
                "{msg:?} {lang:?}: {text}"
            );
        }
    }
}

#[test]
fn the_date_of_a_request_sent_by_post_is_the_day_it_arrived() {
    let (da, en) = (
        Msg::OrigDateHint.get(Lang::Da),
        Msg::OrigDateHint.get(Lang::En),
    );
    assert!(
        da.contains("almindelig post") && da.contains("kommunen fik den"),
        "{da}"
    );
    assert!(
        en.contains("ordinary post") && en.contains("received it"),
        "{en}"
    );
}

#[test]
fn one_word_for_a_complicated_case_and_datatilsynets_own_words_for_what_follows_a_complaint() {
    for msg in Msg::ALL {
        assert!(!msg.get(Lang::Da).contains("kompleks "), "{msg:?}");
    }
    let da = Msg::NextComplaint.get(Lang::Da);
    assert!(
        da.contains("Inden tre måneder") && !da.contains("status"),
        "{da}"
    );
    assert!(!Msg::NextComplaint.get(Lang::En).contains("status"));
}

#[test]
fn small_wording_fixes_hold_in_both_languages() {
    // Portability: "The right does not apply", not "It".
    assert!(Msg::PortabilityLimitPublic
        .get(Lang::En)
        .starts_with("The right does not apply"));
    // The widget's name for screen readers says what it is for.
    assert_eq!(
        Msg::WidgetLabel.get(Lang::Da),
        "Skriv til kommunen om dine personoplysninger"
    );
    // 17(1)(c) in its own words ("legitime grunde … som går forud"), as the citizen's view.
    for msg in [Msg::EraseObjection, Msg::LetterEraseObjection] {
        let da = msg.get(Lang::Da);
        assert!(!da.contains("vægtige"), "{msg:?}: {da}");
        assert!(
            da.contains("går forud for") && da.contains("mener ikke"),
            "{da}"
        );
        assert!(msg.get(Lang::En).contains("do not believe"), "{msg:?}");
    }
    // A complaint is about the municipality under art. 77; the request is not "under" art. 77.
    let intro = Msg::ComplaintIntro.get(Lang::Da);
    assert!(
        intro.starts_with(
            "Jeg klager over {municipality} (databeskyttelsesforordningens artikel 77)."
        ),
        "{intro}"
    );
    assert!(
        !intro.contains("anmodning efter databeskyttelsesforordningen"),
        "{intro}"
    );
    // The CPR hint does not say the widget sends anything.
    let hint = Msg::CprHint.get(Lang::Da);
    assert!(!hint.contains("bliver kun sendt"), "{hint}");
}
