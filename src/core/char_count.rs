//! The character count under a text area: how many characters are left, or how many too many,
//! as the citizen types (DKFDS's "tegnbegrænsning" wording, GOV.UK's character count pattern;
//! `docs/decisions.md`, "Character count"). Characters are counted as the length check
//! counts them (`validate.rs`): Unicode scalar values, after invisible characters are gone.
//! Numbers are written plainly ("2000"), as DKFDS and the too-long error write them.

use crate::core::text::{fill, Lang, Msg};

/// What the count says about `value` under a limit of `max` characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    /// "Du har 150 tegn tilbage" / "Du har 12 tegn for meget".
    pub text: String,
    /// Over the limit: shown like an error (the text is kept; "Fortsæt" still checks it).
    pub over: bool,
}

/// The count for `value` under a limit of `max` characters, in `lang`.
pub fn count(value: &str, max: u64, lang: Lang) -> Count {
    let len = value.chars().count() as u64;
    let (n, over) = if len > max {
        (len - max, true)
    } else {
        (max - len, false)
    };
    let msg = match (over, n) {
        (false, 1) => Msg::CountLeftOne,
        (false, _) => Msg::CountLeft,
        (true, 1) => Msg::CountOverOne,
        (true, _) => Msg::CountOver,
    };
    Count {
        text: fill(msg.get(lang), &[("n", &n.to_string())]),
        over,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_says_what_is_left_or_how_many_too_many() {
        let c = |len: usize, lang| count(&"æ".repeat(len), 2000, lang);
        let table = [
            (0, Lang::Da, "Du har 2000 tegn tilbage", false),
            (1850, Lang::Da, "Du har 150 tegn tilbage", false),
            (1999, Lang::Da, "Du har 1 tegn tilbage", false),
            (2000, Lang::Da, "Du har 0 tegn tilbage", false),
            (2001, Lang::Da, "Du har 1 tegn for meget", true),
            (2012, Lang::Da, "Du har 12 tegn for meget", true),
            (4500, Lang::Da, "Du har 2500 tegn for meget", true),
            (0, Lang::En, "You have 2000 characters remaining", false),
            (1999, Lang::En, "You have 1 character remaining", false),
            (2000, Lang::En, "You have 0 characters remaining", false),
            (2001, Lang::En, "You have 1 character too many", true),
            (2012, Lang::En, "You have 12 characters too many", true),
        ];
        for (len, lang, text, over) in table {
            assert_eq!(
                c(len, lang),
                Count {
                    text: text.into(),
                    over
                },
                "{len} {lang:?}"
            );
        }
        // Emoji and letters with accents count as one character each, as the length check
        // counts them.
        assert_eq!(count("👩🏽é", 5, Lang::Da).text, "Du har 2 tegn tilbage");
    }
}
