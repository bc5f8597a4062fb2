//! The HTML report and the diff of two versions: escaping of hostile input,
//! determinism, size on a 2,000-paragraph pair, the commands, and (`browser`) the
//! reports opened in a real headless Chromium (tests/browser/report.test.mjs).

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;
use transcheck::align::{Alignment, Bead, SentenceIndex};
use transcheck::finding::{Finding, Span};
use transcheck::input::Document;
use transcheck::lang::LanguagePair;
use transcheck::pipeline::{analyse, check, Analysis, CheckOptions};
use transcheck::report::{diff, html};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap()
}

fn run_texts(src_path: &str, src: &str, tgt_path: &str, tgt: &str) -> (Analysis, Vec<Finding>) {
    let pair = LanguagePair::ru_en();
    let s = Document::from_text(src_path, src, pair.source).unwrap();
    let t = Document::from_text(tgt_path, tgt, pair.target).unwrap();
    let a = analyse(s, t, pair, &Default::default());
    let f = check(&a, &CheckOptions::default());
    (a, f)
}

fn run(src: &str, tgt: &str) -> (Analysis, Vec<Finding>) {
    run_texts(src, &read(src), tgt, &read(tgt))
}

fn opts(date: &str) -> html::HtmlOptions {
    html::HtmlOptions {
        generated: date.into(),
        fail_on: Some(transcheck::rules::Severity::Error),
    }
}

const MAIN_SRC: &str = "fixtures/articles/moscow-budget/source.ru.txt";
const MAIN_MT: &str = "fixtures/articles/moscow-budget/mt.en.txt";
const MAIN_PE: &str = "fixtures/articles/moscow-budget/faithful.en.txt";
const HOSTILE_SRC: &str = "fixtures/hostile/source.ru.txt";
const HOSTILE_TGT: &str = "fixtures/hostile/translation.en.txt";
const HOSTILE_EDIT: &str = "fixtures/hostile/edited.en.txt";

fn check_report(src: &str, tgt: &str, date: &str) -> String {
    let (a, f) = run(src, tgt);
    html::render_check(&a, &f, &opts(date)).unwrap()
}

fn diff_report(src: &str, before: &str, after: &str, date: &str) -> String {
    let (ba, bf) = run(src, before);
    let (aa, af) = run(src, after);
    let c = diff::compare(&ba, &bf, &aa, &af);
    html::render_diff(&c, &opts(date)).unwrap()
}

/// Asserts that nothing from the inputs became markup.
fn assert_inert(page: &str) {
    assert_inert_with(page, 2)
}

/// The same, for a page with `scripts` script elements of its own.
fn assert_inert_with(page: &str, scripts: usize) {
    assert_eq!(page.matches("<script").count(), scripts, "own scripts only");
    assert_eq!(page.matches("</script>").count(), scripts);
    assert_eq!(page.matches("<style").count(), 1);
    assert_eq!(page.matches("</style>").count(), 1);
    for bad in [
        "<img",
        "<iframe",
        "<svg onload",
        "<body onload",
        "<textarea",
        "</textarea",
        "<!--",
    ] {
        assert!(!page.contains(bad), "{bad} got through");
    }
    // No tag outside the report's own style sheet and script has an event handler.
    let mut markup = String::new();
    let mut rest = page;
    while let Some(i) = rest.find("<script").or_else(|| rest.find("<style")) {
        let j = i.min(rest.find("<style").unwrap_or(usize::MAX));
        markup.push_str(&rest[..j]);
        let close = if rest[j..].starts_with("<script") {
            "</script>"
        } else {
            "</style>"
        };
        let end = rest[j..].find(close).expect("closed") + j;
        rest = &rest[end + close.len()..];
    }
    markup.push_str(rest);
    for tag in markup.split('<').skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        for name in attribute_names(tag) {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "event handler in <{tag}>"
            );
        }
    }
    // Every link stays inside the page, or (in a batch index) is a report file name.
    for (i, _) in page.match_indices("href=\"") {
        let value = &page[i + 6..];
        let value = &value[..value.find('"').unwrap_or(value.len())];
        let local_report = value.starts_with(|c: char| c.is_ascii_digit())
            && value.ends_with(".html")
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
        assert!(
            value.starts_with('#') || local_report,
            "link out of the page: {value}"
        );
    }
    for c in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ] {
        assert!(!page.contains(c), "a live bidi control U+{:04X}", c as u32);
    }
}

