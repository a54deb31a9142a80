//! Meeting event reports: trigger words, then per trigger the venue, parties, mediator, status and
//! date found in its stretch of the sentence; hits describing the same meeting are merged so an
//! article yields one report per meeting.

use chrono::{Datelike, NaiveDate};

mod date_parts;
mod dating;
mod triggers;

pub(crate) use date_parts::DateParts;

use super::attrib::Attribution;
use super::doc::{strip_conj, Doc, SEP_SENTENCE};
use super::gazetteer::{AliasKind, Gazetteer, Kind};
use super::mentions::Mention;
use super::when::{self, Dir, Resolved, When};
use triggers::*;

pub use crate::vocab::{Role, Status};

/// The direction in time a status implies for a relative date: held = past, planned = future.
fn tense(s: Status) -> Option<Dir> {
    match s {
        Status::Planned => Some(Dir::Future),
        Status::Held => Some(Dir::Past),
        Status::Ongoing | Status::Unknown => None,
    }
}

/// One article's claim about one meeting.
#[derive(Debug, Clone)]
pub struct EventReport {
    pub kind: &'static str,
    pub status: Status,
    pub trigger_text: String,
    /// The sentence making the claim (char offsets in the body).
    pub start: usize,
    pub end: usize,
    pub place: Option<u32>,
    pub place_text: Option<String>,
    pub participants: Vec<(u32, Role)>,
    pub participants_text: Option<String>,
    /// Countries or organisations set as the sides («بين السعودية وإيران»): participants only if,
    /// once merged, the report names no person.
    sides: Vec<u32>,
    pub date: Option<When>,
    pub resolved: Option<Resolved>,
    /// The date is a day and month without a year in a sentence that names another year
    /// («… في 11 أيلول 1931 … وصل في الرابع عشر من أيلول»): its year is the story's, not the
    /// publication's, so it stays unresolved with its raw text.
    unanchored: bool,
    /// The trigger's token.
    trigger_at: usize,
    /// Index into the extraction's attributions.
    pub attribution: Option<usize>,
    definite: bool,
    weak: bool,
    verb: bool,
    /// «الاجتماع السابق», «آخر زيارة», «اجتماع آخر»: an earlier or another meeting, never the
    /// one the article reports.
    previous: bool,
    /// «اجتماعات», «زيارات»: meetings in general, which take no other hit's date.
    plural: bool,
}

/// Kinds whose hits can lend each other a date: talks and receptions are meetings, but a visit
/// («الزيارة التي تبدأ الثلاثاء») or a summit lasts longer than the meeting held during it.
fn date_kin(a: &str, b: &str) -> bool {
    fn group(k: &str) -> &str {
        match k {
            "meeting" | "talks" | "reception" => "meeting",
            k => k,
        }
    }
    group(a) == group(b)
}

struct Ctx<'a> {
    g: &'a Gazetteer,
    d: &'a Doc<'a>,
    /// Tokens inside attribution cue spans (their places and dates belong to the attribution).
    in_attr: Vec<bool>,
    /// The kinds of the article's discovered names: entity index `gazetteer size + k` is `found[k]`.
    found: &'a [Kind],
}

impl Ctx<'_> {
    fn kind(&self, m: &Mention) -> Kind {
        match self.discovered(m) {
            Some(k) => self.found[k],
            None => self.g.entity(m.entity).kind,
        }
    }

    /// The index into the discovered names when the mention names one (the tagger's, not the
    /// gazetteer's).
    fn discovered(&self, m: &Mention) -> Option<usize> {
        let base = self.g.entities.len() as u32;
        m.entity.checked_sub(base).map(|k| k as usize)
    }

    /// Is this place mention the venue of the trigger at i?
    /// `noun`: the trigger is a noun; `named_next`: a name starts right after it.
    fn venue(&self, m: &Mention, i: usize, visit: bool, noun: bool, named_next: bool) -> bool {
        let (a, _) = m.toks;
        let d = self.d;
        if self.in_attr[a] {
            return false;
        }
        if a < i {
            // Before the trigger only as host («باكو ستستضيف ... اجتماعاً») or right after the
            // verb that convenes it («انعقدت أمس في بغداد جولة محادثات»).
            let after = m.toks.1;
            let convened = i <= after + 1
                && a > 0
                && matches!(d.bare(a - 1), "في" | "in")
                && (a.saturating_sub(4)..a - 1).any(|j| {
                    matches!(
                        d.bare(j),
                        "انعقدت"
                            | "انعقد"
                            | "عقد"
                            | "عقدت"
                            | "جرت"
                            | "ستعقد"
                            | "سيعقد"
                            | "تعقد"
                            | "يعقد"
                            | "ستنعقد"
                    )
                });
            return convened
                || (after..(after + 2).min(d.len())).any(|j| HOST.contains(&d.bare(j)));
        }
        // A topic, a reported claim («… أنّ "إسرائيل" تقتل المدنيين في فلسطين») or another clause
        // («… فيما رفضت الهند الانتقادات الموجهة إلى روسيا») stands between the trigger and the place.
        if (i + 1..a).any(|j| {
            let w = d.bare(j);
            TOPIC.contains(&w)
                || CLAUSE_OPENERS.contains(&w)
                || matches!(w, "ان" | "انه" | "انها" | "بان" | "بانه" | "بانها")
        }) || dating::other_clause_between(d, i, a)
            // «بعد عام من بدء العملية العسكرية في أوكرانيا»: the place of the event counted from.
            || (i + 1..a.saturating_sub(1)).any(|j| {
                matches!(d.bare(j), "بعد" | "قبل" | "منذ")
                    && matches!(
                        d.bare(j + 1),
                        "عام" | "اعوام" | "سنه" | "سنوات" | "شهر" | "اشهر" | "اسبوع" | "اسابيع"
                            | "يوم" | "ايام" | "ساعات" | "يومين" | "عامين" | "شهرين"
                    )
            })
        {
            return false;
        }
        let prefix = m.prefix.trim_start_matches(['و', 'ف']);
        // «اجتماع الدوحة», «قمة بغداد»: a city in construct with the trigger noun, only as a
        // fallback (see `construct_city`).
        // A visit's is its destination («زيارة طهران»).
        if noun && !visit && a == i + 1 && prefix.is_empty() && self.kind(m) == Kind::Place {
            return false;
        }
        // «في العاصمة أنقرة», «إلى مدينة جدة»: the preposition governs the descriptor and the name.
        let mut p = a;
        while p > i + 1 && matches!(d.bare(p - 1), "العاصمه" | "مدينه" | "المدينه" | "عاصمه")
        {
            p -= 1;
        }
        let prev = if p > 0 { d.bare(p - 1) } else { "" };
        // «إلى» names a venue for a visit or a verb («وصل إلى»), not after a meeting noun («مباحثات
        // جدة إلى السودان» is the delegation's return).
        let to =
            (matches!(prev, "الي" | "إلى" | "الى") && (visit || !noun)) || (prev == "to" && visit);
        if to && (a.saturating_sub(4)..a).any(|j| ENVOY.contains(&d.bare(j))) {
            return false; // «المبعوث الأميركي الخاص إلى سوريا»: a title, not a destination
        }
        let in_ = matches!(prev, "في" | "وفي" | "in" | "at");
        let title_at = (p.saturating_sub(5)..p - 1)
            .find(|&j| TITLE.contains(&d.bare(j)) || TITLE.contains(&d.toks[j].norm.as_str()));
        // «بالرئيس الجزائري في الجزائر»: a title that names its country already is met there.
        let national = title_at.is_some_and(|t| {
            (t + 1..p - 1).any(|j| {
                d.bare(j)
                    .strip_prefix("ال")
                    .is_some_and(|w| self.g.adjectives.contains_key(w))
            })
        });
        if in_
            && self.kind(m) == Kind::Country
            && title_at.is_some()
            && !national
            && !(p.saturating_sub(5)..p - 1).any(|j| d.breaks_after(j))
        {
            return false; // «وزير الصناعة والتجارة في مالي»: an office, not a venue
        }
        prefix.starts_with('ب')
            || (prefix.starts_with('ل') && visit)
            || in_ && !prefix.starts_with('ل')
            || to
            || m.alias == AliasKind::Descriptive
            // «زار طهران», «زار لافروف طهران»; not «هذه الزيارة أطلقت كوريا الشمالية».
            || (visit
                && (a == i + 1
                    || (a == i + 2
                        && (named_next
                            || matches!(
                                d.bare(i + 1),
                                "جنوب" | "شمال" | "شرق" | "غرب" | "وسط" | "سابقا" | "موخرا" | "مؤخرا"
                                    | "ايضا" | "امس" | "اليوم" | "رسميا" | "اخيرا"
                            )))))
    }
}

