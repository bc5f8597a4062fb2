//! Configuration: the `transcheck.toml` file (or `.transcheck.toml`), found upward from
//! the checked files, and the settings resolved from it and the command line.
//!
//! Every key is documented in `docs/config.md`; `docs/schema/config.schema.json` is the
//! JSON Schema of the file, generated from [`ConfigFile`] (a test keeps it current).

use crate::error::{Error, Result};
use crate::pipeline::CheckOptions;
use crate::rules::{self, Severity, RULES};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// File names looked for in each directory, in this order.
pub const CONFIG_NAMES: [&str; 2] = ["transcheck.toml", ".transcheck.toml"];

/// The lowest severity that fails the gate (exit code 1).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Fail on error-level findings (the default).
    #[default]
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
    /// Never fail because of findings (input errors still exit 2).
    Never,
}

impl FailOn {
    pub fn level(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Info => "info",
            FailOn::Never => "never",
        }
    }
}

/// What a `[rules]` entry sets a rule to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    Error,
    Warning,
    Info,
    /// Turn the rule off.
    Off,
}

impl RuleLevel {
    fn severity(self) -> Option<Severity> {
        match self {
            RuleLevel::Error => Some(Severity::Error),
            RuleLevel::Warning => Some(Severity::Warning),
            RuleLevel::Info => Some(Severity::Info),
            RuleLevel::Off => None,
        }
    }
}

/// The `transcheck.toml` file. Unknown keys are an error.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
#[schemars(
    title = "transcheck configuration",
    description = "transcheck.toml or .transcheck.toml (docs/config.md)"
)]
pub struct ConfigFile {
    /// Language pair, source then target (`ru-en`).
    #[serde(default)]
    #[schemars(
        with = "String",
        regex(pattern = r"^[a-z]{2,3}-[a-z]{2,3}$"),
        extend("default" = "ru-en")
    )]
    pub pair: Option<Spanned<String>>,
    /// Lowest severity that makes the exit code 1 (`error`, `warning`, `info`, `never`).
    #[serde(default)]
    #[schemars(with = "FailOn", extend("default" = "error"))]
    pub fail_on: Option<FailOn>,
    /// Severity override per rule, by id (`TC201`) or name (`number-mismatch`):
    /// `error`, `warning`, `info`, or `off` to turn the rule off.
    #[serde(default)]
    #[schemars(schema_with = "rules_schema")]
    pub rules: BTreeMap<String, Spanned<RuleLevel>>,
    /// Glossary packs (paths relative to this file).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub glossaries: Vec<Spanned<String>>,
    /// Phrasebook packs (paths relative to this file).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub phrasebooks: Vec<Spanned<String>>,
    /// Phrasebook entries that must not report, by id (the `[id]` at the end of a
    /// TC501–TC503 message, `entry` in the JSON report).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub disabled_entries: Vec<Spanned<String>>,
    /// Globs of files not to check in batch runs, matched against the path relative to
    /// this file's folder and, in directory mode, relative to the source or target folder.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub ignore: Vec<Spanned<String>>,
    /// Regular expressions of expected boilerplate: an added paragraph or sentence of the
    /// translation (TC103, TC104) whose text matches one is not reported.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub allowed_boilerplate: Vec<Spanned<String>>,
}

fn rules_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let mut keys: Vec<&str> = Vec::new();
    for r in RULES {
        keys.push(r.id);
        keys.push(r.name);
    }
    schemars::json_schema!({
        "description": "Severity override per rule, by id (`TC201`) or name (`number-mismatch`): `error`, `warning`, `info`, or `off` to turn the rule off.",
        "type": "object",
        "propertyNames": { "enum": keys },
        "additionalProperties": { "enum": ["error", "warning", "info", "off"] },
        "default": {}
    })
}

/// The JSON Schema of [`ConfigFile`], as committed in `docs/schema/config.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(ConfigFile);
    serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n"
}

