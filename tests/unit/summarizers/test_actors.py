"""Key actors on short texts written for these tests: who acts, their roles, and what is not an actor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from newsbrief.summarizers.facets import is_credit_line
from tests.unit.summarizers.facet_texts import actor, facets, names, parsed_hiding, parsed_with_entities

REPO = Path(__file__).resolve().parents[3]


def test_surname_merges_into_full_name_once(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Harbour Minister Elena Vasquez announced a new ferry timetable on Monday.
        Vasquez said the changes would shorten crossings for commuters.
        Critics of Vasquez said the plan came too late.
        """,
    )
    vasquez = [a for a in f.actors if "Vasquez" in a.name]
    assert len(vasquez) == 1
    assert vasquez[0].name == "Elena Vasquez"
    assert "Vasquez" in vasquez[0].aliases
    assert vasquez[0].mentions >= 3


def test_acronym_in_brackets_and_from_initials_merge(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Coastal Fisheries Board (CFB) said catches of cod had fallen sharply this spring.
        The CFB blamed warmer water for the decline.
        The Northern Ports Authority said it would study the report.
        Officials at the NPA said they expected a decision next month.
        """,
    )
    board = actor(f, "Coastal Fisheries Board")
    assert "CFB" in board.aliases
    assert "CFB" not in names(f)
    ports = actor(f, "Northern Ports Authority")
    assert "NPA" in ports.aliases
    assert "NPA" not in names(f)


def test_role_from_title_prefix(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Chief Executive Tobias Wren told shareholders that the bakery chain would open ten shops.
        Wren said the expansion would be paid for from cash.
        """,
    )
    wren = actor(f, "Tobias Wren")
    assert wren.role is not None and "Chief Executive" in wren.role
    assert wren.kind == "PERSON"


def test_role_from_apposition(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The strike ended after nine days, said Priya Raman, a spokeswoman for the dockworkers' union.
        Raman said members would vote on the deal next week.
        """,
    )
    raman = actor(f, "Priya Raman")
    assert raman.role is not None and "spokeswoman" in raman.role


def test_photo_credit_and_agency_credit_names_are_not_actors(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Mayor Oliver Brandt opened the new bridge over the river on Saturday.
        Crowds gather at the bridge on Saturday morning. Photo: Hannah Koller / Riverside Picture Agency
        Brandt said the bridge would carry 20,000 cars a day.
        Reporting by Marcus Feld; editing by Lena Ortiz
        """,
    )
    assert "Oliver Brandt" in names(f)
    for credit in ("Hannah Koller", "Riverside Picture Agency", "Marcus Feld", "Lena Ortiz"):
        assert all(credit not in a.name for a in f.actors), names(f)


def test_news_agency_only_as_credit_is_dropped(nlp: Any) -> None:
    assert is_credit_line("Photo: Jane Doe / Example Images")
    assert is_credit_line("Northwind Wire and Agencies")
    assert not is_credit_line("The minister said the agency would publish its figures.")


