//! The words of meeting reports: triggers (Arabic and English, one- and two-word), the tense words
//! that give a report its status, and the words that bound a venue (topics, titles, hosts) or rule a
//! sentence out (press, sport). Lexicons only: `super::find` reads the text with them.

use super::super::doc::{Doc, SEP_SENTENCE};
use super::Status;
use crate::extract::words::Words;

#[derive(Clone, Copy)]
pub(super) struct Trig {
    pub(super) kind: &'static str,
    pub(super) weak: bool,
    pub(super) verb: Option<Status>,
    pub(super) visit: bool,
    /// «وصل … إلى»: an arrival, a visit only when a person arrives at a place (see
    /// `super::arrival_is_visit`).
    pub(super) arrival: bool,
}

fn trigger(form: &str) -> Option<Trig> {
    let t = |kind, weak, verb, visit| {
        Some(Trig {
            kind,
            weak,
            verb,
            visit,
            arrival: false,
        })
    };
    match form {
        "اجتماع" | "اجتماعا" | "اجتماعات" | "لقاء" | "لقاءا" | "لقاءات" => {
            t("meeting", false, None, false)
        }
        // With an attached pronoun: «خلال لقائه», «في اجتماعهما» (ئ is normalised to ي).
        "لقايه" | "لقايها" | "لقايهم" | "لقايهما" | "لقاءه" | "اجتماعه" | "اجتماعها"
        | "اجتماعهم" | "اجتماعهما" => t("meeting", false, None, false),
        "مشاورات" => t("talks", true, None, false),
        "تجتمع" | "يجتمعون" | "تلتقيان" | "يلتقيان" => {
            t("meeting", false, Some(Status::Unknown), false)
        }
        "ستجتمع" | "سيلتقيان" | "ستلتقيان" => {
            t("meeting", false, Some(Status::Planned), false)
        }
        "قمه" | "القمه" => t("summit", false, None, false),
        "التقي" | "التقيت" | "التقت" | "التقيا" | "اجتمع" | "اجتمعا" | "اجتمعت" => {
            t("meeting", false, Some(Status::Held), false)
        }
        "سيلتقي" | "ستلتقي" | "سيجتمع" | "سيجتمعان" => {
            t("meeting", false, Some(Status::Planned), false)
        }
        "يلتقي" | "تلتقي" | "يجتمع" => {
            t("meeting", false, Some(Status::Unknown), false)
        }
        "محادثات" | "مباحثات" | "مفاوضات" | "جوله" | "جولات" => {
            t("talks", true, None, false)
        }
        // «عقب مباحثاته مع نظيره»: talks with an attached pronoun are one party's particular
        // talks, not talks in general.
        "مباحثاته" | "مباحثاتها" | "مباحثاتهما" | "محادثاته" | "محادثاتها" | "محادثاتهما" => {
            t("talks", false, None, false)
        }
        // A tour or trip («جولته الخليجية», «رحلته إلى غواتيمالا»), read as a visit; weak: it
        // stands alone only with a venue. «جولة» before talks is a round of them (see
        // `trigger_at`).
        "جولته" | "جولتها" | "رحله" | "رحلته" | "رحلتها" => {
            t("visit", true, None, true)
        }
        // A conference between parties («المؤتمر الدولي حول فنزويلا»), many-sided like a summit; a
        // press conference, a
        // party («حزب المؤتمر») or a name is not one (see `trigger_at`).
        "موتمر" | "موتمرا" => t("summit", true, None, false),
        "زياره" | "زيارته" | "زيارتها" | "زيارات" => {
            t("visit", false, None, true)
        }
        "سيزور" | "ستزور" => t("visit", false, Some(Status::Planned), true),
        "يزور" | "تزور" => t("visit", false, Some(Status::Unknown), true),
        "زار" | "زارت" => t("visit", false, Some(Status::Held), true),
        "استقبل" | "استقبلت" | "استقبلا" => {
            t("reception", false, Some(Status::Held), false)
        }
        "سيستقبل" | "ستستقبل" => t("reception", false, Some(Status::Planned), false),
        "يستقبل" | "تستقبل" => t("reception", false, Some(Status::Unknown), false),
        // «لدى استقباله»: the verbal noun with its object pronoun.
        "استقباله" | "استقبالها" => t("reception", false, None, false),
        "مكالمه" | "المكالمه" | "مكالمات" => {
            t("phone_call", false, None, false)
        }
        // English (normalised to lower case).
        "met" => t("meeting", false, Some(Status::Held), false),
        "meet" | "meets" => t("meeting", false, Some(Status::Unknown), false),
        "meeting" | "meetings" => t("meeting", false, None, false),
        "talks" => t("talks", true, None, false),
        "summit" => t("summit", false, None, false),
        "visited" => t("visit", false, Some(Status::Held), true),
        "visit" | "visits" => t("visit", false, None, true),
        "received" | "hosted" => t("reception", false, Some(Status::Held), false),
        _ => None,
    }
}

