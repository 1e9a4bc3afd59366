"""The task of a directive: a verb phrase from the text, without the body, the modal and
the deadline (spec §3 ``task``), in the lemma-ish form the gold uses:

* English: the base form of the verb. "tasked with submitting a report" -> "submit a
  report"; "aimed at further enhancing X" -> "further enhance X"; coordinated gerunds follow
  ("improving X and strengthening Y" -> "improve X and strengthen Y"); a passive with no
  agent turns round ("All documentation must be completed" -> "complete all documentation").
* Russian: the infinitive phrase as written ("завершить ремонт теплосетей").
* Kazakh: the verbal noun without its case ending ("платформаны іске қосуды тапсырды" ->
  "платформаны іске қосу"; "әзірлеуі тиіс" -> "әзірлеу").

A trailing purpose clause ("... to improve the quality of ...", "in order to ...",
"чтобы ...") and a quote's attribution ('," he said') are not part of the task.
"""

from __future__ import annotations

import re

# -- English verb forms ---------------------------------------------------------------

_IRREGULAR = {
    "taking": "take",
    "making": "make",
    "giving": "give",
    "having": "have",
    "being": "be",
    "doing": "do",
    "using": "use",
    "holding": "hold",
    "building": "build",
    "bringing": "bring",
    "paying": "pay",
    "setting": "set",
    "putting": "put",
    "getting": "get",
    "running": "run",
    "beginning": "begin",
    "carrying": "carry",
    "applying": "apply",
    "supplying": "supply",
    "focusing": "focus",
    "lying": "lie",
    "dying": "die",
    "writing": "write",
    "taken": "take",
    "made": "make",
    "given": "give",
    "done": "do",
    "held": "hold",
    "built": "build",
    "brought": "bring",
    "paid": "pay",
    "set": "set",
    "put": "put",
    "begun": "begin",
    "drawn": "draw",
    "drawn up": "draw up",
    "written": "write",
    "carried": "carry",
    "applied": "apply",
    "supplied": "supply",
    "sent": "send",
    "spent": "spend",
    "met": "meet",
    "kept": "keep",
    "found": "find",
    "laid": "lay",
    "sold": "sell",
    "bought": "buy",
    "led": "lead",
    "chosen": "choose",
    "shown": "show",
    "focused": "focus",
    "seen": "see",
    "known": "know",
    "undertaken": "undertake",
}
# Stems that take back an "e" ("enhanc" -> "enhance"); checked on the stem's ending.
_E_ENDINGS = (
    "at",
    "iz",
    "ys",
    "yz",
    "ut",
    "ov",
    "iv",
    "rv",
    "lv",
    "ur",
    "ir",
    "ar",
    "ak",
    "ag",
    "dg",
    "bl",
    "pl",
    "tl",
    "gl",
    "cl",
    "rs",
    "ps",
    "ns",
    "rg",
    "as",
    "os",
    "us",
    "ud",
    "id",
    "ot",
    "ib",
    "ob",
    "uc",
    "nc",
    "rc",
    "ac",
    "ic",
    "ec",
    "oc",
    "av",
    "ev",
    "ig",
    "ug",
    "plet",
    "let",
    "pet",
    "uid",
    "fin",
)
_E_EXCEPT = {
    "consider",
    "monitor",
    "offer",
    "deliver",
    "register",
    "discover",
    "cover",
    "recover",
    "gather",
    "foster",
    "bolster",
    "transfer",
    "refer",
    "confer",
    "prefer",
    "enter",
    "alter",
    "administer",
    "answer",
    "render",
    "hinder",
    "launch",
    "attach",
    "research",
    "finish",
    "establish",
    "publish",
    "accomplish",
    "distinguish",
    "abolish",
    "focus",
    "process",
    "access",
    "assess",
    "address",
    "express",
    "discuss",
    "pass",
    "harness",
    "bias",
    "develop",
    "visit",
    "edit",
    "limit",
    "exhibit",
    "audit",
    "credit",
    "benefit",
    "profit",
    "inhabit",
    "elicit",
    "solicit",
    "deposit",
    "posit",
    "vomit",
    "orbit",
    "commit",
    "submit",
    "permit",
    "admit",
    "emit",
    "omit",
    "transmit",
    "remit",
    "fit",
    "sit",
    "hit",
    "quit",
    "perform",
    "inform",
    "transform",
    "reform",
    "form",
    "conform",
    "attract",
    "interact",
    "act",
    "enact",
    "extract",
    "contract",
    "abstract",
    "protect",
    "detect",
    "collect",
    "select",
    "direct",
    "correct",
    "connect",
    "reflect",
    "inspect",
    "project",
    "construct",
    "instruct",
    "conduct",
    "deduct",
    "obstruct",
    "adopt",
    "accept",
    "adapt",
    "prompt",
    "exempt",
    "tempt",
    "attempt",
    "expand",
    "extend",
    "spend",
    "attend",
    "amend",
    "recommend",
    "demand",
    "fund",
    "refund",
    "found",
    "ground",
    "land",
    "brand",
    "stand",
    "understand",
    "support",
    "import",
    "export",
    "report",
    "sort",
    "exhort",
    "escort",
    "resort",
    "rec",
    "stabiliz",
}
_DOUBLED = re.compile(r"([bdfgmnprt])\1$")


