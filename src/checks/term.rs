//! A term swapped for another of its kind: machine translation confuses words that
//! share a context (oil and gas, gold and silver, wheat and barley, chemistry and
//! physics, summer and winter), and the result reads well, so only the source shows
//! it. Each class lists mutually exclusive terms; a source term whose English is absent
//! from the aligned translation while another term of its class stands there instead
//! is flagged. Neither names nor numbers catch it.

use crate::finding::Finding;
use crate::pipeline::Context;
use crate::rules::rule;
use crate::segment::{Sentence, TokenKind};

/// One term: Russian forms (a trailing `*` is a prefix), the English words that render
/// it (prefixes), and the English words that name it unambiguously enough to count as
/// a substitution when they stand for another term (a subset: "fall" renders «осень»
/// but is no evidence of autumn in "prices fall").
struct Term {
    ru: &'static [&'static str],
    renders: &'static [&'static str],
    names: &'static [&'static str],
}

struct Class {
    what: &'static str,
    terms: &'static [Term],
}

const CLASSES: &[Class] = &[
    Class {
        what: "fuel",
        terms: &[
            Term {
                ru: &["нефт*"],
                renders: &["oil", "crude", "petroleum", "petro"],
                names: &["oil", "crude"],
            },
            // Exact forms: «газета» is a newspaper.
            Term {
                ru: &["газ", "газа", "газу", "газом", "газе", "газов*", "газо*"],
                renders: &["gas", "lng", "methane", "pipeline"],
                names: &["gas"],
            },
            Term {
                ru: &["уголь", "угля", "углю", "углем", "углём", "угольн*"],
                renders: &["coal", "coking", "anthracite", "lignite"],
                names: &["coal"],
            },
        ],
    },
    Class {
        what: "metal",
        terms: &[
            Term {
                ru: &["золот*"],
                renders: &["gold", "golden", "bullion"],
                names: &["gold"],
            },
            Term {
                ru: &["серебр*"],
                renders: &["silver"],
                names: &["silver"],
            },
            Term {
                ru: &["бронз*"],
                renders: &["bronze"],
                names: &["bronze"],
            },
            Term {
                ru: &["медь", "меди", "медью", "медн*"],
                renders: &["copper"],
                names: &["copper"],
            },
            Term {
                ru: &["никел*"],
                renders: &["nickel"],
                names: &["nickel"],
            },
            Term {
                ru: &["платин*"],
                renders: &["platinum"],
                names: &["platinum"],
            },
            Term {
                ru: &["паллади*"],
                renders: &["palladium"],
                names: &["palladium"],
            },
            Term {
                ru: &["алюмини*"],
                renders: &["aluminium", "aluminum"],
                names: &["aluminium", "aluminum"],
            },
        ],
    },
    Class {
        what: "crop",
        terms: &[
            Term {
                ru: &["пшениц*", "пшеничн*"],
                renders: &["wheat"],
                names: &["wheat"],
            },
            Term {
                ru: &["ячмен*"],
                renders: &["barley"],
                names: &["barley"],
            },
            Term {
                ru: &["рожь", "ржи", "ржан*"],
                renders: &["rye"],
                names: &["rye"],
            },
            Term {
                ru: &["овес", "овёс", "овса", "овсян*"],
                renders: &["oat", "oats", "oatmeal"],
                names: &["oat"],
            },
            Term {
                ru: &["кукуруз*"],
                renders: &["corn", "maize"],
                names: &["corn", "maize"],
            },
            Term {
                ru: &["гречих*", "гречк*", "гречнев*"],
                renders: &["buckwheat"],
                names: &["buckwheat"],
            },
            Term {
                ru: &["подсолнечн*", "подсолнух*"],
                renders: &["sunflower"],
                names: &["sunflower"],
            },
            Term {
                ru: &["рапс*"],
                renders: &["rapeseed", "canola", "rape"],
                names: &["rapeseed", "canola"],
            },
            Term {
                ru: &["соя", "сои", "сою", "соев*"],
                renders: &["soy", "soya", "soybean"],
                names: &["soy", "soya"],
            },
        ],
    },
    Class {
        what: "school subject",
        terms: &[
            Term {
                ru: &["физик*"],
                renders: &["physic"],
                names: &["physics"],
            },
            Term {
                ru: &["хими*"],
                renders: &["chemi", "chemist"],
                names: &["chemistry"],
            },
            Term {
                ru: &["биолог*"],
                renders: &["biolog"],
                names: &["biology"],
            },
            Term {
                ru: &["географ*"],
                renders: &["geograph"],
                names: &["geography"],
            },
            Term {
                ru: &["информатик*"],
                renders: &["informatics", "computer", "computing", "it", "ict"],
                names: &["informatics"],
            },
        ],
    },
    Class {
        what: "season",
        terms: &[
            Term {
                ru: &["зима", "зимы", "зиме", "зиму", "зимой", "зимн*"],
                renders: &["winter"],
                names: &["winter"],
            },
            Term {
                ru: &["весна", "весны", "весне", "весну", "весной", "весенн*"],
                renders: &["spring"],
                names: &["spring"],
            },
            // Not «лета», the archaic "years".
            Term {
                ru: &["лето", "лете", "летом", "летн*"],
                renders: &["summer"],
                names: &["summer"],
            },
            Term {
                ru: &["осень", "осени", "осенью", "осенн*"],
                renders: &["autumn", "fall"],
                names: &["autumn"],
            },
        ],
    },
];

