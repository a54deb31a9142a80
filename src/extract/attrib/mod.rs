//! Attributions: who the article credits for a claim («أفاد مصدر دبلوماسي لوكالة الأنباء الفرنسية»),
//! through whom, and the sentence it supports.
//!
//! A cue is a reporting verb in past, present or participle form («قال», «تؤكد», «مشيراً»), a
//! preposition («بحسب», «وفقاً لـ», «نقلاً عن») or its English counterpart («said», «told», «according
//! to»). The credited party is the noun phrase right after the cue (verb–subject order) or ending right
//! before it (subject–verb order). The phrase is kept whether or not the gazetteer knows it, typed by
//! its head: a name or title is a person, «وزارة …» an organisation, «صحيفة …» an outlet, «مصادر محلية»
//! a descriptive source, «مصدر دبلوماسي», «مصدران أمنيان», «3 مصادر» anonymous. Objects and venues
//! after the verb («أعلنت وقف تمويلها لوكالة …», «أكد، خلال جلسة لمجلس الأمن») are never the party: a
//! verb without a subject phrase of its own («وأضاف», «وختم بالقول», «مشيراً إلى») takes the party of
//! the last attribution in the paragraph whose verb agrees with it in gender, and otherwise yields
//! nothing. Chains give source and via, who said it and through whom: a named person or
//! organisation is the source and the relay its via («X نقلاً عن Y», «ذكرت X أن Y أكد», «قال Y
//! لوكالة X», «…، بحسب X» → source Y, via X); an unnamed source stays behind the outlet that vouches
//! for it (source X, via «مصدر دبلوماسي», `anonymous`). The article's own
//! correspondents and sources («مراسل الميادين» in an Al Mayadeen article) are self-reported: the
//! source is the article's outlet, its text the phrase as written, and no via stands between.
//! Coreference stays within the article and is never guessed: «البيان» credits the issuer of the
//! statement credited last («… في بيان», «بحسب بيان وزارة …»), «الصحيفة» the outlet credited last,
//! «الرئيسان» the two people named last; without an antecedent a document is credited as written
//! («وأشار التقرير» → «التقرير», descriptive) and the others give no row.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::doc::{Doc, Tok, SEP_CLAUSE, SEP_PARAGRAPH, SEP_SENTENCE};
use super::gazetteer::{Gazetteer, Kind};
use super::mentions::Mention;
use crate::arabic;

mod chains;
mod ctx;
mod cues;
mod english;
mod glued;
mod lexicon;
mod party;
mod source;
#[cfg(test)]
mod tests;

use chains::merge_chains;
use ctx::*;
pub(crate) use cues::is_past_reporting;
use cues::*;
use english::*;
pub(crate) use glued::glued;
use party::*;

pub use crate::vocab::SourceType;

/// Does a source phrase name someone through their kin («والدة الأسير أحمد …», «نجل ترامب»)? The
/// name inside is then another person's, never the source's entity.
pub(crate) fn kin_phrase(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let n = arabic::normalize(first);
    let n = n
        .strip_prefix('و')
        .filter(|r| lexicon::KIN.contains(r))
        .unwrap_or(&n);
    lexicon::KIN.contains(&n)
}

/// «وقال وزير الخارجية الإيراني، حسين أمير عبد اللهيان، …», then «وأضاف وزير الخارجية الإيراني أنّ
/// …»: a title of two words or more credited alone is the person the rows before it credited with
/// that title and a name right after it (a rank allowed), when exactly one person was; with none
/// before (a lead), the rows after it. Any other row that goes on past the title (another holder
/// with no entity, a longer title) leaves it unlinked.
/// `person(e)` says whether entity e (gazetteer or discovered) is a person. Rows are in text order.
pub(crate) fn link_titles(rows: &mut [Attribution], person: impl Fn(u32) -> bool) {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | '"' | '«' | '»'))
            .map(arabic::normalize)
            .filter(|w| !w.is_empty())
            .collect()
    };
    // Each row's phrase as normal words, once.
    let phrases: Vec<Option<Vec<String>>> = rows
        .iter()
        .map(|r| r.source_text.as_deref().map(words))
        .collect();
    for k in 0..rows.len() {
        let r = &rows[k];
        if r.source.is_some()
            || r.anonymous
            || r.self_reported
            || r.source_type != Some(SourceType::Person)
        {
            continue;
        }
        let Some(title) = phrases[k]
            .as_ref()
            .filter(|_| !r.source_text.as_deref().is_some_and(kin_phrase))
        else {
            continue;
        };
        if title.len() < 2 || !lexicon::TITLE_HEADS.contains(&title[0].as_str()) {
            continue;
        }
        // A row whose phrase goes on past this title: Some(entity) when what follows is the
        // person's name and links, None for anything else (another holder with no entity, a longer
        // title: «الأمين العام للأمم المتحدة، …» for «الأمين العام»), which leaves the title open.
        let extends = |q: usize| -> Option<Option<u32>> {
            let w = phrases[q].as_ref()?;
            if w.len() <= title.len() || !w.starts_with(title) {
                return None;
            }
            let name = &w[title.len()..];
            // «الرئيس الصيني من موسكو», «الرئيس عن هدف …»: where or of what the same title spoke,
            // no other holder.
            if matches!(
                name[0].as_str(),
                "من" | "في" | "عن" | "خلال" | "امام" | "عبر"
            ) {
                return None;
            }
            // The name itself follows, not more of a longer title («المتحدث الرسمي باسم الرئاسة»,
            // «الناطق باسم "سرايا القدس"، أبو حمزة»): ranks and name words, no organisation's. (A
            // name's later words may begin with «ال» or be a title: «نصر الله», «أمير عبد اللهيان».)
            let name_only = name.len() <= 6
                && (lexicon::RANKS.contains(&name[0].as_str())
                    || !(name[0].starts_with("ال")
                        || name[0].starts_with("لل")
                        || matches!(name[0].as_str(), "باسم" | "لدي")))
                && name.iter().all(|n| {
                    let n = n.as_str();
                    lexicon::RANKS.contains(&n)
                        || !(lexicon::ORG_HEADS.contains(&n) || lexicon::OUTLET_HEADS.contains(&n))
                });
            Some(rows[q].source.filter(|&e| name_only && person(e)))
        };
        let before: Vec<Option<u32>> = (0..k).filter_map(extends).collect();
        let after: Vec<Option<u32>> = (k + 1..rows.len()).filter_map(extends).collect();
        // The rows before it; a lead («الرئيس البيلاروسي يؤكد …») only has the body after it.
        let open = before.iter().chain(&after).any(Option::is_none);
        let mut named = if before.is_empty() { after } else { before };
        named.sort_unstable();
        named.dedup();
        let found = match named[..] {
            [Some(e)] if !open => Some(e),
            _ => None,
        };
        rows[k].source = found;
    }
}

/// The source type of a party the gazetteer knows: a country or capital that speaks is an
/// organisation (its government).
fn source_type_of(kind: Kind) -> SourceType {
    match kind {
        Kind::Person => SourceType::Person,
        Kind::Outlet => SourceType::Outlet,
        Kind::Org | Kind::Place | Kind::Country => SourceType::Org,
    }
}

/// «رفضه», «دعمها», «موقفهم»: an ordinary word (of the tagger's training text) with a possessive
/// or object pronoun; `w` normalised, `written` as in the text, where the pronoun's «ه» is no «ة»
/// («جمعة» is a name, «جمعه» normalised).
fn suffixed_common(w: &str, written: &str) -> bool {
    let common = crate::extract::tagger::common_words();
    let written: String = written
        .chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c))
        .collect();
    ["هما", "هم", "ها", "ه"].iter().any(|p| {
        written.ends_with(p)
            && w.strip_suffix(p)
                .is_some_and(|r| r.chars().count() >= 3 && r != "عبد" && common.contains(r))
    })
}

/// Grammatical gender of a cue's subject, read from the verb («قال»/«قالت», «مؤكداً»/«مؤكدةً»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Gender {
    #[default]
    Unknown,
    Masc,
    Fem,
}

