//! Arabic text handling on arbitrary text: no panic; `normalize` is idempotent; tokens are the
//! slices their byte and char offsets say; `index_text` gives exactly one non-empty key per token.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marsad::arabic::{index_text, normalize, search_form, tokenize};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);

    let once = normalize(&text);
    assert_eq!(normalize(&once), once, "normalize is not idempotent");

    let tokens = tokenize(&text);
    let mut prev = 0;
    for t in &tokens {
        assert!(
            t.byte_start < t.byte_end && t.byte_start >= prev,
            "token {t:?} out of order"
        );
        prev = t.byte_end;
        assert_eq!(&text[t.byte_start..t.byte_end], t.text);
        assert_eq!(
            text[..t.byte_start].chars().count(),
            t.start,
            "char start of {t:?}"
        );
        assert_eq!(t.start + t.text.chars().count(), t.end, "char end of {t:?}");
    }

    let index = index_text(&text);
    let keys: Vec<&str> = if index.is_empty() {
        Vec::new()
    } else {
        index.split(' ').collect()
    };
    assert_eq!(
        keys.len(),
        tokens.len(),
        "index_text gave {} keys for {} tokens: {index:?}",
        keys.len(),
        tokens.len()
    );
    for (t, k) in tokens.iter().zip(&keys) {
        assert!(!k.is_empty(), "empty key for token {:?}", t.text);
        assert_eq!(*k, search_form(t.text), "key of {:?}", t.text);
    }
});
