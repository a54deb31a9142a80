//! Tokenisation and search keys.
//!
//! [`search_form`] turns one word into the key stored in the full-text index. After
//! [`normalize`](super::normalize) (and dropping any remaining combining marks) it applies, in order:
//!
//! 1. **Lexicon** — a word listed in `lexicon.txt` (or whose light-suffix stem is listed) is a
//!    known word: no clitic is taken from it (وليد, بيروت, لندن, كلينتون, بارو stay whole).
//! 2. **Article compounds** — ال وال بال كال فال لل ولل فلل are stripped when at least two
//!    letters remain (so «الو» stays), as in Lucene's light10.
//! 3. **Proclitics** — و ف ب ك ل and the stacks وب ول وك وس فب فل فك فس are stripped when what
//!    remains (optionally minus ال) is a known word (بباريس, لموسكو, وسوريا, لوزير). Otherwise
//!    only و and ف are stripped, and only when at least three letters remain (Lucene's rule for
//!    و, extended to ف); ب ك ل are never stripped toward an unknown word.
//! 4. **Suffixes** — a final tanween alef is dropped when at least three letters remain
//!    (اجتماعاً ≡ اجتماع; not after ه, where «ها» is the pronoun). Then one attached pronoun
//!    (ه ها هم هما هن كم نا) is removed: ه and ها when two letters remain, the others when four
//!    remain (so تفاهم, دراهم, محاكم stay whole); نا only after ت (حكومتنا, توقعاتنا), since a
//!    final «نا» is more often a noun in ن with its tanween (قانونا, مليونا); no pronoun is taken
//!    from a word spelled with a final ة (normalised to ه, it looks like one: المالية is not مالي),
//!    and ه after ي is left to light10's «يه» (normalised text cannot tell it from ية). What the pronoun leaves is put back in its
//!    dictionary form: a taa marbuta written ت before the pronoun is restored (وزارتها ≡ وزارة,
//!    when three letters precede it: بيتها keeps بيت) and the و of a plural in construct is
//!    dropped (مسؤولوها ≡ مسؤول). Then light10's single pass over
//!    ها ان ات ون ين يه ه ي (ية/ة are يه/ه after normalisation) removes each suffix the word ends
//!    with: ها and ه while two letters remain, the plural, dual and nisba endings only while three
//!    remain (بنين stays, not بن). Suffix removal stops as soon as the word is a
//!    lexicon word, and never starts on one (عثمان, سوريا, لبنان stay).
//! 5. **Compound names** — عبد + a name of God written as one word (عبدالله, لعبدالعزيز) is one
//!    key, «عبد» followed by the name with its article (عبدالرحمن); «الله» keeps its article
//!    (it is no «له»). [`compound_spellings`] gives the joined and spaced key sequences, so search
//!    and the gazetteer meet «عبد الله» and «عبدالله» both ways.
//!
//! Names are protected from collapsing into short common words: a compound article (وال بال
//! كال فال ولل فلل) is taken only when three letters remain (بالاو, كالاس stay whole), and names
//! whose light stem is a common word are listed in the lexicon (تالين, أبيا).
//!
//! Lexicon entries that start with ال are stored without it, because step 2 removes the article
//! before the lexicon is consulted (الصين, والصين and للصين all give صين).
//!
//! [`index_text`] emits exactly one key per [`tokenize`] token, made only of letters and digits,
//! so that SQLite FTS5's `unicode61` tokenizer sees the same tokens.
use std::cell::RefCell;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::normalize::{is_ignorable, normalize};
use super::word_cache::WordStrings;

/// A word of the input with its position, in chars (`start..end`) and bytes (`byte_start..byte_end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

/// Invisible format controls (ZWJ, RLM, BOM, bidi isolates): they never start or end a word.
fn is_format(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}')
}

/// Combining marks of the common scripts (an approximation of Unicode's M categories without
/// shipping tables). FTS5's unicode61 treats them as separators, so they must not reach the index,
/// and a word never starts with one.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'..='\u{05C2}'
        | '\u{05C4}'..='\u{05C5}'
        | '\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0711}'
        | '\u{0730}'..='\u{074A}'
        | '\u{07A6}'..='\u{07B0}'
        | '\u{07EB}'..='\u{07F3}'
        | '\u{0816}'..='\u{082D}'
        | '\u{0859}'..='\u{085B}'
        | '\u{0898}'..='\u{089F}'
        | '\u{08CA}'..='\u{08FF}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{093C}'
        | '\u{093E}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}'
        | '\u{0E31}'
        | '\u{0E34}'..='\u{0E3A}'
        | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{302A}'..='\u{302F}'
        | '\u{3099}'..='\u{309A}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// A char that can start a word. ASCII and the Arabic letters and digits are decided by range
