//! The da/en text catalogue.
//!
//! Every string the widget shows or writes is a [`Msg`] key with its Danish and English text side
//! by side. The `texts!` macro only accepts an entry with both languages, so a missing translation
//! does not compile; `tests::every_text_is_translated` also rejects empty or untranslated text.
//!
//! Placeholders are written `{name}` and filled with [`fill`]. Articles are cited in brackets
//! after the plain sentence: "(art. 15)" in Danish, "(Article 15 GDPR)" in English. "art." alone
//! means the GDPR (databeskyttelsesforordningen); Danish acts are named.

use crate::core::fnv;

/// In the config block and the draft: its code (`"da"`, `"en"`; read by [`Lang::from_code`]).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// The BCP 47 tag, for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Accepts "da", "en" and regional forms such as "da-DK" or "en-GB", in any case.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, for the switch ("Dansk", "English").
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Da => "Dansk",
            Lang::En => "English",
        }
    }
}

/// How serde reads a language code (config block, draft): as [`Lang::from_code`] does; the
/// error keeps the text that was not understood.
impl TryFrom<String> for Lang {
    type Error = String;
    fn try_from(code: String) -> Result<Lang, String> {
        Lang::from_code(&code).ok_or(code)
    }
}

/// How serde writes a language (the draft): its code.
impl From<Lang> for &'static str {
    fn from(lang: Lang) -> &'static str {
        lang.code()
    }
}

/// Replaces each `{key}` in `template` by its value.
/// One pass over the template: text inserted for a placeholder is never scanned again, so a
/// name typed as "{relation}" stays as typed. Unknown placeholders are left as they are.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let key = after.find('}').map(|close| &after[..close]);
        match key.and_then(|k| {
            args.iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| (k, v))
        }) {
            Some((k, value)) => {
                out.push_str(value);
                rest = &after[k.len() + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// FNV-1a ([`crate::core::fnv`]) over each text's UTF-8 bytes followed by a NUL byte (a
/// `const fn`, so it runs at compile time).
const fn fnv1a(texts: &[&str]) -> u32 {
    let mut hash = fnv::OFFSET;
    let mut i = 0;
    while i < texts.len() {
        hash = fnv::extend(fnv::extend(hash, texts[i].as_bytes()), &[0]);
        i += 1;
    }
    hash
}

/// The status while the English texts are fetched (Danish is always in the bundle). Not in the
/// catalogue: it shows before the English column is there.
pub const ENGLISH_LOADING: &str = "Loading English …";

/// When the English texts could not be fetched: `(lang, text)` in both languages, for the
/// citizen who asked for English and for one who reads the Danish form it stays in.
pub const TEXTS_UNAVAILABLE: [(&str, &str); 2] = [
    (
        "en",
        "The English version could not be loaded, so the form is shown in Danish. Your answers are kept. Try English again later.",
    ),
    (
        "da",
        "Den engelske udgave kunne ikke hentes, så formularen vises på dansk. Dine svar er bevaret.",
    ),
];

/// Why a `texts.en.json` was not taken.
#[derive(Debug, PartialEq, Eq)]
pub enum EnglishFileError {
    /// Not the JSON array described at [`parse_english`].
    NotJson,
    /// Another release's file: its version, 8 hex digits as written in it.
    OtherVersion(String),
    /// The right version but not one text per key: how many it has.
    WrongCount(usize),
}

/// `ENGLISH_VERSION` as the file writes it: 8 lower-case hex digits.
pub fn english_version() -> String {
    fnv::hex(ENGLISH_VERSION)
}

/// Reads a `texts.en.json`: the English texts in catalogue order, or why the file does not
/// belong to this build.
///
/// With the `english-file` feature (release builds) the English texts are their own
/// file, so Danish pages — most of stevns.dk — do not download them. The file is a JSON
/// array of strings: first [`ENGLISH_VERSION`] as 8 lower-case hex digits, then one text per
/// [`Msg`], in catalogue order (`["1a2b3c4d", "Request about your data rights", …]`; an array
/// rather than an object: reading it costs the bundle less). Written at build time by
/// [`english_file`] (the `prerender` binary).
pub fn parse_english(json: &str) -> Result<Vec<String>, EnglishFileError> {
    let mut texts: Vec<String> =
        serde_json::from_str(json).map_err(|_| EnglishFileError::NotJson)?;
    if texts.is_empty() {
        return Err(EnglishFileError::NotJson);
    }
    let version = texts.remove(0);
    if version != english_version() {
        return Err(EnglishFileError::OtherVersion(version));
    }
    if texts.len() != Msg::ALL.len() {
        return Err(EnglishFileError::WrongCount(texts.len()));
    }
    Ok(texts)
}

/// Writes `texts.en.json` (shape at [`parse_english`]) from the compiled-in English
/// column. Not in builds with `english-file`, which have no English column.
#[cfg(not(feature = "english-file"))]
pub fn english_file() -> String {
    let version = english_version();
    let mut file = vec![version.as_str()];
    file.extend(english_column());
    serde_json::to_string(&file).unwrap_or_default()
}

/// Whether the texts of `lang` are at hand: Danish always; English when compiled in or once
/// [`install_english`] has taken the file.
pub fn has(lang: Lang) -> bool {
    match lang {
        Lang::Da => true,
        #[cfg(not(feature = "english-file"))]
        Lang::En => true,
        #[cfg(feature = "english-file")]
        Lang::En => !english::loaded().is_empty(),
    }
}

/// Takes a `texts.en.json` for this build's English lookups (with `english-file`; without
/// it the file is only checked). The first file taken stays for the page's lifetime: its
/// texts are leaked once to give `&'static str`s.
pub fn install_english(json: &str) -> Result<(), EnglishFileError> {
    let texts = parse_english(json)?;
    #[cfg(feature = "english-file")]
    english::set(texts);
    #[cfg(not(feature = "english-file"))]
    drop(texts);
    Ok(())
}

#[cfg(feature = "english-file")]
mod english {
    use std::sync::OnceLock;

    static TEXTS: OnceLock<Vec<&'static str>> = OnceLock::new();

    /// The installed English texts, or an empty slice.
    pub fn loaded() -> &'static [&'static str] {
        TEXTS.get().map(Vec::as_slice).unwrap_or(&[])
    }

    /// Keeps `texts` for good; a second set is ignored (and not leaked).
    pub fn set(texts: Vec<String>) {
        if TEXTS.get().is_some() {
            return;
        }
        let _ = TEXTS.set(
            texts
                .into_iter()
                .map(|t| &*Box::leak(t.into_boxed_str()))
                .collect(),
        );
    }
}

macro_rules! texts {
    ($($key:ident => $da:expr, $en:expr;)*) => {
        /// A key into the text catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            /// Every key, for tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            /// The text in `lang`. A table lookup, not a `match`: the table is data, which
            /// costs the bundle far less than ~500 match arms of code.
            ///
            /// With the `english-file` feature the English column is not in the build: it
            /// comes from `texts.en.json` through [`install_english`]. Until then (or if it
            /// never arrives) an English lookup gives the Danish text; the UI asks for the file
            /// before it switches ([`has`]), so a citizen never sees that.
            pub fn get(self, lang: Lang) -> &'static str {
                const DA: &[&str] = &[$($da),*];
                #[cfg(not(feature = "english-file"))]
                let en = english_column();
                #[cfg(feature = "english-file")]
                let en: &[&str] = english::loaded();
                match lang {
                    Lang::Da => DA[self as usize],
                    Lang::En => en.get(self as usize).copied().unwrap_or(DA[self as usize]),
                }
            }
        }

        /// The English column's version: FNV-1a (32 bit) over every English text, each
        /// followed by a NUL byte, in catalogue order. Computed at compile time, so a build
        /// without the English texts still knows which `texts.en.json` belongs to it.
        pub const ENGLISH_VERSION: u32 = fnv1a(&[$($en),*]);

        /// The English column in catalogue order (native builds and builds without
        /// `english-file`: what [`english_file`] writes).
        #[cfg(not(feature = "english-file"))]
        pub fn english_column() -> &'static [&'static str] {
            &[$($en),*]
        }
    };
}

