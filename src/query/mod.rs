//! Asking questions of the archive: canned queries with typed parameters, and ad-hoc read-only SQL.

pub mod adhoc;
pub mod canned;
pub mod entity;

/// `--param k=v` pairs, as given on the command line.
pub fn parse_params(pairs: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    pairs
        .iter()
        .map(|p| match p.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_string(), v.to_string())),
            _ => Err(anyhow::anyhow!("--param takes NAME=VALUE, got '{p}'")),
        })
        .collect()
}
