"""The pipe between the checker and the learner process, and the values that may cross it.

The checker runs a drill's tests and writes the verdict; the learner's code runs in another process
(see ``judge_main``). In the checker the learner's functions and classes are ``Remote`` proxies: a
call becomes a message, the learner process runs it and answers with the result. So nothing the
learner's code does in its own process (walking frames, patching the harness, writing to file
descriptors) can reach the code that decides pass or fail.

What crosses is data only, JSON with one-key tags, decoded without running anything the sender
chose (never pickle): ``None``, ``bool``, ``int``, ``float`` (NaN and infinities too), ``str``,
``bytes``, ``list``, ``tuple``, ``dict``, ``set``, ``frozenset``, ``range``, ``complex``, NumPy arrays
and scalars of plain dtypes (never ``object`` from raw bytes). Anything else goes as a handle: a
number the other side holds a ``Remote`` for, whose calls, attributes, iteration, ``len``, indexing
and conversions are forwarded. A learner object compares equal only to itself: forwarding ``==``
would let an object whose ``__eq__`` always says yes pass every ``assert f(x) == expected``.

Handles go both ways: a lambda or generator a test passes to the learner's function stays in the
checker and is called back. The checker serves its own handles narrowly (calls, iteration, public
attributes that are data or methods; never modules, classes, frames or code), so a callback is no
way in. Lists, dicts, sets and arrays the learner's function changes in place are written back.
Exceptions come back as the builtin type they derive from, so ``except ValueError:`` in a test
works, with the learner's own type name and traceback lines kept for the report.

Standard library only, and nothing from ``bot``: in the sandbox these are lone files side by side
(``wire.py``, ``wire_codec.py``, ``wire_values.py``).
"""

from __future__ import annotations

import json
import os
import struct
import threading
from collections.abc import Callable
from typing import Any, NoReturn

if __package__:
    from . import wire_codec, wire_values
else:  # the sandbox: lone files side by side, imported by their own names
    import wire_codec  # type: ignore[import-not-found, no-redef]
    import wire_values  # type: ignore[import-not-found, no-redef]

Codec = wire_codec.Codec
_INTROSPECTION = wire_values._INTROSPECTION
_PUBLIC = wire_values._PUBLIC
MAX_BATCH = wire_values.MAX_BATCH
MAX_MESSAGE = wire_values.MAX_MESSAGE
ChannelClosed = wire_values.ChannelClosed
ProtocolError = wire_values.ProtocolError
Remote = wire_values.Remote
_bound_to = wire_values._bound_to
_is_data = wire_values._is_data
_is_mutable = wire_values._is_mutable
_list = wire_values._list
_pair = wire_values._pair
write_back = wire_values.write_back

__all__ = ["Channel", "ChannelClosed", "Peer", "ProtocolError", "Remote"]

_HEADER = struct.Struct("<I")


class Channel:
    """Length-prefixed JSON messages over a pair of pipe descriptors."""

    def __init__(self, rfd: int, wfd: int) -> None:
        self.rfd, self.wfd = rfd, wfd
        self._buf = bytearray()

    def send(self, msg: Any) -> None:
        data = json.dumps(msg, separators=(",", ":")).encode()
        view = memoryview(_HEADER.pack(len(data)) + data)
        try:
            while view:
                view = view[os.write(self.wfd, view) :]
        except OSError as e:  # EPIPE: the reader is gone
            raise ChannelClosed(str(e)) from None

    def recv(self) -> Any:
        (n,) = _HEADER.unpack(self._read(_HEADER.size))
        if n > MAX_MESSAGE:
            raise ProtocolError(f"a message of {n} bytes")
        try:
            return json.loads(self._read(n))
        except (ValueError, RecursionError) as e:
            raise ProtocolError(f"not JSON: {e}") from None

    def _read(self, n: int) -> bytes:
        while len(self._buf) < n:
            try:
                chunk = os.read(self.rfd, max(1 << 16, n - len(self._buf)))
            except OSError as e:
                raise ChannelClosed(str(e)) from None
            if not chunk:
                raise ChannelClosed("end of file")
            self._buf += chunk
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out


