//! The few browser calls the components need. Each fails quietly: a missing element or a
//! refused API must never break the widget.

use wasm_bindgen::{JsCast, JsValue};

/// An element id: the widget's prefix and a name ("srw1-" + "heading"). Plain concatenation:
/// each `format!` call site costs the bundle code, and there are dozens (issue 7).
pub fn id(prefix: &str, name: &str) -> String {
    [prefix, name].concat()
}

/// The heading tag for `level`, clamped to h1–h6.
pub fn h(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6) - 1)]
}

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Focuses the element with `id`, if it exists. Headings and the error summary carry
/// `tabindex="-1"` so they can take focus.
pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

pub fn title() -> String {
    document().map(|d| d.title()).unwrap_or_default()
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Copies `text` to the clipboard, then calls `done(true)`, or `done(false)` when the browser
/// refuses (no permission, insecure context, no Clipboard API). A promise callback rather than
/// an `async fn`: the futures executor cost the bundle 0.75 KB brotli for this one call (issue 7).
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

/// Offers `text` as a UTF-8 file download of type `mime` (e.g. "text/plain").
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let d = document().ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = d.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_attribute("hidden", "")?;
    let body = d.body().ok_or(JsValue::NULL)?;
    body.append_child(&a)?;
    a.click();
    let _ = body.remove_child(&a);
    // Revoking at once can cancel the download in some browsers (Safari, older Firefox).
    gloo::timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Prints only the letter: the class on `<html>` makes the print styles hide the host page.
/// It is removed on `afterprint`, since `print()` does not block in every browser (mobile).
pub fn print_letter() {
    let Some(win) = web_sys::window() else { return };
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.class_list().add_1("srw-printing");
    let target = root.clone();
    let done = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = target.class_list().remove_1("srw-printing");
    });
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
        let _ = root.class_list().remove_1("srw-printing");
    }
}

/// The tab's sessionStorage; `None` where the browser refuses it (privacy modes, sandboxes).
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn session_get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

pub fn session_set(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

pub fn session_remove(key: &str) {
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
}

/// The storage key for one widget on one page.
pub fn draft_key(id_prefix: &str) -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    format!("stevns-rights-wizard:{path}:{id_prefix}")
}

/// 64 random bits for a reference seed or a tab id: `Math.random` mixed with the clock.
/// Not for secrets; a reference only has to differ from the other letters'.
pub fn random_u64() -> u64 {
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    random ^ (js_sys::Date::now() as u64).rotate_left(21)
}

/// The current value of the text input or text area with `id`, as the citizen sees it;
/// `None` if there is no such control.
pub fn control_value(id: &str) -> Option<String> {
    let el = document()?.get_element_by_id(id)?;
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

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
