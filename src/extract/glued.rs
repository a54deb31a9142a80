//! Words glued together in scraped text («خلالزيارة», «عنالهجمات», «روسيارفضت», «الكرملينكييف»): the
//! HTML the articles come from drops the space at some tag boundaries, and a glued word hides the
//! trigger, cue or name in it from every extractor.
//!
//! Split only when both halves are sure and the whole is neither an ordinary word of the tagger's
//! training data (`data/ner/common_words.txt`) nor a gazetteer name:
//! * [`preposition`]: a preposition or adverb of place or time, then an ordinary word or a name. On
//!   the 4,933 Al Mayadeen 2023 articles of the development scrape (`../shared/data/README.md`) these
//!   rules split 216 distinct tokens (286 occurrences), all read by hand and all right; looser rules
//!   (two-letter prepositions before any word, rests of three letters, a rest starting with و) split
//!   real words («ومعارضه», «وعنوان», «تحتلها», «مندفعه», «بعدوانه»).
//!   «عن» alone may also stand before an ordinary word of three letters or more that is no pronoun
//!   and no «وا…» («عنعدم», «عنوجود», «عناستهداف»): on the same articles 73 distinct tokens (113
//!   occurrences), all read, all right; «عنوانه», «عنهما» stay whole.
//! * [`name`]: a one-word gazetteer name of four letters or more, with an ordinary word or another
//!   name before or after it. The same articles give 153 distinct tokens; 120 read by hand, all right.
//!   A name's own suffixes («العراقيين», «لبنانية») leave three letters or fewer, never split.
//! * [`before_anna`]: a known word, then «أنّ» or «إنّ» (with ب or ل, a pronoun, or «بشأن»)
//!   («إسرائيليةأنّ», «أردوغانإنّ», «ماكرونبأنّه»), told by the hamza on the alef, which words ending
//!   in «ان» do not have («عدنان»). The same articles give 86 distinct tokens with a known first
//!   word; 80 read by hand, all right. A definite relational adjective counts as known too
//!   («الإسلاميأنّ»): 12 distinct tokens there, all read, all right. So does a past reporting verb,
//!   alone or with «لـ» and an outlet («صرّحبأن», «أكّدللميادينأنّ»).

use super::doc::Tok;
use super::gazetteer::Gazetteer;
use super::tagger::common_words;
use super::words;

/// Where to split a token of `text` run into the next word, by the rules below in turn: chars of its
/// normal form in the first word, or None. (Extraction tries a reporting verb glued to its source,
/// `attrib::glued`, first.)
pub(crate) fn seam(g: &Gazetteer, text: &str, t: &Tok) -> Option<usize> {
    // This runs on every token. Only the «ة» rule splits fewer than five letters, and only the
    // rules that read the surface split an ordinary word or a name: ask once, not in each rule.
    if t.norm.len() < 10 {
        return after_ta_marbuta(text, t);
    }
    let Some(n) = unknown_word(g, t) else {
        return before_anna(g, text, t)
            .or_else(|| after_anna(g, text, t))
            .or_else(|| after_ta_marbuta(text, t));
    };
    preposition(g, n)
        .or_else(|| name(g, n))
        .or_else(|| before_anna(g, text, t))
        .or_else(|| after_anna(g, text, t))
        .or_else(|| after_ta_marbuta(text, t))
        .or_else(|| name_then_preposition(g, n))
        .or_else(|| outlet_then_word(g, n))
        // Before «لـ» + outlet: «مراسلالميادين» is «مراسل الميادين», not «مراس لـالميادين».
        .or_else(|| word_then_definite_outlet(g, n))
        .or_else(|| word_then_outlet(g, n))
        .or_else(|| word_then_given_name(g, text, t, n))
}

/// Prepositions and adverbs of three letters or more, as normal forms. Words that begin with them
/// and are themselves words («بعدما», «عندما», «بينما», «عبري») are in the ordinary-word list, or leave a
/// rest too short to split.
const LONG: &[&str] = &[
    "خلال",
    "بعد",
    "قبل",
    "عند",
    "حول",
    "ضد",
    "منذ",
    "بين",
    "عبر",
    "لدي",
    "علي",
    "اثناء",
    "وسط",
    "امام",
    "تحت",
    "فوق",
    "ضمن",
    "نحو",
    "بشان",
    "حيال",
    "ازاء",
    "عقب",
    "اثر",
];

