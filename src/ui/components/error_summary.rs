//! The error summary: every problem on the page, each linking to its field.

use crate::core::view::ErrorLink;
use crate::ui::browser::focus::focus_id;
use crate::ui::components::heading::tag;
use crate::ui::ids;
use yew::prelude::*;

/// The error summary above the heading (GOV.UK/DKFDS): it takes focus after a failed
/// "Fortsæt"; each link moves focus to its field, with the same words as the inline message.
///
/// `title` ("Der er et problem") is a heading at `level` (the widget's level, 1–6); the ids
/// start with `prefix` (`<prefix>error-summary`, links to `#<prefix><field slug>`). Nothing (an
/// empty fragment) when `errors` is empty.
pub fn error_summary(prefix: &str, title: String, level: u8, errors: Vec<ErrorLink>) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="srw-error-summary" id={ids::id(prefix, "error-summary")} tabindex="-1"
             aria-labelledby={ids::id(prefix, "error-summary-title")}>
            <div role="alert">
                <@{tag(level)} class="srw-error-summary__title"
                    id={ids::id(prefix, "error-summary-title")}>
                    { title }
                </@>
                <ul class="srw-error-summary__list">
                    { for errors.into_iter().map(|e| {
                        let target = ids::id(prefix, e.slug);
                        let href = ids::id("#", &target);
                        let onclick = Callback::from(move |ev: MouseEvent| {
                            ev.prevent_default();
                            focus_id(&target);
                        });
                        // Keyed by field and message: a changed message is a new item, not a rewritten
                        // text node (which a page translator may have swapped out).
                        html! { <li key={[e.slug, ":", &e.text].concat()}><a href={href} {onclick}>{ e.text }</a></li> }
                    }) }
                </ul>
            </div>
        </div>
    }
}
