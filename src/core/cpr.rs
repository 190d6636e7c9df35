//! CPR numbers (personnummer), after CPR-kontoret's rules (`docs/sources.md#cpr-modulus11`,
//! `docs/sources.md#cpr-erstatning`): the CPR field's check ([`parse`]) and the detector that
//! keeps CPR numbers out of e-mail and out of the tab's draft ([`find_cpr_like`]).
//!
//! * Digits 1–6 are the birth date; the 7th digit and the year give the century.
//! * An erstatningspersonnummer (a substitute number for people without a CPR number) has 6
//!   added to the first digit of the day (the 7th becomes 67); it counts as a CPR number.
//! * Impossible dates and future births are rejected with their own message.
//! * The modulus-11 check is **never** applied: since 2007 valid numbers fail it.
//!
//! Both read the number the same way (`cpr_shape.rs`): the usual forms (`010180-1234`,
//! `01.01.80 1234`, `01.01.1980-1234`) and any grouping of the ten digits with one kind of
//! separator (`0101-80-1234`, `0101 80 1234`, `010 180 1234`). Unicode format characters
//! (direction marks, zero-width spaces) anywhere are ignored.

use crate::core::cpr_shape::{
    birth_date, continues, grouping_at, is_dash, is_space, sep, shape_at, Sep, Shape,
};
use crate::core::date::Date;
use crate::core::invisible::is_invisible;

pub use crate::core::cpr_shape::century_year;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CprError {
    /// Not one of the ways of writing ten digits described in `cpr_shape.rs`.
    Format,
    /// The first six digits are not a real date (e.g. 300299), also after taking 6 from the
    /// first digit of an erstatningspersonnummer's day.
    ImpossibleDate,
    /// The birth date lies after today.
    FutureBirth,
}

/// A CPR number that passed the checks, normalised to `DDMMYY-SSSS`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cpr {
    pub normalised: String,
    pub birth: Date,
    /// An erstatningspersonnummer: the day's first digit was raised by 6.
    pub substitute: bool,
}

/// Checks a CPR field's value: one CPR number written in any of the ways `cpr_shape.rs`
/// reads, nothing else around it but spaces. Returns it normalised to `DDMMYY-SSSS`.
pub fn parse(input: &str, today: Date) -> Result<Cpr, CprError> {
    let chars: Vec<char> = input.chars().filter(|c| !is_invisible(*c)).collect();
    let first = chars
        .iter()
        .position(|c| !c.is_whitespace())
        .unwrap_or(chars.len());
    let last = chars
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(first, |i| i + 1);
    let chars = &chars[first..last];
    let whole = |s: &Shape| s.len == chars.len();
    let shape = shape_at(chars)
        .filter(whole)
        .or_else(|| {
            Sep::ALL
                .into_iter()
                .find_map(|kind| grouping_at(chars, kind).filter(whole))
        })
        .ok_or(CprError::Format)?;
    let (birth, substitute) = birth_date(&shape.digits).ok_or(CprError::ImpossibleDate)?;
    if birth > today {
        return Err(CprError::FutureBirth);
    }
    let s: String = shape
        .digits
        .iter()
        .map(|n| char::from(b'0' + *n as u8))
        .collect();
    Ok(Cpr {
        normalised: format!("{}-{}", &s[..6], &s[6..]),
        birth,
        substitute,
    })
}

