//! Writes the pre-rendered start step (`stevns_rights_wizard::prerender`) for each language:
//! `prerender.da.html`, `prerender.en.html` in the folder given as the only argument, and the
//! English texts as their own file, `texts.en.json` (see
//! `stevns_rights_wizard::core::text::parse_english`), for release builds with `english-file`.
//! Exit code 2 on a missing argument or a file that cannot be written.
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <output folder>");
        return ExitCode::from(2);
    };
    for (lang, html) in stevns_rights_wizard::prerender::start_steps() {
        let path = dir.join(format!("prerender.{}.html", lang.code()));
        if let Err(e) = std::fs::write(&path, html) {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    let path = dir.join("texts.en.json");
    if let Err(e) = std::fs::write(&path, stevns_rights_wizard::core::text::english_file()) {
        eprintln!("prerender: cannot write {}: {e}", path.display());
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