def test_place_only_as_location_is_not_an_actor_but_a_subject_country_is(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Protesters gathered in Lisbon on Sunday to demand cheaper housing.
        Police in Lisbon said the march was peaceful.
        Portugal said it would build 5,000 new homes next year.
        """,
    )
    assert "Lisbon" not in names(f)
    assert "Portugal" in names(f)


# --- determinism ------------------------------------------------------------------------------

_TIED = """
Iraqi forces pushed into the northern town of Qaraj on Monday, the army said.
Iraqi troops were supported by air strikes, said Major General Sami Nouri, who leads the assault.
Iraqi forces said they had freed 300 families, and Iraqi troops said the road was open again.
Anna Berg of the Nordic Aid Council said Iraqi forces had let convoys through.
Carl Dahl of the Baltic Relief Union said the Nordic Aid Council would send 40 trucks.
"""

_RUN = textwrap.dedent(
    """
    import json, sys
    from newsbrief.summarizers.facets import extract_facets
    from newsbrief.summarizers.nlp import load_pipeline
    nlp = load_pipeline("en_core_web_sm")
    text = sys.stdin.read()
    for _ in range(2):
        f = extract_facets(nlp, "Iraqi forces push north as aid convoys wait", text.strip().splitlines())
        print(json.dumps([a.__dict__ for a in f.actors], sort_keys=True))
    """
)


def test_actors_are_byte_identical_under_any_hash_seed() -> None:
    outputs = []
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        proc = subprocess.run(
            [sys.executable, "-c", _RUN], input=_TIED, capture_output=True, text=True, env=env, timeout=300
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        lines = proc.stdout.splitlines()
        assert len(lines) == 2 and lines[0] == lines[1]
        outputs.append(lines[0])
    assert json.loads(outputs[0]), "the text has actors"
    assert len(set(outputs)) == 1


# --- what is and is not an actor ----------------------------------------------------------------


def test_surname_that_is_a_street_word_is_a_person_but_an_address_is_not(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Detective Grace Park said the fire at the warehouse on Mill Road was started deliberately.
        Park said two men had been seen leaving the building shortly before midnight.
        Park added that officers were studying footage from nearby cameras.
        """,
    )
    assert "Grace Park" in names(f)
    assert all("Mill Road" not in n for n in names(f)), names(f)


def test_events_are_not_actors(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Lena Ortiz said the General Election would be held in May.
        The General Election will cost the state 40 million euros.
        Ortiz said voters were tired.
        """,
    )
    assert "Lena Ortiz" in names(f)
    assert all("Election" not in n for n in names(f)), names(f)


def test_place_before_a_common_noun_is_an_origin_not_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A Nevada man told police he had set fire to the school gym after losing his job.
        The man's lawyer, Dana Cole, said her client would plead not guilty.
        Cole said the man had been drinking when the fire started.
        """,
    )
    assert "Dana Cole" in names(f)
    assert "Nevada" not in names(f)


def test_organisation_named_as_a_source_is_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The fire began shortly after midnight, according to a statement from the Coastal Water Authority.
        Residents were moved to a school nearby, the statement said.
        Protesters gathered in Lisbon on Sunday to demand cheaper water.
        """,
    )
    assert "Coastal Water Authority" in names(f)
    assert "Lisbon" not in names(f)


def test_party_named_by_its_members_is_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Democrats said on Monday that they would block the budget in the Senate.
        Senator Maria Lopez said the cuts would hurt rural hospitals.
        The Democrats have asked for a vote on a smaller package.
        """,
    )
    assert any(n in ("Democrats", "Democratic Party") for n in names(f)), names(f)
    assert "Maria Lopez" in names(f)


def test_dateline_places_and_reporter_credits_are_not_actors(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Harbin, China (CNN)Rescuers in northern China pulled a miner from a flooded shaft on Tuesday after 40 hours underground.
        Liu Wei, 52, was taken to hospital, the mine's owner, Jinmei Coal, said.
        Jinmei Coal said the other 11 miners were safe.
        CNN's Anna Berg reported from Harbin, and CNN's Carl Dahl wrote from Hong Kong.
        """,
    )
    assert "Liu Wei" in names(f)
    for credit in ("Harbin", "China", "CNN"):
        assert credit not in names(f), names(f)


def test_place_a_person_comes_from_is_not_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Tasmania native won his first title in Madrid on Sunday.
        Rafael Ortega, 24, beat Tomas Berdych in three sets.
        Ortega said he had dreamed of the moment since childhood.
        """,
    )
    assert "Rafael Ortega" in names(f)
    assert "Tasmania" not in names(f)