def base_form(word: str) -> str:
    """The base form of an English -ing or -ed verb form (heuristic, lower-case)."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ying") and len(w) > 5:
        return w[:-4] + "y"
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
    elif w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    elif w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        if stem.endswith("e"):
            return stem
    else:
        return w
    if stem in _E_EXCEPT:
        return stem
    if _DOUBLED.search(stem) and not stem.endswith(("ll", "ss", "ff", "zz")):
        return stem[:-1]
    if stem.endswith(_E_ENDINGS) or stem[-1] in "uv":
        return stem + "e"
    if stem.endswith("in") and not stem.endswith(("ain", "oin", "ein")):
        return stem + "e"  # determine, examine, combine (but maintain, join)
    return stem


def is_participle(word: str) -> bool:
    """ "completed", "taken", "built": a past participle (heuristic)."""
    w = word.lower()
    return w.endswith("ed") or (w in _IRREGULAR and not w.endswith("ing"))


def _is_gerund(word: str) -> bool:
    return len(word) > 5 and word.lower().endswith("ing") and word.lower() not in _NOT_GERUNDS


_NOT_GERUNDS = {
    "during",
    "including",
    "according",
    "regarding",
    "concerning",
    "morning",
    "evening",
    "something",
    "anything",
    "nothing",
    "everything",
    "thing",
    "things",
    "building",
    "funding",
    "training",
    "housing",
    "spring",
    "string",
    "ring",
    "king",
    "financing",
    "meeting",
    "planning",
    "heating",
    "landing",
    "shipping",
    "pricing",
    "processing",
    "following",
    "remaining",
    "existing",
    "leading",
    "pending",
    "outstanding",
    "engineering",
    "hearing",
    "opening",
    "listing",
    "labeling",
    "labelling",
    "lending",
    "marketing",
    "rating",
    "reporting",
    "sporting",
    "swimming",
    "teaching",
    "testing",
    "booking",
}

_GERUND_AFTER_AND = re.compile(
    r"(?P<sep>,\s+(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
    r"(?P<w>[a-z]{3,}ing)\b"
)
_PURPOSE_VERBS = (
    "improve|increase|ensure|reduce|prevent|strengthen|enhance|support|achieve|promote|boost|"
    "facilitate|stimulate|accelerate|protect|meet|avoid|raise|expand|guarantee|minimize|"
    "maximize|eliminate|simplify|optimize|speed"
)
_PURPOSE_EN = re.compile(
    rf",?\s+(?:in\s+order\s+to|so\s+as\s+to|so\s+that|aimed\s+at|with\s+the\s+aim\s+of|"
    rf"with\s+a\s+view\s+to)\b.*$|(?<=\w)\s+to\s+(?:{_PURPOSE_VERBS})\b.*$|,\s+which\s+.*$"
    # a contrast is no part of the task: "..., but the work has not been completed"
    r"|,\s+(?:but|however|yet)\s+.*$",
    re.S,
)
# Nouns whose "to"-complement is the task itself ("take measures to staff ...").
_TO_COMPLEMENT = {
    "measures",
    "steps",
    "efforts",
    "work",
    "actions",
    "action",
    "proposals",
    "plan",
    "plans",
    "programme",
    "program",
    "mechanisms",
    "mechanism",
    "conditions",
    "need",
    "decision",
    "funds",
    "ability",
    "possibility",
    "opportunity",
    "initiatives",
    "way",
    "ways",
    "order",
    "able",
    "continue",
    "necessary",
    "tasks",
    "task",
    "instructions",
    "approach",
    "it",
    "them",
    "proposal",
    "roadmap",
    "campaign",
    "system",
    "changes",
    "amendments",
    "effort",
}
_RU_DASH = re.compile(r"[-–—]\s+(?=\w)")
_RU_SPEECH = re.compile(
    r"(?:отметил|сказал|подчеркнул|заявил|добавил|поручил|резюмировал|атап|айтты|деді|"
    r"тапсырды|мәлімдеді|қосты)"
)
_RU_PURPOSE = re.compile(
    r",?\s+(?:чтобы|с\s+тем\s+чтобы|в\s+целях|для\s+того\s+чтобы)\b.*$|,\s+(?:что|который|"
    r"которая|которые|которое)\s+.*$",
    re.S,
)

_EDGE = " \t\n,;:.—–-\"'«»“”„"


_SPACES = re.compile(r"\s+")
# "respectively" pairs coordinated bodies with their deadlines or tasks (see coordination)
RESPECTIVELY = re.compile(r"(?<![\w-])(?:respectively|соответственно|тиісінше)(?![\w-])", re.I)
_RESPECTIVELY = re.compile(r",?\s*" + RESPECTIVELY.pattern, re.I)
_DANGLING_AND = re.compile(r"\s+(?:and|и|және)[\s,.;]*$", re.I)
_SPACE_BEFORE_PUNCT = re.compile(r" ([,;:.])")
# "develop, by the end of the year, a plan" less its deadline: the aside's two commas go
_EMPTIED_ASIDE = re.compile(r", ?,(?! ?[,;:])")
_REPEATED_PUNCT = re.compile(r"([,;:])(?: ?[,;:])+")
_PUNCT_PAIR = re.compile(r"[,;:] ?[,;:]")


def tidy(text: str) -> str:
    """Collapse spaces and the punctuation a removed deadline or body leaves behind."""
    text = " ".join(text.split())  # what _SPACES does, and the spaces at the edges go
    if "respectiv" in text or "соответствен" in text or "тиісінше" in text:
        # "submit the plans by D1 and D2, respectively" less its deadlines
        text = _DANGLING_AND.sub("", _RESPECTIVELY.sub("", text))
    if " ," in text or " ;" in text or " :" in text or " ." in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    if _PUNCT_PAIR.search(text):
        text = _EMPTIED_ASIDE.sub("", text)
        text = _REPEATED_PUNCT.sub(r"\1", text)
    return _balance_quotes(_strip_edges(text))


_PAIRS = {"«": "»", "“": "”", '"': '"'}


def _strip_edges(text: str) -> str:
    """Punctuation off both ends, but not the quote marks of a name the task opens or
    closes with ("«Самұрық-Қазына» қорының ...", "... of the «Damu» fund")."""
    core = text.strip(_EDGE)
    if not core:
        return core
    start = text.find(core)
    end = start + len(core)
    opener = text[start - 1] if start else ""
    if opener in _PAIRS and _PAIRS[opener] in core:
        start -= 1
    closer = text[end] if end < len(text) else ""
    if closer in ("»", "”", '"') and any(o in core for o, c in _PAIRS.items() if c == closer):
        end += 1
    return text[start:end]


def _balance_quotes(text: str) -> str:
    """Drop quote marks left without their pair by the cuts."""
    if text.count("«") != text.count("»"):
        text = text.replace("«", "").replace("»", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text


_EN_SPEECH_END = re.compile(
    r"\b(?:said|noted|stressed|emphasi[sz]ed|added|instructed|stated|underlined|pointed\s+out|"
    r"concluded|highlighted|urged)\s*[.!]?\s*$"
)
_EN_SPEAKER_WORDS = re.compile(r",\s+(?:[\w.’'-]+\s+){1,5}$")


_CLOSING_QUOTE = re.compile(r"[\"”»]")


def cut_attribution(text: str, lang: str) -> str:
    """Drop a closing quote and what follows it ('...begin," Olzhas Bektenov instructed.'),
    or a trailing speaker (', the Prime Minister said.')."""
    if lang == "en":
        verb = _EN_SPEECH_END.search(text, max(0, len(text) - 40))
        if verb:  # ", the Prime Minister said."
            who = _EN_SPEAKER_WORDS.search(text, max(0, verb.start() - 80), verb.start())
            if who:
                text = text[: who.start()]
        for m in _CLOSING_QUOTE.finditer(text):
            before = text[: m.start()]
            if m.group(0) == '"' and (not before or before[-1].isspace()):
                continue  # an opening quote: 'form "Modernization Maps" for ...'
            balanced = (
                before.count('"') % 2 == 0
                and before.count("“") <= before.count("”")
                and before.count("«") <= before.count("»")
            )
            if not balanced:
                continue
            rest = text[m.end() :]
            if not rest.strip(" .,") or re.match(r"\s*[,.]?\s*[-–—]?\s*[A-Z]", rest):
                return before
            if len(rest) < 80 and _EN_SPEECH_END.search(rest):
                return before  # '...," the Prime Minister said.'
            if re.match(r"\s*[,.]", rest):
                return before
        return text
    for m in _RU_DASH.finditer(text):
        if _RU_SPEECH.search(text, m.end(), m.end() + 40):
            return text[: m.start()].rstrip(' ,.!?"”»')
    for q in ("»", "”"):
        i = text.find(q)
        if i >= 0 and not text[:i].strip():
            text = text[:i] + " " + text[i + 1 :]  # the close of a name cut off before: «X» ...
            i = text.find(q)
        if i >= 0 and text[:i].count("«" if q == "»" else "“") == 0:
            return text[:i]
    return text


_LEAD_TO = re.compile(r"^\s*(?:to|with)\s+")
_LEAD_ADVERB = re.compile(r"^(?:also|additionally|further(?=\s+to)|then|now|in\s+turn)\s+")
_LEAD_TO2 = re.compile(r"^to\s+")
_NOT_TO = re.compile(r"^not\s+to\s+")
_AND_TO_VERB = re.compile(
    r",?\s+and\s+to\s+(?!(?:the|a|an|all|its|their|this|these|those|each|every|other)\b)"
    r"(?=[a-z]{3,}\b)"
)


def english_task(text: str, *, gerund: bool = False) -> str:
    """English task phrase from the words after the modal / "to" / "with"."""
    text = cut_attribution(text, "en")
    text = _LEAD_TO.sub("", tidy(text))
    text = _LEAD_ADVERB.sub("", text)
    text = _LEAD_TO2.sub("", text)
    text = _NOT_TO.sub("not ", text)  # "not to allow price hikes" -> "not allow price hikes"
    # "ensure X and to keep Y" -> "ensure X and keep Y" (not "to China and to the EU")
    text = _AND_TO_VERB.sub(" and ", text)
    text = _cut_purpose(text)
    words = text.split(" ", 1)
    if words and words[0] and (gerund or _is_gerund(words[0])) and words[0].lower().endswith("ing"):
        text = base_form(words[0]) + (" " + words[1] if len(words) > 1 else "")
        text = _GERUND_AFTER_AND.sub(
            lambda m: (
                m.group("sep") + base_form(m.group("w")) if _is_gerund(m.group("w")) else m.group(0)
            ),
            text,
        )
    elif (
        len(words) == 2 and words[0].lower() == "further" and _is_gerund(words[1].split(" ", 1)[0])
    ):
        head, rest = words[1].split(" ", 1) if " " in words[1] else (words[1], "")
        text = f"{words[0]} {base_form(head)} {rest}".strip()
    return tidy(_lower_first(text))


_TRAILING_QUALIFIER = re.compile(
    r",\s+(?:taking\s+into\s+account|including|in\s+accordance\s+with|based\s+on|"
    r"paying\s+(?:special\s+|particular\s+)?attention\s+to|with\s+(?:a\s+)?(?:focus|emphasis)\s+"
    r"on)\b(?P<rest>.*)$",
    re.S | re.I,
)


def _cut_purpose(text: str) -> str:
    q = _TRAILING_QUALIFIER.search(text)
    if q and len(q.group("rest").split()) >= 8:
        text = text[: q.start()]  # a long qualification is no part of the verb phrase
    for m in _PURPOSE_EN.finditer(text):
        before = text[: m.start()]
        words = before.split()
        if len(words) < 3:
            continue
        if m.group(0).lstrip(", ").startswith("to ") and words[-1].lower() in _TO_COMPLEMENT:
            continue
        return before
    return text


_NOMINAL_VERBS = {
    "launch": "launch",
    "implementation": "implement",
    "development": "develop",
    "creation": "create",
    "construction": "construct",
    "introduction": "introduce",
    "modernization": "modernize",
    "modernisation": "modernize",
    "improvement": "improve",
    "completion": "complete",
    "provision": "provide",
    "preparation": "prepare",
    "reduction": "reduce",
    "increase": "increase",
    "strengthening": "strengthen",
    "digitalization": "digitalize",
    "expansion": "expand",
    "establishment": "establish",
    "organization": "organize",
    "elimination": "eliminate",
    "adoption": "adopt",
    "approval": "approve",
    "support": "support",
    "renovation": "renovate",
    "reconstruction": "reconstruct",
    "repair": "repair",
    "commissioning": "commission",
    "optimization": "optimize",
    "simplification": "simplify",
    "transfer": "transfer",
    "integration": "integrate",
    "resolution": "resolve",
    "prevention": "prevent",
    "protection": "protect",
    "attraction": "attract",
    "diversification": "diversify",
}
_ADVERBS = {
    "full": "fully",
    "timely": "timely",
    "effective": "effectively",
    "successful": "successfully",
    "further": "further",
    "rapid": "rapidly",
    "complete": "completely",
    "comprehensive": "comprehensively",
    "quick": "quickly",
    "early": "early",
    "gradual": "gradually",
    "systematic": "systematically",
}
_NOMINAL = re.compile(
    r"^(?:the\s+|a\s+)?(?:(?P<adj>\w+)\s+)?(?P<noun>\w+)\s+of\s+(?P<rest>.+)$", re.S | re.I
)


def nominal_to_verb(text: str) -> str:
    """ "the full launch of projects" -> "fully launch projects": a purpose clause's noun
    phrase read as the task's verb phrase (only for nouns of action we know)."""
    m = _NOMINAL.match(text.strip())
    if not m or m.group("noun").lower() not in _NOMINAL_VERBS:
        return text
    adj = (m.group("adj") or "").lower()
    if adj and adj not in _ADVERBS:
        return text
    verb = _NOMINAL_VERBS[m.group("noun").lower()]
    return " ".join(w for w in (_ADVERBS.get(adj, ""), verb, m.group("rest")) if w)


