"""Server time of the dashboard pages on PostgreSQL with 100,000 directives.

    python -m tracker.benchmarks dashboard        (or: python -m tracker.benchmarks.dashboard)
    options: --directives N --articles N --requests N --concurrency N --keep

What it does, all on loopback:

1. creates a dedicated database (``BENCH_DATABASE_URL``, default
   ``postgres://postgres@127.0.0.1:5432/tracker_bench_dashboard``; dropped at the end unless
   ``--keep``), migrates it (which seeds the full registry of bodies) and fills it with
   20,000 articles and 100,000 directives (bodies as lead and co-executors, a spread of
   statuses, deadlines and history) in a child process;
2. starts gunicorn (``DEBUG=0``, sync workers, one per CPU plus one) on a free port;
3. drives it with a small threaded HTTP client logged in as an editor (``wrk`` is not
   assumed to be installed) and records each request's time: on loopback with no more
   clients than workers, this is the server's time plus a fraction of a millisecond;
4. measures every page twice in the same run: first the **baseline**, the database
   without the dashboard's indexes (the GIN full-text index and the list's composite
   indexes), then **with** them, and writes both to
   ``tracker/benchmarks/results/dashboard.md``.

Pages: the overview, the list unfiltered and filtered (text search + status), page 1 and
page 400 of each, and the detail page of random directives. Target: p95 <= 150 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results" / "dashboard.md"
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/tracker_bench_dashboard"
TARGET_P95_MS = 150.0
# In every evidence sentence ("The ministry must ..."): with status=active the filtered
# list holds about 45,000 rows, so that its page 400 exists and text search is on the path.
SEARCH_WORD = "ministry"
FILTER = f"q={SEARCH_WORD}&status=active"


# --- the database -------------------------------------------------------------------


def _admin_connection(url: str):
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    return psycopg.connect(admin, autocommit=True), parts.path.lstrip("/")


def _create_database(url: str) -> None:
    connection, name = _admin_connection(url)
    with connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def _drop_database(url: str) -> None:
    connection, name = _admin_connection(url)
    with connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _env(url: str, cache_seconds: int = 60) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DASHBOARD_OVERVIEW_CACHE_SECONDS=str(cache_seconds),
        DATABASE_URL=url,
        DEBUG="0",
        SECRET_KEY="bench-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


def _populate(directives: int, articles: int) -> dict:
    """Runs in the child process, with DATABASE_URL pointing at the bench database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    django.setup()
    import datetime as dt

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from tracker.bodies.models import Body
    from tracker.directives.models import (
        Article,
        Directive,
        DirectiveBody,
        Role,
        Status,
        StatusChange,
        normalized_content_hash,
    )

    rng = random.Random(20250801)
    zone = timezone.get_current_timezone()
    today = timezone.localdate()
    body_ids = list(Body.objects.values_list("id", flat=True))
    # A few bodies carry most of the work, as ministries of finance and energy do.
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(body_ids))]
    issuers = ["President Kassym-Jomart Tokayev", "Prime Minister Olzhas Bektenov",
               "Deputy Prime Minister Serik Zhumangarin", "Deputy Prime Minister Roman Sklyar",
               "Deputy Prime Minister Tamara Duissenova", "Head of the Presidential Administration",
               "Deputy Prime Minister Kanat Bozumbayev", ""]
    sources = ["kt.kz", "primeminister.kz", "akorda.kz", "kazinform", "tengrinews", "inform.kz"]
    verbs = ["complete", "prepare", "ensure", "develop", "submit", "modernise", "report on",
             "review", "launch", "strengthen"]
    objects = ["the repair of heating networks", "the draft budget for 2026",
               "school construction in the regions", "the digitalisation of public services",
               "the heating season preparations", "water supply in rural areas",
               "measures against price growth", "the housing programme",
               "heating tariffs for households", "road repairs on national highways",
               "support for small and medium business", "flood prevention works"]
    ru_objects = ["ремонт тепловых сетей", "проект бюджета", "строительство школ",
                  "подготовку к отопительному сезону", "водоснабжение сёл"]
    filler = ("The Government held a meeting chaired by the Prime Minister. Ministers reported "
              "on the progress of the national projects and the situation in the regions. ")

    articles_rows = []
    start = dt.datetime(2024, 1, 1, 9, tzinfo=zone)
    span_days = (today - start.date()).days
    for i in range(articles):
        lang = rng.choices(["en", "ru", "kk"], [40, 45, 15])[0]
        text = f"ASTANA, No. {i}. " + filler * rng.randint(6, 12)
        articles_rows.append(
            Article(
                title=f"Government meeting No. {i} on current issues",
                text=text,
                published=start + dt.timedelta(days=rng.randint(0, span_days),
                                               minutes=rng.randint(0, 600)),
                lang=lang,
                source_name=rng.choice(sources),
                url=f"https://news.example.kz/{i}",
                content_hash=normalized_content_hash(text),
            )
        )
    Article.objects.bulk_create(articles_rows, batch_size=2000)
    article_list = list(Article.objects.only("id", "text", "published", "lang"))

    directive_rows = []
    for i in range(directives):
        article = article_list[i % len(article_list)]
        published = article.published.date()
        obj = rng.choice(ru_objects if article.lang == "ru" and rng.random() < 0.5 else objects)
        task = f"{rng.choice(verbs)} {obj}"
        sentence = f"The ministry must {task}."
        offset = rng.randint(0, max(0, len(article.text) - 200))
        deadline = None
        if rng.random() < 0.85:
            deadline = published + dt.timedelta(days=rng.randint(14, 540))
        if rng.random() < 0.08:
            status = Status.PROPOSED
        elif deadline is not None and deadline < today:
            status = rng.choices([Status.DONE, Status.OPEN, Status.IN_PROGRESS, Status.CANCELLED,
                                  Status.REJECTED], [60, 15, 10, 5, 10])[0]
        else:
            status = rng.choices([Status.OPEN, Status.IN_PROGRESS, Status.DONE, Status.REJECTED],
                                 [50, 30, 12, 8])[0]
        completed = None
        if status == Status.DONE:
            base = deadline or published + dt.timedelta(days=60)
            day = min(base + dt.timedelta(days=rng.randint(-30, 25)), today)
            completed = dt.datetime.combine(day, dt.time(17), tzinfo=zone)
        directive_rows.append(
            Directive(
                article_id=article.id, task=task, sentence=sentence,
                sentence_start=offset, sentence_end=offset + 120,
                issuer=rng.choice(issuers), deadline=deadline,
                deadline_text=f"by {deadline:%d %B %Y}" if deadline else "",
                deadline_granularity="day" if deadline else "",
                status=status, completed_at=completed, confidence=rng.random(),
                curated_at=None if status == Status.PROPOSED else article.published,
            )
        )
    Directive.objects.bulk_create(directive_rows, batch_size=5000)
    ids = list(Directive.objects.order_by("id").values_list("id", "status"))
    links, history = [], []
    for directive_id, status in ids:
        chosen = []
        while len(chosen) < rng.choice([1, 1, 2, 2, 3]):
            body_id = rng.choices(body_ids, weights)[0]
            if body_id not in chosen:
                chosen.append(body_id)
        for position, body_id in enumerate(chosen):
            links.append(DirectiveBody(directive_id=directive_id, body_id=body_id,
                                       role=Role.LEAD if position == 0 else Role.CO_EXECUTOR,
                                       position=0 if position == 0 else position - 1))
        if status != Status.PROPOSED:
            history.append(StatusChange(directive_id=directive_id, old_status=Status.PROPOSED,
                                        new_status=Status.OPEN, comment="accepted"))
    DirectiveBody.objects.bulk_create(links, batch_size=10000)
    StatusChange.objects.bulk_create(history, batch_size=10000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    user = get_user_model().objects.create_user("bench-editor", password="bench-editor-pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN "
            "('directives_directive', 'directives_directivebody') AND indexname = ANY(%s)",
            [list(DASHBOARD_INDEXES)],
        )
        indexes = dict(cursor.fetchall())
    return {
        "session": client.cookies["sessionid"].value,
        "detail_ids": [directive_id for directive_id, _ in rng.sample(ids, 200)],
        "indexes": indexes,
        "counts": {
            "articles": Article.objects.count(),
            "directives": Directive.objects.count(),
            "links": DirectiveBody.objects.count(),
            "bodies": len(body_ids),
        },
    }


# The dashboard's own indexes: dropped for the baseline, restored for the second pass.
DASHBOARD_INDEXES = ("directive_search_gin", "directive_deadline_id", "directive_deadline_id_desc")


# --- the server and the client ------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "tracker.wsgi", "--workers", str(workers),
               "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--timeout", "120"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def _timed_get(port: int, path: str, cookie: str) -> tuple[float, float, int]:
    """(server time from the Server-Timing header, time seen by the client, status)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        began = time.perf_counter()
        connection.request("GET", path, headers={"Cookie": f"sessionid={cookie}",
                                                 "Host": "127.0.0.1"})
        response = connection.getresponse()
        response.read()
        client = (time.perf_counter() - began) * 1000
        timing = response.getheader("Server-Timing", "")
        server = float(timing.split("dur=", 1)[1]) if "dur=" in timing else client
        return server, client, response.status
    finally:
        connection.close()


def _measure(port: int, cookie: str, paths: list[str], requests: int,
             concurrency: int) -> dict[str, float]:
    for path in paths[:3] * 2:  # warm the workers and the database's cache
        _timed_get(port, path, cookie)
    times: list[float] = []
    client_times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    queue = [paths[i % len(paths)] for i in range(requests)]

    def worker() -> None:
        while True:
            with lock:
                if not queue:
                    return
                path = queue.pop()
            server, client, status = _timed_get(port, path, cookie)
            with lock:
                if status != 200:
                    errors.append(f"{status} {path}")
                times.append(server)
                client_times.append(client)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    if errors:
        raise SystemExit(f"errors from the server: {errors[:5]}")
    times.sort()
    client_times.sort()
    return {
        "p50": statistics.median(times),
        "p95": times[max(0, int(len(times) * 0.95) - 1)],
        "client_p95": client_times[max(0, int(len(client_times) * 0.95) - 1)],
        "max": times[-1],
        "rps": len(times) / wall,
        "n": len(times),
    }


def _page_400_cursors(url: str) -> dict[str, str]:
    """The Next-link cursor that leads to page 400 (rows 9,976-10,000), as a reader who
    pages through gets it, for the unfiltered and the filtered list."""
    import psycopg

    from tracker.dashboard.pagination import encode_cursor

    order = "ORDER BY deadline ASC NULLS LAST, id ASC OFFSET 9974 LIMIT 1"
    queries = {
        "unfiltered": f"SELECT deadline, id FROM directives_directive {order}",
        "filtered": "SELECT deadline, id FROM directives_directive WHERE status IN "
        "('open', 'in_progress') AND search_vector @@ websearch_to_tsquery('russian', "
        f"'{SEARCH_WORD}') {order}",
    }
    with psycopg.connect(url) as connection:
        return {name: encode_cursor(*connection.execute(sql).fetchone())
                for name, sql in queries.items()}


def _pages(detail_ids: list[int], cursors: dict[str, str]) -> tuple[dict, dict]:
    """(baseline pages, pages as the dashboard serves them). Page 400 of the baseline is
    the OFFSET page (?page=400); the dashboard's Next links carry a key instead."""
    common = {
        "overview": ["/"],
        "list, unfiltered, page 1": ["/directives/"],
        "list, filtered, page 1": [f"/directives/?{FILTER}"],
        "detail": [f"/directives/{i}/" for i in detail_ids],
    }
    baseline = {
        **common,
        "list, unfiltered, page 400": ["/directives/?page=400"],
        "list, filtered, page 400": [f"/directives/?{FILTER}&page=400"],
    }
    optimized = {
        **common,
        "list, unfiltered, page 400": [f"/directives/?after={cursors['unfiltered']}"],
        "list, filtered, page 400": [f"/directives/?{FILTER}&after={cursors['filtered']}"],
        "list, unfiltered, page 400 by ?page= (OFFSET)": ["/directives/?page=400"],
        "list, filtered, page 400 by ?page= (OFFSET)": [f"/directives/?{FILTER}&page=400"],
    }
    order = list(baseline) + [k for k in optimized if k not in baseline]
    return baseline, {k: optimized[k] for k in order if k in optimized}


def _run_pass(port: int, cookie: str, pages: dict[str, list[str]], requests: int,
              concurrency: int) -> dict[str, dict[str, float]]:
    results = {}
    for name, paths in pages.items():
        results[name] = _measure(port, cookie, paths, requests, concurrency)
        results[name]["load"] = os.getloadavg()[0]
        r = results[name]
        print(f"  {name:<28} p50 {r['p50']:7.1f} ms  p95 {r['p95']:7.1f} ms  "
              f"(client p95 {r['client_p95']:.1f} ms, {r['rps']:.0f} req/s)")
    return results


def _sql(url: str, statements: list[str]) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def _report(info: dict, baseline: dict, optimized: dict, args, workers: int,
            seconds: float, load: tuple[float, float]) -> str:
    counts = info["counts"]
    lines = [
        "# Dashboard benchmark",
        "",
        f"PostgreSQL, {counts['directives']:,} directives over {counts['articles']:,} articles, "
        f"{counts['links']:,} body links, the full registry ({counts['bodies']} bodies). "
        f"gunicorn with {workers} sync workers (DEBUG=0) on loopback; a threaded Python client "
        f"with {args.concurrency} connection(s), {args.requests} requests per page, logged in as "
        "an editor. Times are the server's, in milliseconds: Django's time for the request "
        "from the `Server-Timing` header (tracker.dashboard.middleware, first in the "
        "middleware); the last column is the p95 the client saw on loopback, gunicorn and "
        f"HTTP included. Machine: {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}. Run took {seconds:.0f} s; "
        f"the machine's load average was {load[0]:.1f} when it started and {load[1]:.1f} when "
        "it ended (the machine is shared: a load above the CPU count means every process, "
        "the server's and the database's included, waited for a CPU).",
        "",
        "Baseline: the same run, same data and code, without the dashboard's indexes "
        f"({', '.join(DASHBOARD_INDEXES)}) and with the overview computed on every request "
        "(`DASHBOARD_OVERVIEW_CACHE_SECONDS=0`). The last row is the overview computed on every "
        "request with the indexes: what the first visitor after a write or a minute waits.",
        "",
        f"Filtered list: `?{FILTER}` (full-text search + status, about 45,000 rows). Page 400: "
        "the baseline asks `?page=400` (OFFSET 9,975); the dashboard follows its Next links, "
        "which carry the last row's key (keyset pagination); `?page=` still works and is "
        f"measured too. Target: p95 <= {TARGET_P95_MS:.0f} ms.",
        "",
        "The load columns are the machine's one-minute load average after each row: figures "
        "taken under a higher load are slower for reasons that are not the code's.",
        "",
        "| page | baseline p50 | baseline p95 | load | p50 | p95 | load | target met "
        "| client p95 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: |",
    ]
    for name in optimized:
        o = optimized[name]
        b = baseline.get(name)
        met = "yes" if o["p95"] <= TARGET_P95_MS else "**no**"
        before = f"{b['p50']:.1f} | {b['p95']:.1f} | {b['load']:.1f}" if b else "— | — | —"
        lines.append(f"| {name} | {before} | {o['p50']:.1f} | {o['p95']:.1f} | "
                     f"{o['load']:.1f} | {met} | {o['client_p95']:.1f} |")
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tracker.benchmarks.dashboard")
    parser.add_argument("--directives", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the bench database")
    parser.add_argument("--populate-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv if argv is not None else [])

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    if args.populate_child:
        print(json.dumps(_populate(args.directives, args.articles)))
        return
    env = _env(url)
    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    print(f"creating {urlsplit(url).path.lstrip('/')} and migrating")
    _create_database(url)
    server = None
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "--verbosity", "0"],
                       cwd=ROOT, env=env, check=True)
        print(f"filling: {args.directives:,} directives over {args.articles:,} articles")
        child = subprocess.run(
            [sys.executable, "-m", "tracker.benchmarks.dashboard", "--populate-child",
             "--directives", str(args.directives), "--articles", str(args.articles)],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True,
        )
        info = json.loads(child.stdout.strip().splitlines()[-1])
        _sql(url, ["VACUUM ANALYZE"])
        workers = (os.cpu_count() or 1) + 1
        baseline_pages, pages = _pages(info["detail_ids"], _page_400_cursors(url))
        cookie = info["session"]

        print("baseline: without the dashboard's indexes, overview computed on every request")
        _sql(url, [f"DROP INDEX IF EXISTS {name}" for name in info["indexes"]] + ["ANALYZE"])
        port = _free_port()
        server = _start_gunicorn(_env(url, cache_seconds=0), port, workers)
        baseline = _run_pass(port, cookie, baseline_pages, args.requests, args.concurrency)
        _sql(url, [*info["indexes"].values(), "ANALYZE"])
        print("with the indexes, overview still computed on every request:")
        computed = _run_pass(port, cookie, {"overview": pages["overview"]}, args.requests,
                             args.concurrency)
        server.terminate()
        server.wait(timeout=30)

        print("as configured (indexes, overview figures kept 60 s per worker):")
        port = _free_port()
        server = _start_gunicorn(_env(url, cache_seconds=60), port, workers)
        optimized = _run_pass(port, cookie, pages, args.requests, args.concurrency)
        optimized["overview, computed (cache off)"] = computed["overview"]
        baseline["overview, computed (cache off)"] = baseline["overview"]
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if not args.keep:
            _drop_database(url)
    report = _report(info, baseline, optimized, args, workers, time.perf_counter() - began,
                     (load_before, os.getloadavg()[0]))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
