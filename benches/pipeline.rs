//! `cargo bench`: time of the whole pipeline on the bundled fixture articles, one at a
//! time (what a translator waits for) and concatenated into a long document (the
//! aligner's scaling). No external data; the figures on real WMT text come from
//! `transcheck eval --task scale` (docs/evaluation.md).

use std::path::Path;
use std::time::{Duration, Instant};
use transcheck::input::Document;
use transcheck::lang::LanguagePair;
use transcheck::pipeline::{analyse, check};

fn articles() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles");
    let mut v = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/articles")
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    for a in names {
        let (Ok(ru), Ok(en)) = (
            std::fs::read_to_string(a.join("source.ru.txt")),
            std::fs::read_to_string(a.join("mt.en.txt")),
        ) else {
            continue;
        };
        v.push((ru, en));
    }
    v
}

/// Median of `runs` timings of a full check of one pair.
fn time_check(ru: &str, en: &str, runs: usize) -> (Duration, usize) {
    let pair = LanguagePair::ru_en();
    let mut times = Vec::new();
    let mut findings = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let s = Document::from_text("a.ru.txt", ru, pair.source).unwrap();
        let d = Document::from_text("a.en.txt", en, pair.target).unwrap();
        let a = analyse(s, d, pair, &Default::default());
        findings = check(&a, &Default::default()).len();
        times.push(t.elapsed());
    }
    times.sort();
    (times[times.len() / 2], findings)
}

fn main() {
    let arts = articles();
    // Warm up the lazily built lexicon, gazetteer and phrasebook.
    let _ = time_check(&arts[0].0, &arts[0].1, 1);
    println!("one article (median of 20 runs):");
    for (ru, en) in &arts {
        let (t, n) = time_check(ru, en, 20);
        println!(
            "  {:>6} chars  {:>8.2} ms  {n} findings",
            ru.chars().count(),
            t.as_secs_f64() * 1e3
        );
    }
    for copies in [10, 50] {
        let ru: Vec<&str> = (0..copies)
            .map(|i| arts[i % arts.len()].0.as_str())
            .collect();
        let en: Vec<&str> = (0..copies)
            .map(|i| arts[i % arts.len()].1.as_str())
            .collect();
        let (ru, en) = (ru.join("\n\n"), en.join("\n\n"));
        let (t, n) = time_check(&ru, &en, 3);
        println!(
            "{copies} articles in one document: {} paragraphs, {:.1} ms, {n} findings",
            ru.split("\n\n").count(),
            t.as_secs_f64() * 1e3
        );
    }
}
