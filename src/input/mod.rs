//! Input: read a file (or stdin), decode it, detect its format and cut it into units
//! (paragraphs, headings, list items, cells, or the segments of a bilingual file) that
//! keep their byte offsets in the decoded text.
//!
//! One reader per format, each in its own file; every one of them produces [`Unit`]s
//! through a [`UnitBuilder`], so the rest of the pipeline sees only [`Document`]s.
//! Monolingual formats (plain text, Markdown, HTML) give one document per file;
//! bilingual formats (XLIFF, TMX, PO, two-column TSV) give both documents from one file
//! ([`load_bilingual`]), each unit tagged with the segment it came from
//! ([`Unit::segment`]) so that [`crate::pipeline::analyse_prealigned`] pairs them as the
//! file does.

pub mod bilingual;
pub mod decode;
pub mod html;
pub mod markdown;
pub mod po;
pub mod text;
pub mod tmx;
pub mod tsv;
pub mod xliff;
mod xml;

use crate::error::{Error, Result};
use crate::lang::{Language, LanguagePair, Script};
use serde::Serialize;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// How a document's text was laid out in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text, paragraphs separated by blank lines.
    #[value(alias = "txt", alias = "plain")]
    Text,
    /// CommonMark with GitHub tables.
    #[value(alias = "md")]
    Markdown,
    /// An HTML page or fragment.
    #[value(alias = "htm")]
    Html,
    /// XLIFF 1.2 or 2.x (bilingual).
    #[value(alias = "xlf")]
    Xliff,
    /// TMX translation memory (bilingual).
    Tmx,
    /// gettext PO (bilingual: msgid is the source, msgstr the translation).
    Po,
    /// Two tab-separated columns, source and target, one pair per line (bilingual).
    Tsv,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Text,
        Format::Markdown,
        Format::Html,
        Format::Xliff,
        Format::Tmx,
        Format::Po,
        Format::Tsv,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Xliff => "xliff",
            Format::Tmx => "tmx",
            Format::Po => "po",
            Format::Tsv => "tsv",
        }
    }

    /// Whether one file of this format holds both the source and the translation.
    pub fn is_bilingual(self) -> bool {
        matches!(self, Format::Xliff | Format::Tmx | Format::Po | Format::Tsv)
    }

    /// The format a file name's extension says (case-insensitive), if it says one.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "xlf" | "xliff" => Format::Xliff,
            "tmx" => Format::Tmx,
            "po" | "pot" => Format::Po,
            "tsv" | "tab" => Format::Tsv,
            _ => return None,
        })
    }

    /// Parses a format name as `--input-format` takes it.
    pub fn from_name(name: &str) -> Option<Format> {
        use clap::ValueEnum;
        Format::from_str(name, true).ok()
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A stretch of a unit's text and where it came from in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Offset in the unit text where the piece starts.
    text: usize,
    /// Document range the piece was read from.
    doc: usize,
    doc_end: usize,
    /// The piece's text is a verbatim copy of `doc..doc_end` (offsets inside map one to
    /// one); otherwise it stands for the whole range (a decoded entity, a line break
    /// turned into a space) and maps to its start or end.
    verbatim: bool,
}

/// A block of the document: a paragraph (or a heading, list item, cell in markup, or one
/// side of a segment of a bilingual file).
#[derive(Debug, Clone)]
pub struct Unit {
    /// 0-based position in the document.
    pub index: usize,
    /// Byte range in the document text that the unit was read from.
    pub span: Range<usize>,
    /// The unit's plain text (markup removed).
    pub text: String,
    /// For a side of a bilingual file: the 0-based segment (translation unit) of the file
    /// this unit belongs to. Units of the two sides with the same segment are a pair.
    pub segment: Option<usize>,
    pieces: Vec<Piece>,
}

impl Unit {
    /// A unit whose text is a verbatim slice of the document.
    pub fn verbatim(index: usize, doc_text: &str, span: Range<usize>) -> Unit {
        Unit {
            index,
            text: doc_text[span.clone()].to_string(),
            pieces: vec![Piece {
                text: 0,
                doc: span.start,
                doc_end: span.end,
                verbatim: true,
            }],
            span,
            segment: None,
        }
    }

