//! Attributions: who the article credits for a claim («أفاد مصدر دبلوماسي لوكالة الأنباء الفرنسية»),
//! through whom, and the sentence it supports.

use super::doc::Doc;
use super::gazetteer::{Gazetteer, Kind};
use super::mentions::Mention;
use crate::arabic;

#[derive(Debug, Clone)]
pub struct Attribution {
    /// Cue span (char offsets in the body): the cue with its source and via phrases.
    pub start: usize,
    pub end: usize,
    pub claim: (usize, usize),
    /// Normalised cue ('افاد', 'وفقا ل', 'نقلا عن').
    pub cue: String,
    pub cue_text: String,
    /// Gazetteer index of the credited party (outlet, person or org).
    pub source: Option<u32>,
    pub source_text: Option<String>,
    pub via: Option<u32>,
    pub via_text: Option<String>,
    pub anonymous: bool,
    pub(crate) sentence: u32,
}

const VERBS: [&str; 16] = [
    "افاد",
    "افادت",
    "قال",
    "قالت",
    "اكد",
    "اكدت",
    "اوضح",
    "اوضحت",
    "اعلن",
    "اعلنت",
    "كشف",
    "كشفت",
    "ذكر",
    "ذكرت",
    "نقل",
    "نقلت",
];
/// Nouns that head an unnamed source: «مصدر دبلوماسي», «مسؤول إسرائيلي كبير».
const ANON_HEADS: [&str; 10] = [
    "مصدر",
    "مصادر",
    "مسؤول",
    "مسؤولين",
    "مسؤولون",
    "مسوول",
    "مسوولين",
    "دبلوماسي",
    "دبلوماسيين",
    "مصدرا",
];
/// Definite nouns that point back to the last outlet named.
const OUTLET_COREF: [&str; 5] = ["الموقع", "الوكاله", "القناه", "الصحيفه", "الشبكه"];
/// Nouns that introduce an outlet's name («موقع أكسيوس», «لموقع فرانس 24»).
const OUTLET_NOUNS: [&str; 5] = ["موقع", "وكاله", "قناه", "صحيفه", "شبكه"];
const COMPLEMENTIZERS: [&str; 8] = ["ان", "انه", "انها", "بان", "بانه", "قوله", "قولهم", "قولها"];
const VIA_MEDIA: [&str; 7] = [
    "تغريده",
    "مقابله",
    "بيان",
    "تصريح",
    "تصريحات",
    "حديث",
    "منشور",
];

struct Ctx<'a> {
    g: &'a Gazetteer,
    d: &'a Doc<'a>,
    ms: &'a [Mention],
    /// Body token → index of the mention covering it.
    at: Vec<Option<usize>>,
}

#[derive(Default)]
struct Party {
    source: Option<u32>,
    source_text: Option<String>,
    via: Option<u32>,
    via_text: Option<String>,
    anonymous: bool,
    /// First and last+1 token consumed.
    span: Option<(usize, usize)>,
}

impl Party {
    fn grow(&mut self, a: usize, b: usize) {
        self.span = Some(match self.span {
            Some((x, y)) => (x.min(a), y.max(b)),
            None => (a, b),
        });
    }
}

