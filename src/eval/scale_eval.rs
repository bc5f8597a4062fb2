//! Scale: a long document pair (a book, or a corpus concatenated) built from real
//! sentence pairs, aligned at 1k, 10k and 50k sentences, with time, peak memory and
//! sentence link F1 (planted deletions and insertions included).

use super::align_eval::Prf;
use super::data::{load_mlqe, load_wmt, WMT_SETS};
use super::perturb::BOILERPLATE;
use super::rng::Rng;
use crate::align::{align_documents, Model, Side};
use crate::error::Result;
use crate::lang::LanguagePair;
use crate::segment::{analyse, Sentence};
use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

pub struct ScaleRow {
    pub sentences: usize,
    pub paragraphs: usize,
    pub time: Duration,
    /// CPU time of the process during the alignment (other processes on the machine
    /// do not inflate it, as they do wall time).
    pub cpu: Option<Duration>,
    /// Peak resident memory of the process so far (VmHWM), in MiB.
    pub peak_mib: Option<f64>,
    pub links: Prf,
}

/// Sentence pairs from the WMT references and MLQE-PE (source, MT).
fn pool(data: &Path) -> Result<Vec<(String, String)>> {
    let mut v = Vec::new();
    for set in WMT_SETS {
        for d in load_wmt(data, set)? {
            for (s, r) in d
                .segments_src
                .iter()
                .flatten()
                .zip(d.segments_ref.iter().flatten())
            {
                if !s.trim().is_empty() && !r.trim().is_empty() {
                    v.push((s.clone(), r.clone()));
                }
            }
        }
    }
    for split in ["train", "dev", "test20"] {
        for row in load_mlqe(data, split)? {
            v.push((row.src, row.mt));
        }
    }
    Ok(v)
}

/// User plus system CPU time of this process.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    // The kernel reports clock ticks; USER_HZ is 100 on Linux.
    Some(Duration::from_secs_f64(ticks / 100.0))
}

fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Builds and aligns documents of each size; 2% of target sentences deleted and 2%
/// boilerplate inserted.
pub fn run(data: &Path, sizes: &[usize], seed: u64) -> Result<Vec<ScaleRow>> {
    let pair = LanguagePair::ru_en();
    let pool = pool(data)?;
    let mut rows = Vec::new();
    for &n in sizes {
        let mut rng = Rng::new(seed ^ n as u64);
        // Source paragraphs of 1–6 sentences; the target keeps the paragraphing.
        let mut src_pars: Vec<Vec<String>> = Vec::new();
        let mut tgt_pars: Vec<Vec<(String, Option<usize>)>> = Vec::new();
        let mut g = 0;
        let mut k = rng.below(pool.len());
        while g < n {
            let len = (1 + rng.below(6)).min(n - g);
            let mut sp = Vec::new();
            let mut tp = Vec::new();
            for _ in 0..len {
                let (s, t) = &pool[k % pool.len()];
                k += 1;
                sp.push(s.clone());
                let u = rng.unit();
                if u < 0.02 {
                    // deleted
                } else if u < 0.04 {
                    tp.push((BOILERPLATE[rng.below(BOILERPLATE.len())].to_string(), None));
                    tp.push((t.clone(), Some(g)));
                } else {
                    tp.push((t.clone(), Some(g)));
                }
                g += 1;
            }
            src_pars.push(sp);
            tgt_pars.push(tp);
        }
        let own = |pars: &[Vec<String>],
                   lang: &dyn crate::lang::Language|
         -> (Vec<String>, Vec<Vec<Sentence>>) {
            let mut texts = Vec::new();
            let mut sents = Vec::new();
            for p in pars {
                let text = p.join(" ");
                let mut ss = Vec::new();
                let mut off = 0;
                for piece in p {
                    ss.push(analyse(&text, off..off + piece.len(), lang));
                    off += piece.len() + 1;
                }
                texts.push(text);
                sents.push(ss);
            }
            (texts, sents)
        };
        let tgt_text_pars: Vec<Vec<String>> = tgt_pars
            .iter()
            .map(|p| p.iter().map(|x| x.0.clone()).collect())
            .collect();
        let (st, ss) = own(&src_pars, pair.source);
        let (tt, ts) = own(&tgt_text_pars, pair.target);
        let sside = Side {
            texts: st.iter().map(String::as_str).collect(),
            sentences: ss.iter().map(Vec::as_slice).collect(),
        };
        let tside = Side {
            texts: tt.iter().map(String::as_str).collect(),
            sentences: ts.iter().map(Vec::as_slice).collect(),
        };
        let start = Instant::now();
        let cpu0 = cpu_time();
        let al = align_documents(pair, &sside, &tside, &Model::default());
        let time = start.elapsed();
        let cpu = cpu0.zip(cpu_time()).map(|(a, b)| b.saturating_sub(a));
        let mut pred = HashSet::new();
        for b in &al.sentences {
            for i in b.source.clone() {
                for j in b.target.clone() {
                    pred.insert((i, j));
                }
            }
        }
        let gold: HashSet<(usize, usize)> = tgt_pars
            .iter()
            .flatten()
            .enumerate()
            .filter_map(|(j, (_, s))| s.map(|i| (i, j)))
            .collect();
        let mut links = Prf::default();
        links.add(&pred, &gold);
        rows.push(ScaleRow {
            sentences: n,
            paragraphs: src_pars.len(),
            time,
            cpu,
            peak_mib: peak_mib(),
            links,
        });
    }
    Ok(rows)
}