    /// A unit assembled from several verbatim slices of the document (markup in
    /// between): `pieces[i] = (offset in text, offset in document)`, and the text from
    /// `pieces[i].0` up to the next piece is copied from the document at `pieces[i].1`.
    pub fn from_pieces(
        index: usize,
        span: Range<usize>,
        text: String,
        pieces: Vec<(usize, usize)>,
    ) -> Unit {
        let pieces = pieces
            .iter()
            .enumerate()
            .map(|(i, &(t, d))| {
                let next = pieces.get(i + 1).map_or(text.len(), |p| p.0);
                Piece {
                    text: t,
                    doc: d,
                    doc_end: d + next.saturating_sub(t),
                    verbatim: true,
                }
            })
            .collect();
        Unit {
            index,
            span,
            text,
            segment: None,
            pieces,
        }
    }

    /// Maps an offset in [`Unit::text`] to an offset in the document text, as the start
    /// of a span (an offset at a piece boundary maps to the start of the later piece).
    pub fn to_document(&self, offset: usize) -> usize {
        let i = self
            .pieces
            .partition_point(|p| p.text <= offset)
            .saturating_sub(1);
        match self.pieces.get(i) {
            Some(p) if p.verbatim => (p.doc + (offset - p.text.min(offset))).min(p.doc_end),
            Some(p) if offset <= p.text => p.doc,
            Some(p) => p.doc_end,
            None => self.span.start + offset,
        }
    }

    /// Maps an offset in [`Unit::text`] to an offset in the document text, as the
    /// (exclusive) end of a span: an offset at a piece boundary maps to the end of the
    /// earlier piece, so that `**2.8** million` gives `2.8`, not `2.8**`.
    pub fn to_document_end(&self, offset: usize) -> usize {
        if offset == 0 {
            return self.to_document(0);
        }
        let i = self
            .pieces
            .partition_point(|p| p.text < offset)
            .saturating_sub(1);
        match self.pieces.get(i) {
            Some(p) if p.verbatim => (p.doc + (offset - p.text.min(offset))).min(p.doc_end),
            Some(p) => p.doc_end,
            None => self.span.start + offset,
        }
    }
}

/// Collects a unit's text from pieces of a marked-up document, keeping where each piece
/// came from.
#[derive(Debug, Default, Clone)]
pub struct UnitBuilder {
    text: String,
    pieces: Vec<Piece>,
}

impl UnitBuilder {
    pub fn new() -> UnitBuilder {
        UnitBuilder::default()
    }

    /// Appends `s`, a verbatim copy of the document at `at`.
    pub fn verbatim(&mut self, s: &str, at: usize) {
        if s.is_empty() {
            return;
        }
        if let Some(last) = self.pieces.last_mut() {
            if last.verbatim
                && last.doc_end == at
                && last.text + (last.doc_end - last.doc) == self.text.len()
            {
                last.doc_end += s.len();
                self.text.push_str(s);
                return;
            }
        }
        self.push(s, at..at + s.len(), true);
    }

    /// Appends `s`, which stands for the document range `doc` (a decoded entity, an
    /// escape sequence).
    pub fn replaced(&mut self, s: &str, doc: Range<usize>) {
        if s.is_empty() {
            return;
        }
        self.push(s, doc, false);
    }

    /// Appends one space for the document range `doc` (a line break, a tag between two
    /// words), unless the text is empty or already ends in whitespace.
    pub fn space(&mut self, doc: Range<usize>) {
        if self.text.is_empty() || self.text.ends_with(char::is_whitespace) {
            return;
        }
        self.push(" ", doc, false);
    }

