//! The rule registry: every check the tool can report, with its stable id, name,
//! category, default severity and one-line summary. Ids are never reused or renamed;
//! a rule's documentation page is `docs/rules/<id>-<name>.md`, embedded here so that
//! `transcheck explain` prints exactly what the repository shows.

use serde::Serialize;
use std::fmt;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "info" | "note" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Accuracy,
    Fluency,
    Consistency,
    Terminology,
    Formatting,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Accuracy => "accuracy",
            Category::Fluency => "fluency",
            Category::Consistency => "consistency",
            Category::Terminology => "terminology",
            Category::Formatting => "formatting",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Serialize)]
pub struct Rule {
    /// Stable id ("TC201").
    pub id: &'static str,
    /// Kebab-case name ("number-mismatch").
    pub name: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// An error-level rule that reports a finding as a warning when the check is unsure
    /// (a weak alignment, a pairing it cannot confirm); its page says when.
    pub lowers_when_unsure: bool,
    pub summary: &'static str,
    /// The documentation page (Markdown).
    #[serde(skip)]
    pub docs: &'static str,
}

macro_rules! rule {
    ($id:literal, $name:literal, $cat:ident, $sev:ident, $summary:literal) => {
        rule!($id, $name, $cat, $sev, $summary, false)
    };
    ($id:literal, $name:literal, $cat:ident, $sev:ident, $summary:literal, $lowers:literal) => {
        Rule {
            id: $id,
            name: $name,
            category: Category::$cat,
            severity: Severity::$sev,
            lowers_when_unsure: $lowers,
            summary: $summary,
            docs: include_str!(concat!("../docs/rules/", $id, "-", $name, ".md")),
        }
    };
}

/// Every rule, in id order. Families: 1xx structure, 2xx numbers, 3xx meaning,
/// 4xx names and terms, 5xx fluency, 6xx typography.
pub static RULES: &[Rule] = &[
    rule!("TC101", "omission", Accuracy, Error, "A source paragraph has no counterpart in the translation.", true),
    rule!("TC102", "omitted-sentence", Accuracy, Error, "A source sentence inside an aligned paragraph has no counterpart.", true),
    rule!("TC103", "addition", Accuracy, Error, "A translation paragraph has no counterpart in the source (including republishing boilerplate).", true),
    rule!("TC104", "added-sentence", Accuracy, Error, "A translation sentence inside an aligned paragraph has no counterpart.", true),
    rule!("TC105", "length-ratio", Accuracy, Warning, "An aligned pair is far shorter or longer than the document's own length ratio predicts."),
    rule!("TC106", "untranslated", Accuracy, Error, "Cyrillic text left in the translation, or a unit copied from the source.", true),
    rule!("TC201", "number-mismatch", Accuracy, Error, "A figure, percentage, date or magnitude differs between source and translation.", true),
    rule!("TC202", "number-missing", Accuracy, Warning, "A figure of the source does not appear in the translation, or one appears from nowhere."),
    rule!("TC301", "negation-mismatch", Accuracy, Error, "A negated source clause lost its negation in the translation, or gained one.", true),
    rule!("TC302", "direction-mismatch", Accuracy, Error, "The translation reverses what the source says: a quantity down and up, won and lost, deficit and surplus, sold and bought, east and west."),
    rule!("TC303", "role-mismatch", Accuracy, Error, "A person's post changed: a deputy, acting or former qualifier dropped or added, or another post or portfolio before the same name.", true),
    rule!("TC304", "speaker-gender", Accuracy, Error, "The source shows the speaker is a man or a woman and the translation's attribution pronoun says the other.", true),
    rule!("TC305", "term-substituted", Accuracy, Error, "A term of the source (a fuel, a metal, a crop, a season, a budget level, a kind of transport, a tournament stage) is replaced by another of its kind."),
    rule!("TC401", "name-missing", Accuracy, Error, "A proper name of the source does not appear in the translation.", true),
    rule!("TC402", "name-substituted", Accuracy, Error, "A proper name of the source is replaced by another name in the translation.", true),
    rule!("TC403", "name-calque", Terminology, Error, "An institution or outlet is translated word by word instead of by its established English name."),
    rule!("TC404", "name-added", Accuracy, Warning, "A proper name of the translation has no counterpart anywhere in the source."),
    rule!("TC410", "inconsistent-rendering", Consistency, Warning, "One source name is spelled several ways in the translation."),
    rule!("TC411", "spelling-variant", Consistency, Warning, "A name of the translation is spelled differently in one place than elsewhere in it."),
    rule!("TC420", "glossary-term", Terminology, Error, "A glossary term of the source is not translated by its required target term."),
    rule!("TC421", "glossary-forbidden", Terminology, Error, "A glossary term is translated by a variant the glossary forbids."),
    rule!("TC501", "calque", Fluency, Warning, "A Russian construction rendered word for word (phrasebook): «в рамках» → \"within the framework of\"."),
    rule!("TC502", "mt-phrasing", Fluency, Warning, "English phrasing that is almost always machine translation from Russian (phrasebook)."),
    rule!("TC503", "false-friend", Fluency, Warning, "A Russian word rendered by its English look-alike (phrasebook): актуальный → \"actual\"."),
    rule!("TC504", "repetition", Fluency, Warning, "The same content word three or more times in one sentence when the source does not repeat it."),
    rule!("TC505", "fragment", Fluency, Warning, "A sentence fragment that continues the previous sentence (\"And also …\")."),
    rule!("TC506", "title-case", Fluency, Warning, "Common words in Title Case in the middle of a sentence."),
    rule!("TC507", "missing-article", Fluency, Warning, "A name that needs \"the\" without it (\"in USA\", \"of Emergencies Ministry\")."),
    rule!("TC508", "overlong-sentence", Fluency, Info, "An English sentence far longer than its source, or several source sentences merged into one long one."),
    rule!("TC601", "quote-mismatch", Formatting, Warning, "Unbalanced or mismatched quotation marks, or a source quotation with no quotation marks in the translation."),
    rule!("TC602", "russian-typography", Formatting, Warning, "Russian quotation and dash typography left in the English («», „“, \", —\" before the speaker, №, decimal comma)."),
];

/// Looks a rule up by id ("TC201", case-insensitive) or name ("number-mismatch").
pub fn find(key: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .find(|r| r.id.eq_ignore_ascii_case(key) || r.name.eq_ignore_ascii_case(key))
}

/// The rule with this name; panics on a typo, which the tests catch.
pub fn rule(name: &str) -> &'static Rule {
    find(name).unwrap_or_else(|| panic!("unknown rule {name}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_and_names_are_unique_and_well_formed() {
        let mut ids = HashSet::new();
        let mut names = HashSet::new();
        for r in RULES {
            assert!(ids.insert(r.id), "duplicate id {}", r.id);
            assert!(names.insert(r.name), "duplicate name {}", r.name);
            assert!(r.id.len() == 5 && r.id.starts_with("TC"), "{}", r.id);
            assert!(
                r.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.name
            );
        }
        let sorted: Vec<_> = RULES.iter().map(|r| r.id).collect();
        let mut s2 = sorted.clone();
        s2.sort();
        assert_eq!(sorted, s2, "keep RULES in id order");
    }

    #[test]
    fn every_page_has_the_required_sections() {
        for r in RULES {
            for section in [
                "## What it flags",
                "## Why it matters",
                "## Bad",
                "## Good",
                "## Configure",
            ] {
                assert!(
                    r.docs.contains(section),
                    "{}-{} lacks {section}",
                    r.id,
                    r.name
                );
            }
            assert!(
                r.docs.starts_with(&format!("# {} {}", r.id, r.name)),
                "{} title",
                r.id
            );
        }
    }

    #[test]
    fn a_rule_that_lowers_itself_is_an_error_rule_whose_page_says_when() {
        let lowering: Vec<_> = RULES.iter().filter(|r| r.lowers_when_unsure).collect();
        assert!(lowering.iter().any(|r| r.id == "TC102"));
        assert!(!find("TC105").unwrap().lowers_when_unsure);
        for r in lowering {
            assert_eq!(r.severity, Severity::Error, "{}", r.id);
            assert!(r.docs.to_lowercase().contains("warning"), "{}", r.id);
        }
    }

    #[test]
    fn lookup_by_id_or_name() {
        assert_eq!(find("tc201").unwrap().name, "number-mismatch");
        assert_eq!(find("omission").unwrap().id, "TC101");
        assert!(find("nope").is_none());
    }
}
