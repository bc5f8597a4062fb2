//! Monotone alignment by dynamic programming over beads, restricted to a band of cells.
//!
//! Each bead (a source units against b target units) is scored as a log-likelihood ratio
//! "these units are translations of each other" vs "they are unrelated":
//!
//! * lexical evidence: for every unit in the bead, the share of its anchor tokens found
//!   on the other side, under a binomial model with a match rate `p1` for true pairs and
//!   `p0` for unrelated ones (both estimated on the document itself);
//! * length evidence: Gale–Church's normalised length difference, as a Gaussian against a
//!   wide Gaussian for unrelated pairs;
//! * a log prior per bead shape (1-1 is the norm; skips and merges cost).
//!
//! Every part of a merged bead must bring its own evidence, so a deleted unit is not
//! glued onto its neighbour: it becomes a skip (an omission or an addition).
//!
//! Long inputs are aligned coarse-to-fine: blocks of units are aligned first, then the
//! fine alignment is searched only in a corridor around the coarse path, so time and
//! memory grow linearly with length.

use super::features::UnitFeatures;
use super::{Bead, Model};
use std::ops::Range;

/// A bead shape: `a` source units against `b` target units.
pub type Shape = (usize, usize);

/// Cells allowed in each row of the DP: `lo[i]..=hi[i]` target positions for source position `i`.
#[derive(Debug, Clone)]
pub struct Band {
    pub lo: Vec<usize>,
    pub hi: Vec<usize>,
}

impl Band {
    pub fn full(n: usize, m: usize) -> Band {
        Band {
            lo: vec![0; n + 1],
            hi: vec![m; n + 1],
        }
    }

    fn contains(&self, i: usize, j: usize) -> bool {
        i < self.lo.len() && j >= self.lo[i] && j <= self.hi[i]
    }

    pub fn cells(&self) -> usize {
        self.lo.iter().zip(&self.hi).map(|(l, h)| h - l + 1).sum()
    }
}

/// Which tokens of one unit find a counterpart in another: what bead scoring needs.
pub trait Matches {
    /// (source known, source other, target known, target other) matched between
    /// source unit `i` and target unit `j`.
    fn counts(&self, i: usize, j: usize) -> [u16; 4];
    /// (known, other) tokens of source unit `i` matched in any of the target units `js`.
    fn fwd_union(&self, i: usize, js: Range<usize>) -> (usize, usize);
    /// (known, other) tokens of target unit `j` matched in any of the source units `is`.
    fn rev_union(&self, is: Range<usize>, j: usize) -> (usize, usize);
    /// (known, other) tokens of source unit `i` matched in the target units `js` but `skip`.
    fn fwd_union_except(&self, i: usize, js: Range<usize>, skip: usize) -> (usize, usize) {
        let (a, b) = (js.start..skip, skip + 1..js.end);
        match (a.is_empty(), b.is_empty()) {
            (true, true) => (0, 0),
            (false, true) => self.fwd_union(i, a),
            (true, false) => self.fwd_union(i, b),
            // Only 3-wide beads get here; the middle unit is skipped.
            (false, false) => {
                let x = self.fwd_union(i, a);
                let y = self.fwd_union(i, b);
                (x.0.max(y.0), x.1.max(y.1))
            }
        }
    }
    /// (known, other) tokens of target unit `j` matched in the source units `is` but `skip`.
    fn rev_union_except(&self, is: Range<usize>, skip: usize, j: usize) -> (usize, usize) {
        let (a, b) = (is.start..skip, skip + 1..is.end);
        match (a.is_empty(), b.is_empty()) {
            (true, true) => (0, 0),
            (false, true) => self.rev_union(a, j),
            (true, false) => self.rev_union(b, j),
            (false, false) => {
                let x = self.rev_union(a, j);
                let y = self.rev_union(b, j);
                (x.0.max(y.0), x.1.max(y.1))
            }
        }
    }
}

