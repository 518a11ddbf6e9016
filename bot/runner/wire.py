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

Standard library only, and nothing from ``bot``: in the sandbox this is a lone file.
"""

from __future__ import annotations

import base64
import builtins
import json
import os
import re
import struct
import sys
import threading
import types
from collections.abc import Callable
from typing import Any, NoReturn

MAX_MESSAGE = 256 * 1024 * 1024  # one message; a value this large would not fit the memory limit anyway
MAX_BATCH = 1024  # items fetched at once from a remote iterator: 1, 2, 4, ... up to this
TEXT_CHARS = 4000  # an exception argument or message is cut to this
_HEADER = struct.Struct("<I")
_MUTABLE = (list, dict, set, bytearray)
_SCALARS = frozenset((type(None), bool, int, float, str))  # JSON carries these as they are
_PLAIN_KINDS = "biufcmMSU"  # NumPy dtype kinds whose bytes are only numbers or characters
_BUILTIN_TYPES = {t.__name__: t for t in (int, float, str, bool, bytes, complex, list, tuple, dict, set, frozenset)}
_PUBLIC = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
_INTROSPECTION = ("gi_", "cr_", "ag_", "f_", "tb_", "co_", "func_", "im_")
_NOT_EXPORTED = (types.ModuleType, types.FrameType, types.CodeType, types.TracebackType, types.CellType)


class ChannelClosed(Exception):
    """The other end is gone (its process ended, or it closed the pipe)."""


class ProtocolError(Exception):
    """The other end sent something that is not a well-formed message."""


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


class Peer:
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

    # ---- exceptions -------------------------------------------------------------------------------

    def describe(self, e: BaseException) -> dict[str, Any]:
        kinds = [c.__name__ for c in type(e).__mro__ if isinstance(getattr(builtins, c.__name__, None), type)]
        args = [a if isinstance(a, str | int | float | bool | type(None)) else _text(a) for a in e.args]
        args = [_cut(a) if isinstance(a, str) else a for a in args]
        if not all(type(a) in (str, int, float, bool, type(None)) for a in args):
            args = [_text(e)]
        out: dict[str, Any] = {"type": type(e).__name__, "kinds": kinds, "args": args}
        if self.trace is not None:
            try:
                out["trace"] = self.trace(e)
            except Exception:
                pass
        return out

    def exception(self, x: Any) -> BaseException:
        """An exception the other side described, as the nearest builtin type."""
        if not isinstance(x, dict):
            raise ProtocolError("a bad exception")
        cls: type[BaseException] = RuntimeError
        for name in _list(x.get("kinds", [])):
            found = getattr(builtins, name, None) if isinstance(name, str) else None
            if isinstance(found, type) and issubclass(found, BaseException):
                cls = found
                break
        args = [_cut(a) if type(a) is str else a for a in _list(x.get("args", []))[:8]]
        args = [a for a in args if type(a) in (str, int, float, bool, type(None))]
        shown = _cut(str(x.get("type", cls.__name__)))
        try:
            e = cls(*args)
        except Exception:  # a type whose arguments aren't plain (ExceptionGroup): its words, as a RuntimeError
            e = RuntimeError(*[str(a) for a in args[:1]])
        if shown != type(e).__name__:
            e._remote_type = shown  # type: ignore[attr-defined]
        trace = x.get("trace")
        if isinstance(trace, list):
            e._remote_trace = [_cut(str(t), 300) for t in trace[-5:]]  # type: ignore[attr-defined]
        return e

    # ---- the codec --------------------------------------------------------------------------------

    def encode(self, v: Any) -> Any:
        t = type(v)
        if v is None or t is bool or t is int or t is str:
            return v
        if t is float:
            return v  # JSON's NaN and Infinity read back as floats
        if t is list or t is tuple:
            tag = "l" if t is list else "t"
            kinds = set(map(type, v))
            if kinds <= _SCALARS:  # the common case, at C speed: [3, 1, 2], ["a", "b"]
                return {tag: list(v)}
            if kinds == {tuple} and all(set(map(type, x)) <= _SCALARS for x in v):
                return {tag + "t": [list(x) for x in v]}  # edges, intervals: [(1, 2), (2, 3)]
            return {tag: [self.encode(x) for x in v]}
        if t is dict:
            return {"d": [[self.encode(k), self.encode(x)] for k, x in v.items()]}
        np = sys.modules.get("numpy")
        if np is not None:
            if isinstance(v, np.ndarray):
                return self._encode_array(np, v)
            if isinstance(v, np.generic):
                dt = v.dtype
                if dt.kind in _PLAIN_KINDS and not dt.fields:
                    return {"ns": [dt.str, _b64(v.tobytes())]}
                return self._handle(v)
            if isinstance(v, np.dtype):
                return {"dt": v.str}
        if isinstance(v, type):
            name = v.__name__
            if _BUILTIN_TYPES.get(name) is v:
                return {"T": name}
            if np is not None and issubclass(v, np.generic) and getattr(np, name, None) is v:
                return {"T": "np." + name}
        if t is set or t is frozenset:
            return {"s" if t is set else "f": [self.encode(x) for x in v]}
        if t is bytes:
            return {"b": _b64(v)}
        if t is bytearray:
            return {"ba": _b64(bytes(v))}
        if t is range:
            return {"r": [v.start, v.stop, v.step]}
        if t is complex:
            return {"c": [v.real, v.imag]}
        if (t is Remote or t is RemoteCallable) and object.__getattribute__(v, "_peer") is self:
            return {"y": object.__getattribute__(v, "_hid")}  # back to the side that owns it
        if self.learner_side:  # the learner's own subclasses (a namedtuple, a Counter, an IntEnum) as plain data
            plain: Any
            for plain in (bool, int, float, str, tuple, list, dict, set, frozenset, bytes):
                if isinstance(v, plain):
                    return self.encode(plain(v))
        return self._handle(v)

    def _encode_array(self, np: Any, v: Any) -> Any:
        dt = v.dtype
        if dt.kind in _PLAIN_KINDS and not dt.fields and not dt.hasobject:
            a = np.ascontiguousarray(v)
            return {"nd": [dt.str, list(v.shape), _b64(a.tobytes()), bool(v.flags.writeable)]}
        if dt.kind == "O":
            return {"ndo": [list(v.shape), [self.encode(x) for x in v.ravel().tolist()]]}
        raise TypeError(f"an array of dtype {dt} can't be passed between the checker and your code")

    def _handle(self, v: Any) -> Any:
        if isinstance(v, _NOT_EXPORTED) or (isinstance(v, type) and not self.learner_side):
            raise TypeError(f"a {type(v).__name__} can't be passed to your code")
        hid = self._export_ids.get(id(v))
        if hid is None or self.exports.get(hid) is not v:
            hid = len(self.exports) + 1
            self.exports[hid] = v
            self._export_ids[id(v)] = hid
        flags = ("c" if callable(v) else "") + ("i" if _is_iterator(v) else "")
        out: list[Any] = [hid, flags, _cut(type(v).__name__, 80)]
        if self.learner_side and not isinstance(v, type):
            out.append(self._method_names(type(v)))
        return {"h": out}

    def _method_names(self, t: type) -> list[str]:
        """Public methods of a class, so ``cache.get(k)`` is one round trip rather than two."""
        names = self._methods.get(t)
        if names is None:
            names = []
            for n in dir(t):
                if n.startswith("_"):
                    continue
                attr = getattr(t, n, None)
                if isinstance(attr, types.FunctionType | types.MethodDescriptorType | types.WrapperDescriptorType):
                    names.append(n)
            self._methods[t] = names
        return names

    def decode(self, v: Any) -> Any:
        if v is None or type(v) in (bool, int, float, str):
            return v
        if type(v) is not dict or len(v) != 1:
            raise ProtocolError("a value that is not tagged")
        ((tag, x),) = v.items()
        if tag in ("l", "t"):
            items = _list(x)
            if not set(map(type, items)) <= _SCALARS:
                items = [self.decode(i) for i in items]
            return list(items) if tag == "l" else tuple(items)
        if tag in ("lt", "tt"):
            rows = _list(x)
            if not all(type(r) is list and set(map(type, r)) <= _SCALARS for r in rows):
                raise ProtocolError("a bad list of tuples")
            pairs = [tuple(r) for r in rows]
            return pairs if tag == "lt" else tuple(pairs)
        if tag == "d":
            try:
                return {self.decode(k): self.decode(i) for k, i in (_pair(p) for p in _list(x))}
            except TypeError as e:
                raise ProtocolError(f"a bad dict key: {e}") from None
        if tag in ("s", "f"):
            try:
                items = [self.decode(i) for i in _list(x)]
                return set(items) if tag == "s" else frozenset(items)
            except TypeError as e:
                raise ProtocolError(f"a bad set item: {e}") from None
        if tag == "h":
            return self._proxy(x)
        if tag == "y":
            if type(x) is not int or x not in self.exports:
                raise ProtocolError("an unknown handle")
            return self.exports[x]
        if tag in ("b", "ba"):
            data = _unb64(x)
            return data if tag == "b" else bytearray(data)
        if tag == "r":
            a, b, c = _ints(x, 3)
            return range(a, b, c)
        if tag == "c":
            parts = _list(x)
            if len(parts) != 2 or any(type(n) not in (int, float) for n in parts):
                raise ProtocolError("a bad complex")
            return complex(parts[0], parts[1])
        if tag == "T":
            return self._type(x)
        return self._decode_numpy(tag, x)

    def _decode_numpy(self, tag: str, x: Any) -> Any:
        np = sys.modules.get("numpy")
        if np is None or tag not in ("nd", "ns", "ndo", "dt"):
            raise ProtocolError(f"an unknown tag {tag!r}")
        if tag == "dt":
            return _dtype(np, x, allow_object=True)
        if tag == "ns":
            s, data = _list(x)[:2] if len(_list(x)) == 2 else (None, None)
            dt = _dtype(np, s)
            raw = _unb64(data)
            if len(raw) != dt.itemsize:
                raise ProtocolError("a bad NumPy scalar")
            return np.frombuffer(raw, dtype=dt)[0]
        if tag == "nd":
            parts = _list(x)
            if len(parts) != 4:
                raise ProtocolError("a bad array")
            dt, shape, raw = _dtype(np, parts[0]), _shape(parts[1]), _unb64(parts[2])
            count = 1
            for n in shape:
                count *= n
            if count * dt.itemsize != len(raw):
                raise ProtocolError("an array whose size does not match its shape")
            arr = np.frombuffer(raw, dtype=dt).reshape(shape).copy()
            arr.flags.writeable = bool(parts[3])
            return arr
        parts = _list(x)
        if len(parts) != 2:
            raise ProtocolError("a bad object array")
        shape, items = _shape(parts[0]), [self.decode(i) for i in _list(parts[1])]
        arr = np.empty(len(items), dtype=object)
        for i, item in enumerate(items):
            arr[i] = item
        try:
            return arr.reshape(shape)
        except ValueError:
            raise ProtocolError("an object array whose size does not match its shape") from None

    def _type(self, name: Any) -> type:
        if isinstance(name, str):
            if name.startswith("np."):
                np: Any = sys.modules.get("numpy")
                t = getattr(np, name[3:], None) if np is not None else None
                if isinstance(t, type) and issubclass(t, np.generic):
                    return t
            elif name in _BUILTIN_TYPES:
                return _BUILTIN_TYPES[name]
        raise ProtocolError(f"a type that can't be passed: {name!r}")

    def _proxy(self, x: Any) -> Remote:
        parts = _list(x)
        if len(parts) < 3 or type(parts[0]) is not int or type(parts[1]) is not str or type(parts[2]) is not str:
            raise ProtocolError("a bad handle")
        hid, flags, kind = parts[0], parts[1], parts[2]
        p = self._proxies.get(hid)
        if p is None:
            methods = frozenset(n for n in _list(parts[3]) if isinstance(n, str)) if len(parts) > 3 else frozenset()
            cls = RemoteCallable if "c" in flags else Remote
            p = cls(self, hid, "i" in flags, _cut(kind, 80), methods)
            self._proxies[hid] = p
        return p


class Remote:
    """An object that lives on the other side of the pipe."""

    __slots__ = ("_batch", "_buffer", "_end", "_hid", "_iterator", "_kind", "_later", "_methods", "_peer")

    def __init__(self, peer: Peer, hid: int, iterator: bool, kind: str, methods: frozenset[str]) -> None:
        s = object.__setattr__
        s(self, "_peer", peer)
        s(self, "_hid", hid)
        s(self, "_iterator", iterator)
        s(self, "_kind", kind)
        s(self, "_methods", methods)
        s(self, "_buffer", [])
        s(self, "_batch", 1)
        s(self, "_end", False)
        s(self, "_later", None)

    def _ask(self, op: str, *args: Any, name: str | None = None, **kwargs: Any) -> Any:
        peer: Peer = object.__getattribute__(self, "_peer")
        return peer.value(op, object.__getattribute__(self, "_hid"), *args, name=name, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            # never ask: a forwarded __array_interface__ could point NumPy at any memory of this process
            raise AttributeError(name)
        if name in object.__getattribute__(self, "_methods"):
            return RemoteMethod(self, name)
        return self._ask("get", name=name)

    def __setattr__(self, name: str, value: Any) -> None:
        self._ask("set", value, name=name)

    def __iter__(self) -> Any:
        if object.__getattribute__(self, "_iterator"):
            return self
        return self._ask("iter")

    def __next__(self) -> Any:
        buffer: list[Any] = object.__getattribute__(self, "_buffer")
        if not buffer:
            later = object.__getattribute__(self, "_later")
            if later is not None:
                object.__setattr__(self, "_later", None)
                raise object.__getattribute__(self, "_peer").exception(later)
            if object.__getattribute__(self, "_end"):
                raise StopIteration
            batch = object.__getattribute__(self, "_batch")
            object.__setattr__(self, "_batch", min(batch * 2, MAX_BATCH))
            peer: Peer = object.__getattribute__(self, "_peer")
            answer = peer.request("take", object.__getattribute__(self, "_hid"), batch)
            try:
                items = peer.decode(answer.get("r"))
                if not isinstance(items, list):
                    raise ProtocolError("a bad batch")
            except ProtocolError as e:
                peer.broken(e)
            buffer.extend(reversed(items))
            object.__setattr__(self, "_end", bool(answer.get("end")))
            if "later" in answer:
                object.__setattr__(self, "_later", answer["later"])
            if not buffer:
                return self.__next__()
        return buffer.pop()

    def __len__(self) -> int:
        return self._ask("len")  # type: ignore[no-any-return]

    def __bool__(self) -> bool:
        return self._ask("bool")  # type: ignore[no-any-return]

    def __getitem__(self, key: Any) -> Any:
        return self._ask("item", key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self._ask("setitem", key, value)

    def __delitem__(self, key: Any) -> None:
        self._ask("delitem", key)

    def __contains__(self, item: Any) -> bool:
        return bool(self._ask("in", item) is True)

    def __float__(self) -> float:
        return self._ask("float")  # type: ignore[no-any-return]

    def __int__(self) -> int:
        return self._ask("int")  # type: ignore[no-any-return]

    def __index__(self) -> int:
        return self._ask("index")  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        text = self._ask("repr")
        return text if isinstance(text, str) else f"<{object.__getattribute__(self, '_kind')}>"

    def __str__(self) -> str:
        text = self._ask("str")
        return text if isinstance(text, str) else f"<{object.__getattribute__(self, '_kind')}>"

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __hash__(self) -> int:
        return hash((Remote, object.__getattribute__(self, "_hid")))


class RemoteCallable(Remote):
    __slots__ = ()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._ask("call", *args, **kwargs)


class RemoteMethod:
    """``obj.name`` for a method of a remote object: calling it is one round trip."""

    __slots__ = ("_name", "_owner")

    def __init__(self, owner: Remote, name: str) -> None:
        self._owner, self._name = owner, name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._owner._ask("callm", *args, name=self._name, **kwargs)

    def __repr__(self) -> str:
        return f"<method {self._name} of {object.__getattribute__(self._owner, '_kind')}>"


def write_back(orig: Any, new: Any) -> None:
    """Make ``orig`` equal to ``new`` in place, keeping the identity of what it holds where it can."""
    np = sys.modules.get("numpy")
    if isinstance(orig, list) and isinstance(new, list):
        if len(orig) == len(new):
            for i, (a, b) in enumerate(zip(orig, new, strict=True)):
                if _is_mutable(a) and type(a) is type(b):
                    write_back(a, b)
                else:
                    orig[i] = b
        else:
            orig[:] = new
    elif isinstance(orig, dict) and isinstance(new, dict):
        orig.clear()
        orig.update(new)
    elif isinstance(orig, set) and isinstance(new, set):
        orig.clear()
        orig.update(new)
    elif isinstance(orig, bytearray) and isinstance(new, bytearray):
        orig[:] = new
    elif np is not None and isinstance(orig, np.ndarray) and isinstance(new, np.ndarray):
        if orig.shape == new.shape and orig.flags.writeable:
            orig[...] = new


def _is_mutable(v: Any) -> bool:
    if isinstance(v, _MUTABLE):
        return True
    np = sys.modules.get("numpy")
    return np is not None and isinstance(v, np.ndarray) and v.dtype.kind != "O" and bool(v.flags.writeable)


def _bound_to(value: Any, obj: Any) -> bool:
    """A method of ``obj`` itself: ``rng.normal``, ``gen.send``."""
    return isinstance(value, types.MethodType | types.BuiltinMethodType) and value.__self__ is obj


def _is_data(v: Any, depth: int = 0) -> bool:
    """Plain data all the way down: what the codec carries without a handle."""
    if depth > 100:
        return False
    t = type(v)
    if v is None or t in (bool, int, float, str, bytes, bytearray, range, complex):
        return True
    if t in (list, tuple, set, frozenset):
        return all(_is_data(x, depth + 1) for x in v)
    if t is dict:
        return all(_is_data(k, depth + 1) and _is_data(x, depth + 1) for k, x in v.items())
    np = sys.modules.get("numpy")
    if np is not None and isinstance(v, np.ndarray | np.generic | np.dtype):
        return v.dtype.kind in _PLAIN_KINDS if not isinstance(v, np.dtype) else True
    return False


def _is_iterator(v: Any) -> bool:
    try:
        return hasattr(type(v), "__next__") and iter(v) is v
    except Exception:
        return False


def _list(x: Any) -> list[Any]:
    if type(x) is not list:
        raise ProtocolError("a list was expected")
    return x


def _pair(p: Any) -> tuple[Any, Any]:
    if type(p) is not list or len(p) != 2:
        raise ProtocolError("a pair was expected")
    return p[0], p[1]


def _ints(x: Any, n: int) -> list[int]:
    items = _list(x)
    if len(items) != n or any(type(i) is not int for i in items):
        raise ProtocolError("integers were expected")
    return items


def _shape(x: Any) -> tuple[int, ...]:
    items = _list(x)
    if len(items) > 32 or any(type(i) is not int or i < 0 for i in items):
        raise ProtocolError("a bad shape")
    return tuple(items)


def _dtype(np: Any, s: Any, *, allow_object: bool = False) -> Any:
    if not isinstance(s, str) or len(s) > 16:
        raise ProtocolError("a bad dtype")
    try:
        dt = np.dtype(s)
    except (TypeError, ValueError):
        raise ProtocolError(f"a bad dtype {s!r}") from None
    if dt.fields or dt.subdtype or (dt.kind not in _PLAIN_KINDS and not (allow_object and dt.kind == "O")):
        raise ProtocolError(f"a dtype that can't be passed: {s!r}")
    return dt


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(x: Any) -> bytes:
    if not isinstance(x, str):
        raise ProtocolError("bytes were expected")
    try:
        return base64.b64decode(x, validate=True)
    except ValueError:
        raise ProtocolError("bad base64") from None


def _text(v: Any) -> str:
    try:
        return _cut(str(v))
    except Exception:
        return f"<unprintable {type(v).__name__}>"


def _cut(text: str, limit: int = TEXT_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
