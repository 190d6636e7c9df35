//! A choice question: radios or checkboxes in a fieldset.

use crate::core::fields::{Control, Field};
use crate::core::view::FieldView;
use crate::ui::components::heading::heading;
use crate::ui::ids;
use yew::prelude::*;

/// Radios or checkboxes in a fieldset with a legend, hint and error. The first input's id is
/// the field's id, so error-summary links and "Ret" focus it.
///
/// * `view`: the field as shown (label, hint, error, choices); its ids start with `id_prefix`.
/// * `error_prefix`: "Fejl" / "Error", read before the inline message (visually hidden).
/// * `legend_heading`: on a one-question page the legend is the page heading, at this level;
///   `heading_described_by` is then the step caption's id (see [`heading`]).
/// * `onset` gets a radio's field and value; `ontoggle` a checkbox's field, value and whether
///   it is now checked.
pub fn choice_group(
    view: FieldView,
    id_prefix: &str,
    error_prefix: String,
    legend_heading: Option<u8>,
    heading_described_by: Option<String>,
    onset: Callback<(Field, String)>,
    ontoggle: Callback<(Field, &'static str, bool)>,
) -> Html {
    let v = &view;
    let ids = v.ids(id_prefix);
    let (id, hint_id, error_id, described) = (ids.id, ids.hint, ids.error, ids.described_by);
    let checkbox = v.control == Control::Checks;
    let legend = match legend_heading {
        Some(level) => html! {
            <legend class="srw-fieldset__legend srw-fieldset__legend--page">
                { heading(level, ids::id(id_prefix, "heading"), v.label.clone(),
                    heading_described_by) }
            </legend>
        },
        None => html! { <legend class="srw-fieldset__legend">{ v.label.clone() }</legend> },
    };
    let field = v.field;
    html! {
        <div class={if v.error.is_some() { "srw-form-group srw-form-group--error" } else { "srw-form-group" }}>
            <fieldset class="srw-fieldset" aria-describedby={described}>
                { legend }
                if let Some(hint) = &v.hint {
                    <div id={hint_id.clone()} class="srw-hint">{ hint.clone() }</div>
                }
                if let Some(error) = &v.error {
                    <p key={error.clone()} id={error_id.clone()} class="srw-error-message">
                        <span class="srw-visually-hidden">{ error_prefix }{ " " }</span>{ error.clone() }
                    </p>
                }
                <div class={if checkbox { "srw-checkboxes" } else { "srw-radios" }}>
                    { for v.choices.iter().enumerate().map(|(i, c)| {
                        let item_id = if i == 0 { id.clone() } else { [&id, "-", c.value].concat() };
                        let item_hint = ids::id(&item_id, "-item-hint");
                        let value = c.value;
                        let onchange = if checkbox {
                            let ontoggle = ontoggle.clone();
                            Callback::from(move |e: Event| {
                                use wasm_bindgen::JsCast;
                                let on = e.target()
                                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                    .is_some_and(|i| i.checked());
                                ontoggle.emit((field, value, on));
                            })
                        } else {
                            let onset = onset.clone();
                            Callback::from(move |_: Event| onset.emit((field, value.to_string())))
                        };
                        html! {
                            <div class="srw-choice" key={item_id.clone()}>
                                <input class="srw-choice__input" id={item_id.clone()} name={id.clone()}
                                    type={if checkbox { "checkbox" } else { "radio" }} value={value}
                                    checked={c.checked} {onchange}
                                    aria-describedby={c.hint.as_ref().map(|_| item_hint.clone())} />
                                <label class="srw-choice__label" for={item_id.clone()}>{ c.label.clone() }</label>
                                if let Some(h) = &c.hint {
                                    <div id={item_hint.clone()} class="srw-hint srw-choice__hint">{ h.clone() }</div>
                                }
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
