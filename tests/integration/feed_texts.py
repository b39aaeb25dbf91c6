"""Feed and article texts written for the ingest tests (fictional places and people), and a
builder for the RSS documents that carry them."""

from __future__ import annotations

from collections.abc import Iterable

RAIL_HT = """<p>About 4,300 train drivers at Brenmoor Rail stopped work on Monday morning, halting nearly every commuter service in and out of the capital after pay talks collapsed late on Sunday.</p>
<p>The Union of Rail Operatives is asking for a 14 per cent rise over two years. Its general secretary, Dana Kessler, said members had run out of patience with offers that fell behind prices. The company has offered 6 per cent.</p>
<p>Brenmoor Rail's chief executive, Oskar Venn, called the walkout deeply damaging for passengers and said the firm would return to the table on Friday. The strike is due to last 48 hours.</p>"""
TIMETABLE_HT = """<p>Brenmoor Rail will run 40 extra late-night trains from December under a winter timetable published on Monday.</p>
<p>The operator said journeys between the airport and the city centre would be cut to 22 minutes. Planning director Ruth Amsel said the changes followed a survey of 9,000 passengers who had asked for later services on weekdays.</p>
<p>The timetable takes effect on 13 December, and printed copies will be available at every staffed station from next week.</p>"""
AIR_STRIKE = """<p>An air strike hit the crowded market in the town of Oskel on Monday, killing nine civilians and wounding 31, according to the regional health office.</p>
<p>The Tarvian Defence Ministry said its jets had targeted a weapons depot and denied hitting the market. Residents said the bombs fell during the busiest hour of the morning.</p>
<p>The United Nations envoy for the region, Marta Lind, called for an independent investigation and said she would travel to Oskel later this week.</p>"""


def rss(title: str, items: Iterable[tuple[str, str, str, str]]) -> bytes:
    """RSS 2.0 with content:encoded; items are (guid, title, link, html)."""
    body = "".join(
        f'<item><guid isPermaLink="false">{guid}</guid><title>{t}</title><link>{link}</link>'
        f"<pubDate>Mon, 23 Nov 2026 09:00:00 +0000</pubDate><description>{t}</description>"
        f"<content:encoded><![CDATA[{html}]]></content:encoded></item>"
        for guid, t, link, html in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{title}</title><link>https://example.org/</link>{body}</channel></rss>"
    ).encode()


XML = {"Content-Type": "application/rss+xml"}
