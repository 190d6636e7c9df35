//! The citizen's answers: one slot per question, kept for the whole visit.
//!
//! Going back, changing the right or switching language never loses what was typed: answers
//! that no longer apply are kept but not used (which questions apply is `questions.rs`).

use crate::core::fields::Field;
use crate::core::invisible;

/// The answers, one slot per question in [`Field::ALL`] order. A slot is `None` until the
/// question is answered; `Some("")` is an answer emptied by the citizen (both boxes of a
/// checkbox group unticked), which a draft must keep rather than fall back to the default.
/// A plain vector rather than a map: a B-tree's code would cost the bundle more than the
/// 42 slots it saves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<Option<String>>);

impl Answers {
    /// The answer to `field`; "" if there is none.
    pub fn get(&self, field: Field) -> &str {
        self.0
            .get(field as usize)
            .and_then(Option::as_deref)
            .unwrap_or("")
    }

    /// Stores a value as it is: for values the widget itself chose (defaults, options).
    pub fn insert(&mut self, field: Field, value: String) {
        if self.0.is_empty() {
            self.0 = vec![None; Field::ALL.len()];
        }
        if let Some(slot) = self.0.get_mut(field as usize) {
            *slot = Some(value);
        }
    }

    /// Stores what the citizen gave (typed, pasted, restored from a draft, prefilled by the
    /// host page), without invisible format characters (direction marks, zero-width spaces,
    /// BOM: see [`invisible`]), so validation, the draft and the letter never see them.
    pub fn insert_given(&mut self, field: Field, value: String) {
        let value = if value.chars().any(invisible::is_invisible) {
            invisible::strip(&value)
        } else {
            value
        };
        self.insert(field, value);
    }

    /// The answered questions (emptied ones too), in [`Field::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Field, &str)> {
        Field::ALL
            .into_iter()
            .zip(&self.0)
            .filter_map(|(f, v)| Some((f, v.as_deref()?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_emptied_answer_is_an_answer_and_invisible_characters_are_not_kept() {
        let mut a = Answers::default();
        assert_eq!(a.iter().count(), 0);
        a.insert(Field::AutoRequests, String::new());
        a.insert_given(Field::Name, "Ida\u{200B} Hansen\u{200E}".to_string());
        assert_eq!(a.get(Field::Name), "Ida Hansen");
        assert_eq!(
            a.iter().collect::<Vec<_>>(),
            [(Field::AutoRequests, ""), (Field::Name, "Ida Hansen")]
        );
    }
}
