//! Readability (klarsprog) of the Danish texts, measured with LIX as `readability.rs` counts
//! it: placeholders filled with what the citizen sees, only bracketed legal citations left
//! out, abbreviations inside sentences, a line break ends a sentence.
//!
//! The targets:
//! * every right's "about" page (what you get, when the municipality may refuse, the
//!   deadline — the page's texts read as one): at most [`MAX_ABOUT`];
//! * the whole Danish catalogue, read as one: at most [`MAX_CATALOGUE`];
//! * no single text above [`MAX_TEXT`]. The one exemption: a label of fewer than
//!   [`LABEL_WORDS`] words that cites no law (a button, a heading, a short option) — one long
//!   word in a three-word label gives a LIX of 35–100 and says nothing about how hard it is to
//!   read ("Referencenummer" scores 101). A text that states a legal limit counts at any
//!   length.
//!
//! The figures and the ten hardest texts are written to stderr past the test harness's
//! capture, and repeated in the assertion message, so they show in every `cargo test` run.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use stevns_rights_wizard::core::{Lang, Msg, Right};
use stevns_rights_wizard::readability::{
    about_page, catalogue, counts, filled, has_citation, Counts,
};

/// The highest LIX of a right's "about" page.
const MAX_ABOUT: f64 = 33.0;
/// The highest LIX of the whole Danish catalogue.
const MAX_CATALOGUE: f64 = 30.0;
/// The highest LIX of any single text that is not a short label.
const MAX_TEXT: f64 = 45.0;
/// A text of fewer words that cites no law is a label, exempt from [`MAX_TEXT`].
const LABEL_WORDS: usize = 5;

/// Whether a text is held to [`MAX_TEXT`]: not a short label without a citation.
fn held(msg: Msg, c: Counts) -> bool {
    c.words >= LABEL_WORDS || has_citation(&filled(msg, Lang::Da))
}

fn report(scored: &[(Msg, Counts)], total: Counts, pages: &[(Right, Counts)]) -> String {
    let mut hardest: Vec<&(Msg, Counts)> = scored.iter().filter(|(m, c)| held(*m, *c)).collect();
    hardest.sort_by(|a, b| b.1.lix().total_cmp(&a.1.lix()));
    let mut out = format!(
        "LIX of the Danish catalogue: {:.1} (limit {MAX_CATALOGUE}; {} texts, {} words, \
         {} sentences, {} long words)\n\"About\" pages (limit {MAX_ABOUT}):",
        total.lix(),
        scored.len(),
        total.words,
        total.sentences,
        total.long
    );
    for (right, c) in pages {
        out.push_str(&format!(" {right:?} {:.1};", c.lix()));
    }
    out.push_str(&format!(
        "\nThe ten hardest texts (limit {MAX_TEXT}; labels under {LABEL_WORDS} words without a \
         citation exempt):\n"
    ));
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
fn the_danish_texts_are_easy_to_read() {
    let scored: Vec<(Msg, Counts)> = catalogue(Lang::Da)
        .into_iter()
        .map(|(m, t)| (m, counts(&t)))
        .collect();
    let total: Counts = scored.iter().map(|(_, c)| *c).sum();
    let pages: Vec<(Right, Counts)> = Right::ALL
        .into_iter()
        .map(|r| (r, about_page(r, Lang::Da).iter().map(|t| counts(t)).sum()))
        .collect();
    let report = report(&scored, total, &pages);
    // Straight to stderr, not `eprintln!`: libtest captures the macros of a passing test, and the
    // figures should show in every `cargo test` run.
    let _ = writeln!(std::io::stderr(), "{report}");
    let too_hard: Vec<String> = scored
        .iter()
        .filter(|(m, c)| held(*m, *c) && c.lix() > MAX_TEXT)
        .map(|(m, c)| format!("{m:?} {:.1}", c.lix()))
        .collect();
    let hard_pages: Vec<String> = pages
        .iter()
        .filter(|(_, c)| c.lix() > MAX_ABOUT)
        .map(|(r, c)| format!("{r:?} {:.1}", c.lix()))
        .collect();
    assert!(
        total.lix() <= MAX_CATALOGUE && too_hard.is_empty() && hard_pages.is_empty(),
        "readability targets missed (catalogue ≤ {MAX_CATALOGUE}, about pages ≤ {MAX_ABOUT}, \
         each text ≤ {MAX_TEXT}); pages too hard: {hard_pages:?}; {} texts too hard: \
         {too_hard:?}\n{report}",
        too_hard.len()
    );
}

/// The measure on the texts the review counted by hand: a filled placeholder counts, a
/// citation does not, a legal limit of any length is held to the limit.
#[test]
fn the_measure_counts_what_the_citizen_reads() {
    let intro = catalogue(Lang::Da)
        .into_iter()
        .find(|(m, _)| *m == Msg::ComplaintIntro)
        .map(|(_, t)| t)
        .unwrap_or_default();
    assert!(intro.contains("Stevns Kommune"), "{intro}");
    assert!(!intro.contains("artikel"), "{intro}");
    let limit = Right::Objection.info().limits[1];
    assert!(
        held(limit, counts(&filled(limit, Lang::Da))),
        "a legal limit counts at any length"
    );
    assert!(
        !held(Msg::Back, counts("Tilbage")),
        "a one-word button is a label"
    );
}
