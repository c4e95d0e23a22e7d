"""kg's modules compiled by a forked process while this one imports them, where Python keeps no bytecode.

Where no bytecode is written (PYTHONDONTWRITEBYTECODE=1, as this environment sets) each start of kg
compiles its ~115 modules from source: ~0.12-0.17 s of CPU of a build's serial start, while the
host's other core idles. Imported first by `kg/__init__`, this module forks (`start`) a process that
compiles kg's sources in about the order they are imported (`order`) and sends each code object
(marshal, as a .pyc holds it) with a digest of its source through a pipe; kg's submodules are then
loaded with those code objects (`_Loader`), each only when the source the import read has that
digest (else it is compiled here, as without this module). An import that needs a module the
compiler has not sent yet asks for it (the compiler takes it next) and waits. Nothing is written to
disk: the environment's choice not to keep bytecode holds. Off where kg's bytecode is kept (in its
`__pycache__` or under PYTHONPYCACHEPREFIX: it is read from there), where Python writes bytecode,
without `os.fork`, or when threads run.

The compiler is a grandchild (its parent exits at once: no process is left to reap); it ends when it
has sent every module, or when this process closes the pipe or ends (a write to a closed pipe fails).
"""
from __future__ import annotations

import hashlib
import heapq
import importlib.machinery as machinery
import importlib.util
import marshal
import os
import re
import signal
import struct
import sys
import threading
from collections.abc import Iterator

PACKAGE = __name__.partition(".")[0]
PIPE_BYTES = 1 << 20  # the compiler runs up to this much ahead of the imports (Linux's default maximum pipe size)
PATIENCE = 2.0  # seconds the compiler waits for room in the pipe before it gives up (the importer stopped importing)
_HEAD = struct.Struct("<II")  # lengths of a message's path and code (the source's digest between them)
_DIGEST = 16
_IMPORT = re.compile(
    rb"^([ \t]*)(?:from[ \t]+(\.+[\w.]*|%s(?:\.[\w.]+)?)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]*)|import[ \t]+(%s\.[\w.]+))"
    % (PACKAGE.encode(), PACKAGE.encode()),
    re.M,
)


def start(folder: str) -> None:
    """Compile kg's modules (in `folder`) in a forked process and load them from it (module
    docstring), when that can help here."""
    if not _useful(folder):
        return
    try:
        ours, theirs = os.pipe()
        asks, asked = os.pipe()
    except OSError:
        return
    try:
        pid = os.fork()
    except OSError:
        for fd in (ours, theirs, asks, asked):
            os.close(fd)
        return
    if pid == 0:  # the compiler's parent: forks the compiler and exits at once
        os.close(ours)
        os.close(asked)
        try:
            if os.fork() == 0:
                _compiler(folder, theirs, asks)
        finally:
            os._exit(0)
    os.close(theirs)
    os.close(asks)
    os.waitpid(pid, 0)
    sys.meta_path.insert(0, _Finder(_Compiled(ours, asked)))


def _useful(folder: str) -> bool:
    return (
        sys.dont_write_bytecode
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and not os.path.exists(importlib.util.cache_from_source(os.path.join(folder, "__init__.py")))  # (kept bytecode is read: no compiling to save)
    )


def _digest(source: bytes) -> bytes:
    return hashlib.blake2b(source, digest_size=_DIGEST).digest()


