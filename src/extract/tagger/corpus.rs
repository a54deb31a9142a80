//! The training corpora (token-per-line, IOB) mapped to the tagger's three kinds, the
//! deterministic training/development split, and span-level scoring.
//!
//! Formats (see `../shared/ner/README.md`):
//! * ANERcorp / CoNLL: `token TAG`, IOB2 over PERS LOC ORG MISC; blank line between sentences.
//! * NewsFANE Gold: `token<TAB>TAG`, IOB over 50 fine classes; BOM, U+200E before every token, CRLF.
//! * Wojood: `token TAG [TAG…]`, nested (first tag outermost); `$#$` ends a document.
//!
//! Mapping: persons (PERS; NewsFANE Politician, Athlete, Artist, Other_PER, Religious_PER,
//! Scientist, Businessperson, Lawyer, Engineer, Police), places (LOC; GPE; NewsFANE Nation,
//! Population-Center, State-or-Province, County-or-District, GPE-Cluster, Continent, Water-Body,
//! Land-Region-Natural, Celestial), organisations (ORG; NewsFANE Government, Non-Governmental,
//! Commercial, Educational, Media, Religious_ORG, Sports, Medical-Science, Entertainment). Anything
//! else (MISC, facilities, vehicles, groups such as «العرب», dates, occupations…) is outside.
//! For Wojood's nested spans, the longest span of a mapped kind wins.

use std::path::Path;

use anyhow::{Context, Result};

use super::{tokenize, SpanKind, Tagger};

/// One annotated sentence: corpus tokens and gold spans as token ranges [a, b).
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub spans: Vec<(SpanKind, usize, usize)>,
}

/// Which reader a file needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `token TAG`, IOB2 with PERS/LOC/ORG/MISC (ANERcorp, CAMeL Lab's splits).
    Conll,
    /// NewsFANE Gold (tab-separated, fine classes).
    Newsfane,
    /// Wojood (nested tags; first is outermost).
    Wojood,
}

fn map_coarse(t: &str) -> Option<SpanKind> {
    match t {
        "PERS" | "PER" => Some(SpanKind::Person),
        "LOC" | "GPE" => Some(SpanKind::Place),
        "ORG" => Some(SpanKind::Org),
        _ => None,
    }
}

fn map_newsfane(t: &str) -> Option<SpanKind> {
    match t {
        "Politician" | "Athlete" | "Artist" | "Other_PER" | "Religious_PER" | "Scientist"
        | "Businessperson" | "Lawyer" | "Engineer" | "Police" => Some(SpanKind::Person),
        "Nation"
        | "Population-Center"
        | "State-or-Province"
        | "County-or-District"
        | "GPE-Cluster"
        | "Continent"
        | "Water-Body"
        | "Land-Region-Natural"
        | "Celestial" => Some(SpanKind::Place),
        "Government" | "Non-Governmental" | "Commercial" | "Educational" | "Media"
        | "Religious_ORG" | "Sports" | "Medical-Science" | "Entertainment" => Some(SpanKind::Org),
        _ => None,
    }
}

/// Spans of one IOB column; `I-X` after `O` or another type starts a span.
fn column_spans(tags: &[&str], map: fn(&str) -> Option<SpanKind>) -> Vec<(SpanKind, usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(&str, usize)> = None;
    let close = |cur: Option<(&str, usize)>, i: usize, out: &mut Vec<_>| {
        if let Some((t, a)) = cur {
            if let Some(k) = map(t) {
                out.push((k, a, i));
            }
        }
    };
    for (i, tag) in tags.iter().enumerate() {
        let (bio, ty) = tag.split_once('-').unwrap_or(("O", ""));
        match (bio, cur) {
            ("I", Some((t, _))) if t == ty => {}
            ("B", _) | ("I", _) => {
                close(cur, i, &mut out);
                cur = Some((ty, i));
            }
            _ => {
                close(cur, i, &mut out);
                cur = None;
            }
        }
    }
    close(cur, tags.len(), &mut out);
    out
}