/// first: the general Unicode lookup is slow, and these are nearly every char of an Arabic article.
fn is_base(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7f}' => false,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        // The rest of the Arabic block (punctuation «،», marks, tatweel) from a table of the
        // general rule: its Unicode lookup was 1.5% of an import's CPU.
        '\u{0600}'..='\u{06FF}' => {
            static BLOCK: OnceLock<[bool; 256]> = OnceLock::new();
            BLOCK.get_or_init(|| {
                std::array::from_fn(|i| {
                    char::from_u32(0x600 + i as u32).is_some_and(is_base_general)
                })
            })[c as usize - 0x600]
        }
        _ => is_base_general(c),
    }
}

fn is_base_general(c: char) -> bool {
    super::is_alphanumeric(c) && !is_ignorable(c) && !is_mark(c)
}

/// Texts tokenised last on this thread, with their words' offsets (byte start, byte end, char
/// start, char end). An article's body is tokenised for its search keys, its `Doc`, its dates and
/// the tagger, one after the other: the later calls copy the offsets instead of reading the text
/// again. Only long texts (a short one is read as fast as compared), and none of huge records (the
/// copy and offsets stay in memory until replaced).
const MEMO_TEXTS: usize = 2;
const MEMO_MIN_BYTES: usize = 512;
const MEMO_MAX_BYTES: usize = 256 << 10;

type Offsets = Vec<(u32, u32, u32, u32)>;

thread_local! {
    static TOKENS: RefCell<(usize, [(String, Offsets); MEMO_TEXTS])> = RefCell::default();
}

/// Split `s` into words: maximal runs of letters and digits. Diacritics, tatweel and invisible
/// controls inside a word are part of it (a ZWJ or RLM never splits a word); invisible controls at
/// either edge are left out, as are marks before the first letter.
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    if !(MEMO_MIN_BYTES..=MEMO_MAX_BYTES).contains(&s.len()) {
        return tokenize_text(s);
    }
    let token = |&(b0, b1, c0, c1): &(u32, u32, u32, u32)| Token {
        text: &s[b0 as usize..b1 as usize],
        start: c0 as usize,
        end: c1 as usize,
        byte_start: b0 as usize,
        byte_end: b1 as usize,
    };
    TOKENS.with(|m| {
        let mut m = m.borrow_mut();
        // The same text (compared whole), so the same words.
        if let Some((_, offs)) = m.1.iter().find(|(t, _)| t.as_str() == s) {
            return offs.iter().map(token).collect();
        }
        let out = tokenize_text(s);
        let slot = m.0;
        m.0 = (slot + 1) % MEMO_TEXTS;
        let (text, offs) = &mut m.1[slot];
        text.clear();
        text.push_str(s);
        offs.clear();
        offs.extend(out.iter().map(|t| {
            let n = |x: usize| x as u32;
            (n(t.byte_start), n(t.byte_end), n(t.start), n(t.end))
        }));
        out
    })
}

fn tokenize_text(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    // (byte_start, char_start) of the current word, and the end (byte, char) of its last visible char.
    let mut cur: Option<(usize, usize)> = None;
    let mut last = (0usize, 0usize);
    for (ci, (bi, c)) in s.char_indices().enumerate() {
        let after = (bi + c.len_utf8(), ci + 1);
        if is_base(c) {
            if cur.is_none() {
                cur = Some((bi, ci));
            }
            last = after;
        } else if is_ignorable(c) || is_mark(c) {
            if cur.is_some() && !is_format(c) {
                last = after;
            }
        } else if let Some((b0, c0)) = cur.take() {
            out.push(Token {
                text: &s[b0..last.0],
                start: c0,
                end: last.1,
                byte_start: b0,
                byte_end: last.0,
            });
        }
    }
    if let Some((b0, c0)) = cur {
        out.push(Token {
            text: &s[b0..last.0],
            start: c0,
            end: last.1,
            byte_start: b0,
            byte_end: last.0,
        });
    }
    out
}