/// Every CPR number in `text`, as byte ranges: ten digits whose first six are a real date (an
/// erstatningspersonnummer's too), written in one of the ways `cpr_shape.rs` reads, that are
/// not part of something else. Something else means:
///
/// * a longer number: a digit right before or after it, or a decimal point or comma and one or
///   two digits after it (`0101801234,50 kr.`); the usual forms written in spaced pairs
///   (`01 01 80 12 34`) with another digit group one space after or before them, and any
///   grouping with more groups joined by the same kind of separator (`+46 70 123 45 67 89`);
/// * a phone number with its country code: a `+` and up to three digits before it
///   (`+46 0701234567`, `(+45) …`), or a bracketed trunk prefix (`+49 (0)30 1234 5678`);
/// * a bank account: ten digits written together right after a four-digit group and one space
///   (`1234 0101801234`, registration and account number);
/// * for the groupings that are not a usual form of a CPR number (`070 123 45 67`,
///   `030/1234567`), also: a phone word right before it (`tlf.`, `mobil:`, `phone`,
///   [`PHONE_WORDS`]), a currency before or after it (`3 010 180 123 kr.`), or a time after
///   it (`2012-10-10 10:30`).
///
/// The usual forms are found first; a grouping is found only where none of them is. Format
/// characters are skipped while reading and lie inside the ranges, so masking a range removes
/// them too. Used to keep CPR numbers out of e-mail and the draft and to warn about them. What
/// this cannot tell apart is listed in `docs/privacy.md` ("cannot tell apart").
pub fn find_cpr_like(text: &str) -> Vec<(usize, usize)> {
    let indexed: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| !is_invisible(*c))
        .collect();
    let chars: Vec<char> = indexed.iter().map(|(_, c)| *c).collect();
    let starts: Vec<usize> = (0..chars.len())
        .filter(|&i| chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()))
        .collect();
    let real = |s: &Shape| birth_date(&s.digits).is_some();
    // The usual forms first, then the groupings where there is none.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    for &i in &starts {
        if i < next {
            continue;
        }
        let usual = shape_at(&chars[i..])
            .filter(real)
            .filter(|s| !something_else(&chars, i, s));
        if let Some(s) = usual {
            spans.push((i, i + s.len));
            next = i + s.len;
        }
    }
    next = 0;
    for &i in &starts {
        if i < next {
            continue;
        }
        let free = |end: usize| !spans.iter().any(|&(s, e)| i < e && s < end);
        let grouped = Sep::ALL.into_iter().find_map(|kind| {
            grouping_at(&chars[i..], kind)
                .filter(|s| !continues(&chars, i, kind) && real(s) && free(i + s.len))
                .filter(|s| !something_else(&chars, i, s))
        });
        if let Some(s) = grouped {
            // In order among the usual forms' ranges (no sort: it costs the bundle 3 KB).
            let at = spans.partition_point(|&(start, _)| start < i);
            spans.insert(at, (i, i + s.len));
            next = i + s.len;
        }
    }
    spans
        .into_iter()
        .map(|(i, end)| {
            let (last, c) = indexed[end - 1];
            (indexed[i].0, last + c.len_utf8())
        })
        .collect()
}

/// True if the number `s` read at `i` is part of something else ([`find_cpr_like`]).
fn something_else(c: &[char], i: usize, s: &Shape) -> bool {
    let end = i + s.len;
    let digit = |k: usize| c.get(k).is_some_and(char::is_ascii_digit);
    let space = |k: usize| c.get(k).is_some_and(|c| c.is_whitespace());
    // A decimal part (",50") makes it an amount; a comma before another number is a list.
    let decimals = (1..=3).find(|&n| !digit(end + n)).unwrap_or(4) - 1;
    let longer_after =
        digit(end) || (matches!(c.get(end), Some('.' | ',')) && (1..=2).contains(&decimals));
    let spaced_neighbour = s.spaced_pairs
        && ((i >= 2 && space(i - 1) && digit(i - 2)) || (space(end) && digit(end + 1)));
    let grouping_context = s.any_grouping
        && (phone_word_before(c, i)
            || currency_around(c, i, end)
            || (c.get(end) == Some(&':') && digit(end + 1)));
    longer_after
        || spaced_neighbour
        || after_country_code(c, i)
        || after_reg_no(c, i, s)
        || grouping_context
}

