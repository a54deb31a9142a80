//! One tokenised text with what every extractor needs per token: normalised form, search key,
//! sentence number, quote segment and the punctuation that follows it. Built once per field.

use crate::arabic;

/// What separates a token from the next one.
pub(crate) const SEP_CLAUSE: u8 = 1; // ، , ; ؛ : - –
pub(crate) const SEP_SENTENCE: u8 = 2; // . ؟ ! ? newline
pub(crate) const SEP_OPEN_PAREN: u8 = 4;
pub(crate) const SEP_PARAGRAPH: u8 = 8; // newline (with SEP_SENTENCE)

#[derive(Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// `arabic::normalize` of the surface.
    pub norm: String,
    /// `arabic::search_form` of the surface.
    pub key: String,
    pub sentence: u32,
    /// 0 outside quotation marks; otherwise an id shared by the tokens of one quoted stretch.
    pub quote: u32,
    /// SEP_* flags of the text between this token and the next.
    pub sep: u8,
}

pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// Char offsets [start, end) of each sentence, indexed by `Tok::sentence`.
    pub sentences: Vec<(usize, usize)>,
}

fn classify(gap: &str) -> (u8, i32) {
    let mut sep = 0;
    let mut quotes = 0; // +1 opens, -1 closes, 2 toggles, 3 closes and opens another
                        // Byte offsets: «"» is one byte, so it is the gap's last char when it ends the gap.
    let last = gap.len().saturating_sub(1);
    for (k, c) in gap.char_indices() {
        match c {
            // A straight mark glued to the word before and not to the next closes («قوانين"، بحسب»);
            // glued to the next word only, it opens («، "حجة»). Both or neither: it toggles. So a
            // quotation that ran over a full stop (where the state is reset) cannot turn the rest
            // of its paragraph into a quotation.
            '"' if k == 0 && last > 0 => quotes = -1,
            // «"معاريف"، "لمع …»: one closes, the next opens.
            '"' if k == last && k > 0 => quotes = if quotes == -1 { 3 } else { 1 },
            '،' | ',' | ';' | '؛' | ':' | '–' | '—' => sep |= SEP_CLAUSE,
            '.' | '؟' | '!' | '?' => sep |= SEP_SENTENCE,
            '\n' => sep |= SEP_SENTENCE | SEP_PARAGRAPH,
            '(' | '[' => sep |= SEP_OPEN_PAREN,
            '“' | '«' => quotes = 1,
            '”' | '»' => quotes = -1,
            '"' => quotes = 2,
            _ => {}
        }
    }
    (sep, quotes)
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let raw = arabic::tokenize(text);
        let mut toks: Vec<Tok> = Vec::with_capacity(raw.len());
        let mut sentences = Vec::new();
        let (mut sentence, mut sent_start) = (0u32, raw.first().map_or(0, |t| t.start));
        let (mut quote, mut next_quote, mut in_quote) = (0u32, 0u32, false);
        // A quote opened before the first token.
        if let Some(t) = raw.first() {
            let (_, q) = classify(&text[..t.byte_start]);
            if q == 1 || q == 2 {
                next_quote += 1;
                quote = next_quote;
                in_quote = true;
            }
        }
        for (i, t) in raw.iter().enumerate() {
            let gap_end = raw.get(i + 1).map_or(text.len(), |n| n.byte_start);
            let (sep, q) = classify(&text[t.byte_end..gap_end]);
            toks.push(Tok {
                start: t.start,
                end: t.end,
                byte_start: t.byte_start,
                byte_end: t.byte_end,
                norm: arabic::normalize(t.text),
                key: arabic::search_form(t.text),
                sentence,
                quote: if in_quote { quote } else { 0 },
                sep,
            });
            let mut open = match q {
                1 | 3 => true,
                -1 => false,
                2 => !in_quote,
                _ => in_quote,
            };
            if sep & SEP_SENTENCE != 0 {
                sentences.push((sent_start, t.end));
                sentence += 1;
                sent_start = raw.get(i + 1).map_or(t.end, |n| n.start);
                // A quotation never runs across a sentence end (unbalanced marks are common);
                // an opening mark after the full stop still opens one.
                let gap = &text[t.byte_end..raw.get(i + 1).map_or(text.len(), |n| n.byte_start)];
                let stop = gap.rfind(['.', '؟', '!', '?', '\n']).unwrap_or(0);
                // Past the stop itself: «قرارنا." وأكدت» closes there, «.\n"لن» opens.
                let rest = gap[stop..]
                    .char_indices()
                    .nth(1)
                    .map_or("", |(b, _)| &gap[stop + b..]);
                let (_, after) = classify(rest);
                open = after == 1 || after == 2;
                in_quote = false;
            }
            if open && (!in_quote || q == 3) {
                next_quote += 1;
                quote = next_quote;
            }
            in_quote = open;
        }
        if let Some(t) = toks.last() {
            if t.sep & SEP_SENTENCE == 0 {
                sentences.push((sent_start, t.end));
            }
        }
        Doc {
            text,
            toks,
            sentences,
        }
    }

    /// Splits tokens glued together in scraped text («قالمسؤول» → «قال» «مسؤول»). `at` gives, for a
    /// token, the number of chars of its normal form that belong to the first word, or None. Tokens
    /// are rebuilt only when one is split. Returns whether any was: the second word of a split may
    /// itself be glued to a third («مراسلةالميادينفي»), which another pass finds.
    pub fn split_glued(&mut self, at: impl Fn(&Tok) -> Option<usize>) -> bool {
        let cuts: Vec<(usize, usize)> = self
            .toks
            .iter()
            .enumerate()
            .filter_map(|(i, t)| at(t).map(|n| (i, n)))
            .collect();
        if cuts.is_empty() {
            return false;
        }
        let old = std::mem::take(&mut self.toks);
        let mut cuts = cuts.into_iter().peekable();
        for (i, t) in old.into_iter().enumerate() {
            let Some((_, n)) = cuts.next_if(|c| c.0 == i) else {
                self.toks.push(t);
                continue;
            };
            // The surface position after the first word: n normalised chars, with any marks that
            // follow them.
            let surface = &self.text[t.byte_start..t.byte_end];
            let (mut seen, mut cut) = (0usize, None);
            for (chars, (b, c)) in surface.char_indices().enumerate() {
                if seen >= n && !arabic::normalize(&c.to_string()).is_empty() {
                    cut = Some((chars, b));
                    break;
                }
                seen += arabic::normalize(&c.to_string()).chars().count();
            }
            let Some((chars, b)) = cut.filter(|c| c.1 > 0) else {
                self.toks.push(t);
                continue;
            };
            let (w1, w2) = surface.split_at(b);
            self.toks.push(Tok {
                start: t.start,
                end: t.start + chars,
                byte_start: t.byte_start,
                byte_end: t.byte_start + b,
                norm: arabic::normalize(w1),
                key: arabic::search_form(w1),
                sentence: t.sentence,
                quote: t.quote,
                sep: 0,
            });
            self.toks.push(Tok {
                start: t.start + chars,
                end: t.end,
                byte_start: t.byte_start + b,
                byte_end: t.byte_end,
                norm: arabic::normalize(w2),
                key: arabic::search_form(w2),
                sentence: t.sentence,
                quote: t.quote,
                sep: t.sep,
            });
        }
        true
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Original text of tokens [a, b).
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        if a >= b || b > self.toks.len() {
            return "";
        }
        &self.text[self.toks[a].byte_start..self.toks[b - 1].byte_end]
    }

    /// Is there clause or sentence punctuation between tokens i and i+1?
    pub fn breaks_after(&self, i: usize) -> bool {
        self.toks[i].sep & (SEP_CLAUSE | SEP_SENTENCE) != 0
    }

    /// The token's normal form without a leading conjunction و/ف (when more than two letters remain).
    pub fn bare(&self, i: usize) -> &str {
        strip_conj(&self.toks[i].norm)
    }
}

