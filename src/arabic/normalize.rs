//! Orthographic normalisation.
//!
//! Rules, applied per char in one pass:
//! * removed: harakat U+064B–U+0652, the combining maddah/hamza and other Arabic marks
//!   U+0653–U+065F (decomposed أ/إ/آ then fold like the precomposed letters), superscript alef U+0670, Quranic marks U+0610–U+061A and
//!   U+06D6–U+06ED, tatweel U+0640, zero-width and bidi controls (U+200B–U+200F, U+202A–U+202E,
//!   U+2066–U+2069, U+FEFF, U+061C), and the presentation forms of harakat alone (U+FE70–U+FE7F,
//!   U+FC5E–U+FC63, U+FCF2–U+FCF4);
//! * presentation forms (text copied from PDFs: U+FB50–U+FDFF, U+FE70–U+FEFE) → their Unicode
//!   compatibility decomposition (NFKC, through the `unicode-normalization` crate), then the rules
//!   below: «ﺑﺎﺭﻳﺲ» ≡ «باريس», lam-alef ligatures → لا, ﷲ → الله;
//! * decomposed hamza and madda (alef + U+0654/U+0655/U+0653, as NFD text has them) fold exactly like
//!   the precomposed letters (the combining mark is dropped, the seat folded), so NFD ≡ NFC;
//! * أ إ آ ٱ ٲ ٳ ٵ → ا, ى → ي, ة → ه, ؤ ٶ → و, ئ ٸ → ي;
//! * Persian/Urdu/Kurdish/Pashto keyboard letters → the Arabic letter they write in Arabic text:
//!   ی ې ۍ ێ ے ۓ → ي, ک ڪ → ك, ہ ۂ ۀ ۃ ە ھ → ه (Lucene's PersianNormalizer folds ی ک ۀ ہ ے);
//! * Arabic-Indic ٠–٩ and Persian ۰–۹ digits → ASCII 0–9;
//! * everything else is lowercased (Latin and other cased scripts).
//!
//! Every output char is a fixed point of the rules, so `normalize` is idempotent.

/// True for chars that carry no letter identity and are dropped by [`normalize`].
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0610}'..='\u{061A}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}'
        // presentation forms of harakat alone (their NFKC is a space or tatweel and marks)
        | '\u{FC5E}'..='\u{FC63}'
        | '\u{FCF2}'..='\u{FCF4}'
        | '\u{FE70}'..='\u{FE7F}')
}

/// Arabic presentation forms (PDF text): folded through their compatibility decomposition.
fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Normalise Arabic (and Latin) text for comparison; see the module docs for the rules.
pub fn normalize(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            // Fast path: most non-Arabic text in news is ASCII punctuation and digits.
            out.push(c.to_ascii_lowercase());
        } else if let Some(f) = fold_letter(c) {
            // Fast path: the Arabic letters, none ignorable nor a presentation form.
            out.push(f);
        } else if is_ignorable(c) {
            continue;
        } else if is_presentation_form(c) {
            // NFKC never yields a presentation form again, so one level suffices.
            for d in std::iter::once(c).nfkc() {
                push_folded(d, &mut out);
            }
        } else {
            push_folded(c, &mut out);
        }
    }
    out
}

/// An Arabic letter (U+0621–U+064A but tatweel) folded as `push_folded` folds it, or None for
/// any other char.
#[inline]
fn fold_letter(c: char) -> Option<char> {
    match c {
        'أ' | 'إ' | 'آ' => Some('ا'),
        'ى' | 'ئ' => Some('ي'),
        'ة' => Some('ه'),
        'ؤ' => Some('و'),
        '\u{0640}' => None,
        '\u{0621}'..='\u{064A}' => Some(c),
        _ => None,
    }
}

