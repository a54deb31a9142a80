//! Recognising a cue (reporting verb form, participle, preposition) and whether a claim follows.

use super::lexicon::*;
use super::*;

/// Cue verbs whose own preposition introduces the claim when no subject is named: «وأشار إلى»,
/// «وشدد على», «وحذر من», «وأعرب عن».
pub(super) fn carried_claim(cue: &str, next: &str) -> bool {
    // «واتهم الحكومة بالتقصير», «متهماً إياها بـ…»: the charge follows with «بـ».
    if matches!(cue, "اتهم" | "متهم") && next.starts_with('ب') {
        return true;
    }
    // «أقرّ الجيش بمقتل جندي» (acknowledged), not «أقرّ البرلمان بالإجماع» (passed a law).
    // «أقرّ بنداً» (an item, indefinite): no «بـ» of its own.
    if cue == "اقر"
        && next.starts_with('ب')
        && !next.ends_with('ا')
        && next.chars().count() >= 4
        && !["بالاجماع", "باغلبيه", "بالاغلبيه", "بالقراءه"]
            .iter()
            .any(|w| next.starts_with(w))
    {
        return true;
    }
    // «وأفاد بسماع إطلاق نار», «مفيداً بوقوع إصابات»: what is reported, a verbal noun after «بـ»;
    // not «أفاد بشكل كبير» (benefited), an adverbial («وأفادت بالتزامن، وسائل إعلام …») or a
    // subject that opens with «ب» («وأفاد بيان صادر عن …»).
    if matches!(cue, "افاد" | "مفيد")
        && (next == "عن"
            || (next.starts_with('ب')
                && next.chars().count() >= 4
                && ![
                    "بشكل",
                    "بصوره",
                    "بعد",
                    "بين",
                    "بالتزامن",
                    "بالتوازي",
                    "بالمقابل",
                    "بالاضافه",
                    "بالنسبه",
                    "بدوره",
                    "بدورها",
                    "بدورهم",
                    "بحسب",
                    "ببساطه",
                ]
                .contains(&next)
                // Not a plural of people («وأفاد برلمانيون», «بائعون»); a name is refused where the
                // words after it are known (`subject_after_afada`).
                && !next.ends_with("ون")
                && !next.ends_with("ين")
                && !STATEMENT_NOUNS.contains(&next)
                && !ORG_HEADS.contains(&next)
                && !OUTLET_HEADS.contains(&next)
                && !TITLE_HEADS.contains(&next)))
    {
        return true;
    }
    matches!(
        (cue, next),
        (
            "اشار"
                | "لفت"
                | "مشير"
                | "لافت"
                | "نوه"
                | "منوه"
                | "نبه"
                | "منبه"
                | "المح"
                | "ملمح",
            "الي"
        ) | ("شدد" | "اكد" | "مشدد" | "موكد", "علي")
            | ("حذر" | "محذر", "من")
            | ("اعرب" | "معرب" | "عبر", "عن")
            | ("نقل", "عن")
            | (
                "ختم" | "اختتم" | "تابع" | "اضاف" | "اردف" | "غرد",
                "بالقول" | "قايلا" | "قايله"
            )
            | ("متحدث", "عن")
            | ("كشف" | "كاشف" | "افصح" | "تحدث", "عن")
            | ("تطرق", "الي")
            | ("دعا" | "داعي" | "حث" | "طالب" | "نصح" | "ناشد", "الي")
            | ("ادان" | "استنكر" | "مستنكر" | "نفي" | "اعترف" | "اعلن", _)
            | (
                "مطالب"
                    | "امل"
                    | "مبرر"
                    | "متابع"
                    | "ندد"
                    | "استغرب"
                    | "استهجن"
                    | "اشاد"
                    | "انتقد"
                    | "منتقد"
                    | "رحب"
                    | "مرحب"
                    | "مشيد"
                    | "مندد"
                    | "مستغرب"
                    | "معلن"
                    | "متعهد"
                    | "تعهد"
                    | "توعد"
                    | "متوعد"
                    | "معترف"
                    | "نافي"
                    | "مختتم"
                    | "مبدي"
                    | "ابدي"
                    | "مردف"
                    | "واصف"
                    | "زاعم"
                    | "معقب"
                    | "مجدد",
                _
            )
    ) || (matches!(cue, "اكد" | "موكد")
        // «وأكدت رفع جاهزية قواتها»: what is confirmed may be a verbal noun, an ordinary word
        // (not a name run into «أنّ»: «وأكد فريدمانأنّ»).
        && (next.starts_with("ال") || crate::extract::tagger::common_words().contains(next)))
}

