//! Readability (klarsprog) of the texts citizens read, measured with LIX. Native builds only:
//! the tests and the DPO's review sheet use it; the widget never does.
//!
//! LIX (Björnsson) = words / sentences + 100 × long words / words, where a long word has more
//! than six letters. Below 25 reads like a children's book, 25–34 easy, 35–44 medium (a
//! newspaper), 45–54 hard, 55 and above very hard.
//!
//! What is counted is what the citizen reads:
//!
//! * [`filled`]: a catalogue text with its placeholders filled in as the citizen sees them —
//!   the configured names and addresses through [`State::text`] ("Stevns Kommune",
//!   "stevns@stevns.dk"), and examples for the rest ("Ida Hansen", "onsdag den 23. december
//!   2026", "SK-7F3K2Q", "Anmodning om indsigt").
//! * [`citizen_text`]: only the bracketed legal citations are removed ("(art. 15)",
//!   "(offentlighedsloven § 13)", "(databeskyttelsesforordningens artikel 77)"); every other
//!   bracket is prose the citizen reads ("(berigtigelse)", "(valgfrit)") and stays.
//! * [`counts`]: a word is a whitespace-separated token with a letter or a digit; a long word
//!   has more than six letters. A sentence ends at ".", "!", "?" or ":" followed by a capital
//!   letter, a digit or a quotation mark, and at every line break (a list item is a sentence)
//!   and the end of the text. Abbreviations ("fx.", "kl.", "ref.", "nr.", "dvs.", "e.g." …) and
//!   a list number at the start of a line ("1.") never end one.
//!
//! Figures for a set of texts (a page, the whole catalogue) add the counts first and take the
//! LIX of the sums (`Counts` implements `Add` and `Sum`), as the measure is defined; an
//! average of per-text LIX values would weigh a two-word label like a paragraph.

use crate::core::config::Config;
use crate::core::date::Date;
use crate::core::fields::Field;
use crate::core::rights::Right;
use crate::core::state::State;
use crate::core::text::{fill, Lang, Msg};
use std::rc::Rc;

/// Word, long-word and sentence counts of a text (shapes: plain counts).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Tokens with at least one letter or digit.
    pub words: usize,
    /// Words with more than six letters.
    pub long: usize,
    pub sentences: usize,
}

impl Counts {
    /// LIX of these counts; 0 for no words.
    pub fn lix(self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        self.words as f64 / self.sentences.max(1) as f64
            + 100.0 * self.long as f64 / self.words as f64
    }
}

/// The counts of two texts read as one.
impl std::ops::Add for Counts {
    type Output = Counts;
    fn add(self, o: Counts) -> Counts {
        Counts {
            words: self.words + o.words,
            long: self.long + o.long,
            sentences: self.sentences + o.sentences,
        }
    }
}

/// The counts of many texts read as one (a page, the catalogue).
impl std::iter::Sum for Counts {
    fn sum<I: Iterator<Item = Counts>>(iter: I) -> Counts {
        iter.fold(Counts::default(), |a, b| a + b)
    }
}

/// Abbreviations that end with a full stop but not a sentence (lower case; also as the last
/// part of a hyphenated word, "CVR-nr.").
const ABBREVIATIONS: [&str; 19] = [
    "fx.", "f.eks.", "kl.", "ref.", "nr.", "dvs.", "bl.a.", "jf.", "evt.", "ca.", "mv.", "m.v.",
    "osv.", "art.", "stk.", "e.g.", "i.e.", "no.", "etc.",
];

fn is_abbreviation(token: &str) -> bool {
    let lower = token
        .trim_start_matches(['(', '"', '“', '”', '„'])
        .to_lowercase();
    ABBREVIATIONS
        .iter()
        .any(|a| lower == *a || lower.ends_with(&format!("-{a}")))
}

