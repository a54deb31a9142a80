//! Naming entities on the command line: any alias, Arabic or English, as people type it, resolves to one
//! entity id — or to an error that lists the candidates when the name fits several.
//!
//! Names are compared as search keys (`arabic::index_text`: the project's normalisation, so ال, clitics,
//! hamza forms and harakat do not matter), in three tiers; the first tier that finds anything decides:
//!
//! 1. **Exact**: the key equals a full alias (a `name`, `descriptive` or `abbreviation` alias).
//! 2. **Name parts**: the Latin articles `al`/`el` (al-Shaibani, el-Sisi) are ignored, and then the key
//!    equals an alias, a surname alias (`short`: «الشيباني», «باراك»), or names a person by words of a
//!    full name in order, ending with the surname (Dermer, Recep Erdogan).
//! 3. **Transliteration**: the same on consonant skeletons of Latin words: diacritics dropped (Erdoğan),
//!    vowels dropped (Shaibani = Shibani = Shaybani), doubled letters collapsed (Barrack = Barack),
//!    q read as k.
//!
//! A tier that finds one entity answers; one that finds several (the bare «باراك» is Tom Barrack's
//! surname and Ehud Barak's) is an error listing them — never a silent pick. The extraction links a bare
//! surname through the article's context (the full name used earlier); the command line has no context,
//! so it asks.

use anyhow::{bail, Result};
use rusqlite::Connection;

use crate::arabic;

const SQL_ALIASES: &str = "
SELECT a.entity_id, a.norm, a.kind, e.kind, COALESCE(e.name_en, e.name_ar)
FROM entity_aliases a JOIN entities e ON e.id = a.entity_id";

/// One alias as the resolver sees it.
struct Alias {
    entity: i64,
    /// The alias's search keys, one per word.
    words: Vec<String>,
    short: bool,
    person: bool,
}

/// The entity id that `name` (an alias in any spelling, or an id) names.
///
/// # Errors
/// No entity by that name (with the nearest aliases as suggestions), or several (listed, with ids).
pub fn resolve(conn: &Connection, name: &str) -> Result<i64> {
    let norm = arabic::index_text(name);
    if norm.is_empty() {
        bail!("an entity name is needed (an alias in Arabic or English)");
    }
    if let Ok(id) = name.trim().parse::<i64>() {
        let found = conn
            .prepare_cached("SELECT id FROM entities WHERE id = ?1")?
            .exists([id])?;
        return if found {
            Ok(id)
        } else {
            bail!("no entity with id {id}")
        };
    }
    let aliases = load(conn)?;
    // عبد + a name of God may be written joined or spaced: try both spellings of the name.
    let keys: Vec<&str> = norm.split(' ').collect();
    let spellings: Vec<Vec<String>> = match arabic::compound_spellings(&keys) {
        Some((joined, spaced)) => vec![joined, spaced],
        None => vec![keys.iter().map(|k| k.to_string()).collect()],
    };
    for tier in [Tier::Exact, Tier::Parts, Tier::Skeleton] {
        let mut ids: Vec<i64> = Vec::new();
        for q in &spellings {
            let q = tier.fold(q);
            if tier == Tier::Skeleton && q.concat().chars().count() < 3 {
                continue; // two consonants match too much to be a name
            }
            for a in &aliases {
                if !ids.contains(&a.entity) && tier.matches(&q, a) {
                    ids.push(a.entity);
                }
            }
        }
        match ids.as_slice() {
            [] => continue,
            [one] => {
                if tier == Tier::Skeleton {
                    // Not the alias's own spelling: say which entity the variant was read as.
                    eprintln!(
                        "marsad: «{name}» read as {}, a spelling variant",
                        describe(conn, &[*one])?.join("")
                    );
                }
                return Ok(*one);
            }
            many => bail!(
                "«{name}» may name any of: {}; give a fuller name or the id",
                describe(conn, many)?.join(", ")
            ),
        }
    }
    bail!("no entity named «{name}»{}", suggestions(conn, &norm)?)
}

