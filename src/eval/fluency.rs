//! Evaluation of the fluency rules (`transcheck eval --data DIR --task fluency`):
//!
//! * agreement with post-editors on MLQE-PE: token precision (share of MT tokens inside
//!   flagged spans that the post-editor changed, `mt_word_tags` BAD), the base rate (share
//!   of all MT tokens BAD) and flags per 100 MT sentences;
//! * agreement with human scores on WMT21/WMT22: mean DA z of segments with a fluency
//!   flag against segments without, per system;
//! * false alarms on the human reference translations of WMT21–23: warnings (and infos)
//!   per 100 reference segments.
//!
//! Segments are gold-aligned, so each one is checked as a group on its own
//! ([`crate::checks::fluency::check_texts`]), without the aligner.

use super::data::load_mlqe;
use crate::checks::fluency::{check_texts, Flag, FluencyOptions};
use crate::error::{Error, Result};
use crate::lang::LanguagePair;
use crate::rules::Severity;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write;
use std::path::Path;

/// Options of the fluency evaluation.
#[derive(Debug, Clone)]
pub struct FluencyEvalOptions {
    /// MLQE-PE splits to score ("train", "dev", "test20").
    pub splits: Vec<String>,
    /// Print per-entry tables and examples of every flag on references.
    pub verbose: bool,
    /// Extra phrasebook packs to measure (their examples are not run, so candidate
    /// entries can be tried before they have tests).
    pub packs: Vec<std::path::PathBuf>,
    /// Measure the built-in packs too.
    pub builtin: bool,
}

impl Default for FluencyEvalOptions {
    fn default() -> Self {
        FluencyEvalOptions {
            splits: vec!["dev".into()],
            verbose: false,
            packs: Vec::new(),
            builtin: true,
        }
    }
}

/// Counts of one rule or entry on MLQE.
#[derive(Debug, Default, Clone)]
pub struct TokenScore {
    pub flags: usize,
    pub tokens: usize,
    pub bad: usize,
}

impl TokenScore {
    pub fn precision(&self) -> f64 {
        if self.tokens == 0 {
            0.0
        } else {
            self.bad as f64 / self.tokens as f64
        }
    }
}

/// The MLQE-PE figures.
#[derive(Debug, Default)]
pub struct MlqeScores {
    pub sentences: usize,
    pub tokens: usize,
    pub bad_tokens: usize,
    /// Over the union of flagged tokens of each sentence.
    pub all: TokenScore,
    /// Only warnings (what a default run shows as a warning).
    pub warnings: TokenScore,
    pub flagged_sentences: usize,
    pub by_rule: BTreeMap<String, TokenScore>,
    pub by_entry: BTreeMap<String, TokenScore>,
}

impl MlqeScores {
    pub fn base_rate(&self) -> f64 {
        self.bad_tokens as f64 / self.tokens.max(1) as f64
    }
    pub fn flags_per_100(&self) -> f64 {
        100.0 * self.all.flags as f64 / self.sentences.max(1) as f64
    }
}

fn key(f: &Flag) -> String {
    match &f.entry {
        Some(e) => format!("{}/{}", f.rule.name, e),
        None => f.rule.name.to_string(),
    }
}

/// MT token indices covered by a byte range of the MT text (tokens are found in order).
fn token_spans(mt: &str, toks: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::with_capacity(toks.len());
    let mut cursor = 0;
    for t in toks {
        match mt[cursor..].find(t.as_str()) {
            Some(i) => {
                let a = cursor + i;
                out.push(a..a + t.len());
                cursor = a + t.len();
            }
            // Not found (should not happen): an empty range never overlaps.
            None => out.push(cursor..cursor),
        }
    }
    out
}

