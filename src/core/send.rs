//! The send page as plain data: the finished letter, how to send it by the route the citizen
//! chose, and what happens next in their flow, with every text filled in.
//!
//! The page (`ui/pages/send.rs`) renders this and decides nothing, so which route block shows,
//! which numbered steps it lists, which notes and paragraphs appear and with which dates are
//! rules the native tests read directly.

use crate::core::choices::route;
use crate::core::ics;
use crate::core::letter::{compose, cpr_left_out_note, file_name, mailto_href, Letter};
use crate::core::state::State;
use crate::core::steps::Flow;
use crate::core::text::{fill, Msg};

/// Everything the send page shows that depends on the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SendView {
    pub letter: Letter,
    /// Subject and body as one text, for copying, downloading and printing.
    pub full_text: String,
    /// The letter's file name for "Hent som fil".
    pub file_name: String,
    /// For a complaint: that it goes to Datatilsynet, not to the municipality.
    pub complaint_to: Option<String>,
    pub reference: String,
    /// How to send it.
    pub route: RouteView,
    /// "Hvad sker der nu?": the paragraphs and the calendar button, in page order.
    pub next: Vec<Next>,
    /// "Sådan klager du" to Datatilsynet: for the letters to the municipality, not for a
    /// complaint (which is one).
    pub how_to_complain: bool,
}

/// How to send the letter, by the route chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteView {
    /// By e-mail, from the citizen's own e-mail program.
    Email(EmailRoute),
    /// Datatilsynet's own complaint form on its website (complaints only).
    Web(LinkRoute),
    /// Digital Post on borger.dk, to the municipality or to Datatilsynet.
    DigitalPost(LinkRoute),
}

/// The e-mail route: the notes on what the e-mail leaves out, and the `mailto:` link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailRoute {
    pub title: String,
    /// The CPR numbers given are not in the e-mail ([`cpr_left_out_note`]).
    pub cpr_left_out: Option<String>,
    /// A CPR number in the citizen's own text was replaced.
    pub cpr_masked: Option<String>,
    /// The letter was too long for the link: the e-mail asks for the copied text instead.
    pub too_long: Option<String>,
    pub href: String,
    pub open: String,
    /// Where to send it if no e-mail program opens.
    pub fallback: String,
}

/// A route that opens a website in a new tab: the numbered steps to follow there, and the
/// link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkRoute {
    pub title: String,
    pub steps: Vec<String>,
    pub href: String,
    pub open: String,
}

/// One part of "Hvad sker der nu?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// The first paragraph: when the answer is due, or what happens instead. `dated` when it
    /// states a deadline's date (the page marks it as a deadline).
    Deadline {
        text: String,
        dated: bool,
    },
    Paragraph(String),
    /// The calendar file for the day after the period.
    Calendar(Calendar),
}

/// The calendar reminder offered for a request's or a reminder's deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// What the file does, with the day of the event.
    pub note: String,
    pub button: String,
    /// Said in the page's status region once the file was offered.
    pub downloaded: String,
}

/// The send page for the state's letter.
pub fn send_view(s: &State) -> SendView {
    let letter = compose(s);
    let full_text = letter.full_text(Msg::SubjectLabel.get(s.lang));
    let flow = s.flow();
    SendView {
        full_text,
        file_name: file_name(s),
        complaint_to: (flow == Flow::Complaint).then(|| s.text(Msg::SendComplaintTo)),
        reference: s.reference(),
        route: route_view(s, &letter),
        next: next_steps(s),
        how_to_complain: flow != Flow::Complaint,
        letter,
    }
}

/// The send page's note on identity (art. 12(6)) for a letter to the municipality: by e-mail,
/// that confirming who is writing may delay the answer; by Digital Post (MitID), only that the
/// municipality may ask if in doubt. A complaint goes to Datatilsynet and has none.
pub fn identity_note(s: &State) -> Option<Msg> {
    match (s.flow(), s.by_email()) {
        (Flow::Complaint, _) => None,
        (_, true) => Some(Msg::NextIdentityEmail),
        (Flow::Request, false) => Some(Msg::NextIdentity),
        (Flow::Reminder, false) => None,
    }
}