fn load(conn: &Connection) -> Result<Vec<Alias>> {
    let mut stmt = conn.prepare_cached(SQL_ALIASES)?;
    let rows = stmt.query_map([], |r| {
        Ok(Alias {
            entity: r.get(0)?,
            words: r
                .get::<_, String>(1)?
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect(),
            short: r.get::<_, String>(2)? == "short",
            person: r.get::<_, String>(3)? == "person",
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tier {
    Exact,
    Parts,
    Skeleton,
}

impl Tier {
    fn fold(self, words: &[String]) -> Vec<String> {
        match self {
            Tier::Exact => words.to_vec(),
            Tier::Parts => words.iter().filter(|w| !is_article(w)).cloned().collect(),
            Tier::Skeleton => words
                .iter()
                .filter(|w| !is_article(w))
                .map(|w| skeleton(w))
                .filter(|w| !w.is_empty())
                .collect(),
        }
    }

    fn matches(self, q: &[String], a: &Alias) -> bool {
        if self == Tier::Exact {
            return !a.short && q == a.words.as_slice();
        }
        let words = self.fold(&a.words);
        if q.is_empty() || words.is_empty() {
            return false;
        }
        if q == words.as_slice() {
            return true;
        }
        // A person named by words of a full name, in order, ending with the surname.
        a.person && !a.short && q.last() == words.last() && in_order(q, &words)
    }
}

/// Is every word of `q` in `words`, in the same order?
fn in_order(q: &[String], words: &[String]) -> bool {
    let mut it = words.iter();
    q.iter().all(|w| it.any(|x| x == w))
}

/// The Latin article of transliterated Arabic names (al-Shaibani, el-Sisi), a word of its own once
/// hyphens split it.
fn is_article(w: &str) -> bool {
    matches!(w, "al" | "el")
}

/// The consonant skeleton of a Latin word: diacritics dropped, vowels (and y, w used as vowels in
/// transliteration) dropped, q → k, doubled letters collapsed. Non-Latin words are kept as they are.
/// "Shaibani", "Shibani", "Shaybani" → "shbn"; "Erdoğan" → "rdgn"; "Barrack", "Barack" → "brck".
fn skeleton(w: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if !w
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c.is_alphabetic() && (c as u32) < 0x250)
    {
        return w.to_string();
    }
    let mut out = String::new();
    for c in w.nfd().filter(char::is_ascii) {
        let c = match c.to_ascii_lowercase() {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' => continue,
            'q' => 'k',
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// "Tom Barrack (person, id 613)" for each id, most mentioned first.
fn describe(conn: &Connection, ids: &[i64]) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT COALESCE(name_en, name_ar), kind,
                (SELECT coalesce(sum(n), 0) FROM mentions m WHERE m.entity_id = e.id)
         FROM entities e WHERE id = ?1",
    )?;
    let mut rows: Vec<(i64, String, i64)> = Vec::new();
    for &id in ids {
        let (name, kind, n): (String, String, i64) =
            stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.push((n, format!("{name} ({kind}, id {id})"), id));
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
    Ok(rows.into_iter().map(|r| r.1).collect())
}

/// "; did you mean …?" from the nearest aliases, or nothing when none is near.
fn suggestions(conn: &Connection, norm: &str) -> Result<String> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.alias, a.norm, COALESCE(e.name_en, e.name_ar)
         FROM entity_aliases a JOIN entities e ON e.id = a.entity_id",
    )?;
    let mut scored: Vec<(f64, String)> = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .filter_map(|r| r.ok())
        .map(|(alias, n, canonical)| {
            let label = if alias == canonical {
                alias
            } else {
                format!("{alias} ({canonical})")
            };
            (strsim::normalized_levenshtein(norm, &n), label)
        })
        .filter(|(s, _)| *s >= 0.6)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    let names: Vec<String> = scored.into_iter().take(3).map(|(_, l)| l).collect();
    Ok(if names.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", names.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{self, Mode};

    fn archive() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = db::open(&dir.path().join("t.db"), Mode::Write).unwrap();
        (dir, conn)
    }

    fn name_of(conn: &Connection, id: i64) -> String {
        conn.query_row(
            "SELECT COALESCE(name_en, name_ar) FROM entities WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
    }

    /// The names of issue #15, as an analyst types them: each resolved to the one entity it names.
    #[test]
    fn names_as_people_type_them() {
        let (_d, conn) = archive();
        for (typed, expected) in [
            ("Ron Dermer", "Ron Dermer"),
            ("Dermer", "Ron Dermer"),
            ("Netanyahu", "Benjamin Netanyahu"),
            ("Erdogan", "Recep Tayyip Erdogan"),
            ("Erdoğan", "Recep Tayyip Erdogan"),
            ("Recep Erdogan", "Recep Tayyip Erdogan"),
            ("Shaibani", "Asaad al-Shaibani"),
            ("Shibani", "Asaad al-Shaibani"),
            ("al-Shaibani", "Asaad al-Shaibani"),
            ("Al Shaybani", "Asaad al-Shaibani"),
            ("Asaad Shaibani", "Asaad al-Shaibani"),
            ("الشيباني", "Asaad al-Shaibani"),
            ("شيباني", "Asaad al-Shaibani"),
            ("والشيباني", "Asaad al-Shaibani"),
            ("أسعد الشيباني", "Asaad al-Shaibani"),
            ("Barak", "Ehud Barak"),
            ("Tom Barrack", "Tom Barrack"),
            ("توم باراك", "Tom Barrack"),
            ("Paris", "Paris"),
            ("باريس", "Paris"),
            ("بباريس", "Paris"),
        ] {
            let id = resolve(&conn, typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(name_of(&conn, id), expected, "{typed}");
        }
    }

    /// A name that fits several entities lists them and picks none.
    #[test]
    fn ambiguous_names_list_the_candidates() {
        let (_d, conn) = archive();
        for (typed, both) in [
            ("باراك", ["Tom Barrack", "Ehud Barak"]),
            ("Sharaa", ["Ahmed al-Sharaa", "Farouk al-Sharaa"]),
            ("الشرع", ["Ahmed al-Sharaa", "Farouk al-Sharaa"]),
        ] {
            let e = resolve(&conn, typed).unwrap_err().to_string();
            for name in both {
                assert!(e.contains(name), "{typed}: {e}");
            }
            assert!(e.contains("id "), "{e}");
        }
    }

    #[test]
    fn ids_and_unknown_names() {
        let (_d, conn) = archive();
        let id = resolve(&conn, "Ron Dermer").unwrap();
        assert_eq!(resolve(&conn, &id.to_string()).unwrap(), id);
        let e = resolve(&conn, "Ron Dermes").unwrap_err().to_string();
        assert!(e.contains("did you mean Ron Dermer"), "{e}");
        assert!(resolve(&conn, "Zzyzx").is_err());
    }

    #[test]
    fn skeletons() {
        assert_eq!(skeleton("shaibani"), "shbn");
        assert_eq!(skeleton("shaybani"), "shbn");
        assert_eq!(skeleton("erdoğan"), "rdgn");
        assert_eq!(skeleton("barrack"), "brck");
        assert_eq!(skeleton("باراك"), "باراك");
    }
}
