//! A speaker's gender changed: Russian past-tense verbs of speech show who spoke
//! («сказала», «заявил»), and machine translation often picks the wrong English
//! pronoun («— отметила Лут» → "he noted"). Flagged only when the source sentence
//! speaks of one gender only and the translation's attribution pronouns are all of the
//! other.

use crate::finding::Finding;
use crate::pipeline::Context;
use crate::rules::{rule, Severity};
use crate::segment::{Sentence, Token, TokenKind};
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

impl Gender {
    fn word(self) -> &'static str {
        match self {
            Gender::Male => "a man",
            Gender::Female => "a woman",
        }
    }
}

/// Masculine past forms of verbs that attribute speech; the feminine adds «а»
/// («сказал» → «сказала», «поделился» → «поделилась»).
const SPEECH_VERBS: &[&str] = &[
    "сказал",
    "заявил",
    "отметил",
    "добавил",
    "пояснил",
    "сообщил",
    "подчеркнул",
    "рассказал",
    "написал",
    "признал",
    "уточнил",
    "напомнил",
    "заметил",
    "ответил",
    "объяснил",
    "констатировал",
    "резюмировал",
    "посетовал",
    "указал",
    "заверил",
    "пообещал",
    "предупредил",
    "заключил",
    "продолжил",
    "спросил",
    "говорил",
    "отвечал",
    "добавлял",
    "подчеркивал",
    "рассказывал",
    "сообщал",
    "заявлял",
    "отмечал",
    "пояснял",
    "уточнял",
    "призвал",
    "считал",
    "полагал",
    "предположил",
    "высказал",
    "прокомментировал",
    "вспомнил",
    "вспоминал",
    "настаивал",
    "возразил",
    "парировал",
    "оценил",
    "признавал",
    "поделился",
    "пожаловался",
    "признался",
    "согласился",
    "выразил",
    "объявил",
    "сообщил",
    "констатировал",
    "акцентировал",
];

/// Common Russian given names in the nominative (lower case, ё as е).
const FEMALE_NAMES: &[&str] = &[
    "оксана",
    "елена",
    "анна",
    "мария",
    "ольга",
    "наталья",
    "наталия",
    "татьяна",
    "ирина",
    "светлана",
    "екатерина",
    "юлия",
    "анастасия",
    "марина",
    "валентина",
    "людмила",
    "галина",
    "дарья",
    "ксения",
    "алла",
    "алина",
    "кристина",
    "виктория",
    "евгения",
    "александра",
    "софия",
    "софья",
    "полина",
    "эльвира",
    "вероника",
    "маргарита",
    "лариса",
    "тамара",
    "нина",
    "зоя",
    "лидия",
    "инна",
    "жанна",
    "яна",
    "диана",
    "ульяна",
    "валерия",
    "олеся",
    "карина",
    "снежана",
    "ангелина",
    "арина",
    "варвара",
    "элина",
    "эльмира",
    "регина",
    "эвелина",
    "элеонора",
    "римма",
    "раиса",
    "антонина",
    "зинаида",
    "клавдия",
    "алена",
    "марианна",
    "елизавета",
    "василиса",
    "милена",
    "майя",
];

const MALE_NAMES: &[&str] = &[
    "александр",
    "алексей",
    "андрей",
    "антон",
    "сергей",
    "дмитрий",
    "владимир",
    "михаил",
    "николай",
    "иван",
    "евгений",
    "игорь",
    "олег",
    "петр",
    "юрий",
    "виктор",
    "виталий",
    "вячеслав",
    "геннадий",
    "георгий",
    "григорий",
    "денис",
    "максим",
    "роман",
    "станислав",
    "федор",
    "борис",
    "вадим",
    "валерий",
    "василий",
    "константин",
    "леонид",
    "анатолий",
    "аркадий",
    "артем",
    "артур",
    "владислав",
    "глеб",
    "егор",
    "кирилл",
    "марат",
    "матвей",
    "руслан",
    "семен",
    "степан",
    "тимур",
    "эдуард",
    "ярослав",
    "филипп",
    "эльдар",
    "рамзан",
    "арсений",
    "всеволод",
    "илья",
    "никита",
    "данила",
    "ростислав",
    "тимофей",
    "геннадий",
    "евгений",
    "даниил",
    "герман",
    "валентин",
    "анатолий",
    "эдуард",
    "святослав",
];

