"""Captions that only the parse shows (``newsbrief.summarizers.parse``): glued-on captions cut off, present-tense
picture captions marked, and marked sentences kept out of the summary. Each "removed" case has a
body sentence of the same words beside it that is kept."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.parse import is_present_caption, parse_sentences
from newsbrief.summarizers.rank import select_summary
from newsbrief.summarizers.types import Article
from tests.unit.summarizers.facet_texts import LEAD_SENTENCE, parsed_after_lead

GLUED = (
    "The festival has fallen on a Sunday this year, meaning most shops will stay shut on Monday "
    "Norwegian city councils came together for a summit in 2019 to try and make opening hours consistent."
)
BODY = "Norwegian city councils came together for a summit in 2019 to try and make opening hours consistent."
SAID_THAT = "The mayor told reporters on Monday Harbour officials would publish the 14 million euro plan."


def test_a_caption_glued_onto_a_sentence_is_cut_off(nlp: Any) -> None:
    p = parsed_after_lead(nlp, GLUED)
    assert p.text == BODY and not p.credit
    assert p.doc.text.strip() == BODY  # parsed again on its own


def test_a_sentence_that_reports_a_clause_is_not_cut(nlp: Any) -> None:
    # positive controls: the same words as one sentence, and a complement clause after "told ... on Monday"
    assert parsed_after_lead(nlp, BODY).text == BODY
    p = parsed_after_lead(nlp, SAID_THAT)
    assert p.text == SAID_THAT and not p.credit


def test_two_clauses_run_together_are_marked_and_a_coordinated_pair_is_not(nlp: Any) -> None:
    run_on = "Rents rose 9 per cent in 2024 prices could rise again next year."
    joined = "Rents rose 9 per cent in 2024, and prices could rise again next year."
    assert parse_sentences(nlp, [LEAD_SENTENCE, run_on])[1].credit
    assert not parse_sentences(nlp, [LEAD_SENTENCE, joined])[1].credit


def _doc(nlp: Any, text: str) -> Any:
    return nlp(text)


def test_a_present_tense_caption_with_a_past_date_is_a_caption(nlp: Any) -> None:
    caption = "Mayor Ann Delacroix and Governor Tom Hale open the old quay in June 2019."
    said = "Mayor Ann Delacroix says the old quay opened in June 2019."
    assert is_present_caption(_doc(nlp, caption), 2026)
    # positive controls: the past tense, a date ahead, and speech are story text
    assert not is_present_caption(_doc(nlp, "Mayor Ann Delacroix opened the old quay in June 2019."), 2026)
    assert not is_present_caption(_doc(nlp, "Mayor Ann Delacroix opens the new quay in June 2026."), 2026)
    assert not is_present_caption(_doc(nlp, said), 2026)


def test_a_person_posing_or_seen_in_the_present_is_a_caption(nlp: Any) -> None:
    assert is_present_caption(_doc(nlp, "Ann Delacroix poses with the trophy outside the town hall."))
    assert is_present_caption(_doc(nlp, "Ann Delacroix is seen leaving the court in Velmar."))
    # positive controls
    assert not is_present_caption(_doc(nlp, "Ann Delacroix poses a threat to the mayor's majority."))
    assert not is_present_caption(_doc(nlp, "Ann Delacroix was seen leaving the court in Velmar."))


def test_the_summary_never_takes_an_avoided_sentence() -> None:
    sentences = [
        "The port authority of Velmar approved a plan to rebuild the northern quay after the storm.",
        "Mayor Ann Delacroix and Governor Tom Hale open the old quay in June 2019.",
        "Harbour officials said the repair would take two years and cost 14 million euros in total.",
        "Fishermen said they had lost most of the autumn season while the quay stayed closed.",
    ]
    assert 1 in select_summary(sentences, 3)  # without ``avoid`` it would be chosen
    picked = select_summary(sentences, 3, avoid={1})
    assert 1 not in picked and len(picked) == 3
    assert select_summary(sentences[:1], 3, avoid={0}) == [0]  # all avoided: still a summary


def test_a_briefing_keeps_captions_out_of_summary_and_sentences() -> None:
    text = " ".join(
        [
            LEAD_SENTENCE,
            "Mayor Ann Delacroix and Governor Tom Hale open the old quay in June 2019.",
            GLUED,
            "Fishermen said they had lost most of the autumn season while the quay stayed closed.",
        ]
    )
    b = BriefingEngine().build(Article(id="velmar", text=text))
    blob = " ".join(b.summary)
    assert "open the old quay" not in blob and "stay shut" not in blob
    assert BODY in b.sentences  # the body sentence the caption was glued to is kept
    assert not any("stay shut" in s for s in b.sentences)


def test_a_clause_glued_on_with_no_conjunction_of_its_own_is_cut_off(nlp: Any) -> None:
    # the "and" joins the caption's own verbs; the last clause follows "season" with nothing between
    rest = "Harbour officials initially tried to secure a minister to open the new quay."
    glued = (
        "Petra Hale is now a harbour pilot but sailed for Velmar during her years as a racer and has been "
        "invited to open the regatta before the end of the season " + rest
    )
    assert parsed_after_lead(nlp, glued).text == rest
    # positive controls: the same clause joined by a conjunction, or a comma and a conjunction
    for joined in (
        "Petra Hale is now a harbour pilot but sailed for Velmar during her years as a racer and " + rest,
        "Petra Hale is now a harbour pilot but sailed for Velmar during her years as a racer, and " + rest,
    ):
        assert parsed_after_lead(nlp, joined).text == joined


COUNTING_CAPTION = (
    "The festival drew 340 visitors on a Sunday this year, and most shops will stay shut on Monday"
)


def test_a_counting_clause_cut_off_as_a_caption_still_gives_its_figure(nlp: Any) -> None:
    from newsbrief.summarizers.figures import extract_figures

    parsed = parse_sentences(nlp, [LEAD_SENTENCE, f"{COUNTING_CAPTION} {BODY}"])
    p = parsed[1]
    assert p.text == BODY  # the sentence proper, as the summary and the other facets read it
    assert p.lead_doc is not None and p.lead_doc.text == COUNTING_CAPTION
    figures = {f.value: f for f in extract_figures("", parsed)}
    assert "340 visitors" in figures
    # its line's sentence is the caption's stretch the figure reads from, not the caption's other words
    assert figures["340 visitors"].sentence in COUNTING_CAPTION
    assert figures["340 visitors"].context in figures["340 visitors"].sentence
    assert "most shops will stay shut" not in figures["340 visitors"].sentence
    assert figures["340 visitors"].context in COUNTING_CAPTION  # the caption's own words
    # positive control: a glued caption that counts nothing gives no clause to read
    assert parse_sentences(nlp, [LEAD_SENTENCE, GLUED])[1].lead_doc is None


def test_only_a_clause_with_a_subject_a_finite_verb_and_a_number_is_read(nlp: Any) -> None:
    from newsbrief.summarizers.parse import _counting_clause

    def whole(text: str) -> Any:
        doc = nlp(text)
        return doc[: len(doc)]

    assert _counting_clause(whole("The storm destroyed 340 homes along the northern coast"))
    assert not _counting_clause(whole("Rescue crews in orange jackets with 340 sandbags beside the valley"))
    assert not _counting_clause(whole("The storm destroyed most homes along the northern coast"))


def test_a_caption_the_parse_hangs_on_the_next_subject_is_cut_off(nlp: Any) -> None:
    # the caption's verb read as a modifier of the next sentence's subject ("celebrates ... Delacroix"),
    # or as a noun, making a second subject of the next sentence's verb ("Ann Delacroix waves")
    rests = (
        "Hale has won 12 titles with the club since he joined it.",
        "Delacroix has raised 14 million euros for the new quay this year.",
    )
    captions = (
        "Tom Hale poses with the trophy after the final against Velmar in June 2018",
        "Ann Delacroix waves to fans at the harbour gala in Velmar in May 2019",
    )
    for caption, rest in zip(captions, rests, strict=True):
        assert parsed_after_lead(nlp, f"{caption} {rest}").text == rest
        # positive control: the same words with a stop between them are two sentences, none cut
        assert parsed_after_lead(nlp, rest).text == rest


def test_coordinated_subjects_are_not_cut(nlp: Any) -> None:
    # control: two subjects joined by "and" are one sentence
    sentence = "The mayor and harbour master Tom Hale have both signed the plan for the rebuilt quay."
    assert parsed_after_lead(nlp, sentence).text == sentence
