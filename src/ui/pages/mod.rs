//! One page per kind of step: start, a question step, about the right, check, send. The root
//! shows one of them, keyed by step and language (see `crate::ui::app`).

pub mod about;
pub mod check;
pub mod question;
pub mod send;
pub mod start;
