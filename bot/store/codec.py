"""Briefings to and from the JSON stored in the database.

``Briefing.to_json`` is the public shape (read by the evaluation tools) and leaves out what a
stored briefing must keep: the cleaned sentences, the captions the cleaning removed (for the
answerer) and actor aliases. The stored form is ``to_json()`` plus those, so reading it back
gives a Briefing equal to the one saved.

Reading is on the digest's hot path (thousands of stories per digest), so
:func:`briefing_from_dict` builds each object once, straight from the JSON, and can leave the
sentences out (they are most of a stored briefing and a digest never reads them).
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.types import Actor, Briefing, Figure, NextStep, outlets_from_json

SENTENCES_KEY = "sentences"
CAPTIONS_KEY = "captions"  # the text the cleaning removed, for the answerer (absent in rows stored before)


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    data = briefing.to_json()
    data[SENTENCES_KEY] = list(briefing.sentences)
    if briefing.captions:
        data[CAPTIONS_KEY] = list(briefing.captions)
    for actor_json, actor in zip(data["actors"], briefing.actors, strict=True):
        actor_json["aliases"] = list(actor.aliases)
    return data


def briefing_from_dict(data: dict[str, Any], *, with_sentences: bool = True) -> Briefing:
    """The Briefing stored as ``data``; ``with_sentences=False`` leaves ``sentences`` and ``captions`` empty."""
    return Briefing(
        title=data.get("title", ""),
        summary=tuple(data.get("summary", ())),
        actors=tuple(
            Actor(
                a["name"],
                a.get("role"),
                a.get("kind", "ORG"),
                a.get("mentions", 1),
                tuple(a["aliases"]) if a.get("aliases") else (),
                a.get("sentence", ""),
            )
            for a in data.get("actors", ())
        ),
        figures=tuple(Figure(f["value"], f["context"], f["sentence"]) for f in data.get("figures", ())),
        next_steps=tuple(
            NextStep(s["text"], s["sentence"], s.get("when")) for s in data.get("next_steps", ())
        ),
        sources=tuple(data.get("sources", ())),
        article_ids=tuple(data.get("article_ids", ())),
        sentences=tuple(data.get(SENTENCES_KEY, ())) if with_sentences else (),
        outlets=outlets_from_json(data.get("outlets")),
        captions=tuple(data.get(CAPTIONS_KEY, ())) if with_sentences else (),
    )
