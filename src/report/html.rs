//! The HTML report: one self-contained file (inline CSS and JS, no network) with the
//! two texts side by side as aligned, every finding in place, filters, keyboard
//! navigation and, for two versions of a translation, the word diff between them.
//! See `docs/report.md`.
//!
//! Everything from the inputs reaches the page through minijinja's auto-escaping (the
//! template is named `.html`); the data the script needs is embedded with `tojson`,
//! which escapes `<`, `>`, `&` and `'`. Nothing is marked safe except the compiled-in
//! CSS and JS, whose SHA-256 hashes the page's Content-Security-Policy lists, so that
//! even markup that slipped through could not run a script or an event handler.
//! Bidirectional and invisible control characters are never emitted: they are shown
//! as visible `U+202E`-style badges.

use super::diff::{Comparison, Status, WordOp};
use super::fingerprint;
use super::json::TOOL;
use super::Summary;
use crate::finding::{Finding, Span};
use crate::input::Document;
use crate::pipeline::Analysis;
use crate::rules::{self, Severity};
use minijinja::value::{Serde, Value};
use minijinja::Environment;
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;

const TEMPLATE: &str = include_str!("html/report.html");
const INDEX: &str = include_str!("html/index.html");
const CSS: &str = include_str!("html/report.css");
const JS: &str = include_str!("html/report.js");

/// Settings of the HTML report.
#[derive(Debug, Clone)]
pub struct HtmlOptions {
    /// The text of the date line ("2026-11-30 14:05 UTC"); the only part of the report
    /// that changes between two runs on the same inputs.
    pub generated: String,
    /// The level at which a CI gate fails (`None`: never), for the verdict.
    pub fail_on: Option<Severity>,
}

/// The report of `transcheck check`.
pub fn render_check(
    a: &Analysis,
    findings: &[Finding],
    opts: &HtmlOptions,
) -> crate::Result<String> {
    let shown: Vec<Shown> = findings
        .iter()
        .map(|f| Shown {
            f,
            from: a,
            status: None,
            marked: true,
        })
        .collect();
    let rows: Vec<RowSpec> = a
        .alignment
        .paragraphs
        .iter()
        .map(|b| RowSpec {
            source: b.source.clone(),
            target: b.target.clone(),
            before: None,
            ops: None,
        })
        .collect();
    let bead_row: Vec<usize> = (0..rows.len()).collect();
    let rows_of: Vec<usize> = findings
        .iter()
        .map(|f| super::diff::finding_row(f, a, &bead_row))
        .collect();
    let page = build(a, None, &shown, &rows_of, &rows, &bead_row, findings, opts);
    render_page(&page)
}

/// The report of `transcheck diff` and `check --compare`: the later version checked,
/// with the word diff from the earlier one and the findings the edit fixed.
pub fn render_diff(c: &Comparison, opts: &HtmlOptions) -> crate::Result<String> {
    let mut shown = Vec::new();
    let mut rows_of = Vec::new();
    for m in &c.findings {
        let (f, from, marked) = match (m.after, m.before) {
            (Some(i), _) => (&c.after_findings[i], c.after, true),
            (None, Some(i)) => (&c.before_findings[i], c.before, false),
            (None, None) => continue,
        };
        shown.push(Shown {
            f,
            from,
            status: Some(m.status),
            marked,
        });
        rows_of.push(m.row);
    }
    let rows: Vec<RowSpec> = c
        .rows
        .iter()
        .map(|r| RowSpec {
            source: r.source.clone(),
            target: r.after.clone(),
            before: Some(r.before.clone()),
            ops: Some(r.ops.clone()),
        })
        .collect();
    let page = build(
        c.after,
        Some(c),
        &shown,
        &rows_of,
        &rows,
        &c.after_bead_row,
        c.after_findings,
        opts,
    );
    render_page(&page)
}

/// One document pair of a batch, for [`render_index`].
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    pub source: String,
    pub target: String,
    /// File name of the pair's report, relative to the index (see [`report_file_name`]);
    /// `None` for no link.
    pub href: Option<String>,
    pub counts: Summary,
    /// "15 of 16": source paragraphs with a counterpart, of all.
    pub aligned: String,
    pub verdict: &'static str,
    /// Why the pair could not be checked (then the counts are empty).
    pub error: Option<String>,
}