/// Case forms of the given names, with their gender.
fn name_forms() -> &'static HashMap<String, Gender> {
    static M: OnceLock<HashMap<String, Gender>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = HashMap::new();
        let mut add = |n: &str, g: Gender| {
            let (base, last) = n.split_at(n.len() - n.chars().last().map_or(0, char::len_utf8));
            let endings: &[&str] = match last {
                "а" => &["а", "ы", "и", "е", "у", "ой", "ою"],
                "я" => &["я", "и", "е", "ю", "ей", "ею"],
                "й" | "ь" => &["я", "ю", "ем", "е", "и"],
                _ => &["", "а", "у", "ом", "е"],
            };
            if matches!(last, "й" | "ь") {
                m.insert(n.to_string(), g);
            }
            for e in endings {
                let stem = if matches!(last, "а" | "я" | "й" | "ь") {
                    base
                } else {
                    n
                };
                m.insert(format!("{stem}{e}"), g);
            }
        };
        for n in FEMALE_NAMES {
            add(n, Gender::Female);
        }
        for n in MALE_NAMES {
            add(n, Gender::Male);
        }
        // Fleeting vowels.
        for f in ["павел", "павла", "павлу", "павлом", "павле"] {
            m.insert(f.to_string(), Gender::Male);
        }
        m
    })
}

/// The gender a speech verb form shows.
fn verb_gender(lower: &str) -> Option<Gender> {
    let is = |f: &str| SPEECH_VERBS.contains(&f);
    if is(lower) {
        return Some(Gender::Male);
    }
    if let Some(m) = lower.strip_suffix('а') {
        if m.ends_with('л') && is(m) {
            return Some(Gender::Female);
        }
    }
    if let Some(m) = lower.strip_suffix("лась") {
        if is(&format!("{m}лся")) {
            return Some(Gender::Female);
        }
    }
    None
}

/// What the source sentence says of its speakers' gender.
#[derive(Default)]
struct SourceGender {
    /// Decisive signs: a speech verb next to a person, «по его/её словам», a given name.
    strong: [bool; 2],
    /// Signs that only add doubt: a verb without a person next to it («компания
    /// сообщила»), «он»/«она» (may be things), a surname that may be a man's genitive.
    weak: [bool; 2],
    /// Shown by a verb or «по его/её словам», not only by a name.
    grammatical: bool,
}

impl SourceGender {
    /// The one gender the sentence speaks of, if it is decided and undoubted.
    fn only(&self) -> Option<Gender> {
        let any = |i: usize| self.strong[i] || self.weak[i];
        match (self.strong[0], self.strong[1], any(0), any(1)) {
            (true, false, _, false) => Some(Gender::Male),
            (false, true, false, _) => Some(Gender::Female),
            _ => None,
        }
    }
}

fn words(s: &Sentence) -> Vec<&Token> {
    s.tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect()
}

/// A person's name (a capitalised word, a given name) or «он»/«она» next to a verb:
/// «сказала Лут», «Песков заявил», «сказал он»; not «пресс-служба сообщила».
fn person_next_to(w: &[&Token], k: usize) -> bool {
    let person = |t: &Token| {
        (t.capitalized
            && if t.sentence_initial {
                name_forms().contains_key(&t.lower)
            } else {
                !t.all_caps
            })
            || ["он", "она"].contains(&t.lower.as_str())
    };
    (k > 0 && person(w[k - 1])) || w.get(k + 1).is_some_and(|t| person(t))
}

/// The gender a surname's ending shows: «Захарова», «Вольская» a woman's; «Лосев»,
/// «Вольский» a man's. None for endings without gender («Шойгу», «Матвиенко») and
/// for -ин/-ина, which names places too («Украина заявила», «Пекин заявил»).
fn surname_gender(lower: &str) -> Option<Gender> {
    if ["ова", "ева", "ская", "цкая"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        Some(Gender::Female)
    } else if ["ов", "ев", "ский", "цкий"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        Some(Gender::Male)
    } else {
        None
    }
}

