//! The root component: one reducer, the side effects as named hooks, and the page of the
//! current step between the widget's frame (back link, language switch, error summary,
//! notices, draft footer).

use crate::core::steps::Step;
use crate::core::text::Msg;
use crate::core::{Action, Config, Date, Field};
use crate::ui::browser::storage;
use crate::ui::components::back_link::back_link;
use crate::ui::components::draft_footer::draft_footer;
use crate::ui::components::error_summary::error_summary;
use crate::ui::components::lang_switch::lang_switch;
use crate::ui::components::notice::notice_banner;
use crate::ui::components::texts_notice::texts_notice;
use crate::ui::hooks::use_duplicate_tab::use_duplicate_tab;
use crate::ui::hooks::use_focus_after_render::use_focus_after_render;
use crate::ui::hooks::use_host_events::use_host_events;
use crate::ui::hooks::use_language_switch::use_language_switch;
use crate::ui::hooks::use_tab_draft::use_tab_draft;
use crate::ui::hooks::use_title_errors::use_title_errors;
use crate::ui::hooks::use_wizard::{use_wizard, Wizard, WizardStart};
use crate::ui::host_event::WizardEvent;
use crate::ui::ids;
use crate::ui::pages::about::PageAbout;
use crate::ui::pages::check::PageCheck;
use crate::ui::pages::question::{question, QuestionProps};
use crate::ui::pages::send::PageSend;
use crate::ui::pages::start::PageStart;
use crate::ui::takeover::Takeover;
use std::rc::Rc;
use yew::prelude::*;

/// What the host page gives the widget (`crate::embed` reads it from the mount element; the
/// browser tests and the pre-render set it directly).
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub today: Date,
    /// Seeds the reference number.
    pub seed: u64,
    /// Makes ids unique when several widgets share a page, e.g. "srw1-".
    #[prop_or_default]
    pub id_prefix: AttrValue,
    /// Answers and a step to start from (testers' URL parameters, a preset right).
    #[prop_or_default]
    pub initial: Vec<(Field, String)>,
    #[prop_or_default]
    pub initial_step: Option<Step>,
    #[prop_or_default]
    pub onevent: Callback<WizardEvent>,
    #[prop_or_default]
    pub takeover: Takeover,
    /// The texts of the language the widget would start in could not be loaded
    /// (`texts.en.json`, see `crate::ui::browser::english::load_texts`): it starts in Danish
    /// and says so.
    #[prop_or_default]
    pub english_unavailable: bool,
}

/// A callback that turns what a component reports into one action for the reducer (the shape
/// of yew's `function_todomvc`).
fn make_callback<E, F>(dispatch: &UseReducerDispatcher<Wizard>, f: F) -> Callback<E>
where
    F: Fn(E) -> Action + 'static,
{
    let dispatch = dispatch.clone();
    Callback::from(move |e: E| dispatch.dispatch(f(e)))
}

/// The root, read top to bottom: the wizard's one reducer, its side effects (each a named hook
/// in `crate::ui::hooks`), one callback per action, then the frame around the current page.
/// Every child gets data and `on*` callbacks; only the root sends actions.
#[component]
pub fn App(props: &AppProps) -> Html {
    let draft_key = use_memo(props.id_prefix.clone(), |prefix| storage::draft_key(prefix));
    let wizard = use_wizard(WizardStart {
        config: props.config.clone(),
        today: props.today,
        seed: props.seed,
        answers: props.initial.clone(),
        step: props.initial_step,
        held: props.takeover.action.clone(),
        draft_key: draft_key.clone(),
    });
    let s = wizard.0.clone();
    let prefix = props.id_prefix.clone();
    let level = s.config.heading_level.clamp(1, 6);
    let root = use_node_ref();
    use_focus_after_render(&s, &prefix, &root, props.takeover.focus_button);
    use_title_errors(&s);
    let ondelete = use_tab_draft(&wizard, &draft_key);
    let onhandoff = use_host_events(&s, &props.onevent);
    use_duplicate_tab(&wizard);
    let switch = use_language_switch(&wizard, &prefix, &root, props.english_unavailable);

    let dispatch = wizard.dispatcher();
    let oncontinue = make_callback(&dispatch, |()| Action::Continue);
    let onback = make_callback(&dispatch, |()| Action::Back);
    let onfollowup = make_callback(&dispatch, |()| Action::StartFollowUp);
    let onaccess = make_callback(&dispatch, |()| Action::UseAccessInstead);
    let onusedigitalpost = make_callback(&dispatch, |()| Action::UseDigitalPost);
    let onset = make_callback(&dispatch, |(f, v): (Field, String)| Action::Set(f, v));
    let ontoggle = make_callback(&dispatch, |(f, v, on): (Field, &'static str, bool)| {
        Action::Toggle(f, v, on)
    });
    let onchange = make_callback(&dispatch, Action::Change);
    let oncontinuewith = make_callback(&dispatch, Action::ContinueWith);

    // Each step, in each language, gets a fresh page: Yew replaces the whole subtree instead
    // of rewriting the text nodes it made. A page translator (Chrome, Edge) swaps those text
    // nodes for its own <font> elements; text written into a node it has swapped out would
    // never show, and the previous step's translated text would stay on screen.
    let page_key = [s.step.slug(), "-", s.lang.code()].concat();
    let (key, state) = (page_key.clone(), s.clone());
    let page = match s.step {
        Step::Start => html! {
            <PageStart {key} {state} id_prefix={prefix.clone()} {level} onstart={oncontinue} {onfollowup} />
        },
        Step::About => html! {
            <PageAbout {key} {state} id_prefix={prefix.clone()} {level} {oncontinue} {onaccess} />
        },
        Step::Check => html! {
            <PageCheck {key} {state} id_prefix={prefix.clone()} {level} {onchange} {oncontinue} />
        },
        Step::Send => html! {
            <PageSend {key} {state} id_prefix={prefix.clone()} {level} {onhandoff}
                onrestart={ondelete.clone()} onsent={ondelete.clone()} {onusedigitalpost} />
        },
        _ => question(QuestionProps {
            key,
            state,
            id_prefix: prefix.clone(),
            level,
            onset,
            ontoggle,
            oncontinue: oncontinuewith,
            onusedigitalpost,
        }),
    };

    html! {
        <section ref={root} class="srw" lang={s.lang.code()} data-step={s.step.slug()} aria-label={s.text(Msg::WidgetLabel)}>
            <div class="srw-topbar">
                if s.step != Step::Start {
                    { back_link(s.text(Msg::Back), onback) }
                }
                { lang_switch(s.lang, s.text(Msg::LanguageLabel), switch.onlang, switch.loading) }
            </div>
            { texts_notice(switch.loading.is_some(), switch.failed) }
            { error_summary(&prefix, s.text(Msg::ErrorSummaryTitle), level, s.error_links()) }
            { notice_banner(s.notice, s.lang, &prefix) }
            if let Some(label) = s.step_label() {
                <p class="srw-caption" key={page_key.clone()} id={ids::id(&prefix, "step")}>{ label }</p>
            }
            { page }
            if s.step != Step::Start {
                { draft_footer(s.text(Msg::DraftNote), s.text(Msg::DeleteAnswers), ondelete) }
            }
        </section>
    }
}
