"""presscut: news and blog pages to clean JSON (title, body, credit).

>>> from presscut import extract
>>> article = extract(html, url="https://example.org/news/1")
>>> article.title, article.credit.source
"""

from presscut._version import __version__
from presscut.article import ERROR_TYPES, SCHEMA_VERSION, Article, Credit, ErrorInfo, Removal
from presscut.extract import extract

__all__ = [
    "ERROR_TYPES",
    "SCHEMA_VERSION",
    "Article",
    "Credit",
    "ErrorInfo",
    "Removal",
    "__version__",
    "extract",
]
