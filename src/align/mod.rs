//! Alignment: paragraphs first, then sentences inside each aligned paragraph group.
//!
//! See [`dp`] for the scoring model. The model's rates (how often an anchor token finds
//! its counterpart in a true translation, and by chance) and the length ratio are
//! estimated on each document, so the same code works for a terse news wire and a chatty
//! forum post, and for a lexicon that knows much or little of the text.

pub mod dp;
pub mod features;

use crate::lang::LanguagePair;
use crate::segment::Sentence;
use dp::Shape;
use features::{FeatureBuilder, UnitFeatures};
use serde::Serialize;
use std::ops::Range;

/// Source units against target units. An empty side is an omission (empty target) or
/// an addition (empty source).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bead {
    pub source: Range<usize>,
    pub target: Range<usize>,
    /// Log-likelihood ratio "translations of each other" vs "unrelated" (0 for skips).
    #[serde(skip)]
    pub evidence: f64,
    /// How sure the aligner is of this bead, in [0, 1].
    pub confidence: f64,
}

impl Bead {
    pub fn is_omission(&self) -> bool {
        !self.source.is_empty() && self.target.is_empty()
    }
    pub fn is_addition(&self) -> bool {
        self.source.is_empty() && !self.target.is_empty()
    }
    pub fn shape(&self) -> Shape {
        (self.source.len(), self.target.len())
    }
}

/// Match rates of a token class: `p1` in true translations, `p0` by chance.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rates {
    pub p1: f64,
    pub p0: f64,
}

/// Rates for tokens the lexicon knows and for the rest (names, cognates, unknown words).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ClassRates {
    pub known: Rates,
    pub other: Rates,
}

/// The scoring model (see [`dp`]).
#[derive(Debug, Clone, Serialize)]
pub struct Model {
    /// Target characters per source character.
    pub ratio: f64,
    /// Gale–Church variance of the length difference per source character.
    pub variance: f64,
    /// Spread (in standard deviations) of length differences between unrelated units.
    pub unrelated_spread: f64,
    /// Source tokens found in the target.
    pub fwd: ClassRates,
    /// Target tokens found in the source.
    pub rev: ClassRates,
    /// Average number of anchor tokens per unit on each side (for [`dp::scaled`]).
    pub avg_source_tokens: f64,
    pub avg_target_tokens: f64,
    /// Probability that a true translation of a unit is only partial (see [`dp::part_llr`]).
    pub partial: f64,
    /// Most tokens whose evidence a single unit may bring (see [`dp::bead_evidence`]).
    pub temper: f64,
    pub lexical_weight: f64,
    pub length_weight: f64,
    /// Lowest (weighted) length evidence a bead can get.
    pub length_floor: f64,
    /// Log prior of a 1-0 or 0-1 bead.
    pub skip_prior: f64,
    /// Log prior of a 2-1 or 1-2 bead.
    pub merge_prior: f64,
    /// Log prior of 2-2, 1-3 and 3-1 beads.
    pub wide_prior: f64,
    /// Log prior of a 0-1 bead whose target unit reads like boilerplate.
    pub boilerplate_skip_prior: f64,
    /// Evidence added per boilerplate target unit paired with source units.
    pub boilerplate_penalty: f64,
}

impl Default for Model {
    fn default() -> Self {
        let class = ClassRates {
            known: Rates { p1: 0.55, p0: 0.06 },
            other: Rates { p1: 0.25, p0: 0.02 },
        };
        Model {
            // Russian→English: English runs about 5% longer in characters (WMT21–23).
            ratio: 1.05,
            variance: 6.8,
            unrelated_spread: 6.0,
            fwd: class,
            rev: class,
            avg_source_tokens: 10.0,
            avg_target_tokens: 10.0,
            temper: 25.0,
            partial: 0.05,
            lexical_weight: 1.0,
            length_weight: 5.0,
            length_floor: -6.0,
            skip_prior: -3.0,
            merge_prior: -4.5,
            wide_prior: -10.0,
            boilerplate_skip_prior: -0.5,
            boilerplate_penalty: -6.0,
        }
    }
}

impl Model {
    pub fn prior(&self, a: usize, b: usize) -> f64 {
        match (a, b) {
            (1, 1) => 0.0,
            (1, 0) | (0, 1) => self.skip_prior,
            (2, 1) | (1, 2) => self.merge_prior,
            _ => self.wide_prior,
        }
    }
}

/// Bead shapes for paragraphs and for sentences.
pub const SHAPES: &[Shape] = &[
    (1, 1),
    (1, 0),
    (0, 1),
    (2, 1),
    (1, 2),
    (2, 2),
    (1, 3),
    (3, 1),
];

