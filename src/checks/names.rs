//! Proper names and institutions: a source name missing from the translation, replaced
//! by another, or rendered word by word where an established English form exists
//! ("RIA News" for РИА Новости); names the translation adds; and one name spelled two
//! ways in the translation.

use crate::finding::{Finding, Span};
use crate::lang::translit;
use crate::pipeline::{Context, DocSide};
use crate::rules::{rule, Severity};
use crate::segment::{Sentence, Token, TokenKind};
use std::collections::{BTreeMap, HashSet};

/// Keys this similar (Jaro–Winkler) are spellings of one name.
const SAME_NAME: f64 = 0.86;

/// A name found in a source sentence.
#[derive(Debug, Clone)]
pub struct SourceName {
    /// Global sentence index.
    pub g: usize,
    /// Byte range in the unit text.
    pub span: std::ops::Range<usize>,
    /// Spelling keys of each word of the name (from stems, so case endings are gone;
    /// an abbreviation also gets its letter-by-letter key: МЦД → mcd).
    pub keys: Vec<Vec<String>>,
    /// Consonant skeletons of each word, for names that came into Russian from
    /// another language (Клуни ↔ Clooney); see [`translit::skeleton`].
    pub skeletons: Vec<Vec<String>>,
    /// The name's words, lower case.
    pub words: Vec<String>,
    /// Gazetteer entry, when the name is a known entity.
    pub entity: Option<usize>,
    pub text: String,
    /// A single adjective-like word followed by a lower-case noun ("Центристская
    /// партия"): part of a name, not a person.
    pub modifier: bool,
}

/// A capitalised word of a target sentence that may be a name.
#[derive(Debug, Clone)]
pub struct TargetName {
    pub g: usize,
    pub span: std::ops::Range<usize>,
    pub key: String,
    pub skeleton: String,
    pub text: String,
}

fn is_name_token(t: &Token, ctx: &Context) -> bool {
    if t.kind != TokenKind::Word || t.lower.chars().count() < 2 {
        return false;
    }
    let lang = ctx.pair().source;
    let common = ctx.pair().lexicon.is_common_source(&t.stem);
    if t.all_caps {
        // Roman numerals, common abbreviations (ВВП → GDP) and function words set in
        // capitals for emphasis or in a heading («ЭТО») are not names.
        return !common
            && !lang.is_stopword(&t.lower)
            && !t.lower.chars().all(|c| "ivxlcdm".contains(c));
    }
    // A capitalised word the lexicon knows ("Центральный банк") is translated, not
    // transliterated; only unknown capitalised words are names. Surnames made from
    // common words (Лыков from лыко, Соколов, Попов) share their stem, so inside a
    // sentence a possessive surname form stays a name.
    let surname = !t.sentence_initial && possessive_surname(&t.lower);
    t.capitalized
        && !compound_common_adjective(t, ctx)
        && !lang.is_stopword(&t.lower)
        && (!common || surname)
        && lang.number_word(&t.lower).is_none()
}

/// «Среднесибирском», «Нижневолжская», «Верхнерусский»: Средне-, Нижне- or Верхне-
/// (Central or Middle, Lower, Upper) joined to an adjective the lexicon knows
/// («сибирский» Siberian). It is translated word by word ("Central Siberian"), not
/// transliterated; a town made so (Нижнекамск) keeps an unknown root and stays a name.
fn compound_common_adjective(t: &Token, ctx: &Context) -> bool {
    let Some(rest) = ["средне", "нижне", "верхне"]
        .iter()
        .find_map(|p| t.lower.strip_prefix(p))
    else {
        return false;
    };
    rest.chars().count() >= 5
        && crate::lang::ru_en::gazetteer::ADJECTIVE_ENDINGS
            .iter()
            .any(|e| rest.ends_with(e))
        && ctx
            .pair()
            .lexicon
            .is_common_source(&ctx.pair().source.stem(rest))
}

/// Units written with capitals after a number («4,8 ГГц», «1,2 Гбит/с», «300 МВт»),
/// lower case: measures, not names. The two-letter ones («КБ», «ГБ») are also bodies'
/// abbreviations (конструкторское бюро), so they need the number before them.
const UNIT_ABBREVIATIONS: &[&str] = &[
    "гц",
    "кгц",
    "мгц",
    "ггц",
    "тгц",
    "бит",
    "кбит",
    "мбит",
    "гбит",
    "тбит",
    "кбайт",
    "мбайт",
    "гбайт",
    "тбайт",
    "кб",
    "мб",
    "гб",
    "тб",
    "вт",
    "квт",
    "мвт",
    "гвт",
    "твт",
    "мпа",
    "гпа",
    "дж",
    "кдж",
    "мдж",
    "гдж",
    "мач",
    "ач",
    "дб",
];

/// English unit abbreviations written with capitals, lower case.
const ENGLISH_UNITS: &[&str] = &[
    "hz", "khz", "mhz", "ghz", "thz", "kbps", "mbps", "gbps", "tbps", "kbit", "mbit", "gbit",
    "tbit", "kb", "mb", "gb", "tb", "kw", "mw", "gw", "tw", "kwh", "mwh", "gwh", "twh", "mpa",
    "gpa", "kpa", "mj", "gj", "kj", "mah", "db",
];

/// Whether word `t` of a sentence is a unit abbreviation: a listed unit after a number,
/// or one of three letters or more anywhere («диапазон ГГц»).
fn unit_abbreviation(t: &Token, tokens: &[Token]) -> bool {
    if !UNIT_ABBREVIATIONS.contains(&t.lower.as_str()) {
        return false;
    }
    let after_number = tokens
        .iter()
        .rev()
        .filter(|x| x.span.end <= t.span.start)
        .find(|x| x.kind != TokenKind::Space)
        .is_some_and(|x| x.kind == TokenKind::Number);
    after_number || t.lower.chars().count() >= 3
}

/// An abbreviation with small letters inside («УрФУ», «СПбГУ»): a name of its own,
/// not the first word of the person named after it.
fn mixed_case_abbreviation(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.iter().filter(|c| c.is_uppercase()).count() >= 2
        && chars.iter().any(|c| c.is_lowercase())
        // «ВаБу» is a stylised name; abbreviations end in a capital (УрФУ, РАНХиГС).
        && chars.last().is_some_and(|c| c.is_uppercase())
}

/// An English word ending like a transliterated Russian surname ("Belov", "Sokolova",
/// "Zelensky", "Tkachenko"): a name even when Snowball cuts a common word to the same
/// stem ("beloved" → "belov").
pub(crate) fn surname_shaped_en(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ev", "yov", "ova", "eva", "sky", "skiy", "skaya", "enko", "vich", "yan",
    ];
    lower.chars().count() >= 5
        && lower.chars().all(|c| c.is_ascii_alphabetic())
        && ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Case endings of the -ов/-ев/-ин/-ын surnames (Лыков, Соколовой, Пушкину).
const POSSESSIVE_SURNAME_ENDINGS: &[&str] = &[
    "ов", "ова", "ову", "овым", "овой", "ове", "ев", "ёв", "ева", "ёва", "еву", "евым", "евой",
    "еве", "ин", "ина", "ину", "иным", "иной", "ине", "ын", "ына", "ыну", "ыным",
];

/// A case form of an -ов/-ев/-ин/-ын surname.
fn possessive_surname(lower: &str) -> bool {
    lower.chars().count() >= 5
        && POSSESSIVE_SURNAME_ENDINGS
            .iter()
            .any(|e| lower.ends_with(e))
}

/// Spelling keys of words capitalised in the middle of a sentence somewhere in the source: a
/// sentence-initial capitalised word is a name only if it also appears so ("Собянин
/// заявил…" after "…мэр Собянин"), or it is in the gazetteer.
pub fn mid_sentence_capitals(side: &DocSide) -> HashSet<String> {
    let mut set = HashSet::new();
    for g in 0..side.index.total {
        let (_, s, _, _) = side.sentence(g);
        for t in s
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.capitalized && !t.sentence_initial)
        {
            set.insert(source_key(&t.lower));
        }
    }
    set
}

/// An abbreviation whose English form has the same letters in another order, as
/// English puts the adjective first: «РФБ» (Российская федерация баскетбола) ↔ "RBF".
fn abbreviation_reordered(ru_word: &str, en: &str) -> bool {
    let en_letters: Vec<char> = en.chars().filter(char::is_ascii_alphabetic).collect();
    if !(2..=5).contains(&en_letters.len()) || !en_letters.iter().all(char::is_ascii_uppercase) {
        return false;
    }
    if !ru_word.chars().all(crate::lang::is_cyrillic) {
        return false;
    }
    let sorted = |s: &str| {
        let mut v: Vec<char> = s.chars().flat_map(char::to_lowercase).collect();
        v.sort_unstable();
        v
    };
    let ru = letter_key(ru_word);
    ru.len() == en_letters.len() && sorted(&ru) == sorted(&en_letters.iter().collect::<String>())
}

/// Letter-by-letter romanisation of an abbreviation (МЦД → mcd, РБК → rbk).
fn letter_key(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'й' | 'ы' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "c",
            'ч' => "ch",
            'ш' | 'щ' => "sh",
            'ю' => "yu",
            'я' => "ya",
            _ => "",
        })
        .collect()
}

/// Spelling keys of a word of a source name: from its stem first (the clustering key),
/// then from the word itself, because Snowball cuts names too short ("Сомов" → "сом").
fn token_skeletons(t: &Token) -> Vec<String> {
    let mut v = vec![translit::skeleton(&translit::romanize_ru(&t.lower))];
    let st = translit::skeleton(&translit::romanize_ru(&t.stem));
    if !v.contains(&st) {
        v.push(st);
    }
    for word in foreign_respellings(&t.lower) {
        let s = translit::skeleton(&translit::romanize_ru(&word));
        if !v.contains(&s) {
            v.push(s);
        }
    }
    for town in place_adjective_towns(&t.lower) {
        let s = translit::skeleton(&translit::romanize_ru(&town));
        if !v.contains(&s) {
            v.push(s);
        }
    }
    v
}

/// A foreign name spelt in Russian comes back in its own spelling: х is Spanish j
/// (Хара Jara, Хименес Jiménez), ц is the c of Slavic and Italian names (Фицо Fico,
/// Чичероне). The word with those letters given in Latin, for romanisation.
fn foreign_respellings(word: &str) -> Vec<String> {
    // French names keep their silent endings and digraphs: Буше Boucher or Bouchet,
    // Роже Roger, Пуаре Poiret (у is ou, ш is ch, a final е an -er or -et). Only after
    // ш, ж or р: a Russian case ending -е («Лондоне») must not gain them.
    let mut v = Vec::new();
    if let Some(stem) = word
        .strip_suffix('е')
        .filter(|s| s.chars().count() >= 3 && s.ends_with(['ш', 'ж', 'р']))
    {
        let french: String = stem.replace('у', "ou").replace('ш', "ch");
        v.push(format!("{french}er"));
        v.push(format!("{french}et"));
    }
    if !word.contains(['х', 'ц']) {
        return v;
    }
    let both: String = word
        .chars()
        .map(|c| match c {
            'х' => 'j',
            'ц' => 'c',
            c => c,
        })
        .collect();
    v.push(both);
    if word.contains('х') && word.contains('ц') {
        v.push(word.replace('х', "j"));
        v.push(word.replace('ц', "c"));
    }
    v
}

fn token_keys(t: &Token) -> Vec<String> {
    let mut keys = vec![source_key(&t.stem)];
    let whole = source_key(&t.lower);
    if !keys.contains(&whole) {
        keys.push(whole);
    }
    if t.all_caps {
        keys.push(translit::key(&letter_key(&t.lower)));
    }
    for word in foreign_respellings(&t.stem)
        .into_iter()
        .chain(foreign_respellings(&t.lower))
    {
        let k = source_key(&word);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    for town in place_adjective_towns(&t.lower) {
        let k = source_key(&town);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys
}

/// The town a place adjective is made from, as English names the region after it:
/// «Калужской» (области) → Калуг(а) "Kaluga", «Саратовском» → Саратов "Saratov",
/// «Ярославской» → Ярослав(ль). The -ск- suffix and the ending go; a ж before them was
/// a г or a з in the town's name (Калуга, Кавказ).
fn place_adjective_towns(lower: &str) -> Vec<String> {
    let Some(base) = crate::lang::ru_en::gazetteer::ADJECTIVE_ENDINGS
        .iter()
        .find_map(|e| lower.strip_suffix(e))
        .and_then(|b| b.strip_suffix("ск"))
    else {
        return Vec::new();
    };
    if base.chars().count() < 3 {
        return Vec::new();
    }
    let mut v = vec![base.to_string()];
    if let Some(head) = base.strip_suffix('ж') {
        v.push(format!("{head}г"));
        v.push(format!("{head}з"));
    }
    v
}

/// Names of a source sentence: gazetteer entities first, then runs of capitalised
/// words the lexicon does not know (outside «quoted titles»).
pub fn source_names(
    ctx: &Context,
    side: &DocSide,
    g: usize,
    mid_caps: &HashSet<String>,
) -> Vec<SourceName> {
    let (unit, s, _, _) = side.sentence(g);
    let words: Vec<&Token> = s
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    let stems: Vec<String> = words.iter().map(|t| t.stem.clone()).collect();
    let gaz = &ctx.pair().gazetteer;
    let mut taken = vec![false; words.len()];
    let mut out = Vec::new();
    let folded: Vec<String> = words.iter().map(|t| t.lower.clone()).collect();
    let mut matches = gaz.find(&stems, &folded);
    // An entry starting with a common word («правительство РФ») counts only when
    // capitalised; its capitalised words («РФ») are then names of their own.
    let mut k = 0;
    while k < matches.len() {
        let m = matches[k].clone();
        if !words[m.first].capitalized && m.last > m.first {
            let tail = m.first + 1..m.last + 1;
            for mut sub in gaz.find(&stems[tail.clone()], &folded[tail]) {
                sub.first += m.first + 1;
                sub.last += m.first + 1;
                matches.push(sub);
            }
        }
        k += 1;
    }
    for m in matches {
        // Entries that are also common words ("газ", "Звезда") count only when
        // capitalised, and not as the first word of a sentence ("Правда, …").
        let first = words[m.first];
        // «Айсен Николаев»: a town named like a surname (Николаев, Пушкин), right after
        // a given name or another unknown capitalised word, is a person's surname.
        let after_name = m.first == m.last
            && m.first > 0
            && !taken[m.first - 1]
            && is_place_kind(&gaz.entries[m.entry].kind)
            && possessive_surname(&first.lower)
            && {
                let p = words[m.first - 1];
                // Not a village before its region («Хомутово Иркутского»).
                let name_like = !p.sentence_initial
                    && is_name_token(p, ctx)
                    && !p.lower.ends_with(['о', 'е', 'ы', 'и']);
                p.capitalized
                    && !p.all_caps
                    && adjacent(&unit.text, p, first)
                    && (is_given_name(p) || name_like)
                    && gaz.entries.iter().all(|e| {
                        crate::lang::fold(&e.ru.to_lowercase()) != crate::lang::fold(&p.lower)
                    })
            };
        if after_name || other_surname_after_given_name(&words, &m, &gaz.entries[m.entry], unit) {
            continue;
        }
        if !first.capitalized
            || (first.sentence_initial
                && m.first == m.last
                && !first.all_caps
                && ctx.pair().lexicon.is_common_source(&first.stem)
                && !person_like(&first.lower))
        {
            continue;
        }
        for t in taken.iter_mut().take(m.last + 1).skip(m.first) {
            *t = true;
        }
        let span = words[m.first].span.start..words[m.last].span.end;
        out.push(SourceName {
            g,
            skeletons: words[m.first..=m.last]
                .iter()
                .map(|t| token_skeletons(t))
                .collect(),
            words: words[m.first..=m.last]
                .iter()
                .map(|t| t.lower.clone())
                .collect(),
            modifier: false,
            keys: words[m.first..=m.last]
                .iter()
                .map(|t| token_keys(t))
                .collect(),
            entity: Some(m.entry),
            text: unit.text[span.clone()].to_string(),
            span,
        });
    }
    let quoted = quoted_ranges(&unit.text, s);
    // A capitalised common word right after a given name is a surname («Анна Кари»,
    // «Иван Кара»), whatever else the lexicon says it means.
    let surname_after_given_name = |i: usize| {
        let t = words[i];
        i > 0
            && t.capitalized
            && !t.all_caps
            && !t.sentence_initial
            && !ctx.pair().source.is_stopword(&t.lower)
            // «Николай Второй» is Nicholas II.
            && ctx.pair().source.number_word(&t.lower).is_none()
            && words[i - 1].capitalized
            && is_given_name(words[i - 1])
            && adjacent(&unit.text, words[i - 1], t)
    };
    // A given name whose stem is also a common word's (Елена and «ел», Вера and
    // «вера») is a name before a capitalised word: «Елена Сорокина».
    let given_name_before_surname = |i: usize| {
        let t = words[i];
        t.capitalized
            && !t.all_caps
            && !t.sentence_initial
            && !ctx.pair().source.is_stopword(&t.lower)
            && crate::lang::ru_en::person_names_all()
                .contains(translit::romanize_ru(&t.lower).as_str())
            && words
                .get(i + 1)
                .is_some_and(|n| n.capitalized && !n.all_caps && adjacent(&unit.text, t, n))
    };
    // An unknown word shaped like a surname opening the sentence before a past-tense
    // verb is its subject: «Ширяев набрал 47 очков», «Памфилова заявила».
    let surname_subject = |i: usize| {
        let t = words[i];
        // «Каковы были…», «Таковы были…» are pronouns shaped like surnames.
        !["каков", "таков"].iter().any(|p| t.lower.starts_with(p))
            && (russian_surname(&t.lower) || possessive_surname(&t.lower))
            && words.get(i + 1).is_some_and(|v| {
                !v.capitalized
                    && ["л", "ла", "ли", "ло"]
                        .iter()
                        .any(|e| v.lower.ends_with(e) && v.lower.chars().count() >= 4)
            })
    };
    // A quoted name is a title, translated, unless it names a company, a club or a
    // shop («авиакомпания «Победа»», «сеть «Живика»») or is a word the lexicon does not
    // know after a place adjective («турецкий «Фенербахче»»): then it is transliterated
    // like any name.
    let brands: Vec<&std::ops::Range<usize>> = quoted
        .iter()
        .filter(|q| {
            let inside: Vec<&&Token> = words.iter().filter(|t| q.contains(&t.span.start)).collect();
            let before = words.iter().rev().find(|t| t.span.end < q.start);
            let is_kind = |t: &Token| {
                ORGANISATION_KINDS.iter().any(|k| t.lower.starts_with(k))
                    || (t.all_caps && ORGANISATION_FORMS.contains(&t.lower.as_str()))
            };
            // «сети «Живика» и «Радуга»»: the kind may stand before a list of names.
            let kind = words
                .iter()
                .rev()
                .filter(|t| t.span.end < q.start)
                .take(4)
                .take_while(|t| t.lower == "и" || t.capitalized || is_kind(t))
                .any(|t| is_kind(t));
            // «турецкий «Фенербахче»», «питерский «Зенит»»: a club of a place; a title
            // follows «фильм», «книга» and may use rare words («Хищники»).
            let of_place = before.is_some_and(|b| {
                !b.capitalized
                    && ["ский", "ская", "ского", "ской", "цкий", "цкая", "цкого"]
                        .iter()
                        .any(|e| b.lower.ends_with(e))
            });
            let unknown = of_place
                && inside.len() <= 2
                && inside
                    .iter()
                    .all(|t| t.capitalized && !ctx.pair().lexicon.is_common_source(&t.stem));
            !inside.is_empty() && (kind || unknown)
        })
        .collect();
    let in_brand = |t: &Token| brands.iter().any(|q| q.contains(&t.span.start));
    let usable = |i: usize| {
        let t = words[i];
        let brand = in_brand(t) && t.capitalized && !ctx.pair().source.is_stopword(&t.lower);
        !taken[i]
            && !unit_abbreviation(t, &s.tokens)
            && (brand || !quoted.iter().any(|q| q.contains(&t.span.start)))
            && (brand
                || is_name_token(t, ctx)
                || surname_after_given_name(i)
                || given_name_before_surname(i))
            && (!t.sentence_initial
                || t.all_caps
                || {
                    // Compare spelling keys: "Песков" and "Пескова" share no Snowball stem.
                    let k = source_key(&t.lower);
                    mid_caps.iter().any(|m| key_matches(m, &k))
                }
                || surname_subject(i))
    };
    let mut i = 0;
    while i < words.len() {
        if !usable(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < words.len()
            && usable(j + 1)
            && adjacent(&unit.text, words[j], words[j + 1])
            // An abbreviation is a name of its own: "НАСА Майкл Торн" is two names.
            && words[j].all_caps == words[j + 1].all_caps
            // «Ректор УрФУ Виктор Кокшаров»: the university is not the rector's name.
            && !mixed_case_abbreviation(&unit.text[words[j].span.clone()])
            && !mixed_case_abbreviation(&unit.text[words[j + 1].span.clone()])
        {
            j += 1;
        }
        let span = words[i].span.start..words[j].span.end;
        out.push(SourceName {
            g,
            keys: words[i..=j].iter().map(|t| token_keys(t)).collect(),
            skeletons: words[i..=j].iter().map(|t| token_skeletons(t)).collect(),
            words: words[i..=j].iter().map(|t| t.lower.clone()).collect(),
            modifier: i == j && {
                let next_lower = words
                    .get(j + 1)
                    .is_some_and(|n| !n.capitalized && adjacent(&unit.text, words[j], n));
                let l = &words[j].lower;
                next_lower
                    && [
                        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "ому", "ым",
                        "ом", "ую", "ых", "ой", "ей",
                    ]
                    .iter()
                    .any(|e| l.ends_with(e))
            },
            entity: None,
            text: unit.text[span.clone()].to_string(),
            span,
        });
        i = j + 1;
    }
    // "Сергей" + the gazetteer's "Собянин" is one person.
    out.sort_by_key(|n| n.span.start);
    let is_person = |n: &SourceName| n.entity.is_some_and(|e| gaz.entries[e].kind == "person");
    let mut merged: Vec<SourceName> = Vec::new();
    for n in out {
        match merged.last_mut() {
            Some(m)
                if unit.text[m.span.end..n.span.start]
                    .chars()
                    .all(|c| c == ' ' || c == '\u{a0}')
                    && is_abbreviation(&m.text) == is_abbreviation(&n.text)
                    && !mixed_case_abbreviation(&m.text)
                    && !mixed_case_abbreviation(&n.text)
                    && ((m.entity.is_none() && (n.entity.is_none() || is_person(&n)))
                        || (is_person(m) && n.entity.is_none())) =>
            {
                m.span.end = n.span.end;
                m.keys.extend(n.keys);
                m.skeletons.extend(n.skeletons);
                m.words.extend(n.words);
                m.entity = m.entity.or(n.entity);
                m.text = unit.text[m.span.clone()].to_string();
            }
            _ => merged.push(n),
        }
    }
    merged
}

/// "НАСА", "МИД": every letter upper case.
fn is_abbreviation(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Words a headline may have.
const HEADLINE_WORDS: usize = 12;

/// A paragraph that reads like a headline: short, without a full stop at the end.
fn headline_like(paragraph: &str) -> bool {
    let t = paragraph.trim();
    !t.ends_with(['.', '!', '?', '…', ':', ';'])
        && !t.contains(['\n'])
        && t.split_whitespace().count() <= HEADLINE_WORDS
}

fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    text[a.span.end..b.span.start]
        .chars()
        .all(|c| c == ' ' || c == '-' || c == '\u{a0}')
}

/// Nouns (word beginnings) before a quoted name that make it a company's, a club's or a
/// shop's: transliterated ("Pobeda"), not translated as a title is.
const ORGANISATION_KINDS: &[&str] = &[
    "компани",
    "авиакомпани",
    "клуб",
    "сеть",
    "сети",
    "сетью",
    "газет",
    "издани",
    "банк",
    "холдинг",
    // «группа», not «группировка «Исламское государство»», whose name is translated.
    "группа",
    "группы",
    "группе",
    "группу",
    "группой",
    "ооо",
    "оао",
    "пао",
    "зао",
    "концерн",
    "завод",
    "предприяти",
    "агентств",
    "телеканал",
    "радиостанци",
    "портал",
    "сервис",
    "бренд",
    "производител",
    "оператор",
    "ритейлер",
    "магазин",
    "ресторан",
    "гостиниц",
    "отел",
    "фк",
    "хк",
    // «команда», not «командир».
    "команда",
    "команды",
    "команде",
    "команду",
    "командой",
    "корпораци",
    "фирм",
    "застройщик",
    "перевозчик",
    "маркетплейс",
    // Places named in quotes are transliterated too: metro and railway stations
    // («станции «Доватора» и «Вокзальная»»), airports, stadiums, housing estates,
    // shopping centres.
    "станци",
    "аэропорт",
    "стадион",
    "жк",
    "тц",
    "трц",
];

/// Abbreviated legal and business forms before a quoted company name («ФГ «Финам»»,
/// «ИК «Фридом Финанс»»), matched whole: as prefixes they would catch ordinary words.
const ORGANISATION_FORMS: &[&str] = &[
    "ао", "ак", "ано", "гк", "гуп", "ик", "муп", "нко", "нпо", "ск", "тд", "ук", "фг", "фгуп",
];

/// Words a quoted title may have: a longer quotation is speech, whose names are checked
/// («Мы считаем, что показания Андрея Мельникова не подтверждены», — сказал адвокат).
const QUOTED_TITLE_WORDS: usize = 6;

/// Byte ranges of the quoted titles of a sentence («Зенит», «Война и мир»).
fn quoted_ranges(text: &str, s: &Sentence) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open = None;
    let mut words = 0;
    for t in &s.tokens {
        match text[t.span.clone()].chars().next() {
            Some('«') | Some('„') => {
                open = Some(t.span.end);
                words = 0;
            }
            Some('»') | Some('“') => {
                if let Some(o) = open.take() {
                    if words <= QUOTED_TITLE_WORDS {
                        out.push(o..t.span.start);
                    }
                }
            }
            _ if t.kind == TokenKind::Word => words += 1,
            _ => {}
        }
    }
    out
}

fn source_key(stem: &str) -> String {
    translit::key(&translit::romanize_ru(stem))
}

/// Capitalised words of a target sentence that could be names (not the first word of
/// the sentence when it is a common word, not initials such as "Yu." or "P.").
pub fn target_names(ctx: &Context, side: &DocSide, g: usize) -> Vec<TargetName> {
    let (unit, s, _, _) = side.sentence(g);
    let lang = ctx.pair().target;
    let toks = &s.tokens;
    toks.iter()
        .enumerate()
        .filter(|(_, t)| {
            t.kind == TokenKind::Word
                && (t.capitalized || t.all_caps)
                && t.lower.chars().count() >= 2
        })
        .filter(|(i, t)| {
            let initial = (t.lower.chars().count() == 1
                || [
                    "yu", "ya", "ye", "yo", "zh", "kh", "ch", "sh", "ts", "shch", "dzh",
                ]
                .contains(&t.lower.as_str()))
                && !t.all_caps
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.lower == "." && n.span.start == t.span.end);
            !initial
        })
        // Units after a number ("2.4 GHz", "1.2 Gbps", "300 MW") are no names.
        .filter(|(i, t)| {
            let after_number = toks[..*i]
                .iter()
                .rev()
                .find(|p| p.kind != TokenKind::Space)
                .is_some_and(|p| p.kind == TokenKind::Number);
            !(ENGLISH_UNITS.contains(&t.lower.as_str())
                && (after_number || t.lower.chars().count() >= 3))
        })
        .filter(|(i, t)| {
            // A model code ("Be-200", "An-124") is a name whatever the word spells.
            let model_code = toks
                .get(i + 1)
                .is_some_and(|d| d.lower == "-" && d.span.start == t.span.end)
                && toks.get(i + 2).is_some_and(|n| n.kind == TokenKind::Number);
            model_code
                || ((t.all_caps || !lang.is_stopword(&t.lower))
                    && lang.number_word(&t.lower).is_none()
                    && (!t.sentence_initial
                        || !ctx.pair().lexicon.is_common_target(&t.stem)
                        || surname_shaped_en(&t.lower)
                        // A club or place the gazetteer names whole ("Metallurg lost").
                        || gazetteer_whole_kind(ctx, &t.lower).is_some()))
        })
        .map(|(_, t)| t)
        .map(|t| {
            // A name left in Cyrillic is the source's name untranslated (TC106 says
            // so), not another name: it keys by its romanisation.
            let latin = if t.lower.chars().any(crate::lang::is_cyrillic) {
                translit::romanize_ru(&t.lower)
            } else {
                t.lower.clone()
            };
            TargetName {
                g,
                span: t.span.clone(),
                key: translit::key(&latin),
                skeleton: translit::skeleton(&latin),
                text: unit.text[t.span.clone()].to_string(),
            }
        })
        .collect()
}

/// How well target word `t` renders word `i` of a source name (None: not at all).
fn word_match(name: &SourceName, i: usize, t: &TargetName) -> Option<f64> {
    if abbreviation_reordered(&name.words[i], &t.text) {
        return Some(1.5);
    }
    // A model code keys by its letters only ("A321" → "a"): compare it whole, the
    // English plural allowed ("Airbus A321s").
    if name.words[i].chars().any(|c| c.is_ascii_digit()) {
        let code = translit::romanize_ru(&name.words[i]);
        let en = normalise_name(&t.text);
        if en == code || en.strip_suffix('s') == Some(code.as_str()) {
            return Some(2.0);
        }
    }
    // Keys alike only at the start (Альцгеймер "altsgeimer", Altstein) need nearly the
    // same consonants as well (one class apart: Гарри, Harry; Аравии, Arabia).
    let consonants_agree = || {
        name.skeletons[i].iter().any(|s| {
            translit::skeletons_match(s, &t.skeleton, true)
                || strsim::levenshtein(s, &t.skeleton) <= 1
        })
    };
    let best_key = name.keys[i]
        .iter()
        .filter(|k| {
            key_matches(k, &t.key)
                && (**k == t.key
                    || translit::key_similarity(k, &t.key) >= 0.93
                    || t.key.starts_with(k.as_str())
                    || k.starts_with(t.key.as_str())
                    || consonants_agree())
        })
        .map(|k| {
            if *k == t.key {
                2.0
            } else {
                1.0 + translit::key_similarity(k, &t.key) * 0.5
            }
        })
        .fold(None, |acc: Option<f64>, x| {
            Some(acc.map_or(x, |a| a.max(x)))
        });
    if best_key.is_some() {
        return best_key;
    }
    let first_ru = name.words[i].chars().next();
    let first_en = t.text.chars().next().map(|c| c.to_ascii_lowercase());
    let same_initial = match (first_ru, first_en) {
        // Уайт ↔ White, Вашингтон ↔ Washington.
        (Some('х'), Some('h')) | (Some('у'), Some('w')) | (Some('в'), Some('w')) => true,
        (Some(a), Some(b)) => translit::romanize_ru(&a.to_string()).starts_with(b),
        _ => false,
    };
    // The same consonants make the same name (Ньюмэн, Newman); nearly the same ones
    // match too much (Кари and Kryuchkov, Крошка and Krivoruchko) unless the spelling
    // is alike as well (Тан, Tang).
    let alike = || {
        name.keys[i]
            .iter()
            .any(|k| translit::key_similarity(k, &t.key) >= 0.8)
    };
    name.skeletons[i]
        .iter()
        .any(|s| {
            translit::skeletons_match(s, &t.skeleton, same_initial)
                && (*s == t.skeleton || (alike() && strsim::levenshtein(s, &t.skeleton) <= 1))
        })
        .then_some(0.9)
}

/// A country name in the genitive right after an abbreviation or a ministry's short
/// name («УК РФ», «МВД России», «Минфин России»).
fn country_of_institution(ctx: &Context, name: &SourceName) -> bool {
    word_before_country(ctx, name).is_some_and(|prev| {
        let abbreviation =
            prev.chars().count() >= 2 && prev.chars().all(|c| c.is_uppercase() && !c.is_ascii());
        abbreviation || (prev.starts_with("Мин") && prev.chars().count() >= 5) || {
            // «правительства РФ», «правительство России»: an institution the
            // gazetteer knows, whose country English may leave implicit.
            let words = [
                crate::lang::fold(&prev.to_lowercase()),
                name.words[0].clone(),
            ];
            let stems: Vec<String> = words.iter().map(|w| ctx.pair().source.stem(w)).collect();
            ctx.pair()
                .gazetteer
                .find(&stems, &words)
                .iter()
                .any(|m| m.first == 0 && m.last == 1)
        }
    })
}

/// The word just before a name that is a gazetteer country, with only a space between.
fn word_before_country<'a>(ctx: &'a Context, name: &SourceName) -> Option<&'a str> {
    let gaz = &ctx.pair().gazetteer;
    if name.entity.is_none_or(|e| gaz.entries[e].kind != "country") {
        return None;
    }
    let text = &ctx.source().sentence(name.g).0.text;
    let before = text[..name.span.start].trim_end_matches(' ');
    if before.len() + 1 != name.span.start && before.len() != name.span.start {
        return None;
    }
    before.rsplit(|c: char| !c.is_alphanumeric()).next()
}

