//! The diff of two translations of the same source (`transcheck diff SRC BEFORE AFTER`,
//! `transcheck check SRC AFTER --compare BEFORE`): both are aligned to the source, the
//! two paragraph alignments are merged into rows that both agree on, each row gets a
//! word-level diff of the two versions, and the findings of both versions are matched
//! to tell which the edit fixed, which it introduced and which it left.
//!
//! Matching, in three passes over rule + source span + normalised target text:
//! 1. the same rule, source span and normalised target text;
//! 2. the same rule and source span (the edit rewrote the flagged words but the
//!    problem stayed, e.g. a negation still missing from a reworded sentence);
//! 3. for findings without a source span, the same rule and normalised target text
//!    (covered by pass 1, since the source spans are both absent).
//!
//! Whatever is left is fixed (before only) or introduced (after only).

use super::html::visible;
use super::json::{finding, DocInfo, JsonFinding, Tool, TOOL};
use super::Summary;
use crate::align::Bead;
use crate::finding::Finding;
use crate::pipeline::Analysis;
use crate::rules::Severity;
use serde::Serialize;
use similar::{Algorithm, ChangeTag, TextDiff};
use std::collections::HashMap;
use std::ops::Range;
use std::time::Duration;

pub const SCHEMA: &str = "transcheck-diff/1";

/// Most time one word diff may take; past it `similar` returns a coarser (still
/// correct) diff. Only pathological paragraphs get near it.
pub const WORD_DIFF_TIMEOUT: Duration = Duration::from_millis(250);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpKind {
    Equal,
    Delete,
    Insert,
}

/// A run of the word diff: text kept, removed or inserted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordOp {
    pub op: OpKind,
    pub text: String,
}

/// A row both alignments agree on: source paragraphs with their counterparts in each
/// version. A row with an empty source holds paragraphs added by one or both versions.
#[derive(Debug, Clone)]
pub struct DiffRow {
    pub source: Range<usize>,
    pub before: Range<usize>,
    pub after: Range<usize>,
    /// Paragraph beads of each version that make up this row.
    pub before_beads: Range<usize>,
    pub after_beads: Range<usize>,
    /// The word diff; empty when the two versions' texts are equal.
    pub ops: Vec<WordOp>,
}

impl DiffRow {
    pub fn changed(&self) -> bool {
        !self.ops.is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Reported on the earlier version only.
    Fixed,
    /// Reported on the later version only.
    Introduced,
    /// Reported on both.
    Unchanged,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Fixed => "fixed",
            Status::Introduced => "introduced",
            Status::Unchanged => "unchanged",
        }
    }
}

/// A finding of either version with its status and row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matched {
    pub status: Status,
    /// Index into the earlier version's findings (fixed and unchanged).
    pub before: Option<usize>,
    /// Index into the later version's findings (introduced and unchanged).
    pub after: Option<usize>,
    pub row: usize,
}

/// Both versions compared.
pub struct Comparison<'a> {
    pub before: &'a Analysis,
    pub before_findings: &'a [Finding],
    pub after: &'a Analysis,
    pub after_findings: &'a [Finding],
    pub rows: Vec<DiffRow>,
    /// Every finding of both versions, in row order.
    pub findings: Vec<Matched>,
    /// Row of each paragraph bead of each version.
    pub before_bead_row: Vec<usize>,
    pub after_bead_row: Vec<usize>,
}

impl Comparison<'_> {
    pub fn count(&self, s: Status) -> usize {
        self.findings.iter().filter(|m| m.status == s).count()
    }

    /// The status of the later version's finding `i`.
    pub fn after_status(&self) -> Vec<Status> {
        let mut v = vec![Status::Introduced; self.after_findings.len()];
        for m in &self.findings {
            if let Some(a) = m.after {
                v[a] = m.status;
            }
        }
        v
    }

    /// Words removed and inserted over all rows.
    pub fn word_counts(&self) -> (usize, usize) {
        let mut del = 0;
        let mut ins = 0;
        for op in self.rows.iter().flat_map(|r| &r.ops) {
            let n = count_words(&op.text);
            match op.op {
                OpKind::Delete => del += n,
                OpKind::Insert => ins += n,
                OpKind::Equal => {}
            }
        }
        (del, ins)
    }
}

