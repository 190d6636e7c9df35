//! The tab's sessionStorage, where the draft and the tab's id are kept. It fails quietly:
//! privacy modes and sandboxed frames refuse storage, and then the widget keeps no draft (a
//! reload loses the answers) and cannot tell a duplicated tab (its reference stays the same).

/// The tab's sessionStorage; `None` where the browser refuses it (privacy modes, sandboxes),
/// and in native builds (the build-time pre-render, `crate::prerender`), which have no browser.
fn session() -> Option<web_sys::Storage> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()?.session_storage().ok().flatten()
}

/// The value kept under `key`; `None` if there is none or storage is refused.
pub fn session_get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

/// Keeps `value` under `key`; nothing happens if storage is refused or full.
pub fn session_set(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

/// Removes what is kept under `key`, if anything.
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
