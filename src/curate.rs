//! Curation: analysts add entities and aliases, merge duplicates, and inspect entities and events.
//! Everything an analyst writes is marked `curated` and survives re-extraction.

use anyhow::{bail, Context, Result};
use rusqlite::{params, Connection, OptionalExtension};

use crate::arabic;
use crate::archive::entities;
use crate::output::{RowSink, Value};
use crate::query::entity;
use crate::vocab::{AliasKind, EntityKind};

pub mod corrections;

/// An entity named by id or by any alias.
pub fn resolve(conn: &Connection, name_or_id: &str) -> Result<i64> {
    if let Ok(id) = name_or_id.trim().parse::<i64>() {
        let found: Option<i64> = conn
            .query_row("SELECT id FROM entities WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        return found.with_context(|| format!("no entity with id {id}"));
    }
    entity::resolve(conn, name_or_id)
}

/// Add one alias; returns false when the entity already had it (same normalised key).
///
/// # Errors
/// An alias without letters or digits (it would match nothing).
pub fn add_alias(conn: &Connection, entity_id: i64, alias: &str, kind: AliasKind) -> Result<bool> {
    let alias = alias.trim();
    if arabic::index_text(alias).is_empty() {
        bail!("alias «{alias}» has no letters or digits");
    }
    entities::insert_alias(conn, entity_id, alias, entities::alias_lang(alias), kind)
}

/// The `--kind` flag's value.
fn entity_kind(k: &str) -> Result<EntityKind> {
    k.parse().map_err(|e: crate::vocab::UnknownTerm| {
        anyhow::anyhow!("unknown kind '{k}' (one of: {})", e.allowed)
    })
}

pub struct NewEntity {
    pub kind: String,
    pub name_ar: Option<String>,
    pub name_en: Option<String>,
    pub key: Option<String>,
    pub aliases: Vec<String>,
}

pub fn add_entity(conn: &Connection, e: &NewEntity) -> Result<i64> {
    let kind = entity_kind(&e.kind)?;
    if e.name_ar.is_none() && e.name_en.is_none() {
        bail!("an entity needs --ar or --en (or both)");
    }
    let tx = conn.unchecked_transaction()?;
    let id = entities::insert(
        &tx,
        &entities::NewEntity {
            key: e.key.as_deref(),
            kind,
            name_ar: e.name_ar.as_deref(),
            name_en: e.name_en.as_deref(),
            source: entities::Source::Curated,
            note: None,
        },
    )
    .map_err(|err| match &e.key {
        Some(k) if err.to_string().contains("UNIQUE") => {
            anyhow::anyhow!("an entity with key {k} already exists")
        }
        _ => err,
    })?;
    for a in e.name_ar.iter().chain(&e.name_en).chain(&e.aliases) {
        add_alias(&tx, id, a, AliasKind::Name)?;
    }
    corrections::log(
        &tx,
        "add",
        id,
        e.name_en.as_deref().or(e.name_ar.as_deref()),
    )?;
    tx.commit()?;
    Ok(id)
}

/// Every reference to an entity, as `UPDATE` statements over (?1 = into, ?2 = from). `OR IGNORE` where a
/// unique key could collide: the row `into` already has wins, and the duplicate goes with `from`.
const SQL_MERGE: &[&str] = &[
    "UPDATE OR IGNORE entity_aliases SET entity_id = ?1 WHERE entity_id = ?2",
    "UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2",
    "UPDATE OR IGNORE report_participants SET entity_id = ?1 WHERE entity_id = ?2",
    "UPDATE OR IGNORE event_participants SET entity_id = ?1 WHERE entity_id = ?2",
    "UPDATE attributions SET source_entity_id = ?1 WHERE source_entity_id = ?2",
    "UPDATE attributions SET via_entity_id = ?1 WHERE via_entity_id = ?2",
    "UPDATE events SET place_entity_id = ?1 WHERE place_entity_id = ?2",
    "UPDATE event_reports SET place_entity_id = ?1 WHERE place_entity_id = ?2",
    "UPDATE outlets SET entity_id = ?1 WHERE entity_id = ?2",
    "UPDATE OR IGNORE article_relations SET original_entity_id = ?1 WHERE original_entity_id = ?2",
    "UPDATE OR IGNORE entity_within SET entity_id = ?1 WHERE entity_id = ?2",
    "UPDATE OR IGNORE entity_within SET parent_id = ?1 WHERE parent_id = ?2",
    "DELETE FROM entity_within WHERE entity_id = parent_id",
    "UPDATE OR IGNORE entity_blocks SET entity_id = ?1 WHERE entity_id = ?2",
];

/// Fold `from` into `into`: every row that pointed at `from` points at `into`; duplicates collapse.
pub fn merge(conn: &Connection, from: i64, into: i64) -> Result<()> {
    if from == into {
        bail!("cannot merge an entity into itself");
    }
    let tx = conn.unchecked_transaction()?;
    corrections::redirect(&tx, from, into)?;
    for sql in SQL_MERGE {
        if sql.contains("?1") {
            tx.execute(sql, [into, from])?;
        } else {
            tx.execute(sql, [])?;
        }
    }
    tx.execute("DELETE FROM entities WHERE id = ?1", [from])?;
    crate::archive::counts::recount_entities(&tx, Some(&[into].into()))?;
    tx.commit()?;
    Ok(())
}

const SQL_LIST: &str = "
SELECT e.id, e.key, e.kind, e.name_ar, e.name_en,
       CASE e.source WHEN 'extracted' THEN 'discovered' ELSE e.source END AS origin,
       (SELECT count(*) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases,
       (SELECT count(DISTINCT m.article_id) FROM mentions m
        WHERE m.entity_id = e.id AND (?6 = 0 OR m.form = 'name')) AS articles
FROM entities e
WHERE (?1 IS NULL OR e.kind = ?1)
  AND (?2 IS NULL OR e.id IN (SELECT entity_id FROM entity_aliases WHERE norm LIKE '%' || ?2 || '%'))
  AND (?3 = 0 OR EXISTS (SELECT 1 FROM mentions m
                         WHERE m.entity_id = e.id AND (?6 = 0 OR m.form = 'name')))
  AND (?5 IS NULL OR e.source = ?5)
ORDER BY articles DESC, e.kind, COALESCE(e.name_en, e.name_ar)
LIMIT ?4";

/// Which entities `list` gives.
#[derive(Debug, Default, Clone, Copy)]
pub struct ListFilter<'a> {
    /// Only this kind (person, org, place, country, outlet).
    pub kind: Option<&'a str>,
    /// Only entities with an alias containing this text (normalised).
    pub search: Option<&'a str>,
    /// Only this origin: `gazetteer`, `curated` or `discovered`.
    pub origin: Option<&'a str>,
    /// Only entities mentioned somewhere.
    pub mentioned_only: bool,
    /// Count mentions by name alone, not a country's nationality adjectives (`mentions.form`).
    pub names_only: bool,
    /// At most this many rows.
    pub limit: i64,
}

/// The entities, those named in the most articles first, as `f` selects.
///
/// # Errors
/// An unknown kind or origin.
pub fn list(conn: &Connection, f: &ListFilter<'_>, sink: &mut dyn RowSink) -> Result<u64> {
    let ListFilter {
        kind,
        search,
        origin,
        mentioned_only,
        names_only,
        limit,
    } = *f;
    if let Some(k) = kind {
        entity_kind(k)?;
    }
    let source = match origin {
        None => None,
        Some("discovered") => Some("extracted"),
        Some(o @ ("gazetteer" | "curated")) => Some(o),
        Some(o) => bail!("unknown origin '{o}' (one of: gazetteer, curated, discovered)"),
    };
    let norm = search.map(arabic::index_text);
    let mut stmt = conn.prepare(SQL_LIST)?;
    crate::output::write_statement(
        &mut stmt,
        params![
            kind,
            norm,
            mentioned_only as i64,
            limit,
            source,
            names_only as i64
        ],
        sink,
    )
}

pub fn show(conn: &Connection, id: i64, sink: &mut dyn RowSink) -> Result<()> {
    let (key, kind, ar, en, source): (
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        String,
    ) = conn.query_row(
        "SELECT key, kind, name_ar, name_en, source FROM entities WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    let count = |sql: &str| -> Result<i64> { Ok(conn.query_row(sql, [id], |r| r.get(0))?) };
    let mut rows: Vec<(String, Value)> = vec![
        ("id".into(), Value::Int(id)),
        ("key".into(), Value::from(key)),
        ("kind".into(), Value::Text(kind)),
        ("name_ar".into(), Value::from(ar)),
        ("name_en".into(), Value::from(en)),
        (
            "origin".into(),
            Value::Text(entities::origin(&source).to_string()),
        ),
        (
            "articles".into(),
            Value::Int(count(
                "SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ?1",
            )?),
        ),
        (
            "mentions".into(),
            Value::Int(count(
                "SELECT coalesce(sum(n), 0) FROM mentions WHERE entity_id = ?1",
            )?),
        ),
        (
            "events".into(),
            Value::Int(count(
                "SELECT count(DISTINCT event_id) FROM event_participants WHERE entity_id = ?1",
            )?),
        ),
        (
            "events_here".into(),
            Value::Int(count(
                "SELECT count(*) FROM events WHERE place_entity_id = ?1",
            )?),
        ),
        (
            "attributions".into(),
            Value::Int(count(
                "SELECT count(*) FROM attributions WHERE source_entity_id = ?1",
            )?),
        ),
    ];
    let mut stmt = conn.prepare(
        "SELECT alias, kind FROM entity_aliases WHERE entity_id = ?1 ORDER BY kind, alias",
    )?;
    let aliases: Vec<(String, String)> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (a, k) in aliases {
        rows.push((format!("alias ({k})"), Value::Text(a)));
    }
    for (article, context) in examples(conn, id, 5)? {
        rows.push((
            "example".into(),
            Value::Text(format!("article {article}: {context}")),
        ));
    }
    sink.header(&["field".into(), "value".into()])?;
    for (k, v) in rows {
        sink.row(&[Value::Text(k), v])?;
    }
    sink.finish()
}

const SQL_EXAMPLES: &str = "
SELECT m.article_id, m.field, m.spans, CASE m.field WHEN 'title' THEN a.title ELSE a.body END
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.entity_id = ?1 ORDER BY m.article_id DESC, m.field DESC LIMIT ?2";

/// Up to `n` mentions of an entity, newest articles first: (article id, the mention with about
/// 40 characters of text on each side, on one line).
pub fn examples(conn: &Connection, id: i64, n: i64) -> Result<Vec<(i64, String)>> {
    let mut st = conn.prepare(SQL_EXAMPLES)?;
    let rows = st.query_map(params![id, n], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (article, spans, text) = row?;
        let spans: Vec<(usize, usize)> = serde_json::from_str(&spans).unwrap_or_default();
        let Some(&(s, e)) = spans.first() else {
            continue;
        };
        let before = char_slice(&text, s.saturating_sub(40), s);
        let after = char_slice(&text, e, e + 40);
        let ctx = format!("…{before}[{}]{after}…", char_slice(&text, s, e));
        out.push((article, ctx.replace(['\n', '\r'], " ")));
    }
    Ok(out)
}

/// Every report of one event with its claims and the text that supports them.
const SQL_EVENT_REPORTS: &str = "
SELECT r.id AS report_id, r.article_id, a.title, o.name AS outlet, r.status, r.date_text, r.date_start,
       r.date_precision, COALESCE(p.name_en, p.name_ar, r.place_text) AS place, r.participants_text,
       COALESCE(src.name_en, src.name_ar, at.source_text) AS source, at.via_text AS via, at.anonymous,
       r.start, r.end, a.body
FROM event_reports r
JOIN articles a ON a.id = r.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entities p ON p.id = r.place_entity_id
LEFT JOIN attributions at ON at.id = r.attribution_id
LEFT JOIN entities src ON src.id = at.source_entity_id
WHERE r.event_id = ?1
ORDER BY r.article_id, r.start";

pub fn event_show(conn: &Connection, id: i64, sink: &mut dyn RowSink) -> Result<()> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if !exists {
        bail!("no event with id {id} (`marsad meetings` lists them)");
    }
    let mut stmt = conn.prepare(SQL_EVENT_REPORTS)?;
    let cols: Vec<String> = stmt
        .column_names()
        .take(15)
        .map(String::from)
        .chain(["text".to_string()])
        .collect();
    sink.header(&cols)?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let mut vals: Vec<Value> = (0..15)
            .map(|i| r.get_ref(i).map(Value::from_sql))
            .collect::<Result<_, _>>()?;
        let (start, end): (i64, i64) = (r.get(13)?, r.get(14)?);
        let body: String = r.get(15)?;
        vals.push(Value::Text(char_slice(&body, start as usize, end as usize)));
        sink.row(&vals)?;
    }
    sink.finish()
}

/// The text between two character offsets (offsets count Unicode scalar values, like Python's str).
pub fn char_slice(s: &str, start: usize, end: usize) -> String {
    s.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}
