//! Terminal output: one diagnostic per finding with a snippet of the translation
//! (primary) and of the source (context), rendered by annotate-snippets.

use super::Summary;
use crate::finding::{Finding, Span};
use crate::input::Document;
use crate::pipeline::Analysis;
use crate::rules::Severity;
use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

pub struct HumanOptions {
    pub color: bool,
    /// One line per finding instead of snippets.
    pub concise: bool,
}

/// The lines of `doc` that contain `span`: (text, first line number, span inside text).
fn lines_around(doc: &Document, span: &Span) -> (String, usize, std::ops::Range<usize>) {
    let text = &doc.text;
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let (line, _) = doc.line_col(span.start);
    let snippet = text[start..end].trim_end_matches('\r').to_string();
    let s = span.start - start;
    let mut e = (span.end - start).min(snippet.len()).max(s);
    // A whole-sentence span would stretch the line past any terminal and keep the
    // renderer from trimming it: underline only its beginning (the label says where).
    if let Some((i, _)) = snippet[s..e].char_indices().nth(MAX_UNDERLINE_CHARS) {
        e = s + i;
    }
    (snippet, line, s..e)
}

const MAX_UNDERLINE_CHARS: usize = 60;

fn place(span: &Span) -> String {
    match span.sentence {
        Some(s) => format!("paragraph {}, sentence {}", span.paragraph + 1, s + 1),
        None => format!("paragraph {}", span.paragraph + 1),
    }
}

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// Renders all findings and a summary line.
pub fn render(
    a: &Analysis,
    findings: &[Finding],
    opts: &HumanOptions,
    fail_on: Option<Severity>,
) -> String {
    let mut out = render_findings(a, findings, opts);
    out.push_str(&summary_line(a, findings, fail_on));
    out
}

/// Renders the findings that are not baselined, without the summary line.
pub fn render_findings(a: &Analysis, findings: &[Finding], opts: &HumanOptions) -> String {
    let mut out = String::new();
    let renderer = if opts.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii);
    let tpath = a.target.display_path();
    let spath = a.source.display_path();
    for f in findings.iter().filter(|f| !f.baselined) {
        if opts.concise {
            let (path, span, doc) = match (&f.target, &f.source) {
                (Some(t), _) => (&tpath, t, &a.target),
                (None, Some(s)) => (&spath, s, &a.source),
                (None, None) => {
                    out.push_str(&format!(
                        "{}: {} [{}] {}\n",
                        tpath, f.rule.id, f.severity, f.message
                    ));
                    continue;
                }
            };
            let (l, c) = doc.line_col(span.start);
            out.push_str(&format!(
                "{path}:{l}:{c}: {} {} [{}] {}\n",
                f.rule.id, f.rule.name, f.severity, f.message
            ));
            continue;
        }
        let title = format!("{}: {}", f.rule.name, f.message);
        let mut group = Group::with_title(level(f.severity).primary_title(title).id(f.rule.id));
        let mut snippets = Vec::new();
        if let Some(t) = &f.target {
            let (text, line, range) = lines_around(&a.target, t);
            snippets.push((text, line, range, tpath.clone(), place(t), true));
        }
        if let Some(s) = &f.source {
            let (text, line, range) = lines_around(&a.source, s);
            let primary = f.target.is_none();
            snippets.push((text, line, range, spath.clone(), place(s), primary));
        }
        for (text, line, range, path, label, primary) in &snippets {
            let kind = if *primary {
                AnnotationKind::Primary
            } else {
                AnnotationKind::Context
            };
            group = group.element(
                Snippet::source(text.as_str())
                    .line_start(*line)
                    .path(path.as_str())
                    .fold(true)
                    .annotation(kind.span(range.clone()).label(label.as_str())),
            );
        }
        let mut report = vec![group];
        if let Some(sugg) = &f.suggestion {
            report.push(Group::with_title(
                Level::HELP.secondary_title(sugg.as_str()),
            ));
        }
        out.push_str(&renderer.render(&report));
        out.push_str("\n\n");
    }
    out
}

/// "1 error, 0 warnings, 2 notes · 12/14 source paragraphs aligned · fail".
pub fn summary_line(a: &Analysis, findings: &[Finding], fail_on: Option<Severity>) -> String {
    let s = Summary::of(findings);
    let aligned = a
        .alignment
        .paragraphs
        .iter()
        .filter(|b| !b.source.is_empty() && !b.target.is_empty())
        .map(|b| b.source.len())
        .sum::<usize>();
    let verdict = if s.fails(fail_on) { "fail" } else { "pass" };
    let plural = |n: usize, w: &str| {
        if n == 1 {
            format!("{n} {w}")
        } else {
            format!("{n} {w}s")
        }
    };
    let baselined = if s.baselined > 0 {
        format!(" ({} baselined)", s.baselined)
    } else {
        String::new()
    };
    format!(
        "{}, {}, {}{baselined} · {}/{} source paragraphs aligned · {verdict}\n",
        plural(s.error, "error"),
        plural(s.warning, "warning"),
        plural(s.info, "note"),
        aligned,
        a.source.units.len(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LanguagePair;

    fn doc(text: &str) -> Document {
        Document::from_text("t.en.txt", text, LanguagePair::ru_en().target).unwrap()
    }

    #[test]
    fn long_spans_are_underlined_only_at_their_start() {
        let text = format!("Intro. {}.", "word ".repeat(40));
        let d = doc(&text);
        let span = Span {
            paragraph: 1,
            sentence: Some(1),
            start: 7,
            end: text.len(),
        };
        let (_, line, range) = lines_around(&d, &span);
        assert_eq!(line, 1);
        assert_eq!(range, 7..7 + MAX_UNDERLINE_CHARS);
    }

    #[test]
    fn short_spans_are_kept_whole() {
        let d = doc("The budget is 2.8 million.");
        let span = Span {
            paragraph: 1,
            sentence: Some(0),
            start: 14,
            end: 25,
        };
        assert_eq!(lines_around(&d, &span).2, 14..25);
    }

    #[test]
    fn places_count_paragraphs_and_sentences_from_one() {
        let mut span = Span {
            paragraph: 0,
            sentence: Some(0),
            start: 0,
            end: 1,
        };
        assert_eq!(place(&span), "paragraph 1, sentence 1");
        span.sentence = None;
        span.paragraph = 2;
        assert_eq!(place(&span), "paragraph 3");
    }
}
