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

    pub fn count(&self, table: &str) -> i64 {
        self.sql(&format!("SELECT count(*) FROM {table}"))[0]
            .parse()
            .unwrap()
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