/// Where MLQE-PE's post-edits are, and whether word patterns learnt on train hold on
/// dev (see [`super::mlqe_transfer`]); test20 is not read.
fn transfer_section(data: &Path, out: &mut String) -> Result<()> {
    use super::mlqe_transfer::{by_source, transfer};
    let train = load_mlqe(data, "train")?;
    let dev = load_mlqe(data, "dev")?;
    writeln!(
        out,
        "\n### MLQE-PE: where the post-edits are, and whether word patterns transfer (train → dev)\n"
    )
    .unwrap();
    writeln!(
        out,
        "| split | sayings (Wikiquote): sentences / BAD rate | Reddit: sentences / BAD rate |"
    )
    .unwrap();
    writeln!(out, "|---|---|---|").unwrap();
    for (name, rows) in [("train", &train), ("dev", &dev)] {
        let (s, r) = by_source(rows);
        writeln!(
            out,
            "| {name} | {} / {:.3} | {} / {:.3} |",
            s.sentences,
            s.rate(),
            r.sentences,
            r.rate()
        )
        .unwrap();
    }
    writeln!(
        out,
        "\n| aligned (Russian stem, English word) pairs learnt on train | patterns | train: tokens / BAD rate | dev: tokens / BAD rate |"
    )
    .unwrap();
    writeln!(out, "|---|---|---|---|").unwrap();
    for (min_count, min_rate) in [(4, 0.7), (8, 0.5)] {
        let t = transfer(&train, &dev, min_count, min_rate);
        writeln!(
            out,
            "| seen ≥ {min_count} times, changed in ≥ {:.0}% | {} | {} / {:.3} | {} / {:.3} |",
            min_rate * 100.0,
            t.patterns,
            t.learnt.tokens,
            t.learnt.rate(),
            t.held_out.tokens,
            t.held_out.rate()
        )
        .unwrap();
    }
    Ok(())
}

/// Scores the fluency rules on MLQE-PE splits.
pub fn mlqe(data: &Path, splits: &[String], opts: &FluencyOptions) -> Result<MlqeScores> {
    let pair = LanguagePair::ru_en();
    let mut s = MlqeScores::default();
    for split in splits {
        for row in load_mlqe(data, split)? {
            s.sentences += 1;
            s.tokens += row.bad.len();
            s.bad_tokens += row.bad.iter().filter(|b| **b).count();
            let spans = token_spans(&row.mt, &row.mt_tok);
            let flags = check_texts(&row.src, &row.mt, pair, opts);
            if !flags.is_empty() {
                s.flagged_sentences += 1;
            }
            let covered = |r: &std::ops::Range<usize>| -> Vec<usize> {
                spans
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.start < r.end && r.start < t.end)
                    .map(|(i, _)| i)
                    .collect()
            };
            let mut union: HashSet<usize> = HashSet::new();
            let mut union_warn: HashSet<usize> = HashSet::new();
            for f in &flags {
                let toks = covered(&f.target.1);
                let bad = toks.iter().filter(|&&i| row.bad[i]).count();
                for m in [
                    s.by_rule.entry(f.rule.name.to_string()).or_default(),
                    s.by_entry.entry(key(f)).or_default(),
                ] {
                    m.flags += 1;
                    m.tokens += toks.len();
                    m.bad += bad;
                }
                s.all.flags += 1;
                union.extend(toks.iter().copied());
                if f.severity >= Severity::Warning {
                    s.warnings.flags += 1;
                    union_warn.extend(toks.iter().copied());
                }
            }
            if std::env::var_os("TRANSCHECK_EVAL_DEBUG").is_some() {
                // One line per flagged row: split, row, flagged MT token indices, entries.
                let mut idx: Vec<usize> = union.iter().copied().collect();
                idx.sort_unstable();
                let keys: Vec<String> = flags.iter().map(key).collect();
                eprintln!("{split}\t{}\t{idx:?}\t{}", s.sentences - 1, keys.join(" "));
            }
            s.all.tokens += union.len();
            s.all.bad += union.iter().filter(|&&i| row.bad[i]).count();
            s.warnings.tokens += union_warn.len();
            s.warnings.bad += union_warn.iter().filter(|&&i| row.bad[i]).count();
        }
    }
    Ok(s)
}

