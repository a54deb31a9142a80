//! `marsad backup FILE`: a copy through SQLite's online backup API (`check::backup`).

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad backup /backups/marsad-2025-07-25.db\n  \
    marsad backup copy.db --force            # overwrite copy.db\n\n\
    The copy is consistent even while an import runs (SQLite's online backup API); to restore, copy the file back.")]
pub struct BackupArgs {
    /// Where to write the copy.
    pub file: PathBuf,
    /// Overwrite FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(path: &Path, a: BackupArgs) -> Result<i32> {
    crate::check::backup(path, &a.file, a.force)?;
    eprintln!("backed up {} to {}", path.display(), a.file.display());
    Ok(0)
}
