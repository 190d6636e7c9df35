//! Below each step after the start: where the answers are kept, and deleting them.

use yew::prelude::*;

/// Says where the answers are kept (`note`) and offers to delete them: a link-styled button
/// with `label` ("Slet mine svar") that calls `ondelete`.
pub fn draft_footer(note: String, label: String, ondelete: Callback<()>) -> Html {
    html! {
        <div class="srw-footer srw-no-print">
            <p class="srw-hint">{ note }</p>
            <button type="button" class="srw-link-button srw-delete" onclick={move |_| ondelete.emit(())}>
                { label }
            </button>
        </div>
    }
}
