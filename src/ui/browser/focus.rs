//! Moving keyboard focus: to a step's heading, the error summary, a field, or back to the
//! control that had it. It fails quietly: an element that is gone (a page rebuilt meanwhile)
//! or that refuses focus leaves focus where it was, which is never worse than a broken widget.

use crate::ui::browser::document::document;
use wasm_bindgen::JsCast;

/// Focuses the element with `id`, if it exists, and brings it into view with what names it:
/// for a form control its label or legend (see `label_or_legend`), otherwise the element
/// itself. Headings and the error summary carry `tabindex="-1"` so they can take focus.
pub fn focus_id(id: &str) {
    focus_showing(id, None);
}

/// Focuses the element with `id` the way GOV.UK's error summary focuses a field
/// (govuk-frontend `ErrorSummary.focusTarget`): first scroll what explains it into view —
/// `context` if given (the heading's "Trin 2 af 7" caption, which stands above it), else the
/// control's label or legend, else the element — then focus it without a second scroll
/// (`preventScroll`). The scroll aligns that element's top with the top of the window minus
/// its `scroll-margin-top`, which widget.css takes from `--srw-scroll-offset`, so a sticky or
/// fixed host header does not cover it. Nothing happens if the element is missing.
pub fn focus_showing(id: &str, context: Option<&str>) {
    let Some(d) = document() else { return };
    let Some(el) = d
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let shown = context
        .and_then(|c| d.get_element_by_id(c))
        .or_else(|| label_or_legend(&d, &el))
        .unwrap_or_else(|| el.clone().into());
    shown.scroll_into_view();
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = el.focus_with_options(&opts);
}

/// What names a form control, to show above it when it takes focus (govuk-frontend
/// `getAssociatedLegendOrLabel`): the legend of its fieldset for a radio or checkbox; for
/// another control the legend only if the control would still end in the top half of the
/// window (so it is not pushed off screen or under the keyboard), else its `<label for>`.
/// `None` for anything that is not a control in a fieldset or with a label.
fn label_or_legend(d: &web_sys::Document, el: &web_sys::HtmlElement) -> Option<web_sys::Element> {
    let legend = el
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|f| f.query_selector("legend").ok().flatten());
    if let Some(legend) = legend {
        let kind = el
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|i| i.type_())
            .unwrap_or_default();
        if kind == "radio" || kind == "checkbox" {
            return Some(legend);
        }
        let window_height = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if window_height > 0.0
            && el.get_bounding_client_rect().bottom() - legend.get_bounding_client_rect().top()
                < window_height / 2.0
        {
            return Some(legend);
        }
    }
    d.query_selector(&["label[for=\"", &el.id(), "\"]"].concat())
        .ok()
        .flatten()
        .or_else(|| el.closest("label").ok().flatten())
}

/// Focuses the `index`th `<button>` (document order) inside `root`, if there is one.
pub fn focus_nth_button(root: &yew::NodeRef, index: u32) {
    let button = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector_all("button").ok())
        .and_then(|list| list.item(index))
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}

/// The id of the element with keyboard focus, if it is inside `root` and has one.
pub fn focused_id_within(root: &yew::NodeRef) -> Option<String> {
    let focused = document()?.active_element()?;
    let root = root.cast::<web_sys::Element>()?;
    (root.contains(Some(focused.as_ref())) && !focused.id().is_empty()).then(|| focused.id())
}

/// Focuses the element with `id` once the render under way is done (a zero-delay timer runs
/// after Yew's scheduler), without scrolling: it is the same control in a page rebuilt in place.
pub fn refocus_after_render(id: String) {
    gloo::timers::callback::Timeout::new(0, move || {
        let el = document()
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    })
    .forget();
}
