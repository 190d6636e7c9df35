//! What each page shows, as plain strings and flags (the send page is `send.rs`). The Yew
//! components render these and decide nothing themselves, so the wording and the rules are
//! tested here, natively.

use crate::core::choices::right;
use crate::core::display::display_value;
use crate::core::fields::{Control, Field};
use crate::core::rights::Right;
use crate::core::state::State;
use crate::core::steps::Step;
use crate::core::text::{fill, Msg};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceView {
    pub value: &'static str,
    pub label: String,
    pub hint: Option<String>,
    pub checked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldView {
    pub field: Field,
    /// The id without the instance prefix.
    pub slug: &'static str,
    pub label: String,
    pub hint: Option<String>,
    pub optional: bool,
    pub control: Control,
    pub choices: Vec<ChoiceView>,
    pub value: String,
    pub error: Option<String>,
}

/// The DOM ids of one field: the control, its hint and error, and the `aria-describedby` list.
pub struct FieldIds {
    pub id: String,
    pub hint: String,
    pub error: String,
    pub described_by: Option<String>,
}

impl FieldView {
    /// Ids for this field under an instance prefix ("srw1-"). `aria-describedby` names the
    /// hint and the error when they are shown (GOV.UK's `<field>-hint` / `<field>-error`).
    pub fn ids(&self, prefix: &str) -> FieldIds {
        let id = format!("{prefix}{}", self.slug);
        let hint = format!("{id}-hint");
        let error = format!("{id}-error");
        let parts: Vec<&str> = [
            self.hint.as_ref().map(|_| hint.as_str()),
            self.error.as_ref().map(|_| error.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let described_by = (!parts.is_empty()).then(|| parts.join(" "));
        FieldIds {
            id,
            hint,
            error,
            described_by,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorLink {
    pub field: Field,
    pub slug: &'static str,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AboutView {
    pub get: String,
    /// When the municipality may refuse or limit the right, each ending in its citation; the
    /// last is the art. 12(5) rule on unfounded or excessive requests where it applies.
    pub limits: Vec<String>,
    /// What the citizen is told about a refusal (art. 12(4)).
    pub refusal: String,
    pub note: Option<String>,
    pub employee: Option<String>,
    /// The heading and text on when the municipality must answer (art. 12(3)), or, for
    /// withdrawing consent, when the withdrawal takes effect (art. 7(3)).
    pub deadline_title: String,
    pub deadline: String,
    /// That it is free (art. 12(5)); for access, that further copies may cost a reasonable
    /// fee (art. 15(3)).
    pub free: String,
    pub offer_access: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub field: Field,
    pub label: String,
    pub value: String,
}

impl State {
    /// "Trin 2 af 7", or `None` on the start and send pages; "Trin 1" without a total on the
    /// page whose answer decides the flow ([`Step::shows_total`]).
    pub fn step_label(&self) -> Option<String> {
        self.flow().number(self.step).map(|(n, total)| {
            let msg = if self.step.shows_total() {
                Msg::StepOf
            } else {
                Msg::StepN
            };
            fill(
                msg.get(self.lang),
                &[("n", &n.to_string()), ("total", &total.to_string())],
            )
        })
    }

    /// The page's main heading.
    pub fn heading(&self) -> String {
        let m = match self.step {
            Step::Start => Msg::StartTitle,
            Step::Who => Msg::WhoTitle,
            Step::Right => Msg::RightTitle,
            Step::Guide => Msg::GuideTitle,
            Step::About => {
                return self
                    .right()
                    .map_or_else(String::new, |r| self.text(r.info().name))
            }
            Step::Details => Msg::DetailsTitle,
            // The page also asks about the person the letter is for.
            Step::Person if self.on_behalf() => Msg::PersonTitleBehalf,
            Step::Person => Msg::PersonTitle,
            // The route question's own label: to the municipality, or to Datatilsynet.
            Step::Route => self.route_field().spec().label,
            Step::FollowKind => Msg::FollowKindTitle,
            Step::Original => Msg::OriginalTitle,
            Step::Outcome => Msg::OutcomeTitle,
            Step::Check => Msg::CheckTitle,
            Step::Send => Msg::SendTitle,
        };
        self.text(m)
    }

    /// True when the page is a single question whose legend is the page heading
    /// (GOV.UK's "question page" pattern).
    pub fn single_question(&self) -> bool {
        matches!(
            self.step,
            Step::Who | Step::Right | Step::Route | Step::FollowKind
        )
    }

    fn choices_of(&self, field: Field) -> Vec<ChoiceView> {
        let value = self.get(field);
        let checked = |v: &str| value.split(',').any(|x| x == v);
        if field == Field::Right || field == Field::OrigRight {
            let mut v: Vec<ChoiceView> = self
                .rights_for(field)
                .into_iter()
                .map(|r| {
                    let info = r.info();
                    ChoiceView {
                        value: r.slug(),
                        label: self.text(info.name),
                        hint: Some(self.text(info.summary)),
                        checked: checked(r.slug()),
                    }
                })
                .collect();
            if field == Field::OrigRight {
                return v;
            }
            v.push(ChoiceView {
                value: right::UNSURE,
                label: self.text(Msg::RightUnsure),
                hint: None,
                checked: checked(right::UNSURE),
            });
            return v;
        }
        field
            .choices()
            .iter()
            .map(|c| ChoiceView {
                value: c.value,
                label: self.text(c.label),
                hint: c.hint.map(|h| self.text(h)),
                checked: checked(c.value),
            })
            .collect()
    }

    pub fn field_view(&self, field: Field) -> FieldView {
        let spec = field.spec();
        FieldView {
            field,
            slug: field.slug(),
            label: self.text(self.label(field)),
            hint: self.hint(field).map(|h| self.text(h)),
            optional: self.required(field).is_none(),
            control: spec.control,
            choices: self.choices_of(field),
            value: self.get(field).to_string(),
            error: self
                .problems
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, p)| p.text(self.lang)),
        }
    }

    /// The fields of the current page.
    pub fn page_fields(&self) -> Vec<FieldView> {
        self.fields_on(self.step)
            .into_iter()
            .map(|f| self.field_view(f))
            .collect()
    }

    /// The error summary's entries, in page order.
    pub fn error_links(&self) -> Vec<ErrorLink> {
        self.problems
            .iter()
            .map(|(f, p)| ErrorLink {
                field: *f,
                slug: f.slug(),
                text: p.text(self.lang),
            })
            .collect()
    }

    /// "Ud fra dine svar foreslår vi: …", while the suggested right is still chosen.
    pub fn suggestion(&self) -> Option<String> {
        let r = self.suggested.filter(|r| self.right() == Some(*r))?;
        Some(fill(
            &self.text(Msg::RightSuggested),
            &[("right", &self.text(r.info().name))],
        ))
    }

    pub fn about(&self) -> Option<AboutView> {
        let right = self.right()?;
        let info = right.info();
        // A withdrawal of consent is not a request under arts. 15–22: it cannot be refused as
        // unfounded (art. 12(5)) and has no one-month answer period (art. 12(3)); only the
        // erasure asked for with it has.
        let request = right.has_deadline();
        let mut limits: Vec<String> = info.limits.iter().map(|m| self.text(*m)).collect();
        if request {
            limits.push(self.text(Msg::AboutUnfounded));
        }
        let (deadline_title, deadline, refusal) = if request {
            (
                Msg::AboutDeadlineTitle,
                Msg::AboutDeadline,
                Msg::AboutRefusal,
            )
        } else {
            (
                Msg::AboutDeadlineConsentTitle,
                Msg::AboutDeadlineConsent,
                Msg::AboutRefusalConsent,
            )
        };
        Some(AboutView {
            get: self.text(info.get),
            limits,
            refusal: self.text(refusal),
            note: info.note.map(|m| self.text(m)),
            // Employees withdraw consent via their manager (`docs/sources.md#seed-000`), and a
            // letter to the municipality, the controller, is as valid (art. 7(3),
            // `docs/sources.md#gdpr-7`): both are said.
            employee: self.employee().then(|| {
                let mut text = self.text(Msg::AboutEmployee);
                if right == Right::Consent {
                    text.push(' ');
                    text.push_str(&self.text(Msg::AboutEmployeeConsent));
                }
                text
            }),
            deadline_title: self.text(deadline_title),
            deadline: self.text(deadline),
            free: self.text(if right == Right::Access {
                Msg::AboutFreeAccess
            } else {
                Msg::AboutFree
            }),
            offer_access: right == Right::Portability
                && self.config.offered_rights().contains(&Right::Access),
        })
    }

    /// The rows of "Tjek dine svar": every answered question (and required ones), with the
    /// value as the citizen will see it in the letter.
    pub fn check_rows(&self) -> Vec<Row> {
        let mut rows = Vec::new();
        for step in self.flow().question_steps() {
            for field in self.fields_on(step) {
                let label = match field {
                    Field::Who => self.text(Msg::CheckWho),
                    Field::Right => self.text(Msg::CheckRight),
                    Field::Route | Field::ComplaintRoute => self.text(Msg::CheckRoute),
                    Field::FollowKind => self.text(Msg::CheckFollowKind),
                    f => self.text(self.label(f)),
                };
                let mut value = display_value(self, field);
                if value.is_empty() {
                    value = self.text(Msg::NotGiven);
                } else if field.holds_cpr() && self.by_email() && self.cpr_given() {
                    value = format!("{value} ({})", self.text(Msg::CprLeftOutByEmail));
                }
                rows.push(Row {
                    field,
                    label,
                    value,
                });
            }
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> State {
        State::for_tests(1)
    }

    #[test]
    fn right_choices_list_all_nine_and_unsure() {
        let v = state().field_view(Field::Right);
        assert_eq!(v.choices.len(), 10);
        assert_eq!(v.choices[9].value, "unsure");
        assert!(v.choices.iter().all(|c| !c.label.is_empty()));
    }
}
