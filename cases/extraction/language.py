"""Language identification with py3langid, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # norm_probs gives a probability we can report as the confidence; the model file
    # ships inside the package, so nothing is downloaded.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(title: str, text: str, given: str | None = None) -> tuple[str, float]:
    """Return (ISO 639-1 code, confidence). A language given by the caller is trusted."""
    if given:
        return given.lower().split("-")[0].split("_")[0], 1.0
    # The first 1,500 characters are plenty and keep long pages cheap.
    sample = (title + "\n" + text)[:1500].strip()
    if not sample:
        return "und", 0.0
    code, prob = _identifier().classify(sample)
    return code, round(float(prob), 3)
