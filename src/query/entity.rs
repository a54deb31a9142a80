//! Naming entities on the command line: any alias, Arabic or English, resolves to one entity id.

use anyhow::{bail, Result};
use rusqlite::Connection;

use crate::arabic;

/// Full names beat bare surnames ('short' aliases) when both match.
const SQL_BY_NORM: &str = "
SELECT e.id, e.kind, COALESCE(e.name_en, e.name_ar), MIN(CASE a.kind WHEN 'short' THEN 1 ELSE 0 END) AS weak
FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
WHERE a.norm = ?1
GROUP BY e.id
ORDER BY weak, e.id";

const SQL_ALL_ALIASES: &str = "
SELECT a.alias, a.norm, COALESCE(e.name_en, e.name_ar)
FROM entity_aliases a JOIN entities e ON e.id = a.entity_id";

pub fn resolve(conn: &Connection, name: &str) -> Result<i64> {
    let norm = arabic::index_text(name);
    if norm.is_empty() {
        bail!("an entity name is needed (an alias in Arabic or English)");
    }
    let mut stmt = conn.prepare_cached(SQL_BY_NORM)?;
    // عبد + a name of God may be written joined or spaced: try both spellings of the name.
    let keys: Vec<&str> = norm.split(' ').collect();
    let spellings = match arabic::compound_spellings(&keys) {
        Some((joined, spaced)) => vec![joined.join(" "), spaced.join(" ")],
        None => vec![norm.clone()],
    };
    let mut rows: Vec<(i64, String, String, i64)> = Vec::new();
    for n in &spellings {
        for r in stmt.query_map([n], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))? {
            let r = r?;
            if !rows.iter().any(|x| x.0 == r.0) {
                rows.push(r);
            }
        }
    }
    let strong: Vec<_> = rows.iter().filter(|r| r.3 == 0).collect();
    let pick: Vec<_> = if strong.is_empty() {
        rows.iter().collect()
    } else {
        strong
    };
    match pick.as_slice() {
        [one] => Ok(one.0),
        [] => bail!("no entity named «{name}»{}", suggestions(conn, &norm)?),
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|r| format!("{} ({}, id {})", r.2, r.1, r.0))
                .collect();
            bail!(
                "«{name}» names several entities: {}; use a fuller name",
                list.join(", ")
            )
        }
    }
}

/// "; did you mean …?" from the nearest aliases, or nothing when none is near.
fn suggestions(conn: &Connection, norm: &str) -> Result<String> {
    let mut stmt = conn.prepare_cached(SQL_ALL_ALIASES)?;
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