fn ru_is(word: &str, pat: &str) -> bool {
    match pat.strip_suffix('*') {
        Some(p) => word.starts_with(p),
        None => word == pat,
    }
}

fn words(sents: &[&Sentence]) -> Vec<String> {
    sents
        .iter()
        .flat_map(|s| s.tokens.iter())
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.lower.replace('ё', "е"))
        .collect()
}

fn says(ru: &[String], term: &Term) -> bool {
    ru.iter()
        .any(|w| term.ru.iter().any(|p| ru_is(w, &p.replace('ё', "е"))))
}

/// Whether the English words render `term` (an English word starts with one of its
/// renderings; "it" and "ict" only whole).
fn renders(en: &[String], term: &Term) -> bool {
    en.iter().any(|w| {
        term.renders.iter().any(|r| {
            if r.len() <= 3 {
                w == r
            } else {
                w.starts_with(r)
            }
        })
    })
}

/// The first English word that names `term`, with its sentence and token.
fn named<'s>(ts: &[&'s Sentence], term: &Term) -> Option<(usize, &'s crate::segment::Token)> {
    ts.iter().enumerate().find_map(|(i, s)| {
        s.tokens
            .iter()
            .find(|t| {
                t.kind == TokenKind::Word
                    && term
                        .names
                        .iter()
                        .any(|n| t.lower == *n || t.lower.strip_suffix('s') == Some(n))
            })
            .map(|t| (i, t))
    })
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let tgt = ctx.target();
    let r = rule("term-substituted");
    for (b, _) in super::aligned_sentences(ctx) {
        // Sure pairs only: a term may move to a neighbouring sentence in a free rendering.
        if b.confidence < 0.9 || b.target.is_empty() {
            continue;
        }
        let ss: Vec<&Sentence> = b.source.clone().map(|g| src.sentence(g).1).collect();
        let ts: Vec<&Sentence> = b.target.clone().map(|g| tgt.sentence(g).1).collect();
        let (ru, en) = (words(&ss), words(&ts));
        for class in CLASSES {
            let said: Vec<&Term> = class.terms.iter().filter(|t| says(&ru, t)).collect();
            // Exactly one term of the class, lost in the translation.
            let [lost] = said[..] else {
                continue;
            };
            if renders(&en, lost) {
                continue;
            }
            let Some((si, tok)) = class
                .terms
                .iter()
                .filter(|t| !std::ptr::eq(*t, lost))
                .find_map(|t| named(&ts, t))
            else {
                continue;
            };
            let cue = ru
                .iter()
                .find(|w| lost.ru.iter().any(|p| ru_is(w, &p.replace('ё', "е"))))
                .cloned()
                .unwrap_or_default();
            let word = &tgt.sentence(b.target.start + si).0.text[tok.span.clone()];
            out.push(
                Finding::new(
                    r,
                    format!(
                        "the source's {} «{cue}» became “{word}”: the translation names another {}",
                        class.what, class.what
                    ),
                )
                .source(src.sentence_span(b.source.start))
                .target(tgt.span_in(b.target.start + si, tok.span.clone())),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::fired;

    #[test]
    fn a_term_of_the_same_kind_in_its_place_is_flagged() {
        for (ru, en, word) in [
            (
                "Экспорт пшеницы составил 43,2 млн тонн.",
                "Barley exports amounted to 43.2 million tonnes.",
                "Barley",
            ),
            (
                "Второе место заняла химия.",
                "Physics came second.",
                "Physics",
            ),
            ("Цены на золото выросли.", "Silver prices rose.", "Silver"),
            ("Добыча газа сократилась.", "Oil production fell.", "Oil"),
            (
                "Этим летом в регионе ожидают засуху.",
                "A drought is expected in the region this winter.",
                "winter",
            ),
        ] {
            assert_eq!(
                fired(ru, en, "term-substituted"),
                vec![word.to_string()],
                "{en}"
            );
        }
    }

    #[test]
    fn renderings_other_terms_of_the_source_and_other_senses_are_silent() {
        for (ru, en) in [
            (
                "Экспорт пшеницы составил 43,2 млн тонн.",
                "Wheat exports amounted to 43.2 million tonnes.",
            ),
            // Both terms in the source.
            (
                "Добыча нефти и газа сократилась.",
                "Oil and gas production fell.",
            ),
            // "crude" renders «нефть».
            ("Цены на нефть выросли.", "Crude prices rose."),
            // «газета» is no gas; "fall" is no autumn.
            (
                "Газета сообщила, что весной цены вырастут.",
                "The newspaper reported that prices would rise in spring and fall in summer.",
            ),
            // A term left out is the omission checks' business.
            ("Цены на золото выросли.", "Prices rose."),
        ] {
            assert!(fired(ru, en, "term-substituted").is_empty(), "{en}");
        }
    }
}
