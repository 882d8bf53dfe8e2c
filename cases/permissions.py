"""Who may do what. Roles are groups (admin, editor, researcher) holding these permissions."""

from __future__ import annotations

REVIEW = "cases.review_proposal"
EXPORT = "cases.export_case"
VIEW_NAMES = "cases.view_names"
VIEW_CASE = "cases.view_case"
ADD_ARTICLE = "cases.add_article"

# Group name → permission codenames (app "cases" unless dotted otherwise).
ROLE_PERMISSIONS: dict[str, list[str]] = {
    "admin": [
        "review_proposal", "export_case", "view_names", "view_case", "change_case", "view_article",
        "add_article", "change_article", "view_caseproposal", "change_caseproposal", "view_source",
        "add_source", "change_source", "delete_source", "view_auditevent", "view_exportlog",
    ],
    "editor": [
        "review_proposal", "view_names", "view_case", "change_case", "view_article", "add_article",
        "change_article", "view_caseproposal", "change_caseproposal", "view_source", "add_source",
        "change_source", "export_case",
    ],
    "researcher": ["view_case", "export_case", "view_names", "view_article", "view_source"],
}  # fmt: skip


def can_review(user) -> bool:
    return user.is_authenticated and user.has_perm(REVIEW)


def can_export(user) -> bool:
    return user.is_authenticated and user.has_perm(EXPORT)


def can_view_cases(user) -> bool:
    return user.is_authenticated and user.has_perm(VIEW_CASE)


def can_view_names(user) -> bool:
    return user.is_authenticated and user.has_perm(VIEW_NAMES)


def can_submit(user) -> bool:
    return user.is_authenticated and user.has_perm(ADD_ARTICLE)


def can_review_articles(user) -> bool:
    """Review pages show whole articles, which name people: reviewing there takes the
    permission to see names too. A reviewer without it (a volunteer coder) codes through
    the API, where names are withheld (cases.withholding)."""
    return can_review(user) and can_view_names(user)


def can_read_articles(user) -> bool:
    """The article pages show whole texts: submitting and seeing names, both."""
    return can_submit(user) and can_view_names(user)
