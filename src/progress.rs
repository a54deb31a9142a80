//! Progress bars: one look for every long command (import, clustering, re-extraction, export).

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

/// The bar's style with an indicatif `template` ('{spinner} importing [{bar:40}] {pos}/{len}').
pub fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ")
}

/// A bar of `len` steps for people watching a terminal; hidden when `quiet`, when standard error is
/// not a terminal, or when `worth_showing` is false (too little work to wait for).
pub fn bar(len: u64, template: &str, quiet: bool, worth_showing: bool) -> ProgressBar {
    if quiet || !worth_showing || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(len);
    pb.set_style(style(template));
    pb
}
