//! What must not go by ordinary e-mail, or only after a warning: CPR numbers in the citizen's
//! own text (removed from the e-mail), and words that suggest health information (art. 9 GDPR:
//! a warning that never blocks).
//!
//! The CPR masking works on the answers, not on the finished letter: only what the citizen
//! typed can hold a CPR number, and the phone field is checked as a phone number instead
//! (`contact::phone_problem` refuses one written like a CPR number), so a Swedish
//! "070 123 45 67" is never taken for one.

use crate::core::chars::{is_letter_or_digit, lowercase};
use crate::core::cpr::{find_cpr_like, mask_cpr_like};
use crate::core::fields::Field;
use crate::core::state::State;
use crate::core::text::Msg;

/// `s` with every CPR number in the citizen's own text replaced by "[CPR-nummer fjernet]" /
/// "[CPR number removed]", and whether there was one. For the e-mail route.
pub fn mask_answers(s: &State) -> (State, bool) {
    let mut out = s.clone();
    let mut any = false;
    for field in Field::ALL.into_iter().filter(|f| f.is_own_text()) {
        let (masked, hit) = mask_cpr_like(s.get(field), Msg::LetterCprMasked.get(s.lang));
        if hit {
            any = true;
            out = out.with_answer(field, masked);
        }
    }
    (out, any)
}

/// Danish and English words that suggest health information, as whole words in the forms
/// listed (lower case). Not a classifier: a hint that only triggers a warning.
#[rustfmt::skip]
const HEALTH_WORDS: &[&str] = &[
    // helbred, sundhed
    "helbred", "helbredet", "helbreds", "helbredt", "sundhed",
    // syg: the adjective and the sick-leave words; not "sygeplejerske" (a profession)
    "syg", "syge", "sygt", "sygere", "sygeste", "sygemeldt", "sygemeldte", "sygemelding",
    "sygemeldingen", "sygemeldinger", "sygedagpenge", "sygefravær", "sygefraværet", "sygeorlov",
    "sygehus", "sygehuset", "sygehuse", "sygehusene", "sygehusets", "sukkersyge", "kræftsyg",
    "sygdom", "sygdomme", "sygdommen", "sygdommene", "sygdoms",
    "læge", "lægen", "læger", "lægerne", "lægens", "lægers", "lægernes",
    "hospital", "hospitalet", "hospitaler", "hospitalerne", "hospitals",
    "medicin", "medicinen", "medicinsk", "medicinske", "medicineret",
    "psykiatri", "psykiatrien", "psykiatrisk", "psykiatriske", "psykiater", "psykiateren",
    "psykiatere", "psykiaterne", "psykisk", "psykiske", "psykolog", "psykologen", "psykologer",
    "psykologisk", "psykologiske", "psykose", "psykosen", "psykoser", "sindslidelse",
    "sindslidelser", "mental", "mentale", "mentalt", "mentalundersøgelse",
    "depression", "depressionen", "depressioner", "depressiv", "depressive", "deprimeret",
    "kræft", "kræften", "kræftpatient", "kræftbehandling", "kræftramt",
    "diabetes", "diabetiker", "diabetikere", "diabetisk",
    "handicap", "handicaps", "funktionsnedsættelse", "funktionsnedsættelsen",
    "funktionsnedsættelser",
    // substance abuse: the noun (see MISUSE); not the verb "misbruger", "misbrugt", "misbrugte"
    "misbrugs", "misbrugeren", "misbrugere", "misbrugerne", "alkoholiker", "alkoholikere",
    "alkoholisme", "narkoman", "narkomaner", "afvænning", "afrusning", "ludoman", "ludomani",
    "graviditet", "graviditeten", "gravid", "gravide", "abort", "aborten", "aborter",
    "adhd", "autisme", "autist", "autistisk", "diagnose", "diagnosen", "diagnoser",
    "diagnoserne", "diagnosticeret", "patient", "patienten", "patienter", "patienterne",
    "genoptræning", "genoptræningen", "indlagt", "indlæggelse", "indlæggelsen", "indlæggelser",
    // English
    "health", "illness", "illnesses", "sick", "sickness", "sicknesses", "doctor", "doctors",
    "medication", "medications", "medicine", "medicines", "medical", "medically",
    "prescription", "prescriptions", "prescribed", "hospitals", "hospitalised",
    "hospitalized", "hospitalisation", "hospitalization", "psychiatric", "psychiatry",
    "psychiatrist", "psychiatrists", "psychologist", "psychologists", "psychosis", "psychotic",
    "mentally", "depressed", "cancer", "cancers", "tumour", "tumor", "chemotherapy", "diabetic",
    "disability", "disabilities", "disabled", "handicapped", "diagnosis", "diagnoses",
    "diagnosed", "pregnancy", "pregnant", "abortion", "addiction", "addicted", "addict",
    "addicts", "alcoholism", "alcoholic", "alcoholics", "rehab", "autism", "autistic",
    "therapy", "therapist", "patients",
];

