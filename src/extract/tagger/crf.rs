//! Linear-chain CRF inference over a CRFsuite model, with features looked up by a 64-bit hash of
//! their name instead of the name itself.
//!
//! `crfs` reads the model (its string tables) and is the reference; its own `Tagger::tag` takes
//! features as owned `String`s, which costs an allocation per feature and most of the tagging time.
//! Here a feature's parts are joined in one reused buffer and hashed, and Viterbi runs over a dense
//! weight table: the same labels (a test compares both on text), several times faster.

use std::io;

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

/// The hash a feature name is looked up by.
#[inline]
pub(crate) fn hash(name: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(name.as_bytes());
    h.finish()
}

/// The weights of a CRFsuite model: per attribute (by name hash) one state weight per label, and
/// the label-to-label transition weights.
pub(crate) struct Weights {
    pub labels: Vec<String>,
    rows: FxHashMap<u64, u32>,
    state: Vec<f64>,
    trans: Vec<f64>,
    /// `exp` of each transition weight (forward-backward multiplies them).
    exp_trans: Vec<f64>,
    /// The word-pair features ([`PAIRS`]) by the ids of their two words: a token's pairs cost
    /// one integer look-up each instead of joining and hashing their names.
    pairs: Pairs,
}

/// The prefixes of the word-pair features `prefix + left + "|" + right` (see `super::emit`).
pub(crate) const PAIRS: [&str; 3] = ["w-1|w=", "w|w+1=", "s-1|s+1="];

/// The word-pair features of a model: every word that occurs in one gets an id; a feature is found
/// by (pair kind, left id, right id).
#[derive(Default)]
struct Pairs {
    words: FxHashMap<Box<str>, u32>,
    rows: FxHashMap<u64, u32>,
}

/// Ids fit in 30 bits; the pair kind takes the bits above both.
fn pair_key(kind: usize, a: u32, b: u32) -> u64 {
    (kind as u64) << 60 | (a as u64) << 30 | b as u64
}

impl Pairs {
    fn add(&mut self, kind: usize, rest: &str, row: u32) {
        // A word may itself be «|» or hold one: every split is kept, and a look-up of (left,
        // right) finds the row only through the split at `left.len()`, so exactly when
        // `left + "|" + right == rest`, as a look-up by name would.
        for (p, _) in rest.match_indices('|') {
            let (a, b) = (self.id(&rest[..p]), self.id(&rest[p + 1..]));
            self.rows.insert(pair_key(kind, a, b), row);
        }
    }

    fn id(&mut self, w: &str) -> u32 {
        let n = self.words.len() as u32;
        *self.words.entry(w.into()).or_insert(n)
    }
}

