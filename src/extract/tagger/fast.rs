//! The tagger's state scores with the features of each word type summed once.
//!
//! Most of [`super::features`] depends on one word alone: the word's own features (form, stem,
//! shape, length, clitic, affixes, ordinary word) and the features it gives its neighbours
//! (`w-1=`, `s-1=`, `sh-1=`, `cw-1` as the previous word; `w-2=` two before; the same after). Their
//! weights are summed once per word type into five score vectors, kept in a cache the extraction
//! threads share, so a
//! token costs the three word-pair features (looked up by the ids of their two words, not by a
//! joined and hashed name), the trigger and gazetteer features and a few vector additions instead
//! of some thirty hash lookups: tagging every sentence of an import stays cheap.
//! The scores are the same sums as [`super::emit`]'s (a test compares the labels with CRFsuite's).

use std::sync::{LazyLock, RwLock};

use super::crf::{hash, Weights};
use super::{char_at, clitic, common_words, gazetteer, shape, trigger_sets, GazAlias};
use crate::arabic;
use crate::arabic::word_cache::WordMap;

/// One word type: its stem, its trigger class, and five score vectors of `nl`
/// labels each: its own features, then as the word at -1, -2, +1, +2.
struct Word {
    stem: String,
    /// `norm` and `stem` as words of the model's word-pair features ([`Weights::pair_word`]).
    norm_id: Option<u32>,
    stem_id: Option<u32>,
    /// The gazetteer names whose first word is `stem`.
    gaz: Option<&'static [GazAlias]>,
    trig: Option<&'static str>,
    scores: Vec<f64>,
}

/// Word types cached for all extraction threads (a cap keeps memory bounded; the cache refills at
/// once). Shared, because the workers read the same vocabulary: with a cache per thread each word
/// type was scored once per thread, and two caches of 40k missed 12.5% of a real corpus' tokens
/// where one of 80k (the same memory) misses 7% (a miss is some twenty weight look-ups).
const CACHE_MAX: usize = 80_000;

/// The word types of one model (its address): their index by token text, and the words.
struct Cache {
    model: usize,
    /// Never full by itself: [`state`] empties the cache before an insertion would pass
    /// [`CACHE_MAX`], so ids stay valid while the lock is held.
    index: WordMap<u32>,
    words: Vec<Word>,
}

static CACHE: LazyLock<RwLock<Cache>> = LazyLock::new(|| {
    RwLock::new(Cache {
        model: 0,
        index: WordMap::new(usize::MAX),
        words: Vec::new(),
    })
});

fn feature(w: &Weights, buf: &mut String, parts: &[&str], out: &mut [f64]) {
    buf.clear();
    parts.iter().for_each(|p| buf.push_str(p));
    w.add(hash(buf), out);
}

fn word(w: &Weights, t: &str) -> Word {
    let nl = w.labels.len();
    let n = arabic::normalize(t);
    let sh = shape(t);
    let stem = if sh == "A" {
        arabic::search_form(t)
    } else {
        n.clone()
    };
    let trig = {
        let s = stem.as_str();
        let bare = n.strip_prefix("ال").unwrap_or(&n);
        trigger_sets()
            .iter()
            .zip(["P", "O", "L"])
            .find(|(k, _)| k.contains(s) || k.contains(bare))
            .map(|(_, name)| name)
    };
    let cw = common_words().contains(n.as_str());
    let mut scores = vec![0.0; 5 * nl];
    let mut buf = String::with_capacity(64);
    {
        let own = &mut scores[..nl];
        let len = n.chars().count();
        let mut f = |parts: &[&str]| feature(w, &mut buf, parts, own);
        f(&["w=", &n]);
        f(&["s=", &stem]);
        f(&["sh=", sh]);
        f(&[
            "len=",
            match len {
                0 => "0",
                1 => "1",
                2 => "2",
                3..=4 => "3",
                5..=6 => "5",
                _ => "7",
            },
        ]);
        if sh == "A" {
            let cl = clitic(&n);
            f(&["cl=", cl]);
            for (k, (p, x)) in [
                (1, ("p1=", "x1=")),
                (2, ("p2=", "x2=")),
                (3, ("p3=", "x3=")),
            ] {
                if len > k {
                    f(&[p, &n[..char_at(&n, k)]]);
                    f(&[x, &n[char_at(&n, len - k)..]]);
                }
            }
            let bare = &n[cl.len()..];
            if bare != stem {
                f(&["bare=", bare]);
            }
        }
        if cw {
            f(&["cw"]);
        }
    }
    let (_, rest) = scores.split_at_mut(nl);
    let (l1, rest) = rest.split_at_mut(nl);
    let (l2, rest) = rest.split_at_mut(nl);
    let (r1, r2) = rest.split_at_mut(nl);
    feature(w, &mut buf, &["w-1=", &n], l1);
    feature(w, &mut buf, &["s-1=", &stem], l1);
    feature(w, &mut buf, &["sh-1=", sh], l1);
    feature(w, &mut buf, &["w-2=", &n], l2);
    feature(w, &mut buf, &["w+1=", &n], r1);
    feature(w, &mut buf, &["s+1=", &stem], r1);
    feature(w, &mut buf, &["sh+1=", sh], r1);
    feature(w, &mut buf, &["w+2=", &n], r2);
    if cw {
        feature(w, &mut buf, &["cw-1"], l1);
        feature(w, &mut buf, &["cw+1"], r1);
    }
    Word {
        norm_id: w.pair_word(&n),
        stem_id: w.pair_word(&stem),
        gaz: gazetteer().get(stem.as_str()).map(Vec::as_slice),
        stem,
        trig,
        scores,
    }
}