impl EventReport {
    pub(crate) fn date_parts(&self) -> DateParts {
        DateParts::of(self.date.as_ref(), self.resolved.as_ref())
    }

    fn compatible(&self, o: &EventReport) -> bool {
        self.status.compatible(o.status) && self.date_parts().compatible(&o.date_parts())
    }

    /// Can two reports of one article be the same meeting? Compatible claims, and when both name
    /// people, one's (go-betweens included) are among the other's: X met Y and Z met W in the same
    /// city are two meetings.
    fn same_meeting(&self, o: &EventReport) -> bool {
        let within = |x: &EventReport, y: &EventReport| {
            x.participants
                .iter()
                .all(|p| y.participants.iter().any(|q| q.0 == p.0))
        };
        !self.previous && !o.previous && self.compatible(o) && (within(self, o) || within(o, self))
    }

    /// Take from `o` what this report lacks: status, date, participants (union), descriptive text,
    /// attribution.
    fn fill_from(&mut self, o: EventReport) {
        if self.status == Status::Unknown {
            self.status = o.status;
        }
        // A date this report could not resolve («عالم اليوم»: nowadays) gives way to one the
        // other resolved.
        let better = self.date.is_none() || (self.resolved.is_none() && o.resolved.is_some());
        if better && !self.plural && date_kin(self.kind, o.kind) {
            self.date = o.date;
            self.resolved = o.resolved;
            self.unanchored = o.unanchored;
        }
        for p in o.participants {
            if !self.participants.iter().any(|q| q.0 == p.0) {
                self.participants.push(p);
            }
        }
        if self.participants_text.is_none() {
            self.participants_text = o.participants_text;
        }
        for s in o.sides {
            if !self.sides.contains(&s) {
                self.sides.push(s);
            }
        }
        if self.attribution.is_none() {
            self.attribution = o.attribution;
        }
    }

    fn absorb(&mut self, mut o: EventReport, g: &Gazetteer) {
        let take_place = match (self.place, o.place) {
            (None, Some(_)) => true,
            // Keep the more specific venue: Baku over Azerbaijan.
            (Some(a), Some(b)) => a != b && g.within(b, a),
            _ => false,
        };
        if take_place {
            self.place = o.place;
            self.place_text = o.place_text.take();
        }
        self.start = self.start.min(o.start);
        self.end = self.end.max(o.end);
        self.fill_from(o);
    }
}

/// «رحلة لشركة طيران "العال" … إلى جوهانسبرغ»: a flight, not a visit.
fn airline_flight(d: &Doc, i: usize) -> bool {
    matches!(d.bare(i), "رحله" | "الرحله" | "رحلات" | "الرحلات")
        && (i + 1..(i + 4).min(d.len())).any(|j| {
            matches!(
                d.bare(j),
                "طيران"
                    | "الطيران"
                    | "لشركه"
                    | "شركه"
                    | "جويه"
                    | "الجويه"
                    | "الطايره"
                    | "طايره"
            )
        })
}

/// The reports of one body. `ms` are its mentions, gazetteer and tagger ones (see
/// `tagger::link`), in text order; an entity index from the gazetteer's size on is the discovered
/// name `found[index - size]` (only its kind is needed here).
pub(crate) fn find(
    g: &Gazetteer,
    d: &Doc,
    ms: &[Mention],
    found: &[Kind],
    attrs: &[Attribution],
    published: Option<NaiveDate>,
) -> Vec<EventReport> {
    let mut in_attr = vec![false; d.len()];
    // Tokens are in text order: each attribution looks only at the tokens from its start on
    // (scanning all of them made long bodies quadratic, #16).
    for a in attrs {
        let from = d.toks.partition_point(|t| t.start < a.start);
        for (j, t) in d.toks.iter().enumerate().skip(from) {
            if t.start > a.end {
                break;
            }
            if t.end <= a.end {
                in_attr[j] = true;
            }
        }
    }
    let cx = Ctx {
        g,
        d,
        in_attr,
        found,
    };
    let dates = when::find(d);
    // «اليوم الأربعاء» in an article dated Thursday (written before midnight, stamped after), or
    // «أمس (الثلاثاء)» in one stamped a day late: the article's today is not its publication day,
    // so no date is placed against that day.
    let published = published.filter(|p| {
        !dates.iter().any(|w| {
            let day = w
                .rel_days
                .and_then(|o| p.checked_add_signed(chrono::Duration::days(o)));
            matches!((day, w.weekday), (Some(day), Some(wd)) if day.weekday() != wd)
        })
    });
    let tok_of = |char_pos: usize| d.toks.partition_point(|t| t.start < char_pos);

    // 1. Trigger hits.
    // (token, trigger, definite, context): a context hit («على هامش زيارة») reports nothing but
    // still bounds its neighbours' stretches, so its people are not taken as participants.
    let mut hits: Vec<(usize, Trig, bool, bool)> = Vec::new();
    // Sentences with a word of sport, and the distinct words only sport reporting uses: one pass.
    let mut sport = vec![false; d.sentences.len()];
    // «يخوض الفريق لقاءً»: a game, unless people or officials are named (`game` below).
    let mut game = vec![false; d.sentences.len()];
    let mut sport_words: Vec<&str> = Vec::new();
    for (j, t) in d.toks.iter().enumerate() {
        let w = strip_conj(&t.norm);
        if SPORT.contains(&w) && !political_sense(d, j) {
            sport[t.sentence as usize] = true;
        }
        if sport_phrase(d, j) {
            game[t.sentence as usize] = true;
        }
        if SPORT_ARTICLE.contains(&w) && !sport_words.contains(&w) {
            sport_words.push(w);
        }
    }
    let sports_article = sport_words.len() >= 3;
    for i in 0..d.len() {
        if let Some((t, mut definite)) = trigger_at(d, i) {
            let sent = d.toks[i].sentence;
            if sport[sent as usize]
                || ((game[sent as usize]
                    || (sports_article && matches!(t.kind, "meeting" | "reception")))
                    // Teams meet in a match; people the gazetteer knows named in the sentence, or
                    // officials by their title («التقى وزير الخارجية التركي نظيره»), meet in a
                    // meeting. The tagger's people here are players and coaches.
                    && !ms.iter().any(|m| {
                        m.toks.0 < d.len()
                            && d.toks[m.toks.0].sentence == sent
                            && cx.kind(m) == Kind::Person
                            // A verb's own people («استقبل فلان فلاناً») meet; around a noun
                            // («اللقاء الذي جمعهما») the tagger's are players and coaches.
                            && (cx.discovered(m).is_none() || t.verb.is_some())
                    })
                    && !d.toks.iter().any(|t| {
                        t.sentence == sent && TRAVELLER.contains(&strip_conj(&t.norm))
                    }))
                || (t.verb.is_none() && quoted_title(d, i))
                // «عام 2015 هو عام زيارة الفلبين»: a tourism campaign's name.
                || (t.verb.is_none() && i > 0 && d.bare(i - 1) == "عام")
                || is_press(d, i)
                || is_gathering(d, i)
                || is_figurative(d, i, &t)
                || (t.arrival && !arrival_is_visit(&cx, ms, i))
                || (t.verb.is_some() && interviewer(&cx, ms, i))
                || airline_flight(d, i)
            {
                continue;
            }
            // «وصل … إلى طهران في زيارة»: the visit is the arrival's, not a second report.
            let arrived = hits
                .last()
                .is_some_and(|h| h.1.visit && h.1.verb.is_some() && d.toks[h.0].sentence == sent);
            if arrived && t.visit && t.verb.is_none() && i > 0 && d.bare(i - 1) == "في" {
                continue;
            }
            let context = i > 0 && CONTEXT_BEFORE.contains(&d.bare(i - 1)) && t.visit;
            if i > 0 && matches!(d.bare(i - 1), "هذا" | "هذه") {
                definite = true;
            }
            hits.push((i, t, definite, context));
        }
    }

    let sorted_ms = ms.is_sorted_by_key(|m| m.toks.0);
    // Tokens inside name mentions (a list of names does not push the tense word out of reach).
    let mut named = vec![false; d.len()];
    // Tokens inside a person's name: «كأحمد السبت» holds a weekday's name that is no date.
    let mut in_person = vec![false; d.len()];
    for m in ms {
        let person = cx.kind(m) == Kind::Person;
        for t in m.toks.0..m.toks.1.min(d.len()) {
            named[t] = true;
            in_person[t] |= person;
        }
    }
    // 2. One candidate report per hit, from its stretch of the sentence.
    let mut reports: Vec<(u32, EventReport)> = Vec::new();
    for (h, &(i, t, definite, context)) in hits.iter().enumerate() {
        if context {
            continue;
        }
        let sent = d.toks[i].sentence;
        let (s0, s1) = d.sentences[sent as usize];
        let sent_first = tok_of(s0);
        let sent_last = tok_of(s1); // exclusive
        let lo = match h.checked_sub(1).map(|p| hits[p].0) {
            Some(p) if d.toks[p].sentence == sent => boundary(d, p, i),
            _ => sent_first,
        };
        let hi = match hits.get(h + 1).map(|n| n.0) {
            Some(n) if d.toks[n].sentence == sent => boundary(d, i, n),
            _ => sent_last,
        };
        // The mentions that can lie in lo..=hi (every use below filters further): a slice when
        // they are in text order, instead of scanning the article's every mention per hit (#16).
        let near = if sorted_ms {
            &ms[ms.partition_point(|m| m.toks.0 < lo)..ms.partition_point(|m| m.toks.0 <= hi)]
        } else {
            ms
        };
        let quote = d.toks[i].quote;
        let status = status_near(d, i, t.verb, &named);
        let mut r = EventReport {
            kind: t.kind,
            status,
            trigger_text: d.slice(i, i + 1).to_string(),
            start: s0,
            end: s1,
            place: None,
            place_text: None,
            participants: Vec::new(),
            participants_text: None,
            sides: Vec::new(),
            date: None,
            resolved: None,
            unanchored: false,
            trigger_at: i,
            attribution: None,
            definite,
            weak: t.weak,
            verb: t.verb.is_some(),
            previous: t.verb.is_none() && previous(d, i),
            plural: matches!(t.kind, "meeting" | "visit") && d.bare(i).ends_with("ات"),
        };
        // Venue: the accepted place mention nearest the trigger. A phone call has none.
        let mut best: Option<(usize, &Mention)> = None;
        let phone = t.kind == "phone_call";
        let named_next = near.iter().any(|n| n.toks.0 == i + 1);
        for m in near
            .iter()
            .filter(|m| !phone && m.toks.0 >= lo && m.toks.1 <= hi)
        {
            // A nationality adjective («زار الرئيس المصري») is never the venue; a discovered
            // place has no place in the gazetteer's hierarchy, which merging reads, so it is
            // taken only when the text says so: «في X» after the trigger.
            let said_in = m.toks.0 > i + 1 && {
                let mut p = m.toks.0 - 1;
                if matches!(d.bare(p), "مدينه" | "بلده" | "العاصمه" | "منتجع") && p > i + 1
                {
                    p -= 1;
                }
                matches!(d.bare(p), "في" | "in")
            };
            if !cx.kind(m).is_geo()
                || (cx.discovered(m).is_some() && !said_in)
                || region(d, m)
                || m.form != crate::extract::mentions::Form::Name
                || d.toks[m.toks.0].quote != quote
                || !cx.venue(m, i, t.visit, t.verb.is_none(), named_next)
                // «في خريف عام 2024»: a season the tagger took for a place.
                || (cx.discovered(m).is_some()
                    && matches!(d.bare(m.toks.0), "خريف" | "ربيع" | "صيف" | "شتاء"))
            {
                continue;
            }
            let dist = m.toks.0.abs_diff(i);
            if best.is_none_or(|(bd, _)| dist < bd) {
                best = Some((dist, m));
            }
        }
        // «اجتماع الدوحة», «قمة فيلنيوس»: with no venue said otherwise, a city in construct with the
        // trigger noun; not a side of two («محادثات موسكو وكييف») nor one given a host before it.
        if best.is_none() && t.verb.is_none() && !phone {
            let next_and =
                |m: &Mention| m.toks.1 < d.len() && d.toks[m.toks.1].norm.starts_with('و');
            let hosted = (i.saturating_sub(4)..i).any(|j| HOST.contains(&d.bare(j)))
                // «… حول اجتماع عمّان الخماسي»: a meeting talked about, not this one.
                || (i > 0 && matches!(d.bare(i - 1), "حول" | "بشان" | "عن" | "لبحث" | "بحث"));
            best = near
                .iter()
                .find(|m| {
                    m.toks.0 == i + 1
                        && m.prefix.trim_start_matches(['و', 'ف']).is_empty()
                        && cx.kind(m) == Kind::Place
                        && cx.discovered(m).is_none()
                        && !next_and(m)
                        && !hosted
                        && !cx.in_attr[m.toks.0]
                })
                .map(|m| (1, m));
        }
        // «في عاصمة جورجيا، تبليسي»: the city named in apposition after the country's capital.
        let best = best.map(|(k, m)| {
            let capital_of = m.toks.0 > 0
                && matches!(d.bare(m.toks.0 - 1), "عاصمه" | "العاصمه")
                && cx.kind(m) == Kind::Country;
            let city = near.iter().find(|n| {
                capital_of
                    && n.toks.0 == m.toks.1
                    && d.breaks_after(m.toks.1 - 1)
                    && cx.kind(n) == Kind::Place
            });
            (k, city.unwrap_or(m))
        });
        if let Some((_, m)) = best {
            r.place = Some(m.entity);
            // «العاصمة الأذربيجانية باكو»: the phrase and the name together.
            let next = near
                .iter()
                .find(|n| n.toks.0 == m.toks.1 && n.entity == m.entity);
            let end = next.map_or(m.toks.1, |n| n.toks.1);
            r.place_text = Some(d.slice(m.toks.0, end).to_string());
        }
        // Mediators and sponsors.
        let mut mediators: Vec<u32> = Vec::new();
        for j in lo..hi {
            let n = d.bare(j);
            if !matches!(
                n,
                "برعايه"
                    | "بوساطه"
                    | "رعايه"
                    | "وساطه"
                    | "يمهد"
                    | "رعي"
                    | "يرعي"
                    | "ترعي"
            ) {
                continue;
            }
            let window = near
                .iter()
                .filter(|m| m.toks.0 > j && m.toks.0 <= j + 7 && m.toks.1 <= hi);
            let mut pick = None;
            for m in window {
                match cx.kind(m) {
                    Kind::Person => {
                        pick = Some((m.entity, Role::Mediator));
                        break;
                    }
                    Kind::Country | Kind::Org if m.toks.0 <= j + 2 && pick.is_none() => {
                        pick = Some((m.entity, Role::Sponsor));
                    }
                    _ => {}
                }
            }
            if let Some(p) = pick {
                mediators.push(p.0);
                r.participants.push(p);
            }
        }
        // Named parties in the stretch. In a reception the subject receives: the person before the
        // verb, else the first one after it («استقبل X نظيره Y»); the others are received.
        let reception = t.kind == "reception";
        let mut host_found = false;
        // «أكد X خلال لقاء عقده مع Y», «أكد X في اتصال هاتفي مع Y»: the speaker is a side of the
        // meeting his statement came from.
        let speakers_meeting = t.verb.is_none()
            && i > 0
            && matches!(
                d.bare(i - 1),
                "خلال" | "اثناء" | "لدي" | "بعد" | "عقب" | "في"
            );
        // The trigger's clause: a person before «قال X إنّ …» or after «… أنّ Y» (or across «حيث»,
        // «فيما») is the speaker or someone in another clause, not a side.
        let clause_lo = (lo..i)
            .rev()
            .find(|&j| clause_cut(d, j))
            .map_or(lo, |j| j + 1);
        let clause_hi = (i + 1..hi).find(|&j| clause_cut(d, j)).unwrap_or(hi);
        for m in near
            .iter()
            .filter(|m| m.toks.0 >= clause_lo && m.toks.1 <= clause_hi)
        {
            if cx.kind(m) == Kind::Person
                && !principal(d, m.toks.0)
                && (!cx.in_attr[m.toks.0] || speakers_meeting && m.toks.0 < i)
                && !mediators.contains(&m.entity)
                && !r.participants.iter().any(|p| p.0 == m.entity)
            {
                let role = if !reception {
                    Role::Participant
                } else if m.toks.0 < i || !host_found && !counterpart(d, m.toks.0) {
                    Role::Host
                } else {
                    Role::Visitor
                };
                host_found |= role == Role::Host;
                r.participants.push((m.entity, role));
            }
        }
        // «التقى وزير الخارجية التركي نظيره الإيراني»: a side named only by a title and a
        // nationality adjective is its country, unless a person's name stands beside the title
        // («الرئيس التركي رجب طيب أردوغان», «أردوغان، الرئيس التركي»).
        for m in near
            .iter()
            .filter(|m| m.toks.0 >= clause_lo && m.toks.1 <= clause_hi)
        {
            let a = m.toks.0;
            if m.form != crate::extract::mentions::Form::Adjective
                || cx.kind(m) != Kind::Country
                || cx.in_attr[a]
                || Some(m.entity) == r.place
                || r.participants.iter().any(|p| p.0 == m.entity)
            {
                continue;
            }
            let Some(tj) = (a.saturating_sub(3)..a).find(|&j| {
                // «وزير» would lose its «و» as a conjunction: the whole token too.
                TITLE.contains(&d.bare(j))
                    || TITLE.contains(&d.toks[j].norm.as_str())
                    || d.bare(j).starts_with("نظير")
            }) else {
                continue;
            };
            if (tj..a).any(|j| d.breaks_after(j)) {
                continue;
            }
            // «أردوغان، الرئيس التركي»: a title after a name and a comma is the name's; «نظيره»
            // is the other side, never in apposition.
            let apposition = !d.bare(tj).starts_with("نظير");
            let named_beside = near.iter().any(|p| {
                cx.kind(p) == Kind::Person
                    // «المبعوث الأميركي الخاص إلى سوريا توم باراك»: the name a few words on, unless
                    // «نظيره», «مع», another title or a break starts the other side first.
                    && ((p.toks.0 >= m.toks.1
                        && p.toks.0 <= m.toks.1 + 4
                        && !(m.toks.1..p.toks.0).any(|j| {
                            d.bare(j).starts_with("نظير")
                                || matches!(d.bare(j), "مع" | "بين")
                                || TITLE.contains(&d.toks[j].norm.as_str())
                                || d.breaks_after(j.saturating_sub(1))
                        }))
                        || (apposition && p.toks.1 == tj && tj > 0 && d.breaks_after(tj - 1)))
            });
            if !named_beside {
                let role = match (reception, a < i) {
                    (false, _) => Role::Participant,
                    (true, true) => Role::Host,
                    (true, false) => Role::Visitor,
                };
                r.participants.push((m.entity, role));
            }
        }
        // No person named: the countries or organisations the text sets as the sides («محادثات بين
        // السعودية وإيران», «اجتماع مع حماس» and the list that follows), never a venue, topic or speaker.
        if !r.participants.iter().any(|p| p.1.is_party()) {
            let mut chain_end = None;
            for m in near.iter().filter(|m| m.toks.0 > i && m.toks.1 <= hi) {
                let a = m.toks.0;
                let opens = matches!(d.bare(a - 1), "بين" | "مع" | "وفدي" | "ممثلي");
                // A tagger's mention keeps its conjunction in the token («وحماس»).
                let chained = chain_end == Some(a)
                    && (m.prefix.starts_with('و')
                        || m.prefix.is_empty() && d.toks[a].norm.len() > d.bare(a).len());
                if matches!(cx.kind(m), Kind::Country | Kind::Org)
                    && (opens || chained)
                    && Some(m.entity) != r.place
                    && !cx.in_attr[a]
                    && m.alias != AliasKind::Descriptive
                    && !(i..a).any(|j| TOPIC.contains(&d.bare(j)))
                {
                    chain_end = Some(m.toks.1);
                    if !r.sides.contains(&m.entity) {
                        r.sides.push(m.entity);
                    }
                }
            }
        }
        // «بين X و Y»: the phrase as written, unless the named parties cover all of it (the tagger
        // may have found X and missed Y).
        // «بين الأول والثالث من آذار» is a range of days, not the sides.
        let between = between_phrase(d, i, hi)
            .filter(|&(a, _)| !dates.iter().any(|w| w.toks.0 < a && a < w.toks.1));
        if let Some((a, b)) = between {
            let party_toks = |j: usize| {
                near.iter().any(|m| {
                    m.toks.0 <= j
                        && j < m.toks.1
                        && (r
                            .participants
                            .iter()
                            .any(|p| p.0 == m.entity && p.1.is_party())
                            || r.sides.contains(&m.entity))
                })
            };
            let named = r.participants.iter().any(|p| p.1.is_party()) || !r.sides.is_empty();
            if !named || !(a..b).all(party_toks) {
                r.participants_text = Some(d.slice(a, b).to_string());
            }
        }
        // Date: the nearest expression in the stretch, within sixteen tokens of the trigger; names
        // are not counted between a verb and a date in its clause («استقبل خادم الحرمين الشريفين
        // الملك سلمان بن عبدالعزيز آل سعود … أمس»).
        let unnamed = |x: usize, y: usize| (x..y).filter(|&j| !named[j]).count();
        let mut bd: Option<(usize, &When)> = None;
        for w in &dates {
            let (a, b) = w.toks;
            // «حضره فنانون كأحمد السبت»: a weekday's name inside a person's is no date.
            let surname = in_person[a]
                && w.weekday.is_some()
                && w.day.is_none()
                && w.month.is_none()
                && w.year.is_none()
                && w.rel_days.is_none();
            if a < lo || b > hi || w.duration || cx.in_attr[a] || surname {
                continue;
            }
            let dist = if dating::relative(d, i, a) {
                0
            } else if a > i && t.verb.is_some() && !(i..a - 1).any(|j| d.breaks_after(j)) {
                unnamed(i + 1, a) + 1
            } else if a > i {
                a - i
            } else {
                i - b.min(i)
            };
            // «اندلع النزاع في 15 نيسان، حيث اقتصرت المفاوضات …»: a date across a clause opener is
            // that clause's.
            let (x, y) = if a > i { (i + 1, a) } else { (b, i) };
            // «…، وقد وصلت القوات في 3 آذار»: another act's clause, unless it holds the
            // meeting («وقد جرى الأسبوع الماضي»).
            if (x..y).any(|j| {
                CLAUSE_OPENERS.contains(&d.bare(j))
                    || (matches!(d.bare(j), "وقد" | "فقد" | "كنا")
                        && !(j + 1 < d.len() && dating::holds_meeting(d, j + 1)))
            }) || !dating::governs(d, i, t.verb.is_some(), w, &named)
            {
                continue;
            }
            if dist <= 16 && bd.is_none_or(|(x, _)| dist < x) {
                bd = Some((dist, w));
            }
        }
        if let Some((_, w)) = bd {
            if r.status == Status::Unknown && !hypothetical(d, i) {
                r.status = match (w.dir, w.rel_days) {
                    (Some(Dir::Past), _) => Status::Held,
                    (Some(Dir::Future), _) => Status::Planned,
                    (_, Some(n)) if n > 0 => Status::Planned,
                    (_, Some(n)) if n < 0 => Status::Held,
                    _ => Status::Unknown,
                };
            }
            r.unanchored = (yearless(w)
                && dates.iter().any(|o| {
                    d.toks[o.toks.0].sentence == sent
                        && o.year
                            .is_some_and(|y| published.is_none_or(|p| p.year() != y))
                }))
                || quoted_from_another_day(d, w, &dates);
            if !r.unanchored {
                r.resolved = w.resolve(published, tense(r.status));
            }
            r.date = Some(w.clone());
        }
        // The attribution governing the sentence: the nearest one in it.
        // A statement inside a relative clause («توم باراك، الذي قال مسؤولون إنه …») speaks of its
        // noun, not of the sentence's meeting.
        r.attribution = attrs
            .iter()
            .enumerate()
            .filter(|(_, a)| a.sentence == sent)
            .filter(|(_, a)| {
                a.toks.0 == 0 || !matches!(d.bare(a.toks.0 - 1), "الذي" | "التي" | "الذين")
            })
            .min_by_key(|(_, a)| a.start.abs_diff(d.toks[i].start))
            .map(|(k, _)| k);
        reports.push((sent, r));
    }

    // 3. Within a sentence, a hit without a venue joins the nearest one with a venue.
    let mut merged: Vec<(u32, EventReport)> = Vec::new();
    let mut pending: Vec<(u32, EventReport)> = Vec::new();
    let flush = |pending: &mut Vec<(u32, EventReport)>, merged: &mut Vec<(u32, EventReport)>| {
        let placed: Vec<usize> = (0..pending.len())
            .filter(|&k| pending[k].1.place.is_some())
            .collect();
        let mut taken = vec![None; pending.len()];
        for k in 0..pending.len() {
            // A phone call is its own event, even beside a meeting in the same sentence.
            // An earlier meeting («اللقاء السابق») neither lends nor takes a date or status here.
            if pending[k].1.place.is_none()
                && pending[k].1.kind != "phone_call"
                && !pending[k].1.previous
            {
                taken[k] = placed
                    .iter()
                    .copied()
                    .filter(|&p| {
                        // A hit inside a quotation and one outside it are told by different
                        // voices, often of different meetings («في المؤتمر نفسه … "لقاؤنا في
                        // مؤتمر أستانة في طهران"»).
                        !pending[p].1.previous
                            && !listed_apart(d, &pending[k].1, &pending[p].1)
                            && pending[p].1.status.compatible(pending[k].1.status)
                            && d.toks[pending[p].1.trigger_at].quote
                                == d.toks[pending[k].1.trigger_at].quote
                    })
                    .min_by_key(|&p| p.abs_diff(k));
            }
        }
        let mut items: Vec<Option<(u32, EventReport)>> = pending.drain(..).map(Some).collect();
        for k in 0..items.len() {
            if let Some(p) = taken[k] {
                let (_, r) = items[k].take().expect("placeless hit");
                if let Some((_, host)) = items[p].as_mut() {
                    host.fill_from(r); // the placed report keeps its own trigger and place
                }
            }
        }
        merged.extend(items.into_iter().flatten());
    };
    for item in reports {
        if pending.last().is_some_and(|p| p.0 != item.0) {
            flush(&mut pending, &mut merged);
        }
        pending.push(item);
    }
    flush(&mut pending, &mut merged);

    // 4. Across the article: same venue (or one inside the other) and compatible claims merge;
    // a definite or weak hit without venue refers back to the last compatible report.
    let mut out: Vec<EventReport> = Vec::new();
    for (_, r) in merged {
        match r.place {
            Some(p) => {
                // A later report with people and a date of its own is another meeting at the same
                // venue («وصل وزير خارجية هندوراس إلى بكين» … «وفي أثناء زيارة الرئيس السلفادوري
                // بوكيلة إلى بكين في العام 2019»), unless it refers back with a pronoun («خلال
                // زيارته»): merging would lend the first, undated and without people, its date.
                let new_people = !r.participants.is_empty()
                    && r.date.is_some()
                    && !pronoun_suffixed(d, r.trigger_at);
                // A dated report naming other people than an undated one («التقى الأسد شكري في
                // دمشق» … «واستقبل الأسد، أمس، الوفود … التي وصلت إلى سوريا») is another event:
                // merging would lend its day to the first.
                let same_people = |e: &EventReport| {
                    e.participants.len() == r.participants.len()
                        && e.participants
                            .iter()
                            .all(|x| r.participants.iter().any(|y| y.0 == x.0))
                };
                let same = out.iter().position(|e| {
                    e.place.is_some_and(|q| g.within(p, q) || g.within(q, p))
                        && e.same_meeting(&r)
                        && !(new_people && e.participants.is_empty() && e.date.is_none())
                        && !(new_people && e.date.is_none() && !same_people(e))
                });
                match same {
                    Some(k) => {
                        let r = lend_date_near(d, &out[k], r);
                        out[k].absorb(r, g)
                    }
                    None => out.push(r),
                }
            }
            // «المحادثات التي جرت الخميس»: a definite mention refers back to the last compatible
            // meeting and may add its date and status; the people around it are other actors.
            None if r.definite && !r.previous => {
                if r.weak && r.date.is_none() {
                    continue;
                }
                if let Some(e) = out
                    .iter_mut()
                    .rev()
                    .find(|e| e.place.is_some() && date_kin(e.kind, r.kind) && e.compatible(&r))
                {
                    let mut r = lend_date_near(d, e, r);
                    r.participants.clear();
                    r.sides.clear();
                    r.participants_text = None;
                    e.absorb(r, g);
                }
            }
            // Talks in general («تجري مفاوضات»), not a meeting.
            None if r.weak => {}
            None => {
                // The same two people or more as a report already made («يستقبل X الرئيس Y» in
                // the lead, «وخلال لقائه Y شدد X» below): the same meeting, without a venue of its
                // own. One shared person is not enough (X visited A in April, met Y in June).
                let shares = |e: &EventReport| {
                    r.participants.len() >= 2
                        && r.participants.len() == e.participants.len()
                        && r.participants
                            .iter()
                            .all(|p| e.participants.iter().any(|q| q.0 == p.0))
                };
                if let Some(e) = out
                    .iter_mut()
                    .rev()
                    .find(|e| shares(e) && e.same_meeting(&r))
                {
                    let r = lend_date_near(d, e, r);
                    e.absorb(r, g);
                    continue;
                }
                let named = r.participants.len() + r.sides.len();
                if (r.date.is_some() && named >= 1)
                    || named >= 2
                    || (r.verb && named >= 1 && r.date.is_some())
                {
                    out.push(r);
                }
            }
        }
    }
    // «ستستقبل السفن»: a reception nobody gives or attends, and no title near the verb, is ports,
    // halls or flights («واستقبلت رئيسة الوزراء … قادة دول المتوسط» is one).
    out.retain(|r| {
        r.kind != "reception"
            || !r.participants.is_empty()
            || !r.sides.is_empty()
            || r.participants_text.is_some()
            || reception_of_people(d, r.trigger_at)
    });
    for r in &mut out {
        if !r.participants.iter().any(|p| p.1.is_party()) {
            let sides = std::mem::take(&mut r.sides);
            r.participants
                .extend(sides.into_iter().map(|e| (e, Role::Participant)));
        }
        r.participants.sort();
        // Resolve again: the merged status may have settled the tense of a bare weekday.
        if r.resolved.is_none() && !r.unanchored {
            if let Some(w) = &r.date {
                r.resolved = w.resolve(published, tense(r.status));
            }
        }
        // A planned meeting on a day already past, or a held one on a day still to come: the date
        // belongs to something else in the sentence («وجّه أمس دعوة لزيارة …»). Keep neither.
        if let (Some(res), Some(day)) = (&r.resolved, published) {
            let contradicts = match r.status {
                Status::Planned => res.end < day,
                Status::Held => res.start > day,
                Status::Ongoing | Status::Unknown => false,
            };
            if contradicts {
                r.resolved = None;
                r.date = None;
            }
        }
    }
    out
}