/// The rules for one char that is not a presentation form.
fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_ignorable(c) {
        return;
    }
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' => out.push('ا'),
        'ى' | 'ئ' | 'ٸ' | 'ی' | 'ې' | 'ۍ' | 'ێ' | 'ے' | 'ۓ' => out.push('ي'),
        'ة' | 'ہ' | 'ۂ' | 'ۀ' | 'ۃ' | 'ە' | 'ھ' => out.push('ه'),
        'ؤ' | 'ٶ' => out.push('و'),
        'ک' | 'ڪ' => out.push('ك'),
        '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        // Arabic has no case: only look case up outside it (the lookup is slow).
        c if !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_uppercase() => {
            out.extend(c.to_lowercase())
        }
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::normalize;
    use proptest::prelude::*;

    #[test]
    fn the_letters_fast_path_folds_as_the_general_rules_do() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(f) = super::fold_letter(c) {
                let mut general = String::new();
                super::push_folded(c, &mut general);
                assert_eq!(general, f.to_string(), "{c:?}");
                assert!(!super::is_presentation_form(c));
            }
        }
        assert_eq!(super::fold_letter('ـ'), None);
    }

    #[test]
    fn strips_harakat_and_marks() {
        assert_eq!(normalize("الشَّيْبانِيّ"), "الشيباني");
        assert_eq!(normalize("ولداً"), "ولدا");
        assert_eq!(normalize("رحمٰن"), "رحمن");
        assert_eq!(normalize("صلى\u{0610}"), "صلي");
        assert_eq!(normalize("قلم\u{06D6}"), "قلم");
        assert_eq!(normalize("روبرـــــت"), "روبرت");
    }

    #[test]
    fn strips_invisible_controls() {
        for m in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{200F}', '\u{202B}', '\u{2067}', '\u{FEFF}',
            '\u{061C}',
        ] {
            assert_eq!(
                normalize(&format!("سو{m}ريا")),
                "سوريا",
                "mark {:X}",
                m as u32
            );
        }
    }

    #[test]
    fn folds_letters() {
        assert_eq!(normalize("أإآٱ"), "اااا");
        assert_eq!(normalize("بنى"), "بني");
        assert_eq!(normalize("فاطمة"), "فاطمه");
        assert_eq!(normalize("مسؤول"), "مسوول");
        assert_eq!(normalize("رئيس"), "رييس");
        assert_eq!(normalize("\u{FEFB}"), "لا");
        assert_eq!(normalize("\u{FEF5}\u{FEFC}"), "لالا");
    }

    #[test]
    fn folds_persian_and_urdu_letters() {
        // Persian keyboard: farsi yeh, keheh; Urdu: heh goal, yeh barree; Kurdish ae; heh doachashmee.
        assert_eq!(normalize("الکویت"), normalize("الكويت"));
        assert_eq!(normalize("تبریز"), "تبريز");
        assert_eq!(normalize("کراچی"), "كراچي");
        assert_eq!(normalize("ہمارے"), "هماري");
        assert_eq!(normalize("مدرسۀ"), "مدرسه");
        assert_eq!(normalize("کوردستانە"), "كوردستانه");
        assert_eq!(normalize("ھذا"), "هذا");
        assert_eq!(normalize("مدینۃ"), "مدينه");
        // gaf and peh are other letters: left alone.
        assert_eq!(normalize("گپ"), "گپ");
    }

    #[test]
    fn folds_presentation_forms() {
        // «باريس» and «الرياض» typed in isolated/initial/medial/final forms, as PDFs store them.
        assert_eq!(
            normalize("\u{FE91}\u{FE8E}\u{FEAE}\u{FEF3}\u{FEB2}"),
            "باريس"
        );
        assert_eq!(
            normalize("\u{FE8D}\u{FEDF}\u{FEAE}\u{FEF3}\u{FE8E}\u{FEC0}"),
            "الرياض"
        );
        assert_eq!(normalize("\u{FEFB}"), "لا");
        assert_eq!(normalize("\u{FEF7}"), "لا");
        assert_eq!(normalize("\u{FDF2}"), "الله");
        // Persian letters in presentation form fold twice: keheh final → ک → ك.
        assert_eq!(normalize("\u{FB8F}"), "ك");
        assert_eq!(normalize("\u{FBFD}"), "ي");
        // Harakat in presentation form are dropped like harakat.
        assert_eq!(normalize("ب\u{FE77}اب\u{FC5E}"), "باب");
    }

    #[test]
    fn decomposed_hamza_equals_precomposed() {
        // NFD: alef + hamza above / below, waw + hamza, yeh + hamza, alef + madda.
        assert_eq!(normalize("ا\u{0654}حمد"), normalize("أحمد"));
        assert_eq!(normalize("ا\u{0655}سطنبول"), normalize("إسطنبول"));
        assert_eq!(normalize("مسو\u{0654}ول"), normalize("مسؤول"));
        assert_eq!(normalize("ري\u{0654}يس"), normalize("رئيس"));
        assert_eq!(normalize("ا\u{0653}ب"), normalize("آب"));
    }

    #[test]
    fn folds_digits_and_case() {
        assert_eq!(normalize("٠١٢٣٤٥٦٧٨٩"), "0123456789");
        assert_eq!(normalize("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
        assert_eq!(normalize("English TEXT Éé"), "english text éé");
    }

    proptest! {
        #[test]
        fn idempotent(s in "\\PC{0,40}") {
            let once = normalize(&s);
            prop_assert_eq!(normalize(&once), once.clone());
        }

        #[test]
        fn idempotent_arabic(s in "[\u{0600}-\u{06FF}\u{FB50}-\u{FDFF}\u{FE70}-\u{FEFF}\u{200B}-\u{200F} a-zA-Z]{0,40}") {
            let once = normalize(&s);
            prop_assert_eq!(normalize(&once), once.clone());
        }
    }
}
