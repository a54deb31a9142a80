//! The provenance of an event: each report's claim, with the words that made the trigger, the
//! participants, the place and the date marked in the article's own text.
//!
//! Participants and places are marked where the extraction found their mentions (`mentions.spans`,
//! character offsets into the body); the trigger, the date and an unlinked place by their recorded text
//! (`event_reports.trigger_text`, `date_text`, `place_text`), first occurrence in the report's span.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::output::date_at_precision;

/// What a marked stretch of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Trigger,
    Participant,
    Place,
    Date,
}

impl Role {
    /// The brackets of the text view: `[trigger] {participant} <place> |date|`.
    pub fn brackets(self) -> (&'static str, &'static str) {
        match self {
            Role::Trigger => ("[", "]"),
            Role::Participant => ("{", "}"),
            Role::Place => ("<", ">"),
            Role::Date => ("|", "|"),
        }
    }
}

/// The legend of [`Role::brackets`], for help texts and headers.
pub const LEGEND: &str = "[trigger] {participant} <place> |date|";

/// A stretch of the excerpt: plain text, a marked one, or `…` where sentences were left out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub text: String,
    pub role: Option<Role>,
}

/// One report of an event, as its article states it.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub report_id: i64,
    pub article_id: i64,
    pub title: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    /// The article's publication date at its precision ("2025-07-25"), or None.
    pub published: Option<String>,
    pub status: String,
    pub kind: String,
    pub trigger: String,
    pub date_text: Option<String>,
    /// The date the report claims, at its precision ("2000", "2025-07", "2025-07-24"), or None.
    pub date: Option<String>,
    pub place: Option<String>,
    /// "Ron Dermer (participant)", one per entity the report names.
    pub participants: Vec<String>,
    pub participants_text: Option<String>,
    pub source: Option<String>,
    pub via: Option<String>,
    pub anonymous: bool,
    /// The sentences of the claim that hold a marked word, marked; `…` where others were left out.
    pub excerpt: Vec<Segment>,
    /// The claim's span in the body (character offsets) and its whole text.
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
    #[serde(skip)]
    pub text: String,
}

impl Report {
    /// The excerpt with brackets around the marked words ([`LEGEND`]).
    pub fn bracketed(&self) -> String {
        let mut s = String::new();
        for seg in &self.excerpt {
            match seg.role {
                Some(r) => {
                    let (open, close) = r.brackets();
                    s.push_str(open);
                    s.push_str(&seg.text);
                    s.push_str(close);
                }
                None => s.push_str(&seg.text),
            }
        }
        s
    }
}

const SQL_REPORTS: &str = "
SELECT r.id, r.article_id, a.title, a.url, o.name, a.published_at, a.published_precision, r.status, r.kind,
       r.trigger_text, r.date_text, r.date_start, r.date_precision, r.place_entity_id,
       COALESCE(p.name_en, p.name_ar, r.place_text), r.place_text, r.participants_text,
       COALESCE(src.name_en, src.name_ar, at.source_text), at.via_text, COALESCE(at.anonymous, 0),
       r.start, r.end, a.body
FROM event_reports r
JOIN articles a ON a.id = r.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entities p ON p.id = r.place_entity_id
LEFT JOIN attributions at ON at.id = r.attribution_id
LEFT JOIN entities src ON src.id = at.source_entity_id
WHERE r.event_id = ?1
ORDER BY r.article_id, r.start";

