//! The evaluation harness: measures alignment and detection quality on real data that
//! nobody on the project wrote (`../shared/data`, given at run time, never shipped).
//! Run it with `transcheck eval --data DIR`; `docs/evaluation.md` records the figures.

pub mod align_eval;
pub mod data;
pub mod fluency;
pub mod perturb;
pub mod rng;

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
}

/// Runs the alignment evaluation on every WMT set; returns a Markdown table.
pub fn alignment_report(data: &Path, opts: &EvalOptions) -> Result<String> {
    let pair = LanguagePair::ru_en();
    let model = tuned_model(Model::default());
    let mut out = String::new();
    writeln!(out, "| set | level | translation | docs | src units | planted del/ins(foreign)/merge/split | link P | link R | link F1 | omission P | omission R | addition P | addition R | align time |").unwrap();
    writeln!(
        out,
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
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
        "| {set} | {lvl} | {tr} | {} | {} | {}/{}({})/{}/{} | {:.4} | {:.4} | {:.4} | {:.3} | {:.3} | {:.3} | {:.3} | {:.2}s |",
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
