//! Glossary: a client's required renderings. A source term (matched by stems, so any
//! case form counts) must be translated by its required target term (case and plural
//! ignored) in the aligned sentence, and never by a forbidden variant.
//!
//! Files: TSV or CSV with a header row (`source`, `target`, optional `forbidden` with
//! `|`-separated variants, optional `note`), or TBX-Basic (`termEntry` with one Russian
//! and one English `langSec`; English terms with `administrativeStatus` "deprecatedTerm-admn-sts"
//! are the forbidden variants).

use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::lang::{Language, LanguagePair};
use crate::pipeline::Context;
use crate::rules::rule;
use crate::segment::{Sentence, TokenKind};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct GlossaryEntry {
    pub source: String,
    pub target: String,
    pub forbidden: Vec<String>,
    pub note: Option<String>,
    /// Where the entry comes from (file:line), for messages.
    pub origin: String,
    source_stems: Vec<String>,
    target_stems: Vec<String>,
    forbidden_stems: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Default)]
pub struct Glossary {
    pub entries: Vec<GlossaryEntry>,
}

fn stems(text: &str, lang: &dyn Language) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| lang.stem(&w.to_lowercase()))
        .collect()
}

/// Splits one CSV line (RFC 4180 quoting, no newlines inside fields).
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out
}

impl Glossary {
    /// Reads every file, by extension (.tsv, .csv, .tbx/.xml).
    pub fn load_all(paths: &[PathBuf], pair: &LanguagePair) -> Result<Glossary> {
        let mut g = Glossary::default();
        for p in paths {
            let text = std::fs::read_to_string(p).map_err(|e| Error::Read {
                path: p.clone(),
                message: e.to_string().to_lowercase(),
            })?;
            g.entries.extend(Self::parse(p, &text, pair)?.entries);
        }
        Ok(g)
    }

