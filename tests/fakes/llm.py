"""A fake OpenAI-compatible chat-completions endpoint on 127.0.0.1: ``POST /v1/chat/completions``
answers as OpenAI, Ollama, vLLM and llama.cpp do (``choices[0].message.content``), with the content a
test chooses. By default it plays a judge that credits every key point with the answer's first words
as the quote. It records every request, can be slow (a time-out) or fail (an HTTP error)."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

POINT = re.compile(r"^- id ([a-z0-9-]+):", re.M)
ANSWER = re.compile(r"<<<\n(.*)\n>>>", re.S)


def rubric_ids(body: dict[str, Any]) -> list[str]:
    return POINT.findall(body["messages"][-1]["content"])


def answer_of(body: dict[str, Any]) -> str:
    m = ANSWER.search(body["messages"][-1]["content"])
    return m.group(1) if m else ""


def credit_all(body: dict[str, Any]) -> str:
    quote = " ".join(answer_of(body).split()[:6])
    return json.dumps({"points": [{"id": i, "verdict": "covered", "quote": quote} for i in rubric_ids(body)]})


@dataclass
class FakeLLM:
    reply: Callable[[dict[str, Any]], str] = credit_all  # the message content, from the request body
    delay: float = 0.0  # seconds before answering (a time-out when above the client's)
    status: int = 200
    requests: list[dict[str, Any]] = field(default_factory=list)
    auth: list[str] = field(default_factory=list)
    url: str = ""
    _runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self.completions)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/v1"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def completions(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        self.auth.append(request.headers.get("Authorization", ""))
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.status != 200:
            return web.json_response(
                {"error": {"message": "the fake is down", "type": "server_error"}}, status=self.status
            )
        if not isinstance(body.get("model"), str) or not isinstance(body.get("messages"), list):
            return web.json_response({"error": {"message": "model and messages are required"}}, status=400)
        return web.json_response(
            {
                "id": f"chatcmpl-{len(self.requests)}",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": self.reply(body)}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            }
        )
