"""Run the presscut command line as a subprocess and read its JSON Lines back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from jsonschema import Draft202012Validator

from presscut.output import load_schema

#: Short network settings so that the whole suite stays well under a minute.
FAST_OPTIONS = ("--timeout", "3", "--retries", "1", "--delay", "0", "-q")
DEFAULT_PORTS = {"http": 80, "https": 443}
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY")
RUN_LIMIT_SECONDS = 60


@dataclass
class Run:
    """One finished run: exit code, the records it wrote (parsed), and stderr."""

    code: int
    records: list[dict[str, Any]]
    stdout: str
    stderr: str


def presscut_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "presscut", *args]


def clean_env() -> dict[str, str]:
    """The current environment without proxies (they would swallow 127.0.0.1)."""
    return {k: v for k, v in os.environ.items() if k not in PROXY_VARIABLES}


def run_presscut(
    *args: str, cwd: Path, stdin: str | None = None, output: Path | None = None
) -> Run:
    """Run presscut; records come from `output` when given, else from stdout."""
    done = subprocess.run(
        presscut_command(*args),
        cwd=cwd,
        input=stdin or "",
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=RUN_LIMIT_SECONDS,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Run(done.returncode, parse_lines(_output_text(done, output)), done.stdout, done.stderr)


def _output_text(done: subprocess.CompletedProcess[str], output: Path | None) -> str:
    if output is None:
        return done.stdout
    return output.read_text("utf-8") if output.exists() else ""


def parse_lines(text: str) -> list[dict[str, Any]]:
    """Every non-empty line must be one JSON object valid against the article schema."""
    validator = Draft202012Validator(load_schema())
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        assert line.strip(), f"line {number} is blank"
        record = json.loads(line)
        errors = [e.message for e in validator.iter_errors(record)]
        assert not errors, f"line {number} breaks the schema: {errors}"
        records.append(record)
    return records


def normalise(url: str) -> str:
    """The duplicate key of the contract: scheme/host case, default port, fragment."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.hostname:
        return url.strip()
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def by_url(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Records keyed by normalised URL; fails if two records share a key."""
    keyed: dict[str, dict[str, Any]] = {}
    for record in records:
        key = normalise(record["url"])
        assert key not in keyed, f"two records for {key}"
        keyed[key] = record
    return keyed


def error_type(record: dict[str, Any]) -> str | None:
    return record["error"]["type"] if record["error"] else None