class _Compiled:
    """The code objects the compiler has sent, by source path, in the process that started it (a
    process forked from it, a map's worker, compiles what it imports itself: the pipe is not its)."""

    def __init__(self, fd: int, ask: int) -> None:
        self.fd: int | None = fd
        self.ask: int | None = ask
        self.pid = os.getpid()
        self.lock = threading.Lock()
        _enlarge(fd)
        os.set_blocking(fd, False)
        self.buffer = bytearray()
        self.codes: dict[str, tuple[bytes, bytes]] = {}

    def active(self) -> bool:
        return (self.fd is not None or bool(self.codes)) and os.getpid() == self.pid

    def take(self, path: str, source: bytes) -> object | None:
        """The code compiled from `source` at `path` (waited for, asked for first when the compiler
        has not sent it yet), or None: compile it here."""
        if os.getpid() != self.pid:
            return None
        with self.lock:
            self.pump()
            if path not in self.codes and self.fd is not None:
                self._ask(path)
                while path not in self.codes and self.fd is not None:
                    self.pump(wait=True)
            digest, code = self.codes.pop(path, (b"", b""))
        try:
            return marshal.loads(code) if code and digest == _digest(source) else None
        except (EOFError, ValueError, TypeError):
            return None

    def pump(self, wait: bool = False) -> None:
        """Read what the compiler has sent so far (`wait`: at least one read, waiting for it)."""
        import select

        while self.fd is not None:
            if wait and not select.select([self.fd], [], [], PATIENCE)[0]:
                data = b""  # (the compiler is stuck: compile here)
            else:
                wait = False
                try:
                    data = os.read(self.fd, PIPE_BYTES)
                except BlockingIOError:
                    break
                except OSError:
                    data = b""
            if not data:  # the compiler has sent everything (or is gone): the rest is compiled here
                os.close(self.fd)
                self.fd = None
                if self.ask is not None:
                    os.close(self.ask)
                    self.ask = None
                break
            self.buffer += data
        at = 0
        while len(self.buffer) - at >= _HEAD.size:
            n, c = _HEAD.unpack_from(self.buffer, at)
            p = at + _HEAD.size
            end = p + n + _DIGEST + c
            if end > len(self.buffer):
                break
            path = bytes(self.buffer[p : p + n]).decode("utf-8", "surrogateescape")
            self.codes[path] = (bytes(self.buffer[p + n : p + n + _DIGEST]), bytes(self.buffer[p + n + _DIGEST : end]))
            at = end
        del self.buffer[:at]

    def _ask(self, path: str) -> None:
        if self.ask is not None:
            try:
                os.write(self.ask, path.encode("utf-8", "surrogateescape") + b"\n")
            except OSError:
                pass


def _enlarge(fd: int) -> None:
    """A pipe's buffer made PIPE_BYTES long where the system allows it (Linux)."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except (ImportError, OSError):
        pass


class _Finder:
    """A meta path finder for kg's submodules: the usual spec, loaded by `_Loader`."""

    def __init__(self, compiled: _Compiled) -> None:
        self.compiled = compiled

    def find_spec(self, name: str, path: object = None, target: object = None) -> machinery.ModuleSpec | None:
        if not name.startswith(PACKAGE + ".") or not self.compiled.active():
            return None
        spec = machinery.PathFinder.find_spec(name, path, target)  # type: ignore[arg-type]
        if spec is not None and type(spec.loader) is machinery.SourceFileLoader:
            spec.loader = _Loader(spec.loader.name, spec.loader.path, self.compiled)
        return spec


class _Loader(machinery.SourceFileLoader):
    def __init__(self, name: str, path: str, compiled: _Compiled) -> None:
        super().__init__(name, path)
        self.compiled = compiled

    def source_to_code(self, data: bytes, path: str, *, _optimize: int = -1) -> object:  # type: ignore[override]
        code = self.compiled.take(path, bytes(data)) if _optimize == -1 else None
        return code if code is not None else super().source_to_code(data, path, _optimize=_optimize)


# ------------------------------------------------------------------ the compiler


