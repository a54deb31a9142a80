//! Corrections of entity recognition (`marsad entity reject|unalias|block|promote`, and what
//! `merge` records): each is written to the curation tables of migration V14 and logged in
//! `curation_log`, so a later `marsad extract` keeps it.
//!
//! - reject: the entity and its mentions go; its key and every name it had (as discovered keys) are
//!   recorded, so neither the gazetteer seeding nor the tagger brings it back.
//! - unalias: an alias goes (the gazetteer matcher is rebuilt from the table at every run).
//! - block: a surface form («للبنان», as written) never links to the entity again.
//! - promote: a discovered entity becomes a curated one (English name, kind, aliases), matched by
//!   its names like a gazetteer entity from the next run on.
//! - merge (in `curate::merge`): a discovered name merged into another entity is that entity when
//!   found again (`entity_redirects`).

use anyhow::{bail, Context, Result};
use rusqlite::{params, Connection, OptionalExtension};

use crate::archive::entities;
use crate::db::now_iso;
use crate::extract::tagger::link::discovered_key;
use crate::extract::tagger::SpanKind;
use crate::vocab::{AliasKind, EntityKind};

/// Append one act to `curation_log`.
pub fn log(conn: &Connection, action: &str, entity_id: i64, detail: Option<&str>) -> Result<()> {
    conn.execute(
        "INSERT INTO curation_log (at, action, entity_id, detail) VALUES (?1, ?2, ?3, ?4)",
        params![now_iso(), action, entity_id, detail],
    )?;
    Ok(())
}

/// The discovered-name kind an entity kind is found as.
fn span_kind(k: EntityKind) -> SpanKind {
    match k {
        EntityKind::Person => SpanKind::Person,
        EntityKind::Place | EntityKind::Country => SpanKind::Place,
        EntityKind::Org | EntityKind::Outlet => SpanKind::Org,
    }
}

struct Row {
    key: Option<String>,
    kind: EntityKind,
    name: String,
    source: String,
}

