//! Canned queries: one `.sql` file each, with a header that names, describes and types its parameters.
//!
//! ```sql
//! -- name: meetings-by-place
//! -- description: Meetings in one place, oldest first.
//! -- param: place entity "Place, any alias in Arabic or English" required
//! -- param: limit integer "At most this many rows" default=100
//! SELECT ... WHERE e.place_entity_id = :place LIMIT :limit
//! ```
//!
//! Types: `text` (bound as is), `integer`, `date` (YYYY, YYYY-MM or YYYY-MM-DD: binds `:name` to the start of
//! that period and `:name_end` to the start of the next, for inclusive ranges), `entity` (any alias, Arabic or
//! English, bound as the entity id). Values are always bound, never pasted into the SQL.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use rusqlite::types::Value as SqlValue;
use rusqlite::Connection;

use super::entity;
use crate::output::{write_bound_statement, RowSink};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    Text,
    Integer,
    Date,
    Entity,
}

impl ParamType {
    fn parse(s: &str) -> Option<ParamType> {
        match s {
            "text" => Some(ParamType::Text),
            "integer" => Some(ParamType::Integer),
            "date" => Some(ParamType::Date),
            "entity" => Some(ParamType::Entity),
            _ => None,
        }
    }
    pub fn as_str(&self) -> &'static str {
        match self {
            ParamType::Text => "text",
            ParamType::Integer => "integer",
            ParamType::Date => "date",
            ParamType::Entity => "entity",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Param {
    /// As the SQL binds it (`min_sources`); on the command line with dashes (see [`Param::flag`]).
    pub name: String,
    pub ty: ParamType,
    pub description: String,
    pub required: bool,
    pub default: Option<String>,
}

impl Param {
    /// The command-line flag: `--min-sources` for `min_sources` (`--min_sources` is accepted too).
    pub fn flag(&self) -> String {
        format!("--{}", self.name.replace('_', "-"))
    }
}

/// A parameter name as given on the command line, in the SQL's spelling: dashes become underscores.
pub fn param_key(given: &str) -> String {
    given.trim().replace('-', "_")
}

#[derive(Debug, Clone)]
pub struct Canned {
    pub name: String,
    pub description: String,
    pub params: Vec<Param>,
    pub sql: String,
    /// Where it came from: "built-in" or the file's path.
    pub origin: String,
}

/// The queries that ship inside the binary. `every_sql_file_is_embedded` keeps this list honest.
const BUILTIN: &[(&str, &str)] = &[
    ("meetings.sql", include_str!("../../sql/meetings.sql")),
    (
        "meetings-by-place.sql",
        include_str!("../../sql/meetings-by-place.sql"),
    ),
    (
        "meetings-by-date.sql",
        include_str!("../../sql/meetings-by-date.sql"),
    ),
    (
        "meeting-timeline.sql",
        include_str!("../../sql/meeting-timeline.sql"),
    ),
    (
        "who-meets-whom.sql",
        include_str!("../../sql/who-meets-whom.sql"),
    ),
    (
        "entity-timeline.sql",
        include_str!("../../sql/entity-timeline.sql"),
    ),
    ("mediators.sql", include_str!("../../sql/mediators.sql")),
    (
        "event-sources.sql",
        include_str!("../../sql/event-sources.sql"),
    ),
    (
        "corroboration.sql",
        include_str!("../../sql/corroboration.sql"),
    ),
    (
        "conflicting-claims.sql",
        include_str!("../../sql/conflicting-claims.sql"),
    ),
    (
        "top-entities.sql",
        include_str!("../../sql/top-entities.sql"),
    ),
    (
        "outlet-activity.sql",
        include_str!("../../sql/outlet-activity.sql"),
    ),
    (
        "republications.sql",
        include_str!("../../sql/republications.sql"),
    ),
    ("search.sql", include_str!("../../sql/search.sql")),
];

pub fn builtin() -> Vec<Canned> {
    BUILTIN
        .iter()
        .map(|(file, text)| parse(text, "built-in").unwrap_or_else(|e| panic!("sql/{file}: {e}")))
        .collect()
}

/// A `.sql` file of the queries directory that cannot be used: `error` names the file and, where
/// there is one, the line (`DIR/x.sql:3: param a: unknown type 'wrong'`).
#[derive(Debug, Clone)]
pub struct Broken {
    pub path: PathBuf,
    pub error: String,
}

/// The queries there are: built-in ones plus the user's (a user query with a built-in's name
/// replaces it), and the user's files that could not be loaded.
#[derive(Debug, Default)]
pub struct Loaded {
    pub queries: Vec<Canned>,
    pub broken: Vec<Broken>,
}

/// Built-in queries plus the user's from `dir`. A broken file is left out and reported in
/// [`Loaded::broken`]; it never stops the others (one bad file made every query fail). Errors: `dir`
/// cannot be read.
pub fn load(dir: Option<&Path>) -> Result<Loaded> {
    let mut qs = builtin();
    let mut broken = Vec::new();
    if let Some(dir) = dir {
        for (path, q) in load_dir(dir)? {
            match q {
                Ok(q) => {
                    qs.retain(|b| b.name != q.name);
                    qs.push(q);
                }
                Err(e) => broken.push(Broken {
                    path,
                    error: format!("{e:#}"),
                }),
            }
        }
    }
    qs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Loaded {
        queries: qs,
        broken,
    })
}

/// [`load`], with a warning on standard error for each broken file (the others are listed).
pub fn all(dir: Option<&Path>) -> Result<Vec<Canned>> {
    let loaded = load(dir)?;
    for b in &loaded.broken {
        eprintln!("warning: query file left out: {}", b.error);
    }
    Ok(loaded.queries)
}

/// The query called `name`. Errors: no such query (with the nearest name), or the file of that
/// name in `dir` is broken (its error: file and line).
pub fn find(dir: Option<&Path>, name: &str) -> Result<Canned> {
    let Loaded {
        queries: qs,
        broken,
    } = load(dir)?;
    if let Some(q) = qs.iter().find(|q| q.name == name) {
        return Ok(q.clone());
    }
    if let Some(b) = broken
        .iter()
        .find(|b| b.path.file_stem().is_some_and(|s| s == name))
    {
        bail!("query {name} cannot be used: {}", b.error);
    }
    let mut near: Vec<(f64, &str)> = qs
        .iter()
        .map(|q| (strsim::jaro_winkler(name, &q.name), q.name.as_str()))
        .filter(|(s, _)| *s > 0.7)
        .collect();
    near.sort_by(|a, b| b.0.total_cmp(&a.0));
    let hint = match near.first() {
        Some((_, n)) => format!("; did you mean {n}?"),
        None => String::new(),
    };
    let left_out = match broken.len() {
        0 => String::new(),
        n => format!(
            "; {n} broken file(s) were left out: {}",
            broken
                .iter()
                .map(|b| b.error.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ),
    };
    bail!("no query named {name}{hint} (`marsad query list` shows them all){left_out}")
}

/// Every `.sql` file of `dir`, in name order, each loaded or with its error.
fn load_dir(dir: &Path) -> Result<Vec<(PathBuf, Result<Canned>)>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the queries directory {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    Ok(files
        .into_iter()
        .map(|p| {
            let q = std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read {}", p.display()))
                .and_then(|text| parse(&text, &p.display().to_string()));
            (p, q)
        })
        .collect())
}

/// Read the header comments; the SQL is the whole text (comments are harmless to SQLite).
pub fn parse(text: &str, origin: &str) -> Result<Canned> {
    let (mut name, mut description, mut params) = (None, None, Vec::new());
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.trim().strip_prefix("--") else {
            if line.trim().is_empty() {
                continue;
            }
            break; // the header ends at the first line of SQL
        };
        let rest = rest.trim();
        let at = || format!("{origin}:{}", i + 1);
        if let Some(v) = rest.strip_prefix("name:") {
            name = Some(v.trim().to_string());
        } else if let Some(v) = rest.strip_prefix("description:") {
            description = Some(v.trim().to_string());
        } else if let Some(v) = rest.strip_prefix("param:") {
            params.push(parse_param(v.trim()).map_err(|e| anyhow!("{}: {e}", at()))?);
        }
    }
    let name = name.ok_or_else(|| anyhow!("{origin}: the header has no `-- name:` line"))?;
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        bail!("{origin}: query name '{name}' may use only letters, digits, - and _");
    }
    check_parameters(text, origin, &params)?;
    Ok(Canned {
        name,
        description: description.unwrap_or_default(),
        params,
        sql: text.to_string(),
        origin: origin.to_string(),
    })
}

