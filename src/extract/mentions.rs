//! Entity mentions: longest alias match over token search keys, nationality adjectives, then
//! context rules for bare surnames.
//!
//! At each token the longest of three matches wins: a gazetteer alias, a nationality adjective
//! (`adjectives`), and a phrase that is not a mention (`Gazetteer::not_mentions`: «مسقط رأسه»). A
//! name inside a longer name of something else is not that name: after a landmark noun («دوار
//! الكويت», «جامعة دمشق»), before an outlet's adjective («القاهرة الإخبارية»), or written with ال
//! when the name never takes it («الجنين» is a foetus, not Jenin).

mod adjectives;

use super::doc::{strip_conj, Doc};
use super::gazetteer::{AliasKind, Gazetteer, Kind};
use super::words;
use super::Field;
use crate::arabic;
pub use crate::vocab::MentionForm as Form;

#[derive(Debug, Clone)]
pub struct Mention {
    /// Index into the gazetteer's entities (`Gazetteer::entity`).
    pub entity: u32,
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub(crate) alias: AliasKind,
    /// Token range [a, b) in the field's `Doc`.
    pub(crate) toks: (usize, usize),
    /// Proclitics in front of the matched name («ب» in «بباريس», «ل» in «لوكالة»), normalised.
    pub(crate) prefix: String,
    /// A name, or a nationality adjective of a country («السوري» for Syria).
    pub form: Form,
}

/// Proclitic letters tried when a token's own search key matches nothing (the search form may keep a
/// one-letter preposition that the lexicon did not know to strip).
const PROCLITICS: [&str; 10] = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"];

struct Hit {
    entity: u32,
    alias: AliasKind,
    len: usize,
    prefix: String,
}

fn match_at(g: &Gazetteer, d: &Doc, i: usize) -> Option<Hit> {
    let t = &d.toks[i];
    let try_key = |key: &str| -> Option<(u32, AliasKind, usize)> {
        let cands = g.first.get(key)?;
        let matches = |a: &&super::gazetteer::Alias| {
            let n = a.rest.len();
            if i + 1 + n > d.len() {
                return false;
            }
            // A multi-word name never spans a sentence break, nor a comma («قالت روسيا، اليوم
            // السبت، …» is Russia, not the channel «روسيا اليوم»).
            if n > 0 && (i..i + n).any(|j| d.breaks_after(j)) {
                return false;
            }
            a.rest
                .iter()
                .zip(&d.toks[i + 1..])
                .all(|(w, tok)| **w == *tok.key)
                // Keys are stems: the first word must be the name's own («كاميرات» is not
                // «الكاميرون», «حركات» not «حركة»; see `Alias::words`).
                && a.words.as_ref().is_none_or(|ws| {
                    super::gazetteer::is_word_of_name(&t.norm, &ws[0])
                })
        };
        let best = cands.iter().find(matches)?;
        let n = best.rest.len();
        // Homographs: another entity's alias of the same length matches too («عمّان» Amman and «عُمان»
        // Oman are both «عمان» once normalised). The text's own vowel marks decide; without them the
        // name is not linked rather than guessed.
        let rivals: Vec<u32> = cands
            .iter()
            .filter(|a| a.rest.len() == n && a.entity != best.entity && matches(a))
            .map(|a| a.entity)
            .collect();
        if rivals.is_empty() {
            return Some((best.entity, best.kind, n + 1));
        }
        let marks = vowel_marks(d.slice(i, i + n + 1));
        let mut fitting = std::iter::once(best.entity)
            .chain(rivals.iter().copied())
            .filter(|&e| {
                // The name's own marks are all written in the text (more may be: «عَمّان»).
                let own = vowel_marks(&g.entity(e).name);
                !own.is_empty() && own.iter().all(|m| marks.contains(m))
            });
        if let (Some(e), None) = (fitting.next(), fitting.next()) {
            return Some((e, best.kind, n + 1));
        }
        // Unmarked: a type word just before decides by kind («العاصمة الأردنية عمان», «مدينة
        // عمان» a city; «سلطنة عمان» a country); else nothing is guessed.
        let kind = kind_cue(d, i)?;
        let mut of_kind = std::iter::once(best.entity)
            .chain(rivals)
            .filter(|&e| g.entity(e).kind == kind);
        match (of_kind.next(), of_kind.next()) {
            (Some(e), None) => Some((e, best.kind, n + 1)),
            _ => None,
        }
    };
    if let Some((entity, alias, len)) = try_key(&t.key) {
        let prefix = t
            .norm
            .strip_suffix(t.key.as_str())
            .unwrap_or("")
            .to_string();
        return Some(Hit {
            entity,
            alias,
            len,
            prefix,
        });
    }
    for p in PROCLITICS {
        if let Some(rest) = words::strip_prefix(&t.norm, p) {
            if rest.chars().count() < 2 {
                continue;
            }
            let key = arabic::search_form(rest);
            // The word after the proclitic is the name itself, not a plural of something else
            // («لليمين» is ل + اليمين, the right wing, not ل + «ليمين» → Lima).
            if rest
                .strip_prefix(key.as_str())
                .is_none_or(|r| r.chars().count() > 1)
            {
                continue;
            }
            if let Some((entity, alias, len)) = try_key(&key) {
                return Some(Hit {
                    entity,
                    alias,
                    len,
                    prefix: p.to_string(),
                });
            }
        }
    }
    None
}

