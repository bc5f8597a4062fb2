//! Fingerprints and baselines: suppress known findings so that only new ones fail.
//!
//! A finding's fingerprint is a hash of its rule id, the normalised text of its source
//! and target spans, and a few words around each span — never line numbers or offsets,
//! so it survives edits elsewhere in the documents. A baseline file
//! (`--write-baseline FILE`) lists the fingerprints of the findings of a run; with
//! `--baseline FILE`, findings whose fingerprint is listed are marked baselined: counted
//! and reported, but they never fail the gate. Identical fingerprints are counted, so
//! a baseline with one entry suppresses one finding, not every copy of it.

use crate::error::{Error, Result};
use crate::finding::{Finding, Span};
use crate::input::Document;
use crate::pipeline::Analysis;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

pub const SCHEMA: &str = "transcheck-baseline/1";

/// Version of the fingerprint recipe, also the key in SARIF `partialFingerprints`.
pub const FINGERPRINT_VERSION: &str = "transcheck/v1";

/// Words of context taken on each side of a span.
const CONTEXT_WORDS: usize = 3;

/// Text for matching: lower case, `ё` → `е`, quotes and dashes unified, whitespace
/// collapsed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            '«' | '»' | '“' | '”' | '„' | '‟' | '"' => '"',
            '‘' | '’' | '‚' | '‛' | '`' => '\'',
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
            'ё' | 'Ё' => 'е',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Up to [`CONTEXT_WORDS`] words before and after the span, inside its paragraph.
fn context(doc: &Document, span: &Span) -> String {
    let Some(unit) = doc.units.get(span.paragraph) else {
        return String::new();
    };
    let (ustart, uend) = (unit.span.start, unit.span.end.min(doc.text.len()));
    let before = doc.text.get(ustart..span.start.max(ustart)).unwrap_or("");
    let after = doc.text.get(span.end.min(uend)..uend).unwrap_or("");
    let b: Vec<&str> = before.split_whitespace().collect();
    let a: Vec<&str> = after.split_whitespace().take(CONTEXT_WORDS).collect();
    let b = &b[b.len().saturating_sub(CONTEXT_WORDS)..];
    format!("{} | {}", b.join(" "), a.join(" "))
}

fn side(doc: &Document, span: Option<&Span>) -> String {
    match span {
        None => "-".into(),
        Some(s) => {
            let text = doc.text.get(s.start..s.end).unwrap_or("");
            format!("{}\u{1f}{}", normalise(text), normalise(&context(doc, s)))
        }
    }
}

/// 64-bit FNV-1a: a hash that never changes between versions or platforms.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The stable fingerprint of a finding (16 hex digits).
pub fn fingerprint(f: &Finding, a: &Analysis) -> String {
    let key = format!(
        "{}\u{1e}{}\u{1e}{}",
        f.rule.id,
        side(&a.source, f.source.as_ref()),
        side(&a.target, f.target.as_ref())
    );
    format!("{:016x}", fnv1a(key.as_bytes()))
}

/// One entry of a baseline file. Only `fingerprint` is used for matching; the other
/// fields are for people reading the file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub fingerprint: String,
    pub rule: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub path: String,
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct BaselineFile {
    schema: String,
    findings: Vec<Entry>,
}

impl Entry {
    pub fn of(f: &Finding, a: &Analysis) -> Entry {
        let doc = if f.target.is_some() || f.source.is_none() {
            &a.target
        } else {
            &a.source
        };
        Entry {
            fingerprint: fingerprint(f, a),
            rule: f.rule.id.to_string(),
            name: f.rule.name.to_string(),
            path: doc.display_path(),
            message: f.message.clone(),
        }
    }
}