/// Finds the configuration file for `start` (a file or folder): the first
/// `transcheck.toml` or `.transcheck.toml` in its folder or any folder above.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let abs = clean(&std::path::absolute(start).ok()?);
    let first = if abs.is_dir() {
        Some(abs.as_path())
    } else {
        abs.parent()
    };
    for dir in first?.ancestors() {
        for name in CONFIG_NAMES {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// The deepest folder that contains all `paths` (standard input `-` is skipped); the
/// working directory when there is none.
pub fn common_ancestor(paths: &[&Path]) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let mut common: Option<PathBuf> = None;
    for p in paths.iter().filter(|p| p.as_os_str() != "-") {
        let abs = clean(&std::path::absolute(p).unwrap_or_else(|_| cwd.join(p)));
        let dir = if abs.is_dir() {
            abs
        } else {
            abs.parent().map(Path::to_path_buf).unwrap_or(abs)
        };
        common = Some(match common {
            None => dir,
            Some(c) => {
                let mut c = c.as_path();
                while !dir.starts_with(c) {
                    match c.parent() {
                        Some(p) => c = p,
                        None => break,
                    }
                }
                c.to_path_buf()
            }
        });
    }
    common.unwrap_or(cwd)
}

/// Removes `.` and `name/..` from a path without touching the file system.
pub fn clean(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    if out.is_empty() {
        PathBuf::from(".")
    } else {
        out.iter().collect()
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Reads and parses a configuration file. Errors name the file and the line.
pub fn read(path: &Path) -> Result<(ConfigFile, String)> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Read {
        path: path.to_path_buf(),
        message: e.to_string().to_lowercase(),
    })?;
    let file: ConfigFile = toml::from_str(&text).map_err(|e| Error::Config {
        path: path.to_path_buf(),
        line: e.span().map_or(1, |s| line_of(&text, s.start)),
        message: e.message().trim().replace('\n', " "),
    })?;
    Ok((file, text))
}

/// Settings from the command line that override the file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub pair: Option<String>,
    pub fail_on: Option<FailOn>,
}

/// The settings a run uses: the file (if any) resolved, with command-line overrides.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The configuration file read, if any.
    pub file: Option<PathBuf>,
    pub pair: String,
    pub fail_on: FailOn,
    /// Overrides by rule id (`None`: off).
    pub severity: BTreeMap<&'static str, Option<Severity>>,
    /// Glossary packs, resolved against the configuration file's folder.
    pub glossaries: Vec<PathBuf>,
    /// Phrasebook packs, resolved against the configuration file's folder.
    pub phrasebooks: Vec<PathBuf>,
    /// Phrasebook entry ids that must not report.
    pub disabled_entries: Vec<String>,
    /// Ignore globs as written.
    pub ignore: Vec<String>,
    ignore_set: globset::GlobSet,
    /// The folder ignore globs are relative to.
    pub base: PathBuf,
    pub allowed_boilerplate: Vec<regex::Regex>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            file: None,
            pair: "ru-en".into(),
            fail_on: FailOn::Error,
            severity: BTreeMap::new(),
            glossaries: Vec::new(),
            phrasebooks: Vec::new(),
            disabled_entries: Vec::new(),
            ignore: Vec::new(),
            ignore_set: globset::GlobSet::empty(),
            base: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            allowed_boilerplate: Vec::new(),
        }
    }
}