impl Gender {
    fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

#[derive(Debug, Clone)]
pub struct Attribution {
    /// Cue span (char offsets in the body): the cue with its source and via phrases.
    pub start: usize,
    pub end: usize,
    pub claim: (usize, usize),
    /// Normalised cue ('افاد', 'وفقا ل', 'نقلا عن', 'said').
    pub cue: String,
    pub cue_text: String,
    /// Gazetteer index of the credited party (outlet, person or org), when the gazetteer knows it.
    pub source: Option<u32>,
    /// The credited party's phrase as written («الخبير الاقتصادي سامر الحلبي»), linked or not.
    pub source_text: Option<String>,
    pub source_type: Option<SourceType>,
    pub via: Option<u32>,
    pub via_text: Option<String>,
    pub via_type: Option<SourceType>,
    /// The chain rests on an unnamed source (anonymous or descriptive).
    pub anonymous: bool,
    /// The article's own correspondent or sources: the source is the article's outlet.
    pub self_reported: bool,
    pub(crate) sentence: u32,
    /// Token range [a, b) of the cue span.
    pub(crate) toks: (usize, usize),
    pub(crate) gender: Gender,
    /// Credited in a phrase of another clause (a verbal noun's subject, the owner of a statement
    /// named in a relative clause): no follow-on verb goes on with it.
    pub(crate) aside: bool,
}

/// A name found by another recogniser (the statistical tagger): char offsets [start, end) in the body
/// and its kind. Source phrases use it like a gazetteer mention without an entity.
#[derive(Debug, Clone, Copy)]
pub struct NameSpan {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// A present-tense cue with words before it in its clause (subject–verb order), not after a particle
/// that opens a verb-first clause («كما يقول الخبير», «إذ تؤكد الوزارة»).
fn present_after_subject(d: &Doc, c: &Cue, i: usize) -> bool {
    // «فيما» is compared whole: without its «ف» («يما») it is no word.
    c.start == i
        && is_present(c)
        && i > 0
        && !d.breaks_after(i - 1)
        && !matches!(d.toks[i - 1].norm.as_str(), "فيما" | "وفيما")
        // «في وقت تتحدث الدوائر الطبية …», «في حين ينفي الحزب …»: «while», verb first.
        && !(i >= 2 && matches!(d.bare(i - 1), "وقت" | "حين") && d.bare(i - 2) == "في")
        && !matches!(
            d.bare(i - 1),
            "كما"
                | "اذ"
                | "فيما"
                | "حيث"
                | "بينما"
                | "ما"
                | "حسبما"
                | "مثلما"
                | "بل"
                | "ثم"
        )
        // «الأرقام التي يقول الاحتلال إنها …»: a relative pronoun the verb does not agree with is
        // not its subject; the subject follows.
        && !disagrees_with_relative(d, c, i)
}

/// «الأرقام التي يقول …», «الموقع الذي تقول …»: does the verb at token i disagree in gender with
/// the relative pronoun right before it (so that it has a subject of its own after it)?
fn disagrees_with_relative(d: &Doc, c: &Cue, i: usize) -> bool {
    i > 0
        && matches!(
            (d.bare(i - 1), c.gender),
            ("التي", Gender::Masc) | ("الذي", Gender::Fem)
        )
}

/// How many people the sentence ending at token `last` names, by name or title: a run of names,
/// titles and adjectives counts once, and so does a title in apposition after a comma («فلان، نقيب
/// الممرضين»). «استقبل الرئيس اللبناني وزير الخارجية الإيراني» names two: a follow-on verb after it
/// could be either's.
fn people_named(cx: &Ctx, last: usize) -> usize {
    let d = cx.d;
    let sent = d.toks[last].sentence;
    let mut first = last;
    while first > 0 && d.toks[first - 1].sentence == sent {
        first -= 1;
    }
    let name = |k: usize| cx.person_at(k);
    // A run of one person's words; `closed` once an adjective or a name has ended its titles
    // («الرئيس اللبناني»), so that a title after it starts another person («… وزير الخارجية»).
    let (mut count, mut in_run, mut closed) = (0, false, false);
    for k in first..=last {
        let w = cx.word(k);
        let joined = k > first && !d.breaks_after(k - 1);
        // «فلان، نقيب الممرضين»: a title in apposition after a comma is the same person.
        let apposition = k > first && in_run && d.toks[k - 1].sep & SEP_CLAUSE != 0;
        if name(k) {
            if !(in_run && (joined || apposition)) {
                count += 1;
            }
            (in_run, closed) = (true, true);
        } else if lexicon::TITLE_HEADS.contains(&w) {
            if !(in_run && ((joined && !closed) || apposition)) {
                count += 1;
            }
            (in_run, closed) = (true, false);
        } else if in_run && joined && is_nisba(w) {
            closed = true;
        } else if !(in_run && joined && w.starts_with("ال")) {
            in_run = false;
        }
    }
    count
}

/// «يقول», «تؤكد»: a present-tense reporting verb.
fn is_present(c: &Cue) -> bool {
    c.kind == CueKind::Verb && is_present_form(&c.norm)
}

/// Is there a colon between token k−1 and token k («وتساءل: كيف …»)? `SEP_CLAUSE` does not tell
/// it from a comma.
fn colon_before(d: &Doc, k: usize) -> bool {
    k > 0 && k < d.len() && d.text[d.toks[k - 1].byte_end..d.toks[k].byte_start].contains(':')
}

/// «، متطرقاً إلى الملف النووي، …»: a participle of manner (indefinite, accusative) opening a phrase
/// in commas right at j; the token after its closing comma.
fn manner_aside(cx: &Ctx, j: usize) -> Option<usize> {
    let d = cx.d;
    let t = d.toks.get(j)?;
    let w = d.slice(j, j + 1);
    if j == 0 || d.toks[j - 1].sep & SEP_CLAUSE == 0 || t.quote != 0 {
        return None;
    }
    if !(t.norm.starts_with('م') && t.norm.ends_with('ا') && w.contains('\u{064B}')) {
        return None;
    }
    let c = (j..(j + 10).min(d.len())).find(|&k| cx.brk(k))?;
    (d.toks[c].sep & SEP_CLAUSE != 0 && d.toks[c].sep & SEP_SENTENCE == 0 && c + 1 < d.len())
        .then_some(c + 1)
}

/// «وأردف، في معرض ردّه بشأن العمليات والتطورات الجارية في الضفة الغربية أنّ …»: a verb at i
/// with a comma right after it, then a prepositional aside of up to 24 tokens with no name or title
/// in it (that would be a subject after the aside), then a complementizer, in the same sentence.
fn long_aside_claim(cx: &Ctx, i: usize, after: usize) -> bool {
    let d = cx.d;
    if after >= d.len() || d.toks[i].sep & SEP_CLAUSE == 0 || d.toks[i].sep & SEP_SENTENCE != 0 {
        return false;
    }
    if !lexicon::PP_HEADS.contains(&cx.word(after)) && !matches!(cx.word(after), "بشان" | "ردا")
    {
        return false;
    }
    for k in after..(after + 24).min(d.len()) {
        if k > after && is_complementizer(d.bare(k)) {
            return true;
        }
        if d.toks[k].quote != 0
            || d.toks[k].sep & SEP_SENTENCE != 0
            || lexicon::TITLE_HEADS.contains(&cx.word(k))
            || cx.mention(k).is_some_and(|m| cx.kind(m) == Kind::Person)
            || verb_form(d.bare(k)).is_some()
        {
            return false;
        }
    }
    false
}

/// «المسؤولية» within the clause from token k: «حمّل» (carried) then assigns blame.
fn blame_follows(d: &Doc, k: usize) -> bool {
    // «وحمّل أودينغا، الذي قال إنّ …، الحكومة مسؤولية …»: past an apposition, within its sentence.
    // Not past «فيما»/«بينما», which open another's clause («…، فيما قالت الشرطة إنّ المسؤولية …»).
    (k..(k + 16).min(d.len()))
        .take_while(|&j| {
            (j == k || d.toks[j - 1].sep & SEP_SENTENCE == 0)
                && !matches!(
                    d.toks[j].norm.as_str(),
                    "فيما" | "بينما" | "وفيما" | "وبينما"
                )
        })
        .any(|j| matches!(d.bare(j), "المسووليه" | "مسووليه" | "تداعيات" | "تبعات"))
}

/// After «أقرّ»'s party (from token k): what it acknowledges, «أنّ …», «قائلاً …» or «بـ» with a noun
/// («بمقتل جندي») right after the party or after a comma («، أول أمس، بمخاطر …»). Not a law it
/// passes («يقرّ قانون "…" بالقراءة الثالثة»), an indefinite object («بنداً»), nor another verb's
/// claim («تقرّ قانوناً، وخبراء يقولون إنّه …»).
fn acknowledged(cx: &Ctx, k: usize) -> bool {
    let d = cx.d;
    // «وأقرّ الرئيس قائلاً: "…"»: the cue took the participle in.
    if k > 0 && matches!(d.bare(k - 1), "قايلا" | "قايله") {
        return true;
    }
    for j in k..(k + 10).min(d.len()) {
        // «تعديلات يقرّها الكنيست.»: what ends with the party's sentence acknowledges nothing.
        if j > 0 && d.toks[j - 1].sep & (SEP_SENTENCE | SEP_PARAGRAPH) != 0 {
            return false;
        }
        let w = d.bare(j);
        if cx.is_cue_word(j) && !matches!(w, "قايلا" | "قايله") {
            return false;
        }
        // Right after the party or a comma: «أقرّت البرازيل تسديد …، خصوصاً أنّ …» acknowledges
        // nothing.
        // «أقرّ الاحتلال اليوم بمقتل …»: past adverbs of time.
        let opens = j == k
            || d.toks[j - 1].sep & SEP_CLAUSE != 0
            || (k..j).all(|x| lexicon::SKIP_ADV.contains(&cx.word(x)));
        if opens
            && d.toks[j].quote == 0
            && (is_complementizer(w) || matches!(w, "قايلا" | "قايله") || carried_claim("اقر", w))
        {
            return true;
        }
    }
    false
}

/// A verb-first phrase that is the object of an accusation or of blame: the charge («بـ…») or
/// «المسؤولية» follows it right away.
fn object_of_charge(cx: &Ctx, c: &Cue, p: &Party) -> bool {
    let d = cx.d;
    let Some((s, e)) = p.span else {
        return false;
    };
    if s < c.after || e >= d.len() || !matches!(c.stem, "اتهم" | "حمل") {
        return false;
    }
    // «اتهم الصين، الأسبوع الماضي، بأنها …»: past an adverbial in commas.
    let k = cx.skip_adverbials(e).map_or(e, |(k, _)| k);
    match c.stem {
        "اتهم" => d.bare(k).starts_with('ب'),
        _ => matches!(d.bare(k), "المسووليه" | "مسووليه" | "تداعيات" | "تبعات"),
    }
}

/// A verb-first phrase headed by a title of the other gender («انتقدت الرئيسَ …», «قال الوزيرةُ»):
/// a verb agrees with a person that is its subject, so this one is its object.
fn gender_clash(cx: &Ctx, c: &Cue, p: &Party) -> bool {
    let Some((s, _)) = p.span else {
        return false;
    };
    if s < c.after || c.kind != CueKind::Verb {
        return false;
    }
    let w = cx.word(s);
    // «السفارة», «الاتحاد» kept as written (nothing named before to point back to) are organisations
    // by their head.
    let bare = w.strip_prefix("ال").unwrap_or(w);
    let org = p.source_type == Some(SourceType::Org)
        || (p.source_type == Some(SourceType::Descriptive)
            && p.source.is_none()
            && (lexicon::ORG_HEADS.contains(&bare) || lexicon::OUTLET_HEADS.contains(&bare)));
    // «وحثت الجيش المالي على …», «وطالبت مجلس الأمن بالتحرك»: a feminine verb before a masculine
    // organisation's head, named or not; the subject was dropped and the organisation is the object.
    if org && c.gender == Gender::Fem {
        return matches!(
            bare,
            "جيش"
                | "حزب"
                | "مجلس"
                | "مكتب"
                | "وفد"
                | "اتحاد"
                | "مركز"
                | "تحالف"
                | "برلمان"
                | "صندوق"
                | "بنك"
        );
    }
    // «يطالب منظمة شنغهاي بـ…», «ودعا الحكومة إلى …»: a masculine verb before an organisation
    // named by a feminine noun; the subject was dropped and the organisation is the object.
    // Only right after a verb that takes an object (appeals, accusations, the present tense).
    if org
        && c.gender == Gender::Masc
        && s == c.after
        && w.ends_with('ه')
        && (is_present(c)
            || matches!(
                c.stem,
                "دعا" | "طالب" | "حث" | "ناشد" | "اتهم" | "اوصي"
                    // «وانتقد الحكومة بشدة», «وحذّر الحكومة من …», «ووصف الحكومة بأنها …».
                    | "انتقد" | "حذر" | "هاجم" | "ادان" | "استنكر" | "وصف"
            ))
    {
        return true;
    }
    // «ودعا المنظمات الدولية إلى …»: a masculine verb right before bodies in the feminine plural
    // (which take a feminine verb: «ودعت المنظمات»); they are the ones called on.
    if p.source_type == Some(SourceType::Descriptive)
        && c.gender == Gender::Masc
        && s == c.after
        && w.ends_with("ات")
        && matches!(
            bare,
            "منظمات" | "مجموعات" | "جمعيات" | "حركات" | "سفارات" | "شركات"
        )
    {
        return true;
    }
    // «ودعت أبناء الشعب إلى …», «يدعو أبناء الشعب اليمني إلى …»: people in the masculine plural
    // after a feminine verb, or «أبناء» after a call, are the ones called on.
    if p.source_type == Some(SourceType::Descriptive)
        && ((c.gender == Gender::Fem
            && (matches!(w, "ابناء" | "روساء" | "قاده" | "زعماء" | "اعضاء" | "نواب")
                || lexicon::TRADE_PLURALS.contains(&w)
                || ((w.ends_with("ون") || w.ends_with("ين")) && w.chars().count() >= 6)))
            || (w == "ابناء" && matches!(c.stem, "دعا" | "حث" | "طالب" | "ناشد")))
    {
        return true;
    }
    // «ودعا منظمات حقوق الإنسان إلى …»: a plural of things takes a feminine verb when it is
    // the subject.
    // So does «القوى», «الفصائل», «الدول» («كما دعا القوى الرافضة …»).
    if lexicon::GROUP_BODIES.contains(&w) || matches!(w, "القوي" | "الفصايل" | "الدول")
    {
        return c.gender == Gender::Masc;
    }
    if p.source_type != Some(SourceType::Person) {
        return false;
    }
    // «وقالت عضو الكونغرس …», «أكدت نائب الرئيس …»: a woman under a title written in the
    // masculine; these verbs take no person as object, so the title is their subject.
    let says = matches!(
        c.stem,
        "قال"
            | "اكد"
            | "اوضح"
            | "اضاف"
            | "اشار"
            | "لفت"
            | "افاد"
            | "صرح"
            | "تابع"
            | "اردف"
    );
    lexicon::TITLE_HEADS.contains(&w)
        && match c.gender {
            Gender::Fem => !w.ends_with('ه') && !says,
            // «عمدة» (mayor) is masculine, its «ة» notwithstanding.
            Gender::Masc => w.ends_with('ه') && !matches!(w, "عمده" | "العمده"),
            Gender::Unknown => false,
        }
}

/// «وأضاف أنّ "رئيس الحكومة بنيامين نتنياهو قال إنه …"»: a quotation that opens right after a
/// complementizer may report a speech of its own, its subject first. The quotation's first token,
/// when the token at i is in one such and at most eight tokens into it, in the same sentence.
fn quote_after_that(d: &Doc, i: usize) -> Option<usize> {
    let q = d.toks[i].quote;
    if q == 0 {
        return None;
    }
    let s = (i.saturating_sub(8)..=i).find(|&k| d.toks[k].quote == q)?;
    (s > 0
        && d.toks[s - 1].quote == 0
        && is_complementizer(d.bare(s - 1))
        && (s..i).all(|k| d.toks[k].quote == q && d.toks[k].sep & SEP_SENTENCE == 0))
    .then_some(s)
}

/// «مصادر سياسية إسرائيلية، تقول إنّ …»: the unnamed source that opens the sentence of the
/// present-tense verb at i and ends at the comma right before it, when a claim follows the verb.
fn apposed_unnamed(cx: &Ctx, i: usize) -> Option<Np> {
    let d = cx.d;
    let s = (0..i)
        .rev()
        .take_while(|&k| k == i - 1 || !cx.brk(k))
        .last()?;
    let opens = s == 0 || d.toks[s - 1].sep & (SEP_SENTENCE | SEP_PARAGRAPH) != 0;
    // A present form («تقول», «يؤكد»), right after the comma of the same paragraph.
    let present = d.bare(i).starts_with(['ي', 'ت']);
    if !present || d.toks[i - 1].sep & (SEP_SENTENCE | SEP_PARAGRAPH) != 0 {
        return None;
    }
    let np = cx.np_at(s, false, false)?;
    (opens
        && np.b == i
        && matches!(np.ty, Some(SourceType::Anonymous | SourceType::Descriptive))
        && !np.backref
        // The claim right after the verb, or after the one spoken to: not «مصادر …، يقول المراسل
        // إنها …», where the verb has a subject of its own.
        && {
            let k = cx.recipient(i + 1).map_or(i + 1, |(_, e, _)| e);
            k < d.len() && (is_complementizer(d.bare(k)) || d.toks[k].quote != 0)
        })
    .then_some(np)
}

/// The antecedent of a relative pronoun whole, not the end of a longer phrase («عضو الكنيست، الذي
/// دعا …» is no «الكنيست»): linked, or not after a title's or an unnamed source's head.
fn whole_antecedent(cx: &Ctx, p: &Party) -> bool {
    p.source.is_some()
        || p.span.is_some_and(|(a, _)| {
            a == 0 || cx.brk(a - 1) || {
                let w = cx.word(a - 1);
                let b = w.strip_prefix("ال").unwrap_or(w);
                !lexicon::TITLE_HEADS.contains(&w)
                    && !lexicon::TITLE_HEADS.contains(&b)
                    && !lexicon::ANON_HEADS.contains(&b)
            }
        })
}

/// Is the verb at i right after «كان قد» / «كانت قد» («وكان قد صرّح»)?
fn after_kana_qad(d: &Doc, i: usize) -> bool {
    i >= 2 && matches!(d.bare(i - 2), "كان" | "كانت") && d.bare(i - 1) == "قد"
}

/// A verb that opens its paragraph as a continuation of the speaker before: «وأضاف …», «كما
/// أشار …», or after a short adverbial opener in commas that names nobody («وفي التفاصيل، قال …»,
/// «في غضون ذلك، بيّنت …»).
fn opens_paragraph(cx: &Ctx, i: usize) -> bool {
    let d = cx.d;
    let starts = |k: usize| k == 0 || d.toks[k - 1].sep & SEP_PARAGRAPH != 0;
    if starts(i) {
        return d.toks[i].norm.starts_with('و');
    }
    if i >= 1 && starts(i - 1) && matches!(d.bare(i - 1), "كما") {
        return true;
    }
    // «وكان قد صرّح بأنّ …»: the auxiliary with no subject of its own.
    if after_kana_qad(d, i) && starts(i - 2) && d.toks[i - 2].norm.starts_with('و') {
        return true;
    }
    // «واستدرك قائلاً: …», «وردّ قائلاً إنّ …»: a verb with no subject, then «saying».
    if i >= 1
        && starts(i - 1)
        && d.toks[i - 1].norm.starts_with('و')
        && d.toks[i - 1].sep & SEP_CLAUSE == 0
        && matches!(d.bare(i), "قايلا" | "قايله")
    {
        return true;
    }
    // The openers below are longer or rarer: only with the claim right after the verb («أنّ»,
    // «إلى أنّ», a colon and a quotation), where the verb can have no subject of its own.
    let claim_next = || {
        let next = |k: usize| if k < d.len() { d.bare(k) } else { "" };
        is_complementizer(next(i + 1))
            || (matches!(next(i + 1), "الي" | "علي") && is_complementizer(next(i + 2)))
            || (d.toks[i].sep & SEP_CLAUSE != 0 && d.toks.get(i + 1).is_some_and(|t| t.quote != 0))
    };
    // «كذلك، أكّد أنّ …», «كذلك قال إنّ …»: «also»; «وإذ أكّد أنّ …، دعا …» (while), «وقد أكّد أنّ»,
    // «ثم قال إنّ».
    if i >= 1
        && starts(i - 1)
        && matches!(
            d.toks[i - 1].norm.as_str(),
            "كذلك" | "وكذلك" | "اذ" | "واذ" | "وقد" | "ثم"
        )
        && d.toks[i - 1].sep & SEP_SENTENCE == 0
    {
        return claim_next();
    }
    // The paragraph's first token, at most four tokens back («وفي التفاصيل، قال»), or eight with
    // the claim right after the verb («ورداً على سؤال بشأن الصفقة، قال إنّ», «وفيما يخص الأسرى،
    // كشف أنّ»).
    let Some(p) = (i.saturating_sub(8)..i).find(|&k| starts(k)) else {
        return false;
    };
    let short = i - p <= 4 && matches!(d.bare(p), "في" | "وفي");
    let long = (matches!(d.toks[p].norm.as_str(), "فيما" | "وفيما")
        || matches!(
            d.bare(p),
            "في" | "وفي"
                | "ردا"
                | "وردا"
                | "فيما"
                | "وفيما"
                | "حول"
                | "وحول"
                | "بشان"
                | "وبشان"
                | "خلال"
                | "وخلال"
        ))
        && claim_next();
    (short || long)
        && d.toks[i - 1].sep & SEP_CLAUSE != 0
        && d.toks[i - 1].sep & SEP_SENTENCE == 0
        && (p..i).all(|k| {
            let w = cx.word(k);
            (k + 1 == i || !cx.brk(k))
                && cx.mention(k).is_none()
                && cx.ext_at(k).is_none()
                && !lexicon::TITLE_HEADS.contains(&w)
                && !lexicon::ORG_HEADS.contains(&w)
                && !lexicon::OUTLET_HEADS.contains(&w)
                && !lexicon::STATEMENT_NOUNS.contains(&w)
                // «وخلال كلمة له في …، شدّد على أنّ»: the speaker's own speech, not another's.
                && (!lexicon::VIA_MEDIA.contains(&w)
                    || (k + 1 < i && matches!(cx.word(k + 1), "له" | "لها")))
        })
}

/// «كما دان حمدان العدوان», «ودان الوزير الهجوم»: the masculine «دان» (condemned) is too often a
/// given name («السفير دان شابيرو») to be a cue on its own; it is one before a name the body wrote
/// out, a person or organisation the gazetteer knows, a title or organisation head, or a definite
/// word or quotation when it opens its clause.
fn dan_cue(cx: &Ctx, i: usize) -> Option<Cue> {
    let d = cx.d;
    if d.bare(i) != "دان" || i + 1 >= d.len() || cx.brk(i) || cx.mention(i).is_some() {
        return None;
    }
    if i > 0 && !cx.brk(i - 1) && lexicon::TITLE_HEADS.contains(&cx.word(i - 1)) {
        return None;
    }
    let k = i + 1;
    let w = cx.word(k);
    let known = cx.mention_at(k).is_some_and(|m| {
        matches!(cx.kind(m), Kind::Person | Kind::Org)
            || (cx.kind(m).is_geo() && m.form != crate::extract::mentions::Form::Adjective)
    });
    // «دان حالوتس» written out elsewhere: «دان» is his given name there too.
    let given_name = cx.names.contains(&vec!["دان".to_string(), w.to_string()]);
    // «كذلك، دان الأزهر …», «ودان البيان "…"»: opening its clause before a definite word or a
    // quotation.
    let opens = i == 0 || cx.brk(i - 1) || d.toks[i].norm.len() > d.bare(i).len();
    // What is condemned follows in quotes or «بشدة» (not «دان الجنود بالولاء»: owed).
    let condemned = (k..(k + 6).min(d.len()))
        .take_while(|&x| x == k || d.toks[x - 1].sep & SEP_SENTENCE == 0)
        .any(|x| d.toks[x].quote != 0 || matches!(d.bare(x), "بشده" | "باشد"));
    let definite =
        condemned && (d.toks[k].quote != 0 || (d.toks[k].norm.starts_with("ال") && !given_name));
    let subject = known
        || (opens && definite)
        || (cx.names.contains(&vec![w.to_string()]) && !given_name)
        || lexicon::TITLE_HEADS.contains(&w)
        || lexicon::ORG_HEADS.contains(&w);
    subject.then(|| Cue {
        kind: CueKind::Verb,
        norm: "دان".to_string(),
        stem: "ادان",
        gender: Gender::Masc,
        needs_claim: false,
        future: false,
        start: i,
        after: i + 1,
    })
}

/// Verbal nouns of reporting and stance, and the verb each stands for: «بعد إعلان الجيش أنّ …»
/// («تأكيد» is a cue of its own, see `cue_at`).
/// Only nouns whose genitive is their subject: the one condemned, accused, warned or called on
/// may stand there too («بإدانة إسرائيل», «اتهام حماس بأنها …», «تحذير إيران بأنّ …»).
const MASDARS: &[(&str, &str)] = &[
    ("اعلان", "اعلن"),
    ("تصريح", "صرح"),
    ("تشديد", "شدد"),
    ("اشاره", "اشار"),
    ("ادعاء", "ادعي"),
];

/// «مع إعلان رئيس المكتب الإعلامي أنّ …», «ما يقوّض تصريح ترامب أنّه …», «ادعاء إثيوبيا بأنها
/// …»: a verbal noun of reporting with its subject in the genitive, a named person, organisation
/// or outlet, and the claim right after that subject (a complementizer, «إلى أنّ», or «عن» after
/// «إعلان»). Its cue stands for the verb's; without the claim it is a noun («إعلان بكين»).
fn masdar_cue(cx: &Ctx, i: usize) -> Option<Cue> {
    let d = cx.d;
    if i + 2 >= d.len() || cx.brk(i) || d.toks[i].quote != 0 {
        return None;
    }
    let w = cx.word_after_prep(i);
    let &(noun, stem) = MASDARS.iter().find(|(n, _)| *n == w)?;
    let np = cx.np_at(i + 1, true, false)?;
    // A person linked, or named after a title («إعلان رئيس المكتب الإعلامي سلامة معروف»): an
    // unknown word alone may be an adjective («تصريح واضح»).
    let named = match np.ty {
        Some(SourceType::Person) => np.entity.is_some() || np.name.is_some_and(|(a, _)| a > np.a),
        Some(SourceType::Org | SourceType::Outlet) => true,
        _ => false,
    };
    if !named
        || np.anonymous
        || np.backref
        || np.statement
        || np.b >= d.len()
        || (np.a..np.b).any(|k| cx.brk(k))
    {
        return None;
    }
    let k = np.b;
    let next = d.bare(k);
    // «بعد إعلان أبو عبيدة فقدان الاتصال», «إعلان صنعاء رفضها»: what is announced, a verbal noun
    // of an event or with the announcer's pronoun, right after the subject.
    let announced = || {
        noun == "اعلان"
            && d.toks[k].quote == 0
            && !d.toks[k].norm.starts_with("ال")
            && cx.mention(k).is_none()
            && (matches!(
                next,
                "مقتل"
                    | "استشهاد"
                    | "اعتقال"
                    | "فقدان"
                    | "انسحاب"
                    | "وقف"
                    | "تعليق"
                    | "اطلاق"
                    | "بدء"
                    | "انتهاء"
                    | "رفض"
                    | "موافقه"
                    | "تاجيل"
                    | "الغاء"
                    | "انشاء"
                    | "تشكيل"
                    | "استقاله"
                    | "فوز"
            ) || ["ها", "هما", "هم"].iter().any(|p| {
                next.strip_suffix(p).is_some_and(|r| {
                    r.chars().count() >= 3
                        && !lexicon::STOPS.contains(&next)
                        && verb_form(next).is_none()
                })
            }))
    };
    let claim = is_complementizer(next)
        || (matches!(next, "الي" | "علي") && k + 1 < d.len() && is_complementizer(d.bare(k + 1)))
        || (noun == "اعلان" && next == "عن")
        || announced();
    claim.then(|| Cue {
        kind: CueKind::Verb,
        norm: noun.to_string(),
        stem,
        gender: Gender::Unknown,
        // Its claim is already found.
        needs_claim: false,
        future: false,
        start: i,
        after: i + 1,
    })
}

/// «الصحافيين», «المسؤولون»: a plural relational adjective or noun.
/// «، داعياً الحكومة الدنماركية إلى منع …», «وطالب المجتمع الدولي بالضغط»: a call on someone, its
/// claim after the one called on, within five words. Not an invitation («إلى زيارة»).
fn called_on(d: &Doc, c: &Cue) -> bool {
    let call = matches!(
        c.stem,
        "دعا" | "داعي" | "حث" | "طالب" | "مطالب" | "ناشد" | "مناشد"
    );
    call && (c.after + 1..(c.after + 6).min(d.len())).any(|k| {
        !(c.after..k).any(|j| d.breaks_after(j))
            && (d.bare(k) == "الي" || (k > c.after + 1 && d.bare(k).starts_with("بال")))
            && !(k + 1 < d.len()
                && matches!(d.bare(k + 1), "زياره" | "حضور" | "المشاركه" | "القاء"))
    })
}

/// «وأفاد بوريل بأنّ …», «وأفاد بلاغ للشرطة أنّ …»: the «ب» word after «أفاد» is its subject,
/// not a verbal noun it reports, when a name or the claim follows it.
fn subject_after_afada(cx: &Ctx, c: &Cue) -> bool {
    let d = cx.d;
    matches!(c.stem, "افاد" | "مفيد")
        && c.after < d.len()
        && d.bare(c.after).starts_with('ب')
        && (cx.mention(c.after).is_some()
            || (c.after + 1 < d.len() && {
                let w = d.bare(c.after + 1);
                is_complementizer(w) || w.starts_with("لل")
            }))
}

/// «وحذّر دول العدوان، وعلى رأسها الولايات المتحدة، من استمرار الحصار»: a warning, what it warns of
/// after the ones warned, within ten words of its sentence.
fn warned_of(d: &Doc, c: &Cue) -> bool {
    matches!(c.stem, "حذر" | "محذر")
        && (c.after + 1..(c.after + 10).min(d.len()))
            .take_while(|&k| d.toks[k - 1].sep & SEP_SENTENCE == 0)
            .any(|k| d.bare(k) == "من" && (d.toks[k - 1].sep & SEP_CLAUSE != 0 || k <= c.after + 3))
}

fn plural_nisba(n: &str) -> bool {
    n.chars().count() > 5 && (n.ends_with("يين") || n.ends_with("يون"))
}

/// Is a stance verb that is as often a noun («رفض», «ثمّن», «شكر») no position here? Only a party
/// the gazetteer or the tagger links takes one with it («ورفضت الخارجية الإيرانية الاتهامات»): not
/// «رفض الخدمة الاحتياطية», «ورفضت محكمة … الالتماس». The bare form with its party after it opens
/// its clause as a verb; after any other word it is the noun («أكد رفض أنقرة …», «يؤكد للميادين رفض
/// كوبا …»: the refusal is the speaker's report, not Ankara's statement). «رفض الكشف عن اسمه», «رفض
/// التعليق» (declined to speak) and «رفض طلب اللجوء» (turned down a request) state nothing. `b`: the
/// token after the cue and its party.
fn stance_noun(cx: &Ctx, c: &Cue, i: usize, p: &Party, b: usize) -> bool {
    let d = cx.d;
    if !matches!(c.stem, "رفض" | "ثمن" | "شكر") {
        return false;
    }
    let noun_after_word = c.norm == c.stem
        && i > 0
        && !cx.brk(i - 1)
        && p.span.is_some_and(|(s, _)| s >= c.after)
        && !is_complementizer(d.bare(i - 1))
        && !matches!(
            d.bare(i - 1),
            "قد" | "كان"
                | "كما"
                | "ثم"
                | "فيما"
                | "بينما"
                | "حيث"
                | "اذ"
                | "لكن"
                | "وقد"
        );
    let declined = c.stem == "رفض"
        && (b..(b + 2).min(d.len())).any(|k| lexicon::DECLINED.contains(&d.bare(k)));
    // «رفض إيران للعرض الأوروبي», «إنّ رفض نتنياهو للصفقة»: the noun's object takes «لـ», a
    // verb's would not.
    let object_with_lam = c.norm == c.stem
        && p.span.is_some_and(|(s, _)| s >= c.after)
        && b < d.len()
        && !cx.brk(b - 1)
        && d.toks[b].norm.starts_with('ل')
        && cx.mention_at(b).is_none();
    p.source.is_none() || noun_after_word || declined || object_with_lam
}

/// The speaker a cue without a subject of its own goes on with: the last attribution, unless it
/// sits inside an earlier speaker's sentence that agrees in gender with the cue: a relay at its end
/// («… مخزن وقود، بحسب ما أعلن المكتب الهندسي. كذلك، شدّد على …») or a speaker quoted in its claim
/// («قال الوزير إنّ الرئيس قال له إنّ … . وأضاف أنّ …») — the one who goes on is the first.
fn last_speaker<'a>(d: &Doc, out: &'a [Attribution], gender: Gender) -> Option<&'a Attribution> {
    // «مفنداً ادعاء إثيوبيا بأنها …، مشيراً …. وطالب …», «وانتقد لابيد تصريحات نتنياهو، التي قال
    // فيها …، وقال …»: a party credited in a phrase of someone else's sentence; the speaker goes
    // on past it.
    let mut rows = out.iter().rev().filter(|a| !a.aside);
    let last = rows.next()?;
    match rows.next() {
        Some(before)
            if before.sentence == last.sentence
                && before.toks.1 <= last.toks.0
                && before.source_text != last.source_text
                && before.gender.agrees(gender)
                // «قالت صحيفة X نقلاً عن Y إنّ …»: Y (via X) goes on, as before the split rows.
                && !(last.cue == "نقلا عن" && last.toks.0 == before.toks.1)
                // «ونقلاً عن "نيويورك تايمز"، قال مسؤولون …»: a relay opening the sentence is not
                // the one who goes on.
                && !matches!(
                    before.cue.split(' ').next(),
                    Some("نقلا" | "بحسب" | "وفق" | "وفقا" | "حسب")
                )
                && (matches!(
                    last.cue.split(' ').next(),
                    Some("بحسب" | "وفق" | "وفقا" | "حسبما")
                ) || (before.claim.0 <= last.start && last.start < before.claim.1))
                // «تطرقت وسائل إعلام إلى الخطاب، فقد وصفته صحيفة …، وقالت …»: a topic touched on
                // reports nothing the next speaker could be quoted in.
                && verb_form(d.bare(before.toks.0)).is_none_or(|(stem, _, _)| stem != "تطرق") =>
        {
            Some(before)
        }
        _ => Some(last),
    }
}