/// Score vectors that do not depend on any word: the bias, the sentence boundaries as neighbours,
/// and the trigger and gazetteer features by value.
struct Fixed {
    bias: Vec<f64>,
    /// Outside the sentence at -1, -2, +1, +2.
    out: [Vec<f64>; 4],
    /// t-1=, t-2= for P, O, L.
    trig: [[Vec<f64>; 3]; 2],
    /// g=B-, g=I-, g-1=, g+1= for PERS, LOC, ORG.
    gaz: [[Vec<f64>; 3]; 4],
    /// The sentence boundaries "<s>", "</s>" as words of word-pair features.
    bos: Option<u32>,
    eos: Option<u32>,
}

const TRIG: [&str; 3] = ["P", "O", "L"];
const GAZ: [&str; 3] = ["PERS", "LOC", "ORG"];

fn fixed(w: &Weights) -> Fixed {
    let nl = w.labels.len();
    let mut buf = String::new();
    let mut vec_of = |names: &[&[&str]]| {
        let mut v = vec![0.0; nl];
        for parts in names {
            feature(w, &mut buf, parts, &mut v);
        }
        v
    };
    let bias = vec_of(&[&["b"]]);
    let out = [
        vec_of(&[&["w-1=", "<s>"], &["s-1=", "<s>"], &["sh-1=", "-"]]),
        vec_of(&[&["w-2=", "<s>"]]),
        vec_of(&[&["w+1=", "</s>"], &["s+1=", "</s>"], &["sh+1=", "-"]]),
        vec_of(&[&["w+2=", "</s>"]]),
    ];
    let trig = ["t-1=", "t-2="].map(|p| TRIG.map(|t| vec_of(&[&[p, t]])));
    let gaz = ["g=B-", "g=I-", "g-1=", "g+1="].map(|p| GAZ.map(|k| vec_of(&[&[p, k]])));
    Fixed {
        bias,
        out,
        trig,
        gaz,
        bos: w.pair_word("<s>"),
        eos: w.pair_word("</s>"),
    }
}

fn add(s: &mut [f64], v: &[f64]) {
    for (a, b) in s.iter_mut().zip(v) {
        *a += b;
    }
}

/// The state scores of one sentence, token-major (`tokens.len() × labels`): the same sums as
/// feeding [`super::emit`]'s features to [`Weights::add`].
///
/// Word types come from the shared cache: the sentence's known words are found under a read lock,
/// the others are scored outside any lock and inserted under the write lock, then the sentence
/// is scored under a read lock. A word type's scores depend on the model and the word alone, so
/// the labels do not depend on which thread scored it first.
pub(super) fn state(w: &Weights, fx: &FixedCache, tokens: &[&str], state: &mut Vec<f64>) {
    let model = w as *const Weights as usize;
    let read = || CACHE.read().unwrap_or_else(|e| e.into_inner());
    // Another thread may empty the cache between the insertion and the scoring: try again, then
    // score without the cache (same scores).
    for _ in 0..3 {
        let missing: Vec<&str> = {
            let c = read();
            let ids: Vec<Option<u32>> = tokens
                .iter()
                .map(|t| c.index.get(t).filter(|_| c.model == model))
                .collect();
            if ids.iter().all(Option::is_some) {
                let words: Vec<&Word> = ids
                    .iter()
                    .flatten()
                    .map(|&i| &c.words[i as usize])
                    .collect();
                sentence(w, fx.get(w), &words, state);
                return;
            }
            let mut m: Vec<&str> = tokens
                .iter()
                .zip(&ids)
                .filter(|(_, id)| id.is_none())
                .map(|(t, _)| *t)
                .collect();
            m.sort_unstable();
            m.dedup();
            m
        };
        let made: Vec<Word> = missing.iter().map(|t| word(w, t)).collect();
        let mut c = CACHE.write().unwrap_or_else(|e| e.into_inner());
        if c.model != model || c.words.len() + made.len() > CACHE_MAX {
            c.model = model;
            c.index.clear();
            c.words.clear();
        }
        for (t, made) in missing.into_iter().zip(made) {
            if c.index.get(t).is_none() {
                let i = c.words.len() as u32;
                c.words.push(made);
                c.index.insert_with(t, |_| i);
            }
        }
    }
    let made: Vec<Word> = tokens.iter().map(|t| word(w, t)).collect();
    let words: Vec<&Word> = made.iter().collect();
    sentence(w, fx.get(w), &words, state);
}

