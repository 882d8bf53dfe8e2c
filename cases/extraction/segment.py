"""Sentence splitting with character offsets, and page-furniture detection.

Articles arrive as extracted page text: bylines, menus, "read also" link lists and photo
captions sit between the paragraphs. They are kept as sentences (so offsets stay exact)
but flagged as furniture, and the engine never builds a case from them.
"""

from __future__ import annotations

import re

from cases.extraction.model import Sentence

# A sentence ends at . ! ? … (optionally closed by a quote or bracket) followed by space
# and something that can start a sentence.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])[\"»”’)]*\s+(?=[\"«„“(\-–—]?[^\W\d_a-zà-ÿа-яё])|(?<=[。！？])[」』）]*\s*"
    r"|(?<=[։؟।])\s+"  # Armenian, Arabic and Devanagari sentence ends
)
# Tokens after which a full stop is not a sentence end: initials ("Piotr Z.") and common
# abbreviations in the supported languages.
_NO_SPLIT_BEFORE = re.compile(
    r"(?:\b\w|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Me|Mme|Nr|No|Sr|Jr|Gen|Col|Lt|Capt|Sgt|ca|bzw|ul|"
    r"gen|płk|ppłk|por|kpt|sierż|szer|św|im|tys|mln|mld|ст|ч|г|гг|тыс|млн|млрд|им|ул|"
    r"пос|обл|р|див|Fot|fot|Abb|vs|etc|ecc|pág|Sig|Dott|Av|Dra|Sra))\.$"
)
_READ_ALSO = re.compile(
    r"^\s*(?:read (?:also|more)|see also|related|more on this|читайте (?:также|також)|"
    r"смотрите также|также в новостях|lire aussi|à lire aussi|voir aussi|czytaj (?:też|także)|"
    r"zobacz (?:też|także)|leggi anche|vedi anche|lee (?:también|además)|ver también|"
    r"leia (?:também|mais)|veja também|lees ook|zie ook|meer over|ilgili haberler|"
    r"siehe auch|mehr zum thema|lesen sie auch|теги|tags|тэги|also in the news)\b",
    re.IGNORECASE,
)
# A photo caption or credit is furniture, but the story goes on after it: unlike a "read
# also" header, it starts no link list.
_CAPTION = re.compile(
    r"^\s*[(\[]?(?:photo|фото|fot\.|foto|bildunterschrift|credit|крэдыт|legenda|légende|caption|"
    r"zdjęcie|fotografía|fotoğraf|fotografia|світлина|nuotr)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•»·▪►◦*]|[-–—]\s|\d+\.\s)")
_MENU_SEPARATORS = re.compile(r"\s[|·/•]\s")


def _is_furniture_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return True
    if _READ_ALSO.match(stripped) or _CAPTION.match(stripped):
        return True
    if _BULLET.match(stripped) and len(stripped) < 200:
        return True
    if len(_MENU_SEPARATORS.findall(stripped)) >= 2:
        return True
    if " | " in stripped and len(stripped) < 120:
        return True  # "Share | Comments (27)": prose never writes a bar
    # Lines without a full stop are headings, datelines, bylines, menu items or the
    # titles of linked articles; real paragraphs end a sentence.
    return len(stripped) < 120 and not re.search(r"[.!?…»\"”。！？」:;)։؟।]$", stripped)


def _blocks(text: str) -> list[tuple[int, str]]:
    """Lines, with hard-wrapped lines joined into one paragraph."""
    blocks: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if blocks:
            start, previous = blocks[-1]
            joined_end = start + len(previous)
            wrapped = not re.search(r"[.!?…:\"»”]\s*$", previous) and re.match(r"\s*[^\W\d_]", line)
            last = previous.split("\n")[-1]
            # Wrapped: the next line goes on in lower case, or the previous one is a long
            # line cut mid-sentence (menus and link titles are short or bulleted).
            goes_on = line.lstrip()[:1].islower() or (
                len(last) >= 60 and not _BULLET.match(line) and not _READ_ALSO.match(last.strip())
            )
            if wrapped and goes_on and text[joined_end : m.start()].count("\n") == 1:
                blocks[-1] = (start, text[start : m.end()])
                continue
        blocks.append((m.start(), line))
    return blocks


def split(text: str, title: str = "") -> list[Sentence]:
    """Split the title and text into sentences; title sentences come first."""
    sentences: list[Sentence] = []
    if title.strip():
        sentences.append(Sentence(0, 0, len(title), title.strip(), -1, in_title=True))
    paragraph = 0
    after_read_also = False
    blocks = _blocks(text)
    lines_furniture = [_is_furniture_line(line) for _, line in blocks]
    for number, (base, line) in enumerate(blocks):
        # The headline again over the story, as pages print it: the title, not the body.
        furniture = lines_furniture[number] or (bool(title.strip()) and line.strip() == title.strip())
        prose_follows = number + 1 < len(blocks) and not lines_furniture[number + 1]
        if _READ_ALSO.match(line.strip()):
            after_read_also = True
        elif len(line.strip()) > 200:
            after_read_also = False
        # Link lists follow a "read also" header until the next real paragraph.
        furniture = furniture or after_read_also
        # "2. «Ilya», 25, Tver" over the paragraph that tells his story: a subheading.
        heading = (
            furniture
            and not after_read_also  # set by a "read also" header, this line included
            and not _CAPTION.match(line.strip())
            and not _MENU_SEPARATORS.search(line)
            and " | " not in line
            and prose_follows
        )
        start = 0
        pieces = []
        for boundary in _BOUNDARY.finditer(line):
            head = line[start : boundary.start()].rstrip()
            if _NO_SPLIT_BEFORE.search(head.rstrip('"»”’)')):
                continue
            pieces.append((start, boundary.start()))
            start = boundary.end()
        pieces.append((start, len(line)))
        for s, e in pieces:
            chunk = line[s:e]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if not chunk:
                continue
            sentences.append(
                Sentence(
                    len(sentences),
                    base + s + lead,
                    base + s + lead + len(chunk),
                    chunk,
                    paragraph,
                    furniture=furniture,
                    heading=heading,
                )
            )
        paragraph += 1
    return sentences
