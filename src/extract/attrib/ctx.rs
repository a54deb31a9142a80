//! Per-body context: mentions and tagger spans by token, the article's own outlet, recipients.

use super::lexicon::*;
use super::*;

/// A source phrase: tokens [a, b) and what it names.
#[derive(Debug, Default, Clone)]
pub(super) struct Np {
    pub(super) a: usize,
    pub(super) b: usize,
    pub(super) entity: Option<u32>,
    pub(super) ty: Option<SourceType>,
    pub(super) anonymous: bool,
    /// An organisation or outlet named inside an unnamed source's phrase («مصدر في وزارة الخارجية»):
    /// the party credited.
    pub(super) within: Option<(u32, usize, usize)>,
    /// The article's own correspondent or sources.
    pub(super) own: bool,
    /// «المصدر»: an earlier unnamed source.
    pub(super) backref: bool,
    /// Tokens [a, b) of a personal name written out in the phrase and not linked to an entity
    /// («… رضا نوشادي»).
    pub(super) name: Option<(usize, usize)>,
    /// «البيان»: a statement named before, credited to its issuer.
    pub(super) statement: bool,
    /// «الرئيسان», «الوزيرين»: the two people named last.
    pub(super) dual: bool,
    /// «الصحيفة» with no outlet of the gazetteer before it: the outlet credited last.
    pub(super) outlet_coref: bool,
    /// «النقابة», «الجمعية»: a definite head that names no organisation by itself; only the one
    /// credited before under that head.
    pub(super) org_coref: bool,
}

impl Np {
    /// The article's own reporting over tokens [a, b): its sources are unnamed, its correspondent is
    /// a person («مصادر الميادين», «مراسل الميادين»).
    pub(super) fn own(a: usize, b: usize, sources: bool) -> Np {
        Np {
            a,
            b,
            ty: Some(if sources {
                SourceType::Anonymous
            } else {
                SourceType::Person
            }),
            anonymous: sources,
            own: true,
            ..Default::default()
        }
    }
}

#[derive(Debug, Default, Clone)]
pub(super) struct Party {
    pub(super) source: Option<u32>,
    pub(super) source_text: Option<String>,
    pub(super) source_type: Option<SourceType>,
    pub(super) via: Option<u32>,
    pub(super) via_text: Option<String>,
    pub(super) via_type: Option<SourceType>,
    pub(super) anonymous: bool,
    pub(super) self_reported: bool,
    /// A second person credited with the same words («الرئيسان»).
    pub(super) also: Option<u32>,
    /// The second party's own text, when it is written apart («الرياض وواشنطن» → «واشنطن»).
    pub(super) also_text: Option<String>,
    /// «نقلت X عن Y»: the relay found its source, so the words need no complementizer.
    pub(super) relayed: bool,
    /// «قالت صحيفة X نقلاً عن Y»: the token of «نقلاً», where the relay's own report ends and the
    /// row for Y (via X) begins.
    pub(super) relay_at: Option<usize>,
    /// «الرئيسان» with not two people named just before: no party, and no speaker carried over
    /// either; nor an article's writer the rules cannot read («مقالاً لفلان، قال فيه»). (A bare
    /// head such as «الصحيفة» with nothing to point back to is kept as written.)
    pub(super) unresolved: bool,
    /// First and last+1 token consumed.
    pub(super) span: Option<(usize, usize)>,
}

impl Party {
    /// The party of an earlier attribution, carried to a cue with no subject of its own.
    pub(super) fn carried_from(a: &Attribution) -> Party {
        Party {
            source: a.source,
            source_text: a.source_text.clone(),
            source_type: a.source_type,
            via: a.via,
            via_text: a.via_text.clone(),
            via_type: a.via_type,
            anonymous: a.anonymous,
            self_reported: a.self_reported,
            ..Default::default()
        }
    }

    /// Credit the same source as an earlier attribution (a back-reference: «البيان», «الصحيفة»).
    pub(super) fn credit_as(&mut self, a: &Attribution) {
        self.source = a.source;
        self.source_text = a.source_text.clone();
        self.source_type = a.source_type;
    }

    pub(super) fn grow(&mut self, a: usize, b: usize) {
        self.span = Some(match self.span {
            Some((x, y)) => (x.min(a), y.max(b)),
            None => (a, b),
        });
    }
    pub(super) fn has_party(&self) -> bool {
        self.source.is_some() || self.source_text.is_some() || self.via_text.is_some()
    }
}