/// The first word of a party's phrase, normalised and without its article («المسؤولون» →
/// «مسوولون»), and whether it is a sound plural («ون»/«ين», five letters or more).
fn party_head(a: &Attribution) -> Option<(String, bool)> {
    let first = arabic::normalize(a.source_text.as_deref()?.split_whitespace().next()?);
    let head = first.strip_prefix("ال").unwrap_or(&first).to_string();
    let sound = head.chars().count() >= 5 && (head.ends_with("ون") || head.ends_with("ين"));
    Some((head, sound))
}

/// «قال مسؤولون … . وأضافوا إنّ …»: a party of several unnamed people (a plural head in «ون»/«ين»,
/// «مصادر»), which a plural verb may go on with.
fn plural_party(a: &Attribution) -> bool {
    a.anonymous
        && party_head(a)
            .is_some_and(|(h, sound)| sound || matches!(h.as_str(), "مصادر" | "نشطاء" | "خبراء"))
}

/// «قال جنود من الحرس الرئاسي إنّهم …»: an unnamed group of people (a plural head in «ون»/«ين» or a
/// broken plural of people), which a masculine singular follow-on («وقال», «مضيفاً») cannot go on
/// with.
fn people_plural(a: &Attribution) -> bool {
    matches!(
        a.source_type,
        Some(SourceType::Descriptive | SourceType::Anonymous)
    ) && party_head(a)
        .is_some_and(|(h, sound)| sound || lexicon::PEOPLE_PLURALS.contains(&h.as_str()))
}

