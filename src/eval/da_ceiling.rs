//! How far any segment-level detector can separate the WMT21/22 DA scores.
//!
//! The fluency target asks flagged segments to score 0.3 DA z below unflagged ones. To
//! know whether that is reachable on this data, the harness flags the segments a
//! reference-based metric likes least — chrF against the human reference, which sees
//! far more than any source-side detector — and reports the same difference. If even
//! that oracle cannot reach 0.3, the gap is the noise of the crowd scores, not the rules.

use std::collections::HashMap;

/// chrF (character 1–6-grams, whitespace removed, β = 2), in 0..=1.
pub fn chrf(hyp: &str, reference: &str) -> f64 {
    let h: Vec<char> = hyp.chars().filter(|c| !c.is_whitespace()).collect();
    let r: Vec<char> = reference.chars().filter(|c| !c.is_whitespace()).collect();
    let (mut p_sum, mut r_sum, mut orders) = (0.0, 0.0, 0usize);
    for n in 1..=6 {
        if h.len() < n || r.len() < n {
            break;
        }
        let mut counts: HashMap<&[char], (usize, usize)> = HashMap::new();
        for g in h.windows(n) {
            counts.entry(g).or_default().0 += 1;
        }
        for g in r.windows(n) {
            counts.entry(g).or_default().1 += 1;
        }
        let matched: usize = counts.values().map(|&(a, b)| a.min(b)).sum();
        p_sum += matched as f64 / (h.len() - n + 1) as f64;
        r_sum += matched as f64 / (r.len() - n + 1) as f64;
        orders += 1;
    }
    if orders == 0 {
        return 0.0;
    }
    let (p, r) = (p_sum / orders as f64, r_sum / orders as f64);
    if p + r == 0.0 {
        return 0.0;
    }
    5.0 * p * r / (4.0 * p + r)
}

/// The oracle's result on one pool of (chrF, DA z) pairs.
#[derive(Debug, Clone, Copy)]
pub struct Ceiling {
    /// Segments flagged: the `k` lowest by chrF.
    pub flagged: usize,
    pub mean_flagged: f64,
    pub mean_unflagged: f64,
    /// Pearson correlation of chrF with DA z over the whole pool.
    pub pearson: f64,
}

impl Ceiling {
    pub fn difference(&self) -> f64 {
        self.mean_flagged - self.mean_unflagged
    }
}

/// Flags the `k` segments with the lowest chrF and compares their mean DA z with the rest.
pub fn ceiling(mut scored: Vec<(f64, f64)>, k: usize) -> Option<Ceiling> {
    let n = scored.len();
    if k == 0 || k >= n {
        return None;
    }
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mean = |xs: &[(f64, f64)]| xs.iter().map(|x| x.1).sum::<f64>() / xs.len() as f64;
    let (low, rest) = scored.split_at(k);
    Some(Ceiling {
        flagged: k,
        mean_flagged: mean(low),
        mean_unflagged: mean(rest),
        pearson: pearson(&scored),
    })
}

/// Pearson correlation of the pairs (0 when either side is constant or empty).
pub fn pearson(xy: &[(f64, f64)]) -> f64 {
    if xy.is_empty() {
        return 0.0;
    }
    let n = xy.len() as f64;
    let (mx, my) = (
        xy.iter().map(|p| p.0).sum::<f64>() / n,
        xy.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for &(x, y) in xy {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    if sxx == 0.0 || syy == 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrf_is_one_for_identical_text_and_low_for_unrelated_text() {
        assert!((chrf("The bridge opened.", "The bridge opened.") - 1.0).abs() < 1e-9);
        assert!(chrf("The bridge opened.", "Prices rose sharply.") < 0.2);
        let near = chrf("The bridge was opened.", "The bridge opened.");
        assert!(near > 0.6 && near < 1.0, "{near}");
    }

    #[test]
    fn ceiling_separates_scores_that_follow_the_metric() {
        // DA z equal to chrF: the lowest two have the lowest z.
        let pool: Vec<(f64, f64)> = (0..10).map(|i| (i as f64, i as f64)).collect();
        let c = ceiling(pool, 2).unwrap();
        assert_eq!(c.flagged, 2);
        assert!((c.mean_flagged - 0.5).abs() < 1e-9);
        assert!((c.mean_unflagged - 5.5).abs() < 1e-9);
        assert!((c.pearson - 1.0).abs() < 1e-9);
        assert!(ceiling(vec![(1.0, 1.0)], 1).is_none());
    }
}
