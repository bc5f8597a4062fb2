//! End-to-end tests of `transcheck check`: every output format, configuration
//! (discovery, errors, --isolated, --show-config), baselines, batches and exit codes.

use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;
use serde_json::Value;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn article(name: &str, file: &str) -> String {
    format!("fixtures/articles/{name}/{file}")
}

/// `transcheck` run from the repository root, without colour or configuration from
/// the environment.
fn tc() -> assert_cmd::Command {
    let mut c = cargo_bin_cmd!("transcheck");
    c.current_dir(root())
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR");
    c
}

fn mt() -> [String; 2] {
    [
        article("moscow-budget", "source.ru.txt"),
        article("moscow-budget", "mt.en.txt"),
    ]
}

fn faithful() -> [String; 2] {
    [
        article("khl-final", "source.ru.txt"),
        article("khl-final", "faithful.en.txt"),
    ]
}

fn stdout_of(args: &[&str], code: i32) -> String {
    let out = tc()
        .args(args)
        .assert()
        .code(code)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn json_of(args: &[&str], code: i32) -> Value {
    serde_json::from_str(&stdout_of(args, code)).unwrap()
}

// ---------------------------------------------------------------- formats

#[test]
fn human_exit_codes_follow_the_gate() {
    let m = mt();
    let mut args = vec!["check"];
    args.extend(m.iter().map(String::as_str));
    let out = stdout_of(&args, 1);
    assert!(out.contains("error[TC201]"), "{out}");
    assert!(out.trim_end().ends_with("fail"), "{out}");
    assert!(!out.contains('\u{1b}'), "no colour when not a terminal");
    let mut args = vec!["check"];
    let f = faithful();
    args.extend(f.iter().map(String::as_str));
    tc().args(&args).assert().code(0);
    let mut args = vec!["check", "--exit-zero"];
    args.extend(m.iter().map(String::as_str));
    tc().args(&args).assert().code(0);
    let mut args = vec!["check", "--fail-on", "never"];
    args.extend(m.iter().map(String::as_str));
    tc().args(&args).assert().code(0);
}

/// Error and warning counts of the default run on a pair, from the JSON report: the
/// tests below compare other formats with it rather than with numbers that change
/// whenever a rule is added.
/// Errors, warnings and notes of a pair, from the JSON summary.
fn summary_of(pair: &[String; 2]) -> (u64, u64, u64) {
    let out = tc()
        .args([
            "check",
            pair[0].as_str(),
            pair[1].as_str(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    (
        v["summary"]["error"].as_u64().unwrap(),
        v["summary"]["warning"].as_u64().unwrap(),
        v["summary"]["info"].as_u64().unwrap(),
    )
}

fn check_args<'a>(pair: &'a [String; 2], extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["check", pair[0].as_str(), pair[1].as_str()];
    v.extend_from_slice(extra);
    v
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let m = mt();
    let out = stdout_of(&check_args(&m, &["--color", "always"]), 1);
    assert!(out.contains('\u{1b}'));
    let out = tc()
        .args(check_args(&m, &["--color", "auto"]))
        .env("NO_COLOR", "1")
        .env("CLICOLOR_FORCE", "1")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert!(!String::from_utf8(out).unwrap().contains('\u{1b}'));
}

#[test]
fn quiet_and_verbose() {
    let m = mt();
    let q = stdout_of(&check_args(&m, &["-q"]), 1);
    assert!(q.contains("TC201") && !q.contains("source paragraphs aligned"));
    let qq = stdout_of(&check_args(&m, &["-qq"]), 1);
    assert!(qq.is_empty());
    let v = tc()
        .args(check_args(&m, &["-v", "--format", "concise"]))
        .assert()
        .code(1);
    let err = String::from_utf8(v.get_output().stderr.clone()).unwrap();
    for want in ["configuration:", "UTF-8", "length model", "alignment:"] {
        assert!(err.contains(want), "-v lacks {want}: {err}");
    }
    assert!(String::from_utf8(v.get_output().stdout.clone())
        .unwrap()
        .contains("TC201"));
}

#[test]
fn concise_lists_one_line_per_finding() {
    let m = mt();
    let out = stdout_of(&check_args(&m, &["--format", "concise"]), 1);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[..lines.len() - 1]
        .iter()
        .all(|l| l.starts_with("fixtures/articles/moscow-budget/")));
    assert!(out.contains("mt.en.txt:25:216: TC201 number-mismatch [error]"));
}

#[test]
fn json_has_schema_and_stable_fingerprints() {
    let m = mt();
    let a = json_of(&check_args(&m, &["--format", "json"]), 1);
    assert_eq!(a["schema"], "transcheck/1");
    let findings = a["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        let fp = f["fingerprint"].as_str().unwrap();
        assert_eq!(fp.len(), 16);
        assert_eq!(f["baselined"], false);
    }
    let b = json_of(&check_args(&m, &["--format", "JSON"]), 1);
    assert_eq!(a["findings"], b["findings"]);
    assert_eq!(a["summary"]["baselined"], 0);
}

fn sarif_validator() -> jsonschema::Validator {
    let mut schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/data/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    // The official schema's `language` patterns (in `run` and `toolComponent`),
    // `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`, have a stray `]` that is not valid
    // ECMA 262, so the meta-schema rejects the whole schema. Replace them in memory by
    // the intended expression (transcheck writes no `language`); the committed file
    // stays verbatim.
    fn fix(v: &mut Value) -> usize {
        match v {
            Value::Object(m) => m.values_mut().map(fix).sum(),
            Value::Array(a) => a.iter_mut().map(fix).sum(),
            Value::String(s) if s == "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" => {
                *s = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into();
                1
            }
            _ => 0,
        }
    }
    assert_eq!(fix(&mut schema), 2);
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn assert_valid_sarif(v: &Value) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator.iter_errors(v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "invalid SARIF: {errors:#?}");
    // Every `uri` is a relative reference or a file URI, with no space or backslash,
    // and every `helpUri`/`informationUri` is absolute.
    fn walk(v: &Value, key: &str) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, x)| walk(x, k)),
            Value::Array(a) => a.iter().for_each(|x| walk(x, key)),
            Value::String(s) if key == "uri" => {
                assert!(
                    !s.contains([' ', '\\']) && (s.starts_with("file:///") || !s.starts_with('/')),
                    "uri {s:?}"
                )
            }
            Value::String(s) if key.ends_with("Uri") => {
                assert!(s.starts_with("https://") && !s.contains(' '), "{key} {s:?}")
            }
            _ => {}
        }
    }
    walk(v, "");
}

