//! "Fejl: " before the page title while a widget shows errors (DKFDS, GOV.UK), so a screen
//! reader user hears it on the title too. The title is the host page's, shared with any other
//! widget on it. It fails quietly: without a document nothing is written, and a title the host
//! changed meanwhile is taken over rather than overwritten.

use crate::ui::browser::document::document;

/// Several widgets on one page share the document title, so the "Fejl: " prefix is kept by a
/// count on `<html>` rather than by each widget: `data-srw-errors` holds how many widgets
/// show errors, `data-srw-title` the host's title read when the first of them began, and
/// `data-srw-title-set` the title the widgets last wrote. A widget calls this when it starts
/// showing errors (or changes language while showing them) with the prefix in its language,
/// and [`title_errors_end`] when it stops; the title is `prefix + host title` while the count
/// is above 0. If the host changed the title meanwhile (a single-page app), its new title is
/// taken as the base.
pub fn title_errors_begin(prefix: &str) {
    let Some(d) = document() else { return };
    let Some(root) = d.document_element() else {
        return;
    };
    let count = error_count(&root);
    let current = d.title();
    let base = match (
        root.get_attribute(TITLE_BASE),
        root.get_attribute(TITLE_SET),
    ) {
        (Some(base), Some(set)) if count > 0 && set == current => base,
        _ => current,
    };
    let title = [prefix, &base].concat();
    d.set_title(&title);
    let _ = root.set_attribute(ERRORS, &(count + 1).to_string());
    let _ = root.set_attribute(TITLE_BASE, &base);
    let _ = root.set_attribute(TITLE_SET, &title);
}

/// The other half of [`title_errors_begin`]: one widget fewer shows errors; at 0 the host's
/// title comes back (unless the host has set another one since) and the attributes go.
pub fn title_errors_end() {
    let Some(d) = document() else { return };
    let Some(root) = d.document_element() else {
        return;
    };
    let count = error_count(&root);
    if count > 1 {
        let _ = root.set_attribute(ERRORS, &(count - 1).to_string());
        return;
    }
    if let (Some(base), Some(set)) = (
        root.get_attribute(TITLE_BASE),
        root.get_attribute(TITLE_SET),
    ) {
        if d.title() == set {
            d.set_title(&base);
        }
    }
    for name in [ERRORS, TITLE_BASE, TITLE_SET] {
        let _ = root.remove_attribute(name);
    }
}

const ERRORS: &str = "data-srw-errors";
const TITLE_BASE: &str = "data-srw-title";
const TITLE_SET: &str = "data-srw-title-set";

fn error_count(root: &web_sys::Element) -> u32 {
    root.get_attribute(ERRORS)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
