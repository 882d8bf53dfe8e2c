"""A JSON parser that refuses bodies nested past any real request's depth with a 400.

Python's json module recurses once per level: a body of 100,000 brackets raises
RecursionError, which DRF's parser does not turn into a ParseError.
"""

from __future__ import annotations

import re
from io import BytesIO

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

# No request of this API nests deeper than a few levels (changes -> dates -> key).
MAX_DEPTH = 32
_OPEN = re.compile(rb"[\[{]")


def _too_deep(body: bytes) -> bool:
    if len(_OPEN.findall(body)) <= MAX_DEPTH:
        return False  # cannot nest deeper than it opens
    depth = 0
    in_string = escaped = False
    for byte in body:
        char = chr(byte)
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False


class DepthLimitedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        body = stream.read() if stream is not None else b""
        if _too_deep(body):
            raise ParseError(f"JSON nested deeper than {MAX_DEPTH} levels.")
        try:
            return super().parse(BytesIO(body), media_type, parser_context)
        except RecursionError:
            raise ParseError(f"JSON nested deeper than {MAX_DEPTH} levels.") from None
