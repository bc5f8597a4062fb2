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

#[test]
fn a_deleted_paragraph_that_shares_a_topic_with_the_next_stays_omitted() {
    // The middle paragraph is missing from the translation. Its last sentence (the
    // police figure) shares words with the next paragraph, whose English runs long, so at
    // sentence level it glues onto it; the paragraph as a whole has no counterpart and
    // must not be folded into the next group (it was, before the repair required most
    // of a folded paragraph's sentences to align).
    let src = "Во Франции прошли новые акции против пенсионной реформы.\n\n\
               Во вторник в акциях по всей стране приняли участие 757 тыс. человек, по \
               данным МВД. Профсоюзы заявили о 2 млн манифестантов. В Париже на улицы \
               вышли 400 тыс. манифестантов. Полиция заявляет, что их было 57 тыс.\n\n\
               В предыдущий день протестов число манифестантов составило 1,27 млн, по \
               оценке полиции, и 2,8 млн по данным профсоюзов.\n";
    let mt = "France saw new protests against the pension reform.\n\n\
              On the previous day of protests, the number of demonstrators was 1.27 million \
              people according to the estimate of the police, and 2.8 million according \
              to the information of the trade unions.\n";
    let pair = LanguagePair::ru_en();
    let s = Document::from_text("a.ru.txt", src, pair.source).unwrap();
    let t = Document::from_text("a.en.txt", mt, pair.target).unwrap();
    let a = pipeline::analyse(s, t, pair, &Default::default());
    let beads: Vec<(Vec<usize>, Vec<usize>)> = a
        .alignment
        .paragraphs
        .iter()
        .map(|b| (b.source.clone().collect(), b.target.clone().collect()))
        .collect();
    assert_eq!(
        beads,
        vec![(vec![0], vec![0]), (vec![1], vec![]), (vec![2], vec![1])]
    );
}

#[test]
fn a_boilerplate_line_in_place_of_a_deleted_sentence_pairs_with_nothing() {
    // "Comments are closed." has about the length of the deleted line; length alone must
    // not pair them.
    let src = "Фильм вышел в прокат в пятницу.\n\nРежиссер Тодд Филлипс.\n\n\
               Картина собрала 20 миллионов долларов за выходные.\n";
    let mt = "The film was released on Friday.\n\nComments are closed.\n\n\
              The picture grossed 20 million dollars over the weekend.\n";
    let f = findings(src, mt);
    assert!(
        f.iter().any(|(r, _)| r == "omission") && f.iter().any(|(r, _)| r == "addition"),
        "{f:?}"
    );
}

#[test]
fn a_sentence_moved_into_the_previous_paragraph_is_not_omitted() {
    // The translator joined two sentences and moved the first sentence of the next
    // paragraph («Мост соединит Якутск …») up; the pair left in its old place is a weak
    // one, so only aligning the two paragraphs as one finds the move.
    let src = "В Якутии открыли новый мост через Лену\n\nСтроительство моста длиной 3,2 км продолжалось шесть лет. Его стоимость составила 84 млрд рублей.\n\nМост соединит Якутск с федеральной трассой «Лена». Раньше летом жители добирались до другого берега на пароме, а зимой — по ледовой переправе.\n\n«Это событие, которого республика ждала десятилетиями», — сказал глава Якутии Айсен Николаев.\n\nПо его словам, мост позволит снизить цены на продукты в Якутске. Сейчас доставка грузов через реку в межсезонье почти невозможна.\n\nДвижение по мосту откроется 1 сентября.\n";
    let en = "New bridge over the Lena opens in Yakutia\n\nThe 3.2-kilometre bridge took six years to build and cost 84 billion rubles. It will link Yakutsk to the federal Lena highway.\n\nUntil now, residents crossed the river by ferry in summer and over an ice road in winter.\n\n\"The republic has waited decades for this,\" said Aisen Nikolaev, head of Yakutia. He said the bridge would bring down food prices in Yakutsk. At present, freight can hardly cross the river in the off-season.\n\nTraffic will open on September 1.\n";
    let f = findings(src, en);
    assert!(
        !f.iter()
            .any(|(r, _)| r == "omitted-sentence" || r == "added-sentence"),
        "{f:?}"
    );
}