fn count_words(s: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    s.unicode_words().count()
}

/// Merges two paragraph alignments of the same source into rows both agree on.
/// Returns `(source paragraphs, before beads, after beads)` per row.
pub fn joint_rows(a: &[Bead], b: &[Bead]) -> Vec<(Range<usize>, Range<usize>, Range<usize>)> {
    let mut rows = Vec::new();
    let (mut i, mut j) = (0, 0);
    let pos = |beads: &[Bead], k: usize| beads.get(k).map(|x| x.source.start);
    while i < a.len() || j < b.len() {
        let a_add = a.get(i).is_some_and(|x| x.source.is_empty());
        let b_add = b.get(j).is_some_and(|x| x.source.is_empty());
        if a_add || b_add {
            // Added paragraphs at the same point of the source are paired in one row;
            // an addition on one side only makes a row of its own.
            let at = if a_add { pos(a, i) } else { pos(b, j) }.unwrap_or(0);
            let a_here = a_add && pos(a, i) == Some(at);
            let b_here = b_add && pos(b, j) == Some(at);
            let (i0, j0) = (i, j);
            if a_here {
                i += 1;
            }
            if b_here {
                j += 1;
            }
            rows.push((at..at, i0..i, j0..j));
            continue;
        }
        let (i0, j0) = (i, j);
        let (start, mut end) = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => {
                i += 1;
                j += 1;
                (
                    x.source.start.min(y.source.start),
                    x.source.end.max(y.source.end),
                )
            }
            (Some(x), None) => {
                i += 1;
                (x.source.start, x.source.end)
            }
            (None, Some(y)) => {
                j += 1;
                (y.source.start, y.source.end)
            }
            (None, None) => break,
        };
        // Extend until both sides end at the same source boundary.
        loop {
            let mut grew = false;
            while i < a.len() && a[i].source.start < end {
                end = end.max(a[i].source.end);
                i += 1;
                grew = true;
            }
            while j < b.len() && b[j].source.start < end {
                end = end.max(b[j].source.end);
                j += 1;
                grew = true;
            }
            if !grew {
                break;
            }
        }
        rows.push((start..end, i0..i, j0..j));
    }
    rows
}

/// Target paragraphs covered by a run of beads.
fn targets(beads: &[Bead], r: &Range<usize>) -> Range<usize> {
    let mut it = beads[r.clone()].iter().filter(|b| !b.target.is_empty());
    match it.next() {
        None => {
            let at = beads
                .get(r.start)
                .map(|b| b.target.start)
                .unwrap_or_default();
            at..at
        }
        Some(first) => {
            let start = first.target.start;
            let end = it.fold(first.target.end, |e, b| e.max(b.target.end));
            start..end
        }
    }
}

