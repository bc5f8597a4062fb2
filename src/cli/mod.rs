//! The command line: `check`, `diff`, `align`, `rules`, `explain`, `eval`, `completions`, `man`.
//!
//! `check.rs` runs the check command (one pair, batches, JSON Lines), `batch.rs` finds
//! the document pairs of a batch, `generate.rs` writes shell completions and the man
//! page from these clap definitions.

pub mod batch;
pub mod check;
pub mod generate;

use crate::error::Error;
use crate::input::{self, Document, Format, LoadOptions};
use crate::lang::LanguagePair;
use crate::pipeline::{analyse, AnalysisOptions};
use crate::report;
use crate::rules::{self, RULES};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "transcheck",
    version,
    about = "Checks a translation against its original: aligns a Russian source with its English translation and flags what diverges",
    after_help = "Exit codes: 0 no finding at or above the fail level, 1 findings at or above it, 2 usage or input error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

pub use crate::config::FailOn;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Word diff of every edited unit with the findings fixed and introduced.
    Human,
    /// The versioned diff JSON (docs/output.md).
    Json,
    /// The self-contained HTML report with the edit (docs/report.md).
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Level {
    Paragraph,
    Sentence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlignFormat {
    Tsv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

/// Options shared by the commands that read a document pair.
#[derive(clap::Args, Debug)]
pub struct PairArgs {
    /// The original (Russian) text; or, given alone, a bilingual file (XLIFF, TMX, PO,
    /// two-column TSV) holding both texts, `-` reading it from standard input.
    pub source: PathBuf,
    /// The translation (English); `-` reads it from standard input.
    pub target: Option<PathBuf>,
    /// Read the inputs in this format instead of the one their extension says
    /// (standard input is read in the source's format unless this is given).
    #[arg(long, value_enum, ignore_case = true, value_name = "FORMAT")]
    pub input_format: Option<Format>,
    /// Source and target languages.
    #[arg(long, default_value = "ru-en", value_name = "SRC-TGT")]
    pub pair: String,
    /// Read both files in this encoding instead of detecting it (e.g. windows-1251, koi8-r).
    #[arg(long)]
    pub encoding: Option<String>,
    /// An external bilingual dictionary for the aligner (TSV or dictd); repeatable.
    #[arg(long, value_name = "FILE")]
    pub dict: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Align a translation with its original and report what diverges (one pair, two
    /// folders, a manifest, or JSON Lines).
    Check(check::CheckArgs),
    /// Compare two versions of a translation of the same source (e.g. machine
    /// translation and post-edit): word diff per aligned unit, findings fixed and introduced.
    Diff {
        /// The original (Russian) text.
        source: PathBuf,
        /// The earlier version of the translation.
        before: PathBuf,
        /// The later version of the translation.
        after: PathBuf,
        /// Source and target languages.
        #[arg(long, default_value = "ru-en", value_name = "SRC-TGT")]
        pair: String,
        /// Read the files in this encoding instead of detecting it.
        #[arg(long)]
        encoding: Option<String>,
        /// Read the files in this format instead of the one their extension says.
        #[arg(long, value_enum, ignore_case = true, value_name = "FORMAT")]
        input_format: Option<Format>,
        #[arg(long, value_enum, default_value_t = DiffFormat::Human, ignore_case = true)]
        format: DiffFormat,
        /// Also write the self-contained HTML report to this file.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// Exit 1 when the edit introduced a finding at or above this severity.
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        /// Write the output to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Print the alignment of the two texts.
    Align {
        #[command(flatten)]
        pair: PairArgs,
        #[arg(long, value_enum, default_value_t = Level::Paragraph)]
        level: Level,
        #[arg(long, value_enum, default_value_t = AlignFormat::Tsv)]
        format: AlignFormat,
    },
    /// List every rule.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print a rule's documentation (by id or name).
    Explain { rule: String },
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    #[command(hide = true)]
    Man,
    /// Measure alignment and detection quality on the evaluation data (docs/evaluation.md).
    Eval {
        /// The data folder (`../shared/data` next to the project).
        #[arg(long)]
        data: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Share of units perturbed.
        #[arg(long, default_value_t = 0.1)]
        rate: f64,
        /// Every MT system, not only the reference and the weakest one.
        #[arg(long)]
        all_systems: bool,
        /// What to measure.
        #[arg(long, value_enum, default_value_t = EvalTask::All)]
        task: EvalTask,
        /// An external dictionary added to the lexicon (as `check --dict`).
        #[arg(long, value_name = "FILE")]
        dict: Vec<PathBuf>,
        /// MLQE-PE splits for `--task fluency`, comma-separated (train, dev, test20).
        #[arg(long, default_value = "dev", value_name = "SPLITS")]
        split: String,
        /// With `--task fluency`: per-entry figures and every flag on the references.
        #[arg(long, short)]
        verbose: bool,
        /// With `--task fluency`: also measure this phrasebook pack (repeatable; its
        /// examples are not run).
        #[arg(long, value_name = "TOML")]
        pack: Vec<PathBuf>,
        /// With `--task fluency`: leave the built-in phrasebook out (measure only `--pack`).
        #[arg(long)]
        no_builtin: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalTask {
    /// Alignment accuracy on perturbed documents.
    Align,
    /// False alarms of the checks on unperturbed documents.
    Checks,
    /// Recall of the number and name checks on planted defects.
    Accuracy,
    /// Time and memory of aligning 1k, 10k and 50k sentences (not part of `all`).
    Scale,
    /// The fluency rules against MLQE-PE post-edits, WMT DA scores and references (not
    /// part of `all`).
    Fluency,
    All,
}

pub fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("transcheck: internal error (a bug, please report it): {msg}");
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("transcheck: error: {e}");
            ExitCode::from(2)
        }
    }
}

pub(crate) fn load_pair(
    args: &PairArgs,
) -> Result<(Document, Document, &'static LanguagePair), Error> {
    let (s, t) = args
        .pair
        .split_once('-')
        .ok_or_else(|| Error::Usage(format!("--pair must look like ru-en, not {:?}", args.pair)))?;
    let pair = LanguagePair::by_codes(s, t).ok_or_else(|| {
        Error::Usage(format!(
            "unsupported language pair {:?} (supported: ru-en)",
            args.pair
        ))
    })?;
    let pair = pair.with_dictionaries(&args.dict)?;
    let opts = LoadOptions {
        encoding: args.encoding.clone(),
        format: args.input_format,
    };
    let (src, tgt) = input::load_inputs(&args.source, args.target.as_deref(), pair, &opts)?;
    Ok((src, tgt, pair))
}

/// Loads another version of the translation with the settings of `args`.
pub(crate) fn load_version(
    args: &PairArgs,
    path: &std::path::Path,
    pair: &'static LanguagePair,
) -> Result<Document, Error> {
    if path.as_os_str() == "-" && args.target.as_deref().is_some_and(|t| t.as_os_str() == "-") {
        return Err(Error::Usage(
            "only one translation can be read from standard input (-)".into(),
        ));
    }
    let opts = LoadOptions {
        encoding: args.encoding.clone(),
        format: args.input_format,
    };
    Document::load(path, pair.target, &opts)
}

/// The HTML report of `check`, with the edit from an earlier version when given.
pub(crate) fn html_report(
    analysis: &crate::pipeline::Analysis,
    findings: &[crate::finding::Finding],
    before: Option<&(crate::pipeline::Analysis, Vec<crate::finding::Finding>)>,
    fail_on: Option<crate::rules::Severity>,
) -> Result<String, Error> {
    let opts = report::html::HtmlOptions {
        generated: report::html::generated_now(),
        fail_on,
    };
    match before {
        Some((ba, bf)) => {
            let cmp = report::diff::compare(ba, bf, analysis, findings);
            report::html::render_diff(&cmp, &opts)
        }
        None => report::html::render_check(analysis, findings, &opts),
    }
}

pub(crate) fn write_file(path: &PathBuf, text: &str) -> Result<(), Error> {
    std::fs::write(path, text).map_err(|e| Error::Write {
        path: path.clone(),
        message: e.to_string(),
    })
}

pub(crate) fn use_color(choice: ColorChoice, to_file: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if to_file {
                return false;
            }
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                return false;
            }
            if std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0") {
                return true;
            }
            std::io::stdout().is_terminal() && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

pub(crate) fn write_out(output: Option<&PathBuf>, text: &str) -> Result<(), Error> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| Error::Write {
            path: path.clone(),
            message: e.to_string(),
        }),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
            Ok(())
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Completions { shell } => {
            write_out(None, &generate::completions(shell))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            write_out(None, &generate::man())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff {
            source,
            before,
            after,
            pair,
            encoding,
            input_format,
            format,
            html,
            fail_on,
            color,
            output,
        } => {
            let args = PairArgs {
                source,
                target: Some(after),
                input_format,
                pair,
                encoding,
                dict: Vec::new(),
            };
            // The diff uses the configuration found from the source, as `check` does.
            let start = crate::config::common_ancestor(&[args.source.as_path()]);
            let settings = crate::config::Settings::load(None, &start, false, &Default::default())?;
            let opts = settings.check_options();
            let (src, tgt, lp) = load_pair(&args)?;
            let earlier = load_version(&args, &before, lp)?;
            let ba = analyse(src.clone(), earlier, lp, &AnalysisOptions::default());
            let bf = crate::pipeline::check(&ba, &opts);
            let aa = analyse(src, tgt, lp, &AnalysisOptions::default());
            let af = crate::pipeline::check(&aa, &opts);
            let cmp = report::diff::compare(&ba, &bf, &aa, &af);
            let html_text = if html.is_some() || format == DiffFormat::Html {
                let opts = report::html::HtmlOptions {
                    generated: report::html::generated_now(),
                    fail_on: Some(fail_on.level().unwrap_or(crate::rules::Severity::Error)),
                };
                Some(report::html::render_diff(&cmp, &opts)?)
            } else {
                None
            };
            if let Some(path) = &html {
                write_file(path, html_text.as_deref().unwrap_or_default())?;
            }
            let text = match format {
                DiffFormat::Html => html_text.unwrap_or_default(),
                DiffFormat::Json => {
                    serde_json::to_string_pretty(&report::diff::json(&cmp)).expect("serialises")
                        + "\n"
                }
                DiffFormat::Human => report::diff::human(&cmp, use_color(color, output.is_some())),
            };
            write_out(output.as_ref(), &text)?;
            Ok(if report::diff::introduced_fails(&cmp, fail_on.level()) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Align {
            pair,
            level,
            format,
        } => {
            let (src, tgt, lp) = load_pair(&pair)?;
            let a = analyse(src, tgt, lp, &AnalysisOptions::default());
            let text = match (format, level) {
                (AlignFormat::Json, Level::Paragraph) => {
                    serde_json::to_string_pretty(&report::json::paragraph_beads(&a.alignment))
                        .expect("serialises")
                        + "\n"
                }
                (AlignFormat::Json, Level::Sentence) => {
                    serde_json::to_string_pretty(&report::json::sentence_beads(&a.alignment))
                        .expect("serialises")
                        + "\n"
                }
                (AlignFormat::Tsv, level) => {
                    crate::report::align_tsv(&a.alignment, level == Level::Sentence)
                }
            };
            write_out(None, &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { format } => {
            let text = match format {
                ListFormat::Json => serde_json::to_string_pretty(RULES).expect("serialises") + "\n",
                ListFormat::Text => {
                    let mut s = String::new();
                    for r in RULES {
                        let severity = if r.lowers_when_unsure {
                            format!("{}*", r.severity)
                        } else {
                            r.severity.to_string()
                        };
                        s.push_str(&format!(
                            "{}  {:<22} {:<12} {:<8} {}\n",
                            r.id,
                            r.name,
                            r.category.as_str(),
                            severity,
                            r.summary
                        ));
                    }
                    s.push_str(
                        "\n* a warning instead when the check is unsure \
                         (`transcheck explain RULE` says when)\n",
                    );
                    s
                }
            };
            write_out(None, &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { rule } => {
            let r = rules::find(&rule).ok_or_else(|| {
                Error::Usage(format!("no rule {rule:?} (see `transcheck rules`)"))
            })?;
            write_out(None, r.docs)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            data,
            seed,
            rate,
            all_systems,
            task,
            dict,
            split,
            verbose,
            pack,
            no_builtin,
        } => {
            if !data.is_dir() {
                return Err(Error::Read {
                    path: data,
                    message: "no such directory".into(),
                });
            }
            if task == EvalTask::Fluency {
                let opts = crate::eval::fluency::FluencyEvalOptions {
                    splits: split
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect(),
                    verbose,
                    packs: pack,
                    builtin: !no_builtin,
                };
                let s = crate::eval::fluency::report(&data, &opts)?;
                write_out(None, &s)?;
                return Ok(ExitCode::SUCCESS);
            }
            let opts = crate::eval::EvalOptions {
                seed,
                rate,
                all_systems,
                dict,
            };
            if matches!(task, EvalTask::Align | EvalTask::All) {
                let s = crate::eval::alignment_report(&data, &opts)?;
                write_out(None, &format!("## Alignment\n\n{s}\n"))?;
            }
            if task == EvalTask::Scale {
                let s = crate::eval::scale_report(&data, &opts)?;
                write_out(None, &format!("## Scale\n\n{s}\n"))?;
            }
            if matches!(task, EvalTask::Accuracy | EvalTask::All) {
                let s = crate::eval::accuracy_report(&data, &opts)?;
                write_out(
                    None,
                    &format!("## Recall of planted number and name errors\n\n{s}\n"),
                )?;
            }
            if matches!(task, EvalTask::Checks | EvalTask::All) {
                let s = crate::eval::checks_report(&data, &opts)?;
                write_out(
                    None,
                    &format!("## False alarms on unperturbed documents\n\n{s}\n"),
                )?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
