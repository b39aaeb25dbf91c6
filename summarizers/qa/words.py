"""Words of questions and sentences as spaCy lemmas, for retrieval that survives paraphrase.

Lemmas come from the loaded pipeline's own rule-lemmatizer tables (``lemma_exc``, ``lemma_index``,
``lemma_rules``), applied to each word on its own: a verb reading first (exceptions, base forms,
suffix rules), then noun, then adjective. That
is spaCy's rule lemmatizer without the tagger, so indexing an article costs a tokenisation, not a parse
(an answer must stay well under 50 ms). Lemmas in one :data:`~newsbrief.summarizers.lexicon.qa.RELATED_LEMMAS`
class ("die", "death", "killed") map to one key. Without a pipeline the lower-cased word is the key.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from newsbrief.summarizers.lexicon.derivations import PAIRS as _DERIVED_PAIRS
from newsbrief.summarizers.lexicon.qa import (
    DEGREE_ADVERBS,
    NAME_FORMS,
    NOUN_DERIVATIONS,
    PHRASE_KEYS,
    QUESTION_STOP,
    RELATED_LEMMAS,
)
from newsbrief.summarizers.lexicon.synonyms import PAIRS as _SYNONYM_PAIRS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer as SpacyLemmatizer

WORD_RE = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z][A-Za-z']*")
_POS_ORDER = ("verb", "noun", "adj")

_RELATED: dict[str, str] = {}
for _cls in RELATED_LEMMAS:
    for _w in _cls:
        _RELATED.setdefault(_w, _cls[0])


# a name's form -> the other forms of its name (:data:`~newsbrief.summarizers.lexicon.qa.NAME_FORMS`: "britons" ->
# "britain", "british", ...)
NAME_FORM_OF: dict[str, frozenset[str]] = {
    form: frozenset(cls) - {form} for cls in NAME_FORMS for form in cls
}


class Lemmatizer:
    """Context-free lemmas from a spaCy pipeline's rule tables (cached per word; thread-safe reads)."""

    def __init__(self, nlp: Language | None) -> None:
        self.exc: Mapping[str, Mapping[str, list[str]]] = {}
        self.index: Mapping[str, frozenset[str]] = {}
        self.rules: Mapping[str, list[list[str]]] = {}
        self.adverbs: frozenset[str] = frozenset()
        if nlp is not None and "lemmatizer" in getattr(nlp, "pipe_names", ()):
            # the component named "lemmatizer" is spaCy's Lemmatizer; get_pipe is typed as a bare callable
            tables = cast("SpacyLemmatizer", nlp.get_pipe("lemmatizer")).lookups
            if tables.has_table("lemma_exc"):
                exc, index, rules = (tables.get_table(t) for t in ("lemma_exc", "lemma_index", "lemma_rules"))
                self.exc = {pos: exc.get(pos, {}) for pos in _POS_ORDER}
                self.index = {pos: frozenset(index.get(pos, ())) for pos in _POS_ORDER}
                self.rules = {pos: rules.get(pos, []) for pos in _POS_ORDER}
                self.adverbs = frozenset(index.get("adv", ()))
        self.lemma = lru_cache(maxsize=50_000)(self._lemma)

    def _lemma(self, word: str) -> str:
        w = word.lower().replace("\u2019", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if not self.index or not w.isalpha():
            return w
        graded = self._graded(w)
        if graded:
            return graded
        for pos in _POS_ORDER:
            forms = self.exc.get(pos, {}).get(w)
            if forms:
                return str(forms[0])
            index = self.index.get(pos, ())
            if w in index:
                return self._base(w) if pos == "noun" and w not in _RELATED else w
            for old, new in self.rules.get(pos, []):
                if w.endswith(old):
                    form = w[: len(w) - len(old)] + new
                    if form and form in index:
                        return self._base(form) if pos == "noun" and form not in _RELATED else form
        return self._adverb(w) or self._unlisted_noun(w) or w

    def _unlisted_noun(self, w: str) -> str:
        """The verb a derived noun the tables do not list is made from ("drillers", "driller" -> "drill"; qa63), or
        "": the same key as the verb's other forms, as :meth:`_base` gives a listed one."""
        for form in (w[:-1], w) if w.endswith("s") else (w,):
            base = self._base(form)
            if base != form:
                return base
        return ""

    def is_adverb(self, word: str) -> bool:
        """``word`` is only an adverb in the tables ("Roughly", "Exactly"; not "Well" or "Kellogg"; qa41)."""
        w = word.lower()
        return w in self.adverbs and not any(w in self.index.get(pos, ()) for pos in _POS_ORDER)

    def _adverb(self, w: str) -> str:
        """The adjective an "-ly" adverb the tables do not know is made from ("permanently" -> "permanent",
        "happily" -> "happy", "gently" -> "gentle"), or ""."""
        if not w.endswith("ly") or len(w) < 6 or w in DEGREE_ADVERBS:
            return ""
        adj = self.index.get("adj", ())
        for form in (w[:-2], w[:-3] + "y", w[:-1] + "e"):
            if len(form) >= 3 and form in adj:
                return form
        return ""

    def _graded(self, w: str) -> str:
        """The adjective a comparative or superlative grades ("lowest", "lower" -> "low"; "older" -> "old"),
        read before a verb ("to lower"); a noun ("offer", "forest", "protest") is left alone."""
        if not w.endswith(("er", "est")) or len(w) < 5 or w in self.index.get("noun", ()):
            return ""
        adj = self.index.get("adj", ())
        for old, new in self.rules.get("adj", []):
            if old in ("er", "est") and w.endswith(old):
                form = w[: len(w) - len(old)] + new
                if len(form) >= 3 and form in adj:
                    return form
        return ""

    def _base(self, noun: str) -> str:
        """The verb a derived noun comes from, when the tables know it ("commander", "payment" -> verb)."""
        verbs = self.index.get("verb", ())
        for suffix, repl, shortest in NOUN_DERIVATIONS:
            if noun.endswith(suffix) and len(noun) - len(suffix) >= 3 and len(noun) >= shortest:
                base = noun[: len(noun) - len(suffix)] + repl
                if base in verbs:
                    return base
        return noun


_LEMMATIZERS: dict[int, Lemmatizer] = {}
_LOCK = threading.Lock()


def lemmatizer(nlp: Language | None) -> Lemmatizer:
    """The (shared) lemmatizer of ``nlp``."""
    key = id(nlp)
    with _LOCK:
        lem = _LEMMATIZERS.get(key)
        if lem is None:
            lem = _LEMMATIZERS[key] = Lemmatizer(nlp)
        return lem


_FAMILIES: dict[int, dict[str, frozenset[str]]] = {}


def families(lem: Lemmatizer) -> dict[str, frozenset[str]]:
    """Each retrieval key of a word family of :mod:`~newsbrief.summarizers.lexicon.derivations` (a verb and
    its nouns: "defend", "defence", "defender") -> the family's other keys. Words the lemmatizer already
    gives one key ("resign", "resignation") are one member; a word of a related-lemma class ("say",
    "comment") has no family here (the class is its paraphrase set, and a family of each member would
    join "say" to "commentary" and "addition")."""
    key = id(lem)
    with _LOCK:
        got = _FAMILIES.get(key)
    if got is not None:
        return got
    groups: dict[str, set[str]] = {}
    for line in _DERIVED_PAIRS.split("\n"):
        if " " in line:
            verb, noun = (lem.lemma(w) for w in line.split(" "))
            if verb not in _RELATED and noun not in _RELATED:  # a related class is its own paraphrase set
                groups.setdefault(verb, {verb}).add(noun)
    out: dict[str, set[str]] = {}
    for members in groups.values():
        for m in members:
            if m not in QUESTION_STOP:
                out.setdefault(m, set()).update(o for o in members if o != m and o not in QUESTION_STOP)
    table = {k: frozenset(v) for k, v in out.items() if v}
    with _LOCK:
        _FAMILIES[key] = table
    return table


@lru_cache(maxsize=4)
def name_forms(lem: Lemmatizer) -> dict[str, frozenset[str]]:
    """Each retrieval key of a name's form (:data:`~newsbrief.summarizers.lexicon.qa.NAME_FORMS`: "briton") -> the
    keys of the name's other forms ("britain", "british", "uk"); qa43. Cached per lemmatizer (read-only after)."""
    out: dict[str, set[str]] = {}
    for cls in NAME_FORMS:
        keys = {k for form in cls for k in (form, key_of(lem.lemma(form)))}
        for k in keys:
            out.setdefault(k, set()).update(keys - {k})
    return {k: frozenset(v) for k, v in out.items()}


_SYNONYMS: dict[tuple[int, bool], dict[tuple[str, str], frozenset[str]]] = {}


def synonyms(lem: Lemmatizer, classes: bool = False) -> dict[tuple[str, str], frozenset[str]]:
    """(part of speech, retrieval key) of a word of :mod:`~newsbrief.summarizers.lexicon.synonyms` (WordNet
    synonyms of their most common sense: "acquit", "exonerate") -> the keys of its synonyms of that part of
    speech, and of their word families (:func:`families`). Stop words have none. Without ``classes`` the words
    of a related-lemma class have none either (a class is its own paraphrase set); with it (qa26) a class's
    word is listed by its own lemma, not its class's key ("shut" -> "end", the key of "close"; "close" ->
    "shut"), so a question word no sentence uses reaches a class the article uses, and back."""
    key = (id(lem), classes)
    with _LOCK:
        got = _SYNONYMS.get(key)
    if got is not None:
        return got
    fam = families(lem)
    out: dict[tuple[str, str], set[str]] = {}
    for line in _SYNONYM_PAIRS.split("\n"):
        pos, _, pair = line.partition(" ")
        if " " not in pair:
            continue
        la, lb = (lem.lemma(w) for w in pair.split(" "))
        a, b = key_of(la), key_of(lb)
        if a == b or {a, b} & QUESTION_STOP or (not classes and (a in _RELATED_KEYS or b in _RELATED_KEYS)):
            continue
        # a word of a related-lemma class is looked up by its own lemma, not by its class's key: the class's
        # other words have synonyms of their own senses ("show" is no synonym of "find")
        out.setdefault((pos, la if la in _RELATED else a), set()).update({b, *fam.get(b, ())})
        out.setdefault((pos, lb if lb in _RELATED else b), set()).update({a, *fam.get(a, ())})
    table = {
        k: frozenset(rest)
        for k, v in out.items()
        if (rest := v - {k[1], key_of(k[1])} - fam.get(k[1], frozenset()))
    }
    with _LOCK:
        _SYNONYMS[key] = table
    return table


_RELATED_KEYS = frozenset(_RELATED.values()) | frozenset(_RELATED)


def key_of(lemma: str) -> str:
    """The retrieval key of a lemma (its related-lemma class, or itself)."""
    return _RELATED.get(lemma, lemma)


def bare_key(key: str) -> str:
    """``key`` without a quote mark :data:`WORD_RE` keeps on a word's end: a quotation closed on the word
    ("... so poor'") gives the key "poor'", which is the word "poor"."""
    return key.strip("'\u2019")


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.replace("\u2019", "'"))


def terms(text: str, lem: Lemmatizer) -> list[str]:
    """Content keys of ``text`` in order (stop words dropped; numbers kept without separators; a
    :data:`~newsbrief.summarizers.lexicon.qa.PHRASE_KEYS` phrase as its one key)."""
    out: list[str] = []
    ws = words(text)
    skip = False
    for i, w in enumerate(ws):
        if skip:
            skip = False
            continue
        if PHRASE_KEYS and i + 1 < len(ws) and w[0].isalpha():
            phrase = PHRASE_KEYS.get((lem.lemma(w.lower()), ws[i + 1].lower()))
            if phrase:
                out.append(phrase)
                skip = True
                continue
        if w[0].isdigit():
            out.append(w.replace(",", "").rstrip("."))
            continue
        low = w.lower()
        stem = w[:-2] if low.endswith("'s") else w
        if len(stem) >= 2 and stem.isupper() and stem.isalpha():
            # an acronym ("US", "RBS's") is a name: neither a stop word nor a plural to strip
            out.append(stem.lower())
            continue
        if low in QUESTION_STOP or len(low) < 2:
            continue
        lemma = lem.lemma(low)
        if lemma in QUESTION_STOP:
            continue
        out.append(key_of(lemma))
    return out
