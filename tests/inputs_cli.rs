//! The command line on real-world inputs: every encoding a Russian text still arrives
//! in (made from the fixture articles at test time), bilingual files given alone,
//! standard input in every format, and hostile files, which must give a one-line error
//! and exit code 2, never a panic.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use transcheck::input::{Document, LoadOptions};
use transcheck::lang::LanguagePair;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn articles() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("source.ru.txt").exists())
        .collect();
    v.sort();
    v
}

fn bin() -> Command {
    Command::cargo_bin("transcheck").unwrap()
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).expect("JSON report")
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut b = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        b.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    b
}

fn single_byte(text: &str, enc: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (b, _, unmappable) = enc.encode(text);
    assert!(!unmappable, "{} cannot encode the text", enc.name());
    b.into_owned()
}

/// The text with the punctuation KOI8-R lacks (guillemets, dashes, curly quotes, №)
/// written as KOI8-R texts write it.
fn koi8_safe(text: &str) -> String {
    text.replace(['«', '»', '“', '”', '„'], "\"")
        .replace(['—', '–'], "-")
        .replace('№', "N")
        .replace('…', "...")
        .replace('\u{a0}', " ")
}

/// Every encoding we read: its name, the text written in it, and the bytes.
fn encodings(text: &str) -> Vec<(&'static str, String, Vec<u8>)> {
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let koi = koi8_safe(text);
    let t = text.to_string();
    vec![
        ("UTF-8", t.clone(), text.as_bytes().to_vec()),
        ("UTF-8", t.clone(), bom),
        ("UTF-16LE", t.clone(), utf16(text, false)),
        ("UTF-16BE", t.clone(), utf16(text, true)),
        (
            "windows-1251",
            t.clone(),
            single_byte(text, encoding_rs::WINDOWS_1251),
        ),
        (
            "KOI8-R",
            koi.clone(),
            single_byte(&koi, encoding_rs::KOI8_R),
        ),
    ]
}

#[test]
fn every_article_in_every_encoding_is_detected() {
    let tmp = TempDir::new().unwrap();
    let ru = LanguagePair::ru_en().source;
    for dir in articles() {
        let text = std::fs::read_to_string(dir.join("source.ru.txt")).unwrap();
        for (k, (name, written, bytes)) in encodings(&text).into_iter().enumerate() {
            let p = tmp.path().join(format!("s{k}.txt"));
            std::fs::write(&p, bytes).unwrap();
            let d = Document::load(&p, ru, &LoadOptions::default())
                .unwrap_or_else(|e| panic!("{}: {name}: {e}", dir.display()));
            assert_eq!(d.encoding, name, "{}", dir.display());
            assert_eq!(d.text, written, "{}: {name}", dir.display());
        }
    }
}

