//! Getting the letter onto the clipboard: copied by the Clipboard API, or selected for the
//! citizen to copy by hand. It fails quietly: browsers refuse the clipboard without permission
//! or a secure context, and the caller then selects the letter and says so.

use crate::ui::browser::document::document;
use wasm_bindgen::{JsCast, JsValue};

/// Copies `text` to the clipboard, then calls `done(true)`, or `done(false)` when the browser
/// refuses (no permission, insecure context, no Clipboard API). A promise callback rather than
/// an `async fn`: the futures executor would cost the bundle 0.75 KB brotli for this one call.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        return done(false);
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    // Exactly one of the two callbacks runs; the shared cell hands `done` to it. Both are
    // handed to JavaScript with `forget`; wasm-bindgen frees them once the promise has settled
    // and the browser has collected them (its glue registers each with a FinalizationRegistry).
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = |ok: bool| {
        let done = done.clone();
        wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            if let Some(f) = done.take() {
                f(ok)
            }
        })
    };
    let (on_ok, on_err) = (settle(true), settle(false));
    let _ = clipboard.write_text(text).then2(&on_ok, &on_err);
    on_ok.forget();
    on_err.forget();
}

/// Selects the contents of the element with `id`, for copying by hand.
pub fn select_contents(id: &str) {
    let Some(d) = document() else { return };
    let (Some(el), Some(win)) = (d.get_element_by_id(id), web_sys::window()) else {
        return;
    };
    if let Ok(Some(sel)) = win.get_selection() {
        let _ = sel.select_all_children(&el);
    }
}