impl Settings {
    /// Resolves a parsed file (`path` is where it was read from, `text` its contents,
    /// for line numbers in errors).
    pub fn from_file(path: &Path, text: &str, file: ConfigFile) -> Result<Settings> {
        let err = |span: std::ops::Range<usize>, message: String| Error::Config {
            path: path.to_path_buf(),
            line: line_of(text, span.start),
            message,
        };
        let base = std::path::absolute(path)
            .ok()
            .and_then(|p| clean(&p).parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        let mut s = Settings {
            file: Some(path.to_path_buf()),
            base: base.clone(),
            ..Settings::default()
        };
        if let Some(pair) = &file.pair {
            s.pair = pair.get_ref().clone();
            validate_pair(&s.pair).map_err(|m| err(pair.span(), m))?;
        }
        if let Some(f) = file.fail_on {
            s.fail_on = f;
        }
        for (key, level) in &file.rules {
            let rule = rules::find(key).ok_or_else(|| {
                err(
                    level.span(),
                    format!("unknown rule `{key}` in [rules] (see `transcheck rules`)"),
                )
            })?;
            s.severity.insert(rule.id, level.get_ref().severity());
        }
        let rel = |v: &[Spanned<String>]| -> Vec<PathBuf> {
            v.iter().map(|p| base.join(p.get_ref())).collect()
        };
        s.glossaries = rel(&file.glossaries);
        s.phrasebooks = rel(&file.phrasebooks);
        for e in &file.disabled_entries {
            // Entries of the configuration's own packs are checked when the packs load.
            if file.phrasebooks.is_empty()
                && !crate::checks::fluency::builtin_entry_ids().any(|id| id == e.get_ref())
            {
                return Err(err(
                    e.span(),
                    format!(
                        "unknown phrasebook entry `{}` in disabled-entries",
                        e.get_ref()
                    ),
                ));
            }
            s.disabled_entries.push(e.get_ref().clone());
        }
        let mut builder = globset::GlobSetBuilder::new();
        for g in &file.ignore {
            let glob = globset::GlobBuilder::new(g.get_ref())
                .literal_separator(true)
                .build()
                .map_err(|e| err(g.span(), format!("bad glob in ignore: {}", e.kind())))?;
            builder.add(glob);
            s.ignore.push(g.get_ref().clone());
        }
        s.ignore_set = builder
            .build()
            .map_err(|e| err(0..0, format!("bad ignore globs: {e}")))?;
        for r in &file.allowed_boilerplate {
            let re = regex::Regex::new(r.get_ref()).map_err(|e| {
                let first = e.to_string();
                let last = first.lines().last().unwrap_or("").trim();
                let last = last.strip_prefix("error: ").unwrap_or(last).to_string();
                err(
                    r.span(),
                    format!("bad regular expression in allowed-boilerplate: {last}"),
                )
            })?;
            s.allowed_boilerplate.push(re);
        }
        Ok(s)
    }

    /// Loads the settings for a run: `explicit` (`--config`) if given, else the file
    /// discovered from `start` unless `isolated`, else the defaults; then the overrides.
    pub fn load(
        explicit: Option<&Path>,
        start: &Path,
        isolated: bool,
        overrides: &Overrides,
    ) -> Result<Settings> {
        let path = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None if isolated => None,
            None => discover(start),
        };
        let mut s = match path {
            Some(p) => {
                let (file, text) = read(&p)?;
                Settings::from_file(&p, &text, file)?
            }
            None => Settings::default(),
        };
        if let Some(p) = &overrides.pair {
            validate_pair(p).map_err(Error::Usage)?;
            s.pair = p.clone();
        }
        if let Some(f) = overrides.fail_on {
            s.fail_on = f;
        }
        Ok(s)
    }

