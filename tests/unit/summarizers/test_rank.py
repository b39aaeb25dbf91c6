"""Summary selection: reading order, no repeats, count, and preferring informative sentences."""

from __future__ import annotations

import pytest

from newsbrief.summarizers.rank import RankWeights, select_summary, sentence_scores, summary_penalty

STORY = [
    "The regional water board on Tuesday approved a 120 million dollar plan to replace lead pipes in Easton.",
    "About 14,000 homes are still supplied through lead service lines, according to the board's own survey.",
    "Work will start in the northern districts in March and is due to be finished within six years.",
    "Board chair Rosa Milne said the project was the largest in the utility's history.",
    "Residents will not pay for the work on their side of the meter, the board said.",
    "Some council members had asked for the plan to be completed in four years instead of six.",
    "The board will publish a map of the affected streets on its website next month.",
]


def test_returns_indices_in_reading_order_and_respects_count() -> None:
    for count in (1, 2, 3, 5):
        picked = select_summary(STORY, count)
        assert len(picked) == count
        assert picked == sorted(picked)
        assert len(set(picked)) == count
        assert all(0 <= i < len(STORY) for i in picked)


def test_short_inputs_and_zero_count() -> None:
    assert select_summary([], 3) == []
    assert select_summary(STORY, 0) == []
    assert select_summary(STORY[:2], 3) == [0, 1]


def test_lede_is_chosen() -> None:
    assert 0 in select_summary(STORY, 3)


def test_duplicate_sentence_is_not_repeated() -> None:
    doubled = [STORY[0], STORY[0], STORY[1], STORY[1], *STORY[2:]]
    picked = select_summary(doubled, 3)
    texts = [doubled[i] for i in picked]
    assert len(set(texts)) == len(texts) == 3


def test_near_duplicate_loses_to_new_information() -> None:
    near = STORY[0].replace("on Tuesday approved", "approved on Tuesday")
    sentences = [STORY[0], near, *STORY[1:]]
    picked = select_summary(sentences, 3)
    assert not {0, 1} <= set(picked)
    assert len(picked) == 3


def test_unsuitable_sentences_are_skipped() -> None:
    sentences = [
        "EASTON —",
        "What does this mean for residents?",
        '"It is a historic day."',
        "Photos",
        *STORY,
    ]
    picked = select_summary(sentences, 3)
    assert all(i >= 4 for i in picked)


def test_penalty_orders_sentence_kinds() -> None:
    good = summary_penalty(STORY[0])
    assert good == 0.0
    assert summary_penalty("Will the board keep its promise to the residents of Easton?") > good
    assert summary_penalty('"We have waited for this for twenty years and it is finally here."') > good
    assert summary_penalty("Board chair Rosa Milne at the meeting in Easton on Tuesday") > good
    assert summary_penalty("It was approved.") >= 1.0


def test_position_prior_weight_moves_the_choice() -> None:
    sentences = [
        "Board chair Rosa Milne said the project was the largest in history.",
        "Residents will not pay for any of the work on their side of the meter.",
        "Some council members asked for completion in four years rather than six.",
        "Board chair Milne said residents will pay nothing and council members agreed to six years.",
        "A map of the affected streets appears online next month.",
    ]
    by_position = select_summary(sentences, 1, RankWeights(position=1.0, centrality=0.0))
    by_centrality = select_summary(sentences, 1, RankWeights(position=0.0, centrality=1.0))
    assert by_position == [0]
    assert by_centrality == [3]  # the sentence that shares words with all the others


def test_scores_one_per_sentence() -> None:
    scores = sentence_scores(STORY)
    assert len(scores) == len(STORY)
    assert scores[0] == max(scores)


@pytest.mark.parametrize("count", [3])
def test_window_limits_candidates(count: int) -> None:
    long_story = [
        f"Filler sentence number {i} about the weather in a town far away from here." for i in range(60)
    ]
    picked = select_summary(long_story, count, RankWeights(window=10))
    assert all(i < 10 for i in picked)


@pytest.mark.parametrize(
    "sentence",
    [
        'And so I think the board is definitely on the right road now."',
        "We know where the old pipes are and we know how to replace them.",
    ],
)
def test_middle_of_a_quotation_is_penalised(sentence: str) -> None:
    assert summary_penalty(sentence) >= 0.5


def test_possessive_apostrophe_is_not_a_quotation() -> None:
    assert summary_penalty("The workers’ union and the residents’ group backed the plan on Tuesday.") == 0.0


def test_caption_with_label_is_penalised() -> None:
    assert (
        summary_penalty("Long wait: Residents queue for water at a tanker in northern Easton on Tuesday.")
        >= 0.5
    )
