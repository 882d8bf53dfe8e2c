"""What requirements.txt pins is what the code imports, whatever pip installs it."""

from pathlib import Path

REQUIREMENTS = Path(__file__).resolve().parents[1] / "requirements.txt"


def _pinned() -> dict[str, str]:
    pins = {}
    for line in REQUIREMENTS.read_text().splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==")
            pins[name.split("[")[0].lower().replace("_", "-")] = version
    return pins


def test_lxml_html_clean_is_pinned_not_left_to_an_extra() -> None:
    # jusText imports lxml.html.clean; pip 23.2 does not resolve lxml[html_clean].
    assert "lxml-html-clean" in _pinned()
    assert "lxml" in _pinned()
    import lxml.html.clean  # noqa: F401 - the import is the test