    /// Whether a file is excluded by `ignore`: its path relative to the configuration
    /// file's folder, or `rel` (the path inside a batch folder), matches a glob.
    pub fn is_ignored(&self, path: &Path, rel: Option<&Path>) -> bool {
        if self.ignore_set.is_empty() {
            return false;
        }
        if rel.is_some_and(|r| self.ignore_set.is_match(r)) {
            return true;
        }
        let abs = clean(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
        match abs.strip_prefix(&self.base) {
            Ok(r) => self.ignore_set.is_match(r),
            Err(_) => self.ignore_set.is_match(path),
        }
    }

    /// The options of the check stage.
    pub fn check_options(&self) -> CheckOptions {
        CheckOptions {
            severity: self.severity.iter().map(|(k, v)| (*k, *v)).collect(),
            allowed_boilerplate: self.allowed_boilerplate.clone(),
            glossaries: self.glossaries.clone(),
            phrasebooks: self.phrasebooks.clone(),
            fluency: crate::checks::fluency::FluencyOptions {
                disabled_entries: self.disabled_entries.iter().cloned().collect(),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    /// The resolved settings as a configuration file (`--show-config`): every rule with
    /// its effective severity. The output is itself a valid `transcheck.toml`.
    pub fn to_toml(&self) -> String {
        let q = |s: &str| toml_string(s);
        let list = |v: &mut String, key: &str, items: &[String]| {
            let items: Vec<String> = items.iter().map(|i| q(i)).collect();
            v.push_str(&format!("{key} = [{}]\n", items.join(", ")));
        };
        let mut out = String::new();
        match &self.file {
            Some(p) => out.push_str(&format!(
                "# configuration file: {}\n",
                p.to_string_lossy().replace('\\', "/")
            )),
            None => out.push_str("# no configuration file: defaults\n"),
        }
        out.push_str(&format!("pair = {}\n", q(&self.pair)));
        out.push_str(&format!("fail-on = {}\n", q(self.fail_on.as_str())));
        let paths = |v: &[PathBuf]| -> Vec<String> {
            v.iter()
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .collect()
        };
        list(&mut out, "glossaries", &paths(&self.glossaries));
        list(&mut out, "phrasebooks", &paths(&self.phrasebooks));
        list(&mut out, "disabled-entries", &self.disabled_entries);
        list(&mut out, "ignore", &self.ignore);
        let res: Vec<String> = self
            .allowed_boilerplate
            .iter()
            .map(|r| r.as_str().to_string())
            .collect();
        list(&mut out, "allowed-boilerplate", &res);
        out.push_str("\n[rules]\n");
        for r in RULES {
            let level = match self.severity.get(r.id) {
                Some(Some(s)) => s.as_str(),
                Some(None) => "off",
                None => r.severity.as_str(),
            };
            let note = if self.severity.contains_key(r.id) {
                "  # configured"
            } else {
                ""
            };
            out.push_str(&format!("{} = {}{note}  # {}\n", r.name, q(level), r.id));
        }
        out
    }
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn validate_pair(p: &str) -> std::result::Result<(), String> {
    let ok = p
        .split_once('-')
        .is_some_and(|(s, t)| crate::lang::LanguagePair::by_codes(s, t).is_some());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "unsupported language pair {p:?} (supported: ru-en)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Settings> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| Error::Config {
            path: "t.toml".into(),
            line: e.span().map_or(1, |s| line_of(text, s.start)),
            message: e.message().to_string(),
        })?;
        Settings::from_file(Path::new("t.toml"), text, file)
    }

    #[test]
    fn rules_by_id_or_name_and_off() {
        let s = parse("[rules]\nnumber-mismatch = \"warning\"\nTC105 = \"off\"\n").unwrap();
        assert_eq!(s.severity["TC201"], Some(Severity::Warning));
        assert_eq!(s.severity["TC105"], None);
        let o = s.check_options();
        assert!(!o.enabled(rules::rule("length-ratio")));
        assert!(o.enabled(rules::rule("number-mismatch")));
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let e = parse("pair = \"ru-en\"\n\nfail_on = \"warning\"\n").unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("t.toml:3:"), "{msg}");
        assert!(msg.contains("fail_on"), "{msg}");
    }

    #[test]
    fn unknown_rule_and_bad_values_name_the_line() {
        let e = parse("[rules]\n\nno-such-rule = \"error\"\n").unwrap_err();
        assert!(e.to_string().starts_with("t.toml:3:"), "{e}");
        assert!(e.to_string().contains("no-such-rule"), "{e}");
        let e = parse("[rules]\nomission = \"loud\"\n").unwrap_err();
        assert!(e.to_string().starts_with("t.toml:2:"), "{e}");
        let e = parse("allowed-boilerplate = [\n  \"(unclosed\",\n]\n").unwrap_err();
        assert!(e.to_string().starts_with("t.toml:2:"), "{e}");
        let e = parse("pair = \"ru-de\"\n").unwrap_err();
        assert!(e.to_string().contains("ru-de"), "{e}");
    }

    #[test]
    fn show_config_round_trips() {
        let s = parse(
            "fail-on = \"warning\"\nignore = [\"drafts/**\"]\nallowed-boilerplate = [\"^Source link$\"]\n[rules]\nTC105 = \"off\"\n",
        )
        .unwrap();
        let text = s.to_toml();
        let back = parse(&text).unwrap();
        assert_eq!(back.fail_on, FailOn::Warning);
        assert_eq!(back.severity["TC105"], None);
        assert_eq!(back.ignore, vec!["drafts/**".to_string()]);
        assert_eq!(back.allowed_boilerplate[0].as_str(), "^Source link$");
    }

    #[test]
    fn common_ancestor_of_relative_paths() {
        let cwd = std::env::current_dir().unwrap();
        let got = common_ancestor(&[Path::new("a/b/x.txt"), Path::new("a/c/../d/y.txt")]);
        assert_eq!(got, cwd.join("a"));
        let up = common_ancestor(&[Path::new("../q/x.txt")]);
        assert_eq!(up, cwd.parent().unwrap().join("q"));
        assert_eq!(common_ancestor(&[Path::new("-")]), cwd);
    }

    #[test]
    fn ignore_globs_match_relative_paths() {
        let s = parse("ignore = [\"drafts/**\", \"*.tmp.txt\"]\n").unwrap();
        assert!(s.is_ignored(Path::new("x"), Some(Path::new("drafts/a.ru.txt"))));
        assert!(s.is_ignored(Path::new("x"), Some(Path::new("a.tmp.txt"))));
        assert!(!s.is_ignored(Path::new("x"), Some(Path::new("news/a.ru.txt"))));
        // `*` does not cross folders.
        assert!(!s.is_ignored(Path::new("x"), Some(Path::new("b/a.tmp.txt"))));
    }
}
