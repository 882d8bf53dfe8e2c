"""A name withheld is withheld everywhere (cases.withholding).

One case, built the hard way: the editor replaced the person's real name by a pseudonym at
approval, the article also names a companion the case does not record, and the source URL
spells the real name. A reader without `cases.view_names`, and the public, must meet none
of the three names on any surface: the case page, its history, the API (detail and list),
the public page, and search.
"""

from __future__ import annotations

import pytest

from cases import withholding
from cases.services.proposals import proposal_approve
from tests.factories import CASE_FIELDS, make_article, make_proposal

REAL = "Tarik Umbetov"
COMPANION = "Ruslan Kadyrbek"
PSEUDONYM = "Max"
URL = "https://news.example.org/2024/05/tarik-umbetov-deserter-reaches-georgia"
SECRETS = ("Umbetov", "Tarik", "Kadyrbek", "umbetov")


@pytest.fixture
def case(db, editor):
    article = make_article(
        url=URL,
        canonical_url=URL,
        title=f"Deserter {REAL} reaches Georgia",
        text=(
            f"{REAL}, 27, a contract soldier, deserted in May and crossed into Georgia. "
            f"His friend {COMPANION}, 29, crossed with him, Umbetov says. Both applied for asylum."
        ),
        language="en",
    )
    proposal = make_proposal(article, fields={**CASE_FIELDS, "names": [REAL]})
    return proposal_approve(
        proposal_id=proposal.pk,
        actor=editor,
        changes={"names": [PSEUDONYM]},
        pseudonyms=[PSEUDONYM],
        summary=f"A contract soldier who fled with a friend; {REAL} asked to be called {PSEUDONYM}.",
        visibility="public",
    )


def _clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, secret


def test_every_name_known_for_the_case_is_withheld(case) -> None:
    names = withholding.names_for_case(case)
    assert PSEUDONYM in names and REAL in names  # now and before the edit
    assert any("Kadyrbek" in n for n in names)  # named only in the article


def test_a_reader_without_names_meets_none_of_them(client, researcher_without_names, case) -> None:
    client.force_login(researcher_without_names)
    page = client.get(f"/cases/{case.pk}/").content.decode()
    _clean(page)
    assert "[name withheld]" in page
    assert "news.example.org/[name withheld]" in page  # the site stays as provenance
    detail = client.get(f"/api/cases/{case.pk}/").json()
    listing = client.get("/api/cases/").json()
    _clean(str(detail))
    _clean(str(listing))
    assert detail["sources"][0]["url"] == "https://news.example.org/[name withheld]"
    for query in ("Umbetov", "Kadyrbek", "Tarik"):
        assert client.get("/api/cases/", {"q": query}).json()["results"] == []
        assert client.get("/cases/", {"q": query}).status_code == 200
    # Words that are not names still find the case.
    assert [r["id"] for r in client.get("/api/cases/", {"q": "reaches"}).json()["results"]] == [case.pk]


def test_the_public_never_sees_a_name(client, case, settings) -> None:
    settings.TRACKER_PUBLIC_VIEW = True
    page = client.get(f"/public/cases/{case.pk}/")
    assert page.status_code == 200
    _clean(page.content.decode())
    assert URL not in page.content.decode()


def test_who_may_see_names_sees_them(client, researcher, case) -> None:
    client.force_login(researcher)
    page = client.get(f"/cases/{case.pk}/").content.decode()
    assert REAL in page and URL in page
    assert client.get(f"/api/cases/{case.pk}/").json()["sources"][0]["url"] == URL


def test_a_url_without_a_name_is_kept_whole() -> None:
    assert withholding.url("https://news.example.org/story-12", ["Tarik Umbetov"]) == (
        "https://news.example.org/story-12"
    )
    assert withholding.url("https://n.example/a?who=Tarik%20Umbetov", ["Tarik Umbetov"]) == (
        "https://n.example/[name withheld]"
    )


def test_the_csv_withholds_a_name_in_a_source_url(client, researcher_without_names, researcher, case) -> None:
    client.force_login(researcher_without_names)
    response = client.get("/cases/export.csv")
    body = b"".join(response.streaming_content).decode()
    _clean(body)
    assert "https://news.example.org/[name withheld]" in body
    client.force_login(researcher)
    body = b"".join(client.get("/cases/export.csv").streaming_content).decode()
    assert URL in body


