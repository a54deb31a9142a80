//! The gazetteer: seeding the archive's `entities` + `entity_aliases` from CSV, and the in-memory
//! matcher index built from them once per import.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use rusqlite::{params, Connection, OptionalExtension};

use crate::arabic;

/// The shipped CSVs, embedded so a fresh archive knows the usual names without any file at hand.
pub(crate) const DEFAULT_CSVS: [(&str, &str); 5] = [
    (
        "countries.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/countries.csv"
        )),
    ),
    (
        "capitals.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/capitals.csv"
        )),
    ),
    (
        "outlets.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/outlets.csv"
        )),
    ),
    (
        "people.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/people.csv"
        )),
    ),
    (
        "orgs.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/orgs.csv"
        )),
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Person,
    Org,
    Place,
    Country,
    Outlet,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "person" => Kind::Person,
            "org" => Kind::Org,
            "place" => Kind::Place,
            "country" => Kind::Country,
            "outlet" => Kind::Outlet,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Org => "org",
            Kind::Place => "place",
            Kind::Country => "country",
            Kind::Outlet => "outlet",
        }
    }
    /// Places a meeting can happen in.
    pub fn is_geo(self) -> bool {
        matches!(self, Kind::Place | Kind::Country)
    }
    /// Parties an article can credit for a claim.
    pub fn can_be_source(self) -> bool {
        matches!(self, Kind::Person | Kind::Org | Kind::Outlet)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliasKind {
    Name,
    Short,
    Descriptive,
    Abbreviation,
}

impl AliasKind {
    fn parse(s: &str) -> AliasKind {
        match s {
            "short" => AliasKind::Short,
            "descriptive" => AliasKind::Descriptive,
            "abbreviation" => AliasKind::Abbreviation,
            _ => AliasKind::Name,
        }
    }
    fn as_str(self) -> &'static str {
        match self {
            AliasKind::Name => "name",
            AliasKind::Short => "short",
            AliasKind::Descriptive => "descriptive",
            AliasKind::Abbreviation => "abbreviation",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub id: i64,
    pub key: Option<String>,
    pub kind: Kind,
    pub name: String,
}

/// One alias as a sequence of token keys; stored under its first key.
#[derive(Debug, Clone)]
pub(crate) struct Alias {
    pub rest: Box<[Box<str>]>,
    pub entity: u32,
    pub kind: AliasKind,
}

/// Names to look for, loaded once per import from the archive's entities and aliases.
#[derive(Debug, Default)]
pub struct Gazetteer {
    pub(crate) entities: Vec<Entity>,
    by_id: HashMap<i64, u32>,
    /// First token key → aliases starting with it, longest first.
    pub(crate) first: HashMap<Box<str>, Vec<Alias>>,
    /// Short alias norm → entities that go by it (ambiguity check).
    pub(crate) shorts: HashMap<Box<str>, Vec<u32>>,
    /// Entity → the places/countries containing it.
    parents: HashMap<u32, Vec<u32>>,
}

const SQL_LOAD_ENTITIES: &str = "SELECT id, key, kind, COALESCE(name_ar, name_en) FROM entities";
const SQL_LOAD_ALIASES: &str = "SELECT entity_id, norm, kind FROM entity_aliases";
const SQL_LOAD_WITHIN: &str = "SELECT entity_id, parent_id FROM entity_within";

impl Gazetteer {
    pub fn load(conn: &Connection) -> Result<Self> {
        let mut g = Gazetteer::default();
        let mut st = conn.prepare(SQL_LOAD_ENTITIES)?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        for row in rows {
            let (id, key, kind, name) = row?;
            let kind = Kind::parse(&kind).ok_or_else(|| anyhow!("entity {id}: bad kind {kind}"))?;
            g.by_id.insert(id, g.entities.len() as u32);
            g.entities.push(Entity {
                id,
                key,
                kind,
                name,
            });
        }
        let mut st = conn.prepare(SQL_LOAD_ALIASES)?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (eid, norm, kind) = row?;
            if let Some(&e) = g.by_id.get(&eid) {
                g.add_alias(e, &norm, AliasKind::parse(&kind));
            }
        }
        for v in g.first.values_mut() {
            // Longest first, then a stable order so matching is deterministic.
            v.sort_by(|a, b| {
                b.rest
                    .len()
                    .cmp(&a.rest.len())
                    .then(a.entity.cmp(&b.entity))
            });
        }
        let mut st = conn.prepare(SQL_LOAD_WITHIN)?;
        let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (c, p) = row?;
            if let (Some(&c), Some(&p)) = (g.by_id.get(&c), g.by_id.get(&p)) {
                g.parents.entry(c).or_default().push(p);
            }
        }
        Ok(g)
    }

    fn add_alias(&mut self, entity: u32, norm: &str, kind: AliasKind) {
        let mut words = norm.split(' ').filter(|w| !w.is_empty());
        let Some(first) = words.next() else { return };
        let rest: Box<[Box<str>]> = words.map(Box::from).collect();
        if kind == AliasKind::Short && rest.is_empty() {
            let v = self.shorts.entry(first.into()).or_default();
            if !v.contains(&entity) {
                v.push(entity);
            }
        }
        self.first
            .entry(first.into())
            .or_default()
            .push(Alias { rest, entity, kind });
    }

    pub fn entity(&self, idx: u32) -> &Entity {
        &self.entities[idx as usize]
    }

    pub fn index_of(&self, id: i64) -> Option<u32> {
        self.by_id.get(&id).copied()
    }

    /// Is `inner` the same place as `outer` or inside it?
    pub fn within(&self, inner: u32, outer: u32) -> bool {
        inner == outer
            || self
                .parents
                .get(&inner)
                .is_some_and(|ps| ps.iter().any(|&p| p == outer || self.within(p, outer)))
    }

    /// An entity whose full alias equals `text`'s normalised form, preferring `kind`.
    pub fn lookup(&self, text: &str, kind: Option<Kind>) -> Option<u32> {
        let norm = arabic::index_text(text);
        let mut words = norm.split(' ');
        let first = words.next()?;
        let rest: Vec<&str> = words.collect();
        let cands = self.first.get(first)?;
        let mut best = None;
        for a in cands {
            if a.rest.len() == rest.len() && a.rest.iter().zip(&rest).all(|(x, y)| &**x == *y) {
                let e = self.entity(a.entity);
                if kind.is_none_or(|k| k == e.kind) {
                    return Some(a.entity);
                }
                best.get_or_insert(a.entity);
            }
        }
        best
    }
}

