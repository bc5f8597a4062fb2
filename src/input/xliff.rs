//! XLIFF 1.2 (`<trans-unit>` with `<source>` and `<target>`) and XLIFF 2.x (`<unit>`
//! with `<segment>`s, each with `<source>` and `<target>`), read with roxmltree.
//! Each trans-unit (1.2) or segment (2.x) is one segment of the file; units marked
//! `translate="no"` are left out. Inline codes (`bpt`, `ept`, `ph`, `it`, `sc`, `ec`, …)
//! are dropped, inline markup (`g`, `mrk`, `pc`) keeps its text.

use super::bilingual::{check_languages, Segment};
use super::xml::{self, attr, child, name};
use super::UnitBuilder;
use crate::error::{Error, Result};
use crate::lang::LanguagePair;
use std::path::Path;

/// Native codes and placeholders: their content is not text.
const CODES: &[&str] = &[
    "bpt", "ept", "it", "ph", "x", "bx", "ex", "sc", "ec", "sm", "em",
];

pub fn segments(text: &str, path: &Path, pair: &LanguagePair) -> Result<Vec<Segment>> {
    let doc = xml::parse(text, path, "XLIFF")?;
    let root = doc.root_element();
    let err = |message: String| Error::Format {
        path: path.to_path_buf(),
        message,
    };
    if name(&root) != "xliff" {
        return Err(err(format!(
            "not an XLIFF file: the root element is <{}>, not <xliff>",
            name(&root)
        )));
    }
    let version = attr(&root, "version").unwrap_or("1.2");
    let side = |el: Option<roxmltree::Node>| {
        let mut b = UnitBuilder::new();
        if let Some(el) = el {
            xml::content(&el, text, CODES, &mut b);
        }
        b
    };
    // `translate="no"` on the unit or on a group around it.
    let no = |n: &roxmltree::Node| {
        n.ancestors()
            .any(|a| a.is_element() && attr(&a, "translate").is_some_and(|v| v == "no"))
    };
    let mut out = Vec::new();
    if version.starts_with('2') {
        check_languages(path, attr(&root, "srcLang"), attr(&root, "trgLang"), pair)?;
        for unit in root
            .descendants()
            .filter(|n| n.is_element() && name(n) == "unit")
        {
            if no(&unit) {
                continue;
            }
            for seg in unit
                .children()
                .filter(|n| n.is_element() && name(n) == "segment")
            {
                out.push(Segment {
                    source: side(child(&seg, "source")),
                    target: side(child(&seg, "target")),
                });
            }
        }
    } else if version.starts_with('1') {
        for file in root
            .children()
            .filter(|n| n.is_element() && name(n) == "file")
        {
            check_languages(
                path,
                attr(&file, "source-language"),
                attr(&file, "target-language"),
                pair,
            )?;
            for tu in file
                .descendants()
                .filter(|n| n.is_element() && name(n) == "trans-unit")
            {
                if no(&tu) {
                    continue;
                }
                out.push(Segment {
                    source: side(child(&tu, "source")),
                    target: side(child(&tu, "target")),
                });
            }
        }
    } else {
        return Err(err(format!(
            "unsupported XLIFF version {version:?} (1.x and 2.x are read)"
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(xml: &str) -> Result<Vec<(String, String)>> {
        Ok(segments(xml, Path::new("t.xlf"), LanguagePair::ru_en())?
            .into_iter()
            .map(|s| {
                (
                    s.source.text().trim().to_string(),
                    s.target.text().trim().to_string(),
                )
            })
            .collect())
    }

    #[test]
    fn xliff_1_2() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="ru-RU" target-language="en-US" datatype="plaintext" original="a.txt">
    <body>
      <group id="g">
        <trans-unit id="1"><source>Бюджет <g id="b">вырос</g>.</source><target>The budget <g id="b">grew</g>.</target></trans-unit>
      </group>
      <trans-unit id="2" translate="no"><source>Код</source><target>Code</target></trans-unit>
      <trans-unit id="3"><source>Без перевода<ph id="1">&lt;br/&gt;</ph></source></trans-unit>
    </body>
  </file>
</xliff>"#;
        assert_eq!(
            read(xml).unwrap(),
            [
                ("Бюджет вырос.".into(), "The budget grew.".into()),
                ("Без перевода".into(), String::new())
            ]
        );
    }

    #[test]
    fn xliff_2_0() {
        let xml = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en">
 <file id="f1"><unit id="u1">
  <segment><source>Первое<cp hex="0021"/></source><target>First!</target></segment>
  <ignorable><source> </source></ignorable>
  <segment><source>Второе <pc id="1">слово</pc>.</source><target>Second <pc id="1">word</pc>.</target></segment>
 </unit></file></xliff>"#;
        assert_eq!(
            read(xml).unwrap(),
            [
                ("Первое!".into(), "First!".into()),
                ("Второе слово.".into(), "Second word.".into())
            ]
        );
    }

    #[test]
    fn wrong_languages_and_roots() {
        let xml = r#"<xliff version="2.0" srcLang="en" trgLang="ru"><file id="f"/></xliff>"#;
        let e = read(xml).unwrap_err().to_string();
        assert!(e.contains("translates en into ru"), "{e}");
        let e = read("<tmx version=\"1.4\"/>").unwrap_err().to_string();
        assert!(e.contains("root element is <tmx>"), "{e}");
    }
}
