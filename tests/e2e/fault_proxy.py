"""A loopback HTTP/1.1 proxy that injects network faults between a device and a real server.

Devices enrol through the proxy's URL, so every sync request passes through it. Each request
is read whole from the device (head and ``Content-Length`` body), forwarded to the upstream
server on a fresh connection with ``Connection: close``, and the whole answer read back and
relayed; the device's connection is closed after each answer, so a request is one connection.

A :class:`Rule` names a fault, the request path it matches and which matching requests it hits
(``skip`` first, then ``times``):

- ``drop_request``: read the request, never forward it, hang up (the device sees a broken
  connection: the server did nothing);
- ``drop_response``: forward it, read the full answer (the server has committed), hang up;
- ``duplicate``: send the same bytes to the server twice, one after the other (``relay``
  says which answer the device gets: the first, or the second, a replay refusal) or both at
  once (``concurrent=True``);
- ``delay``: hold the request until ``release_after`` later requests have been answered (or a
  bounded time has passed), then forward it; ``hang_up=True`` hangs up on the device at once,
  so the device retries and its retry reaches the server *before* the held original;
- ``truncate_request`` / ``truncate_response``: cut the body to ``keep`` (a fraction) and
  either say so in ``Content-Length`` (a short, complete message) or keep the original length
  and hang up mid-body;
- ``kill_server``: forward the request, wait ``kill_delay`` seconds, call ``on_kill`` (the test
  kills the server process) and hang up;
- ``notify``: relay normally and set ``relayed`` once the answer has been written.

Every loop is bounded: reads stop at a size limit and a deadline, holds time out, and
:meth:`FaultProxy.stop` cancels every task, stops the event loop and joins its one thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Fault = Literal["drop_request", "drop_response", "duplicate", "delay", "truncate_request",
                "truncate_response", "kill_server", "notify"]

MAX_HEAD = 64 * 1024
MAX_BODY = 32 * 1024 * 1024
IO_TIMEOUT = 15.0
HOLD_TIMEOUT = 10.0


@dataclass
class Rule:
    fault: Fault
    path: str = "/v1/sync/"
    skip: int = 0
    times: int = 1
    relay: Literal["first", "second"] = "first"
    concurrent: bool = False
    release_after: int = 1
    hang_up: bool = False
    keep: float = 0.5
    honest_length: bool = True
    kill_delay: float = 0.0
    on_kill: Callable[[], None] | None = None
    relayed: threading.Event = field(default_factory=threading.Event)
    seen: int = 0
    hits: int = 0

    def claims(self, path: str) -> bool:
        """Counts a matching request; True when this rule acts on it."""
        if not path.startswith(self.path):
            return False
        self.seen += 1
        if self.skip < self.seen <= self.skip + self.times:
            self.hits += 1
            return True
        return False


@dataclass(frozen=True)
class Message:
    head: bytes
    body: bytes

    @property
    def start_line(self) -> str:
        return self.head.split(b"\r\n", 1)[0].decode("latin-1")

    @property
    def path(self) -> str:
        parts = self.start_line.split(" ")
        return parts[1] if len(parts) > 1 else ""

    @property
    def status(self) -> int:
        parts = self.start_line.split(" ")
        return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0

    def with_body(self, body: bytes, length: int | None = None) -> bytes:
        """The message re-framed around ``body`` with ``Content-Length: length``."""
        lines = [line for line in self.head.split(b"\r\n")
                 if line and not line.lower().startswith(b"content-length:")]
        lines.append(b"content-length: " + str(len(body) if length is None else length).encode())
        return b"\r\n".join(lines) + b"\r\n\r\n" + body

    def for_upstream(self) -> bytes:
        lines = [line for line in self.head.split(b"\r\n")
                 if line and not line.lower().startswith((b"connection:", b"content-length:"))]
        lines += [b"connection: close", b"content-length: " + str(len(self.body)).encode()]
        return b"\r\n".join(lines) + b"\r\n\r\n" + self.body


def _content_length(head: bytes) -> int | None:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return None


async def read_message(reader: asyncio.StreamReader, *, until_eof: bool) -> Message | None:
    """One HTTP/1.1 message; None if the peer closed before sending a head."""
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IO_TIMEOUT)
    except asyncio.IncompleteReadError:
        return None
    except asyncio.LimitOverrunError as error:
        raise ValueError("HTTP head too large") from error
    length = _content_length(head)
    if length is not None:
        if length > MAX_BODY:
            raise ValueError("HTTP body too large")
        body = await asyncio.wait_for(reader.readexactly(length), IO_TIMEOUT)
    elif until_eof:
        body = await asyncio.wait_for(reader.read(MAX_BODY), IO_TIMEOUT)
    else:
        body = b""
    return Message(head[:-4], body)


class FaultProxy:
    """Run with ``with FaultProxy(upstream_port) as proxy:``; the device talks to ``proxy.url``.

    ``port`` 0 picks a free one; a fixed one lets a new proxy stand where the last one stood
    (devices keep the URL they enrolled with). ``upstream_port`` may change while running."""

    def __init__(self, upstream_port: int, port: int = 0) -> None:
        self.upstream_port = upstream_port
        self.rules: list[Rule] = []
        self.log: list[tuple[str, int, str]] = []  # (path, status relayed or 0, fault or "")
        self.answered = 0
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._started = threading.Event()
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._answered_changed: asyncio.Condition | None = None
        self.port = port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add(self, *rules: Rule) -> None:
        with self._lock:
            self.rules.extend(rules)

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def start(self) -> None:
        self._thread.start()
        if not self._started.wait(10) or self._server is None:
            raise RuntimeError("the fault proxy did not start")

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        future = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        future.result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        if self._thread.is_alive():
            raise RuntimeError("the fault proxy thread did not stop")
        self._loop.close()

    # -- the loop's thread ----------------------------------------------------------------

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._listen())
        self._started.set()
        self._loop.run_forever()

    async def _listen(self) -> None:
        self._answered_changed = asyncio.Condition()
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port,
                                                  limit=MAX_HEAD)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
        await self._loop.shutdown_default_executor()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._serve_one(reader, writer)
        except (OSError, ValueError, TimeoutError, asyncio.IncompleteReadError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()
            with contextlib.suppress(OSError, asyncio.CancelledError):
                await writer.wait_closed()

    def _claim(self, path: str) -> Rule | None:
        with self._lock:
            return next((rule for rule in self.rules if rule.claims(path)), None)

    async def _serve_one(self, reader: asyncio.StreamReader,
                         writer: asyncio.StreamWriter) -> None:
        request = await read_message(reader, until_eof=False)
        if request is None:
            return
        rule = self._claim(request.path)
        fault = rule.fault if rule is not None else ""
        answer: Message | None = None
        if rule is None or rule.fault == "notify":
            answer = await self._forward(request.for_upstream())
        elif rule.fault == "drop_request":
            pass
        elif rule.fault == "drop_response":
            await self._forward(request.for_upstream())
        elif rule.fault == "duplicate":
            answer = await self._duplicate(request, rule)
        elif rule.fault == "delay":
            answer = await self._delay(request, rule, writer)
        elif rule.fault == "truncate_request":
            answer = await self._truncated_request(request, rule)
        elif rule.fault == "truncate_response":
            answer = await self._forward(request.for_upstream())
            if answer is not None:
                cut = answer.body[: int(len(answer.body) * rule.keep)]
                length = None if rule.honest_length else len(answer.body)
                writer.write(answer.with_body(cut, length))
                await writer.drain()
                answer = None
        elif rule.fault == "kill_server":
            await self._kill_mid_request(request, rule)
        self.log.append((request.path, answer.status if answer else 0, fault))
        if answer is not None and not writer.is_closing():
            writer.write(answer.with_body(answer.body))
            await writer.drain()
            if rule is not None:
                rule.relayed.set()
        await self._count_answer()

    async def _count_answer(self) -> None:
        assert self._answered_changed is not None
        async with self._answered_changed:
            self.answered += 1
            self._answered_changed.notify_all()

    async def _forward(self, raw: bytes) -> Message | None:
        """Send raw request bytes upstream; the whole answer, or None if the server is gone."""
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", self.upstream_port, limit=MAX_HEAD),
                IO_TIMEOUT)
        except OSError:
            return Message(b"HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/plain", b"")
        try:
            writer.write(raw)
            await writer.drain()
            return await read_message(reader, until_eof=True)
        except (OSError, asyncio.IncompleteReadError):
            return None
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    async def _duplicate(self, request: Message, rule: Rule) -> Message | None:
        raw = request.for_upstream()
        if rule.concurrent:
            first, second = await asyncio.gather(self._forward(raw), self._forward(raw))
        else:
            first = await self._forward(raw)
            second = await self._forward(raw)
        return first if rule.relay == "first" else second

    async def _delay(self, request: Message, rule: Rule,
                     writer: asyncio.StreamWriter) -> Message | None:
        assert self._answered_changed is not None
        target = self.answered + rule.release_after
        if rule.hang_up:
            writer.close()
        async with self._answered_changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._answered_changed.wait_for(lambda: self.answered >= target),
                    HOLD_TIMEOUT)
        return await self._forward(request.for_upstream())

    async def _truncated_request(self, request: Message, rule: Rule) -> Message | None:
        cut = request.body[: int(len(request.body) * rule.keep)]
        if rule.honest_length:
            return await self._forward(Message(request.head, cut).for_upstream())
        # Promise the whole body, send part of it, then hang up on the server.
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", self.upstream_port), IO_TIMEOUT)
        except OSError:
            return None
        writer.write(request.with_body(cut, len(request.body)))
        await writer.drain()
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        del reader
        return None

    async def _kill_mid_request(self, request: Message, rule: Rule) -> None:
        forwarding = asyncio.ensure_future(self._forward(request.for_upstream()))
        await asyncio.sleep(rule.kill_delay)
        if rule.on_kill is not None:
            rule.on_kill()  # SIGKILL and reap: quick, so it may block the loop briefly
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(forwarding, IO_TIMEOUT)