/// Words that say what kind of place follows, one or two words before it (the second may be an
/// adjective: «العاصمة الأردنية»). Bare normalised forms.
const PLACE_CUES: [&str; 5] = ["العاصمه", "عاصمه", "مدينه", "المدينه", "بلده"];
const COUNTRY_CUES: [&str; 6] = ["سلطنه", "دوله", "مملكه", "جمهوريه", "بلاد", "اماره"];

fn kind_cue(d: &Doc, i: usize) -> Option<Kind> {
    for j in (i.saturating_sub(2)..i).rev() {
        if d.breaks_after(j) {
            return None;
        }
        let n = strip_conj(&d.toks[j].norm);
        let n = n
            .strip_prefix(['ب', 'ل', 'ك'])
            .filter(|r| r.chars().count() > 2)
            .unwrap_or(n);
        if PLACE_CUES.contains(&n) {
            return Some(Kind::Place);
        }
        if COUNTRY_CUES.contains(&n) {
            return Some(Kind::Country);
        }
    }
    None
}

/// The Arabic vowel marks and shadda of a text, in order (U+064B–U+0652): what tells «عمّان» from «عُمان».
fn vowel_marks(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| ('\u{064B}'..='\u{0652}').contains(c))
        .collect()
}

/// The length of a phrase that is not a mention starting at token `i` («مسقط رأسه»), if any.
fn not_mention_at(g: &Gazetteer, d: &Doc, i: usize) -> Option<usize> {
    let v = g.not_mentions.get(d.toks[i].key.as_str())?;
    v.iter()
        .find(|rest| {
            i + 1 + rest.len() <= d.len()
                && !(i..i + rest.len()).any(|j| d.toks[j].sep & super::doc::SEP_SENTENCE != 0)
                && rest
                    .iter()
                    .zip(&d.toks[i + 1..])
                    .all(|(w, t)| **w == *t.key)
        })
        .map(|rest| rest.len() + 1)
}

/// Nouns that head the name of a landmark or an institution named after a place («دوار الكويت»,
/// «جامعة دمشق», «مطار بيروت»): the place inside is not mentioned as such. Bare normalised forms.
const LANDMARK_HEADS: &[&str] = &[
    "دوار",
    "شارع",
    "ساحه",
    "ميدان",
    "جسر",
    "قلعه",
    "مطار",
    "ميناء",
    "فندق",
    "مستشفي",
    "جامعه",
    "سوق",
    "مسجد",
    "جامع",
    "كنيسه",
    "ملعب",
    "استاد",
    "برج",
    "محطه",
    "سجن",
    "نادي",
    "بوابه",
    "غلاف",
];

