//! Finding the document pairs of a batch: two folders, a manifest, or a list of files
//! paired by name.

use crate::config::{clean, Settings};
use crate::error::{Error, Result};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Extensions of the files a folder walk considers (other files are skipped).
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm"];

/// One pair to check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PairSpec {
    pub source: PathBuf,
    pub target: PathBuf,
}

/// The pairs of a batch, and the files that found no counterpart.
#[derive(Debug, Default)]
pub struct Pairs {
    pub pairs: Vec<PairSpec>,
    pub unpaired: Vec<PathBuf>,
    /// Pairs skipped by the configuration's `ignore` globs.
    pub ignored: usize,
}

/// The file name with its language part changed: `b.ru.txt` → `b.en.txt`. The language
/// part is a dot-separated piece of the name other than the extension; the last one
/// that equals `from` (ignoring case) is replaced. `None` when there is none.
pub fn swap_lang(name: &str, from: &str, to: &str) -> Option<String> {
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() < 2 {
        return None;
    }
    let i = (0..parts.len() - 1)
        .rev()
        .find(|&i| parts[i].eq_ignore_ascii_case(from))?;
    let mut out: Vec<&str> = parts.clone();
    out[i] = to;
    Some(out.join("."))
}

/// The language part of a file name, if it is `a` or `b`.
fn lang_of<'a>(name: &str, a: &'a str, b: &'a str) -> Option<&'a str> {
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() < 2 {
        return None;
    }
    parts[..parts.len() - 1].iter().rev().find_map(|p| {
        if p.eq_ignore_ascii_case(a) {
            Some(a)
        } else if p.eq_ignore_ascii_case(b) {
            Some(b)
        } else {
            None
        }
    })
}

fn has_text_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Files under `dir` (relative paths, sorted), skipping hidden entries and symlinked
/// folders.
fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    fn go(root: &Path, rel: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
        let here = root.join(rel);
        let entries = std::fs::read_dir(&here).map_err(|e| Error::Read {
            path: here.clone(),
            message: e.to_string().to_lowercase(),
        })?;
        let mut names: Vec<(std::ffi::OsString, bool)> = Vec::new();
        for e in entries.flatten() {
            let name = e.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                names.push((name, true));
            } else if ft.is_file() || (ft.is_symlink() && e.path().is_file()) {
                names.push((name, false));
            }
        }
        names.sort();
        for (name, is_dir) in names {
            let r = rel.join(&name);
            if is_dir {
                go(root, &r, out)?;
            } else {
                out.push(r);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    go(dir, Path::new(""), &mut out)?;
    Ok(out)
}

/// Pairs files of `src_dir` with files of `tgt_dir`: `a/b.ru.txt` with `a/b.en.txt`,
/// else the same relative path. Source-tree files named as translations (`*.en.*`) are
/// skipped, so both folders may be the same.
pub fn from_dirs(
    src_dir: &Path,
    tgt_dir: &Path,
    langs: (&str, &str),
    settings: &Settings,
) -> Result<Pairs> {
    let (sl, tl) = langs;
    let same = std::fs::canonicalize(src_dir).ok() == std::fs::canonicalize(tgt_dir).ok();
    let mut out = Pairs::default();
    for rel in walk(src_dir)? {
        if !has_text_extension(&rel) {
            continue;
        }
        let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let lang = lang_of(name, sl, tl);
        if lang == Some(tl) {
            continue;
        }
        let mut candidates = Vec::new();
        if let Some(swapped) = swap_lang(name, sl, tl) {
            candidates.push(rel.with_file_name(swapped));
        }
        if !same {
            candidates.push(rel.clone());
        }
        let source = src_dir.join(&rel);
        let Some(trel) = candidates.into_iter().find(|c| tgt_dir.join(c).is_file()) else {
            out.unpaired.push(source);
            continue;
        };
        let target = tgt_dir.join(&trel);
        if settings.is_ignored(&source, Some(&rel)) || settings.is_ignored(&target, Some(&trel)) {
            out.ignored += 1;
            continue;
        }
        out.pairs.push(PairSpec { source, target });
    }
    Ok(out)
}

/// Reads a manifest: one `source<TAB>target` per line, paths relative to the
/// manifest's folder; blank lines, `#` comments and a `source<TAB>target` header are
/// skipped.
pub fn from_manifest(path: &Path, settings: &Settings) -> Result<Pairs> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Read {
        path: path.to_path_buf(),
        message: e.to_string().to_lowercase(),
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    let mut out = Pairs::default();
    let mut first = true;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != 2 || fields.iter().any(|f| f.trim().is_empty()) {
            return Err(Error::Format {
                path: path.to_path_buf(),
                message: format!(
                    "line {}: expected two tab-separated paths (source, target)",
                    i + 1
                ),
            });
        }
        let header = first && fields[0] == "source" && fields[1] == "target";
        first = false;
        if header {
            continue;
        }
        let source = clean(&base.join(fields[0].trim()));
        let target = clean(&base.join(fields[1].trim()));
        if settings.is_ignored(&source, None) || settings.is_ignored(&target, None) {
            out.ignored += 1;
            continue;
        }
        out.pairs.push(PairSpec { source, target });
    }
    Ok(out)
}

