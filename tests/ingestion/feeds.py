"""Feed documents for the tests and the benchmark, in the three families feedparser reads."""

from __future__ import annotations

from xml.sax.saxutils import escape


def rss(items: list[dict], *, title: str = "Example News") -> str:
    parts = []
    for item in items:
        content = (
            f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>" if item.get("content") else ""
        )
        parts.append(
            f"<item><title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>"
            f"<description>{escape(item.get('summary', ''))}</description>"
            f"<pubDate>{item.get('date', 'Mon, 06 Nov 2023 10:00:00 GMT')}</pubDate>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>http://example.org/</link><description>d</description>"
        + "".join(parts)
        + "</channel></rss>"
    )


def atom(items: list[dict]) -> str:
    entries = "".join(
        f"<entry><title>{escape(i['title'])}</title><link href='{escape(i['link'])}'/>"
        f"<id>{escape(i['link'])}</id><updated>2024-01-15T08:00:00Z</updated>"
        f"<summary>{escape(i.get('summary', ''))}</summary></entry>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom News</title><id>urn:x</id><updated>2024-01-15T08:00:00Z</updated>" + entries + "</feed>"
    )


def rdf(items: list[dict]) -> str:
    entries = "".join(
        f"<item rdf:about='{escape(i['link'])}'><title>{escape(i['title'])}</title>"
        f"<link>{escape(i['link'])}</link><description>{escape(i.get('summary', ''))}</description></item>"
        for i in items
    )
    return (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://example.org/"><title>RDF News</title>'
        "<link>http://example.org/</link><description>d</description></channel>" + entries + "</rdf:RDF>"
    )


DESERTION_STORY = (
    "A Russian soldier who deserted from his unit in the Belgorod region last autumn has applied for "
    "asylum in France, after crossing into Kazakhstan and flying on to Istanbul, his lawyer said on Monday. "
    "The man, a mobilised reservist who asked to be identified only by his first name, told reporters "
    "that he left his post after receiving orders to return to the front. He spent several weeks in "
    "Almaty before buying a ticket to Turkey, where he stayed with friends while preparing his "
    "application. French authorities have not commented on the case. Rights groups say hundreds of "
    "Russian servicemen have fled abroad since the mobilisation was announced in September 2022, many of "
    "them through Central Asia and the Caucasus."
)
