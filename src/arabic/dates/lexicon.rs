//! Word tables of the date scanner: months, weekdays, numbers, markers and tense words.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use chrono::Weekday;

use crate::arabic::normalize::normalize;

use super::{Period, Relative, Tense};

/// What a normalised word means to the date scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Word {
    Month(u32),
    /// The first word of a two-word month: كانون (0) or تشرين (1).
    TwoWordMonth(u32),
    HijriMonth(u32),
    /// The first word of a two-word Hijri month: ربيع (0), جمادى (1), ذو/ذي (2).
    TwoWordHijri(u32),
    WeekdayName(Weekday),
    /// A weekday without the article, valid only after «يوم».
    BareWeekday(Weekday),
    RelDay(i64),
    Marker(Relative),
    Ordinal(u32),
    /// الحادي / الواحد: only inside a compound ordinal.
    OrdinalOne,
    Teen,
    Tens(u32),
    AndTens(u32),
    Period(Period),
    Aam,
    TimeOfDay,
    Yawm,
    Min,
    Shahr,
    Pm,
    Am,
}

/// Words before a date that make it the publication-relative tense of its sentence.
const FUTURE_WORDS: &[&str] = &[
    "المقرر",
    "مقرر",
    "المزمع",
    "المرتقب",
    "المرتقبه",
    "المنتظر",
    "يعتزم",
    "تعتزم",
    "يرتقب",
    "سيعقد",
    "ستعقد",
    "سيلتقي",
    "ستلتقي",
    "سيلتقيان",
    "سيجتمع",
    "ستجتمع",
    "سيجتمعان",
    "سيزور",
    "ستزور",
    "سيجري",
    "ستجري",
    "سينطلق",
    "ستنطلق",
    "سيبدا",
    "ستبدا",
    "سيستضيف",
    "ستستضيف",
    "سيشارك",
    "ستشارك",
    "سيتوجه",
    "ستتوجه",
    "سيصل",
    "ستصل",
    "سيعود",
    "ستعود",
    "موعد",
];
const PAST_WORDS: &[&str] = &[
    "التقي",
    "التقت",
    "التقيا",
    "اجتمع",
    "اجتمعت",
    "اجتمعا",
    "انعقد",
    "انعقدت",
    "زار",
    "زارت",
    "وصل",
    "وصلت",
    "استقبل",
    "استقبلت",
    "جرت",
    "عقدت",
    "اجري",
    "اجرت",
    "عقدنا",
    "عدت",
];
pub(super) fn tense_words() -> &'static FxHashMap<&'static str, Tense> {
    static T: OnceLock<FxHashMap<&'static str, Tense>> = OnceLock::new();
    T.get_or_init(|| {
        let future = FUTURE_WORDS.iter().map(|w| (*w, Tense::Future));
        future
            .chain(PAST_WORDS.iter().map(|w| (*w, Tense::Past)))
            .collect()
    })
}

/// «اليوم» after these (a subject pronoun, «بات», «أصبح») means nowadays, not the publication day:
/// «ولكنه اليوم يطالب», «ونحن اليوم في زمن آخر», «باتت اليوم أقوى». Read in the 2023 pool, where
/// each of them before a bare «اليوم» meant the present in general. Normal forms, read
/// after a leading «و» is dropped.
pub(super) const NOWADAYS_AFTER: &[&str] = &[
    "هو",
    "فهو",
    "هي",
    "فهي",
    "هم",
    "فهم",
    "نحن",
    "فنحن",
    "لكنه",
    "لكنها",
    "لكنهم",
    "انه",
    "انها",
    "اننا",
    "انهم",
    "بات",
    "باتت",
    "باتوا",
    "اصبح",
    "اصبحت",
    "اصبحوا",
    "اضحي",
    "اضحت",
];

/// «اليوم» before these is a day of the story, not the publication day.
pub(super) const NOT_TODAY_AFTER: &[&str] = &[
    "التالي",
    "الذي",
    "التي",
    "السابق",
    "الاخير",
    "نفسه",
    "ذاته",
    "العالمي",
    "الوطني",
    "الدولي",
    "السابع",
    "الموعود",
    "المحدد",
    "المشهود",
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "الثامن",
    "التاسع",
    "العاشر",
];

