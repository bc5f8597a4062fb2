//! Reports: the same findings for people (terminal, Markdown, HTML) and for machines
//! (JSON, SARIF, GitHub workflow commands, JUnit XML), and the diff of two versions of
//! a translation. Every format is described in `docs/output.md`.

pub mod diff;
pub mod fingerprint;
pub mod github;
pub mod html;
pub mod html_index;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use crate::finding::Finding;
use crate::input::Document;
use crate::pipeline::Analysis;
use crate::rules::{Rule, Severity};
use serde::Serialize;
use std::path::PathBuf;

/// Counts by severity. Baselined findings are counted in `error`/`warning`/`info` and
/// again in `baselined`; they never fail the gate.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
    /// Findings listed in the baseline (`--baseline`).
    pub baselined: usize,
    /// Findings that are not baselined, by severity (error, warning, info).
    #[serde(skip)]
    open: [usize; 3],
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            let i = match f.severity {
                Severity::Error => {
                    s.error += 1;
                    0
                }
                Severity::Warning => {
                    s.warning += 1;
                    1
                }
                Severity::Info => {
                    s.info += 1;
                    2
                }
            };
            if f.baselined {
                s.baselined += 1;
            } else {
                s.open[i] += 1;
            }
        }
        s
    }

    /// Adds another summary's counts (batches).
    pub fn add(&mut self, o: &Summary) {
        self.error += o.error;
        self.warning += o.warning;
        self.info += o.info;
        self.baselined += o.baselined;
        for i in 0..3 {
            self.open[i] += o.open[i];
        }
    }

    /// Whether a gate failing at `level` (None: never) fails. Baselined findings do not
    /// count.
    pub fn fails(&self, level: Option<Severity>) -> bool {
        let [e, w, i] = self.open;
        match level {
            None => false,
            Some(Severity::Error) => e > 0,
            Some(Severity::Warning) => e + w > 0,
            Some(Severity::Info) => e + w + i > 0,
        }
    }
}

/// One checked document pair: what every report format renders.
pub struct PairReport {
    /// The caller's id of the pair (`--jsonl` input), if any.
    pub id: Option<String>,
    pub analysis: Analysis,
    pub findings: Vec<Finding>,
}

impl PairReport {
    pub fn summary(&self) -> Summary {
        Summary::of(&self.findings)
    }

    /// Source paragraphs that have a counterpart.
    pub fn aligned(&self) -> (usize, usize) {
        let a = &self.analysis;
        let aligned = a
            .alignment
            .paragraphs
            .iter()
            .filter(|b| !b.source.is_empty() && !b.target.is_empty())
            .map(|b| b.source.len())
            .sum::<usize>();
        (aligned, a.source.units.len())
    }
}

/// A pair that could not be checked (unreadable file, wrong script, …).
#[derive(Debug, Clone, Serialize)]
pub struct PairError {
    pub source: String,
    pub target: String,
    pub message: String,
}

/// Everything a run checked: one pair, or a batch.
pub struct RunReport {
    pub pairs: Vec<PairReport>,
    pub errors: Vec<PairError>,
    /// The gate (`--fail-on`).
    pub fail_on: Option<Severity>,
    /// Whether a baseline was applied.
    pub baseline: bool,
}

impl RunReport {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for p in &self.pairs {
            s.add(&p.summary());
        }
        s
    }

    pub fn fails(&self) -> bool {
        self.summary().fails(self.fail_on)
    }

    /// Whether the finding fails the gate.
    pub fn failing(&self, f: &Finding) -> bool {
        !f.baselined && self.fail_on.is_some_and(|l| f.severity >= l)
    }
}

/// A path for reports: as the user gave it, relative to the working directory when
/// it is absolute and inside it, with `/` separators and no leading `./`.
pub fn display_path(doc: &Document) -> String {
    rel_path(&doc.path)
}

pub fn rel_path(path: &std::path::Path) -> String {
    let mut p: PathBuf = path.to_path_buf();
    if p.is_absolute() {
        if let Ok(cwd) = std::env::current_dir() {
            if let Ok(r) = p.strip_prefix(&cwd) {
                p = r.to_path_buf();
            }
        }
    }
    let s = p.to_string_lossy().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

/// The documentation page of a rule, for links in SARIF and Markdown: the file in the
/// published crate's sources (`docs/rules/<id>-<name>.md`).
pub fn docs_url(rule: &Rule) -> String {
    format!(
        "https://docs.rs/crate/transcheck/{}/source/docs/rules/{}-{}.md",
        env!("CARGO_PKG_VERSION"),
        rule.id,
        rule.name
    )
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
