//! Extraction: entities, attributions, meeting events and republication, from one article's text.
//!
//! Pure: text in, [`Extraction`] out, no SQLite. `extract_article` runs in parallel during import
//! and `marsad extract`; `archive` writes its result. `cluster` is the policy that merges reports
//! across articles into events.
//!
//! One pass builds a token `Doc` per field; mentions are found on it with one hash lookup per token,
//! and attributions and events read the same tokens and mentions. No regex, no per-article index.

mod attrib;
pub mod cluster;
mod curated;
mod dedup;
mod doc;
mod events;
pub mod gazetteer;
mod glued;
mod mentions;
pub mod tagger;
mod when;
mod words;

use serde_json::{Map, Value as Json};

pub use crate::vocab::{Role, Status};
pub use attrib::{Attribution, NameSpan, SourceType};
pub use curated::Curated;
pub use dedup::Signature;
pub use events::EventReport;
pub use gazetteer::{Gazetteer, Kind};
pub use mentions::Mention;
pub use tagger::link::Discovered;
pub use when::{explain_text, DateFound, Dir};

/// Version of the extraction rules, recorded in `articles.extracted_version`.
pub const EXTRACTION_VERSION: i64 = 3;

/// What extraction sees of an article.
pub struct ArticleView<'a> {
    pub title: &'a str,
    pub body: &'a str,
    /// The day the article was published, when known to the day; relative dates resolve against it.
    pub published: Option<chrono::NaiveDate>,
    pub outlet: Option<&'a str>,
    pub annotations: Option<&'a Map<String, Json>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title = 0,
    Body = 1,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Body => "body",
        }
    }
}

/// An entity as the store needs it: archive id and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityRef {
    pub id: i64,
    pub kind: Kind,
}

/// Everything found in one article. Offsets are char offsets into the body (mentions may be in the
/// title: see `Mention::field`). Entity references are archive ids, so the store needs no gazetteer.
#[derive(Debug, Default)]
pub struct Extraction {
    pub mentions: Vec<Mention>,
    pub attributions: Vec<Attribution>,
    pub events: Vec<EventReport>,
    pub signature: Option<Signature>,
    /// The outlet an end note says the text was copied from, and the note.
    pub republishes: Option<(EntityRef, String)>,
    pub curated: Option<Curated>,
    /// The article's publication day, when known: the time bucket of its undated reports.
    pub published: Option<chrono::NaiveDate>,
    /// Spans the entity tagger found in every sentence of title and body.
    pub tagged: Vec<tagger::Tagged>,
    /// Names the tagger found that no gazetteer entity has (see `tagger::link`). A mention whose
    /// `entity` is `base + k` names `discovered[k]`; the archive writer gives each its entity.
    pub discovered: Vec<Discovered>,
    /// The gazetteer's size: entity indices from here on refer to `discovered`.
    pub(crate) base: u32,
    /// Gazetteer index → archive id, for the indices held by mentions, attributions and reports.
    pub(crate) ids: Vec<(u32, EntityRef)>,
}

impl Extraction {
    /// The archive entity behind a gazetteer index used in this extraction.
    pub fn entity(&self, idx: u32) -> Option<EntityRef> {
        self.ids
            .binary_search_by_key(&idx, |e| e.0)
            .ok()
            .map(|k| self.ids[k].1)
    }

    /// The discovered name behind an entity index, when it is one (not a gazetteer entity).
    pub fn discovered_of(&self, idx: u32) -> Option<&Discovered> {
        idx.checked_sub(self.base)
            .and_then(|k| self.discovered.get(k as usize))
    }
}

