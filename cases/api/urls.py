from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from cases.api import proposals, views

router = DefaultRouter()
router.register("articles", views.ArticleViewSet, basename="api-article")
router.register("proposals", proposals.ProposalViewSet, basename="api-proposal")
router.register("cases", views.CaseViewSet, basename="api-case")
router.register("sources", views.SourceViewSet, basename="api-source")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("token/", views.TokenView.as_view(), name="api-token"),
    path("review/", include(proposals.urlpatterns)),
    path("", include("cases.api.ingest")),  # before the router: articles/upload/ is no article id
    path("", include(router.urls)),
]