@pytest.fixture
def coder(db, django_user_model):
    """A reviewer who may code proposals but not see names (a volunteer coder)."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="coder", password="pw-coder")
    codenames = ["review_proposal", "view_case", "view_article", "view_caseproposal"]
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="cases", codename__in=codenames)
    )
    return user


def test_a_coder_without_names_reviews_proposals_without_them(client, coder, editor, db) -> None:
    article = make_article(
        title=f"Deserter {REAL} reaches Georgia",
        text=f"{REAL}, 27, a contract soldier, deserted in May. His friend {COMPANION}, 29, fled too.",
        language="en",
    )
    make_proposal(
        article,
        fields={**CASE_FIELDS, "names": [REAL]},
        evidence={"names": [{"text": REAL, "sentence": f"{REAL}, 27, a contract soldier, deserted in May."}]},
    )
    client.force_login(coder)
    response = client.get("/api/proposals/")
    assert response.status_code == 200
    _clean(str(response.json()))
    assert "[name withheld]" in str(response.json())
    client.force_login(editor)
    assert REAL in str(client.get("/api/proposals/").json())


def test_the_admin_hides_models_with_names_from_staff_without_them(client, case, django_user_model) -> None:
    from django.contrib.auth.models import Permission

    staff = django_user_model.objects.create_user(username="staff", password="pw-staff", is_staff=True)
    codenames = ["view_case", "view_person", "view_article", "view_auditevent", "view_source"]
    staff.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="cases", codename__in=codenames)
    )
    client.force_login(staff)
    for path in (f"/admin/cases/case/{case.pk}/change/", "/admin/cases/person/", "/admin/cases/article/",
                 "/admin/cases/auditevent/"):  # fmt: skip
        assert client.get(path).status_code == 403, path
    assert client.get("/admin/cases/source/").status_code == 200  # feeds name no one


def test_the_admin_shows_people_to_an_admin(client, case, admin_user) -> None:
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save()
    client.force_login(admin_user)
    assert 'id="people-group"' in client.get(f"/admin/cases/case/{case.pk}/change/").content.decode()


def test_review_pages_with_whole_articles_need_the_names_permission(client, coder, db) -> None:
    proposal = make_proposal(make_article(text=f"{REAL}, 27, deserted.", language="en"))
    client.force_login(coder)
    assert client.get(f"/review/{proposal.pk}/").status_code == 403
    assert client.get("/review/").status_code == 403  # the queue lists article titles
    assert client.get("/api/proposals/").status_code == 200  # the API withholds the names


def test_the_articles_api_withholds_titles_and_urls(client, db, django_user_model) -> None:
    from django.contrib.auth.models import Permission

    make_article(
        url=URL, canonical_url=URL, title=f"Deserter {REAL} reaches Georgia", text=f"{REAL}, 27, deserted."
    )
    submitter = django_user_model.objects.create_user(username="submitter", password="pw-submitter")
    submitter.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="cases", codename__in=["add_article", "view_article"]
        )
    )
    client.force_login(submitter)
    response = client.get("/api/articles/")
    assert response.status_code == 200
    _clean(str(response.json()))


def test_a_relative_named_by_first_name_only_is_withheld(db) -> None:
    names = withholding.article_names(
        title="",
        body="Artur Belov, 30, deserted in May. His brother Oleg stayed home. Belov says so.\n",
        language="en",
    )
    assert "Oleg" in names and "Artur Belov" in names


def test_a_name_an_editor_replaced_later_is_withheld_from_search(
    client, researcher_without_names, editor, db
) -> None:
    from cases.services.cases import case_update
    from tests.factories import make_case

    typed = "Zoltan Vereczkey"  # typed by an editor, in no article
    case = make_case(actor=editor, names=[typed], summary=f"{typed} left his unit.")
    case_update(case_id=case.pk, actor=editor, changes={"names": ["Max"], "summary": "Max left his unit."})
    client.force_login(researcher_without_names)
    assert client.get("/api/cases/", {"q": "Vereczkey"}).json()["results"] == []
    page = client.get(f"/cases/{case.pk}/").content.decode()
    assert "Vereczkey" not in page and "Zoltan" not in page  # nor in the history's before values
