//! Hand annotations carried by an input record (`entities`, `events`, `attributions` keys of a JSON
//! article). Parsed here (pure); written with curated = 1 by `archive::curated`. Kinds, roles and
//! statuses are the archive's vocabularies (`vocab`): an item naming an unknown one is skipped and
//! said so in `Curated::skipped`, never guessed.

use serde::Deserialize;
use serde_json::{Map, Value as Json};

use crate::vocab::{EntityKind, EventKind, Status};

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct CuratedEntity {
    pub name: String,
    pub kind: EntityKind,
    #[serde(default)]
    pub name_en: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct CuratedEvent {
    #[serde(default = "meeting")]
    pub kind: EventKind,
    pub status: Status,
    #[serde(default)]
    pub place: Option<String>,
    /// ISO date ('2025-07-24', '2025-07' or '2025').
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub mediator: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct CuratedAttribution {
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub via: Option<String>,
    #[serde(default)]
    pub anonymous: bool,
    /// Exact text of the cue in the body.
    pub cue: String,
}

fn meeting() -> EventKind {
    EventKind::Meeting
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Curated {
    pub entities: Vec<CuratedEntity>,
    pub events: Vec<CuratedEvent>,
    pub attributions: Vec<CuratedAttribution>,
    /// Why items were skipped ('events[0]: unknown status …'), for the import to report.
    pub skipped: Vec<String>,
}

fn list<T: for<'de> Deserialize<'de>>(
    m: &Map<String, Json>,
    key: &str,
    skipped: &mut Vec<String>,
) -> Vec<T> {
    let items: Vec<&Json> = match m.get(key) {
        Some(Json::Array(items)) => items.iter().collect(),
        Some(v @ Json::Object(_)) => vec![v],
        _ => Vec::new(),
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.into_iter().enumerate() {
        match serde_json::from_value(v.clone()) {
            Ok(t) => out.push(t),
            Err(e) => skipped.push(format!("curated {key}[{i}] skipped: {e}")),
        }
    }
    out
}

/// None when the record carries no annotation. Malformed items are skipped, each with its reason
/// in `skipped`.
pub(crate) fn parse(m: &Map<String, Json>) -> Option<Curated> {
    let mut skipped = Vec::new();
    let c = Curated {
        entities: list(m, "entities", &mut skipped),
        events: list(m, "events", &mut skipped),
        attributions: list(m, "attributions", &mut skipped),
        skipped,
    };
    (c != Curated::default()).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_kinds_and_statuses_are_skipped_with_a_reason() {
        let m: Map<String, Json> = serde_json::from_str(
            r#"{"entities": [{"name": "فيدان", "kind": "persn"}, {"name": "باكو", "kind": "place"}],
                "events": [{"status": "held", "kind": "summit"}, {"status": "done"}, {"status": "planned"}]}"#,
        )
        .unwrap();
        let c = parse(&m).unwrap();
        assert_eq!(c.entities.len(), 1);
        assert_eq!(c.entities[0].kind, EntityKind::Place);
        let kinds: Vec<_> = c.events.iter().map(|e| (e.kind, e.status)).collect();
        assert_eq!(
            kinds,
            vec![
                (EventKind::Summit, Status::Held),
                (EventKind::Meeting, Status::Planned)
            ]
        );
        assert_eq!(c.skipped.len(), 2);
        assert!(
            c.skipped[0].contains("unknown entity kind 'persn'"),
            "{:?}",
            c.skipped
        );
        assert!(
            c.skipped[1].starts_with("curated events[1] skipped: unknown status 'done'"),
            "{:?}",
            c.skipped
        );
    }
}