#[test]
fn sarif_is_valid_and_complete() {
    let m = mt();
    let s = json_of(&check_args(&m, &["--format", "sarif"]), 1);
    assert_valid_sarif(&s);
    assert_eq!(s["version"], "2.1.0");
    let run = &s["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), transcheck::rules::RULES.len());
    assert!(rules
        .iter()
        .all(|r| r["helpUri"].as_str().unwrap().ends_with(".md")));
    let results = run["results"].as_array().unwrap();
    let json = json_of(&check_args(&m, &["--format", "json"]), 1);
    assert_eq!(results.len(), json["findings"].as_array().unwrap().len());
    let tc201 = results.iter().find(|r| r["ruleId"] == "TC201").unwrap();
    let idx = tc201["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[idx]["id"], "TC201");
    let loc = &tc201["locations"][0]["physicalLocation"];
    assert_eq!(
        loc["artifactLocation"]["uri"],
        "fixtures/articles/moscow-budget/mt.en.txt"
    );
    assert_eq!(loc["region"]["startLine"], 25);
    assert_eq!(loc["region"]["startColumn"], 216);
    assert_eq!(loc["region"]["snippet"]["text"], "2.8 million");
    let rel = &tc201["relatedLocations"][0]["physicalLocation"];
    assert_eq!(
        rel["artifactLocation"]["uri"],
        "fixtures/articles/moscow-budget/source.ru.txt"
    );
    assert_eq!(rel["region"]["snippet"]["text"], "2,8 млрд");
    assert_eq!(
        tc201["partialFingerprints"]["transcheck/v1"],
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "TC201")
            .unwrap()["fingerprint"]
    );
}

#[test]
fn sarif_validation_catches_a_broken_log() {
    // The validator really checks: a result without a message is rejected.
    let m = mt();
    let mut s = json_of(&check_args(&m, &["--format", "sarif"]), 1);
    s["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!sarif_validator().is_valid(&s));
}

#[test]
fn github_annotations_one_per_finding() {
    let m = mt();
    let out = stdout_of(&check_args(&m, &["--format", "github"]), 1);
    let json = json_of(&check_args(&m, &["--format", "json"]), 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), json["findings"].as_array().unwrap().len());
    assert!(lines.iter().all(|l| l.starts_with("::error ")
        || l.starts_with("::warning ")
        || l.starts_with("::notice ")));
    assert!(out.contains(
        "::error file=fixtures/articles/moscow-budget/mt.en.txt,line=25,col=216,endLine=25,endColumn=227,title=TC201 number-mismatch::"
    ), "{out}");
    assert!(out.contains("::warning file=fixtures/articles/moscow-budget/mt.en.txt,line=7"));
}

#[test]
fn junit_is_well_formed_and_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // A file name with XML special characters.
    let src = dir.path().join("R&D <x>.ru.txt");
    let tgt = dir.path().join("R&D <x>.en.txt");
    std::fs::copy(root().join(article("moscow-budget", "source.ru.txt")), &src).unwrap();
    std::fs::copy(root().join(article("moscow-budget", "mt.en.txt")), &tgt).unwrap();
    let out = tc()
        .args(["check", "--format", "junit"])
        .arg(&src)
        .arg(&tgt)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let xml = String::from_utf8(out).unwrap();
    assert!(xml.contains("R&amp;D &lt;x&gt;.en.txt"), "{xml}");
    // Parse it back: well formed, and the attribute unescapes to the real name.
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut failures, mut suites) = (0, Vec::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                match e.name().as_ref() {
                    "failure" => failures += 1,
                    "testsuite" => {
                        let name = e
                            .try_get_attribute("name")
                            .unwrap()
                            .unwrap()
                            .normalized_value(quick_xml::XmlVersion::Explicit1_0)
                            .unwrap()
                            .to_string();
                        suites.push(name);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_eq!(suites.len(), 1);
    assert!(suites[0].ends_with("R&D <x>.en.txt"), "{suites:?}");
    let (errors, _, _) = summary_of(&mt());
    assert!(errors > 0);
    assert_eq!(
        failures as u64, errors,
        "errors fail the default gate, warnings do not"
    );
}

#[test]
fn markdown_summary_table() {
    let m = mt();
    let out = stdout_of(&check_args(&m, &["--format", "markdown"]), 1);
    assert!(out.starts_with("## transcheck: fail\n"));
    assert!(
        out.contains("| translation | source | errors | warnings | notes | aligned | verdict |")
    );
    let (e, w, n) = summary_of(&m);
    let row = format!("| fixtures/articles/moscow-budget/mt.en.txt | fixtures/articles/moscow-budget/source.ru.txt | {e} | {w} | {n} | 15/16 | fail |");
    assert!(out.contains(&row), "{out}");
    assert!(out.contains("[TC201 number-mismatch](https://"));
}

#[test]
fn stdin_target_still_works() {
    let m = mt();
    let text = std::fs::read_to_string(root().join(&m[1])).unwrap();
    let out = tc()
        .args(["check", &m[0], "-", "--format", "concise"])
        .write_stdin(text)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out).unwrap().contains("-:25:216: TC201"));
}

