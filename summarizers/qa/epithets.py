"""Epithets: a definite description that stands for a person named before it ("the 41-year-old climbed down",
"The six-year-old hid"), so that a sentence without the person's name can still tell about them.

A follow-up "How old is he?" about a person the thread named is most often answered by such a sentence:
the article names the person once and then calls them by their age. The epithet means the person named
last before it: earlier in its own sentence, else in the few sentences before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.summarizers.lexicon.qa import NUMBER_WORDS
from newsbrief.summarizers.qa.extract import aged
from newsbrief.summarizers.qa.retrieve import Passage

# "the 41-year-old", "The six-year-old's mother"; not one followed by a name ("the 41-year-old Ivo Lund":
# that age is the name's, read by :func:`.extract.aged`)
_AGE_EPITHET = re.compile(
    rf"\bthe (?P<age>\d{{1,3}}|{NUMBER_WORDS})[- ]years?[- ]old\b(?!\s+(?-i:(?:[A-Z]\w*\s+)*[A-Z][a-z]))",
    re.I,
)
# a sentence that is only a pronoun's age, after the person is named ("He was 88.", "She is 41."): an obituary's
_PRONOUN_AGE = re.compile(r"^\W*(?:he|she) (?:was|is|turned) (?P<age>\d{1,3})\W*$", re.I)
LOOK_BACK = 3  # sentences before the epithet's searched for the person it means


def _named(text: str, people: Sequence[tuple[str, frozenset[str]]]) -> list[tuple[int, str]]:
    """Where in ``text`` each of ``people`` (a name and its identifying words) is named: (offset, name)."""
    out = []
    for name, parts in people:
        for part in parts:
            for m in re.finditer(rf"\b{re.escape(part)}\b", text, re.I):
                out.append((m.start(), name))
    return out


def _given_age(text: str, name: str) -> str:
    """The age ``text`` gives ``name`` by its name words ("Ivo Lund, 66", "nine-year-old Ivo"), or ""."""
    words = [w for w in name.split() if len(w) > 2]
    if not words:
        return ""
    found = aged(text, words)
    if found:
        return found
    n = "|".join(re.escape(w) for w in words)
    m = re.search(rf"\b({NUMBER_WORDS})[- ]years?[- ]old\s+(?:[A-Za-z.]+\s+){{0,3}}?(?:{n})\b", text, re.I)
    return m.group(1).lower() if m else ""


def epithet_age(passages: Sequence[Passage], p: Passage, who: Sequence[str], people: Sequence[str]) -> str:
    """The age an epithet of ``p`` gives the person ``who`` (their name words) means, or "": the person named
    last before the epithet (in ``p`` before it, else in the :data:`LOOK_BACK` sentences before ``p``) among
    the story's ``people`` and ``who`` is that person; one the article gives another age is passed over
    ("nine-year-old Ana cheered the winger ... the 29-year-old": not hers)."""
    mine = {w.lower() for w in who if len(w) > 2}
    if not mine:
        return ""
    known = [(n, frozenset(w for w in n.split() if len(w) > 2)) for n in people]
    known.append((" ".join(sorted(mine)), frozenset(mine)))
    own = [o for o in passages if o.article == p.article]
    article = " ".join(o.text for o in own)
    # the sentences before ``p``, nearest first
    before = [
        o.text for o in sorted(own, key=lambda o: -o.position) if 0 < p.position - o.position <= LOOK_BACK
    ]
    for m in [*_AGE_EPITHET.finditer(p.text), *_PRONOUN_AGE.finditer(p.text)]:
        if _means(m.group("age").lower(), [p.text[: m.start()], *before], known, mine, article):
            return m.group("age")
    return ""


def _means(
    age: str, texts: list[str], known: list[tuple[str, frozenset[str]]], mine: set[str], article: str
) -> bool:
    """The epithet of ``age`` means the person of the words ``mine``: of the ``known`` people named in ``texts``
    (nearest first), the latest is theirs, or all mentioned later than theirs have another age in the ``article``."""
    for text in texts:
        for _, name in sorted(_named(text, known), reverse=True):
            if {w.lower() for w in name.split()} & mine:
                return True
            if _given_age(article, name) in ("", age):
                return False  # someone else, mentioned later than the person asked about
    return False
