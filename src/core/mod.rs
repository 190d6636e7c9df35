//! Pure domain logic: nothing here knows about the browser. Tested natively.
//!
//! One idea per file. The files are listed bottom to top, and each uses only files listed
//! before it — also for methods: a method on [`State`] defined above `state.rs` (in
//! `questions.rs`, `reducer.rs`, `draft.rs`, `view.rs`) is called only from files listed
//! after the one defining it. `tests/core_layers.rs` keeps the `use` lines in this order.
//!
//! * `fnv.rs` — the FNV-1a hash of the version stamps (pre-render, `texts.en.json`).
//! * `chars.rs` — Latin-only lower case and letter test, cheaper than Unicode's tables.
//! * `invisible.rs` — invisible format characters, found and removed.
//! * `object.rs` — a JSON object as ordered pairs, for serde (config block, draft).
//! * `mailto.rs` — the RFC 6068 `mailto:` link.
//! * `reference.rs` — short reference numbers ("SK-7F3K2Q") from a seed.
//! * `text.rs` — the da/en text catalogue ([`Msg`], [`Lang`], `fill`).
//! * `fields.rs` — every question: control, label, hint, required message, limit, format.
//! * `char_count.rs` — the character count under a text area.
//! * `choices.rs` — the answer values of the choice questions, and their options.
//! * `rights.rs` — the nine rights: texts, articles, limits, detail questions.
//! * `unsure.rs` — the "Jeg er ikke sikker" questions that suggest a right.
//! * `date.rs` — a calendar date, written out in Danish or English.
//! * `periods.rs` — deadlines counted off weekends, Danish public holidays and closed days.
//! * `date_input.rs` — a date as a person types it.
//! * `cpr_shape.rs` — ten digits as people write a CPR number, and the date they give.
//! * `cpr.rs` — CPR numbers: the CPR field's check, and finding them in text.
//! * `contact.rs` — an e-mail address and a phone number as a citizen types them.
//! * `validate.rs` — one answer checked against its question's rules.
//! * `config.rs` — the editors' options, their defaults, which values are usable.
//! * `config_layers.rs` — the options read from the JSON block and the data attributes.
//! * `steps.rs` — the pages of each flow and their order.
//! * `demo_url.rs` — the demo page's URL parameters, for testers.
//! * `answers.rs` — the answers store.
//! * `focus.rs` — where focus goes after the next render.
//! * `notice.rs` — the banner a step can open with.
//! * `state.rs` — the [`State`] and the queries on its answers.
//! * `questions.rs` — which questions a step asks, and whether they pass.
//! * `reducer.rs` — [`Action`] and `State::reduce`: how the wizard moves.
//! * `display.rs` — an answer as a person reads it.
//! * `files.rs` — the names of the downloaded files.
//! * `ics.rs` — the calendar reminder (RFC 5545).
//! * `sensitive.rs` — what must not go by e-mail: CPR numbers in text, health words.
//! * `draft.rs` — the tab's draft (no CPR number, two hours).
//! * `letter.rs` — the request, reminder and complaint letters.
//! * `send.rs` — the send page: the letter, the route, what happens next.
//! * `view.rs` — what the other pages show.

pub mod answers;
pub mod char_count;
pub mod chars;
pub mod choices;
pub mod config;
pub mod config_layers;
pub mod contact;
pub mod cpr;
pub mod cpr_shape;
pub mod date;
pub mod date_input;
pub mod demo_url;
pub mod display;
pub mod draft;
pub mod fields;
pub mod files;
pub mod fnv;
pub mod focus;
pub mod ics;
pub mod invisible;
pub mod letter;
pub mod mailto;
pub mod notice;
pub mod object;
pub mod periods;
pub mod questions;
pub mod reducer;
pub mod reference;
pub mod rights;
pub mod send;
pub mod sensitive;
pub mod state;
pub mod steps;
pub mod text;
pub mod unsure;
pub mod validate;
pub mod view;

pub use config::Config;
pub use date::Date;
pub use fields::Field;
pub use reducer::Action;
pub use rights::Right;
pub use state::State;
pub use steps::{Flow, Step};
pub use text::{Lang, Msg};
