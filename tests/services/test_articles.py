import pytest

from cases.exceptions import InvalidInput
from cases.models import Article, CaseProposal
from cases.services.articles import article_extract, article_submit

TEXT = (
    "A Russian soldier who deserted from his unit last year has applied for asylum in France, "
    "after travelling through Kazakhstan and Turkey, his lawyer said."
)


@pytest.mark.django_db
def test_submitting_the_same_url_twice_gives_one_article(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        first = article_submit(actor=editor, url="https://example.org/a?utm_source=x", text=TEXT)
        second = article_submit(actor=editor, url="https://EXAMPLE.org/a", text=TEXT)
    assert first.created and not second.created
    assert first.article.pk == second.article.pk
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_submission_needs_a_url_or_text(editor):
    with pytest.raises(InvalidInput):
        article_submit(actor=editor, title="only a title")


@pytest.mark.django_db
def test_submission_refuses_a_non_http_url(editor):
    with pytest.raises(InvalidInput):
        article_submit(actor=editor, url="file:///etc/passwd")


@pytest.mark.django_db
def test_extracting_twice_does_not_duplicate_proposals(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        article = article_submit(actor=editor, title="Deserter", text=TEXT).article
    first = article_extract(article_id=article.pk)
    second = article_extract(article_id=article.pk)
    assert first and [p.pk for p in first] == [p.pk for p in second]
    assert CaseProposal.objects.filter(article=article).count() == len(first)
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTED and article.extractor_version


@pytest.mark.django_db
def test_the_same_text_under_another_url_is_a_duplicate(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        first = article_submit(actor=editor, url="https://a.example/1", text=TEXT).article
        second = article_submit(actor=editor, url="https://b.example/2", text=TEXT.upper()).article
    article_extract(article_id=first.pk)
    assert article_extract(article_id=second.pk) == []
    second.refresh_from_db()
    assert second.status == Article.Status.DUPLICATE and second.duplicate_of == first


@pytest.mark.django_db
def test_an_unrelated_article_is_irrelevant(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        article = article_submit(
            actor=editor, title="Weather", text="Sunny skies over the coast all week."
        ).article
    assert article_extract(article_id=article.pk) == []
    article.refresh_from_db()
    assert article.status == Article.Status.IRRELEVANT