// ---------------------------------------------------------------- configuration

#[test]
fn unknown_config_key_names_key_and_line() {
    let m = mt();
    let out = tc()
        .args(check_args(
            &m,
            &["--config", "fixtures/config/bad-key/transcheck.toml"],
        ))
        .assert()
        .code(2)
        .stdout("");
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(
            "transcheck: error: fixtures/config/bad-key/transcheck.toml:4: unknown field `fail_on`"
        ),
        "{err}"
    );
}

#[test]
fn config_errors_exit_2_with_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("transcheck.toml");
    let m = mt();
    for (text, want) in [
        ("[rules]\nTC999 = \"error\"\n", ":2: unknown rule `TC999`"),
        (
            "fail-on = \"sometimes\"\n",
            ":1: unknown variant `sometimes`",
        ),
        ("ignore = [\"a/[\"]\n", ":1: bad glob"),
        ("pair = \n", ":1:"),
    ] {
        std::fs::write(&cfg, text).unwrap();
        tc().args(check_args(&m, &["--config"]))
            .arg(&cfg)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(want).and(predicate::str::contains("panicked").not()));
    }
    tc().args(check_args(&m, &["--config", "no/such/file.toml"]))
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "transcheck: error: cannot read no/such/file.toml",
        ));
}

#[test]
fn config_changes_severities_and_gate() {
    let m = mt();
    let j = json_of(
        &check_args(
            &m,
            &[
                "--format",
                "json",
                "--config",
                "fixtures/config/strict/transcheck.toml",
            ],
        ),
        1,
    );
    let f = j["findings"].as_array().unwrap();
    assert!(f
        .iter()
        .any(|f| f["rule"] == "TC601" && f["severity"] == "info"));
    assert!(!f.iter().any(|f| f["rule"] == "TC202"));
    // The config's fail-on is warning; the command line overrides it.
    let cfg = ["--config", "fixtures/config/strict/transcheck.toml"];
    let mut args = check_args(&m, &cfg);
    args.extend(["--fail-on", "never"]);
    tc().args(&args).assert().code(0);
}