/// A report merged into an earlier one lends its date only from nearby: «وتُستأنف اليوم في فيينا
/// جولة المفاوضات» paragraphs after a meeting is another day's event, and the date of a later
/// sentence more than two sentences away is dropped before merging, unless the meeting's own
/// relative clause holds it («المحادثات التي جرت الخميس» points back to the talks told before).
fn lend_date_near(d: &Doc, host: &EventReport, mut r: EventReport) -> EventReport {
    let sent = |x: &EventReport| d.toks[x.trigger_at].sentence;
    // «… التي من المقرر عقدها اليوم في جنيف», «هذه المحادثات، التي ستبدأ اليوم», «الزيارة التي
    // تبدأ الثلاثاء»: a clause of a meeting still to come (or going on) names another event than
    // the one told before; only a past verb («التي جرت الخميس», «التي تمت») points back.
    let future_verb = |j: usize| {
        let w = d.bare(j);
        w == "سوف"
            || (w.chars().count() >= 4
                && w.starts_with(['ي', 'ت', 'س'])
                && !matches!(w, "تناولت" | "تحدثت" | "توجت" | "تخللتها" | "تخللها"))
    };
    let own_clause = r.status != Status::Planned
        && r.date.as_ref().is_some_and(|w| {
            let (i, a) = (r.trigger_at, w.toks.0);
            dating::relative(d, i, a)
                && !(i..a).any(|j| {
                    matches!(
                        d.bare(j),
                        "المقرر" | "مقرر" | "المزمع" | "المرتقب" | "المنتظر" | "المقبل"
                    ) || (j > i && dating::relative_pronoun(d.bare(j - 1)) && future_verb(j))
                })
        });
    if sent(&r).abs_diff(sent(host)) > 2 && !own_clause {
        r.date = None;
        r.resolved = None;
    }
    r
}

