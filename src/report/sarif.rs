//! SARIF 2.1.0 for code-scanning services: one run, the rule table as
//! `tool.driver.rules`, one result per finding located in the translation (the Russian
//! span as a related location), stable `partialFingerprints`, relative paths,
//! columns in Unicode code points. Hand-written serde structs for the part of the
//! format we use; a test validates the output against the official schema.

use super::{display_path, docs_url, RunReport};
use crate::baseline::{fingerprint, FINGERPRINT_VERSION};
use crate::finding::{Finding, Span};
use crate::input::Document;
use crate::rules::{Severity, RULES};
use serde::Serialize;
use std::collections::BTreeMap;

pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    pub version: &'static str,
    pub runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub tool: Tool,
    pub invocations: Vec<Invocation>,
    pub column_kind: &'static str,
    pub results: Vec<SarifResult>,
}

#[derive(Serialize)]
pub struct Tool {
    pub driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    pub name: &'static str,
    pub version: &'static str,
    pub semantic_version: &'static str,
    pub information_uri: String,
    pub rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingDescriptor {
    pub id: &'static str,
    pub name: &'static str,
    pub short_description: Message,
    pub full_description: Message,
    pub help_uri: String,
    pub help: Message,
    pub default_configuration: Configuration,
    pub properties: RuleProperties,
}

#[derive(Serialize)]
pub struct RuleProperties {
    pub category: &'static str,
    pub tags: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct Configuration {
    pub level: &'static str,
}

#[derive(Serialize)]
pub struct Message {
    pub text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Invocation {
    pub execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
pub struct Notification {
    pub level: &'static str,
    pub message: Message,
    pub locations: Vec<Location>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    pub rule_id: &'static str,
    pub rule_index: usize,
    pub level: &'static str,
    pub message: Message,
    pub locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<Location>,
    pub partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline_state: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressions: Vec<Suppression>,
    pub properties: ResultProperties,
}

#[derive(Serialize)]
pub struct ResultProperties {
    pub category: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

#[derive(Serialize)]
pub struct Suppression {
    pub kind: &'static str,
    pub justification: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<usize>,
    pub physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<Message>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    pub artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
}

#[derive(Serialize)]
pub struct ArtifactLocation {
    pub uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub snippet: Message,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file path as a URI: a relative reference for paths inside the working directory
/// (what code-scanning services expect), a `file://` URI otherwise; `/` separators,
/// percent-encoding for characters that may not appear in a URI.
fn uri(path: &str) -> String {
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    } else if path.as_bytes().get(1) == Some(&b':') {
        out.push_str("file:///");
    }
    for b in path.bytes() {
        let c = b as char;
        if c.is_ascii_alphanumeric() || "-._~/!$&'()*+,;=:@".contains(c) {
            out.push(c);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn location(doc: &Document, span: &Span, message: Option<String>, id: Option<usize>) -> Location {
    let (start_line, start_column) = doc.line_col(span.start);
    let (end_line, end_column) = doc.line_col(span.end);
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri(&display_path(doc)),
            },
            region: Some(Region {
                start_line,
                start_column,
                end_line,
                end_column,
                snippet: Message {
                    text: doc.text.get(span.start..span.end).unwrap_or("").to_string(),
                },
            }),
        },
        message: message.map(|text| Message { text }),
    }
}

fn result(f: &Finding, a: &crate::pipeline::Analysis, with_baseline: bool) -> SarifResult {
    let rule_index = RULES
        .iter()
        .position(|r| r.id == f.rule.id)
        .expect("rule in the table");
    let mut locations = Vec::new();
    let mut related = Vec::new();
    match (&f.target, &f.source) {
        (Some(t), s) => {
            locations.push(location(&a.target, t, None, None));
            if let Some(s) = s {
                related.push(location(
                    &a.source,
                    s,
                    Some("the source (original) text".into()),
                    Some(0),
                ));
            }
        }
        (None, Some(s)) => locations.push(location(&a.source, s, None, None)),
        (None, None) => locations.push(Location {
            id: None,
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri(&display_path(&a.target)),
                },
                region: None,
            },
            message: None,
        }),
    }
    let mut text = format!("{}: {}", f.rule.name, f.message);
    if let Some(s) = &f.suggestion {
        text.push_str(&format!(" (help: {s})"));
    }
    let mut partial = BTreeMap::new();
    partial.insert(FINGERPRINT_VERSION, fingerprint(f, a));
    SarifResult {
        rule_id: f.rule.id,
        rule_index,
        level: level(f.severity),
        message: Message { text },
        locations,
        related_locations: related,
        partial_fingerprints: partial,
        baseline_state: with_baseline.then_some(if f.baselined { "unchanged" } else { "new" }),
        suppressions: if f.baselined {
            vec![Suppression {
                kind: "external",
                justification: "listed in the transcheck baseline",
            }]
        } else {
            Vec::new()
        },
        properties: ResultProperties {
            category: f.rule.category.as_str(),
            suggestion: f.suggestion.clone(),
        },
    }
}

pub fn log(run: &RunReport) -> Log {
    let rules = RULES
        .iter()
        .map(|r| ReportingDescriptor {
            id: r.id,
            name: r.name,
            short_description: Message {
                text: r.summary.into(),
            },
            full_description: Message {
                text: r.summary.into(),
            },
            help_uri: docs_url(r),
            help: Message {
                text: format!("{} (`transcheck explain {}`)", r.summary, r.id),
            },
            default_configuration: Configuration {
                level: level(r.severity),
            },
            properties: RuleProperties {
                category: r.category.as_str(),
                tags: vec!["translation", r.category.as_str()],
            },
        })
        .collect();
    let results = run
        .pairs
        .iter()
        .flat_map(|p| {
            p.findings
                .iter()
                .map(|f| result(f, &p.analysis, run.baseline))
        })
        .collect();
    let notifications = run
        .errors
        .iter()
        .map(|e| Notification {
            level: "error",
            message: Message {
                text: e.message.clone(),
            },
            locations: vec![Location {
                id: None,
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation {
                        uri: uri(&e.target),
                    },
                    region: None,
                },
                message: None,
            }],
        })
        .collect();
    Log {
        schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "transcheck",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: format!(
                        "https://docs.rs/crate/transcheck/{}",
                        env!("CARGO_PKG_VERSION")
                    ),
                    rules,
                },
            },
            invocations: vec![Invocation {
                execution_successful: run.errors.is_empty(),
                tool_execution_notifications: notifications,
            }],
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

pub fn render(run: &RunReport) -> String {
    serde_json::to_string_pretty(&log(run)).expect("SARIF serialises") + "\n"
}