/// Loads the shipped CSVs into the archive. Idempotent: known keys are left as they are.
pub fn seed_default(conn: &Connection) -> Result<usize> {
    let mut n = 0;
    for (name, text) in DEFAULT_CSVS {
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

const SQL_INSERT_ENTITY: &str =
    "INSERT OR IGNORE INTO entities (key, kind, name_ar, name_en, source, note) \
     VALUES (?1, ?2, ?3, ?4, 'gazetteer', ?5)";
const SQL_ENTITY_BY_KEY: &str = "SELECT id FROM entities WHERE key = ?1";
const SQL_INSERT_ALIAS: &str =
    "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm, lang, kind) VALUES (?1, ?2, ?3, ?4, ?5)";
const SQL_INSERT_WITHIN: &str =
    "INSERT OR IGNORE INTO entity_within (entity_id, parent_id) VALUES (?1, ?2)";

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
        added += conn.prepare_cached(SQL_INSERT_ENTITY)?.execute(params![
            key,
            kind.as_str(),
            name_ar,
            name_en,
            cell(cols.note)
        ])?;
        let id: i64 = conn
            .prepare_cached(SQL_ENTITY_BY_KEY)?
            .query_row([key], |r| r.get(0))?;
        let put = |alias: &str, lang: &str, kind: AliasKind| -> Result<()> {
            let norm = arabic::index_text(alias);
            if !norm.trim().is_empty() {
                conn.prepare_cached(SQL_INSERT_ALIAS)?.execute(params![
                    id,
                    alias,
                    norm,
                    lang,
                    kind.as_str()
                ])?;
            }
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
        let pid: Option<i64> = conn
            .prepare_cached(SQL_ENTITY_BY_KEY)?
            .query_row([&parent], |r| r.get(0))
            .optional()?;
        match pid {
            Some(pid) => {
                conn.prepare_cached(SQL_INSERT_WITHIN)?
                    .execute(params![id, pid])?;
            }
            None => bail!("{label}:{line}: unknown country_key '{parent}'"),
        }
    }
    Ok(added)
}
