//! The send step: the finished letter, and the citizen's ways to send it.

use crate::core::ics;
use crate::core::letter::Letter;
use crate::core::send::{send_view, Calendar, EmailRoute, LinkRoute, Next, RouteView};
use crate::core::state::State;
use crate::core::text::Msg;
use crate::ui::browser::clipboard::{copy, select_contents};
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::download::download;
use crate::ui::browser::print::print_letter;
use crate::ui::components::email_warnings::email_warnings;
use crate::ui::components::heading::{heading, tag};
use crate::ui::ids;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageSendProps {
    pub state: Rc<State>,
    pub id_prefix: AttrValue,
    pub level: u8,
    /// The citizen used a hand-off: "copy", "download", "print", "calendar", "digital-post",
    /// "email" or "web".
    pub onhandoff: Callback<&'static str>,
    pub onrestart: Callback<()>,
    /// "Jeg har sendt brevet – slet mine svar": the only hand-off that deletes the draft, since
    /// only the citizen knows the letter left.
    pub onsent: Callback<()>,
    pub onusedigitalpost: Callback<()>,
}

/// Offers a file, made when it is asked for (name, MIME type, text); says in the live region
/// whether it worked.
fn download_button(
    announce: &UseStateHandle<String>,
    onhandoff: &Callback<&'static str>,
    what: &'static str,
    file: impl Fn() -> (String, &'static str, String) + 'static,
    messages: (String, String),
    select_on_failure: Option<String>,
) -> Callback<MouseEvent> {
    let (announce, onhandoff) = (announce.clone(), onhandoff.clone());
    Callback::from(move |_| {
        onhandoff.emit(what);
        let (name, mime, text) = file();
        match download(&name, mime, &text) {
            Ok(()) => announce.set(messages.0.clone()),
            Err(_) => {
                if let Some(id) = &select_on_failure {
                    select_contents(id);
                }
                announce.set(messages.1.clone());
            }
        }
    })
}

/// The finished letter and how to send it. Nothing leaves the browser except through the
/// citizen's own copy, download, Digital Post tab, e-mail program or Datatilsynet's page.
/// What it shows is [`send_view`]; this only renders it and wires the buttons.
#[component]
pub fn PageSend(props: &PageSendProps) -> Html {
    let s = &props.state;
    let t = |m: Msg| s.text(m);
    let announce = use_state(String::new);
    let view = send_view(s);
    let prefix = props.id_prefix.clone();
    let letter_id = ids::id(&prefix, "letter");
    let sub = tag(props.level + 1);

    let oncopy = {
        let (announce, text) = (announce.clone(), view.full_text.clone());
        let (ok, failed, letter_id) = (t(Msg::Copied), t(Msg::CopyFailed), letter_id.clone());
        let onhandoff = props.onhandoff.clone();
        Callback::from(move |_| {
            let (announce, text, ok, failed, letter_id) = (
                announce.clone(),
                text.clone(),
                ok.clone(),
                failed.clone(),
                letter_id.clone(),
            );
            onhandoff.emit("copy");
            copy(&text, move |copied| {
                if copied {
                    announce.set(ok);
                } else {
                    select_contents(&letter_id);
                    announce.set(failed);
                }
            });
        })
    };
    let ondownload = download_button(
        &announce,
        &props.onhandoff,
        "download",
        {
            let (name, text) = (view.file_name.clone(), view.full_text.clone());
            move || (name.clone(), "text/plain", text.clone())
        },
        (t(Msg::Downloaded), t(Msg::DownloadFailed)),
        Some(letter_id.clone()),
    );
    let oncalendar = |c: &Calendar| {
        download_button(
            &announce,
            &props.onhandoff,
            "calendar",
            {
                // The file is stamped when it is made.
                let s = props.state.clone();
                move || {
                    let ics = ics::deadline_reminder(&s, now_ms());
                    (ics::file_name(&s), "text/calendar", ics)
                }
            },
            (c.downloaded.clone(), t(Msg::DownloadFailed)),
            None,
        )
    };
    let onprint = {
        let (onhandoff, letter_id) = (props.onhandoff.clone(), letter_id.clone());
        Callback::from(move |_| {
            onhandoff.emit("print");
            print_letter(&letter_id);
        })
    };
    let onrestart = {
        let onrestart = props.onrestart.clone();
        Callback::from(move |_| onrestart.emit(()))
    };
    let onsent = {
        let onsent = props.onsent.clone();
        Callback::from(move |_| onsent.emit(()))
    };
    let route = match &view.route {
        RouteView::Email(r) => email_route(r, s, props, sub),
        RouteView::Web(r) => link_route(r, s, props, sub, "complaint-web", "web"),
        RouteView::DigitalPost(r) => link_route(r, s, props, sub, "digital-post", "digital-post"),
    };
    let next = |n: &Next| match n {
        Next::Deadline { text, dated } => deadline(text, *dated, &prefix),
        Next::Paragraph(text) => html! { <p class="srw-body">{ text.clone() }</p> },
        Next::Calendar(c) => calendar(c, &prefix, oncalendar(c)),
    };

    html! {
        <div class="srw-page">
            { heading(props.level, ids::id(&prefix, "heading"), s.heading(),
                s.step_label().map(|_| ids::id(&prefix, "step"))) }
            <div class="srw-panel">
                <p class="srw-body">{ t(Msg::SendNotSent) }</p>
                if let Some(text) = &view.complaint_to {
                    <p class="srw-body">{ text.clone() }</p>
                }
                <p class="srw-reference">{ t(Msg::ReferenceLabel) }{ ": " }<strong id={ids::id(&prefix, "reference")}>{ view.reference.clone() }</strong></p>
            </div>
            <@{sub} class="srw-subheading">{ t(Msg::LetterTitle) }</@>
            { letter(&view.letter, &letter_id, s, &prefix) }
            <div class="srw-button-group srw-no-print">
                <button type="button" class="srw-button srw-button--secondary" onclick={oncopy}>{ t(Msg::CopyText) }</button>
                <button type="button" class="srw-button srw-button--secondary" onclick={ondownload}>{ t(Msg::Download) }</button>
                <button type="button" class="srw-button srw-button--secondary" onclick={onprint}>{ t(Msg::Print) }</button>
            </div>
            <p class="srw-status" role="status" aria-live="polite" id={ids::id(&prefix, "status")}>{ (*announce).clone() }</p>
            <section class="srw-section srw-no-print" aria-labelledby={ids::id(&prefix, "route-title")}>
                { route }
            </section>
            <div class="srw-sent srw-no-print">
                <p class="srw-hint">{ t(Msg::SentHint) }</p>
                <button type="button" class="srw-button srw-button--secondary" id={ids::id(&prefix, "sent")}
                    onclick={onsent}>{ t(Msg::SentDelete) }</button>
            </div>
            <@{sub} class="srw-subheading">{ t(Msg::NextTitle) }</@>
            { for view.next.iter().map(next) }
            if view.how_to_complain {
                <@{sub} class="srw-subheading">{ t(Msg::ComplainTitle) }</@>
                <p class="srw-body">{ t(Msg::ComplainText) }</p>
                <p class="srw-body">{ t(Msg::ComplainAddress) }</p>
            }
            <@{sub} class="srw-subheading">{ t(Msg::ContactTitle) }</@>
            <p class="srw-body">{ t(Msg::ContactText) }</p>
            <button type="button" class="srw-link-button srw-no-print" onclick={onrestart}>{ t(Msg::NewRequest) }</button>
        </div>
    }
}

/// The letter as the citizen will send it: a focusable region, so it can be scrolled and
/// selected with the keyboard.
fn letter(letter: &Letter, letter_id: &str, s: &State, prefix: &str) -> Html {
    let title = s.text(Msg::LetterTitle);
    html! {
        <div class="srw-letter" id={letter_id.to_string()} tabindex="0" role="region" aria-label={title}>
            <p class="srw-letter__subject"><strong>{ s.text(Msg::SubjectLabel) }{ ": " }</strong><span id={ids::id(prefix, "subject")}>{ letter.subject.clone() }</span></p>
            <pre class="srw-letter__body" id={ids::id(prefix, "body")}>{ letter.body.clone() }</pre>
        </div>
    }
}

/// The route block's heading, which names the section.
fn route_title(title: &str, prefix: &str, sub: &'static str) -> Html {
    html! { <@{sub} id={ids::id(prefix, "route-title")} class="srw-subheading">{ title.to_string() }</@> }
}

/// A hand-off link: reports `what` to the host page when used.
fn handoff(props: &PageSendProps, what: &'static str) -> Callback<MouseEvent> {
    let onhandoff = props.onhandoff.clone();
    Callback::from(move |_: MouseEvent| onhandoff.emit(what))
}

/// Sending by e-mail: what the e-mail leaves out, the warnings, and the `mailto:` link.
fn email_route(r: &EmailRoute, s: &State, props: &PageSendProps, sub: &'static str) -> Html {
    let prefix = &props.id_prefix;
    html! {
        <>
            { route_title(&r.title, prefix, sub) }
            if let Some(note) = &r.cpr_left_out {
                <div class="srw-inset">{ note.clone() }</div>
            }
            if let Some(note) = &r.cpr_masked {
                <div class="srw-inset srw-inset--warning">{ note.clone() }</div>
            }
            { email_warnings(s, props.onusedigitalpost.clone()) }
            if let Some(note) = &r.too_long {
                <div class="srw-inset srw-inset--warning">{ note.clone() }</div>
            }
            <a class="srw-button" id={ids::id(prefix, "mailto")} href={r.href.clone()} onclick={handoff(props, "email")}>{ r.open.clone() }</a>
            <p class="srw-body">{ r.fallback.clone() }</p>
        </>
    }
}

/// Sending through a website (Digital Post, Datatilsynet's form): the numbered steps and a
/// link that opens it in a new tab; `id` is the link's, `what` the hand-off reported.
fn link_route(
    r: &LinkRoute,
    s: &State,
    props: &PageSendProps,
    sub: &'static str,
    id: &str,
    what: &'static str,
) -> Html {
    let prefix = &props.id_prefix;
    html! {
        <>
            { route_title(&r.title, prefix, sub) }
            <ol class="srw-list srw-list--number">
                { for r.steps.iter().map(|step| html! { <li>{ step.clone() }</li> }) }
            </ol>
            <a class="srw-button" id={ids::id(prefix, id)} href={r.href.clone()}
                target="_blank" rel="noopener noreferrer" onclick={handoff(props, what)}>
                { r.open.clone() }<span class="srw-visually-hidden">{ [" ", &s.text(Msg::NewTab)].concat() }</span>
            </a>
        </>
    }
}

/// The first paragraph of "Hvad sker der nu?", marked as a deadline when it states a date.
fn deadline(text: &str, dated: bool, prefix: &str) -> Html {
    let class = if dated {
        "srw-body srw-deadline"
    } else {
        "srw-body"
    };
    html! { <p class={class} id={ids::id(prefix, "deadline")}>{ text.to_string() }</p> }
}

/// The calendar file: what it does, and the button that makes it.
fn calendar(c: &Calendar, prefix: &str, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <>
            <p class="srw-body srw-no-print" id={ids::id(prefix, "calendar-note")}>
                { c.note.clone() }
            </p>
            <button type="button" class="srw-button srw-button--secondary srw-no-print" id={ids::id(prefix, "calendar")}
                aria-describedby={ids::id(prefix, "calendar-note")} {onclick}>{ c.button.clone() }</button>
        </>
    }
}
