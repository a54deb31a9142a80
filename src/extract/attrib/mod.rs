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
//! nothing. Chains give source and via: «X نقلاً عن Y», «ذكرت X أن Y أكد». The article's own
//! correspondents and sources («مراسل الميادين» in an Al Mayadeen article) are self-reported: the
//! source is the article's outlet.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::doc::{Doc, Tok, SEP_CLAUSE, SEP_PARAGRAPH, SEP_SENTENCE};
use super::gazetteer::{Gazetteer, Kind};
use super::mentions::Mention;
use crate::arabic;

pub use crate::vocab::SourceType;

/// The source type of a party the gazetteer knows: a country or capital that speaks is an
/// organisation (its government).
fn source_type_of(kind: Kind) -> SourceType {
    match kind {
        Kind::Person => SourceType::Person,
        Kind::Outlet => SourceType::Outlet,
        Kind::Org | Kind::Place | Kind::Country => SourceType::Org,
    }
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
}

/// A name found by another recogniser (the statistical tagger): char offsets [start, end) in the body
/// and its kind. Source phrases use it like a gazetteer mention without an entity.
#[derive(Debug, Clone, Copy)]
pub struct NameSpan {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

// --- Lexicon (normal forms, after `arabic::normalize`, without a leading و/ف) ---

/// Reporting verbs, past tense, masculine; the feminine adds ت («قالت»), the plural وا («قالوا»).
const PAST: &[&str] = &[
    "افاد",
    "قال",
    "اكد",
    "اوضح",
    "اعلن",
    "كشف",
    "ذكر",
    "نقل",
    "اشار",
    "لفت",
    "شدد",
    "اضاف",
    "بين",
    "اعتبر",
    "وصف",
    "صرح",
    "اورد",
    "حذر",
    "ادان",
    "استنكر",
    "اعترف",
    "اردف",
    "ختم",
    "زعم",
    "رجح",
    "ابلغ",
    "نفي",
    "نوه",
    "اعرب",
    "تابع",
];
/// Verbs that are reporting only when a complementizer or a quotation follows: «بيّن» is also
/// «بين» (between), «تابع» (followed), «وصف» (a description), «ختم» (sealed), «نقل» (moved).
const NEEDS_CLAIM: &[&str] = &["بين", "تابع", "وصف", "ختم", "نقل", "ابلغ"];
/// Present tense stems (after the ي/ت prefix): «يقول», «تؤكد», «تعلن», «تفيد».
const PRESENT: &[(&str, &str)] = &[
    ("قول", "قال"),
    ("وكد", "اكد"),
    ("علن", "اعلن"),
    ("فيد", "افاد"),
    ("شير", "اشار"),
    ("ضيف", "اضاف"),
    ("وضح", "اوضح"),
    ("كشف", "كشف"),
    ("حذر", "حذر"),
    ("نفي", "نفي"),
    ("عتبر", "اعتبر"),
    ("رجح", "رجح"),
];
/// Participles, masculine («مؤكداً»); the feminine ends in ه («مؤكدةً»).
const PARTICIPLES: &[&str] = &[
    "موكد",
    "قايل",
    "مشير",
    "معرب",
    "مضيف",
    "موضح",
    "لافت",
    "محذر",
    "معتبر",
    "مشدد",
    "منوه",
    "مستنكر",
];

/// Nouns that head an unnamed source: «مصدر دبلوماسي», «مسؤول إسرائيلي كبير», «مصدران أمنيان».
const ANON_HEADS: &[&str] = &[
    "مصدر",
    "مصادر",
    "مصدرا",
    "مصدران",
    "مصدرين",
    "مسوول",
    "مسوولا",
    "مسوولان",
    "مسوولين",
    "مسوولون",
    "مسووله",
    "دبلوماسي",
    "دبلوماسيون",
    "دبلوماسيين",
    "دبلوماسيان",
    "ديبلوماسي",
    "مسوولو",
    "مصادرنا",
    "مقربون",
    "مقربين",
];
/// Definite forms pointing back to an earlier unnamed source: «وأوضح المصدر الذي فضل عدم الكشف…».
const BACKREF_HEADS: &[&str] = &[
    "المصدر",
    "المصادر",
    "المسوول",
    "المسوولون",
    "المسوولين",
    "المصدرين",
];
/// Heads of a source described by place or community.
const DESC_HEADS: &[&str] = &[
    "شهود",
    "ناشطون",
    "ناشطين",
    "نشطاء",
    "سكان",
    "اهالي",
    "الاهالي",
    "مواطنون",
    "مواطنين",
    "مراقبون",
    "مراقبين",
    "وسايل",
    "تقارير",
    "التقارير",
    "مصادر",
    "اوساط",
];
/// Adjectives that make «مصادر» descriptive rather than anonymous.
const DESC_ADJ: &[&str] = &["محليه", "ميدانيه", "اهليه", "متطابقه", "اعلاميه", "عيان"];
/// Words that count unnamed sources: «3 مصادر», «ثلاثة مسؤولين», «أحد المسؤولين».
const QUANT: &[&str] = &[
    "ثلاثه",
    "اربعه",
    "خمسه",
    "سته",
    "سبعه",
    "ثمانيه",
    "تسعه",
    "عشره",
    "عده",
    "بعض",
    "احد",
    "كبار",
    "اثنان",
    "اثنين",
];
/// Heads of a person named by title: «الخبير الاقتصادي هاني …», «محلل القناة 12».
const TITLE_HEADS: &[&str] = &[
    "محلل",
    "المحلل",
    "خبير",
    "الخبير",
    "الباحث",
    "باحث",
    "المتحدث",
    "متحدث",
    "المتحدثه",
    "متحدثه",
    "الناطق",
    "ناطق",
    "الناطقه",
    "وزير",
    "الوزير",
    "وزيره",
    "الوزيره",
    "رييس",
    "الرييس",
    "رييسه",
    "الرييسه",
    "السفير",
    "سفير",
    "المبعوث",
    "مبعوث",
    "النايب",
    "نايب",
    "عضو",
    "قايد",
    "القايد",
    "مدير",
    "المدير",
    "الامين",
    "المستشار",
    "مستشار",
    "الكاتب",
    "كاتب",
    "الصحفي",
    "الصحافي",
    "صحفي",
    "المراسل",
    "مراسل",
    "مراسله",
    "موفد",
    "الموفد",
    "مراسلو",
    "مندوب",
    "المندوب",
    "الممثل",
    "ممثل",
    "المنسق",
    "الجنرال",
    "اللواء",
    "العميد",
    "الشيخ",
    "الدكتور",
    "زعيم",
    "الزعيم",
    "الملك",
    "الامير",
    "المفوض",
    "مراسلنا",
];
/// Titles of one office: unnamed, still not anonymous («قال وزير الخارجية الأردني»).
const OFFICES: &[&str] = &[
    "وزير",
    "الوزير",
    "وزيره",
    "الوزيره",
    "رييس",
    "الرييس",
    "رييسه",
    "الرييسه",
    "المتحدث",
    "متحدث",
    "الناطق",
    "ناطق",
    "السفير",
    "المبعوث",
    "المندوب",
    "الامين",
    "القايد",
    "المدير",
    "الملك",
    "الامير",
];
/// Heads of an organisation's name.
const ORG_HEADS: &[&str] = &[
    "وفد",
    "الوفد",
    "وزاره",
    "الوزاره",
    "هييه",
    "الهييه",
    "منظمه",
    "المنظمه",
    "الجيش",
    "جيش",
    "حركه",
    "الحركه",
    "حزب",
    "الحزب",
    "مجلس",
    "المجلس",
    "لجنه",
    "اللجنه",
    "الحكومه",
    "حكومه",
    "الرياسه",
    "رياسه",
    "الشرطه",
    "الدفاع",
    "مكتب",
    "المكتب",
    "جمعيه",
    "المرصد",
    "مرصد",
    "اتحاد",
    "السلطات",
    "سلطات",
    "قوات",
    "الخارجيه",
    "الداخليه",
    "محكمه",
    "المحكمه",
    "البرلمان",
    "الكنيست",
    "اداره",
    "بعثه",
    "سفاره",
];
/// Heads of an outlet's name.
const OUTLET_HEADS: &[&str] = &[
    "موقع",
    "وكاله",
    "قناه",
    "صحيفه",
    "شبكه",
    "اذاعه",
    "تلفزيون",
    "التلفزيون",
    "مجله",
    "يوميه",
];
/// Definite nouns that point back to the last outlet named.
const OUTLET_COREF: &[&str] = &["الموقع", "الوكاله", "القناه", "الصحيفه", "الشبكه"];
/// Heads of the article's own reporting when its outlet follows: «مراسل الميادين», «مصادر الميادين».
const OWN_HEADS: &[&str] = &[
    "مراسل",
    "مراسله",
    "مراسلو",
    "موفد",
    "مصادر",
    "مصدر",
    "كاميرا",
    "مراسلي",
];
/// Correspondents: their outlet is the party credited, and they are not anonymous sources.
const CORRESPONDENTS: &[&str] = &["مراسل", "مراسله", "مراسلو", "موفد", "المراسل", "الموفد"];
/// The article's own reporting without its outlet named: «مراسلنا», «مصادرنا».
const OWN_WORDS: &[&str] = &["مراسلنا", "مراسلتنا", "مصادرنا", "موفدنا"];
/// Adjectives after an unnamed source's head that are not nisba forms.
const ADJ: &[&str] = &[
    "كبير",
    "كبيره",
    "كبار",
    "بارز",
    "بارزه",
    "رفيع",
    "رفيعه",
    "رفيعي",
    "مطلع",
    "مطلعه",
    "مطلعون",
    "مطلعين",
    "ثان",
    "ثاني",
    "اخر",
    "اخري",
    "مقرب",
    "مقربه",
    "سابق",
    "سابقه",
    "المستوي",
    "اعلام",
    "الاعلام",
    "العام",
    "العامه",
    "عيان",
];
const COMPLEMENTIZERS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "انهم",
    "بان",
    "بانه",
    "بانها",
    "قوله",
    "قولهم",
    "قولها",
    "بالقول",
    "that",
];
/// Words that end a source phrase (prepositions, adverbs of time, relatives, auxiliaries, verbs that
/// follow an unnamed source).
const STOPS: &[&str] = &[
    "علي",
    "الي",
    "عن",
    "خلال",
    "امام",
    "عقب",
    "اثر",
    "بعد",
    "قبل",
    "منذ",
    "حول",
    "بشان",
    "ضد",
    "مع",
    "عبر",
    "اليوم",
    "امس",
    "غدا",
    "صباح",
    "مساء",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "يوم",
    "ايضا",
    "كذلك",
    "بدوره",
    "بدورها",
    "فضل",
    "طلب",
    "رفض",
    "لم",
    "لا",
    "قد",
    "كان",
    "كانت",
    "ثم",
    "لكن",
    "فيما",
    "بينما",
    "حيث",
    "اذ",
    "كما",
    "الذي",
    "التي",
    "الذين",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "و",
    "في",
    "من",
];
/// Tokens skipped between a verb and its subject: «قال اليوم الوزير», «أكد بدوره».
const SKIP_ADV: &[&str] = &[
    "اليوم",
    "امس",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "ايضا",
    "كذلك",
    "بدوره",
    "بدورها",
    "رسميا",
    "مجددا",
    "الاسبوع",
    "الماضي",
    "صباح",
];
/// Prepositions that open an adverbial phrase after a verb (a venue, an occasion), never a subject.
const PP_HEADS: &[&str] = &["خلال", "امام", "اثناء", "عقب", "في", "علي", "لدي"];
const VIA_MEDIA: &[&str] = &[
    "تغريده",
    "مقابله",
    "بيان",
    "تصريح",
    "تصريحات",
    "حديث",
    "منشور",
    "كلمه",
];
/// Cue verbs whose own preposition introduces the claim when no subject is named: «وأشار إلى»,
/// «وشدد على», «وحذر من», «وأعرب عن».
fn carried_claim(cue: &str, next: &str) -> bool {
    matches!(
        (cue, next),
        ("اشار" | "لفت" | "مشير" | "لافت" | "نوه" | "منوه", "الي")
            | ("شدد" | "اكد" | "مشدد" | "موكد", "علي")
            | ("حذر" | "محذر", "من")
            | ("اعرب" | "معرب", "عن")
            | ("نقل", "عن")
            | ("ختم" | "تابع" | "اضاف", "بالقول")
            | ("كشف", "عن")
            | ("ادان" | "استنكر" | "مستنكر" | "نفي" | "اعترف" | "اعلن", _)
    )
}