impl IndexEntry {
    /// The entry of a checked pair whose report is at `href`.
    pub fn checked(
        a: &Analysis,
        findings: &[Finding],
        href: Option<String>,
        fail_on: Option<Severity>,
    ) -> IndexEntry {
        let counts = Summary::of(findings);
        let aligned: usize = a
            .alignment
            .paragraphs
            .iter()
            .filter(|b| !b.source.is_empty() && !b.target.is_empty())
            .map(|b| b.source.len())
            .sum();
        IndexEntry {
            source: visible(&a.source.display_path()),
            target: visible(&a.target.display_path()),
            href,
            counts,
            aligned: format!("{aligned} of {}", a.source.units.len()),
            verdict: if counts.fails(fail_on) {
                "fail"
            } else {
                "pass"
            },
            error: None,
        }
    }

    /// The entry of a pair that could not be read.
    pub fn unreadable(source: &str, target: &str, message: &str) -> IndexEntry {
        IndexEntry {
            source: visible(source),
            target: visible(target),
            href: None,
            counts: Summary::default(),
            aligned: String::new(),
            verdict: "fail",
            error: Some(visible(message)),
        }
    }
}

/// A safe, stable file name for the report of the `k`-th pair of a batch:
/// `0007-moscow-budget-mt.en.html` (letters, digits, `.`, `-` and `_` only).
pub fn report_file_name(k: usize, target: &std::path::Path) -> String {
    let stem: String = target
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    format!("{k:04}-{stem}.html")
}

/// The index page of a batch (`check --html DIR` on several pairs): one row per pair
/// with its counts, verdict and a link to its report.
pub fn render_index(entries: &[IndexEntry], opts: &HtmlOptions) -> crate::Result<String> {
    let mut env = Environment::new();
    env.add_template("index.html", INDEX).map_err(internal)?;
    let tmpl = env.get_template("index.html").map_err(internal)?;
    let mut counts = Summary::default();
    for e in entries {
        counts.error += e.counts.error;
        counts.warning += e.counts.warning;
        counts.info += e.counts.info;
    }
    let failed = entries.iter().filter(|e| e.error.is_some()).count();
    // Links only to names `report_file_name` could have made.
    let entries: Vec<IndexEntry> = entries
        .iter()
        .cloned()
        .map(|mut e| {
            if e.href.as_deref().is_some_and(|h| {
                h.is_empty()
                    || h.starts_with('.')
                    || !h
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
            }) {
                e.href = None;
            }
            e
        })
        .collect();
    let verdict = if entries.iter().any(|e| e.verdict == "fail") {
        "fail"
    } else {
        "pass"
    };
    let ctx = minijinja::context! {
        entries => Value::from(Serde(&entries)),
        counts => Value::from(Serde(&counts)),
        failed => failed,
        verdict => verdict,
        fail_on => opts.fail_on.map_or("never", Severity::as_str),
        generated => opts.generated.clone(),
        tool => TOOL.name,
        version => TOOL.version,
        css => Value::from_safe_string(CSS.to_string()),
        csp => csp(),
    };
    let mut out = tmpl.render(ctx).map_err(internal)?;
    out.push('\n');
    Ok(out)
}

fn render_page(page: &Page) -> crate::Result<String> {
    let mut env = Environment::new();
    env.add_template("report.html", TEMPLATE)
        .map_err(internal)?;
    let tmpl = env.get_template("report.html").map_err(internal)?;
    let ctx = Value::from(Serde(page));
    let css = Value::from_safe_string(CSS.to_string());
    let js = Value::from_safe_string(JS.to_string());
    let ctx = minijinja::context! { page => ctx, css => css, js => js, csp => csp() };
    let mut out = tmpl.render(ctx).map_err(internal)?;
    out.push('\n');
    Ok(out)
}

fn internal(e: minijinja::Error) -> crate::Error {
    crate::Error::Usage(format!(
        "internal error while rendering the HTML report (a bug, please report it): {e}"
    ))
}

/// The Content-Security-Policy of the page: nothing may load, and only the report's
/// own style sheet and script (by hash) may apply or run.
pub fn csp() -> String {
    format!(
        "default-src 'none'; style-src 'sha256-{}'; script-src 'sha256-{}'; img-src data:; base-uri 'none'; form-action 'none'",
        sha256_base64(CSS.as_bytes()),
        sha256_base64(JS.as_bytes())
    )
}

/// "YYYY-MM-DD HH:MM UTC" of a Unix time.
pub fn utc_date(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        rem / 3600,
        (rem % 3600) / 60
    )
}

/// The date line for now, or for `SOURCE_DATE_EPOCH` when it is set (reproducible
/// builds' convention), so that a pipeline can make the whole report byte-identical.
pub fn generated_now() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0)
        });
    utc_date(secs)
}

// ---------------------------------------------------------------------------------
// What the template sees

