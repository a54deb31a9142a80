//! Unit tests of `arabic/stem.rs`.

use super::*;
use proptest::prelude::*;

fn sf(w: &str) -> String {
    search_form(w)
}

#[test]
fn tokenize_offsets_and_marks() {
    let s = "قال: «وزير» الخارجيةَ\u{200D}السوري 12 English";
    let toks = tokenize(s);
    let words: Vec<_> = toks.iter().map(|t| t.text).collect();
    assert_eq!(
        words,
        ["قال", "وزير", "الخارجيةَ\u{200D}السوري", "12", "English"]
    );
    for t in &toks {
        assert_eq!(&s[t.byte_start..t.byte_end], t.text);
        assert_eq!(s[..t.byte_start].chars().count(), t.start);
        assert_eq!(t.end - t.start, t.text.chars().count());
    }
}

#[test]
fn tokenize_keeps_marks_inside_drops_at_edges() {
    let toks = tokenize("\u{200F}وا\u{200F}شنطن\u{200F} اجتماعاً");
    let words: Vec<_> = toks.iter().map(|t| t.text).collect();
    assert_eq!(words, ["وا\u{200F}شنطن", "اجتماعاً"]);
    assert_eq!(toks[0].start, 1);
    assert_eq!(tokenize("\u{064E}").len(), 0);
}

#[test]
fn must_merge() {
    for (a, b) in [
        ("الشَّيْبانِيّ", "الشيباني"),
        ("إسرائيل", "اسرائيل"),
        ("والشيباني", "الشيباني"),
        ("بباريس", "باريس"),
        ("لباريس", "باريس"),
        ("وباريس", "باريس"),
        ("الإسرائيلي", "إسرائيل"),
        ("اجتماعاً", "اجتماع"),
        ("لموسكو", "موسكو"),
        ("ببيروت", "بيروت"),
        ("وسوريا", "سوريا"),
        ("لوزير", "وزير"),
        ("١٢", "12"),
        ("وزيرا", "وزير"),
        ("والعراق", "العراق"),
        ("العراقي", "العراق"),
        ("الفلسطينيين", "فلسطين"),
        ("وبالتالي", "بالتالي"),
        ("ولبنان", "لبنان"),
    ] {
        assert_eq!(sf(a), sf(b), "{a} vs {b}");
    }
}

#[test]
fn must_not_merge() {
    for w in [
        "باريس",
        "باكو",
        "لندن",
        "كلينتون",
        "بيروت",
        "وليد",
        "عثمان",
        "بارو",
    ] {
        assert_eq!(sf(w), w);
    }
    for (a, b) in [
        ("بارو", "باريس"),
        ("وليد", "ليد"),
        ("بيروت", "يروت"),
        ("عثمان", "عثم"),
    ] {
        assert_ne!(sf(a), sf(b), "{a} vs {b}");
    }
}

#[test]
fn distinct_words_stay_apart() {
    for (a, b) in [
        ("وزير", "زير"),
        ("لبنان", "لبن"),
        ("وحدة", "حدة"),
        ("وسائل", "سائل"),
        ("بنين", "بن"),
        ("بالاو", "او"),
        ("أبيا", "أب"),
        ("تالين", "تالي"),
        ("كالاس", "اس"),
        ("الله", "له"),
        ("بيتها", "بيه"),
        ("تفاهم", "تفا"),
        ("دراهم", "درا"),
        ("المحاكم", "محا"),
        ("عضوها", "عض"),
        ("سنين", "سن"),
        ("المالية", "مالي"),
        ("الماليه", "مالي"),
        ("مؤقتة", "موق"),
    ] {
        assert_ne!(sf(a), sf(b), "{a} vs {b}");
    }
    // Names keep a key of their own, not a short common word.
    for w in ["بنين", "بالاو", "تالين", "كالاس"] {
        assert_eq!(sf(w), normalize(w), "{w}");
    }
}

