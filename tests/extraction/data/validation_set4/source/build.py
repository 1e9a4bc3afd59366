"""Build /work/validation_set4/{articles.jsonl, kt_kz_government_2025-12.txt, dev_gold.jsonl}
from the hand-written data_*.py modules."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import data_en, data_ru, data_kk, data_dump  # noqa: E402

GOLD_FIELDS = ["article", "published", "published_inferred", "quote", "optional", "issuer",
               "responsible", "co_executors", "task", "deadline", "deadline_text",
               "deadline_granularity"]


def gold_rows(a, inferred):
    for g in a["gold"]:
        row = {"article": a["title"], "published": a["published"], "published_inferred": inferred}
        row.update(g)
        yield {k: row[k] for k in GOLD_FIELDS}


def main():
    jsonl_articles = data_en.ARTICLES + data_ru.ARTICLES + data_kk.ARTICLES
    jsonl_articles.sort(key=lambda a: (a["published"], a["id"]))
    gold = []
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in jsonl_articles:
            rec = {k: a[k] for k in ("id", "lang", "published", "title", "text")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            gold.extend(gold_rows(a, False))

    lines = []
    for dateline, a in data_dump.DUMP:
        if dateline:
            lines.append(dateline)
        lines.append(a["title"])
        lines.extend(a["text"].split("\n"))
        gold.extend(gold_rows(a, dateline is None))
    with open(os.path.join(OUT, "kt_kz_government_2025-12.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    with open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"articles.jsonl: {len(jsonl_articles)} articles; dump: {len(data_dump.DUMP)}; gold rows: {len(gold)}")


if __name__ == "__main__":
    main()