/// A country in the genitive between a title and a person's name («Президент России
/// Владимир Путин» → "President Vladimir Putin"): English drops it once the person is
/// known.
fn country_of_title(ctx: &Context, name: &SourceName) -> bool {
    // «вице-премьер» ends in «премьер».
    const TITLES: &[&str] = &[
        "президент",
        "премьер",
        "министр",
        "глав",
        "посол",
        "лидер",
        "канцлер",
        "корол",
        "монарх",
        "спикер",
        "генсек",
    ];
    let Some(prev) = word_before_country(ctx, name) else {
        return false;
    };
    let prev = prev.to_lowercase();
    let text = &ctx.source().sentence(name.g).0.text;
    let person_follows = text[name.span.end..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    person_follows && TITLES.iter().any(|t| prev.starts_with(t))
}

/// Whether an English word spells a capitalised word of the bead's source sentences.
fn spells_a_source_word(ctx: &Context, bead: Option<&crate::align::Bead>, word: &str) -> bool {
    let Some(b) = bead else { return false };
    let key = translit::key(&normalise_name(word));
    let src = ctx.source();
    b.source.clone().any(|g| {
        src.sentence(g)
            .1
            .tokens
            .iter()
            .filter(|t| t.is_word() && t.capitalized)
            .any(|t| token_keys(t).iter().any(|k| key_matches(k, &key)))
    })
}

/// Whether the text between a body and a name is «имени» or «им.», initials allowed
/// («имени М. В. »).
fn named_after(between: &str) -> bool {
    let mut s = between.trim_end();
    // Drop initials ("М.", "В.") from the end.
    while let Some(rest) = s.strip_suffix('.') {
        let mut chars = rest.chars();
        match chars.next_back() {
            Some(c) if c.is_uppercase() && !chars.as_str().ends_with(char::is_alphabetic) => {
                s = chars.as_str().trim_end();
            }
            _ => break,
        }
    }
    matches!(s.trim_start().to_lowercase().as_str(), "имени" | "им.")
}

/// The gazetteer country named in the genitive right after an institution («МИД КНР»,
/// «Минфин России»).
fn country_after(ctx: &Context, name: &SourceName) -> Option<usize> {
    let text = &ctx.source().sentence(name.g).0.text;
    let rest = text[name.span.end..].strip_prefix(' ')?;
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let stem = ctx.pair().source.stem(&crate::lang::fold(&word));
    let gaz = &ctx.pair().gazetteer;
    gaz.entries.iter().position(|e| {
        e.kind == "country"
            && e.ru.split(' ').count() == 1
            && ctx.pair().source.stem(&crate::lang::fold(&e.ru)) == stem
    })
}

/// Whether a form of a gazetteer entry occurs in the target sentences of a bead.
fn country_rendered(ctx: &Context, entry: usize, b: &crate::align::Bead) -> bool {
    let stems = target_stems(&ctx.target(), b.target.clone());
    ctx.pair().gazetteer.entries[entry]
        .accepted
        .iter()
        .any(|f| form_present(f, &stems, ctx))
}

/// Whether a Russian abbreviation in parentheses is matched by an English acronym in
/// parentheses in the translation of its sentence.
fn acronym_in_parentheses(
    ctx: &Context,
    name: &SourceName,
    bead: Option<&crate::align::Bead>,
) -> bool {
    let parenthesised = |text: &str, span: &std::ops::Range<usize>| {
        text[..span.start].ends_with('(') && text[span.end..].starts_with(')')
    };
    let unit = &ctx.source().sentence(name.g).0.text;
    if name.entity.is_some() || !is_abbreviation(&name.text) || !parenthesised(unit, &name.span) {
        return false;
    }
    let Some(b) = bead else { return false };
    // As many acronyms in parentheses on each side: "(WHO)" does not stand for a
    // dropped «(ВБ)» next to «(ВОЗ)».
    let count = |side: &DocSide, sentences: std::ops::Range<usize>, cyrillic: bool| -> usize {
        sentences
            .map(|g| {
                let (unit, s, _, _) = side.sentence(g);
                s.tokens
                    .iter()
                    .filter(|t| {
                        let w = &unit.text[t.span.clone()];
                        t.is_word()
                            && w.chars().count() >= 2
                            && w.chars().all(|c| {
                                if cyrillic {
                                    c.is_uppercase() && !c.is_ascii()
                                } else {
                                    c.is_ascii_uppercase()
                                }
                            })
                            && parenthesised(&unit.text, &t.span)
                    })
                    .count()
            })
            .sum()
    };
    let n_src = count(&ctx.source(), b.source.clone(), true);
    n_src > 0 && n_src == count(&ctx.target(), b.target.clone(), false)
}

/// An abbreviation the source spells out («Государственном Русском музее (ГРМ)»,
/// earlier or in the same sentence), whose expansion the translation of its sentence
/// renders ("the State Russian Museum", "Russian Museum director"): English gives the
/// full name instead of an unknown acronym.
fn expansion_rendered(ctx: &Context, name: &SourceName, bead: Option<&crate::align::Bead>) -> bool {
    if name.entity.is_some() || !is_abbreviation(&name.text) {
        return false;
    }
    let letters: Vec<char> = name.text.to_lowercase().chars().collect();
    if !(2..=6).contains(&letters.len()) {
        return false;
    }
    let Some(b) = bead else { return false };
    let stems = target_stems(&ctx.target(), b.target.clone());
    let lang = ctx.pair().source;
    let lexicon = &ctx.pair().lexicon;
    let src = ctx.source();
    (0..=name.g).any(|g| {
        let words: Vec<&Token> = src
            .sentence(g)
            .1
            .tokens
            .iter()
            .filter(|t| t.is_word() && !t.all_caps)
            .collect();
        (0..words.len()).any(|start| {
            // Words whose initials spell the abbreviation, function words skipped
            // («Федеральная служба по тарифам», ФСТ).
            let mut run: Vec<&Token> = Vec::new();
            let mut k = start;
            while run.len() < letters.len() && k < words.len() {
                let w = words[k];
                if !run.is_empty() && lang.is_stopword(&w.lower) {
                    k += 1;
                    continue;
                }
                if !w.lower.starts_with(letters[run.len()]) {
                    break;
                }
                run.push(w);
                k += 1;
            }
            if run.len() < letters.len() || !run.iter().any(|w| w.capitalized) {
                return false;
            }
            let rendered = run
                .iter()
                .filter(|w| {
                    lexicon
                        .get(&w.stem)
                        .is_some_and(|ens| ens.iter().any(|e| stems.contains(e)))
                })
                .count();
            rendered >= 2 && rendered * 2 >= run.len()
        })
    })
}

/// The lower-case head noun of an institution's English name ("ministry" for
/// «Минсельхоз», Agriculture Ministry) when the translation of its sentence uses it
/// without a capitalised modifier, as a generic reference.
fn generic_reference(
    ctx: &Context,
    name: &SourceName,
    bead: Option<&crate::align::Bead>,
) -> Option<String> {
    let entry = &ctx.pair().gazetteer.entries[name.entity?];
    if !matches!(
        entry.kind.as_str(),
        "agency" | "org" | "company" | "party" | "media"
    ) {
        return None;
    }
    // The words English news uses for a body of each kind ("the regulator" for «ФАС»,
    // "the company", "the club").
    let kind_words: &[&str] = match entry.kind.as_str() {
        "agency" => &[
            "regulator",
            "watchdog",
            "ministry",
            "agency",
            "service",
            "authority",
            "department",
            "committee",
            "commission",
            "body",
            "office",
            "court",
        ],
        "org" => &[
            "bloc",
            "union",
            "organisation",
            "organization",
            "alliance",
            "body",
            "club",
            "team",
            "side",
            // A club in a match report: "for the visitors", "the hosts".
            "hosts",
            "visitors",
            "guests",
            "association",
            "federation",
            "institute",
            "university",
            "museum",
            "centre",
            "center",
        ],
        "company" => &[
            "company",
            "firm",
            "group",
            "bank",
            "lender",
            "carrier",
            "airline",
            "operator",
            "manufacturer",
            "maker",
            "producer",
            "developer",
            "retailer",
            "chain",
            "plant",
        ],
        "media" => &[
            "outlet",
            "newspaper",
            "paper",
            "agency",
            "channel",
            "broadcaster",
            "publication",
            "station",
        ],
        _ => &[],
    };
    let lang = ctx.pair().target;
    // The head noun of each English form: the word before "of" ("Ministry of
    // Health"), else the last word ("Central Election Commission"); and the kind
    // itself ("the party" for «ЕР», "the company").
    let heads: Vec<String> = entry
        .accepted
        .iter()
        .filter_map(|f| {
            let words: Vec<&str> = f.split(' ').collect();
            let head = match words.iter().position(|w| *w == "of") {
                Some(k) if k > 0 => words[k - 1],
                _ => words.last()?,
            };
            let l = head.to_lowercase();
            (head.chars().next().is_some_and(char::is_uppercase)
                && ctx.pair().lexicon.is_common_target(&lang.stem(&l)))
            .then(|| lang.stem(&l))
        })
        .chain(matches!(entry.kind.as_str(), "party" | "company").then(|| lang.stem(&entry.kind)))
        .collect();
    let kind_stems: Vec<String> = kind_words.iter().map(|w| lang.stem(w)).collect();
    // A club called by its city ("Omsk" for «Авангард», known as Avangard Omsk).
    let home_towns: Vec<String> = if entry.kind == "org" {
        entry
            .accepted
            .iter()
            .filter(|f| f.contains(' '))
            .flat_map(|f| f.split(' '))
            .filter(|w| whole_place_name(ctx, w))
            .map(str::to_lowercase)
            .collect()
    } else {
        Vec::new()
    };
    let tgt = ctx.target();
    bead?.target.clone().find_map(|g| {
        let (unit, s, _, _) = tgt.sentence(g);
        s.tokens.iter().enumerate().find_map(|(i, t)| {
            let text = &unit.text[t.span.clone()];
            let stem = lang.stem(&t.lower);
            // A kind word refers back only with a determiner: "the regulator said",
            // not "regulator approval".
            let determined = s.tokens[..i]
                .iter()
                .rev()
                .find(|p| p.is_word())
                .is_some_and(|p| matches!(p.lower.as_str(), "the" | "this" | "that"));
            let head = t.is_word()
                && (heads.contains(&stem) || (determined && kind_stems.contains(&stem)));
            // "the ministry", not "the Finance Ministry".
            let modified = s.tokens[..i]
                .iter()
                .rev()
                .find(|p| p.is_word())
                .is_some_and(|p| {
                    p.lower != "the"
                        && unit.text[p.span.clone()]
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                        && unit.text[p.span.end..t.span.start].trim().is_empty()
                });
            let home_town = t.is_word() && home_towns.contains(&t.lower);
            ((head && !modified) || home_town).then(|| text.to_string())
        })
    })
}

/// A body or place in the genitive after a common noun of the source («заместитель мэра
/// Москвы», «председателя Банка России», «решение ЦБ», «Голкипер «Металлурга»»): English
/// often leaves it to the context ("Deputy Mayor", "the decision").
fn genitive_of_noun(ctx: &Context, name: &SourceName) -> bool {
    let gaz = &ctx.pair().gazetteer;
    if name
        .entity
        .is_none_or(|e| gaz.entries[e].kind == "person" || gaz.entries[e].kind == "event")
    {
        return false;
    }
    let text = &ctx.source().sentence(name.g).0.text;
    let before = text[..name.span.start].trim_end_matches([' ', '«', '"', '„', '“']);
    if before.len() == name.span.start {
        return false;
    }
    let prev: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = prev.to_lowercase();
    if lower.chars().count() < 3
        || !lower
            .chars()
            .all(|c| crate::lang::is_cyrillic(c) || c == '-')
    {
        return false;
    }
    // Capitalised only as the first word of the sentence.
    let first = before[..before.len() - prev.len()].trim().is_empty();
    if !first && prev.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // Not a preposition, a conjunction or a verb («сообщил ЦБ», «заявили в ЦБ»):
    // those leave the body the subject or the place of the sentence.
    const VERB_ENDINGS: &[&str] = &[
        "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ть", "ться", "ет", "ит", "ут", "ют",
        "ат", "ят", "ется", "ится", "ются", "ятся", "ем", "им",
    ];
    !ctx.pair().source.is_stopword(&lower) && !VERB_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Whether the target sentences have a passive ("were blacklisted", "was
/// convicted") and no "by" to name the agent.
fn agentless_passive(tgt: &DocSide, sentences: std::ops::Range<usize>) -> bool {
    let words: Vec<Vec<&str>> = sentences
        .map(|g| {
            let (_, s, _, _) = tgt.sentence(g);
            s.tokens
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.lower.as_str())
                .collect()
        })
        .collect();
    agentless_passive_words(&words)
}

/// [`agentless_passive`] on the lower-case words of each sentence.
fn agentless_passive_words(sentences: &[Vec<&str>]) -> bool {
    const AUX: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
    const IRREGULAR: &[&str] = &[
        "made", "given", "taken", "held", "built", "sold", "seen", "told", "paid", "sent", "found",
        "brought", "set", "put", "cut", "hit", "shot", "won", "lost", "left", "kept", "known",
        "shown", "written", "chosen", "driven", "thrown", "caught", "bought",
    ];
    if sentences.iter().any(|w| w.contains(&"by")) {
        return false;
    }
    // In the main clause, where the actor was the subject: the auxiliary among the
    // first words ("Another 52 vessels were blacklisted").
    sentences.iter().any(|words| {
        words.iter().enumerate().take(6).any(|(i, w)| {
            AUX.contains(w)
                && words
                    .iter()
                    .skip(i + 1)
                    .take(3)
                    .any(|p| (p.len() >= 5 && p.ends_with("ed")) || IRREGULAR.contains(p))
        })
    })
}

#[cfg(test)]
fn agentless_passive_text(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    agentless_passive_words(&[words])
}

/// A name made of a given name and a patronymic, without a surname.
fn addressed_by_patronymic(name: &SourceName) -> bool {
    const PATRONYMIC: &[&str] = &["овн", "евн", "ичн", "ович", "евич", "ьич"];
    name.words.len() == 2
        && PATRONYMIC.iter().any(|p| {
            let w = &name.words[1];
            w.contains(p) && w.chars().count() >= 6
        })
}

/// A third-person pronoun standing for a person the sentence names («Памфилова
/// заявила» → "she said"), which English prefers once the person is introduced.
/// Whether a source name is a person's: the gazetteer says so, or it reads as a
/// Russian personal name («Соколовой» ends like an adjective but is a surname).
fn is_person(ctx: &Context, name: &SourceName) -> bool {
    match name.entity {
        Some(e) => ctx.pair().gazetteer.entries[e].kind == "person",
        None => {
            !name.modifier
                && (person_like(&name.text)
                    || name.words.len() == 1
                        && (possessive_surname(&name.words[0]) || russian_surname(&name.words[0])))
        }
    }
}

fn pronoun_reference(
    ctx: &Context,
    name: &SourceName,
    bead: Option<&crate::align::Bead>,
) -> Option<String> {
    if !is_person(ctx, name) {
        return None;
    }
    let tgt = ctx.target();
    bead?.target.clone().find_map(|g| {
        let (unit, s, _, _) = tgt.sentence(g);
        s.tokens
            .iter()
            .find(|t| {
                t.is_word() && matches!(t.lower.as_str(), "he" | "she" | "his" | "her" | "him")
            })
            .map(|t| unit.text[t.span.clone()].to_string())
    })
}

/// A surname's nominative for messages: «Соколовой» is shown as Sokolova, not
/// "Sokolovoy", «Зеленского» as Zelensky. Ambiguous forms (Соколова: her name, or his
/// in the genitive) and other words are left as written.
fn surname_nominative(word: &str) -> String {
    let lower = word.to_lowercase();
    const RULES: &[(&str, &str)] = &[
        ("ской", "ская"),
        ("цкой", "цкая"),
        ("ского", "ский"),
        ("скому", "ский"),
        ("ским", "ский"),
        ("цкого", "цкий"),
        ("цкому", "цкий"),
        ("цким", "цкий"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("ёвой", "ёва"),
        ("иной", "ина"),
        ("ыной", "ына"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("иным", "ин"),
    ];
    for (ending, nominative) in RULES {
        if let Some(stem) = lower.strip_suffix(ending) {
            // Long enough to be a surname, not «иной» (other) or «ским».
            if stem.chars().count() >= 3 && word.chars().next().is_some_and(char::is_uppercase) {
                let prefix: String = word.chars().take(stem.chars().count()).collect();
                return format!("{prefix}{nominative}");
            }
        }
    }
    word.to_string()
}

/// The nominative of a given name in the genitive or accusative («Архипа» → Архип,
/// «Андрея» → Андрей), when the list of given names knows it; else the word.
fn given_name_nominative(word: &str) -> String {
    let names = crate::lang::ru_en::person_names_all();
    let known = |w: &str| names.contains(translit::romanize_ru(&w.to_lowercase()).as_str());
    if known(word) {
        return word.to_string();
    }
    let candidates = [
        word.strip_suffix('а').map(String::from),
        word.strip_suffix('у').map(String::from),
        word.strip_suffix('я').map(|b| format!("{b}й")),
        word.strip_suffix('ю').map(|b| format!("{b}й")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|c| c.chars().count() >= 3 && known(c))
        .unwrap_or_else(|| word.to_string())
}

/// Endings of Russian surnames (after a case ending is taken off): these are always
/// transliterated, so their English spelling keeps every consonant.
const SURNAME_SUFFIXES: &[&str] = &["ов", "ев", "ёв", "ин", "ын", "ск", "цк", "ич", "ук", "юк"];

/// Surname endings that do not decline (Мурашко, Черных), so a case ending is never
/// taken off before them (Чжанцзякоу is no «-ко» name).
const INDECLINABLE_SURNAME_SUFFIXES: &[&str] = &["енко", "ко", "их", "ых", "дзе", "швили"];

fn russian_surname(word: &str) -> bool {
    const CASES: &[&str] = &[
        "ого", "ому", "ым", "им", "ом", "ем", "ой", "ую", "ий", "ый", "ая", "а", "у", "е", "ы", "",
    ];
    let long = |w: &str| w.chars().count() >= 5;
    (long(word)
        && INDECLINABLE_SURNAME_SUFFIXES
            .iter()
            .any(|s| word.ends_with(s)))
        || CASES.iter().any(|c| {
            word.strip_suffix(c).is_some_and(|base| {
                base.chars().count() >= 4 && SURNAME_SUFFIXES.iter().any(|s| base.ends_with(s))
            })
        })
}

/// The target word rendering the surname of a person `name` with other consonants than
/// any transliteration has («Фокин» → "Fomin", «Гулевич» → "Gulevish"): a different
/// name that spelling similarity let through. Vowels may vary (Lysenkov, Lisenkov).
fn misspelt_surname<'a>(
    name: &SourceName,
    hits: &[(usize, &'a TargetName)],
) -> Option<&'a TargetName> {
    let last = name.words.len().checked_sub(1)?;
    if name.entity.is_some() || name.modifier || !russian_surname(&name.words[last]) {
        return None;
    }
    let ok = |hit: &TargetName| {
        // "gh" is silent in English names but a hard г in older spellings of Russian
        // ones (Diaghilev); Ukrainian names spell г as h (Honcharenko).
        let lower = hit.text.to_lowercase();
        let hard_gh = translit::skeleton(&lower.replace("gh", "g"));
        let ukrainian_h = translit::skeleton(&ukrainian_h_as_g(&lower));
        name.skeletons[last].iter().any(|s| {
            [&hit.skeleton, &hard_gh, &ukrainian_h].iter().any(|h| {
                *s == **h
                // A case ending adds at most one class (Фокиным "FKNM").
                || (s.starts_with(h.as_str()) && s.chars().count() == h.chars().count() + 1)
            })
        }) || name.keys[last]
            .iter()
            .any(|k| hit.key.starts_with(k.as_str()) || k.starts_with(hit.key.as_str()))
    };
    // Serbian and Croatian -ić written without its accent (Vukovic, Obradovic for
    // «Вукович», «Обрадович») is the name's own spelling.
    let slavic_ic = |hit: &TargetName| {
        let lower = last_word(hit);
        lower.ends_with("ic") && name.keys[last].contains(&translit::key(&format!("{lower}h")))
    };
    let right = |hit: &TargetName| {
        slavic_ic(hit) || (ok(hit) && !spelling_slip(&name.keys[last], &hit.key))
    };
    // Any right spelling among the candidates settles it: "Sorokin" near "Surin" for
    // «Егор Сурин» is the next person of the list, not a misspelling.
    let last_hits: Vec<&TargetName> = hits_of_word(hits, last);
    if last_hits.iter().any(|t| right(t)) {
        return None;
    }
    last_hits.first().copied()
}

/// The nominatives a form of a surname may stand for: «Петрова» is his genitive or her
/// name (Петров, Петрова), «Соколовской» hers (Соколовская, and Соколовский for the
/// family), «Вуковича» Вукович; indeclinable ones (Мутко, Черных) only themselves.
fn surname_nominatives(word: &str) -> Vec<String> {
    let mut v = vec![word.to_string()];
    let mut push = |s: String| {
        if !v.contains(&s) {
            v.push(s);
        }
    };
    if word.chars().count() >= 5
        && INDECLINABLE_SURNAME_SUFFIXES
            .iter()
            .any(|s| word.ends_with(s))
    {
        return v;
    }
    const ADJECTIVE: &[&str] = &[
        "ий", "ая", "ого", "ому", "им", "ом", "ой", "ую", "ие", "их", "ими",
    ];
    for e in ADJECTIVE {
        if let Some(b) = word.strip_suffix(e) {
            if b.ends_with("ск") || b.ends_with("цк") {
                push(format!("{b}ий"));
                push(format!("{b}ая"));
                // Ukrainian and Polish women's form (Zelenska).
                push(format!("{b}а"));
            }
        }
    }
    const POSSESSIVE: &[&str] = &["", "а", "у", "ым", "ой", "е", "ы", "ых", "ыми"];
    const CONSONANT: &[&str] = &["", "а", "у", "ом", "ем", "е", "ы"];
    for e in POSSESSIVE {
        if let Some(b) = word.strip_suffix(e) {
            if b.chars().count() >= 4
                && ["ов", "ев", "ёв", "ин", "ын"]
                    .iter()
                    .any(|s| b.ends_with(s))
            {
                push(b.to_string());
                push(format!("{b}а"));
            }
        }
    }
    for e in CONSONANT {
        if let Some(b) = word.strip_suffix(e) {
            if b.chars().count() >= 4 && ["ич", "ук", "юк"].iter().any(|s| b.ends_with(s)) {
                push(b.to_string());
            }
        }
    }
    v
}

/// Nominatives of a name that is not a Russian-shaped surname: the word and the word
/// without one case ending («Меликяна» → Меликян, «Новаком» → Новак).
fn plain_nominatives(word: &str) -> Vec<String> {
    let mut v = vec![word.to_string()];
    for e in ["а", "у", "ом", "ем", "е", "ы", "ой", "ою", "я", "ю", "ей"] {
        if let Some(b) = word.strip_suffix(e) {
            if b.chars().count() >= 3 && !v.iter().any(|x| x == b) {
                v.push(b.to_string());
            }
        }
    }
    v
}

/// A spelling key stricter than [`translit::key`]: y and i, the ё spellings (yo, e),
/// -iy and -y, kh and h, doubled letters still agree, but c, k and w stay apart, so
/// "Mutco" is not «Мутко» and "Sazanow" not «Сазанов».
fn strict_key(latin: &str) -> String {
    let mut s = String::with_capacity(latin.len());
    for c in latin.chars().flat_map(char::to_lowercase) {
        match c {
            'ć' | 'č' => s.push_str("ch"),
            'š' => s.push_str("sh"),
            'ž' => s.push_str("zh"),
            'á' | 'à' | 'â' | 'ä' => s.push('a'),
            'é' | 'è' | 'ê' | 'ë' => s.push('e'),
            'í' | 'ì' | 'î' | 'ï' => s.push('i'),
            'ó' | 'ò' | 'ô' | 'ö' => s.push('o'),
            'ú' | 'ù' | 'û' | 'ü' => s.push('u'),
            'ý' => s.push('y'),
            c if c.is_ascii_alphabetic() => s.push(c),
            _ => {}
        }
    }
    // A y between consonants transliterates ы only («Быков» Bykov), never и: "Sytnikov"
    // is not «Ситников». It stays apart from i (as a capital, out of the way).
    let consonant = |c: char| c.is_ascii_lowercase() && !"aeiouy".contains(c);
    let chars: Vec<char> = s.chars().collect();
    let s: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between =
                i > 0 && consonant(chars[i - 1]) && chars.get(i + 1).is_some_and(|&n| consonant(n));
            if c == 'y' && between {
                'Y'
            } else {
                c
            }
        })
        .collect();
    let s = s
        .replace("shch", "sh")
        .replace("tsch", "ch")
        .replace("sch", "sh")
        .replace("tch", "ch")
        .replace("kh", "h")
        .replace("gh", "g")
        .replace("ph", "f")
        .replace("tz", "ts")
        .replace('x', "ks")
        .replace("dzh", "J")
        .replace("dj", "J")
        .replace(['y', 'j'], "i")
        // -iyev and -iev (Burgazliyev, Burgazliev) first, then ye and yo.
        .replace("ii", "i")
        .replace("ie", "e")
        .replace("io", "e");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Spelling systems other than the English transliteration of Russian (Polish
/// Kaczyński, Morawiecki; Serbian Đoković, Djokovic): a name so spelt came back in its
/// own language, which the strict comparison cannot judge.
fn foreign_orthography(lower: &str) -> bool {
    let inner_w = lower
        .char_indices()
        .any(|(i, c)| c == 'w' && i + 1 < lower.len());
    inner_w
        || ["cz", "sz", "rz", "dj"].iter().any(|p| lower.contains(p))
        || lower.chars().any(|c| "łńśżźęąđřěåøæßõ".contains(c))
}

/// A given name of a foreign person: letters Russian writes only for foreign sounds
/// (Джоэл, Дэвид, Уильям) or a common English given name (Роберт, Майкл) that is not
/// also a Russian one.
fn foreign_given_name(word: &str) -> bool {
    const ALSO_RUSSIAN: &[&str] = &[
        "anna",
        "maria",
        "alexander",
        "alexandra",
        "victoria",
        "vera",
        "nina",
        "mark",
        "martin",
        "roman",
        "robert",
        "eduard",
        "albert",
        "lev",
        "gleb",
        "kira",
        "alla",
        "inna",
        "oleg",
        "igor",
        "boris",
        "denis",
        "anton",
        "arthur",
        "adam",
        "diana",
        "emma",
        "eva",
        "olga",
        "tina",
        "leonard",
        "karen",
        "timur",
        "ruslan",
        "lilia",
    ];
    let latin = translit::romanize_ru(word);
    let marked = ["дж", "уэ", "уи", "ью", "эй"]
        .iter()
        .any(|m| word.contains(m))
        || word.chars().skip(1).any(|c| c == 'э');
    marked
        || (crate::lang::ru_en::english_person_names().contains(latin.as_str())
            && !ALSO_RUSSIAN.contains(&latin.as_str()))
}

/// Whether the source shows that a name is a person's: a given name before the surname
/// («Виталий Мутко»), a verb of saying before it («заявил Белов») or a past-tense verb
/// after it («Белов заявил»).
fn person_evidence(ctx: &Context, name: &SourceName) -> bool {
    const SAYING: &[&str] = &[
        "заявил",
        "заявила",
        "сообщил",
        "сообщила",
        "сказал",
        "сказала",
        "отметил",
        "отметила",
        "подчеркнул",
        "подчеркнула",
        "добавил",
        "добавила",
        "пояснил",
        "пояснила",
        "рассказал",
        "рассказала",
        "словам",
        "мнению",
        "считает",
    ];
    let text = &ctx.source().sentence(name.g).0.text;
    let before = &text[..name.span.start];
    if after_place_preposition(before) {
        return false;
    }
    let two_words = name.text.split_whitespace().count() >= 2 && person_like(&name.text);
    let prev = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let next: String = text[name.span.end..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let past_after = next.chars().next().is_some_and(char::is_lowercase)
        && next.chars().count() >= 4
        && ["л", "ла", "ли"].iter().any(|e| next.ends_with(e));
    two_words || SAYING.contains(&prev.as_str()) || past_after
}

/// Endings a surname may take in English; one put where the source has another
/// ending, or none, makes another name ("Novakov" for «Новак», "Melikova" for
/// «Меликян»).
const ENGLISH_SURNAME_TAILS: &[&str] = &[
    "ov", "ova", "ev", "eva", "in", "ina", "ski", "skaia", "enko", "ko", "ian", "ic", "ovic",
    "evic", "uk",
];

/// The rendering of a person's surname that no transliteration of any nominative the
/// source form may stand for spells: a changed or added ending («Мутко» → "Mutkov",
/// «Соколовской» → "Sokolova", «Новак» → "Novakov"), another vowel or consonant
/// («Музаев» → "Mazaev", "Mutco"). Names spelt in another language's orthography and
/// known people (checked against the gazetteer) are left alone.
fn unsupported_surname<'a>(
    ctx: &Context,
    name: &SourceName,
    hits: &[(usize, &'a TargetName)],
) -> Option<&'a TargetName> {
    let last = name.words.len().checked_sub(1)?;
    let word = &name.words[last];
    if name.entity.is_some()
        || name.modifier
        || is_abbreviation(&name.text)
        || !word.chars().all(crate::lang::is_cyrillic)
        || !person_evidence(ctx, name)
    {
        return None;
    }
    // «Джоэл Остин» is Joel Osteen: a foreign person's name came into Russian from
    // its own spelling, which transliteration does not give back.
    if name.words[..last].iter().any(|w| foreign_given_name(w)) {
        return None;
    }
    let russian = russian_surname(word) || possessive_surname(word);
    // A place adjective («Смоленской») is a surname only after a given name.
    let adjective = ["ск", "цк"]
        .iter()
        .any(|b| word.contains(b) && !word.ends_with(b));
    if adjective && name.text.split_whitespace().count() < 2 {
        return None;
    }
    let nominatives = if russian {
        surname_nominatives(word)
    } else {
        plain_nominatives(word)
    };
    let mut accepted: Vec<String> = Vec::new();
    for n in &nominatives {
        let mut forms = vec![n.clone()];
        forms.extend(foreign_respellings(n));
        if n.contains('ё') {
            forms.push(n.replace('ё', "о"));
        }
        forms.extend(yo_written_as_ye(n));
        for f in forms {
            let r = translit::romanize_ru(&f);
            // Serbian and Croatian -ić comes back as -ic.
            if let Some(b) = r.strip_suffix("ch") {
                accepted.push(strict_key(&format!("{b}c")));
            }
            accepted.push(strict_key(&r));
            // ы may come out as i ("Lisenkov" for «Лысенков»); и never as y.
            if r.contains('y') {
                accepted.push(strict_key(&r.replace('y', "i")));
            }
        }
    }
    let spellings = |t: &TargetName| -> Vec<String> {
        let lower = last_word(t);
        let mut v = vec![
            lower.clone(),
            ukrainian_h_as_g(&lower),
            lower.replace("ou", "ov"),
        ];
        // Ukrainian spelling writes и as y (Tymoshenko, Lytvynenko, Kyslytsya).
        let ukrainian = ["enko", "uk", "yk", "ych", "skyi", "skyy", "ska", "yi"]
            .iter()
            .any(|e| lower.ends_with(e))
            || lower.contains("ts");
        if ukrainian {
            v.push(lower.replace('y', "i"));
        }
        // A foreign name's initial C (Constantin for «Константин»).
        if let Some(rest) = lower.strip_prefix('c').filter(|r| !r.starts_with('h')) {
            v.push(format!("k{rest}"));
        }
        // A plural place (Кайманов, "Caymans").
        if let Some(b) = lower.strip_suffix('s') {
            v.push(format!("{b}ov"));
            v.push(format!("{b}ev"));
        }
        // Smirnoff, Rachmaninoff; Alekhine.
        for (from, to) in [("off", "ov"), ("eff", "ev"), ("ine", "in")] {
            if let Some(b) = lower.strip_suffix(from) {
                v.push(format!("{b}{to}"));
            }
        }
        v.iter().map(|s| strict_key(s)).collect()
    };
    let right = |t: &TargetName| spellings(t).iter().any(|k| accepted.contains(k));
    let own = hits_of_word(hits, last);
    if own.is_empty() || own.iter().any(|t| right(t)) {
        return None;
    }
    let wrong = |t: &TargetName| {
        let lower = last_word(t);
        if foreign_orthography(&lower) || !lower.is_ascii() && !lower.contains(['ć', 'č', 'š', 'ž'])
        {
            return false;
        }
        // A misspelling keeps the name's first letter; a word starting otherwise was
        // matched loosely and may render another word.
        let k = strict_key(&lower);
        if !accepted
            .iter()
            .any(|a| a.chars().next() == k.chars().next())
        {
            return false;
        }
        if russian {
            return true;
        }
        // Another name's ending on the source's stem.
        accepted.iter().any(|a| {
            let common = a.chars().zip(k.chars()).take_while(|(x, y)| x == y).count();
            let tail: String = k.chars().skip(common).collect();
            let source_tail: String = a.chars().skip(common).collect();
            // The source's own ending must be none or a surname's («Мкртчан» is
            // Mkrtchyan).
            let tails = |t: &str| ENGLISH_SURNAME_TAILS.contains(&t);
            common >= 4
                && tail != source_tail
                && tails(&tail)
                && (source_tail.is_empty() || tails(&source_tail))
        })
    };
    own.into_iter().find(|t| wrong(t))
}

/// A surname printed with е for ё after a hushing consonant («Лихачев» for Лихачёв,
/// «Хрущев»): its ё spellings, which English often writes with o (Likhachov,
/// Gorbachov, Khrushchov).
fn yo_written_as_ye(word: &str) -> Vec<String> {
    let Some(head) = word.strip_suffix("ев") else {
        return Vec::new();
    };
    if head.chars().count() < 3 || !head.ends_with(['ч', 'ш', 'ж', 'щ']) {
        return Vec::new();
    }
    vec![format!("{head}ёв"), format!("{head}ов")]
}

/// A Latin spelling with the h that is not part of kh, zh, ch, sh, th, ph or gh read as
/// g: Ukrainian names spell г so (Honcharenko, Hetmantsev).
fn ukrainian_h_as_g(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    let mut prev = ' ';
    for c in lower.chars() {
        out.push(if c == 'h' && !"kzcstpg".contains(prev) {
            'g'
        } else {
            c
        });
        prev = c;
    }
    out
}

/// A spelling key with a consonant more, fewer or other than every key of the source
/// word ("Tuberidze" for «Тутберидзе», "Tselikhov" for «Целиков»), or with a for о or
/// o for а inside the word ("Barisov" for «Борисов»): slips no transliteration makes,
/// which the consonant skeleton misses (it merges repeated classes and drops the h of
/// kh). Ukrainian names come back with h for г (Honcharenko); в is v, w, f or nothing
/// (Smirnoff, Уинклвосс "Winklevoss"), so it does not count.
fn spelling_slip(keys: &[String], hit: &str) -> bool {
    if keys.iter().any(|k| k == hit) {
        return false;
    }
    let consonants = |k: &str| -> String {
        k.replace("gh", "g")
            .chars()
            .filter(|c| !"aeiouyvf".contains(*c))
            .map(|c| if c == 'h' { 'g' } else { c })
            .collect()
    };
    // A plural place comes back with the English plural (Кайманов, "Caymans").
    let plural = |k: &str| {
        hit.strip_suffix('s')
            .is_some_and(|h| k.strip_suffix("ov").or(k.strip_suffix("ev")) == Some(h))
    };
    // Only a near spelling is a slip: a word two letters off at most.
    let near = |k: &String| strsim::levenshtein(k, hit) <= 2;
    let hc = consonants(hit);
    if !keys.iter().any(|k| consonants(k) == hc || plural(k)) {
        return keys.iter().any(near);
    }
    // Belarusian names end in a where Russian has о (Lukashenka), so not the last letter.
    let vowel_slip = |k: &str| {
        let (a, b): (Vec<char>, Vec<char>) = (k.chars().collect(), hit.chars().collect());
        if a.len() != b.len() {
            return false;
        }
        let diffs: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        diffs.len() == 1
            && diffs[0] + 1 < a.len()
            && matches!((a[diffs[0]], b[diffs[0]]), ('o', 'a') | ('a', 'o'))
    };
    keys.iter().any(|k| vowel_slip(k))
}

/// A known person's surname spelled otherwise than the gazetteer's English forms
/// ("Nabiulina" for «Набиуллина», "Peskow" for «Песков»): the rendering that the
/// loose key matched, and the established spelling.
fn misspelt_known_person<'a>(
    ctx: &Context,
    name: &SourceName,
    hits: &[(usize, &'a TargetName)],
) -> Option<(&'a TargetName, String)> {
    let entry = &ctx.pair().gazetteer.entries[name.entity?];
    if entry.kind != "person" {
        return None;
    }
    let last = name.words.len().checked_sub(1)?;
    let forms: Vec<String> = entry
        .accepted
        .iter()
        .filter_map(|f| f.split_whitespace().last())
        .map(|w| w.to_lowercase())
        .collect();
    let spelled = |hit: &TargetName| {
        let h = last_word(hit);
        // A relative's form ("Peskova" for «Пескова») starts like the surname; a woman's
        // form of an adjective surname drops its last letter ("Zelenska", "Navalnaya"
        // for Zelensky's and Navalny's wives).
        forms.iter().any(|f| {
            // Not another name on the stem ("Novakov" for «Новак»).
            h.strip_prefix(f.as_str())
                .is_some_and(|rest| ["", "a", "s", "y"].contains(&rest))
                || f.strip_prefix(h.as_str())
                    .is_some_and(|rest| ["", "a", "y"].contains(&rest))
                || (h.ends_with('a') && f.len() > 4 && h.starts_with(&f[..f.len() - 1]))
        })
    };
    let last_hits: Vec<&TargetName> = hits_of_word(hits, last);
    if last_hits.is_empty() || last_hits.iter().any(|t| spelled(t)) {
        return None;
    }
    // The hit must be a near spelling of the established one: an entry matched by
    // another word of the name («Сталины Могзоевой») says nothing of this spelling.
    let near = |hit: &TargetName| {
        forms
            .iter()
            .any(|f| translit::key_similarity(&translit::key(f), &hit.key) >= SAME_NAME)
    };
    last_hits
        .into_iter()
        .find(|t| near(t))
        .map(|t| (t, entry.en.clone()))
}

/// A woman's surname rendered in the man's form («Ирина Соколова» → "Irina Sokolov",
/// «Мельниковой» → "Melnikov"): the rendering, when the source shows the surname is a
/// woman's (a woman's given name before it, or an ending only women's surnames take).
fn masculinised_surname<'a>(
    ctx: &Context,
    name: &SourceName,
    hits: &[(usize, &'a TargetName)],
) -> Option<&'a TargetName> {
    // «Украиной», «Калининой»: places end like surnames.
    if name
        .entity
        .is_some_and(|e| ctx.pair().gazetteer.entries[e].kind != "person")
    {
        return None;
    }
    let last = name.words.len().checked_sub(1)?;
    let surname = &name.words[last];
    if name.modifier || !(russian_surname(surname) || possessive_surname(surname)) {
        return None;
    }
    // Men's names in -а/-я, and women's names that are also a man's name in the
    // genitive («Александра Соколова» may be Alexander Sokolov's).
    const NOT_A_WOMAN: &[&str] = &[
        "никита",
        "илья",
        "кузьма",
        "фома",
        "лука",
        "савва",
        "данила",
        "александра",
        "валерия",
        "евгения",
    ];
    let womans_given_name = last > 0 && {
        let g = &name.words[last - 1];
        (g.ends_with('а') || g.ends_with('я'))
            && !NOT_A_WOMAN.contains(&g.as_str())
            && crate::lang::ru_en::person_names_all()
                .contains(crate::lang::translit::romanize_ru(g).as_str())
    };
    let feminine = |endings: &[&str]| endings.iter().any(|e| surname.ends_with(e));
    // «Семён Слепаков и Ирина Слепакова» → "Semyon and Irina Slepakov": the man of the
    // family is named in the sentence, and English may give the surname once for both.
    // «Соколовская», «Соколовской» → Соколовский; «Петровой», «Петрова» → Петров.
    let masculine = ["ская", "цкая", "ской", "цкой"]
        .iter()
        .find_map(|e| surname.strip_suffix(e).map(|b| format!("{b}{}ий", &e[..4])))
        .unwrap_or_else(|| {
            surname
                .trim_end_matches("ой")
                .trim_end_matches('а')
                .to_string()
        });
    let family_named = ctx
        .source()
        .sentence(name.g)
        .1
        .tokens
        .iter()
        .any(|t| t.lower == masculine);
    if family_named {
        return None;
    }
    let woman = (womans_given_name
        && feminine(&["ова", "ева", "ёва", "ина", "ына", "ская", "цкая"]))
        || feminine(&["овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой"]);
    if !woman {
        return None;
    }
    let ending = last_word;
    let own: Vec<&TargetName> = hits_of_word(hits, last);
    // The woman's form anywhere in the sentence settles it ("Sergei Mezenov, Larisa
    // Mezenova": the man's form is the other person's).
    if own
        .iter()
        .any(|t| ["a", "aya"].iter().any(|e| ending(t).ends_with(e)))
    {
        return None;
    }
    own.into_iter().find(|t| {
        ["ov", "ev", "in", "yn", "sky", "skiy", "skii", "ski"]
            .iter()
            .any(|e| ending(t).ends_with(e))
    })
}

/// The renderings of word `word` of a source name among its hits.
fn hits_of_word<'a>(hits: &[(usize, &'a TargetName)], word: usize) -> Vec<&'a TargetName> {
    hits.iter()
        .filter(|(i, _)| *i == word)
        .map(|(_, t)| *t)
        .collect()
}

/// The last word of a rendering, lower case, without a possessive ("Peskov's" → peskov).
fn last_word(t: &TargetName) -> String {
    normalise_name(t.text.split_whitespace().last().unwrap_or(""))
}

/// Keys that may be case forms of one word: they differ only in the last two letters
/// of the shorter (zelensky, zelenskogo), not inside it (nikishin, nikitin: two people).
fn one_word_forms(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common + 2 >= a.chars().count().min(b.chars().count())
}

/// Keys of one word: equal, or one a prefix of the other (a case ending: "nikitin",
/// "nikitina"); unlike [`key_matches`], similar surnames are not one word.
fn same_word_keys(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.len() >= 4 && long.starts_with(short))
}

fn key_matches(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    // Short keys ("ros" for России) are too ambiguous for fuzzy matching.
    if a.len() < 4 || b.len() < 4 {
        return false;
    }
    if translit::key_similarity(a, b) >= SAME_NAME {
        return true;
    }
    // A stem key is a prefix of the full English spelling ("zaharov" / "zaharova").
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 4 && long.starts_with(short)
}

/// Word stems of an English form, with "Ministry" also accepted as "Minister"
/// ("глава МИД" is "the foreign minister").
fn form_variants(form: &str, ctx: &Context) -> Vec<Vec<String>> {
    let lang = ctx.pair().target;
    let stems = |f: &str| -> Vec<String> {
        f.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| lang.stem(&w.to_lowercase()))
            .collect()
    };
    let mut v = vec![stems(form)];
    if form.contains("Ministry") {
        v.push(stems(&form.replace("Ministry", "Minister")));
    }
    // "the Kursk governor", "Kursk's governor" for «глава Курской области»: English
    // often drops "Region" once the place is clear.
    for kind in [" Region", " Oblast", " Krai", " Territory"] {
        if let Some(place) = form.strip_suffix(kind) {
            v.push(stems(place));
        }
    }
    v.retain(|x| !x.is_empty());
    v
}

/// Whether an accepted English form of a gazetteer entry occurs in the target text
/// (word sequence, case-insensitive; plural and possessive allowed by stemming).
/// Every content word of the form must occur, in any order ("the government of the
/// Russian Federation" renders "Russian government"), a derived word counting for its
/// base ("North Korean" for "North Korea").
fn form_present(form: &str, target_stems: &[String], ctx: &Context) -> bool {
    let lang = ctx.pair().target;
    form_variants(form, ctx).iter().any(|want| {
        let mut content: Vec<&String> = want.iter().filter(|w| !lang.is_stopword(w)).collect();
        if content.is_empty() {
            // "WHO", "US": the whole form is function words.
            content = want.iter().collect();
        }
        !content.is_empty()
            && content.iter().all(|w| {
                target_stems
                    .iter()
                    .any(|t| t == *w || (w.chars().count() >= 4 && t.starts_with(w.as_str())))
            })
    })
}

fn target_stems(side: &DocSide, sentences: std::ops::Range<usize>) -> Vec<String> {
    sentences
        .flat_map(|g| {
            side.sentence(g)
                .1
                .tokens
                .iter()
                .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
                // Numbers keep their digits ("Channel 5").
                .map(|t| {
                    if t.kind == TokenKind::Number {
                        t.lower.clone()
                    } else {
                        t.stem.clone()
                    }
                })
        })
        .collect()
}

/// A source name and where its words are rendered in the aligned target sentence.
#[derive(Debug, Clone)]
pub struct NamePair {
    pub name: SourceName,
    /// Target sentence (global index) and the rendered words with the index of the
    /// name's word each renders.
    pub renderings: Vec<(usize, TargetName)>,
}

/// Names of confidently aligned 1-1 sentence pairs that are rendered in the target
/// (used by the evaluation to plant name errors into clean translations).
pub fn name_pairs(ctx: &Context) -> Vec<NamePair> {
    let al = &ctx.a.alignment;
    let src = ctx.source();
    let tgt = ctx.target();
    let mid_caps = mid_sentence_capitals(&src);
    let mut out = Vec::new();
    for b in al
        .sentences
        .iter()
        .filter(|b| b.shape() == (1, 1) && b.confidence >= 0.9)
    {
        let names = target_names(ctx, &tgt, b.target.start);
        let stems = target_stems(&tgt, b.target.clone());
        for name in source_names(ctx, &src, b.source.start, &mid_caps) {
            if let Some(hits) = rendered(ctx, &name, &names, &stems) {
                let renderings: Vec<(usize, TargetName)> =
                    hits.into_iter().map(|(i, t)| (i, t.clone())).collect();
                if !renderings.is_empty() {
                    out.push(NamePair { name, renderings });
                }
            }
        }
    }
    out
}

/// Where a source name is rendered among target names: the matched target names with
/// the index of the name's word they render; None when the name is absent.
fn rendered<'a>(
    ctx: &Context,
    name: &SourceName,
    names: &'a [TargetName],
    stems: &[String],
) -> Option<Vec<(usize, &'a TargetName)>> {
    // Spellings found by transliteration are returned even when the established form
    // is present too: they feed the consistency check.
    // An entity's one-word English forms match by spelling key too, so "Russian"
    // renders «России» (Russia) and "U.S." renders «США» (US).
    let entity_keys: Vec<String> = name
        .entity
        .map(|e| {
            ctx.pair().gazetteer.entries[e]
                .accepted
                .iter()
                .filter(|f| !f.contains(' '))
                .map(|f| translit::key(&f.to_lowercase()))
                .collect()
        })
        .unwrap_or_default();
    let entity_match = |key: &str| {
        entity_keys
            .iter()
            .any(|k| k == key || (k.len() >= 4 && key_matches(k, key)))
    };
    let hits: Vec<(usize, &TargetName)> = names
        .iter()
        .filter_map(|t| {
            // The word of the name this target word renders best ("Rubinyan" is the
            // surname, though its key also resembles the first name "Ruben").
            (0..name.keys.len())
                .filter_map(|i| word_match(name, i, t).map(|score| (i, score)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(i, _)| i)
                .or_else(|| entity_match(&t.key).then_some(0))
                .map(|i| (i, t))
        })
        .collect();
    // Iraq is no spelling of Iran, nor Australia of Austria, nor the "Arab" of the
    // United Arab Emirates of «Аравия».
    let hits: Vec<(usize, &TargetName)> = hits
        .into_iter()
        .filter(|(_, t)| !another_known_place(ctx, name, &t.text))
        .filter(|(_, t)| !inside_another_place(ctx, name, t))
        .collect();
    if let Some(e) = name.entity {
        let entry = &ctx.pair().gazetteer.entries[e];
        if entry.accepted.iter().any(|f| form_present(f, stems, ctx)) {
            return Some(hits);
        }
    }
    // An entity none of whose English forms is there is not rendered by an ordinary
    // word that happens to spell like it ("Ministry" for «Минздрав» in "the Finance
    // Ministry").
    let hits: Vec<(usize, &TargetName)> = if name.entity.is_some() {
        let lang = ctx.pair().target;
        hits.into_iter()
            .filter(|(_, t)| {
                !ctx.pair()
                    .lexicon
                    .is_common_target(&lang.stem(&t.text.to_lowercase()))
            })
            .collect()
    } else {
        hits
    };
    // A person is named by the surname: "Michael Collins" does not render «Майкл Торн».
    let last = name.keys.len() - 1;
    if name.keys.len() >= 2 && !is_abbreviation(&name.text) && !hits.iter().any(|(i, _)| *i == last)
    {
        return None;
    }
    if !hits.is_empty() {
        return Some(hits);
    }
    // A transliterated form written in lower case or as one word ("Gazprom's"); a name
    // already in Latin letters must come back as it is ("CertiPUR" is not
    // "certification").
    let joined: String = name.keys.iter().map(|k| k[0].as_str()).collect();
    let latin = !name.text.chars().any(crate::lang::is_cyrillic);
    // Not a function word: «Анды» is not "and".
    let target = ctx.pair().target;
    // A Latin name verbatim ("Urals"), whose English stem is shorter than the name.
    let latin_stem = translit::key(&target.stem(&name.text.to_lowercase()));
    if stems.iter().filter(|s| !target.is_stopword(s)).any(|s| {
        let k = translit::key(s);
        if latin {
            k == joined || (name.words.len() == 1 && k == latin_stem)
        } else {
            // Iraq is no spelling of Iran here either.
            key_matches(&joined, &k) && !another_known_place(ctx, name, s)
        }
    }) {
        return Some(Vec::new());
    }
    None
}

/// Whether an English word is, whole, another place the gazetteer knows than the
/// source's place (Iraq for «Иран», Slovenia for «Словакия»): a look-alike that
/// replaces it, not a spelling of it.
fn another_known_place(ctx: &Context, name: &SourceName, word: &str) -> bool {
    let gaz = &ctx.pair().gazetteer;
    let Some(entry) = name.entity.map(|e| &gaz.entries[e]) else {
        return false;
    };
    let w = normalise_name(word);
    is_place_kind(&entry.kind)
        && whole_place_name(ctx, word)
        // Not a word of its own English names ("Moscow" of "Moscow Region").
        && !entry
            .accepted
            .iter()
            .any(|a| a.to_lowercase().split_whitespace().any(|x| x == w))
        // Not the source word's own transliteration.
        && !name
            .keys
            .iter()
            .flatten()
            .any(|k| *k == translit::key(&w))
}

/// The dictionary form of a one-word name for a message: a surname's
/// («Соколовского» → Соколовский), an adjective's («Кузнецком Мосту» → Кузнецкий), the
/// name an adjective before a common noun is made from («Бауманского университета» →
/// Бауман), or a noun's without the instrumental («над Денпасаром» → Денпасар).
fn display_nominative(ctx: &Context, word: &str, after: &str) -> String {
    let lower = word.to_lowercase();
    let keep = |n: usize| -> String { word.chars().take(n).collect() };
    for (ending, nominative) in [("ском", "ий"), ("цком", "ий")] {
        if let Some(stem) = lower.strip_suffix(ending) {
            if stem.chars().count() >= 3 {
                return format!("{}{}", keep(stem.chars().count() + 2), nominative);
            }
        }
    }
    let adjective = surname_nominative(word);
    // Before a lower-case noun an -ский adjective names a thing after a person
    // («Бауманского университета» is Bauman University): the person's name, unless it
    // is a common word («Кузнецкого моста») or a Russian possessive («Мариинского»).
    let next_lower = after
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() && crate::lang::is_cyrillic(c));
    if adjective != word && next_lower {
        let adj_lower = adjective.to_lowercase();
        if let Some(base) = adj_lower.strip_suffix("ский") {
            let common = ctx
                .pair()
                .lexicon
                .is_common_source(&ctx.pair().source.stem(base));
            let possessive = ["ин", "ын", "ов", "ев", "ёв"]
                .iter()
                .any(|e| base.ends_with(e));
            if base.chars().count() >= 4 && !common && !possessive {
                return keep(base.chars().count());
            }
        }
    }
    if adjective != word {
        return adjective;
    }
    // The instrumental of a consonant-stem noun.
    if let Some(stem) = lower.strip_suffix("ом") {
        let last = stem.chars().last().unwrap_or('а');
        if stem.chars().count() >= 4 && !"аеёиоуыэюяйьжшщцчск".contains(last) {
            return keep(stem.chars().count());
        }
    }
    word.to_string()
}