/// Two-word triggers and arrivals, read at token i: a phone call («اتصالاً هاتفياً», «phone call»,
/// «اتصل هاتفياً») or an arrival («وصل … إلى»), which names the venue of a visit.
fn compound_trigger(d: &Doc, i: usize) -> Option<Trig> {
    let next = |k: usize| (i + k < d.len()).then(|| d.bare(i + k));
    let t = |kind, verb, visit| Trig {
        kind,
        weak: false,
        verb,
        visit,
        arrival: false,
    };
    let phone_word = |w: Option<&str>| {
        matches!(
            w,
            Some("هاتفيا" | "هاتفي" | "الهاتفي" | "هاتفيه" | "الهاتفيه")
        )
    };
    match d.bare(i) {
        // «بحث الرئيس مع نظيره», «ناقش الوزيران»: talks held, when a counterpart follows.
        "بحث" | "بحثا" | "ناقش" | "ناقشا" | "تباحث" | "تباحثا"
            if i == 0 || !d.toks[i].norm.starts_with('ل') =>
        {
            ((1..=6).any(|k| next(k) == Some("مع"))
                || matches!(next(1), Some("الوزيران" | "الرييسان" | "الجانبان")))
            .then_some(Trig {
                kind: "talks",
                weak: false,
                verb: Some(Status::Held),
                visit: false,
                arrival: false,
            })
        }
        "اتصالا" | "اتصال" | "الاتصال" | "اتصالات" | "باتصال" if phone_word(next(1)) => {
            Some(t("phone_call", None, false))
        }
        "اتصل" | "اتصلت" if phone_word(next(1)) => {
            Some(t("phone_call", Some(Status::Held), false))
        }
        "phone" if matches!(next(1), Some("call" | "calls")) => Some(t("phone_call", None, false)),
        w @ ("وصل" | "وصلت" | "سيصل" | "ستصل" | "يصل" | "تصل")
            // «وصل، اليوم الأحد، وفد سياسي واقتصادي رفيع المستوى إلى …»: up to ten words on,
            // within the sentence.
            if (1..=10).any(|k| {
                matches!(next(k), Some("الي" | "إلى" | "الى"))
                    && !d.breaks_after(i + k - 1)
                    && d.toks[i + k].sentence == d.toks[i].sentence
            }) =>
        {
            let verb = match w {
                "وصل" | "وصلت" => Status::Held,
                "سيصل" | "ستصل" => Status::Planned,
                _ => Status::Unknown,
            };
            Some(Trig {
                arrival: true,
                ..t("visit", Some(verb), true)
            })
        }
        _ => None,
    }
}

/// A press conference or interview, not a meeting: «لقاء مع صحافيين», «لقاء تلفزيوني», «التقى
/// بالصحافيين في مؤتمر صحفي». Read in the few words after the trigger, so a joint press conference
/// after a real meeting («مؤتمراً صحفياً مشتركاً») further on does not count.
pub(super) fn is_press(d: &Doc, i: usize) -> bool {
    const PRESS: &[&str] = &[
        "صحفي",
        "صحافي",
        "صحفيين",
        "صحافيين",
        "صحفيا",
        "صحافيا",
        "تلفزيوني",
        "متلفز",
        "اعلامي",
        "اعلاميين",
        "اذاعي",
        "press",
        "reporters",
        "journalists",
    ];
    let window = i + 1..(i + 5).min(d.len());
    let press_word = |j: usize| {
        let n = d.bare(j);
        ["بال", "لل", "ال", "ب", "ل", ""]
            .iter()
            .any(|p| n.strip_prefix(p).is_some_and(|r| PRESS.contains(&r)))
    };
    let joint = window
        .clone()
        .any(|j| matches!(d.bare(j), "مشترك" | "مشتركا" | "joint"));
    // «في اتصال هاتفي أجرته معه الصحيفة», «أجرته معه "عكاظ"»: an interview by telephone.
    let by_paper = window.clone().any(|j| {
        matches!(d.bare(j), "اجرته" | "اجرتها" | "اجراه" | "اجراها")
            && j + 2 < d.len()
            && matches!(d.bare(j + 1), "معه" | "معها" | "معهم")
            && (matches!(
                d.bare(j + 2),
                "الصحيفه"
                    | "الجريده"
                    | "المجله"
                    | "الوكاله"
                    | "القناه"
                    | "مراسل"
                    | "مراسله"
            ) || d.toks[j + 2].quote != 0)
    });
    by_paper || (!joint && window.clone().any(press_word))
}