#[derive(Serialize)]
struct Page {
    mode: &'static str,
    title: String,
    generated: String,
    tool: &'static str,
    version: &'static str,
    source: FileView,
    target: FileView,
    before: Option<FileView>,
    counts: Summary,
    total: usize,
    /// Categories of the findings of the version checked (the header).
    categories: Vec<Count>,
    /// Categories of every finding shown, fixed ones included (the filters).
    filter_categories: Vec<Count>,
    rules: Vec<Count>,
    severities: Vec<Count>,
    statuses: Vec<Count>,
    aligned: usize,
    aligned_pct: String,
    fail_on: &'static str,
    verdict: &'static str,
    diff: Option<DiffView>,
    map: MapView,
    rows: Vec<RowView>,
    docs: Vec<RuleDoc>,
    data: Data,
}

#[derive(Serialize)]
struct FileView {
    path: String,
    lang: &'static str,
    encoding: &'static str,
    paragraphs: usize,
    sentences: usize,
}

impl FileView {
    fn of(d: &Document, sentences: usize) -> FileView {
        FileView {
            path: visible(&d.display_path()),
            lang: d.lang,
            encoding: d.encoding,
            paragraphs: d.units.len(),
            sentences,
        }
    }
}

#[derive(Serialize)]
struct Count {
    key: String,
    label: String,
    n: usize,
}

#[derive(Serialize)]
struct DiffView {
    changed: usize,
    units: usize,
    deleted: usize,
    inserted: usize,
    fixed: usize,
    introduced: usize,
    unchanged: usize,
    before_counts: Summary,
}

#[derive(Serialize)]
struct MapView {
    width: String,
    band: String,
    marks: Vec<MapMark>,
    desc: String,
}

#[derive(Serialize)]
struct MapMark {
    href: String,
    class: &'static str,
    d: String,
    title: String,
}

#[derive(Serialize)]
struct RowView {
    id: String,
    kind: &'static str,
    label: &'static str,
    shape: String,
    sev: &'static str,
    confidence: Option<String>,
    src: Vec<UnitView>,
    tgt: Vec<UnitView>,
    cards: Vec<Card>,
    changed: bool,
    diff: Vec<WordOp>,
    before_empty: bool,
}

#[derive(Serialize)]
struct UnitView {
    n: usize,
    line: usize,
    /// Severity class and finding ids when a finding covers the whole paragraph.
    flag: &'static str,
    flag_ids: String,
    pieces: Vec<Piece>,
}

#[derive(Serialize)]
struct Piece {
    t: String,
    /// Highest severity of the findings covering this piece ("" for none).
    s: &'static str,
    /// Anchors of the findings covering it, space-separated.
    f: String,
    /// A control character shown as a badge; `t` is its code point, `n` its name.
    c: bool,
    n: &'static str,
}

#[derive(Serialize)]
struct Card {
    id: String,
    rule: &'static str,
    name: &'static str,
    category: &'static str,
    severity: &'static str,
    message: String,
    suggestion: Option<String>,
    status: &'static str,
    src_at: Option<String>,
    tgt_at: Option<String>,
    src_text: Option<String>,
    tgt_text: Option<String>,
    marked: bool,
}

#[derive(Serialize)]
struct RuleDoc {
    id: &'static str,
    name: &'static str,
    summary: &'static str,
    blocks: Vec<Block>,
}

#[derive(Serialize)]
struct Block {
    /// "h2", "h3", "p", "quote", "pre" or "ul".
    k: &'static str,
    inl: Vec<Inline>,
    items: Vec<Vec<Inline>>,
    text: String,
}

#[derive(Serialize)]
struct Inline {
    code: bool,
    t: String,
}

/// What the script needs: one entry per finding, `[anchor, severity, category, rule,
/// status, row]`.
#[derive(Serialize)]
struct Data {
    mode: &'static str,
    findings: Vec<(
        String,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        usize,
    )>,
}

// ---------------------------------------------------------------------------------
// Building the page

/// A finding to show, with the analysis its spans belong to.
struct Shown<'a> {
    f: &'a Finding,
    from: &'a Analysis,
    status: Option<Status>,
    /// Whether its spans are highlighted (those of the version shown).
    marked: bool,
}

struct RowSpec {
    source: Range<usize>,
    target: Range<usize>,
    before: Option<Range<usize>>,
    ops: Option<Vec<WordOp>>,
}

fn sev_rank(s: &str) -> u8 {
    match s {
        "error" => 3,
        "warning" => 2,
        "info" => 1,
        _ => 0,
    }
}

