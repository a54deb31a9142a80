//! Asking questions of the archive: ad-hoc read-only SQL (canned queries build on the same guard).

pub mod adhoc;

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
