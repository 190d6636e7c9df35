use crate::ui::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// 1–6; the host page decides (config `headingLevel`), so the widget fits under its h1.
    pub level: u8,
    pub id: AttrValue,
    pub text: AttrValue,
}

/// The page heading. It takes focus on a step change (`tabindex="-1"`).
#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let tag = dom::h(props.level);
    html! {
        <@{tag} id={props.id.clone()} class="srw-heading" tabindex="-1">
            { props.text.clone() }
        </@>
    }
}
