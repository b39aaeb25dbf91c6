"""Numbers of a numbered list, runs of contests, margins, ranges in words and sanctions counted in a
contest's units. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_the_numbers_of_a_list_glued_onto_its_items_are_no_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The baker Tomas Brell has shared the habits that keep his bakery busy 1.
        He wakes at dawn and kneads 400 loaves by hand every morning 2.
        He never sells bread baked the day before 3.
        He keeps 60 jars of starter in a cold cellar below the shop 4.
        He closes the shop for a week every summer to visit his mother.
        """,
    )
    got = values(f)
    assert not any(v in ("1", "2", "3", "4") for v in got), got
    assert any("400" in v for v in got) and any("60" in v for v in got), got
    # control: one number closing a sentence, with no list around it, is still a figure
    g = facets(
        nlp,
        """
        The baker Tomas Brell has shared the habits that keep his bakery busy.
        The number of loaves he kneads by hand every morning is 400.
        """,
    )
    assert any("400" in v for v in values(g)), values(g)


def test_a_definite_run_of_contests_is_a_figure(nlp: Any) -> None:
    text = """
        Riverton Rovers sacked their coach on Sunday after a poor spell.
        The club lost {} matches before the board met in the stadium on Sunday night.
        """
    got = values(facets(nlp, text.format("the last five")))
    assert any("five matches" in v for v in got), got
    # control: without the word of sequence, "the five matches" refers back and is no figure
    got = values(facets(nlp, text.format("the five")))
    assert not any("five" in v for v in got), got


def test_a_margin_of_one_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Harbour City lead the northern league table by one game after a narrow win over Dunmore on Saturday.
        The coach said his players deserved the rest.
        """,
    )
    got = values(f)
    assert any("one game" in v for v in got), got
    # control: "one" elsewhere is no figure
    assert not any(v.startswith("one") for v in values(facets(nlp, "Harbour City won one more game.")))


def test_a_range_in_words_is_one_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Scans showed a torn ligament that will sideline the goalkeeper Dario Venn for between five and six weeks, his club said.
        """,
    )
    got = values(f)
    assert any("between five and six weeks" in v for v in got), got


def test_a_sanction_counted_in_a_contests_units_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The midfielder Pavel Orsk was shown a red card against Dunmore and now faces a four-match ban before the derby.
        """,
    )
    got = values(f)
    assert any("four-match ban" in v for v in got), got
    # control: the same number before a noun that is neither a term, a size nor a sanction
    g = facets(
        nlp,
        """
        The midfielder Pavel Orsk was shown a red card against Dunmore beside the four-storey stand before the derby.
        """,
    )
    assert not any("four" in v for v in values(g)), values(g)


def test_a_table_of_statistics_glued_into_a_sentence_gives_no_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The striker Ivo Marant has scored 14 goals for Castel this season and may leave in the summer.
        CAREER Castel (2016-19): 61 apps, 19 goals Morvan (2019-21): 44 apps, 8 goals Castel (2021-) 38 apps, 24 goals
        """,
    )
    got = values(f)
    assert not any("apps" in v or v in ("19 goals", "8 goals", "24 goals") for v in got), got
    assert any("14 goals" in v for v in got), got
    # control: one unit repeated in a list of amounts is no table
    g = facets(
        nlp,
        """
        The convoy delivered 140 tons of aid, including 30 tons of rice, 12 tons of flour and 3 tons of blankets.
        """,
    )
    assert any("30 tons" in v for v in values(g)), values(g)


def test_a_duration_between_two_events_of_the_lede_is_a_figure(nlp: Any) -> None:
    text = """
        A fisherman has drowned off the Kellan headland - six months after {} at the same rocks.
        Coastguards searched the bay until dusk.
        """
    got = values(facets(nlp, text.format("his cousin was lost")))
    assert any("six months" in v for v in got), got
    # control: a duration that anchors a time to a noun, not a clause, is still no figure
    got = values(facets(nlp, text.format("the loss of his cousin")))
    assert not any("six months" in v for v in got), got


def test_an_area_keeps_its_unit(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The council has approved a depot of 800 square metres beside the Orrin canal, its planners said.
        """,
    )
    got = values(f)
    assert "800 square metres" in got, got


def test_a_count_past_a_name_counts_the_plural_noun_after_it(nlp: Any) -> None:
    # the parse hangs "six" on "League", a compound of "wins"
    f = facets(
        nlp,
        """
        Harbour City beat Dunmore to record six Northern League wins in succession, and their coach Ivo Brand said the squad must keep improving.
        """,
    )
    assert "six Northern League wins" in values(f), values(f)


def test_a_plural_noun_read_as_a_verb_after_a_name_is_what_a_number_counts(nlp: Any) -> None:
    from spacy.tokens import Doc

    from newsbrief.summarizers import figures

    # "Rovers made it six Northern League wins on Sunday", "wins" read as the verb of "League"
    words = ["Rovers", "made", "it", "six", "Northern", "League", "wins", "on", "Sunday", "."]
    heads = [1, 1, 6, 5, 5, 6, 1, 6, 7, 1]
    deps = ["nsubj", "ROOT", "nsubj", "nummod", "compound", "nsubj", "ccomp", "prep", "pobj", "punct"]
    tags = ["NNPS", "VBD", "PRP", "CD", "NNP", "NNP", "VBZ", "IN", "NNP", "."]
    lemmas = ["Rovers", "make", "it", "six", "Northern", "League", "win", "on", "Sunday", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    counted = figures._counted_past_name(doc[5])
    assert counted is not None and counted.text == "wins"
    # control: a verb that names no contest is a verb
    lemmas[6], words[6] = "say", "says"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    assert figures._counted_past_name(doc[5]) is None


def test_a_count_before_later_or_ago_is_a_time_anchor(nlp: Any) -> None:
    text = """
        The forward Lino Brask left a village club for Castel and won the league with them {}, his agent said.
        """
    got = values(facets(nlp, text.format("three seasons later")))
    assert not any("three" in v for v in got), got
    # control: the same count without the anchor is a figure
    got = values(facets(nlp, text.format("in three seasons")))
    assert any("three seasons" in v for v in got), got
