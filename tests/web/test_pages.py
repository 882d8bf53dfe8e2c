import pytest

from tests.factories import make_proposal

PAGES = ["/", "/review/", "/cases/", "/articles/", "/articles/new/", "/cases/export.csv"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_visitors_are_sent_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/login/")


@pytest.mark.django_db
def test_a_researcher_cannot_review(researcher_client):
    proposal = make_proposal()
    assert researcher_client.get("/review/").status_code == 403
    assert researcher_client.post(f"/review/{proposal.pk}/approve/", {}).status_code == 403
    assert researcher_client.get("/cases/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/review/", "/cases/", "/articles/", "/cases/export.csv"])
def test_an_outsider_sees_nothing(outsider_client, url):
    assert outsider_client.get(url).status_code == 403


@pytest.mark.django_db
def test_the_proposal_page_highlights_evidence(editor_client):
    proposal = make_proposal()
    page = editor_client.get(f"/review/{proposal.pk}/").content.decode()
    assert '<mark id="ev-origin"' in page


@pytest.mark.django_db
def test_rejecting_from_the_page(editor_client):
    proposal = make_proposal()
    response = editor_client.post(f"/review/{proposal.pk}/reject/", {"reason": "wrong", "note": ""})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == "rejected"


@pytest.mark.django_db
def test_an_article_title_is_escaped(editor_client):
    proposal = make_proposal()
    proposal.article.title = "<script>alert(1)</script>"
    proposal.article.save()
    page = editor_client.get(f"/review/{proposal.pk}/").content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page


@pytest.mark.django_db
def test_health_check_answers_without_login(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"


def test_cached_url_gives_what_url_gives_under_any_script_prefix():
    from django.urls import reverse, set_script_prefix

    from cases.templatetags.cases_extras import cached_url

    assert cached_url("case-report", "origin") == reverse("case-report", args=["origin"])
    set_script_prefix("/tracker/")
    try:
        assert cached_url("case-list") == "/tracker/cases/" == reverse("case-list")
    finally:
        set_script_prefix("/")
    assert cached_url("case-list") == "/cases/"