/// The plain text of a range of paragraphs, one paragraph per line.
pub fn paragraphs_text(a: &Analysis, side_target: bool, r: &Range<usize>) -> String {
    let doc = if side_target { &a.target } else { &a.source };
    r.clone()
        .filter_map(|p| doc.units.get(p))
        .map(|u| u.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Word-level diff of two texts (UAX #29 words), with runs of the same kind merged and
/// whitespace between two changes folded into them, so that "a b c" → "x y z" reads as
/// one removal and one insertion rather than three of each.
pub fn word_diff(old: &str, new: &str) -> Vec<WordOp> {
    if old == new {
        return Vec::new();
    }
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Myers)
        .timeout(WORD_DIFF_TIMEOUT)
        .diff_unicode_words(old, new);
    let mut raw: Vec<(OpKind, String)> = Vec::new();
    for ch in diff.iter_all_changes() {
        let k = match ch.tag() {
            ChangeTag::Equal => OpKind::Equal,
            ChangeTag::Delete => OpKind::Delete,
            ChangeTag::Insert => OpKind::Insert,
        };
        match raw.last_mut() {
            Some((lk, s)) if *lk == k => s.push_str(ch.value()),
            _ => raw.push((k, ch.value().to_string())),
        }
    }
    // Fold whitespace-only (or punctuation-free, very short) equal runs that sit between
    // two changes into both sides of the change.
    let mut out: Vec<WordOp> = Vec::new();
    let mut del = String::new();
    let mut ins = String::new();
    let flush = |out: &mut Vec<WordOp>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push(WordOp {
                op: OpKind::Delete,
                text: std::mem::take(del),
            });
        }
        if !ins.is_empty() {
            out.push(WordOp {
                op: OpKind::Insert,
                text: std::mem::take(ins),
            });
        }
    };
    for (n, (k, s)) in raw.iter().enumerate() {
        match k {
            OpKind::Delete => del.push_str(s),
            OpKind::Insert => ins.push_str(s),
            OpKind::Equal => {
                let in_change = !del.is_empty() || !ins.is_empty();
                let next_changes = raw.get(n + 1).is_some_and(|(k, _)| *k != OpKind::Equal);
                if in_change && next_changes && s.trim().is_empty() {
                    del.push_str(s);
                    ins.push_str(s);
                } else {
                    flush(&mut out, &mut del, &mut ins);
                    out.push(WordOp {
                        op: OpKind::Equal,
                        text: s.clone(),
                    });
                }
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

fn bead_rows(n: usize, rows: &[(Range<usize>, Range<usize>, Range<usize>)], a: bool) -> Vec<usize> {
    let mut v = vec![0; n];
    for (k, (_, ra, rb)) in rows.iter().enumerate() {
        for b in if a { ra.clone() } else { rb.clone() } {
            if let Some(x) = v.get_mut(b) {
                *x = k;
            }
        }
    }
    v
}

/// The row a finding belongs to: through its target paragraph, else its source one.
pub(crate) fn finding_row(f: &Finding, a: &Analysis, bead_row: &[usize]) -> usize {
    let beads = &a.alignment.paragraphs;
    let by = |side_target: bool, p: usize| {
        beads
            .iter()
            .position(|b| {
                if side_target {
                    b.target.contains(&p)
                } else {
                    b.source.contains(&p)
                }
            })
            .and_then(|k| bead_row.get(k).copied())
    };
    f.target
        .and_then(|t| by(true, t.paragraph))
        .or_else(|| f.source.and_then(|s| by(false, s.paragraph)))
        .unwrap_or(0)
}

/// Compares two versions of the translation of the same source.
pub fn compare<'a>(
    before: &'a Analysis,
    before_findings: &'a [Finding],
    after: &'a Analysis,
    after_findings: &'a [Finding],
) -> Comparison<'a> {
    let ba = &before.alignment.paragraphs;
    let aa = &after.alignment.paragraphs;
    let joint = joint_rows(ba, aa);
    let rows: Vec<DiffRow> = joint
        .iter()
        .map(|(src, rb, ra)| {
            let bt = targets(ba, rb);
            let at = targets(aa, ra);
            let old = paragraphs_text(before, true, &bt);
            let new = paragraphs_text(after, true, &at);
            DiffRow {
                source: src.clone(),
                before: bt,
                after: at,
                before_beads: rb.clone(),
                after_beads: ra.clone(),
                ops: word_diff(&old, &new),
            }
        })
        .collect();
    let before_bead_row = bead_rows(ba.len(), &joint, true);
    let after_bead_row = bead_rows(aa.len(), &joint, false);

    // Keys of the matching passes.
    type Key = (&'static str, Option<(usize, usize)>, String);
    let key = |f: &Finding, a: &Analysis, with_text: bool| -> Key {
        let src = f.source.map(|s| (s.start, s.end));
        let text = if with_text || src.is_none() {
            super::fingerprint::span_text(f.target.as_ref(), &a.target)
        } else {
            String::new()
        };
        (f.rule.id, src, text)
    };
    let before_rows: Vec<usize> = before_findings
        .iter()
        .map(|f| finding_row(f, before, &before_bead_row))
        .collect();
    let after_rows: Vec<usize> = after_findings
        .iter()
        .map(|f| finding_row(f, after, &after_bead_row))
        .collect();
    let mut after_taken = vec![false; after_findings.len()];
    let mut before_match: Vec<Option<usize>> = vec![None; before_findings.len()];
    for with_text in [true, false] {
        let mut index: HashMap<Key, Vec<usize>> = HashMap::new();
        for (k, f) in after_findings.iter().enumerate() {
            if !after_taken[k] {
                index.entry(key(f, after, with_text)).or_default().push(k);
            }
        }
        for (k, f) in before_findings.iter().enumerate() {
            if before_match[k].is_some() {
                continue;
            }
            let Some(list) = index.get_mut(&key(f, before, with_text)) else {
                continue;
            };
            // Of equal candidates, the one in the nearest row (a lone quotation mark
            // or figure may be flagged in several places).
            let best = list
                .iter()
                .enumerate()
                .min_by_key(|(_, &m)| (after_rows[m].abs_diff(before_rows[k]), m))
                .map(|(pos, _)| pos);
            if let Some(pos) = best {
                let m = list.remove(pos);
                after_taken[m] = true;
                before_match[k] = Some(m);
            }
        }
    }
    let mut findings = Vec::new();
    for k in 0..before_findings.len() {
        match before_match[k] {
            Some(m) => findings.push(Matched {
                status: Status::Unchanged,
                before: Some(k),
                after: Some(m),
                row: after_rows[m],
            }),
            None => findings.push(Matched {
                status: Status::Fixed,
                before: Some(k),
                after: None,
                row: before_rows[k],
            }),
        }
    }
    for k in 0..after_findings.len() {
        if !after_taken[k] {
            findings.push(Matched {
                status: Status::Introduced,
                before: None,
                after: Some(k),
                row: after_rows[k],
            });
        }
    }
    findings.sort_by_key(|m| (m.row, m.status, m.after, m.before));
    Comparison {
        before,
        before_findings,
        after,
        after_findings,
        rows,
        findings,
        before_bead_row,
        after_bead_row,
    }
}

/// Whether a gate failing at `level` fails on what the edit introduced.
pub fn introduced_fails(c: &Comparison, level: Option<Severity>) -> bool {
    let Some(level) = level else { return false };
    c.findings.iter().any(|m| {
        m.status == Status::Introduced
            && m.after
                .is_some_and(|a| c.after_findings[a].severity >= level)
    })
}

// ---------------------------------------------------------------------------------
// JSON

#[derive(Serialize)]
pub struct JsonUnit {
    pub source: Vec<usize>,
    pub before: Vec<usize>,
    pub after: Vec<usize>,
    pub changed: bool,
    pub ops: Vec<WordOp>,
}

#[derive(Serialize)]
pub struct JsonDiffFinding {
    pub status: Status,
    pub unit: usize,
    #[serde(flatten)]
    pub finding: JsonFinding,
}

#[derive(Serialize)]
pub struct JsonDiffSummary {
    pub units: usize,
    pub changed_units: usize,
    pub words_deleted: usize,
    pub words_inserted: usize,
    pub fixed: usize,
    pub introduced: usize,
    pub unchanged: usize,
    pub before: Summary,
    pub after: Summary,
}

#[derive(Serialize)]
pub struct JsonDiff {
    pub schema: &'static str,
    pub tool: Tool,
    pub source: DocInfo,
    pub before: DocInfo,
    pub after: DocInfo,
    pub units: Vec<JsonUnit>,
    pub findings: Vec<JsonDiffFinding>,
    pub summary: JsonDiffSummary,
}

pub fn json(c: &Comparison) -> JsonDiff {
    let (del, ins) = c.word_counts();
    JsonDiff {
        schema: SCHEMA,
        tool: TOOL,
        source: DocInfo::of(&c.after.source, c.after.alignment.source_sentences.total),
        before: DocInfo::of(&c.before.target, c.before.alignment.target_sentences.total),
        after: DocInfo::of(&c.after.target, c.after.alignment.target_sentences.total),
        units: c
            .rows
            .iter()
            .map(|r| JsonUnit {
                source: r.source.clone().collect(),
                before: r.before.clone().collect(),
                after: r.after.clone().collect(),
                changed: r.changed(),
                ops: r.ops.clone(),
            })
            .collect(),
        findings: c
            .findings
            .iter()
            .filter_map(|m| {
                let f = match (m.after, m.before) {
                    (Some(a), _) => finding(&c.after_findings[a], c.after),
                    (None, Some(b)) => finding(&c.before_findings[b], c.before),
                    (None, None) => return None,
                };
                Some(JsonDiffFinding {
                    status: m.status,
                    unit: m.row,
                    finding: f,
                })
            })
            .collect(),
        summary: JsonDiffSummary {
            units: c.rows.len(),
            changed_units: c.rows.iter().filter(|r| r.changed()).count(),
            words_deleted: del,
            words_inserted: ins,
            fixed: c.count(Status::Fixed),
            introduced: c.count(Status::Introduced),
            unchanged: c.count(Status::Unchanged),
            before: Summary::of(c.before_findings),
            after: Summary::of(c.after_findings),
        },
    }
}

// ---------------------------------------------------------------------------------
// Terminal

fn para_list(r: &Range<usize>) -> String {
    match r.len() {
        0 => "–".into(),
        1 => r.start.to_string(),
        _ => format!("{}-{}", r.start, r.end - 1),
    }
}

/// The terminal diff: every edited row as a `git diff --word-diff=plain`-style line
/// (`[-removed-]{+inserted+}`, coloured when `color`), the findings the edit fixed and
/// introduced under it, and a summary line. Bidi and other invisible control
/// characters of the texts are written out (`⟨U+202E⟩`), as in the HTML report.
pub fn human(c: &Comparison, color: bool) -> String {
    use anstyle::{AnsiColor, Effects, Style};
    let red = Style::new().fg_color(Some(AnsiColor::Red.into()));
    let green = Style::new().fg_color(Some(AnsiColor::Green.into()));
    let dim = Style::new().effects(Effects::BOLD);
    let paint = |s: Style, text: &str| {
        if color {
            format!("{}{text}{}", s.render(), s.render_reset())
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    let mut by_row: HashMap<usize, Vec<&Matched>> = HashMap::new();
    for m in &c.findings {
        if m.status != Status::Unchanged {
            by_row.entry(m.row).or_default().push(m);
        }
    }
    let apath = c.after.target.display_path();
    for (k, r) in c.rows.iter().enumerate() {
        let notes = by_row.get(&k);
        if !r.changed() && notes.is_none() {
            continue;
        }
        let line = c
            .after
            .target
            .units
            .get(r.after.start)
            .filter(|_| !r.after.is_empty())
            .map(|u| format!(" {apath}:{}", c.after.target.line_col(u.span.start).0))
            .unwrap_or_default();
        out.push_str(&paint(
            dim,
            &format!(
                "@@ source ¶{} · before ¶{} · after ¶{}{line} @@",
                para_list(&r.source),
                para_list(&r.before),
                para_list(&r.after)
            ),
        ));
        out.push('\n');
        if r.changed() {
            for op in &r.ops {
                match op.op {
                    OpKind::Equal => out.push_str(&visible(&op.text)),
                    OpKind::Delete => {
                        out.push_str(&paint(red, &format!("[-{}-]", visible(&op.text))))
                    }
                    OpKind::Insert => {
                        out.push_str(&paint(green, &format!("{{+{}+}}", visible(&op.text))))
                    }
                }
            }
            out.push('\n');
        }
        for m in notes.into_iter().flatten() {
            let f = match (m.after, m.before) {
                (Some(a), _) => &c.after_findings[a],
                (None, Some(b)) => &c.before_findings[b],
                (None, None) => continue,
            };
            let tag = match m.status {
                Status::Fixed => paint(green, "fixed     "),
                Status::Introduced => paint(red, "introduced"),
                Status::Unchanged => "unchanged ".into(),
            };
            out.push_str(&format!(
                "  {tag} {} {} [{}] {}\n",
                f.rule.id,
                f.rule.name,
                f.severity,
                visible(&f.message)
            ));
        }
        out.push('\n');
    }
    let (del, ins) = c.word_counts();
    let changed = c.rows.iter().filter(|r| r.changed()).count();
    out.push_str(&format!(
        "{changed} of {} units edited (−{del} +{ins} words) · {} fixed, {} introduced, {} unchanged findings\n",
        c.rows.len(),
        c.count(Status::Fixed),
        c.count(Status::Introduced),
        c.count(Status::Unchanged),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bead(s: Range<usize>, t: Range<usize>) -> Bead {
        Bead {
            source: s,
            target: t,
            evidence: 0.0,
            confidence: 1.0,
        }
    }

    #[test]
    fn joint_rows_merge_to_common_boundaries() {
        // before: 0-0, {1,2}-1, 3-(omitted), ()-2 added
        let a = vec![
            bead(0..1, 0..1),
            bead(1..3, 1..2),
            bead(3..4, 2..2),
            bead(4..4, 2..3),
        ];
        // after: 0-0, 1-1, 2-2, 3-3 (no addition)
        let b = vec![
            bead(0..1, 0..1),
            bead(1..2, 1..2),
            bead(2..3, 2..3),
            bead(3..4, 3..4),
        ];
        let rows = joint_rows(&a, &b);
        assert_eq!(
            rows,
            vec![
                (0..1, 0..1, 0..1),
                (1..3, 1..2, 1..3),
                (3..4, 2..3, 3..4),
                (4..4, 3..4, 4..4),
            ]
        );
        // Additions at the same place on both sides share a row.
        let a = vec![bead(0..0, 0..1), bead(0..1, 1..2)];
        let b = vec![bead(0..0, 0..1), bead(0..1, 1..2)];
        assert_eq!(
            joint_rows(&a, &b),
            vec![(0..0, 0..1, 0..1), (0..1, 1..2, 1..2)]
        );
        assert!(joint_rows(&[], &[]).is_empty());
    }

    #[test]
    fn word_diff_marks_removed_and_inserted_words() {
        let ops = word_diff(
            "Traffic exceeded 2.8 million trips.",
            "Traffic exceeded 2.8 billion trips.",
        );
        assert_eq!(
            ops,
            vec![
                WordOp {
                    op: OpKind::Equal,
                    text: "Traffic exceeded 2.8 ".into()
                },
                WordOp {
                    op: OpKind::Delete,
                    text: "million".into()
                },
                WordOp {
                    op: OpKind::Insert,
                    text: "billion".into()
                },
                WordOp {
                    op: OpKind::Equal,
                    text: " trips.".into()
                },
            ]
        );
        assert!(word_diff("same", "same").is_empty());
        // Adjacent changed words become one removal and one insertion.
        let ops = word_diff("a big red car", "a small blue car");
        assert_eq!(
            ops.iter().filter(|o| o.op != OpKind::Equal).count(),
            2,
            "{ops:?}"
        );
        // Reassembling each side gives the inputs back.
        let old: String = ops
            .iter()
            .filter(|o| o.op != OpKind::Insert)
            .map(|o| o.text.as_str())
            .collect();
        let new: String = ops
            .iter()
            .filter(|o| o.op != OpKind::Delete)
            .map(|o| o.text.as_str())
            .collect();
        assert_eq!(old, "a big red car");
        assert_eq!(new, "a small blue car");
    }
}