/// «…، بحسب ما تابعت.»: a relay verb after the claim, in the past, with punctuation right after it
/// leaving no room for a subject: it goes on with the speaker before.
fn relay_without_subject(cx: &Ctx, c: &Cue, i: usize) -> bool {
    c.start < i && c.after == i + 1 && cx.brk(i) && !is_present_form(cx.d.bare(i))
}

/// The gender of a pronoun a preposition cue governs («وفقاً له», «وفقاً لها», «بحسبه»,
/// «بحسبها»): None when the cue governs a phrase.
/// So does a statement or view of the one credited before: «وفق بيانها», «بحسب قوله», «وبحسب وجهة
/// نظرها», «ووفقها».
fn pronoun_object(d: &Doc, c: &Cue) -> Option<Gender> {
    // «وبحسبه» → «بحسبه»; «ووفقها» → «وفقها» (`bare` drops one «و»).
    match d.bare(c.start) {
        "بحسبه" | "وفقه" | "حسبه" => return Some(Gender::Masc),
        "بحسبها" | "وفقها" | "حسبها" => return Some(Gender::Fem),
        _ => {}
    }
    if c.kind != CueKind::Prep || c.after >= d.len() || d.toks[c.after].quote != 0 {
        return None;
    }
    let mut w = d.bare(c.after);
    // «وجهة» read as «و» + «جهة» by `bare`.
    if d.toks[c.after].norm == "وجهه" && c.after + 1 < d.len() && !d.breaks_after(c.after) {
        w = d.bare(c.after + 1);
    }
    match w {
        "له" => Some(Gender::Masc),
        "لها" => Some(Gender::Fem),
        _ => {
            let (stem, g) = if let Some(r) = w.strip_suffix("ها") {
                (r, Gender::Fem)
            } else {
                (w.strip_suffix('ه')?, Gender::Masc)
            };
            matches!(
                stem,
                "بيان"
                    | "قول"
                    | "تعبير"
                    | "تقدير"
                    | "روايت"
                    | "راي"
                    | "نظر"
                    | "تصريحات"
                    | "تقرير"
                    // «بحسب وصفه», «على حد زعمها», «وفق كلامه», «بحسب تصريحه».
                    | "وصف"
                    | "زعم"
                    | "كلام"
                    | "تصريح"
                    | "حديث"
                    | "معلومات" // not «مصادره»: his sources are a source of their own
            )
            .then_some(g)
        }
    }
}

/// How many paragraph breaks lie between tokens a and b (counting stops at 2).
fn paragraphs_between(d: &Doc, a: usize, b: usize) -> usize {
    (a..b.min(d.len()))
        .filter(|&k| d.toks[k].sep & SEP_PARAGRAPH != 0)
        .take(2)
        .count()
}

