//! `transcheck check`: one pair, a batch (two folders, `--pairs`, `--files`) or JSON
//! Lines (`--jsonl`); configuration, baseline, every output format, the exit code.

use super::batch::{self, PairSpec, Pairs};
use super::{use_color, write_out, ColorChoice};
use crate::baseline::{self, Baseline};
use crate::config::{common_ancestor, FailOn, Overrides, Settings};
use crate::error::{Error, Result};
use crate::input::{Document, LoadOptions};
use crate::lang::LanguagePair;
use crate::pipeline::{analyse, check, AnalysisOptions, CheckOptions};
use crate::report::{
    self, human::HumanOptions, rel_path, PairError, PairReport, RunReport, Summary,
};
use clap::ValueEnum;
use rayon::prelude::*;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Snippets of both texts for each finding.
    Human,
    /// One line per finding: path:line:column: id name [severity] message.
    Concise,
    /// The versioned JSON report (docs/output.md).
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations on pull-request lines).
    Github,
    /// JUnit XML, for CI systems that show test reports.
    Junit,
    /// A Markdown summary for a pull-request comment.
    Markdown,
    /// The self-contained HTML report (one pair; docs/report.md).
    Html,
}

impl CheckFormat {
    fn is_for_people(self) -> bool {
        matches!(self, CheckFormat::Human | CheckFormat::Concise)
    }
}

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Exit codes: 0 no finding at or above the fail level (baselined \
findings never count), 1 findings at or above it, 2 usage, configuration or input error.\n\
Examples:\n  transcheck check original.ru.txt translation.en.txt\n  \
transcheck check content/ru content/en --format sarif -o transcheck.sarif\n  \
transcheck check --pairs manifest.tsv --fail-on warning\n  \
transcheck check --jsonl pairs.jsonl > results.jsonl"
)]
pub struct CheckArgs {
    /// SOURCE TARGET (two files; TARGET may be `-` for standard input), one bilingual
    /// file (XLIFF, TMX, PO, two-column TSV), SRC_DIR TGT_DIR (two folders), or with
    /// --files any number of files to pair by name.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Check the pairs listed in a manifest: one `source<TAB>target` line per pair,
    /// paths relative to the manifest.
    #[arg(long, value_name = "MANIFEST", conflicts_with_all = ["paths", "jsonl", "files"], help_heading = "Batches")]
    pub pairs: Option<PathBuf>,
    /// JSON Lines: read `{"id":…,"source":…,"target":…}` per line (texts inline) from
    /// FILE (`-`: standard input) and write one result per line.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["paths", "files"], help_heading = "Batches")]
    pub jsonl: Option<PathBuf>,
    /// Treat PATHs as files to pair by name (`a/b.ru.txt` with `a/b.en.txt`), as a
    /// pre-commit hook passes them.
    #[arg(long, help_heading = "Batches")]
    pub files: bool,
    /// Threads for batches (0: one per core).
    #[arg(
        long,
        short = 'j',
        default_value_t = 0,
        value_name = "N",
        help_heading = "Batches"
    )]
    pub threads: usize,
    /// A glossary of required renderings (TSV or CSV with a `source` and a `target`
    /// column, optional `forbidden` and `note`; or TBX); repeatable, added to the
    /// configuration's `glossaries`.
    #[arg(long, value_name = "FILE")]
    pub glossary: Vec<PathBuf>,
    /// An external bilingual dictionary for the aligner: TSV in the lexicon format, or
    /// dictd (`NAME.index` beside `NAME.dict[.dz]`, e.g. Debian's mueller7-dict);
    /// repeatable.
    #[arg(long, value_name = "FILE")]
    pub dict: Vec<PathBuf>,
    /// Also write the self-contained HTML report: to FILE for one pair, or one report
    /// per pair and an index page into the folder DIR for a batch.
    #[arg(long, value_name = "FILE|DIR")]
    pub html: Option<PathBuf>,
    /// An earlier version of the translation (one pair): the HTML report shows the edit
    /// from it and the findings it fixed and introduced.
    #[arg(long, value_name = "EARLIER")]
    pub compare: Option<PathBuf>,

    /// Source and target languages [default: the configuration's `pair`, else ru-en].
    #[arg(long, value_name = "SRC-TGT", help_heading = "Input")]
    pub pair: Option<String>,
    /// Read the inputs in this format instead of the one their extension says
    /// (standard input is read in the source's format unless this is given).
    #[arg(long, value_enum, ignore_case = true, value_name = "FORMAT")]
    pub input_format: Option<crate::input::Format>,
    /// Read the files in this encoding instead of detecting it (e.g. windows-1251, koi8-r).
    #[arg(long, help_heading = "Input")]
    pub encoding: Option<String>,

    #[arg(long, value_enum, default_value_t = CheckFormat::Human, ignore_case = true, help_heading = "Output")]
    pub format: CheckFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, help_heading = "Output")]
    pub color: ColorChoice,
    /// Less output: -q findings only (no summary, progress or warnings), -qq nothing on
    /// standard output for human and concise formats (the exit code only).
    #[arg(long, short, action = clap::ArgAction::Count, help_heading = "Output")]
    pub quiet: u8,
    /// Explain decisions on standard error: configuration file, encodings, length
    /// model, alignment summary, baseline matches.
    #[arg(long, short, action = clap::ArgAction::Count, conflicts_with = "quiet", help_heading = "Output")]
    pub verbose: u8,

    /// Lowest severity that makes the exit code 1 [default: the configuration's
    /// `fail-on`, else error].
    #[arg(long, value_enum, help_heading = "Gate")]
    pub fail_on: Option<FailOn>,
    /// Exit 0 even when findings fail the gate (usage and input errors still exit 2).
    #[arg(long, help_heading = "Gate")]
    pub exit_zero: bool,
    /// Findings listed in this baseline file are reported but never fail.
    #[arg(long, value_name = "FILE", help_heading = "Gate")]
    pub baseline: Option<PathBuf>,
    /// Write the fingerprints of all findings to this baseline file (they then pass).
    #[arg(long, value_name = "FILE", help_heading = "Gate")]
    pub write_baseline: Option<PathBuf>,

    /// Use this configuration file instead of searching for transcheck.toml.
    #[arg(long, value_name = "FILE", help_heading = "Configuration")]
    pub config: Option<PathBuf>,
    /// Ignore configuration files.
    #[arg(long, conflicts_with = "config", help_heading = "Configuration")]
    pub isolated: bool,
    /// Print the resolved configuration (as TOML) and exit.
    #[arg(long, help_heading = "Configuration")]
    pub show_config: bool,
}