def passive_to_active(subject: str, participle: str, rest: str) -> str:
    """ "All documentation" + "completed" + "for X" -> "complete all documentation for X"."""
    subj = re.sub(r"^the\s+", "", subject.strip(" \"'«“„"), flags=re.I)
    head, _, particle = participle.partition(" ")  # "carried out" -> "carry out"
    verb = f"{base_form(head)} {particle}".strip() if particle else base_form(participle)
    return tidy(f"{verb} {_lower_first(subj)} {rest}")


def russian_task(text: str) -> str:
    text = cut_attribution(text, "ru")
    text = _RU_PURPOSE.sub("", text)
    return _lower_first(tidy(text))


_RU_PARTICIPLE = (
    (re.compile(r"(?:ены|ена|ено|ен)$"), "ить"),
    (re.compile(r"(?:аны|ана|ано|ан)$"), "ать"),
    (re.compile(r"(?:яны|яна|яно|ян)$"), "ять"),
    (re.compile(r"(?:ты|та|то|т)$"), "ть"),
)


def russian_passive(subject: str, rest: str) -> str:
    """ "Все работы" + "быть завершены до ..." -> "завершить все работы" (heuristic: the short
    participle's ending gives the infinitive's: -ены -> -ить, -аны -> -ать, -ты -> -ть)."""
    m = re.match(r"\s*быть\s+(\w+)(.*)$", rest, re.S)
    if not m:
        return russian_task(rest)
    participle, tail = m.group(1), m.group(2)
    verb = participle
    for rx, ending in _RU_PARTICIPLE:
        if rx.search(participle):
            verb = rx.sub(ending, participle)
            break
    subj = subject.strip(" ,")
    if subj[:1].isupper() and subj[1:2].islower():
        subj = subj[0].lower() + subj[1:]
    return tidy(f"{verb} {subj} {russian_task(tail)}")


