//! English parties: the name or official before «said», the outlet after «told»/«according to».

use super::lexicon::*;
use super::*;

/// An English party: the capitalised name or «a senior official» before «said», the outlet after
/// «told»/«according to».
pub(super) fn english_np(cx: &Ctx, a: usize, b: usize) -> Option<Party> {
    let d = cx.d;
    if a >= b {
        return None;
    }
    let mut p = Party::default();
    let text = d.slice(a, b).to_string();
    if let Some(m) = (a..b)
        .filter_map(|k| cx.mention_at(k))
        .find(|m| cx.kind(m).can_be_source() && m.toks.1 <= b)
    {
        p.source = Some(m.entity);
        p.source_type = Some(source_type_of(cx.kind(m)));
        p.source_text = Some(text);
    } else if (a..b).any(|k| EN_ANON.contains(&d.toks[k].norm.as_str())) {
        p.source_text = Some(text);
        p.source_type = Some(SourceType::Anonymous);
        // «a senior Qatari official», «a Hamas official»: capitals before the noun qualify it;
        // a name after it («spokesman Matthew Miller») is the named person.
        let noun = (a..b)
            .rev()
            .find(|&k| EN_ANON.contains(&d.toks[k].norm.as_str()))
            .unwrap_or(a);
        p.anonymous = !(noun + 1..b).any(|k| {
            let s = d.slice(k, k + 1);
            s.chars().next().is_some_and(char::is_uppercase)
        });
        if !p.anonymous {
            p.source_type = Some(SourceType::Person);
        }
    } else if (a..b).all(|k| {
        d.slice(k, k + 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }) {
        p.source_text = Some(text);
    } else {
        return None;
    }
    p.grow(a, b);
    Some(p)
}

pub(super) fn english_party(cx: &Ctx, c: &Cue, i: usize) -> Option<Party> {
    let d = cx.d;
    let is_en = |k: usize| d.toks[k].norm.is_ascii();
    let phrase_end = |from: usize| {
        let mut e = from;
        while e < d.len()
            && e < from + 6
            && is_en(e)
            && !EN_STOPS.contains(&d.toks[e].norm.as_str())
            && !matches!(d.toks[e].norm.as_str(), "said" | "says" | "told" | "added")
        {
            e += 1;
            if d.breaks_after(e - 1) {
                break;
            }
        }
        e
    };
    if c.kind == CueKind::Prep {
        return english_np(cx, c.after, phrase_end(c.after));
    }
    // Subject before the verb.
    let mut a = i;
    while a > 0 && a + 6 > i && is_en(a - 1) && !d.breaks_after(a - 1) {
        let n = d.toks[a - 1].norm.as_str();
        if EN_STOPS.contains(&n) {
            break;
        }
        a -= 1;
    }
    let mut p = english_np(cx, a, i).or_else(|| {
        if i + 1 < d.len() && !d.breaks_after(i) {
            english_np(cx, i + 1, phrase_end(i + 1))
        } else {
            None
        }
    })?;
    if c.norm == "told" {
        // «a senior official told Reuters»: Reuters is the source, the official the via.
        let k = i + 1;
        if let Some(m) = cx.mention_at(k).filter(|m| cx.kind(m) == Kind::Outlet) {
            if p.source.is_none() {
                p.via_text = p.source_text.take();
                p.via_type = p.source_type.take();
                p.source = Some(m.entity);
                p.source_text = Some(m.surface.clone());
                p.source_type = Some(SourceType::Outlet);
            }
            p.grow(k, m.toks.1);
        }
    }
    Some(p)
}
