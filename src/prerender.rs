//! The start step rendered at build time, so a citizen sees the first question
//! before the WebAssembly has arrived.
//!
//! Native only (feature `ssr`, never in the wasm bundle): `src/bin/prerender.rs` writes
//! [`start_step`] for each language into the build (`scripts/prerender.mjs`, a Trunk
//! `post_build` hook), which puts it into the demo page and the editors' guide and ships it as
//! `prerender.da.html` / `prerender.en.html` for the snippet builder.
//!
//! **Replacement, not hydration** (measured; README, Performance): when the widget starts, the
//! mount element's content is replaced by the live widget in one task (Yew renders in a
//! microtask, before the browser paints), so the identical markup shows no flash and no layout
//! shift. Hydration would keep the DOM nodes, but Yew panics on any difference (a restored
//! draft, the demo's URL parameters, another heading level), and its code adds to the bundle.
//! What the citizen did on the pre-render before the widget started (a click, the focus) is
//! carried over by [`crate::ui::takeover::Takeover`].
//!
//! The markup is the live [`App`] at its start step, with an empty reference seed and no
//! answers, plus one attribute on the root: `data-srw-prerender="<lang> h<level> <version>"`
//! (e.g. `"da h2 1f0c3a9b"`, see [`version`]), which tells the loader and the widget what it
//! assumed and which release it came from. The start step depends on
//! the language, the heading level and the municipality's name only (not on the rights offered
//! or a preset right); where a mount element's config differs, the loader hides the
//! pre-render until the widget starts (`embed/rights-wizard.js`) and the snippet builder
//! leaves it out.

use crate::core::{Config, Date, Lang};
use crate::ui::app::{App, AppProps};
use std::rc::Rc;

/// The id prefix the first widget on a page gets, so the pre-render's ids (`srw1-heading`)
/// are the ones the live widget will have.
pub const ID_PREFIX: &str = "srw1-";

/// The attribute that marks pre-rendered markup (defined with the host contract); its value is
/// [`stamp`], a space and the markup's [`version`]: `"da h2 1f0c3a9b"`.
pub use crate::embed::PRERENDER_ATTR as ATTRIBUTE;

/// What a pre-render assumed, as written in [`ATTRIBUTE`]: `"da h2"` — the language code and
/// the heading level (1–6, as clamped by the widget).
pub fn stamp(lang: Lang, heading_level: u8) -> String {
    let level = heading_level.clamp(1, 6);
    [lang.code(), " h", &level.to_string()].concat()
}

/// The start step as HTML for `config` (its language, heading level and municipality):
/// one `<section class="srw" data-srw-prerender="…">…</section>`, the same markup the live
/// widget renders at its start step, UTF-8, no trailing newline.
pub fn start_step(config: Config) -> String {
    let attribute = [
        "<section ",
        ATTRIBUTE,
        "=\"",
        &stamp(config.lang, config.heading_level),
        "\" ",
    ]
    .concat();
    let props = AppProps {
        config: Rc::new(config),
        // The start step shows no date and no reference.
        today: Date::from_days_since_epoch(0),
        seed: 0,
        id_prefix: ID_PREFIX.into(),
        initial: Vec::new(),
        initial_step: None,
        onevent: Default::default(),
        takeover: Default::default(),
        english_unavailable: false,
    };
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let attribute = attribute.replacen("\" ", &[" ", &version(&html), "\" "].concat(), 1);
    html.replacen("<section ", &attribute, 1)
}

/// The version of a pre-render: FNV-1a ([`crate::core::fnv`]) of its markup without the stamp, as 8
/// lower-case hex digits. The build writes the current versions into the loader
/// (`scripts/prerender.mjs`), which hides a pasted pre-render of an older release: its text
/// would differ from what the widget then shows.
pub fn version(markup: &str) -> String {
    use crate::core::fnv;
    fnv::hex(fnv::extend(fnv::OFFSET, markup.as_bytes()))
}

/// [`start_step`] for each language the widget has, with the Stevns defaults otherwise.
pub fn start_steps() -> Vec<(Lang, String)> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let config = Config {
                lang,
                ..Config::default()
            };
            (lang, start_step(config))
        })
        .collect()
}
