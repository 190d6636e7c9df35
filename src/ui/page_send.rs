use crate::core::ics;
use crate::core::letter::{compose, cpr_left_out_note, file_name, identity_note, mailto_href};
use crate::core::state::State;
use crate::core::steps::Flow;
use crate::core::text::{fill, Msg};
use crate::ui::dom;
use crate::ui::email_warnings::email_warnings;
use crate::ui::heading::heading;
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
        match dom::download(&name, mime, &text) {
            Ok(()) => announce.set(messages.0.clone()),
            Err(_) => {
                if let Some(id) = &select_on_failure {
                    dom::select_contents(id);
                }
                announce.set(messages.1.clone());
            }
        }
    })
}

/// The finished letter and how to send it. Nothing leaves the browser except through the
/// citizen's own copy, download, Digital Post tab, e-mail program or Datatilsynet's page.
#[component]
pub fn PageSend(props: &PageSendProps) -> Html {
    let s = &props.state;
    let t = |m: Msg| s.text(m);
    let announce = use_state(String::new);
    let letter = compose(s);
    let full = letter.full_text(Msg::SubjectLabel.get(s.lang));
    let prefix = props.id_prefix.clone();
    let letter_id = dom::id(&prefix, "letter");
    let sub = dom::h(props.level + 1);
    let flow = s.flow();

    let oncopy = {
        let (announce, text) = (announce.clone(), full.clone());
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
            dom::copy(&text, move |copied| {
                if copied {
                    announce.set(ok);
                } else {
                    dom::select_contents(&letter_id);
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
            let (name, text) = (file_name(s), full.clone());
            move || (name.clone(), "text/plain", text.clone())
        },
        (t(Msg::Downloaded), t(Msg::DownloadFailed)),
        Some(letter_id.clone()),
    );
    // The day the calendar event is on: the first day the widget accepts the next step.
    let calendar_day = ics::event_day(s)
        .map(|d| d.long_with_weekday(s.lang))
        .unwrap_or_default();
    let oncalendar = download_button(
        &announce,
        &props.onhandoff,
        "calendar",
        {
            // A request and a reminder show this button; the file is stamped when it is made.
            let s = props.state.clone();
            move || {
                let ics = ics::deadline_reminder(&s, dom::now_ms());
                (ics::file_name(&s), "text/calendar", ics)
            }
        },
        (
            fill(&t(Msg::IcsDownloaded), &[("date", &calendar_day)]),
            t(Msg::DownloadFailed),
        ),
        None,
    );
    let calendar = |explain: Msg| {
        html! {
            <>
                <p class="srw-body srw-no-print" id={dom::id(&prefix, "calendar-note")}>
                    { fill(&t(explain), &[("date", &calendar_day)]) }
                </p>
                <button type="button" class="srw-button srw-button--secondary srw-no-print" id={dom::id(&prefix, "calendar")}
                    aria-describedby={dom::id(&prefix, "calendar-note")} onclick={oncalendar.clone()}>{ t(Msg::IcsDownload) }</button>
            </>
        }
    };
    let onprint = {
        let (onhandoff, letter_id) = (props.onhandoff.clone(), letter_id.clone());
        Callback::from(move |_| {
            onhandoff.emit("print");
            dom::print_letter(&letter_id);
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
    let handoff = |what: &'static str| {
        let onhandoff = props.onhandoff.clone();
        Callback::from(move |_: MouseEvent| onhandoff.emit(what))
    };
    let route_title = |m: Msg| {
        html! { <@{sub} id={dom::id(&prefix, "route-title")} class="srw-subheading">{ t(m) }</@> }
    };
    let new_tab =
        html! { <span class="srw-visually-hidden">{ [" ", &t(Msg::NewTab)].concat() }</span> };

    let route = if s.by_email() {
        let (href, shortened) = mailto_href(s, &letter);
        html! {
            <>
                { route_title(Msg::MailStepsTitle) }
                if letter.cpr_left_out {
                    <div class="srw-inset">{ t(cpr_left_out_note(s)) }</div>
                }
                if letter.cpr_masked {
                    <div class="srw-inset srw-inset--warning">{ t(Msg::MailCprMasked) }</div>
                }
                { email_warnings(s, props.onusedigitalpost.clone()) }
                if shortened {
                    <div class="srw-inset srw-inset--warning">{ t(Msg::MailTooLong) }</div>
                }
                <a class="srw-button" id={dom::id(&prefix, "mailto")} href={href} onclick={handoff("email")}>{ t(Msg::MailOpen) }</a>
                <p class="srw-body">{ fill(Msg::MailFallback.get(s.lang), &[("email", &s.recipient_email())]) }</p>
            </>
        }
    } else if flow == Flow::Complaint && s.get(s.route_field()) == crate::core::choices::route::WEB
    {
        html! {
            <>
                { route_title(Msg::ComplaintWebTitle) }
                <ol class="srw-list srw-list--number">
                    <li>{ t(Msg::DpStep1) }</li>
                    <li>{ t(Msg::ComplaintWebStep) }</li>
                </ol>
                <a class="srw-button" id={dom::id(&prefix, "complaint-web")} href={s.config.complaint_url.clone()}
                    target="_blank" rel="noopener noreferrer" onclick={handoff("web")}>
                    { t(Msg::ComplaintWebOpen) }{ new_tab.clone() }
                </a>
            </>
        }
    } else {
        let recipient_step = if flow == Flow::Complaint {
            Msg::ComplaintDpStep3
        } else {
            Msg::DpStep3
        };
        html! {
            <>
                { route_title(Msg::DpStepsTitle) }
                <ol class="srw-list srw-list--number">
                    <li>{ t(Msg::DpStep1) }</li>
                    <li>{ t(Msg::DpStep2) }</li>
                    <li>{ t(recipient_step) }</li>
                    <li>{ t(Msg::DpStep4) }</li>
                    <li>{ t(Msg::DpStep5) }</li>
                </ol>
                <a class="srw-button" id={dom::id(&prefix, "digital-post")} href={s.config.digital_post_url.clone()}
                    target="_blank" rel="noopener noreferrer" onclick={handoff("digital-post")}>
                    { t(Msg::DpOpen) }{ new_tab }
                </a>
            </>
        }
    };

    // The identity note (art. 12(6)), for the letters that go to the municipality.
    let identity = match identity_note(s) {
        Some(m) => html! { <p class="srw-body">{ t(m) }</p> },
        None => html! {},
    };
    let next_steps = match flow {
        // A withdrawal of consent takes effect on receipt: no answer deadline to show.
        Flow::Request if !s.has_answer_deadline() => html! {
            <>
                <p class="srw-body" id={dom::id(&prefix, "deadline")}>{ t(Msg::NextConsent) }</p>
                <p class="srw-body">{ t(Msg::NextConsentErasure) }</p>
                { identity.clone() }
            </>
        },
        Flow::Request => html! {
            <>
                <p class="srw-body srw-deadline" id={dom::id(&prefix, "deadline")}>
                    { fill(&t(Msg::NextDeadline), &[("date", &s.deadline().long_with_weekday(s.lang))]) }
                </p>
                <p class="srw-body">{ t(Msg::NextExtension) }</p>
                { identity.clone() }
                { calendar(Msg::IcsExplain) }
            </>
        },
        Flow::Reminder => html! {
            <>
                <p class="srw-body srw-deadline" id={dom::id(&prefix, "deadline")}>
                    { fill(&t(Msg::NextReminder), &[("date", &s.reminder_deadline().long_with_weekday(s.lang))]) }
                </p>
                { calendar(Msg::IcsReminderExplain) }
                { identity.clone() }
            </>
        },
        Flow::Complaint => html! {
            <>
                <p class="srw-body" id={dom::id(&prefix, "deadline")}>{ t(Msg::NextComplaint) }</p>
                <p class="srw-body">{ t(Msg::ComplainAddress) }</p>
            </>
        },
    };

    html! {
        <div class="srw-page">
            { heading(props.level, dom::id(&prefix, "heading"), s.heading(),
                s.step_label().map(|_| dom::id(&prefix, "step"))) }
            <div class="srw-panel">
                <p class="srw-body">{ t(Msg::SendNotSent) }</p>
                if flow == Flow::Complaint {
                    <p class="srw-body">{ t(Msg::SendComplaintTo) }</p>
                }
                <p class="srw-reference">{ t(Msg::ReferenceLabel) }{ ": " }<strong id={dom::id(&prefix, "reference")}>{ s.reference() }</strong></p>
            </div>
            <@{sub} class="srw-subheading">{ t(Msg::LetterTitle) }</@>
            <div class="srw-letter" id={letter_id.clone()} tabindex="0" role="region" aria-label={t(Msg::LetterTitle)}>
                <p class="srw-letter__subject"><strong>{ t(Msg::SubjectLabel) }{ ": " }</strong><span id={dom::id(&prefix, "subject")}>{ letter.subject.clone() }</span></p>
                <pre class="srw-letter__body" id={dom::id(&prefix, "body")}>{ letter.body.clone() }</pre>
            </div>
            <div class="srw-button-group srw-no-print">
                <button type="button" class="srw-button srw-button--secondary" onclick={oncopy}>{ t(Msg::CopyText) }</button>
                <button type="button" class="srw-button srw-button--secondary" onclick={ondownload}>{ t(Msg::Download) }</button>
                <button type="button" class="srw-button srw-button--secondary" onclick={onprint}>{ t(Msg::Print) }</button>
            </div>
            <p class="srw-status" role="status" aria-live="polite" id={dom::id(&prefix, "status")}>{ (*announce).clone() }</p>
            <section class="srw-section srw-no-print" aria-labelledby={dom::id(&prefix, "route-title")}>
                { route }
            </section>
            <div class="srw-sent srw-no-print">
                <p class="srw-hint">{ t(Msg::SentHint) }</p>
                <button type="button" class="srw-button srw-button--secondary" id={dom::id(&prefix, "sent")}
                    onclick={onsent}>{ t(Msg::SentDelete) }</button>
            </div>
            <@{sub} class="srw-subheading">{ t(Msg::NextTitle) }</@>
            { next_steps }
            if flow != Flow::Complaint {
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
