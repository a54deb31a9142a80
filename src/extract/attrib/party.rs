//! From source phrase to credited party, found after the verb (forward) or before it (backward).

use super::lexicon::*;
use super::*;

impl Ctx<'_> {
    /// Turns a phrase into the credited party (and via).
    pub(super) fn party_of(&self, np: &Np, prior: &[Attribution]) -> Party {
        let d = self.d;
        // «بيان وزارة الخارجية»: the issuer's name, without the statement noun.
        // «وفقاً لتقرير غرفة التجارة»: with the «لـ» of the relay too.
        let statement_noun = |w: &str| {
            STATEMENT_NOUNS.contains(&w)
                || w.strip_prefix('ل')
                    .is_some_and(|r| !r.starts_with('ل') && STATEMENT_NOUNS.contains(&r))
        };
        let a0 = if !np.statement
            && np.ty != Some(SourceType::Descriptive)
            && np.a + 1 < np.b
            && statement_noun(self.word(np.a))
        {
            np.a + 1
        } else {
            np.a
        };
        let mut text = d.slice(a0, np.b).to_string();
        // «وصحف إسبانية ترجّح», «ونقابة الأطباء تعلن»: the conjunction glued to a definite noun or
        // a source's head is not the source's (a name such as «وانغ» keeps its «و»).
        let w = self.word(a0);
        let head = w.starts_with("ال")
            || desc_head(w)
            || ORG_HEADS.contains(&w)
            || TITLE_HEADS.contains(&w)
            || OUTLET_HEADS.contains(&w)
            || ANON_HEADS.contains(&w)
            // «ووثيقة إسرائيلية تكشف».
            || STATEMENT_NOUNS.contains(&w)
            // «وبايدن يتهم»: a known name the conjunction is glued to.
            || self
                .mention(a0)
                .is_some_and(|m| m.toks.0 == a0 && m.prefix.starts_with('و'));
        // A quoted name keeps its letters («"والاه"»).
        if d.toks[a0].norm.len() > w.len()
            && head
            && d.toks[a0].norm.ends_with(w)
            && d.toks[a0].quote == 0
        {
            let rest = text
                .char_indices()
                .skip(1)
                .find(|&(_, c)| !crate::arabic::stem::is_mark(c))
                .map_or(text.len(), |(k, _)| k);
            text.replace_range(..rest, "");
        }
        // «بيانٌ لنقابة الأطباء», «بيان للخارجية القطرية»: the issuer without the «لـ».
        if a0 > np.a && text.starts_with('ل') {
            if let Some(r) = text.strip_prefix("لل").filter(|_| w.starts_with("لل")) {
                text = format!("ال{r}");
            } else if w.strip_prefix('ل').is_some_and(|r| {
                ORG_HEADS.contains(&r) || OUTLET_HEADS.contains(&r) || TITLE_HEADS.contains(&r)
            }) {
                text.remove(0);
            }
        }
        let finding = |w: &str| REPORTED_FINDINGS.contains(&super::source::governed_noun(w).0);
        // «وفقاً لوثائق قضائية», «وفقاً لأربعة دبلوماسيين»: the «لـ» governed by «وفقاً» is not the
        // source's; nor in «وفقاً لوكالة رويترز», «وفقاً للوكالة» (a name or head the gazetteer links),
        // though a name that begins with «ل» keeps it («وفقاً لافروف» is a tagger's mention without
        // the proclitic).
        if a0 == np.a
            && self
                .mention_at(a0)
                .is_none_or(|m| m.toks.0 != a0 || m.prefix.trim_start_matches('و').starts_with('ل'))
            && a0 > 0
            && (matches!(
                d.toks[a0 - 1].norm.as_str(),
                "وفقا" | "ووفقا" | "وفق" | "ووفق" | "طبقا" | "استنادا"
            )
                // «وجاء في بيان للوزارة»: the issuer's «لـ» after the document.
                || ISSUED.contains(&d.toks[a0 - 1].norm.as_str())
                // «مقالاً للكاتب فلان»: a writer's after the accusative object (`said_in_it`).
                || self.accusative(a0 - 1)
                // «وفق آخر إحصائية لوزارة الصحة», «دراسة لمركز البحوث» (`described_document`).
                // «وفقاً للتصريحات الرسمية للحكومة»: past the finding's adjectives.
                || (a0.saturating_sub(4)..a0)
                    .rev()
                    .take_while(|&k| !self.brk(k))
                    .find(|&k| finding(self.word(k)) || !is_nisba(self.word(k)))
                    .is_some_and(|k| finding(self.word(k))))
        {
            let n = d.toks[a0].norm.as_str();
            if n.starts_with("لل") && n.chars().count() > 4 {
                text = format!("ا{}", text.chars().skip(1).collect::<String>());
            } else if n.starts_with('ل') && !n.starts_with("لل") && n.chars().count() > 3 {
                text.remove(0);
            }
        }
        let mut p = Party::default();
        p.grow(np.a, np.b);
        if np.own {
            // The publisher's own correspondent or sources: the outlet is the source, and the
            // phrase as written («مصادر الميادين») says how it reported; no relay stands between.
            if let Some(own) = self.own() {
                p.source = own.entity;
            }
            p.source_text = Some(text);
            p.source_type = Some(SourceType::Outlet);
            p.self_reported = true;
            p.anonymous = np.anonymous;
            return p;
        }
        if np.statement {
            // «وأضاف البيان»: the issuer of the statement the article credited last («… في بيان»,
            // «بحسب بيان …»), else the organisation credited last; without one, the document.
            let stem = document_stem(self.word(np.a)).unwrap_or("بيان");
            // A report or document other than a statement points back only to an issuer credited
            // with it («… في تقرير», «كشف تقرير لوكالة …»), and not when an adjective names another
            // («التقرير الأممي»).
            let statement = stem == "بيان";
            let named = |a: &&Attribution| {
                !a.anonymous
                    && !a.self_reported
                    && (matches!(a.source_type, Some(SourceType::Org | SourceType::Person))
                        || (!statement && a.source_type == Some(SourceType::Outlet)))
            };
            // «البيان الصيني»: a country's adjective names whose statement it is.
            let national = (np.b > np.a + 1)
                .then(|| self.mention(np.a + 1))
                .flatten()
                .filter(|m| {
                    self.kind(m).is_geo() && m.form == crate::extract::mentions::Form::Adjective
                })
                .map(|_| d.toks[np.a + 1].key.as_str());
            let agrees = |a: &&Attribution| {
                national.is_none_or(|k| {
                    a.source_text
                        .as_deref()
                        .is_some_and(|t| arabic::normalize(t).contains(k))
                })
            };
            let issuer = prior
                .iter()
                .rev()
                .filter(named)
                .filter(agrees)
                .filter(|_| statement || np.b == np.a + 1)
                // «أكدت الاستخبارات في تقرير، …»: the document named right after the source too,
                // as its medium (not «قال الوزير إنّ التقرير كاذب», «نفت ما ورد في التقرير»).
                .find(|a| {
                    let k = a.toks.1;
                    a.cue_text.contains(stem)
                        || (k + 1 < d.len()
                            && self.bare(k) == "في"
                            && self.word(k + 1).contains(stem))
                })
                .or_else(|| {
                    if !statement {
                        return None;
                    }
                    prior
                        .iter()
                        .rev()
                        .filter(named)
                        .filter(agrees)
                        .find(|a| a.source_type == Some(SourceType::Org))
                });
            // «نشرت صحيفة "نيويورك تايمز" مقالاً … ولفت المقال إلى أنّ»: an article speaks for the
            // one who published or wrote it, not for whoever spoke of it since («وقال الوزير إن
            // المقال يتضمن أكاذيب»).
            // So does a report or study no issuer was credited with, when its noun stands alone
            // («التقرير الأممي» names another).
            if stem == "مقال" || (issuer.is_none() && np.b == np.a + 1) {
                if let Some(o) = self.publisher_of(np.a, stem) {
                    p.source_text = Some(d.slice(o.a, o.b).to_string());
                    p.source = o.entity;
                    p.source_type = o.ty;
                    return p;
                }
            }
            if let Some(a) = issuer {
                p.credit_as(a);
                if a.via_type == Some(SourceType::Outlet) {
                    // The statement as an outlet relayed it.
                    p.via = a.via;
                    p.via_text = a.via_text.clone();
                    p.via_type = a.via_type;
                }
            } else {
                // No issuer credited before: the document itself is the source as written
                // («وأشار التقرير إلى أنّ …»), a descriptive one, never a guessed issuer.
                p.source_text = Some(text);
                p.source_type = Some(SourceType::Descriptive);
            }
            return p;
        }
        if np.dual {
            // «الرئيسان»: the last two people named before, within a few paragraphs.
            let mut people: Vec<u32> = Vec::with_capacity(2);
            // Mentions are in text order: the ones ending before the phrase, found by bisection.
            let before = self.ms.partition_point(|m| m.toks.1 <= np.a);
            // «الطرفان» may be two countries: only two people right before are its sides.
            let sides = SIDES.contains(&self.word(np.a));
            let reach = if sides { 40 } else { 150 };
            for m in self.ms[..before].iter().rev() {
                if np.a - m.toks.1 > reach || people.len() == 2 {
                    break;
                }
                if self.kind(m) == Kind::Person && !people.contains(&m.entity) {
                    people.push(m.entity);
                }
            }
            if let [second, first] = people[..] {
                p.source = Some(first);
                p.source_text = Some(text);
                p.source_type = Some(SourceType::Person);
                p.also = Some(second);
            } else if sides {
                // Otherwise the sides stay a descriptive source, as written.
                p.source_text = Some(text);
                p.source_type = Some(SourceType::Descriptive);
            } else {
                p.unresolved = true;
            }
            return p;
        }
        // «وأضافت النقابة غير الحكومية» after «ذكرت نقابة أطباء السودان»: a definite head alone
        // (adjectives aside) points back to the organisation credited last under that head.
        if let Some(a) = self.org_antecedent(np, prior) {
            p.credit_as(a);
            return p;
        }
        if np.org_coref {
            // «القيادة المركزية الأميركية»: a definite head with two adjectives of its own is a
            // name, not a pointer back; so is one with a country's («السفارة الأميركية»).
            let national = self.mention(np.a + 1).is_some_and(|m| {
                self.kind(m).is_geo() && m.form == crate::extract::mentions::Form::Adjective
            });
            if np.b >= np.a + 3 || (national && np.b == np.a + 2) {
                p.source_text = Some(text);
                p.source_type = Some(SourceType::Org);
                return p;
            }
            // «ينفي الحزب التهم» after «حزب "الشعوب الديمقراطي"» was named (not credited): the one
            // organisation the article named under that head.
            if let Some(o) = self.named_org_before(np) {
                return self.credit_named(p, &o);
            }
            // «النقابة» with no union credited or named before: kept as written, a descriptive
            // source linked to no one (and so never an antecedent for a later head).
            p.source_text = Some(text);
            p.source_type = Some(SourceType::Descriptive);
            return p;
        }
        if np.outlet_coref {
            // «أوضحت الصحيفة» after «كشفت صحيفة "العرب" اللندنية»: the outlet credited last.
            let outlet = prior.iter().rposition(|a| {
                a.source_type == Some(SourceType::Outlet)
                    && !a.self_reported
                    && a.via_type.is_none()
            });
            // «وكالة الهجرة قالت … وأضافت الوكالة» after an outlet that relayed it: the agency
            // credited since.
            let agency = self.agency_antecedent(np, prior);
            if let Some(a) = agency.filter(|a| outlet.is_none_or(|o| prior[o].toks.0 < a.toks.0)) {
                p.credit_as(a);
            } else if let Some(o) = outlet {
                p.credit_as(&prior[o]);
            } else if let Some(o) = self.named_outlet_before(np.a) {
                // «نشر موقع "غراي زون" شهادات … وأورد الموقع أنّ …»: the outlet named last under
                // that noun, though not credited with anything before.
                p.source_text = Some(d.slice(o.a, o.b).to_string());
                p.source = o.entity;
                p.source_type = Some(SourceType::Outlet);
            } else {
                // «وقالت المجلة» with no magazine named before: kept as written, a descriptive
                // source linked to no one (and so never an antecedent for a later head).
                p.source_text = Some(text);
                p.source_type = Some(SourceType::Descriptive);
            }
            return p;
        }
        if np.backref {
            // «وبحسب المصدر الدبلوماسي»: the last unnamed source described so, taking over its party.
            let adj = d.toks.get(np.a + 1).map(|t| t.key.as_str()).unwrap_or("");
            let earlier = |want_adj: bool| {
                prior.iter().rev().find(|a| {
                    a.anonymous
                        && (!want_adj
                            || a.via_text
                                .as_deref()
                                .or(a.source_text.as_deref())
                                .is_some_and(|v| {
                                    !adj.is_empty() && arabic::normalize(v).contains(adj)
                                }))
                })
            };
            if let Some(a) = earlier(true).or_else(|| earlier(false)) {
                if a.self_reported {
                    // «وأضافت المصادر» after «مصادر الميادين»: the publisher's own sources again.
                    p.source = a.source;
                    p.source_type = a.source_type;
                    p.self_reported = true;
                    p.source_text = Some(text);
                    p.anonymous = true;
                    return p;
                }
                if a.via_text.is_some() {
                    p.source = a.source;
                    p.source_text = a.source_text.clone();
                    p.source_type = a.source_type;
                    p.via_type = a.via_type;
                } else {
                    p.source_type = a.source_type;
                }
                p.self_reported = a.self_reported;
            } else {
                p.source_type = Some(SourceType::Anonymous);
            }
            if p.source_text.is_some() {
                p.via_text = Some(text);
                p.via_type.get_or_insert(SourceType::Anonymous);
            } else {
                p.source_text = Some(text);
            }
            p.anonymous = true;
            return p;
        }
        if np.anonymous {
            p.anonymous = true;
            if let Some((e, a, b)) = np.within {
                // «مصدر في وزارة الخارجية السورية»: the ministry is the party credited.
                p.source = Some(e);
                p.source_text = Some(d.slice(a, b).to_string());
                p.source_type = Some(source_type_of(self.g.entity(e).kind));
                p.via_text = Some(text);
                p.via_type = np.ty;
            } else {
                p.source_text = Some(text);
                p.source_type = np.ty;
            }
            if text_says_unnamed(d.slice(np.a, np.b)) {
                p.anonymous = true;
            }
            return p;
        }
        if let (Some((e, a, b)), None) = (np.within, np.entity) {
            // «أفادت مراسلة وكالة فرانس برس»: the outlet, through its correspondent.
            p.source = Some(e);
            p.source_text = Some(d.slice(a, b).to_string());
            p.source_type = Some(SourceType::Outlet);
            p.via_text = Some(text);
            p.via_type = np.ty;
            return p;
        }
        // «ينفي الحزب التهم» after the article named «حزب "الشعوب الديمقراطي"»: a definite head
        // alone that is an organisation's name of its own («الحزب», «الحركة») is the one named
        // under it before, when only one was.
        if np.ty == Some(SourceType::Org)
            && np.entity.is_none()
            && self.word(np.a).starts_with("ال")
        {
            if let Some(o) = self.named_org_before(np) {
                return self.credit_named(p, &o);
            }
        }
        // «وأوضح الوزير أنّ …» after «قال وزير الخارجية الأوكراني دميتري كوليبا …»: a definite title
        // alone is the one person credited before under that title.
        if np.ty == Some(SourceType::Person) && np.entity.is_none() && np.name.is_none() {
            if let Some(a) = self.titled_person_before(np, prior) {
                // A name the tagger discovered is linked after extraction, from the phrase: the
                // antecedent's phrase then, which holds the name.
                p.source = a.source;
                p.source_text = if a.source.is_some() {
                    Some(text)
                } else {
                    a.source_text.clone()
                };
                p.source_type = np.ty;
                return p;
            }
        }
        p.source = np.entity;
        p.source_text = Some(text);
        p.source_type = np.ty;
        p
    }

    /// The person a definite title alone («الوزير», «الرئيس الفرنسي», adjectives aside) at `np`
    /// points back to: the last person credited by name in the two paragraphs before whose phrase
    /// holds the title («وزير الخارجية … كوليبا»), when no other person credited under it and no
    /// other person's name stands between. None otherwise: the title may be someone else.
    fn titled_person_before<'p>(
        &self,
        np: &Np,
        prior: &'p [Attribution],
    ) -> Option<&'p Attribution> {
        let d = self.d;
        let w = self.word(np.a);
        let head = w.strip_prefix("ال").filter(|_| TITLE_HEADS.contains(&w))?;
        if head.chars().count() < 3
            || (np.a + 1..np.b)
                .any(|k| !(super::source::has_article(self.word(k)) && is_nisba(self.word(k))))
        {
            return None;
        }
        // «وصف المراسل العسكري لموقع "والاه" أمير بوخبوط»: a name after the phrase is its own.
        if (np.b..(np.b + 8).min(d.len()))
            .take_while(|&k| d.toks[k].sentence == d.toks[np.a].sentence && d.toks[k].quote == 0)
            .any(|k| self.person_at(k))
        {
            return None;
        }
        let holds = |a: &Attribution| {
            a.source_text
                .as_deref()
                .is_some_and(|t| arabic::normalize(t).split(' ').any(|x| x.ends_with(head)))
        };
        // A person credited by name: linked, or a discovered name written out in the phrase.
        let named = |a: &&Attribution| {
            a.source_type == Some(SourceType::Person)
                && (a.source.is_some()
                    || (a.toks.0..a.toks.1)
                        .any(|k| self.ext_at(k).is_some_and(|(_, kind)| kind == Kind::Person)))
                && !a.anonymous
                && !a.self_reported
                && a.toks.1 <= np.a
        };
        // One person, linked, whatever the phrase written before the name.
        let who = |a: &Attribution| match a.source {
            Some(e) => (Some(e), None),
            None => (None, a.source_text.as_deref().map(arabic::normalize)),
        };
        let ante = prior.iter().rev().filter(named).find(|a| holds(a))?;
        if paragraphs_between(d, ante.toks.1.saturating_sub(1), np.a) > 1
            || prior
                .iter()
                .filter(named)
                .any(|a| holds(a) && who(a) != who(ante))
        {
            return None;
        }
        // The title's adjectives are the antecedent's («المندوب الصيني» is not «المندوب الروسي»),
        // and the title is not part of another («نائب الرئيس» is no «الرئيس»).
        let ante_text = ante.source_text.as_deref().map(arabic::normalize)?;
        // Nor «رئيس» in construct with a definite noun («رئيس الوزراء», «رئيس الحكومة»): «الرئيس» is
        // not the prime minister. («وزير الدفاع … وأضاف الوزير» is the same person.)
        let ante_words: Vec<&str> = ante_text.split(' ').collect();
        let compound = ante_words.windows(2).any(|w| {
            head == "رييس"
                && w[0].ends_with(head)
                && !super::source::has_article(w[0])
                && super::source::has_article(w[1])
                && !is_nisba(w[1])
        });
        if (np.a + 1..np.b).any(|k| !ante_text.contains(self.word(k)))
            || ante_text.contains(&format!("نايب {head}"))
            || ante_text.contains(&format!("نايب ال{head}"))
            || compound
        {
            return None;
        }
        // Nobody else under that title between, named or not («وقال وزير الخارجية القطري إنّ …
        // وأضاف الوزير»), and no other person named.
        if (ante.toks.1..np.a).any(|k| self.word(k).ends_with(head)) {
            return None;
        }
        let other = (ante.toks.1..np.a).any(|k| {
            self.person_at(k)
                && self
                    .mention(k)
                    .is_none_or(|m| Some(m.entity) != ante.source)
        });
        (!other).then_some(ante)
    }

    /// «وقالت الوكالة» after «أعلنت وكالة غوث وتشغيل اللاجئين»: with no outlet before, an
    /// outlet's definite head points back to the organisation credited last under it (an agency).
    fn agency_antecedent<'p>(&self, np: &Np, prior: &'p [Attribution]) -> Option<&'p Attribution> {
        let head = self.word(np.a).strip_prefix("ال")?;
        if np.b != np.a + 1 {
            return None;
        }
        last_org_under(head, prior)
    }

    /// The organisation an «النقابة», «الوزارة», «المنظمة» phrase refers back to: the last one
    /// credited (not anonymous, not through an outlet) whose name opens with the same head. None
    /// when the phrase names anything itself or no such organisation was credited.
    /// The party credited as the organisation named at `o` (see `named_org_before`).
    fn credit_named(&self, mut p: Party, o: &Np) -> Party {
        p.source = o.entity;
        p.source_text = Some(self.without_conjunction(o.a, o.b));
        p.source_type = Some(SourceType::Org);
        p
    }

    /// Tokens [a, b) as written, without a conjunction glued to the first («ووزارة» → «وزارة»,
    /// while «وزارة» keeps its «و»).
    fn without_conjunction(&self, a: usize, b: usize) -> String {
        let t = self.d.slice(a, b);
        if self.d.toks[a].norm.len() > self.word(a).len() {
            t.strip_prefix(['و', 'ف']).unwrap_or(t).to_string()
        } else {
            t.to_string()
        }
    }

    /// «الحزب» (a definite head alone) after the article named «حزب "الشعوب الديمقراطي"»: the
    /// organisation named under that head in the 300 tokens before, when only one is (two different
    /// parties named: nobody can tell which).
    fn named_org_before(&self, np: &Np) -> Option<Np> {
        let head = self.word(np.a).strip_prefix("ال")?;
        // «السلطات» are the country's, whichever were named.
        if np.b != np.a + 1 || !ORG_HEADS.contains(&head) || head == "سلطات" {
            return None;
        }
        let mut found: Option<Np> = None;
        // The word after the head of every organisation named under it, behind a preposition
        // too («بالارتباط بحزب العمال»): they must all be one.
        let mut names: Vec<&str> = Vec::new();
        for k in (np.a.saturating_sub(300)..np.a).rev() {
            let w = self.word(k);
            let governed = w.len() > head.len()
                && w.ends_with(head)
                && matches!(&w[..w.len() - head.len()], "ب" | "ل" | "ك");
            if (w != head && !governed) || k + 1 >= np.a || self.brk(k) {
                continue;
            }
            names.push(self.bare(k + 1));
            if found.is_none() && !governed {
                found = self
                    .np_at(k, false, false)
                    .filter(|o| o.b > k + 1 && o.ty == Some(SourceType::Org) && !o.anonymous)
                    .map(|mut o| {
                        // «حزب "الأمة" في التظاهرة»: the name, without where it was.
                        // «حركة الجهاد الإسلامي في فلسطين» keeps its place's name.
                        if let Some(e) = (k + 1..o.b).find(|&e| {
                            matches!(self.word(e), "في" | "من" | "لدي" | "داخل")
                                && self.mention_at(e + 1).is_none()
                        }) {
                            o.b = e;
                        }
                        o
                    });
            }
        }
        let first = *names.first()?;
        // A name of its own after the head, not a person's run into it («منظمة اليونيسف جولييت
        // توما»).
        let found = found.filter(|o| o.b >= o.a + 2 && o.name.is_none())?;
        let person_inside = (found.a..found.b).any(|x| {
            self.mention(x)
                .is_some_and(|m| self.kind(m) == Kind::Person)
                || self.ext_at(x).is_some_and(|(_, kd)| kd == Kind::Person)
        });
        (names.iter().all(|n| *n == first) && !person_inside).then_some(found)
    }

    fn org_antecedent<'p>(&self, np: &Np, prior: &'p [Attribution]) -> Option<&'p Attribution> {
        let head = self.word(np.a).strip_prefix("ال")?;
        let adjective = |k: usize| {
            self.mention(k).is_none()
                && (is_nisba(self.word(k)) || ADJ.contains(&self.word(k)) || self.word(k) == "غير")
        };
        if np.entity.is_some()
            || np.ty != Some(SourceType::Org)
            || !ORG_HEADS.contains(&head)
            || !(np.a + 1..np.b).all(adjective)
        {
            return None;
        }
        last_org_under(head, prior)
    }

    /// After an unnamed source: the outlet it spoke to («… رفيع المستوى، لموقع فرانس 24»): that outlet
    /// becomes the source and the unnamed one the via.
    pub(super) fn after_unnamed(&self, k: usize, p: &mut Party) {
        if k >= self.d.len() {
            return;
        }
        if let Some((e, end, own)) = self.recipient(k) {
            if named_party(p) && !own && p.via.is_none() && p.via_type.is_none() {
                // «قال بوغدانوف لوكالة سبوتنيك»: a named speaker, through the outlet.
                p.via = e;
                p.via_text = Some(without_lam(self.d.slice(k, end)));
                p.via_type = Some(SourceType::Outlet);
            } else if p.anonymous && p.source.is_none() && !p.self_reported {
                if own {
                    // «قال مصدر عسكري للميادين»: the article's own source, no relay between.
                    p.source = self.own().and_then(|o| o.entity);
                    p.source_type = Some(SourceType::Outlet);
                    p.self_reported = true;
                } else {
                    p.via_text = p.source_text.take();
                    p.via_type = p.source_type.take();
                    p.source = e;
                    p.source_text = Some(without_lam(self.d.slice(k, end)));
                    p.source_type = Some(SourceType::Outlet);
                }
            }
            p.grow(k, end);
        }
    }

    /// Skips what may stand between a verb and its subject or claim: adverbs of time and an
    /// adverbial phrase («خلال جلسة لمجلس الأمن،», «في بيان») up to its comma or complementizer. The
    /// next token, and whether nothing was skipped; None at a sentence end.
    pub(super) fn skip_adverbials(&self, j0: usize) -> Option<(usize, bool)> {
        let d = self.d;
        let mut j = j0;
        let mut adjacent = true;
        while j < d.len() && j < j0 + 12 {
            let n = self.bare(j);
            if SKIP_ADV.contains(&n) && d.toks[j].quote == 0 {
                if d.toks[j].sep & SEP_SENTENCE != 0 {
                    return None;
                }
                j += 1;
                adjacent = false;
                continue;
            }
            // «وقال، من جهته، رئيس الأركان إنّ …»: «for his part».
            if n == "من"
                && j + 1 < d.len()
                && matches!(
                    self.bare(j + 1),
                    "جهته" | "جهتها" | "جهتهم" | "جانبه" | "جانبها" | "جانبهم"
                )
            {
                if d.toks[j + 1].sep & SEP_SENTENCE != 0 {
                    return None;
                }
                j += 2;
                adjacent = false;
                continue;
            }
            // «قال علي شمخاني»: «علي» opening a tagged name is no «على». «وأضاف عبر قناته في
            // "يوتيوب" أنّ»: the channel (right after the verb, «عبر» is no «عبّر»).
            // «وأضاف بعد محادثات …: "…"»: «بعد»/«قبل» before a noun, not «بعد أن/ذلك».
            let after_before = matches!(n, "بعد" | "قبل")
                && j + 1 < d.len()
                && !self.brk(j)
                && !is_complementizer(self.bare(j + 1))
                && !matches!(self.bare(j + 1), "ما" | "ذلك" | "هذا" | "هذه" | "قليل");
            // «وقال بعد الاجتماع وزير الخارجية العماني …»: «بعد»/«قبل» governs a noun («قبل
            // أيام» a time, «بعد لقاء باتيلي» with its genitive) and its adjectives; the phrase is
            // skipped only when a subject or a claim is recognised after it, else nothing is.
            if after_before {
                let mut k = j + 2;
                let noun = self.word(j + 1);
                let time = matches!(
                    noun,
                    "ايام"
                        | "ساعات"
                        | "اسابيع"
                        | "اشهر"
                        | "سنوات"
                        | "يومين"
                        | "ساعه"
                        | "اسبوع"
                        | "شهر"
                        | "عام"
                        | "عامين"
                        | "قليل"
                        | "فتره"
                        | "وقت"
                        | "لحظات"
                        | "دقايق"
                );
                // An indefinite noun in construct: its genitive phrase follows.
                if !time
                    && !super::source::has_article(noun)
                    && !is_nisba(noun)
                    && k < d.len()
                    && !self.brk(j + 1)
                {
                    k = self
                        .mention_at(k)
                        .map(|m| m.toks.1)
                        .or_else(|| self.np_at(k, true, false).map(|np| np.b))
                        .unwrap_or(k + 1);
                }
                while k < d.len()
                    && k < j + 10
                    && !self.brk(k - 1)
                    && d.toks[k].quote == 0
                    && self.mention(k).is_none()
                    && (super::source::has_article(self.word(k))
                        || is_nisba(self.word(k))
                        || matches!(self.word(k), "بين" | "رفيعه" | "رفيع" | "قليله" | "من"))
                    && !TITLE_HEADS.contains(&self.word(k))
                    && !ORG_HEADS.contains(&self.word(k))
                    && !desc_head(self.word(k))
                {
                    k += 1;
                }
                if k >= d.len() || (self.brk(k - 1) && d.toks[k - 1].sep & SEP_SENTENCE != 0) {
                    return None;
                }
                let w = self.word(k);
                let b = w.strip_prefix("ال").unwrap_or(w);
                // A phrase its commas close («، قبل يومين، مؤكداً …»).
                let known = self.brk(k - 1)
                    || is_complementizer(self.bare(k))
                    || matches!(w, "عن" | "عما" | "علي" | "الي" | "من" | "حول" | "بشان")
                    || TITLE_HEADS.contains(&w)
                    || ORG_HEADS.contains(&w)
                    || ORG_HEADS.contains(&b)
                    || ANON_HEADS.contains(&b)
                    || desc_head(w)
                    || self.mention_at(k).is_some_and(|m| {
                        matches!(self.kind(m), Kind::Person | Kind::Org | Kind::Outlet)
                    })
                    || self.ext_at(k).is_some();
                if !known {
                    break;
                }
                j = k;
                adjacent = false;
                continue;
            }
            if (PP_HEADS.contains(&n) || (n == "عبر" && j == j0))
                && self.mention_at(j).is_none()
                && self.ext_at(j).is_none_or(|(_, kind)| kind != Kind::Person)
            {
                let mut k = j;
                while k < d.len() && k < j + 10 && !self.brk(k) {
                    if k > j && is_complementizer(self.bare(k)) {
                        break;
                    }
                    k += 1;
                }
                if k >= d.len() || k >= j + 10 || d.toks[k].sep & SEP_SENTENCE != 0 {
                    return None;
                }
                j = if is_complementizer(self.bare(k)) {
                    k
                } else {
                    k + 1
                };
                adjacent = false;
                continue;
            }
            break;
        }
        (j < d.len() && j < j0 + 12).then_some((j, adjacent))
    }

    /// The party after a verb (verb–subject order). Adverbs of time are skipped; an adverbial phrase
    /// («خلال جلسة لمجلس الأمن») is skipped to its closing comma, and never supplies the party.
    pub(super) fn forward(&self, j0: usize, geo_ok: bool, prior: &[Attribution]) -> Option<Party> {
        let d = self.d;
        let (mut j, mut adjacent) = self.skip_adverbials(j0)?;
        // «فلان، يؤكد لوكالة الأنباء الفرنسية أنّ …», «قال لوكالة … مسؤول أمني»: the outlet spoken to
        // is the addressee, never the subject; the subject may follow it.
        if let Some((_, e, _)) = self.recipient(j) {
            j = e;
            adjacent = false;
        }
        let np = self
            .np_at(j, geo_ok && adjacent, false)
            .or_else(|| self.national_body(j))?;
        // «وأردف، في معرض ردّه على تصريحات وزير الخارجية الأميركي، أنتوني بلينكن، أنّ …»: a bare
        // name after an aside that ends with a title and its comma is that title's apposition, the
        // one the speaker talks about, not the subject.
        if !adjacent
            && j > j0
            && self.brk(j - 1)
            && np.ty == Some(SourceType::Person)
            && !TITLE_HEADS.contains(&self.word(np.a))
            && (j0..j).any(|k| TITLE_HEADS.contains(&self.word(k)))
        {
            return None;
        }
        let mut p = self.party_of(&np, prior);
        self.after_unnamed(np.b, &mut p);
        if let Some((_, e)) = p.span {
            if e < d.len() && self.brk(e - 1) {
                self.after_unnamed(e, &mut p);
            }
        }
        Some(p)
    }

    /// «أوضح الأمن الروسي أنّ …», «وقالت الخزانة الأميركية إنّ …»: a word naming a state body only
    /// with a country's adjective after it (`NATIONAL_BODIES`: «الأمن» alone is security), then the
    /// claim: an organisation. Only where no other reading of the phrase was found.
    fn national_body(&self, j: usize) -> Option<Np> {
        let d = self.d;
        if j + 1 >= d.len()
            || self.brk(j)
            || d.toks[j].quote != 0
            || !lexicon::NATIONAL_BODIES.contains(&self.word(j))
            || self.mention(j).is_some()
        {
            return None;
        }
        let m = self.mention_at(j + 1).filter(|m| {
            self.kind(m).is_geo() && m.form == crate::extract::mentions::Form::Adjective
        })?;
        let b = self.nisbas_after(m.toks.1);
        // The claim after it, past an adverbial («، في بيان،») and the verb's «إلى/على».
        let claim = self.skip_adverbials(b).is_some_and(|(k, _)| {
            is_complementizer(d.bare(k))
                || (k + 1 < d.len()
                    && matches!(d.bare(k), "الي" | "علي" | "من")
                    && is_complementizer(d.bare(k + 1)))
        });
        claim.then(|| Np {
            a: j,
            b,
            ty: Some(SourceType::Org),
            ..Default::default()
        })
    }

    /// «نائب الأمين العام للجبهة …، سليم عوّاد، يؤكد …»: a sentence that opens with a titled name in
    /// apposition, ending with a comma right before the verb at i.
    fn backward_apposition(&self, end: usize, i: usize, prior: &[Attribution]) -> Option<Party> {
        let d = self.d;
        if d.toks[end - 1].sep & SEP_SENTENCE != 0 {
            return None;
        }
        // Back to the sentence start or a complementizer («… إلى أنّ وزير الخارجية العماني، بدر
        // البوسعيدي، أعلن»).
        let mut s = end - 1;
        while s > 0
            && end - s < 16
            && d.toks[s - 1].sep & SEP_SENTENCE == 0
            && !is_complementizer(self.bare(s - 1))
        {
            s -= 1;
        }
        if s > 0 && d.toks[s - 1].sep & SEP_SENTENCE == 0 && !is_complementizer(self.bare(s - 1)) {
            return None;
        }
        // «لكن وزارة الصحة، أشارت»: past a particle opening the sentence.
        let particle = matches!(self.bare(s), "لكن" | "ولكن") && s + 1 < end;
        if particle {
            s += 1;
        }
        // «وكانت المقاومة الإسلامية في العراق، قد أعلنت»: the auxiliary before its subject.
        let aux = matches!(self.bare(s), "كان" | "كانت");
        if aux {
            s += 1;
        }
        let after_that = s > 0 && is_complementizer(self.bare(s - 1));
        // «الحكومة البرتغالية، تعلن …»: a sentence that opens with its subject and a comma. The
        // caller tries this only when no subject follows the verb.
        // Only with a present-tense verb, the headline style: «الحكومة، قال إنها …» (a fronted topic
        // picked up by a pronoun) is not its subject.
        let opens = !aux && !after_that && is_present_form(&d.toks[i].norm);
        // A person in apposition anywhere («نائب الأمين العام …، سليم عوّاد، يؤكد»); another
        // party only as the subject of «كان», of a clause after «أنّ» («يُذكر أنّ موسكو، قالت»)
        // or of its sentence.
        // A place opening a sentence is a dateline («موسكو، قالت …»), not the subject.
        let mut np = self.np_at(s, aux || after_that, false)?;
        // «قائد سلاح البحرية، الأدميرال فلان، قال»: a title, then the name in apposition.
        if np.b < end
            && np.ty == Some(SourceType::Person)
            && np.entity.is_none()
            && self.brk(np.b - 1)
        {
            if let Some(name) = self
                .np_at(np.b, false, false)
                .filter(|n| n.b == end && n.ty == Some(SourceType::Person) && !n.anonymous)
            {
                np = name;
            }
        }
        // «لكن شركة "أمبري" البريطانية، أشارت إلى أنّ»: an organisation opening its sentence
        // before a past verb that agrees with its head, feminine or masculine, and its claim.
        let agrees = || {
            let head = self.word(np.a);
            let fem = head.ends_with('ه');
            let verb = verb_form(self.bare(i)).map_or(Gender::Unknown, |v| v.1);
            np.entity.is_none()
                && (ORG_HEADS.contains(&head) || OUTLET_HEADS.contains(&head))
                && verb == if fem { Gender::Fem } else { Gender::Masc }
        };
        let past_org = !aux
            && !after_that
            && !opens
            && matches!(np.ty, Some(SourceType::Org | SourceType::Outlet))
            && agrees();
        let other = (aux || after_that || opens || past_org)
            && matches!(
                np.ty,
                Some(SourceType::Org | SourceType::Outlet | SourceType::Person)
            )
            && !np.statement
            && !np.dual
            && !np.outlet_coref;
        // «وسائل إعلام فرنسية، تؤكد», «رؤساء البلديات، يؤكدون»: an unnamed collective opening its
        // sentence, of things or of people; or after «أنّ» («إن المستشارين الأميركيين، أوصوا»).
        let collective =
            (opens || after_that) && np.ty == Some(SourceType::Descriptive) && !np.backref;
        if np.b != end
            || !(np.ty == Some(SourceType::Person) || other || collective)
            || (np.anonymous && !collective)
        {
            return None;
        }
        let mut p = self.party_of(&np, prior);
        p.grow(np.a, i + 1);
        Some(p)
    }

    /// «وكان رئيس الوفد الروسي إلى محادثات فيينا، قسطنطين غافريلوف، أعلن أنّ», «فلاديمير دينيس، وهو
    /// مسعف في اللواء …، أكّد أنّ»: a person's name alone between commas (or opening the sentence
    /// before an aside «وهو …») right before a verb without «و», when the title before it is too
    /// long to read. The name is the subject; a verb with «و» goes on with another one («التقى
    /// الرئيس نظيره، فلان، وأكد»).
    fn name_in_commas(&self, end: usize, i: usize, prior: &[Attribution]) -> Option<Party> {
        let d = self.d;
        // A plural or dual verb («قالوا», «يحذّرون», «دعوا») speaks for more than the name.
        let v = self.bare(i);
        let plural = v.ends_with("ون") || v.ends_with("وا") || v.ends_with('ا');
        if plural || d.toks[i].norm.starts_with('و') || d.toks[end - 1].sep & SEP_SENTENCE != 0 {
            return None;
        }
        let sent = d.toks[i].sentence;
        let start_of = |e: usize| {
            (e.saturating_sub(16)..e - 1)
                .rev()
                .find(|&k| self.brk(k) || d.toks[k].sentence != sent)
                .map_or(e.saturating_sub(16), |k| k + 1)
        };
        let mut e = end;
        let mut t = start_of(e);
        if t > 0 && matches!(self.word(t), "وهو" | "وهي" | "هو" | "هي") && self.brk(t - 1)
        {
            e = t;
            t = start_of(e);
        }
        if t >= e || (t > 0 && !self.brk(t - 1) && d.toks[t - 1].sentence == sent) {
            return None;
        }
        // «أرسلوها إلى رئيس الحكومة، فلان، …», «بحضور رئيس المفوضية، فلان، دعا»: a title governed
        // by a preposition before the name, which is then that title's apposition, not a subject.
        if t >= 2 {
            let before = start_of(t - 1);
            if let Some(h) = (before..t - 1)
                .rev()
                .find(|&k| TITLE_HEADS.contains(&self.word(k)))
            {
                let governed = h > before
                    && (PP_HEADS.contains(&self.bare(h - 1))
                        || matches!(self.bare(h - 1), "الي" | "مع" | "عن" | "من" | "بحضور"));
                let n = d.toks[h].norm.as_str();
                if governed || n.starts_with('ل') || n.starts_with('ب') {
                    return None;
                }
            }
        }
        let np = self.np_at(t, false, false).filter(|np| {
            np.b == e
                && np.ty == Some(SourceType::Person)
                && !np.anonymous
                && !np.backref
                && !np.dual
                && !np.statement
                && np.b - np.a <= 4
        })?;
        let mut p = self.party_of(&np, prior);
        p.grow(np.a, i + 1);
        p.has_party().then_some(p)
    }

    /// The party of a phrase before the verb at i, its span grown to the verb; None if it names
    /// nobody.
    fn credit_before(&self, np: &Np, i: usize, prior: &[Attribution]) -> Option<Party> {
        let mut p = self.party_of(np, prior);
        p.grow(np.a, i + 1);
        p.has_party().then_some(p)
    }

    /// «أما السفير الروسي أناتولي أنتونوف، فقال»: the topic after «أما» is the subject of the verb
    /// its «فـ» answers with. None when the verb at i does not answer an «أما» of its sentence;
    /// Some(None) when it does but the topic names no party.
    fn amma_topic(&self, i: usize) -> Option<Option<Np>> {
        if !self.d.toks[i].norm.starts_with('ف') {
            return None;
        }
        let sent = self.d.toks[i].sentence;
        let a = (i.saturating_sub(15)..i)
            .rev()
            .take_while(|&k| self.d.toks[k].sentence == sent)
            .find(|&k| self.bare(k) == "اما")?;
        Some(
            self.np_at(a + 1, true, false)
                .filter(|np| names_party(np) && np.b <= i),
        )
    }

    /// «موقع أكسيوس الأميركي، الذي أكد أنّ», «السلطات التي أعلنت»: a relative clause's verb speaks
    /// for the phrase the pronoun (at end - 1) follows, when the pronoun agrees with the verb at i
    /// (else the verb has a subject of its own: «تصريحاته التي أكد فيها»). None when no relative
    /// pronoun stands before the verb; Some(None) when one does but credits nobody.
    fn relative_antecedent(&self, end: usize, i: usize) -> Option<Option<Np>> {
        let relative = match self.bare(end - 1) {
            "الذي" => Gender::Masc,
            "التي" => Gender::Fem,
            _ => return None,
        };
        let gender = verb_form(self.bare(i)).map_or(Gender::Unknown, |v| v.1);
        // A present verb there is as often a passive or a state («تركيا، التي تُعتبر …»).
        if end < 2
            || !relative.agrees(gender)
            || gender == Gender::Unknown
            || is_present_form(self.bare(i))
        {
            return Some(None);
        }
        // The phrase ends right before the pronoun (or its comma) and names a party; a bracketed
        // aside («الرئيس السابق لجهاز الأمن (الشاباك)، الذي») is not what the pronoun follows.
        let stop = end - 1;
        let d = self.d;
        if d.text[d.toks[stop - 1].byte_end..d.toks[stop].byte_start].contains(')') {
            return Some(None);
        }
        let mut best: Option<Np> = None;
        for k in (stop.saturating_sub(8)..stop).rev() {
            if k + 1 < stop && self.brk(k) {
                break;
            }
            if let Some(np) = self.np_at(k, true, false) {
                if np.b == stop && names_party(&np) {
                    best = Some(np);
                }
            }
        }
        Some(best)
    }

    /// «وعقد الرئيس مؤتمراً صحافياً قال فيه إنّ», «ونشر منشوراً على شبكته، قال فيه»: «فيه» points
    /// back to what the clause's subject held or published; that subject is the speaker, not the
    /// words before the verb.
    fn said_in_it(&self, i: usize, prior: &[Attribution]) -> Option<Party> {
        let d = self.d;
        if i + 1 >= d.len() || !matches!(self.word(i + 1), "فيه" | "فيها") {
            return None;
        }
        let v = (i.saturating_sub(12)..i)
            .rev()
            .take_while(|&k| d.toks[k].sep & SEP_SENTENCE == 0)
            .find(|&k| MADE_PUBLIC.contains(&self.bare(k)))?;
        // Not a subject cut short before its number («القناة 12 تقريراً»).
        let mut np = self
            .np_at(v + 1, true, false)
            .filter(|np| np.b < i && !self.governed(np) && !is_number(self.word(np.b)))?;
        // «الأمين العام لحزب الله كلمة متلفزة»: the thing published, written without its
        // tanween, ends the subject's phrase.
        if np.entity.is_none() {
            if let Some(x) = (np.a + 1..np.b).find(|&x| SPEECHES.contains(&self.word(x))) {
                np.b = x;
                np.name = np.name.filter(|&(a, _)| a < x).map(|(a, e)| (a, e.min(x)));
            }
        }
        // «مقالاً للكاتب فلان، قال فيه»: the writer speaks in their article; a writer the rules
        // cannot read is still not the publisher, so no one is credited.
        if let Some(k) = (np.b..i).find_map(|k| self.writer_at(k, i)) {
            let Some(writer) = self
                .np_at(k, false, true)
                .filter(|w| w.ty == Some(SourceType::Person))
            else {
                return Some(Party {
                    unresolved: true,
                    ..Default::default()
                });
            };
            let mut p = self.party_of(&writer, prior);
            // «للقائد العسكري فلان»: the name without the «لـ» of the writing.
            if let Some(t) = p.source_text.as_mut() {
                if let Some(r) = t.strip_prefix("لل") {
                    *t = format!("ال{r}");
                } else if t.starts_with('ل') {
                    t.remove(0);
                }
            }
            p.grow(writer.a, i + 1);
            return Some(p);
        }
        // «نشرت وكالة تسنيم مقابلة مع قائد الحرس، قال فيها»: an interview with, or a letter
        // from, someone else is theirs to speak in.
        if (np.b..i)
            .any(|k| matches!(self.bare(k), "مع" | "من") || self.word(k).starts_with("مقابل"))
        {
            return None;
        }
        let mut p = self.party_of(&np, prior);
        p.grow(np.a, i + 1);
        Some(p)
    }

    /// «تصريحات القاضي عبّود، والتي قال فيها إنّ …», «بكلمة الأمين العام السيد نصر الله في 12 تموز،
    /// التي قال فيها …», «رسالة غالانت إلى الحكومة، والتي حذّر فيها …»: a verb after a relative
    /// pronoun and «فيه/فيها» speaks in the statement named before, whose owner (its genitive,
    /// a named person, organisation or outlet) is the speaker. Also «ألقى فلان خطبة العيد، التي
    /// أكّد فيها …» (`said_in_it`).
    pub(super) fn document_owner(&self, i: usize, prior: &[Attribution]) -> Option<Party> {
        let d = self.d;
        if i < 2
            || i + 1 >= d.len()
            || !matches!(self.word(i - 1), "الذي" | "التي")
            || !matches!(self.word(i + 1), "فيه" | "فيها")
        {
            return None;
        }
        self.statement_owner(i, prior)
            .or_else(|| self.said_in_it(i, prior))
    }

    /// The owner of the statement named before the relative pronoun at i − 1 (`document_owner`).
    fn statement_owner(&self, i: usize, prior: &[Attribution]) -> Option<Party> {
        let d = self.d;
        let doc = (i.saturating_sub(20)..i - 1)
            .rev()
            .take_while(|&k| d.toks[k].sep & SEP_SENTENCE == 0)
            .find(|&k| SPEECHES.contains(&self.word_after_prep(k)))?;
        // «تصريحات سابقة للرئيس التنفيذي …»: the owner after «لـ», and after an adjective of time.
        let mut o = doc + 1;
        if matches!(
            self.word(o),
            "سابقه"
                | "السابقه"
                | "اخيره"
                | "الاخيره"
                | "جديده"
                | "الجديده"
                | "الشهيره"
                | "الشهير"
        ) {
            o += 1;
        }
        let with_l = self.word(o).starts_with('ل');
        let np = self.np_at(o, true, with_l).filter(|np| {
            // A person linked or named, or one definite office («رسالة الوزير»); a body linked.
            let named = match np.ty {
                Some(SourceType::Person) => {
                    np.entity.is_some()
                        || np.name.is_some()
                        || (TITLE_HEADS.contains(&self.word(np.a).trim_start_matches('ل'))
                            && self.d.toks[np.a].norm.contains("ال"))
                }
                Some(SourceType::Org | SourceType::Outlet) => np.entity.is_some(),
                _ => false,
            };
            named && !np.anonymous && np.b < i
        })?;
        // Between the owner and the pronoun only a time, a place or the one addressed.
        if (np.b..i - 1).any(|k| self.is_cue_word(k) || matches!(self.bare(k), "مع" | "من")) {
            return None;
        }
        let mut p = self.party_of(&np, prior);
        p.grow(np.a, i + 1);
        Some(p)
    }

    /// «مقالاً لتوماس فريدمان», «تصريحاً لوزير الخارجية», «للكاتب فلان» at k (before the cue at
    /// i): where the writer's phrase starts, with its «لـ».
    /// Not a letter or a call «للرئيس»: that is the one addressed.
    fn writer_at(&self, k: usize, i: usize) -> Option<usize> {
        let w = self.word(k);
        if (w.starts_with("مقال") && k + 1 < i && self.word(k + 1).starts_with('ل'))
            || (w == "بقلم" && k + 1 < i)
        {
            return Some(k + 1);
        }
        // Only a writing, a speech or a recording is written or given by the one after «لـ».
        let writing = k > 0 && {
            // The normal form, not `word`: «فيديو» opens with no conjunction.
            let o = self.d.toks[k - 1].norm.as_str();
            ["مقال", "تصريح", "خطاب", "كلمه", "فيديو", "مصور", "تسجيل"]
                .iter()
                .any(|p| o.starts_with(p))
        };
        let r = w.strip_prefix('ل').filter(|_| writing)?;
        let title = match r.strip_prefix('ل') {
            Some(r) => TITLE_HEADS.contains(&format!("ال{r}").as_str()),
            None => TITLE_HEADS.contains(&r),
        };
        let person = self.mention(k).is_some_and(|m| {
            self.kind(m) == Kind::Person && m.prefix.trim_start_matches('و').starts_with('ل')
        });
        (title || person).then_some(k)
    }

    /// «كان», «كانت», «كانوا» (with «و» or not): the auxiliary that may open a clause before its
    /// subject.
    fn is_aux(&self, k: usize) -> bool {
        matches!(self.bare(k), "كان" | "كانت" | "كانوا")
    }

    /// The party ending right before the verb at i (subject–verb order): «لكن موقع أكسيوس الأميركي
    /// كشف», «وكان الرئيس السوري أحمد الشرع قد أعلن», «أن كاجر أكد».
    pub(super) fn backward(&self, i: usize, prior: &[Attribution]) -> Option<Party> {
        if let Some(p) = self.said_in_it(i, prior) {
            return Some(p);
        }
        let mut end = i;
        if end > 0 && matches!(self.bare(end - 1), "قد" | "لقد") {
            end -= 1;
            // «يُذكر أنّ أنقرة كانت قد حذّرت»: the subject before the auxiliary.
            if end > 0 && matches!(self.bare(end - 1), "كان" | "كانت" | "كانوا") {
                end -= 1;
            }
        }
        // «نتنياهو نفسه أعلن»: the subject before its reflexive.
        // Not «وهاجم لابيد نتنياهو نفسه، وقال …»: the reflexive ends an object there, and the
        // verb after the comma opens a clause of its own.
        if end > 1
            && end == i
            && matches!(self.bare(end - 1), "نفسه" | "نفسها" | "ذاته" | "ذاتها")
            && !self.brk(end - 2)
            && !self.brk(end - 1)
            && !self.d.toks[i].norm.starts_with(['و', 'ف'])
        {
            end -= 1;
        }
        if end == 0 {
            return None;
        }
        if let Some(topic) = self.amma_topic(i) {
            return self.credit_before(&topic?, i, prior);
        }
        if let Some(antecedent) = self.relative_antecedent(end, i) {
            return self.credit_before(&antecedent?, i, prior);
        }
        // «وكانت وكالة "موديز" للتصنيف الائتماني، قد استبعدت»: a comma between the subject after
        // the auxiliary and «قد».
        if end < i && self.brk(end - 1) && self.d.toks[end - 1].sep & SEP_SENTENCE == 0 {
            let aux = (end.saturating_sub(10)..end - 1).rev().find(|&a| {
                self.is_aux(a) && (a == 0 || self.brk(a - 1)) && !(a..end - 1).any(|x| self.brk(x))
            });
            if let Some(np) = aux
                .and_then(|a| self.np_at(a + 1, true, false))
                .filter(|np| np.b == end && !self.governed(np))
            {
                let mut p = self.party_of(&np, prior);
                p.grow(np.a, i + 1);
                return Some(p);
            }
        }
        if self.brk(end - 1) {
            return self
                .backward_apposition(end, i, prior)
                .or_else(|| self.name_in_commas(end, i, prior));
        }
        let mut best: Option<Np> = None;
        // Where the outlet an unnamed subject spoke to starts, when it stands before the verb.
        let mut spoke_to = None;
        // «مسؤول أمريكي لشبكة سي إن إن يؤكد»: the outlet spoken to right before the verb is not
        // its subject; the subject ends where it starts.
        // Not the article's own outlet: «مصادر للميادين تؤكد» is the publisher's own sources.
        if let Some(j) = (end.saturating_sub(6)..end)
            .find(|&j| {
                j > 0
                    && self
                        .recipient(j)
                        .is_some_and(|(_, e, own)| e == end && !own)
            })
            // «تقرير لصحيفة "فايننشال تايمز" ذكر»: the newspaper's report, not one spoken to.
            .filter(|&j| {
                let document = |k: usize| {
                    let w = self.word(k);
                    STATEMENT_NOUNS.contains(&w.strip_prefix("ال").unwrap_or(w))
                };
                !(self.brk(j - 1) || document(j - 1) || (j >= 2 && document(j - 2)))
            })
        {
            spoke_to = Some(j);
            end = j;
        }
        let mut k = end;
        while k > 0 && k + 7 > end {
            k -= 1;
            if let Some(m) = self.mention(k) {
                k = m.toks.0;
            }
            if k + 1 < end && self.brk(k) {
                break;
            }
            let n = self.bare(k);
            // A quoted name is no stop word («قناة "كان"»), nor complementizer («"إن بي سي"»).
            if (is_complementizer(n) && self.d.toks[k].quote == 0)
                || (STOPS.contains(&n) && self.mention(k).is_none() && self.d.toks[k].quote == 0)
            {
                // «أن كاجر أكد»: an unknown name between a complementizer and the verb.
                if best.is_none() && is_complementizer(n) {
                    // «أنّ صفقة التبادل تعتبر …»: ordinary words are no name.
                    let common = crate::extract::tagger::common_words();
                    let plain = |x: usize| {
                        let w = self.word(x);
                        !common.contains(w) && !w.starts_with("ال")
                    };
                    if let Some(e) = self
                        .unknown_name(k + 1, false)
                        .filter(|&e| e == end && (k + 1..e).all(plain))
                    {
                        best = Some(Np {
                            a: k + 1,
                            b: e,
                            ty: Some(SourceType::Person),
                            name: Some((k + 1, e)),
                            ..Default::default()
                        });
                    }
                }
                break;
            }
            if k + 1 < end && self.is_cue_word(k) {
                break;
            }
            if let Some(mut np) = self.np_at(k, true, false) {
                // «وكالة "تسنيم" الإيرانية تنقل»: adjectives after a quoted name close the phrase.
                while np.b < end
                    && self.d.toks[np.b].norm.starts_with("ال")
                    && is_nisba(self.word(np.b))
                {
                    np.b += 1;
                }
                if np.b == end {
                    best = Some(np);
                }
            }
        }
        // «الملاكم السوري كريم ناصيف يؤكد»: two or three words before the verb that are never
        // ordinary ones, after a definite word or the sentence start.
        if best.is_none() {
            let common = crate::extract::tagger::common_words();
            for len in [3, 2] {
                let Some(k) = end.checked_sub(len) else {
                    continue;
                };
                let opens = k == 0
                    || self.brk(k - 1)
                    || (self.d.toks[k - 1].norm.starts_with("ال") && self.mention(k - 1).is_none());
                let plain = (k..end).all(|x| {
                    let w = self.word(x);
                    !common.contains(w) && !is_nisba(w) && !w.starts_with("ال")
                });
                if opens && plain && self.unknown_name(k, true) == Some(end) {
                    best = Some(Np {
                        a: k,
                        b: end,
                        ty: Some(SourceType::Person),
                        name: Some((k, end)),
                        ..Default::default()
                    });
                    break;
                }
            }
        }
        // «المقاومة الإسلامية في العراق تعلن»: the look back stopped at the preposition; the
        // subject opens the clause, with a short phrase after it.
        if best.as_ref().is_none_or(|np| self.governed(np)) {
            // «يُشار إلى أنّ قائد وحدة دبابات في الجيش الروسي أعلن»: or right after «أنّ».
            if let Some(k0) = (end.saturating_sub(9)..end)
                .rev()
                .find(|&k| {
                    k == 0
                        || self.brk(k - 1)
                        // «شبكة "إن بي سي" تكشف»: «إن» inside a quoted name is none.
                        || (is_complementizer(self.bare(k - 1)) && self.d.toks[k - 1].quote == 0)
                })
                // «وكان مراسل الميادين في سوريا قد أفاد»: the subject after the auxiliary.
                .map(|k| k + usize::from(self.is_aux(k) && k + 1 < end))
            {
                if let Some(mut np) = self.np_at(k0, true, false) {
                    // «السفير الإيراني في موسكو»: the phrase may already hold the place.
                    if np.b == end {
                        best = Some(np);
                    } else if let Some(b) = self.adjunct_to(&np, k0, end) {
                        np.b = b;
                        best = Some(np);
                    } else if np.anonymous && self.recipient(np.b).is_some_and(|(_, e, _)| e == end)
                    {
                        // «مصادر لرويترز تقول»: unnamed sources and the outlet they spoke to.
                        spoke_to = Some(np.b);
                        best = Some(np);
                    }
                }
            }
        }
        let np = best?;
        // «… في سوريا أفاد»: a phrase governed by a preposition is not the subject.
        if self.governed(&np) {
            return None;
        }
        // «المقاومة … تكبّد العدو خسائر … وتعلن», «هاجم حماس وتقول»: a verb with «و» on it goes
        // on with the subject of the clause before it; the words right before it are that
        // clause's object, and its subject only right after a past verb («استهجنت الوزارة وندّدت»,
        // not «ليبرمان ينتقد نتنياهو ويقول»).
        let n = self.d.toks[i].norm.as_str();
        if n.starts_with('و')
            && n != self.bare(i)
            && !self.brk(i - 1)
            && !(np.a > 0 && super::cues::is_past_reporting(self.bare(np.a - 1)))
        {
            return None;
        }
        let mut p = self.party_of(&np, prior);
        if let Some(k) = spoke_to {
            self.after_unnamed(k, &mut p);
        }
        p.grow(np.a, i + 1);
        Some(p)
    }

    /// Is the phrase governed by a preposition before it («… في سوريا أفاد»)?
    fn governed(&self, np: &Np) -> bool {
        if np.a > 0 && !self.brk(np.a - 1) {
            let before = self.bare(np.a - 1);
            if matches!(
                before,
                "في" | "من"
                    | "الي"
                    | "علي"
                    | "عن"
                    | "مع"
                    | "ضد"
                    | "بعد"
                    | "قبل"
                    | "منذ"
                    | "حول"
                    | "بين"
                    | "امام"
                    | "خلال"
                    | "لدي"
                    | "عند"
                    | "نحو"
                    | "مثل"
            ) {
                return true;
            }
        }
        false
    }

    /// The last outlet named with the noun of the definite back-reference at `j` («الموقع» →
    /// «موقع "غراي زون"»), within the 300 tokens before it.
    fn named_outlet_before(&self, j: usize) -> Option<Np> {
        let noun = self.word(j);
        let noun = noun.strip_prefix("ال").unwrap_or(noun);
        (j.saturating_sub(300)..j)
            .rev()
            .filter(|&k| self.word(k) == noun)
            .find_map(|k| {
                self.np_at(k, false, false).filter(|np| {
                    np.ty == Some(SourceType::Outlet) && np.b > k + 1 && !np.outlet_coref
                })
            })
    }

    /// Who published or wrote the article, report or study (`stem` of `document_stem`) that «المقال»,
    /// «التقرير», «الدراسة» at `j` points back to: its last indefinite mention («مقالاً», «تقريراً»)
    /// within the 300 tokens before, and the subject of «نشر»/«كتب»/«أصدر»/«أعدّ» among the eight
    /// words before that («نشر الكاتب فلان في صحيفة … مقالاً» is the writer's) or the maker after it
    /// («تقرير نشرته صحيفة …»), else an outlet's phrase there. None for other documents.
    fn publisher_of(&self, j: usize, stem: &str) -> Option<Np> {
        let nouns: &[&str] = match stem {
            "مقال" => &["مقالا", "مقال", "مقاله"],
            "تقرير" => &["تقريرا", "تقرير"],
            "دراس" => &["دراسه"],
            _ => return None,
        };
        // «نتائج الدراسة التي أجرتها جامعة القاهرة»: a definite mention with its maker counts too.
        let with_maker = |k: usize| {
            k + 2 < self.d.len()
                && matches!(self.word(k + 1), "التي" | "الذي")
                && MADE_BY.contains(&self.word(k + 2))
        };
        let k = (j.saturating_sub(300)..j).rev().find(|&k| {
            let w = self.word(k);
            nouns.contains(&w)
                || (w.strip_prefix("ال").is_some_and(|r| nouns.contains(&r)) && with_maker(k))
        })?;
        let made = |np: &Np| {
            matches!(
                np.ty,
                Some(SourceType::Outlet | SourceType::Person | SourceType::Org)
            ) && !np.anonymous
                && !np.statement
                && !np.dual
        };
        let subject = (k.saturating_sub(8)..k)
            .find(|&v| {
                matches!(
                    self.word(v),
                    "نشر" | "نشرت" | "كتب" | "كتبت" | "اصدر" | "اصدرت" | "اعد" | "اعدت"
                )
            })
            .and_then(|v| self.np_at(v + 1, false, false))
            .filter(|np| made(np) && np.b <= k && !np.outlet_coref);
        // «مقال نشرته صحيفة "هآرتس"», «تقرير أعدّته الوزارة»: the maker after the document.
        let after = if with_maker(k) {
            self.np_at(k + 3, false, false)
        } else if k + 1 < self.d.len()
            && (matches!(self.word(k + 1), "كتبه" | "كتبته") || MADE_BY.contains(&self.word(k + 1)))
        {
            self.np_at(k + 2, false, false)
        } else {
            None
        }
        .filter(made);
        subject.or(after).or_else(|| {
            (k.saturating_sub(8)..k).rev().find_map(|m| {
                self.np_at(m, false, false)
                    .filter(|np| np.ty == Some(SourceType::Outlet) && np.b <= k && !np.outlet_coref)
            })
        })
    }

    /// «المندوب الإيراني لدى الأمم المتحدة يؤكد», «حكومة البرازيل في خطتها الجديدة تقول»: a subject
    /// that opens its sentence, then a short phrase opened by a preposition, then the verb at `end`.
    /// The phrase belongs to the name when it is «في» + a place («المقاومة الإسلامية في العراق»):
    /// the end of the name then, else the subject's own end.
    fn adjunct_to(&self, np: &Np, k: usize, end: usize) -> Option<usize> {
        let opens =
            k == 0 || self.brk(k - 1) || (self.is_aux(k - 1) && (k == 1 || self.brk(k - 2)));
        let pp = self.bare(np.b);
        if !opens
            || np.b <= k
            || np.b >= end
            || end - np.b > 6
            || !matches!(pp, "في" | "لدي" | "عبر")
            || (np.b..end)
                .any(|x| self.brk(x) || self.is_cue_word(x) || is_complementizer(self.bare(x)))
        {
            return None;
        }
        let place = self.mention_at(np.b + 1).is_some_and(|m| {
            m.toks.1 == end && matches!(self.kind(m), Kind::Place | Kind::Country)
        });
        Some(if pp == "في" && place { end } else { np.b })
    }
}

