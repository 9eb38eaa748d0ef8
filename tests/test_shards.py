"""Cutting a batch into shards for a cluster, and reading --cluster's address."""

from __future__ import annotations

import pytest

from presscut.batch.shards import ClusterError, by_host, parse_spec


def test_a_host_is_cut_into_bounded_shards_in_order() -> None:
    urls = [f"https://big.example/{n}" for n in range(7)]
    shards = by_host([*urls, "https://small.example/a"], size=3)
    assert list(shards["https://big.example"]) == [urls[0:3], urls[3:6], urls[6:7]]
    assert list(shards["https://small.example"]) == [["https://small.example/a"]]


def test_host_is_the_origin_as_the_fetcher_keys_it() -> None:
    shards = by_host(
        ["HTTPS://News.example/a", "https://news.example:443/b", "http://news.example/c"]
    )
    assert sorted(shards) == ["http://news.example", "https://news.example"]
    assert list(shards["https://news.example"]) == [
        ["HTTPS://News.example/a", "https://news.example:443/b"]
    ]


def test_every_url_is_in_exactly_one_shard() -> None:
    urls = ["not a url", "ftp://x/y", "https://a.example/1", "https://a.example/1#again"]
    pieces = [piece for shards in by_host(urls, size=1).values() for piece in shards]
    assert sorted(url for piece in pieces for url in piece) == sorted(urls)


@pytest.mark.parametrize(
    "spec, expected",
    [("local:2", ("local", 2)), ("tcp://10.0.0.5:8786", ("tcp://10.0.0.5:8786", 0))],
)
def test_cluster_spec(spec: str, expected: tuple[str, int]) -> None:
    assert parse_spec(spec) == expected


@pytest.mark.parametrize("spec", ["local:0", "local:x", "scheduler:8786"])
def test_bad_cluster_spec(spec: str) -> None:
    with pytest.raises(ClusterError):
        parse_spec(spec)