#[test]
fn allowed_boilerplate_is_not_reported() {
    let m = mt();
    let before = json_of(&check_args(&m, &["--format", "json"]), 1);
    let after = json_of(
        &check_args(
            &m,
            &[
                "--format",
                "json",
                "--config",
                "fixtures/config/boilerplate.toml",
            ],
        ),
        1,
    );
    let adds = |v: &Value| {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "TC103")
            .count()
    };
    assert_eq!(adds(&before), 2);
    assert_eq!(adds(&after), 0);
}

#[test]
fn disabled_entries_silence_one_phrasebook_entry_only() {
    let entries = |config: &str| -> Vec<String> {
        let (dir, s, t) = project(config);
        let out = tc()
            .current_dir(dir.path())
            .args(["check", "--format", "json"])
            .arg(&s)
            .arg(&t)
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|f| f["entry"].as_str().map(String::from))
            .collect()
    };
    let all = entries("");
    assert!(all.iter().any(|e| e == "so-ssylkoy-na"), "{all:?}");
    let rest = entries("disabled-entries = [\"so-ssylkoy-na\"]\n");
    assert!(!rest.iter().any(|e| e == "so-ssylkoy-na"), "{rest:?}");
    assert_eq!(
        rest.len(),
        all.iter().filter(|e| *e != "so-ssylkoy-na").count()
    );
    // A misspelt id is an error, not a silent no-op.
    let (dir, s, t) = project("disabled-entries = [\"so-ssylkoi-na\"]\n");
    tc().current_dir(dir.path())
        .arg("check")
        .arg(&s)
        .arg(&t)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("so-ssylkoi-na").and(predicate::str::contains(":1:")));
}

/// A project tree: `dir/transcheck.toml` and a pair two folders below.
fn project(config: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("transcheck.toml"), config).unwrap();
    let deep = dir.path().join("news/2026");
    std::fs::create_dir_all(&deep).unwrap();
    let (s, t) = (deep.join("budget.ru.txt"), deep.join("budget.en.txt"));
    std::fs::copy(root().join(article("moscow-budget", "source.ru.txt")), &s).unwrap();
    std::fs::copy(root().join(article("moscow-budget", "mt.en.txt")), &t).unwrap();
    (dir, s, t)
}

