//! What a check reports: a rule, a severity, a message, and spans on both sides.

use crate::input::Document;
use crate::rules::{Rule, Severity};
use serde::Serialize;

/// A place in one document: byte offsets into its decoded text, and the unit
/// (paragraph) and sentence it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub paragraph: usize,
    /// Sentence index within the paragraph, when the span is inside one sentence.
    pub sentence: Option<usize>,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub message: String,
    pub suggestion: Option<String>,
    pub source: Option<Span>,
    pub target: Option<Span>,
    /// Listed in the baseline (`--baseline`): counted and reported, but never fails.
    pub baselined: bool,
    /// The phrasebook entry that produced the finding (fluency rules), for suppression.
    pub entry: Option<String>,
}

impl Finding {
    pub fn new(rule: &'static Rule, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            severity: rule.severity,
            message: message.into(),
            suggestion: None,
            source: None,
            target: None,
            baselined: false,
            entry: None,
        }
    }

    pub fn severity(mut self, s: Severity) -> Self {
        self.severity = s;
        self
    }

    pub fn source(mut self, s: Span) -> Self {
        self.source = Some(s);
        self
    }

    pub fn target(mut self, s: Span) -> Self {
        self.target = Some(s);
        self
    }

    pub fn suggest(mut self, s: impl Into<String>) -> Self {
        self.suggestion = Some(s.into());
        self
    }

    pub fn entry(mut self, id: impl Into<String>) -> Self {
        self.entry = Some(id.into());
        self
    }
}

/// A span resolved for output: with its 1-based line and column and its text.
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub paragraph: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub text: String,
}

impl Location {
    pub fn resolve(span: &Span, doc: &Document) -> Location {
        let (line, column) = doc.line_col(span.start);
        Location {
            paragraph: span.paragraph,
            sentence: span.sentence,
            start: span.start,
            end: span.end,
            line,
            column,
            text: doc.text.get(span.start..span.end).unwrap_or("").to_string(),
        }
    }
}
