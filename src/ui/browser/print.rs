//! Printing the letter alone, whatever the host page around it looks like. It fails quietly:
//! without a window, a body or the letter nothing is printed, and a copy left behind by a print
//! that never reported its end is cleared by the next one.

use crate::ui::browser::document::document;
use wasm_bindgen::JsCast;

/// Prints the letter with id `letter_id` alone, from the top of the first page, whatever the
/// host page's layout. A copy of the letter goes into a `.srw .srw-print-root` container at the
/// end of `<body>`, and `html.srw-printing` makes the print styles (widget.css) hide every
/// other child of `<body>` and reset `html` and `body`. A copy rather than hiding what is
/// around the original: a tall header, sidebars, an ancestor with `position`, `transform`,
/// `overflow: hidden`, grid columns or a page-high wrapper would still shape the printed pages
/// (blank pages, a letter pushed down or cut off). The copy has no ids (they stay unique).
/// Class and copy go on `afterprint`, since `print()` does not block in every browser
/// (mobile); a copy left over from a print that never reported its end is replaced by the next.
pub fn print_letter(letter_id: &str) {
    let Some(win) = web_sys::window() else { return };
    let Some(d) = document() else { return };
    end_printing(&d);
    let (Some(root), Some(body), Some(letter)) = (
        d.document_element(),
        d.body(),
        d.get_element_by_id(letter_id),
    ) else {
        return;
    };
    if print_copy(&d, &body, &letter).is_none() {
        return;
    }
    let _ = root.class_list().add_1("srw-printing");
    let target = d.clone();
    let done = wasm_bindgen::closure::Closure::once_into_js(move || end_printing(&target));
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_once(true);
    let listening = win
        .add_event_listener_with_callback_and_add_event_listener_options(
            "afterprint",
            done.unchecked_ref(),
            &opts,
        )
        .is_ok();
    let _ = win.print();
    if !listening {
        end_printing(&d);
    }
}

/// Appends to `body` a container that carries the widget root's class and language (so the
/// widget's styles and the reader's language apply) holding a deep copy of `letter` without ids.
fn print_copy(
    d: &web_sys::Document,
    body: &web_sys::HtmlElement,
    letter: &web_sys::Element,
) -> Option<()> {
    let container = d.create_element("div").ok()?;
    container.set_class_name("srw srw-print-root");
    if let Some(lang) = letter
        .closest(".srw")
        .ok()
        .flatten()
        .and_then(|w| w.get_attribute("lang"))
    {
        let _ = container.set_attribute("lang", &lang);
    }
    let copy: web_sys::Element = letter.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    copy.remove_attribute("id").ok()?;
    copy.remove_attribute("tabindex").ok()?;
    let with_ids = copy.query_selector_all("[id]").ok()?;
    for i in 0..with_ids.length() {
        if let Some(el) = with_ids
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.remove_attribute("id");
        }
    }
    container.append_child(&copy).ok()?;
    body.append_child(&container).ok()?;
    Some(())
}

/// Ends printing: removes the class from `<html>` and every print copy.
fn end_printing(d: &web_sys::Document) {
    if let Some(root) = d.document_element() {
        let _ = root.class_list().remove_1("srw-printing");
    }
    if let Ok(copies) = d.query_selector_all(".srw-print-root") {
        for i in 0..copies.length() {
            if let Some(el) = copies
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                el.remove();
            }
        }
    }
}