/// Reads one corpus file into sentences.
pub fn read(path: &Path, format: Format) -> Result<Vec<Sentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(parse(&text, format))
}

/// Parses corpus text (see [`read`]).
pub fn parse(text: &str, format: Format) -> Vec<Sentence> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::new();
    let mut toks: Vec<String> = Vec::new();
    let mut cols: Vec<Vec<String>> = Vec::new(); // per token, its tags
    let flush = |toks: &mut Vec<String>, cols: &mut Vec<Vec<String>>, out: &mut Vec<Sentence>| {
        if toks.is_empty() {
            return;
        }
        let depth = cols.iter().map(Vec::len).max().unwrap_or(1);
        let map: fn(&str) -> Option<SpanKind> = match format {
            Format::Newsfane => map_newsfane,
            _ => map_coarse,
        };
        let mut spans = Vec::new();
        for d in 0..depth {
            let col: Vec<&str> = cols
                .iter()
                .map(|c| c.get(d).map_or("O", String::as_str))
                .collect();
            spans.extend(column_spans(&col, map));
        }
        // Longest first; keep spans that overlap none kept before.
        spans.sort_by_key(|&(_, a, b)| (std::cmp::Reverse(b - a), a));
        let mut kept: Vec<(SpanKind, usize, usize)> = Vec::new();
        for s in spans {
            if kept.iter().all(|k| s.2 <= k.1 || s.1 >= k.2) {
                kept.push(s);
            }
        }
        kept.sort_by_key(|s| s.1);
        out.push(Sentence {
            tokens: std::mem::take(toks),
            spans: kept,
        });
        cols.clear();
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let mut parts: Vec<&str> = if format == Format::Newsfane {
            line.split('\t').collect()
        } else {
            line.split_whitespace().collect()
        };
        let tok = parts
            .first()
            .map_or("", |t| t.trim_matches('\u{200E}').trim());
        if line.trim().is_empty() || tok.is_empty() || (format == Format::Wojood && tok == "$#$") {
            flush(&mut toks, &mut cols, &mut out);
            continue;
        }
        if parts.len() < 2 {
            parts.push("O");
        }
        toks.push(tok.to_string());
        cols.push(parts[1..].iter().map(|t| t.trim().to_string()).collect());
    }
    flush(&mut toks, &mut cols, &mut out);
    out
}

/// The development part: every 10th sentence of each corpus file (index 9, 19, 29…, counting from
/// 0 in file order). The rest is for training.
pub fn is_dev(index: usize) -> bool {
    index % 10 == 9
}

/// A sentence in the tagger's own tokens (a corpus token like «19-20» becomes three) with IOB
/// labels: each corpus token's pieces take its label, continuation pieces as `I-`.
pub fn items(s: &Sentence) -> (Vec<String>, Vec<String>) {
    let mut labels = vec!["O".to_string(); s.tokens.len()];
    for &(k, a, b) in &s.spans {
        for (i, l) in labels.iter_mut().enumerate().take(b).skip(a) {
            *l = format!("{}-{}", if i == a { "B" } else { "I" }, k.label());
        }
    }
    let mut toks = Vec::with_capacity(s.tokens.len());
    let mut out = Vec::with_capacity(s.tokens.len());
    for (t, l) in s.tokens.iter().zip(&labels) {
        let pieces = tokenize(t);
        for (j, p) in pieces.iter().enumerate() {
            toks.push(p.text.to_string());
            out.push(if j > 0 && l.starts_with("B-") {
                l.replacen("B-", "I-", 1)
            } else {
                l.clone()
            });
        }
    }
    (toks, out)
}

/// Ordinary words of a training set: normalised forms seen at least 5 times, fewer than 5% of them
/// inside an entity span. Sorted.
pub fn common_words(sentences: &[Sentence]) -> Vec<String> {
    let mut counts: rustc_hash::FxHashMap<String, (u32, u32)> = Default::default();
    for s in sentences {
        let mut inside = vec![false; s.tokens.len()];
        for &(_, a, b) in &s.spans {
            inside[a..b].iter_mut().for_each(|x| *x = true);
        }
        for (t, &ins) in s.tokens.iter().zip(&inside) {
            let c = counts.entry(crate::arabic::normalize(t)).or_default();
            c.0 += 1;
            c.1 += u32::from(ins);
        }
    }
    let mut out: Vec<String> = counts
        .into_iter()
        .filter(|(w, (n, e))| *n >= 5 && *e * 20 < *n && w.chars().any(char::is_alphabetic))
        .map(|(w, _)| w)
        .collect();
    out.sort();
    out
}

