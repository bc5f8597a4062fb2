//! Tests of the fluency rules: every phrasebook entry on its own examples, and each
//! code rule on a positive and a negative case through the whole pipeline.

use super::*;
use crate::checks::testing::fired;

#[test]
fn every_builtin_entry_fires_on_bad_and_not_on_good() {
    let pair = LanguagePair::ru_en();
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    let mut n = 0;
    for book in phrasebook::builtin() {
        for e in &book.entries {
            n += 1;
            assert!(ids.insert(e.id.clone()), "entry id {} in two packs", e.id);
        }
        problems.extend(phrasebook::verify(book, pair));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(n >= 200, "the built-in phrasebook has {n} entries");
}

#[test]
fn good_examples_get_no_phrasebook_finding_at_all() {
    // An entry's good example is idiomatic English: no other entry may fire on it.
    let pair = LanguagePair::ru_en();
    let opts = FluencyOptions::default();
    let mut problems = Vec::new();
    for book in phrasebook::builtin() {
        for e in &book.entries {
            for ex in &e.good {
                for f in check_texts(&ex.ru, &ex.en, pair, &opts) {
                    problems.push(format!(
                        "{}: good example {:?} gets {} {:?} ({})",
                        e.id,
                        ex.en,
                        f.rule.name,
                        f.entry,
                        &ex.en[f.target.1.clone()]
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn calque_through_the_pipeline_with_both_spans() {
    let a = crate::checks::testing::analysis(
        "Как сообщает ТАСС со ссылкой на источник, переговоры продолжатся.",
        "As TASS reports referring to a source, the talks will continue.",
    );
    let f = crate::pipeline::check(&a, &Default::default());
    let c = f.iter().find(|f| f.rule.name == "calque").expect("calque");
    let t = c.target.unwrap();
    let s = c.source.unwrap();
    assert_eq!(&a.target.text[t.start..t.end], "referring to");
    assert_eq!(&a.source.text[s.start..s.end], "со ссылкой на");
    assert_eq!(c.entry.as_deref(), Some("so-ssylkoy-na"));
    assert_eq!(c.severity, Severity::Warning);
    assert!(c.suggestion.as_deref().unwrap().contains("citing"));
}

#[test]
fn calque_needs_the_russian_trigger() {
    // "referring to" is fine English when the source says «ссылаясь на» about a document.
    assert!(fired(
        "Он говорил, имея в виду прошлогодний доклад.",
        "He was referring to last year's report.",
        "calque"
    )
    .is_empty());
}

#[test]
fn entries_and_rules_can_be_suppressed() {
    let ru = "В рамках форума подписано десять соглашений.";
    let en = "Within the framework of the forum, ten agreements were signed.";
    let a = crate::checks::testing::analysis(ru, en);
    let mut opts = crate::pipeline::CheckOptions::default();
    assert!(crate::pipeline::check(&a, &opts)
        .iter()
        .any(|f| f.entry.as_deref() == Some("v-ramkah")));
    opts.fluency.disabled_entries.insert("v-ramkah".into());
    assert!(!crate::pipeline::check(&a, &opts)
        .iter()
        .any(|f| f.rule.name == "calque"));
    let mut opts = crate::pipeline::CheckOptions::default();
    opts.severity.insert("TC501", None);
    assert!(!crate::pipeline::check(&a, &opts)
        .iter()
        .any(|f| f.rule.name == "calque"));
    let mut opts = crate::pipeline::CheckOptions::default();
    opts.severity.insert("TC501", Some(Severity::Info));
    assert!(crate::pipeline::check(&a, &opts)
        .iter()
        .any(|f| f.rule.name == "calque" && f.severity == Severity::Info));
}

#[test]
fn user_packs_load_verify_and_override() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("house.toml");
    std::fs::write(
        &path,
        r#"
[[entry]]
id = "house-okolo"
kind = "calque"
ru = "порядка"
en = "[ of the order of ]"
explain = "«порядка» before a number means “about”."
suggest = "about / some"
bad = { ru = "Пострадали порядка ста человек.", en = "Of the order of a hundred people were hurt." }
good = { ru = "Пострадали порядка ста человек.", en = "About a hundred people were hurt." }
"#,
    )
    .unwrap();
    let book = load_pack(&path).unwrap();
    assert_eq!(book.entries.len(), 1);
    assert_eq!(load_packs(std::slice::from_ref(&path)).unwrap().len(), 1);
    let mut opts = FluencyOptions::default();
    opts.packs.push(Arc::new(book));
    let pair = LanguagePair::ru_en();
    let flags = check_texts(
        "Пострадали порядка ста человек.",
        "Of the order of a hundred people were hurt.",
        pair,
        &opts,
    );
    assert!(flags
        .iter()
        .any(|f| f.entry.as_deref() == Some("house-okolo")));

    // A pack whose entry does not fire on its own bad example is refused.
    std::fs::write(
        &path,
        r#"
[[entry]]
id = "broken"
kind = "substitution"
en = "frobnicate"
explain = "x"
bad = { ru = "Да.", en = "Yes." }
good = { ru = "Да.", en = "Yes." }
"#,
    )
    .unwrap();
    let err = load_pack(&path).unwrap_err().to_string();
    assert!(
        err.contains("broken") && err.contains("does not fire"),
        "{err}"
    );

    std::fs::write(&path, "[[entry]]\nid = \"Bad Id\"\n").unwrap();
    assert!(load_pack(&path).is_err());
    assert!(load_pack(&dir.path().join("missing.toml")).is_err());
}

#[test]
fn repetition_in_one_sentence() {
    let ru = "Совещание по бюджету на следующий год состоится в пятницу в здании комиссии.";
    let bad = "The meeting on the budget meeting for next year will take place on Friday in the meeting hall of the commission.";
    let good =
        "The budget meeting for next year will take place on Friday in the commission's building.";
    assert_eq!(fired(ru, bad, "repetition"), vec!["meeting"]);
    assert!(fired(ru, good, "repetition").is_empty());
}

#[test]
fn counted_nouns_and_units_are_not_repetition() {
    // A list of amounts names the counted noun after each figure.
    let ru =
        "Завод выпустил 3,5 млн банок, из них 1,2 млн — с вишней и около 300 тысяч банок с грушей.";
    let en = "The plant produced 3.5 million jars, including 1.2 million jars of cherry and about 300,000 jars of pear.";
    assert!(fired(ru, en, "repetition").is_empty());
    // Units are repeated by necessity, in any sentence.
    let ru = "Снег выпал на 10 см, а местами до 25 см.";
    let en = "Snow fell 4 inches, and up to 10 inches in places.";
    assert!(fired(ru, en, "repetition").is_empty());
    let en = "The lake rose two feet and then another three feet.";
    assert!(fired(
        "Озеро поднялось на 60 см, а потом ещё на 90.",
        en,
        "repetition"
    )
    .is_empty());
    // A source that counts its noun once: the figures do not excuse the repetition.
    let ru = "Завод выпустил 3,5 млн банок против 2 млн год назад.";
    let en = "The plant's jars numbered 3.5 million jars against 2 million jars a year ago.";
    assert_eq!(fired(ru, en, "repetition"), vec!["jars"]);
}

#[test]
fn repetition_that_mirrors_the_source_is_not_flagged() {
    let ru = "Бюджет, бюджет и ещё раз бюджет — вот что волнует депутатов.";
    let en = "The budget, the budget and once again the budget is what worries deputies.";
    assert!(fired(ru, en, "repetition").is_empty());
}

#[test]
fn a_stranded_for_before_a_duration_is_no_doubled_word() {
    let ru = "Лукас — игрок, которого мы искали больше года.";
    let en = "Lucas is a player we have been looking for for more than a year.";
    assert!(fired(ru, en, "repetition").is_empty());
    let bad = "Lucas is a player we have been looking looking for more than a year.";
    assert_eq!(fired(ru, bad, "repetition"), vec!["looking"]);
}

#[test]
fn repetition_twice_in_a_short_sentence() {
    // Two Russian verbs collapsed into one English verb: a saying loses its point.
    let ru = "Умный простит, а гордый не отпустит.";
    let bad = "The wise will forgive, and the proud will not forgive.";
    let good = "The wise forgive, the proud never let go.";
    assert_eq!(fired(ru, bad, "repetition"), vec!["forgive"]);
    assert!(fired(ru, good, "repetition").is_empty());
    // Twice in a long sentence is ordinary prose.
    let ru = "Комиссия рассмотрит заявку в понедельник, а окончательное решение по заявке примут депутаты городской думы к концу месяца.";
    let en = "The commission will consider the application on Monday, and city council deputies will make a final decision on the application by the end of the month.";
    assert!(fired(ru, en, "repetition").is_empty());
    // Compounds with different partners say something new each time.
    let ru = "Смажь переднее колесо, а заднее покатится само.";
    let en = "Grease the front wheel, and the rear wheel will roll by itself.";
    assert!(fired(ru, en, "repetition").is_empty());
    // So does a modifier before one of them, and a label before a colon.
    let ru = "Подходит для всех плит, кроме индукционных.";
    let en = "Suitable for all cookers except induction cookers.";
    assert!(fired(ru, en, "repetition").is_empty());
    let ru = "Гарантия: срок гарантии 2 года.";
    let en = "Warranty: the warranty period is 2 years.";
    assert!(fired(ru, en, "repetition").is_empty());
    // Another form of the word is word play, not a lost synonym.
    let ru = "Его выбрали на драфте в первом раунде.";
    let en = "He was drafted in the first round of the draft.";
    assert!(fired(ru, en, "repetition").is_empty());
}

#[test]
fn fragment_opening_with_and_also() {
    let ru = "Банки выдали 3 трлн рублей кредитов, а ипотека выросла на 5%.";
    let bad = "Banks issued 3 trillion rubles in loans. And also mortgages grew by 5%.";
    let good = "Banks issued 3 trillion rubles in loans, and mortgages grew by 5%.";
    assert_eq!(fired(ru, bad, "fragment"), vec!["And also"]);
    assert!(fired(ru, good, "fragment").is_empty());
    // A Russian fragment («А также о …») is still one in English.
    let ru = "Стороны обсудили поставки газа. А также о действиях Вашингтона.";
    let bad = "The sides discussed gas supplies. And also about the actions of Washington.";
    assert_eq!(fired(ru, bad, "fragment"), vec!["And also"]);
}

#[test]
fn title_case_mid_sentence() {
    let ru = "Каждый пострадавший получит единовременную выплату в размере 15 тысяч рублей.";
    let bad = "Every affected resident will receive a One-Time Payment of 15,000 rubles.";
    let good = "Every affected resident will receive a one-time payment of 15,000 rubles.";
    assert_eq!(fired(ru, bad, "title-case"), vec!["One-Time Payment"]);
    assert!(fired(ru, good, "title-case").is_empty());
    // A short sentence with one Title Case run is no title-case headline.
    let ru = "Город повысит стоимость проезда.";
    assert_eq!(
        fired(ru, "The city will raise the Cost Of Travel.", "title-case"),
        vec!["Cost Of Travel"]
    );
    assert!(fired(ru, "The City Will Raise The Cost Of Travel", "title-case").is_empty());
    // Names of institutions keep their capitals.
    let ru = "Заседание совета директоров Банка России состоится в декабре.";
    let en =
        "The meeting of the Board of Directors of the Bank of Russia will take place in December.";
    assert!(fired(ru, en, "title-case").is_empty());
    // Nor the later words of a long name joined by "and" or "of".
    let ru = "Сербия произвела около 2 миллионов доз вакцины, рассказал ТАСС министр \
              инноваций и технологического развития страны Ненад Попович.";
    let en = "Serbia produced about 2 million doses of the vaccine, according to the Minister \
              for Innovations and Technological Development Nenad Popović.";
    assert!(fired(ru, en, "title-case").is_empty());
    // Nor a quoted title, which Russian writes in sentence case.
    let ru = "В музее открылась выставка «Импрессионисты из частных собраний».";
    let en = "The museum opened an exhibition titled \"Impressionists from Private Collections\".";
    assert!(fired(ru, en, "title-case").is_empty());
    // Unquoted, the same words are stray capitals.
    let en = "The museum opened an exhibition of impressionists from Private Collections.";
    assert_eq!(fired(ru, en, "title-case"), vec!["Private Collections"]);
}

#[test]
fn missing_article_before_names() {
    let ru = "Пять лет назад их покупали в Германии и США.";
    assert_eq!(
        fired(
            ru,
            "Five years ago they were bought in Germany and USA.",
            "missing-article"
        ),
        vec!["USA"]
    );
    assert!(fired(
        ru,
        "Five years ago they were bought in Germany and the USA.",
        "missing-article"
    )
    .is_empty());
    // "US" as a modifier needs no article.
    assert!(fired(
        "Он встретился с американскими военными.",
        "He met with US officers.",
        "missing-article"
    )
    .is_empty());
    assert_eq!(
        fired(
            "Об этом сообщили в главном управлении МЧС России.",
            "This was reported by the main directorate of Emergencies Ministry of Russia.",
            "missing-article"
        ),
        vec!["Emergencies Ministry"]
    );
}

#[test]
fn russian_typography() {
    // A Russian decimal comma; thousands groups are English.
    let ru = "Курс составил 84,47 рубля, бюджет — 1 200 000 рублей.";
    assert_eq!(
        fired(
            ru,
            "The rate was 84,47 rubles and the budget 1,200,000 rubles.",
            "russian-typography"
        ),
        vec!["84,47"]
    );
    assert!(fired(
        ru,
        "The rate was 84.47 rubles and the budget 1,200,000 rubles.",
        "russian-typography"
    )
    .is_empty());
    let ru = "«Мы готовы», — сказал министр.";
    assert_eq!(
        fired(
            ru,
            "«We are ready», — said the minister.",
            "russian-typography"
        ),
        vec!["«We are ready»", ", —"]
    );
    assert!(fired(
        ru,
        "“We are ready,” the minister said.",
        "russian-typography"
    )
    .is_empty());
    // The comma inside English quotation marks, the dash kept, the subject first.
    assert_eq!(
        fired(
            ru,
            "\"We are ready,\" — the minister said.",
            "russian-typography"
        ),
        vec![",\" —"]
    );
    assert!(fired(
        "Он сказал, — и это важно, — что всё решено.",
        "He said — and this is important — that everything is settled.",
        "russian-typography"
    )
    .is_empty());
    assert_eq!(
        fired(
            "Приказ № 5 подписан.",
            "Order № 5 has been signed.",
            "russian-typography"
        ),
        vec!["№"]
    );
}

#[test]
fn an_abbreviation_the_translation_defines_is_no_calque() {
    let ru = "Результаты ЕГЭ по физике опубликуют в июле.";
    assert_eq!(
        fired(
            ru,
            "The USE results in physics will be published in July.",
            "calque"
        ),
        vec!["USE"]
    );
    for en in [
        "The results of the Unified State Exam (USE) in physics will be published in July.",
        "The results of the school-leaving exam (the USE) will be out in July.",
    ] {
        assert!(fired(ru, en, "calque").is_empty(), "{en}");
    }
    // Spelled out with its initials earlier in the document, then used alone.
    let ru = "Выпускники сдают ЕГЭ в июне.\n\nРезультаты ЕГЭ опубликуют в июле.";
    let en = "School leavers sit the Unified State Exam in June.\n\nThe USE results will be published in July.";
    assert!(fired(ru, en, "calque").is_empty());
    // … but not if it comes only later,
    let en = "School leavers sit the USE in June.\n\nThe Unified State Exam results will be published in July.";
    assert_eq!(fired(ru, en, "calque"), vec!["USE"]);
    // … unless the abbreviation is in a headline and the body defines it.
    let ru = "Результаты ЕГЭ опубликуют в июле\n\nРезультаты ЕГЭ по физике опубликуют в июле.";
    let en = "USE results out in July\n\nThe results of the Unified State Exam (USE) in physics will be published in July.";
    assert!(fired(ru, en, "calque").is_empty());
}

#[test]
fn a_quotation_of_several_sentences_in_guillemets_is_one_finding() {
    let ru = "«Мы устали. Завтра продолжим работу», — сказал бригадир.";
    assert_eq!(
        fired(
            ru,
            "«We are tired. We will continue tomorrow», the foreman said.",
            "russian-typography"
        ),
        vec!["«We are tired."]
    );
    // A closing » that nothing opened is still reported.
    assert_eq!(
        fired(
            ru,
            "“We are tired. We will continue tomorrow», the foreman said.",
            "russian-typography"
        ),
        vec!["»"]
    );
}

#[test]
fn overlong_sentence() {
    let ru = "Совет одобрил план развития города на ближайшие десять лет.";
    let bad = "The council, which met on Tuesday in the main hall of the old city administration building in the presence of many guests and journalists from all over the region, after a long and at times heated discussion approved the plan for the development of the city for the next ten years.";
    assert_eq!(fired(ru, bad, "overlong-sentence").len(), 1);
    let good = "The council approved the city's development plan for the next ten years.";
    assert!(fired(ru, good, "overlong-sentence").is_empty());
}

#[test]
fn repetition_of_words_twice_in_a_row() {
    let ru = "Ежедневно по нему смогут проезжать до 60 тысяч автомобилей, сообщили в мэрии города.";
    let bad = "Every day up to 60,000 cars will be able to drive over the bridge, the bridge, the city hall said.";
    assert_eq!(fired(ru, bad, "repetition"), vec!["the bridge"]);
    let typo =
        "Every day up to 60,000 cars will be able to use the the bridge, the city hall said.";
    assert_eq!(fired(ru, typo, "repetition"), vec!["the"]);
    let good = "Every day up to 60,000 cars will be able to use the bridge, the city hall said.";
    assert!(fired(ru, good, "repetition").is_empty());
    // A pronoun starting the next clause, a possessive, a compound: not a stutter.
    let ru = "Я её купила, на вкус она была ужасна, а продавец знал, что к чему.";
    let en = "I bought it, it tasted awful, and the seller knew what's what.";
    assert!(fired(ru, en, "repetition").is_empty());
    // The source doubles the word itself.
    let ru = "Молись и воруй, воруй и молись!";
    assert!(fired(ru, "Pray and steal, steal and pray!", "repetition").is_empty());
}

#[test]
fn dialogue_dashes_are_reported_once_per_document() {
    let ru = "— Почему так долго?\n\n— Лёд был толще, чем мы ждали.\n\n— Вы вернётесь?";
    let dashed = "— Why did it take so long?\n\n— The ice was thicker than we expected.\n\n— Will you come back?";
    let f: Vec<_> = crate::checks::testing::findings(ru, dashed)
        .into_iter()
        .filter(|f| f.rule.name == "russian-typography")
        .collect();
    assert_eq!(f.len(), 1);
    assert!(
        f[0].message.ends_with("(here and on 2 more lines)"),
        "{}",
        f[0].message
    );
    let quoted = "Q: Why did it take so long?\n\nA: The ice was thicker than we expected.\n\nQ: Will you come back?";
    assert!(fired(ru, quoted, "russian-typography").is_empty());
}

#[test]
fn triggers_do_not_match_other_words_of_their_stem() {
    // Common words whose stem or beginning is that of a trigger word of another lemma
    // (a short Snowball stem is shared: «хоть»/«хотим», «мат»/«мать»). Each is tried
    // alone and before a neutral word against every entry's Russian triggers; the
    // entries named may match (they are about that very word).
    let pair = LanguagePair::ru_en();
    let words: &[(&str, &[&str])] = &[
        ("хотим", &["khochesh-any"]),
        ("хотят", &["khochesh-any"]),
        ("хотел", &[]),
        ("хотела", &[]),
        ("хотели", &[]),
        ("хотеть", &["khochesh-any"]),
        ("хотелось", &[]),
        ("мать", &[]),
        ("матери", &[]),
        ("видит", &[]),
        ("носит", &[]),
        ("ходит", &[]),
        ("стал", &[]),
        ("целует", &[]),
        ("умеет", &[]),
        ("данью", &[]),
        ("раздел", &[]),
        ("поручил", &[]),
        ("местами", &[]),
        ("мерить", &[]),
        ("ракета", &[]),
    ];
    let mut problems = Vec::new();
    for (w, allowed) in words {
        for ru in [
            w.to_string(),
            format!("{w} это."),
            format!("Мы {w}, это ясно."),
        ] {
            let ss = crate::segment::segment(&ru, pair.source);
            for s in &ss {
                let toks = pattern::visible(&s.tokens);
                for book in phrasebook::builtin() {
                    for e in &book.entries {
                        if allowed.contains(&e.id.as_str()) {
                            continue;
                        }
                        if let Some(p) = e.ru.iter().find(|p| p.is_found(&toks)) {
                            problems.push(format!("{w:?} in {ru:?}: {} ({})", e.id, p.text));
                        }
                    }
                }
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_quoted_source_is_the_trigger_without_edge_punctuation() {
    let pair = LanguagePair::ru_en();
    let opts = FluencyOptions::default();
    let ru = "Хоть убей, не помню.";
    let flags = check_texts(ru, "At least kill me, I do not remember.", pair, &opts);
    let f = flags
        .iter()
        .find(|f| f.entry.as_deref() == Some("khot-at-least"))
        .expect("khot-at-least");
    let (_, r) = f.source.clone().expect("source span");
    assert_eq!(&ru[r], "Хоть");
    // Trimming keeps inner punctuation and a range of punctuation only.
    let text = "«да», — нет";
    let toks: Vec<_> = crate::segment::segment(text, pair.source)
        .into_iter()
        .flat_map(|s| s.tokens)
        .filter(|t| t.kind != crate::segment::TokenKind::Space)
        .collect();
    let refs: Vec<&crate::segment::Token> = toks.iter().collect();
    let words = phrasebook::trim_punct(&refs, 0..refs.len());
    assert_eq!(
        &text[refs[words.start].span.start..refs[words.end - 1].span.end],
        "да», — нет"
    );
    assert_eq!(phrasebook::trim_punct(&refs, 0..1), 0..1);
}

#[test]
fn at_least_is_not_flagged_for_the_verb_want() {
    let pair = LanguagePair::ru_en();
    let opts = FluencyOptions::default();
    for (ru, en) in [
        ("Мы хотим тишины.", "We want quiet, at least."),
        ("Они хотят уехать.", "At least they want to leave."),
    ] {
        let flags = check_texts(ru, en, pair, &opts);
        assert!(
            flags
                .iter()
                .all(|f| f.entry.as_deref() != Some("khot-at-least")),
            "{en}"
        );
    }
}
