//! A duplicated tab copied the draft and its reference: its letters get their own.

use crate::core::Action;
use crate::ui::browser::duplicate_tab::on_copy;
use crate::ui::browser::random::random_u64;
use crate::ui::hooks::use_wizard::Wizard;
use yew::prelude::*;

/// Once, on the first render: if this page turns out to run in a copy of another tab
/// (`browser::duplicate_tab`), `wizard` is reseeded, so its reference differs from the
/// original tab's.
#[hook]
pub fn use_duplicate_tab(wizard: &UseReducerHandle<Wizard>) {
    let dispatch = wizard.dispatcher();
    use_effect_with((), move |_| {
        on_copy(Callback::from(move |()| {
            dispatch.dispatch(Action::Reseed(random_u64()))
        }))
    });
}
