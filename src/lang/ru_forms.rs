//! Present-tense and irregular past forms of Russian verbs, generated from the
//! infinitive. A Snowball stem of "скажет" ("скажет") is not the stem of "сказать"
//! ("сказа"), so a lexicon keyed by infinitives would miss most finite verbs; the
//! lexicon loader adds the stems of these forms too. Over-generation is harmless:
//! a form that is not a word never occurs in text.

/// Likely finite forms of a verb given as an infinitive (lower case).
pub fn verb_forms(infinitive: &str) -> Vec<String> {
    let (base, refl) = match infinitive
        .strip_suffix("ся")
        .or_else(|| infinitive.strip_suffix("сь"))
    {
        Some(b) => (b, true),
        None => (infinitive, false),
    };
    let mut forms: Vec<String> = Vec::new();
    let mut add = |stem: &str, endings: &[&str]| {
        for e in endings {
            forms.push(format!("{stem}{e}"));
        }
    };
    let cut = |s: &str, n: usize| -> String {
        s.chars()
            .take(s.chars().count().saturating_sub(n))
            .collect()
    };
    let ends = |s: &str| base.ends_with(s);
    const E1: &[&str] = &["ет", "ют", "ешь", "ем", "ете", "ю"];
    if ends("овать") || ends("евать") {
        let s = cut(base, 5);
        add(&s, &["ует", "уют", "ую", "уешь", "уем", "юет", "юют"]);
    } else if ends("авать") {
        add(&cut(base, 4), &["ет", "ют", "ю", "ешь", "ем"]);
    } else if ends("зать") {
        add(&cut(base, 4), &["жет", "жут", "жу", "жешь", "жем"]);
    } else if ends("скать") {
        add(&cut(base, 5), &["щет", "щут", "щу"]);
    } else if ends("сать") {
        add(&cut(base, 4), &["шет", "шут", "шу", "шешь"]);
    } else if ends("кать") {
        add(&cut(base, 4), &["чет", "чут", "чу"]);
    } else if ends("мочь") {
        let s = cut(base, 4);
        add(
            &s,
            &[
                "может",
                "могут",
                "могу",
                "можешь",
                "мог",
                "могла",
                "могли",
                "могло",
            ],
        );
    } else if ends("чь") {
        let s = cut(base, 2);
        add(
            &s,
            &[
                "чет", "кут", "гут", "ку", "гу", "к", "г", "кла", "гла", "кли", "гли",
            ],
        );
    } else if base == "идти" {
        add("", &["идет", "идут", "иду", "шел", "шла", "шли", "шло"]);
    } else if ends("йти") {
        let p = cut(base, 3);
        // прийти → придёт, пришёл; найти → найдёт, нашёл.
        let d = if p.ends_with('и') {
            p.clone()
        } else {
            format!("{p}й")
        };
        add(&d, &["дет", "дут", "ду", "дешь", "дем"]);
        let q = p.trim_end_matches('о').to_string();
        add(&q, &["шел", "шла", "шли", "шло", "ошел", "ошла", "ошли"]);
    } else if ends("сти") || ends("зти") {
        let s = cut(base, 2);
        let r = cut(base, 3);
        add(&s, &["ет", "ут", "у", "л", "ла", "ли"]);
        add(&r, &["дет", "дут", "тет", "тут", "л", "ла", "ли"]);
    } else if ends("нять") {
        let p = cut(base, 4);
        add(
            &p,
            &[
                "мет",
                "мут",
                "йму",
                "ймет",
                "ймут",
                "имет",
                "имут",
                "ниму",
                "нимет",
                "нимут",
            ],
        );
    } else if ends("ереть") {
        add(&cut(base, 5), &["рет", "рут", "ру", "ер", "ерла", "ерли"]);
    } else if ends("быть") {
        add(&cut(base, 4), &["будет", "будут", "буду"]);
    } else if ends("ыть") {
        add(&cut(base, 3), &["оет", "оют", "ою"]);
    } else if ends("еть") {
        // Second conjugation (смотреть → смотрит) or first (иметь → имеет).
        let s = cut(base, 3);
        add(&s, &["ит", "ят", "ишь", "им", "ите", "еет", "еют", "ею"]);
        if let Some(f) = first_person_alternation(&s) {
            add(&f, &[""]);
        }
        // The past (хотели, смотрела) stems apart from the infinitive.
        add(&cut(base, 2), &["л", "ла", "ли", "ло"]);
    } else if ends("ать") || ends("ять") {
        // Second-conjugation -ать (держать → держит, стоять → стоит) besides the
        // regular first conjugation, which stems like the infinitive already.
        let s = cut(base, 3);
        add(&s, &["ит", "ат", "ят", "им"]);
        let t = cut(base, 2);
        add(&t, E1);
    } else if ends("ить") {
        let s = cut(base, 3);
        add(&s, &["ит", "ят", "ат", "им", "ишь", "ите"]);
        if let Some(f) = first_person_alternation(&s) {
            add(&f, &[""]);
        }
    } else if ends("уть") {
        // подчеркнуть → подчеркнёт, подчеркнул; a -нуть verb may drop -ну- in the
        // past (погибнуть → погиб, погибли).
        add(&cut(base, 3), &["ет", "ут", "у", "ешь"]);
        add(&cut(base, 2), &["л", "ла", "ли", "ло"]);
        let before_nu = base.chars().rev().nth(4);
        if ends("нуть") && before_nu.is_some_and(|c| !"аеёиоуыэюя".contains(c)) {
            add(&cut(base, 4), &["", "ла", "ли", "ло"]);
        }
    }
    match base {
        "дать" | "отдать" | "передать" | "продать" | "сдать" | "издать" | "выдать" | "создать"
        | "задать" | "подать" | "раздать" => {
            let p = cut(base, 4);
            forms.push(format!("{p}даст"));
            forms.push(format!("{p}дадут"));
            forms.push(format!("{p}дам"));
        }
        "взять" => forms.extend(["возьмет", "возьмут", "возьму"].map(String::from)),
        "есть" => forms.extend(["ест", "едят", "ем"].map(String::from)),
        "хотеть" => {
            forms.extend(["хочет", "хотят", "хочу", "хочешь", "хотим"].map(String::from))
        }
        "бежать" => forms.extend(["бежит", "бегут", "бегу"].map(String::from)),
        "жить" => forms.extend(["живет", "живут", "живу"].map(String::from)),
        "ехать" | "поехать" | "приехать" | "уехать" | "выехать" | "заехать" | "переехать"
        | "доехать" => {
            let p = cut(base, 4);
            forms.extend(["едет", "едут", "еду"].map(|e| format!("{p}{e}")));
        }
        "стать" => forms.extend(["станет", "станут", "стану"].map(String::from)),
        "встать" | "остаться" | "перестать" | "достать" | "наступить" =>
            {}
        "начать" => forms
            .extend(["начнет", "начнут", "начну", "начал", "начала", "начали"].map(String::from)),
        "пить" => forms.extend(["пьет", "пьют", "пью"].map(String::from)),
        "ждать" => forms.extend(["ждет", "ждут", "жду"].map(String::from)),
        "звать" | "назвать" | "вызвать" | "позвать" => {
            let p = cut(base, 5);
            forms.extend(["зовет", "зовут", "зову"].map(|e| format!("{p}{e}")));
        }
        "брать" | "собрать" | "выбрать" | "избрать" | "забрать" | "убрать" | "набрать" =>
        {
            let p = cut(base, 5);
            forms.extend(["берет", "берут", "беру"].map(|e| format!("{p}{e}")));
        }
        _ => {}
    }
    if base.ends_with("стать") && base != "стать" && base != "перестать" {
        let p = cut(base, 5);
        forms.extend(["станет", "станут", "стану"].map(|e| format!("{p}{e}")));
    }
    if refl {
        // «-ся» after a consonant, «-сь» after a vowel (хотелось, держусь).
        let vowel = |f: &str| f.ends_with(['а', 'е', 'и', 'о', 'у', 'ю', 'я']);
        forms = forms
            .into_iter()
            .map(|f| {
                if vowel(&f) {
                    format!("{f}сь")
                } else {
                    format!("{f}ся")
                }
            })
            .collect();
    }
    forms
}