texts! {
    // ---- chrome ----
    WidgetLabel => "Skriv til kommunen om dine personoplysninger",
        "Write to the municipality about your personal data";
    LanguageLabel => "Sprog", "Language";
    StepOf => "Trin {n} af {total}", "Step {n} of {total}";
    StepN => "Trin {n}", "Step {n}";
    Back => "Tilbage", "Back";
    Continue => "Fortsæt", "Continue";
    ErrorSummaryTitle => "Der er et problem", "There is a problem";
    ErrorPrefix => "Fejl:", "Error:";
    TitleErrorPrefix => "Fejl: ", "Error: ";
    Optional => "(valgfrit)", "(optional)";
    Yes => "Ja", "Yes";
    No => "Nej", "No";
    TooLong => "Teksten må højst være {max} tegn. Du har skrevet {n}.",
        "The text must be {max} characters or fewer. You have written {n}.";
    NotGiven => "Ikke oplyst", "Not given";
    // Under a text area, after DKFDS's "tegnbegrænsning" and GOV.UK's character count.
    CountLeft => "Du har {n} tegn tilbage", "You have {n} characters remaining";
    CountLeftOne => "Du har 1 tegn tilbage", "You have 1 character remaining";
    CountOver => "Du har {n} tegn for meget", "You have {n} characters too many";
    CountOverOne => "Du har 1 tegn for meget", "You have 1 character too many";

    // ---- start ----
    StartTitle => "Bed kommunen om dine oplysninger – eller om at rette, slette eller stoppe brugen af dem",
        "Ask the municipality for your data – or to correct, erase or stop using it";
    StartIntro => "Du har ret til at vide, hvilke oplysninger {municipality} har om dig, og i nogle tilfælde til at få dem rettet eller slettet. Her kan du skrive en anmodning, trin for trin.",
        "You have the right to know what data {municipality} holds about you, and in some cases to have it corrected or erased. Here you can write a request, step by step.";
    StartTime => "Det tager omkring 5 minutter.", "It takes about 5 minutes.";
    StartPrivacy => "Intet bliver sendt, før du selv sender det. Dine svar bliver i din browser.",
        "Nothing is sent until you send it yourself. Your answers stay in your browser.";
    StartHow => "Til sidst får du et færdigt brev, som du sender med Digital Post (anbefalet) eller med e-mail.",
        "At the end you get a finished letter that you send by Digital Post (recommended) or by email.";
    StartButton => "Start", "Start";

    // ---- who ----
    WhoTitle => "Hvem gælder anmodningen?", "Who is the request about?";
    WhoMyself => "Mig selv", "Myself";
    WhoBehalf => "En anden person, som jeg handler på vegne af",
        "Someone else I am acting for";
    WhoBehalfHint => "Fx med en fuldmagt, som værge eller som forælder med forældremyndighed.",
        "For example with a power of attorney, as a guardian, or as a parent with custody.";
    WhoEmployee => "Mig som ansat i {municipality} – det gælder mine oplysninger som ansat eller en IT-sag",
        "Me as an employee of {municipality} – it is about my employee data or an IT case";
    WhoEmployeeHint => "Fx oplysninger om din adgang til IT-systemer (sager i TopDesk).",
        "For example data about your access to IT systems (cases in TopDesk).";
    WhoMissing => "Vælg hvem anmodningen gælder", "Select who the request is about";

    // ---- right ----
    RightTitle => "Hvad vil du bede kommunen om?", "What do you want to ask the municipality for?";
    RightHint => "Vælg det, der passer bedst. Er du i tvivl, så vælg ”Jeg er ikke sikker”.",
        "Choose the one that fits best. If you are unsure, choose “I am not sure”.";
    RightUnsure => "Jeg er ikke sikker – hjælp mig med at vælge", "I am not sure – help me choose";
    RightMissing => "Vælg hvad du vil bede kommunen om", "Select what you want to ask the municipality for";
    RightSuggested => "Ud fra dine svar foreslår vi: {right}. Fortsæt, eller vælg noget andet, hvis det passer bedre.",
        "Based on your answers we suggest: {right}. Continue, or choose something else if it fits better.";

    RightAccessName => "Se mine oplysninger (indsigt)", "See my data (access)";
    RightAccessSummary => "Få at vide, hvilke oplysninger kommunen har om dig, og få en kopi.",
        "Find out what data the municipality holds about you and get a copy.";
    RightRectificationName => "Få rettet noget, der er forkert (berigtigelse)",
        "Have something wrong corrected (rectification)";
    RightRectificationSummary => "Få rettet det, der er forkert, eller få tilføjet det, der mangler.",
        "Have what is wrong corrected, or have what is missing added.";
    RightErasureName => "Få slettet oplysninger (sletning)", "Have data erased (erasure)";
    RightErasureSummary => "Bed om at få slettet oplysninger, som kommunen ikke længere har brug for eller ikke må have.",
        "Ask for data to be erased that the municipality no longer needs or may not keep.";
    RightRestrictionName => "Få brugen af oplysninger sat på pause (begrænsning)",
        "Have the use of data paused (restriction)";
    RightRestrictionSummary => "Oplysningerne bliver gemt, men kommunen må kun bruge dem i få tilfælde.",
        "The data is kept, but the municipality may use it only in a few cases.";
    RightObjectionName => "Få kommunen til at stoppe brugen af mine oplysninger (indsigelse)",
        "Get the municipality to stop using my data (objection)";
    RightObjectionSummary => "Bed kommunen om at stoppe med at bruge dine oplysninger på grund af din særlige situation.",
        "Ask the municipality to stop using your data because of your particular situation.";
    RightConsentName => "Trække et samtykke tilbage", "Withdraw consent";
    RightConsentSummary => "Stop noget, du selv har sagt ja til, fx at kommunen bruger et billede af dig.",
        "Stop something you agreed to yourself, for example the municipality using a photo of you.";
    RightPortabilityName => "Få mine oplysninger i en fil, jeg kan tage med (dataportabilitet)", "Get my data in a file I can take elsewhere (data portability)";
    RightPortabilitySummary => "Få de oplysninger, du selv har givet, i et maskinlæsbart format. Gælder sjældent i en kommune.",
        "Get the data you provided in a machine-readable format. Rarely applies at a municipality.";
    RightAutomatedName => "Spørge til en automatisk afgørelse", "Ask about an automated decision";
    RightAutomatedSummary => "Spørg om en afgørelse, som en computer har truffet uden en sagsbehandler. Du kan også bede om, at en medarbejder ser på den.",
        "Ask about a decision made by a computer without a caseworker. You can also ask for a member of staff to look at it.";
    RightSourceName => "Få at vide, hvor mine oplysninger kommer fra", "Find out where my data came from";
    RightSourceSummary => "Spørg, hvor kommunen har fået oplysningerne om dig fra, fx fra andre myndigheder.",
        "Ask where the municipality got your data from, for example from other authorities.";

    // ---- the "not sure" questions (unsure.rs) ----
    GuideTitle => "Hjælp til at vælge", "Help choosing";
    GuideIntro => "Svar ja eller nej til hvert spørgsmål. Så foreslår vi det, der passer bedst. Du kan altid vælge noget andet bagefter.",
        "Answer yes or no to each question. We then suggest what fits best. You can always choose something else afterwards.";
    GuideWrongQ => "Er nogle af oplysningerne om dig forkerte, eller mangler der noget?", "Is any of the data about you wrong, or is something missing?";
    GuideWrongMissing => "Svar på, om nogle oplysninger er forkerte", "Answer whether any data is wrong";
    GuideDeleteQ => "Vil du have oplysninger om dig slettet?", "Do you want data about you erased?";
    GuideDeleteMissing => "Svar på, om du vil have oplysninger slettet", "Answer whether you want data erased";
    GuideConsentQ => "Har du sagt ja til noget, som du nu vil trække tilbage – fx et billede af dig?", "Did you agree to something you now want to withdraw – for example a photo of you?";
    GuideConsentMissing => "Svar på, om du vil trække et samtykke tilbage", "Answer whether you want to withdraw consent";
    GuideStopQ => "Vil du have kommunen til at stoppe med at bruge dine oplysninger?", "Do you want the municipality to stop using your data?";
    GuideStopMissing => "Svar på, om kommunen skal stoppe med at bruge dine oplysninger", "Answer whether the municipality should stop using your data";
    GuideOriginQ => "Vil du vide, hvor kommunen har dine oplysninger fra?", "Do you want to know where the municipality got your data from?";
    GuideOriginMissing => "Svar på, om du vil vide, hvor oplysningerne kommer fra", "Answer whether you want to know where the data came from";

    // ---- about the right ----
    AboutGetTitle => "Det kan du få", "What you can get";
    AboutLimitsTitle => "Hvornår kan kommunen sige nej, helt eller delvis?",
        "When may the municipality refuse, fully or in part?";
    AboutDeadlineTitle => "Hvornår skal kommunen svare?", "When must the municipality answer?";
    AboutDeadline => "Kommunen skal svare hurtigst muligt. Den skal svare senest en måned efter, at den har fået dit brev. Er sagen kompliceret, eller er der mange anmodninger, kan den få to måneder mere, hvis det er nødvendigt. Så skal den give dig besked inden for den første måned og sige hvorfor (art. 12, stk. 3).",
        "The municipality must answer without undue delay. It must answer at the latest one month after it receives your letter. Where necessary, taking into account how complex the case is and how many requests there are, it can have two more months. It must then tell you within the first month, and why (Article 12(3) GDPR).";
    AboutDeadlineConsentTitle => "Hvornår gælder det?",
        "When does it take effect?";
    AboutDeadlineConsent => "Samtykket er trukket tilbage, så snart kommunen har fået brevet. Du skal ikke vente på svar, for at det gælder (art. 7, stk. 3). Brevet beder også kommunen slette oplysningerne, hvis den ikke har andet grundlag for dem. Det skal den svare på hurtigst muligt og senest en måned efter, at den har fået brevet (art. 12, stk. 3).",
        "The consent is withdrawn as soon as the municipality receives the letter. You do not have to wait for an answer for it to take effect (Article 7(3) GDPR). The letter also asks the municipality to erase the data if it has no other basis for it. It must answer that without undue delay and at the latest one month after it receives the letter (Article 12(3) GDPR).";
    AboutFree => "Det er gratis (art. 12, stk. 5).", "It is free of charge (Article 12(5) GDPR).";
    AboutFreeAccess => "Den første kopi er gratis. Beder du om flere kopier, kan kommunen tage et rimeligt gebyr (art. 12, stk. 5, og art. 15, stk. 3).",
        "The first copy is free of charge. If you ask for more copies, the municipality may charge a reasonable fee (Articles 12(5) and 15(3) GDPR).";
    AboutUnfounded => "Er en anmodning åbenbart grundløs eller overdreven, kan kommunen sige nej eller tage et rimeligt gebyr. Det kan fx være, hvis den bliver sendt igen og igen. Det er kommunen, der skal vise, at det er sådan (art. 12, stk. 5).",
        "If a request is manifestly unfounded or excessive, the municipality may refuse it or charge a reasonable fee. That may be the case, for example, if it is sent again and again. It is up to the municipality to show that this is so (Article 12(5) GDPR).";
    AboutRefusal => "Siger kommunen nej, skal den sige hvorfor. Det skal ske straks og senest en måned efter, at den har fået dit brev. Den skal også skrive, at du kan klage til Datatilsynet og gå til domstolene (art. 12, stk. 4).",
        "If the municipality says no, it must say why, without delay and at the latest within one month of receiving your letter. It must also tell you that you can complain to the Danish Data Protection Agency (Datatilsynet) and go to the courts (Article 12(4) GDPR).";
    AboutRefusalConsent => "Du har ret til at trække et samtykke tilbage når som helst (art. 7, stk. 3). Siger kommunen nej til at slette oplysningerne, skal den sige hvorfor. Det skal ske straks og senest en måned efter, at den har fået brevet. Den skal også skrive, at du kan klage til Datatilsynet og gå til domstolene (art. 12, stk. 4).",
        "You have the right to withdraw your consent at any time (Article 7(3) GDPR). If the municipality refuses to erase the data, it must say why, without delay and at the latest within one month of receiving the letter. It must also tell you that you can complain to the Danish Data Protection Agency (Datatilsynet) and go to the courts (Article 12(4) GDPR).";
    AboutEmployee => "Som ansat: Oplysningerne i IT-sager (TopDesk) kommer fra det center, du er ansat i.",
        "As an employee: the data in IT cases (TopDesk) comes from the centre you work in.";
    AboutEmployeeConsent => "Vil du trække et samtykke tilbage, kan du kontakte din leder. Du kan også sende brevet her til kommunen (art. 7, stk. 3).",
        "To withdraw a consent, you can contact your manager. You can also send the letter from here to the municipality (Article 7(3) GDPR).";
    AboutPortabilityOffer => "Vil du se dine oplysninger, så bed om indsigt i stedet. Retten til indsigt gælder også i en kommune.",
        "If you want to see your data, ask for access instead. The right of access also applies at a municipality.";
    AboutSwitchToAccess => "Bed om indsigt i stedet", "Ask for access instead";

    AccessGet => "Du får svar på, om kommunen behandler oplysninger om dig, og du får en kopi af dem. Du får også at vide, hvad de bruges til, hvilke slags oplysninger det er, og hvem de er givet videre til. Du får at vide, hvor længe de gemmes, og hvor de kommer fra. Og du får at vide, om en computer alene har truffet afgørelser om dig, om de er sendt til lande uden for EU, og hvilke rettigheder du har (art. 15).",
        "An answer on whether the municipality processes data about you, and a copy of it. You are also told what it is used for, what kinds of data it is and who it has been passed on to. You are told how long it is kept and where it came from. And you are told whether decisions about you were made by automated means alone, whether the data has been sent to countries outside the EU, and what rights you have (Article 15 GDPR).";
    AccessLimitPrivate => "Kommunen kan holde noget tilbage af hensyn til andre eller til dig selv. Det kræver, at hensynet er afgørende. Det skal veje tungere end din interesse i at se det (databeskyttelsesloven § 22, stk. 1).",
        "The municipality may withhold data out of consideration for others or for yourself. The consideration must be decisive. It must override your interest in seeing the data (Danish Data Protection Act section 22(1)).";
    AccessLimitPublic => "Kommunen kan også holde noget tilbage af afgørende hensyn til det offentlige. Det kan fx være statens sikkerhed, skat, kontrol og tilsyn. Eller det kan være, når en forbrydelse skal opklares. Det kan også være for at beskytte dig selv eller andre (databeskyttelsesloven § 22, stk. 2).",
        "The municipality may also withhold data to protect decisive public interests. Examples are national security, tax, control and supervision. Or it may be because a crime is being investigated. It may also be to protect you or others (Danish Data Protection Act section 22(2)).";
    AccessLimitOthers => "Kopien må ikke skade andres rettigheder. Oplysninger om andre personer kan derfor blive udeladt (art. 15, stk. 4).",
        "The copy must not harm the rights of others. Data about other people may therefore be left out (Article 15(4) GDPR).";
    AccessLimitAktindsigt => "Du kan også have ret til aktindsigt. Det gælder oplysninger om dig selv (offentlighedsloven § 8) og sager, hvor du er part (forvaltningsloven § 9). Kommunen skal bruge de regler, der giver dig mest – uanset hvilke regler du nævner.",
        "You may also have a right of access to documents. It covers information about yourself (section 8 of the Danish Access to Public Administration Files Act) and cases where you are a party (section 9 of the Danish Public Administration Act). The municipality must apply whichever rules give you the most – whatever rules you mention.";

    RectificationGet => "Forkerte oplysninger om fakta bliver rettet. Mangler der noget, bliver det tilføjet, hvis det er relevant for det, oplysningerne bruges til. Det kan også ske ved, at en forklaring fra dig kommer ind i sagen (art. 16). Har kommunen givet oplysningerne videre, skal den også sige det til dem, der har fået dem. Du kan få at vide, hvem de er (art. 19).",
        "Wrong factual data is corrected. If something is missing, it is added, having regard to the purposes of the processing. This can also be done by adding a statement from you to the case (Article 16 GDPR). If the municipality has passed the data on, it must also tell those who received it. You can be told who they are (Article 19 GDPR).";
    RectificationLimitFacts => "Kun fakta kan være forkerte. En faglig vurdering, fx fra en sagsbehandler eller en læge, bliver sjældent rettet. Er du uenig i en vurdering, har du ret til at få det skrevet ind i sagen (art. 16).",
        "Only facts can be wrong. A professional assessment, for example by a caseworker or a doctor, is rarely corrected. If you disagree with an assessment, you have the right to have that added to the case (Article 16 GDPR).";
    RectificationLimitJournal => "I sager, hvor kommunen træffer en afgørelse, har den notatpligt. Den skal skrive det ned, der har betydning for sagen. Kommunens centrale administration har også journaliseringspligt. Den skal registrere dokumenterne i sagen. Den pligt gælder ikke skoler, daginstitutioner og lignende. Derfor sletter kommunen som regel ikke en oplysning, der er forkert. Den bliver i stedet markeret som forkert, og det rigtige bliver skrevet ind (offentlighedsloven §§ 13 og 15).",
        "In cases where the municipality makes a decision, it has a duty to take notes. It must record what matters in the case. Its central administration also has a duty to register documents. It must register the documents on the case file. That duty does not apply to schools, day care and similar institutions. So the municipality does not usually delete data that is wrong. Instead it is marked as wrong, and the correct data is added (Danish Access to Public Administration Files Act sections 13 and 15).";
    RectificationLimitRestrict => "Mens kommunen ser på sagen, kan du bede den om at sætte brugen af oplysningerne på pause (art. 18, stk. 1, litra a).",
        "While the municipality looks into it, you can ask it to pause the use of the data (Article 18(1)(a) GDPR).";

    ErasureGet => "Kommunen skal slette oplysninger om dig, hvis den ikke længere har brug for dem. Det samme gælder, hvis du trækker dit samtykke tilbage, og den ikke har andet grundlag for at have dem. Den skal også slette dem, hvis du gør indsigelse og får ret, eller hvis de er brugt ulovligt (art. 17, stk. 1). Har kommunen givet dem videre, skal den også sige det til dem, der har fået dem. Du kan få at vide, hvem de er (art. 19).",
        "The municipality must erase data about you if it no longer needs it. The same applies if you withdraw your consent and it has no other legal basis for keeping the data. It must also erase the data if you object and your objection is upheld, or if it was processed unlawfully (Article 17(1) GDPR). If the municipality has passed the data on, it must also tell those who received it. You can be told who they are (Article 19 GDPR).";
    ErasureLimitDuty => "Kommunen skal ikke slette oplysninger, som den har brug for for at følge en lov. Det samme gælder oplysninger, den skal bruge til en opgave som myndighed. Det kan fx være, fordi den har notatpligt, eller fordi dens centrale administration har journaliseringspligt (art. 17, stk. 3, litra b, og offentlighedsloven §§ 13 og 15).",
        "The municipality does not have to erase data it needs to comply with a law. The same applies to data it needs for its tasks as an authority. This may be, for example, because it has a duty to take notes, or because its central administration has a duty to register documents (Article 17(3)(b) GDPR, and the Danish Access to Public Administration Files Act sections 13 and 15).";
    ErasureLimitArchive => "Oplysninger, som skal gemmes for eftertiden, bliver ikke slettet. De bliver afleveret til et offentligt arkiv, senest når de ellers skulle slettes. Der bliver de gemt for altid. Det gælder, i det omfang en sletning vil gøre det umuligt at arkivere dem eller i alvorlig grad hindre det (art. 17, stk. 3, litra d, arkivloven § 21 og databeskyttelsesloven § 14).",
        "Data that must be preserved is not erased. It is handed over to a public archive, at the latest when it would otherwise be erased. It is kept there permanently. This applies to the extent that erasure would make the archiving impossible or seriously impair it (Article 17(3)(d) GDPR, section 21 of the Danish Archives Act and section 14 of the Danish Data Protection Act).";
    ErasureLimitClaims => "Oplysninger, som skal bruges i en retssag eller til et andet retskrav, kan blive gemt (art. 17, stk. 3, litra e).",
        "Data needed for a court case or another legal claim may be kept (Article 17(3)(e) GDPR).";

    RestrictionGet => "Kommunen gemmer oplysningerne. Ellers må den kun bruge dem i disse tilfælde: Du giver samtykke til det. Det er nødvendigt for et retskrav. Det er nødvendigt for at beskytte en anden persons rettigheder – også fx et firmas eller en forenings. Eller det er nødvendigt af hensyn til vigtige samfundsinteresser i EU eller i et EU-land (art. 18, stk. 2). Kommunen mener, at arkivering er sådan en vigtig samfundsinteresse. Du får besked, før pausen slutter (art. 18, stk. 3). Har kommunen givet oplysningerne videre, skal den også sige det til dem, der har fået dem. Du kan få at vide, hvem de er (art. 19).",
        "The municipality keeps the data. Otherwise it may use it only in these cases: with your consent, for legal claims, to protect the rights of another natural or legal person, or for reasons of important public interest of the EU or of a Member State (Article 18(2) GDPR). The municipality's position is that archiving is such an important public interest. You are told before the pause ends (Article 18(3) GDPR). If the municipality has passed the data on, it must also tell those who received it. You can be told who they are (Article 19 GDPR).";
    RestrictionLimitCases => "Du har kun ret til begrænsning i fire tilfælde. 1) Du mener, at oplysningerne er forkerte, og kommunen ser på det. 2) Brugen er ulovlig, og du vil hellere have en pause end sletning. 3) Kommunen har ikke længere brug for oplysningerne, men du skal bruge dem til et retskrav. 4) Kommunen ser på din indsigelse (art. 18, stk. 1).",
        "You have a right to restriction in four cases only. 1) You believe the data is wrong, and the municipality is checking. 2) The processing is unlawful, and you prefer a pause to erasure. 3) The municipality no longer needs the data, but you need it for a legal claim. 4) The municipality is considering your objection (Article 18(1) GDPR).";

    ObjectionGet => "Kommunen skal stoppe med at bruge oplysningerne til det, du gør indsigelse mod. Det gælder ikke, hvis en af grundene herunder gælder (art. 21, stk. 1).",
        "The municipality must stop using the data for what you object to, unless one of the reasons below applies (Article 21(1) GDPR).";
    ObjectionLimitBasis => "Retten gælder kun, når kommunen bruger oplysningerne til en opgave som myndighed eller i samfundets interesse. Det gør kommunen som regel (art. 21, stk. 1, og art. 6, stk. 1, litra e).",
        "The right applies only when the municipality uses the data for a task as an authority or in the public interest. That is what the municipality usually does (Article 21(1) and Article 6(1)(e) GDPR).";
    ObjectionLimitReasons => "Du skal give grunde, der har med din særlige situation at gøre (art. 21, stk. 1).",
        "You must give reasons that relate to your particular situation (Article 21(1) GDPR).";
    ObjectionLimitCompelling => "Kommunen må fortsætte, hvis den kan vise, at den har vægtige legitime grunde til det. De skal veje tungere end dine interesser. Den må også fortsætte, hvis den skal bruge oplysningerne til et retskrav (art. 21, stk. 1).",
        "The municipality may continue if it can show compelling legitimate grounds for it. They must override your interests. It may also continue if it needs the data for legal claims (Article 21(1) GDPR).";
    ObjectionNote => "Skal kommunen bruge oplysningerne til en opgave, som loven giver den, får du ofte et afslag. Så skal den sige, hvorfor den må fortsætte.",
        "If the municipality needs the data for a task the law gives it, you will often be refused. It must then say why it may continue.";

    ConsentGet => "Kommunen stopper den brug, du har givet samtykke til. Det gælder, fra den får dit brev (art. 7, stk. 3).",
        "The municipality stops the use you consented to. This takes effect from when it receives your letter (Article 7(3) GDPR).";
    ConsentLimitForward => "Det gælder kun fremover. Det, kommunen gjorde, før du trak det tilbage, er stadig lovligt (art. 7, stk. 3).",
        "It applies only from now on. What the municipality did before you withdrew it remains lawful (Article 7(3) GDPR).";
    ConsentLimitErasure => "Oplysningerne bliver kun slettet, hvis kommunen ikke har andet lovligt grundlag for at have dem (art. 17, stk. 1, litra b). Det har kommunen tit. Den skal fx bruge dem til en opgave som myndighed (art. 6, stk. 1, litra e).",
        "The data is erased only if the municipality has no other legal basis for keeping it (Article 17(1)(b) GDPR). The municipality often has one. For example, it needs the data for a task as an authority (Article 6(1)(e) GDPR).";
    ConsentLimitPhoto => "Gælder det et billede af dig, kan du skrive direkte til kommunikationsafdelingen på {comms}. Kommunen beder ikke om samtykke til billeder, der skal vise, hvad den laver. Har du ikke sagt ja til et billede, er der ikke noget at trække tilbage. Så kan du i stedet bede om sletning eller gøre indsigelse.",
        "If it is about a photo of you, you can write directly to the communications department at {comms}. The municipality does not ask for consent to photos that document its activities. If you did not agree to a photo, there is nothing to withdraw. You can ask for erasure or object instead.";

    PortabilityGet => "Du får de oplysninger, du selv har givet, i et almindeligt format, som en computer kan læse (art. 20, stk. 1).",
        "You get the data you provided yourself, in a common format that a computer can read (Article 20(1) GDPR).";
    PortabilityLimitBasis => "Retten gælder kun, når brugen bygger på dit samtykke eller en kontrakt. Og den skal foregå automatisk (art. 20, stk. 1).",
        "The right applies only when the processing is based on your consent or a contract. And it must be carried out by automated means (Article 20(1) GDPR).";
    PortabilityLimitPublic => "Retten gælder ikke, når kommunen bruger oplysningerne til en opgave i samfundets interesse eller som myndighed. Det gør kommunen som regel. Derfor vil du oftest få et afslag (art. 20, stk. 3).",
        "The right does not apply when the municipality uses the data for a task in the public interest or as an authority. That is usually the case at a municipality, so you will most likely be refused (Article 20(3) GDPR).";

    AutomatedGet => "Du får svar på, om en computer alene har truffet en afgørelse om dig. I så fald får du meningsfulde oplysninger om logikken bag (art. 15, stk. 1, litra h). Du kan også bede om, at en medarbejder ser på afgørelsen.",
        "You are told whether a decision about you was made by a computer alone. If so, you get meaningful information about the logic involved (Article 15(1)(h) GDPR). You can also ask for a member of staff to look at the decision.";
    AutomatedLimitLaw => "En kommune må lade en computer træffe afgørelser, når en dansk lov eller en EU-lov giver lov til det. Den lov skal selv beskytte dine rettigheder (art. 22, stk. 2, litra b).",
        "A municipality may let a computer make decisions when Danish or EU law allows it. That law must itself protect your rights (Article 22(2)(b) GDPR).";
    AutomatedLimitNoPromise => "Du har ikke altid ret til, at en medarbejder ser på afgørelsen. Det samme gælder retten til at sige din mening og til at bestride den. Den ret har du kun direkte, hvis afgørelsen bygger på en kontrakt eller på dit udtrykkelige samtykke. Derfor skal kommunen ikke altid gøre, som du beder om (art. 22, stk. 3).",
        "You do not always have a right to have a member of staff look at the decision. The same goes for the right to give your view and to contest it. You have that right directly only if the decision is based on a contract or on your explicit consent. So the municipality does not always have to do what you ask (Article 22(3) GDPR).";
    AutomatedAppeal => "Vil du klage over selve afgørelsen, så se klagevejledningen i den. Der står, hvor du kan klage, og hvad fristen er. Vent ikke på svar her, for klagefristen kan være kort (forvaltningsloven § 25).",
        "If you want to appeal the decision itself, see the guidance on appeals in it. It says where you can appeal and what the deadline is. Do not wait for an answer here, as the deadline for appealing can be short (section 25 of the Danish Public Administration Act).";

    SourceGet => "Du får at vide, hvor kommunen har fået oplysningerne om dig fra. Det kan fx være fra andre myndigheder, fra fælles registre eller fra dig selv (art. 14, stk. 2, litra f, og art. 15, stk. 1, litra g).",
        "You are told where the municipality got your data from. It may be, for example, from other authorities, from shared registers or from yourself (Article 14(2)(f) and Article 15(1)(g) GDPR).";
    SourceLimit => "Kommunen kan holde noget tilbage af de samme grunde som ved indsigt. Det kan fx være for at beskytte andre eller afgørende hensyn til det offentlige (databeskyttelsesloven § 22).",
        "The municipality may withhold information on the same grounds as for access, for example to protect other people or decisive public interests (Danish Data Protection Act section 22).";

    // ---- details ----
    DetailsTitle => "Fortæl om din anmodning", "Tell us about your request";
    AccessAreasLabel => "Hvilke områder eller afdelinger drejer det sig om?", "Which areas or departments is it about?";
    AccessAreasHint => "Fx skole, jobcenter eller hjemmepleje. Skriv ikke noget, hvis du vil have indsigt i alt.",
        "For example school, job centre or home care. Leave it empty if you want access to everything.";
    AccessPeriodLabel => "Hvilket tidsrum?", "Which period?";
    AccessPeriodHint => "Fx ”fra 2020 til i dag”.", "For example “from 2020 until today”.";
    WrongDataLabel => "Hvilke oplysninger drejer det sig om?", "Which data is it about?";
    WrongDataHint => "Skriv, hvad der er forkert eller mangler, og hvor det står, hvis du ved det.",
        "Say what is wrong or missing, and where it is recorded, if you know.";
    WrongDataMissing => "Skriv hvilke oplysninger det drejer sig om",
        "Enter which data it is about";
    CorrectDataLabel => "Hvad skal der stå?", "What should it say?";
    CorrectDataMissing => "Skriv hvad der skal stå", "Enter what it should say";
    RectifyKindLabel => "Er noget forkert, eller mangler der noget?",
        "Is something wrong, or is something missing?";
    RectifyKindMissing => "Vælg om noget er forkert, mangler eller begge dele",
        "Select whether something is wrong, missing or both";
    RectifyWrong => "Nogle oplysninger er forkerte", "Some data is wrong";
    RectifyMissing => "Der mangler nogle oplysninger", "Some data is missing";
    RectifyBoth => "Begge dele", "Both";
    RectifyWhyLabel => "Hvad bygger du det på?", "What do you base this on?";
    RectifyWhyHint => "Fx et brev eller en erklæring. Papirer kan du vedhæfte, når du sender med Digital Post.",
        "For example a letter or a statement. You can attach papers when you send by Digital Post.";
    EraseWhichLabel => "Hvilke oplysninger vil du have slettet?", "Which data do you want erased?";
    EraseWhichMissing => "Skriv hvilke oplysninger du vil have slettet", "Enter which data you want erased";
    EraseGroundLabel => "Hvorfor skal oplysningerne slettes?", "Why should the data be erased?";
    EraseGroundMissing => "Vælg en grund til, at de skal slettes",
        "Select why the data should be erased";
    EraseNotNeeded => "Kommunen har ikke længere brug for dem (art. 17, stk. 1, litra a)", "The municipality no longer needs it (Article 17(1)(a) GDPR)";
    EraseConsent => "Jeg har trukket mit samtykke tilbage. Jeg mener ikke, at kommunen har andet grundlag for at have dem (art. 17, stk. 1, litra b)",
        "I have withdrawn my consent. I do not believe the municipality has another legal basis for keeping the data (Article 17(1)(b) GDPR)";
    EraseObjection => "Jeg har gjort indsigelse, og jeg mener ikke, at kommunen har grunde til at fortsætte, som går forud for den (art. 17, stk. 1, litra c)",
        "I have objected, and I do not believe the municipality has legitimate grounds to continue that override it (Article 17(1)(c) GDPR)";
    EraseUnlawful => "Oplysningerne er brugt på en måde, der er ulovlig (art. 17, stk. 1, litra d)",
        "The data has been processed unlawfully (Article 17(1)(d) GDPR)";
    EraseLegalDuty => "Kommunen har pligt til at slette dem efter loven (art. 17, stk. 1, litra e)", "The municipality is required by law to erase it (Article 17(1)(e) GDPR)";
    EraseUnknown => "Jeg ved det ikke", "I don't know";
    EraseReasonLabel => "Forklar gerne med dine egne ord", "Explain in your own words";
    RestrictGroundLabel => "Hvorfor skal brugen begrænses?", "Why should the use be restricted?";
    RestrictGroundMissing => "Vælg hvorfor brugen skal begrænses", "Select why the use should be restricted";
    RestrictAccuracy => "Jeg mener, at oplysningerne er forkerte, og kommunen skal se på det (art. 18, stk. 1, litra a)",
        "I believe the data is wrong, and the municipality must check (Article 18(1)(a) GDPR)";
    RestrictUnlawful => "Brugen er ulovlig, men jeg vil hellere have en pause end at få dem slettet (art. 18, stk. 1, litra b)",
        "The processing is unlawful, but I would rather have a pause than have the data erased (Article 18(1)(b) GDPR)";
    RestrictClaims => "Kommunen har ikke længere brug for oplysningerne, men jeg skal bruge dem til et retskrav (art. 18, stk. 1, litra c)",
        "The municipality no longer needs the data, but I need it for a legal claim (Article 18(1)(c) GDPR)";
    RestrictObjection => "Jeg har gjort indsigelse, og den bliver behandlet (art. 18, stk. 1, litra d)", "I have objected, and the objection is being considered (Article 18(1)(d) GDPR)";
    RestrictWhyLabel => "Forklar din situation", "Explain your situation";
    RestrictWhyMissing => "Skriv hvorfor brugen skal sættes på pause",
        "Enter why the use should be paused";
    ObjectWhichLabel => "Hvilken brug af dine oplysninger gør du indsigelse mod?", "Which use of your data do you object to?";
    ObjectWhichMissing => "Skriv hvilken brug du gør indsigelse mod", "Enter which use you object to";
    ObjectReasonsLabel => "Hvad i din særlige situation gør, at kommunen bør stoppe?", "What in your particular situation means the municipality should stop?";
    ObjectReasonsMissing => "Skriv hvad i din situation gør, at kommunen bør stoppe", "Enter what in your situation means the municipality should stop";
    ConsentTopicLabel => "Hvad gælder samtykket?", "What is the consent about?";
    ConsentTopicMissing => "Vælg hvad samtykket gælder", "Select what the consent is about";
    ConsentPhoto => "Et billede af mig", "A photo of me";
    ConsentOther => "Noget andet", "Something else";
    ConsentWhichLabel => "Hvilket samtykke drejer det sig om?", "Which consent is it about?";
    ConsentWhichHint => "Skriv fx hvornår du gav det, og hvad det var til.", "For example when you gave it and what it was for.";
    ConsentWhichMissing => "Skriv hvilket samtykke det drejer sig om",
        "Enter which consent it is about";
    PortabilityWhichLabel => "Hvilke oplysninger vil du have udleveret?", "Which data do you want to receive?";
    PortabilityWhichMissing => "Skriv hvilke oplysninger du vil have udleveret", "Enter which data you want to receive";
    AutoDecisionLabel => "Hvilken afgørelse drejer det sig om?", "Which decision is it about?";
    AutoDecisionHint => "Skriv fx hvad afgørelsen handlede om, og hvornår du fik den.", "For example what the decision was about and when you got it.";
    AutoDecisionMissing => "Skriv hvilken afgørelse det drejer sig om", "Enter which decision it is about";
    AutoRequestsLabel => "Hvad beder du om?", "What are you asking for?";
    AutoRequestsMissing => "Vælg mindst én ting, du beder om", "Select at least one thing you are asking for";
    AutoLogic => "At få at vide, hvad logikken bag afgørelsen er (art. 15, stk. 1, litra h)",
        "To be told the logic behind the decision (Article 15(1)(h) GDPR)";
    AutoHuman => "At en medarbejder ser på afgørelsen", "That a member of staff looks at the decision";
    SourceWhichLabel => "Hvilke oplysninger drejer det sig om?",
        "Which data is it about?";
    SourceWhichHint => "Skriv ikke noget, hvis det gælder alle dine oplysninger.", "Leave it empty if it is about all your data.";

    // ---- about you ----
    // Formats keep a non-breaking hyphen (U+2011), so a narrow screen never splits
    // "ddmmåå-" | "xxxx" (usability review, minor 6). Only in the widget's own hints and errors:
    // a letter's text keeps the plain hyphen-minus.
    PersonTitle => "Om dig", "About you";
    PersonTitleBehalf => "Om dig og den anden person", "About you and the other person";
    NameLabel => "Fulde navn", "Full name";
    NameMissing => "Skriv dit fulde navn", "Enter your full name";
    CprLabel => "CPR-nummer", "CPR number";
    CprHint => "Det hjælper kommunen med at finde dine sager. Det kommer kun med i brevet, hvis du sender med Digital Post – aldrig i en e-mail. Skriv de 10 cifre med eller uden bindestreg: ddmmåå\u{2011}xxxx. Har du et erstatningspersonnummer, kan du skrive det.",
        "It helps the municipality find your cases. It is only in the letter if you send by Digital Post – never in an email. Enter the 10 digits, with or without the hyphen: ddmmyy\u{2011}xxxx. If you have a substitute number (erstatningspersonnummer), you can enter it.";
    CprFormat => "Skriv CPR-nummeret. Det har 10 cifre, fx ddmmåå\u{2011}xxxx",
        "Enter the CPR number. It has 10 digits, for example ddmmyy\u{2011}xxxx";
    CprDate => "De første 6 cifre i CPR-nummeret er ikke en rigtig dato. Tjek dag, måned og år", "The first 6 digits of the CPR number are not a real date. Check day, month and year";
    CprFuture => "CPR-nummeret viser, at du er født efter i dag. Tjek tallene",
        "The CPR number shows a date of birth after today. Check the digits";
    AddressLabel => "Adresse", "Address";
    PhoneLabel => "Telefonnummer", "Phone number";
    PhoneInvalid => "Skriv telefonnummeret med tal, fx 56 57 57 57", "Enter the phone number in digits, for example 56 57 57 57";
    PhoneLooksLikeCpr => "Det ligner et CPR-nummer. Skriv dit telefonnummer her – et udenlandsk nummer med landekode, fx +46 70 123 45 67",
        "This looks like a CPR number. Enter your phone number here – a foreign number with its country code, for example +46 70 123 45 67";
    EmailLabel => "E-mailadresse", "Email address";
    EmailInvalid => "Skriv en e-mailadresse i det rigtige format, fx navn@eksempel.dk",
        "Enter an email address in the correct format, for example name@example.com";
    OtherTitle => "Den person, du handler på vegne af",
        "The person you are acting for";
    OtherNameLabel => "Personens fulde navn", "The person's full name";
    OtherNameMissing => "Skriv det fulde navn på den person, du handler på vegne af",
        "Enter the full name of the person you are acting for";
    OtherCprLabel => "Personens CPR-nummer", "The person's CPR number";
    OtherCprHint => "Skriv de 10 cifre med eller uden bindestreg: ddmmåå\u{2011}xxxx. Har personen et erstatningspersonnummer, kan du skrive det.",
        "Enter the 10 digits, with or without the hyphen: ddmmyy\u{2011}xxxx. If the person has a substitute number (erstatningspersonnummer), you can enter it.";
    OtherCprFormat => "Skriv personens CPR-nummer. Det har 10 cifre, fx ddmmåå\u{2011}xxxx",
        "Enter the person's CPR number. It has 10 digits, for example ddmmyy\u{2011}xxxx";
    OtherCprDate => "De første 6 cifre i personens CPR-nummer er ikke en rigtig dato. Tjek dag, måned og år", "The first 6 digits of the person's CPR number are not a real date. Check day, month and year";
    OtherCprFuture => "Personens CPR-nummer viser, at personen er født efter i dag. Tjek tallene",
        "The person's CPR number shows a date of birth after today. Check the digits";
    RelationLabel => "Hvad giver dig ret til at skrive for personen?",
        "What gives you the right to write for the person?";
    RelationMissing => "Vælg hvad der giver dig ret til at skrive for personen",
        "Select what gives you the right to write for the person";
    RelationPoa => "Jeg har en fuldmagt", "I have a power of attorney";
    RelationCustody => "Jeg er forælder med forældremyndighed", "I am a parent with custody";
    RelationCustodyHint => "Gælder børn under 18.", "For children under 18.";
    CustodyAdult => "Forældremyndigheden ophører, når barnet fylder 18. Har du en fuldmagt, eller er du værge?",
        "Parental custody ends when the child turns 18. Do you have a power of attorney, or are you the guardian?";
    RelationGuardian => "Jeg er personens værge", "I am the person's guardian";
    RelationGuardianHint => "Du er udpeget som værge og har et værgemålsbevis.",
        "You have been appointed guardian and have a certificate of guardianship (værgemålsbevis).";
    PoaNote => "Husk at vedhæfte fuldmagten, når du sender anmodningen. Det kan du med Digital Post.",
        "Remember to attach the power of attorney when you send the request. You can do that with Digital Post.";
    GuardianNote => "Husk at vedhæfte værgemålsbeviset, når du sender anmodningen. Det kan du med Digital Post.",
        "Remember to attach the certificate of guardianship when you send the request. You can do that with Digital Post.";
    PoaNoteReminder => "Fuldmagten sendte du med anmodningen. Beder kommunen om den igen, så send den med Digital Post.",
        "You sent the power of attorney with the request. If the municipality asks for it again, send it by Digital Post.";
    GuardianNoteReminder => "Værgemålsbeviset sendte du med anmodningen. Beder kommunen om det igen, så send det med Digital Post.",
        "You sent the certificate of guardianship with the request. If the municipality asks for it again, send it by Digital Post.";
    WarnPoaByEmail => "Der står normalt CPR-numre i en fuldmagt. Send den derfor med Digital Post og ikke med e-mail.",
        "A power of attorney usually contains CPR numbers. So send it by Digital Post, not by email.";
    WarnGuardianByEmail => "Der står normalt CPR-numre i et værgemålsbevis. Send det derfor med Digital Post og ikke med e-mail.",
        "A certificate of guardianship usually contains CPR numbers. So send it by Digital Post, not by email.";
    AddressMissingEmail => "Skriv din adresse. En e-mail har ikke dit CPR-nummer med, så kommunen skal kunne finde dig ud fra navn og adresse",
        "Enter your address. An email does not carry your CPR number, so the municipality needs your name and address to find you";
    EmployeeItLabel => "Gælder anmodningen en IT-sag, fx i TopDesk?", "Is the request about an IT case, for example in TopDesk?";
    EmployeeItMissing => "Svar på, om anmodningen gælder en IT-sag", "Answer whether the request is about an IT case";

    // ---- route ----
    RouteTitle => "Hvordan vil du sende anmodningen?", "How do you want to send the request?";
    RouteMissing => "Vælg hvordan du vil sende anmodningen", "Select how you want to send the request";
    RouteDigitalPost => "Digital Post (anbefalet)", "Digital Post (recommended)";
    RouteDigitalPostHint => "Sikkert. Du logger ind med MitID, så kommunen ved, at det er dig. Du kan vedhæfte filer, fx en fuldmagt.",
        "Secure. You log in with MitID, so the municipality knows it is you. You can attach files, for example a power of attorney.";
    RouteEmail => "E-mail til {email}", "Email to {email}";
    RouteEmailHint => "Almindelig e-mail er ikke krypteret. Send derfor ikke CPR-nummer eller følsomme oplysninger med e-mail. Dit CPR-nummer bliver udeladt. Kommunen kan bede dig om flere oplysninger for at sikre sig, hvem du er (art. 12, stk. 6).",
        "Ordinary email is not encrypted. So do not send CPR numbers or sensitive data by email. Your CPR number will be left out. The municipality may ask you for more information to confirm who you are (Article 12(6) GDPR).";

    WarnCprInText => "Det ser ud til, at du har skrevet et CPR-nummer i teksten. Det bliver fjernet fra e-mailen. Send med Digital Post, hvis kommunen skal have det.",
        "It looks like you have written a CPR number in the text. It will be removed from the email. Send by Digital Post if the municipality needs it.";
    WarnHealth => "Det ser ud til, at du skriver om helbred. Almindelig e-mail er ikke krypteret. Overvej at sende med Digital Post.",
        "It looks like you are writing about health. Ordinary email is not encrypted. Consider sending by Digital Post.";
    UseDigitalPost => "Send med Digital Post i stedet", "Send by Digital Post instead";
    DeleteAnswers => "Slet mine svar og start forfra", "Delete my answers and start again";
    DraftNote => "Dine svar gemmes kun i denne fane, indtil du lukker den – og højst i 2 timer. Dit CPR-nummer gemmes aldrig.",
        "Your answers are kept only in this tab until you close it – and for 2 hours at most. Your CPR number is never kept.";

    // ---- follow-ups ----
    StartFollowUp => "Jeg har allerede sendt en anmodning", "I have already sent a request";
    StartFollowUpHint => "Har du ikke fået svar til tiden, eller har du fået afslag? Så kan du skrive en rykker eller en klage til Datatilsynet.",
        "No answer in time, or refused? Then you can write a reminder or a complaint to the Danish Data Protection Agency (Datatilsynet).";
    FollowKindTitle => "Hvad er der sket med din anmodning?", "What has happened to your request?";
    FollowKindMissing => "Vælg hvad der er sket med din anmodning", "Select what has happened to your request";
    FollowReminder => "Jeg har ikke fået svar inden fristen", "I have had no answer by the deadline";
    FollowReminderHint => "Du skriver en rykker til kommunen.", "You write a reminder to the municipality.";
    FollowComplaint => "Jeg vil klage over et afslag, et delvist svar, en forlængelse uden begrundelse eller manglende svar",
        "I want to complain about a refusal, a partial answer, an extension without reasons, or no answer";
    FollowComplaintHint => "Du skriver en klage til Datatilsynet (art. 77).",
        "You write a complaint to the Danish Data Protection Agency (Datatilsynet), the supervisory authority (Article 77 GDPR).";
    CheckFollowKind => "Hvad der er sket",
        "What happened";
    OriginalTitle => "Din anmodning", "Your request";
    OrigRightLabel => "Hvad bad du om?", "What did you ask for?";
    OrigRightMissing => "Vælg hvad du bad om", "Select what you asked for";
    OrigDateLabel => "Hvornår sendte du anmodningen?", "When did you send the request?";
    OrigDateHint => "Fx 14. oktober 2026 eller 14-10-2026. Sendte du den med almindelig post, så skriv den dag, kommunen fik den – typisk nogle dage senere.",
        "For example 14 October 2026 or 14-10-2026. If you sent it by ordinary post, enter the day the municipality received it – usually a few days later.";
    OrigDateMissing => "Skriv hvornår du sendte anmodningen", "Enter when you sent the request";
    OrigDateInvalid => "Skriv datoen med dag, måned og år, fx 14. oktober 2026 eller 14-10-2026",
        "Enter the date with day, month and year, for example 14 October 2026 or 14-10-2026";
    OrigDateNoYear => "Skriv også årstallet, fx 14. oktober 2026", "Add the year, for example 14 October 2026";
    OrigDateMonth => "Skriv måneden som navn eller tal, fx oktober, okt. eller 10",
        "Enter the month as a name or a number, for example October, Oct or 10";
    OrigDateImpossible => "Datoen findes ikke. Tjek dag og måned – februar har fx kun 28 dage, eller 29 i skudår",
        "That date does not exist. Check the day and month – February, for example, has only 28 days, or 29 in a leap year";
    OrigDateFuture => "Datoen kan ikke være efter i dag", "The date cannot be after today";
    OrigDateNotYet => "Kommunens frist udløber først {date}. Har du ikke fået svar inden da, kan du sende en rykker fra {next}.",
        "The municipality's deadline does not end until {date}. If you have had no answer by then, you can send a reminder from {next}.";
    OrigDateNotYetToday => "Kommunens frist udløber i dag. Har du ikke fået svar i dag, kan du sende en rykker fra {next}.",
        "The municipality's deadline ends today. If you have had no answer today, you can send a reminder from {next}.";
    OutcomeNotYet => "Kommunens frist udløber først {date}. Har du ikke fået svar inden da, kan du klage fra {next}. Du kan også sende en rykker først.",
        "The municipality's deadline does not end until {date}. If you have had no answer by then, you can complain from {next}. You can also send a reminder first.";
    OutcomeNotYetToday => "Kommunens frist udløber i dag. Har du ikke fået svar i dag, kan du klage fra {next}. Du kan også sende en rykker først.",
        "The municipality's deadline ends today. If you have had no answer today, you can complain from {next}. You can also send a reminder first.";
    OrigExtendedLabel => "Har du fået besked om, at fristen er forlænget?",
        "Have you been told that the deadline has been extended?";
    OrigExtendedHint => "Kommunen kan forlænge fristen med to måneder, hvis det er nødvendigt, fordi sagen er kompliceret, eller fordi der er mange anmodninger. Så skal den give dig besked inden for den første måned og sige hvorfor (art. 12, stk. 3). Fik du besked for sent eller uden en grund, kan du klage til Datatilsynet i stedet.",
        "The municipality can extend the deadline by two months where necessary because the case is complicated or there are many requests. It must then tell you within the first month, and why (Article 12(3) GDPR). If you were told too late or without a reason, you can complain to the Danish Data Protection Agency (Datatilsynet) instead.";
    OrigExtendedMissing => "Vælg om du har fået besked om, at fristen er forlænget",
        "Select whether you have been told that the deadline has been extended";
    ComplaintExtendedLabel => "Skrev kommunen, at den har brug for mere tid?",
        "Did the municipality write that it needs more time?";
    ComplaintExtendedHint => "Svar ja, hvis kommunen inden for den første måned skrev, at den forlænger fristen, og hvorfor. Så har den tre måneder i alt (art. 12, stk. 3).",
        "Answer yes if, within the first month, the municipality wrote that it is extending the deadline, and why. It then has three months in all (Article 12(3) GDPR).";
    OrigRefLabel => "Referencenummer", "Reference number";
    OrigRefHint => "Fx SK\u{2011}7F3K2Q fra dit første brev, eller kommunens sagsnummer.", "For example SK\u{2011}7F3K2Q from your first letter, or the municipality's case number.";
    OutcomeTitle => "Kommunens svar", "The municipality's answer";
    OutcomeLabel => "Hvad svarede kommunen?", "What did the municipality answer?";
    OutcomeMissing => "Vælg hvad kommunen svarede", "Select what the municipality answered";
    OutcomeRefused => "Kommunen sagde nej", "The municipality said no";
    OutcomePartial => "Jeg fik kun en del af det, jeg bad om", "I got only part of what I asked for";
    OutcomeExtended => "Kommunen har forlænget fristen uden at give en grund",
        "The municipality extended the deadline without giving a reason";
    OutcomeExtendedLate => "Kommunen forlængede fristen, men gav først besked efter den første måned",
        "The municipality extended the deadline, but told me only after the first month";
    OutcomeNone => "Jeg har ikke fået noget svar", "I have had no answer";
    OutcomeInformedLabel => "Fik du en begrundelse og at vide, at du kan klage?",
        "Were you given reasons and told that you can complain?";
    OutcomeInformedHint => "Kommunen skal forklare, hvorfor den siger nej, og skrive, at du kan klage til Datatilsynet (art. 12, stk. 4).",
        "The municipality must explain why it says no and tell you that you can complain to the Danish Data Protection Agency (Datatilsynet) (Article 12(4) GDPR).";
    OutcomeInformedMissing => "Svar på, om du fik en begrundelse og at vide, at du kan klage",
        "Answer whether you were given reasons and told that you can complain";
    ReplyLabel => "Hvad skrev kommunen?", "What did the municipality write?";
    ReplyHint => "Skriv gerne dato og sagsnummer. Du kan vedhæfte svaret, når du sender.", "Add the date and case number if you can. You can attach the answer when you send.";
    DisagreeLabel => "Hvorfor er du uenig?", "Why do you disagree?";
    DisagreeMissing => "Skriv hvorfor du er uenig", "Enter why you disagree";
    RemarksLabel => "Vil du tilføje noget?", "Do you want to add anything?";
    AddressMissing => "Skriv din adresse. Datatilsynet ser normalt ikke på en klage uden navn og adresse",
        "Enter your address. The Danish Data Protection Agency (Datatilsynet) does not normally handle a complaint without name and address";
    ComplaintRouteTitle => "Hvordan vil du sende klagen til Datatilsynet?",
        "How do you want to send the complaint to the Danish Data Protection Agency (Datatilsynet)?";
    ComplaintRouteDp => "Digital Post (anbefalet)", "Digital Post (recommended)";
    ComplaintRouteDpHint => "Sikkert. Du logger ind med MitID og kan vedhæfte kommunens svar.", "Secure. You log in with MitID and can attach the municipality's answer.";
    ComplaintRouteEmail => "E-mail til dt@datatilsynet.dk", "Email to dt@datatilsynet.dk";
    ComplaintRouteEmailHint => "Almindelig e-mail er ikke krypteret. Send derfor ikke CPR-nummer eller følsomme oplysninger med e-mail. Dit CPR-nummer bliver udeladt.",
        "Ordinary email is not encrypted. So do not send CPR numbers or sensitive data by email. Your CPR number will be left out.";
    ComplaintRouteWeb => "Datatilsynets eget klageskema (PDF)",
        "Datatilsynet's own complaint form (PDF)";
    ComplaintRouteWebHint => "Du henter Datatilsynets skema og udfylder det. Så sætter du teksten herfra ind eller vedhæfter filen.",
        "You download Datatilsynet's form and fill it in. Then you paste the text from here or attach the file.";
    ComplaintDpStep3 => "Vælg ”Skriv ny besked”, og vælg Datatilsynet som modtager.",
        "Choose “Skriv ny besked” (write new message) and choose Datatilsynet as the recipient.";
    ComplaintWebTitle => "Sådan bruger du Datatilsynets klageskema",
        "How to use Datatilsynet's complaint form";
    ComplaintWebStep => "Åbn Datatilsynets hjemmeside, og hent klageskemaet (PDF). Udfyld det, sæt teksten herfra ind – eller vedhæft filen – og send det til Datatilsynet med Digital Post.",
        "Open Datatilsynet's website and download the complaint form (PDF). Fill it in, paste the text from here – or attach the file – and send it to Datatilsynet by Digital Post.";
    ComplaintWebOpen => "Åbn Datatilsynets hjemmeside", "Open Datatilsynet's website";
    NextComplaint => "Inden tre måneder får du besked fra Datatilsynet om, hvordan det går med sagen.",
        "Within three months, Datatilsynet tells you how your case is being handled.";
    NextReminder => "Du har bedt kommunen svare senest {date}.",
        "You have asked the municipality to answer by {date} at the latest.";
    ReminderWhat => "Rykker: {what}", "Reminder: {what}";
    ComplaintWhat => "Klage over {municipality} i sagen om {what}",
        "Complaint about {municipality}: {what}";
    ReminderSent => "Den {date} sendte jeg jer denne anmodning: {what} ({article}){ref}.", "On {date} I sent you this request: {what} ({article}){ref}.";
    ReminderLate => "Fristen for at svare er en måned (databeskyttelsesforordningens artikel 12, stk. 3). Den udløb {deadline}, og jeg har hverken fået svar eller besked om, at fristen er forlænget.",
        "The deadline for answering is one month (Article 12(3) of the General Data Protection Regulation). It expired on {deadline}, and I have had neither an answer nor notice that the deadline was extended.";
    ReminderLateExtended => "I skrev, at I forlængede fristen for at svare med to måneder (databeskyttelsesforordningens artikel 12, stk. 3). Den forlængede frist udløb {deadline}, og jeg har ikke fået svar.",
        "You wrote that you were extending the deadline for answering by two months (Article 12(3) of the General Data Protection Regulation). The extended deadline expired on {deadline}, and I have had no answer.";
    ReminderLateConsent => "Fristen for at svare om sletningen er en måned (databeskyttelsesforordningens artikel 12, stk. 3). Den udløb {deadline}, og jeg har hverken fået svar eller besked om, at fristen er forlænget.",
        "The deadline for answering on the erasure is one month (Article 12(3) of the General Data Protection Regulation). It expired on {deadline}, and I have had neither an answer nor notice that the deadline was extended.";
    ReminderConsentEffect => "Tilbagetrækningen fik virkning, da I fik brevet (databeskyttelsesforordningens artikel 7, stk. 3). Men I har ikke bekræftet, at behandlingen er stoppet.",
        "The withdrawal took effect when you received the letter (Article 7(3) of the General Data Protection Regulation). But you have not confirmed that the processing has stopped.";
    ReminderAsk => "Jeg beder om svar hurtigst muligt og senest {date}. Får jeg ikke svar, klager jeg til Datatilsynet (databeskyttelsesforordningens artikel 77).",
        "Please answer as soon as possible and by {date} at the latest. If I get no answer, I will complain to Datatilsynet (Article 77 of the General Data Protection Regulation).";
    ComplaintIntro => "Jeg klager over {municipality} (databeskyttelsesforordningens artikel 77). Det gælder en anmodning om mine personoplysninger.",
        "I wish to complain about {municipality} (Article 77 of the General Data Protection Regulation). It concerns a request about my personal data.";
    ComplaintIntroBehalf => "Jeg klager på vegne af {name} over {municipality} (databeskyttelsesforordningens artikel 77). Det gælder en anmodning om de personoplysninger, kommunen behandler om {name}.",
        "On behalf of {name}, I wish to complain about {municipality} (Article 77 of the General Data Protection Regulation). It concerns a request about the personal data the municipality processes about {name}.";
    ComplaintController => "Klagen gælder den dataansvarlige: {municipality}, {address}, CVR-nr. {cvr}.",
        "The complaint concerns the controller: {municipality}, {address}, CVR no. {cvr}.";
    ComplaintSent => "Den {date} sendte jeg kommunen denne anmodning: {what} ({article}){ref}.", "On {date} I sent the municipality this request: {what} ({article}){ref}.";
    ComplaintHappened => "Hvad der skete",
        "What happened";
    ComplaintReply => "Kommunens svar", "The municipality's answer";
    ComplaintWhy => "Hvorfor jeg er uenig", "Why I disagree";
    ComplaintRemarks => "Bemærkninger", "Remarks";
    ComplaintRules => "Kommunen skal begrunde et afslag straks og senest en måned efter, at den har fået anmodningen. Den skal også oplyse, at man kan klage til Datatilsynet og gå til domstolene. Det har kommunen ikke overholdt: Afslaget kom uden begrundelse eller uden den oplysning (databeskyttelsesforordningens artikel 12, stk. 4).",
        "The municipality must give reasons for a refusal without delay and at the latest within one month of receiving the request. It must also give information on the right to complain to a supervisory authority and to seek a judicial remedy. The municipality has not complied with this: the refusal came without reasons or without that information (Article 12(4) of the General Data Protection Regulation).";
    ComplaintDisputed => "Jeg mener ikke, at kommunen havde ret til at afslå anmodningen efter databeskyttelsesforordningens {article}. Jeg beder Datatilsynet tage stilling til det.",
        "I do not believe the municipality was entitled to refuse the request under {article} of the General Data Protection Regulation. I ask Datatilsynet to decide on this.";
    ComplaintDisputedPartial => "Jeg mener ikke, at kommunen havde ret til at afslå anmodningen delvist efter databeskyttelsesforordningens {article}. Jeg beder Datatilsynet tage stilling til det.",
        "I do not believe the municipality was entitled to refuse part of the request under {article} of the General Data Protection Regulation. I ask Datatilsynet to decide on this.";
    ComplaintRulesNoAnswer => "Kommunen skulle svare senest {deadline} (databeskyttelsesforordningens artikel 12, stk. 3). Jeg har hverken fået svar eller besked om, at fristen er forlænget.",
        "The municipality had to answer by {deadline} (Article 12(3) of the General Data Protection Regulation). I have had neither an answer nor notice that the deadline was extended.";
    ComplaintRulesNoAnswerExtended => "Kommunen forlængede fristen til {deadline}. Heller ikke den frist er overholdt (databeskyttelsesforordningens artikel 12, stk. 3).",
        "The municipality extended the deadline to {deadline}. That deadline has not been met either (Article 12(3) of the General Data Protection Regulation).";
    ComplaintConsentEffect => "Tilbagetrækningen fik virkning, da kommunen fik brevet (databeskyttelsesforordningens artikel 7, stk. 3). Men kommunen har ikke bekræftet, at behandlingen er stoppet. Den har heller ikke svaret om sletningen.",
        "The withdrawal took effect when the municipality received the letter (Article 7(3) of the General Data Protection Regulation). But the municipality has not confirmed that the processing has stopped. Nor has it answered on the erasure.";
    ComplaintRulesExtension => "Kommunen kan kun forlænge fristen, når det er nødvendigt på grund af anmodningernes kompleksitet og antal. Den skal give besked om forlængelsen og begrundelsen inden for den første måned. Det har kommunen ikke overholdt (databeskyttelsesforordningens artikel 12, stk. 3).",
        "The municipality may extend the deadline only where necessary, taking into account the complexity and number of the requests. It must give notice of the extension, with its reasons, within the first month. The municipality has not complied with this (Article 12(3) of the General Data Protection Regulation).";
    ComplaintContactedFirst => "Jeg har kontaktet kommunen først, som Datatilsynet beder om.",
        "I contacted the municipality first, as Datatilsynet asks.";
    ComplaintAttachDp => "Jeg vedhæfter:", "I attach:";
    ComplaintAttachEmail => "Jeg har disse bilag. Jeg sender dem med Digital Post, hvis I beder om dem:",
        "I have these documents. I will send them by Digital Post if you ask for them:";
    ComplaintAttachRequest => "Anmodningen af {date}{ref}", "The request of {date}{ref}";
    ComplaintAttachReply => "Kommunens svar", "The municipality's answer";
    LetterOutcomeRefused => "Kommunen har afvist anmodningen.", "The municipality refused the request.";
    LetterOutcomePartial => "Kommunen har kun sagt ja til en del af anmodningen.",
        "The municipality granted only part of the request.";
    LetterOutcomeExtended => "Kommunen har forlænget fristen. Den har ikke givet en grund til det.",
        "The municipality extended the deadline. It gave no reason for it.";
    LetterOutcomeExtendedLate => "Kommunen har forlænget fristen, men gav først besked efter den første måned.",
        "The municipality extended the deadline, but gave notice only after the first month.";
    LetterOutcomeNone => "Kommunen har ikke svaret inden fristen.", "The municipality has not answered within the deadline.";
    ComplaintTo => "Til Datatilsynet", "To Datatilsynet";
    LetterRefPart => ", ref. {ref}", ", ref. {ref}";
    IcsDownload => "Hent en påmindelse til din kalender (.ics)", "Download a reminder for your calendar (.ics)";
    IcsDownloaded => "Påmindelsen er givet til din browser som en overførsel. Åbn filen for at lægge den i din kalender. Kom den ikke frem? Så skriv {date} i din kalender selv.",
        "The reminder was handed to your browser as a download. Open the file to add it to your calendar. Did it not arrive? Then put {date} in your calendar yourself.";
    IcsExplain => "Filen lægger en aftale i din kalender {date} kl. 9 med en påmindelse et kvarter før. Det er den første dag, du kan sende en rykker, hvis du sender anmodningen i dag og ikke har fået svar.",
        "The file adds an appointment to your calendar on {date} at 9:00 with an alert 15 minutes before. It is the first day you can send a reminder if you send the request today and have had no answer.";
    IcsReminderExplain => "Filen lægger en aftale i din kalender {date} kl. 9 med en påmindelse et kvarter før. Det er dagen efter den frist, du gav kommunen i rykkeren. Har du stadig ikke fået svar, kan du klage. Det kan du også allerede nu. Se hvordan herunder.",
        "The file adds an appointment to your calendar on {date} at 9:00 with an alert 15 minutes before. It is the day after the deadline you gave the municipality in the reminder. If you still have had no answer, you can complain. You can also do so now. See how below.";
    IcsSummary => "Fik du svar fra {municipality}? Ellers kan du sende en rykker (ref. {ref})", "Did {municipality} answer? If not, you can send a reminder (ref. {ref})";
    IcsDescription => "Din anmodning til {municipality}: {what}, ref. {ref}. Sendte du den {sent}, udløb fristen for at svare {deadline}. Har du hverken fået svar eller besked om en længere frist, kan du nu skrive en rykker eller klage til Datatilsynet. Vælg ”Jeg har allerede sendt en anmodning” i formularen på kommunens hjemmeside.",
        "Your request to {municipality}: {what}, ref. {ref}. If you sent it on {sent}, the deadline for answering ended on {deadline}. If you have had neither an answer nor notice of a longer deadline, you can now write a reminder or complain to the Danish Data Protection Agency (Datatilsynet). Choose “I have already sent a request” in the form on the municipality's website.";
    IcsReminderSummary => "Fik du svar fra {municipality}? Ellers kan du klage til Datatilsynet (ref. {ref})", "Did {municipality} answer? If not, you can complain to Datatilsynet (ref. {ref})";
    IcsReminderDescription => "Du bad i din rykker {municipality} om svar på din anmodning ({what}, ref. {ref}) senest {deadline}. Har du stadig ikke fået svar, kan du klage til Datatilsynet, hvis du ikke allerede har gjort det. Vælg ”Jeg har allerede sendt en anmodning” i formularen på kommunens hjemmeside.",
        "In your reminder you asked {municipality} to answer your request ({what}, ref. {ref}) by {deadline}. If you still have had no answer, you can complain to the Danish Data Protection Agency (Datatilsynet), if you have not already done so. Choose “I have already sent a request” in the form on the municipality's website.";

    // ---- check answers ----
    CheckTitle => "Tjek dine svar", "Check your answers";
    CheckChange => "Ret", "Change";
    CheckWho => "Hvem det gælder", "Who it is about";
    CheckRight => "Det beder du om", "What you ask for";
    CheckRoute => "Sendes med", "Sent by";
    CheckCreate => "Lav brevet", "Create the letter";
    CprLeftOutByEmail => "Udelades i e-mail", "Left out of the email";

    // ---- send ----
    SendTitle => "Dit brev er klar – nu skal du sende det", "Your letter is ready – now send it";
    SendNotSent => "Brevet er ikke sendt endnu. Følg trinene herunder.", "The letter has not been sent yet. Follow the steps below.";
    SendComplaintTo => "Klagen skal sendes til Datatilsynet.",
        "The complaint goes to the Danish Data Protection Agency (Datatilsynet).";
    ReferenceLabel => "Referencenummer", "Reference number";
    LetterTitle => "Brevet", "The letter";
    SubjectLabel => "Emne", "Subject";
    CopyText => "Kopiér teksten", "Copy the text";
    Copied => "Teksten er kopieret.", "The text has been copied.";
    CopyFailed => "Teksten kunne ikke kopieres automatisk. Den er markeret, så du kan kopiere den med Ctrl+C (Cmd+C på Mac).",
        "The text could not be copied automatically. It is selected, so you can copy it with Ctrl+C (Cmd+C on a Mac).";
    Download => "Hent som fil (.txt)", "Download as a file (.txt)";
    Downloaded => "Filen er givet til din browser som en overførsel, så du kan vedhæfte den. Kom den ikke frem? Brug ”Kopiér teksten” i stedet.",
        "The file was handed to your browser as a download, so you can attach it. Did it not arrive? Use “Copy the text” instead.";
    DownloadFailed => "Filen kunne ikke hentes. Kopiér teksten i stedet.", "The file could not be downloaded. Copy the text instead.";
    Print => "Udskriv", "Print";
    DpStepsTitle => "Sådan sender du med Digital Post", "How to send by Digital Post";
    DpStep1 => "Kopiér teksten, eller hent den som fil.", "Copy the text, or download it as a file.";
    DpStep2 => "Åbn Digital Post, og log ind med MitID.", "Open Digital Post and log in with MitID.";
    DpStep3 => "Vælg ”Skriv ny besked”, og vælg {municipality} som modtager.",
        "Choose “Skriv ny besked” (write new message) and choose {municipality} as the recipient.";
    DpStep4 => "Skriv emnet, og sæt teksten ind – eller vedhæft filen.", "Enter the subject and paste the text – or attach the file.";
    DpStep5 => "Vedhæft fx en fuldmagt eller andre papirer, hvis du har dem, og send.",
        "Attach any power of attorney or other papers if you have them, and send.";
    DpOpen => "Åbn Digital Post", "Open Digital Post";
    NewTab => "(åbner i en ny fane)", "(opens in a new tab)";
    MailStepsTitle => "Sådan sender du med e-mail", "How to send by email";
    MailOpen => "Åbn e-mail med brevet", "Open email with the letter";
    MailFallback => "Åbner der ikke et e-mailprogram? Kopiér teksten, og send den til {email} med emnet ovenfor.",
        "No email program opens? Copy the text and send it to {email} with the subject above.";
    MailTooLong => "Brevet er for langt til, at det automatisk kan komme med i e-mailen. Kopiér teksten først, og sæt den ind i e-mailen.",
        "The letter is too long to be added to the email automatically. Copy the text first, then paste it into the email.";
    MailCprLeftOut => "Dit CPR-nummer er ikke med i e-mailen.", "Your CPR number is not in the email.";
    MailCprLeftOutBehalf => "Der er ikke nogen CPR-numre i e-mailen. Det gælder både dit og personens.",
        "There are no CPR numbers in the email. That goes for both yours and the person's.";
    MailCprMasked => "Noget i teksten lignede et CPR-nummer. Det er taget ud af e-mailen.",
        "Something in the text looked like a CPR number. It has been taken out of the email.";
    NextTitle => "Hvad sker der nu?", "What happens next?";
    NextDeadline => "Kommunen skal svare senest {date}, hvis du sender anmodningen i dag (art. 12, stk. 3).",
        "The municipality must answer by {date} at the latest if you send the request today (Article 12(3) GDPR).";
    NextExtension => "Er sagen kompliceret, eller er der mange anmodninger, kan kommunen få op til to måneder mere, hvis det er nødvendigt. Så skal den give dig besked inden for den første måned og sige hvorfor (art. 12, stk. 3).",
        "Where necessary, taking into account how complex the case is and how many requests there are, the municipality can extend the deadline by up to two months. It must then tell you within the first month, and why (Article 12(3) GDPR).";
    NextIdentity => "Er kommunen i tvivl om, hvem du er, kan den bede dig om flere oplysninger (art. 12, stk. 6).",
        "If the municipality is in doubt about who you are, it may ask you for more information (Article 12(6) GDPR).";
    NextConsent => "Samtykket er trukket tilbage, så snart kommunen har fået brevet (art. 7, stk. 3). Du skal ikke vente på svar, for at det gælder.",
        "The consent is withdrawn as soon as the municipality receives the letter (Article 7(3) GDPR). You do not have to wait for an answer for it to take effect.";
    NextConsentErasure => "Brevet beder også kommunen om at slette oplysningerne, hvis den ikke har et andet grundlag for at have dem. Det skal kommunen svare på hurtigst muligt og senest en måned efter, at den har fået brevet (art. 12, stk. 3).",
        "The letter also asks the municipality to erase the data if it has no other basis for keeping it. The municipality must answer that without undue delay and at the latest one month after it receives the letter (Article 12(3) GDPR).";
    NextIdentityEmail => "En e-mail viser ikke, hvem du er. Kommunen kan derfor skrive til dig med Digital Post for at bekræfte det. Så kan svaret tage længere tid (art. 12, stk. 6).",
        "An email does not show who you are. So the municipality may write to you by Digital Post to confirm it. The answer may then take longer (Article 12(6) GDPR).";
    ComplainTitle => "Hvis du ikke får svar, eller får et afslag", "If you get no answer, or are refused";
    ComplainText => "Du kan klage til Datatilsynet. Datatilsynet beder dig kontakte kommunen først.",
        "You can complain to the Danish Data Protection Agency (Datatilsynet). It asks you to contact the municipality first.";
    ComplainAddress => "Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby. Telefon 33 19 32 00. E-mail dt@datatilsynet.dk. Send fortrolige oplysninger med Digital Post til Datatilsynet.",
        "Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, Denmark. Phone +45 33 19 32 00. Email dt@datatilsynet.dk. Send confidential information by Digital Post to Datatilsynet.";
    ContactTitle => "Spørgsmål?", "Questions?";
    ContactText => "Du kan ringe til {municipality} på {phone}. Du kan også skrive til {email} eller til {address}. Kommunens rådgiver om databeskyttelse har e-mailen {dpo}.",
        "You can call {municipality} on {phone}. You can also write to {email} or to {address}. The municipality's data protection officer's email is {dpo}.";
    NewRequest => "Lav en ny anmodning", "Make a new request";
    SentHint => "Dine svar er gemt i denne fane, så du kan komme tilbage til brevet, indtil du har sendt det. Når det er sendt, kan du slette dem her. Ellers slettes de, når du lukker fanen – og senest efter 2 timer.",
        "Your answers are kept in this tab so you can come back to the letter until you have sent it. Once it is sent, you can delete them here. Otherwise they are deleted when you close the tab – and after 2 hours at most.";
    SentDelete => "Jeg har sendt brevet – slet mine svar", "I have sent the letter – delete my answers";

    // ---- notification banners ----
    NoticeImportant => "Vigtigt", "Important";
    NoticeCprHeading => "Skriv dit CPR-nummer igen – vi gemmer det aldrig", "Enter your CPR number again – we never keep it";
    NoticeCprText => "Dine andre svar er gemt i denne fane. CPR-numre gemmer vi aldrig, heller ikke når siden bliver indlæst igen, så skriv dem igen under ”Om dig”.",
        "Your other answers are kept in this tab. We never keep CPR numbers, not even when the page is loaded again, so enter them again under “About you”.";
    NoticeDone => "Udført", "Done";
    NoticeDeletedHeading => "Dine svar er slettet", "Your answers have been deleted";
    NoticeDeletedText => "Der er ikke længere gemt noget fra formularen i denne fane.", "Nothing from the form is kept in this tab any more.";

    // ---- the letter ----
    LetterSubject => "{what} ({article}){behalf} – ref. {ref}", "{what} ({article}){behalf} – ref. {ref}";
    LetterSubjectBehalf => " på vegne af {name}", " on behalf of {name}";
    LetterTo => "Til {municipality}", "To {municipality}";
    LetterFallbackPointer => "Min anmodning med ref. {ref} står herunder. Jeg sætter den kopierede tekst ind her:",
        "My request with ref. {ref} is below. I am pasting the copied text here:";
    LetterDeadline => "Jeg beder om svar hurtigst muligt og senest en måned efter, at I har modtaget anmodningen (databeskyttelsesforordningens artikel 12, stk. 3).",
        "Please answer without undue delay and at the latest one month after you receive this request (Article 12(3) of the General Data Protection Regulation).";
    LetterDeadlineConsent => "Tilbagetrækningen gælder, fra I modtager brevet. Om sletningen beder jeg om svar hurtigst muligt. Svaret skal komme senest en måned efter, at I har modtaget brevet (databeskyttelsesforordningens artikel 12, stk. 3).",
        "The withdrawal takes effect when you receive this letter. On the erasure, please answer without undue delay and at the latest one month after you receive the letter (Article 12(3) of the General Data Protection Regulation).";
    LetterAnswerBy => "Jeg beder om at få svaret elektronisk med Digital Post (artikel 12, stk. 3).",
        "Please send the answer electronically, by Digital Post (Article 12(3)).";
    LetterRegards => "Med venlig hilsen", "Kind regards";
    LetterAboutMe => "Mine oplysninger", "My details";
    LetterAboutWriter => "Mine kontaktoplysninger", "My contact details";
    LetterDate => "Dato", "Date";
    LetterRefLabel => "Brevets referencenummer", "This letter's reference number";
    LetterBehalf => "Jeg skriver på vegne af {name} om de personoplysninger, I behandler om {name}.",
        "I am writing on behalf of {name} about the personal data you process about {name}.";
    LetterBehalfPoa => "Jeg har en fuldmagt fra {name}.", "I hold a power of attorney from {name}.";
    LetterBehalfCustody => "Jeg er forælder til {name} og har forældremyndigheden.", "I am the parent of {name} and have parental custody.";
    LetterBehalfGuardian => "Jeg er værge for {name}.", "I am the guardian of {name}.";
    LetterPoaAttached => "Jeg vedhæfter fuldmagten.", "I attach the power of attorney.";
    LetterPoaByPost => "Fuldmagten indeholder normalt CPR-numre. Derfor sender jeg den med Digital Post og ikke med e-mail.",
        "The power of attorney usually contains CPR numbers. So I will send it by Digital Post, not by email.";
    LetterGuardianAttached => "Jeg vedhæfter værgemålsbeviset.", "I attach the certificate of guardianship.";
    LetterGuardianByPost => "Værgemålsbeviset indeholder normalt CPR-numre. Derfor sender jeg det med Digital Post og ikke med e-mail.",
        "The certificate of guardianship usually contains CPR numbers. So I will send it by Digital Post, not by email.";
    LetterPoaName => "Fuldmagten", "The power of attorney";
    LetterGuardianName => "Værgemålsbeviset", "The certificate of guardianship";
    LetterEmailNoCpr => "Jeg sender ikke mit CPR-nummer, fordi almindelig e-mail ikke er krypteret.",
        "I am not sending my CPR number, because ordinary email is not encrypted.";
    LetterEmailNoCprBehalf => "Jeg sender ikke CPR-numre, fordi almindelig e-mail ikke er krypteret.",
        "I am not sending CPR numbers, because ordinary email is not encrypted.";
    LetterEmailConfirm => "I kan skrive til mig med Digital Post for at bekræfte, hvem jeg er (artikel 12, stk. 6).",
        "You may write to me by Digital Post to confirm who I am (Article 12(6)).";
    LetterEmailConfirmBehalf => "I kan skrive til mig med Digital Post for at bekræfte, hvem jeg er, og hvem anmodningen gælder (artikel 12, stk. 6).",
        "You may write to me by Digital Post to confirm who I am and whom the request concerns (Article 12(6)).";
    ComplaintEmailDp => "I kan skrive til mig med Digital Post, hvis I skal bruge et CPR-nummer.",
        "You may write to me by Digital Post if you need a CPR number.";
    LetterEmployee => "Jeg er ansat i kommunen, og anmodningen gælder mine oplysninger som ansat.",
        "I work for the municipality, and the request concerns my data as an employee.";
    LetterEmployeeIt => "Det drejer sig om en IT-sag (TopDesk).", "It concerns an IT case (TopDesk).";
    LetterOtherCpr => "CPR-nummer for {name}", "CPR number of {name}";
    LetterAccessAreas => "Det drejer sig om disse områder eller afdelinger", "It concerns these areas or departments";
    LetterAccessPeriod => "Tidsrum", "Period";
    LetterWrongData => "Det drejer sig om disse oplysninger", "It concerns this data";
    LetterCorrectData => "Det skal der stå", "It should say";
    LetterWhichData => "Det drejer sig om disse oplysninger", "It concerns this data";
    LetterEraseGround => "Grundlaget for sletning", "Ground for erasure";
    LetterReasons => "Mine grunde", "My reasons";
    LetterRestrictGround => "Grundlaget for begrænsning", "Ground for restriction";
    LetterObjectWhich => "Indsigelsen gælder denne brug af oplysningerne", "The objection concerns this use of the data";
    LetterObjectReasons => "Grundene til indsigelsen", "The reasons for the objection";
    LetterConsentTopic => "Samtykket gælder", "The consent concerns";
    LetterConsentWhich => "Det drejer sig om dette samtykke", "It concerns this consent";
    LetterAutoDecision => "Det drejer sig om denne afgørelse", "It concerns this decision";
    LetterRectifyWhy => "Det bygger jeg på", "I base this on";
    LetterEraseNotNeeded => "I har ikke længere brug for oplysningerne (artikel 17, stk. 1, litra a).",
        "You no longer need the data (Article 17(1)(a)).";
    LetterEraseConsent => "Samtykket er trukket tilbage. Jeg mener ikke, at I har andet grundlag for at have oplysningerne (artikel 17, stk. 1, litra b).",
        "The consent has been withdrawn. I do not believe you have another legal basis for keeping the data (Article 17(1)(b)).";
    LetterEraseObjection => "Der er gjort indsigelse. Jeg mener ikke, at I har legitime grunde til at fortsætte, som går forud for den (artikel 17, stk. 1, litra c).",
        "An objection has been made. I do not believe you have legitimate grounds to continue that override it (Article 17(1)(c)).";
    LetterEraseUnlawful => "Oplysningerne er brugt på en måde, der er ulovlig (artikel 17, stk. 1, litra d).",
        "The data has been processed unlawfully (Article 17(1)(d)).";
    LetterEraseLegalDuty => "I har pligt til at slette dem efter loven (artikel 17, stk. 1, litra e).", "You are required by law to erase it (Article 17(1)(e)).";
    LetterEraseUnknown => "Ikke angivet. Jeg beder jer vurdere, om en af betingelserne i artikel 17, stk. 1, er opfyldt.",
        "Not stated. Please assess whether one of the conditions in Article 17(1) is met.";
    LetterRestrictAccuracy => "Jeg mener, at oplysningerne er forkerte, og I skal se på det (artikel 18, stk. 1, litra a).",
        "I believe the data is wrong, and you must check it (Article 18(1)(a)).";
    LetterRestrictUnlawful => "Brugen er ulovlig. I stedet for sletning ønskes begrænsning (artikel 18, stk. 1, litra b).",
        "The processing is unlawful. Restriction is asked for instead of erasure (Article 18(1)(b)).";
    LetterRestrictClaims => "I har ikke længere brug for oplysningerne, men de skal bruges til et retskrav (artikel 18, stk. 1, litra c).",
        "You no longer need the data, but it is needed for a legal claim (Article 18(1)(c)).";
    LetterRestrictObjection => "Der er gjort indsigelse, og den er ikke afgjort endnu (artikel 18, stk. 1, litra d).",
        "An objection has been made and is not yet decided (Article 18(1)(d)).";
    LetterRecipients => "Har I givet oplysningerne videre, skal I give modtagerne besked. Jeg beder om at få at vide, hvem de er (artikel 19).",
        "If you have passed the data on, you must tell the recipients. Please tell me who they are (Article 19).";
    LetterConsentPhoto => "Et billede", "A photo";
    LetterConsentOther => "Andet end et billede", "Something other than a photo";
    LetterCprMasked => "[CPR-nummer fjernet]", "[CPR number removed]";

    AccessSubject => "Anmodning om indsigt", "Request for access";
    AccessArticle => "art. 15", "Article 15 GDPR";
    AccessLetter => "Jeg beder om indsigt i de personoplysninger, som I behandler om mig (databeskyttelsesforordningens artikel 15).",
        "I request access to the personal data you process about me (Article 15 of the General Data Protection Regulation).";
    AccessLetterBehalf => "Jeg beder om indsigt i de personoplysninger, som I behandler om {name} (databeskyttelsesforordningens artikel 15).",
        "I request access to the personal data you process about {name} (Article 15 of the General Data Protection Regulation).";
    AccessLetterList => "Jeg beder om en kopi af oplysningerne (artikel 15, stk. 3). Jeg beder også om at få oplyst (artikel 15, stk. 1 og 2):\n1. Formålene.\n2. Hvilke kategorier af oplysninger I har.\n3. Hvem der har fået eller skal have oplysningerne, også modtagere uden for EU/EØS, og i så fald hvilke garantier der gælder.\n4. Hvor længe I gemmer dem, eller hvordan det fastsættes.\n5. Hvor I har fået dem fra.\n6. Om I træffer automatiske afgørelser, herunder profilering, og i så fald meningsfulde oplysninger om logikken og om betydningen og de forventede konsekvenser.\n7. Retten til berigtigelse, sletning, begrænsning og indsigelse og til at klage til Datatilsynet.",
        "I ask for a copy of the data (Article 15(3)). I also ask to be told (Article 15(1) and (2)):\n1. The purposes.\n2. The categories of data you hold.\n3. Who has received or will receive the data, including recipients outside the EU/EEA, and if so which safeguards apply.\n4. How long you keep it, or how that is decided.\n5. Where you obtained it.\n6. Whether you make automated decisions, including profiling, and if so meaningful information about the logic involved and about the significance and the envisaged consequences.\n7. The right to rectification, erasure, restriction and objection, and to complain to Datatilsynet.";
    RectificationSubject => "Anmodning om berigtigelse", "Request for rectification";
    RectificationArticle => "art. 16", "Article 16 GDPR";
    RectificationLetter => "Jeg beder om, at forkerte oplysninger om mig bliver rettet (databeskyttelsesforordningens artikel 16).",
        "I request that wrong data about me is corrected (Article 16 of the General Data Protection Regulation).";
    RectificationLetterBehalf => "Jeg beder om, at forkerte oplysninger om {name} bliver rettet (databeskyttelsesforordningens artikel 16).",
        "I request that wrong data about {name} is corrected (Article 16 of the General Data Protection Regulation).";
    RectificationLetterMissing => "Jeg beder om, at manglende oplysninger om mig bliver tilføjet (databeskyttelsesforordningens artikel 16).",
        "I request that missing data about me is added (Article 16 of the General Data Protection Regulation).";
    RectificationLetterMissingBehalf => "Jeg beder om, at manglende oplysninger om {name} bliver tilføjet (databeskyttelsesforordningens artikel 16).",
        "I request that missing data about {name} is added (Article 16 of the General Data Protection Regulation).";
    RectificationLetterBoth => "Jeg beder om, at forkerte oplysninger om mig bliver rettet. Jeg beder også om, at det, der mangler, bliver tilføjet (databeskyttelsesforordningens artikel 16).",
        "I request that wrong data about me is corrected. I also request that what is missing is added (Article 16 of the General Data Protection Regulation).";
    RectificationLetterBothBehalf => "Jeg beder om, at forkerte oplysninger om {name} bliver rettet. Jeg beder også om, at det, der mangler, bliver tilføjet (databeskyttelsesforordningens artikel 16).",
        "I request that wrong data about {name} is corrected. I also request that what is missing is added (Article 16 of the General Data Protection Regulation).";
    ErasureSubject => "Anmodning om sletning", "Request for erasure";
    ErasureArticle => "art. 17", "Article 17 GDPR";
    ErasureLetter => "Jeg beder om, at oplysninger om mig bliver slettet (databeskyttelsesforordningens artikel 17).",
        "I request that data about me is erased (Article 17 of the General Data Protection Regulation).";
    ErasureLetterBehalf => "Jeg beder om, at oplysninger om {name} bliver slettet (databeskyttelsesforordningens artikel 17).",
        "I request that data about {name} is erased (Article 17 of the General Data Protection Regulation).";
    RestrictionSubject => "Anmodning om begrænsning", "Request for restriction of processing";
    RestrictionArticle => "art. 18", "Article 18 GDPR";
    RestrictionLetter => "Jeg beder om, at behandlingen af mine personoplysninger bliver begrænset (databeskyttelsesforordningens artikel 18).",
        "I request that the processing of my personal data is restricted (Article 18 of the General Data Protection Regulation).";
    RestrictionLetterBehalf => "Jeg beder om, at behandlingen af personoplysninger om {name} bliver begrænset (databeskyttelsesforordningens artikel 18).",
        "I request that the processing of personal data about {name} is restricted (Article 18 of the General Data Protection Regulation).";
    ObjectionSubject => "Indsigelse mod behandling", "Objection to processing";
    ObjectionArticle => "art. 21", "Article 21 GDPR";
    ObjectionLetter => "Jeg gør indsigelse mod, at I bruger mine personoplysninger. Det gør jeg på grund af min særlige situation (databeskyttelsesforordningens artikel 21, stk. 1).",
        "I object to your processing of my personal data on grounds relating to my particular situation (Article 21(1) of the General Data Protection Regulation).";
    ObjectionLetterBehalf => "Jeg gør indsigelse mod, at I bruger personoplysninger om {name}. Det gør jeg på grund af den særlige situation, som {name} er i (databeskyttelsesforordningens artikel 21, stk. 1).",
        "I object to your processing of personal data about {name}. The objection is based on grounds relating to the particular situation of {name} (Article 21(1) of the General Data Protection Regulation).";
    ConsentSubject => "Tilbagetrækning af samtykke", "Withdrawal of consent";
    ConsentArticle => "art. 7, stk. 3", "Article 7(3) GDPR";
    ConsentLetter => "Jeg trækker mit samtykke tilbage (databeskyttelsesforordningens artikel 7, stk. 3). Jeg beder jer stoppe den behandling, der bygger på samtykket. Bekræft venligst, at den er stoppet. Jeg beder jer også slette oplysningerne, hvis I ikke har et andet grundlag for at have dem (artikel 17, stk. 1, litra b).",
        "I withdraw my consent (Article 7(3) of the General Data Protection Regulation). Please stop the processing based on that consent, and confirm that it has stopped. Please also erase the data if you have no other basis for keeping it (Article 17(1)(b)).";
    ConsentLetterBehalf => "Jeg trækker det samtykke tilbage, der er givet for {name} (databeskyttelsesforordningens artikel 7, stk. 3). Jeg beder jer stoppe den behandling, der bygger på samtykket. Bekræft venligst, at den er stoppet. Jeg beder jer også slette oplysningerne, hvis I ikke har et andet grundlag for at have dem (artikel 17, stk. 1, litra b).",
        "I withdraw the consent given for {name} (Article 7(3) of the General Data Protection Regulation). Please stop the processing based on that consent, and confirm that it has stopped. Please also erase the data if you have no other basis for keeping it (Article 17(1)(b)).";
    PortabilitySubject => "Anmodning om dataportabilitet", "Request for data portability";
    PortabilityArticle => "art. 20", "Article 20 GDPR";
    PortabilityLetter => "Jeg beder om at få de personoplysninger, som jeg selv har givet jer. De skal komme i et struktureret, almindeligt anvendt og maskinlæsbart format (databeskyttelsesforordningens artikel 20).",
        "I request to receive the personal data I have provided to you, in a structured, commonly used and machine-readable format (Article 20 of the General Data Protection Regulation).";
    PortabilityLetterBehalf => "Jeg beder om at få de personoplysninger, som {name} selv har givet jer. De skal komme i et struktureret, almindeligt anvendt og maskinlæsbart format (databeskyttelsesforordningens artikel 20).",
        "I request to receive the personal data that {name} has provided to you, in a structured, commonly used and machine-readable format (Article 20 of the General Data Protection Regulation).";
    AutomatedSubject => "Spørgsmål om automatisk afgørelse", "Question about an automated decision";
    AutomatedArticle => "art. 22", "Article 22 GDPR";
    AutomatedLetter => "Er der truffet en afgørelse om mig alene ved automatisk behandling? Det beder jeg om at få at vide (databeskyttelsesforordningens artikel 22 og artikel 15, stk. 1, litra h).",
        "I ask to be told whether a decision about me has been made solely on the basis of automated processing (Articles 22 and 15(1)(h) of the General Data Protection Regulation).";
    AutomatedLetterBehalf => "Er der truffet en afgørelse om {name} alene ved automatisk behandling? Det beder jeg om at få at vide (databeskyttelsesforordningens artikel 22 og artikel 15, stk. 1, litra h).",
        "I ask to be told whether a decision about {name} has been made solely on the basis of automated processing (Articles 22 and 15(1)(h) of the General Data Protection Regulation).";
    AutomatedLetterLogic => "Jeg beder om meningsfulde oplysninger om logikken bag afgørelsen. Jeg beder også om at få at vide, hvad den betyder for mig (artikel 15, stk. 1, litra h).",
        "Please give me meaningful information about the logic involved. Please also tell me what the decision means for me (Article 15(1)(h)).";
    AutomatedLetterLogicBehalf => "Jeg beder om meningsfulde oplysninger om logikken bag afgørelsen. Jeg beder også om at få at vide, hvad den betyder for {name} (artikel 15, stk. 1, litra h).",
        "Please give me meaningful information about the logic involved. Please also tell me what the decision means for {name} (Article 15(1)(h)).";
    AutomatedLetterHuman => "Jeg beder om, at en medarbejder ser på afgørelsen, og om at få lejlighed til at give mit syn på sagen.",
        "I ask for a member of staff to look at the decision and for an opportunity to give my view.";
    AutomatedLetterHumanBehalf => "Jeg beder om, at en medarbejder ser på afgørelsen, og om at {name} får lejlighed til at give sit syn på sagen.",
        "I ask for a member of staff to look at the decision and for {name} to have an opportunity to give their view.";
    SourceSubject => "Anmodning om at få at vide, hvor oplysningerne kommer fra",
        "Request to be told where the data came from";
    SourceArticle => "art. 15, stk. 1, litra g", "Article 15(1)(g) GDPR";
    SourceLetter => "Jeg beder om at få at vide, hvor I har fået personoplysningerne om mig fra (databeskyttelsesforordningens artikel 15, stk. 1, litra g, og artikel 14, stk. 2, litra f).",
        "I ask to be told where you obtained the personal data about me (Article 15(1)(g) and Article 14(2)(f) of the General Data Protection Regulation).";
    SourceLetterBehalf => "Jeg beder om at få at vide, hvor I har fået personoplysningerne om {name} fra (databeskyttelsesforordningens artikel 15, stk. 1, litra g, og artikel 14, stk. 2, litra f).",
        "I ask to be told where you obtained the personal data about {name} (Article 15(1)(g) and Article 14(2)(f) of the General Data Protection Regulation).";
}

