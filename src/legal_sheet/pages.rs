//! Where each text appears: the wizard's real pages, rendered at build time, and the real
//! letters, searched for the wording of every catalogue text.
//!
//! A page is rendered with Yew's server renderer from the same page components the widget
//! mounts (`PageStart`, `PageAbout`, `PageCheck`, `PageSend`, `question`), with the step's
//! notice and caption, for a given state; its text (tags removed, entities decoded, white
//! space collapsed) is searched. On the send page the letter itself is cut out: what the
//! letter says is the letters' part of the sheet, not the page's.
//!
//! A text is found where its wording is: the parts between its placeholders, in order, each
//! within [`MAX_FILL`] characters of the one before (a placeholder holds a name, a date, a
//! right). A text whose every occurrence lies inside the fixed wording of another, longer
//! text is not counted there: "art. 15" inside "… hvilke rettigheder du har (art. 15)." is
//! the longer text, while "art. 15" filled into a letter's subject is the article's own.

use crate::core::letter::compose;
use crate::core::state::State;
use crate::core::steps::{Flow, Step};
use crate::core::text::Msg;
use crate::ui::components::draft_footer::draft_footer;
use crate::ui::components::notice::notice_banner;
use crate::ui::pages::about::PageAbout;
use crate::ui::pages::check::PageCheck;
use crate::ui::pages::question::{question, QuestionProps};
use crate::ui::pages::send::PageSend;
use crate::ui::pages::start::PageStart;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// The most characters a placeholder may fill between two parts of a text's wording.
pub const MAX_FILL: usize = 300;

#[derive(Properties, PartialEq)]
struct PageProps {
    state: Rc<State>,
}

/// One page of the widget as it shows `state`: the step's notice, caption, page and footer,
/// with callbacks that do nothing (the page is only read).
#[component]
fn Page(props: &PageProps) -> Html {
    let s = props.state.clone();
    let prefix: AttrValue = crate::prerender::ID_PREFIX.into();
    let level = s.config.heading_level.clamp(1, 6);
    let page = match s.step {
        Step::Start => html! {
            <PageStart state={s.clone()} id_prefix={prefix.clone()} {level}
                onstart={Callback::noop()} onfollowup={Callback::noop()} />
        },
        Step::About => html! {
            <PageAbout state={s.clone()} id_prefix={prefix.clone()} {level}
                oncontinue={Callback::noop()} onaccess={Callback::noop()} />
        },
        Step::Check => html! {
            <PageCheck state={s.clone()} id_prefix={prefix.clone()} {level}
                onchange={Callback::noop()} oncontinue={Callback::noop()} />
        },
        Step::Send => html! {
            <PageSend state={s.clone()} id_prefix={prefix.clone()} {level}
                onhandoff={Callback::noop()} onrestart={Callback::noop()}
                onsent={Callback::noop()} onusedigitalpost={Callback::noop()} />
        },
        _ => question(QuestionProps {
            key: s.step.slug().to_string(),
            state: s.clone(),
            id_prefix: prefix.clone(),
            level,
            onset: Callback::noop(),
            ontoggle: Callback::noop(),
            oncontinue: Callback::noop(),
            onusedigitalpost: Callback::noop(),
        }),
    };
    html! {
        <section lang={s.lang.code()}>
            { notice_banner(s.notice, s.lang, &prefix) }
            if let Some(label) = s.step_label() { <p>{ label }</p> }
            { page }
            { draft_footer(s.text(Msg::DraftNote), s.text(Msg::DeleteAnswers), Callback::noop()) }
        </section>
    }
}

