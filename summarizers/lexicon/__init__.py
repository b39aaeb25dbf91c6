"""Word lists and spaCy patterns that the briefing and the answers read, kept as data in one place.

One module per concern (``actors``, ``figures``, ``steps``, ``text``, ``qa``, and ``common`` for
what several share: speech verbs, month names, number words). Rules elsewhere import from here and
match by lemma or lower-cased form; nothing here names or quotes an evaluation article.
"""