/// Attribute names of a tag's inside (`a href="x" class='y' hidden`).
fn attribute_names(tag: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let b = tag.as_bytes();
    let mut i = tag.find(char::is_whitespace).unwrap_or(tag.len());
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' {
            i += 1;
        }
        if start < i {
            names.push(&tag[start..i]);
        }
        if i < b.len() && b[i] == b'=' {
            i += 1;
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                i += 1;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
                i += 1;
            } else {
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
            }
        }
    }
    names
}

#[test]
fn attribute_names_are_parsed() {
    assert_eq!(
        attribute_names(r#"output id="shown" for="q only" data-x='a b' hidden"#),
        vec!["id", "for", "data-x", "hidden"]
    );
    assert_eq!(
        attribute_names("img src=x onerror=alert(1)"),
        vec!["src", "onerror"]
    );
}

#[test]
fn hostile_text_renders_as_text() {
    let page = check_report(HOSTILE_SRC, HOSTILE_TGT, "2026-01-01 00:00 UTC");
    assert_inert(&page);
    // The hostile strings are there, escaped.
    assert!(page.contains("&lt;script&gt;alert(&quot;en&quot;)&lt;&#x2f;script&gt;"));
    assert!(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(page.contains("javascript:alert(document.cookie)"));
    // Template syntax in the input is text, not template.
    assert!(page.contains("{{ 7*7 }}") && page.contains("{% raw %}"));
    // Bidi controls are shown as badges.
    assert!(page.contains(">U+202E</abbr>"));
    // The findings on hostile text are there.
    for rule in ["TC201", "TC106", "TC301", "TC103"] {
        assert!(page.contains(&format!("href=\"#rule-{rule}\"")), "{rule}");
    }

    let page = diff_report(
        HOSTILE_SRC,
        HOSTILE_TGT,
        HOSTILE_EDIT,
        "2026-01-01 00:00 UTC",
    );
    assert_inert(&page);
    assert!(page.contains("<ins> &lt;script&gt;alert(&quot;edit&quot;)&lt;&#x2f;script&gt;</ins>"));
}

#[test]
fn hostile_file_names_are_escaped() {
    let (a, f) = run_texts(
        "<img src=x onerror=alert(9)>\u{202E}.ru.txt",
        &read(MAIN_SRC),
        "\"><script>alert(10)</script>.en.txt",
        &read(MAIN_MT),
    );
    let page = html::render_check(&a, &f, &opts("x")).unwrap();
    assert_inert(&page);
    assert!(page.contains("&lt;img src=x onerror=alert(9)&gt;⟨U+202E⟩.ru.txt"));
    assert!(page.contains("<title>transcheck report: &quot;&gt;&lt;script&gt;"));
}

#[test]
fn odd_inputs_render() {
    // CRLF line ends, tabs, control characters, combining marks, emoji, a paragraph
    // of one long word, lone quotation marks: both reports render, stay inert, and
    // the texts survive (without their control characters).
    let ru = "Заголовок\r\n\r\nПервый\tабзац с \u{7}звонком и й\u{306} и 🇷🇺.\r\nВторая строка «без конца\r\n\r\nДлинноесловобезпробелов".to_string()
        + &"а".repeat(5000)
        + "\r\n\r\nПоследний абзац: 5 млн рублей.";
    let en = "Headline\r\n\r\nFirst\tparagraph with a \u{7}bell and 🇷🇺.\r\nSecond line “without an end\r\n\r\nLongwordwithoutspaces"
        .to_string()
        + &"a".repeat(5000)
        + "\r\n\r\nLast paragraph: 5 billion rubles.\r\n\r\nExtra.";
    let (a, f) = run_texts("odd.ru.txt", &ru, "odd.en.txt", &en);
    let page = html::render_check(&a, &f, &opts("d")).unwrap();
    assert_inert(&page);
    assert!(!page.contains('\u{7}') && !page.contains('\r'));
    assert!(page.contains("U+0007"));
    assert!(page.contains("🇷🇺") && page.contains("й\u{306}"));
    let en2 = en.replace("5 billion", "5 million").replace("Extra.", "");
    let (b, g) = run_texts("odd.ru.txt", &ru, "odd2.en.txt", &en2);
    let c = diff::compare(&a, &f, &b, &g);
    let page = html::render_diff(&c, &opts("d")).unwrap();
    assert_inert(&page);
    assert!(page.contains("<del>billion</del><ins>million</ins>"));
    let text = diff::human(&c, false);
    assert!(text.contains("[-billion-]{+million+}"), "{text}");
    assert!(!text.contains('\u{7}'));
}

#[test]
fn batch_index_links_every_report() {
    let (a, f) = run(MAIN_SRC, MAIN_MT);
    let (b, g) = run(MAIN_SRC, MAIN_PE);
    let gate = Some(transcheck::rules::Severity::Error);
    let name = html::report_file_name(1, Path::new("a/<b> \"c\".en.txt"));
    assert_eq!(name, "0001-_b___c_.en.html");
    let entries = vec![
        html::IndexEntry::checked(
            &a,
            &f,
            Some(html::report_file_name(0, Path::new(MAIN_MT))),
            gate,
        ),
        html::IndexEntry::checked(&b, &g, Some(name), gate),
        // A caller's unsafe link is dropped, not emitted.
        html::IndexEntry::checked(&b, &g, Some("javascript:alert(1)".into()), gate),
        html::IndexEntry::unreadable(
            "x.ru.txt",
            "<img src=x onerror=alert(1)>.en.txt",
            "cannot read <script>",
        ),
    ];
    let page = html::render_index(&entries, &opts("2026-01-01 00:00 UTC")).unwrap();
    assert_inert_with(&page, 0);
    assert!(page.contains("<a href=\"0000-mt.en.html\">"));
    assert!(page.contains("<a href=\"0001-_b___c_.en.html\">"));
    assert_eq!(page.matches("<a href=").count(), 2);
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;.en.txt"));
    assert!(page.contains("cannot read &lt;script&gt;"));
    assert!(page.contains("<strong>Fails</strong> the CI gate"));
    assert!(page.contains("<td class=\"num\">15 of 16</td>"));
    assert!(page.contains("<strong class=\"c-error\">1 not readable</strong>"));
}

/// Drops the date line.
fn undated(page: &str) -> String {
    let lines: Vec<&str> = page.lines().collect();
    let dated: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("<p class=\"gen\">"))
        .collect();
    assert_eq!(dated.len(), 1, "one date line");
    lines
        .iter()
        .filter(|l| !l.starts_with("<p class=\"gen\">"))
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn reports_are_deterministic_but_for_the_date_line() {
    let a = check_report(MAIN_SRC, MAIN_MT, "2026-01-01 00:00 UTC");
    let b = check_report(MAIN_SRC, MAIN_MT, "2027-06-30 12:34 UTC");
    assert_ne!(a, b);
    assert_eq!(undated(&a), undated(&b));
    assert_eq!(a, check_report(MAIN_SRC, MAIN_MT, "2026-01-01 00:00 UTC"));
    assert!(a.contains("<time>2026-01-01 00:00 UTC</time>"));

    let a = diff_report(MAIN_SRC, MAIN_MT, MAIN_PE, "2026-01-01 00:00 UTC");
    let b = diff_report(MAIN_SRC, MAIN_MT, MAIN_PE, "2027-06-30 12:34 UTC");
    assert_eq!(undated(&a), undated(&b));
}

#[test]
fn main_report_shows_what_a_reviewer_needs() {
    let (a, f) = run(MAIN_SRC, MAIN_MT);
    let page = html::render_check(&a, &f, &opts("d")).unwrap();
    // Header: files, languages, counts, aligned share, verdict, version.
    assert!(page.contains("fixtures&#x2f;articles&#x2f;moscow-budget&#x2f;mt.en.txt"));
    // The counts the checks produced (compared, not hard-coded: rules evolve).
    let sum = transcheck::report::Summary::of(&f);
    assert!(sum.error > 1 && sum.warning > 1);
    assert!(page.contains(&format!("<strong>{}</strong> errors", sum.error)));
    assert!(page.contains(&format!("<strong>{}</strong> warnings<", sum.warning)));
    assert!(page.contains("<strong>94%</strong> of source paragraphs aligned (15 of 16)"));
    assert!(page.contains("<strong>Fails</strong> the CI gate"));
    assert!(page.contains(env!("CARGO_PKG_VERSION")));
    // One row per bead; the omission and the additions are marked.
    assert_eq!(
        page.matches("<article class=\"row").count(),
        a.alignment.paragraphs.len()
    );
    assert_eq!(page.matches("<article class=\"row k-omission").count(), 1);
    assert_eq!(page.matches("<article class=\"row k-addition").count(), 2);
    assert_eq!(page.matches("<article class=\"row k-merge").count(), 1);
    assert!(page.contains("Omitted: no counterpart in the translation."));
    // One card per finding, with a stable anchor and a highlight.
    let anchors = transcheck::report::fingerprint::anchors(&f, &a.source, &a.target);
    for id in &anchors {
        assert_eq!(page.matches(&format!("id=\"{id}\"")).count(), 1, "{id}");
    }
    let n201 = f.iter().position(|x| x.rule.id == "TC201").unwrap();
    assert!(page.contains(&format!(
        "<mark class=\"m error\" data-f=\"{}\">2.8 million</mark>",
        anchors[n201]
    )));
    assert!(page.contains(&format!(
        "<mark class=\"m error\" data-f=\"{}\">2,8 млрд</mark>",
        anchors[n201]
    )));
    // The map: the omission and two additions are links to their rows.
    assert_eq!(page.matches("class=\"mk om\"").count(), 1);
    assert_eq!(page.matches("class=\"mk add\"").count(), 2);
    // The rule pages are embedded.
    assert!(page.contains("<article class=\"doc\" id=\"rule-TC201\""));
}

#[test]
fn anchors_survive_edits_elsewhere() {
    let src = read(MAIN_SRC);
    let mt = read(MAIN_MT);
    let (a, f) = run_texts("s", &src, "t", &mt);
    // Prepend a paragraph to the translation and reword another one: positions move,
    // the anchor of the magnitude error does not.
    let edited = mt.replacen("The Moscow City Thought", "The Moscow City Duma", 1);
    let (b, g) = run_texts("s", &src, "t", &edited);
    let id = |a: &Analysis, f: &[Finding]| {
        let k = f.iter().position(|x| x.rule.id == "TC201").unwrap();
        transcheck::report::fingerprint::anchors(f, &a.source, &a.target)[k].clone()
    };
    assert_ne!(
        f.iter().find(|x| x.rule.id == "TC201").unwrap().target,
        g.iter().find(|x| x.rule.id == "TC201").unwrap().target,
        "the span moved"
    );
    assert_eq!(id(&a, &f), id(&b, &g));
}

#[test]
fn diff_finds_fixed_and_introduced_findings() {
    let (ba, bf) = run(MAIN_SRC, MAIN_MT);
    let (aa, af) = run(MAIN_SRC, MAIN_PE);
    let c = diff::compare(&ba, &bf, &aa, &af);
    assert_eq!(c.count(diff::Status::Fixed), bf.len());
    assert_eq!(c.count(diff::Status::Introduced), af.len());
    // The magnitude fix is a word diff million → billion in the row of source ¶14.
    let row = c.rows.iter().find(|r| r.source == (14..15)).unwrap();
    let ops: Vec<(diff::OpKind, &str)> = row.ops.iter().map(|o| (o.op, o.text.as_str())).collect();
    assert!(ops.contains(&(diff::OpKind::Delete, "million")), "{ops:?}");
    assert!(ops.contains(&(diff::OpKind::Insert, "billion")), "{ops:?}");
    // Reversed, the edit introduces what it fixed.
    let r = diff::compare(&aa, &af, &ba, &bf);
    assert_eq!(r.count(diff::Status::Introduced), bf.len());
    assert!(diff::introduced_fails(
        &r,
        Some(transcheck::rules::Severity::Error)
    ));
    assert!(!diff::introduced_fails(
        &c,
        Some(transcheck::rules::Severity::Info)
    ));
    // A version against itself: nothing edited, everything unchanged.
    let (xa, xf) = run(MAIN_SRC, MAIN_MT);
    let same = diff::compare(&ba, &bf, &xa, &xf);
    assert!(same.rows.iter().all(|r| !r.changed()));
    assert_eq!(same.count(diff::Status::Unchanged), bf.len());
    // A finding that survives a reworded sentence is unchanged, not fixed + introduced.
    let mt = read(MAIN_MT);
    let reworded = mt.replacen(
        "Kovalyova stressed that the city plans",
        "Kovalyova emphasised that the city plans",
        1,
    );
    assert_ne!(mt, reworded);
    let (ya, yf) = run_texts(MAIN_SRC, &read(MAIN_SRC), "reworded.en.txt", &reworded);
    let m = diff::compare(&ba, &bf, &ya, &yf);
    assert_eq!(m.count(diff::Status::Fixed), 0);
    assert_eq!(m.count(diff::Status::Introduced), 0);
    assert_eq!(m.rows.iter().filter(|r| r.changed()).count(), 1);
}

// ---------------------------------------------------------------------------------
// The 2,000-paragraph pair

/// A pair of about `n` source paragraphs made of the fixture articles and their three
/// translations, one after another. Each article pair is analysed on its own and the
/// analyses are concatenated (offsets shifted), which gives the aligner's real output
/// on every piece without aligning 2,000 paragraphs in a debug build.
fn big_pair(n: usize) -> (Analysis, Vec<Finding>) {
    let pair = LanguagePair::ru_en();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    let mut pieces = Vec::new();
    for t in ["mt.en.txt", "mt2.en.txt", "faithful.en.txt"] {
        for d in &dirs {
            let s = std::fs::read_to_string(d.join("source.ru.txt")).unwrap();
            // Not every article has every kind of translation.
            let Ok(e) = std::fs::read_to_string(d.join(t)) else {
                continue;
            };
            let (s, e) = (s.trim().to_string(), e.trim().to_string());
            let (a, f) = run_texts("piece.ru.txt", &s, "piece.en.txt", &e);
            pieces.push((s, e, a, f));
        }
    }
    let mut stext = String::new();
    let mut ttext = String::new();
    let mut ssent = Vec::new();
    let mut tsent = Vec::new();
    let mut findings = Vec::new();
    let mut al = Alignment {
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        sentence_group: Vec::new(),
        source_sentences: SentenceIndex::default(),
        target_sentences: SentenceIndex::default(),
        model: pieces[0].2.alignment.model.clone(),
        moved: Vec::new(),
    };
    let (mut sp, mut tp) = (0, 0);
    let mut k = 0;
    while sp < n {
        let (s, e, a, f) = &pieces[k % pieces.len()];
        k += 1;
        if !stext.is_empty() {
            stext.push_str("\n\n");
            ttext.push_str("\n\n");
        }
        let (sb, tb) = (stext.len(), ttext.len());
        stext.push_str(s);
        ttext.push_str(e);
        let (ss, ts) = (al.source_sentences.total, al.target_sentences.total);
        let bo = al.paragraphs.len();
        let shift = |r: &std::ops::Range<usize>, o: usize| r.start + o..r.end + o;
        for b in &a.alignment.paragraphs {
            al.paragraphs.push(Bead {
                source: shift(&b.source, sp),
                target: shift(&b.target, tp),
                ..b.clone()
            });
        }
        for b in &a.alignment.sentences {
            al.sentences.push(Bead {
                source: shift(&b.source, ss),
                target: shift(&b.target, ts),
                ..b.clone()
            });
        }
        al.sentence_group
            .extend(a.alignment.sentence_group.iter().map(|g| g + bo));
        let idx = |dst: &mut SentenceIndex, src: &SentenceIndex, o: usize| {
            dst.first.extend(src.first.iter().map(|x| x + o));
            dst.total += src.total;
        };
        idx(&mut al.source_sentences, &a.alignment.source_sentences, ss);
        idx(&mut al.target_sentences, &a.alignment.target_sentences, ts);
        ssent.extend(a.source_sentences.iter().cloned());
        tsent.extend(a.target_sentences.iter().cloned());
        let mv = |s: Span, p: usize, b: usize| Span {
            paragraph: s.paragraph + p,
            start: s.start + b,
            end: s.end + b,
            ..s
        };
        for x in f {
            let mut y = x.clone();
            y.source = x.source.map(|s| mv(s, sp, sb));
            y.target = x.target.map(|s| mv(s, tp, tb));
            findings.push(y);
        }
        sp += a.source.units.len();
        tp += a.target.units.len();
    }
    let source = Document::from_text("big.ru.txt", &stext, pair.source).unwrap();
    let target = Document::from_text("big.en.txt", &ttext, pair.target).unwrap();
    assert_eq!(source.units.len(), sp, "paragraphs survive concatenation");
    assert_eq!(target.units.len(), tp);
    (
        Analysis {
            pair,
            source,
            target,
            source_sentences: ssent,
            target_sentences: tsent,
            alignment: al,
        },
        findings,
    )
}

/// The 2,000-paragraph report, the size of its inputs, its paragraph and finding
/// counts, built once per run.
fn big_report() -> &'static (String, usize, usize, usize) {
    static BIG: OnceLock<(String, usize, usize, usize)> = OnceLock::new();
    BIG.get_or_init(|| {
        let (a, f) = big_pair(2000);
        let t = Instant::now();
        let page = html::render_check(&a, &f, &opts("2026-01-01 00:00 UTC")).unwrap();
        eprintln!(
            "2,000-paragraph report: {} source paragraphs, {} findings, rendered in {:?}",
            a.source.units.len(),
            f.len(),
            t.elapsed()
        );
        (
            page,
            a.source.text.len() + a.target.text.len(),
            a.source.units.len(),
            f.len(),
        )
    })
}

#[test]
fn big_report_stays_within_a_few_times_the_input() {
    let (page, input, paragraphs, findings) = big_report();
    assert!(*paragraphs >= 2000);
    // Each finding's card carries its message, suggestion and quoted texts (under a
    // kilobyte); what else the page holds must stay a small multiple of the input.
    let budget = 2.0 * *input as f64 + 1000.0 * *findings as f64;
    let ratio = page.len() as f64 / *input as f64;
    eprintln!(
        "report {} bytes for {} bytes of input and {findings} findings: {ratio:.2}× the input",
        page.len(),
        input
    );
    assert!(
        (page.len() as f64) < budget,
        "report is {} bytes, over 2× the input plus 1,000 bytes per finding",
        page.len()
    );
    assert_inert(page);
}

// ---------------------------------------------------------------------------------
// Commands

fn cmd() -> Command {
    Command::cargo_bin("transcheck").unwrap()
}

#[test]
fn check_writes_the_html_report_beside_terminal_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let assert = cmd()
        .current_dir(root())
        .args(["check", MAIN_SRC, MAIN_MT, "--html"])
        .arg(&out)
        .assert()
        .code(1);
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("error[TC201]"));
    assert!(stdout.contains("source paragraphs aligned"));
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.ends_with("</html>\n"));

    // --format html: the report on standard output, identical but for the date.
    let assert = cmd()
        .current_dir(root())
        .args([
            "check", MAIN_SRC, MAIN_MT, "--format", "html", "--color", "always",
        ])
        .assert()
        .code(1);
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(!stdout.contains('\u{1b}'), "no terminal colours in HTML");
    assert_eq!(undated(&stdout), undated(&page));

    // SOURCE_DATE_EPOCH makes two runs byte-identical.
    let run = || {
        cmd()
            .current_dir(root())
            .env("SOURCE_DATE_EPOCH", "1767225600")
            .args(["check", MAIN_SRC, MAIN_MT, "--format", "html"])
            .output()
            .unwrap()
            .stdout
    };
    let a = run();
    assert_eq!(a, run());
    assert!(String::from_utf8(a)
        .unwrap()
        .contains("<time>2026-01-01 00:00 UTC</time>"));
}

