"""Fixtures: one cluster of real HTTP servers on 127.0.0.1 (three ports = three hosts)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import SiteCluster, gzip_bomb

HOST_COUNT = 3


@pytest.fixture(scope="session")
def cluster() -> Iterator[SiteCluster]:
    gzip_bomb()  # build the 200 KB bomb once, before any client waits on it
    with SiteCluster(ports=HOST_COUNT) as sites:
        yield sites
