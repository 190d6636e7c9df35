//! The letter — a request, a reminder or a complaint — composed from the answers in the
//! widget's current language, and the `mailto:` link that carries it.
//!
//! Decision: the letter is written in the language the citizen used, so they can read what they
//! send; a Danish municipality reads English. The subject always carries the right and its
//! article, and the reference number.
//!
//! The e-mail route never carries a CPR number: the CPR fields are left out, and a CPR number in
//! the citizen's own text is replaced by "[CPR-nummer fjernet]" (`sensitive::mask_answers`).
//! The e-mail letter says so in the citizen's voice, and that the municipality may write back by
//! Digital Post to confirm who is asking (art. 12(6)).
//!
//! What a case worker needs in the first lines (`docs/sources.md#decisions`): a letter written
//! for someone else names that person in the subject and in its first sentence, then the
//! writer's authority (fuldmagt, forældremyndighed, værge), and never speaks of the writer's own
//! data. A document is "attached" only on routes that can attach one (Digital Post); an e-mail
//! says the document goes by Digital Post instead.

use crate::core::choices::{
    auto, consent_topic, erase_ground, outcome, rectify_kind, relation, restrict_ground, yes_no,
};
use crate::core::cpr;
use crate::core::display::display_value;
use crate::core::fields::Field;
use crate::core::files::safe_file_name;
use crate::core::mailto;
use crate::core::rights::Right;
use crate::core::sensitive::mask_answers;
use crate::core::state::State;
use crate::core::steps::{Flow, Step};
use crate::core::text::{fill, Lang, Msg};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
    /// A CPR number was given but left out because the route is e-mail.
    pub cpr_left_out: bool,
    /// Something CPR-shaped was removed from the free text (e-mail route only).
    pub cpr_masked: bool,
}

impl Letter {
    /// Subject and body as one text, for copying, downloading and printing.
    pub fn full_text(&self, subject_label: &str) -> String {
        format!("{subject_label}: {}\n\n{}", self.subject, self.body)
    }
}

/// The normalised CPR number to write in the letter, if one was given and is valid: never by
/// e-mail, which is not encrypted ([`Letter::cpr_left_out`] says so instead).
fn cpr_of(s: &State, field: Field) -> Option<String> {
    let c = cpr::parse(s.get(field), s.today).ok()?;
    (!s.by_email()).then_some(c.normalised)
}

/// Paragraphs separated by blank lines; empty ones are skipped.
struct Body(String);

impl Body {
    fn para(&mut self, text: &str) {
        if !text.trim().is_empty() {
            if !self.0.is_empty() {
                self.0.push_str("\n\n");
            }
            self.0.push_str(text.trim_end());
        }
    }

    /// A labelled answer: the label on one line, the citizen's text below.
    fn answer(&mut self, label: &str, value: &str) {
        if !value.trim().is_empty() {
            self.para(&format!("{label}\n{}", value.trim()));
        }
    }
}

/// The person a letter written for someone else is about, as typed; `None` for the writer's
/// own request.
fn behalf_name(s: &State) -> Option<&str> {
    s.on_behalf().then(|| s.get(Field::OtherName).trim())
}

/// " på vegne af Ida Hansen" for the subject and the letter's heading, or nothing. The name
/// is put on one line: a subject is one line, whatever was pasted into the name field.
fn behalf_suffix(s: &State) -> String {
    behalf_name(s)
        .map(|name| {
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            fill(Msg::LetterSubjectBehalf.get(s.lang), &[("name", &name)])
        })
        .unwrap_or_default()
}

/// The document that shows a writer's authority, for the relations that have one: a power of
/// attorney (fuldmagt) or a certificate of guardianship (værgemålsbevis). Parental custody is
/// stated, not documented, in the letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AuthorityDoc {
    /// On the person page: remember to attach it (Digital Post can); in a reminder, that it
    /// went with the request and is sent again only if the municipality asks.
    pub note: Msg,
    /// On the e-mail route: it usually holds CPR numbers, so send it by Digital Post.
    pub email_warning: Msg,
    /// In a Digital Post letter: "Jeg vedhæfter …" (the citizen attaches it there).
    pub attached: Msg,
    /// In an e-mail letter, which cannot carry an attachment: it follows by Digital Post.
    pub by_post: Msg,
    /// In a complaint's list of attachments.
    pub name: Msg,
}

