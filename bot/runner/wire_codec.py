"""How values are written for the pipe and read back (see ``wire`` for what may cross): tagged JSON,
decoded without running anything the sender chose (never pickle); what is not data goes as a handle.
Exceptions cross as the nearest builtin type, with the sender's type name and traceback lines.

Standard library only, and nothing from ``bot``: in the sandbox this is a lone file beside ``wire.py``.
"""

from __future__ import annotations

import builtins
import sys
import types
from collections.abc import Callable
from typing import Any

if __package__:
    from . import wire_values
else:  # the sandbox: lone files side by side, imported by their own names
    import wire_values  # type: ignore[import-not-found, no-redef]

_BUILTIN_TYPES = wire_values._BUILTIN_TYPES
_NOT_EXPORTED = wire_values._NOT_EXPORTED
_PLAIN_KINDS = wire_values._PLAIN_KINDS
_SCALARS = wire_values._SCALARS
ProtocolError = wire_values.ProtocolError
Remote = wire_values.Remote
RemoteCallable = wire_values.RemoteCallable
_b64 = wire_values._b64
_cut = wire_values._cut
_dtype = wire_values._dtype
_ints = wire_values._ints
_is_iterator = wire_values._is_iterator
_list = wire_values._list
_pair = wire_values._pair
_shape = wire_values._shape
_text = wire_values._text
_unb64 = wire_values._unb64


class Codec:
    """Encoding and decoding for one side of the pipe (``wire.Peer``): it holds the objects it handed
    out as handles and the proxies for the other side's."""

    learner_side: bool
    trace: Callable[[BaseException], list[str]] | None
    exports: dict[int, Any]
    _export_ids: dict[int, int]
    _proxies: dict[int, Remote]
    _methods: dict[type, list[str]]

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
