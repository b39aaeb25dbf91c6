"""actors15: a body named inside a person's title, a body before a common noun and a name in a
sentence read without a parse, a people named by its demonym where its country is only a place. The
texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names

TRIAL = """
    A former soldier was convicted of setting fire to a mosque in Dunmore last spring.
    Harbour Court Judge Ann Vell told Piet Marsden, 41, his sentence would follow on 3 June.
    Marsden had told police he acted alone.
    Jurors learned he bought petrol an hour before the fire.
    Marsden stared ahead while the verdict was read.
    """


def test_a_court_named_only_in_a_judge_s_title_is_no_actor(nlp: Any) -> None:
    got = names(facets(nlp, TRIAL))
    assert "Ann Vell" in got and "Harbour Court" not in got, got


STATION = """
    A Dunmore teacher is off work pending review since footage of a classroom row spread 20,000 times.
    Pupils filmed Grete Holm shouting at a boy, Norvale Broadcasting affiliate KQRT reported on 4 May.
    Holm later apologised to the boy and his parents.
    Speaking to Norvale Broadcasting affiliate KWEN, the head teacher said an inquiry had begun.
    Parents have organised an evening gathering in the hall.
    """


def test_a_network_before_its_affiliate_s_name_is_no_actor_in_an_unparsed_sentence(nlp: Any) -> None:
    got = names(facets(nlp, STATION))
    assert "Grete Holm" in got and "Norvale Broadcasting" not in got, got


GIFTS = """
    Shops in Graz, Austria, are opening late this month, a first in a decade.
    Retailers in Graz hope the longer hours will bring back trade lost to online sellers.
    Austrians expect to spend 400 euros each on presents this year, a survey found.
    The Graz traders' guild asked members to trade until 9 pm.
    """


def test_a_demonym_plural_does_not_make_a_country_that_is_only_a_place_act(nlp: Any) -> None:
    got = names(facets(nlp, GIFTS))
    assert "Austria" not in got and "Austrians" not in got, got


POST = """
    Rugby star Tomas Vellander has thanked fans after returning from an injured knee that sidelined him 5 months.
    Vellander scored twice as Norden Rovers beat Kelby 24-10 on Saturday.
    He later shared a gym picture with the words: 'Back where I belong #NEVERQUIT #NKFC.'
    Rovers coach Ivo Marsk said Vellander had worked hard to recover.
    Team-mate Lars Odd replied: 'Great to have you back #NKFC.'
    Club captain Ed Pell added: 'Welcome home mate #NKFC.'
    """


def test_a_hashtag_in_a_quoted_post_is_no_actor(nlp: Any) -> None:
    got = names(facets(nlp, POST))
    assert "Tomas Vellander" in got and not any("NEVERQUIT" in n or "NKFC" in n for n in got), got


TENNIS = """
    Tomas Vellander reached the semi-final of the Kelby Open tournament after a 6-3 6-4 win on Thursday.
    The top seed broke serve 4 times and dropped only 7 points behind his opening serve.
    He will next play against Austria's Thomas Berger, who beat him in last season's title match.
    Vellander credited the crowd with helping him through a tight second set.
    """


def test_a_country_s_possessive_before_a_player_s_name_is_no_side(nlp: Any) -> None:
    got = names(facets(nlp, TENNIS))
    assert "Thomas Berger" in got and "Austria" not in got, got


FERRY = """
    A ferry link between the mainland and the islands will close for 6 weeks from 1 March for repairs.
    Passengers will be offered a replacement boat at reduced fares, operator Tide Lines said.
    Dunmore District Council leader Ann Vell called the closure badly timed for island shops.
    Tide Lines said the work was overdue already.
    """


def test_a_council_named_only_in_its_leader_s_title_is_no_actor(nlp: Any) -> None:
    got = names(facets(nlp, FERRY))
    assert "Ann Vell" in got and not any("Council" in n for n in got), got
