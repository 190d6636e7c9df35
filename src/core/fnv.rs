//! FNV-1a, 32 bit (Fowler–Noll–Vo, draft-eastlake-fnv): the version stamps of what the build
//! writes for the browser to check — the pre-rendered start step (`crate::prerender::version`)
//! and the English texts' file (`crate::core::text::ENGLISH_VERSION`). A change detector, not a
//! security hash.

/// The 32-bit offset basis: the hash of no bytes.
pub const OFFSET: u32 = 0x811c_9dc5;

/// `hash` continued over `bytes`. A `const fn`, so a version can be computed at compile time.
pub const fn extend(mut hash: u32, bytes: &[u8]) -> u32 {
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// `hash` as a version is written: 8 lower-case hex digits (no `format!`, which would cost the
/// wasm bundle its formatting code).
pub fn hex(hash: u32) -> String {
    (0..8)
        .rev()
        .map(|shift| char::from_digit((hash >> (shift * 4)) & 0xf, 16).unwrap_or('0'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_values() {
        // FNV-1a 32 test vectors (draft-eastlake-fnv, and Python for "a\0").
        assert_eq!(extend(OFFSET, b""), 0x811c_9dc5);
        assert_eq!(extend(OFFSET, b"a"), 0xe40c_292c);
        assert_eq!(extend(OFFSET, b"foobar"), 0xbf9c_f968);
        assert_eq!(extend(extend(OFFSET, b"a"), &[0]), 0x2b24_d044);
        assert_eq!(hex(0x0123_abcd), "0123abcd");
        assert_eq!(hex(0), "00000000");
        assert_eq!(hex(u32::MAX), "ffffffff");
    }
}
