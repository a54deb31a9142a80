//! Entity linking of tagged spans, and discovered entities.
//!
//! Every sentence of title and body is tagged ([`tag_field`]). A tagged person, place or
//! organisation span that the gazetteer matcher did not already cover is
//! - linked to a gazetteer entity when its normalised name is exactly one compatible entity's alias
//!   (a place span to a place or country, an organisation span to an org or outlet);
//! - for a bare surname (one person token), linked to a full person name of the same article that
//!   ends in it and came earlier (gazetteer or discovered), or to the only gazetteer person with
//!   that surname when a title precedes it («الرئيس تبون»); otherwise left unlinked;
//! - otherwise, when it passes the junk filters, a **discovered** name: [`Discovered`], kind and
//!   Arabic name (proclitics and titles off), keyed by its normalised name and kind so that the
//!   archive keeps one entity per name across articles (`archive::entities::discovered`).
//!
//! Precision first: a wrong entity is worse than a missing one, so a span is dropped when in doubt
//! (digits, punctuation inside, ordinary words at its edges, a one-word person, a short word, a span
//! overlapping a gazetteer match, a name an analyst rejected).

use rustc_hash::{FxHashMap, FxHashSet};

use super::super::doc::{strip_conj, Doc, Tok};
use super::super::gazetteer::{AliasKind, Gazetteer, Kind};
use super::super::mentions::{Form, Mention};
use super::super::Field;
use super::{
    common_words, SpanKind, Tagged, Tagger, TRIGGERS_ORG, TRIGGERS_PERSON, TRIGGERS_PLACE,
};
use crate::arabic;

/// A name the tagger found that no gazetteer entity has: an entity of the archive once written
/// (`entities.source = 'extracted'`, shown as origin `discovered`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovered {
    /// person, place or org.
    pub kind: Kind,
    /// The name as written, without proclitics («لإسماعيل هنية» → «إسماعيل هنية») or titles.
    pub name: String,
    /// `arabic::index_text` of `name`: the matching key, one search form per word.
    pub norm: String,
}

impl Discovered {
    /// The archive key of a discovered name: `discovered:<kind>:<normalised name>`, one entity per
    /// name and kind across the archive.
    pub fn key(&self) -> String {
        discovered_key(self.kind, &self.norm)
    }
}

/// `discovered:<kind>:<norm>`; `norm` is an `arabic::index_text`.
pub fn discovered_key(kind: Kind, norm: &str) -> String {
    format!("discovered:{}:{norm}", kind.as_str())
}

/// The entity kind a discovered span becomes.
pub fn entity_kind(k: SpanKind) -> Kind {
    match k {
        SpanKind::Person => Kind::Person,
        SpanKind::Place => Kind::Place,
        SpanKind::Org => Kind::Org,
    }
}

/// Can an entity of kind `kind` be what a span of kind `span` names?
pub fn compatible(span: SpanKind, kind: Kind) -> bool {
    match span {
        SpanKind::Person => kind == Kind::Person,
        SpanKind::Place => matches!(kind, Kind::Place | Kind::Country),
        SpanKind::Org => matches!(kind, Kind::Org | Kind::Outlet),
    }
}

/// Analysts' corrections that extraction applies (loaded with the gazetteer from the archive's
/// curation tables, migration V14): surface forms that never link to an entity, and discovered
/// names never to be discovered again.
#[derive(Debug, Default)]
pub struct Curation {
    /// (entity id, `arabic::index_text` of a surface form): that form never links to that entity.
    pub blocked: FxHashSet<(i64, String)>,
    /// Discovered keys ([`discovered_key`]) an analyst rejected.
    pub rejected: FxHashSet<String>,
}

impl Curation {
    pub fn is_empty(&self) -> bool {
        self.blocked.is_empty() && self.rejected.is_empty()
    }
}

