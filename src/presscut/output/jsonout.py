"""Serialise articles as JSON: UTF-8, no ASCII escaping, pretty or one line."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from presscut.article import Article


def dumps(article: Article | dict[str, Any], *, pretty: bool = False) -> str:
    """One article as JSON text. Compact output is a single line (JSON Lines safe)."""
    data = article.to_dict() if isinstance(article, Article) else article
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@cache
def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one article record."""
    text = resources.files("presscut.output").joinpath("article.schema.json").read_text("utf-8")
    return json.loads(text)
