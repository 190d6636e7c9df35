use crate::core::letter::EmailConcerns;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmailWarningsProps {
    pub concerns: EmailConcerns,
    pub cpr_text: AttrValue,
    pub health_text: AttrValue,
    pub button: AttrValue,
    pub onusedigitalpost: Callback<()>,
}

/// Warns, without blocking, when the e-mail would carry a CPR-shaped number or what looks like
/// health information, and offers Digital Post instead.
#[component]
pub fn EmailWarnings(props: &EmailWarningsProps) -> Html {
    let c = props.concerns;
    if !c.cpr_in_text && !c.health {
        return html! {};
    }
    let on = props.onusedigitalpost.clone();
    html! {
        <div class="srw-inset srw-inset--warning srw-email-warning">
            if c.cpr_in_text { <p class="srw-body">{ props.cpr_text.clone() }</p> }
            if c.health { <p class="srw-body">{ props.health_text.clone() }</p> }
            <button type="button" class="srw-button srw-button--secondary" onclick={move |_| on.emit(())}>
                { props.button.clone() }
            </button>
        </div>
    }
}
