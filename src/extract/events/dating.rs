//! Whether a date expression near a trigger is the meeting's date, or another event's in the same
//! sentence: the day a statement was made («أعلنت، اليوم الخميس، أنّ … سيزور»), the day of a
//! journey to the meeting («وصل اليوم … للمشاركة في اجتماع»), of an event the meeting is
//! placed after («بعد الزلزال في شباط»), or of a document («تاريخ 2014/10/23»). Found in an
//! audit of 2023 articles: each rule below removed wrong dates there, and every sentence in the
//! tests is our own.

use super::super::doc::{Doc, SEP_OPEN_PAREN};
use super::super::when::When;
use super::super::words::Words;

/// Verbs of saying, announcing and other acts that carry their own date: «قال X أمس», «أعلنت،
/// اليوم الخميس، …», «تناولت صحيفة، اليوم، زيارة …», «استدعت … اليوم السفير احتجاجاً على
/// زيارة». Normal forms without a leading conjunction.
static REPORTING: Words = Words::new(&[
    "قال",
    "قالت",
    "قالوا",
    "يقول",
    "تقول",
    "اعلن",
    "اعلنت",
    "اعلنوا",
    "يعلن",
    "تعلن",
    "افاد",
    "افادت",
    "ذكر",
    "ذكرت",
    "اكد",
    "اكدت",
    "كشف",
    "كشفت",
    "نشر",
    "نشرت",
    "تناول",
    "تناولت",
    "استدعي",
    "استدعت",
    "اصدر",
    "اصدرت",
    "اوضح",
    "اوضحت",
    "صرح",
    "صرحت",
    "اشار",
    "اشارت",
    "نقل",
    "نقلت",
    "ابلغ",
    "ابلغت",
    "طالب",
    "طالبت",
    "طالبوا",
    "دعا",
    "دعت",
    "حذر",
    "حذرت",
    "شدد",
    "شددت",
    "اعرب",
    "اعربت",
    "اعتبر",
    "اعتبرت",
    "رفض",
    "رفضت",
    "رفضوا",
    "ادان",
    "ادانت",
    "نفي",
    "نفت",
    // «اقترح، خلال اتصال في 15 كانون الأول، عقد اجتماع»: a proposal's day, not the meeting's;
    // «انتقدت الصحيفة، اليوم، المشاركة في القمة», «رحب أمس بزيارة»: a judgement's.
    // «ادعت وسائل إعلام في تشرين الثاني وجود مساع … على هامش مؤتمر»: a claim's day.
    "ادعي",
    "ادعت",
    "ادعوا",
    "زعم",
    "زعمت",
    "اقترح",
    "اقترحت",
    "اقترحوا",
    "انتقد",
    "انتقدت",
    "انتقدوا",
    "رحب",
    "رحبت",
    "رحبوا",
    // «وصفت المتحدثة، اليوم الأربعاء، زيارة الرئيس … بأنها»: a description's day.
    "وصف",
    "وصفت",
    "وصفوا",
    "علق",
    "علقت",
    "اشاد",
    "اشادت",
    "ندد",
    "نددت",
    "استنكر",
    "استنكرت",
    // «أقرّ الأمين العام، اليوم، بانقسام … على جدول أعمال قمة …»: an acknowledgement's day.
    "اقر",
    "اقرت",
    // «سيعلن اليوم», «ودعاه إلى زيارة»: a statement still to come, an invitation.
    "سيعلن",
    "ستعلن",
    // «عدّ الأمين العام في بيان أمس نتائج الزيارة خطوة»: a judgement's day.
    "عد",
    "عدت",
    // «صدر اليوم بيان مشترك بمناسبة زيارة …»: the statement's day.
    "صدر",
    "صدرت",
    "يصدر",
    "دعاه",
    "دعاها",
    "دعاهم",
    "دعته",
    "announced",
    "said",
    "told",
]);

/// «تأجيل الاجتماع إلى الأحد», «أرجئت القمة إلى أيار»: the meeting moved to the date after «إلى».
/// Normal forms.
const POSTPONED: &[&str] = &[
    "تاجيل",
    "ارجاء",
    "تاجل",
    "تاجلت",
    "ارجي",
    "ارجيت",
    "اجلت",
    "تاخير",
    "نقل",
];

