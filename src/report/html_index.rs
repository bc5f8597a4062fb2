//! The hook for `check --html DIR` on a batch: an index page linking one HTML report per
//! document pair. The HTML report is built in its own module; until it is wired in
//! here, `--html` (hidden from `--help`) is refused with a usage error.

use super::RunReport;
use crate::error::{Error, Result};
use std::path::Path;

/// Writes `DIR/index.html` and one report per pair into `dir` (created if needed).
/// Called once per run, after every pair has been checked, with the pairs in their
/// stable order (`run.pairs`) and the pairs that could not be read (`run.errors`).
pub fn write_index(dir: &Path, run: &RunReport) -> Result<()> {
    let _ = run;
    Err(Error::Usage(format!(
        "--html {}: HTML reports are not available in this build yet",
        dir.display()
    )))
}
