//! The gazetteer: the in-memory matcher index of the archive's entities and aliases, built once per
//! import from the rows `archive::gazetteer` loads (pure: no SQLite here).

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::arabic;

pub use crate::vocab::{AliasKind, EntityKind as Kind};

/// The endings that inflect a masculine singular nisba adjective («سوري» → «سورية», «سوريون»…),
/// normalised (ة is ه), with what each makes of it.
const SUFFIXES: [(&str, Inflection); 9] = [
    ("", Inflection::MasculineSingular),
    // The accusative of an indefinite one («وفدا إيرانيا»).
    ("ا", Inflection::MasculineSingular),
    ("ه", Inflection::FeminineSingular),
    ("ون", Inflection::Plural),
    ("ين", Inflection::Plural),
    ("ات", Inflection::Plural),
    ("ان", Inflection::Dual),
    ("تان", Inflection::Dual),
    ("تين", Inflection::Dual),
];

/// The shipped gazetteer CSVs (`data/gazetteer/`), embedded so a fresh archive knows the usual names
/// without any file at hand (`archive::gazetteer::seed_default` loads them) and the tagger can test
/// gazetteer membership without an archive.
pub(crate) const DEFAULT_CSVS: [(&str, &str); 5] = [
    (
        "countries.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/countries.csv"
        )),
    ),
    (
        "capitals.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/capitals.csv"
        )),
    ),
    (
        "outlets.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/outlets.csv"
        )),
    ),
    (
        "people.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/people.csv"
        )),
    ),
    (
        "orgs.csv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/gazetteer/orgs.csv"
        )),
    ),
];

/// Nationality adjectives of the countries (`data/gazetteer/adjectives.csv`): for each country key the
/// masculine singular indefinite nisba adjectives (`adjectives_ar`, `|`-separated; a two-word one such
/// as «كوري جنوبي» inflects both words), broken plurals (`plurals_ar`: «أتراك», «روس») and the
/// forms that are also written for the country's name (`names_ar`: «سورية»; the country's own names
/// count too). The other forms (feminine, plural, dual, with ال and clitics) are derived when the
/// gazetteer is built.
/// Hand-written for marsad from general knowledge of Arabic press usage (no outside source; same
/// licence as the repository); the `note` column says why a country has none.
pub(crate) const ADJECTIVES_CSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/gazetteer/adjectives.csv"
));

/// Phrases that contain a gazetteer name or adjective without naming that entity («مسقط رأسه» is a
/// birthplace, not Muscat; «المحيط الهندي» is an ocean, not India; «عين الأسد» an air base):
/// `data/gazetteer/not_mentions.csv` (`phrase,entity_key,note`), hand-written for marsad. A match
/// of such a phrase is longer than the name inside it, so it wins and yields no mention.
pub(crate) const NOT_MENTIONS_CSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/gazetteer/not_mentions.csv"
));

/// The search keys of the words after a phrase's first.
pub(crate) type Keys = Box<[Box<str>]>;

/// How a nationality adjective is inflected (with or without ال, which matching reads off the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inflection {
    /// «سوري»: also a family name («محمد المصري») or a given name («تركي»), so it needs more care.
    MasculineSingular,
    /// «سورية».
    FeminineSingular,
    /// «سوريون», «سوريين», «سوريات», «أتراك».
    Plural,
    /// «سوريان», «سوريتان», «سوريتين».
    Dual,
}

/// One nationality adjective form, stored under its first word (normalised, without ال).
#[derive(Debug, Clone)]
pub(crate) struct Adjective {
    /// The following words, normalised, without ال («جنوبي» of «كوري جنوبي»).
    pub rest: Box<[Box<str>]>,
    pub entity: u32,
    pub inflection: Inflection,
    /// Without and with ال, the form is also one of the country's names («سورية», «السعودية»).
    pub also_name: [bool; 2],
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub id: i64,
    pub key: Option<String>,
    pub kind: Kind,
    pub name: String,
}

/// One alias as a sequence of token keys; stored under its first key.
#[derive(Debug, Clone)]
pub(crate) struct Alias {
    pub rest: Box<[Box<str>]>,
    pub entity: u32,
    pub kind: AliasKind,
    /// The alias' words as written, normalised, one per key (None for the other spelling of a
    /// compound such as عبدالله). Keys are stems, which fold «كاميرات» (cameras) and «الكاميرون»,
    /// «حركات» and «حركة»: the text's first word must be the first of these behind its clitics. Only
    /// the first: it carries the clitics and is where an ordinary word collides, while the press
    /// varies the later words of a name the stems rightly fold («حرس الثورة» for «الحرس الثوري»,
    /// «حلف شمالي الأطلسي»).
    pub words: Option<Box<[Box<str>]>>,
}