/// A known body or place whose translation copies the Russian case form: «По данным
/// Росстата» → "According to Rosstata", «Мосбиржи» → "Mosbirzhi". The target word and
/// the entity's English name.
fn oblique_transliteration(
    ctx: &Context,
    name: &SourceName,
    bead: &crate::align::Bead,
) -> Option<(TargetName, String)> {
    let entry = &ctx.pair().gazetteer.entries[name.entity?];
    if entry.kind == "person" || name.words.len() != 1 || is_abbreviation(&name.text) {
        return None;
    }
    let word = &name.words[0];
    let nominative = crate::lang::fold(&entry.ru.to_lowercase());
    if *word == nominative || word.chars().count() < 4 {
        return None;
    }
    // The word must be the entry's own name with another case ending («Росстата»,
    // «Мосбиржи»), not a word the stem lookup took for it («Вадим» for ВАДА).
    const ENDINGS: &[&str] = &[
        "", "а", "я", "у", "ю", "ом", "ем", "ём", "е", "и", "ы", "ой", "ей", "ь",
    ];
    let base_of = |w: &str, oblique: bool| -> Vec<String> {
        ENDINGS
            .iter()
            // The source form has an ending of its own («Доминик» is not «Доминика»).
            .filter(|e| !oblique || !e.is_empty())
            .filter_map(|e| w.strip_suffix(e))
            .filter(|b| b.chars().count() >= 4)
            .map(str::to_string)
            .collect()
    };
    let bases = base_of(&nominative, false);
    if !base_of(word, true).iter().any(|b| bases.contains(b)) {
        return None;
    }
    let oblique = translit::key(&translit::romanize_ru(word));
    // An English form or the transliterated nominative is a rendering, whatever it spells.
    let proper = |k: &str| {
        entry
            .accepted
            .iter()
            .chain(&entry.calques)
            .any(|a| translit::key(&a.to_lowercase()) == k)
            || translit::key(&translit::romanize_ru(&nominative)) == k
    };
    if proper(&oblique) {
        return None;
    }
    let tgt = ctx.target();
    bead.target
        .clone()
        .find_map(|g| {
            target_names(ctx, &tgt, g)
                .into_iter()
                .find(|t| t.key == oblique && !t.text.contains('-'))
        })
        .map(|t| (t, entry.en.clone()))
}