const EN_ANON: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "spokesman",
    "spokeswoman",
];
const EN_STOPS: &[&str] = &[
    "that", "and", "but", "while", "as", "on", "in", "at", "to", "of", "which", "who", "has", "had",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueKind {
    /// A verb taking a subject after or before it.
    Verb,
    /// A participle or a carried-only verb: the subject is the previous one.
    Participle,
    /// «بحسب», «وفقاً لـ», «نقلاً عن», «according to»: the party follows.
    Prep,
}

struct Cue {
    kind: CueKind,
    /// Normalised cue as stored.
    norm: String,
    /// Stem for `carried_claim` (masculine past or participle stem).
    stem: &'static str,
    gender: Gender,
    needs_claim: bool,
    /// First token of the cue span and first token after the cue words.
    start: usize,
    after: usize,
}

type VerbInfo = (&'static str, Gender, CueKind);

/// Every form of the reporting verbs, built once: past (masculine, feminine, plural), present (ي/ت,
/// plural ون) and participles (masculine ا, feminine ه) → stem, gender and kind.
fn verb_forms() -> &'static FxHashMap<String, VerbInfo> {
    static FORMS: OnceLock<FxHashMap<String, VerbInfo>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut m = FxHashMap::default();
        for &v in PAST {
            m.insert(v.to_string(), (v, Gender::Masc, CueKind::Verb));
            m.insert(format!("{v}ت"), (v, Gender::Fem, CueKind::Verb));
            m.insert(format!("{v}وا"), (v, Gender::Unknown, CueKind::Verb));
        }
        // «نفى» normalises to «نفي»; its feminine is «نفت».
        m.insert("نفت".to_string(), ("نفي", Gender::Fem, CueKind::Verb));
        m.remove("نفيت");
        for &(s, stem) in PRESENT {
            m.insert(format!("ي{s}"), (stem, Gender::Masc, CueKind::Verb));
            m.insert(format!("ت{s}"), (stem, Gender::Fem, CueKind::Verb));
            m.insert(format!("ي{s}ون"), (stem, Gender::Unknown, CueKind::Verb));
        }
        for &p in PARTICIPLES {
            m.insert(format!("{p}ا"), (p, Gender::Masc, CueKind::Participle));
            m.insert(format!("{p}ه"), (p, Gender::Fem, CueKind::Participle));
        }
        m
    })
}

/// First three chars of every verb form: a cheap test before looking for a glued verb.
fn verb_prefixes() -> &'static FxHashSet<String> {
    static P: OnceLock<FxHashSet<String>> = OnceLock::new();
    P.get_or_init(|| {
        verb_forms()
            .keys()
            .map(|k| k.chars().take(3).collect())
            .collect()
    })
}

/// Is `w` (normal form, conjunction stripped) a reporting verb? Its stem, gender and kind.
fn verb_form(w: &str) -> Option<VerbInfo> {
    verb_forms().get(w).copied()
}

fn is_complementizer(n: &str) -> bool {
    COMPLEMENTIZERS.contains(&n)
}

/// «إسرائيلي», «صحية», «أمنيان»: a relational adjective (or anything shaped like one).
fn is_nisba(n: &str) -> bool {
    n.chars().count() >= 4
        && ["ي", "يه", "يون", "يين", "يان", "يتان"]
            .iter()
            .any(|s| n.ends_with(s))
}

fn is_number(n: &str) -> bool {
    !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
}

/// Where to split a token glued to the next word in scraped text («قالمسؤول», «وأكدمصدر»): the number
/// of chars of its normal form that belong to the first word. The first part is a reporting verb
/// and the rest a source head or a gazetteer name; or the first part is a gazetteer name and the rest
/// a reporting verb («رويترزقالت»).
pub(crate) fn glued(g: &Gazetteer, t: &Tok) -> Option<usize> {
    let n = t.norm.as_str();
    // Cheap rejections first: this runs on every token of every article.
    if n.len() < 10
        || n.starts_with("ال")
        || !n.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
    {
        return None;
    }
    // A known name is never split («الإسماعيلية»).
    let whole = || g.first.contains_key(t.key.as_str());
    let (conj, w) = match n.strip_prefix(['و', 'ف']) {
        Some(r) => (1, r),
        None => (0, n),
    };
    let known = |rest: &str| {
        rest.chars().count() >= 3
            && (ANON_HEADS.contains(&rest)
                || TITLE_HEADS.contains(&rest)
                || ORG_HEADS.contains(&rest)
                || OUTLET_HEADS.contains(&rest)
                || DESC_HEADS.contains(&rest)
                || BACKREF_HEADS.contains(&rest)
                || g.first.contains_key(arabic::search_form(rest).as_str()))
    };
    // Verb first: the longest verb form (3 to 7 chars) that leaves a known word.
    if verb_prefixes().contains(w.get(..6).unwrap_or("")) {
        let mut cuts = [(0usize, 0usize); 5];
        let mut k = 0;
        for (ci, (b, _)) in w.char_indices().enumerate().skip(3).take(5) {
            cuts[k] = (ci, b);
            k += 1;
        }
        for &(ci, b) in cuts[..k].iter().rev() {
            let (head, rest) = w.split_at(b);
            if matches!(verb_form(head), Some((_, _, CueKind::Verb))) && known(rest) && !whole() {
                return Some(conj + ci);
            }
        }
    }
    // Name first, then a verb: «رويترزقالت».
    for &v in &[
        "قال",
        "قالت",
        "اكد",
        "اكدت",
        "افاد",
        "افادت",
        "اعلن",
        "اعلنت",
        "ذكرت",
        "كشفت",
    ] {
        if let Some(head) = w.strip_suffix(v) {
            // The name must be a whole one-word alias of a possible source («رويترز», «باراك»).
            let whole_name = || {
                g.first
                    .get(arabic::search_form(head).as_str())
                    .is_some_and(|v| {
                        v.iter()
                            .any(|a| a.rest.is_empty() && g.entity(a.entity).kind.can_be_source())
                    })
            };
            if head.chars().count() >= 4 && whole_name() && !whole() {
                return Some(conj + head.chars().count());
            }
        }
    }
    None
}

/// A source phrase: tokens [a, b) and what it names.
#[derive(Debug, Default, Clone)]
struct Np {
    a: usize,
    b: usize,
    entity: Option<u32>,
    ty: Option<SourceType>,
    anonymous: bool,
    /// An organisation or outlet named inside an unnamed source's phrase («مصدر في وزارة الخارجية»):
    /// the party credited.
    within: Option<(u32, usize, usize)>,
    /// The article's own correspondent or sources.
    own: bool,
    /// «المصدر»: an earlier unnamed source.
    backref: bool,
}

#[derive(Debug, Default, Clone)]
struct Party {
    source: Option<u32>,
    source_text: Option<String>,
    source_type: Option<SourceType>,
    via: Option<u32>,
    via_text: Option<String>,
    via_type: Option<SourceType>,
    anonymous: bool,
    self_reported: bool,
    /// First and last+1 token consumed.
    span: Option<(usize, usize)>,
}

impl Party {
    fn grow(&mut self, a: usize, b: usize) {
        self.span = Some(match self.span {
            Some((x, y)) => (x.min(a), y.max(b)),
            None => (a, b),
        });
    }
    fn has_party(&self) -> bool {
        self.source.is_some() || self.source_text.is_some() || self.via_text.is_some()
    }
}

/// The article's outlet: its gazetteer entity, the name to store, and the token keys of its names
/// with a leading outlet noun dropped («قناة الميادين» → «الميادين»).
struct Own {
    entity: Option<u32>,
    name: String,
    keys: Vec<Vec<String>>,
}

struct Ctx<'a> {
    g: &'a Gazetteer,
    d: &'a Doc<'a>,
    ms: &'a [Mention],
    /// Body token → index of the mention covering it.
    at: Vec<Option<usize>>,
    /// Body token → end token and kind of a tagger span starting there (empty without spans).
    ext: Vec<Option<(usize, Kind)>>,
    outlet: Option<&'a str>,
    own: OnceCell<Option<Rc<Own>>>,
}

type OwnCache = ((usize, usize, usize), FxHashMap<String, Rc<Own>>);

thread_local! {
    static OWN_CACHE: RefCell<OwnCache> = RefCell::new(((0, 0, 0), FxHashMap::default()));
}