/// True positives, false positives and false negatives per kind (order of `SpanKind::ALL`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Score {
    pub counts: [(usize, usize, usize); 3],
    pub tokens: usize,
}

impl Score {
    fn idx(k: SpanKind) -> usize {
        SpanKind::ALL.iter().position(|x| *x == k).unwrap_or(0)
    }

    /// (precision, recall, F1) of one kind, or micro-averaged over all with `None`.
    pub fn prf(&self, kind: Option<SpanKind>) -> (f64, f64, f64) {
        let (tp, fp, fn_) = match kind {
            Some(k) => self.counts[Self::idx(k)],
            None => self
                .counts
                .iter()
                .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2)),
        };
        let p = if tp + fp == 0 {
            0.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fn_ == 0 {
            0.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

/// Tags each sentence and counts exact span matches (same kind, same tokens).
pub fn evaluate(tagger: &Tagger, sentences: &[Sentence]) -> Score {
    let mut sc = Score::default();
    for s in sentences {
        let (toks, labels) = items(s);
        let refs: Vec<&str> = toks.iter().map(String::as_str).collect();
        let gold_labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        let gold = super::spans_of(&gold_labels);
        let got = super::spans_of(&tagger.tag_tokens(&refs));
        sc.tokens += toks.len();
        for g in &gold {
            let c = &mut sc.counts[Score::idx(g.0)];
            if got.contains(g) {
                c.0 += 1;
            } else {
                c.2 += 1;
            }
        }
        for g in &got {
            if !gold.contains(g) {
                sc.counts[Score::idx(g.0)].1 += 1;
            }
        }
    }
    sc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_formats() {
        let a = parse(
            "قال O\nبرند B-PERS\nجوتشولك I-PERS\nفي O\nبرلين B-LOC\n\nثم O\n",
            Format::Conll,
        );
        assert_eq!(a.len(), 2);
        assert_eq!(
            a[0].spans,
            vec![(SpanKind::Person, 1, 3), (SpanKind::Place, 4, 5)]
        );
        let n = parse(
            "\u{FEFF}\u{200E}زار\tO\r\n\u{200E}الرئيس\tO\r\n\u{200E}باريس\tB-Population-Center\r\n\u{200E}مع\tO\r\n\u{200E}العرب\tB-Group\r\n",
            Format::Newsfane,
        );
        assert_eq!(n[0].tokens[0], "زار");
        assert_eq!(n[0].spans, vec![(SpanKind::Place, 2, 3)]);
        let w = parse(
            "مجلس B-ORG\nالأمن I-ORG\nضد I-ORG\nالأسد I-ORG B-PERS\nأمين B-OCC\nاللجنة I-OCC B-ORG\nالعربية I-OCC I-ORG\n$#$ O\n\nغزة B-GPE\n",
            Format::Wojood,
        );
        assert_eq!(w.len(), 2);
        assert_eq!(
            w[0].spans,
            vec![(SpanKind::Org, 0, 4), (SpanKind::Org, 5, 7)]
        );
        assert_eq!(w[1].spans, vec![(SpanKind::Place, 0, 1)]);
    }

    #[test]
    fn items_split_tokens_and_keep_labels() {
        let s = Sentence {
            tokens: vec!["في".into(), "19-20".into(), "الأمم".into(), "المتحدة".into()],
            spans: vec![(SpanKind::Org, 2, 4)],
        };
        let (t, l) = items(&s);
        assert_eq!(t, ["في", "19", "-", "20", "الأمم", "المتحدة"]);
        assert_eq!(l, ["O", "O", "O", "O", "B-ORG", "I-ORG"]);
    }
}
