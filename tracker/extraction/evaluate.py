"""Score the extractor against hand-labelled gold (spec §7).

Run ``python -m tracker.extraction.evaluate DATA_DIR [--gold PATH] [--json PATH]``: every
``*.txt`` and ``*.jsonl`` in DATA_DIR except the gold file is read with
:func:`~tracker.extraction.sources.read_articles`, each article goes through
:func:`~tracker.extraction.extract`, and the finds are scored against ``dev_gold.jsonl``.

Matching. Gold items belong to the article with the same title. A find *can match* a gold
item of its article when the find's ``sentence`` contains the gold ``quote``. Matching is
one-to-one: non-optional gold items are matched first (maximum matching, each gold item
trying its candidate finds in order of similarity: shared bodies, then task token F1), then
optional items take what is left.

Figures (all over non-optional gold unless said):

* **detection**: TP = matched gold, FN = unmatched gold, FP = finds matched to nothing
  whose span neither contains nor overlaps an optional item's quote (finds that touch an
  optional item are ignored, matched or not). P, R, F1 as usual.
* **deadline (matched)**: share of matched gold whose ``deadline`` equals the find's,
  ``None == None`` counting as right.
* **deadline (end to end)**: share of gold items *that have a deadline* that are matched
  AND have exactly that deadline; a missed directive counts as a wrong deadline.
* **bodies**: micro P/R/F1 over (gold item, body) pairs of ``responsible + co_executors``
  together (roles not distinguished) on matched gold; names are compared through
  ``Registry.canonical``, falling back to the lower-cased text (groups).
* **task**: mean token F1 (lower-cased word tokens, multiset overlap) between found and
  gold ``task`` over matched gold.

Each figure is given overall and per language (the article's ``lang`` or the script's),
then every miss is listed: FN, FP, wrong deadline, wrong bodies, task F1 below 0.5.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

LOW_TASK_F1 = 0.5
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class GoldItem:
    article: str
    quote: str
    optional: bool
    responsible: tuple[str, ...]
    co_executors: tuple[str, ...]
    task: str
    deadline: datetime.date | None
    deadline_text: str | None = None
    issuer: str | None = None

    @classmethod
    def from_json(cls, obj: dict) -> GoldItem:
        d = obj.get("deadline")
        return cls(
            article=obj["article"],
            quote=obj["quote"],
            optional=bool(obj.get("optional", False)),
            responsible=tuple(obj.get("responsible") or ()),
            co_executors=tuple(obj.get("co_executors") or ()),
            task=obj.get("task") or "",
            deadline=datetime.date.fromisoformat(d) if d else None,
            deadline_text=obj.get("deadline_text"),
            issuer=obj.get("issuer"),
        )


@dataclass(frozen=True, slots=True)
class Find:
    """What the scorer needs of one extracted directive."""

    article: str
    sentence: str
    start: int
    end: int
    responsible: tuple[str, ...]
    co_executors: tuple[str, ...]
    task: str
    deadline: datetime.date | None
    issuer: str | None = None


@dataclass(slots=True)
class ScoredArticle:
    title: str
    lang: str
    text: str
    finds: list[Find]
    gold: list[GoldItem]


@dataclass(slots=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    deadline_ok: int = 0  # matched gold with the exact deadline
    with_deadline: int = 0  # gold items that have a deadline
    with_deadline_ok: int = 0  # ... matched with exactly that deadline
    body_tp: int = 0
    body_fp: int = 0
    body_fn: int = 0
    task_f1_sum: float = 0.0
    issuer_ok: int = 0  # informational: spec section 7 does not score the issuer

    def figures(self) -> dict[str, float | int]:
        p = _div(self.tp, self.tp + self.fp)
        r = _div(self.tp, self.tp + self.fn)
        bp = _div(self.body_tp, self.body_tp + self.body_fp)
        br = _div(self.body_tp, self.body_tp + self.body_fn)
        return {
            "gold": self.tp + self.fn,
            "found": self.tp + self.fp,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "detection_p": p,
            "detection_r": r,
            "detection_f1": _f1(p, r),
            "deadline_matched": _div(self.deadline_ok, self.tp),
            "deadline_end_to_end": _div(self.with_deadline_ok, self.with_deadline),
            "bodies_p": bp,
            "bodies_r": br,
            "bodies_f1": _f1(bp, br),
            "task_f1": _div(self.task_f1_sum, self.tp),
            "issuer": _div(self.issuer_ok, self.tp),
        }


@dataclass(slots=True)
class Report:
    overall: Tally = field(default_factory=Tally)
    by_lang: dict[str, Tally] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)

    def figures(self) -> dict:
        return {
            "overall": self.overall.figures(),
            "by_lang": {k: v.figures() for k, v in sorted(self.by_lang.items())},
        }


def _div(a: float, b: float) -> float:
    return a / b if b else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def tokens(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def token_f1(found: str, gold: str) -> float:
    """SQuAD-style token F1 between two phrases (1.0 when both are empty)."""
    f, g = tokens(found), tokens(gold)
    if not f and not g:
        return 1.0
    common = sum((Counter(f) & Counter(g)).values())
    if not common:
        return 0.0
    p, r = common / len(f), common / len(g)
    return 2 * p * r / (p + r)


def _bodies(names: Iterable[str], canon: Callable[[str], str]) -> set[str]:
    return {canon(n) for n in names if n and n.strip()}


def _similarity(f: Find, g: GoldItem, canon: Callable[[str], str]) -> float:
    fb = _bodies(f.responsible + f.co_executors, canon)
    gb = _bodies(g.responsible + g.co_executors, canon)
    shared = len(fb & gb) / max(1, len(fb | gb))
    return shared + token_f1(f.task, g.task) + (0.5 if f.deadline == g.deadline else 0.0)


def _touches(f: Find, g: GoldItem, text: str) -> bool:
    if g.quote in f.sentence:
        return True
    at = text.find(g.quote)
    return at >= 0 and at < f.end and f.start < at + len(g.quote)


def match(
    finds: Sequence[Find], gold: Sequence[GoldItem], canon: Callable[[str], str]
) -> dict[int, int]:
    """One-to-one matching {gold index: find index}; non-optional gold first."""
    cands: dict[int, list[int]] = {}
    for gi, g in enumerate(gold):
        c = [fi for fi, f in enumerate(finds) if g.quote in f.sentence]
        c.sort(key=lambda fi: -_similarity(finds[fi], g, canon))
        cands[gi] = c
    owner: dict[int, int] = {}  # find -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for fi in cands[gi]:
            if fi in seen:
                continue
            seen.add(fi)
            if fi not in owner or augment(owner[fi], seen):
                owner[fi] = gi
                return True
        return False

    for optional in (False, True):
        order = [gi for gi, g in enumerate(gold) if g.optional == optional]
        order.sort(key=lambda gi: len(cands[gi]))
        for gi in order:
            if optional:
                # optional items may only take finds left over, never displace a real one
                free = [fi for fi in cands[gi] if fi not in owner]
                if free:
                    owner[free[0]] = gi
            else:
                augment(gi, set())
    return {gi: fi for fi, gi in owner.items()}


def score(articles: Iterable[ScoredArticle], canon: Callable[[str], str]) -> Report:
    report = Report()
    for art in articles:
        tallies = (report.overall, report.by_lang.setdefault(art.lang, Tally()))
        pairs = match(art.finds, art.gold, canon)
        matched_finds = set(pairs.values())
        for gi, g in enumerate(art.gold):
            if g.optional:
                continue
            fi = pairs.get(gi)
            f = art.finds[fi] if fi is not None else None
            for t in tallies:
                _count_gold(t, g, f, canon)
            _note_gold_misses(report, art, g, f, canon)
        for fi, f in enumerate(art.finds):
            if fi in matched_finds:
                continue
            if any(g.optional and _touches(f, g, art.text) for g in art.gold):
                continue
            for t in tallies:
                t.fp += 1
            report.misses.append(
                {
                    "kind": "FP",
                    "article": art.title,
                    "sentence": f.sentence,
                    "found": _find_summary(f),
                }
            )
    return report


def _count_gold(t: Tally, g: GoldItem, f: Find | None, canon: Callable[[str], str]) -> None:
    if g.deadline is not None:
        t.with_deadline += 1
    if f is None:
        t.fn += 1
        return
    t.tp += 1
    if f.deadline == g.deadline:
        t.deadline_ok += 1
        if g.deadline is not None:
            t.with_deadline_ok += 1
    fb = _bodies(f.responsible + f.co_executors, canon)
    gb = _bodies(g.responsible + g.co_executors, canon)
    t.body_tp += len(fb & gb)
    t.body_fp += len(fb - gb)
    t.body_fn += len(gb - fb)
    t.task_f1_sum += token_f1(f.task, g.task)
    t.issuer_ok += f.issuer == g.issuer


def _find_summary(f: Find) -> dict:
    return {
        "responsible": list(f.responsible),
        "co_executors": list(f.co_executors),
        "task": f.task,
        "deadline": f.deadline.isoformat() if f.deadline else None,
    }


def _note_gold_misses(
    report: Report, art: ScoredArticle, g: GoldItem, f: Find | None, canon: Callable[[str], str]
) -> None:
    base = {"article": art.title, "quote": g.quote}
    if f is None:
        report.misses.append({"kind": "FN", **base})
        return
    base["sentence"] = f.sentence
    if f.deadline != g.deadline:
        report.misses.append(
            {"kind": "deadline", **base, "found": str(f.deadline), "gold": str(g.deadline)}
        )
    fb = _bodies(f.responsible + f.co_executors, canon)
    gb = _bodies(g.responsible + g.co_executors, canon)
    if fb != gb:
        report.misses.append({"kind": "bodies", **base, "found": sorted(fb), "gold": sorted(gb)})
    f1 = token_f1(f.task, g.task)
    if f1 < LOW_TASK_F1:
        report.misses.append(
            {"kind": "task", **base, "found": f.task, "gold": g.task, "f1": round(f1, 2)}
        )


# --------------------------------------------------------------------------- running


def load_gold(path: Path) -> list[GoldItem]:
    with path.open(encoding="utf-8") as fh:
        return [GoldItem.from_json(json.loads(line)) for line in fh if line.strip()]


def make_canon(registry) -> Callable[[str], str]:
    """Name -> comparable key: the registry's canonical name, else the lower-cased text."""

    def canon(name: str) -> str:
        c = registry.canonical(name) if registry is not None else None
        return (c or " ".join(name.split())).lower()

    return canon


