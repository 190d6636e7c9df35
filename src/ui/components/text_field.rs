//! A text question: a labelled input or text area.

use crate::core::fields::{Control, Field};
use crate::core::view::FieldView;
use crate::ui::browser::form::{set_control_value, value_of};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub view: FieldView,
    pub id_prefix: AttrValue,
    /// "(valgfrit)" in the current language.
    pub optional_label: AttrValue,
    /// "Fejl:" in the current language, read before the message by screen readers.
    pub error_prefix: AttrValue,
    pub onset: Callback<(Field, String)>,
}

/// A labelled text input or text area with hint and error (GOV.UK's form-group pattern).
/// No `maxlength`: text over the limit is kept and gets a message instead of being cut.
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
    let (id, hint_id, error_id, described) = (ids.id, ids.hint, ids.error, ids.described_by);
    let field = v.field;
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
    let oninput = onchange.reform(|e: InputEvent| e.into());
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
    let control = match v.control {
        Control::Area => html! {
            <textarea ref={node.clone()} id={id.clone()} name={id.clone()} class="srw-textarea" rows="4"
                aria-describedby={described.clone()} aria-invalid={invalid}
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
                autocomplete={autocomplete} inputmode={inputmode} spellcheck={(input_type != "text" || inputmode.is_some()).then_some("false")}
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
        </div>
    }
}

/// The value of the input or text area any event (`input`, `change`) came from.
fn event_value(e: &Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    value_of(e.target()?.dyn_ref::<web_sys::Element>()?)
}
