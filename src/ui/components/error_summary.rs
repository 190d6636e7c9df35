use crate::core::view::ErrorLink;
use crate::ui::dom;
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
        <div class="srw-error-summary" id={dom::id(prefix, "error-summary")} tabindex="-1"
             aria-labelledby={dom::id(prefix, "error-summary-title")}>
            <div role="alert">
                <@{dom::h(level)} class="srw-error-summary__title"
                    id={dom::id(prefix, "error-summary-title")}>
                    { title }
                </@>
                <ul class="srw-error-summary__list">
                    { for errors.into_iter().map(|e| {
                        let target = dom::id(prefix, e.slug);
                        let href = dom::id("#", &target);
                        let onclick = Callback::from(move |ev: MouseEvent| {
                            ev.prevent_default();
                            dom::focus_id(&target);
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
