//! A text question: a labelled input or text area.

use crate::core::char_count::count;
use crate::core::fields::{Control, Field};
use crate::core::view::FieldView;
use crate::core::Lang;
use crate::ui::browser::form::{set_control_value, value_of};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long typing must pause before screen readers hear the new count: GOV.UK's character
/// count waits for 0.5 s without input and checks every second; one second after the last
/// keystroke is the same within its range.
const COUNT_PAUSE_MS: u32 = 1000;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub view: FieldView,
    pub id_prefix: AttrValue,
    /// The widget's language, for the character count.
    pub lang: Lang,
    /// "(valgfrit)" in the current language.
    pub optional_label: AttrValue,
    /// "Fejl:" in the current language, read before the message by screen readers.
    pub error_prefix: AttrValue,
    pub onset: Callback<(Field, String)>,
}

/// A labelled text input or text area with hint and error (GOV.UK's form-group pattern).
/// No `maxlength`: text over the limit is kept and gets a message instead of being cut.
///
/// A text area shows its character count below it as the citizen types ("Du har 150 tegn
/// tilbage", "Du har 12 tegn for meget", red over the limit), always, so the limit is known
/// before it is reached. The visible count is hidden from screen readers as they type; they
/// hear it as the field's description when they come to the field ("Du har 2000 tegn
/// tilbage"), and in a polite live region only once typing pauses ([`COUNT_PAUSE_MS`]), not
/// on every key.
///
/// The control's value is written only when the answer changes (or the field does), not on
/// every render: autofill may fill fields without any event, and a re-render for something
/// else (a radio ticked, the language switched, `change` on another field) would otherwise
/// put the state's empty value back and wipe what the citizen sees. "Fortsæt" then reads what
/// the fields show.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let v = &props.view;
    let ids = v.ids(&props.id_prefix);
    let (id, hint_id, error_id) = (ids.id, ids.hint, ids.error);
    let field = v.field;
    let area = v.control == Control::Area;
    let max = field.spec().max;
    let count_id = format!("{id}-count");
    // The count describes the field, hidden from screen readers as it is (a description is
    // read from an element it names even then): the limit and what is left, on focus.
    let described = match (ids.described_by, area) {
        (Some(d), true) => Some(format!("{d} {count_id}")),
        (None, true) => Some(count_id.clone()),
        (d, false) => d,
    };
    // What screen readers hear of the count: a live region Yew leaves empty, written only
    // after a pause in typing, so nothing is announced when the page opens or per key.
    let spoken = use_node_ref();
    let pause = use_mut_ref(|| None::<Timeout>);
    // `input` as the citizen types; `change` too, since some autofill sends only that (and
    // some nothing at all: "Fortsæt" reads the field).
    let onchange = {
        let onset = props.onset.clone();
        Callback::from(move |e: Event| {
            if let Some(value) = event_value(&e) {
                onset.emit((field, value));
            }
        })
    };
    let oninput = {
        let (onchange, spoken, pause, lang) =
            (onchange.clone(), spoken.clone(), pause.clone(), props.lang);
        Callback::from(move |e: InputEvent| {
            let e: Event = e.into();
            if area {
                if let Some(value) = event_value(&e) {
                    let spoken = spoken.clone();
                    // A new keystroke cancels the announcement the last one planned.
                    *pause.borrow_mut() = Some(Timeout::new(COUNT_PAUSE_MS, move || {
                        if let Some(el) = spoken.cast::<web_sys::Element>() {
                            el.set_text_content(Some(&count(&value, max, lang).text));
                        }
                    }));
                }
            }
            onchange.emit(e);
        })
    };
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((field, v.value.clone()), move |(_, value)| {
            if let Some(el) = node.cast::<web_sys::Element>() {
                set_control_value(&el, value);
            }
        });
    }
    let invalid = v.error.as_ref().map(|_| "true");
    let spellcheck = if field.spellcheck() { "true" } else { "false" };
    let shown = area.then(|| count(&v.value, max, props.lang));
    let over = shown.as_ref().is_some_and(|c| c.over);
    let control = match v.control {
        Control::Area => html! {
            <textarea ref={node.clone()} id={id.clone()} name={id.clone()}
                class={if over { "srw-textarea srw-textarea--over" } else { "srw-textarea" }} rows="4"
                spellcheck={spellcheck} aria-describedby={described.clone()} aria-invalid={invalid}
                {oninput} onchange={onchange.clone()} />
        },
        Control::Line {
            input_type,
            autocomplete,
            inputmode,
            width,
        } => html! {
            <input ref={node.clone()} id={id.clone()} name={id.clone()} type={input_type}
                class={if width.is_empty() { "srw-input".to_string() } else { ["srw-input srw-input--", width].concat() }}
                autocomplete={autocomplete} inputmode={inputmode} spellcheck={spellcheck}
                autocapitalize={field.autocapitalize()}
                aria-describedby={described} aria-invalid={invalid}
                {oninput} {onchange} />
        },
        Control::Radios | Control::Checks => html! {},
    };
    html! {
        <div class={if v.error.is_some() { "srw-form-group srw-form-group--error" } else { "srw-form-group" }}>
            <label class="srw-label" for={id.clone()}>
                { v.label.clone() }
                if v.optional { { " " }<span class="srw-optional">{ props.optional_label.clone() }</span> }
            </label>
            if let Some(hint) = &v.hint {
                <div id={hint_id.clone()} class="srw-hint">{ hint.clone() }</div>
            }
            if let Some(error) = &v.error {
                <p key={error.clone()} id={error_id.clone()} class="srw-error-message">
                    <span class="srw-visually-hidden">{ props.error_prefix.clone() }{ " " }</span>{ error.clone() }
                </p>
            }
            { control }
            if let Some(shown) = shown {
                <div id={count_id} class={if shown.over { "srw-hint srw-count srw-count--over" } else { "srw-hint srw-count" }}
                    aria-hidden="true">{ shown.text }</div>
                <div ref={spoken} class="srw-visually-hidden srw-count-live" aria-live="polite"></div>
            }
        </div>
    }
}

/// The value of the input or text area any event (`input`, `change`) came from.
fn event_value(e: &Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    value_of(e.target()?.dyn_ref::<web_sys::Element>()?)
}
