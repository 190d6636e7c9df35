//! Loading the English texts when they are a file of their own (`texts.en.json`, release
//! builds with feature `english-file`). It fails quietly: a missing loader, a failed fetch or a
//! file from another release leaves the widget in Danish, with a console warning for the
//! editors and a notice for the citizen (`components/texts_notice.rs`).

use crate::core::text::{english_version, has, install_english, EnglishFileError};
use crate::core::Lang;
use wasm_bindgen::{JsCast, JsValue};

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
/// is refused by [`install_english`], with a console warning each time.
/// Without the loader (no global, e.g. a page that started the glue before the loader ran)
/// the answer is `false`, with a console warning.
///
/// Bytes, not a string: wasm-bindgen copies a JS string into the wasm memory with room for
/// three bytes per character, and the allocator keeps what it grew; for this 35 KB file a
/// string costs 128 KiB of wasm memory for good (1,441,792 bytes after switching on the send
/// page, against 1,310,720 as bytes).
pub fn load_texts(lang: Lang, done: impl FnOnce(bool) + 'static) {
    if has(lang) {
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
                &JsValue::from_str(&english_version()),
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
    // Handed to JavaScript with `forget`, as in `clipboard::copy`: freed once the promise has
    // settled.
    let on_text = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::once(
        move |text: JsValue| {
            let installed = text.dyn_into::<js_sys::Uint8Array>().ok().map(|bytes| {
                String::from_utf8(bytes.to_vec())
                    .map_err(|_| EnglishFileError::NotJson)
                    .and_then(|t| install_english(&t))
            });
            if let Some(Err(_)) = installed {
                TEXTS_REFUSED.set(true);
                gloo::console::warn!(
                    "Stevns rights wizard: texts.en.json is not this release's file; staying in Danish"
                );
            }
            done(has(lang))
        },
    );
    let _ = promise.then(&on_text);
    on_text.forget();
}
