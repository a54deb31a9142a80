//! The entity tagger: a linear-chain CRF that marks person, place and organisation spans in Arabic
//! text, including names that no gazetteer holds.
//!
//! Pure: text (or tokens) in, labelled spans with char offsets out. The model is
//! `data/ner/tagger.crfsuite`, embedded in the binary, trained by `tools/train_tagger.py`
//! (python-crfsuite) on ANERcorp's training portion, NewsFANE Gold and the Wojood sample (see
//! `data/ner/README.md` for sources, licences and the training command); it is read and applied by
//! the pure-Rust `crfs` crate.
//!
//! Training and tagging share one feature function, [`features`]: `marsad tagger features` writes
//! the training items with it, so the model never sees features computed differently from the ones
//! it is applied to. Bump [`FEATURES_VERSION`] with any change to it (and retrain).

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::arabic;

pub mod corpus;
mod crf;
mod fast;
mod lexicon;

use lexicon::{CLITICS, TRIGGERS_ORG, TRIGGERS_PERSON, TRIGGERS_PLACE};
pub(crate) mod gate;
pub mod link;

pub use gate::Tagged;

/// Version of [`features`]; recorded in the model's manifest, which a test compares.
pub const FEATURES_VERSION: u32 = 3;

/// The shipped model (CRFsuite binary format).
pub const MODEL: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/ner/tagger.crfsuite"
));

/// The manifest written by the training script: model checksum, training command, data checksums.
pub const MANIFEST: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/ner/manifest.json"
));

/// Ordinary words: normalised forms frequent in the training part of the corpora and nearly never
/// inside an entity span (one a line), written by `marsad tagger features` with the training items.
pub const COMMON_WORDS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/ner/common_words.txt"
));

/// [`COMMON_WORDS`] as a set.
pub fn common_words() -> &'static FxHashSet<String> {
    static C: OnceLock<FxHashSet<String>> = OnceLock::new();
    C.get_or_init(|| {
        COMMON_WORDS
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    })
}

/// What a tagged span names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SpanKind {
    Person,
    /// A geopolitical entity or geographic place (country, city, region, river…).
    Place,
    /// An organisation: government body, party, company, outlet, armed group…
    Org,
}

impl SpanKind {
    /// The IOB suffix used in the model's labels (PERS, LOC, ORG).
    pub fn label(self) -> &'static str {
        match self {
            SpanKind::Person => "PERS",
            SpanKind::Place => "LOC",
            SpanKind::Org => "ORG",
        }
    }

    pub fn from_label(s: &str) -> Option<SpanKind> {
        match s {
            "PERS" => Some(SpanKind::Person),
            "LOC" => Some(SpanKind::Place),
            "ORG" => Some(SpanKind::Org),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SpanKind::Person => "person",
            SpanKind::Place => "place",
            SpanKind::Org => "org",
        }
    }

    pub const ALL: [SpanKind; 3] = [SpanKind::Person, SpanKind::Place, SpanKind::Org];
}

/// A token as the tagger sees it: a word (as `arabic::tokenize` gives it) or one punctuation char.
/// Offsets are chars into the tagged text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TagToken<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// A tagged span: kind, char offsets [start, end) into the text, and token range [a, b) into the
/// tagger's tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedSpan {
    pub kind: SpanKind,
    pub start: usize,
    pub end: usize,
    pub toks: (usize, usize),
    /// The lowest posterior probability, over the span's tokens, of the label it was given
    /// (forward-backward marginals, 0–1): how sure the model is of the whole span.
    pub confidence: f64,
}

/// Words and punctuation: every word of `arabic::tokenize`, and each visible non-word char between
/// words as its own token (the corpora tokenise punctuation apart; the tagger must see the same).
pub fn tokenize(text: &str) -> Vec<TagToken<'_>> {
    fn push_gap<'a>(text: &'a str, out: &mut Vec<TagToken<'a>>, b0: usize, b1: usize, c0: usize) {
        let gap = &text[b0..b1];
        for (ci, (bi, c)) in (c0..).zip(gap.char_indices()) {
            if !c.is_whitespace() && !arabic::normalize::is_ignorable(c) && !c.is_control() {
                out.push(TagToken {
                    text: &gap[bi..bi + c.len_utf8()],
                    start: ci,
                    end: ci + 1,
                });
            }
        }
    }
    let words = arabic::tokenize(text);
    let mut out = Vec::with_capacity(words.len() + words.len() / 4);
    let (mut b, mut c) = (0usize, 0usize);
    for w in &words {
        push_gap(text, &mut out, b, w.byte_start, c);
        out.push(TagToken {
            text: w.text,
            start: w.start,
            end: w.end,
        });
        b = w.byte_end;
        c = w.end;
    }
    push_gap(text, &mut out, b, text.len(), c);
    out
}