/// "1." or "2)" as the first token of a line: a list number.
fn is_list_number(token: &str) -> bool {
    let digits = token.trim_end_matches(['.', ')']);
    digits.len() < token.len() && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

/// The counts of `text` as given (call [`citizen_text`] first to leave citations out).
pub fn counts(text: &str) -> Counts {
    let mut c = Counts::default();
    for line in text.lines() {
        let tokens: Vec<&str> = line
            .split_whitespace()
            .filter(|t| t.chars().any(char::is_alphanumeric))
            .collect();
        let mut open = false;
        for (i, token) in tokens.iter().enumerate() {
            c.words += 1;
            open = true;
            if token.chars().filter(|ch| ch.is_alphabetic()).count() > 6 {
                c.long += 1;
            }
            if (i == 0 && is_list_number(token)) || is_abbreviation(token) {
                continue;
            }
            let ends = token
                .trim_end_matches(['”', '"', '’', '\'', ')'])
                .ends_with(['.', '!', '?', ':']);
            let next_starts = tokens.get(i + 1).is_some_and(|n| {
                n.starts_with(['”', '“', '"', '„'])
                    || n.trim_start_matches(['(', '[', '”', '“', '"', '„', '‘', '\''])
                        .chars()
                        .next()
                        .is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit())
            });
            if ends && next_starts {
                c.sentences += 1;
                open = false;
            }
        }
        // A line break ends a sentence (a list item, a heading), as does the end of the text.
        if open {
            c.sentences += 1;
        }
    }
    c
}

/// LIX of `text` as given (call [`citizen_text`] first to leave citations out).
pub fn lix(text: &str) -> f64 {
    counts(text).lix()
}

/// Words that make a bracket a legal citation (lower case).
const CITATION_MARKS: [&str; 9] = [
    "art.",
    "artikel",
    "article",
    "§",
    "stk.",
    "litra",
    "gdpr",
    "section",
    "regulation",
];

/// True when a bracket's content cites the law: an article, a section, a point, or an act by
/// name ("forvaltningsloven", "databeskyttelsesforordningens …", "… Act").
fn is_citation(inner: &str) -> bool {
    let lower = inner.to_lowercase();
    CITATION_MARKS.iter().any(|m| lower.contains(m))
        || lower.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.ends_with("loven")
                || w.ends_with("lovens")
                || w.ends_with("forordningen")
                || w.ends_with("forordningens")
                || w == "act"
        })
}

/// True when `text` cites the law in brackets somewhere.
pub fn has_citation(text: &str) -> bool {
    brackets(text)
        .iter()
        .any(|(a, b)| is_citation(&text[*a + 1..*b]))
}

/// The byte ranges of the outermost "(…)" pairs, `(open, close)`; an unclosed bracket is not
/// one.
fn brackets(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push((start, i));
                }
            }
            _ => {}
        }
    }
    out
}

/// `text` without its bracketed legal citations; other brackets stay. The space before a
/// removed citation goes too, so "gratis (art. 12, stk. 5)." reads "gratis.".
pub fn citizen_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (open, close) in brackets(text) {
        if !is_citation(&text[open + 1..close]) {
            continue;
        }
        out.push_str(text[from..open].trim_end_matches([' ', '\u{a0}']));
        from = close + 1;
    }
    out.push_str(&text[from..]);
    out
}

/// A state with Stevns Kommune's defaults in `lang`, on the examples' day
/// ([`Date::EXAMPLE_TODAY`], Monday 23 November 2026: a deadline a month on is Wednesday 23
/// December 2026).
fn example_state(lang: Lang) -> State {
    let config = Config {
        lang,
        ..Config::default()
    };
    State::new(Rc::new(config), Date::EXAMPLE_TODAY, 7)
}

