//! Two-column TSV: `source<TAB>target`, one segment per line. Blank lines are skipped;
//! a first line whose source column is a column name (`source`, `ru`, `original`, …) is
//! a header. A field in double quotes (as spreadsheets export it) loses its quotes, and
//! `""` inside it is one quote. A line without a tab, or with more than one, is an error.

use super::bilingual::Segment;
use super::UnitBuilder;
use crate::error::{Error, Result};
use std::path::Path;

const HEADER_NAMES: &[&str] = &[
    "source",
    "src",
    "original",
    "source text",
    "ru",
    "russian",
    "оригинал",
    "исходный текст",
    "текст",
];

pub fn segments(text: &str, path: &Path) -> Result<Vec<Segment>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut first = true;
    for (n, raw_line) in text.split_inclusive('\n').enumerate() {
        let at = pos;
        pos += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            continue;
        }
        let err = |message: String| Error::Format {
            path: path.to_path_buf(),
            message: format!("line {}: {message}", n + 1),
        };
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 2 {
            return Err(err(if cols.len() == 1 {
                "no tab: expected source<TAB>target".into()
            } else {
                format!("{} columns: expected two, source<TAB>target", cols.len())
            }));
        }
        if std::mem::take(&mut first)
            && HEADER_NAMES.contains(&cols[0].trim().trim_matches('"').to_lowercase().as_str())
        {
            continue;
        }
        let tab = cols[0].len();
        out.push(Segment {
            source: field(cols[0], at),
            target: field(cols[1], at + tab + 1),
        });
    }
    Ok(out)
}

fn field(s: &str, at: usize) -> UnitBuilder {
    let mut b = UnitBuilder::new();
    let t = s.trim();
    let lead = s.len() - s.trim_start().len();
    if t.len() >= 2 && t.starts_with('"') && t.ends_with('"') {
        let inner = &t[1..t.len() - 1];
        let base = at + lead + 1;
        let mut rest = 0;
        while let Some(i) = inner[rest..].find("\"\"").map(|i| rest + i) {
            b.verbatim(&inner[rest..i], base + rest);
            b.replaced("\"", base + i..base + i + 2);
            rest = i + 2;
        }
        b.verbatim(&inner[rest..], base + rest);
    } else {
        b.verbatim(s, at);
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_columns_with_header_and_quotes() {
        let tsv = "source\ttarget\nБюджет вырос.\tThe budget grew.\r\n\n\"Он сказал \"\"нет\"\"\"\t\"He said \"\"no\"\"\"\nБез перевода\t\n";
        let segs = segments(tsv, Path::new("t.tsv")).unwrap();
        let got: Vec<(&str, &str)> = segs
            .iter()
            .map(|s| (s.source.text(), s.target.text()))
            .collect();
        assert_eq!(
            got,
            [
                ("Бюджет вырос.", "The budget grew."),
                ("Он сказал \"нет\"", "He said \"no\""),
                ("Без перевода", "")
            ]
        );
        let u = segs[0].target.clone().finish(0, Some(0)).unwrap();
        assert_eq!(&tsv[u.span.clone()], "The budget grew.");
    }

    #[test]
    fn malformed_lines() {
        let e = segments("a\tb\nno tab here\n", Path::new("t.tsv"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 2: no tab"), "{e}");
        let e = segments("a\tb\tc\n", Path::new("t.tsv"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 1: 3 columns"), "{e}");
    }
}