/// Proclitic stacks a name can carry in a text word: «وبالقاهرة», «لألمانيا».
const NAME_PROCLITICS: [&str; 11] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// Is the normalised text word `word` the alias word `alias_word` (normalised, as written) behind
/// nothing but proclitics, with or without the article? «وبالقاهره» is
/// «القاهره», «للكاميرون» is «الكاميرون»; «كاميرات» is not «الكاميرون», «ماليا» (financially) not «مالي».
pub(crate) fn is_word_of_name(word: &str, alias_word: &str) -> bool {
    let bare = alias_word.strip_prefix("ال").unwrap_or(alias_word);
    // The text may add the article to a name written without it («البيرو»): whether such a name
    // takes it is `Gazetteer::never_definite`'s to decide, not this check's.
    let same = |w: &str| w == alias_word || w == bare || w.strip_prefix("ال") == Some(bare);
    if same(word) {
        return true;
    }
    // «لل» is ل + ال.
    let lil = |w: &str| alias_word.starts_with("ال") && w.strip_prefix("لل") == Some(bare);
    lil(word)
        || NAME_PROCLITICS.iter().any(|p| {
            word.strip_prefix(p)
                .is_some_and(|r| same(r) || (matches!(*p, "و" | "ف") && lil(r)))
        })
}

/// An alias' words as written, for [`Alias::words`]: normalised.
fn written_words(alias: &str) -> Vec<Box<str>> {
    arabic::normalize(alias)
        .split_whitespace()
        .map(Box::from)
        .collect()
}

/// Names to look for, loaded once per import from the archive's entities and aliases.
#[derive(Debug, Default)]
pub struct Gazetteer {
    pub(crate) entities: Vec<Entity>,
    by_id: FxHashMap<i64, u32>,
    /// First token key → aliases starting with it, longest first.
    pub(crate) first: FxHashMap<Box<str>, Vec<Alias>>,
    /// Short alias norm → entities that go by it (ambiguity check).
    pub(crate) shorts: FxHashMap<Box<str>, Vec<u32>>,
    /// Entity → the places/countries containing it.
    parents: FxHashMap<u32, Vec<u32>>,
    /// Nationality adjective forms: normalised first word without ال → forms ([`ADJECTIVES_CSV`]).
    /// A form two countries share («كونغولي») is not here at all.
    pub(crate) adjectives: FxHashMap<Box<str>, Vec<Adjective>>,
    /// Per entity: no word of its name has ال («دمشق», «جنين», «حركة حماس»), so a one-word alias
    /// written with ال is something else («الجنين» a foetus, «الحماس» enthusiasm).
    pub(crate) never_definite: Vec<bool>,
    /// Per entity: a city whose name is one word written with ال («الخليل», «الرياض»), so the word
    /// without it is something else: a given name («خليل», «رياض»), not the city.
    pub(crate) always_definite: Vec<bool>,
    /// Every one-word alias as written, normalised, with and without ال: a cheap exact test for
    /// «is this word a name?» (`extract::glued`), where a search form would stem.
    pub(crate) one_word_names: rustc_hash::FxHashSet<Box<str>>,
    /// The first word of every person's name of two words or more, as written, normalised
    /// («فلاديمير», «جو»): a cheap exact test before a glued word is split at a given name
    /// (`extract::glued::word_then_given_name`).
    pub(crate) given_names: rustc_hash::FxHashSet<Box<str>>,
    /// The distinctive word of each outlet's names, normalised, with and without ال: «قناة الميادين»
    /// and «الميادين نت» give «الميادين» and «ميادين» (an outlet noun such as «قناة» is skipped).
    /// Finds an outlet's name run into the next word (`extract::glued::outlet_prefix`).
    pub(crate) outlet_words: rustc_hash::FxHashSet<Box<str>>,
    /// Phrases that are not mentions ([`NOT_MENTIONS_CSV`]): first token key → the other keys.
    pub(crate) not_mentions: FxHashMap<Box<str>, Vec<Keys>>,
    /// Analysts' corrections extraction applies (blocked surface forms, rejected names).
    pub curation: super::tagger::link::Curation,
}

