"""A real ``fieldcase-server`` process on a free loopback port, for end-to-end tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from tests.pg import free_port


def server_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("FIELDCASE_")}


def start_server(cwd: Path, *args: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "fieldcase.server.cli", "serve", "--port", str(port), *args],
        cwd=cwd, env=server_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return process, port


def wait_healthy(process: subprocess.Popen[bytes], port: int) -> httpx.Response:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        try:
            return httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("the server did not answer within 30 s")


def stop(process: subprocess.Popen[bytes]) -> str:
    """SIGTERM, as a service manager sends it; returns the log (uvicorn logs to stderr)."""
    process.terminate()
    _, log = process.communicate(timeout=15)
    # uvicorn shuts down gracefully, then re-raises the signal so the exit status shows it.
    assert process.returncode in (0, -signal.SIGTERM)
    return log.decode(errors="replace")


def admin(cwd: Path, *args: str, passphrase: str | None = None) -> str:
    """Run one ``fieldcase-server`` administration command; returns its standard output."""
    env = server_env()
    if passphrase is not None:
        env["FIELDCASE_SERVER_PASSPHRASE"] = passphrase
    result = subprocess.run([sys.executable, "-m", "fieldcase.server.cli", *args], cwd=cwd,
                            env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout
