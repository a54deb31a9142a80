//! Via chains: «X نقلاً عن Y», follow-ups after the party, «ذكرت X أن Y أكد» merged into one.

use super::lexicon::*;
use super::*;

impl Ctx<'_> {
    /// What follows the party: «نقلاً عن مصدر دبلوماسي», «عن مسؤولين», «في تغريدة».
    pub(super) fn follow_ups(
        &self,
        p: &mut Party,
        from: usize,
        cue_is_naql: bool,
        prior: &[Attribution],
    ) {
        let d = self.d;
        let mut j = from;
        let limit = (from + 5).min(d.len());
        while j < limit {
            // Skip a repeated name of the same party: «وكالة الصحافة الفرنسية (أ ف ب)».
            if let Some(m) = self.mention_at(j) {
                if Some(m.entity) == p.source {
                    j = m.toks.1;
                    continue;
                }
            }
            let n = self.bare(j);
            let naql = n == "نقلا" && d.toks.get(j + 1).is_some_and(|t| t.norm == "عن");
            if naql || (cue_is_naql && n == "عن") {
                let k = if naql { j + 2 } else { j + 1 };
                if let Some(np) = self.np_at(k, true, false) {
                    self.chain(p, &np, prior);
                    p.grow(j, np.b);
                    p.relayed = true;
                    if naql {
                        p.relay_at = Some(j);
                    }
                }
                return;
            }
            if n == "في"
                && d.toks
                    .get(j + 1)
                    .is_some_and(|t| VIA_MEDIA.contains(&t.norm.as_str()))
            {
                // The medium: «في تغريدة على موقع …», «في مقابلة مع التلفزيون الرسمي».
                let mut k = j + 1;
                while k < d.len() && k < j + 10 {
                    if k > j + 1 && (is_complementizer(self.bare(k)) || d.toks[k].quote != 0) {
                        break;
                    }
                    // «في بيانٍ له عن مقتل …», «في تصريح لها بتنظيم تظاهرة»: what it is about
                    // is the claim, not the medium (but «في بيان صادر عن المكتب»).
                    let w = self.bare(k);
                    if k > j + 1
                        && ((w == "عن"
                            && !matches!(
                                self.bare(k - 1),
                                "صادر" | "الصادر" | "صادره" | "الصادره"
                            ))
                            || w.starts_with("بال")
                            || w.starts_with("بت"))
                    {
                        break;
                    }
                    if self.brk(k) {
                        k += 1;
                        break;
                    }
                    k += 1;
                }
                // «في تصريحات لوكالة سبوتنيك», «في مقابلة مع صحيفة "لو باريزيان"»: the outlet in the
                // medium is the via of a named speaker.
                let outlet = (j + 1..k).find_map(|m| {
                    if let Some((e, end, own)) = self.recipient(m) {
                        return (!own).then_some((e, m, end));
                    }
                    let np = self.np_at(m, false, false)?;
                    (np.ty == Some(SourceType::Outlet)).then_some((np.entity, np.a, np.b))
                });
                match outlet {
                    Some((e, a, b)) if named_party(p) && p.via.is_none() => {
                        p.via = e;
                        p.via_text = Some(d.slice(a, b).to_string());
                        p.via_type = Some(SourceType::Outlet);
                    }
                    _ if p.via_text.is_none() => {
                        p.via_text = Some(d.slice(j + 1, k).to_string());
                    }
                    _ => {}
                }
                p.grow(j, k);
                return;
            }
            if is_complementizer(n) || d.toks[j].quote != 0 || self.is_cue_word(j) {
                return;
            }
            j += 1;
        }
    }

    /// «X نقلاً عن Y»: Y becomes the via of X (or, for an unnamed source inside an organisation, the
    /// organisation the source: «ونقلت الوكالة عن مصدر في وزارة الخارجية السورية»).
    pub(super) fn chain(&self, p: &mut Party, np: &Np, prior: &[Attribution]) {
        let q = self.party_of(np, prior);
        if np.backref {
            p.via_text = q.via_text.or(q.source_text);
            p.via_type = Some(SourceType::Anonymous);
            p.anonymous = true;
            return;
        }
        if named_party(&q) && np.within.is_none() {
            // «نقلت الوكالة عن وزير الخارجية»: the named speaker is the source, the relay the via.
            p.via = p.source.take();
            p.via_text = p.source_text.take();
            p.via_type = p.source_type.take();
            p.source = q.source;
            p.source_text = q.source_text;
            p.source_type = q.source_type;
            p.anonymous = false;
            return;
        }
        if let Some((e, a, b)) = np.within {
            p.source = Some(e);
            p.source_text = Some(self.d.slice(a, b).to_string());
            p.source_type = Some(source_type_of(self.g.entity(e).kind));
        }
        p.via = np.entity;
        p.via_text = Some(self.d.slice(np.a, np.b).to_string());
        p.via_type = np.ty;
        p.anonymous |= np.anonymous;
    }
}

