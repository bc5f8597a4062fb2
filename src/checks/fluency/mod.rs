//! Fluency: translationese that a post-editor would rewrite — calques, MT phrasing and
//! false friends from the phrasebook (data, see [`phrasebook`]), and the code rules for
//! repetition, fragments, stray title case, missing articles, overlong sentences and
//! Russian typography left in the English.
//!
//! Everything works on *groups*: the source sentences of a sentence bead and its target
//! sentences. The pipeline builds them from the alignment ([`check`]); the evaluation
//! builds them from gold-aligned segments ([`check_groups`]).

pub mod pattern;
pub mod phrasebook;
mod repetition;
mod structure;

pub use phrasebook::{load_pack, load_packs, Entry, EntryKind, Phrasebook};

/// The ids of the built-in phrasebook's entries.
pub fn builtin_entry_ids() -> impl Iterator<Item = &'static str> {
    phrasebook::builtin()
        .iter()
        .flat_map(|p| p.entries.iter().map(|e| e.id.as_str()))
}

use crate::finding::Finding;
use crate::lang::LanguagePair;
use crate::pipeline::Context;
use crate::rules::{Rule, Severity};
use crate::segment::Sentence;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

/// Settings of the fluency rules (part of [`crate::pipeline::CheckOptions`]).
#[derive(Debug, Clone)]
pub struct FluencyOptions {
    /// Use the built-in phrasebook packs.
    pub builtin: bool,
    /// Extra packs (see [`load_pack`]); an entry with the id of a built-in entry replaces it.
    pub packs: Vec<Arc<Phrasebook>>,
    /// Phrasebook entry ids that must not report.
    pub disabled_entries: HashSet<String>,
    /// A content word this many times in one sentence is a repetition.
    pub repetition_min: usize,
    /// … or this many times in two adjacent sentences of a paragraph (0: off).
    pub repetition_adjacent_min: usize,
    /// … or twice, in the same form, in a sentence of at most this many words (0: off).
    pub repetition_short_max_words: usize,
    /// An English sentence is overlong from this many words …
    pub overlong_min_words: usize,
    /// … when it also has this many times the words of its source.
    pub overlong_ratio: f64,
}

impl Default for FluencyOptions {
    fn default() -> Self {
        FluencyOptions {
            builtin: true,
            packs: Vec::new(),
            disabled_entries: HashSet::new(),
            repetition_min: 3,
            repetition_adjacent_min: 0,
            repetition_short_max_words: 12,
            overlong_min_words: 40,
            overlong_ratio: 1.7,
        }
    }
}

/// One sentence of a group: its global index on its side, its paragraph, and its unit text.
#[derive(Clone, Copy)]
pub struct SentRef<'a> {
    pub g: usize,
    pub paragraph: usize,
    /// The text of the sentence's unit (the sentence's ranges point into it).
    pub text: &'a str,
    pub sent: &'a Sentence,
}

impl<'a> SentRef<'a> {
    pub fn str(&self) -> &'a str {
        &self.text[self.sent.span.clone()]
    }
}

/// Source sentences and the target sentences that translate them.
pub struct Group<'a> {
    pub src: Vec<SentRef<'a>>,
    pub tgt: Vec<SentRef<'a>>,
}

/// A finding before it is placed in a document: ranges are in unit text.
#[derive(Debug, Clone)]
pub struct Flag {
    pub rule: &'static Rule,
    pub entry: Option<String>,
    pub severity: Severity,
    pub message: String,
    pub suggestion: Option<String>,
    /// (global target sentence, range in its unit text)
    pub target: (usize, Range<usize>),
    /// (global source sentence, range in its unit text)
    pub source: Option<(usize, Range<usize>)>,
}

