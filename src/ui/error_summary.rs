use crate::core::view::ErrorLink;
use crate::ui::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub id_prefix: AttrValue,
    pub title: AttrValue,
    /// Heading level of the summary's title (the widget's level).
    pub level: u8,
    pub errors: Vec<ErrorLink>,
}

/// The error summary above the heading (GOV.UK/DKFDS): it takes focus after a failed
/// "Fortsæt"; each link moves focus to its field, with the same words as the inline message.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    let prefix = props.id_prefix.clone();
    html! {
        <div class="srw-error-summary" id={dom::id(&prefix, "error-summary")} tabindex="-1"
             aria-labelledby={dom::id(&prefix, "error-summary-title")}>
            <div role="alert">
                <@{dom::h(props.level)} class="srw-error-summary__title"
                    id={dom::id(&prefix, "error-summary-title")}>
                    { props.title.clone() }
                </@>
                <ul class="srw-error-summary__list">
                    { for props.errors.iter().map(|e| {
                        let target = dom::id(&prefix, e.slug);
                        let href = dom::id("#", &target);
                        let onclick = Callback::from(move |ev: MouseEvent| {
                            ev.prevent_default();
                            dom::focus_id(&target);
                        });
                        // Keyed by field and message: a changed message is a new item, not a rewritten
                        // text node (which a page translator may have swapped out).
                        html! { <li key={[e.slug, ":", &e.text].concat()}><a href={href} {onclick}>{ e.text.clone() }</a></li> }
                    }) }
                </ul>
            </div>
        </div>
    }
}
