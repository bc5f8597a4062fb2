//! Romanisation of Russian and a lossy "spelling key" that makes the usual English
//! spellings of a Russian name agree (Собянин/Sobyanin, Зеленский/Zelensky/Zelenskiy,
//! Горбачёв/Gorbachev/Gorbachyov, Песков/Peskow, Чайковский/Tchaikovsky).

/// Romanises Russian the way English-language news usually does (BGN/PCGN-like,
/// with -ий/-ый → -y). Non-Cyrillic characters pass through lower-cased.
pub fn romanize_ru(word: &str) -> String {
    let lower: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(lower.len() * 2);
    let n = lower.len();
    let mut i = 0;
    while i < n {
        let c = lower[i];
        let next = lower.get(i + 1).copied();
        // Adjectival endings -ий / -ый at the end of the word: Zelensky, Dostoevsky.
        if (c == 'и' || c == 'ы') && next == Some('й') && i + 2 == n {
            out.push('y');
            i += 2;
            continue;
        }
        let prev_vowel = i == 0
            || matches!(
                lower[i - 1],
                'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ь' | 'ъ'
            );
        let s: &str = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' => {
                if prev_vowel && i > 0 {
                    "ye"
                } else {
                    "e"
                }
            }
            'ё' => {
                if prev_vowel {
                    "yo"
                } else {
                    "e"
                }
            }
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
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
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            other => {
                out.push(other);
                i += 1;
                continue;
            }
        };
        out.push_str(s);
        i += 1;
    }
    out
}

/// Folds a romanised or English spelling to a key on which spelling variants agree.
/// Lossy on purpose; compare keys, never show them.
pub fn key(latin_lower: &str) -> String {
    // Slavic ć and č are the ch of Russian ч (Popović, Попович).
    let s: String = latin_lower
        .replace(['ć', 'č'], "ch")
        .chars()
        .filter_map(|c| {
            let c = match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
                'é' | 'è' | 'ê' | 'ë' | 'ě' => 'e',
                'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
                'ú' | 'ù' | 'û' | 'ü' | 'ů' => 'u',
                'ý' => 'y',
                // Slavic and Turkish letters (Popović, Wałęsa, Erdoğan).
                'ç' => 'c',
                'ñ' | 'ń' => 'n',
                'š' | 'ś' | 'ş' => 's',
                'ž' | 'ź' | 'ż' => 'z',
                'ł' => 'l',
                'đ' => 'd',
                'ř' => 'r',
                'ğ' => 'g',
                c => c,
            };
            c.is_ascii_alphabetic().then_some(c)
        })
        .collect();
    let mut s = s
        .replace("shch", "sh")
        .replace("sch", "sh")
        .replace("tch", "ch")
        .replace("kh", "h")
        .replace("ph", "f")
        .replace("tz", "ts")
        .replace("zh", "j")
        // Chinese names in Russian (Palladius): чж and цз are pinyin zh and j
        // (Чжучжоу Zhuzhou, Чжанцзякоу Zhangjiakou).
        .replace("chj", "j")
        .replace("tsz", "j")
        // дж is English j or soft dg (Доджерс Dodgers, Бриджес Bridges).
        .replace("dj", "j")
        .replace("dge", "je")
        .replace("dgi", "ji")
        .replace("dgy", "jy")
        .replace("ck", "k")
        .replace('w', "v")
        .replace('q', "k")
        .replace('x', "ks")
        // Pinyin x is Palladius с (Яосян, Yaoxiang).
        .replace("ksi", "si");
    // c: "ch" stays, soft c (before e/i/y) sounds s, hard c sounds k.
    let chars: Vec<char> = s.chars().collect();
    let mut t = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            'c' => match next {
                Some('h') => t.push('c'),
                Some('e') | Some('i') | Some('y') => t.push('s'),
                _ => t.push('k'),
            },
            'z' => t.push('s'),
            'y' | 'j' => t.push('i'),
            c => t.push(c),
        }
    }
    s = t
        .replace("ie", "e")
        .replace("io", "e")
        .replace("ii", "i")
        .replace("ch", "c");
    // Collapse doubled letters (Sobyannin, Kommersant/Komersant).
    let mut out = String::with_capacity(s.len());
    let mut last = '\0';
    for c in s.chars() {
        if c != last {
            out.push(c);
        }
        last = c;
    }
    out
}