#[test]
fn config_is_discovered_upward_and_isolated_ignores_it() {
    let (dir, s, t) = project("fail-on = \"never\"\n[rules]\nnumber-mismatch = \"off\"\n");
    let run = |extra: &[&str], code: i32| -> Value {
        let out = tc()
            .args(["check", "--format", "json"])
            .args(extra)
            .arg(&s)
            .arg(&t)
            .assert()
            .code(code)
            .get_output()
            .stdout
            .clone();
        serde_json::from_str(&String::from_utf8(out).unwrap()).unwrap()
    };
    let has_201 = |v: &Value| {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "TC201")
    };
    let found = run(&[], 0);
    assert!(!has_201(&found));
    let isolated = run(&["--isolated"], 1);
    assert!(has_201(&isolated));
    // Also from inside the project, with relative paths.
    tc().current_dir(dir.path().join("news"))
        .args(["check", "2026/budget.ru.txt", "2026/budget.en.txt"])
        .assert()
        .code(0);
    // `.transcheck.toml` is found too.
    std::fs::rename(
        dir.path().join("transcheck.toml"),
        dir.path().join(".transcheck.toml"),
    )
    .unwrap();
    assert!(!has_201(&run(&[], 0)));
}

#[test]
fn show_config_prints_the_resolved_settings() {
    let (dir, s, t) = project(
        "fail-on = \"warning\"\nglossaries = [\"terms/news.toml\"]\n[rules]\nTC105 = \"off\"\n",
    );
    let out = tc()
        .args(["check", "--show-config"])
        .arg(&s)
        .arg(&t)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("transcheck.toml"), "{out}");
    assert!(out.contains("fail-on = \"warning\""));
    assert!(out.contains("length-ratio = \"off\""));
    assert!(out.contains("number-mismatch = \"error\""));
    assert!(out.contains("terms/news.toml"));
    // The output is a valid configuration file.
    let copy = dir.path().join("shown.toml");
    std::fs::write(&copy, &out).unwrap();
    tc().args(["check", "--show-config", "--config"])
        .arg(&copy)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("fail-on = \"warning\""));
    // --isolated: the defaults.
    tc().args(["check", "--show-config", "--isolated"])
        .arg(&s)
        .arg(&t)
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("# no configuration file")
                .and(predicate::str::contains("fail-on = \"error\"")),
        );
}

// ---------------------------------------------------------------- baseline

