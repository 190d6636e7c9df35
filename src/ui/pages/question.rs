//! A question step: the step's questions in one form, checked on "Fortsæt".

use crate::core::fields::{Control, Field};
use crate::core::letter::{authority_doc, cpr_left_out_note};
use crate::core::state::State;
use crate::core::steps::Step;
use crate::core::text::Msg;
use crate::ui::browser::form::shown_text_values;
use crate::ui::components::choice_group::choice_group;
use crate::ui::components::email_warnings::email_warnings;
use crate::ui::components::heading::{heading, tag};
use crate::ui::components::text_field::TextField;
use crate::ui::ids;
use std::rc::Rc;
use yew::prelude::*;

/// What [`question`] renders: the state, the ids, the heading level and the page's callbacks.
pub struct QuestionProps {
    /// The page key (step and language): a new key gives a fresh form, not one whose text
    /// nodes are rewritten (see `App`).
    pub key: String,
    pub state: Rc<State>,
    pub id_prefix: AttrValue,
    pub level: u8,
    pub onset: Callback<(Field, String)>,
    pub ontoggle: Callback<(Field, &'static str, bool)>,
    /// "Fortsæt", with the value each text field on the page shows.
    pub oncontinue: Callback<Vec<(Field, String)>>,
    pub onusedigitalpost: Callback<()>,
}

/// A question page: the questions of the current step in a form; "Fortsæt" (or Enter)
/// validates. One-question pages use the question as the page heading.
///
/// "Fortsæt" reads every text field from the page first: autofill (Safari's contact AutoFill,
/// password managers) may fill a field without any `input` or `change` event, and what the
/// citizen sees in a field is what the letter must use.
pub fn question(props: QuestionProps) -> Html {
    let s = &props.state;
    let single = s.single_question();
    let t = |m: Msg| s.text(m);
    let caption = s.step_label().map(|_| ids::id(&props.id_prefix, "step"));
    let render = |f: crate::core::view::FieldView, heading: Option<u8>| -> Html {
        match f.control {
            Control::Radios | Control::Checks => choice_group(
                f,
                &props.id_prefix,
                t(Msg::ErrorPrefix),
                heading,
                caption.clone(),
                props.onset.clone(),
                props.ontoggle.clone(),
            ),
            _ => html! {
                <TextField view={f} id_prefix={props.id_prefix.clone()} lang={s.lang} optional_label={t(Msg::Optional)}
                    error_prefix={t(Msg::ErrorPrefix)} onset={props.onset.clone()} />
            },
        }
    };
    let fields = s.page_fields();
    let (own, other): (Vec<_>, Vec<_>) = fields
        .into_iter()
        .partition(|f| !Field::ABOUT_OTHER.contains(&f.field));
    let oncontinue = props.oncontinue.clone();
    let (state, prefix) = (props.state.clone(), props.id_prefix.clone());
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let shown = shown_text_values(&state, &prefix);
        oncontinue.emit(shown);
    });
    html! {
        <form key={props.key} class="srw-form" novalidate=true {onsubmit}>
            if !single {
                { heading(props.level, ids::id(&props.id_prefix, "heading"), s.heading(),
                    s.step_label().map(|_| ids::id(&props.id_prefix, "step"))) }
            }
            if s.step == Step::Guide {
                <p class="srw-body">{ t(Msg::GuideIntro) }</p>
            }
            if s.step == Step::Details {
                if let Some(r) = s.right() {
                    <p class="srw-body srw-caption-right">{ t(r.info().name) }</p>
                }
            }
            if s.step == Step::Right {
                if let Some(text) = s.suggestion() {
                    <div class="srw-inset" role="status">{ text }</div>
                }
            }
            { for own.into_iter().map(|f| render(f, single.then_some(props.level))) }
            if !other.is_empty() {
                <@{tag(props.level + 1)} class="srw-subheading">{ t(Msg::OtherTitle) }</@>
                { for other.into_iter().map(|f| render(f, None)) }
                if let Some(doc) = authority_doc(s) {
                    <div class="srw-inset">{ t(doc.note) }</div>
                }
            }
            if s.step == Step::Route && s.by_email() {
                if s.cpr_given() {
                    <div class="srw-inset">{ t(cpr_left_out_note(s)) }</div>
                }
                { email_warnings(s, props.onusedigitalpost.clone()) }
            }
            <button type="submit" class="srw-button">{ t(Msg::Continue) }</button>
        </form>
    }
}