#[allow(clippy::too_many_arguments)]
fn build(
    a: &Analysis,
    cmp: Option<&Comparison>,
    shown: &[Shown],
    rows_of: &[usize],
    rows: &[RowSpec],
    bead_row: &[usize],
    checked: &[Finding],
    opts: &HtmlOptions,
) -> Page {
    // Anchors: the version shown gets its own anchors, so that a link to a finding of
    // `check` stays valid in the report of `diff` on the same files; fixed findings
    // (of the earlier version) get theirs from the earlier version.
    let after_ids = fingerprint::anchors(checked, &a.source, &a.target);
    let before_ids =
        cmp.map(|c| fingerprint::anchors(c.before_findings, &c.before.source, &c.before.target));
    let mut ids = Vec::with_capacity(shown.len());
    if let Some(c) = cmp {
        for m in &c.findings {
            let id = match (m.after, m.before) {
                (Some(i), _) => after_ids[i].clone(),
                (None, Some(i)) => {
                    format!("was-{}", before_ids.as_ref().map_or("", |v| v[i].as_str()))
                }
                (None, None) => continue,
            };
            ids.push(id);
        }
    } else {
        ids = after_ids;
    }

    let last_row = rows.len().saturating_sub(1);
    let rows_of: Vec<usize> = (0..shown.len())
        .map(|k| rows_of.get(k).copied().unwrap_or(0).min(last_row))
        .collect();

    // Highlights per unit of each side.
    let mut src_marks: BTreeMap<usize, Vec<Mark>> = BTreeMap::new();
    let mut tgt_marks: BTreeMap<usize, Vec<Mark>> = BTreeMap::new();
    for (k, s) in shown.iter().enumerate() {
        if !s.marked {
            continue;
        }
        let sev = s.f.severity.as_str();
        if let Some(sp) = s.f.source {
            src_marks.entry(sp.paragraph).or_default().push(Mark {
                span: sp,
                sev,
                id: ids[k].clone(),
            });
        }
        if let Some(sp) = s.f.target {
            tgt_marks.entry(sp.paragraph).or_default().push(Mark {
                span: sp,
                sev,
                id: ids[k].clone(),
            });
        }
    }

    // Cards per row.
    let mut cards: Vec<Vec<Card>> = (0..rows.len()).map(|_| Vec::new()).collect();
    for (k, s) in shown.iter().enumerate() {
        let f = s.f;
        let at = |sp: &Option<Span>, d: &Document| {
            sp.map(|sp| {
                let (l, c) = d.line_col(sp.start);
                match sp.sentence {
                    Some(n) => format!("¶{} · sentence {} · {l}:{c}", sp.paragraph + 1, n + 1),
                    None => format!("¶{} · {l}:{c}", sp.paragraph + 1),
                }
            })
        };
        let quote = |sp: &Option<Span>, d: &Document| {
            sp.and_then(|sp| d.text.get(sp.start..sp.end))
                .map(|t| visible(&truncate(t.trim(), 160)))
        };
        if let Some(list) = cards.get_mut(rows_of[k]) {
            list.push(Card {
                id: ids[k].clone(),
                rule: f.rule.id,
                name: f.rule.name,
                category: f.rule.category.as_str(),
                severity: f.severity.as_str(),
                message: visible(&f.message),
                suggestion: f.suggestion.as_deref().map(visible),
                status: s.status.map_or("", Status::as_str),
                src_at: at(&f.source, &s.from.source),
                tgt_at: at(&f.target, &s.from.target),
                src_text: quote(&f.source, &s.from.source),
                tgt_text: quote(&f.target, &s.from.target),
                marked: s.marked,
            });
        }
    }

    let mut row_views = Vec::with_capacity(rows.len());
    for (k, r) in rows.iter().enumerate() {
        let row_cards = std::mem::take(&mut cards[k]);
        let sev = row_cards
            .iter()
            .filter(|c| c.status != "fixed")
            .map(|c| c.severity)
            .max_by_key(|s| sev_rank(s))
            .unwrap_or("");
        let (ns, nt) = (r.source.len(), r.target.len());
        let (kind, label) = match (ns, nt) {
            (0, 0) => (
                "addition",
                "added in the earlier version, removed by the edit",
            ),
            (0, _) => ("addition", "added: not in the source"),
            (_, 0) => ("omission", "omitted: not in the translation"),
            (1, 1) => ("pair", ""),
            (a, b) if a > b => ("merge", "merged"),
            (a, b) if a < b => ("split", "split"),
            _ => ("group", "regrouped"),
        };
        let confidence = if cmp.is_none() {
            a.alignment
                .paragraphs
                .get(k)
                .filter(|b| b.confidence < 0.9)
                .map(|b| format!("{:.2}", b.confidence))
        } else {
            None
        };
        let ops = r.ops.clone().unwrap_or_default();
        row_views.push(RowView {
            id: format!("r{k}"),
            kind,
            label,
            shape: format!("{ns}-{nt}"),
            sev,
            confidence,
            src: r
                .source
                .clone()
                .filter_map(|p| unit_view(&a.source, p, src_marks.get(&p)))
                .collect(),
            tgt: r
                .target
                .clone()
                .filter_map(|p| unit_view(&a.target, p, tgt_marks.get(&p)))
                .collect(),
            cards: row_cards,
            changed: !ops.is_empty(),
            diff: ops
                .into_iter()
                .map(|o| WordOp {
                    op: o.op,
                    text: visible(&o.text.replace('\r', "")),
                })
                .collect(),
            before_empty: r.before.as_ref().is_some_and(|b| b.is_empty()),
        });
    }

    // Counts.
    let counts = Summary::of(checked);
    let mut cats: BTreeMap<&str, usize> = BTreeMap::new();
    let mut rules_n: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    let mut sevs: BTreeMap<u8, (&str, usize)> = BTreeMap::new();
    let mut stats: BTreeMap<Status, usize> = BTreeMap::new();
    for f in checked {
        *cats.entry(f.rule.category.as_str()).or_default() += 1;
    }
    let mut filter_cats: BTreeMap<&str, usize> = BTreeMap::new();
    for s in shown {
        *filter_cats.entry(s.f.rule.category.as_str()).or_default() += 1;
        rules_n.entry(s.f.rule.id).or_insert((0, s.f.rule.name)).0 += 1;
        let sv = s.f.severity.as_str();
        sevs.entry(sev_rank(sv)).or_insert((sv, 0)).1 += 1;
        if let Some(st) = s.status {
            *stats.entry(st).or_default() += 1;
        }
    }
    let aligned: usize = a
        .alignment
        .paragraphs
        .iter()
        .filter(|b| !b.source.is_empty() && !b.target.is_empty())
        .map(|b| b.source.len())
        .sum();
    let total_src = a.source.units.len();
    let verdict = if counts.fails(opts.fail_on) {
        "fail"
    } else {
        "pass"
    };
    let mode = if cmp.is_some() { "diff" } else { "check" };
    let data = Data {
        mode,
        findings: shown
            .iter()
            .enumerate()
            .map(|(k, s)| {
                (
                    ids[k].clone(),
                    s.f.severity.as_str(),
                    s.f.rule.category.as_str(),
                    s.f.rule.id,
                    s.status.map_or("", Status::as_str),
                    rows_of[k],
                )
            })
            .collect(),
    };
    let mut doc_rules: Vec<&str> = rules_n.keys().copied().collect();
    doc_rules.sort();
    let docs = doc_rules
        .iter()
        .filter_map(|id| rules::find(id))
        .map(|r| RuleDoc {
            id: r.id,
            name: r.name,
            summary: r.summary,
            blocks: markdown(r.docs),
        })
        .collect();
    let diff = cmp.map(|c| {
        let (deleted, inserted) = c.word_counts();
        DiffView {
            changed: c.rows.iter().filter(|r| r.changed()).count(),
            units: c.rows.len(),
            deleted,
            inserted,
            fixed: c.count(Status::Fixed),
            introduced: c.count(Status::Introduced),
            unchanged: c.count(Status::Unchanged),
            before_counts: Summary::of(c.before_findings),
        }
    });
    let sev_of_row: Vec<&'static str> = row_views.iter().map(|r| r.sev).collect();
    Page {
        mode,
        title: format!(
            "transcheck {}: {}",
            if cmp.is_some() { "diff" } else { "report" },
            visible(&a.target.display_path())
        ),
        generated: opts.generated.clone(),
        tool: TOOL.name,
        version: TOOL.version,
        source: FileView::of(&a.source, a.alignment.source_sentences.total),
        target: FileView::of(&a.target, a.alignment.target_sentences.total),
        before: cmp
            .map(|c| FileView::of(&c.before.target, c.before.alignment.target_sentences.total)),
        counts,
        total: shown.len(),
        categories: cats
            .into_iter()
            .map(|(k, n)| Count {
                key: k.into(),
                label: k.into(),
                n,
            })
            .collect(),
        filter_categories: filter_cats
            .into_iter()
            .map(|(k, n)| Count {
                key: k.into(),
                label: k.into(),
                n,
            })
            .collect(),
        rules: rules_n
            .into_iter()
            .map(|(k, (n, name))| Count {
                key: k.into(),
                label: format!("{k} {name}"),
                n,
            })
            .collect(),
        severities: sevs
            .into_iter()
            .rev()
            .map(|(_, (k, n))| Count {
                key: k.into(),
                label: k.into(),
                n,
            })
            .collect(),
        statuses: stats
            .into_iter()
            .map(|(k, n)| Count {
                key: k.as_str().into(),
                label: k.as_str().into(),
                n,
            })
            .collect(),
        aligned,
        aligned_pct: if total_src == 0 {
            "0".into()
        } else {
            format!("{:.0}", 100.0 * aligned as f64 / total_src as f64)
        },
        fail_on: opts.fail_on.map_or("never", Severity::as_str),
        verdict,
        diff,
        map: map_view(a, bead_row, &sev_of_row),
        rows: row_views,
        docs,
        data,
    }
}

