//! The gazetteer: the in-memory matcher index of the archive's entities and aliases, built once per
//! import from the rows `archive::gazetteer` loads (pure: no SQLite here).

use std::collections::HashMap;

use crate::arabic;

pub use crate::vocab::{AliasKind, EntityKind as Kind};

/// The shipped gazetteer CSVs (`data/gazetteer/`), embedded so a fresh archive knows the usual names
/// without any file at hand (`archive::gazetteer::seed_default` loads them) and the tagger can test
/// gazetteer membership without an archive.
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
    /// Analysts' corrections extraction applies (blocked surface forms, rejected names).
    pub curation: super::tagger::link::Curation,
}

impl Gazetteer {
    /// Build the matcher from the archive's rows: `entities` (id, stable key, kind, name), `aliases`
    /// (entity id, matching key `norm`, alias kind) and `within` (place id, containing place id).
    /// Aliases and containments of unknown entities are ignored.
    pub fn from_rows(
        entities: impl IntoIterator<Item = Entity>,
        aliases: impl IntoIterator<Item = (i64, String, AliasKind)>,
        within: impl IntoIterator<Item = (i64, i64)>,
    ) -> Self {
        let mut g = Gazetteer::default();
        for e in entities {
            g.by_id.insert(e.id, g.entities.len() as u32);
            g.entities.push(e);
        }
        for (eid, norm, kind) in aliases {
            if let Some(&e) = g.by_id.get(&eid) {
                g.add_alias(e, &norm, kind);
                // عبد + a name of God: the name joined or spaced (عبدالله = عبد الله).
                let keys: Vec<&str> = norm.split(' ').collect();
                if let Some((joined, spaced)) = arabic::compound_spellings(&keys) {
                    for other in [joined, spaced].map(|k| k.join(" ")) {
                        if other != norm {
                            g.add_alias(e, &other, kind);
                        }
                    }
                }
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
        for (c, p) in within {
            if let (Some(&c), Some(&p)) = (g.by_id.get(&c), g.by_id.get(&p)) {
                g.parents.entry(c).or_default().push(p);
            }
        }
        g
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