class Peer(Codec):
    """One side of the pipe: encodes and decodes values, holds the objects it handed out as handles,
    and serves the other side's requests on them, also while it waits for an answer of its own (a
    learner function calling a test's lambda calls back into the checker mid-call).

    ``learner_side=False`` is the checker serving the learner: only the narrow set of operations above."""

    def __init__(
        self,
        chan: Channel,
        *,
        learner_side: bool,
        trace: Callable[[BaseException], list[str]] | None = None,
        on_broken: Callable[[Exception], NoReturn] | None = None,
    ) -> None:
        self.chan = chan
        self.on_broken = on_broken  # the pipe closed or carried garbage: no test may see that as an error
        self.learner_side = learner_side
        self.trace = trace  # the learner side: an exception's frames in the learner's code
        self._lock = threading.RLock()
        self.exports: dict[int, Any] = {}
        self._export_ids: dict[int, int] = {}
        self._proxies: dict[int, Remote] = {}
        self._methods: dict[type, list[str]] = {}

    # ---- requests ---------------------------------------------------------------------------------

    def request(self, op: str, hid: int, *args: Any, name: str | None = None, **kwargs: Any) -> dict[str, Any]:
        with self._lock:  # one conversation at a time: a test's threads take turns
            try:
                return self._request(op, hid, *args, name=name, **kwargs)
            except (ChannelClosed, ProtocolError) as e:
                self.broken(e)

    def broken(self, e: Exception) -> NoReturn:
        if self.on_broken is not None:
            self.on_broken(e)
        raise e

    def _request(self, op: str, hid: int, *args: Any, name: str | None = None, **kwargs: Any) -> dict[str, Any]:
        msg: dict[str, Any] = {"q": op, "h": hid}
        if name is not None:
            msg["n"] = name
        mutable: list[tuple[int | str, Any]] = []
        if args:
            msg["a"] = [self.encode(a) for a in args]
            mutable += [(i, a) for i, a in enumerate(args) if _is_mutable(a)]
        if kwargs:
            msg["k"] = [[k, self.encode(v)] for k, v in kwargs.items()]
            mutable += [(k, v) for k, v in kwargs.items() if _is_mutable(v)]
        self.chan.send(msg)
        answer = self.wait()
        if mutable and isinstance(answer.get("wb"), list):
            changed = dict(mutable)
            for pair in answer["wb"]:
                if not (isinstance(pair, list) and len(pair) == 2 and type(pair[0]) in (int, str)):
                    raise ProtocolError("a bad write-back")
                if pair[0] in changed:
                    write_back(changed[pair[0]], self.decode(pair[1]))
        if "x" in answer:
            raise self.exception(answer["x"])
        return answer

    def wait(self) -> dict[str, Any]:
        """The answer to our last request, serving the other side's requests meanwhile."""
        while True:
            msg = self.chan.recv()
            if not isinstance(msg, dict):
                raise ProtocolError("a message that is not an object")
            if "q" in msg:
                self.answer(msg)
            else:
                return msg

    def answer(self, msg: dict[str, Any]) -> None:
        """Serve one request and send its answer; an answer JSON can't write (an int of more than
        4,300 digits) goes as the error it is."""
        answer = self.serve(msg)
        try:
            self.chan.send(answer)
        except (ValueError, TypeError, RecursionError) as e:
            self.chan.send({"x": self.describe(e)})

    def value(self, op: str, hid: int, *args: Any, name: str | None = None, **kwargs: Any) -> Any:
        answer = self.request(op, hid, *args, name=name, **kwargs)
        try:
            return self.decode(answer.get("r"))
        except ProtocolError as e:
            self.broken(e)

    # ---- serving ----------------------------------------------------------------------------------

    def serve(self, msg: dict[str, Any]) -> dict[str, Any]:
        op: Any = None
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        try:
            op, hid = msg.get("q"), msg.get("h")
            if type(hid) is not int or hid not in self.exports:
                raise ProtocolError("an unknown handle")
            obj = self.exports[hid]
            args = [self.decode(a) for a in _list(msg.get("a", []))]
            kwargs = {str(k): self.decode(v) for k, v in (_pair(p) for p in _list(msg.get("k", [])))}
            name = msg.get("n")
            if not self.learner_side:
                self._allow(op, obj, name)
            result, extra = self._do(op, obj, name, args, kwargs)
            answer = {"r": self.encode(result), **extra}
        except ProtocolError:
            raise
        except BaseException as e:  # the caller gets it as an exception of its own, whatever it was
            answer = {"x": self.describe(e)}
        if self.learner_side and op in ("call", "callm"):
            wb = self._changed(msg, args, kwargs)
            if wb:
                answer["wb"] = wb
        return answer

    def _do(self, op: Any, obj: Any, name: Any, args: list[Any], kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        if op == "call":
            return obj(*args, **kwargs), {}
        if op == "callm":
            method = getattr(obj, str(name))
            if not self.learner_side and not _bound_to(method, obj):
                raise PermissionError(f"your code can only call the methods of a value the tests passed it ({name})")
            return method(*args, **kwargs), {}
        if op == "get":
            value = getattr(obj, str(name))
            if not self.learner_side and not (_bound_to(value, obj) or _is_data(value)):
                # an attribute that is an object (a generator's frame, a ctypes interface) is a way in
                raise PermissionError(f"your code can't look inside a value the tests passed it ({name})")
            return value, {}
        if op == "set":
            setattr(obj, str(name), args[0])
            return None, {}
        if op == "take":
            return self._take(obj, int(args[0]) if args else 1)
        ops: dict[str, Callable[[Any], Any]] = {
            "iter": iter,
            "len": len,
            "bool": bool,
            "repr": repr,
            "str": str,
            "float": float,
            "int": int,
            "index": lambda o: o.__index__(),
        }
        one = ops.get(str(op))
        if one is not None:
            return one(obj), {}
        if op == "item":
            return obj[args[0]], {}
        if op == "in":
            return args[0] in obj, {}
        if op == "setitem":
            obj[args[0]] = args[1]
            return None, {}
        if op == "delitem":
            del obj[args[0]]
            return None, {}
        raise ProtocolError(f"an unknown operation {op!r}")

    def _take(self, it: Any, n: int) -> tuple[list[Any], dict[str, Any]]:
        items: list[Any] = []
        for _ in range(max(1, min(n, MAX_BATCH))):
            try:
                items.append(next(it))
            except StopIteration:
                return items, {"end": True}
            except BaseException as e:
                if not items:
                    raise
                return items, {"later": self.describe(e)}
        return items, {}

    def _allow(self, op: Any, obj: Any, name: Any) -> None:
        """What the learner may do with the checker's objects: use them, not look inside them."""
        if op in ("call", "iter", "take", "len", "bool", "repr", "str", "float", "int", "index", "item", "in"):
            if op == "call" and isinstance(obj, type):
                raise TypeError("the tests' classes can't be called from your code")
            return
        if op in ("get", "callm") and isinstance(name, str) and _PUBLIC.match(name):
            if not name.startswith(_INTROSPECTION):
                return
        raise PermissionError(f"your code can't do {op!r} {name or ''} on a value the tests passed it")

    def _changed(self, msg: dict[str, Any], args: list[Any], kwargs: dict[str, Any]) -> list[list[Any]]:
        """The mutable arguments whose value the call changed, to write back in the caller."""
        out: list[list[Any]] = []
        sent = _list(msg.get("a", []))
        for i, a in enumerate(args):
            if _is_mutable(a):
                now = self._encode_or_none(a)
                if now is not None and now != sent[i]:
                    out.append([i, now])
        sent_k = {str(k): v for k, v in (_pair(p) for p in _list(msg.get("k", [])))}
        for k, v in kwargs.items():
            if _is_mutable(v):
                now = self._encode_or_none(v)
                if now is not None and now != sent_k.get(k):
                    out.append([k, now])
        return out

    def _encode_or_none(self, v: Any) -> Any:
        try:
            return self.encode(v)
        except Exception:
            return None
