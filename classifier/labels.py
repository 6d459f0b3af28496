"""The six labels and their fixed order (the order of every probability vector)."""
from __future__ import annotations

from typing import Final

__all__ = ["LABELS", "SCORED_LABELS", "Label", "label_index"]

LABELS: Final[tuple[str, ...]] = ("article", "navigation", "poll", "comment", "date-widget", "other")
"""Every label, in the order used by probability vectors, models and ``meta.json``."""

SCORED_LABELS: Final[tuple[str, ...]] = LABELS[:5]
"""The five labels the shared measure scores (``other`` is the rest of the page)."""

Label = str

_INDEX: Final[dict[str, int]] = {name: i for i, name in enumerate(LABELS)}


def label_index(label: str) -> int:
    """Position of ``label`` in :data:`LABELS`; raises ``ValueError`` for an unknown label."""
    try:
        return _INDEX[label]
    except KeyError:
        raise ValueError(f"unknown label {label!r}; expected one of {', '.join(LABELS)}") from None
