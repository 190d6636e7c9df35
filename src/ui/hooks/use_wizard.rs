//! The widget's one reducer: the core [`State`] behind Yew's `Reducible`, started from the
//! host's options, this tab's draft and a click held on the pre-render.

use crate::core::steps::Step;
use crate::core::text::has;
use crate::core::{Action, Config, Date, Field, Lang, State};
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::storage::{session_get, session_remove};
use std::rc::Rc;
use yew::prelude::*;

/// The core state behind Yew's `Reducible`; the core itself knows nothing of Yew.
#[derive(Clone, PartialEq)]
pub struct Wizard(pub Rc<State>);

impl Reducible for Wizard {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Wizard(Rc::new((*self.0).clone().reduce(action))))
    }
}

/// What the wizard starts from; read on the first render only.
pub struct WizardStart {
    /// The editors' options.
    pub config: Rc<Config>,
    /// The day deadlines count from.
    pub today: Date,
    /// Seeds the reference number.
    pub seed: u64,
    /// Answers and a step to start from (testers' URL parameters, a preset right).
    pub answers: Vec<(Field, String)>,
    /// The step to start on (`None`: the start step).
    pub step: Option<Step>,
    /// A click held on the pre-rendered start step (`crate::ui::takeover::Takeover::action`).
    pub held: Option<Action>,
    /// Where this widget's draft is kept in the tab (`storage::draft_key`).
    pub draft_key: Rc<String>,
}

/// The wizard's state and dispatcher. It starts from `start`: the answers and step given, then
/// this tab's draft if there is one (a reload, an accidental navigation: it wins over the URL),
/// then the held click if the widget is on its start step; in Danish if the texts of the
/// language it would show are not at hand.
#[hook]
pub fn use_wizard(start: WizardStart) -> UseReducerHandle<Wizard> {
    use_reducer(move || {
        let mut s = State::new(start.config, start.today, start.seed);
        for (field, value) in start.answers {
            s = s.with_answer(field, value);
        }
        if let Some(step) = start.step {
            s = s.jump(step);
        }
        if let Some(json) = session_get(&start.draft_key) {
            match s.clone().restore(&json, now_ms()) {
                Some(restored) => s = restored,
                None => session_remove(&start.draft_key),
            }
        }
        // The click was on a start step: it applies where the widget starts on one (in
        // whatever language; a language click says which the citizen wants).
        if let Some(action) = start.held {
            if s.step == Step::Start {
                s = s.reduce(action);
            }
        }
        // Texts not at hand (`english_unavailable`, see `crate::embed`): Danish.
        if !has(s.lang) {
            s = s.reduce(Action::SetLang(Lang::Da));
        }
        Wizard(Rc::new(s))
    })
}