#[test]
fn baseline_workflow() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("budget.ru.txt");
    let t = dir.path().join("budget.en.txt");
    let base = dir.path().join("baseline.json");
    std::fs::copy(root().join(article("moscow-budget", "source.ru.txt")), &s).unwrap();
    let text = std::fs::read_to_string(root().join(article("moscow-budget", "mt.en.txt"))).unwrap();
    std::fs::write(&t, &text).unwrap();
    let run = |extra: &[&str]| {
        let mut c = tc();
        c.arg("check").arg(&s).arg(&t).args(extra);
        c
    };
    let (e, w, n) = summary_of(&mt());
    let total = e + w + n;
    // 1. Write the baseline: the gate passes, the file lists every finding.
    run(&["--write-baseline", base.to_str().unwrap()])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(format!("wrote {total} findings")));
    let b: Value = serde_json::from_str(&std::fs::read_to_string(&base).unwrap()).unwrap();
    assert_eq!(b["schema"], "transcheck-baseline/1");
    assert_eq!(b["findings"].as_array().unwrap().len() as u64, total);
    // 2. With the baseline, the same findings pass and are counted.
    let out = run(&["--baseline", base.to_str().unwrap()])
        .assert()
        .code(0);
    let human = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(human.contains(&format!("({total} baselined)")), "{human}");
    assert!(
        !human.contains("error[TC201]"),
        "baselined findings are not shown"
    );
    // 3. Edits elsewhere (lines move) keep the baseline valid.
    std::fs::write(&t, format!("\n\n{text}")).unwrap();
    run(&["--baseline", base.to_str().unwrap()])
        .assert()
        .code(0);
    // 4. A new finding fails; the old ones stay baselined.
    let changed = text.replacen("2026", "2062", 1);
    assert_ne!(changed, text);
    std::fs::write(&t, &changed).unwrap();
    let out = run(&["--baseline", base.to_str().unwrap(), "--format", "json"])
        .assert()
        .code(1);
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let f = v["findings"].as_array().unwrap();
    let new: Vec<&Value> = f.iter().filter(|f| f["baselined"] == false).collect();
    assert!(!new.is_empty());
    assert!(
        new.iter()
            .all(|f| f["rule"] == "TC201" || f["rule"] == "TC202"),
        "{new:?}"
    );
    assert_eq!(v["summary"]["baselined"].as_u64().unwrap(), total);
    // SARIF marks them: suppressed and unchanged, or new.
    let out = run(&["--baseline", base.to_str().unwrap(), "--format", "sarif"])
        .assert()
        .code(1);
    let s: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_valid_sarif(&s);
    let results = s["runs"][0]["results"].as_array().unwrap();
    assert_eq!(
        results
            .iter()
            .filter(|r| r["baselineState"] == "unchanged")
            .count() as u64,
        total
    );
    assert!(results.iter().any(|r| r["baselineState"] == "new"));
    // A broken baseline is an input error.
    std::fs::write(&base, "[]").unwrap();
    run(&["--baseline", base.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a transcheck baseline"));
}

// ---------------------------------------------------------------- batches

#[test]
fn folder_batch_pairs_by_name_and_path() {
    let out = stdout_of(&["check", "fixtures/batch/ru", "fixtures/batch/en"], 1);
    let table: Vec<&str> = out.lines().rev().take(5).collect();
    assert!(
        table[0].starts_with("3 pairs checked: 1 fail, 2 pass"),
        "{out}"
    );
    // Stable order, by source path.
    assert!(
        table[3].ends_with("fixtures/batch/en/central-bank-rate.txt"),
        "{table:?}"
    );
    assert!(table[2].ends_with("fixtures/batch/en/khl-final.en.txt"));
    assert!(
        table[1].ends_with("fixtures/batch/en/news/soyuz-launch.en.txt")
            && table[1].contains("fail")
    );
    tc().args([
        "check",
        "fixtures/batch/ru",
        "fixtures/batch/en",
        "--fail-on",
        "never",
    ])
    .assert()
    .code(0);
    // The same JSON twice, whatever the threads do.
    let a = stdout_of(
        &[
            "check",
            "fixtures/batch/ru",
            "fixtures/batch/en",
            "--format",
            "json",
            "-j",
            "3",
        ],
        1,
    );
    let b = stdout_of(
        &[
            "check",
            "fixtures/batch/ru",
            "fixtures/batch/en",
            "--format",
            "json",
            "-j",
            "1",
        ],
        1,
    );
    assert_eq!(a, b);
    let v: Value = serde_json::from_str(&a).unwrap();
    assert_eq!(v["schema"], "transcheck-batch/1");
    assert_eq!(v["pairs"].as_array().unwrap().len(), 3);
    assert_eq!(v["pairs"][2]["schema"], "transcheck/1");
    assert_eq!(
        v["pairs"][2]["source"]["path"],
        "fixtures/batch/ru/news/soyuz-launch.ru.txt"
    );
    assert_eq!(
        v["pairs"][2]["target"]["path"],
        "fixtures/batch/en/news/soyuz-launch.en.txt"
    );
    assert_eq!(v["summary"]["pairs"], 3);
    assert_eq!(v["summary"]["failed"], 1);
}

#[test]
fn batch_sarif_and_junit_carry_each_pairs_paths() {
    let s = json_of(
        &[
            "check",
            "fixtures/batch/ru",
            "fixtures/batch/en",
            "--format",
            "sarif",
        ],
        1,
    );
    assert_valid_sarif(&s);
    let uris: std::collections::BTreeSet<String> = s["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(
        uris.contains("fixtures/batch/en/news/soyuz-launch.en.txt"),
        "{uris:?}"
    );
    let x = stdout_of(
        &[
            "check",
            "fixtures/batch/ru",
            "fixtures/batch/en",
            "--format",
            "junit",
        ],
        1,
    );
    assert_eq!(x.matches("<testsuite ").count(), 3);
}

#[test]
fn manifest_batch_and_unreadable_pairs() {
    let out = stdout_of(
        &[
            "check",
            "--pairs",
            "fixtures/batch/manifest.tsv",
            "--format",
            "concise",
        ],
        1,
    );
    assert!(
        out.contains("fixtures/articles/moscow-budget/mt.en.txt:25:216: TC201"),
        "{out}"
    );
    let (e, w, notes) = summary_of(&mt());
    let plural = |n: u64, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    assert!(
        out.trim_end().ends_with(&format!(
            "{}, {}, {}",
            plural(e, "error"),
            plural(w, "warning"),
            plural(notes, "note")
        )),
        "{out}"
    );
    // One missing file: exit 2, the other pairs are still reported.
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("m.tsv");
    std::fs::write(
        &m,
        format!(
            "{}\t{}\nmissing.ru.txt\tmissing.en.txt\n",
            root().join(article("khl-final", "source.ru.txt")).display(),
            root()
                .join(article("khl-final", "faithful.en.txt"))
                .display()
        ),
    )
    .unwrap();
    let out = tc()
        .args(["check", "--format", "json", "--pairs"])
        .arg(&m)
        .assert()
        .code(2);
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["pairs"].as_array().unwrap().len(), 1);
    assert_eq!(v["errors"].as_array().unwrap().len(), 1);
    assert!(String::from_utf8_lossy(&out.get_output().stderr)
        .contains("transcheck: error: cannot read"));
    // A malformed manifest names the line.
    std::fs::write(&m, "# pairs\nonly-one-column\n").unwrap();
    tc().args(["check", "--pairs"])
        .arg(&m)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "line 2: expected two tab-separated paths",
        ));
}

