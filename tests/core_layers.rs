//! The house rule of `src/core`: one file per idea, listed bottom to top in `src/core/mod.rs`,
//! and each file uses only files listed before it — so the import graph has no circle and
//! tells the truth about who depends on whom.
//!
//! This reads the `use` lines (any `crate::core::<file>` path in code, not in comments).
//! Method calls do not show in `use` lines; the list's order was checked for them with the
//! compiler when it was written (each file's inherent methods compiled out in turn, every
//! error outside the file is a caller), and `mod.rs` states the rule for the next change.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;

const CORE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/core");

/// The files in the order `mod.rs` lists them ("//! * `steps.rs` — …").
fn listed() -> Vec<String> {
    fs::read_to_string(format!("{CORE}/mod.rs"))
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("//! * `")?.split_once(".rs`"))
        .map(|(name, _)| name.to_string())
        .collect()
}

/// The `src/core` files a source text names in code: `crate::core::<name>` paths, and the
/// types `mod.rs` re-exports (`crate::core::{Field, State}`), by the file they come from.
fn uses(source: &str, files: &BTreeSet<String>) -> BTreeSet<String> {
    const REEXPORTED: [(&str, &str); 10] = [
        ("Config", "config"),
        ("Date", "date"),
        ("Field", "fields"),
        ("Right", "rights"),
        ("Action", "reducer"),
        ("State", "state"),
        ("Flow", "steps"),
        ("Step", "steps"),
        ("Lang", "text"),
        ("Msg", "text"),
    ];
    let mut out = BTreeSet::new();
    for line in source.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for (_, rest) in line
            .match_indices("crate::core::")
            .map(|(i, m)| line.split_at(i + m.len()))
        {
            let names: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group.split('}').next().unwrap_or("").split(',').collect(),
                None => vec![rest],
            };
            for name in names {
                let name: String = name
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if files.contains(&name) {
                    out.insert(name);
                } else if let Some((_, file)) = REEXPORTED.iter().find(|(t, _)| *t == name) {
                    out.insert(file.to_string());
                }
            }
        }
    }
    out
}

#[test]
fn mod_rs_lists_every_core_file_once() {
    let listed = listed();
    let mut on_disk: Vec<String> = fs::read_dir(CORE)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".rs").map(String::from)
        })
        .filter(|n| n != "mod")
        .collect();
    on_disk.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(sorted, on_disk, "src/core/mod.rs must list each file once");
}

#[test]
fn each_core_file_uses_only_files_listed_before_it() {
    let listed = listed();
    let files: BTreeSet<String> = listed.iter().cloned().collect();
    let mut wrong = Vec::new();
    for (i, file) in listed.iter().enumerate() {
        let source = fs::read_to_string(format!("{CORE}/{file}.rs")).unwrap();
        for used in uses(&source, &files) {
            let at = listed.iter().position(|f| *f == used).unwrap();
            if at >= i && used != *file {
                wrong.push(format!("{file}.rs uses {used}.rs, listed after it"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_reader_finds_uses_in_paths_and_groups_but_not_in_comments() {
    let files: BTreeSet<String> = ["fields", "state", "text"].map(String::from).into();
    let source = "use crate::core::fields::Field;\n\
                  use crate::core::{Lang, State};\n\
                  // crate::core::text::fill is only mentioned here\n\
                  let x = crate::core::state::State::new();";
    assert_eq!(
        uses(source, &files),
        ["fields", "state", "text"].map(String::from).into()
    );
    assert!(uses("// use crate::core::fields;", &files).is_empty());
}