/// Cue stems that `carried_claim` accepts before any word: no preposition of their own to check.
pub(super) fn carried_any(cue: &str) -> bool {
    carried_claim(cue, "\u{0}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    /// A verb taking a subject after or before it.
    Verb,
    /// A participle or a carried-only verb: the subject is the previous one.
    Participle,
    /// «بحسب», «وفقاً لـ», «نقلاً عن», «according to»: the party follows.
    Prep,
}

pub(super) struct Cue {
    pub(super) kind: CueKind,
    /// Normalised cue as stored.
    pub(super) norm: String,
    /// Stem for `carried_claim` (masculine past or participle stem).
    pub(super) stem: &'static str,
    pub(super) gender: Gender,
    pub(super) needs_claim: bool,
    /// «وسيقول …», «وسوف يجادل …»: a speech announced, credited only to a subject of its own.
    pub(super) future: bool,
    /// First token of the cue span and first token after the cue words.
    pub(super) start: usize,
    pub(super) after: usize,
}

pub(super) type VerbInfo = (&'static str, Gender, CueKind);

/// Every form of the reporting verbs, built once: past (masculine, feminine, plural), present (ي/ت,
/// plural ون) and participles (masculine ا, feminine ه) → stem, gender and kind.
pub(super) fn verb_forms() -> &'static FxHashMap<String, VerbInfo> {
    static FORMS: OnceLock<FxHashMap<String, VerbInfo>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut m = FxHashMap::default();
        for &v in PAST.iter() {
            m.insert(v.to_string(), (v, Gender::Masc, CueKind::Verb));
            m.insert(format!("{v}ت"), (v, Gender::Fem, CueKind::Verb));
            m.insert(format!("{v}وا"), (v, Gender::Unknown, CueKind::Verb));
        }
        // Verbs ending in a long vowel («نفى» → «نفي», «دعا», «رأى» → «راي»): the feminine drops it
        // («نفت», «دعت», «رأت»), the plural too («دعوا»).
        for &v in PAST.iter() {
            if let Some(root) = v.strip_suffix(['ي', 'ا']) {
                m.remove(&format!("{v}ت"));
                m.remove(&format!("{v}وا"));
                m.insert(format!("{root}ت"), (v, Gender::Fem, CueKind::Verb));
                m.insert(format!("{root}وا"), (v, Gender::Unknown, CueKind::Verb));
            }
        }
        // Duals («أكدا», «أكدتا») report for two parties: only with a subject of their own.
        for &v in PAST.iter() {
            // «قدراً», «كتباً», «وجداً»: nouns in the accusative.
            if !v.ends_with(['ي', 'ا'])
                && !matches!(v, "نقل" | "ختم" | "وصف" | "قدر" | "كتب" | "وجد")
            {
                m.entry(format!("{v}ا"))
                    .or_insert((v, Gender::Masc, CueKind::Verb));
                m.entry(format!("{v}تا"))
                    .or_insert((v, Gender::Fem, CueKind::Verb));
            }
        }
        for &(s, stem) in PRESENT {
            m.insert(format!("ي{s}"), (stem, Gender::Masc, CueKind::Verb));
            m.insert(format!("ت{s}"), (stem, Gender::Fem, CueKind::Verb));
            m.insert(format!("ي{s}ون"), (stem, Gender::Unknown, CueKind::Verb));
        }
        // «ودانت الصين»: «دان» is «أدان» (condemned); its masculine is too often a name.
        m.insert("دانت".to_string(), ("ادان", Gender::Fem, CueKind::Verb));
        m.insert(
            "دانوا".to_string(),
            ("ادان", Gender::Unknown, CueKind::Verb),
        );
        for &p in PARTICIPLES.iter() {
            m.insert(format!("{p}ا"), (p, Gender::Masc, CueKind::Participle));
            m.insert(format!("{p}ه"), (p, Gender::Fem, CueKind::Participle));
            // «مؤكدين», «مشيرين»: a plural subject, carried like the singular.
            m.insert(format!("{p}ين"), (p, Gender::Unknown, CueKind::Participle));
        }
        // «وعقّب الوزير بقوله: …», «وبرّرت ذلك بقولها إنّ …»: «by saying», as «قائلاً».
        m.insert(
            "بقوله".to_string(),
            ("قايل", Gender::Masc, CueKind::Participle),
        );
        m.insert(
            "بقولها".to_string(),
            ("قايل", Gender::Fem, CueKind::Participle),
        );
        // «مذكرة» (a memorandum), «متهمة» and «متهمين» (accused) are nouns or passives far more
        // often.
        m.remove("مذكره");
        m.remove("متهمه");
        m.remove("متهمين");
        // «متحدثة باسم …», «متحدثين»: a spokeswoman, speakers.
        m.remove("متحدثه");
        m.remove("متحدثين");
        m
    })
}