/// Two-letter prepositions split only before the article «ال» («عنالهجمات»): before other words they
/// begin too many real ones («معارضة», «عنوان», «منفرد»).
const SHORT: &[&str] = &["من", "عن", "مع", "في", "الي"];

/// The token's normal form when it may be two glued words: Arabic letters only, and neither an
/// ordinary word nor a name. Asked once per token (each rule then tests only its own length, `long`).
fn unknown_word<'t>(g: &Gazetteer, t: &'t Tok) -> Option<&'t str> {
    let n = t.norm.as_str();
    let arabic = || n.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
    (arabic() && !common_words().contains(n) && !g.first.contains_key(t.key.as_str())).then_some(n)
}

/// `Some` when a normal form has at least `min_bytes` bytes (a rule's own minimum length).
fn long(n: &str, min_bytes: usize) -> Option<()> {
    (n.len() >= min_bytes).then_some(())
}

/// Is a normal form an ordinary word of the tagger's training data or a one-word gazetteer name?
fn known_word(g: &Gazetteer, w: &str) -> bool {
    common_words().contains(w) || g.one_word_names.contains(w)
}

/// Where to split a token glued to the next word: the number of chars of its normal form that belong
/// to the first word, or None.
fn preposition(g: &Gazetteer, n: &str) -> Option<usize> {
    let known = |rest: &str| known_word(g, rest);
    // «أعربت عنعدم رغبتها», «تحدثت عنوجود»: «عن» before an ordinary word of three letters or more
    // (a verb's own preposition, as in «أعرب عن», «تحدث عن», «كشف عن»); the whole is no word.
    if let Some(rest) = n.strip_prefix("عن") {
        // Not a pronoun («عنهما») nor «عنوانه» (a title: «و» + «أنه» is no word after «عن»).
        if rest.chars().count() >= 3
            && !rest.starts_with('ف')
            && !rest.starts_with("وا")
            && !matches!(rest, "هما" | "هم" | "ها" | "هن" | "كم" | "كما" | "نا")
            && known(rest)
        {
            return Some(2);
        }
    }
    long(n, 12)?;
    // A conjunction before a long preposition («وبعدالانقلاب»); never before a short one, where «و»
    // + two letters starts too many words.
    let (conj, w) = match n.strip_prefix(['و', 'ف']) {
        Some(r) if LONG.iter().any(|p| words::strip_prefix(r, p).is_some()) => (1, r),
        _ => (0, n),
    };
    for p in LONG {
        if let Some(rest) = words::strip_prefix(w, p) {
            // A preposition is followed by a noun, not a conjunction: «بعدوانه» is ب + عدوانه.
            if rest.chars().count() >= 4 && !rest.starts_with(['و', 'ف']) && known(rest) {
                return Some(conj + p.chars().count());
            }
        }
    }
    if conj == 0 {
        for p in SHORT {
            if let Some(rest) = words::strip_prefix(w, p) {
                if rest.starts_with("ال") && rest.chars().count() >= 5 && known(rest) {
                    return Some(p.chars().count());
                }
            }
        }
    }
    None
}

/// Where to split a token that is a one-word gazetteer name glued to an ordinary word or another
/// name («روسيارفضت», «حذرتروسيا», «الكرملينكييف»): chars of the normal form in the first word.
/// Where to split a known one-word name with a short preposition run on after it («دمشقفي»,
/// «الميادينفي»): the name's chars.
fn name_then_preposition(g: &Gazetteer, n: &str) -> Option<usize> {
    // «مصادرالميادينقد أفادت»: the particle «قد» run on too.
    SHORT.iter().chain(&["قد"]).find_map(|p| {
        let w1 = n.strip_suffix(p)?;
        // A gazetteer name, even one frequent enough to count as a common word («الميادين»):
        // a preposition run on after it is the evidence.
        (w1.chars().count() >= 4
            && (g.one_word_names.contains(w1)
                || g.first
                    .contains_key(crate::arabic::search_form(w1).as_str())))
        .then(|| w1.chars().count())
    })
}

