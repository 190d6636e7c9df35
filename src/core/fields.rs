//! Every question the wizard asks, with its rules: what kind of control, whether it is
//! required (and the message when it is missing), its length limit and its browser hints.
//! The UI renders these generically; validation and the check-answers page read the same data.

use crate::core::text::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Who,
    Right,
    GuideWrong,
    GuideDelete,
    GuideConsent,
    GuideStop,
    GuideOrigin,
    AccessAreas,
    AccessPeriod,
    WrongData,
    CorrectData,
    EraseWhich,
    EraseGround,
    EraseReason,
    RestrictGround,
    RestrictWhy,
    ObjectWhich,
    ObjectReasons,
    ConsentTopic,
    ConsentWhich,
    PortabilityWhich,
    AutoDecision,
    AutoRequests,
    SourceWhich,
    EmployeeIt,
    Name,
    Cpr,
    Address,
    Phone,
    Email,
    OtherName,
    OtherCpr,
    Relation,
    Route,
    FollowKind,
    OrigRight,
    OrigDate,
    OrigRef,
    /// Reminder: did the municipality write that it extends the period (art. 12(3))?
    OrigExtended,
    Outcome,
    Reply,
    Disagree,
    ComplaintRoute,
    /// Complaint about a refusal or a partial answer: did it come with reasons and the
    /// information that one can complain (art. 12(4))?
    OutcomeInformed,
    /// Rectification: is data wrong, missing, or both (art. 16)?
    RectifyKind,
    /// Rectification: what the citizen bases it on (optional).
    RectifyWhy,
}

/// The kind of control a field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// A one-line input. `input_type` is the HTML type ("text", "email", "tel").
    Line {
        input_type: &'static str,
        autocomplete: Option<&'static str>,
        inputmode: Option<&'static str>,
        /// A CSS width class hint: "short" for CPR and phone, "" for full width.
        width: &'static str,
    },
    /// A multi-line text area.
    Area,
    /// One of several; options come from [`Field::choices`] (the rights list depends on config).
    Radios,
    /// Any of several, stored as comma-separated values.
    Checks,
}

/// Extra checks beyond required/length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Free,
    Cpr,
    Email,
    Phone,
    /// A date not after today, as DD-MM-YYYY (also with . or /) or YYYY-MM-DD.
    PastDate,
}

/// Length limits, in characters (Unicode scalar values).
pub const MAX_NAME: u64 = 200;
pub const MAX_LINE: u64 = 300;
pub const MAX_TEXT: u64 = 2000;
pub const MAX_EMAIL: u64 = 254;
pub const MAX_PHONE: u64 = 30;
pub const MAX_CPR: u64 = 20;

pub struct Spec {
    pub control: Control,
    /// Label, or legend for a group.
    pub label: Msg,
    pub hint: Option<Msg>,
    /// `Some(message)` if the field must be answered.
    pub required: Option<Msg>,
    pub max: u64,
    pub format: Format,
}

const fn line(autocomplete: Option<&'static str>) -> Control {
    Control::Line {
        input_type: "text",
        autocomplete,
        inputmode: None,
        width: "",
    }
}

impl Field {
    /// Every question, in declaration order.
    pub const ALL: [Field; 46] = [
        Field::Who,
        Field::Right,
        Field::GuideWrong,
        Field::GuideDelete,
        Field::GuideConsent,
        Field::GuideStop,
        Field::GuideOrigin,
        Field::AccessAreas,
        Field::AccessPeriod,
        Field::WrongData,
        Field::CorrectData,
        Field::EraseWhich,
        Field::EraseGround,
        Field::EraseReason,
        Field::RestrictGround,
        Field::RestrictWhy,
        Field::ObjectWhich,
        Field::ObjectReasons,
        Field::ConsentTopic,
        Field::ConsentWhich,
        Field::PortabilityWhich,
        Field::AutoDecision,
        Field::AutoRequests,
        Field::SourceWhich,
        Field::EmployeeIt,
        Field::Name,
        Field::Cpr,
        Field::Address,
        Field::Phone,
        Field::Email,
        Field::OtherName,
        Field::OtherCpr,
        Field::Relation,
        Field::Route,
        Field::FollowKind,
        Field::OrigRight,
        Field::OrigDate,
        Field::OrigRef,
        Field::OrigExtended,
        Field::Outcome,
        Field::Reply,
        Field::Disagree,
        Field::ComplaintRoute,
        Field::OutcomeInformed,
        Field::RectifyKind,
        Field::RectifyWhy,
    ];

