//! The command line as an analyst meets it (#15): help that teaches and fits 80 columns, names as
//! people type them, canned-query flags with dashes, read-only PRAGMAs, no output before an error,
//! dates at their precision, and `event show` marking the words of the claim.

mod common;

use clap::CommandFactory;
use common::{samples, stderr, stdout, Archive};
use marsad::output::display_width;

/// Every leaf command: its path ("entity show") and clap definition.
fn leaves(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
    let subs: Vec<&clap::Command> = cmd
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
        .collect();
    if subs.is_empty() {
        out.push((path.clone(), cmd.clone()));
    }
    for s in subs {
        let p = format!("{path} {}", s.get_name()).trim().to_string();
        leaves(s, p, out);
    }
}

#[test]
fn every_command_teaches_by_example_and_describes_its_arguments() {
    let mut cli = marsad::cli::Cli::command();
    cli.build();
    let mut all = Vec::new();
    leaves(&cli, String::new(), &mut all);
    assert!(all.len() > 20, "{}", all.len());
    let mut faults = Vec::new();
    for (path, cmd) in &all {
        let after = cmd
            .get_after_long_help()
            .or(cmd.get_after_help())
            .map(|s| s.to_string())
            .unwrap_or_default();
        if !after.contains("Example") {
            faults.push(format!("{path}: no examples"));
        }
        // clap wraps a paragraph written as one line; a line broken by hand (an example, a list, a
        // paragraph of several lines) that is wider than 80 columns breaks into fragments there.
        for para in after.split("\n\n") {
            let lines: Vec<&str> = para.lines().collect();
            for line in &lines {
                let by_hand = lines.len() > 1 || line.starts_with(' ');
                if by_hand && display_width(line) > 80 {
                    faults.push(format!("{path}: help line over 80 columns: {line}"));
                }
            }
        }
        for arg in cmd.get_positionals() {
            if arg.get_help().is_none() {
                faults.push(format!("{path}: <{}> is undescribed", arg.get_id()));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// `export --help` offers only the formats export writes.
#[test]
fn export_offers_only_the_formats_it_writes() {
    let a = Archive::new();
    let out = a.cmd(&["export", "--help"]).output().unwrap();
    let help = stdout(&out);
    assert!(
        help.contains("- jsonl") && help.contains("- parquet"),
        "{help}"
    );
    for refused in ["- table", "- markdown"] {
        assert!(!help.contains(refused), "export offers {refused}: {help}");
    }
}

#[test]
fn names_as_people_type_them_and_ambiguous_ones_ask() {
    let a = Archive::new();
    a.import_samples();
    for name in ["Dermer", "Shaibani", "al-Shaibani", "الشيباني", "Shibani"] {
        let out = a
            .cmd(&["meetings", "--participant", name, "--format", "csv"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert!(stdout(&out).contains("Ron Dermer"), "{name}");
    }
    let out = a
        .cmd(&["meetings", "--participant", "باراك"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("Tom Barrack") && err.contains("Ehud Barak"),
        "{err}"
    );
}

#[test]
fn canned_query_flags_take_dashes_and_describe_themselves() {
    let a = Archive::new();
    a.import_samples();
    let run = |args: &[&str]| {
        let out = a.cmd(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let dashed = run(&[
        "query",
        "corroboration",
        "--min-sources",
        "1",
        "--format",
        "csv",
    ]);
    let underscored = run(&[
        "query",
        "corroboration",
        "--min_sources",
        "1",
        "--format",
        "csv",
    ]);
    assert_eq!(dashed, underscored);
    assert!(dashed.lines().count() > 1);
    let help = run(&["query", "corroboration", "--help"]);
    assert!(help.contains("--min-sources <integer>"), "{help}");
    assert!(help.contains("[default: 2]"), "{help}");
    assert!(help.contains("Examples:"), "{help}");
    // `query list` shows descriptions whole.
    let list = a
        .cmd(&["query", "list"])
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    let list = stdout(&list);
    assert!(!list.contains('…'), "{list}");
    assert!(
        list.contains("--min-sources (integer, default 2)"),
        "{list}"
    );
}

#[test]
fn sql_reads_pragmas_and_prints_nothing_before_an_error() {
    let a = Archive::new();
    a.import_samples();
    for sql in [
        "PRAGMA table_info(entity_aliases)",
        "SELECT name, type FROM pragma_table_info('entity_aliases')",
    ] {
        let out = a.cmd(&["sql", sql, "--format", "csv"]).output().unwrap();
        assert!(out.status.success(), "{sql}: {}", stderr(&out));
        assert!(stdout(&out).contains("norm"), "{sql}");
    }
    let file = a.dir.path().join("out.csv");
    for sql in ["PRAGMA user_version = 5", "PRAGMA journal_mode = DELETE"] {
        let out = a
            .cmd(&["sql", sql, "--format", "csv", "--bom"])
            .output()
            .unwrap();
        assert!(!out.status.success(), "{sql} must be refused");
        assert!(out.stdout.is_empty(), "{sql}: {}", stdout(&out));
        let out = a
            .cmd(&["sql", sql, "--format", "csv", "-o", file.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(!out.status.success());
        assert!(!file.exists(), "a refused query leaves no file");
    }
    // A runtime error in the first row: no header either.
    let out = a
        .cmd(&[
            "sql",
            "SELECT json_extract('not json', '$.a') AS x",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
}

/// The meeting of 2000 is dated to the year: every query prints `2000`, none `2000-01-01`.
#[test]
fn dates_print_at_their_precision_in_every_query() {
    let a = Archive::new();
    a.import_samples();
    for args in [
        vec!["meetings"],
        vec!["query", "corroboration", "--min-sources", "1"],
        vec!["query", "mediators"],
        vec!["query", "conflicting-claims"],
        vec!["query", "meetings-by-date", "--from", "2000"],
        vec!["query", "entity-timeline", "--entity", "Ehud Barak"],
        vec!["query", "who-meets-whom", "--meetings", "0"],
        vec!["event", "show", "9"],
    ] {
        let mut all = args.clone();
        all.extend(["--format", "csv"]);
        let out = a.cmd(&all).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(
            !stdout(&out).contains("2000-01-01"),
            "{args:?}: {}",
            stdout(&out)
        );
    }
    let out = a
        .cmd(&["query", "mediators", "--format", "csv"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains(",2000,"), "{}", stdout(&out));
}

/// `event show` marks the trigger, the participants, the place and the date in the sentence.
#[test]
fn event_show_marks_the_words_of_the_claim() {
    let a = Archive::new();
    a.import_samples();
    let id = a.sql("SELECT e.id FROM events e JOIN entities p ON p.id = e.place_entity_id WHERE p.key = 'paris' AND e.date_start = '2025-07-24'").pop().unwrap();
    let out = a
        .cmd(&["event", "show", &id])
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for marked in [
        "[التقى]",
        "{أسعد الشيباني}",
        "{رون ديرمر}",
        "<باريس>",
        "|اليوم|",
    ] {
        assert!(text.contains(marked), "{marked} not marked:\n{text}");
    }
    assert!(text.lines().all(|l| display_width(l) <= 100), "{text}");
    assert!(text.contains("─[ event "), "a record view: {text}");
}

/// The README's first examples ("Using it") run as written on the sample articles, and each one
/// that lists rows lists some: an example that prints nothing on the bundled data teaches nothing.
#[test]
fn readme_usage_examples_run_on_the_samples() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let block = readme
        .split("## Using it")
        .nth(1)
        .and_then(|s| s.split("```sh\n").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("README: a ```sh block under «## Using it»");
    let a = Archive::new();
    // The examples name paths relative to the repository, and one a feed of the user's own.
    std::os::unix::fs::symlink(samples().parent().unwrap(), a.dir.path().join("examples")).unwrap();
    a.write(
        "feed.jsonl",
        r#"{"title":"لقاء في باريس","body":"التقى وزير الخارجية الفرنسي نظيره في باريس أمس."}"#,
    );
    let bin = assert_cmd::cargo::cargo_bin("marsad");
    let mut ran = 0;
    for line in block.lines().filter(|l| l.starts_with("marsad ")) {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("\"$0\" --db \"$1\" {}", &line["marsad ".len()..]))
            .arg(&bin)
            .arg(&a.db)
            .current_dir(a.dir.path())
            .env_remove("MARSAD_DB")
            .output()
            .unwrap();
        assert!(out.status.success(), "{line}\n{}", stderr(&out));
        let lists = ["search", "meetings", "sql", "migrate"]
            .iter()
            .any(|c| line.starts_with(&format!("marsad {c} ")));
        if lists {
            let rows = stdout(&out)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .count();
            assert!(rows >= 2, "{line} printed no rows:\n{}", stdout(&out));
        }
        ran += 1;
    }
    assert!(ran >= 8, "only {ran} examples found");
}
