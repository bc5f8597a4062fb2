//! Recall of the accuracy checks (numbers and names): defects planted one at a time
//! into professional reference translations of WMT documents, each document checked
//! before and after, and a planted defect counted as found when a finding of the
//! expected rule points at it.

use super::checks_eval::document_text;
use super::data::WmtDoc;
use super::rng::Rng;
use crate::checks::names::{name_pairs, NamePair};
use crate::finding::Finding;
use crate::input::Document;
use crate::lang::LanguagePair;
use crate::pipeline::{analyse, check, Analysis, AnalysisOptions, CheckOptions, Context};
use std::collections::BTreeMap;
use std::ops::Range;

/// The kinds of planted defect and the rules that may report each.
pub const KINDS: &[(&str, &[&str])] = &[
    ("digit change", &["number-mismatch"]),
    ("magnitude change", &["number-mismatch"]),
    (
        "name substitution",
        &["name-substituted", "name-missing", "name-added"],
    ),
    ("name removal", &["name-missing", "name-substituted"]),
    ("institution calque", &["name-calque"]),
    ("direction flip", &["direction-mismatch"]),
    (
        "spelling variant",
        &["inconsistent-rendering", "spelling-variant"],
    ),
];

#[derive(Debug, Default, Clone, Copy)]
pub struct Recall {
    pub planted: usize,
    pub found: usize,
    /// Found at error level (what fails a CI gate).
    pub found_error: usize,
    /// Found by a finding whose translation span covers the planted text itself (the
    /// others name the source word and point elsewhere in the sentence).
    pub found_at_target: usize,
}

/// One planted edit of the target text: replace `range` by `with`.
struct Edit {
    range: Range<usize>,
    with: String,
    /// Where a finding must point: the target span after the edit, or (for removals)
    /// the source span of the removed name.
    target_after: Option<Range<usize>>,
    source: Option<Range<usize>>,
}