/// The page of `state` as the widget renders it (HTML).
pub fn render(state: &State) -> String {
    let props = PageProps {
        state: Rc::new(state.clone()),
    };
    futures::executor::block_on(
        yew::LocalServerRenderer::<Page>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Runs of white space as one space, trimmed.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of `html`: every tag a space, the entities Yew writes decoded, white space
/// collapsed.
pub fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find(['<', '&']) {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        if rest.starts_with('<') {
            out.push(' ');
            rest = rest.find('>').map_or("", |close| &rest[close + 1..]);
            continue;
        }
        let end = rest.find(';').filter(|e| *e < 10);
        let decoded = end.and_then(|e| match &rest[1..e] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            n if n.starts_with("#x") => u32::from_str_radix(&n[2..], 16)
                .ok()
                .and_then(char::from_u32),
            n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    collapse(&out)
}

/// The fixed wording of a template: the parts between its `{placeholders}`, each collapsed
/// and trimmed, empty ones left out.
pub fn fragments(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    loop {
        let hole = rest.find('{').and_then(|open| {
            let close = open + rest[open..].find('}')?;
            let name = &rest[open + 1..close];
            name.chars()
                .all(|c| c.is_ascii_lowercase())
                .then_some((open, close))
        });
        let (part, next) = match hole {
            Some((open, close)) => (&rest[..open], Some(&rest[close + 1..])),
            None => (rest, None),
        };
        let part = collapse(part);
        if !part.is_empty() {
            out.push(part);
        }
        match next {
            Some(n) => rest = n,
            None => return out,
        }
    }
}

/// Every occurrence of a template's wording in `text` (see the module doc), as the ranges of
/// its fixed parts; occurrences do not overlap.
pub fn occurrences(fragments: &[String], text: &str) -> Vec<Vec<Range<usize>>> {
    let mut found = Vec::new();
    let Some(first) = fragments.first() else {
        return found;
    };
    let mut from = 0;
    while let Some(i) = text[from..].find(first.as_str()) {
        let start = from + i;
        let mut ranges: Vec<Range<usize>> = Vec::with_capacity(fragments.len());
        ranges.push(start..start + first.len());
        let mut ok = true;
        for f in &fragments[1..] {
            let after = ranges.last().map_or(start, |r| r.end);
            let window_end = text.len().min(after + MAX_FILL + f.len());
            let window_end = (window_end..=text.len())
                .find(|e| text.is_char_boundary(*e))
                .unwrap_or(text.len());
            match text[after..window_end].find(f.as_str()) {
                Some(j) => ranges.push(after + j..after + j + f.len()),
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            from = ranges.last().map_or(start + 1, |r| r.end);
            found.push(ranges);
        } else {
            from = start + first.chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// The catalogue texts (indexes into [`Msg::ALL`]) whose wording in `lang` (filled with the
/// configured names by `State::text`) appears in `text`, each at least once outside the fixed
/// wording of a longer text.
pub fn found_in(text: &str, templates: &[Vec<String>]) -> Vec<usize> {
    let hits: Vec<Vec<Vec<Range<usize>>>> =
        templates.iter().map(|f| occurrences(f, text)).collect();
    let inside_another = |me: usize, span: &Range<usize>| {
        hits.iter().enumerate().any(|(other, occ)| {
            other != me
                && occ
                    .iter()
                    .flatten()
                    .any(|r| r.start <= span.start && span.end <= r.end && r.len() > span.len())
        })
    };
    hits.iter()
        .enumerate()
        .filter(|(i, occ)| {
            occ.iter().any(|ranges| {
                let span = ranges[0].start..ranges.last().map_or(0, |r| r.end);
                !inside_another(*i, &span)
            })
        })
        .map(|(i, _)| i)
        .collect()
}

/// The wording of every catalogue text in `lang` for matching, as `State::text` fills it.
pub fn templates(s: &State) -> Vec<Vec<String>> {
    Msg::ALL.iter().map(|m| fragments(&s.text(*m))).collect()
}

/// The page a state shows, as the sheet names it: the step's slug, and for the "about" page
/// the right's ("about/access").
pub fn page_id(s: &State) -> String {
    match (s.step, s.right()) {
        (Step::About, Some(r)) => format!("about/{}", r.slug()),
        (step, _) => step.slug().to_string(),
    }
}

/// The pages in the sheet's order: the new request's pages in order (the "about" page once
/// per right), then the pages only the reminder and the complaint have.
pub fn page_order() -> Vec<String> {
    let mut order: Vec<String> = Vec::new();
    for flow in [Flow::Request, Flow::Reminder, Flow::Complaint] {
        for step in flow.steps() {
            let ids: Vec<String> = match step {
                Step::About => crate::core::Right::ALL
                    .iter()
                    .map(|r| format!("about/{}", r.slug()))
                    .collect(),
                Step::Right => vec!["right".into(), Step::Guide.slug().into()],
                s => vec![s.slug().into()],
            };
            for id in ids {
                if !order.contains(&id) {
                    order.push(id);
                }
            }
        }
    }
    order
}

/// The text of `s`'s page without the letter the send page shows (see the module doc).
pub fn page_text(s: &State) -> String {
    let text = text_of(&render(s));
    if s.step != Step::Send {
        return text;
    }
    let letter = compose(s);
    let mut text = text;
    for part in [collapse(&letter.body), collapse(&letter.subject)] {
        text = text.replacen(&part, " ¶ ", 1);
    }
    text
}

/// The text a calendar file (RFC 5545) shows: folded lines joined, escapes undone, white
/// space collapsed.
pub fn ics_text(ics: &str) -> String {
    let unfolded = ics.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len());
    let mut chars = unfolded.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') | Some('N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    collapse(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_of_a_page_has_no_tags_and_decoded_entities() {
        assert_eq!(
            text_of("<p class=\"x\">Tom &amp; Jerry&#x27;s</p><li>A &lt;b&gt;</li> & co"),
            "Tom & Jerry's A <b> & co"
        );
    }

    #[test]
    fn a_calendar_file_reads_as_its_text() {
        let ics = "DESCRIPTION:Fristen\\, som udløb\\; i går\\nSe\r\n  mere\\\\her\r\n";
        assert_eq!(
            ics_text(ics),
            "DESCRIPTION:Fristen, som udløb; i går Se mere\\her"
        );
    }

    #[test]
    fn wording_is_found_around_its_placeholders_and_not_inside_a_longer_text() {
        assert_eq!(
            fragments("Svar senest {date} (art. 12, stk. 3)."),
            ["Svar senest", "(art. 12, stk. 3)."]
        );
        let templates = vec![
            fragments("Svar senest {date} (art. 12, stk. 3)."),
            fragments("art. 12, stk. 3"),
            fragments("Emne ({article})"),
        ];
        let page = "Svar senest onsdag den 23. december 2026 (art. 12, stk. 3).";
        assert_eq!(found_in(page, &templates), [0]);
        let letter = "Emne (art. 12, stk. 3)";
        assert_eq!(found_in(letter, &templates), [1, 2]);
        // A placeholder fills at most MAX_FILL characters.
        let far = format!(
            "Svar senest {} (art. 12, stk. 3).",
            "x".repeat(MAX_FILL + 1)
        );
        assert!(!found_in(&far, &templates).contains(&0));
    }
}
