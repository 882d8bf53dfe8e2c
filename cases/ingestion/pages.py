"""Main text and metadata of a document (HTML with trafilatura, plain text, PDF with pypdf).

Bytes come in with whatever encoding the server claimed; the claim is believed only when
the bytes decode under it, since mislabelled pages are common.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import charset_normalizer
import trafilatura

from cases.exceptions import InvalidInput

logger = logging.getLogger(__name__)

MAX_PDF_PAGES = 300
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class PageContent:
    title: str
    text: str
    author: str
    publisher: str
    published: date | None
    language: str
    language_confidence: float | None = None
    # The URL the page names as its own (rel=canonical, og:url), if any.
    canonical_url: str = ""


def _decodes(body: bytes, encoding: str) -> str | None:
    try:
        codecs.lookup(encoding)
        return body.decode(encoding)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def text_decode(body: bytes, declared: str = "") -> str:
    """Bytes to text: a BOM, then the declared charset, then the document's own, then detection."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            decoded = _decodes(body, encoding)
            if decoded is not None:
                return decoded
    head = body[:4096]
    candidates = [declared]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        found = pattern.search(head)
        if found:
            candidates.append(found.group(1).decode("ascii", "ignore"))
    for encoding in candidates:
        # A page labelled us-ascii or latin-1 is usually UTF-8 or cp1252 in truth: let
        # UTF-8 and detection have a go before the lenient single-byte codecs.
        if encoding and encoding.lower() not in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            decoded = _decodes(body, encoding)
            if decoded is not None:
                return decoded
    decoded = _decodes(body, "utf-8")
    if decoded is not None:
        return decoded
    if any(e and e.lower() in ("iso-8859-1", "latin-1", "latin1") for e in candidates):
        return body.decode("cp1252", errors="replace")  # what browsers do with "latin-1"
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        return body.decode(best.encoding, errors="replace")
    return body.decode("cp1252", errors="replace")


@lru_cache(maxsize=1)
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_detect(text: str) -> tuple[str, float | None]:
    """The text's language (ISO 639-1) and the detector's probability; ("", None) if no text."""
    sample = " ".join(text.split())[:5000]
    if len(sample) < 20:
        return "", None
    language, probability = _language_identifier().classify(sample)
    return language, round(float(probability), 3)


def _with_language(content: PageContent) -> PageContent:
    detected, probability = language_detect(content.text)
    if not detected:
        return content
    return PageContent(
        title=content.title,
        text=content.text,
        author=content.author,
        publisher=content.publisher,
        published=content.published,
        language=detected,
        language_confidence=probability,
        canonical_url=content.canonical_url,
    )


def page_extract(html: bytes | str, *, url: str = "", charset: str = "") -> PageContent:
    """Main text and metadata of an HTML page (trafilatura; dates by htmldate)."""
    if isinstance(html, bytes):
        html = text_decode(html, charset)
    document = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, favor_precision=True
    )
    if document is None:
        return PageContent("", "", "", "", None, "")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    published = None
    if data.get("date"):
        try:
            published = date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            published = None
    named_url = data.get("url") or ""
    return _with_language(
        PageContent(
            title=(data.get("title") or "")[:1000],
            text=data.get("text") or "",
            author=(data.get("author") or "")[:300],
            publisher=(data.get("sitename") or "")[:300],
            published=published,
            language=(data.get("language") or "")[:12],
            canonical_url=named_url if named_url.startswith(("http://", "https://")) else "",
        )
    )


def text_extract(body: bytes, *, charset: str = "") -> PageContent:
    """Plain text: the first non-empty line is the title."""
    text = text_decode(body, charset).replace("\r\n", "\n").strip()
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return _with_language(PageContent(first_line[:1000], text, "", "", None, ""))


def pdf_extract(body: bytes) -> PageContent:
    """The text of a PDF's pages (pypdf, offline); title and author from its metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted:
            raise InvalidInput("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES]]
        meta = reader.metadata or {}
        title = str(meta.get("/Title") or "")
        author = str(meta.get("/Author") or "")
    except PyPdfError as exc:
        raise InvalidInput(f"the PDF cannot be read: {exc}") from None
    except (ValueError, KeyError, TypeError) as exc:  # pypdf's answer to some broken files
        raise InvalidInput(f"the PDF cannot be read: {exc}") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not title:
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return _with_language(PageContent(title[:1000], text, author[:300], "", None, ""))


def document_kind(*, content_type: str = "", filename: str = "", body: bytes = b"") -> str:
    """ "html", "text" or "pdf", from the content type, else the file name, else the bytes."""
    content_type = (content_type or "").lower()
    name = (filename or "").lower()
    if content_type == "application/pdf" or name.endswith(".pdf") or body.startswith(b"%PDF-"):
        return "pdf"
    if content_type == "text/plain" or name.endswith((".txt", ".text")):
        return "text"
    if content_type in ("text/html", "application/xhtml+xml") or name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    head = body[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<head" in head:
        return "html"
    return "text"


def document_extract(body: bytes, *, kind: str, url: str = "", charset: str = "") -> PageContent:
    if kind == "pdf":
        return pdf_extract(body)
    if kind == "text":
        return text_extract(body, charset=charset)
    return page_extract(body, url=url, charset=charset)