fn is_sentence_end(t: &str) -> bool {
    matches!(t, "." | "؟" | "!" | "?")
}

/// End (exclusive) of the sequence starting at token `a`: after a sentence mark, or [`MAX_SEQ`]
/// tokens.
fn sentence_end(tokens: &[&str], a: usize) -> usize {
    let mut b = a;
    while b < tokens.len() && b - a < MAX_SEQ {
        b += 1;
        if is_sentence_end(tokens[b - 1]) {
            break;
        }
    }
    b
}

fn clitic(n: &str) -> &'static str {
    let len = n.chars().count();
    for c in CLITICS {
        let k = c.chars().count();
        if n.starts_with(c) && len >= k + if k == 1 { 3 } else { 2 } {
            return c;
        }
    }
    ""
}

/// One gazetteer alias, split into search-form words.
struct GazAlias {
    rest: Vec<String>,
    kind: &'static str,
}

/// Gazetteer names by first word, from the shipped CSVs (read as plain rows). Only names that are
/// unlikely to be ordinary words feed the feature: two words or more, or one word of 4+ letters.
fn gazetteer() -> &'static FxHashMap<String, Vec<GazAlias>> {
    static G: OnceLock<FxHashMap<String, Vec<GazAlias>>> = OnceLock::new();
    G.get_or_init(|| {
        let mut m: FxHashMap<String, Vec<GazAlias>> = FxHashMap::default();
        for (_, csv_text) in super::gazetteer::DEFAULT_CSVS {
            let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
            let Ok(h) = rdr.headers().cloned() else {
                continue;
            };
            let col = |name: &str| h.iter().position(|c| c == name);
            let (Some(kind_c), Some(name_c)) = (col("kind"), col("name_ar")) else {
                continue;
            };
            let alias_c = col("aliases_ar");
            for row in rdr.records().flatten() {
                let kind = match row.get(kind_c).unwrap_or("") {
                    "person" => "PERS",
                    "country" | "place" => "LOC",
                    _ => "ORG",
                };
                let mut names = vec![row.get(name_c).unwrap_or("").to_string()];
                if let Some(a) = alias_c.and_then(|c| row.get(c)) {
                    names.extend(a.split('|').map(str::to_string));
                }
                for n in names {
                    let words: Vec<String> = arabic::tokenize(&n)
                        .iter()
                        .map(|t| arabic::search_form(t.text))
                        .collect();
                    let Some((first, rest)) = words.split_first() else {
                        continue;
                    };
                    if rest.is_empty() && first.chars().count() < 4 {
                        continue;
                    }
                    m.entry(first.clone()).or_default().push(GazAlias {
                        rest: rest.to_vec(),
                        kind,
                    });
                }
            }
        }
        for v in m.values_mut() {
            v.sort_by_key(|a| std::cmp::Reverse(a.rest.len()));
        }
        m
    })
}

fn trigger_sets() -> &'static [FxHashSet<&'static str>; 3] {
    static T: OnceLock<[FxHashSet<&'static str>; 3]> = OnceLock::new();
    T.get_or_init(|| {
        [
            TRIGGERS_PERSON.iter().copied().collect(),
            TRIGGERS_ORG.iter().copied().collect(),
            TRIGGERS_PLACE.iter().copied().collect(),
        ]
    })
}

fn shape(s: &str) -> &'static str {
    let (mut ar, mut lat, mut dig, mut other) = (false, false, false, false);
    for c in s.chars() {
        match c {
            '0'..='9' | '٠'..='٩' | '۰'..='۹' => dig = true,
            'a'..='z' | 'A'..='Z' => lat = true,
            '\u{0600}'..='\u{06FF}' => ar = true,
            c if c.is_alphabetic() => lat = true,
            _ => other = true,
        }
    }
    match (ar, lat, dig, other) {
        (true, false, false, false) => "A",
        (false, true, false, false) => "L",
        (false, false, true, false) => "D",
        (false, false, false, true) => "P",
        _ => "M",
    }
}

