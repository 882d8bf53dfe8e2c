from django.urls import path

from cases.views import articles, cases, home, ingest, review

urlpatterns = [
    path("", home.home, name="home"),
    path("articles/", articles.article_index, name="article-list"),
    path("articles/new/", articles.article_new, name="article-new"),
    path("articles/<int:pk>/", articles.article_detail, name="article-detail"),
    path("articles/<int:pk>/retry/", articles.article_retry_view, name="article-retry"),
    path("articles/upload/", ingest.article_upload_view, name="article-upload"),
    path("sources/", ingest.source_index, name="source-list"),
    path("sources/new/", ingest.source_edit, name="source-new"),
    path("sources/<int:pk>/", ingest.source_edit, name="source-edit"),
    path("sources/<int:pk>/poll/", ingest.source_poll_view, name="source-poll"),
    path("review/", review.queue, name="review-queue"),
    path("review/<int:pk>/", review.proposal_detail, name="proposal-detail"),
    path("review/<int:pk>/approve/", review.proposal_approve_view, name="proposal-approve"),
    path("review/<int:pk>/reject/", review.proposal_reject_view, name="proposal-reject"),
    path("cases/", cases.case_index, name="case-list"),
    path("cases/export.csv", cases.case_export, name="case-export"),
    path("cases/<int:pk>/", cases.case_page, name="case-detail"),
]