/// Tags every sentence of one field (see `Tagger::tag`); spans in text order, each with its
/// tokens, by which `Tagger::confidence` gives the model's confidence in it when it is needed.
pub(crate) fn tag_field(d: &Doc, field: Field) -> Vec<(Tagged, SpanToks)> {
    if d.toks.is_empty() {
        return Vec::new();
    }
    Tagger::shipped()
        .tag_spans(d.text)
        .into_iter()
        .map(|(kind, start, end, toks)| {
            let end = match kind {
                SpanKind::Person => theophoric_end(d, end),
                _ => end,
            };
            (
                Tagged {
                    field,
                    kind,
                    start,
                    end,
                },
                SpanToks(toks),
            )
        })
        .collect()
}

/// «حسن فضل الله», «محمد نصر الله»: the model stops a person's name before a surname of a noun and
/// «الله» when the noun is an ordinary word too («فضل», «نصر»); the name goes on through it. `end`
/// is the span's end in the field's offsets; the new end, or `end`.
fn theophoric_end(d: &Doc, end: usize) -> usize {
    let b = d.toks.partition_point(|t| t.end <= end);
    if b == 0 || b + 1 >= d.toks.len() || d.toks[b - 1].end != end {
        return end;
    }
    let noun = strip_conj(&d.toks[b].norm);
    let ok = d.toks[b + 1].norm == "الله"
        && !d.breaks_after(b - 1)
        && !d.breaks_after(b)
        && d.toks[b].quote == 0
        && d.toks[b + 1].quote == 0
        && noun.chars().count() >= 3
        && !noun.starts_with("ال")
        && !noun.starts_with(['ب', 'ل'])
        && !matches!(
            noun,
            "بسم"
                | "رحمه"
                | "شاء"
                | "حفظه"
                | "عند"
                | "علي"
                | "الي"
                | "حزب"
                | "انصار"
                | "جند"
        );
    if ok {
        d.toks[b + 1].end
    } else {
        end
    }
}

/// A tagged span's range of tagger tokens ([`super::tokenize`] of its field's text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanToks(pub (usize, usize));

/// The least confidence (see `TaggedSpan::confidence`) a span needs to become a discovered
/// entity: a new entity row is a claim of its own, so the bar is higher than for linking.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// Titles and roles before a name that are not part of it (the name particles ابن, بن, أبو… are).
fn is_title(d: &Doc, i: usize) -> bool {
    let t = &d.toks[i];
    let bare = strip_conj(&t.norm);
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    let particle = |w: &str| matches!(w, "ابن" | "بن" | "بنت" | "ابو" | "ام");
    if particle(bare) || particle(&t.key) {
        return false;
    }
    TRIGGERS_PERSON.contains(&t.key.as_str()) || TRIGGERS_PERSON.contains(&bare)
}

/// A word that only heads names («وزارة», «معهد», «مدينة»): no name on its own.
fn is_head(d: &Doc, i: usize) -> bool {
    let t = &d.toks[i];
    let bare = strip_conj(&t.norm);
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    [TRIGGERS_ORG, TRIGGERS_PLACE, TRIGGERS_PERSON]
        .iter()
        .any(|l| l.contains(&t.key.as_str()) || l.contains(&bare))
}

/// Words glued together in scraped text («الإيرانيةصدّ», «كاراباخبعدالتوصل»): a teh marbuta or
/// alef maqsura inside the word, or the article inside it after three letters or more (but
/// «عبدالله», «أبوالحسن»).
fn glued(word: &str) -> bool {
    let letters: Vec<char> = word
        .chars()
        .filter(|&c| !is_mark(c) && !arabic::normalize::is_ignorable(c))
        .collect();
    let n = letters.len();
    if letters[..n.saturating_sub(1)]
        .iter()
        .any(|c| matches!(c, 'ة' | 'ى'))
    {
        return true;
    }
    let compound = letters.starts_with(&['ع', 'ب', 'د'])
        || letters.starts_with(&['أ', 'ب', 'و'])
        || letters.starts_with(&['ا', 'ب', 'و']);
    !compound && (4..n.saturating_sub(3)).any(|k| letters[k] == 'ا' && letters[k + 1] == 'ل')
}

