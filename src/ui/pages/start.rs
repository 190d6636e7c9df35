//! The start step: what this is, and the way in (or to a reminder or complaint).

use crate::core::state::State;
use crate::core::text::Msg;
use crate::ui::components::heading::heading;
use crate::ui::ids;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageStartProps {
    pub state: Rc<State>,
    pub id_prefix: AttrValue,
    pub level: u8,
    pub onstart: Callback<()>,
    pub onfollowup: Callback<()>,
}

/// What this is, how long it takes, and that nothing is sent until the citizen sends it.
#[component]
pub fn PageStart(props: &PageStartProps) -> Html {
    let s = &props.state;
    let onstart = props.onstart.clone();
    let onfollowup = props.onfollowup.clone();
    html! {
        <div class="srw-page">
            { heading(props.level, ids::id(&props.id_prefix, "heading"), s.heading(),
                s.step_label().map(|_| ids::id(&props.id_prefix, "step"))) }
            <p class="srw-body">{ s.text(Msg::StartIntro) }</p>
            <ul class="srw-list">
                <li>{ s.text(Msg::StartTime) }</li>
                <li>{ s.text(Msg::StartHow) }</li>
                <li>{ s.text(Msg::StartPrivacy) }</li>
            </ul>
            <button type="button" class="srw-button srw-button--start" onclick={move |_| onstart.emit(())}>
                { s.text(Msg::StartButton) }
                <svg class="srw-button__icon" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                </svg>
            </button>
            <div class="srw-followup">
                <p class="srw-body">{ s.text(Msg::StartFollowUpHint) }</p>
                <button type="button" class="srw-button srw-button--secondary" onclick={move |_| onfollowup.emit(())}>
                    { s.text(Msg::StartFollowUp) }
                </button>
            </div>
        </div>
    }
}
