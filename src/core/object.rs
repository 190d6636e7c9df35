//! A JSON object as its members in document order, for serde: the config block's options
//! (values kept raw, read one option at a time) and the draft's answers.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::Serializer;
use std::fmt;
use std::marker::PhantomData;

/// Writes pairs as an object (`{"name":"Jens"}`), in order.
pub fn serialize<S: Serializer>(pairs: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// Reads an object's members in document order; a key given twice is kept twice (the last
/// wins when they are applied in order). Anything but an object is an error.
pub fn deserialize<'de, D, V>(d: D) -> Result<Vec<(String, V)>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Pairs<V>(PhantomData<V>);
    impl<'de, V: Deserialize<'de>> Visitor<'de> for Pairs<V> {
        type Value = Vec<(String, V)>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut pairs = Vec::new();
            while let Some(pair) = map.next_entry()? {
                pairs.push(pair);
            }
            Ok(pairs)
        }
    }
    d.deserialize_map(Pairs(PhantomData))
}
