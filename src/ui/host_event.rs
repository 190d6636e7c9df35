//! What the widget tells the host page (`crate::embed` sends it as the DOM events
//! `rights-wizard:step` and `rights-wizard:handoff`): which step the citizen is on and which
//! way of sending they used. By construction it carries no personal data: only fixed names.

use crate::core::State;

/// What the widget tells the host page. By construction it carries no personal data: only
/// fixed names of the event, step, right and route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WizardEvent {
    /// "step" on every step change, "handoff" when the citizen copies, downloads, prints or
    /// opens Digital Post or e-mail.
    pub name: &'static str,
    pub step: &'static str,
    pub right: Option<&'static str>,
    pub route: &'static str,
    /// For "handoff": which one.
    pub action: Option<&'static str>,
}

impl WizardEvent {
    /// The event `name` (with `action` for a hand-off) as `s` stands: its step, right and route.
    pub fn new(s: &State, name: &'static str, action: Option<&'static str>) -> WizardEvent {
        WizardEvent {
            name,
            step: s.step.slug(),
            right: s.right().map(|r| r.slug()),
            route: if s.by_email() {
                "email"
            } else {
                "digital-post"
            },
            action,
        }
    }
}