/// «ذكرت الأناضول أن كاجر أكد …»: an attribution whose claim opens with another named speaker's
/// subject–verb clause relays it: the inner statement takes the outer speaker as its via, and the
/// outer one stays. An unnamed inner source becomes the outer one's via instead.
pub(super) fn merge_chains(d: &Doc, out: &mut Vec<Attribution>) {
    // «وبحسب سبوتنيك، لفت البيان الصيني إلى …»: an outlet credited right before another
    // attribution of the same sentence relays it.
    let mut k = 0;
    while k + 1 < out.len() {
        let (x, y) = (&out[k], &out[k + 1]);
        let relay = matches!(x.cue.as_str(), "بحسب" | "وفقا ل" | "وفق" | "نقلا عن")
            && x.source_type == Some(SourceType::Outlet)
            && !x.self_reported
            && x.via_text.is_none()
            && x.sentence == y.sentence
            && y.toks.0 == x.toks.1
            && d.toks[x.toks.1 - 1].sep & SEP_CLAUSE != 0
            && y.via.is_none()
            && y.via_text.is_none()
            && !y.self_reported;
        // «ونقلاً عن "نيويورك تايمز"، قال مسؤولون …»: unnamed people stay behind the outlet that
        // vouches for them (source the outlet, via them, anonymous), one attribution; a named
        // person or organisation is the source and the outlet its via, and the outlet's own
        // report stays a statement of its own, as in «ذكرت X أن Y أكد».
        let unnamed = y.anonymous;
        let named = !unnamed && matches!(y.source_type, Some(SourceType::Person | SourceType::Org));
        if relay && named {
            let (source, text) = (x.source, x.source_text.clone());
            let y = &mut out[k + 1];
            y.via = source;
            y.via_text = text;
            y.via_type = Some(SourceType::Outlet);
            k += 2;
            continue;
        }
        if relay && unnamed {
            let x = out.remove(k);
            let y = &mut out[k];
            y.via = y.source;
            y.via_text = y.source_text.take();
            y.via_type = y.source_type;
            y.source = x.source;
            y.source_text = x.source_text;
            y.source_type = Some(SourceType::Outlet);
            y.start = x.start;
            y.cue_text = d.slice(x.toks.0, y.toks.1).to_string();
            y.toks.0 = x.toks.0;
        }
        k += 1;
    }
    let mut k = 0;
    while k + 1 < out.len() {
        let (x, y) = (&out[k], &out[k + 1]);
        let gap = x.toks.1;
        let chained = x.sentence == y.sentence
            && x.via.is_none()
            && x.via_text.is_none()
            && gap < d.len()
            && is_complementizer(d.bare(gap))
            && y.toks.0 == gap + 1
            && (y.source.is_some() || y.source_text.is_some())
            && y.via_text.is_none();
        if chained {
            // A credited party that is not anonymous, a collective («الإعلام الإسرائيلي أقرّ») or
            // an outlet included, is the source; the outer speaker relays it.
            let named = !y.anonymous
                && !y.self_reported
                && matches!(
                    y.source_type,
                    Some(
                        SourceType::Person
                            | SourceType::Org
                            | SourceType::Outlet
                            | SourceType::Descriptive
                    )
                );
            if named {
                // «ذكرت الأناضول أن الوزير أكد»: the minister said it, through Anadolu; Anadolu's
                // own report stays a statement of its own.
                let (source, text, ty) = (x.source, x.source_text.clone(), x.source_type);
                let y = &mut out[k + 1];
                y.via = source;
                y.via_text = text;
                y.via_type = ty;
                k += 2;
                continue;
            }
            let y = out.remove(k + 1);
            let x = &mut out[k];
            // «ذكرت الوكالة أن مصدراً أكد»: the unnamed source stays behind the agency.
            x.via = y.source;
            x.via_text = y.source_text;
            x.via_type = y.source_type;
            x.anonymous |= y.anonymous;
            x.end = y.end;
            x.cue_text = d.slice(x.toks.0, y.toks.1).to_string();
            x.toks.1 = y.toks.1;
        }
        k += 1;
    }
}