struct Mark {
    span: Span,
    sev: &'static str,
    id: String,
}

/// The offset in a unit's plain text of a document offset: the first unit-text offset
/// that maps at or after it ([`crate::input::Unit::to_document`] is monotonic). For a
/// plain-text paragraph this is `offset - span.start`; for markup it skips the tags.
fn unit_offset(unit: &crate::input::Unit, offset: usize) -> usize {
    let (mut lo, mut hi) = (0, unit.text.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if unit.to_document(mid) < offset {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// A paragraph (its plain text) cut into pieces at every highlight boundary and
/// control character.
fn unit_view(doc: &Document, p: usize, marks: Option<&Vec<Mark>>) -> Option<UnitView> {
    let unit = doc.units.get(p)?;
    let (us, ue) = (unit.span.start, unit.span.end);
    let text = unit.text.as_str();
    let mut flag = "";
    let mut flag_ids = Vec::new();
    let mut inner: Vec<(usize, usize, &Mark)> = Vec::new();
    for m in marks.into_iter().flatten() {
        if m.span.sentence.is_none() && m.span.start <= us && m.span.end >= ue {
            // A finding about the whole paragraph flags the paragraph.
            if sev_rank(m.sev) > sev_rank(flag) {
                flag = m.sev;
            }
            flag_ids.push(m.id.as_str());
            continue;
        }
        let (s, e) = (
            unit_offset(unit, m.span.start),
            unit_offset(unit, m.span.end),
        );
        if s < e && text.is_char_boundary(s) && text.is_char_boundary(e) {
            inner.push((s, e, m));
        }
    }
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (s, e, _) in &inner {
        cuts.push(*s);
        cuts.push(*e);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        let active: Vec<&Mark> = inner
            .iter()
            .filter(|(ms, me, _)| *ms <= s && *me >= e)
            .map(|(_, _, m)| *m)
            .collect();
        let sev = active
            .iter()
            .map(|m| m.sev)
            .max_by_key(|s| sev_rank(s))
            .unwrap_or("");
        let ids = active
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        push_text(&mut pieces, &text[s..e], sev, &ids);
    }
    Some(UnitView {
        n: p,
        line: doc.line_col(us).0,
        flag,
        flag_ids: flag_ids.join(" "),
        pieces,
    })
}

/// Appends text, splitting out control characters as badges and dropping `\r`.
fn push_text(out: &mut Vec<Piece>, text: &str, sev: &'static str, ids: &str) {
    let mut plain = String::new();
    let flush = |out: &mut Vec<Piece>, plain: &mut String| {
        if !plain.is_empty() {
            out.push(Piece {
                t: std::mem::take(plain),
                s: sev,
                f: ids.to_string(),
                c: false,
                n: "",
            });
        }
    };
    for ch in text.chars() {
        if ch == '\r' {
            continue;
        }
        match control_name(ch) {
            Some(name) => {
                flush(out, &mut plain);
                out.push(Piece {
                    t: format!("U+{:04X}", ch as u32),
                    s: sev,
                    f: ids.to_string(),
                    c: true,
                    n: name,
                });
            }
            None => plain.push(ch),
        }
    }
    flush(out, &mut plain);
}

/// Characters that change how text around them is displayed, or are invisible: the
/// report shows them as badges instead (a reviewer must see a bidi override).
pub fn control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{2060}' => "WORD JOINER",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{00AD}' => "SOFT HYPHEN",
        '\n' | '\t' => return None,
        c if c.is_control() => "CONTROL CHARACTER",
        _ => return None,
    })
}

