//! The draft kept in the tab (sessionStorage) so a reload or an accidental navigation loses
//! nothing. It never holds a CPR number, expires after two hours, and is plain JSON written
//! and read by serde ([`Draft`]).

use crate::core::cpr::mask_cpr_like;
use crate::core::notice::Notice;
use crate::core::state::State;
use crate::core::steps::Step;
use crate::core::text::Msg;
use crate::core::{Field, Lang};
use serde::{Deserialize, Serialize};

/// The language of a saved draft (JSON text) that [`State::restore`] would take at `now_ms`
/// (milliseconds since 1970): `None` if the text is not a draft of this version younger than
/// two hours. Read before the widget renders, to fetch the texts of the language it will
/// speak (`crate::embed`).
pub fn draft_lang(text: &str, now_ms: f64) -> Option<Lang> {
    let d: Draft = serde_json::from_str(text).ok()?;
    d.is_current(now_ms).then_some(d.lang)
}

/// How long a draft is kept: two hours.
pub const MAX_AGE_MS: f64 = 2.0 * 60.0 * 60.0 * 1000.0;
const VERSION: u32 = 1;

impl State {
    /// True when there is nothing worth keeping (the start page with untouched answers).
    pub fn is_pristine(&self) -> bool {
        self.step == Step::Start
            && self.answers == State::new(self.config.clone(), self.today, self.seed).answers
    }

    /// The draft, without CPR numbers; `now_ms` is the time in milliseconds since 1970.
    pub fn draft(&self, now_ms: f64) -> Draft {
        Draft {
            v: VERSION,
            saved_at: now_ms.max(0.0) as u64,
            step: self.step.slug().into(),
            lang: self.lang,
            seed: self.seed.to_string(),
            followup: self.followup,
            cpr_given: self.cpr_given(),
            answers: self
                .answers
                .iter()
                .filter(|(f, _)| !f.holds_cpr())
                .map(|(f, v)| {
                    // A CPR number typed into free text is not kept either.
                    let (v, _) = mask_cpr_like(v, Msg::LetterCprMasked.get(self.lang));
                    (f.slug().to_string(), v)
                })
                .collect(),
        }
    }

    /// The draft as JSON (see [`Draft`]).
    pub fn to_draft(&self, now_ms: f64) -> String {
        // Cannot fail: every map key is a string. An empty text is simply not restorable.
        serde_json::to_string(&self.draft(now_ms)).unwrap_or_default()
    }

    /// This state with a saved draft (JSON text) restored, as [`State::restore_draft`] does;
    /// `None` if the text is not a draft.
    pub fn restore(self, text: &str, now_ms: f64) -> Option<State> {
        self.restore_draft(serde_json::from_str(text).ok()?, now_ms)
    }

    /// This state with a saved draft's answers, language and step, if the draft has this
    /// version and is younger than two hours. Unknown questions and CPR fields are skipped.
    /// The step is re-checked: a draft cannot skip a question.
    pub fn restore_draft(self, d: Draft, now_ms: f64) -> Option<State> {
        if !d.is_current(now_ms) {
            return None;
        }
        let mut s = self;
        s.lang = d.lang;
        s.seed = d.seed.parse().ok()?;
        s.followup = d.followup;
        let answers = d
            .answers
            .into_iter()
            .filter_map(|(k, v)| Some((Field::from_slug(&k)?, v)))
            .filter(|(f, _)| !f.holds_cpr());
        for (field, value) in answers {
            s = s.with_answer(field, value);
        }
        let mut step = Step::from_slug(&d.step).unwrap_or(Step::Start);
        // The CPR number was not kept: bring the citizen back to where it is typed, rather
        // than silently making a letter without it.
        if d.cpr_given && s.flow().position(step) > s.flow().position(Step::Person) {
            step = Step::Person;
        }
        let mut s = s.jump(step);
        // Say so at the top of the page rather than let an empty CPR field speak for itself.
        if d.cpr_given {
            s.notice = Some(Notice::CprNotKept);
        }
        Some(s)
    }
}

