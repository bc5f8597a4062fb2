//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per
//! finding (baselined findings are left out), so that findings show on the lines of a
//! pull request.

use super::{display_path, RunReport};
use crate::finding::Finding;
use crate::pipeline::Analysis;
use crate::rules::Severity;

/// Escapes a command's message (`%`, CR, LF).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (also `:` and `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

fn line(f: &Finding, a: &Analysis) -> String {
    let title = property(&format!("{} {}", f.rule.id, f.rule.name));
    let (doc, span) = match (&f.target, &f.source) {
        (Some(t), _) => (&a.target, Some(t)),
        (None, Some(s)) => (&a.source, Some(s)),
        (None, None) => (&a.target, None),
    };
    let mut props = format!("file={}", property(&display_path(doc)));
    if let Some(span) = span {
        let (l, c) = doc.line_col(span.start);
        let (el, ec) = doc.line_col(span.end);
        props.push_str(&format!(",line={l},col={c},endLine={el}"));
        if el == l {
            props.push_str(&format!(",endColumn={ec}"));
        }
    }
    let mut msg = f.message.clone();
    if let (Some(_), Some(s)) = (&f.target, &f.source) {
        let (l, c) = a.source.line_col(s.start);
        let text = a.source.text.get(s.start..s.end).unwrap_or("");
        let short: String = text.chars().take(120).collect();
        let ell = if short.len() < text.len() { "…" } else { "" };
        msg.push_str(&format!(
            "\nsource {}:{l}:{c}: «{short}{ell}»",
            display_path(&a.source)
        ));
    }
    if let Some(s) = &f.suggestion {
        msg.push_str(&format!("\nhelp: {s}"));
    }
    format!(
        "::{} {props},title={title}::{}\n",
        command(f.severity),
        data(&msg)
    )
}

pub fn render(run: &RunReport) -> String {
    let mut out = String::new();
    for p in &run.pairs {
        for f in p.findings.iter().filter(|f| !f.baselined) {
            out.push_str(&line(f, &p.analysis));
        }
    }
    for e in &run.errors {
        out.push_str(&format!(
            "::error file={},title=transcheck::{}\n",
            property(&e.target),
            data(&e.message)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