/// «اختتم، أمس الإثنين، زيارة استمرت ثلاثة أيام»: a date between one of these verbs and the
/// meeting is the day it ended, not the day it began. Only before the trigger: in «القمة التي
/// اختتمت أعمالها أمس» the relative clause dates the summit. Normal forms.
const ENDING: &[&str] = &["اختتم", "اختتمت", "انهي", "انهت", "ختم", "ختمت"];

/// Participles of acts other than a meeting («الاتفاقات الموقعة في أيار», «البيان الصادر أمس»):
/// a date after one is that act's. Normal forms.
const OTHER_ACT: &[&str] = &[
    "الموقعه",
    "الموقع",
    "الموقعين",
    "المبرمه",
    "المبرم",
    "الصادر",
    "الصادره",
    "المعلن",
    "المعلنه",
];

/// Nouns of acts other than a meeting: in «زيارة المبعوث ستُبنى على تفاهم الرئيسين العام الماضي»
/// the date after one is the agreement's. Stems after conjunction, preposition and article.
const ACT_NOUNS: &[&str] = &[
    "اتفاق",
    "اتفاقيه",
    "اتفاقات",
    "تفاهم",
    "تفاهمات",
    "معاهده",
    "صفقه",
    "قرار",
    "هدنه",
];

/// «بالاتفاق», «لتفاهم», «والمعاهدة»: is the word at j one of `ACT_NOUNS`?
fn act_noun(d: &Doc, j: usize) -> bool {
    let w = d.bare(j);
    let w = w
        .strip_prefix(['ب', 'ل', 'ك'])
        .filter(|r| r.chars().count() > 3)
        .unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    ACT_NOUNS.contains(&w)
}

/// «رداً على», «احتجاجاً على», «تنديداً بـ», «على خلفية»: the meeting is the cause of another act,
/// whose day comes before it («أجرت الصين مناورات، السبت الماضي، رداً على زيارة …»); a month
/// («في آب 2022، رداً على زيارة») is usually the meeting's too. Normal forms.
const IN_RESPONSE: &[&str] = &["ردا", "احتجاجا", "تنديدا", "خلفيه", "response", "protest"];

/// «أنّ», «إنّ», «بأنّ» and their pronoun forms: what follows is a reported claim.
fn complementizer(w: &str) -> bool {
    matches!(
        w,
        "ان" | "انه" | "انها" | "انهم" | "انهما" | "بان" | "بانه" | "بانها" | "that"
    )
}

/// Does a reported claim open at j, before the date at a? «أنّ» does, but not in «قبل أن يغزو …
/// في 2 آب»: there it is «before» another act, whose date that is when no comma closes that
/// clause first (the look back goes on to «قبل»).
fn claim_opens(d: &Doc, j: usize, a: usize) -> bool {
    complementizer(d.bare(j))
        && !(j > 0 && temporal(d, j - 1) && !(j..a).any(|k| d.breaks_after(k)))
}

/// «بعد», «قبل», «عقب», «إثر», «منذ» before another noun: the date is that event's.
fn temporal(d: &Doc, j: usize) -> bool {
    let w = d.bare(j);
    // «بعداندلاع», «عقبحضوره»: the connective glued to its noun when the HTML was cleaned.
    let glued = (w.starts_with("بعد") || w.starts_with("عقب")) && w.chars().count() >= 6;
    (glued
        || matches!(
            w,
            "بعد"
                | "قبل"
                | "عقب"
                | "اثر"
                | "منذ"
                | "اعقب"
                | "اعقبه"
                | "اعقبها"
                | "تلاه"
                | "تلاها"
                | "after"
                | "before"
        ))
        && !(j + 1 < d.len() && matches!(d.bare(j + 1), "ظهر" | "الظهر" | "منتصف" | "غد" | "الغد"))
}

/// The trigger at i is during the act of its sentence («أكد X خلال لقائه Y اليوم», «قال بعد
/// اجتماعه»): the date of the statement is the meeting's, or close enough to be said with it.
fn during(d: &Doc, i: usize) -> bool {
    i > 0
        && matches!(
            d.bare(i - 1),
            "خلال" | "اثناء" | "لدي" | "بعد" | "عقب" | "هامش" | "during" | "after"
        )
}

/// Up to `n` words before `from` in its sentence, names not counted (`named[j]`).
fn before<'a>(
    d: &'a Doc,
    from: usize,
    n: usize,
    named: &'a [bool],
) -> impl Iterator<Item = usize> + 'a {
    let sent = d.toks.get(from).map(|t| t.sentence);
    let mut left = n;
    (0..from).rev().take_while(move |&j| {
        if Some(d.toks[j].sentence) != sent {
            return false;
        }
        if !named[j] {
            if left == 0 {
                return false;
            }
            left -= 1;
        }
        true
    })
}

