//! The data-protection officer's review sheet: one HTML page, generated from the real text
//! catalogue and the real letter code at build time, with every text that states something
//! about the law, the letters of every kind, and their readability. Native only (feature
//! `ssr`): `scripts/legal-sheet` and every Trunk build (`scripts/prerender.mjs`) write it as
//! `legal-sheet.html`, with `docs/sources.md` rendered beside it as `sources.html`.
//! How the DPO uses it: `docs/legal-review.md`.
//!
//! **Which texts are legal texts** is a rule, not a list: a catalogue text ([`Msg::ALL`]) is
//! one when, filled in as the citizen reads it ([`readability::filled`]), its Danish or its
//! English cites the law ([`citations`]: a bracketed citation, or a text that is only one,
//! such as the letters' "art. 15"), or when an entry of `docs/sources.md` names its key (the
//! entry says the text relies on it, e.g. a Datatilsynet page).
//!
//! **Where a text appears** is read from the widget itself ([`pages`]): the real page
//! components are rendered for states covering every right, writer, flow, route, option and
//! error message ([`states::scan_states`]), and every letter those states compose is searched
//! too. A text is listed once, under the first page it appears on (in the order a citizen meets
//! them), with the other pages named; texts found only in letters, or only in the calendar
//! file the send page offers, go under those, and texts found nowhere under "Ikke fundet" —
//! probably dead text, and reported as a finding.
//!
//! **Each text** shows its Danish and English wording side by side (each cell with its own
//! `lang`), filled with the examples the readability measure uses, its LIX
//! ([`readability::lix`] of [`readability::citizen_text`]: what the citizen reads, citations
//! left out) and a link to each entry of `sources.html` it cites or that names it.
//!
//! **The letters**: one of every kind ([`states::kinds`]), composed by
//! [`crate::core::letter::compose`] in both languages; a CPR number is shown as the format
//! the widget asks for ("ddmmåå-xxxx"), so no possible number is ever published.
//!
//! **The release** is named by the crate version, the hash of the catalogue (FNV-1a over both
//! columns), the English texts' version ([`text::english_version`]) and the hash of the
//! sheet's own content, so a DPO can sign off one release and see whether the next changed.
//!
//! **Problems** stop the build (the binary exits 2, `tests/legal_sheet.rs` fails): a citation
//! that points to no entry of `docs/sources.md` (so a new article without a source entry
//! cannot ship), or a letter kind whose example does not reach the send page.

pub mod citations;
pub mod html;
pub mod pages;
pub mod sections;
pub mod sources;
pub mod states;

use crate::core::fnv;
use crate::core::ics;
use crate::core::letter::compose;
use crate::core::rights::Right;
use crate::core::steps::Step;
use crate::core::text::{self, Lang, Msg};
use crate::readability::{self, about_page, citizen_text, counts, filled, lix, Counts};
use citations::{citations, Citation};
use std::collections::{BTreeSet, HashSet};

/// The readability targets the sheet reports: a right's "about" page, the whole Danish
/// catalogue, and any single legal text (LIX, at most).
pub const TARGET_ABOUT: f64 = 33.0;
pub const TARGET_CATALOGUE: f64 = 30.0;
pub const TARGET_TEXT: f64 = 45.0;
/// A text of fewer words that cites no law is a label (a button, a heading, a short option)
/// and not held to [`TARGET_TEXT`]: one long word in three gives a LIX of 35–100 and says
/// nothing about how hard it is to read. The same rule as `tests/core_readability.rs`.
pub const LABEL_WORDS: usize = 5;

/// One legal text as the sheet shows it. Arrays are in [`Lang::ALL`] order (Danish, English).
#[derive(Clone, Debug)]
pub struct LegalText {
    pub msg: Msg,
    /// The catalogue key, "AboutDeadline".
    pub key: String,
    /// The wording filled with examples, citations in ([`readability::filled`]).
    pub text: [String; 2],
    /// LIX of what the citizen reads ([`readability::citizen_text`] of `text`).
    pub lix: [f64; 2],
    pub citations: [Vec<Citation>; 2],
    /// The entries of `docs/sources.md` that name this key.
    pub named_in: Vec<String>,
    /// The pages it appears on, in the sheet's page order.
    pub pages: Vec<String>,
    /// It appears in at least one letter.
    pub in_letters: bool,
    /// It appears in the calendar file the send page offers.
    pub in_calendar: bool,
}

impl LegalText {
    /// Every anchor this text links to: those it cites (both languages), then those naming it.
    pub fn anchors(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let cited = self.citations.iter().flatten();
        for a in cited
            .filter_map(|c| c.anchors.as_ref().ok())
            .flatten()
            .chain(&self.named_in)
        {
            if !out.contains(a) {
                out.push(a.clone());
            }
        }
        out
    }