/// A public gathering, not a meeting between parties: «لقاء مع الشباب», «اللقاءات العامة», «اللقاء
/// الذي نظم في بيروت», «لقاء جماهيري». Read in the three words after a meeting noun.
pub(super) fn is_gathering(d: &Doc, i: usize) -> bool {
    let n = d.bare(i);
    if !(n.contains("لقاء") || n.contains("لقاي") || n.contains("لقاءات")) {
        return false;
    }
    let window = i + 1..(i + 4).min(d.len());
    window.clone().any(|j| {
        matches!(
            d.bare(j),
            "العامه"
                | "الشعبي"
                | "الشعبيه"
                | "شعبي"
                | "جماهيري"
                | "الجماهيري"
                | "جماهيريا"
                | "حواري"
                | "تضامني"
                | "تكريمي"
                // «بمثابة لقاء فني حضره فنانون»: an artists' evening.
                | "فني"
                | "ثقافي"
                | "شعري"
                | "ادبي"
                | "نظم"
                | "نظمه"
                | "نظمته"
                | "ينظم"
                | "تنظمه"
        )
    }) || window.clone().any(|j| {
        d.bare(j) == "مع"
            && j + 1 < d.len()
            && matches!(
                d.bare(j + 1),
                "الشباب"
                    | "الطلاب"
                    | "الطلبه"
                    | "الجاليه"
                    | "ابناء"
                    | "اهالي"
                    | "انصار"
                    | "مناصري"
            )
    })
}

/// Not a meeting of people: «والتقت هذه التفسيرات مع …» (views converge), «في قمة عجزها» (at the
/// peak of), «زيارة ضريح أتاتورك» (a visit to a place, not to a party). Read at the trigger i.
pub(super) fn is_figurative(d: &Doc, i: usize, t: &Trig) -> bool {
    let next = |k: usize| (i + k < d.len() && !d.breaks_after(i + k - 1)).then(|| d.bare(i + k));
    let n = d.bare(i);
    if t.verb.is_some() && t.kind == "meeting" {
        return matches!(
            next(1),
            Some(
                "هذه"
                    | "هذا"
                    | "المصالح"
                    | "مصالح"
                    | "وجهات"
                    | "المواقف"
                    | "مواقف"
                    | "الاراء"
                    | "ارادات"
                    | "التفسيرات"
            )
        );
    }
    if matches!(n, "قمه") {
        return next(1).is_some_and(|w| {
            // «عجزها», «غضبهم»; not «ه» alone, which is also a normalised «ة» («قمة مجموعة»)
            w.chars().count() > 3 && (w.ends_with("ها") || w.ends_with("هم"))
        }) && !next(1).is_some_and(|w| w.starts_with("ال"));
    }
    // «وحظرت السلطات اجتماعات قادته»: meetings banned, none reported. The verbal noun («منع
    // التصعيد خلال اجتماع») only right before the trigger; a finite verb across its subject and
    // an adverb, within the clause.
    if t.verb.is_none() && i > 0 {
        let sent = d.toks[i].sentence;
        let banned = matches!(d.bare(i - 1), "حظر" | "بحظر" | "منع" | "بمنع")
            || (i.saturating_sub(6)..i).rev().any(|j| {
                matches!(
                    d.bare(j),
                    "حظرت" | "تحظر" | "يحظر" | "منعت" | "تمنع" | "يمنع"
                ) && d.toks[j].sentence == sent
                    && !(j..i).any(|k| d.breaks_after(k))
            });
        if banned {
            return true;
        }
    }
    // «استقبل المحتجون الرئيس بصيحات الاستهجان»: booing, not a reception.
    if t.kind == "reception"
        && (i + 1..(i + 10).min(d.len()))
            .take_while(|&j| !d.breaks_after(j - 1))
            .any(|j| {
                matches!(
                    d.bare(j),
                    "بصيحات"
                        | "بهتافات"
                        | "بالهتافات"
                        | "بالاحتجاجات"
                        | "بالحجاره"
                        | "بالبيض"
                        | "بالصفير"
                )
            })
    {
        return true;
    }
    if t.visit && t.verb.is_none() {
        // «زيارته لمعرض الصناعات», «زيارة للمتحف»: the place visited with «لـ» or «للـ».
        let place = next(1).map(|w| {
            w.strip_prefix("لل")
                .or_else(|| w.strip_prefix('ل'))
                .or_else(|| w.strip_prefix("ال"))
                .filter(|r| r.chars().count() > 2)
                .unwrap_or(w)
        });
        return matches!(
            place,
            Some(
                "ضريح"
                    | "مرقد"
                    | "قبر"
                    | "مقام"
                    | "متحف"
                    | "معرض"
                    | "مصنع"
                    | "منشات"
                    | "منشاه"
                    | "مخيم"
                    | "مستشفي"
                    | "مسجد"
                    | "كنيسه"
                    // «أثناء رحلة داخلية»: a flight
                    | "داخليه"
            )
        );
    }
    false
}

