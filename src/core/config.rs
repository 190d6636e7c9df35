//! The options a web editor can set, their defaults (Stevns Kommune's own details,
//! `docs/sources.md#seed-004`), and which values are usable.
//!
//! Unknown or bad values never stop the widget: [`Config::checked`] replaces each bad value by
//! its default and returns one warning per replaced option, which the embed code logs. How the
//! options are read from the host page is `config_layers.rs`.

use crate::core::chars::is_letter_or_digit;
use crate::core::rights::Right;
use crate::core::text::Lang;

/// The options; their JSON names (config block) are in `Config::apply` (`config_layers.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The municipality's name, as it appears in texts and the letter.
    pub municipality: String,
    /// Postal address, one line.
    pub address: String,
    /// The municipality's CVR number, as the municipality writes it ("29 20 86 54",
    /// `docs/sources.md#seed-004`). A complaint to
    /// Datatilsynet names the controller by name, address and CVR.
    pub cvr: String,
    pub phone: String,
    /// Where the e-mail route sends requests ("kontakte os på stevns@stevns.dk",
    /// `docs/sources.md#seed-004`).
    pub email: String,
    /// The data protection officer.
    pub dpo_email: String,
    /// The communication department, for questions about photos
    /// (`docs/sources.md#seed-004`).
    pub comms_email: String,
    /// Where "Open Digital Post" goes. A direct `https://post.borger.dk/send/…` link for the
    /// municipality's mailbox can be set here; the default is borger.dk's general entry.
    pub digital_post_url: String,
    /// The starting language.
    pub lang: Lang,
    /// A right chosen in advance (e.g. on an access-request page).
    pub right: Option<Right>,
    /// The rights offered, in order. Empty means all nine.
    pub rights: Vec<Right>,
    /// The level of the widget's headings (h2 by default, under the host page's h1).
    pub heading_level: u8,
    /// The first letters of reference numbers.
    pub reference_prefix: String,
    /// Datatilsynet's page for complaints (the "own complaint form" route).
    pub complaint_url: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            municipality: "Stevns Kommune".into(),
            address: "Rådhuspladsen 4, 4660 Store Heddinge".into(),
            cvr: "29 20 86 54".into(),
            phone: "56 57 57 57".into(),
            email: "stevns@stevns.dk".into(),
            dpo_email: "dpo@stevns.dk".into(),
            comms_email: "komm@stevns.dk".into(),
            digital_post_url: "https://www.borger.dk/".into(),
            lang: Lang::Da,
            right: None,
            rights: Vec::new(),
            heading_level: 2,
            reference_prefix: "SK".into(),
            complaint_url: "https://www.datatilsynet.dk/".into(),
        }
    }
}

/// A plain e-mail address: one `@`, a dot in the domain, no spaces, no characters that could
/// add headers or parameters to a `mailto:` link (`?`, `&`, `,`, `;`, `%`, `<`, `>`, quotes).
pub fn is_plain_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let ok_char = |c: char| is_letter_or_digit(c) || "._+-".contains(c);
    !local.is_empty()
        && local.len() <= 64
        && s.len() <= 254
        && !domain.contains('@')
        && local.chars().all(ok_char)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| is_letter_or_digit(c) || c == '-')
        })
}

/// The data attributes a web editor can put on the mount element, and the option each sets.
pub const DATA_ATTRIBUTES: [(&str, &str); 9] = [
    ("data-lang", "lang"),
    ("data-right", "right"),
    ("data-rights", "rights"),
    ("data-email", "email"),
    ("data-digital-post-url", "digitalPostUrl"),
    ("data-municipality", "municipality"),
    ("data-phone", "phone"),
    ("data-heading-level", "headingLevel"),
    ("data-reference-prefix", "referencePrefix"),
];

impl Config {
    /// The rights offered, in catalogue order, never empty.
    pub fn offered_rights(&self) -> Vec<Right> {
        if self.rights.is_empty() {
            Right::ALL.to_vec()
        } else {
            Right::ALL
                .into_iter()
                .filter(|r| self.rights.contains(r))
                .collect()
        }
    }

    /// Replaces unusable values by the defaults. Returns the warnings, one per option.
    pub fn checked(self) -> (Config, Vec<String>) {
        self.checked_against(&Config::default())
    }

