//! Gazetteer matches that are short or ordinary words («أو» → Palau, «آب» → Apia, «بالتالي» →
//! Tallinn, «المالية» → Malé) are kept only inside a tagged span of a compatible kind, or after a type
//! cue («دولة بنين», «جمهورية بالاو»). A match inside a longer tagged span of another kind goes too:
//! the longest span wins.
//!
//! Only a few words around such a match are tagged, so extraction stays fast on large imports.

use super::super::doc::{strip_conj, Doc};
use super::super::gazetteer::{AliasKind, Gazetteer, Kind};
use super::super::mentions::Mention;
use super::super::Field;
use super::{common_words, SpanKind, Tagger, TRIGGERS_ORG, TRIGGERS_PERSON, TRIGGERS_PLACE};

/// A span the tagger found, in an article field. Offsets are chars into that field's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    pub field: Field,
    pub kind: SpanKind,
    pub start: usize,
    pub end: usize,
}

fn compatible(span: SpanKind, kind: Kind) -> bool {
    match span {
        SpanKind::Person => kind == Kind::Person,
        SpanKind::Place => matches!(kind, Kind::Place | Kind::Country),
        SpanKind::Org => matches!(kind, Kind::Org | Kind::Outlet),
    }
}

/// Is this match a short or ordinary word that needs the tagger's (or a cue's) support? One token,
/// not a Latin acronym, and: its key has at most three letters; or it matched only once a suffix
/// or a proclitic the search form kept was removed, and what matched has four («المالية» → «مالي»,
/// «كتائب» → «ك» + «تايب»); or, matched as it is, the word is an ordinary one (see [`common_words`]).
/// Never the entity's own long, rare one-word name («الكرملين»; see `exact_rare_name`).
pub(crate) fn risky(g: &Gazetteer, d: &Doc, m: &Mention) -> bool {
    let (a, b) = m.toks;
    // Nationality adjectives have rules of their own (`mentions::adjectives`).
    if b != a + 1 || m.form == super::super::mentions::Form::Adjective {
        return false;
    }
    let t = &d.toks[a];
    // A Latin acronym («RT», «AFP») is no ordinary Arabic word.
    if t.norm.chars().all(|c| c.is_ascii_alphanumeric())
        && d.slice(a, b).chars().all(|c| !c.is_lowercase())
    {
        return false;
    }
    let bare = t.norm.strip_prefix(m.prefix.as_str()).unwrap_or(&t.norm);
    let bare = match bare.strip_prefix("ال") {
        Some(r) if r.chars().count() >= 2 => r,
        _ => bare,
    };
    let common = common_words();
    let key_len = t.key.chars().count();
    if exact_rare_name(g, d, m) {
        return false;
    }
    if key_len <= 3 {
        return true;
    }
    // Found only by taking a proclitic off a word its search form keeps whole («كتائب» → «ك» +
    // «تايب»): as uncertain as a suffix match.
    if !m.prefix.is_empty() && t.norm.strip_suffix(t.key.as_str()) != Some(m.prefix.as_str()) {
        return bare.chars().count() <= 4;
    }
    if !t.norm.ends_with(t.key.as_str()) {
        // Found only once a suffix went («المالية» → «مالي»); a long name's adjective
        // («الإسرائيلي») is left to the nationality rules.
        return key_len <= 4;
    }
    common.contains(t.norm.as_str())
        || common.contains(strip_conj(&t.norm))
        || common.contains(bare)
}

/// «الكرملين», «البنتاغون», «الغابون», «يريفان»: the entity's own one-word name as the gazetteer
/// writes it (behind proclitics), no ordinary word with or without its article, without the
/// tanween of an adverb («دوماً»), and long: five letters for an organisation or outlet, six for a
/// place or country unless written with the article (a short place name is as often a given name:
/// «صوفيا»). Such a match is the name, whatever its short stem: the tagger need not confirm it.
fn exact_rare_name(g: &Gazetteer, d: &Doc, m: &Mention) -> bool {
    let (a, b) = m.toks;
    let e = g.entity(m.entity);
    let name = crate::arabic::normalize(&e.name);
    if b != a + 1
        || name.contains(' ')
        || d.slice(a, b).contains(['\u{064B}', '\u{064C}', '\u{064D}'])
    {
        return false;
    }
    let t = &d.toks[a];
    if !super::super::gazetteer::is_word_of_name(&t.norm, &name) {
        return false;
    }
    let core = name.strip_prefix("ال").unwrap_or(&name);
    let common = common_words();
    if [name.as_str(), core].iter().any(|w| common.contains(*w))
        || common.contains(strip_conj(&t.norm))
    {
        return false;
    }
    let long = match e.kind {
        Kind::Org | Kind::Outlet => 5,
        Kind::Place | Kind::Country if name.starts_with("ال") => 5,
        _ => 6,
    };
    e.kind != Kind::Person && core.chars().count() >= long
}

