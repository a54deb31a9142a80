//! Hand annotations carried by an input record (`extract::Curated`), written with curated = 1: they
//! survive re-extraction, and their events are never re-clustered.

use anyhow::Result;
use rusqlite::{params, Connection};

use super::entities::{self, NewEntity, Source};
use super::extraction::{
    insert_report, write_mentions, NewReport, Written, SQL_INSERT_ATTRIBUTION,
};
use crate::arabic;
use crate::extract::{Curated, Field};
use crate::period::Period;
use crate::vocab::{AliasKind, EntityKind, Precision, Role};

/// The entity named `name`, created (source 'curated') when the archive does not know it, and
/// given `name` and `aliases` as aliases.
fn entity(
    conn: &Connection,
    name: &str,
    kind: EntityKind,
    name_en: Option<&str>,
    aliases: &[String],
) -> Result<i64> {
    let id = match entities::by_alias(conn, name, kind)? {
        Some(id) => entities::adopt(conn, id, name_en)?,
        None => entities::insert(
            conn,
            &NewEntity {
                key: None,
                kind,
                name_ar: Some(name),
                name_en,
                source: Source::Curated,
                note: None,
            },
        )?,
    };
    for a in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
        entities::insert_alias(conn, id, a, entities::alias_lang(a), AliasKind::Name)?;
    }
    Ok(id)
}

const SQL_ARTICLE_BODY: &str = "SELECT body FROM articles WHERE id = ?1";

/// Write an article's curated entities (with mentions at each literal occurrence), attributions
/// (at the first occurrence of their cue) and events (each an event of its own).
pub(super) fn write(
    conn: &Connection,
    article_id: i64,
    c: &Curated,
    written: &mut Written,
) -> Result<()> {
    let body: String = conn
        .prepare_cached(SQL_ARTICLE_BODY)?
        .query_row([article_id], |r| r.get(0))?;
    let char_at = |byte: usize| body[..byte].chars().count() as i64;
    for e in &c.entities {
        let id = entity(conn, &e.name, e.kind, e.name_en.as_deref(), &e.aliases)?;
        // Mentions at each literal occurrence of the name or an alias.
        let occurrences = std::iter::once(&e.name).chain(&e.aliases).flat_map(|form| {
            body.match_indices(form.as_str()).map(|(b, _)| {
                let s = char_at(b);
                (
                    id,
                    Field::Body,
                    s,
                    s + form.chars().count() as i64,
                    form.as_str(),
                    crate::vocab::MentionForm::Name,
                )
            })
        });
        written.count(write_mentions(conn, article_id, occurrences, true)?);
    }
    for a in &c.attributions {
        let Some(b) = body.find(a.cue.as_str()) else {
            continue;
        };
        let s = char_at(b);
        let source = match &a.source {
            Some(n) => Some(entity(conn, n, EntityKind::Outlet, None, &[])?),
            None => None,
        };
        conn.prepare_cached(SQL_INSERT_ATTRIBUTION)?
            .execute(params![
                article_id,
                s,
                s + a.cue.chars().count() as i64,
                None::<i64>,
                None::<i64>,
                arabic::normalize(&a.cue),
                a.cue,
                source,
                a.source,
                None::<i64>,
                a.via,
                a.anonymous,
                1,
                source.map(|_| "outlet"),
                None::<&str>,
                false
            ])?;
    }
    let body_len = body.chars().count().max(1) as i64;
    for ev in &c.events {
        let place = match &ev.place {
            Some(p) => Some(entity(conn, p, EntityKind::Place, None, &[])?),
            None => None,
        };
        let people = ev
            .participants
            .iter()
            .map(|p| (p, Role::Participant))
            .chain(ev.mediator.iter().map(|m| (m, Role::Mediator)));
        let mut participants = Vec::new();
        for (name, role) in people {
            participants.push((entity(conn, name, EntityKind::Person, None, &[])?, role));
        }
        insert_report(
            conn,
            &NewReport {
                article_id,
                kind: ev.kind,
                status: ev.status,
                trigger: "curated",
                date_text: ev.date.as_deref(),
                date: date(ev.date.as_deref()),
                place,
                place_text: ev.place.as_deref(),
                participants_text: None,
                attribution: None,
                span: (0, body_len),
                curated: true,
                cluster_key: None,
                content_key: None,
                participants,
            },
        )?;
    }
    Ok(())
}

/// A curated event date ('2025-07-24', '2025-07' or '2025') as date_start, date_end and precision;
/// anything else stays unresolved (its text is kept in date_text).
fn date(d: Option<&str>) -> (Option<String>, Option<String>, Precision) {
    match d.map(Period::parse) {
        Some(Ok(p)) => (
            Some(p.start.to_string()),
            Some(p.end.to_string()),
            p.precision,
        ),
        _ => (None, None, Precision::Unresolved),
    }
}