/// Is `norm` a present-tense form («يقول», «تؤكد», «يقولون»), not a past one that starts with
/// «ت» («تعهدت», «توقعت», «تابعت»)?
pub(super) fn is_present_form(norm: &str) -> bool {
    static P: OnceLock<FxHashSet<String>> = OnceLock::new();
    P.get_or_init(|| {
        PRESENT
            .iter()
            .flat_map(|(s, _)| [format!("ي{s}"), format!("ت{s}"), format!("ي{s}ون")])
            .collect()
    })
    .contains(norm)
}

/// First three chars of every verb form: a cheap test before looking for a glued verb.
pub(super) fn verb_prefixes() -> &'static FxHashSet<String> {
    static P: OnceLock<FxHashSet<String>> = OnceLock::new();
    P.get_or_init(|| {
        verb_forms()
            .keys()
            .map(|k| k.chars().take(3).collect())
            .collect()
    })
}

/// Is `w` (normal form, conjunction stripped) a past-tense reporting verb («أكد», «أعلنت»,
/// «قالوا»)? Meeting reports read the tense of the clause around a meeting noun from it.
pub(crate) fn is_past_reporting(w: &str) -> bool {
    verb_form(w).is_some_and(|(_, _, k)| k == CueKind::Verb) && !is_present_form(w)
}

/// Is `w` (normal form, conjunction stripped) a reporting verb? Its stem, gender and kind.
pub(super) fn verb_form(w: &str) -> Option<VerbInfo> {
    verb_forms().get(w).copied()
}

pub(super) fn is_complementizer(n: &str) -> bool {
    COMPLEMENTIZERS.contains(&n)
}

/// «إسرائيلي», «صحية», «أمنيان»: a relational adjective (or anything shaped like one).
pub(super) fn is_nisba(n: &str) -> bool {
    // «الأمم المتحدة التي …»: a relative pronoun is no adjective.
    !matches!(n, "التي" | "الذي" | "اللذين" | "اللتين" | "الذين")
        && n.chars().count() >= 4
        && ["ي", "يه", "يون", "يين", "يان", "يتان"]
            .iter()
            .any(|s| n.ends_with(s))
}

pub(super) fn is_number(n: &str) -> bool {
    !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
}

/// A reporting verb form after «ما», with or without the pronoun pointing back to it («ذكرت»,
/// «ذكرته»): the form to look up.
fn resumptive_verb(w: &str) -> Option<&str> {
    if verb_form(w).is_some() {
        return Some(w);
    }
    w.strip_suffix('ه').filter(|v| verb_form(v).is_some())
}

