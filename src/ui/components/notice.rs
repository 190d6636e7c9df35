//! The notification banner a step can open with (CPR number not kept, answers deleted).

use crate::core::notice::Notice;
use crate::core::text::{Lang, Msg};
use crate::ui::ids;
use yew::prelude::*;

/// A notification banner at the top of the step (GOV.UK's notification banner, DKFDS's
/// information alert): news about the answers, not an error.
///
/// * "Skriv dit CPR-nummer igen" is a `region` named by its title, found among the page's
///   landmarks; it appears with the page, so there is nothing to announce.
/// * "Dine svar er slettet" answers a click: it goes into a polite live region that is
///   always there (empty otherwise), so screen readers announce it while focus moves to the
///   start page's heading. `aria-live` rather than `role="status"`: the page's own status
///   regions (the guide's suggestion) stay the only ones found by that role.
///
/// `notice` is the state's notice (`None`: only the empty live region), in `lang`; the ids
/// start with `id_prefix` (`<prefix>notice`, `<prefix>notice-title`).
pub fn notice_banner(notice: Option<Notice>, lang: Lang, id_prefix: &str) -> Html {
    let t = |m: Msg| m.get(lang).to_string();
    let title_id = ids::id(id_prefix, "notice-title");
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
    let cpr = notice == Some(Notice::CprNotKept);
    let deleted = notice == Some(Notice::AnswersDeleted);
    html! {
        <>
            if cpr {
                <div class="srw-notice srw-no-print" role="region" aria-labelledby={title_id.clone()}
                    id={ids::id(id_prefix, "notice")}>
                    { banner(Msg::NoticeImportant, Msg::NoticeCprHeading, Msg::NoticeCprText, "") }
                </div>
            }
            <div class="srw-notice-live srw-no-print" aria-live="polite" aria-atomic="true">
                if deleted {
                    <div class="srw-notice srw-notice--success" id={ids::id(id_prefix, "notice")}>
                        { banner(Msg::NoticeDone, Msg::NoticeDeletedHeading, Msg::NoticeDeletedText, " srw-notice__title--success") }
                    </div>
                }
            </div>
        </>
    }
}
