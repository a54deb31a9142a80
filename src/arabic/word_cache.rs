//! A bounded per-word memo whose keys (and string values) live in one arena.
//!
//! The per-thread caches of search keys and tagger word types are looked up once per token of
//! every article. With `HashMap<Box<str>, Box<str>>` a hit reads the table, then the key's own
//! allocation to compare it, then the value's: three cache misses in a table of 100k words (the
//! key comparison was 3% of a real-news import's CPU under `memcmp`). Here an entry holds the full
//! hash (so a comparison happens only on a true match) and the offset of its key in one arena
//! where the value string follows the key: a hit touches the table and one arena line.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

#[derive(Clone, Copy)]
struct Entry<V> {
    hash: u64,
    /// Byte offset of the key in the arena; the key is `len` bytes.
    at: u32,
    len: u32,
    value: V,
}

/// Words (`&str`) to values of type `V`, at most `max` of them: when full the map is emptied,
/// and the frequent words come back at once (news vocabulary is Zipfian).
pub(crate) struct WordMap<V> {
    table: HashTable<Entry<V>>,
    arena: String,
    max: usize,
}

impl<V: Copy> WordMap<V> {
    pub(crate) fn new(max: usize) -> Self {
        WordMap {
            table: HashTable::new(),
            arena: String::new(),
            max,
        }
    }

    pub(crate) fn clear(&mut self) {
        self.table.clear();
        self.arena.clear();
    }

    fn hash(word: &str) -> u64 {
        FxBuildHasher.hash_one(word)
    }

    /// The value of `word`, if it was inserted since the last clear.
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        let h = Self::hash(word);
        let arena = self.arena.as_bytes();
        self.table
            .find(h, |e| {
                e.hash == h && &arena[e.at as usize..(e.at + e.len) as usize] == word.as_bytes()
            })
            .map(|e| e.value)
    }

    /// Inserts `word` (not present) with the value `make` returns given the arena, into which
    /// it may append the value's text (see [`WordMap::text`]); empties the map first when full.
    pub(crate) fn insert_with(&mut self, word: &str, make: impl FnOnce(&mut String) -> V) {
        if self.table.len() >= self.max || self.arena.len() + word.len() > u32::MAX as usize / 2 {
            self.clear();
        }
        let h = Self::hash(word);
        let at = self.arena.len() as u32;
        self.arena.push_str(word);
        let value = make(&mut self.arena);
        let e = Entry {
            hash: h,
            at,
            len: word.len() as u32,
            value,
        };
        self.table.insert_unique(h, e, |e| e.hash);
    }

    /// Text stored in the arena at `at..at + len` by an [`WordMap::insert_with`] value.
    pub(crate) fn text(&self, at: u32, len: u32) -> &str {
        &self.arena[at as usize..(at + len) as usize]
    }
}

/// Words to strings: the value text is stored right after its key.
pub(crate) struct WordStrings(WordMap<(u32, u32)>);

impl WordStrings {
    pub(crate) fn new(max: usize) -> Self {
        WordStrings(WordMap::new(max))
    }

    /// The string stored for `word`.
    pub(crate) fn get(&self, word: &str) -> Option<&str> {
        self.0.get(word).map(|(at, len)| self.0.text(at, len))
    }

    /// Stores `value` for `word` (not present).
    pub(crate) fn insert(&mut self, word: &str, value: &str) {
        self.0.insert_with(word, |arena| {
            let at = arena.len() as u32;
            arena.push_str(value);
            (at, value.len() as u32)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_stored_and_forgets_all_when_full() {
        let mut m = WordStrings::new(3);
        m.insert("وزير", "وزير");
        m.insert("والخارجية", "خارجي");
        m.insert("", "");
        assert_eq!(m.get("والخارجية"), Some("خارجي"));
        assert_eq!(m.get(""), Some(""));
        assert_eq!(m.get("وزير"), Some("وزير"));
        assert_eq!(m.get("وزيرا"), None);
        assert_eq!(m.get("وزي"), None, "a prefix of a stored key is not it");
        m.insert("لبنان", "لبنان");
        assert_eq!(m.0.table.len(), 1, "the fourth word empties the map first");
        assert_eq!(m.get("وزير"), None);
        assert_eq!(m.get("لبنان"), Some("لبنان"));

        let mut n: WordMap<u32> = WordMap::new(10);
        for (i, w) in ["a", "b", "ab", "ba"].iter().enumerate() {
            n.insert_with(w, |_| i as u32);
        }
        assert_eq!(
            ["ab", "a", "ba", "b", "c"].map(|w| n.get(w)),
            [Some(2), Some(0), Some(3), Some(1), None]
        );
    }
}