def test_countries_whose_situation_is_reported_are_actors_but_a_meeting_place_is_not(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The World Food Programme said on Monday that hunger was easing across the region.
        In Chad and Niger, the number of families needing food aid has fallen by a third.
        But in Mali, of the 40 districts surveyed, 12 still reported shortages.
        The agency's donors met in Geneva on Friday to discuss next year's budget.
        """,
    )
    for country in ("Chad", "Niger", "Mali"):
        assert country in names(f), names(f)
    assert "Geneva" not in names(f)


def test_group_of_a_people_is_named_in_the_text_s_own_words(nlp: Any) -> None:
    text = """
        Republican presidential candidates said on Sunday that they would oppose the new visa rules.
        Republican presidential candidates have also asked for hearings in the Senate.
        Governor Alan Price said the rules would cost his state 3,000 jobs.
        """
    f = facets(nlp, text)
    assert "Alan Price" in names(f)
    groups = [n for n in names(f) if n.startswith("Republican")]
    assert groups, names(f)
    flat = " ".join(text.split())
    for name in names(f):
        assert name in flat, name


# --- roles --------------------------------------------------------------------------------------


def test_role_lands_on_the_person_it_describes(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Lukas Brenner, son of former Austrian President Karl Brenner, was elected mayor of Graz on Sunday.
        Lukas Brenner said he would cut bus fares in his first year.
        Karl Brenner said he was proud of his son.
        """,
    )
    father = actor(f, "Karl Brenner")
    assert father.role is not None and "President" in father.role
    assert "son" not in father.role
    son = [a for a in f.actors if a.name == "Lukas Brenner"]
    assert son and (son[0].role is None or "President" not in son[0].role or "son" in son[0].role)


def test_role_phrase_stops_at_words_that_are_not_a_title(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The figures arrive at a difficult moment for Chancellor Greta Lind, who faces a budget vote next week.
        Lind said the deficit would fall by 2027.
        """,
    )
    lind = actor(f, "Greta Lind")
    assert lind.role == "Chancellor"


def test_title_inside_an_organisation_entity_is_split_from_the_person(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Army Sgt Daniel Okafor was charged on Friday with stealing equipment from a base in Texas.
        Okafor's lawyer said he would plead not guilty.
        Okafor was arrested at his home on Thursday, Army investigators said.
        """,
    )
    okafor = [a for a in f.actors if a.name.endswith("Okafor")]
    assert okafor and okafor[0].name == "Daniel Okafor", names(f)
    assert okafor[0].kind == "PERSON"


def test_disease_tagged_as_an_organisation_is_not_an_actor(nlp: Any) -> None:
    from newsbrief.summarizers.actors import extract_actors

    parsed = parsed_with_entities(
        nlp,
        """
        Ebola has killed 40 people in three villages since March, the Health Ministry said on Monday.
        Ebola spread quickly because clinics had run out of gloves, the Health Ministry said.
        The Health Ministry said Ebola would be contained by July.
        """,
        [("Ebola", "ORG"), ("Health Ministry", "ORG")],
    )
    got = [a.name for a in extract_actors("", parsed)]
    assert "Health Ministry" in got
    assert "Ebola" not in got


def test_competition_is_an_actor_only_when_it_acts_as_a_body(nlp: Any) -> None:
    from newsbrief.summarizers.actors import extract_actors

    ents = [("Premier League", "ORG"), ("Harry Kane", "PERSON"), ("Kane", "PERSON")]
    played = parsed_with_entities(
        nlp,
        """
        Harry Kane won the Premier League with his club on Sunday.
        Kane has now won the Premier League twice.
        Kane said the team would keep pushing for more titles.
        """,
        ents,
    )
    assert "Premier League" not in [a.name for a in extract_actors("", played)]
    ruling = parsed_with_entities(
        nlp,
        """
        The Premier League fined Harry Kane's club 2 million pounds on Monday.
        The Premier League said the club had broken spending rules.
        Kane said the players were disappointed.
        """,
        ents,
    )
    assert "Premier League" in [a.name for a in extract_actors("", ruling)]