/// The article's outlet: its gazetteer entity and the token keys of its names
/// with a leading outlet noun dropped («قناة الميادين» → «الميادين»).
pub(super) struct Own {
    pub(super) entity: Option<u32>,
    pub(super) keys: Vec<Vec<String>>,
}

pub(super) struct Ctx<'a> {
    pub(super) g: &'a Gazetteer,
    pub(super) d: &'a Doc<'a>,
    pub(super) ms: &'a [Mention],
    /// Body token → index of the mention covering it.
    pub(super) at: Vec<Option<usize>>,
    /// Body token → end token and kind of a tagger span starting there (empty without spans).
    pub(super) ext: Vec<Option<(usize, Kind)>>,
    pub(super) outlet: Option<&'a str>,
    pub(super) own: OnceCell<Option<Rc<Own>>>,
    /// Personal names written out elsewhere in the body after a title or before a claim, as word
    /// sequences and every tail of them («جميل مزهر», «مزهر»): a later bare «وقال مزهر» is that person.
    pub(super) names: FxHashSet<Vec<String>>,
    /// The last word of each person the gazetteer found under a name of two or more words
    /// («محمد شياع السوداني» → «السوداني»), with that person; a word two people share is left out.
    pub(super) surnames: FxHashMap<String, Option<u32>>,
    /// Body token → byte offset in its normal form where [`Ctx::word`] starts: rules ask for a
    /// token's word many times over, so it is worked out once per token (`Ctx::word_starts`).
    pub(super) word_from: Vec<u8>,
}

pub(super) type OwnCache = ((usize, usize, usize), FxHashMap<String, Rc<Own>>);

thread_local! {
    static OWN_CACHE: RefCell<OwnCache> = RefCell::new(((0, 0, 0), FxHashMap::default()));
}

impl Ctx<'_> {
    pub(super) fn mention(&self, j: usize) -> Option<&Mention> {
        self.at.get(j).copied().flatten().map(|k| &self.ms[k])
    }
    /// The mention starting at token j.
    pub(super) fn mention_at(&self, j: usize) -> Option<&Mention> {
        self.mention(j).filter(|m| m.toks.0 == j)
    }
    pub(super) fn ext_at(&self, j: usize) -> Option<(usize, Kind)> {
        // «منتقديه», «معارضيه»: the tagger may take one's followers for a name.
        self.ext
            .get(j)
            .copied()
            .flatten()
            .filter(|&(e, _)| e > j + 1 || !possessed_group(self.word(j), self.d.slice(j, j + 1)))
    }
    pub(super) fn kind(&self, m: &Mention) -> Kind {
        self.g.entity(m.entity).kind
    }
    /// Is token j inside a person's name (the gazetteer's or the tagger's)?
    pub(super) fn person_at(&self, j: usize) -> bool {
        self.mention(j)
            .is_some_and(|m| self.kind(m) == Kind::Person)
            || self.ext_at(j).is_some_and(|(_, kind)| kind == Kind::Person)
    }
    /// «صادر عن», «الصادرة من» at token x: the issuer follows at x + 2.
    pub(super) fn issued_at(&self, x: usize) -> bool {
        matches!(self.word(x), "صادر" | "الصادر" | "صادره" | "الصادره")
            && x + 1 < self.d.len()
            && matches!(self.word(x + 1), "عن" | "من")
    }
    pub(super) fn bare(&self, j: usize) -> &str {
        self.d.bare(j)
    }
    /// The token's normal form without a leading conjunction, except for heads that start with و
    /// or ف themselves («وزارة», «وزير», «وكالة», «فصائل»).
    pub(super) fn word(&self, j: usize) -> &str {
        &self.d.toks[j].norm[self.word_from[j] as usize..]
    }

    /// [`Ctx::word_from`] for every token of `d`.
    pub(super) fn word_starts(d: &Doc) -> Vec<u8> {
        (0..d.len())
            .map(|j| {
                let n = d.toks[j].norm.as_str();
                // The word is a suffix of the normal form: a conjunction and «كانت» are 10
                // bytes.
                (n.len() - word_of(d, j).len()) as u8
            })
            .collect()
    }
}