def run(data_dir: Path, gold_path: Path) -> tuple[Report, list[ScoredArticle]]:
    from tracker.extraction import detect_lang, extract
    from tracker.extraction.registry import load_default_registry
    from tracker.extraction.sources import InputError, read_articles

    registry = load_default_registry()
    gold = load_gold(gold_path)
    by_article: dict[str, list[GoldItem]] = {}
    for g in gold:
        by_article.setdefault(g.article, []).append(g)
    scored: list[ScoredArticle] = []
    seen: set[str] = set()
    for path in sorted(data_dir.iterdir()):
        if path == gold_path or path.suffix not in (".txt", ".jsonl") or path.name.startswith("."):
            continue
        for art in read_articles(path):
            if isinstance(art, InputError):
                raise art
            lang = art.lang or detect_lang(art.text)
            found = extract(art.text, art.published_date, lang, registry=registry, title=art.title)
            finds = [
                Find(
                    art.title,
                    d.sentence,
                    d.start,
                    d.end,
                    d.responsible,
                    d.co_executors,
                    d.task,
                    d.deadline,
                    d.issuer,
                )
                for d in found
            ]
            seen.add(art.title)
            scored.append(
                ScoredArticle(art.title, lang, art.text, finds, by_article.get(art.title, []))
            )
    unknown = sorted(set(by_article) - seen)
    if unknown:
        raise SystemExit(f"gold names articles not in {data_dir}: {unknown}")
    return score(scored, make_canon(registry)), scored


