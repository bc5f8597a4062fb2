//! The dictd loader on a real dictionary: Debian's mueller7-dict (English–Russian, GPL,
//! loaded at run time, never shipped). `.ci/run` installs it; locally the test skips
//! with a message when it is absent, and fails instead when `CI` is set.

use std::path::Path;
use transcheck::lang::{LanguagePair, Lexicon};

const INDEX: &str = "/usr/share/dictd/mueller7.index";

#[test]
fn mueller7_loads_and_inverts() {
    if !Path::new(INDEX).exists() {
        if std::env::var_os("CI").is_some() {
            panic!("{INDEX} is missing: .ci/run installs the mueller7-dict package");
        }
        eprintln!("skipped: {INDEX} is absent (apt-get install mueller7-dict to run this test)");
        return;
    }
    let pair = LanguagePair::ru_en();
    let mut lex = Lexicon::default();
    let n = transcheck::lang::dictionary::load(Path::new(INDEX), &mut lex, pair).unwrap();
    // About 46,000 headwords; most articles give several one-word Russian renderings.
    assert!(n > 40_000, "only {n} renderings read");
    let has = |ru: &str, en: &str| {
        lex.get(&pair.source.stem(ru))
            .is_some_and(|c| c.contains(&pair.target.stem(en)))
    };
    assert!(has("кризис", "crisis"));
    assert!(has("бюджет", "budget"));
    assert!(has("заявление", "statement"));
    // The dictionary extends the built-in lexicon of a new pair.
    let extended = pair.with_dictionaries(&[INDEX.into()]).unwrap();
    assert!(extended.lexicon.len() > pair.lexicon.len());
}