/// Matches computed on demand (for the few beads scored outside the DP).
pub struct DirectMatches<'a> {
    pub src: &'a [UnitFeatures],
    pub tgt: &'a [UnitFeatures],
}

impl Matches for DirectMatches<'_> {
    fn counts(&self, i: usize, j: usize) -> [u16; 4] {
        let c = |x: usize| x.min(u16::MAX as usize) as u16;
        let (fk, fu) = self.src[i].matched_in(&self.tgt[j]);
        let (rk, ru) = self.tgt[j].matched_in(&self.src[i]);
        [c(fk), c(fu), c(rk), c(ru)]
    }
    fn fwd_union(&self, i: usize, js: Range<usize>) -> (usize, usize) {
        self.src[i].matched_in_any(&self.tgt[js])
    }
    fn rev_union(&self, is: Range<usize>, j: usize) -> (usize, usize) {
        self.tgt[j].matched_in_any(&self.src[is])
    }
}

/// Match counts of a unit pair and the arena offsets of its forward and reverse bitsets.
type Cell = ([u16; 4], u32, u32);

/// Match bitsets between the unit pairs the band can use, so that merged beads count
/// each token once (an OR of bitsets) without searching the token ids again.
struct MatchCache<'a> {
    src: &'a [UnitFeatures],
    tgt: &'a [UnitFeatures],
    /// For source unit i: first target index stored, and per target unit the match
    /// counts and the arena offsets of the forward and reverse bitsets.
    rows: Vec<(usize, Vec<Cell>)>,
    arena: Vec<u64>,
}

fn words_for(n: usize) -> usize {
    n.div_ceil(64)
}

fn count_bits(bits: &[u64], known: usize) -> (usize, usize) {
    let mut k = 0;
    let mut u = 0;
    for (w, &b) in bits.iter().enumerate() {
        let base = w * 64;
        if base + 64 <= known {
            k += b.count_ones() as usize;
        } else if base >= known {
            u += b.count_ones() as usize;
        } else {
            let mask = (1u64 << (known - base)) - 1;
            k += (b & mask).count_ones() as usize;
            u += (b & !mask).count_ones() as usize;
        }
    }
    (k, u)
}

impl<'a> MatchCache<'a> {
    fn build(
        src: &'a [UnitFeatures],
        tgt: &'a [UnitFeatures],
        band: &Band,
        max_b: usize,
        max_a: usize,
    ) -> MatchCache<'a> {
        let n = src.len();
        let m = tgt.len();
        let mut rows = Vec::with_capacity(n);
        let mut arena = Vec::new();
        for (i, unit) in src.iter().enumerate() {
            // Unit i takes part in beads ending at rows i+1 ..= i+max_a.
            let last = (i + max_a).min(n);
            let lo = (i + 1..=last)
                .map(|r| band.lo[r])
                .min()
                .unwrap_or(0)
                .saturating_sub(max_b);
            let hi = (i + 1..=last).map(|r| band.hi[r]).max().unwrap_or(0).min(m);
            let mut v = Vec::with_capacity(hi.saturating_sub(lo));
            let c = |x: usize| x.min(u16::MAX as usize) as u16;
            for t in &tgt[lo.min(hi)..hi] {
                let fo = arena.len() as u32;
                unit.match_bits(t, &mut arena);
                let ro = arena.len() as u32;
                t.match_bits(unit, &mut arena);
                let (fk, fu) = count_bits(&arena[fo as usize..ro as usize], unit.known);
                let (rk, ru) = count_bits(&arena[ro as usize..], t.known);
                v.push(([c(fk), c(fu), c(rk), c(ru)], fo, ro));
            }
            rows.push((lo, v));
        }
        MatchCache {
            src,
            tgt,
            rows,
            arena,
        }
    }

    #[inline]
    fn cell(&self, i: usize, j: usize) -> Option<&Cell> {
        let (lo, v) = &self.rows[i];
        if j < *lo {
            return None;
        }
        v.get(j - lo)
    }
}

