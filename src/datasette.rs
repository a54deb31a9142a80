//! Datasette metadata (`marsad export --datasette-metadata FILE`): table and column descriptions, full-text
//! search on `articles`, and every canned query with its parameters explained.
//!
//! The canned queries' SQL is used as it is: each reads its parameters in an `args` CTE that accepts what
//! Datasette sends (every value as text, `''` for a field left blank, an entity as the name typed), so a
//! query gives the same rows in Datasette as `marsad query NAME` (tests/interop.rs, tools/interop_check.py).

use std::path::Path;

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::query::canned::{self, Canned, ParamType};

/// What each exported table and view holds (`marsad export` names the same ones).
pub const TABLE_DESCRIPTIONS: &[(&str, &str)] = &[
    ("articles", "The archived articles: original text, publication date and precision, outlet, origin file and line. Search box: normalised search keys, as `marsad keys TEXT` prints them."),
    ("outlets", "News outlets as the imported records named them, linked to their gazetteer entity."),
    ("entities", "People, organisations, places, countries and outlets, with Arabic and English names."),
    ("entity_aliases", "Every name an entity goes by; norm is marsad's normalised matching key."),
    ("mentions", "Where an article names an entity: one row per article, entity and field, with the count and the character spans."),
    ("attributions", "Who a claim is credited to (source), through whom (via), anonymous or named, with the cue text."),
    ("events", "One row per real-world event (mostly meetings), reconciled from its reports; conflict flags disagreement."),
    ("event_reports", "Each article's own claim about an event: date text and resolution, place, status, offsets."),
    ("event_participants", "Who took part in an event and in what role (participant, host, visitor, mediator, sponsor)."),
    ("report_participants", "Each report's own participants and roles, before reports are merged into events."),
    ("entity_within", "Containment between places: a city within its country (Baku within Azerbaijan)."),
    ("article_relations", "Republications and near-duplicates between articles, with similarity and evidence."),
    ("article_originals", "Title and body as they arrived, for articles whose import removed HTML/XML markup."),
    ("events_flat", "Events with place, participants, mediators, report and outlet counts, names resolved."),
    ("attributions_flat", "Attributions with article title, outlet and source names resolved."),
];