/// «الرئيس المنتخب» (the president-elect), «نادي الأسير» (the Prisoners' Club): a sport word at j
/// in its political sense.
fn political_sense(d: &Doc, j: usize) -> bool {
    let w = d.bare(j);
    // «الرئيس الأمريكي المنتخب»: the title's nisba may stand between.
    let before = |k: usize| {
        let w = d.bare(k);
        if k > 0 && w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 5 {
            d.bare(k - 1)
        } else {
            w
        }
    };
    (w == "المنتخب"
        && j > 0
        && matches!(
            before(j - 1),
            "الرييس"
                | "رييس"
                | "الرييسه"
                | "النايب"
                | "النواب"
                | "البرلمان"
                | "المجلس"
                | "الحاكم"
                | "العمده"
                | "الحكومه"
                | "الاعضاء"
                | "الممثلين"
        ))
        || (matches!(w, "نادي" | "النادي")
            && j + 1 < d.len()
            && matches!(d.bare(j + 1), "الاسير" | "الاسري"))
}

/// «"الرحلة: أيام طالبة في أمريكا" (1983)», «عملية "زيارة الفجر"»: a noun trigger opening a
/// short quotation is the title of a book, film or operation, not a report (a verb in quotes,
/// «"التقى سراً"», is the source's word for a meeting).
fn quoted_title(d: &Doc, i: usize) -> bool {
    let q = d.toks[i].quote;
    q != 0
        && (i == 0 || d.toks[i - 1].quote != q)
        && d.toks[i..].iter().take_while(|t| t.quote == q).count() <= 6
}