#[test]
fn the_report_names_the_encoding_and_the_findings_do_not_change() {
    let tmp = TempDir::new().unwrap();
    let art = root().join("articles/moscow-budget");
    let text = std::fs::read_to_string(art.join("source.ru.txt")).unwrap();
    let mt = art.join("mt.en.txt");
    let base = bin()
        .args(["check", "--format", "json"])
        .arg(art.join("source.ru.txt"))
        .arg(&mt)
        .output()
        .unwrap();
    let base = json(&base.stdout);
    assert!(!base["findings"].as_array().unwrap().is_empty());
    for (k, (name, written, bytes)) in encodings(&text).into_iter().enumerate() {
        let p = tmp.path().join(format!("source{k}.ru.txt"));
        std::fs::write(&p, bytes).unwrap();
        let out = bin()
            .args(["check", "--format", "json"])
            .arg(&p)
            .arg(&mt)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let r = json(&out.stdout);
        assert_eq!(r["source"]["encoding"], name);
        assert_eq!(r["target"]["encoding"], "UTF-8");
        if written == text {
            assert_eq!(r["findings"], base["findings"], "{name}");
        } else {
            // KOI8-R has no guillemets or dashes: the same findings, other quotes.
            let rules = |r: &serde_json::Value| -> Vec<String> {
                r["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| f["name"].as_str().unwrap().to_string())
                    .filter(|n| n != "quote-mismatch")
                    .collect()
            };
            assert_eq!(rules(&r), rules(&base), "{name}");
        }
    }
    // The translation in UTF-16 too, through standard input.
    let en = std::fs::read_to_string(&mt).unwrap();
    let out = bin()
        .args(["check", "--format", "json"])
        .arg(art.join("source.ru.txt"))
        .arg("-")
        .write_stdin(utf16(&en, true))
        .output()
        .unwrap();
    let r = json(&out.stdout);
    assert_eq!(r["target"]["encoding"], "UTF-16BE");
    assert_eq!(r["target"]["path"], "-");
    assert_eq!(
        r["findings"].as_array().unwrap().len(),
        base["findings"].as_array().unwrap().len()
    );
}

/// Runs the CLI and expects exit 2 with one line on stderr containing `want`.
fn fails(args: &[&std::ffi::OsStr], stdin: Option<Vec<u8>>, want: &str) {
    let mut cmd = bin();
    cmd.args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(err.starts_with("transcheck: error: "), "{err}");
    assert!(!err.contains("internal error"), "{err}");
    assert!(err.contains(want), "{args:?}: want {want:?} in {err}");
    assert!(out.stdout.is_empty());
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

#[test]
fn mixed_and_garbled_encodings_are_errors() {
    let tmp = TempDir::new().unwrap();
    let art = root().join("articles/moscow-budget");
    let text = koi8_safe(&std::fs::read_to_string(art.join("source.ru.txt")).unwrap());
    let mt = art.join("mt.en.txt");
    let paras: Vec<&str> = text.split("\n\n").collect();
    let check = |name: &str, bytes: Vec<u8>, want: &str, extra: &[&str]| {
        let p = tmp.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        let mut args: Vec<&std::ffi::OsStr> = vec![os("check")];
        args.extend(extra.iter().map(|s| os(s)));
        args.push(p.as_os_str());
        args.push(mt.as_os_str());
        fails(&args, None, want);
    };
    // windows-1251 with one paragraph in KOI8-R.
    let mut b = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let enc = if i == 4 {
            encoding_rs::KOI8_R
        } else {
            encoding_rs::WINDOWS_1251
        };
        b.extend(single_byte(p, enc));
        b.extend_from_slice(b"\n\n");
    }
    check("mixed1.txt", b, "mixes encodings", &[]);
    // KOI8-R with one paragraph in windows-1251.
    let mut b = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let enc = if i == 6 {
            encoding_rs::WINDOWS_1251
        } else {
            encoding_rs::KOI8_R
        };
        b.extend(single_byte(p, enc));
        b.extend_from_slice(b"\n\n");
    }
    check("mixed2.txt", b, "mixes encodings", &[]);
    // UTF-8 with one paragraph in windows-1251.
    let mut b = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        if i == 3 {
            b.extend(single_byte(p, encoding_rs::WINDOWS_1251));
        } else {
            b.extend_from_slice(p.as_bytes());
        }
        b.extend_from_slice(b"\n\n");
    }
    check("mixed3.txt", b, "invalid UTF-8", &[]);
    // UTF-8 that was read as windows-1251 and saved again as UTF-8.
    let (twice, _, _) = encoding_rs::WINDOWS_1251.decode(text.as_bytes());
    check(
        "twice.txt",
        twice.as_bytes().to_vec(),
        "UTF-8 text read as windows-1251",
        &[],
    );
    // Latin-1 mojibake of UTF-8.
    let latin: String = text.bytes().map(|b| b as char).collect();
    check("latin.txt", latin.into_bytes(), "read as Latin-1", &[]);
    // A wrong forced encoding.
    check(
        "forced.txt",
        single_byte(&text, encoding_rs::WINDOWS_1251),
        "does not read as KOI8-R",
        &["--encoding", "koi8-r"],
    );
}

