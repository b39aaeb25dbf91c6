"""One article in, one briefing out; or many, sharing the models and spaCy's batches."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbrief.summarizers.facets import facets_from_parsed
from newsbrief.summarizers.figures import captions_for_figures
from newsbrief.summarizers.nlp import DEFAULT_MODEL, load_pipeline
from newsbrief.summarizers.parse import ParsedSentence, captions_for_steps, parse_groups, split_title
from newsbrief.summarizers.rank import select_summary
from newsbrief.summarizers.text import clean_article, is_credit_line, removed_text, split_sentences
from newsbrief.summarizers.types import Article, Briefing, InputError, Source

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)


def _figure_captions(removed: Sequence[str], sentences: Sequence[str]) -> list[str]:
    """The captions cleaning took out, and the body's credit lines, that may hold a figure the body never
    writes (each sentence is judged a credit line once)."""
    credit = [is_credit_line(s) for s in sentences]
    lines = [s for s, c in zip(sentences, credit, strict=True) if c]
    return captions_for_figures(
        [*removed, *lines], [s for s, c in zip(sentences, credit, strict=True) if not c]
    )


def _shared_captions(
    parsed: Sequence[ParsedSentence], step_caps: Sequence[str], figure_caps: Sequence[str], first: int
) -> list[ParsedSentence]:
    """The parsed figure captions, given ``parsed`` (the parsed steps' captions, then the figures' own)
    and the texts of both lists: a caption of both lists shares the steps' parse, each numbered as if
    parsed on its own from ``first`` on (its place after the steps' captions)."""
    own = iter(parsed[len(step_caps) :])
    return [
        replace(parsed[step_caps.index(c)] if c in step_caps else next(own), index=first + j)
        for j, c in enumerate(figure_caps)
    ]


class BriefingEngine:
    """Holds the loaded models so a batch pays for them once."""

    def __init__(self, model: str = DEFAULT_MODEL, summary_sentences: int = 3) -> None:
        self.model = model
        self.summary_sentences = summary_sentences
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use (never downloaded)."""
        if self._nlp is None:
            self._nlp = load_pipeline(self.model)
        return self._nlp

    def sentences(self, article: Article) -> tuple[str, list[str]]:
        """The title and the cleaned sentences of ``article``; ``InputError`` when there is no text."""
        cleaned = clean_article(article.text)
        title = article.title or cleaned.title or ""
        sentences = split_sentences("\n\n".join(cleaned.paragraphs))
        if not sentences:
            raise InputError("no article text found")
        return title, sentences

    def build(self, article: Article) -> Briefing:
        """The briefing of one article; raises ``InputError`` for input that cannot be briefed."""
        result = self._build_batch([article])[0]
        if isinstance(result, InputError):
            raise result
        return result

    def build_many(self, articles: Sequence[Article]) -> list[Briefing | InputError]:
        """Briefings in input order, spaCy batched across articles.

        An article that cannot be briefed yields its ``InputError`` in its place, so a batch
        goes on. To brief over several processes, see ``newsbrief.bot.ingest.briefing_pool``.
        """
        return self._build_batch(list(articles))

    def _build_batch(self, articles: Sequence[Article]) -> list[Briefing | InputError]:
        prepared: list[tuple[Article, str, list[str]] | InputError] = []
        for article in articles:
            try:
                title, sentences = self.sentences(article)
            except InputError as exc:
                prepared.append(exc)
                continue
            prepared.append((article, title, sentences))
        ok = [p for p in prepared if not isinstance(p, InputError)]
        # the captions cleaning took out that may date a step ahead ride in the same parse, last
        removed = [removed_text(a.text, sentences, title) for a, title, sentences in ok]
        step_caps = [captions_for_steps(r) for r in removed]
        # then those that may hold a figure the body never writes (credit lines too: unparsed before)
        figure_caps = [
            _figure_captions(r, sentences) for r, (_, _, sentences) in zip(removed, ok, strict=True)
        ]
        # a caption on both lists is parsed once, with the steps' captions: the figures share its parse
        figure_only = [
            [c for c in more if c not in caps] for caps, more in zip(step_caps, figure_caps, strict=True)
        ]
        groups = [
            [*([title] if title else []), *sentences, *caps, *more]
            for (_, title, sentences), caps, more in zip(ok, step_caps, figure_only, strict=True)
        ]
        titled = [bool(title) for _, title, _ in ok]
        tails = [len(caps) + len(more) for caps, more in zip(step_caps, figure_only, strict=True)]
        steps_tails = iter(step_caps)
        figure_tails = iter(figure_caps)
        parsed = iter(parse_groups(self.nlp, groups, titled=titled, tails=tails) if groups else [])
        tail_counts = iter(tails)
        removed_before = iter(removed)
        out: list[Briefing | InputError] = []
        for p in prepared:
            if isinstance(p, InputError):
                out.append(p)
                continue
            article, title, cleaned = p
            whole = next(parsed)
            before = next(removed_before)
            tail = next(tail_counts)
            body = split_title(title, whole[: len(whole) - tail])
            caps = whole[len(whole) - tail :]
            steps_caps = next(steps_tails)
            facets = facets_from_parsed(
                title,
                body,
                article.published,
                captions=caps[: len(steps_caps)],
                figure_captions=_shared_captions(
                    caps, steps_caps, next(figure_tails), len(whole) - tail + len(steps_caps)
                ),
            )
            # the parse may have cut a glued caption off a sentence, or marked one as a caption:
            # the summary and the stored sentences are the sentences as the facets read them (a cut by
            # a caption's opening function word is shown only: the stored sentences, which the
            # answers read, keep its words, ``ParsedSentence.whole``)
            shown = [b.text for b in body]
            sentences = [b.whole or b.text for b in body]
            picked = select_summary(shown, self.summary_sentences, avoid={b.index for b in body if b.credit})
            out.append(
                Briefing(
                    title=title or shown[0],
                    summary=tuple(shown[i] for i in picked),
                    actors=facets.actors,
                    figures=facets.figures,
                    next_steps=facets.next_steps,
                    sources=tuple(s for s in (article.url or article.source,) if s),
                    article_ids=(article.id,),
                    sentences=tuple(sentences),
                    outlets=article_outlet(article),
                    # (the same as before the parse unless the parse cut a glued caption off)
                    captions=before if sentences == cleaned else removed_text(article.text, sentences, title),
                )
            )
        return out


def article_outlet(article: Article) -> tuple[Source, ...]:
    """The article's outlet name and link, as ``Briefing.outlets`` keeps them (empty when neither is
    known). ``article.source`` names the outlet unless it is only the link again (a briefed URL)."""
    name = article.source if article.source and article.source != article.url else None
    if name is not None and name.startswith(("http://", "https://")):
        name = None
    return (Source(name, article.url),) if name or article.url else ()


def build_briefing(article: Article, model: str = DEFAULT_MODEL) -> Briefing:
    """Convenience for one article; use ``BriefingEngine`` (and ``build_many``) for batches."""
    return BriefingEngine(model).build(article)
