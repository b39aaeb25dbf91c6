"""A title passed first to ``parse_groups`` only counts for positions: it goes through no model."""

from __future__ import annotations

from spacy.language import Language

from newsbrief.summarizers.facets import extract_facets, facets_from_parsed
from newsbrief.summarizers.parse import ParsedSentence, parse_groups, split_title

# invented
TITLE = "Harbour Board of Quellmouth picks Dara Veski to run the ferry yard"
BODY = [
    "The Harbour Board of Quellmouth named Dara Veski director of its ferry yard on Tuesday.",
    "Veski, 51, ran a boatbuilder in Tallow Bay for nine years.",
    "She starts in March and plans to hire 40 welders by the end of the year.",
    "The yard had been without a director since the last one left.",
    "Board chair Emil Sarn said the choice was unanimous.",
]


def _reading(parsed: list[ParsedSentence]) -> list[tuple[object, ...]]:
    return [
        (
            p.index,
            p.text,
            p.parsed,
            p.credit,
            [(e.text, e.label_) for e in p.doc.ents],
            [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in p.doc],
        )
        for p in parsed
    ]


def test_a_title_is_not_run_through_the_models(nlp: Language) -> None:
    titled, control = parse_groups(nlp, [[TITLE, *BODY], [TITLE, *BODY]], titled=[True, False])
    assert not titled[0].parsed and not titled[0].doc.ents and not titled[0].doc.has_annotation("DEP")
    # control: the same title in a group without the flag is recognised and parsed
    assert control[0].parsed and control[0].doc.ents
    # the body reads the same either way, at the same positions (the title still counts for them)
    assert _reading(split_title(TITLE, titled)) == _reading(split_title(TITLE, control))
    assert [p.index for p in split_title(TITLE, titled)] == list(range(len(BODY)))


def test_facets_of_a_titled_article_are_unchanged(nlp: Language) -> None:
    facets = extract_facets(nlp, TITLE, BODY)
    parsed = split_title(TITLE, parse_groups(nlp, [[TITLE, *BODY]])[0])
    assert facets == facets_from_parsed(TITLE, parsed)
    assert facets.actors  # control: the article has actors to compare