_KK_ACC = re.compile(r"(у|ю|ыу|іу)(ды|ді|ны|ні|ын|ін)$")
_KK_POSS = re.compile(r"(у|ю)(ы|і|сы|сі|ымыз|іміз)$")  # "жөндеуі", "жөндеуіміз" (тиіс)


def kazakh_task(text: str, *, modal: bool = False) -> str:
    text = cut_attribution(text, "kk")
    text = tidy(text)
    # a second task's conjunction: "..., ал барлық мұнараларға тексеру жүргізу"
    text = re.sub(r"^(?:ал|және|сондай-ақ|сонымен\s+қатар)\s+", "", text, flags=re.I)
    # "біз ... жөндеуіміз қажет": the "we" is the doer, not the task
    text = re.sub(r"^(?:біз|бізге)\s+", "", text, flags=re.I)
    text = re.sub(r"\s+(?:жөнінде|бойынша|туралы)$", "", text)
    # "тексеру міндеті (жүктелді)": the duty's noun is no part of the task
    text = re.sub(r"\s+(?:міндеті|міндетін|міндеттері|тапсырмасы|тапсырмасын)$", "", text)
    # "қамтамасыз етуге (міндетті)": the verbal noun without its dative
    text = re.sub(r"(?<=[ую])(?:ға|ге)$", "", text)
    words = text.split(" ")
    if words:
        last = words[-1]
        m = _KK_ACC.search(last)
        if m:
            words[-1] = last[: m.start(2)]
        elif modal:
            m = _KK_POSS.search(last)
            if m:
                words[-1] = last[: m.start(2)]
    return _lower_first(tidy(" ".join(words)))


def kazakh_verbal_noun(imperative: str) -> str:
    """ "бекітсін" -> "бекіту", "қалыптастырсын" -> "қалыптастыру", "аяқтасын" -> "аяқтау"."""
    stem = imperative[:-3]
    if stem.endswith(("ы", "і")):
        stem = stem[:-1]
    return stem + ("ю" if stem.endswith(("и",)) else "у")


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if any(c.isupper() for c in first[1:]):
        return text  # a name: "Самұрық-Қазына қорының ..."
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