pub fn authority_doc(s: &State) -> Option<AuthorityDoc> {
    if !s.on_behalf() {
        return None;
    }
    let reminder = s.flow() == Flow::Reminder;
    match s.get(Field::Relation) {
        relation::POA => Some(AuthorityDoc {
            note: if reminder {
                Msg::PoaNoteReminder
            } else {
                Msg::PoaNote
            },
            email_warning: Msg::WarnPoaByEmail,
            attached: Msg::LetterPoaAttached,
            by_post: Msg::LetterPoaByPost,
            name: Msg::LetterPoaName,
        }),
        relation::GUARDIAN => Some(AuthorityDoc {
            note: if reminder {
                Msg::GuardianNoteReminder
            } else {
                Msg::GuardianNote
            },
            email_warning: Msg::WarnGuardianByEmail,
            attached: Msg::LetterGuardianAttached,
            by_post: Msg::LetterGuardianByPost,
            name: Msg::LetterGuardianName,
        }),
        _ => None,
    }
}

/// The notice on the e-mail route that CPR numbers are left out: "Dit CPR-nummer …" for the
/// writer's own request; in a letter for someone else it speaks of every CPR number, since
/// the number given may be the other person's alone.
pub fn cpr_left_out_note(s: &State) -> Msg {
    if s.on_behalf() {
        Msg::MailCprLeftOutBehalf
    } else {
        Msg::MailCprLeftOut
    }
}

/// The paragraph that says whom the letter is about and on what authority: `first` (a
/// sentence naming the person), the relation, the document where `documents` (a new
/// request), and the person's CPR number on a line of its own (never by e-mail).
fn authority(s: &State, b: &mut Body, name: &str, first: String, documents: bool) {
    let lang = s.lang;
    let relation = match s.get(Field::Relation) {
        relation::CUSTODY => Msg::LetterBehalfCustody,
        relation::GUARDIAN => Msg::LetterBehalfGuardian,
        _ => Msg::LetterBehalfPoa,
    };
    let mut text = format!("{first} {}", fill(relation.get(lang), &[("name", name)]));
    if let Some(doc) = authority_doc(s).filter(|_| documents) {
        let m = if s.by_email() {
            doc.by_post
        } else {
            doc.attached
        };
        text.push(' ');
        text.push_str(m.get(lang));
    }
    if let Some(c) = cpr_of(s, Field::OtherCpr) {
        let label = fill(Msg::LetterOtherCpr.get(lang), &[("name", name)]);
        text.push_str(&format!("\n{label}: {c}"));
    }
    b.para(&text);
}

