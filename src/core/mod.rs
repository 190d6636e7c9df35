//! Pure domain logic: nothing here knows about the browser.

pub mod chars;
pub mod choices;
pub mod config;
pub mod cpr;
pub mod date;
pub mod date_input;
pub mod draft;
pub mod fields;
pub mod fnv;
pub mod ics;
pub mod invisible;
pub mod letter;
pub mod mailto;
pub mod object;
pub mod periods;
pub mod reference;
pub mod rights;
pub mod sensitive;
pub mod state;
pub mod text;
pub mod unsure;
pub mod validate;
pub mod view;

pub use config::Config;
pub use date::Date;
pub use fields::Field;
pub use rights::Right;
pub use state::{Action, State, Step};
pub use text::{Lang, Msg};