    /// Appends `s` (a verbatim copy of the document at `at`) with every run of ASCII
    /// whitespace (space, tab, line feed, form feed, carriage return) collapsed to one
    /// space, as HTML and XML readers show text. Other spaces (no-break, thin) are text.
    pub fn collapsing(&mut self, s: &str, at: usize) {
        let mut pos = 0;
        while pos < s.len() {
            let ws = s.as_bytes()[pos].is_ascii_whitespace();
            let end = s[pos..]
                .find(|c: char| c.is_ascii_whitespace() != ws)
                .map_or(s.len(), |k| pos + k);
            if !ws {
                self.verbatim(&s[pos..end], at + pos);
            } else if &s[pos..end] == " " && !self.text.ends_with(char::is_whitespace) {
                self.verbatim(" ", at + pos);
            } else {
                self.space(at + pos..at + end);
            }
            pos = end;
        }
    }

    fn push(&mut self, s: &str, doc: Range<usize>, verbatim: bool) {
        self.pieces.push(Piece {
            text: self.text.len(),
            doc: doc.start,
            doc_end: doc.end,
            verbatim,
        });
        self.text.push_str(s);
    }

    /// Whether the unit has no text but whitespace.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The document range the pieces so far came from.
    pub fn doc_range(&self) -> Option<Range<usize>> {
        Some(self.pieces.first()?.doc..self.pieces.last()?.doc_end)
    }

    /// The unit, with whitespace trimmed at both ends; `None` when it is blank.
    pub fn finish(self, index: usize, segment: Option<usize>) -> Option<Unit> {
        let lead = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len();
        if end <= lead {
            return None;
        }
        let mut pieces = Vec::with_capacity(self.pieces.len());
        for (i, p) in self.pieces.iter().enumerate() {
            let next = self.pieces.get(i + 1).map_or(self.text.len(), |n| n.text);
            let (s, e) = (p.text.max(lead), next.min(end));
            if s >= e {
                continue;
            }
            let (doc, doc_end) = if p.verbatim {
                (p.doc + (s - p.text), p.doc + (e - p.text))
            } else {
                (p.doc, p.doc_end)
            };
            pieces.push(Piece {
                text: s - lead,
                doc,
                doc_end,
                verbatim: p.verbatim,
            });
        }
        let span = pieces.first()?.doc..pieces.last()?.doc_end;
        Some(Unit {
            index,
            span,
            text: self.text[lead..end].to_string(),
            segment,
            pieces,
        })
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
    /// The decoded text of the whole file (BOM removed); every span points into it. For
    /// a side of a bilingual file this is the whole bilingual file.
    pub text: String,
    /// The encoding the file was read in ("UTF-8", "UTF-16LE", "windows-1251", …).
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
    /// Force this format instead of taking it from the file name (`--input-format`).
    pub format: Option<Format>,
}

impl Document {
    /// Builds a plain-text document from text already in memory (the library entry point).
    pub fn from_text(
        path: impl Into<PathBuf>,
        text: &str,
        lang: &'static dyn Language,
    ) -> Result<Document> {
        Self::parse(path, text, Format::Text, lang)
    }

    /// Builds a document of a monolingual format from text already in memory.
    pub fn parse(
        path: impl Into<PathBuf>,
        text: &str,
        format: Format,
        lang: &'static dyn Language,
    ) -> Result<Document> {
        let path = path.into();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text).to_string();
        if text.trim().is_empty() {
            return Err(Error::Empty { path });
        }
        Self::build(path, text, "UTF-8", format, lang)
    }

    /// Reads and decodes a file ("-" is stdin) of a monolingual format (plain text,
    /// Markdown, HTML) and checks it is in the expected script. The format is
    /// `opts.format`, or the one the extension says, or plain text.
    pub fn load(path: &Path, lang: &'static dyn Language, opts: &LoadOptions) -> Result<Document> {
        let raw = read(path, opts.format, opts)?;
        if raw.format.is_bilingual() {
            return Err(Error::Usage(format!(
                "{} is a bilingual {} file (source and translation in one file): check it on its own",
                path.display(),
                raw.format.name().to_uppercase()
            )));
        }
        Self::build(path.to_path_buf(), raw.text, raw.encoding, raw.format, lang)
    }

