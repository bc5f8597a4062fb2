//! Quotation marks in the translation: pairing, and source quotations left unmarked.

use crate::finding::{Finding, Span};
use crate::pipeline::Context;
use crate::rules::{rule, Severity};

/// Scans a paragraph's curly and straight quotes; returns problems as
/// (byte offset in unit text, message).
fn pairing_problems(text: &str, next_starts_with_quote: bool) -> Vec<(usize, usize, String)> {
    // Straight quotes open and close alike, so one scan tracks the open quotation and
    // how it was opened: a “ met while a quotation is open was meant to close it,
    // whichever mark opened it (`"Hello, “he said` is the MT slip).
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Curly,
        Straight,
    }
    let mut problems = Vec::new();
    let mut open: Option<(usize, Mark)> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' => {
                if open.is_some() {
                    problems.push((
                        i,
                        i + c.len_utf8(),
                        "an opening quotation mark “ is used where a closing ” is expected"
                            .to_string(),
                    ));
                    open = None;
                } else {
                    open = Some((i, Mark::Curly));
                }
            }
            '”' if open.take().is_none() => {
                problems.push((
                    i,
                    i + c.len_utf8(),
                    "a closing quotation mark ” has no opening “".to_string(),
                ));
            }
            '"' => {
                open = match open {
                    Some(_) => None,
                    None => Some((i, Mark::Straight)),
                };
            }
            _ => {}
        }
    }
    match open {
        // English continues a quotation over paragraphs by opening the next one again.
        Some((o, Mark::Curly)) if !next_starts_with_quote => problems.push((
            o,
            o + '“'.len_utf8(),
            "this quotation is never closed".to_string(),
        )),
        Some((o, Mark::Straight)) if !next_starts_with_quote => problems.push((
            o,
            o + 1,
            "straight quotation marks do not pair up".to_string(),
        )),
        _ => {}
    }
    problems
}

/// Whether a paragraph's quotation marks pair up («» and „“ as pairs, " in even numbers).
fn balanced(text: &str) -> bool {
    let count = |c: char| text.chars().filter(|&x| x == c).count();
    count('«') == count('»') && count('„') <= count('“') && count('"') % 2 == 0
}

/// Russian quotations of three or more words: «…» or „…“.
/// Whether the «…» between byte `start` (after the opening mark) and `end` (at the
/// closing one) quotes speech rather than names a work or a company, which English sets
/// in italics or plain type («Джек и Джилл» → Jack and Jill): it is long, or it ends a
/// sentence, or speech is attributed around it («…», — сказал он; заявил: «…»; что «…»).
fn is_speech(text: &str, start: usize, end: usize) -> bool {
    let inner = &text[start..end];
    let words = inner.split_whitespace().count();
    if words < 3 {
        return false;
    }
    let opening = text[..start]
        .char_indices()
        .next_back()
        .map_or(start, |(i, _)| i);
    let before = text[..opening].trim_end();
    let after = text[end..].chars().skip(1).collect::<String>();
    let after = after.trim_start();
    words >= 7
        || inner.trim_end().ends_with(['.', '!', '?', '…'])
        || after.starts_with(", —")
        || after.starts_with(", –")
        || after.starts_with('—')
        || before.ends_with(':')
        || before.to_lowercase().ends_with(" что")
}

/// The byte ranges (opening mark to closing mark) of the quotations of speech in a
/// source paragraph. Read on the paragraph, not the sentence: a quotation of two
/// sentences («Выборы прошли спокойно. Жалоб не поступило», — сказал он) leaves each
/// sentence with one mark only.
fn speech_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut depth_start: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices() {
        match c {
            '«' | '„' if depth_start.is_none() => depth_start = Some((i, i + c.len_utf8())),
            '»' | '“' => {
                if let Some((o, s)) = depth_start.take() {
                    if is_speech(text, s, i) {
                        spans.push(o..i + c.len_utf8());
                    }
                }
            }
            _ => {}
        }
    }
    spans
}

/// Whether byte `at` of an English paragraph lies inside an open quotation: the middle
/// sentence of a quotation of three carries no mark of its own.
fn inside_target_quote(text: &str, at: usize) -> bool {
    let mut open = false;
    for c in text[..at.min(text.len())].chars() {
        match c {
            '“' | '«' | '„' => open = true,
            '”' | '»' => open = false,
            '"' => open = !open,
            _ => {}
        }
    }
    open
}

const TARGET_QUOTES: &[char] = &['“', '”', '"', '‘', '’', '«', '»', '„'];

