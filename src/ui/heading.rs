use crate::ui::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// 1–6; the host page decides (config `headingLevel`), so the widget fits under its h1.
    pub level: u8,
    pub id: AttrValue,
    pub text: AttrValue,
    /// The id of the "Trin 2 af 7" caption, so a screen reader says it with the heading when
    /// the heading takes focus (the caption itself stands before the heading).
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
}

/// The page heading. It takes focus on a step change (`tabindex="-1"`).
#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let tag = dom::h(props.level);
    html! {
        <@{tag} id={props.id.clone()} class="srw-heading" tabindex="-1" aria-describedby={props.described_by.clone()}>
            { props.text.clone() }
        </@>
    }
}