impl Matches for MatchCache<'_> {
    #[inline]
    fn counts(&self, i: usize, j: usize) -> [u16; 4] {
        self.cell(i, j).map_or([0; 4], |c| c.0)
    }

    fn fwd_union(&self, i: usize, js: Range<usize>) -> (usize, usize) {
        let offsets = js.filter_map(|j| self.cell(i, j).map(|c| c.1));
        self.union_count(&self.src[i], offsets)
    }

    fn rev_union(&self, is: Range<usize>, j: usize) -> (usize, usize) {
        let offsets = is.filter_map(|i| self.cell(i, j).map(|c| c.2));
        self.union_count(&self.tgt[j], offsets)
    }
}

impl MatchCache<'_> {
    /// (known, other) tokens of `unit` set in any of its match bitsets at `offsets`.
    #[inline]
    fn union_count(
        &self,
        unit: &UnitFeatures,
        offsets: impl Iterator<Item = u32>,
    ) -> (usize, usize) {
        let w = words_for(unit.len());
        let mut acc = [0u64; 8];
        let mut heap = Vec::new();
        let bits: &mut [u64] = if w <= 8 {
            &mut acc[..w]
        } else {
            heap.resize(w, 0);
            &mut heap
        };
        for o in offsets {
            for (b, x) in bits.iter_mut().zip(&self.arena[o as usize..o as usize + w]) {
                *b |= x;
            }
        }
        count_bits(bits, unit.known)
    }
}

/// Binomial log-likelihood ratio of `k` matches among `n` tokens.
#[inline]
pub fn llr(k: usize, n: usize, p1: f64, p0: f64) -> f64 {
    let k = k.min(n) as f64;
    let n = n as f64;
    k * (p1 / p0).ln() + (n - k) * ((1.0 - p1) / (1.0 - p0)).ln()
}

fn ln_factorial(n: usize) -> f64 {
    static TABLE: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    let t = TABLE.get_or_init(|| {
        let mut v = vec![0.0; 4097];
        for i in 1..v.len() {
            v[i] = v[i - 1] + (i as f64).ln();
        }
        v
    });
    if n < t.len() {
        t[n]
    } else {
        let x = n as f64;
        x * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI * x).ln()
    }
}

fn ln_binomial(k: usize, n: usize, p: f64) -> f64 {
    let k = k.min(n);
    ln_factorial(n) - ln_factorial(k) - ln_factorial(n - k)
        + k as f64 * p.ln()
        + (n - k) as f64 * (1.0 - p).ln()
}

/// Evidence of one unit of a bead: `kk` of its `nk` known tokens and `ku` of its `nu`
/// other tokens matched. A true translation matches like a binomial with rates `p1`,
/// except that with probability `eps` it is partial (truncated, padded) and any number
/// of matches is as likely; an unrelated unit matches with rates `p0`. The mixture
/// keeps a truncated paragraph aligned with its source instead of calling it an
/// omission plus an addition.
pub fn part_llr(
    kk: usize,
    nk: usize,
    ku: usize,
    nu: usize,
    known: super::Rates,
    other: super::Rates,
    eps: f64,
) -> f64 {
    if nk + nu == 0 {
        return 0.0;
    }
    let l1 = ln_binomial(kk, nk, known.p1) + ln_binomial(ku, nu, other.p1);
    let l0 = ln_binomial(kk, nk, known.p0) + ln_binomial(ku, nu, other.p0);
    let a = (1.0 - eps).ln() + l1;
    // A partial translation still renders something: no match at all in a unit of
    // many anchors is not partial.
    if kk + ku == 0 && nk + nu >= PARTIAL_MIN_TOKENS {
        return a - l0;
    }
    let b = eps.ln() - (((nk + 1) * (nu + 1)) as f64).ln();
    let m = a.max(b);
    let lp1 = m + ((a - m).exp() + (b - m).exp()).ln();
    lp1 - l0
}

