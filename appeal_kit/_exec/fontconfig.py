"""fontconfig's `fc-match`: which installed font LibreOffice will use for a font a template names."""
from __future__ import annotations

import subprocess

from appeal_kit._exec import Program
from appeal_kit.i18n import N_

FC_MATCH = Program(names=("fc-match",), what=N_("fontconfig (fc-match)"), debian="fontconfig", macos="fontconfig")


def match(family: str) -> str | None:
    """The family fontconfig substitutes for `family` (itself when installed); None without fontconfig."""
    if not FC_MATCH.available():
        return None
    try:
        out = subprocess.run([FC_MATCH.find(), "-f", "%{family}", family], capture_output=True, text=True,
                             timeout=20, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.split(",")[0].strip() or None