def test_role_from_is_the_but_not_from_an_opinion(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Nora Vance is the chairman of the Lakeside Rowing Club, which opened a new boathouse on Sunday.
        Coach Ivan Petrov said Tomas Lind was the best rower in the country.
        Lind is a proven winner, Petrov said.
        """,
    )
    vance = actor(f, "Nora Vance")
    assert vance.role is not None and "chairman" in vance.role
    lind = [a for a in f.actors if a.name == "Tomas Lind"]
    assert not lind or lind[0].role is None or "best" not in lind[0].role


def test_named_movement_tagged_as_a_nationality_is_an_organisation(nlp: Any) -> None:
    from newsbrief.summarizers.actors import extract_actors

    parsed = parsed_with_entities(
        nlp,
        """
        The Northern Brotherhood said on Monday that it would join the talks in the capital.
        The Northern Brotherhood, a banned movement, has boycotted three elections.
        Officials said the talks would start on Friday, according to Minister Hana Idris.
        """,
        [("Northern Brotherhood", "NORP"), ("Hana Idris", "PERSON")],
    )
    got = [a.name for a in extract_actors("", parsed)]
    assert "Northern Brotherhood" in got
    assert "Hana Idris" in got


def test_vessel_that_acts_is_an_actor_but_a_venue_is_not(nlp: Any) -> None:
    from newsbrief.summarizers.actors import extract_actors

    parsed = parsed_with_entities(
        nlp,
        """
        A fisherman adrift for 40 days was rescued by a cargo ship named the Nordic Dawn on Tuesday.
        The Nordic Dawn picked up Jon Berg 200 miles off the coast, the coastguard said.
        Berg was taken to the Harbour Arena, where his family was waiting.
        """,
        [("Nordic Dawn", "FAC"), ("Jon Berg", "PERSON"), ("Berg", "PERSON"), ("Harbour Arena", "FAC")],
    )
    got = [a.name for a in extract_actors("", parsed)]
    assert "Nordic Dawn" in got
    assert "Harbour Arena" not in got


def test_product_of_a_maker_is_not_an_actor_but_the_maker_speaking_is(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The teenager had bought a Toyota Corolla a week before he fired the shot, police said.
        Detective Mark Hale said the car was found abandoned on Sunday.
        Hale said the teenager would appear in court next week.
        """,
    )
    assert "Mark Hale" in names(f)
    assert "Toyota" not in names(f)
    g = facets(
        nlp,
        """
        A Boeing spokesman said the company would inspect 40 jets.
        Boeing said the checks would take two weeks.
        """,
    )
    assert "Boeing" in names(g)


def test_named_landmarks_and_regions_are_settings(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Two climbers fell while crossing the Aletsch glacier, police in the canton of Valais said.
        Pilot Marc Imboden said the weather had cleared just long enough to land.
        Imboden said both climbers were taken to hospital with hypothermia.
        """,
    )
    assert "Marc Imboden" in names(f)
    assert "Aletsch" not in names(f) and "Valais" not in names(f), names(f)


def test_a_river_that_floods_is_a_setting_and_a_landmark_is_no_person(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The River Tamsel burst its banks on Sunday and flooded 80 homes in Ostrava Lane.
        Mayor Dana Kral said a new wall would run between Mill Bridge and the old quay.
        Kral said the city would ask for state help.
        """,
    )
    assert "Dana Kral" in names(f)  # positive control
    assert "River Tamsel" not in names(f)
    assert "Mill Bridge" not in names(f)


def test_an_organisation_that_speaks_is_an_actor_without_a_parse(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The ferry operator Nordlinje cancelled all crossings on Tuesday after gusts of 90 mph.
        Passengers waited in the terminal for news of the next ship.
        Shares in the operator fell in early trading on the exchange.
        Some travellers slept on the floor of the hall overnight.
        The Maritime Safety Board said it was in contact with the operator.
        """,
    )
    assert "Maritime Safety Board" in names(f)


def test_a_body_that_acts_in_a_relative_clause_is_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Liberal Union won 47 seats in Sunday's election, short of a majority.
        Its leader Marta Kovar will open talks with the Greens, who took 14 seats, on Tuesday.
        """,
    )
    assert "Greens" in names(f)


