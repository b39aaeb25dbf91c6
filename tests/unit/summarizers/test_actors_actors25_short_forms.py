"""actors25: a short form of a name that the clustering left beside its full name ("Van Dorn" and
"Pieter van Dorn", "Helena Brandt" and "Helena Okafor Brandt", "City" and "Kelby City") is one
actor under the full name; a short form two names share, or one that names another person, joins
neither. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import _Cluster, _Mention, _merge_short_forms
from tests.unit.summarizers.facet_texts import actor, facets, names

_COACH = """
Dutch coach Pieter van Dorn has been sacked by Norden Rovers after a run of six defeats.
Van Dorn was told of the decision by the club's owners on Monday morning.
The board told the club's members that Van Dorn had lost the dressing room.
Van Dorn said he was disappointed but would not appeal.
"""

_MIDDLE = """
Dr Helena Okafor Brandt was appointed chief executive of Kelby Hospital on Monday.
Helena Brandt said she would cut waiting times within a year.
The hospital board said Helena Brandt had the experience the job needed.
Helena Brandt starts work next month.
"""

_PEER = """
Lord Vane has been cleared of all charges after a three-week trial in Kelby.
Vane had been accused of taking bribes while he chaired the harbour board.
The jury took two hours to reach its verdict.
Vane said he was grateful to the jury.
His lawyer said Vane would now return to public life.
The court heard from twelve witnesses.
Vane thanked his family.
His son Tom Vane, a solicitor, said the family was relieved.
"""


def test_a_surname_in_another_case_joins_the_full_name(nlp: Any) -> None:
    f = facets(nlp, _COACH)
    got = names(f)
    assert "Norden Rovers" in got, got  # positive control
    assert "Pieter van Dorn" in got, got
    assert "Van Dorn" not in got, got
    assert "Van Dorn" in actor(f, "Pieter van Dorn").aliases


def test_a_name_without_its_middle_name_joins_the_full_name(nlp: Any) -> None:
    got = names(facets(nlp, _MIDDLE))
    assert "Kelby Hospital" in got, got  # positive control
    assert "Helena Okafor Brandt" in got, got
    assert "Helena Brandt" not in got, got


def test_a_titled_surname_long_before_a_relative_s_full_name_stays_apart(nlp: Any) -> None:
    got = names(facets(nlp, _PEER))
    assert "Tom Vane" in got, got  # positive control: the son
    assert "Vane" in got, got  # the peer is someone else


def _club(name: str, sent: int) -> _Cluster:
    c = _Cluster(name=name)
    c.mentions.append(_Mention(name=name, label="ORG", sent=sent, agent=True))
    c.labels["ORG"] += 1
    return c


def test_a_side_s_last_word_joins_the_one_side_it_fits() -> None:
    full, short, other = _club("Kelby City", 0), _club("City", 1), _club("Norden Rovers", 0)
    scored = [(9.0, full), (7.0, other), (5.0, short)]
    got = _merge_short_forms(scored, [full, other, short], [])
    assert [c.name for _, c in got] == ["Kelby City", "Norden Rovers"]
    assert got[0][1].aliases == {"City"} and len(got[0][1].mentions) == 2


def test_a_last_word_two_sides_share_joins_neither() -> None:
    kelby, norden, short = _club("Kelby City", 0), _club("Norden City", 0), _club("City", 1)
    scored = [(9.0, kelby), (7.0, norden), (5.0, short)]
    got = _merge_short_forms(scored, [kelby, norden, short], [])
    assert [c.name for _, c in got] == ["Kelby City", "Norden City", "City"]
    # positive control: with one side of that name, the same short form joins it
    assert [c.name for _, c in _merge_short_forms(scored[::2], [kelby, short], [])] == ["Kelby City"]


def test_a_surname_two_relatives_share_joins_neither() -> None:
    def person(name: str, sent: int) -> _Cluster:
        c = _Cluster(name=name)
        c.mentions.append(_Mention(name=name, label="PERSON", sent=sent, agent=True))
        c.labels["PERSON"] += 1
        return c

    john, mary, short = person("John Marlow", 0), person("Mary Marlow", 0), person("Marlow", 1)
    scored = [(9.0, john), (7.0, mary), (5.0, short)]
    got = _merge_short_forms(scored, [john, mary, short], [])
    assert [c.name for _, c in got] == ["John Marlow", "Mary Marlow", "Marlow"]
    # positive control: beside one of them alone, the surname joins that one
    assert [c.name for _, c in _merge_short_forms(scored[::2], [john, short], [])] == ["John Marlow"]


def test_a_place_freed_by_a_merge_stays_free() -> None:
    full, short = _club("Kelby Rovers", 0), _club("Rovers", 1)
    others = [_club(f"Norden Side {k}", 2) for k in range(8)]
    scored = [(20.0 - k, c) for k, c in enumerate([full, short, *others])]
    got = [c.name for _, c in _merge_short_forms(scored, [full, short, *others], [])]
    assert got[0] == "Kelby Rovers" and "Rovers" not in got, got  # positive control: merged
    # the briefing keeps the actors of the first eight places: the ninth does not come in
    assert got == ["Kelby Rovers", *(f"Norden Side {k}" for k in range(6))], got
