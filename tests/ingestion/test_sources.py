"""Sources: claiming the due ones once, polling feeds with conditional GET, backing off."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from cases.models import Article, Source
from cases.services.sources import source_poll, sources_poll_due
from tests.factories import make_source
from tests.ingestion.conftest import send
from tests.ingestion.feeds import DESERTION_STORY, atom, rdf, rss


@pytest.mark.django_db
def test_due_sources_are_claimed_once_however_often_the_beat_runs(django_capture_on_commit_callbacks):
    now = timezone.now()
    due = make_source("https://a.example/feed")
    overdue = make_source("https://b.example/feed", next_poll_at=now - timedelta(hours=1))
    make_source("https://c.example/feed", next_poll_at=now + timedelta(minutes=10))
    make_source("https://d.example/feed", active=False)
    make_source("https://e.example/", kind=Source.Kind.MANUAL)  # not a feed: nothing to poll
    with django_capture_on_commit_callbacks() as sent:
        first = sources_poll_due(now=now)
        second = sources_poll_due(now=now)
        a_minute_later = sources_poll_due(now=now + timedelta(minutes=1))
    assert first == sorted([due.pk, overdue.pk])
    assert second == [] and a_minute_later == []
    assert len(sent) == 2  # one poll task per claimed source
    due.refresh_from_db()
    assert due.next_poll_at == now + timedelta(minutes=30)


@pytest.mark.django_db
def test_polling_a_feed_stores_each_entry_once(web, django_capture_on_commit_callbacks):
    items = [
        {"title": "Deserter seeks asylum", "link": "/story-1?utm_source=rss", "content": DESERTION_STORY},
        {"title": "Teaser only", "link": web.url("/story-2"), "summary": "Short teaser."},
        {"title": "Same link again", "link": web.url("/story-1")},
    ]
    web.page("/feed.xml", rss(items), content_type="application/rss+xml", headers={"ETag": '"abc"'})
    source = make_source(web.url("/feed.xml"), language="en")
    with django_capture_on_commit_callbacks() as sent:
        result = source_poll(source_id=source.pk)
    assert result.new_articles == 2 and not result.error
    full = Article.objects.get(title="Deserter seeks asylum")
    assert full.status == Article.Status.FETCHED and full.text.startswith("A Russian soldier")
    assert full.canonical_url == web.url("/story-1") and full.source == source
    assert full.published.isoformat() == "2023-11-06"
    teaser = Article.objects.get(title="Teaser only")
    assert teaser.status == Article.Status.QUEUED and teaser.text == ""
    assert len(sent) == 2  # extraction for the full text, a fetch for the teaser

    source.refresh_from_db()
    assert source.last_new_articles == 2 and source.error_count == 0 and source.etag == '"abc"'
    assert source.last_polled_at and source.next_poll_at > timezone.now()

    again = source_poll(source_id=source.pk)
    assert again.new_articles == 0 and Article.objects.count() == 2


@pytest.mark.django_db
def test_an_unchanged_feed_is_not_downloaded_again(web, django_capture_on_commit_callbacks):
    def conditional(handler):
        if handler.headers.get("If-Modified-Since") == "Mon, 06 Nov 2023 10:00:00 GMT":
            handler.send_response(304)
            handler.end_headers()
        else:
            body = rss([{"title": "One", "link": "http://example.org/1"}]).encode()
            send(handler, body, content_type="application/rss+xml",
                 headers={"Last-Modified": "Mon, 06 Nov 2023 10:00:00 GMT"})  # fmt: skip

    web.routes["/feed"] = conditional
    source = make_source(web.url("/feed"))
    with django_capture_on_commit_callbacks():
        assert source_poll(source_id=source.pk).new_articles == 1
        second = source_poll(source_id=source.pk)
    assert second.not_modified and second.new_articles == 0
    source.refresh_from_db()
    assert source.last_modified == "Mon, 06 Nov 2023 10:00:00 GMT"


@pytest.mark.django_db
@pytest.mark.parametrize("make_feed", [atom, rdf])
def test_atom_and_rdf_feeds_are_read(web, make_feed, django_capture_on_commit_callbacks):
    items = [{"title": f"Entry {n}", "link": f"http://example.org/e/{n}", "summary": "s"} for n in range(3)]
    web.page("/feed", make_feed(items), content_type="application/xml")
    source = make_source(web.url("/feed"))
    with django_capture_on_commit_callbacks():
        assert source_poll(source_id=source.pk).new_articles == 3
    assert set(Article.objects.values_list("title", flat=True)) == {"Entry 0", "Entry 1", "Entry 2"}


@pytest.mark.django_db
def test_malformed_xml_is_read_as_far_as_it_goes(web, django_capture_on_commit_callbacks):
    broken = rss([{"title": "Fine & dandy", "link": "http://example.org/ok"}]).replace("&amp;", "&")
    broken = broken.replace("</channel></rss>", "<item><title>cut off")
    web.page("/broken", broken, content_type="application/rss+xml")
    source = make_source(web.url("/broken"))
    with django_capture_on_commit_callbacks():
        result = source_poll(source_id=source.pk)
    assert not result.error and result.new_articles == 1


@pytest.mark.django_db
def test_failures_are_recorded_on_the_source_and_back_off(web):
    web.page("/notfeed", "<<< this is no feed >>>", content_type="text/plain")
    web.page("/down", "oops", status=500, content_type="text/plain")
    garbage = make_source(web.url("/notfeed"), poll_interval=10)
    result = source_poll(source_id=garbage.pk)
    assert "not a feed" in result.error
    down = make_source(web.url("/down"), poll_interval=10)
    before = timezone.now()
    source_poll(source_id=down.pk)
    source_poll(source_id=down.pk)
    down.refresh_from_db()
    assert down.error_count == 2 and "HTTP 500" in down.last_error
    # The second failure waits twice the interval.
    assert down.next_poll_at >= before + timedelta(minutes=20)
    assert Article.objects.count() == 0

    web.page("/down", rss([]), content_type="application/rss+xml")
    source_poll(source_id=down.pk)
    down.refresh_from_db()
    assert down.error_count == 0 and down.last_error == ""


@pytest.mark.django_db(transaction=True)
def test_two_beats_at_the_same_moment_never_claim_one_source_twice(purge_queues):
    import threading

    from django.db import connection

    from tracker.celery import app

    now = timezone.now()
    sources = [make_source(f"https://s{n}.example/feed") for n in range(30)]
    claims: list[list[int]] = []
    start = threading.Barrier(4)

    def beat():
        start.wait()
        try:
            claims.append(sources_poll_due(now=now))
        finally:
            connection.close()

    threads = [threading.Thread(target=beat) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    app.control.purge()  # the poll tasks they sent: no worker here to run them
    claimed = [source_id for claim in claims for source_id in claim]
    assert sorted(claimed) == sorted(s.pk for s in sources)