fn lexicon() -> &'static FxHashSet<String> {
    static LEX: OnceLock<FxHashSet<String>> = OnceLock::new();
    LEX.get_or_init(|| {
        include_str!("lexicon.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let n = normalize(l);
                // Stored without the article: step 2 strips it before any lookup.
                match n.strip_prefix("ال") {
                    Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
                    _ => n,
                }
            })
            .collect()
    })
}

fn in_lexicon(w: &str) -> bool {
    lexicon().contains(w)
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Light10's suffixes, in Lucene's order (ية and ة coincide with يه and ه after normalisation).
const SUFFIXES: [&str; 8] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/// Attached pronouns with the letters that must remain after them. هم هن هما كم نا end many
/// ordinary words (تفاهم, رهن, محاكم, فيينا): they are taken only from longer words.
const PRONOUNS: [(&str, usize); 7] = [
    ("هما", 4),
    ("هم", 4),
    ("هن", 4),
    ("كم", 4),
    ("نا", 4),
    ("ها", 2),
    ("ه", 2),
];

/// What the spelling before normalisation tells about the end of a word, which normalisation
/// hides: a final ة (normalised to ه, like the pronoun) and a written tanween (اً).
#[derive(Debug, Clone, Copy, Default)]
struct Ending {
    taa: bool,
    tanween: bool,
}

impl Ending {
    fn of(word: &str) -> Ending {
        let mut tail = word
            .chars()
            .rev()
            .filter(|&c| super::is_alphanumeric(c) || is_mark(c))
            .take(3);
        let tanween = tail
            .clone()
            .any(|c| matches!(c, '\u{064B}' | '\u{FE70}' | '\u{FE71}'));
        let taa = tail
            .find(|&c| !is_mark(c) && !is_ignorable(c))
            .is_some_and(|c| matches!(c, 'ة' | 'ۃ' | '\u{FE93}' | '\u{FE94}'));
        Ending { taa, tanween }
    }
}

/// Step 4: tanween alef, one attached pronoun, then one pass of light suffixes, never touching a
/// lexicon word. `e` says whether the final ه was a ة (then it is no pronoun) and whether a
/// tanween was written.
fn strip_suffixes(w: &str, e: Ending) -> &str {
    if in_lexicon(w) {
        return w;
    }
    let mut w = w;
    let mut n = char_len(w);
    // Not the alef of a pronoun: ها, هما, or the نا the pronoun rule below takes — unless a
    // tanween is written.
    let pronoun_alef = !e.tanween && (w.ends_with("ها") || (n >= 6 && w.ends_with("تنا")));
    if n >= 4 && w.ends_with('ا') && !pronoun_alef {
        w = &w[..w.len() - 'ا'.len_utf8()];
        n -= 1;
        if in_lexicon(w) {
            return w;
        }
    }
    let pronoun = PRONOUNS.iter().find_map(|&(p, min)| {
        let k = char_len(p);
        // نا only after a taa marbuta or plural ت (حكومتنا, توقعاتنا): elsewhere a final
        // «نا» is more often a noun in ن with its tanween (قانونا, مليونا).
        // ه after ي is left to light10's «يه»: normalised text cannot tell it from ية
        // (الماليه is المالية, not مالي + ه).
        (n >= k + min
            && !e.taa
            && (p != "نا" || w.ends_with("تنا"))
            && (p != "ه" || !w.ends_with("يه")))
        .then(|| w.strip_suffix(p))
        .flatten()
        .map(|r| (r, k))
    });
    if let Some((rest, k)) = pronoun {
        w = rest;
        n -= k;
        if in_lexicon(w) {
            return w;
        }
        if n >= 4 && w.ends_with('ت') && !w.ends_with("ات") {
            // وزارت|ها: the ت was a taa marbuta, which normalises to ه (a lexicon word keeps it,
            // like «وزارة» itself; otherwise light10 removes it).
            w = &w[..w.len() - 'ت'.len_utf8()];
            n -= 1;
            if let Some(lex) = lexicon().get(format!("{w}ه").as_str()) {
                return lex;
            }
        } else if n >= 5 && w.ends_with('و') {
            // مسؤولو|ها: a sound plural in construct lost its ن.
            w = &w[..w.len() - 'و'.len_utf8()];
            n -= 1;
        }
        if in_lexicon(w) {
            return w;
        }
    }
    for suf in SUFFIXES {
        let k = char_len(suf);
        let min = if matches!(suf, "ها" | "ه") { 2 } else { 3 };
        if n >= k + min && w.ends_with(suf) {
            w = &w[..w.len() - suf.len()];
            n -= k;
            if in_lexicon(w) {
                return w;
            }
        }
    }
    w
}

/// A known word is a lexicon word or one whose suffix stem is (a stem of at least three letters:
/// two-letter stems such as بن would make «بنان» look known).
fn is_known(w: &str, e: Ending) -> bool {
    if in_lexicon(w) {
        return true;
    }
    let s = strip_suffixes(w, e);
    s.len() != w.len() && char_len(s) >= 3 && in_lexicon(s)
}

const ARTICLES: [&str; 8] = ["ولل", "فلل", "وال", "بال", "كال", "فال", "لل", "ال"];
/// Shortest first: the least stripping that reaches a known word wins («وبيروت» → بيروت).
const PROCLITICS: [&str; 13] = [
    "و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس",
];

/// Step 2: the rest of `w` after an article compound, if one can be taken. A compound of the
/// article with a proclitic (بال, كال…) must leave three letters: «بالاو» is Palau, not «او».
fn strip_article(w: &str) -> Option<&str> {
    ARTICLES.iter().find_map(|p| {
        let min = if p.chars().count() == 2 { 2 } else { 3 };
        w.strip_prefix(p).filter(|rest| char_len(rest) >= min)
    })
}

/// Names of God that follow عبد in compound personal names (normalised, with the article).
const DIVINE_NAMES: [&str; 54] = [
    "الله",
    "الرحمن",
    "الرحيم",
    "العزيز",
    "المجيد",
    "الكريم",
    "الحميد",
    "اللطيف",
    "الملك",
    "القادر",
    "الرزاق",
    "الستار",
    "الغني",
    "الحليم",
    "الباري",
    "الهادي",
    "الناصر",
    "الوهاب",
    "الحي",
    "القيوم",
    "الصمد",
    "الجبار",
    "السلام",
    "المنعم",
    "الرووف",
    "الفتاح",
    "الخالق",
    "العليم",
    "الحكيم",
    "الودود",
    "الغفور",
    "الواحد",
    "الاحد",
    "المحسن",
    "الرشيد",
    "المعطي",
    "الباسط",
    "القدوس",
    "المومن",
    "الجليل",
    "الكبير",
    "العظيم",
    "الحق",
    "الولي",
    "الغفار",
    "التواب",
    "السميع",
    "البصير",
    "الخبير",
    "الشكور",
    "الحفيظ",
    "العاطي",
    "النور",
    "الماجد",
];

/// A proclitic that may precede «الله» or an عبد compound (والله, بالله, لعبدالله).
const NAME_PROCLITICS: [&str; 9] = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"];

/// «الله» with any proclitic (لله is ل + الله with one lam written), else None.
fn allah(w: &str) -> Option<&'static str> {
    let hit = matches!(w, "لله" | "ولله" | "فلله")
        || NAME_PROCLITICS
            .iter()
            .any(|p| w.strip_prefix(p) == Some("الله"));
    hit.then_some("الله")
}

