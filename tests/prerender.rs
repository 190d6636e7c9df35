//! The build-time pre-render of the start step (`src/prerender.rs`), natively. That
//! it is the very markup the live widget renders is proven in a browser
//! (`tests/e2e/prerender.test.mjs`); here: what it assumed, what config changes it, and that it
//! carries nothing of a citizen.
#![cfg(feature = "ssr")]

use stevns_rights_wizard::core::{Config, Lang};
use stevns_rights_wizard::prerender::{stamp, start_step, start_steps, version};

#[test]
fn each_language_has_its_start_step_with_its_stamp() {
    let steps = start_steps();
    assert_eq!(steps.len(), 2);
    for (lang, html) in &steps {
        let code = lang.code();
        // The version is the hash of the markup without the stamp.
        let unstamped = html.replacen(" data-srw-prerender=\"", "\u{0}", 1);
        let (head, rest) = unstamped.split_once('\u{0}').unwrap_or_default();
        let (stamp, tail) = rest.split_once("\" ").unwrap_or_default();
        let markup = [head, " ", tail].concat();
        assert_eq!(head, "<section");
        assert_eq!(stamp, format!("{code} h2 {}", version(&markup)), "{html}");
        assert!(
            tail.starts_with(&format!("lang=\"{code}\" data-step=\"start\"")),
            "{html}"
        );
        assert!(html.ends_with("</section>"));
        assert!(html.contains("<h2 id=\"srw1-heading\""), "{html}");
        assert!(html.contains("class=\"srw-button srw-button--start\""));
        assert!(html.contains("class=\"srw-followup\""));
        // Yew's hydration comments are not in it: the widget replaces it, it does not hydrate.
        assert!(!html.contains("<!--"), "{html}");
        assert_eq!(html.matches("<section").count(), 1);
    }
    let da = &steps[0].1;
    let en = &steps[1].1;
    assert!(da.contains("Stevns Kommune har om dig"), "{da}");
    assert!(en.contains(">Start<"), "{en}");
    assert_ne!(da, en);
}

#[test]
fn the_heading_level_and_the_municipality_change_it_and_the_stamp_says_so() {
    for (level, tag, stamped) in [(3, "h3", "da h3"), (1, "h1", "da h1"), (9, "h6", "da h6")] {
        let html = start_step(Config {
            heading_level: level,
            ..Config::default()
        });
        assert!(
            html.contains(&format!("<{tag} id=\"srw1-heading\"")),
            "{level}: {html}"
        );
        assert!(html.contains(&format!("</{tag}>")));
        assert!(html.starts_with(&format!("<section data-srw-prerender=\"{stamped} ")));
    }
    let named = start_step(Config {
        municipality: "Faxe Kommune".to_string(),
        ..Config::default()
    });
    assert!(named.contains("Faxe Kommune har om dig"), "{named}");
    assert!(!named.contains("Stevns"), "{named}");
}

#[test]
fn a_preset_right_or_fewer_rights_leave_the_start_step_as_it_is() {
    use stevns_rights_wizard::core::Right;
    let plain = start_step(Config::default());
    let preset = start_step(Config {
        right: Some(Right::Erasure),
        rights: vec![Right::Access, Right::Erasure],
        ..Config::default()
    });
    assert_eq!(plain, preset);
}

#[test]
fn the_version_changes_with_any_change_of_the_markup() {
    assert_eq!(version(""), "811c9dc5");
    assert_eq!(version("a"), "e40c292c");
    let a = start_step(Config::default());
    let b = start_step(Config {
        municipality: "Stevns kommune".to_string(),
        ..Config::default()
    });
    let stamp_of = |html: &str| html.split('"').nth(1).unwrap_or_default().to_string();
    assert_ne!(stamp_of(&a), stamp_of(&b));
    assert_eq!(stamp_of(&a), stamp_of(&start_step(Config::default())));
}

#[test]
fn the_stamp_is_language_and_clamped_level() {
    assert_eq!(stamp(Lang::Da, 2), "da h2");
    assert_eq!(stamp(Lang::En, 0), "en h1");
    assert_eq!(stamp(Lang::En, 7), "en h6");
}