fn name(g: &Gazetteer, n: &str) -> Option<usize> {
    long(n, 16)?;
    let cw = common_words();
    // Exact words, never search forms: stemming every substring of every long word would cost
    // more than the rest of extraction, and stems are what fold ordinary words into names.
    let one_word_name = |w: &str| {
        g.one_word_names.contains(w)
            || ["و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"]
                .iter()
                .any(|p| {
                    w.strip_prefix(p)
                        .is_some_and(|r| g.one_word_names.contains(r))
                })
    };
    let chars = n.chars().count();
    for (k, (b, _)) in n.char_indices().enumerate().skip(4) {
        if k + 4 > chars {
            break;
        }
        let (w1, w2) = n.split_at(b);
        let sure = match (cw.contains(w1), cw.contains(w2)) {
            (true, true) => false, // two ordinary words: not this rule's to split
            (true, false) => one_word_name(w2),
            (false, true) => one_word_name(w1),
            (false, false) => one_word_name(w1) && one_word_name(w2),
        };
        if sure {
            return Some(k);
        }
    }
    None
}

/// Where to split a word run into the first name of a person the gazetteer knows, when the next
/// word is the rest of that name («الروسيفلاديمير بوتين», «عمدة موسكوسيرغي سوبيانين», «الأميركيجو
/// بايدن»): scraped text drops the space before a linked name. The first part must be an ordinary
/// word or a one-word name. Chars of the normal form in the first word.
fn word_then_given_name(g: &Gazetteer, text: &str, t: &Tok, n: &str) -> Option<usize> {
    let next = text.get(t.byte_end..)?.split_whitespace().next()?;
    let cw = common_words();
    let chars = n.chars().count();
    for (k, (b, _)) in n.char_indices().enumerate().skip(3) {
        if k + 2 > chars {
            break;
        }
        // `given_names` holds only first words of persons' names of two words or more.
        let (w1, w2) = n.split_at(b);
        if !g.given_names.contains(w2) {
            continue;
        }
        // «الروسي», «الأميركي»: a country's adjective too.
        let adjective = || {
            let w = w1
                .strip_prefix(['و', 'ف'])
                .filter(|r| r.starts_with("ال"))
                .unwrap_or(w1);
            w.strip_prefix("ال")
                .is_some_and(|r| g.adjectives.contains_key(r))
        };
        if !(known_word(g, w1) || adjective()) {
            continue;
        }
        // For a surname the gazetteer lacks («سيرغي سوبيانين»): a given name of four letters or
        // more that is no ordinary word, before a word that is none either.
        if w2.chars().count() >= 4
            && !cw.contains(w2)
            && !cw.contains(crate::arabic::normalize(next).as_str())
        {
            return Some(k);
        }
        // Otherwise the person's whole name: the next word completes it.
        let next_key = crate::arabic::search_form(next);
        let whole_name = g
            .first
            .get(crate::arabic::search_form(w2).as_str())
            .is_some_and(|aliases| {
                aliases.iter().any(|a| {
                    g.entity(a.entity).kind == crate::extract::gazetteer::Kind::Person
                        && a.rest.first().is_some_and(|r| **r == *next_key)
                        && a.words.as_ref().is_some_and(|ws| *ws[0] == *w2)
                })
            });
        if whole_name {
            return Some(k);
        }
    }
    None
}

/// The chars of the longest prefix of `n` (a normal form) that is an outlet's distinctive word of
/// four letters or more («الميادين», «رويترز»), leaving at least three letters after it.
pub(crate) fn outlet_prefix(g: &Gazetteer, n: &str) -> Option<usize> {
    let chars = n.chars().count();
    n.char_indices()
        .enumerate()
        .skip(4)
        .take_while(|&(k, _)| k + 3 <= chars)
        .filter(|&(_, (b, _))| g.outlet_words.contains(&n[..b]))
        .map(|(k, _)| k)
        .last()
}

/// Where to split an outlet's one-word name run into the next word («الميادينبوقوع»,
/// «الميادينتضامنها»): scraped text drops the spaces around a linked or bold name, and the outlet's
/// name hides the publisher's own reporting. Chars of the normal form in the name.
fn outlet_then_word(g: &Gazetteer, n: &str) -> Option<usize> {
    long(n, 14)?;
    // «للميادينفي»: the outlet spoken to, after [`word_then_outlet`] split it from the word before.
    let k = outlet_prefix(g, n).or_else(|| {
        let r = n.strip_prefix("لل")?;
        outlet_prefix(g, &format!("ال{r}"))
    })?;
    // The rest must be a word of its own («بوقوع», «أنّ»), not a suffix («الوطنيون» is no «الوطن»
    // + «يون»).
    let rest: String = n.chars().skip(k).collect();
    let known = |w: &str| known_word(g, w);
    let ok = known(&rest)
        || rest
            .strip_prefix(['ب', 'ل', 'و', 'ف'])
            .is_some_and(|r| r.chars().count() >= 3 && known(r))
        || matches!(
            rest.as_str(),
            "ان" | "انه" | "انها" | "بان" | "بانه" | "بانها"
        )
        // «الميادينبأنّقوات»: «أنّ» and the word after it, glued too (split on the next pass).
        || ["بان", "ان"]
            .iter()
            .any(|p| rest.strip_prefix(p).is_some_and(|r| r.chars().count() >= 3 && known(r)));
    ok.then_some(k)
}

