//! The pieces the pages and the root are built from. Each is a plain function or a small
//! component that takes data and `on*` callbacks carrying domain values (a `Field`, a `Lang`),
//! never the wizard's dispatcher: only the root sends actions.

pub mod back_link;
pub mod choice_group;
pub mod draft_footer;
pub mod email_warnings;
pub mod error_summary;
pub mod heading;
pub mod lang_switch;
pub mod notice;
pub mod text_field;
pub mod texts_notice;