/// «اتهمتها واشنطن بـ…», «وصفها الوزير بأنها …», «يتّهمه الرئيس بأنّ …»: a verb carrying its object's
/// pronoun, its subject after it. «ه» alone only on verbs that are rarely nouns with a possessive
/// («وصفه», «قوله», «ذكره» are his description, saying, mention).
fn object_pronoun_verb(w: &str) -> Option<&str> {
    let v = ["هما", "هم", "ها"]
        .iter()
        .find_map(|p| w.strip_suffix(p))
        .or_else(|| {
            w.strip_suffix('ه').filter(|v| {
                verb_form(v).is_some_and(|(stem, _, _)| {
                    matches!(
                        stem,
                        "اتهم" | "انتقد" | "طالب" | "حث" | "ناشد" | "حذر" | "ابلغ" | "اعتبر"
                    )
                    // «ووصفته الخارجية بأنه …»: the feminine verb's «ته» is no noun's ending.
                    || (stem == "وصف" && v.ends_with('ت'))
                })
            })
        })?;
    // «بينهما» (between them), «عبرها» (through it): prepositions, not «بيّن», «عبّر».
    verb_form(v)
        .is_some_and(|(stem, _, kind)| kind == CueKind::Verb && !matches!(stem, "بين" | "عبر"))
        .then_some(v)
}