#[test]
fn markup_in_legacy_encodings_and_declarations() {
    let tmp = TempDir::new().unwrap();
    let fmt = root().join("formats/moscow-budget");
    let html = std::fs::read_to_string(fmt.join("source.ru.html")).unwrap();
    // A windows-1251 page that says so.
    let cp = html.replace("charset=\"utf-8\"", "charset=\"windows-1251\"");
    let p = tmp.path().join("cp.html");
    std::fs::write(&p, single_byte(&cp, encoding_rs::WINDOWS_1251)).unwrap();
    let out = bin()
        .args(["check", "--format", "json"])
        .arg(&p)
        .arg(fmt.join("mt.en.html"))
        .output()
        .unwrap();
    let r = json(&out.stdout);
    assert_eq!(r["source"]["encoding"], "windows-1251");
    assert_eq!(r["source"]["format"], "html");
    // A page saved as UTF-8 whose old declaration still says windows-1251 is UTF-8.
    let p = tmp.path().join("stale.html");
    std::fs::write(&p, &cp).unwrap();
    let out = bin()
        .args(["check", "--format", "json"])
        .arg(&p)
        .arg(fmt.join("mt.en.html"))
        .output()
        .unwrap();
    assert_eq!(json(&out.stdout)["source"]["encoding"], "UTF-8");
    // An XLIFF file in windows-1251, as its XML declaration says.
    let xlf = std::fs::read_to_string(root().join("formats/central-bank-rate/rate.xlf"))
        .unwrap()
        .replace("encoding=\"UTF-8\"", "encoding=\"windows-1251\"");
    let p = tmp.path().join("cp.xlf");
    std::fs::write(&p, single_byte(&xlf, encoding_rs::WINDOWS_1251)).unwrap();
    let out = bin()
        .args(["check", "--format", "json"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let r = json(&out.stdout);
    assert_eq!(r["source"]["encoding"], "windows-1251");
    assert_eq!(r["target"]["format"], "xliff");
    // The bilingual files in other encodings: XLIFF in UTF-16 (BOM), PO in the
    // windows-1251 its header declares, TSV in KOI8-R (detected).
    let dir = root().join("formats/central-bank-rate");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let xlf16 = read("rate.xlf").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    let po = read("rate.po").replace("charset=UTF-8", "charset=windows-1251");
    for (name, bytes, enc) in [
        ("u16.xlf", utf16(&xlf16, false), "UTF-16LE"),
        (
            "cp.po",
            single_byte(&po, encoding_rs::WINDOWS_1251),
            "windows-1251",
        ),
        (
            "koi.tsv",
            single_byte(&koi8_safe(&read("rate.tsv")), encoding_rs::KOI8_R),
            "KOI8-R",
        ),
    ] {
        let p = tmp.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        let out = bin()
            .args(["check", "--format", "json"])
            .arg(&p)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let r = json(&out.stdout);
        assert_eq!(r["source"]["encoding"], enc, "{name}");
        let errors = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["severity"] == "error")
            .count();
        assert_eq!(errors, 2, "{name}");
    }
}

#[test]
fn bilingual_files_alone_and_from_stdin() {
    let dir = root().join("formats/central-bank-rate");
    for (file, fmt) in [
        ("rate.xlf", "xliff"),
        ("rate.xliff", "xliff"),
        ("rate.tmx", "tmx"),
        ("rate.po", "po"),
        ("rate.tsv", "tsv"),
    ] {
        let path = dir.join(file);
        let out = bin()
            .args(["check", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{file}");
        let r = json(&out.stdout);
        assert_eq!(r["source"]["format"], fmt);
        assert_eq!(r["target"]["format"], fmt);
        assert_eq!(r["source"]["path"], r["target"]["path"]);
        let names: Vec<&str> = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["severity"] == "error")
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert!(names.contains(&"number-mismatch") && names.contains(&"omission"));
        // The same file through standard input, named by --input-format.
        let out = bin()
            .args(["check", "--format", "json", "--input-format", fmt, "-"])
            .write_stdin(std::fs::read(&path).unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{file} from stdin");
        let s = json(&out.stdout);
        assert_eq!(s["source"]["path"], "-");
        assert_eq!(
            s["findings"].as_array().unwrap().len(),
            r["findings"].as_array().unwrap().len()
        );
        // `align` takes a bilingual file alone too.
        let out = bin().arg("align").arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let tsv = String::from_utf8(out.stdout).unwrap();
        assert!(tsv.contains("5\t\t1.000\t1-0"), "{file}: {tsv}");
    }
    // XLIFF and TMX are recognised on stdin without --input-format.
    let out = bin()
        .args(["check", "--format", "json", "-"])
        .write_stdin(std::fs::read(dir.join("rate.tmx")).unwrap())
        .output()
        .unwrap();
    assert_eq!(json(&out.stdout)["source"]["format"], "tmx");
}

#[test]
fn stdin_translation_in_every_monolingual_format() {
    let fmt = root().join("formats/moscow-budget");
    for (ext, name) in [("md", "markdown"), ("html", "html")] {
        let file = bin()
            .args(["check", "--format", "json"])
            .arg(fmt.join(format!("source.ru.{ext}")))
            .arg(fmt.join(format!("mt.en.{ext}")))
            .output()
            .unwrap();
        let file = json(&file.stdout);
        // The translation piped in is read in the source's format...
        let piped = bin()
            .args(["check", "--format", "json"])
            .arg(fmt.join(format!("source.ru.{ext}")))
            .arg("-")
            .write_stdin(std::fs::read(fmt.join(format!("mt.en.{ext}"))).unwrap())
            .output()
            .unwrap();
        let piped = json(&piped.stdout);
        assert_eq!(piped["target"]["format"], name);
        assert_eq!(
            piped["findings"].as_array().unwrap().len(),
            file["findings"].as_array().unwrap().len()
        );
        // ...or in the one --input-format names, for a file whose extension says otherwise.
        let tmp = TempDir::new().unwrap();
        let odd = tmp.path().join("translation.txt");
        std::fs::copy(fmt.join(format!("mt.en.{ext}")), &odd).unwrap();
        let forced = bin()
            .args(["check", "--format", "json", "--input-format", name])
            .arg(fmt.join(format!("source.ru.{ext}")))
            .arg(&odd)
            .output()
            .unwrap();
        let forced = json(&forced.stdout);
        assert_eq!(forced["target"]["format"], name);
        assert_eq!(
            forced["findings"].as_array().unwrap().len(),
            file["findings"].as_array().unwrap().len()
        );
    }
}

#[test]
fn wrong_combinations_are_usage_errors() {
    let art = root().join("articles/moscow-budget");
    let xlf = root().join("formats/central-bank-rate/rate.xlf");
    let src = art.join("source.ru.txt");
    fails(
        &[os("check"), src.as_os_str(), xlf.as_os_str()],
        None,
        "is a bilingual XLIFF file",
    );
    fails(
        &[os("check"), src.as_os_str()],
        None,
        "is not a bilingual file",
    );
    fails(
        &[os("check"), os("-"), art.join("mt.en.txt").as_os_str()],
        Some(b"x".to_vec()),
        "only the translation can be read from standard input",
    );
    // clap's own usage errors run over several lines (usage, hint), but exit 2 too.
    let out = bin()
        .args(["check", "--input-format", "docx"])
        .arg(&src)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid value 'docx'"));
}

#[test]
fn hostile_inputs_give_one_line_and_exit_2() {
    let tmp = TempDir::new().unwrap();
    let png =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa".to_vec();
    let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n]>\n";
    let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"1.2\"><file source-language=\"ru\" target-language=\"en\"><body><trans-unit id=\"1\"><source>&xxe;</source><target>x</target></trans-unit></body></file></xliff>";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.xlf", vec![], "is empty"),
        ("empty.po", b"\n  \n".to_vec(), "is empty"),
        ("empty.md", vec![], "is empty"),
        ("empty.html", b"   ".to_vec(), "is empty"),
        ("empty.tsv", vec![], "is empty"),
        ("binary.xlf", png.clone(), "binary"),
        ("binary.tmx", png.clone(), "binary"),
        ("binary.po", png.clone(), "binary"),
        ("binary.tsv", png.clone(), "binary"),
        ("truncated.xlf", b"<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>\xd0\x91\xd1\x8e\xd0\xb4\xd0\xb6\xd0\xb5\xd1\x82</source>".to_vec(), "not a well-formed XLIFF file"),
        ("bomb.tmx", format!("{bomb}<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"ru\"><seg>&lol2;</seg></tuv></tu></body></tmx>").into_bytes(), "declares entities"),
        ("bomb.xlf", format!("{bomb}<xliff version=\"1.2\"/>").into_bytes(), "declares entities"),
        ("xxe.xlf", xxe.as_bytes().to_vec(), "declares entities"),
        ("undeclared.tmx", b"<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"ru\"><seg>&nbsp;</seg></tuv></tu></body></tmx>".to_vec(), "not a well-formed TMX file"),
        ("notxliff.xlf", b"<html><body><p>\xd0\x94\xd0\xb0</p></body></html>".to_vec(), "not an XLIFF file"),
        ("untranslated.xliff", "<xliff version=\"2.0\" srcLang=\"ru\" trgLang=\"en\"><file id=\"f\"><unit id=\"u\"><segment><source>Бюджет</source></segment></unit></file></xliff>".as_bytes().to_vec(), "no translation yet"),
        ("units.tmx", b"<tmx version=\"1.4\"><body/></tmx>".to_vec(), "no translation unit"),
        ("garbage.po", "msgid \"Бюджет\"\nmsgstr \"Budget\nнечто\n".as_bytes().to_vec(), "line 2: unterminated string"),
        ("notabs.tsv", "Бюджет вырос\nBudget grew\n".as_bytes().to_vec(), "line 1: no tab"),
        ("chrome.html", "<nav>Меню сайта</nav><footer>Подвал</footer>".as_bytes().to_vec(), "is empty"),
        ("swapped.tsv", "Budget grew\tБюджет вырос\n".as_bytes().to_vec(), "does not look like Russian"),
        ("nul.md", b"# \xd0\x91\0\0\0\0".to_vec(), "binary"),
    ];
    for (name, bytes, want) in cases {
        let p = tmp.path().join(name);
        std::fs::write(&p, &bytes).unwrap();
        let bilingual = matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("xlf" | "xliff" | "tmx" | "po" | "tsv")
        );
        if bilingual {
            fails(&[os("check"), p.as_os_str()], None, want);
        } else {
            let mt = root().join("articles/moscow-budget/mt.en.txt");
            fails(&[os("check"), p.as_os_str(), mt.as_os_str()], None, want);
        }
    }
}

#[test]
fn deeply_nested_inputs_do_not_overflow_the_stack() {
    let tmp = TempDir::new().unwrap();
    let n = 100_000;
    let mt = root().join("articles/moscow-budget/mt.en.txt");
    let xlf = tmp.path().join("deep.xlf");
    std::fs::write(
        &xlf,
        format!(
            "<xliff version=\"1.2\"><file source-language=\"ru\" target-language=\"en\"><body><trans-unit id=\"1\"><source>{}Бюджет вырос на 3%.{}</source><target>The budget grew by 3%.</target></trans-unit></body></file></xliff>",
            "<g>".repeat(n),
            "</g>".repeat(n)
        ),
    )
    .unwrap();
    let out = bin().arg("check").arg(&xlf).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (name, text) in [
        (
            "deep.md",
            format!("{} Бюджет вырос на 3%.\n", ">".repeat(n)),
        ),
        (
            "deep.html",
            format!("{}<p>Бюджет вырос на 3%.</p>", "<div>".repeat(n)),
        ),
    ] {
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        let out = bin().arg("check").arg(&p).arg(&mt).output().unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