/// A surname opening the sentence next to a speech verb of its gender: «Захарова
/// заявила». `person_next_to` does not trust a capitalised first word (it may be
/// «Компания»), but a surname ending that agrees with the verb is a person.
fn initial_surname_next_to(w: &[&Token], k: usize, verb: Gender) -> bool {
    let agrees = |t: &Token| {
        t.sentence_initial
            && t.capitalized
            && !t.all_caps
            && t.lower.chars().count() > 3
            && surname_gender(&t.lower) == Some(verb)
    };
    (k > 0 && agrees(w[k - 1])) || w.get(k + 1).is_some_and(|t| agrees(t))
}

fn source_gender(sentences: &[&Sentence]) -> SourceGender {
    let mut g = SourceGender::default();
    let idx = |x: Gender| usize::from(x == Gender::Female);
    for s in sentences {
        let w = words(s);
        for (k, t) in w.iter().enumerate() {
            let x = t.lower.as_str();
            if let Some(v) = verb_gender(x) {
                if person_next_to(&w, k) || initial_surname_next_to(&w, k, v) {
                    g.strong[idx(v)] = true;
                    g.grammatical = true;
                } else {
                    g.weak[idx(v)] = true;
                }
            }
            if x == "он" {
                g.weak[0] = true;
            } else if x == "она" {
                g.weak[1] = true;
            }
            if k + 2 < w.len() && x == "по" && w[k + 2].lower == "словам" {
                let who = match w[k + 1].lower.as_str() {
                    "его" => Some(Gender::Male),
                    "ее" => Some(Gender::Female),
                    _ => None,
                };
                if let Some(v) = who {
                    g.strong[idx(v)] = true;
                    g.grammatical = true;
                }
            }
            if t.capitalized && !t.all_caps {
                if let Some(&n) = name_forms().get(x) {
                    // «Роман» opening a sentence may be a novel: a name needs a
                    // capitalised word after it there.
                    if !t.sentence_initial || w.get(k + 1).is_some_and(|n| n.capitalized) {
                        g.strong[idx(n)] = true;
                    }
                } else if !t.sentence_initial
                    && k > 0
                    && w[k - 1].capitalized
                    && ["ова", "ева", "ина", "ская", "цкая", "ой"]
                        .iter()
                        .any(|e| x.ends_with(e))
                {
                    // «Ирина Соколовская», «Елены Петровой»: also a man's genitive
                    // («Антона Силуанова»), so it can only add doubt.
                    g.weak[1] = true;
                }
            }
        }
    }
    g
}

const EN_SPEECH: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "notes",
    "stressed",
    "explained",
    "told",
    "stated",
    "recalled",
    "wrote",
    "writes",
    "continued",
    "emphasized",
    "emphasised",
    "pointed",
    "admitted",
    "insisted",
    "replied",
    "warned",
    "concluded",
    "clarified",
    "commented",
    "remarked",
    "observed",
    "argued",
    "claimed",
    "acknowledged",
    "complained",
    "specified",
    "underlined",
    "asked",
    "announced",
    "believes",
    "believed",
    "thinks",
    "reported",
    "shared",
    "assured",
    "promised",
    "suggested",
    "confirmed",
    "recalls",
    "continues",
    "answered",
    "responded",
    "lamented",
    "summed",
    "went",
];