/// Which cue starts at token i, if any.
pub(super) fn cue_at(d: &Doc, i: usize) -> Option<Cue> {
    let norm = d.toks[i].norm.as_str();
    let bare = d.bare(i);
    let no_w = norm.strip_prefix('و').unwrap_or(norm);
    let next_norm = |k: usize| d.toks.get(k).map(|t| t.norm.as_str()).unwrap_or("");
    // «وعدت», «وصفت»: verbs that start with «و» lose it to the conjunction rule.
    let bare = if verb_form(bare).is_none() && norm.starts_with('و') && verb_form(norm).is_some() {
        norm
    } else {
        bare
    };
    // «ليؤكد مسؤولون أنّ …», «لتضيف الوزارة أنّ …»: a present form after the «لـ» of purpose or
    // sequence.
    let bare = match bare.strip_prefix('ل') {
        Some(r) if verb_form(bare).is_none() && is_present_form(r) => r,
        _ => bare,
    };
    // «وفقاً لما ذكرته الأمم المتحدة», «بحسب ما أعلنته الوزارة»: after «ما», the verb may carry
    // the pronoun that points back to it.
    let after_ma = i >= 2 && matches!(d.toks[i - 1].norm.as_str(), "ما" | "لما");
    let bare = if after_ma {
        resumptive_verb(bare).unwrap_or(bare)
    } else if verb_form(bare).is_none()
        && i + 1 < d.len()
        && !d.breaks_after(i)
        // «وإدانتها» (her condemnation): a verbal noun written with «إ», not «أدانتها».
        && !d.slice(i, i + 1).trim_start_matches(['و', 'ف']).starts_with('إ')
    {
        // «وصفها»: a verb beginning with «و» keeps it.
        object_pronoun_verb(bare)
            .or_else(|| object_pronoun_verb(norm))
            .unwrap_or(bare)
    } else {
        bare
    };
    // «وسيدعو الوزير في خطابه إلى …», «وسوف يجادل بأنّ …»: a speech announced, the present
    // with «سـ» or «سوف», opening its sentence or clause with «و». Inside a claim the future is
    // predicted, not said («أعلنت أنّها ستؤكد سيادتها»); «ستدين» (will convict), «ستعترف»
    // (will recognise), «سيشير» (will indicate) are other verbs.
    let joined = |k: usize| d.toks[k].norm.starts_with('و');
    let said = |v: &str| {
        verb_form(v).is_some_and(|(stem, _, _)| {
            // Verbs taking an object right after («وسيحذر بكين من …», «ستدعو ستة أعضاء»): with
            // the subject dropped, the object would be read as the speaker.
            !OBJECT_FIRST.contains(&stem)
                && !matches!(
                    stem,
                    "ادان" | "اعترف" | "اوصي" | "اشار" | "اعتبر"
                    // «وسيتحدث الرئيس عن الأوضاع»: a topic, not a statement.
                    | "تحدث" | "تطرق"
                )
        })
    };
    let future = verb_form(bare).is_none()
        && bare.starts_with('س')
        && is_present_form(&bare[2..])
        && said(&bare[2..])
        && joined(i);
    let bare = if future { &bare[2..] } else { bare };
    let future = future
        || (i > 0
            && d.bare(i - 1) == "سوف"
            && is_present_form(bare)
            && said(bare)
            && joined(i - 1));
    if let Some((stem, gender, kind)) = verb_form(bare) {
        // «وفق ما ذكرت», «حسبما أفاد»: the particle belongs to the cue.
        // The future keeps its «سـ» in the stored cue («سيقول»).
        let (mut start, mut cue) = (
            i,
            if future {
                format!("س{bare}")
            } else {
                bare.to_string()
            },
        );
        if after_ma && d.toks[i - 2].norm.trim_end_matches('ا').ends_with("وفق") {
            start = i - 2;
            cue = format!("وفق ما {bare}");
        } else if i >= 1 && d.bare(i - 1).ends_with("حسبما") {
            start = i - 1;
            cue = format!("حسبما {bare}");
        } else if after_ma && matches!(d.bare(i - 2), "بحسب" | "حسب") {
            start = i - 2;
            cue = format!("بحسب ما {bare}");
        }
        // «وهو ما أشار إليه الوزير», «ما تحدّثت عنه بكين»: «ما» with the pronoun pointing back to
        // it is the claim, before the cue.
        let back_pronoun = after_ma
            && start == i
            && matches!(next_norm(i + 1), "اليه" | "اليها" | "عنه" | "عنها")
            && !d.breaks_after(i + 1)
            && !d.breaks_after(i);
        if back_pronoun {
            start = i - 1;
            cue = format!("ما {bare}");
        }
        // «وفق ما نقلت الوكالة», «بحسب ما كشفت الصحيفة»: the claim comes before the cue.
        let after_claim = start < i;
        // «مستوطن يدعي يوسي كوهين»: «يُدعى» (is called) written with «ي», right after an
        // indefinite noun and before no claim, introduces the person's name.
        if matches!(bare, "يدعي" | "تدعي")
            && i > 0
            && !d.breaks_after(i - 1)
            && !d.slice(i, i + 1).contains('\u{0651}')
            && !d.toks[i - 1].norm.starts_with("ال")
            // «فيما يدعي», «وفق ما يدعي»: a particle, not a noun the name is for.
            && !STOPS.contains(&d.bare(i - 1))
            && !matches!(d.bare(i - 1), "ما" | "لما" | "حسبما")
            // «يدعي العمل على …», «يدعي أنّ»: a claim; a name has no article and is no ordinary
            // word («إسرائيل تدعي وجود …»).
            && !next_norm(i + 1).starts_with("ال")
            && !crate::extract::tagger::common_words().contains(next_norm(i + 1))
            && !matches!(next_norm(i + 1), "ان" | "انه" | "انها" | "بان" | "بانه" | "بانها")
        {
            return None;
        }
        // «غير مؤكدة»: an adjective.
        if kind == CueKind::Participle && i > 0 && d.bare(i - 1) == "غير" {
            return None;
        }
        // «وقفة منددة بحرق …», «إصابات مؤكدة»: a feminine participle right after an indefinite
        // feminine noun is its adjective.
        if kind == CueKind::Participle
            && gender == Gender::Fem
            && i > 0
            && !d.breaks_after(i - 1)
            && d.toks[i - 1].norm.ends_with(['ه', 'ت'])
            && !d.toks[i - 1].norm.starts_with("ال")
            && verb_form(d.bare(i - 1)).is_none()
        {
            return None;
        }
        // «أفادت من الإعفاء»: benefited from, not reported.
        if stem == "افاد"
            && next_norm(i + 1) == "من"
            && !d.breaks_after(i)
            && !next_norm(i + 2).starts_with("خلال")
        {
            return None;
        }
        // «ادّعى على رئيس الحكومة»: pressed charges against, not claimed; «شخص يُدعى فلان», «جماعة
        // تدعى "…"»: is called (the passive keeps its «ى», the active «يدّعي» its «ي»).
        if stem == "ادعي"
            && (matches!(next_norm(i + 1), "علي" | "عليه" | "عليها" | "عليهم")
                || (is_present_form(bare)
                    && d.slice(i, i + 1)
                        .chars()
                        .rev()
                        .find(|c| !('\u{064B}'..='\u{0652}').contains(c))
                        == Some('ى')))
        {
            return None;
        }
        // «بارك أوباما»: Barack written without its alef, not «بارك» (blessed).
        if stem == "بارك" && matches!(next_norm(i + 1), "اوباما") {
            return None;
        }
        // «استطلاع رأي»: «رأي» (opinion) there is a noun, not «رأى».
        if stem == "راي" && i > 0 && d.bare(i - 1).contains("استطلاع") {
            return None;
        }
        // «أمل» (hoped) only as «وأمل فلان أن …» or «وأمل أن …»: it is also «hope» («بأمن
        // وأمل»), «أملت» also «dictated» («التي أملت عليهم»), and «آمل» the speaker's «I hope».
        if stem == "امل" && kind == CueKind::Verb {
            let k = (i + 1..(i + 5).min(d.len())).find(|&k| is_complementizer(d.bare(k)));
            let plain = |x: usize| {
                !d.breaks_after(x - 1) && !matches!(d.bare(x), "علي" | "عليهم" | "عليه" | "عليها")
            };
            let relative = i > 0 && matches!(d.bare(i - 1), "التي" | "الذي");
            let first_person = d.slice(i, i + 1).contains('آ');
            if relative || first_person || k.is_none_or(|k| !(i + 1..=k).all(plain)) {
                return None;
            }
        }
        return Some(Cue {
            kind,
            norm: cue,
            stem,
            gender,
            // «آملاً التوصل إلى …»: the participle of «أمل» needs no «أنّ».
            needs_claim: (NEEDS_CLAIM.contains(&stem) || future)
                && !after_claim
                && !(stem == "امل" && kind == CueKind::Participle),
            future,
            start,
            // «وفق ما أفادت به وسائل إعلام»: the pronoun «به» pointing back to «ما» is no party;
            // nor «إليه», «عنه» in «وهو ما أشار إليه الوزير», «ما تحدّثت عنه بكين».
            after: if (after_claim && matches!(next_norm(i + 1), "به" | "بها")) || back_pronoun
            {
                i + 2
            } else {
                i + 1
            },
        });
    }
    let prep = |norm: &str, after: usize| Cue {
        kind: CueKind::Prep,
        norm: norm.to_string(),
        stem: "",
        gender: Gender::Unknown,
        needs_claim: false,
        future: false,
        start: i,
        after,
    };
    if (matches!(norm, "وفقا" | "وفق") || matches!(no_w, "وفقا" | "وفق"))
        && !matches!(next_norm(i + 1), "ما" | "لما")
    {
        // «وفقاً لـ"رويترز"», «وفقاً لـ وول ستريت جورنال»: the «لـ» written apart.
        let apart = i + 2 < d.len() && d.bare(i + 1) == "ل" && !d.breaks_after(i + 1);
        return Some(prep("وفقا ل", i + 1 + usize::from(apart)));
    }
    // «على حدّ تعبير أحد المسؤولين», «على حد وصف الصحيفة»: in X's words; «على حدّ تعبيره»: the
    // pronoun points back (`pronoun_object`).
    if bare == "علي" && next_norm(i + 1) == "حد" && i + 2 < d.len() {
        const WORDS: &[&str] = &["تعبير", "وصف", "قول", "زعم", "راي", "ادعاء"];
        let w = d.bare(i + 2);
        if WORDS.contains(&w) && !d.breaks_after(i + 2) {
            return Some(prep("علي حد", i + 3));
        }
        let stem = w.strip_suffix("ها").or_else(|| w.strip_suffix('ه'));
        if stem.is_some_and(|r| WORDS.contains(&r)) {
            return Some(prep("علي حد", i + 2));
        }
    }
    // «جاء ذلك على لسان فلان», «ودان الاتحاد، على لسان مسؤول السياسة الخارجية فيه، …»: through
    // X's mouth, X speaks.
    if bare == "علي" && next_norm(i + 1) == "لسان" && i + 2 < d.len() && !d.breaks_after(i + 1)
    {
        return Some(prep("علي لسان", i + 2));
    }
    // «وبحسبه», «ووفقها»: the pronoun points back (`pronoun_object`).
    if matches!(
        bare,
        "بحسبه" | "بحسبها" | "وفقه" | "وفقها" | "حسبه" | "حسبها"
    ) || matches!(no_w, "وفقه" | "وفقها")
    {
        return Some(prep("بحسب", i + 1));
    }
    if matches!(bare, "بحسب" | "حسب")
        && !(next_norm(i + 1) == "ما"
            && d.toks.get(i + 2).is_some_and(|t| {
                resumptive_verb(crate::extract::doc::strip_conj(&t.norm)).is_some()
            }))
    {
        return Some(prep("بحسب", i + 1));
    }
    // «وجاء في بيان الكرملين», «جاء في بيان لوزارة الخارجية»: the statement's issuer.
    if bare == "جاء" && next_norm(i + 1) == "في" && lexicon::ISSUED.contains(&next_norm(i + 2))
    {
        // «جاء في رسالة من كتائب "القسّام"», «جاء في بيان صادر عن الوزارة»: the issuer after
        // «من» or «صادر عن».
        let after = match next_norm(i + 3) {
            "من" => i + 4,
            "صادر" | "الصادر" | "صادره" | "الصادره" if next_norm(i + 4) == "عن" => {
                i + 5
            }
            _ => i + 3,
        };
        return Some(prep("جاء في", after));
    }
    // «وجاء في البيان»: the statement named before (its issuer, see `party_of`).
    // «وجاء في التقرير أنّ …», «وجاء في الرسالة: "…"»: so is any document named before, when its
    // claim follows.
    if bare == "جاء"
        && next_norm(i + 1) == "في"
        && next_norm(i + 2)
            .strip_prefix("ال")
            .is_some_and(|r| r == "بيان" || STATEMENT_NOUNS.contains(&r))
        && (next_norm(i + 2) == "البيان" || claim_within(d, i + 3, 2))
    {
        return Some(prep("جاء في", i + 2));
    }
    // «وسبق ذلك تأكيد الأمين العام …، فلان، أنّ …»: the noun credits its genitive, with a claim.
    if bare == "تاكيد" {
        let mut c = prep("تاكيد", i + 1);
        c.needs_claim = true;
        return Some(c);
    }
    // «…، مجدداً التزام بلاده بالاتفاق»: «مجدداً» (again) is the participle «renewing» only after a
    // comma and before the position it renews.
    if matches!(bare, "مجددا" | "مجدده")
        && i > 0
        && d.toks[i - 1].sep & SEP_CLAUSE != 0
        && RENEWED.contains(&next_norm(i + 1))
    {
        return Some(Cue {
            kind: CueKind::Participle,
            norm: bare.to_string(),
            stem: "مجدد",
            gender: if bare.ends_with('ه') {
                Gender::Fem
            } else {
                Gender::Masc
            },
            needs_claim: false,
            future: false,
            start: i,
            after: i + 1,
        });
    }
    // «…، متحدثةً عن …»: the feminine participle is also «a spokeswoman»; after a comma and before
    // «عن» it reports.
    if bare == "متحدثه" && i > 0 && d.toks[i - 1].sep & SEP_CLAUSE != 0 && next_norm(i + 1) == "عن"
    {
        return Some(Cue {
            kind: CueKind::Participle,
            norm: bare.to_string(),
            stem: "متحدث",
            gender: Gender::Fem,
            needs_claim: false,
            future: false,
            start: i,
            after: i + 1,
        });
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
            future: false,
            start: i,
            after: i + 1,
        });
    }
    None
}

/// Does a complementizer follow from token k, within the clause («وجد المركز أنّ», «خلص إلى أنّ»)?
pub(super) fn that_follows(d: &Doc, k: usize) -> bool {
    let mut j = k;
    while j < d.len() && j < k + 6 {
        if d.toks[j].quote != 0 || (j > 0 && d.toks[j - 1].sep & SEP_SENTENCE != 0) {
            return false;
        }
        if is_complementizer(d.bare(j)) {
            return true;
        }
        j += 1;
    }
    false
}

/// Does a claim follow from token k within `n` tokens: a complementizer, a quotation, or «:» (within
/// the sentence)? Six tokens reach past a party's adverbial; «وأبلغ الوزير الأمينَ العام للأمم المتحدة، أنطونيو غوتيريش،
/// بأنّ …» names the one told, title and name, before the claim.
pub(super) fn claim_within(d: &Doc, k: usize, n: usize) -> bool {
    let mut j = k;
    while j < d.len() && j < k + n {
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