fn route_view(s: &State, letter: &Letter) -> RouteView {
    let t = |m: Msg| s.text(m);
    if s.by_email() {
        let (href, shortened) = mailto_href(s, letter);
        return RouteView::Email(EmailRoute {
            title: t(Msg::MailStepsTitle),
            cpr_left_out: letter.cpr_left_out.then(|| t(cpr_left_out_note(s))),
            cpr_masked: letter.cpr_masked.then(|| t(Msg::MailCprMasked)),
            too_long: shortened.then(|| t(Msg::MailTooLong)),
            href,
            open: t(Msg::MailOpen),
            // The recipient is filled in, not the config's address: a complaint goes to
            // Datatilsynet.
            fallback: fill(
                Msg::MailFallback.get(s.lang),
                &[("email", &s.recipient_email())],
            ),
        });
    }
    let complaint = s.flow() == Flow::Complaint;
    if complaint && s.is(s.route_field(), route::WEB) {
        return RouteView::Web(LinkRoute {
            title: t(Msg::ComplaintWebTitle),
            steps: vec![t(Msg::DpStep1), t(Msg::ComplaintWebStep)],
            href: s.config.complaint_url.clone(),
            open: t(Msg::ComplaintWebOpen),
        });
    }
    // The third step names the recipient to pick in Digital Post.
    let recipient = if complaint {
        Msg::ComplaintDpStep3
    } else {
        Msg::DpStep3
    };
    RouteView::DigitalPost(LinkRoute {
        title: t(Msg::DpStepsTitle),
        steps: [
            Msg::DpStep1,
            Msg::DpStep2,
            recipient,
            Msg::DpStep4,
            Msg::DpStep5,
        ]
        .map(t)
        .to_vec(),
        href: s.config.digital_post_url.clone(),
        open: t(Msg::DpOpen),
    })
}

/// "Hvad sker der nu?" for the flow: a request's deadline (none for withdrawing consent, which
/// takes effect on receipt), a reminder's new date, or what Datatilsynet does with a
/// complaint; the identity note and the calendar file where they apply.
fn next_steps(s: &State) -> Vec<Next> {
    let t = |m: Msg| s.text(m);
    let dated = |m: Msg, date: crate::core::Date| Next::Deadline {
        text: fill(&t(m), &[("date", &date.long_with_weekday(s.lang))]),
        dated: true,
    };
    let identity = identity_note(s).map(|m| Next::Paragraph(t(m)));
    let calendar = |note: Msg| {
        // The day of the event: the first day the widget accepts the next step.
        let day = ics::event_day(s)
            .map(|d| d.long_with_weekday(s.lang))
            .unwrap_or_default();
        Next::Calendar(Calendar {
            note: fill(&t(note), &[("date", &day)]),
            button: t(Msg::IcsDownload),
            downloaded: fill(&t(Msg::IcsDownloaded), &[("date", &day)]),
        })
    };
    let mut next = Vec::new();
    match s.flow() {
        Flow::Request if !s.has_answer_deadline() => {
            next.push(Next::Deadline {
                text: t(Msg::NextConsent),
                dated: false,
            });
            next.push(Next::Paragraph(t(Msg::NextConsentErasure)));
            next.extend(identity);
        }
        Flow::Request => {
            next.push(dated(Msg::NextDeadline, s.deadline()));
            next.push(Next::Paragraph(t(Msg::NextExtension)));
            next.extend(identity);
            next.push(calendar(Msg::IcsExplain));
        }
        Flow::Reminder => {
            next.push(dated(Msg::NextReminder, s.reminder_deadline()));
            next.push(calendar(Msg::IcsReminderExplain));
            next.extend(identity);
        }
        Flow::Complaint => {
            next.push(Next::Deadline {
                text: t(Msg::NextComplaint),
                dated: false,
            });
            next.push(Next::Paragraph(t(Msg::ComplainAddress)));
        }
    }
    next
}
