//! `mailto:` links (RFC 6068), percent-encoded with the `percent-encoding` crate (rust-url).
//!
//! RFC 6068 §2 allows in a header value (`hfvalue = *qchar`) the unreserved characters of
//! RFC 3986, percent-encoded octets and some delimiters (`!$'()*+,;:@`). We encode everything
//! but the unreserved characters (`A–Z a–z 0–9 - . _ ~`): a strict subset of what the RFC
//! allows, so `&`, `=`, `?`, `#` and `%` typed by the citizen can never end the subject early
//! or add a header (`cc`, `bcc`), and every non-ASCII character goes as UTF-8 octets (§2).
//! Line breaks in the body become `%0D%0A` (§5: CRLF, whatever the text had).

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Links longer than about 2,000 characters fail in some mail clients (Outlook/Chrome on
/// Windows); above this the body is replaced by a short pointer.
pub const MAX_MAILTO: usize = 1800;

/// What is encoded in a header value (`subject`, `body`): every octet but RFC 3986's
/// unreserved characters `ALPHA / DIGIT / "-" / "." / "_" / "~"`.
pub const HFVALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// What is encoded in the `to` part: as [`HFVALUE`], but the `@` of the `addr-spec` stays
/// (RFC 6068 §2). Only for one plain address (config checks it): a `,` would add a recipient,
/// and it is encoded here.
const ADDRESS: &AsciiSet = &HFVALUE.remove(b'@');

/// `text` percent-encoded for a header value, with every line break (`\n`, `\r\n`, `\r`) as
/// `%0D%0A`.
pub fn encode(text: &str) -> String {
    let crlf = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n");
    utf8_percent_encode(&crlf, HFVALUE).to_string()
}

/// The link; `to` must already be a plain address (config checks it).
pub fn href(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        utf8_percent_encode(to, ADDRESS),
        encode(subject),
        encode(body)
    )
}

/// Decodes percent-encoding (for tests and for checking links); invalid UTF-8 becomes U+FFFD.
pub fn decode(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_everything_that_could_break_out() {
        let h = href(
            "stevns@stevns.dk",
            "Anmodning & ref?",
            "Linje 1\nbcc=x@y.dk&cc=z\r\nÆØÅ 100%",
        );
        assert!(h.starts_with("mailto:stevns@stevns.dk?subject="));
        assert_eq!(h.matches('?').count(), 1);
        assert_eq!(h.matches('&').count(), 1);
        assert!(h.contains("%0D%0A"));
        let (_, query) = h.split_once('?').unwrap();
        let parts: Vec<_> = query.split('&').collect();
        assert_eq!(parts.len(), 2);
        assert_eq!(
            decode(parts[0].trim_start_matches("subject=")),
            "Anmodning & ref?"
        );
        assert_eq!(
            decode(parts[1].trim_start_matches("body=")),
            "Linje 1\r\nbcc=x@y.dk&cc=z\r\nÆØÅ 100%"
        );
    }

    #[test]
    fn only_unreserved_characters_stay_as_they_are() {
        for b in 0u8..128 {
            let c = char::from(b);
            let e = encode(&c.to_string());
            if c.is_ascii_alphanumeric() || "-._~".contains(c) {
                assert_eq!(e, c.to_string());
            } else if c == '\n' || c == '\r' {
                assert_eq!(e, "%0D%0A");
            } else {
                assert_eq!(e, format!("%{b:02X}"), "{c:?}");
            }
        }
        assert_eq!(encode("æ€😀"), "%C3%A6%E2%82%AC%F0%9F%98%80");
        assert_eq!(encode("a\r\n\rb\n"), "a%0D%0A%0D%0Ab%0D%0A");
    }

    #[test]
    fn the_address_keeps_its_at_and_nothing_else() {
        assert!(href("a+b@x.dk", "s", "b").starts_with("mailto:a%2Bb@x.dk?subject=s&body=b"));
        assert!(href("æble@x.dk", "", "").starts_with("mailto:%C3%A6ble@x.dk?"));
        let h = href("a@x.dk,b@y.dk?bcc=c@z.dk&x", "s", "b");
        assert_eq!(h.matches(['?', '&', ',']).count(), 2, "{h}");
    }

    #[test]
    fn decode_reads_what_encode_wrote_and_leaves_stray_percents() {
        for s in ["", "100% & ? = #", "ÆØÅ æøå 😀", "%zz %4"] {
            assert_eq!(decode(&encode(s)), s);
        }
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }
}
