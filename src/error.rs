//! Errors of the library. Every one is a problem with the input or the settings, shown
//! to the user as one line naming the file; the CLI maps them all to exit code 2.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error("cannot write {path}: {message}")]
    Write { path: PathBuf, message: String },
    #[error("{path} is empty (no text to check)")]
    Empty { path: PathBuf },
    #[error("{path} looks like binary data, not text")]
    Binary { path: PathBuf },
    #[error("{path}: {message}")]
    Encoding { path: PathBuf, message: String },
    #[error("{path} does not look like {expected} text: {found}")]
    Language {
        path: PathBuf,
        expected: String,
        found: String,
    },
    #[error("{path}: {message}")]
    Format { path: PathBuf, message: String },
    #[error("{path}:{line}: {message}")]
    Config {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Usage(String),
}

pub type Result<T> = std::result::Result<T, Error>;
