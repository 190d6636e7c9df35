//! Telling the host page what happens: a "step" event on every step change, a "handoff" event
//! when the citizen uses a way to send the letter (see [`WizardEvent`]).

use crate::core::State;
use crate::ui::host_event::WizardEvent;
use std::rc::Rc;
use yew::prelude::*;

/// Sends `onevent` a "step" event whenever `s`'s step changes (also for the first step), and
/// returns the callback that reports a hand-off ("copy", "download", "print", "calendar",
/// "digital-post", "email", "web") as a "handoff" event.
#[hook]
pub fn use_host_events(s: &Rc<State>, onevent: &Callback<WizardEvent>) -> Callback<&'static str> {
    {
        let (onevent, ev) = (onevent.clone(), WizardEvent::new(s, "step", None));
        use_effect_with(s.step, move |_| onevent.emit(ev));
    }
    let (onevent, s) = (onevent.clone(), s.clone());
    Callback::from(move |what: &'static str| {
        onevent.emit(WizardEvent::new(&s, "handoff", Some(what)))
    })
}
