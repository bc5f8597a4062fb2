//! Where the WMT "gold" 1-1 link is not a translation: an MT segment that shares almost
//! nothing with any other translation of the same source segment (the reference and the
//! other systems) is a hallucination ("(Laughter) (Laughter)" for a list of actors) or
//! a wholesale mistranslation. Whether an aligner should link it or report an omission
//! plus an addition is then a matter of opinion, so the alignment evaluation scores
//! neither answer on such units (and reports how many it set aside).
//!
//! The test is monolingual (English against English), so it does not depend on the
//! aligner it is used to score. References are never set aside: a professional
//! translation is the gold by definition, however free.

use super::data::WmtDoc;
use std::collections::HashMap;

/// Highest character-trigram Dice similarity to any other translation below which an MT
/// segment counts as unrelated. Real translations of the same segment, even free ones,
/// score above it on every WMT set (see docs/evaluation.md).
pub const UNRELATED_BELOW: f64 = 0.1;

/// Segments shorter than this many words are never set aside: trigram overlap says
/// little about two- or three-word renderings ("Great guys!" / "Awesome staff!").
pub const MIN_WORDS: usize = 4;

/// Character trigrams of a lowercased text with punctuation removed, counted.
fn trigrams(s: &str) -> HashMap<[char; 3], usize> {
    let cleaned: String = s
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let padded: Vec<char> = format!(
        " {} ",
        cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
    )
    .chars()
    .collect();
    let mut out = HashMap::new();
    for w in padded.windows(3) {
        *out.entry([w[0], w[1], w[2]]).or_insert(0) += 1;
    }
    out
}

/// Dice coefficient of two trigram multisets (1.0 for two empty texts).
pub fn similarity(a: &str, b: &str) -> f64 {
    let (ga, gb) = (trigrams(a), trigrams(b));
    let total: usize = ga.values().sum::<usize>() + gb.values().sum::<usize>();
    if total == 0 {
        return 1.0;
    }
    let shared: usize = ga
        .iter()
        .map(|(g, &n)| n.min(gb.get(g).copied().unwrap_or(0)))
        .sum();
    2.0 * shared as f64 / total as f64
}

/// For one system's translation of `doc`: per segment (in document order), whether it is
/// unrelated to every other translation of the same segment. All false for the reference
/// (`system` None) and when no other translation has the document's shape.
pub fn unrelated_segments(doc: &WmtDoc, system: Option<&str>) -> Vec<bool> {
    let flat = |p: &[Vec<String>]| -> Vec<String> { p.iter().flatten().cloned().collect() };
    let n = doc.segments_src.iter().map(Vec::len).sum();
    let Some(system) = system else {
        return vec![false; n];
    };
    let Some(own) = doc.segments_mt.get(system).map(|p| flat(p)) else {
        return vec![false; n];
    };
    let others: Vec<Vec<String>> = std::iter::once(&doc.segments_ref)
        .chain(
            doc.segments_mt
                .iter()
                .filter(|(s, _)| s.as_str() != system)
                .map(|(_, p)| p),
        )
        .map(|p| flat(p))
        .filter(|o| o.len() == n)
        .collect();
    if own.len() != n || others.is_empty() {
        return vec![false; n];
    }
    own.iter()
        .enumerate()
        .map(|(i, seg)| {
            seg.split_whitespace().count() >= MIN_WORDS
                && others
                    .iter()
                    .all(|o| similarity(seg, &o[i]) < UNRELATED_BELOW)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn doc(reference: &[&str], systems: &[(&str, &[&str])]) -> WmtDoc {
        let para = |s: &[&str]| vec![s.iter().map(|x| x.to_string()).collect::<Vec<_>>()];
        WmtDoc {
            doc_id: "d".into(),
            domain: "news".into(),
            paragraph_markup: false,
            segments_src: para(&vec!["x"; reference.len()]),
            segments_ref: para(reference),
            segments_mt: systems
                .iter()
                .map(|(n, s)| (n.to_string(), para(s)))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    #[test]
    fn a_hallucinated_segment_is_unrelated_and_a_free_rendering_is_not() {
        let d = doc(
            &[
                "STARRING: Julia Voth, Erin Cummings, Michael Hurst",
                "Prices were reasonable compared to other shops.",
            ],
            &[
                (
                    "good",
                    &[
                        "Cast: Julia Voth, Erin Cummings, Michael Hurst",
                        "The prices are adequate compared with other places.",
                    ],
                ),
                (
                    "weak",
                    &[
                        "I'm the one who's gonna make you dance tonight",
                        "Prices are fair in comparison with other stores.",
                    ],
                ),
            ],
        );
        assert_eq!(unrelated_segments(&d, Some("weak")), vec![true, false]);
        assert_eq!(unrelated_segments(&d, Some("good")), vec![false, false]);
    }

    #[test]
    fn references_and_short_segments_are_never_set_aside() {
        let d = doc(
            &[
                "Awesome staff!",
                "Nothing at all in common with others here",
            ],
            &[(
                "a",
                &["Great guys!", "A completely different sentence appears"],
            )],
        );
        assert_eq!(unrelated_segments(&d, None), vec![false, false]);
        let u = unrelated_segments(&d, Some("a"));
        assert!(!u[0], "two words are too short to judge");
    }
}
