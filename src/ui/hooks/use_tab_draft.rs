//! The tab's draft: the answers kept in sessionStorage while the citizen works (never the CPR
//! number), so a reload or an accidental navigation loses nothing.

use crate::core::Action;
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::storage::{session_remove, session_set};
use crate::ui::hooks::use_wizard::Wizard;
use std::rc::Rc;
use yew::prelude::*;

/// Keeps a draft of `wizard`'s state under `key` (see `State::to_draft`); none while nothing
/// has been answered. It stays on the send page and after copying, downloading, printing or
/// opening Digital Post or e-mail: none of them proves the letter was sent. It goes when the
/// citizen says it was sent, deletes the answers, starts a new request, or closes the tab.
///
/// Returns the callback that deletes the answers: the draft goes, and the wizard restarts.
#[hook]
pub fn use_tab_draft(wizard: &UseReducerHandle<Wizard>, key: &Rc<String>) -> Callback<()> {
    {
        let (key, state) = (key.clone(), wizard.0.clone());
        let s = &wizard.0;
        use_effect_with((s.step, s.lang, s.seed, s.answers.clone()), move |_| {
            if state.is_pristine() {
                session_remove(&key);
            } else {
                session_set(&key, &state.to_draft(now_ms()));
            }
        });
    }
    let (dispatch, key) = (wizard.dispatcher(), key.clone());
    Callback::from(move |()| {
        session_remove(&key);
        dispatch.dispatch(Action::Restart)
    })
}