pub(crate) fn strip_conj(n: &str) -> &str {
    // «فيها», «فيهم», «فيهما» (in it, in them) begin with «في», not with the conjunction «ف».
    if matches!(n, "فيها" | "فيهم" | "فيهما") {
        return n;
    }
    for p in ["و", "ف"] {
        if let Some(r) = n.strip_prefix(p) {
            // More than two chars, without counting them all (called per token by many rules).
            if r.chars().nth(2).is_some() {
                return r;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_quotes() {
        let d = Doc::new("قال: “التقيت في باريس”، ثم عاد. جملة ثانية");
        assert_eq!(d.sentences.len(), 2);
        assert_eq!(d.toks[0].quote, 0);
        assert!(d.toks[1].quote > 0 && d.toks[1].quote == d.toks[3].quote);
        assert_eq!(d.toks[4].quote, 0);
        assert_eq!(d.toks[6].sentence, 1);
        assert!(d.breaks_after(0));
    }

    /// A straight mark glued to the word before closes, glued to the word after opens: a quotation
    /// that ran over a full stop ends at its mark, and what follows is no quotation.
    #[test]
    fn straight_quotes_close_and_open_by_the_word_they_touch() {
        let d = Doc::new("\"حجة تبنّاها القانون. ويحق لها الإلغاء\"، بحسب قناة \"كان\" الإسرائيلية.");
        let at = |w: &str| d.toks.iter().position(|t| t.norm == w).unwrap();
        assert_ne!(d.toks[at("حجه")].quote, 0);
        assert_eq!(d.toks[at("بحسب")].quote, 0);
        assert_ne!(d.toks[at("كان")].quote, 0);
        assert_eq!(d.toks[at("الاسراييليه")].quote, 0);
        // One closes and the next opens in the same gap: two quotations, not one.
        let d = Doc::new("ووفقاً لصحيفة \"معاريف\"، \"لمع نجم طوبي\".");
        let at = |w: &str| d.toks.iter().position(|t| t.norm == w).unwrap();
        assert_ne!(d.toks[at("معاريف")].quote, 0);
        assert_ne!(d.toks[at("لمع")].quote, 0);
        assert_ne!(d.toks[at("معاريف")].quote, d.toks[at("لمع")].quote);
        // A closing mark after the sentence's own stop closes; it opens nothing after it.
        for text in [
            "وقال: \"لن نتراجع عن قرارنا.\" وأكدت الوزارة أنّ الإجراءات ستستمر.",
            "وقال: \"من قال إنّ الحكومة بريئة؟\" وأكدت الوزارة أنّ الإجراءات ستستمر.",
        ] {
            let d = Doc::new(text);
            let at = |w: &str| d.toks.iter().position(|t| t.norm == w).unwrap();
            assert_ne!(d.toks[1].quote, 0, "{text}");
            assert_eq!(d.toks[at("الوزاره")].quote, 0, "{text}");
        }
    }

    #[test]
    fn glued_words_split_with_their_offsets() {
        let mut d = Doc::new("وقالمسؤولٌ كبير\nثم");
        assert_eq!(d.toks[1].sep & SEP_PARAGRAPH, SEP_PARAGRAPH);
        d.split_glued(|t| (t.norm == "وقالمسوول").then_some(4));
        let words: Vec<&str> = (0..d.len()).map(|i| d.slice(i, i + 1)).collect();
        assert_eq!(words, ["وقال", "مسؤولٌ", "كبير", "ثم"]);
        assert_eq!(d.toks[1].norm, "مسوول");
        assert_eq!((d.toks[1].start, d.toks[1].end), (4, 10));
        assert_eq!(d.toks[0].sep, 0);
    }
}
