//! `mailto:` links (RFC 6068). Everything but unreserved characters is percent-encoded, so no
//! text the citizen typed can add a header (`cc`, `bcc`) or end the subject early. Line breaks
//! in the body become `%0D%0A`.

/// Links longer than about 2,000 characters fail in some mail clients (Outlook/Chrome on
/// Windows); above this the body is replaced by a short pointer.
pub const MAX_MAILTO: usize = 1800;

pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    for b in normalised.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(b))
            }
            b'\n' => out.push_str("%0D%0A"),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The link; `to` must already be a plain address (config checks it).
pub fn href(to: &str, subject: &str, body: &str) -> String {
    let to_enc: String = encode(to).replace("%40", "@");
    format!(
        "mailto:{to_enc}?subject={}&body={}",
        encode(subject),
        encode(body)
    )
}

/// Decodes percent-encoding (for tests and for checking links).
pub fn decode(s: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
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
}
