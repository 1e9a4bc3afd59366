"""Shared helpers for building validation_set3 (hand-written articles + gold)."""


def G(quote, responsible, co, task, deadline=None, deadline_text=None,
      gran=None, issuer="__default__", optional=False):
    return {
        "quote": quote,
        "optional": optional,
        "issuer": issuer,
        "responsible": list(responsible),
        "co_executors": list(co),
        "task": task,
        "deadline": deadline,
        "deadline_text": deadline_text,
        "deadline_granularity": gran,
    }


def O(quote, responsible, task, deadline=None, deadline_text=None, gran=None,
      issuer=None):
    """An optional item (plans with dates, vague instructions)."""
    return G(quote, responsible, [], task, deadline, deadline_text, gran,
             issuer=issuer, optional=True)
