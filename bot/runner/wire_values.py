"""The values that cross the pipe between the checker and the learner process (see ``wire``): the
limits, the errors, the checks a value passes before it is decoded or served, and ``Remote``, the
checker's stand-in for an object that lives on the other side.

Standard library only, and nothing from ``bot``: in the sandbox this is a lone file beside ``wire.py``.
"""

from __future__ import annotations

import base64
import re
import sys
import types
from typing import Any

MAX_MESSAGE = 256 * 1024 * 1024  # one message; a value this large would not fit the memory limit anyway
MAX_BATCH = 1024  # items fetched at once from a remote iterator: 1, 2, 4, ... up to this
TEXT_CHARS = 4000  # an exception argument or message is cut to this
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


class Remote:
    """An object that lives on the other side of the pipe."""

    __slots__ = ("_batch", "_buffer", "_end", "_hid", "_iterator", "_kind", "_later", "_methods", "_peer")

    def __init__(self, peer: Any, hid: int, iterator: bool, kind: str, methods: frozenset[str]) -> None:
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
        peer: Any = object.__getattribute__(self, "_peer")
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
            peer: Any = object.__getattribute__(self, "_peer")
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