/// The draft as stored: `{"v":1,"savedAt":…,"step":"…","lang":"da","seed":"…",
/// "followup":false,"cprGiven":false,"answers":{"<field slug>":"<answer>",…}}`.
/// Unknown members are ignored; `step`, `followup` and `cprGiven` may be missing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// The format's version; another version is not restored.
    pub v: u32,
    /// When it was saved, in milliseconds since 1970.
    pub saved_at: u64,
    /// The step's slug; an unknown one restores to the start.
    #[serde(default)]
    pub step: String,
    pub lang: Lang,
    /// The reference seed as a string: JSON numbers lose u64 precision in JavaScript.
    pub seed: String,
    #[serde(default)]
    pub followup: bool,
    /// A CPR number had been given (it is not stored): the restored draft returns to "Om dig".
    #[serde(default)]
    pub cpr_given: bool,
    /// Answers by field slug, in field order; never a CPR field.
    #[serde(with = "crate::core::object")]
    pub answers: Vec<(String, String)>,
}

impl Draft {
    /// This version's format, saved no more than two hours before `now_ms` (not in the future).
    fn is_current(&self, now_ms: f64) -> bool {
        self.v == VERSION && (0.0..=MAX_AGE_MS).contains(&(now_ms - self.saved_at as f64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> State {
        State::for_tests(5)
    }

    #[test]
    fn round_trip_keeps_everything_but_the_cpr_numbers() {
        let s = state()
            .with_answer(Field::Who, "behalf")
            .with_answer(Field::Right, "erasure")
            .with_answer(Field::Name, "Jens Hansen")
            .with_answer(Field::Cpr, "010180-1234")
            .with_answer(Field::OtherCpr, "010110-4000")
            .jump(Step::Details);
        let json = s.to_draft(1000.0);
        assert!(
            !json.contains("010180") && !json.contains("010110"),
            "{json}"
        );
        let r = state().restore(&json, 1000.0 + 60_000.0).unwrap();
        assert_eq!(r.step, Step::Details);
        assert_eq!(r.get(Field::Name), "Jens Hansen");
        assert_eq!(r.get(Field::Cpr), "");
        assert_eq!(r.reference(), s.reference());
    }

    #[test]
    fn an_emptied_answer_stays_empty_after_a_reload() {
        // Both boxes of "what do you ask for" unticked: the reload must not tick them again.
        let s = state()
            .with_answer(Field::Right, "automated")
            .with_answer(Field::AutoRequests, "")
            .jump(Step::Details);
        assert_eq!(
            state().get(Field::AutoRequests),
            "logic,human",
            "the default"
        );
        let r = state().restore(&s.to_draft(0.0), 0.0).unwrap();
        assert_eq!(r.get(Field::AutoRequests), "");
        assert!(!s.is_pristine() && !s.clone().jump(Step::Start).is_pristine());
    }

    #[test]
    fn a_follow_up_draft_stays_a_follow_up() {
        let s = state().reduce(crate::core::reducer::Action::StartFollowUp);
        let s = s
            .with_answer(Field::FollowKind, "complaint")
            .with_answer(Field::Who, "myself")
            .jump(Step::Original);
        let r = state().restore(&s.to_draft(0.0), 0.0).unwrap();
        assert_eq!(
            (r.step, r.flow()),
            (Step::Original, crate::core::steps::Flow::Complaint)
        );
    }

    #[test]
    fn cpr_numbers_in_free_text_are_not_stored_and_a_given_cpr_brings_the_citizen_back() {
        let s = state()
            .with_answer(Field::Who, "myself")
            .with_answer(Field::Right, "rectification")
            .with_answer(Field::RectifyKind, "wrong")
            .with_answer(Field::WrongData, "Mit nr. 010180-1234 står forkert")
            .with_answer(Field::CorrectData, "x")
            .with_answer(Field::Name, "Jens")
            .with_answer(Field::Cpr, "010180-1234")
            .jump(Step::Check);
        assert_eq!(s.step, Step::Check);
        let json = s.to_draft(0.0);
        assert!(!json.contains("1234"), "{json}");
        let r = state().restore(&json, 0.0).unwrap();
        assert_eq!(r.step, Step::Person, "the CPR number must be typed again");
        assert_eq!(
            r.get(Field::WrongData),
            "Mit nr. [CPR-nummer fjernet] står forkert"
        );
    }

    #[test]
    fn old_or_broken_drafts_are_ignored() {
        let json = state().with_answer(Field::Name, "X").to_draft(0.0);
        assert!(state().restore(&json, MAX_AGE_MS + 1.0).is_none());
        assert!(state().restore(&json, MAX_AGE_MS - 1.0).is_some());
        assert!(state().restore("{", 0.0).is_none());
        assert!(state().restore("{\"v\":2}", 0.0).is_none());
    }

    #[test]
    fn the_language_of_a_draft_is_read_as_restore_would_take_it() {
        let danish = state().with_answer(Field::Name, "X").to_draft(1000.0);
        let english = state()
            .with_answer(Field::Name, "X")
            .reduce(crate::core::reducer::Action::SetLang(Lang::En))
            .to_draft(1000.0);
        assert_eq!(draft_lang(&danish, 2000.0), Some(Lang::Da));
        assert_eq!(draft_lang(&english, 2000.0), Some(Lang::En));
        for now in [1000.0 + MAX_AGE_MS, 1000.0] {
            assert_eq!(
                state().restore(&english, now).map(|s| s.lang),
                draft_lang(&english, now)
            );
        }
        // Too old, saved in the future, another version, not a draft: no language.
        for (text, now) in [
            (english.as_str(), 1001.0 + MAX_AGE_MS),
            (english.as_str(), 999.0),
            (
                r#"{"v":2,"saved_at":0,"lang":"en","seed":"1","answers":{}}"#,
                0.0,
            ),
            ("{", 0.0),
            ("", 0.0),
            ("null", 0.0),
        ] {
            assert_eq!(draft_lang(text, now), None, "{text:.30} at {now}");
            assert!(state().restore(text, now).is_none());
        }
    }

    #[test]
    fn a_restored_draft_cannot_skip_questions() {
        let json = state()
            .with_answer(Field::Right, "access")
            .jump(Step::Start)
            .to_draft(0.0);
        let json = json.replace("\"start\"", "\"send\"");
        assert_eq!(state().restore(&json, 0.0).unwrap().step, Step::Who);
    }

    #[test]
    fn the_stored_format_is_a_plain_json_object() {
        let s = state()
            .with_answer(Field::Who, "myself")
            .with_answer(Field::Name, "Jens \"J\" Hansen\n😀")
            .with_answer(Field::Cpr, "010180-1234")
            .jump(Step::Who);
        assert_eq!(
            s.to_draft(1234.9),
            r#"{"v":1,"savedAt":1234,"step":"who","lang":"da","seed":"5","followup":false,"cprGiven":true,"answers":{"who":"myself","auto-requests":"logic,human","name":"Jens \"J\" Hansen\n😀","route":"digital-post","complaint-route":"digital-post"}}"#
        );
    }

    #[test]
    fn a_changed_draft_is_read_only_as_far_as_it_is_safe() {
        let base = r#""v":1,"savedAt":0,"lang":"en","seed":"5""#;
        let read = |rest: &str| state().restore(&format!("{{{base}{rest}}}"), 0.0);
        // Unknown questions, unknown members and CPR fields are skipped; the rest is kept.
        let r = read(
            r#","answers":{"name":"Ida","bogus":"x","cpr":"010180-1234","other-cpr":"1"},"x":[1]"#,
        )
        .unwrap();
        assert_eq!(
            (
                r.get(Field::Name),
                r.get(Field::Cpr),
                r.get(Field::OtherCpr),
                r.lang
            ),
            ("Ida", "", "", Lang::En)
        );
        assert_eq!(
            read(r#","answers":{}"#).unwrap().step,
            Step::Start,
            "no step: the start"
        );
        assert_eq!(
            read(r#","step":"nowhere","answers":{}"#).unwrap().step,
            Step::Start
        );
        // A value that is not what we write makes the draft unreadable, never a panic.
        for bad in [
            r#","answers":{"name":5}"#,
            r#","answers":[]"#,
            r#","answers":{"name":null}"#,
            r#","answers":{"name":"\ud800"}"#,
            r#","followup":"yes","answers":{}"#,
            r#""#,
        ] {
            assert!(read(bad).is_none(), "{bad}");
        }
        for bad in [
            r#"{"v":1,"savedAt":-5,"lang":"da","seed":"5","answers":{}}"#,
            r#"{"v":1,"savedAt":0,"lang":"fr","seed":"5","answers":{}}"#,
            r#"{"v":1,"savedAt":0,"lang":"da","seed":5,"answers":{}}"#,
            r#"{"v":1,"savedAt":0,"lang":"da","seed":"-5","answers":{}}"#,
            r#"{"v":"1","savedAt":0,"lang":"da","seed":"5","answers":{}}"#,
            "[]",
            "",
        ] {
            assert!(state().restore(bad, 0.0).is_none(), "{bad}");
        }
    }

    #[test]
    fn pristine_until_something_happens() {
        assert!(state().is_pristine());
        assert!(!state().with_answer(Field::Name, "x").is_pristine());
    }
}
