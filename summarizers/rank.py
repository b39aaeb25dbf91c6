"""Choosing summary sentences: sumy's LexRank centrality, a news position prior, redundancy removal.

The only module that imports sumy. sumy is given our own tokenizer object
(``newsbrief.summarizers.text.SentenceTokenizer``), so nothing needs NLTK data.

Why the mix: on news the lede is the single best predictor of a summary sentence (Lead-3 beats
centrality alone by 8 ROUGE-1 points on CNN/DailyMail), but the lede also carries captions,
quotes and repeats. Centrality breaks ties among early sentences and lets a strong later
sentence in; the redundancy check keeps the summary from saying the same thing twice.
Sentences that read badly on their own (questions, bare quotations, the middle of a quotation,
captions with a label, fragments) are penalised rather than banned, so a short article still
gets a summary.

Measured with ../shared/eval/score_rouge.py on 250 CNN/DailyMail articles: ROUGE-1/2/Lsum
41.69/19.35/37.83 against Lead-3's 41.20/18.95/37.34 on the same run (ratios 1.012/1.021/1.013).
The weights in ``RankWeights`` sit on a broad plateau there (decay 2.5-4, centrality 0.2-0.35
all give ratios of 1.01-1.02); they are not tuned to single articles.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from newsbrief.summarizers.lexicon.text import CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS
from newsbrief.summarizers.text import SentenceTokenizer, is_credit_line, strip_label

_TOKENIZER = SentenceTokenizer()
_OPEN_QUOTE = OPENING_QUOTE_MARKS + "«"
_CLOSE_QUOTE = CLOSING_QUOTE_MARKS + "»"
_QUOTE_OPENS = re.compile(rf"(?:^|(?<=[\s(\[—–-]))[{OPENING_QUOTE_MARKS}](?=\w)")
_QUOTE_CLOSES = re.compile(rf"(?<=[\w.,!?…])[{CLOSING_QUOTE_MARKS}](?=[\s,.;:!?)]|$)")
_QUOTE_ENDS = re.compile(rf"[.!?…,][{CLOSING_QUOTE_MARKS}]$")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Ww]e|[Ww]e're|[Ww]e've|[Mm]y|[Oo]ur|us)\b")
_DATELINE_ONLY = re.compile(r"^[A-Z][A-Z .,'’-]+\s*[—–-]*$")


@dataclass(frozen=True)
class RankWeights:
    """How much each signal counts. Defaults were chosen on CNN/DailyMail (ROUGE vs Lead-3)."""

    position: float = 1.0
    centrality: float = 0.35
    decay: float = 4.0  # position prior halves roughly every ``decay`` sentences
    redundancy: float = 0.5  # word overlap above which a candidate repeats a chosen sentence
    min_words: int = 8
    max_words: int = 60
    window: int = 40  # only the first ``window`` sentences are candidates (LexRank is quadratic)


DEFAULT_WEIGHTS = RankWeights()


class _VectorLexRank(LexRankSummarizer):
    """sumy's LexRank, made fast enough to run on every article.

    Same definitions as sumy's: words are normalised, stop words dropped and the rest stemmed;
    idf is log(N / (1 + df)); the similarity matrix is the idf-modified cosine, thresholded to
    0/1 edges, each row divided by its degree; sumy's power method ranks. What changes is the
    cost: each distinct word is normalised and stemmed once per process, document frequencies
    are counted in one pass, and the matrix is computed by numpy instead of a pairwise Python
    loop (together ~15 ms per article before, ~1-2 ms after).
    """

    def __init__(self, language: str = "english") -> None:
        super().__init__(Stemmer(language))
        self.stop_words = get_stop_words(language)
        self.term = functools.lru_cache(maxsize=100_000)(self._term)

    def _term(self, word: str) -> str | None:
        """The stem that stands for ``word``, or None for a stop word."""
        norm = self.normalize_word(word)
        return None if norm in self._stop_words else str(self.stem_word(norm))

    def _to_words_set(self, sentence: Sentence) -> list[str]:
        return [t for t in map(self.term, sentence.words) if t is not None]

    @staticmethod
    def _compute_idf(sentences: list[list[str]]) -> dict[str, float]:
        df = Counter(term for sentence in sentences for term in set(sentence))
        return {term: math.log(len(sentences) / (1 + n)) for term, n in df.items()}

    def _create_matrix(
        self,
        sentences: list[list[str]],
        threshold: float,
        tf_metrics: list[dict[str, float]],
        idf_metrics: dict[str, float],
    ) -> Any:
        vocab = {term: k for k, term in enumerate(idf_metrics)}
        weights = numpy.zeros((len(sentences), max(1, len(vocab))))
        for row, tf in enumerate(tf_metrics):
            for term, value in tf.items():
                weights[row, vocab[term]] = value * idf_metrics[term]
        norms = numpy.sqrt((weights**2).sum(axis=1))
        norms[norms == 0] = 1.0
        unit = weights / norms[:, None]
        edges = (unit @ unit.T > threshold).astype(float)
        degrees = edges.sum(axis=1)
        degrees[degrees == 0] = 1.0
        return edges / degrees[:, None]


class _Ranker:
    """LexRank from sumy with English stemming and stop words, created once per process."""

    def __init__(self) -> None:
        self.summarizer = _VectorLexRank("english")

    def centrality(self, sentences: Sequence[str]) -> list[float]:
        """LexRank score of each sentence, scaled so the most central one is 1."""
        if len(sentences) < 3:
            return [1.0] * len(sentences)
        doc = ObjectDocumentModel([Paragraph([Sentence(s, _TOKENIZER) for s in sentences])])
        ratings: dict[int, float] = {}

        def capture(infos: Any) -> Any:
            # sumy hands the rated sentences to ``count``; we keep every rating.
            infos = list(infos)
            for info in infos:
                ratings[info.order] = float(info.rating)
            return infos

        self.summarizer(doc, capture)
        top = max(ratings.values(), default=0.0)
        if top <= 0:
            return [0.0] * len(sentences)
        return [ratings.get(i, 0.0) / top for i in range(len(sentences))]

    def content_words(self, sentence: str) -> frozenset[str]:
        """Stems of the sentence's words, stop words and one-letter words left out."""
        term = self.summarizer.term
        return frozenset(
            t for w in _TOKENIZER.to_words(sentence) if len(w) > 1 and (t := term(w)) is not None
        )