def format_report(report: Report) -> str:
    lines = []
    head = (
        f"{'':8}{'gold':>5}{'found':>6}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'dl@m':>7}{'dl e2e':>8}{'bodyP':>7}{'bodyR':>7}{'bodyF1':>7}{'task':>7}"
        f"{'issuer':>8}"
    )
    lines.append(head)
    rows = [("overall", report.overall), *sorted(report.by_lang.items())]
    for name, t in rows:
        f = t.figures()
        lines.append(
            f"{name:8}{f['gold']:>5}{f['found']:>6}{f['detection_p']:>7.3f}"
            f"{f['detection_r']:>7.3f}{f['detection_f1']:>7.3f}{f['deadline_matched']:>7.3f}"
            f"{f['deadline_end_to_end']:>8.3f}{f['bodies_p']:>7.3f}{f['bodies_r']:>7.3f}"
            f"{f['bodies_f1']:>7.3f}{f['task_f1']:>7.3f}{f['issuer']:>8.3f}"
        )
    lines.append("")
    lines.append(f"misses ({len(report.misses)}):")
    for m in report.misses:
        extra = {k: v for k, v in m.items() if k not in ("kind", "article", "quote", "sentence")}
        lines.append(f"- [{m['kind']}] {m['article']}")
        if "quote" in m:
            lines.append(f"    quote:    {m['quote']}")
        if "sentence" in m:
            lines.append(f"    sentence: {m['sentence']}")
        if extra:
            lines.append(f"    {json.dumps(extra, ensure_ascii=False, default=str)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.extraction.evaluate")
    parser.add_argument("data_dir", type=Path, help="folder with the articles and dev_gold.jsonl")
    parser.add_argument("--gold", type=Path, help="gold file (default DATA_DIR/dev_gold.jsonl)")
    parser.add_argument("--json", type=Path, dest="json_path", help="also write figures here")
    args = parser.parse_args(argv)
    gold_path = args.gold or args.data_dir / "dev_gold.jsonl"
    report, _ = run(args.data_dir, gold_path)
    print(format_report(report))
    if args.json_path:
        args.json_path.write_text(
            json.dumps(
                {**report.figures(), "misses": report.misses},
                ensure_ascii=False,
                indent=2,
                default=str,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
