"""summarizers/cluster.py: one event from several outlets is one story; a shared word is not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.cluster import (
    SAME_STORY_THRESHOLD,
    StoryFeatures,
    StoryIndex,
    actor_key,
    assign_story,
    diff_briefings,
    event_day,
    figure_numbers,
    linked,
    merge_briefings,
    normalize_figure_value,
    normalize_name,
    partition,
    same_story,
    story_key_features,
    update_changes,
)
from newsbrief.summarizers.types import Actor, Article, Briefing, Figure, NextStep
from tests.stories import BRIDGE, HARBOUR_A, HARBOUR_B, LOOKALIKE, OTHER, PORT_BOARD, briefing_of

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

# Three outlets on one event (written for these tests), each in its own words.
RAIL_HARBOUR_TIMES = Article(
    id="ht-1",
    source="Harbour Times",
    url="https://harbour-times.example/rail-walkout",
    title="Brenmoor rail drivers walk out over pay",
    text="""About 4,300 train drivers at Brenmoor Rail stopped work on Monday morning, halting nearly every commuter service in and out of the capital after pay talks collapsed late on Sunday.

The Union of Rail Operatives is asking for a 14 per cent rise over two years. Its general secretary, Dana Kessler, said members had run out of patience with offers that fell behind prices. The company has offered 6 per cent.

Brenmoor Rail's chief executive, Oskar Venn, called the walkout deeply damaging for passengers and said the firm would return to the table on Friday. The strike is due to last 48 hours.""",
)
RAIL_VALLEY_COURIER = Article(
    id="vc-7",
    source="Valley Courier",
    url="https://valley-courier.example/commuters-stranded",
    title="Commuters stranded as train drivers strike",
    text="""Platforms across Brenmoor stood empty on Monday as 4,300 drivers employed by Brenmoor Rail refused to take out their trains.

Dana Kessler, who leads the Union of Rail Operatives, told a rally outside the central station that a 6 per cent offer was an insult when living costs keep climbing. The union wants 14 per cent spread over two years.

Oskar Venn, the operator's chief executive, apologised to travellers and said managers were ready to meet union officials on Friday. Bus companies added extra coaches on the busiest routes.""",
)
RAIL_UPDATE_METRO = Article(
    id="md-3",
    source="Metro Daily",
    url="https://metro-daily.example/rail-strike-day-two",
    title="Rail strike enters second day with 1,150 services cancelled",
    text="""Brenmoor Rail cancelled 1,150 services on Tuesday as the walkout by 4,300 drivers entered its second day.

Dana Kessler of the Union of Rail Operatives said the union would not settle for less than 14 per cent. Chief executive Oskar Venn said the 6 per cent offer remained on the table.

Transport Minister Lena Holt said the government would appoint an independent mediator by Thursday if the two sides failed to agree.""",
)
# A different event that shares the word "strike".
AIR_STRIKE = Article(
    id="nw-9",
    source="Northern Wire",
    url="https://northern-wire.example/oskel-air-strike",
    title="Air strike on Oskel market kills nine",
    text="""An air strike hit the crowded market in the town of Oskel on Monday, killing nine civilians and wounding 31, according to the regional health office.

The Tarvian Defence Ministry said its jets had targeted a weapons depot and denied hitting the market. Residents said the bombs fell during the busiest hour of the morning.

The United Nations envoy for the region, Marta Lind, called for an independent investigation and said she would travel to Oskel later this week.""",
)
# Another rail story in the same city, different event (shares place and topic words).
RAIL_TIMETABLE = Article(
    id="ht-8",
    source="Harbour Times",
    url="https://harbour-times.example/new-timetable",
    title="Brenmoor Rail publishes winter timetable",
    text="""Brenmoor Rail will run 40 extra late-night trains from December under a winter timetable published on Monday.

The operator said journeys between the airport and the city centre would be cut to 22 minutes. Planning director Ruth Amsel said the changes followed a survey of 9,000 passengers.

The timetable takes effect on 13 December.""",
)


