//! Stevns Kommune's rights-request wizard.
//!
//! * [`core`] is pure Rust (no yew, no web-sys): rights catalogue, wizard reducer, validation,
//!   letters, dates, configuration and the da/en text catalogue. Tested natively.
//! * [`ui`] is the Yew side: components and pages render [`core`] state and send actions;
//!   the root's side effects are named hooks; every browser call is in `ui::browser`.
//! * [`embed`] is the host-page contract: mount elements, configuration, events.
//! * `prerender` (feature `ssr`, native only) renders the start step at build time.
//! * `readability` (native only) measures the texts citizens read with LIX.
//! * `legal_sheet` (feature `ssr`, native only) writes the DPO's review sheet at build time.

pub mod core;
pub mod embed;
#[cfg(feature = "ssr")]
pub mod legal_sheet;
pub mod panic_guard;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod readability;
pub mod ui;