/// Pairs a list of files by name (pre-commit hooks pass the changed files): each
/// `x.ru.*` with its `x.en.*` and the other way round; each pair once.
pub fn from_files(paths: &[PathBuf], langs: (&str, &str), settings: &Settings) -> Pairs {
    let (sl, tl) = langs;
    let mut set = BTreeSet::new();
    let mut out = Pairs::default();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let pair = match lang_of(name, sl, tl) {
            Some(l) if l == sl => swap_lang(name, sl, tl).map(|n| PairSpec {
                source: p.clone(),
                target: p.with_file_name(n),
            }),
            Some(_) => swap_lang(name, tl, sl).map(|n| PairSpec {
                source: p.with_file_name(n),
                target: p.clone(),
            }),
            None => None,
        };
        match pair {
            Some(pair) if pair.source.is_file() && pair.target.is_file() => {
                if settings.is_ignored(&pair.source, None)
                    || settings.is_ignored(&pair.target, None)
                {
                    out.ignored += 1;
                } else {
                    set.insert(pair);
                }
            }
            _ => out.unpaired.push(p.clone()),
        }
    }
    out.pairs = set.into_iter().collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_cleaned_lexically() {
        assert_eq!(
            clean(Path::new("batch/../articles/./a.txt")),
            PathBuf::from("articles/a.txt")
        );
        assert_eq!(clean(Path::new("../a/../b")), PathBuf::from("../b"));
    }

    #[test]
    fn swapping_the_language_part() {
        assert_eq!(
            swap_lang("b.ru.txt", "ru", "en").as_deref(),
            Some("b.en.txt")
        );
        assert_eq!(swap_lang("ru.md", "ru", "en").as_deref(), Some("en.md"));
        assert_eq!(swap_lang("a.RU.md", "ru", "en").as_deref(), Some("a.en.md"));
        assert_eq!(swap_lang("rules.txt", "ru", "en"), None);
        assert_eq!(swap_lang("b.txt.ru", "ru", "en"), None);
    }

    #[test]
    fn folders_pair_by_language_part_or_same_path() {
        let d = tempfile::tempdir().unwrap();
        let (ru, en) = (d.path().join("ru"), d.path().join("en"));
        for (p, t) in [
            (ru.join("a/one.ru.txt"), "x"),
            (en.join("a/one.en.txt"), "x"),
            (ru.join("two.md"), "x"),
            (en.join("two.md"), "x"),
            (ru.join("three.ru.txt"), "x"),
            (ru.join("image.png"), "x"),
            (en.join("image.png"), "x"),
        ] {
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, t).unwrap();
        }
        let got = from_dirs(&ru, &en, ("ru", "en"), &Settings::default()).unwrap();
        let rel = |p: &Path| {
            p.strip_prefix(d.path())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        };
        let pairs: Vec<(String, String)> = got
            .pairs
            .iter()
            .map(|p| (rel(&p.source), rel(&p.target)))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("ru/a/one.ru.txt".into(), "en/a/one.en.txt".into()),
                ("ru/two.md".into(), "en/two.md".into()),
            ]
        );
        assert_eq!(got.unpaired.len(), 1);
        // One folder holding both languages.
        std::fs::write(ru.join("a/one.en.txt"), "x").unwrap();
        let same = from_dirs(&ru, &ru, ("ru", "en"), &Settings::default()).unwrap();
        assert_eq!(same.pairs.len(), 1);
        assert!(same.pairs[0].target.ends_with("a/one.en.txt"));
    }
}