/// «لرويترز», «لوكالة الأناضول», «لـ"سانا"», «للميادين»: the outlet spoken to, without the «لـ».
fn without_lam(t: &str) -> String {
    if let Some(r) = t.strip_prefix("لل") {
        format!("ال{r}")
    } else if let Some(r) = t.strip_prefix("لـ") {
        r.trim_start().to_string()
    } else {
        t.strip_prefix('ل').unwrap_or(t).to_string()
    }
}

/// The organisation credited last (not anonymous, not through an outlet) whose name opens with
/// `head` (a normal form without «ال»: «نقابه», «وكاله»).
fn last_org_under<'p>(head: &str, prior: &'p [Attribution]) -> Option<&'p Attribution> {
    prior.iter().rev().find(|a| {
        a.source_type == Some(SourceType::Org)
            && !a.anonymous
            && a.via_type.is_none()
            && a.source_text.as_deref().is_some_and(|t| {
                t.split_whitespace()
                    .next()
                    .is_some_and(|w| crate::arabic::normalize(w) == head)
            })
    })
}

/// A party that names who speaks (a person or an organisation, not an unnamed source, an outlet or
/// the publisher's own reporting): with an intermediary, it stays the source and the intermediary is
/// the via. An unnamed source stays behind the outlet that vouches for it (source = the outlet).
pub(super) fn named_party(p: &Party) -> bool {
    !p.anonymous
        && !p.self_reported
        && matches!(p.source_type, Some(SourceType::Person | SourceType::Org))
}