/// `msg` in `lang` as the citizen sees it: the configured names and addresses filled in by
/// [`State::text`] (Stevns Kommune's defaults), the other placeholders by examples — a
/// person "Ida Hansen", a date with its weekday, the reference "SK-7F3K2Q", the right of
/// access, step 2 of 7. Citations are still in; see [`citizen_text`].
pub fn filled(msg: Msg, lang: Lang) -> String {
    let s = example_state(lang);
    let date = s.deadline().long_with_weekday(lang);
    let next = s.deadline().add_days(1).long_with_weekday(lang);
    let access = Right::Access.info();
    let behalf = fill(
        Msg::LetterSubjectBehalf.get(lang),
        &[("name", "Ida Hansen")],
    );
    // Where a letter writes the day a request was sent, it has no weekday, its reference
    // comes as ", ref. …", and a complaint cites the article as the body does ("artikel 15").
    let sent_line = matches!(
        msg,
        Msg::ReminderSent | Msg::ComplaintSent | Msg::ComplaintAttachRequest
    );
    let (date, reference) = if sent_line {
        let part = fill(Msg::LetterRefPart.get(lang), &[("ref", "SK-7F3K2Q")]);
        (s.today.long(lang), part)
    } else {
        (date, "SK-7F3K2Q".to_string())
    };
    // The complaint's subject writes the request's name in lower case (`letter.rs`).
    let what = access.subject.get(lang);
    let what = if msg == Msg::ComplaintWhat && lang == Lang::Da {
        what.to_lowercase()
    } else {
        what.to_string()
    };
    let article = match (msg, lang) {
        (Msg::ComplaintDisputed | Msg::ComplaintDisputedPartial, Lang::Da) => "artikel 15",
        (Msg::ComplaintDisputed | Msg::ComplaintDisputedPartial, Lang::En) => "Article 15",
        _ => access.article.get(lang),
    };
    fill(
        &s.text(msg),
        &[
            ("date", &date),
            ("deadline", &date),
            ("next", &next),
            ("sent", &s.today.long(lang)),
            ("name", "Ida Hansen"),
            ("ref", &reference),
            ("what", &what),
            ("article", article),
            ("right", &s.text(access.name)),
            ("behalf", &behalf),
            ("n", "2"),
            ("total", "7"),
            ("max", "2000"),
        ],
    )
}

/// Every text of the catalogue in `lang` as the citizen reads it: filled ([`filled`]) and
/// without citations ([`citizen_text`]), in catalogue order.
pub fn catalogue(lang: Lang) -> Vec<(Msg, String)> {
    Msg::ALL
        .iter()
        .map(|m| (*m, citizen_text(&filled(*m, lang))))
        .collect()
}

