"""No dependency's warning reaches stderr: the command line, run over a sample of real pages
from the three development corpora (../shared/corpus, present beside the project in CI
too) and over pages made to provoke them (a time zone dateutil does not know, an empty
page trafilatura discards), writes nothing on stderr but its own records."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
#: Pages taken from each corpus, spread over it.
PER_CORPUS = 10

#: Runs the command line once per file in one process (importing it once), stdout
#: discarded; its exit code is the page's (1 for an empty page), which does not matter here.
RUNNER = """
import sys
from presscut.cli import main
for path in sys.argv[1:]:
    try:
        main([path, "--url", "https://example.com/article", "--compact"], standalone_mode=False)
    except SystemExit:
        pass
"""


def _sample(paths: list[Path]) -> list[Path]:
    step = max(1, len(paths) // PER_CORPUS)
    return paths[::step][:PER_CORPUS]


def _corpus_pages(tmp_path: Path) -> list[Path]:
    pages = [
        *_sample(sorted((CORPORA / "wcxb-dev" / "html").glob("*.html.gz"))),
        *_sample(sorted((CORPORA / "tf-dev" / "html").glob("*.gz"))),
    ]
    files = []
    for n, page in enumerate(pages):
        files.append(tmp_path / f"page{n}.html")
        files[-1].write_bytes(gzip.decompress(page.read_bytes()))
    return files + _sample(sorted((CORPORA / "zh-dev" / "original").glob("*.html")))


def _provoking_pages(tmp_path: Path) -> list[Path]:
    prose = "<p>" + "The council met on Tuesday to vote on the new budget for the year. " * 8
    pages = {
        "empty.html": "<html><body></body></html>",
        "tiny.html": "<html><body><p>x</p></body></html>",
        "zones.html": (
            "<html><head><meta property='article:published_time' content='June 4, 2025 "
            "07:47 PM IST'></head><body><article><h1>Budget vote</h1>"
            "<p>Posted June 4, 2025 07:47 PM EST</p><p>Updated 5 June 2025 10:00 CEST</p>"
            f"{prose}</p></article></body></html>"
        ),
    }
    for name, html in pages.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
    return [tmp_path / name for name in pages]


def _stderr_of(files: list[Path]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *map(str, files)],
        capture_output=True,
        timeout=300,
        check=False,
    )
    return done.stderr.decode("utf-8", "replace")


def test_sample_of_the_corpora_writes_nothing_on_stderr(tmp_path: Path) -> None:
    files = _corpus_pages(tmp_path)
    assert len(files) == 3 * PER_CORPUS
    assert _stderr_of(files) == ""


@pytest.mark.parametrize("quiet", [False, True])
def test_pages_that_provoke_warnings_write_nothing_on_stderr(tmp_path: Path, quiet: bool) -> None:
    files = _provoking_pages(tmp_path)
    runner = RUNNER.replace('"--compact"]', '"--compact", "-q"]') if quiet else RUNNER
    done = subprocess.run(
        [sys.executable, "-c", runner, *map(str, files)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    lines = done.stderr.decode("utf-8", "replace").splitlines()
    if quiet:
        assert lines == []
        return
    # without -q, a failed page says so in one line of presscut's own (issue 13), and that
    # is all: the two pages that hold no article, nothing from any dependency
    assert len(lines) == 2
    assert lines[0].startswith(f"presscut: {tmp_path / 'empty.html'}: no_article: ")
    assert lines[1].startswith(f"presscut: {tmp_path / 'tiny.html'}: no_article: ")