fn is_common(d: &Doc, i: usize) -> bool {
    let c = common_words();
    let n = d.toks[i].norm.as_str();
    c.contains(n) || c.contains(strip_conj(n))
}

/// The least confidence a one-word span needs to link to a name written with an article the name
/// never takes: the tagger is sure of «البيرو» (Peru; 1.00), not of «بالجنين» (with the foetus; 0.79).
const DEFINITE_CONFIDENCE: f64 = 0.95;

/// «بالجنين», «للجنين»: one word with the article, behind any proclitic, for a name written without
/// it (the gazetteer scan refuses «الجنين» outright).
fn article_it_never_takes(g: &Gazetteer, d: &Doc, a: usize, b: usize, e: u32) -> bool {
    if b - a != 1 || !g.never_definite[e as usize] {
        return false;
    }
    let n = d.toks[a].norm.as_str();
    ["", "و", "ف", "ب", "ك", "وب", "فب", "وك"]
        .iter()
        .any(|p| n.strip_prefix(p).is_some_and(|r| r.starts_with("ال")))
        || n.strip_prefix(['و', 'ف']).unwrap_or(n).starts_with("لل")
}

/// «علي بن حسين», «علي شمخاني»: a word before «بن» (or «علي» before an unusual word) inside the
/// span is a given name, though normalised it is a common word (علي = على once «ى» and «ي» are
/// folded). Only words written with a final «ي», the letter that folding merged.
fn given_name(d: &Doc, i: usize, end: usize) -> bool {
    i + 1 < end
        && d.slice(i, i + 1).ends_with('ي')
        && (matches!(d.toks[i + 1].norm.as_str(), "بن" | "ابن" | "بنت")
            // «علي شمخاني»: «علي» before a word no ordinary text uses.
            || (strip_conj(&d.toks[i].norm) == "علي" && !is_common(d, i + 1)))
}

/// The tagger's confidence in the span `toks` of `text`; `words` keeps the text's tagger words, made
/// the first time a span of that field needs them.
fn confidence<'t>(field: &mut Option<Scored<'t>>, text: &'t str, toks: &SpanToks) -> f64 {
    let f = field.get_or_insert_with(|| Scored {
        words: super::tokenize(text).iter().map(|t| t.text).collect(),
        sentences: FxHashMap::default(),
    });
    Tagger::shipped().confidence_with(&f.words, toks.0, &mut f.sentences)
}

/// A field's tagger words, made when a span's confidence is first needed, and the per-token
/// confidences of the sentences scored so far (`Tagger::confidence_with`).
struct Scored<'t> {
    words: Vec<&'t str>,
    sentences: FxHashMap<usize, Vec<f64>>,
}

/// A title right before token `a`, in the same clause («السيد نصر الله», «الوزير حسين»).
fn titled(d: &Doc, a: usize) -> bool {
    a > 0 && !d.breaks_after(a - 1) && is_title(d, a - 1)
}

/// Letters only (Arabic or Latin), at least two of them.
fn wordlike(s: &str) -> bool {
    s.chars().filter(|&c| arabic::is_alphabetic(c)).count() >= 2
        && s.chars()
            .all(|c| arabic::is_alphabetic(c) || arabic::normalize::is_ignorable(c) || is_mark(c))
}

fn is_mark(c: char) -> bool {
    ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}' || c == 'ـ'
}

/// Byte offset in `w` after its first `n` letters (marks stay with their letter).
fn after_letters(w: &str, n: usize) -> usize {
    let mut seen = 0;
    for (b, c) in w.char_indices() {
        if is_mark(c) || arabic::normalize::is_ignorable(c) {
            continue;
        }
        if seen == n {
            return b;
        }
        seen += 1;
    }
    w.len()
}