/// «يخوض الفريق لقاءً»: a game is played, a meeting is not. («الاتحاد السعودي لكرة القدم»
/// holds real meetings: the name of the game alone says nothing.)
fn sport_phrase(d: &Doc, j: usize) -> bool {
    // «يخوض فريق الوحدة لكرة القدم مساء اليوم لقاءً»: the team's name may come between.
    matches!(
        d.bare(j),
        "يخوض" | "تخوض" | "خاض" | "خاضت" | "سيخوض" | "ستخوض"
    ) && (j + 1..(j + 11).min(d.len()))
        .take_while(|&k| !d.breaks_after(k - 1))
        .any(|k| matches!(d.bare(k), "لقاء" | "لقاءا" | "مباراه" | "مواجهه"))
}

/// «منذ زيارته الأولى سنة 1951 وزيارة خاتمي له في منزله»: two nouns of the same kind joined by
/// «و» are two events listed, not one told twice; merging them would give one the other's date.
fn listed_apart(d: &Doc, x: &EventReport, y: &EventReport) -> bool {
    let later = x.trigger_at.max(y.trigger_at);
    x.kind == y.kind
        && !x.verb
        && !y.verb
        && x.trigger_at != y.trigger_at
        && d.toks[later].norm.starts_with('و')
        && !d.bare(later).starts_with('و')
}

