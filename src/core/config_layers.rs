//! The editors' options read from the host page, in layers: the defaults, then the JSON config
//! block, then the mount element's data attributes (later layers win), one option at a time.
//!
//! The JSON block is read with serde, leniently and option by option: the parser checks the
//! block's syntax and keeps each member's value as its raw text ([`serde_json::value::RawValue`]),
//! and each option then deserialises its own value with its own type. A value of the wrong
//! kind, or one serde_json cannot hold (`1e999`, a lone surrogate `"\ud800"`), fails only that
//! option. After each layer, [`Config::checked_against`] refuses unusable values.

use crate::core::config::{Config, DATA_ATTRIBUTES};
use crate::core::object;
use serde::de::value::{Error as ValueError, SeqDeserializer};
use serde::de::{Deserialize, Deserializer, Visitor};
use serde::forward_to_deserialize_any;
use serde_json::value::RawValue;
use std::fmt;

/// A data attribute's text as a serde value of the kind its option expects: a list for
/// `rights` (split at commas and spaces), otherwise the trimmed text (`"3"` for `headingLevel`
/// is read as a quoted number).
struct Attribute<'a> {
    option: &'a str,
    text: &'a str,
}

impl<'de> Deserializer<'de> for Attribute<'_> {
    type Error = ValueError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        let text = self.text.trim();
        if self.option == "rights" {
            visitor.visit_seq(SeqDeserializer::new(
                text.split([',', ' ']).filter(|r| !r.is_empty()),
            ))
        } else {
            visitor.visit_str(text)
        }
    }

    /// An attribute is never JSON's `null`: `data-right="erasure"` is `Some`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        visitor.visit_some(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

/// A heading level: a whole number, also when quoted as editors often do (`"3"`, `" 3 "`).
/// A number with a zero fraction (`3.0`) is the same number (`JSON.parse` cannot tell them
/// apart). Out of `u8` range or not a number: an error. The range 1–6 is checked later.
fn heading_level<'de, D: Deserializer<'de>>(value: D) -> Result<u8, D::Error> {
    struct Level;
    impl Visitor<'_> for Level {
        type Value = u8;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a heading level")
        }
        fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<u8, E> {
            u8::try_from(n).map_err(|_| E::custom("out of range"))
        }
        fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<u8, E> {
            u8::try_from(n).map_err(|_| E::custom("out of range"))
        }
        fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<u8, E> {
            if n.fract() == 0.0 && (0.0..=255.0).contains(&n) {
                Ok(n as u8)
            } else {
                Err(E::custom("not a whole number"))
            }
        }
        fn visit_str<E: serde::de::Error>(self, t: &str) -> Result<u8, E> {
            t.trim().parse().map_err(|_| E::custom("not a number"))
        }
    }
    value.deserialize_any(Level)
}

/// The config block after a JSON parser has read it.
pub enum Block<M> {
    /// No block, or an empty one.
    Absent,
    /// Not a JSON object (a syntax error, an array, a string …): one warning, the defaults.
    NotAnObject,
    /// The object's members in the parser's order, each value a serde deserializer; a key
    /// given twice is applied twice (the last wins).
    Members(M),
}

/// What applying one option did.
enum Applied {
    Ok,
    Unknown,
    NotUnderstood,
}

/// Stores a value that could be read; otherwise leaves the option as it is.
fn set<T>(slot: &mut T, value: Option<T>) -> Applied {
    match value {
        Some(v) => {
            *slot = v;
            Applied::Ok
        }
        None => Applied::NotUnderstood,
    }
}

