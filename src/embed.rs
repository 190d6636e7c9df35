//! The host-page contract.
//!
//! * **Mount points**: every element with the attribute `data-rights-wizard`. Its children are
//!   the editor's fallback (contact details, a Digital Post link); they stay until the widget
//!   starts and are replaced only then, so they remain if the WebAssembly cannot load.
//! * **Configuration**, later layers winning, option by option: Stevns defaults; the JSON in the
//!   `<script type="application/json">` whose id the attribute `data-config` names; the data
//!   attributes in [`crate::core::config::DATA_ATTRIBUTES`]; and, only where the mount element
//!   has `data-url-params` (the demo page), the page URL's `lang`, `step` and answers by
//!   question id (`right`, `who`, `route`, `name`, `address`, …; never a CPR number: see
//!   `core::demo_url`), for testers. Each bad option or URL value gives one `console.warn`
//!   and its default. A draft in the tab wins over the URL, with a `console.info` line saying
//!   so. There too, `simulate=panic` makes the widget panic on its first step after the start
//!   page, to show the panic guard at work (tests, demos); nowhere else can a URL do that.
//! * **Events**: `CustomEvent`s on the mount element, bubbling: `rights-wizard:step` and
//!   `rights-wizard:handoff`, whose `detail` holds only `step`, `right`, `route` and `action`
//!   — fixed names, never anything the citizen typed.
//! * **Unknown data attributes** on the mount element (a typo such as `data-langauge`) each
//!   give one `console.warn` naming them, as unknown JSON keys do; the contract's own
//!   attributes ([`CONTRACT_ATTRIBUTES`]) are not options and are skipped.
//! * Starting twice on the same element does nothing the second time.
//! * **Failure**: if the files cannot load, the loader marks the mount elements
//!   `data-rights-wizard-failed="load"` and their fallback stays (a later successful start
//!   removes the mark); the panic guard marks a widget that stopped with `"panic"`.
//! * **Entry points**: the binary's `main` calls [`start`] once the WebAssembly is loaded; the
//!   same function is exported to JavaScript as `start` (the loader `embed/rights-wizard.js`
//!   re-exports it) for mount elements a page adds later.
//! * **Checking a config**: [`check_config`], exported as `checkConfig` (the loader re-exports
//!   it), runs the widget's own rules on a set of data attributes, for the editors' guide's
//!   snippet builder.

use crate::core::reducer::Action;
use crate::core::steps::Step;
use crate::core::{Config, Date, Lang};
use crate::ui::app::{App, AppProps};
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::english::load_texts;
use crate::ui::browser::random::random_u64;
use crate::ui::browser::storage::{draft_key, session_get};
use crate::ui::host_event::WizardEvent;
use crate::ui::takeover::Takeover;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

const MOUNT_ATTR: &str = "data-rights-wizard";
const STARTED_ATTR: &str = "data-rights-wizard-started";
const FAILED_ATTR: &str = "data-rights-wizard-failed";
/// Set by the loader on a click on the pre-rendered start step before the widget started.
const PENDING_ATTR: &str = "data-rights-wizard-pending";
/// On the root of a pre-rendered start step; its value is the stamp (`crate::prerender`
/// writes it, the loader and [`takeover`] read it).
pub const PRERENDER_ATTR: &str = "data-srw-prerender";

/// Attributes of the host contract that are not options: the mount marker, the loader's
/// markers (started, failed, a held click, a pre-render held, stale or slow), the config block's id
/// and the demo's URL switch.
pub const CONTRACT_ATTRIBUTES: [&str; 7] = [
    MOUNT_ATTR,
    STARTED_ATTR,
    FAILED_ATTR,
    PENDING_ATTR,
    "data-rights-wizard-prerender",
    "data-config",
    "data-url-params",
];

thread_local! {
    static COUNTER: Cell<u32> = const { Cell::new(0) };
}

/// Mounts a widget on every mount element on the page that has none yet. Exported to
/// JavaScript as `start`; calling it again only mounts elements added since.
#[wasm_bindgen(js_name = start)]
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

/// The page URL's parameters as (name, value) pairs, in order, decoded as a form encodes them
/// (`+` a space, `%XX` UTF-8; a broken escape leaves the part as written).
fn url_pairs() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let decode = |s: &str| {
        let s = s.replace('+', " ");
        js_sys::decode_uri_component(&s).map_or(s, String::from)
    };
    let mut pairs = Vec::new();
    for part in search.trim_start_matches('?').split('&') {
        if !part.is_empty() {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            pairs.push((decode(name), decode(value)));
        }
    }
    pairs
}