/// Sport, not diplomacy: a sentence about matches, clubs or national teams («لقاء» between two
/// clubs, a team's «جولة»).
pub(super) static SPORT: Words = Words::new(&[
    "مباراه",
    "المباراه",
    "مباريات",
    "الدوري",
    "دوري",
    "نادي",
    "النادي",
    "منتخب",
    "المنتخب",
    // «ويلتقي منتخبنا اليوم مع نظيره»: the national team with a pronoun («منتخبه», «منتخبي»,
    // «المنتخبين» are also «elected»: «حكومة منتخبة», «منتخبي الولاية»).
    "منتخبنا",
    "منتخبها",
    "منتخبهم",
    "الملعب",
    "اللاعب",
    "اللاعبين",
    "المدرب",
    "match",
    "league",
    "club",
]);

/// Words only sports reporting uses: three distinct ones make an article a sports report, where
/// «يلتقي الفريق نظيره» and «يستقبل ضيفه» are matches, not meetings. Words with a political sense
/// too are left out: «نادي الأسير», «الرئيس المنتخب», «البطولة» (heroism), «الأهداف» (aims).
pub(super) static SPORT_ARTICLE: Words = Words::new(&[
    "الشوط",
    "شوط",
    "المونديال",
    "الهداف",
    "بالتعادل",
    "الدوري",
    "دوري",
    "الملعب",
    "ملعب",
    "اللاعب",
    "اللاعبين",
    "لاعبي",
    "المدرب",
    "مدرب",
    "مباراه",
    "المباراه",
    "مباريات",
    "المباريات",
    // «كسب الفريق بهدفين», «الاتحاد السعودي لكرة القدم», «غاب عن التشكيلة».
    "بهدفين",
    "لكره",
    "التشكيله",
]);

/// The trigger at token i: (trigger, definite).
pub(super) fn trigger_at(d: &Doc, i: usize) -> Option<(Trig, bool)> {
    let (t, def) = trigger_here(d, i)?;
    let next = |k: usize| (i + k < d.len() && !d.breaks_after(i + k - 1)).then(|| d.bare(i + k));
    let stem = {
        let n = d.bare(i);
        ["بال", "لل", "ال", "ب", "ل", "ك"]
            .iter()
            .find_map(|p| {
                n.strip_prefix(p).filter(|r| {
                    r.starts_with("جول") || r.starts_with("رحل") || r.starts_with("موتمر")
                })
            })
            .unwrap_or(n)
    };
    if stem.starts_with("جول") {
        // «جولة (جديدة) من المحادثات», «الجولة رقم 20 من اجتماعات أستانة»: a round of talks;
        // otherwise a tour, a visit.
        let talk = |w: Option<&str>| {
            matches!(
                w,
                Some(
                    "محادثات"
                        | "مفاوضات"
                        | "مباحثات"
                        | "المحادثات"
                        | "المفاوضات"
                        | "المباحثات"
                        | "حوار"
                        | "الحوار"
                        | "مشاورات"
                        | "المشاورات"
                        | "اجتماعات"
                        | "الاجتماعات"
                )
            )
        };
        let round = (1..=3).any(|k| talk(next(k)));
        // «جولة ثانية من الضربات», «في الجولة الأولى» of an election: a round of something else.
        if !round
            && (1..=2).any(|k| {
                matches!(
                    next(k),
                    Some(
                        "من" | "الاولي"
                            | "الثانيه"
                            | "الثالثه"
                            | "ثانيه"
                            | "ثالثه"
                            | "جديده"
                            | "الحاسمه"
                            | "الاعاده"
                    )
                )
            })
        {
            return None;
        }
        let kind = if round { "talks" } else { "visit" };
        return Some((
            Trig {
                kind,
                visit: !round,
                ..t
            },
            def,
        ));
    }
    if stem.starts_with("رحل")
        && matches!(
            next(1),
            Some("جويه" | "الطيران" | "طيران" | "العوده" | "بحريه")
        )
    {
        return None; // a flight, not a trip
    }
    if stem.starts_with("موتمر") {
        let prev = if i > 0 { d.bare(i - 1) } else { "" };
        if matches!(prev, "حزب" | "لحزب" | "بحزب")
            || matches!(
                next(1),
                Some("الوطني" | "الشعبي" | "العام" | "صحفي" | "صحافي" | "صحفيا" | "صحافيا")
            )
        {
            return None;
        }
    }
    Some((t, def))
}