/// A region, ocean or bloc is no venue: «مؤتمر للسلام في الشرق الأوسط», «جولة في أفريقيا»,
/// «للاجتماع في بريكس», «دولة الجزر في المحيط الهادئ» (each word without its article).
fn region(d: &Doc, m: &Mention) -> bool {
    let words: Vec<&str> = (m.toks.0..m.toks.1.min(d.len()))
        .map(|j| {
            let w = d.bare(j);
            w.strip_prefix("ال")
                .filter(|r| r.chars().count() > 1)
                .unwrap_or(w)
        })
        .collect();
    matches!(
        words.as_slice(),
        ["شرق", "اوسط", ..]
            | ["افريقيا"]
            | ["اوروبا"]
            | ["اسيا"]
            | ["محيط", ..]
            | ["خليج"]
            | ["منطقه", ..]
            | ["عالم"]
            | ["بريكس"]
            | ["امريكا", "لاتينيه"]
            | ["middle", "east"]
            | ["africa"]
            | ["europe"]
            | ["asia"]
    )
}

/// «التقى الميادين نت مع …»: an outlet meets someone for an interview, not a meeting.
fn interviewer(cx: &Ctx, ms: &[Mention], i: usize) -> bool {
    ms.iter()
        .any(|m| m.toks.0 > i && m.toks.0 <= i + 2 && cx.kind(m) == Kind::Outlet)
}

/// «كبير مستشاري الرئيس الأميركي جو بايدن», «المتحدث باسم الرئيس X»: the person at m is the one
/// an aide or envoy works for, who is not at the meeting for it.
fn principal(d: &Doc, m: usize) -> bool {
    (m.saturating_sub(4)..m).any(|j| {
        matches!(
            d.bare(j),
            "الرييس"
                | "رييس"
                | "الملك"
                | "ولي"
                | "الامير"
                | "الرييسه"
                | "رييسه"
                | "الزعيم"
        ) && j > 0
            && matches!(
                d.bare(j - 1),
                "مستشار"
                    | "مستشاري"
                    | "مستشاره"
                    | "مساعد"
                    | "مساعدي"
                    | "مبعوث"
                    | "موفد"
                    | "باسم"
            )
    })
}

/// A title or a group of people within six words of the reception verb at i («واستقبلت رئيسة
/// الوزراء … قادة دول المتوسط»).
fn reception_of_people(d: &Doc, i: usize) -> bool {
    (i.saturating_sub(6)..(i + 7).min(d.len())).any(|j| {
        let (b, n) = (d.bare(j), d.toks[j].norm.as_str());
        [b, n].iter().any(|w| {
            TRAVELLER.contains(w)
                || matches!(
                    *w,
                    "قاده" | "القاده" | "زعماء" | "الزعماء" | "وزراء" | "الوزراء" | "مسوولين"
                )
        })
    })
}

/// «تصريحات لبوغدانوف، في تشرين الثاني الفائت، بأن لافروف "سيقوم … في شباط من العام المقبل"»:
/// a relative date inside a quotation counts from the day the words were said. When the sentence
/// dates the statement before the quotation, and not as today, that day is not the publication
/// day, and the relative date cannot be resolved from it.
fn quoted_from_another_day(d: &Doc, w: &When, dates: &[When]) -> bool {
    let at = &d.toks[w.toks.0];
    let relative = w.rel_days.is_some()
        || w.dir.is_some()
        || w.expr.year_rel.is_some()
        || w.expr.month_rel.is_some();
    relative
        && at.quote != 0
        && dates.iter().any(|o| {
            let t = &d.toks[o.toks.0];
            t.sentence == at.sentence
                && t.quote == 0
                && o.toks.1 <= w.toks.0
                && !o.duration
                && o.rel_days != Some(0)
        })
}

/// «زيارته», «لقائها», «اجتماعهم»: the trigger as written ends in a possessive pronoun (the
/// surface form, since normalisation turns «ة» into «ه»).
fn pronoun_suffixed(d: &Doc, i: usize) -> bool {
    let w = d
        .slice(i, i + 1)
        .trim_end_matches(crate::arabic::stem::is_mark);
    ["ه", "ها", "هم", "هما", "هن"]
        .iter()
        .any(|p| w.ends_with(p))
}

/// A day and month, or a month, with nothing that ties it to a year: no year, no «الماضي»,
/// «المقبل», «الجاري», no day offset.
fn yearless(w: &When) -> bool {
    w.month.is_some()
        && w.year.is_none()
        && w.dir.is_none()
        && w.rel_days.is_none()
        && w.expr.year_rel.is_none()
        && w.expr.month_rel.is_none()
}

/// Words naming people who travel: «وفد», a title, a head of state (normalised forms).
const TRAVELLER: &[&str] = &[
    "وفد",
    "الوفد",
    "وفدا",
    "وزير",
    "الوزير",
    "وزيره",
    "الوزيره",
    "رييس",
    "الرييس",
    "رييسه",
    "الرييسه",
    "سفير",
    "السفير",
    "مبعوث",
    "المبعوث",
    "الملك",
    "الامير",
    "ولي",
    "الزعيم",
    "الامين",
    "نايب",
    "مستشار",
    "المستشار",
    "قايد",
    "القايد",
    "البابا",
    "المسوول",
    "مسوول",
];