#[test]
fn attached_pronouns_and_taa_marbuta() {
    for (a, b) in [
        ("معداته", "معدات"),
        ("مفاوضاتهم", "مفاوضات"),
        ("مسؤولوها", "مسؤول"),
        ("حكومتها", "حكومة"),
        ("وزارته", "وزارة"),
        ("وزارتها", "الوزارة"),
        ("رئيسهم", "رئيس"),
        ("قادتهم", "قادة"),
        ("قيادتنا", "قيادة"),
        ("توقعاتنا", "توقعات"),
        ("مؤقتة", "مؤقت"),
        ("إنساناً", "إنسان"),
        ("مليونا", "مليون"),
        ("المالية", "مالية"),
        ("حكومتكم", "حكومة"),
        ("لجنتهما", "لجنة"),
        ("مواقفهن", "مواقف"),
        ("اتفاقيتها", "الاتفاقية"),
        ("ومرشحوهم", "مرشح"),
        ("وسفارتها", "سفارة"),
    ] {
        assert_eq!(sf(a), sf(b), "{a} vs {b}");
    }
}

#[test]
fn abd_and_a_name_of_god_is_one_name() {
    assert_eq!(sf("عبدالله"), "عبدالله");
    assert_eq!(sf("لعبدالعزيز"), "عبدالعزيز");
    assert_eq!(sf("والله"), sf("الله"));
    assert_eq!(sf("لله"), "الله");
    let keys = |s: &str| -> Vec<String> { index_text(s).split(' ').map(String::from).collect() };
    for (joined, spaced) in [
        ("عبدالله بن زايد", "عبد الله بن زايد"),
        ("عبدالرحمن", "عبد الرحمن"),
        ("الملك عبدالعزيز", "الملك عبد العزيز"),
        ("عبدالمجيد تبون", "عبد المجيد تبون"),
    ] {
        let (j1, s1) = compound_spellings(&keys(joined)).expect(joined);
        let (j2, s2) = compound_spellings(&keys(spaced)).expect(spaced);
        assert_eq!((&j1, &s1), (&j2, &s2), "{joined} vs {spaced}");
        assert_eq!(j1, keys(joined));
        assert_eq!(s1, keys(spaced));
    }
    // عبد alone, or before an ordinary word, is no compound.
    assert!(compound_spellings(&keys("عبد الحي الفقير")).is_some());
    assert!(compound_spellings(&keys("عبد مأمور")).is_none());
    assert!(compound_spellings(&keys("عبدالمطلب")).is_none());
}

#[test]
fn persian_letters_and_presentation_forms_give_arabic_keys() {
    assert_eq!(sf("الکویت"), sf("الكويت"));
    assert_eq!(sf("تبریز"), sf("تبريز"));
    assert_eq!(sf("ﺑﺎﺭﻳﺲ"), sf("باريس"));
    assert_eq!(sf("لأنقرة"), sf("ﻷﻧﻘﺮﺓ"));
    assert_eq!(sf("مسؤولین"), sf("مسؤولين"));
    assert_eq!(index_text("ﷲ").split(' ').count(), 1);
}

#[test]
fn article_and_light_rules() {
    assert_eq!(sf("الو"), "الو");
    assert_eq!(sf("والحسن"), "حسن");
    assert_eq!(sf("للاخر"), "اخر");
    assert_eq!(sf("ساهدهات"), "ساهد");
    assert_eq!(sf("كبيرة"), "كبير");
    // ب ك ل are not stripped toward an unknown word.
    assert_eq!(sf("بحث"), "بحث");
    assert_eq!(sf("كتبت"), "كتبت");
    assert_eq!(sf("English."), "english");
    assert_eq!(sf("..."), "");
}

fn lucene_rows() -> Vec<(String, String, String)> {
    let data = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/lucene_arabic_tests.tsv"
    ))
    .expect("lucene vectors");
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("suite\t"))
        .map(|l| {
            let mut cols = l.split('\t');
            let mut next = || cols.next().unwrap_or("").to_string();
            (next(), next(), next())
        })
        .collect()
}

