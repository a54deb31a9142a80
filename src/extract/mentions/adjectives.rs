//! Nationality adjectives («السوري», «الإيرانية», «الأمريكيون», «وفد عراقي») as mentions of their
//! country with the form `adjective`. The forms come from the gazetteer's table
//! (`gazetteer::ADJECTIVES_CSV`); here is when a word of that shape really is the adjective.
//!
//! Arabic agreement decides most cases: a definite adjective follows a definite noun («الرئيس
//! المصري», «نظيره التركي»), an indefinite one an indefinite noun («وفد إيراني»). A masculine
//! singular one after a given name is a family name («محمد المصري») and after a definite noun an
//! indefinite one is a given name («الأمير تركي»): those stay unlinked, never guessed.

use super::super::doc::{strip_conj, Doc};
use super::super::gazetteer::{Gazetteer, Inflection, Kind};
use super::super::words;
use super::Mention;

/// An adjective found at a token.
pub(super) struct AdjHit {
    pub entity: u32,
    pub inflection: Inflection,
    /// Written with the article ال («السوري», «للسوريين»).
    pub definite: bool,
    /// Tokens covered (two for «الكوري الجنوبي»).
    pub len: usize,
    /// Proclitics before the word (و، ب، ل…), without ال.
    pub prefix: String,
    /// The word as written here is also a name of the country («سورية», «السعودية»).
    pub also_name: bool,
}

/// Proclitic stacks tried before a word, longest first.
const PROCLITICS: [&str; 11] = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك", ""];