@pytest.fixture(scope="module")
def briefings() -> dict[str, Briefing]:
    engine = BriefingEngine()
    articles = [RAIL_HARBOUR_TIMES, RAIL_VALLEY_COURIER, RAIL_UPDATE_METRO, AIR_STRIKE, RAIL_TIMETABLE]
    return {a.id: engine.build(a) for a in articles}


def _score(a: Briefing, b: Briefing) -> float:
    return same_story(story_key_features(a), story_key_features(b))


def test_same_event_from_different_outlets_scores_as_same_story(briefings: dict[str, Briefing]) -> None:
    assert _score(briefings["ht-1"], briefings["vc-7"]) >= SAME_STORY_THRESHOLD
    assert _score(briefings["ht-1"], briefings["md-3"]) >= SAME_STORY_THRESHOLD
    assert _score(briefings["vc-7"], briefings["md-3"]) >= SAME_STORY_THRESHOLD


def test_shared_word_or_place_is_not_the_same_story(briefings: dict[str, Briefing]) -> None:
    assert _score(briefings["ht-1"], briefings["nw-9"]) < SAME_STORY_THRESHOLD
    assert _score(briefings["vc-7"], briefings["nw-9"]) < SAME_STORY_THRESHOLD
    assert _score(briefings["ht-1"], briefings["ht-8"]) < SAME_STORY_THRESHOLD


def test_score_is_symmetric_and_identical_text_is_one(briefings: dict[str, Briefing]) -> None:
    a, b = briefings["ht-1"], briefings["vc-7"]
    assert _score(a, b) == _score(b, a)
    assert _score(a, a) == 1.0


def test_assign_story_picks_the_matching_story_within_the_window(briefings: dict[str, Briefing]) -> None:
    candidates = [
        (1, briefings["nw-9"], NOW - timedelta(hours=2)),
        (2, briefings["ht-1"], NOW - timedelta(hours=3)),
        (3, briefings["ht-8"], NOW - timedelta(hours=1)),
    ]
    assert assign_story(briefings["vc-7"], candidates, NOW) == 2
    # the same story, but too long ago: a new story
    old = [(2, briefings["ht-1"], NOW - timedelta(days=5))]
    assert assign_story(briefings["vc-7"], old, NOW) is None
    assert assign_story(briefings["vc-7"], old, NOW, window=timedelta(days=7)) == 2
    # nothing related: a new story
    assert assign_story(briefings["nw-9"], [(2, briefings["ht-1"], NOW)], NOW) is None
    assert assign_story(briefings["nw-9"], [], NOW) is None


def test_assign_story_against_a_merged_story_and_feature_cache(briefings: dict[str, Briefing]) -> None:
    story = merge_briefings([briefings["ht-1"], briefings["vc-7"]])
    cache: dict[object, object] = {}
    candidates = [(10, story, NOW), (11, briefings["nw-9"], NOW)]
    assert assign_story(briefings["md-3"], candidates, NOW, features=cache) == 10  # type: ignore[arg-type]
    assert set(cache) == {10, 11}


def _actor_keys(briefing: Briefing) -> list[str]:
    return [normalize_name(a.name) for a in briefing.actors]


def test_merge_has_no_duplicate_actors_and_lists_all_sources(briefings: dict[str, Briefing]) -> None:
    parts = [briefings["ht-1"], briefings["vc-7"], briefings["md-3"]]
    merged = merge_briefings(parts)
    keys = _actor_keys(merged)
    assert len(keys) == len(set(keys))
    assert "dana kessler" in keys and "union of rail operatives" in keys
    assert merged.sources == (
        RAIL_HARBOUR_TIMES.url,
        RAIL_VALLEY_COURIER.url,
        RAIL_UPDATE_METRO.url,
    )
    assert merged.article_ids == ("ht-1", "vc-7", "md-3")
    values = [normalize_figure_value(f.value) for f in merged.figures]
    assert values.count("4300") == 1 and values.count("14%") == 1
    assert merged.summary in {p.summary for p in parts}


