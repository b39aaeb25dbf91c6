"""One article in, one briefing out."""

from __future__ import annotations

from typing import Any

from summarizers.facets import extract_facets
from summarizers.nlp import DEFAULT_MODEL, load_pipeline
from summarizers.rank import select_summary
from summarizers.text import clean_article, split_sentences
from summarizers.types import Article, Briefing, InputError


class BriefingEngine:
    """Holds the loaded models so a batch pays for them once."""

    def __init__(self, model: str = DEFAULT_MODEL, summary_sentences: int = 3) -> None:
        self.model = model
        self.summary_sentences = summary_sentences
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model)
        return self._nlp

    def sentences(self, article: Article) -> tuple[str, list[str]]:
        """The title and the cleaned sentences of ``article``."""
        cleaned = clean_article(article.text)
        title = article.title or cleaned.title or ""
        sentences = split_sentences("\n\n".join(cleaned.paragraphs))
        if not sentences:
            raise InputError("no article text found")
        return title, sentences

    def build(self, article: Article) -> Briefing:
        title, sentences = self.sentences(article)
        picked = select_summary(sentences, self.summary_sentences)
        facets = extract_facets(self.nlp, title, sentences)
        return Briefing(
            title=title or sentences[0],
            summary=tuple(sentences[i] for i in picked),
            actors=facets.actors,
            figures=facets.figures,
            next_steps=facets.next_steps,
            sources=tuple(s for s in (article.url or article.source,) if s),
            article_ids=(article.id,),
            sentences=tuple(sentences),
        )


def build_briefing(article: Article, model: str = DEFAULT_MODEL) -> Briefing:
    """Convenience for one article; use ``BriefingEngine`` for batches."""
    return BriefingEngine(model).build(article)
