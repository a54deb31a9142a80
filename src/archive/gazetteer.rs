//! The gazetteer in the archive: loading the matcher (`extract::Gazetteer`) from the entity rows,
//! and seeding `entities`, `entity_aliases` and `entity_within` from CSV files (the shipped ones in
//! `data/gazetteer/`, or `marsad gazetteer import FILE`).

use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use rusqlite::Connection;

use super::entities::{self, NewEntity, Source};
use crate::extract::gazetteer::{Entity, Gazetteer};
use crate::vocab::{AliasKind, EntityKind as Kind};

// Discovered entities (source 'extracted') are found by the tagger, not matched as names.
const SQL_LOAD_ENTITIES: &str = "SELECT id, key, kind, COALESCE(name_ar, name_en) FROM entities \
     WHERE source != 'extracted'";
const SQL_LOAD_ALIASES: &str = "SELECT entity_id, norm, kind, alias FROM entity_aliases";
const SQL_LOAD_WITHIN: &str = "SELECT entity_id, parent_id FROM entity_within";

/// The matcher over every entity and alias in the archive.
pub fn load(conn: &Connection) -> Result<Gazetteer> {
    let entities: Vec<Entity> = conn
        .prepare(SQL_LOAD_ENTITIES)?
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .map(|row| -> Result<Entity> {
            let (id, key, kind, name) = row?;
            let kind = kind.parse().with_context(|| format!("entity {id}"))?;
            Ok(Entity {
                id,
                key,
                kind,
                name,
            })
        })
        .collect::<Result<_>>()?;
    let aliases: Vec<(i64, String, AliasKind, String)> = conn
        .prepare(SQL_LOAD_ALIASES)?
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .map(|row| -> Result<_> {
            let (id, norm, kind, alias) = row?;
            Ok((id, norm, kind.parse()?, alias))
        })
        .collect::<Result<_>>()?;
    let within: Vec<(i64, i64)> = conn
        .prepare(SQL_LOAD_WITHIN)?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut g = Gazetteer::from_rows(entities, aliases, within);
    g.curation = entities::curation(conn)?;
    Ok(g)
}

/// Loads the shipped CSVs into the archive. Idempotent: known keys are left as they are.
pub fn seed_default(conn: &Connection) -> Result<usize> {
    let mut n = 0;
    for (name, text) in crate::extract::gazetteer::DEFAULT_CSVS {
        n += import_reader(conn, text.as_bytes(), name, None)?;
    }
    Ok(n)
}

/// `marsad gazetteer import FILE`: same columns as the shipped files. Returns the rows added.
pub fn import_csv(conn: &Connection, path: &Path) -> Result<usize> {
    let label = path.display().to_string();
    let f = std::fs::File::open(path).with_context(|| format!("cannot read {label}"))?;
    let kind = path
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(kind_from_file);
    import_reader(conn, f, &label, kind)
}

fn kind_from_file(stem: &str) -> Option<Kind> {
    Some(match stem {
        "countries" => Kind::Country,
        "capitals" | "places" | "cities" => Kind::Place,
        "outlets" => Kind::Outlet,
        "people" | "persons" => Kind::Person,
        "orgs" | "organisations" | "organizations" => Kind::Org,
        _ => return None,
    })
}

/// Column roles, by header name, so files with extra or reordered columns still load.
struct Columns {
    key: usize,
    kind: Option<usize>,
    name_en: Option<usize>,
    name_ar: Option<usize>,
    aliases: Vec<(usize, AliasKind, &'static str)>,
    country: Option<usize>,
    note: Option<usize>,
}

fn columns(headers: &csv::StringRecord, label: &str) -> Result<Columns> {
    let find = |n: &str| headers.iter().position(|h| h.trim() == n);
    let key = find("key").ok_or_else(|| anyhow!("{label}:1: no 'key' column"))?;
    let mut aliases = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim();
        let lang = if h.ends_with("_ar") { "ar" } else { "en" };
        let kind = match h {
            "aliases_ar" | "aliases_en" => AliasKind::Name,
            "short_ar" | "short_en" => AliasKind::Short,
            "descriptive_ar" | "descriptive_en" => AliasKind::Descriptive,
            "abbreviations" | "abbreviation" | "abbreviations_ar" | "abbreviations_en" => {
                AliasKind::Abbreviation
            }
            _ => continue,
        };
        aliases.push((i, kind, lang));
    }
    Ok(Columns {
        key,
        kind: find("kind"),
        name_en: find("name_en"),
        name_ar: find("name_ar"),
        aliases,
        country: find("country_key"),
        note: find("note"),
    })
}