/// Personal names the body writes out after a title («مدير الشركة رضا نوشادي») or right before a
/// claim («قال كليفورد بينيت، …»), with every tail («نوشادي»): one bounded look per title or cue word,
/// so linear in the body.
fn written_names(cx: &Ctx) -> FxHashSet<Vec<String>> {
    let d = cx.d;
    let common = super::tagger::common_words();
    let mut names = FxHashSet::default();
    static TITLES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let titles = TITLES.get_or_init(|| lexicon::TITLE_HEADS.iter().copied().collect());
    let mut add = |a: usize, b: usize| {
        let words: Vec<String> = (a..b).map(|k| cx.word(k).to_string()).collect();
        for s in 0..words.len() {
            let tail = &words[s..];
            // A surname that is also an ordinary word or a nisba («رياض منصور» → «منصور», «محمد
            // شياع السوداني» → «السوداني») still names the person after a full name.
            let surname = words.len() >= 2
                && s == words.len() - 1
                && !lexicon::ADJ.contains(&tail[0].as_str())
                && !lexicon::QUANT.contains(&tail[0].as_str())
                && !lexicon::STOPS.contains(&tail[0].as_str())
                && !lexicon::ORG_HEADS.contains(&tail[0].as_str())
                && !titles.contains(tail[0].as_str())
                && !lexicon::ANON_HEADS.contains(&tail[0].as_str());
            if tail.len() == 1
                && (tail[0].chars().count() < 3 || (common.contains(&tail[0]) && !surname))
            {
                continue;
            }
            names.insert(tail.to_vec());
        }
    };
    for j in 0..d.len() {
        let w = cx.word(j);
        if titles.contains(w) {
            if let Some(np) = cx.extend(j, j, SourceType::Person) {
                if let Some((a, mut b)) = np.name {
                    // «محمد شياع السوداني»: a definite nisba right after the name, closing the
                    // phrase, is the surname.
                    if b < np.b
                        && b + 1 == np.b
                        && !cx.brk(b - 1)
                        && d.toks[b].norm.starts_with("ال")
                        && is_nisba(cx.word(b))
                    {
                        b += 1;
                    }
                    add(a, b);
                }
            }
        } else if verb_form(d.bare(j)).is_some() {
            if let Some(e) = cx.skip_adverbials(j + 1).and_then(|(k, _)| {
                let e = cx.new_name(k)?;
                Some((k, e))
            }) {
                add(e.0, e.1);
            }
        }
    }
    names
}