fn row(conn: &Connection, id: i64) -> Result<Row> {
    let (key, kind, name, source): (Option<String>, String, String, String) = conn
        .query_row(
            "SELECT key, kind, COALESCE(name_en, name_ar), source FROM entities WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?
        .with_context(|| format!("no entity with id {id}"))?;
    Ok(Row {
        key,
        kind: kind.parse()?,
        name,
        source,
    })
}

/// The articles that mention an entity (theirs are the rows a correction changes).
fn articles_of(conn: &Connection, id: i64) -> Result<Vec<i64>> {
    Ok(conn
        .prepare("SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?1 ORDER BY 1")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Reject an entity: it is deleted with its mentions (attributions keep their source text,
/// events their place text), and neither its key nor any of its names as a discovered name
/// ([`discovered_key`]) is created again. Returns the keys recorded.
pub fn reject(conn: &Connection, id: i64) -> Result<Vec<String>> {
    let r = row(conn, id)?;
    let tx = conn.unchecked_transaction()?;
    let mut keys: Vec<String> = r.key.iter().cloned().collect();
    let norms: Vec<String> = tx
        .prepare("SELECT norm FROM entity_aliases WHERE entity_id = ?1 AND lang = 'ar'")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let kind = crate::extract::tagger::link::entity_kind(span_kind(r.kind));
    keys.extend(norms.iter().map(|n| discovered_key(kind, n)));
    let redirected: Vec<String> = tx
        .prepare("SELECT key FROM entity_redirects WHERE entity_id = ?1")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    keys.extend(redirected);
    keys.sort();
    keys.dedup();
    let now = now_iso();
    for k in &keys {
        tx.execute(
            "INSERT OR REPLACE INTO entity_rejections (key, entity_id, name, at) VALUES (?1, ?2, ?3, ?4)",
            params![k, id, r.name, now],
        )?;
    }
    log(&tx, "reject", id, Some(&r.name))?;
    tx.execute("DELETE FROM entities WHERE id = ?1", [id])?;
    tx.commit()?;
    Ok(keys)
}

/// Remove aliases from an entity (matched by normalised form). Returns how many went.
pub fn unalias(conn: &Connection, id: i64, aliases: &[String]) -> Result<usize> {
    row(conn, id)?;
    let tx = conn.unchecked_transaction()?;
    let mut n = 0;
    for a in aliases {
        let norm = crate::arabic::index_text(a);
        let k = tx.execute(
            "DELETE FROM entity_aliases WHERE entity_id = ?1 AND norm = ?2",
            params![id, norm],
        )?;
        if k > 0 {
            log(&tx, "remove_alias", id, Some(a))?;
        }
        n += k;
    }
    tx.commit()?;
    Ok(n)
}

/// Block surface forms (as written in the text, clitics included) from linking to an entity.
/// Returns the articles whose rows must be re-extracted (those that mention the entity).
pub fn block(conn: &Connection, id: i64, surfaces: &[String]) -> Result<Vec<i64>> {
    row(conn, id)?;
    let tx = conn.unchecked_transaction()?;
    for s in surfaces {
        let norm = crate::arabic::index_text(s);
        if norm.is_empty() {
            bail!("«{s}» has no letters or digits");
        }
        tx.execute(
            "INSERT OR REPLACE INTO entity_blocks (entity_id, norm, surface, at) VALUES (?1, ?2, ?3, ?4)",
            params![id, norm, s.trim(), now_iso()],
        )?;
        log(&tx, "block", id, Some(s))?;
    }
    tx.commit()?;
    articles_of(conn, id)
}

/// What promotion gives a discovered entity.
pub struct Promotion {
    pub name_en: Option<String>,
    pub kind: Option<String>,
    pub aliases: Vec<String>,
}

/// Promote a discovered entity to a curated one: its English name, kind and aliases as given.
/// From the next `marsad extract` on its names are matched like the gazetteer's.
///
/// # Errors
/// The entity is not a discovered one, or an unknown kind.
pub fn promote(conn: &Connection, id: i64, p: &Promotion) -> Result<()> {
    let r = row(conn, id)?;
    if r.source != "extracted" {
        bail!(
            "entity {id} is not a discovered one (origin {}): edit it with `entity alias`",
            entities::origin(&r.source)
        );
    }
    let kind: EntityKind = match &p.kind {
        Some(k) => k.parse().map_err(|e: crate::vocab::UnknownTerm| {
            anyhow::anyhow!("unknown kind '{k}' (one of: {})", e.allowed)
        })?,
        None => r.kind,
    };
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "UPDATE entities SET source = 'curated', kind = ?2, name_en = COALESCE(?3, name_en) WHERE id = ?1",
        params![id, kind.as_str(), p.name_en],
    )?;
    for a in p.name_en.iter().chain(&p.aliases) {
        super::add_alias(&tx, id, a, AliasKind::Name)?;
    }
    log(
        &tx,
        "promote",
        id,
        Some(&format!(
            "{} {}",
            kind.as_str(),
            p.name_en.as_deref().unwrap_or("")
        )),
    )?;
    tx.commit()?;
    Ok(())
}

/// Inside `curate::merge`'s transaction: a discovered `from` (and the names already redirected to
/// it) become `into` when found again.
pub(super) fn redirect(conn: &Connection, from: i64, into: i64) -> Result<()> {
    conn.execute(
        "UPDATE entity_redirects SET entity_id = ?1 WHERE entity_id = ?2",
        [into, from],
    )?;
    let key: Option<String> = conn
        .query_row("SELECT key FROM entities WHERE id = ?1", [from], |r| {
            r.get(0)
        })
        .optional()?
        .flatten();
    if let Some(k) = key.filter(|k| k.starts_with("discovered:")) {
        conn.execute(
            "INSERT OR REPLACE INTO entity_redirects (key, entity_id) VALUES (?1, ?2)",
            params![k, into],
        )?;
    }
    log(conn, "merge", from, Some(&format!("into {into}")))?;
    Ok(())
}
