use crate::core::fields::{Control, Field};
use crate::core::view::FieldView;
use crate::ui::dom;
use crate::ui::heading::heading;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    pub view: FieldView,
    pub id_prefix: AttrValue,
    pub error_prefix: AttrValue,
    /// On a one-question page the legend is the page heading, at this level.
    #[prop_or_default]
    pub legend_heading: Option<u8>,
    /// The step caption's id, for the legend heading (see [`heading`]).
    #[prop_or_default]
    pub heading_described_by: Option<AttrValue>,
    pub onset: Callback<(Field, String)>,
    pub ontoggle: Callback<(Field, &'static str, bool)>,
}

/// Radios or checkboxes in a fieldset with a legend, hint and error. The first input's id is
/// the field's id, so error-summary links and "Ret" focus it.
#[component]
pub fn ChoiceGroup(props: &ChoiceGroupProps) -> Html {
    let v = &props.view;
    let ids = v.ids(&props.id_prefix);
    let (id, hint_id, error_id, described) = (ids.id, ids.hint, ids.error, ids.described_by);
    let checkbox = v.control == Control::Checks;
    let legend = match props.legend_heading {
        Some(level) => html! {
            <legend class="srw-fieldset__legend srw-fieldset__legend--page">
                { heading(level, dom::id(&props.id_prefix, "heading"), v.label.clone(),
                    props.heading_described_by.as_ref().map(|id| id.to_string())) }
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
                        <span class="srw-visually-hidden">{ props.error_prefix.clone() }{ " " }</span>{ error.clone() }
                    </p>
                }
                <div class={if checkbox { "srw-checkboxes" } else { "srw-radios" }}>
                    { for v.choices.iter().enumerate().map(|(i, c)| {
                        let item_id = if i == 0 { id.clone() } else { [&id, "-", c.value].concat() };
                        let item_hint = dom::id(&item_id, "-item-hint");
                        let value = c.value;
                        let onchange = if checkbox {
                            let ontoggle = props.ontoggle.clone();
                            Callback::from(move |e: Event| {
                                use wasm_bindgen::JsCast;
                                let on = e.target()
                                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                    .is_some_and(|i| i.checked());
                                ontoggle.emit((field, value, on));
                            })
                        } else {
                            let onset = props.onset.clone();
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