/// A `+`, up to three digits and one space or dash right before `i`, or a `+` alone; or a
/// bracket closing right before `i` (a space or dash between allowed) around a country code
/// (`(+45)`, `(0045)`) or a trunk prefix or area code (`(0)`, `(030)`).
fn after_country_code(c: &[char], i: usize) -> bool {
    if i >= 1 && c[i - 1] == '+' {
        return true;
    }
    let mut k = i;
    if k >= 1 && (c[k - 1].is_whitespace() || is_dash(c[k - 1])) {
        k -= 1;
    }
    if k >= 1 && c[k - 1] == ')' {
        let inside: String = c[..k - 1]
            .iter()
            .rev()
            .take_while(|&&ch| ch != '(')
            .collect();
        let opened = k - 1 > inside.chars().count() && inside.chars().count() <= 5;
        let inside: String = inside.chars().rev().collect();
        let digits = inside.strip_prefix('+').unwrap_or(&inside);
        return opened && !digits.is_empty() && digits.chars().all(|d| d.is_ascii_digit());
    }
    if k == i {
        return false;
    }
    let mut n = 0;
    while k > 0 && c[k - 1].is_ascii_digit() {
        k -= 1;
        n += 1;
    }
    (1..=3).contains(&n) && k > 0 && c[k - 1] == '+'
}

/// Ten digits written together right after a standalone four-digit group and one space: a
/// Danish bank account ("reg.nr. kontonr.").
fn after_reg_no(c: &[char], i: usize, shape: &Shape) -> bool {
    if shape.len != 10 || !c[i..i + 10].iter().all(char::is_ascii_digit) {
        return false;
    }
    if i < 5 || !c[i - 1].is_whitespace() || !c[i - 5..i - 1].iter().all(char::is_ascii_digit) {
        return false;
    }
    i == 5 || !(c[i - 6].is_ascii_digit() || sep(c[i - 6]).is_some_and(|s| s != Sep::Space))
}

/// Words that say the number after them is a phone (or fax) number, in Danish, English,
/// Swedish, Norwegian, German and Dutch, lower case.
#[rustfmt::skip]
pub const PHONE_WORDS: &[&str] = &[
    "tlf", "tlfnr", "tel", "telefon", "telefonnr", "telefonnummer", "mobil", "mobilnr",
    "mobilnummer", "mobiltelefon", "mobiltlf", "mob", "fastnet", "phone", "telephone", "mobile",
    "cell", "sms", "fax", "ring", "handy", "telefoon", "mobiel",
];

/// Currency names around an amount, lower case; the signs are `€`, `$` and `£`.
const CURRENCIES: &[&str] = &[
    "kr", "kroner", "dkk", "eur", "euro", "sek", "nok", "usd", "gbp",
];

/// A letter of the words around a number (ASCII and æ, ø, å).
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || "æøåÆØÅ".contains(c)
}

/// The word (letters) that ends right before `end` (`back`) or starts at `end`, in ASCII lower
/// case, and where its other end is.
fn word_at(c: &[char], end: usize, back: bool) -> (String, usize) {
    let mut k = end;
    let mut word = String::new();
    while let Some(&ch) = if back {
        k.checked_sub(1).and_then(|p| c.get(p))
    } else {
        c.get(k)
    } {
        if !is_letter(ch) {
            break;
        }
        word.push(ch.to_ascii_lowercase());
        k = if back { k - 1 } else { k + 1 };
    }
    if back {
        word = word.chars().rev().collect();
    }
    (word, k)
}

/// Skips spaces and the punctuation between a label and its number (`tlf.: `, `nr. `) back
/// from `k`, at most four characters.
fn skip_label_punctuation(c: &[char], mut k: usize) -> usize {
    let start = k;
    while k > 0 && start - k < 4 && (is_space(c[k - 1]) || ".:".contains(c[k - 1])) {
        k -= 1;
    }
    k
}

/// Words between a phone word and its number: "nr", "nummer", "til", "på" (`tlf. nr. …`,
/// `ring til …`, `SMS til …`, `call me on …`).
const PHONE_LINKS: &[&str] = &[
    "nr", "no", "nummer", "number", "til", "på", "to", "on", "at",
];

