//! Entity mentions: longest alias match over token search keys, then context rules for bare surnames.

use super::doc::Doc;
use super::gazetteer::{AliasKind, Gazetteer, Kind};
use super::Field;
use crate::arabic;

#[derive(Debug, Clone)]
pub struct Mention {
    /// Index into the gazetteer's entities (`Gazetteer::entity`).
    pub entity: u32,
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub(crate) alias: AliasKind,
    /// Token range [a, b) in the field's `Doc`.
    pub(crate) toks: (usize, usize),
    /// Proclitics in front of the matched name («ب» in «بباريس», «ل» in «لوكالة»), normalised.
    pub(crate) prefix: String,
}

/// Proclitic letters tried when a token's own search key matches nothing (the search form may keep a
/// one-letter preposition that the lexicon did not know to strip).
const PROCLITICS: [&str; 10] = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"];

struct Hit {
    entity: u32,
    alias: AliasKind,
    len: usize,
    prefix: String,
}

fn match_at(g: &Gazetteer, d: &Doc, i: usize) -> Option<Hit> {
    let t = &d.toks[i];
    let try_key = |key: &str| -> Option<(u32, AliasKind, usize)> {
        let cands = g.first.get(key)?;
        let matches = |a: &&super::gazetteer::Alias| {
            let n = a.rest.len();
            if i + 1 + n > d.len() {
                return false;
            }
            // A multi-word name never spans a sentence break.
            if n > 0 && (i..i + n).any(|j| d.toks[j].sep & super::doc::SEP_SENTENCE != 0) {
                return false;
            }
            a.rest
                .iter()
                .zip(&d.toks[i + 1..])
                .all(|(w, tok)| **w == *tok.key)
        };
        let best = cands.iter().find(matches)?;
        let n = best.rest.len();
        // Homographs: another entity's alias of the same length matches too («عمّان» Amman and «عُمان»
        // Oman are both «عمان» once normalised). The text's own vowel marks decide; without them the
        // name is not linked rather than guessed.
        let rivals: Vec<u32> = cands
            .iter()
            .filter(|a| a.rest.len() == n && a.entity != best.entity && matches(a))
            .map(|a| a.entity)
            .collect();
        if rivals.is_empty() {
            return Some((best.entity, best.kind, n + 1));
        }
        let marks = vowel_marks(d.slice(i, i + n + 1));
        let mut fitting = std::iter::once(best.entity).chain(rivals).filter(|&e| {
            // The name's own marks are all written in the text (more may be: «عَمّان»).
            let own = vowel_marks(&g.entity(e).name);
            !own.is_empty() && own.iter().all(|m| marks.contains(m))
        });
        match (fitting.next(), fitting.next()) {
            (Some(e), None) => Some((e, best.kind, n + 1)),
            _ => None,
        }
    };
    if let Some((entity, alias, len)) = try_key(&t.key) {
        let prefix = t
            .norm
            .strip_suffix(t.key.as_str())
            .unwrap_or("")
            .to_string();
        return Some(Hit {
            entity,
            alias,
            len,
            prefix,
        });
    }
    for p in PROCLITICS {
        if let Some(rest) = t.norm.strip_prefix(p) {
            if rest.chars().count() < 2 {
                continue;
            }
            let key = arabic::search_form(rest);
            if let Some((entity, alias, len)) = try_key(&key) {
                return Some(Hit {
                    entity,
                    alias,
                    len,
                    prefix: p.to_string(),
                });
            }
        }
    }
    None
}

/// The Arabic vowel marks and shadda of a text, in order (U+064B–U+0652): what tells «عمّان» from «عُمان».
fn vowel_marks(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| ('\u{064B}'..='\u{0652}').contains(c))
        .collect()
}

/// All mentions of one field, before bare surnames are resolved (those carry their first candidate).
pub(crate) fn scan(g: &Gazetteer, d: &Doc, field: Field, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i < d.len() {
        let Some(hit) = match_at(g, d, i) else {
            i += 1;
            continue;
        };
        let b = i + hit.len;
        // «آل الأسد» is the family, not one of its members.
        let family = hit.alias == AliasKind::Short && i > 0 && d.toks[i - 1].norm == "ال";
        // «وزير الخارجية السوري» is the minister, not the ministry («الخارجية السورية»).
        let title =
            i > 0 && g.entity(hit.entity).kind == Kind::Org && d.toks[i - 1].key.ends_with("وزير");
        if !family && !title {
            out.push(Mention {
                entity: hit.entity,
                field,
                start: d.toks[i].start,
                end: d.toks[b - 1].end,
                surface: d.slice(i, b).to_string(),
                alias: hit.alias,
                toks: (i, b),
                prefix: hit.prefix,
            });
        }
        i = b;
    }
}

/// Resolves bare surnames (alias kind 'short') in reading order (title, then body): to the most
/// recent earlier full name ending in that word; else a full name of a candidate anywhere in the
/// article; else the only gazetteer person with that short form; otherwise the mention is dropped.
pub(crate) fn resolve_shorts(g: &Gazetteer, ms: &mut Vec<Mention>, docs: [&Doc; 2]) {
    let last_key = |m: &Mention| -> String {
        let d = docs[m.field as usize];
        d.toks[m.toks.1 - 1].key.clone()
    };
    let mut keep = vec![true; ms.len()];
    for i in 0..ms.len() {
        if ms[i].alias != AliasKind::Short {
            continue;
        }
        let key = last_key(&ms[i]);
        let cands: &[u32] = g.shorts.get(key.as_str()).map_or(&[], |v| v.as_slice());
        let full =
            |m: &Mention| m.alias != AliasKind::Short && g.entity(m.entity).kind == Kind::Person;
        let earlier = ms[..i]
            .iter()
            .rev()
            .find(|m| full(m) && last_key(m) == key)
            .map(|m| m.entity);
        let anywhere = || {
            ms.iter()
                .find(|m| full(m) && cands.contains(&m.entity))
                .map(|m| m.entity)
        };
        let unique = || (cands.len() == 1).then(|| cands[0]);
        match earlier.or_else(anywhere).or_else(unique) {
            Some(e) => ms[i].entity = e,
            None => keep[i] = false,
        }
    }
    let mut k = keep.into_iter();
    ms.retain(|_| k.next().unwrap_or(true));
}