/// The texts of a right's "about" page for the citizen's own request, in page order and as
/// the citizen reads them (filled, without citations): the heading, "what you get", the
/// limits, the refusal, the note, the deadline and "free of charge", with their subheadings.
/// The buttons are left out.
pub fn about_page(right: Right, lang: Lang) -> Vec<String> {
    let s = example_state(lang).with_answer(Field::Right, right.slug());
    let Some(about) = s.about() else {
        return Vec::new();
    };
    let mut page = vec![
        s.heading(),
        s.text(Msg::AboutGetTitle),
        about.get,
        s.text(Msg::AboutLimitsTitle),
    ];
    page.extend(about.limits);
    page.push(about.refusal);
    page.extend(about.note);
    page.push(about.deadline_title);
    page.push(about.deadline);
    page.push(about.free);
    page.iter().map(|t| citizen_text(t)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!((lix("Du kan spørge kommunen. Den har oplysninger om dig.") - 26.7).abs() < 0.05);
        assert_eq!(counts(""), Counts::default());
        assert_eq!(lix(""), 0.0);
        // One long word alone: 1 + 100.
        assert!((lix("Referencenummer") - 101.0).abs() < 1e-9);
    }

    #[test]
    fn abbreviations_and_list_numbers_do_not_end_a_sentence_but_a_line_break_does() {
        for text in [
            "Skriv fx. navn og adresse.",
            "Vi svarer kl. 9 i morgen.",
            "Brevet har ref. SK-7F3K2Q i emnet.",
            "Kommunen har CVR-nr. 29 20 86 54 her.",
            "Ring til kommunen, dvs. Borgerservice i dag.",
            "Write it, e.g. Ida Hansen and her address.",
        ] {
            assert_eq!(counts(text).sentences, 1, "{text}");
        }
        assert_eq!(counts("Det er gratis. Det er hurtigt.").sentences, 2);
        assert_eq!(
            counts("Se listen:\n1. Formålene\n2. Kategorierne").sentences,
            3
        );
        assert_eq!(counts("1. Formålene.\n2. Kategorierne.").sentences, 2);
        assert_eq!(counts("Hvad der skete\nKommunen svarede ikke").sentences, 2);
        // A colon before a capital ends a sentence; before lower case it does not.
        assert_eq!(counts("Det drejer sig om: Mine oplysninger.").sentences, 2);
        assert_eq!(counts("Skriv navn: fornavn og efternavn.").sentences, 1);
        // A date's day number does not end a sentence before the month.
        assert_eq!(
            counts("Svar senest onsdag den 23. december 2026.").sentences,
            1
        );
        // A sentence in brackets ends like any other.
        assert_eq!(
            counts("Du kan klage. (Det kan du også nu.) Gør det.").sentences,
            3
        );
    }

    #[test]
    fn only_legal_citations_are_removed() {
        assert_eq!(
            citizen_text("Det er gratis (art. 12, stk. 5)."),
            "Det er gratis."
        );
        assert_eq!(
            citizen_text("Den skal skrive det ned (offentlighedsloven § 13)."),
            "Den skal skrive det ned."
        );
        assert_eq!(
            citizen_text("Sager, hvor du er part (forvaltningsloven)."),
            "Sager, hvor du er part."
        );
        assert_eq!(
            citizen_text("Jeg klager (databeskyttelsesforordningens artikel 77)."),
            "Jeg klager."
        );
        assert_eq!(
            citizen_text("Where it came from (Article 15(1)(g) GDPR)."),
            "Where it came from."
        );
        assert_eq!(
            citizen_text("Withheld (Danish Data Protection Act section 22(1))."),
            "Withheld."
        );
        for kept in [
            "Få rettet forkerte oplysninger (berigtigelse)",
            "Digital Post (anbefalet)",
            "(valgfrit)",
            "Fik du svar? Ellers kan du sende en rykker (ref. SK-7F3K2Q)",
            "Kopiér teksten (Cmd+C på Mac).",
        ] {
            assert_eq!(citizen_text(kept), kept);
        }
        assert!(has_citation("Det er gratis (art. 12, stk. 5)."));
        assert!(!has_citation("Digital Post (anbefalet)"));
        // An unclosed bracket is left as it is.
        assert_eq!(citizen_text("Se (art. 15"), "Se (art. 15");
    }

    #[test]
    fn texts_are_filled_as_the_citizen_sees_them() {
        let t = filled(Msg::ComplaintIntro, Lang::Da);
        assert!(t.contains("Stevns Kommune") && !t.contains('{'), "{t}");
        let t = filled(Msg::NextDeadline, Lang::Da);
        assert!(t.contains("onsdag den 23. december 2026"), "{t}");
        let t = filled(Msg::NextDeadline, Lang::En);
        assert!(t.contains("Wednesday 23 December 2026"), "{t}");
        for lang in Lang::ALL {
            for (msg, text) in catalogue(lang) {
                assert!(!text.contains('{'), "{msg:?} {lang:?}: {text}");
            }
        }
    }

    #[test]
    fn every_right_has_an_about_page_with_its_limits() {
        for right in Right::ALL {
            let page = about_page(right, Lang::Da);
            assert!(page.len() >= 8, "{right:?}: {page:?}");
            assert!(page.iter().all(|t| !has_citation(t)), "{right:?}");
        }
    }
}