#[test]
fn ignore_globs_skip_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg.toml");
    std::fs::write(&cfg, "ignore = [\"news/**\"]\n").unwrap();
    let out = tc()
        .args([
            "check",
            "fixtures/batch/ru",
            "fixtures/batch/en",
            "--config",
        ])
        .arg(&cfg)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out)
        .unwrap()
        .contains("2 pairs checked: 0 fail, 2 pass"));
}

#[test]
fn files_mode_pairs_changed_files_by_name() {
    let dir = tempfile::tempdir().unwrap();
    for (name, from) in [
        ("a.ru.txt", article("khl-final", "source.ru.txt")),
        ("a.en.txt", article("khl-final", "faithful.en.txt")),
        ("b.ru.txt", article("moscow-budget", "source.ru.txt")),
        ("b.en.txt", article("moscow-budget", "mt.en.txt")),
    ] {
        std::fs::copy(root().join(from), dir.path().join(name)).unwrap();
    }
    // Only a.en.txt changed: one pair, passes.
    let out = tc()
        .current_dir(dir.path())
        .args(["check", "--files", "a.en.txt", "a.ru.txt", "notes.txt"])
        .assert()
        .code(0);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("notes.txt: no counterpart"), "{err}");
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("1 pair checked"));
    tc().current_dir(dir.path())
        .args(["check", "--files", "a.en.txt", "b.ru.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("2 pairs checked: 1 fail, 1 pass"));
}

#[test]
fn jsonl_one_result_per_line() {
    let out = tc()
        .args(["check", "--jsonl", "fixtures/batch/pairs.jsonl"])
        .assert()
        .code(1);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "budget-ok");
    assert_eq!(lines[0]["schema"], "transcheck/1");
    assert_eq!(lines[0]["summary"]["error"], 0);
    assert_eq!(lines[1]["id"], "budget-bad");
    assert_eq!(lines[1]["findings"][0]["rule"], "TC201");
    assert_eq!(lines[1]["source"]["path"], "budget-bad:source");
    assert_eq!(lines[2]["id"], 3);
    assert_eq!(lines[2]["error"], "3:target is empty (no text to check)");
    // Standard input, and --exit-zero for mappers.
    let input = std::fs::read_to_string(root().join("fixtures/batch/pairs.jsonl")).unwrap();
    tc().args(["check", "--jsonl", "-", "--exit-zero"])
        .write_stdin(input.lines().take(1).collect::<Vec<_>>().join("\n"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"id\":\"budget-ok\""));
    // A line that is not UTF-8 or not JSON is that line's error.
    let mut input = b"{\"id\": 1, \"source\": \"\xff\"}\r\nnot json\n".to_vec();
    input.extend_from_slice(b"\n");
    let out = tc()
        .args(["check", "--jsonl", "-"])
        .write_stdin(input)
        .assert()
        .code(0);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["error"], "line 1: not UTF-8");
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 2: not JSON"));
    tc().args(["check", "--jsonl", "-", "--format", "sarif"])
        .write_stdin("")
        .assert()
        .code(2);
}

