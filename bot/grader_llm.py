"""The LLM judge over any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, a
llama.cpp server): ``GRADER_LLM_URL``, ``GRADER_LLM_MODEL``, ``GRADER_LLM_API_KEY``.

Nothing is built, and nothing is sent anywhere, unless ``GRADER_LLM_URL`` is set. The core caches
a readable reply in the database per (prompt, content version, answer hash), so the same answer is
sent once (``uow.judgements``); a time-out (``GRADER_LLM_TIMEOUT``), an HTTP or network error, or a
reply that is not the JSON asked for leaves the learner with the local grade
(``bot.core.grading_llm``)."""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

import aiohttp

from bot.core.grading_llm import (
    TRUST_ALL,
    TRUST_LEVELS,
    JudgeResult,
    Rubric,
    messages,
    parse_reply,
)

log = logging.getLogger(__name__)


def completions_url(url: str) -> str:
    """``https://api.openai.com/v1`` and ``http://localhost:11434/v1/chat/completions`` alike."""
    url = url.rstrip("/")
    return url if url.endswith("/chat/completions") else url + "/chat/completions"


class OpenAICompatibleJudge:
    """Holds one HTTP session (opened on first use, closed by ``close``) and the cache."""

    def __init__(
        self,
        url: str,
        model: str,
        api_key: str | None = None,
        *,
        timeout: float = 8.0,
        trust: str = TRUST_ALL,
    ) -> None:
        if trust not in TRUST_LEVELS:
            raise ValueError(f"GRADER_LLM_TRUST must be one of {', '.join(TRUST_LEVELS)}, not {trust!r}")
        self.url = completions_url(url)
        self.model = model
        self.trust = trust
        self._api_key = api_key
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def host(self) -> str:
        parts = urlsplit(self.url)
        return parts.netloc.rsplit("@", 1)[-1] or self.url

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def judge(self, rubric: Rubric, answer: str) -> JudgeResult:
        try:
            async with asyncio.timeout(self.timeout):
                text = await self._complete(messages(rubric, answer))
        except TimeoutError:
            return JudgeResult(None, f"no reply from {self.host} within {self.timeout:g} s: local verdicts kept")
        except (aiohttp.ClientError, ValueError) as e:
            log.warning("LLM judge at %s failed: %s", self.host, e)
            return JudgeResult(None, f"{self.host} failed ({str(e)[:80]}): local verdicts kept")
        try:
            verdicts = parse_reply(text)
        except ValueError as e:
            log.warning("LLM judge at %s replied in an unreadable shape: %s", self.host, e)
            return JudgeResult(None, f"{self.host} replied in an unreadable shape ({e}): local verdicts kept")
        return JudgeResult(verdicts, f"{self.model} at {self.host}")

    async def _complete(self, msgs: list[dict[str, str]]) -> str:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
        body = {
            "model": self.model,
            "messages": msgs,
            "temperature": 0,
            "response_format": {"type": "json_object"},
        }
        async with self._session.post(self.url, json=body, headers=headers) as resp:
            if resp.status != 200:
                raise ValueError(f"HTTP {resp.status}")
            data = await resp.json(content_type=None)
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise ValueError("no choices[0].message.content in the reply") from None
        if not isinstance(content, str):
            raise ValueError("the message content is not text")
        return content


def build_judge(
    url: str | None, model: str, api_key: str | None, timeout: float, trust: str = TRUST_ALL
) -> OpenAICompatibleJudge | None:
    """The judge the operator configured, or None: without a URL, answers never leave this process."""
    if not url:
        return None
    return OpenAICompatibleJudge(url, model, api_key, timeout=timeout, trust=trust)
