use crate::core::focus::Focus;
use crate::core::reducer::Action;
use crate::core::state::State;
use crate::core::steps::Step;
use crate::core::text::Msg;
use crate::core::{Config, Date, Field, Lang};
use crate::ui::back_link::back_link;
use crate::ui::dom;
use crate::ui::draft_footer::draft_footer;
use crate::ui::error_summary::error_summary;
use crate::ui::lang_switch::lang_switch;
use crate::ui::notice::notice_banner;
use crate::ui::page_about::PageAbout;
use crate::ui::page_check::PageCheck;
use crate::ui::page_send::PageSend;
use crate::ui::page_start::PageStart;
use crate::ui::question::{question, QuestionProps};
use crate::ui::tab;
use std::rc::Rc;
use yew::prelude::*;

/// What the widget tells the host page. By construction it carries no personal data: only
/// fixed names of the event, step, right and route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WizardEvent {
    /// "step" on every step change, "handoff" when the citizen copies, downloads, prints or
    /// opens Digital Post or e-mail.
    pub name: &'static str,
    pub step: &'static str,
    pub right: Option<&'static str>,
    pub route: &'static str,
    /// For "handoff": which one.
    pub action: Option<&'static str>,
}

/// What the citizen did on the pre-rendered start step (`crate::prerender`) before the widget
/// started; the widget takes it over so nothing done in that time is lost. Read from the mount
/// element by `crate::embed` (the loader records the click).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Takeover {
    /// The language the pre-render showed; `None`: there was no pre-render.
    pub lang: Option<Lang>,
    /// A click on one of its buttons, held by the loader: `Continue` (Start), `StartFollowUp`
    /// or `SetLang`. Acted on only if the widget starts on its start step (in either
    /// language); a restored draft wins and the click is dropped.
    pub action: Option<Action>,
    /// The button (index among the widget's buttons, in document order) that had focus or was
    /// clicked; it gets focus again unless the action moved focus to a new step's heading.
    pub focus_button: Option<u32>,
}

/// The core state behind Yew's `Reducible`; the core itself knows nothing of Yew.
#[derive(Clone, PartialEq)]
pub struct Wizard(pub Rc<State>);

impl Reducible for Wizard {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Wizard(Rc::new((*self.0).clone().reduce(action))))
    }
}

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
    /// (`texts.en.json`, see `dom::load_texts`): it starts in Danish and says so.
    #[prop_or_default]
    pub english_unavailable: bool,
}

fn event(s: &State, name: &'static str, action: Option<&'static str>) -> WizardEvent {
    WizardEvent {
        name,
        step: s.step.slug(),
        right: s.right().map(|r| r.slug()),
        route: if s.by_email() {
            "email"
        } else {
            "digital-post"
        },
        action,
    }
}

/// A language's texts being fetched, or not to be had (see [`dom::load_texts`]).
#[derive(Clone, Copy, PartialEq)]
enum TextsLoad {
    Loading(Lang),
    Failed,
}

