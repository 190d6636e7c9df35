//! The root's side effects, one named hook each (the shape of yew's `function_todomvc`), so
//! `App` reads as a list of what the widget does besides rendering.

pub mod use_duplicate_tab;
pub mod use_focus_after_render;
pub mod use_host_events;
pub mod use_language_switch;
pub mod use_tab_draft;
pub mod use_title_errors;
pub mod use_wizard;
