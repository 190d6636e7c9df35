//! The page heading, which takes focus on a step change, and the tag for a heading level.

use yew::prelude::*;

/// The page heading, `<h{level} id={id} class="srw-heading" tabindex="-1">{text}</h…>`. It
/// takes focus on a step change (`tabindex="-1"`).
///
/// * `level`: 1–6 (clamped); the host page decides (config `headingLevel`), so the widget
///   fits under its h1.
/// * `described_by`: the id of the "Trin 2 af 7" caption, so a screen reader says it with the
///   heading when the heading takes focus (the caption itself stands before the heading);
///   `None` leaves out `aria-describedby`.
pub fn heading(level: u8, id: String, text: String, described_by: Option<String>) -> Html {
    html! {
        <@{tag(level)} {id} class="srw-heading" tabindex="-1" aria-describedby={described_by}>
            { text }
        </@>
    }
}

/// The heading tag for `level`, clamped to h1–h6.
pub fn tag(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6) - 1)]
}