/// First parts of compounds: a word that starts with one of these and has at least three more
/// letters ("lægeerklæring", "sygdomsforløb", "misbrugsbehandling", "healthcare").
const HEALTH_FIRSTS: &[&str] = &[
    "helbreds",
    "sundheds",
    "sygdoms",
    "læge",
    "hospitals",
    "medicin",
    "psykiatri",
    "handicap",
    "misbrugs",
    "graviditets",
    "health",
];

/// Last parts of compounds: a word that ends with one of these after at least three letters
/// ("hjertesygdom", "tandlæge", "børnepsykiatrien", "fødselsdepression", "kræftdiagnose").
const HEALTH_LASTS: &[&str] = &[
    "sygdom",
    "sygdomme",
    "sygdommen",
    "sygdommene",
    "læge",
    "lægen",
    "læger",
    "lægerne",
    "hospital",
    "hospitalet",
    "medicin",
    "medicinen",
    "psykiatri",
    "psykiatrien",
    "psykiater",
    "depression",
    "diagnose",
    "diagnosen",
];

/// Two words that together suggest health information.
const HEALTH_PHRASES: &[(&str, &str)] = &[
    ("drug", "abuse"),
    ("substance", "abuse"),
    ("alcohol", "abuse"),
];

/// "Misbrug" is substance abuse, except "misbrug af" something that is not a substance
/// ("misbrug af mine oplysninger" is misuse of data). Compounds count when their first part is
/// a substance ("alkoholmisbrug", not "magtmisbrug").
const MISUSE: &[&str] = &["misbrug", "misbruget"];

/// Word starts that name a substance (or gambling) after "misbrug af" or before "misbrug".
const SUBSTANCES: &[&str] = &[
    "alkohol",
    "stof",
    "hash",
    "narko",
    "rusmid",
    "medicin",
    "pille",
    "kokain",
    "heroin",
    "amfetamin",
    "euforiserende",
    "spil",
    "druk",
];

fn chars(w: &str) -> usize {
    w.chars().count()
}

/// True if the word at `i` of `words` (lower case) suggests health information.
fn is_health_word(words: &[&str], i: usize) -> bool {
    let w = words[i];
    let substance = |x: &str| SUBSTANCES.iter().any(|s| x.starts_with(s));
    if MISUSE.contains(&w) {
        return words.get(i + 1) != Some(&"af") || words.get(i + 2).is_some_and(|n| substance(n));
    }
    if let Some(m) = MISUSE.iter().find(|m| w.ends_with(*m)) {
        let first = &w[..w.len() - m.len()];
        if substance(first) {
            return true;
        }
    }
    HEALTH_WORDS.contains(&w)
        || HEALTH_FIRSTS
            .iter()
            .any(|p| w.starts_with(p) && chars(w) >= chars(p) + 3)
        || HEALTH_LASTS
            .iter()
            .any(|t| w.ends_with(t) && chars(w) >= chars(t) + 3)
        || HEALTH_PHRASES
            .iter()
            .any(|(a, b)| w == *a && words.get(i + 1) == Some(b))
}