/// A segmented side of the alignment: sentences per paragraph.
pub struct Side<'a> {
    pub texts: Vec<&'a str>,
    pub sentences: Vec<&'a [Sentence]>,
}

/// Global sentence numbering of a side: sentence `g` is sentence `g - first[p]` of paragraph `p`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SentenceIndex {
    pub first: Vec<usize>,
    pub total: usize,
}

impl SentenceIndex {
    fn new(counts: impl Iterator<Item = usize>) -> SentenceIndex {
        let mut first = Vec::new();
        let mut total = 0;
        for c in counts {
            first.push(total);
            total += c;
        }
        SentenceIndex { first, total }
    }

    /// (paragraph, sentence in paragraph) of a global sentence index.
    pub fn locate(&self, g: usize) -> (usize, usize) {
        let p = self.first.partition_point(|&f| f <= g).saturating_sub(1);
        // Skip empty paragraphs that share the same start.
        let mut p = p;
        while p + 1 < self.first.len() && self.first[p + 1] <= g {
            p += 1;
        }
        (p, g - self.first[p])
    }

    pub fn range(&self, paragraphs: &Range<usize>) -> Range<usize> {
        let start = self
            .first
            .get(paragraphs.start)
            .copied()
            .unwrap_or(self.total);
        let end = self
            .first
            .get(paragraphs.end)
            .copied()
            .unwrap_or(self.total);
        start..end
    }
}

/// The alignment of a document pair.
#[derive(Debug, Clone, Serialize)]
pub struct Alignment {
    pub paragraphs: Vec<Bead>,
    /// Sentence beads over global sentence indices, in order.
    pub sentences: Vec<Bead>,
    /// For each sentence bead, the paragraph bead it lies in.
    pub sentence_group: Vec<usize>,
    pub source_sentences: SentenceIndex,
    pub target_sentences: SentenceIndex,
    /// The paragraph-level model after estimation (for `-v` and the evaluation).
    pub model: Model,
    /// (source sentence, target sentence) pairs of an omitted and an added sentence
    /// that translate each other: a sentence moved out of order (two paragraphs
    /// swapped), which a monotone alignment cannot pair.
    pub moved: Vec<(usize, usize)>,
}

/// Evidence an omitted and an added sentence need to count as one moved sentence.
const MOVED_PAIR_EVIDENCE: f64 = 10.0;
/// How many paragraph groups apart a moved sentence may land.
const MOVED_PAIR_GROUPS: usize = 2;

