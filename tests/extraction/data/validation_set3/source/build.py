"""Write articles.jsonl, the kt.kz-style dump and dev_gold.jsonl from data_*.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_en  # noqa: E402
import data_ru  # noqa: E402
import data_kk  # noqa: E402
import data_dump  # noqa: E402


def gold_rows(art, published, inferred):
    rows = []
    for g in art["gold"]:
        issuer = g["issuer"]
        if issuer == "__default__":
            issuer = art.get("issuer")
        rows.append({
            "article": art["title"],
            "published": published,
            "published_inferred": inferred,
            "quote": g["quote"],
            "optional": g["optional"],
            "issuer": issuer,
            "responsible": g["responsible"],
            "co_executors": g["co_executors"],
            "task": g["task"],
            "deadline": g["deadline"],
            "deadline_text": g["deadline_text"],
            "deadline_granularity": g["deadline_granularity"],
        })
    return rows


def main():
    jsonl_articles = data_en.ARTICLES + data_ru.ARTICLES + data_kk.ARTICLES
    gold = []
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in jsonl_articles:
            rec = {"id": a["id"], "lang": a["lang"], "published": a["published"],
                   "title": a["title"], "text": a["text"], "url": a["url"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            gold.extend(gold_rows(a, a["published"], False))

    lines = []
    for a in data_dump.ARTICLES:
        if a["stamp"] is not None:
            lines.append(a["stamp"])
        lines.append(a["title"])
        lines.extend(a["text"].split("\n"))
        gold.extend(gold_rows(a, a["published"], a["inferred"]))
    with open(os.path.join(HERE, data_dump.DUMP_FILE), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    with open(os.path.join(HERE, "dev_gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_opt = sum(r["optional"] for r in gold)
    print(f"articles: {len(jsonl_articles)} jsonl + {len(data_dump.ARTICLES)} dump; "
          f"gold rows {len(gold)} ({len(gold) - n_opt} required, {n_opt} optional)")


if __name__ == "__main__":
    main()
