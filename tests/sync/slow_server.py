"""The in-process fake server (``fake_server.HttpFront``) on a real loopback port, answering
only when the test lets it: a server that answers slowly, without a single sleep.

Each request that ``hold`` picks is announced (``arrived`` is set, ``held`` counts it) and then
waits until ``release`` is set (or ``max_hold`` seconds have passed, so a failing test never
hangs) before the front answers it. Requests are read and answered whole over HTTP/1.1, one
per connection, on the server's own threads; the device talks to it with its real HTTP client,
as it would to a real server. ``with SlowServer(front) as slow:`` starts it on a free port and
stops it (joining its threads) on exit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from .fake_server import HttpFront

MAX_HOLD = 20.0


class SlowServer:
    def __init__(self, front: HttpFront, *, hold: Callable[[str], bool] = lambda _path: True,
                 max_hold: float = MAX_HOLD) -> None:
        self.front = front
        self.hold = hold
        self.max_hold = max_hold
        self.arrived = threading.Event()
        self.release = threading.Event()
        self.held = 0
        self.answered: list[str] = []
        self._lock = threading.Lock()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._http.daemon_threads = False
        self._http.block_on_close = True
        self._thread = threading.Thread(target=self._http.serve_forever, name="slow-server")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._http.server_address[1]}"

    def __enter__(self) -> SlowServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._http.shutdown()
        self._http.server_close()  # joins the request threads
        self._thread.join()

    def _answer(self, method: str, path: str, headers: dict[str, str],
                body: bytes) -> httpx.Response:
        if self.hold(path):
            with self._lock:
                self.held += 1
            self.arrived.set()
            self.release.wait(self.max_hold)
        request = httpx.Request(method, f"{self.url}{path}", headers=headers, content=body)
        response = self.front.handle(request)
        with self._lock:
            self.answered.append(path)
        return response

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        slow = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                answer = slow._answer(self.command, self.path, dict(self.headers.items()),
                                      body)
                raw = b"".join(answer.stream)  # type: ignore[arg-type]
                self.send_response(answer.status_code)
                for name, value in answer.headers.items():
                    if name.lower() not in ("content-length", "transfer-encoding",
                                            "connection"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(raw)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(raw)
                self.close_connection = True

            do_GET = do_POST = do_PUT = _serve

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: a test's output is its assertions

        return Handler