impl Gazetteer {
    /// Build the matcher from the archive's rows: `entities` (id, stable key, kind, name), `aliases`
    /// (entity id, matching key `norm`, alias kind, the alias as written) and `within` (place id, containing place id).
    /// Aliases and containments of unknown entities are ignored.
    pub fn from_rows(
        entities: impl IntoIterator<Item = Entity>,
        aliases: impl IntoIterator<Item = (i64, String, AliasKind, String)>,
        within: impl IntoIterator<Item = (i64, i64)>,
    ) -> Self {
        let mut g = Gazetteer::default();
        for e in entities {
            g.by_id.insert(e.id, g.entities.len() as u32);
            g.entities.push(e);
        }
        for (eid, norm, kind, alias) in aliases {
            if let Some(&e) = g.by_id.get(&eid) {
                let words = written_words(&alias);
                let words = (words.len() == norm.split(' ').filter(|w| !w.is_empty()).count())
                    .then(|| words.into_boxed_slice());
                g.add_alias(e, &norm, kind, words);
                // عبد + a name of God: the name joined or spaced (عبدالله = عبد الله).
                let keys: Vec<&str> = norm.split(' ').collect();
                if let Some((joined, spaced)) = arabic::compound_spellings(&keys) {
                    for other in [joined, spaced].map(|k| k.join(" ")) {
                        if other != norm {
                            g.add_alias(e, &other, kind, None);
                        }
                    }
                }
            }
        }
        let words: Vec<Box<str>> = g
            .first
            .values()
            .flatten()
            .filter(|a| a.rest.is_empty())
            .filter_map(|a| a.words.as_ref().map(|w| w[0].clone()))
            .collect();
        for w in words {
            if let Some(bare) = w.strip_prefix("ال") {
                g.one_word_names.insert(bare.into());
            }
            g.one_word_names.insert(w);
        }
        let given: Vec<Box<str>> = g
            .first
            .values()
            .flatten()
            .filter(|a| !a.rest.is_empty() && g.entities[a.entity as usize].kind == Kind::Person)
            .filter_map(|a| a.words.as_ref().map(|w| w[0].clone()))
            .collect();
        g.given_names.extend(given);
        const OUTLET_NOUNS: &[&str] = &[
            "قناه",
            "صحيفه",
            "وكاله",
            "موقع",
            "شبكه",
            "اذاعه",
            "تلفزيون",
            "مجله",
        ];
        let outlet_words: Vec<Box<str>> = g
            .first
            .values()
            .flatten()
            .filter(|a| g.entities[a.entity as usize].kind == Kind::Outlet)
            .filter_map(|a| {
                let words = a.words.as_ref()?;
                let w = words.iter().find(|w| !OUTLET_NOUNS.contains(&&***w))?;
                (w.chars().count() >= 4).then(|| w.clone())
            })
            .collect();
        for w in outlet_words {
            if let Some(bare) = w.strip_prefix("ال") {
                g.outlet_words.insert(bare.into());
            }
            g.outlet_words.insert(w);
        }
        for v in g.first.values_mut() {
            // Longest first, then a stable order so matching is deterministic.
            v.sort_by(|a, b| {
                b.rest
                    .len()
                    .cmp(&a.rest.len())
                    .then(a.entity.cmp(&b.entity))
            });
        }
        for (c, p) in within {
            if let (Some(&c), Some(&p)) = (g.by_id.get(&c), g.by_id.get(&p)) {
                g.parents.entry(c).or_default().push(p);
            }
        }
        g.never_definite = g
            .entities
            .iter()
            .map(|e| {
                let n = arabic::normalize(e.name.trim());
                !n.is_ascii() && !n.split(' ').any(|w| w.starts_with("ال"))
            })
            .collect();
        g.always_definite = g
            .entities
            .iter()
            .map(|e| {
                // Cities only: a country is written without ال in construct («عراق صدام»).
                let n = arabic::normalize(e.name.trim());
                e.kind == Kind::Place && !n.is_ascii() && !n.contains(' ') && n.starts_with("ال")
            })
            .collect();
        g.add_adjectives();
        g.add_not_mentions();
        g
    }

