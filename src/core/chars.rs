//! Character helpers for Danish and English text, shared by the health-word check
//! (`sensitive.rs`), typed dates (`date_input.rs`) and the config's e-mail address check. Latin-only on purpose: the Unicode tables behind
//! `char::is_alphanumeric` and `str::to_lowercase` cost more than these uses need.

/// Lower case for the health-word check: ASCII and the Latin-1 letters (æ, ø, å, é …) are
/// enough for Danish and English words. `str::to_lowercase` would bring all of Unicode's
/// case tables into the bundle (about 5 KB brotli).
pub(crate) fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

/// One character in lower case, as [`lowercase`] does it (ASCII and Latin-1 letters).
pub(crate) fn lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}

/// A letter or digit as far as word boundaries in Danish and English go (see [`lowercase`]).
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || (('À'..='ɏ').contains(&c) && c != '×' && c != '÷')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_letters_lower_and_count_as_letters() {
        assert_eq!(lowercase("SYGDOM Æble ØRE Å É Þ"), "sygdom æble øre å é þ");
        assert_eq!(lowercase("× ÷ 1 ß"), "× ÷ 1 ß");
        for c in ['a', 'Z', '7', 'æ', 'Ø', 'å', 'é', 'ł'] {
            assert!(is_letter_or_digit(c), "{c}");
        }
        for c in ['×', '÷', ' ', '-', '@', '.', 'α'] {
            assert!(!is_letter_or_digit(c), "{c}");
        }
    }
}