/// Adjectives that make a place name the name of an outlet or agency («القاهرة الإخبارية», «سوريا
/// الفضائية»): bare normalised forms.
const OUTLET_TAILS: &[&str] = &["الاخباريه", "الاخباري", "الفضاييه", "للانباء", "الاخبار"];

/// Generic heads of an organisation's name that a country's own body shares («مجلس الأمن» is the UN
/// Security Council, «مجلس الأمن القومي» and «مجلس الأمن الأرميني» national councils). Bare forms.
const GENERIC_ORG_HEADS: &[&str] = &["مجلس", "الجمعيه", "اللجنه", "المحكمه", "المجلس", "لجنه"];

/// Adjectives that make such a generic name a national body.
const NATIONAL: &[&str] = &["القومي", "الوطني", "الاعلي", "المحلي"];

/// Nouns before an organisation's name that make a longer name of another body of it («بعثة الأمم
/// المتحدة» is UNSMIL, «برنامج الأمم المتحدة الإنمائي» UNDP). Bare normalised forms.
const SUB_BODY_HEADS: &[&str] = &[
    "بعثه",
    "برنامج",
    "مفوضيه",
    "صندوق",
    "مكتب",
    "وكاله",
    "لجنه",
    "منسق",
    "منسقه",
    "هييه",
];

/// Is the organisation match at [a, b) part of another body's name: a national council
/// («مجلس الأمن القومي») or a body of it («بعثة الأمم المتحدة»)?
/// `prefix`: the match's proclitics (with «ل», «بعثة للأمم المتحدة» is a mission for the UN).
fn other_body(g: &Gazetteer, d: &Doc, a: usize, b: usize, prefix: &str) -> bool {
    let sub = a > 0
        && matches!(prefix, "" | "ال")
        && !d.breaks_after(a - 1)
        && SUB_BODY_HEADS.contains(&d.bare(a - 1));
    let national = b - a <= 2
        && b < d.len()
        && !d.breaks_after(b - 1)
        && GENERIC_ORG_HEADS.contains(&d.bare(a))
        && (NATIONAL.contains(&d.toks[b].norm.as_str()) || adjectives::at(g, d, b).is_some());
    sub || national
}

/// Adjectives that make a country's name the name of another region when no alias covers the
/// pair («أميركا اللاتينية» is Latin America, «أفريقيا الوسطى» the Central African Republic or
/// the region, «ألمانيا الشرقية» a state of its own): bare normalised forms. Names the gazetteer
/// has («كوريا الشمالية») are matched whole before this is asked.
const REGION_TAILS: &[&str] = &[
    "اللاتينيه",
    "الوسطي",
    "الشرقيه",
    "الغربيه",
    "الشماليه",
    "الجنوبيه",
    "الشرقي",
    "الغربي",
    "الشمالي",
    "الجنوبي",
];

/// Is the place or country match at [a, b) inside a longer name of something else? A country
/// followed by a region's adjective is another region (a city so followed is a part of it:
/// «القدس الشرقية» is in Jerusalem).
fn inside_other_name(d: &Doc, a: usize, b: usize, kind: Kind) -> bool {
    let before = a > 0 && !d.breaks_after(a - 1) && {
        let n = strip_conj(&d.toks[a - 1].norm);
        let n = n
            .strip_prefix(['ب', 'ل', 'ك'])
            .filter(|r| r.chars().count() > 2)
            .unwrap_or(n);
        LANDMARK_HEADS.contains(&n)
    };
    let tail = |list: &[&str]| {
        b < d.len() && !d.breaks_after(b - 1) && list.contains(&d.toks[b].norm.as_str())
    };
    before
        || tail(OUTLET_TAILS)
        || (kind == Kind::Country && tail(REGION_TAILS))
        || english_longer_name(d, a, b, kind)
}