/// The first word of a name without its proclitics. A conjunction (و ف) goes when the project's
/// search form drops it too; a preposition (ب ل ك) only before a hamza on alif («لإسماعيل») or
/// the article («بالقاهرة»), since many names start with those letters («بسام», «لافروف»);
/// «لل» + name is ل + «ال» + name.
pub fn strip_proclitics(w: &str) -> String {
    let letters: Vec<char> = w
        .chars()
        .filter(|&c| !is_mark(c) && !arabic::normalize::is_ignorable(c))
        .collect();
    let mut skip = 0;
    // A conjunction the search form drops.
    if matches!(letters.first(), Some('و' | 'ف')) && letters.len() >= 4 {
        let rest = &w[after_letters(w, 1)..];
        if arabic::search_form(rest) == arabic::search_form(w) {
            skip = 1;
        }
    }
    let rest = &letters[skip..];
    if rest.len() >= 5 && rest[0] == 'ل' && rest[1] == 'ل' {
        return format!("ال{}", &w[after_letters(w, skip + 2)..]);
    }
    if rest.len() >= 4 && matches!(rest[0], 'ب' | 'ل' | 'ك') {
        let hamza = matches!(rest[1], 'أ' | 'إ' | 'آ');
        let article = rest[1] == 'ا' && rest[2] == 'ل' && rest.len() >= 6;
        if hamza || article {
            skip += 1;
        }
    }
    w[after_letters(w, skip)..].to_string()
}

/// Given names that begin with «و» followed by a consonant, which the conjunction «و» also begins
/// (normalised): «وليد» is Walid, where «وخالد» is «and Khalid».
const WAW_NAMES: &[&str] = &[
    "وليد",
    "وسيم",
    "وليم",
    "وسام",
    "وفاء",
    "وفيق",
    "وديع",
    "وجدي",
    "وحيد",
    "وهبي",
    "وداد",
    "ورده",
    "وجيه",
    "وصفي",
    "وضاح",
    "ولاء",
    "وعد",
    "وهيب",
    "وحيدي",
    "وزيري",
];

/// The first word of a name `w` as the name has it, without the proclitics the text put before it.
/// Names begin with «و» and «ف» too (Farid, Vladimir, Walid, Wyoming), so the search form, which
/// drops both, cannot decide:
/// - a «ف» stays (the conjunction «ف» is rare before a name in news), unless a hamza or the
///   article follows it («فالرئيس»);
/// - a «و» goes before a hamza or the article («وأحمد», «والاتحاد»), before a name the gazetteer or
///   [`WAW_NAMES`] begins with («ومحمد», «ووليد») and before other consonants («وخالد»); it stays in
///   the names of [`WAW_NAMES`] and in foreign names written «وا»/«وي» (Wyoming, Wisconsin,
///   William).
fn name_start(g: &Gazetteer, w: &str) -> String {
    let letters = |s: &str| {
        s.chars()
            .filter(|&c| !is_mark(c) && !arabic::normalize::is_ignorable(c))
            .collect::<Vec<char>>()
    };
    let lw = letters(w);
    let Some(conj) = lw
        .first()
        .copied()
        .filter(|c| matches!(c, 'و' | 'ف') && lw.len() >= 4)
    else {
        return strip_proclitics(w);
    };
    let rest = &w[after_letters(w, 1)..];
    let lr = letters(rest);
    if matches!(lr.first(), Some('أ' | 'إ' | 'آ')) || lr.starts_with(&['ا', 'ل']) {
        return strip_proclitics(rest);
    }
    // A name begins with exactly this word, as written.
    let known = |x: &str| {
        let written = arabic::normalize(x);
        WAW_NAMES.contains(&written.as_str())
            || g.first
                .get(arabic::index_text(x).as_str())
                .is_some_and(|v| {
                    v.iter()
                        .any(|a| a.words.as_ref().is_some_and(|ws| *ws[0] == *written))
                })
    };
    let whole =
        conj == 'ف' || known(w) || (!known(rest) && matches!(lr.first(), Some('ا' | 'ي' | 'و')));
    if whole {
        w.to_string()
    } else {
        // «وفياتشيسلاف»: the rest is a name that may begin with «ف» itself.
        name_start(g, rest)
    }
}

