//! Unit tests of `search.rs`.

use super::*;

#[test]
fn plain_words_are_quoted_keys() {
    let r = rewrite("الشَّيْبانِيّ باريس").unwrap();
    assert_eq!(
        r.fts,
        format!(
            "\"{}\" \"{}\"",
            arabic::search_form("الشيباني"),
            arabic::search_form("باريس")
        )
    );
}

#[test]
fn fts_syntax_passes_through() {
    let r = rewrite("(باريس OR باكو) NOT لندن \"وزير الخارجية\" ديرم* title:قمة").unwrap();
    assert!(
        r.fts.starts_with("( \"باريس\" OR \"باكو\" ) NOT \"لندن\""),
        "{}",
        r.fts
    );
    assert!(r.fts.contains("\"ديرم\"*"), "{}", r.fts);
    assert!(r.fts.contains("title : \""), "{}", r.fts);
}

#[test]
fn malformed_queries_explain_themselves() {
    assert!(rewrite("\"باريس")
        .unwrap_err()
        .to_string()
        .contains("closing \""));
    assert!(rewrite("(باريس")
        .unwrap_err()
        .to_string()
        .contains("closing ')'"));
    assert!(rewrite("باريس OR")
        .unwrap_err()
        .to_string()
        .contains("needs a word on each side"));
    assert!(rewrite("?? !!")
        .unwrap_err()
        .to_string()
        .contains("no words"));
    // Operator-looking words in lower case are just words.
    assert_eq!(rewrite("or").unwrap().fts, "\"or\"");
}

#[test]
fn abd_compounds_match_joined_and_spaced() {
    let joined = rewrite("عبدالله").unwrap();
    assert_eq!(joined.fts, "(\"عبدالله\" OR \"عبد الله\")");
    assert_eq!(rewrite("عبد الله").unwrap().fts, joined.fts);
    assert_eq!(rewrite("\"عبد الله\"").unwrap().fts, joined.fts);
    assert_eq!(
        rewrite("عبد الرحمن OR باريس").unwrap().fts,
        "(\"عبدالرحمن\" OR \"عبد رحمن\") OR \"باريس\""
    );
    // عبد before an ordinary word, or an operator, stays a word of its own.
    assert_eq!(rewrite("عبد مأمور").unwrap().fts, "\"عبد\" \"مامور\"");
    assert_eq!(rewrite("عبد OR الله").unwrap().fts, "\"عبد\" OR \"الله\"");
}

#[test]
fn snippet_shows_original_text_with_marks() {
    let body = "كان قد عُقد اجتماع في باريس، وهو الأول بين الوزيرين.";
    let s = snippet(body, &[(arabic::search_form("باريس"), false)], 4);
    assert_eq!(s, "…في [باريس]، وهو الأول…");
    let s = snippet(body, &[(arabic::search_form("باريس"), false)], 3);
    assert_eq!(s, "…في [باريس]، وهو…");
}
