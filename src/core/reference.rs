//! Short reference numbers made in the browser, e.g. "SK-7F3K2Q". They only have to let the
//! citizen and the municipality talk about the same letter, so six characters from an alphabet
//! without look-alikes (no 0/O, 1/I/L) are enough. Seeded, so tests are deterministic.

const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// SplitMix64: a tiny, well-mixed generator; the seed comes from the clock and `Math.random`.
fn splitmix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub fn reference(prefix: &str, seed: u64) -> String {
    let mut n = splitmix(seed);
    let mut code = String::with_capacity(prefix.len() + 7);
    code.push_str(prefix);
    code.push('-');
    for _ in 0..6 {
        code.push(char::from(ALPHABET[(n % ALPHABET.len() as u64) as usize]));
        n /= ALPHABET.len() as u64;
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_short_and_unambiguous() {
        assert_eq!(reference("SK", 42), reference("SK", 42));
        assert_ne!(reference("SK", 42), reference("SK", 43));
        let r = reference("SK", 7);
        assert_eq!(r.len(), 9);
        assert!(r.starts_with("SK-"));
        assert!(!r[3..].contains(['0', 'O', '1', 'I', 'L']));
    }

    #[test]
    fn few_collisions() {
        let mut seen: Vec<String> = (0..5000u64).map(|s| reference("SK", s)).collect();
        seen.sort();
        seen.dedup();
        assert!(seen.len() > 4990);
    }
}