    pub fn from_slug(slug: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.slug() == slug)
    }

    /// The id used in the DOM (after the instance prefix) and in error-summary links.
    pub fn slug(self) -> &'static str {
        use Field::*;
        match self {
            Who => "who",
            Right => "right",
            GuideWrong => "guide-wrong",
            GuideDelete => "guide-delete",
            GuideConsent => "guide-consent",
            GuideStop => "guide-stop",
            GuideOrigin => "guide-origin",
            AccessAreas => "access-areas",
            AccessPeriod => "access-period",
            WrongData => "wrong-data",
            CorrectData => "correct-data",
            EraseWhich => "erase-which",
            EraseGround => "erase-ground",
            EraseReason => "erase-reason",
            RestrictGround => "restrict-ground",
            RestrictWhy => "restrict-why",
            ObjectWhich => "object-which",
            ObjectReasons => "object-reasons",
            ConsentTopic => "consent-topic",
            ConsentWhich => "consent-which",
            PortabilityWhich => "portability-which",
            AutoDecision => "auto-decision",
            AutoRequests => "auto-requests",
            SourceWhich => "source-which",
            EmployeeIt => "employee-it",
            Name => "name",
            Cpr => "cpr",
            Address => "address",
            Phone => "phone",
            Email => "email",
            OtherName => "other-name",
            OtherCpr => "other-cpr",
            Relation => "relation",
            Route => "route",
            FollowKind => "follow-kind",
            OrigRight => "orig-right",
            OrigDate => "orig-date",
            OrigRef => "orig-ref",
            OrigExtended => "orig-extended",
            Outcome => "outcome",
            Reply => "reply",
            Disagree => "disagree",
            ComplaintRoute => "complaint-route",
            OutcomeInformed => "outcome-informed",
            RectifyKind => "rectify-kind",
            RectifyWhy => "rectify-why",
        }
    }

    pub fn spec(self) -> Spec {
        use Field::*;
        use Msg as M;
        let text = |label, hint, required| Spec {
            control: Control::Area,
            label,
            hint,
            required,
            max: MAX_TEXT,
            format: Format::Free,
        };
        let radios = |label, hint, required| Spec {
            control: Control::Radios,
            label,
            hint,
            required: Some(required),
            max: MAX_LINE,
            format: Format::Free,
        };
        let yes_no = |label, required| radios(label, None, required);
        match self {
            Who => radios(M::WhoTitle, None, M::WhoMissing),
            Right => radios(M::RightTitle, Some(M::RightHint), M::RightMissing),
            GuideWrong => yes_no(M::GuideWrongQ, M::GuideWrongMissing),
            GuideDelete => yes_no(M::GuideDeleteQ, M::GuideDeleteMissing),
            GuideConsent => yes_no(M::GuideConsentQ, M::GuideConsentMissing),
            GuideStop => yes_no(M::GuideStopQ, M::GuideStopMissing),
            GuideOrigin => yes_no(M::GuideOriginQ, M::GuideOriginMissing),
            AccessAreas => text(M::AccessAreasLabel, Some(M::AccessAreasHint), None),
            AccessPeriod => Spec {
                control: line(None),
                max: MAX_LINE,
                ..text(M::AccessPeriodLabel, Some(M::AccessPeriodHint), None)
            },
            WrongData => text(
                M::WrongDataLabel,
                Some(M::WrongDataHint),
                Some(M::WrongDataMissing),
            ),
            CorrectData => text(M::CorrectDataLabel, None, Some(M::CorrectDataMissing)),
            EraseWhich => text(M::EraseWhichLabel, None, Some(M::EraseWhichMissing)),
            EraseGround => radios(M::EraseGroundLabel, None, M::EraseGroundMissing),
            EraseReason => text(M::EraseReasonLabel, None, None),
            RestrictGround => radios(M::RestrictGroundLabel, None, M::RestrictGroundMissing),
            RestrictWhy => text(M::RestrictWhyLabel, None, Some(M::RestrictWhyMissing)),
            ObjectWhich => text(M::ObjectWhichLabel, None, Some(M::ObjectWhichMissing)),
            ObjectReasons => text(M::ObjectReasonsLabel, None, Some(M::ObjectReasonsMissing)),
            ConsentTopic => radios(M::ConsentTopicLabel, None, M::ConsentTopicMissing),
            ConsentWhich => text(
                M::ConsentWhichLabel,
                Some(M::ConsentWhichHint),
                Some(M::ConsentWhichMissing),
            ),
            PortabilityWhich => text(
                M::PortabilityWhichLabel,
                None,
                Some(M::PortabilityWhichMissing),
            ),
            AutoDecision => text(
                M::AutoDecisionLabel,
                Some(M::AutoDecisionHint),
                Some(M::AutoDecisionMissing),
            ),
            AutoRequests => Spec {
                control: Control::Checks,
                ..radios(M::AutoRequestsLabel, None, M::AutoRequestsMissing)
            },
            SourceWhich => text(M::SourceWhichLabel, Some(M::SourceWhichHint), None),
            EmployeeIt => yes_no(M::EmployeeItLabel, M::EmployeeItMissing),
            Name | OtherName => Spec {
                control: line(Some(if self == Name { "name" } else { "off" })),
                label: if self == Name {
                    M::NameLabel
                } else {
                    M::OtherNameLabel
                },
                hint: None,
                required: Some(if self == Name {
                    M::NameMissing
                } else {
                    M::OtherNameMissing
                }),
                max: MAX_NAME,
                format: Format::Free,
            },
            Cpr | OtherCpr => Spec {
                control: Control::Line {
                    input_type: "text",
                    autocomplete: Some("off"),
                    inputmode: Some("numeric"),
                    width: "short",
                },
                label: if self == Cpr {
                    M::CprLabel
                } else {
                    M::OtherCprLabel
                },
                hint: Some(if self == Cpr {
                    M::CprHint
                } else {
                    M::OtherCprHint
                }),
                required: None,
                max: MAX_CPR,
                format: Format::Cpr,
            },
            Address => Spec {
                control: line(Some("street-address")),
                label: M::AddressLabel,
                hint: None,
                required: None,
                max: MAX_LINE,
                format: Format::Free,
            },
            Phone => Spec {
                control: Control::Line {
                    input_type: "tel",
                    autocomplete: Some("tel"),
                    inputmode: None,
                    width: "short",
                },
                label: M::PhoneLabel,
                hint: None,
                required: None,
                max: MAX_PHONE,
                format: Format::Phone,
            },
            // Plain text with the e-mail keyboard: an `<input type="email">` hands Chromium's
            // punycode to the page ("xn--sholm-vua.dk" for "søholm.dk"), so the address is
            // read as typed and checked here (`contact::looks_like_email`).
            Email => Spec {
                control: Control::Line {
                    input_type: "text",
                    autocomplete: Some("email"),
                    inputmode: Some("email"),
                    width: "",
                },
                label: M::EmailLabel,
                hint: None,
                required: None,
                max: MAX_EMAIL,
                format: Format::Email,
            },
            Relation => radios(M::RelationLabel, None, M::RelationMissing),
            Route => radios(M::RouteTitle, None, M::RouteMissing),
            FollowKind => radios(M::FollowKindTitle, None, M::FollowKindMissing),
            OrigRight => radios(M::OrigRightLabel, None, M::OrigRightMissing),
            OrigDate => Spec {
                control: Control::Line {
                    input_type: "text",
                    autocomplete: Some("off"),
                    inputmode: None,
                    width: "short",
                },
                label: M::OrigDateLabel,
                hint: Some(M::OrigDateHint),
                required: Some(M::OrigDateMissing),
                // "onsdag den 14. september 2026" is 29 characters.
                max: 40,
                format: Format::PastDate,
            },
            OrigRef => Spec {
                control: Control::Line {
                    input_type: "text",
                    autocomplete: Some("off"),
                    inputmode: None,
                    width: "short",
                },
                label: M::OrigRefLabel,
                hint: Some(M::OrigRefHint),
                required: None,
                max: 40,
                format: Format::Free,
            },
            OrigExtended => radios(
                M::OrigExtendedLabel,
                Some(M::OrigExtendedHint),
                M::OrigExtendedMissing,
            ),
            Outcome => radios(M::OutcomeLabel, None, M::OutcomeMissing),
            Reply => text(M::ReplyLabel, Some(M::ReplyHint), None),
            Disagree => text(M::DisagreeLabel, None, Some(M::DisagreeMissing)),
            ComplaintRoute => radios(M::ComplaintRouteTitle, None, M::RouteMissing),
            OutcomeInformed => radios(
                M::OutcomeInformedLabel,
                Some(M::OutcomeInformedHint),
                M::OutcomeInformedMissing,
            ),
            RectifyKind => radios(M::RectifyKindLabel, None, M::RectifyKindMissing),
            RectifyWhy => text(M::RectifyWhyLabel, Some(M::RectifyWhyHint), None),
        }
    }

    /// The questions about the person a letter written for someone else is about: their name,
    /// their CPR number and the writer's authority, asked under their own heading on the
    /// person page, and only when the citizen writes for someone else.
    pub const ABOUT_OTHER: [Field; 3] = [Field::OtherName, Field::OtherCpr, Field::Relation];

    /// A question whose answer is a CPR number ([`Format::Cpr`]). Such an answer is never
    /// stored in the draft, never sent by e-mail, and written in a letter only by Digital Post.
    pub fn holds_cpr(self) -> bool {
        self.spec().format == Format::Cpr
    }

    /// Whether the browser may check the spelling of what is typed here: only in the text
    /// areas, where the citizen writes sentences and spelling help makes a clearer request.
    /// Never in a one-line field: names, addresses, phone numbers, e-mail addresses, CPR
    /// numbers, dates and references are personal data or codes, which an enhanced spell
    /// checker would send to a third party ("spell-jacking") and which spelling help only
    /// "corrects" wrongly (`docs/decisions.md`, "Spell check").
    pub fn spellcheck(self) -> bool {
        matches!(self.spec().control, Control::Area)
    }

    /// The `autocapitalize` hint for phone keyboards: "off" for the e-mail address (a plain
    /// text field would otherwise start it with a capital), `None` for the browser's default.
    pub fn autocapitalize(self) -> Option<&'static str> {
        (self == Field::Email).then_some("off")
    }

    /// A question the citizen answers by typing (a line or an area), not by choosing.
    pub fn is_typed(self) -> bool {
        matches!(self.spec().control, Control::Line { .. } | Control::Area)
    }

    /// A typed answer in the citizen's own words, which may hold a CPR number typed in
    /// passing: every typed question except the CPR questions (a CPR number whole, left out of
    /// e-mail) and the phone number (checked as a phone number, which refuses one written like
    /// a CPR number, so a Swedish "070 123 45 67" is never taken for one).
    pub fn is_own_text(self) -> bool {
        self.is_typed() && !self.holds_cpr() && self.spec().format != Format::Phone
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique() {
        let all = Field::ALL;
        let mut slugs: Vec<_> = all.iter().map(|f| f.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), all.len());
    }

    #[test]
    fn all_is_in_declaration_order() {
        // `Answers` keeps one slot per field at `field as usize`.
        for (i, f) in Field::ALL.into_iter().enumerate() {
            assert_eq!(f as usize, i, "{f:?}");
        }
    }

    #[test]
    fn the_cpr_questions_are_the_two_cpr_fields() {
        let cpr: Vec<Field> = Field::ALL.into_iter().filter(|f| f.holds_cpr()).collect();
        assert_eq!(cpr, [Field::Cpr, Field::OtherCpr]);
        assert!(!Field::Phone.is_own_text() && !Field::Cpr.is_own_text());
        assert!(Field::Name.is_own_text() && Field::Email.is_own_text());
        assert!(!Field::Who.is_own_text(), "a choice is not typed");
    }

    #[test]
    fn spell_check_only_where_sentences_are_written() {
        for f in [
            Field::Name,
            Field::Cpr,
            Field::Address,
            Field::Phone,
            Field::Email,
            Field::OtherName,
            Field::OtherCpr,
            Field::OrigRef,
            Field::OrigDate,
        ] {
            assert!(!f.spellcheck(), "{f:?}");
        }
        for f in [
            Field::WrongData,
            Field::EraseReason,
            Field::Reply,
            Field::Disagree,
        ] {
            assert!(f.spellcheck(), "{f:?}");
        }
        let typed: Vec<Field> = Field::ALL.into_iter().filter(|f| f.is_typed()).collect();
        assert!(typed
            .iter()
            .all(|f| f.spellcheck() == (f.spec().control == Control::Area)));
        assert_eq!(
            Field::Email.spec().control,
            Control::Line {
                input_type: "text",
                autocomplete: Some("email"),
                inputmode: Some("email"),
                width: ""
            },
            "never type=email: the browser would punycode the domain"
        );
        assert_eq!(Field::Email.autocapitalize(), Some("off"));
    }

    #[test]
    fn optional_groups_do_not_exist() {
        // Every radio/checkbox group must be answered; an optional group would be unclear.
        for f in [
            Field::Who,
            Field::EraseGround,
            Field::Relation,
            Field::Route,
            Field::AutoRequests,
        ] {
            assert!(f.spec().required.is_some(), "{f:?}");
        }
    }
}
