//! Where keyboard focus goes after the next render: the UI moves it, the reducer decides.

use crate::core::fields::Field;

/// Where keyboard focus should go after the next render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The new step's heading (after a step change).
    Heading,
    /// The error summary (after a failed "Fortsæt").
    Summary,
    /// A field (after "Ret" on the check page, or an error-summary link).
    Field(Field),
}
