"""Build and validate the independently written extraction set (articles.jsonl + dev_gold.jsonl)."""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import ARTICLES  # noqa: E402
import en, ru, kk  # noqa: E402,F401

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent
REGISTRY = Path("/work/main/tracker/extraction/data/bodies.json")
names = {b["name"] for b in json.loads(REGISTRY.read_text())}

errors = []
titles = [a["title"] for a in ARTICLES]
if len(set(titles)) != len(titles):
    errors.append("duplicate titles")
ids = [a["id"] for a in ARTICLES]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")

gold_rows = []
for a in ARTICLES:
    text = a["text"]
    pub = dt.date.fromisoformat(a["published"][:10])
    paras = text.split("\n")
    for g in a["gold"]:
        q = g["quote"]
        n = text.count(q)
        if n != 1:
            errors.append(f"{a['id']}: quote occurs {n}x: {q!r}")
            continue
        para = next(p for p in paras if q in p)
        # the quote must not cross a sentence boundary
        if re.search(r"[.!?;:]\s+\S", q):
            errors.append(f"{a['id']}: quote may cross a sentence boundary: {q!r}")
        if g["deadline_text"] and g["deadline_text"] not in para:
            errors.append(f"{a['id']}: deadline_text {g['deadline_text']!r} not in the quote's paragraph")
        if g["deadline"] is not None:
            dt.date.fromisoformat(g["deadline"])
            if g["deadline_granularity"] not in {"day", "month", "quarter", "half", "year"}:
                errors.append(f"{a['id']}: bad granularity {g['deadline_granularity']}")
        elif g["deadline_granularity"] is not None:
            errors.append(f"{a['id']}: granularity without deadline: {q!r}")
        for b in g["responsible"] + g["co_executors"]:
            if b not in names and b != b.lower():
                errors.append(f"{a['id']}: unknown body {b!r}")
            if b not in names:
                print(f"note: {a['id']}: body not in registry (group): {b!r}")
        if not g["task"]:
            errors.append(f"{a['id']}: empty task")
        row = {"article": a["title"], "published": pub.isoformat(), "published_inferred": False}
        row.update(g)
        gold_rows.append(row)

if errors:
    print("\n".join(errors))
    sys.exit(1)

OUT.mkdir(parents=True, exist_ok=True)
with open(OUT / "articles.jsonl", "w", encoding="utf-8") as f:
    for a in ARTICLES:
        f.write(json.dumps({k: a[k] for k in ("id", "lang", "published", "title", "text")},
                           ensure_ascii=False) + "\n")
with open(OUT / "dev_gold.jsonl", "w", encoding="utf-8") as f:
    for r in gold_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# summary
from collections import Counter
c_art = Counter(a["lang"] for a in ARTICLES)
c_all = Counter(); c_opt = Counter(); c_dl = Counter()
lang_of = {a["title"]: a["lang"] for a in ARTICLES}
for r in gold_rows:
    L = lang_of[r["article"]]
    c_all[L] += 1
    c_opt[L] += r["optional"]
    c_dl[L] += (not r["optional"]) and r["deadline"] is not None
for L in ("en", "ru", "kk"):
    print(f"{L}: {c_art[L]} articles, {c_all[L]} gold ({c_opt[L]} optional, {c_all[L]-c_opt[L]} required, "
          f"{c_dl[L]} required with a deadline), {sum(1 for a in ARTICLES if a['lang']==L and not a['gold'])} with none")
print("total gold", len(gold_rows), "optional", sum(c_opt.values()))
print("granularities", Counter(r["deadline_granularity"] for r in gold_rows if not r["optional"]))