pub fn compose(s: &State) -> Letter {
    // By e-mail, CPR numbers in the citizen's own text are masked before the letter is made.
    let masked = s.by_email().then(|| mask_answers(s));
    let (s, cpr_masked) = masked.as_ref().map_or((s, false), |(m, hit)| (m, *hit));
    let lang = s.lang;
    let info = s.letter_right().info();
    let by_email = s.by_email();
    let (what, article) = (info.subject.get(lang), info.article.get(lang));
    let subject_what = match s.flow() {
        Flow::Request => what.to_string(),
        Flow::Reminder => fill(Msg::ReminderWhat.get(lang), &[("what", what)]),
        // "Klage over Stevns Kommune i sagen om anmodning om indsigt": the Danish subject
        // names the request inside a sentence, so in lower case; the English one after a colon.
        Flow::Complaint => {
            let what = match lang {
                Lang::Da => lower_first(what),
                Lang::En => what.to_string(),
            };
            fill(&s.text(Msg::ComplaintWhat), &[("what", &what)])
        }
    };
    // A reminder is about the request already sent: its subject carries that request's
    // reference (or the municipality's case number), so it lands on the same case. This
    // letter's own reference is in the footer.
    let orig_ref = s
        .get(Field::OrigRef)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let subject_ref = if s.flow() == Flow::Reminder && !orig_ref.is_empty() {
        orig_ref
    } else {
        s.reference()
    };
    let subject = fill(
        Msg::LetterSubject.get(lang),
        &[
            ("what", &subject_what),
            ("article", article),
            ("behalf", &behalf_suffix(s)),
            ("ref", &subject_ref),
        ],
    );
    let mut b = Body(String::new());
    match s.flow() {
        Flow::Request => request_body(s, &mut b),
        Flow::Reminder | Flow::Complaint => followup_body(s, &mut b),
    }
    if by_email {
        let confirm = match (s.flow(), s.on_behalf()) {
            (Flow::Complaint, _) => Msg::ComplaintEmailDp,
            (_, true) => Msg::LetterEmailConfirmBehalf,
            (_, false) => Msg::LetterEmailConfirm,
        };
        let no_cpr = if s.on_behalf() {
            Msg::LetterEmailNoCprBehalf
        } else {
            Msg::LetterEmailNoCpr
        };
        b.para(&format!("{} {}", no_cpr.get(lang), confirm.get(lang)));
    }

    let contact_label = if s.on_behalf() {
        Msg::LetterAboutWriter
    } else {
        Msg::LetterAboutMe
    };
    let mut me = vec![contact_label.get(lang).to_string()];
    let mut line = |label: Msg, value: &str| {
        if !value.trim().is_empty() {
            me.push(format!("{}: {}", label.get(lang), value.trim()));
        }
    };
    line(Msg::NameLabel, s.get(Field::Name));
    if let Some(c) = cpr_of(s, Field::Cpr) {
        line(Msg::CprLabel, &c);
    }
    line(Msg::AddressLabel, s.get(Field::Address));
    line(Msg::PhoneLabel, s.get(Field::Phone));
    line(Msg::EmailLabel, s.get(Field::Email));
    b.para(&me.join("\n"));

    b.para(&format!(
        "{}\n{}",
        Msg::LetterRegards.get(lang),
        s.get(Field::Name).trim()
    ));
    b.para(&format!(
        "{}: {}\n{}: {}",
        Msg::LetterRefLabel.get(lang),
        s.reference(),
        Msg::LetterDate.get(lang),
        s.today.long(lang)
    ));

    Letter {
        subject: crate::core::invisible::strip(&subject),
        body: crate::core::invisible::strip(&b.0),
        cpr_left_out: by_email && s.cpr_given(),
        cpr_masked,
    }
}

/// A new request: whom it is about and on what authority, the right, its details, the
/// deadline.
fn request_body(s: &State, b: &mut Body) {
    let lang = s.lang;
    let info = s.letter_right().info();
    b.para(&s.text(Msg::LetterTo));
    b.para(&format!(
        "{}{}",
        subject_line(info.subject.get(lang), info.article.get(lang)),
        behalf_suffix(s)
    ));
    let (letter, letter_behalf) = opening(s);
    let opening = match behalf_name(s) {
        Some(name) => {
            let first = fill(Msg::LetterBehalf.get(lang), &[("name", name)]);
            authority(s, b, name, first, true);
            fill(letter_behalf.get(lang), &[("name", name)])
        }
        None => letter.get(lang).to_string(),
    };
    b.para(&opening);
    // An employee's request is about their data as an employee: said with whose data.
    if s.employee() {
        let mut text = Msg::LetterEmployee.get(lang).to_string();
        if s.get(Field::EmployeeIt) == yes_no::YES {
            text.push(' ');
            text.push_str(Msg::LetterEmployeeIt.get(lang));
        }
        b.para(&text);
    }
    // By when, and how the answer should come, right after what is asked. A withdrawal of
    // consent takes effect on receipt and has no one-month period; only the erasure the
    // consent letter also asks for has one (art. 7(3), 12(3)). A request made electronically
    // is answered electronically (art. 12(3), last sentence); Digital Post is the secure way
    // (`docs/sources.md#gdpr-12`, `#decision-consent-no-period`).
    let deadline = if s.letter_right().has_deadline() {
        Msg::LetterDeadline
    } else {
        Msg::LetterDeadlineConsent
    };
    b.para(&format!(
        "{} {}",
        deadline.get(lang),
        Msg::LetterAnswerBy.get(lang)
    ));
    if s.letter_right() == Right::Access {
        b.para(Msg::AccessLetterList.get(lang));
    }
    for field in s.fields_on(Step::Details) {
        match field {
            Field::AutoRequests => {
                let chosen = s.get(field);
                if chosen.contains(auto::LOGIC) {
                    b.para(&match behalf_name(s) {
                        Some(name) => {
                            fill(Msg::AutomatedLetterLogicBehalf.get(lang), &[("name", name)])
                        }
                        None => Msg::AutomatedLetterLogic.get(lang).to_string(),
                    });
                }
                if chosen.contains(auto::HUMAN) {
                    b.para(&match behalf_name(s) {
                        Some(name) => {
                            fill(Msg::AutomatedLetterHumanBehalf.get(lang), &[("name", name)])
                        }
                        None => Msg::AutomatedLetterHuman.get(lang).to_string(),
                    });
                }
            }
            // Said in the opening ("… bliver rettet"), not repeated as a detail.
            Field::EmployeeIt | Field::RectifyKind => {}
            _ => b.answer(letter_label(field).get(lang), &letter_value(s, field)),
        }
    }
    // Those the data was passed on to are told of a rectification, an erasure or a
    // restriction, and the citizen may ask who they are (art. 19, `docs/sources.md#gdpr-19`).
    if matches!(
        s.letter_right(),
        Right::Rectification | Right::Erasure | Right::Restriction
    ) {
        b.para(Msg::LetterRecipients.get(lang));
    }
}

