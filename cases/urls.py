from django.urls import path

from cases.views import articles, cases, home, ingest, public, review

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
    path("review/<int:pk>/merge/", review.proposal_merge_view, name="proposal-merge"),
    path("review/<int:pk>/claim/", review.proposal_claim_view, name="proposal-claim"),
    path("review/<int:pk>/release/", review.proposal_release_view, name="proposal-release"),
    path("review/bulk/", review.bulk_view, name="review-bulk"),
    path("review/quality/", review.quality, name="review-quality"),
    path("cases/<int:pk>/edit/", review.case_edit, name="case-edit"),
    path("cases/", cases.case_index, name="case-list"),
    path("cases/export.csv", cases.case_export, name="case-export"),
    path("cases/charts/", cases.case_charts, name="case-charts"),
    path("cases/report-<slug:by>.csv", cases.case_report, name="case-report"),
    path("public/cases/", public.public_case_index, name="public-case-list"),
    path("public/cases/charts/", public.public_case_charts, name="public-case-charts"),
    path("public/cases/<int:pk>/", public.public_case_page, name="public-case-detail"),
    path("cases/<int:pk>/", cases.case_page, name="case-detail"),
]
