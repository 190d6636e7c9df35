use crate::core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub current: Lang,
    /// "Sprog" / "Language", for the group's accessible name.
    pub label: AttrValue,
    pub onlang: Callback<Lang>,
}

/// "Dansk | English". Each button is named in its own language; the current one is pressed.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    html! {
        <div class="srw-lang" role="group" aria-label={props.label.clone()}>
            { for Lang::ALL.into_iter().map(|lang| {
                let onlang = props.onlang.clone();
                let pressed = lang == props.current;
                html! {
                    <button type="button" lang={lang.code()} class="srw-lang__button"
                        aria-pressed={if pressed { "true" } else { "false" }}
                        onclick={move |_| onlang.emit(lang)}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