/// Where to split a word run into «لـ» and an outlet's name after it («منير البرشللميادين», «في
/// حديثللميادين»): the interviewee's name or the noun before the outlet spoken to. Chars of the
/// normal form in the first word, which keeps three letters at least.
fn word_then_outlet(g: &Gazetteer, n: &str) -> Option<usize> {
    long(n, 12)?;
    n.char_indices()
        .enumerate()
        .skip(3)
        .find(|&(_, (b, _))| {
            let rest = &n[b..];
            // «مصادرللميادينأنّ», «اللبنانيللميادينفي»: «أنّ» or a preposition run on too, split
            // off by [`before_anna`] or [`outlet_then_word`] on the next pass.
            lam_outlet(g, rest)
                || ["ان", "انه", "انها", "بان", "بانه", "بانها", "في", "عن"]
                    .iter()
                    .any(|a| rest.strip_suffix(a).is_some_and(|o| lam_outlet(g, o)))
        })
        .map(|(k, _)| k)
}

/// Where to split an ordinary word run into an outlet's name written with «ال» («محللالميادين»,
/// «محللالميادينللشؤون»): the word before the outlet (its analyst, correspondent, screen) is what
/// names the publisher's own reporting. Chars of the normal form in the first word, three at least.
fn word_then_definite_outlet(g: &Gazetteer, n: &str) -> Option<usize> {
    long(n, 14)?;
    let cw = common_words();
    n.char_indices()
        .enumerate()
        .skip(3)
        .find(|&(_, (b, _))| {
            let (w1, rest) = n.split_at(b);
            rest.starts_with("ال")
                // «محلل» and «موفد» are rare in the tagger's training text, common before an outlet.
                && (cw.contains(w1) || matches!(w1, "محلل" | "محللو" | "موفد" | "كاميرا"))
                && (g.outlet_words.contains(rest) || outlet_prefix(g, rest).is_some())
        })
        .map(|(k, _)| k)
}

/// Is `n` (a normal form) «لـ» + an outlet's distinctive word («للميادين», «لرويترز»): the outlet
/// spoken to?
pub(crate) fn lam_outlet(g: &Gazetteer, n: &str) -> bool {
    let known = |o: &str| o.chars().count() >= 4 && g.outlet_words.contains(o);
    // A name written with «ال» takes «لل»: «خاصبالميادين» is no «خاصبا» + «لميادين».
    n.strip_prefix("لل").is_some_and(known)
        || n.strip_prefix('ل')
            .is_some_and(|o| known(o) && !g.outlet_words.contains(format!("ال{o}").as_str()))
}

/// Where to split a word written with «ة» inside it («السمكيةفي», «الحكوميةإلى»): «ة» only ever
/// ends a word, so what follows it is the next word, glued on when the HTML was cleaned. Chars of
/// the normal form in the first word. `text` is the field's text, which the token's offsets index.
pub(crate) fn after_ta_marbuta(text: &str, t: &Tok) -> Option<usize> {
    let surface = &text[t.byte_start..t.byte_end];
    let (at, c) = surface.char_indices().find(|&(_, c)| c == 'ة')?;
    let rest = &surface[at + c.len_utf8()..];
    // Marks after «ة» («ةً») are still the first word's; two letters make a word after it.
    if crate::arabic::normalize(rest).chars().count() < 2 {
        return None;
    }
    Some(
        crate::arabic::normalize(&surface[..at + c.len_utf8()])
            .chars()
            .count(),
    )
}

