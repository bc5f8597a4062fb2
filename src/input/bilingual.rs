//! What the bilingual readers (XLIFF, TMX, PO, TSV) produce: segments, each a source
//! and a target text with their places in the file, turned into two documents.

use super::{Document, Format, UnitBuilder};
use crate::error::{Error, Result};
use crate::lang::LanguagePair;
use std::path::PathBuf;

/// One translation unit of a bilingual file: the source text and the target text
/// (either may be empty: an untranslated segment has an empty target).
#[derive(Debug, Default, Clone)]
pub struct Segment {
    pub source: UnitBuilder,
    pub target: UnitBuilder,
}

/// The source and target documents of a bilingual file. Blank sides are left out; the
/// units of both sides carry their segment number, so the pipeline pairs them as the
/// file does (see [`crate::pipeline::analyse_prealigned`]).
pub fn documents(
    path: PathBuf,
    text: String,
    encoding: &'static str,
    format: Format,
    segments: Vec<Segment>,
    pair: &'static LanguagePair,
) -> Result<(Document, Document)> {
    let fmt = format.name().to_uppercase();
    if segments.is_empty() {
        return Err(Error::Format {
            path,
            message: format!("the {fmt} file has no translation units"),
        });
    }
    let (mut src, mut tgt) = (Vec::new(), Vec::new());
    for (k, seg) in segments.into_iter().enumerate() {
        if let Some(u) = seg.source.finish(src.len(), Some(k)) {
            src.push(u);
        }
        if let Some(u) = seg.target.finish(tgt.len(), Some(k)) {
            tgt.push(u);
        }
    }
    if src.is_empty() {
        return Err(Error::Format {
            path,
            message: format!("the {fmt} file has no source text"),
        });
    }
    if tgt.is_empty() {
        return Err(Error::Format {
            path,
            message: format!("the {fmt} file has no translation yet (every target is empty)"),
        });
    }
    let source = Document::assemble(
        path.clone(),
        text.clone(),
        encoding,
        format,
        src,
        pair.source,
    )?;
    let target = Document::assemble(path, text, encoding, format, tgt, pair.target)?;
    Ok((source, target))
}

/// Refuses a file whose declared languages are not the pair's (e.g. an English→Russian
/// XLIFF checked as Russian→English). Missing or wildcard languages are accepted.
pub fn check_languages(
    path: &std::path::Path,
    source: Option<&str>,
    target: Option<&str>,
    pair: &LanguagePair,
) -> Result<()> {
    let (want_s, want_t) = (pair.source.code(), pair.target.code());
    let got = |l: Option<&str>| {
        l.map(super::xml::primary)
            .filter(|l| !l.is_empty() && l != "*all*")
    };
    let (s, t) = (got(source), got(target));
    let bad_s = s.as_deref().is_some_and(|l| l != want_s);
    let bad_t = t.as_deref().is_some_and(|l| l != want_t);
    if bad_s || bad_t {
        return Err(Error::Format {
            path: path.to_path_buf(),
            message: format!(
                "the file translates {} into {}, but the language pair is {want_s}-{want_t}",
                s.unwrap_or_else(|| "?".into()),
                t.unwrap_or_else(|| "?".into()),
            ),
        });
    }
    Ok(())
}
