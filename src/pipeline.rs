//! The library entry point: load → analyse (segment, align) → check.
//!
//! ```no_run
//! use transcheck::{input::Document, lang::LanguagePair, pipeline};
//! let pair = LanguagePair::ru_en();
//! let src = Document::from_text("a.ru.txt", "Бюджет составит 340 млрд рублей.", pair.source).unwrap();
//! let tgt = Document::from_text("a.en.txt", "The budget will be 340 million rubles.", pair.target).unwrap();
//! let analysis = pipeline::analyse(src, tgt, pair, &Default::default());
//! let findings = pipeline::check(&analysis, &Default::default());
//! assert_eq!(findings[0].rule.name, "number-mismatch");
//! ```

use crate::align::{align_documents, Alignment, Model, Side};
use crate::checks;
use crate::finding::{Finding, Span};
use crate::input::{Document, Unit};
use crate::lang::LanguagePair;
use crate::rules::{Rule, Severity};
use crate::segment::{segment, Sentence};
use std::collections::HashMap;

/// Settings of the analysis stage.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    /// Aligner model to start estimation from (the default is tuned on WMT21).
    pub model: Option<Model>,
}

/// Settings of the check stage.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Per-rule severity overrides (`None` turns a rule off), keyed by rule id.
    pub severity: HashMap<&'static str, Option<Severity>>,
    /// Phrasebook packs, suppressed entries and thresholds of the fluency rules.
    pub fluency: checks::fluency::FluencyOptions,
}

impl CheckOptions {
    pub fn enabled(&self, rule: &Rule) -> bool {
        !matches!(self.severity.get(rule.id), Some(None))
    }
}

/// Two documents segmented and aligned.
pub struct Analysis {
    pub pair: &'static LanguagePair,
    pub source: Document,
    pub target: Document,
    /// Sentences of each unit.
    pub source_sentences: Vec<Vec<Sentence>>,
    pub target_sentences: Vec<Vec<Sentence>>,
    pub alignment: Alignment,
}

pub fn analyse(
    source: Document,
    target: Document,
    pair: &'static LanguagePair,
    opts: &AnalysisOptions,
) -> Analysis {
    let ss: Vec<Vec<Sentence>> = source
        .units
        .iter()
        .map(|u| segment(&u.text, pair.source))
        .collect();
    let ts: Vec<Vec<Sentence>> = target
        .units
        .iter()
        .map(|u| segment(&u.text, pair.target))
        .collect();
    let side =
        |doc: &'_ Document, sents: &'_ [Vec<Sentence>]| -> (Vec<String>, Vec<Vec<Sentence>>) {
            (
                doc.units.iter().map(|u| u.text.clone()).collect(),
                sents.to_vec(),
            )
        };
    let (stexts, ssents) = side(&source, &ss);
    let (ttexts, tsents) = side(&target, &ts);
    let sside = Side {
        texts: stexts.iter().map(String::as_str).collect(),
        sentences: ssents.iter().map(Vec::as_slice).collect(),
    };
    let tside = Side {
        texts: ttexts.iter().map(String::as_str).collect(),
        sentences: tsents.iter().map(Vec::as_slice).collect(),
    };
    let model = opts.model.clone().unwrap_or_default();
    let alignment = align_documents(pair, &sside, &tside, &model);
    Analysis {
        pair,
        source,
        target,
        source_sentences: ss,
        target_sentences: ts,
        alignment,
    }
}

/// Runs every enabled check and returns the findings in reading order.
pub fn check(a: &Analysis, opts: &CheckOptions) -> Vec<Finding> {
    let ctx = Context { a, opts };
    let mut findings = checks::run_all(&ctx);
    findings.retain(|f| opts.enabled(f.rule));
    for f in &mut findings {
        if let Some(Some(sev)) = opts.severity.get(f.rule.id) {
            f.severity = *sev;
        }
    }
    let order = bead_order(a);
    findings.sort_by_key(|f| {
        let anchor = f
            .target
            .map(|s| order.target[s.paragraph])
            .or_else(|| f.source.map(|s| order.source[s.paragraph]))
            .unwrap_or(usize::MAX);
        (
            anchor,
            f.target.map_or(usize::MAX, |s| s.start),
            f.source.map_or(usize::MAX, |s| s.start),
            f.rule.id,
        )
    });
    findings.dedup_by(|a, b| {
        a.rule.id == b.rule.id
            && a.source == b.source
            && a.target == b.target
            && a.message == b.message
    });
    findings
}

struct BeadOrder {
    source: Vec<usize>,
    target: Vec<usize>,
}

fn bead_order(a: &Analysis) -> BeadOrder {
    let mut source = vec![0; a.source.units.len()];
    let mut target = vec![0; a.target.units.len()];
    for (k, b) in a.alignment.paragraphs.iter().enumerate() {
        for p in b.source.clone() {
            source[p] = k;
        }
        for p in b.target.clone() {
            target[p] = k;
        }
    }
    BeadOrder { source, target }
}

/// What a check sees: the analysis plus helpers to walk aligned units and make spans.
pub struct Context<'a> {
    pub a: &'a Analysis,
    pub opts: &'a CheckOptions,
}

/// One side of the analysis, for helpers that work on either.
#[derive(Clone, Copy)]
pub struct DocSide<'a> {
    pub doc: &'a Document,
    pub sentences: &'a [Vec<Sentence>],
    pub index: &'a crate::align::SentenceIndex,
}

impl<'a> DocSide<'a> {
    /// (unit, sentence, paragraph index, sentence index) of a global sentence index.
    pub fn sentence(&self, g: usize) -> (&'a Unit, &'a Sentence, usize, usize) {
        let (p, s) = self.index.locate(g);
        (&self.doc.units[p], &self.sentences[p][s], p, s)
    }

    /// A span for a range of a sentence's unit text.
    pub fn span_in(&self, g: usize, range: std::ops::Range<usize>) -> Span {
        let (unit, _, p, s) = self.sentence(g);
        Span {
            paragraph: p,
            sentence: Some(s),
            start: unit.to_document(range.start),
            end: unit.to_document(range.end),
        }
    }

    /// The span of a whole sentence.
    pub fn sentence_span(&self, g: usize) -> Span {
        let (_, sent, _, _) = self.sentence(g);
        self.span_in(g, sent.span.clone())
    }

    /// The span of a whole paragraph.
    pub fn paragraph_span(&self, p: usize) -> Span {
        let u = &self.doc.units[p];
        Span {
            paragraph: p,
            sentence: None,
            start: u.span.start,
            end: u.span.end,
        }
    }

    pub fn sentence_text(&self, g: usize) -> &'a str {
        let (unit, sent, _, _) = self.sentence(g);
        &unit.text[sent.span.clone()]
    }
}

impl<'a> Context<'a> {
    pub fn source(&self) -> DocSide<'a> {
        DocSide {
            doc: &self.a.source,
            sentences: &self.a.source_sentences,
            index: &self.a.alignment.source_sentences,
        }
    }

    pub fn target(&self) -> DocSide<'a> {
        DocSide {
            doc: &self.a.target,
            sentences: &self.a.target_sentences,
            index: &self.a.alignment.target_sentences,
        }
    }

    pub fn pair(&self) -> &'static LanguagePair {
        self.a.pair
    }
}