    /// The nationality adjectives of the shipped table, for the countries this archive has (by key).
    fn add_adjectives(&mut self) {
        let by_key: HashMap<&str, u32> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == Kind::Country)
            .filter_map(|(i, e)| Some((e.key.as_deref()?, i as u32)))
            .collect();
        // The countries' one-word Arabic names, normalised («سوريه», «السعوديه»).
        let mut names: HashMap<String, Vec<String>> = HashMap::new();
        let mut rdr = csv::Reader::from_reader(DEFAULT_CSVS[0].1.as_bytes());
        for rec in rdr.records().flatten() {
            let cells = [rec.get(3).unwrap_or(""), rec.get(4).unwrap_or("")];
            let v = names
                .entry(rec.get(0).unwrap_or("").to_string())
                .or_default();
            v.extend(
                cells
                    .iter()
                    .flat_map(|c| c.split('|'))
                    .map(|n| arabic::normalize(n.trim()))
                    .filter(|n| !n.is_empty() && !n.contains(' ')),
            );
        }
        let mut forms: FxHashMap<Box<str>, Vec<Adjective>> = FxHashMap::default();
        let mut rdr = csv::Reader::from_reader(ADJECTIVES_CSV.as_bytes());
        for rec in rdr.records().flatten() {
            let Some(&entity) = rec.get(0).and_then(|k| by_key.get(k)) else {
                continue;
            };
            let list = |c: usize| {
                rec.get(c)
                    .unwrap_or("")
                    .split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(arabic::normalize)
                    .collect::<Vec<_>>()
            };
            // Its one-word names, and the adjective forms news also writes for the country.
            let mut own = names
                .get(rec.get(0).unwrap_or(""))
                .cloned()
                .unwrap_or_default();
            own.extend(list(3));
            let mut put = |words: Vec<String>, inflection| {
                let (first, rest) = words.split_first().expect("a form has a word");
                let v = forms.entry(first.as_str().into()).or_default();
                let rest: Box<[Box<str>]> = rest.iter().map(|w| w.as_str().into()).collect();
                let also_name = if rest.is_empty() {
                    [own.contains(first), own.contains(&format!("ال{first}"))]
                } else {
                    [false; 2]
                };
                if !v.iter().any(|a| a.entity == entity && a.rest == rest) {
                    v.push(Adjective {
                        rest,
                        entity,
                        inflection,
                        also_name,
                    });
                }
            };
            for base in list(1) {
                let words: Vec<&str> = base.split(' ').collect();
                for (suffix, inflection) in SUFFIXES {
                    put(
                        words.iter().map(|w| format!("{w}{suffix}")).collect(),
                        inflection,
                    );
                }
            }
            for plural in list(2) {
                put(vec![format!("{plural}ا")], Inflection::Plural);
                put(vec![plural], Inflection::Plural);
            }
        }
        // A form of two countries names neither: left unlinked rather than guessed.
        for v in forms.values_mut() {
            let mut shared: Vec<(Box<[Box<str>]>, u32)> = Vec::new();
            for a in v.iter() {
                if v.iter().any(|b| b.rest == a.rest && b.entity != a.entity) {
                    shared.push((a.rest.clone(), a.entity));
                }
            }
            v.retain(|a| !shared.iter().any(|(r, _)| *r == a.rest));
            v.sort_by_key(|a| std::cmp::Reverse(a.rest.len()));
        }
        forms.retain(|_, v| !v.is_empty());
        self.adjectives = forms;
    }

    /// The shipped phrases that are not mentions, as token keys.
    fn add_not_mentions(&mut self) {
        let mut rdr = csv::Reader::from_reader(NOT_MENTIONS_CSV.as_bytes());
        for rec in rdr.records().flatten() {
            let norm = arabic::index_text(rec.get(0).unwrap_or(""));
            let mut words = norm.split(' ').filter(|w| !w.is_empty());
            let Some(first) = words.next() else { continue };
            let rest: Box<[Box<str>]> = words.map(Box::from).collect();
            self.not_mentions
                .entry(first.into())
                .or_default()
                .push(rest);
        }
        for v in self.not_mentions.values_mut() {
            v.sort_by_key(|k| std::cmp::Reverse(k.len()));
        }
    }

    fn add_alias(
        &mut self,
        entity: u32,
        norm: &str,
        kind: AliasKind,
        words: Option<Box<[Box<str>]>>,
    ) {
        let mut keys = norm.split(' ').filter(|w| !w.is_empty());
        let Some(first) = keys.next() else { return };
        let rest: Box<[Box<str>]> = keys.map(Box::from).collect();
        if kind == AliasKind::Short && rest.is_empty() {
            let v = self.shorts.entry(first.into()).or_default();
            if !v.contains(&entity) {
                v.push(entity);
            }
        }
        self.first.entry(first.into()).or_default().push(Alias {
            rest,
            entity,
            kind,
            words,
        });
    }

    pub fn entity(&self, idx: u32) -> &Entity {
        &self.entities[idx as usize]
    }

    pub fn index_of(&self, id: i64) -> Option<u32> {
        self.by_id.get(&id).copied()
    }

    /// Is `inner` the same place as `outer` or inside it?
    pub fn within(&self, inner: u32, outer: u32) -> bool {
        inner == outer
            || self
                .parents
                .get(&inner)
                .is_some_and(|ps| ps.iter().any(|&p| p == outer || self.within(p, outer)))
    }

    /// An entity whose full alias equals `text`'s normalised form, preferring `kind`.
    pub fn lookup(&self, text: &str, kind: Option<Kind>) -> Option<u32> {
        let norm = arabic::index_text(text);
        let mut words = norm.split(' ');
        let first = words.next()?;
        let rest: Vec<&str> = words.collect();
        let cands = self.first.get(first)?;
        let mut best = None;
        for a in cands {
            if a.rest.len() == rest.len() && a.rest.iter().zip(&rest).all(|(x, y)| &**x == *y) {
                let e = self.entity(a.entity);
                if kind.is_none_or(|k| k == e.kind) {
                    return Some(a.entity);
                }
                best.get_or_insert(a.entity);
            }
        }
        best
    }
}