/// The fingerprints of a baseline file, with how many times each may still match.
#[derive(Debug, Default, Clone)]
pub struct Baseline {
    remaining: HashMap<String, usize>,
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read {
            path: path.to_path_buf(),
            message: e.to_string().to_lowercase(),
        })?;
        let file: BaselineFile = serde_json::from_str(&text).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: format!("not a transcheck baseline: {e}"),
        })?;
        if file.schema != SCHEMA {
            return Err(Error::Format {
                path: path.to_path_buf(),
                message: format!(
                    "baseline schema {:?} is not supported (expected {SCHEMA:?})",
                    file.schema
                ),
            });
        }
        let mut remaining = HashMap::new();
        for e in file.findings {
            *remaining.entry(e.fingerprint).or_insert(0) += 1;
        }
        Ok(Baseline { remaining })
    }

    /// Marks the findings of one document pair that the baseline lists, consuming the
    /// entries they match.
    pub fn apply(&mut self, a: &Analysis, findings: &mut [Finding]) {
        for f in findings {
            if let Some(n) = self.remaining.get_mut(&fingerprint(f, a)) {
                if *n > 0 {
                    *n -= 1;
                    f.baselined = true;
                }
            }
        }
    }

    /// Entries that matched no finding (fixed since the baseline was written).
    pub fn unused(&self) -> usize {
        self.remaining.values().sum()
    }
}

/// Writes a baseline file listing `entries` (sorted, so that the file diffs well).
pub fn write(path: &Path, mut entries: Vec<Entry>) -> Result<()> {
    entries.sort();
    let file = BaselineFile {
        schema: SCHEMA.into(),
        findings: entries,
    };
    let text = serde_json::to_string_pretty(&file).expect("baseline serialises") + "\n";
    std::fs::write(path, text).map_err(|e| Error::Write {
        path: path.to_path_buf(),
        message: e.to_string().to_lowercase(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::analysis;
    use crate::pipeline::{check, CheckOptions};

    #[test]
    fn normalise_folds_case_quotes_dashes_and_space() {
        assert_eq!(
            normalise("  «Ёлка» —\u{a0}2,8  МЛРД "),
            "\"елка\" - 2,8 млрд"
        );
    }

    const RU: &str = "Бюджет Москвы составит 340 млрд рублей.\n\nМэр заявил об этом во вторник.";

    fn prints(en: &str) -> Vec<(String, &'static str)> {
        let a = analysis(RU, en);
        check(&a, &CheckOptions::default())
            .iter()
            .map(|f| (fingerprint(f, &a), f.rule.id))
            .collect()
    }

    #[test]
    fn fingerprints_survive_edits_elsewhere_but_not_in_the_span() {
        let base =
            prints("Moscow's budget will be 340 million rubles.\n\nThe mayor said so on Tuesday.");
        assert!(base.iter().any(|(_, id)| *id == "TC201"), "{base:?}");
        // A blank line and an edit in another paragraph move every offset.
        let moved = prints(
            "\n\nMoscow's budget will be 340 million rubles.\n\nThe mayor said this on Tuesday.",
        );
        let fp = |v: &[(String, &str)]| v.iter().find(|(_, id)| *id == "TC201").unwrap().0.clone();
        assert_eq!(fp(&base), fp(&moved));
        let changed =
            prints("Moscow's budget will be 340 thousand rubles.\n\nThe mayor said so on Tuesday.");
        assert_ne!(fp(&base), fp(&changed));
        assert_eq!(fp(&base).len(), 16);
    }

    #[test]
    fn baseline_matches_each_entry_once() {
        let a = analysis(
            RU,
            "Moscow's budget will be 340 million rubles.\n\nThe mayor said so on Tuesday.",
        );
        let mut findings = check(&a, &CheckOptions::default());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        write(&path, findings.iter().map(|f| Entry::of(f, &a)).collect()).unwrap();
        let mut b = Baseline::load(&path).unwrap();
        b.apply(&a, &mut findings);
        assert!(findings.iter().all(|f| f.baselined));
        assert_eq!(b.unused(), 0);
        // A second copy of the same findings is not covered.
        let mut again = check(&a, &CheckOptions::default());
        b.apply(&a, &mut again);
        assert!(again.iter().all(|f| !f.baselined));
    }

    #[test]
    fn bad_baseline_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        std::fs::write(&path, "{\"schema\": \"other/9\", \"findings\": []}").unwrap();
        assert!(Baseline::load(&path)
            .unwrap_err()
            .to_string()
            .contains("other/9"));
        std::fs::write(&path, "not json").unwrap();
        assert!(Baseline::load(&path).is_err());
    }
}