/// The first person singular of a second-conjugation verb, whose last stem consonant
/// alternates (ходить → хожу, платить → плачу, просить → прошу, любить → люблю).
fn first_person_alternation(stem: &str) -> Option<String> {
    const SHIFTS: &[(&str, &str)] = &[
        ("ст", "щу"),
        ("зд", "зжу"),
        ("д", "жу"),
        ("т", "чу"),
        ("з", "жу"),
        ("с", "шу"),
        ("б", "блю"),
        ("п", "плю"),
        ("в", "влю"),
        ("м", "млю"),
        ("ф", "флю"),
    ];
    SHIFTS
        .iter()
        .find_map(|(from, to)| stem.strip_suffix(from).map(|h| format!("{h}{to}")))
}

/// Case forms of a noun that Snowball may stem differently from the dictionary form:
/// the regular endings of its declension (систему → сист, for Snowball reads -ему as
/// an adjective ending; героев → геро against герой → гер) and the forms of a stem that
/// loses a vowel ("рынок" → "рынка", "день" → "дня", "посол" → "посла", "отец" →
/// "отца"). A form that is not a word never occurs, so generating too many is harmless.
pub fn noun_forms(lemma: &str) -> Vec<String> {
    let mut out = declension(lemma);
    out.extend(fleeting_vowel_forms(lemma));
    out.extend(irregular_noun_forms(lemma).iter().map(|f| f.to_string()));
    if let Some(head) = lemma.strip_suffix("мя") {
        // время → времени, временем, времена
        for e in ["мени", "менем", "мена", "мен", "менам", "менами", "менах"]
        {
            out.push(format!("{head}{e}"));
        }
    }
    if let Some(head) = lemma.strip_suffix("овь") {
        // церковь → церкви, любовь → любви
        for e in ["ви", "вью", "вей", "вям", "вями", "вях"] {
            out.push(format!("{head}{e}"));
        }
    }
    out
}

