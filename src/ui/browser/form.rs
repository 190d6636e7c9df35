//! Reading and setting what the form's text controls show. The page, not the state, is the
//! truth for what the citizen sees: autofill may fill a field without any event. It fails
//! quietly: a control that is gone is simply not read or written.

use crate::core::fields::Control;
use crate::core::{Field, State};
use crate::ui::browser::document::document;
use crate::ui::ids;
use wasm_bindgen::JsCast;

/// What the text fields of the current page show, read from the page (not from the state):
/// browsers and password managers that autofill without `input` or `change` events leave the
/// state behind what the citizen sees. `(field, value)` for every text field that exists.
pub fn shown_text_values(s: &State, prefix: &str) -> Vec<(Field, String)> {
    s.page_fields()
        .into_iter()
        .filter(|f| matches!(f.control, Control::Line { .. } | Control::Area))
        .filter_map(|f| Some((f.field, control_value(&ids::id(prefix, f.field.slug()))?)))
        .collect()
}

/// The current value of the text input or text area with `id`, as the citizen sees it;
/// `None` if there is no such control.
pub fn control_value(id: &str) -> Option<String> {
    value_of(&document()?.get_element_by_id(id)?)
}

/// The value a text input or text area shows; `None` for any other element.
pub fn value_of(el: &web_sys::Element) -> Option<String> {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(i.value());
    }
    el.dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(|t| t.value())
}

/// Writes `value` into a text input or text area, unless it already shows it (writing the same
/// value would move the caret to the end while the citizen types).
pub fn set_control_value(el: &web_sys::Element, value: &str) {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        if i.value() != value {
            i.set_value(value);
        }
    } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        if t.value() != value {
            t.set_value(value);
        }
    }
}
