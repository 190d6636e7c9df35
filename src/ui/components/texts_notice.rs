//! Below the language switch: that the English texts are on their way, or could not be had.

use crate::core::text::{ENGLISH_LOADING, TEXTS_UNAVAILABLE};
use yew::prelude::*;

/// "Loading English …" while the English texts are fetched (`loading`), in a polite live
/// region that is always there (empty otherwise, so screen readers announce the text when it
/// comes; `aria-live` rather than `role="status"`, as in `notice_banner`), and an alert in both
/// languages when they could not be had (`failed`). The texts are not in the catalogue: they
/// must show when its English column is missing.
pub fn texts_notice(loading: bool, failed: bool) -> Html {
    html! {
        <>
            <p class="srw-hint srw-texts-live" aria-live="polite" lang="en">
                { if loading { ENGLISH_LOADING } else { "" } }
            </p>
            // A notification banner's box (the CPR notice's), without its title bar.
            if failed {
                <div class="srw-notice srw-texts-failed srw-no-print" role="alert">
                    <div class="srw-notice__content">
                        { for TEXTS_UNAVAILABLE.iter().map(|(lang, text)| html! {
                            <p class="srw-body" lang={*lang}>{ *text }</p>
                        }) }
                    </div>
                </div>
            }
        </>
    }
}
