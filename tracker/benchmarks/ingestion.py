"""Ingest throughput on SQLite and PostgreSQL, beside the per-row baseline.

    python -m tracker.benchmarks ingestion
    python -m tracker.benchmarks.ingestion [--articles N] [--postgres URL] [--skip-baseline]

1. Generates N articles (10,000 by default) into a JSON Lines file: paragraphs of the
   sample dump (``tracker/sample/kt_kz_government_2025-08.txt``) in random order, with
   the ministries they name swapped for others, plus one or two directive sentences per
   article with varied issuers, bodies, co-executors, tasks and deadline phrases;
   publication dates spread over 18 months; 70% carry a URL, half a language. Articles
   are as long as the sample's (5-12 paragraphs, about 2,300 characters).
2. For each database (a fresh SQLite file; a PostgreSQL database created and dropped by
   the bench) and each variant, a child process migrates an empty database, then times
   ``read_input`` + ingest of the whole file end to end, counts the SQL queries, and
   times the same file again (a re-ingest: must store nothing).

   * ``baseline``: the per-row service as it was before this issue (one duplicate
     query, one article INSERT and a transaction per article), extraction inline;
   * ``batched``: ``ingest_articles`` as shipped (one duplicate lookup and bulk INSERTs
     per chunk of 200), extraction inline;
   * ``batched+pool``: the same with the extraction process pool ``manage.py ingest``
     uses by default (one process per CPU, up to 4).

The figures are printed and written to ``tracker/benchmarks/results/ingestion.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tracker" / "sample" / "kt_kz_government_2025-08.txt"
RESULTS = Path(__file__).resolve().parent / "results" / "ingestion.md"
BENCH_DB = "tracker_bench_ingestion"
VARIANTS = ("baseline", "batched", "batched+pool")

MINISTRIES = [
    "Ministry of Agriculture", "Ministry of Culture and Information", "Ministry of Education",
    "Ministry of Emergency Situations", "Ministry of Energy", "Ministry of Finance",
    "Ministry of Healthcare", "Ministry of Industry and Construction",
    "Ministry of Internal Affairs", "Ministry of Justice", "Ministry of National Economy",
    "Ministry of Science and Higher Education", "Ministry of Tourism and Sports",
    "Ministry of Trade and Integration", "Ministry of Transport",
    "Ministry of Water Resources and Irrigation", "Ministry of Ecology and Natural Resources",
    "Ministry of Labor and Social Protection of the Population",
    "Ministry of Artificial Intelligence and Digital Development",
]
OTHERS = [
    "Agency for Strategic Planning and Reforms", "Samruk-Kazyna", "Baiterek",
    "Kazakhstan Temir Zholy", "Development Bank of Kazakhstan", "regional akimats",
    "Akimat of Astana", "Akimat of Almaty", "interested government agencies",
]
ISSUERS = ["The Prime Minister", "Prime Minister Olzhas Bektenov", "The Head of State",
           "Deputy Prime Minister Serik Zhumangarin", "Deputy Prime Minister Kanat Bozumbayev"]
TASKS = [
    "complete the modernisation of {n} boiler houses",
    "submit proposals on the digital tender platform for {n} projects",
    "ensure the launch of a pilot project in {n} districts",
    "repair {n} kilometres of heating networks",
    "prepare amendments to {n} regulatory legal acts",
    "equip {n} perinatal centres with modern medical equipment",
    "build {n} new schools in the regions",
    "connect {n} villages to broadband internet",
    "audit the spending of {n} budget programmes",
    "draw up a roadmap for {n} export-oriented enterprises",
]
DEADLINES = ["by October 1", "by the end of the year", "within two weeks",
             "in the first quarter of 2026", "by December 1, 2025", "by the end of next year",
             "by mid-year", "in November", "before the heating season", ""]
_MINISTRY = re.compile("|".join(re.escape(m) for m in sorted(MINISTRIES, key=len, reverse=True)))


# --------------------------------------------------------------------------- the corpus


def _paragraphs() -> list[str]:
    from tracker.extraction.sources import SourceArticle, read_articles

    out = []
    for article in read_articles(SAMPLE):
        if isinstance(article, SourceArticle):
            out.extend(p.strip() for p in article.text.split("\n") if len(p.strip()) > 40)
    return out


def _directive_sentence(rnd: random.Random, n: int) -> str:
    body = rnd.choice(MINISTRIES)
    task = rnd.choice(TASKS).format(n=n)
    deadline = rnd.choice(DEADLINES)
    tail = f" {deadline}." if deadline else "."
    form = rnd.randrange(3)
    if form == 0:
        return f"{rnd.choice(ISSUERS)} instructed the {body} to {task}{tail}"
    if form == 1:
        return f"The {body}, together with the {rnd.choice(OTHERS)}, must {task}{tail}"
    return f"The {body} has been instructed to {task}{tail}"


def generate(path: Path, count: int, *, seed: int = 2025) -> None:
    rnd = random.Random(seed)
    paragraphs = _paragraphs()
    start = dt.datetime(2025, 1, 1, 8, 0)
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            chosen = [
                _MINISTRY.sub(lambda _m: rnd.choice(MINISTRIES), p)
                for p in rnd.sample(paragraphs, rnd.randint(5, 12))
            ]
            for _ in range(rnd.randint(1, 2)):
                chosen.insert(rnd.randrange(len(chosen) + 1), _directive_sentence(rnd, n))
            published = start + dt.timedelta(minutes=rnd.randrange(18 * 30 * 24 * 60))
            record = {
                "title": f"Government session {n}: {rnd.choice(chosen)[:60]}",
                "published": published.isoformat(timespec="minutes"),
                "text": "\n".join(chosen),
            }
            if rnd.random() < 0.7:
                record["url"] = f"https://news.example.kz/{published:%Y/%m}/{n}"
            if rnd.random() < 0.5:
                record["lang"] = "en"
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- child process


def _naive_ingest(articles, source_name: str = ""):
    """The per-row ingest service as it was before batching (kept here as the baseline)."""
    from django.db import transaction

    from tracker.directives.models import Article, Directive, DirectiveBody
    from tracker.extraction import detect_lang, extract
    from tracker.extraction.sources import InputError
    from tracker.ingestion.services import (
        LANGS,
        BodyResolver,
        IngestReport,
        _aware_published,
        body_links_for,
        directive_from_extraction,
        normalized_content_hash,
        registry_from_database,
    )

    report = IngestReport()
    registry = registry_from_database()
    bodies = BodyResolver()
    for item in articles:
        if isinstance(item, InputError):
            report.fail(str(item))
            continue
        text = item.text.strip()
        lang = item.lang if item.lang in LANGS else detect_lang(text)
        content_hash = normalized_content_hash(text)
        url = item.url or None
        duplicates = Article.objects.filter(content_hash=content_hash)
        if url:
            duplicates = duplicates | Article.objects.filter(url=url)
        if duplicates.exists():
            report.duplicate += 1
            continue
        found = extract(text, item.published_date, lang, registry=registry, title=item.title)
        with transaction.atomic():
            stored = Article.objects.create(
                title=item.title.strip()[:500] or text[:80], text=text,
                published=_aware_published(item.published),
                published_inferred=item.published_inferred, lang=lang,
                source_name=source_name, url=url,
            )
            directives = [directive_from_extraction(article=stored, found=f) for f in found]
            Directive.objects.bulk_create(directives)
            DirectiveBody.objects.bulk_create([
                link for d, f in zip(directives, found, strict=True)
                for link in body_links_for(directive=d, found=f, bodies=bodies)
            ])
        bodies.committed()
        report.new += 1
        report.directives_proposed += len(directives)
    return report


def _child(variant: str, path: str) -> dict:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from tracker.directives.models import Article, Directive
    from tracker.ingestion.parallel import auto_workers
    from tracker.ingestion.readers import read_input
    from tracker.ingestion.services import ingest_articles

    call_command("migrate", verbosity=0)
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    # The pool variant uses at least two processes, even where the default would not.
    workers = max(2, auto_workers(settings.INGEST_WORKERS)) if variant == "batched+pool" else 1

    def run():
        articles = read_input(path)
        if variant == "baseline":
            return _naive_ingest(articles, "bench")
        return ingest_articles(articles=articles, source_name="bench", workers=workers)

    def cpu() -> float:
        # This process and the extraction processes it started (counted once reaped).
        own = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    with connection.execute_wrapper(count):
        load_before = os.getloadavg()[0]
        cpu_started = cpu()
        started = time.perf_counter()
        first = run()
        first_seconds = time.perf_counter() - started
        first_cpu = cpu() - cpu_started
        load_after = os.getloadavg()[0]
        first_queries = queries
        stored = (Article.objects.count(), Directive.objects.count())
        queries = 0
        started = time.perf_counter()
        second = run()
        second_seconds = time.perf_counter() - started
        second_queries = queries
    assert (Article.objects.count(), Directive.objects.count()) == stored
    return {
        "variant": variant,
        "workers": workers,
        "articles": first.new + first.duplicate + first.failed,
        "new": first.new,
        "failed": first.failed,
        "directives": first.directives_proposed,
        "seconds": first_seconds,
        "cpu_seconds": first_cpu,
        "load": (load_before + load_after) / 2,
        "queries": first_queries,
        "reingest_seconds": second_seconds,
        "reingest_queries": second_queries,
        "reingest_new": second.new,
        "reingest_duplicate": second.duplicate,
        "vendor": connection.vendor,
        "server": connection.cursor().connection.info.server_version
        if connection.vendor == "postgresql"
        else __import__("sqlite3").sqlite_version,
    }


# --------------------------------------------------------------------------- orchestration


def _run_child(variant: str, path: Path, database_url: str) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "LOG_LEVEL": "WARNING",
        # 10,000 articles of this size make a file over the 20 MB default limit.
        "INGEST_MAX_BYTES": str(max(path.stat().st_size, 20 * 1024 * 1024)),
    }
    out = subprocess.run(
        [sys.executable, "-m", "tracker.benchmarks.ingestion", "--child", variant, str(path)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{variant} on {database_url} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _postgres_admin(url: str):
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    return psycopg.connect(admin.replace("postgres://", "postgresql://", 1), autocommit=True)


def _with_postgres(url: str, variant: str, path: Path) -> dict:
    parts = urlsplit(url)
    bench_url = urlunsplit(parts._replace(path=f"/{BENCH_DB}"))
    with _postgres_admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{BENCH_DB}"')
    try:
        return _run_child(variant, path, bench_url)
    finally:
        with _postgres_admin(url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')


def _postgres_url(given: str | None) -> str | None:
    url = given or os.environ.get("BENCH_POSTGRES_URL")
    if not url:
        current = os.environ.get("DATABASE_URL", "")
        url = current if current.startswith("postgres") else "postgres://postgres@127.0.0.1:5432/"
    try:
        with _postgres_admin(url):
            return url
    except Exception as exc:
        print(f"   PostgreSQL not reachable at {url} ({exc}); skipped")
        return None


def _row(result: dict, baseline: dict | None) -> str:
    rate = result["articles"] / result["seconds"]
    speedup = f"{baseline['seconds'] / result['seconds']:.1f}x" if baseline else "—"
    return (
        f"| {result['vendor']} | {result['variant']} | {result['workers']} | "
        f"{result['articles']:,} | {result['seconds']:.1f} | **{rate:.0f}** | {speedup} | "
        f"{1000 * result['cpu_seconds'] / result['articles']:.1f} | {result['load']:.1f} | "
        f"{result['queries'] / result['articles']:.3f} | {result['reingest_seconds']:.2f} | "
        f"{result['seconds'] / result['reingest_seconds']:.0f}x | "
        f"{result['reingest_queries'] / result['articles']:.3f} |"
    )


def _report(results: list[dict], count: int, corpus: dict) -> str:
    lines = [
        "# Ingestion benchmark",
        "",
        f"`python -m tracker.benchmarks ingestion`, run {dt.datetime.now():%Y-%m-%d %H:%M}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}, "
        + ", ".join(sorted({f"{r['vendor']} {r['server']}" for r in results})) + ".",
        "",
        f"{count:,} generated articles in one JSON Lines file ({corpus['mb']:.1f} MB, over "
        "the 20 MB default of `INGEST_MAX_BYTES`, which the bench raises; "
        f"{corpus['chars']:,.0f} characters per article on average), built from the sample "
        "dump's paragraphs with swapped ministries and one or two generated directive "
        "sentences each. Each run starts from an empty, migrated database; times are wall "
        "clock of `read_input` + ingest, end to end. Queries are every SQL statement sent, "
        "transactions included. *Client CPU* is the CPU time of the ingesting process and "
        "its extraction processes (the database server's is not in it); *load* is the "
        "machine's one-minute load average during the run: the machine is shared, and "
        "wall-clock rates drop when other work runs beside the bench.",
        "",
        "| database | variant | extraction processes | articles | seconds | articles/s | "
        "speed-up vs baseline | client CPU ms/article | load | queries/article | "
        "re-ingest s | first/re-ingest | re-ingest queries/article |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | "
        "---: |",
    ]
    for vendor in ("sqlite", "postgresql"):
        rows = [r for r in results if r["vendor"] == vendor]
        baseline = next((r for r in rows if r["variant"] == "baseline"), None)
        lines.extend(_row(r, baseline if r is not baseline else None) for r in rows)
    directives = {r["directives"] for r in results}
    postgres = [r for r in results if r["vendor"] == "postgresql" and r["variant"] != "baseline"]
    if postgres:
        best = max(postgres, key=lambda r: r["articles"] / r["seconds"])
        rate = best["articles"] / best["seconds"]
        cpu_rate = 1000 / (1000 * best["cpu_seconds"] / best["articles"])
        lines += [
            "",
            f"**Target ≥ 150 articles/s end to end on PostgreSQL: "
            f"{'met' if rate >= 150 else 'not met'}** in this run (best: {rate:.0f}/s, "
            f"{best['variant']}, load {best['load']:.1f} on {os.cpu_count()} CPUs). "
            f"Its client CPU cost, {1000 * best['cpu_seconds'] / best['articles']:.1f} ms "
            f"per article, is {cpu_rate:.0f} articles per CPU-second, before the database "
            "server's share.",
        ]
    lines += [
        "",
        f"Every run stored {results[0]['new']:,} articles and "
        f"{', '.join(f'{d:,}' for d in sorted(directives))} proposed directives; every "
        "re-ingest stored nothing (all duplicates).",
        "",
        "## Reading the figures",
        "",
        "* **baseline** is the per-row service this issue started from: per article one "
        "duplicate query, an INSERT of the article, bulk INSERTs of its directives and body "
        "links, in a transaction of its own.",
        "* **batched** looks up the URLs and hashes of 200 articles at once and writes "
        "the chunk with bulk INSERTs in one transaction (falling back to one transaction "
        "per article if the chunk fails, so a failed article still stores nothing). It also "
        "writes one more row per directive than the baseline (the extractor's reading, "
        "kept for `reextract`).",
        "* **batched+pool** extracts in worker processes while the main process writes the "
        "previous chunk; `manage.py ingest` does so on a large file when the machine has "
        "CPUs to spare (`INGEST_WORKERS=0`: one process per CPU but one, so none on this "
        "two-CPU machine, where the pool competes with the writer and the database).",
        "* Once the database work is batched, extraction (pure Python) is most of the "
        "client CPU per article; the writer's share is parsing, hashing and building the "
        "ORM rows. A pool can only spread the extraction over CPUs that are free. The "
        "generated corpus reuses the sample's paragraphs, so the extractor's caches "
        "(dateparser phrases) hit more often than on fresh news.",
        "* A re-ingest parses every article and sends at most two lookups per chunk: the "
        "URLs first, then the normalised-text hashes of the articles whose URL is not "
        "stored (hashing is most of its cost); it never runs the extractor.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tracker.benchmarks.ingestion")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--postgres", help="PostgreSQL server URL (default: BENCH_POSTGRES_URL, "
                        "DATABASE_URL if PostgreSQL, else postgres://postgres@127.0.0.1:5432/)")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="do not write the results file")
    parser.add_argument("--child", nargs=2, metavar=("VARIANT", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args([] if argv is None else argv)
    if args.child:
        print(json.dumps(_child(*args.child)))
        return

    variants = [v for v in VARIANTS if not (args.skip_baseline and v == "baseline")]
    with tempfile.TemporaryDirectory(prefix="tracker-bench-ingest-") as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        started = time.perf_counter()
        generate(corpus, args.articles)
        size = corpus.stat().st_size
        chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8"))
        print(f"   generated {args.articles:,} articles ({size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - started:.1f} s")
        results: list[dict] = []
        for variant in variants:
            db_file = Path(tmp) / (variant.replace("+", "_") + ".sqlite3")
            sqlite_url = f"sqlite:///{db_file}"
            results.append(_run_child(variant, corpus, sqlite_url))
            print("   " + _row(results[-1], None))
        postgres = _postgres_url(args.postgres)
        if postgres:
            for variant in variants:
                results.append(_with_postgres(postgres, variant, corpus))
                print("   " + _row(results[-1], None))
    for result in results:
        assert result["reingest_new"] == 0, result
        assert result["failed"] == 0, result
    report = _report(results, args.articles, {"mb": size / 1e6, "chars": chars / args.articles})
    print(report)
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(report, encoding="utf-8")
        print(f"   written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
