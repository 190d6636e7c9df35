//! "Tilbage": back one step, keeping every answer.

use yew::prelude::*;

/// "Tilbage": a button styled as GOV.UK's back link; it keeps every answer.
pub fn back_link(label: String, onback: Callback<()>) -> Html {
    html! {
        <button type="button" class="srw-back-link" onclick={move |_| onback.emit(())}>
            { label }
        </button>
    }
}
