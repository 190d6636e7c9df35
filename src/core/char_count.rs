//! The character count under a text area: how many characters are left, or how many too many,
//! as the citizen types (DKFDS's "tegnbegrænsning" wording, GOV.UK's character count pattern;
//! `docs/decisions.md`, "Character count"). Characters are counted as the length check
//! counts them (`validate.rs`): Unicode scalar values, after invisible characters are gone.

use crate::core::text::{fill, Lang, Msg};

/// `n` with the language's thousands separator: "2.000" in Danish, "2,000" in English.
pub fn thousands(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Da => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

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
        text: fill(msg.get(lang), &[("n", &thousands(n, lang))]),
        over,
    }
}

/// "Du kan indtaste op til 2.000 tegn": the limit, for screen readers on the field itself.
pub fn limit(max: u64, lang: Lang) -> String {
    fill(Msg::CountLimit.get(lang), &[("max", &thousands(max, lang))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_get_the_languages_thousands_separator() {
        for (n, da, en) in [
            (0, "0", "0"),
            (12, "12", "12"),
            (150, "150", "150"),
            (2000, "2.000", "2,000"),
            (12345, "12.345", "12,345"),
            (1_234_567, "1.234.567", "1,234,567"),
        ] {
            assert_eq!(thousands(n, Lang::Da), da);
            assert_eq!(thousands(n, Lang::En), en);
        }
    }

    #[test]
    fn the_count_says_what_is_left_or_how_many_too_many() {
        let c = |len: usize, lang| count(&"æ".repeat(len), 2000, lang);
        let table = [
            (0, Lang::Da, "Du har 2.000 tegn tilbage", false),
            (1850, Lang::Da, "Du har 150 tegn tilbage", false),
            (1999, Lang::Da, "Du har 1 tegn tilbage", false),
            (2000, Lang::Da, "Du har 0 tegn tilbage", false),
            (2001, Lang::Da, "Du har 1 tegn for meget", true),
            (2012, Lang::Da, "Du har 12 tegn for meget", true),
            (4500, Lang::Da, "Du har 2.500 tegn for meget", true),
            (0, Lang::En, "You have 2,000 characters remaining", false),
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
        assert_eq!(limit(2000, Lang::Da), "Du kan indtaste op til 2.000 tegn");
        assert_eq!(
            limit(2000, Lang::En),
            "You can enter up to 2,000 characters"
        );
    }
}
