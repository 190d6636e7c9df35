//! "Fejl: " before the page title while the widget shows errors (DKFDS, GOV.UK).

use crate::core::text::Msg;
use crate::core::State;
use crate::ui::browser::title::{title_errors_begin, title_errors_end};
use std::rc::Rc;
use yew::prelude::*;

/// Puts "Fejl: " (in the widget's language) before the page title while `s` has problems.
/// The title is the page's, shared with any other widget on it: see [`title_errors_begin`].
/// The cleanup runs when the errors go, the language changes or the widget is removed.
#[hook]
pub fn use_title_errors(s: &Rc<State>) {
    let prefix_text = Msg::TitleErrorPrefix.get(s.lang).to_string();
    let has_errors = !s.problems.is_empty();
    use_effect_with((has_errors, prefix_text), |(has_errors, prefix_text)| {
        let on = *has_errors;
        if on {
            title_errors_begin(prefix_text);
        }
        move || {
            if on {
                title_errors_end();
            }
        }
    });
}
