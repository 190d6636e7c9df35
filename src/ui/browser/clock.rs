//! The clock: the time a draft is stamped with and a calendar file is made at. It cannot fail:
//! `Date.now()` is in every JavaScript engine.

/// Milliseconds since the Unix epoch, as the browser's clock says.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
