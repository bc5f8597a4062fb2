//! The aligner's confidence in a skipped unit decides whether an omission or addition is
//! an error or only a warning, so it must measure the real alternatives to the skip.

use transcheck::{input::Document, lang::LanguagePair, pipeline, rules::Severity};

fn findings(source: &str, translation: &str) -> Vec<(String, Severity)> {
    let pair = LanguagePair::ru_en();
    let src = Document::from_text("a.ru.txt", source, pair.source).unwrap();
    let tgt = Document::from_text("a.en.txt", translation, pair.target).unwrap();
    let analysis = pipeline::analyse(src, tgt, pair, &Default::default());
    pipeline::check(&analysis, &Default::default())
        .iter()
        .map(|f| (f.rule.name.to_string(), f.severity))
        .collect()
}

const SOURCE: &str = "Мэр Казани Ильсур Метшин открыл новую школу на 1200 мест.\n\n\
                      Здание построено за два года. Уроки начнутся в сентябре.\n";

#[test]
fn an_invented_sentence_sharing_a_word_with_its_neighbour_is_an_error() {
    // "school" also occurs in the translated sentence before it; that is no reason to
    // doubt the addition, since that sentence already has its own translation.
    let mt = "Kazan Mayor Ilsur Metshin opened a new school for 1,200 students. \
              The school cost the city 3 billion rubles.\n\n\
              The building was built in two years. Lessons will begin in September.\n";
    let f = findings(SOURCE, mt);
    assert!(
        f.contains(&("added-sentence".to_string(), Severity::Error)),
        "{f:?}"
    );
}

#[test]
fn a_sentence_split_in_two_is_not_an_addition() {
    let src = "Мэр Казани Ильсур Метшин открыл новую школу на 1200 мест, строительство \
               которой заняло два года.\n";
    let mt = "Kazan Mayor Ilsur Metshin opened a new school for 1,200 students. \
              Its construction took two years.\n";
    let f = findings(src, mt);
    assert!(
        !f.iter()
            .any(|(r, _)| r == "added-sentence" || r == "omitted-sentence"),
        "{f:?}"
    );
}
