//! The page's document. `None` where there is none (no window, a native build): every browser
//! call then does nothing, since a missing browser part must never break the widget.

/// The page's document, if there is a window with one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