/// Every report of event `event_id`, in article order. An unknown id gives no reports.
pub fn reports(conn: &Connection, event_id: i64) -> Result<Vec<Report>> {
    let mut stmt = conn.prepare_cached(SQL_REPORTS)?;
    let mut rows = stmt.query([event_id])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let report_id: i64 = r.get(0)?;
        let article_id: i64 = r.get(1)?;
        let published: Option<String> = r.get(5)?;
        let published_precision: String = r.get(6)?;
        let date_start: Option<String> = r.get(11)?;
        let date_precision: String = r.get(12)?;
        let place_entity: Option<i64> = r.get(13)?;
        let place_text: Option<String> = r.get(15)?;
        let (start, end): (i64, i64) = (r.get(20)?, r.get(21)?);
        let body: String = r.get(22)?;
        let trigger: String = r.get(9)?;
        let date_text: Option<String> = r.get(10)?;

        let people = participants(conn, report_id)?;
        let mut marks: Vec<(usize, usize, Role)> = Vec::new();
        let chars: Vec<char> = body.chars().collect();
        let (start, end) = (
            start.max(0) as usize,
            (end.max(0) as usize).min(chars.len()),
        );
        let claim: Vec<char> = chars[start.min(end)..end].to_vec();
        if let Some(at) = find(&claim, &trigger) {
            marks.push((at, at + trigger.chars().count(), Role::Trigger));
        }
        if let Some(d) = date_text.as_deref().filter(|d| !d.is_empty()) {
            if let Some(at) = find(&claim, d) {
                marks.push((at, at + d.chars().count(), Role::Date));
            }
        }
        let mut place_marked = false;
        if let Some(p) = place_entity {
            for (s, e) in mention_spans(conn, article_id, p, start, end)? {
                marks.push((s - start, e - start, Role::Place));
                place_marked = true;
            }
        }
        if let (false, Some(p)) = (place_marked, place_text.as_deref()) {
            if let Some(at) = find(&claim, p) {
                marks.push((at, at + p.chars().count(), Role::Place));
            }
        }
        for (id, _, _) in &people {
            for (s, e) in mention_spans(conn, article_id, *id, start, end)? {
                marks.push((s - start, e - start, Role::Participant));
            }
        }
        out.push(Report {
            report_id,
            article_id,
            title: r.get(2)?,
            url: r.get(3)?,
            outlet: r.get(4)?,
            published: published
                .as_deref()
                .and_then(|p| date_at_precision(p, &published_precision)),
            status: r.get(7)?,
            kind: r.get(8)?,
            trigger,
            date_text,
            date: date_start
                .as_deref()
                .and_then(|d| date_at_precision(d, &date_precision)),
            place: r.get(14)?,
            participants: people
                .into_iter()
                .map(|(_, name, role)| format!("{name} ({role})"))
                .collect(),
            participants_text: r.get(16)?,
            source: r.get(17)?,
            via: r.get(18)?,
            anonymous: r.get::<_, i64>(19)? != 0,
            excerpt: excerpt(&claim, marks),
            start,
            end,
            text: claim.iter().collect(),
        });
    }
    Ok(out)
}

