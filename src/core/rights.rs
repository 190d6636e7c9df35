//! The rights catalogue: for each of the nine rights, its texts, article, when the municipality
//! may refuse or limit it, and which questions the details step asks. Every fact has its source
//! in `docs/sources.md`, one anchor per article (`docs/sources.md#gdpr-15` to `#gdpr-22`,
//! `#gdpr-7`, `#dbl-22`, …); every limit cites its article in the text itself.

use crate::core::fields::Field;
use crate::core::text::Msg;

/// In the config block: its slug (`"erasure"`; read by [`Right::from_slug`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize)]
#[serde(try_from = "String")]
pub enum Right {
    Access,
    Rectification,
    Erasure,
    Restriction,
    Objection,
    Consent,
    Portability,
    Automated,
    Source,
}

/// How serde reads a right (config block): by its slug, as [`Right::from_slug`] does; the
/// error keeps the text that was not understood.
impl TryFrom<String> for Right {
    type Error = String;
    fn try_from(slug: String) -> Result<Right, String> {
        Right::from_slug(&slug).ok_or(slug)
    }
}

/// What the widget says and asks about one right.
pub struct RightInfo {
    pub name: Msg,
    pub summary: Msg,
    /// What the citizen gets.
    pub get: Msg,
    /// When the municipality may refuse or limit it, each with its citation.
    pub limits: &'static [Msg],
    /// A practical note shown after the limits (not a limit of the right itself).
    pub note: Option<Msg>,
    /// The letter's subject ("Anmodning om indsigt") and article ("art. 15").
    pub subject: Msg,
    pub article: Msg,
    /// The letter's opening paragraph, about the writer's own data ("om mig").
    pub letter: Msg,
    /// The same paragraph in a letter written for someone else: `{name}` is the person the
    /// request is about, so it never speaks of the writer's own data.
    pub letter_behalf: Msg,
    /// The questions of the details step, in order.
    pub details: &'static [Field],
}

impl Right {
    pub const ALL: [Right; 9] = [
        Right::Access,
        Right::Rectification,
        Right::Erasure,
        Right::Restriction,
        Right::Objection,
        Right::Consent,
        Right::Portability,
        Right::Automated,
        Right::Source,
    ];

