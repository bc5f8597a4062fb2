//! Every input format end to end, on fixtures converted by hand from the fixture
//! articles (fixtures/formats/, see its README):
//! - Markdown and HTML versions of an article pair must give the same units, alignment
//!   and findings as the plain-text originals, with every span pointing at the right
//!   bytes of the marked-up file;
//! - the bilingual versions (XLIFF 1.2, XLIFF 2.0, TMX, PO, TSV) of a faithful
//!   translation with two planted defects (a changed figure, an untranslated segment)
//!   must report exactly those, at the right line and column of the file.

use std::path::{Path, PathBuf};
use transcheck::finding::{Finding, Location, Span};
use transcheck::input::{load_inputs, Document, Format, LoadOptions};
use transcheck::lang::LanguagePair;
use transcheck::pipeline::{analyse, check, Analysis, CheckOptions};
use transcheck::rules::Severity;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn run(source: &Path, target: Option<&Path>) -> (Analysis, Vec<Finding>) {
    let pair = LanguagePair::ru_en();
    let (s, t) = load_inputs(source, target, pair, &LoadOptions::default()).unwrap();
    let a = analyse(s, t, pair, &Default::default());
    let f = check(&a, &CheckOptions::default());
    (a, f)
}

/// 1-based line and column (in characters) of byte `at` of `text`, computed here
/// independently of the library.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

/// The only place `needle` occurs in `text`, plus `skip` bytes.
fn unique(text: &str, needle: &str, skip: usize) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found"));
    assert!(
        text[at + needle.len()..].find(needle).is_none(),
        "{needle:?} occurs more than once"
    );
    at + skip
}

/// Plain text of a slice of our Markdown fixtures: emphasis and link syntax removed.
fn plain_md(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s.replace("**", "");
    while let Some(i) = rest.find("](") {
        let close = rest[i..].find(')').map_or(rest.len(), |k| i + k + 1);
        rest.replace_range(i..close, "");
    }
    out.push_str(&rest.replace('[', ""));
    out
}

/// Plain text of a slice of our HTML fixtures: tags dropped, whitespace collapsed, the
/// references the fixtures use decoded.
fn plain_html(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    [
        ("&laquo;", "«"),
        ("&raquo;", "»"),
        ("&mdash;", "—"),
        ("&ndash;", "–"),
        ("&ldquo;", "“"),
        ("&rdquo;", "”"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(out, |s, (e, c)| s.replace(e, c))
}

/// Where a finding is: (paragraph, sentence) of a span.
type Place = Option<(usize, Option<usize>)>;

fn key(f: &Finding) -> (String, String, Severity, Place, Place) {
    let place = |s: Option<Span>| s.map(|s| (s.paragraph, s.sentence));
    (
        f.rule.id.to_string(),
        f.message.clone(),
        f.severity,
        place(f.source),
        place(f.target),
    )
}

fn same_as_plain_text(ext: &str, format: Format, plain: fn(&str) -> String) {
    let art = root().join("articles/moscow-budget");
    let fmt = root().join("formats/moscow-budget");
    let (ta, tf) = run(&art.join("source.ru.txt"), Some(&art.join("mt.en.txt")));
    let (ma, mf) = run(
        &fmt.join(format!("source.ru.{ext}")),
        Some(&fmt.join(format!("mt.en.{ext}"))),
    );
    assert_eq!(ma.source.format, format);
    assert_eq!(ma.target.format, format);
    // The units are the paragraphs of the plain text (code, comments, images, chrome,
    // front matter left out).
    let texts = |d: &Document| d.units.iter().map(|u| u.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&ma.source), texts(&ta.source));
    assert_eq!(texts(&ma.target), texts(&ta.target));
    assert_eq!(ma.alignment.paragraphs, ta.alignment.paragraphs);
    assert!(!tf.is_empty());
    assert_eq!(
        mf.iter().map(key).collect::<Vec<_>>(),
        tf.iter().map(key).collect::<Vec<_>>()
    );
    // Every span covers the same text, written with markup.
    for (m, t) in mf.iter().zip(&tf) {
        for (ms, ts, md, td) in [
            (m.source, t.source, &ma.source, &ta.source),
            (m.target, t.target, &ma.target, &ta.target),
        ] {
            let (Some(ms), Some(ts)) = (ms, ts) else {
                assert_eq!(ms.is_some(), ts.is_some());
                continue;
            };
            let raw = md
                .text
                .get(ms.start..ms.end)
                .expect("span on char boundaries");
            assert_eq!(
                plain(raw),
                plain(&td.text[ts.start..ts.end]),
                "{}: {raw:?}",
                m.rule.name
            );
            let loc = Location::resolve(&ms, md);
            assert_eq!((loc.line, loc.column), line_col(&md.text, ms.start));
        }
    }
}

#[test]
fn markdown_reads_like_the_plain_text() {
    same_as_plain_text("md", Format::Markdown, plain_md);
}

#[test]
fn html_reads_like_the_plain_text() {
    same_as_plain_text("html", Format::Html, plain_html);
}

/// A finding of `rule` with a span whose text in the file is `text`.
fn located<'a>(
    f: &'a [Finding],
    a: &Analysis,
    rule: &str,
    target: bool,
    text: &str,
) -> (&'a Finding, Location) {
    f.iter()
        .filter(|f| f.rule.name == rule)
        .find_map(|f| {
            let (span, doc) = if target {
                (f.target?, &a.target)
            } else {
                (f.source?, &a.source)
            };
            let loc = Location::resolve(&span, doc);
            (loc.text == text).then_some((f, loc))
        })
        .unwrap_or_else(|| panic!("no {rule} finding on {text:?}: {f:#?}"))
}