def test_a_courtesy_title_stays_out_of_a_role(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The son of former minister Sir Henry Brandt was jailed for fraud on Friday.
        Oliver Brandt persuaded 62 savers to hand over their money, the court heard.
        """,
    )
    role = actor(f, "Henry Brandt").role
    assert role and "minister" in role and "Sir" not in role, role


def test_a_family_tie_after_an_age_is_the_role_of_that_person_and_a_shared_surname_is_the_first(
    nlp: Any,
) -> None:
    f = facets(
        nlp,
        """
        Oliver Brandt, 41, son of former minister Sir Henry Brandt, was jailed for fraud on Friday.
        Brandt persuaded 62 savers to hand over their money, the court heard.
        Brandt showed no remorse, Judge Karen Whitlow said.
        """,
    )
    son = actor(f, "Oliver Brandt")
    assert son.role and son.role.startswith("son of"), son.role
    assert "Brandt" not in names(f)  # the bare surname is merged, not a second actor
    father = [a for a in f.actors if a.name == "Henry Brandt"]
    assert not father or not (father[0].role or "").startswith("son")


def test_titled_name_the_recogniser_misses_in_the_lede_is_a_person(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Mayor Ana Ruiz said the bridge would reopen in May after repairs.
        The City Council voted to fund the work on Tuesday.
        """,
    )
    ruiz = actor(f, "Ana Ruiz")
    assert ruiz.kind == "PERSON"
    assert ruiz.role == "Mayor"
    assert "Ruiz said" not in names(f)


def test_title_phrase_before_a_missed_name_is_its_role(nlp: Any) -> None:
    f = facets(nlp, "But Director of Public Works Alma Berg said the road would not be closed.")
    assert actor(f, "Alma Berg").role == "Director of Public Works"