/// The opening paragraph for the writer's own request and for one written for someone else.
/// A rectification asks only for what the citizen reports: wrong data corrected, missing
/// data added, or both (art. 16, `docs/sources.md#gdpr-16`).
fn opening(s: &State) -> (Msg, Msg) {
    let info = s.letter_right().info();
    if s.letter_right() != Right::Rectification {
        return (info.letter, info.letter_behalf);
    }
    match s.get(Field::RectifyKind) {
        rectify_kind::MISSING => (
            Msg::RectificationLetterMissing,
            Msg::RectificationLetterMissingBehalf,
        ),
        rectify_kind::BOTH => (
            Msg::RectificationLetterBoth,
            Msg::RectificationLetterBothBehalf,
        ),
        _ => (info.letter, info.letter_behalf),
    }
}

/// The letter's own label for a detail: a statement in the writer's voice ("Mine grunde"),
/// not the form's question to the citizen ("Hvorfor …?").
fn letter_label(field: Field) -> Msg {
    use Field::*;
    match field {
        AccessAreas => Msg::LetterAccessAreas,
        AccessPeriod => Msg::LetterAccessPeriod,
        WrongData => Msg::LetterWrongData,
        CorrectData => Msg::LetterCorrectData,
        EraseWhich | PortabilityWhich | SourceWhich => Msg::LetterWhichData,
        EraseGround => Msg::LetterEraseGround,
        EraseReason | RestrictWhy => Msg::LetterReasons,
        RectifyWhy => Msg::LetterRectifyWhy,
        RestrictGround => Msg::LetterRestrictGround,
        ObjectWhich => Msg::LetterObjectWhich,
        ObjectReasons => Msg::LetterObjectReasons,
        ConsentTopic => Msg::LetterConsentTopic,
        ConsentWhich => Msg::LetterConsentWhich,
        AutoDecision => Msg::LetterAutoDecision,
        Outcome => Msg::ComplaintHappened,
        f => f.spec().label,
    }
}

