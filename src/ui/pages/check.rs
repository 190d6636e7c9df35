//! "Tjek dine svar": every answer, each with a way back to change it.

use crate::core::fields::Field;
use crate::core::state::State;
use crate::core::text::Msg;
use crate::ui::components::heading::heading;
use crate::ui::ids;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageCheckProps {
    pub state: Rc<State>,
    pub id_prefix: AttrValue,
    pub level: u8,
    pub onchange: Callback<Field>,
    pub oncontinue: Callback<()>,
}

/// "Tjek dine svar": every answer with a "Ret" button that goes to it and comes back here.
#[component]
pub fn PageCheck(props: &PageCheckProps) -> Html {
    let s = &props.state;
    let change = s.text(Msg::CheckChange);
    let oncontinue = props.oncontinue.clone();
    html! {
        <div class="srw-page">
            { heading(props.level, ids::id(&props.id_prefix, "heading"), s.heading(),
                s.step_label().map(|_| ids::id(&props.id_prefix, "step"))) }
            <dl class="srw-summary-list">
                { for s.check_rows().into_iter().map(|row| {
                    let onchange = props.onchange.clone();
                    let field = row.field;
                    html! {
                        <div class="srw-summary-list__row">
                            <dt class="srw-summary-list__key">{ row.label.clone() }</dt>
                            <dd class="srw-summary-list__value">{ row.value }</dd>
                            <dd class="srw-summary-list__actions">
                                <button type="button" class="srw-link-button" data-field={field.slug()}
                                    onclick={move |_| onchange.emit(field)}>
                                    { change.clone() }
                                    <span class="srw-visually-hidden">{ [" – ", &row.label].concat() }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <button type="button" class="srw-button" onclick={move |_| oncontinue.emit(())}>
                { s.text(Msg::CheckCreate) }
            </button>
        </div>
    }
}
