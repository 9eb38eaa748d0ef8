"""presscut: news and blog pages to clean JSON (title, body, credit).

>>> from presscut import extract
>>> article = extract(html, url="https://example.org/news/1")
>>> article.title, article.credit.source
>>> article = fetch_article("https://example.org/news/2")  # never raises: see .error
>>> article = extract_bounded(html, url)  # in a child process, within time and memory limits
"""

from presscut._version import __version__
from presscut.article import ERROR_TYPES, SCHEMA_VERSION, Article, Credit, ErrorInfo, Removal
from presscut.bounded import Limits, extract_bounded
from presscut.extraction import extract
from presscut.fetch import FetchOptions
from presscut.pipeline import fetch_article

__all__ = [
    "ERROR_TYPES",
    "SCHEMA_VERSION",
    "Article",
    "Credit",
    "ErrorInfo",
    "FetchOptions",
    "Limits",
    "Removal",
    "__version__",
    "extract",
    "extract_bounded",
    "fetch_article",
]
