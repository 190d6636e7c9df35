//! The names of the files the citizen downloads (the letter, the calendar reminder): safe on
//! every system, in the widget's language, and carrying the letter's reference.

use crate::core::state::State;
use crate::core::text::Lang;

/// A file name with only safe characters: "<stem>-SK-7F3K2Q.<ext>", the stem in the
/// widget's language.
pub fn safe_file_name(s: &State, stem: (&str, &str), ext: &str) -> String {
    let stem = match s.lang {
        Lang::Da => stem.0,
        Lang::En => stem.1,
    };
    let reference: String = s
        .reference()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{stem}-{reference}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_characters_and_the_stem_in_the_widget_s_language() {
        let s = State::for_tests(1);
        let name = safe_file_name(&s, ("frist", "deadline"), "ics");
        assert!(
            name.starts_with("frist-SK-") && name.ends_with(".ics"),
            "{name}"
        );
        assert!(name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'));
        let mut en = s;
        en.lang = Lang::En;
        assert!(safe_file_name(&en, ("frist", "deadline"), "ics").starts_with("deadline-"));
    }
}
