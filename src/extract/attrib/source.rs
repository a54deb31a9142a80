//! The source phrase at a token, typed: named, title + name, office, unnamed, outlet, own outlet.

use super::lexicon::*;
use super::*;

impl Ctx<'_> {
    /// The source phrase starting at token j. `geo_ok`: a country or capital here speaks for its
    /// government («أعلنت قطر»); `strip_l`: the cue governs «لـ» («وفقاً لمصدر»).
    pub(super) fn np_at(&self, j: usize, geo_ok: bool, strip_l: bool) -> Option<Np> {
        let d = self.d;
        if j >= d.len() {
            return None;
        }
        // «وقال هؤلاء المسؤولون», «هذه الصحيفة»: a demonstrative before a phrase pointing back.
        if matches!(
            self.word(j),
            "هولاء" | "هؤلاء" | "هذا" | "هذه" | "ذلك" | "تلك"
        ) && j + 1 < d.len()
            && !self.brk(j)
        {
            let back = self.np_at(j + 1, geo_ok, strip_l).filter(|np| {
                np.backref || np.org_coref || np.outlet_coref || np.statement || np.dual
            });
            if let Some(mut np) = back {
                np.a = j;
                return Some(np);
            }
        }
        // «وأكّدتالميادين»: the publisher's bare name run into the cue before it in scraped text,
        // even where a place shares the name (the town of Al-Mayadin); see below.
        let glued_to_cue =
            j > 0 && d.toks[j - 1].byte_end == d.toks[j].byte_start && self.is_cue_word(j - 1);
        if let Some(e) = self.own_name_at(j).filter(|_| glued_to_cue) {
            return Some(Np {
                a: j,
                b: e,
                ty: Some(SourceType::Outlet),
                own: true,
                ..Default::default()
            });
        }
        // «قالت "إسرائيل هايوم"», «وأضاف: "إسرائيل يجب …"»: a place's name opening a longer quoted run
        // is not the place speaking (the run is a name, or the claim).
        let opens_quote = |m: &&Mention| {
            let q = d.toks[m.toks.0].quote;
            self.kind(m).is_geo()
                && q != 0
                && m.toks.1 < d.len()
                && d.toks[m.toks.1].quote == q
                && !self.brk(m.toks.1 - 1)
        };
        if let Some(m) = self.mention_at(j).filter(|m| !opens_quote(m)) {
            let kind = self.kind(m);
            let prefix = m.prefix.trim_start_matches(['و', 'ف']);
            // The article is no proclitic: «قالت الصين» speaks as «قالت قطر» does.
            let prefix_ok =
                matches!(prefix, "" | "ال") || (strip_l && matches!(prefix, "ل" | "لل"));
            // «الإسرائيلي» is an adjective, not the country speaking.
            // The mention's form tells them apart («السعودية» is also the country's name).
            let adjective = kind.is_geo() && m.form == crate::extract::mentions::Form::Adjective;
            // A short city name is too often another word («آبي», «سول»).
            let short_place =
                kind == Kind::Place && m.toks.1 == j + 1 && self.word(j).chars().count() < 4;
            // «قال بحماس» (with enthusiasm), «قال لنتنياهو» (to him): a preposition run into a
            // name makes it no subject.
            let governed = !strip_l && prefix.starts_with(['ب', 'ل', 'ك']);
            // «قال سانتياغو أباسكال، رئيس حزب "فوكس"، إنّ»: a place's name opening a person's
            // name no list knows, a title in apposition after it.
            let x = m.toks.1;
            if kind == Kind::Place
                && geo_ok
                && m.prefix.trim_start_matches(['و', 'ف']).is_empty()
                && x == j + 1
                && x + 1 < d.len()
                && !self.brk(j)
                && d.toks[x].quote == 0
                && !has_article(self.word(x))
                && self.plain_name_word(x)
                && !crate::extract::tagger::common_words().contains(self.word(x))
                && d.toks[x].sep & SEP_CLAUSE != 0
                && d.toks[x].sep & SEP_SENTENCE == 0
                && TITLE_HEADS.contains(&self.word(x + 1))
            {
                return Some(Np {
                    a: j,
                    b: x + 1,
                    ty: Some(SourceType::Person),
                    name: Some((j, x + 1)),
                    ..Default::default()
                });
            }
            if (kind.can_be_source() && !governed)
                || (geo_ok && kind.is_geo() && prefix_ok && !adjective && !short_place)
            {
                let mut b = m.toks.1;
                // «موقع أكسيوس الأميركي»: trailing adjectives belong to the phrase.
                // «وأدان بايدن العمليةَ»: a person's name takes no feminine adjective.
                while b < d.len()
                    && !self.brk(b - 1)
                    && d.toks[b].norm.starts_with("ال")
                    && is_nisba(&d.toks[b].norm)
                    && !(kind == Kind::Person && fem_definite_nisba(self.word(b)))
                    && self
                        .mention(b)
                        .is_none_or(|m| m.form == crate::extract::mentions::Form::Adjective)
                {
                    b += 1;
                }
                // «وكالة شينخوا الصينية للأنباء».
                if kind == Kind::Outlet
                    && b < d.len()
                    && !self.brk(b - 1)
                    && matches!(self.word(b), "للانباء" | "للاعلام" | "للصحافه")
                {
                    b += 1;
                }
                return Some(Np {
                    a: j,
                    b,
                    entity: Some(m.entity),
                    ty: Some(source_type_of(kind)),
                    ..Default::default()
                });
            }
            // «وأكّد السوداني» after «محمد شياع السوداني»: the nisba is the surname the body wrote.
            // «وقال الصينيون»: a plural nisba is the people, a collective.
            if adjective && m.toks.1 == j + 1 {
                return self.surname_at(j).or_else(|| self.plural_nisba(j));
            }
            // A place or a country is not a party: «لمصدر في دمشق» has none.
            return None;
        }
        // A tagged span that is an organisation's or outlet's head alone («ألوية» of «ألوية الناصر
        // صلاح الدين») stops short: the head's own rules read the name.
        let bare_head = |e: usize| {
            let w = self.word(j);
            e == j + 1 && !has_article(w) && (ORG_HEADS.contains(&w) || OUTLET_HEADS.contains(&w))
        };
        // «أنصار بولسونارو»: a tagged person's span opening with a group's head is the group's.
        if let Some((e, _)) = self
            .ext_at(j)
            .filter(|&(e, _)| e > j + 1 && FOLLOWERS.contains(&self.word(j)))
        {
            return Some(Np {
                a: j,
                b: e,
                ty: Some(SourceType::Descriptive),
                anonymous: true,
                ..Default::default()
            });
        }
        if let Some((e, kind)) = self.ext_at(j).filter(|&(e, _)| !bare_head(e)) {
            if kind.can_be_source() {
                return Some(Np {
                    a: j,
                    b: e,
                    ty: Some(source_type_of(kind)),
                    ..Default::default()
                });
            }
        }
        let t = &d.toks[j];
        if t.quote != 0 {
            // «أنّ "رئيس الحكومة بنيامين نتنياهو قال …"»: a quotation that opens on a clause after
            // a complementizer holds a subject like any other clause.
            let clause = j > 0 && d.toks[j - 1].quote == 0 && is_complementizer(self.bare(j - 1));
            match self.quoted_head(j) {
                None if clause => {}
                np => return np,
            }
        }
        if let Some(np) = self.surname_at(j) {
            return Some(np);
        }
        let n0 = self.word(j);
        let definite;
        let n = if strip_l {
            // «للبيان» is «ل» + «البيان».
            if let Some(r) = n0.strip_prefix("لل").filter(|r| r.chars().count() > 2) {
                definite = format!("ال{r}");
                definite.as_str()
            } else {
                n0.strip_prefix('ل')
                    .filter(|r| r.chars().count() > 2)
                    .unwrap_or(n0)
            }
        } else {
            n0
        };
        if OWN_WORDS.contains(&n) {
            return Some(Np::own(j, j + 1, n.starts_with("مصادر")));
        }
        // «بحسب الأرقام التي نشرتها وزارة الصحة», «البيانات الصادرة عن البنك»: a definite document
        // speaks for the issuer its relative clause or participle names.
        if let Some(r) = n.strip_prefix("ال").filter(|r| STATEMENT_NOUNS.contains(r)) {
            let k = if j + 3 < d.len()
                && matches!(self.word(j + 1), "التي" | "الذي")
                && MADE_BY.contains(&self.word(j + 2))
            {
                Some(j + 3)
            } else {
                (j + 2 < d.len() && self.issued_at(j + 1) && r != "اعلان").then_some(j + 3)
            };
            let issuer = k
                .filter(|&k| (j..k - 1).all(|x| !self.brk(x)))
                .and_then(|k| self.np_at(k, true, true))
                .filter(|np| {
                    matches!(
                        np.ty,
                        Some(SourceType::Org | SourceType::Person | SourceType::Outlet)
                    ) && !(np.anonymous || np.statement || np.dual)
                });
            if issuer.is_some() {
                return issuer;
            }
        }
        // «بيان وزارة الخارجية», «بيان للخارجية القطرية»: a statement speaks for its issuer. Figures
        // with no issuer named («بيانات رسمية») are a collective, below.
        if STATEMENT_NOUNS.contains(&n) {
            // «وقال تقرير، أعدّته وزارة الداخلية، إنّ»: the maker may follow a comma.
            let maker_after_comma =
                j + 1 < d.len() && self.brk(j) && MADE_BY.contains(&self.word(j + 1));
            if j + 1 >= d.len() || (self.brk(j) && !maker_after_comma) {
                return None;
            }
            // «تقرير صادر عن المرصد», «دراسة أجراها المعهد», «فيديو نشرته الوزارة»: the issuer
            // after the participle or the verb of making it.
            let issued = |x: usize| self.issued_at(x);
            let k = match self.word(j + 1) {
                _ if issued(j + 1) => j + 3,
                w if MADE_BY.contains(&w) => j + 2,
                // «تقرير في صحيفة "هآرتس"»: a report in a newspaper is the newspaper's.
                "في" if !self.brk(j + 1)
                    && j + 2 < d.len()
                    && (OUTLET_HEADS.contains(&self.word(j + 2))
                        || self
                            .mention_at(j + 2)
                            .is_some_and(|m| self.kind(m) == Kind::Outlet)) =>
                {
                    j + 2
                }
                // «بيانات الغارات الجوية الصادرة عن وزارة …»: the issuer after what the data
                // are of.
                // «تقرير سري أعدّته وزارة الدفاع»: or made by it, past the document's adjectives.
                // «استطلاع جديد للرأي أجرته شركة …», «استطلاع أميركي للرأي، أجرته شبكة …»: past
                // the poll's words and its adjectives, the maker may follow a comma.
                _ => {
                    let mut k = j + 1;
                    for x in j + 2..(j + 5).min(d.len().saturating_sub(1)) {
                        if d.toks[x - 1].quote != 0 && !self.quoted_adjective(x - 1) {
                            break;
                        }
                        let comma = self.brk(x - 1);
                        if comma && d.toks[x - 1].sep & SEP_SENTENCE != 0 {
                            break;
                        }
                        if issued(x) && !comma {
                            k = x + 2;
                            break;
                        }
                        if (j + 1..x).all(|y| document_modifier(self.word(y)))
                            && MADE_BY.contains(&self.word(x))
                        {
                            k = x + 1;
                            break;
                        }
                        if comma {
                            break;
                        }
                    }
                    k
                }
            };
            // A maker past the adjectives that is no party («دراسة علمية أجراها خبراء …»): the
            // document as described, below.
            let made_late = k > j + 1
                && !issued(j + 1)
                && !MADE_BY.contains(&self.word(j + 1))
                && self.word(j + 1) != "في"
                && !issued(k - 2);
            // «دراسة الحركة», «تقديرات قتلى حماس»: after the newer nouns a genitive is as often
            // the topic; only a connector or a gazetteer name makes it the issuer.
            let plain = matches!(n, "بيان" | "بيانا" | "تقرير");
            let figures = matches!(n, "بيانات" | "ارقام" | "احصاءات" | "احصاييات" | "معطيات");
            // «إعلان القاهرة», «إعلان الدوحة» name a declaration by its place: «إعلان» credits a
            // body or a person only («بحسب إعلان الجيش»).
            let sure = if n == "اعلان" {
                k > j + 1
                    || self
                        .mention_at(k)
                        .is_some_and(|m| !matches!(self.kind(m), Kind::Place | Kind::Country))
                    || ORG_HEADS.contains(&self.word(k))
                    || TITLE_HEADS.contains(&self.word(k))
            } else {
                // «معطيات وزارة الثقافة»: an organisation's head in construct is the issuer; for
                // figures, so is an outlet's («بيانات موقع "فلايت رادار"»).
                plain
                    || k > j + 1
                    || self.mention_at(k).is_some()
                    || (ORG_HEADS.contains(&self.word(k)) && !has_article(self.word(k)))
                    || (figures && OUTLET_HEADS.contains(&self.word(k)))
            };
            if figures && k == j + 1 && !sure {
                if let Some(np) = self.quoted_issuer(k) {
                    return Some(np);
                }
            }
            let issuer = self.np_at(k, true, true).filter(|_| sure).filter(|np| {
                matches!(
                    np.ty,
                    Some(SourceType::Org | SourceType::Person | SourceType::Outlet)
                ) && !(np.anonymous || np.statement || np.dual)
            });
            match issuer {
                Some(mut np) => {
                    // After a participle or verb the phrase is the issuer's name alone.
                    np.a = if k > j + 1 { k } else { j };
                    return Some(np);
                }
                // «بحسب تقرير إيراني رسمي», «وأشارت دراسة أميركية إلى»: a document no issuer
                // is named for, described by its adjectives, is credited as written.
                None if (k == j + 1 || made_late)
                    && !self.brk(j)
                    && matches!(n, "تقرير" | "دراسه" | "وثيقه" | "استطلاع" | "مذكره")
                    && d.toks[j + 1].quote == 0
                    && !d.toks[j + 1].norm.starts_with("ال")
                    && is_nisba(self.word(j + 1))
                    && self
                        .mention(j + 1)
                        .is_none_or(|m| m.form == crate::extract::mentions::Form::Adjective) =>
                {
                    let mut b = j + 1;
                    while b < d.len()
                        && b < j + 4
                        && (b == j + 1 || !self.brk(b - 1))
                        && d.toks[b].quote == 0
                        && !d.toks[b].norm.starts_with("ال")
                        && is_nisba(self.word(b))
                    {
                        b += 1;
                    }
                    return Some(Np {
                        a: j,
                        b,
                        ty: Some(SourceType::Descriptive),
                        ..Default::default()
                    });
                }
                None if !desc_head(n) => return None,
                None => {}
            }
        }
        // «البيان», «البيان الصيني», «وأضاف التقرير», «وقالت الوثيقة»: the statement or document
        // named before; its issuer is found from the attributions before it (`party_of`).
        if document_stem(n).is_some() {
            let b = self.nisbas_after(j + 1);
            // «وفقاً للدراسة التي أجراها مركز …»: the maker named in its relative clause is the
            // issuer.
            if b + 2 < d.len()
                && !self.brk(b - 1)
                && !self.brk(b)
                && matches!(self.word(b), "التي" | "الذي")
                && MADE_BY.contains(&self.word(b + 1))
            {
                let maker = self.np_at(b + 2, true, false).filter(|np| {
                    matches!(
                        np.ty,
                        Some(SourceType::Org | SourceType::Person | SourceType::Outlet)
                    ) && !(np.anonymous || np.statement || np.dual || np.backref)
                });
                if maker.is_some() {
                    return maker;
                }
            }
            return Some(Np {
                a: j,
                b,
                statement: true,
                ..Default::default()
            });
        }
        // «وأكد الرئيسان»: the two people named last (`party_of`).
        if DUAL_TITLES.contains(&n) || SIDES.contains(&n) {
            return Some(Np {
                a: j,
                b: j + 1,
                ty: Some(SourceType::Person),
                dual: true,
                ..Default::default()
            });
        }
        // «وقال أحدهم: "…"», «وقال آخر: "…"», «يرى العديد منهم أنّ …»: one or some of people named
        // before, by a pronoun or «another»; unnamed. Only right before the claim (a colon, a
        // comma or a complementizer): «قال في وقت آخر» is no source.
        let claim_next = |k: usize| {
            k >= d.len() || self.brk(k - 1) || (k < d.len() && is_complementizer(self.word(k)))
        };
        // «وقالت الغالبية العظمى منهم إنهم …», «يرى معظمهم أنّ …»: most of them, too.
        let greatest = usize::from(
            matches!(n, "الغالبيه" | "الاغلبيه")
                && j + 1 < d.len()
                && !self.brk(j)
                && self.word(j + 1) == "العظمي",
        );
        let some_of_them = matches!(
            n,
            "العديد"
                | "عدد"
                | "كثير"
                | "بعض"
                | "معظم"
                | "اغلب"
                | "غالبيه"
                | "الغالبيه"
                | "الاغلبيه"
        ) && j + 1 + greatest < d.len()
            && !self.brk(j + greatest)
            && matches!(self.word(j + 1 + greatest), "منهم" | "منهن")
            && claim_next(j + 2 + greatest);
        let one_of_them = matches!(
            n,
            "احدهم"
                | "احداهن"
                | "احدهما"
                | "اخر"
                | "اخرون"
                | "بعضهم"
                | "معظمهم"
                | "اغلبهم"
                | "غالبيتهم"
        ) && d.toks[j].quote == 0
            && claim_next(j + 1);
        // Only as the subject right after a verb of saying that takes no object first («وطمأن
        // بعضهم بأنّ …», «وأبلغ العديد منهم أنّ …» address them; «جاء في بيان آخر»: an adjective).
        let after_saying = j > 0
            && !self.brk(j - 1)
            && verb_form(self.bare(j - 1)).is_some_and(|(stem, _, kind)| {
                kind != CueKind::Prep
                    && !matches!(
                        stem,
                        "ابلغ" | "طمان" | "وعد" | "حذر" | "دعا" | "حث" | "طالب" | "ناشد" | "اخبر"
                    )
                    // «وذكّر أحدهم بأنّ» (reminded), not «وذكر أحدهم أنّ» (mentioned).
                    && !(stem == "ذكر" && d.slice(j - 1, j).contains('\u{0651}'))
            });
        if (some_of_them || one_of_them) && after_saying {
            let one = matches!(n, "احدهم" | "احداهن" | "احدهما" | "اخر");
            return Some(Np {
                a: j,
                b: if some_of_them {
                    j + 2 + greatest
                } else {
                    j + 1
                },
                ty: Some(if one {
                    SourceType::Anonymous
                } else {
                    SourceType::Descriptive
                }),
                anonymous: true,
                ..Default::default()
            });
        }
        // «نحو 52% من الجمهوريين»: about a count or share.
        if matches!(n, "نحو" | "حوالي" | "قرابه" | "زهاء")
            && j + 1 < d.len()
            && !self.brk(j)
            && is_number(self.word(j + 1))
        {
            let mut np = self.np_at(j + 1, geo_ok, strip_l)?;
            np.a = j;
            return Some(np);
        }
        // «3 مصادر», «ثلاثة مسؤولين», «أحد المسؤولين»: counted sources are unnamed.
        if (is_number(n) || QUANT.contains(&n)) && j + 1 < d.len() && !self.brk(j) {
            let h = self.word(j + 1);
            let h = h.strip_prefix("ال").unwrap_or(h);
            // «ضم 5 دول»: countries counted are as often an object as a source; not «عشرات
            // الدول» (dozens of the countries), «بعض الدول الأعضاء» (some of the member states).
            if h == "دول"
                && !(matches!(n, "عشرات" | "بعض" | "معظم" | "اغلب" | "غالبيه")
                    && self.word(j + 1).starts_with("ال"))
            {
                return None;
            }
            // «وقال 52% من الجمهوريين», «نحو 61 في المئة من المشاركين»: a share of a group of
            // people, unnamed.
            if is_number(n) {
                let pct = self.d.text[d.toks[j].byte_end..d.toks[j + 1].byte_start].contains('%');
                let k = if pct {
                    Some(j + 1)
                } else {
                    (j + 3 < d.len()
                        && self.word(j + 1) == "في"
                        && matches!(self.word(j + 2), "الميه" | "المئه" | "المايه"))
                    .then_some(j + 3)
                    .or_else(|| (self.word(j + 1) == "بالميه").then_some(j + 2))
                };
                if let Some(k) = k.filter(|&k| {
                    k + 1 < d.len()
                        && self.word(k) == "من"
                        && !self.brk(k - 1)
                        && !self.brk(k)
                        && people_plural(self.word(k + 1))
                        && self.group_word(k + 1)
                }) {
                    return self.unnamed_of_group(j, k + 1);
                }
            }
            // «أحد الضباط الإسرائيليين في جهاز الاستخبارات، يؤكد»: one of a group of people
            // described at length, as for groups no list names.
            if matches!(n, "احد" | "بعض") && desc_head(h) && self.plain_group(j + 1) {
                if let Some(np) = self.unnamed_of_group(j, j + 1) {
                    return Some(np);
                }
            }
            if ANON_HEADS.contains(&h)
                || desc_head(h)
                || h.starts_with("مسوول")
                || h.starts_with("مصادر")
                || h.starts_with("دبلوماسي")
            {
                let mut np = self.extend(j, j + 1, SourceType::Anonymous)?;
                // «عشرات الدول»: countries left unnamed are a collective; what follows their
                // adjectives is the verb's object («دعت عشرات الدول إسرائيل إلى»).
                if h == "دول" {
                    np.b = self.nisbas_after(j + 2);
                    if np.b < d.len() && !self.brk(np.b - 1) && self.word(np.b) == "الاعضاء"
                    {
                        np.b += 1;
                    }
                }
                np.anonymous = h != "دول";
                np.ty = Some(if h == "دول" {
                    SourceType::Descriptive
                } else {
                    SourceType::Anonymous
                });
                np.entity = None;
                return Some(np);
            }
            // «أكّد أحد العمّال من غزة»: one of a group, unnamed, described by the group.
            // «معظم المستطلعين», «غالبية الناخبين»: most of a group of people, never of things
            // («نفت أغلب البنود»: the object).
            let people = |w: &str| people_plural(w) || (w.ends_with('ي') && w.chars().count() >= 5);
            if (matches!(n, "احد" | "بعض") && self.plain_group(j + 1))
                || (matches!(n, "معظم" | "اغلب" | "غالبيه") && people(h) && self.group_word(j + 1))
            {
                return self.unnamed_of_group(j, j + 1);
            }
            return None;
        }
        // «وأشار عدد من ضباط الجيش», «وأكد عدد كبير من الخبراء»: several of a group, unnamed.
        if matches!(n, "عدد" | "العديد") {
            let m = j
                + 1
                + usize::from(
                    j + 1 < d.len()
                        && matches!(
                            self.word(j + 1),
                            "كبير" | "اكبر" | "قليل" | "محدود" | "متزايد"
                        ),
                );
            if m + 1 < d.len()
                && (j..=m).all(|x| !self.brk(x))
                && self.word(m) == "من"
                && self.plain_group(m + 1)
            {
                return self.unnamed_of_group(j, m + 1);
            }
        }
        // «وأكّدتالميادينتضامنها» (above): glued, the publisher's bare name is its own. Spaced, a
        // bare name is too often an ordinary word or another body («وأكد الشعب الفلسطيني» in
        // «الشعب», «وأعلنت العربية السعودية» in Al Arabiya).
        // The article's own correspondent or sources: «مراسل الميادين», «مصادر الميادين».
        if OWN_HEADS.contains(&n) && !self.brk(j) {
            if let Some(e) = self.own_name_at(j + 1) {
                let sources = matches!(n, "مصادر" | "مصدر");
                let e = if sources { e } else { self.posted_in(e) };
                return Some(Np::own(j, e, sources));
            }
        }
        if BACKREF_HEADS.contains(&n) {
            let mut np = self.extend_head(j, j, SourceType::Anonymous, n)?;
            // «المسؤول في الشرطة، لوران نونييز»: a name in apposition makes the official a named
            // person, not one credited before.
            // Only a name the tagger or the gazetteer found: after «المصدر،» or «المصادر» the words
            // are the claim («ووفق المصدر، سترسو السفينة»).
            let person_named = np.name.is_some_and(|(k, _)| {
                self.mention_at(k)
                    .is_some_and(|m| self.kind(m) == Kind::Person)
                    || self.ext_at(k).is_some_and(|(_, kd)| kd == Kind::Person)
            });
            if n == "المسوول" && np.ty == Some(SourceType::Person) && person_named {
                return Some(np);
            }
            np.backref = true;
            np.anonymous = true;
            np.entity = None;
            return Some(np);
        }
        // «وأضاف الموقع الإسرائيلي»: the outlet's adjectives belong to the phrase.
        let nisba_next = || {
            self.mention_at(j + 1)
                .is_none_or(|m| m.form == crate::extract::mentions::Form::Adjective)
        };
        if OUTLET_COREF.contains(&n) && nisba_next() {
            let b = self.nisbas_after(j + 1);
            if let Some(m) = self.recent_outlet(j, n.strip_prefix("ال").unwrap_or(n)) {
                return Some(Np {
                    a: j,
                    b,
                    entity: Some(m.entity),
                    ty: Some(SourceType::Outlet),
                    ..Default::default()
                });
            }
            // An outlet the gazetteer does not know («صحيفة "العرب" اللندنية»): the one credited
            // last (`party_of`).
            let quoted_next = d.toks.get(j + 1).is_some_and(|t| t.quote != 0) && !self.brk(j);
            if !quoted_next {
                return Some(Np {
                    a: j,
                    b,
                    ty: Some(SourceType::Outlet),
                    outlet_coref: true,
                    ..Default::default()
                });
            }
        }
        // «مجموعات "عرين الأسود"»: groups with a name of their own are an organisation.
        if GROUP_BODIES.contains(&n) && j + 1 < d.len() && !self.brk(j) && d.toks[j + 1].quote != 0
        {
            let mut np = self.extend_head(j, j, SourceType::Org, n)?;
            if np.b > j + 1 {
                np.ty = Some(SourceType::Org);
                return Some(np);
            }
        }
        let desc = (desc_head(n) || self.people_plural(j))
            && (!GROUP_BODIES.contains(&n) || self.described_group(j))
            && (n != "مصادر"
                || d.toks
                    .get(j + 1)
                    .is_some_and(|t| DESC_ADJ.contains(&t.norm.as_str())))
            // «دول عربية»: countries described by a nisba, not counted («5 دول») nor in
            // construct («يحذّر دول العدوان»: an object).
            && (n != "دول"
                || (j + 1 < d.len()
                    && !self.brk(j)
                    && is_nisba(self.word(j + 1))
                    && !(j > 0 && (is_number(self.word(j - 1)) || QUANT.contains(&self.word(j - 1))))));
        if desc {
            let mut np = self.extend_head(j, j, SourceType::Descriptive, n)?;
            // «منظمات حقوق الإنسان», «جمعيات حماية المستهلك»: the cause in construct, with the
            // definite words that complete it.
            if np.b == j + 1
                && GROUP_BODIES.contains(&n)
                && j + 1 < d.len()
                && !self.word(j + 1).starts_with("ال")
                && !is_nisba(self.word(j + 1))
            {
                let mut b = j + 2;
                while b < d.len()
                    && b < j + 4
                    && !self.brk(b - 1)
                    && d.toks[b].quote == 0
                    && d.toks[b].norm.starts_with("ال")
                    && !self.is_cue_word(b)
                {
                    b += 1;
                }
                np.b = b.min(d.len());
            }
            // «وثائق مسربة», «وسائل إعلام محلية»: things, or collectives hiding nobody.
            np.anonymous = !DESC_NOT_PEOPLE.contains(&n);
            if np.entity.is_none() {
                np.ty = Some(SourceType::Descriptive);
            }
            return Some(np);
        }
        // «قال شاهد عيان من المخيم»: one eyewitness («شاهد» alone is also «watched»).
        let eyewitness =
            n == "شاهد" && j + 1 < self.d.len() && !self.brk(j) && self.word(j + 1) == "عيان";
        if ANON_HEADS.contains(&n) || eyewitness {
            let h = if eyewitness { j + 1 } else { j };
            let mut np = self.extend_head(j, h, SourceType::Anonymous, n)?;
            np.anonymous = np.entity.is_none() && np.ty == Some(SourceType::Anonymous);
            return Some(np);
        }
        // «أعلن الهلال الأحمر في خان يونس», «الأمن العام اللبناني», «النيابة العامة»: a body named
        // by a common noun and its adjective.
        let pair = ORG_PAIRS
            .iter()
            .find(|(noun, _)| *noun == n)
            .filter(|(_, adjs)| {
                j + 1 < d.len()
                    && !self.brk(j)
                    && (adjs.contains(&self.word(j + 1))
                        || (adjs.is_empty()
                            && masc_definite_nisba(self.word(j + 1), d.slice(j + 1, j + 2))))
            });
        if let Some((_, _)) = pair {
            let adj = self.word(j + 1);
            if let Some(mut np) = self.extend_head(j, j + 1, SourceType::Org, adj) {
                np.ty = Some(SourceType::Org);
                return Some(np);
            }
        }
        // «وأضافت النقابة»: an organisation named before (`party_of`).
        // «الوحدة» is as often «unity» («حكومة الوحدة الوطنية»), «القوة» «power».
        if n.strip_prefix("ال").is_some_and(|r| ORG_HEADS.contains(&r))
            && !ORG_HEADS.contains(&n)
            && !matches!(n, "الوحده" | "القوه")
        {
            let mut np = self.extend_head(j, j, SourceType::Org, n)?;
            np.org_coref = true;
            return Some(np);
        }
        // «أقرّ الاحتلال بمقتل جندي», «الاحتلال يعترف»: the occupation speaks right after a
        // reporting verb or opening its sentence; not as the object of a call, warning or charge
        // («دعا الاحتلال إلى»), in construct («دولة الاحتلال»), nor after a preposition («أعلن عنه
        // الاحتلال»).
        if n == "الاحتلال" {
            let opens = j == 0 || d.toks[j - 1].sep & (SEP_SENTENCE | SEP_PARAGRAPH) != 0;
            let after_verb = j > 0
                && !self.brk(j - 1)
                && verb_form(d.bare(j - 1)).is_some_and(|(stem, _, _)| {
                    !matches!(
                        stem,
                        "دعا"
                            | "طالب"
                            | "حث"
                            | "ناشد"
                            | "حذر"
                            | "اتهم"
                            | "حمل"
                            | "ادان"
                            | "انتقد"
                            | "هدد"
                            | "توعد"
                    )
                });
            if !(opens || after_verb) {
                return None;
            }
            // An organisation's name, but no head of one in a title's chain («وزير قضاء الاحتلال»).
            let mut np = self.extend_head(j, j, SourceType::Org, n)?;
            np.ty = Some(SourceType::Org);
            return Some(np);
        }
        // «جهاز» heads an agency («جهاز الاستخبارات العراقي», «جهاز "الموساد"»), not a device
        // («جهاز التتبع»).
        if n == "جهاز" && !self.agency_after(j) {
            return None;
        }
        // «القائم بالأعمال»: the chargé d'affaires, a title of two words.
        if matches!(n, "القايم" | "القايمه" | "قايم" | "قايمه")
            && j + 1 < self.d.len()
            && !self.brk(j)
            && matches!(self.word(j + 1), "بالاعمال" | "باعمال")
        {
            // «القائم بأعمال السفارة المصرية»: the indefinite «أعمال» takes the mission after it.
            let head = if self.word(j + 1) == "باعمال" {
                "قايم"
            } else {
                n
            };
            return self.extend_head(j, j + 1, SourceType::Person, head);
        }
        // «مساعدة وزير الدفاع»: an assistant only before a title, not aid («صندوق مساعدة أطفال»).
        if n == "مساعده"
            && j + 1 < self.d.len()
            && !self.brk(j)
            && TITLE_HEADS.contains(&self.word(j + 1))
        {
            return self.extend_head(j, j, SourceType::Person, n);
        }
        if TITLE_HEADS.contains(&n) || OUTLET_HEADS.contains(&n) || ORG_HEADS.contains(&n) {
            // «وكالة الاستخبارات المركزية», «وكالة الفضاء»: an agency, unless the news' own
            // («وكالة الأنباء») or an outlet's name follows.
            let agency = n == "وكاله"
                && j + 1 < self.d.len()
                && !self.brk(j)
                && self.d.toks[j + 1].quote == 0
                && self.mention_at(j + 1).is_none()
                && self
                    .word(j + 1)
                    .strip_prefix("ال")
                    .is_some_and(|w| !matches!(w, "انباء" | "اخبار" | "صحافه" | "اعلام" | "رسميه"));
            let ty = if TITLE_HEADS.contains(&n) {
                SourceType::Person
            } else if OUTLET_HEADS.contains(&n) && !agency {
                SourceType::Outlet
            } else {
                SourceType::Org
            };
            let mut np = self.extend_head(j, j, ty, n)?;
            // «مستشار بايدن», «المرافق لبايدن»: a title in construct with a person, or with «لـ»
            // before one, names that person's aide or adviser, not the person («الوزير بلينكن»,
            // definite, is in apposition).
            let of_person = ty == SourceType::Person
                && j + 1 < d.len()
                && !self.brk(j)
                && (self
                    .mention_at(j + 1)
                    .filter(|m| self.kind(m) == Kind::Person)
                    .is_some_and(|m| {
                        m.toks.0 == j + 1
                            && (!has_article(n) || m.prefix.trim_start_matches('و') == "ل")
                    }));
            // «المتحدث باسم الرئيس التركي رجب طيب أردوغان», «محامي الرئيس السابق دونالد ترامب»,
            // «مستشار الرئيس الأميركي جو بايدن»: the name belongs to the title in the genitive,
            // the one spoken for, defended or advised. (Not after «نائب»: «نائب الرئيس فلان» is
            // as often the deputy.)
            let for_another = ty == SourceType::Person
                && (matches!(
                    n.strip_prefix("ال").unwrap_or(n),
                    "متحدث"
                        | "متحدثه"
                        | "ناطق"
                        | "ناطقه"
                        | "محامي"
                        | "محاميه"
                        | "مستشار"
                        | "مستشاره"
                        | "مساعد"
                        | "مساعده"
                        | "سكرتير"
                        | "سكرتيره"
                        | "مرافق"
                ))
                && np
                    .entity
                    .is_some_and(|e| self.g.entity(e).kind == Kind::Person)
                && {
                    let before_name: Vec<usize> = (j + 1..np.b)
                        .take_while(|&x| {
                            self.mention_at(x)
                                .is_none_or(|m| Some(m.entity) != np.entity)
                        })
                        .collect();
                    // «السكرتير الصحفي لرئيس الاتحاد الروسي، ديمتري بيسكوف»: a name after a comma
                    // is in apposition to the whole phrase.
                    before_name.iter().all(|&x| !self.brk(x))
                        && before_name.iter().any(|&x| {
                            let w = self.word(x);
                            TITLE_HEADS.contains(&w) && !KIN.contains(&w)
                        })
                };
            if KIN.contains(&n) || of_person || for_another {
                // «نجل ترامب», «والدة الأسير أحمد …»: the phrase, not the relative's entity.
                np.entity = None;
                np.name = None;
                np.within = None;
            }
            return Some(np);
        }
        self.plural_nisba(j).or_else(|| self.bare_name(j))
    }

    /// After «جهاز» at j: an agency's field («الاستخبارات», «الأمن», «الشرطة» …), a quoted name or an
    /// organisation the gazetteer knows.
    fn agency_after(&self, j: usize) -> bool {
        let d = self.d;
        j + 1 < d.len()
            && !self.brk(j)
            && (d.toks[j + 1].quote != 0
                || self
                    .mention_at(j + 1)
                    .is_some_and(|m| self.kind(m).can_be_source())
                || matches!(
                    self.word(j + 1)
                        .strip_prefix("ال")
                        .unwrap_or(self.word(j + 1)),
                    "استخبارات"
                        | "مخابرات"
                        | "امن"
                        | "شرطه"
                        | "احصاء"
                        | "اسعاف"
                        | "دفاع"
                        | "رقابه"
                        | "موساد"
                        | "شاباك"
                        | "تحقيقات"
                        | "مكافحه"
                        | "خدمه"
                ))
    }

    /// «وقال الصينيون», «ورأى الديمقراطيون»: a definite plural nisba is a people or a party's
    /// members, a collective.
    /// The accusative «…يين» is a subject only after «أنّ» («إنّ الأمريكيين أكدوا»); after a verb
    /// it is the object («وحذّر الإسرائيليين من …»).
    fn plural_nisba(&self, j: usize) -> Option<Np> {
        let n = self.word(j);
        let case_ok = n.ends_with("يون")
            || (n.ends_with("يين") && j > 0 && is_complementizer(self.bare(j - 1)));
        (n.starts_with("ال") && case_ok && n.chars().count() >= 7).then(|| Np {
            a: j,
            b: self.nisbas_after(j + 1),
            ty: Some(SourceType::Descriptive),
            ..Default::default()
        })
    }

    /// «وفقاً لبيانات "ستاندرد أند بورز"», «أرقام "غلوبال فاير باور"»: figures bear no titles, so a
    /// short quoted name right after them (one to four words, closed) is their issuer, of a type
    /// nothing here tells.
    fn quoted_issuer(&self, k: usize) -> Option<Np> {
        let d = self.d;
        let q = d.toks[k].quote;
        if q == 0 || d.toks[k - 1].quote == q {
            return None;
        }
        let e = self.quoted_name_end(k)?;
        if self.quoted_adjective(k) {
            return None;
        }
        let closed = e - k <= 4;
        let words = (k..e).all(|x| {
            let w = self.word(x);
            !is_complementizer(w) && !self.is_cue_word(x) && !STOPS.contains(&w)
        });
        (closed && words).then(|| Np {
            a: k,
            b: e,
            ..Default::default()
        })
    }

    /// «للتحليلات», «للتصنيف الائتماني», «للأنباء»: the field a named body works in, after its
    /// quoted name: a plural of things, a noun with its definite adjective, or a field word; not
    /// «للمرة الأولى», «للصحافة الأجنبية», «للعالم» (a time or the ones spoken to).
    fn field_of_work(&self, k: usize) -> bool {
        let d = self.d;
        let w = self.word(k);
        if matches!(w, "للمره" | "للصحافه" | "للعالم" | "للعملاء" | "للجميع")
        {
            return false;
        }
        w.ends_with("ات")
            || matches!(w, "للانباء" | "للاخبار" | "للاعلام" | "للابحاث" | "للدراسات")
            || (k + 1 < d.len() && !self.brk(k) && self.field_adjective(k + 1))
    }

    /// «الائتماني», «العالمي», «الأوسط»: a definite adjective of a field's noun.
    fn field_adjective(&self, k: usize) -> bool {
        let w = self.word(k);
        self.d.toks[k].norm.starts_with("ال")
            && (is_nisba(w) || matches!(w, "الاوسط" | "الادني" | "الاقصي"))
    }

    /// «أرقام "صادمة"», «بيانات "مسربة"»: one quoted word that describes the figures rather than
    /// names who issued them: an ordinary word, or an indefinite feminine (the agreement of a
    /// plural of things) that no mention covers.
    fn quoted_adjective(&self, k: usize) -> bool {
        let d = self.d;
        let q = d.toks[k].quote;
        let alone = q != 0
            && (k == 0 || d.toks[k - 1].quote != q)
            && (k + 1 >= d.len() || d.toks[k + 1].quote != q);
        let w = self.word(k);
        alone
            && self.mention_at(k).is_none()
            && (crate::extract::tagger::common_words().contains(w)
                || (w.ends_with('ه') && !has_article(w)))
    }

    /// «"رئيس مجلس البلدة" فلان», «"القناة 13" الإسرائيلية»: a title or an outlet written in
    /// quotes. A quoted title counts only with the person's name after it: a quotation may open
    /// with a title word too («قال "رئيس الحكومة لا يمثلنا"»).
    fn quoted_head(&self, j: usize) -> Option<Np> {
        let d = self.d;
        let q = d.toks[j].quote;
        if j > 0 && d.toks[j - 1].quote == q {
            return None; // not the first word of its quotation
        }
        let mut e = j;
        while e < d.len() && e < j + 6 && d.toks[e].quote == q {
            e += 1;
        }
        if e >= d.len() || d.toks[e].quote == q {
            return None; // a long quotation, or one that runs to the end
        }
        let w = self.word(j);
        if TITLE_HEADS.contains(&w) {
            let np = self.extend_head(j, e - 1, SourceType::Person, w)?;
            let named = np.name.is_some() || np.entity.is_some();
            return (named && np.ty == Some(SourceType::Person)).then_some(np);
        }
        let head = w.strip_prefix("ال").unwrap_or(w);
        let tight = (j + 1..e).all(|k| !self.brk(k - 1));
        // «أعلنت "إيرنا" أنّ …», «قالت "الشركة الوطنية" في بيان إنّ …»: a short quoted name right
        // before the claim is the party; with no head to type it, its type stays unknown.
        let claim_next = |k: usize| {
            k < d.len()
                && (is_complementizer(self.word(k))
                    || (k + 2 < d.len()
                        && self.word(k) == "في"
                        && VIA_MEDIA.contains(&self.word(k + 1))
                        && is_complementizer(self.word(k + 2))))
        };
        // «حذّرت "هيومن رايتس ووتش" من …», «نفت "طالبان الباكستانية" مسؤوليتها»: with no claim
        // after it, a quoted name of words that are never ordinary ones (a nisba may follow).
        let common = crate::extract::tagger::common_words();
        let fem_verb = j > 0 && self.is_cue_word(j - 1) && {
            let v = self.bare(j - 1);
            v.ends_with('ت') || v.starts_with('ت')
        };
        let name_words = || {
            fem_verb
                && !common.contains(self.word(j))
                && (j + 1..e).all(|k| !common.contains(self.word(k)) || is_nisba(self.word(k)))
        };
        // «ووفق "غراي زون"، تشير …»: after a relay preposition, a quoted name of words that are
        // never ordinary ones, closed by the clause's end.
        let relay_name = || {
            // «وفقاً لـ"بوليتيكو"»: the «لـ» written apart.
            let r = if j > 1 && self.bare(j - 1) == "ل" {
                j - 1
            } else {
                j
            };
            r > 0
                && matches!(self.bare(r - 1), "وفق" | "وفقا" | "بحسب" | "حسب")
                && self.brk(e - 1)
                && (j..e).all(|k| !common.contains(self.word(k)))
        };
        // «"والاه" رأى أنّ …»: a quoted name of no ordinary words opening its sentence, right before
        // its verb and the claim.
        let opens_before_verb = || {
            (j == 0 || d.toks[j - 1].sep & SEP_SENTENCE != 0)
                && self.is_cue_word(e)
                && claim_next(e + 1)
                && (j..e).all(|k| !common.contains(self.word(k)))
        };
        if !OUTLET_HEADS.contains(&head)
            && e - j <= 3
            && tight
            // «ووصف "الحل العسكري" بأنه …»: after a masculine verb an ordinary quoted word is the
            // object described.
            && ((claim_next(e) && (fem_verb || !common.contains(w)))
                || (!ORG_HEADS.contains(&w) && name_words())
                || relay_name()
                || opens_before_verb())
            && (j..e).all(|k| {
                let w = self.word(k);
                !is_complementizer(w)
                    && !self.is_cue_word(k)
                    && !STOPS.contains(&w)
                    && w.chars().count() > 1
            })
        {
            return Some(Np {
                a: j,
                b: e,
                ..Default::default()
            });
        }
        // «أعلنت "سرايا القدس" قصف …», «قالت "حركة المجاهدين" الفلسطينية»: a short quoted name
        // that opens with an organisation's head.
        // «وقال "المجلس الوطني لحماية الوطن"»: a definite head only in a name of three words or more.
        let definite_ok = !w.starts_with("ال") || e - j >= 3;
        if ORG_HEADS.contains(&w) && definite_ok && e - j >= 2 && e - j <= 5 && tight {
            let b = self.nisbas_after(e);
            return Some(Np {
                a: j,
                b,
                ty: Some(SourceType::Org),
                ..Default::default()
            });
        }
        if OUTLET_HEADS.contains(&head) && e - j <= 3 && tight {
            let b = self.nisbas_after(e);
            return Some(Np {
                a: j,
                b,
                ty: Some(SourceType::Outlet),
                ..Default::default()
            });
        }
        None
    }

    /// «وأكّد السوداني», «وقال منصور»: the surname of a person the gazetteer found under a full name
    /// in the same body, standing alone (no mention of its own, not followed by more of a name).
    pub(super) fn surname_at(&self, j: usize) -> Option<Np> {
        if self.surnames.is_empty() || self.mention(j).is_some_and(|m| !self.kind(m).is_geo()) {
            return None;
        }
        let w = self.word(j);
        if TITLE_HEADS.contains(&w) || ORG_HEADS.contains(&w) || ANON_HEADS.contains(&w) {
            return None;
        }
        let e = (*self.surnames.get(w)?)?;
        let d = self.d;
        // «السوداني» closing a longer phrase («الجيش السوداني») is an adjective there: only a word
        // right after a cue or before its verb, on its own.
        let alone = j + 1 >= d.len()
            || self.brk(j)
            || is_complementizer(self.word(j + 1))
            || STOPS.contains(&self.word(j + 1))
            || self.is_cue_word(j + 1)
            || self.recipient(j + 1).is_some()
            || d.toks[j + 1].quote != 0
            || self.mention_at(j + 1).is_some()
            || self.word(j + 1).starts_with('ل');
        alone.then(|| Np {
            a: j,
            b: j + 1,
            entity: Some(e),
            ty: Some(SourceType::Person),
            ..Default::default()
        })
    }

    /// A person named without a title: a name (or its tail) the body writes out elsewhere («وقال
    /// الخليفي», «جورجيفا تقول»), or two or three words no ordinary word is part of, right before
    /// the claim or an apposition («قال كليفورد بينيت، كبير الاقتصاديين …، إن»).
    pub(super) fn bare_name(&self, j: usize) -> Option<Np> {
        let d = self.d;
        let person = |b: usize| Np {
            a: j,
            b,
            ty: Some(SourceType::Person),
            name: Some((j, b)),
            ..Default::default()
        };
        if d.toks[j].quote != 0 {
            return None;
        }
        let mut best = None;
        if !self.names.is_empty() {
            let mut words: Vec<String> = Vec::with_capacity(4);
            for k in j..(j + 4).min(d.len()) {
                if k > j && self.brk(k - 1) {
                    break;
                }
                words.push(self.word(k).to_string());
                if self.names.contains(&words) {
                    best = Some(k + 1);
                }
            }
        }
        if let Some(b) = best {
            return Some(person(b));
        }
        let e = self.new_name(j)?;
        Some(person(e))
    }

    /// «ويرى الباحثون أنّ», «وقال منظمون إنّ»: a sound masculine plural in the nominative right
    /// after its verb is the verb's subject (an object would end in «ين»): people of a kind,
    /// unnamed. Definite, or a participle («م…ون») when indefinite; never a gazetteer name nor one
    /// of the singular nouns that end so («القانون», «التلفزيون»).
    fn people_plural(&self, j: usize) -> bool {
        let n = self.word(j);
        let (definite, s) = match n.strip_prefix("ال") {
            Some(s) => (true, s),
            None => (false, n),
        };
        j > 0
            && verb_form(self.bare(j - 1)).is_some()
            && !self.brk(j - 1)
            && s.ends_with("ون")
            // A plural nisba («السياسيون», «الاقتصاديون») is a collective by its own rule.
            && !s.ends_with("يون")
            && s.chars().count() >= 6
            && (definite || s.starts_with('م'))
            && !matches!(
                s,
                "تلفزيون" | "كربون" | "بنتاغون" | "سيليكون" | "ماراثون" | "كانون" | "مليون"
            )
            && self.mention(j).is_none()
            // Heads with rules of their own («مسؤولون» anonymous, «الناخبون» …).
            && ![n, s].iter().any(|w| {
                ANON_HEADS.contains(w)
                    || BACKREF_HEADS.contains(w)
                    || TITLE_HEADS.contains(w)
                    || ORG_HEADS.contains(w)
                    || OUTLET_HEADS.contains(w)
            })
    }

    /// «وقال أوباما إنّ», «وأضاف زيتون أنّ»: is the word at j a name on its own? Only right after
    /// its verb and right before the claim, and only a word no ordinary text uses.
    fn one_word_name(&self, j: usize) -> bool {
        let d = self.d;
        let common = crate::extract::tagger::common_words();
        let w = self.word(j);
        // «وعد شيمشك، أنّ»: a comma may stand before the claim; so may an adverbial in commas
        // («وقال ولايتي، خلال اتصال هاتفي …، إنّ»), or a colon before a quotation («وقال تان: "…"»).
        let clause = d.toks[j].sep & SEP_CLAUSE != 0;
        // «وأشار لازاريني إلى أنّ»: the verb's preposition first. (Not past one spoken to: «تحليل
        // لصحيفة … أنّ», «معلومات للميادين أنّ» are documents.)
        let to_claim = |k: usize| {
            k + 1 < d.len()
                && matches!(self.word(k), "الي" | "علي")
                && is_complementizer(self.word(k + 1))
        };
        // «ويقول جابوتنسكي كذلك: "…"», «وقال فلان أيضاً إنّ»: «also» before the claim.
        let also = j + 2 < d.len()
            && !self.brk(j)
            && matches!(self.word(j + 1), "كذلك" | "ايضا")
            && (is_complementizer(self.word(j + 2))
                || (d.toks[j + 1].sep & SEP_CLAUSE != 0 && d.toks[j + 2].quote != 0));
        let claim_after = also
            || j + 1 < d.len()
                && (is_complementizer(self.word(j + 1))
                // «وتابع كيسنجر قائلاً إنّ …»: «saying» stands for the complementizer.
                || matches!(self.word(j + 1), "قايلا" | "قايله")
                || (!self.brk(j) && to_claim(j + 1))
                || (clause && d.toks[j + 1].quote != 0)
                || (clause
                    && self.skip_adverbials(j + 1).is_some_and(|(k, adjacent)| {
                        !adjacent && k > j + 1 && is_complementizer(self.word(k))
                    })));
        j > 0
            && !self.brk(j - 1)
            && self.is_cue_word(j - 1)
            && d.toks[j].sep & SEP_SENTENCE == 0
            && claim_after
            && w.chars().count() >= 3
            && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
            // «وقالت ألبانيز إنّ»: «أل» with its hamza opens a name, not the article.
            && (!w.starts_with("ال") || (self.hamza_el(j) && w.chars().count() >= 6))
            && !common.contains(w)
            && !common.contains(d.toks[j].norm.as_str())
            // «أعلنت صراحةً», «أكد مرارا», «قال حينئذ», «قال بحزم», «بقوله», «قال معارضون»:
            // adverbs, time words, «بـ» with a noun, plural participles; not names (a name so
            // shaped, «أوباما», «بري», is lost with them).
            && !w.ends_with('ه')
            // «وأضاف لولا أنّ …», «وقالت بيلوسا إنّ»: a name in «ا» right before «أنّ», when the
            // word without it is no ordinary word («مجدداً», «أيضاً», «رسمياً»).
            && (!w.ends_with('ا')
                || (j + 1 < d.len()
                    && !self.brk(j)
                    && is_complementizer(self.word(j + 1))
                    // Not a pronoun's «ها», «نا», «هما» («قال مبتكرها», «رئيسنا»).
                    && !["ها", "نا", "هما", "كما", "وا"].iter().any(|p| w.ends_with(p))
                    // Adverbs of repetition and manner the word list lacks.
                    && !matches!(w, "مرارا" | "تكرارا" | "جهارا" | "نهارا" | "اصرارا")
                    && self.mention_at(j).is_none()
                    && self.ext_at(j).is_none_or(|(_, kind)| kind == Kind::Person)
                    && !self.g.one_word_names.contains(w)
                    && w.strip_suffix('ا').is_some_and(|r| {
                        r.chars().count() >= 3 && !common.contains(r) && !is_nisba(r)
                    })))
            && !w.ends_with("ذ")
            // «ودعا أهاليهم إلى أن …»: a noun with a plural pronoun.
            && !w.ends_with("هم")
            && !w.ends_with("هن")
            && !(w.starts_with('م') && (w.ends_with("ون") || w.ends_with("ين")))
            // «بحزم», «بشدة», «بوضوح»: «بـ» with a manner word; a name so shaped is long
            // («بوشيلين»).
            && (!w.starts_with('ب') || (w.chars().count() >= 6 && !w.starts_with("بال")))
            && !["ب", "ل", "ف", "ك"]
                .iter()
                .any(|p| w.strip_prefix(p).is_some_and(|r| common.contains(r)))
            && !matches!(w, "اذن" | "كذلك")
            && !self.accusative(j)
            // «كنعاني», «ولايتي»: a surname may look like a nisba; a people's nisba («مصري») is
            // the gazetteer's adjective.
            && self.mention(j).is_none()
    }

    /// Two or three unknown words at j, none of them an ordinary word, followed by a complementizer,
    /// a recipient or an apposition after a comma: the end of the name.
    pub(super) fn new_name(&self, j: usize) -> Option<usize> {
        let d = self.d;
        // A nisba-shaped word alone may be a surname (checked below).
        let e = self
            .unknown_name(j, false)
            .or_else(|| self.unknown_name(j, true).filter(|&e| e == j + 1))?;
        if e - j == 1 {
            return self.one_word_name(j).then_some(e);
        }
        let common = crate::extract::tagger::common_words();
        if e - j < 2 {
            return None;
        }
        // «بلهجة حازمة», «بنبرة غاضبة»: a manner phrase, «بـ» run into an ordinary word.
        let manner = |w: &str| {
            w.strip_prefix('ب').is_some_and(|r| {
                r.chars().count() >= 4
                    && (common.contains(r) || common.contains(format!("ال{r}").as_str()))
            })
        };
        if (j..e).any(|k| {
            let w = self.word(k);
            // «ولايتي», «سلاجي»: a last name may look like a nisba; a people's nisba («إيراني») is
            // the gazetteer's adjective.
            let surname = k == e - 1 && k > j && self.mention(k).is_none();
            // «وأشاردياز كانيل»: a reporting verb run into the name in scraped text.
            let verb_glued = || {
                let v = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                v.char_indices().skip(3).any(|(b, _)| {
                    v[b..].chars().count() >= 3
                        && matches!(verb_form(&v[..b]), Some((_, _, CueKind::Verb)))
                })
            };
            // «روح الله سلاجي»: a theophoric given name.
            !self.in_theophoric(k, j, e)
                && (common.contains(w)
                    || (k == j && verb_glued())
                    || (is_nisba(w) && !surname)
                    // «ألون أفيتار», «إلياس حنا»: «أل» with its hamza opens a name.
                    || (w.starts_with("ال") && !self.hamza_el(k))
                    || manner(w))
        }) {
            return None;
        }
        let ends_ok = e < d.len()
            && ((!self.brk(e - 1)
                && (is_complementizer(self.word(e))
                    || self.recipient(e).is_some()
                    // «ولفت فلان إلى أنّ»: the verb's preposition, then the claim.
                    || (self.word(e) == "الي"
                        && e + 1 < d.len()
                        && is_complementizer(self.word(e + 1)))))
                || (d.toks[e - 1].sep & SEP_CLAUSE != 0
                    && d.toks[e - 1].sep & SEP_SENTENCE == 0
                    && (TITLE_HEADS.contains(&self.word(e)) || is_complementizer(self.word(e)))));
        ends_ok.then_some(e)
    }

    /// A word that may be part of an organisation's name written without a rule for it: no stop
    /// word, cue, complementizer, name of another party or preposition that opens the claim.
    fn plain_name_word(&self, k: usize) -> bool {
        let w = self.word(k);
        let t = &self.d.toks[k].norm;
        !STOPS.contains(&w)
            && !is_complementizer(w)
            && !self.is_cue_word(k)
            && self.mention(k).is_none()
            && self.recipient(k).is_none()
            && !t.starts_with("بال")
            && !t.starts_with("لل")
            && w.chars().count() >= 2
    }

    /// Grows a phrase headed at h (first token j) over its modifiers: adjectives, definite genitives,
    /// names, «في»/«من» with a name or definite noun, «باسم». Stops at a complementizer, a cue, a
    /// preposition that opens the claim («بإصابة»), a recipient («لوكالة …») or punctuation (where a
    /// name in apposition may still follow: «مسؤول السياسة الخارجية …، جوزيب بوريل»).
    /// A definite common noun at k that can head a group of people («العمّال», «ضباط الجيش»): no
    /// name, no quotation, not a place.
    /// `plain_group`, or a nationality's plural («غالبية الإسرائيليين»: the adjective's mention).
    fn group_word(&self, k: usize) -> bool {
        self.plain_group(k)
            || (k < self.d.len()
                && self.d.toks[k].quote == 0
                && people_plural(self.word(k))
                && self
                    .mention_at(k)
                    .is_some_and(|m| m.form == crate::extract::mentions::Form::Adjective))
    }

    fn plain_group(&self, k: usize) -> bool {
        let d = self.d;
        k < d.len()
            && d.toks[k].quote == 0
            && self.mention_at(k).is_none()
            && self.ext_at(k).is_none()
            && !is_complementizer(self.word(k))
            && !self.is_cue_word(k)
            && self.word(k).chars().count() >= 4
    }

    /// «منظمات خيرية», «مجموعات حماية البيئة», «منظمات الإغاثة»: groups or bodies (head at j) that
    /// a relational adjective or the cause they serve describes; bare, or of anything else
    /// («مجموعات البيانات»), they are not a source.
    fn described_group(&self, j: usize) -> bool {
        let d = self.d;
        if j + 1 >= d.len() || self.brk(j) || d.toks[j + 1].quote != 0 {
            return false;
        }
        let w = self.word(j + 1);
        // «منظمات غير حكومية»: the negated adjective.
        let negated = w == "غير"
            && j + 2 < d.len()
            && !self.brk(j + 1)
            && is_nisba(self.word(j + 2))
            && !self.word(j + 2).starts_with("ال");
        (is_nisba(w) && !w.starts_with("ال"))
            || negated
            || matches!(
                w.strip_prefix("ال").unwrap_or(w),
                "حمايه"
                    | "حقوق"
                    | "اغاثه"
                    | "مجتمع"
                    | "دفاع"
                    | "ضغط"
                    | "معارضه"
                    | "عمل"
                    | "اعمال"
            )
    }

    /// «وتشغيل» at k in «وكالة غوث وتشغيل اللاجئين»: an indefinite noun joined by «و» to the one
    /// before, with the definite genitive both share right after it.
    fn coordinated_construct(&self, k: usize) -> bool {
        let d = self.d;
        let t = &d.toks[k].norm;
        k + 1 < d.len()
            && t.starts_with('و')
            && !t.starts_with("وال")
            && t.chars().count() >= 5
            && !self.brk(k)
            && d.toks[k].quote == 0
            && d.toks[k + 1].quote == 0
            && !self.is_cue_word(k)
            && d.toks[k + 1].norm.starts_with("ال")
    }

    /// The phrase from j whose head is at h, as an unnamed, descriptive source.
    fn unnamed_of_group(&self, j: usize, h: usize) -> Option<Np> {
        let mut np = self.extend(j, h, SourceType::Descriptive)?;
        np.anonymous = true;
        np.ty = Some(SourceType::Descriptive);
        np.entity = None;
        Some(np)
    }

    /// A quoted name of at most five words opening at k («"القناة 12"»): the token after it; None
    /// when the quotation runs on (a quotation, not a name).
    fn quoted_name_end(&self, k: usize) -> Option<usize> {
        let d = self.d;
        let q = d.toks[k].quote;
        let mut e = k;
        while e < d.len() && e < k + 5 && d.toks[e].quote == q {
            e += 1;
            if self.brk(e - 1) {
                break;
            }
        }
        (e >= d.len() || d.toks[e].quote != q).then_some(e)
    }

    pub(super) fn extend(&self, j: usize, h: usize, ty: SourceType) -> Option<Np> {
        self.extend_head(j, h, ty, self.word(h))
    }

    /// `extend` with the head's word given: «للمتحدث» governed by «وفقاً» is «المتحدث».
    pub(super) fn extend_head(&self, j: usize, h: usize, ty: SourceType, head: &str) -> Option<Np> {
        let d = self.d;
        let mut ty = ty;
        let titled = matches!(ty, SourceType::Person | SourceType::Anonymous);
        let mut np = Np {
            a: j,
            b: h + 1,
            ty: Some(ty),
            anonymous: ty == SourceType::Anonymous,
            ..Default::default()
        };
        let mut definite = has_article(head);
        let mut k = h + 1;
        let mut named = false;
        // Where an indefinite adjective was taken («منظمات حقوقية»).
        let mut indefinite_adjective = None;
        // Whether a place was taken after a preposition («السلطات في تركيا»).
        let mut after_prep = false;
        while k < d.len() && k < h + 9 {
            if self.brk(k - 1) {
                break;
            }
            // «وناشد ناشطون الرئيسَ …»: a definite word after an indefinite sound plural is neither
            // its adjective nor its genitive (the construct drops the «ن»): the verb's object.
            if k == h + 1
                && matches!(ty, SourceType::Descriptive | SourceType::Anonymous)
                && !definite
                && (head.ends_with("ون") || head.ends_with("ين"))
                // Written «ال», not «أل» («مسؤولون ألمان»).
                && d.slice(k, k + 1).starts_with("ال")
                && has_article(self.word(k))
            {
                break;
            }
            // «مؤسس ويكيليكس جوليان أسانج»: a founder's body, one word, before the name.
            if titled
                && k == h + 1
                && matches!(head, "موسس" | "الموسس")
                && d.toks[k].quote == 0
                // «مؤسس مجموعة فاغنر»: a body with a head of its own is read by the rules below.
                && !ORG_HEADS.contains(&self.word(k))
                && !OUTLET_HEADS.contains(&self.word(k))
                && self.mention(k).is_none_or(|m| self.kind(m) != Kind::Person)
                && !self.brk(k)
            {
                if let Some(e) = self.unknown_name(k + 1, true) {
                    np.b = e;
                    np.name = Some((k + 1, e));
                    named = true;
                    break;
                }
            }
            // «أصدر الرئيس الأميركي بياناً تحت عنوان …»: a word with the accusative's tanween is
            // the verb's object, past the subject's phrase.
            if k > h && self.word(k) != "سابقا" && self.accusative(k) && !self.accusative(h) {
                break;
            }
            // «قائد سلاح البحرية سابقاً، فلان»: «formerly» belongs to the title, and the name in
            // apposition may follow it.
            if titled && k > h + 1 && self.word(k) == "سابقا" {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «عالم أحياء», «عالمة الفلك»: a scientist's field, one word, is no name.
            if titled
                && k == h + 1
                && matches!(head, "عالم" | "عالمه")
                && d.toks[k].quote == 0
                && self.mention(k).is_none()
                && self.plain_name_word(k)
            {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «صحيفة "معاريف"», «موقع "واللا"»: a quoted name right after an outlet's or
            // organisation's head is its name.
            let q = d.toks[k].quote;
            // «الناطق باسم كتائب "القسام" أبو عبيدة»: so is one after an organisation's head inside
            // a title.
            let prev = self.word(k - 1);
            // «مراسل "القناة 13"»: a correspondent's outlet in quotes.
            let inner_head = (k > h + 1
                && d.toks[k - 1].quote == 0
                && !has_article(prev)
                && (ORG_HEADS.contains(&prev)
                    || OUTLET_HEADS.contains(&prev)
                    // «رئيس مجلس مستوطنة "معاليه يوسف"»: a place's quoted name in a title.
                    || (titled && PLACE_NOUNS.contains(&prev))))
                || (k == h + 1 && CORRESPONDENTS.contains(&head))
                // «مؤسس "فاغنر" يفغيني بريغوجين»: the founder's body in quotes; «مبعوث "إكواس"»:
                // the body an envoy speaks for.
                || (k == h + 1 && matches!(head, "موسس" | "الموسس"))
                || (k == h + 1 && titled && ENVOYS.contains(&head));
            // «صحيفة "إسرائيل هيوم"»: a quoted name may open with a place's name.
            let geo_inside = |m: &Mention| {
                self.kind(m).is_geo() && m.toks.1 < d.len() && d.toks[m.toks.1].quote == q
            };
            if q != 0
                && ((k == h + 1
                    && !has_article(head)
                    && matches!(ty, SourceType::Outlet | SourceType::Org))
                    || inner_head)
                && self.mention(k).is_none_or(geo_inside)
            {
                let Some(e) = self.quoted_name_end(k) else {
                    break; // a quotation, not a name
                };
                np.b = e;
                k = e;
                definite = true;
                // «وكالة "موديز" للتصنيف الائتماني»: the field it works in, «لل» and adjectives.
                if matches!(ty, SourceType::Outlet | SourceType::Org)
                    && k < d.len()
                    && !self.brk(k - 1)
                    && d.toks[k].quote == 0
                    && d.toks[k].norm.starts_with("لل")
                    && !is_nisba(self.word(k))
                    // «للصحفيين», «للمواطنين»: people spoken to.
                    && !self.word(k).ends_with("ين")
                    && self.mention(k).is_none()
                    && self.recipient(k).is_none()
                    && self.field_of_work(k)
                {
                    k += 1;
                    while k < d.len()
                        && !self.brk(k - 1)
                        && d.toks[k].quote == 0
                        && self.field_adjective(k)
                    {
                        k += 1;
                    }
                    np.b = k;
                }
                continue;
            }
            if q != 0 && d.toks[j].quote == 0 && self.mention(k).is_none() {
                break;
            }
            if self.recipient(k).is_some() {
                break;
            }
            // «وزير دفاعها لويد أوستن», «الناطق باسمه، دميتري بيسكوف», «رئيس وزرائها»: a noun with
            // a possessive pronoun right after the title names its office (the pronoun is the
            // body spoken of before); the name may follow.
            if titled && !named && k == h + 1 && q == 0 && self.mention(k).is_none() {
                let w = self.word(k);
                let stem = ["هما", "هم", "ها", "ه"]
                    .iter()
                    .find_map(|p| w.strip_suffix(p));
                // The office's field, a feminine «ة» written «ت» before the pronoun («خارجيتها»).
                let field = |r: &str| OFFICE_NOUNS.contains(&r) || OFFICE_FIELDS.contains(&r);
                if stem.is_some_and(|r| {
                    r.chars().count() >= 3
                        && (r == "باسم"
                            || field(r)
                            || r.strip_suffix('ت').is_some_and(|f| field(&format!("{f}ه"))))
                }) {
                    np.b = k + 1;
                    k += 1;
                    definite = true;
                    continue;
                }
            }
            if let Some(m) = self.mention_at(k) {
                let kind = self.kind(m);
                // «اتهم المجلس العسكري فرنسا بـ…», «طالب التحالف الدولي العراق», «دعا البرلمان
                // العربي مجلس الأمن»: a definite adjective closes the phrase, so a place or a body
                // named right after it is no genitive of it but the verb's object. Not after a
                // place's noun («سكان في العاصمة السودانية الخرطوم», «عمدة العاصمة الروسية
                // موسكو»): there the name is in apposition; nor behind a preposition («السفارة
                // الروسية بالقاهرة»).
                let object_after_adjective = || {
                    k > h
                    && !(j..k).any(|i| {
                        let w = self.word(i);
                        let w = w.strip_prefix("ال").unwrap_or(w);
                        w == "عاصمه" || PLACE_NOUNS.contains(&w)
                    })
                    && (masc_definite_nisba(prev, d.slice(k - 1, k)) || fem_definite_nisba(prev))
                    && matches!(m.prefix.trim_start_matches(['و', 'ف']), "" | "ال")
                    // «السكرتير الصحافي للكرملين»: «لل» is the title's genitive, whatever prefix
                    // the match kept.
                    && !d.toks[m.toks.0].norm.starts_with("لل")
                    && m.form != crate::extract::mentions::Form::Adjective
                    && !is_nisba(&d.toks[m.toks.0].norm)
                    // «رئيسة الوزراء الإيطالية جورجيا ميلوني»: a country's name opening a person's.
                    && self.ext_at(k).is_none_or(|(_, kd)| kd != Kind::Person)
                    && self.unknown_name(k, true).is_none_or(|e| e <= m.toks.1)
                };
                match kind {
                    Kind::Person if titled => {
                        np.entity = Some(m.entity);
                        np.b = m.toks.1;
                        named = true;
                        break;
                    }
                    // «أنصار بولسونارو», «مؤيدو ترامب»: a group by the person it follows.
                    Kind::Person
                        if ty == SourceType::Descriptive
                            && k == h + 1
                            && m.prefix.is_empty()
                            && FOLLOWERS.contains(&head) =>
                    {
                        np.b = m.toks.1;
                        k = m.toks.1;
                        continue;
                    }
                    // «وقال مكتب نتنياهو»: a person's office speaks (its own party, not the
                    // person's entity).
                    Kind::Person
                        if ty == SourceType::Org
                            && k == h + 1
                            && m.prefix.is_empty()
                            && matches!(head, "مكتب" | "ديوان") =>
                    {
                        np.b = m.toks.1;
                        k = m.toks.1;
                        continue;
                    }
                    Kind::Person => break,
                    Kind::Org | Kind::Outlet if object_after_adjective() => break,
                    Kind::Org | Kind::Outlet => {
                        if ty == SourceType::Outlet || ty == SourceType::Org {
                            // «موقع أكسيوس», «وكالة الأونروا»: the head's own name.
                            if np.entity.is_none() && k == h + 1 {
                                np.entity = Some(m.entity);
                                np.ty = Some(source_type_of(kind));
                            }
                        } else if (matches!(ty, SourceType::Anonymous | SourceType::Descriptive)
                            || (kind == Kind::Outlet && CORRESPONDENTS.contains(&head)))
                            && np.within.is_none()
                            // «أعضاء في الكونغرس»: office holders are a group of their own, not
                            // their body speaking through an unnamed source.
                            && !matches!(head, "اعضاء" | "روساء" | "قاده" | "زعماء" | "نواب" | "ابناء")
                        {
                            np.within = Some((m.entity, m.toks.0, m.toks.1));
                        }
                        // A title's employer («محلل القناة 12») is not the party.
                    }
                    Kind::Place | Kind::Country if object_after_adjective() => break,
                    // «قادة القوات في صنعاء الولايات المتحدة»: a second place's name right after
                    // the one taken behind a preposition is the verb's object.
                    Kind::Place | Kind::Country
                        if after_prep
                            && m.form != crate::extract::mentions::Form::Adjective
                            // «مصدران في الهند وقطر»: two places joined by «و».
                            && !m.prefix.starts_with('و')
                            && self.mention(k - 1).is_some_and(|p| {
                                self.kind(p).is_geo()
                                    && p.form != crate::extract::mentions::Form::Adjective
                                    && p.toks.0 > 0
                                    && matches!(self.word(p.toks.0 - 1), "في" | "من")
                                    // «في العاصمة السودانية الخرطوم»: the descriptor and the name.
                                    && p.entity != m.entity
                            }) =>
                    {
                        break
                    }
                    Kind::Place | Kind::Country => {}
                }
                np.b = m.toks.1;
                k = m.toks.1;
                // «إسرائيلي» (a country's adjective) leaves the phrase indefinite.
                definite |= !kind.is_geo() || d.toks[m.toks.0].norm.starts_with("ال");
                continue;
            }
            if let Some((e, kind)) = self.ext_at(k) {
                if kind == Kind::Person && titled {
                    // A tagged name after a title is a written-out name too: its surname alone
                    // names the person elsewhere in the body (see `written_names`).
                    np.b = e;
                    np.name = Some((k, e));
                    named = true;
                    break;
                }
                np.b = e;
                k = e;
                definite = true;
                continue;
            }
            let n = self.word(k);
            // «المسؤولون الأوروبيون غير مرة»: «more than once», an adverbial.
            if n == "غير" && k + 1 < d.len() && matches!(self.word(k + 1), "مره" | "مرة") {
                break;
            }
            // «نائب رئيس هذا الحزب كارستن لينيمان»: a demonstrative closes a chain of nouns in
            // construct still open (indefinite so far), with its definite noun.
            // Only right after a noun in construct («رئيس هذه المؤسسة»): after an adjective or a
            // plural in «ون» the phrase is closed and the demonstrative opens the object («وصفت
            // وسائل إعلام إسرائيلية هذا التصعيد», «ووصف مغردون هذا الكلام»).
            let construct = |w: &str| !is_nisba(w) && !w.ends_with("ون") && !w.ends_with("ين");
            if matches!(n, "هذا" | "هذه")
                && !definite
                && !after_prep
                && k > h
                && construct(self.word(k - 1))
                && k + 1 < d.len()
                && !self.brk(k)
                && d.toks[k + 1].quote == 0
                && d.toks[k + 1].norm.starts_with("ال")
                && !self.is_cue_word(k + 1)
            {
                np.b = k + 2;
                k += 2;
                definite = true;
                continue;
            }
            // «منظمات غير حكومية», «مصادر غير رسمية»: «غير» negates the adjective after it.
            if n == "غير"
                && k + 1 < d.len()
                && !self.brk(k)
                && d.toks[k + 1].quote == 0
                && !has_article(self.word(k + 1))
                && is_nisba(self.word(k + 1))
                && self.mention(k + 1).is_none()
            {
                np.b = k + 2;
                k += 2;
                continue;
            }
            // «المفوّض العام لـ"الأونروا"»: the «لـ» written apart before a quoted name, an
            // office's body; not an outlet spoken to («مصدر أمني لـ"سانا"», «باحث لـ"القناة 13"»).
            let office = ty == SourceType::Org
                || (ty == SourceType::Person
                    && (OFFICE_OF.contains(&head.strip_prefix("ال").unwrap_or(head))
                        || OFFICES.contains(&head)));
            if office
                && !named
                && d.toks[k].norm == "ل"
                && k + 1 < d.len()
                && d.toks[k + 1].quote != 0
                && !OUTLET_HEADS.contains(&self.word(k + 1))
                && self
                    .mention_at(k + 1)
                    .is_none_or(|m| self.kind(m) != Kind::Outlet)
            {
                if let Some(e) = self.quoted_name_end(k + 1) {
                    np.b = e;
                    k = e;
                    definite = true;
                    continue;
                }
            }
            // «خبراء حقوقيون تابعون للأمم المتحدة», «مسؤول تابع لوزارة الدفاع»: whom they belong to
            // («تابع» is no follow-on verb there).
            if matches!(ty, SourceType::Anonymous | SourceType::Descriptive)
                && matches!(
                    n.strip_prefix("ال").unwrap_or(n),
                    "تابع" | "تابعه" | "تابعون" | "تابعين"
                )
                && k + 1 < d.len()
                && !self.brk(k)
                && d.toks[k + 1].norm.starts_with('ل')
            {
                // The body after «لـ»: a name, or an organisation's head with its own phrase
                // («لوزارة الدفاع الأوكرانية», «للجيش»).
                let body = self.mention_at(k + 1).map(|m| m.toks.1).or_else(|| {
                    let n = d.toks[k + 1].norm.as_str();
                    let w = match n.strip_prefix("لل") {
                        Some(r) => format!("ال{r}"),
                        None => n.strip_prefix('ل').unwrap_or_default().to_string(),
                    };
                    ORG_HEADS.contains(&w.as_str()).then(|| {
                        self.extend_head(k + 1, k + 1, SourceType::Org, &w)
                            .map_or(k + 2, |np| np.b)
                    })
                });
                if let Some(e) = body {
                    np.b = e;
                    k = e;
                    definite = true;
                    continue;
                }
            }
            // «يقول الوزير لنا», «قال للصحفيين»: the ones spoken to.
            // «وأبلغ الوزير نظيره»: the counterpart is the one spoken to.
            let addressee = n.starts_with("نظير")
                || AUDIENCES.contains(&n)
                // Not «لي»: a name too («لي تشيانغ»).
                || matches!(n, "لنا" | "له" | "لها" | "لهم" | "لكم");
            if is_complementizer(n)
                || self.is_cue_word(k)
                || self.recipient(k).is_some()
                || addressee
            {
                break;
            }
            // «النائب عن الحزب الليبرالي»: the member for a party or a constituency.
            let member_for = n == "عن" && k == h + 1 && matches!(head, "النايب" | "نايب");
            // «قادة الاحتلال في الآونة الأخيرة»: a time, not where they are.
            let time_next = k + 1 < d.len()
                && matches!(
                    self.word(k + 1),
                    "الاونه"
                        | "الايام"
                        | "الفتره"
                        | "الوقت"
                        | "السنوات"
                        | "الاسابيع"
                        | "الاشهر"
                        | "الشهر"
                        | "العام"
                        | "الساعات"
                        | "المرحله"
                );
            if time_next && n == "في" {
                break;
            }
            // «المبعوث الأميركي إلى اليمن», «مبعوث "إكواس" إلى النيجر»: where an envoy is sent.
            let envoy_to = n == "الي"
                && ENVOYS.contains(&head)
                && k + 1 < d.len()
                && self
                    .mention_at(k + 1)
                    .is_some_and(|m| self.kind(m).is_geo());
            if matches!(n, "في" | "من" | "لدي" | "داخل") || member_for || envoy_to {
                let mut next = k + 1;
                let descriptor = next + 1 < d.len()
                    && !self.brk(next)
                    && matches!(
                        self.word(next),
                        "منطقه"
                            | "مدينه"
                            | "محافظه"
                            | "ولايه"
                            | "اقليم"
                            | "بلده"
                            | "قطاع"
                    );
                // «السلطات المحلية في منطقة مومباسا»: a place's descriptor before its name.
                if descriptor
                    && (self.mention_at(next + 1).is_some() || self.ext_at(next + 1).is_some())
                {
                    next += 1;
                } else if descriptor && n == "في" && {
                    // «رئيس بلدية في منطقة بوسيغا»، «جهاز مكافحة الإرهاب في إقليم كردستان»: one
                    // word no list knows, the phrase's last before the claim or a break, is the
                    // place's name.
                    let x = next + 1;
                    x + 1 < d.len()
                        && d.toks[x].quote == 0
                        && !d.toks[x].norm.starts_with("ال")
                        && self.word(x).chars().count() >= 4
                        && !crate::extract::tagger::common_words().contains(self.word(x))
                        && !self.is_cue_word(x)
                        && (is_complementizer(self.bare(x + 1))
                            || self.is_cue_word(x + 1)
                            || self.brk(x))
                } {
                    np.b = next + 2;
                    break;
                }
                // «وزير من الحكومة»: after «من» a named person's or body's phrase takes a body or a
                // group of people («حذّر الوزير من التصعيد»: not what is warned of); an unnamed
                // source takes any definite word («مسؤول من الجمارك الباكستانية»).
                let of_people = |x: usize| {
                    let w = self.word(x);
                    let bare = w.strip_prefix("ال").unwrap_or(w);
                    ORG_HEADS.contains(&w)
                        || ORG_HEADS.contains(&bare)
                        || desc_head(w)
                        || desc_head(bare)
                        || ANON_HEADS.contains(&bare)
                        || TITLE_HEADS.contains(&w)
                        || is_nisba(w)
                        || plural_nisba(w)
                };
                if next < d.len()
                    && !self.brk(k)
                    && (self.mention_at(next).is_some()
                        || (next > k + 1 && self.ext_at(next).is_some())
                        || (d.toks[next].norm.starts_with("ال")
                            && d.toks[next].quote == 0
                            && (n != "من"
                                || matches!(ty, SourceType::Anonymous | SourceType::Descriptive)
                                // «مجموعة من المعاهد الاقتصادية»: a group of things or people.
                                || matches!(head, "مجموعه" | "عدد" | "العديد")
                                || of_people(next))))
                {
                    np.b = next;
                    k = next;
                    definite = false;
                    after_prep = true;
                    continue;
                }
                // «مصدر في حركة الفجر»: an organisation's head in construct with a definite
                // word, a name the gazetteer need not know; «في وزارة خارجية الاحتلال»: through
                // one more noun in construct.
                let second = next + 2 < d.len()
                    && !self.brk(next + 1)
                    && d.toks[next + 1].quote == 0
                    && d.toks[next + 2].quote == 0
                    && !d.toks[next + 1].norm.starts_with("ال")
                    && !d.toks[next + 1].norm.starts_with(['ب', 'ل', 'و'])
                    && self.word(next + 1).chars().count() >= 4
                    && !STOPS.contains(&self.word(next + 1))
                    && !self.is_cue_word(next + 1)
                    && self.mention(next + 1).is_none()
                    && d.toks[next + 2].norm.starts_with("ال");
                if next + 1 < d.len()
                    && !self.brk(k)
                    && !self.brk(next)
                    // «محلّلون في وكالة الاستخبارات»: an agency too; «مسؤول في وكالات إنفاذ
                    // القانون»: bodies of a kind, for one who speaks from within them.
                    && (ORG_HEADS.contains(&self.word(next))
                        || OUTLET_HEADS.contains(&self.word(next))
                        || (matches!(ty, SourceType::Anonymous | SourceType::Descriptive)
                            && BODIES.contains(&d.toks[next].norm.as_str())))
                    && !has_article(self.word(next))
                    && d.toks[next + 1].quote == 0
                    && (d.toks[next + 1].norm.starts_with("ال")
                        || self.mention_at(next + 1).is_some()
                        || second)
                {
                    np.b = if second {
                        self.mention_at(next + 2).map_or(next + 3, |m| m.toks.1)
                    } else {
                        self.mention_at(next + 1).map_or(next + 2, |m| m.toks.1)
                    };
                    k = np.b;
                    definite = true;
                    continue;
                }
                // «مراسل الشؤون السياسية في "القناة 12"»: a quoted name after the preposition.
                let q = d.toks.get(next).map_or(0, |t| t.quote);
                if q != 0 && d.toks[j].quote == 0 && !self.brk(k) {
                    let Some(e) = self.quoted_name_end(next) else {
                        break; // longer than a name
                    };
                    np.b = e;
                    k = e;
                    definite = true;
                    continue;
                }
                break;
            }
            if n == "باسم" {
                np.b = k + 1;
                k += 1;
                definite = false;
                continue;
            }
            // «مدير عام وزارة الصحة», «مفوض عام»: «عام» (general) belongs to the title.
            if k == h + 1 && n == "عام" && !has_article(head) && TITLE_HEADS.contains(&head) {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «أمين سر المجلس»: the secretary.
            if k == h + 1 && matches!(head, "امين" | "الامين") && n == "سر" {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «نائب وزير الخارجية», «مكتب رئيس الحكومة»: a chain of heads; «حاكم مدينة …»: a
            // title's place.
            // «رئيس وزراء كوسوفو», «رئيس شعبة العمليات»: an office's noun; «مراسل قناة "…"»: a
            // correspondent's outlet.
            // «ضابط وكالة الاستخبارات»: a title's agency. Not after a place the phrase has taken
            // with a preposition: «وتتهم السلطات في تركيا حزب …» goes on with the object.
            if !definite
                && !after_prep
                && (TITLE_HEADS.contains(&n)
                    || ORG_HEADS.contains(&n)
                    || (prev == "باسم" && OUTLET_HEADS.contains(&n))
                    || (titled && PLACE_NOUNS.contains(&n))
                    || (titled
                        && OUTLET_HEADS.contains(&n)
                        && d.toks.get(k + 1).is_some_and(|t| t.norm.starts_with("ال")))
                    // The unstripped form: «وزراء» starts with «و».
                    || (titled && k == h + 1 && OFFICE_NOUNS.contains(&d.toks[k].norm.as_str()))
                    || (k == h + 1 && CORRESPONDENTS.contains(&head) && OUTLET_HEADS.contains(&n)))
                && !n.starts_with("ال")
            {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «رئيسة قسم علم السموم», «مدير دائرة شؤون اللاجئين»: an indefinite noun in a title's
            // chain of nouns in construct, which a definite word right after it completes.
            if titled
                && !definite
                && !after_prep
                && !named
                && k > h + 1
                && np.b == k
                && k + 1 < d.len()
                && !self.brk(k)
                && d.toks[k].quote == 0
                && d.toks[k + 1].quote == 0
                // «قائد وحدة دبابات في الجيش الروسي»: or «في» and a definite word.
                && (d.toks[k + 1].norm.starts_with("ال")
                    || (self.word(k + 1) == "في"
                        && k + 2 < d.len()
                        && !self.brk(k + 1)
                        && (d.toks[k + 2].norm.starts_with("ال")
                            || self.mention_at(k + 2).is_some())))
                && !n.starts_with("ال")
                && !n.starts_with(['ب', 'ل', 'و'])
                && n.chars().count() >= 3
                && !STOPS.contains(&n)
                && !is_nisba(n)
                && !self.is_cue_word(k)
                && self.mention(k).is_none()
                && self.ext_at(k).is_none()
                && (OFFICE_NOUNS.contains(&self.word(k - 1))
                    || ORG_HEADS.contains(&self.word(k - 1)))
            {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «شرطة جامعة ولاية ميشيغين»: an organisation's place noun (taken here or in its chain
            // of heads) before a name the gazetteer does not know.
            // The unstripped form too: «ولاية» starts with «و».
            let place_noun = |x: usize| {
                PLACE_NOUNS.contains(&self.word(x))
                    || PLACE_NOUNS.contains(&d.toks[x].norm.as_str())
            };
            let name_at = if place_noun(k) {
                Some(k + 1)
            } else if k > h && place_noun(k - 1) {
                Some(k)
            } else {
                None
            };
            if let Some(a) = name_at
                .filter(|&a| ty == SourceType::Org && !definite && a < d.len() && !self.brk(a - 1))
            {
                let single = || {
                    // One word no ordinary text uses, ending the phrase («ميشيغين»).
                    let w = self.word(a);
                    let ends = a + 1 >= d.len()
                        || self.brk(a)
                        || is_complementizer(self.word(a + 1))
                        || self.is_cue_word(a + 1);
                    (ends
                        && d.toks[a].quote == 0
                        && !w.starts_with("ال")
                        && w.chars().count() >= 3
                        && !crate::extract::tagger::common_words().contains(w))
                    .then_some(a + 1)
                };
                if let Some(e) = self
                    .ext_at(a)
                    .filter(|&(_, kind)| kind.is_geo())
                    .map(|(e, _)| e)
                    .or_else(|| self.unknown_name(a, true))
                    .or_else(single)
                {
                    np.b = e;
                    k = e;
                    definite = true;
                    continue;
                }
            }
            // «نقابة أطباء السودان», «منظمة أطباء بلا حدود»: an organisation's head before an
            // indefinite noun in construct, which a name or a definite noun completes.
            // «وكالة عمليات التجارة البحرية», «وكالة غوث وتشغيل اللاجئين»: an outlet's head so
            // completed names an agency, an organisation, unless the noun is the news'.
            // «المتحدث باسم وكالة عمليات التجارة»: so is the body a spokesman speaks for.
            let spoken_for = k >= 2
                && self.word(k - 2) == "باسم"
                && (ORG_HEADS.contains(&prev) || OUTLET_HEADS.contains(&prev));
            if ((matches!(ty, SourceType::Org | SourceType::Outlet) && k == h + 1) || spoken_for)
                && !definite
                && !named
                && !n.starts_with("ال")
                && !n.starts_with('ب')
                && !n.starts_with('ل')
                && (n.chars().count() >= 4
                    || (n.chars().count() == 3
                        && k + 1 < d.len()
                        && self.coordinated_construct(k + 1)))
                && !STOPS.contains(&n)
                && !self.is_cue_word(k)
                && k + 1 < d.len()
                && !self.brk(k)
                && d.toks[k + 1].quote == 0
                && (self.mention_at(k + 1).is_some()
                    || d.toks[k + 1].norm.starts_with("ال")
                    || self.word(k + 1) == "بلا"
                    || self.coordinated_construct(k + 1))
            {
                if ty == SourceType::Outlet && !matches!(n, "انباء" | "اخبار" | "اعلام")
                {
                    ty = SourceType::Org;
                    np.ty = Some(ty);
                }
                np.b = k + 1;
                k += 1;
                // «غوث وتشغيل اللاجئين»: a second noun joined by «و» shares the genitive.
                if self.coordinated_construct(k) {
                    np.b = k + 1;
                    k += 1;
                }
                if self.word(k) == "بلا" && k + 1 < d.len() && !self.brk(k) {
                    np.b = k + 2;
                    k += 2;
                }
                continue;
            }
            // «نائب الأمين العام للجبهة الشعبية لتحرير فلسطين»: a title's genitive with «لـ»
            // («للجبهة», «لرئيس», «لحركة», «لتحرير» + a name) stays in the phrase.
            // «المكتب الإعلامي لرئيس الوزراء», «المرصد الأورومتوسطي لحقوق الإنسان»: an
            // organisation's name goes on through a title, an organisation or a field.
            let org = ty == SourceType::Org;
            if (titled || org) && !named {
                if let Some(r) = n.strip_prefix('ل') {
                    let definite_gen = r.starts_with('ل')
                        && r.chars().count() > 3
                        && !matches!(r, "لصحافيين" | "لصحفيين" | "لاعلاميين");
                    // «مساعدة وزير الدفاع لشؤون الأمن الدولي»: the affairs a title is for.
                    let head_gen = TITLE_HEADS.contains(&r)
                        || ORG_HEADS.contains(&r)
                        || (titled && r == "شوون");
                    let named_gen = r.chars().count() > 2
                        && k + 1 < d.len()
                        && !self.brk(k)
                        && self.mention_at(k + 1).is_some();
                    let field = ORG_FIELDS.contains(&r)
                        || r.strip_prefix('ل')
                            .is_some_and(|x| ORG_FIELDS.contains(&format!("ال{x}").as_str()));
                    let definite_gen = definite_gen && (titled || field);
                    // «المكتب الصحفي للبرلمان»: an organisation's definite genitive.
                    let org_gen = org
                        && r.strip_prefix('ل').is_some_and(|x| {
                            x.chars().count() > 3
                                && (ORG_HEADS.contains(&x)
                                    || ORG_HEADS.contains(&format!("ال{x}").as_str()))
                        });
                    if definite_gen || head_gen || named_gen || (org && field) || org_gen {
                        np.b = k + 1;
                        k += 1;
                        definite = definite_gen;
                        continue;
                    }
                }
            }
            // «الإيراني علي شمخاني»: «علي» opening the name after a title is no «على».
            if STOPS.contains(&n)
                && !(titled && n == "علي" && self.unknown_name(k, definite).is_some())
            {
                break;
            }
            // A person named after the title: «الخبير الاقتصادي هاني الدالي»; not an ordinary
            // noun shaped like a nisba («وأكد الوزير أهمية …»: the object).
            // A masculine nisba may be the surname («الأدميرال إيراني»), and after a woman's
            // title a word in «ية» her name («المحامية عالية»).
            let ordinary_nisba = is_nisba(n)
                && !n.ends_with('ي')
                && !head.ends_with('ه')
                && crate::extract::tagger::common_words().contains(n);
            if titled && !ordinary_nisba {
                if let Some(e) = self.unknown_name(k, definite) {
                    np.b = e;
                    np.name = Some((k, e));
                    named = true;
                    break;
                }
            }
            let t = &d.toks[k].norm;
            // «وسائل إعلام إسرائيلية مطلع الشهر»: «مطلع» (informed) opening a time adverbial.
            if n == "مطلع"
                && d.toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        crate::extract::doc::strip_conj(&t.norm),
                        "الشهر"
                            | "العام"
                            | "الاسبوع"
                            | "السنه"
                            | "القرن"
                            | "العقد"
                            | "شهر"
                            | "عام"
                    )
                })
            {
                break;
            }
            // «وكالة شينخوا الصينية للأنباء»: the news an agency's name ends with.
            if ty == SourceType::Outlet && matches!(n, "للانباء" | "للاعلام" | "للصحافه")
            {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «الجرحى»: a word written with «ى» is no nisba, whatever its normal form.
            let nisba = (is_nisba(n) && !d.slice(k, k + 1).ends_with('ى')) || ADJ.contains(&n);
            // «قال والد الشهيد رحمه الله»: a blessing, not part of the phrase.
            if matches!(n, "رحمه" | "رحمها" | "رحمهم")
                && d.toks.get(k + 1).is_some_and(|t| t.norm == "الله")
            {
                break;
            }
            // «وقّع الوزير الاتفاقية»: a feminine nisba-shaped word right after a masculine title
            // agrees with nothing; it is the object.
            if titled
                && k == h + 1
                && has_article(head)
                && !head.ends_with('ه')
                && TITLE_HEADS.contains(&head)
                && fem_definite_nisba(n)
            {
                break;
            }
            // A definite phrase takes adjectives, not another definite noun («المدير الاتفاقَ»: the
            // object).
            // «الكاتب والباحث السياسي فلان»: one person's titles joined by «و»; «عضو الكنيست ووزير
            // الأمن السابق، فلان» too, an office in construct after the first.
            // («وزير» is no «و» + «زير»: the conjunction is what the word lost.)
            // Only before a name (after a comma or not): «وزير الدفاع ورئيس الأركان» are two
            // people, «… ووزير الخارجية وانغ يي» one.
            let named_after = || {
                let person = |x: usize| {
                    x < d.len()
                        && (self.unknown_name(x, true).is_some()
                            || self
                                .mention_at(x)
                                .is_some_and(|m| self.kind(m) == Kind::Person)
                            || self.ext_at(x).is_some_and(|(_, kd)| kd == Kind::Person))
                };
                let mut x = k + 1;
                // «… ورئيس الحكومة بالوكالة في النيجر، فلان»: a title's place and qualifiers.
                while x < d.len()
                    && x < k + 8
                    && (d.toks[x].norm.starts_with("ال")
                        || is_nisba(self.word(x))
                        || matches!(self.word(x), "في" | "بالوكاله")
                        || self.mention(x).is_some_and(|m| self.kind(m).is_geo()))
                    && self
                        .mention_at(x)
                        .is_none_or(|m| self.kind(m) != Kind::Person)
                {
                    if self.brk(x) {
                        return d.toks[x].sep & SEP_SENTENCE == 0 && person(x + 1);
                    }
                    x += 1;
                }
                x > k + 1 && person(x)
            };
            let office_joined = t.starts_with('و')
                && t.len() > n.len()
                && !t.starts_with("وال")
                && OFFICE_OF.contains(&n)
                && k + 1 < d.len()
                && !self.brk(k)
                && d.toks[k + 1].norm.starts_with("ال")
                && named_after();
            if titled
                && !named
                && definite
                && ((t.starts_with("وال") && TITLE_HEADS.contains(&n)) || office_joined)
                && self.mention(k).is_none()
                && d.toks[k].quote == 0
            {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «وزير الطاقة والموارد الطبيعية التركي فلان», «وزير الخارجية والمغتربين فلان»: a
            // ministry's two fields joined by «و», when the minister's name follows.
            if titled
                && !named
                && definite
                && t.starts_with("وال")
                && !TITLE_HEADS.contains(&n)
                && k >= 2
                && OFFICES.contains(&self.word(k - 2))
                && self.mention(k).is_none()
                && d.toks[k].quote == 0
                && named_after()
            {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «وزارة الداخلية والأمن الوطني»: an organisation's name coordinates its fields;
            // «رؤساء المستوطنات والمجالس الإقليمية»: a collective its members.
            if matches!(ty, SourceType::Org | SourceType::Descriptive)
                && definite
                && t.starts_with("وال")
                && self.mention(k).is_none()
                && d.toks[k].quote == 0
            {
                np.b = k + 1;
                k += 1;
                continue;
            }
            // «رئيسة قسم … في قوات الدرك العقيد فلانة فلانية»: a rank, then the name.
            if titled && !named && RANKS.contains(&n) && k + 1 < d.len() && !self.brk(k) {
                // «الأمين العام لحزب الله السيد حسن نصر الله»: a known name.
                if let Some(m) = self
                    .mention_at(k + 1)
                    .filter(|m| self.kind(m) == Kind::Person)
                {
                    np.entity = Some(m.entity);
                    np.b = m.toks.1;
                    named = true;
                    break;
                }
                if let Some(e) = self.unknown_name(k + 1, true) {
                    np.b = e;
                    np.name = Some((k + 1, e));
                    named = true;
                    break;
                }
            }
            // «العميد المتقاعد إلياس حنا»: «إل» written with a hamza is a name's, not the article.
            if titled && !named && self.hamza_el(k) && t.starts_with("ال") {
                if let Some(e) = self.unknown_name(k, definite) {
                    np.b = e;
                    np.name = Some((k, e));
                    break;
                }
            }
            if definite && t.starts_with("ال") && !nisba {
                break;
            }
            // «انتقدت منظمات حقوقية الصفقة»: an indefinite adjective closes its phrase; a
            // definite noun after it is the object.
            // Not after a title: «وزير مالية الاحتلال» is a noun in construct.
            if t.starts_with("ال")
                && !nisba
                && ty == SourceType::Descriptive
                && indefinite_adjective == Some(k - 1)
            {
                break;
            }
            // «وأدان الرئيس الأميركي العمليةَ العسكرية»: a feminine nisba-shaped word right after a
            // masculine adjective agrees with nothing in the phrase; it opens the object.
            // «جمعية الوفاق الوطني الإسلامية»: unless a feminine noun before may take it.
            if definite
                && fem_definite_nisba(n)
                && masc_definite_nisba(self.word(k - 1), d.slice(k - 1, k))
                && !(j..k - 1).any(|x| self.word(x).ends_with(['ه', 'ت']))
            {
                break;
            }
            // «ووعد الرئيس غالبية الناخبين», «واعتبره المحللون نهاية حقبة»: an indefinite word
            // shaped like an adjective agrees with no definite phrase; it opens the object.
            // Not «رفيع المستوى» (an adjective in construct, indefinite in form).
            let in_construct = ADJ.contains(&n)
                && k + 1 < d.len()
                && !self.brk(k)
                && d.toks[k + 1].norm.starts_with("ال");
            // Only an ordinary word right after a definite one: names («العميد حاجي زاده») and
            // nouns in construct («باسم خارجية الاحتلال», «لجمهورية») are shaped so too.
            if has_article(head)
                && !after_prep
                && nisba
                && !t.starts_with("ال")
                // «والدولية», «وحماية السكان»: joined to what is before.
                && !t.starts_with('و')
                && !in_construct
                && has_article(prev)
                && (crate::extract::tagger::common_words().contains(n) || QUANT.contains(&n))
                && !(titled && (n.ends_with('ي') || head.ends_with('ه')))
            {
                break;
            }
            // «وحذّر الرئيس منتقديه»: one's followers, shaped like a nisba, are the object.
            if definite && super::ctx::possessed_group(n, d.slice(k, k + 1)) {
                break;
            }
            if t.starts_with("ال") || nisba || is_number(n) {
                // «بإصابة», «لموقع»: a preposition opening the claim or a recipient ends the phrase,
                // but «بريطاني», «لبنانية» are adjectives.
                if (n.starts_with('ب') || n.starts_with('ل')) && !nisba && !t.starts_with("ال")
                {
                    break;
                }
                if t.starts_with("بال") || (t.starts_with("لل") && !nisba) {
                    break;
                }
                // «وسائل إعلام الاحتلال»: «إعلام» is the noun of «وسائل إعلام», not an adjective.
                if nisba && !t.starts_with("ال") && n != "اعلام" {
                    indefinite_adjective = Some(k);
                }
                np.b = k + 1;
                definite |= t.starts_with("ال");
                k += 1;
                continue;
            }
            break;
        }
        // A name in apposition after a comma: «مسؤول السياسة الخارجية في الاتحاد الأوروبي، جوزيب
        // بوريل، إن …».
        let k = np.b;
        // «بحسب إعلان الرئيس، فإن القتال …»: the claim, not a name, after the comma.
        let claim_after = k < d.len() && {
            let w = self.word(k);
            is_complementizer(w) || w.strip_prefix('ف').is_some_and(is_complementizer)
        };
        if titled && !named && !claim_after && k < d.len() && d.toks[k - 1].sep & SEP_CLAUSE != 0 {
            // «، السيد فلان»: past ranks and honorifics.
            let mut k = k;
            while k + 1 < d.len() && k < np.b + 2 && !self.brk(k) && RANKS.contains(&self.word(k)) {
                k += 1;
            }
            if let Some(m) = self.mention_at(k).filter(|m| self.kind(m) == Kind::Person) {
                np.entity = Some(m.entity);
                np.b = m.toks.1;
                named = true;
            } else if let Some((e, Kind::Person)) = self.ext_at(k) {
                // The tagger may stop short of a name the apposition's comma closes.
                let e = self
                    .unknown_name(k, true)
                    .filter(|&u| u > e && self.brk(u - 1))
                    .unwrap_or(e);
                np.b = e;
                np.name = Some((k, e));
                named = true;
            } else if let Some(e) = self.unknown_name(k, true) {
                np.b = e;
                np.name = Some((k, e));
                named = true;
            }
        }
        // «الوزير المسؤول عن الحسابات العامة، غابرييل آتال، …»: the name in apposition after a
        // short modifier of the title.
        // «الأمين العام لحركة "الفجر" في المغرب، فلان، …»: past a quoted name (a short one, not a
        // quotation) and a place; never past a counterpart («في اتصال مع نظيره …، فلان») or a medium.
        if titled && !named && k < d.len() && !self.brk(k - 1) {
            // «قائد الثورة والجمهورية …»: a conjoined definite noun too.
            let opens = matches!(self.word(k), "في" | "من" | "عن" | "لدي")
                || self.word(k).starts_with("ال")
                || d.toks[k].quote != 0
                // Past a quoted name the phrase took in («رئيس قوات "فاغنر" وأحد …، فلان»).
                || d.toks[k - 1].quote != 0
                || self.word(k).strip_prefix('ل').is_some_and(|r| {
                    r.starts_with("ال") || TITLE_HEADS.contains(&r) || ORG_HEADS.contains(&r)
                });
            let mut m = k;
            let mut ok = opens;
            while ok && m < d.len() && m < k + 10 {
                let q = d.toks[m].quote;
                if q != 0 {
                    // A quoted name of at most four words; a longer run is a quotation.
                    let mut e = m;
                    while e < d.len() && e < m + 5 && d.toks[e].quote == q {
                        e += 1;
                        if self.brk(e - 1) {
                            break;
                        }
                    }
                    if e >= m + 5 && e < d.len() && d.toks[e].quote == q {
                        ok = false;
                    } else if self.brk(e - 1) {
                        m = e - 1;
                        break;
                    } else {
                        m = e;
                    }
                    continue;
                }
                let w = self.word(m);
                if is_complementizer(w)
                    || self.is_cue_word(m)
                    || self.recipient(m).is_some()
                    || (STOPS.contains(&w) && !matches!(w, "في" | "من" | "عن" | "لدي"))
                    || w.starts_with("نظير")
                    || VIA_MEDIA.contains(&w)
                {
                    ok = false;
                    break;
                }
                if self.brk(m) {
                    break;
                }
                m += 1;
            }
            let comma = ok
                && m < d.len()
                && m < k + 10
                && self.brk(m)
                && d.toks[m].sep & SEP_CLAUSE != 0
                && d.toks[m].sep & SEP_SENTENCE == 0;
            if opens && comma && m + 1 < d.len() {
                let mut s = m + 1;
                // «، اللواء الركن فلان»: ranks and honorifics before the name.
                while s + 1 < d.len() && s < m + 3 && !self.brk(s) && RANKS.contains(&self.word(s))
                {
                    s += 1;
                }
                let e = if let Some(p) = self.mention_at(s).filter(|p| self.kind(p) == Kind::Person)
                {
                    Some((p.toks.1, Some(p.entity)))
                } else if let Some((e, Kind::Person)) = self.ext_at(s) {
                    Some((e, None))
                } else {
                    self.unknown_name(s, true).map(|e| (e, None))
                };
                // The apposition closes with a comma or the claim.
                if let Some((e, ent)) = e.filter(|&(e, _)| {
                    e < d.len() && (self.brk(e - 1) || is_complementizer(self.word(e)))
                }) {
                    np.b = e;
                    np.entity = ent;
                    if ent.is_none() {
                        np.name = Some((s, e));
                    }
                    named = true;
                }
            }
        }
        // «كتائب الشهيد عز الدين القسام، الجناح العسكري …»: a group named after a martyr runs to the
        // comma of its apposition; cut at «الشهيد», it names no one.
        if ty == SourceType::Org && np.b > h + 1 && self.word(np.b - 1) == "الشهيد" {
            // «كتائب الشهيد "أبو علي مصطفى"، …»: the martyr's name in quotes.
            let q = d.toks.get(np.b).map_or(0, |t| t.quote);
            let e = if q != 0 {
                (np.b..(np.b + 5).min(d.len()))
                    .take_while(|&k| d.toks[k].quote == q)
                    .find(|&k| self.brk(k))
            } else {
                (np.b..(np.b + 5).min(d.len()))
                    .take_while(|&k| d.toks[k].quote == 0 && self.plain_name_word(k))
                    .find(|&k| self.brk(k))
            };
            let e = e?;
            if d.toks[e].sep & SEP_CLAUSE == 0 || d.toks[e].sep & SEP_SENTENCE != 0 {
                return None;
            }
            np.b = e + 1;
        }
        // «أفادت منظمة أطباء بلا حدود بأنّ …», «ذكرت نقابة عمال الموانئ أنّ …»: an organisation's or
        // outlet's head without its article, whose name is words no rule above takes, runs to the
        // claim; cut short, the bare head names no one and is no party.
        if matches!(ty, SourceType::Org | SourceType::Outlet)
            && !has_article(head)
            && np.b == h + 1
            && np.entity.is_none()
            && np.within.is_none()
        {
            let e = (h + 1..(h + 6).min(d.len())).find(|&k| {
                self.brk(k - 1)
                    || d.toks[k].quote != 0
                    || !self.plain_name_word(k)
                    || SKIP_ADV.contains(&self.word(k))
            })?;
            // «جمعية واعد للأسرى»: the field it serves, a definite genitive with «لـ», and its
            // adjectives.
            let mut e = e;
            if e > h + 1 && e < d.len() && !self.brk(e - 1) && d.toks[e].quote == 0 {
                let t = &d.toks[e].norm;
                if t.starts_with("لل") && t.chars().count() > 4 && self.mention(e).is_none() {
                    e += 1;
                    while e < d.len()
                        && e < h + 8
                        && !self.brk(e - 1)
                        && d.toks[e].norm.starts_with("ال")
                        && self.plain_name_word(e)
                    {
                        e += 1;
                    }
                }
            }
            // «ذكرت نقابة عمال الموانئ اليوم أنّ …»: past adverbs of time.
            let mut c = e;
            while c < d.len() && c < e + 3 && !self.brk(c - 1) && SKIP_ADV.contains(&self.word(c)) {
                c += 1;
            }
            // «…، أنّ»: a comma before the claim, not a full stop.
            let stop = c > 0 && c < d.len() && d.toks[c - 1].sep & SEP_SENTENCE != 0;
            // «لفتت جمعية …، إلى أنّ …»: the cue's preposition before the claim.
            let claim = |c: usize| {
                is_complementizer(self.word(c))
                    || (matches!(self.word(c), "الي" | "علي")
                        && c + 1 < d.len()
                        && is_complementizer(self.word(c + 1)))
            };
            // «جمعية واعد للأسرى تقول إنّ …»: or its verb, when it comes first, then the claim.
            let verb_then_claim =
                |c: usize| self.is_cue_word(c) && !self.brk(c) && c + 1 < d.len() && claim(c + 1);
            // «نقلت وكالة مهر للأنباء، مساء اليوم، عن الوزير قوله»: or, after a verb of relaying,
            // the «عن» of the one relayed, past adverbials of time.
            // «قالت وكالة مهر، مساء اليوم، إنّ …», «قالت شركة PDVSA في بيان لها إنّ …»: the claim past
            // an adverbial too; not a «أنْ» a preposition governs («بناء موقع ضخم في سان خوسيه بعد
            // أن …» names no outlet).
            let past = self.skip_adverbials(e).map(|(k, _)| k).filter(|&k| {
                k > e
                    && k < d.len()
                    && d.toks[k].sentence == d.toks[e - 1].sentence
                    && !matches!(
                        self.word(k - 1),
                        "بعد" | "قبل" | "منذ" | "حتي" | "رغم" | "بدل" | "دون" | "من"
                    )
            });
            let relayed = j > 0
                && verb_form(self.bare(j - 1)).is_some_and(|(stem, ..)| stem == "نقل")
                && [Some(c), past]
                    .into_iter()
                    .flatten()
                    .any(|k| self.word(k) == "عن");
            if e == h + 1
                || c >= d.len()
                || stop
                || !(claim(c) || verb_then_claim(c) || relayed || past.is_some_and(claim))
            {
                return None;
            }
            np.b = e;
        }
        if named {
            np.ty = Some(SourceType::Person);
            np.anonymous = false;
            np.within = None;
        } else if ty == SourceType::Person {
            // An unnamed title: one office is identified («وزير الخارجية الأردني»); an indefinite
            // analyst or expert is not. A correspondent speaks for their outlet.
            // «قائد الجيش», «نائب الأمين العام», «زعيم المعارضة»: an office held by one person.
            let office_of = OFFICE_OF.contains(&head)
                && d.toks.get(h + 1).is_some_and(|t| {
                    !self.brk(h)
                        && (t.norm.starts_with("ال")
                            || t.norm.starts_with("لل")
                            || self.mention_at(h + 1).is_some()
                            || TITLE_HEADS.contains(&self.word(h + 1))
                            || ORG_HEADS.contains(&self.word(h + 1)))
                });
            // «قائد وحدة دبابات في الجيش»: a chain of nouns that ends indefinite names one of
            // many («a commander of a tank unit»), unlike «مدير مستشفى الشفاء».
            let chain_end = (h + 1..np.b)
                .take_while(|&x| {
                    !self.brk(x - 1)
                        && d.toks[x].quote == 0
                        && !matches!(self.word(x), "في" | "من" | "لدي" | "عن")
                })
                .last();
            let indefinite_chain = chain_end.is_some_and(|x| {
                x > h + 1
                    && !d.toks[x].norm.starts_with("ال")
                    && self.mention(x).is_none()
                    && !is_number(self.word(x))
            });
            np.anonymous = !head.starts_with("ال")
                && !OFFICES.contains(&head)
                && !CORRESPONDENTS.contains(&head)
                && (!office_of || indefinite_chain);
        }
        // «مراسل الشؤون السياسية في الميادين»: the article's own correspondent.
        if CORRESPONDENTS.contains(&head) && self.outlet.is_some() {
            np.own = (h + 1..np.b).any(|k| self.own_name_at(k).is_some_and(|e| e <= np.b));
        }
        Some(np)
    }

    /// «مراسل الميادين في طهران», «في جنوب لبنان», «مراسلالميادينفي دمشق» (glued): where a
    /// correspondent whose outlet ends at token `e` is posted, a place the gazetteer knows; the
    /// phrase's new end, `e` when none follows.
    fn posted_in(&self, e: usize) -> usize {
        let d = self.d;
        if e >= d.len() || self.brk(e - 1) {
            return e;
        }
        let glued = d.slice(e - 1, e).ends_with("في");
        let mut k = if glued {
            e
        } else if self.word(e) == "في" && !self.brk(e) {
            e + 1
        } else {
            return e;
        };
        if k + 1 < d.len()
            && !self.brk(k)
            && matches!(
                self.word(k),
                "جنوب" | "شمال" | "شرق" | "غرب" | "وسط" | "مدينه" | "قطاع" | "منطقه"
            )
        {
            k += 1;
        }
        let Some(m) = self
            .mention_at(k)
            .filter(|m| self.kind(m).is_geo() && matches!(m.prefix.as_str(), "" | "ال"))
        else {
            return e;
        };
        // «في فلسطين المحتلة», «في الضفة الغربية»: the place's adjectives.
        let mut b = self.nisbas_after(m.toks.1);
        if b < d.len() && !self.brk(b - 1) && matches!(self.word(b), "المحتله" | "المحتل")
        {
            b += 1;
        }
        b
    }

    /// «بحسب نتائج الاستطلاع», «وفقاً لتصريحات عراقية», «بحسب المعلومات الرسمية», «وفقاً لأحدث
    /// استطلاع»: after a preposition of attribution at token `j`, a document or body of findings
    /// that no issuer is named for (`np_at` found none), credited as written: a descriptive source.
    /// Only nouns of reporting and only when something describes them (an adjective, a genitive
    /// finding, «أحدث»): never a norm («وفقاً للقانون الدولي», «وفق مقياس ريختر») nor the bare
    /// noun pointing back to one («وبحسب التقرير»: `document_stem`).
    pub(super) fn described_document(&self, j: usize) -> Option<Np> {
        let d = self.d;
        let head = |k: usize| governed_noun(self.word(k));
        // «أحدث استطلاع», «آخر إحصائية»: the latest, before an indefinite noun.
        let latest = matches!(head(j).0, "احدث" | "اخر" | "آخر") && j + 1 < d.len() && !self.brk(j);
        let h = if latest { j + 1 } else { j };
        let (n, definite) = head(h);
        if !REPORTED_FINDINGS.contains(&n)
            || (latest && definite)
            || d.toks[h].quote != 0
            || self.mention_at(h).is_some()
        {
            return None;
        }
        let mut b = h + 1;
        // «نتائج الاستطلاع», «تحليل البيانات»: findings of another finding.
        if b < d.len()
            && !self.brk(b - 1)
            && has_article(self.word(b))
            && self
                .word(b)
                .strip_prefix("ال")
                .is_some_and(|w| REPORTED_FINDINGS.contains(&w))
        {
            b += 1;
        }
        // Adjectives that agree in definiteness: «تصريحات عراقية», «المعلومات الرسمية».
        while b < d.len()
            && b < h + 5
            && !self.brk(b - 1)
            && d.toks[b].quote == 0
            && has_article(self.word(b)) == definite
            && is_nisba(self.word(b))
            && self
                .mention(b)
                .is_none_or(|m| m.form == crate::extract::mentions::Form::Adjective)
        {
            b += 1;
        }
        // «تحقيق أجرته صحيفة "ذي غارديان"», «تحليل البيانات الذي أجرته شركة …», «آخر إحصائية
        // لمركز أبحاث …», «تقرير صادر عن …»: its maker, named, is the source.
        let maker_at = match (self.word(b.min(d.len() - 1)), b + 1 < d.len()) {
            _ if b >= d.len() || self.brk(b - 1) => None,
            (w, true) if MADE_BY.contains(&w) => Some(b + 1),
            ("التي" | "الذي", true) if b + 2 < d.len() && MADE_BY.contains(&self.word(b + 1)) => {
                Some(b + 2)
            }
            _ if self.issued_at(b) => Some(b + 2),
            (w, _) if w.starts_with('ل') => Some(b),
            _ => None,
        };
        let maker = maker_at
            .filter(|&k| k < d.len() && !self.brk(k - 1))
            .and_then(|k| self.np_at(k, true, k == b))
            .filter(|np| {
                matches!(
                    np.ty,
                    Some(SourceType::Org | SourceType::Person | SourceType::Outlet)
                ) && !(np.anonymous || np.statement || np.dual || np.backref || np.outlet_coref)
                    && (np.entity.is_some()
                        || np.within.is_some()
                        || np.name.is_some()
                        || ORG_HEADS.contains(&self.word(np.a).trim_start_matches('ل'))
                        || OUTLET_HEADS.contains(&self.word(np.a).trim_start_matches('ل')))
            });
        if maker.is_some() {
            return maker;
        }
        (latest || b > h + 1).then_some(Np {
            a: j,
            b,
            ty: Some(SourceType::Descriptive),
            ..Default::default()
        })
    }
}

/// «العملية», «الإسرائيلية»: a definite word shaped like a feminine relational adjective.
fn fem_definite_nisba(w: &str) -> bool {
    has_article(w) && w.ends_with("يه") && is_nisba(w)
}

/// «الأميركي», «العسكري»: a definite word shaped like a masculine singular relational adjective,
/// `w` normalised and `written` as in the text: its «ي» written so, not «ى» nor «ئ» («القوى»,
/// «الطوارئ» normalise alike).
fn masc_definite_nisba(w: &str, written: &str) -> bool {
    let last = written
        .chars()
        .rev()
        .find(|c| !('\u{064B}'..='\u{0652}').contains(c));
    has_article(w) && w.ends_with('ي') && is_nisba(w) && last == Some('ي')
}

/// Does a head word carry the article? «ألوية» (brigades) normalises to «الويه» and only looks so.
pub(super) fn has_article(w: &str) -> bool {
    w.starts_with("ال") && w != "الويه"
}

/// A noun after a preposition that governs «لـ» («وفقاً للمعلومات», «لتصريحات»), without the «لـ»
/// and the article: the noun and whether it was definite («للمعلومات» is «ل» + «المعلومات»).
pub(super) fn governed_noun(w: &str) -> (&str, bool) {
    if let Some(r) = w.strip_prefix("لل").filter(|r| r.chars().count() > 2) {
        return (r, true);
    }
    let w = w
        .strip_prefix('ل')
        .filter(|r| r.chars().count() > 2)
        .unwrap_or(w);
    let definite = has_article(w);
    (
        w.strip_prefix("ال").filter(|_| definite).unwrap_or(w),
        definite,
    )
}

/// «الجمهوريين», «المشاركون»: a sound masculine plural, people.
fn people_plural(w: &str) -> bool {
    w.ends_with("ين") || w.ends_with("ون")
}
