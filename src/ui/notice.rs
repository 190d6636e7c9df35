use crate::core::state::Notice;
use crate::core::text::{Lang, Msg};
use crate::ui::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBannerProps {
    pub notice: Option<Notice>,
    pub lang: Lang,
    pub id_prefix: AttrValue,
}

/// A notification banner at the top of the step (GOV.UK's notification banner, DKFDS's
/// information alert): news about the answers, not an error.
///
/// * "Skriv dit CPR-nummer igen" is a `region` named by its title, found among the page's
///   landmarks; it appears with the page, so there is nothing to announce.
/// * "Dine svar er slettet" answers a click: it goes into a polite live region that is
///   always there (empty otherwise), so screen readers announce it while focus moves to the
///   start page's heading. `aria-live` rather than `role="status"`: the page's own status
///   regions (the guide's suggestion) stay the only ones found by that role.
#[component]
pub fn NoticeBanner(props: &NoticeBannerProps) -> Html {
    let t = |m: Msg| m.get(props.lang).to_string();
    let title_id = dom::id(&props.id_prefix, "notice-title");
    let banner = |title: Msg, heading: Msg, text: Msg, modifier: &'static str| {
        html! {
            <>
                <p class={["srw-notice__title", modifier].concat()} id={title_id.clone()}>{ t(title) }</p>
                <div class="srw-notice__content">
                    <p class="srw-notice__heading">{ t(heading) }</p>
                    <p class="srw-body">{ t(text) }</p>
                </div>
            </>
        }
    };
    let cpr = props.notice == Some(Notice::CprNotKept);
    let deleted = props.notice == Some(Notice::AnswersDeleted);
    html! {
        <>
            if cpr {
                <div class="srw-notice srw-no-print" role="region" aria-labelledby={title_id.clone()}
                    id={dom::id(&props.id_prefix, "notice")}>
                    { banner(Msg::NoticeImportant, Msg::NoticeCprHeading, Msg::NoticeCprText, "") }
                </div>
            }
            <div class="srw-notice-live srw-no-print" aria-live="polite" aria-atomic="true">
                if deleted {
                    <div class="srw-notice srw-notice--success" id={dom::id(&props.id_prefix, "notice")}>
                        { banner(Msg::NoticeDone, Msg::NoticeDeletedHeading, Msg::NoticeDeletedText, " srw-notice__title--success") }
                    </div>
                }
            </div>
        </>
    }
}
