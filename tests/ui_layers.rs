//! The house rule of `src/ui`, as `tests/core_layers.rs` keeps it for `src/core`: one file per
//! idea, listed bottom to top in `src/ui/mod.rs`, and each file uses only files listed before
//! it — so browser calls never reach up into components, components never into the root's
//! hooks, and the import graph tells the truth about who depends on whom.
//!
//! This reads the `crate::ui::…` paths in code (not in comments), including one level of
//! braces (`crate::ui::browser::{focus, title}`). A folder's `mod.rs` only declares its files
//! and is not listed.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

const UI: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");

/// The files in the order `mod.rs` lists them ("//! * `browser/focus.rs` — …"), without ".rs".
fn listed() -> Vec<String> {
    fs::read_to_string(format!("{UI}/mod.rs"))
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("//! * `")?.split_once(".rs`"))
        .map(|(name, _)| name.to_string())
        .collect()
}

/// Every `.rs` file under `dir` but the `mod.rs` files, as paths relative to `src/ui` without
/// ".rs" ("browser/focus").
fn on_disk(dir: &Path, under: &str, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if path.is_dir() {
            on_disk(&path, &format!("{under}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".rs").filter(|s| *s != "mod") {
            out.push(format!("{under}{stem}"));
        }
    }
}

/// The listed files a source text names in code: the longest listed file each
/// `crate::ui::a::b::…` path starts with ("browser/focus" for `crate::ui::browser::focus::x`).
fn uses(source: &str, files: &BTreeSet<String>) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect()
    };
    let mut out = BTreeSet::new();
    for line in source.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for (i, m) in line.match_indices("crate::ui::") {
            let rest = &line[i + m.len()..];
            let head = ident(rest);
            let paths: Vec<String> = match rest[head.len()..].strip_prefix('{') {
                Some(group) => group
                    .split('}')
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .map(|name| [head.as_str(), &ident(name)].concat())
                    .collect(),
                None => vec![head],
            };
            for path in paths {
                let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
                if let Some(file) = (1..=parts.len())
                    .rev()
                    .map(|n| parts[..n].join("/"))
                    .find(|f| files.contains(f))
                {
                    out.insert(file);
                }
            }
        }
    }
    out
}

#[test]
fn mod_rs_lists_every_ui_file_once() {
    let listed = listed();
    let mut files = Vec::new();
    on_disk(Path::new(UI), "", &mut files);
    files.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(sorted, files, "src/ui/mod.rs must list each file once");
}

#[test]
fn each_ui_file_uses_only_files_listed_before_it() {
    let listed = listed();
    let files: BTreeSet<String> = listed.iter().cloned().collect();
    let mut wrong = Vec::new();
    for (i, file) in listed.iter().enumerate() {
        let source = fs::read_to_string(format!("{UI}/{file}.rs")).unwrap();
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
    let files: BTreeSet<String> = ["ids", "browser/focus", "browser/title", "hooks/use_wizard"]
        .map(String::from)
        .into();
    let source = "use crate::ui::browser::{focus, title::title_errors_end};\n\
                  use crate::ui::ids;\n\
                  // crate::ui::hooks::use_wizard::Wizard is only mentioned here\n\
                  let x = crate::ui::browser::focus::focus_id(\"a\");";
    assert_eq!(
        uses(source, &files),
        ["browser/focus", "browser/title", "ids"]
            .map(String::from)
            .into()
    );
    assert!(uses("// use crate::ui::ids;", &files).is_empty());
    assert!(uses("use crate::ui::browser::clock::now_ms;", &files).is_empty());
}
