//! Extraction: entities, attributions, meeting events and republication, from one article's text.
//!
//! `extract_article` is pure (runs in parallel during import); `store` writes its result and links
//! reports across articles into events.

pub mod store;

use anyhow::Result;
use rusqlite::Connection;
use serde_json::{Map, Value as Json};

/// What extraction sees of an article.
pub struct ArticleView<'a> {
    pub title: &'a str,
    pub body: &'a str,
    /// The day the article was published, when known to the day; relative dates resolve against it.
    pub published: Option<chrono::NaiveDate>,
    pub outlet: Option<&'a str>,
    pub annotations: Option<&'a Map<String, Json>>,
}

/// Names to look for, loaded once per import from the archive's entities and aliases.
#[derive(Debug, Default)]
pub struct Gazetteer {}

impl Gazetteer {
    pub fn load(_conn: &Connection) -> Result<Self> {
        Ok(Gazetteer {})
    }
}

/// Everything found in one article.
#[derive(Debug, Default)]
pub struct Extraction {}

pub fn extract_article(_g: &Gazetteer, _a: &ArticleView<'_>) -> Extraction {
    Extraction {}
}