    fn build(
        path: PathBuf,
        text: String,
        encoding: &'static str,
        format: Format,
        lang: &'static dyn Language,
    ) -> Result<Document> {
        let units = match format {
            Format::Text => text::paragraphs(&text),
            Format::Markdown => markdown::units(&text),
            Format::Html => html::units(&text, &path)?,
            _ => {
                return Err(Error::Usage(format!(
                    "{} is a bilingual format; read it with input::load_bilingual",
                    format.name()
                )))
            }
        };
        Self::assemble(path, text, encoding, format, units, lang)
    }

    /// A document from units already cut (checks they are not empty and in the
    /// expected script).
    pub(crate) fn assemble(
        path: PathBuf,
        text: String,
        encoding: &'static str,
        format: Format,
        units: Vec<Unit>,
        lang: &'static dyn Language,
    ) -> Result<Document> {
        if units.is_empty() {
            return Err(Error::Empty { path });
        }
        let joined: String = units.iter().flat_map(|u| [u.text.as_str(), "\n"]).collect();
        check_script(&path, &joined, lang)?;
        Ok(Document {
            lines: LineIndex::new(&text),
            path,
            text,
            encoding,
            format,
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

    /// Whether this document is one side of a bilingual file (its units carry segments).
    pub fn is_bilingual(&self) -> bool {
        self.format.is_bilingual()
    }
}

/// Reads a bilingual file (XLIFF, TMX, PO, TSV; "-" is stdin) into its source and
/// target documents. Both share the file's text; each unit's span points into it and
/// its [`Unit::segment`] says which translation unit of the file it is.
pub fn load_bilingual(
    path: &Path,
    pair: &'static LanguagePair,
    opts: &LoadOptions,
) -> Result<(Document, Document)> {
    let raw = read(path, opts.format, opts)?;
    if !raw.format.is_bilingual() {
        return Err(Error::Usage(format!(
            "{} is not a bilingual file (it reads as {}): give the translation as a second file, or use --input-format xliff|tmx|po|tsv",
            path.display(),
            raw.format.name()
        )));
    }
    parse_bilingual(path, raw.text, raw.encoding, raw.format, pair)
}

/// Parses a bilingual file already decoded.
pub fn parse_bilingual(
    path: impl Into<PathBuf>,
    text: String,
    encoding: &'static str,
    format: Format,
    pair: &'static LanguagePair,
) -> Result<(Document, Document)> {
    let path = path.into();
    let segments = match format {
        Format::Xliff => xliff::segments(&text, &path, pair)?,
        Format::Tmx => tmx::segments(&text, &path, pair)?,
        Format::Po => po::segments(&text, &path)?,
        Format::Tsv => tsv::segments(&text, &path)?,
        _ => {
            return Err(Error::Usage(format!(
                "{} is not a bilingual format",
                format.name()
            )))
        }
    };
    bilingual::documents(path, text, encoding, format, segments, pair)
}

/// Reads the inputs of a check: a source and a translation, or one bilingual file
/// (`target` is `None`). Only the translation, or the bilingual file, may be "-"
/// (stdin); stdin is read in `opts.format`, or else in the format of the source, or
/// else it is recognised by its content (XLIFF, TMX, HTML) or taken as plain text.
pub fn load_inputs(
    source: &Path,
    target: Option<&Path>,
    pair: &'static LanguagePair,
    opts: &LoadOptions,
) -> Result<(Document, Document)> {
    let Some(target) = target else {
        return load_bilingual(source, pair, opts);
    };
    if source.as_os_str() == "-" {
        return Err(Error::Usage(
            "only the translation can be read from standard input (-)".into(),
        ));
    }
    let src = Document::load(source, pair.source, opts)?;
    let mut topts = opts.clone();
    if target.as_os_str() == "-" && topts.format.is_none() {
        topts.format = Some(src.format);
    }
    let tgt = Document::load(target, pair.target, &topts)?;
    Ok((src, tgt))
}

/// A decoded file and the format it is in.
struct Raw {
    text: String,
    encoding: &'static str,
    format: Format,
}

fn read(path: &Path, format: Option<Format>, opts: &LoadOptions) -> Result<Raw> {
    let bytes = read_bytes(path)?;
    let format = format.or_else(|| Format::from_extension(path));
    let declared = match format {
        Some(Format::Html | Format::Xliff | Format::Tmx) | None => {
            decode::declared_markup_encoding(&bytes)
        }
        Some(Format::Po) => decode::declared_po_encoding(&bytes),
        _ => None,
    };
    let decoded = decode::decode_with_hint(&bytes, path, opts.encoding.as_deref(), declared)?;
    let format = format.unwrap_or_else(|| sniff(&decoded.text));
    Ok(Raw {
        text: decoded.text,
        encoding: decoded.encoding,
        format,
    })
}

/// The format of a file whose name does not say: XLIFF, TMX and HTML are recognised by
/// their first element, anything else is plain text.
pub fn sniff(text: &str) -> Format {
    let head: String = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    let t = head.trim_start();
    if !t.starts_with('<') {
        return Format::Text;
    }
    // The first element that is not a declaration, comment or doctype.
    let mut rest = t;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with('?') || rest.starts_with('!') {
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_'))
            .collect();
        let local = name.rsplit(':').next().unwrap_or("");
        return match local {
            "xliff" => Format::Xliff,
            "tmx" => Format::Tmx,
            _ => Format::Html,
        };
    }
    if t.starts_with("<!doctype html") {
        Format::Html
    } else {
        Format::Text
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
        // The end of "ab " is the end of the first piece, not the start of the second.
        assert_eq!(u.to_document_end(3), 5);
        assert_eq!(u.to_document(3), 10);
    }

    #[test]
    fn builder_maps_markup_back() {
        // "**2,8** млрд &amp; ещё"
        let doc = "**2,8** млрд &amp; ещё";
        let mut b = UnitBuilder::new();
        b.verbatim("2,8", 2);
        b.verbatim(" млрд ", 7);
        b.replaced("&", 7 + " млрд ".len()..7 + " млрд ".len() + 5);
        let at = doc.find(" ещё").unwrap();
        b.verbatim(" ещё", at);
        let u = b.finish(0, None).unwrap();
        assert_eq!(u.text, "2,8 млрд & ещё");
        assert_eq!(&doc[u.to_document(0)..u.to_document_end(3)], "2,8");
        let amp = u.text.find('&').unwrap();
        assert_eq!(
            &doc[u.to_document(amp)..u.to_document_end(amp + 1)],
            "&amp;"
        );
        let e = u.text.find("ещё").unwrap();
        assert_eq!(
            &doc[u.to_document(e)..u.to_document_end(u.text.len())],
            "ещё"
        );
        assert_eq!(&doc[u.span.clone()], &doc[2..]);
    }

    #[test]
    fn builder_trims_and_collapses() {
        let doc = "<p>\n   Two   words\n</p>";
        let mut b = UnitBuilder::new();
        b.collapsing(&doc[3..doc.len() - 4], 3);
        let u = b.finish(0, Some(4)).unwrap();
        assert_eq!(u.text, "Two words");
        assert_eq!(u.segment, Some(4));
        assert_eq!(&doc[u.span.clone()], "Two   words");
        let w = u.text.find("words").unwrap();
        assert_eq!(&doc[u.to_document(w)..u.to_document_end(w + 5)], "words");
        assert!(UnitBuilder::new().finish(0, None).is_none());
    }

    #[test]
    fn formats_by_extension_and_name() {
        assert_eq!(
            Format::from_extension(Path::new("a.MD")),
            Some(Format::Markdown)
        );
        assert_eq!(
            Format::from_extension(Path::new("a.xlf")),
            Some(Format::Xliff)
        );
        assert_eq!(
            Format::from_extension(Path::new("a.htm")),
            Some(Format::Html)
        );
        assert_eq!(Format::from_extension(Path::new("a")), None);
        assert_eq!(Format::from_name("xlf"), Some(Format::Xliff));
        assert_eq!(Format::from_name("TMX"), Some(Format::Tmx));
        assert_eq!(
            sniff("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">"),
            Format::Xliff
        );
        assert_eq!(
            sniff("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\"><tmx>"),
            Format::Tmx
        );
        assert_eq!(sniff("<!doctype html><html>"), Format::Html);
        assert_eq!(sniff("Просто текст"), Format::Text);
    }
}