fn u32_at(b: &[u8], i: usize) -> io::Result<u32> {
    b.get(i..i + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or_else(|| io::Error::other("truncated CRFsuite model"))
}

impl Weights {
    /// Reads a CRFsuite model (the layout `crfs` reads: a 48-byte header whose word at byte 28 is
    /// the offset of the feature chunk, a 12-byte chunk header with the record count at byte 8, then
    /// 20-byte records `type, source, target: u32, weight: f64`; type 0 is attribute → label,
    /// type 1 label → label).
    pub fn load(bytes: &[u8]) -> io::Result<Weights> {
        let model = crfs::Model::new(bytes)?;
        let nl = model.num_labels() as usize;
        let na = model.num_attrs() as usize;
        let labels = (0..nl as u32)
            .map(|l| model.to_label(l).unwrap_or("O").to_string())
            .collect();
        let mut rows = FxHashMap::default();
        rows.reserve(na);
        let mut pairs = Pairs::default();
        for a in 0..na as u32 {
            if let Some(name) = model.to_attr(a) {
                rows.insert(hash(name), a);
                if let Some((k, rest)) = PAIRS
                    .iter()
                    .enumerate()
                    .find_map(|(k, p)| Some((k, name.strip_prefix(p)?)))
                {
                    pairs.add(k, rest, a);
                }
            }
        }
        if pairs.words.len() >= 1 << 30 {
            return Err(io::Error::other("too many words in CRFsuite model"));
        }
        // The feature chunk: "FEAT", its size, its record count, then the records.
        let chunk = u32_at(bytes, 28)? as usize;
        let num_features = u32_at(bytes, chunk + 8)? as usize;
        let off = chunk + 12;
        let mut state = vec![0.0; na * nl];
        let mut trans = vec![0.0; nl * nl];
        for f in 0..num_features {
            let i = off + 20 * f;
            let (ty, src, dst) = (
                u32_at(bytes, i)?,
                u32_at(bytes, i + 4)? as usize,
                u32_at(bytes, i + 8)? as usize,
            );
            let w = bytes
                .get(i + 12..i + 20)
                .map(|s| f64::from_le_bytes(s.try_into().unwrap_or([0; 8])))
                .ok_or_else(|| io::Error::other("truncated CRFsuite model"))?;
            match ty {
                0 if src < na && dst < nl => state[src * nl + dst] += w,
                1 if src < nl && dst < nl => trans[src * nl + dst] += w,
                _ => return Err(io::Error::other("bad feature in CRFsuite model")),
            }
        }
        let exp_trans = trans.iter().map(|x| x.exp()).collect();
        Ok(Weights {
            labels,
            rows,
            state,
            trans,
            exp_trans,
            pairs,
        })
    }

    /// Adds the state weights of feature `hash` to `scores` (one per label); unknown features add
    /// nothing.
    #[inline]
    pub fn add(&self, hash: u64, scores: &mut [f64]) {
        if let Some(&r) = self.rows.get(&hash) {
            self.add_row(r, scores);
        }
    }

    /// The id of a word that occurs in a word-pair feature, if it does.
    #[inline]
    pub fn pair_word(&self, w: &str) -> Option<u32> {
        self.pairs.words.get(w).copied()
    }

    /// Adds the state weights of the word-pair feature `PAIRS[kind] + a + "|" + b`, given the
    /// words' [`Weights::pair_word`] ids: the same as [`Weights::add`] of its name's hash.
    #[inline]
    pub fn add_pair(&self, kind: usize, a: Option<u32>, b: Option<u32>, scores: &mut [f64]) {
        let (Some(a), Some(b)) = (a, b) else {
            return;
        };
        if let Some(&r) = self.pairs.rows.get(&pair_key(kind, a, b)) {
            self.add_row(r, scores);
        }
    }

    #[inline]
    fn add_row(&self, r: u32, scores: &mut [f64]) {
        let nl = self.labels.len();
        let row = &self.state[r as usize * nl..(r as usize + 1) * nl];
        for (s, w) in scores.iter_mut().zip(row) {
            *s += w;
        }
    }

    /// The best label sequence (label indices) for per-token state scores laid out token-major.
    pub fn viterbi(&self, state: &[f64]) -> Vec<usize> {
        let nl = self.labels.len();
        let n = state.len() / nl;
        if n == 0 {
            return Vec::new();
        }
        let mut score = state[..nl].to_vec();
        let mut back = vec![0usize; n * nl];
        let mut next = vec![0.0; nl];
        for t in 1..n {
            for j in 0..nl {
                let (mut best, mut arg) = (f64::NEG_INFINITY, 0);
                for (i, sc) in score.iter().enumerate() {
                    let v = sc + self.trans[i * nl + j];
                    if v > best {
                        best = v;
                        arg = i;
                    }
                }
                next[j] = best + state[t * nl + j];
                back[t * nl + j] = arg;
            }
            std::mem::swap(&mut score, &mut next);
        }
        let mut last = 0;
        for j in 1..nl {
            if score[j] > score[last] {
                last = j;
            }
        }
        let mut out = vec![0; n];
        out[n - 1] = last;
        for t in (1..n).rev() {
            out[t - 1] = back[t * nl + out[t]];
        }
        out
    }

    /// The posterior probability of every label at every token (forward-backward over the same
    /// scores as [`Weights::viterbi`]), token-major like `state`. Scaled per token, so long
    /// sentences neither overflow nor underflow.
    pub fn marginals(&self, state: &[f64]) -> Vec<f64> {
        let nl = self.labels.len();
        let n = state.len() / nl;
        let mut es = vec![0.0; n * nl];
        for t in 0..n {
            let row = &state[t * nl..(t + 1) * nl];
            let m = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            for j in 0..nl {
                es[t * nl + j] = (row[j] - m).exp();
            }
        }
        let et = &self.exp_trans;
        let norm = |v: &mut [f64]| {
            let s: f64 = v.iter().sum();
            if s > 0.0 {
                v.iter_mut().for_each(|x| *x /= s);
            }
        };
        let mut alpha = es.clone();
        if n > 0 {
            norm(&mut alpha[..nl]);
        }
        for t in 1..n {
            for j in 0..nl {
                let mut s = 0.0;
                for i in 0..nl {
                    s += alpha[(t - 1) * nl + i] * et[i * nl + j];
                }
                alpha[t * nl + j] = s * es[t * nl + j];
            }
            norm(&mut alpha[t * nl..(t + 1) * nl]);
        }
        let mut beta = vec![1.0; n * nl];
        for t in (0..n.saturating_sub(1)).rev() {
            for i in 0..nl {
                let mut s = 0.0;
                for j in 0..nl {
                    s += et[i * nl + j] * es[(t + 1) * nl + j] * beta[(t + 1) * nl + j];
                }
                beta[t * nl + i] = s;
            }
            norm(&mut beta[t * nl..(t + 1) * nl]);
        }
        for (a, b) in alpha.iter_mut().zip(&beta) {
            *a *= b;
        }
        for t in 0..n {
            norm(&mut alpha[t * nl..(t + 1) * nl]);
        }
        alpha
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pair feature is found by (left, right) exactly when `left | right` is its name, whatever
    /// «|» the words hold.
    #[test]
    fn pairs_split_at_every_bar() {
        let mut p = Pairs::default();
        p.add(0, "||x", 5);
        p.add(1, "a|b", 6);
        let get = |k: usize, a: &str, b: &str| {
            let (a, b) = (p.words.get(a)?, p.words.get(b)?);
            p.rows.get(&pair_key(k, *a, *b)).copied()
        };
        assert_eq!(get(0, "|", "x"), Some(5));
        assert_eq!(get(0, "", "|x"), Some(5));
        assert_eq!(get(0, "|", "|x"), None);
        assert_eq!(get(1, "a", "b"), Some(6));
        assert_eq!(get(0, "a", "b"), None);
        assert_eq!(get(1, "b", "a"), None);
    }
}
