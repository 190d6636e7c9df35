//! Writes the DPO's review sheet (`stevns_rights_wizard::legal_sheet`): `legal-sheet.html` and
//! `sources.html` (docs/sources.md as HTML, which the sheet links to) in the folder given as
//! the only argument. Prints the counts and the readability figures.
//!
//! Exit code 2 on a missing argument, a file that cannot be written, or a problem that stops
//! a release (a citation without an entry in docs/sources.md, a letter example that does not
//! reach the send page): the files are still written, so the problem can be seen on the sheet.
use std::path::PathBuf;
use std::process::ExitCode;
use stevns_rights_wizard::legal_sheet::{build, html};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: legal-sheet <output folder>");
        return ExitCode::from(2);
    };
    let sheet = build();
    for (name, content) in [
        ("legal-sheet.html", html::sheet_document(&sheet)),
        ("sources.html", html::sources_document()),
    ] {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, content) {
            eprintln!("legal-sheet: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    let f = &sheet.figures;
    let worst = f
        .worst
        .map(|(m, lix)| format!("{m:?} {lix:.1}"))
        .unwrap_or_default();
    let about = f
        .about
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(r, lix)| format!("{} {lix:.1}", r.slug()))
        .unwrap_or_default();
    println!(
        "legal-sheet: {} legal texts, {} letters, in {}; LIX: catalogue {:.1}, hardest about page {about}, hardest legal text {worst} ({} above {})",
        sheet.texts.len(),
        sheet.letters.len(),
        dir.join("legal-sheet.html").display(),
        f.catalogue,
        f.over,
        stevns_rights_wizard::legal_sheet::TARGET_TEXT,
    );
    for t in sheet.nowhere() {
        println!("legal-sheet: found on no page and in no letter: {}", t.key);
    }
    if !sheet.problems.is_empty() {
        for p in &sheet.problems {
            eprintln!("legal-sheet: {p}");
        }
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