fn trigger_here(d: &Doc, i: usize) -> Option<(Trig, bool)> {
    if let Some(t) = compound_trigger(d, i) {
        return Some((t, false));
    }
    let n = d.bare(i);
    if n == "للقاء" {
        return trigger("لقاء").map(|t| (t, true));
    }
    if let Some(t) = trigger(n) {
        return Some((t, false));
    }
    for (p, def) in [
        ("بال", true),
        ("لل", true),
        ("ال", true),
        ("ب", false),
        ("ل", false),
        ("ك", false),
    ] {
        if let Some(r) = n.strip_prefix(p) {
            if let Some(t) = trigger(r).filter(|t| t.verb.is_none()) {
                return Some((t, def));
            }
        }
    }
    None
}

const PLANNED: &[&str] = &[
    "المقرر",
    "مقرر",
    "سيعقد",
    "ستعقد",
    "سيجمع",
    "ستستضيف",
    "سيستضيف",
    "سيلتقي",
    "سيزور",
    "سيجتمع",
    "مرتقب",
    "مرتقبه",
    "المرتقب",
    "المرتقبه",
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "غدا",
    "يعتزم",
    "تعتزم",
    // «يخطط لزيارة اليابان», «تنوي زيارة», «من المتوقع زيارة»: an intention or expectation,
    // still to come.
    "المتوقع",
    "المنتظر",
    "يخطط",
    "تخطط",
    "ينوي",
    "تنوي",
    "سيتوجه",
    "يتوجه",
    "المزمع",
    "يرتقب",
    "ستنعقد",
    "سيجري",
    "ستجري",
    // relative clauses: «خلال الاجتماع الذي سيعقده مع نظيره»
    "سيعقده",
    "ستعقده",
    "سيعقدها",
    "ستعقدها",
    "سيجريه",
    "سيجريها",
    "سيصل",
    "ستصل",
    // «سيقوم بزيارة»
    "سيقوم",
    "ستقوم",
    "will",
    "scheduled",
    "expected",
    "tomorrow",
    "next",
];
const HELD: &[&str] = &[
    "عقد",
    "عقدت",
    "جرت",
    "جري",
    "التقي",
    "اجتمع",
    "زار",
    "الماضي",
    "الماضيه",
    "سابق",
    "سابقه",
    "السابق",
    "السابقه",
    "استمر",
    "انعقد",
    "اختتم",
    "حضره",
    "اجري",
    "رعي",
    "امس",
    "التقيت",
    "انعقدت",
    // relative clauses: «خلال لقاء عقده مع نظيره»
    "عقده",
    "عقدها",
    "عقدته",
    "عقدتها",
    "عقداه",
    "اجراه",
    "اجراها",
    "اجرته",
    "تلقي",
    "تلقت",
    "held",
    "yesterday",
    "last",
];
/// Under way as the article is written: «تتواصل المحادثات», «المفاوضات مستمرة».
const ONGOING: &[&str] = &[
    "تتواصل",
    "يتواصل",
    "تستمر",
    "يستمر",
    "متواصله",
    "مستمره",
    "تتواصلان",
    "ongoing",
    "continuing",
];
/// After these the text names the topic, not the venue («لبحث آخر التطورات في سوريا»).
pub(super) const TOPIC: &[&str] = &[
    "لبحث",
    "بحث",
    "لمناقشه",
    "مناقشه",
    "بهدف",
    "لتقييم",
    "حول",
    "بشان",
    "سيركز",
    "سيتركز",
    "يركز",
    "تركز",
    "سيتناول",
    "يتناول",
    "سيتطرق",
    "يتطرق",
    "تطرق",
    "تتمحور",
    "يتمحور",
    "تحدثوا",
    "بخصوص",
    "حيال",
    "ازاء",
    "تجاه",
    "ناقش",
    "ناقشا",
    "تناول",
    "تناولا",
    "تباحثا",
    "استعرض",
    "استعرضا",
    "about",
    "over",
    // A conflict or situation named after the trigger: «لإنهاء الحرب الدائرة في السودان», «الصراع
    // في غزة» place the topic, not the meeting.
    "الحرب",
    // «اجتماع (إيكواس) … خطة عدوان … تدخل عسكري وشيك في نيامي»: the place of an attack or an
    // intervention is the topic's.
    "عدوان",
    "تدخل",
    "التدخل",
    "هجوم",
    "الهجوم",
    "الصراع",
    "النزاع",
    "الازمه",
    "الوضع",
    "الاوضاع",
    "القتال",
    "العدوان",
    "التصعيد",
    "لانهاء",
    "انهاء",
    "التطورات",
    "المستجدات",
    "الاحداث",
    // «ناقش موضوع غزة», «طالبا بوقف إطلاق النار في غزة»: a subject or a demand, not the venue.
    "موضوع",
    "بملف",
    "وقف",
    "بوقف",
    "لوقف",
    "الوقف",
    "اطلاق",
    "لاطلاق",
    "بحق",
    // A cause or a trade after the trigger: «اعتراضاً على الاعتقال في الضفة», «إمكانية تصدير
    // البرازيل حبوباً إلى مصر», «حقن الدماء في روسيا», «إرسال الرسائل إلى الصين».
    "اعتراضا",
    "احتجاجا",
    "تنديدا",
    "ردا",
    "تصدير",
    "استيراد",
    "حقن",
    "ارسال",
];
/// Words that open another clause («حيث», «بينما»): a date across one belongs to that clause.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "حيث",
    "بينما",
    "فيما",
    "عندما",
    "حين",
    "حينما",
    "لكن",
    "بعدما",
    "اذ",
];
/// Titles scoped by a country: «وزير الصناعة في مالي», «سفير إيران في لبنان» name an office, not
/// where a meeting happens.
pub(super) const TITLE: &[&str] = &[
    "وزير",
    "الوزير",
    "وزيره",
    "سفير",
    "السفير",
    "رييس",
    "الرييس",
    "ممثل",
    "الممثل",
    "مبعوث",
    "المبعوث",
    "مدير",
    "نايب",
    "قايد",
    "مسوول",
    "المسوول",
    "منسق",
];
pub(super) const HOST: [&str; 7] = [
    "ستستضيف",
    "تستضيف",
    "استضافت",
    "يستضيف",
    "سيستضيف",
    "تحتضن",
    "ستحتضن",
];
pub(super) const ENVOY: [&str; 6] = ["المبعوث", "مبعوث", "السفير", "سفير", "الخاص", "مبعوثا"];
/// Words that end a trigger's stretch when two triggers share a sentence.
pub(super) const CONNECTIVES: [&str; 6] = ["بعد", "قبل", "بالتوازي", "فيما", "بينما", "حيث"];
/// Context, not a report: «على هامش زيارة», «خلال زيارته».
pub(super) const CONTEXT_BEFORE: [&str; 2] = ["هامش", "خلال"];

