//! The JSON report, a stable contract documented in `docs/output.md`. Schema
//! `transcheck/1`: fields are only ever added within a version; consumers must ignore
//! fields they do not know.

use super::Summary;
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
}

pub fn finding(f: &Finding, a: &Analysis) -> JsonFinding {
    JsonFinding {
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