impl Ctx<'_> {
    fn mention(&self, j: usize) -> Option<&Mention> {
        self.at.get(j).copied().flatten().map(|k| &self.ms[k])
    }
    /// The mention starting at token j.
    fn mention_at(&self, j: usize) -> Option<&Mention> {
        self.mention(j).filter(|m| m.toks.0 == j)
    }
    fn ext_at(&self, j: usize) -> Option<(usize, Kind)> {
        self.ext.get(j).copied().flatten()
    }
    fn kind(&self, m: &Mention) -> Kind {
        self.g.entity(m.entity).kind
    }
    fn bare(&self, j: usize) -> &str {
        self.d.bare(j)
    }
    /// The token's normal form without a leading conjunction, except for heads that start with و
    /// themselves («وزارة», «وزير», «وكالة»).
    fn word(&self, j: usize) -> &str {
        let n = self.d.toks[j].norm.as_str();
        if n.starts_with('و')
            && (ORG_HEADS.contains(&n)
                || TITLE_HEADS.contains(&n)
                || OUTLET_HEADS.contains(&n)
                || DESC_HEADS.contains(&n))
        {
            n
        } else {
            self.d.bare(j)
        }
    }
    /// Is there clause or sentence punctuation between tokens j and j+1?
    fn brk(&self, j: usize) -> bool {
        self.d.breaks_after(j)
    }
    fn is_cue_word(&self, j: usize) -> bool {
        let n = self.bare(j);
        verb_form(n).is_some() || matches!(n, "بحسب" | "حسب" | "وفقا" | "وفق" | "نقلا" | "حسبما")
    }
    /// The last outlet named before token `before` that «الصحيفة», «القناة» … (`noun`, without ال)
    /// can point back to: one introduced by another outlet noun («قناة …» for «الصحيفة») is skipped.
    fn recent_outlet(&self, before: usize, noun: &str) -> Option<&Mention> {
        let noun_of = |m: &Mention| {
            let first = self.word(m.toks.0);
            let first = first.strip_prefix("ال").unwrap_or(first);
            if OUTLET_HEADS.contains(&first) {
                return Some(first.to_string());
            }
            let prev = m.toks.0.checked_sub(1)?;
            let p = self.word(prev);
            let p = p
                .strip_prefix('ل')
                .filter(|r| OUTLET_HEADS.contains(r))
                .unwrap_or(p);
            OUTLET_HEADS.contains(&p).then(|| p.to_string())
        };
        self.ms.iter().rev().find(|m| {
            m.toks.1 <= before
                && self.kind(m) == Kind::Outlet
                && noun_of(m).is_none_or(|x| x == noun)
        })
    }

    fn own(&self) -> Option<&Own> {
        self.own
            .get_or_init(|| {
                let name = self.outlet?.trim();
                if name.is_empty() {
                    return None;
                }
                // Computed once per outlet and thread: it scans the gazetteer's aliases. The cache
                // belongs to one gazetteer (its address and size), and is dropped for another.
                let id = (
                    self.g as *const Gazetteer as usize,
                    self.g.entities.len(),
                    self.g.first.len(),
                );
                OWN_CACHE.with(|c| {
                    let mut c = c.borrow_mut();
                    if c.0 != id {
                        *c = (id, FxHashMap::default());
                    }
                    if let Some(o) = c.1.get(name) {
                        return Some(o.clone());
                    }
                    let o = Rc::new(self.own_uncached(name));
                    c.1.insert(name.to_string(), o.clone());
                    Some(o)
                })
            })
            .as_deref()
    }

    fn own_uncached(&self, name: &str) -> Own {
        {
            {
                let strip = |mut ks: Vec<String>| {
                    if ks.len() > 1 && OUTLET_HEADS.iter().any(|h| arabic::search_form(h) == ks[0])
                    {
                        ks.remove(0);
                    }
                    ks
                };
                let own_keys = strip(
                    arabic::index_text(name)
                        .split(' ')
                        .map(String::from)
                        .collect(),
                );
                // Every outlet name, its leading outlet noun dropped («قناة الميادين» → «الميادين»).
                let mut names: Vec<(u32, Vec<String>)> = Vec::new();
                for (first, aliases) in &self.g.first {
                    for a in aliases
                        .iter()
                        .filter(|a| self.g.entity(a.entity).kind == Kind::Outlet)
                    {
                        let mut ks = vec![first.to_string()];
                        ks.extend(a.rest.iter().map(|w| w.to_string()));
                        names.push((a.entity, strip(ks)));
                    }
                }
                // The outlet as imported may be its name in any script («Al Mayadeen») or a name
                // without its noun («الميادين», which alone would be the town).
                let entity = self
                    .g
                    .lookup(name, Some(Kind::Outlet))
                    .filter(|&e| self.g.entity(e).kind == Kind::Outlet)
                    .or_else(|| names.iter().find(|n| n.1 == own_keys).map(|n| n.0));
                let mut keys = vec![own_keys];
                keys.extend(
                    names
                        .into_iter()
                        .filter(|n| Some(n.0) == entity)
                        .map(|n| n.1),
                );
                keys.retain(|k| !k.is_empty() && !k[0].is_empty());
                Own {
                    entity,
                    name: name.to_string(),
                    keys,
                }
            }
        }
    }

    /// Do tokens from j name the article's outlet? The token after the last one.
    fn own_name_at(&self, j: usize) -> Option<usize> {
        let own = self.own()?;
        own.keys.iter().find_map(|ks| {
            let end = j + ks.len();
            (end <= self.d.len()
                && ks
                    .iter()
                    .zip(&self.d.toks[j..end])
                    .all(|(k, t)| *k == t.key)
                && !(j..end - 1).any(|x| self.brk(x)))
            .then_some(end)
        })
    }

    /// «لوكالة الأنباء الفرنسية», «لموقع “فرانس 24”», «لـ"سانا"», «للميادين»: the outlet a source
    /// spoke to, its end, and whether it is the article's own outlet.
    fn recipient(&self, j: usize) -> Option<(Option<u32>, usize, bool)> {
        let outlet_at = |k: usize| {
            self.mention_at(k)
                .filter(|m| self.kind(m) == Kind::Outlet)
                .map(|m| (Some(m.entity), m.toks.1, false))
        };
        if let Some(m) = self.mention_at(j) {
            if self.kind(m) == Kind::Outlet && m.prefix.trim_start_matches('و').starts_with('ل') {
                return Some((Some(m.entity), m.toks.1, false));
            }
        }
        let n = self.d.toks.get(j)?.norm.as_str();
        let n = n.strip_prefix('و').unwrap_or(n);
        let own_at = |k: usize| self.own_name_at(k).map(|e| (None, e, true));
        if n == "ل" {
            // «لـ"سانا"»: the preposition written apart.
            if OUTLET_HEADS.contains(&self.word(j + 1).trim_start_matches('و')) {
                return outlet_at(j + 2).or_else(|| own_at(j + 2));
            }
            return outlet_at(j + 1).or_else(|| own_at(j + 1));
        }
        let noun = n.strip_prefix('ل')?;
        if OUTLET_HEADS.contains(&noun) {
            return outlet_at(j + 1).or_else(|| own_at(j + 1)).or_else(|| {
                // «لمجلة "فورين بوليسي"»: an outlet the gazetteer does not know.
                let q = self.d.toks.get(j + 1)?.quote;
                let mut e = j + 1;
                while q != 0 && e < self.d.len() && e < j + 6 && self.d.toks[e].quote == q {
                    e += 1;
                }
                (e > j + 1 && e < j + 6).then_some((None, e, false))
            });
        }
        if !n.starts_with("ال") && j < self.d.len() && self.outlet.is_some() {
            return own_at(j);
        }
        None
    }

    /// A name of 1–3 unknown words at k: ends at a break, a complementizer, a cue or a recipient.
    /// `after_definite`: the word before is definite, so a nisba-shaped word here is a name («الخبير
    /// الاقتصادي هاني الدالي»), not an adjective («محلل إسرائيلي»).
    fn unknown_name(&self, k: usize, after_definite: bool) -> Option<usize> {
        let d = self.d;
        let ok = |j: usize| {
            let t = &d.toks[j];
            let n = self.word(j);
            t.quote == 0
                && n.chars().count() >= 2
                && !is_number(n)
                && !STOPS.contains(&n)
                && !is_complementizer(n)
                && !self.is_cue_word(j)
                && !ANON_HEADS.contains(&n)
                && !TITLE_HEADS.contains(&n)
                && !ORG_HEADS.contains(&n)
                && !OUTLET_HEADS.contains(&n)
                && !QUANT.contains(&n)
                && !n.starts_with("بال")
                && !n.starts_with("لل")
                && self.recipient(j).is_none()
                && !n
                    .strip_prefix('ل')
                    .is_some_and(|r| OUTLET_HEADS.contains(&r))
                && self
                    .mention(j)
                    .is_none_or(|m| j > k && self.kind(m).is_geo() && m.toks.0 == j)
        };
        if k >= d.len() || !ok(k) || d.toks[k].norm.starts_with("ال") {
            return None;
        }
        if ADJ.contains(&self.word(k)) || (!after_definite && is_nisba(self.word(k))) {
            return None;
        }
        let mut e = k + 1;
        loop {
            // The name ends here if what follows ends a source phrase.
            let ends = e >= d.len()
                || self.brk(e - 1)
                || is_complementizer(self.word(e))
                || self.is_cue_word(e)
                || self.recipient(e).is_some()
                || d.toks[e].quote != 0
                || (self.word(e) == "في"
                    && d.toks
                        .get(e + 1)
                        .is_some_and(|t| VIA_MEDIA.contains(&t.norm.as_str())));
            if ends {
                return Some(e);
            }
            if e - k >= 3 || !ok(e) {
                return None;
            }
            e += 1;
        }
    }

    /// The source phrase starting at token j. `geo_ok`: a country or capital here speaks for its
    /// government («أعلنت قطر»); `strip_l`: the cue governs «لـ» («وفقاً لمصدر»).
    fn np_at(&self, j: usize, geo_ok: bool, strip_l: bool) -> Option<Np> {
        let d = self.d;
        if j >= d.len() {
            return None;
        }
        if let Some(m) = self.mention_at(j) {
            let kind = self.kind(m);
            let prefix = m.prefix.trim_start_matches(['و', 'ف']);
            let prefix_ok = prefix.is_empty() || (strip_l && prefix == "ل");
            // «الإسرائيلي» is an adjective, not the country speaking.
            let adjective = kind.is_geo() && is_nisba(&d.toks[m.toks.1 - 1].norm);
            // A short city name is too often another word («آبي», «سول»).
            let short_place =
                kind == Kind::Place && m.toks.1 == j + 1 && self.word(j).chars().count() < 4;
            if kind.can_be_source()
                || (geo_ok && kind.is_geo() && prefix_ok && !adjective && !short_place)
            {
                let mut b = m.toks.1;
                // «موقع أكسيوس الأميركي»: trailing adjectives belong to the phrase.
                while b < d.len()
                    && !self.brk(b - 1)
                    && d.toks[b].norm.starts_with("ال")
                    && is_nisba(&d.toks[b].norm)
                    && self.mention(b).is_none()
                {
                    b += 1;
                }
                return Some(Np {
                    a: j,
                    b,
                    entity: Some(m.entity),
                    ty: Some(source_type_of(kind)),
                    ..Default::default()
                });
            }
            // A place or a country is not a party: «لمصدر في دمشق» has none.
            return None;
        }
        if let Some((e, kind)) = self.ext_at(j) {
            if kind.can_be_source() {
                return Some(Np {
                    a: j,
                    b: e,
                    ty: Some(source_type_of(kind)),
                    ..Default::default()
                });
            }
        }
        let t = &d.toks[j];
        if t.quote != 0 {
            return None;
        }
        let n0 = self.word(j);
        let n = if strip_l {
            n0.strip_prefix('ل')
                .filter(|r| r.chars().count() > 2)
                .unwrap_or(n0)
        } else {
            n0
        };
        if OWN_WORDS.contains(&n) {
            let anonymous = n.starts_with("مصادر");
            return Some(Np {
                a: j,
                b: j + 1,
                ty: Some(if anonymous {
                    SourceType::Anonymous
                } else {
                    SourceType::Person
                }),
                anonymous,
                own: true,
                ..Default::default()
            });
        }
        // «3 مصادر», «ثلاثة مسؤولين», «أحد المسؤولين»: counted sources are unnamed.
        if (is_number(n) || QUANT.contains(&n)) && j + 1 < d.len() && !self.brk(j) {
            let h = self.word(j + 1);
            let h = h.strip_prefix("ال").unwrap_or(h);
            if ANON_HEADS.contains(&h)
                || DESC_HEADS.contains(&h)
                || h.starts_with("مسوول")
                || h.starts_with("مصادر")
                || h.starts_with("دبلوماسي")
            {
                let mut np = self.extend(j, j + 1, SourceType::Anonymous)?;
                np.anonymous = true;
                np.ty = Some(SourceType::Anonymous);
                np.entity = None;
                return Some(np);
            }
            return None;
        }
        // The article's own correspondent or sources: «مراسل الميادين», «مصادر الميادين».
        if OWN_HEADS.contains(&n) && !self.brk(j) {
            if let Some(e) = self.own_name_at(j + 1) {
                let anonymous = matches!(n, "مصادر" | "مصدر");
                return Some(Np {
                    a: j,
                    b: e,
                    ty: Some(if anonymous {
                        SourceType::Anonymous
                    } else {
                        SourceType::Person
                    }),
                    anonymous,
                    own: true,
                    ..Default::default()
                });
            }
        }
        if BACKREF_HEADS.contains(&n) {
            let mut np = self.extend(j, j, SourceType::Anonymous)?;
            np.backref = true;
            np.anonymous = true;
            np.entity = None;
            return Some(np);
        }
        if OUTLET_COREF.contains(&n) && self.mention_at(j + 1).is_none() {
            if let Some(m) = self.recent_outlet(j, n.strip_prefix("ال").unwrap_or(n)) {
                return Some(Np {
                    a: j,
                    b: j + 1,
                    entity: Some(m.entity),
                    ty: Some(SourceType::Outlet),
                    ..Default::default()
                });
            }
        }
        let desc = DESC_HEADS.contains(&n)
            && (n != "مصادر"
                || d.toks
                    .get(j + 1)
                    .is_some_and(|t| DESC_ADJ.contains(&t.norm.as_str())));
        if desc {
            let mut np = self.extend(j, j, SourceType::Descriptive)?;
            np.anonymous = true;
            if np.entity.is_none() {
                np.ty = Some(SourceType::Descriptive);
            }
            return Some(np);
        }
        if ANON_HEADS.contains(&n) {
            let mut np = self.extend(j, j, SourceType::Anonymous)?;
            np.anonymous = np.entity.is_none() && np.ty == Some(SourceType::Anonymous);
            return Some(np);
        }
        if TITLE_HEADS.contains(&n) || OUTLET_HEADS.contains(&n) || ORG_HEADS.contains(&n) {
            let ty = if TITLE_HEADS.contains(&n) {
                SourceType::Person
            } else if OUTLET_HEADS.contains(&n) {
                SourceType::Outlet
            } else {
                SourceType::Org
            };
            return self.extend(j, j, ty);
        }
        None
    }

    /// Grows a phrase headed at h (first token j) over its modifiers: adjectives, definite genitives,
    /// names, «في»/«من» with a name or definite noun, «باسم». Stops at a complementizer, a cue, a
    /// preposition that opens the claim («بإصابة»), a recipient («لوكالة …») or punctuation (where a
    /// name in apposition may still follow: «مسؤول السياسة الخارجية …، جوزيب بوريل»).
    fn extend(&self, j: usize, h: usize, ty: SourceType) -> Option<Np> {
        let d = self.d;
        let head = self.word(h);
        let titled = matches!(ty, SourceType::Person | SourceType::Anonymous);
        let mut np = Np {
            a: j,
            b: h + 1,
            ty: Some(ty),
            anonymous: ty == SourceType::Anonymous,
            ..Default::default()
        };
        let mut definite = head.starts_with("ال");
        let mut k = h + 1;
        let mut named = false;
        while k < d.len() && k < h + 9 {
            if self.brk(k - 1) {
                break;
            }
            // «صحيفة "معاريف"», «موقع "واللا"»: a quoted name right after an outlet's or
            // organisation's head is its name.
            let q = d.toks[k].quote;
            if q != 0
                && k == h + 1
                && !head.starts_with("ال")
                && matches!(ty, SourceType::Outlet | SourceType::Org)
                && self.mention(k).is_none()
            {
                let mut e = k;
                while e < d.len() && e < k + 5 && d.toks[e].quote == q {
                    e += 1;
                    if self.brk(e - 1) {
                        break;
                    }
                }
                if e < d.len() && d.toks[e].quote == q {
                    break; // a quotation, not a name
                }
                np.b = e;
                k = e;
                definite = true;
                continue;
            }
            if q != 0 && d.toks[j].quote == 0 && self.mention(k).is_none() {
                break;
            }
            if self.recipient(k).is_some() {
                break;
            }
            if let Some(m) = self.mention_at(k) {
                let kind = self.kind(m);
                match kind {
                    Kind::Person if titled => {
                        np.entity = Some(m.entity);
                        np.b = m.toks.1;
                        named = true;
                        break;
                    }
                    Kind::Person => break,
                    Kind::Org | Kind::Outlet => {
                        if ty == SourceType::Outlet || ty == SourceType::Org {
                            // «موقع أكسيوس», «وكالة الأونروا»: the head's own name.
                            if np.entity.is_none() && k == h + 1 {
                                np.entity = Some(m.entity);
                                np.ty = Some(source_type_of(kind));
                            }
                        } else if (matches!(ty, SourceType::Anonymous | SourceType::Descriptive)
                            || (kind == Kind::Outlet && CORRESPONDENTS.contains(&head)))
                            && np.within.is_none()
                        {
                            np.within = Some((m.entity, m.toks.0, m.toks.1));
                        }
                        // A title's employer («محلل القناة 12») is not the party.
                    }
                    Kind::Place | Kind::Country => {}
                }
                np.b = m.toks.1;
                k = m.toks.1;
                // «إسرائيلي» (a country's adjective) leaves the phrase indefinite.
                definite |= !kind.is_geo() || d.toks[m.toks.0].norm.starts_with("ال");
                continue;
            }
            if let Some((e, kind)) = self.ext_at(k) {
                if kind == Kind::Person && titled {
                    np.b = e;
                    named = true;
                    break;
                }
                np.b = e;
                k = e;
                definite = true;
                continue;
            }
            let n = self.word(k);
            if is_complementizer(n) || self.is_cue_word(k) || self.recipient(k).is_some() {
                break;
            }
            if matches!(n, "في" | "من" | "لدي" | "داخل") {
                let next = k + 1;
                if next < d.len()
                    && !self.brk(k)
                    && (self.mention_at(next).is_some()
                        || (d.toks[next].norm.starts_with("ال") && d.toks[next].quote == 0))
                {
                    np.b = next;
                    k = next;
                    definite = false;
                    continue;
                }
                // «مراسل الشؤون السياسية في "القناة 12"»: a quoted name after the preposition.
                let q = d.toks.get(next).map_or(0, |t| t.quote);
                if q != 0 && d.toks[j].quote == 0 && !self.brk(k) {
                    let mut e = next;
                    while e < d.len() && e < next + 5 && d.toks[e].quote == q {
                        e += 1;
                        if self.brk(e - 1) {
                            break;
                        }
                    }
                    if e < d.len() && d.toks[e].quote == q {
                        break; // longer than a name
                    }
                    np.b = e;
                    k = e;
                    definite = true;
                    continue;
                }
                break;
            }
            if n == "باسم" {
                np.b = k + 1;
                k += 1;
                definite = false;
                continue;
            }
            // «نائب وزير الخارجية», «مكتب رئيس الحكومة»: a chain of heads.
            if !definite
                && (TITLE_HEADS.contains(&n) || ORG_HEADS.contains(&n))
                && !n.starts_with("ال")
            {
                np.b = k + 1;
                k += 1;
                continue;
            }
            if STOPS.contains(&n) {
                break;
            }
            // A person named after the title: «الخبير الاقتصادي هاني الدالي».
            if titled {
                if let Some(e) = self.unknown_name(k, definite) {
                    np.b = e;
                    named = true;
                    break;
                }
            }
            let t = &d.toks[k].norm;
            let nisba = is_nisba(n) || ADJ.contains(&n);
            // A definite phrase takes adjectives, not another definite noun («المدير الاتفاقَ»: the
            // object).
            if definite && t.starts_with("ال") && !nisba {
                break;
            }
            if t.starts_with("ال") || nisba || is_number(n) {
                // «بإصابة», «لموقع»: a preposition opening the claim or a recipient ends the phrase,
                // but «بريطاني», «لبنانية» are adjectives.
                if (n.starts_with('ب') || n.starts_with('ل')) && !nisba && !t.starts_with("ال")
                {
                    break;
                }
                if t.starts_with("بال") || (t.starts_with("لل") && !nisba) {
                    break;
                }
                np.b = k + 1;
                definite |= t.starts_with("ال");
                k += 1;
                continue;
            }
            break;
        }
        // A name in apposition after a comma: «مسؤول السياسة الخارجية في الاتحاد الأوروبي، جوزيب
        // بوريل، إن …».
        let k = np.b;
        if titled && !named && k < d.len() && d.toks[k - 1].sep & SEP_CLAUSE != 0 {
            if let Some(m) = self.mention_at(k).filter(|m| self.kind(m) == Kind::Person) {
                np.entity = Some(m.entity);
                np.b = m.toks.1;
                named = true;
            } else if let Some((e, Kind::Person)) = self.ext_at(k) {
                np.b = e;
                named = true;
            } else if let Some(e) = self.unknown_name(k, true) {
                np.b = e;
                named = true;
            }
        }
        if named {
            np.ty = Some(SourceType::Person);
            np.anonymous = false;
            np.within = None;
        } else if ty == SourceType::Person {
            // An unnamed title: one office is identified («وزير الخارجية الأردني»); an indefinite
            // analyst or expert is not. A correspondent speaks for their outlet.
            np.anonymous = !head.starts_with("ال")
                && !OFFICES.contains(&head)
                && !CORRESPONDENTS.contains(&head);
        }
        // «مراسل الشؤون السياسية في الميادين»: the article's own correspondent.
        if CORRESPONDENTS.contains(&head) && self.outlet.is_some() {
            np.own = (h + 1..np.b).any(|k| self.own_name_at(k).is_some_and(|e| e <= np.b));
        }
        Some(np)
    }

    /// Turns a phrase into the credited party (and via).
    fn party_of(&self, np: &Np, prior: &[Attribution]) -> Party {
        let d = self.d;
        let text = d.slice(np.a, np.b).to_string();
        let mut p = Party::default();
        p.grow(np.a, np.b);
        if np.own {
            if let Some(own) = self.own() {
                p.source = own.entity;
                p.source_text = Some(own.name.clone());
            }
            p.source_type = Some(SourceType::Outlet);
            p.via_text = Some(text);
            p.via_type = np.ty;
            p.self_reported = true;
            p.anonymous = np.anonymous;
            return p;
        }
        if np.backref {
            // «وبحسب المصدر الدبلوماسي»: the last unnamed source described so, taking over its party.
            let adj = d.toks.get(np.a + 1).map(|t| t.key.as_str()).unwrap_or("");
            let earlier = |want_adj: bool| {
                prior.iter().rev().find(|a| {
                    a.anonymous
                        && (!want_adj
                            || a.via_text
                                .as_deref()
                                .or(a.source_text.as_deref())
                                .is_some_and(|v| {
                                    !adj.is_empty() && arabic::normalize(v).contains(adj)
                                }))
                })
            };
            if let Some(a) = earlier(true).or_else(|| earlier(false)) {
                if a.via_text.is_some() {
                    p.source = a.source;
                    p.source_text = a.source_text.clone();
                    p.source_type = a.source_type;
                    p.via_type = a.via_type;
                } else {
                    p.source_type = a.source_type;
                }
                p.self_reported = a.self_reported;
            } else {
                p.source_type = Some(SourceType::Anonymous);
            }
            if p.source_text.is_some() {
                p.via_text = Some(text);
                p.via_type.get_or_insert(SourceType::Anonymous);
            } else {
                p.source_text = Some(text);
            }
            p.anonymous = true;
            return p;
        }
        if np.anonymous {
            p.anonymous = true;
            if let Some((e, a, b)) = np.within {
                // «مصدر في وزارة الخارجية السورية»: the ministry is the party credited.
                p.source = Some(e);
                p.source_text = Some(d.slice(a, b).to_string());
                p.source_type = Some(source_type_of(self.g.entity(e).kind));
                p.via_text = Some(text);
                p.via_type = np.ty;
            } else {
                p.source_text = Some(text);
                p.source_type = np.ty;
            }
            if text_says_unnamed(d.slice(np.a, np.b)) {
                p.anonymous = true;
            }
            return p;
        }
        if let (Some((e, a, b)), None) = (np.within, np.entity) {
            // «أفادت مراسلة وكالة فرانس برس»: the outlet, through its correspondent.
            p.source = Some(e);
            p.source_text = Some(d.slice(a, b).to_string());
            p.source_type = Some(SourceType::Outlet);
            p.via_text = Some(text);
            p.via_type = np.ty;
            return p;
        }
        p.source = np.entity;
        p.source_text = Some(text);
        p.source_type = np.ty;
        p
    }

    /// After an unnamed source: the outlet it spoke to («… رفيع المستوى، لموقع فرانس 24»): that outlet
    /// becomes the source and the unnamed one the via.
    fn after_unnamed(&self, k: usize, p: &mut Party) {
        if k >= self.d.len() {
            return;
        }
        if let Some((e, end, own)) = self.recipient(k) {
            if p.anonymous && p.source.is_none() && !p.self_reported {
                p.via_text = p.source_text.take();
                p.via_type = p.source_type.take();
                p.source = e;
                p.source_text = Some(self.d.slice(k, end).to_string());
                p.source_type = Some(SourceType::Outlet);
                if own {
                    // «قال مصدر عسكري للميادين»: the article's own source.
                    if let Some(o) = self.own() {
                        p.source = o.entity;
                        p.source_text = Some(o.name.clone());
                    }
                    p.self_reported = true;
                }
            }
            p.grow(k, end);
        }
    }

    /// The party after a verb (verb–subject order). Adverbs of time are skipped; an adverbial phrase
    /// («خلال جلسة لمجلس الأمن») is skipped to its closing comma, and never supplies the party.
    /// Skips what may stand between a verb and its subject or claim: adverbs of time and an
    /// adverbial phrase («خلال جلسة لمجلس الأمن،», «في بيان») up to its comma or complementizer. The
    /// next token, and whether nothing was skipped; None at a sentence end.
    fn skip_adverbials(&self, j0: usize) -> Option<(usize, bool)> {
        let d = self.d;
        let mut j = j0;
        let mut adjacent = true;
        while j < d.len() && j < j0 + 12 {
            let n = self.bare(j);
            if SKIP_ADV.contains(&n) && d.toks[j].quote == 0 {
                if d.toks[j].sep & SEP_SENTENCE != 0 {
                    return None;
                }
                j += 1;
                adjacent = false;
                continue;
            }
            if PP_HEADS.contains(&n) && self.mention_at(j).is_none() {
                let mut k = j;
                while k < d.len() && k < j + 10 && !self.brk(k) {
                    if k > j && is_complementizer(self.bare(k)) {
                        break;
                    }
                    k += 1;
                }
                if k >= d.len() || k >= j + 10 || d.toks[k].sep & SEP_SENTENCE != 0 {
                    return None;
                }
                j = if is_complementizer(self.bare(k)) {
                    k
                } else {
                    k + 1
                };
                adjacent = false;
                continue;
            }
            break;
        }
        (j < d.len() && j < j0 + 12).then_some((j, adjacent))
    }

    /// The party after a verb (verb–subject order). Adverbs of time are skipped; an adverbial phrase
    /// («خلال جلسة لمجلس الأمن») is skipped to its closing comma, and never supplies the party.
    fn forward(&self, j0: usize, geo_ok: bool, prior: &[Attribution]) -> Option<Party> {
        let d = self.d;
        let (j, adjacent) = self.skip_adverbials(j0)?;
        let np = self.np_at(j, geo_ok && adjacent, false)?;
        let mut p = self.party_of(&np, prior);
        self.after_unnamed(np.b, &mut p);
        if let Some((_, e)) = p.span {
            if e < d.len() && self.brk(e - 1) {
                self.after_unnamed(e, &mut p);
            }
        }
        Some(p)
    }

    /// The party ending right before the verb at i (subject–verb order): «لكن موقع أكسيوس الأميركي
    /// كشف», «وكان الرئيس السوري أحمد الشرع قد أعلن», «أن كاجر أكد».
    fn backward(&self, i: usize, prior: &[Attribution]) -> Option<Party> {
        let mut end = i;
        if end > 0 && matches!(self.bare(end - 1), "قد" | "لقد") {
            end -= 1;
        }
        if end == 0 || self.brk(end - 1) {
            return None;
        }
        let mut best: Option<Np> = None;
        let mut k = end;
        while k > 0 && k + 7 > end {
            k -= 1;
            if let Some(m) = self.mention(k) {
                k = m.toks.0;
            }
            if k + 1 < end && self.brk(k) {
                break;
            }
            let n = self.bare(k);
            if is_complementizer(n) || (STOPS.contains(&n) && self.mention(k).is_none()) {
                // «أن كاجر أكد»: an unknown name between a complementizer and the verb.
                if best.is_none() && is_complementizer(n) {
                    if let Some(e) = self.unknown_name(k + 1, false).filter(|&e| e == end) {
                        best = Some(Np {
                            a: k + 1,
                            b: e,
                            ..Default::default()
                        });
                    }
                }
                break;
            }
            if k + 1 < end && self.is_cue_word(k) {
                break;
            }
            if let Some(np) = self.np_at(k, true, false) {
                if np.b == end {
                    best = Some(np);
                }
            }
        }
        let np = best?;
        // «… في سوريا أفاد»: a phrase governed by a preposition is not the subject.
        if np.a > 0 && !self.brk(np.a - 1) {
            let before = self.bare(np.a - 1);
            if matches!(
                before,
                "في" | "من"
                    | "الي"
                    | "علي"
                    | "عن"
                    | "مع"
                    | "ضد"
                    | "بعد"
                    | "قبل"
                    | "منذ"
                    | "حول"
                    | "بين"
                    | "امام"
                    | "خلال"
                    | "لدي"
                    | "عند"
                    | "نحو"
                    | "مثل"
            ) {
                return None;
            }
        }
        let mut p = self.party_of(&np, prior);
        p.grow(np.a, i + 1);
        Some(p)
    }

    /// What follows the party: «نقلاً عن مصدر دبلوماسي», «عن مسؤولين», «في تغريدة».
    fn follow_ups(&self, p: &mut Party, from: usize, cue_is_naql: bool, prior: &[Attribution]) {
        let d = self.d;
        let mut j = from;
        let limit = (from + 5).min(d.len());
        while j < limit {
            // Skip a repeated name of the same party: «وكالة الصحافة الفرنسية (أ ف ب)».
            if let Some(m) = self.mention_at(j) {
                if Some(m.entity) == p.source {
                    j = m.toks.1;
                    continue;
                }
            }
            let n = self.bare(j);
            let naql = n == "نقلا" && d.toks.get(j + 1).is_some_and(|t| t.norm == "عن");
            if naql || (cue_is_naql && n == "عن") {
                let k = if naql { j + 2 } else { j + 1 };
                if let Some(np) = self.np_at(k, true, false) {
                    self.chain(p, &np, prior);
                    p.grow(j, np.b);
                }
                return;
            }
            if n == "في"
                && d.toks
                    .get(j + 1)
                    .is_some_and(|t| VIA_MEDIA.contains(&t.norm.as_str()))
            {
                // The medium: «في تغريدة على موقع …», «في مقابلة مع التلفزيون الرسمي».
                let mut k = j + 1;
                while k < d.len() && k < j + 10 {
                    if k > j + 1 && (is_complementizer(self.bare(k)) || d.toks[k].quote != 0) {
                        break;
                    }
                    if self.brk(k) {
                        k += 1;
                        break;
                    }
                    k += 1;
                }
                if p.via_text.is_none() {
                    p.via_text = Some(d.slice(j + 1, k).to_string());
                }
                p.grow(j, k);
                return;
            }
            if is_complementizer(n) || d.toks[j].quote != 0 || self.is_cue_word(j) {
                return;
            }
            j += 1;
        }
    }

    /// «X نقلاً عن Y»: Y becomes the via of X (or, for an unnamed source inside an organisation, the
    /// organisation the source: «ونقلت الوكالة عن مصدر في وزارة الخارجية السورية»).
    fn chain(&self, p: &mut Party, np: &Np, prior: &[Attribution]) {
        let q = self.party_of(np, prior);
        if np.backref {
            p.via_text = q.via_text.or(q.source_text);
            p.via_type = Some(SourceType::Anonymous);
            p.anonymous = true;
            return;
        }
        if let Some((e, a, b)) = np.within {
            p.source = Some(e);
            p.source_text = Some(self.d.slice(a, b).to_string());
            p.source_type = Some(source_type_of(self.g.entity(e).kind));
        }
        p.via = np.entity;
        p.via_text = Some(self.d.slice(np.a, np.b).to_string());
        p.via_type = np.ty;
        p.anonymous |= np.anonymous;
    }
}

