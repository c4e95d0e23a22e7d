"""A copy of this checkout with the pipeline's modules compiled by mypyc: what compiling would win, measured.

    python bench/mypyc_copy.py DEST [--opt 3] [--jobs 2] [MODULE.py ...]
    KG_CACHE_DIR=<own cache> python bench/instructions.py --tree DEST [--news 100]
    PYTHONPATH=DEST python bench/throughput.py --mb 1 --stage pipeline      # alternating with this tree
    cd DEST && python bench/same_output.py --ref-tree <this tree> --n 400 --articles <articles.jsonl>

Copies the files git tracks (as they are in the working tree) to DEST and builds the modules
there in place with mypyc and gcc (one extension per module, ~6 minutes on two cores at -O3); a
compiled module's .so is imported before its .py. Default modules: the pipeline's (kg.recognize,
kg.relations, the tagger's Python side and the modules they call), less three that cannot be
compiled as they are written: kg/pipeline.py (functools.cached_property needs an instance
__dict__, which a compiled class has not: the model would be loaded again at every use),
kg/tagger/weights.py (a compiled Weights does not unpickle, so the tagger's cache would never
load) and kg/lexicon.py (a compiled class takes no weak reference: kg.zones keys on it).
A measuring tool, not a packaging path: see docs/journal.md, "## Speed", 2026-12-04, for what it gave.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = ["kg/recognize/[a-z]*.py", "kg/relations/[a-z]*.py", "kg/tagger/features.py", "kg/tagger/model.py", "kg/tagger/viterbi.py"] + [
    f"kg/{m}.py" for m in ("automata batches bylines edges layout link locales people posts prefixes projects quantities rescan segment shortforms "
                           "types words zones").split()]
# the setup run in DEST (this venv's setuptools rejects pyproject.toml's license string: its config is not read)
SETUP = """
import sys
from setuptools import setup
from setuptools.dist import Distribution
from mypyc.build import mypycify
Distribution.parse_config_files = lambda self, *a, **k: None
opt, jobs, mods = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.argv = [sys.argv[0], "build_ext", "--inplace", "-j", jobs]
setup(name="kg-mypyc", ext_modules=mypycify(mods, opt_level=opt, separate=True), packages=[])
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dest", type=Path)
    ap.add_argument("modules", nargs="*", help="globs of modules to compile, relative to the checkout (default: the pipeline's)")
    ap.add_argument("--opt", default="3", help="mypyc's opt_level (gcc -O)")
    ap.add_argument("--jobs", default="2", help="gcc processes")
    a = ap.parse_args()
    if a.dest.exists():
        shutil.rmtree(a.dest)
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        src, dst = ROOT / name, a.dest / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            dst.symlink_to(os.readlink(src))  # (kg/schema -> ../schema)
        elif src.is_file():
            shutil.copy2(src, dst)
    mods = sorted(str(p.relative_to(a.dest)) for g in a.modules or MODULES for p in a.dest.glob(g))
    env = {**os.environ, "PYTHONPATH": str(a.dest)}
    subprocess.run([sys.executable, "-c", SETUP, a.opt, a.jobs, *mods], cwd=a.dest, env=env, check=True)
    print(f"{len(mods)} modules compiled in {a.dest}")


if __name__ == "__main__":
    main()