/// «المحادثات التي جرت أمس», «القمة … في البيت الأبيض التي عقدت الشهر الفائت»: the date at `a`
/// lies in a relative clause after the trigger at i (no statement or claim between them), which
/// holds the meeting's own date; it is preferred to a nearer date before the trigger.
///
/// The clause must be the trigger's: the pronoun within three words of the trigger with no clause
/// break before the last, or the clause's verb is one of holding or making it («، التي عقدت …»,
/// «التي قام بها»). In «خلال اتصال هاتفي، الموقف … على ضوء خطاب بوتين الذي ألقاه الثلاثاء» the
/// clause is the speech's, not the call's.
pub(super) fn relative(d: &Doc, i: usize, a: usize) -> bool {
    a > i
        && a <= i + 14
        && (i + 1..a).any(|k| relative_pronoun(d.bare(k)) && own_clause(d, i, k))
        && !(i + 1..a).any(|j| REPORTING.contains(&d.bare(j)) || complementizer(d.bare(j)))
}

/// Does a relative clause that does not hold the meeting, or a statement verb, stand between the
/// trigger at i and token `a`? «المفاوضات التركية، والتي عدّتها الفصائل تهديداً … في إدلب», «قمة …، أعلن خلالها
/// بايدن اعتراف بلاده بجزر كوك»: what follows belongs to that clause.
pub(super) fn other_clause_between(d: &Doc, i: usize, a: usize) -> bool {
    // The clause runs to the next comma: «اللقاء …، التي قطعت علاقاتها منذ 2016، على هامش … في
    // المنامة» is held in Manama.
    // Back from the place to the last clause break before it: one pass.
    (i + 1..a)
        .rev()
        .take_while(|&j| !d.breaks_after(j))
        .any(|j| {
            // «والتي عدّتها الفصائل …»: even the trigger's own clause, when it does not hold it.
            (relative_pronoun(d.bare(j)) && !(j + 1 < d.len() && holding(d, j + 1)))
                || REPORTING.contains(&d.bare(j))
                || REPORTING.contains(&d.toks[j].norm.as_str())
        })
}

/// Is there a clause break between tokens i and a, other than the commas around a name in
/// apposition («، سيرغي لافروف،»)?
fn clause_break_outside_apposition(d: &Doc, i: usize, a: usize, named: &[bool]) -> bool {
    let mut j = i;
    while j + 1 < a {
        if d.breaks_after(j) {
            if !named[j + 1] {
                return true;
            }
            // Past the name; the comma that closes it is part of the apposition.
            j += 1;
            while j + 1 < a && named[j + 1] && !d.breaks_after(j) {
                j += 1;
            }
        }
        j += 1;
    }
    false
}

/// Does the relative clause opened at k belong to the trigger at i?
fn own_clause(d: &Doc, i: usize, k: usize) -> bool {
    // «اجتماع مجلس الإدارة في دورته الثالثة، والتي تبدأ بتاريخ …»: «التي» is the term's, not
    // the (masculine) meeting's.
    let agrees = match (trigger_feminine(d.bare(i)), d.bare(k)) {
        (Some(true), w) => !w.ends_with("الذي"),
        (Some(false), w) => !w.ends_with("التي"),
        (None, _) => true,
    };
    agrees
        && ((k <= i + 3 && !(i..k - 1).any(|j| d.breaks_after(j)))
            // the normal form too: «وصلها» loses its «و» as if it were a conjunction
            || (k + 1 < d.len() && holding(d, k + 1)))
}

/// The grammatical gender of a meeting noun, as a relative pronoun agrees with it: «الزيارة التي»,
/// «المحادثات التي», «الاجتماع الذي». None for a word that is not one of them (a verb trigger).
fn trigger_feminine(w: &str) -> Option<bool> {
    let w = ["بال", "لل", "ال", "ب", "ل", "ك"]
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() >= 3))
        .unwrap_or(w);
    const FEMININE: [&str; 12] = [
        "زيار",
        "قم",
        "محادثات",
        "مباحثات",
        "مفاوضات",
        "جول",
        "رحل",
        "مكالم",
        "اجتماعات",
        "لقاءات",
        "مشاورات",
        "ندو",
    ];
    const MASCULINE: [&str; 5] = ["اجتماع", "لقاء", "موتمر", "اتصال", "منتدي"];
    if FEMININE.iter().any(|f| w.starts_with(f)) {
        Some(true)
    } else if MASCULINE.iter().any(|m| w.starts_with(m)) {
        Some(false)
    } else {
        None
    }
}