/// عبد + a name of God written as one word (after an optional proclitic): the compound itself.
fn abd_compound(w: &str) -> Option<&str> {
    NAME_PROCLITICS.iter().find_map(|p| {
        let rest = w.strip_prefix(p)?;
        let name = rest.strip_prefix("عبد")?;
        DIVINE_NAMES.contains(&name).then_some(rest)
    })
}

/// Steps 1–5 on a normalised word made only of letters and digits.
fn stem(w: &str, e: Ending) -> &str {
    if let Some(k) = allah(w) {
        return k;
    }
    if let Some(k) = abd_compound(w) {
        return k;
    }
    if is_known(w, e) {
        return strip_suffixes(w, e);
    }
    if let Some(rest) = strip_article(w) {
        return strip_suffixes(rest, e);
    }
    for p in PROCLITICS {
        if let Some(rest) = w.strip_prefix(p).filter(|r| char_len(r) >= 2) {
            if is_known(rest, e) {
                return strip_suffixes(rest, e);
            }
            if let Some(bare) = rest.strip_prefix("ال").filter(|r| char_len(r) >= 2) {
                if is_known(bare, e) {
                    return strip_suffixes(bare, e);
                }
            }
        }
    }
    for p in ["و", "ف"] {
        if let Some(rest) = w.strip_prefix(p).filter(|r| char_len(r) >= 3) {
            // «وبالتالي» → «بالتالي» → «تالي»: the same key as the word without و.
            return strip_suffixes(strip_article(rest).unwrap_or(rest), e);
        }
    }
    strip_suffixes(w, e)
}

