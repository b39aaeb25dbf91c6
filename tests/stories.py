"""Hand-made briefings shared by the clustering tests (unit) and the ingest-order tests (integration):
two events, a report that links them, a look-alike and an event of its own."""

from __future__ import annotations

from newsbrief.summarizers.types import Actor, Briefing, Figure


def briefing_of(title: str, people: tuple[str, ...], words: str, figures: tuple[str, ...] = ()) -> Briefing:
    """A hand-made briefing: ``people`` as actors, ``words`` as its only sentence."""
    return Briefing(
        title=title,
        summary=(words,),
        actors=tuple(Actor(name=p, kind="PERSON") for p in people),
        figures=tuple(Figure(value=v, context="", sentence=words) for v in figures),
        sentences=(words,),
    )


# Two events, a report that covers both (it links them: one story), a look-alike that shares a
# single name with the first event and nothing else, and an event of its own.
HARBOUR_A = briefing_of(
    "Harbour cranes stop",
    ("Ilse Marren", "Tomas Vell"),
    "Dock workers stopped the harbour cranes over pay; Ilse Marren and Tomas Vell spoke at the gate.",
    ("600", "9%"),
)
HARBOUR_B = briefing_of(
    "Harbour talks collapse",
    ("Ilse Marren", "Tomas Vell"),
    "Talks on dock pay collapsed at the harbour as Ilse Marren walked out and Tomas Vell blamed the port board.",
    ("600", "9%"),
)
PORT_BOARD = briefing_of(
    "Port board replies",
    ("Greta Solm", "Anil Prader"),
    "The port board under Greta Solm and Anil Prader rejected the dock pay claim and closed the harbour.",
    ("4", "12%"),
)
BRIDGE = briefing_of(
    "Harbour dispute widens",
    ("Ilse Marren", "Tomas Vell", "Greta Solm", "Anil Prader"),
    "Ilse Marren and Tomas Vell led dock workers out of the harbour while Greta Solm and Anil Prader of the port board refused to talk.",
    ("600", "9%", "4", "12%"),
)
LOOKALIKE = briefing_of(
    "Marren opens bakery",
    ("Ilse Marren",),
    "A bakery opened in the old town; its owner Ilse Marren sells rye bread.",
)
OTHER = briefing_of(
    "Glacier retreats",
    ("Oda Fjell",),
    "The Kalvik glacier lost 40 metres this summer, Oda Fjell of the survey office said.",
    ("40",),
)
