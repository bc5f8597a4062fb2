//! Spelling variants of one name in the translation alone (TC411): "Lomsadze" in one
//! paragraph, "Lomsaadze" in another. The source-based consistency check (TC410) sees
//! a variant only when it can tie both spellings to one Russian name; a misspelling
//! that no longer looks like the transliteration, or a name of a paragraph the aligner
//! left unpaired, escapes it. Here capitalised words of the translation are compared
//! with each other.

use crate::finding::{Finding, Span};
use crate::lang::translit;
use crate::pipeline::Context;
use crate::rules::rule;
use std::collections::{BTreeMap, HashSet};

/// Endings that make another word, not another spelling: "Israel"/"Israeli",
/// "Ivanov"/"Ivanova", "German"/"Germans".
const DERIVING_SUFFIXES: &[&str] = &[
    "s", "es", "a", "i", "n", "an", "ian", "ians", "ean", "ns", "ese", "ish", "ic", "ics", "y",
    "e", "o", "ov", "ova", "in", "ina", "sky", "skaya", "aya", "ya",
];

/// Common English given names and surnames: a near spelling of one is usually another
/// person (David / Davis, Andrew / Andrey), not a typo.
fn english_names() -> &'static HashSet<&'static str> {
    crate::lang::ru_en::english_person_names()
}

/// One spelling and where it occurs.
struct Form {
    text: String,
    spans: Vec<Span>,
    /// The lexicon or gazetteer knows the word: an established spelling.
    known: bool,
}

fn derived(a: &str, b: &str) -> bool {
    // Same length: a changed letter (Germany / Germani) is a spelling, not an ending.
    if a.chars().count() == b.chars().count() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let base_variants = [short, short.trim_end_matches(['a', 'e', 'i', 'o', 'y'])];
    base_variants.iter().any(|base| {
        long.strip_prefix(base)
            .is_some_and(|rest| DERIVING_SUFFIXES.contains(&rest))
    })
}