enum Mode {
    None,
    Single(PathBuf, PathBuf),
    Dirs(PathBuf, PathBuf),
    Manifest(PathBuf),
    Files(Vec<PathBuf>),
    Jsonl(PathBuf),
}

fn mode(args: &CheckArgs) -> Result<Mode> {
    if let Some(j) = &args.jsonl {
        return Ok(Mode::Jsonl(j.clone()));
    }
    if let Some(m) = &args.pairs {
        return Ok(Mode::Manifest(m.clone()));
    }
    if args.files {
        if args.paths.is_empty() && !args.show_config {
            return Err(Error::Usage("--files needs at least one file".into()));
        }
        return Ok(Mode::Files(args.paths.clone()));
    }
    match args.paths.as_slice() {
        [] if args.show_config => Ok(Mode::None),
        [s, t] => {
            if s.as_os_str() == "-" {
                return Err(Error::Usage(
                    "only the translation can be read from standard input (-)".into(),
                ));
            }
            match (s.is_dir(), t.is_dir()) {
                (true, true) => Ok(Mode::Dirs(s.clone(), t.clone())),
                (false, false) => Ok(Mode::Single(s.clone(), t.clone())),
                (true, false) => Err(Error::Usage(format!(
                    "{} is a folder but {} is not: give two files or two folders",
                    s.display(),
                    t.display()
                ))),
                (false, true) => Err(Error::Usage(format!(
                    "{} is a folder but {} is not: give two files or two folders",
                    t.display(),
                    s.display()
                ))),
            }
        }
        // One file: a bilingual file (XLIFF, TMX, PO, two-column TSV) holding both texts.
        [b] if !b.is_dir() => Ok(Mode::Single(b.clone(), PathBuf::new())),
        _ => Err(Error::Usage(
            "expected SOURCE TARGET, BILINGUAL_FILE, SRC_DIR TGT_DIR, --pairs MANIFEST, --files PATH… or --jsonl FILE (see `transcheck check --help`)".into(),
        )),
    }
}

