//! Words a narrow screen must not break at their hyphen: formats and references such as
//! `ddmmåå-xxxx`, `SK-7F3K2Q`, `2026-12345` and `e-mail`. Browsers break a line after a
//! hyphen-minus; at 320 px "ddmmåå-" | "xxxx" reads as two things. The UI wraps these words in
//! a `white-space: nowrap` span, so the text itself keeps its plain hyphen-minus (copied letter
//! text, a reference typed back in) — a non-breaking hyphen (U+2011) would change it.

/// True for a word (no white space in it) that must stay on one line: a hyphen between two
/// letters or digits, at most 24 characters, and a digit in it, the placeholder `xxxx`, or a
/// one-letter first part (`e-mail`, `e-Boks`).
fn keep_whole(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let inner_hyphen = (1..chars.len().saturating_sub(1)).any(|i| {
        chars[i] == '-' && chars[i - 1].is_alphanumeric() && chars[i + 1].is_alphanumeric()
    });
    let one_letter_first = chars.len() > 2 && chars[1] == '-' && chars[0].is_alphabetic();
    inner_hyphen
        && chars.len() <= 24
        && (word.chars().any(|c| c.is_ascii_digit())
            || word.to_lowercase().contains("xxxx")
            || one_letter_first)
}

/// `text` cut into pieces, in order, each with whether it must stay on one line. Joined, the
/// pieces are `text` again.
pub fn pieces(text: &str) -> Vec<(&str, bool)> {
    let mut out: Vec<(&str, bool)> = Vec::new();
    let mut start = 0;
    let mut plain_from = 0;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_whitespace() || i == text.len() {
            let word = &text[start..i];
            if !word.is_empty() && keep_whole(word) {
                if plain_from < start {
                    out.push((&text[plain_from..start], false));
                }
                out.push((word, true));
                plain_from = i;
            }
            start = i + c.len_utf8();
        }
    }
    if plain_from < text.len() {
        out.push((&text[plain_from..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_references_stay_whole_and_the_text_is_unchanged() {
        let text = "Skriv de 10 cifre: ddmmåå-xxxx. Fx SK-7F3K2Q fra dit første brev, sag 2026-12345 eller en e-mail.";
        let p = pieces(text);
        let kept: Vec<&str> = p.iter().filter(|(_, k)| *k).map(|(w, _)| *w).collect();
        assert_eq!(kept, ["ddmmåå-xxxx.", "SK-7F3K2Q", "2026-12345", "e-mail."]);
        assert_eq!(p.iter().map(|(w, _)| *w).collect::<String>(), text);
        for plain in [
            "CPR-nummer",
            "Digital Post – aldrig med e-mail",
            "databeskyttelsesforordningen",
            "-1234",
            "",
        ] {
            let p = pieces(plain);
            assert_eq!(
                p.iter()
                    .filter(|(_, k)| *k)
                    .map(|(w, _)| *w)
                    .collect::<Vec<_>>(),
                if plain.contains("e-mail") {
                    vec!["e-mail"]
                } else {
                    vec![]
                },
                "{plain}"
            );
            assert_eq!(p.iter().map(|(w, _)| *w).collect::<String>(), plain);
        }
        assert_eq!(
            pieces("ddmmyy-xxxx"),
            [("ddmmyy-xxxx", true)],
            "a whole text that is one format"
        );
    }
}
