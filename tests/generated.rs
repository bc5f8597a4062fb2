//! Generated files must match what the code generates: the configuration's JSON
//! Schema, shell completions and the man page. Run with `TRANSCHECK_BLESS=1` to
//! rewrite a stale committed file.

use std::path::Path;

fn check_file(rel: &str, fresh: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == fresh {
        return;
    }
    if std::env::var_os("TRANSCHECK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, fresh).unwrap();
        return;
    }
    panic!("{rel} is stale: run `TRANSCHECK_BLESS=1 cargo test --test generated` and commit it");
}

#[test]
fn config_schema_is_current() {
    let schema = transcheck::config::schema_json();
    check_file("docs/schema/config.schema.json", &schema);
    // The schema names every key of the file and every rule.
    let v: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let props = v["properties"].as_object().unwrap();
    for key in [
        "pair",
        "fail-on",
        "rules",
        "glossaries",
        "phrasebooks",
        "ignore",
        "allowed-boilerplate",
        "disabled-entries",
    ] {
        assert!(props.contains_key(key), "schema lacks {key}");
    }
    assert_eq!(v["additionalProperties"], serde_json::json!(false));
    let names = v["properties"]["rules"]["propertyNames"]["enum"].to_string();
    for r in transcheck::rules::RULES {
        assert!(names.contains(r.id) && names.contains(r.name), "{}", r.id);
    }
}

#[test]
fn the_schema_accepts_the_documented_example_and_rejects_unknown_keys() {
    let schema: serde_json::Value =
        serde_json::from_str(&transcheck::config::schema_json()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let ok: toml::Value = toml::from_str(
        r#"
pair = "ru-en"
fail-on = "warning"
glossaries = ["glossary.toml"]
ignore = ["drafts/**"]
allowed-boilerplate = ["^Source link$"]
[rules]
number-mismatch = "warning"
TC105 = "off"
"#,
    )
    .unwrap();
    let ok = serde_json::to_value(ok).unwrap();
    assert!(validator.is_valid(&ok), "{:?}", validator.validate(&ok));
    for bad in [
        r#"fail_on = "warning""#,
        "[rules]\nno-such-rule = \"error\"",
        "[rules]\nomission = \"loud\"",
    ] {
        let v = serde_json::to_value(toml::from_str::<toml::Value>(bad).unwrap()).unwrap();
        assert!(!validator.is_valid(&v), "accepted {bad}");
    }
}

#[test]
fn completions_and_man_page_generate() {
    use transcheck::cli::generate;
    for shell in [
        clap_complete::Shell::Bash,
        clap_complete::Shell::Zsh,
        clap_complete::Shell::Fish,
        clap_complete::Shell::PowerShell,
        clap_complete::Shell::Elvish,
    ] {
        let s = generate::completions(shell);
        assert!(s.contains("transcheck"), "{shell}");
        assert!(
            s.contains("write-baseline"),
            "{shell} lacks check's options"
        );
    }
    let man = generate::man();
    assert!(
        man.starts_with(".ie") || man.contains(".TH transcheck"),
        "{}",
        &man[..200]
    );
    assert!(man.contains("TRANSCHECK CHECK"));
    assert!(man.contains("fail\\-on"));
}