/// Where configuration discovery starts: the folder holding every input.
fn discovery_start(m: &Mode) -> PathBuf {
    match m {
        Mode::None => common_ancestor(&[]),
        Mode::Single(s, t) if t.as_os_str().is_empty() => common_ancestor(&[s]),
        Mode::Single(s, t) | Mode::Dirs(s, t) => common_ancestor(&[s, t]),
        Mode::Manifest(p) | Mode::Jsonl(p) => common_ancestor(&[p]),
        Mode::Files(v) => common_ancestor(&v.iter().map(PathBuf::as_path).collect::<Vec<_>>()),
    }
}

fn language_pair(code: &str) -> Result<&'static LanguagePair> {
    code.split_once('-')
        .and_then(|(s, t)| LanguagePair::by_codes(s, t))
        .ok_or_else(|| {
            Error::Usage(format!(
                "unsupported language pair {code:?} (supported: ru-en)"
            ))
        })
}

/// What one pair needs besides its paths.
struct Job {
    pair: &'static LanguagePair,
    load: LoadOptions,
    check: CheckOptions,
}

impl Job {
    fn run(&self, spec: &PairSpec) -> Result<PairReport> {
        // An empty target path: the source is a bilingual file.
        let target = (!spec.target.as_os_str().is_empty()).then_some(spec.target.as_path());
        let (src, tgt) = crate::input::load_inputs(&spec.source, target, self.pair, &self.load)?;
        Ok(self.finish(src, tgt, None))
    }

    fn finish(&self, src: Document, tgt: Document, id: Option<String>) -> PairReport {
        let analysis = analyse(src, tgt, self.pair, &AnalysisOptions::default());
        let findings = check(&analysis, &self.check);
        PairReport {
            id,
            analysis,
            findings,
        }
    }
}

/// The `-v` lines about one pair.
fn describe(p: &PairReport) -> Vec<String> {
    let a = &p.analysis;
    let doc = |d: &Document, sentences: usize| {
        format!(
            "{}: {}, {}, {} paragraphs, {} sentences",
            d.display_path(),
            d.encoding,
            d.format.name(),
            d.units.len(),
            sentences
        )
    };
    let al = &a.alignment;
    let mut shapes = std::collections::BTreeMap::<(usize, usize), usize>::new();
    for b in &al.paragraphs {
        *shapes.entry((b.source.len(), b.target.len())).or_default() += 1;
    }
    let shapes: Vec<String> = shapes
        .iter()
        .map(|((s, t), n)| format!("{n}×{s}-{t}"))
        .collect();
    let mean = if al.paragraphs.is_empty() {
        0.0
    } else {
        al.paragraphs.iter().map(|b| b.confidence).sum::<f64>() / al.paragraphs.len() as f64
    };
    let low = al.paragraphs.iter().filter(|b| b.confidence < 0.6).count();
    vec![
        doc(&a.source, al.source_sentences.total),
        doc(&a.target, al.target_sentences.total),
        format!(
            "length model: {:.3} target characters per source character (variance {:.2})",
            al.model.ratio, al.model.variance
        ),
        format!(
            "alignment: {} paragraph beads ({}), mean confidence {mean:.2}, {low} below 0.60; {} sentence beads",
            al.paragraphs.len(),
            shapes.join(", "),
            al.sentences.len()
        ),
    ]
}