#[test]
fn compare_needs_an_html_report() {
    cmd()
        .current_dir(root())
        .args(["check", MAIN_SRC, MAIN_PE, "--compare", MAIN_MT])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--compare"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cmp.html");
    cmd()
        .current_dir(root())
        .args(["check", MAIN_SRC, MAIN_PE, "--compare", MAIN_MT, "--html"])
        .arg(&out)
        .assert()
        .code(0);
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains("<body class=\"mode-diff\">"));
    assert!(page.contains("<del>million</del><ins>billion</ins>"));
    assert!(page.contains("st-fixed"));
    // Missing earlier version: an input error.
    cmd()
        .current_dir(root())
        .args([
            "check",
            MAIN_SRC,
            MAIN_PE,
            "--compare",
            "nope.en.txt",
            "--format",
            "html",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("nope.en.txt"));
}

#[test]
fn diff_command_terminal_json_and_html() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("diff.html");
    let assert = cmd()
        .current_dir(root())
        .args(["diff", MAIN_SRC, MAIN_MT, MAIN_PE, "--html"])
        .arg(&out)
        .assert()
        .code(0);
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("[-million-]{+billion+}"), "{stdout}");
    assert!(stdout.contains("fixed      TC201 number-mismatch"));
    // Every finding of the MT version is fixed by the post-edit (the faithful text).
    let (_, mt_findings) = run(MAIN_SRC, MAIN_MT);
    let (_, pe_findings) = run(MAIN_SRC, MAIN_PE);
    let fixed = mt_findings.len();
    assert!(
        pe_findings.is_empty(),
        "the post-edit is clean: {pe_findings:?}"
    );
    assert!(
        stdout.contains(&format!(
            "{fixed} fixed, 0 introduced, 0 unchanged findings"
        )),
        "{stdout}"
    );
    assert!(std::fs::read_to_string(&out).unwrap().contains("mode-diff"));

    let assert = cmd()
        .current_dir(root())
        .args(["diff", MAIN_SRC, MAIN_MT, MAIN_PE, "--format", "json"])
        .assert()
        .code(0);
    let v: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    assert_eq!(v["schema"], "transcheck-diff/1");
    assert_eq!(v["before"]["path"], MAIN_MT);
    assert_eq!(v["after"]["path"], MAIN_PE);
    assert_eq!(v["summary"]["fixed"].as_u64().unwrap() as usize, fixed);
    assert_eq!(v["summary"]["introduced"], 0);
    let errors = mt_findings
        .iter()
        .filter(|f| f.severity == transcheck::rules::Severity::Error)
        .count();
    assert_eq!(
        v["summary"]["before"]["error"].as_u64().unwrap() as usize,
        errors
    );
    let units = v["units"].as_array().unwrap();
    assert_eq!(v["summary"]["units"], units.len());
    let omitted = units
        .iter()
        .find(|u| u["source"] == serde_json::json!([7]))
        .unwrap();
    assert_eq!(omitted["before"], serde_json::json!([]));
    assert_eq!(omitted["ops"][0]["op"], "insert");
    let f = v["findings"].as_array().unwrap();
    assert!(f.iter().all(|f| f["status"] == "fixed"));
    let nm = f.iter().find(|f| f["rule"] == "TC201").unwrap();
    assert_eq!(nm["target"]["text"], "2.8 million");
    assert!(units[nm["unit"].as_u64().unwrap() as usize]["ops"]
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["op"] == "insert" && o["text"] == "billion"));

    // The other way round the edit introduces errors: exit 1, unless --fail-on never.
    cmd()
        .current_dir(root())
        .args(["diff", MAIN_SRC, MAIN_PE, MAIN_MT])
        .assert()
        .code(1)
        .stdout(predicates::str::contains("introduced TC201"));
    cmd()
        .current_dir(root())
        .args(["diff", MAIN_SRC, MAIN_PE, MAIN_MT, "--fail-on", "never"])
        .assert()
        .code(0);
    // Bidi controls are written out on the terminal too.
    let assert = cmd()
        .current_dir(root())
        .args([
            "diff",
            HOSTILE_SRC,
            HOSTILE_TGT,
            HOSTILE_EDIT,
            "--color",
            "never",
        ])
        .assert()
        .code(0);
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("⟨U+202E⟩") && !stdout.contains('\u{202E}'));
}

