"""Build /work/validation_set5/{articles.jsonl, kt_kz_government_2026-03.txt, dev_gold.jsonl}."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import data_en  # noqa: E402
import data_ru  # noqa: E402
import data_kk  # noqa: E402
import data_dump  # noqa: E402

GOLD_KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
             "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]


def gold_row(title, published, inferred, lab):
    row = {"article": title, "published": published[:10], "published_inferred": inferred}
    row.update(lab)
    return {k: row[k] for k in GOLD_KEYS}


def main():
    articles = data_en.ARTICLES + data_ru.ARTICLES + data_kk.ARTICLES
    gold = []

    # dump first (it is the "news list" part of the set)
    lines = []
    for art in data_dump.DUMP:
        if art["header"] is not None:
            lines.append(art["header"])
        lines.append(art["title"])
        lines.extend(art["body"])
        for lab in art["labels"]:
            gold.append(gold_row(art["title"], art["published"], art["inferred"], lab))
    with open(os.path.join(OUT, "kt_kz_government_2026-03.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for art in articles:
            rec = {"id": art["id"], "lang": art["lang"], "published": art["published"],
                   "title": art["title"], "text": art["text"]}
            if art.get("url"):
                rec["url"] = art["url"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for lab in art["labels"]:
                gold.append(gold_row(art["title"], art["published"], False, lab))

    with open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as f:
        for row in gold:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"articles.jsonl: {len(articles)} articles; dump: {len(data_dump.DUMP)} articles; gold rows: {len(gold)}")


if __name__ == "__main__":
    main()