/// Column descriptions, by column name, shared by tables, views and canned queries; units are given where
/// a number has one. A name means the same thing wherever it appears.
pub const COLUMN_DESCRIPTIONS: &[(&str, &str)] = &[
    ("id", "Row id (stable: other tables refer to it)"),
    ("article_id", "Id of the article (articles.id)"),
    ("entity_id", "Id of the entity (entities.id)"),
    ("event_id", "Id of the event (events.id)"),
    ("report_id", "Id of the event report (event_reports.id)"),
    ("outlet_id", "Id of the outlet (outlets.id); empty when the record named none"),
    ("url", "The article's URL, when the record had one (its identity)"),
    ("title", "Article title, as archived (markup removed)"),
    ("body", "Article text, as archived (markup removed); offsets count characters of this text"),
    ("published_at", "Publication date and time as the source gave it (ISO 8601 text, local time with its offset when known)"),
    ("published_precision", "How much of published_at is known: time, day, month, year or unresolved"),
    ("published_source", "Where the publication date came from: metadata, the article's own header, or --published-at"),
    ("lang", "Language code of the article or alias"),
    ("content_hash", "SHA-256 of the normalised title and body (identity of articles without a URL)"),
    ("imported_at", "When marsad archived the article (UTC, ISO 8601)"),
    ("origin_file", "The file the article was imported from"),
    ("origin_line", "Line (JSON Lines, CSV) or record number in origin_file"),
    ("extracted_version", "Extraction rules applied to this article; empty = not extracted yet"),
    ("name", "Name"),
    ("domain", "The outlet's web domain"),
    ("key", "Stable slug of a gazetteer entity"),
    ("kind", "Kind (entities: person, org, place, country, outlet; aliases: name, short, descriptive, abbreviation)"),
    ("name_ar", "Arabic name"),
    ("name_en", "English name"),
    ("source", "Attributions: the credited source, name resolved; entities: where the row came from (gazetteer, curated, extracted)"),
    ("note", "Free-text note"),
    ("alias", "The name as written"),
    ("norm", "marsad's normalised matching key of the alias (what `marsad keys` prints)"),
    ("field", "title or body"),
    ("n", "Number of mentions in that field (count)"),
    ("spans", "JSON array of [start, end] character offsets, end excluded"),
    ("surface", "The text as it appears in the article"),
    ("curated", "1 = written by hand (never replaced by extraction)"),
    ("start", "Start offset, in characters of the original body (from 0)"),
    ("end", "End offset, in characters, excluded"),
    ("claim_start", "Start of the attributed claim, in characters"),
    ("claim_end", "End of the attributed claim, in characters, excluded"),
    ("cue", "The attribution cue's lemma («أفاد», «according to» …)"),
    ("cue_text", "The cue as written"),
    ("source_entity_id", "The credited source's entity, when linked"),
    ("source_text", "The credited source as written"),
    ("source_type", "person, org, outlet, descriptive («مصادر محلية») or anonymous"),
    ("via", "Who passed the claim on, name resolved"),
    ("via_entity_id", "The intermediary's entity, when linked"),
    ("via_text", "The intermediary as written"),
    ("via_type", "Kind of the intermediary, as source_type"),
    ("anonymous", "1 = the source is not named"),
    ("self_reported", "1 = the article's own correspondent or sources: the source is its outlet"),
    ("status", "planned or held"),
    ("date", "Date of the event (ISO; at month or year precision only that part is known)"),
    ("date_start", "First day of the event (ISO YYYY-MM-DD)"),
    ("date_end", "Last day of the event (ISO YYYY-MM-DD)"),
    ("date_precision", "How precisely the date is known: time, day, month, year or unresolved"),
    ("precision", "How precisely the date is known: time, day, month, year or unresolved"),
    ("date_text", "The date expression as the article wrote it"),
    ("place", "Place of the event, name resolved (else as written)"),
    ("place_entity_id", "The place's entity, when linked"),
    ("place_text", "The place as written"),
    ("participants", "Participants, hosts and visitors, names resolved ('; ' between names)"),
    ("participants_text", "Participants as written"),
    ("mediator", "Mediator or sponsor, name resolved"),
    ("mediators", "Mediators and sponsors, names resolved"),
    ("role", "participant, host, visitor, mediator or sponsor"),
    ("conflict", "1 = the reports disagree on date, place or status"),
    ("conflict_note", "What the reports disagree on"),
    ("trigger_text", "The words that report the meeting"),
    ("attribution_id", "The attribution nearest the report (attributions.id)"),
    ("cluster_key", "Key that groups reports of the same event"),
    ("content_key", "Key of the report's content, for reconciliation"),
    ("parent_id", "The containing place's entity"),
    ("related_article_id", "The earlier article this one copies or nearly duplicates"),
    ("relation", "republishes or near_duplicate"),
    ("similarity", "Estimated Jaccard similarity of the two texts, 0 to 1"),
    ("original_entity_id", "The outlet credited as the original publisher"),
    ("original_outlet", "The outlet credited as the original publisher"),
    ("evidence", "Why the articles are related"),
    ("related_title", "Title of the related article"),
    ("article_title", "Title of the article"),
    ("outlet", "The publishing outlet, as the record named it"),
    ("source_kind", "Entity kind of the linked source"),
    ("reports", "Number of reports (articles) backing it (count)"),
    ("outlets", "Number of distinct outlets among its reports (count)"),
    ("credited_sources", "Distinct parties credited in the reports' sentences (count; a report crediting no one counts its publisher)"),
    ("publishers", "Distinct publishers of the reports (count; copies count as their original; articles without an outlet count as one)"),
    ("no_outlet", "Reports' original articles that have no outlet (count)"),
    ("anonymous_share", "Share of the event's attributions that are anonymous, 0 to 1"),
    ("share_rows", "Number of attributions anonymous_share rests on (count)"),
    ("claimed_status", "The status this claim gives"),
    ("claimed_date", "The date this claim gives (ISO)"),
    ("claimed_place", "The place this claim gives"),
    ("example_article", "An article making this claim"),
    ("example_date_text", "The example article's date expression as written"),
    ("event_status", "The event's reconciled status"),
    ("event_date", "The event's reconciled date"),
    ("month", "Month (YYYY-MM)"),
    ("meetings", "Number of meetings (count)"),
    ("held", "Number of meetings held (count)"),
    ("planned", "Number of meetings planned (count)"),
    ("first", "One participant of the pair"),
    ("second", "The other participant of the pair"),
    ("last_date", "Date of their latest meeting together"),
    ("places", "Places of their meetings"),
    ("what", "meeting, source (a claim credited to the entity) or mention"),
    ("detail", "What happened, in short"),
    ("entity", "Entity name (English, else Arabic)"),
    ("articles", "Number of articles (count)"),
    ("mentions", "Number of mentions (count)"),
    ("first_published", "Earliest publication date"),
    ("last_published", "Latest publication date"),
    ("events_reported", "Events reported in the newest articles (count)"),
    ("attributions", "Attributions made in the newest articles (count)"),
    ("opening", "The first 200 characters of the body"),
    ("entity_mentions", "Mentions of the searched entity in the article (count)"),
];

/// Tables Datasette need not list: the search index's internals, MinHash signatures, bookkeeping.
const HIDDEN: &[&str] = &[
    "articles_fts",
    "articles_fts_config",
    "articles_fts_data",
    "articles_fts_docsize",
    "articles_fts_idx",
    "article_minhash",
    "article_minhash_bands",
    "cluster_dirty",
    "deferred_indexes",
    "entity_months",
    "meta",
    "refinery_schema_history",
];

fn column_description(name: &str) -> Option<&'static str> {
    COLUMN_DESCRIPTIONS
        .iter()
        .find(|(c, _)| *c == name)
        .map(|(_, d)| *d)
}