// ---------------------------------------------------------------------------------
// The browser

fn chromium() -> Option<PathBuf> {
    match std::env::var_os("CHROMIUM") {
        Some(p) => Some(PathBuf::from(p)),
        None => ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
            .iter()
            .map(PathBuf::from)
            .find(|p| p.exists()),
    }
    .filter(|p| p.exists())
}

/// Skips (locally) or fails (in CI) when the browser test cannot run.
fn unavailable(why: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("the browser test must run in CI, but {why}");
    }
    // Straight to stderr, past the test harness's capture, so that the skip shows.
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED the browser test of the HTML report: {why} (see docs/report.md)"
    );
}

#[test]
fn browser() {
    let browser_dir = root().join("tests/browser");
    let Some(chromium) = chromium() else {
        return unavailable("Chromium is not installed (apt-get install -y chromium)");
    };
    if std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_err()
    {
        return unavailable("node is not installed");
    }
    if !browser_dir.join("node_modules/playwright-core").exists() {
        return unavailable("playwright-core is not installed (cd tests/browser && npm ci)");
    }
    // Reports under the target folder, next to the screenshots.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let reports = target.join("browser-reports");
    let shots = target.join("browser-screenshots");
    std::fs::create_dir_all(&reports).unwrap();
    let write = |name: &str, page: &str| {
        let p = reports.join(name);
        std::fs::write(&p, page).unwrap();
        p
    };
    let (a, f) = run(MAIN_SRC, MAIN_MT);
    let omission_row = a
        .alignment
        .paragraphs
        .iter()
        .position(|b| b.is_omission())
        .unwrap();
    let main = write(
        "main.html",
        &html::render_check(&a, &f, &opts("2026-01-01 00:00 UTC")).unwrap(),
    );
    let compare = write(
        "compare.html",
        &diff_report(MAIN_SRC, MAIN_MT, MAIN_PE, "2026-01-01 00:00 UTC"),
    );
    let hostile = write(
        "hostile.html",
        &check_report(HOSTILE_SRC, HOSTILE_TGT, "2026-01-01 00:00 UTC"),
    );
    let hostile_diff = write(
        "hostile-diff.html",
        &diff_report(
            HOSTILE_SRC,
            HOSTILE_TGT,
            HOSTILE_EDIT,
            "2026-01-01 00:00 UTC",
        ),
    );
    let big = write("big.html", &big_report().0);
    let linked_name = html::report_file_name(0, Path::new(MAIN_MT));
    let linked = write(&linked_name, &std::fs::read_to_string(&main).unwrap());
    let (pa, pf) = run(MAIN_SRC, MAIN_PE);
    let gate = Some(transcheck::rules::Severity::Error);
    let index = write(
        "index.html",
        &html::render_index(
            &[
                html::IndexEntry::checked(&a, &f, Some(linked_name), gate),
                html::IndexEntry::checked(&pa, &pf, None, gate),
            ],
            &opts("2026-01-01 00:00 UTC"),
        )
        .unwrap(),
    );
    let manifest = serde_json::json!({
        "chromium": chromium,
        "screenshots": shots,
        "omission_row": format!("r{omission_row}"),
        "reports": {
            "main": main, "compare": compare, "hostile": hostile,
            "hostile_diff": hostile_diff, "big": big, "index": index, "linked": linked,
        },
    });
    let mpath = reports.join("manifest.json");
    std::fs::write(&mpath, manifest.to_string()).unwrap();
    let out = std::process::Command::new("node")
        .current_dir(&browser_dir)
        .arg("report.test.mjs")
        .arg(&mpath)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stdout}{stderr}");
    assert!(
        out.status.success(),
        "browser checks failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("all browser checks passed"));
    for shot in ["main-light", "main-dark", "main-narrow", "hostile"] {
        assert!(shots.join(format!("{shot}.png")).exists(), "{shot}.png");
    }
}