/// The letter's own wording for a chosen option: neutral statements ("Samtykket er trukket
/// tilbage"), so they fit a letter for oneself and one for someone else alike.
fn letter_choice(field: Field, value: &str) -> Option<Msg> {
    use Msg as M;
    Some(match (field, value) {
        (Field::EraseGround, erase_ground::NOT_NEEDED) => M::LetterEraseNotNeeded,
        (Field::EraseGround, erase_ground::CONSENT) => M::LetterEraseConsent,
        (Field::EraseGround, erase_ground::OBJECTION) => M::LetterEraseObjection,
        (Field::EraseGround, erase_ground::UNLAWFUL) => M::LetterEraseUnlawful,
        (Field::EraseGround, erase_ground::LEGAL_DUTY) => M::LetterEraseLegalDuty,
        (Field::EraseGround, erase_ground::UNKNOWN) => M::LetterEraseUnknown,
        (Field::RestrictGround, restrict_ground::ACCURACY) => M::LetterRestrictAccuracy,
        (Field::RestrictGround, restrict_ground::UNLAWFUL) => M::LetterRestrictUnlawful,
        (Field::RestrictGround, restrict_ground::CLAIMS) => M::LetterRestrictClaims,
        (Field::RestrictGround, restrict_ground::OBJECTION) => M::LetterRestrictObjection,
        (Field::ConsentTopic, consent_topic::PHOTO) => M::LetterConsentPhoto,
        (Field::ConsentTopic, consent_topic::OTHER) => M::LetterConsentOther,
        (Field::Outcome, outcome::REFUSED) => M::LetterOutcomeRefused,
        (Field::Outcome, outcome::PARTIAL) => M::LetterOutcomePartial,
        (Field::Outcome, outcome::EXTENDED) => M::LetterOutcomeExtended,
        (Field::Outcome, outcome::EXTENDED_LATE) => M::LetterOutcomeExtendedLate,
        (Field::Outcome, outcome::NONE) => M::LetterOutcomeNone,
        _ => return None,
    })
}

/// An answer as the letter states it: the option's letter wording, else the display value.
fn letter_value(s: &State, field: Field) -> String {
    match letter_choice(field, s.get(field).trim()) {
        Some(m) => s.text(m),
        None => display_value(s, field),
    }
}

