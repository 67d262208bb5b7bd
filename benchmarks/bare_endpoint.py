"""The reference for the no-op sync's HTTP exchange: a bare FastAPI endpoint on the server's
stack (FastAPI, uvicorn with the same options as ``fieldcase-server serve``: HTTP parser,
event loop and access log as uvicorn picks them), doing nothing but read the body and answer.

    .venv/bin/python benchmarks/bare_endpoint.py PORT     # what benchmarks/sync.py starts

``benchmarks/sync.py`` times one POST to it after every no-op sync, from a client built the
same way, so the gap between the two is what FieldCase's request path costs, measured in the
same minutes (the machine's load moves both).
"""

from __future__ import annotations

import sys

from fastapi import FastAPI, Request, Response

PATH = "/bare"

app = FastAPI()


@app.post(PATH)
async def bare(request: Request) -> Response:
    await request.body()
    return Response(content=b"{}", media_type="application/json")


def main(argv: list[str]) -> None:
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(argv[0]), log_level="info")


if __name__ == "__main__":
    main(sys.argv[1:])
