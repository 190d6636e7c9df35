use crate::core::letter::{compose, email_concerns, file_name, mailto_href};
use crate::core::state::State;
use crate::core::text::{fill, Msg};
use crate::ui::dom;
use crate::ui::email_warnings::EmailWarnings;
use crate::ui::heading::Heading;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageSendProps {
    pub state: Rc<State>,
    pub id_prefix: AttrValue,
    pub level: u8,
    /// The citizen used a hand-off: "copy", "download", "print", "digital-post" or "email".
    pub onhandoff: Callback<&'static str>,
    pub onrestart: Callback<()>,
    pub onusedigitalpost: Callback<()>,
}

/// The finished letter and how to send it. Nothing leaves the browser except through the
/// citizen's own copy, download, Digital Post tab or e-mail program.
#[component]
pub fn PageSend(props: &PageSendProps) -> Html {
    let s = &props.state;
    let t = |m: Msg| s.text(m);
    let announce = use_state(String::new);
    let letter = compose(s);
    let full = letter.full_text(Msg::SubjectLabel.get(s.lang));
    let prefix = props.id_prefix.clone();
    let letter_id = format!("{prefix}letter");
    let sub = format!("h{}", (props.level + 1).min(6));

    let oncopy = {
        let announce = announce.clone();
        let text = full.clone();
        let (ok, failed) = (t(Msg::Copied), t(Msg::CopyFailed));
        let letter_id = letter_id.clone();
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
            wasm_bindgen_futures::spawn_local(async move {
                match dom::copy(&text).await {
                    Ok(()) => announce.set(ok),
                    Err(_) => {
                        dom::select_contents(&letter_id);
                        announce.set(failed);
                    }
                }
            });
        })
    };
    let ondownload = {
        let announce = announce.clone();
        let (text, name, ok, failed) = (
            full.clone(),
            file_name(s),
            t(Msg::Downloaded),
            t(Msg::CopyFailed),
        );
        let letter_id = letter_id.clone();
        let onhandoff = props.onhandoff.clone();
        Callback::from(move |_| {
            onhandoff.emit("download");
            match dom::download(&name, &text) {
                Ok(()) => announce.set(ok.clone()),
                Err(_) => {
                    dom::select_contents(&letter_id);
                    announce.set(failed.clone());
                }
            }
        })
    };
    let onprint = {
        let onhandoff = props.onhandoff.clone();
        Callback::from(move |_| {
            onhandoff.emit("print");
            dom::print_letter();
        })
    };
    let onrestart = {
        let onrestart = props.onrestart.clone();
        Callback::from(move |_| onrestart.emit(()))
    };
    let handoff = |what: &'static str| {
        let onhandoff = props.onhandoff.clone();
        Callback::from(move |_: MouseEvent| onhandoff.emit(what))
    };

    let route = if s.by_email() {
        let (href, shortened) = mailto_href(s, &letter);
        html! {
            <section class="srw-section" aria-labelledby={format!("{prefix}route-title")}>
                <@{sub.clone()} id={format!("{prefix}route-title")} class="srw-subheading">{ t(Msg::MailStepsTitle) }</@>
                if letter.cpr_left_out {
                    <div class="srw-inset">{ t(Msg::MailCprLeftOut) }</div>
                }
                if letter.cpr_masked {
                    <div class="srw-inset srw-inset--warning">{ t(Msg::MailCprMasked) }</div>
                }
                <EmailWarnings concerns={email_concerns(s)} cpr_text={t(Msg::WarnCprInText)}
                    health_text={t(Msg::WarnHealth)} button={t(Msg::UseDigitalPost)}
                    onusedigitalpost={props.onusedigitalpost.clone()} />
                if shortened {
                    <div class="srw-inset srw-inset--warning">{ t(Msg::MailTooLong) }</div>
                }
                <a class="srw-button" id={format!("{prefix}mailto")} href={href} onclick={handoff("email")}>{ t(Msg::MailOpen) }</a>
                <p class="srw-body">{ t(Msg::MailFallback) }</p>
            </section>
        }
    } else {
        html! {
            <section class="srw-section" aria-labelledby={format!("{prefix}route-title")}>
                <@{sub.clone()} id={format!("{prefix}route-title")} class="srw-subheading">{ t(Msg::DpStepsTitle) }</@>
                <ol class="srw-list srw-list--number">
                    <li>{ t(Msg::DpStep1) }</li>
                    <li>{ t(Msg::DpStep2) }</li>
                    <li>{ t(Msg::DpStep3) }</li>
                    <li>{ t(Msg::DpStep4) }</li>
                    <li>{ t(Msg::DpStep5) }</li>
                </ol>
                <a class="srw-button" id={format!("{prefix}digital-post")} href={s.config.digital_post_url.clone()}
                    target="_blank" rel="noopener noreferrer" onclick={handoff("digital-post")}>
                    { t(Msg::DpOpen) }<span class="srw-visually-hidden">{ format!(" {}", t(Msg::NewTab)) }</span>
                </a>
            </section>
        }
    };

    html! {
        <div class="srw-page">
            <Heading level={props.level} id={format!("{prefix}heading")} text={s.heading()} />
            <div class="srw-panel">
                <p class="srw-body">{ t(Msg::SendNotSent) }</p>
                <p class="srw-reference">{ t(Msg::ReferenceLabel) }{ ": " }<strong id={format!("{prefix}reference")}>{ s.reference() }</strong></p>
            </div>
            <@{sub.clone()} class="srw-subheading">{ t(Msg::LetterTitle) }</@>
            <div class="srw-letter" id={letter_id.clone()} tabindex="0" role="region" aria-label={t(Msg::LetterTitle)}>
                <p class="srw-letter__subject"><strong>{ t(Msg::SubjectLabel) }{ ": " }</strong><span id={format!("{prefix}subject")}>{ letter.subject.clone() }</span></p>
                <pre class="srw-letter__body" id={format!("{prefix}body")}>{ letter.body.clone() }</pre>
            </div>
            <div class="srw-button-group srw-no-print">
                <button type="button" class="srw-button srw-button--secondary" onclick={oncopy}>{ t(Msg::CopyText) }</button>
                <button type="button" class="srw-button srw-button--secondary" onclick={ondownload}>{ t(Msg::Download) }</button>
                <button type="button" class="srw-button srw-button--secondary" onclick={onprint}>{ t(Msg::Print) }</button>
            </div>
            <p class="srw-status" role="status" aria-live="polite" id={format!("{prefix}status")}>{ (*announce).clone() }</p>
            { route }
            <@{sub.clone()} class="srw-subheading">{ t(Msg::NextTitle) }</@>
            <p class="srw-body srw-deadline" id={format!("{prefix}deadline")}>
                { fill(&t(Msg::NextDeadline), &[("date", &s.deadline().long(s.lang))]) }
            </p>
            <p class="srw-body">{ t(Msg::NextExtension) }</p>
            <p class="srw-body">{ t(Msg::NextIdentity) }</p>
            <@{sub.clone()} class="srw-subheading">{ t(Msg::ComplainTitle) }</@>
            <p class="srw-body">{ t(Msg::ComplainText) }</p>
            <p class="srw-body">{ t(Msg::ComplainAddress) }</p>
            <@{sub} class="srw-subheading">{ t(Msg::ContactTitle) }</@>
            <p class="srw-body">{ t(Msg::ContactText) }</p>
            <button type="button" class="srw-link-button srw-no-print" onclick={onrestart}>{ t(Msg::NewRequest) }</button>
        </div>
    }
}
