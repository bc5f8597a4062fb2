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

use crate::align::{align_documents, align_given, Alignment, Bead, Model, Side};
use crate::checks;
use crate::finding::{Finding, Span};
use crate::input::{Document, Unit};
use crate::lang::LanguagePair;
use crate::rules::{Rule, Severity};
use crate::segment::{segment, Sentence};
use std::collections::HashMap;
use std::path::PathBuf;

/// Settings of the analysis stage.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    /// Aligner model to start estimation from (the default is tuned on WMT21).
    pub model: Option<Model>,
}

/// Settings of the check stage (see [`crate::config::Settings::check_options`]).
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Per-rule severity overrides (`None` turns a rule off), keyed by rule id.
    pub severity: HashMap<&'static str, Option<Severity>>,
    /// Expected boilerplate: an added paragraph or sentence (TC103, TC104) whose text
    /// matches one of these is not reported.
    pub allowed_boilerplate: Vec<regex::Regex>,
    /// Glossary files named by the configuration (resolved paths; read by the caller
    /// into `glossary`).
    pub glossaries: Vec<PathBuf>,
    /// The loaded glossary (see [`crate::checks::glossary`]).
    pub glossary: Option<std::sync::Arc<crate::checks::glossary::Glossary>>,
    /// Phrasebook packs named by the configuration (resolved paths; not read here).
    pub phrasebooks: Vec<PathBuf>,
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

