"""miss.py DB N SEED [VERBREGEX]: reporting-verb occurrences (with أن/: /quote after within 60 chars) that no attribution row covers; counts per verb and N random examples."""
import sqlite3, sys, re, random, collections
db=sys.argv[1]; N=int(sys.argv[2]); seed=int(sys.argv[3])
H=re.compile('[\u064B-\u0652\u0640\u0670]')
verbs = sys.argv[4] if len(sys.argv)>4 else "قال|أكد|أعلن|أشار|أضاف|ذكر|أفاد|كشف|صرح|شدد|لفت|اعتبر|رأى|وصف|حذر|أدان|نفى|أوضح|بين|نقل|أورد|تابع|دعا|طالب|استنكر|اعترف|زعم|ادعى|أبلغ|أعرب|نوه|رجح|توقع|هدد|شكر|ثمن|حيا|تبنى|نص|سرب|هاجم|رفض|اتهم|رحب"
pat=re.compile(r'(?<![\w])([وف]?)('+verbs+r')(ت|وا|تا|ا)?(?![\w])')
con=sqlite3.connect(db)
rows=collections.defaultdict(list)
for aid,s,e,cs,ce in con.execute("select article_id,start,end,coalesce(claim_start,start),coalesce(claim_end,end) from attributions"): rows[aid].append((s,e))
cnt=collections.Counter(); tot=collections.Counter(); ex=[]
for aid,body in con.execute("select id,body from articles"):
    # the text without harakat, with a map back to the body's offsets
    idx=[i for i,c in enumerate(body) if not H.match(c)]
    st="".join(body[i] for i in idx)
    for m in pat.finditer(st):
        after=st[m.end():m.end()+60]
        if not re.search(r'أن|إن|:|"|«|بأن',after): continue
        v=m.group(2); tot[v]+=1
        p=idx[m.start()]; q=idx[m.end()-1]+1
        if any(s<q and e>p for s,e in rows[aid]): continue
        cnt[v]+=1; ex.append((aid,v,body[max(0,p-80):q+100].replace("\n"," / ")))
for v,c in cnt.most_common(): print(f"{v}\t{c}/{tot[v]}")
print("total",sum(cnt.values()),"of",sum(tot.values()))
random.Random(seed).shuffle(ex)
for e in ex[:N]: print(e[0],e[1],"|",e[2]); print()