def test_merge_dedupes_name_variants_and_values() -> None:
    a = Briefing(
        title="A",
        summary=("a",),
        actors=(
            Actor("Dana Kessler", "general secretary", "PERSON", 3),
            Actor("The Union of Rail Operatives"),
        ),
        figures=(Figure("about 4,300", "train drivers stopped work", "s1"),),
        next_steps=(NextStep("talks resume on Friday", "s2", "Friday"),),
        sources=("https://a.example/1",),
        article_ids=("1",),
    )
    b = Briefing(
        title="B",
        summary=("b",),
        actors=(Actor("Ms Kessler", None, "PERSON", 2, ("Kessler",)), Actor("Union of Rail Operatives'")),
        figures=(
            Figure("4300", "drivers refused to work", "t1"),
            Figure("12 per cent", "trains running", "t2"),
        ),
        next_steps=(NextStep("Talks resume on Friday.", "t3", "Friday"),),
        sources=("https://b.example/2", "https://a.example/1"),
        article_ids=("2",),
    )
    merged = merge_briefings([a, b])
    # b says more (two figures), so it leads; names are matched after normalising
    assert sorted(normalize_name(x.name) for x in merged.actors) == [
        "dana kessler",
        "union of rail operatives",
    ]
    kessler = next(x for x in merged.actors if x.kind == "PERSON")
    assert kessler.name == "Dana Kessler"  # the fuller name wins over "Ms Kessler"
    assert kessler.mentions == 5 and kessler.role == "general secretary"
    assert "Ms Kessler" in kessler.aliases
    # "about 4,300" and "4300" are one figure
    assert sorted(normalize_figure_value(f.value) or "" for f in merged.figures) == ["12%", "4300"]
    assert len(merged.next_steps) == 1
    assert merged.sources == ("https://a.example/1", "https://b.example/2")


def test_merge_takes_summary_from_the_most_informative_and_earliest() -> None:
    thin = Briefing(title="Thin", summary=("thin",), article_ids=("1",))
    rich = Briefing(
        title="Rich",
        summary=("rich",),
        actors=(Actor("Varnor"),),
        figures=(Figure("64", "people killed", "s"),),
        article_ids=("2",),
    )
    assert merge_briefings([thin, rich]).title == "Rich"
    twin = Briefing(title="Twin", summary=("twin",), actors=(Actor("Estmark"),), figures=rich.figures)
    assert merge_briefings([rich, twin]).title == "Rich"
    assert merge_briefings([twin, rich]).title == "Twin"
    with pytest.raises(ValueError):
        merge_briefings([])


def test_merge_keeps_every_articles_captions_once_in_order() -> None:
    """The captions each article's cleaning removed (read by the answerer) survive the merge: the
    union, the most informative briefing's first (as its sentences), each caption once."""
    thin = Briefing(
        title="Thin",
        summary=("The ferry to Ostby ran again.",),
        article_ids=("1",),
        captions=("Captain Ida Roos on the bridge of the Havsula", "Photo: Harbour Desk"),
    )
    rich = Briefing(
        title="Rich",
        summary=("The Havsula sailed for Ostby on Monday.",),
        actors=(Actor("Ida Roos", "captain", "PERSON"),),
        article_ids=("2",),
        captions=("Passengers board at Kellsund", "Photo: Harbour Desk"),
    )
    merged = merge_briefings([thin, rich])
    assert merged.title == "Rich"
    assert merged.captions == (
        "Passengers board at Kellsund",
        "Photo: Harbour Desk",
        "Captain Ida Roos on the bridge of the Havsula",
    )
    # control: briefings without captions merge to none
    bare = [
        Briefing(title=b.title, summary=b.summary, actors=b.actors, article_ids=b.article_ids)
        for b in (thin, rich)
    ]
    assert merge_briefings(bare).captions == ()