/// The phrasebook entries in force: built-in ones unless replaced, then the user packs.
fn active_entries(opts: &FluencyOptions) -> Vec<&Entry> {
    let user_ids: HashSet<&str> = opts
        .packs
        .iter()
        .flat_map(|p| p.entries.iter().map(|e| e.id.as_str()))
        .collect();
    let builtin: &[Arc<Phrasebook>] = if opts.builtin {
        phrasebook::builtin()
    } else {
        &[]
    };
    builtin
        .iter()
        .flat_map(|p| p.entries.iter())
        .filter(|e| !user_ids.contains(e.id.as_str()))
        .chain(opts.packs.iter().flat_map(|p| p.entries.iter()))
        .filter(|e| !opts.disabled_entries.contains(&e.id))
        .collect()
}

/// Runs every fluency rule on groups of aligned sentences (in target order).
pub fn check_groups(groups: &[Group], pair: &LanguagePair, opts: &FluencyOptions) -> Vec<Flag> {
    let entries = active_entries(opts);
    let mut out = Vec::new();
    for grp in groups {
        let src_toks = phrasebook::group_tokens(&grp.src);
        for t in &grp.tgt {
            let toks = pattern::visible(&t.sent.tokens);
            for e in &entries {
                phrasebook::match_entry(e, &grp.src, t, &toks, &src_toks, &mut out);
            }
            structure::check_sentence(&grp.src, t, pair, opts, &mut out);
        }
    }
    repetition::check(groups, pair, opts, &mut out);
    collapse_dialogue_dashes(&mut out);
    drop_defined_abbreviations(groups, &mut out);
    out
}

/// A phrasebook flag on an abbreviation ("USE", "RF") that the translation introduces
/// itself, in that sentence or before it — "the Unified State Exam (USE)", or the words
/// spelled out with those initials — names a term the reader has been given. A headline
/// abbreviates what the body below it defines, so there the whole text counts.
fn drop_defined_abbreviations(groups: &[Group], out: &mut Vec<Flag>) {
    let sents: Vec<&SentRef> = groups.iter().flat_map(|g| g.tgt.iter()).collect();
    out.retain(|f| {
        if f.entry.is_none() {
            return true;
        }
        let Some(s) = sents.iter().find(|s| s.g == f.target.0) else {
            return true;
        };
        let Some(abbr) = s.text.get(f.target.1.clone()).and_then(abbreviation) else {
            return true;
        };
        let headline = structure::is_headline(s);
        !sents
            .iter()
            .filter(|x| headline || x.g <= f.target.0)
            .any(|x| defines(x.str(), abbr))
    });
}

/// The letters of an abbreviation in capitals ("USE", "OCGs" → "OCG"), if it is one.
fn abbreviation(text: &str) -> Option<&str> {
    let base = text.strip_suffix('s').unwrap_or(text);
    (base.chars().count() >= 2 && base.chars().all(|c| c.is_uppercase())).then_some(base)
}

/// Whether an English sentence introduces `abbr`: in brackets ("(USE)", "(the USE,"), or
/// as the initials of a run of capitalised words ("Unified State Exam", "Ministry of
/// Internal Affairs").
fn defines(text: &str, abbr: &str) -> bool {
    let bracketed = text.match_indices('(').any(|(i, _)| {
        let inner = text[i + 1..].trim_start_matches("the ");
        inner.strip_prefix(abbr).is_some_and(|rest| {
            let rest = rest.strip_prefix('s').unwrap_or(rest);
            rest.starts_with([')', ',', ';'])
        })
    });
    if bracketed {
        return true;
    }
    const INNER: &[&str] = &["of", "and", "for", "on", "in", "the", "&"];
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '&' || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (0..words.len()).filter(|&i| capital(words[i])).any(|i| {
        let mut initials = String::new();
        for w in &words[i..] {
            if capital(w) {
                initials.extend(w.chars().next());
                if initials == abbr {
                    return true;
                }
                if !abbr.starts_with(initials.as_str()) {
                    return false;
                }
            } else if !INNER.contains(w) {
                return false;
            }
        }
        false
    })
}