/// A consonant skeleton for names that were transliterated *into* Russian from another
/// language and come back in their original spelling (Джон Льюис ↔ John Lewis, Клуни ↔
/// Clooney, Майкл ↔ Michael): vowels, v and w dropped, consonants folded into sound
/// classes.
/// Input: lower-case Latin (a romanised Russian word or an English word).
pub fn skeleton(latin_lower: &str) -> String {
    let s = latin_lower
        .replace("shch", "S")
        .replace("dzh", "J")
        .replace("tch", "K")
        .replace("sch", "S")
        .replace("sh", "S")
        .replace("zh", "J")
        .replace("ch", "K")
        // Russian х stands for English h, which is silent here.
        .replace("kh", "")
        .replace("ph", "F")
        .replace("th", "T")
        .replace("ck", "K")
        .replace("gh", "")
        .replace("qu", "K")
        .replace('x', "KS");
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let class = match c {
            'b' | 'p' => 'B',
            // v/w are left out: English w is often a vowel glide (Lewis → Льюис) and
            // Russian в stands for either (Эдвард ↔ Edward).
            'f' | 'F' => 'F',
            'k' | 'q' | 'K' => 'K',
            'g' => match next {
                Some('e') | Some('i') | Some('y') => 'J',
                _ => 'K',
            },
            'c' => match next {
                Some('e') | Some('i') | Some('y') => 'S',
                _ => 'K',
            },
            'd' | 't' | 'T' => 'T',
            'z' | 's' | 'S' => 'S',
            'j' | 'J' => 'J',
            'l' => 'L',
            'm' => 'M',
            'n' => 'N',
            'r' => 'R',
            _ => continue,
        };
        if !out.ends_with(class) {
            out.push(class);
        }
    }
    out
}

/// Whether two skeletons are one name: equal (a one-consonant skeleton only when the
/// words start alike), one a prefix of the other by one class (Жиру ↔ Giroud), or
/// close (Каннингэм ↔ Cunningham).
pub fn skeletons_match(a: &str, b: &str, same_initial: bool) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la == 0 || lb == 0 {
        return false;
    }
    if a == b {
        return la >= 2 || same_initial;
    }
    if la >= 2 && lb >= 2 && la.abs_diff(lb) == 1 && (a.starts_with(b) || b.starts_with(a)) {
        return true;
    }
    // One class apart at the end: Лэнг ↔ Lange (not Кирби ↔ Ukraine: a dropped initial
    // vowel leaves too little to go on).
    if same_initial && la == lb && la >= 3 && a.chars().take(la - 1).eq(b.chars().take(lb - 1)) {
        return true;
    }
    // Two extra consonant classes are another word with a similar opening
    // (Казахстан "KSTN" and Extensions "KSTNSN"), not a spelling of the same name.
    la >= 3 && lb >= 3 && la.abs_diff(lb) <= 1 && strsim::jaro_winkler(a, b) >= 0.88
}

/// Similarity of two keys in [0, 1] (Jaro–Winkler, which rewards a common beginning:
/// the root of a name, before case endings).
pub fn key_similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    strsim::jaro_winkler(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k_ru(w: &str) -> String {
        key(&romanize_ru(w))
    }

    #[test]
    fn romanizes_news_style() {
        assert_eq!(romanize_ru("Собянин"), "sobyanin");
        assert_eq!(romanize_ru("Зеленский"), "zelensky");
        assert_eq!(romanize_ru("Шойгу"), "shoygu");
        assert_eq!(romanize_ru("Щукин"), "shchukin");
    }

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(k_ru("Собянин"), key("sobyanin"));
        assert_eq!(k_ru("Зеленский"), key("zelenskiy"));
        assert_eq!(k_ru("Зеленский"), key("zelensky"));
        assert_eq!(k_ru("Песков"), key("peskow"));
        assert_eq!(k_ru("Горбачёв"), key("gorbachev"));
        assert_eq!(key("gorbachyov"), key("gorbachev"));
        assert_eq!(k_ru("Ходорковский"), key("khodorkovsky"));
        assert_eq!(key("hodorkovsky"), key("khodorkovsky"));
        assert_eq!(k_ru("кризис"), key("crisis"));
        assert_eq!(k_ru("НАТО"), key("nato"));
        // Chinese names: Palladius in Russian, pinyin in English.
        assert_eq!(k_ru("Чжучжоу"), key("zhuzhou"));
        assert_eq!(k_ru("Чжанцзякоу"), key("zhanjiakou"));
        assert!(key("yaoxiang").starts_with(&k_ru("Яосян")));
        assert_eq!(k_ru("Максим"), key("maxim"));
        assert_eq!(k_ru("Бриджес"), key("bridges"));
        assert_eq!(k_ru("Доджерс"), key("dodgers"));
        assert_ne!(k_ru("Гейтс"), key("bridges"));
    }

    #[test]
    fn skeletons_of_back_transliterated_names() {
        let sk = |ru: &str| skeleton(&romanize_ru(ru));
        assert_eq!(sk("джон"), skeleton("john"));
        assert_eq!(sk("льюис"), skeleton("lewis"));
        assert_eq!(sk("клуни"), skeleton("clooney"));
        assert_eq!(sk("майкл"), skeleton("michael"));
        assert_eq!(sk("джордж"), skeleton("george"));
        assert_eq!(sk("энтони"), skeleton("anthony"));
        assert_ne!(sk("токио"), skeleton("osaka"));
        // One class apart at the end only counts when the words start alike.
        assert!(skeletons_match(&sk("лэнг"), &skeleton("lange"), true));
        assert!(!skeletons_match(&sk("кирби"), &skeleton("ukraine"), false));
    }

    #[test]
    fn different_names_differ() {
        assert!(key_similarity(&k_ru("Токио"), &key("osaka")) < 0.7);
        assert!(key_similarity(&k_ru("Бочкарёв"), &key("bochkaryov")) > 0.9);
        assert!(key_similarity(&k_ru("Бочкарёв"), &key("bochkarev")) > 0.9);
    }
}