/// The English attribution pronouns: "he said", "said she", "she also noted",
/// "according to him", "in her words"; with whether the pronoun is tied to a verb of
/// speech (not "his words").
fn target_pronouns(sentences: &[&Sentence]) -> Vec<(Gender, bool, usize, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let w = words(s);
        for (k, t) in w.iter().enumerate() {
            let g = match t.lower.as_str() {
                "he" | "him" | "his" => Gender::Male,
                "she" | "her" => Gender::Female,
                _ => continue,
            };
            let at = |i: isize| {
                usize::try_from(k as isize + i)
                    .ok()
                    .and_then(|i| w.get(i))
                    .map_or("", |t| t.lower.as_str())
            };
            let speech = |x: &str| EN_SPEECH.contains(&x);
            let subject = matches!(t.lower.as_str(), "he" | "she");
            let tied = (subject
                && (speech(at(1)) || (at(1).ends_with("ly") || at(1) == "also") && speech(at(2))))
                || (subject && speech(at(-1)));
            let according = matches!(t.lower.as_str(), "him" | "her")
                && at(-1) == "to"
                && at(-2) == "according";
            let in_words =
                matches!(t.lower.as_str(), "his" | "her") && at(1) == "words" && at(-1) == "in";
            if tied || according || in_words {
                out.push((g, tied || according, si, t.span.clone()));
            }
        }
    }
    out
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let tgt = ctx.target();
    let r = rule("speaker-gender");
    for (b, _) in super::aligned_sentences(ctx) {
        // Sure pairs only, at most two sentences on a side: the pronoun must speak of
        // the source's speaker.
        if b.confidence < 0.9 || b.source.len() > 2 || b.target.len() > 2 {
            continue;
        }
        let ss: Vec<&Sentence> = b.source.clone().map(|g| src.sentence(g).1).collect();
        let ts: Vec<&Sentence> = b.target.clone().map(|g| tgt.sentence(g).1).collect();
        let g = source_gender(&ss);
        let Some(want) = g.only() else {
            continue;
        };
        let pronouns = target_pronouns(&ts);
        if pronouns.is_empty() || pronouns.iter().any(|p| p.0 == want) {
            continue;
        }
        let (_, tied, si, span) = pronouns[0].clone();
        let cue = &tgt.sentence(b.target.start + si).0.text[span.clone()];
        out.push(
            Finding::new(
                r,
                format!(
                    "the source's speaker is {} but the translation says “{cue}”",
                    want.word()
                ),
            )
            .severity(if g.grammatical && tied {
                r.severity
            } else {
                Severity::Warning
            })
            .source(src.sentence_span(b.source.start))
            .target(tgt.span_in(b.target.start + si, span)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{fired, severities};
    use crate::rules::Severity;

    const RULE: &str = "speaker-gender";

    #[test]
    fn a_speech_verb_fixes_the_speakers_gender() {
        let ru = "«Это невозможно», — сказал он.";
        assert_eq!(
            severities(ru, "\"This is impossible,\" she said.", RULE),
            vec![Severity::Error]
        );
        assert!(fired(ru, "\"This is impossible,\" he said.", RULE).is_empty());
        let ru = "«Погода нам помогла», — отметила Лут.";
        assert_eq!(
            severities(ru, "\"The weather helped us,\" he noted.", RULE),
            vec![Severity::Error]
        );
        assert!(fired(ru, "\"The weather helped us,\" Lut noted.", RULE).is_empty());
        assert!(fired(ru, "\"The weather helped us,\" she noted.", RULE).is_empty());
    }

    #[test]
    fn a_given_name_alone_is_a_warning() {
        let ru = "По словам Оксаны Лут, погода помогла.";
        assert_eq!(
            severities(
                ru,
                "According to Oksana Lut, the weather helped, he said.",
                RULE
            ),
            vec![Severity::Warning]
        );
        assert!(fired(ru, "According to Oksana Lut, the weather helped.", RULE).is_empty());
    }

    #[test]
    fn a_surname_opening_the_sentence_is_a_person() {
        let ru = "Смирнова заявила, что проект будет закрыт.";
        for bad in [
            "Smirnova said the project would be closed, he added.",
            "Smirnova said he believed the project would be closed.",
        ] {
            assert_eq!(severities(ru, bad, RULE), vec![Severity::Error], "{bad}");
        }
        assert!(fired(
            ru,
            "Smirnova said she believed the project would close.",
            RULE
        )
        .is_empty());
        // A surname ending that disagrees with the verb, or a word that is no surname,
        // decides nothing.
        for ru in [
            "Компания заявила, что проект будет закрыт.",
            "Украина заявила, что проект будет закрыт.",
            "Смирнов заявила, что проект будет закрыт.",
        ] {
            assert!(
                fired(ru, "It said the project would close, he added.", RULE).is_empty(),
                "{ru}"
            );
        }
    }

    #[test]
    fn two_genders_or_an_institution_are_left_alone() {
        // A man and a woman: the pronoun may be either.
        let ru = "Как рассказала Ирина, ее муж Антон сразу согласился.";
        assert!(fired(
            ru,
            "Irina said her husband Anton agreed at once, he said.",
            RULE
        )
        .is_empty());
        // An institution's verb says nothing about the person in the translation.
        let ru = "Компания сообщила, что Смирнов ушел.";
        assert!(fired(ru, "Smirnov has left, he said.", RULE).is_empty());
        // A woman's surname makes a man's verb doubtful.
        let ru = "Об этом сообщил Иван Петров и Анна Сидорова.";
        assert!(fired(ru, "She said so.", RULE).is_empty());
    }
}