#[test]
fn usage_errors_exit_2() {
    tc().args([
        "check",
        "fixtures/batch/ru",
        "fixtures/batch/en/khl-final.en.txt",
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains("give two files or two folders"));
    tc().args(["check", "only-one"]).assert().code(2);
    tc().args(["check", "--pairs", "x.tsv", "a", "b"])
        .assert()
        .code(2);
    tc().args(["check", "--config", "a.toml", "--isolated", "a", "b"])
        .assert()
        .code(2);
}

// ---------------------------------------------------------------- shipping

#[test]
fn completions_and_man_commands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        tc().args(["completions", shell])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("transcheck"));
    }
    tc().arg("man")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(".TH transcheck"));
    let help = tc()
        .arg("--help")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert!(
        !String::from_utf8(help).unwrap().contains("man "),
        "`man` is hidden"
    );
}

#[test]
fn shipped_files_point_at_real_flags() {
    let hooks = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    assert!(hooks.contains("entry: transcheck check --files"));
    let action = std::fs::read_to_string(root().join("action.yml")).unwrap();
    assert!(action.contains("using: composite"));
    for flag in ["--format", "--fail-on", "--config", "--baseline"] {
        assert!(action.contains(flag), "action.yml lacks {flag}");
    }
}

#[test]
fn glossary_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("terms.tsv");
    let f = faithful();
    // The faithful translation renders «серия» as "series": required, it passes;
    // forbidden, it fails and the message names the required term.
    std::fs::write(&g, "source\ttarget\tforbidden\nсерия\tseries\trun\n").unwrap();
    let args = check_args(&f, &["--glossary", g.to_str().unwrap(), "--format", "json"]);
    let out = stdout_of(&args, 0);
    assert!(!out.contains("TC42"), "{out}");
    std::fs::write(
        &g,
        "source\ttarget\tforbidden\tnote\nсерия\tplayoff round\tseries\tclient style\n",
    )
    .unwrap();
    let out = stdout_of(&args, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    let hits: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["name"] == "glossary-forbidden")
        .collect();
    assert!(!hits.is_empty());
    assert!(hits[0]["message"]
        .as_str()
        .unwrap()
        .contains("«playoff round»"));
    // A glossary without the required columns is a usage error naming the file.
    std::fs::write(&g, "a\tb\nсерия\tseries\n").unwrap();
    tc().args(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("terms.tsv"));
}

#[test]
fn the_rules_listing_aligns_its_columns_and_marks_rules_that_lower_themselves() {
    let out = tc()
        .arg("rules")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let line = |id: &str| {
        text.lines()
            .find(|l| l.starts_with(id))
            .unwrap()
            .to_string()
    };
    // The summary starts in the same column on every line.
    let col = |l: &str| {
        l.find(" A ")
            .or_else(|| l.find(" An "))
            .or_else(|| l.find(" The "))
    };
    assert_eq!(col(&line("TC101")), col(&line("TC201")));
    assert!(line("TC102").contains("error* "), "{}", line("TC102"));
    assert!(line("TC105").contains("warning "), "{}", line("TC105"));
    assert!(!line("TC302").contains('*'));
    assert!(text.contains("* a warning instead when the check is unsure"));
    let json = tc()
        .args(["rules", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v[1]["id"], "TC102");
    assert_eq!(v[1]["lowers_when_unsure"], true);
}
