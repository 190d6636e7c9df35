//! No dead widget: release builds abort on a panic, which would leave a frozen form. The hook
//! replaces every started widget with a short message and the municipality's contact details,
//! in both languages, built as text nodes (nothing from the citizen is shown).
//!
//! * The hook must be installed with [`yew::set_custom_panic_hook`]: `yew::Renderer::render`
//!   replaces any hook set with `std::panic::set_hook` by its own console logger.
//! * With `panic = "abort"` std still runs the hook first, then aborts: on wasm32 the abort is
//!   an `unreachable` trap, which ends the running call and leaves the instance unusable. The
//!   message is in the DOM by then, and a dead instance cannot touch it again.

use crate::core::Config;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The configuration of the last widget mounted, for the contact details after a panic.
    static CONTACT: RefCell<Option<Config>> = const { RefCell::new(None) };
}

/// Remembers a widget's configuration so the panic message names its municipality.
pub fn remember(config: &Config) {
    CONTACT.with(|c| *c.borrow_mut() = Some(config.clone()));
}

/// Installs the guard. Call it before the first widget is rendered.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Stevns rights wizard stopped: {info}").into());
        replace_widgets();
    }));
}

/// Replaces every started widget by the contact message (the hook calls this).
pub fn replace_widgets() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = doc.query_selector_all("[data-rights-wizard-started]") else {
        return;
    };
    let c = CONTACT.with(|c| c.borrow().clone()).unwrap_or_default();
    let da = format!(
        "Der opstod en fejl i formularen. Dine svar er ikke sendt. Kontakt {} på telefon {} eller skriv med Digital Post via borger.dk.",
        c.municipality, c.phone
    );
    let en = format!(
        "Something went wrong in the form. Nothing has been sent. Contact {} by phone on {} or write by Digital Post via borger.dk.",
        c.municipality, c.phone
    );
    for i in 0..nodes.length() {
        let Some(el) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        el.set_text_content(None);
        let _ = el.set_attribute("data-rights-wizard-failed", "panic");
        let _ = el.set_attribute("role", "alert");
        for (lang, text) in [("da", &da), ("en", &en)] {
            if let Ok(p) = doc.create_element("p") {
                let _ = p.set_attribute("lang", lang);
                p.set_text_content(Some(text));
                let _ = el.append_child(&p);
            }
        }
        if let Ok(a) = doc.create_element("a") {
            let _ = a.set_attribute("href", &c.digital_post_url);
            a.set_text_content(Some("borger.dk – Digital Post"));
            let _ = el.append_child(&a);
        }
    }
}