fn analysis(pair: &'static LanguagePair, src: &str, tgt: &str) -> Option<Analysis> {
    let s = Document::from_text("source.ru.txt", src, pair.source).ok()?;
    let t = Document::from_text("target.en.txt", tgt, pair.target).ok()?;
    Some(analyse(s, t, pair, &AnalysisOptions::default()))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Candidate edits of one kind in a clean analysis.
fn candidates(kind: &str, a: &Analysis, pairs: &[NamePair], other_names: &[String]) -> Vec<Edit> {
    let text = &a.target.text;
    let mut out = Vec::new();
    match kind {
        "digit change" | "magnitude change" => {
            for (u, sents) in a.target.units.iter().zip(&a.target_sentences) {
                for s in sents {
                    for m in &s.numbers {
                        let r = u.to_document(m.span.start)..u.to_document(m.span.end);
                        let t = &text[r.clone()];
                        if kind == "digit change" && !m.spelled {
                            let digits: Vec<(usize, char)> = t
                                .char_indices()
                                .filter(|(_, c)| c.is_ascii_digit())
                                .collect();
                            if digits.len() >= 2 {
                                // Swap the last two different digits, or bump the last one.
                                let (i, c) = digits[digits.len() - 1];
                                let (j, d) = digits[digits.len() - 2];
                                let mut new = t.to_string();
                                if c != d {
                                    new.replace_range(i..i + 1, &d.to_string());
                                    new.replace_range(j..j + 1, &c.to_string());
                                } else {
                                    let bumped =
                                        char::from_digit((c.to_digit(10).unwrap() + 1) % 10, 10)
                                            .unwrap();
                                    new.replace_range(i..i + 1, &bumped.to_string());
                                }
                                out.push(Edit {
                                    target_after: Some(r.start..r.start + new.len()),
                                    range: r.clone(),
                                    with: new,
                                    source: None,
                                });
                            }
                        }
                        if kind == "magnitude change" {
                            for (w, to) in [
                                ("million", "billion"),
                                ("billion", "million"),
                                ("thousand", "million"),
                                ("trillion", "billion"),
                            ] {
                                if let Some(i) = t.find(w) {
                                    let mut new = t.to_string();
                                    new.replace_range(i..i + w.len(), to);
                                    out.push(Edit {
                                        target_after: Some(r.start..r.start + new.len()),
                                        range: r.clone(),
                                        with: new,
                                        source: None,
                                    });
                                    break;
                                }
                            }
                        }
                    }
                }
            }
        }
        "name substitution" | "name removal" => {
            for p in pairs {
                // Only persons and non-entity names: the ones whose loss is unmistakable.
                let last = p.name.keys.len() - 1;
                let Some((_, t)) = p.renderings.iter().find(|(i, _)| *i == last) else {
                    continue;
                };
                let unit = &a.target.units[a.alignment.target_sentences.locate(t.g).0];
                let r = unit.to_document(t.span.start)..unit.to_document(t.span.end);
                let src_unit = &a.source.units[a.alignment.source_sentences.locate(p.name.g).0];
                let sr =
                    src_unit.to_document(p.name.span.start)..src_unit.to_document(p.name.span.end);
                if kind == "name substitution" {
                    let Some(other) = other_names
                        .iter()
                        .find(|o| o.as_str() != &text[r.clone()] && !o.is_empty())
                    else {
                        continue;
                    };
                    out.push(Edit {
                        target_after: Some(r.start..r.start + other.len()),
                        range: r,
                        with: other.clone(),
                        source: Some(sr),
                    });
                } else {
                    // Remove every rendered word of the name in that sentence.
                    let lo = p
                        .renderings
                        .iter()
                        .map(|(_, t)| unit.to_document(t.span.start))
                        .min()
                        .unwrap();
                    let hi = p
                        .renderings
                        .iter()
                        .map(|(_, t)| unit.to_document(t.span.end))
                        .max()
                        .unwrap();
                    if hi - lo > 60 {
                        continue;
                    }
                    out.push(Edit {
                        range: lo..hi,
                        with: String::new(),
                        target_after: None,
                        source: Some(sr),
                    });
                }
            }
        }
        "institution calque" => {
            let gaz = &a.pair.gazetteer;
            for p in pairs {
                let Some(e) = p.name.entity else { continue };
                let entry = &gaz.entries[e];
                let Some(calque) = entry.calques.iter().find(|c| c.contains(' ')) else {
                    continue;
                };
                let (_, t) = &p.renderings[0];
                let unit = &a.target.units[a.alignment.target_sentences.locate(t.g).0];
                let sent_start = unit.to_document(0);
                // The established form, as written in this sentence.
                for form in &entry.accepted {
                    if let Some(i) = unit.text.find(form.as_str()) {
                        let start = sent_start + i;
                        out.push(Edit {
                            target_after: Some(start..start + calque.len()),
                            range: start..start + form.len(),
                            with: calque.clone(),
                            source: None,
                        });
                        break;
                    }
                }
            }
        }
        "spelling variant" => {
            // A name written at least twice: respell a later occurrence.
            let mut seen: BTreeMap<String, usize> = BTreeMap::new();
            for p in pairs {
                for (_, t) in &p.renderings {
                    let unit = &a.target.units[a.alignment.target_sentences.locate(t.g).0];
                    let r = unit.to_document(t.span.start)..unit.to_document(t.span.end);
                    let word = text[r.clone()].to_string();
                    let n = seen.entry(word.clone()).or_default();
                    *n += 1;
                    if *n >= 2
                        && word.chars().count() >= 5
                        && word.chars().all(|c| c.is_alphabetic())
                    {
                        out.push(Edit {
                            target_after: Some(r.start..r.start + respell(&word).len()),
                            with: respell(&word),
                            range: r,
                            source: None,
                        });
                    }
                }
            }
        }
        "direction flip" => {
            // Only words that render a change the source states: a flipped "fell in
            // love" or "higher education" is no translation error to find.
            use crate::checks::direction::{source_direction, Direction};
            let al = &a.alignment;
            for b in al.sentences.iter().filter(|b| b.shape() == (1, 1)) {
                let (su, ss) = al.source_sentences.locate(b.source.start);
                let (tu, ts) = al.target_sentences.locate(b.target.start);
                let Some(dir) = source_direction(&a.source_sentences[su][ss]) else {
                    continue;
                };
                let (u, s) = (&a.target.units[tu], &a.target_sentences[tu][ts]);
                {
                    for t in s.tokens.iter().filter(|t| t.is_word()) {
                        let Some(&(_, to, up)) =
                            DIRECTION_FLIPS.iter().find(|(w, _, _)| *w == t.lower)
                        else {
                            continue;
                        };
                        if (dir == Direction::Up) != up {
                            continue;
                        }
                        let r = u.to_document(t.span.start)..u.to_document(t.span.end);
                        let mut with = to.to_string();
                        if text[r.clone()].starts_with(|c: char| c.is_uppercase()) {
                            with = with[..1].to_uppercase() + &with[1..];
                        }
                        out.push(Edit {
                            target_after: Some(r.start..r.start + with.len()),
                            range: r,
                            with,
                            source: None,
                        });
                    }
                }
            }
        }
        _ => {}
    }
    out
}

/// English words of change, their opposites, and whether they say "up".
const DIRECTION_FLIPS: &[(&str, &str, bool)] = &[
    ("rose", "fell", true),
    ("risen", "fallen", true),
    ("rising", "falling", true),
    ("rises", "falls", true),
    ("fell", "rose", false),
    ("fallen", "risen", false),
    ("falling", "rising", false),
    ("increased", "decreased", true),
    ("increase", "decrease", true),
    ("increases", "decreases", true),
    ("increasing", "decreasing", true),
    ("decreased", "increased", false),
    ("decrease", "increase", false),
    ("decreasing", "increasing", false),
    ("grew", "fell", true),
    ("higher", "lower", true),
    ("lower", "higher", false),
    ("dropped", "rose", false),
    ("reduced", "increased", false),
    ("cheaper", "pricier", false),
];

/// A plausible other spelling: v→w, ey→ei, y→i, or a doubled consonant.
fn respell(w: &str) -> String {
    for (a, b) in [
        ("v", "w"),
        ("ey", "ei"),
        ("y", "i"),
        ("ts", "tz"),
        ("ch", "tch"),
    ] {
        if let Some(i) = w[1..].find(a) {
            let mut s = w.to_string();
            s.replace_range(1 + i..1 + i + a.len(), b);
            return s;
        }
    }
    let chars: Vec<char> = w.chars().collect();
    let i = chars.len() / 2;
    let mut s: String = chars[..=i].iter().collect();
    s.push(chars[i]);
    s.extend(&chars[i + 1..]);
    s
}

/// Planting rounds with different seeds. One draw per document and kind moves the
/// recall of a kind by ±0.02 from seed to seed; three rounds pool three draws.
pub const ROUNDS: u64 = 3;

/// Plants one defect of each kind per document (when the document offers one), in each
/// of [`ROUNDS`] rounds, and measures recall.
pub fn recall(
    pair: &'static LanguagePair,
    docs: &[WmtDoc],
    seed: u64,
) -> BTreeMap<&'static str, Recall> {
    let mut out: BTreeMap<&'static str, Recall> = BTreeMap::new();
    // Names to substitute, gathered from every document's reference.
    let mut pool: Vec<String> = Vec::new();
    let mut prepared = Vec::new();
    for doc in docs {
        let src = document_text(doc, &doc.segments_src);
        let tgt = document_text(doc, &doc.segments_ref);
        let Some(a) = analysis(pair, &src, &tgt) else {
            continue;
        };
        let pairs = {
            let opts = CheckOptions::default();
            let ctx = Context { a: &a, opts: &opts };
            name_pairs(&ctx)
        };
        for p in &pairs {
            for (_, t) in &p.renderings {
                if t.text.chars().count() >= 4 && t.text.chars().all(|c| c.is_alphabetic()) {
                    pool.push(t.text.clone());
                }
            }
        }
        prepared.push((doc, src, tgt, a, pairs));
    }
    for (round, (d, (doc, src, tgt, a, pairs))) in
        (0..ROUNDS).flat_map(|r| prepared.iter().enumerate().map(move |x| (r, x)))
    {
        let seed = seed.wrapping_add(round.wrapping_mul(7919));
        for (k, (kind, rules)) in KINDS.iter().enumerate() {
            // Each (document, kind) draws from its own stream, so adding a kind does not
            // reshuffle the plants of the others.
            let mut rng = Rng::new(
                seed ^ (d as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
                    ^ (k as u64 + 1).wrapping_mul(0xC2B2_AE3D_27D4_EB4F),
            );
            // Substitutes come from another document's names.
            let others: Vec<String> = (0..8)
                .map(|k| pool[(d * 31 + k * 7 + 3) % pool.len().max(1)].clone())
                .collect();
            let cands = candidates(kind, a, pairs, &others);
            if cands.is_empty() {
                continue;
            }
            let e = &cands[rng.below(cands.len())];
            let mut new = tgt.clone();
            let mut range = e.range.clone();
            // A removed name takes one of its surrounding spaces with it.
            if e.with.is_empty() && new[range.end..].starts_with(' ') {
                range.end += 1;
            }
            new.replace_range(range, &e.with);
            let Some(b) = analysis(pair, src, &new) else {
                continue;
            };
            let findings: Vec<Finding> = check(&b, &CheckOptions::default());
            // A finding detects the defect when it points at the planted text in the
            // translation, or at the source word whose rendering was changed.
            let at_target = |f: &&Finding| {
                e.target_after
                    .as_ref()
                    .is_some_and(|t| f.target.is_some_and(|s| overlaps(&(s.start..s.end), t)))
            };
            let at_source = |f: &&Finding| {
                e.source
                    .as_ref()
                    .is_some_and(|sr| f.source.is_some_and(|s| overlaps(&(s.start..s.end), sr)))
            };
            let relevant = || findings.iter().filter(|f| rules.contains(&f.rule.name));
            let hit = relevant()
                .find(at_target)
                .or_else(|| relevant().find(at_source));
            if relevant().any(|f| at_target(&f)) {
                out.entry(kind).or_default().found_at_target += 1;
            }
            let r = out.entry(kind).or_default();
            r.planted += 1;
            if let Some(f) = hit {
                r.found += 1;
                if f.severity == crate::rules::Severity::Error {
                    r.found_error += 1;
                }
            } else if std::env::var_os("TRANSCHECK_EVAL_DEBUG").is_some() {
                let ctx_start = e.range.start.saturating_sub(60);
                let ctx_end = (e.range.end + 60).min(tgt.len());
                let snippet: String = tgt.get(ctx_start..ctx_end).unwrap_or("").chars().collect();
                eprintln!(
                    "MISSED {kind}: «{}» → «{}» in …{}…",
                    &tgt[e.range.clone()],
                    e.with,
                    snippet.replace('\n', " ")
                );
                // Keep the pair to rerun `transcheck check` on it.
                if let Some(dir) = std::env::var_os("TRANSCHECK_EVAL_DUMP") {
                    let stem = std::path::Path::new(&dir).join(format!(
                        "{}-{}",
                        doc.doc_id.replace(|c: char| !c.is_alphanumeric(), "_"),
                        kind.replace(' ', "-")
                    ));
                    let _ = std::fs::create_dir_all(&dir);
                    let _ = std::fs::write(stem.with_extension("ru.txt"), src);
                    let _ = std::fs::write(stem.with_extension("en.txt"), &new);
                }
            }
        }
    }
    out
}
