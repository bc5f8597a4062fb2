//! `check --html DIR` on a batch: one HTML report per document pair and an index page
//! linking them (the pages themselves are built by [`super::html`]).

use super::RunReport;
use crate::error::{Error, Result};
use std::path::Path;

/// Writes `DIR/index.html` and one report per pair into `dir` (created if needed).
/// Called once per run, after every pair has been checked, with the pairs in their
/// stable order (`run.pairs`) and the pairs that could not be read (`run.errors`).
pub fn write_index(dir: &Path, run: &RunReport) -> Result<()> {
    let err = |e: std::io::Error| Error::Write {
        path: dir.to_path_buf(),
        message: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(err)?;
    let opts = super::html::HtmlOptions {
        generated: super::html::generated_now(),
        fail_on: run.fail_on,
    };
    let mut entries = Vec::new();
    for (k, p) in run.pairs.iter().enumerate() {
        let name = super::html::report_file_name(k, &p.analysis.target.path);
        let html = super::html::render_check(&p.analysis, &p.findings, &opts)?;
        let path = dir.join(&name);
        std::fs::write(&path, html).map_err(|e| Error::Write {
            path: path.clone(),
            message: e.to_string(),
        })?;
        entries.push(super::html::IndexEntry::checked(
            &p.analysis,
            &p.findings,
            Some(name),
            run.fail_on,
        ));
    }
    for e in &run.errors {
        entries.push(super::html::IndexEntry::unreadable(
            &e.source, &e.target, &e.message,
        ));
    }
    let index = super::html::render_index(&entries, &opts)?;
    let path = dir.join("index.html");
    std::fs::write(&path, index).map_err(|e| Error::Write {
        path: path.clone(),
        message: e.to_string(),
    })
}
