"""Briefings to and from the JSON stored in the database.

``Briefing.to_json`` is the public shape (read by the evaluation tools) and leaves out two things a
stored briefing must keep: the cleaned sentences and actor aliases. The stored form is
``to_json()`` plus those, so reading it back gives a Briefing equal to the one saved.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from summarizers.types import Briefing


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    data = briefing.to_json()
    data["sentences"] = list(briefing.sentences)
    for actor_json, actor in zip(data["actors"], briefing.actors, strict=True):
        actor_json["aliases"] = list(actor.aliases)
    return data


def briefing_from_dict(data: dict[str, Any]) -> Briefing:
    briefing = Briefing.from_json(data)
    actors = tuple(
        replace(actor, aliases=tuple(actor_json.get("aliases", ())))
        for actor, actor_json in zip(briefing.actors, data.get("actors", ()), strict=True)
    )
    return replace(briefing, actors=actors)