/// The CRF features of each token of one sentence: normalised form, search form (stem), clitic
/// prefix, affixes, length and shape, the normalised words and stems at ±1 and ±2, bigrams, title
/// and trigger words one or two tokens before (the token's own word already says it is one), and gazetteer membership (B-/I- and kind of the longest
/// gazetteer name covering it). Names are `key=value` strings; each feature has weight 1.
///
/// This is the only place features are made: `marsad tagger features` calls it for training.
pub fn features(tokens: &[&str]) -> Vec<Vec<String>> {
    features_with(tokens, common_words())
}

/// [`features`] with a given list of ordinary words (training computes its own, then ships it).
pub fn features_with(tokens: &[&str], common: &FxHashSet<String>) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::with_capacity(40); tokens.len()];
    emit(tokens, common, |i, parts| out[i].push(parts.concat()));
    out
}

/// The word at position `j` of a sentence, or a boundary marker outside it.
fn at(v: &[String], j: isize) -> &str {
    if j < 0 {
        "<s>"
    } else {
        v.get(j as usize).map_or("</s>", String::as_str)
    }
}

/// Byte offset of the `k`-th char of `s` (its length when it has fewer chars).
fn char_at(s: &str, k: usize) -> usize {
    s.char_indices().nth(k).map_or(s.len(), |(b, _)| b)
}