def test_diff_finds_the_update_new_figure_and_next_step(briefings: dict[str, Briefing]) -> None:
    old = merge_briefings([briefings["ht-1"], briefings["vc-7"]])
    new = merge_briefings([briefings["ht-1"], briefings["vc-7"], briefings["md-3"]])
    changes = diff_briefings(old, new)
    new_values = [normalize_figure_value(f["value"]) for f in changes.get("new_figures", [])]
    assert "1150" in new_values
    assert "4300" not in new_values  # already known
    assert changes["new_sources"] == [RAIL_UPDATE_METRO.url]
    assert any("Holt" in name for name in changes.get("new_actors", []))
    assert diff_briefings(new, new) == {}


def test_normalisers() -> None:
    assert normalize_figure_value("about 4,300") == "4300"
    assert normalize_figure_value("8 million euros") == normalize_figure_value("€8m") == "8000000"
    assert normalize_figure_value("14 per cent") == normalize_figure_value("14%") == "14%"
    assert normalize_figure_value("1.5 billion") == "1500000000"
    assert normalize_figure_value("dozens") is None
    assert normalize_name("The Ministry of Défense’s") == "ministry of defense"
    assert normalize_name("Dr Marta Lind") == "marta lind"


def test_story_index_finds_only_stories_sharing_an_actor_or_figure(briefings: dict[str, Briefing]) -> None:
    index = StoryIndex()
    index.add(1, story_key_features(briefings["ht-1"]))
    index.add(2, story_key_features(briefings["nw-9"]))
    assert index.candidates(story_key_features(briefings["vc-7"])) == {1}
    assert index.candidates(story_key_features(briefings["ht-8"])) == {1}  # shares "Brenmoor Rail"
    index.add(1, story_key_features(briefings["ht-8"]))  # re-indexed after a change
    assert index.candidates(story_key_features(briefings["md-3"])) == {1}
    index.remove(1)
    assert index.candidates(story_key_features(briefings["md-3"])) == set() and len(index) == 1


def test_people_match_by_full_name_or_by_surname_when_only_the_surname_is_given() -> None:
    dana = actor_key(Actor("Dana Kessler", kind="PERSON", aliases=("Kessler",)))
    assert dana.matches(actor_key(Actor("Ms Kessler", kind="PERSON")))
    assert dana.matches(actor_key(Actor("DANA KESSLER", kind="PERSON")))
    assert not dana.matches(actor_key(Actor("Boris Kessler", kind="PERSON", aliases=("Kessler",))))
    assert not actor_key(Actor("Kessler Group")).matches(actor_key(Actor("Kessler", kind="PERSON")))


def test_templated_text_with_other_names_is_not_a_copy() -> None:
    def item(company: str, town: str, boss: str, staff: str, pct: str) -> Briefing:
        text = (
            f"About {staff} employees of {company} stopped work in {town} on Monday after talks over pay "
            f"broke down late the night before. The union wants a {pct} per cent rise. Its leader, {boss}, "
            "said members had waited long enough for a fair offer."
        )
        return Briefing(
            title=f"{company} staff walk out in {town}",
            summary=(text,),
            actors=(Actor(company), Actor(town, kind="GPE"), Actor(boss, kind="PERSON")),
            figures=(Figure(staff, "employees stopped work", text), Figure(f"{pct} per cent", "rise", text)),
            sentences=(text,),
        )

    one = story_key_features(item("Lorka Steel", "Kaka", "Nils Marka", "4,100", "9"))
    other = story_key_features(item("Mika Telecom", "Haka", "Ana Vorka", "2,300", "7"))
    copy = story_key_features(item("Lorka Steel", "Kaka", "Nils Marka", "4,100", "9"))
    assert same_story(one, other) < SAME_STORY_THRESHOLD
    assert same_story(one, copy) == 1.0


# --------------------------------------------------------------------------- order independence