/// All attributions of one body. `names`: extra name spans from a tagger (may be empty); `outlet`: the
/// article's outlet as imported, for recognising its own reporting.
pub(crate) fn find(
    g: &Gazetteer,
    d: &Doc,
    ms: &[Mention],
    names: &[NameSpan],
    outlet: Option<&str>,
) -> Vec<Attribution> {
    let mut at = vec![None; d.len()];
    for (k, m) in ms.iter().enumerate() {
        for slot in &mut at[m.toks.0..m.toks.1] {
            *slot = Some(k);
        }
    }
    let mut ext = Vec::new();
    if !names.is_empty() {
        ext = vec![None; d.len()];
        // Tokens are in text order: binary searches keep this linear-logarithmic in long bodies.
        for s in names {
            let a = d.toks.partition_point(|t| t.start < s.start);
            let b = d.toks.partition_point(|t| t.end <= s.end);
            if a < d.len() && b > 0 {
                let mut b = b - 1;
                // «أكد شكري رفضَه توسيع …»: the tagger may run a name into the object after it, an
                // ordinary word with a pronoun («رفضه», «دعمها»); no name ends so.
                // «وزير الخارجية المالي عبد الله ديوب يُحذّر»: nor into the present-tense reporting
                // verb after it (a past form may be a name: «أبو طالب»).
                while s.kind == Kind::Person
                    && b > a
                    && (suffixed_common(d.bare(b), d.slice(b, b + 1)) || is_present_form(d.bare(b)))
                {
                    b -= 1;
                }
                // «محمد رحمه الله»: the blessing after a name.
                if s.kind == Kind::Person
                    && b >= a + 2
                    && d.bare(b) == "الله"
                    && matches!(d.bare(b - 1), "رحمه" | "رحمها" | "رحمهم")
                {
                    b -= 2;
                }
                if a <= b && at[a].is_none() {
                    ext[a] = Some((b + 1, s.kind));
                }
            }
        }
    }
    let mut cx = Ctx {
        g,
        d,
        ms,
        at,
        ext,
        outlet,
        own: OnceCell::new(),
        names: FxHashSet::default(),
        surnames: FxHashMap::default(),
        word_from: Ctx::word_starts(d),
    };
    cx.names = written_names(&cx);
    for m in ms {
        if m.toks.1 - m.toks.0 >= 2 && g.entity(m.entity).kind == Kind::Person {
            let w = cx.word(m.toks.1 - 1).to_string();
            let e = cx.surnames.entry(w).or_insert(Some(m.entity));
            if *e != Some(m.entity) {
                *e = None;
            }
        }
    }
    // Looked for once per body, and only when it credits a source.
    let seams = OnceCell::new();
    let unglue = |text: String| {
        let text = close_bracket(text);
        seams
            .get_or_init(|| seams_of(d))
            .iter()
            .fold(text, |t, (glued, spaced)| {
                if t.contains(glued.as_str()) {
                    t.replace(glued.as_str(), spaced)
                } else {
                    t
                }
            })
    };
    let mut out: Vec<Attribution> = Vec::new();
    let mut consumed = 0; // tokens already part of an attribution
    let mut i = 0;
    while i < d.len() {
        let nested = quote_after_that(d, i);
        if i < consumed || (d.toks[i].quote != 0 && nested.is_none()) {
            i += 1;
            continue;
        }
        let found = cue_at(d, i).or_else(|| dan_cue(&cx, i));
        let masdar = found.is_none();
        let Some(c) = found.or_else(|| masdar_cue(&cx, i)) else {
            i += 1;
            continue;
        };
        // «أبدت مصر رفضاً», «تأكيداً»: no verb carries tanween; the word is a noun.
        if c.kind == CueKind::Verb && c.start == i && d.slice(i, i + 1).contains('\u{064B}') {
            i += 1;
            continue;
        }
        // «لم يكشف عن هويته», «ولم يذكر أسماء»: a negated verb reports no claim; «الذي أكد»: a
        // relative clause describes its noun, unless the verb names its own subject («الأمر الذي
        // رأى فيه معلّقون …», «الموعد الذي رجّح مسؤولون أن …»).
        let own_subject = || {
            let mut k = c.after;
            if k < d.len() && matches!(d.bare(k), "فيه" | "فيها" | "عنه" | "عنها" | "به" | "بها")
            {
                k += 1;
            }
            // «الموقع الذي تقول إسرائيل إنه …»: a verb that does not agree with the pronoun has
            // a subject of its own, a country too.
            cx.np_at(k, disagrees_with_relative(d, &c, i), false)
                .is_some_and(|np| {
                    matches!(
                        np.ty,
                        Some(
                            SourceType::Anonymous
                                | SourceType::Descriptive
                                | SourceType::Person
                                | SourceType::Org
                                | SourceType::Outlet
                        )
                    ) && !np.statement
                        && !np.backref
                })
        };
        // «على ما أعلنت فيينا»: «ما» is «what», not a negation.
        // Only after a comma: «رداً على ما أعلنت …», «تحفّظت على ما أعلنت …» are objects.
        let ala_ma =
            i > 2 && d.bare(i - 1) == "ما" && d.bare(i - 2) == "علي" && d.breaks_after(i - 3);
        // «موقع أكسيوس، الذي أكد أنّ …»: a relative pronoun agreeing with the verb stands for its
        // subject, the phrase before it (`backward`); otherwise («تصريحاته التي أكد فيها») the
        // verb needs a subject of its own.
        let relative_subject = match d.bare(i.saturating_sub(1)) {
            "الذي" => c.gender == Gender::Masc,
            "التي" => c.gender == Gender::Fem,
            _ => false,
        };
        // «تصريحات القاضي عبّود، والتي قال فيها إنّ …»: the owner of the statement speaks in it.
        let owner = (c.start == i && c.kind == CueKind::Verb)
            .then(|| cx.document_owner(i, &out))
            .flatten();
        let owned = owner.is_some();
        if c.start == i
            && i > 0
            && !owned
            && ((matches!(d.bare(i - 1), "لم" | "لا" | "لن" | "ما" | "مما" | "بما") && !ala_ma)
                || (matches!(d.bare(i - 1), "الذي" | "التي" | "الذين")
                    && !own_subject()
                    && !relative_subject))
        {
            i += 1;
            continue;
        }
        // «وهناك من رأى أنّ …»: some unnamed people («there are those who»), not a preposition.
        let hunak = c.start == i
            && c.kind == CueKind::Verb
            && i > 1
            && d.bare(i - 1) == "من"
            && matches!(d.bare(i - 2), "هناك" | "ثمه");
        // «التراجع عن تعهد سابق», «في توقع»: after a preposition the form is a noun.
        if c.start == i
            && !hunak
            && !masdar
            && c.kind != CueKind::Prep
            && i > 0
            && !d.breaks_after(i - 1)
            && matches!(
                d.bare(i - 1),
                "عن" | "من"
                    | "في"
                    | "علي"
                    | "الي"
                    | "مع"
                    | "حول"
                    | "بشان"
                    | "ضد"
                    // «ومن خلال حثها الجيش على …»: a verbal noun with its pronoun.
                    | "خلال"
                    | "عبر"
                    | "رغم"
            )
        {
            i += 1;
            continue;
        }
        let english = d.toks[i].norm.is_ascii();
        let object_pronoun =
            c.kind == CueKind::Verb && c.start == i && verb_form(d.bare(i)).is_none();
        let mut carried = false;
        let party = if english {
            english_party(&cx, &c, i)
        } else if owned {
            owner
        } else if hunak {
            let mut p = Party {
                source_text: Some(d.slice(i - 2, i).trim_start_matches('و').to_string()),
                source_type: Some(SourceType::Anonymous),
                anonymous: true,
                ..Default::default()
            };
            p.grow(i - 2, i + 1);
            Some(p)
        } else {
            let apposed_before = (c.kind == CueKind::Verb
                && c.start == i
                && is_present(&c)
                && i > 0
                && d.toks[i - 1].sep & SEP_CLAUSE != 0
                && d.toks[i - 1].sep & SEP_SENTENCE == 0)
                .then(|| cx.backward(i, &out))
                .flatten()
                .filter(|p| p.has_party() && p.source_type == Some(SourceType::Person))
                .or_else(|| {
                    // «مصادر سياسية إسرائيلية، تقول إنّ …»: unnamed sources opening the sentence,
                    // a comma, then their verb and its claim.
                    let np = apposed_unnamed(&cx, i)?;
                    let mut p = cx.party_of(&np, &out);
                    p.grow(np.a, i + 1);
                    // «مصادر عسكرية، تؤكد للميادين أنّ …»: the outlet spoken to.
                    cx.after_unnamed(i + 1, &mut p);
                    Some(p)
                });
            match c.kind {
                // «ووفقاً لها، فإنّ …», «وبحسبه»: the pronoun points back to the party credited last
                // (in this paragraph or the one before), when it agrees in gender.
                CueKind::Prep if pronoun_object(d, &c).is_some() => {
                    let g = pronoun_object(d, &c).unwrap_or_default();
                    // Only from the sentence right before or this one: a thing named between
                    // («وصدر مرسوم. ووفقاً له») is as often what the pronoun means.
                    let prev = last_speaker(d, &out, g).filter(|a| {
                        paragraphs_between(d, a.toks.1.saturating_sub(1), i) <= 1
                            && d.toks[i].sentence <= a.sentence + 1
                            && a.gender.agrees(g)
                            && a.source_text.is_some()
                            && a.cue != "بواسطه"
                    });
                    carried = prev.is_some();
                    prev.map(|a| {
                        let mut p = Party::carried_from(a);
                        let end = if c.norm == "وفقا ل" {
                            c.after + 1
                        } else {
                            c.after
                        };
                        p.grow(c.start, end);
                        p
                    })
                }
                CueKind::Prep => cx.forward(c.after, true, &out).or_else(|| {
                    // «وفقاً لمصدر …», «بحسب مراسل …»: the governed «لـ».
                    let np = cx
                        .np_at(c.after, true, true)
                        .or_else(|| cx.described_document(c.after))?;
                    let mut p = cx.party_of(&np, &out);
                    cx.after_unnamed(np.b, &mut p);
                    Some(p)
                }),
                // «اتهمتها واشنطن», «الذي يتّهمه الرئيس»: the verb holds its object; its subject
                // follows.
                CueKind::Verb if object_pronoun => {
                    cx.forward(c.after, true, &out)
                        .filter(Party::has_party)
                        // «وقال الوزير إنّ نتنياهو أبلغه أنّ …»: after «أنّ» the subject comes
                        // first.
                        .or_else(|| {
                            cx.backward(i, &out).filter(|p| {
                                p.has_party()
                                    && p.span.is_some_and(|(a, _)| {
                                        a > 0 && !cx.brk(a - 1) && is_complementizer(d.bare(a - 1))
                                    })
                            })
                        })
                }
                // A present-tense verb after its subject («جورجيفا تقول», «الوزير يدعو المسؤولين»):
                // what follows it is its object, not its subject.
                CueKind::Verb if present_after_subject(d, &c, i) => cx.backward(i, &out),
                // «غانتس هو الذي دعا نتنياهو إلى التراجع»: the relative pronoun is the subject,
                // and the one called on its object.
                CueKind::Verb
                    if relative_subject
                        && c.start == i
                        && lexicon::OBJECT_FIRST.contains(&c.stem) =>
                {
                    cx.backward(i, &out).filter(|p| whole_antecedent(&cx, p))
                }
                // «المتحدث باسم القوات …، العميد فلان، يحذّر الولايات المتحدة من …»: a person in
                // commas opening the sentence, then a present-tense verb: that person speaks, and
                // what follows the verb is its object.
                CueKind::Verb if apposed_before.is_some() => apposed_before,
                CueKind::Verb => {
                    // «في الوقت الذي أعلنت فيه الحكومة أنّ …», «إعلان قالت فيه الصين إنها …»: the
                    // pronoun of the occasion or document, then the subject; only for verbs that
                    // take no object first (not «أبلغت فيه نتنياهو», «وصف فيه بن غفير»).
                    let occasion = c.after + 1 < d.len()
                        && matches!(d.bare(c.after), "فيه" | "فيها")
                        // Not a passive («وكُشف فيه عدد من الصواريخ»).
                        && !d.slice(c.start, c.start + 1).contains('\u{064F}')
                        && !cx.brk(c.after)
                        && matches!(
                            c.stem,
                            "قال" | "اعلن" | "اكد" | "كشف" | "اشار" | "اوضح" | "ذكر" | "اعرب" | "عبر"
                        );
                    let f = cx.forward(c.after + usize::from(occasion), true, &out);
                    // «أن الوزير، فلان، أعلن خلال المؤتمر …، حسين …، أنّ»: past an adverbial
                    // phrase, a name is its apposition; a subject before the verb comes first.
                    let skipped = cx.skip_adverbials(c.after).is_some_and(|(_, adj)| !adj);
                    // «إنّ الملك أبلغ نتنياهو بأنّ …»: after «أنّ»/«إنّ» the subject comes first, so a
                    // phrase between the complementizer and the verb is the subject, and what
                    // follows the verb its object.
                    let after_that = || {
                        cx.backward(i, &out).filter(|p| {
                            c.start == i
                                && p.has_party()
                                && p.span.is_some_and(|(a, _)| {
                                    a > 0 && !cx.brk(a - 1) && is_complementizer(d.bare(a - 1))
                                })
                        })
                    };
                    if let Some(p) = f
                        .as_ref()
                        .filter(|p| p.has_party())
                        .and_then(|_| after_that())
                    {
                        Some(p)
                    } else if skipped && f.as_ref().is_some_and(Party::has_party) {
                        cx.backward(i, &out).filter(Party::has_party).or(f)
                    } else {
                        f.or_else(|| cx.backward(i, &out))
                    }
                }
                CueKind::Participle => None,
            }
        };
        // «واتهم الإدارةَ بالتقصير», «وحمّل الحكومةَ المسؤولية»: a phrase followed by the charge
        // or the blame is the object, and the subject was dropped.
        let charged =
            !object_pronoun && party.as_ref().is_some_and(|p| object_of_charge(&cx, &c, p));
        // «… بين فصائل المقاومة وإيران أنها …»: «بين» unvocalised before two joined by «و» is
        // «between», not «بيّن».
        let between = c.stem == "بين"
            && !d.slice(c.start, c.start + 1).contains('\u{0651}')
            && party.as_ref().and_then(|p| p.span).is_some_and(|(a, b)| {
                (a + 1..(b + 1).min(d.len()))
                    .any(|k| d.toks[k].norm.starts_with('و') && !cx.brk(k - 1))
            });
        // «وطالبوا الحكومة الأردنية بالتحرك»: a verb that opens its clause agrees in number only
        // with a subject before it; with its plural ending, the phrase after it is its object.
        let plural_object = |p: &Party| {
            c.kind == CueKind::Verb
                && c.start == i
                && c.norm != c.stem
                && c.norm.ends_with("وا")
                && p.span.is_some_and(|(s, _)| s >= c.after)
        };
        let party = party
            .filter(|p| !charged && !between && !gender_clash(&cx, &c, p) && !plural_object(p));
        // In a quotation only a verb after its own subject, the quotation's first words.
        if let Some(s) = nested {
            if c.kind != CueKind::Verb
                || c.start != i
                || !party
                    .as_ref()
                    .is_some_and(|p| p.has_party() && p.span.is_some_and(|(a, _)| a == s))
            {
                i += 1;
                continue;
            }
        }
        let party = match party {
            Some(p) if p.has_party() => Some(p),
            Some(p) if p.unresolved => None,
            _ if english || c.kind == CueKind::Prep => None,
            // «وُجد أنّ …», «يُقدَّر أنّ …»: a passive or impersonal reading, no speaker carried.
            _ if lexicon::NO_CARRY.contains(&c.stem) => None,
            _ => {
                // No subject of its own: the previous speaker in the paragraph, when the verb agrees
                // and a claim follows.
                let first = d.toks.get(c.after).map(|_| d.bare(c.after)).unwrap_or("");
                let skipped = cx.skip_adverbials(c.after).map(|(j, _)| j);
                let next = skipped.map_or("", |j| d.bare(j));
                let claim = charged
                    // «وقال، في تصريح صحافي: "…"»: a quotation after the adverbial's colon.
                    || skipped.is_some_and(|j| {
                        j > c.after && d.toks[j].quote != 0 && d.toks[j - 1].sep & SEP_CLAUSE != 0
                    })
                    // «وأضاف، متطرقاً إلى الملف النووي، أنّ …»: past a participle of manner in
                    // commas.
                    || manner_aside(&cx, c.after).is_some_and(|j| is_complementizer(d.bare(j)))
                    // «وأردف، في معرض ردّه بشأن العمليات … في الضفة الغربية أنّ …»: an aside opened
                    // by a comma right after the verb, longer than an adverbial is skipped.
                    || long_aside_claim(&cx, i, c.after)
                    // «وأضافت للصحافيين: "…"», «وقال للصحفيين إنّ …»: past the audience spoken to.
                    || (c.after + 1 < d.len()
                        && lexicon::AUDIENCES.contains(&d.bare(c.after))
                        && (is_complementizer(d.bare(c.after + 1))
                            || (d.toks[c.after].sep & SEP_CLAUSE != 0
                                && d.toks[c.after].sep & SEP_SENTENCE == 0
                                && d.toks[c.after + 1].quote != 0)))
                    || is_complementizer(next)
                    // «وصرّحت لشبكة "أم أس أن بي سي" أنّ …», «لكنها قالت لصحيفة "نيويورك تايمز"
                    // إنّها …»: past the outlet spoken to.
                    || cx.recipient(c.after).is_some_and(|(_, e, _)| {
                        cx.skip_adverbials(e)
                            .is_some_and(|(j, _)| j < d.len() && is_complementizer(d.bare(j)))
                    })
                    // «وخلص إلى أنّ …», not «خلص إلى اتفاق» (reached an agreement).
                    || (c.stem == "خلص"
                        && next == "الي"
                        && cx.skip_adverbials(c.after).is_some_and(|(j, _)| {
                            j + 1 < d.len() && is_complementizer(d.bare(j + 1))
                        }))
                    || ((carried_claim(c.stem, first) || carried_claim(c.stem, next))
                        && !subject_after_afada(&cx, &c))
                    || called_on(d, &c)
                    || warned_of(d, &c)
                    || (d.toks[i].sep & SEP_CLAUSE != 0
                        && d.toks.get(c.after).is_some_and(|t| t.quote != 0))
                    || relay_without_subject(&cx, &c, i)
                    // «…، مؤكّداً "تضامن الشعب …"»: a participle after a comma, then a quotation of
                    // three words or more.
                    || (c.kind == CueKind::Participle
                        && i > 0
                        && d.toks[i - 1].sep & SEP_CLAUSE != 0
                        && c.after + 3 <= d.len()
                        && d.toks[c.after].quote != 0
                        && (c.after..c.after + 3).all(|k| d.toks[k].quote == d.toks[c.after].quote))
                    // «وأضاف "مهما حاول الكيان …"»: a quotation of four words or more right
                    // after a verb of saying (a shorter quoted run may be a name: «وأضاف "حزب الله"»).
                    || (matches!(c.stem, "قال" | "اضاف" | "تابع" | "اردف")
                        && d.toks.get(c.after).is_some_and(|t| t.quote != 0)
                        && (c.after..(c.after + 4).min(d.len()))
                            .all(|k| d.toks[k].quote == d.toks[c.after].quote)
                        && c.after + 4 <= d.len());
                // «كاميرات كشف عن الضحايا», «أجهزة رصد»: a bare verb form right after an
                // indefinite plural or feminine noun is that noun's genitive, not a verb; with
                // «أنّ» after it, a clause describing the noun («في خطوة قال إنّها …»).
                let after_noun = c.kind == CueKind::Verb
                    && c.start == i
                    && i > 0
                    && !is_complementizer(next)
                    && {
                        let p = d.bare(i - 1);
                        d.toks[i].norm == d.bare(i)
                            && !d.breaks_after(i - 1)
                            && (p.ends_with("ات") || p.ends_with('ه'))
                            && !p.starts_with("ال")
                            && !p.starts_with("لكن")
                            && !is_complementizer(p)
                            && !lexicon::STOPS.contains(&p)
                            && verb_form(p).is_none()
                            && crate::extract::tagger::common_words().contains(p)
                    };
                let claim = claim && !after_noun;
                let participle_ok =
                    c.kind != CueKind::Participle || claim || (d.toks[i].sep & SEP_CLAUSE != 0);
                let prev = last_speaker(d, &out, c.gender).filter(|a| {
                    // Within the paragraph; a verb opening the next paragraph with «و» («وأضاف
                    // قائلاً», «ورأى أنّ») continues the speaker of the one before.
                    let breaks = paragraphs_between(d, a.toks.1.saturating_sub(1), i);
                    (breaks == 0
                        || (breaks == 1
                            && ((c.start == i && opens_paragraph(&cx, i))
                                // «…، بحسب ما تابعت.» ends a paragraph of its own.
                                || relay_without_subject(&cx, &c, i))))
                        && a.gender.agrees(c.gender)
                        && a.cue != "بواسطه"
                });
                // A present-tense verb names its subject («يقول الخبير»); without one it is
                // impersonal or describes («مما يكشف»).
                // «… تقول إنّ …، وتشدّد على …»: joined by «و» to the speaker's verb in the same
                // sentence, it goes on with that speaker.
                let joined = d.toks[i].norm.starts_with('و')
                    && out.last().is_some_and(|a| a.sentence == d.toks[i].sentence);
                let present = is_present(&c) && !joined;
                // A dual or plural verb («أكدا», «قالوا») speaks for more than the last speaker.
                let plural = c.kind == CueKind::Verb && c.norm != c.stem && c.norm.ends_with('ا');
                // A participle in a sentence of its own: the subject of that sentence first.
                // So is a verb joined by «و» to another one of its sentence («المرشد …، فلان،
                // يستقبل الوفد …، ويشدّد على …»).
                let joined_verb = c.kind == CueKind::Verb
                    && c.start == i
                    && d.toks[i].norm.starts_with('و')
                    && i > 0
                    && d.toks[i - 1].sentence == d.toks[i].sentence;
                // «ورفض الوزير التعليق، لكنه أكد أنّ …»: «but he» names the sentence's subject
                // again, in the verb's gender («لكنها» a feminine verb, «لكنهم» a plural one).
                let but_pronoun = c.kind == CueKind::Verb
                    && c.start == i
                    && i > 0
                    && d.toks[i - 1].sentence == d.toks[i].sentence
                    && match d.bare(i - 1) {
                        "لكنه" => c.gender == Gender::Masc,
                        "لكنها" => c.gender == Gender::Fem,
                        "لكنهم" => plural,
                        _ => false,
                    };
                // «نشرت الصحيفة تقريراً قالت فيه إنّ …», «أصدرت الوزارة بياناً أكدت فيه أنّ …»: the
                // pronoun in «فيه» is the document, and the verb's subject that of the sentence.
                let resumptive = c.kind == CueKind::Verb
                    && c.start == i
                    && matches!(first, "فيه" | "فيها")
                    // A document just before: «بياناً قالت فيه», «مرسوماً قال فيه», «بياناً الليلة
                    // الماضية قالت فيه», «تقريراً، تحت عنوان "…"، قالت فيه».
                    && (i.saturating_sub(12)..i)
                        .rev()
                        .take_while(|&k| d.toks[k].sentence == d.toks[i].sentence)
                        .any(|k| {
                            let w = d.bare(k);
                            let w = w.strip_suffix('ا').unwrap_or(w);
                            // «أدلى بتصريحات، أكّد فيها»: the document behind its «بـ».
                            let doc = |w: &str| {
                                lexicon::STATEMENT_NOUNS.contains(&w)
                                    || lexicon::DOCUMENTS.contains(&w)
                            };
                            // «مقابلة مع قائد الحرس، قال فيها», «رسالة من الرئيس الصيني، قال فيها»:
                            // the one interviewed or writing speaks, not the sentence's subject.
                            let from_another = k + 1 < d.len()
                                && matches!(d.bare(k + 1), "من" | "مع")
                                && !cx.brk(k);
                            (doc(w) || w.strip_prefix('ب').is_some_and(doc)) && !from_another
                        })
                    && c.after + 1 < d.len()
                    && !cx.brk(c.after)
                    && (is_complementizer(d.bare(c.after + 1)) || d.toks[c.after + 1].quote != 0);
                // «تلقّى الرئيس اتصالاً من نظيره، فلان، هنّأه فيه …، معرباً عن …»: the one who
                // received the call is not who goes on speaking; the caller may be. Neither is
                // credited (`sentence_subject` would give the receiver).
                let received = c.kind == CueKind::Participle
                    && out.last().is_none_or(|a| a.sentence != d.toks[i].sentence)
                    && (i.saturating_sub(40)..i)
                        .rev()
                        .take_while(|&k| d.toks[k].sentence == d.toks[i].sentence)
                        .any(|k| {
                            matches!(d.bare(k), "تلقي" | "تلقت" | "يتلقي" | "تتلقي")
                                && d.toks[k].quote == 0
                                && (k + 1..(k + 8).min(i)).any(|x| {
                                    let w = d.bare(x);
                                    let w = w.strip_suffix('ا').unwrap_or(w);
                                    matches!(w, "اتصال" | "مكالمه" | "رساله" | "برقيه")
                                })
                        });
                if received {
                    i += 1;
                    continue;
                }
                let own_subject = if resumptive {
                    cx.sentence_subject(i, c.gender, &out, true)
                } else if (c.kind == CueKind::Participle || joined_verb || but_pronoun)
                    && claim
                    && prev.is_none_or(|a| a.sentence != d.toks[i].sentence)
                {
                    // An outlet only for a feminine participle, which a feminine head of an
                    // outlet («القناة», «الصحيفة») agrees with («وعلّقت القناة على …، قائلةً»).
                    cx.sentence_subject(i, c.gender, &out, c.gender == Gender::Fem)
                } else {
                    None
                };
                // «… . وكان قد صرّح بأنّ …»: the auxiliary opens the sentence for the verb.
                let opener = if after_kana_qad(d, i) && d.toks[i - 2].sentence == d.toks[i].sentence
                {
                    i - 2
                } else {
                    i
                };
                match prev {
                    _ if own_subject.is_some() => own_subject,
                    Some(a)
                        if claim
                            && participle_ok
                            && !present
                            && !c.future
                            && (!plural || plural_party(a))
                            && !(c.gender == Gender::Masc && !plural && people_plural(a)) =>
                    {
                        carried = true;
                        Some(Party::carried_from(a))
                    }
                    // «بدوره، طلب فلان من المواطنين … . ولفت إلى أنّ …»: a follow-on verb opening its
                    // sentence, with no speaker before it, goes on with the subject of the sentence
                    // before (in its paragraph, or ending the one before).
                    None if claim
                        && participle_ok
                        && !present
                        && !c.future
                        && !plural
                        && c.start == i
                        && d.toks[opener].norm.starts_with('و')
                        && opener > 0
                        && d.toks[opener - 1].sentence != d.toks[i].sentence
                        && paragraphs_between(d, opener - 1, i) <= 1
                        && people_named(&cx, opener - 1) <= 1 =>
                    {
                        cx.sentence_subject(opener - 1, c.gender, &out, false)
                    }
                    _ => None,
                }
            }
        };
        let Some(mut p) = party else {
            i += 1;
            continue;
        };
        // «ورحّبت الرياض وواشنطن بالاتفاق»: a second subject of the same type joined by «و», both
        // credited.
        // «بين إيران والسعودية» is «between»: no coordination there.
        if !carried
            && c.kind == CueKind::Verb
            && c.stem != "بين"
            && p.source.is_some()
            && p.also.is_none()
        {
            if let Some((s, e)) = p.span.filter(|&(s, e)| s >= c.after && e < d.len()) {
                if let Some(m) = cx.mention_at(e).filter(|m| {
                    !cx.brk(e - 1)
                        && m.prefix == "و"
                        && Some(m.entity) != p.source
                        && Some(source_type_of(cx.kind(m))) == p.source_type
                        && m.form != crate::extract::mentions::Form::Adjective
                        && (m.toks.1 >= d.len()
                            || cx.brk(m.toks.1 - 1)
                            || cx.mention_at(m.toks.1).is_none())
                }) {
                    p.also = Some(m.entity);
                    p.also_text = Some(
                        d.slice(m.toks.0, m.toks.1)
                            .strip_prefix('و')
                            .unwrap_or_default()
                            .to_string(),
                    );
                    p.span = Some((s, m.toks.1));
                }
            }
        }
        // «السعودية وإيران أعلنتا», «وكانت موسكو وبكين قد أكدتا»: before a dual or plural verb, the
        // subject found is the second of two joined by «و»; the first is credited too.
        if !carried
            && c.kind == CueKind::Verb
            && c.norm != c.stem
            && c.norm.ends_with('ا')
            && p.source.is_some()
            && p.also.is_none()
        {
            if let Some((s, e)) = p.span.filter(|&(s, _)| s > 0 && s < c.start) {
                let joined = cx
                    .mention_at(s)
                    .is_some_and(|m| m.toks.0 == s && m.prefix == "و");
                // The pair opens its clause: not «وزيرا خارجية السعودية وإيران أعلنا» (the
                // ministers speak, not the countries).
                let opens = |a: usize| {
                    a == 0
                        || cx.brk(a - 1)
                        || is_complementizer(d.bare(a - 1))
                        || matches!(d.bare(a - 1), "كان" | "كانت" | "كانوا" | "كما" | "فيما")
                };
                let first = cx.at[s - 1].map(|k| &cx.ms[k]).filter(|m| {
                    // Two only: «وألمانيا وبريطانيا» closes a longer list.
                    joined
                        && m.toks.1 == s
                        && m.prefix.is_empty()
                        && opens(m.toks.0)
                        && !cx.brk(s - 1)
                        && Some(m.entity) != p.source
                        && Some(source_type_of(cx.kind(m))) == p.source_type
                        && m.form != crate::extract::mentions::Form::Adjective
                });
                if let Some(m) = first {
                    p.also = Some(m.entity);
                    p.also_text = Some(d.slice(m.toks.0, m.toks.1).to_string());
                    p.span = Some((m.toks.0, e));
                }
            }
        }
        // «أعلنت "سرايا القدس" وكتائب "القسّام" قصف …»: a second organisation named in words, joined
        // by «و» to an organisation subject.
        if !carried
            && c.kind == CueKind::Verb
            && c.stem != "بين"
            && p.also.is_none()
            && p.also_text.is_none()
            && p.source_type == Some(SourceType::Org)
        {
            if let Some((s, e)) = p.span.filter(|&(s, e)| s >= c.after && e < d.len()) {
                let second = (!cx.brk(e - 1)
                    && d.toks[e].norm.starts_with('و')
                    && cx.mention_at(e).is_none())
                .then(|| cx.np_at(e, false, false))
                .flatten()
                .filter(|np| {
                    np.ty == Some(SourceType::Org)
                        && np.entity.is_none()
                        && !np.anonymous
                        && !np.statement
                        && lexicon::ORG_HEADS.contains(&cx.word(e))
                        // «وحدة الأرض»: a head that begins with «و» is no conjunction.
                        && cx.word(e) != d.toks[e].norm
                });
                if let Some(np) = second {
                    let text = d.slice(np.a, np.b);
                    p.also_text = Some(text.strip_prefix('و').unwrap_or(text).to_string());
                    p.span = Some((s, np.b));
                }
            }
        }
        let (_, pend) = p.span.unwrap_or((c.after, c.after));
        if !english && (!carried || d.bare(c.after.min(d.len() - 1)) == "في") {
            // A carried speaker too may name the medium and its outlet: «موضحاً في مقابلة مع …».
            cx.follow_ups(&mut p, pend.max(c.after), c.stem == "نقل", &out);
        }
        let (ps, pe) = p.span.unwrap_or((c.start, c.after));
        let (mut a, mut b) = (c.start.min(ps), pe.max(c.after));
        // «وأضاف قائلاً»: one statement, the participle with its verb.
        if b < d.len() && matches!(d.bare(b), "قايلا" | "قايله") && c.kind == CueKind::Verb
        {
            b += 1;
        }
        // «بيّن» without its shadda is «بين» (between): only with the claim right after the party.
        // The party's own end, before any medium or chain that follows it.
        let own_end = pend.max(c.after);
        let between = c.stem == "بين"
            && !d.slice(i, i + 1).contains('\u{0651}')
            && !(own_end < d.len()
                && (is_complementizer(d.bare(own_end))
                    || (d.toks[own_end - 1].sep & SEP_CLAUSE != 0 && d.toks[own_end].quote != 0)));
        // «عبّر» without its shadda is «عبر» (through): only with its «عن» right after the party.
        let between = between
            || (c.stem == "عبر"
                && !d.slice(i, i + 1).contains('\u{0651}')
                && !(own_end < d.len() && d.bare(own_end) == "عن"));
        // «وشدد الوزير على ضرورة …» carries its claim in the verb's own preposition; «شددت واشنطن
        // عقوباتها» (tightened) has none.
        // «تحدّث» (spoke) reports only what it speaks about: «عن …» right after the party.
        let claim_here = if matches!(c.stem, "تسايل" | "تساءل") {
            // «وتساءل الوزير عمّا إذا كان …», «وتساءلت الصحيفة: كيف …؟»: the question is the claim.
            let k = cx.skip_adverbials(b).map_or(b, |(k, _)| k);
            claim_within(d, b, 6)
                || claim_within(d, k, 3)
                || (k < d.len()
                    && matches!(
                        d.bare(k),
                        "عن" | "عما"
                            | "هل"
                            | "كيف"
                            | "لماذا"
                            | "ماذا"
                            | "متي"
                            | "اين"
                            | "اذا"
                    ))
                || (k > c.start && colon_before(d, k))
        } else if c.stem == "توقع"
            && !carried
            && (is_present(&c) || c.norm.ends_with('ت'))
            && !claim_within(d, b, 6)
        {
            // «وتتوقع الأسواق رفع سعر الفائدة», «وتوقّعت الفاو في بيانٍ لها تعافي الإنتاج»: a
            // verb form (never the noun «توقّع») with its subject, then what is expected, a
            // verbal noun without the article.
            let k = cx.skip_adverbials(b).map_or(b, |(k, _)| k);
            k < d.len()
                && !cx.brk(k.saturating_sub(1))
                && d.toks[k].quote == 0
                && !d.toks[k].norm.starts_with("ال")
                && !d.toks[k].norm.starts_with(['ب', 'ل', 'و', 'ف'])
                && cx.mention(k).is_none()
                && cx.ext_at(k).is_none()
                && !lexicon::STOPS.contains(&d.bare(k))
                && !is_complementizer(d.bare(k))
                && p.has_party()
        } else if c.stem == "تطرق" {
            // «وتطرّق الرئيس، في كلمته، إلى الأزمة»: the topic after «إلى».
            let k = cx.skip_adverbials(b).map_or(b, |(k, _)| k);
            k < d.len() && d.bare(k) == "الي"
        } else if c.stem == "تحدث" {
            // «وتحدثت وسائل إعلام، في وقت سابق، عن …»: past an adverbial phrase.
            let k = cx.skip_adverbials(b).map_or(b, |(k, _)| k);
            // «تحدث مسؤول …، أنّ …»: a claim in «أنّ» too.
            k < d.len() && (matches!(d.bare(k), "عن" | "عما") || is_complementizer(d.bare(k)))
        } else if c.stem == "علق" && !carried && !claim_within(d, b, 6) {
            // «وعلّق المتحدث، الإثنين، على التقرير …»: commented on, not «علّقت العمل بـ…»
            // (suspended).
            let on = |k: usize| k < d.len() && d.bare(k) == "علي" && !cx.brk(k);
            // «علّقت إسرائيل على المقترح أهمية كبيرة»: attached importance, no comment.
            let importance = (b..(b + 8).min(d.len()))
                .take_while(|&k| d.toks[k].sep & SEP_SENTENCE == 0)
                .any(|k| matches!(d.bare(k), "اهميه" | "امالا" | "الامال" | "امال"));
            !importance && (on(b) || on(cx.skip_adverbials(b).map_or(b, |(k, _)| k)))
        } else if c.stem == "وصف" {
            // «ووصف فلان قرار إيران بالسماح للوكالة … بأنّه "مهم"»: the object may be long before
            // «بأنّه», the verb's own claim; «وصف الخطة» alone is no report.
            claim_within(d, b, 6)
                || (b..(b + 12).min(d.len()))
                    .take_while(|&k| k == b || d.toks[k - 1].sep & SEP_SENTENCE == 0)
                    .any(|k| matches!(d.bare(k), "بانه" | "بانها" | "بانهم" | "بان"))
        } else if c.stem == "اقر" {
            acknowledged(&cx, b)
        } else if c.stem == "حمل" {
            // «حمّل الاحتلال المسؤولية»: blame, not «تحمل هذه المجموعة اسم "…"».
            blame_follows(d, b)
        } else if lexicon::THAT_ONLY.contains(&c.stem) {
            // «"إسرائيل" تظهر اليوم "حكومةً فاشية"», «وجدت نفسها "تقف وحيدة"»: a quotation after
            // these verbs is their object; only «أنّ» opens their claim.
            that_follows(d, b)
        } else {
            let told = matches!(c.stem, "ابلغ" | "اخبر");
            claim_within(d, b, if told { 10 } else { 6 })
                || (b < d.len() && carried_claim(c.stem, d.bare(b)) && !carried_any(c.stem))
                // «وشدد الوزير، في حديثه إلى وكالة رويترز، على أنّه …»: past a longer aside.
                || cx
                    .skip_adverbials(b)
                    .is_some_and(|(k, _)| k > b && claim_within(d, k, 3))
        };
        // A present-tense verb reads verb-first only before its claim («، يقول الخبير إن …») or
        // opening its sentence («وتتهم السلطات الحزب بـ…»); otherwise what follows it is its
        // object («…، يطالب منظمة شنغهاي بإدانة …»).
        // Not «تُعتبر» (is considered), which opens sentences in the passive.
        let opens_sentence = (c.start == 0
            || d.toks[c.start - 1].sep & (SEP_SENTENCE | SEP_PARAGRAPH) != 0)
            && c.stem != "اعتبر";
        let present_object = !carried
            && !english
            && c.kind == CueKind::Verb
            && is_present(&c)
            && p.span.is_some_and(|(s, _)| s >= c.after)
            && !claim_here
            && !opens_sentence;
        // «تنقل عن عضو الكنيست … دعوته إلى …»: a relay that names its source needs no «أنّ».
        let relayed = p.relayed && c.stem == "نقل";
        // «دعا الأمير الرئيسَ إلى زيارة الدوحة», «دعا رئيس الوزراء لزيارة القاهرة»: an
        // invitation, not a position. Looked for from the cue on: the party's span may have run
        // over the «ل» of the invitation.
        let invitation = c.stem == "دعا"
            && (c.after..(b + 8).min(d.len()))
                .find(|&k| matches!(d.bare(k), "الي" | "لزياره" | "لحضور" | "للمشاركه"))
                .is_some_and(|k| {
                    d.bare(k) != "الي"
                        || (k + 1 < d.len()
                            && matches!(d.bare(k + 1), "زياره" | "حضور" | "المشاركه"))
                });
        let declined = stance_noun(&cx, &c, i, &p, b);
        if (c.needs_claim && (!claim_here || between) && !relayed)
            || present_object
            || invitation
            || declined
        {
            i += 1;
            continue;
        }
        let sentence = d.toks[i].sentence;
        // «قالت الحكومة إن …، بحسب وكالة الأنباء العراقية»: an outlet credited after the claim of a
        // named speaker in the same sentence relays that speaker (its via), and is credited for its
        // own report too, as «ذكرت X أن Y أكد» is.
        // «وقال الوزير، وفق ما أفادت به وكالة رويترز، إن …» likewise.
        let relay = c.kind == CueKind::Prep
            || ["حسبما", "وفق ما", "بحسب ما"]
                .iter()
                .any(|r| c.norm.starts_with(r));
        if relay
            && p.source_type == Some(SourceType::Outlet)
            && !p.self_reported
            && p.via_text.is_none()
        {
            if let Some(last) = out.last_mut().filter(|x| {
                x.sentence == sentence
                    && x.toks.1 <= a
                    && x.via.is_none()
                    && x.via_type.is_none()
                    && !x.anonymous
                    && !x.self_reported
                    && matches!(x.source_type, Some(SourceType::Person | SourceType::Org))
            }) {
                last.via = p.source;
                last.via_text = p.source_text.clone();
                last.via_type = Some(SourceType::Outlet);
            }
        }
        // A carried party keeps the gender of the one it was carried from, which need not be the
        // last row («…، حسب ما أفادت وكالة "تسنيم". وأوضح …، مؤكّداً»: the agency is last).
        let mut gender = if carried {
            last_speaker(d, &out, c.gender).map_or(c.gender, |x| {
                if x.gender == Gender::Unknown {
                    c.gender
                } else {
                    x.gender
                }
            })
        } else if c.stem == "نقل" && p.via_text.is_some() && named_party(&p) {
            // «ونقلت القوات المسلحة عن البرهان قوله إنّ …»: the verb agrees with the relay; the one
            // relayed is known by «قوله/قولها», else by nothing.
            match (b..(b + 2).min(d.len()))
                .map(|k| d.bare(k))
                .find(|w| w.starts_with("قول"))
            {
                Some("قوله") => Gender::Masc,
                Some("قولها") => Gender::Fem,
                _ => Gender::Unknown,
            }
        } else if c.after < d.len() && lexicon::STATEMENT_NOUNS.contains(&d.bare(c.after)) {
            // «وأشار بيانٌ لنقابة الأطباء»: the verb agrees with the statement, not with its issuer,
            // whom a follow-on verb of either gender («وأوضحت») goes on with.
            Gender::Unknown
        } else {
            c.gender
        };
        let anonymous = (p.anonymous && p.via.is_none())
            || (p.via.is_none() && p.via_text.as_deref().is_some_and(text_says_unnamed));
        let also = p.also;
        let also_text = p.also_text.take();
        // «قالت صحيفة X نقلاً عن Y إنّ …»: the outlet reports, and credits Y: a row for each, as
        // for «ذكرت X أنّ Y أكّد» (`merge_chains`). Not «نقلت X عن Y», one act of relaying.
        let mut cue = c.norm;
        if let Some(r) = p
            .relay_at
            .filter(|&r| r > a && r < b && c.stem != "نقل" && c.kind == CueKind::Verb)
            .filter(|_| p.via_type == Some(SourceType::Outlet) && named_party(&p))
        {
            out.push(Attribution {
                start: d.toks[a].start,
                end: d.toks[r - 1].end,
                claim: d.sentences[sentence as usize],
                cue: std::mem::replace(&mut cue, "نقلا عن".to_string()),
                cue_text: d.slice(a, r).trim_end_matches(['،', ',', ' ']).to_string(),
                source: p.via,
                source_text: p.via_text.clone().map(unglue),
                source_type: p.via_type,
                via: None,
                via_text: None,
                via_type: None,
                anonymous: false,
                self_reported: false,
                sentence,
                toks: (a, r),
                gender,
                aside: false,
            });
            a = r;
            // The verb agrees with the outlet; Y's own gender is unknown.
            gender = Gender::Unknown;
        }
        // A speech reported inside a quotation ends with it: what follows the quotation is the
        // quoting speaker's again («…"، مؤكداً أنّ …»).
        let claim = match nested {
            Some(_) => {
                let q = d.toks[i].quote;
                let e = (i..d.len()).take_while(|&k| d.toks[k].quote == q).last();
                (d.toks[a].start, d.toks[e.unwrap_or(i)].end)
            }
            None => d.sentences[sentence as usize],
        };
        out.push(Attribution {
            start: d.toks[a].start,
            end: d.toks[b - 1].end,
            claim,
            cue,
            cue_text: d.slice(a, b).to_string(),
            source: p.source,
            source_text: p.source_text.map(unglue),
            source_type: p.source_type,
            via: p.via,
            via_text: p.via_text.map(unglue),
            via_type: p.via_type,
            anonymous,
            self_reported: p.self_reported,
            sentence,
            toks: (a, b),
            gender,
            aside: masdar || owned,
        });
        if let Some(e) = also {
            // «وأكد الرئيسان»: the same words, credited to each of the two.
            let mut second = out[out.len() - 1].clone();
            second.source = Some(e);
            if also_text.is_some() {
                second.source_text = also_text;
            }
            out.push(second);
        } else if also_text.is_some() {
            // A second organisation known by its words only.
            let mut second = out[out.len() - 1].clone();
            second.source = None;
            second.source_text = also_text;
            out.push(second);
        }
        consumed = b;
        i = b.max(i + 1);
    }
    merge_chains(d, &mut out);
    out
}