impl Ctx<'_> {
    fn mention(&self, j: usize) -> Option<&Mention> {
        self.at.get(j).copied().flatten().map(|k| &self.ms[k])
    }
    fn kind(&self, m: &Mention) -> Kind {
        self.g.entity(m.entity).kind
    }
    fn stop(&self, j: usize) -> bool {
        COMPLEMENTIZERS.contains(&self.d.bare(j))
    }
    fn recent_outlet(&self, before: usize) -> Option<&Mention> {
        self.ms
            .iter()
            .rev()
            .find(|m| m.toks.1 <= before && self.kind(m) == Kind::Outlet)
    }
    /// «لوكالة الأنباء الفرنسية», «لموقع “فرانس 24”»: the outlet a source spoke to.
    fn recipient(&self, j: usize) -> Option<(u32, usize)> {
        if let Some(m) = self.mention(j) {
            if self.kind(m) == Kind::Outlet && m.prefix.trim_start_matches('و').starts_with('ل') {
                return Some((m.entity, m.toks.1));
            }
        }
        let n = self.d.toks.get(j)?.norm.as_str();
        let n = n.strip_prefix('و').unwrap_or(n);
        let noun = n.strip_prefix('ل')?;
        if OUTLET_NOUNS.contains(&noun) {
            let m = self.mention(j + 1)?;
            if self.kind(m) == Kind::Outlet {
                return Some((m.entity, m.toks.1));
            }
        }
        None
    }

    /// The via phrase starting at j (an unnamed source or a medium): its end token and what it names.
    fn via_phrase(&self, j: usize, p: &mut Party) -> usize {
        let mut k = j;
        while k < self.d.len() && k < j + 10 {
            if k > j && (self.stop(k) || self.recipient(k).is_some()) {
                break;
            }
            if let Some(m) = self.mention(k) {
                match self.kind(m) {
                    Kind::Person => {
                        p.via = Some(m.entity);
                        p.anonymous = false;
                    }
                    // «مصدر في وزارة الخارجية السورية»: the ministry is the party credited.
                    Kind::Org => p.source = Some(m.entity),
                    _ => {}
                }
                k = m.toks.1;
                if self.d.breaks_after(k - 1) {
                    break;
                }
                continue;
            }
            if self.d.breaks_after(k) {
                k += 1;
                break;
            }
            k += 1;
        }
        let text = self.d.slice(j, k).to_string();
        if text.contains("الكشف") || text.contains("هويته") || text.contains("اسمه") {
            p.anonymous = true;
        }
        p.via_text = Some(text);
        p.grow(j, k);
        k
    }

    /// The party after a cue (verb-subject order), or None.
    fn forward(&self, j0: usize, prior: &[Attribution]) -> Option<Party> {
        let mut p = Party::default();
        let mut j = j0;
        while j < self.d.len() && j < j0 + 7 {
            if self.d.toks[j].quote != 0 && self.d.toks[j0].quote == 0 && j > j0 + 1 {
                return None;
            }
            if let Some(m) = self.mention(j) {
                if self.g.entity(m.entity).kind.can_be_source() {
                    p.source = Some(m.entity);
                    p.source_text = Some(m.surface.clone());
                    p.grow(j, m.toks.1);
                    return Some(p);
                }
                // «لمصدر دبلوماسي في دمشق» has no party; a place or country is not one.
                j = m.toks.1;
                continue;
            }
            let n = self.d.bare(j);
            let n1 = n.strip_prefix('ل').unwrap_or(n);
            if ANON_HEADS.contains(&n1) {
                p.anonymous = true;
                let k = self.via_phrase(j, &mut p);
                self.after_via(k, &mut p);
                return Some(p);
            }
            if matches!(n1, "المصدر" | "المصادر") {
                // Back-reference to an earlier unnamed source («وبحسب المصدر الدبلوماسي»: the last
                // one described as diplomatic), taking over its party.
                let adj = self.d.toks.get(j + 1).map(|t| t.key.as_str()).unwrap_or("");
                let earlier = |want_adj: bool| {
                    prior.iter().rev().find(|a| {
                        a.anonymous
                            && (!want_adj
                                || a.via_text.as_deref().is_some_and(|v| {
                                    !adj.is_empty() && arabic::normalize(v).contains(adj)
                                }))
                    })
                };
                if let Some(a) = earlier(true).or_else(|| earlier(false)).or(prior.last()) {
                    p.source = a.source;
                    p.source_text = a.source_text.clone();
                }
                p.anonymous = true;
                let k = self.via_phrase(j, &mut p);
                self.after_via(k, &mut p);
                return Some(p);
            }
            if OUTLET_COREF.contains(&n1) {
                let m = self.recent_outlet(j)?;
                p.source = Some(m.entity);
                p.source_text = Some(self.d.slice(j, j + 1).to_string());
                p.grow(j, j + 1);
                return Some(p);
            }
            if self.stop(j) || self.d.breaks_after(j) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// After an unnamed source: the outlet it spoke to, if any («... رفيع المستوى، لموقع فرانس 24»).
    fn after_via(&self, k: usize, p: &mut Party) {
        if let Some((e, end)) = self.recipient(k) {
            if p.source.is_none() {
                p.source = Some(e);
                p.source_text = Some(self.d.slice(k, end).to_string());
            }
            p.grow(k, end);
        }
    }

    /// The party before a cue (subject-verb order): «لكن موقع أكسيوس الأميركي كشف».
    fn backward(&self, i: usize) -> Option<Party> {
        let mut j = i;
        while j > 0 && j + 6 > i {
            j -= 1;
            if self.d.breaks_after(j) {
                return None;
            }
            if let Some(m) = self.mention(j) {
                if self.g.entity(m.entity).kind.can_be_source() {
                    let mut p = Party {
                        source: Some(m.entity),
                        source_text: Some(m.surface.clone()),
                        ..Default::default()
                    };
                    p.grow(m.toks.0, i + 1);
                    return Some(p);
                }
                j = m.toks.0;
            }
        }
        None
    }

    /// What follows the party: «نقلاً عن مصدر دبلوماسي», «عن مسؤولين», «في تغريدة».
    fn follow_ups(&self, p: &mut Party, from: usize, cue_is_naql: bool) {
        let mut j = from;
        let limit = (from + 4).min(self.d.len());
        while j < limit {
            // Skip a repeated name of the same party: «وكالة الصحافة الفرنسية (أ ف ب)».
            if let Some(m) = self.mention(j) {
                if Some(m.entity) == p.source {
                    j = m.toks.1;
                    continue;
                }
            }
            let n = self.d.bare(j);
            if n == "نقلا" && self.d.toks.get(j + 1).is_some_and(|t| t.norm == "عن") {
                let k = self.via_phrase(j + 2, p);
                p.grow(j, k);
                if let Some(t) = self.d.toks.get(j + 2) {
                    p.anonymous |= ANON_HEADS.iter().any(|h| t.norm.contains(h));
                }
                return;
            }
            if cue_is_naql && n == "عن" {
                let k = self.via_phrase(j + 1, p);
                p.anonymous |= ANON_HEADS.contains(&self.d.bare(j + 1));
                p.grow(j, k);
                return;
            }
            if n == "في"
                && self
                    .d
                    .toks
                    .get(j + 1)
                    .is_some_and(|t| VIA_MEDIA.contains(&t.norm.as_str()))
            {
                let save = (p.source, p.anonymous);
                let k = self.via_phrase(j + 1, p);
                (p.source, p.anonymous) = save;
                p.grow(j, k);
                return;
            }
            if self.stop(j) {
                return;
            }
            j += 1;
        }
    }
}

pub(crate) fn find(g: &Gazetteer, d: &Doc, ms: &[Mention]) -> Vec<Attribution> {
    let mut at = vec![None; d.len()];
    for (k, m) in ms.iter().enumerate() {
        for slot in &mut at[m.toks.0..m.toks.1] {
            *slot = Some(k);
        }
    }
    let cx = Ctx { g, d, ms, at };
    let mut out: Vec<Attribution> = Vec::new();
    let mut consumed = 0; // tokens already part of an attribution
    let mut i = 0;
    while i < d.len() {
        if i < consumed || d.toks[i].quote != 0 {
            i += 1;
            continue;
        }
        let norm = d.toks[i].norm.as_str();
        let bare = d.bare(i);
        let no_w = norm.strip_prefix('و').unwrap_or(norm);
        let (cue, party, cue_start, naql) = if VERBS.contains(&bare) {
            // «وفق ما ذكرت», «حسبما أفاد»: the particle belongs to the cue.
            let mut s = i;
            let mut cue = bare.to_string();
            if i >= 2 && d.toks[i - 1].norm == "ما" && d.bare(i - 2).ends_with("وفق") {
                s = i - 2;
                cue = format!("وفق ما {bare}");
            } else if i >= 1 && d.bare(i - 1).ends_with("حسبما") {
                s = i - 1;
                cue = format!("حسبما {bare}");
            }
            let p = cx.forward(i + 1, &out).or_else(|| cx.backward(i));
            (cue, p, s, bare.starts_with("نقل"))
        } else if (matches!(norm, "وفقا" | "وفق") || matches!(no_w, "وفقا" | "وفق"))
            && d.toks.get(i + 1).is_some_and(|t| t.norm != "ما")
        {
            ("وفقا ل".to_string(), cx.forward(i + 1, &out), i, false)
        } else if matches!(bare, "بحسب" | "حسب") {
            ("بحسب".to_string(), cx.forward(i + 1, &out), i, false)
        } else if bare == "نقلا" && d.toks.get(i + 1).is_some_and(|t| t.norm == "عن") {
            ("نقلا عن".to_string(), cx.forward(i + 2, &out), i, false)
        } else if bare == "بواسطه"
            && i > 0
            && matches!(
                d.bare(i - 1),
                "كتابته" | "كتابه" | "اعداد" | "تحرير" | "اعداده"
            )
        {
            ("بواسطه".to_string(), cx.forward(i + 1, &[]), i - 1, false)
        } else {
            i += 1;
            continue;
        };
        let Some(mut p) = party else {
            i += 1;
            continue;
        };
        let (_, pend) = p.span.unwrap_or((i + 1, i + 1));
        cx.follow_ups(&mut p, pend.max(i + 1), naql);
        let (ps, pe) = p.span.unwrap_or((i, i + 1));
        let (a, b) = (cue_start.min(ps), pe.max(i + 1));
        if p.source.is_none() && p.via_text.is_none() && p.source_text.is_none() {
            i += 1;
            continue;
        }
        let sentence = d.toks[i].sentence;
        out.push(Attribution {
            start: d.toks[a].start,
            end: d.toks[b - 1].end,
            claim: d.sentences[sentence as usize],
            cue,
            cue_text: d.slice(a, b).to_string(),
            source: p.source,
            source_text: p.source_text,
            via: p.via,
            via_text: p.via_text,
            anonymous: p.anonymous && p.via.is_none(),
            sentence,
        });
        consumed = b;
        i = b.max(i + 1);
    }
    out
}