/// (entity id, name, role) of the entities a report names.
fn participants(conn: &Connection, report_id: i64) -> Result<Vec<(i64, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rp.entity_id, COALESCE(e.name_en, e.name_ar), rp.role
         FROM report_participants rp JOIN entities e ON e.id = rp.entity_id
         WHERE rp.report_id = ?1 ORDER BY rp.role, 2",
    )?;
    let rows = stmt.query_map([report_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The body spans of an entity's mentions inside [start, end) (absolute character offsets).
fn mention_spans(
    conn: &Connection,
    article_id: i64,
    entity_id: i64,
    start: usize,
    end: usize,
) -> Result<Vec<(usize, usize)>> {
    let spans: Option<String> = conn
        .prepare_cached(
            "SELECT spans FROM mentions WHERE article_id = ?1 AND entity_id = ?2 AND field = 'body'",
        )?
        .query_row([article_id, entity_id], |r| r.get(0))
        .optional()?;
    let parsed: Vec<(usize, usize)> = spans
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default();
    Ok(parsed
        .into_iter()
        .filter(|&(s, e)| s >= start && e <= end && s < e)
        .collect())
}

/// The character offset of the first occurrence of `needle` in `hay`.
fn find(hay: &[char], needle: &str) -> Option<usize> {
    let n: Vec<char> = needle.chars().collect();
    if n.is_empty() || n.len() > hay.len() {
        return None;
    }
    hay.windows(n.len()).position(|w| w == n.as_slice())
}

/// The sentences of `claim` that hold a mark, with the marks as segments (overlapping marks: the
/// first by position wins), joined by `…` where sentences were left out.
pub fn excerpt(claim: &[char], mut marks: Vec<(usize, usize, Role)>) -> Vec<Segment> {
    marks.retain(|&(s, e, _)| s < e && e <= claim.len());
    marks.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut kept: Vec<(usize, usize, Role)> = Vec::new();
    for m in marks {
        if kept.last().is_none_or(|k| m.0 >= k.1) {
            kept.push(m);
        }
    }
    // Sentence bounds: after . ! ? ؟ or a newline.
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    let mut s0 = 0;
    for (i, c) in claim.iter().enumerate() {
        if matches!(c, '.' | '!' | '?' | '؟' | '\n') {
            sentences.push((s0, i + 1));
            s0 = i + 1;
        }
    }
    if s0 < claim.len() {
        sentences.push((s0, claim.len()));
    }
    // The sentences shown: the trigger's, and the first that holds each other marked word (a place
    // named in every paragraph is shown once, not every paragraph).
    let mut seen: Vec<(Role, String)> = Vec::new();
    let mut chosen: Vec<(usize, usize)> = Vec::new();
    for &(s, e, role) in &kept {
        let word: String = claim[s..e].iter().collect();
        if role != Role::Trigger && seen.contains(&(role, word.clone())) {
            continue;
        }
        seen.push((role, word));
        if let Some(&sentence) = sentences.iter().find(|&&(a, b)| s < b && e > a) {
            if !chosen.contains(&sentence) {
                chosen.push(sentence);
            }
        }
    }
    chosen.sort();
    let wanted: Vec<(usize, usize)> = if chosen.is_empty() {
        sentences.into_iter().take(1).collect()
    } else {
        chosen
    };
    let mut out: Vec<Segment> = Vec::new();
    let push = |out: &mut Vec<Segment>, text: String, role: Option<Role>| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.role.is_none() && role.is_none() => last.text.push_str(&text),
            _ => out.push(Segment { text, role }),
        }
    };
    let text = |a: usize, b: usize| -> String { claim[a..b].iter().collect() };
    let mut prev_end = 0;
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in wanted {
        // A mark running across a sentence end keeps both sentences together.
        match merged.last_mut() {
            Some(last) if last.1 >= a || kept.iter().any(|&(s, e, _)| s < last.1 && e > last.1) => {
                last.1 = last.1.max(b)
            }
            _ => merged.push((a, b)),
        }
    }
    for (a, b) in merged {
        let mut at = a;
        if a > prev_end {
            push(&mut out, " … ".into(), None);
            while at < b && claim[at].is_whitespace() {
                at += 1;
            }
        }
        for &(s, e, role) in kept.iter().filter(|&&(s, e, _)| s >= a && e <= b) {
            push(&mut out, text(at, s), None);
            push(&mut out, text(s, e), Some(role));
            at = e;
        }
        push(&mut out, text(at, b), None);
        prev_end = b;
    }
    if prev_end < claim.len() && !out.is_empty() {
        push(&mut out, " …".into(), None);
    }
    // Trim the excerpt's ends (paragraph breaks and spaces).
    if let Some(first) = out.first_mut().filter(|s| s.role.is_none()) {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = out.last_mut().filter(|s| s.role.is_none()) {
        last.text = last.text.trim_end().to_string();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn marks_only_the_sentences_that_hold_them() {
        let claim = chars("جملة أولى. التقى الوزير في باريس اليوم. جملة أخيرة.");
        let at = |w: &str| find(&claim, w).unwrap();
        let marks = vec![
            (at("التقى"), at("التقى") + 5, Role::Trigger),
            (at("باريس"), at("باريس") + 5, Role::Place),
            (at("اليوم"), at("اليوم") + 5, Role::Date),
        ];
        let r = Report {
            report_id: 1,
            article_id: 1,
            title: String::new(),
            url: None,
            outlet: None,
            published: None,
            status: "held".into(),
            kind: "meeting".into(),
            trigger: "التقى".into(),
            date_text: None,
            date: None,
            place: None,
            participants: vec![],
            participants_text: None,
            source: None,
            via: None,
            anonymous: false,
            excerpt: excerpt(&claim, marks),
            start: 0,
            end: claim.len(),
            text: String::new(),
        };
        assert_eq!(r.bracketed(), "… [التقى] الوزير في <باريس> |اليوم|. …");
    }

    #[test]
    fn overlapping_marks_keep_the_first() {
        let claim = chars("ab cd");
        let segs = excerpt(&claim, vec![(0, 5, Role::Trigger), (3, 5, Role::Place)]);
        assert_eq!(
            segs,
            vec![Segment {
                text: "ab cd".into(),
                role: Some(Role::Trigger)
            }]
        );
    }
}