/// Whether a target word is part of a several-word English name of another place the
/// gazetteer knows ("Arab" in "the United Arab Emirates", not a rendering of «Аравия»).
fn inside_another_place(ctx: &Context, name: &SourceName, t: &TargetName) -> bool {
    // An unknown source place («Абуд-Даби», a misprint) may be that other place.
    if name.entity.is_none() {
        return false;
    }
    let text = &ctx.target().sentence(t.g).0.text;
    ctx.pair()
        .gazetteer
        .entries
        .iter()
        .enumerate()
        .filter(|(i, e)| Some(*i) != name.entity && is_place_kind(&e.kind))
        .flat_map(|(_, e)| e.accepted.iter())
        .filter(|f| f.contains(' '))
        .any(|f| {
            find_phrase(text, f).is_some_and(|r| r.start <= t.span.start && t.span.end <= r.end)
                // Not a form of the source's own place ("Saudi Arabia").
                && name.entity.is_none_or(|e| {
                    !ctx.pair().gazetteer.entries[e]
                        .accepted
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(f))
                })
        })
}

/// Whether a word of the bead's source sentences other than the name spells an English
/// word, capitalised or a place adjective («сирийском» explains "Syria").
fn explained_by_another_word(
    ctx: &Context,
    name: &SourceName,
    bead: Option<&crate::align::Bead>,
    word: &str,
) -> bool {
    let Some(b) = bead else { return false };
    let key = translit::key(&normalise_name(word));
    let src = ctx.source();
    b.source.clone().any(|g| {
        src.sentence(g)
            .1
            .tokens
            .iter()
            .filter(|t| t.is_word())
            .filter(|t| {
                g != name.g || t.span.end <= name.span.start || t.span.start >= name.span.end
            })
            .any(|t| {
                let root = t
                    .stem
                    .strip_suffix("ск")
                    .filter(|r| r.chars().count() >= 4)
                    .map(source_key);
                (t.capitalized && token_keys(t).iter().any(|k| key_matches(k, &key)))
                    || root.is_some_and(|r| key_matches(&r, &key))
            })
    })
}

/// Calques of an entity that are only transliterations of the Russian ("KPRF") are
/// not word-by-word renderings.
/// What makes two mentions the same name: the gazetteer entity, else the spelling key of
/// the last word.
fn identity(n: &SourceName) -> String {
    match n.entity {
        Some(e) => format!("entity {e}"),
        None => n
            .keys
            .last()
            .and_then(|k| k.last())
            .cloned()
            .unwrap_or_default(),
    }
}

fn is_translit_of(calque: &str, ru: &str) -> bool {
    translit::key_similarity(
        &translit::key(&calque.to_lowercase()),
        &translit::key(&translit::romanize_ru(ru)),
    ) >= 0.95
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let al = &ctx.a.alignment;
    let src = ctx.source();
    let tgt = ctx.target();
    let gaz = &ctx.pair().gazetteer;
    let mid_caps = mid_sentence_capitals(&src);
    // Renderings of each source name word, to check consistency afterwards, clustered
    // by spelling key (Snowball stems "Песков" to "песк" but "Пескова" to "песков").
    let mut clusters: Vec<(String, Vec<(Span, String)>)> = Vec::new();
    let mut code_clusters: Vec<(String, Vec<(Span, String)>)> = Vec::new();
    let source_index = SourceIndex::of(ctx, &src, &mid_caps);
    // Known entities the translation has already named (earlier paragraphs, or other
    // sentences of this one): dropping one later ("Deputy Governor Zabotkin" for «Зампред
    // ЦБ Заботкин») is the English habit of not repeating it, a warning.
    // Kept as English forms, since «ЦБ» and «Банк России» are two entries of one bank.
    let mut named_entities: HashSet<String> = HashSet::new();
    for pb in al
        .paragraphs
        .iter()
        .filter(|b| !b.source.is_empty() && !b.target.is_empty())
    {
        let sr = al.source_sentences.range(&pb.source);
        let tr = al.target_sentences.range(&pb.target);
        let group_names: Vec<TargetName> = tr
            .clone()
            .flat_map(|g| target_names(ctx, &tgt, g))
            .collect();
        let group_stems = target_stems(&tgt, tr.clone());
        let mut explained: HashSet<(usize, usize)> = HashSet::new();
        // Missing names, with how often the paragraph group's translation names them
        // elsewhere.
        // (name, its bead, renderings elsewhere in the paragraph, whether another
        // sentence of the paragraph's translation names it at all).
        let mut missing: Vec<(SourceName, Option<&crate::align::Bead>, usize, bool)> = Vec::new();
        let mut moved: Vec<(SourceName, Option<&crate::align::Bead>)> = Vec::new();
        // Names the sentence repeats more often than its translation does.
        let mut fewer: Vec<(SourceName, &crate::align::Bead, usize, usize)> = Vec::new();
        // Nationality and place words (российский, поляки) the translation does not
        // render: (sentence, span, word, renderings, bead).
        let mut demonyms_missing: Vec<UnrenderedDemonym> = Vec::new();
        let mut all_names: Vec<SourceName> = Vec::new();
        for g in sr.clone() {
            // A sentence reported omitted (an error) takes its names with it.
            if al.sentences.iter().any(|b| {
                b.source.contains(&g)
                    && b.target.is_empty()
                    && b.confidence >= super::structure::CONFIDENT
            }) {
                continue;
            }
            let bead = al
                .sentences
                .iter()
                .find(|b| b.source.contains(&g) && !b.target.is_empty());
            // Occurrences of each name in this sentence and the target words that
            // render them: (identity, last occurrence, count, rendering positions).
            type Occurrences = (String, SourceName, usize, HashSet<(usize, usize)>);
            let mut occurrences: Vec<Occurrences> = Vec::new();
            for name in source_names(ctx, &src, g, &mid_caps) {
                all_names.push(name.clone());
                let local: Vec<TargetName> = bead
                    .map(|b| {
                        b.target
                            .clone()
                            .flat_map(|t| target_names(ctx, &tgt, t))
                            .collect()
                    })
                    .unwrap_or_default();
                let local_stems = bead
                    .map(|b| target_stems(&tgt, b.target.clone()))
                    .unwrap_or_default();
                // A confidently aligned sentence must carry the name itself; otherwise
                // the name may have moved within the paragraph.
                let sure = bead.is_some_and(|b| b.shape() == (1, 1) && b.confidence >= 0.9);
                // A capitalised common word rendered as one («Белая Королева» → "White
                // Queen"): whatever the gazetteer says, it was not a name here.
                let lexicon = &ctx.pair().lexicon;
                let as_common_words = name.words.iter().all(|w| {
                    let stem = ctx.pair().source.stem(w);
                    lexicon.is_common_source(&stem)
                        && lexicon.get(&stem).is_some_and(|ens| {
                            // Not the name's own stems, which the gazetteer lends the lexicon.
                            ens.iter()
                                .any(|e| lexicon.is_common_target(e) && local_stems.contains(e))
                        })
                });
                if as_common_words {
                    continue;
                }
                let found = rendered(ctx, &name, &local, &local_stems).or_else(|| {
                    if sure {
                        None
                    } else {
                        rendered(ctx, &name, &group_names, &group_stems)
                    }
                });
                // Record every spelling of the name in the group for consistency.
                let in_group = rendered(ctx, &name, &group_names, &group_stems);
                // Occurrences, counted on the last word of the name: "Igor Kobzev" is
                // one occurrence, and "Marina" alone is not "Marina Chasova".
                // A rendering whose own source sentence has a word of the same spelling
                // renders that word ("Argentinian" for «Аргентинский»), not this name.
                let last = name.keys.len().saturating_sub(1);
                let name_keys = name.keys.get(last).cloned().unwrap_or_default();
                let rendered_at_home = |t: usize| {
                    al.sentences
                        .iter()
                        .find(|b| b.target.contains(&t))
                        .is_some_and(|b| {
                            b.source.clone().any(|s| {
                                s != g
                                    && src.sentence(s).1.tokens.iter().any(|x| {
                                        x.is_word()
                                            && token_keys(x).iter().any(|k| {
                                                name_keys.iter().any(|n| key_matches(n, k))
                                            })
                                    })
                            })
                        })
                };
                let elsewhere = in_group.as_ref().map_or(0, |hits| {
                    hits.iter()
                        .filter(|(i, h)| *i == last && !rendered_at_home(h.g))
                        .map(|(_, h)| (h.g, h.span.start))
                        .collect::<HashSet<_>>()
                        .len()
                });
                let named_nearby = in_group.as_ref().is_some_and(|hits| {
                    hits.iter()
                        .any(|(i, h)| *i == last && !bead.is_some_and(|b| b.target.contains(&h.g)))
                });
                if let Some(hits) = in_group {
                    for (i, h) in hits {
                        explained.insert((h.g, h.span.start));
                        // A model or product name ("Moskva-2020" trains) is no spelling
                        // of the place it is named after; it is checked against the
                        // other spellings of the code ("COVID-19", "COVVID-19").
                        let clusters = if product_code(&tgt.sentence(h.g).0.text[h.span.end..]) {
                            &mut code_clusters
                        } else {
                            &mut clusters
                        };
                        // Cluster on the longest key: a 3-letter stem key is ambiguous.
                        // The first longest: foreign respellings come last and are
                        // no clustering key.
                        let key = name.keys[i]
                            .iter()
                            .reduce(|a, b| if b.len() > a.len() { b } else { a })
                            .cloned()
                            .unwrap_or_default();
                        let span = tgt.span_in(h.g, h.span.clone());
                        match clusters
                            .iter_mut()
                            .find(|(k, _)| key_matches(k, &key) && one_word_forms(k, &key))
                        {
                            Some(c) => {
                                if !c.1.iter().any(|(s, _)| *s == span) {
                                    c.1.push((span, h.text.clone()));
                                }
                            }
                            None => clusters.push((key, vec![(span, h.text.clone())])),
                        }
                    }
                }
                let one_to_one = bead.is_some_and(|b| b.shape() == (1, 1) && b.confidence >= 0.5);
                if let (true, Some(hits)) = (one_to_one, &found) {
                    let identity = identity(&name);
                    let positions: HashSet<(usize, usize)> =
                        hits.iter().map(|(_, h)| (h.g, h.span.start)).collect();
                    match occurrences.iter_mut().find(|o| o.0 == identity) {
                        Some(o) => {
                            o.1 = name.clone();
                            o.2 += 1;
                            o.3.extend(positions);
                        }
                        None => occurrences.push((identity, name.clone(), 1, positions)),
                    }
                }
                if let (true, Some(hits)) = (one_to_one, &found) {
                    if let Some((t, usual)) = misspelt_known_person(ctx, &name, hits) {
                        out.push(
                            Finding::new(
                                rule("name-substituted"),
                                format!(
                                    "«{}» is spelled «{}»; its established English spelling is {usual}",
                                    name.text, t.text
                                ),
                            )
                            .severity(Severity::Warning)
                            .source(src.span_in(name.g, name.span.clone()))
                            .target(tgt.span_in(t.g, t.span.clone()))
                            .suggest(usual),
                        );
                    }
                    // In its own sentence only: the paragraph may name a man of that
                    // family too («Лариса Мезенова» next to "Sergei Mezenov").
                    let own: Vec<(usize, &TargetName)> = hits
                        .iter()
                        .filter(|(_, t)| bead.is_some_and(|b| b.target.contains(&t.g)))
                        .copied()
                        .collect();
                    if let Some(t) = masculinised_surname(ctx, &name, &own) {
                        out.push(
                            Finding::new(
                                rule("name-substituted"),
                                format!(
                                    "«{}» is a woman's surname; «{}» is the man's form",
                                    name.text, t.text
                                ),
                            )
                            .severity(Severity::Warning)
                            .source(src.span_in(name.g, name.span.clone()))
                            .target(tgt.span_in(t.g, t.span.clone())),
                        );
                    }
                    let misspelt = misspelt_surname(&name, hits).or_else(|| {
                        // Only its own sentence's renderings: the paragraph may name
                        // another member of the family elsewhere.
                        unsupported_surname(ctx, &name, &own)
                    });
                    if let Some(t) = misspelt {
                        let expected = titlecase(&translit::romanize_ru(&surname_nominative(
                            &name.words[name.words.len() - 1],
                        )));
                        // A slip changes a letter or two ("Gorbchenko", "Poktaovich");
                        // half the name changed is another person ("Ermakov" for
                        // «Ермолаев», "Sidorenko" for «Сидоров»).
                        let source = &name.words[name.words.len() - 1];
                        let b = strict_key(&last_word(t));
                        // The nearest of the nominatives the source form may stand for.
                        let another = surname_nominatives(source)
                            .into_iter()
                            .chain(plain_nominatives(source))
                            .chain([source.clone()])
                            .map(|n| strict_key(&translit::romanize_ru(&n)))
                            .all(|a| {
                                let distance = strsim::levenshtein(&a, &b);
                                distance >= 4
                                    && distance * 5 >= 2 * a.chars().count().max(b.chars().count())
                            });
                        let message = if another {
                            format!(
                                "«{}» ({expected}) is rendered «{}», another surname",
                                name.text, t.text
                            )
                        } else {
                            format!(
                                "«{}» ({expected}) is spelled «{}»: no transliteration spells it so, so it reads as a misspelling or another name",
                                name.text, t.text
                            )
                        };
                        out.push(
                            Finding::new(rule("name-substituted"), message)
                                .severity(if another {
                                    Severity::Error
                                } else {
                                    Severity::Warning
                                })
                                .source(src.span_in(name.g, name.span.clone()))
                                .target(tgt.span_in(t.g, t.span.clone())),
                        );
                    }
                }
                if let Some((t, usual)) = bead
                    .filter(|_| one_to_one)
                    .and_then(|b| oblique_transliteration(ctx, &name, b))
                {
                    out.push(
                        Finding::new(
                            rule("name-substituted"),
                            format!(
                                "«{}» is rendered «{}», a transliteration of the Russian case form; English writes {usual}",
                                name.text, t.text
                            ),
                        )
                        .severity(Severity::Warning)
                        .source(src.span_in(name.g, name.span.clone()))
                        .target(tgt.span_in(t.g, t.span.clone()))
                        .suggest(usual),
                    );
                }
                if let (Some(e), true) = (name.entity, found.is_some()) {
                    named_entities.extend(gaz.entries[e].accepted.iter().map(|f| f.to_lowercase()));
                }
                if found.is_none() {
                    missing.push((name, bead, elsewhere, named_nearby));
                } else if one_to_one && rendered(ctx, &name, &local, &local_stems).is_none() {
                    // Rendered elsewhere in the paragraph but not in its own sentence.
                    moved.push((name, bead));
                }
            }
            if let Some(b) = bead.filter(|b| b.shape() == (1, 1) && b.confidence >= 0.5) {
                demonyms_missing.extend(
                    unrendered_demonyms(&src, &tgt, g, b)
                        .into_iter()
                        .map(|(span, word, rs)| (g, span, word, rs, b)),
                );
            }
            if let Some(b) = bead {
                for (_, name, count, positions) in occurrences {
                    // Only renderings that name it by spelling can be counted.
                    if count >= 2 && !positions.is_empty() && positions.len() < count {
                        fewer.push((name, b, count, positions.len()));
                    }
                }
            }
        }
        // Calques of institutions anywhere in the group's translation.
        let mut calqued: HashSet<usize> = HashSet::new();
        for name in &all_names {
            let Some(e) = name.entity else { continue };
            let entry = &gaz.entries[e];
            // A calque spelled like the name is mostly a spelling variant ("AutoVAZ"),
            // unless it is English words: a club translated ("Zenith", "Locomotive").
            let english_words = |c: &str| {
                c.split_whitespace().all(|w| {
                    let lower = w.to_lowercase();
                    ctx.pair()
                        .lexicon
                        .is_common_target(&ctx.pair().target.stem(&lower))
                })
            };
            // An abbreviation spelt out letter by letter ("MAK" for «МАК») where English
            // has an acronym of its own (IAC) is a calque too, written in capitals.
            let acronym_calque = |c: &str| {
                is_abbreviation(c)
                    && is_abbreviation(&entry.ru)
                    && entry.accepted.iter().any(|a| is_abbreviation(a) && a != c)
            };
            for calque in entry
                .calques
                .iter()
                .filter(|c| !is_translit_of(c, &entry.ru) || english_words(c) || acronym_calque(c))
            {
                for t in tr.clone() {
                    let text = tgt.sentence_text(t);
                    if let Some(range) = find_phrase(text, calque).filter(|r| {
                        !acronym_calque(calque) || text.get(r.clone()) == Some(calque.as_str())
                    }) {
                        calqued.insert(e);
                        let (_, s, _, _) = tgt.sentence(t);
                        let start = s.span.start + range.start;
                        out.push(
                            Finding::new(
                                rule("name-calque"),
                                format!("«{}» is a word-by-word rendering of «{}»; its established English name is {}", calque, name.text, entry.en),
                            )
                            .suggest(entry.en.clone())
                            .source(src.span_in(name.g, name.span.clone()))
                            .target(tgt.span_in(t, start..start + range.len())),
                        );
                    }
                }
            }
        }
        // Target names nothing in the source explains; adjacent words are one name
        // ("Valentina Matviyenko").
        let mut joined: Vec<TargetName> = Vec::new();
        for t in group_names
            .iter()
            .filter(|t| !explained.contains(&(t.g, t.span.start)))
            // The first word of a sentence is capitalised anyway; but a country or
            // town the gazetteer knows is a name there too ("Iran pushed for cuts").
            .filter(|t| {
                let (_, s, _, _) = tgt.sentence(t.g);
                !s.tokens
                    .iter()
                    .any(|x| x.span.start == t.span.start && x.sentence_initial)
                    || (gazetteer_whole_kind(ctx, &t.text)
                        .is_some_and(|k| matches!(k, "country" | "city"))
                        && !ctx
                            .pair()
                            .lexicon
                            .is_common_target(&ctx.pair().target.stem(&t.text.to_lowercase())))
            })
            // A capitalised common word is no name, unless it is a known place:
            // "Moscow" also renders «московский», but it names the city.
            .filter(|t| {
                !ctx.pair()
                    .lexicon
                    .is_common_target(&ctx.pair().target.stem(&t.text.to_lowercase()))
                    || whole_place_name(ctx, &t.text)
                    || surname_shaped_en(&normalise_name(&t.text))
            })
        {
            let text = tgt.sentence(t.g).0.text.as_str();
            match joined.last_mut() {
                Some(u)
                    if u.g == t.g && text[u.span.end..t.span.start].chars().all(|c| c == ' ') =>
                {
                    u.span.end = t.span.end;
                    u.text = text[u.span.clone()].to_string();
                }
                _ => joined.push(t.clone()),
            }
        }
        let unexplained: Vec<&TargetName> = joined.iter().collect();
        // Names opening a sentence of the translation that nothing explains ("Geely
        // came second"): stand-ins for a Latin-script name of the source only.
        let initial_latin: Vec<&TargetName> = group_names
            .iter()
            .filter(|t| !explained.contains(&(t.g, t.span.start)))
            .filter(|t| {
                !joined
                    .iter()
                    .any(|j| j.g == t.g && j.span.start == t.span.start)
            })
            .filter(|t| {
                t.text.chars().all(|c| c.is_ascii_alphabetic()) && !is_abbreviation(&t.text)
            })
            .filter(|t| {
                !ctx.pair()
                    .lexicon
                    .is_common_target(&ctx.pair().target.stem(&t.text.to_lowercase()))
                    && gazetteer_kind(ctx, &t.text).is_none_or(|k| k == "company")
            })
            .collect();
        let mut substitutes: HashSet<(usize, usize)> = HashSet::new();
        for (name, bead, elsewhere, named_nearby) in missing {
            if name.entity.is_some_and(|e| calqued.contains(&e)) {
                continue;
            }
            // The paragraph's translation names it as often as the source, only in
            // another sentence: moved ("…, TASS reported. He will be met …").
            let in_source = all_names
                .iter()
                .filter(|n| identity(n) == identity(&name))
                .count();
            if elsewhere > 0 && elsewhere >= in_source {
                continue;
            }
            let elsewhere = elsewhere > 0;
            // Named elsewhere in the paragraph's translation and a pronoun here («По
            // словам Соколовой» → "She said"): the reader knows who it is.
            if named_nearby && pronoun_reference(ctx, &name, bead).is_some() {
                continue;
            }

            // Left in Cyrillic in the translation: TC106 untranslated reports it.
            // «(ААНИИ)» after the institute's full name → "(AARI)": the English acronym
            // of the translated name.
            if acronym_in_parentheses(ctx, &name, bead) || expansion_rendered(ctx, &name, bead) {
                continue;
            }
            // The country of a national institution goes without saying in English:
            // «УК РФ» → "the Criminal Code", «МВД России» → "the Interior Ministry".
            if country_of_institution(ctx, &name) {
                continue;
            }
            // Left out without a stand-in, these are renderings, not losses (a name in
            // their place is still a replacement): the country between a title and a
            // person, and the person an institution is named after («МГУ имени М. В.
            // Ломоносова» is "Moscow State University").
            let text = &src.sentence(name.g).0.text;
            let droppable = country_of_title(ctx, &name)
                // Only after a body the gazetteer knows: «Центр имени Гамалеи» is
                // "the Gamaleya Center", the name is all there is.
                || all_names.iter().any(|n| {
                    n.g == name.g
                        && n.entity.is_some()
                        && n.span.end <= name.span.start
                        && named_after(&text[n.span.end..name.span.start])
                });
            // "his Uzbek counterpart" for «глава МИД Узбекистана»: the post is the
            // same as the one just named.
            let counterpart = bead.is_some_and(|b| {
                b.target.clone().any(|t| {
                    tgt.sentence(t)
                        .1
                        .tokens
                        .iter()
                        .any(|x| x.lower == "counterpart" || x.lower == "counterparts")
                })
            });
            if counterpart && name.entity.is_some_and(|e| gaz.entries[e].kind == "agency") {
                continue;
            }
            let cyrillic_kept = bead.is_some_and(|b| {
                b.target.clone().any(|t| {
                    tgt.sentence(t).1.tokens.iter().any(|x| {
                        x.is_word()
                            && x.lower.chars().any(crate::lang::is_cyrillic)
                            && name.words.iter().any(|w| *w == crate::lang::fold(&x.lower))
                    })
                })
            });
            if cyrillic_kept {
                continue;
            }
            // An error needs a confident sentence pair, a name nowhere in the paragraph's
            // translation, and a name that is certainly one: a person, an organisation,
            // an outlet (not a country, often implicit in English, nor a capitalised word
            // the lexicon happens not to know).
            let strong = match name.entity.map(|e| gaz.entries[e].kind.as_str()) {
                Some(k) => matches!(
                    k,
                    "person" | "agency" | "org" | "media" | "company" | "party"
                ),
                None => !name.modifier && person_like(&name.text),
            };
            // A name written in Latin letters in the Russian is often kept, shortened or
            // dropped in English (The Wall Street Journal → WSJ): never an error.
            let strong = strong && name.text.chars().any(crate::lang::is_cyrillic);
            let confident = bead.is_some_and(|b| b.confidence >= 0.8) && strong && !elsewhere;
            // Headlines name fewer bodies than the story ("Russia to overhaul state exam
            // rules" for «Минпросвещения изменит правила ЕГЭ»): a name missing there is
            // never an error (a replaced one still is).
            let headline = headline_like(src.sentence(name.g).0.text.as_str());
            // A word that translates a common word of the source ("U.S." for
            // «американском») replaced nothing.
            let latin_name = !name.text.chars().any(crate::lang::is_cyrillic)
                && name.words.len() == 1
                && !is_abbreviation(&name.text);
            let in_bead: Vec<&&TargetName> = unexplained
                .iter()
                .chain(initial_latin.iter().filter(|_| latin_name))
                .filter(|t| bead.is_some_and(|b| b.target.contains(&t.g)))
                .filter(|t| !source_index.renders_common_word(ctx, &t.text))
                // A name that spells a word of the source sentence renders it ("Lin"
                // for «Линь» in "ministry spokesman Lin Jian"); another name of the
                // paragraph ("Grinyov" for «Лыков») still replaces.
                .filter(|t| {
                    !t.text.split(' ').all(|w| {
                        spells_a_source_word(ctx, bead, w)
                            && (!another_known_place(ctx, &name, w)
                                || explained_by_another_word(ctx, &name, bead, w))
                    })
                })
                // An acronym nobody knows ("CNC" machine tools) is no stand-in for a
                // known body.
                .filter(|t| {
                    name.entity.is_none()
                        || t.text.chars().count() < 2
                        || !t.text.chars().all(|c| c.is_ascii_uppercase())
                        || gazetteer_kind(ctx, &t.text).is_some()
                })
                .collect();
            // A replacement: the one unexplained name of the sentence, or one that is a
            // known entity of the same kind (a bank for a bank).
            let kind = name.entity.map(|e| gaz.entries[e].kind.as_str());
            let governed_place =
                after_place_preposition(&src.sentence(name.g).0.text[..name.span.start]);
            let expected = name
                .entity
                .map(|e| gaz.entries[e].en.clone())
                .unwrap_or_else(|| {
                    // An abbreviation is glossed letter by letter in capitals ("GRM").
                    if is_abbreviation(&name.text) {
                        return translit::romanize_ru(&name.text.to_lowercase()).to_uppercase();
                    }
                    let text = if governed_place {
                        town_nominative(&name.text)
                    } else {
                        let words: Vec<&str> = name.text.split(' ').collect();
                        let after = &src.sentence(name.g).0.text[name.span.end..];
                        words
                            .iter()
                            .enumerate()
                            .map(|(i, w)| {
                                if i == 0 && words.len() >= 2 {
                                    given_name_nominative(w)
                                } else if words.len() == 1 {
                                    display_nominative(ctx, w, after)
                                } else {
                                    surname_nominative(w)
                                }
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    titlecase(&translit::romanize_ru(&text))
                });
            let kind_of = |t: &TargetName| t.text.split(' ').find_map(|w| gazetteer_kind(ctx, w));
            // A name the gazetteer does not know («в Новосибирске») is a place when a
            // place preposition governs it; another place then stands in its slot.
            let place = kind.map_or_else(|| governed_place, is_place_kind);
            let same_kind: Vec<&&TargetName> = in_bead
                .iter()
                .copied()
                .filter(|t| match kind {
                    // A region named by another town ("the Volgograd region" for
                    // «Воронежской области») is a place for a place.
                    Some(k) if is_place_kind(k) => kind_of(t).is_some_and(is_place_kind),
                    Some(_) => kind_of(t) == kind,
                    None => place && kind_of(t).is_some_and(is_place_kind),
                })
                .collect();
            // A name is replaced by a name of its own kind (or an unknown one): a person
            // not by a country, a city not by a company.
            // An acronym no gazetteer place is ("CMI" for «Фонд ОМС Тверской области»)
            // abbreviates some body or term, not the place.
            let unknown_acronym = |t: &TargetName| is_abbreviation(&t.text) && kind_of(t).is_none();
            let in_bead: Vec<&&TargetName> = in_bead
                .into_iter()
                .filter(|t| !(place && unknown_acronym(t)))
                .filter(|t| match kind {
                    Some(k) if is_place_kind(k) => kind_of(t).is_none_or(is_place_kind),
                    Some(k) => kind_of(t).is_none() || kind_of(t) == Some(k),
                    None => {
                        matches!(kind_of(t), None | Some("person"))
                            || (place && kind_of(t).is_some_and(is_place_kind))
                    }
                })
                .collect();
            // A place the translation replaced with another known place, in a sentence
            // pair the aligner is sure of, is as wrong as a replaced person: «в Москве»
            // → "in Kazan".
            // Both places must be known: «в Заполярье» → "in the Arctic" is a
            // rendering, not a replacement. And nothing in the source may explain the
            // new place («в сирийском Тартусе» → "Syria's Tartus").
            let place_for_place = place
                && kind.is_some()
                && same_kind.len() == 1
                && !elsewhere
                // Words of another place's English name ("Arab" of "United Arab
                // Emirates") explain nothing of the source's place.
                && (inside_another_place(ctx, &name, same_kind[0])
                    || !same_kind[0].text.split(' ').any(|w| {
                        source_index.explains(ctx, w)
                            && (!another_known_place(ctx, &name, w)
                                || explained_by_another_word(ctx, &name, bead, w))
                    }))
                && bead.is_some_and(|b| b.shape() == (1, 1) && b.confidence >= 0.8);
            let sub = if same_kind.len() == 1 {
                Some(same_kind[0])
            } else if in_bead.len() == 1 {
                Some(in_bead[0])
            } else {
                None
            };
            if let Some(sub) = sub {
                substitutes.insert((sub.g, sub.span.start));
                let mut f = Finding::new(
                    rule("name-substituted"),
                    format!(
                        "«{}» ({expected}) appears to be replaced by «{}»",
                        name.text, sub.text
                    ),
                )
                .source(src.span_in(name.g, name.span.clone()))
                .target(tgt.span_in(sub.g, sub.span.clone()))
                .suggest(expected);
                // «Валентина Ивановна» is how Russian names a person it has introduced;
                // English gives the surname ("Matviyenko"), which the source lacks.
                // A Latin brand replaced by another Latin brand in a sentence pair the
                // aligner is sure of («Haval» → "Geely"): not a kept or shortened name.
                let latin_for_latin = latin_name
                    && sub.text.chars().all(|c| c.is_ascii_alphabetic())
                    && !is_abbreviation(&sub.text)
                    && !elsewhere
                    && bead.is_some_and(|b| b.shape() == (1, 1) && b.confidence >= 0.8);
                if (!confident && !place_for_place && !latin_for_latin)
                    || addressed_by_patronymic(&name)
                {
                    f = f.severity(Severity::Warning);
                }
                out.push(f);
            } else if droppable {
                continue;
            } else {
                let msg = if elsewhere {
                    format!(
                        "the name «{}» ({expected}) does not appear in the translation of its sentence, and the paragraph's translation names it fewer times than the source",
                        name.text
                    )
                } else {
                    format!(
                        "the name «{}» ({expected}) does not appear in the translation",
                        name.text
                    )
                };
                // An institution referred to by its kind ("the ministry" for
                // «Минсельхоз»), usually named earlier, is vaguer but not wrong.
                let generic = generic_reference(ctx, &name, bead)
                    .or_else(|| pronoun_reference(ctx, &name, bead));
                let msg = match &generic {
                    Some(word) => format!("{msg}; it is referred to only as «{word}»"),
                    None => msg,
                };
                let mut f = Finding::new(rule("name-missing"), msg)
                    .source(src.span_in(name.g, name.span.clone()));
                if let Some(b) = bead {
                    f = f.target(tgt.sentence_span(b.target.start));
                }
                let introduced = name.entity.is_some_and(|e| {
                    gaz.entries[e]
                        .accepted
                        .iter()
                        .any(|f| named_entities.contains(&f.to_lowercase()))
                });
                // «МИД КНР выразил протест» → "Beijing protested": the country (or
                // its capital) speaks for its institution.
                let for_its_country = name.entity.is_some_and(|e| gaz.entries[e].kind == "agency")
                    && country_after(ctx, &name)
                        .is_some_and(|c| bead.is_some_and(|b| country_rendered(ctx, c, b)));
                // «Министр здравоохранения Калужской области» → "Regional Health
                // Minister" after the headline named Kaluga Region: not lost.
                if regional_reference(ctx, &name, bead) {
                    continue;
                }
                // «Губернатор Тверской области Игорь Руденя» → "Governor Igor Rudenya"
                // right after "… in Tver": English does not repeat the region.
                let region = region_word(ctx, &name);
                if region && place_named_nearby(ctx, &name, bead, tr.start) {
                    continue;
                }
                // A person the paragraph's translation names in another sentence may
                // be referred to by a description here ("The 46-year-old …").
                let described = named_nearby && is_person(ctx, &name);
                // "Another 52 vessels were blacklisted" for «ЕС внёс в список 52
                // судна»: a passive without its agent hides who acted; vaguer, not
                // certainly wrong.
                // Not a person: "The chair said no violations had been found".
                let agentless = !is_person(ctx, &name)
                    && bead.is_some_and(|b| agentless_passive(&tgt, b.target.clone()));
                let genitive = genitive_of_noun(ctx, &name);
                // A body the translation has named already (earlier in the document or
                // elsewhere in the paragraph), here left to a title or a genitive or
                // called by its kind ("First Deputy Governor …" after "the Bank of
                // Russia", "the bank"): the English habit of not repeating it, a note
                // (the reader may still want "of Russia" back in a title).
                let backgrounded = (generic.is_some() || genitive)
                    && !is_person(ctx, &name)
                    && (introduced || named_nearby);
                if backgrounded {
                    out.push(f.severity(Severity::Info));
                    continue;
                }
                if !confident
                    || headline
                    || generic.is_some()
                    || introduced
                    || for_its_country
                    || described
                    || agentless
                    // Whose governor or ministry is often left to the context.
                    || region
                    || genitive
                {
                    f = f.severity(Severity::Warning);
                }
                out.push(f);
            }
        }
        // A name rendered elsewhere in the paragraph, whose own sentence has one name
        // nothing explains instead: the occurrence was replaced (a warning, since
        // translators also move a name to the next sentence and write another there).
        for (name, bead) in moved {
            let Some(b) = bead else { continue };
            let in_bead: Vec<&TargetName> = joined
                .iter()
                .filter(|t| b.target.contains(&t.g) && !substitutes.contains(&(t.g, t.span.start)))
                .filter(|t| {
                    certainly_a_name(ctx, &t.text.split(' ').collect::<Vec<_>>())
                        || person_like_en(ctx, &t.text)
                })
                .collect();
            if let [sub] = in_bead.as_slice() {
                let message = format!(
                    "«{}» appears to be replaced by «{}» in this sentence (the paragraph names it elsewhere)",
                    name.text, sub.text
                );
                let source = src.span_in(name.g, name.span.clone());
                substitution_warning(&tgt, sub, source, message, None, &mut substitutes, out);
            }
        }
        // A name the sentence repeats, rendered fewer times, with one name nothing
        // explains in its place: «в порт Таррагоны … командование Таррагоны» with
        // "Tarragona" once and "Basova" once.
        for (name, b, count, rendered_count) in fewer {
            let in_bead: Vec<&TargetName> = joined
                .iter()
                .filter(|t| b.target.contains(&t.g) && !substitutes.contains(&(t.g, t.span.start)))
                .filter(|t| !source_index.renders_common_word(ctx, &t.text))
                .filter(|t| !t.text.split(' ').any(|w| source_index.explains(ctx, w)))
                // Not a model code ("B13").
                .filter(|t| !t.text.chars().any(|c| c.is_ascii_digit()))
                .filter(|t| {
                    certainly_a_name(ctx, &t.text.split(' ').collect::<Vec<_>>())
                        || person_like_en(ctx, &t.text)
                })
                .collect();
            if let [sub] = in_bead.as_slice() {
                let message = format!(
                    "the source names «{}» {count} times here, the translation {rendered_count}; «{}» appears to have replaced it",
                    name.text, sub.text
                );
                let source = src.span_in(name.g, name.span.clone());
                substitution_warning(&tgt, sub, source, message, None, &mut substitutes, out);
            }
        }
        // A nationality word gone, one name nothing explains in its place: "Russian
        // women" become "Ukrainian women".
        let demonym_words: HashSet<String> = crate::lang::ru_en::demonyms()
            .values()
            .flatten()
            .map(|r| ctx.pair().target.stem(&r.to_lowercase()))
            .collect();
        for (g, span, word, renderings, b) in demonyms_missing {
            // Candidates: another nationality or place, or a name nothing explains.
            let in_bead: Vec<&TargetName> = group_names
                .iter()
                .filter(|t| b.target.contains(&t.g) && !substitutes.contains(&(t.g, t.span.start)))
                .filter(|t| !explained.contains(&(t.g, t.span.start)))
                .filter(|t| {
                    let (_, s, _, _) = tgt.sentence(t.g);
                    !s.tokens
                        .iter()
                        .any(|x| x.span.start == t.span.start && x.sentence_initial)
                })
                .filter(|t| !t.text.chars().any(|c| c.is_ascii_digit()))
                .filter(|t| !source_index.explains(ctx, &t.text))
                .filter(|t| {
                    demonym_words.contains(&ctx.pair().target.stem(&t.text.to_lowercase()))
                        || gazetteer_kind(ctx, &t.text).is_some()
                        || joined.iter().any(|j| {
                            j.g == t.g && j.span.start <= t.span.start && t.span.end <= j.span.end
                        })
                })
                .collect();
            if let [sub] = in_bead.as_slice() {
                let message = format!(
                    "«{word}» ({}) appears to be replaced by «{}»",
                    renderings.join(", "),
                    sub.text
                );
                let source = src.span_in(g, span);
                let suggestion = Some(renderings[0].clone());
                substitution_warning(
                    &tgt,
                    sub,
                    source,
                    message,
                    suggestion,
                    &mut substitutes,
                    out,
                );
            }
        }
        added_names(ctx, &joined, &substitutes, &source_index, out);
    }
    given_name_changed(ctx, &mid_caps, out);
    for clusters in [&clusters, &code_clusters] {
        let keys: Vec<&str> = clusters.iter().map(|(k, _)| k.as_str()).collect();
        consistency(
            ctx,
            clusters.iter().map(|(k, v)| (k.as_str(), v)),
            &keys,
            out,
        );
    }
}

/// A Russian given name as English writes it that is not also an English name ("Andrei",
/// "Yelena", not "Anna" or "Victor", which translators may keep for another person).
fn russian_given_name(latin: &str) -> bool {
    crate::lang::ru_en::person_names_all().contains(latin)
        && !crate::lang::ru_en::english_person_names().contains(latin)
}

/// Spelling keys of the list's given names: «Максим» romanises to "maksim", which the
/// list spells "maxim".
fn given_name_keys() -> &'static HashSet<String> {
    static KEYS: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        crate::lang::ru_en::person_names_all()
            .iter()
            .map(|n| translit::key(n))
            .collect()
    })
}