/// Anchor tokens from which a unit none of whose tokens finds a counterpart is not a
/// partial translation but an unrelated unit (a deleted sentence next to an inserted
/// one of similar length). Shorter units keep the partial credit: a few unmatched
/// words are common in a true translation.
const PARTIAL_MIN_TOKENS: usize = 12;

/// Rates against an other side `r` times the size of an average unit.
#[inline]
pub fn scaled(rates: super::Rates, r: f64) -> super::Rates {
    let r = r.clamp(0.1, 20.0);
    let p0 = 1.0 - (1.0 - rates.p0).powf(r);
    let p1 = 1.0 - (1.0 - rates.p1) * (1.0 - p0) / (1.0 - rates.p0);
    super::Rates {
        p1: p1.clamp(p0 + 0.01, 0.99),
        p0: p0.clamp(0.001, 0.9),
    }
}

/// Length evidence of `ls` source characters against `lt` target characters.
#[inline]
pub fn length_llr(ls: f64, lt: f64, model: &Model) -> f64 {
    let ls = ls.max(1.0);
    let delta = (lt - model.ratio * ls) / (model.variance * ls).sqrt();
    let wide = model.unrelated_spread;
    -0.5 * delta * delta + 0.5 * (delta / wide).powi(2) + wide.ln()
}

/// Matches the units of one side of a merged bead may count beyond what the other side
/// supplies (token counts differ between languages: two words for one, a repeated name).
const REDUNDANCY_SLACK: usize = 1;
const REDUNDANCY_SLACK_SHARE: f64 = 0.15;

fn sum(x: (usize, usize)) -> usize {
    x.0 + x.1
}

/// Caps the (known, other) matches `m` of the units of one side of a bead so that
/// together they do not exceed `supply` (tokens of the other side matched) by more than
/// the slack, taking the excess first from the units that explain fewest tokens on
/// their own (`own(x)`, computed only when there is an excess), never below that.
fn share_out(m: &mut [(usize, usize)], supply: usize, own: impl Fn(usize) -> usize) {
    let total: usize = m.iter().map(|&x| sum(x)).sum();
    let slack = REDUNDANCY_SLACK + (REDUNDANCY_SLACK_SHARE * total as f64) as usize;
    let mut excess = total.saturating_sub(supply + slack);
    if excess == 0 {
        return;
    }
    let mut order: Vec<(usize, usize)> = (0..m.len()).map(|x| (own(x), x)).collect();
    order.sort_unstable();
    for (own_x, x) in order {
        let (k, u) = m[x];
        let r = excess.min((k + u).saturating_sub(own_x));
        if r == 0 {
            continue;
        }
        // Take from the other tokens (names, numbers) and the known ones in proportion.
        let f = (k + u - r) as f64 / (k + u) as f64;
        m[x] = (
            (k as f64 * f).round() as usize,
            (u as f64 * f).round() as usize,
        );
        excess -= r;
        if excess == 0 {
            break;
        }
    }
}

/// Units per side of the beads whose match counts live on the stack.
const INLINE_UNITS: usize = 4;

/// The first `n` slots of `buf`, or of `heap` when `n` is larger.
fn small<'a>(
    buf: &'a mut [(usize, usize); INLINE_UNITS],
    heap: &'a mut Vec<(usize, usize)>,
    n: usize,
) -> &'a mut [(usize, usize)] {
    if n <= INLINE_UNITS {
        &mut buf[..n]
    } else {
        heap.resize(n, (0, 0));
        heap
    }
}