/// The status a trigger's own words give it. `named[j]`: token j lies in a name mention; a list
/// of names between the verb and its noun («عقد X وY وZ اجتماعاً») does not count against the look
/// back, which stays within the clause and at most 30 tokens.
/// «إذا التقى», «لو اجتمع», «If Trump meets»: a hypothesis, neither held nor planned; «لم يلتق»,
/// «نفى أن يكون قد التقى»: a denial is no report of a meeting that took place; nor is a proposal. Its status stays
/// unknown whatever the verb or a date says.
pub(super) fn hypothetical(d: &Doc, i: usize) -> bool {
    let sent = d.toks[i].sentence;
    // «ولا يجتمع بأطراف الأزمة»: a meeting denied by «لا» too (not «لا سيما»: «especially»).
    (i.saturating_sub(2)..i).any(|j| {
        matches!(
            d.bare(j),
            "اذا" | "لو" | "حال" | "if" | "لم" | "لن" | "لا" | "ولا" | "فلا"
        ) && !(j + 1 < d.len() && d.bare(j + 1) == "سيما")
    })
        // English puts the subject between: «If Donald Trump meets», «whether the two will meet».
        || (i.saturating_sub(8)..i).any(|j| {
            d.toks[j].sentence == sent
                && !(j..i).any(|k| d.breaks_after(k))
                && matches!(d.bare(j), "if" | "unless" | "whether")
        })
        || (i.saturating_sub(10)..i).any(|j| {
            d.toks[j].sentence == sent
                && matches!(
                    d.bare(j),
                    "نفي" | "نفت" | "ينفي" | "تنفي" | "نافيا" | "نافيه" | "denied" | "denies"
                )
        })
        || proposed(d, i)
        // «رفض تلقي مكالمة هاتفية», «رفضت عقد لقاء»: a call or meeting refused did not take place
        // (not «رفض الملك خلال لقائه …»: what was refused there is something else).
        || {
            let refused = |j: usize| {
                matches!(
                    d.bare(j),
                    "رفض" | "رفضت" | "يرفض" | "ترفض" | "رفضه" | "رفضها" | "refused"
                )
            };
            (i > 0 && refused(i - 1))
                || (i > 1
                    && refused(i - 2)
                    && matches!(d.bare(i - 1), "تلقي" | "عقد" | "اجراء" | "استقبال" | "اي"))
        }
}

/// «اقترح، خلال اتصال هاتفي، عقد اجتماع لقادة …»: a meeting proposed is neither held nor
/// planned. Only the verbal noun that the proposal governs («عقد», «إجراء», «استضافة») counts,
/// so the call during which it was proposed keeps its own status.
fn proposed(d: &Doc, i: usize) -> bool {
    let sent = d.toks[i].sentence;
    i > 0
        && matches!(d.bare(i - 1), "عقد" | "اجراء" | "استضافه" | "تنظيم")
        && (i.saturating_sub(20)..i - 1).any(|j| {
            d.toks[j].sentence == sent
                && matches!(
                    d.bare(j),
                    "اقترح"
                        | "اقترحت"
                        | "اقترحوا"
                        | "يقترح"
                        | "تقترح"
                        | "اقتراح"
                        | "اقتراحا"
                )
        })
}

