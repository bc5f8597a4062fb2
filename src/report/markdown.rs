//! A Markdown summary for a pull-request comment: totals, a table of document pairs and
//! a table of the findings (at most [`MAX_ROWS`]; baselined ones are only counted).

use super::{display_path, docs_url, RunReport};
use crate::rules::Severity;

/// Findings listed at most (a pull-request comment is limited in size).
pub const MAX_ROWS: usize = 100;

/// Escapes text for a table cell: no HTML, no column breaks, no line breaks.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '`' => out.push_str("\\`"),
            '*' | '_' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn plural(n: usize, w: &str) -> String {
    if n == 1 {
        format!("{n} {w}")
    } else {
        format!("{n} {w}s")
    }
}

pub fn render(run: &RunReport) -> String {
    let s = run.summary();
    let verdict = if !run.errors.is_empty() {
        "error"
    } else if run.fails() {
        "fail"
    } else {
        "pass"
    };
    let mut out = format!("## transcheck: {verdict}\n\n");
    out.push_str(&format!(
        "{} checked · {} · {} · {}",
        plural(run.pairs.len(), "pair"),
        plural(s.error, "error"),
        plural(s.warning, "warning"),
        plural(s.info, "note")
    ));
    if s.baselined > 0 {
        out.push_str(&format!(" · {} baselined", s.baselined));
    }
    if !run.errors.is_empty() {
        out.push_str(&format!(
            " · {} not checked",
            plural(run.errors.len(), "pair")
        ));
    }
    out.push_str("\n\n| translation | source | errors | warnings | notes | aligned | verdict |\n");
    out.push_str("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
    for p in &run.pairs {
        let ps = p.summary();
        let (al, total) = p.aligned();
        let v = if ps.fails(run.fail_on) {
            "fail"
        } else {
            "pass"
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {al}/{total} | {v} |\n",
            cell(&display_path(&p.analysis.target)),
            cell(&display_path(&p.analysis.source)),
            ps.error,
            ps.warning,
            ps.info
        ));
    }
    for e in &run.errors {
        out.push_str(&format!(
            "| {} | {} | | | | | error: {} |\n",
            cell(&e.target),
            cell(&e.source),
            cell(&e.message)
        ));
    }
    let listed: Vec<_> = run
        .pairs
        .iter()
        .flat_map(|p| {
            p.findings
                .iter()
                .filter(|f| !f.baselined)
                .map(move |f| (p, f))
        })
        .collect();
    if !listed.is_empty() {
        out.push_str(
            "\n### Findings\n\n| severity | rule | where | message |\n| --- | --- | --- | --- |\n",
        );
        for (p, f) in listed.iter().take(MAX_ROWS) {
            let a = &p.analysis;
            let place = match (&f.target, &f.source) {
                (Some(t), _) => {
                    let (l, c) = a.target.line_col(t.start);
                    format!("{}:{l}:{c}", display_path(&a.target))
                }
                (None, Some(s)) => {
                    let (l, c) = a.source.line_col(s.start);
                    format!("{}:{l}:{c}", display_path(&a.source))
                }
                (None, None) => display_path(&a.target),
            };
            let sev = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "note",
            };
            out.push_str(&format!(
                "| {sev} | [{} {}]({}) | {} | {} |\n",
                f.rule.id,
                f.rule.name,
                docs_url(f.rule),
                cell(&place),
                cell(&f.message)
            ));
        }
        if listed.len() > MAX_ROWS {
            out.push_str(&format!(
                "\n… and {} more (see the full report).\n",
                listed.len() - MAX_ROWS
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_cannot_break_the_table_or_inject_html() {
        assert_eq!(cell("a|b\n<script>"), "a\\|b &lt;script&gt;");
    }
}
