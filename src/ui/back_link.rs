use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub label: AttrValue,
    pub onback: Callback<()>,
}

/// "Tilbage": a button styled as GOV.UK's back link; it keeps every answer.
#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let onback = props.onback.clone();
    html! {
        <button type="button" class="srw-back-link" onclick={move |_| onback.emit(())}>
            { props.label.clone() }
        </button>
    }
}
