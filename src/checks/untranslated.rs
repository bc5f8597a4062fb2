//! Untranslated text: Cyrillic left in the translation.

use crate::finding::Finding;
use crate::pipeline::Context;
use crate::rules::rule;
use crate::segment::TokenKind;

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52f}').contains(&c)
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.pair().target.script() == crate::lang::Script::Cyrillic {
        return;
    }
    let tgt = ctx.target();
    let src = ctx.source();
    let r = rule("untranslated");
    for g in 0..ctx.a.alignment.target_sentences.total {
        let (unit, sent, _, _) = tgt.sentence(g);
        // Runs of consecutive Cyrillic words (punctuation and spaces between them join the run).
        let mut runs: Vec<(usize, usize, usize)> = Vec::new();
        let mut words_since: Option<usize> = None;
        for t in &sent.tokens {
            match t.kind {
                TokenKind::Word if t.text(&unit.text).chars().any(is_cyrillic) => {
                    match (runs.last_mut(), words_since) {
                        (Some(run), Some(0)) => {
                            run.1 = t.span.end;
                            run.2 += 1;
                        }
                        _ => runs.push((t.span.start, t.span.end, 1)),
                    }
                    words_since = Some(0);
                }
                TokenKind::Word | TokenKind::Number => {
                    if let Some(w) = words_since.as_mut() {
                        *w += 1;
                    }
                }
                _ => {}
            }
        }
        if runs.is_empty() {
            continue;
        }
        let whole = &unit.text[sent.span.clone()];
        let copied = (0..ctx.a.alignment.source_sentences.total)
            .any(|s| src.sentence_text(s).trim() == whole.trim());
        if copied && whole.split_whitespace().count() > 3 {
            out.push(
                Finding::new(
                    r,
                    "this sentence is a copy of the source sentence, not a translation",
                )
                .target(tgt.sentence_span(g)),
            );
            continue;
        }
        for (start, end, n) in runs {
            let text = &unit.text[start..end];
            // A Cyrillic web address (стопкоронавирус.рф) is a name to keep as written.
            let word_end = unit.text[end..]
                .find(char::is_whitespace)
                .map_or(unit.text.len(), |i| end + i);
            let word = &unit.text[start..word_end];
            if word.contains(".рф") || word.contains(".ру") || word.contains("://") {
                continue;
            }
            let what = if n == 1 {
                "a Cyrillic word"
            } else {
                "Cyrillic words"
            };
            // One Cyrillic letter is usually a look-alike of a Latin one (С for C): a
            // typo that breaks search rather than untranslated text.
            let single_letter = n == 1 && text.chars().count() == 1;
            // A word of Latin letters with a Cyrillic look-alike among them ("WНO" with
            // a Cyrillic Н) is the same typo, whatever its length.
            // («Oвсянки» with a Latin O is the reverse: untranslated.)
            const LOOK_ALIKES: &str = "АВЕКМНОРСТХаеорсух";
            let mixed = n == 1
                && text.chars().any(|c| c.is_ascii_alphabetic())
                && text
                    .chars()
                    .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
                    .all(|c| LOOK_ALIKES.contains(c));
            let sev = if single_letter || mixed {
                crate::rules::Severity::Warning
            } else {
                r.severity
            };
            let message = if mixed {
                format!("«{text}» mixes Cyrillic letters into a Latin word (a look-alike typo)")
            } else {
                format!("{what} left untranslated: «{text}»")
            };
            out.push(
                Finding::new(r, message)
                    .severity(sev)
                    .target(tgt.span_in(g, start..end)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::fired;

    #[test]
    fn a_cyrillic_look_alike_inside_a_latin_word_is_a_typo() {
        use crate::checks::testing::findings;
        let ru = "Эксперты ВОЗ рекомендуют прививку.";
        let only = |en: &str| -> Vec<crate::finding::Finding> {
            findings(ru, en)
                .into_iter()
                .filter(|f| f.rule.name == "untranslated")
                .collect()
        };
        let f = only("WНO experts recommend the vaccine.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, crate::rules::Severity::Warning);
        assert!(f[0].message.contains("look-alike"), "{}", f[0].message);
        assert!(only("WHO experts recommend the vaccine.").is_empty());
        // A Russian word that begins with a Latin look-alike is still untranslated.
        let f = only("They sell Oвсянки here.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, crate::rules::Severity::Error);
    }

    #[test]
    fn cyrillic_left_in_english() {
        let ru = "Губернатор посетил посёлок Усть-Кут в понедельник.";
        assert_eq!(
            fired(
                ru,
                "The governor visited the посёлок of Ust-Kut on Monday.",
                "untranslated"
            ),
            vec!["посёлок".to_string()]
        );
        assert!(fired(
            ru,
            "The governor visited the town of Ust-Kut on Monday.",
            "untranslated"
        )
        .is_empty());
    }

    #[test]
    fn copied_sentence() {
        let ru =
            "Губернатор посетил посёлок Усть-Кут в понедельник.\n\nЭто было важно для жителей.";
        let en =
            "The governor visited the town of Ust-Kut on Monday.\n\nЭто было важно для жителей.";
        assert_eq!(fired(ru, en, "untranslated").len(), 1);
    }
}
