//! The four importers on arbitrary bytes: no panic, and every record or bad record names a line
//! that exists in the input (1 ..= 1 + number of '\n').
//!
//! Input layout: byte 0 picks the reader and the record size limit, byte 1 the buffer size of the
//! `BufReader` in front of the line readers (so records straddle buffer refills); the rest is the file.
#![no_main]

use std::io::BufReader;
use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use marsad::ingest::formats::{read_csv, read_json, read_jsonl, read_text, Item, ReadCtx};

fuzz_target!(|data: &[u8]| {
    let (sel, cap, file) = match data {
        [a, b, rest @ ..] => (*a, *b, rest),
        _ => return,
    };
    // Small limits exercise the "record too large" paths; the large one the normal ones.
    let max_record = match sel >> 3 {
        0 => 0,
        1 => 1,
        2 => 7,
        3 => 64,
        _ => 1 << 20,
    };
    let cap = 1 + cap as usize;
    let max_line = 1 + file.iter().filter(|&&b| b == b'\n').count() as u64;
    let mut seen = Vec::new();
    let mut emit = |item: Item| {
        match item {
            Item::Record(o, _) => seen.push((o.line, String::from("a record"))),
            Item::Bad(o, why) => seen.push((o.line, format!("a bad record ({why})"))),
            Item::Notice(_) => {}
        }
        Ok(())
    };
    let progress = |_: u64| {};
    let mut ctx = ReadCtx::new(Arc::from("fuzz"), max_record, &mut emit, &progress);
    let _ = match sel % 5 {
        0 => read_jsonl(BufReader::with_capacity(cap, file), &mut ctx),
        1 => read_json(BufReader::with_capacity(cap, file), &mut ctx),
        2 => read_csv(file, b',', &mut ctx),
        3 => read_csv(file, b'\t', &mut ctx),
        _ => read_text(file, &mut ctx),
    };
    drop(ctx);
    for (line, what) in seen {
        assert!(
            (1..=max_line).contains(&line),
            "reader {} emitted {what} at line {line}, but the input has {max_line} line(s)",
            sel % 5
        );
    }
});
