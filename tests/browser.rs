//! Component tests in a real browser (wasm-bindgen-test, headless Chromium): mount the root
//! component, act as a citizen, assert what they would see and where focus is.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use stevns_rights_wizard::core::{Config, Date, Lang};
use stevns_rights_wizard::ui::app::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn mount(prefix: &str, config: Config) -> web_sys::Element {
    mount_at(prefix, config, Vec::new(), None).await
}

/// Mounts the widget with answers given and at a step, as the demo's URL parameters do.
async fn mount_at(
    prefix: &str,
    config: Config,
    initial: Vec<(stevns_rights_wizard::core::Field, String)>,
    initial_step: Option<stevns_rights_wizard::core::steps::Step>,
) -> web_sys::Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        config: Rc::new(config),
        today: Date::EXAMPLE_TODAY,
        seed: 1,
        id_prefix: prefix.to_string().into(),
        initial,
        initial_step,
        onevent: Default::default(),
        takeover: Default::default(),
        english_unavailable: false,
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn el(root: &web_sys::Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .unchecked_into()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    el(root, selector).text_content().unwrap_or_default()
}

fn button(root: &web_sys::Element, label: &str) -> HtmlElement {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn start_page_then_first_question_gets_focus() {
    let root = mount("t1-", Config::default()).await;
    assert!(text(&root, "#t1-heading").starts_with("Bed kommunen om dine oplysninger"));
    assert_ne!(
        focused_id(),
        "t1-heading",
        "no focus stealing on first render"
    );
    button(&root, "Start").click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "#t1-heading"), "Hvem gælder anmodningen?");
    assert_eq!(text(&root, ".srw-caption"), "Trin 1 af 7");
    assert_eq!(focused_id(), "t1-heading");
    // The question is the legend of its fieldset.
    assert!(root
        .query_selector("fieldset legend #t1-heading")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn failed_continue_shows_summary_with_focus_and_links_to_the_field() {
    document().set_title("Dine rettigheder");
    let root = mount("t2-", Config::default()).await;
    button(&root, "Start").click();
    yew::scheduler::flush().await;
    button(&root, "Fortsæt").click();
    yew::scheduler::flush().await;
    assert_eq!(focused_id(), "t2-error-summary");
    assert_eq!(text(&root, "#t2-error-summary h2"), "Der er et problem");
    let link = el(&root, "#t2-error-summary a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#t2-who"));
    assert_eq!(
        link.text_content().as_deref(),
        Some("Vælg hvem anmodningen gælder")
    );
    assert_eq!(
        text(&root, "#t2-who-error"),
        "Fejl: Vælg hvem anmodningen gælder"
    );
    let fieldset = el(&root, "fieldset");
    assert_eq!(
        fieldset.get_attribute("aria-describedby").as_deref(),
        Some("t2-who-error")
    );
    assert_eq!(document().title(), "Fejl: Dine rettigheder");
    link.click();
    assert_eq!(focused_id(), "t2-who");
    // Answering and continuing clears the error and the title prefix.
    el(&root, "#t2-who").click();
    yew::scheduler::flush().await;
    button(&root, "Fortsæt").click();
    yew::scheduler::flush().await;
    assert!(root.query_selector("#t2-error-summary").unwrap().is_none());
    assert_eq!(document().title(), "Dine rettigheder");
    assert_eq!(text(&root, "#t2-heading"), "Hvad vil du bede kommunen om?");
}