_RANKER: _Ranker | None = None


def _ranker() -> _Ranker:
    global _RANKER
    if _RANKER is None:
        _RANKER = _Ranker()
    return _RANKER


def summary_penalty(sentence: str, weights: RankWeights = DEFAULT_WEIGHTS) -> float:
    """How unsuitable a sentence is as a summary line: 0 is fine, 1 means avoid.

    Questions, sentences that are only a quotation, fragments without final punctuation,
    datelines and very short or very long sentences are poor summary lines.
    """
    s = sentence.strip()
    n = len(s.split())
    penalty = 0.0
    if n < weights.min_words or _DATELINE_ONLY.match(s):
        penalty += 1.0
    if n > weights.max_words:
        penalty += 0.3 + 0.01 * (n - weights.max_words)
    if s.endswith("?") or s.rstrip(_CLOSE_QUOTE).endswith("?"):
        penalty += 0.6
    if not re.search(r"[.!?…][\"'”’)\]]*$", s):
        penalty += 0.6
    if strip_label(s) != s:
        penalty += 0.5  # "Tragic: The man was ...": a picture caption with its label
    if is_credit_line(s):
        penalty += 1.0  # a credit, caption or link: never a source of facts, nor a summary line
    opens = s[:1] in _OPEN_QUOTE or _QUOTE_OPENS.search(s) is not None
    if s[:1] in _OPEN_QUOTE:
        # A quotation; with no attribution after it, it is weak as a summary line.
        close = _QUOTE_CLOSES.search(s, 1)
        tail = s[close.end() :] if close else ""
        penalty += 0.5 if len(tail.split()) <= 1 else 0.25
    elif not opens and (_QUOTE_ENDS.search(s) or _FIRST_PERSON.search(s)):
        # The middle or end of a quotation that began in an earlier sentence.
        penalty += 0.5
    return penalty


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def sentence_scores(sentences: Sequence[str], weights: RankWeights = DEFAULT_WEIGHTS) -> list[float]:
    """Summary-worthiness of each sentence: position prior + centrality - unsuitability."""
    ranker = _ranker()
    central = ranker.centrality(sentences)
    scores = []
    for i, (sent, c) in enumerate(zip(sentences, central, strict=True)):
        prior = math.exp(-i / weights.decay)
        scores.append(weights.position * prior + weights.centrality * c - summary_penalty(sent, weights))
    return scores


def select_summary(
    sentences: list[str],
    count: int = 3,
    weights: RankWeights = DEFAULT_WEIGHTS,
    avoid: Collection[int] = (),
) -> list[int]:
    """Indices of up to ``count`` summary sentences, in reading order, none repeating another.

    Greedy: take the best-scoring sentence whose content words mostly differ from those
    already taken (overlap measured on the shorter sentence). Sentences at the indices in
    ``avoid`` (captions and credits found after cleaning, by the parse) are never taken, unless
    every sentence is one.
    """
    if count <= 0 or not sentences:
        return []
    if avoid and len(set(avoid) & set(range(len(sentences)))) < len(sentences):
        keep = [i for i in range(len(sentences)) if i not in set(avoid)]
        picked = select_summary([sentences[i] for i in keep], count, weights)
        return [keep[i] for i in picked]
    ranker = _ranker()
    sentences = sentences[: weights.window]
    scores = sentence_scores(sentences, weights)
    words = [ranker.content_words(s) for s in sentences]
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    seen_text: set[str] = set()
    for i in order:
        key = " ".join(sentences[i].lower().split())
        if key in seen_text:
            continue
        if any(_overlap(words[i], words[j]) > weights.redundancy for j in chosen):
            continue
        chosen.append(i)
        seen_text.add(key)
        if len(chosen) == count:
            break
    return sorted(chosen)


def lexrank_alone(text: str, count: int = 3) -> list[str]:
    """sumy's stock LexRank over ``text`` with no position prior: the baseline in ``benchmarks/``.

    Built with ``PlaintextParser`` and our offline tokenizer, so it needs no NLTK data.
    """
    from sumy.parsers.plaintext import PlaintextParser

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    document = PlaintextParser.from_string(text, _TOKENIZER).document
    return [str(s) for s in summarizer(document, count)]
