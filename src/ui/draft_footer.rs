use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftFooterProps {
    pub note: AttrValue,
    pub label: AttrValue,
    pub ondelete: Callback<()>,
}

/// Says where the answers are kept and offers to delete them ("Slet mine svar").
#[component]
pub fn DraftFooter(props: &DraftFooterProps) -> Html {
    let ondelete = props.ondelete.clone();
    html! {
        <div class="srw-footer srw-no-print">
            <p class="srw-hint">{ props.note.clone() }</p>
            <button type="button" class="srw-link-button srw-delete" onclick={move |_| ondelete.emit(())}>
                { props.label.clone() }
            </button>
        </div>
    }
}
