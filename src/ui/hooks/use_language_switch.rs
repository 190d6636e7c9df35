//! Switching language: the texts fetched first when they are a file of their own, then the
//! page rebuilt in the new language with what the citizen typed and where focus was.

use crate::core::text::has;
use crate::core::{Action, Lang};
use crate::ui::browser::english::load_texts;
use crate::ui::browser::focus::{focused_id_within, refocus_after_render};
use crate::ui::browser::form::shown_text_values;
use crate::ui::hooks::use_wizard::Wizard;
use yew::prelude::*;

/// A language's texts being fetched, or not to be had (see [`load_texts`]).
#[derive(Clone, Copy, PartialEq)]
enum TextsLoad {
    Loading(Lang),
    Failed,
}

/// What the language switch shows and does.
pub struct LanguageSwitch {
    /// Switches to the language clicked.
    pub onlang: Callback<Lang>,
    /// The language whose texts are on their way, if any.
    pub loading: Option<Lang>,
    /// The texts of a language asked for could not be had: the page stays as it is.
    pub failed: bool,
}

/// The language switch of `wizard`, whose fields' ids start with `prefix` and whose markup is
/// inside `root`. `unavailable`: the texts of the language the widget would have started in
/// could not be loaded (it starts in Danish and says so).
///
/// Texts not in the bundle are fetched first; the switch waits for them, and on a failure the
/// page stays as it is and says so. A later click decides: texts that arrive after it (back to
/// Danish while English loads) do not switch.
#[hook]
pub fn use_language_switch(
    wizard: &UseReducerHandle<Wizard>,
    prefix: &AttrValue,
    root: &NodeRef,
    unavailable: bool,
) -> LanguageSwitch {
    let texts = use_state(|| unavailable.then_some(TextsLoad::Failed));
    let clicks = use_mut_ref(|| 0u32);
    let onlang = {
        let (dispatch, s, prefix, texts, root) = (
            wizard.dispatcher(),
            wizard.0.clone(),
            prefix.clone(),
            texts.clone(),
            root.clone(),
        );
        Callback::from(move |lang: Lang| {
            if *texts == Some(TextsLoad::Loading(lang)) {
                return;
            }
            *clicks.borrow_mut() += 1;
            // The page is rebuilt in the new language: first take over what the fields show
            // (text a browser filled in without events, or typed while the texts came), and
            // the control with focus comes along into the rebuilt page.
            let switch = {
                let (dispatch, s, prefix, root) =
                    (dispatch.clone(), s.clone(), prefix.clone(), root.clone());
                move || {
                    let focused = focused_id_within(&root);
                    dispatch.dispatch(Action::TakeShown(shown_text_values(&s, &prefix)));
                    dispatch.dispatch(Action::SetLang(lang));
                    if let Some(id) = focused {
                        refocus_after_render(id);
                    }
                }
            };
            if has(lang) {
                texts.set(None);
                return switch();
            }
            texts.set(Some(TextsLoad::Loading(lang)));
            let (texts, clicks) = (texts.setter(), clicks.clone());
            let click = *clicks.borrow();
            load_texts(lang, move |ok| {
                if *clicks.borrow() != click {
                    // A later click decided (and cleared the status).
                } else if ok {
                    texts.set(None);
                    switch();
                } else {
                    texts.set(Some(TextsLoad::Failed));
                }
            });
        })
    };
    LanguageSwitch {
        onlang,
        loading: match *texts {
            Some(TextsLoad::Loading(lang)) => Some(lang),
            _ => None,
        },
        failed: *texts == Some(TextsLoad::Failed),
    }
}
