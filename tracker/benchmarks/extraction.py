"""Throughput and memory of the extractor, beside the naive baseline, on one core.

    python -m tracker.benchmarks.extraction [--articles N] [--dump PATH]

The corpus is the news dump repeated until it holds about N articles (2,000 by default),
written to a temporary file and *streamed* through ``read_articles`` + ``extract`` like the
real pipeline. Figures:

* articles/s and MB/s of ``extract()`` alone (reading excluded), and of read + extract,
  in CPU seconds of this process (``time.process_time``) so that other work on the machine
  does not blur the figures; the process is pinned to one core;
* peak traced memory (tracemalloc) while streaming N and 4N articles: flat means the
  pipeline holds one article at a time;
* the naive baseline, measured in the same run on the same articles:
  ``dateparser.search.search_dates(text, languages=[lang])`` per article (over fewer
  articles, it is slow), and the speed-up against it.

The report is printed and written to ``tracker/benchmarks/results/extraction.md``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from tracker.extraction import default_registry, detect_lang, extract
from tracker.extraction.sources import DATE_LINE, InputError, SourceArticle, read_articles

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results" / "extraction.md"
DUMP_CANDIDATES = (
    ROOT.parent / "shared" / "data" / "kt_kz_government_2025-08.txt",
    ROOT / "tracker" / "sample" / "kt_kz_government_2025-08.txt",
)
BASELINE_ARTICLES = 90


def _dump_path(given: str | None) -> Path:
    if given:
        return Path(given)
    for p in DUMP_CANDIDATES:
        if p.exists():
            return p
    raise SystemExit("no news dump found; pass --dump PATH")


def _repeat(dump: Path, articles: int, folder: Path) -> tuple[Path, int]:
    """Write the dump again and again (newest first, as sites list it) until the file holds
    at least ``articles`` articles; return the path and the count written."""
    text = dump.read_text(encoding="utf-8-sig").rstrip("\n") + "\n"
    per_copy = sum(1 for a in read_articles(dump) if isinstance(a, SourceArticle))
    first_date = next((line for line in text.splitlines() if DATE_LINE.match(line)), None)
    copies = max(1, -(-articles // per_copy))
    out = folder / f"corpus_{articles}.txt"
    with out.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            if k and first_date and not DATE_LINE.match(text.lstrip().split("\n", 1)[0]):
                # a later copy's headless first article must not run into the article above
                fh.write(first_date + "\n")
            fh.write(text)
    return out, copies * per_copy


def _articles(path: Path, limit: int | None = None):
    for n, a in enumerate(read_articles(path), 1):
        if isinstance(a, InputError):
            raise a
        yield a
        if limit is not None and n >= limit:
            return


def _run(path: Path, limit: int | None = None) -> dict:
    registry = default_registry()
    n = found = chars = 0
    extract_s = 0.0
    t0 = time.process_time()
    for a in _articles(path, limit):
        lang = a.lang or detect_lang(a.text)
        s = time.process_time()
        found += len(extract(a.text, a.published_date, lang, registry=registry, title=a.title))
        extract_s += time.process_time() - s
        n += 1
        chars += len(a.text.encode("utf-8"))
    total_s = time.process_time() - t0
    return {
        "articles": n,
        "directives": found,
        "bytes": chars,
        "extract_s": extract_s,
        "total_s": total_s,
    }


def _peak_memory(path: Path, limit: int) -> int:
    tracemalloc.start()
    try:
        _run(path, limit)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _baseline(path: Path, limit: int, chunk: int = 10) -> dict:
    """search_dates over ``limit`` articles, paired with extract() on the same articles:
    the two alternate chunk by chunk so that both see the same load on the machine."""
    from dateparser.search import search_dates

    registry = default_registry()
    arts = list(_articles(path, limit))
    langs = [a.lang or detect_lang(a.text) for a in arts]
    search_dates(arts[0].text, languages=[langs[0]])  # warm dateparser's caches
    theirs = ours = 0.0
    for i in range(0, len(arts), chunk):
        part = list(zip(arts[i : i + chunk], langs[i : i + chunk], strict=True))
        t0 = time.process_time()
        for a, lang in part:
            search_dates(a.text, languages=[lang])
        t1 = time.process_time()
        for a, lang in part:
            extract(a.text, a.published_date, lang, registry=registry, title=a.title)
        ours += time.process_time() - t1
        theirs += t1 - t0
    return {
        "articles": len(arts),
        "seconds": theirs,
        "ours_seconds": ours,
        "bytes": sum(len(a.text.encode("utf-8")) for a in arts),
    }


def _pin_one_core() -> str:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def measure(dump: Path, articles: int) -> str:
    pinned = _pin_one_core()
    default_registry()  # loaded once per process: not part of the per-article cost
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus, n = _repeat(dump, articles, folder)
        _run(corpus, 20)  # warm-up: regex compilation, dateparser caches
        main = _run(corpus)
        base = _baseline(corpus, BASELINE_ARTICLES)
        # tracemalloc slows Python down several times: memory is measured on a quarter of
        # the corpus and on all of it (N and 4N articles)
        mem_n = _peak_memory(corpus, n // 4)
        mem_4n = _peak_memory(corpus, n)
    ours = main["articles"] / main["extract_s"]
    pipeline = main["articles"] / main["total_s"]
    mb = main["bytes"] / 1e6
    theirs = base["articles"] / base["seconds"]
    avg_kb = main["bytes"] / main["articles"] / 1e3
    lines = [
        "# Extraction benchmark",
        "",
        f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}",
        f"- machine: {platform.machine()}, Python {platform.python_version()}, {pinned}; "
        "times are CPU seconds of this process",
        f"- corpus: `{dump.name}` repeated to {main['articles']} articles "
        f"({mb:.1f} MB, {avg_kb:.1f} KB/article), streamed through `read_articles`",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| extract() articles/s | {ours:,.0f} |",
        f"| extract() MB/s | {mb / main['extract_s']:.2f} |",
        f"| read + extract articles/s | {pipeline:,.0f} |",
        f"| directives found | {main['directives']} |",
        f"| baseline articles/s (search_dates, {base['articles']} articles) | {theirs:,.1f} |",
        f"| baseline MB/s | {base['bytes'] / 1e6 / base['seconds']:.3f} |",
        f"| speed-up over baseline (same {base['articles']} articles, interleaved) "
        f"| {base['seconds'] / base['ours_seconds']:,.1f}x |",
        f"| peak traced memory, {n // 4} articles | {mem_n / 1e6:.2f} MB |",
        f"| peak traced memory, {n} articles | {mem_4n / 1e6:.2f} MB |",
        f"| memory ratio 4N / N | {mem_4n / max(1, mem_n):.2f} |",
        "",
        "Baseline: `dateparser.search.search_dates(text, languages=[lang])` over each whole "
        "article, the naive way to find dates, measured in the same run on the same text.",
        "Targets: >= 200 articles/s, >= 20x the baseline, memory flat in the article count.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tracker.benchmarks.extraction")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--dump", help="news dump to repeat (default: shared or sample dump)")
    args = parser.parse_args(argv if argv is not None else [])
    report = measure(_dump_path(args.dump), args.articles)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main(sys.argv[1:])
