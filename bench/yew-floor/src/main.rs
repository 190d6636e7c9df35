//! One radio step with a reducer: what every Yew widget pays before its own logic.
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Default)]
struct S {
    choice: Option<usize>,
    step: u8,
}

enum A {
    Pick(usize),
    Next,
}

impl Reducible for S {
    type Action = A;
    fn reduce(self: Rc<Self>, a: A) -> Rc<Self> {
        let mut s = (*self).clone();
        match a {
            A::Pick(i) => s.choice = Some(i),
            A::Next => s.step += 1,
        }
        s.into()
    }
}

#[function_component]
fn App() -> Html {
    let st = use_reducer(S::default);
    let options = ["Indsigt", "Berigtigelse", "Sletning"];
    let onsubmit = {
        let st = st.clone();
        move |e: SubmitEvent| {
            e.prevent_default();
            st.dispatch(A::Next)
        }
    };
    html! {
        <form {onsubmit}>
            <fieldset>
                <legend><h1>{ "Hvilken ret?" }</h1></legend>
                { for options.iter().enumerate().map(|(i, o)| {
                    let st = st.clone();
                    let checked = st.choice == Some(i);
                    html! {
                        <div>
                            <input type="radio" id={format!("r{i}")} name="r" {checked}
                                onchange={move |_| st.dispatch(A::Pick(i))} />
                            <label for={format!("r{i}")}>{ *o }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <p>{ format!("Trin {}", st.step) }</p>
            <button>{ "Fortsæt" }</button>
        </form>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
