"""The whole loop through a real Celery worker: article → proposal → case → CSV."""

import csv
import io

import pytest

from cases.models import Article, Case, CaseProposal
from tests.conftest import wait_for

TEXT = (
    "A Russian soldier who deserted from his unit has applied for asylum in France, "
    "after travelling through Kazakhstan, his lawyer said on Monday."
)


@pytest.mark.worker
def test_article_to_approved_case_to_csv_through_a_real_worker(celery_worker_process, client, editor):
    client.force_login(editor)
    response = client.post(
        "/api/articles/", {"title": "Deserter seeks asylum", "text": TEXT}, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    article_id = response.json()["id"]

    # The task was sent through Redis after commit; the worker extracts and saves a proposal.
    proposal = wait_for(lambda: CaseProposal.objects.filter(article_id=article_id, status="pending").first())
    assert Article.objects.get(pk=article_id).status == Article.Status.EXTRACTED

    page = client.get("/review/")
    assert b"Deserter seeks asylum" in page.content
    form = client.get(f"/review/{proposal.pk}/")
    assert form.status_code == 200

    data = {
        "kind": "desertion", "people_count": "1", "names": "A. Pseudonym", "roles": ["contract"],
        "origin": "RU", "transit": "KZ", "destination": "FR", "status": "applied",
        "summary": "Deserted, fled via Kazakhstan.", "reliability": "reliable", "visibility": "internal",
        "date_deserted": "2023", "date_left_origin": "", "date_arrived": "", "date_applied": "2024-02",
        "date_decided": "", "date_returned": "",
    }  # fmt: skip
    response = client.post(f"/review/{proposal.pk}/approve/", data)
    assert response.status_code == 302
    case = Case.objects.get()
    assert case.approved_by == editor and case.transit == ["KZ"]
    assert case.sources.get().article_id == article_id

    listing = client.get("/cases/")
    assert f"/cases/{case.pk}/".encode() in listing.content

    export = client.get("/cases/export.csv")
    assert export.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert len(rows) == 1
    assert rows[0]["case_id"] == str(case.pk) and rows[0]["transit"] == "KZ"
    assert rows[0]["names"] == "A. Pseudonym" and rows[0]["applied_edtf"] == "2024-02"