/// A short string with its control characters written out (`⟨U+202E⟩`).
pub fn visible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match control_name(c) {
            Some(_) => out.push_str(&format!("⟨U+{:04X}⟩", c as u32)),
            None => out.push(c),
        }
    }
    out
}

fn truncate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// The alignment map: source paragraphs along the top, target paragraphs along the
/// bottom (each side scaled to the full width), every bead a band between them; the
/// beads a reviewer should look at (omissions, additions, merges and splits, beads with
/// findings) are links to their row.
fn map_view(a: &Analysis, bead_row: &[usize], row_sev: &[&'static str]) -> MapView {
    let ns = a.source.units.len().max(1) as f64;
    let nt = a.target.units.len().max(1) as f64;
    let w = ns.max(nt);
    let (sx, tx) = (w / ns, w / nt);
    // Smallest visible width of a mark: about 3px of a 1000px-wide map.
    let min_w = w / 330.0;
    let f = |x: f64| {
        let s = format!("{x:.2}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s.is_empty() || s == "-" {
            "0".to_string()
        } else {
            s.to_string()
        }
    };
    let widen = |x0: f64, x1: f64| {
        if x1 - x0 >= min_w {
            (x0, x1)
        } else {
            let c = (x0 + x1) / 2.0;
            ((c - min_w / 2.0).max(0.0), (c + min_w / 2.0).min(w))
        }
    };
    let gap = |x0: f64, x1: f64| {
        let g = ((x1 - x0) * 0.08).min(0.08);
        (x0 + g, x1 - g)
    };
    let mut band = String::new();
    let mut marks = Vec::new();
    let (mut n_om, mut n_add, mut n_mg) = (0, 0, 0);
    for (k, b) in a.alignment.paragraphs.iter().enumerate() {
        let row = bead_row.get(k).copied().unwrap_or(k);
        let (s0, s1) = gap(b.source.start as f64 * sx, b.source.end as f64 * sx);
        let (t0, t1) = gap(b.target.start as f64 * tx, b.target.end as f64 * tx);
        let sev = row_sev.get(row).copied().unwrap_or("");
        let href = format!("#r{row}");
        let place = |r: &Range<usize>| match r.len() {
            0 => "none".to_string(),
            1 => format!("¶{}", r.start + 1),
            _ => format!("¶{}–{}", r.start + 1, r.end),
        };
        if b.is_omission() {
            n_om += 1;
            let (x0, x1) = widen(s0, s1);
            marks.push(MapMark {
                href,
                class: "om",
                d: format!("M{} 0H{}V22H{}Z", f(x0), f(x1), f(x0)),
                title: format!("source {} omitted in the translation", place(&b.source)),
            });
        } else if b.is_addition() {
            n_add += 1;
            let (x0, x1) = widen(t0, t1);
            marks.push(MapMark {
                href,
                class: "add",
                d: format!("M{} 18H{}V40H{}Z", f(x0), f(x1), f(x0)),
                title: format!("translation {} added (not in the source)", place(&b.target)),
            });
        } else {
            let quad = format!("M{} 0H{}L{} 40H{}Z", f(s0), f(s1), f(t1), f(t0));
            let shaped = b.source.len() != 1 || b.target.len() != 1;
            if shaped {
                n_mg += 1;
                let (x0, x1) = widen(s0, s1);
                let (y0, y1) = widen(t0, t1);
                marks.push(MapMark {
                    href,
                    class: "mg",
                    d: format!("M{} 0H{}L{} 40H{}Z", f(x0), f(x1), f(y1), f(y0)),
                    title: format!(
                        "source {} ↔ translation {} ({}-{})",
                        place(&b.source),
                        place(&b.target),
                        b.source.len(),
                        b.target.len()
                    ),
                });
            } else if !sev.is_empty() {
                let (x0, x1) = widen(s0, s1);
                let (y0, y1) = widen(t0, t1);
                marks.push(MapMark {
                    href,
                    class: match sev {
                        "error" => "se",
                        "warning" => "sw",
                        _ => "si",
                    },
                    d: format!("M{} 0H{}L{} 40H{}Z", f(x0), f(x1), f(y1), f(y0)),
                    title: format!(
                        "source {} ↔ translation {}: {sev}",
                        place(&b.source),
                        place(&b.target)
                    ),
                });
            } else {
                band.push_str(&quad);
            }
        }
    }
    MapView {
        width: f(w),
        band,
        marks,
        desc: format!(
            "{} source paragraphs against {} translation paragraphs: {n_om} omitted, {n_add} added, {n_mg} merged or split.",
            a.source.units.len(),
            a.target.units.len()
        ),
    }
}

/// Just enough Markdown for the rule pages: headings, paragraphs, quotes, fenced code,
/// lists and `inline code`.
fn markdown(src: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut quote: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let mut code: Option<Vec<&str>> = None;
    fn inline(s: &str) -> Vec<Inline> {
        s.split('`')
            .enumerate()
            .filter(|(_, t)| !t.is_empty())
            .map(|(i, t)| Inline {
                code: i % 2 == 1,
                t: t.to_string(),
            })
            .collect()
    }
    let block = |k: &'static str, inl: Vec<Inline>| Block {
        k,
        inl,
        items: Vec::new(),
        text: String::new(),
    };
    let flush = |blocks: &mut Vec<Block>,
                 para: &mut Vec<&str>,
                 quote: &mut Vec<&str>,
                 items: &mut Vec<String>| {
        if !para.is_empty() {
            blocks.push(block("p", inline(&para.join(" "))));
            para.clear();
        }
        if !quote.is_empty() {
            blocks.push(block("quote", inline(&quote.join(" "))));
            quote.clear();
        }
        if !items.is_empty() {
            blocks.push(Block {
                k: "ul",
                inl: Vec::new(),
                items: items.iter().map(|i| inline(i)).collect(),
                text: String::new(),
            });
            items.clear();
        }
    };
    for line in src.lines() {
        if let Some(c) = code.as_mut() {
            if line.trim_start().starts_with("```") {
                let text = c.join("\n");
                blocks.push(Block {
                    k: "pre",
                    inl: Vec::new(),
                    items: Vec::new(),
                    text,
                });
                code = None;
            } else {
                c.push(line);
            }
            continue;
        }
        let t = line.trim();
        if t.starts_with("```") {
            flush(&mut blocks, &mut para, &mut quote, &mut items);
            code = Some(Vec::new());
        } else if t.is_empty() {
            flush(&mut blocks, &mut para, &mut quote, &mut items);
        } else if let Some(h) = t.strip_prefix("### ") {
            flush(&mut blocks, &mut para, &mut quote, &mut items);
            blocks.push(block("h5", inline(h)));
        } else if let Some(h) = t.strip_prefix("## ") {
            flush(&mut blocks, &mut para, &mut quote, &mut items);
            blocks.push(block("h4", inline(h)));
        } else if t.starts_with("# ") {
            // The title is the article's own heading.
            flush(&mut blocks, &mut para, &mut quote, &mut items);
        } else if let Some(q) = t.strip_prefix('>') {
            quote.push(q.trim());
        } else if let Some(i) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
            if !para.is_empty() || !quote.is_empty() {
                flush(&mut blocks, &mut para, &mut quote, &mut items);
            }
            items.push(i.to_string());
        } else if !items.is_empty() && line.starts_with("  ") {
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(t);
            }
        } else {
            if !items.is_empty() {
                flush(&mut blocks, &mut para, &mut quote, &mut items);
            }
            para.push(t);
        }
    }
    if let Some(c) = code {
        blocks.push(Block {
            k: "pre",
            inl: Vec::new(),
            items: Vec::new(),
            text: c.join("\n"),
        });
    }
    flush(&mut blocks, &mut para, &mut quote, &mut items);
    blocks
}