/// See [`Ctx::word`].
fn word_of<'d>(d: &'d Doc, j: usize) -> &'d str {
    let n = d.toks[j].norm.as_str();
    if n.starts_with(['و', 'ف'])
        && (ORG_HEADS.contains(&n)
            || TITLE_HEADS.contains(&n)
            || OUTLET_HEADS.contains(&n)
            || desc_head(n))
    {
        n
    } else {
        let b = d.bare(j);
        // «وكانالرئيس البولندي قد أعلن»: «كان» run together with a definite head in scraped
        // text; the head is the word.
        b.strip_prefix("كانت")
            .or_else(|| b.strip_prefix("كان"))
            .filter(|r| {
                r.starts_with("ال")
                    && (TITLE_HEADS.contains(r)
                        || ORG_HEADS.contains(r)
                        || OUTLET_COREF.contains(r))
            })
            .unwrap_or(b)
    }
}

impl Ctx<'_> {
    /// The word at j without a governing «بـ» or «لـ» («بإعلان», «لتصريحات»), when three letters or
    /// more remain.
    pub(super) fn word_after_prep(&self, j: usize) -> &str {
        let w = self.word(j);
        w.strip_prefix(['ب', 'ل'])
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w)
    }

    /// Is there clause or sentence punctuation between tokens j and j+1?
    pub(super) fn brk(&self, j: usize) -> bool {
        self.d.breaks_after(j)
    }
    /// The end of the definite nisba adjectives from token `b` on, in the same clause («البيان
    /// الصيني», «وكالة الأنباء الرسمية»): `b` when there are none.
    pub(super) fn nisbas_after(&self, mut b: usize) -> usize {
        let d = self.d;
        while b < d.len()
            && !self.brk(b - 1)
            && d.toks[b].norm.starts_with("ال")
            && is_nisba(&d.toks[b].norm)
        {
            b += 1;
        }
        b
    }
    pub(super) fn is_cue_word(&self, j: usize) -> bool {
        let n = self.bare(j);
        verb_form(n).is_some() || matches!(n, "بحسب" | "حسب" | "وفقا" | "وفق" | "نقلا" | "حسبما")
    }
    /// The last outlet named before token `before` that «الصحيفة», «القناة» … (`noun`, without ال)
    /// can point back to: one introduced by another outlet noun («قناة …» for «الصحيفة») is skipped.
    pub(super) fn recent_outlet(&self, before: usize, noun: &str) -> Option<&Mention> {
        let noun_of = |m: &Mention| {
            let first = self.word(m.toks.0);
            let first = first.strip_prefix("ال").unwrap_or(first);
            if OUTLET_HEADS.contains(&first) {
                return Some(first.to_string());
            }
            let prev = m.toks.0.checked_sub(1)?;
            let p = self.word(prev);
            let p = p
                .strip_prefix('ل')
                .filter(|r| OUTLET_HEADS.contains(r))
                .unwrap_or(p);
            OUTLET_HEADS.contains(&p).then(|| p.to_string())
        };
        self.ms.iter().rev().find(|m| {
            m.toks.1 <= before
                && self.kind(m) == Kind::Outlet
                && noun_of(m).is_none_or(|x| x == noun)
        })
    }

    pub(super) fn own(&self) -> Option<&Own> {
        self.own
            .get_or_init(|| {
                let name = self.outlet?.trim();
                if name.is_empty() {
                    return None;
                }
                // Computed once per outlet and thread: it scans the gazetteer's aliases. The cache
                // belongs to one gazetteer (its address and size), and is dropped for another.
                let id = (
                    self.g as *const Gazetteer as usize,
                    self.g.entities.len(),
                    self.g.first.len(),
                );
                OWN_CACHE.with(|c| {
                    let mut c = c.borrow_mut();
                    if c.0 != id {
                        *c = (id, FxHashMap::default());
                    }
                    if let Some(o) = c.1.get(name) {
                        return Some(o.clone());
                    }
                    let o = Rc::new(self.own_uncached(name));
                    c.1.insert(name.to_string(), o.clone());
                    Some(o)
                })
            })
            .as_deref()
    }

    pub(super) fn own_uncached(&self, name: &str) -> Own {
        {
            {
                let strip = |mut ks: Vec<String>| {
                    if ks.len() > 1 && OUTLET_HEADS.iter().any(|h| arabic::search_form(h) == ks[0])
                    {
                        ks.remove(0);
                    }
                    ks
                };
                let own_keys = strip(
                    arabic::index_text(name)
                        .split(' ')
                        .map(String::from)
                        .collect(),
                );
                // Every outlet name, its leading outlet noun dropped («قناة الميادين» → «الميادين»).
                let mut names: Vec<(u32, Vec<String>)> = Vec::new();
                for (first, aliases) in &self.g.first {
                    for a in aliases
                        .iter()
                        .filter(|a| self.g.entity(a.entity).kind == Kind::Outlet)
                    {
                        let mut ks = vec![first.to_string()];
                        ks.extend(a.rest.iter().map(|w| w.to_string()));
                        names.push((a.entity, strip(ks)));
                    }
                }
                // The outlet as imported may be its name in any script («Al Mayadeen») or a name
                // without its noun («الميادين», which alone would be the town).
                let entity = self
                    .g
                    .lookup(name, Some(Kind::Outlet))
                    .filter(|&e| self.g.entity(e).kind == Kind::Outlet)
                    .or_else(|| names.iter().find(|n| n.1 == own_keys).map(|n| n.0));
                let mut keys = vec![own_keys];
                keys.extend(
                    names
                        .into_iter()
                        .filter(|n| Some(n.0) == entity)
                        .map(|n| n.1),
                );
                keys.retain(|k| !k.is_empty() && !k[0].is_empty());
                Own { entity, keys }
            }
        }
    }

    /// Do tokens from j name the article's outlet? The token after the last one.
    pub(super) fn own_name_at(&self, j: usize) -> Option<usize> {
        let own = self.own()?;
        own.keys.iter().find_map(|ks| {
            let end = j + ks.len();
            (end <= self.d.len()
                && ks
                    .iter()
                    .zip(&self.d.toks[j..end])
                    .all(|(k, t)| *k == t.key)
                && !(j..end - 1).any(|x| self.brk(x)))
            .then_some(end)
        })
    }

    /// «لوكالة الأنباء الفرنسية», «لموقع “فرانس 24”», «لـ"سانا"», «للميادين»: the outlet a source
    /// spoke to, its end, and whether it is the article's own outlet.
    pub(super) fn recipient(&self, j: usize) -> Option<(Option<u32>, usize, bool)> {
        let outlet_at = |k: usize| {
            self.mention_at(k)
                .filter(|m| self.kind(m) == Kind::Outlet)
                .map(|m| (Some(m.entity), m.toks.1, false))
        };
        if let Some(m) = self.mention_at(j) {
            if self.kind(m) == Kind::Outlet && m.prefix.trim_start_matches('و').starts_with('ل') {
                return Some((Some(m.entity), m.toks.1, false));
            }
        }
        let n = self.d.toks.get(j)?.norm.as_str();
        let n = n.strip_prefix('و').unwrap_or(n);
        let own_at = |k: usize| self.own_name_at(k).map(|e| (None, e, true));
        // A quoted name of one to five words at k, an outlet the gazetteer does not know (five:
        // «لشبكة "أم أس أن بي سي"», spelt out letter by letter).
        let quoted_name = |k: usize| {
            let q = self.d.toks.get(k)?.quote;
            let mut e = k;
            while q != 0 && e < self.d.len() && e < k + 6 && self.d.toks[e].quote == q {
                e += 1;
            }
            (e > k && e < k + 6).then_some((None, e, false))
        };
        if n == "ل" {
            // «لـ"سانا"»: the preposition written apart.
            if OUTLET_HEADS.contains(&self.word(j + 1).trim_start_matches('و')) {
                return outlet_at(j + 2).or_else(|| own_at(j + 2));
            }
            return outlet_at(j + 1).or_else(|| own_at(j + 1));
        }
        // «للقناة 12», «للصحيفة "كالكاليست"»: «لـ» run into the head with its article.
        if let Some(head) = n.strip_prefix("لل").filter(|h| OUTLET_HEADS.contains(h)) {
            let d = self.d;
            let next = d.toks.get(j + 1)?;
            let (entity, end, _) = outlet_at(j + 1)
                .or_else(|| quoted_name(j + 1))
                // «القناة 12», «القناة 13»: Israeli channels go by their number.
                .or_else(|| {
                    (head == "قناه" && is_number(&next.norm) && !self.brk(j)).then_some((
                        None,
                        j + 2,
                        false,
                    ))
                })?;
            // «رئيس المعهد للقناة "12" الإسرائيلية، فلان، إنّ»: the speaker's name follows in
            // commas; the phrase goes on through it (its apposition), as it did before.
            let mut k = end;
            while k < d.len() && !self.brk(k - 1) && is_nisba(self.word(k)) {
                k += 1;
            }
            let apposition = k < d.len()
                && self.brk(k - 1)
                && d.toks[k - 1].sep & SEP_SENTENCE == 0
                && !is_complementizer(self.word(k))
                && !self.is_cue_word(k)
                && !STOPS.contains(&self.word(k));
            return (!apposition).then_some((entity, end, false));
        }
        let noun = n.strip_prefix('ل')?;
        if OUTLET_HEADS.contains(&noun) {
            // «لمجلة "فورين بوليسي"»: an outlet the gazetteer does not know.
            return outlet_at(j + 1)
                .or_else(|| own_at(j + 1))
                .or_else(|| quoted_name(j + 1));
        }
        if !n.starts_with("ال") && j < self.d.len() && self.outlet.is_some() {
            return own_at(j);
        }
        None
    }

    /// «إلياس», «ألفريد»: a token written «إل…»/«أل…» (its «و» aside): with a hamza, «ال» opens
    /// a name, never the article, though the normal form cannot tell them apart.
    pub(super) fn hamza_el(&self, k: usize) -> bool {
        self.d
            .slice(k, k + 1)
            .trim_start_matches(['و', 'ف'])
            .starts_with(['إ', 'أ'])
    }

    /// Is token x, within the name `a..e`, part of a theophoric given name («روح الله», «فضل الله»:
    /// a first word that is also an ordinary one, then «الله»)?
    pub(super) fn in_theophoric(&self, x: usize, a: usize, e: usize) -> bool {
        let at = |y: usize| {
            y > a && y < e && self.word(y) == "الله" && THEOPHORIC.contains(&self.word(y - 1))
        };
        at(x) || at(x + 1)
    }

    /// Is the token written with the accusative's tanween («مؤتمراً», «بياناً»)? An object or an
    /// adverb; a name never carries it unless its whole phrase does (after «أنّ»).
    pub(super) fn accusative(&self, k: usize) -> bool {
        self.d.slice(k, k + 1).contains('\u{064B}')
    }

    /// «بوقف», «بإنهاء», «بسجن»: «بـ» run into an ordinary word opening what follows a title
    /// («وطالب الوزير بوقف الحرب»: what is called for, not the minister's name), or a manner
    /// («وقال الوزير بصراحة»). Not a name's word that reads so too: a given name («باسم نعيم»,
    /// «باول»), or «ب» before a present verb's «ي» («بيري وارجيو»). Only a name's first word is
    /// checked («جيروم باول», «باكون كانتي»), so «المستشار شولتس بوقف التصعيد» still runs on.
    pub(super) fn with_ba(&self, n: &str) -> bool {
        let manner = matches!(
            n,
            "بصراحه"
                | "بوضوح"
                | "بهدوء"
                | "بحماس"
                | "بحزم"
                | "بسخريه"
                | "بكل"
                | "بصوت"
                | "بنبره"
                | "بلهجه"
                | "بشده"
                | "بغضب"
        );
        manner
            || !matches!(n, "باسم" | "باول")
                && !self.g.given_names.contains(n)
                && n.strip_prefix('ب').is_some_and(|r| {
                    r.chars().count() >= 3
                        && !r.starts_with('ي')
                        && crate::extract::tagger::common_words().contains(r)
                })
    }

    /// A name of 1–3 unknown words at k: ends at a break, a complementizer, a cue or a recipient.
    /// `after_definite`: the word before is definite, so a nisba-shaped word here is a name («الخبير
    /// الاقتصادي هاني الدالي»), not an adjective («محلل إسرائيلي»).
    pub(super) fn unknown_name(&self, k: usize, after_definite: bool) -> Option<usize> {
        let d = self.d;
        // «محمد علي الحوثي», «علي شمخاني»: «علي» written with «ي» in a name, before a word no
        // ordinary text uses, is the given name, not «على» (its normal form).
        let given_ali = |j: usize| {
            j + 1 < d.len()
                && self.word(j) == "علي"
                && d.slice(j, j + 1).trim() == "علي"
                && !self.brk(j)
                && d.toks[j + 1].quote == 0
                && !crate::extract::tagger::common_words().contains(self.word(j + 1))
        };
        let ok = |j: usize| {
            let t = &d.toks[j];
            let n = self.word(j);
            t.quote == 0
                && n.chars().count() >= 2
                && !is_number(n)
                && (!STOPS.contains(&n) || given_ali(j))
                // «مؤتمراً», «منشوراً»: a word written with the accusative's tanween after a name
                // that has none is an object («وعقد الرئيس بوش مؤتمراً صحافياً»); after «أنّ» the
                // whole phrase is accusative («أنّ مصدراً عسكرياً أفاد»).
                && !(j > k && self.accusative(j) && !self.accusative(k))
                // «رحمه الله»: a blessing after a name or title, not part of it.
                && !matches!(n, "رحمه" | "رحمها" | "رحمهم")
                && !is_complementizer(n)
                && !self.is_cue_word(j)
                && !ANON_HEADS.contains(&n)
                // «حسين أمير عبد اللهيان», «محمد أمين …»: «أمير» and «أمين» inside a name are given names.
                && (!TITLE_HEADS.contains(&n) || (j > k && matches!(n, "امير" | "امين")))
                && !ORG_HEADS.contains(&n)
                && !OUTLET_HEADS.contains(&n)
                && !QUANT.contains(&n)
                // «الصحافيين», «المسؤولون»: a plural nisba is an addressee or a group, never a
                // person's name.
                && !super::plural_nisba(n)
                && !n.starts_with("بال")
                && !n.starts_with("لل")
                // After a place's noun it is the place's name («منطقة بوكل»).
                && !(j == k
                    && self.with_ba(n)
                    && !(k > 0 && PLACE_NOUNS.contains(&self.word(k - 1))))
                && !possessed_common(n, d.slice(j, j + 1))
                && !possessed_group(n, d.slice(j, j + 1))
                && self.recipient(j).is_none()
                && !n
                    .strip_prefix('ل')
                    .is_some_and(|r| OUTLET_HEADS.contains(&r))
                // «رياض منصور»: a given name that is also a place's name without its article
                // opens a name of two words or more (checked below).
                && self.mention(j).is_none_or(|m| {
                    self.kind(m).is_geo()
                        && m.toks.0 == j
                        && (j > k || (m.toks.1 == j + 1 && !d.toks[j].norm.starts_with("ال")))
                })
        };
        let place_first = self.mention(k).is_some();
        // «والقوات المسلحة»: a definite noun, with or without «و», opens no name.
        if k >= d.len()
            || !ok(k)
            || ((d.toks[k].norm.starts_with("ال") || self.word(k).starts_with("ال"))
                && !self.hamza_el(k))
        {
            return None;
        }
        if ADJ.contains(&self.word(k)) || (!after_definite && is_nisba(self.word(k))) {
            return None;
        }
        let mut e = k + 1;
        loop {
            // The name ends here if what follows ends a source phrase.
            let ends = e >= d.len()
                || self.brk(e - 1)
                // «قائد سلاح البحرية سابقاً»: «formerly» closes the title.
                || self.word(e) == "سابقا"
                // «بـ"مبادرة …"»: a preposition written apart.
                || self.word(e).chars().count() == 1
                || is_complementizer(self.word(e))
                || self.is_cue_word(e)
                || self.recipient(e).is_some()
                // «شولتز لزملائه»: his colleagues, spoken to.
                || (d.toks[e].norm.starts_with('ل') && possessed_group(self.word(e), d.slice(e, e + 1)))
                || d.toks[e].quote != 0
                // «أخبر الرئيس فلان الفلاني الصحافيين أنّ»: the addressee after a full name.
                || (e - k >= 2
                    && d.toks[e].norm.starts_with("ال")
                    && super::plural_nisba(self.word(e)))
                || (self.word(e) == "في"
                    && d.toks
                        .get(e + 1)
                        .is_some_and(|t| VIA_MEDIA.contains(&t.norm.as_str())));
            if ends {
                return (!place_first || e - k >= 2).then_some(e);
            }
            // «وزير الدولة محمد الخليفي خلال لقائه»: a preposition ends a name made of words that are
            // never ordinary ones.
            // So does an object written with the accusative's tanween («الرئيس بوش مؤتمراً»);
            // not after a plural, whose name this is not («لمسؤولين أميركيين نشروا صوراً»).
            let accusative = self.accusative(e)
                && !self.accusative(k)
                && !(k > 0
                    && (self.word(k - 1).ends_with("ين") || self.word(k - 1).ends_with("ون")));
            if (STOPS.contains(&self.word(e)) || accusative)
                && !given_ali(e)
                && d.toks[e].quote == 0
                && (k..e).all(|x| {
                    let w = self.word(x);
                    if self.in_theophoric(x, k, e) {
                        return true;
                    }
                    let common = crate::extract::tagger::common_words();
                    // «بإصابة فتى»: an ordinary word behind a preposition is still ordinary.
                    !common.contains(w)
                        && !w.strip_prefix(['ب', 'ل', 'ك']).is_some_and(|r| {
                            common.contains(r) || common.contains(&format!("ال{r}"))
                        })
                })
            {
                return (!place_first || e - k >= 2).then_some(e);
            }
            // «تميم بن حمد آل ثاني», «حسين أمير عبد اللهيان»: the links of a name do not count.
            let links = (k..e)
                .filter(|&x| matches!(self.word(x), "بن" | "بنت" | "ابن" | "ال" | "ابو" | "عبد"))
                .count();
            if e - k >= 3 + links.min(2) || !ok(e) {
                return None;
            }
            e += 1;
        }
    }
}

