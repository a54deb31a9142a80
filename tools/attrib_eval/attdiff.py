"""attdiff.py OLD NEW N: attribution rows new, gone and changed between two archives of the same articles."""
import sqlite3, sys, random
def load(db):
    con=sqlite3.connect(db); out={}
    for r in con.execute("""select a.url,at.start,at.end,at.cue_text,coalesce(at.source_text,''),coalesce(e.name_ar,''),coalesce(at.via_text,''),at.source_type,at.anonymous,substr(a.body,max(at.start-40,1),at.end-at.start+120) from attributions at join articles a on a.id=at.article_id left join entities e on e.id=at.source_entity_id"""):
        out[(r[0],r[1])]=r[3:]
    return out
o=load(sys.argv[1]); n=load(sys.argv[2]); N=int(sys.argv[3])
new=[k for k in n if k not in o]; gone=[k for k in o if k not in n]
ch=[k for k in n if k in o and n[k][1:6]!=o[k][1:6]]
print(f"old {len(o)} new {len(n)}: +{len(new)} -{len(gone)} changed {len(ch)}")
R=random.Random(1)
for name,ks,src in (("NEW",new,n),("GONE",gone,o),("CHANGED",ch,n)):
    ks=sorted(ks); R.shuffle(ks)
    for k in ks[:N]:
        r=src[k]; extra=f"  (was {o[k][1]!r} [{o[k][2]}] via {o[k][3]!r})" if name=="CHANGED" else ""
        print(f"{name} {r[0]!r} -> {r[1]!r} [{r[2]}] via {r[3]!r} {r[4]}{extra}\n     | {r[6].replace(chr(10),' / ')}")