#[test]
fn lucene_vectors() {
    let rows = lucene_rows();
    assert_eq!(rows.len(), 49);
    let mut failed = Vec::new();
    for (suite, input, expected) in &rows {
        let got: Vec<String> = tokenize(input).iter().map(|t| sf(t.text)).collect();
        for w in expected.split_whitespace() {
            if !got.contains(&sf(w)) {
                failed.push(format!("{suite}: {input} → {got:?}, want {w}"));
            }
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} failed: {failed:#?}",
        failed.len(),
        rows.len()
    );
}

#[test]
fn index_text_one_key_per_token() {
    let s = "التقى وزير الخارجية السوري أسعد الشيباني في باريس، و«بـ» ١٢ İstanbul";
    let keys = index_text(s);
    assert_eq!(keys.split(' ').count(), tokenize(s).len());
}

#[test]
#[ignore]
fn index_text_throughput() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles");
    let mut text = String::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            text.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    if text.is_empty() {
        text = "التقى وزير الخارجية السوري أسعد الشيباني في باريس اليوم. ".repeat(50);
    }
    let big = text.repeat(200);
    let t = std::time::Instant::now();
    let out = index_text(&big);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "index_text: {:.1} MB in {secs:.3}s = {:.1} MB/s ({} output bytes)",
        big.len() as f64 / 1e6,
        big.len() as f64 / 1e6 / secs,
        out.len()
    );
}

proptest! {
    #[test]
    fn tokenize_offsets_consistent(s in "[\u{0600}-\u{06FF}\u{200B}-\u{200F}\u{202A}-\u{202E} a-zA-Z0-9.,İ\u{0301}]{0,60}") {
        let n = s.chars().count();
        let mut prev_end = 0;
        for t in tokenize(&s) {
            prop_assert_eq!(&s[t.byte_start..t.byte_end], t.text);
            prop_assert!(t.start < t.end && t.end <= n && t.start >= prev_end);
            prop_assert_eq!(s[..t.byte_start].chars().count(), t.start);
            prop_assert_eq!(s[..t.byte_end].chars().count(), t.end);
            prev_end = t.end;
        }
    }

    #[test]
    fn index_text_tokens_are_clean(s in "\\PC{0,60}") {
        let keys = index_text(&s);
        let toks = tokenize(&s);
        if toks.is_empty() {
            prop_assert_eq!(keys, "");
        } else {
            let parts: Vec<&str> = keys.split(' ').collect();
            prop_assert_eq!(parts.len(), toks.len());
            for p in parts {
                prop_assert!(!p.is_empty());
                prop_assert!(p.chars().all(|c| c.is_alphanumeric() && !is_mark(c)), "{:?}", p);
            }
        }
    }

    #[test]
    fn search_form_never_empty(s in "[\u{0621}-\u{063F}\u{0641}-\u{064A}]{1,12}") {
        prop_assert!(!search_form(&s).is_empty());
    }
}

/// The fast paths of `is_base` (ASCII, Arabic letters, the Arabic block's table) decide every
/// char as the general rule does.
#[test]
fn is_base_fast_paths_agree_with_the_general_rule() {
    for c in (0..=0x2FFFFu32).filter_map(char::from_u32) {
        assert_eq!(is_base(c), is_base_general(c), "U+{:04X}", c as u32);
    }
}

/// A long text tokenised again (the same or an equal copy, on this thread) gives the words a
/// first reading gives, and a different text of the same length its own.
#[test]
fn tokenize_again_gives_the_same_words() {
    let a = "قال وزير الخارجية، في مؤتمر صحافي ببيروت، إنّ المحادثات «بنّاءة». ".repeat(12);
    let b = a.replace("بيروت", "بغداد");
    assert!(a.len() >= MEMO_MIN_BYTES && a.len() == b.len());
    let first = tokenize_text(&a);
    for _ in 0..2 {
        assert_eq!(tokenize(&a), first);
        assert_eq!(tokenize(&a.clone()), first);
        assert_eq!(tokenize(&b), tokenize_text(&b));
        assert_ne!(tokenize(&b), first);
    }
}
