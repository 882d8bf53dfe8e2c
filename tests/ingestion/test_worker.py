"""End to end through Redis and a real worker: a local feed becomes articles, then proposals."""

from __future__ import annotations

import pytest

from cases.models import Article, CaseProposal, Source
from cases.tasks import sources_poll_due_task
from tests.conftest import wait_for
from tests.ingestion.conftest import article_html
from tests.ingestion.feeds import DESERTION_STORY, rss

OTHER_STORY = (
    "Two brothers from Buryatia who refused the call-up in 2022 crossed into Mongolia on foot and later "
    "reached Germany, where they applied for asylum, a human rights group said. Both had received summons "
    "to report for mobilisation and left the same week, travelling through Ulaanbaatar and Istanbul before "
    "flying to Frankfurt. Their lawyer said the German authorities had interviewed them in March and that "
    "a decision was still pending. Germany has granted protection to some Russian draft evaders but has "
    "refused others, saying that the risk of prosecution alone was not enough."
)


@pytest.fixture
def private_fetch_env(monkeypatch):
    # The worker is another process: the test server on loopback must be allowed there too.
    monkeypatch.setenv("TRACKER_FETCH_ALLOW_PRIVATE", "true")


@pytest.fixture
def ingest_worker(private_fetch_env, celery_worker_process):
    return celery_worker_process


@pytest.mark.worker
def test_a_due_feed_is_polled_and_its_entries_become_proposals_through_a_worker(web, ingest_worker):
    teaser_page = web.page("/news/brothers", article_html("Brothers flee the draft", [OTHER_STORY]))
    items = [
        {
            "title": "Deserter seeks asylum in France",
            "link": web.url("/news/deserter"),
            "content": DESERTION_STORY,
        },
        {"title": "Brothers flee the draft", "link": teaser_page, "summary": "Two brothers fled."},
    ]
    web.page("/feed.xml", rss(items), content_type="application/rss+xml")
    source = Source.objects.create(name="Local news", url=web.url("/feed.xml"), language="en")

    sources_poll_due_task.delay()  # what beat sends every minute

    def both_extracted():
        articles = Article.objects.filter(source=source)
        done = [a for a in articles if a.status in ("extracted", "irrelevant", "failed")]
        return len(done) == 2 and articles

    articles = wait_for(both_extracted, timeout=90)
    assert {a.status for a in articles} == {"extracted"}, [
        (a.title, a.status, a.last_error) for a in articles
    ]
    assert CaseProposal.objects.filter(article__source=source, status="pending").count() >= 2
    source.refresh_from_db()
    assert source.last_new_articles == 2 and source.error_count == 0 and source.last_polled_at
    # The teaser's page was fetched by the worker; the full-text entry's page never was.
    paths = [path for path, _ in web.requests]
    assert "/news/brothers" in paths and "/news/deserter" not in paths