/// When the demo's URL asks for something and this tab holds a draft, the draft wins, as it
/// does everywhere (the widget cannot tell a tester's new link from a reload, a duplicated or
/// a restored tab, all of which must keep the citizen's place); the console says so and how
/// to start from the parameters instead.
fn draft_wins_over_url(draft_key: &str) {
    if session_get(draft_key).is_some() {
        gloo::console::info!(
            "Stevns rights wizard: this tab's saved answers win over the URL parameters; open the URL in a new tab, or choose \"Slet mine svar og start forfra\" and load it again, to start from the parameters"
        );
    }
}

fn mount(document: &web_sys::Document, el: web_sys::Element) {
    if el.has_attribute(STARTED_ATTR) {
        return;
    }
    let _ = el.set_attribute(STARTED_ATTR, "");
    let _ = el.remove_attribute(FAILED_ATTR);

    let mut notes = Vec::new();
    let json = el.get_attribute("data-config").and_then(|id| {
        let block = document
            .get_element_by_id(id.trim())
            .and_then(|script| script.text_content());
        if block.is_none() {
            notes.push(format!(
                "option \"data-config\": no element with id \"{}\"; using the other options",
                id.trim()
            ));
        }
        block
    });
    let mut attributes: Vec<(&str, String)> = crate::core::config::DATA_ATTRIBUTES
        .iter()
        .filter_map(|(attr, _)| el.get_attribute(attr).map(|v| (*attr, v)))
        .collect();
    // Unknown `data-*` names go to the core too, which warns about each and ignores it.
    let unknown: Vec<String> = el
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .filter(|name| {
            name.starts_with("data-")
                && !CONTRACT_ATTRIBUTES.contains(&name.as_str())
                && !crate::core::config::DATA_ATTRIBUTES
                    .iter()
                    .any(|(attr, _)| attr == name)
        })
        .collect();
    attributes.extend(unknown.iter().map(|name| (name.as_str(), String::new())));
    let (mut initial, mut initial_step, mut simulate_panic) = (Vec::new(), None, false);
    let mut url_asks = false;
    if el.has_attribute("data-url-params") {
        let url = crate::core::demo_url::read(&url_pairs());
        url_asks = url.asks();
        notes.extend(url.warnings);
        initial = url.answers;
        initial_step = url.step;
        simulate_panic = url.simulate_panic;
        attributes.extend(url.lang.map(|lang| ("data-lang", lang)));
    }
    let (config, warnings) = Config::from_layers(json.as_deref(), &attributes);
    crate::panic_guard::remember(&config);
    for w in notes.into_iter().chain(warnings) {
        gloo::console::warn!(format!("Stevns rights wizard: {w}"));
    }

    let n = COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let target = el.clone();
    let onevent = Callback::from(move |ev: WizardEvent| {
        // Runs inside the widget's own effects, as a real bug would.
        if simulate_panic && ev.step != Step::Start.slug() {
            panic!("simulated panic (?simulate=panic on the demo page)");
        }
        dispatch(&target, ev)
    });
    let props = AppProps {
        config: Rc::new(config),
        today: today(),
        seed: random_u64(),
        id_prefix: format!("srw{n}-").into(),
        initial,
        initial_step,
        onevent,
        // Read when the widget renders (`render`): a click held while it waits counts too.
        takeover: Takeover::default(),
        english_unavailable: false,
    };
    // A widget that starts in a language whose texts are their own file (English, in release
    // builds) waits for them, its fallback or pre-render still showing; the loader has usually
    // fetched them alongside the WebAssembly. The language is the one the widget will start
    // in: a draft of this tab's, else a click held on a pre-rendered language button, else the
    // options' (the demo's `?lang` among them). Without the texts it starts in Danish and says
    // so.
    let draft_key = draft_key(&props.id_prefix);
    if url_asks {
        draft_wins_over_url(&draft_key);
    }
    let draft =
        session_get(&draft_key).and_then(|text| crate::core::draft::draft_lang(&text, now_ms()));
    let held = match held_action(&el) {
        Some(Action::SetLang(lang)) => Some(lang),
        _ => None,
    };
    let lang = draft.or(held).unwrap_or(props.config.lang);
    load_texts(lang, move |ok| {
        render(
            el,
            AppProps {
                english_unavailable: !ok,
                ..props
            },
        )
    });
}

fn render(el: web_sys::Element, mut props: AppProps) {
    // What was done on a pre-render until now, also while the texts were fetched.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        props.takeover = takeover(&document, &el);
    }
    // The fallback (and a pre-rendered start step) goes only now that the widget is about to
    // render. Yew renders in a microtask of this same task, so the browser never paints the
    // empty element: identical pre-rendered markup is swapped without a flash or a shift.
    el.set_inner_html("");
    let _ = el.class_list().add_1("srw-host");
    yew::Renderer::<App>::with_root_and_props(el, props).render();
}

/// The click the loader holds on `el`'s pre-rendered start step ([`PENDING_ATTR`]: `start`,
/// `followup`, `lang-da`, `lang-en`) as the action it stands for; the mark stays.
fn held_action(el: &web_sys::Element) -> Option<Action> {
    match el.get_attribute(PENDING_ATTR)?.as_str() {
        "start" => Some(Action::Continue),
        "followup" => Some(Action::StartFollowUp),
        other => other
            .strip_prefix("lang-")
            .and_then(Lang::from_code)
            .map(Action::SetLang),
    }
}