fn sentence(w: &Weights, fx: &Fixed, words: &[&Word], state: &mut Vec<f64>) {
    let nl = w.labels.len();
    let n = words.len();
    state.clear();
    state.resize(n * nl, 0.0);
    // Gazetteer membership: longest match of stems, left to right (as in `emit`).
    let mut gtag: Vec<Option<(bool, usize)>> = vec![None; n];
    let mut i = 0;
    while i < n {
        let mut len = 0;
        let mut kind = 0;
        if let Some(cands) = words[i].gaz {
            for a in cands {
                if i + 1 + a.rest.len() <= n
                    && a.rest
                        .iter()
                        .zip(&words[i + 1..])
                        .all(|(x, y)| *x == y.stem)
                {
                    len = a.rest.len() + 1;
                    kind = GAZ.iter().position(|k| *k == a.kind).unwrap_or(2);
                    break;
                }
            }
        }
        if len == 0 {
            i += 1;
            continue;
        }
        for (j, g) in gtag.iter_mut().enumerate().skip(i).take(len) {
            *g = Some((j == i, kind));
        }
        i += len;
    }
    // The pair-feature ids of the word (or boundary) at `j`: normal form, stem.
    let at = |j: isize| -> (Option<u32>, Option<u32>) {
        if j < 0 {
            (fx.bos, fx.bos)
        } else {
            words
                .get(j as usize)
                .map_or((fx.eos, fx.eos), |w| (w.norm_id, w.stem_id))
        }
    };
    for i in 0..n {
        let s = &mut state[i * nl..(i + 1) * nl];
        let ii = i as isize;
        add(s, &fx.bias);
        add(s, &words[i].scores[..nl]);
        // Neighbours: the vectors they give at -1, -2, +1, +2 (or the boundary's).
        for (d, slot, out) in [(-1isize, 1, 0), (-2, 2, 1), (1, 3, 2), (2, 4, 3)] {
            let j = ii + d;
            if j >= 0 && (j as usize) < n {
                add(s, &words[j as usize].scores[slot * nl..(slot + 1) * nl]);
            } else {
                add(s, &fx.out[out]);
            }
        }
        // "w-1|w=", "w|w+1=", "s-1|s+1=" (`crf::PAIRS`), by the words' ids.
        let me = words[i].norm_id;
        let (prev, next) = (at(ii - 1), at(ii + 1));
        w.add_pair(0, prev.0, me, s);
        w.add_pair(1, me, next.0, s);
        w.add_pair(2, prev.1, next.1, s);
        for (d, k) in [(1usize, 0usize), (2, 1)] {
            if i >= d {
                if let Some(t) = words[i - d].trig {
                    let c = TRIG.iter().position(|x| *x == t).unwrap_or(0);
                    add(s, &fx.trig[k][c]);
                }
            }
        }
        match gtag[i] {
            Some((true, k)) => add(s, &fx.gaz[0][k]),
            Some((false, k)) => add(s, &fx.gaz[1][k]),
            None => {}
        }
        if i > 0 {
            if let Some((_, k)) = gtag[i - 1] {
                add(s, &fx.gaz[2][k]);
            }
        }
        if let Some(&Some((_, k))) = gtag.get(i + 1) {
            add(s, &fx.gaz[3][k]);
        }
    }
}

/// [`Fixed`] of one model, made on first use.
#[derive(Default)]
pub(super) struct FixedCache(std::sync::OnceLock<Fixed>);

impl FixedCache {
    fn get(&self, w: &Weights) -> &Fixed {
        self.0.get_or_init(|| fixed(w))
    }
}
