"""python3 check_gold.py SETDIR [ID...]: checks each gold file: valid JSON, fields, anchors unique in body."""
import json, sys, os, glob
d=sys.argv[1]; ids=sys.argv[2:] or sorted(os.path.basename(p)[:-4] for p in glob.glob(d+"/*.txt"))
bad=0
for i in ids:
    gp=f"{d}/gold/{i}.json"
    if not os.path.exists(gp): print(i,"no gold file"); bad+=1; continue
    txt=open(f"{d}/{i}.txt").read(); title,_,body=txt.partition("\n\n")
    lines=body.rstrip("\n").split("\n")
    if len(lines)>1 and lines[-1].strip()==lines[0].strip(): body="\n".join(lines[:-1])
    try: g=json.load(open(gp))
    except Exception as e: print(i,"bad json",e); bad+=1; continue
    for r in g:
        for k in ("anchor","source","kind","claim"):
            if k not in r: print(i,"missing",k,r); bad+=1
        if r.get("kind") not in ("person","title","org","outlet","descriptive","anonymous","self"): print(i,"bad kind",r.get("kind")); bad+=1
        a=r.get("anchor","")
        c=body.count(a)
        if c!=1: print(i,f"anchor occurs {c}x in body:",a); bad+=1
    print(i,len(g),"rows")
print("problems:",bad)