    /// Held to [`TARGET_TEXT`]: not a label (see [`LABEL_WORDS`]); judged on the Danish.
    pub fn held(&self) -> bool {
        counts(&citizen_text(&self.text[0])).words >= LABEL_WORDS
            || readability::has_citation(&self.text[0])
    }

    /// The anchors each language cites, sorted: they should be the same.
    pub fn cited_anchors(&self, lang: Lang) -> BTreeSet<String> {
        self.citations[lang as usize]
            .iter()
            .filter_map(|c| c.anchors.as_ref().ok())
            .flatten()
            .cloned()
            .collect()
    }
}

/// One letter as the sheet shows it.
#[derive(Clone, Debug)]
pub struct LetterShown {
    /// `request/access/myself/digital-post/da`.
    pub kind: String,
    /// The kind in Danish words ([`states::Example::label`]).
    pub label: String,
    pub lang: Lang,
    pub subject: String,
    pub body: String,
}

/// The readability figures of the release (Danish).
#[derive(Clone, Debug)]
pub struct Figures {
    /// The whole catalogue read as one.
    pub catalogue: f64,
    /// Each right's "about" page read as one.
    pub about: Vec<(Right, f64)>,
    /// The legal text with the highest LIX of those held to [`TARGET_TEXT`].
    pub worst: Option<(Msg, f64)>,
    /// How many legal texts held to it are above [`TARGET_TEXT`].
    pub over: usize,
}

/// The release the sheet describes.
#[derive(Clone, Debug)]
pub struct Release {
    /// `Cargo.toml`'s version.
    pub version: String,
    /// FNV-1a over every catalogue text, Danish then English, each followed by a NUL byte.
    pub texts: String,
    /// The English column's version, as `texts.en.json` carries it.
    pub english: String,
}

/// Everything the sheet shows.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub release: Release,
    pub texts: Vec<LegalText>,
    /// Every page id in the sheet's order, with its Danish heading.
    pub pages: Vec<(String, String)>,
    pub letters: Vec<LetterShown>,
    pub figures: Figures,
    /// What stops the build: citations without a source entry, examples that fail.
    pub problems: Vec<String>,
}

impl Sheet {
    /// Legal texts found on no page, in no letter and in no calendar file.
    pub fn nowhere(&self) -> Vec<&LegalText> {
        self.texts
            .iter()
            .filter(|t| t.pages.is_empty() && !t.in_letters && !t.in_calendar)
            .collect()
    }

    /// Legal texts whose Danish and English cite different entries.
    pub fn mismatched(&self) -> Vec<&LegalText> {
        self.texts
            .iter()
            .filter(|t| t.cited_anchors(Lang::Da) != t.cited_anchors(Lang::En))
            .collect()
    }
}

/// The release this build is.
pub fn release() -> Release {
    let mut hash = fnv::OFFSET;
    for lang in Lang::ALL {
        for m in Msg::ALL {
            hash = fnv::extend(fnv::extend(hash, m.get(lang).as_bytes()), &[0]);
        }
    }
    Release {
        version: env!("CARGO_PKG_VERSION").to_string(),
        texts: fnv::hex(hash),
        english: text::english_version(),
    }
}

/// The sheet's figures for the legal texts `texts`.
fn figures(texts: &[LegalText]) -> Figures {
    let da: Counts = readability::catalogue(Lang::Da)
        .iter()
        .map(|(_, t)| counts(t))
        .sum();
    let about = Right::ALL
        .into_iter()
        .map(|r| {
            let c: Counts = about_page(r, Lang::Da).iter().map(|t| counts(t)).sum();
            (r, c.lix())
        })
        .collect();
    let held = || texts.iter().filter(|t| t.held());
    let worst = held()
        .map(|t| (t.msg, t.lix[0]))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    Figures {
        catalogue: da.lix(),
        about,
        worst,
        over: held().filter(|t| t.lix[0] > TARGET_TEXT).count(),
    }
}