/// True if `text` holds a word that suggests health information: whole words only, in the
/// forms listed above, Danish and English, any case.
pub fn mentions_health(text: &str) -> bool {
    let lower = lowercase(text);
    let words: Vec<&str> = lower
        .split(|c: char| !is_letter_or_digit(c))
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).any(|i| is_health_word(&words, i))
}

/// Why the e-mail route is a poor fit for what was typed: free text with a CPR number, and
/// free text that looks like health information.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmailConcerns {
    pub cpr_in_text: bool,
    pub health: bool,
}

/// The concerns over the answers on the current flow's question pages that are the citizen's
/// own text ([`Field::is_own_text`]: not the CPR fields, not the phone number).
pub fn email_concerns(s: &State) -> EmailConcerns {
    let mut c = EmailConcerns::default();
    let texts = s
        .flow()
        .question_steps()
        .into_iter()
        .flat_map(|step| s.fields_on(step))
        .filter(|f| f.is_own_text())
        .map(|f| s.get(f));
    for text in texts {
        c.cpr_in_text |= !find_cpr_like(text).is_empty();
        c.health |= mentions_health(text);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_words_in_their_forms_count() {
        for text in [
            "Jeg har diabetes",
            "Min lægeerklæring viser det",
            "MIN LÆGE SIGER NEJ",
            "Lægen skrev til jer",
            "Jeg har talt med lægerne",
            "min tandlæge",
            "Jeg er syg",
            "de syge børn",
            "Jeg var sygemeldt i tre måneder",
            "oplysninger om mit sygefravær",
            "journalen fra sygehuset",
            "Hun har en kræftsygdom",
            "sygdommen blev opdaget",
            "hjertesygdomme i familien",
            "Mit misbrug er behandlet",
            "misbruget startede i 2019",
            "Jeg var i misbrugsbehandling",
            "mit alkoholmisbrug",
            "oplysninger om hashmisbruget",
            "misbrug af alkohol",
            "Misbrug af stoffer",
            "misbrugs- og psykiatriområdet",
            "et barn med ADHD",
            "psykiatrisk afdeling",
            "Hun er i børnepsykiatrien",
            "han fik en psykose",
            "min mentale sundhed",
            "Jeg har en fødselsdepression",
            "min helbredstilstand",
            "helbredsoplysninger",
            "Jeg er gravid",
            "et handicappet barn",
            "Jeg tager medicin",
            "medicineringen blev ændret",
            "My doctor says so",
            "I was on sick leave",
            "mental health",
            "Mental Health",
            "healthcare records",
            "my medication",
            "She was hospitalised",
            "a diagnosis of cancer",
            "drug abuse",
            "substance abuse treatment",
            "he is disabled",
            "my pregnancy",
        ] {
            assert!(mentions_health(text), "{text}");
        }
    }

    #[test]
    fn unrelated_words_do_not() {
        for text in [
            "Kommunen har misbrugt mine oplysninger",
            "I misbruger mine data",
            "De misbrugte min tillid",
            "misbrug af mine oplysninger",
            "Det er misbrug af mine personoplysninger",
            "magtmisbrug",
            "tillidsmisbrug fra kommunen",
            "Vi holder sygeplejersker på afstand? nej: forsyg",
            "Jeg blev søsyg på færgen",
            "Jeg vil lægge en klage",
            "Jeg har lagt brevet i postkassen",
            "Det blev lagt på hjemmesiden",
            "jeres mentalitet",
            "the mentality of the staff",
            "Jeg har ikke kræfter til det",
            "kræfterne slap op",
            "I behandlede min sag",
            "sagsbehandling",
            "a healthy relationship",
            "I am a doctoral student",
            "hospitality",
            "abuse of power",
            "",
        ] {
            assert!(!mentions_health(text), "{text}");
        }
    }
}
