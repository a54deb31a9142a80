//! Hand annotations carried by an input record (`entities`, `events`, `attributions` keys of a JSON
//! article). Parsed here (pure); written with curated = 1 by `store`.

use serde::Deserialize;
use serde_json::{Map, Value as Json};

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct CuratedEntity {
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub name_en: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct CuratedEvent {
    #[serde(default)]
    pub kind: Option<String>,
    pub status: String,
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

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Curated {
    pub entities: Vec<CuratedEntity>,
    pub events: Vec<CuratedEvent>,
    pub attributions: Vec<CuratedAttribution>,
}

fn list<T: for<'de> Deserialize<'de>>(m: &Map<String, Json>, key: &str) -> Vec<T> {
    match m.get(key) {
        Some(Json::Array(items)) => items
            .iter()
            .filter_map(|v| serde_json::from_value(v.clone()).ok())
            .collect(),
        Some(v @ Json::Object(_)) => serde_json::from_value(v.clone()).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// None when the record carries no usable annotation. Malformed items are skipped.
pub(crate) fn parse(m: &Map<String, Json>) -> Option<Curated> {
    let c = Curated {
        entities: list(m, "entities"),
        events: list(m, "events"),
        attributions: list(m, "attributions"),
    };
    (c != Curated::default()).then_some(c)
}