#[wasm_bindgen_test]
async fn switching_language_translates_and_keeps_answers() {
    let root = mount("t3-", Config::default()).await;
    button(&root, "Start").click();
    yew::scheduler::flush().await;
    el(&root, "#t3-who-behalf").click();
    yew::scheduler::flush().await;
    button(&root, "English").click();
    yew::scheduler::flush().await;
    assert_eq!(
        el(&root, ".srw").get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(text(&root, "#t3-heading"), "Who is the request about?");
    assert!(el(&root, "#t3-who-behalf")
        .unchecked_into::<HtmlInputElement>()
        .checked());
    assert_eq!(
        button(&root, "English")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn text_fields_have_labels_hints_and_autocomplete() {
    let config = Config {
        lang: Lang::En,
        ..Config::default()
    };
    let root = mount("t4-", config).await;
    button(&root, "Start").click();
    yew::scheduler::flush().await;
    el(&root, "#t4-who").click();
    yew::scheduler::flush().await;
    button(&root, "Continue").click();
    yew::scheduler::flush().await;
    el(&root, "#t4-right").click(); // access
    yew::scheduler::flush().await;
    button(&root, "Continue").click();
    yew::scheduler::flush().await;
    button(&root, "Continue").click(); // about
    yew::scheduler::flush().await;
    button(&root, "Continue").click(); // details are optional for access
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "#t4-heading"), "About you");
    let name = el(&root, "#t4-name");
    assert_eq!(name.get_attribute("autocomplete").as_deref(), Some("name"));
    assert_eq!(text(&root, "label[for=t4-name]"), "Full name");
    assert_eq!(text(&root, "label[for=t4-cpr]"), "CPR number (optional)");
    let cpr = el(&root, "#t4-cpr");
    assert_eq!(cpr.get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(
        cpr.get_attribute("aria-describedby").as_deref(),
        Some("t4-cpr-hint")
    );
    assert!(text(&root, "#t4-cpr-hint").contains("never in an email"));
    assert_eq!(
        el(&root, "#t4-email")
            .get_attribute("autocomplete")
            .as_deref(),
        Some("email")
    );
    assert_eq!(
        el(&root, "#t4-phone")
            .get_attribute("autocomplete")
            .as_deref(),
        Some("tel")
    );
    // The e-mail address as typed (no browser punycode), no spell check in personal fields.
    let email = el(&root, "#t4-email");
    for (attr, want) in [
        ("type", "text"),
        ("inputmode", "email"),
        ("spellcheck", "false"),
        ("autocapitalize", "off"),
    ] {
        assert_eq!(email.get_attribute(attr).as_deref(), Some(want), "{attr}");
    }
    for id in ["#t4-name", "#t4-cpr", "#t4-address", "#t4-phone"] {
        assert_eq!(
            el(&root, id).get_attribute("spellcheck").as_deref(),
            Some("false"),
            "{id}"
        );
    }
}

/// Types `value` into the control as a citizen's keyboard would end up: the value, then a
/// bubbling `input` event.
fn type_into(control: &HtmlElement, value: &str) {
    js_sys::Reflect::set(control, &"value".into(), &value.into()).unwrap();
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    let ctor: js_sys::Function =
        js_sys::Reflect::get(&web_sys::window().unwrap(), &"InputEvent".into())
            .unwrap()
            .unchecked_into();
    let event =
        js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&"input".into(), &init)).unwrap();
    control.dispatch_event(event.unchecked_ref()).unwrap();
}

#[wasm_bindgen_test]
async fn the_character_count_follows_every_key_and_speaks_only_after_a_pause() {
    use stevns_rights_wizard::core::steps::Step;
    use stevns_rights_wizard::core::Field;
    let root = mount_at(
        "t9-",
        Config::default(),
        vec![
            (Field::Who, "myself".into()),
            (Field::Right, "objection".into()),
        ],
        Some(Step::Details),
    )
    .await;
    let area = el(&root, "#t9-object-reasons");
    let live = || text(&root, "#t9-object-reasons ~ .srw-count-live");
    assert_eq!(area.get_attribute("spellcheck").as_deref(), Some("true"));
    assert_eq!(
        text(&root, "#t9-object-reasons-count"),
        "Du har 2000 tegn tilbage"
    );
    assert_eq!(live(), "", "nothing announced when the page opens");
    for typed in ["M", "Mi", "Min"] {
        type_into(&area, typed);
        yew::scheduler::flush().await;
    }
    assert_eq!(
        text(&root, "#t9-object-reasons-count"),
        "Du har 1997 tegn tilbage"
    );
    assert_eq!(live(), "", "not on every key");
    yew::platform::time::sleep(std::time::Duration::from_millis(1300)).await;
    yew::scheduler::flush().await;
    assert_eq!(live(), "Du har 1997 tegn tilbage", "after the pause");
    type_into(&area, &"a".repeat(2012));
    yew::scheduler::flush().await;
    let count = el(&root, "#t9-object-reasons-count");
    assert_eq!(
        count.text_content().as_deref(),
        Some("Du har 12 tegn for meget")
    );
    assert!(count.class_list().contains("srw-count--over"));
    assert!(area.class_list().contains("srw-textarea--over"));
    assert_eq!(area.get_attribute("aria-invalid"), None);
    assert_eq!(
        live(),
        "Du har 1997 tegn tilbage",
        "still the last pause's count"
    );
    assert!(area
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .split(' ')
        .any(|id| id == "t9-object-reasons-count"));
}