/// The parts of a WMT document this evaluation reads.
#[derive(Deserialize)]
struct Doc {
    doc_id: String,
    segments_src: Vec<Vec<String>>,
    segments_ref: Vec<Vec<String>>,
    #[serde(default, rename = "segments_ref_B")]
    segments_ref_b: Vec<Vec<String>>,
    segments_mt: BTreeMap<String, Vec<Vec<String>>>,
}

fn load_docs(data: &Path, set: &str) -> Result<Vec<Doc>> {
    super::data::load_docs_jsonl(data, set)
}

/// DA z per (system, doc, paragraph, segment).
fn load_da(data: &Path, set: &str) -> Result<HashMap<(String, String, usize, usize), f64>> {
    let tsv = super::data::Tsv::read(data.join(set).join("da_seg_scores.ru-en.tsv"))?;
    let [sys, doc, p, s, z] = tsv.columns([
        "system",
        "doc_id",
        "para_idx",
        "seg_idx_in_para",
        "da_z_mean",
    ])?;
    let mut out = HashMap::new();
    for f in tsv.rows() {
        let get = |i: usize| f.get(i).copied().unwrap_or("");
        if let (Ok(pi), Ok(si), Ok(zv)) = (
            get(p).parse::<usize>(),
            get(s).parse::<usize>(),
            get(z).parse::<f64>(),
        ) {
            out.insert((get(sys).to_string(), get(doc).to_string(), pi, si), zv);
        }
    }
    Ok(out)
}

/// Mean DA z of flagged and unflagged segments of one system.
#[derive(Debug, Default, Clone)]
pub struct DaSplit {
    pub flagged: usize,
    pub flagged_z: f64,
    pub unflagged: usize,
    pub unflagged_z: f64,
    pub segments: usize,
    pub flags: usize,
    /// Flags by rule/entry (all segments, scored or not).
    pub by_entry: BTreeMap<String, usize>,
    /// Scored segments flagged by each rule/entry, and the sum of their DA z.
    pub z_by_entry: BTreeMap<String, (usize, f64)>,
    /// Up to three (flagged text, segment) examples per rule/entry.
    pub examples: BTreeMap<String, Vec<(String, String)>>,
    /// (chrF against the reference, DA z) of each scored segment, for the oracle ceiling.
    pub chrf_z: Vec<(f64, f64)>,
    /// The same with the chrF of the document's next segment: if DA scores were joined
    /// to the wrong segments, this would correlate better.
    pub chrf_z_next: Vec<(f64, f64)>,
}

impl DaSplit {
    pub fn mean_flagged(&self) -> f64 {
        self.flagged_z / self.flagged.max(1) as f64
    }
    pub fn mean_unflagged(&self) -> f64 {
        self.unflagged_z / self.unflagged.max(1) as f64
    }
}

/// Flags of each segment of a translation (`None`: the reference, `Some("B")`: reference B).
fn segment_flags(
    docs: &[Doc],
    which: Option<&str>,
    opts: &FluencyOptions,
) -> Vec<(String, usize, usize, Vec<Flag>, String)> {
    let pair = LanguagePair::ru_en();
    let mut out = Vec::new();
    for d in docs {
        let tr: &Vec<Vec<String>> = match which {
            None => &d.segments_ref,
            Some("B") => &d.segments_ref_b,
            Some(sys) => match d.segments_mt.get(sys) {
                Some(t) => t,
                None => continue,
            },
        };
        for (p, (ps, pt)) in d.segments_src.iter().zip(tr).enumerate() {
            for (s, (src, tgt)) in ps.iter().zip(pt).enumerate() {
                if tgt.trim().is_empty() || src.trim().is_empty() {
                    continue;
                }
                let flags = check_texts(src, tgt, pair, opts);
                out.push((d.doc_id.clone(), p, s, flags, tgt.clone()));
            }
        }
    }
    out
}