def _compiler(folder: str, out: int, asks: int) -> None:
    """The forked compiler's life: every module's code, in import order (asked ones first); never returns."""
    import select

    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it quietly, with the build
        _let_go(out, asks)
        _enlarge(out)
        os.set_blocking(out, False)
        queue = dict.fromkeys(order(folder))
        while queue:
            if asks >= 0 and select.select([asks], [], [], 0)[0]:
                data = os.read(asks, 65536)
                if not data:
                    os.close(asks)
                    asks = -1
                wanted = [p.decode("utf-8", "surrogateescape") for p in data.split(b"\n") if p]
                queue = dict.fromkeys([p for p in wanted if os.path.isfile(p)] + list(queue))
            path = next(iter(queue))
            del queue[path]
            view = memoryview(_message(path))
            while view:
                if not select.select([], [out], [], PATIENCE)[1]:
                    raise TimeoutError  # nothing is read any more: what is left is not needed soon
                view = view[os.write(out, view) :]
    except BaseException:  # (also a closed pipe: the importer is done or gone)
        code = 1
    finally:
        os._exit(code)


def _let_go(*keep: int) -> None:
    """The compiler holds none of the importer's files but its pipes (a caller reading the
    importer's output to its end does not wait for the compiler)."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    low = 3
    for fd in sorted({*keep, null}):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, 1 << 16)
    os.close(null)


def _message(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            source = f.read()
        code = marshal.dumps(compile(source, path, "exec", dont_inherit=True))
    except Exception:  # (unreadable, a syntax error: the import reports it)
        source, code = b"", b""
    name = path.encode("utf-8", "surrogateescape")
    return _HEAD.pack(len(name), len(code)) + name + _digest(source) + code


def order(folder: str) -> Iterator[str]:
    """kg's source files (in `folder`), in about the order a build imports them: depth first along
    the import statements at the top level of `__init__` and of each module met (Python's order),
    then the modules imported inside functions (or under `if`), those of the shallower modules
    first, each followed by its own imports the same way; then any left."""
    files = {}
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__pycache__")))
        for n in sorted(names):
            if n.endswith(".py"):
                rel = os.path.relpath(os.path.join(root, n), folder)[:-3].replace(os.sep, ".")
                module = PACKAGE if rel == "__init__" else PACKAGE + "." + rel.removesuffix(".__init__")
                files[module] = os.path.join(root, n)
    seen: set[str] = {PACKAGE}
    lazy: list[tuple[int, int, str]] = []  # (depth of the module importing it, order found, module): a heap

    def visit(module: str, depth: int) -> Iterator[str]:
        for name, top in _imports(module, files):
            if not top:
                heapq.heappush(lazy, (depth, len(lazy), name))
                continue
            for m in _parents(name):
                if m not in seen and m in files:
                    seen.add(m)
                    yield files[m]
                    yield from visit(m, depth + 1)

    yield from visit(PACKAGE, 0)
    while lazy:
        depth, _, name = heapq.heappop(lazy)
        for m in _parents(name):
            if m not in seen and m in files:
                seen.add(m)
                yield files[m]
                yield from visit(m, depth + 1)
    yield from (path for m, path in files.items() if m not in seen)


def _parents(name: str) -> Iterator[str]:
    """The modules importing `name` imports, outermost first (kg.a.b: kg.a, then kg.a.b)."""
    parts = name.split(".")
    for i in range(2, len(parts) + 1):
        yield ".".join(parts[:i])


def _imports(module: str, files: dict[str, str]) -> Iterator[tuple[str, bool]]:
    """(module named, at the top level) for each import statement of `module`'s source, in order."""
    path = files[module]
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError:
        return
    here = module if path.endswith("__init__.py") else module.rpartition(".")[0]
    for m in _IMPORT.finditer(source):
        indent, origin, names, plain = (g.decode("utf-8", "replace") if g is not None else None for g in m.groups())
        top = not indent
        if plain:
            yield plain, top
            continue
        assert origin is not None and names is not None
        if origin.startswith("."):
            dots = len(origin) - len(origin.lstrip("."))
            base = here.rsplit(".", dots - 1)[0] if dots > 1 else here
            origin = base + ("." + origin.lstrip(".") if origin.lstrip(".") else "")
        yield origin, top
        for n in names.strip("()").split(","):
            n = n.split(" as ")[0].strip()
            if n and origin + "." + n in files:
                yield origin + "." + n, top


start(os.path.dirname(__file__))
