//! Yew function components, one per file (the layout of yew's `function_todomvc`).
//! The root [`app::App`] owns the one `use_reducer`; every other component gets plain data from
//! `core::view` and reports with `on*` callbacks carrying domain values.

pub mod app;
pub mod back_link;
pub mod choice_group;
pub mod dom;
pub mod draft_footer;
pub mod email_warnings;
pub mod error_summary;
pub mod heading;
pub mod lang_switch;
pub mod notice;
pub mod page_about;
pub mod page_check;
pub mod page_send;
pub mod page_start;
pub mod question;
pub mod tab;
pub mod text_field;