/// Splits a normalised word into (proclitics, definite, bare word) readings, most specific first.
fn readings(n: &str) -> impl Iterator<Item = (&'static str, bool, &str)> + '_ {
    PROCLITICS.iter().filter_map(move |&p| {
        let rest = words::strip_prefix(n, p)?;
        if let Some(bare) = rest.strip_prefix("ال") {
            return Some((p, true, bare));
        }
        // ل + ال is written لل («للسوريين»).
        if p.ends_with('ل') {
            if let Some(bare) = rest.strip_prefix('ل') {
                return Some((p, true, bare));
            }
        }
        Some((p, false, rest))
    })
}

/// The nationality adjective written at token `i`, if any (the text decides nothing yet).
pub(super) fn at(g: &Gazetteer, d: &Doc, i: usize) -> Option<AdjHit> {
    if g.adjectives.is_empty() {
        return None;
    }
    let n = d.toks[i].norm.as_str();
    // Every form ends in one of these (ي ه ن ت, the broken plurals «أتراك», «روس», «هنود», and
    // the accusative alif «إيرانيا»): a cheap rejection for most words.
    if !n.ends_with(['ي', 'ه', 'ن', 'ت', 'ك', 'د', 'س', 'ا']) {
        return None;
    }
    for (prefix, definite, bare) in readings(n) {
        if bare.chars().count() < 3 {
            continue;
        }
        let Some(forms) = g.adjectives.get(bare) else {
            continue;
        };
        for a in forms {
            let k = a.rest.len();
            if i + 1 + k > d.len() || (i..i + k).any(|j| d.breaks_after(j)) {
                continue;
            }
            // The other words agree: all with ال or none.
            let fits = a.rest.iter().enumerate().all(|(j, w)| {
                let t = d.toks[i + 1 + j].norm.as_str();
                match t.strip_prefix("ال") {
                    Some(b) => definite && b == &**w,
                    None => !definite && t == &**w,
                }
            });
            if fits {
                return Some(AdjHit {
                    entity: a.entity,
                    inflection: a.inflection,
                    definite,
                    len: k + 1,
                    prefix: prefix.to_string(),
                    also_name: a.also_name[definite as usize],
                });
            }
        }
    }
    None
}

/// Words after which an adjective is a language, not a country («باللغة الفرنسية»), as bare forms.
const LANGUAGE_HEADS: [&str; 3] = ["لغه", "اللغه", "باللغه"];

/// Nouns that commonly take a nationality adjective («وفد تركي», «مسؤول يمني»), as search keys.
/// Only needed for the forms that are also given names (see [`GIVEN_NAMES`]).
const HEADS: &[&str] = &[
    "وفد",
    "مسوول",
    "مصدر",
    "جانب",
    "موقف",
    "رد",
    "دعم",
    "قصف",
    "هجوم",
    "جندي",
    "عسكري",
    "دبلوماسي",
    "وزير",
    "سفير",
    "رييس",
    "مواطن",
    "لاعب",
    "منتخب",
    "فريق",
    "جيش",
    "نظام",
    "شعب",
    "اقتصاد",
    "عرض",
    "اقتراح",
    "مقترح",
    "تحرك",
    "قرار",
    "طرف",
    "تدخل",
    "وجود",
    "انسحاب",
    "نفوذ",
    "مشروع",
    "رجل",
    "مسوولين",
    "نايب",
    "صحفي",
    "ناشط",
    "باحث",
    "خبير",
    "محلل",
    "مستثمر",
    "تاجر",
    "لاجي",
    "طيار",
];

/// Masculine singular adjectives that are also given names («تركي» Turki, «يمني» Yumna once ى is
/// folded, «كندي» Kennedy): indefinite, they are the adjective only after a noun of [`HEADS`].
const GIVEN_NAMES: [&str; 3] = ["تركي", "يمني", "كندي"];

/// The last words of compound given names («عبد الله», «نور الدين»): a definite word that ends a
/// name rather than a definite noun an adjective could follow.
const NAME_ENDS: [&str; 2] = ["الله", "الدين"];

/// Is the word definite: ال (after clitics), or an attached pronoun («نظيره», «رئيسها»)? The
/// pronoun is read off the text as written: ه there is a pronoun, ة a feminine ending.
fn definite_word(d: &Doc, j: usize) -> bool {
    let t = &d.toks[j];
    let n = strip_conj(&t.norm);
    let n = n.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(n);
    let surface = d.slice(j, j + 1);
    n.starts_with("ال")
        || t.norm.starts_with("لل")
        || (t.key.len() < t.norm.len()
            && ["ه", "ها", "هم", "هما", "هن", "كم", "نا"]
                .iter()
                .any(|s| surface.ends_with(s)))
}

/// Prepositions and verbs of saying: a singular adjective cannot follow one («في سورية» is the
/// country, «قال المصري» a family name). Bare normalised forms.
const NOT_NOUNS: &[&str] = &[
    "في",
    "الي",
    "من",
    "عن",
    "علي",
    "مع",
    "بين",
    "حول",
    "ضد",
    "لدي",
    "عند",
    "نحو",
    "منذ",
    "خلال",
    "قال",
    "قالت",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "اضاف",
    "اضافت",
    "زار",
    "زارت",
    "وصل",
    "وصلت",
    // Verbs that look definite once أ is folded («التقى», «ألقى», «ألغى»).
    "التقي",
    "التقت",
    "القي",
    "القت",
    "الغي",
    "الغت",
    "الزم",
    "المح",
    "المحت",
    "الحق",
];

/// Does the adjective at `i` (found by [`at`]) qualify a noun of the text, so that it names its
/// country? `before`: the mentions found so far in this field (the last may end at `i`).
pub(super) fn qualifies(
    g: &Gazetteer,
    d: &Doc,
    i: usize,
    a: &AdjHit,
    before: &[Mention],
    field: super::Field,
) -> bool {
    let prev = (i > 0 && !d.breaks_after(i - 1)).then(|| i - 1);
    let ends_mention = |j: usize| {
        before
            .last()
            .filter(|m| m.field == field && m.toks.1 == j + 1)
    };
    if let Some(j) = prev {
        if LANGUAGE_HEADS.contains(&strip_conj(&d.toks[j].norm)) {
            return false;
        }
        // «محمد شياع السوداني»: part of a person's name.
        if ends_mention(j).is_some_and(|m| g.entity(m.entity).kind == Kind::Person) {
            return false;
        }
    }
    let masc = a.inflection == Inflection::MasculineSingular;
    let singular = matches!(
        a.inflection,
        Inflection::MasculineSingular | Inflection::FeminineSingular
    );
    if singular && prev.is_some_and(|j| NOT_NOUNS.contains(&strip_conj(&d.toks[j].norm))) {
        return false;
    }
    match (a.definite, prev) {
        // «المصري» after a noun with ال or a pronoun, or after a name («طرابلس اللبنانية»); never
        // after a given name («محمد المصري») or a compound name's end («عبد الله المصري»).
        (true, Some(j)) if masc => {
            let name_end = NAME_ENDS.contains(&strip_conj(&d.toks[j].norm))
                || (j > 0 && matches!(d.toks[j - 1].key.as_str(), "عبد" | "ابو" | "بن" | "ابن"));
            !name_end && (definite_word(d, j) || ends_mention(j).is_some())
        }
        // «المصري» opening a sentence or after a verb: a family name or «the Egyptian»: unlinked.
        (true, None) if masc => false,
        // Feminine, plural and dual forms are never family names; the demonym plural stands alone
        // («قال السوريون»).
        (true, _) => true,
        // An indefinite adjective after a definite word is a given name («الأمير تركي»).
        (false, Some(j)) if definite_word(d, j) => false,
        (false, Some(j)) if masc && GIVEN_NAMES.contains(&strip_conj(&d.toks[i].norm)) => {
            HEADS.contains(&d.toks[j].key.as_str())
        }
        (false, Some(_)) => true,
        // Opening a sentence: «سوريون» yes, «سوري» (a word alone) no.
        (false, None) => !masc,
    }
}

/// For a form that is also the country's name («سورية», «السعودية», «جيبوتي»): is it the adjective
/// here? Only after a noun it agrees with in definiteness («السلطات السعودية», «رغبة سورية»; not
/// «إلى السعودية», «زار سورية»), a noun of [`HEADS`] for a masculine one.
pub(super) fn agrees_as_adjective(d: &Doc, i: usize, a: &AdjHit) -> bool {
    if i == 0 || d.breaks_after(i - 1) {
        return false;
    }
    let p = &d.toks[i - 1];
    let bare = strip_conj(&p.norm);
    if definite_word(d, i - 1) != a.definite || NOT_NOUNS.contains(&bare) {
        return false;
    }
    match a.inflection {
        // A definite feminine form after a definite noun («السلطات السعودية»); an indefinite one
        // after a feminine or non-human plural noun («رغبة سورية», «مصادر سعودية»).
        Inflection::FeminineSingular => a.definite || bare.ends_with('ه') || bare.ends_with("ات"),
        // «وفداً سورياً»: the form in «ا» is the accusative, after an accusative noun; after
        // «رئيس» it is the name «سوريا» in a construct («رئيس سوريا»).
        Inflection::MasculineSingular => {
            HEADS.contains(&p.key.as_str())
                && (!d.toks[i + a.len - 1].norm.ends_with('ا') || bare.ends_with('ا'))
        }
        Inflection::Plural | Inflection::Dual => true,
    }
}
