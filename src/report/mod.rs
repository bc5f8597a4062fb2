//! Reports: the same findings for people (terminal, HTML) and for machines (JSON), and
//! the diff of two versions of a translation.

pub mod diff;
pub mod fingerprint;
pub mod html;
pub mod human;
pub mod json;

use crate::finding::Finding;
use crate::rules::Severity;
use serde::Serialize;

/// Counts by severity.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.error += 1,
                Severity::Warning => s.warning += 1,
                Severity::Info => s.info += 1,
            }
        }
        s
    }

    /// Whether a gate failing at `level` (None: never) fails.
    pub fn fails(&self, level: Option<Severity>) -> bool {
        match level {
            None => false,
            Some(Severity::Error) => self.error > 0,
            Some(Severity::Warning) => self.error + self.warning > 0,
            Some(Severity::Info) => self.error + self.warning + self.info > 0,
        }
    }
}

/// `transcheck align --format tsv`: one bead per line,
/// `source<TAB>target<TAB>score<TAB>shape`, units comma-separated (paragraph indices,
/// or `paragraph.sentence` at sentence level), an empty field for an empty side.
pub fn align_tsv(al: &crate::align::Alignment, sentences: bool) -> String {
    let mut out = String::from("source\ttarget\tscore\tshape\n");
    let fmt_par = |r: &std::ops::Range<usize>| {
        r.clone()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let fmt_sent = |idx: &crate::align::SentenceIndex, r: &std::ops::Range<usize>| {
        r.clone()
            .map(|g| {
                let (p, s) = idx.locate(g);
                format!("{p}.{s}")
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let beads = if sentences {
        &al.sentences
    } else {
        &al.paragraphs
    };
    for b in beads {
        let (s, t) = if sentences {
            (
                fmt_sent(&al.source_sentences, &b.source),
                fmt_sent(&al.target_sentences, &b.target),
            )
        } else {
            (fmt_par(&b.source), fmt_par(&b.target))
        };
        out.push_str(&format!(
            "{s}\t{t}\t{:.3}\t{}-{}\n",
            b.confidence,
            b.source.len(),
            b.target.len()
        ));
    }
    out
}