/// A phone word ([`PHONE_WORDS`]) right before `i`, possibly with up to two linking words
/// ([`PHONE_LINKS`]) between (`tlf. nr. 070 123 45 67`, `Telefon: …`, `SMS til 070 …`).
fn phone_word_before(c: &[char], i: usize) -> bool {
    let mut k = i;
    for _ in 0..3 {
        let before = skip_label_punctuation(c, k);
        let (word, start) = word_at(c, before, true);
        if before == k || !PHONE_LINKS.contains(&word.as_str()) {
            return before < k && PHONE_WORDS.contains(&word.as_str());
        }
        k = start;
    }
    false
}

/// A currency right before `i` or right after `end` (`kr. 1.010.180.123`, `3 010 180 123 kr`,
/// `€ 1.010.180.123`, `1.010.180.123,-`).
fn currency_around(c: &[char], i: usize, end: usize) -> bool {
    let is_sign = |k: usize| matches!(c.get(k), Some('€' | '$' | '£'));
    let before = skip_label_punctuation(c, i);
    let mut after = end;
    while after < c.len() && after - end < 2 && is_space(c[after]) {
        after += 1;
    }
    let named = |k: usize, back: bool| CURRENCIES.contains(&word_at(c, k, back).0.as_str());
    named(before, true)
        || named(after, false)
        || (before > 0 && is_sign(before - 1))
        || is_sign(after)
        || (c.get(end) == Some(&',') && c.get(end + 1).copied().is_some_and(is_dash))
}