/// «قلقه», «موقفها», «دعمهم»: an ordinary noun with a possessive suffix (the object after a subject,
/// «أبدى الوزير قلقه»), never part of a name. `written`: the token as written, since the normal
/// form also ends in «ه» for «ة» («شرطة» is no «شرط» + «ه»); names in «ـيه» («نافيه») are kept.
fn possessed_common(n: &str, written: &str) -> bool {
    let common = crate::extract::tagger::common_words();
    // The last two letters as written, without diacritics or punctuation.
    let mut tail = written
        .chars()
        .rev()
        .filter(|c| ('\u{0621}'..='\u{064A}').contains(c));
    let (last, before) = (tail.next(), tail.next());
    if !(last == Some('ه') || (matches!(last, Some('ا' | 'م')) && before == Some('ه'))) {
        return false;
    }
    ["هم", "ها", "ه"].iter().any(|s| {
        n.strip_suffix(s).is_some_and(|r| {
            // «كلمته» is «كلمة» possessed: its «ة» is written «ت» before the pronoun.
            let tied = || {
                r.strip_suffix('ت')
                    .is_some_and(|x| common.contains(format!("{x}ه").as_str()))
            };
            r.chars().count() >= 3
                && !r.ends_with(['ي', 'ا', 'و'])
                && (common.contains(r) || tied())
        })
    })
}

