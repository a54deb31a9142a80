//! Splitting a reporting verb glued to its source in scraped text («قالمسؤول», «رويترزقالت»).

use super::lexicon::*;
use super::*;

/// Where to split a token glued to the next word in scraped text («قالمسؤول», «وأكدمصدر»): the number
/// of chars of its normal form that belong to the first word. The first part is a reporting verb
/// and the rest a source head or a gazetteer name; or the first part is a gazetteer name and the rest
/// a reporting verb («رويترزقالت»).
pub(crate) fn glued(g: &Gazetteer, t: &Tok) -> Option<usize> {
    let n = t.norm.as_str();
    // Cheap rejections first: this runs on every token of every article.
    if n.len() < 10 || !n.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
        return None;
    }
    // A known name is never split («الإسماعيلية»).
    let whole = || g.first.contains_key(t.key.as_str());
    // A definite relational adjective, then a verb: «"الجيش" الإسرائيليأبلغ».
    if let Some(cut) = Some(n)
        .filter(|n| n.starts_with("ال") && n.len() >= 18)
        .into_iter()
        .flat_map(str::char_indices)
        .skip(6)
        .find(|&(b, _)| {
            let (head, rest) = n.split_at(b);
            // A country's adjective or an ordinary word, not a name cut short («الميادينفي»
            // is no «الميادي» + «نفي»).
            let adjective = || {
                g.adjectives.contains_key(&head[4..])
                    || crate::extract::tagger::common_words().contains(head)
            };
            // «الفلسطينيينفي» is a plural («ين») before «في», not «الفلسطيني» + «ينفي».
            head.starts_with("ال")
                && head.ends_with('ي')
                && !["ين", "ون", "ه", "ات", "ان"]
                    .iter()
                    .any(|p| rest.starts_with(p))
                && rest.chars().count() >= 3
                && matches!(verb_form(rest), Some((_, _, CueKind::Verb)))
                && adjective()
        })
        .map(|(b, _)| n[..b].chars().count())
        .filter(|_| !whole())
    {
        return Some(cut);
    }
    if n.starts_with("ال") {
        return None;
    }
    let (conj, w) = match n.strip_prefix(['و', 'ف']) {
        Some(r) => (1, r),
        None => (0, n),
    };
    let common = crate::extract::tagger::common_words();
    let known = |rest: &str| {
        rest.chars().count() >= 3
            && (ANON_HEADS.contains(&rest)
                || TITLE_HEADS.contains(&rest)
                || ORG_HEADS.contains(&rest)
                || OUTLET_HEADS.contains(&rest)
                || desc_head(rest)
                || BACKREF_HEADS.contains(&rest)
                || g.first.contains_key(arabic::search_form(rest).as_str())
                // «وأكّدتالميادينتضامنها»: an outlet's name glued to the next word too.
                || crate::extract::glued::outlet_prefix(g, rest).is_some())
    };
    // «وكانتروسيا», «وكانوزير», «وكانتقرير»: the auxiliary that opens «وكان … قد أعلن» run into
    // its subject; «كانت» first, whose rest is then a word of its own.
    for aux in ["وكانت", "كانت", "وكان", "كان"] {
        if let Some(rest) = n.strip_prefix(aux) {
            if rest.chars().count() >= 3 && (known(rest) || common.contains(rest)) && !whole() {
                return Some(aux.chars().count());
            }
        }
    }
    // Verb first: the longest verb form (3 to 7 chars) that leaves a known word. A verb may begin
    // with «و» itself («وصفتمجلّة»), so the whole token is tried after the one without «و».
    let tries = [(conj, w), (0, n)];
    for &(c, w) in &tries[..1 + conj] {
        if let Some(cut) = verb_then_source(w, &known).filter(|_| !whole()) {
            return Some(c + cut);
        }
    }
    // A relay glued to its source: «وبحسبصحيفة», «وفقوسائل», «وفقاًلصحيفة» (before its «لـ»: read
    // as «وفق» + «الصحيفه» it left «اًلصحيفة» as the source).
    for (c, w) in [(0, n), (conj, w)] {
        if let Some(rest) = w.strip_prefix("وفقال") {
            if known(rest) && rest.chars().count() >= 3 && !whole() {
                return Some(c + 4);
            }
        }
        for p in ["بحسب", "حسب", "وفق"] {
            if let Some(rest) = w.strip_prefix(p) {
                // «وفقدان» is «و» + «فقدان»: after «وفق» only a source head of four letters or more.
                if known(rest) && (p != "وفق" || rest.chars().count() >= 4) && !whole() {
                    return Some(c + p.chars().count());
                }
            }
        }
    }
    // A particle that opens a clause, then a reporting verb: «بعدماأعلنت», «فيماأكّد».
    // «فيما» keeps its «ف»; «وبعدما» loses its «و».
    for (c, w) in [(0, n), (conj, w)] {
        for p in ["بعدما", "فيما", "كما", "حيث", "بينما", "عندما", "اذ"]
        {
            if let Some(rest) = w.strip_prefix(p) {
                if matches!(verb_form(rest), Some((_, _, CueKind::Verb))) && !whole() {
                    return Some(c + p.chars().count());
                }
            }
        }
    }
    // The publisher's own sources or correspondent glued to its name: «مصادرالميادين».
    // «مصادرالميادينبوقوع»: the name glued to the next word too (split on the next pass).
    for head in ["مصادر", "مراسل", "مراسله", "مصدر", "معلومات"] {
        if let Some(rest) = w.strip_prefix(head) {
            // «مراسلالميادينفي»: a short preposition run on after the name too.
            let name = ["في", "من", "عن", "مع", "قد"]
                .iter()
                .find_map(|p| rest.strip_suffix(p).filter(|r| g.outlet_words.contains(*r)))
                .unwrap_or(rest);
            if name.starts_with("ال")
                && name.chars().count() >= 4
                && (g.first.contains_key(arabic::search_form(name).as_str())
                    || g.outlet_words.contains(name)
                    || crate::extract::glued::outlet_prefix(g, rest).is_some())
                && !whole()
            {
                return Some(conj + head.chars().count());
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

/// «صفتمجله» (after «و»), «اعلنتمصادر»: the longest reporting verb (3 to 7 chars) at the start of
/// `w` that leaves a known source word; its length in chars.
fn verb_then_source(w: &str, known: &impl Fn(&str) -> bool) -> Option<usize> {
    if !verb_prefixes().contains(w.get(..6).unwrap_or("")) {
        return None;
    }
    let mut cuts = [(0usize, 0usize); 5];
    let mut k = 0;
    for (ci, (b, _)) in w.char_indices().enumerate().skip(3).take(5) {
        cuts[k] = (ci, b);
        k += 1;
    }
    cuts[..k].iter().rev().find_map(|&(ci, b)| {
        let (head, rest) = w.split_at(b);
        // «أفادتفي وقت سابق»: a preposition run on after the verb, when the verb is long enough
        // not to start a name or another word («نفتالي», «جددمن»: «جدد» is also «new»).
        let preposition = matches!(rest, "في" | "من" | "عن") && ci >= 4;
        (matches!(verb_form(head), Some((_, _, CueKind::Verb))) && (known(rest) || preposition))
            .then_some(ci)
    })
}
