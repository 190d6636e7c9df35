//! The CPR-number detector against its labelled corpus (tests/corpus/cpr-detector.tsv): every
//! line labelled `cpr` must be found and masked, every line labelled `not` left alone. The
//! figures are written to stderr past the test harness's capture, so every `cargo test` shows them.

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

fn corpus() -> Vec<(bool, String, String)> {
    include_str!("corpus/cpr-detector.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let label = cols.next().unwrap_or_default();
            let text = unescape(cols.next().unwrap_or_default());
            let why = cols.next().unwrap_or_default().to_string();
            assert!(label == "cpr" || label == "not", "bad label in {l:?}");
            (label == "cpr", text, why)
        })
        .collect()
}

#[test]
fn the_detector_catches_every_cpr_number_and_nothing_else_in_its_corpus() {
    let cases = corpus();
    let (mut caught, mut cpr_total, mut left, mut not_total) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for (is_cpr, text, why) in &cases {
        let found = find_cpr_like(text);
        if *is_cpr {
            cpr_total += 1;
            let (masked, hit) = mask_cpr_like(text, "[X]");
            // Each range holds a whole number: its ten digits go, and nothing CPR-shaped stays.
            let whole = found
                .iter()
                .all(|&(s, e)| text[s..e].chars().filter(char::is_ascii_digit).count() >= 10);
            if hit && whole && find_cpr_like(&masked).is_empty() {
                caught += 1;
            } else {
                failures.push(format!("missed {text:?} ({why}) -> {masked:?}"));
            }
        } else {
            not_total += 1;
            if found.is_empty() {
                left += 1;
            } else {
                let spans: Vec<&str> = found.iter().map(|&(s, e)| &text[s..e]).collect();
                failures.push(format!("false alarm {text:?} ({why}): {spans:?}"));
            }
        }
    }
    // Straight to stderr, past libtest's capture of a passing test's output, so the figures
    // show in every test run.
    let _ = writeln!(
        std::io::stderr(),
        "cpr detector: {caught}/{cpr_total} caught, {left}/{not_total} left alone"
    );
    assert!(
        cpr_total >= 150 && not_total >= 150,
        "the corpus needs 150 of each"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_corpus_escapes_are_read() {
    assert_eq!(unescape("a\\u{200E}b\\nc\\td"), "a\u{200E}b\nc\td");
    let cases = corpus();
    assert!(cases.iter().any(|(_, t, _)| t.contains('\u{202D}')));
    assert!(cases.iter().any(|(_, t, _)| t.is_empty()));
}
