//! Readers for the evaluation data (`../shared/data`, see its README): WMT document-level
//! test sets and MLQE-PE. Nothing here is shipped; the path is given at run time.

use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One WMT document: source, references and system outputs with identical shape
/// (paragraphs of segments), so segment i of every side is a gold 1-1 link.
#[derive(Debug, Deserialize)]
pub struct WmtDoc {
    pub doc_id: String,
    pub domain: String,
    pub paragraph_markup: bool,
    pub segments_src: Vec<Vec<String>>,
    pub segments_ref: Vec<Vec<String>>,
    pub segments_mt: BTreeMap<String, Vec<Vec<String>>>,
}

/// The WMT sets the evaluation uses, in the order reports list them.
pub const WMT_SETS: &[&str] = &[
    "wmt21-news-ru-en",
    "wmt22-general-ru-en",
    "wmt23-general-ru-en",
];

pub fn load_wmt(data: &Path, set: &str) -> Result<Vec<WmtDoc>> {
    load_docs_jsonl(data, set)
}

/// A set's `docs.ru-en.jsonl`, one document per line, read into whichever fields `T`
/// wants.
pub fn load_docs_jsonl<T: serde::de::DeserializeOwned>(data: &Path, set: &str) -> Result<Vec<T>> {
    let path = data.join(set).join("docs.ru-en.jsonl");
    let text = std::fs::read_to_string(&path).map_err(|e| Error::Read {
        path: path.clone(),
        message: e.to_string(),
    })?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| Error::Format {
                path: path.clone(),
                message: format!("line {}: {e}", i + 1),
            })
        })
        .collect()
}

/// One MLQE-PE row (the columns the evaluation uses).
#[derive(Debug, Clone)]
pub struct MlqeRow {
    pub src: String,
    pub mt: String,
    pub mt_tok: Vec<String>,
    pub pe_tok: Vec<String>,
    /// OK/BAD per MT token (true = BAD, changed by the post-editor).
    pub bad: Vec<bool>,
    pub da_z: f64,
    /// The source URL (Wikiquote sayings or a Reddit thread); empty in test21.
    pub doc_id: String,
    pub src_tok: Vec<String>,
    /// Word alignment as (src_tok index, mt_tok index) pairs.
    pub alignment: Vec<(usize, usize)>,
}

/// A tab-separated file with a header line, read whole.
pub struct Tsv {
    path: PathBuf,
    text: String,
}

impl Tsv {
    pub fn read(path: PathBuf) -> Result<Tsv> {
        let text = std::fs::read_to_string(&path).map_err(|e| Error::Read {
            path: path.clone(),
            message: e.to_string(),
        })?;
        Ok(Tsv { path, text })
    }

    fn header(&self) -> Vec<&str> {
        self.text.lines().next().unwrap_or("").split('\t').collect()
    }

    /// The index of a column, if the header has it.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header().iter().position(|h| *h == name)
    }

    /// The indices of columns the caller needs; a missing one is a format error.
    pub fn columns<const N: usize>(&self, names: [&str; N]) -> Result<[usize; N]> {
        let mut out = [0; N];
        for (slot, name) in out.iter_mut().zip(names) {
            *slot = self.column(name).ok_or_else(|| Error::Format {
                path: self.path.clone(),
                message: format!("no column {name:?}"),
            })?;
        }
        Ok(out)
    }

    /// The fields of every line after the header.
    pub fn rows(&self) -> impl Iterator<Item = Vec<&str>> {
        self.text.lines().skip(1).map(|l| l.split('\t').collect())
    }
}

pub fn load_mlqe(data: &Path, split: &str) -> Result<Vec<MlqeRow>> {
    let tsv = Tsv::read(data.join("mlqe-pe-ru-en").join(format!("{split}.tsv")))?;
    let [src, mt, mt_tok, tags, daz] =
        tsv.columns(["src", "mt", "mt_tok", "mt_word_tags", "da_z_mean"])?;
    let pe_tok = tsv.column("pe_tok");
    let (doc_id, src_tok, alignment) = (
        tsv.column("doc_id"),
        tsv.column("src_tok"),
        tsv.column("src_mt_alignments"),
    );
    Ok(tsv
        .rows()
        .filter_map(|f| {
            let get = |i: usize| f.get(i).copied().unwrap_or("");
            let toks: Vec<String> = get(mt_tok).split(' ').map(String::from).collect();
            let bad: Vec<bool> = get(tags).split(' ').map(|t| t == "BAD").collect();
            (toks.len() == bad.len()).then(|| MlqeRow {
                src: get(src).to_string(),
                mt: get(mt).to_string(),
                mt_tok: toks,
                pe_tok: pe_tok
                    .map(|i| get(i).split(' ').map(String::from).collect())
                    .unwrap_or_default(),
                bad,
                da_z: get(daz).parse().unwrap_or(0.0),
                doc_id: doc_id.map(|i| get(i).to_string()).unwrap_or_default(),
                src_tok: src_tok
                    .map(|i| get(i).split(' ').map(String::from).collect())
                    .unwrap_or_default(),
                alignment: alignment
                    .map(|i| {
                        get(i)
                            .split_whitespace()
                            .filter_map(|p| {
                                let (a, b) = p.split_once('-')?;
                                Some((a.parse().ok()?, b.parse().ok()?))
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
        })
        .collect())
}

/// The systems of a set kept in `docs.ru-en.jsonl`, best first (official ranking).
pub fn ranked_systems(data: &Path, set: &str) -> Result<Vec<String>> {
    let path = data.join(set).join("system_scores.tsv");
    let text = std::fs::read_to_string(&path).map_err(|e| Error::Read {
        path: path.clone(),
        message: e.to_string(),
    })?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let sys = header.iter().position(|h| *h == "system").unwrap_or(1);
    let inc = header
        .iter()
        .position(|h| *h == "included_in_docs_jsonl")
        .unwrap_or(header.len() - 1);
    Ok(lines
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|f| f.get(inc) == Some(&"yes"))
        .filter_map(|f| f.get(sys).map(|s| s.to_string()))
        .collect())
}
