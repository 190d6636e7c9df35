//! Warnings before an e-mail carries what should go by Digital Post.

use crate::core::letter::authority_doc;
use crate::core::sensitive::email_concerns;
use crate::core::state::State;
use crate::core::text::Msg;
use yew::prelude::*;

/// Warns, without blocking, when the e-mail would carry a CPR-shaped number or what looks like
/// health information, or when a power of attorney or certificate of guardianship (which
/// usually hold CPR numbers) should go with it, and offers Digital Post instead. Shown on the
/// route and send pages. Nothing (an empty fragment) when the route is not e-mail or there is
/// nothing to warn about; `onusedigitalpost` is the "Send med Digital Post i stedet" button's.
pub fn email_warnings(s: &State, onusedigitalpost: Callback<()>) -> Html {
    let c = email_concerns(s);
    let doc = authority_doc(s);
    if !s.by_email() || (!c.cpr_in_text && !c.health && doc.is_none()) {
        return html! {};
    }
    html! {
        <div class="srw-inset srw-inset--warning srw-email-warning">
            if c.cpr_in_text { <p class="srw-body">{ s.text(Msg::WarnCprInText) }</p> }
            if c.health { <p class="srw-body">{ s.text(Msg::WarnHealth) }</p> }
            if let Some(doc) = doc { <p class="srw-body">{ s.text(doc.email_warning) }</p> }
            <button type="button" class="srw-button srw-button--secondary" onclick={move |_| onusedigitalpost.emit(())}>
                { s.text(Msg::UseDigitalPost) }
            </button>
        </div>
    }
}
