//! TMX translation memories (1.1–1.4b), read with roxmltree. Each `<tu>` is a segment:
//! its source is the `<tuv>` in the pair's source language (`xml:lang`, or `lang` in
//! TMX 1.1; "ru-RU" matches "ru"), its target the `<tuv>` in the target language.
//! Inline codes (`bpt`, `ept`, `it`, `ph`, `ut`) are dropped, `hi` keeps its text.

use super::bilingual::Segment;
use super::xml::{self, attr, child, name, primary};
use super::UnitBuilder;
use crate::error::{Error, Result};
use crate::lang::LanguagePair;
use std::path::Path;

const CODES: &[&str] = &["bpt", "ept", "it", "ph", "ut"];

pub fn segments(text: &str, path: &Path, pair: &LanguagePair) -> Result<Vec<Segment>> {
    let doc = xml::parse(text, path, "TMX")?;
    let root = doc.root_element();
    let err = |message: String| Error::Format {
        path: path.to_path_buf(),
        message,
    };
    if name(&root) != "tmx" {
        return Err(err(format!(
            "not a TMX file: the root element is <{}>, not <tmx>",
            name(&root)
        )));
    }
    let (want_s, want_t) = (pair.source.code(), pair.target.code());
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for tu in root
        .descendants()
        .filter(|n| n.is_element() && name(n) == "tu")
    {
        let mut seg = Segment::default();
        let (mut has_s, mut has_t) = (false, false);
        for tuv in tu.children().filter(|n| n.is_element() && name(n) == "tuv") {
            let lang = primary(attr(&tuv, "lang").unwrap_or(""));
            let slot = if lang == want_s && !has_s {
                has_s = true;
                &mut seg.source
            } else if lang == want_t && !has_t {
                has_t = true;
                &mut seg.target
            } else {
                seen.insert(lang);
                continue;
            };
            if let Some(s) = child(&tuv, "seg") {
                let mut b = UnitBuilder::new();
                xml::content(&s, text, CODES, &mut b);
                *slot = b;
            }
        }
        if has_s || has_t {
            out.push(seg);
        }
    }
    if out.is_empty() {
        let found: Vec<String> = seen.into_iter().filter(|l| !l.is_empty()).collect();
        return Err(err(format!(
            "the TMX file has no translation unit in {want_s} or {want_t}{}",
            if found.is_empty() {
                String::new()
            } else {
                format!(" (languages found: {})", found.join(", "))
            }
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_variants_by_language() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="paragraph" o-tmf="x" adminlang="en" srclang="ru-RU" datatype="plaintext"/>
  <body>
    <tu><tuv xml:lang="en-US"><seg>The rate is <hi>16%</hi>.</seg></tuv><tuv xml:lang="ru-RU"><seg>Ставка <bpt i="1">&lt;b&gt;</bpt>16%<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>
    <tu><tuv lang="RU"><seg>Только русский.</seg></tuv></tu>
    <tu><tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv></tu>
  </body>
</tmx>"#;
        let segs = segments(xml, Path::new("t.tmx"), LanguagePair::ru_en()).unwrap();
        let got: Vec<(&str, &str)> = segs
            .iter()
            .map(|s| (s.source.text().trim(), s.target.text().trim()))
            .collect();
        assert_eq!(
            got,
            [("Ставка 16%.", "The rate is 16%."), ("Только русский.", "")]
        );
    }

    #[test]
    fn no_units_in_the_pair() {
        let xml = r#"<tmx version="1.4"><header srclang="de"/><body><tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="fr"><seg>Salut</seg></tuv></tu></body></tmx>"#;
        let e = segments(xml, Path::new("t.tmx"), LanguagePair::ru_en())
            .unwrap_err()
            .to_string();
        assert!(e.contains("languages found: de, fr"), "{e}");
    }
}
