//! The JSON report, a stable contract documented in `docs/output.md`. Schema
//! `transcheck/1`: fields are only ever added within a version; consumers must ignore
//! fields they do not know.

use super::{PairError, PairReport, RunReport, Summary};
use crate::align::{Alignment, Bead, SentenceIndex};
use crate::finding::{Finding, Location};
use crate::input::Document;
use crate::pipeline::Analysis;
use serde::Serialize;

pub const SCHEMA: &str = "transcheck/1";

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

pub const TOOL: Tool = Tool {
    name: "transcheck",
    version: env!("CARGO_PKG_VERSION"),
};

#[derive(Serialize)]
pub struct DocInfo {
    pub path: String,
    pub lang: &'static str,
    pub encoding: &'static str,
    pub format: &'static str,
    pub paragraphs: usize,
    pub sentences: usize,
}

impl DocInfo {
    pub fn of(doc: &Document, sentences: usize) -> DocInfo {
        DocInfo {
            path: doc.display_path(),
            lang: doc.lang,
            encoding: doc.encoding,
            format: doc.format.name(),
            paragraphs: doc.units.len(),
            sentences,
        }
    }
}

/// A paragraph bead: paragraph indices of each side, and the aligner's confidence.
#[derive(Serialize)]
pub struct JsonBead {
    pub source: Vec<usize>,
    pub target: Vec<usize>,
    pub score: f64,
}

/// A sentence bead: `[paragraph, sentence]` pairs of each side.
#[derive(Serialize)]
pub struct JsonSentenceBead {
    pub source: Vec<[usize; 2]>,
    pub target: Vec<[usize; 2]>,
    pub score: f64,
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

pub fn paragraph_beads(al: &Alignment) -> Vec<JsonBead> {
    al.paragraphs
        .iter()
        .map(|b: &Bead| JsonBead {
            source: b.source.clone().collect(),
            target: b.target.clone().collect(),
            score: round(b.confidence),
        })
        .collect()
}

pub fn sentence_beads(al: &Alignment) -> Vec<JsonSentenceBead> {
    let loc = |idx: &SentenceIndex, r: &std::ops::Range<usize>| -> Vec<[usize; 2]> {
        r.clone()
            .map(|g| {
                let (p, s) = idx.locate(g);
                [p, s]
            })
            .collect()
    };
    al.sentences
        .iter()
        .map(|b| JsonSentenceBead {
            source: loc(&al.source_sentences, &b.source),
            target: loc(&al.target_sentences, &b.target),
            score: round(b.confidence),
        })
        .collect()
}

#[derive(Serialize)]
pub struct JsonFinding {
    pub rule: &'static str,
    pub name: &'static str,
    pub severity: &'static str,
    pub category: &'static str,
    pub message: String,
    pub suggestion: Option<String>,
    /// The phrasebook entry id of a fluency finding (suppress it with that id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    pub source: Option<Location>,
    pub target: Option<Location>,
    /// Stable fingerprint (`crate::baseline::fingerprint`), the key of baseline files.
    pub fingerprint: String,
    /// Listed in the baseline: counted, never fails the gate.
    pub baselined: bool,
}

pub fn finding(f: &Finding, a: &Analysis) -> JsonFinding {
    JsonFinding {
        fingerprint: crate::baseline::fingerprint(f, a),
        baselined: f.baselined,
        rule: f.rule.id,
        name: f.rule.name,
        severity: f.severity.as_str(),
        category: f.rule.category.as_str(),
        message: f.message.clone(),
        suggestion: f.suggestion.clone(),
        entry: f.entry.clone(),
        source: f.source.as_ref().map(|s| Location::resolve(s, &a.source)),
        target: f.target.as_ref().map(|s| Location::resolve(s, &a.target)),
    }
}

#[derive(Serialize)]
pub struct JsonReport {
    pub schema: &'static str,
    pub tool: Tool,
    pub source: DocInfo,
    pub target: DocInfo,
    pub alignment: Vec<JsonBead>,
    pub findings: Vec<JsonFinding>,
    pub summary: Summary,
}

pub fn report(a: &Analysis, findings: &[Finding]) -> JsonReport {
    JsonReport {
        schema: SCHEMA,
        tool: TOOL,
        source: DocInfo::of(&a.source, a.alignment.source_sentences.total),
        target: DocInfo::of(&a.target, a.alignment.target_sentences.total),
        alignment: paragraph_beads(&a.alignment),
        findings: findings.iter().map(|f| finding(f, a)).collect(),
        summary: Summary::of(findings),
    }
}

/// The batch document (`transcheck check` on folders, `--pairs`, `--files`): schema
/// `transcheck-batch/1`, one `transcheck/1` report per pair.
pub const BATCH_SCHEMA: &str = "transcheck-batch/1";

#[derive(Serialize)]
pub struct JsonBatch {
    pub schema: &'static str,
    pub tool: Tool,
    pub pairs: Vec<JsonReport>,
    /// Pairs that could not be checked.
    pub errors: Vec<PairError>,
    pub summary: BatchSummary,
}

#[derive(Serialize)]
pub struct BatchSummary {
    pub pairs: usize,
    pub failed: usize,
    pub errors: usize,
    #[serde(flatten)]
    pub findings: Summary,
}

pub fn batch(run: &RunReport) -> JsonBatch {
    JsonBatch {
        schema: BATCH_SCHEMA,
        tool: TOOL,
        pairs: run
            .pairs
            .iter()
            .map(|p| report(&p.analysis, &p.findings))
            .collect(),
        errors: run.errors.clone(),
        summary: BatchSummary {
            pairs: run.pairs.len(),
            failed: run
                .pairs
                .iter()
                .filter(|p| p.summary().fails(run.fail_on))
                .count(),
            errors: run.errors.len(),
            findings: run.summary(),
        },
    }
}

/// One output line of `--jsonl`: the caller's `id`, then the `transcheck/1` report, or
/// an `error`.
#[derive(Serialize)]
pub struct JsonLine {
    pub id: serde_json::Value,
    #[serde(flatten)]
    pub report: Option<JsonReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

pub fn line(id: serde_json::Value, pair: &PairReport) -> JsonLine {
    JsonLine {
        id,
        report: Some(report(&pair.analysis, &pair.findings)),
        error: None,
    }
}