pub(super) fn words() -> &'static FxHashMap<String, Word> {
    static W: OnceLock<FxHashMap<String, Word>> = OnceLock::new();
    W.get_or_init(|| {
        use Word::*;
        let months: [(&str, u32); 35] = [
            ("يناير", 1),
            ("فبراير", 2),
            ("مارس", 3),
            ("أبريل", 4),
            ("ابريل", 4),
            ("إبريل", 4),
            ("أفريل", 4),
            ("مايو", 5),
            ("ماي", 5),
            ("يونيو", 6),
            ("يونيه", 6),
            ("يوليو", 7),
            ("يوليوز", 7),
            ("يوليه", 7),
            ("أغسطس", 8),
            ("اغسطس", 8),
            ("غشت", 8),
            ("سبتمبر", 9),
            ("شتنبر", 9),
            ("أكتوبر", 10),
            ("اكتوبر", 10),
            ("نوفمبر", 11),
            ("نونبر", 11),
            ("ديسمبر", 12),
            ("دجنبر", 12),
            ("شباط", 2),
            ("آذار", 3),
            ("نيسان", 4),
            ("أيار", 5),
            ("حزيران", 6),
            ("تموز", 7),
            ("آب", 8),
            ("أيلول", 9),
            ("جانفي", 1),
            ("فيفري", 2),
        ];
        let weekdays = [
            ("الأحد", Weekday::Sun),
            ("الاثنين", Weekday::Mon),
            ("الإثنين", Weekday::Mon),
            ("الثلاثاء", Weekday::Tue),
            ("الأربعاء", Weekday::Wed),
            ("الخميس", Weekday::Thu),
            ("الجمعة", Weekday::Fri),
            ("السبت", Weekday::Sat),
        ];
        let ordinals = [
            ("الأول", 1),
            ("الثاني", 2),
            ("الثالث", 3),
            ("الرابع", 4),
            ("الخامس", 5),
            ("السادس", 6),
            ("السابع", 7),
            ("الثامن", 8),
            ("التاسع", 9),
            ("العاشر", 10),
        ];
        let mut m: FxHashMap<String, Word> = FxHashMap::default();
        for (w, n) in months {
            m.insert(normalize(w), Month(n));
        }
        for (w, d) in weekdays {
            let n = normalize(w);
            m.insert(
                n[n.char_indices().nth(2).map_or(0, |(b, _)| b)..].to_string(),
                BareWeekday(d),
            );
            m.insert(n, WeekdayName(d));
        }
        for (w, n) in ordinals {
            m.insert(normalize(w), Ordinal(n));
        }
        let rest: [(&str, Word); 50] = [
            ("كانون", TwoWordMonth(0)),
            ("تشرين", TwoWordMonth(1)),
            ("محرم", HijriMonth(1)),
            ("صفر", HijriMonth(2)),
            ("رجب", HijriMonth(7)),
            ("شعبان", HijriMonth(8)),
            ("رمضان", HijriMonth(9)),
            ("شوال", HijriMonth(10)),
            ("ربيع", TwoWordHijri(0)),
            ("جمادى", TwoWordHijri(1)),
            ("جماد", TwoWordHijri(1)),
            ("ذو", TwoWordHijri(2)),
            ("ذي", TwoWordHijri(2)),
            ("الحادي", OrdinalOne),
            ("الواحد", OrdinalOne),
            ("عشر", Teen),
            ("العشرين", Tens(20)),
            ("الثلاثين", Tens(30)),
            ("والعشرين", AndTens(20)),
            ("والثلاثين", AndTens(30)),
            ("اليوم", RelDay(0)),
            ("غدا", RelDay(1)),
            ("امس", RelDay(-1)),
            ("بالامس", RelDay(-1)),
            ("الامس", RelDay(-1)),
            ("الماضي", Marker(Relative::Last)),
            ("الماضيه", Marker(Relative::Last)),
            ("المنصرم", Marker(Relative::Last)),
            ("المنصرمه", Marker(Relative::Last)),
            ("الفايت", Marker(Relative::Last)),
            ("الفايته", Marker(Relative::Last)),
            ("المقبل", Marker(Relative::Next)),
            ("المقبله", Marker(Relative::Next)),
            ("القادم", Marker(Relative::Next)),
            ("القادمه", Marker(Relative::Next)),
            ("الجاري", Marker(Relative::This)),
            ("الجاريه", Marker(Relative::This)),
            ("الحالي", Marker(Relative::This)),
            ("الحاليه", Marker(Relative::This)),
            ("الاسبوع", Period(self::Period::Week)),
            ("الشهر", Period(self::Period::Month)),
            ("العام", Period(self::Period::Year)),
            ("السنه", Period(self::Period::Year)),
            ("عام", Aam),
            ("سنه", Aam),
            ("يوم", Yawm),
            ("من", Min),
            ("شهر", Shahr),
            ("هذا", Marker(Relative::This)),
            ("هذه", Marker(Relative::This)),
        ];
        m.extend(rest.into_iter().map(|(w, k)| (normalize(w), k)));
        for w in ["صباح", "مساء", "ظهر", "ليله", "فجر", "عصر", "ظهيره"] {
            m.insert(w.to_string(), TimeOfDay);
        }
        // Am/pm words share spellings with other entries (مساء is also a time of day), so they
        // live under a «#t» key that only the clock-time reader asks for.
        for w in ["مساء", "مساءا", "م"] {
            m.insert(format!("{w}#t"), Pm);
        }
        for w in ["صباحا", "صباح", "ص"] {
            m.insert(format!("{w}#t"), Am);
        }
        m
    })
}

/// The second word of a two-word Hijri month, by series (ربيع, جمادى, ذو).
pub(super) fn hijri_second(series: u32, w: &str) -> Option<u32> {
    let w = w.strip_prefix("ال").unwrap_or(w);
    Some(match (series, w) {
        (0, "اول") => 3,
        (0, "ثاني" | "اخر") => 4,
        (1, "اولي" | "اول") => 5,
        (1, "ثانيه" | "اخره" | "ثاني" | "اخر") => 6,
        (2, "قعده") => 11,
        (2, "حجه") => 12,
        _ => return None,
    })
}

/// A count word: «ثلاثة» (3) … «عشرة» (10).
pub(super) fn count_word(w: &str) -> Option<i64> {
    Some(match w {
        "ثلاثه" | "ثلاث" => 3,
        "اربعه" | "اربع" => 4,
        "خمسه" | "خمس" => 5,
        "سته" | "ست" => 6,
        "سبعه" | "سبع" => 7,
        "ثمانيه" | "ثماني" => 8,
        "تسعه" | "تسع" => 9,
        "عشره" => 10,
        _ => return None,
    })
}
