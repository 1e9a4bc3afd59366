"""The scorer of spec §7 on tiny synthetic gold."""

from __future__ import annotations

import datetime
import json

import pytest

from tracker.extraction.evaluate import (
    Find,
    GoldItem,
    ScoredArticle,
    format_report,
    load_gold,
    match,
    score,
    token_f1,
)

D = datetime.date
TEXT = (
    "The Ministry of Energy must repair networks by October 1. "
    "Akimats have been instructed to buy coal. "
    "It is planned to build roads by 2026. "
    "Prices rose by 5%."
)


def canon(name: str) -> str:
    aliases = {"ministry of energy": "ministry of energy", "energy ministry": "ministry of energy"}
    key = " ".join(name.lower().split())
    return aliases.get(key, key)


def gold(quote, *, optional=False, resp=(), co=(), task="", deadline=None) -> GoldItem:
    return GoldItem("A", quote, optional, tuple(resp), tuple(co), task, deadline)


def find(sentence, *, resp=(), co=(), task="", deadline=None) -> Find:
    start = TEXT.find(sentence)
    return Find("A", sentence, start, start + len(sentence), tuple(resp), tuple(co), task, deadline)


S1 = "The Ministry of Energy must repair networks by October 1."
S2 = "Akimats have been instructed to buy coal."
S3 = "It is planned to build roads by 2026."
S4 = "Prices rose by 5%."
G1 = gold(
    "must repair networks",
    resp=["Ministry of Energy"],
    task="repair networks",
    deadline=D(2025, 10, 1),
)
G2 = gold("instructed to buy coal", resp=["akimats"], task="buy coal")
G3 = gold("planned to build roads", optional=True, task="build roads", deadline=D(2026, 12, 31))


def run(finds, golds=(G1, G2, G3)):
    return score([ScoredArticle("A", "en", TEXT, list(finds), list(golds))], canon)


def test_perfect_run():
    r = run(
        [
            find(S1, resp=["Energy Ministry"], task="repair networks", deadline=D(2025, 10, 1)),
            find(S2, resp=["akimats"], task="buy coal"),
        ]
    )
    f = r.overall.figures()
    assert (f["tp"], f["fp"], f["fn"]) == (2, 0, 0)
    assert f["detection_f1"] == 1.0
    assert f["deadline_matched"] == 1.0 and f["deadline_end_to_end"] == 1.0
    assert f["bodies_f1"] == 1.0  # "Energy Ministry" is the same body through the aliases
    assert f["task_f1"] == 1.0
    assert r.misses == []
    assert r.by_lang["en"].figures() == f


def test_optional_items_are_neither_rewarded_nor_punished():
    with_optional = run([find(S2, resp=["akimats"], task="buy coal"), find(S3, task="x")])
    without = run([find(S2, resp=["akimats"], task="buy coal")])
    assert with_optional.overall.figures() == without.overall.figures()
    assert without.overall.figures()["fn"] == 1  # G1 missed; G3 optional is no miss


def test_unmatched_finds_are_false_positives():
    r = run([find(S4, task="rise")])
    f = r.overall.figures()
    assert f["fp"] == 1 and f["tp"] == 0 and f["fn"] == 2
    assert [m["kind"] for m in r.misses].count("FP") == 1


def test_matching_is_one_to_one():
    r = run([find(S2, resp=["akimats"], task="buy coal"), find(S2, resp=["akimats"], task="b")])
    f = r.overall.figures()
    assert f["tp"] == 1 and f["fp"] == 1
    assert f["task_f1"] == 1.0  # the better of the two took the gold item


def test_deadline_end_to_end_counts_missed_directives_as_wrong():
    r = run([find(S2, resp=["akimats"], task="buy coal")])
    f = r.overall.figures()
    assert f["deadline_matched"] == 1.0  # the matched one has the right (null) deadline
    assert f["deadline_end_to_end"] == 0.0  # G1, the one gold item with a deadline, is missed


def test_wrong_deadline_and_bodies_are_listed():
    r = run(
        [
            find(
                S1,
                resp=["akimats"],
                co=["Ministry of Energy"],
                task="repair",
                deadline=D(2025, 9, 1),
            ),
            find(S2, resp=["akimats"], task="buy coal"),
        ]
    )
    f = r.overall.figures()
    assert f["deadline_matched"] == 0.5
    # roles are not distinguished: {energy} found as co-executor still counts; akimats is extra
    assert (f["bodies_p"], f["bodies_r"]) == (pytest.approx(2 / 3), 1.0)
    kinds = sorted(m["kind"] for m in r.misses)
    assert kinds == ["bodies", "deadline"]
    assert "deadline" in format_report(r)


def test_a_find_spanning_two_sentences_matches_by_containment():
    both = S1 + " " + S2
    r = run([find(both, resp=["akimats"], task="buy coal")], golds=(G2,))
    assert r.overall.figures()["tp"] == 1


def test_match_prefers_non_optional_gold():
    both = "The ministry must do X. It is planned to do Y."
    g_opt = GoldItem("A", "planned to do Y", True, (), (), "", None)
    g_real = GoldItem("A", "must do X", False, (), (), "", None)
    f = Find("A", both, 0, len(both), (), (), "", None)
    assert match([f], [g_opt, g_real], canon) == {1: 0}


def test_token_f1():
    assert token_f1("launch a pilot project", "launch a pilot project") == 1.0
    assert token_f1("", "") == 1.0
    assert token_f1("repair roads", "") == 0.0
    assert token_f1("complete repairs of networks", "complete repairs") == pytest.approx(2 / 3)


def test_load_gold(tmp_path):
    row = {
        "article": "A",
        "quote": "q",
        "optional": False,
        "responsible": ["X"],
        "co_executors": [],
        "task": "t",
        "deadline": "2025-10-01",
        "issuer": None,
    }
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (g,) = load_gold(path)
    assert g.deadline == D(2025, 10, 1) and g.responsible == ("X",)