/// «وصلت وزيرة الخارجية … إلى طهران» is a visit; «وصل تصدير النفط إلى الصين», «ووصلت إلى جيبوتي
/// طائرتان», «وصل إلى السلطة», «قد تصل إلى المؤبد» are not. The arrival verb at i is a visit when a
/// place is reached (a place mention within three words after «إلى») and a person travels: a
/// person's name or a traveller's title between the verb and «إلى» or in the eight words before
/// the verb (back to a reported claim or another clause).
fn arrival_is_visit(cx: &Ctx, ms: &[Mention], i: usize) -> bool {
    let d = cx.d;
    // «وصل، اليوم الأحد، وفد سياسي واقتصادي رفيع المستوى إلى إيران»: a date and a long subject
    // may stand between the verb and «إلى», within the sentence.
    let sent = d.toks[i].sentence;
    let Some(to) = (i + 1..(i + 11).min(d.len()))
        .take_while(|&k| d.toks[k].sentence == sent)
        .find(|&k| matches!(d.bare(k), "الي" | "إلى" | "الى"))
    else {
        return false;
    };
    let reached = ms
        .iter()
        .any(|m| m.toks.0 > to && m.toks.0 <= to + 3 && cx.kind(m).is_geo());
    // «وصل إلى السلطة في روسيا»: power, not a place, is reached; «تصل دبابات … إلى»: things
    // arrive (even when the tagger reads their make as a person's name).
    let power = to + 1 < d.len() && matches!(d.bare(to + 1), "السلطه" | "الحكم" | "سده");
    let things = i + 1 < d.len()
        && matches!(
            d.bare(i + 1),
            "دبابات"
                | "الدبابات"
                | "طايرات"
                | "الطايرات"
                | "صواريخ"
                | "الصواريخ"
                | "شحنه"
                | "شحنات"
                | "اسلحه"
                | "الاسلحه"
                | "المساعدات"
                | "مساعدات"
                // «وصلت القوات»: troops are deployed, nobody visits.
                | "القوات"
                | "قوات"
                | "تعزيزات"
                | "التعزيزات"
                // «يصل جثمان الفقيد إلى المدينة»: a body is brought home, no visit.
                | "جثمان"
                | "الجثمان"
                | "جثامين"
                | "رفات"
                | "نعش"
        );
    if !reached || power || things {
        return false;
    }
    let mut from = i;
    while from > 0 && i - from < 8 && d.toks[from - 1].sentence == sent && !clause_cut(d, from - 1)
    {
        from -= 1;
    }
    let person = |a: usize, b: usize| {
        ms.iter()
            .any(|m| m.toks.0 >= a && m.toks.1 <= b && cx.kind(m) == Kind::Person)
            // «وزير» would lose its «و» as a conjunction: the whole token too.
            || (a..b).any(|j| {
                TRAVELLER.contains(&d.bare(j)) || TRAVELLER.contains(&d.toks[j].norm.as_str())
            })
    };
    person(i + 1, to) || person(from, i)
}

/// «الاجتماع السابق», «الاجتماعات الثلاثة السابقة», «آخر زيارة», «اجتماع آخر»: the trigger at i
/// names an earlier or another meeting.
fn previous(d: &Doc, i: usize) -> bool {
    let after = (i + 1..(i + 4).min(d.len())).take_while(|&j| !d.breaks_after(j - 1));
    (i > 0 && matches!(d.bare(i - 1), "اخر" | "last"))
        || after.into_iter().any(|j| {
            matches!(
                d.bare(j),
                "السابق" | "السابقه" | "اخر" | "اخري" | "previous"
            ) || (j == i + 1 && matches!(d.bare(j), "الماضي" | "الماضيه"))
        })
}

/// «نظيره X», «counterpart X»: the person at token m is the other side, never the subject.
fn counterpart(d: &Doc, m: usize) -> bool {
    (m.saturating_sub(3)..m).any(|j| {
        let n = d.bare(j);
        n.starts_with("نظير") || n == "counterpart"
    })
}

/// A word that opens a reported claim («إنّ», «أنّ», «بأنّ») or another clause («حيث», «فيما»).
fn clause_cut(d: &Doc, j: usize) -> bool {
    let w = d.bare(j);
    matches!(w, "ان" | "انه" | "انها" | "بان" | "بانه" | "بانها") || CLAUSE_OPENERS.contains(&w)
}

/// Where the stretch of the trigger at a ends and that of the trigger at b begins.
fn boundary(d: &Doc, a: usize, b: usize) -> usize {
    let mut cut = None;
    for j in a..b {
        if d.breaks_after(j) {
            cut = Some(j + 1);
        }
        if j > a && CONNECTIVES.contains(&d.bare(j)) {
            cut = Some(j);
        }
    }
    // «زيارة X إلى السعودية في كانون الأول وزيارة Y إلى الصين في شباط»: a trigger joined by «و»
    // opens its own clause, so what lies before it is the first trigger's.
    let n = &d.toks[b].norm;
    let joined = (n.starts_with('و') || n.starts_with('ف')) && n.len() > d.bare(b).len();
    // «التقى X Y في تشرين الثاني 2022 على هامش قمة …», «… خلال زيارته»: the occasion closes the
    // meeting's clause, so what lies before it (its date) is the first trigger's.
    let occasion = if b >= a + 3 && d.bare(b - 1) == "هامش" && d.bare(b - 2) == "علي" {
        Some(b - 2)
    } else if b >= a + 2 && matches!(d.bare(b - 1), "خلال" | "اثناء") {
        Some(b - 1)
    } else {
        None
    };
    cut.or(occasion)
        .unwrap_or(if joined { b } else { (a + b).div_ceil(2) })
}

/// «لقاء بين مسؤولين سوريين وإسرائيليين في ...» → the tokens of «مسؤولين سوريين وإسرائيليين».
fn between_phrase(d: &Doc, i: usize, hi: usize) -> Option<(usize, usize)> {
    let j = (i + 1..(i + 6).min(hi)).find(|&j| d.toks[j].norm == "بين")?;
    let mut k = j + 1;
    while k < d.toks.len() && d.toks[k].norm == "بين" {
        k += 1; // «بين بين»: a typo in the source
    }
    let start = k;
    while k < hi && k < start + 10 {
        let n = d.toks[k].norm.as_str();
        if matches!(n, "في" | "علي" | "خلال" | "برعايه" | "بوساطه" | "منذ") || n.starts_with("بين")
        {
            break;
        }
        let brk = d.toks[k].sep & SEP_SENTENCE != 0 || d.breaks_after(k);
        k += 1;
        if brk {
            break;
        }
    }
    // «بين الوزيرين», «بين البلدين» name nobody new.
    let vague = k == start + 1
        && matches!(
            d.toks[start].norm.as_str(),
            "الوزيرين" | "البلدين" | "الجانبين" | "الطرفين"
        );
    (k > start && !vague).then_some((start, k))
}
