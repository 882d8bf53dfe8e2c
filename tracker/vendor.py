"""Install the static data packages the pages need, pinned and checked, into static/vendor/.

    python -m tracker.vendor          # what `make venv` and the Dockerfile run

The world map draws Natural Earth's country shapes as published in the `world-atlas` npm
package. The package is fetched once, at install time, from the npm registry (or the one
NPM_CONFIG_REGISTRY names), checked against its pinned sha512 integrity, and only the
files listed are unpacked. Nothing is fetched when the pages run.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import sys
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "static" / "vendor"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    integrity: str  # the registry's dist.integrity, "sha512-<base64>"
    files: tuple[str, ...]  # paths inside the package to unpack

    @property
    def folder(self) -> Path:
        return VENDOR / self.name

    @property
    def stamp(self) -> Path:
        return self.folder / ".installed.json"

    def installed(self) -> bool:
        try:
            return json.loads(self.stamp.read_text()) == {
                "version": self.version,
                "integrity": self.integrity,
            }
        except (OSError, ValueError):
            return False


PACKAGES = (
    Package(
        "world-atlas",
        "2.0.2",
        "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
        ("countries-110m.json", "LICENSE", "README.md"),
    ),
)


class VendorError(Exception):
    pass


def _registry() -> str:
    return (os.environ.get("NPM_CONFIG_REGISTRY") or "https://registry.npmjs.org/").rstrip("/")


def _download(package: Package) -> bytes:
    url = f"{_registry()}/{package.name}/-/{package.name}-{package.version}.tgz"
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - a fixed https registry URL
            data = response.read()
    except OSError as exc:
        raise VendorError(f"could not download {url}: {exc}") from exc
    algorithm, _, expected = package.integrity.partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if digest != expected:
        raise VendorError(f"{url}: integrity mismatch ({algorithm} {digest}, expected {expected})")
    return data


def install(package: Package) -> bool:
    """Unpack `package` into static/vendor/<name>/; False when it was already there."""
    if package.installed():
        package.stamp.touch()  # newer than tracker/vendor.py, for make
        return False
    data = _download(package)
    package.folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for name in package.files:
            try:
                member = archive.extractfile(f"package/{name}")
            except KeyError:
                member = None
            if member is None:
                raise VendorError(f"{package.name} {package.version} has no {name}")
            target = package.folder / name
            partial = target.with_suffix(target.suffix + ".part")
            partial.write_bytes(member.read())
            partial.replace(target)
    package.stamp.write_text(json.dumps({"version": package.version, "integrity": package.integrity}))
    return True


def main() -> int:
    for package in PACKAGES:
        try:
            fresh = install(package)
        except VendorError as exc:
            print(f"vendor: {exc}", file=sys.stderr)
            return 1
        state = "installed" if fresh else "already installed"
        print(f"vendor: {package.name} {package.version} {state} in {package.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
