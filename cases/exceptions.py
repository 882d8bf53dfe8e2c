"""One exception family for domain errors, mapped once to the API's error shape."""


class TrackerError(Exception):
    """A domain rule refused the operation; the message is safe to show to the user."""

    code = "error"
    http_status = 400

    def __init__(self, message: str, *, details: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class InvalidInput(TrackerError):
    code = "invalid"


class NotFound(TrackerError):
    code = "not_found"
    http_status = 404


class AlreadyReviewed(TrackerError):
    """Someone else (or an earlier click) already decided this proposal."""

    code = "already_reviewed"
    http_status = 409


class ClaimedByOther(TrackerError):
    code = "claimed"
    http_status = 409


class StaleEdit(TrackerError):
    """The record changed since the editor loaded it; their edit would silently overwrite that."""

    code = "stale"
    http_status = 409


class FetchError(TrackerError):
    """Fetching a URL failed; `transient` says whether a retry may help."""

    code = "fetch_failed"

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient
