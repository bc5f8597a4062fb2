//! The checks, grouped in files by family. Each check is a function from the
//! [`Context`] to findings of its rules (see [`crate::rules`] for the catalogue).

pub mod direction;
pub mod fluency;
pub mod glossary;
pub mod names;
pub mod negation;
pub mod numbers;
pub mod pronoun;
pub mod quotes;
pub mod role;
pub mod spelling;
pub mod structure;
pub mod term;
pub mod untranslated;

use crate::finding::Finding;
use crate::pipeline::Context;

/// Runs every check family.
pub fn run_all(ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    structure::check(ctx, &mut out);
    untranslated::check(ctx, &mut out);
    numbers::check(ctx, &mut out);
    negation::check(ctx, &mut out);
    direction::check(ctx, &mut out);
    role::check(ctx, &mut out);
    pronoun::check(ctx, &mut out);
    term::check(ctx, &mut out);
    names::check(ctx, &mut out);
    spelling::check(ctx, &mut out);
    glossary::check(ctx, &mut out);
    quotes::check(ctx, &mut out);
    fluency::check(ctx, &mut out);
    out
}

/// Sentence beads that have both sides, with their paragraph group.
pub(crate) fn aligned_sentences<'a>(
    ctx: &'a Context,
) -> impl Iterator<Item = (&'a crate::align::Bead, usize)> + 'a {
    let al = &ctx.a.alignment;
    al.sentences
        .iter()
        .zip(&al.sentence_group)
        .filter(|(b, _)| !b.source.is_empty() && !b.target.is_empty())
        .map(|(b, &g)| (b, g))
}

/// Test helpers: run the checks on two small texts.
#[cfg(test)]
pub(crate) mod testing {
    use crate::finding::Finding;
    use crate::input::Document;
    use crate::lang::LanguagePair;
    use crate::pipeline::{analyse, check, Analysis, CheckOptions};

    pub fn analysis(ru: &str, en: &str) -> Analysis {
        let pair = LanguagePair::ru_en();
        let s = Document::from_text("s.ru.txt", ru, pair.source).unwrap();
        let t = Document::from_text("t.en.txt", en, pair.target).unwrap();
        analyse(s, t, pair, &Default::default())
    }

    pub fn findings(ru: &str, en: &str) -> Vec<Finding> {
        check(&analysis(ru, en), &CheckOptions::default())
    }

    /// Severities of the findings of one rule.
    pub fn severities(ru: &str, en: &str, rule: &str) -> Vec<crate::rules::Severity> {
        findings(ru, en)
            .into_iter()
            .filter(|f| f.rule.name == rule)
            .map(|f| f.severity)
            .collect()
    }

    /// Names of the rules that fired, with the target text of each finding.
    pub fn fired(ru: &str, en: &str, rule: &str) -> Vec<String> {
        let a = analysis(ru, en);
        check(&a, &CheckOptions::default())
            .into_iter()
            .filter(|f| f.rule.name == rule)
            .map(|f| {
                f.target
                    .map(|s| a.target.text[s.start..s.end].to_string())
                    .or_else(|| f.source.map(|s| a.source.text[s.start..s.end].to_string()))
                    .unwrap_or_default()
            })
            .collect()
    }
}