/// Every parameter the SQL uses must be declared: an undeclared `:name`, a `@name` or `$name` (only
/// `:name` is bound) and a positional `?` would all be NULL whatever the user gives. A `date`
/// parameter also declares `:NAME_end`. Errors name the file, the line and the parameter.
fn check_parameters(text: &str, origin: &str, params: &[Param]) -> Result<()> {
    let declared = |n: &str| {
        params.iter().any(|p| {
            p.name == n
                || (p.ty == ParamType::Date && n.strip_suffix("_end") == Some(p.name.as_str()))
        })
    };
    for (used, line) in sql_parameters(text) {
        let at = format!("{origin}:{line}");
        if used.starts_with('?') {
            bail!(
                "{at}: the positional parameter {used} would always be NULL: name it (:name) and \
                 declare it with a `-- param:` line"
            );
        }
        let bare = &used[1..];
        if !used.starts_with(':') {
            bail!("{at}: the parameter {used} would always be NULL: canned queries bind :{bare}");
        }
        if !declared(bare) {
            bail!(
                "{at}: the SQL uses {used}, which no `-- param:` line declares (it would always be \
                 NULL); add `-- param: {bare} text \"…\"`"
            );
        }
    }
    Ok(())
}

/// The parameters `sql` uses (`:name`, `@name`, `$name`, `?`, `?NNN`) with their 1-based line, read
/// as SQLite's tokenizer reads them: nothing inside string literals, quoted identifiers (`"…"`,
/// `` `…` ``, `[…]`) or comments counts.
fn sql_parameters(sql: &str) -> Vec<(String, usize)> {
    let b = sql.as_bytes();
    let id_char = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80;
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    // Skip to just past `end` (a doubled closing quote is part of the text), counting lines.
    let skip = |i: &mut usize, line: &mut usize, end: &[u8], doubled: bool| {
        while *i < b.len() {
            if b[*i..].starts_with(end) {
                *i += end.len();
                *line += end.iter().filter(|&&x| x == b'\n').count();
                if doubled && b[*i..].starts_with(end) {
                    *i += end.len();
                    continue;
                }
                return;
            }
            *line += usize::from(b[*i] == b'\n');
            *i += 1;
        }
    };
    while i < b.len() {
        let c = b[i];
        i += 1;
        match c {
            b'\n' => line += 1,
            b'\'' | b'"' | b'`' => skip(&mut i, &mut line, &[c], true),
            b'[' => skip(&mut i, &mut line, b"]", false),
            b'-' if b.get(i) == Some(&b'-') => skip(&mut i, &mut line, b"\n", false),
            b'/' if b.get(i) == Some(&b'*') => {
                i += 1;
                skip(&mut i, &mut line, b"*/", false)
            }
            b'?' | b':' | b'@' | b'$' => {
                let start = i - 1;
                let more = |x: u8| {
                    if c == b'?' {
                        x.is_ascii_digit()
                    } else {
                        id_char(x)
                    }
                };
                while i < b.len() && more(b[i]) {
                    i += 1;
                }
                out.push((sql[start..i].to_string(), line));
            }
            // A name or number: `$` inside it is part of it, not a parameter.
            c if id_char(c) => {
                while i < b.len() && id_char(b[i]) {
                    i += 1;
                }
            }
            _ => {}
        }
    }
    out
}

