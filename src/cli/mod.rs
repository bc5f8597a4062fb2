//! The command line: `check`, `align`, `rules`, `explain`, `eval`.

use crate::error::Error;
use crate::input::{Document, LoadOptions};
use crate::lang::LanguagePair;
use crate::pipeline::{analyse, check, AnalysisOptions, CheckOptions};
use crate::report::{self, human::HumanOptions, Summary};
use crate::rules::{self, Severity, RULES};
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Snippets of both texts for each finding.
    Human,
    /// One line per finding: path:line:column: id name [severity] message.
    Concise,
    /// The versioned JSON report (docs/output.md).
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn level(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
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
pub enum EvalTask {
    /// Alignment, omissions and additions on perturbed WMT documents.
    Alignment,
    /// Fluency rules against post-edits, DA scores and human references.
    Fluency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

/// Options shared by the commands that read a document pair.
#[derive(clap::Args, Debug)]
pub struct PairArgs {
    /// The original (Russian) text.
    pub source: PathBuf,
    /// The translation (English); `-` reads it from standard input.
    pub target: PathBuf,
    /// Source and target languages.
    #[arg(long, default_value = "ru-en", value_name = "SRC-TGT")]
    pub pair: String,
    /// Read both files in this encoding instead of detecting it (e.g. windows-1251, koi8-r).
    #[arg(long)]
    pub encoding: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Align the two texts and report what diverges.
    Check {
        #[command(flatten)]
        pair: PairArgs,
        #[arg(long, value_enum, default_value_t = CheckFormat::Human, ignore_case = true)]
        format: CheckFormat,
        /// Lowest severity that makes the exit code 1.
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// Exit 0 even when findings fail the gate (input errors still exit 2).
        #[arg(long)]
        exit_zero: bool,
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        /// Write the report to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Print findings only, without the summary line.
        #[arg(long, short)]
        quiet: bool,
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
        /// What to measure: the aligner's detection, or the fluency rules.
        #[arg(long, value_enum, default_value_t = EvalTask::Alignment)]
        task: EvalTask,
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

fn load_pair(args: &PairArgs) -> Result<(Document, Document, &'static LanguagePair), Error> {
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
    if args.source.as_os_str() == "-" {
        return Err(Error::Usage(
            "only the translation can be read from standard input (-)".into(),
        ));
    }
    let opts = LoadOptions {
        encoding: args.encoding.clone(),
    };
    let src = Document::load(&args.source, pair.source, &opts)?;
    let tgt = Document::load(&args.target, pair.target, &opts)?;
    Ok((src, tgt, pair))
}

fn use_color(choice: ColorChoice, to_file: bool) -> bool {
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

fn write_out(output: Option<&PathBuf>, text: &str) -> Result<(), Error> {
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
        Command::Check {
            pair,
            format,
            fail_on,
            exit_zero,
            color,
            output,
            quiet,
        } => {
            let (src, tgt, lp) = load_pair(&pair)?;
            let analysis = analyse(src, tgt, lp, &AnalysisOptions::default());
            let findings = check(&analysis, &CheckOptions::default());
            let text = match format {
                CheckFormat::Json => {
                    let mut s =
                        serde_json::to_string_pretty(&report::json::report(&analysis, &findings))
                            .expect("report serialises");
                    s.push('\n');
                    s
                }
                CheckFormat::Human | CheckFormat::Concise => {
                    let opts = HumanOptions {
                        color: use_color(color, output.is_some()),
                        concise: format == CheckFormat::Concise,
                    };
                    let mut s = report::human::render(&analysis, &findings, &opts, fail_on.level());
                    if quiet {
                        // Drop the summary line.
                        let trimmed = s.trim_end_matches('\n');
                        let cut = trimmed.rfind('\n').map_or(0, |i| i + 1);
                        s.truncate(cut);
                    }
                    s
                }
            };
            write_out(output.as_ref(), &text)?;
            let fails = Summary::of(&findings).fails(fail_on.level());
            Ok(if fails && !exit_zero {
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
                        s.push_str(&format!(
                            "{}  {:<22} {:<12} {:<8} {}\n",
                            r.id, r.name, r.category, r.severity, r.summary
                        ));
                    }
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
            };
            let s = crate::eval::alignment_report(&data, &opts)?;
            write_out(None, &s)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