pub(super) fn status_near(d: &Doc, i: usize, verb: Option<Status>, named: &[bool]) -> Status {
    if hypothetical(d, i) {
        return Status::Unknown;
    }
    if let Some(s) = verb.filter(|s| *s != Status::Unknown) {
        return s;
    }
    // «على أن يزور دمشق», «ومن المتوقع أن يلتقي»: «أن» before an imperfect verb is a visit or
    // meeting still to come, whatever the tense of the clause before it.
    if verb.is_some() && i > 0 && d.bare(i - 1) == "ان" && d.toks[i].norm.starts_with(['ي', 'ت'])
    {
        return Status::Planned;
    }
    let sent = d.toks[i].sentence;
    // «دعا X إلى زيارة الدوحة», «يوجّه دعوة … لزيارة»: an invitation is to a visit still to come
    // («تلبيةً لدعوة», «بدعوة من» report one that happens).
    let invited = (i.saturating_sub(20)..i).any(|j| {
        d.toks[j].sentence == sent
            && matches!(
                d.bare(j),
                "دعا"
                    | "دعت"
                    | "دعاه"
                    | "دعاها"
                    | "دعاهم"
                    | "دعته"
                    | "يدعو"
                    | "تدعو"
                    | "دعوه"
                    | "دعوته"
                    | "دعوتها"
                    | "يوجه"
                    | "توجه"
            )
            && !(j.saturating_sub(2)..j + 1)
                .any(|k| matches!(d.bare(k), "تلبيه" | "بدعوه" | "لدعوه"))
    }) && (d.bare(i).starts_with('ل')
        || (i > 0 && d.bare(i - 1) == "الي")
        // «دعا إلى استضافة محادثات», «دعت إلى عقد اجتماع»
        || (i > 1
            && d.bare(i - 2) == "الي"
            && matches!(d.bare(i - 1), "استضافه" | "عقد" | "اجراء" | "استيناف")));
    if invited {
        return Status::Planned;
    }
    let mut best: Option<(usize, Status)> = None;
    let mut strong = false;
    let mut look = |j: usize, dist: usize| {
        let n = d.bare(j);
        // «من المقرر عقد اجتماع»: the schedule word outranks the verbal noun «عقد».
        if matches!(n, "المقرر" | "مقرر" | "المزمع" | "يعتزم" | "تعتزم") {
            strong = true;
        }
        let s = if PLANNED.contains(&n) {
            Status::Planned
        } else if HELD.contains(&n) {
            Status::Held
        } else if ONGOING.contains(&n) {
            Status::Ongoing
        } else {
            return;
        };
        if best.is_none_or(|(bd, _)| dist < bd) {
            best = Some((dist, s));
        }
    };
    // Before the trigger, within its clause; names in between are not counted.
    let mut j = i;
    let mut dist = 0;
    let mut insertion_opens = None;
    while j > 0 && dist < 6 && i - j < 30 {
        j -= 1;
        if d.toks[j].sentence != sent {
            break;
        }
        if d.breaks_after(j) && insertion_opens != Some(j) {
            // «عقد، الجمعة، لقاءً»: a short insertion between commas does not end the clause, and
            // its own words are not the meeting's («صرح، في وقت سابق، أنّ …»).
            let comma = |p: usize| d.breaks_after(p) && d.toks[p].sep & SEP_SENTENCE == 0;
            match (j.saturating_sub(3)..j).rev().find(|&p| d.breaks_after(p)) {
                Some(p) if comma(p) && comma(j) && d.toks[p].sentence == sent => {
                    insertion_opens = Some(p);
                    j = p + 1;
                    continue;
                }
                _ => break,
            }
        }
        if !named[j] {
            dist += 1;
        }
        look(j, dist.max(1));
    }
    let mut j = i;
    while j + 1 < d.len() && j - i < 4 && !d.breaks_after(j) {
        j += 1;
        look(j, j - i);
    }
    // «وكان من المقرر في وقت سابق إجراء مباحثات خلال القمة»: a schedule further back in the
    // clause than the words counted above still outranks «في وقت سابق».
    let scheduled = || {
        (i.saturating_sub(12)..i)
            .rev()
            .take_while(|&k| d.toks[k].sentence == sent)
            .any(|k| k > 0 && d.bare(k - 1) == "من" && matches!(d.bare(k), "المقرر" | "المزمع"))
    };
    if strong || (verb.is_none() && scheduled()) {
        return Status::Planned;
    }
    match best {
        Some((_, s)) => s,
        None if verb.is_none() => governing_tense(d, i).unwrap_or(Status::Unknown),
        None => verb.unwrap_or(Status::Unknown),
    }
}

