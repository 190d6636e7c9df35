//! The news a step can open with: a notification banner, not an error.

/// A notification banner at the top of the current step (DKFDS/GOV.UK notification banner):
/// news about the answers, not an error. It goes away at the next step change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A reload restored the draft, but a CPR number had been given: drafts never keep one,
    /// so it must be typed again.
    CprNotKept,
    /// The answers were deleted from this tab ("Jeg har sendt brevet – slet mine svar",
    /// "Slet mine svar og start forfra", "Lav en ny anmodning").
    AnswersDeleted,
}
