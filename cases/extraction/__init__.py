"""Case extraction: article text in, proposed cases out.

Pure Python: never imports Django. The public contract, used by the services, the
`extract_cases` command and the scorer, is `extract()` and `EXTRACTOR_VERSION`.

`extract(title=..., text=..., language=None, published=None).to_dict()` returns::

    {"relevant": bool, "language": "ru", "language_confidence": 0.97,
     "extractor_version": "...",
     "cases": [{<every GUIDELINES key>,
                "evidence": {field: [{"start": int, "end": int, "text": str, "sentence": str}]},
                "confidence": {field: float}}]}

Offsets index into `text` (not the title); evidence found in the title has start = end = -1.
"""

from cases.extraction.engine import EXTRACTOR_VERSION, extract, warm
from cases.extraction.model import ExtractionResult

__all__ = ["EXTRACTOR_VERSION", "ExtractionResult", "extract", "warm"]