/// A reminder to the municipality, or a complaint to Datatilsynet, about a request sent.
fn followup_body(s: &State, b: &mut Body) {
    let lang = s.lang;
    let info = s.letter_right().info();
    let sent = s.original_date();
    let sent_long = sent.map(|d| d.long(lang)).unwrap_or_default();
    let orig_ref = s.get(Field::OrigRef).trim();
    let ref_part = if orig_ref.is_empty() {
        String::new()
    } else {
        fill(Msg::LetterRefPart.get(lang), &[("ref", orig_ref)])
    };
    let sent_args = |m: Msg| {
        fill(
            m.get(lang),
            &[
                ("date", &sent_long),
                ("what", info.subject.get(lang)),
                ("article", info.article.get(lang)),
                ("ref", &ref_part),
            ],
        )
    };
    let deadline = s
        .original_deadline()
        .map(|d| d.long_with_weekday(lang))
        .unwrap_or_default();
    let consent = s.letter_right() == Right::Consent;
    if s.flow() == Flow::Reminder {
        b.para(&s.text(Msg::LetterTo));
        if let Some(name) = behalf_name(s) {
            let first = fill(Msg::LetterBehalf.get(lang), &[("name", name)]);
            authority(s, b, name, first, false);
        }
        b.para(&sent_args(Msg::ReminderSent));
        // A withdrawal of consent took effect on receipt; what is overdue is the confirmation
        // and the answer on erasure (art. 7(3), 12(3): `docs/sources.md#decision-consent-no-period`).
        let late = match (s.extended(), consent) {
            (true, _) => Msg::ReminderLateExtended,
            (false, true) => Msg::ReminderLateConsent,
            (false, false) => Msg::ReminderLate,
        };
        let late = fill(late.get(lang), &[("deadline", &deadline)]);
        if consent {
            b.para(&format!("{} {late}", Msg::ReminderConsentEffect.get(lang)));
        } else {
            b.para(&late);
        }
        b.para(&fill(
            Msg::ReminderAsk.get(lang),
            &[("date", &s.reminder_deadline().long_with_weekday(lang))],
        ));
    } else {
        b.para(Msg::ComplaintTo.get(lang));
        match behalf_name(s) {
            Some(name) => {
                let first = fill(&s.text(Msg::ComplaintIntroBehalf), &[("name", name)]);
                authority(s, b, name, first, false);
            }
            None => b.para(&s.text(Msg::ComplaintIntro)),
        }
        b.para(&s.text(Msg::ComplaintController));
        b.para(&sent_args(Msg::ComplaintSent));
        let came_back = s.get(Field::Outcome);
        b.answer(
            Msg::ComplaintHappened.get(lang),
            &letter_value(s, Field::Outcome),
        );
        if came_back != outcome::NONE {
            b.answer(Msg::ComplaintReply.get(lang), s.get(Field::Reply));
        }
        let remarks = if s.disagreeing() {
            Msg::ComplaintWhy
        } else {
            Msg::ComplaintRemarks
        };
        b.answer(remarks.get(lang), s.get(Field::Disagree));
        // The letter states only what the citizen can know (`docs/sources.md#decision-refusal-complaint`):
        // no answer, or an extension without reasons or told too late, breaks the deadline of
        // art. 12(3); a refusal is complained about on its substance, and cites art. 12(4)
        // only where the citizen says it came without reasons or without the information
        // about complaining.
        match came_back {
            outcome::NONE => {
                let rule = if s.extended() {
                    Msg::ComplaintRulesNoAnswerExtended
                } else {
                    Msg::ComplaintRulesNoAnswer
                };
                let rule = fill(rule.get(lang), &[("deadline", &deadline)]);
                if consent {
                    b.para(&format!("{} {rule}", Msg::ComplaintConsentEffect.get(lang)));
                } else {
                    b.para(&rule);
                }
            }
            outcome::EXTENDED | outcome::EXTENDED_LATE => {
                b.para(Msg::ComplaintRulesExtension.get(lang));
            }
            _ => {
                let disputed = if came_back == outcome::PARTIAL {
                    Msg::ComplaintDisputedPartial
                } else {
                    Msg::ComplaintDisputed
                };
                b.para(&fill(
                    disputed.get(lang),
                    &[("article", &body_article(s.letter_right(), lang))],
                ));
                if s.is(Field::OutcomeInformed, yes_no::NO) {
                    b.para(Msg::ComplaintRules.get(lang));
                }
            }
        }
        b.para(Msg::ComplaintContactedFirst.get(lang));
        let mut attachments = vec![
            if s.by_email() {
                Msg::ComplaintAttachEmail
            } else {
                Msg::ComplaintAttachDp
            }
            .get(lang)
            .to_string(),
            format!(
                "- {}",
                fill(
                    Msg::ComplaintAttachRequest.get(lang),
                    &[("date", &sent_long), ("ref", &ref_part)],
                )
            ),
        ];
        if came_back != outcome::NONE {
            attachments.push(format!("- {}", Msg::ComplaintAttachReply.get(lang)));
        }
        if let Some(doc) = authority_doc(s) {
            attachments.push(format!("- {}", doc.name.get(lang)));
        }
        b.para(&attachments.join("\n"));
    }
}

/// A right's article as a letter's body cites it after "databeskyttelsesforordningens" / before
/// "of the General Data Protection Regulation": "artikel 15", "Article 15(1)(g)".
fn body_article(right: Right, lang: Lang) -> String {
    let short = right.info().article.get(lang);
    match short.strip_prefix("art. ") {
        Some(rest) => format!("artikel {rest}"),
        None => short.trim_end_matches(" GDPR").to_string(),
    }
}

/// `text` with its first letter in lower case ("Anmodning om indsigt" → "anmodning om
/// indsigt").
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn subject_line(what: &str, article: &str) -> String {
    format!("{what} ({article})")
}

/// The letter as a file: "anmodning-SK-7F3K2Q.txt" / "request-SK-7F3K2Q.txt".
pub fn file_name(s: &State) -> String {
    safe_file_name(s, ("anmodning", "request"), "txt")
}

/// The e-mail link and whether the body had to be replaced by a pointer to pasted text.
pub fn mailto_href(s: &State, letter: &Letter) -> (String, bool) {
    let to = s.recipient_email();
    let full = mailto::href(&to, &letter.subject, &letter.body);
    if full.len() <= mailto::MAX_MAILTO {
        return (full, false);
    }
    let pointer = fill(
        Msg::LetterFallbackPointer.get(s.lang),
        &[("ref", &s.reference())],
    );
    (mailto::href(&to, &letter.subject, &pointer), true)
}