/// Forms of common nouns whose plural or oblique stem differs from the dictionary form
/// (some look like infinitives: мать, дочь, дети).
pub fn irregular_noun_forms(lemma: &str) -> &'static [&'static str] {
    match lemma {
        "люди" => &["людей", "людям", "людьми", "людях"],
        "дети" => &["детей", "детям", "детьми", "детях"],
        "друг" => &["друзья", "друзей", "друзьям", "друзьями", "друзьях"],
        "деньги" => &["денег", "деньгам", "деньгами", "деньгах"],
        "год" => &["лет"],
        "мать" => &["матери", "матерью", "матерей", "матерям"],
        "дочь" => &["дочери", "дочерью", "дочерей", "дочерям"],
        "сын" => &["сыновья", "сыновей", "сыновьям"],
        "брат" => &["братья", "братьев", "братьям"],
        "стул" => &["стулья", "стульев"],
        "лист" => &["листья", "листьев"],
        "муж" => &["мужья", "мужей"],
        "сутки" => &["суток", "суткам", "сутками"],
        _ => &[],
    }
}

/// Regular case endings by the dictionary form's ending; -анин/-янин plurals drop -ин
/// (граждан, россиянам).
fn declension(lemma: &str) -> Vec<String> {
    const TABLE: &[(&str, &[&str])] = &[
        ("анин", &["ане", "ан", "анам", "анами", "анах"]),
        ("янин", &["яне", "ян", "янам", "янами", "янах"]),
        ("ия", &["ии", "ию", "ией", "ий", "иям", "иями", "иях"]),
        ("ие", &["ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"]),
        ("а", &["ы", "и", "е", "у", "ой", "ою", "ам", "ами", "ах"]),
        ("я", &["и", "е", "ю", "ей", "ям", "ями", "ях"]),
        ("о", &["а", "у", "ом", "е", "ам", "ами", "ах"]),
        ("е", &["я", "ю", "ем", "и", "ям", "ями", "ях"]),
        ("й", &["я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"]),
        (
            "ь",
            &["я", "ю", "ем", "е", "и", "ей", "ью", "ям", "ями", "ях"],
        ),
    ];
    if lemma.chars().count() < 4
        || ["ый", "ая", "ое", "ее", "яя"]
            .iter()
            .any(|e| lemma.ends_with(e))
    {
        return Vec::new();
    }
    for (ending, forms) in TABLE {
        if let Some(head) = lemma.strip_suffix(ending) {
            return forms.iter().map(|f| format!("{head}{f}")).collect();
        }
    }
    if lemma.ends_with(|c: char| "бвгджзклмнпрстфхцчшщ".contains(c)) {
        return ["а", "у", "ом", "е", "ы", "и", "ов", "ей", "ам", "ами", "ах"]
            .iter()
            .map(|f| format!("{lemma}{f}"))
            .collect();
    }
    Vec::new()
}

