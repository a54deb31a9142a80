//! Reader tests: bad records are reported with their line and never stop a file.
use super::*;

fn collect(f: impl FnOnce(&mut ReadCtx<'_>) -> Result<()>) -> Vec<String> {
    let mut out = Vec::new();
    let mut emit = |item: Item| {
        out.push(match item {
            Item::Record(o, r) => format!("{o} ok {}", r.title.unwrap_or_default()),
            Item::Bad(o, why) => format!("{o} bad {why}"),
            Item::Notice(n) => format!("notice {n}"),
        });
        Ok(())
    };
    let progress = |_| {};
    let mut ctx = ReadCtx::new("f".into(), 1 << 20, &mut emit, &progress);
    f(&mut ctx).unwrap();
    drop(ctx);
    out
}

#[test]
fn jsonl_reports_each_bad_line_and_keeps_going() {
    let input = "\u{feff}{\"title\":\"a\",\"body\":\"b\"}\n\n{oops\n{\"title\":3}\n{\"title\":\"c\",\"x\":1,\"body\":\"d\"}\r\n";
    let out = collect(|ctx| read_jsonl(input.as_bytes(), ctx));
    assert_eq!(out[0], "f:1 ok a");
    assert!(out[1].starts_with("f:3 bad malformed JSON"), "{out:?}");
    assert_eq!(
        out[2],
        "f:4 bad field 'title' must be a string, found a number"
    );
    assert!(out[3].contains("unknown field 'x'"));
    assert_eq!(out[4], "f:5 ok c");
}

#[test]
fn jsonl_invalid_utf8_and_overlong_lines() {
    let mut input = b"{\"title\":\"\xff\"}\n".to_vec();
    input.extend(format!("{{\"title\":\"{}\"}}\n", "x".repeat(2 << 20)).as_bytes());
    input.extend(b"{\"title\":\"ok\"}\n");
    let out = collect(|ctx| read_jsonl(&input[..], ctx));
    assert_eq!(out[0], "f:1 bad invalid UTF-8");
    assert!(out[1].starts_with("f:2 bad record larger than"), "{out:?}");
    assert_eq!(out[2], "f:3 ok ok");
}

#[test]
fn json_array_streams_elements_with_lines() {
    let input = "[\n {\"title\": \"a\"},\n {\"title\": \n 5},\n {\"title\": \"[c]\\\"\"}\n]\n";
    let out = collect(|ctx| read_json(input.as_bytes(), ctx));
    assert_eq!(
        out,
        vec![
            "f:2 ok a",
            "f:3 bad field 'title' must be a string, found a number",
            "f:5 ok [c]\""
        ]
    );
}

#[test]
fn json_array_that_never_closes() {
    let out = collect(|ctx| read_json("[{\"title\":\"a\"},\n{\"title\":\"b\"".as_bytes(), ctx));
    assert_eq!(out[0], "f:1 ok a");
    assert!(out.last().unwrap().contains("truncated"), "{out:?}");
    let out = collect(|ctx| read_json("[{\"title\":\"a\"}\n".as_bytes(), ctx));
    assert!(
        out.last()
            .unwrap()
            .starts_with("f:2 bad the JSON array is not closed"),
        "{out:?}"
    );
}

#[test]
fn json_single_object_and_malformed_element() {
    let out = collect(|ctx| read_json("{\"title\":\"a\"}".as_bytes(), ctx));
    assert_eq!(out, vec!["f:1 ok a"]);
    let out = collect(|ctx| read_json("[{\"title\" \"a\"}, {\"title\":\"b\"}]".as_bytes(), ctx));
    assert!(out[0].starts_with("f:1 bad malformed JSON"));
    assert_eq!(out[1], "f:1 ok b");
}

#[test]
fn text_title_body_crlf_bom() {
    let out = collect(|ctx| read_text("\u{feff}\r\n\r\n  العنوان \r\nسطر\r\n".as_bytes(), ctx));
    assert_eq!(out, vec!["f:3 ok العنوان"]);
    let out = collect(|ctx| read_text(&b"a\nb\x00c"[..], ctx));
    assert_eq!(
        out,
        vec!["f:2 bad NUL byte: this looks like a binary file, not text"]
    );
    let out = collect(|ctx| read_text(&b"title\nok\n\xc3("[..], ctx));
    assert_eq!(out, vec!["f:3 bad invalid UTF-8"]);
    let out = collect(|ctx| read_text(&b" \n\n"[..], ctx));
    assert_eq!(out, vec!["f:1 bad empty file: no title and no body"]);
}

#[test]
fn csv_ragged_rows_and_bom() {
    let input = "\u{feff}title,body\r\nا,ب\r\nonly-one\r\n\"multi\nline\",x\r\nc,d\r\n";
    let out = collect(|ctx| read_csv(input.as_bytes(), b',', ctx));
    assert_eq!(
        out,
        vec![
            "f:2 ok ا",
            "f:3 bad row has 1 fields but the header has 2",
            "f:4 ok multi\nline",
            "f:6 ok c"
        ]
    );
    let lf = collect(|ctx| read_csv("title,body\nا,ب\nx\n\"c\nd\",e\nf,g".as_bytes(), b',', ctx));
    assert_eq!(
        lf,
        vec![
            "f:2 ok ا",
            "f:3 bad row has 1 fields but the header has 2",
            "f:4 ok c\nd",
            "f:6 ok f"
        ]
    );
}

#[test]
fn csv_delimiter_is_sniffed_from_the_header() {
    assert_eq!(sniff_delimiter(b"title;body;url\nx,y;z", b','), b';');
    assert_eq!(sniff_delimiter(b"\xef\xbb\xbftitle\tbody\n", b','), b'\t');
    assert_eq!(sniff_delimiter(b"\"a;b\",title,body\n", b','), b',');
    assert_eq!(sniff_delimiter(b"title\n", b'\t'), b'\t');
    assert_eq!(sniff_delimiter(b"title;body\tx\n", b'\t'), b'\t');
    let out = collect(|ctx| {
        read_csv_sniffed(
            "title;body;published_at\r\nلقاء;نص، مع فاصلة;2025-07-01\r\n".as_bytes(),
            None,
            b',',
            ctx,
        )
    });
    assert_eq!(
        out,
        vec![
            "notice f: fields are separated by ';' (told by the header line)",
            "f:2 ok لقاء"
        ]
    );
}

#[test]
fn header_problems_are_reported_at_line_1_with_a_cause() {
    let out = collect(|ctx| read_csv("title;body\nا;ب\n".as_bytes(), b',', ctx));
    assert_eq!(out.len(), 1, "{out:?}");
    assert!(
        out[0].starts_with("f:1 bad the header has no 'title' column"),
        "{out:?}"
    );
    assert!(out[0].contains("add --delimiter ';'"), "{out:?}");
    // Capitalised names are the fields (spreadsheets write them so); with both, the lower case.
    let out = collect(|ctx| read_csv("Title,BODY\nا,ب\n".as_bytes(), b',', ctx));
    assert_eq!(out, vec!["f:2 ok ا"]);
    let out = collect(|ctx| read_csv("Title,title,Body\nا,ب,ج\n".as_bytes(), b',', ctx));
    assert!(out.contains(&"f:2 ok ب".to_string()), "{out:?}");
    let out = collect(|ctx| read_csv("headline,text\nا,ب\n".as_bytes(), b',', ctx));
    assert!(out[0].contains("must name the columns"), "{out:?}");
    let out = collect(|ctx| read_csv("title,url\nا,ب\n".as_bytes(), b',', ctx));
    assert!(
        out[0].starts_with("f:1 bad the header has no 'body' column"),
        "{out:?}"
    );
}

mod props {
    use super::super::*;
    use proptest::prelude::*;

    /// Run one reader over `input`; every reported line must exist in the input.
    fn lines_ok(
        input: &[u8],
        read: fn(&[u8], &mut ReadCtx<'_>) -> Result<()>,
    ) -> Result<(), String> {
        let max_line = 1 + input.iter().filter(|&&b| b == b'\n').count() as u64;
        let mut bad = None;
        let mut emit = |item: Item| {
            let line = match &item {
                Item::Record(o, _) | Item::Bad(o, _) => o.line,
                Item::Notice(_) => 1,
            };
            if line == 0 || line > max_line {
                bad = Some(format!("line {line} outside 1..={max_line}"));
            }
            Ok(())
        };
        let progress = |_| {};
        let mut ctx = ReadCtx::new("p".into(), 4096, &mut emit, &progress);
        read(input, &mut ctx).map_err(|e| e.to_string())?;
        drop(ctx);
        bad.map_or(Ok(()), Err)
    }

    /// Bytes that look a little like our formats, so the readers get past their first checks.
    fn inputs() -> impl Strategy<Value = Vec<u8>> {
        let atoms = prop::sample::select(vec![
            &b"{"[..],
            b"}",
            b"[",
            b"]",
            b",",
            b"\"",
            b"\\",
            b"\n",
            b"\r\n",
            b":",
            b"\"title\"",
            b"\"body\"",
            b"\xef\xbb\xbf",
            b"\xff",
            b"\x00",
            "باريس".as_bytes(),
            b"a",
            b" ",
            b"title,body",
            b"\t",
            b"null",
            b"12",
        ]);
        prop_oneof![
            prop::collection::vec(any::<u8>(), 0..300),
            prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn readers_never_panic_and_report_real_lines(input in inputs()) {
            prop_assert_eq!(lines_ok(&input, |b, c| read_jsonl(b, c)), Ok(()));
            prop_assert_eq!(lines_ok(&input, |b, c| read_json(b, c)), Ok(()));
            prop_assert_eq!(lines_ok(&input, |b, c| read_csv(b, b',', c)), Ok(()));
            prop_assert_eq!(lines_ok(&input, |b, c| read_csv(b, b'\t', c)), Ok(()));
            prop_assert_eq!(lines_ok(&input, |b, c| read_csv_sniffed(b, None, b',', c)), Ok(()));
            prop_assert_eq!(lines_ok(&input, |b, c| read_text(b, c)), Ok(()));
        }
    }
}
