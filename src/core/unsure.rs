//! "Jeg er ikke sikker": a handful of yes/no questions that suggest a right. The citizen then
//! sees the suggestion pre-selected on the rights page and can accept or change it.
//!
//! In the code and on the page this step is `Step::Guide` with the questions `Field::Guide*`:
//! their slugs ("guide", "guide-wrong", …) are DOM ids, URL values and draft keys, so the names
//! stay. It is not the editors' guide (`embed/embed.html`).

use crate::core::fields::Field;
use crate::core::rights::Right;

/// The questions in the order asked, each with the right a "yes" points to. The first "yes"
/// wins: the more specific wishes (correct, erase, withdraw) come before the general ones.
pub const QUESTIONS: [(Field, Right); 5] = [
    (Field::GuideWrong, Right::Rectification),
    (Field::GuideDelete, Right::Erasure),
    (Field::GuideConsent, Right::Consent),
    (Field::GuideStop, Right::Objection),
    (Field::GuideOrigin, Right::Source),
];

/// The suggested right among `offered`. With no "yes", access: seeing one's data is the usual
/// first step and is never refused outright.
pub fn suggest(answer: impl Fn(Field) -> bool, offered: &[Right]) -> Right {
    QUESTIONS
        .iter()
        .filter(|(field, _)| answer(*field))
        .map(|(_, right)| *right)
        .find(|r| offered.contains(r))
        .or_else(|| offered.contains(&Right::Access).then_some(Right::Access))
        .or_else(|| offered.first().copied())
        .unwrap_or(Right::Access)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_yes_wins_and_no_yes_means_access() {
        let all = Right::ALL;
        assert_eq!(suggest(|_| false, &all), Right::Access);
        assert_eq!(suggest(|f| f == Field::GuideStop, &all), Right::Objection);
        assert_eq!(
            suggest(|f| f == Field::GuideDelete || f == Field::GuideStop, &all),
            Right::Erasure
        );
        assert_eq!(suggest(|f| f == Field::GuideOrigin, &all), Right::Source);
        assert_eq!(
            suggest(
                |f| f == Field::GuideDelete,
                &[Right::Access, Right::Objection]
            ),
            Right::Access
        );
    }
}