/// Where to split a known word glued to «أنّ»/«إنّ» (see the module docs): chars of the normal form
/// in the first word. `text` is the field's text, which the token's offsets index.
pub(crate) fn before_anna(g: &Gazetteer, text: &str, t: &Tok) -> Option<usize> {
    let n = t.norm.as_str();
    if n.len() < 12
        || !(n.ends_with("ان")
            || n.ends_with('ه')
            || n.ends_with("ها")
            || n.ends_with("هم")
            || n.ends_with("نا"))
    {
        return None;
    }
    let surface = &text[t.byte_start..t.byte_end];
    // The last alef with hamza: «أنّ», «إنّه», «بأنّ», «بشأن».
    let (at, _) = surface
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, 'أ' | 'إ'))?;
    let mut head = &surface[..at];
    let tail = crate::arabic::normalize(&surface[at..]);
    if !matches!(
        tail.as_str(),
        "ان" | "انه" | "انها" | "انهم" | "اننا" | "انني"
    ) {
        return None;
    }
    for p in ["بش", "ب", "ل"] {
        if let Some(h) = head.strip_suffix(p) {
            // «ماكرونبأنّه», «تسويةبشأن»: only when what is left is a known word.
            if known_head(g, h) {
                head = h;
                break;
            }
        }
    }
    let cw = common_words();
    // The whole is not checked against the gazetteer: its search form is a stem, which the
    // glued «أنّ» does not change («الإسرائيليةأنّ» has Israel's).
    if cw.contains(n) || !known_head(g, head) {
        return None;
    }
    Some(crate::arabic::normalize(head).chars().count())
}

/// Where to split «أنّ»/«إنّ» glued to the word after it («إنّالسعودية», «أنّأعداد», «بأنّالوزير»):
/// the chars of the normal form in «أن» (with ب or ل). Told by the shadda written on the nun,
/// which no word beginning «أن…» carries there, and by a known word after it.
pub(crate) fn after_anna(g: &Gazetteer, text: &str, t: &Tok) -> Option<usize> {
    let n = t.norm.as_str();
    if n.len() < 10 {
        return None;
    }
    let surface = &text[t.byte_start..t.byte_end];
    let lead = ["بأنّ", "لأنّ", "أنّ", "إنّ"]
        .iter()
        .find(|p| surface.starts_with(*p))?;
    let rest = surface[lead.len()..].trim_start_matches(crate::arabic::stem::is_mark);
    // «إنّالمسيحيين»: with the shadda written, any definite word after it (no word begins «إنّال»).
    let definite = {
        let r = crate::arabic::normalize(rest);
        r.starts_with("ال") && r.chars().count() >= 5
    };
    if !definite && !known_head(g, rest) {
        return None;
    }
    Some(crate::arabic::normalize(lead).chars().count())
}

/// A first word sure enough to split at: four letters or more, and an ordinary word, a one-word
/// gazetteer name or a nationality adjective («الإسرائيلي»).
fn known_head(g: &Gazetteer, head: &str) -> bool {
    let h = crate::arabic::normalize(head);
    // «صرّحبأنّ», «أكّدللميادينأنّ»: a reporting verb, alone or with «لـ» and an outlet (split off
    // in the next pass), before its «أنّ».
    let verb = |v: &str| crate::extract::attrib::is_past_reporting(v.trim_start_matches('و'));
    if verb(&h)
        || h.char_indices()
            .skip(3)
            .any(|(b, _)| verb(&h[..b]) && lam_outlet(g, &h[b..]))
    {
        return true;
    }
    if h.chars().count() < 4 {
        return false;
    }
    let bare = h.strip_prefix("ال").unwrap_or(&h);
    // «الجهاد الإسلاميأنّ»: a definite relational adjective, which ordinary text so often puts
    // inside names that it is not in the ordinary-word list.
    let definite_nisba = h.starts_with("ال") && h.ends_with('ي') && h.chars().count() >= 6;
    common_words().contains(h.as_str())
        || definite_nisba
        || g.adjectives.contains_key(bare)
        || g.one_word_names.contains(h.as_str())
        // «إنّنتنياهو»: a person's short name.
        || g.shorts.contains_key(h.as_str())
        || lam_outlet(g, &h)
}

#[cfg(test)]
mod tests {
    use crate::extract::doc::Doc;

