"""The code map: every module under kg/ with its one responsibility and its size, as a Markdown table.

    python tools/module_map.py [--before REV] [--check]

A module's responsibility is the first sentence of its docstring (the house style opens
every module with it), so the map cannot drift from the code. With `--before REV` a
column gives each module's length at REV (— for a module that did not exist) and the
modules gone since are listed after the table. `--check` exits 1 when a module is over
400 lines, a function over 50, or a module has no docstring (issue 14's limits).
"""
from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_MODULE, MAX_FUNCTION = 400, 50


def responsibility(source: str) -> str:
    """The first sentence of a module's docstring, on one line ("" without one)."""
    doc = ast.get_docstring(ast.parse(source)) or ""
    first = " ".join(doc.strip().split("\n\n")[0].split())
    m = re.match(r"(.+?[.。])(?:\s|$)", first)
    return (m.group(1) if m else first).rstrip(".").replace("|", "\\|")


def lines(source: str) -> int:
    return len(source.splitlines())


def long_functions(source: str) -> list[tuple[str, int]]:
    """(name, length) of each function longer than MAX_FUNCTION lines."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno is not None:
            n = node.end_lineno - node.lineno + 1
            if n > MAX_FUNCTION:
                out.append((node.name, n))
    return out


def modules_at(rev: str) -> dict[str, int]:
    """Line counts of the modules under kg/ at a git revision."""
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", rev, "kg"], cwd=ROOT, capture_output=True, text=True, check=True)
    out = {}
    for name in names.stdout.split():
        if name.endswith(".py"):
            src = subprocess.run(["git", "show", f"{rev}:{name}"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
            out[name] = lines(src)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", metavar="REV", help="add each module's length at this git revision")
    ap.add_argument("--check", action="store_true", help="exit 1 over the size limits or without docstrings")
    args = ap.parse_args(argv)
    before = modules_at(args.before) if args.before else None
    head = "| module | lines |" + (f" at {args.before} |" if before is not None else "") + " responsibility |"
    rows = [head, "|---|---:|" + ("---:|" if before is not None else "") + "---|"]
    problems = []
    total = 0
    for path in sorted((ROOT / "kg").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        src = path.read_text(encoding="utf-8")
        n, what = lines(src), responsibility(src)
        total += n
        then = "" if before is None else f" {before.get(name, '—')} |"
        rows.append(f"| `{name}` | {n} |{then} {what} |")
        problems += [f"{name}: {n} lines"] if n > MAX_MODULE else []
        problems += [f"{name}: {f} is {k} lines" for f, k in long_functions(src)]
        problems += [] if what else [f"{name}: no docstring"]
    print("\n".join(rows))
    print(f"\n{len(rows) - 2} modules, {total} lines" + (f" ({sum(before.values())} at {args.before})" if before is not None else "") + ".")
    if before is not None:
        gone = sorted(set(before) - {p.relative_to(ROOT).as_posix() for p in (ROOT / "kg").rglob("*.py")})
        if gone:
            print("Gone since " + args.before + ": " + ", ".join(f"`{g}` ({before[g]})" for g in gone) + ".")
    for p in problems:
        print("over the limits:", p, file=sys.stderr)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
