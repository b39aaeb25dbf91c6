"""What a follow-up's "his party", "that opponent" and the thread's people mean (qa21). Invented sentences."""

from __future__ import annotations

from newsbrief.summarizers.qa import ConversationState, engine
from newsbrief.summarizers.qa.conversation import Turn, advance
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import index_article
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Actor, Answer, Briefing, Citation

W = engine.WEIGHTS
LEM = lemmatizer(None)

VOTE = (
    "Lena Sorel won the mayoral vote in Brackwater on Sunday, beating Ivo Brandt by four points.",
    "Brandt conceded late in the evening, and his Harbour League has run the town for nine years.",
    "Sorel said she would cut the ferry fares first.",
)


def people_briefing(title: str, sentences: tuple[str, ...], people: tuple[str, ...], aid: str) -> Briefing:
    """A one-article briefing whose actors are ``people``."""
    actors = tuple(Actor(p, kind="PERSON") for p in people)
    return Briefing(
        title=title, summary=sentences[:1], actors=actors, article_ids=(aid,), sentences=sentences
    )


def resolve(briefing: Briefing, question: str, state: ConversationState) -> engine._Context:
    """What ``question`` brings from ``state``, about ``briefing``'s article."""
    arts = engine._articles([briefing])
    q = analyse(question, LEM)
    return engine._resolve(q, state, LEM, W, engine._lead(arts), engine._sexes(arts), engine._people(arts))


def _resolve(question: str, state: ConversationState) -> engine._Context:
    return resolve(
        people_briefing("Brackwater votes", VOTE, ("Lena Sorel", "Ivo Brandt"), "vote-1"), question, state
    )


def _after_who_lost() -> ConversationState:
    turn = Turn("Who lost the vote?", "Ivo Brandt \u2014 ...", True, ("vote-1",), position=0)
    return advance(ConversationState(), turn, people=["Ivo Brandt", "Lena Sorel"])


def test_his_party_never_named_means_the_person_his_points_to() -> None:
    ctx = _resolve("How long has his party run the town?", _after_who_lost())
    assert ctx.query.get("brandt") == W.referent
    assert ctx.person == "Ivo Brandt"


def test_her_bank_named_earlier_is_that_bank_and_no_person() -> None:
    turn = Turn("Which bank lent the money?", "Corlan Bank \u2014 ...", True, ("vote-1",), position=0)
    state = advance(ConversationState(), turn, people=["Lena Sorel"], groups=["Corlan Bank"])
    ctx = _resolve("What did her bank charge?", state)
    assert ctx.query.get("corlan") == W.referent
    assert ctx.person == ""


def test_that_opponent_is_a_person_named_earlier_not_the_last_topic() -> None:
    turn = Turn("Who did Lena Sorel beat?", "Ivo Brandt \u2014 ...", True, ("vote-1",), position=0)
    state = advance(
        ConversationState(), turn, people=["Ivo Brandt", "Lena Sorel"], things=["lena sorel beat"]
    )
    ctx = _resolve("Where does that opponent train?", state)
    assert ctx.query.get("brandt") == W.referent
    assert ctx.person == "Ivo Brandt"


def test_which_asks_for_a_person_when_its_noun_names_only_people() -> None:
    q = analyse("Which golfer won the open?", LEM)
    assert engine._kind("Tobin Ferro", q, True, "") == "PERSON"
    # a noun that names other things too ("legend"): the recogniser's PERSON tag decides
    q = analyse("Which legend missed the dinner?", LEM)
    assert engine._kind("Tobin Ferro", q, True, "PERSON") == "PERSON"
    assert engine._kind("Velden Stars", q, True, "") == "GROUP"


def test_the_possessor_comes_after_the_person_the_question_is_about() -> None:
    q = analyse("What did Nell Arvo's coach Tam Oduya promise?", LEM)
    res = engine._Result(Answer(q.text, "...", True), "", None)
    people = engine._named(q, res, {"Nell Arvo": "PERSON", "Tam Oduya": "PERSON"})[0]
    assert people == ["Tam Oduya", "Nell Arvo"]


def test_a_name_the_article_calls_she_is_a_person_whatever_its_tag() -> None:
    q = analyse("What did Orla Venn sing at the gala?", LEM)
    res = engine._Result(Answer(q.text, "...", True), "", None)
    named = engine._named(q, res, {}, None, lambda name: "f" if name == "Orla Venn" else "")
    assert named[0] == ["Orla Venn"]
    assert "Orla Venn" not in named[1]
    # a lone word the nearest pronoun follows ("Halden ... his") is more often a team or a town
    q = analyse("What did Halden win at the regatta?", LEM)
    res = engine._Result(Answer(q.text, "...", True), "", None)
    named = engine._named(q, res, {}, None, lambda name: "m")
    assert named[0] == []
    assert "Halden" in named[1]


def test_a_who_answer_that_is_no_person_leaves_the_sentences_people_for_he_and_she() -> None:
    crash = ("Dunmore Police veteran Sgt Hal Brenner was hurt when the van hit the barrier.",)
    passage = index_article(crash, 0, Citation("crash-1", crash[0]), LEM)[0]
    q = analyse("Which sergeant was hurt in the crash?", LEM)
    res = engine._Result(Answer(q.text, "...", True), "Dunmore Police", passage)
    named = engine._named(q, res, {"Hal Brenner": "PERSON", "Dunmore Police": "ORG"})
    assert named[0] == ["Hal Brenner"]
    assert "Dunmore Police" in named[1]


def test_a_name_question_answered_by_its_sentence_makes_the_new_person_the_next_he() -> None:
    quote = ("Harbour chief Hal Brenner said Ivo Brandt had misread the tide tables.",)
    passage = index_article(quote, 0, Citation("tide-1", quote[0]), LEM)[0]
    q = analyse("And the harbour chief's name?", LEM)
    res = engine._Result(Answer(q.text, quote[0], True), "", passage)
    kinds = {"Ivo Brandt": "PERSON", "Hal Brenner": "PERSON"}
    # Ivo Brandt was named earlier in the thread: the new person the sentence names comes first
    assert engine._named(q, res, kinds, None, known=("Ivo Brandt",))[0] == ["Hal Brenner"]