/// «منتقديه», «مؤيديها», «أنصاره», «لخصومه»: one's own followers, opponents or voters (a plural
/// in construct with a pronoun, written «ه» not «ة»), the object after a speaker's title («وحذّر
/// الرئيس منتقديه»), never a name.
pub(super) fn possessed_group(n: &str, written: &str) -> bool {
    // The last two letters as written (no «ة»), without allocating: `ext_at` asks per token.
    let mut tail = written
        .chars()
        .rev()
        .filter(|c| ('\u{0621}'..='\u{064A}').contains(c));
    let (last, before) = (tail.next(), tail.next());
    if !(last == Some('ه') || (matches!(last, Some('ا' | 'م' | 'ن')) && before == Some('ه'))) {
        return false;
    }
    let n = n
        .strip_prefix('ل')
        .filter(|r| r.chars().count() > 4)
        .unwrap_or(n);
    ["هم", "هن", "ها", "ه"].iter().any(|s| {
        n.strip_suffix(s).is_some_and(|r| {
            FOLLOWERS.contains(&r)
                // «مؤيدي», «معارضي»: the plurals in construct (not any «مـ…ي»: «مناشيه» is a
                // name, «مسؤوليها يقولون» a source).
                || matches!(
                    r,
                    "خصوم"
                        | "اتباع"
                        | "جمهور"
                        | "ناخبي"
                        | "حلفا"
                        | "مويدي"
                        | "منتقدي"
                        | "معارضي"
                        | "مناصري"
                        | "داعمي"
                        | "زملا"
                        | "زملاء"
                        // «زملائه»: «ئ» is «ي» in the normal form.
                        | "زملاي"
                )
        })
    })
}
