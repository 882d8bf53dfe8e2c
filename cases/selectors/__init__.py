"""The read side, one module per area: what pages, the API and exports list."""

from cases.selectors.articles import article_list
from cases.selectors.cases import case_detail, case_list
from cases.selectors.review import review_queue

__all__ = ["article_list", "case_detail", "case_list", "review_queue"]