/// A person whose surname the translation keeps but whose given name it changes
/// («Алексей Дмитриев» → "Andrei Dmitriev"): the surname matches, so the name counts as
/// rendered, yet the reader meets another person. Only a Russian given name that no
/// word of the source spells stands for such a change: "Alexei" and "Aleksei" are one
/// name, and «Алексей и Андрей Дмитриевы» names both brothers.
fn given_name_changed(ctx: &Context, mid_caps: &HashSet<String>, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let tgt = ctx.target();
    for b in ctx
        .a
        .alignment
        .sentences
        .iter()
        .filter(|b| b.shape() == (1, 1) && b.confidence >= 0.9)
    {
        let (unit, _, _, _) = tgt.sentence(b.target.start);
        let names = target_names(ctx, &tgt, b.target.start);
        for name in source_names(ctx, &src, b.source.start, mid_caps) {
            let last = name.words.len().saturating_sub(1);
            if last == 0 || name.words.iter().any(|w| w.contains('.')) {
                continue;
            }
            let given = given_name_nominative(&name.words[0]);
            let given_latin = translit::romanize_ru(&given.to_lowercase());
            if !given_name_keys().contains(&translit::key(&given_latin)) {
                continue;
            }
            for (k, t) in names.iter().enumerate() {
                if k == 0
                    || word_match(&name, last, t).is_none()
                    || word_match(&name, 0, t).is_some()
                {
                    continue;
                }
                let p = &names[k - 1];
                let between = &unit.text[p.span.end..t.span.start];
                if !between.chars().all(char::is_whitespace) || between.is_empty() {
                    continue;
                }
                let p_lower = normalise_name(&p.text);
                if !russian_given_name(&p_lower)
                    || word_match(&name, 0, p).is_some()
                    || spells_a_source_word(ctx, Some(b), &p.text)
                {
                    continue;
                }
                let expected = titlecase(&given_latin);
                out.push(
                    Finding::new(
                        rule("name-substituted"),
                        format!(
                            "«{}» is rendered «{} {}»: same surname, another given name ({expected} expected)",
                            name.text, p.text, t.text
                        ),
                    )
                    .source(src.span_in(name.g, name.span.clone()))
                    .target(tgt.span_in(p.g, p.span.clone()))
                    .suggest(expected),
                );
            }
        }
    }
}

/// A region («Калужской области», «Краснодарского края») that an earlier sentence of the
/// translation named and this one calls "the region" or "regional".
const REGION_NOUNS: &[&str] = &["област", "кра", "республик", "округ", "район"];

/// A region named by its adjective before «области», «края» … («Тверской области»),
/// or a region the gazetteer knows, not governed by a place preposition («в Тверской
/// области» is where something happened).
fn region_word(ctx: &Context, name: &SourceName) -> bool {
    let text = &ctx.source().sentence(name.g).0.text;
    if after_place_preposition(&text[..name.span.start]) {
        return false;
    }
    match name.entity {
        Some(e) => ctx.pair().gazetteer.entries[e].kind == "region",
        None if name.words.len() != 1 => false,
        None => {
            let next: String = text[name.span.end..]
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            !place_adjective_towns(&name.words[0]).is_empty()
                && REGION_NOUNS.iter().any(|n| next.starts_with(n))
        }
    }
}

/// Whether the translation names the place in the sentence the name's sentence is
/// aligned to or in the one before it, within the paragraph (from target sentence
/// `first`): a headline's place is named again in the story.
fn place_named_nearby(
    ctx: &Context,
    name: &SourceName,
    bead: Option<&crate::align::Bead>,
    first: usize,
) -> bool {
    let Some(b) = bead.filter(|b| !b.target.is_empty()) else {
        return false;
    };
    let tgt = ctx.target();
    (b.target.start.saturating_sub(1).max(first)..b.target.end).any(|g| {
        // The first word names the place («Курской» области): "Region" is no name.
        target_names(ctx, &tgt, g).iter().any(|t| {
            name.keys
                .first()
                .into_iter()
                .flatten()
                .any(|k| k.chars().count() >= 3 && key_matches(k, &t.key))
        })
    })
}

fn regional_reference(ctx: &Context, name: &SourceName, bead: Option<&crate::align::Bead>) -> bool {
    let Some(b) = bead else { return false };
    if name.words.len() != 1 {
        return false;
    }
    let region = match name.entity {
        Some(e) => ctx.pair().gazetteer.entries[e].kind == "region",
        None => {
            let text = &ctx.source().sentence(name.g).0.text;
            let next: String = text[name.span.end..]
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            !place_adjective_towns(&name.words[0]).is_empty()
                && REGION_NOUNS.iter().any(|n| next.starts_with(n))
        }
    };
    if !region {
        return false;
    }
    let tgt = ctx.target();
    // «в Рязанской области» is where something happened, not whose minister.
    let text = &ctx.source().sentence(name.g).0.text;
    if after_place_preposition(&text[..name.span.start]) {
        return false;
    }
    // "Regional", and no "region" left standing alone: "in region" or "the Region
    // arbitration court" is what is left of a name taken out.
    let words = |g: usize| -> Vec<String> {
        tgt.sentence(g)
            .1
            .tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.lower.clone())
            .collect()
    };
    let regional = b.target.clone().all(|g| {
        !words(g)
            .iter()
            .any(|w| matches!(w.as_str(), "region" | "region's" | "oblast" | "province"))
    }) && b.target.clone().any(|g| {
        words(g)
            .iter()
            .any(|w| matches!(w.as_str(), "regional" | "provincial"))
    });
    let keys = &name.keys[0];
    let named_before = (0..b.target.start).any(|g| {
        target_names(ctx, &tgt, g)
            .iter()
            .any(|t| keys.iter().any(|k| key_matches(k, &t.key)))
    });
    regional && named_before
}

/// The kind of the gazetteer entry a word of the translation names whole ("Kazan").
fn gazetteer_whole_kind<'a>(ctx: &'a Context, word: &str) -> Option<&'a str> {
    let w = normalise_name(word);
    ctx.pair()
        .gazetteer
        .entries
        .iter()
        .find(|e| e.accepted.iter().any(|a| a.to_lowercase() == w))
        .map(|e| e.kind.as_str())
}

/// Whether a word of the translation is, whole, a place the gazetteer knows.
fn whole_place_name(ctx: &Context, word: &str) -> bool {
    gazetteer_whole_kind(ctx, word).is_some_and(is_place_kind)
}

/// Gazetteer kinds that name places.
fn is_place_kind(kind: &str) -> bool {
    matches!(kind, "city" | "region" | "country" | "place")
}

/// The dictionary form of an unknown town name in the locative or genitive after a
/// place preposition, when its stem has a masculine town ending: «в Искитиме» →
/// Искитим, «из Бердска» → Бердск. Other names are left as written: «в Туле» could be
/// Тула or Тул.
fn town_nominative(word: &str) -> String {
    const MASCULINE: &[&str] = &[
        "ск", "цк", "им", "ов", "ев", "ин", "ын", "град", "бург", "поль",
    ];
    let lower = word.to_lowercase();
    for ending in ["е", "а"] {
        if let Some(stem) = lower.strip_suffix(ending) {
            if stem.chars().count() >= 4 && MASCULINE.iter().any(|m| stem.ends_with(m)) {
                let keep = word.chars().count() - 1;
                return word.chars().take(keep).collect();
            }
        }
    }
    word.to_string()
}

/// Whether the text before a name ends with a preposition that governs places («в»,
/// «из», «под»): «в Новосибирске», «из Омска», and the second of two coordinated
/// places: «в Бердске и Искитиме».
fn after_place_preposition(before: &str) -> bool {
    const PLACE_PREPOSITIONS: &[&str] = &["в", "во", "из", "под", "около", "возле", "близ"];
    let before = before.trim_end();
    let Some(w) = before.rsplit(|c: char| !c.is_alphabetic()).next() else {
        return false;
    };
    let lower = w.to_lowercase();
    if PLACE_PREPOSITIONS.contains(&lower.as_str()) {
        return true;
    }
    if !matches!(lower.as_str(), "и" | "или") || w.len() == before.len() {
        return false;
    }
    // The word before the conjunction must be a name governed by the preposition.
    let rest = before[..before.len() - w.len()].trim_end();
    let Some(prev) = rest.rsplit(|c: char| !c.is_alphabetic()).next() else {
        return false;
    };
    !prev.is_empty()
        && prev.chars().next().is_some_and(char::is_uppercase)
        && after_place_preposition(&rest[..rest.len() - prev.len()])
}

/// A name-substituted warning: `sub` of the translation stands where the source has
/// `source`; `sub` is not offered as a replacement again.
fn substitution_warning(
    tgt: &DocSide,
    sub: &TargetName,
    source: Span,
    message: String,
    suggestion: Option<String>,
    substitutes: &mut HashSet<(usize, usize)>,
    out: &mut Vec<Finding>,
) {
    substitutes.insert((sub.g, sub.span.start));
    let mut f = Finding::new(rule("name-substituted"), message)
        .severity(Severity::Warning)
        .source(source)
        .target(tgt.span_in(sub.g, sub.span.clone()));
    f.suggestion = suggestion;
    out.push(f);
}

/// Nationality and place words of a source sentence (outside names) that nothing in
/// the aligned translation renders: "Russian" or "Russia" for «российский», "Poles"
/// or "Poland" for «поляки».
fn unrendered_demonyms(
    src: &DocSide,
    tgt: &DocSide,
    g: usize,
    bead: &crate::align::Bead,
) -> Vec<(std::ops::Range<usize>, String, &'static [String])> {
    let table = crate::lang::ru_en::demonyms();
    let (unit, s, _, _) = src.sentence(g);
    let target_words: Vec<String> = bead
        .target
        .clone()
        .flat_map(|t| {
            tgt.sentence(t)
                .1
                .tokens
                .iter()
                .filter(|x| x.is_word())
                .map(|x| x.lower.replace('.', ""))
                .collect::<Vec<_>>()
        })
        .collect();
    // Target words rendering any of the renderings ("Turkish", "Turkey" for "Turkish").
    let rendering_count = |renderings: &[String]| {
        target_words
            .iter()
            .filter(|w| {
                renderings.iter().any(|r| {
                    r.to_lowercase().replace('.', "").split(' ').any(|rw| {
                        let common = w
                            .chars()
                            .zip(rw.chars())
                            .take_while(|(a, b)| a == b)
                            .count();
                        let shorter = w.chars().count().min(rw.chars().count());
                        **w == rw || (common >= 3 && common * 2 >= shorter)
                    })
                })
            })
            .count()
    };
    // Source occurrences per nationality, the last one kept: «турецких машин …
    // турецкой лиры» needs "Turkish" twice.
    let mut seen: Vec<(&'static [String], usize, &crate::segment::tokens::Token)> = Vec::new();
    // «по московскому времени» is a time zone, given in GMT or local time as often.
    let words: Vec<&crate::segment::tokens::Token> =
        s.tokens.iter().filter(|t| t.is_word()).collect();
    let time_zone: HashSet<usize> = words
        .windows(2)
        .filter(|w| w[1].lower.starts_with("времен") || w[1].lower == "время")
        .map(|w| w[0].span.start)
        .collect();
    for t in s
        .tokens
        .iter()
        // A capitalised one belongs to a name («Российская Федерация»), checked as such.
        .filter(|t| t.is_word() && (!t.capitalized || t.sentence_initial))
        .filter(|t| !time_zone.contains(&t.span.start))
    {
        let Some(renderings) = table.get(&t.stem) else {
            continue;
        };
        match seen
            .iter_mut()
            .find(|(r, _, _)| std::ptr::eq(*r, renderings.as_slice()))
        {
            Some(e) => {
                e.1 += 1;
                e.2 = t;
            }
            None => seen.push((renderings.as_slice(), 1, t)),
        }
    }
    seen.into_iter()
        .filter(|(renderings, count, _)| rendering_count(renderings) < *count)
        .map(|(renderings, _, t)| {
            (
                t.span.clone(),
                unit.text[t.span.clone()].to_string(),
                renderings,
            )
        })
        .collect()
}

/// A nationality word not rendered: (sentence, span, word, renderings, bead).
type UnrenderedDemonym<'a> = (
    usize,
    std::ops::Range<usize>,
    String,
    &'static [String],
    &'a crate::align::Bead,
);

/// What the whole source offers to explain a name of the translation: romanisation keys
/// and skeletons of its capitalised words, its Latin-script words, and the gazetteer
/// entities it names.
struct SourceIndex {
    keys: Vec<String>,
    skeletons: HashSet<String>,
    latin: HashSet<String>,
    entity_forms: HashSet<String>,
    /// Spelling keys of the stems of the source's lower-case words: «областной думы»
    /// explains "Regional Duma".
    lower_keys: HashSet<String>,
    /// Target stems the lexicon gives for any word of the source ("конгресс" →
    /// congress, "ФБР" → fbi).
    renderings: HashSet<String>,
}

impl SourceIndex {
    fn of(ctx: &Context, src: &DocSide, mid_caps: &HashSet<String>) -> SourceIndex {
        let gaz = &ctx.pair().gazetteer;
        let mut ix = SourceIndex {
            keys: Vec::new(),
            skeletons: HashSet::new(),
            latin: HashSet::new(),
            entity_forms: HashSet::new(),
            lower_keys: HashSet::new(),
            renderings: HashSet::new(),
        };
        let mut keys = HashSet::new();
        let total: usize = ctx.a.source_sentences.iter().map(Vec::len).sum();
        for g in 0..total {
            let (_, s, _, _) = src.sentence(g);
            for t in s.tokens.iter().filter(|t| t.is_word()) {
                if let Some(ens) = ctx.pair().lexicon.get(&t.stem) {
                    ix.renderings.extend(ens.iter().cloned());
                }
                if t.lower.chars().all(|c| c.is_ascii_alphabetic()) {
                    ix.latin.insert(t.lower.clone());
                } else if t.capitalized || t.all_caps {
                    keys.extend(token_keys(t));
                    ix.skeletons.extend(token_skeletons(t));
                } else {
                    if t.lower.chars().count() >= 4 {
                        ix.lower_keys.insert(source_key(&t.stem));
                    }
                    if let Some(root) = t.stem.strip_suffix("ск") {
                        // A place adjective names its place: «камерунским» explains
                        // "Cameroon".
                        if root.chars().count() >= 4 {
                            keys.insert(source_key(root));
                        }
                    }
                }
            }
            // Entities in lower case too: «в администрации президента» explains "the
            // Kremlin", though it is no name to look for in the translation.
            let words: Vec<&Token> = s.tokens.iter().filter(|t| t.is_word()).collect();
            let stems: Vec<String> = words.iter().map(|t| t.stem.clone()).collect();
            let folded: Vec<String> = words.iter().map(|t| t.lower.clone()).collect();
            let entities = gaz
                .find(&stems, &folded)
                .into_iter()
                .map(|m| m.entry)
                .chain(
                    source_names(ctx, src, g, mid_caps)
                        .into_iter()
                        .filter_map(|n| n.entity),
                );
            for e in entities {
                for form in &gaz.entries[e].accepted {
                    ix.entity_forms
                        .extend(form.to_lowercase().split_whitespace().map(String::from));
                }
            }
        }
        ix.keys = keys.into_iter().filter(|k| k.len() >= 3).collect();
        ix
    }

    /// Whether every word of a name of the translation is a lexicon rendering of some
    /// word of the source.
    fn renders_common_word(&self, ctx: &Context, name: &str) -> bool {
        // Split as the lexicon splits its renderings ("U.S." → u, s).
        let stems = crate::lang::ru_en::content_stems(name, ctx.pair().target);
        !stems.is_empty() && stems.iter().all(|s| self.renderings.contains(s))
    }

    /// Whether a word of the translation renders something of the source.
    fn explains(&self, ctx: &Context, word: &str) -> bool {
        let w = normalise_name(word);
        let key = translit::key(&w);
        self.latin.contains(&w)
            || self.renderings.contains(&ctx.pair().target.stem(&w))
            || self.entity_forms.contains(&w)
            // The stem of a lower-case word, with at most a vowel ending (дум-ы, Duma).
            || (key.len() >= 4
                && (self.lower_keys.contains(&key)
                    || key
                        .strip_suffix(['a', 'e', 'i', 'o', 'u', 'y'])
                        .is_some_and(|k| self.lower_keys.contains(k))))
            || self.keys.iter().any(|k| key_matches(k, &key))
            || self.skeletons.contains(&translit::skeleton(&w))
    }
}