    pub fn parse(path: &Path, text: &str, pair: &LanguagePair) -> Result<Glossary> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "tbx" | "xml" => Self::parse_tbx(path, text, pair),
            "csv" => Self::parse_table(path, text, pair, ','),
            _ => Self::parse_table(path, text, pair, '\t'),
        }
    }

    fn entry(
        pair: &LanguagePair,
        source: &str,
        target: &str,
        forbidden: Vec<String>,
        note: Option<String>,
        origin: String,
    ) -> GlossaryEntry {
        GlossaryEntry {
            source_stems: stems(source, pair.source),
            target_stems: stems(target, pair.target),
            forbidden_stems: forbidden.iter().map(|f| stems(f, pair.target)).collect(),
            source: source.to_string(),
            target: target.to_string(),
            forbidden,
            note,
            origin,
        }
    }

    fn parse_table(path: &Path, text: &str, pair: &LanguagePair, sep: char) -> Result<Glossary> {
        let bad = |line: usize, message: String| Error::Config {
            path: path.to_path_buf(),
            line,
            message,
        };
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let split = |l: &str| -> Vec<String> {
            if sep == ',' {
                csv_fields(l)
            } else {
                l.split('\t').map(str::to_string).collect()
            }
        };
        let Some((hl, header)) = lines.next() else {
            return Ok(Glossary::default());
        };
        let header: Vec<String> = split(header)
            .iter()
            .map(|h| h.trim().to_lowercase())
            .collect();
        let col = |names: &[&str]| header.iter().position(|h| names.contains(&h.as_str()));
        let (Some(sc), Some(tc)) = (
            col(&["source", "ru", "source term"]),
            col(&["target", "en", "target term"]),
        ) else {
            return Err(bad(
                hl + 1,
                "the header needs a `source` and a `target` column".into(),
            ));
        };
        let fc = col(&["forbidden", "forbidden variants"]);
        let nc = col(&["note", "notes", "comment"]);
        let mut g = Glossary::default();
        for (i, l) in lines {
            let f = split(l);
            let get = |c: Option<usize>| {
                c.and_then(|c| f.get(c))
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
            };
            let (Some(s), Some(t)) = (get(Some(sc)), get(Some(tc))) else {
                return Err(bad(i + 1, "a source and a target term are required".into()));
            };
            let forbidden = get(fc)
                .map(|v| {
                    v.split('|')
                        .map(|x| x.trim().to_string())
                        .filter(|x| !x.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            g.entries.push(Self::entry(
                pair,
                &s,
                &t,
                forbidden,
                get(nc),
                format!("{}:{}", path.display(), i + 1),
            ));
        }
        Ok(g)
    }

    fn parse_tbx(path: &Path, text: &str, pair: &LanguagePair) -> Result<Glossary> {
        if text.contains("<!ENTITY") {
            return Err(Error::Format {
                path: path.to_path_buf(),
                message: "entity declarations are not accepted".into(),
            });
        }
        let doc = roxmltree::Document::parse(text).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: format!("not well-formed TBX: {e}"),
        })?;
        let lang_of = |n: roxmltree::Node| {
            n.attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                .or_else(|| n.attribute("lang"))
                .unwrap_or("")
                .to_ascii_lowercase()
        };
        let mut g = Glossary::default();
        for entry in doc
            .descendants()
            .filter(|n| n.has_tag_name("termEntry") || n.has_tag_name("conceptEntry"))
        {
            let mut source = None;
            let mut target = None;
            let mut forbidden = Vec::new();
            for ls in entry
                .children()
                .filter(|n| n.has_tag_name("langSet") || n.has_tag_name("langSec"))
            {
                let lang = lang_of(ls);
                for tig in ls.descendants().filter(|n| n.has_tag_name("term")) {
                    let term = tig.text().unwrap_or("").trim().to_string();
                    let container = tig.parent().unwrap_or(tig);
                    let deprecated = container.descendants().any(|n| {
                        n.text()
                            .is_some_and(|t| t.contains("deprecated") || t.contains("forbidden"))
                    });
                    if lang.starts_with(pair.source.code()) && source.is_none() {
                        source = Some(term);
                    } else if lang.starts_with(pair.target.code()) {
                        if deprecated {
                            forbidden.push(term);
                        } else if target.is_none() {
                            target = Some(term);
                        }
                    }
                }
            }
            if let (Some(s), Some(t)) = (source, target) {
                let line = doc.text_pos_at(entry.range().start).row as usize;
                g.entries.push(Self::entry(
                    pair,
                    &s,
                    &t,
                    forbidden,
                    None,
                    format!("{}:{}", path.display(), line),
                ));
            }
        }
        Ok(g)
    }
}