def test_partition_is_the_same_for_every_arrival_order() -> None:
    import itertools

    items = [
        ("a", HARBOUR_A, NOW),
        ("b", HARBOUR_B, NOW + timedelta(hours=1)),
        ("p", PORT_BOARD, NOW + timedelta(hours=2)),
        ("x", BRIDGE, NOW + timedelta(hours=3)),
        ("l", LOOKALIKE, NOW + timedelta(hours=1)),
        ("o", OTHER, NOW),
    ]
    features = {i: story_key_features(b) for i, b, _ in items}
    # the premise: the bridge links the port board's story to the dock workers'; they do not link
    assert same_story(features["x"], features["p"]) >= SAME_STORY_THRESHOLD
    assert same_story(features["x"], features["a"]) >= SAME_STORY_THRESHOLD
    assert same_story(features["a"], features["p"]) < SAME_STORY_THRESHOLD
    expected = [["a", "b", "p", "x"], ["l"], ["o"]]
    for order in itertools.permutations(items):
        assert partition(order) == expected
    # without the bridge the port board's story stands alone
    assert partition([i for i in items if i[0] != "x"]) == [["a", "b"], ["l"], ["o"], ["p"]]


def test_pairs_outside_the_window_are_not_linked() -> None:
    far = [("a", HARBOUR_A, NOW), ("b", HARBOUR_B, NOW + timedelta(days=5))]
    assert partition(far, window=timedelta(hours=48)) == [["a"], ["b"]]
    assert partition(far, window=timedelta(days=7)) == [["a", "b"]]
    fa, fb = story_key_features(HARBOUR_A), story_key_features(HARBOUR_B)
    assert linked(fa, fb, NOW, None) and linked(fb, fa, None, NOW)


def test_shared_actors_is_symmetric_when_one_side_names_a_person_twice() -> None:
    twice = briefing_of("t", ("Dana Kessler", "Ms Kessler"), "Dana Kessler spoke.")
    once = briefing_of("o", ("Dana Kessler", "Oskar Venn"), "Dana Kessler and Oskar Venn spoke.")
    a, b = story_key_features(twice), story_key_features(once)
    assert same_story(a, b) == same_story(b, a)


def test_story_index_finds_a_story_through_any_member() -> None:
    index = StoryIndex()
    index.add("harbour", story_key_features(HARBOUR_A), [story_key_features(PORT_BOARD)])
    index.add("glacier", story_key_features(OTHER))
    assert index.candidates(story_key_features(PORT_BOARD)) == {"harbour"}  # only a member has these names
    index.add("harbour", story_key_features(HARBOUR_A))  # re-indexed without that member
    assert index.candidates(story_key_features(PORT_BOARD)) == set()


# --------------------------------------------------------------------------- look-alike events


def _fire(title: str, first: str, chief: str = "Ola Brekke") -> Briefing:
    """A made-up fire report: the lead varies, the rest is shared."""
    rest = f"Fire chief {chief} said crews from three stations fought the blaze in the harbour district."
    return Briefing(
        title=title,
        summary=(first,),
        actors=(Actor(chief, kind="PERSON"),),
        sentences=(first, rest),
    )


MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # a Monday


def test_event_day_reads_the_lead_against_the_publication_time() -> None:
    on_sunday = story_key_features(_fire("Blaze in Port Calder", "A warehouse burned on Sunday night."))
    wednesdays = story_key_features(_fire("Blaze in Port Calder", "Wednesday's fire gutted a warehouse."))
    yesterday = story_key_features(_fire("Blaze in Port Calder", "A warehouse burned yesterday."))
    undated = story_key_features(_fire("Blaze in Port Calder", "A warehouse burned down."))
    assert event_day(on_sunday, MONDAY) == datetime(2026, 11, 15, tzinfo=UTC)
    assert event_day(wednesdays, MONDAY) == datetime(2026, 11, 11, tzinfo=UTC)  # the Wednesday before
    assert event_day(yesterday, MONDAY) == datetime(2026, 11, 15, tzinfo=UTC)
    assert event_day(undated, MONDAY) is None and event_day(on_sunday, None) is None


