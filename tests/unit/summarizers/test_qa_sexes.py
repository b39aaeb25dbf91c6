"""The sex reader (:mod:`newsbrief.summarizers.qa.sexes`): one per article, shared by the index and every
question about it. Invented sentences."""

from __future__ import annotations

from newsbrief.summarizers.qa.sexes import sex_reader

STORY = (
    "Ms Orla Vance opened the new ferry terminal at Kestrel Quay on Monday.",
    "Ben Tarrow, who runs the ferry line, said his boats would sail every hour.",
)
PEOPLE = ("Orla Vance", "Ben Tarrow")


def test_one_article_has_one_reader_that_reads_each_persons_sex() -> None:
    read = sex_reader(list(STORY), list(PEOPLE))
    assert sex_reader(STORY, PEOPLE) is read  # a list or a tuple of the same sentences: the same reader
    assert read("Orla Vance") == "f" and read("Tarrow") == "m"
    # control: another article (or other people) gets its own reader
    other = sex_reader(STORY[:1], PEOPLE)
    assert other is not read
    assert other("Orla Vance") == "f" and other("Ben Tarrow") == ""