/// Evidence (without the shape prior) for source units `si` against target units `ti`.
pub fn bead_evidence(
    src: &[UnitFeatures],
    tgt: &[UnitFeatures],
    si: std::ops::Range<usize>,
    ti: std::ops::Range<usize>,
    model: &Model,
    cache: &dyn Matches,
) -> f64 {
    let (i0, i1, j0, j1) = (si.start, si.end, ti.start, ti.end);
    if i0 == i1 || j0 == j1 {
        return 0.0;
    }
    // Chance matches grow with the size of the other side: a token is more likely to
    // find some id in three target sentences than in one. Scale both rates to the
    // bead's other side, measured in average units.
    let other_t: usize = tgt[j0..j1].iter().map(UnitFeatures::len).sum();
    let other_s: usize = src[i0..i1].iter().map(UnitFeatures::len).sum();
    let rt = other_t as f64 / model.avg_target_tokens.max(1.0);
    let rs = other_s as f64 / model.avg_source_tokens.max(1.0);
    let fk = scaled(model.fwd.known, rt);
    let fu = scaled(model.fwd.other, rt);
    let rk = scaled(model.rev.known, rs);
    let ru = scaled(model.rev.other, rs);
    // Tokens of one unit are not independent evidence (a long paragraph repeats its
    // topic words), so a unit's lexical evidence is tempered to that of at most
    // `model.temper` tokens.
    let temper = |n: usize| (model.temper / n.max(1) as f64).min(1.0);
    // Matched (known, other) tokens of every unit of the bead on the other side.
    let (na, nb) = (i1 - i0, j1 - j0);
    let (mut fb, mut rb, mut cb) = (
        [(0, 0); INLINE_UNITS],
        [(0, 0); INLINE_UNITS],
        [(0, 0); INLINE_UNITS],
    );
    let (mut fh, mut rh, mut ch) = (Vec::new(), Vec::new(), Vec::new());
    let fwd = small(&mut fb, &mut fh, na);
    let rev = small(&mut rb, &mut rh, nb);
    for (x, s) in (i0..i1).enumerate() {
        // A token counts once even if it occurs in several units of the other side.
        fwd[x] = if nb == 1 {
            let c = cache.counts(s, j0);
            (c[0] as usize, c[1] as usize)
        } else {
            cache.fwd_union(s, j0..j1)
        };
    }
    for (y, t) in (j0..j1).enumerate() {
        rev[y] = if na == 1 {
            let c = cache.counts(i0, t);
            (c[2] as usize, c[3] as usize)
        } else {
            cache.rev_union(i0..i1, t)
        };
    }
    // In a merged bead, the units of one side cannot together match more tokens than
    // the other side has matched: a deleted headline that the lead repeats, or a
    // sentence restating its neighbour, finds its words in the neighbour's translation,
    // but that translation holds them once, not twice. The excess is taken from the
    // units that explain fewest tokens on their own, so the repetition is not glued onto
    // the bead; a merged target that does hold both renderings keeps all its evidence.
    if na >= 2 || nb >= 2 {
        let fwd_raw = small(&mut cb, &mut ch, na);
        fwd_raw.copy_from_slice(fwd);
        if na >= 2 {
            let supply = rev.iter().map(|&r| sum(r)).sum();
            let rev_raw: &[(usize, usize)] = rev;
            share_out(fwd, supply, |x| {
                (j0..j1)
                    .zip(rev_raw)
                    .map(|(t, &all)| sum(all) - sum(cache.rev_union_except(i0..i1, i0 + x, t)))
                    .sum()
            });
        }
        if nb >= 2 {
            let supply = fwd_raw.iter().map(|&r| sum(r)).sum();
            let fwd_raw: &[(usize, usize)] = fwd_raw;
            share_out(rev, supply, |y| {
                (i0..i1)
                    .zip(fwd_raw)
                    .map(|(s, &all)| sum(all) - sum(cache.fwd_union_except(s, j0..j1, j0 + y)))
                    .sum()
            });
        }
    }
    let mut e = 0.0;
    for (x, unit) in src[i0..i1].iter().enumerate() {
        let (nk, nu) = unit.counts();
        let m = fwd[x];
        e += temper(nk + nu) * part_llr(m.0, nk, m.1, nu, fk, fu, model.partial);
    }
    for (y, unit) in tgt[j0..j1].iter().enumerate() {
        let (nk, nu) = unit.counts();
        let m = rev[y];
        e += temper(nk + nu) * part_llr(m.0, nk, m.1, nu, rk, ru, model.partial);
    }
    // Boilerplate belongs to no source unit.
    let boiler = tgt[j0..j1].iter().filter(|u| u.boilerplate).count() as f64;
    e += boiler * model.boilerplate_penalty;
    let ls: f64 = src[i0..i1].iter().map(|u| u.chars).sum();
    let lt: f64 = tgt[j0..j1].iter().map(|u| u.chars).sum();
    // Length alone must not veto a pair with strong lexical evidence (a truncated
    // paragraph is still the translation of its source), so its penalty is bounded.
    let length = (length_llr(ls, lt, model) * model.length_weight).max(model.length_floor);
    // A boilerplate line translates nothing, so matching a unit's length is no evidence
    // that it does ("Comments are closed." against a three-word Russian line).
    let length = if boiler > 0.0 {
        length.min(0.0)
    } else {
        length
    };
    e * model.lexical_weight + length
}