/// Replaces every CPR number [`find_cpr_like`] finds in `text` by `replacement`; the second
/// value says whether there was one.
pub fn mask_cpr_like(text: &str, replacement: &str) -> (String, bool) {
    let spans = find_cpr_like(text);
    if spans.is_empty() {
        return (text.to_string(), false);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (s, e) in spans {
        out.push_str(&text[last..s]);
        out.push_str(replacement);
        last = e;
    }
    out.push_str(&text[last..]);
    (out, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::EXAMPLE_TODAY;

    #[test]
    fn cpr_table() {
        use CprError::*;
        type Birth = Result<(i32, u32, u32), CprError>;
        let table: &[(&str, Birth)] = &[
            ("010180-1234", Ok((1980, 1, 1))),
            ("0101801234", Ok((1980, 1, 1))),
            ("010180 1234", Ok((1980, 1, 1))),
            (" 01 01 80 - 12 34 ", Ok((1980, 1, 1))),
            ("010180\u{a0}1234", Ok((1980, 1, 1))),
            ("010180–1234", Ok((1980, 1, 1))),
            // 7th digit 4 or 9: 2000–2036 if YY <= 36, else 1937–1999
            ("010110-4000", Ok((2010, 1, 1))),
            ("010140-4000", Ok((1940, 1, 1))),
            ("010136-9000", Err(FutureBirth)), // 2036
            ("010199-9000", Ok((1999, 1, 1))),
            // 7th digit 5–8: 2000–2057 if YY <= 57, else 1858–1899
            ("010120-5000", Ok((2020, 1, 1))),
            ("010160-8000", Ok((1860, 1, 1))),
            // 0–3: 1900s
            ("311299-3999", Ok((1999, 12, 31))),
            // leap years: 2000 was one, 2001 was not
            ("290200-4000", Ok((2000, 2, 29))),
            ("290200-1000", Err(ImpossibleDate)), // 1900 was no leap year
            ("290201-4000", Err(ImpossibleDate)),
            ("300299-1234", Err(ImpossibleDate)),
            ("310490-1234", Err(ImpossibleDate)),
            ("000000-0000", Err(ImpossibleDate)),
            ("321280-1234", Err(ImpossibleDate)),
            // future birth
            ("241126-4000", Err(FutureBirth)),
            ("231126-4000", Ok((2026, 11, 23))),
            ("010150-5000", Err(FutureBirth)),
            // the ways people write it: dots, dashes, slashes, spaces; invisible marks
            ("01.01.80-1234", Ok((1980, 1, 1))),
            ("01-01-80-1234", Ok((1980, 1, 1))),
            ("01/01/80 1234", Ok((1980, 1, 1))),
            ("010180/1234", Ok((1980, 1, 1))),
            ("01.01.1980-1234", Ok((1980, 1, 1))),
            ("\u{202D}010180\u{200E}-1234\u{202C}", Ok((1980, 1, 1))),
            ("\u{FEFF}0101\u{200B}801234", Ok((1980, 1, 1))),
            // erstatningspersonnumre: the day's first digit raised by 6
            ("610180-1234", Ok((1980, 1, 1))),
            ("67.03.80-1234", Ok((1980, 3, 7))),
            ("910180 1234", Ok((1980, 1, 31))),
            ("920180-1234", Err(ImpossibleDate)),
            ("600180-1234", Err(ImpossibleDate)),
            ("890201-4000", Err(ImpossibleDate)),
            // format
            ("01.01-80-1234", Err(Format)),
            ("01.01.1980-5000", Err(Format)), // 5 gives 1880: the year does not agree
            ("010180 - 1234 x", Err(Format)),
            ("", Err(Format)),
            ("01018-1234", Err(Format)),
            ("010180-12345", Err(Format)),
            ("0101-80-1234", Ok((1980, 1, 1))),
            ("0101 80 1234", Ok((1980, 1, 1))),
            ("010 180 1234", Ok((1980, 1, 1))),
            ("01 01 1980 12 34", Ok((1980, 1, 1))),
            ("0101-80 1234", Err(Format)),
            ("01 01 80 1 2 34", Err(Format)),
            ("0101 2080 1234", Err(Format)),
            ("0101 50 5000", Err(FutureBirth)),
            ("01018O-1234", Err(Format)),
            ("٠١٠١٨٠١٢٣٤", Err(Format)),
            ("abcdefghij", Err(Format)),
        ];
        for (input, want) in table {
            let got = parse(input, TODAY).map(|c| (c.birth.year, c.birth.month, c.birth.day));
            assert_eq!(&got, want, "input {input:?}");
        }
    }

    #[test]
    fn numbers_failing_modulus_11_are_accepted() {
        // 010160-0000 weighted sum: 0*4+1*3+0*2+1*7+6*6+0*5+0*4+0*3+0*2+0*1 = 46, not % 11.
        let weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        let n = "0101600000";
        let sum: u32 = n
            .chars()
            .zip(weights)
            .map(|(c, w)| c.to_digit(10).unwrap() * w)
            .sum();
        assert_ne!(sum % 11, 0);
        assert_eq!(parse(n, TODAY).unwrap().normalised, "010160-0000");
    }

    #[test]
    fn an_erstatningspersonnummer_is_kept_as_written_and_marked() {
        let c = parse(" 61.01.80 - 1234 ", TODAY).unwrap();
        assert_eq!(c.normalised, "610180-1234");
        assert!(c.substitute);
        assert!(!parse("010180-1234", TODAY).unwrap().substitute);
    }

    #[test]
    fn finds_and_masks_cpr_like_numbers_in_text() {
        let (masked, hit) = mask_cpr_like("Mit nr. er 010180-1234, og 0101801234.", "[X]");
        assert!(hit);
        assert_eq!(masked, "Mit nr. er [X], og [X].");
        let (masked, hit) = mask_cpr_like("Sag 12345678901 og 300299-1234 og tlf 56575757", "[X]");
        assert!(!hit, "{masked}");
        assert!(find_cpr_like("ref 010180 1234").len() == 1);
        for written in [
            "010180–1234",
            "010180 - 1234",
            "010180\u{a0}1234",
            "01 01 80 12 34",
            "010180\u{2011}1234",
        ] {
            let (masked, hit) = mask_cpr_like(&format!("nr. {written}."), "[X]");
            assert!(hit, "{written:?}");
            assert_eq!(masked, "nr. [X].");
        }
        assert!(
            find_cpr_like("tlf 56 57 57 57 12 34").is_empty(),
            "day 56 is no date"
        );
        assert_eq!(
            mask_cpr_like("mit nr 0101801234 5 gange", "[X]").0,
            "mit nr [X] 5 gange"
        );
        assert!(find_cpr_like("æøå 010180-1234 æøå").len() == 1);
    }
}
