"""try.py BIN < bodies separated by blank lines: attribution rows of each."""
import sys, json, subprocess, tempfile, os, sqlite3
bin=sys.argv[1]; txt=sys.stdin.read()
bodies=[b.strip() for b in txt.split("\n\n") if b.strip()]
d=tempfile.mkdtemp(); j=os.path.join(d,"a.jsonl"); db=os.path.join(d,"a.db")
with open(j,"w") as f:
    for i,b in enumerate(bodies): f.write(json.dumps({"title":f"t{i}","body":b,"url":f"http://x/{i}","outlet":"الميادين","published_at":"2023-05-01T10:00:00+03:00"},ensure_ascii=False)+"\n")
subprocess.run([bin,"--db",db,"import",j],check=True,capture_output=True)
con=sqlite3.connect(db)
for aid,body in con.execute("select id,body from articles order by id"):
    print("##",body[:90])
    for r in con.execute("select cue_text,source_text,coalesce(e.name_ar,''),via_text,source_type,anonymous,self_reported,substr(a.body,claim_start+1,40) from attributions at left join entities e on e.id=source_entity_id join articles a on a.id=at.article_id where article_id=? order by start",(aid,)):
        print("  ",r)
