//! Shared helpers for the integration tests: run the real binary on a temporary archive.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub struct Archive {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Archive {
    pub fn new() -> Archive {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("test.db");
        Archive { dir, db }
    }

    /// `marsad --db <archive> ARGS`
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("marsad").unwrap();
        c.env_remove("MARSAD_DB")
            .arg("--db")
            .arg(&self.db)
            .args(args);
        c
    }

    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        p
    }

    /// Run a read-only SQL query and return the CSV output without the header, rows split.
    pub fn sql(&self, sql: &str) -> Vec<String> {
        let out = self.cmd(&["sql", sql, "--format", "csv"]).output().unwrap();
        assert!(
            out.status.success(),
            "sql failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .split("\r\n")
            .skip(1)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    }

    /// Create the archive at schema `version` and write `rows` into it directly, as that schema (or
    /// another tool) would have, for the upgrade tests.
    pub fn at_schema(&self, version: u32, rows: &str) {
        self.cmd(&["migrate", "--to", &version.to_string()])
            .assert()
            .success();
        rusqlite::Connection::open(&self.db)
            .unwrap()
            .execute_batch(rows)
            .unwrap();
    }

    pub fn count(&self, table: &str) -> i64 {
        self.sql(&format!("SELECT count(*) FROM {table}"))[0]
            .parse()
            .unwrap()
    }

    /// Start `marsad import -q FILE` on this archive in the background (output discarded), for the
    /// tests that kill it.
    pub fn spawn_import(&self, file: &Path) -> std::process::Child {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("marsad"))
            .arg("--db")
            .arg(&self.db)
            .args(["import", "-q"])
            .arg(file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    }

    /// `marsad check` fails on nothing but the reports an interrupted import left waiting for
    /// clustering: what a kill -9 may leave, the archive otherwise whole.
    pub fn assert_only_clustering_pending(&self) {
        let out = self.cmd(&["check", "--format", "csv"]).output().unwrap();
        let report = stdout(&out);
        assert!(
            report
                .lines()
                .filter(|l| l.contains(",FAIL,"))
                .all(|l| l.starts_with("reports waiting to be clustered,")),
            "{report}"
        );
    }

    pub fn import_samples(&self) {
        self.cmd(&["import", samples().to_str().unwrap()])
            .assert()
            .success();
    }
}

pub fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles")
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A deterministic synthetic JSONL corpus built from the sample articles' sentences (about 2 KB an
/// article), so tests need no data beyond the repository.
pub fn generate_jsonl(n: usize, path: &Path) {
    use std::io::Write;
    let mut sentences = Vec::new();
    for entry in std::fs::read_dir(samples()).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines().skip(1) {
            for s in line.split(['.', '،']) {
                if s.trim().chars().count() > 30 {
                    sentences.push(s.trim().to_string());
                }
            }
        }
    }
    sentences.sort();
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for i in 0..n {
        let body: Vec<&str> = (0..12)
            .map(|_| sentences[(next() % sentences.len() as u64) as usize].as_str())
            .collect();
        let day = 1 + next() % 28;
        let rec = serde_json::json!({
            "url": format!("https://gen.example/{i}"),
            "title": format!("{} {}", sentences[(next() % sentences.len() as u64) as usize], i),
            "body": body.join(". "),
            "published_at": format!("2025-07-{day:02}"),
            "outlet": (["AFP", "Reuters", "Axios"][i % 3]),
        });
        writeln!(f, "{rec}").unwrap();
    }
}
