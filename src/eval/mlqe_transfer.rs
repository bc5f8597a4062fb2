//! Whether what post-editors change on MLQE-PE can be learnt as word patterns at all.
//!
//! The fluency targets ask for many precise flags on MLQE-PE, whose source is a quarter
//! Wikiquote sayings and the rest Reddit. Two measurements on the development splits
//! (test20 stays held out) say how far word patterns can go there:
//!
//! * where the changed (BAD) tokens are: sayings against the rest;
//! * transfer: the aligned (Russian stem, English word) pairs that the post-editors of
//!   `train` changed most often, and how often they are changed in `dev`. A pattern an
//!   entry could encode must keep its precision on sentences it was not written from.

use super::data::MlqeRow;
use crate::lang::LanguagePair;
use std::collections::HashMap;

/// Token counts of one group of sentences.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Share {
    pub sentences: usize,
    pub tokens: usize,
    pub bad: usize,
}

impl Share {
    pub fn rate(&self) -> f64 {
        self.bad as f64 / self.tokens.max(1) as f64
    }
    fn add(&mut self, row: &MlqeRow) {
        self.sentences += 1;
        self.tokens += row.bad.len();
        self.bad += row.bad.iter().filter(|b| **b).count();
    }
}

/// BAD tokens of sayings (Wikiquote) and of the other sentences (Reddit).
pub fn by_source(rows: &[MlqeRow]) -> (Share, Share) {
    let (mut sayings, mut rest) = (Share::default(), Share::default());
    for r in rows {
        if r.doc_id.contains("wikiquote") {
            sayings.add(r);
        } else {
            rest.add(r);
        }
    }
    (sayings, rest)
}

type Pair = (String, String);

/// Occurrences and BAD occurrences of each aligned (Russian stem, English word) pair.
fn pair_counts(rows: &[MlqeRow], pair: &LanguagePair) -> HashMap<Pair, (usize, usize)> {
    let mut out: HashMap<Pair, (usize, usize)> = HashMap::new();
    for r in rows {
        for &(i, j) in &r.alignment {
            let (Some(s), Some(t), Some(bad)) = (r.src_tok.get(i), r.mt_tok.get(j), r.bad.get(j))
            else {
                continue;
            };
            let (s, t) = (s.to_lowercase(), t.to_lowercase());
            // Words only: punctuation and numbers are no lexical pattern.
            if s.chars().count() < 3 || !s.chars().all(char::is_alphabetic) {
                continue;
            }
            if t.chars().count() < 3 || !t.chars().all(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let e = out.entry((pair.source.stem(&s), t)).or_default();
            e.0 += 1;
            e.1 += usize::from(*bad);
        }
    }
    out
}

/// What the pairs learnt on one split score on another.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Transfer {
    /// Pairs seen at least `min_count` times and changed at least `min_rate` of them.
    pub patterns: usize,
    pub learnt: Share,
    pub held_out: Share,
}

pub fn transfer(
    learn: &[MlqeRow],
    held_out: &[MlqeRow],
    min_count: usize,
    min_rate: f64,
) -> Transfer {
    let pair = LanguagePair::ru_en();
    let a = pair_counts(learn, pair);
    let b = pair_counts(held_out, pair);
    let mut t = Transfer::default();
    for (k, &(n, bad)) in &a {
        if n < min_count || (bad as f64) < min_rate * n as f64 {
            continue;
        }
        t.patterns += 1;
        t.learnt.tokens += n;
        t.learnt.bad += bad;
        if let Some(&(m, mbad)) = b.get(k) {
            t.held_out.tokens += m;
            t.held_out.bad += mbad;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(doc: &str, src: &str, mt: &str, bad: &[bool], alignment: &[(usize, usize)]) -> MlqeRow {
        MlqeRow {
            src: src.into(),
            mt: mt.into(),
            mt_tok: mt.split(' ').map(String::from).collect(),
            pe_tok: Vec::new(),
            bad: bad.to_vec(),
            da_z: 0.0,
            doc_id: doc.into(),
            src_tok: src.split(' ').map(String::from).collect(),
            alignment: alignment.to_vec(),
        }
    }

    #[test]
    fn sayings_and_the_rest_are_counted_apart() {
        let rows = [
            row(
                "https://ru.wikiquote.org/x",
                "Волк сыт",
                "The wolf is full",
                &[false, true, false, true],
                &[],
            ),
            row(
                "https://www.reddit.com/r/x",
                "Привет",
                "Hello",
                &[false],
                &[],
            ),
        ];
        let (s, r) = by_source(&rows);
        assert_eq!((s.sentences, s.tokens, s.bad), (1, 4, 2));
        assert_eq!((r.sentences, r.tokens, r.bad), (1, 1, 0));
    }

    #[test]
    fn a_pattern_counts_on_held_out_sentences_only_when_it_recurs() {
        // «баба» → "baba" changed twice of two in the learning split.
        let learn = [
            row(
                "a",
                "баба пришла",
                "baba came",
                &[true, false],
                &[(0, 0), (1, 1)],
            ),
            row(
                "a",
                "баба ушла",
                "baba left",
                &[true, false],
                &[(0, 0), (1, 1)],
            ),
        ];
        let held = [
            row(
                "b",
                "баба спит",
                "baba sleeps",
                &[false, false],
                &[(0, 0), (1, 1)],
            ),
            row(
                "b",
                "дед спит",
                "grandpa sleeps",
                &[true, false],
                &[(0, 0), (1, 1)],
            ),
        ];
        let t = transfer(&learn, &held, 2, 0.7);
        assert_eq!(t.patterns, 1);
        assert_eq!((t.learnt.tokens, t.learnt.bad), (2, 2));
        assert_eq!((t.held_out.tokens, t.held_out.bad), (1, 0));
        assert_eq!(transfer(&learn, &held, 3, 0.7).patterns, 0);
    }
}
