//! Orthographic normalisation.
//!
//! Rules, applied per char in one pass:
//! * removed: harakat U+064B–U+0652, the combining maddah/hamza and other Arabic marks
//!   U+0653–U+065F (decomposed أ/إ/آ then fold like the precomposed letters), superscript alef U+0670, Quranic marks U+0610–U+061A and
//!   U+06D6–U+06ED, tatweel U+0640, zero-width and bidi controls (U+200B–U+200F, U+202A–U+202E,
//!   U+2066–U+2069, U+FEFF, U+061C);
//! * أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
//! * Arabic-Indic ٠–٩ and Persian ۰–۹ digits → ASCII 0–9;
//! * lam-alef ligatures U+FEF5–U+FEFC → لا;
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
        | '\u{061C}')
}

/// Normalise Arabic (and Latin) text for comparison; see the module docs for the rules.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            // Fast path: most non-Arabic text in news is ASCII punctuation and digits.
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if is_ignorable(c) {
            continue;
        }
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ئ' => out.push('ي'),
            'ة' => out.push('ه'),
            'ؤ' => out.push('و'),
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            '\u{FEF5}'..='\u{FEFC}' => out.push_str("لا"),
            // Arabic has no case: only look case up outside it (the lookup is slow).
            c if !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_uppercase() => {
                out.extend(c.to_lowercase())
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize;
    use proptest::prelude::*;

    #[test]
    fn strips_harakat_and_marks() {
        assert_eq!(normalize("الشَّيْبانِيّ"), "الشيباني");
        assert_eq!(normalize("ولداً"), "ولدا");
        assert_eq!(normalize("رحمٰن"), "رحمن");
        assert_eq!(normalize("صلى\u{0610}"), "صلي");
        assert_eq!(normalize("قلے\u{06D6}"), "قلے");
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
        fn idempotent_arabic(s in "[\u{0600}-\u{06FF}\u{FEF5}-\u{FEFC}\u{200B}-\u{200F} a-zA-Z]{0,40}") {
            let once = normalize(&s);
            prop_assert_eq!(normalize(&once), once.clone());
        }
    }
}