/// English capitalises every word of a name, so a place name next to another capitalised word
/// is part of a longer one: «Paris Hilton», «Jordan Bardella», «Paris Agreement», «Cairo
/// University»; a country after a region's word is another region («Latin America»). Not when
/// the word is a day or month («in Paris Tuesday») or the text capitalises every word (a
/// headline: «Blinken Visits Cairo For Talks»).
fn english_longer_name(d: &Doc, a: usize, b: usize, kind: Kind) -> bool {
    let capital = |i: usize| {
        let w = d.slice(i, i + 1);
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphabetic())
    };
    if !capital(a) {
        return false;
    }
    let starts_sentence = |i: usize| i == 0 || d.toks[i - 1].sep & super::doc::SEP_SENTENCE != 0;
    let joined_before = a > 0 && !d.breaks_after(a - 1);
    if joined_before && capital(a - 1) {
        if kind == Kind::Country && ENGLISH_REGION_WORDS.contains(&d.toks[a - 1].norm.as_str()) {
            return true;
        }
        if !starts_sentence(a - 1) {
            // Title case: every word capitalised, so capitals say nothing.
            return false;
        }
    }
    let next = b < d.len() && !d.breaks_after(b - 1) && capital(b);
    next && !ENGLISH_NOT_NAME_WORDS.contains(&d.toks[b].norm.as_str())
}

/// Words before a country's English name that make it another region. Lower case.
const ENGLISH_REGION_WORDS: &[&str] = &[
    "latin", "south", "north", "east", "west", "central", "southern", "northern", "eastern",
    "western",
];

/// Capitalised words that may follow a place without making a longer name: days, months, and
/// the words a headline or a list capitalises. Lower case.
const ENGLISH_NOT_NAME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "and",
    "or",
    "on",
    "in",
    "at",
    "for",
    "to",
    "from",
    "with",
    "by",
    "of",
    "the",
    "a",
    "an",
    "is",
    "are",
    "was",
    "said",
    "says",
    "i",
];

/// Would the gazetteer scan refuse a match of `kind` at tokens [a, b): a phrase that is not a
/// mention covers it, or it is inside the name of a landmark, an outlet, a national council or an
/// organisation's body? The tagger's linker asks before it links a span, so containment holds for
/// tagged spans too.
pub(crate) fn refused(g: &Gazetteer, d: &Doc, a: usize, b: usize, kind: Kind) -> bool {
    let phrase =
        (a.saturating_sub(4)..=a).any(|i| not_mention_at(g, d, i).is_some_and(|n| i + n > a));
    phrase
        || (kind.is_geo() && inside_other_name(d, a, b, kind))
        || (kind == Kind::Org && other_body(g, d, a, b, ""))
}