/// Reads one gazetteer file in a savepoint: all its rows or none, and one commit instead of one per
/// row (seeding a new archive went from 2,900 fsyncs and 10 s to one).
fn import_reader<R: std::io::Read>(
    conn: &Connection,
    input: R,
    label: &str,
    default_kind: Option<Kind>,
) -> Result<usize> {
    conn.execute_batch("SAVEPOINT gazetteer")?;
    let res = import_rows(conn, input, label, default_kind);
    if res.is_err() {
        conn.execute_batch("ROLLBACK TO gazetteer")?;
    }
    conn.execute_batch("RELEASE gazetteer")?;
    res
}

fn import_rows<R: std::io::Read>(
    conn: &Connection,
    input: R,
    label: &str,
    default_kind: Option<Kind>,
) -> Result<usize> {
    let mut rdr = csv::ReaderBuilder::new().flexible(false).from_reader(input);
    let headers = rdr
        .headers()
        .with_context(|| format!("{label}:1: unreadable header"))?
        .clone();
    let cols = columns(&headers, label)?;
    let mut added = 0;
    let mut links = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        let rec = rec.map_err(|e| anyhow!("{label}:{line}: {e}"))?;
        let cell = |c: Option<usize>| {
            c.and_then(|c| rec.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let key = cell(Some(cols.key)).ok_or_else(|| anyhow!("{label}:{line}: empty key"))?;
        let kind = match cell(cols.kind) {
            Some(k) => {
                Kind::parse(k).ok_or_else(|| anyhow!("{label}:{line}: unknown kind '{k}'"))?
            }
            None => default_kind.ok_or_else(|| anyhow!("{label}:{line}: no kind for '{key}'"))?,
        };
        let (name_ar, name_en) = (cell(cols.name_ar), cell(cols.name_en));
        if name_ar.is_none() && name_en.is_none() {
            bail!("{label}:{line}: '{key}' has neither name_ar nor name_en");
        }
        added += entities::insert_if_new(
            conn,
            &NewEntity {
                key: Some(key),
                kind,
                name_ar,
                name_en,
                source: Source::Gazetteer,
                note: cell(cols.note),
            },
        )? as usize;
        let id = entities::by_key(conn, key)?
            .ok_or_else(|| anyhow!("{label}:{line}: entity '{key}' was not written"))?;
        let put = |alias: &str, lang: &str, kind: AliasKind| -> Result<()> {
            entities::insert_alias(conn, id, alias, lang, kind)?;
            Ok(())
        };
        if let Some(n) = name_ar {
            put(n, "ar", AliasKind::Name)?;
        }
        if let Some(n) = name_en {
            put(n, "en", AliasKind::Name)?;
        }
        for &(c, kind, lang) in &cols.aliases {
            for a in cell(Some(c)).unwrap_or("").split('|') {
                let a = a.trim();
                if !a.is_empty() {
                    put(a, lang, kind)?;
                }
            }
        }
        if let Some(parent) = cell(cols.country) {
            links.push((id, parent.to_string(), line));
        }
    }
    // Parents may come later in the file (or from another file already loaded).
    for (id, parent, line) in links {
        match entities::by_key(conn, &parent)? {
            Some(pid) => entities::insert_within(conn, id, pid)?,
            None => bail!("{label}:{line}: unknown country_key '{parent}'"),
        }
    }
    Ok(added)
}

/// The shipped gazetteer, loaded once through a throwaway archive: for unit tests of extraction.
#[cfg(test)]
pub(crate) fn shipped() -> &'static Gazetteer {
    static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    G.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::db::open(&dir.path().join("g.db"), crate::db::Mode::Write).unwrap();
        seed_default(&conn).unwrap();
        load(&conn).unwrap()
    })
}
