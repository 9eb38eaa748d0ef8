"""`extract` over generated markup: it never raises, and every article it returns is a
valid record. A short fixed budget here; `bench/property.py` runs the same for longer."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from conftest import assert_valid_record
from presscut import ERROR_TYPES, extract

from .markup import page

#: Examples per run in the suite: deterministic (derandomized) and a few seconds long.
SUITE_EXAMPLES = 100


@settings(
    max_examples=SUITE_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
@given(page())
def test_extract_never_raises_and_gives_a_valid_record(
    generated: tuple[str | bytes, str | None],
) -> None:
    html, encoding = generated
    article = extract(html, "https://example.org/news/1", encoding=encoding)
    record = assert_valid_record(article.to_dict())
    assert record["error"] is None or record["error"]["type"] in ERROR_TYPES
    assert record["url"] == "https://example.org/news/1"
    if record["error"] is None:
        assert record["body"]
