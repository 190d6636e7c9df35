//! Detecting a duplicated tab, so that each tab's letters have their own reference.
//! Duplicating a browser tab copies its sessionStorage, and with it the draft's seed and so its
//! reference number: two tabs would make two letters with the same reference. This module
//! finds out whether the page runs in such a copy; the core's
//! [`crate::core::reducer::Action::Reseed`] then gives its letters their own reference.
//!
//! * Each tab keeps a random id in sessionStorage (key [`TAB_KEY`]; not personal data). A new
//!   tab with no id takes a fresh one: nothing was copied.
//! * A **reload** (`PerformanceNavigationTiming.type == "reload"`) is the same tab: it keeps
//!   its id and never asks, so a reload always keeps the reference.
//! * Any other load that found an id — a duplicated tab, which Chromium reports as
//!   `back_forward` (a restored history entry, as the HTML standard has tab restore do), but
//!   also a back/forward or a link back to the page in the same tab — asks the other tabs of
//!   the origin on a `BroadcastChannel` whether one of them holds that id. Only a live tab
//!   that still has it answers; then this page is the copy: it takes a new id, and every
//!   widget in it a new seed. In the same tab the earlier page is gone, nobody answers and
//!   nothing changes.
//! * Answers count for [`ANSWER_WINDOW_MS`] only: a frozen background tab that wakes up later
//!   must not change a reference the citizen may already have used.
//! * Without `BroadcastChannel` or sessionStorage nothing happens (the reference stays): it
//!   fails quietly, since a shared reference is a nuisance and a broken widget is not an option.

use crate::ui::browser::clock::now_ms;
use crate::ui::browser::random::random_u64;
use crate::ui::browser::storage::{session_get, session_set};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// The sessionStorage key of the tab id.
pub const TAB_KEY: &str = "stevns-rights-wizard:tab";
const CHANNEL: &str = "stevns-rights-wizard:tab";
/// How long after asking an answer still makes this page a copy, in milliseconds.
pub const ANSWER_WINDOW_MS: f64 = 1000.0;

struct Tab {
    id: String,
    channel: Option<web_sys::BroadcastChannel>,
    /// Answers arriving before this time (ms since the epoch) make this page a copy.
    asking_until: f64,
    copy: bool,
    listeners: Vec<Callback<()>>,
}

thread_local! {
    static TAB: RefCell<Option<Tab>> = const { RefCell::new(None) };
}

fn new_id() -> String {
    format!("{:016x}", random_u64())
}

/// "reload", "navigate", "back_forward" or "prerender"; empty where the browser does not say.
fn navigation_type() -> String {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.get_entries_by_type("navigation").get(0))
        .filter(|entry| !entry.is_undefined())
        .and_then(|entry| js_sys::Reflect::get(&entry, &JsValue::from_str("type")).ok())
        .and_then(|t| t.as_string())
        .unwrap_or_default()
}

fn post(channel: &web_sys::BroadcastChannel, message: &str) {
    let _ = channel.post_message(&JsValue::from_str(message));
}

/// A message from another tab: "q:<id>" asks who holds `<id>`, "a:<id>" answers "I do".
fn on_message(data: &str) {
    let notify = TAB.with(|tab| {
        let mut tab = tab.borrow_mut();
        let tab = tab.as_mut()?;
        if let Some(asked) = data.strip_prefix("q:") {
            if asked == tab.id {
                if let Some(channel) = &tab.channel {
                    post(channel, &["a:", &tab.id].concat());
                }
            }
            return None;
        }
        let answered = data.strip_prefix("a:")?;
        if answered != tab.id || tab.copy || now_ms() > tab.asking_until {
            return None;
        }
        tab.copy = true;
        tab.asking_until = 0.0;
        tab.id = new_id();
        session_set(TAB_KEY, &tab.id);
        Some(tab.listeners.clone())
    });
    // Outside the borrow: a listener dispatches to a widget's reducer.
    for listener in notify.unwrap_or_default() {
        listener.emit(());
    }
}

/// Starts the check for this page, once.
fn init() {
    if TAB.with(|t| t.borrow().is_some()) {
        return;
    }
    let stored = session_get(TAB_KEY);
    let id = stored.clone().unwrap_or_else(new_id);
    if stored.is_none() {
        session_set(TAB_KEY, &id);
    }
    let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
    if let Some(channel) = &channel {
        let handler =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
                if let Some(data) = e.data().as_string() {
                    on_message(&data);
                }
            });
        channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        // The channel listens for the page's whole life.
        handler.forget();
    }
    let ask = stored.is_some() && navigation_type() != "reload";
    TAB.with(|t| {
        *t.borrow_mut() = Some(Tab {
            id: id.clone(),
            channel: channel.clone(),
            asking_until: if ask {
                now_ms() + ANSWER_WINDOW_MS
            } else {
                0.0
            },
            copy: false,
            listeners: Vec::new(),
        })
    });
    if let (true, Some(channel)) = (ask, &channel) {
        post(channel, &["q:", &id].concat());
    }
}

/// Calls `listener` once if this page turns out to run in a copy of another tab (at once if
/// that is already known). Starts the check on first use.
pub fn on_copy(listener: Callback<()>) {
    init();
    let known = TAB.with(|t| {
        let mut t = t.borrow_mut();
        match t.as_mut() {
            Some(tab) if tab.copy => true,
            Some(tab) => {
                tab.listeners.push(listener.clone());
                false
            }
            None => false,
        }
    });
    if known {
        listener.emit(());
    }
}