/// What the citizen did on a pre-rendered start step (`data-srw-prerender`, see
/// `crate::prerender`) in `el` before the widget started: the language it showed, the click
/// the loader held in [`PENDING_ATTR`] (`start`, `followup`, `lang-da`, `lang-en`; removed
/// here), and which of its buttons had focus.
fn takeover(document: &web_sys::Document, el: &web_sys::Element) -> Takeover {
    let action = held_action(el);
    let _ = el.remove_attribute(PENDING_ATTR);
    let Some(prerender) = el
        .query_selector(":scope > [data-srw-prerender]")
        .ok()
        .flatten()
    else {
        return Takeover::default();
    };
    let lang = prerender
        .get_attribute(PRERENDER_ATTR)
        .and_then(|stamp| stamp.split(' ').next().and_then(Lang::from_code));
    let focused = document.active_element();
    // A clicked (busy) button counts as focused only if focus has not moved on to the host page
    // since (Safari does not focus a clicked button: focus then stays on the body).
    let body = document.body();
    let focus_free = focused.as_ref().is_none_or(|f| {
        prerender.contains(Some(f.as_ref()))
            || body
                .as_ref()
                .is_some_and(|b| b.is_same_node(Some(f.as_ref())))
    });
    let focus_button = prerender
        .query_selector_all("button")
        .ok()
        .and_then(|buttons| {
            (0..buttons.length()).find(|&i| {
                let button = buttons
                    .item(i)
                    .and_then(|b| b.dyn_into::<web_sys::Element>().ok());
                button.is_some_and(|b| {
                    focused
                        .as_ref()
                        .is_some_and(|f| b.is_same_node(Some(f.as_ref())))
                        || (focus_free && b.get_attribute("aria-busy").as_deref() == Some("true"))
                })
            })
        });
    Takeover {
        lang,
        action,
        focus_button,
    }
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

/// Checks data attributes the way a mount element's are checked, for the snippet builder in
/// the editors' guide. Exported to JavaScript as `checkConfig`.
///
/// `attributes`: a plain object, attribute name → text, e.g.
/// `{ "data-lang": "en", "data-email": "x@y.dk?bcc=z" }` (values that are not strings are
/// read as empty text). Returns `{ warnings, config }`: `warnings` is a list of
/// `{ option, text }`, `text` being the console warning the widget would give (without the
/// `Stevns rights wizard: ` prefix) and `option` the option or attribute it names (the text
/// between its first pair of quotes, or `""`); `config` is what the widget would use:
/// `{ lang, right, rights, headingLevel, email, digitalPostUrl, municipality, phone,
/// referencePrefix }` (`right` a slug or `null`, `rights` the offered slugs in catalogue order).
#[wasm_bindgen(js_name = checkConfig)]
pub fn check_config(attributes: &js_sys::Object) -> JsValue {
    let pairs: Vec<(String, String)> = js_sys::Object::entries(attributes)
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            let name = entry.get(0).as_string()?;
            Some((name, entry.get(1).as_string().unwrap_or_default()))
        })
        .collect();
    let pairs: Vec<(&str, String)> = pairs.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
    let (config, warnings) = Config::from_layers(None, &pairs);

    let object = |fields: &[(&str, JsValue)]| {
        let o = js_sys::Object::new();
        for (k, v) in fields {
            let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
        }
        JsValue::from(o)
    };
    let list = |items: Vec<JsValue>| JsValue::from(items.into_iter().collect::<js_sys::Array>());
    let warnings = warnings
        .iter()
        .map(|text| {
            let option = text.split('"').nth(1).unwrap_or_default();
            object(&[
                ("option", JsValue::from_str(option)),
                ("text", JsValue::from_str(text)),
            ])
        })
        .collect();
    let rights = config
        .offered_rights()
        .iter()
        .map(|r| JsValue::from_str(r.slug()))
        .collect();
    let config = object(&[
        ("lang", JsValue::from_str(config.lang.code())),
        (
            "right",
            config
                .right
                .map_or(JsValue::NULL, |r| JsValue::from_str(r.slug())),
        ),
        ("rights", list(rights)),
        ("headingLevel", JsValue::from(config.heading_level)),
        ("email", JsValue::from_str(&config.email)),
        (
            "digitalPostUrl",
            JsValue::from_str(&config.digital_post_url),
        ),
        ("municipality", JsValue::from_str(&config.municipality)),
        ("phone", JsValue::from_str(&config.phone)),
        (
            "referencePrefix",
            JsValue::from_str(&config.reference_prefix),
        ),
    ]);
    object(&[("warnings", list(warnings)), ("config", config)])
}
