"""Shared helper for the data_*.py files: one label per directive."""


def L(quote, optional, issuer, responsible, co_executors, task,
      deadline_text=None, deadline=None, granularity=None):
    return {
        "quote": quote,
        "optional": optional,
        "issuer": issuer,
        "responsible": list(responsible),
        "co_executors": list(co_executors),
        "task": task,
        "deadline": deadline,
        "deadline_text": deadline_text,
        "deadline_granularity": granularity,
    }


def text(*lines):
    return "\n".join(lines)
