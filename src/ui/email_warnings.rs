use crate::core::letter::email_concerns;
use crate::core::state::State;
use crate::core::text::Msg;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmailWarningsProps {
    pub state: Rc<State>,
    pub onusedigitalpost: Callback<()>,
}

/// Warns, without blocking, when the e-mail would carry a CPR-shaped number or what looks like
/// health information, and offers Digital Post instead. Shown on the route and send pages.
#[component]
pub fn EmailWarnings(props: &EmailWarningsProps) -> Html {
    let s = &props.state;
    let c = email_concerns(s);
    if !s.by_email() || (!c.cpr_in_text && !c.health) {
        return html! {};
    }
    let on = props.onusedigitalpost.clone();
    html! {
        <div class="srw-inset srw-inset--warning srw-email-warning">
            if c.cpr_in_text { <p class="srw-body">{ s.text(Msg::WarnCprInText) }</p> }
            if c.health { <p class="srw-body">{ s.text(Msg::WarnHealth) }</p> }
            <button type="button" class="srw-button srw-button--secondary" onclick={move |_| on.emit(())}>
                { s.text(Msg::UseDigitalPost) }
            </button>
        </div>
    }
}
