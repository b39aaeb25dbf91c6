"""The briefing engine on a whole article written for this test."""

from __future__ import annotations

import pytest

from newsbrief.summarizers.briefing import BriefingEngine, build_briefing
from newsbrief.summarizers.types import Article, Briefing, InputError

ARTICLE = """Greywater Valley dam repairs to cost £48 million, water board says

GREYWATER — The Greywater Valley Water Board said on Wednesday that repairs to the cracked Halden dam would cost about £48 million and take until the end of next year, after engineers found damage to 30% of its spillway.

The board's chief executive, Lorna Fitch, said the reservoir would be kept at half its usual level while the work went on. "We will not take any risks with the people who live below the dam," Fitch told reporters.

About 12,000 households downstream were evacuated for two days last month when heavy rain raised the water level. All of them have since returned home.

Environment Secretary Daniel Osei said the government would pay two thirds of the cost and urged the board to publish a full inspection report. Osei will visit the dam on 9 April.

The Greywater Anglers Club (GAC), which has 800 members, called for compensation for lost fishing seasons. Its chairman, Peter Lund, said the club would meet the board next week.

Photo: Mira Sandberg / Valley Press Images
"""


@pytest.fixture(scope="module")
def briefing(engine: BriefingEngine) -> Briefing:
    return engine.build(Article(id="dam", text=ARTICLE, url="https://example.org/dam"))


def test_actors(briefing: Briefing) -> None:
    names = [a.name for a in briefing.actors]
    assert "Lorna Fitch" in names
    assert "Daniel Osei" in names
    assert any("Greywater Valley Water Board" in n for n in names)
    assert not any("Sandberg" in n or "Valley Press" in n for n in names)
    assert len(names) == len(set(names))
    osei = next(a for a in briefing.actors if a.name == "Daniel Osei")
    assert osei.role is not None and "Environment Secretary" in osei.role
    fitch = next(a for a in briefing.actors if a.name == "Lorna Fitch")
    assert fitch.role is not None and "chief executive" in fitch.role


def test_figures(briefing: Briefing) -> None:
    values = [f.value for f in briefing.figures]
    assert any("£48 million" in v for v in values)
    assert "30%" in values
    assert any("12,000" in v for v in values)
    for f in briefing.figures:
        assert f.value in f.sentence
        assert f.sentence in briefing.sentences
        assert f.context and f.context != f.sentence


def test_next_steps(briefing: Briefing) -> None:
    text = " || ".join(s.text for s in briefing.next_steps)
    assert "9 April" in text
    assert "next week" in text
    assert "end of next year" in text
    assert "evacuated" not in text
    for s in briefing.next_steps:
        assert s.sentence in briefing.sentences


def test_json_shape(briefing: Briefing) -> None:
    data = briefing.to_json()
    assert data["actors"] and all({"name", "role"} <= set(a) for a in data["actors"])
    assert data["figures"] and all({"value", "context"} <= set(f) for f in data["figures"])
    assert data["next_steps"] and all("text" in s for s in data["next_steps"])
    assert data["sources"] == ["https://example.org/dam"]
    assert "Valley Press Images" not in str(data)


def test_build_many_keeps_order_and_reports_bad_input_in_place(engine: BriefingEngine) -> None:
    second = (
        "Harbour talks resume\n\nDock workers and port owners will resume talks on Monday, the union said."
    )
    results = engine.build_many(
        [Article(id="a", text=ARTICLE), Article(id="empty", text="   "), Article(id="b", text=second)]
    )
    assert [type(r) for r in results] == [Briefing, InputError, Briefing]
    first, _, last = results
    assert isinstance(first, Briefing) and first.article_ids == ("a",)
    assert isinstance(last, Briefing) and last.article_ids == ("b",)
    assert first == engine.build(Article(id="a", text=ARTICLE))


def test_build_raises_input_error_and_convenience_function(engine: BriefingEngine) -> None:
    with pytest.raises(InputError):
        engine.build(Article(id="empty", text=""))
    one = build_briefing(Article(id="dam", text=ARTICLE))
    assert one.title
    assert len(one.summary) <= 3