/// The translation and reference of the segment after (p, s) in a document.
fn next_segment<'a>(
    d: &'a Doc,
    which: Option<&str>,
    p: usize,
    s: usize,
) -> Option<(&'a String, &'a String)> {
    let tr = match which {
        None => &d.segments_ref,
        Some("B") => &d.segments_ref_b,
        Some(sys) => d.segments_mt.get(sys)?,
    };
    let (np, ns) = if s + 1 < d.segments_ref.get(p)?.len() {
        (p, s + 1)
    } else {
        (p + 1, 0)
    };
    Some((tr.get(np)?.get(ns)?, d.segments_ref.get(np)?.get(ns)?))
}

/// DA z of flagged against unflagged segments, per system, on a WMT set with DA scores.
pub fn da(data: &Path, set: &str, opts: &FluencyOptions) -> Result<Vec<(String, DaSplit)>> {
    let docs = load_docs(data, set)?;
    let da = load_da(data, set)?;
    let mut systems: Vec<String> = super::data::ranked_systems(data, set)?;
    systems.retain(|s| docs.iter().any(|d| d.segments_mt.contains_key(s)));
    let by_id: HashMap<&str, &Doc> = docs.iter().map(|d| (d.doc_id.as_str(), d)).collect();
    let mut out = Vec::new();
    let mut runs: Vec<(String, Option<String>)> = systems
        .iter()
        .map(|s| (s.clone(), Some(s.clone())))
        .collect();
    if docs.iter().any(|d| !d.segments_ref_b.is_empty())
        && da.keys().any(|(s, _, _, _)| s == "HUMAN")
    {
        runs.push(("HUMAN".into(), Some("B".into())));
    }
    for (label, which) in runs {
        let mut split = DaSplit::default();
        for (doc, p, s, flags, text) in segment_flags(&docs, which.as_deref(), opts) {
            for f in &flags {
                *split.by_entry.entry(key(f)).or_default() += 1;
                let ex = split.examples.entry(key(f)).or_default();
                if ex.len() < 3 {
                    ex.push((
                        text.get(f.target.1.clone()).unwrap_or("").to_string(),
                        text.clone(),
                    ));
                }
            }
            let reference = by_id
                .get(doc.as_str())
                .and_then(|d| d.segments_ref.get(p))
                .and_then(|ps| ps.get(s));
            let Some(z) = da.get(&(label.clone(), doc.clone(), p, s)) else {
                continue;
            };
            if let Some(reference) = reference {
                split
                    .chrf_z
                    .push((super::da_ceiling::chrf(&text, reference), *z));
            }
            if let Some((hyp, reference)) = by_id
                .get(doc.as_str())
                .and_then(|d| next_segment(d, which.as_deref(), p, s))
            {
                split
                    .chrf_z_next
                    .push((super::da_ceiling::chrf(hyp, reference), *z));
            }
            let mut keys: Vec<String> = flags.iter().map(key).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let e = split.z_by_entry.entry(k).or_default();
                e.0 += 1;
                e.1 += z;
            }
            split.segments += 1;
            split.flags += flags.len();
            if flags.is_empty() {
                split.unflagged += 1;
                split.unflagged_z += z;
            } else {
                split.flagged += 1;
                split.flagged_z += z;
            }
        }
        out.push((label, split));
    }
    Ok(out)
}

/// Findings on the human references of a WMT set.
#[derive(Debug, Default)]
pub struct RefScores {
    pub segments: usize,
    pub warnings: usize,
    pub infos: usize,
    pub by_rule: BTreeMap<String, usize>,
    pub by_entry: BTreeMap<String, usize>,
    /// (flag key, flagged text, segment) for the verbose listing.
    pub examples: Vec<(String, String, String)>,
}