    /// The stable name used in config, URLs and host events.
    pub fn slug(self) -> &'static str {
        match self {
            Right::Access => "access",
            Right::Rectification => "rectification",
            Right::Erasure => "erasure",
            Right::Restriction => "restriction",
            Right::Objection => "objection",
            Right::Consent => "consent",
            Right::Portability => "portability",
            Right::Automated => "automated",
            Right::Source => "source",
        }
    }

    /// True when a letter for this right is a request under arts. 15–22, which the municipality
    /// must answer within one month of receipt (art. 12(3)). False for withdrawing consent: a
    /// withdrawal (art. 7(3)) takes effect when the municipality receives it and has no answer
    /// period — only an erasure asked for with it has one (arts. 12(3) and 17(1)(b)).
    pub fn has_deadline(self) -> bool {
        self != Right::Consent
    }

    pub fn from_slug(slug: &str) -> Option<Right> {
        Right::ALL.into_iter().find(|r| r.slug() == slug.trim())
    }

    pub fn info(self) -> RightInfo {
        use Msg::*;
        match self {
            Right::Access => RightInfo {
                name: RightAccessName,
                summary: RightAccessSummary,
                get: AccessGet,
                limits: &[AccessLimitPrivate, AccessLimitPublic, AccessLimitOthers],
                note: Some(AccessLimitAktindsigt),
                subject: AccessSubject,
                article: AccessArticle,
                letter: AccessLetter,
                letter_behalf: AccessLetterBehalf,
                details: &[Field::AccessAreas, Field::AccessPeriod],
            },
            Right::Rectification => RightInfo {
                name: RightRectificationName,
                summary: RightRectificationSummary,
                get: RectificationGet,
                limits: &[RectificationLimitFacts, RectificationLimitJournal],
                note: Some(RectificationLimitRestrict),
                subject: RectificationSubject,
                article: RectificationArticle,
                letter: RectificationLetter,
                letter_behalf: RectificationLetterBehalf,
                details: &[
                    Field::RectifyKind,
                    Field::WrongData,
                    Field::CorrectData,
                    Field::RectifyWhy,
                ],
            },
            Right::Erasure => RightInfo {
                name: RightErasureName,
                summary: RightErasureSummary,
                get: ErasureGet,
                limits: &[ErasureLimitDuty, ErasureLimitArchive, ErasureLimitClaims],
                note: None,
                subject: ErasureSubject,
                article: ErasureArticle,
                letter: ErasureLetter,
                letter_behalf: ErasureLetterBehalf,
                details: &[Field::EraseWhich, Field::EraseGround, Field::EraseReason],
            },
            Right::Restriction => RightInfo {
                name: RightRestrictionName,
                summary: RightRestrictionSummary,
                get: RestrictionGet,
                limits: &[RestrictionLimitCases],
                note: None,
                subject: RestrictionSubject,
                article: RestrictionArticle,
                letter: RestrictionLetter,
                letter_behalf: RestrictionLetterBehalf,
                details: &[Field::RestrictGround, Field::RestrictWhy],
            },
            Right::Objection => RightInfo {
                name: RightObjectionName,
                summary: RightObjectionSummary,
                get: ObjectionGet,
                limits: &[
                    ObjectionLimitBasis,
                    ObjectionLimitReasons,
                    ObjectionLimitCompelling,
                ],
                note: Some(ObjectionNote),
                subject: ObjectionSubject,
                article: ObjectionArticle,
                letter: ObjectionLetter,
                letter_behalf: ObjectionLetterBehalf,
                details: &[Field::ObjectWhich, Field::ObjectReasons],
            },
            Right::Consent => RightInfo {
                name: RightConsentName,
                summary: RightConsentSummary,
                get: ConsentGet,
                limits: &[ConsentLimitForward, ConsentLimitErasure],
                note: Some(ConsentLimitPhoto),
                subject: ConsentSubject,
                article: ConsentArticle,
                letter: ConsentLetter,
                letter_behalf: ConsentLetterBehalf,
                details: &[Field::ConsentTopic, Field::ConsentWhich],
            },
            Right::Portability => RightInfo {
                name: RightPortabilityName,
                summary: RightPortabilitySummary,
                get: PortabilityGet,
                limits: &[PortabilityLimitBasis, PortabilityLimitPublic],
                note: Some(AboutPortabilityOffer),
                subject: PortabilitySubject,
                article: PortabilityArticle,
                letter: PortabilityLetter,
                letter_behalf: PortabilityLetterBehalf,
                details: &[Field::PortabilityWhich],
            },
            Right::Automated => RightInfo {
                name: RightAutomatedName,
                summary: RightAutomatedSummary,
                get: AutomatedGet,
                limits: &[AutomatedLimitLaw, AutomatedLimitNoPromise],
                // The decision itself can be appealed, with its own deadline: this request
                // does not stop that clock (`docs/sources.md#fvl-25`).
                note: Some(AutomatedAppeal),
                subject: AutomatedSubject,
                article: AutomatedArticle,
                letter: AutomatedLetter,
                letter_behalf: AutomatedLetterBehalf,
                details: &[Field::AutoDecision, Field::AutoRequests],
            },
            Right::Source => RightInfo {
                name: RightSourceName,
                summary: RightSourceSummary,
                get: SourceGet,
                limits: &[SourceLimit],
                note: None,
                subject: SourceSubject,
                article: SourceArticle,
                letter: SourceLetter,
                letter_behalf: SourceLetterBehalf,
                details: &[Field::SourceWhich],
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Lang;

    #[test]
    fn slugs_round_trip() {
        for r in Right::ALL {
            assert_eq!(Right::from_slug(r.slug()), Some(r));
        }
        assert_eq!(Right::from_slug("nonsense"), None);
    }

    #[test]
    fn every_limit_cites_its_legal_basis_in_brackets() {
        for r in Right::ALL {
            for limit in r.info().limits {
                for lang in Lang::ALL {
                    let text = limit.get(lang);
                    let tail = text.rsplit(" (").next().unwrap_or("");
                    assert!(
                        text.trim_end().ends_with(").")
                            && (tail.contains("art")
                                || tail.contains('§')
                                || tail.contains("section")
                                || tail.contains("Article")),
                        "{r:?} limit {limit:?} in {lang:?} has no citation in brackets: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn only_withdrawing_consent_has_no_answer_deadline() {
        let without: Vec<Right> = Right::ALL
            .into_iter()
            .filter(|r| !r.has_deadline())
            .collect();
        assert_eq!(without, [Right::Consent]);
    }

    #[test]
    fn portability_says_it_usually_does_not_apply_at_a_municipality() {
        let limits = Right::Portability.info().limits;
        assert!(limits
            .iter()
            .any(|m| m.get(Lang::Da).contains("art. 20, stk. 3")));
    }
}