/// Makes every feature of every token, as the parts whose concatenation is its name:
/// `sink(token index, parts)`. Both [`features_with`] (strings, for training) and the tagger (a
/// hash of the parts, no allocation) consume this one function.
fn emit(tokens: &[&str], common: &FxHashSet<String>, mut sink: impl FnMut(usize, &[&str])) {
    let norm: Vec<String> = tokens.iter().map(|t| arabic::normalize(t)).collect();
    let shapes: Vec<&'static str> = tokens.iter().map(|t| shape(t)).collect();
    let stem: Vec<String> = tokens
        .iter()
        .zip(&norm)
        .zip(&shapes)
        .map(|((t, n), sh)| {
            if *sh == "A" {
                arabic::search_form(t)
            } else {
                n.clone()
            }
        })
        .collect();
    // Gazetteer membership: longest match of search forms, left to right.
    let gaz = gazetteer();
    let mut gtag: Vec<Option<(bool, &'static str)>> = vec![None; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let mut len = 0;
        let mut kind = "";
        if let Some(cands) = gaz.get(stem[i].as_str()) {
            for a in cands {
                let n = a.rest.len();
                if i + 1 + n <= tokens.len()
                    && a.rest.iter().zip(&stem[i + 1..]).all(|(x, y)| x == y)
                {
                    len = n + 1;
                    kind = a.kind;
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
    let trig = trigger_sets();
    let trigs: Vec<Option<&'static str>> = (0..tokens.len())
        .map(|j| {
            let s = stem[j].as_str();
            let n = norm[j].strip_prefix("ال").unwrap_or(&norm[j]);
            trig.iter()
                .zip(["P", "O", "L"])
                .find(|(k, _)| k.contains(s) || k.contains(n))
                .map(|(_, name)| name)
        })
        .collect();
    let cw: Vec<bool> = norm.iter().map(|n| common.contains(n.as_str())).collect();
    let word = |j: isize| at(&norm, j);
    let stem_at = |j: isize| at(&stem, j);
    let inside = |j: isize| j >= 0 && (j as usize) < tokens.len();
    for i in 0..tokens.len() {
        let n = norm[i].as_str();
        let ii = i as isize;
        let len = n.chars().count();
        let sh = shapes[i];
        let mut f = |parts: &[&str]| sink(i, parts);
        f(&["b"]);
        f(&["w=", n]);
        f(&["s=", &stem[i]]);
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
            let cl = clitic(n);
            f(&["cl=", cl]);
            for (k, (p, x)) in [
                (1, ("p1=", "x1=")),
                (2, ("p2=", "x2=")),
                (3, ("p3=", "x3=")),
            ] {
                if len > k {
                    f(&[p, &n[..char_at(n, k)]]);
                    f(&[x, &n[char_at(n, len - k)..]]);
                }
            }
            let bare = &n[cl.len()..];
            if bare != stem[i] {
                f(&["bare=", bare]);
            }
        }
        for (d, name) in [(-2isize, "w-2="), (-1, "w-1="), (1, "w+1="), (2, "w+2=")] {
            f(&[name, word(ii + d)]);
        }
        for (d, s_name, sh_name) in [(-1isize, "s-1=", "sh-1="), (1, "s+1=", "sh+1=")] {
            f(&[s_name, stem_at(ii + d)]);
            f(&[
                sh_name,
                if inside(ii + d) {
                    shapes[(ii + d) as usize]
                } else {
                    "-"
                },
            ]);
        }
        if cw[i] {
            f(&["cw"]);
        }
        for (d, name) in [(-1isize, "cw-1"), (1, "cw+1")] {
            if inside(ii + d) && cw[(ii + d) as usize] {
                f(&[name]);
            }
        }
        f(&["w-1|w=", word(ii - 1), "|", n]);
        f(&["w|w+1=", n, "|", word(ii + 1)]);
        f(&["s-1|s+1=", stem_at(ii - 1), "|", stem_at(ii + 1)]);
        for (d, name) in [(1usize, "t-1="), (2, "t-2=")] {
            if i >= d {
                if let Some(t) = trigs[i - d] {
                    f(&[name, t]);
                }
            }
        }
        match gtag[i] {
            Some((true, k)) => f(&["g=B-", k]),
            Some((false, k)) => f(&["g=I-", k]),
            None => {}
        }
        for (d, name) in [(-1isize, "g-1="), (1, "g+1=")] {
            if inside(ii + d) {
                if let Some((_, k)) = gtag[(ii + d) as usize] {
                    f(&[name, k]);
                }
            }
        }
    }
}

/// A loaded model. `Tagger::shipped()` is the embedded one, loaded once and shared by all threads
/// (tagging takes `&self`).
pub struct Tagger {
    weights: crf::Weights,
    fixed: fast::FixedCache,
}

impl Tagger {
    /// The model shipped in `data/ner/`.
    pub fn shipped() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| Tagger::from_bytes(MODEL).expect("the shipped tagger model loads"))
    }

    /// A model from the bytes of a CRFsuite model file.
    pub fn from_bytes(bytes: &[u8]) -> std::io::Result<Tagger> {
        Ok(Tagger {
            weights: crf::Weights::load(bytes)?,
            fixed: fast::FixedCache::default(),
        })
    }

    /// IOB labels ("O", "B-PERS", "I-LOC"…) for pre-tokenised text, one per token. Sentences are
    /// cut at `.` `!` `؟` `?` tokens and at most every [`MAX_SEQ`] tokens.
    pub fn tag_tokens(&self, tokens: &[&str]) -> Vec<&str> {
        self.tag_tokens_with(tokens, None)
    }

    /// [`Tagger::tag_tokens`], and with `confidence`, each token's posterior probability of its
    /// label (computed only for sentences with a name).
    fn tag_tokens_with(&self, tokens: &[&str], mut confidence: Option<&mut Vec<f64>>) -> Vec<&str> {
        let w = &self.weights;
        let nl = w.labels.len();
        let mut out = Vec::with_capacity(tokens.len());
        let mut state = Vec::new();
        let mut a = 0;
        while a < tokens.len() {
            let b = sentence_end(tokens, a);
            fast::state(w, &self.fixed, &tokens[a..b], &mut state);
            let best = w.viterbi(&state);
            if let Some(c) = confidence.as_deref_mut() {
                if best.iter().any(|&l| w.labels[l] != "O") {
                    let p = w.marginals(&state);
                    c.extend(best.iter().enumerate().map(|(t, &l)| p[t * nl + l]));
                } else {
                    c.extend(std::iter::repeat_n(1.0, best.len()));
                }
            }
            out.extend(best.into_iter().map(|l| w.labels[l].as_str()));
            a = b;
        }
        out
    }

    /// [`Tagger::tag`] without the confidences: spans with char offsets and token ranges, in text
    /// order. Forward-backward costs about as much as tagging and most spans are linked or dropped
    /// without their confidence, so it is computed only when asked for ([`Tagger::confidence`]).
    pub(crate) fn tag_spans(&self, text: &str) -> Vec<(SpanKind, usize, usize, (usize, usize))> {
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        let labels = self.tag_tokens_with(&words, None);
        spans_of(&labels)
            .into_iter()
            .map(|(kind, a, b)| (kind, toks[a].start, toks[b - 1].end, (a, b)))
            .collect()
    }

    /// The confidence [`Tagger::tag`] gives the span of tokens [a, b) of a text (see
    /// `TaggedSpan::confidence`), given the text's [`tokenize`] words: computed over the same
    /// sequences, so the same number.
    #[cfg(test)]
    pub(crate) fn confidence(&self, words: &[&str], span: (usize, usize)) -> f64 {
        self.confidence_with(words, span, &mut FxHashMap::default())
    }

    /// [`Tagger::confidence`], keeping in `memo` the per-token confidences of each sentence it
    /// scores (keyed by the sentence's first token) for the next span of the same `words`: spans
    /// of one sentence then share its forward-backward pass.
    pub(crate) fn confidence_with(
        &self,
        words: &[&str],
        (a, b): (usize, usize),
        memo: &mut FxHashMap<usize, Vec<f64>>,
    ) -> f64 {
        let w = &self.weights;
        let nl = w.labels.len();
        let mut conf = 1.0;
        let mut s = 0;
        while s < b.min(words.len()) {
            let e = sentence_end(words, s);
            if e > a {
                // A span may run on into the next sequence (spans_of joins an `I-` to it).
                let p = memo.entry(s).or_insert_with(|| {
                    let mut state = Vec::new();
                    fast::state(w, &self.fixed, &words[s..e], &mut state);
                    let best = w.viterbi(&state);
                    let p = w.marginals(&state);
                    best.iter()
                        .enumerate()
                        .map(|(t, &l)| p[t * nl + l])
                        .collect()
                });
                for t in a.max(s)..b.min(e) {
                    conf = f64::min(conf, p[t - s]);
                }
            }
            s = e;
        }
        conf
    }

    /// Tags a text: person, place and organisation spans with char offsets, in text order.
    pub fn tag(&self, text: &str) -> Vec<TaggedSpan> {
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        let mut p = Vec::with_capacity(words.len());
        let labels = self.tag_tokens_with(&words, Some(&mut p));
        spans_of(&labels)
            .into_iter()
            .map(|(kind, a, b)| TaggedSpan {
                kind,
                start: toks[a].start,
                end: toks[b - 1].end,
                toks: (a, b),
                confidence: p[a..b].iter().copied().fold(1.0, f64::min),
            })
            .collect()
    }
}

/// Longest token sequence tagged at once: Viterbi is linear, but a text without sentence marks
/// (a list, a table) is cut so no sequence grows without bound.
pub const MAX_SEQ: usize = 120;

/// Spans of an IOB label sequence, as token ranges [a, b) with their kind. An `I-` after `O` or
/// after another kind starts a span (CRFsuite may produce it).
pub fn spans_of(labels: &[&str]) -> Vec<(SpanKind, usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(SpanKind, usize)> = None;
    for (i, l) in labels.iter().enumerate() {
        let (bio, kind) = match l.split_once('-') {
            Some((p, k)) => (p, SpanKind::from_label(k)),
            None => ("O", None),
        };
        let continues = bio == "I" && matches!((cur, kind), (Some((c, _)), Some(k)) if c == k);
        if continues {
            continue;
        }
        if let Some((k, a)) = cur.take() {
            out.push((k, a, i));
        }
        if let Some(k) = kind {
            cur = Some((k, i));
        }
    }
    if let Some((k, a)) = cur {
        out.push((k, a, labels.len()));
    }
    out
}

#[cfg(test)]
mod tests;
