//! About the chosen right: what it gives, the deadline, and when it may be refused.

use crate::core::state::State;
use crate::core::text::Msg;
use crate::ui::components::heading::{heading, tag};
use crate::ui::ids;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageAboutProps {
    pub state: Rc<State>,
    pub id_prefix: AttrValue,
    pub level: u8,
    pub oncontinue: Callback<()>,
    pub onaccess: Callback<()>,
}

/// What the right gives, the deadline, and when the municipality may refuse or limit it.
#[component]
pub fn PageAbout(props: &PageAboutProps) -> Html {
    let s = &props.state;
    let Some(about) = s.about() else {
        return html! {};
    };
    let sub = tag(props.level + 1);
    let oncontinue = props.oncontinue.clone();
    let onaccess = props.onaccess.clone();
    html! {
        <div class="srw-page">
            { heading(props.level, ids::id(&props.id_prefix, "heading"), s.heading(),
                s.step_label().map(|_| ids::id(&props.id_prefix, "step"))) }
            <@{sub} class="srw-subheading">{ s.text(Msg::AboutGetTitle) }</@>
            <p class="srw-body">{ about.get }</p>
            <@{sub} class="srw-subheading">{ s.text(Msg::AboutLimitsTitle) }</@>
            <ul class="srw-list srw-list--bullet">
                { for about.limits.into_iter().map(|l| html! { <li>{ l }</li> }) }
            </ul>
            <p class="srw-body">{ about.refusal }</p>
            if let Some(note) = about.note {
                <div class="srw-inset">{ note }</div>
            }
            if let Some(note) = about.employee {
                <div class="srw-inset">{ note }</div>
            }
            <@{sub} class="srw-subheading">{ about.deadline_title }</@>
            <p class="srw-body">{ about.deadline }</p>
            <p class="srw-body">{ about.free }</p>
            <div class="srw-button-group">
                <button type="button" class="srw-button" onclick={move |_| oncontinue.emit(())}>
                    { s.text(Msg::Continue) }
                </button>
                if about.offer_access {
                    <button type="button" class="srw-button srw-button--secondary" onclick={move |_| onaccess.emit(())}>
                        { s.text(Msg::AboutSwitchToAccess) }
                    </button>
                }
            </div>
        </div>
    }
}