/// Segments and aligns two documents. When both are the two sides of one bilingual
/// file (XLIFF, TMX, PO, TSV), their units are taken as aligned: see
/// [`analyse_prealigned`].
pub fn analyse(
    source: Document,
    target: Document,
    pair: &'static LanguagePair,
    opts: &AnalysisOptions,
) -> Analysis {
    if source.is_bilingual() && target.is_bilingual() && source.path == target.path {
        return analyse_prealigned(source, target, pair, opts);
    }
    let (ss, ts) = segment_both(&source, &target, pair);
    let (sside, tside) = (side(&source, &ss), side(&target, &ts));
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

/// Segments two documents whose units are already paired, as the two sides of a
/// bilingual file are, and aligns sentences inside each pair. Units pair by
/// [`Unit::segment`] (their translation unit in the file), or by position when they
/// carry none: unit `i` of the source with unit `i` of the target. A segment with a
/// source but no target is an omission bead, one with a target but no source an
/// addition bead. Every check runs on the result as on any other alignment.
pub fn analyse_prealigned(
    source: Document,
    target: Document,
    pair: &'static LanguagePair,
    opts: &AnalysisOptions,
) -> Analysis {
    let (ss, ts) = segment_both(&source, &target, pair);
    let (sside, tside) = (side(&source, &ss), side(&target, &ts));
    let model = opts.model.clone().unwrap_or_default();
    let beads = given_beads(&source.units, &target.units);
    let alignment = align_given(pair, &sside, &tside, beads, &model);
    Analysis {
        pair,
        source,
        target,
        source_sentences: ss,
        target_sentences: ts,
        alignment,
    }
}

fn segment_both(
    source: &Document,
    target: &Document,
    pair: &'static LanguagePair,
) -> (Vec<Vec<Sentence>>, Vec<Vec<Sentence>>) {
    let ss = source
        .units
        .iter()
        .map(|u| segment(&u.text, pair.source))
        .collect();
    let ts = target
        .units
        .iter()
        .map(|u| segment(&u.text, pair.target))
        .collect();
    (ss, ts)
}

fn side<'a>(doc: &'a Document, sents: &'a [Vec<Sentence>]) -> Side<'a> {
    Side {
        texts: doc.units.iter().map(|u| u.text.as_str()).collect(),
        sentences: sents.iter().map(Vec::as_slice).collect(),
    }
}

/// Paragraph beads pairing units with the same key (segment, or position), in order:
/// every unit of both sides is in exactly one bead, and beads never cross.
fn given_beads(src: &[Unit], tgt: &[Unit]) -> Vec<Bead> {
    let key = |u: &Unit| u.segment.unwrap_or(u.index);
    let (mut i, mut j) = (0, 0);
    let mut beads = Vec::new();
    while i < src.len() || j < tgt.len() {
        let ks = src.get(i).map_or(usize::MAX, key);
        let kt = tgt.get(j).map_or(usize::MAX, key);
        let k = ks.min(kt);
        let (i0, j0) = (i, j);
        while i < src.len() && key(&src[i]) == k {
            i += 1;
        }
        while j < tgt.len() && key(&tgt[j]) == k {
            j += 1;
        }
        beads.push(Bead {
            source: i0..i,
            target: j0..j,
            evidence: 0.0,
            confidence: 1.0,
        });
    }
    beads
}

/// Runs every enabled check and returns the findings in reading order.
pub fn check(a: &Analysis, opts: &CheckOptions) -> Vec<Finding> {
    let ctx = Context { a, opts };
    let mut findings = checks::run_all(&ctx);
    findings.retain(|f| opts.enabled(f.rule) && !allowed_boilerplate(a, opts, f));
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
    // A style note on the very span an error already reports ("CB" for «ЦБ»: a name
    // calque and an abbreviation note) says the same thing twice.
    let error_spans: Vec<crate::finding::Span> = findings
        .iter()
        .filter(|f| f.severity == crate::rules::Severity::Error)
        .filter_map(|f| f.target)
        .collect();
    findings.retain(|f| {
        f.rule.category != crate::rules::Category::Fluency
            || f.severity == crate::rules::Severity::Error
            || f.target.is_none_or(|t| {
                !error_spans
                    .iter()
                    .any(|e| e.paragraph == t.paragraph && e.start == t.start && t.end == e.end)
            })
    });
    // "fewer than 700" for «более 700» is one reversal: the number check reports the
    // bound, the direction check would report the same words again.
    let bounds: Vec<crate::finding::Span> = findings
        .iter()
        .filter(|f| f.rule.name == "number-mismatch" && f.severity == crate::rules::Severity::Error)
        .filter_map(|f| f.target)
        .collect();
    findings.retain(|f| {
        f.rule.name != "direction-mismatch"
            || f.target.is_none_or(|t| {
                !bounds
                    .iter()
                    .any(|b| b.paragraph == t.paragraph && b.start < t.end && t.start < b.end)
            })
    });
    findings
}

/// Whether `f` reports an added paragraph or sentence that the configuration declares
/// expected boilerplate (`allowed-boilerplate`): its text, trimmed, matches a pattern.
fn allowed_boilerplate(a: &Analysis, opts: &CheckOptions, f: &Finding) -> bool {
    if opts.allowed_boilerplate.is_empty() || !matches!(f.rule.name, "addition" | "added-sentence")
    {
        return false;
    }
    let Some(span) = f.target else {
        return false;
    };
    let Some(unit) = a.target.units.get(span.paragraph) else {
        return false;
    };
    let text = match span.sentence {
        Some(s) => a.target_sentences[span.paragraph]
            .get(s)
            .and_then(|sent| unit.text.get(sent.span.clone()))
            .unwrap_or(""),
        None => unit.text.as_str(),
    };
    let text = text.trim();
    opts.allowed_boilerplate.iter().any(|re| re.is_match(text))
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
            end: unit
                .to_document_end(range.end)
                .max(unit.to_document(range.start)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::analysis;

    #[test]
    fn a_style_note_on_a_span_an_error_reports_is_dropped() {
        let rules = |en: &str| -> Vec<&str> {
            check(
                &analysis("Об этом заявил ЦБ.", en),
                &CheckOptions::default(),
            )
            .iter()
            .map(|f| f.rule.name)
            .collect()
        };
        // The name calque is the error; the abbreviation note would repeat it.
        assert_eq!(rules("This was announced by the CB."), vec!["name-calque"]);
        // A note on its own stays.
        let notes = check(
            &analysis(
                "Об этом говорится в рамках проекта.",
                "This is said within the framework of the project.",
            ),
            &CheckOptions::default(),
        );
        assert!(notes.iter().any(|f| f.rule.name == "calque"));
    }

    #[test]
    fn a_reversed_bound_is_reported_once() {
        let rules = |ru: &str, en: &str| -> Vec<&str> {
            check(&analysis(ru, en), &CheckOptions::default())
                .iter()
                .map(|f| f.rule.name)
                .collect()
        };
        assert_eq!(
            rules(
                "В больнице работают более 700 врачей.",
                "The hospital employs fewer than 700 doctors."
            ),
            vec!["number-mismatch"]
        );
        // A reversal without a figure is the direction check's alone.
        assert_eq!(
            rules("Цены выросли.", "Prices fell."),
            vec!["direction-mismatch"]
        );
    }

    #[test]
    fn allowed_boilerplate_silences_matching_additions_only() {
        let ru = "Бюджет Москвы вырос.\n\nМэр заявил об этом во вторник.";
        let en = "Moscow's budget grew.\n\nThe mayor said so on Tuesday.\n\nSubscribe to our channel for more news.";
        let a = analysis(ru, en);
        let added = |opts: &CheckOptions| {
            check(&a, opts)
                .iter()
                .filter(|f| f.rule.name == "addition" || f.rule.name == "added-sentence")
                .count()
        };
        assert!(added(&CheckOptions::default()) > 0);
        let other = CheckOptions {
            allowed_boilerplate: vec![regex::Regex::new("^Read more").unwrap()],
            ..Default::default()
        };
        assert_eq!(added(&other), added(&CheckOptions::default()));
        let opts = CheckOptions {
            allowed_boilerplate: vec![regex::Regex::new("^Subscribe to our channel").unwrap()],
            ..Default::default()
        };
        assert_eq!(added(&opts), 0);
    }

    use crate::input::{parse_bilingual, Format};

    #[test]
    fn prealigned_units_pair_by_segment() {
        let pair = LanguagePair::ru_en();
        let tsv = "Бюджет Москвы вырос до 3,1 трлн рублей.\tMoscow's budget grew to 3.1 trillion rubles.\n\
                   Мэр заявил об этом в среду.\t\n\
                   \tSubscribe to our channel.\n\
                   Метро построит 20 станций.\tThe metro will build 20 stations.\n";
        let (s, t) = parse_bilingual("a.tsv", tsv.into(), "UTF-8", Format::Tsv, pair).unwrap();
        assert_eq!((s.units.len(), t.units.len()), (3, 3));
        let a = analyse(s, t, pair, &AnalysisOptions::default());
        let shapes: Vec<_> = a
            .alignment
            .paragraphs
            .iter()
            .map(|b| (b.source.clone(), b.target.clone(), b.confidence))
            .collect();
        assert_eq!(
            shapes,
            [
                (0..1, 0..1, 1.0),
                (1..2, 1..1, 1.0),
                (2..2, 1..2, 1.0),
                (2..3, 2..3, 1.0)
            ]
        );
        let f = check(&a, &CheckOptions::default());
        let rules: Vec<&str> = f.iter().map(|f| f.rule.name).collect();
        assert!(
            rules.contains(&"omission") && rules.contains(&"addition"),
            "{rules:?}"
        );
        assert!(!rules.contains(&"number-mismatch"), "{rules:?}");
    }

    #[test]
    fn prealigned_plain_documents_pair_by_position() {
        let pair = LanguagePair::ru_en();
        let s =
            Document::from_text("s.txt", "Первый абзац.\n\nВторой абзац.", pair.source).unwrap();
        let t = Document::from_text("t.txt", "First paragraph.", pair.target).unwrap();
        let a = analyse_prealigned(s, t, pair, &AnalysisOptions::default());
        let beads: Vec<_> = a
            .alignment
            .paragraphs
            .iter()
            .map(|b| (b.source.clone(), b.target.clone()))
            .collect();
        assert_eq!(beads, [(0..1, 0..1), (1..2, 1..1)]);
        assert_eq!(a.alignment.sentences.len(), 2);
    }
}
