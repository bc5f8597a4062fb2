//! JUnit XML for CI systems that show test reports: one `<testsuite>` per document
//! pair, one `<testcase>` per finding (a `<failure>` when it fails the gate, `<skipped>`
//! when baselined), a single passing test case for a pair without findings, and an
//! `<error>` test case for a pair that could not be read. Written with quick-xml,
//! which escapes every attribute and text.

use super::{display_path, PairReport, RunReport};
use crate::finding::Finding;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io::Cursor;

/// Drops characters that XML 1.0 cannot represent even escaped.
fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || ('\u{20}'..='\u{D7FF}').contains(&c)
                || ('\u{E000}'..='\u{FFFD}').contains(&c)
                || c >= '\u{10000}'
        })
        .collect()
}

fn place(f: &Finding, p: &PairReport) -> String {
    let a = &p.analysis;
    match (&f.target, &f.source) {
        (Some(t), _) => {
            let (l, c) = a.target.line_col(t.start);
            format!("{}:{l}:{c}", display_path(&a.target))
        }
        (None, Some(s)) => {
            let (l, c) = a.source.line_col(s.start);
            format!("{}:{l}:{c}", display_path(&a.source))
        }
        (None, None) => display_path(&a.target),
    }
}

fn detail(f: &Finding, p: &PairReport) -> String {
    let a = &p.analysis;
    let mut s = format!(
        "{} {} [{}] {}\n",
        f.rule.id, f.rule.name, f.severity, f.message
    );
    if let Some(t) = &f.target {
        let (l, c) = a.target.line_col(t.start);
        s.push_str(&format!(
            "translation {}:{l}:{c}: {}\n",
            display_path(&a.target),
            a.target.text.get(t.start..t.end).unwrap_or("")
        ));
    }
    if let Some(src) = &f.source {
        let (l, c) = a.source.line_col(src.start);
        s.push_str(&format!(
            "source {}:{l}:{c}: {}\n",
            display_path(&a.source),
            a.source.text.get(src.start..src.end).unwrap_or("")
        ));
    }
    if let Some(h) = &f.suggestion {
        s.push_str(&format!("help: {h}\n"));
    }
    xml_text(&s)
}

type W = Writer<Cursor<Vec<u8>>>;

fn suite(w: &mut W, run: &RunReport, p: &PairReport) -> std::io::Result<()> {
    let name = xml_text(&display_path(&p.analysis.target));
    let failures = p.findings.iter().filter(|f| run.failing(f)).count();
    let skipped = p.findings.iter().filter(|f| f.baselined).count();
    let tests = p.findings.len().max(1);
    w.create_element("testsuite")
        .with_attribute(("name", name.as_str()))
        .with_attribute(("tests", tests.to_string().as_str()))
        .with_attribute(("failures", failures.to_string().as_str()))
        .with_attribute(("errors", "0"))
        .with_attribute(("skipped", skipped.to_string().as_str()))
        .write_inner_content(|w| {
            if p.findings.is_empty() {
                w.create_element("testcase")
                    .with_attribute(("name", "no findings"))
                    .with_attribute(("classname", name.as_str()))
                    .write_empty()?;
            }
            for f in &p.findings {
                let case = xml_text(&format!("{} {} at {}", f.rule.id, f.rule.name, place(f, p)));
                let class = format!("transcheck.{}", f.rule.id);
                let el = w
                    .create_element("testcase")
                    .with_attribute(("name", case.as_str()))
                    .with_attribute(("classname", class.as_str()))
                    .with_attribute(("file", name.as_str()));
                let message = xml_text(&f.message);
                let text = detail(f, p);
                if f.baselined {
                    el.write_inner_content(|w| {
                        w.create_element("skipped")
                            .with_attribute(("message", "listed in the baseline"))
                            .write_empty()?;
                        Ok(())
                    })?;
                } else if run.failing(f) {
                    el.write_inner_content(|w| {
                        w.create_element("failure")
                            .with_attribute(("message", message.as_str()))
                            .with_attribute(("type", f.severity.as_str()))
                            .write_text_content(BytesText::new(&text))?;
                        Ok(())
                    })?;
                } else {
                    el.write_inner_content(|w| {
                        w.create_element("system-out")
                            .write_text_content(BytesText::new(&text))?;
                        Ok(())
                    })?;
                }
            }
            Ok(())
        })?;
    Ok(())
}

pub fn render(run: &RunReport) -> String {
    let mut w = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    let io = |r: std::io::Result<()>| r.expect("writing XML to memory cannot fail");
    io(
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
            .map(|_| ()),
    );
    let tests: usize = run
        .pairs
        .iter()
        .map(|p| p.findings.len().max(1))
        .sum::<usize>()
        + run.errors.len();
    let failures: usize = run
        .pairs
        .iter()
        .map(|p| p.findings.iter().filter(|f| run.failing(f)).count())
        .sum();
    io(w.create_element("testsuites")
        .with_attribute(("name", "transcheck"))
        .with_attribute(("tests", tests.to_string().as_str()))
        .with_attribute(("failures", failures.to_string().as_str()))
        .with_attribute(("errors", run.errors.len().to_string().as_str()))
        .write_inner_content(|w| {
            for p in &run.pairs {
                suite(w, run, p)?;
            }
            if !run.errors.is_empty() {
                w.create_element("testsuite")
                    .with_attribute(("name", "unreadable pairs"))
                    .with_attribute(("tests", run.errors.len().to_string().as_str()))
                    .with_attribute(("failures", "0"))
                    .with_attribute(("errors", run.errors.len().to_string().as_str()))
                    .write_inner_content(|w| {
                        for e in &run.errors {
                            let name = xml_text(&e.target);
                            let msg = xml_text(&e.message);
                            w.create_element("testcase")
                                .with_attribute(("name", name.as_str()))
                                .with_attribute(("classname", "transcheck.input"))
                                .write_inner_content(|w| {
                                    w.create_element("error")
                                        .with_attribute(("message", msg.as_str()))
                                        .write_empty()?;
                                    Ok(())
                                })?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })
        .map(|_| ()));
    let mut s = String::from_utf8(w.into_inner().into_inner()).expect("UTF-8");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(super::xml_text("a\u{1}b\tc"), "ab\tc");
    }
}