pub fn extract_article(g: &Gazetteer, a: &ArticleView<'_>) -> Extraction {
    let title = doc::Doc::new(a.title);
    let mut body = doc::Doc::new(a.body);
    let glued_at = |t: &doc::Tok| attrib::glued(g, t).or_else(|| glued::seam(g, a.body, t));
    // More passes for three or four words run together («مراسلةالميادينبأنّقوات»): each pass
    // splits one seam off, and runs only when the pass before split something.
    for _ in 0..3 {
        if !body.split_glued(glued_at) {
            break;
        }
    }
    let mut ms = Vec::new();
    mentions::scan(g, &title, Field::Title, &mut ms);
    mentions::scan(g, &body, Field::Body, &mut ms);
    let mut gate_spans = Vec::new();
    tagger::gate::filter(g, &title, Field::Title, &mut ms, &mut gate_spans);
    tagger::gate::filter(g, &body, Field::Body, &mut ms, &mut gate_spans);
    mentions::resolve_shorts(g, &mut ms, [&title, &body]);
    if !g.curation.blocked.is_empty() {
        ms.retain(|m| {
            !g.curation
                .blocked
                .contains(&(g.entity(m.entity).id, crate::arabic::index_text(&m.surface)))
        });
    }
    let mut tagged = tagger::link::tag_field(&title, Field::Title);
    tagged.extend(tagger::link::tag_field(&body, Field::Body));
    let base = g.entities.len() as u32;
    for k in tagger::link::inside_person_names(g, [&title, &body], &tagged, &ms)
        .into_iter()
        .rev()
    {
        ms.remove(k);
    }
    let mut discovered = Vec::new();
    let linked = tagger::link::link(g, [&title, &body], &tagged, &ms, base, &mut discovered);
    let tagged = tagged.into_iter().map(|t| t.0).collect();
    let split = ms.partition_point(|m| m.field == Field::Title);
    let body_ms = &ms[split..];
    // Names the tagger found outside the gazetteer can be credited sources too; such a source is
    // the discovered entity.
    let discovered_in_body = || {
        linked
            .iter()
            .filter(|m| m.field == Field::Body && m.entity >= base)
    };
    // People only: attributions read organisation names better themselves («وزارة المالية
    // الألمانية», where the tagger stops at «المالية»).
    let names: Vec<NameSpan> = discovered_in_body()
        .filter(|m| discovered[(m.entity - base) as usize].kind == Kind::Person)
        .map(|m| NameSpan {
            start: m.start,
            end: m.end,
            kind: discovered[(m.entity - base) as usize].kind,
        })
        .collect();
    let mut attributions = attrib::find(g, &body, body_ms, &names, a.outlet);
    // Phrases linked here to a discovered name: a later row crediting the same phrase («وأوضح
    // الوزير» credited with the minister's whole phrase, away from the name) is the same person.
    let mut linked_phrases: Vec<(String, u32)> = Vec::new();
    for at in attributions.iter_mut().filter(|at| at.source.is_none()) {
        if let Some(t) = at.source_text.as_ref().filter(|t| !attrib::kin_phrase(t)) {
            // The name ends the source phrase («رئيس المكتب السياسي … إسماعيل هنية»). A place
            // ending it is where the source is («مسؤول في منطقة بوسيغا»), not who: only a place
            // standing alone speaks as its authorities.
            at.source = discovered_in_body()
                .find(|m| {
                    m.start >= at.start
                        && m.end <= at.end
                        && t.ends_with(&m.surface)
                        && (discovered[(m.entity - base) as usize].kind.can_be_source()
                            || t.as_str() == m.surface)
                })
                .map(|m| m.entity);
            match at.source {
                Some(e) => linked_phrases.push((t.clone(), e)),
                None => at.source = linked_phrases.iter().find(|(p, _)| p == t).map(|&(_, e)| e),
            }
        }
    }
    attrib::link_titles(&mut attributions, |e| {
        let kind = match e.checked_sub(base) {
            Some(k) => discovered[k as usize].kind,
            None => g.entity(e).kind,
        };
        kind == Kind::Person
    });
    let signature = dedup::signature(&body);
    let republishes = dedup::republication_note(g, &body, body_ms);

    ms.extend(linked);
    ms.sort_by_key(|m| (m.field as u8, m.start));
    // Event reports read the tagger's mentions too: their participants may be discovered people.
    let found: Vec<Kind> = discovered.iter().map(|d| d.kind).collect();
    let split = ms.partition_point(|m| m.field == Field::Title);
    let events = events::find(g, &body, &ms[split..], &found, &attributions, a.published);
    let mut used: Vec<u32> = ms.iter().map(|m| m.entity).filter(|&e| e < base).collect();
    used.extend(
        attributions
            .iter()
            .flat_map(|x| x.source.into_iter().chain(x.via)),
    );
    for e in &events {
        used.extend(e.place);
        used.extend(e.participants.iter().map(|p| p.0));
    }
    used.extend(republishes.iter().map(|r| r.0));
    // Discovered names have no gazetteer entry: the writer gives them their entities.
    used.retain(|&e| e < base);
    used.sort_unstable();
    used.dedup();
    let ids = used
        .into_iter()
        .map(|i| {
            let e = g.entity(i);
            (
                i,
                EntityRef {
                    id: e.id,
                    kind: e.kind,
                },
            )
        })
        .collect();
    let mut x = Extraction {
        mentions: ms,
        attributions,
        events,
        signature,
        republishes: None,
        curated: a.annotations.and_then(curated::parse),
        published: a.published,
        tagged,
        discovered,
        base,
        ids,
    };
    x.republishes = republishes.and_then(|(e, note)| Some((x.entity(e)?, note)));
    x
}
