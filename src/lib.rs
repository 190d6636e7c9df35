//! Stevns Kommune's rights-request wizard.
//!
//! * [`core`] is pure Rust (no yew, no web-sys): rights catalogue, wizard reducer, validation,
//!   letters, dates, configuration and the da/en text catalogue. Tested natively.
//! * [`ui`] holds the Yew function components; they render [`core`] state and send actions.
//! * [`embed`] is the host-page contract: mount elements, configuration, events.
//! * `prerender` (feature `ssr`, native only) renders the start step at build time.

pub mod core;
pub mod embed;
pub mod panic_guard;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod ui;
