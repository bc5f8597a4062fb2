//! The evaluation harness: measures alignment and detection quality on real data that
//! nobody on the project wrote (`../shared/data`, given at run time, never shipped).
//! Run it with `transcheck eval --data DIR`; `docs/evaluation.md` records the figures.

pub mod accuracy_eval;
pub mod align_eval;
pub mod checks_eval;
pub mod consensus;
pub mod da_ceiling;
pub mod data;
pub mod fluency;
pub mod mlqe_transfer;
pub mod perturb;
pub mod rng;
pub mod scale_eval;

use crate::align::Model;
use crate::error::Result;
use crate::lang::LanguagePair;
use align_eval::{eval_set, AlignScores, Level};
use std::fmt::Write;
use std::path::Path;

/// Options of `transcheck eval`.
#[derive(Debug, Clone)]
pub struct EvalOptions {
    pub seed: u64,
    /// Share of units perturbed.
    pub rate: f64,
    /// Evaluate every MT system, not only the reference and the weakest/strongest.
    pub all_systems: bool,
    /// External dictionaries added to the lexicon (`--dict`).
    pub dict: Vec<std::path::PathBuf>,
}

impl EvalOptions {
    /// The Russian→English pair, with the `--dict` dictionaries if any.
    pub fn pair(&self) -> Result<&'static LanguagePair> {
        LanguagePair::ru_en().with_dictionaries(&self.dict)
    }
}