/// The root: one `use_reducer`; every child gets data and `on*` callbacks.
#[component]
pub fn App(props: &AppProps) -> Html {
    let draft_key = use_memo(props.id_prefix.clone(), |prefix| dom::draft_key(prefix));
    let wizard = {
        let (config, today, seed) = (props.config.clone(), props.today, props.seed);
        let (initial, initial_step) = (props.initial.clone(), props.initial_step);
        let key = draft_key.clone();
        let takeover = props.takeover.clone();
        use_reducer(move || {
            let mut s = State::new(config, today, seed);
            for (field, value) in initial {
                s = s.with_answer(field, value);
            }
            if let Some(step) = initial_step {
                s = s.jump(step);
            }
            // A draft from this tab (a reload, an accidental navigation) wins over the URL.
            if let Some(json) = dom::session_get(&key) {
                match s.clone().restore(&json, dom::now_ms()) {
                    Some(restored) => s = restored,
                    None => dom::session_remove(&key),
                }
            }
            // The click was on a start step: it applies where the widget starts on one (in
            // whatever language; a language click says which the citizen wants).
            if let Some(action) = takeover.action {
                if s.step == Step::Start {
                    s = s.reduce(action);
                }
            }
            // Texts not at hand (`english_unavailable`, see `crate::embed`): Danish.
            if !crate::core::text::has(s.lang) {
                s = s.reduce(Action::SetLang(Lang::Da));
            }
            Wizard(Rc::new(s))
        })
    };
    // The English texts on their way (a click on "English" in a build whose English texts are
    // their own file), or that they could not be had.
    let texts = use_state(|| props.english_unavailable.then_some(TextsLoad::Failed));
    // Counts language clicks: texts that arrive after a later click (back to Danish while
    // English loads) do not switch.
    let lang_clicks = use_mut_ref(|| 0u32);
    let s: Rc<State> = wizard.0.clone();
    let prefix = props.id_prefix.clone();
    let level = s.config.heading_level.clamp(1, 6);

    // Focus: the heading after a step change, the summary after a failed "Fortsæt", a field
    // after "Ret". Nothing on first render: the widget must not steal focus from the host page.
    // The heading is shown with its "Trin n af m" caption above it (when the step has one).
    {
        let (focus, prefix, caption) = (s.focus, prefix.clone(), s.step_label().is_some());
        use_effect_with(s.focus_seq, move |seq| {
            if *seq > 0 {
                match focus {
                    Some(Focus::Heading) => dom::focus_showing(
                        &dom::id(&prefix, "heading"),
                        caption.then(|| dom::id(&prefix, "step")).as_deref(),
                    ),
                    Some(Focus::Summary) => dom::focus_id(&dom::id(&prefix, "error-summary")),
                    Some(Focus::Field(f)) => dom::focus_id(&dom::id(&prefix, f.slug())),
                    None => {}
                }
            }
        });
    }
    // The pre-rendered button that had focus (or was clicked) before the widget started has it
    // again, unless the held click moved on to a new step (then its heading took focus above)
    // or the widget starts elsewhere (a restored draft).
    let root = use_node_ref();
    {
        let moved = s.focus_seq > 0 || s.step != Step::Start;
        let (root, index) = (root.clone(), props.takeover.focus_button);
        use_effect_with((), move |_| {
            if let (Some(index), false) = (index, moved) {
                dom::focus_nth_button(&root, index);
            }
        });
    }
    // "Fejl: " before the page title while there are errors (DKFDS/GOV.UK). The title is the
    // page's, shared with any other widget on it: see `dom::title_errors_begin`. The cleanup
    // runs when the errors go, the language changes or the widget is removed.
    {
        let prefix_text = Msg::TitleErrorPrefix.get(s.lang).to_string();
        let has_errors = !s.problems.is_empty();
        use_effect_with((has_errors, prefix_text), |(has_errors, prefix_text)| {
            let on = *has_errors;
            if on {
                dom::title_errors_begin(prefix_text);
            }
            move || {
                if on {
                    dom::title_errors_end();
                }
            }
        });
    }
    // Keep a draft in this tab (never the CPR number); none while nothing has been answered.
    // It stays on the send page and after copying, downloading, printing or opening Digital
    // Post or e-mail: none of them proves the letter was sent. It goes when the citizen says
    // it was sent, deletes the answers, starts a new request, or closes the tab.
    {
        let (key, state) = (draft_key.clone(), s.clone());
        use_effect_with((s.step, s.lang, s.seed, s.answers.clone()), move |_| {
            if state.is_pristine() {
                dom::session_remove(&key);
            } else {
                dom::session_set(&key, &state.to_draft(dom::now_ms()));
            }
        });
    }
    {
        let (onevent, ev) = (props.onevent.clone(), event(&s, "step", None));
        use_effect_with(s.step, move |_| onevent.emit(ev));
    }
    // A duplicated tab copied the draft and its reference: its letters get their own.
    {
        let dispatch = wizard.dispatcher();
        use_effect_with((), move |_| {
            tab::on_copy(Callback::from(move |()| {
                dispatch.dispatch(Action::Reseed(dom::random_u64()))
            }))
        });
    }

    let dispatch = wizard.dispatcher();
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: ()| dispatch.dispatch(action.clone()))
    };
    let onlang = {
        let (dispatch, s, prefix, texts, clicks, root) = (
            dispatch.clone(),
            s.clone(),
            prefix.clone(),
            texts.clone(),
            lang_clicks.clone(),
            root.clone(),
        );
        // Texts not in the bundle are fetched first; the switch waits for them, and on a
        // failure the page stays as it is and says so.
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
                    let focused = dom::focused_id_within(&root);
                    dispatch.dispatch(Action::TakeShown(dom::shown_text_values(&s, &prefix)));
                    dispatch.dispatch(Action::SetLang(lang));
                    if let Some(id) = focused {
                        dom::refocus_after_render(id);
                    }
                }
            };
            if crate::core::text::has(lang) {
                texts.set(None);
                return switch();
            }
            texts.set(Some(TextsLoad::Loading(lang)));
            let (texts, clicks) = (texts.setter(), clicks.clone());
            let click = *clicks.borrow();
            dom::load_texts(lang, move |ok| {
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
    let onset = {
        let dispatch = dispatch.clone();
        Callback::from(move |(f, v): (Field, String)| dispatch.dispatch(Action::Set(f, v)))
    };
    let ontoggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |(f, v, on): (Field, &'static str, bool)| {
            dispatch.dispatch(Action::Toggle(f, v, on))
        })
    };
    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |f: Field| dispatch.dispatch(Action::Change(f)))
    };
    let oncontinuewith = {
        let dispatch = dispatch.clone();
        Callback::from(move |values: Vec<(Field, String)>| {
            dispatch.dispatch(Action::ContinueWith(values))
        })
    };
    let onhandoff = {
        let (onevent, s) = (props.onevent.clone(), s.clone());
        Callback::from(move |what: &'static str| onevent.emit(event(&s, "handoff", Some(what))))
    };
    let ondelete = {
        let (dispatch, key) = (dispatch.clone(), draft_key.clone());
        Callback::from(move |_: ()| {
            dom::session_remove(&key);
            dispatch.dispatch(Action::Restart)
        })
    };

    // Each step, in each language, gets a fresh page: Yew replaces the whole subtree instead
    // of rewriting the text nodes it made. A page translator (Chrome, Edge) swaps those text
    // nodes for its own <font> elements; text written into a node it has swapped out would
    // never show, and the previous step's translated text would stay on screen.
    let page_key = [s.step.slug(), "-", s.lang.code()].concat();
    let page = match s.step {
        Step::Start => html! {
            <PageStart key={page_key.clone()} state={s.clone()} id_prefix={prefix.clone()} {level} onstart={send(Action::Continue)}
                onfollowup={send(Action::StartFollowUp)} />
        },
        Step::About => html! {
            <PageAbout key={page_key.clone()} state={s.clone()} id_prefix={prefix.clone()} {level}
                oncontinue={send(Action::Continue)} onaccess={send(Action::UseAccessInstead)} />
        },
        Step::Check => html! {
            <PageCheck key={page_key.clone()} state={s.clone()} id_prefix={prefix.clone()} {level} {onchange} oncontinue={send(Action::Continue)} />
        },
        Step::Send => html! {
            <PageSend key={page_key.clone()} state={s.clone()} id_prefix={prefix.clone()} {level} {onhandoff}
                onrestart={ondelete.clone()} onsent={ondelete.clone()} onusedigitalpost={send(Action::UseDigitalPost)} />
        },
        _ => question(QuestionProps {
            key: page_key.clone(),
            state: s.clone(),
            id_prefix: prefix.clone(),
            level,
            onset,
            ontoggle,
            oncontinue: oncontinuewith,
            onusedigitalpost: send(Action::UseDigitalPost),
        }),
    };

    let loading = match *texts {
        Some(TextsLoad::Loading(lang)) => Some(lang),
        _ => None,
    };
    html! {
        <section ref={root} class="srw" lang={s.lang.code()} data-step={s.step.slug()} aria-label={s.text(Msg::WidgetLabel)}>
            <div class="srw-topbar">
                if s.step != Step::Start {
                    { back_link(s.text(Msg::Back), send(Action::Back)) }
                }
                { lang_switch(s.lang, s.text(Msg::LanguageLabel), onlang, loading) }
            </div>
            { texts_notice(*texts) }
            { error_summary(&prefix, s.text(Msg::ErrorSummaryTitle), level, s.error_links()) }
            { notice_banner(s.notice, s.lang, &prefix) }
            if let Some(label) = s.step_label() {
                <p class="srw-caption" key={page_key.clone()} id={dom::id(&prefix, "step")}>{ label }</p>
            }
            { page }
            if s.step != Step::Start {
                { draft_footer(s.text(Msg::DraftNote), s.text(Msg::DeleteAnswers), ondelete) }
            }
        </section>
    }
}

/// Below the language switch: "Loading English …" while the English texts are fetched, in a
/// polite live region that is always there (empty otherwise, so screen readers announce the
/// text when it comes; `aria-live` rather than `role="status"`, as in `notice_banner`), and an
/// alert in both languages when they could not be had. The texts are not in the catalogue:
/// they must show when its English column is missing.
fn texts_notice(load: Option<TextsLoad>) -> Html {
    let loading = matches!(load, Some(TextsLoad::Loading(_)));
    html! {
        <>
            <p class="srw-hint srw-texts-live" aria-live="polite" lang="en">
                { if loading { crate::core::text::ENGLISH_LOADING } else { "" } }
            </p>
            // A notification banner's box (the CPR notice's), without its title bar.
            if load == Some(TextsLoad::Failed) {
                <div class="srw-notice srw-texts-failed srw-no-print" role="alert">
                    <div class="srw-notice__content">
                        { for crate::core::text::TEXTS_UNAVAILABLE.iter().map(|(lang, text)| html! {
                            <p class="srw-body" lang={*lang}>{ *text }</p>
                        }) }
                    </div>
                </div>
            }
        </>
    }
}
