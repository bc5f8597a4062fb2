//! False alarms: the full pipeline (plain-text documents → align → checks) run on
//! unperturbed WMT documents. Every error-level finding on a professional reference
//! translation is counted against us, whatever its cause.

use super::data::WmtDoc;
use crate::input::Document;
use crate::lang::LanguagePair;
use crate::pipeline::{analyse, check, AnalysisOptions, CheckOptions};
use crate::rules::Severity;
use std::collections::BTreeMap;

#[derive(Debug, Default, Clone)]
pub struct FalseAlarms {
    pub docs: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Error-level findings per rule name.
    pub errors_by_rule: BTreeMap<&'static str, usize>,
    pub warnings_by_rule: BTreeMap<&'static str, usize>,
}

/// Builds the plain text of one side: WMT23 paragraphs as paragraphs; without paragraph
/// markup (WMT21/22), each segment as its own paragraph.
pub fn document_text(doc: &WmtDoc, side: &[Vec<String>]) -> String {
    let paras: Vec<String> = if doc.paragraph_markup {
        side.iter()
            .map(|p| p.join(" "))
            .filter(|p| !p.trim().is_empty())
            .collect()
    } else {
        side.iter()
            .flatten()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect()
    };
    paras.join("\n\n")
}

/// Runs the checks on every document of a set for one translation (None: the reference).
pub fn false_alarms(
    pair: &'static LanguagePair,
    docs: &[WmtDoc],
    system: Option<&str>,
    debug: bool,
) -> FalseAlarms {
    let mut fa = FalseAlarms::default();
    for doc in docs {
        let tgt = match system {
            None => &doc.segments_ref,
            Some(s) => match doc.segments_mt.get(s) {
                Some(t) => t,
                None => continue,
            },
        };
        let st = document_text(doc, &doc.segments_src);
        let tt = document_text(doc, tgt);
        let (Ok(s), Ok(t)) = (
            Document::from_text("source.ru.txt", &st, pair.source),
            Document::from_text("target.en.txt", &tt, pair.target),
        ) else {
            continue;
        };
        let a = analyse(s, t, pair, &AnalysisOptions::default());
        let findings = check(&a, &CheckOptions::default());
        fa.docs += 1;
        fa.paragraphs += a.source.units.len();
        fa.sentences += a.alignment.source_sentences.total;
        for f in &findings {
            match f.severity {
                Severity::Error => {
                    fa.errors += 1;
                    *fa.errors_by_rule.entry(f.rule.name).or_default() += 1;
                    if debug
                        && std::env::var("TRANSCHECK_EVAL_DEBUG_RULE")
                            .map_or(true, |r| r == f.rule.name)
                    {
                        let id = format!("{}/{}", system.unwrap_or("reference"), doc.doc_id);
                        print_finding(&id, &a, f);
                    }
                }
                Severity::Warning => {
                    if debug
                        && std::env::var("TRANSCHECK_EVAL_DEBUG_RULE")
                            .is_ok_and(|r| r == f.rule.name)
                    {
                        print_finding(&doc.doc_id, &a, f);
                    }
                    fa.warnings += 1;
                    *fa.warnings_by_rule.entry(f.rule.name).or_default() += 1;
                }
                Severity::Info => {}
            }
        }
    }
    fa
}

/// `TRANSCHECK_EVAL_DEBUG`: one finding with the texts it points at, on stderr.
fn print_finding(doc_id: &str, a: &crate::pipeline::Analysis, f: &crate::finding::Finding) {
    let text = |doc: &crate::input::Document, s: Option<crate::finding::Span>| {
        s.map(|s| {
            doc.text[s.start..s.end]
                .chars()
                .take(200)
                .collect::<String>()
        })
        .unwrap_or_default()
    };
    eprintln!(
        "[{doc_id}] {} {}\n   ru: {}\n   en: {}",
        f.rule.name,
        f.message,
        text(&a.source, f.source),
        text(&a.target, f.target)
    );
}