/// Words the scraped text ran together and extraction split («مراسلالميادين», «السمكيةفي»): each
/// seam as written and with its space back, so that a source reads as words («مراسل الميادين»).
/// Two tokens of Arabic letters with nothing between them can only come from such a split.
fn seams_of(d: &Doc) -> Vec<(String, String)> {
    let letter = |c: Option<char>| c.is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c));
    (1..d.len())
        .filter(|&i| {
            d.toks[i - 1].byte_end == d.toks[i].byte_start
                && letter(d.slice(i - 1, i).chars().next_back())
                && letter(d.slice(i, i + 1).chars().next())
        })
        .map(|i| {
            let (a, b) = (d.slice(i - 1, i), d.slice(i, i + 1));
            (format!("{a}{b}"), format!("{a} {b}"))
        })
        .collect()
}

/// «وكالة غوث … (أونروا», «صحيفة "هآرتس»: a phrase whose tokens end inside brackets or quotes gets
/// its closing mark back; one whose first token sits inside quotes («القناة الـ12" الإسرائيلية»)
/// its opening one.
fn close_bracket(mut text: String) -> String {
    if text.matches('(').count() > text.matches(')').count() {
        text.push(')');
    }
    if text.matches('"').count() % 2 == 1 {
        let at = text.find('"').unwrap_or(0);
        let opening = text[..at]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        if opening {
            text.push('"');
        } else {
            text.insert(0, '"');
        }
    }
    text
}