/// Whether two spellings are variants of one word: one letter added, dropped, changed
/// or two swapped (two edits for long names), or the same romanisation key.
fn variants(a: &str, b: &str) -> bool {
    if a.chars().next() != b.chars().next() || derived(a, b) {
        return false;
    }
    let shortest = a.chars().count().min(b.chars().count());
    let d = strsim::osa_distance(a, b);
    d == 1 || (d == 2 && shortest >= 10) || translit::key(a) == translit::key(b)
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let tgt = ctx.target();
    let pair = ctx.pair();
    // Spans TC410 already reported, not to say the same thing twice.
    let reported: HashSet<(usize, usize)> = out
        .iter()
        .filter(|f| f.rule.name == "inconsistent-rendering")
        .filter_map(|f| f.target.map(|s| (s.start, s.end)))
        .collect();
    // Romanisation keys of the source's capitalised words: two spellings that render two
    // different source words are two names (Алина and Алёна), not variants.
    let mut source_keys: HashSet<String> = HashSet::new();
    // Each key with the source word it comes from, to say which spelling the source
    // supports.
    let mut source_words: Vec<(String, String)> = Vec::new();
    for (pi, p) in ctx.a.source_sentences.iter().enumerate() {
        for s in p {
            for t in s.tokens.iter().filter(|t| t.is_word() && t.capitalized) {
                let key = pair.name_key_source(&t.lower);
                if source_keys.insert(key.clone()) {
                    let text = ctx
                        .a
                        .source
                        .units
                        .get(pi)
                        .and_then(|u| u.text.get(t.span.clone()))
                        .unwrap_or(&t.lower);
                    source_words.push((key, text.to_string()));
                }
            }
        }
    }
    // The source word a spelling transliterates, in any case form: the key itself or
    // the key with a case ending («Музаева» for "Muzaev").
    let supported_by = |k: &str| -> Option<&str> {
        source_words
            .iter()
            .find(|(sk, _)| {
                sk == k || (k.len() >= 4 && sk.starts_with(k) && sk.len() <= k.len() + 3)
            })
            .map(|(_, w)| w.as_str())
    };
    let total: usize = ctx.a.target_sentences.iter().map(Vec::len).sum();
    let mut forms: BTreeMap<String, Form> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for g in 0..total {
        let (unit, sent, _, _) = tgt.sentence(g);
        for t in sent.tokens.iter().filter(|t| t.is_word() && t.capitalized) {
            let text = &unit.text[t.span.clone()];
            let lower = t.lower.clone();
            if lower.chars().count() < 4 || !lower.chars().all(|c| c.is_alphabetic()) {
                continue;
            }
            let stem = pair.target.stem(&lower);
            // A word spelled like a Russian surname ("Belov") is a name, though Snowball
            // cuts a common word to its stem ("beloved" → "belov").
            let surname = super::names::surname_shaped_en(&lower);
            // A capitalised common word opening a sentence is not a name.
            if t.sentence_initial && pair.lexicon.is_common_target(&stem) && !surname {
                continue;
            }
            // An ordinary word ("Will", "There", "Three") is compared with nothing: its
            // near spellings are other words.
            if (crate::lang::ru_en::core_lexicon().knows_target(&stem) && !surname)
                || pair.target.is_stopword(&lower)
                || pair.target.number_word(&lower).is_some()
            {
                continue;
            }
            let known = pair.lexicon.knows_target(&stem);
            let form = forms.entry(lower.clone()).or_insert_with(|| {
                order.push(lower.clone());
                Form {
                    text: text.to_string(),
                    spans: Vec::new(),
                    known,
                }
            });
            form.spans.push(tgt.span_in(g, t.span.clone()));
        }
    }
    let r = rule("spelling-variant");
    let mut flagged: HashSet<String> = HashSet::new();
    for (i, a) in order.iter().enumerate() {
        for b in &order[i + 1..] {
            let (fa, fb) = (&forms[a], &forms[b]);
            // Two established spellings are two words (Iran, Iraq).
            if fa.known && fb.known || !variants(a, b) {
                continue;
            }
            let (ka, kb) = (pair.name_key_target(a), pair.name_key_target(b));
            if ka != kb && source_keys.contains(&ka) && source_keys.contains(&kb) {
                continue;
            }
            // A common English name next to a near spelling is another person (David /
            // Davis), unless that spelling renders no word of the source (Wilson /
            // Wilsson); Andrew / Andrey are two people when Андрей is in the source.
            let two_people = match (
                english_names().contains(a.as_str()),
                english_names().contains(b.as_str()),
            ) {
                (true, true) => true,
                (true, false) => source_keys.contains(&kb),
                (false, true) => source_keys.contains(&ka),
                (false, false) => false,
            };
            if two_people {
                continue;
            }
            // The odd one out: an unknown spelling against a known one, else the one
            // that transliterates no source word (a misspelling may recur: "Shapsa"
            // twice against "Shapsha" for «Шапша»), else the rarer, else the later.
            let (sa, sb) = (source_keys.contains(&ka), source_keys.contains(&kb));
            let (odd, usual) = if fa.known != fb.known {
                if fa.known {
                    (fb, fa)
                } else {
                    (fa, fb)
                }
            } else if sa != sb {
                if sa {
                    (fb, fa)
                } else {
                    (fa, fb)
                }
            } else if fa.spans.len() < fb.spans.len() {
                (fa, fb)
            } else {
                (fb, fa)
            };
            // TC410 has judged this pair from the source side already.
            let judged = |f: &Form| f.spans.iter().any(|s| reported.contains(&(s.start, s.end)));
            if judged(odd) || judged(usual) || !flagged.insert(odd.text.to_lowercase()) {
                continue;
            }
            // Which spelling the source supports, when one transliterates a source
            // word and the other does not.
            let support = match (
                supported_by(&pair.name_key_target(&usual.text.to_lowercase())),
                supported_by(&pair.name_key_target(&odd.text.to_lowercase())),
            ) {
                (Some(w), None) => format!("; the source's «{w}» supports «{}»", usual.text),
                (None, Some(w)) => format!("; the source's «{w}» supports «{}»", odd.text),
                _ => String::new(),
            };
            for span in &odd.spans {
                out.push(
                    Finding::new(
                        r,
                        format!(
                            "«{}» is spelled «{}» elsewhere in the translation ({} time{}){support}",
                            odd.text,
                            usual.text,
                            usual.spans.len(),
                            if usual.spans.len() == 1 { "" } else { "s" }
                        ),
                    )
                    .target(*span)
                    .suggest(usual.text.clone()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::fired;

    #[test]
    fn the_spelling_that_transliterates_the_source_is_the_usual_one() {
        let ru = "Губернатор Владислав Шапша открыл центр. Шапша сказал, что центр важен. По словам Шапши, врачей хватает.";
        let en = "Governor Vladislav Shapsha opened the centre. Shapsa said the centre was important. According to Shapsa, there are enough doctors.";
        assert_eq!(
            fired(ru, en, "spelling-variant"),
            vec!["Shapsa".to_string(), "Shapsa".to_string()]
        );
    }

    #[test]
    fn the_message_says_which_spelling_the_source_supports() {
        let ru = "Губернатор Владислав Шапша открыл центр. Шапша сказал, что центр важен. По словам Шапши, врачей хватает.";
        let en = "Governor Vladislav Shapsha opened the centre. Shapsa said the centre was important. According to Shapsa, there are enough doctors.";
        let messages: Vec<String> = crate::checks::testing::findings(ru, en)
            .into_iter()
            .filter(|f| f.rule.name == "spelling-variant")
            .map(|f| f.message)
            .collect();
        assert!(!messages.is_empty());
        assert!(
            messages.iter().all(|m| m.contains("supports «Shapsha»")),
            "{messages:?}"
        );
        // Neither spelling transliterates a source word: nothing to say.
        let ru = "Компания выпустила пылесос.\n\nПылесос стоит дорого.";
        let en = "The company released the Vortexa vacuum cleaner.\n\nThe Vortexxa costs a lot.";
        assert!(crate::checks::testing::findings(ru, en)
            .iter()
            .filter(|f| f.rule.name == "spelling-variant")
            .all(|f| !f.message.contains("supports")));
    }

    #[test]
    fn a_variant_tc410_reports_is_not_reported_twice() {
        let ru = "Дмитрий Ломсадзе стал пятым.\n\nПо словам Ломсадзе, экзамен был трудным.\n\nЛомсадзе поступил в МГУ.";
        let en = "Dmitry Lomsadze came fifth.\n\nAccording to Lomsaadze, the exam was hard.\n\nLomsadze entered Moscow State University.";
        let mut both = fired(ru, en, "spelling-variant");
        both.extend(fired(ru, en, "inconsistent-rendering"));
        assert_eq!(both, vec!["Lomsaadze".to_string()]);
    }

    #[test]
    fn y_and_iy_endings_of_one_surname_are_variants() {
        // The second paragraph names him by a pronoun, so no source name ties the two.
        let ru = "Козловский ответил журналистам.\n\nПо его словам, пик близко.";
        let en = "Kozlovsky answered journalists.\n\nAccording to Kozlovskiy, the peak is near.";
        assert_eq!(
            fired(ru, en, "spelling-variant"),
            vec!["Kozlovskiy".to_string()]
        );
        let en = "Kozlovsky answered journalists.\n\nAccording to Kozlovsky, the peak is near.";
        assert!(fired(ru, en, "spelling-variant").is_empty());
    }

    #[test]
    fn a_name_the_source_does_not_tie_is_still_compared() {
        // The English-only product name has no Russian counterpart to tie it to.
        let ru = "Компания выпустила пылесос.\n\nПылесос стоит дорого.";
        let en = "The company released the Vortexa vacuum cleaner.\n\nThe Vortexxa costs a lot.";
        assert_eq!(
            fired(ru, en, "spelling-variant"),
            vec!["Vortexxa".to_string()]
        );
    }

    #[test]
    fn a_common_english_name_misspelt() {
        let ru = "В главной роли известный актёр.\n\nАктёр сыграл злодея.";
        let en = "Starring Patrick Wilson.\n\nWilsson played the villain.";
        assert_eq!(
            fired(ru, en, "spelling-variant"),
            vec!["Wilsson".to_string()]
        );
    }

    #[test]
    fn an_established_name_misspelt() {
        let ru = "В Москве жарко.\n\nВ Москве ожидается дождь.";
        let en = "It is hot in Moscow.\n\nRain is expected in Mosccow.";
        // Tied to «Москве», the source-side check reports it; this rule stays quiet.
        assert_eq!(
            fired(ru, en, "inconsistent-rendering"),
            vec!["Mosccow".to_string()]
        );
        assert!(fired(ru, en, "spelling-variant").is_empty());
        // Untied (the source says "the capital"), this rule reports it.
        let ru = "В Москве жарко.\n\nВ столице ожидается дождь.";
        assert_eq!(
            fired(ru, en, "spelling-variant"),
            vec!["Mosccow".to_string()]
        );
    }

    #[test]
    fn derived_words_and_different_names_are_not_variants() {
        for (ru, en) in [
            (
                "Израиль ответил. Израильская армия усилила границу.",
                "Israel responded. The Israeli army reinforced the border.",
            ),
            (
                "Иван Петров и Мария Петрова пришли.",
                "Ivan Petrov and Maria Petrova came.",
            ),
            (
                "Алина и Алёна пришли. Алина ушла.",
                "Alina and Alena came. Alina left.",
            ),
            (
                "Иран и Ирак подписали соглашение.",
                "Iran and Iraq signed an agreement.",
            ),
            (
                "В ролях Эндрю Гарфилд. Верстка: Андрей Ермаков.",
                "Starring Andrew Garfield. Layout: Andrey Yermakov.",
            ),
            (
                "Дэвид Финчер и Джина Дэвис пришли.",
                "David Fincher and Geena Davis came.",
            ),
            (
                "Will it rain? Уилл Смит ответил.",
                "Will it rain? Will Smith answered.",
            ),
        ] {
            assert!(fired(ru, en, "spelling-variant").is_empty(), "{en}");
        }
    }
}
