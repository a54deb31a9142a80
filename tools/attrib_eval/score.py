"""score.py DB SETDIR [-v|-k]: attribution scores of an archive against SETDIR/gold.
Alignment: a system row belongs to the gold row whose anchor span overlaps its cue span (one whose source
it names first, then the nearest start).
Strict match: the tokens of the gold source or one of its `also` forms are all among the system row's
tokens (source_text, linked entity's names, and via_text when the row is anonymous or self-reported).
Tolerant: a content token shared. Rows in a last line repeating the first are ignored (the lead).
-v lists every miss and wrong row (development sets only); -s the sources missed in all their rows,
with their anchors (development sets only); -k only counts the missed sources by the
gold kind and by what the system has at their anchors (nothing, another source, a part of it), which
says what kind of error dominates without showing any article (usable on held-out sets)."""
import sqlite3, json, sys, re, glob, os
V='-v' in sys.argv; K='-k' in sys.argv; M='-s' in sys.argv; args=[a for a in sys.argv[1:] if a not in ('-v','-k','-s')]
import collections
KINDS=collections.Counter()
db, setdir = args[0], args[1]
H=re.compile('[\u064B-\u0652\u0640\u0670]')
def norm(s):
    s=H.sub('',s or '')
    s=re.sub('[أإآٱ]','ا',s).replace('ى','ي').replace('ة','ه').replace('ؤ','و').replace('ئ','ي')
    s=re.sub(r'[^\w\s]',' ',s)
    return s
STOP=set(norm(w) for w in "في من على عن إلى الى و ال لـ ب مع التي الذي باسم".split())
def toks(s):
    out=set()
    for t in norm(s).split():
        out.add(t)
        if t.startswith('وال') and len(t)>4: out.add(t[1:])
        if t.startswith('ال') and len(t)>3: out.add(t[2:])
        if t.startswith('لل') and len(t)>3: out.add('ال'+t[2:]); out.add(t[2:])
    return out
def core(s): return {t for t in norm(s).split()}
con=sqlite3.connect(db)
arts={}
for aid,url,body in con.execute("select id,url,body from articles"): arts[url]=(aid,body)
rows={}
for r in con.execute("""select at.article_id,at.start,at.end,at.cue_text,at.source_text,at.via_text,at.anonymous,at.self_reported,
   coalesce(e.name_ar,''),coalesce(e.name_en,''),coalesce(v.name_ar,''),at.source_type from attributions at
   left join entities e on e.id=at.source_entity_id left join entities v on v.id=at.via_entity_id"""):
    rows.setdefault(r[0],[]).append(r)
T=dict(gs=0,gs_s=0,gs_t=0,st=0,st_s=0,sys=0,sys_al=0,sys_ok=0,unal=0)
for line in open(f"{setdir}/articles.jsonl"):
    a=json.loads(line); hid=a["hid"]; gp=f"{setdir}/gold/{hid}.json"
    if not os.path.exists(gp): continue
    aid,body=arts[a["url"]]; gold=json.load(open(gp))
    lines=body.split("\n"); cut=len(body)
    if len(lines)>1 and lines[-1].strip()==lines[0].strip() and lines[0].strip(): cut=len(body)-len(lines[-1])
    G=[]
    for g in gold:
        p=body.find(g["anchor"])
        if p<0: print("ANCHOR NOT FOUND",hid,g["anchor"]); continue
        forms=[g["source"]]+list(g.get("also") or [])
        if g.get("joint"): forms=list(g.get("also") or [])+[g["source"]]
        G.append(dict(g=g,s=p,e=p+len(g["anchor"]),forms=forms,hit_s=False,hit_t=False))
    S=[r for r in rows.get(aid,[]) if r[1]<cut]
    for r in S:
        names=" ".join([r[4] or '',r[8],r[9]]+([r[5] or '',r[10]] if (r[6] or r[7]) else []))
        st=toks(names)
        cand=[g for g in G if r[1]<g["e"] and r[2]>g["s"]]
        T["sys"]+=1
        if not cand:
            T["unal"]+=1
            if V: print(f"{hid} UNALIGNED  {r[3]!r} -> {r[4]!r} [{r[8]}] via {r[5]!r}")
            continue
        # Where anchors overlap («وأضاف أنّ "رئيس الحكومة نتنياهو قال"»), the gold row whose
        # source the row names, then the nearest start.
        g=min(cand,key=lambda g:(not any(core(f) and core(f)<=st for f in g["forms"]),abs(g["s"]-r[1]))); T["sys_al"]+=1
        strict=any(core(f) and core(f)<=st for f in g["forms"])
        tol=strict or any((core(f)-STOP)&st for f in g["forms"])
        if strict: g["hit_s"]=True
        if tol: g["hit_t"]=True; T["sys_ok"]+=1
        elif V: print(f"{hid} WRONG  {r[3]!r} -> {r[4]!r} [{r[8]}] via {r[5]!r}   gold: {g['g']['source']} ({g['g']['kind']})")
    T["st"]+=len(G); T["st_s"]+=sum(g["hit_s"] for g in G)
    by={}
    for g in G: by.setdefault(norm(g["g"]["source"]).strip(),[]).append(g)
    for k,gs in by.items():
        T["gs"]+=1; T["gs_s"]+=any(g["hit_s"] for g in gs); T["gs_t"]+=any(g["hit_t"] for g in gs)
        if not any(g["hit_s"] for g in gs):
            rows_at=any(r[1]<g["e"] and r[2]>g["s"] for g in gs for r in S)
            what="part of it" if any(g["hit_t"] for g in gs) else ("another source" if rows_at else "no row")
            KINDS[(gs[0]["g"]["kind"],what)]+=1
            if M: print(f"{hid} SOURCE MISSED ({what}): {gs[0]['g']['source']} ({gs[0]['g']['kind']}) at {[g['g']['anchor'] for g in gs]}")
    if V:
        for g in G:
            if not g["hit_s"]:
                near=[r for r in S if r[1]<g["e"] and r[2]>g["s"]]
                print(f"{hid} MISS{'(tol)' if g['hit_t'] else ''}  {g['g']['anchor']!r}  gold: {g['g']['source']} ({g['g']['kind']})  sys: {[ (r[4],r[8],r[5]) for r in near]}")
f=lambda a,b: a/b if b else 0
print(f"sources {T['gs']}: recall strict {f(T['gs_s'],T['gs']):.3f} tolerant {f(T['gs_t'],T['gs']):.3f} | statements {T['st']}: recall {f(T['st_s'],T['st']):.3f} | system rows {T['sys']}, aligned {T['sys_al']}, precision(aligned) {f(T['sys_ok'],T['sys_al']):.3f}, unaligned {T['unal']}")
if K:
    for (kind,what),n in sorted(KINDS.items(),key=lambda x:-x[1]): print(f"missed source  {kind:12} {what:15} {n}")