/// "meetings-by-place" → "Meetings by place".
fn title(name: &str) -> String {
    let words = name.replace(['-', '_'], " ");
    let mut c = words.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// What to type in a parameter's field, in Datasette's terms.
fn what_to_type(p: &canned::Param) -> String {
    let mut s = format!("{}: {}", p.name, p.description);
    s.push_str(match p.ty {
        ParamType::Entity => " — a name or alias exactly as the entity_aliases table spells it (any letter case for Latin names)",
        ParamType::Date => " — YYYY, YYYY-MM or YYYY-MM-DD; a year or month covers all of it",
        ParamType::Integer => " — a whole number",
        ParamType::Text => "",
    });
    match (&p.default, p.required) {
        (Some(d), _) => s.push_str(&format!("; blank = {d}")),
        (None, true) => s.push_str("; needed (blank gives no rows)"),
        (None, false) => s.push_str("; blank = any"),
    }
    s
}

fn escape(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

/// The canned query's description as HTML: what it answers, its fields, its columns.
fn query_description_html(q: &Canned, columns: &[String]) -> String {
    let mut h = format!("<p>{}</p>", escape(&q.description));
    if !q.params.is_empty() {
        h.push_str("<p>Fields (leave one blank to drop that filter):</p><ul>");
        for p in &q.params {
            h.push_str(&format!("<li>{}</li>", escape(&what_to_type(p))));
        }
        h.push_str("</ul>");
    }
    let described: Vec<String> = columns
        .iter()
        .filter_map(|c| {
            column_description(c).map(|d| format!("<li><b>{}</b>: {}</li>", escape(c), escape(d)))
        })
        .collect();
    if !described.is_empty() {
        h.push_str(&format!(
            "<details><summary>Columns</summary><ul>{}</ul></details>",
            described.join("")
        ));
    }
    h
}

/// The result columns of a query, read by preparing it on the archive (none when it cannot be opened).
fn result_columns(conn: Option<&rusqlite::Connection>, sql: &str) -> Vec<String> {
    conn.and_then(|c| c.prepare(sql).ok())
        .map(|s| s.column_names().map(|n| n.to_string()).collect())
        .unwrap_or_default()
}

/// Datasette metadata for the archive at `db_path` (its file stem is Datasette's database name), with the
/// built-in canned queries and the user's from `queries_dir`.
///
/// # Errors
/// A user query file that cannot be read or parsed.
pub fn metadata(db_path: &Path, queries_dir: Option<&Path>) -> Result<Value> {
    let db_name = db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "marsad".into());
    let conn = rusqlite::Connection::open_with_flags(
        db_path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok();
    let mut tables = Map::new();
    for (t, d) in TABLE_DESCRIPTIONS {
        let mut entry = json!({ "description": d });
        let cols = result_columns(conn.as_ref(), &format!("SELECT * FROM {t}"));
        let described: Map<String, Value> = cols
            .iter()
            .filter_map(|c| column_description(c).map(|d| (c.clone(), json!(d))))
            .collect();
        if !described.is_empty() {
            entry["columns"] = Value::Object(described);
        }
        if *t == "articles" {
            // The search box: articles_fts is contentless (rowid = articles.id) over normalised keys.
            entry["fts_table"] = json!("articles_fts");
            entry["fts_pk"] = json!("id");
        }
        tables.insert(t.to_string(), entry);
    }
    for t in HIDDEN {
        tables.insert(t.to_string(), json!({ "hidden": true }));
    }
    let mut queries = Map::new();
    for q in canned::all(queries_dir)? {
        let columns = result_columns(conn.as_ref(), &q.sql);
        let params: Vec<&str> = q.params.iter().map(|p| p.name.as_str()).collect();
        queries.insert(
            q.name.clone(),
            json!({
                "title": title(&q.name),
                "description_html": query_description_html(&q, &columns),
                "sql": q.sql,
                "params": params,
                "hide_sql": true,
            }),
        );
    }
    Ok(json!({
        "title": "marsad archive",
        "description": "News articles, the entities they name, the meetings they report and who said so. Exported by marsad; the canned queries below are marsad's own (`marsad query list`).",
        "databases": { db_name: { "tables": tables, "queries": queries } }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_field_help() {
        assert_eq!(title("meetings-by-place"), "Meetings by place");
        let q = canned::find(None, "meetings-by-place").unwrap();
        let h = query_description_html(&q, &["event_id".into(), "reports".into()]);
        assert!(h.contains("place: Place, any alias"), "{h}");
        assert!(
            h.contains("limit: At most this many rows — a whole number; blank = 100"),
            "{h}"
        );
        assert!(h.contains("<b>reports</b>: Number of reports"), "{h}");
    }

    #[test]
    fn every_exported_name_is_described() {
        for t in crate::info::TABLES.iter().chain(crate::export::VIEWS) {
            assert!(
                TABLE_DESCRIPTIONS.iter().any(|(n, _)| n == t),
                "{t} has no description"
            );
        }
    }
}
