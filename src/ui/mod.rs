//! The Yew side: it renders `core` state and sends `core` actions, and it is the only part that
//! talks to the browser. What the wizard does is decided in `core`; here it is drawn and wired.
//!
//! Four folders, because their files change for different reasons: `browser/` when a browser
//! behaves differently, `components/` and `pages/` when the design changes, `hooks/` when what
//! the widget does around its pages changes (focus, title, draft, host events). Pages stand
//! apart from components: a page is one step's content and only the root shows it; components
//! are the pieces pages and the root share. The layout follows yew's `function_todomvc`
//! (components and hooks in folders, a short root), with `mod.rs` files as `core` has them.
//!
//! One idea per file. The files are listed bottom to top, and each uses only files listed
//! before it; `tests/ui_layers.rs` keeps the `use` lines in this order.
//!
//! * `ids.rs` — element ids: the widget's prefix and a name.
//! * `browser/document.rs` — the page's document, if there is one.
//! * `browser/clock.rs` — the browser's clock.
//! * `browser/random.rs` — random bits for reference seeds and tab ids.
//! * `browser/storage.rs` — the tab's sessionStorage and the draft's key.
//! * `browser/focus.rs` — moving keyboard focus, and bringing what names it into view.
//! * `browser/title.rs` — "Fejl: " before the page title, shared by the widgets on a page.
//! * `browser/clipboard.rs` — copying the letter, or selecting it to copy by hand.
//! * `browser/download.rs` — offering text as a file to save.
//! * `browser/print.rs` — printing the letter alone.
//! * `browser/form.rs` — reading and setting what text controls show.
//! * `browser/english.rs` — loading the English texts when they are a file of their own.
//! * `browser/duplicate_tab.rs` — finding out whether this tab is a duplicate of another.
//! * `components/heading.rs` — the page heading, and the tag for a heading level.
//! * `components/back_link.rs` — "Tilbage".
//! * `components/lang_switch.rs` — "Dansk | English".
//! * `components/texts_notice.rs` — the English texts on their way, or not to be had.
//! * `components/draft_footer.rs` — where the answers are kept, and deleting them.
//! * `components/notice.rs` — the notification banner a step can open with.
//! * `components/error_summary.rs` — every problem on the page, linking to its field.
//! * `components/choice_group.rs` — radios or checkboxes in a fieldset.
//! * `components/text_field.rs` — a labelled text input or text area.
//! * `components/email_warnings.rs` — warnings before an e-mail carries too much.
//! * `pages/start.rs` — the start step.
//! * `pages/about.rs` — about the chosen right.
//! * `pages/question.rs` — a question step's form.
//! * `pages/check.rs` — "Tjek dine svar".
//! * `pages/send.rs` — the letter and the ways to send it.
//! * `host_event.rs` — what the widget tells the host page ([`host_event::WizardEvent`]).
//! * `takeover.rs` — what the citizen did on the pre-render before the widget started.
//! * `hooks/use_wizard.rs` — the one reducer and the state it starts from.
//! * `hooks/use_focus_after_render.rs` — where focus goes once a render is done.
//! * `hooks/use_title_errors.rs` — the title's "Fejl: " while there are errors.
//! * `hooks/use_tab_draft.rs` — the draft kept in the tab, and deleting it.
//! * `hooks/use_host_events.rs` — step and hand-off events for the host page.
//! * `hooks/use_duplicate_tab.rs` — a new reference in a duplicated tab.
//! * `hooks/use_language_switch.rs` — fetching the texts, then switching language.
//! * `app.rs` — the root [`app::App`]: the hooks, the callbacks, the frame and the page.

pub mod app;
pub mod browser;
pub mod components;
pub mod hooks;
pub mod host_event;
pub mod ids;
pub mod pages;
pub mod takeover;