// ---------------------------------------------------------------------------------
// SHA-256 (FIPS 180-4) for the CSP hashes: the only hashing the report needs, small
// enough not to warrant a dependency.

fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for chunk in msg.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, word) in chunk.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, x) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

fn base64(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for c in data.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= c.len() {
                out.push(A[(n >> (18 - 6 * k)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn sha256_base64(data: &[u8]) -> String {
    base64(&sha256(data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_and_base64_match_reference_vectors() {
        assert_eq!(
            sha256_base64(b""),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
        assert_eq!(
            sha256_base64(b"abc"),
            "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
        // Two blocks of padding.
        assert_eq!(
            base64(&sha256(
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
            )),
            "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE="
        );
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
    }

    #[test]
    fn dates_are_civil_utc() {
        assert_eq!(utc_date(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_date(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc_date(1_798_761_599), "2026-12-31 23:59 UTC");
    }

    #[test]
    fn controls_become_visible() {
        assert_eq!(visible("a\u{202E}b"), "a⟨U+202E⟩b");
        assert_eq!(visible("line\nnext"), "line\nnext");
        let mut p = Vec::new();
        push_text(&mut p, "x\u{2066}y\r\n", "", "");
        let kinds: Vec<(&str, bool)> = p.iter().map(|p| (p.t.as_str(), p.c)).collect();
        assert_eq!(kinds, vec![("x", false), ("U+2066", true), ("y\n", false)]);
    }

    #[test]
    fn markdown_blocks() {
        let b = markdown("# T1 x\n\nSome `code` here\nand more.\n\n## Bad\n\n> quoted\n\n- one\n- two\n\n```toml\n[a]\n```\n");
        let kinds: Vec<&str> = b.iter().map(|b| b.k).collect();
        assert_eq!(kinds, vec!["p", "h4", "quote", "ul", "pre"]);
        assert!(b[0].inl[1].code && b[0].inl[1].t == "code");
        assert_eq!(b[0].inl[2].t, " here and more.");
        assert_eq!(b[3].items.len(), 2);
        assert_eq!(b[4].text, "[a]");
    }
}
