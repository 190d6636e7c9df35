//! Offering text as a file to save (the letter, the calendar reminder). It reports failure
//! rather than panicking: a browser that refuses blobs or object URLs gets an `Err`, and the
//! page says the download failed and selects the letter instead.

use crate::ui::browser::document::document;
use wasm_bindgen::{JsCast, JsValue};

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