/// All mentions of one field, before bare surnames are resolved (those carry their first candidate).
pub(crate) fn scan(g: &Gazetteer, d: &Doc, field: Field, out: &mut Vec<Mention>) {
    let first = out.len();
    let mut i = 0;
    while i < d.len() {
        let hit = match_at(g, d, i);
        let adj = adjectives::at(g, d, i);
        let name_len = hit.as_ref().map_or(0, |h| h.len);
        let adj_len = adj.as_ref().map_or(0, |a| a.len);
        // A phrase that is not a mention wins over a name or adjective inside it, not over a longer one.
        if let Some(n) = not_mention_at(g, d, i).filter(|&n| n > name_len.max(adj_len)) {
            i += n;
            continue;
        }
        if let Some(a) = adj.filter(|a| a.len >= name_len) {
            // A form that is also the country's name («سورية», «السعودية») is the adjective only
            // after a noun it agrees with; otherwise it is the name.
            let form = if a.also_name {
                Some(if adjectives::agrees_as_adjective(d, i, &a) {
                    Form::Adjective
                } else {
                    Form::Name
                })
            } else if adjectives::qualifies(g, d, i, &a, &out[first..], field) {
                Some(Form::Adjective)
            } else {
                None
            };
            // Otherwise a word shaped like the adjective is a family or given name («محمد
            // المصري», «الأمير تركي»), and no mention, not even of what its stem matched.
            if let Some(form) = form {
                let b = i + a.len;
                out.push(Mention {
                    entity: a.entity,
                    field,
                    start: d.toks[i].start,
                    end: d.toks[b - 1].end,
                    surface: d.slice(i, b).to_string(),
                    alias: AliasKind::Name,
                    toks: (i, b),
                    prefix: a.prefix,
                    form,
                });
            }
            i += a.len;
            continue;
        }
        let Some(hit) = hit else {
            i += 1;
            continue;
        };
        let b = i + hit.len;
        let kind = g.entity(hit.entity).kind;
        // «آل الأسد» is the family, not one of its members.
        let family = hit.alias == AliasKind::Short && i > 0 && d.toks[i - 1].norm == "ال";
        // «وزير الخارجية السوري» is the minister, not the ministry («الخارجية السورية»); the
        // adjective after the title still names the country.
        if i > 0 && kind == Kind::Org && d.toks[i - 1].key.ends_with("وزير") {
            i += 1;
            continue;
        }
        // «الجنين», «الحماس»: ال on a one-word name that never takes it.
        let article = hit.len == 1
            && g.never_definite[hit.entity as usize]
            && (hit.prefix.ends_with("ال") || hit.prefix.ends_with("لل"));
        // «خليل», «رياض»: a one-word name always written with ال, here without it.
        let article = article
            || (hit.len == 1
                && g.always_definite[hit.entity as usize]
                && !d.toks[i].norm.is_ascii()
                && !written_definite(&d.toks[i].norm));
        let other_name = (matches!(kind, Kind::Place | Kind::Country)
            && inside_other_name(d, i, b, kind))
            || (kind == Kind::Org && other_body(g, d, i, b, &hit.prefix));
        if !family && !article && !other_name {
            out.push(Mention {
                entity: hit.entity,
                field,
                start: d.toks[i].start,
                end: d.toks[b - 1].end,
                surface: d.slice(i, b).to_string(),
                alias: hit.alias,
                toks: (i, b),
                prefix: hit.prefix,
                form: Form::Name,
            });
        }
        i = b;
    }
}

/// Does a normalised word carry the article, after at most two proclitic letters («الخليل»,
/// «بالخليل», «وبالخليل», «للخليل»)?
fn written_definite(n: &str) -> bool {
    let proclitic = |c: char| matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل');
    let mut rest = n;
    for _ in 0..3 {
        if rest.starts_with("ال") || rest.starts_with("لل") {
            return true;
        }
        match rest.chars().next() {
            Some(c) if proclitic(c) => rest = &rest[c.len_utf8()..],
            _ => return false,
        }
    }
    false
}

/// Resolves bare surnames (alias kind 'short') in reading order (title, then body): to the most
/// recent earlier full name ending in that word; else a full name of a candidate anywhere in the
/// article; else the only gazetteer person with that short form; otherwise the mention is dropped.
pub(crate) fn resolve_shorts(g: &Gazetteer, ms: &mut Vec<Mention>, docs: [&Doc; 2]) {
    let last_key = |m: &Mention| -> String {
        let d = docs[m.field as usize];
        d.toks[m.toks.1 - 1].key.clone()
    };
    let mut keep = vec![true; ms.len()];
    for i in 0..ms.len() {
        if ms[i].alias != AliasKind::Short {
            continue;
        }
        let key = last_key(&ms[i]);
        let cands: &[u32] = g.shorts.get(key.as_str()).map_or(&[], |v| v.as_slice());
        let full =
            |m: &Mention| m.alias != AliasKind::Short && g.entity(m.entity).kind == Kind::Person;
        let earlier = ms[..i]
            .iter()
            .rev()
            .find(|m| full(m) && last_key(m) == key)
            .map(|m| m.entity);
        let anywhere = || {
            ms.iter()
                .find(|m| full(m) && cands.contains(&m.entity))
                .map(|m| m.entity)
        };
        let unique = || (cands.len() == 1).then(|| cands[0]);
        match earlier.or_else(anywhere).or_else(unique) {
            Some(e) => ms[i].entity = e,
            None => keep[i] = false,
        }
    }
    let mut k = keep.into_iter();
    ms.retain(|_| k.next().unwrap_or(true));
}