#[test]
fn markup_spans_at_known_places() {
    let fmt = root().join("formats/moscow-budget");
    for ext in ["md", "html"] {
        let (a, f) = run(
            &fmt.join(format!("source.ru.{ext}")),
            Some(&fmt.join(format!("mt.en.{ext}"))),
        );
        let tgt = &a.target.text;
        let (_, loc) = located(&f, &a, "number-mismatch", true, "2.8 million");
        assert_eq!(
            (loc.line, loc.column),
            line_col(tgt, unique(tgt, "2.8 million trips", 0))
        );
        let (_, loc) = located(&f, &a, "untranslated", true, "реновации");
        assert_eq!(
            (loc.line, loc.column),
            line_col(tgt, unique(tgt, "реновации", 0))
        );
        let (_, loc) = located(&f, &a, "number-mismatch", false, "2,8 млрд");
        let src = &a.source.text;
        let at = unique(src, "2,8 млрд поездок", 0);
        assert_eq!((loc.line, loc.column), line_col(src, at));
    }
    // The misplaced opening quote of the HTML translation is written as a reference.
    let (a, f) = run(&fmt.join("source.ru.html"), Some(&fmt.join("mt.en.html")));
    let (_, loc) = located(&f, &a, "quote-mismatch", true, "&ldquo;");
    let tgt = &a.target.text;
    assert_eq!(
        (loc.line, loc.column),
        line_col(tgt, unique(tgt, "roads, &ldquo;he said", 7))
    );
}

#[test]
fn bilingual_formats_pair_segments_and_find_planted_defects() {
    let dir = root().join("formats/central-bank-rate");
    let plain = root().join("articles/central-bank-rate/source.ru.txt");
    let plain = Document::load(
        &plain,
        LanguagePair::ru_en().source,
        &LoadOptions::default(),
    )
    .unwrap();
    for (file, format) in [
        ("rate.xlf", Format::Xliff),
        ("rate.xliff", Format::Xliff),
        ("rate.tmx", Format::Tmx),
        ("rate.po", Format::Po),
        ("rate.tsv", Format::Tsv),
    ] {
        let (a, f) = run(&dir.join(file), None);
        assert_eq!(a.source.format, format, "{file}");
        assert_eq!(a.target.format, format, "{file}");
        assert_eq!(a.source.path, dir.join(file));
        // 13 segments; the sixth has no translation.
        assert_eq!(a.source.units.len(), 13, "{file}");
        assert_eq!(a.target.units.len(), 12, "{file}");
        for (u, p) in a.source.units.iter().zip(&plain.units) {
            assert_eq!(u.text, p.text, "{file}");
        }
        let beads = &a.alignment.paragraphs;
        assert_eq!(beads.len(), 13, "{file}");
        for (k, b) in beads.iter().enumerate() {
            if k == 5 {
                assert!(b.is_omission() && b.source == (5..6), "{file}: {b:?}");
            } else {
                let t = if k < 5 { k } else { k - 1 };
                assert_eq!((b.source.clone(), b.target.clone()), (k..k + 1, t..t + 1));
            }
        }
        // Exactly the two planted errors.
        let mut errors: Vec<&str> = f
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.rule.name)
            .collect();
        errors.sort();
        assert_eq!(errors, ["number-mismatch", "omission"], "{file}: {f:#?}");
        let text = &a.target.text;
        let (n, loc) = located(&f, &a, "number-mismatch", true, "81%");
        assert_eq!(
            (loc.line, loc.column),
            line_col(text, unique(text, "81%", 0))
        );
        let s = Location::resolve(&n.source.unwrap(), &a.source);
        assert_eq!(s.text, "18%");
        assert_eq!(
            (s.line, s.column),
            line_col(text, unique(text, "16 до 18%", "16 до ".len()))
        );
        let om = f.iter().find(|f| f.rule.name == "omission").unwrap();
        let s = Location::resolve(&om.source.unwrap(), &a.source);
        assert!(s.text.starts_with("Обновлённый прогноз ЦБ"), "{file}");
        assert!(
            s.text.trim_end_matches(['"', '<']).ends_with("17–20%."),
            "{file}: {s:?}"
        );
        assert_eq!(
            (s.line, s.column),
            line_col(text, unique(text, "Обновлённый прогноз", 0))
        );
    }
}