/// Byte range (in the unit text) of a stem sequence in a sentence, if present.
fn find_stems(s: &Sentence, want: &[String]) -> Option<std::ops::Range<usize>> {
    if want.is_empty() {
        return None;
    }
    let words: Vec<_> = s
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    words
        .windows(want.len())
        .find(|w| w.iter().zip(want).all(|(t, st)| t.stem == *st))
        .map(|w| w[0].span.start..w[w.len() - 1].span.end)
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(g) = ctx.opts.glossary.as_ref() else {
        return;
    };
    if g.entries.is_empty() {
        return;
    }
    let src = ctx.source();
    let tgt = ctx.target();
    for (b, _) in super::aligned_sentences(ctx) {
        let targets: Vec<(usize, &Sentence)> =
            b.target.clone().map(|t| (t, tgt.sentence(t).1)).collect();
        for s in b.source.clone() {
            let (_, sent, _, _) = src.sentence(s);
            for e in &g.entries {
                let Some(sr) = find_stems(sent, &e.source_stems) else {
                    continue;
                };
                let required = targets
                    .iter()
                    .any(|(_, ts)| find_stems(ts, &e.target_stems).is_some());
                let note = e
                    .note
                    .as_deref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default();
                let mut forbidden_found = false;
                for (fv, fs) in e.forbidden.iter().zip(&e.forbidden_stems) {
                    for (t, ts) in &targets {
                        if let Some(tr) = find_stems(ts, fs) {
                            forbidden_found = true;
                            out.push(
                                Finding::new(
                                    rule("glossary-forbidden"),
                                    format!("«{fv}» is a forbidden rendering of «{}»: the glossary requires «{}»{note}", e.source, e.target),
                                )
                                .suggest(e.target.clone())
                                .source(src.span_in(s, sr.clone()))
                                .target(tgt.span_in(*t, tr)),
                            );
                        }
                    }
                }
                if !required && !forbidden_found {
                    out.push(
                        Finding::new(
                            rule("glossary-term"),
                            format!(
                                "«{}» must be translated as «{}» (glossary {}){note}",
                                e.source, e.target, e.origin
                            ),
                        )
                        .suggest(e.target.clone())
                        .source(src.span_in(s, sr))
                        .target(tgt.sentence_span(b.target.start)),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::analysis;
    use crate::pipeline::{check as run_checks, CheckOptions};

    fn glossary(tsv: &str) -> Glossary {
        Glossary::parse(Path::new("g.tsv"), tsv, LanguagePair::ru_en()).unwrap()
    }

    fn fired(g: &Glossary, ru: &str, en: &str, rule: &str) -> usize {
        let a = analysis(ru, en);
        let opts = CheckOptions {
            glossary: Some(std::sync::Arc::new(g.clone())),
            ..Default::default()
        };
        run_checks(&a, &opts)
            .iter()
            .filter(|f| f.rule.name == rule)
            .count()
    }

    const TSV: &str = "source\ttarget\tforbidden\tnote\nключевая ставка\tkey rate\tkey interest rate|base rate\tclient style\n";

    #[test]
    fn required_term_with_inflection_and_plural() {
        let g = glossary(TSV);
        assert_eq!(g.entries.len(), 1);
        let ru = "Банк повысил ключевую ставку до 16%.";
        assert_eq!(
            fired(
                &g,
                ru,
                "The bank raised the key rate to 16%.",
                "glossary-term"
            ),
            0
        );
        assert_eq!(
            fired(
                &g,
                ru,
                "The bank raised its Key Rates to 16%.",
                "glossary-term"
            ),
            0
        );
        assert_eq!(
            fired(
                &g,
                ru,
                "The bank raised the policy rate to 16%.",
                "glossary-term"
            ),
            1
        );
    }

    #[test]
    fn forbidden_variant() {
        let g = glossary(TSV);
        let ru = "Банк повысил ключевую ставку до 16%.";
        assert_eq!(
            fired(
                &g,
                ru,
                "The bank raised the base rate to 16%.",
                "glossary-forbidden"
            ),
            1
        );
        assert_eq!(
            fired(
                &g,
                ru,
                "The bank raised the base rate to 16%.",
                "glossary-term"
            ),
            0
        );
        assert_eq!(
            fired(
                &g,
                ru,
                "The bank raised the key rate to 16%.",
                "glossary-forbidden"
            ),
            0
        );
    }

    #[test]
    fn csv_and_tbx() {
        let csv = "source,target,forbidden\n\"ключевая ставка\",\"key rate\",\"base rate\"\n";
        let g = Glossary::parse(Path::new("g.csv"), csv, LanguagePair::ru_en()).unwrap();
        assert_eq!(g.entries[0].forbidden, vec!["base rate".to_string()]);
        let tbx = r#"<?xml version="1.0"?><tbx><text><body>
            <termEntry><langSet xml:lang="ru"><tig><term>ключевая ставка</term></tig></langSet>
            <langSet xml:lang="en"><tig><term>key rate</term></tig>
            <tig><term>base rate</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
            </body></text></tbx>"#;
        let g = Glossary::parse(Path::new("g.tbx"), tbx, LanguagePair::ru_en()).unwrap();
        assert_eq!(g.entries[0].target, "key rate");
        assert_eq!(g.entries[0].forbidden, vec!["base rate".to_string()]);
    }

    #[test]
    fn bad_header_is_an_error() {
        assert!(
            Glossary::parse(Path::new("g.tsv"), "a\tb\nx\ty\n", LanguagePair::ru_en()).is_err()
        );
    }
}
