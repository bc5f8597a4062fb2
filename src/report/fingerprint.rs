//! Stable identities of findings, built from what a finding is about (its rule and the
//! texts of its spans), not from where it is: an anchor pasted into a review keeps
//! pointing at the same finding after the text around it was edited, and the diff of
//! two versions recognises a finding that survived an edit.

use crate::finding::{Finding, Span};
use crate::input::Document;
use std::collections::HashMap;

/// Lowercase, letters and digits only, runs of anything else collapsed to one space:
/// "«2,8 млрд»" and "2,8  Млрд" both become "2 8 млрд".
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// FNV-1a, 64 bits: small, and stable across Rust versions and platforms (unlike
/// `std`'s hashers, whose output is not guaranteed).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The normalised text of a span (empty for no span or an out-of-range span).
pub fn span_text(span: Option<&Span>, doc: &Document) -> String {
    span.and_then(|s| doc.text.get(s.start..s.end))
        .map(normalise)
        .unwrap_or_default()
}

/// Fingerprint of a finding: rule id and the normalised texts of both spans.
pub fn fingerprint(f: &Finding, source: &Document, target: &Document) -> u64 {
    let mut key = String::from(f.rule.id);
    key.push('\u{0}');
    key.push_str(&span_text(f.source.as_ref(), source));
    key.push('\u{0}');
    key.push_str(&span_text(f.target.as_ref(), target));
    fnv1a64(key.as_bytes())
}

/// One anchor per finding, in order: `TC201-3f9a0c1b` (rule id and 32 bits of the
/// fingerprint); a second finding with the same fingerprint gets `-2`, and so on.
pub fn anchors(findings: &[Finding], source: &Document, target: &Document) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    findings
        .iter()
        .map(|f| {
            let h = fingerprint(f, source, target);
            let base = format!("{}-{:08x}", f.rule.id, (h >> 32) as u32 ^ h as u32);
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            if *n == 1 {
                base
            } else {
                format!("{base}-{n}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_folds_case_punctuation_and_spaces() {
        assert_eq!(normalise("«2,8  Млрд»"), "2 8 млрд");
        assert_eq!(normalise("  The  Budget. "), "the budget");
        assert_eq!(normalise("<script>"), "script");
        assert_eq!(normalise(""), "");
    }

    #[test]
    fn fnv_is_the_reference_function() {
        // Test vectors of FNV-1a 64.
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }
}
