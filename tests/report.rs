//! `marsad report` on the sample articles: one well-formed, self-contained page with every event.

mod common;

use common::Archive;

fn report(a: &Archive, extra: &[&str]) -> String {
    let out = a.dir.path().join("report.html");
    let mut args = vec!["report", "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    a.cmd(&args).assert().success();
    std::fs::read_to_string(out).unwrap()
}

/// The page as XML (it starts with `<!DOCTYPE html>`, a DTD to roxmltree).
fn parse(html: &str) -> roxmltree::Document<'_> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(html, opts)
        .unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

#[test]
fn report_is_well_formed_self_contained_and_has_every_event() {
    let a = Archive::new();
    a.import_samples();
    let html = report(&a, &[]);
    // Polyglot markup: an XML parser accepts it, so every element is closed and every text escaped.
    let doc = parse(&html);
    let ids: Vec<String> = a.sql("SELECT id FROM events ORDER BY id");
    assert!(ids.len() >= 5, "the samples have events: {ids:?}");
    for id in &ids {
        let want = format!("event-{id}");
        assert!(
            doc.descendants()
                .any(|n| n.has_tag_name("article") && n.attribute("id") == Some(&want)),
            "event {id} is missing"
        );
    }
    // Nothing to fetch: no script, no stylesheet link, no remote image or font.
    for n in doc.descendants().filter(|n| n.is_element()) {
        assert!(
            !n.has_tag_name("script") && !n.has_tag_name("link"),
            "{n:?}"
        );
        for attr in ["src", "href"] {
            if let Some(v) = n.attribute(attr) {
                assert!(v.starts_with('#'), "{attr}={v} leaves the page");
            }
        }
    }
    assert!(!html.contains("url("), "CSS must not load anything");
    // Both charts are inline SVG; each report's sentence is marked and runs in its own direction.
    assert_eq!(
        doc.descendants().filter(|n| n.has_tag_name("svg")).count(),
        2
    );
    let marks: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("mark"))
        .filter_map(|n| n.attribute("class"))
        .collect();
    for role in ["trigger", "participant", "place", "date"] {
        assert!(marks.contains(&role), "no {role} marked: {marks:?}");
    }
    assert!(doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("claim"))
        .all(|n| n.attribute("dir") == Some("auto")));
    // The Paris meeting of 24 July shows its four reports' outlets' sources and the year-precision
    // meeting of 2000 shows as 2000.
    assert!(html.contains("2025-07-24"));
    assert!(html.contains("· 2000 ·"), "a year is printed as a year");
}

#[test]
fn report_filters_and_refuses_before_writing() {
    let a = Archive::new();
    a.import_samples();
    let html = report(&a, &["--place", "باكو"]);
    let doc = parse(&html);
    let shown = doc
        .descendants()
        .filter(|n| n.has_tag_name("article"))
        .count();
    let baku = a.sql("SELECT count(*) FROM events e JOIN entities p ON p.id = e.place_entity_id WHERE p.key = 'baku'");
    assert_eq!(shown.to_string(), baku[0]);
    // An unknown name fails and writes no page.
    let out = a.dir.path().join("none.html");
    a.cmd(&["report", "--place", "Atlantis", "-o", out.to_str().unwrap()])
        .assert()
        .failure();
    assert!(!out.exists());
}

/// Each mark of the timeline (and each event listed beside it) links to its event's section of the
/// same page; every event is reachable from the timeline section.
#[test]
fn timeline_marks_link_to_their_events() {
    let a = Archive::new();
    a.import_samples();
    let html = report(&a, &[]);
    let doc = parse(&html);
    let ids: std::collections::BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("article"))
        .filter_map(|n| n.attribute("id").map(String::from))
        .collect();
    let timeline = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("timeline"))
        .expect("a timeline section");
    let svg = timeline
        .descendants()
        .find(|n| n.has_tag_name("svg"))
        .expect("a timeline chart");
    let circles = svg
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .count();
    let mut marked = Vec::new();
    for link in svg.descendants().filter(|n| n.has_tag_name("a")) {
        let target = link.attribute("href").expect("a link has a target");
        let id = target.strip_prefix('#').expect("a link inside the page");
        assert!(ids.contains(id), "{target} names no event section");
        if link.children().any(|c| c.has_tag_name("circle")) {
            let title = link.children().find(|c| c.has_tag_name("title"));
            let number = format!("#{} ", id.trim_start_matches("event-"));
            assert!(
                title
                    .and_then(|t| t.text())
                    .is_some_and(|t| t.starts_with(&number)),
                "the mark of {id} names its event"
            );
            marked.push(id.to_string());
        }
    }
    let distinct: std::collections::BTreeSet<&String> = marked.iter().collect();
    assert_eq!(
        distinct.len(),
        marked.len(),
        "one mark per event: {marked:?}"
    );
    assert!(!marked.is_empty());
    // The only circles not linked are the legend's (held, planned, other).
    assert!(
        circles - marked.len() <= 3,
        "{circles} circles, {marked:?} linked"
    );
    // Marks, the undated and the long-before events together: every event, each a link.
    let linked: std::collections::BTreeSet<String> = timeline
        .descendants()
        .filter(|n| n.has_tag_name("a"))
        .filter_map(|n| n.attribute("href")?.strip_prefix('#').map(String::from))
        .filter(|t| t.starts_with("event-"))
        .collect();
    assert_eq!(linked, ids);
}
