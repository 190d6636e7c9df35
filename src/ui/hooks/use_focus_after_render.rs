//! Where keyboard focus goes once a render is done: the new step's heading, the error summary
//! after a failed "Fortsæt", a field after "Ret", or the pre-rendered button the citizen was on
//! before the widget started. Nothing else: the widget must not steal focus from the host page.

use crate::core::focus::Focus;
use crate::core::steps::Step;
use crate::core::State;
use crate::ui::browser::focus::{focus_id, focus_nth_button, focus_showing};
use crate::ui::ids;
use std::rc::Rc;
use yew::prelude::*;

/// Moves focus after each render where the state asks for it (`State::focus`, counted by
/// `focus_seq`; never on the first render). The heading is shown with its "Trin n af m"
/// caption above it (when the step has one).
///
/// `focus_button` is the pre-rendered button that had focus (or was clicked) before the widget
/// started (`crate::ui::takeover::Takeover::focus_button`): on the first render it gets focus
/// again among the buttons in `root`, unless the held click moved on to a new step (its heading
/// takes focus instead) or the widget starts elsewhere (a restored draft).
#[hook]
pub fn use_focus_after_render(
    s: &Rc<State>,
    prefix: &AttrValue,
    root: &NodeRef,
    focus_button: Option<u32>,
) {
    {
        let (focus, prefix, caption) = (s.focus, prefix.clone(), s.step_label().is_some());
        use_effect_with(s.focus_seq, move |seq| {
            if *seq > 0 {
                match focus {
                    Some(Focus::Heading) => focus_showing(
                        &ids::id(&prefix, "heading"),
                        caption.then(|| ids::id(&prefix, "step")).as_deref(),
                    ),
                    Some(Focus::Summary) => focus_id(&ids::id(&prefix, "error-summary")),
                    Some(Focus::Field(f)) => focus_id(&ids::id(&prefix, f.slug())),
                    None => {}
                }
            }
        });
    }
    let moved = s.focus_seq > 0 || s.step != Step::Start;
    let root = root.clone();
    use_effect_with((), move |_| {
        if let (Some(index), false) = (focus_button, moved) {
            focus_nth_button(&root, index);
        }
    });
}
