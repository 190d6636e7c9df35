//! Invisible characters: Unicode format characters (general category Cf) that text copied from
//! a phone's contacts, a PDF or a web page brings along. They look like nothing, yet make
//! "56 57 57 57" wrapped in U+202D … U+202C fail a phone check, hide a CPR number from a
//! detector ("0101", U+200B, "80-1234") or reverse how a file name reads ("abc", U+202E, "fdp.exe").
//!
//! Every answer loses them where it enters the core (`State::with_answer`, used by the input
//! action and the draft restore), and the letter drops any left before it is shown or sent.

/// True for the format characters the widget removes: soft hyphen U+00AD, Arabic letter mark
/// U+061C, Mongolian vowel separator U+180E, zero-width space/non-joiner/joiner U+200B–U+200D,
/// LRM/RLM U+200E–U+200F, embeddings and overrides U+202A–U+202E, word joiner and invisible
/// operators U+2060–U+2064, isolates U+2066–U+2069, deprecated format controls U+206A–U+206F,
/// BOM/zero-width no-break space U+FEFF, interlinear annotation U+FFF9–U+FFFB and the tag
/// characters U+E0001, U+E0020–U+E007F (Unicode 15, category Cf, as far as it occurs in Latin
/// text). The zero-width joiner inside an emoji sequence is kept: see [`strip`].
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// A pictograph or its modifier, as far as emoji ZWJ sequences (family, profession, rainbow
/// flag) need.
fn is_pictographic(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{FE0F}' | '\u{1F000}'..='\u{1FAFF}')
}

/// `text` without invisible format characters. A zero-width joiner between two pictographs
/// stays, so an emoji family is not split into four people; everywhere else it goes.
pub fn strip(text: &str) -> String {
    if !text.chars().any(is_invisible) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let emoji_joiner = c == '\u{200D}'
            && i > 0
            && is_pictographic(chars[i - 1])
            && chars.get(i + 1).is_some_and(|&n| is_pictographic(n));
        if emoji_joiner || !is_invisible(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_direction_marks_zero_width_characters_and_the_bom() {
        let table = [
            // a phone number copied from a phone's contacts
            ("\u{202D}+45 56 57 57 57\u{202C}", "+45 56 57 57 57"),
            ("\u{2066}070 123 45 67\u{2069}", "070 123 45 67"),
            // a name with a zero-width space, a CPR number with an LRM
            ("Jens\u{200B} Hansen", "Jens Hansen"),
            ("010180\u{200E}-1234", "010180-1234"),
            ("\u{200F}0101\u{200C}80-12\u{2060}34", "010180-1234"),
            // an e-mail address with a BOM in front, a soft hyphen from a PDF
            ("\u{FEFF}jens@example.dk", "jens@example.dk"),
            ("Rådhus\u{00AD}pladsen 4", "Rådhuspladsen 4"),
            // a reversed file name, an Arabic letter mark, tag characters
            ("abc\u{202E}fdp.exe", "abcfdp.exe"),
            ("\u{061C}a\u{E0041}\u{E007F}", "a"),
            // the joiner outside an emoji goes
            ("a\u{200D}b", "ab"),
            ("", ""),
            ("æøå ÆØÅ – “ok”", "æøå ÆØÅ – “ok”"),
        ];
        for (input, want) in table {
            assert_eq!(strip(input), want, "{input:?}");
        }
    }

    #[test]
    fn emoji_sequences_keep_their_joiner() {
        for emoji in [
            "👩\u{200D}👩\u{200D}👧\u{200D}👦",
            "🏳\u{FE0F}\u{200D}🌈",
            "🧑🏽\u{200D}💻",
        ] {
            assert_eq!(strip(emoji), emoji);
            assert_eq!(strip(&format!("\u{200B}{emoji}\u{200E}")), emoji);
        }
    }
}
