"""Run a piece of code in a child process under CPU-time and memory limits (``resource``),
so that a test of a hostile page fails instead of hanging or swapping the machine."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from typing import Any

#: Defaults: far above what the fixed code needs, far below what the bugs took.
CPU_SECONDS = 30
MEMORY_BYTES = 2 << 30


def run_bounded(
    code: str, stdin: bytes = b"", cpu_seconds: int = CPU_SECONDS, memory: int = MEMORY_BYTES
) -> Any:
    """The JSON that ``code`` prints on its last line, run by this Python in a child process
    limited to ``cpu_seconds`` of CPU and ``memory`` bytes of address space. Fails the test
    when the child is killed by a limit or raises."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    done = subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        preexec_fn=limit,
        check=False,
    )
    stderr = done.stderr.decode(errors="replace")[-2000:]
    assert done.returncode == 0, f"child stopped (rc {done.returncode}, limits hit?): {stderr}"
    return json.loads(done.stdout.decode().splitlines()[-1])