/// «… فضّل عدم الكشف عن هويته»: a phrase that says its source is unnamed.
fn text_says_unnamed(s: &str) -> bool {
    s.contains("الكشف") || s.contains("هويته") || s.contains("اسمه")
}

/// Which cue starts at token i, if any.
fn cue_at(d: &Doc, i: usize) -> Option<Cue> {
    let norm = d.toks[i].norm.as_str();
    let bare = d.bare(i);
    let no_w = norm.strip_prefix('و').unwrap_or(norm);
    let next_norm = |k: usize| d.toks.get(k).map(|t| t.norm.as_str()).unwrap_or("");
    if let Some((stem, gender, kind)) = verb_form(bare) {
        // «وفق ما ذكرت», «حسبما أفاد»: the particle belongs to the cue.
        let (mut start, mut cue) = (i, bare.to_string());
        if i >= 2 && d.toks[i - 1].norm == "ما" && d.bare(i - 2).ends_with("وفق") {
            start = i - 2;
            cue = format!("وفق ما {bare}");
        } else if i >= 1 && d.bare(i - 1).ends_with("حسبما") {
            start = i - 1;
            cue = format!("حسبما {bare}");
        }
        // «غير مؤكدة»: an adjective.
        if kind == CueKind::Participle && i > 0 && d.bare(i - 1) == "غير" {
            return None;
        }
        return Some(Cue {
            kind,
            norm: cue,
            stem,
            gender,
            needs_claim: NEEDS_CLAIM.contains(&stem),
            start,
            after: i + 1,
        });
    }
    let prep = |norm: &str, after: usize| Cue {
        kind: CueKind::Prep,
        norm: norm.to_string(),
        stem: "",
        gender: Gender::Unknown,
        needs_claim: false,
        start: i,
        after,
    };
    if (matches!(norm, "وفقا" | "وفق") || matches!(no_w, "وفقا" | "وفق"))
        && next_norm(i + 1) != "ما"
    {
        return Some(prep("وفقا ل", i + 1));
    }
    if matches!(bare, "بحسب" | "حسب") {
        return Some(prep("بحسب", i + 1));
    }
    if bare == "نقلا" && next_norm(i + 1) == "عن" {
        return Some(prep("نقلا عن", i + 2));
    }
    if bare == "according" && next_norm(i + 1) == "to" {
        return Some(prep("according to", i + 2));
    }
    if bare == "بواسطه"
        && i > 0
        && matches!(
            d.bare(i - 1),
            "كتابته" | "كتابه" | "اعداد" | "تحرير" | "اعداده"
        )
    {
        let mut c = prep("بواسطه", i + 1);
        c.start = i - 1;
        return Some(c);
    }
    if matches!(bare, "said" | "says" | "told" | "added" | "stated") {
        return Some(Cue {
            kind: CueKind::Verb,
            norm: bare.to_string(),
            stem: "",
            gender: Gender::Unknown,
            needs_claim: false,
            start: i,
            after: i + 1,
        });
    }
    None
}