def test_leads_dating_the_event_to_other_days_count_against_the_same_story() -> None:
    def fire(first: str) -> StoryFeatures:
        return story_key_features(_fire("Port Calder warehouse fire", first))

    monday = fire("A warehouse burned in Port Calder on Monday.")
    same_day = fire("On Monday a warehouse burned in Port Calder.")
    two_days_on = fire("On Wednesday a warehouse burned in Port Calder.")
    tuesday, wednesday = datetime(2026, 11, 17, 18, 0, tzinfo=UTC), datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
    # the same words dated to the same Monday (read on Monday and on Tuesday) stay together ...
    assert linked(monday, same_day, MONDAY, tuesday)
    # ... and to a Monday and a Wednesday are two fires, even in near-copied words
    assert linked(monday, two_days_on, None, None)  # without times nothing is dated
    assert same_story(monday, two_days_on, MONDAY, wednesday) < same_story(monday, two_days_on)
    assert not linked(monday, two_days_on, MONDAY, wednesday)
    assert same_story(monday, two_days_on, MONDAY, wednesday) == same_story(
        two_days_on, monday, wednesday, MONDAY
    )


def test_a_next_day_lead_is_another_event_only_when_it_names_someone_new() -> None:
    def fire(first: str) -> StoryFeatures:
        return story_key_features(_fire("Port Calder warehouse fire", first))

    monday = fire("A warehouse burned in Port Calder on Monday.")
    development = fire("On Tuesday police in Port Calder said the warehouse fire was arson.")
    elsewhere = fire("On Tuesday a warehouse burned in Lindholm near Port Calder.")
    tuesday = datetime(2026, 11, 17, 18, 0, tzinfo=UTC)
    assert linked(monday, development, MONDAY, tuesday)  # the same fire's next day
    assert not linked(monday, elsewhere, MONDAY, tuesday)  # a new place in the lead: another fire
    assert linked(monday, elsewhere, None, None)  # positive control: alike without the dates


def test_a_report_published_before_the_other_leads_event_is_not_telling_it() -> None:
    saturday = datetime(2026, 11, 14, 20, 0, tzinfo=UTC)
    undated = story_key_features(_fire("Port Calder warehouse fire", "A warehouse burned in Port Calder."))
    monday = story_key_features(
        _fire("Port Calder warehouse fire", "A warehouse burned in Port Calder on Monday.")
    )
    assert not linked(undated, monday, saturday, MONDAY)
    assert linked(undated, monday, MONDAY, MONDAY)  # positive control: published the same day


def test_leads_with_protagonists_the_other_text_never_names_count_against() -> None:
    def match(home: str, away: str, mention: str = "") -> Briefing:
        first = f"{home} beat {away} at Kelmont Stadium in the Premier Division."
        rest = f"Referee Jana Holt sent off a defender and the crowd filled the stadium.{mention}"
        actors = (Actor(home), Actor(away), Actor("Kelmont Stadium"), Actor("Jana Holt", kind="PERSON"))
        return Briefing(title=f"{home} win", summary=(first,), actors=actors, sentences=(first, rest))

    harbour = story_key_features(match("Harbour City", "Northgate"))
    rovers = story_key_features(match("Riverside Rovers", "Eastfield"))
    retold = story_key_features(match("Harbour City", "Northgate", " Northgate will appeal."))
    assert same_story(harbour, rovers) < same_story(harbour, retold)
    assert same_story(harbour, retold) >= SAME_STORY_THRESHOLD  # positive control: the same match
    assert same_story(harbour, rovers) < SAME_STORY_THRESHOLD


def test_three_shared_figures_outweigh_other_wording() -> None:
    def vote(title: str, first: str, figures: tuple[str, ...]) -> Briefing:
        return Briefing(
            title=title,
            summary=(first,),
            actors=(Actor("Rasmus Edel", kind="PERSON"),),
            figures=tuple(Figure(v, "", first) for v in figures),
            sentences=(first,),
        )

    told = vote(
        "Parliament raises pension age",
        "MPs voted 112 to 89 to lift the age from 65 to 67.",
        ("112", "89", "67"),
    )
    retold = vote(
        "Later retirement approved", "Lawmakers backed working until 67, 112 against 89.", ("112", "89", "67")
    )
    two = vote(
        "Later retirement approved", "Lawmakers backed working until 67, 112 in favour.", ("112", "67")
    )
    a, b, c = story_key_features(told), story_key_features(retold), story_key_features(two)
    assert same_story(a, b) > same_story(a, c)


