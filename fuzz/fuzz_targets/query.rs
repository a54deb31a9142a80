//! The search query rewriter on arbitrary text: it may refuse a query (Err) but must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marsad::search::{period_bounds, rewrite};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(r) = rewrite(&text) {
        assert!(
            !r.terms.is_empty(),
            "a rewritten query with no terms: {r:?}"
        );
    }
    let _ = period_bounds(&text);
});
