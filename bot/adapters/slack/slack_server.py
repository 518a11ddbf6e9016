"""Building the Slack app from the settings, and serving it: HTTP mode (``POST /slack/events``, signed
requests) or Socket Mode (``SLACK_APP_TOKEN``), with ``GET /healthz`` on ``PORT`` either way, and the
OAuth install pages (``/slack/install``, ``/slack/oauth_redirect``) when ``SLACK_CLIENT_ID`` is set."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_flow import AsyncOAuthFlow
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.adapters.slack.slack_app import SlackCoach
from bot.adapters.slack.slack_manifest import BOT_SCOPES
from bot.adapters.slack.slack_roster import SlackRoster
from bot.adapters.slack.slack_sender import PLATFORM, SlackPoster, SlackSender, reply_client, web_client
from bot.adapters.slack.slack_store import SlackLedger, installation_store, oauth_state_store
from bot.core.clock import Clock
from bot.core.engine import Coach
from bot.logs import set_context
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.ops_http import Ops

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
HEALTH_PATH = "/healthz"


@dataclass
class SlackRuntime:
    """Everything Slack in one process, built by ``build_slack_app``."""

    app: AsyncApp
    listeners: SlackCoach
    sender: SlackSender
    settings: Settings
    oauth_flow: AsyncOAuthFlow | None = None
    installations: AsyncInstallationStore | None = None
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    ops: Ops | None = None  # set by `prepdrip run`: the process's /healthz and /metrics, served here too


def build_slack_app(coach: Coach, clock: Clock, settings: Settings, engine: AsyncEngine) -> SlackRuntime:
    """The bolt ``AsyncApp`` for the settings: one workspace with ``SLACK_BOT_TOKEN``, or any number with
    ``SLACK_CLIENT_ID``/``SLACK_CLIENT_SECRET`` (installations kept in our database)."""
    api = settings.slack_api_url
    poster = SlackPoster()
    listeners = SlackCoach(coach, clock, SlackLedger(engine), poster)
    verify = bool(settings.slack_signing_secret)
    common: dict[str, Any] = {
        "signing_secret": settings.slack_signing_secret or "",
        "request_verification_enabled": verify,
        "url_verification_enabled": True,
    }
    if settings.slack_oauth():
        assert settings.slack_client_id and settings.slack_client_secret
        store = installation_store(engine, settings.slack_client_id)
        flow = AsyncOAuthFlow(
            client=web_client(api),
            settings=AsyncOAuthSettings(
                client_id=settings.slack_client_id,
                client_secret=settings.slack_client_secret,
                scopes=list(BOT_SCOPES),
                installation_store=store,
                state_store=oauth_state_store(engine),
                redirect_uri=settings.slack_redirect_uri,
                install_path=INSTALL_PATH,
                redirect_uri_path=REDIRECT_PATH,
            ),
        )
        app = AsyncApp(client=reply_client(api), oauth_flow=flow, installation_store=store, **common)

        async def forget(team: str) -> None:
            await store.async_delete_all(enterprise_id=None, team_id=team)

        listeners.on_workspace_gone = forget

        async def installed(team: str) -> None:
            await coach.workspace_back(PLATFORM, team)

        store.on_installed = installed

        async def client_for(team: str) -> AsyncWebClient | None:
            bot = await store.async_find_bot(enterprise_id=None, team_id=team)
            return web_client(api, bot.bot_token) if bot is not None and bot.bot_token else None

        runtime = SlackRuntime(app, listeners, SlackSender(client_for, poster), settings, flow, store)
        coach.use_roster(PLATFORM, SlackRoster(client_for))
    else:
        app = AsyncApp(client=reply_client(api, settings.slack_bot_token), **common)
        client = web_client(api, settings.slack_bot_token)  # the dispatcher's: a second 429 is TryLater

        async def single(team: str) -> AsyncWebClient | None:
            return client

        runtime = SlackRuntime(app, listeners, SlackSender(single, poster), settings)
        coach.use_roster(PLATFORM, SlackRoster(single))
    listeners.register(app)
    app.use(_log_context)
    return runtime


async def _log_context(body: dict[str, Any], context: dict[str, Any], next: Callable[[], Awaitable[None]]) -> None:
    """Tag every log line of this request, and of the listener bolt runs after the ack, with the
    workspace and a request id (Slack's event id when there is one)."""
    team = context.get("team_id") or context.get("enterprise_id") or body.get("team_id")
    set_context(PLATFORM, str(team) if team else None, body.get("event_id") or None)
    await next()


def slack_web_app(runtime: SlackRuntime, *, events: bool = True) -> web.Application:
    """The HTTP side: Slack's requests (``events``: HTTP mode), the OAuth pages, and ``/healthz``."""

    async def slack_events(request: web.Request) -> web.Response:
        response = await runtime.app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(response)

    async def healthz(request: web.Request) -> web.Response:
        if runtime.ready.is_set():
            return web.json_response({"ok": True, "platform": PLATFORM})
        return web.json_response({"ok": False, "starting": True}, status=503)

    web_app = web.Application(client_max_size=8 * 1024 * 1024)
    if runtime.ops is not None:
        runtime.ops.add_routes(web_app)
    else:
        web_app.router.add_get(HEALTH_PATH, healthz)
    if events:
        web_app.router.add_post(EVENTS_PATH, slack_events)
    flow = runtime.oauth_flow
    if flow is not None:

        async def install(request: web.Request) -> web.Response:
            return await to_aiohttp_response(await flow.handle_installation(await to_bolt_request(request)))

        async def redirect(request: web.Request) -> web.Response:
            return await to_aiohttp_response(await flow.handle_callback(await to_bolt_request(request)))

        web_app.router.add_get(INSTALL_PATH, install)
        web_app.router.add_get(REDIRECT_PATH, redirect)
    return web_app


@dataclass
class RunningSlack:
    runtime: SlackRuntime
    runner: web.AppRunner
    url: str
    socket: AsyncSocketModeHandler | None = None

    async def stop(self, grace: float = 10.0) -> None:
        """Stop taking requests, then let work already acked finish (bounded by ``grace`` seconds): the
        core has committed it, and a reply cut off now would be lost."""
        if self.socket is not None:
            await self.socket.close_async()  # type: ignore[no-untyped-call]
        await self.runner.cleanup()
        acked = [t for t in asyncio.all_tasks() if _is_bolt_listener(t)]
        if acked:
            _, late = await asyncio.wait(acked, timeout=grace)
            if late:
                log.warning("%d Slack request(s) still running after %.0f s; stopping anyway", len(late), grace)


def _is_bolt_listener(task: asyncio.Task[Any]) -> bool:
    """A listener bolt runs after the ack (``asyncio.ensure_future`` in its listener runner)."""
    code = getattr(task.get_coro(), "cr_code", None)
    return task is not asyncio.current_task() and code is not None and "slack_bolt" in code.co_filename


async def start_slack(runtime: SlackRuntime, *, host: str = "0.0.0.0", port: int | None = None) -> RunningSlack:
    """Serve: Socket Mode when ``SLACK_APP_TOKEN`` is set (then HTTP serves only health and OAuth), else
    HTTP mode. Ready (``/healthz`` 200) once Slack can reach the app."""
    settings = runtime.settings
    socket_mode = bool(settings.slack_app_token)
    runner = web.AppRunner(slack_web_app(runtime, events=not socket_mode), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, settings.port if port is None else port).start()
    bound_host, bound_port = runner.addresses[0][:2]
    running = RunningSlack(runtime, runner, f"http://{bound_host}:{bound_port}")
    if socket_mode:
        handler = AsyncSocketModeHandler(
            runtime.app, settings.slack_app_token, web_client=web_client(settings.slack_api_url)
        )
        try:
            await handler.connect_async()  # type: ignore[no-untyped-call]
        except BaseException:  # stopped (or failed) before Slack answered: close what was opened
            await handler.close_async()  # type: ignore[no-untyped-call]
            await runner.cleanup()
            raise
        running.socket = handler
    runtime.ready.set()
    return running
