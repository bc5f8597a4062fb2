//! Planting alignment defects into a translation with a known gold alignment: deleted
//! units (omissions), inserted boilerplate (additions), merges of adjacent units and
//! splits of one unit in two.

use super::rng::Rng;

/// A target unit and the source units it translates (empty: inserted).
#[derive(Debug, Clone)]
pub struct TUnit {
    /// The unit's pieces (segments); joined with a space to make its text.
    pub parts: Vec<String>,
    pub gold: Vec<usize>,
}

impl TUnit {
    pub fn text(&self) -> String {
        self.parts.join(" ")
    }
}

/// Republishing boilerplate of the kind MT pipelines and aggregator sites add.
pub const BOILERPLATE: &[&str] = &[
    "Source link",
    "Read more on our website.",
    "Subscribe to our Telegram channel so you don't miss the latest news.",
    "Please disable your ad blocker to continue reading.",
    "Our journalism is funded by advertising. Thank you for your understanding.",
    "Photo: press service",
    "Follow us on Twitter and Facebook.",
    "If you found a typo, select it and press Ctrl+Enter.",
    "All rights reserved. Reproduction of materials is allowed only with a link to the source.",
    "Share this article with your friends.",
    "Related news",
    "Advertisement",
    "The editorial board may not share the author's opinion.",
    "Sign up for our daily newsletter.",
    "Comments are closed.",
    "Continue reading below.",
    "Click here to watch the video.",
    "Best regards, the editors",
    "Loading...",
    "This material is for informational purposes only.",
];

#[derive(Debug, Clone, Copy, Default)]
pub struct PlantCounts {
    pub deleted: usize,
    /// Boilerplate and foreign units inserted.
    pub inserted: usize,
    /// Of those, units taken from another document (an added sentence, not boilerplate).
    pub foreign: usize,
    pub merged: usize,
    pub split: usize,
}

/// Perturbs `units` in place at about `rate` per unit. `groups` gives for each unit the
/// group (paragraph) it belongs to: merges stay inside a group. `split_unit` says how to
/// split a unit's parts (None: cannot split).
/// How a unit is split in two (None: it cannot be).
pub type Splitter = dyn Fn(&TUnit, &mut Rng) -> Option<(Vec<String>, Vec<String>)>;

/// Half of the insertions are boilerplate, half are units of another document (`foreign`)
/// that no boilerplate list can recognise.
pub fn plant(
    units: &mut Vec<TUnit>,
    groups: &mut Vec<usize>,
    rate: f64,
    rng: &mut Rng,
    foreign: &[String],
    split_unit: &Splitter,
) -> PlantCounts {
    let mut counts = PlantCounts::default();
    let mut out: Vec<TUnit> = Vec::with_capacity(units.len() + 4);
    let mut out_groups = Vec::with_capacity(units.len() + 4);
    let mut i = 0;
    while i < units.len() {
        let u = units[i].clone();
        let g = groups[i];
        if rng.unit() >= rate {
            out.push(u);
            out_groups.push(g);
            i += 1;
            continue;
        }
        match rng.below(4) {
            0 => {
                counts.deleted += 1;
                i += 1;
            }
            1 => {
                counts.inserted += 1;
                let text = if !foreign.is_empty() && rng.unit() < 0.5 {
                    counts.foreign += 1;
                    foreign[rng.below(foreign.len())].clone()
                } else {
                    BOILERPLATE[rng.below(BOILERPLATE.len())].to_string()
                };
                out.push(TUnit {
                    parts: vec![text],
                    gold: vec![],
                });
                out_groups.push(g);
                out.push(u);
                out_groups.push(g);
                i += 1;
            }
            2 if i + 1 < units.len()
                && groups[i + 1] == g
                && !units[i + 1].gold.is_empty()
                && !u.gold.is_empty() =>
            {
                counts.merged += 1;
                let mut m = u;
                m.parts.extend(units[i + 1].parts.iter().cloned());
                m.gold.extend(units[i + 1].gold.iter().copied());
                out.push(m);
                out_groups.push(g);
                i += 2;
            }
            3 => match split_unit(&u, rng) {
                Some((a, b)) => {
                    counts.split += 1;
                    out.push(TUnit {
                        parts: a,
                        gold: u.gold.clone(),
                    });
                    out.push(TUnit {
                        parts: b,
                        gold: u.gold,
                    });
                    out_groups.push(g);
                    out_groups.push(g);
                    i += 1;
                }
                None => {
                    out.push(u);
                    out_groups.push(g);
                    i += 1;
                }
            },
            _ => {
                out.push(u);
                out_groups.push(g);
                i += 1;
            }
        }
    }
    // Boilerplate is often appended at the very end.
    if rng.unit() < rate {
        counts.inserted += 1;
        out.push(TUnit {
            parts: vec![BOILERPLATE[rng.below(BOILERPLATE.len())].to_string()],
            gold: vec![],
        });
        out_groups.push(out_groups.last().copied().unwrap_or(0));
    }
    *units = out;
    *groups = out_groups;
    counts
}

/// Splits a paragraph between two of its segments.
pub fn split_between_parts(u: &TUnit, rng: &mut Rng) -> Option<(Vec<String>, Vec<String>)> {
    if u.parts.len() < 2 {
        return None;
    }
    let at = 1 + rng.below(u.parts.len() - 1);
    Some((u.parts[..at].to_vec(), u.parts[at..].to_vec()))
}

/// Splits one sentence at a clause boundary (a comma, semicolon or dash near the middle).
pub fn split_clause(u: &TUnit, _rng: &mut Rng) -> Option<(Vec<String>, Vec<String>)> {
    if u.parts.len() != 1 {
        return split_between_parts(u, _rng);
    }
    let s = &u.parts[0];
    let mid = s.len() / 2;
    // Not inside a figure ("10:00", "1,5"): no translation splits a sentence there.
    let between_digits = |i: usize| {
        s[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
            && s[i + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
    };
    let cut = s
        .match_indices([',', ';', ':'])
        .map(|(i, _)| i)
        .filter(|&i| !between_digits(i))
        .chain(s.match_indices(" — ").map(|(i, _)| i))
        .filter(|&i| i > 15 && i + 15 < s.len())
        .min_by_key(|&i| i.abs_diff(mid))?;
    let (a, b) = s.split_at(cut);
    let b = b.trim_start_matches([',', ';', ':', ' ', '—']).trim();
    let a = format!("{}.", a.trim_end());
    let mut bc = b.chars();
    let b = match bc.next() {
        Some(c) => c.to_uppercase().collect::<String>() + bc.as_str(),
        None => return None,
    };
    Some((vec![a], vec![b]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(s: &str) -> TUnit {
        TUnit {
            parts: vec![s.to_string()],
            gold: vec![0],
        }
    }

    #[test]
    fn a_clause_split_cuts_at_punctuation_but_never_inside_a_figure() {
        let mut rng = Rng::new(1);
        let (a, b) = split_clause(
            &unit("The shop is open from 10:00 to 22:00, every day of the week."),
            &mut rng,
        )
        .unwrap();
        assert_eq!(a, vec!["The shop is open from 10:00 to 22:00.".to_string()]);
        assert_eq!(b, vec!["Every day of the week.".to_string()]);
        assert!(split_clause(
            &unit("Prices rose by 1,5 per cent in 2021 alone."),
            &mut rng
        )
        .is_none());
    }
}