/// Is the word at j one of holding the meeting itself: `HOLDING` without reaching it («وصل»,
/// «يصل»), which in a clause of its own is another act («، وقد وصلت القوات في 3 آذار»).
pub(super) fn holds_meeting(d: &Doc, j: usize) -> bool {
    // The normal form: «وصلت» would lose its «و» as a conjunction.
    holding(d, j)
        && !matches!(
            d.toks[j].norm.as_str(),
            "وصل" | "وصلت" | "وصلها" | "وصله" | "يصل" | "تصل"
        )
}

/// Is the word at j one of `HOLDING`, also with an object pronoun («سيعقده», «استضافتها»)?
fn holding(d: &Doc, j: usize) -> bool {
    [d.bare(j), d.toks[j].norm.as_str()].into_iter().any(|w| {
        HOLDING.contains(&w)
            || ["هما", "هم", "ها", "ه"]
                .iter()
                .filter_map(|p| w.strip_suffix(p))
                .any(|r| HOLDING.contains(&r))
    })
}

/// «التي», «الذي» and their duals, also glued to the word before in scraped text
/// («خطاببوتينالذي»).
pub(super) fn relative_pronoun(w: &str) -> bool {
    ["التي", "الذي", "اللتين", "اللذين"]
        .iter()
        .any(|p| w == *p || (w.ends_with(p) && w.chars().count() >= p.chars().count() + 3))
}

/// Verbs of holding, hosting or attending a meeting that open its relative clause («التي عقدت»,
/// «الذي جرى», «التي استضافتها»). Normal forms.
static HOLDING: Words = Words::new(&[
    "عقد",
    "عقدت",
    "عقده",
    "عقدها",
    "انعقد",
    "انعقدت",
    "ستعقد",
    "سيعقد",
    "تعقد",
    "يعقد",
    "جري",
    "جرت",
    "تم",
    "تمت",
    "اجريت",
    "اجراها",
    "اجراه",
    "استضاف",
    "استضافت",
    "استضافها",
    "استضافته",
    "جمع",
    "جمعت",
    "نظمت",
    "نظمها",
    "حضرها",
    "حضره",
    "بدات",
    "بدا",
    "اختتمت",
    "ستنطلق",
    "انطلقت",
    // «القمة التي احتضنتها واشنطن», «الاجتماع الذي حصل», «الجولة التي شملت 5 دول».
    "احتضن",
    "احتضنت",
    "يحتضن",
    "تحتضن",
    "ستحتضن",
    "حصل",
    "حصلت",
    "شمل",
    "شملت",
    "قام",
    "قامت",
    "يقوم",
    "تقوم",
    "سيقوم",
    "ستقوم",
    "كان",
    "كانت",
    "تبدا",
    "يبدا",
    "ستبدا",
    "سيبدا",
    "تنطلق",
    "ينطلق",
    // «استقبل X كليجدار أوغلو الذي وصل إلى مقر الحزب مساء اليوم»: the guest's arrival is the
    // day of the reception or meeting.
    "وصل",
    "وصلت",
    "وصلها",
    "وصله",
    "يصل",
    "تصل",
]);

