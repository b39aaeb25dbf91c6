"""The title of a scraped page: not its section label, and without a tabloid label before it.

The pages are written for these tests.
"""

from __future__ import annotations

from newsbrief.summarizers.text import clean_article

BODY = (
    "The harbour board approved a new ferry terminal on Tuesday after a two-year planning fight. "
    "Work is due to start in the spring, the board said."
)


def test_a_two_part_section_label_is_not_the_title() -> None:
    page = f"Transport | Ferries\n\nHarbour board backs new ferry terminal at Brackwater\n\n{BODY}"
    clean = clean_article(page)
    assert clean.title == "Harbour board backs new ferry terminal at Brackwater"
    assert all("Transport | Ferries" not in p for p in clean.paragraphs)
    # control: a headline that ends with its site's name after a bar is still the title
    site = clean_article(f"Harbour board backs new ferry terminal at Brackwater | Coast Post\n\n{BODY}")
    assert site.title is not None and site.title.startswith("Harbour board backs")


def test_a_tabloid_label_before_the_headline_is_cut() -> None:
    clean = clean_article(f"EXCLUSIVE: Harbour board backs new ferry terminal after secret talks\n\n{BODY}")
    assert clean.title == "Harbour board backs new ferry terminal after secret talks"
    # control: a headline that opens with a name and a colon keeps it
    named = clean_article(f"Brackwater: Harbour board backs new ferry terminal after secret talks\n\n{BODY}")
    assert named.title is not None and named.title.startswith("Brackwater:")
