"""Extraction: HTML in, `Article` out. Pure: no network, no fetcher imports."""

from presscut.extraction.pipeline import extract

__all__ = ["extract"]