/// Best path through the band. Returns beads in order with their evidence.
pub fn search(
    src: &[UnitFeatures],
    tgt: &[UnitFeatures],
    model: &Model,
    shapes: &[Shape],
    band: &Band,
) -> Vec<Bead> {
    let n = src.len();
    let m = tgt.len();
    let max_a = shapes.iter().map(|s| s.0).max().unwrap_or(1);
    let max_b = shapes.iter().map(|s| s.1).max().unwrap_or(1);
    let cache = MatchCache::build(src, tgt, band, max_b, max_a);
    let get: &dyn Matches = &cache;
    let width = |i: usize| band.hi[i] - band.lo[i] + 1;
    let mut score: Vec<Vec<f64>> = (0..=n).map(|i| vec![f64::NEG_INFINITY; width(i)]).collect();
    let mut back: Vec<Vec<u8>> = (0..=n).map(|i| vec![u8::MAX; width(i)]).collect();
    if band.contains(0, 0) {
        score[0][0] = 0.0;
    }
    for i in 0..=n {
        for j in band.lo[i]..=band.hi[i] {
            if i == 0 && j == 0 {
                continue;
            }
            let mut best = f64::NEG_INFINITY;
            let mut arg = u8::MAX;
            for (k, &(a, b)) in shapes.iter().enumerate() {
                if a > i || b > j || !band.contains(i - a, j - b) {
                    continue;
                }
                let prev = score[i - a][j - b - band.lo[i - a]];
                if prev == f64::NEG_INFINITY {
                    continue;
                }
                let s = prev
                    + model.prior(a, b)
                    + bead_evidence(src, tgt, i - a..i, j - b..j, model, get);
                if s > best {
                    best = s;
                    arg = k as u8;
                }
            }
            score[i][j - band.lo[i]] = best;
            back[i][j - band.lo[i]] = arg;
        }
    }
    // Trace back from (n, m).
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let k = back[i][j - band.lo[i]];
        let (a, b) = if k == u8::MAX {
            // Unreachable corner (cannot happen with a connected band); fall back to skips.
            if i > 0 {
                (1, 0)
            } else {
                (0, 1)
            }
        } else {
            shapes[k as usize]
        };
        let evidence = bead_evidence(src, tgt, i - a..i, j - b..j, model, get);
        beads.push(Bead {
            source: i - a..i,
            target: j - b..j,
            evidence,
            confidence: 0.0,
        });
        i -= a;
        j -= b;
    }
    beads.reverse();
    beads
}

/// Groups `k` consecutive units into one (for the coarse pass).
fn coarsen(units: &[UnitFeatures], k: usize) -> Vec<UnitFeatures> {
    units.chunks(k).map(UnitFeatures::concat).collect()
}

