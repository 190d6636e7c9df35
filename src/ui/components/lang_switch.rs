//! "Dansk | English": the language buttons.

use crate::core::Lang;
use yew::prelude::*;

/// "Dansk | English". Each button is named in its own language; the `current` one is pressed.
/// `label` ("Sprog" / "Language") is the group's accessible name; `onlang` gets the language
/// of the button clicked. The `loading` language's button is `aria-busy` while its texts are
/// fetched.
pub fn lang_switch(
    current: Lang,
    label: String,
    onlang: Callback<Lang>,
    loading: Option<Lang>,
) -> Html {
    html! {
        <div class="srw-lang" role="group" aria-label={label}>
            { for Lang::ALL.into_iter().map(|lang| {
                let onlang = onlang.clone();
                let pressed = lang == current;
                html! {
                    <button type="button" lang={lang.code()} class="srw-lang__button"
                        aria-pressed={if pressed { "true" } else { "false" }}
                        aria-busy={(loading == Some(lang)).then_some("true")}
                        onclick={move |_| onlang.emit(lang)}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
