//! Readability (klarsprog) of the Danish catalogue, measured with LIX.
//!
//! LIX = words / sentences + 100 × long words / words, where a long word has more than six
//! letters (Björnsson). Below 25 reads like a children's book, 25–34 easy, 35–44 medium (the
//! level of a newspaper), 45–54 hard, 55 and above very hard.
//!
//! What is measured: every Danish [`Msg`] — everything the widget shows or writes is a `Msg`, so
//! all of them are citizen-facing. Citations in brackets ("(art. 15)", "(offentlighedsloven §
//! 13)") and placeholders ("{date}") are left out first: they are references, not prose.
//!
//! The targets: the whole catalogue (all texts counted as one) at most 33, and no single text
//! above 50. A text of fewer than [`MIN_WORDS`] words (a label, a button, a heading) is counted in
//! the whole but not held to the per-text limit: one long word in a three-word label gives a LIX
//! of 35–100 and says nothing about how hard the label is to read ("Referencenummer" scores 101).
//!
//! The figures are written to stderr past the test harness's capture, and repeated in the
//! assertion message, so they show up in `cargo test` output with or without `--nocapture`.

use std::io::Write;
use stevns_rights_wizard::core::{Lang, Msg};

/// Texts shorter than this are labels: counted in the catalogue, not held to [`MAX_TEXT`].
const MIN_WORDS: usize = 10;
/// The highest LIX a single text may have.
const MAX_TEXT: f64 = 50.0;
/// The highest LIX of the whole catalogue.
const MAX_CATALOGUE: f64 = 33.0;

/// Word, long-word and sentence counts of a text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    words: usize,
    long: usize,
    sentences: usize,
}

impl Counts {
    fn lix(self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        self.words as f64 / self.sentences.max(1) as f64
            + 100.0 * self.long as f64 / self.words as f64
    }

    fn add(self, o: Counts) -> Counts {
        Counts {
            words: self.words + o.words,
            long: self.long + o.long,
            sentences: self.sentences + o.sentences,
        }
    }
}

/// The text without "(…)" and "{…}" (nested brackets included).
fn strip_citations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '{' => {
                // "gratis (art. 12, stk. 5)." → "gratis." so the full stop still ends the word.
                if depth == 0 {
                    out.truncate(out.trim_end().len());
                }
                depth += 1;
            }
            ')' | '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Counts words (whitespace-separated tokens with a letter or digit), long words (more than six
/// letters) and sentences. A sentence ends at ".", "!", "?" or ":" followed by a capital letter,
/// a digit, a quotation mark or the end of the text — so "fx." or "dvs." inside a sentence and a
/// colon before a lower-case list do not split it. The end of the text ends a sentence too, so a
/// label or an error message without a full stop is one sentence.
fn counts(text: &str) -> Counts {
    let text = strip_citations(text);
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut c = Counts::default();
    for (i, token) in tokens.iter().enumerate() {
        if !token.chars().any(char::is_alphanumeric) {
            continue;
        }
        c.words += 1;
        if token.chars().filter(|ch| ch.is_alphabetic()).count() > 6 {
            c.long += 1;
        }
        let ends = token
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with(['.', '!', '?', ':']);
        let next_starts = tokens.get(i + 1).is_none_or(|n| {
            n.chars()
                .next()
                .is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit() || "”“\"".contains(ch))
        });
        // The end of the text ends its last sentence, full stop or not.
        if (ends && next_starts) || i + 1 == tokens.len() {
            c.sentences += 1;
        }
    }
    c
}

fn report(scored: &[(Msg, Counts)], total: Counts) -> String {
    let mut hardest: Vec<&(Msg, Counts)> = scored
        .iter()
        .filter(|(_, c)| c.words >= MIN_WORDS)
        .collect();
    hardest.sort_by(|a, b| b.1.lix().total_cmp(&a.1.lix()));
    let mut out = format!(
        "LIX of the Danish catalogue: {:.1} (limit {MAX_CATALOGUE}; {} texts, {} words, \
         {} sentences, {} long words)\n\
         The ten hardest texts of {MIN_WORDS} words or more (limit {MAX_TEXT}):\n",
        total.lix(),
        scored.len(),
        total.words,
        total.sentences,
        total.long
    );
    for (msg, c) in hardest.iter().take(10) {
        out.push_str(&format!(
            "  {:5.1}  {msg:?} ({} words, {} sentences)\n",
            c.lix(),
            c.words,
            c.sentences
        ));
    }
    out
}

#[test]
fn the_danish_catalogue_is_easy_to_read() {
    let scored: Vec<(Msg, Counts)> = Msg::ALL
        .iter()
        .map(|m| (*m, counts(m.get(Lang::Da))))
        .collect();
    let total = scored
        .iter()
        .fold(Counts::default(), |acc, (_, c)| acc.add(*c));
    let report = report(&scored, total);
    // Straight to stderr, not `eprintln!`: libtest captures the macros of a passing test, and the
    // figures should show in every `cargo test` run.
    let _ = writeln!(std::io::stderr(), "{report}");
    let too_hard: Vec<String> = scored
        .iter()
        .filter(|(_, c)| c.words >= MIN_WORDS && c.lix() > MAX_TEXT)
        .map(|(m, c)| format!("{m:?} {:.1}", c.lix()))
        .collect();
    assert!(
        total.lix() <= MAX_CATALOGUE && too_hard.is_empty(),
        "readability targets missed (catalogue ≤ {MAX_CATALOGUE}, each text ≤ {MAX_TEXT}); \
         too hard: {too_hard:?}\n{report}"
    );
}

/// The measure itself, on texts whose figures can be counted by hand.
#[test]
fn lix_counts_words_long_words_and_sentences() {
    // 9 words, 2 sentences, 2 long words ("kommunen", "oplysninger"): 4.5 + 22.2.
    let c = counts("Du kan spørge kommunen. Den har oplysninger om dig.");
    assert_eq!(
        c,
        Counts {
            words: 9,
            long: 2,
            sentences: 2
        }
    );
    assert!((c.lix() - (4.5 + 100.0 * 2.0 / 9.0)).abs() < 1e-9);
    // Citations and placeholders are not prose.
    assert_eq!(
        counts("Det er gratis (art. 12, stk. 5)."),
        counts("Det er gratis.")
    );
    assert_eq!(
        counts("Svar senest den {date}."),
        counts("Svar senest den.")
    );
    // "fx." and a colon before lower case do not end a sentence; a colon before a capital does.
    assert_eq!(counts("Skriv fx. navn: fornavn og efternavn.").sentences, 1);
    assert_eq!(counts("Det drejer sig om: Mine oplysninger.").sentences, 2);
    // The full stop after a citation still ends the sentence.
    assert_eq!(
        counts("Det er gratis (art. 12). Det er hurtigt.").sentences,
        2
    );
    // A message without a final full stop still ends there; an empty text has no sentence.
    assert_eq!(counts("Skriv din adresse. Vi skal bruge den").sentences, 2);
    assert_eq!(counts("Referencenummer").sentences, 1);
    assert!((counts("Referencenummer").lix() - 101.0).abs() < 1e-9);
    assert_eq!(counts("(valgfrit)"), Counts::default());
}