    /// Replaces unusable values by those of `below` (a checked config: the defaults, or the
    /// layer under this one). Returns the warnings, one per option.
    pub fn checked_against(mut self, below: &Config) -> (Config, Vec<String>) {
        let d = below;
        let mut warnings = Vec::new();
        let mut warn =
            |name: &str, why: &str| warnings.push(format!("option \"{name}\": {why}; ignored"));
        for (name, value, default) in [
            ("email", &mut self.email, &d.email),
            ("dpoEmail", &mut self.dpo_email, &d.dpo_email),
            ("commsEmail", &mut self.comms_email, &d.comms_email),
        ] {
            if !is_plain_email(value) {
                warn(name, "not a plain e-mail address");
                *value = default.clone();
            }
        }
        for (name, value, default) in [
            (
                "digitalPostUrl",
                &mut self.digital_post_url,
                &d.digital_post_url,
            ),
            ("complaintUrl", &mut self.complaint_url, &d.complaint_url),
        ] {
            let url = value.trim();
            let bad_url = !url.starts_with("https://")
                || url.len() <= "https://".len()
                || url.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>'
                });
            if bad_url {
                warn(name, "must be an https:// address");
                *value = default.clone();
            }
        }
        for (name, value, default) in [
            ("municipality", &mut self.municipality, &d.municipality),
            ("address", &mut self.address, &d.address),
            ("cvr", &mut self.cvr, &d.cvr),
            ("phone", &mut self.phone, &d.phone),
            (
                "referencePrefix",
                &mut self.reference_prefix,
                &d.reference_prefix,
            ),
        ] {
            let bad = value.trim().is_empty()
                || value.chars().count() > 120
                || value.chars().any(char::is_control);
            if bad {
                warn(name, "empty, too long or has control characters");
                *value = default.clone();
            }
        }
        if !(1..=6).contains(&self.heading_level) {
            warn("headingLevel", "must be 1 to 6");
            self.heading_level = d.heading_level;
        }
        if let Some(r) = self.right {
            if !self.offered_rights().contains(&r) {
                warn("right", "is not among the offered rights");
                self.right = d.right.filter(|r| self.offered_rights().contains(r));
            }
        }
        (self, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The defaults are Stevns Kommune's own details (`docs/sources.md#seed-004`).
    #[test]
    fn defaults_are_stevns_kommune_s_own_details() {
        let c = Config::default();
        assert_eq!(c.municipality, "Stevns Kommune");
        assert_eq!(c.email, "stevns@stevns.dk");
        assert_eq!(c.dpo_email, "dpo@stevns.dk");
        assert_eq!(c.comms_email, "komm@stevns.dk");
        assert_eq!(c.phone, "56 57 57 57");
        assert_eq!(c.address, "Rådhuspladsen 4, 4660 Store Heddinge");
        assert_eq!(c.cvr, "29 20 86 54");
        assert_eq!(c.offered_rights().len(), 9);
        assert_eq!(c.clone().checked().1, Vec::<String>::new());
    }

    #[test]
    fn bad_values_fall_back_with_one_warning_each() {
        let c = Config {
            email: "x@y.dk?bcc=evil@z.dk".into(),
            dpo_email: "javascript:alert(1)".into(),
            digital_post_url: "http://insecure.example".into(),
            heading_level: 9,
            ..Config::default()
        };
        let (c, warnings) = c.checked();
        assert_eq!(c.email, "stevns@stevns.dk");
        assert_eq!(c.dpo_email, "dpo@stevns.dk");
        assert_eq!(c.digital_post_url, "https://www.borger.dk/");
        assert_eq!(c.heading_level, 2);
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        assert!(warnings[0].contains("\"email\""));
    }

    #[test]
    fn plain_email_rule() {
        for ok in [
            "a@b.dk",
            "first.last+tag@sub.example.com",
            "æble@kommune.dk",
            "o-k@x-y.dk",
        ] {
            assert!(is_plain_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@",
            "@b.dk",
            "a@b",
            "a b@c.dk",
            "a@b..dk",
            "a@@b.dk",
            "a@b.dk?cc=x",
            "a,b@c.dk",
            "a@-b.dk",
            ".a@b.dk",
            "a%40b@c.dk",
            "a@b.dk\r\nBcc: x",
        ] {
            assert!(!is_plain_email(bad), "{bad}");
        }
    }
}