def test_a_reporter_title_makes_no_missed_person(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _titled_people

    # the recogniser tags neither name here; only the one after a title of office is a person
    doc = nlp("Mayor Ana Ruiz told correspondent Ana Ruiz so.")
    assert not doc.ents
    assert [(e.start, e.text) for e in _titled_people(doc)] == [(1, "Ana Ruiz")]


def test_title_abbreviation_and_surname_tagged_as_a_body_is_a_person(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Police veteran Sgt Jeremy Dalton was shot and taken to hospital, but has since been released.
        Sgt Dalton was shot in the leg, officers said.
        """,
    )
    assert actor(f, "Jeremy Dalton").kind == "PERSON"
    assert "Sgt Dalton" not in names(f)


def test_a_surname_long_before_its_only_full_name_stays_its_own_person(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Lord Hallowes resigned from the council on Tuesday after a long dispute over fees.
        Hallowes said he had been treated unfairly by the other members.
        The council said Hallowes had missed six meetings this year.
        Members voted to replace him at the next session.
        The vote was close, with several abstentions.
        His son Marcus Hallowes, a lawyer, said the family would appeal.
        """,
    )
    # the peer of the lede is not the son introduced five sentences later
    assert "Hallowes" in names(f)
    assert "Hallowes" not in actor(f, "Marcus Hallowes").aliases


def test_a_name_the_recogniser_never_tags_is_found_from_the_first_sentence(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _missed_names, extract_actors

    texts = [
        "Homes near a Quillmart cost more than similar homes elsewhere, a survey found.",
        "The survey said Quillmart shoppers paid higher prices for groceries.",
        "Analysts said Quillmart had opened eleven new stores this year.",
        "Prices near the Duke of Harwell's estate were lower, the survey said.",
    ]
    parsed = parsed_hiding(nlp, texts, "Quillmart")
    assert _missed_names(parsed) == {"Quillmart"}
    assert "Quillmart" in [a.name for a in extract_actors("", parsed)]
    # a word that comes back in only one later sentence is not taken for a name
    assert _missed_names(parsed[1:]) == set()


def test_a_place_that_only_describes_a_thing_or_a_person_does_not_act(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _is_agent

    def acts(text: str, name: str) -> bool:
        doc = nlp(text)
        return next(_is_agent(doc, e) for e in doc.ents if e.text == name)

    assert not acts("Skiing is Norway's favourite pastime, a survey found.", "Norway")
    assert not acts("Norway international Holm insists the side will win.", "Norway")
    assert acts("Norway's government said it would cut taxes.", "Norway")


def test_a_named_tree_or_garden_is_a_site_not_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The famous Harrow Tree on the ninth hole was felled after an ice storm last winter, the Pinecrest Golf Club said.
        The Pinecrest Golf Club said a new oak would be planted in the spring.
        """,
    )
    assert "Harrow Tree" not in names(f)
    assert "Pinecrest Golf Club" in names(f)


def test_bodies_of_one_people_merge_only_when_they_are_one_body(nlp: Any) -> None:
    apart = facets(
        nlp,
        """
        A Brazilian team flew a giant balloon over the harbour on Sunday to set a new record.
        On Monday the Brazilian aviation authorities said the balloon had come too close to a flight path.
        The Brazilian team said it would try again next spring.
        The Brazilian aviation authorities have opened an inquiry.
        """,
    )
    assert "Brazilian team" in names(apart)
    assert "Brazilian aviation authorities" in names(apart)
    one = facets(
        nlp,
        """
        Iraqi forces retook the town of Hadra on Monday.
        The Iraqi army said 40 fighters had surrendered.
        Iraqi forces also seized two bridges.
        """,
    )
    assert "Iraqi forces" in names(one)
    assert "Iraqi army" in actor(one, "Iraqi forces").aliases


# --- people the story never names ---------------------------------------------------------------


def test_unnamed_person_of_the_main_event_is_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A security guard was shot in the leg outside a bank in Norden on Monday morning, police said.
        The guard was taken to hospital, where doctors said his condition was stable.
        Norden Bank said it would review its security.
        Detective Inspector Mara Quell said the guard had tried to stop two men from entering the building.
        """,
    )
    guard = actor(f, "security guard")
    assert guard.kind == "UNNAMED"
    assert guard.mentions >= 3
    assert "Norden Bank" in names(f)
    assert not any(n.lower() in ("police", "doctors", "men", "two men") for n in names(f))


def test_people_tied_to_the_main_event_keep_the_text_s_words(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A three-year-old girl is recovering in hospital after her parents left her in a hot car outside a supermarket in Norden, officials said.
        The girl's parents were arrested on Sunday.
        Norden Council said the parents would appear in court next week.
        """,
    )
    assert "three-year-old girl" in names(f)
    assert "parents" in names(f)
    assert "officials" not in [n.lower() for n in names(f)]


def test_unnamed_description_of_a_person_named_next_is_not_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A young woman has won a national baking contest with a cake shaped like a lighthouse.
        Mara Velt, 24, beat 300 other bakers at the final in Norden on Saturday.
        Officials said the judges had never seen anything like it.
        Velt said she would open her own bakery next year.
        """,
    )
    assert "Mara Velt" in names(f)
    assert not any("woman" in n for n in names(f))


def test_unnamed_actors_are_no_evidence_of_one_story() -> None:
    from newsbrief.summarizers.cluster import story_key_features
    from newsbrief.summarizers.types import Actor, Briefing

    def brief(actors: tuple[Actor, ...]) -> Briefing:
        return Briefing(title="t", summary=("s",), actors=actors, figures=(), next_steps=(), sources=())

    guard = Actor(name="guard", kind="UNNAMED")
    bank = Actor(name="Norden Bank", kind="ORG")
    feats = story_key_features(brief((guard, bank)))
    assert [sorted(k.names) for k in feats.actors] == [["norden bank"]]


def test_titled_name_the_recogniser_missed_after_the_lede_counts_when_the_story_returns_to_it(
    nlp: Any,
) -> None:
    lede = """
        The Norden city council has dropped plans for a new ring road after a year of protests.
        The road would have cut through two parks and a nature reserve.
        Campaigners had collected 40,000 signatures against it.
        Council leader Tom Arkwright said the money would go to buses instead.
        The route had first been drawn up under Director of Public Works Ilse Marrow in 2009.
        Critics said the decision came too late.
        """
    once = facets(nlp, lede)
    assert "Tom Arkwright" in names(once)
    assert "Ilse Marrow" not in names(once)  # a passing reference (she does not speak either)
    again = facets(
        nlp, lede + "The plans were shelved when Director of Public Works Ilse Marrow left the council.\n"
    )
    marrow = actor(again, "Ilse Marrow")
    assert marrow.role == "Director of Public Works"


def test_a_family_named_by_its_surname_is_one_actor_and_not_a_place(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Members of a travelling circus family clashed with officers outside a supermarket in Norden on Friday.
        The Okafor family had been camping in the car park for a week.
        Ruth Okafor, 52, was arrested, and her son Daniel Okafor, 24, was taken to hospital.
        The Okafors had refused to leave, Norden Police said.
        Police said two officers were hurt.
        Police later released Ruth Okafor without charge.
        """,
    )
    family = actor(f, "Okafor family")
    assert "Okafors" in family.aliases
    assert "Ruth Okafor" in names(f) and "Daniel Okafor" in names(f)
    # the body goes on being called "police": those sentences are its mentions
    assert actor(f, "Norden Police").mentions >= 3


def test_where_someone_lives_and_what_people_stand_in_front_of_are_settings(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Harbour Lines said on Monday it would cut 200 jobs at its ferry terminal in Kestwick.
        Maria Lopez, 41, of Kestwick, said she had worked at the terminal for 15 years.
        The company's chief executive Tomas Brandt met union leaders in front of the Old Customs House on Tuesday.
        John Carter, 58, of Kestwick, said the town would not recover.
        Brandt said the company had bought all the houses on nearby Gullet Road for a new car park.
        """,
    )
    for actor_name in ("Harbour Lines", "Tomas Brandt", "Maria Lopez", "John Carter"):
        assert actor_name in names(f)
    assert "Kestwick" not in names(f)
    assert "Old Customs House" not in names(f)


def test_titles_of_works_are_not_actors(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Hollywood studio Brightline Pictures has bought the rights to a book about a daring wartime escape.
        Brightline, the makers of the 2014 hit Quiet Rivers, said filming would start next year.
        Director Paul Haskins said the story had been overlooked for too long.
        The escape was planned by Major Tom Ellery, who is played in the new film by Carl Benson.
        Haskins said Quiet Rivers had taught the studio how to tell a true story.
        Benson, best known for his character Captain Stone, said he was thrilled.
        """,
    )
    for actor_name in ("Brightline Pictures", "Paul Haskins", "Carl Benson"):
        assert actor_name in names(f)
    assert "Quiet Rivers" not in names(f)


def test_a_couple_named_by_their_plural_surname_is_the_person_named_first() -> None:
    from newsbrief.summarizers.actors import _cluster, _Mention

    mentions = [
        _Mention(name="Charlotte Okoro", label="PERSON", sent=3),
        _Mention(name="Okoros", label="PERSON", sent=4, agent=True),
        _Mention(name="Okoros", label="PERSON", sent=5, agent=True),
    ]
    clusters = _cluster(mentions, {})
    assert [c.name for c in clusters] == ["Charlotte Okoro"]
    assert clusters[0].aliases == {"Okoros"}


def test_a_titled_name_recurs_when_its_surname_ends_another_tagged_name(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _recurring_titled
    from newsbrief.summarizers.parse import ParsedSentence

    texts = [
        "Norden Police said both men had been arrested.",
        "Director of Public Prosecutions Ilse Marrow said no charges would be brought.",
        "Marrow's office said the case was closed.",
    ]
    parsed = [ParsedSentence(index=k, text=t, doc=nlp(t), parsed=True) for k, t in enumerate(texts)]
    assert [e.label_ for e in parsed[2].doc.ents if e.text == "Marrow"] == ["ORG"]  # not a person
    assert _recurring_titled(parsed) == {"Ilse Marrow"}
    assert _recurring_titled(parsed[:2]) == set()


def test_a_courtesy_title_keeps_a_surname_off_a_person_of_the_other_sex(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Campaigners have criticised the decision not to prosecute the former minister.
        Pete Vane, who runs a support charity, said his members felt betrayed.
        Pete Vane said the charity would write to the government.
        The head of prosecutions, Alison Vane, said the evidence was too weak.
        Mrs Vane said she had consulted senior lawyers before deciding.
        """,
    )
    assert "Vane" in actor(f, "Alison Vane").aliases
    assert "Vane" not in actor(f, "Pete Vane").aliases


def test_a_spread_of_countries_framing_a_clause_is_a_setting(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Maria Lopez has won a national cooking prize for her corn stew.
        Lopez said the recipe came from her grandmother.
        But in Peru, Chile and Bolivia, the stew is mainly eaten at weddings.
        Lopez said she would open a second stall next month.
        """,
    )
    assert "Maria Lopez" in names(f)
    assert not {"Peru", "Chile", "Bolivia"} & set(names(f))


def test_a_thing_someone_owns_is_not_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A publican has been convicted of drink-driving after crashing into a parked van in Norden.
        Tom Ridley, 36, told Norden Magistrates' Court he had been sleepwalking.
        Prosecutors said Ridley had driven his old Toyota Hilux for two miles before the crash.
        District Judge Ana Cole rejected his account and fined him £1,200.
        """,
    )
    for actor_name in ("Tom Ridley", "Ana Cole"):
        assert actor_name in names(f)
    assert not any(n.startswith("Toyota") for n in names(f))


def test_a_name_the_lede_gives_is_a_missed_name_when_it_comes_back(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _missed_names
    from newsbrief.summarizers.parse import ParsedSentence

    texts = [
        "Engineers at a university lab have built a humanoid head that can copy the faces people make.",
        "The head, known as Biscuit, has been drawing crowds at an electronics fair this week.",
        "Biscuit can smile, frown and wink within a second of seeing a face.",
        "Lead designer Marta Hollis said Biscuit would help train nurses to read moods.",
    ]
    parsed = []
    for k, t in enumerate(texts):
        doc = nlp(t)
        doc.ents = [e for e in doc.ents if e.text != "Biscuit"]  # as if the recogniser missed it
        parsed.append(ParsedSentence(index=k, text=t, doc=doc, parsed=True))
    assert _missed_names(parsed) == {"Biscuit"}
    assert _missed_names(parsed[:3]) == set()  # given, but used again only once


def test_a_competition_that_only_describes_a_club_is_not_an_actor(nlp: Any) -> None:
    text = """
        Harlow Rovers have apologised to fans after the coaches they laid on arrived late for Saturday's match.
        The Northern League champions have written to 300 fans to offer refunds.
        Club secretary Dan Poole said the coach firm had let everyone down.
        """
    f = facets(nlp, text)
    assert "Dan Poole" in names(f)
    assert "Northern League" not in names(f)
    acting = facets(nlp, text + "The Northern League said it would look into the delay.\n")
    assert "Northern League" in names(acting)  # the body that rules, when it acts


def test_a_brand_that_only_names_a_kind_of_thing_is_not_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Singer Lena Marsh has started a craze for septum rings among her young fans.
        The singer wore Nike trainers and a Rolex watch at the awards on Sunday.
        Jeweller Tom Hale said sales of the rings had tripled in a month.
        """,
    )
    assert "Lena Marsh" in names(f) and "Tom Hale" in names(f)
    assert not {"Nike", "Rolex"} & set(names(f))


def test_a_one_word_name_counts_where_untagged_after_a_title_or_opening_a_sentence(nlp: Any) -> None:
    from newsbrief.summarizers.actors import extract_actors

    text = """
        Princess Ottilie opened the new harbour museum in Dunmere on Saturday.
        The museum was paid for by a public appeal that raised 4 million pounds.
        Crowds cheered as Ottilie cut the ribbon at the door.
        Ottilie said the building would keep the town's history safe.
        """
    parsed = parsed_with_entities(nlp, text, [("Ottilie", "PERSON"), ("Dunmere", "GPE")])
    for k in (0, 3):  # the recogniser tags the name once only, in the middle of a sentence
        parsed[k].doc.ents = [e for e in parsed[k].doc.ents if e.text != "Ottilie"]
    ottilie = [a for a in extract_actors("", parsed) if a.name == "Ottilie"]
    assert ottilie and ottilie[0].mentions == 3
    # positive control: a word never tagged as a person is no one's name
    untagged = parsed_with_entities(nlp, text, [("Dunmere", "GPE")])
    assert "Ottilie" not in [a.name for a in extract_actors("", untagged)]
