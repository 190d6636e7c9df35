//! The CPR-number detector against its labelled corpus: tests/corpus/cpr-detector.tsv (written
//! by hand: real-world look-alikes, CPR numbers in sentences) and tests/corpus/cpr-groupings.tsv
//! (systematic: every grouping of the ten digits, written by tests/corpus/groupings.mjs). Every
//! line labelled `cpr` must be found and masked, every line labelled `not` left alone, and the
//! look-alikes labelled `alike` (documented in docs/privacy.md) are masked too. The figures are
//! written to stderr past the test harness's capture, so every `cargo test` shows them.

use std::io::Write;
use stevns_rights_wizard::core::cpr::{find_cpr_like, mask_cpr_like};

/// Undoes the corpus file's escapes: `\n`, `\r`, `\t`, `\\` and `\u{XXXX}`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let (c, used) = match tail.chars().next() {
            Some('n') => ('\n', 1),
            Some('r') => ('\r', 1),
            Some('t') => ('\t', 1),
            Some('\\') => ('\\', 1),
            Some('u') => {
                let close = tail.find('}').expect("\\u{…} is closed");
                let code = u32::from_str_radix(&tail[2..close], 16).expect("hex");
                (char::from_u32(code).expect("a character"), close + 1)
            }
            other => panic!("unknown escape \\{other:?}"),
        };
        out.push(c);
        rest = &tail[used..];
    }
    out.push_str(rest);
    out
}

/// One labelled line: `cpr` must be found, `not` left alone, `alike` (a look-alike the detector
/// cannot tell apart from a CPR number, listed in docs/privacy.md) is found too.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Label {
    Cpr,
    Not,
    Alike,
}

fn read(file: &str) -> Vec<(Label, String, String)> {
    file.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let label = match cols.next().unwrap_or_default() {
                "cpr" => Label::Cpr,
                "not" => Label::Not,
                "alike" => Label::Alike,
                other => panic!("bad label {other:?} in {l:?}"),
            };
            let text = unescape(cols.next().unwrap_or_default());
            let why = cols.next().unwrap_or_default().to_string();
            assert!(!why.is_empty(), "no why in {l:?}");
            (label, text, why)
        })
        .collect()
}

/// The hand-written corpus: real-world look-alikes and CPR numbers in sentences.
fn corpus() -> Vec<(Label, String, String)> {
    read(include_str!("corpus/cpr-detector.tsv"))
}

/// The systematic corpus written by tests/corpus/groupings.mjs.
fn groupings() -> Vec<(Label, String, String)> {
    read(include_str!("corpus/cpr-groupings.tsv"))
}

/// Whether the detector finds the whole number in `text`: something found, every range holding
/// at least ten digits, and nothing CPR-shaped left once masked.
fn caught(text: &str) -> Result<(), String> {
    let found = find_cpr_like(text);
    let (masked, hit) = mask_cpr_like(text, "[X]");
    let whole = found
        .iter()
        .all(|&(s, e)| text[s..e].chars().filter(char::is_ascii_digit).count() >= 10);
    if hit && whole && find_cpr_like(&masked).is_empty() {
        Ok(())
    } else {
        Err(masked)
    }
}

#[test]
fn the_detector_catches_every_cpr_number_and_nothing_else_in_its_corpus() {
    let cases: Vec<_> = corpus().into_iter().chain(groupings()).collect();
    let (mut caught_n, mut cpr_total, mut left, mut not_total) = (0, 0, 0, 0);
    let (mut alike_caught, mut alike_total) = (0, 0);
    let mut failures = Vec::new();
    for (label, text, why) in &cases {
        match label {
            Label::Cpr | Label::Alike => {
                let (n, total) = if *label == Label::Cpr {
                    (&mut caught_n, &mut cpr_total)
                } else {
                    (&mut alike_caught, &mut alike_total)
                };
                *total += 1;
                match caught(text) {
                    Ok(()) => *n += 1,
                    Err(masked) => failures.push(format!("missed {text:?} ({why}) -> {masked:?}")),
                }
            }
            Label::Not => {
                not_total += 1;
                let found = find_cpr_like(text);
                if found.is_empty() {
                    left += 1;
                } else {
                    let spans: Vec<&str> = found.iter().map(|&(s, e)| &text[s..e]).collect();
                    failures.push(format!("false alarm {text:?} ({why}): {spans:?}"));
                }
            }
        }
    }
    // Straight to stderr, past libtest's capture of a passing test's output, so the figures
    // show in every test run.
    let _ = writeln!(
        std::io::stderr(),
        "cpr detector: {caught_n}/{cpr_total} caught, {left}/{not_total} left alone, \
         {alike_caught}/{alike_total} look-alikes it cannot tell apart masked (docs/privacy.md)"
    );
    assert!(
        cpr_total >= 1000 && not_total >= 1000 && alike_total >= 5,
        "the corpus needs its systematic part and its documented look-alikes"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The compositions of `n` into `k` positive parts.
fn compositions(n: usize, k: usize) -> Vec<Vec<usize>> {
    if k == 1 {
        return vec![vec![n]];
    }
    (1..=n + 1 - k)
        .flat_map(|first| {
            compositions(n - first, k - 1)
                .into_iter()
                .map(move |mut rest| {
                    rest.insert(0, first);
                    rest
                })
        })
        .collect()
}

#[test]
fn the_systematic_corpus_has_every_grouping_with_every_separator() {
    let lines = groupings();
    for k in 2..=5 {
        for sizes in compositions(10, k) {
            let sizes: Vec<String> = sizes.iter().map(usize::to_string).collect();
            for kind in ["space", "dot", "dash", "slash"] {
                let shape = format!("{} {kind};", sizes.join("+"));
                let of = |label: Label| {
                    lines
                        .iter()
                        .filter(|(l, _, why)| *l == label && why.starts_with(&shape))
                        .count()
                };
                assert_eq!(of(Label::Cpr), 1, "a CPR number written {shape}");
                assert_eq!(of(Label::Not), 3, "look-alikes written {shape}");
            }
        }
    }
    assert_eq!(
        compositions(10, 2).len()
            + compositions(10, 3).len()
            + compositions(10, 4).len()
            + compositions(10, 5).len(),
        255
    );
    // The legal review's two groupings, spelled out.
    for text in ["0101-80-1234", "0101 80 1234"] {
        assert_eq!(caught(text), Ok(()), "{text}");
    }
}

#[test]
fn the_corpus_escapes_are_read() {
    assert_eq!(unescape("a\\u{200E}b\\nc\\td"), "a\u{200E}b\nc\td");
    let cases = corpus();
    assert!(cases.iter().any(|(_, t, _)| t.contains('\u{202D}')));
    assert!(cases.iter().any(|(_, t, _)| t.is_empty()));
    assert!(groupings().iter().any(|(_, t, _)| t.contains('\u{00A0}')));
}