/// Omitted and added sentences near each other that translate each other, best first.
fn moved_pairs(
    sentences: &[Bead],
    sentence_group: &[usize],
    p: &Prepared,
    sent_model: &Model,
) -> Vec<(usize, usize)> {
    let cache = dp::DirectMatches {
        src: &p.src_sent,
        tgt: &p.tgt_sent,
    };
    // (sentence, paragraph group) of each omitted source and added target sentence.
    let skipped = |pick: fn(&Bead) -> Option<usize>| -> Vec<(usize, usize)> {
        sentences
            .iter()
            .zip(sentence_group)
            .filter_map(|(b, &g)| pick(b).map(|x| (x, g)))
            .collect()
    };
    let omitted = skipped(|b| b.is_omission().then_some(b.source.start));
    let added = skipped(|b| b.is_addition().then_some(b.target.start));
    let mut candidates = Vec::new();
    for &(s, gs) in &omitted {
        for &(t, gt) in &added {
            if gs.abs_diff(gt) > MOVED_PAIR_GROUPS {
                continue;
            }
            let e = dp::bead_evidence(
                &p.src_sent,
                &p.tgt_sent,
                s..s + 1,
                t..t + 1,
                sent_model,
                &cache,
            );
            if e >= MOVED_PAIR_EVIDENCE {
                candidates.push((e, s, t));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (_, s, t) in candidates {
        if out.iter().all(|&(a, b)| a != s && b != t) {
            out.push((s, t));
        }
    }
    out.sort_unstable();
    out
}

/// Features of both sides, per sentence and per paragraph.
struct Prepared {
    src_sent: Vec<UnitFeatures>,
    tgt_sent: Vec<UnitFeatures>,
    sidx: SentenceIndex,
    tidx: SentenceIndex,
    src_par: Vec<UnitFeatures>,
    tgt_par: Vec<UnitFeatures>,
}

fn prepare(pair: &LanguagePair, src: &Side, tgt: &Side) -> Prepared {
    let mut fb = FeatureBuilder::new(pair);
    let src_sent: Vec<UnitFeatures> = src
        .sentences
        .iter()
        .zip(&src.texts)
        .flat_map(|(ss, t)| ss.iter().map(|s| (s, *t)).collect::<Vec<_>>())
        .map(|(s, t)| fb.source(s, t))
        .collect();
    let tgt_sent: Vec<UnitFeatures> = tgt
        .sentences
        .iter()
        .zip(&tgt.texts)
        .flat_map(|(ss, t)| ss.iter().map(|s| (s, *t)).collect::<Vec<_>>())
        .map(|(s, t)| fb.target(s, t))
        .collect();
    let sidx = SentenceIndex::new(src.sentences.iter().map(|s| s.len()));
    let tidx = SentenceIndex::new(tgt.sentences.iter().map(|s| s.len()));
    let src_par: Vec<UnitFeatures> = (0..src.sentences.len())
        .map(|p| UnitFeatures::concat(&src_sent[sidx.range(&(p..p + 1))]))
        .collect();
    let tgt_par: Vec<UnitFeatures> = (0..tgt.sentences.len())
        .map(|p| UnitFeatures::concat(&tgt_sent[tidx.range(&(p..p + 1))]))
        .collect();
    Prepared {
        src_sent,
        tgt_sent,
        sidx,
        tidx,
        src_par,
        tgt_par,
    }
}

/// Sentence model: the paragraph model with chance rates of sentence pairs.
fn sentence_model(par_model: &Model, p: &Prepared) -> Model {
    let mut sent_model = par_model.clone();
    set_averages(&mut sent_model, &p.src_sent, &p.tgt_sent);
    sent_model.fwd = chance_rates(&p.src_sent, &p.tgt_sent, sent_model.fwd, true);
    sent_model.rev = chance_rates(&p.tgt_sent, &p.src_sent, sent_model.rev, false);
    sent_model
}

/// How much better two neighbouring paragraph groups with a skipped sentence at their
/// boundary must align as one group to be merged into one paragraph bead.
const REGROUP_MARGIN: f64 = 3.0;

/// Log-likelihood ratio above which an added and an omitted sentence on either side of
/// a paragraph boundary are one sentence moved across it.
const MOVED_SENTENCE_EVIDENCE: f64 = 3.0;

/// Sentence beads inside each paragraph bead.
fn sentence_pass(
    paragraphs: Vec<Bead>,
    p: Prepared,
    sent_model: &Model,
    par_model: Model,
) -> Alignment {
    let beads_of = |pb: &Bead| {
        let sr = p.sidx.range(&pb.source);
        let tr = p.tidx.range(&pb.target);
        sentence_beads(&p.src_sent, &p.tgt_sent, sr, tr, sent_model)
    };
    let mut groups: Vec<(Bead, Vec<Bead>)> = paragraphs
        .into_iter()
        .map(|pb| {
            let beads = beads_of(&pb);
            (pb, beads)
        })
        .collect();
    // A sentence moved across a paragraph boundary shows up as an added sentence at the
    // end of one group and an omitted one at the start of the next (or the mirror):
    // when the two translate each other, the two paragraph beads are one 2-2 bead.
    let cache = dp::DirectMatches {
        src: &p.src_sent,
        tgt: &p.tgt_sent,
    };
    let mut g = 0;
    while g + 1 < groups.len() {
        let moved = {
            let (a, b) = (&groups[g], &groups[g + 1]);
            let both_aligned = |pb: &Bead| !pb.source.is_empty() && !pb.target.is_empty();
            let pair = match (a.1.last(), b.1.first()) {
                (Some(x), Some(y)) if x.is_addition() && y.is_omission() => {
                    Some((y.source.clone(), x.target.clone()))
                }
                (Some(x), Some(y)) if x.is_omission() && y.is_addition() => {
                    Some((x.source.clone(), y.target.clone()))
                }
                _ => None,
            };
            let moved_pair = pair.is_some_and(|(s, t)| {
                dp::bead_evidence(&p.src_sent, &p.tgt_sent, s, t, sent_model, &cache)
                    >= MOVED_SENTENCE_EVIDENCE
            });
            // A skip at the boundary may also be a sentence moved into the other
            // paragraph whose old place a weak pair filled («Мост соединит Якутск …»
            // translated at the end of the previous paragraph): the two groups aligned
            // as one must then score clearly better than apart.
            let skip_at_boundary =
                a.1.last()
                    .is_some_and(|x| x.is_omission() || x.is_addition())
                    || b.1
                        .first()
                        .is_some_and(|y| y.is_omission() || y.is_addition());
            let regrouped = || {
                let sr = p.sidx.range(&(a.0.source.start..b.0.source.end));
                let tr = p.tidx.range(&(a.0.target.start..b.0.target.end));
                group_score(&p.src_sent[sr], &p.tgt_sent[tr], sent_model)
                    - path_score(&a.1, sent_model)
                    - path_score(&b.1, sent_model)
                    >= REGROUP_MARGIN
            };
            both_aligned(&a.0)
                && both_aligned(&b.0)
                && (moved_pair || (skip_at_boundary && regrouped()))
        };
        if moved {
            let (b, _) = groups.remove(g + 1);
            let a = &groups[g].0;
            let merged = Bead {
                source: a.source.start..b.source.end,
                target: a.target.start..b.target.end,
                evidence: a.evidence + b.evidence,
                confidence: a.confidence.min(b.confidence),
            };
            let beads = beads_of(&merged);
            groups[g] = (merged, beads);
        } else {
            g += 1;
        }
    }
    let groups = split_groups(groups, &p, &par_model);
    let mut paragraphs = Vec::with_capacity(groups.len());
    let mut sentences = Vec::new();
    let mut sentence_group = Vec::new();
    for (g, (pb, mut beads)) in groups.into_iter().enumerate() {
        paragraphs.push(pb);
        sentence_group.extend(std::iter::repeat_n(g, beads.len()));
        sentences.append(&mut beads);
    }
    let moved = moved_pairs(&sentences, &sentence_group, &p, sent_model);
    Alignment {
        paragraphs,
        sentences,
        sentence_group,
        source_sentences: p.sidx,
        target_sentences: p.tidx,
        model: par_model,
        moved,
    }
}

/// Splits a paragraph group of two or more paragraphs a side where its sentence
/// alignment allows: when the first paragraphs' sentences align only among themselves
/// and the rest only among themselves, the group is two paragraph beads. The paragraph
/// pass may glue a truncated paragraph onto its neighbour (the length of the two
/// together fits better); the sentences show where it belongs.
fn split_groups(
    groups: Vec<(Bead, Vec<Bead>)>,
    p: &Prepared,
    par_model: &Model,
) -> Vec<(Bead, Vec<Bead>)> {
    let cache = dp::DirectMatches {
        src: &p.src_par,
        tgt: &p.tgt_par,
    };
    let mut out = Vec::with_capacity(groups.len());
    let mut todo: Vec<(Bead, Vec<Bead>)> = groups.into_iter().rev().collect();
    while let Some((pb, beads)) = todo.pop() {
        match find_cut(&pb, &beads, p) {
            Some((ci, cj, k)) => {
                let mut second = beads;
                let first: Vec<Bead> = second.drain(..k).collect();
                // Scored like any aligned paragraph bead (see `set_confidence`).
                let part = |source: Range<usize>, target: Range<usize>| {
                    let evidence = dp::bead_evidence(
                        &p.src_par,
                        &p.tgt_par,
                        source.clone(),
                        target.clone(),
                        par_model,
                        &cache,
                    );
                    Bead {
                        evidence,
                        source,
                        target,
                        confidence: sigmoid(evidence / 2.0).min(pb.confidence),
                    }
                };
                todo.push((part(ci..pb.source.end, cj..pb.target.end), second));
                todo.push((part(pb.source.start..ci, pb.target.start..cj), first));
            }
            None => out.push((pb, beads)),
        }
    }
    out
}

/// The first cut (source paragraph, target paragraph, sentence beads before it) that
/// splits a group into two parts each with an aligned sentence and no sentence bead
/// across the cut.
fn find_cut(pb: &Bead, beads: &[Bead], p: &Prepared) -> Option<(usize, usize, usize)> {
    if pb.source.len() < 2 || pb.target.len() < 2 {
        return None;
    }
    let aligned = |b: &Bead| !b.source.is_empty() && !b.target.is_empty();
    for ci in pb.source.start + 1..pb.source.end {
        for cj in pb.target.start + 1..pb.target.end {
            let (sc, tc) = (p.sidx.first[ci], p.tidx.first[cj]);
            let before = |b: &Bead| {
                (b.source.is_empty() || b.source.end <= sc)
                    && (b.target.is_empty() || b.target.end <= tc)
            };
            let after = |b: &Bead| {
                (b.source.is_empty() || b.source.start >= sc)
                    && (b.target.is_empty() || b.target.start >= tc)
            };
            let k = beads.iter().take_while(|b| before(b)).count();
            if beads[k..].iter().all(after)
                && beads[..k].iter().any(aligned)
                && beads[k..].iter().any(aligned)
            {
                return Some((ci, cj, k));
            }
        }
    }
    None
}

/// Aligns two segmented documents: paragraphs, then sentences inside paragraph groups.
pub fn align_documents(pair: &LanguagePair, src: &Side, tgt: &Side, base: &Model) -> Alignment {
    let p = prepare(pair, src, tgt);
    let par_model = estimate(&p.src_par, &p.tgt_par, base);
    let mut paragraphs = dp::align(&p.src_par, &p.tgt_par, &par_model, SHAPES);
    let sent_model = sentence_model(&par_model, &p);
    repair_paragraphs(
        &mut paragraphs,
        &p.src_sent,
        &p.tgt_sent,
        &p.sidx,
        &p.tidx,
        &sent_model,
    );
    set_confidence(&mut paragraphs, &p.src_par, &p.tgt_par, &par_model);
    sentence_pass(paragraphs, p, &sent_model, par_model)
}

/// Aligns sentences inside paragraph beads that are given, not found: the units of a
/// bilingual file (XLIFF, TMX, PO, TSV) are already paired. The beads must cover both
/// sides in order. Their confidence is 1 (the file pairs them); their evidence is
/// scored as usual, and the model is estimated from the given 1-1 beads.
pub fn align_given(
    pair: &LanguagePair,
    src: &Side,
    tgt: &Side,
    paragraphs: Vec<Bead>,
    base: &Model,
) -> Alignment {
    let p = prepare(pair, src, tgt);
    let par_model = estimate_from(&p.src_par, &p.tgt_par, base, Some(&paragraphs));
    let sent_model = sentence_model(&par_model, &p);
    let cache = dp::DirectMatches {
        src: &p.src_par,
        tgt: &p.tgt_par,
    };
    let paragraphs = paragraphs
        .into_iter()
        .map(|b| {
            let evidence = if b.source.is_empty() || b.target.is_empty() {
                0.0
            } else {
                dp::bead_evidence(
                    &p.src_par,
                    &p.tgt_par,
                    b.source.clone(),
                    b.target.clone(),
                    &par_model,
                    &cache,
                )
            };
            Bead {
                evidence,
                confidence: 1.0,
                ..b
            }
        })
        .collect();
    sentence_pass(paragraphs, p, &sent_model, par_model)
}

/// Aligns two sequences of pre-segmented units at one level (no paragraph pass); used
/// for sentence-per-line input and by the evaluation.
pub fn align_units(src: &[UnitFeatures], tgt: &[UnitFeatures], base: &Model) -> (Vec<Bead>, Model) {
    let model = estimate(src, tgt, base);
    let mut beads = dp::align(src, tgt, &model, SHAPES);
    set_confidence(&mut beads, src, tgt, &model);
    (beads, model)
}

fn sentence_beads(
    src: &[UnitFeatures],
    tgt: &[UnitFeatures],
    sr: Range<usize>,
    tr: Range<usize>,
    model: &Model,
) -> Vec<Bead> {
    let offset = |b: Bead| Bead {
        source: b.source.start + sr.start..b.source.end + sr.start,
        target: b.target.start + tr.start..b.target.end + tr.start,
        ..b
    };
    if sr.is_empty() || tr.is_empty() {
        let conf = 1.0;
        return sr
            .clone()
            .map(|s| Bead {
                source: s..s + 1,
                target: tr.start..tr.start,
                evidence: 0.0,
                confidence: conf,
            })
            .chain(tr.clone().map(|t| Bead {
                source: sr.end..sr.end,
                target: t..t + 1,
                evidence: 0.0,
                confidence: conf,
            }))
            .collect();
    }
    let s = &src[sr.clone()];
    let t = &tgt[tr.clone()];
    let mut beads = dp::align(s, t, model, SHAPES);
    set_confidence(&mut beads, s, t, model);
    beads.into_iter().map(offset).collect()
}

/// The sentence alignment of a group (all skips when one side is empty).
fn group_alignment(src: &[UnitFeatures], tgt: &[UnitFeatures], model: &Model) -> Vec<Bead> {
    if src.is_empty() || tgt.is_empty() {
        let skip = |source: Range<usize>, target: Range<usize>| Bead {
            source,
            target,
            evidence: 0.0,
            confidence: 1.0,
        };
        return (0..src.len())
            .map(|i| skip(i..i + 1, 0..0))
            .chain((0..tgt.len()).map(|j| skip(0..0, j..j + 1)))
            .collect();
    }
    dp::align(src, tgt, model, SHAPES)
}

/// Total score (priors plus evidence) of an alignment path.
fn path_score(beads: &[Bead], model: &Model) -> f64 {
    beads
        .iter()
        .map(|b| model.prior(b.source.len(), b.target.len()) + b.evidence)
        .sum()
}

/// Total score of the sentence alignment of a group.
fn group_score(src: &[UnitFeatures], tgt: &[UnitFeatures], model: &Model) -> f64 {
    path_score(&group_alignment(src, tgt, model), model)
}

/// How much better (log-likelihood) pairing an omitted paragraph with an added one must
/// score than leaving both unpaired.
const REPAIR_PAIR_MARGIN: f64 = 4.0;

/// A paragraph skipped at paragraph level whose sentences align into a neighbouring
/// group is a split or merge the paragraph pass missed: fold it into that group when the
/// sentence-level score says so.
fn repair_paragraphs(
    beads: &mut Vec<Bead>,
    src: &[UnitFeatures],
    tgt: &[UnitFeatures],
    sidx: &SentenceIndex,
    tidx: &SentenceIndex,
    model: &Model,
) {
    let alignment = |b: &Bead| {
        group_alignment(
            &src[sidx.range(&b.source)],
            &tgt[tidx.range(&b.target)],
            model,
        )
    };
    let score = |b: &Bead| path_score(&alignment(b), model);
    // Whether most of the skipped paragraph's sentences align in `group`, the sentence
    // alignment of `merged`.
    let sentences_align = |group: &[Bead], merged: &Bead, skip: &Bead| -> bool {
        let (sr, tr) = (sidx.range(&merged.source), tidx.range(&merged.target));
        let (own, base, on_source) = if skip.is_omission() {
            (sidx.range(&skip.source), sr.start, true)
        } else {
            (tidx.range(&skip.target), tr.start, false)
        };
        let n = own.len();
        let aligned = own
            .filter(|&g| {
                group.iter().any(|b| {
                    let side = if on_source { &b.source } else { &b.target };
                    side.contains(&(g - base)) && !b.source.is_empty() && !b.target.is_empty()
                })
            })
            .count();
        aligned > 0 && 2 * aligned >= n
    };
    let mut k = 0;
    while k < beads.len() {
        let skip = &beads[k];
        if !(skip.is_omission() || skip.is_addition()) {
            k += 1;
            continue;
        }
        let own = score(skip);
        let mut best: Option<(usize, f64)> = None;
        for nb in [k.wrapping_sub(1), k + 1] {
            let Some(n) = beads.get(nb) else { continue };
            // An omission next to an addition may be one paragraph translated only in
            // part (truncated): pair them if their sentences align. Two skips of the same
            // kind are never merged.
            let opposite =
                (skip.is_omission() && n.is_addition()) || (skip.is_addition() && n.is_omission());
            if (n.is_omission() || n.is_addition()) && !opposite {
                continue;
            }
            // Keep beads within the shapes the model knows (at most 3 paragraphs a side).
            let merged = merge(&beads[k.min(nb)], &beads[k.max(nb)]);
            if merged.source.len() > 3 || merged.target.len() > 3 {
                continue;
            }
            let margin = if opposite { REPAIR_PAIR_MARGIN } else { 0.0 };
            let merged_group = alignment(&merged);
            let gain = path_score(&merged_group, model) - score(n) - own - margin;
            // A split or merge: most of the skipped paragraph's sentences must align in
            // the merged group. A deleted paragraph one of whose sentences glues onto a
            // neighbour sentence that shares its topic is still deleted.
            if gain > 0.0 && !opposite && !sentences_align(&merged_group, &merged, skip) {
                continue;
            }
            if gain > 0.0 && best.is_none_or(|(_, g)| gain > g) {
                best = Some((nb, gain));
            }
        }
        if let Some((nb, _)) = best {
            let lo = k.min(nb);
            let merged = merge(&beads[lo], &beads[lo + 1]);
            beads[lo] = merged;
            beads.remove(lo + 1);
            k = lo;
        } else {
            k += 1;
        }
    }
}

fn merge(a: &Bead, b: &Bead) -> Bead {
    Bead {
        source: a.source.start..b.source.end,
        target: a.target.start..b.target.end,
        evidence: a.evidence + b.evidence,
        confidence: 0.0,
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Confidence of each bead. A matched bead is as sure as its evidence. A skip is as sure
/// as its margin over the paths that would have avoided it: gluing the unit onto a
/// neighbouring bead (a split or merged translation), or pairing it with an adjacent
/// skip of the other side (a free rendering). Pairing it with a unit that already has
/// its own translation is no alternative, so it is not considered.
fn set_confidence(beads: &mut [Bead], src: &[UnitFeatures], tgt: &[UnitFeatures], model: &Model) {
    let cache = dp::DirectMatches { src, tgt };
    let score = |s: Range<usize>, t: Range<usize>| {
        if !SHAPES.contains(&(s.len(), t.len())) {
            return f64::NEG_INFINITY;
        }
        let e = if s.is_empty() || t.is_empty() {
            0.0
        } else {
            dp::bead_evidence(src, tgt, s.clone(), t.clone(), model, &cache)
        };
        e + model.prior(s.len(), t.len())
    };
    let confidence: Vec<f64> = (0..beads.len())
        .map(|k| {
            let b = &beads[k];
            if !b.is_omission() && !b.is_addition() {
                return sigmoid(b.evidence / 2.0);
            }
            let neighbours = [k.checked_sub(1), Some(k + 1)];
            let mut best_gain = f64::NEG_INFINITY;
            for nb in neighbours
                .into_iter()
                .flatten()
                .filter_map(|x| beads.get(x))
            {
                let opposite =
                    (b.is_omission() && nb.is_addition()) || (b.is_addition() && nb.is_omission());
                if !opposite && (nb.source.is_empty() || nb.target.is_empty()) {
                    continue;
                }
                let merged_s = b.source.start.min(nb.source.start)..b.source.end.max(nb.source.end);
                let merged_t = b.target.start.min(nb.target.start)..b.target.end.max(nb.target.end);
                let chosen = score(b.source.clone(), b.target.clone())
                    + score(nb.source.clone(), nb.target.clone());
                best_gain = best_gain.max(score(merged_s, merged_t) - chosen);
            }
            if best_gain.is_finite() {
                sigmoid(-best_gain)
            } else {
                1.0
            }
        })
        .collect();
    for (b, c) in beads.iter_mut().zip(confidence) {
        b.confidence = c;
    }
}

/// Weight (in source characters) of the pair's typical length ratio in the estimate.
const RATIO_PSEUDO_CHARS: f64 = 800.0;

/// Estimates the document's length ratio, variance and match rates.
pub fn estimate(src: &[UnitFeatures], tgt: &[UnitFeatures], base: &Model) -> Model {
    estimate_from(src, tgt, base, None)
}

/// [`estimate`], re-estimating from the 1-1 beads of `given` when the alignment is
/// known, or else from those of a first alignment pass.
/// Units of each side the first estimation pass looks at.
const ESTIMATE_UNITS: usize = 300;

fn estimate_from(
    src: &[UnitFeatures],
    tgt: &[UnitFeatures],
    base: &Model,
    given: Option<&[Bead]>,
) -> Model {
    let mut model = base.clone();
    // The document's own ratio, pulled towards the language pair's typical one so that a
    // short document (or one truncated paragraph) cannot set it alone.
    let blend = |lt: f64, ls: f64| {
        ((lt + RATIO_PSEUDO_CHARS * base.ratio) / (ls + RATIO_PSEUDO_CHARS)).clamp(0.5, 2.0)
    };
    let ls: f64 = src.iter().map(|u| u.chars).sum();
    let lt: f64 = tgt.iter().map(|u| u.chars).sum();
    model.ratio = blend(lt, ls);
    set_averages(&mut model, src, tgt);
    model.fwd = chance_rates(src, tgt, model.fwd, true);
    model.rev = chance_rates(tgt, src, model.rev, false);
    if src.is_empty() || tgt.is_empty() {
        return model;
    }
    // First pass (unless the alignment is given), then re-estimate from confident 1-1
    // beads.
    // A long document is estimated on its beginning: the rates are the document's,
    // and a first pass over a book would double the alignment time.
    let (src, tgt) = if given.is_none() && src.len() > ESTIMATE_UNITS {
        let share = ESTIMATE_UNITS as f64 / src.len() as f64;
        let m = ((tgt.len() as f64 * share).ceil() as usize).clamp(1, tgt.len());
        (&src[..ESTIMATE_UNITS], &tgt[..m])
    } else {
        (src, tgt)
    };
    let first = match given {
        Some(g) => g.to_vec(),
        None => dp::align(src, tgt, &model, SHAPES),
    };
    let ones: Vec<&Bead> = first
        .iter()
        .filter(|b| b.shape() == (1, 1) && (given.is_some() || b.evidence > 0.0))
        .collect();
    if ones.is_empty() {
        return model;
    }
    let (lsum, tsum): (f64, f64) = ones
        .iter()
        .map(|b| (src[b.source.start].chars, tgt[b.target.start].chars))
        .fold((0.0, 0.0), |a, x| (a.0 + x.0, a.1 + x.1));
    model.ratio = blend(tsum, lsum);
    let mut dev: Vec<f64> = ones
        .iter()
        .map(|b| {
            let l = src[b.source.start].chars.max(1.0);
            let d = tgt[b.target.start].chars - model.ratio * l;
            d * d / l
        })
        .collect();
    if dev.len() >= 5 {
        dev.sort_by(f64::total_cmp);
        // The median of a χ²(1) variable is 0.455.
        let med = dev[dev.len() / 2] / 0.455;
        let w = dev.len() as f64 / (dev.len() as f64 + 10.0);
        model.variance = (w * med + (1.0 - w) * base.variance).clamp(2.0, 40.0);
    }
    let mut acc = [[0usize; 2]; 4];
    for b in &ones {
        let s = &src[b.source.start];
        let t = &tgt[b.target.start];
        let (fk, fu) = s.matched_in(t);
        let (rk, ru) = t.matched_in(s);
        let (sk, su) = s.counts();
        let (tk, tu) = t.counts();
        for (slot, (k, n)) in [(fk, sk), (fu, su), (rk, tk), (ru, tu)]
            .into_iter()
            .enumerate()
        {
            acc[slot][0] += k;
            acc[slot][1] += n;
        }
    }
    let smooth = |k: usize, n: usize, prior: Rates| -> Rates {
        const A: f64 = 40.0;
        let p1 = (k as f64 + A * prior.p1) / (n as f64 + A);
        Rates {
            p1: p1.clamp(prior.p0 + 0.05, 0.97),
            p0: prior.p0,
        }
    };
    model.fwd.known = smooth(acc[0][0], acc[0][1], model.fwd.known);
    model.fwd.other = smooth(acc[1][0], acc[1][1], model.fwd.other);
    model.rev.known = smooth(acc[2][0], acc[2][1], model.rev.known);
    model.rev.other = smooth(acc[3][0], acc[3][1], model.rev.other);
    model
}

fn set_averages(model: &mut Model, src: &[UnitFeatures], tgt: &[UnitFeatures]) {
    let avg = |u: &[UnitFeatures]| {
        u.iter().map(UnitFeatures::len).sum::<usize>() as f64 / u.len().max(1) as f64
    };
    model.avg_source_tokens = avg(src).max(1.0);
    model.avg_target_tokens = avg(tgt).max(1.0);
}

/// Chance match rates, measured on pairs of units far from the diagonal.
fn chance_rates(
    a: &[UnitFeatures],
    b: &[UnitFeatures],
    prior: ClassRates,
    _forward: bool,
) -> ClassRates {
    let n = a.len();
    let m = b.len();
    let mut acc = [[0usize; 2]; 2];
    if n >= 4 && m >= 4 {
        let samples = 400.min(n * 4);
        for s in 0..samples {
            let i = s * n / samples;
            // Half a document away from where i should be.
            let j = ((i * m) / n + m / 2) % m;
            let (k, u) = a[i].matched_in(&b[j]);
            let (nk, nu) = a[i].counts();
            acc[0][0] += k;
            acc[0][1] += nk;
            acc[1][0] += u;
            acc[1][1] += nu;
        }
    }
    let smooth = |k: usize, n: usize, p: Rates| {
        const A: f64 = 100.0;
        let p0 = ((k as f64 + A * p.p0) / (n as f64 + A)).clamp(0.005, 0.4);
        Rates {
            p1: p.p1.max(p0 + 0.05),
            p0,
        }
    };
    ClassRates {
        known: smooth(acc[0][0], acc[0][1], prior.known),
        other: smooth(acc[1][0], acc[1][1], prior.other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_splits_only_where_no_sentence_crosses() {
        // Two source paragraphs of two sentences, two target paragraphs of one.
        let p = Prepared {
            src_sent: Vec::new(),
            tgt_sent: Vec::new(),
            sidx: SentenceIndex::new([2, 2].into_iter()),
            tidx: SentenceIndex::new([1, 1].into_iter()),
            src_par: Vec::new(),
            tgt_par: Vec::new(),
        };
        let bead = |s: Range<usize>, t: Range<usize>| Bead {
            source: s,
            target: t,
            evidence: 1.0,
            confidence: 1.0,
        };
        let group = bead(0..2, 0..2);
        // Paragraph 0 keeps one sentence, paragraph 1 its second: two 1-1 groups.
        let apart = [
            bead(0..1, 0..1),
            bead(1..2, 1..1),
            bead(2..3, 1..1),
            bead(3..4, 1..2),
        ];
        assert_eq!(find_cut(&group, &apart, &p), Some((1, 1, 2)));
        // A sentence of paragraph 1 rendered in target paragraph 0: no cut.
        let across = [
            bead(0..1, 0..1),
            bead(1..2, 1..1),
            bead(2..3, 0..1),
            bead(3..4, 1..2),
        ];
        assert_eq!(find_cut(&group, &across, &p), None);
        // A part whose sentences are all skips is not a paragraph pair.
        let dropped = [
            bead(0..2, 0..1),
            bead(2..3, 1..1),
            bead(3..4, 1..1),
            bead(4..4, 1..2),
        ];
        assert_eq!(find_cut(&group, &dropped, &p), None);
    }

    #[test]
    fn sentence_index_locates() {
        let idx = SentenceIndex::new([2, 0, 3].into_iter());
        assert_eq!(idx.locate(0), (0, 0));
        assert_eq!(idx.locate(1), (0, 1));
        assert_eq!(idx.locate(2), (2, 0));
        assert_eq!(idx.locate(4), (2, 2));
        assert_eq!(idx.range(&(1..3)), 2..5);
    }
}
