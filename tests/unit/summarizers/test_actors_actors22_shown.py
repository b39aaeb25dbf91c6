"""actors22: the unnamed person a recording shows ("a video showed a cyclist swerving") is an
actor of the story, unless the noun is an age epithet for someone already named ("the
31-year-old striker"). The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names

_RIDER = """
Nobody expected the ride to end like this.
A film of a snowboarder racing down a steep run in Kelby has been watched a million times.
Mobile phone footage showed the snowboarder gliding past a row of trees before he hits a hidden rock.
He tumbles down the slope for several seconds.
The snowboarder said later his wrist was broken.
"""

_WORKER = """
Reporter Dana Ruell filmed a porter at Norden Station in Kelby dancing along the platform at dawn.
Her video showed the porter spinning his trolley between the benches.
Ruell said the clip had cheered up her followers.
"""

_NAMED = """
Schoolboy Tom Lark copied a trick shot first played by Kelby star Ander Mosk in a training video.
His video showed the 24-year-old defender curling the ball over his shoulder into the goal.
Lark, nine, practised the trick daily at home in Norden.
Mosk later praised the boy on his page.
"""


def test_the_person_footage_shows_is_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, _RIDER))
    assert "snowboarder" in got, got


def test_an_unnamed_person_shown_beside_a_named_reporter(nlp: Any) -> None:
    got = names(facets(nlp, _WORKER))
    assert "porter" in got and "Dana Ruell" in got, got


def test_an_age_epithet_for_a_named_player_is_no_new_actor(nlp: Any) -> None:
    got = names(facets(nlp, _NAMED))
    assert "Ander Mosk" in got, got  # positive control: the player himself is listed
    assert not any("defender" in n for n in got), got