/// A gazetteer entity with the alias `norm` (every word's search form) compatible with `kind`, when
/// exactly one entity qualifies. `toks` are the span's tokens: the first must be the alias' first
/// word as written, behind its clitics (search forms are stems: «وكاميرا» is not «الكاميرون»).
fn gazetteer_link(g: &Gazetteer, norm: &str, toks: &[Tok], kind: SpanKind) -> Option<u32> {
    alias_link(g, norm, toks, kind, false)
}

/// Like [`gazetteer_link`], for the short aliases (surnames such as «نصر الله») instead of the
/// others.
fn alias_link(g: &Gazetteer, norm: &str, toks: &[Tok], kind: SpanKind, short: bool) -> Option<u32> {
    let mut words = norm.split(' ');
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let mut found: Option<u32> = None;
    for a in g.first.get(first)? {
        if a.rest.len() != rest.len() || !a.rest.iter().zip(&rest).all(|(x, y)| &**x == *y) {
            continue;
        }
        if a.words
            .as_ref()
            .is_some_and(|ws| !crate::extract::gazetteer::is_word_of_name(&toks[0].norm, &ws[0]))
        {
            continue;
        }
        if (a.kind == AliasKind::Short) != short {
            continue;
        }
        if !compatible(kind, g.entity(a.entity).kind) {
            // The name is another kind's: not ours to guess.
            return None;
        }
        match found {
            Some(e) if e != a.entity => return None,
            _ => found = Some(a.entity),
        }
    }
    found
}