fn note(args: &CheckArgs, msg: &str) {
    if args.quiet == 0 {
        eprintln!("transcheck: {msg}");
    }
}

fn verbose(args: &CheckArgs, msg: &str) {
    if args.verbose > 0 {
        eprintln!("transcheck: {msg}");
    }
}

pub fn run(args: CheckArgs) -> Result<ExitCode> {
    let m = mode(&args)?;
    let settings = Settings::load(
        args.config.as_deref(),
        &discovery_start(&m),
        args.isolated,
        &Overrides {
            pair: args.pair.clone(),
            fail_on: args.fail_on,
        },
    )?;
    if args.show_config {
        write_out(args.output.as_ref(), &settings.to_toml())?;
        return Ok(ExitCode::SUCCESS);
    }
    match &settings.file {
        Some(p) => verbose(&args, &format!("configuration: {}", rel_path(p))),
        None => verbose(&args, "configuration: none (defaults)"),
    }
    let pair = language_pair(&settings.pair)?.with_dictionaries(&args.dict)?;
    let mut base = match &args.baseline {
        Some(p) => Some(Baseline::load(p)?),
        None => None,
    };
    let job = Job {
        pair,
        load: LoadOptions {
            encoding: args.encoding.clone(),
            format: args.input_format,
        },
        check: {
            let mut opts = settings.check_options();
            opts.glossaries.extend(args.glossary.iter().cloned());
            if !opts.glossaries.is_empty() {
                let g = crate::checks::glossary::Glossary::load_all(&opts.glossaries, pair)?;
                opts.glossary = Some(std::sync::Arc::new(g));
            }
            if !opts.phrasebooks.is_empty() {
                opts.fluency.packs = crate::checks::fluency::load_packs(&opts.phrasebooks)?;
                let known = |id: &str| {
                    crate::checks::fluency::builtin_entry_ids().any(|b| b == id)
                        || opts
                            .fluency
                            .packs
                            .iter()
                            .any(|p| p.entries.iter().any(|e| e.id == id))
                };
                if let Some(id) = opts.fluency.disabled_entries.iter().find(|id| !known(id)) {
                    return Err(Error::Usage(format!(
                        "unknown phrasebook entry `{id}` in disabled-entries (neither built in nor in the configured phrasebooks)"
                    )));
                }
            }
            opts
        },
    };
    let fail_on = settings.fail_on.level();
    if let Mode::Jsonl(input) = &m {
        return run_jsonl(&args, input, &job, base.as_mut(), fail_on);
    }
    let langs = (pair.source.code(), pair.target.code());
    let (specs, single) = match &m {
        Mode::Single(s, t) => (
            Pairs {
                pairs: vec![PairSpec {
                    source: s.clone(),
                    target: t.clone(),
                }],
                ..Pairs::default()
            },
            true,
        ),
        Mode::Dirs(s, t) => (batch::from_dirs(s, t, langs, &settings)?, false),
        Mode::Manifest(p) => (batch::from_manifest(p, &settings)?, false),
        Mode::Files(v) => (batch::from_files(v, langs, &settings), false),
        Mode::None | Mode::Jsonl(_) => unreachable!("handled above"),
    };
    if !single && specs.pairs.is_empty() {
        note(&args, "warning: no document pairs found to check");
    }
    for u in &specs.unpaired {
        note(
            &args,
            &format!("warning: {}: no counterpart to pair it with", rel_path(u)),
        );
    }
    if specs.ignored > 0 {
        verbose(
            &args,
            &format!("{} pairs skipped by `ignore`", specs.ignored),
        );
    }
    // Check every pair, in parallel, keeping the input order.
    let show_progress = !single
        && specs.pairs.len() > 1
        && args.quiet == 0
        && args.format.is_for_people()
        && std::io::stderr().is_terminal();
    let bar = if show_progress {
        indicatif::ProgressBar::new(specs.pairs.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .map_err(|e| Error::Usage(format!("cannot start threads: {e}")))?;
    let results: Vec<Result<PairReport>> = pool.install(|| {
        specs
            .pairs
            .par_iter()
            .map(|spec| {
                let r = job.run(spec);
                bar.inc(1);
                r
            })
            .collect()
    });
    bar.finish_and_clear();
    let mut pairs = Vec::new();
    let mut errors = Vec::new();
    for (spec, r) in specs.pairs.iter().zip(results) {
        match r {
            Ok(p) => pairs.push(p),
            Err(e) if single => return Err(e),
            Err(e) => {
                eprintln!("transcheck: error: {e}");
                errors.push(PairError {
                    source: rel_path(&spec.source),
                    target: rel_path(&spec.target),
                    message: e.to_string(),
                });
            }
        }
    }
    if let Some(b) = base.as_mut() {
        for p in &mut pairs {
            b.apply(&p.analysis, &mut p.findings);
        }
    }
    if args.verbose > 0 {
        for p in &pairs {
            for line in describe(p) {
                eprintln!("transcheck: {line}");
            }
        }
    }
    if let (Some(b), Some(path)) = (&base, &args.baseline) {
        let matched: usize = pairs
            .iter()
            .map(|p| p.findings.iter().filter(|f| f.baselined).count())
            .sum();
        verbose(
            &args,
            &format!(
                "baseline {}: {matched} findings matched, {} entries matched nothing",
                rel_path(path),
                b.unused()
            ),
        );
    }
    if let Some(path) = &args.write_baseline {
        let entries: Vec<baseline::Entry> = pairs
            .iter()
            .flat_map(|p| {
                p.findings
                    .iter()
                    .map(|f| baseline::Entry::of(f, &p.analysis))
            })
            .collect();
        let n = entries.len();
        baseline::write(path, entries)?;
        for p in &mut pairs {
            for f in &mut p.findings {
                f.baselined = true;
            }
        }
        note(
            &args,
            &format!("wrote {n} findings to the baseline {}", rel_path(path)),
        );
    }
    let run = RunReport {
        pairs,
        errors,
        fail_on,
        baseline: base.is_some() || args.write_baseline.is_some(),
    };
    if !single && (args.format == CheckFormat::Html || args.compare.is_some()) {
        return Err(Error::Usage(
            "--format html and --compare take one pair; for a batch use --html DIR".into(),
        ));
    }
    if single && args.compare.is_some() && args.html.is_none() && args.format != CheckFormat::Html {
        return Err(Error::Usage(
            "--compare shows the edit in the HTML report: add --html FILE or --format html (or use `transcheck diff`)".into(),
        ));
    }
    // The single pair's HTML report, with the edit from an earlier version if asked.
    let html_text = if single && (args.html.is_some() || args.format == CheckFormat::Html) {
        let p = &run.pairs[0];
        let before = match &args.compare {
            Some(path) => {
                let earlier = Document::load(path, pair.target, &job.load)?;
                let a = analyse(
                    p.analysis.source.clone(),
                    earlier,
                    pair,
                    &AnalysisOptions::default(),
                );
                let f = check(&a, &job.check);
                Some((a, f))
            }
            None => None,
        };
        Some(crate::cli::html_report(
            &p.analysis,
            &p.findings,
            before.as_ref(),
            fail_on,
        )?)
    } else {
        None
    };
    let text = match (&html_text, args.format) {
        (Some(h), CheckFormat::Html) => h.clone(),
        _ => render(&args, &run, single),
    };
    write_out(args.output.as_ref(), &text)?;
    if let Some(path) = &args.html {
        match &html_text {
            Some(h) => crate::cli::write_file(path, h)?,
            None => report::html_index::write_index(path, &run)?,
        }
    }
    Ok(if !run.errors.is_empty() {
        ExitCode::from(2)
    } else if run.fails() && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn render(args: &CheckArgs, run: &RunReport, single: bool) -> String {
    match args.format {
        CheckFormat::Json => {
            let v = if single {
                let p = &run.pairs[0];
                serde_json::to_value(report::json::report(&p.analysis, &p.findings))
            } else {
                serde_json::to_value(report::json::batch(run))
            };
            serde_json::to_string_pretty(&v.expect("report serialises")).expect("serialises") + "\n"
        }
        CheckFormat::Sarif => report::sarif::render(run),
        CheckFormat::Github => report::github::render(run),
        CheckFormat::Junit => report::junit::render(run),
        CheckFormat::Markdown => report::markdown::render(run),
        // Rendered by `run` (it needs the earlier version for --compare).
        CheckFormat::Html => String::new(),
        CheckFormat::Human | CheckFormat::Concise => {
            if args.quiet >= 2 {
                return String::new();
            }
            let opts = HumanOptions {
                color: use_color(args.color, args.output.is_some()),
                concise: args.format == CheckFormat::Concise,
            };
            let mut out = String::new();
            for p in &run.pairs {
                out.push_str(&report::human::render_findings(
                    &p.analysis,
                    &p.findings,
                    &opts,
                ));
                if single && args.quiet == 0 {
                    out.push_str(&report::human::summary_line(
                        &p.analysis,
                        &p.findings,
                        run.fail_on,
                    ));
                }
            }
            if !single && args.quiet == 0 {
                out.push_str(&batch_table(run, args.format == CheckFormat::Concise));
            }
            out
        }
    }
}

fn plural(n: usize, w: &str) -> String {
    if n == 1 {
        format!("{n} {w}")
    } else {
        format!("{n} {w}s")
    }
}

/// The summary of a batch for people: a table of pairs (not in concise format) and a
/// totals line.
fn batch_table(run: &RunReport, concise: bool) -> String {
    let mut out = String::new();
    let empty = run.pairs.is_empty() && run.errors.is_empty();
    if !concise && !empty {
        out.push_str(&format!(
            "{:>6} {:>8} {:>5} {:>9}  {:<7} translation\n",
            "errors", "warnings", "notes", "aligned", "verdict"
        ));
        for p in &run.pairs {
            let s = p.summary();
            let (al, total) = p.aligned();
            out.push_str(&format!(
                "{:>6} {:>8} {:>5} {:>9}  {:<7} {}\n",
                s.error,
                s.warning,
                s.info,
                format!("{al}/{total}"),
                if s.fails(run.fail_on) { "fail" } else { "pass" },
                p.analysis.target.display_path()
            ));
        }
        for e in &run.errors {
            out.push_str(&format!(
                "{:>6} {:>8} {:>5} {:>9}  {:<7} {}\n",
                "-", "-", "-", "-", "error", e.target
            ));
        }
    }
    let s: Summary = run.summary();
    let failed = run
        .pairs
        .iter()
        .filter(|p| p.summary().fails(run.fail_on))
        .count();
    let mut line = format!(
        "{} checked: {failed} fail, {} pass",
        plural(run.pairs.len() + run.errors.len(), "pair"),
        run.pairs.len() - failed
    );
    if !run.errors.is_empty() {
        line.push_str(&format!(", {} unreadable", run.errors.len()));
    }
    line.push_str(&format!(
        " · {}, {}, {}",
        plural(s.error, "error"),
        plural(s.warning, "warning"),
        plural(s.info, "note")
    ));
    if s.baselined > 0 {
        line.push_str(&format!(" ({} baselined)", s.baselined));
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// Lines read and checked at a time in `--jsonl` mode (the output keeps input order).
const JSONL_CHUNK: usize = 256;

fn jsonl_pair(
    job: &Job,
    line: Option<&str>,
    lineno: usize,
) -> (serde_json::Value, std::result::Result<PairReport, String>) {
    let Some(line) = line else {
        return (lineno.into(), Err(format!("line {lineno}: not UTF-8")));
    };
    let v: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return (lineno.into(), Err(format!("line {lineno}: not JSON: {e}"))),
    };
    let id = v.get("id").cloned().unwrap_or_else(|| lineno.into());
    let text = |k: &str| -> std::result::Result<&str, String> {
        v.get(k)
            .and_then(|x| x.as_str())
            .ok_or_else(|| format!("line {lineno}: no string field {k:?}"))
    };
    let (s, t) = match (text("source"), text("target")) {
        (Ok(s), Ok(t)) => (s, t),
        (Err(e), _) | (_, Err(e)) => return (id, Err(e)),
    };
    let name = match &id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let docs = Document::from_text(format!("{name}:source"), s, job.pair.source).and_then(|src| {
        Document::from_text(format!("{name}:target"), t, job.pair.target).map(|tgt| (src, tgt))
    });
    match docs {
        Ok((src, tgt)) => (id, Ok(job.finish(src, tgt, Some(name)))),
        Err(e) => (id, Err(e.to_string())),
    }
}

fn run_jsonl(
    args: &CheckArgs,
    input: &Path,
    job: &Job,
    mut base: Option<&mut Baseline>,
    fail_on: Option<crate::rules::Severity>,
) -> Result<ExitCode> {
    if !matches!(args.format, CheckFormat::Human | CheckFormat::Json) {
        return Err(Error::Usage(
            "--jsonl writes JSON Lines; --format cannot be changed".into(),
        ));
    }
    let reader: Box<dyn BufRead> = if input.as_os_str() == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(input).map_err(|e| Error::Read {
                path: input.to_path_buf(),
                message: e.to_string().to_lowercase(),
            })?,
        ))
    };
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).map_err(
            |e| Error::Write {
                path: p.clone(),
                message: e.to_string().to_lowercase(),
            },
        )?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let write_err = |e: std::io::Error| Error::Write {
        path: args.output.clone().unwrap_or_else(|| PathBuf::from("-")),
        message: e.to_string().to_lowercase(),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .map_err(|e| Error::Usage(format!("cannot start threads: {e}")))?;
    // Lines as bytes: a line that is not UTF-8 is that line's error, not the run's.
    let mut lines = reader.split(b'\n').enumerate();
    let mut total = Summary::default();
    let mut entries = Vec::new();
    let mut bad = 0usize;
    loop {
        // (line number, the line or None when it is not UTF-8)
        let mut chunk: Vec<(usize, Option<String>)> = Vec::with_capacity(JSONL_CHUNK);
        for (i, line) in lines.by_ref() {
            let line = line.map_err(|e| Error::Read {
                path: input.to_path_buf(),
                message: e.to_string().to_lowercase(),
            })?;
            let line = String::from_utf8(line)
                .ok()
                .map(|l| l.trim_end_matches('\r').to_string());
            if line.as_ref().is_some_and(|l| l.trim().is_empty()) {
                continue;
            }
            chunk.push((i + 1, line));
            if chunk.len() == JSONL_CHUNK {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<_> = pool.install(|| {
            chunk
                .par_iter()
                .map(|(n, line)| jsonl_pair(job, line.as_deref(), *n))
                .collect()
        });
        for (id, r) in results {
            let record = match r {
                Ok(mut p) => {
                    if let Some(b) = base.as_deref_mut() {
                        b.apply(&p.analysis, &mut p.findings);
                    }
                    if args.write_baseline.is_some() {
                        entries.extend(
                            p.findings
                                .iter()
                                .map(|f| baseline::Entry::of(f, &p.analysis)),
                        );
                    }
                    total.add(&p.summary());
                    serde_json::to_string(&report::json::line(id, &p))
                }
                Err(message) => {
                    bad += 1;
                    serde_json::to_string(&report::json::JsonLine {
                        id,
                        report: None,
                        error: Some(message),
                    })
                }
            }
            .expect("serialises");
            writeln!(out, "{record}").map_err(write_err)?;
        }
    }
    out.flush().map_err(write_err)?;
    if bad > 0 {
        note(
            args,
            &format!("{bad} input lines could not be checked (see their \"error\")"),
        );
    }
    if let Some(path) = &args.write_baseline {
        let n = entries.len();
        baseline::write(path, entries)?;
        note(
            args,
            &format!("wrote {n} findings to the baseline {}", rel_path(path)),
        );
        return Ok(ExitCode::SUCCESS);
    }
    Ok(if total.fails(fail_on) && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
