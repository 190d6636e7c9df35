//! The draft kept in the tab (sessionStorage) so a reload or an accidental navigation loses
//! nothing. It never holds a CPR number, expires after two hours, and is plain JSON.

use crate::core::cpr::mask_cpr_like;
use crate::core::json::{self, quote, Json};
use crate::core::state::{State, Step};
use crate::core::text::Msg;
use crate::core::{Field, Lang};

/// How long a draft is kept: two hours.
pub const MAX_AGE_MS: f64 = 2.0 * 60.0 * 60.0 * 1000.0;
const VERSION: i64 = 1;

/// Fields never written to storage.
pub fn is_secret(field: Field) -> bool {
    matches!(field, Field::Cpr | Field::OtherCpr)
}

impl State {
    /// True when there is nothing worth keeping (the start page with untouched answers).
    pub fn is_pristine(&self) -> bool {
        self.step == Step::Start
            && self.answers == State::new(self.config.clone(), self.today, self.seed).answers
    }

    /// The draft as JSON, without CPR numbers:
    /// `{"v":1,"savedAt":…,"step":"…","lang":"da","seed":"…","followup":false,"answers":{…}}`.
    /// The seed is a string: JSON numbers lose u64 precision.
    pub fn to_draft(&self, now_ms: f64) -> String {
        let answers: Vec<String> = self
            .answers
            .iter()
            .filter(|(f, _)| !is_secret(*f))
            .map(|(f, v)| {
                // A CPR number typed into free text is not kept either.
                let (v, _) = mask_cpr_like(v, Msg::LetterCprMasked.get(self.lang));
                format!("{}:{}", quote(f.slug()), quote(&v))
            })
            .collect();
        format!(
            "{{\"v\":{VERSION},\"savedAt\":{},\"step\":{},\"lang\":{},\"seed\":{},\"followup\":{},\"cprGiven\":{},\"answers\":{{{}}}}}",
            now_ms.max(0.0) as i64,
            quote(self.step.slug()),
            quote(self.lang.code()),
            quote(&self.seed.to_string()),
            self.followup,
            self.cpr_given(),
            answers.join(",")
        )
    }

    /// This state with a saved draft's answers, language and step, if the draft is readable
    /// and younger than two hours. The step is re-checked: a draft cannot skip a question.
    pub fn restore(self, text: &str, now_ms: f64) -> Option<State> {
        let d = json::parse(text)?;
        let num = |k: &str| match d.get(k) {
            Some(Json::Int(n)) => Some(*n),
            _ => None,
        };
        let saved_at = num("savedAt")? as f64;
        if num("v")? != VERSION || !(0.0..=MAX_AGE_MS).contains(&(now_ms - saved_at)) {
            return None;
        }
        let mut s = self;
        s.lang = d
            .get("lang")
            .and_then(Json::as_str)
            .and_then(Lang::from_code)?;
        s.seed = d.get("seed").and_then(Json::as_str)?.parse().ok()?;
        s.followup = matches!(d.get("followup"), Some(Json::Bool(true)));
        let Some(Json::Obj(answers)) = d.get("answers") else {
            return None;
        };
        let answers: Vec<(Field, String)> = answers
            .iter()
            .filter_map(|(k, v)| Some((Field::from_slug(k)?, v.as_str()?.to_string())))
            .filter(|(f, _)| !is_secret(*f))
            .collect();
        for (field, value) in answers {
            s = s.with_answer(field, value);
        }
        let mut step = d
            .get("step")
            .and_then(Json::as_str)
            .and_then(Step::from_slug)
            .unwrap_or(Step::Start);
        // The CPR number was not kept: bring the citizen back to where it is typed, rather
        // than silently making a letter without it.
        let cpr_given = matches!(d.get("cprGiven"), Some(Json::Bool(true)));
        if cpr_given && s.position(step) > s.position(Step::Person) {
            step = Step::Person;
        }
        Some(s.jump(step))
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
        let s = state().reduce(crate::core::state::Action::StartFollowUp);
        let s = s
            .with_answer(Field::FollowKind, "complaint")
            .with_answer(Field::Who, "myself")
            .jump(Step::Original);
        let r = state().restore(&s.to_draft(0.0), 0.0).unwrap();
        assert_eq!(
            (r.step, r.flow()),
            (Step::Original, crate::core::state::Flow::Complaint)
        );
    }

    #[test]
    fn cpr_numbers_in_free_text_are_not_stored_and_a_given_cpr_brings_the_citizen_back() {
        let s = state()
            .with_answer(Field::Who, "myself")
            .with_answer(Field::Right, "rectification")
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
    fn a_restored_draft_cannot_skip_questions() {
        let json = state()
            .with_answer(Field::Right, "access")
            .jump(Step::Start)
            .to_draft(0.0);
        let json = json.replace("\"start\"", "\"send\"");
        assert_eq!(state().restore(&json, 0.0).unwrap().step, Step::Who);
    }

    #[test]
    fn pristine_until_something_happens() {
        assert!(state().is_pristine());
        assert!(!state().with_answer(Field::Name, "x").is_pristine());
    }
}