/// Adverbial prepositions before a meeting noun: «خلال لقائه», «في اجتماع», «فور لقائه», «على
/// هامش القمة». The noun is then the setting of its sentence's verb.
const SETTING: &[&str] = &[
    "خلال",
    "في",
    "فور",
    "عقب",
    "اثر",
    "بعد",
    "اثناء",
    "هامش",
    "اعقاب",
];

/// «أكّد خلال لقائه …», «وفي زيارة لم يعلن عنها، حثّ …» (held); «سيبحث خلال لقائه …», «ستحضر
/// قمة …» (planned): the tense of the nearest verb the sentence says it in, for a meeting noun
/// that is the setting of that verb or its object in the future. Only verbs whose tense is sure
/// count: a past reporting verb, or «س»/«سوف» with an imperfect (an imperfect the tagger's common
/// words know, so «سياسة», «سيارة» are not verbs). None when neither is within ten words.
fn governing_tense(d: &Doc, i: usize) -> Option<Status> {
    let sent = d.toks[i].sentence;
    // «قال خلال مؤتمر في إسطنبول»: a conference is as often the press's as a meeting.
    if d.bare(i).contains("موتمر") {
        return None;
    }
    let setting = (1..=2).any(|k| i >= k && SETTING.contains(&d.bare(i - k)));
    // «… خلال لقائه الوفد يوم الخميس المقبل»: a word of time further on decides, not the verb
    // (the date's own rule reads it).
    let marked = (i + 1..(i + 11).min(d.len()))
        .take_while(|&j| d.toks[j].sentence == sent)
        .any(|j| {
            matches!(
                d.bare(j),
                "المقبل"
                    | "المقبله"
                    | "القادم"
                    | "القادمه"
                    | "الماضي"
                    | "الماضيه"
                    | "امس"
                    | "غدا"
            )
        });
    if marked {
        return None;
    }
    let quote = d.toks[i].quote;
    let mut best: Option<(usize, Status)> = None;
    // A claim after «أنّ» («يؤكد بعد لقائه أنّ بلاده ستضمن …») is another clause: the scan stops
    // at one on either side.
    let that = |j: usize| {
        matches!(
            d.bare(j),
            "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه" | "بانها" | "لان"
        )
    };
    let lo = (i.saturating_sub(10)..i)
        .rev()
        .find(|&j| that(j))
        .map_or(i.saturating_sub(10), |j| j + 1);
    let hi = (i + 1..(i + 11).min(d.len()))
        .find(|&j| that(j))
        .unwrap_or((i + 11).min(d.len()));
    // «وأكد الرئيس أنّ بلاده ستدعم …، خلال لقائه …»: a future inside an earlier claim is the
    // claim's, whatever follows it.
    let in_claim = |j: usize| {
        (j.saturating_sub(40)..j)
            .rev()
            .take_while(|&k| d.toks[k].sentence == sent)
            .any(that)
    };
    for j in lo..hi {
        if j == i || d.toks[j].sentence != sent || d.toks[j].quote != quote {
            continue;
        }
        let dist = j.abs_diff(i);
        let s = if future_form(d, j) {
            Status::Planned
        } else if setting && crate::extract::attrib::is_past_reporting(d.bare(j)) {
            Status::Held
        } else {
            continue;
        };
        // The future counts as the governing verb before the noun: right before it («ستحضر
        // قمة») or with the noun as its setting («سيبحث خلال لقائه»); a future after the noun
        // is too often a clause of its own («… في إطار زيارة …، وستساعد …»).
        // After the noun, only its own relative clause's future counts («قمّة …، والتي ستُعقد»).
        let own_clause = j > i && j > 0 && matches!(d.bare(j - 1), "التي" | "الذي");
        let before_ok = j + 1 == i || (setting && j + 5 >= i && !in_claim(j));
        if s == Status::Planned && ((j > i && !own_clause) || (j < i && !before_ok)) {
            continue;
        }
        if best.is_none_or(|(bd, _)| dist < bd) {
            best = Some((dist, s));
        }
    }
    best.map(|(_, s)| s)
}

/// «سيبحث», «وستحضر», «سوف يلتقي»: a future verb.
fn future_form(d: &Doc, j: usize) -> bool {
    let b = d.bare(j);
    if b == "سوف" {
        return false;
    }
    if j > 0 && d.bare(j - 1) == "سوف" {
        return true;
    }
    let common = crate::extract::tagger::common_words();
    b.strip_prefix('س').is_some_and(|r| {
        let stem = r.strip_prefix(['ي', 'ت', 'ن']);
        // «ستحضر»: the masculine «يحضر» may be the one the list knows.
        stem.is_some_and(|t| {
            t.chars().count() >= 2 && (common.contains(r) || common.contains(&format!("ي{t}")))
        })
    })
}
