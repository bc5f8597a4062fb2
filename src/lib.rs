//! transcheck: checks a translation against its original.
//!
//! The pipeline, one module per stage:
//! [`input`] (decode, detect format, split into paragraphs with offsets) →
//! [`segment`] (sentences, words, numbers) →
//! [`align`] (paragraphs, then sentences, with confidence) →
//! [`checks`] (rules with stable ids, see [`rules`]) →
//! [`report`] (terminal, JSON, …).
//! Language-specific knowledge lives in [`lang`].

pub mod align;
pub mod baseline;
pub mod checks;
pub mod cli;
pub mod config;
pub mod error;
pub mod eval;
pub mod finding;
pub mod input;
pub mod lang;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod segment;

pub use error::{Error, Result};