/// `NAME TYPE "description" [required] [default=VALUE]`
fn parse_param(spec: &str) -> Result<Param> {
    let mut words = spec.splitn(3, ' ');
    let name = words
        .next()
        .filter(|n| !n.is_empty())
        .ok_or_else(|| anyhow!("param without a name"))?;
    let ty_word = words
        .next()
        .ok_or_else(|| anyhow!("param {name} has no type"))?;
    let ty = ParamType::parse(ty_word).ok_or_else(|| {
        anyhow!("param {name}: unknown type '{ty_word}' (text, integer, date or entity)")
    })?;
    let mut rest = words.next().unwrap_or("").trim();
    let mut description = String::new();
    if let Some(r) = rest.strip_prefix('"') {
        let end = r
            .find('"')
            .ok_or_else(|| anyhow!("param {name}: unclosed \" in the description"))?;
        description = r[..end].to_string();
        rest = r[end + 1..].trim();
    }
    let (mut required, mut default) = (false, None);
    for w in rest.split_whitespace() {
        if w == "required" {
            required = true;
        } else if let Some(d) = w.strip_prefix("default=") {
            default = Some(d.to_string());
        } else {
            bail!("param {name}: unexpected '{w}' (expected required or default=VALUE)");
        }
    }
    Ok(Param {
        name: name.to_string(),
        ty,
        description,
        required,
        default,
    })
}