fn fleeting_vowel_forms(lemma: &str) -> Vec<String> {
    let chars: Vec<char> = lemma.chars().collect();
    let n = chars.len();
    if n < 4 {
        return Vec::new();
    }
    let head: String = chars[..n - 2].iter().collect();
    let (v, c) = (chars[n - 2], chars[n - 1]);
    let mut out = Vec::new();
    if lemma.ends_with("ень") {
        // день → дня, дню, днём, дни, дней
        let h: String = chars[..n - 3].iter().collect();
        for e in [
            "ня", "ню", "нём", "нем", "не", "ни", "ней", "ням", "нями", "нях",
        ] {
            out.push(format!("{h}{e}"));
        }
        return out;
    }
    let endings: &[&str] = &["а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"];
    match (v, c) {
        ('о' | 'е' | 'ё', 'к' | 'л' | 'р' | 'н' | 'т' | 'в' | 'м') => {
            // After л and н, ё (folded to е) marks a soft consonant (огонёк →
            // огонька); after a vowel it becomes й (ручеёк → ручейка). Both spellings
            // are generated: a form that is not a word never occurs.
            let joint = match (v, head.chars().last()) {
                ('е' | 'ё', Some('л' | 'н')) => "ь",
                ('е' | 'ё', Some(p)) if "аеёиоуыэюя".contains(p) => "й",
                _ => "",
            };
            for e in endings {
                out.push(format!("{head}{c}{e}"));
                if !joint.is_empty() {
                    out.push(format!("{head}{joint}{c}{e}"));
                }
            }
        }
        ('е', 'ц') => {
            // A soft consonant keeps its softness in writing (владелец → владельца) and
            // a vowel gains й (боец → бойца).
            let joint = match head.chars().last() {
                Some('л') => "ь",
                Some(p) if "аеёиоуыэюя".contains(p) => "й",
                _ => "",
            };
            for e in [
                "а", "у", "ом", "ем", "е", "ы", "ов", "ев", "ам", "ами", "ах",
            ] {
                out.push(format!("{head}ц{e}"));
                if !joint.is_empty() {
                    out.push(format!("{head}{joint}ц{e}"));
                }
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(inf: &str, form: &str) -> bool {
        verb_forms(inf).iter().any(|f| f == form)
    }

    #[test]
    fn common_patterns() {
        assert!(has("сказать", "скажет"));
        assert!(has("писать", "пишет"));
        assert!(has("организовать", "организует"));
        assert!(has("давать", "дает"));
        assert!(has("прийти", "придет"));
        assert!(has("прийти", "пришел"));
        assert!(has("найти", "найдет"));
        assert!(has("мочь", "может"));
        assert!(has("помочь", "поможет"));
        assert!(has("смотреть", "смотрит"));
        assert!(has("хотеть", "хотели"));
        assert!(has("хотеться", "хотелось"));
        assert!(!has("хотеться", "хотелося"));
        assert!(has("держать", "держит"));
        assert!(has("понять", "поймет"));
        assert!(has("вести", "ведет"));
        assert!(has("оставаться", "остается"));
        assert!(has("открыть", "откроет"));
        assert!(has("быть", "будет"));
        assert!(has("взять", "возьмет"));
        assert!(has("назвать", "назовут"));
    }

    #[test]
    fn regular_declension_and_irregular_plurals() {
        let nf = |l: &str, f: &str| noun_forms(l).iter().any(|x| x == f);
        assert!(nf("система", "систему"));
        assert!(nf("герой", "героев"));
        assert!(nf("гражданин", "граждан"));
        assert!(nf("время", "времени"));
        assert!(nf("церковь", "церкви"));
        assert!(nf("люди", "людьми"));
        // Adjectives decline by other rules; Snowball already stems them.
        assert!(noun_forms("новый").is_empty());
        assert!(has("погибнуть", "погибли"));
        assert!(has("подчеркнуть", "подчеркнул"));
        assert!(!has("протянуть", "протяли"));
        assert!(has("ходить", "хожу"));
        assert!(has("платить", "плачу"));
        assert!(has("любить", "люблю"));
        assert!(has("видеть", "вижу"));
    }

    #[test]
    fn fleeting_vowels() {
        assert!(noun_forms("рынок").contains(&"рынка".to_string()));
        assert!(noun_forms("день").contains(&"дня".to_string()));
        assert!(noun_forms("отец").contains(&"отца".to_string()));
        assert!(noun_forms("посол").contains(&"посла".to_string()));
        assert!(noun_forms("владелец").contains(&"владельцев".to_string()));
        assert!(noun_forms("боец").contains(&"бойцы".to_string()));
        assert!(noun_forms("огонек").contains(&"огонька".to_string()));
        assert!(noun_forms("отец").iter().all(|f| !f.contains('ь')));
    }
}