#[wasm_bindgen_test]
async fn after_a_panic_the_widget_gives_way_to_contact_details() {
    let root = mount("t5-", Config::default()).await;
    root.set_attribute("data-rights-wizard-started", "")
        .unwrap();
    stevns_rights_wizard::panic_guard::replace_widgets();
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Der opstod en fejl i formularen"), "{text}");
    assert!(text.contains("56 57 57 57"));
    assert_eq!(root.get_attribute("role").as_deref(), Some("alert"));
    assert!(
        root.query_selector(".srw").unwrap().is_none(),
        "the frozen form is gone"
    );
    assert_eq!(
        el(&root, "a").get_attribute("href").as_deref(),
        Some("https://www.borger.dk/")
    );
}

/// The snippet builder's check is the mount element's: the same warnings and values as
/// `Config::from_layers` on the same attributes, for good, bad and unknown ones.
#[wasm_bindgen_test]
fn check_config_gives_the_cores_warnings_and_values() {
    use stevns_rights_wizard::embed::check_config;
    let cases: [&[(&str, &str)]; 4] = [
        &[],
        &[
            ("data-lang", "en"),
            ("data-rights", "access,erasure"),
            ("data-right", "erasure"),
            ("data-heading-level", "4"),
            ("data-email", "persondata@example.dk"),
        ],
        &[
            ("data-email", "x@y.dk?bcc=z"),
            ("data-digital-post-url", "http://post.borger.dk/"),
            ("data-heading-level", "9"),
            ("data-rights", "access"),
            ("data-right", "portability"),
            ("data-langauge", "en"),
        ],
        &[("data-phone", "\u{7}"), ("data-municipality", "")],
    ];
    let get = |o: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).unwrap();
    for case in cases {
        let attrs = js_sys::Object::new();
        for (k, v) in case {
            js_sys::Reflect::set(&attrs, &(*k).into(), &(*v).into()).unwrap();
        }
        let result = check_config(&attrs);
        let pairs: Vec<(&str, String)> = case.iter().map(|(k, v)| (*k, v.to_string())).collect();
        let (config, warnings) = Config::from_layers(None, &pairs);
        let got: Vec<(String, String)> = js_sys::Array::from(&get(&result, "warnings"))
            .iter()
            .map(|w| {
                let s = |k| get(&w, k).as_string().unwrap();
                (s("option"), s("text"))
            })
            .collect();
        let expected: Vec<(String, String)> = warnings
            .iter()
            .map(|w| (w.split('"').nth(1).unwrap().to_string(), w.clone()))
            .collect();
        assert_eq!(got, expected, "{case:?}");
        let c = get(&result, "config");
        let s = |k| get(&c, k).as_string();
        assert_eq!(s("lang").as_deref(), Some(config.lang.code()));
        assert_eq!(s("email"), Some(config.email.clone()));
        assert_eq!(s("digitalPostUrl"), Some(config.digital_post_url.clone()));
        assert_eq!(s("phone"), Some(config.phone.clone()));
        assert_eq!(s("municipality"), Some(config.municipality.clone()));
        assert_eq!(s("right"), config.right.map(|r| r.slug().to_string()));
        assert_eq!(
            get(&c, "headingLevel").as_f64(),
            Some(f64::from(config.heading_level))
        );
        let rights: Vec<String> = js_sys::Array::from(&get(&c, "rights"))
            .iter()
            .filter_map(|r| r.as_string())
            .collect();
        let offered: Vec<String> = config
            .offered_rights()
            .iter()
            .map(|r| r.slug().to_string())
            .collect();
        assert_eq!(rights, offered);
    }
}