/// Whether an English sentence without quotation marks renders a quotation as indirect
/// speech ("Borisov said the launch had gone as planned"), which news translation does
/// freely, rather than leaving the quoted words unmarked ("We are ready, he said"): a
/// reporting verb or an attribution ("in his view", "as she put it") and no first
/// person, which indirect speech shifts to the third.
fn is_reported_speech(english: &str) -> bool {
    const REPORTING: &[&str] = &[
        "said",
        "says",
        "say",
        "stated",
        "stressed",
        "noted",
        "added",
        "told",
        "explained",
        "emphasized",
        "emphasised",
        "warned",
        "insisted",
        "claimed",
        "announced",
        "argued",
        "believes",
        "believed",
        "according",
        "promised",
        "pledged",
        "vowed",
        "admitted",
        "acknowledged",
        "complained",
        "recalled",
        "assured",
        "urged",
        "suggested",
        "thinks",
        "considers",
        "reckons",
        // "He called it the largest hospital …" reports a quoted judgment.
        "called",
        "calls",
        "described",
        "describes",
        "dubbed",
        // Verbs of thinking and expecting report a view as much as "says" does
        // ("The economist expects the first cut to be …").
        "think",
        "believe",
        "expects",
        "expect",
        "expected",
        "hopes",
        "hope",
        "hoped",
        "fears",
        "feared",
        "predicts",
        "predicted",
        "anticipates",
        "doubts",
        "doubted",
        "assumes",
        "supposes",
        "reckoned",
        "thought",
    ];
    // Attributions that carry no reporting verb ("In his view, the quota …"); matched
    // on the words joined by single spaces.
    const ATTRIBUTION: &[&str] = &[
        "in his view",
        "in her view",
        "in their view",
        "in its view",
        "in the view of",
        "in his opinion",
        "in her opinion",
        "in their opinion",
        "in the opinion of",
        "as he put it",
        "as she put it",
        "as they put it",
        "he thinks",
        "she thinks",
        "they think",
        "they believe",
    ];
    const FIRST_PERSON: &[&str] = &[
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
    ];
    let words: Vec<String> = english
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.split('\'').next().unwrap_or(w).to_lowercase())
        .collect();
    let joined = format!(" {} ", words.join(" "));
    (words.iter().any(|w| REPORTING.contains(&w.as_str()))
        || ATTRIBUTION
            .iter()
            .any(|a| joined.contains(&format!(" {a} "))))
        && !words.iter().any(|w| FIRST_PERSON.contains(&w.as_str()))
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let r = rule("quote-mismatch");
    let units = &ctx.a.target.units;
    for (p, u) in units.iter().enumerate() {
        let next_quote = units
            .get(p + 1)
            .is_some_and(|n| n.text.trim_start().starts_with('“'));
        // A quotation that spans paragraphs leaves each one unbalanced; that is only a
        // problem when the source paragraphs it was translated from are balanced.
        let source_balanced = ctx
            .a
            .alignment
            .paragraphs
            .iter()
            .find(|b| b.target.contains(&p))
            .is_none_or(|b| {
                b.source
                    .clone()
                    .all(|sp| balanced(&ctx.a.source.units[sp].text))
            });
        for (s, e, msg) in pairing_problems(&u.text, next_quote) {
            if !source_balanced && !msg.starts_with("an opening") {
                continue;
            }
            let sentence = ctx.a.target_sentences[p]
                .iter()
                .position(|x| x.span.start <= s && s < x.span.end);
            let span = Span {
                paragraph: p,
                sentence,
                start: u.to_document(s),
                end: u.to_document_end(e),
            };
            out.push(Finding::new(r, msg).target(span));
        }
    }
    let src = ctx.source();
    let tgt = ctx.target();
    for (b, _) in super::aligned_sentences(ctx) {
        let quoted = b.source.clone().any(|g| {
            let (unit, sent, _, _) = src.sentence(g);
            speech_spans(&unit.text)
                .iter()
                .any(|q| q.start < sent.span.end && sent.span.start < q.end)
        });
        if !quoted {
            continue;
        }
        let has_quotes = b.target.clone().any(|g| {
            let (unit, sent, _, _) = tgt.sentence(g);
            unit.text[sent.span.clone()].contains(TARGET_QUOTES)
                || inside_target_quote(&unit.text, sent.span.start)
        });
        if !has_quotes {
            let english: Vec<&str> = b.target.clone().map(|g| tgt.sentence_text(g)).collect();
            let f = if is_reported_speech(&english.join(" ")) {
                Finding::new(
                    r,
                    "the source quotes someone here («…»); the translation reports it as indirect speech",
                )
                .severity(Severity::Info)
            } else {
                Finding::new(
                    r,
                    "the source quotes someone here («…») but the translation has no quotation marks",
                )
            };
            out.push(
                f.source(src.sentence_span(b.source.start))
                    .target(tgt.sentence_span(b.target.start)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::fired;
    use crate::rules::Severity;

    const RU: &str = "«Мы не планируем повышать тарифы», — заявил министр.";

    #[test]
    fn opening_mark_used_to_close() {
        let f = fired(
            RU,
            "“We do not plan to raise tariffs, “ the minister said.",
            "quote-mismatch",
        );
        assert_eq!(f, vec!["“".to_string()]);
        // Opened with a straight quote, "closed" with an opening curly one.
        let f = fired(
            RU,
            "\"We do not plan to raise tariffs, “ the minister said.",
            "quote-mismatch",
        );
        assert_eq!(f, vec!["“".to_string()]);
    }

    #[test]
    fn well_formed_quotes() {
        assert!(fired(
            RU,
            "“We do not plan to raise tariffs,” the minister said.",
            "quote-mismatch"
        )
        .is_empty());
        assert!(fired(
            RU,
            "\"We do not plan to raise tariffs,\" the minister said.",
            "quote-mismatch"
        )
        .is_empty());
        // Company names in «» are not quotations.
        assert!(fired(
            "Акции «Газпрома» выросли.",
            "Gazprom shares rose.",
            "quote-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn titles_of_works_need_no_quotation_marks() {
        let ru = "В его планах романтическая комедия «Джек и Джилл» и мюзикл.";
        let en = "His plans include the romantic comedy Jack and Jill and a musical.";
        assert!(fired(ru, en, "quote-mismatch").is_empty());
        // A partial quotation after «что» is speech.
        let ru = "Министр заявил, что «ситуация полностью под контролем».";
        let en = "The minister said the situation was fully under control.";
        assert_eq!(fired(ru, en, "quote-mismatch").len(), 1);
    }

    fn severities(ru: &str, en: &str) -> Vec<Severity> {
        crate::checks::testing::severities(ru, en, "quote-mismatch")
    }

    #[test]
    fn quotation_left_unmarked() {
        // The quoted words kept in the first person, only the marks lost.
        assert_eq!(
            severities(RU, "We do not plan to raise tariffs, the minister said."),
            vec![Severity::Warning]
        );
        assert_eq!(
            severities(RU, "We do not plan to raise tariffs."),
            vec![Severity::Warning]
        );
    }

    #[test]
    fn indirect_speech_is_only_noted() {
        assert_eq!(
            severities(RU, "The minister said they did not plan to raise tariffs."),
            vec![Severity::Info]
        );
        let ru = "«Пуск прошел штатно», — заявил Борисов.";
        assert_eq!(
            severities(ru, "Borisov said the launch had gone as planned."),
            vec![Severity::Info]
        );
        assert!(fired(
            ru,
            "“The launch went as planned,” Borisov said.",
            "quote-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn a_verb_of_expecting_reports_a_view() {
        let ru = "«Мы ожидаем снижения ставки уже в марте», — сказал аналитик Павел Орлов.";
        assert_eq!(
            severities(
                ru,
                "Analyst Pavel Orlov expects the rate to be cut as early as March."
            ),
            vec![Severity::Info]
        );
        // The first person kept: the quotation left unmarked.
        assert_eq!(
            severities(ru, "We expect the rate to be cut as early as March."),
            vec![Severity::Warning]
        );
    }

    #[test]
    fn calling_something_reports_a_judgment() {
        let ru = "«Это лучший стадион в стране», — сказал губернатор Олег Павлов.";
        assert_eq!(
            severities(
                ru,
                "Governor Oleg Pavlov called it the best stadium in the country."
            ),
            vec![Severity::Info]
        );
        assert_eq!(
            severities(
                ru,
                "It is the best stadium in the country, Governor Oleg Pavlov."
            ),
            vec![Severity::Warning]
        );
    }

    #[test]
    fn a_quotation_of_several_sentences_is_read_on_the_paragraph() {
        let ru = "«Голосование прошло спокойно. Жалоб в комиссию не поступало», — сказал Петров.";
        assert_eq!(
            severities(
                ru,
                "Petrov said the vote had gone smoothly and the commission had received no complaints."
            ),
            vec![Severity::Info]
        );
        assert!(fired(
            ru,
            "“The vote went smoothly. The commission received no complaints,” Petrov said.",
            "quote-mismatch"
        )
        .is_empty());
        // The middle sentence of a quotation of three has no mark of its own.
        let ru = "«Голосование прошло спокойно. Нарушений не было. Жалоб в комиссию не поступало», — сказал Петров.";
        assert!(fired(
            ru,
            "“The vote went smoothly. There were no violations. The commission received no complaints,” Petrov said.",
            "quote-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn inside_an_open_target_quotation() {
        let t = "“One. Two. Three,” he said. Four.";
        assert!(super::inside_target_quote(t, t.find("Two").unwrap_or(0)));
        assert!(!super::inside_target_quote(t, t.find("Four").unwrap_or(0)));
        assert!(!super::inside_target_quote(t, 0));
    }

    #[test]
    fn an_attribution_without_a_reporting_verb_marks_indirect_speech() {
        let ru = "«Запрет вряд ли продлят», — считает аналитик.";
        for en in [
            "In her view, the ban is unlikely to be extended.",
            "The ban, in the view of the analyst, is unlikely to be extended.",
            "The ban is unlikely to be extended, as she put it.",
            "She thinks the ban is unlikely to be extended.",
        ] {
            assert_eq!(severities(ru, en), vec![Severity::Info], "{en}");
        }
        // The quoted words kept in the first person: still an unmarked quotation.
        assert_eq!(
            severities(ru, "In my view, the ban is unlikely to be extended."),
            vec![Severity::Warning]
        );
        // "view" alone is no attribution.
        assert_eq!(
            severities(
                ru,
                "The ban is unlikely to be extended, given the view from Brussels."
            ),
            vec![Severity::Warning]
        );
    }
}