/// An interview keeps its Russian dialogue dashes on every line: one finding says it,
/// with the count, instead of one per line.
fn collapse_dialogue_dashes(out: &mut Vec<Flag>) {
    let is_dash = |f: &Flag| f.message == structure::DIALOGUE_DASH;
    let n = out.iter().filter(|f| is_dash(f)).count();
    if n < 2 {
        return;
    }
    let mut first = true;
    out.retain(|f| !is_dash(f) || std::mem::take(&mut first));
    if let Some(f) = out.iter_mut().find(|f| is_dash(f)) {
        f.message = format!("{} (here and on {} more lines)", f.message, n - 1);
    }
}

/// The pipeline's entry point: builds groups from the sentence alignment.
pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let tgt = ctx.target();
    fn sref<'a>(side: &crate::pipeline::DocSide<'a>, g: usize) -> SentRef<'a> {
        let (unit, sent, p, _) = side.sentence(g);
        SentRef {
            g,
            paragraph: p,
            text: unit.text.as_str(),
            sent,
        }
    }
    let mut beads: Vec<&crate::align::Bead> = ctx
        .a
        .alignment
        .sentences
        .iter()
        .filter(|b| !b.target.is_empty())
        .collect();
    beads.sort_by_key(|b| b.target.start);
    let groups: Vec<Group> = beads
        .iter()
        .map(|b| Group {
            src: b.source.clone().map(|g| sref(&src, g)).collect(),
            tgt: b.target.clone().map(|g| sref(&tgt, g)).collect(),
        })
        .collect();
    let flags = check_groups(&groups, ctx.pair(), &ctx.opts.fluency);
    for f in flags {
        if !ctx.opts.enabled(f.rule) {
            continue;
        }
        let mut finding = Finding::new(f.rule, f.message)
            .severity(f.severity)
            .target(tgt.span_in(f.target.0, f.target.1));
        if let Some((g, r)) = f.source {
            finding = finding.source(src.span_in(g, r));
        }
        if let Some(s) = f.suggestion {
            finding = finding.suggest(s);
        }
        if let Some(e) = f.entry {
            finding = finding.entry(e);
        }
        out.push(finding);
    }
}

/// Where one entry fires on a Russian text and its English translation (each taken as
/// one group): the flagged English texts. Used by the entry tests and [`phrasebook::verify`].
pub fn entry_fires(e: &Entry, ru: &str, en: &str, pair: &LanguagePair) -> Vec<String> {
    let (ss, ts) = (
        crate::segment::segment(ru, pair.source),
        crate::segment::segment(en, pair.target),
    );
    let group = one_group(ru, &ss, en, &ts);
    let src_toks = phrasebook::group_tokens(&group.src);
    let mut out = Vec::new();
    for t in &group.tgt {
        let toks = pattern::visible(&t.sent.tokens);
        phrasebook::match_entry(e, &group.src, t, &toks, &src_toks, &mut out);
    }
    out.into_iter()
        .map(|f| en[f.target.1.clone()].to_string())
        .collect()
}

/// A source text and its translation, segmented, as one group (one paragraph each).
pub fn one_group<'a>(
    ru: &'a str,
    ss: &'a [Sentence],
    en: &'a str,
    ts: &'a [Sentence],
) -> Group<'a> {
    Group {
        src: ss
            .iter()
            .enumerate()
            .map(|(g, sent)| SentRef {
                g,
                paragraph: 0,
                text: ru,
                sent,
            })
            .collect(),
        tgt: ts
            .iter()
            .enumerate()
            .map(|(g, sent)| SentRef {
                g,
                paragraph: 0,
                text: en,
                sent,
            })
            .collect(),
    }
}

/// Runs every fluency rule on a Russian text and its translation taken as one group;
/// returns the flags with ranges into `en` (and `ru`).
pub fn check_texts(ru: &str, en: &str, pair: &LanguagePair, opts: &FluencyOptions) -> Vec<Flag> {
    let ss = crate::segment::segment(ru, pair.source);
    let ts = crate::segment::segment(en, pair.target);
    check_groups(&[one_group(ru, &ss, en, &ts)], pair, opts)
}

#[cfg(test)]
mod tests;