/// «… فضّل عدم الكشف عن هويته»: a phrase that says its source is unnamed.
pub(super) fn text_says_unnamed(s: &str) -> bool {
    s.contains("الكشف") || s.contains("هويته") || s.contains("اسمه")
}

impl Ctx<'_> {
    /// «تبنّت المقاومة الإسلامية القصف، مؤكدةً أنّ …», «استقبل الرئيس فلان الوفد، مشيراً إلى …»: a
    /// participle with no speaker before it in its paragraph credits the subject of its sentence's
    /// first verb (or the named party that opens it), when the two agree in gender. One bounded
    /// look back to the sentence start per participle.
    /// `outlets`: an outlet may be that subject too («نشرت صحيفة … تقريراً قالت فيه»).
    pub(super) fn sentence_subject(
        &self,
        i: usize,
        gender: Gender,
        prior: &[Attribution],
        outlets: bool,
    ) -> Option<Party> {
        let d = self.d;
        let sent = d.toks[i].sentence;
        let mut s = i;
        while s > 0 && i - s < 60 && d.toks[s - 1].sentence == sent {
            s -= 1;
        }
        if s > 0 && d.toks[s - 1].sentence == sent {
            return None;
        }
        let start = s;
        // «قللت مواقع أجنبية متخصصة من أهمية الهجوم، وأكدت أنّ …»: a collective that hides nobody
        // (media, reports) may be that subject too.
        // «الأعلام الفلسطينية» (flags) is no «الإعلام» (the media): that one only with its «إ».
        let collective = |np: &Np| {
            let w = self.word(np.a);
            np.ty == Some(SourceType::Descriptive)
                && DESC_NOT_PEOPLE.contains(&w)
                && (!matches!(w, "الاعلام" | "اعلام") || d.slice(np.a, np.a + 1).contains('إ'))
                && !np.backref
        };
        let named = |np: &Np| {
            !np.anonymous
                && !np.statement
                && !np.dual
                && !np.outlet_coref
                && !np.own
                && (matches!(np.ty, Some(SourceType::Person | SourceType::Org))
                    || (outlets && np.ty == Some(SourceType::Outlet))
                    || collective(np))
                && np.b <= i
        };
        let opening = self.np_at(s, true, false).filter(|np| named(np));
        if opening.is_none() {
            // An opener up to its comma: «بدوره،», «من جهته،», «وقبل وصول الوزير بساعات،», «وفي
            // تشرين الثاني/نوفمبر الماضي،» (its «و» aside).
            let w = self.word(s);
            let adverbial = matches!(
                w.strip_prefix('و').unwrap_or(w),
                "بدوره"
                    | "بدورها"
                    | "من"
                    | "في"
                    | "قبل"
                    | "بعد"
                    | "خلال"
                    | "منذ"
                    | "عقب"
                    | "اثر"
            );
            let reach = if adverbial { 8 } else { 4 };
            // Not past a counterpart («والتقى الرئيس نظيره الفرنسي، فلان، وأكد»): the name after
            // the comma is the counterpart's.
            // Nor past a reporting verb («وقال إنّ نتنياهو، جرّ "إسرائيل"…»): its claim follows.
            if let Some(k) = (s..(s + reach).min(i)).find(|&k| self.brk(k)) {
                // «وأصدرت وزارة الصحة بياناً، أكدت فيه …»: a verb and its subject before the comma
                // open the sentence themselves.
                // Not a place after the verb («زار دمشق أمس، وقال …»: visited, the place its object).
                let verb_first = !adverbial
                    && self.np_at(s + 1, true, false).is_some_and(|np| {
                        named(&np)
                            && np.b <= k
                            && np.entity.is_none_or(|e| !self.g.entity(e).kind.is_geo())
                    });
                if !verb_first
                    && !(s..=k).any(|x| {
                        self.word(x).starts_with("نظير")
                            || (self.is_cue_word(x) && is_complementizer(self.bare(x + 1)))
                    })
                {
                    s = k + 1;
                }
            }
        }
        let np = match opening.or_else(|| self.np_at(s, true, false).filter(|np| named(np))) {
            Some(np) => np,
            None => {
                // A verb first: not a cue with a row of its own (a cue whose claim was not found,
                // «تحدّث فلان إلى …، عن …», opens the sentence like any verb), not a noun or a name.
                let w = self.word(s);
                let own_row = || {
                    prior
                        .iter()
                        .rev()
                        .take(4)
                        .any(|a| a.toks.0 <= s && s < a.toks.1)
                };
                let commented = w == "عقب" && d.slice(s, s + 1).contains('\u{0651}');
                let verb_like = s + 1 < i
                    && !self.brk(s)
                    && d.toks[s].quote == 0
                    && !d.toks[s].norm.starts_with("ال")
                    // «طلب»/«رفض» stop a source phrase («طلب عدم الكشف عن اسمه»), but open a
                    // sentence as verbs.
                    // «عقّب» (commented) with its shadda is the verb, not «عقب» (after).
                    && (commented
                        || ((!STOPS.contains(&w) || matches!(w, "طلب" | "رفض"))
                            && !PP_HEADS.contains(&w)))
                    && (!self.is_cue_word(s) || !own_row())
                    && self.mention(s).is_none()
                    // «وأدلى» ends in «ى», which no nisba does.
                    && (!is_nisba(w) || d.slice(s, s + 1).ends_with('ى'));
                // No indefinite accusative inside a subject: «وتمنّى رئيس مجلس الإدارة لشبكة
                // "تيليسور" مزيداً من التألّق، …» runs on into the verb's object.
                // «وطالبوا حماس بالإفراج …، مؤكدين»: after a plural verb the phrase is its object.
                let first_verb = (verb_like && !w.ends_with("وا"))
                    .then(|| self.np_at(s + 1, true, false))
                    .flatten()
                    .filter(|np| named(np) && !d.slice(np.a, np.b).contains('\u{064B}'));
                // «وخلال هذه الزيارة التقى المقداد الرئيس تبون، وقال إنّ …»: past an opener no rule
                // reads, a verb of meeting or visiting with its named subject, the nearest before.
                let doing = || {
                    (start..i).rev().find_map(|k| {
                        let w = self.bare(k);
                        let w = w.strip_suffix('ت').unwrap_or(w);
                        // Verb first: not after its subject («بيرنز قد زار طرابلس»), nor in a
                        // relative clause («الذي التقى الوزير»), where what follows is the object;
                        // and a person, not a place visited.
                        let verb_first = k == start
                            || (k > start && self.brk(k - 1))
                            || (k > start
                                && self.mention_at(k - 1).is_none()
                                && self.ext_at(k - 1).is_none()
                                && !matches!(
                                    self.bare(k - 1),
                                    "قد" | "الذي" | "التي" | "الذين" | "كان" | "كانت"
                                ));
                        (DOING.contains(&w) && d.toks[k].quote == 0 && !self.brk(k) && verb_first)
                            .then(|| self.np_at(k + 1, true, false))
                            .flatten()
                            .filter(|np| {
                                named(np)
                                    && np.ty == Some(SourceType::Person)
                                    && np.b <= i
                                    && np.a == k + 1
                                    // «ألقى الوزير بظلال من الشك», «التقى شي برئيس بوروندي»:
                                    // the verb's «بـ» object is no part of its subject.
                                    && !(np.a + 1..np.b).any(|x| {
                                        d.toks[x].norm.starts_with('ب') && self.mention_at(x).is_none()
                                    })
                            })
                    })
                };
                first_verb.or_else(doing)?
            }
        };
        // Gender: «مؤكدةً» wants a feminine subject («المقاومة», «وزارة»), «مؤكداً» a masculine one.
        let head = self.word(np.a);
        // «القوات», «السلطات»: a plural of things or groups agrees in the feminine.
        // So do the broken plurals that head armed groups («سرايا القدس», «كتائب القسام»).
        let fem_head = head.ends_with('ه')
            || (head.ends_with("ات") && head.chars().count() > 4)
            || matches!(head, "سرايا" | "كتايب" | "فصايل");
        // A plural of things («مواقع», «وسائل») agrees in the feminine.
        let fem_head = fem_head || collective(&np);
        let agrees = match gender {
            Gender::Fem => fem_head || (np.entity.is_some() && np.ty == Some(SourceType::Org)),
            Gender::Masc => !(fem_head && np.ty == Some(SourceType::Org)),
            Gender::Unknown => true,
        };
        if !agrees {
            return None;
        }
        let mut p = self.party_of(&np, prior);
        // «وطالبت الاتحاد بالتدخل. وأكد أنّ …»: a head with nobody to point back to, kept as
        // written where it speaks, is no subject to go on with.
        if (np.org_coref || np.outlet_coref)
            && p.source.is_none()
            && p.source_type == Some(SourceType::Descriptive)
        {
            return None;
        }
        p.span = None;
        p.has_party().then_some(p)
    }
}

/// A phrase that names a party of its own: a person, organisation or outlet, not an unnamed source
/// nor a pointer back to one («البيان», «الرئيسان», «المصدر», «الصحيفة», «النقابة»).
fn names_party(np: &Np) -> bool {
    matches!(
        np.ty,
        Some(SourceType::Person | SourceType::Org | SourceType::Outlet)
    ) && !(np.anonymous || np.statement || np.dual || np.backref || np.outlet_coref || np.org_coref)
}
