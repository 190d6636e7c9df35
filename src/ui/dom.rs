//! The few browser calls the components need. Each fails quietly: a missing element or a
//! refused API must never break the widget.

use crate::core::Lang;
use wasm_bindgen::{JsCast, JsValue};

/// An element id: the widget's prefix and a name ("srw1-" + "heading"). Plain concatenation:
/// each `format!` call site costs the bundle code, and there are dozens.
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

/// Focuses the element with `id`, if it exists, and brings it into view with what names it:
/// for a form control its label or legend (see [`label_or_legend`]), otherwise the element
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

thread_local! {
    /// The loader's texts file was refused once: the next ask has it fetched afresh.
    static TEXTS_REFUSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Makes the texts of `lang` available, then calls `done(true)`; `done(false)` if they cannot
/// be had. Danish, and English in builds without the `english-file` feature, are in the
/// bundle: `done(true)` at once. Otherwise the loader's `StevnsRightsWizard.loadTexts(lang,
/// version, refused)` (embed/rights-wizard.js; `refused` after a file was refused here)
/// fetches `texts.<lang>.json` from the widget's folder and resolves to its bytes (a
/// `Uint8Array`), or to `null` on any failure; a file that is not UTF-8 or not this release's
/// is refused by [`crate::core::text::install_english`], with a console warning each time.
/// Without the loader (no global, e.g. a page that started the glue before the loader ran)
/// the answer is `false`, with a console warning.
///
/// Bytes, not a string: wasm-bindgen copies a JS string into the wasm memory with room for
/// three bytes per character, and the allocator keeps what it grew; for this 35 KB file that was
/// 128 KiB of wasm memory for good (1,441,792 bytes after switching on the send page, against
/// 1,310,720 as bytes).
pub fn load_texts(lang: Lang, done: impl FnOnce(bool) + 'static) {
    if crate::core::text::has(lang) {
        return done(true);
    }
    let promise = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("StevnsRightsWizard")).ok())
        .and_then(|g| js_sys::Reflect::get(&g, &JsValue::from_str("loadTexts")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| {
            f.call3(
                &JsValue::NULL,
                &JsValue::from_str(lang.code()),
                &JsValue::from_str(&crate::core::text::english_version()),
                &JsValue::from_bool(TEXTS_REFUSED.get()),
            )
            .ok()
        })
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        gloo::console::warn!(
            "Stevns rights wizard: no loader (rights-wizard.js, run before the widget starts) to fetch texts.en.json; staying in Danish"
        );
        return done(false);
    };
    // Handed to JavaScript with `forget`, as in `copy`: freed once the promise has settled.
    let on_text = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::once(
        move |text: JsValue| {
            let installed = text.dyn_into::<js_sys::Uint8Array>().ok().map(|bytes| {
                String::from_utf8(bytes.to_vec())
                    .map_err(|_| crate::core::text::EnglishFileError::NotJson)
                    .and_then(|t| crate::core::text::install_english(&t))
            });
            if let Some(Err(_)) = installed {
                TEXTS_REFUSED.set(true);
                gloo::console::warn!(
                    "Stevns rights wizard: texts.en.json is not this release's file; staying in Danish"
                );
            }
            done(crate::core::text::has(lang))
        },
    );
    let _ = promise.then(&on_text);
    on_text.forget();
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

/// The tab's sessionStorage; `None` where the browser refuses it (privacy modes, sandboxes),
/// and in native builds (the build-time pre-render, `crate::prerender`), which have no browser.
fn session() -> Option<web_sys::Storage> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
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
    let path = if cfg!(target_arch = "wasm32") {
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default()
    } else {
        String::new()
    };
    format!("stevns-rights-wizard:{path}:{id_prefix}")
}

/// 64 random bits for a reference seed or a tab id: `Math.random` mixed with the clock.
/// Not for secrets; a reference only has to differ from the other letters'.
pub fn random_u64() -> u64 {
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    random ^ (js_sys::Date::now() as u64).rotate_left(21)
}

/// What the text fields of the current page show, read from the page (not from the state):
/// browsers and password managers that autofill without `input` or `change` events leave the
/// state behind what the citizen sees. `(field, value)` for every text field that exists.
pub fn shown_text_values(
    s: &crate::core::State,
    prefix: &str,
) -> Vec<(crate::core::Field, String)> {
    use crate::core::fields::Control;
    s.page_fields()
        .into_iter()
        .filter(|f| matches!(f.control, Control::Line { .. } | Control::Area))
        .filter_map(|f| Some((f.field, control_value(&id(prefix, f.field.slug()))?)))
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

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