/// The mechanics of a build without the English column (`cargo test --features english-file
/// --lib english_file_tests`, run by scripts/test; the other tests need the column).
#[cfg(all(test, feature = "english-file"))]
mod english_file_tests {
    use super::*;

    #[test]
    fn english_comes_only_from_a_file_of_this_build() {
        // Before a file: no English; a lookup gives the Danish text rather than nothing.
        assert!(has(Lang::Da) && !has(Lang::En));
        assert_eq!(Msg::Back.get(Lang::En), Msg::Back.get(Lang::Da));
        // A file of another build, or with a text missing, is refused and changes nothing.
        let texts: Vec<String> = (0..Msg::ALL.len()).map(|i| format!("text {i}")).collect();
        let file = |version: &str, texts: &[String]| {
            let mut all = vec![version.to_string()];
            all.extend_from_slice(texts);
            serde_json::to_string(&all).unwrap_or_default()
        };
        let other = file("00000000", &texts);
        assert_eq!(
            install_english(&other),
            Err(EnglishFileError::OtherVersion("00000000".into()))
        );
        let short = file(&english_version(), &texts[1..]);
        assert_eq!(
            install_english(&short),
            Err(EnglishFileError::WrongCount(Msg::ALL.len() - 1))
        );
        assert!(!has(Lang::En));
        // This build's file: every key gets its own text, in catalogue order; Danish stays.
        assert_eq!(install_english(&file(&english_version(), &texts)), Ok(()));
        assert!(has(Lang::En));
        for (i, msg) in Msg::ALL.iter().enumerate() {
            assert_eq!(msg.get(Lang::En), format!("text {i}"), "{msg:?}");
        }
        assert_eq!(Msg::Back.get(Lang::Da), "Tilbage");
        // A second file is checked but not taken: the first stays for the page's lifetime.
        let mut again = texts.clone();
        again[0] = "changed".into();
        assert_eq!(install_english(&file(&english_version(), &again)), Ok(()));
        assert_eq!(Msg::ALL[0].get(Lang::En), "text 0");
    }
}

