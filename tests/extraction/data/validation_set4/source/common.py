"""Shared helpers for the validation_set4 generator (hand-written labels)."""


def d(quote, responsible, task, deadline=None, deadline_text=None, gran=None,
      co=(), optional=False, issuer="__default__"):
    """One gold directive. issuer '__default__' takes the article's issuer."""
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


def art(id_, lang, published, title, lines, gold, issuer=None):
    for g in gold:
        if g["issuer"] == "__default__":
            g["issuer"] = issuer
    return {"id": id_, "lang": lang, "published": published, "title": title,
            "text": "\n".join(lines), "gold": gold}