/// Is the date at tokens `a..b` the date of the meeting whose trigger is at i? `verb`: the
/// trigger is a verb («التقى», «زار»), which owns the date after it.
pub(super) fn governs(d: &Doc, i: usize, verb: bool, w: &When, named: &[bool]) -> bool {
    let (a, b) = w.toks;
    // The full form too: «وصفت» is a verb whose root starts with «و», not «و» + «صفت».
    let report = |j: usize| {
        j != i && (REPORTING.contains(&d.bare(j)) || REPORTING.contains(&d.toks[j].norm.as_str()))
    };
    let during = during(d, i);
    // «تاريخ 2014/10/23»: the date of a document. «بحلول عام 2025», «حتى نهاية العام»: a
    // deadline or the end of a span, not when anything took place. «إلى» too, unless the meeting
    // is what is moved («تأجيل الاجتماع إلى الأحد»).
    let moved = i > 0 && POSTPONED.contains(&d.bare(i - 1));
    if a > 0
        && !(moved && d.bare(a - 1) == "الي")
        && matches!(
            d.bare(a - 1),
            "تاريخ"
                | "المورخ"
                | "المورخه"
                | "بحلول"
                | "حتي"
                | "لغايه"
                | "اقصاه"
                | "اقصاها"
                // «تأجيل البطولة إلى السنة المقبلة»: the day something else is moved to.
                | "الي"
                | "by"
                | "until"
        )
    {
        return false;
    }
    // «وقال في تصريحات أمس: "كيف … ولا يجتمع بأطراف الأزمة"»: a quotation is another voice,
    // and the date outside it is the day it was said.
    if d.toks[i].quote != 0 && d.toks[a].quote != d.toks[i].quote {
        return false;
    }
    // «في الذكرى الستين لرحلة …»: the day of an anniversary, not of the event remembered.
    if (i.saturating_sub(4)..i).any(|j| {
        matches!(
            d.bare(j),
            "ذكري" | "الذكري" | "لذكري" | "بذكري" | "بالذكري" | "للذكري" | "anniversary"
        )
    }) {
        return false;
    }
    // «هددت الصين، اليوم، بالرد إذا التقى …»: a meeting only supposed or denied takes no date of
    // the clause around it.
    if a < i && super::triggers::hypothetical(d, i) {
        return false;
    }
    if a > i {
        // «لقاء ريغان مع المجاهدين (انتشر الخبر في عام 2017 …)»: a parenthesis opened before the
        // date, and not by it, is another clause.
        if (i..a - 1).any(|j| d.toks[j].sep & SEP_OPEN_PAREN != 0) {
            return false;
        }
        if relative(d, i, a) {
            return true;
        }
        // «أعلن بعد اجتماع الأمناء، تأجيلها …»: a meeting named as the time of another act ends
        // with its noun phrase; a date past the comma is in that act's clause. A name set off
        // by commas («مع نظيره، سيرغي لافروف، في موسكو الجمعة») is still the phrase.
        if !verb
            && i > 0
            && matches!(d.bare(i - 1), "بعد" | "عقب" | "اثر" | "اعقاب" | "after")
            && clause_break_outside_apposition(d, i, a, named)
        {
            return false;
        }
        // A relative clause of another noun («خطاب بوتين الذي ألقاه الثلاثاء»), or a claim
        // («أوستن، أول مسؤول يزور البلاد، إنّ سفينة ستكون هنا في آب»), holds the date.
        // «على أن يعقد في أيار» is the meeting's own schedule, not a claim.
        let claim = |j: usize| {
            complementizer(d.bare(j))
                && !(j + 1 < a
                    && matches!(
                        d.bare(j + 1),
                        "يعقد"
                            | "تعقد"
                            | "ينعقد"
                            | "تنعقد"
                            | "يجري"
                            | "تجري"
                            | "يتم"
                            | "تتم"
                            | "يلتقي"
                            | "تلتقي"
                            | "يزور"
                            | "تزور"
                            | "تستمر"
                            | "يستمر"
                    ))
        };
        if (i + 1..a).any(|j| (relative_pronoun(d.bare(j)) && !own_clause(d, i, j)) || claim(j)) {
            return false;
        }
        // «لمتابعة الاتفاقات الموقعة بين البلدين، في أيار»: the participle of another act
        // (signed, concluded, issued) owns the date that follows it.
        if (i + 1..a)
            .any(|j| OTHER_ACT.contains(&d.bare(j)) || (!verb && !during && act_noun(d, j)))
        {
            return false;
        }
        // After the trigger: a statement, a journey or an earlier event between them owns it
        // («قبل القمة المرتقبة، أصدر القادة بياناً، مساء السبت»; «والتقى الأسد بعد الزلزال في
        // شباط»).
        // «وتبدأ الجولة في الأرجنتين، ثم يزور غداً تشيلي»: after «ثم» the next step's date.
        // «بزيارة الهند والمشاركة غداً في الاحتفالات»: the day of taking part in something else.
        if (i + 1..a).any(|j| {
            report(j)
                || temporal(d, j)
                || matches!(d.bare(j), "ثم" | "المشاركه" | "للمشاركه" | "لحضور" | "حضور")
        }) {
            return false;
        }
        // The trigger inside the subject of a statement: «أعلنت عضو الوفد إلى المحادثات في
        // فيينا، اليوم، أنّ …». A reported claim before the trigger ends the look back.
        if !verb && !during {
            for j in before(d, i, 8, named) {
                if complementizer(d.bare(j)) {
                    break;
                }
                if report(j) {
                    return false;
                }
            }
        }
        return true;
    }
    // Before the trigger. A reported claim («أعلنت اليوم أنّ … سيزور»), a statement, a journey to
    // it («وصل اليوم للمشاركة في اجتماع»), «ثم», «قبل ذلك بيوم» between them: another act's date.
    // «أكد X، اليوم، أنّ …، وذلك خلال اتصال هاتفي»: «وذلك» takes the trigger back to the
    // statement, out of the claim.
    let back = (b..i).rev().find(|&j| d.toks[j].norm == "وذلك");
    // «وصفت الصحف، اليوم الخميس، بكين بأنها وسيط، وذلك بعد مكالمة هاتفية»: the statement came
    // after the call, whose own day is not said.
    if back.is_some() && i > 0 && matches!(d.bare(i - 1), "بعد" | "عقب" | "اثر") {
        return false;
    }
    let daily = w.day.is_some() || w.weekday.is_some() || w.rel_days.is_some();
    // «وأمس، اتفق المشاركون في القمة على …»: the day of what the participants did, one day of
    // the summit, not necessarily its first.
    if i > 1
        && d.bare(i - 1) == "في"
        && matches!(
            d.bare(i - 2),
            "المشاركون" | "المشاركين" | "المشاركه" | "المشاركات"
        )
    {
        return false;
    }
    // «أقرّ، اليوم، بانقسام الأعضاء بشأن العضوية التي ستكون على جدول أعمال قمة …»: a noun
    // trigger inside a relative clause opened after the date is not dated by the main clause.
    if !verb && (b..i).any(|j| relative_pronoun(d.bare(j))) {
        return false;
    }
    for j in b..i {
        let w = d.bare(j);
        if (complementizer(w) && back.is_none_or(|k| k < j))
            || (report(j) && !during)
            || ENDING.contains(&w)
            || matches!(w, "للمشاركه" | "لحضور" | "للمشاركة" | "ثم")
            // A day, not a month: a response comes within weeks, rarely on the same day.
            || (IN_RESPONSE.contains(&w) && daily)
            || (matches!(w, "قبل" | "بعد") && j + 1 < i && d.bare(j + 1) == "ذلك")
            // «وقع هجوم يوم 24 أيلول بعد ساعات من عودة الرئيس عقب حضوره اجتماعات»: the date is
            // of the act the connective relates to the meeting, not the meeting's.
            || (j + 1 < i && temporal(d, j))
        {
            return false;
        }
    }
    // «قبل القمة», «منذ الاجتماع»: the date is of what came before or since; «قبل يومين من
    // اجتماع»: two days before the meeting, not its day. «قدّم، في آذار، تقريره عن زيارة …»:
    // the act about the meeting has the date.
    // «يصل الوزير منتصف الشهر لبحث زيارة الرئيس»: a meeting that is the topic of another act
    // (discussing, preparing it) is not dated by that act.
    if i > 0
        && matches!(
            d.bare(i - 1),
            "قبل"
                | "منذ"
                | "عن"
                | "حول"
                | "بشان"
                | "about"
                | "لبحث"
                | "بحث"
                // «صدر اليوم بيان بمناسبة زيارة …»: the meeting is the occasion of another act.
                | "بمناسبه"
                // «عدّ في بيان أمس نتائج الزيارة خطوة كبيرة»: a judgement of its results.
                | "نتايج"
                | "حصيله"
                // «سيصل منتصف الشهر ليبحث الزيارة المرتقبة» (not «ناقش اجتماع الوزراء»: there
                // the meeting does the discussing).
                | "ليبحث"
                | "لتبحث"
                | "ليناقش"
                | "لتناقش"
                | "لمناقشه"
                | "مناقشه"
                | "للتحضير"
                | "التحضير"
                | "للاعداد"
                | "الاعداد"
                | "لترتيب"
                | "ترتيب"
                | "ترتيبات"
        )
    {
        return false;
    }
    // «أطلقت في أيلول على القمة اسم …», «علّق أمس على الزيارة»: an act on the meeting has the
    // date; not «رداً على زيارة» (above) nor «حرص الرئيس أمس على لقاء», «أشرف على اجتماع», where
    // the meeting is what was done, nor the name Ali («محمد علي بزيارة»).
    if i > 1
        && d.bare(i - 1) == "علي"
        // The surface tells the preposition («على») from the name («علي»).
        && d.slice(i - 1, i).ends_with('ى')
        && !named[i - 1]
        && !IN_RESPONSE.contains(&d.bare(i - 2))
        && !(i.saturating_sub(5)..i - 1).any(|j| {
            matches!(
                d.bare(j),
                "حرص" | "حرصت" | "اقدم" | "اقدمت" | "اصر" | "اصرت" | "اشرف" | "اشرفت"
            )
        })
    {
        return false;
    }
    // «فلان، الذي انضم إلى اللجنة عام 1999، لم يحضر الاجتماع»: the date lies in a relative clause
    // that closes before the trigger, and is that clause's.
    let clause_start = (0..a)
        .rev()
        .take_while(|&j| !d.breaks_after(j) && d.toks[j].sentence == d.toks[a].sentence)
        .last()
        .unwrap_or(a);
    if (clause_start..a).any(|j| relative_pronoun(d.bare(j)))
        && (b.saturating_sub(1)..i).any(|j| d.breaks_after(j))
    {
        return false;
    }
    // «ولم يحضر الرئيس الذي انضم إلى اللجنة عام 1999 اجتماع جنيف»: without a comma too, when the
    // relative clause's verb is not one of holding the meeting. Reaching is not («بلاتر الذي وصل
    // إلى اللجنة الأولمبية عام 1999»): before the trigger the clause is another noun's.
    if (clause_start..a)
        .any(|j| relative_pronoun(d.bare(j)) && j + 1 < a && !holds_meeting(d, j + 1))
    {
        return false;
    }
    // «أعلنت الانسحاب عام 2016 بعد زيارة …»: the act before «بعد» came later, by days or by
    // years; only «اليوم»/«أمس» of a statement made right after the meeting («قال أمس بعد
    // لقائه») is taken as the meeting's day.
    if !verb
        && i > 0
        && matches!(d.bare(i - 1), "بعد" | "عقب" | "اثر" | "اعقاب" | "after")
        && w.rel_days.is_none_or(|n| n > 0)
    {
        return false;
    }
    // «… العالم اليوم، فخلال اجتماع …»: a clause opened by «فـ» after a comma is not governed
    // by a date of the clause before it.
    if (b..i).any(|j| {
        j > 0
            && d.breaks_after(j - 1)
            && matches!(
                d.toks[j].norm.as_str(),
                "فخلال"
                    | "فاثناء"
                    | "فلقد"
                    | "فقد"
                    | "فانه"
                    | "فانها"
                    | "فهذا"
                    | "فهذه"
                    | "فكان"
                    | "فكانت"
            )
    }) {
        return false;
    }
    if (b..i).any(|j| d.bare(j) == "من") && (a..b).any(|j| matches!(d.bare(j), "قبل" | "بعد"))
    {
        return false;
    }
    if verb || during {
        // «وبعد معركة قرب البيضاء في 11 شباط، وصل …»: a date in the phrase «بعد/قبل/عقب» opens
        // is the date of that earlier or later event, not the verb's.
        return !before(d, a, 8, named)
            .take_while(|&j| !claim_opens(d, j, a) && !d.breaks_after(j))
            .any(|j| temporal(d, j) && !(j + 1 < d.len() && d.bare(j + 1) == "ذلك"));
    }
    // The date right after a statement is the statement's («قال الجيش، أمس الخميس، إنّ وفده إلى
    // المحادثات …», «تناولت الصحيفة، اليوم، زيارة …»); after «بعد اتفاق X» the agreement's.
    // Inside a reported claim («أفادت الوكالة أنّ باكو ستستضيف غداً الجمعة اجتماعاً») the claim's
    // own verb governs it: the look back ends at «أنّ». Twelve words: a subject with a long
    // title whose name the tagger missed («أصدر رئيس وزراء حكومة الوحدة الوطنية … ، مساء
    // الأحد، قراراً … على خلفية لقائها …») still leaves the statement's verb in reach.
    !before(d, a, 12, named)
        .take_while(|&j| !claim_opens(d, j, a))
        .any(|j| report(j) || ENDING.contains(&d.bare(j)) || temporal(d, j))
}