/// Names of the translation that nothing in the source explains (TC404): a person
/// ("John Smith") or an organisation the gazetteer knows, added by the translation.
fn added_names(
    ctx: &Context,
    joined: &[TargetName],
    substitutes: &HashSet<(usize, usize)>,
    source: &SourceIndex,
    out: &mut Vec<Finding>,
) {
    let tgt = ctx.target();
    for t in joined {
        if substitutes.contains(&(t.g, t.span.start)) {
            continue;
        }
        let words: Vec<&str> = t.text.split(' ').collect();
        if words.iter().any(|w| source.explains(ctx, w)) {
            continue;
        }
        if !certainly_a_name(ctx, &words) {
            continue;
        }
        out.push(
            Finding::new(
                rule("name-added"),
                format!("the name «{}» has no counterpart in the source", t.text),
            )
            .target(tgt.span_in(t.g, t.span.clone())),
        );
    }
}

/// A capitalised English word that is not a common word: the candidates a replaced
/// name may have become.
fn person_like_en(ctx: &Context, text: &str) -> bool {
    let w = normalise_name(text);
    w.chars().count() >= 3
        && !crate::lang::ru_en::core_lexicon().knows_target(&ctx.pair().target.stem(&w))
}

/// Whether capitalised words of the translation are certainly a name, not a title-cased
/// phrase ("Tabletop Easel") or a word of a longer institution name ("Bureau"): a given
/// name followed by a surname ("John Harlow", "Sergei Ivanov"), a gazetteer person's
/// surname, or the whole English name of a gazetteer organisation ("Gazprom").
fn certainly_a_name(ctx: &Context, words: &[&str]) -> bool {
    let lower: Vec<String> = words.iter().map(|w| normalise_name(w)).collect();
    let given = crate::lang::ru_en::person_names_all();
    let cased = |w: &&str| {
        w.chars().count() >= 2
            && w.chars().next().is_some_and(char::is_uppercase)
            && !w.chars().all(char::is_uppercase)
    };
    if words.len() >= 2 && words.iter().all(cased) && given.contains(lower[0].as_str()) {
        return true;
    }
    // Abbreviations and numerals ("II", "G7") are left to the number and name checks.
    if words.len() != 1 || words[0].chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    let w = &lower[0];
    ctx.pair()
        .gazetteer
        .entries
        .iter()
        .any(|e| match e.kind.as_str() {
            "person" => e.accepted.iter().any(|f| {
                f.split_whitespace()
                    .last()
                    .is_some_and(|last| normalise_name(last) == *w)
            }),
            "agency" | "org" | "media" | "company" | "party" => {
                e.accepted.iter().any(|f| normalise_name(f) == *w)
            }
            _ => false,
        })
}

/// A Russian given name in any case (Анна, Анны, Дмитрием), by its English spelling.
/// «Ги Буше», «Жан Буше»: a known one-word surname («Буш») met in an oblique form right
/// after a given name that is plainly in the nominative (it ends in a consonant, or is a
/// short indeclinable foreign name) is not that person: a nominative given name takes a
/// nominative surname, so «Буше» is someone else's nominative («Джорджа Буша» stays Bush).
fn other_surname_after_given_name(
    words: &[&Token],
    m: &crate::lang::ru_en::gazetteer::GazMatch,
    entry: &crate::lang::ru_en::gazetteer::GazEntry,
    unit: &crate::input::Unit,
) -> bool {
    if entry.kind != "person" || m.first != m.last || m.first == 0 || entry.ru.contains(' ') {
        return false;
    }
    let (given, surname) = (words[m.first - 1], words[m.first]);
    if crate::lang::fold(&surname.lower) == crate::lang::fold(&entry.ru.to_lowercase()) {
        return false;
    }
    let letters = given.lower.chars().count();
    let nominative = given
        .lower
        .chars()
        .last()
        .is_some_and(|c| !"аеёиоуыэюяь".contains(c))
        || letters <= 2;
    given.capitalized
        && !given.all_caps
        && adjacent(&unit.text, given, surname)
        && nominative
        && (is_given_name(given) || letters <= 2)
}

fn is_given_name(t: &Token) -> bool {
    let names = crate::lang::ru_en::person_names_all();
    [&t.lower, &t.stem]
        .iter()
        .any(|w| names.contains(crate::lang::translit::romanize_ru(w).as_str()))
}

/// Looks like a person's name: two or more capitalised words ("Ольга Ковалёва") or a
/// surname ending in any case (Петров, Петровой, Зеленского, Шевченко, Пашинян).
fn person_like(text: &str) -> bool {
    // A capital inside a word ("ВеаНез") is OCR or markup noise, or a foreign name
    // (ДиКаприо) whose English spelling transliteration does not reach.
    // A hyphen may start a new capital (Римский-Корсаков).
    let inner_capital = |w: &str| {
        let c: Vec<char> = w.chars().collect();
        !c.iter().all(|x| x.is_uppercase())
            && (1..c.len()).any(|i| c[i].is_uppercase() && c[i - 1] != '-')
    };
    if text.split_whitespace().any(inner_capital) {
        return false;
    }
    let words: Vec<String> = text.split_whitespace().map(crate::lang::fold).collect();
    // "Сытый Лось", "Священной Римской" begin with an adjective; first names end in
    // -ий at most (Дмитрий), never -ый, -ой, -ая.
    let adjective = |w: &str| {
        ["ый", "ой", "ая", "ое", "ые", "ого", "ому", "ым", "ую", "ых"]
            .iter()
            .any(|e| w.ends_with(e))
    };
    if adjective(&words[0]) {
        return false;
    }
    if words.len() >= 2 && !is_abbreviation(text) {
        return true;
    }
    // Other surname and patronymic endings; the -ов/-ев/-ин ones are shared.
    const ENDINGS: &[&str] = &[
        "ский",
        "ская",
        "ского",
        "ской",
        "скому",
        "ским",
        "ском",
        "цкий",
        "цкая",
        "цкого",
        "цкой",
        "цкому",
        "цким",
        "енко",
        "ук",
        "юк",
        "ича",
        "ичу",
        "ичем",
        "вич",
        "вна",
        "вны",
        "швили",
        "дзе",
        "ян",
        "яна",
        "яну",
        "яном",
    ];
    words.iter().any(|w| {
        w.chars().count() >= 4
            && ENDINGS
                .iter()
                .chain(POSSESSIVE_SURNAME_ENDINGS)
                .any(|e| w.ends_with(e))
    })
}

/// The gazetteer kind of an English word that is (part of) an established form.
/// Also finds derived forms: "Russian" and "Kazakh" are of the kind of "Russia" and
/// "Kazakhstan" (a country).
fn gazetteer_kind<'a>(ctx: &'a Context, word: &str) -> Option<&'a str> {
    let w = normalise_name(word);
    let wk = translit::key(&w);
    let entries = &ctx.pair().gazetteer.entries;
    // A whole name first: "Kazan" is a city before it is a word of "Rubin Kazan".
    if let Some(kind) = gazetteer_whole_kind(ctx, word) {
        return Some(kind);
    }
    let exact = entries.iter().find(|e| {
        e.accepted
            .iter()
            .any(|a| a.to_lowercase().split_whitespace().any(|x| x == w))
    });
    let derived = || {
        entries.iter().find(|e| {
            e.accepted.iter().filter(|a| !a.contains(' ')).any(|a| {
                let ak = translit::key(&a.to_lowercase());
                ak.len() >= 4 && wk.len() >= 4 && (ak.starts_with(&wk) || wk.starts_with(&ak))
            })
        })
    };
    exact.or_else(derived).map(|e| e.kind.as_str())
}

fn titlecase(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Case-insensitive whole-word search of a phrase; byte range in `text`.
fn find_phrase(text: &str, phrase: &str) -> Option<std::ops::Range<usize>> {
    let lt = text.to_lowercase();
    let lp = phrase.to_lowercase();
    if lt.len() != text.len() {
        return None;
    }
    let mut from = 0;
    while let Some(i) = lt[from..].find(&lp) {
        let s = from + i;
        let e = s + lp.len();
        let before = lt[..s].chars().last().is_none_or(|c| !c.is_alphanumeric());
        let after = lt[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return Some(s..e);
        }
        from = s + 1;
    }
    None
}

/// One source name spelled several ways in the translation: report the minority
/// spellings, suggesting the majority one.
fn consistency<'a>(
    ctx: &Context,
    clusters: impl Iterator<Item = (&'a str, &'a Vec<(Span, String)>)>,
    source_keys: &[&str],
    out: &mut Vec<Finding>,
) {
    let r = rule("inconsistent-rendering");
    // Ordinary English words ("Minister" for «Минфин», "Ministry" for «Министерство»)
    // render an institution in several correct ways; they are not spellings of a name.
    let common = |t: &str| {
        crate::lang::ru_en::core_lexicon().knows_target(&ctx.pair().target.stem(&normalise_name(t)))
    };
    // Spellings the gazetteer gives: on a tie, "Nabiullina" beats "Nabiulina".
    let established: HashSet<String> = ctx
        .pair()
        .gazetteer
        .entries
        .iter()
        .flat_map(|e| e.accepted.iter())
        .flat_map(|f| f.split_whitespace())
        .map(normalise_name)
        .collect();
    for (source_key, all) in clusters {
        // Only spellings of the same word form are variants: "Russia" / "Russian" and
        // "Kovalev" / "Kovaleva" are different words, "Peskov" / "Peskow" are not.
        let first = match all.first() {
            Some((_, t)) => normalise_name(t),
            None => continue,
        };
        let occurrences: Vec<&(Span, String)> = all
            .iter()
            // The exact spelling of another source name ("Nikitin" near «Никишин»
            // when the source also names «Никитин») is that person.
            .filter(|(_, t)| {
                // (The other's key is this spelling's, or this spelling and a case
                // ending: "nikitin", «Никитина».)
                let k = translit::key(&normalise_name(t));
                same_word_keys(source_key, &k)
                    || !source_keys
                        .iter()
                        .any(|other| *other != source_key && other.starts_with(k.as_str()))
            })
            .filter(|(_, t)| {
                let n = normalise_name(t);
                let (a, b) = (translit::key(&n), translit::key(&first));
                // An inflected or derived form is another word, not a spelling
                // ("Russia"/"Russian", "Ukraine"/"Ukrainian", "Kovalev"/"Kovaleva").
                let stem = |w: &str| w.trim_end_matches(['a', 'e', 'i', 'o', 'y']).to_string();
                let inflected = n.starts_with(&first)
                    || first.starts_with(&n)
                    || n.starts_with(&stem(&first))
                    || first.starts_with(&stem(&n));
                let two_words = n != first && common(&n) && common(&first);
                a == b
                    || (!inflected
                        && !two_words
                        && a.len().abs_diff(b.len()) <= 2
                        && translit::key_similarity(&a, &b) >= 0.9)
            })
            .collect();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for (_, text) in &occurrences {
            *counts.entry(normalise_name(text)).or_default() += 1;
        }
        // Every spelling an established name ("Moscow" and the "Moskva" of the river):
        // different names, not variants of one.
        if counts.len() < 2 || distinct_established(ctx, counts.keys()) {
            continue;
        }
        // The most frequent spelling; on a tie, the one closest to the transliteration
        // of the source name, then the one that comes first. (Not the transliteration
        // first: an established spelling, "Al Nahyan" for «Аль Нахайян», is none.)
        let first_at = |k: &str| {
            occurrences
                .iter()
                .filter(|(_, t)| normalise_name(t) == k)
                .map(|(s, _)| s.start)
                .min()
                .unwrap_or(usize::MAX)
        };
        let (majority, _) = counts
            .iter()
            .max_by(|(ka, na), (kb, nb)| {
                let close = |k: &str| translit::key_similarity(&translit::key(k), source_key);
                na.cmp(nb)
                    .then(established.contains(*ka).cmp(&established.contains(*kb)))
                    .then(close(ka).total_cmp(&close(kb)))
                    .then(first_at(kb).cmp(&first_at(ka)))
            })
            .unwrap();
        let spelled = counts.keys().cloned().collect::<Vec<_>>().join(" / ");
        for (span, text) in occurrences.iter().map(|o| (&o.0, &o.1)) {
            if normalise_name(text) != *majority {
                let shown = occurrences
                    .iter()
                    .find(|(_, t)| normalise_name(t) == *majority)
                    .map(|(_, t)| without_possessive(t))
                    .unwrap_or_default();
                out.push(
                    Finding::new(r, format!("one name spelled several ways in the translation ({spelled}); «{text}» is the minority spelling"))
                        .target(*span)
                        .suggest(shown),
                );
            }
        }
    }
}

/// Whether every spelling is a word of an established name and no name has two of them:
/// "Moscow" and the "Moskva" of the river are two names, "Zelensky" and "Zelenskyy"
/// spellings of one.
fn distinct_established<'a>(ctx: &Context, spellings: impl Iterator<Item = &'a String>) -> bool {
    let entries = &ctx.pair().gazetteer.entries;
    let owners = |w: &str| -> HashSet<usize> {
        entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.accepted
                    .iter()
                    .any(|f| f.split_whitespace().any(|x| normalise_name(x) == w))
            })
            .map(|(i, _)| i)
            .collect()
    };
    let mut seen: HashSet<usize> = HashSet::new();
    for w in spellings {
        let o = owners(w);
        if o.is_empty() || o.iter().any(|i| seen.contains(i)) {
            return false;
        }
        seen.extend(o);
    }
    true
}