/// Does a claim follow from token k: a complementizer, a quotation, or «:» (within the clause)?
fn claim_follows(d: &Doc, k: usize) -> bool {
    let mut j = k;
    while j < d.len() && j < k + 6 {
        if is_complementizer(d.bare(j)) || d.toks[j].quote != 0 {
            return true;
        }
        if j > 0 && d.toks[j - 1].sep & SEP_SENTENCE != 0 {
            return false;
        }
        j += 1;
    }
    false
}

/// An English party: the capitalised name or «a senior official» before «said», the outlet after
/// «told»/«according to».
fn english_np(cx: &Ctx, a: usize, b: usize) -> Option<Party> {
    let d = cx.d;
    if a >= b {
        return None;
    }
    let mut p = Party::default();
    let text = d.slice(a, b).to_string();
    if let Some(m) = (a..b)
        .filter_map(|k| cx.mention_at(k))
        .find(|m| cx.kind(m).can_be_source() && m.toks.1 <= b)
    {
        p.source = Some(m.entity);
        p.source_type = Some(source_type_of(cx.kind(m)));
        p.source_text = Some(text);
    } else if (a..b).any(|k| EN_ANON.contains(&d.toks[k].norm.as_str())) {
        p.source_text = Some(text);
        p.source_type = Some(SourceType::Anonymous);
        p.anonymous = !(a..b).any(|k| {
            let s = d.slice(k, k + 1);
            s.chars().next().is_some_and(char::is_uppercase) && k > a
        });
        if !p.anonymous {
            p.source_type = Some(SourceType::Person);
        }
    } else if (a..b).all(|k| {
        d.slice(k, k + 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }) {
        p.source_text = Some(text);
    } else {
        return None;
    }
    p.grow(a, b);
    Some(p)
}

fn english_party(cx: &Ctx, c: &Cue, i: usize) -> Option<Party> {
    let d = cx.d;
    let is_en = |k: usize| d.toks[k].norm.is_ascii();
    let phrase_end = |from: usize| {
        let mut e = from;
        while e < d.len()
            && e < from + 6
            && is_en(e)
            && !EN_STOPS.contains(&d.toks[e].norm.as_str())
            && !matches!(d.toks[e].norm.as_str(), "said" | "says" | "told" | "added")
        {
            e += 1;
            if d.breaks_after(e - 1) {
                break;
            }
        }
        e
    };
    if c.kind == CueKind::Prep {
        return english_np(cx, c.after, phrase_end(c.after));
    }
    // Subject before the verb.
    let mut a = i;
    while a > 0 && a + 6 > i && is_en(a - 1) && !d.breaks_after(a - 1) {
        let n = d.toks[a - 1].norm.as_str();
        if EN_STOPS.contains(&n) {
            break;
        }
        a -= 1;
    }
    let mut p = english_np(cx, a, i).or_else(|| {
        if i + 1 < d.len() && !d.breaks_after(i) {
            english_np(cx, i + 1, phrase_end(i + 1))
        } else {
            None
        }
    })?;
    if c.norm == "told" {
        // «a senior official told Reuters»: Reuters is the source, the official the via.
        let k = i + 1;
        if let Some(m) = cx.mention_at(k).filter(|m| cx.kind(m) == Kind::Outlet) {
            if p.source.is_none() {
                p.via_text = p.source_text.take();
                p.via_type = p.source_type.take();
                p.source = Some(m.entity);
                p.source_text = Some(m.surface.clone());
                p.source_type = Some(SourceType::Outlet);
            }
            p.grow(k, m.toks.1);
        }
    }
    Some(p)
}

/// Is there a paragraph break between tokens a and b?
fn paragraph_between(d: &Doc, a: usize, b: usize) -> bool {
    (a..b.min(d.len())).any(|k| d.toks[k].sep & SEP_PARAGRAPH != 0)
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
        for s in names {
            let a = d.toks.iter().position(|t| t.start >= s.start);
            let b = d.toks.iter().rposition(|t| t.end <= s.end);
            if let (Some(a), Some(b)) = (a, b) {
                if a <= b && at[a].is_none() {
                    ext[a] = Some((b + 1, s.kind));
                }
            }
        }
    }
    let cx = Ctx {
        g,
        d,
        ms,
        at,
        ext,
        outlet,
        own: OnceCell::new(),
    };
    let mut out: Vec<Attribution> = Vec::new();
    let mut consumed = 0; // tokens already part of an attribution
    let mut i = 0;
    while i < d.len() {
        if i < consumed || d.toks[i].quote != 0 {
            i += 1;
            continue;
        }
        let Some(c) = cue_at(d, i) else {
            i += 1;
            continue;
        };
        // «لم يكشف عن هويته», «ولم يذكر أسماء»: a negated verb reports no claim; «الذي أكد»: a
        // relative clause describes its noun.
        if c.start == i
            && i > 0
            && matches!(
                d.bare(i - 1),
                "لم" | "لا" | "لن" | "ما" | "مما" | "بما" | "الذي" | "التي" | "الذين"
            )
        {
            i += 1;
            continue;
        }
        let english = d.toks[i].norm.is_ascii();
        let mut carried = false;
        let party = if english {
            english_party(&cx, &c, i)
        } else {
            match c.kind {
                CueKind::Prep => cx.forward(c.after, true, &out).or_else(|| {
                    // «وفقاً لمصدر …», «بحسب مراسل …»: the governed «لـ».
                    let np = cx.np_at(c.after, true, true)?;
                    let mut p = cx.party_of(&np, &out);
                    cx.after_unnamed(np.b, &mut p);
                    Some(p)
                }),
                CueKind::Verb => cx
                    .forward(c.after, true, &out)
                    .or_else(|| cx.backward(i, &out)),
                CueKind::Participle => None,
            }
        };
        let party = match party {
            Some(p) if p.has_party() => Some(p),
            _ if english || c.kind == CueKind::Prep => None,
            _ => {
                // No subject of its own: the previous speaker in the paragraph, when the verb agrees
                // and a claim follows.
                let first = d.toks.get(c.after).map(|_| d.bare(c.after)).unwrap_or("");
                let next = cx.skip_adverbials(c.after).map_or("", |(j, _)| d.bare(j));
                let claim = is_complementizer(next)
                    || carried_claim(c.stem, first)
                    || carried_claim(c.stem, next)
                    || (d.toks[i].sep & SEP_CLAUSE != 0
                        && d.toks.get(c.after).is_some_and(|t| t.quote != 0));
                let participle_ok =
                    c.kind != CueKind::Participle || claim || (d.toks[i].sep & SEP_CLAUSE != 0);
                let prev = out.last().filter(|a| {
                    !paragraph_between(d, a.toks.1.saturating_sub(1), i)
                        && a.gender.agrees(c.gender)
                        && a.cue != "بواسطه"
                });
                // A present-tense verb names its subject («يقول الخبير»); without one it is
                // impersonal or describes («مما يكشف»).
                let present = c.kind == CueKind::Verb
                    && !c.norm.contains(' ')
                    && matches!(c.norm.chars().next(), Some('ي' | 'ت'))
                    && !c.norm.starts_with("تابع");
                match prev {
                    Some(a) if claim && participle_ok && !present => {
                        carried = true;
                        Some(Party {
                            source: a.source,
                            source_text: a.source_text.clone(),
                            source_type: a.source_type,
                            via: a.via,
                            via_text: a.via_text.clone(),
                            via_type: a.via_type,
                            anonymous: a.anonymous,
                            self_reported: a.self_reported,
                            span: None,
                        })
                    }
                    _ => None,
                }
            }
        };
        let Some(mut p) = party else {
            i += 1;
            continue;
        };
        let (_, pend) = p.span.unwrap_or((c.after, c.after));
        if !carried && !english {
            cx.follow_ups(&mut p, pend.max(c.after), c.stem == "نقل", &out);
        }
        let (ps, pe) = p.span.unwrap_or((c.start, c.after));
        let (a, b) = (c.start.min(ps), pe.max(c.after));
        // «بيّن» without its shadda is «بين» (between): only with the claim right after the party.
        let between = c.stem == "بين"
            && !d.slice(i, i + 1).contains('\u{0651}')
            && !(b < d.len()
                && (is_complementizer(d.bare(b))
                    || (d.toks[b - 1].sep & SEP_CLAUSE != 0 && d.toks[b].quote != 0)));
        if c.needs_claim && (!claim_follows(d, b) || between) {
            i += 1;
            continue;
        }
        let sentence = d.toks[i].sentence;
        let gender = if carried {
            out.last().map_or(c.gender, |x| {
                if x.gender == Gender::Unknown {
                    c.gender
                } else {
                    x.gender
                }
            })
        } else {
            c.gender
        };
        let anonymous = (p.anonymous && p.via.is_none())
            || (p.via.is_none() && p.via_text.as_deref().is_some_and(text_says_unnamed));
        out.push(Attribution {
            start: d.toks[a].start,
            end: d.toks[b - 1].end,
            claim: d.sentences[sentence as usize],
            cue: c.norm,
            cue_text: d.slice(a, b).to_string(),
            source: p.source,
            source_text: p.source_text,
            source_type: p.source_type,
            via: p.via,
            via_text: p.via_text,
            via_type: p.via_type,
            anonymous,
            self_reported: p.self_reported,
            sentence,
            toks: (a, b),
            gender,
        });
        consumed = b;
        i = b.max(i + 1);
    }
    merge_chains(d, &mut out);
    out
}