/// The key of each name of God, with the name: «رحمن» → «الرحمن».
fn divine_keys() -> &'static FxHashMap<String, &'static str> {
    static KEYS: OnceLock<FxHashMap<String, &'static str>> = OnceLock::new();
    KEYS.get_or_init(|| DIVINE_NAMES.iter().map(|d| (search_form(d), *d)).collect())
}

/// The two spellings of a key sequence holding عبد + a name of God: (every compound joined as one
/// key, every compound spaced as two keys), or None when it holds no such compound. `keys` are
/// [`search_form`] keys, e.g. `["عبد", "رحمن", "السديس"]` → `(["عبدالرحمن", "سديس"…], ["عبد", "رحمن"…])`.
pub fn compound_spellings<S: AsRef<str>>(keys: &[S]) -> Option<(Vec<String>, Vec<String>)> {
    let divine = divine_keys();
    let (mut joined, mut spaced) = (Vec::new(), Vec::new());
    let mut found = false;
    let mut i = 0;
    while i < keys.len() {
        let k = keys[i].as_ref();
        if let Some(name) = k.strip_prefix("عبد").filter(|n| DIVINE_NAMES.contains(n)) {
            found = true;
            joined.push(k.to_string());
            spaced.push("عبد".to_string());
            spaced.push(search_form(name));
            i += 1;
        } else if let (true, Some(name)) = (
            k == "عبد",
            keys.get(i + 1).and_then(|n| divine.get(n.as_ref())),
        ) {
            found = true;
            joined.push(format!("عبد{name}"));
            spaced.push(k.to_string());
            spaced.push(keys[i + 1].as_ref().to_string());
            i += 2;
        } else {
            joined.push(k.to_string());
            spaced.push(k.to_string());
            i += 1;
        }
    }
    found.then_some((joined, spaced))
}

/// Keys already computed on this thread, by raw word. News vocabulary is Zipfian, so nearly every
/// word of an article was seen before and costs one hash lookup instead of the stemming rules.
const CACHE_MAX: usize = 1 << 17;

thread_local! {
    // Bounded memory: when full it empties, and refills with the frequent words at once.
    static CACHE: RefCell<WordStrings> = RefCell::new(WordStrings::new(CACHE_MAX));
}

/// Append the key of `word` to `out`, through the per-thread cache.
fn push_key(word: &str, out: &mut String) {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(k) = cache.get(word) {
            out.push_str(k);
            return;
        }
        let k = compute_key(word);
        out.push_str(&k);
        cache.insert(word, &k);
    })
}

/// The index/search key of one word (see the module docs). Non-alphanumeric chars are dropped;
/// the result is empty only when `word` has no letter or digit.
pub fn search_form(word: &str) -> String {
    let mut out = String::new();
    push_key(word, &mut out);
    out
}

fn compute_key(word: &str) -> String {
    let n = normalize(word);
    let clean: String;
    let w = if n.chars().all(|c| super::is_alphanumeric(c) && !is_mark(c)) {
        n.as_str()
    } else {
        clean = n
            .chars()
            .filter(|&c| super::is_alphanumeric(c) && !is_mark(c))
            .collect();
        clean.as_str()
    };
    stem(w, Ending::of(word)).to_string()
}

/// The search keys of every word of `s`, separated by single spaces: one key per token.
pub fn index_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for t in tokenize(s) {
        if !out.is_empty() {
            out.push(' ');
        }
        push_key(t.text, &mut out);
    }
    out
}

#[cfg(test)]
#[path = "stem_tests.rs"]
mod tests;