impl Config {
    /// Sets one option from its value, deserialised as the option's own type, or says why not
    /// (the option keeps its value). `right` may be `null` (none chosen in advance).
    fn apply<'de, D: Deserializer<'de>>(&mut self, key: &str, value: D) -> Applied {
        fn read<'de, T: Deserialize<'de>, D: Deserializer<'de>>(value: D) -> Option<T> {
            T::deserialize(value).ok()
        }
        match key {
            "municipality" => set(&mut self.municipality, read(value)),
            "address" => set(&mut self.address, read(value)),
            "cvr" => set(&mut self.cvr, read(value)),
            "phone" => set(&mut self.phone, read(value)),
            "email" => set(&mut self.email, read(value)),
            "dpoEmail" => set(&mut self.dpo_email, read(value)),
            "commsEmail" => set(&mut self.comms_email, read(value)),
            "digitalPostUrl" => set(&mut self.digital_post_url, read(value)),
            "referencePrefix" => set(&mut self.reference_prefix, read(value)),
            "complaintUrl" => set(&mut self.complaint_url, read(value)),
            "lang" => set(&mut self.lang, read(value)),
            "right" => set(&mut self.right, read(value)),
            "rights" => set(&mut self.rights, read(value)),
            "headingLevel" => set(&mut self.heading_level, heading_level(value).ok()),
            _ => Applied::Unknown,
        }
    }

    /// Builds the config from the defaults, then the JSON block `json` (read by serde_json),
    /// then the data attributes, as [`Config::from_block`] does.
    pub fn from_layers(json: Option<&str>, attributes: &[(&str, String)]) -> (Config, Vec<String>) {
        let members = |text| {
            let mut parser = serde_json::Deserializer::from_str(text);
            let members: Vec<(String, &RawValue)> = object::deserialize(&mut parser).ok()?;
            parser.end().ok()?;
            Some(members)
        };
        let block = match json.filter(|t| !t.trim().is_empty()).map(members) {
            None => Block::Absent,
            Some(None) => Block::NotAnObject,
            Some(Some(members)) => Block::Members(members),
        };
        Config::from_block(block, attributes)
    }

    /// Builds the config from the defaults, then the JSON block's members, then the data
    /// attributes (later layers win), one option at a time: an unknown option, or a value of
    /// the wrong kind, is skipped with a warning naming it; the rest still applies. Then
    /// [`Config::checked`], layer by layer.
    pub fn from_block<'de, K, D, M>(
        block: Block<M>,
        attributes: &[(&str, String)],
    ) -> (Config, Vec<String>)
    where
        K: AsRef<str>,
        D: Deserializer<'de>,
        M: IntoIterator<Item = (K, D)>,
    {
        let mut warnings = Vec::new();
        let mut config = Config::default();
        let note = |warnings: &mut Vec<String>, key: &str, applied: Applied| match applied {
            Applied::Ok => {}
            Applied::Unknown => warnings.push(format!("option \"{key}\": unknown option; ignored")),
            // "ignored", not "using the default": a JSON block's value may stay.
            Applied::NotUnderstood => {
                warnings.push(format!("option \"{key}\": value not understood; ignored"))
            }
        };
        match block {
            Block::Absent => {}
            Block::NotAnObject => {
                warnings.push("config block: not a JSON object; using the defaults".into())
            }
            Block::Members(members) => {
                for (key, value) in members {
                    let key = key.as_ref();
                    note(&mut warnings, key, config.apply(key, value));
                }
            }
        }
        // A value the checks refuse falls back to the layer below: an attribute's to the JSON
        // block's value, the JSON block's to the default.
        let (mut config, more) = config.checked_against(&Config::default());
        warnings.extend(more);
        let below = config.clone();
        for (attr, text) in attributes {
            match DATA_ATTRIBUTES.iter().find(|(a, _)| a == attr) {
                Some((_, option)) => note(
                    &mut warnings,
                    option,
                    config.apply(option, Attribute { option, text }),
                ),
                None => warnings.push(format!("attribute \"{attr}\": unknown option; ignored")),
            }
        }
        let (config, more) = config.checked_against(&below);
        warnings.extend(more);
        (config, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rights::Right;
    use crate::core::text::Lang;

    #[test]
    fn deserializes_partial_json_with_defaults() {
        let (c, warnings) = Config::from_layers(
            Some(
                r#"{"lang":"en","right":"erasure","email":"privacy@example.dk","rights":["erasure","access"]}"#,
            ),
            &[],
        );
        assert_eq!(warnings, Vec::<String>::new());
        assert_eq!(c.lang, Lang::En);
        assert_eq!(c.right, Some(Right::Erasure));
        assert_eq!(c.email, "privacy@example.dk");
        assert_eq!(c.municipality, "Stevns Kommune");
        assert_eq!(c.offered_rights(), vec![Right::Access, Right::Erasure]);
    }

    #[test]
    fn layers_apply_option_by_option_and_warn_about_the_rest() {
        let json = r#"{"email":"a@b.dk","headingLevel":"three","colour":"red","lang":"en"}"#;
        let attrs = [
            ("data-lang", "da".to_string()),
            ("data-right", "erasure".to_string()),
            ("data-heading-level", "3".to_string()),
            ("data-rights", "access, erasure".to_string()),
            ("data-bogus", "1".to_string()),
        ];
        let (c, w) = Config::from_layers(Some(json), &attrs);
        assert_eq!(c.email, "a@b.dk");
        assert_eq!(c.lang, Lang::Da, "attributes win over the JSON block");
        assert_eq!(c.right, Some(Right::Erasure));
        assert_eq!(c.heading_level, 3);
        assert_eq!(c.offered_rights(), vec![Right::Access, Right::Erasure]);
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(w.iter().any(|x| x.contains("headingLevel")));
        assert!(w.iter().any(|x| x.contains("colour")));
        assert!(w.iter().any(|x| x.contains("data-bogus")));
        let (c, w) = Config::from_layers(
            Some(r#"{"headingLevel":4}"#),
            &[("data-heading-level", "nine".to_string())],
        );
        assert_eq!(
            c.heading_level, 4,
            "a bad attribute leaves the JSON block's value"
        );
        assert_eq!(
            w,
            vec!["option \"headingLevel\": value not understood; ignored".to_string()]
        );
        // A value that parses but fails a check also leaves the JSON block's value in place.
        let (c, w) = Config::from_layers(
            Some(
                r#"{"headingLevel":4,"email":"a@b.dk","rights":["access","erasure"],"right":"erasure"}"#,
            ),
            &[
                ("data-heading-level", "9".to_string()),
                ("data-email", "x@y.dk?bcc=evil@z.dk".to_string()),
                ("data-right", "portability".to_string()),
            ],
        );
        assert_eq!(c.heading_level, 4);
        assert_eq!(c.email, "a@b.dk");
        assert_eq!(c.right, Some(Right::Erasure));
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(w.iter().all(|x| x.ends_with("; ignored")), "{w:?}");
        let (c, _) = Config::from_layers(Some(r#"{"email":"x@y.dk?bcc=evil@z.dk"}"#), &[]);
        assert_eq!(
            c.email, "stevns@stevns.dk",
            "below the JSON block is the default"
        );
        let (c, w) = Config::from_layers(Some(r#"{"headingLevel":" 3 "}"#), &[]);
        assert_eq!(
            (c.heading_level, w.len()),
            (3, 0),
            "a quoted number is a number"
        );
        let (c, w) = Config::from_layers(Some("{not json"), &[("data-right", "nonsense".into())]);
        assert_eq!(c, Config::default());
        assert_eq!(w.len(), 2, "{w:?}");
    }

    #[test]
    fn one_bad_value_fails_only_its_own_option() {
        for bad in [
            r#""three""#,
            "true",
            "null",
            "[3]",
            r#"{"level":3}"#,
            "3.5",
            "-1",
            "0",
            "7",
            "300",
            "1e999",
            "-1e999",
            r#""\ud800""#,
            "99999999999999999999999",
        ] {
            let json = format!(r#"{{"lang":"en","headingLevel":{bad},"email":"a@b.dk"}}"#);
            let (c, w) = Config::from_layers(Some(&json), &[]);
            assert_eq!(
                (c.lang, c.email.as_str(), c.heading_level),
                (Lang::En, "a@b.dk", 2),
                "{bad}"
            );
            assert_eq!(w.len(), 1, "{bad}: {w:?}");
            assert!(w[0].starts_with("option \"headingLevel\": "), "{w:?}");
        }
        for (key, bad) in [
            ("municipality", "5"),
            ("municipality", r#""\udc00x""#),
            ("municipality", r#"["Stevns"]"#),
            ("email", "null"),
            ("lang", r#""fr""#),
            ("lang", "1"),
            ("right", r#""Erasure""#),
            ("right", "[]"),
            ("rights", r#""access""#),
            ("rights", r#"["access", 5]"#),
            ("rights", r#"["access", "nonsense"]"#),
            ("complaintUrl", r#""javascript:alert(1)""#),
        ] {
            let json = format!(r#"{{"phone":"1","{key}":{bad},"referencePrefix":"AB"}}"#);
            let (c, w) = Config::from_layers(Some(&json), &[]);
            assert_eq!((c.phone.as_str(), c.reference_prefix.as_str()), ("1", "AB"));
            assert_eq!(w.len(), 1, "{key}: {bad}: {w:?}");
            assert!(w[0].starts_with(&format!("option \"{key}\": ")), "{w:?}");
        }
    }

    #[test]
    fn what_json_allows_is_read_as_the_option_means_it() {
        for (json, level) in [
            (r#"{"headingLevel":3}"#, 3),
            (r#"{"headingLevel":"3"}"#, 3),
            (r#"{"headingLevel":" 4 "}"#, 4),
            (r#"{"headingLevel":5.0}"#, 5),
            (r#"{"headingLevel":1e0}"#, 1),
            (r#"{"headingLevel":6,"headingLevel":"5"}"#, 5),
        ] {
            let (c, w) = Config::from_layers(Some(json), &[]);
            assert_eq!((c.heading_level, w.len()), (level, 0), "{json}: {w:?}");
        }
        let (c, w) = Config::from_layers(
            Some(
                r#" {"lang":"en-GB","right":null,"municipality":"K\u00f8ge \"Kommune\" \ud83d\ude00","rights":[]} "#,
            ),
            &[],
        );
        assert_eq!(w, Vec::<String>::new());
        assert_eq!((c.lang, c.right), (Lang::En, None));
        assert_eq!(c.municipality, "Køge \"Kommune\" 😀");
        assert_eq!(c.offered_rights().len(), 9, "an empty list means all nine");
    }

    #[test]
    fn warnings_follow_the_block_and_a_block_that_is_not_an_object_gives_one() {
        let (_, w) = Config::from_layers(Some(r#"{"zeta":1,"lang":[],"alpha":{}}"#), &[]);
        assert_eq!(
            w,
            [
                "option \"zeta\": unknown option; ignored",
                "option \"lang\": value not understood; ignored",
                "option \"alpha\": unknown option; ignored"
            ]
        );
        // Deep nesting neither exhausts the stack nor spoils the other options.
        for key in ["x", "rights", "right", "headingLevel"] {
            let deep = format!(
                r#"{{"{key}":{}{},"lang":"en"}}"#,
                "[".repeat(100_000),
                "]".repeat(100_000)
            );
            let (c, w) = Config::from_layers(Some(&deep), &[]);
            assert_eq!((c.lang, w.len()), (Lang::En, 1), "{key}: {w:?}");
        }
        for not_an_object in [
            "[]",
            "\"x\"",
            "null",
            "3",
            "{} {}",
            "{\"a\":1,}",
            "{'lang':'en'}",
            "{\"lang\":\"en\"",
            "\u{feff}{}",
        ] {
            let (c, w) = Config::from_layers(Some(not_an_object), &[("data-phone", "2".into())]);
            assert_eq!(
                (c.lang, c.phone.as_str()),
                (Lang::Da, "2"),
                "{not_an_object:.20}"
            );
            assert_eq!(
                w,
                ["config block: not a JSON object; using the defaults"],
                "{not_an_object:.20}"
            );
        }
        for empty in ["", "  \n "] {
            assert_eq!(
                Config::from_layers(Some(empty), &[]),
                (Config::default(), vec![])
            );
        }
    }
}
