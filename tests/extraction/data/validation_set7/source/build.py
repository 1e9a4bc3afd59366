"""Build /work/validation_set7 files from the data_*.py modules."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_kk, data_ru, data_en, data_dump

FIELDS = ("quote", "optional", "issuer", "responsible", "co_executors", "task",
          "deadline", "deadline_text", "deadline_granularity")


def gold_rows(title, published, inferred, gold):
    for g in gold:
        row = {"article": title, "published": published, "published_inferred": inferred}
        row.update(dict(zip(FIELDS, g)))
        yield row


def dump_date_iso(line):
    d = line.split(",")[0]
    dd, mm, yyyy = d.split(".")
    return f"{yyyy}-{mm}-{dd}"


def main():
    jsonl_articles = data_kk.ARTICLES + data_ru.ARTICLES + data_en.ARTICLES
    gold = []
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in jsonl_articles:
            rec = {k: a[k] for k in ("id", "lang", "published", "title", "text")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            gold.extend(gold_rows(a["title"], a["published"], False, a["gold"]))
    # news-list dump
    lines = []
    dated = [dump_date_iso(d) for d, *_ in data_dump.ARTICLES if d]
    for i, (dline, title, body, g) in enumerate(data_dump.ARTICLES):
        if dline:
            lines.append(dline)
            pub, inferred = dump_date_iso(dline), False
        else:
            # nearest dated article below
            pub = next(dump_date_iso(d) for d, *_ in data_dump.ARTICLES[i + 1:] if d)
            inferred = True
        lines.append(title)
        lines.extend(body)
        gold.extend(gold_rows(title, pub, inferred, g))
    with open(os.path.join(OUT, "kt_kz_government_2026-05.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as f:
        for row in gold:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"articles.jsonl: {len(jsonl_articles)}; dump: {len(data_dump.ARTICLES)}; gold rows: {len(gold)}")


if __name__ == "__main__":
    main()