#[cfg(all(test, not(feature = "english-file")))]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        for msg in Msg::ALL {
            let da = msg.get(Lang::Da);
            let en = msg.get(Lang::En);
            assert!(!da.trim().is_empty(), "{msg:?} has no Danish text");
            assert!(!en.trim().is_empty(), "{msg:?} has no English text");
            // Identical texts are fine only where the word is the same in both languages.
            let same_ok = matches!(
                msg,
                Msg::StartButton | Msg::LetterSubject | Msg::LetterRefPart
            );
            assert!(same_ok || da != en, "{msg:?} is not translated: {da:?}");
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        fn holes(s: &str) -> Vec<&str> {
            let mut v: Vec<&str> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split('}').next())
                .collect();
            v.sort_unstable();
            v
        }
        for msg in Msg::ALL {
            assert_eq!(
                holes(msg.get(Lang::Da)),
                holes(msg.get(Lang::En)),
                "{msg:?}"
            );
        }
    }

    #[test]
    fn the_english_file_gives_back_the_english_column() {
        let file = english_file();
        assert!(
            file.starts_with(&format!("[\"{:08x}\",", ENGLISH_VERSION)),
            "{file:.40}"
        );
        let texts = parse_english(&file).expect("this build's file");
        assert_eq!(texts.len(), Msg::ALL.len());
        for (msg, text) in Msg::ALL.iter().zip(&texts) {
            assert_eq!(msg.get(Lang::En), text, "{msg:?}");
        }
        assert_eq!(install_english(&file), Ok(()));
    }

    #[test]
    fn an_english_file_of_another_build_is_refused() {
        let file = english_file();
        let version = english_version();
        let other = file.replacen(&version, "00000000", 1);
        assert_eq!(
            parse_english(&other),
            Err(EnglishFileError::OtherVersion("00000000".into()))
        );
        assert_eq!(
            install_english(&other),
            Err(EnglishFileError::OtherVersion("00000000".into()))
        );
        // One text missing, one too many: the keys would be shifted.
        let short = format!("{}]", &file[..file.rfind(",\"").expect("several texts")]);
        assert_eq!(
            parse_english(&short),
            Err(EnglishFileError::WrongCount(Msg::ALL.len() - 1))
        );
        let long = format!("{},\"extra\"]", &file[..file.len() - 1]);
        assert_eq!(
            parse_english(&long),
            Err(EnglishFileError::WrongCount(Msg::ALL.len() + 1))
        );
        for broken in [
            "",
            "[]",
            "{}",
            "null",
            "[1, 2]",
            "<!doctype html><title>404</title>",
            &file[..file.len() / 2],
        ] {
            assert_eq!(
                parse_english(broken),
                Err(EnglishFileError::NotJson),
                "{broken:.40}"
            );
        }
        assert_eq!(
            parse_english(&format!("[\"{version}\"]")),
            Err(EnglishFileError::WrongCount(0))
        );
    }

    #[test]
    fn the_english_version_is_fnv1a_over_the_texts_with_separators() {
        // Reference values computed independently (Python) for FNV-1a 32 over "text\0"...
        assert_eq!(fnv1a(&[]), 0x811c_9dc5);
        assert_eq!(fnv1a(&["a"]), 0x2b24_d044);
        // The separator keeps a text moved across a boundary from giving the same version.
        assert_eq!(fnv1a(&["ab", ""]), 0x5085_a3da);
        assert_eq!(fnv1a(&["a", "b"]), 0x8197_7b96);
        assert_eq!(ENGLISH_VERSION, fnv1a(english_column()));
        let v = english_version();
        assert_eq!(v, format!("{ENGLISH_VERSION:08x}"));
        assert!(
            v.len() == 8
                && v.bytes()
                    .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("da-DK"), Some(Lang::Da));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(
            fill("Trin {n} af {total}", &[("n", "2"), ("total", "7")]),
            "Trin 2 af 7"
        );
    }
}