/// Runs the alignment evaluation on every WMT set; returns a Markdown table.
pub fn alignment_report(data: &Path, opts: &EvalOptions) -> Result<String> {
    let pair = opts.pair()?;
    let model = tuned_model(Model::default());
    let mut out = String::new();
    writeln!(out, "| set | level | translation | docs | src units | planted del/ins(foreign)/merge/split | link P | link R | link F1 | omission P | omission R | addition P | addition R | set aside | all units: omission P/R, addition P/R | errors only (confidence ≥ 0.6): omission P/R, addition P/R | align time |").unwrap();
    writeln!(
        out,
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    .unwrap();
    let only = std::env::var("TRANSCHECK_EVAL_SETS").unwrap_or_default();
    for set in data::WMT_SETS {
        if !only.is_empty() && !only.split(',').any(|o| set.contains(o)) {
            continue;
        }
        let docs = data::load_wmt(data, set)?;
        let systems = data::ranked_systems(data, set)?;
        let mut translations: Vec<Option<String>> = vec![None];
        if opts.all_systems {
            translations.extend(systems.iter().cloned().map(Some));
        } else if let Some(last) = systems.last() {
            // Systems come best first: the last one is the weakest.
            translations.push(Some(last.clone()));
        }
        for level in [Level::Paragraph, Level::Sentence] {
            for tr in &translations {
                let s = eval_set(
                    pair,
                    &docs,
                    level,
                    tr.as_deref(),
                    opts.seed,
                    opts.rate,
                    &model,
                );
                row(
                    &mut out,
                    set,
                    level,
                    tr.as_deref().unwrap_or("reference"),
                    &s,
                );
            }
        }
    }
    Ok(out)
}

fn row(out: &mut String, set: &str, level: Level, tr: &str, s: &AlignScores) {
    let lvl = match level {
        Level::Paragraph => "paragraph",
        Level::Sentence => "sentence",
    };
    writeln!(
        out,
        "| {set} | {lvl} | {tr} | {} | {} | {}/{}({})/{}/{} | {:.4} | {:.4} | {:.4} | {:.4} | {:.4} | {:.4} | {:.4} | {} | {:.3}/{:.3}, {:.3}/{:.3} | {:.3}/{:.3}, {:.3}/{:.3} | {:.2}s |",
        s.docs,
        s.source_units,
        s.planted.deleted,
        s.planted.inserted,
        s.planted.foreign,
        s.planted.merged,
        s.planted.split,
        s.links.precision(),
        s.links.recall(),
        s.links.f1(),
        s.omissions.precision(),
        s.omissions.recall(),
        s.additions.precision(),
        s.additions.recall(),
        s.set_aside,
        s.omissions_raw.precision(),
        s.omissions_raw.recall(),
        s.additions_raw.precision(),
        s.additions_raw.recall(),
        s.omission_errors.precision(),
        s.omission_errors.recall(),
        s.addition_errors.precision(),
        s.addition_errors.recall(),
        s.time.as_secs_f64()
    )
    .unwrap();
}

/// Applies `TRANSCHECK_MODEL="skip=-4,merge=-2.5,..."` overrides, for tuning runs.
pub fn tuned_model(mut m: Model) -> Model {
    if let Ok(spec) = std::env::var("TRANSCHECK_MODEL") {
        for kv in spec.split(',') {
            let Some((k, v)) = kv.split_once('=') else {
                continue;
            };
            let Ok(v) = v.trim().parse::<f64>() else {
                continue;
            };
            match k.trim() {
                "skip" => m.skip_prior = v,
                "merge" => m.merge_prior = v,
                "wide" => m.wide_prior = v,
                "lex" => m.lexical_weight = v,
                "len" => m.length_weight = v,
                "spread" => m.unrelated_spread = v,
                "var" => m.variance = v,
                "temper" => m.temper = v,
                "floor" => m.length_floor = v,
                "partial" => m.partial = v,
                _ => {}
            }
        }
    }
    m
}

/// False alarms of the checks on unperturbed documents: the reference and the best and
/// weakest systems of every WMT set. Returns a Markdown table.
pub fn checks_report(data: &Path, opts: &EvalOptions) -> Result<String> {
    let pair = opts.pair()?;
    let debug = std::env::var_os("TRANSCHECK_EVAL_DEBUG").is_some();
    let only = std::env::var("TRANSCHECK_EVAL_SETS").unwrap_or_default();
    let mut out = String::new();
    writeln!(out, "| set | translation | docs | paragraphs | sentences | errors /100 paragraphs | errors /100 sentences | warnings /100 sentences | error findings by rule | warnings by rule |").unwrap();
    writeln!(out, "|---|---|---|---|---|---|---|---|---|---|").unwrap();
    for set in data::WMT_SETS {
        if !only.is_empty() && !only.split(',').any(|o| set.contains(o)) {
            continue;
        }
        let docs = data::load_wmt(data, set)?;
        let systems = data::ranked_systems(data, set)?;
        let mut translations: Vec<Option<String>> = vec![None];
        translations.extend(systems.first().cloned().map(Some));
        translations.extend(systems.last().cloned().map(Some));
        for tr in translations {
            // TRANSCHECK_EVAL_DEBUG_MT: also print the systems' findings.
            let show = tr.is_none() || std::env::var_os("TRANSCHECK_EVAL_DEBUG_MT").is_some();
            let fa = checks_eval::false_alarms(pair, &docs, tr.as_deref(), debug && show);
            let per = |n: usize, d: usize| 100.0 * n as f64 / d.max(1) as f64;
            let by_rule = fa
                .errors_by_rule
                .iter()
                .map(|(r, n)| format!("{r} {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            let warn_rules = fa
                .warnings_by_rule
                .iter()
                .map(|(r, n)| format!("{r} {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            writeln!(
                out,
                "| {set} | {} | {} | {} | {} | {:.2} | {:.2} | {:.2} | {} | {} |",
                tr.as_deref().unwrap_or("reference"),
                fa.docs,
                fa.paragraphs,
                fa.sentences,
                per(fa.errors, fa.paragraphs),
                per(fa.errors, fa.sentences),
                per(fa.warnings, fa.sentences),
                if by_rule.is_empty() {
                    "—".to_string()
                } else {
                    by_rule
                },
                if warn_rules.is_empty() {
                    "—".to_string()
                } else {
                    warn_rules
                }
            )
            .unwrap();
        }
    }
    Ok(out)
}

/// Recall of the number and name checks on defects planted into WMT references.
pub fn accuracy_report(data: &Path, opts: &EvalOptions) -> Result<String> {
    let pair = opts.pair()?;
    let only = std::env::var("TRANSCHECK_EVAL_SETS").unwrap_or_default();
    let mut out = String::new();
    let mut total: std::collections::BTreeMap<&str, accuracy_eval::Recall> = Default::default();
    writeln!(
        out,
        "| set | defect | planted | found | recall | found at error level | pointing at the planted word |"
    )
    .unwrap();
    writeln!(out, "|---|---|---|---|---|---|---|").unwrap();
    for set in data::WMT_SETS {
        if !only.is_empty() && !only.split(',').any(|o| set.contains(o)) {
            continue;
        }
        let docs = data::load_wmt(data, set)?;
        let r = accuracy_eval::recall(pair, &docs, opts.seed);
        for (kind, _) in accuracy_eval::KINDS {
            let x = r.get(kind).copied().unwrap_or_default();
            let t = total.entry(kind).or_default();
            t.planted += x.planted;
            t.found += x.found;
            t.found_error += x.found_error;
            t.found_at_target += x.found_at_target;
            writeln!(
                out,
                "| {set} | {kind} | {} | {} | {:.3} | {} | {} |",
                x.planted,
                x.found,
                x.found as f64 / x.planted.max(1) as f64,
                x.found_error,
                at_target(&x)
            )
            .unwrap();
        }
    }
    for (kind, _) in accuracy_eval::KINDS {
        let x = total.get(kind).copied().unwrap_or_default();
        writeln!(
            out,
            "| all | {kind} | {} | {} | {:.3} | {} | {} |",
            x.planted,
            x.found,
            x.found as f64 / x.planted.max(1) as f64,
            x.found_error,
            at_target(&x)
        )
        .unwrap();
    }
    Ok(out)
}

/// The "pointing at the planted word" cell: only planted replacements have a word to
/// point at (a removal or a number change is found where it is or not at all).
fn at_target(x: &accuracy_eval::Recall) -> String {
    if x.found_at_target == 0 && x.found > 0 {
        "–".into()
    } else {
        x.found_at_target.to_string()
    }
}

/// Time, peak memory and accuracy of aligning long documents (1k, 10k, 50k sentences).
pub fn scale_report(data: &Path, opts: &EvalOptions) -> Result<String> {
    let mut out = String::new();
    writeln!(out, "| sentences | paragraphs | align time (wall) | CPU time | peak memory (process) | link P | link R | link F1 |").unwrap();
    writeln!(out, "|---|---|---|---|---|---|---|---|").unwrap();
    let sizes: Vec<usize> = std::env::var("TRANSCHECK_SCALE_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 50_000]);
    for r in scale_eval::run(data, &sizes, opts.seed)? {
        writeln!(
            out,
            "| {} | {} | {:.2}s | {} | {} | {:.4} | {:.4} | {:.4} |",
            r.sentences,
            r.paragraphs,
            r.time.as_secs_f64(),
            r.cpu
                .map_or("n/a".to_string(), |c| format!("{:.2}s", c.as_secs_f64())),
            r.peak_mib
                .map_or("n/a".to_string(), |m| format!("{m:.0} MiB")),
            r.links.precision(),
            r.links.recall(),
            r.links.f1()
        )
        .unwrap();
    }
    Ok(out)
}