/// Whether the text after a word makes it a product or model name: a hyphen and a
/// number ("Moskva-2020", "Be-200").
fn product_code(after: &str) -> bool {
    let mut chars = after.chars();
    matches!(chars.next(), Some('-' | '‑' | '–'))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// A spelling with its possessive removed, case kept ("Moscow's" → "Moscow").
fn without_possessive(s: &str) -> String {
    let t = s.trim_end_matches("'s").trim_end_matches("’s");
    t.trim_end_matches(['\'', '’']).to_string()
}

/// A spelling with case and possessive removed ("Peskov's" → "peskov").
fn normalise_name(s: &str) -> String {
    let l = s.to_lowercase().replace('’', "'");
    l.trim_end_matches("'s").trim_end_matches('\'').to_string()
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::fired;
    use crate::rules::Severity;

    #[test]
    fn missing_and_present_names() {
        let ru = "Мэр Сергей Собянин утвердил бюджет. Депутаты поддержали документ.";
        assert!(fired(
            ru,
            "Mayor Sergei Sobyanin approved the budget. The deputies supported the document.",
            "name-missing"
        )
        .is_empty());
        let f = fired(
            ru,
            "The mayor approved the budget. The deputies supported the document.",
            "name-missing",
        );
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn a_changed_given_name_under_the_same_surname() {
        let ru = "По словам гендиректора Алексея Дмитриева, выручка выросла на треть.";
        assert_eq!(
            fired(
                ru,
                "According to CEO Andrei Dmitriev, revenue grew by a third.",
                "name-substituted"
            ),
            vec!["Andrei".to_string()]
        );
        for good in [
            "According to CEO Alexei Dmitriev, revenue grew by a third.",
            "According to CEO Aleksey Dmitriyev, revenue grew by a third.",
        ] {
            assert!(fired(ru, good, "name-substituted").is_empty(), "{good}");
        }
        // «Максим» romanises to "maksim", the list spells "maxim".
        assert_eq!(
            fired(
                "Об этом сообщил Максим Ситников.",
                "This was announced by Mikhail Sitnikov.",
                "name-substituted"
            ),
            vec!["Mikhail".to_string()]
        );
        // Both brothers are in the source: "Andrei" is one of them.
        let brothers = "Алексей Дмитриев и его брат Андрей Дмитриев открыли завод.";
        assert!(fired(
            brothers,
            "Andrei Dmitriev and his brother Alexei Dmitriev opened a factory.",
            "name-substituted"
        )
        .is_empty());
    }

    #[test]
    fn the_second_of_two_places_is_a_place_too() {
        assert!(super::after_place_preposition("котельные в Бердске и "));
        assert!(super::after_place_preposition("приехали из "));
        assert!(!super::after_place_preposition("встретились Иванов и "));
        assert!(!super::after_place_preposition("в доме и "));
        assert_eq!(super::town_nominative("Искитиме"), "Искитим");
        assert_eq!(super::town_nominative("Бердска"), "Бердск");
        assert_eq!(super::town_nominative("Туле"), "Туле");
        let ru = "Глава региона поручил проверить котельные в Бердске и Искитиме.";
        assert_eq!(
            fired(
                ru,
                "The governor ordered checks of boiler houses in Berdsk and Omsk.",
                "name-substituted"
            ),
            vec!["Omsk".to_string()]
        );
        assert!(fired(
            ru,
            "The governor ordered checks of boiler houses in Berdsk and Iskitim.",
            "name-substituted"
        )
        .is_empty());
    }

    #[test]
    fn names_inside_quoted_speech_are_checked_but_not_quoted_titles() {
        let ru = "«Мы считаем, что показания Андрея Мельникова ничем не подтверждены», — сказал адвокат.";
        assert_eq!(
            fired(
                ru,
                "\"We believe Andrei Medvedev's testimony is not corroborated by anything,\" the lawyer said.",
                "name-substituted"
            ),
            vec!["Andrei Medvedev's".to_string()]
        );
        assert!(fired(
            ru,
            "\"We believe Andrei Melnikov's testimony is not corroborated by anything,\" the lawyer said.",
            "name-substituted"
        )
        .is_empty());
        // A short quoted title is a title, not a person: «Вечерний Ургант» may be renamed.
        assert!(fired(
            "Шоу «Вечерний Ургант» закрыли.",
            "The Evening show was closed.",
            "name-missing"
        )
        .is_empty());
    }

    #[test]
    fn inflected_names_match() {
        let ru = "Журналисты встретились с Собяниным и Песковым.";
        assert!(fired(ru, "Journalists met Sobyanin and Peskov.", "name-missing").is_empty());
    }

    #[test]
    fn substituted_name() {
        let ru = "Переговоры прошли в Токио.";
        assert_eq!(
            fired(ru, "The talks were held in Osaka.", "name-substituted"),
            vec!["Osaka".to_string()]
        );
        assert!(fired(ru, "The talks were held in Tokyo.", "name-substituted").is_empty());
    }

    #[test]
    fn regions_are_found_in_any_case_and_named_after_their_town() {
        let quiet = |ru: &str, en: &str| {
            ["name-missing", "name-substituted"]
                .iter()
                .all(|r| fired(ru, en, r).is_empty())
        };
        // A gazetteer region in an oblique case: the adjective changes its whole ending.
        let ru = "Губернатор Нижегородской области Глеб Никитин посетил завод.";
        assert!(quiet(
            ru,
            "Nizhny Novgorod Region Governor Gleb Nikitin visited the plant."
        ));
        assert_eq!(
            fired(
                ru,
                "Novgorod Region Governor Gleb Nikitin visited the plant.",
                "name-missing"
            )
            .len(),
            1
        );
        // A region the gazetteer does not list is named after its town.
        let ru = "В Калужской области горят леса.";
        assert!(quiet(ru, "Forests are burning in the Kaluga region."));
        assert_eq!(
            fired(
                ru,
                "Forests are burning in the Tula region.",
                "name-substituted"
            ),
            vec!["Tula".to_string()]
        );
        let ru = "В Тульской области горят леса.";
        assert!(quiet(ru, "Forests are burning in the Tula region."));
        let ru = "В Забайкальском крае горят леса.";
        assert!(quiet(
            ru,
            "Forests are burning in the Trans-Baikal Territory."
        ));
    }

    #[test]
    fn the_country_of_a_national_institution_may_go_unsaid() {
        let ru = "Дело возбуждено по ч. 4 ст. 159 УК РФ.";
        let en = "A case was opened under Part 4 of Article 159 of the Criminal Code.";
        assert!(fired(ru, en, "name-missing").is_empty());
        let ru = "Об этом сообщила официальный представитель МВД России Ирина Волк.";
        let en = "This was reported by Interior Ministry spokeswoman Irina Volk.";
        assert!(fired(ru, en, "name-missing").is_empty());
        // A country on its own is still looked for.
        let ru = "Об этом сообщил президент России.";
        assert_eq!(fired(ru, "The president said so.", "name-missing").len(), 1);
    }

    #[test]
    fn messages_give_a_surname_in_the_nominative() {
        let f = crate::checks::testing::findings(
            "По словам Соколовой, это компромисс.",
            "She said it was a compromise.",
        );
        let m = &f
            .iter()
            .find(|f| f.rule.name == "name-missing")
            .unwrap()
            .message;
        assert!(m.contains("(Sokolova)"), "{m}");
        assert_eq!(super::surname_nominative("Зеленского"), "Зеленский");
        // Not a surname: «иной» (other) stays as written.
        assert_eq!(super::surname_nominative("иной"), "иной");
    }

    #[test]
    fn a_region_may_be_named_by_its_place_alone() {
        let missing =
            |ru: &str, en: &str| crate::checks::testing::severities(ru, en, "name-missing");
        let ru = "Глава Курской области объявил режим ЧС.";
        assert!(missing(ru, "The Kursk governor declared a state of emergency.").is_empty());
        let sub = |ru: &str, en: &str| crate::checks::testing::fired(ru, en, "name-substituted");
        assert_eq!(
            sub(ru, "The Belgorod governor declared a state of emergency."),
            vec!["Belgorod".to_string()]
        );
    }

    #[test]
    fn a_capital_and_a_periphrasis_of_a_city_are_names() {
        let sub = |ru: &str, en: &str| crate::checks::testing::fired(ru, en, "name-substituted");
        let ru = "Переговоры прошли в Анкаре.";
        assert_eq!(
            sub(ru, "The talks took place in Istanbul."),
            vec!["Istanbul".to_string()]
        );
        assert!(sub(ru, "The talks took place in Ankara.").is_empty());
        let ru = "В Северной столице открылся новый отель.";
        assert_eq!(sub(ru, "A new hotel opened in Moscow.").len(), 1);
        assert!(sub(ru, "A new hotel opened in St Petersburg.").is_empty());
    }

    #[test]
    fn a_womans_surname_in_the_mans_form_is_a_warning() {
        let sub = |ru: &str, en: &str| crate::checks::testing::fired(ru, en, "name-substituted");
        let ru = "Решение поддержала Ирина Соколова.";
        assert_eq!(
            sub(ru, "The decision was backed by Irina Sokolov."),
            vec!["Sokolov".to_string()]
        );
        assert!(sub(ru, "The decision was backed by Irina Sokolova.").is_empty());
        let ru = "По словам Мухаметовой, вакцин хватает.";
        assert_eq!(
            sub(ru, "According to Mukhametov, there are enough vaccines.").len(),
            1
        );
        // The man of the family named beside her: one surname for both is English.
        let ru = "Семён Слепаков и Ирина Слепакова развелись.";
        assert!(sub(ru, "Semyon and Irina Slepakov have divorced.").is_empty());
        // A man's given name in the genitive: «Николая Соколова» is Nikolai Sokolov's.
        let ru = "Дом Николая Соколова продали.";
        assert!(sub(ru, "Nikolai Sokolov's house was sold.").is_empty());
    }

    #[test]
    fn a_tie_between_spellings_goes_to_the_established_one() {
        let ru = "Эльвира Набиуллина выступила на форуме.\n\nНабиуллина заявила, что ставка останется прежней.";
        let en =
            "Elvira Nabiulina spoke at the forum.\n\nNabiullina said the rate would stay the same.";
        assert_eq!(
            fired(ru, en, "inconsistent-rendering"),
            vec!["Nabiulina".to_string()]
        );
    }

    #[test]
    fn an_institution_named_earlier_may_go_unrepeated() {
        let missing =
            |ru: &str, en: &str| crate::checks::testing::severities(ru, en, "name-missing");
        let ru = "Банк России сохранил ключевую ставку.\n\nЗампред ЦБ Алексей Заботкин сообщил о снижении выдач ипотеки.";
        let en = "The Bank of Russia kept its key rate unchanged.\n\nDeputy Governor Alexei Zabotkin reported a fall in mortgage lending.";
        // A title's genitive of a body named before: a note only.
        assert_eq!(missing(ru, en), vec![Severity::Info]);
        // Never named in the translation: the bank of the first paragraph (an agentless
        // passive) and the title's genitive are warnings.
        let en = "The key rate was kept unchanged.\n\nDeputy Governor Alexei Zabotkin reported a fall in mortgage lending.";
        assert_eq!(missing(ru, en), vec![Severity::Warning, Severity::Warning]);
    }

    #[test]
    fn a_known_person_spelled_otherwise_is_a_warning() {
        let sub = |ru: &str, en: &str| crate::checks::testing::fired(ru, en, "name-substituted");
        let ru = "Об этом заявила глава ЦБ Эльвира Набиуллина.";
        let en = "This was stated by Central Bank Governor Elvira Nabiulina.";
        assert_eq!(sub(ru, en), vec!["Nabiulina".to_string()]);
        let en = "This was stated by Central Bank Governor Elvira Nabiullina.";
        assert!(sub(ru, en).is_empty());
        // A relative's form of the surname is no misspelling.
        let ru = "Об этом заявила Елизавета Пескова.";
        assert!(sub(ru, "This was stated by Elizaveta Peskova.").is_empty());
        let ru = "Юлия Навальная выступила в Мюнхене.";
        assert!(sub(ru, "Yulia Navalnaya spoke in Munich.").is_empty());
    }

    #[test]
    fn a_pronoun_for_a_person_named_earlier_in_the_paragraph_is_silent() {
        let missing =
            |ru: &str, en: &str| crate::checks::testing::severities(ru, en, "name-missing");
        let ru = "Решение поддержала Ирина Соколова. По словам Соколовой, это компромисс.";
        let en = "The decision was backed by Irina Sokolova. She said it was a compromise.";
        assert!(missing(ru, en).is_empty());
        let ru = "Аналитик Мария Литинецкая ожидает роста цен. «Спрос сохранится», — сказала Литинецкая.";
        let en =
            "Analyst Maria Litinetskaya expects prices to rise. \"Demand will hold,\" she said.";
        assert!(missing(ru, en).is_empty());
        // Not named anywhere else: still a warning.
        assert_eq!(
            missing(
                "По словам Соколовой, это компромисс.",
                "She said it was a compromise."
            ),
            vec![Severity::Warning]
        );
    }

    #[test]
    fn quoted_company_and_club_names_are_checked_and_capitals_may_stand_for_countries() {
        let missing =
            |ru: &str, en: &str| crate::checks::testing::severities(ru, en, "name-missing");
        let ru = "Об этом сообщила авиакомпания «Победа».";
        assert_eq!(
            missing(ru, "This was reported by the airline."),
            vec![Severity::Warning]
        );
        assert!(missing(ru, "This was reported by the airline Pobeda.").is_empty());
        let ru = "Интерес к игроку проявлял турецкий «Фенербахче».";
        assert_eq!(
            missing(ru, "A Turkish club was interested in the player."),
            vec![Severity::Warning]
        );
        assert!(missing(ru, "Turkey's Fenerbahce was interested in the player.").is_empty());
        // The title of a work is translated.
        let ru = "Фильм «Собака» показали в кинотеатре.";
        assert!(missing(ru, "The Dog was shown at the cinema.").is_empty());
        let ru = "Москва и Вашингтон в четверг обменялись заключёнными.";
        let en = "Russia and the United States swapped prisoners on Thursday.";
        assert!(missing(ru, en).is_empty());
        let ru = "Об этом сообщает Гидрометцентр.";
        assert!(missing(ru, "That's according to Russia's weather service.").is_empty());
        let ru = "Об этом сообщили в Свердловском УФАС.";
        let en = "This was reported by the Sverdlovsk office of the Federal Antimonopoly Service.";
        assert!(missing(ru, en).is_empty());
    }

    #[test]
    fn people_and_bodies_referred_to_by_pronoun_or_kind_are_warnings() {
        let missing =
            |ru: &str, en: &str| crate::checks::testing::severities(ru, en, "name-missing");
        let ru = "По её словам, в ЦИК поступило 46 жалоб.";
        assert_eq!(
            missing(ru, "The commission received 46 complaints, she said."),
            vec![Severity::Warning]
        );
        let ru = "Секретарь регионального отделения ЕР Геннадий Новосельцев поддержал решение.";
        let en =
            "Gennady Novoseltsev, secretary of the party's regional branch, backed the decision.";
        assert_eq!(missing(ru, en), vec![Severity::Warning]);
        let ru = "Глава ЦИК Элла Памфилова подвела итоги.\n\nПамфилова заявила, что нарушений не выявлено.";
        let en = "Central Election Commission chair Ella Pamfilova summed up the results.\n\nShe said no violations had been found.";
        assert_eq!(missing(ru, en), vec![Severity::Warning]);
        let en = "Central Election Commission chair Ella Pamfilova summed up the results.\n\nThe chair said no violations had been found.";
        assert_eq!(missing(ru, en), vec![Severity::Error]);
    }

    #[test]
    fn a_surname_opening_a_sentence_before_its_verb_is_a_name() {
        let ru = "Ширяев набрал 47 очков.";
        assert_eq!(
            fired(ru, "Sorokin scored 47 points.", "name-missing").len(),
            1
        );
        assert!(fired(ru, "Shiryaev scored 47 points.", "name-missing").is_empty());
        // A common word with a surname's ending is not one.
        let ru = "Специалистов привлекли к работе.";
        assert!(fired(ru, "Specialists were brought in.", "name-missing").is_empty());
        let ru = "Каковы были условия работы?";
        assert!(fired(ru, "What were the working conditions like?", "name-missing").is_empty());
    }

    #[test]
    fn the_next_person_of_a_list_is_no_misspelling() {
        let ru =
            "Шайбы забросили Максим Сорокин и Иван Дроздов, у ярославцев отличился Егор Сурин.";
        let en =
            "Maxim Sorokin and Ivan Drozdov scored, while Yegor Surin found the net for Yaroslavl.";
        assert!(fired(ru, en, "name-substituted").is_empty());
    }

    #[test]
    fn a_region_named_after_another_town_is_replaced() {
        let ru = "В Воронежской области горят леса.";
        assert_eq!(
            substitution_severities(ru, "Forests are burning in the Volgograd region."),
            vec![Severity::Error]
        );
        assert!(fired(
            ru,
            "Forests are burning in the Voronezh region.",
            "name-substituted"
        )
        .is_empty());
    }

    #[test]
    fn a_person_addressed_by_name_and_patronymic_may_get_the_surname() {
        let ru = "Как отметила Валентина Ивановна, закон вступит в силу в марте.";
        let en = "As Matviyenko noted, the law will take effect in March.";
        assert_eq!(substitution_severities(ru, en), vec![Severity::Warning]);
        let ru = "Как отметила Валентина Матвиенко, закон вступит в силу в марте.";
        let en = "As Valentina Petrova noted, the law will take effect in March.";
        assert_eq!(substitution_severities(ru, en), vec![Severity::Error]);
    }

    #[test]
    fn a_model_code_is_a_name_whatever_its_letters_spell() {
        let ru = "Тушением занимались самолёты Бе-200.";
        assert!(fired(ru, "Be-200 planes fought the fire.", "name-missing").is_empty());
        assert_eq!(
            fired(ru, "Il-76 planes fought the fire.", "name-missing").len(),
            1
        );
    }

    #[test]
    fn an_abbreviation_in_parentheses_may_become_the_english_acronym() {
        let ru = "Экспедицию организовал Арктический и антарктический научно-исследовательский институт (ААНИИ).";
        let en =
            "The expedition was organised by the Arctic and Antarctic Research Institute (AARI).";
        for rule in ["name-missing", "name-substituted"] {
            assert!(fired(ru, en, rule).is_empty(), "{rule}");
        }
        // The full name renders the abbreviation the source spells out.
        let en = "The expedition was organised by the Arctic and Antarctic Research Institute.";
        assert!(fired(ru, en, "name-missing").is_empty());
        let en = "The expedition was organised by a research body.";
        assert_eq!(fired(ru, en, "name-missing").len(), 1);
    }

    #[test]
    fn an_institution_referred_to_by_its_kind_is_only_a_warning() {
        let ru = "В Минсельхозе, однако, не исключают снижения экспорта.";
        let missing = |en: &str| crate::checks::testing::severities(ru, en, "name-missing");
        assert_eq!(
            missing("The ministry, however, does not rule out a decline in exports."),
            vec![Severity::Warning]
        );
        // Another ministry is no generic reference, and "Ministry" alone does not
        // spell «Минздрав».
        assert_eq!(
            missing("The Finance Ministry, however, does not rule out a decline in exports."),
            vec![Severity::Error]
        );
        let ru = "Об этом сообщили в Минздраве.";
        assert_eq!(
            crate::checks::testing::severities(ru, "The Finance Ministry said so.", "name-missing"),
            vec![Severity::Error]
        );
        assert!(fired(ru, "The Health Ministry said so.", "name-missing").is_empty());
    }

    #[test]
    fn a_surname_with_other_consonants_is_another_name() {
        let ru = "Спектакль поставил Валерий Фокин.";
        assert_eq!(
            substitution_severities(ru, "The play was directed by Valery Fomin."),
            vec![Severity::Warning]
        );
        assert!(fired(
            ru,
            "The play was directed by Valery Fokin.",
            "name-substituted"
        )
        .is_empty());
        let ru = "Директор Алексей Гулевич задержан.";
        assert_eq!(
            fired(
                ru,
                "Director Alexei Gulevish was detained.",
                "name-substituted"
            ),
            vec!["Gulevish".to_string()]
        );
        // Vowels vary between transliterations; foreign names are not Russian surnames.
        let ru = "Актёр Дмитрий Лысенков сыграл Гамлета.";
        assert!(fired(
            ru,
            "Actor Dmitry Lisenkov played Hamlet.",
            "name-substituted"
        )
        .is_empty());
        let ru = "Соревнования прошли в Чжанцзякоу.";
        assert!(fired(
            ru,
            "The events took place in Zhangjiakou.",
            "name-substituted"
        )
        .is_empty());
    }

    #[test]
    fn bodies_named_by_what_they_do_and_names_left_in_cyrillic() {
        for (ru, en) in [
            (
                "На месте работают сотрудники МЧС.",
                "Rescue workers are at the scene.",
            ),
            (
                "Следственный комитет возбудил уголовное дело.",
                "Investigators opened a criminal case.",
            ),
            (
                "Паводок затронул 12 сёл в Югре.",
                "The flood hit 12 villages in the Khanty-Mansi region.",
            ),
        ] {
            assert!(fired(ru, en, "name-missing").is_empty(), "{en}");
        }
        assert_eq!(
            fired(
                "На месте работают сотрудники МЧС.",
                "Police officers are at the scene.",
                "name-missing"
            )
            .len(),
            1
        );
        for (ru, en) in [
            (
                "Об этом сообщили в администрации президента.",
                "The Kremlin said so.",
            ),
            (
                "Данные опубликовала Федеральная служба государственной статистики.",
                "The data were published by Rosstat.",
            ),
        ] {
            assert!(fired(ru, en, "name-added").is_empty(), "{en}");
        }
        // A time zone is no place.
        let ru = "Запуск состоялся в 08:23 по московскому времени.";
        assert!(fired(
            ru,
            "The launch took place at 05:23 GMT.",
            "name-substituted"
        )
        .is_empty());
        // A name left in Cyrillic is untranslated (TC106), not replaced.
        let ru = "Об этом сообщил «Интерфаксу» представитель компании.";
        assert!(fired(
            ru,
            "A company representative told Интерфакс.",
            "name-substituted"
        )
        .is_empty());
        assert_eq!(
            fired(
                ru,
                "A company representative told Reuters.",
                "name-substituted"
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_surname_with_a_letter_no_transliteration_makes_is_a_misspelling() {
        for (ru, en, slip) in [
            (
                "Об этом сообщил Сергей Целиков.",
                "Sergei Tselikhov said so.",
                "Tselikhov",
            ),
            (
                "Её тренер Этери Тутберидзе довольна.",
                "Her coach Eteri Tuberidze is pleased.",
                "Tuberidze",
            ),
            (
                "Об этом сообщил Юрий Борисов.",
                "Yury Barisov said so.",
                "Barisov",
            ),
            (
                "Об этом сообщила судья Ульяна Солопова.",
                "Judge Uliana Salopova said so.",
                "Salopova",
            ),
        ] {
            assert_eq!(
                fired(ru, en, "name-substituted"),
                vec![slip.to_string()],
                "{en}"
            );
        }
        for (ru, en) in [
            (
                "Об этом сообщил Сергей Целиков.",
                "Sergei Tselikov said so.",
            ),
            (
                "Её тренер Этери Тутберидзе довольна.",
                "Her coach Eteri Tutberidze is pleased.",
            ),
            (
                "Встреча с Юрием Борисовым прошла вчера.",
                "The meeting with Yury Borisov took place yesterday.",
            ),
            (
                "Об этом заявил депутат Алексей Гончаренко.",
                "MP Oleksiy Honcharenko said so.",
            ),
            ("Об этом заявил Ярослав Нилов.", "Yaroslav Nilov said so."),
        ] {
            assert!(fired(ru, en, "name-substituted").is_empty(), "{en}");
        }
    }

    /// Severity of the name-substituted findings.
    fn substitution_severities(ru: &str, en: &str) -> Vec<Severity> {
        crate::checks::testing::severities(ru, en, "name-substituted")
    }

    #[test]
    fn a_french_surname_keeps_its_spelling_and_is_not_a_known_namesake() {
        // «Буше» after a nominative given name is not «Буш» in the locative.
        let ru = "Главный тренер «Авангарда» Ги Буше признал поражение.";
        let en = "Avangard head coach Guy Boucher conceded defeat.";
        assert!(fired(ru, en, "name-substituted").is_empty());
        let ru = "Главный тренер Жан Буше признал поражение.";
        assert!(fired(
            ru,
            "Head coach Jean Boucher conceded defeat.",
            "name-substituted"
        )
        .is_empty());
        assert!(fired(
            ru,
            "Head coach Jean Bouchet conceded defeat.",
            "name-substituted"
        )
        .is_empty());
        // Another surname is still a replacement; an oblique «Буша» is still Bush.
        assert_eq!(
            fired(
                ru,
                "Head coach Jean Lambert conceded defeat.",
                "name-substituted"
            )
            .len(),
            1
        );
        let ru = "Визит Джорджа Буша длился день.";
        assert!(fired(
            ru,
            "The visit of George Bush lasted a day.",
            "name-substituted"
        )
        .is_empty());
        assert_eq!(
            fired(
                ru,
                "The visit of George Bushe lasted a day.",
                "name-substituted"
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_abbreviation_may_reorder_its_letters() {
        let ru = "Президент РФБ Андрей Кириленко поделился воспоминаниями.";
        let en = "RBF president Andrey Kirilenko shared his memories.";
        for rule in ["name-missing", "name-substituted"] {
            assert!(fired(ru, en, rule).is_empty(), "{rule}");
        }
        // Other letters are another organisation: still reported.
        let en = "RBK president Andrey Kirilenko shared his memories.";
        assert_eq!(fired(ru, en, "name-missing").len(), 1);
    }

    #[test]
    fn a_city_replaced_by_another_known_city_is_an_error() {
        let ru = "Финал турнира состоится 2 июня в Москве.";
        assert_eq!(
            substitution_severities(ru, "The final will take place on June 2 in Kazan."),
            vec![Severity::Error]
        );
        // "Moscow" also renders the adjective «московский»; here it replaced «Казани».
        let ru = "Финал турнира состоится 2 июня в Казани.";
        assert_eq!(
            substitution_severities(ru, "The final will take place on June 2 in Moscow."),
            vec![Severity::Error]
        );
        assert!(
            substitution_severities(ru, "The final will take place on June 2 in Kazan.").is_empty()
        );
    }

    #[test]
    fn a_place_the_source_explains_or_does_not_know_is_no_error() {
        // «сирийском» explains "Syria's": the dropped «России» was not replaced.
        let ru = "Парады в честь Дня военно-морского флота России прошли в сирийском Тартусе.";
        let en = "Navy Day parades were held in Syria's Tartus.";
        assert!(!substitution_severities(ru, en).contains(&Severity::Error));
        // «Заполярье» is not in the gazetteer: "the Arctic region" renders it.
        let ru = "В Заполярье зафиксировано почти 9,5 тысяч случаев заражения.";
        let en = "Nearly 9,500 cases of infection were recorded in the Arctic region.";
        assert!(!substitution_severities(ru, en).contains(&Severity::Error));
    }

    #[test]
    fn substituted_country_in_an_inflected_form() {
        // Snowball stems «Казахстане» unlike «Казахстан»; the gazetteer still finds it.
        let ru = "Власти сообщили, что в Казахстане приняли новый закон.";
        assert_eq!(
            fired(
                ru,
                "The authorities said a new law was adopted in Ukraine.",
                "name-substituted"
            ),
            vec!["Ukraine".to_string()]
        );
        assert!(fired(
            ru,
            "The authorities said a new law was adopted in Kazakhstan.",
            "name-substituted"
        )
        .is_empty());
    }

    #[test]
    fn surnames_made_from_common_words_are_names() {
        // Лыков shares its stem with лыко, Соколова with сокол.
        let ru = "На 47-й минуте Лыков сравнял счёт после паса Соколова.";
        assert_eq!(
            fired(
                ru,
                "In the 47th minute, Grinyov equalized after a pass from Sokolov.",
                "name-substituted"
            ),
            vec!["Grinyov".to_string()]
        );
        assert!(fired(
            ru,
            "In the 47th minute, Lykov equalized after a pass from Sokolov.",
            "name-substituted"
        )
        .is_empty());
        // An ordinal after a given name is a regnal number, not a surname.
        assert!(fired(
            "Николай Второй отрёкся от престола.",
            "Nicholas II abdicated the throne.",
            "name-missing"
        )
        .is_empty());
    }

    #[test]
    fn similar_consonants_alone_are_not_the_same_name() {
        // Кари and Kryuchkov share "K R" and little else.
        let ru = "Об этом рассказала Анна Кари.";
        assert_eq!(
            fired(ru, "This was told by Anna Kryuchkov.", "name-substituted"),
            vec!["Anna Kryuchkov".to_string()]
        );
        assert!(fired(ru, "This was told by Anna Kari.", "name-substituted").is_empty());
        // Same consonants, different vowels: one name (Ньюмэн, Newman; Уайт, White).
        assert!(fired(
            "Об этом рассказали Ким Ньюмэн и Сильвэн Уайт.",
            "This was told by Kim Newman and Sylvain White.",
            "name-missing"
        )
        .is_empty());
    }

    #[test]
    fn capitalised_common_words_rendered_as_such_are_not_names() {
        let ru = "Актриса сыграет Эмму Фрост по прозвищу Белая Королева.";
        let en = "The actress will play Emma Frost, known as the White Queen.";
        assert!(fired(ru, en, "name-missing").is_empty());
        assert!(fired(ru, en, "name-substituted").is_empty());
    }

    #[test]
    fn repeated_name_rendered_fewer_times() {
        let ru = "Суд Таррагоны запретил заход судна в порт Таррагоны.";
        assert_eq!(
            fired(
                ru,
                "The Basova court banned the ship from entering the port of Tarragona.",
                "name-substituted"
            ),
            vec!["Basova".to_string()]
        );
        // A pronoun or a dropped repetition is not a substitution.
        assert!(fired(
            ru,
            "The Tarragona court banned the ship from entering its port.",
            "name-substituted"
        )
        .is_empty());
        assert!(fired(
            ru,
            "The Tarragona court banned the ship from entering the port of Tarragona.",
            "name-substituted"
        )
        .is_empty());
    }

    #[test]
    fn nationality_word_replaced() {
        let ru = "Как обычно, российские женщины любят индийское кино.";
        assert_eq!(
            fired(
                ru,
                "As usual, Ukrainian women love Indian movies.",
                "name-substituted"
            ),
            vec!["Ukrainian".to_string()]
        );
        assert!(fired(
            ru,
            "As usual, Russian women love Indian movies.",
            "name-substituted"
        )
        .is_empty());
        assert!(fired(
            ru,
            "As usual, women in Russia love Indian movies.",
            "name-substituted"
        )
        .is_empty());
        let ru = "Этой идеей воспользовались поляки.";
        assert_eq!(
            fired(ru, "This idea was used by Czechs.", "name-substituted"),
            vec!["Czechs".to_string()]
        );
        assert!(fired(ru, "This idea was used by Poles.", "name-substituted").is_empty());
        // Said twice in the source, once in the translation, another country instead.
        let ru = "Экспорт турецких машин упал из-за падения турецкой лиры.";
        assert_eq!(
            fired(
                ru,
                "Exports of Greek cars fell because of the fall of the Turkish lira.",
                "name-substituted"
            ),
            vec!["Greek".to_string()]
        );
    }

    #[test]
    fn place_adjectives_explain_their_place() {
        // «камерунским» explains "Cameroon", so "Basova" is the one stand-in.
        let ru = "Суд Таррагоны запретил заход в порт Таррагоны судну под камерунским флагом.";
        assert_eq!(
            fired(
                ru,
                "The Basova court banned the Cameroon-flagged ship from the port of Tarragona.",
                "name-substituted"
            ),
            vec!["Basova".to_string()]
        );
    }

    #[test]
    fn a_name_is_not_a_function_word() {
        // The key of «Анды» is "and": the conjunction does not render it.
        let ru = "Он мечтал поехать в Анды, потом в Непал.";
        assert_eq!(
            fired(
                ru,
                "He dreamed of going to Petra and then to Nepal.",
                "name-substituted"
            ),
            vec!["Petra".to_string()]
        );
    }

    #[test]
    fn institution_calque() {
        let ru = "Об этом сообщает РИА Новости.";
        assert_eq!(
            fired(ru, "This was reported by RIA News.", "name-calque"),
            vec!["RIA News".to_string()]
        );
        assert!(fired(ru, "This was reported by RIA Novosti.", "name-calque").is_empty());
        assert!(fired(ru, "This was reported by RIA Novosti.", "name-missing").is_empty());
    }

    #[test]
    fn a_name_moved_to_another_sentence_of_the_paragraph_is_not_missing() {
        let ru = "Премьер-министр Монголии прибудет в Иркутск 5 сентября с двухдневным визитом. В аэропорту его встретит губернатор региона Игорь Кобзев, сообщает ТАСС.";
        let moved = "Mongolia's prime minister will arrive in Irkutsk on September 5 for a two-day visit, TASS reported. He will be met at the airport by regional governor Igor Kobzev.";
        assert!(fired(ru, moved, "name-missing").is_empty());
        let dropped = "Mongolia's prime minister will arrive in Irkutsk on September 5 for a two-day visit. He will be met at the airport by regional governor Igor Kobzev.";
        assert_eq!(fired(ru, dropped, "name-missing").len(), 1);
        // A word of the same spelling in another sentence renders that word, not the name.
        let ru = "Напомним, Аргентина предоставляет гражданство по праву почвы. Аргентинский паспорт открывает безвизовый въезд в 170 стран.";
        let en = "To recap, the country grants citizenship by the law of the soil. An Argentinian passport opens visa-free entry to 170 countries.";
        assert_eq!(fired(ru, en, "name-missing").len(), 1);
    }

    #[test]
    fn a_name_left_out_of_a_headline_is_only_a_warning() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        let ru =
            "Минпросвещения изменит правила ЕГЭ\n\nМинпросвещения изменит правила ЕГЭ с 2026 года.";
        let en = "Russia to overhaul state exam rules\n\nRussia will change the state exam rules from 2026.";
        assert_eq!(
            severities(ru, en, "name-missing"),
            vec![Severity::Warning, Severity::Error]
        );
    }

    #[test]
    fn a_club_name_translated_as_an_english_word_is_a_calque() {
        let ru = "«Спартак» сыграет с казанским «Рубином».";
        assert_eq!(
            fired(ru, "Spartak will play Kazan's Ruby.", "name-calque"),
            vec!["Ruby".to_string()]
        );
        assert!(fired(ru, "Spartak will play Rubin Kazan.", "name-calque").is_empty());
        // A calque spelled like the name that is no English word stays a variant.
        assert!(fired(
            "Акции АвтоВАЗа выросли.",
            "Shares of AvtoVAZ rose.",
            "name-calque"
        )
        .is_empty());
    }

    #[test]
    fn spelling_variants_in_one_document() {
        let ru = "Песков ответил журналистам.\n\nПо словам Пескова, встреча прошла хорошо.\n\nПесков добавил, что решение примут позже.";
        let en = "Peskov answered journalists.\n\nAccording to Peskow, the meeting went well.\n\nPeskov added that the decision would be made later.";
        assert_eq!(
            fired(ru, en, "inconsistent-rendering"),
            vec!["Peskow".to_string()]
        );
        let en_ok = "Peskov answered journalists.\n\nAccording to Peskov, the meeting went well.\n\nPeskov added that the decision would be made later.";
        assert!(fired(ru, en_ok, "inconsistent-rendering").is_empty());
    }

    #[test]
    fn added_names() {
        let ru = "Глава ведомства заявил, что проверка завершена.";
        assert_eq!(
            fired(
                ru,
                "Agency head John Harlow said the inspection was complete.",
                "name-added"
            ),
            vec!["John Harlow".to_string()]
        );
        assert_eq!(
            fired(
                ru,
                "The head of the agency, Sergei Ivanov, said the inspection was complete.",
                "name-added"
            ),
            vec!["Sergei Ivanov".to_string()]
        );
        for (ru, en) in [
            // The name is in the source, inflected, in another sentence.
            (
                "Сергей Иванов возглавил ведомство. Глава ведомства заявил, что проверка завершена.",
                "Sergei Ivanov took over the agency. Agency head Sergei Ivanov said the inspection was complete.",
            ),
            // A lower-case source word the lexicon renders by a capitalised one.
            (
                "Предложение должен одобрить конгресс.",
                "The proposal must be approved by Congress.",
            ),
            // Title Case that is not a name.
            (
                "Набор для валяния из шерсти.",
                "Wool Felting Set for beginners.",
            ),
        ] {
            assert!(fired(ru, en, "name-added").is_empty(), "{en}");
        }
    }

    #[test]
    fn garbled_names_are_not_errors() {
        // OCR noise with capitals inside words cannot be trusted to be a name.
        let f = crate::checks::testing::findings(
            "На сцену вышла группа ВаБу Уоцте и сыграла три песни.",
            "The Beatles took the stage and played three songs.",
        );
        assert!(f
            .iter()
            .filter(|f| f.rule.category == crate::rules::Category::Accuracy)
            .all(|f| f.severity != crate::rules::Severity::Error));
        // A hyphenated surname still is one.
        assert!(super::person_like("Римский-Корсаков"));
    }

    #[test]
    fn replaced_names_and_their_substitutes() {
        let ru = "Координатор в американском Совете безопасности Джон Кирби отказался анонсировать поездку на Украину.";
        // "U.S." translates «американском»: it replaced nothing; Ukraine is not Кирби.
        let en = "Coordinator at the U.S. Security Council John Yerevan refused to announce a trip to Ukraine.";
        let f = crate::checks::testing::findings(ru, en);
        assert!(f
            .iter()
            .any(|f| f.rule.name == "name-missing" && f.message.contains("Кирби")));
        assert!(!f
            .iter()
            .any(|f| f.rule.name == "name-substituted" && f.message.contains("U.S")));
        // A name the paragraph keeps elsewhere but replaced in its own sentence.
        let ru = "Песков ответил журналистам. Позже Песков добавил, что решение примут осенью.";
        let en = "Peskov answered journalists. Later, Smith added that the decision would be made in the autumn.";
        assert_eq!(fired(ru, en, "name-substituted"), vec!["Smith".to_string()]);
        let en_ok = "Peskov answered journalists. Later, he added that the decision would be made in the autumn.";
        assert!(fired(ru, en_ok, "name-substituted").is_empty());
    }

    #[test]
    fn two_common_words_for_one_institution_are_not_spellings() {
        let ru = "Минфин ожидает дефицит бюджета. Об этом заявил министр финансов Антон Силуанов.\n\nМинистерство финансов внесёт проект в правительство.";
        let en = "The Finance Ministry expects a budget deficit, Finance Minister Anton Siluanov said.\n\nThe Ministry of Finance will submit the draft to the government.";
        assert!(fired(ru, en, "inconsistent-rendering").is_empty());
    }

    #[test]
    fn a_latin_name_must_come_back_as_written() {
        let ru = "Пена в матрасе имеет сертификат CertiPUR и не содержит вредных веществ.";
        let en = "The foam in the mattress has Encanto certification and contains no harmful substances.";
        let f = crate::checks::testing::findings(ru, en);
        assert!(f
            .iter()
            .any(|f| f.rule.name.starts_with("name-") && f.message.contains("CertiPUR")));
        let en_ok = "The foam in the mattress has CertiPUR certification and contains no harmful substances.";
        let f = crate::checks::testing::findings(ru, en_ok);
        assert!(!f.iter().any(|f| f.message.contains("CertiPUR")));
    }

    #[test]
    fn foreign_names_come_back_in_their_own_spelling() {
        let sev = |ru: &str, en: &str| {
            crate::checks::testing::findings(ru, en)
                .into_iter()
                .filter(|f| f.rule.name.starts_with("name-"))
                .count()
        };
        // Spanish j is Russian х, Slavic c is ц.
        let ru = "Кандидат левых Жаннетт Хара набрала 26,8% голосов.";
        assert_eq!(
            sev(
                ru,
                "Left-wing candidate Jeannette Jara won 26.8% of the vote."
            ),
            0
        );
        assert_eq!(
            sev(
                ru,
                "Left-wing candidate Jeannette Lopez won 26.8% of the vote."
            ),
            1
        );
        let ru = "Премьер Словакии Роберт Фицо прибыл в Москву.";
        assert_eq!(
            sev(ru, "Slovak Prime Minister Robert Fico arrived in Moscow."),
            0
        );
        assert_eq!(
            sev(ru, "Slovak Prime Minister Robert Fiala arrived in Moscow."),
            1
        );
        // "gh" is a hard г in older spellings.
        let ru = "Выставка посвящена Сергею Дягилеву.";
        assert_eq!(
            sev(ru, "The exhibition is dedicated to Sergei Diaghilev."),
            0
        );
        assert_eq!(
            sev(ru, "The exhibition is dedicated to Sergei Dashilev."),
            1
        );
    }

    #[test]
    fn what_renders_a_source_word_replaced_no_name() {
        // "Lin" spells «Линь»; "CNC" is an acronym nobody knows.
        let ru = "«Это незаконные меры», — заявил официальный представитель МИД Линь Цзянь.";
        let en = "\"These are illegal measures,\" ministry spokesman Lin Jian said.";
        assert!(fired(ru, en, "name-substituted").is_empty());
        let en_bad = "\"These are illegal measures,\" ministry spokesman Zhao Lijian said.";
        assert!(!fired(ru, en_bad, "name-substituted").is_empty());
        let ru = "ЕС также запретил экспорт станков с числовым программным управлением.";
        let en = "It also banned exports of CNC machine tools.";
        assert!(fired(ru, en, "name-substituted").is_empty());
        assert_eq!(
            fired(
                ru,
                "It said NATO also banned exports of CNC machine tools.",
                "name-substituted"
            ),
            vec!["NATO".to_string()]
        );
    }

    #[test]
    fn a_counterpart_or_a_capital_stands_for_an_institution() {
        let sev = |ru: &str, en: &str| crate::checks::testing::severities(ru, en, "name-missing");
        let ru = "Лавров встретился с главой МИД Турции Хаканом Фиданом.";
        assert!(sev(ru, "Lavrov met his Turkish counterpart Hakan Fidan.").is_empty());
        assert_eq!(sev(ru, "Lavrov met Hakan Fidan.").len(), 1);
        let ru = "МИД КНР выразил протест.";
        assert_eq!(sev(ru, "Beijing protested."), vec![Severity::Warning]);
        assert_eq!(sev(ru, "It protested."), vec![Severity::Error]);
        // An agentless passive hides the actor: vaguer, a warning.
        assert_eq!(sev(ru, "A protest was lodged."), vec![Severity::Warning]);
        // Descriptions English news uses for Russian bodies.
        for (ru, en) in [
            (
                "Администрация президента не комментирует ситуацию.",
                "The Kremlin has declined to comment.",
            ),
            (
                "Госдума приняла закон в первом чтении.",
                "The lower house of parliament passed the bill in its first reading.",
            ),
            (
                "Роскомнадзор заблокировал приложение.",
                "The watchdog blocked the app.",
            ),
            (
                "Сотрудники МЧС эвакуировали 200 человек.",
                "Emergency officials evacuated 200 people.",
            ),
            (
                "Хозяева открыли счёт на третьей минуте.",
                "The hosts opened the scoring in the third minute.",
            ),
        ] {
            assert!(sev(ru, en).is_empty(), "{en}");
        }
    }

    #[test]
    fn similar_surnames_of_two_people_are_not_one_name() {
        let ru = "Шайбу забросил Никишин, а главный тренер Никитин остался доволен.";
        let en = "Nikishin scored, and head coach Nikitin was pleased.";
        assert!(fired(ru, en, "inconsistent-rendering").is_empty());
        let ru = "Шайбу забросил Никишин. Никишин стал лучшим игроком матча.";
        let en = "Nikishin scored. Nikishen was named player of the match.";
        assert_eq!(fired(ru, en, "inconsistent-rendering").len(), 1);
    }

    #[test]
    fn renderings_english_news_uses_for_names_are_not_losses() {
        let missing =
            |ru: &str, en: &str| crate::checks::testing::severities(ru, en, "name-missing");
        for (ru, en) in [
            ("Президент России Владимир Путин подписал указ.", "President Vladimir Putin signed a decree."),
            (
                "Премию получил профессор Московского государственного университета имени М. В. Ломоносова.",
                "The prize went to a professor at Moscow State University.",
            ),
            ("По данным Росавиации, рейс задержан.", "The flight was delayed, according to the aviation authority."),
            ("Председатель ЦИК Элла Памфилова заявила об итогах.", "Election commission chief Ella Pamfilova announced the results."),
            ("Депутат Госдумы Нина Останина внесла законопроект.", "MP Nina Ostanina introduced a bill."),
            ("Сколько стоил проект?", "How much did the project cost?"),
            ("Пас отдал Клаудиньо.", "Claudinho provided the assist."),
            ("Общая мощность станции составит 4800 МВт.", "The plant's total capacity will be 4,800 megawatts."),
        ] {
            assert!(missing(ru, en).is_empty(), "{en}");
        }
        // Without a stand-in only: a name in the slot is still a replacement.
        let ru = "В воскресенье выступит президент Франции Эмманюэль Макрон.";
        let en = "On Sunday, Emmanuel Macron, the President of Egypt, will speak.";
        assert!(!fired(ru, en, "name-substituted").is_empty());
        // The name is all there is when the body is no name of its own.
        let ru = "Об этом сообщил Центр имени Гамалеи.";
        assert_eq!(missing(ru, "This was reported by the Center.").len(), 1);
        // A person named in the paragraph's previous sentence, described here.
        let ru = "Назначен Сергей Ларионов. Ларионову 46 лет.";
        assert_eq!(
            missing(
                ru,
                "Sergei Larionov was appointed. The 46-year-old is from Yaroslavl."
            ),
            vec![Severity::Warning]
        );
        assert_eq!(
            missing("Назначен Сергей Ларионов.", "A 46-year-old was appointed."),
            vec![Severity::Error]
        );
    }

    /// Findings of the name rules (missing or substituted) with their messages.
    fn name_messages(ru: &str, en: &str) -> Vec<String> {
        crate::checks::testing::findings(ru, en)
            .into_iter()
            .filter(|f| matches!(f.rule.name, "name-missing" | "name-substituted"))
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn a_sentence_initial_surname_is_a_name_whatever_its_stem() {
        // Snowball cuts "beloved" to "belov".
        assert!(super::surname_shaped_en("belov"));
        assert!(!super::surname_shaped_en("below"));
        for en in ["Belov said this.", "Belov, the CEO, said this."] {
            assert!(
                name_messages("Об этом заявил Белов.", en).is_empty(),
                "{en}"
            );
        }
        assert!(name_messages("Об этом заявил Сергей Белов.", "Belov said this.").is_empty());
        assert!(!name_messages("Об этом заявил Белов.", "The director said this.").is_empty());
    }

    #[test]
    fn south_slavic_ic_and_plural_model_codes_are_renderings() {
        let ru = "Защитник Милош Обрадович получил травму.";
        for en in ["Obradovic", "Obradović", "Obradovich"] {
            let en = format!("Defender Milos {en} was injured.");
            assert!(name_messages(ru, &en).is_empty(), "{en}");
        }
        assert!(!name_messages(ru, "Defender Milos Obradovish was injured.").is_empty());
        let ru = "Компания купила Airbus A321.";
        assert!(name_messages(ru, "The company bought Airbus A321s.").is_empty());
        assert!(!name_messages(ru, "The company bought Boeing 737s.").is_empty());
    }

    #[test]
    fn an_established_club_name_renders_it() {
        let ru = "Он перешел из сербского клуба «Црвена Звезда».";
        assert!(name_messages(ru, "He moved from Serbian club Red Star Belgrade.").is_empty());
        assert!(!name_messages(ru, "He moved from a Serbian club.").is_empty());
    }

    #[test]
    fn a_town_named_surname_after_a_given_name_is_a_person() {
        let ru = "Глава Якутии Айсен Николаев ввел режим ЧС.";
        let m = name_messages(ru, "Yakutia head Aisen Petrov declared an emergency.");
        assert_eq!(m.len(), 1);
        assert!(!m[0].contains("Mykolaiv"), "{m:?}");
        assert!(name_messages(ru, "Yakutia head Aisen Nikolaev declared an emergency.").is_empty());
        // Still the city after a preposition.
        assert!(name_messages(
            "Обстрел в Николаеве продолжился.",
            "Shelling in Mykolaiv continued."
        )
        .is_empty());
    }

    #[test]
    fn a_region_named_earlier_may_be_regional() {
        let ru = "В Калужской области открылась больница\n\nМинистр здравоохранения Калужской области Константин Пахоменко заявил об этом журналистам.";
        let en = "Hospital opens in Kaluga Region\n\nRegional Health Minister Konstantin Pakhomenko told reporters.";
        assert!(name_messages(ru, en).is_empty());
        let en = "Hospital opens in Kaluga Region\n\nHealth Minister Konstantin Pakhomenko told reporters.";
        assert_eq!(name_messages(ru, en).len(), 1);
    }

    #[test]
    fn a_surname_no_nominative_of_the_source_spells_is_a_misspelling() {
        let wrong = |ru: &str, en: &str| {
            name_messages(ru, en).iter().any(|m| {
                m.contains("is spelled")
                    || m.contains("man's form")
                    || m.contains("another surname")
            })
        };
        let cases: &[(&str, &str, &[&str], &[&str])] = &[
            (
                "Об этом сообщил Виталий Мутко.",
                "Vitaly",
                &["Mutkov", "Mutka", "Mutco", "Mitko"],
                &["Mutko"],
            ),
            (
                "Об этом сообщила Ирина Соколовская.",
                "Irina",
                &["Sokolova", "Sokol", "Sokolskaya", "Sokolovsky"],
                &["Sokolovskaya"],
            ),
            (
                "Об этом сообщил Иван Петров.",
                "Ivan",
                &["Petrovsky", "Petrenko", "Petrosyan"],
                &["Petrov"],
            ),
            (
                "Об этом сообщил Андрей Сазанов.",
                "Andrei",
                &["Sazano", "Sazanow"],
                &["Sazanov"],
            ),
            (
                "Об этом сообщил Анзор Музаев.",
                "Anzor",
                &["Mazaev"],
                &["Muzaev", "Muzayev"],
            ),
            (
                "Режиссер Анна Меликян представила фильм.",
                "Anna",
                &["Melikova"],
                &["Melikyan", "Melikian"],
            ),
            (
                "Об этом сообщил Иван Новак.",
                "Ivan",
                &["Novakov"],
                &["Novak"],
            ),
            (
                "Об этом сообщила Елена Сорокина.",
                "Elena",
                &["Sorokin"],
                &["Sorokina"],
            ),
            (
                "Об этом сообщил Сергей Бургазлиев.",
                "Sergei",
                &[],
                &["Burgazliev", "Burgazliyev"],
            ),
            ("Об этом сообщил Джоэл Остин.", "Joel", &[], &["Osteen"]),
            (
                "Об этом сообщил Михай Константин.",
                "Mihai",
                &[],
                &["Constantin"],
            ),
        ];
        for (ru, given, bad, good) in cases {
            for s in *bad {
                assert!(
                    wrong(ru, &format!("This was reported by {given} {s}.")),
                    "{s}"
                );
            }
            for s in *good {
                assert!(
                    !wrong(ru, &format!("This was reported by {given} {s}.")),
                    "{s}"
                );
            }
        }
        // A known person's surname on another stem.
        assert!(wrong(
            "Об этом сообщил Александр Новак.",
            "This was reported by Alexander Novakov."
        ));
        assert!(!wrong(
            "Об этом сообщил Александр Новак.",
            "This was reported by Alexander Novak."
        ));
        assert!(wrong(
            "Глава Якутии Айсен Николаев ввел режим ЧС.",
            "Yakutia head Aisen Nikolayenko declared an emergency."
        ));
    }

    #[test]
    fn strict_keys_keep_c_k_and_w_apart() {
        use super::strict_key;
        assert_eq!(strict_key("burgazliyev"), strict_key("burgazliev"));
        assert_eq!(strict_key("gorbachyov"), strict_key("gorbachev"));
        assert_eq!(strict_key("zelenskiy"), strict_key("zelensky"));
        assert_ne!(strict_key("mutco"), strict_key("mutko"));
        assert_ne!(strict_key("sazanow"), strict_key("sazanov"));
        // y between consonants is ы, not и.
        assert_ne!(strict_key("sytnikov"), strict_key("sitnikov"));
        assert_eq!(strict_key("sergey"), strict_key("sergei"));
    }

    #[test]
    fn y_for_i_between_consonants_is_a_misspelling_unless_the_name_is_ukrainian() {
        let ru = "Губернатор Сергей Ситников подал в отставку.";
        assert_eq!(
            substitution_severities(ru, "Governor Sergei Sytnikov resigned."),
            vec![Severity::Warning]
        );
        assert!(substitution_severities(ru, "Governor Sergei Sitnikov resigned.").is_empty());
        let ru = "Об этом заявил депутат Павел Быков.";
        assert!(substitution_severities(ru, "This was stated by lawmaker Pavel Bykov.").is_empty());
        let ru = "Об этом заявила Юлия Тимошенко.";
        assert!(substitution_severities(ru, "This was stated by Yulia Tymoshenko.").is_empty());
    }

    use crate::checks::testing::{findings, severities};

    fn missing_of(ru: &str, en: &str) -> Vec<Severity> {
        severities(ru, en, "name-missing")
    }

    #[test]
    fn country_inside_a_lower_case_institution_is_its_own_name() {
        let ru = "Он окончил университет при правительстве РФ.";
        for en in [
            "He graduated from a university under the Government of Russia.",
            "He graduated from a university under the Russian government.",
            "He graduated from a university under the Government of the Russian Federation.",
        ] {
            assert!(missing_of(ru, en).is_empty(), "{en}");
        }
        // The country of such an institution may go unsaid.
        assert!(missing_of(ru, "He graduated from a university under the government.").is_empty());
        // Without the institution the abbreviation alone is still checked.
        assert!(!missing_of(
            "Он окончил университет при РФ.",
            "He graduated from a university."
        )
        .is_empty());
    }

    #[test]
    fn business_form_abbreviation_is_no_name_but_its_quoted_company_is() {
        let ru = "Как отметил аналитик ФГ «Финам» Леонид Делицын, спрос сохранится.";
        assert!(missing_of(
            ru,
            "Finam analyst Leonid Delitsyn said demand would persist."
        )
        .is_empty());
        // The quoted company after the form is checked like any company name.
        let dropped = fired(
            ru,
            "An analyst, Leonid Delitsyn, said demand would persist.",
            "name-missing",
        );
        assert!(dropped.iter().any(|t| t.contains("analyst")), "{dropped:?}");
    }

    #[test]
    fn half_a_surname_changed_is_another_person_a_slip_is_a_misspelling() {
        let ru = "Ситуацию прокомментировал депутат Алексей Анохин.";
        assert_eq!(
            substitution_severities(
                ru,
                "The situation was commented on by lawmaker Alexei Ananyev."
            ),
            vec![Severity::Error]
        );
        let ru = "Ситуацию прокомментировал депутат Сергей Горобченко.";
        assert_eq!(
            substitution_severities(
                ru,
                "The situation was commented on by lawmaker Sergei Gorbchenko."
            ),
            vec![Severity::Warning]
        );
        // The nearest nominative counts: «Кокорина» may be Kokorin's genitive.
        let ru = "Гол забил нападающий Александр Кокорин.";
        assert!(
            !substitution_severities(ru, "Forward Alexander Kokorin scored.")
                .contains(&Severity::Error)
        );
    }

    #[test]
    fn a_station_dropped_from_a_quoted_list_is_missing() {
        let ru = "В состав участка вошли станции «Гусинобродская», «Доватора» и «Вокзальная».";
        let all = "The section includes Gusinobrodskaya, Dovatora and Vokzalnaya stations.";
        assert!(missing_of(ru, all).is_empty());
        let dropped = fired(
            ru,
            "The section includes Gusinobrodskaya and Vokzalnaya stations.",
            "name-missing",
        );
        assert_eq!(dropped.len(), 1, "{dropped:?}");
        // Quoted titles of other kinds are still translated, not checked as names.
        let ru = "Он прочитал роман «Война и мир» за неделю.";
        assert!(missing_of(ru, "He read War and Peace in a week.").is_empty());
    }

    #[test]
    fn brussels_renders_the_eu_and_an_agentless_passive_is_a_warning() {
        let ru = "ЕС внёс в чёрный список 52 судна.";
        assert!(missing_of(ru, "Brussels blacklisted 52 vessels.").is_empty());
        assert_eq!(
            missing_of(ru, "Another 52 vessels were also blacklisted."),
            vec![Severity::Warning]
        );
        // Active voice with the actor gone stays an error.
        assert_eq!(
            missing_of(ru, "It blacklisted 52 vessels."),
            vec![Severity::Error]
        );
        assert!(!super::agentless_passive_text(
            "The ships were blacklisted by the EU."
        ));
        assert!(super::agentless_passive_text("The ships were blacklisted."));
        assert!(!super::agentless_passive_text(
            "The EU blacklisted the ships."
        ));
    }

    #[test]
    fn abbreviation_spelt_out_in_the_source_is_rendered_by_its_expansion() {
        let ru = "Выставка открылась в Государственном Русском музее (ГРМ).";
        assert!(missing_of(ru, "The exhibition opened at the State Russian Museum.").is_empty());
        // Without its expansion in the translation the abbreviation is lost.
        assert!(!missing_of(ru, "The exhibition opened at the gallery.").is_empty());
    }

    #[test]
    fn lower_case_source_word_explains_an_added_name() {
        let ru = "Это заявил председатель Костромской областной думы Алексей Анохин.";
        let en = "This was stated by the speaker of the Kostroma Regional Duma, Alexei Anokhin.";
        assert!(fired(ru, en, "name-added").is_empty());
        let en = "This was stated by the speaker of the Kostroma Regional Duma, Alexei Anokhin, and John Harlow.";
        assert!(!fired(ru, en, "name-added").is_empty());
    }

    #[test]
    fn demonym_renders_its_city() {
        let ru = "В Москве платежи вырастут на 11,3%.";
        assert!(missing_of(ru, "Muscovites will see their bills rise by 11.3%.").is_empty());
        assert!(!missing_of(ru, "Residents will see their bills rise by 11.3%.").is_empty());
    }

    #[test]
    fn body_referred_to_by_its_kind_is_a_warning() {
        let ru = "ФАС сообщила, что индексация не превышает прогноз.";
        assert_eq!(
            missing_of(
                ru,
                "The regulator said the indexation did not exceed the forecast."
            ),
            vec![Severity::Warning]
        );
        assert_eq!(
            missing_of(ru, "It said the indexation did not exceed the forecast."),
            vec![Severity::Error]
        );
    }

    #[test]
    fn look_alike_place_is_a_replacement() {
        assert_eq!(
            severities(
                "Делегация прибыла в Иран.",
                "The delegation arrived in Iraq.",
                "name-substituted"
            ),
            vec![Severity::Error]
        );
        assert_eq!(
            severities(
                "Делегация прибыла в Австрию.",
                "The delegation arrived in Australia.",
                "name-substituted"
            ),
            vec![Severity::Error]
        );
        assert!(findings(
            "Делегация прибыла в Иран.",
            "The delegation arrived in Iran."
        )
        .is_empty());
        // A town's name inside its region's English name renders the region.
        assert!(missing_of(
            "Он живёт в Московской области.",
            "He lives in the Moscow area."
        )
        .is_empty());
    }

    #[test]
    fn glosses_are_nominative_or_capital_letters() {
        let msgs: Vec<String> = findings(
            "Выставка посвящена творчеству Архипа Куинджи.",
            "The exhibition is devoted to the work of Ivan Shishkin.",
        )
        .into_iter()
        .map(|f| f.message)
        .collect();
        assert!(
            msgs.iter().any(|m| m.contains("(Arkhip Kuindzhi)")),
            "{msgs:?}"
        );
        let msgs: Vec<String> = findings("Об этом сообщило ГРМЦ.", "This was reported.")
            .into_iter()
            .map(|f| f.message)
            .collect();
        assert!(
            msgs.iter()
                .any(|m| m.contains("(GRMTS)") || m.contains("(GRMC)")),
            "{msgs:?}"
        );
    }

    #[test]
    fn units_after_a_number_are_no_names() {
        // «ГГц» is not a name on either side; the person next to it still is.
        let ru = "Частота сигнала составила 2,4 ГГц, сообщил Петров.";
        assert!(name_messages(ru, "The signal frequency was 2.4 GHz, Petrov said.").is_empty());
        assert!(name_messages(
            "Канал передаёт 10 Гбит/с данных.",
            "The channel carries 10 gigabits per second."
        )
        .is_empty());
        let msgs = name_messages(ru, "The signal frequency was 2.4 GHz, Smirnov said.");
        assert!(
            msgs.iter()
                .any(|m| m.contains("Петров") && !m.contains("GHz")),
            "{msgs:?}"
        );
        // «КБ» without a number may be a design bureau.
        let toks = |text: &str| {
            crate::segment::tokens::tokenize(text, 0..text.len(), &crate::lang::ru::RUSSIAN)
        };
        let t = toks("В КБ работают");
        let kb = t.iter().find(|x| x.lower == "кб").unwrap();
        assert!(!super::unit_abbreviation(kb, &t));
        let t = toks("Файл весит 5 КБ");
        let kb = t.iter().find(|x| x.lower == "кб").unwrap();
        assert!(super::unit_abbreviation(kb, &t));
    }

    #[test]
    fn middle_lower_upper_compounds_of_known_adjectives_are_translated() {
        let ru = "Морозы ударили по всей территории, сообщили в Среднесибирском управлении.";
        let en = "Frosts hit the whole territory, the Central Siberian department said.";
        assert!(name_messages(ru, en).is_empty());
        assert!(name_messages(
            "Об этом сообщили в Среднерусском управлении.",
            "The Central Russian department said so."
        )
        .is_empty());
        // A town so made keeps its unknown root and is still a name.
        assert_eq!(
            fired(
                "Об этом сообщили в Нижнекамске.",
                "This was reported in Kazan.",
                "name-substituted"
            ),
            vec!["Kazan"]
        );
    }

    #[test]
    fn insurance_and_aviation_abbreviations_have_english_forms() {
        let ru = "По данным АСВ, дыра в капитале банка превышает 2 млрд рублей.";
        for en in [
            "According to the DIA, the bank's capital hole exceeds 2 billion rubles.",
            "According to the DIA's estimate, the bank's capital hole exceeds 2 billion rubles.",
        ] {
            assert!(name_messages(ru, en).is_empty(), "{en}");
        }
        // An acronym that is no place does not stand in for the region; another place does.
        let ru = "Фонд ОМС Курской области выделил деньги.";
        let subs = fired(
            ru,
            "The regional CMI fund allocated money.",
            "name-substituted",
        );
        assert!(subs.is_empty(), "{subs:?}");
        assert_eq!(
            fired(ru, "The Orel CMI fund allocated money.", "name-substituted"),
            vec!["Orel"]
        );
        let ru = "МАК пока не принял решения по катастрофе.";
        assert_eq!(
            fired(
                ru,
                "The MAK has not yet decided on the crash.",
                "name-calque"
            ),
            vec!["MAK"]
        );
        assert!(fired(
            ru,
            "The IAC has not yet decided on the crash.",
            "name-calque"
        )
        .is_empty());
    }

    #[test]
    fn a_surname_printed_with_ye_for_yo_may_be_spelled_with_o() {
        let ru = "Об этом заявил Игорь Грачев.";
        for en in [
            "This was stated by Igor Grachov.",
            "This was stated by Igor Grachyov.",
            "This was stated by Igor Grachev.",
        ] {
            assert!(name_messages(ru, en).is_empty(), "{en}");
        }
        assert_eq!(
            fired(ru, "This was stated by Igor Grachiv.", "name-substituted"),
            vec!["Grachiv"]
        );
    }

    #[test]
    fn an_abbreviation_before_a_person_is_not_part_of_the_name() {
        let msgs = name_messages(
            "Ректор СПбГУ Николай Кропачев выступил на форуме.",
            "SPbU Rector Nikolai Kropachiv spoke at the forum.",
        );
        assert!(
            msgs.iter()
                .any(|m| m.contains("«Николай Кропачев»") && !m.contains("СПбГУ")),
            "{msgs:?}"
        );
        assert!(super::mixed_case_abbreviation("УрФУ"));
        assert!(!super::mixed_case_abbreviation("ВаБу"));
        assert!(!super::mixed_case_abbreviation("Кропачев"));
    }

    #[test]
    fn a_region_the_translation_named_just_before_may_go_unrepeated() {
        let ru = "Мы приехали в Курск. Губернатор Курской области Иван Петров встретил нас.";
        assert!(missing_of(ru, "We arrived in Kursk. Governor Ivan Petrov met us.").is_empty());
        // Named nowhere near: still reported, as a warning.
        assert_eq!(
            missing_of(ru, "We arrived in Orel. Governor Ivan Petrov met us."),
            vec![Severity::Warning]
        );
    }
    fn suggestions(ru: &str, en: &str, rule: &str) -> Vec<String> {
        crate::checks::testing::findings(ru, en)
            .into_iter()
            .filter(|f| f.rule.name == rule)
            .filter_map(|f| f.suggestion)
            .collect()
    }

    #[test]
    fn a_body_in_the_genitive_of_a_title_named_before_is_only_info() {
        // Alone: a warning, not an error.
        assert_eq!(
            missing_of(
                "Первый заместитель председателя Банка России Владимир Чистюхин отметил рост кредитования.",
                "First Deputy Governor Vladimir Chistyukhin noted the growth in lending."
            ),
            vec![Severity::Warning]
        );
        // Named in the paragraph before: notes only.
        let ru = "Банк России сохранил ключевую ставку.\n\nПервый заместитель председателя Банка России Владимир Чистюхин отметил рост кредитования. ЦБ повысил ставку в прошлом году.";
        let en = "The Bank of Russia kept its key rate.\n\nFirst Deputy Governor Vladimir Chistyukhin noted the growth in lending. The bank raised the rate last year.";
        let notes = missing_of(ru, en);
        assert!(
            !notes.is_empty() && notes.iter().all(|s| *s == Severity::Info),
            "{notes:?}"
        );
        // A body that acts, dropped without a stand-in, is still an error.
        assert_eq!(
            missing_of(
                "Минфин предложил новый налог.",
                "Officials proposed a new tax."
            ),
            vec![Severity::Error]
        );
    }

    #[test]
    fn a_club_called_the_visitors_or_by_its_city_is_at_most_a_warning() {
        let ru = "Голкипер «Металлурга» Илья Набоков сделал 31 сейв.";
        assert_eq!(
            missing_of(ru, "Ilya Nabokov made 31 saves for the visitors."),
            vec![Severity::Warning]
        );
        assert_eq!(
            missing_of(
                "Голкипер «Металлурга» Илья Набоков сделал 31 сейв. «Металлург» проиграл.",
                "Ilya Nabokov made 31 saves for the visitors. Metallurg lost."
            ),
            vec![Severity::Info]
        );
        let omsk = name_messages(
            "Вратарь «Авангарда» Иван Петров сделал 30 сейвов.",
            "Ivan Petrov made 30 saves for Omsk.",
        );
        assert!(
            omsk.iter().any(|m| m.contains("only as «Omsk»")),
            "{omsk:?}"
        );
    }

    #[test]
    fn a_latin_name_found_verbatim_is_rendered_and_another_latin_name_replaces_it() {
        assert!(missing_of("Цена Urals снизилась на 3%.", "Urals fell 3%.").is_empty());
        assert_eq!(
            substitution_severities("Цена Urals снизилась на 3%.", "Brent fell 3%."),
            vec![Severity::Error]
        );
        let ru = "На втором месте китайская Haval с результатом 17,9 тыс. автомобилей.";
        assert_eq!(
            substitution_severities(ru, "Geely came second with 17,900 vehicles."),
            vec![Severity::Error]
        );
        assert!(
            substitution_severities(ru, "China's Haval came second with 17,900 vehicles.")
                .is_empty()
        );
    }

    #[test]
    fn a_product_named_after_a_place_is_no_spelling_and_suggestions_are_not_possessive() {
        let ru = "В Москве открылась станция. На линии будут курсировать поезда «Москва-2020».";
        let en = "A station opened in Moscow. The line will be served by Moskva-2020 trains.";
        assert!(fired(ru, en, "inconsistent-rendering").is_empty());
        // Two spellings of one code are still two spellings.
        let ru = "Выявлено 135 случаев COVID-19. Число случаев COVID-19 растёт.";
        let en = "There were 135 cases of COVID-19. The number of COVVID-19 cases is rising.";
        assert_eq!(
            fired(ru, en, "inconsistent-rendering"),
            vec!["COVVID".to_string()]
        );
        let ru =
            "Песков ответил журналистам. По словам Пескова, встреча прошла хорошо. Песков уехал.";
        let en = "Peskov's reply came quickly. According to Peskow, the meeting went well. Peskov's car left.";
        assert_eq!(
            suggestions(ru, en, "inconsistent-rendering"),
            vec!["Peskov".to_string()]
        );
    }

    #[test]
    fn a_known_country_replaced_by_another_is_an_error_in_any_position() {
        for (ru, en) in [
            (
                "Саудовская Аравия настаивала на сокращении.",
                "The United Arab Emirates pushed for cuts.",
            ),
            (
                "Саудовская Аравия настаивала на сокращении.",
                "Oman pushed for cuts.",
            ),
            ("Ирак настаивал на сокращении.", "Iran pushed for cuts."),
            ("Поставки в Ирак выросли.", "Deliveries to Iran rose."),
        ] {
            assert_eq!(
                substitution_severities(ru, en),
                vec![Severity::Error],
                "{en}"
            );
        }
        assert!(fired(
            "Ирак настаивал на сокращении.",
            "Iraq pushed for cuts.",
            "name-substituted"
        )
        .is_empty());
        assert!(fired(
            "Саудовская Аравия настаивала на сокращении.",
            "Saudi Arabia pushed for cuts.",
            "name-substituted"
        )
        .is_empty());
    }

    #[test]
    fn a_russian_case_ending_left_on_a_known_name_is_a_warning() {
        let ru = "По данным Росстата, инфляция составила 8,2%.";
        assert_eq!(
            suggestions(
                ru,
                "According to Rosstata, inflation amounted to 8.2%.",
                "name-substituted"
            ),
            vec!["Rosstat".to_string()]
        );
        assert_eq!(
            suggestions(
                "Индекс Мосбиржи вырос на 0,8%.",
                "The Mosbirzhi index rose by 0.8%.",
                "name-substituted"
            ),
            vec!["Moscow Exchange".to_string()]
        );
        assert!(fired(
            ru,
            "According to Rosstat, inflation amounted to 8.2%.",
            "name-substituted"
        )
        .is_empty());
    }

    #[test]
    fn messages_give_one_word_names_in_the_nominative() {
        let m = name_messages(
            "Магазин открылся на Кузнецком Мосту.",
            "The shop opened on Lubyanka.",
        );
        assert!(m.iter().any(|m| m.contains("(Kuznetsky)")), "{m:?}");
        let m = name_messages(
            "Студенты Бауманского университета победили.",
            "Students of the university won.",
        );
        assert!(m.iter().any(|m| m.contains("(Bauman)")), "{m:?}");
        let m = name_messages(
            "Самолёт вылетел в Бали, над Денпасаром была гроза.",
            "The plane flew to Bali, there was a storm over the city.",
        );
        assert!(m.iter().any(|m| m.contains("(Denpasar)")), "{m:?}");
        // A surname stays a surname.
        let m = name_messages("Об этом сообщил Игорь Соколовский.", "Officials said so.");
        assert!(m.iter().any(|m| m.contains("Sokolovsky")), "{m:?}");
    }
}
