"""Rendering briefings, answers and digests for each platform; all escaping lives here."""
