//! The report's two charts, drawn with `plotters` into SVG strings: the meetings timeline (date ×
//! place, one mark per event, its status in its colour and fill) and the who-meets-whom network (people
//! and bodies on a circle, a line per pair that met, thicker for more meetings).

use std::collections::BTreeMap;

use anyhow::{anyhow, Result};
use chrono::NaiveDate;
use plotters::coord::combinators::BindKeyPoints;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::Event;

/// Colours of the statuses (colour-blind safe: blue and orange), and of the rest.
const HELD: RGBColor = RGBColor(0x1f, 0x5f, 0xa8);
const PLANNED: RGBColor = RGBColor(0xd9, 0x6c, 0x00);
const OTHER: RGBColor = RGBColor(0x70, 0x70, 0x70);
const FONT: &str = "Noto Sans, Noto Sans Arabic, DejaVu Sans, sans-serif";

fn err<E: std::fmt::Debug>(e: E) -> anyhow::Error {
    anyhow!("cannot draw the chart: {e:?}")
}

fn day_number(iso: &str) -> Option<i32> {
    use chrono::Datelike;
    crate::period::parse_day(iso.get(..10)?).map(|d| d.num_days_from_ce())
}

/// A tick label as precise as the axis needs: years over a span of years, months over months.
fn day_label(n: i32, span_days: i32) -> String {
    let format = match span_days {
        d if d > 3 * 365 => "%Y",
        d if d > 90 => "%Y-%m",
        _ => "%Y-%m-%d",
    };
    NaiveDate::from_num_days_from_ce_opt(n)
        .map(|d| d.format(format).to_string())
        .unwrap_or_default()
}

/// Tick positions (day numbers in [x0, x1]) on calendar boundaries, at most about 8: the first of
/// January over a span of years, the first of a month over months, else days. A year tick used to
/// fall wherever the axis' even division put it, so «1999» marked a day of mid-2000.
fn calendar_ticks(x0: i32, x1: i32, span_days: i32) -> Vec<i32> {
    use chrono::Datelike;
    let (Some(a), Some(b)) = (
        NaiveDate::from_num_days_from_ce_opt(x0),
        NaiveDate::from_num_days_from_ce_opt(x1),
    ) else {
        return Vec::new();
    };
    let firsts: Vec<NaiveDate> = if span_days > 3 * 365 {
        (a.year()..=b.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1))
            .collect()
    } else if span_days > 90 {
        let months = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
        (months(a)..=months(b) + 1)
            .filter_map(|m| {
                NaiveDate::from_ymd_opt(m.div_euclid(12), m.rem_euclid(12) as u32 + 1, 1)
            })
            .collect()
    } else {
        a.iter_days().take_while(|d| *d <= b).collect()
    };
    let inside: Vec<i32> = firsts
        .iter()
        .map(|d| d.num_days_from_ce())
        .filter(|n| (x0..=x1).contains(n))
        .collect();
    let step = inside.len().div_ceil(8).max(1);
    inside.into_iter().step_by(step).collect()
}

/// The first day the timeline shows: events before it are listed beside it instead.
pub fn timeline_start(events: &[Event]) -> Option<String> {
    let mut starts: Vec<i32> = events
        .iter()
        .filter_map(|e| day_number(&e.span.as_ref()?.0))
        .collect();
    starts.sort_unstable();
    starts
        .windows(2)
        .enumerate()
        .filter(|(i, w)| w[1] - w[0] > 730 && (starts.len() - i - 1) * 5 >= starts.len() * 4)
        .map(|(_, w)| w[1])
        .next_back()
        .map(|d| day_label(d, 0))
}