    fn words(text: &str) -> Vec<String> {
        let g = crate::archive::gazetteer::shipped();
        let mut d = Doc::new(text);
        let at = |t: &crate::extract::doc::Tok| super::seam(g, text, t);
        // Up to three passes, as extraction runs them.
        for _ in 0..3 {
            if !d.split_glued(at) {
                break;
            }
        }
        (0..d.len())
            .map(|i| d.slice(i, i + 1).to_string())
            .collect()
    }

    /// «أنّ»/«إنّ» run into the word after it (found on a fresh slice of 2023 articles): split when
    /// the shadda is written and a known word follows; a word that begins «أن…» is left alone.
    #[test]
    fn anna_glued_to_the_next_word_is_split_off() {
        assert_eq!(
            words("وقال الوزير إنّالسعودية عملت بأنّالأردن"),
            ["وقال", "الوزير", "إنّ", "السعودية", "عملت", "بأنّ", "الأردن"]
        );
        assert_eq!(words("الأنظمة أنطاكيا"), ["الأنظمة", "أنطاكيا"]);
        assert_eq!(
            words("يشار إلى أنّالصين دعت"),
            ["يشار", "إلى", "أنّ", "الصين", "دعت"]
        );
    }

    /// «ة» ends a word: a token with letters after it is two words run together.
    #[test]
    fn a_word_after_ta_marbuta_is_split_off() {
        assert_eq!(
            words("أدانت وزارة الثروة السمكيةفي حكومة صنعاء الخطوة الأميركيةًالجديدة"),
            [
                "أدانت",
                "وزارة",
                "الثروة",
                "السمكية",
                "في",
                "حكومة",
                "صنعاء",
                "الخطوة",
                "الأميركيةً",
                "الجديدة"
            ]
        );
        // Marks after «ة» stay with it; a word ending in «ة» is left alone.
        assert_eq!(words("مدينةٌ كبيرة"), ["مدينةٌ", "كبيرة"]);
    }

    /// «لـ» and an outlet's name run on after a word: the outlet spoken to.
    #[test]
    fn an_outlet_after_lam_glued_to_the_word_before_is_split_off() {
        assert_eq!(
            words("وقال منير البرشللميادين إنّ الوضع صعب، وفي حديثللميادين أكد"),
            [
                "وقال",
                "منير",
                "البرش",
                "للميادين",
                "إنّ",
                "الوضع",
                "صعب",
                "وفي",
                "حديث",
                "للميادين",
                "أكد"
            ]
        );
        assert_eq!(
            words("وأفادت مصادرللميادينأنّ القصف استهدف القاعدة"),
            [
                "وأفادت",
                "مصادر",
                "للميادين",
                "أنّ",
                "القصف",
                "استهدف",
                "القاعدة"
            ]
        );
        assert_eq!(
            words("وشدد النائب اللبنانيللميادينفي الختام"),
            ["وشدد", "النائب", "اللبناني", "للميادين", "في", "الختام"]
        );
        assert_eq!(
            words("كشف مصدر خاصبالميادينأنّه"),
            ["كشف", "مصدر", "خاصبالميادينأنّه"]
        );
        for w in ["للميادين", "المستقبلية", "الاستقلال"] {
            assert_eq!(words(w), [w], "{w}");
        }
    }

    /// «عن» run into an ordinary word after a verb that takes it; never a word that begins with
    /// «عن» («عنوان», «عنصر», «عندما»).
    #[test]
    fn an_preposition_glued_to_an_ordinary_word_is_split() {
        assert_eq!(
            words("قبل أن تعرب سوريا عنعدم رغبتها وتحدثت عنوجود عداء"),
            [
                "قبل",
                "أن",
                "تعرب",
                "سوريا",
                "عن",
                "عدم",
                "رغبتها",
                "وتحدثت",
                "عن",
                "وجود",
                "عداء"
            ]
        );
        for w in [
            "عنوان",
            "عنوانه",
            "عنوانا",
            "عنهما",
            "عنصرية",
            "عندما",
            "عنقود",
            "عناصرها",
        ] {
            assert_eq!(words(w), [w], "{w}");
        }
    }

    /// A reporting verb run into its «أنّ», alone or with «لـ» and an outlet between.
    #[test]
    fn a_reporting_verb_glued_to_its_anna_is_split() {
        assert_eq!(
            words("وكان أكّدللميادينأنّ سلطات الاحتلال"),
            ["وكان", "أكّد", "للميادين", "أنّ", "سلطات", "الاحتلال"]
        );
        assert_eq!(
            words("الرئيس صرّحبأن البلاد"),
            ["الرئيس", "صرّح", "بأن", "البلاد"]
        );
    }

