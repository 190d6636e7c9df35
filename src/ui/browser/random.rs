//! Random bits for what must differ between tabs and letters: a reference number's seed and a
//! tab's id. It cannot fail: `Math.random` and the clock are in every JavaScript engine.

/// 64 random bits for a reference seed or a tab id: `Math.random` mixed with the clock.
/// Not for secrets; a reference only has to differ from the other letters'.
pub fn random_u64() -> u64 {
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    random ^ (js_sys::Date::now() as u64).rotate_left(21)
}
