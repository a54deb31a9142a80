//! Republication: MinHash signatures of word shingles for near-duplicate search (LSH bands in
//! `article_minhash_bands`), and explicit "copied from" notes at the end of an article.

use super::doc::Doc;
use super::gazetteer::{Gazetteer, Kind};
use super::mentions::Mention;

/// Words per shingle (search keys, so spelling variants and clitics do not break a match). Three,
/// not five: a rewritten copy (sample 002 of 000) changes a word every few words, which leaves
/// Jaccard 0.16 on 5-shingles but 0.33 on 3-shingles.
const SHINGLE: usize = 3;
pub const HASHES: usize = 64;
/// 16 bands of 2 rows, from the first 32 hashes (all 64 estimate similarity): a pair with Jaccard
/// 0.33 becomes a candidate with probability 0.84, 0.5 with 0.99, 0.05 with 0.04; texts that share
/// no shingle never meet. Each bucket query is capped, so shared boilerplate cannot make one article
/// compare against thousands. (32 bands took 0.97 at 0.33 but made LSH a third of the import's time:
/// every band is a random insertion into the archive's largest index, and a look-up.)
pub const BANDS: usize = 16;
const ROWS: usize = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub shingles: u32,
    pub mins: Vec<u32>,
}

fn fnv(bytes: &[u8], mut h: u64) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

#[inline(always)]
fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// None for texts too short to compare.
pub(crate) fn signature(d: &Doc) -> Option<Signature> {
    let keys: Vec<u64> = d
        .toks
        .iter()
        .map(|t| fnv(t.key.as_bytes(), 0xcbf2_9ce4_8422_2325))
        .collect();
    if keys.len() < SHINGLE * 4 {
        return None;
    }
    let mut sh: Vec<u64> = keys
        .windows(SHINGLE)
        .map(|w| w.iter().fold(0u64, |h, k| splitmix(h ^ k)))
        .collect();
    sh.sort_unstable();
    sh.dedup();
    let mut mins = vec![u32::MAX; HASHES];
    min_hashes(&sh, &mut mins);
    Some(Signature {
        shingles: sh.len() as u32,
        mins,
    })
}

/// The `HASHES` minima over the shingles: 64 hashes of every shingle, the import's largest
/// arithmetic loop. Integer arithmetic gives the same minima at any vector width, so the loop is
/// compiled again for AVX-512 (eight 64-bit multiplies per instruction; SSE2 has none) and picked
/// at run time.
fn min_hashes(sh: &[u64], mins: &mut [u32]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f")
        && std::arch::is_x86_feature_detected!("avx512dq")
    {
        // SAFETY: the CPU has the features the function is compiled for (checked just above).
        unsafe { min_hashes_avx512(sh, mins) };
        return;
    }
    min_hashes_portable(sh, mins);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq")]
fn min_hashes_avx512(sh: &[u64], mins: &mut [u32]) {
    min_hashes_portable(sh, mins);
}

#[inline(always)]
fn min_hashes_portable(sh: &[u64], mins: &mut [u32]) {
    for s in sh {
        for (i, m) in mins.iter_mut().enumerate() {
            let v = (splitmix(s ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) >> 32) as u32;
            if v < *m {
                *m = v;
            }
        }
    }
}

impl Signature {
    pub fn bands(&self) -> Vec<(i64, i64)> {
        (0..BANDS)
            .map(|b| {
                let h = self.mins[b * ROWS..(b + 1) * ROWS]
                    .iter()
                    .fold(b as u64, |h, m| splitmix(h ^ *m as u64));
                (b as i64, h as i64)
            })
            .collect()
    }

    pub fn to_blob(&self) -> Vec<u8> {
        self.mins.iter().flat_map(|m| m.to_le_bytes()).collect()
    }

    pub fn from_blob(shingles: u32, b: &[u8]) -> Signature {
        Signature {
            shingles,
            mins: b
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        }
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn jaccard(&self, o: &Signature) -> f64 {
        let n = self.mins.len().min(o.mins.len());
        if n == 0 {
            return 0.0;
        }
        let eq = self
            .mins
            .iter()
            .zip(&o.mins)
            .filter(|(a, b)| a == b)
            .count();
        eq as f64 / n as f64
    }

    /// Estimated share of the smaller text's shingles found in the larger one.
    pub fn containment(&self, o: &Signature) -> f64 {
        let j = self.jaccard(o);
        let inter = j / (1.0 + j) * (self.shingles as f64 + o.shingles as f64);
        (inter / self.shingles.min(o.shingles).max(1) as f64).min(1.0)
    }
}

/// «مضمون هذا الخبر تم كتابته بواسطة شام الإخبارية», «نقلاً عن موقع ...» near the end: the outlet the
/// text was copied from, with the note as evidence.
pub(crate) fn republication_note(g: &Gazetteer, d: &Doc, ms: &[Mention]) -> Option<(u32, String)> {
    let n = d.sentences.len();
    let from = d.sentences.get(n.saturating_sub(2))?.0;
    for (i, t) in d.toks.iter().enumerate().filter(|(_, t)| t.start >= from) {
        let b = d.bare(i);
        let cue = match b {
            "بواسطه" => i > 0 && matches!(d.bare(i - 1), "كتابته" | "كتابه" | "اعداده"),
            "نقلا" => d.toks.get(i + 1).is_some_and(|t| t.norm == "عن"),
            "المصدر" => t.sep & super::doc::SEP_CLAUSE != 0,
            _ => false,
        };
        if !cue {
            continue;
        }
        let m = ms.iter().find(|m| {
            m.toks.0 > i && m.toks.0 <= i + 4 && g.entity(m.entity).kind == Kind::Outlet
        })?;
        let (s, e) = d.sentences[t.sentence as usize];
        let text: String = d.text.chars().skip(s).take(e - s).collect();
        return Some((m.entity, text));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Signatures and their band buckets are stored in every archive: a change of the hashing,
    /// shingling or normalisation must be deliberate (and come with a migration that recomputes
    /// them), never a side effect.
    #[test]
    fn signature_is_pinned() {
        let text = "قال وزير الخارجية إن المحادثات مع الوفد الزائر تناولت ملفات التعاون \
                    الاقتصادي والطاقة والنقل البحري بين البلدين في الجولة الأولى";
        let sig = signature(&Doc::new(text)).unwrap();
        let blob_hash = fnv(&sig.to_blob(), 0xcbf2_9ce4_8422_2325);
        assert_eq!(
            (sig.shingles, &sig.mins[..4]),
            (18, &[176814427u32, 396566246, 11311068, 351765237][..])
        );
        assert_eq!(blob_hash, 0xaba688c65549da6, "the whole signature");
        assert_eq!(
            sig.bands()[..2],
            [(0, -474067869208533725), (1, 610159006145320455)]
        );
        assert_eq!(Signature::from_blob(sig.shingles, &sig.to_blob()), sig);
    }

    /// The run-time choice of the vector loop (AVX-512 on most servers) gives the portable
    /// loop's minima: the pinned test above covers only the machine it runs on.
    #[test]
    fn min_hashes_agree_across_loops() {
        let sh: Vec<u64> = (0..500u64).map(|i| splitmix(i * 7919)).collect();
        let (mut a, mut b) = (vec![u32::MAX; HASHES], vec![u32::MAX; HASHES]);
        min_hashes(&sh, &mut a);
        min_hashes_portable(&sh, &mut b);
        assert_eq!(a, b);
        assert!(
            b.iter().all(|&m| m < u32::MAX / 8),
            "500 shingles give small minima"
        );
    }
}
