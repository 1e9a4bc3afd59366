"""Builds articles.jsonl, the English news-list dump and dev_gold.jsonl from build_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_en import EN
from build_ru import RU
from build_kk import KK
from build_dump import DUMP, DUMP_NAME

here = os.path.dirname(os.path.abspath(__file__))
arts = EN + RU + KK
gold_rows = []

def add_gold(title, published, inferred, gold):
    for (quote, resp, co, task, dl, dtext, gran, issuer, opt) in gold:
        gold_rows.append(dict(article=title, published=published, published_inferred=inferred,
            quote=quote, optional=opt, issuer=issuer, responsible=resp, co_executors=co, task=task,
            deadline=dl, deadline_text=dtext, deadline_granularity=gran))

with open(os.path.join(here, "articles.jsonl"), "w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps({k: a[k] for k in ("id", "lang", "published", "title", "text")}, ensure_ascii=False) + "\n")
        add_gold(a["title"], a["published"], False, a["gold"])

lines = []
for d in DUMP:
    if d["date_line"]:
        lines.append(d["date_line"])
    lines.append(d["title"])
    lines.extend(d["text"].strip("\n").split("\n"))
    add_gold(d["title"], d["published"], d["inferred"], d["gold"])
with open(os.path.join(here, DUMP_NAME), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

with open(os.path.join(here, "dev_gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold_rows:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")

print(len(arts) + len(DUMP), "articles;", len(gold_rows), "gold rows;",
      sum(1 for g in gold_rows if not g["optional"]), "non-optional")
