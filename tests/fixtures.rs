//! Runs the checker on every fixture article (fixtures/articles/*/expect.toml): the
//! gold paragraph alignment must be found, the planted findings must be reported, and a
//! faithful translation must get no error-level finding.

use serde::Deserialize;
use std::path::{Path, PathBuf};
use transcheck::finding::Finding;
use transcheck::input::{Document, LoadOptions};
use transcheck::lang::LanguagePair;
use transcheck::pipeline::{analyse, check, Analysis, CheckOptions};
use transcheck::rules::{self, Severity};

#[derive(Deserialize)]
struct Expect {
    #[allow(dead_code)]
    topic: Option<String>,
    translation: Vec<Translation>,
}

#[derive(Deserialize)]
struct Translation {
    file: String,
    kind: String,
    alignment: Vec<(Vec<usize>, Vec<usize>)>,
    #[serde(default)]
    expect: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    rule: String,
    source: Option<String>,
    target: Option<String>,
    note: Option<String>,
}

fn articles() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.join("expect.toml").exists())
            .collect();
    v.sort();
    v
}

fn run(dir: &Path, file: &str) -> (Analysis, Vec<Finding>) {
    let pair = LanguagePair::ru_en();
    let src = Document::load(
        &dir.join("source.ru.txt"),
        pair.source,
        &LoadOptions::default(),
    )
    .unwrap();
    let tgt = Document::load(&dir.join(file), pair.target, &LoadOptions::default()).unwrap();
    let a = analyse(src, tgt, pair, &Default::default());
    let f = check(&a, &CheckOptions::default());
    (a, f)
}

fn matches(a: &Analysis, f: &Finding, e: &Expected) -> bool {
    if f.rule.name != e.rule {
        return false;
    }
    // The snippet must lie inside the span or the span inside the snippet's paragraph
    // text: a finding may point at the figure while the expectation quotes more.
    // A finding without a span on one side (an untranslated word has no source span)
    // matches whatever the expectation quotes of that side.
    let ok = |span: Option<transcheck::finding::Span>, doc: &Document, want: &Option<String>| match (
        want, span,
    ) {
        (None, _) | (Some(_), None) => true,
        (Some(w), span) => span.is_some_and(|s| {
            let got = &doc.text[s.start..s.end];
            got.contains(w.as_str()) || (w.contains(got.trim()) && !got.trim().is_empty()) || {
                let unit = &doc.units[s.paragraph];
                unit.text.contains(w.as_str()) && s.sentence.is_some() && {
                    // the expectation text is in the same sentence as the span
                    let p = w.as_str();
                    let st = unit.text.find(p).unwrap();
                    let ds = unit.to_document(st);
                    let de = unit.to_document(st + p.len());
                    ds < s.end + 200 && de + 200 > s.start
                }
            }
        }),
    };
    ok(f.source, &a.source, &e.source) && ok(f.target, &a.target, &e.target)
}

#[test]
fn fixture_articles() {
    let mut failures = Vec::new();
    let mut skipped = 0;
    let mut checked = 0;
    let list = articles();
    assert!(list.len() >= 5, "expected at least five fixture articles");
    for dir in list {
        let expect: Expect =
            toml::from_str(&std::fs::read_to_string(dir.join("expect.toml")).unwrap()).unwrap();
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        for t in &expect.translation {
            let (a, findings) = run(&dir, &t.file);
            let got: Vec<(Vec<usize>, Vec<usize>)> = a
                .alignment
                .paragraphs
                .iter()
                .map(|b| (b.source.clone().collect(), b.target.clone().collect()))
                .collect();
            if got != t.alignment {
                failures.push(format!(
                    "{name}/{}: alignment\n   want {:?}\n   got  {:?}",
                    t.file, t.alignment, got
                ));
            }
            if t.kind == "faithful" {
                for f in findings.iter().filter(|f| f.severity == Severity::Error) {
                    failures.push(format!(
                        "{name}/{}: error on a faithful translation: {} {}",
                        t.file, f.rule.name, f.message
                    ));
                }
            }
            for e in &t.expect {
                if rules::find(&e.rule).is_none() {
                    skipped += 1;
                    continue;
                }
                checked += 1;
                if !findings.iter().any(|f| matches(&a, f, e)) {
                    failures.push(format!(
                        "{name}/{}: missing {} (source {:?}, target {:?}) — {}",
                        t.file,
                        e.rule,
                        e.source,
                        e.target,
                        e.note.as_deref().unwrap_or("")
                    ));
                }
            }
        }
    }
    eprintln!("{checked} expectations checked, {skipped} for rules not in this build");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
