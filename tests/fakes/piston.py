"""A fake Piston on 127.0.0.1: the v2 execute API as engineer-man/piston serves it (the same 400s for a
missing field or an unknown runtime, the run result's stdout/stderr/code/signal/output, a SIGKILL
when a stream passes ``output_max_size`` or the run passes ``run_timeout``), running the job's first
file with this test's own Python. Only the tests' own submissions run in it; it is not a sandbox."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web


@dataclass
class FakePiston:
    output_max_size: int = 65536  # Piston's own default is 1024 (PISTON_OUTPUT_MAX_SIZE)
    numpy: bool = True  # whether its Python package has NumPy
    down: bool = False  # answer 503, as a proxy in front of a stopped service would
    requests: list[dict[str, Any]] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    url: str = ""
    _runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_post("/api/v2/execute", self.execute)
        app.router.add_get("/api/v2/runtimes", self.runtimes)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def runtimes(self, request: web.Request) -> web.Response:
        version = f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
        return web.json_response([{"language": "python", "version": version, "aliases": ["py", "python3"]}])

    async def execute(self, request: web.Request) -> web.Response:
        if self.down:
            return web.json_response({"message": "service unavailable"}, status=503)
        body = await request.json()
        self.requests.append(body)
        for key, kind in (("language", str), ("version", str), ("files", list)):
            if not isinstance(body.get(key), kind):
                return web.json_response({"message": f"{key} is required as a {kind.__name__}"}, status=400)
        if body["language"] not in ("python", "py", "python3") or not body["version"].startswith(("3", "*")):
            return web.json_response(
                {"message": f"{body['language']}-{body['version']} runtime is unknown"}, status=400
            )
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            run = await self._run(body)
        finally:
            self.in_flight -= 1
        version = f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
        return web.json_response({"language": "python", "version": version, "run": run})

    async def _run(self, body: dict[str, Any]) -> dict[str, Any]:
        with tempfile.TemporaryDirectory(prefix="fake-piston-") as job:
            _write_files(job, body["files"])
            flags = [] if self.numpy else ["-S"]  # no site-packages: a bare Python package
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                *flags,
                body["files"][0]["name"],
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                cwd=job,
                env={"PATH": "/usr/bin:/bin", "HOME": job},
                start_new_session=True,
            )
            streams = {"stdout": bytearray(), "stderr": bytearray()}
            killed: list[str] = []

            async def pump(name: str, stream: asyncio.StreamReader) -> None:
                while chunk := await stream.read(4096):
                    if len(streams[name]) > self.output_max_size:  # Piston's check, before appending
                        killed.append("SIGKILL")
                        with contextlib.suppress(ProcessLookupError):
                            os.killpg(proc.pid, signal.SIGKILL)
                        continue
                    streams[name] += chunk

            assert proc.stdin and proc.stdout and proc.stderr
            proc.stdin.write(body.get("stdin", "").encode())
            proc.stdin.close()
            pumps = asyncio.gather(pump("stdout", proc.stdout), pump("stderr", proc.stderr))
            try:
                await asyncio.wait_for(proc.wait(), body.get("run_timeout", 3000) / 1000)
            except TimeoutError:
                killed.append("SIGKILL")
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
            await pumps
            rc = await proc.wait()
        out, err = (bytes(streams[k]).decode("utf-8", "replace") for k in ("stdout", "stderr"))
        sig = signal.Signals(-rc).name if rc < 0 else None
        return {
            "stdout": out,
            "stderr": err,
            "code": None if sig else rc,
            "signal": sig,
            "output": out + err,
        }


def _write_files(job: str, files: list[dict[str, str]]) -> None:
    for f in files:
        Path(job, f["name"]).write_text(f["content"], encoding="utf-8")
