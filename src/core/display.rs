//! An answer as a person reads it: the chosen option's label rather than its value, in the
//! widget's language. The check page and the letter both show answers this way.

use crate::core::fields::{Control, Field};
use crate::core::rights::Right;
use crate::core::state::State;

/// The display value of an answer: the option's label for a choice, the text otherwise.
pub fn display_value(s: &State, field: Field) -> String {
    let value = s.get(field).trim();
    match field.spec().control {
        Control::Radios | Control::Checks => {
            if field == Field::Right || field == Field::OrigRight {
                return Right::from_slug(value)
                    .map(|r| r.info().name.get(s.lang).to_string())
                    .unwrap_or_default();
            }
            value
                .split(',')
                .filter_map(|v| field.choices().iter().find(|c| c.value == v))
                .map(|c| s.text(c.label))
                .collect::<Vec<_>>()
                .join("; ")
        }
        _ => value.to_string(),
    }
}