/// The timeline of the dated events, or an empty string when none is dated. Places are rows in the
/// order of their first meeting; an event over several days is a bar from its first day to its last.
pub fn timeline(events: &[Event]) -> Result<String> {
    let dated: Vec<(&Event, i32, i32)> = events
        .iter()
        .filter_map(|e| {
            let (s, end) = e.span.as_ref()?;
            let s = day_number(s)?;
            Some((e, s, day_number(end).unwrap_or(s).max(s)))
        })
        .collect();
    if dated.is_empty() {
        return Ok(String::new());
    }
    // A few old events (a meeting of 2000 recalled in 2025 news) would squeeze the rest into a
    // corner: past a gap of over two years, with at least 80% of the events after it, the timeline
    // starts after the gap (the page lists the events left out).
    let mut starts: Vec<i32> = dated.iter().map(|d| d.1).collect();
    starts.sort_unstable();
    let cut = starts
        .windows(2)
        .enumerate()
        .filter(|(i, w)| w[1] - w[0] > 730 && (starts.len() - i - 1) * 5 >= starts.len() * 4)
        .map(|(_, w)| w[1])
        .next_back();
    let dated: Vec<(&Event, i32, i32)> = dated
        .into_iter()
        .filter(|d| cut.is_none_or(|c| d.1 >= c))
        .collect();
    // Numbers beside the marks only while they can be read.
    let labelled = dated.len() <= 40;
    let mut places: Vec<String> = Vec::new();
    for (e, _, _) in &dated {
        let p = e.place.clone().unwrap_or_else(|| "(no place)".into());
        if !places.contains(&p) {
            places.push(p);
        }
    }
    let row = |e: &Event| {
        let p = e.place.clone().unwrap_or_else(|| "(no place)".into());
        places.iter().position(|x| *x == p).unwrap_or(0) as f64
    };
    let lo = dated.iter().map(|d| d.1).min().unwrap_or(0);
    let hi = dated.iter().map(|d| d.2).max().unwrap_or(0);
    let pad = ((hi - lo) / 25).max(5);
    let (x0, x1) = (lo - pad, hi + pad);
    let n = places.len();
    // A band above the rows holds the legend (one line per status shown), so it never covers
    // the latest marks of the first place (it hid the Paris meeting of 2025 on the sample archive).
    let statuses = ["held", "planned", "other"]
        .iter()
        .filter(|name| {
            dated.iter().any(|(e, _, _)| match **name {
                "held" | "planned" => e.status == **name,
                _ => e.status != "held" && e.status != "planned",
            })
        })
        .count();
    let band = 0.6 + 0.6 * statuses as f64;
    let height = (90.0 + 34.0 * (n as f64 + band)).round() as u32;
    let mut svg = String::new();
    // The marks' events, with a tooltip each, in the order their circles are drawn.
    let mut marks: Vec<(i64, String)> = Vec::new();
    {
        let root = SVGBackend::with_string(&mut svg, (960, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(34)
            .y_label_area_size(230)
            .build_cartesian_2d(
                (x0..x1).with_key_points(calendar_ticks(x0, x1, hi - lo)),
                -0.6f64..(n as f64 - 0.4 + band),
            )
            .map_err(err)?;
        let label = |v: &f64| {
            let i = v.round();
            if (v - i).abs() < 1e-6 && i >= 0.0 && (i as usize) < n {
                places[i as usize].clone()
            } else {
                String::new()
            }
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n * 2 + 2 + (2.0 * band).ceil() as usize)
            .y_label_formatter(&label)
            .x_label_formatter(&|d| day_label(*d, hi - lo))
            .label_style((FONT, 14))
            .light_line_style(RGBColor(0xee, 0xee, 0xee))
            .draw()
            .map_err(err)?;
        for (name, colour, filled) in [
            ("held", HELD, true),
            ("planned", PLANNED, false),
            ("other", OTHER, true),
        ] {
            let of_status: Vec<&(&Event, i32, i32)> = dated
                .iter()
                .filter(|(e, _, _)| match name {
                    "held" | "planned" => e.status == name,
                    _ => e.status != "held" && e.status != "planned",
                })
                .collect();
            if of_status.is_empty() {
                continue;
            }
            let style = if filled {
                colour.filled()
            } else {
                colour.stroke_width(3)
            };
            for (e, s, end) in &of_status {
                if end > s {
                    chart
                        .draw_series(std::iter::once(PathElement::new(
                            vec![(*s, row(e)), (*end, row(e))],
                            colour.mix(0.45).stroke_width(8),
                        )))
                        .map_err(err)?;
                }
            }
            marks.extend(of_status.iter().map(|(e, _, _)| {
                let mut about = format!("#{} {} {}", e.id, e.status, e.kind.replace('_', " "));
                for part in [&e.date, &e.place].into_iter().flatten() {
                    about.push_str(" · ");
                    about.push_str(part);
                }
                (e.id, about)
            }));
            chart
                .draw_series(
                    of_status
                        .iter()
                        .map(|(e, s, _)| Circle::new((*s, row(e)), 7, style)),
                )
                .map_err(err)?
                .label(name)
                .legend(move |(x, y)| Circle::new((x + 8, y), 6, style));
            if !labelled {
                continue;
            }
            chart
                .draw_series(of_status.iter().map(|(e, s, _)| {
                    Text::new(
                        format!("#{}", e.id),
                        (*s, row(e) + 0.32),
                        (FONT, 12).into_font().color(&BLACK),
                    )
                }))
                .map_err(err)?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.9))
            .border_style(RGBColor(0xcc, 0xcc, 0xcc))
            .label_font((FONT, 14))
            .draw()
            .map_err(err)?;
        root.present().map_err(err)?;
    }
    Ok(link_marks(&svg, &marks))
}

/// The timeline's marks made links to their events' sections further down the page
/// (`#event-<id>`, the ids the template gives each event's article), each with a tooltip naming the
/// event. plotters draws no links, so its SVG is edited: the first `marks.len()` circles are the
/// marks, in the order they were drawn (the legend's circles come after them), and a `#<id>`
/// label beside a mark links to the same event.
fn link_marks(svg: &str, marks: &[(i64, String)]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(svg.len() + marks.len() * 96);
    let mut next = marks.iter();
    let mut rest = svg;
    while let Some(start) = [rest.find("<circle"), rest.find("<text")]
        .into_iter()
        .flatten()
        .min()
    {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let close = if rest.starts_with("<circle") {
            "/>"
        } else {
            "</text>"
        };
        let end = rest.find(close).map_or(rest.len(), |e| e + close.len());
        let (element, after) = rest.split_at(end);
        rest = after;
        let id = if close == "/>" {
            next.next().map(|(id, about)| {
                let about = html_escape::encode_text(about);
                (*id, format!("<title>{about}</title>"))
            })
        } else {
            // `<text …>#12</text>`: a mark's number.
            element
                .trim_end_matches("</text>")
                .rsplit('>')
                .next()
                .and_then(|t| t.strip_prefix('#'))
                .and_then(|t| t.parse::<i64>().ok())
                .filter(|id| marks.iter().any(|m| m.0 == *id))
                .map(|id| (id, String::new()))
        };
        match id {
            Some((id, title)) => {
                let _ = write!(out, "<a href=\"#event-{id}\">{title}{element}</a>");
            }
            None => out.push_str(element),
        }
    }
    out.push_str(rest);
    out
}

/// Pairs of participants (not mediators) that met, with how many events they met at, most first.
pub fn pairs(events: &[Event]) -> Vec<(String, String, usize)> {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for e in events {
        for (i, a) in e.participants.iter().enumerate() {
            for b in &e.participants[i + 1..] {
                let key = if a < b {
                    (a.clone(), b.clone())
                } else {
                    (b.clone(), a.clone())
                };
                *counts.entry(key).or_default() += 1;
            }
        }
    }
    let mut v: Vec<(String, String, usize)> =
        counts.into_iter().map(|((a, b), n)| (a, b, n)).collect();
    v.sort_by(|x, y| y.2.cmp(&x.2).then_with(|| (&x.0, &x.1).cmp(&(&y.0, &y.1))));
    v
}

/// Most people and bodies the network shows; the busiest pairs pick them.
const MAX_NODES: usize = 40;

/// The network of `pairs` (see [`pairs`]), or an empty string when nobody met anybody.
pub fn network(pairs: &[(String, String, usize)]) -> Result<String> {
    let mut nodes: Vec<String> = Vec::new();
    let mut edges: Vec<(usize, usize, usize)> = Vec::new();
    for (a, b, n) in pairs {
        let need = [a, b].iter().filter(|x| !nodes.contains(x)).count();
        if nodes.len() + need > MAX_NODES {
            continue;
        }
        let mut idx = |x: &String| match nodes.iter().position(|y| y == x) {
            Some(i) => i,
            None => {
                nodes.push(x.clone());
                nodes.len() - 1
            }
        };
        let (i, j) = (idx(a), idx(b));
        edges.push((i, j, *n));
    }
    if nodes.is_empty() {
        return Ok(String::new());
    }
    let mut degree = vec![0usize; nodes.len()];
    for &(i, j, n) in &edges {
        degree[i] += n;
        degree[j] += n;
    }
    let (w, h) = (960i32, 620i32);
    let (cx, cy) = (w / 2, h / 2);
    let radius = (h / 2 - 70) as f64;
    let at = |i: usize| {
        let t = std::f64::consts::TAU * i as f64 / nodes.len() as f64 - std::f64::consts::FRAC_PI_2;
        (
            (cx as f64 + radius * t.cos()).round() as i32,
            (cy as f64 + radius * t.sin()).round() as i32,
            t.cos(),
        )
    };
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w as u32, h as u32)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        for &(i, j, n) in &edges {
            let (a, b) = (at(i), at(j));
            root.draw(&PathElement::new(
                vec![(a.0, a.1), (b.0, b.1)],
                HELD.mix(0.55).stroke_width((1 + n as u32).min(8)),
            ))
            .map_err(err)?;
        }
        for (i, name) in nodes.iter().enumerate() {
            let (x, y, cos) = at(i);
            let r = (5 + 2 * degree[i] as i32).min(16);
            root.draw(&Circle::new((x, y), r, PLANNED.filled()))
                .map_err(err)?;
            // Labels sit outside the circle: left of the nodes on its left half, right of the others.
            let (dx, h_pos) = if cos < -0.1 {
                (-(r + 6), HPos::Right)
            } else if cos > 0.1 {
                (r + 6, HPos::Left)
            } else {
                (0, HPos::Center)
            };
            let dy = if cos.abs() <= 0.1 {
                if y < cy {
                    -(r + 12)
                } else {
                    r + 12
                }
            } else {
                0
            };
            let style = TextStyle::from((FONT, 15).into_font())
                .color(&BLACK)
                .pos(Pos::new(h_pos, VPos::Center));
            root.draw(&Text::new(name.clone(), (x + dx, y + dy), style))
                .map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> i32 {
        use chrono::Datelike;
        NaiveDate::from_ymd_opt(y, m, d).unwrap().num_days_from_ce()
    }

    #[test]
    fn ticks_fall_on_calendar_boundaries() {
        // Years: 2000 to 2025, every tick a first of January, labelled with its own year.
        let (lo, hi) = (day(2000, 6, 1), day(2025, 7, 24));
        let t = calendar_ticks(lo, hi, hi - lo);
        assert!((4..=9).contains(&t.len()), "{t:?}");
        for x in &t {
            let label = day_label(*x, hi - lo);
            assert_eq!(*x, day(label.parse().unwrap(), 1, 1), "{label}");
        }
        // Months, then days.
        let (lo, hi) = (day(2025, 1, 20), day(2025, 9, 3));
        for x in calendar_ticks(lo, hi, hi - lo) {
            assert!(day_label(x, 0).ends_with("-01"), "{x}");
        }
        let (lo, hi) = (day(2025, 7, 20), day(2025, 8, 10));
        let t = calendar_ticks(lo, hi, hi - lo);
        assert!((5..=9).contains(&t.len()) && t[0] == lo, "{t:?}");
    }

    /// Every mark links to its event; the legend's circle and other text stay as they are.
    #[test]
    fn marks_become_links() {
        let svg = "<circle cx=\"1\"/><text x=\"1\">#7</text><text>2000</text><circle cx=\"2\"/>";
        let out = link_marks(svg, &[(7, "#7 held <x>".into())]);
        assert_eq!(
            out,
            "<a href=\"#event-7\"><title>#7 held &lt;x&gt;</title><circle cx=\"1\"/></a>\
             <a href=\"#event-7\"><text x=\"1\">#7</text></a><text>2000</text><circle cx=\"2\"/>"
        );
    }
}