/// Bind the given values (validated and typed) and stream the rows into `sink`.
pub fn run(
    conn: &mut Connection,
    q: &Canned,
    given: &[(String, String)],
    sink: &mut dyn RowSink,
) -> Result<u64> {
    let given: Vec<(String, String)> = given
        .iter()
        .map(|(k, v)| (param_key(k), v.clone()))
        .collect();
    for (k, _) in &given {
        if !q.params.iter().any(|p| &p.name == k) {
            let names: Vec<String> = q.params.iter().map(Param::flag).collect();
            bail!(
                "query {} has no parameter '{}' (it takes: {}; `marsad query {} --help` describes them)",
                q.name,
                k.replace('_', "-"),
                names.join(", "),
                q.name
            );
        }
    }
    let mut binds: Vec<(String, SqlValue)> = Vec::new();
    for p in &q.params {
        let value = given
            .iter()
            .rev()
            .find(|(k, _)| k == &p.name)
            .map(|(_, v)| v.clone())
            .or(p.default.clone());
        let Some(value) = value.filter(|v| !v.is_empty()) else {
            if p.required {
                bail!(
                    "query {} needs {} ({}: {})",
                    q.name,
                    p.flag(),
                    p.ty.as_str(),
                    p.description
                );
            }
            binds.push((p.name.clone(), SqlValue::Null));
            if p.ty == ParamType::Date {
                binds.push((format!("{}_end", p.name), SqlValue::Null));
            }
            continue;
        };
        let bad = |why: String| anyhow!("{} {value}: {why}", p.flag());
        match p.ty {
            ParamType::Text => binds.push((p.name.clone(), SqlValue::Text(value.clone()))),
            ParamType::Integer => {
                let n: i64 = value
                    .trim()
                    .parse()
                    .map_err(|_| bad("expected a whole number".into()))?;
                binds.push((p.name.clone(), SqlValue::Integer(n)));
            }
            ParamType::Date => {
                let (start, end) =
                    crate::period::period_bounds(&value).map_err(|e| bad(e.to_string()))?;
                binds.push((p.name.clone(), SqlValue::Text(start)));
                binds.push((format!("{}_end", p.name), SqlValue::Text(end)));
            }
            ParamType::Entity => {
                let id = entity::resolve(conn, &value)?;
                binds.push((p.name.clone(), SqlValue::Integer(id)));
            }
        }
    }
    let limit = std::time::Duration::from_secs(300);
    let guard = super::adhoc::guard(conn, limit, "the 300 s limit of canned queries".into())?;
    let who = format!("query {} ({})", q.name, q.origin);
    let mut stmt = conn
        .prepare(&q.sql)
        .map_err(|e| guard.explain(e.into(), &who, &q.sql))?;
    for (name, v) in &binds {
        if let Some(idx) = stmt.parameter_index(&format!(":{name}"))? {
            stmt.raw_bind_parameter(idx, v)?;
        }
    }
    write_bound_statement(&mut stmt, sink).map_err(|e| guard.explain(e, &who, &q.sql))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sql_file_is_embedded_and_parses() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sql");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".sql"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = BUILTIN.iter().map(|(f, _)| f.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded, "add new sql/ files to BUILTIN");
        for q in builtin() {
            assert!(!q.description.is_empty(), "{} has no description", q.name);
            assert_eq!(
                format!("{}.sql", q.name),
                BUILTIN.iter().find(|(_, t)| t.contains(&q.name)).unwrap().0
            );
        }
    }

    #[test]
    fn header_parsing() {
        let q = parse(
            "-- name: x\n-- description: d\n-- param: place entity \"Place\" required\n-- param: n integer default=5\nSELECT :place, :n",
            "t",
        )
        .unwrap();
        assert_eq!(q.params.len(), 2);
        assert!(q.params[0].required && q.params[0].ty == ParamType::Entity);
        assert_eq!(q.params[1].default.as_deref(), Some("5"));
        assert!(parse("-- param: a wrong\nSELECT 1", "t")
            .unwrap_err()
            .to_string()
            .contains("t:1: param a: unknown type"));
        assert!(parse("SELECT 1", "t")
            .unwrap_err()
            .to_string()
            .contains("no `-- name:`"));
    }

    #[test]
    fn parameters_are_read_outside_strings_identifiers_and_comments() {
        let sql = "-- :no\nSELECT ':no', \"a:no\", [b:no], `c:no` /* :no\n */, x$y,\n:yes, @at, $dollar, ?, ?12 -- ?";
        let got: Vec<(String, usize)> = sql_parameters(sql);
        let want: Vec<(String, usize)> = [
            (":yes", 4),
            ("@at", 4),
            ("$dollar", 4),
            ("?", 4),
            ("?12", 4),
        ]
        .map(|(p, l)| (p.to_string(), l))
        .to_vec();
        assert_eq!(got, want);
        assert_eq!(
            sql_parameters("SELECT 'it''s :no', :a"),
            vec![(":a".to_string(), 1)]
        );
    }

    #[test]
    fn undeclared_and_positional_parameters_are_refused() {
        let head = "-- name: x\n-- param: since date \"From\"\n";
        assert!(parse(&format!("{head}SELECT :since, :since_end"), "q.sql").is_ok());
        for (sql, says) in [
            ("SELECT :since,\n  :limit", "q.sql:4: the SQL uses :limit"),
            ("SELECT ?", "q.sql:3: the positional parameter ?"),
            ("SELECT\n ?2", "q.sql:4: the positional parameter ?2"),
            ("SELECT @since", "q.sql:3: the parameter @since"),
        ] {
            let e = parse(&format!("{head}{sql}"), "q.sql")
                .unwrap_err()
                .to_string();
            assert!(e.contains(says), "{sql}: {e}");
        }
    }

    #[test]
    fn unknown_names_suggest_the_nearest() {
        let e = find(None, "meetings-by-plac").unwrap_err().to_string();
        assert!(e.contains("did you mean meetings-by-place?"), "{e}");
    }
}
