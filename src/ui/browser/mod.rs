//! The browser calls the widget needs, one concern a file. Each fails quietly: a missing
//! element, a refused API or a browser without it must never break the widget, which then does
//! a little less (no draft, no focus move); where the citizen is waiting for a result (a copy,
//! a download, the English texts) the page says it did not work.

pub mod clipboard;
pub mod clock;
pub mod document;
pub mod download;
pub mod duplicate_tab;
pub mod english;
pub mod focus;
pub mod form;
pub mod print;
pub mod random;
pub mod storage;
pub mod title;