    /// A known name with a short preposition run on after it.
    #[test]
    fn a_preposition_glued_after_a_name_is_split_off() {
        assert_eq!(
            words("وصل الوفد إلى دمشقفي زيارة"),
            ["وصل", "الوفد", "إلى", "دمشق", "في", "زيارة"]
        );
        assert_eq!(words("الميادينفي"), ["الميادين", "في"]);
    }

    #[test]
    fn prepositions_glued_to_the_next_word_are_split() {
        assert_eq!(
            words("وقّع الاتفاق خلالزيارة الرئيس وبعدالانقلاب عنالهجمات"),
            [
                "وقّع",
                "الاتفاق",
                "خلال",
                "زيارة",
                "الرئيس",
                "وبعد",
                "الانقلاب",
                "عن",
                "الهجمات"
            ]
        );
    }

    /// A word (a country's adjective, a place, a verb) run into a person's given name whose next
    /// word completes a name the gazetteer knows, or a given name of its persons before a word that
    /// is no ordinary one; an ordinary word before an ordinary one is left whole.
    #[test]
    fn a_word_glued_to_a_given_name_is_split() {
        assert_eq!(
            words("الرئيس الروسيفلاديمير بوتين والأميركيجو بايدن"),
            [
                "الرئيس",
                "الروسي",
                "فلاديمير",
                "بوتين",
                "والأميركي",
                "جو",
                "بايدن"
            ]
        );
        assert_eq!(
            words("عمدة موسكوسيرغي سوبيانين"),
            ["عمدة", "موسكو", "سيرغي", "سوبيانين"]
        );
        assert_eq!(words("الأميركيجو الحار"), ["الأميركيجو", "الحار"]);
    }

    #[test]
    fn names_glued_to_a_word_or_a_name_are_split() {
        assert_eq!(
            words("روسيارفضت الطلب ثم حذرتروسيا والكرملينكييف"),
            [
                "روسيا",
                "رفضت",
                "الطلب",
                "ثم",
                "حذرت",
                "روسيا",
                "والكرملين",
                "كييف"
            ]
        );
    }

    #[test]
    fn a_known_word_glued_to_anna_is_split() {
        assert_eq!(
            words("ذكرت الصحيفة الإسرائيليةأنّ الوفد وصل وقال أردوغانإنّه مستعد"),
            [
                "ذكرت",
                "الصحيفة",
                "الإسرائيلية",
                "أنّ",
                "الوفد",
                "وصل",
                "وقال",
                "أردوغان",
                "إنّه",
                "مستعد"
            ]
        );
        assert_eq!(words("أبلغ ماكرونبأنّه"), ["أبلغ", "ماكرون", "بأنّه"]);
        // Words that end in «ان» without the hamza, or whose head is no known word, stay whole.
        for w in ["عدنان", "سلمان", "اطمأنّ", "بالشأن", "الشأن"] {
            assert_eq!(words(w), [w], "{w}");
        }
    }

    #[test]
    fn real_words_that_begin_like_a_preposition_stay_whole() {
        for w in [
            "ومعارضة",
            "وعنوان",
            "تحتلها",
            "مندفعة",
            "بعدوانه",
            "بعدما",
            "عندما",
            "بينما",
            "منفرد",
            "وسطاء",
            "عقبات",
            "فيلم",
            "العراقيين",
            "لبنانية",
            "الإيرانيين",
            "اللبنانيون",
            "الهندسية",
        ] {
            assert_eq!(words(w), [w], "{w}");
        }
    }

    /// An ordinary word run into the outlet's name with «ال» («مراسلالميادين», three words in
    /// «محللالميادينللشؤون»): split before the name, then after it.
    #[test]
    fn a_word_glued_to_the_definite_outlet_is_split_off() {
        assert_eq!(
            words("قال مراسلالميادين إنّ القصف مستمر"),
            ["قال", "مراسل", "الميادين", "إنّ", "القصف", "مستمر"]
        );
        assert_eq!(
            words("أكد محللالميادينللشؤون العربية"),
            ["أكد", "محلل", "الميادين", "للشؤون", "العربية"]
        );
        // Not a word that ends in letters of the outlet's name, nor the name alone.
        assert_eq!(words("قالت الميادين"), ["قالت", "الميادين"]);
    }
}
