//! Taking over from the pre-rendered start step (`crate::prerender`): what the citizen did on
//! it before the widget started, so nothing done in that time is lost.

use crate::core::{Action, Lang};

/// What the citizen did on the pre-rendered start step (`crate::prerender`) before the widget
/// started; the widget takes it over so nothing done in that time is lost. Read from the mount
/// element by `crate::embed` (the loader records the click).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Takeover {
    /// The language the pre-render showed; `None`: there was no pre-render.
    pub lang: Option<Lang>,
    /// A click on one of its buttons, held by the loader: `Continue` (Start), `StartFollowUp`
    /// or `SetLang`. Acted on only if the widget starts on its start step (in either
    /// language); a restored draft wins and the click is dropped.
    pub action: Option<Action>,
    /// The button (index among the widget's buttons, in document order) that had focus or was
    /// clicked; it gets focus again unless the action moved focus to a new step's heading.
    pub focus_button: Option<u32>,
}