# --------------------------------------------------------------------------- the same-story set

PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.95
"""Recorded floors for tests/data/same_story.jsonl (benchmarks/bench_stories.py prints the figures)."""


def test_same_story_set_holds_its_floor_in_every_order() -> None:
    from benchmarks import bench_stories

    rows = bench_stories.load(bench_stories.DEFAULT_SET)
    assert len(rows) >= 30 and len({r["story"] for r in rows}) >= 12
    result = bench_stories.evaluate(rows, bench_stories.brief(rows), n_orders=6)
    assert result["stable"], "the partition depends on the arrival order or the filing path"
    assert result["precision"] >= PRECISION_FLOOR, result["per_order"]
    assert result["recall"] >= RECALL_FLOOR, result["per_order"]


def test_pairwise_scores_count_wrong_joins_and_splits() -> None:
    from benchmarks.bench_stories import pairwise

    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert pairwise([["a", "b"], ["c", "d"]], gold) == (1.0, 1.0)
    assert pairwise([["a", "b", "c", "d"]], gold) == (2 / 6, 1.0)
    assert pairwise([["a"], ["b"], ["c", "d"]], gold) == (1.0, 0.5)


# --------------------------------------------------------------------------- what an update adds


def _toll(source: str, *values: str) -> Briefing:
    sentence = "The death toll from the quake in Tarsa province rose, governor Omar Sadik said."
    return Briefing(
        title="Tarsa quake",
        summary=(sentence,),
        figures=tuple(Figure(v, "dead", sentence) for v in values),
        sources=(source,),
        sentences=(sentence,),
    )


def test_update_changes_are_against_the_story_at_the_updates_publication_time() -> None:
    first, middle, last = NOW, NOW + timedelta(hours=2), NOW + timedelta(hours=5)
    early = _toll("Outlet A", "12")
    late = _toll("Outlet C", "15", "3,000")
    update = _toll("Outlet B", "15")  # published between the two, filed after both
    changes = update_changes([(early, first), (late, last)], update, middle)
    # at its publication time the story held only the first report: 15 was news then ...
    assert [f["value"] for f in changes["new_figures"]] == ["15"]
    assert changes["new_sources"] == ["Outlet B"]
    # ... while the feed-order diff (against everything filed so far) finds no new figure
    assert "new_figures" not in diff_briefings(
        merge_briefings([early, late]), merge_briefings([early, late, update])
    )
    # the latest report is compared with both earlier ones, whatever order they were filed in
    assert [
        f["value"] for f in update_changes([(early, first), (update, middle)], late, last)["new_figures"]
    ] == ["3,000"]


def test_update_changes_for_the_earliest_report_compare_with_an_empty_story() -> None:
    later = _toll("Outlet C", "15")
    changes = update_changes([(later, NOW + timedelta(hours=3))], _toll("Outlet A", "12"), NOW)
    assert [f["value"] for f in changes["new_figures"]] == ["12"] and changes["new_sources"] == ["Outlet A"]
    # an update without a time is compared with every member
    assert "new_figures" not in update_changes([(later, NOW)], _toll("Outlet B", "15"), None)


def test_a_figure_shares_every_number_it_states_but_a_score_is_one_value() -> None:
    assert figure_numbers("from 62 to 64") == {"62", "64"}  # one figure, two numbers to match on
    assert figure_numbers("240 votes to 75") == {"240", "75"}
    assert figure_numbers("Twelve schools") == figure_numbers("12") == {"12"}
    assert figure_numbers("8-9 per cent") == {"8%", "9%"}
    assert figure_numbers("a 4-2 defeat") == {"4-2"}  # a result, not the numbers 4 and 2
    assert figure_numbers("dozens") == frozenset()  # positive controls above; a vague value gives none
