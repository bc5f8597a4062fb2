//! Input: read a file (or stdin), decode it, detect its format and cut it into units
//! (paragraphs) that keep their byte offsets in the decoded text.

pub mod decode;
pub mod text;

use crate::error::{Error, Result};
use crate::lang::{Language, Script};
use serde::Serialize;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// How a document's text was laid out in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
        }
    }
}

/// A block of the document: a paragraph (or a heading, list item, cell in markup).
#[derive(Debug, Clone)]
pub struct Unit {
    /// 0-based position in the document.
    pub index: usize,
    /// Byte range in the document text that the unit was read from.
    pub span: Range<usize>,
    /// The unit's plain text (markup removed).
    pub text: String,
    /// Pieces `(offset in text, offset in document)`: plain text from `pieces[i].0`
    /// up to the next piece comes from the document at `pieces[i].1`.
    pieces: Vec<(usize, usize)>,
}

impl Unit {
    /// A unit whose text is a verbatim slice of the document.
    pub fn verbatim(index: usize, doc_text: &str, span: Range<usize>) -> Unit {
        Unit {
            index,
            text: doc_text[span.clone()].to_string(),
            pieces: vec![(0, span.start)],
            span,
        }
    }

    /// A unit assembled from several slices of the document (markup in between).
    pub fn from_pieces(
        index: usize,
        span: Range<usize>,
        text: String,
        pieces: Vec<(usize, usize)>,
    ) -> Unit {
        Unit {
            index,
            span,
            text,
            pieces,
        }
    }

    /// Maps an offset in [`Unit::text`] to an offset in the document text.
    pub fn to_document(&self, offset: usize) -> usize {
        let i = self
            .pieces
            .partition_point(|&(p, _)| p <= offset)
            .saturating_sub(1);
        match self.pieces.get(i) {
            Some(&(p, d)) => d + (offset - p),
            None => self.span.start + offset,
        }
    }
}

/// Line starts, to turn byte offsets into 1-based line:column (columns count characters).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let col = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, col + 1)
    }
}

/// A decoded, segmented-into-units document.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path as the user gave it ("-" for stdin).
    pub path: PathBuf,
    pub text: String,
    pub encoding: &'static str,
    pub format: Format,
    pub units: Vec<Unit>,
    pub lang: &'static str,
    lines: LineIndex,
}

/// How to read an input.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Force this encoding instead of detecting it.
    pub encoding: Option<String>,
}

impl Document {
    /// Builds a document from text already in memory (the library entry point).
    pub fn from_text(
        path: impl Into<PathBuf>,
        text: &str,
        lang: &'static dyn Language,
    ) -> Result<Document> {
        let path = path.into();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text).to_string();
        if text.trim().is_empty() {
            return Err(Error::Empty { path });
        }
        Self::build(path, text, "UTF-8", lang)
    }

    /// Reads and decodes a file ("-" is stdin) and checks it is in the expected script.
    pub fn load(path: &Path, lang: &'static dyn Language, opts: &LoadOptions) -> Result<Document> {
        let bytes = read_bytes(path)?;
        let decoded = decode::decode(&bytes, path, opts.encoding.as_deref())?;
        Self::build(path.to_path_buf(), decoded.text, decoded.encoding, lang)
    }

    fn build(
        path: PathBuf,
        text: String,
        encoding: &'static str,
        lang: &'static dyn Language,
    ) -> Result<Document> {
        check_script(&path, &text, lang)?;
        let units = text::paragraphs(&text);
        if units.is_empty() {
            return Err(Error::Empty { path });
        }
        Ok(Document {
            lines: LineIndex::new(&text),
            path,
            text,
            encoding,
            format: Format::Text,
            units,
            lang: lang.code(),
        })
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }

    pub fn display_path(&self) -> String {
        self.path.to_string_lossy().replace('\\', "/")
    }
}

fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let err = |e: std::io::Error| Error::Read {
        path: path.to_path_buf(),
        message: e.to_string().to_lowercase(),
    };
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(err)?;
        return Ok(buf);
    }
    if path.is_dir() {
        return Err(Error::Read {
            path: path.to_path_buf(),
            message: "it is a directory".into(),
        });
    }
    std::fs::read(path).map_err(err)
}

/// Share of letters in each script.
pub fn script_shares(text: &str) -> (usize, f64, f64) {
    let (mut letters, mut cyr, mut lat) = (0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if ('\u{400}'..='\u{52f}').contains(&c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) {
            lat += 1;
        }
    }
    let n = letters.max(1) as f64;
    (letters, cyr as f64 / n, lat as f64 / n)
}

fn check_script(path: &Path, text: &str, lang: &dyn Language) -> Result<()> {
    let (letters, cyr, lat) = script_shares(text);
    let err = |found: String| Error::Language {
        path: path.to_path_buf(),
        expected: lang.name().to_string(),
        found,
    };
    if letters == 0 {
        return Err(err("it contains no letters".into()));
    }
    let (share, other) = match lang.script() {
        Script::Cyrillic => (cyr, lat),
        Script::Latin => (lat, cyr),
    };
    if share < 0.5 {
        let found = if other > 0.5 {
            match lang.script() {
                Script::Cyrillic => "it is mostly Latin script (are the files swapped?)",
                Script::Latin => "it is mostly Cyrillic script (are the files swapped?)",
            }
        } else {
            "it is mostly in another script"
        };
        return Err(err(found.into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en::ENGLISH, ru::RUSSIAN};

    #[test]
    fn line_columns_count_characters() {
        let text = "Привет\nмир, да";
        let idx = LineIndex::new(text);
        let off = text.find("да").unwrap();
        assert_eq!(idx.line_col(text, off), (2, 6));
        assert_eq!(idx.line_col(text, 0), (1, 1));
    }

    #[test]
    fn rejects_wrong_script() {
        assert!(matches!(
            Document::from_text("a.txt", "This is English.", &RUSSIAN),
            Err(Error::Language { .. })
        ));
        assert!(Document::from_text("a.txt", "This is English.", &ENGLISH).is_ok());
        assert!(matches!(
            Document::from_text("a.txt", "123 456", &ENGLISH),
            Err(Error::Language { .. })
        ));
    }

    #[test]
    fn unit_offsets_map_back() {
        let u = Unit::from_pieces(0, 0..20, "ab cd".into(), vec![(0, 2), (3, 10)]);
        assert_eq!(u.to_document(1), 3);
        assert_eq!(u.to_document(4), 11);
    }
}