/// Builds the sheet: finds the legal texts, where they appear, the letters and the figures.
pub fn build() -> Sheet {
    let entries = sources::entries();
    let anchors: Vec<String> = entries.iter().map(|e| e.anchor.clone()).collect();
    let mut problems = Vec::new();
    let mut texts: Vec<LegalText> = Vec::new();
    for msg in Msg::ALL {
        let text = Lang::ALL.map(|l| filled(*msg, l));
        let cites = [0, 1].map(|i| citations(&text[i], &anchors));
        let named_in: Vec<String> = entries
            .iter()
            .filter(|e| e.keys.contains(msg))
            .map(|e| e.anchor.clone())
            .collect();
        if cites.iter().all(Vec::is_empty) && named_in.is_empty() {
            continue;
        }
        let key = format!("{msg:?}");
        for (lang, list) in Lang::ALL.iter().zip(&cites) {
            for c in list {
                match &c.anchors {
                    Err(why) => {
                        problems.push(format!("{key} ({}): \"{}\" {why}", lang.code(), c.text))
                    }
                    Ok(list) => {
                        for a in list.iter().filter(|a| !anchors.contains(a)) {
                            problems.push(format!(
                                "{key} ({}): \"{}\" cites #{a}, which docs/sources.md does not have",
                                lang.code(),
                                c.text
                            ));
                        }
                    }
                }
            }
        }
        texts.push(LegalText {
            msg: *msg,
            key,
            lix: [0, 1].map(|i| lix(&citizen_text(&text[i]))),
            text,
            citations: cites,
            named_in,
            pages: Vec::new(),
            in_letters: false,
            in_calendar: false,
        });
    }

    let order = pages::page_order();
    let mut titles: Vec<(String, String)> = Vec::new();
    let mut on_pages: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); Msg::ALL.len()];
    let mut in_letters = vec![false; Msg::ALL.len()];
    let mut in_calendar = vec![false; Msg::ALL.len()];
    let mut letters = Vec::new();
    let mut shown: Vec<Vec<LetterShown>> = Vec::new();
    for lang in Lang::ALL {
        let examples = match states::examples(lang) {
            Ok(e) => e,
            Err(why) => {
                problems.push(why);
                continue;
            }
        };
        shown.push(examples.iter().map(|e| show_letter(e, lang)).collect());
        let templates = pages::templates(&states::fresh(lang));
        let mut seen: HashSet<(String, String)> = HashSet::new();
        let mut letters_seen: HashSet<String> = HashSet::new();
        let mut calendars_seen: HashSet<String> = HashSet::new();
        for s in states::scan_states(lang, &examples) {
            let id = pages::page_id(&s);
            if lang == Lang::Da && !titles.iter().any(|(t, _)| *t == id) {
                titles.push((id.clone(), s.heading()));
            }
            if s.step == Step::Send {
                let l = compose(&s);
                letters_seen.insert(pages::collapse(&format!("{} {}", l.subject, l.body)));
                if ics::event_day(&s).is_some() {
                    calendars_seen.insert(pages::ics_text(&ics::deadline_reminder(&s, 0.0)));
                }
            }
            seen.insert((id, pages::page_text(&s)));
        }
        for (id, text) in &seen {
            let Some(at) = order.iter().position(|o| o == id) else {
                problems.push(format!("a page the sheet does not order: {id}"));
                continue;
            };
            for i in pages::found_in(text, &templates) {
                on_pages[i].insert(at);
            }
        }
        for (texts, found) in [
            (&letters_seen, &mut in_letters),
            (&calendars_seen, &mut in_calendar),
        ] {
            for text in texts {
                for i in pages::found_in(text, &templates) {
                    found[i] = true;
                }
            }
        }
    }
    // Letters in kind order, Danish beside English.
    if let [da, en] = &shown[..] {
        for (d, e) in da.iter().zip(en) {
            letters.push(d.clone());
            letters.push(e.clone());
        }
    }
    for t in &mut texts {
        let i = t.msg as usize;
        t.pages = on_pages[i].iter().map(|at| order[*at].clone()).collect();
        t.in_letters = in_letters[i];
        t.in_calendar = in_calendar[i];
    }
    let pages = order
        .iter()
        .map(|id| {
            let title = titles
                .iter()
                .find(|(t, _)| t == id)
                .map_or_else(String::new, |(_, h)| h.clone());
            (id.clone(), title)
        })
        .collect();
    Sheet {
        release: release(),
        figures: figures(&texts),
        texts,
        pages,
        letters,
        problems,
    }
}

/// A letter example as shown: composed by the crate, the example CPR numbers shown as their
/// format.
fn show_letter(e: &states::Example, lang: Lang) -> LetterShown {
    let l = compose(&e.state);
    let hide = |t: &str| {
        let mut t = t.to_string();
        for cpr in [states::EXAMPLE_CPR, states::EXAMPLE_OTHER_CPR] {
            let normalised = crate::core::cpr::parse(cpr, states::TODAY)
                .map(|c| c.normalised)
                .unwrap_or_else(|_| cpr.to_string());
            t = t.replace(&normalised, states::cpr_shown(lang));
        }
        t
    };
    LetterShown {
        kind: format!("{}/{}", e.kind, lang.code()),
        label: e.label.clone(),
        lang,
        subject: hide(&l.subject),
        body: hide(&l.body),
    }
}