/// Cells the full DP may use before we go coarse-to-fine.
const FULL_DP_CELLS: usize = 40_000;
const COARSE_FACTOR: usize = 4;

/// Aligns two sequences, coarse-to-fine when they are long.
pub fn align(
    src: &[UnitFeatures],
    tgt: &[UnitFeatures],
    model: &Model,
    shapes: &[Shape],
) -> Vec<Bead> {
    let n = src.len();
    let m = tgt.len();
    if (n + 1) * (m + 1) <= FULL_DP_CELLS || n < 2 * COARSE_FACTOR || m < 2 * COARSE_FACTOR {
        return search(src, tgt, model, shapes, &Band::full(n, m));
    }
    let k = COARSE_FACTOR;
    let cs = coarsen(src, k);
    let ct = coarsen(tgt, k);
    let coarse = align(&cs, &ct, model, shapes);
    let band = corridor(&coarse, k, n, m, k + 2);
    search(src, tgt, model, shapes, &band)
}

/// The band around a coarse path, projected to fine positions and widened by `margin`.
pub fn corridor(coarse: &[Bead], k: usize, n: usize, m: usize, margin: usize) -> Band {
    let mut lo = vec![usize::MAX; n + 1];
    let mut hi = vec![0usize; n + 1];
    for b in coarse {
        let s0 = (b.source.start * k).min(n);
        let s1 = (b.source.end * k).min(n);
        let t0 = (b.target.start * k).min(m);
        let t1 = (b.target.end * k).min(m);
        for r in s0..=s1 {
            lo[r] = lo[r].min(t0);
            hi[r] = hi[r].max(t1);
        }
    }
    for r in 0..=n {
        if lo[r] == usize::MAX {
            lo[r] = if r > 0 { lo[r - 1] } else { 0 };
            hi[r] = hi[r].max(lo[r]);
        }
        lo[r] = lo[r].saturating_sub(margin);
        hi[r] = (hi[r] + margin).min(m);
    }
    lo[0] = 0;
    hi[n] = m;
    // Staircase: lo and hi never decrease, and consecutive rows overlap.
    for r in (0..n).rev() {
        lo[r] = lo[r].min(lo[r + 1]);
    }
    for r in 1..=n {
        hi[r] = hi[r].max(hi[r - 1]);
        lo[r] = lo[r].min(hi[r - 1]);
    }
    Band { lo, hi }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corridor_is_connected_and_covers_corners() {
        let coarse = vec![
            Bead {
                source: 0..1,
                target: 0..1,
                evidence: 0.0,
                confidence: 0.0,
            },
            Bead {
                source: 1..2,
                target: 1..3,
                evidence: 0.0,
                confidence: 0.0,
            },
        ];
        let b = corridor(&coarse, 4, 8, 11, 2);
        assert_eq!(b.lo[0], 0);
        assert_eq!(b.hi[8], 11);
        for r in 1..=8 {
            assert!(b.lo[r] >= b.lo[r - 1] && b.hi[r] >= b.hi[r - 1] && b.lo[r] <= b.hi[r - 1]);
        }
    }

    #[test]
    fn llr_rewards_matches() {
        assert!(llr(5, 10, 0.5, 0.05) > 5.0);
        assert!(llr(0, 10, 0.5, 0.05) < -5.0);
        let k = crate::align::Rates { p1: 0.5, p0: 0.05 };
        // The mixture agrees with the plain ratio when the counts look like a translation…
        let full = part_llr(5, 10, 0, 0, k, k, 0.05);
        assert!((full - llr(5, 10, 0.5, 0.05)).abs() < 0.2, "{full}");
        // …and bounds the penalty of a unit that is only partly translated.
        assert!(part_llr(1, 40, 0, 0, k, k, 0.05) > llr(1, 40, 0.5, 0.05) + 10.0);
        assert!(part_llr(1, 40, 0, 0, k, k, 0.05) < 0.0);
    }
}
