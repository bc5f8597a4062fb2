//! Sentence boundaries: UAX #29 (unicode-segmentation) with a guard against breaks
//! after abbreviations ("г. Москва", "Mr. Smith", "U.S. President") and initials
//! ("В. В. Путин"), which UAX #29 splits when the next word is capitalised.

use crate::lang::Language;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Sentence ranges in `text`, trimmed, never empty.
pub fn split(text: &str, lang: &dyn Language) -> Vec<Range<usize>> {
    // Hard-wrapped lines inside a paragraph are not sentence ends: give UAX #29 a
    // copy with line breaks as spaces (same byte length, so offsets still hold).
    let flat: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    let mut raw: Vec<Range<usize>> = Vec::new();
    for (start, s) in flat.split_sentence_bound_indices() {
        let range = start..start + s.len();
        match raw.last_mut() {
            Some(prev) if !ends_sentence(&flat[prev.clone()], &flat[range.clone()], lang) => {
                prev.end = range.end;
            }
            _ => raw.push(range),
        }
    }
    raw.into_iter()
        .filter_map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let trimmed = s.trim();
            (!trimmed.is_empty()).then(|| r.start + lead..r.start + lead + trimmed.len())
        })
        .collect()
}

/// Whether the break UAX #29 found after `prev` really ends a sentence.
fn ends_sentence(prev: &str, next: &str, lang: &dyn Language) -> bool {
    let p = prev.trim_end();
    if !p.ends_with('.') {
        return true;
    }
    let body = &p[..p.len() - 1];
    let last_word: &str = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '«' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let next_trim = next.trim_start();
    let next_first = next_trim.chars().next();
    if last_word.is_empty() {
        return true;
    }
    let lw_chars: Vec<char> = last_word.chars().collect();
    // An initial: one capital letter ("В.", "J."), followed by a capitalised word.
    if lw_chars.len() == 1 && lw_chars[0].is_uppercase() {
        return !next_first.is_some_and(char::is_uppercase);
    }
    // Dotted abbreviations like "U.S." or "т.е." (letters and dots only).
    let letters = last_word.chars().filter(|c| c.is_alphabetic()).count();
    if last_word.contains('.')
        && (2..=4).contains(&letters)
        && last_word.chars().all(|c| c.is_alphabetic() || c == '.')
    {
        return false;
    }
    // Romanised Russian initials written with two letters: "Yu. P. Samokhin", "Zh. Alferov".
    const DIGRAPH_INITIALS: &[&str] = &[
        "Yu", "Ya", "Ye", "Yo", "Zh", "Kh", "Ch", "Sh", "Shch", "Ts", "Dzh",
    ];
    if DIGRAPH_INITIALS.contains(&last_word) {
        return !next_first.is_some_and(char::is_uppercase);
    }
    let lower = last_word.to_lowercase();
    // "Co." before the rest of a company's legal form ("Co. Ltd.", "Co., Inc.").
    let next_word: String = next_trim
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if lower == "co" && ["ltd", "inc", "llc", "kg", "kgaa"].contains(&next_word.as_str()) {
        return false;
    }
    // Titles and place markers sit before names and never end a sentence.
    const TITLES: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "no",
        "vs",
        "ул",
        "им",
        "пр",
        "просп",
        "пл",
        "проф",
        "акад",
        "св",
        "ст",
        "зам",
        "нач",
        "ген",
        "ср",
        "напр",
        "тел",
        "обл",
        "пос",
        "дер",
        "р-н",
    ];
    // "см." is "смотри" before a reference ("см. Приложение"), but centimetres after a
    // number, where it may end a sentence ("толщиной 4 см. Несмотря на это…").
    if lower == "см" {
        let before = body[..body.len() - last_word.len()].trim_end();
        return before.chars().last().is_some_and(|c| c.is_ascii_digit());
    }
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    // An abbreviated month before its day ("on Feb. 18", "Sept. 3, 2021"): the date goes
    // on. (A month ends a sentence only before a capitalised word: "in Dec. Then…".)
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];
    if MONTHS.contains(&lower.as_str()) && next_first.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    // "г." is "город" before a name ("г. Москва") but "год" after a number, where it may
    // end a sentence ("в 2021 г. Тогда…").
    if lower == "г" && lang.is_abbreviation("г") {
        let before = body[..body.len() - last_word.len()].trim_end();
        return before.chars().last().is_some_and(|c| c.is_ascii_digit());
    }
    // Units and other abbreviations ("руб.", "млн.", "etc.") do end sentences before a
    // capitalised word; UAX #29 already keeps them when a lower-case word follows.
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en::ENGLISH, ru::RUSSIAN};

    fn sents<'a>(t: &'a str, lang: &dyn Language) -> Vec<&'a str> {
        split(t, lang).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn russian_abbreviations_and_initials() {
        let t = "В г. Москва прошла встреча. В. В. Путин выступил, т. е. сказал речь. Бюджет — 340 млрд руб. Это много.";
        assert_eq!(
            sents(t, &RUSSIAN),
            vec![
                "В г. Москва прошла встреча.",
                "В. В. Путин выступил, т. е. сказал речь.",
                "Бюджет — 340 млрд руб.",
                "Это много."
            ]
        );
        let t2 = "Это случилось в 2021 г. Затем всё изменилось.";
        assert_eq!(sents(t2, &RUSSIAN).len(), 2);
        let t3 = "Толщина не превышала 4 см. Несмотря на это, акты подписали.";
        assert_eq!(sents(t3, &RUSSIAN).len(), 2);
        let t4 = "Подробнее см. Приложение к докладу.";
        assert_eq!(sents(t4, &RUSSIAN).len(), 1);
    }

    #[test]
    fn english_titles_and_dotted() {
        let t = "Mr. Smith met the U.S. President on Monday. He left.";
        assert_eq!(
            sents(t, &ENGLISH),
            vec!["Mr. Smith met the U.S. President on Monday.", "He left."]
        );
        let t = "Prices rose by 6.1%. For comparison, Yu. P. Samokhin said nothing.";
        assert_eq!(
            sents(t, &ENGLISH),
            vec![
                "Prices rose by 6.1%.",
                "For comparison, Yu. P. Samokhin said nothing."
            ]
        );
        // An abbreviated month before its day goes on; before a capital it may end.
        let t = "The farewell is on Feb. 18. It starts at noon on Sept. 3, 2021.";
        assert_eq!(
            sents(t, &ENGLISH),
            vec![
                "The farewell is on Feb. 18.",
                "It starts at noon on Sept. 3, 2021."
            ]
        );
        let t = "It was in Dec. Then it snowed.";
        assert_eq!(sents(t, &ENGLISH).len(), 2);
        let t = "The trains were built by Zhuzhou Locomotive Co. Ltd. They run in Europe.";
        assert_eq!(
            sents(t, &ENGLISH),
            vec![
                "The trains were built by Zhuzhou Locomotive Co. Ltd.",
                "They run in Europe."
            ]
        );
    }

    #[test]
    fn wrapped_lines_do_not_split() {
        let t = "A sentence that is\nwrapped over two lines. Next one!";
        assert_eq!(
            sents(t, &ENGLISH),
            vec!["A sentence that is\nwrapped over two lines.", "Next one!"]
        );
    }

    #[test]
    fn questions_and_quotes() {
        let t = "«Кто виноват?» — спросил он. Ответа не было.";
        let s = sents(t, &RUSSIAN);
        assert_eq!(s.last().unwrap(), &"Ответа не было.");
    }
}
