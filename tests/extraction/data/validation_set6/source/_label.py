"""Tiny helper shared by the data_*.py files: one gold directive."""


def L(q, iss, resp, task, dl=None, dt=None, gr=None, co=(), opt=False):
    return {
        "quote": q, "optional": opt, "issuer": iss,
        "responsible": list(resp), "co_executors": list(co), "task": task,
        "deadline": dl, "deadline_text": dt, "deadline_granularity": gr,
    }