pub fn references(data: &Path, set: &str, opts: &FluencyOptions) -> Result<RefScores> {
    let docs = load_docs(data, set)?;
    let mut r = RefScores::default();
    for (_, _, _, flags, text) in segment_flags(&docs, None, opts) {
        r.segments += 1;
        for f in flags {
            if f.severity >= Severity::Warning {
                r.warnings += 1;
            } else {
                r.infos += 1;
            }
            *r.by_rule.entry(f.rule.name.to_string()).or_default() += 1;
            *r.by_entry.entry(key(&f)).or_default() += 1;
            r.examples.push((
                key(&f),
                text.get(f.target.1.clone()).unwrap_or("").to_string(),
                text.clone(),
            ));
        }
    }
    Ok(r)
}

/// Runs the whole fluency evaluation; returns a Markdown report.
pub fn report(data: &Path, eval: &FluencyEvalOptions) -> Result<String> {
    let mut opts = FluencyOptions {
        builtin: eval.builtin,
        ..FluencyOptions::default()
    };
    let pair = LanguagePair::ru_en();
    for path in &eval.packs {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read {
            path: path.clone(),
            message: e.to_string(),
        })?;
        let name = path
            .file_stem()
            .map_or("pack".into(), |s| s.to_string_lossy().to_string());
        let book = crate::checks::fluency::phrasebook::parse_pack(&text, &name, pair).map_err(
            |message| Error::Format {
                path: path.clone(),
                message,
            },
        )?;
        opts.packs.push(std::sync::Arc::new(book));
    }
    let mut out = String::new();
    let m = mlqe(data, &eval.splits, &opts)?;
    let splits = eval.splits.join("+");
    writeln!(
        out,
        "### MLQE-PE ru-en ({splits}): agreement with post-editors\n"
    )
    .unwrap();
    writeln!(
        out,
        "| sentences | MT tokens | base rate (BAD) | flags | flags / 100 sent. | flagged sentences | flagged tokens | token precision | warnings only: flags / precision |"
    )
    .unwrap();
    writeln!(out, "|---|---|---|---|---|---|---|---|---|").unwrap();
    writeln!(
        out,
        "| {} | {} | {:.3} | {} | {:.1} | {} | {} | **{:.3}** | {} / {:.3} |\n",
        m.sentences,
        m.tokens,
        m.base_rate(),
        m.all.flags,
        m.flags_per_100(),
        m.flagged_sentences,
        m.all.tokens,
        m.all.precision(),
        m.warnings.flags,
        m.warnings.precision()
    )
    .unwrap();
    writeln!(out, "| rule | flags | tokens | token precision |").unwrap();
    writeln!(out, "|---|---|---|---|").unwrap();
    for (k, v) in &m.by_rule {
        writeln!(
            out,
            "| {k} | {} | {} | {:.3} |",
            v.flags,
            v.tokens,
            v.precision()
        )
        .unwrap();
    }

    transfer_section(data, &mut out)?;

    writeln!(
        out,
        "\n### WMT DA: mean DA z of segments with a fluency flag vs without\n"
    )
    .unwrap();
    writeln!(
        out,
        "| set | system | scored segments | flags | flagged segments | mean z flagged | mean z unflagged | difference |"
    )
    .unwrap();
    writeln!(out, "|---|---|---|---|---|---|---|---|").unwrap();
    let mut mt_by_entry: BTreeMap<String, usize> = BTreeMap::new();
    let mut z_by_entry: BTreeMap<String, (usize, f64)> = BTreeMap::new();
    let mut mt_examples: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut mt_segments = 0;
    let mut unflagged = (0usize, 0f64);
    let mut join_checks: Vec<String> = Vec::new();
    for set in ["wmt21-news-ru-en", "wmt22-general-ru-en"] {
        let mut pooled = DaSplit::default();
        for (sys, d) in da(data, set, &opts)? {
            if sys != "HUMAN" {
                mt_segments += d.segments;
                for (k, v) in &d.by_entry {
                    *mt_by_entry.entry(k.clone()).or_default() += v;
                }
                for (k, ex) in &d.examples {
                    let e = mt_examples.entry(k.clone()).or_default();
                    for x in ex {
                        if e.len() < 3 {
                            e.push(x.clone());
                        }
                    }
                }
                for (k, (n, z)) in &d.z_by_entry {
                    let e = z_by_entry.entry(k.clone()).or_default();
                    e.0 += n;
                    e.1 += z;
                }
                unflagged.0 += d.unflagged;
                unflagged.1 += d.unflagged_z;
            }
            writeln!(
                out,
                "| {set} | {sys} | {} | {} | {} | {:.3} | {:.3} | {:+.3} |",
                d.segments,
                d.flags,
                d.flagged,
                d.mean_flagged(),
                d.mean_unflagged(),
                d.mean_flagged() - d.mean_unflagged()
            )
            .unwrap();
            if sys != "HUMAN" {
                pooled.segments += d.segments;
                pooled.flags += d.flags;
                pooled.flagged += d.flagged;
                pooled.flagged_z += d.flagged_z;
                pooled.unflagged += d.unflagged;
                pooled.unflagged_z += d.unflagged_z;
                pooled.chrf_z.extend_from_slice(&d.chrf_z);
                pooled.chrf_z_next.extend_from_slice(&d.chrf_z_next);
            }
        }
        writeln!(
            out,
            "| {set} | all MT systems | {} | {} | {} | {:.3} | {:.3} | **{:+.3}** |",
            pooled.segments,
            pooled.flags,
            pooled.flagged,
            pooled.mean_flagged(),
            pooled.mean_unflagged(),
            pooled.mean_flagged() - pooled.mean_unflagged()
        )
        .unwrap();
        join_checks.push(format!(
            "{set}: Pearson chrF~z {:+.3} on the scored segment, {:+.3} on the next segment",
            super::da_ceiling::pearson(&pooled.chrf_z),
            super::da_ceiling::pearson(&pooled.chrf_z_next)
        ));
        let k = pooled.flagged;
        let five_percent = pooled.chrf_z.len() / 20;
        for k in [k, five_percent] {
            if let Some(c) = super::da_ceiling::ceiling(pooled.chrf_z.clone(), k) {
                writeln!(
                    out,
                    "| {set} | oracle: the {k} MT segments with the lowest chrF against the reference (Pearson chrF~z {:+.3}) | {} | – | {} | {:.3} | {:.3} | {:+.3} |",
                    c.pearson,
                    pooled.chrf_z.len(),
                    c.flagged,
                    c.mean_flagged,
                    c.mean_unflagged,
                    c.difference()
                )
                .unwrap();
            }
        }
    }

    // A DA table joined to the wrong segments would show no correlation with chrF on the
    // scored segment but some on a neighbour.
    writeln!(
        out,
        "\nJoin check (MT systems pooled): {}.",
        join_checks.join("; ")
    )
    .unwrap();

    writeln!(out, "\n### False alarms on human reference translations\n").unwrap();
    writeln!(
        out,
        "| set | reference segments | warnings | warnings / 100 | infos | infos / 100 | by rule |"
    )
    .unwrap();
    writeln!(out, "|---|---|---|---|---|---|---|").unwrap();
    let (mut tot_seg, mut tot_warn, mut tot_info) = (0, 0, 0);
    let mut listing = String::new();
    let mut ref_by_entry: BTreeMap<String, usize> = BTreeMap::new();
    for set in super::data::WMT_SETS {
        let r = references(data, set, &opts)?;
        for (k, v) in &r.by_entry {
            *ref_by_entry.entry(k.clone()).or_default() += v;
        }
        tot_seg += r.segments;
        tot_warn += r.warnings;
        tot_info += r.infos;
        let rules: Vec<String> = r.by_rule.iter().map(|(k, v)| format!("{k} {v}")).collect();
        writeln!(
            out,
            "| {set} | {} | {} | {:.2} | {} | {:.2} | {} |",
            r.segments,
            r.warnings,
            100.0 * r.warnings as f64 / r.segments.max(1) as f64,
            r.infos,
            100.0 * r.infos as f64 / r.segments.max(1) as f64,
            rules.join(", ")
        )
        .unwrap();
        if eval.verbose {
            for (k, flagged, seg) in &r.examples {
                writeln!(listing, "- {set} {k}: «{flagged}» in: {seg}").unwrap();
            }
        }
    }
    writeln!(
        out,
        "| all | {tot_seg} | {tot_warn} | **{:.2}** | {tot_info} | {:.2} | |",
        100.0 * tot_warn as f64 / tot_seg.max(1) as f64,
        100.0 * tot_info as f64 / tot_seg.max(1) as f64
    )
    .unwrap();
    if eval.verbose {
        writeln!(
            out,
            "\n### Per rule and entry\n\n| rule/entry | MLQE flags | MLQE tokens | token precision | WMT21+22 MT flags (per 100 of {mt_segments} segments) | DA z of flagged MT segments (unflagged: {:.3}) | WMT21–23 reference flags |",
            unflagged.1 / unflagged.0.max(1) as f64
        )
        .unwrap();
        writeln!(out, "|---|---|---|---|---|---|---|").unwrap();
        let mut keys: Vec<&String> = m
            .by_entry
            .keys()
            .chain(mt_by_entry.keys())
            .chain(ref_by_entry.keys())
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            let v = m.by_entry.get(k).cloned().unwrap_or_default();
            let mt = mt_by_entry.get(k).copied().unwrap_or(0);
            let z = z_by_entry.get(k).map_or("–".to_string(), |(n, z)| {
                format!("{:.3} ({n})", z / (*n).max(1) as f64)
            });
            writeln!(
                out,
                "| {k} | {} | {} | {:.3} | {mt} ({:.2}) | {z} | {} |",
                v.flags,
                v.tokens,
                v.precision(),
                100.0 * mt as f64 / mt_segments.max(1) as f64,
                ref_by_entry.get(k).copied().unwrap_or(0)
            )
            .unwrap();
        }
    }
    if eval.verbose && !mt_examples.is_empty() {
        writeln!(
            out,
            "\nFlags on WMT21/22 system outputs (up to three per rule or entry):\n"
        )
        .unwrap();
        for (k, ex) in &mt_examples {
            for (flagged, seg) in ex {
                writeln!(out, "- {k}: «{flagged}» in: {seg}").unwrap();
            }
        }
    }
    if eval.verbose && !listing.is_empty() {
        writeln!(out, "\nFlags on references:\n\n{listing}").unwrap();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_spans_follow_the_text() {
        let mt = "I don't know, \"he\" said.";
        let toks: Vec<String> = ["I", "don", "'t", "know", ",", "\"", "he", "\"", "said", "."]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let sp = token_spans(mt, &toks);
        assert_eq!(&mt[sp[2].clone()], "'t");
        assert_eq!(&mt[sp[7].clone()], "\"");
        assert_eq!(&mt[sp[9].clone()], ".");
    }

    #[test]
    fn runs_on_the_shared_data_when_present() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
        if !data.join("mlqe-pe-ru-en/dev.tsv").exists() {
            eprintln!("skipping: no evaluation data at {}", data.display());
            return;
        }
        let m = mlqe(&data, &["dev".to_string()], &FluencyOptions::default()).unwrap();
        assert_eq!(m.sentences, 1000);
        assert!(m.base_rate() > 0.05 && m.base_rate() < 0.3);
        assert!(m.all.tokens >= m.all.bad);
    }
}
