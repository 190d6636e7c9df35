//! The host-page contract.
//!
//! * **Mount points**: every element with the attribute `data-rights-wizard`. Its children are
//!   the editor's fallback (contact details, a Digital Post link); they stay until the widget
//!   starts and are replaced only then, so they remain if the WebAssembly cannot load.
//! * **Configuration**, later layers winning, option by option: Stevns defaults; the JSON in the
//!   `<script type="application/json">` whose id the attribute `data-config` names; the data
//!   attributes in [`crate::core::config::DATA_ATTRIBUTES`]; and, only where the mount element
//!   has `data-url-params` (the demo page), the page URL's `lang`, `right`, `who`, `route` and
//!   `step` (for testers). Each bad option gives one `console.warn` and its default.
//! * **Events**: `CustomEvent`s on the mount element, bubbling: `rights-wizard:step` and
//!   `rights-wizard:handoff`, whose `detail` holds only `step`, `right`, `route` and `action`
//!   — fixed names, never anything the citizen typed.
//! * Starting twice on the same element does nothing the second time.

use crate::core::state::Step;
use crate::core::{Config, Date, Field, Right};
use crate::ui::app::{App, AppProps, WizardEvent};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

const MOUNT_ATTR: &str = "data-rights-wizard";
const STARTED_ATTR: &str = "data-rights-wizard-started";

thread_local! {
    static COUNTER: Cell<u32> = const { Cell::new(0) };
}

/// Mounts a widget on every mount element on the page that has none yet.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all(&format!("[{MOUNT_ATTR}]")) else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(el) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            mount(&document, el);
        }
    }
}

fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|| Date::from_days_since_epoch((js_sys::Date::now() / 86_400_000.0) as i64))
}

fn seed() -> u64 {
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    random ^ (js_sys::Date::now() as u64).rotate_left(21)
}

/// What the demo page's URL asks for: answers, a step, and attribute-like options.
struct UrlParameters {
    answers: Vec<(Field, String)>,
    step: Option<Step>,
    attributes: Vec<(&'static str, String)>,
}

fn url_parameters() -> UrlParameters {
    let mut out = UrlParameters {
        answers: Vec::new(),
        step: None,
        attributes: Vec::new(),
    };
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return out;
    };
    if let Some(lang) = params.get("lang") {
        out.attributes.push(("data-lang", lang));
    }
    if let Some(r) = params
        .get("right")
        .filter(|r| Right::from_slug(r).is_some() || r == "unsure")
    {
        out.answers.push((Field::Right, r));
    }
    for (name, field) in [("who", Field::Who), ("route", Field::Route)] {
        if let Some(v) = params.get(name) {
            out.answers.push((field, v));
        }
    }
    out.step = params.get("step").and_then(|s| Step::from_slug(&s));
    out
}

fn mount(document: &web_sys::Document, el: web_sys::Element) {
    if el.has_attribute(STARTED_ATTR) {
        return;
    }
    let _ = el.set_attribute(STARTED_ATTR, "");

    let json = el
        .get_attribute("data-config")
        .and_then(|id| document.get_element_by_id(id.trim()))
        .and_then(|script| script.text_content());
    let mut attributes: Vec<(&str, String)> = crate::core::config::DATA_ATTRIBUTES
        .iter()
        .filter_map(|(attr, _)| el.get_attribute(attr).map(|v| (*attr, v)))
        .collect();
    let (mut initial, mut initial_step) = (Vec::new(), None);
    if el.has_attribute("data-url-params") {
        let url = url_parameters();
        initial = url.answers;
        initial_step = url.step;
        attributes.extend(url.attributes);
    }
    let (config, warnings) = Config::from_layers(json.as_deref(), &attributes);
    for w in warnings {
        gloo::console::warn!(format!("Stevns rights wizard: {w}"));
    }

    let n = COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let target = el.clone();
    let onevent = Callback::from(move |ev: WizardEvent| dispatch(&target, ev));
    let props = AppProps {
        config: Rc::new(config),
        today: today(),
        seed: seed(),
        id_prefix: format!("srw{n}-").into(),
        initial,
        initial_step,
        onevent,
    };
    // The fallback goes only now that the widget is about to render.
    el.set_inner_html("");
    let _ = el.class_list().add_1("srw-host");
    yew::Renderer::<App>::with_root_and_props(el, props).render();
}

fn dispatch(target: &web_sys::Element, ev: WizardEvent) {
    let detail = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(k), &v);
    };
    set("step", JsValue::from_str(ev.step));
    set("right", ev.right.map_or(JsValue::NULL, JsValue::from_str));
    set("route", JsValue::from_str(ev.route));
    set("action", ev.action.map_or(JsValue::NULL, JsValue::from_str));
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    if let Ok(event) =
        web_sys::CustomEvent::new_with_event_init_dict(&format!("rights-wizard:{}", ev.name), &init)
    {
        let _ = target.dispatch_event(&event);
    }
}