/// «ذكرت الأناضول أن كاجر أكد …»: an attribution whose claim opens with another speaker's
/// subject–verb clause takes that speaker as its via, and the inner one is dropped.
fn merge_chains(d: &Doc, out: &mut Vec<Attribution>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (x, y) = (&out[k], &out[k + 1]);
        let gap = x.toks.1;
        let chained = x.sentence == y.sentence
            && x.via.is_none()
            && x.via_text.is_none()
            && gap < d.len()
            && is_complementizer(d.bare(gap))
            && y.toks.0 == gap + 1
            && (y.source.is_some() || y.source_text.is_some())
            && y.via_text.is_none();
        if chained {
            let y = out.remove(k + 1);
            let x = &mut out[k];
            x.via = y.source;
            x.via_text = y.source_text;
            x.via_type = y.source_type;
            x.anonymous |= y.anonymous;
            x.end = y.end;
            x.cue_text = d.slice(x.toks.0, y.toks.1).to_string();
            x.toks.1 = y.toks.1;
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    //! Every sentence here is written for the test (none is taken from an article).
    use super::*;
    use crate::archive::gazetteer;
    use crate::extract::{extract_article, ArticleView};

    /// The shipped gazetteer plus a town that shares its name with an outlet («الميادين»).
    fn gaz() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let conn = crate::db::open(&dir.path().join("g.db"), crate::db::Mode::Write).unwrap();
            gazetteer::seed_default(&conn).unwrap();
            let csv = dir.path().join("town.csv");
            std::fs::write(
                &csv,
                "key,kind,name_en,name_ar,aliases_ar,aliases_en\nmayadin-town,place,Mayadin,الميادين,,\n",
            )
            .unwrap();
            gazetteer::import_csv(&conn, &csv).unwrap();
            gazetteer::load(&conn).unwrap()
        })
    }

    /// One attribution, flattened: the entity key when linked, else the text.
    #[derive(Debug)]
    struct Row {
        cue: String,
        cue_text: String,
        source: Option<String>,
        source_key: Option<String>,
        source_type: Option<&'static str>,
        via: Option<String>,
        via_key: Option<String>,
        anonymous: bool,
        self_reported: bool,
    }

    fn rows_for(body: &str, outlet: Option<&str>) -> Vec<Row> {
        let g = gaz();
        let x = extract_article(
            g,
            &ArticleView {
                title: "",
                body,
                published: None,
                outlet,
                annotations: None,
            },
        );
        let key = |e: Option<u32>| e.and_then(|e| g.entity(e).key.clone());
        x.attributions
            .iter()
            .map(|a| Row {
                cue: a.cue.clone(),
                cue_text: a.cue_text.clone(),
                source: a.source_text.clone(),
                source_key: key(a.source),
                source_type: a.source_type.map(SourceType::as_str),
                via: a.via_text.clone(),
                via_key: key(a.via),
                anonymous: a.anonymous,
                self_reported: a.self_reported,
            })
            .collect()
    }

    fn rows(body: &str) -> Vec<Row> {
        rows_for(body, None)
    }

    fn one(body: &str) -> Row {
        let mut r = rows(body);
        assert_eq!(r.len(), 1, "{body}: {r:#?}");
        r.pop().unwrap()
    }

    #[test]
    fn unknown_sources_are_kept_as_typed_text() {
        let r = one("أكّد الخبير الاقتصادي سامر الحلبي أن أسعار الخبز سترتفع.");
        assert_eq!(r.source.as_deref(), Some("الخبير الاقتصادي سامر الحلبي"));
        assert_eq!(
            (r.source_type, r.source_key, r.anonymous),
            (Some("person"), None, false)
        );

        let r = one("أعلنت وزارة الزراعة الأردنية أن الموسم كان جيداً.");
        assert_eq!(r.source.as_deref(), Some("وزارة الزراعة الأردنية"));
        assert_eq!(r.source_type, Some("org"));

        let r = one("قالت مصادر محلية إن الطريق أغلق مساء.");
        assert_eq!(r.source.as_deref(), Some("مصادر محلية"));
        assert_eq!((r.source_type, r.anonymous), (Some("descriptive"), true));

        let r = one("وأوردت صحيفة المساء الصادرة في عمّان أن الموازنة تأخرت.");
        assert_eq!(r.source_type, Some("outlet"));
        assert!(r.source.unwrap().starts_with("صحيفة المساء"));
    }

    #[test]
    fn the_cue_lexicon_past_present_and_prepositions() {
        for s in [
            "أشار المتحدث باسم البلدية إلى أن المياه ستعود.",
            "ولفت الوزير إلى أن الخطة جاهزة.",
            "وشدّد السفير على أن العلاقات متينة.",
            "وبيّن الباحث أن العينة صغيرة.",
            "واعتبر رئيس الحزب أن النتائج مشجعة.",
            "ووصف المدير الاتفاق بأنه مهم.",
            "وصرّح المتحدث بأن الاجتماع انتهى.",
            "وحذّر الخبير من أن الجفاف سيطول.",
            "وأدانت وزارة الخارجية القطرية الهجوم على القافلة.",
            "واستنكرت منظمة حقوقية محلية اعتقال الصحفيين.",
            "واعترف الجيش الإسرائيلي بمقتل جندي في الاشتباك.",
            "تفيد مصادر محلية بأن الطريق أغلق.",
            "يقول الخبير سامر الحلبي إن الأسعار سترتفع.",
            "وتؤكد وزارة الصحة أن اللقاحات وصلت.",
            "وتعلن الحكومة أن الدوام سيستأنف.",
            "وبحسب وزارة الصحة، فإن عدد الإصابات تراجع.",
            "ووفقاً لوزارة الصحة فإن عدد الإصابات تراجع.",
            "ونقلاً عن وزارة الصحة، تراجع عدد الإصابات.",
        ] {
            let r = one(s);
            assert!(r.source.is_some(), "{s}: {r:?}");
            assert!(r.source_type.is_some(), "{s}: {r:?}");
        }
        assert_eq!(
            one("واعترف الجيش الإسرائيلي بمقتل جندي في الاشتباك.")
                .source_key
                .as_deref(),
            Some("idf")
        );
        // «بين» (between) and «ذكر» (mention) without a claim are not cues.
        assert!(rows("وجرت المحادثات بين الوزير والسفير في القاهرة.").is_empty());
    }

    #[test]
    fn follow_on_verbs_and_participles_take_the_speaker_before_them() {
        let r = rows(
            "وقال المتحدث باسم البلدية إن المياه ستعود غداً. وأضاف أن الأعطال كبيرة، وشدّد على ضرورة الترشيد، وختم بالقول إن الأزمة ستنتهي.",
        );
        assert_eq!(r.len(), 4, "{r:#?}");
        for x in &r {
            assert_eq!(x.source.as_deref(), Some("المتحدث باسم البلدية"), "{x:?}");
        }
        assert_eq!(r[3].cue, "ختم");
        let r = rows("قالت الوزيرة سلمى العلي إن الخطة جاهزة، مؤكدةً أن التمويل متوفر، ومعربةً عن أملها بالنجاح.");
        assert_eq!(r.len(), 3, "{r:#?}");
        assert!(r
            .iter()
            .all(|x| x.source.as_deref() == Some("الوزيرة سلمى العلي")));
        let r =
            rows("وقال الوزير إن الطرق سالكة، قائلاً إن الثلوج ذابت، مشيراً إلى أن المدارس ستفتح.");
        assert_eq!(r.len(), 3, "{r:#?}");
        // Not across a paragraph, and not when the verb disagrees in gender.
        assert_eq!(
            rows("قال الوزير إن الخطة جاهزة.\nوأضاف أن التنفيذ يبدأ غداً.").len(),
            1
        );
        assert_eq!(
            rows("قالت الوزيرة إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غداً.").len(),
            1
        );
        // An adjective, not a participle.
        assert!(rows("ونشرت الصفحة أنباء غير مؤكدة عن الحادث.").is_empty());
    }

    #[test]
    fn the_subject_not_an_object_or_a_venue() {
        let r = rows(
            "قالت وزارة المالية الألمانية إن الميزانية تقلصت. وأعلنت وقف تمويلها لوكالة الأونروا.",
        );
        assert_eq!(r.len(), 2, "{r:#?}");
        assert!(
            r.iter().all(|x| x.source_key.as_deref() != Some("unrwa")),
            "{r:#?}"
        );
        assert_eq!(r[1].source.as_deref(), Some("وزارة المالية الألمانية"));
        let r = rows("وأعلنت وقف تمويلها لوكالة الأونروا.");
        assert!(r.is_empty(), "no subject, no speaker before: {r:#?}");

        let r = rows("قال المندوب الروسي فاسيلي تيخونوف إن الحل سياسي. وأكّد، خلال جلسة لمجلس الأمن، أن الحوار ضروري.");
        assert_eq!(r.len(), 2, "{r:#?}");
        assert!(r
            .iter()
            .all(|x| x.source_key.as_deref() != Some("un-security-council")));
        assert_eq!(
            r[1].source.as_deref(),
            Some("المندوب الروسي فاسيلي تيخونوف")
        );
        assert_eq!(r[1].source_type, Some("person"));
    }

    #[test]
    fn a_person_not_their_employer() {
        let r = one("قال محلل \"القناة 12\" إن الحكومة ستسقط قريباً.");
        assert_eq!(r.source_key, None);
        assert_eq!(r.source_type, Some("person"));
        assert!(r.anonymous, "an unnamed analyst");
        let r = one("قال محلل القناة 12 يوسي بن دافيد إن الحكومة ستسقط.");
        assert_eq!(r.source_key, None);
        assert!(r.source.unwrap().ends_with("يوسي بن دافيد"));
        assert!(!r.anonymous);
    }

    #[test]
    fn chains_give_source_and_via() {
        let r = one("الأناضول ذكرت أن يلدز أكد أن الميناء سيغلق.");
        assert_eq!(r.source_key.as_deref(), Some("anadolu"));
        assert_eq!(r.via.as_deref(), Some("يلدز"));
        assert!(!r.anonymous);

        let r = one("ذكرت وكالة رويترز نقلاً عن 3 مصادر مطلعة أن الوفد وصل.");
        assert_eq!(r.source_key.as_deref(), Some("reuters"));
        assert_eq!(r.via.as_deref(), Some("3 مصادر مطلعة"));
        assert!(r.anonymous);
        assert!(!r.cue_text.contains("الوفد"), "{}", r.cue_text);

        let r = one("وأفادت قناة الميادين نقلاً عن أحمد الشرع أن الطريق فتح.");
        assert_eq!(r.source_key.as_deref(), Some("al-mayadeen"));
        assert_eq!(r.via_key.as_deref(), Some("ahmed-al-sharaa"));
        assert!(!r.anonymous && !r.self_reported, "no outlet given: {r:?}");
    }

    #[test]
    fn numbered_and_dual_sources_are_anonymous_a_titled_name_is_not() {
        let r = one("أفاد مصدران أمنيان لوكالة رويترز بأن الحدود أغلقت.");
        assert_eq!(r.source_key.as_deref(), Some("reuters"));
        assert_eq!(r.via.as_deref(), Some("مصدران أمنيان"));
        assert!(r.anonymous);

        let r = one("ونقلاً عن 3 مصادر، فإن الاتفاق بات قريباً.");
        assert_eq!(
            (r.source.as_deref(), r.source_type),
            (Some("3 مصادر"), Some("anonymous"))
        );
        assert!(r.anonymous);

        let r =
            one("قال مسؤول السياسة الخارجية في الاتحاد الأوروبي، جوزيب ماريا، إن العقوبات ستستمر.");
        assert!(!r.anonymous, "{r:?}");
        assert_eq!(r.source_type, Some("person"));
        assert_eq!(r.source_key, None, "the person, not the EU");
        assert!(r.source.unwrap().ends_with("جوزيب ماريا"));

        let r = one("وقال مسؤول إسرائيلي كبير إن المفاوضات متعثرة.");
        assert!(r.anonymous);
        assert_eq!(r.source_type, Some("anonymous"));
    }

    #[test]
    fn the_intermediary_does_not_swallow_the_claim() {
        let r = one("أفادت مصادر صحية بإصابة فتى في مخيم جنين.");
        assert_eq!(r.source.as_deref(), Some("مصادر صحية"));
        assert_eq!(r.cue_text, "أفادت مصادر صحية");
        assert!(r.anonymous);
    }

    #[test]
    fn the_publishers_own_reporting_is_self_reported() {
        for outlet in ["الميادين", "Al Mayadeen"] {
            let r = rows_for(
                "أفاد مراسل الميادين بأن القصف استمر. وقالت مصادر الميادين إن الوفد غادر.",
                Some(outlet),
            );
            assert_eq!(r.len(), 2, "{outlet}: {r:#?}");
            for x in &r {
                assert!(x.self_reported, "{x:?}");
                assert_eq!(x.source_key.as_deref(), Some("al-mayadeen"));
                assert_eq!(x.source_type, Some("outlet"));
            }
            assert_eq!(r[0].via.as_deref(), Some("مراسل الميادين"));
            assert!(!r[0].anonymous && r[1].anonymous);
        }
        // Another outlet's correspondent, and the town of the same name, are not the publisher.
        let r = rows_for("أفاد مراسل الميادين بأن القصف استمر.", Some("رويترز"));
        assert!(!r[0].self_reported && r[0].source_key.as_deref() != Some("mayadin-town"));
        let r = rows_for("وقال مراسلنا إن القصف استمر.", Some("الميادين"));
        assert!(r[0].self_reported && r[0].source_key.as_deref() == Some("al-mayadeen"));
    }

    #[test]
    fn real_text_shapes_recipients_quoted_names_correspondents() {
        let r = one("وقال مصدر أمني لـ\"رويترز\" إن الطريق مغلق.");
        assert_eq!(r.source_key.as_deref(), Some("reuters"));
        assert_eq!(r.via.as_deref(), Some("مصدر أمني"));
        assert!(r.anonymous);
        let r = rows_for("وقال مصدر أمني للميادين إن الطريق مغلق.", Some("الميادين"));
        assert!(r[0].self_reported && r[0].anonymous, "{r:?}");
        assert_eq!(r[0].source_key.as_deref(), Some("al-mayadeen"));

        let r = one("ونقلت صحيفة \"المساء\" اليومية، عن مصادر أمنية، أن الحدود أغلقت.");
        assert_eq!((r.source_type, r.anonymous), (Some("outlet"), true));
        assert!(r.source.as_deref().unwrap().contains("المساء"), "{r:?}");
        assert_eq!(r.via.as_deref(), Some("مصادر أمنية"));

        let r = one("وقال مراسل الشؤون الاقتصادية في \"القناة 12\"، دان شاحر، إن الأسعار سترتفع.");
        assert!(r.source.as_deref().unwrap().ends_with("دان شاحر"), "{r:?}");
        assert_eq!((r.source_key, r.anonymous), (None, false));

        let r = one("أفادت مراسلة وكالة رويترز بأن الجسر أغلق.");
        assert_eq!(r.source_key.as_deref(), Some("reuters"));
        assert_eq!(r.via.as_deref(), Some("مراسلة وكالة رويترز"));
        assert!(!r.anonymous);
        let r = one("وقال مراسل الشؤون العسكرية في \"القناة الـ13\"، رامي دان، إنّ الجيش انسحب.");
        assert!(r.source.as_deref().unwrap().ends_with("رامي دان"), "{r:?}");
        let r = one("وأكّد المجلس \"استمراره في الإضراب المفتوح حتى تحقيق المطالب كلها\".");
        assert_eq!(
            r.source.as_deref(),
            Some("المجلس"),
            "the quotation is the claim"
        );
        let r = one("وقال نائب وزير الخارجية الروسي إن المحادثات مستمرة.");
        assert_eq!(r.source.as_deref(), Some("نائب وزير الخارجية الروسي"));
        let r = rows_for(
            "وقال مراسل الشؤون السياسية في الميادين إن الوفد وصل.",
            Some("الميادين"),
        );
        assert!(r[0].self_reported, "{r:?}");

        let r = one("أفادت وسائل إعلام محلية بأن الجسر انهار.");
        assert_eq!(r.source.as_deref(), Some("وسائل إعلام محلية"));
        assert_eq!(r.source_type, Some("descriptive"));

        // A place after a preposition is not a subject; an impersonal present verb takes no speaker.
        let r = rows("وزار الوفد مواقع في قطر أعلن أنها آمنة.");
        assert!(
            r.iter().all(|x| x.source_key.as_deref() != Some("qatar")),
            "{r:?}"
        );
        assert_eq!(rows("قال الوزير إن الخطة فشلت، مما يكشف عن أزمة.").len(), 1);
        // «بين» (between) before a name is not «بيّن»; a three-letter city is not a speaker.
        assert!(rows("ووقعت اشتباكات بين الجيش والمسلحين قبل أن تتوقف.").is_empty());
        let r = rows("وقال سول إن الجو بارد.");
        assert!(r.iter().all(|x| x.source_key.is_none()), "{r:?}");
        // An outlet the gazetteer does not know, in quotes after «لـ».
        let r = one("وقالت مصادر مطلعة لمجلة \"الأفق\" إن الصفقة ألغيت.");
        assert_eq!(
            (r.source_type, r.via.as_deref()),
            (Some("outlet"), Some("مصادر مطلعة"))
        );
        assert!(r.anonymous);
    }

    #[test]
    fn the_channel_points_back_to_a_channel() {
        let r = rows("ذكرت صحيفة يديعوت أحرونوت أن الوفد وصل. وقالت قناة الميادين إن الوفد غادر. ونقلت الصحيفة عن مصدر أن الاجتماع أرجئ.");
        let last = r.last().unwrap();
        assert_eq!(
            last.source_key.as_deref(),
            Some("yedioth-ahronoth"),
            "{r:#?}"
        );
    }

    #[test]
    fn run_together_words_are_split() {
        let r = one("قالمسؤول إسرائيلي إن الهدنة صامدة.");
        assert_eq!(r.source.as_deref(), Some("مسؤول إسرائيلي"));
        assert!(r.anonymous);
        let r = one("وأكدمصدر دبلوماسي أن الجلسة أرجئت.");
        assert_eq!(r.source.as_deref(), Some("مصدر دبلوماسي"));
        let r = one("وكالة رويترزقالت إن الشحنة وصلت.");
        assert_eq!(r.source_key.as_deref(), Some("reuters"));
        // Real words that start with a cue are left whole.
        let r = rows("استقالت الحكومة واختارت البرلمان قالباً جديداً.");
        assert!(r.is_empty(), "{r:#?}");
    }

    #[test]
    fn english_cues() {
        let r = one("A senior official told Reuters that the talks stalled.");
        assert_eq!(r.source_key.as_deref(), Some("reuters"));
        assert_eq!(r.via.as_deref(), Some("A senior official"));
        assert!(r.anonymous);
        let r = one("According to Reuters, the talks stalled.");
        assert_eq!(r.source_key.as_deref(), Some("reuters"));
    }

    #[test]
    fn tagged_names_plug_in_as_sources() {
        let g = gaz();
        let text = "وأعلن نادي الشروق الرياضي أن المباراة تأجلت.";
        let d = Doc::new(text);
        let start = text.chars().count() - "نادي الشروق الرياضي أن المباراة تأجلت.".chars().count();
        let span = NameSpan {
            start,
            end: start + "نادي الشروق الرياضي".chars().count(),
            kind: Kind::Org,
        };
        assert!(find(g, &d, &[], &[], None).is_empty());
        let a = find(g, &d, &[], &[span], None);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].source_text.as_deref(), Some("نادي الشروق الرياضي"));
        assert_eq!(a[0].source_type, Some(SourceType::Org));
    }
}
