//! Every rule's docs page (docs/rules/TCnnn-name.md) shows a Bad and a Good example: the
//! Bad translation must get a finding of that rule, the Good one none. The examples are
//! what users read first, so they must stay true as the checks and the lexicon change.

use std::path::PathBuf;
use transcheck::{input::Document, lang::LanguagePair, pipeline};

/// Rules whose examples need a project glossary (configuration, not the built-in data).
const NEED_CONFIGURATION: &[&str] = &["TC420", "TC421"];

/// The quoted blocks ("> …" lines) of a Markdown section; a "> " line left empty
/// separates paragraphs.
fn quoted_blocks(section: &str) -> Vec<String> {
    section
        .split("\n\n")
        .filter(|b| b.trim_start().starts_with('>'))
        .map(|b| {
            b.lines()
                .filter(|l| l.starts_with('>'))
                .map(|l| l.trim_start_matches('>').strip_prefix(' ').unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

fn rules_fired(source: &str, translation: &str) -> Vec<String> {
    let pair = LanguagePair::ru_en();
    let src = Document::from_text("example.ru.txt", source, pair.source).unwrap();
    let tgt = Document::from_text("example.en.txt", translation, pair.target).unwrap();
    let analysis = pipeline::analyse(src, tgt, pair, &Default::default());
    pipeline::check(&analysis, &Default::default())
        .iter()
        .map(|f| f.rule.id.to_string())
        .collect()
}

#[test]
fn every_rule_page_example_behaves_as_documented() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 20, "rule pages not found in {dir:?}");
    let mut problems = Vec::new();
    for page in pages {
        let name = page.file_name().unwrap().to_string_lossy().to_string();
        let id = name.split('-').next().unwrap().to_string();
        if NEED_CONFIGURATION.contains(&id.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&page).unwrap();
        let (Some(bad_at), Some(good_at)) = (text.find("## Bad"), text.find("## Good")) else {
            problems.push(format!("{name}: no Bad/Good sections"));
            continue;
        };
        let bad = quoted_blocks(&text[bad_at..good_at]);
        let good_section = &text[good_at..];
        let good_end = good_section[2..]
            .find("\n## ")
            .map_or(good_section.len(), |i| i + 2);
        let good = quoted_blocks(&good_section[..good_end]);
        let (Some(source), Some(bad_tr), Some(good_tr)) = (bad.first(), bad.get(1), good.first())
        else {
            problems.push(format!("{name}: cannot read the examples"));
            continue;
        };
        let on_bad = rules_fired(source, bad_tr);
        if !on_bad.contains(&id) {
            problems.push(format!("{name}: Bad example gets {on_bad:?}, not {id}"));
        }
        let on_good = rules_fired(source, good_tr);
        if on_good.contains(&id) {
            problems.push(format!("{name}: Good example gets {id}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