/// Gazetteer mentions of a place or organisation that end a person's name the tagger found
/// («روبرت مالي»: Robert Malley, not Mali; «لورا باريس»): the longer name wins (issue #18: a name inside
/// a longer name is not that name). Only when the person span is two words or more, begins with no
/// title or gazetteer name of its own («رئيس سوريا بشار الأسد» keeps Syria) and has the confidence a
/// discovered name needs. Returns indices into `gaz`, ascending.
pub(crate) fn inside_person_names(
    g: &Gazetteer,
    docs: [&Doc; 2],
    spans: &[(Tagged, SpanToks)],
    gaz: &[Mention],
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut words: [Option<Scored<'_>>; 2] = [None, None];
    for (s, toks) in spans.iter().filter(|(s, _)| s.kind == SpanKind::Person) {
        let d = docs[s.field as usize];
        let a = d.toks.partition_point(|t| t.start < s.start);
        let b = d.toks.partition_point(|t| t.end <= s.end);
        if b < a + 2 || is_title(d, a) {
            continue;
        }
        let inside: Vec<usize> = (0..gaz.len())
            .filter(|&k| {
                let m = &gaz[k];
                m.field == s.field && m.start < s.end && s.start < m.end
            })
            .collect();
        let [k] = inside[..] else { continue };
        let m = &gaz[k];
        // «باراك أوباما»: a short form opening a longer name is that name's given name, not the
        // short form's person («باراك» for Tom Barrack).
        // «تعهّد إردوغان باستبدال», «بوتين لوانغ يي»: a word with a preposition or «و» run
        // into it is no part of a name, however the tagger read it.
        let opens_other = m.alias == AliasKind::Short
            && m.toks.0 == a
            && m.toks.1 < b
            && (m.toks.1..b).all(|k| {
                !d.toks[k].norm.starts_with(['ب', 'ل', 'و', 'ف', 'ك'])
                    && !super::common_words().contains(d.bare(k))
            });
        if opens_other {
            if confidence(&mut words[s.field as usize], d.text, toks) >= MIN_CONFIDENCE {
                out.push(k);
            }
            continue;
        }
        // A nationality adjective («صاروخ أوكراني») is no surname.
        if m.toks.0 <= a
            || m.toks.1 != b
            || m.form != Form::Name
            || g.entity(m.entity).kind == Kind::Person
        {
            continue;
        }
        if confidence(&mut words[s.field as usize], d.text, toks) >= MIN_CONFIDENCE {
            out.push(k);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Links or discovers every tagged span not covered by a gazetteer mention. `gaz` are the
/// article's gazetteer mentions (title then body); returns the new mentions, whose `entity` is a
/// gazetteer index or, from `base` on, `base +` an index into `discovered` (which it extends).
pub(crate) fn link(
    g: &Gazetteer,
    docs: [&Doc; 2],
    spans: &[(Tagged, SpanToks)],
    gaz: &[Mention],
    base: u32,
    discovered: &mut Vec<Discovered>,
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut by_key: FxHashMap<String, u32> = FxHashMap::default();
    // Full person names so far, in reading order: (last word's key, entity index).
    let mut full: Vec<(Field, usize, String, u32)> = gaz
        .iter()
        .filter(|m| m.alias != AliasKind::Short && g.entity(m.entity).kind == Kind::Person)
        .map(|m| {
            let d = docs[m.field as usize];
            (m.field, m.start, d.toks[m.toks.1 - 1].key.clone(), m.entity)
        })
        .collect();
    // The tagger's words of title and body, made when a span's confidence is first needed.
    let mut words: [Option<Scored<'_>>; 2] = [None, None];
    for (s, toks) in spans {
        let d = docs[s.field as usize];
        // The Doc tokens inside the span.
        let a = d.toks.partition_point(|t| t.start < s.start);
        let b = d.toks.partition_point(|t| t.end <= s.end);
        if a >= b {
            continue;
        }
        let (mut a, mut b) = (a, b);
        while a < b && (is_title(d, a) || (is_common(d, a) && !given_name(d, a, b))) {
            a += 1;
        }
        // An organisation's name ends with its adjectives («وزارة المالية الألمانية»).
        while b > a && s.kind != SpanKind::Org && is_common(d, b - 1) {
            b -= 1;
        }
        // «عثمان بعدن»: a place behind «بـ» or «لـ» ends no person's name (in «الشيخ عثمان بعدن»,
        // a district of Aden). The rest of the span is read as if the tagger had stopped there.
        if s.kind == SpanKind::Person && b - a > 1 && clitic_place(g, d.slice(b - 1, b)) {
            b -= 1;
        }
        // «منير البرش للميادين» (run together in scraped text, then split): the outlet spoken to.
        if s.kind == SpanKind::Person
            && b - a > 1
            && crate::extract::glued::lam_outlet(g, &d.toks[b - 1].norm)
        {
            b -= 1;
        }
        if a >= b {
            continue;
        }
        let (start, end) = (d.toks[a].start, d.toks[b - 1].end);
        let covered = |m: &Mention| m.field == s.field && m.start < s.end && s.start < m.end;
        if gaz.iter().any(covered) {
            continue;
        }
        // Junk: punctuation inside, digits, a word of one letter, a very long span.
        if (a..b - 1).any(|i| d.breaks_after(i))
            || (a..b).any(|i| !wordlike(d.slice(i, i + 1)))
            || b - a > if s.kind == SpanKind::Org { 8 } else { 5 }
        {
            continue;
        }
        let first = name_start(g, d.slice(a, a + 1));
        let name = if b - a == 1 {
            first
        } else {
            format!(
                "{first}{}",
                &d.text[d.toks[a].byte_end..d.toks[b - 1].byte_end]
            )
        };
        let norm = arabic::index_text(&name);
        if norm.is_empty() {
            continue;
        }
        let mention = |entity: u32| Mention {
            entity,
            field: s.field,
            start,
            end,
            surface: d.slice(a, b).to_string(),
            alias: AliasKind::Name,
            form: Form::Name,
            toks: (a, b),
            prefix: String::new(),
        };
        if let Some(e) = gazetteer_link(g, &norm, &d.toks[a..b], s.kind) {
            if super::super::mentions::refused(g, d, a, b, g.entity(e).kind) {
                continue;
            }
            if article_it_never_takes(g, d, a, b, e)
                && confidence(&mut words[s.field as usize], d.text, toks) < DEFINITE_CONFIDENCE
            {
                continue;
            }
            let surface = arabic::index_text(d.slice(a, b));
            if !g.curation.blocked.contains(&(g.entity(e).id, surface)) {
                out.push(mention(e));
            }
            continue;
        }
        // «السيد نصر الله»: a known person's short name of two words or more is that person after a
        // title, and never somebody new without one.
        if s.kind == SpanKind::Person && b - a > 1 {
            if let Some(e) = alias_link(g, &norm, &d.toks[a..b], s.kind, true) {
                let surface = arabic::index_text(d.slice(a, b));
                if titled(d, a) && !g.curation.blocked.contains(&(g.entity(e).id, surface)) {
                    out.push(mention(e));
                }
                continue;
            }
        }
        if g.first.contains_key(norm.split(' ').next().unwrap_or("")) && b - a == 1 {
            // A one-word name the gazetteer knows as something else: not ours to guess.
            continue;
        }
        // «وقال بن غفير», «وأضاف ولد مرزوك» after the full name: a surname of two words, a particle
        // and a name, is a bare surname too.
        let particle = b - a == 2
            && matches!(
                d.toks[a].norm.as_str(),
                "بن" | "ابن" | "بنت" | "ولد" | "ابو" | "ابي" | "اب" | "ال"
            );
        // The person of a full name read earlier in the article that ends in the word `key`.
        let earlier_full = |key: &str| {
            full.iter()
                .rev()
                .find(|(f, st, k, _)| (*f as u8, *st) < (s.field as u8, start) && k == key)
                .map(|x| x.3)
        };
        if s.kind == SpanKind::Person && particle {
            if let Some(e) = earlier_full(&d.toks[b - 1].key) {
                out.push(mention(e));
                continue;
            }
        }
        if s.kind == SpanKind::Person && b - a == 1 {
            // A bare surname.
            let key = &d.toks[a].key;
            let earlier = earlier_full(key);
            let after_title = titled(d, a);
            let unique = || match g.shorts.get(key.as_str()).map(Vec::as_slice) {
                Some([e]) if after_title && g.entity(*e).kind == Kind::Person => Some(*e),
                _ => None,
            };
            if let Some(e) = earlier.or_else(unique) {
                out.push(mention(e));
            }
            continue;
        }
        let letters = norm.chars().filter(|&c| arabic::is_alphabetic(c)).count();
        if b - a == 1 && (letters < 4 || is_head(d, a)) {
            continue;
        }
        if (a..b).any(|i| glued(d.slice(i, i + 1))) {
            continue;
        }
        // A phrase alone in quotation marks («مرحلة “جس النبض”») is an expression, not a name.
        let q = d.toks[a].quote;
        if q != 0
            && (a..b).all(|i| d.toks[i].quote == q)
            && (a == 0 || d.toks[a - 1].quote != q)
            && d.toks.get(b).is_none_or(|t| t.quote != q)
        {
            continue;
        }
        // «سليمان وهاميش هاردينغ»: two people joined by «و», not one name.
        if (a + 1..b).any(|i| {
            let w = d.slice(i, i + 1);
            matches!(w.chars().next(), Some('و')) && strip_proclitics(w) != w
        }) {
            continue;
        }
        if confidence(&mut words[s.field as usize], d.text, toks) < MIN_CONFIDENCE {
            continue;
        }
        let kind = entity_kind(s.kind);
        let dkey = discovered_key(kind, &norm);
        if g.curation.rejected.contains(&dkey) {
            continue;
        }
        let idx = *by_key.entry(dkey).or_insert_with(|| {
            discovered.push(Discovered {
                kind,
                name: name.clone(),
                norm: norm.clone(),
            });
            base + discovered.len() as u32 - 1
        });
        if kind == Kind::Person {
            full.push((s.field, start, d.toks[b - 1].key.clone(), idx));
        }
        out.push(mention(idx));
    }
    surnames(docs, gaz, &full, base, &mut out);
    out
}

/// «بعدن», «لغزة»: a word that is «بـ» or «لـ» and a one-word place or country name of the gazetteer.
fn clitic_place(g: &Gazetteer, w: &str) -> bool {
    let n = arabic::normalize(w);
    let Some(rest) = n
        .strip_prefix(['ب', 'ل'])
        .filter(|r| r.chars().count() >= 3)
    else {
        return false;
    };
    g.first
        .get(arabic::index_text(rest).as_str())
        .is_some_and(|v| {
            v.iter().any(|a| {
                a.rest.is_empty()
                    && a.words.as_ref().is_some_and(|ws| *ws[0] == *rest)
                    && g.entity(a.entity).kind.is_geo()
            })
        })
}

/// The bare surnames of discovered people the tagger did not mark itself («وقال هنية» after
/// «إسماعيل هنية»): a word whose search form is the last word of a discovered full person name used
/// earlier in the article, outside any other mention. Only surnames of four letters or more that
/// are no ordinary word and no title.
fn surnames(
    docs: [&Doc; 2],
    gaz: &[Mention],
    full: &[(Field, usize, String, u32)],
    base: u32,
    out: &mut Vec<Mention>,
) {
    let names: Vec<&(Field, usize, String, u32)> = full
        .iter()
        .filter(|(_, _, k, e)| *e >= base && k.chars().count() >= 3)
        .collect();
    if names.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for field in [Field::Title, Field::Body] {
        let d = docs[field as usize];
        for (i, t) in d.toks.iter().enumerate() {
            let Some(&&(_, _, _, e)) = names
                .iter()
                .find(|(f, st, k, _)| *k == t.key && (*f as u8, *st) < (field as u8, t.start))
            else {
                continue;
            };
            let inside = |m: &Mention| m.field == field && m.start < t.end && t.start < m.end;
            if is_common(d, i) || is_title(d, i) || gaz.iter().chain(out.iter()).any(inside) {
                continue;
            }
            found.push(Mention {
                entity: e,
                field,
                start: t.start,
                end: t.end,
                surface: d.slice(i, i + 1).to_string(),
                alias: AliasKind::Short,
                form: Form::Name,
                toks: (i, i + 1),
                prefix: String::new(),
            });
        }
    }
    out.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_names_first_letter_is_no_conjunction_unless_the_spelling_says_so() {
        let g = crate::archive::gazetteer::shipped();
        let start = |w: &str| name_start(g, w);
        // Farid, Vladimir, Virginia: «ف» stays.
        for w in ["فريد", "فلاديمير", "فرجينيا", "فياتشيسلاف"] {
            assert_eq!(start(w), w);
        }
        // «و» before a hamza or the article, a known first name or a consonant is «and».
        assert_eq!(start("وأحمد"), "أحمد");
        assert_eq!(start("والاتحاد"), "الاتحاد");
        assert_eq!(start("ومحمد"), "محمد");
        assert_eq!(start("وخالد"), "خالد");
        assert_eq!(start("وفياتشيسلاف"), "فياتشيسلاف");
        assert_eq!(start("ووليد"), "وليد");
        // Walid, Wassim, William, Wyoming, Wisconsin.
        for w in ["وليد", "وسيم", "وليم", "وايومنج", "ويسكنسن"] {
            assert_eq!(start(w), w);
        }
        assert_eq!(start("حسين"), "حسين");
    }

    #[test]
    fn proclitics_come_off_only_where_the_spelling_says_so() {
        assert_eq!(strip_proclitics("لإسماعيل"), "إسماعيل");
        assert_eq!(strip_proclitics("وإسماعيل"), "إسماعيل");
        assert_eq!(strip_proclitics("بالقاهرة"), "القاهرة");
        assert_eq!(strip_proclitics("للأمم"), "الأمم");
        // Names that begin with the same letters stay whole.
        for name in ["بسام", "وليد", "لافروف", "كمال", "باسم", "فادي"] {
            assert_eq!(strip_proclitics(name), name);
        }
    }

    #[test]
    fn glued_words_are_seen() {
        assert!(glued("الإيرانيةصدّ"));
        assert!(glued("كاراباخبعدالتوصّل"));
        assert!(!glued("عبدالله"));
        assert!(!glued("الإيرانية"));
        assert!(!glued("هنية"));
    }
}