fn cue_before(d: &Doc, i: usize, kind: Kind) -> bool {
    if i == 0 || d.breaks_after(i - 1) {
        return false;
    }
    let p = &d.toks[i - 1];
    let bare = strip_conj(&p.norm);
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    let list: &[&str] = match kind {
        Kind::Person => TRIGGERS_PERSON,
        Kind::Place | Kind::Country => TRIGGERS_PLACE,
        Kind::Org | Kind::Outlet => TRIGGERS_ORG,
    };
    list.contains(&p.key.as_str()) || list.contains(&bare)
}

/// Words of context tagged on each side of a risky match (the features look two words away; a
/// name rarely runs longer): the tagger runs on these windows, not on whole articles.
const WINDOW: usize = 8;

/// Tags the stretches of `d` around risky matches among `ms` (all of field `field`), drops the
/// risky matches the tagger does not support, and returns the tagged spans.
pub(crate) fn filter(
    g: &Gazetteer,
    d: &Doc,
    field: Field,
    ms: &mut Vec<Mention>,
    out: &mut Vec<Tagged>,
) {
    // Windows of tokens around each risky match, within its sentence, merged when they overlap.
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for m in ms.iter().filter(|m| m.field == field && risky(g, d, m)) {
        let s = d.toks[m.toks.0].sentence;
        let mut a = m.toks.0.saturating_sub(WINDOW);
        while d.toks[a].sentence != s {
            a += 1;
        }
        let mut b = (m.toks.1 + WINDOW).min(d.len());
        while d.toks[b - 1].sentence != s {
            b -= 1;
        }
        match windows.last_mut() {
            Some(w) if a <= w.1 => w.1 = w.1.max(b),
            _ => windows.push((a, b)),
        }
    }
    if windows.is_empty() {
        return;
    }
    let first = out.len();
    let tagger = Tagger::shipped();
    for (a, b) in windows {
        // Up to the next token, so sentence punctuation is seen as in training.
        let byte_end = d.toks.get(b).map_or(d.text.len(), |t| t.byte_start);
        let base = d.toks[a].start;
        for (kind, start, end, _) in tagger.tag_spans(&d.text[d.toks[a].byte_start..byte_end]) {
            out.push(Tagged {
                field,
                kind,
                start: base + start,
                end: base + end,
            });
        }
    }
    let spans = &out[first..];
    let last_key = |m: &Mention| {
        crate::arabic::tokenize(&m.surface)
            .last()
            .map(|t| crate::arabic::search_form(t.text))
    };
    // Full person names of the article (title and body): a bare surname of one of them is
    // resolved by `mentions::resolve_shorts`, not guessed.
    let full: Vec<(usize, Option<String>)> = ms
        .iter()
        .enumerate()
        .filter(|(_, m)| m.alias != AliasKind::Short && g.entity(m.entity).kind == Kind::Person)
        .map(|(i, m)| (i, last_key(m)))
        .collect();
    let mut idx = 0;
    ms.retain(|m| {
        let i = idx;
        idx += 1;
        if m.field != field || !risky(g, d, m) {
            return true;
        }
        if m.alias == AliasKind::Short {
            let k = last_key(m);
            if full.iter().any(|(j, fk)| *j != i && *fk == k) {
                return true;
            }
        }
        let kind = g.entity(m.entity).kind;
        // The tightest tagged span around the match decides.
        let around = spans
            .iter()
            .filter(|s| s.start <= m.start && m.end <= s.end)
            .min_by_key(|s| s.end - s.start);
        match around {
            // A person's name ends where the span ends: «عبد» in «عبد اللهيان» is not a surname.
            Some(s) if compatible(s.kind, kind) => kind != Kind::Person || s.end == m.end,
            // Inside a longer name of another kind («قوات سوريا الديمقراطية»): that name wins.
            Some(s) if s.end - s.start > m.end - m.start => false,
            _ => cue_before(d, m.toks.0, kind),
        }
    });
}
