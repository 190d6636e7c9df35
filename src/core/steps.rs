//! The wizard's pages and the order a citizen goes through them.
//!
//! A [`Flow`] is what the citizen is writing (a new request, a reminder, a complaint); each has
//! its list of [`Step`]s. Everything about the order of pages lives here as plain functions of
//! the flow — where "Fortsæt" and "Tilbage" lead, the "Trin 2 af 7" numbers, which pages ask
//! questions — so it can be read and tested without any answers.

/// One page of the wizard. Its [`Step::slug`] is the page's `data-step`, the `?step=` URL
/// value and the draft's step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Start,
    Who,
    Right,
    /// "Jeg er ikke sikker": questions that suggest a right (`core::unsure`). A detour from
    /// the rights page, numbered as part of it.
    Guide,
    About,
    Details,
    /// Follow-up: no answer in time, or a refusal to complain about.
    FollowKind,
    /// Follow-up: the request already sent (right, date, reference).
    Original,
    /// Complaint: what came back, and why the citizen disagrees.
    Outcome,
    Person,
    Route,
    Check,
    /// The receipt page with the letter and hand-off; not a numbered step.
    Send,
}

/// What the citizen is writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flow {
    /// A new request to the municipality.
    Request,
    /// A reminder to the municipality after the deadline passed without an answer.
    Reminder,
    /// A complaint to Datatilsynet about a refusal, a partial answer or an unexplained extension.
    Complaint,
}

const ALL_STEPS: [Step; 13] = [
    Step::Start,
    Step::Who,
    Step::Right,
    Step::Guide,
    Step::About,
    Step::Details,
    Step::FollowKind,
    Step::Original,
    Step::Outcome,
    Step::Person,
    Step::Route,
    Step::Check,
    Step::Send,
];

impl Step {
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Who => "who",
            Step::Right => "right",
            Step::Guide => "guide",
            Step::About => "about",
            Step::Details => "details",
            Step::FollowKind => "follow-kind",
            Step::Original => "original",
            Step::Outcome => "outcome",
            Step::Person => "person",
            Step::Route => "route",
            Step::Check => "check",
            Step::Send => "send",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        ALL_STEPS.into_iter().find(|step| step.slug() == s)
    }

    /// Whether "Trin n af m" shows the total on this page. Not on the follow-up's first page:
    /// its answer decides the flow, and a reminder has one page fewer than a complaint, so a
    /// total shown there would change under the citizen as they choose ("af 6", then "af 7").
    /// From the next page on the total is that of the kind chosen.
    pub fn shows_total(self) -> bool {
        self != Step::FollowKind
    }

    /// The page this one counts as: the "not sure" questions are part of the rights page.
    fn in_order(self) -> Step {
        if self == Step::Guide {
            Step::Right
        } else {
            self
        }
    }
}

impl Flow {
    /// The pages of this flow, in order. The "not sure" questions are a detour from the
    /// rights page and not in the list.
    pub fn steps(self) -> &'static [Step] {
        use Step::*;
        match self {
            Flow::Request => &[
                Start, Who, Right, About, Details, Person, Route, Check, Send,
            ],
            // A follow-up asks whom it is about too: a reminder or complaint may be written
            // for someone else, and the letter must then name them.
            Flow::Reminder => &[Start, FollowKind, Who, Original, Person, Route, Check, Send],
            Flow::Complaint => &[
                Start, FollowKind, Who, Original, Outcome, Person, Route, Check, Send,
            ],
        }
    }

    /// Where `step` is in this flow (the "not sure" questions count as the rights page); 0,
    /// the start, for a page the flow does not have.
    pub fn position(self, step: Step) -> usize {
        let step = step.in_order();
        self.steps().iter().position(|s| *s == step).unwrap_or(0)
    }

    /// The page after `step` in this flow.
    pub fn next(self, step: Step) -> Step {
        self.steps()
            .get(self.position(step) + 1)
            .copied()
            .unwrap_or(Step::Send)
    }

    /// The page before `step` in this flow ("Tilbage"); from the "not sure" questions, the
    /// rights page they came from.
    pub fn previous(self, step: Step) -> Step {
        if step == Step::Guide {
            return Step::Right;
        }
        self.steps()[self.position(step).saturating_sub(1)]
    }

    /// "Trin n af total" for `step`: its number and the count of numbered pages (all but
    /// start and send), or `None` for start and send.
    pub fn number(self, step: Step) -> Option<(usize, usize)> {
        let steps = self.steps();
        let numbered = &steps[1..steps.len() - 1];
        let step = step.in_order();
        numbered
            .iter()
            .position(|s| *s == step)
            .map(|i| (i + 1, numbered.len()))
    }

    /// The pages with questions, in order: all must be valid before the letter is made.
    pub fn question_steps(self) -> Vec<Step> {
        self.steps()
            .iter()
            .copied()
            .filter(|s| !matches!(s, Step::Start | Step::About | Step::Check | Step::Send))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for step in ALL_STEPS {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        assert_eq!(Step::from_slug("nowhere"), None);
    }

    #[test]
    fn the_not_sure_questions_count_as_the_rights_page() {
        let f = Flow::Request;
        assert_eq!(f.number(Step::Guide), f.number(Step::Right));
        assert_eq!(f.number(Step::Right), Some((2, 7)));
        assert_eq!(f.number(Step::Send), None);
        assert_eq!(f.next(Step::Guide), Step::About);
        assert_eq!(f.previous(Step::Guide), Step::Right);
        assert_eq!(Flow::Complaint.number(Step::Check), Some((7, 7)));
    }

    #[test]
    fn the_total_is_shown_only_once_the_flow_is_known() {
        // Both follow-ups start on the page that chooses between them: no total there, and
        // from the next page on each keeps its own total to the end.
        for flow in [Flow::Reminder, Flow::Complaint] {
            assert_eq!(flow.number(Step::FollowKind).map(|(n, _)| n), Some(1));
            assert!(!Step::FollowKind.shows_total());
            let totals: Vec<usize> = flow.steps()[2..]
                .iter()
                .filter_map(|s| flow.number(*s))
                .map(|(_, total)| total)
                .collect();
            assert!(totals.windows(2).all(|w| w[0] == w[1]), "{flow:?}");
        }
        assert!(Flow::Request.steps().iter().all(|s| s.shows_total()));
    }
}
