"""Build the validation set 6 files from data_*.py.

Writes ../articles.jsonl, ../kt_kz_government_2025-10.txt and ../dev_gold.jsonl.
Run: python3 build.py && python3 validate.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import data_en, data_ru, data_kk, data_dump  # noqa: E402

FIELDS = ["article", "published", "published_inferred", "quote", "optional", "issuer",
          "responsible", "co_executors", "task", "deadline", "deadline_text",
          "deadline_granularity"]


def gold_rows(art, published, inferred):
    for lab in art["labels"]:
        row = {"article": art["title"], "published": published, "published_inferred": inferred}
        row.update(lab)
        yield {k: row[k] for k in FIELDS}


def main():
    jsonl_articles = data_en.ARTICLES + data_ru.ARTICLES + data_kk.ARTICLES
    gold = []
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in jsonl_articles:
            rec = {"id": a["id"], "lang": a["lang"], "published": a["published"],
                   "title": a["title"], "text": a["text"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            gold.extend(gold_rows(a, a["published"], False))

    lines = []
    for i, a in enumerate(data_dump.ARTICLES):
        if a["date_line"] is None:
            assert i == 0, "only the first dump article may be headless"
        else:
            lines.append(a["date_line"])
        lines.append(a["title"])
        lines.extend(a["text"].split("\n"))
        gold.extend(gold_rows(a, a["published"], a["inferred"]))
    with open(os.path.join(OUT, "kt_kz_government_2025-10.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    with open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as f:
        for row in gold:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"articles.jsonl: {len(jsonl_articles)} articles; dump: {len(data_dump.ARTICLES)} articles; "
          f"gold: {len(gold)} rows")


if __name__ == "__main__":
    main()
