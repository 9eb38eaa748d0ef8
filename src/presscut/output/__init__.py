"""Output: the JSON schema and the serialisation of articles (JSON and JSON Lines)."""

from presscut.output.jsonout import dumps, load_schema

__all__ = ["dumps", "load_schema"]
