#!/usr/bin/env python3
"""Fails when the build or a test uses a Debian package that the install script does not
bring onto a fresh machine.

A fresh Debian 12 machine of the kind CoexPlan is built on has the Essential/required
packages and a toolchain (g++, cmake, ninja, git, python3, node and npm) and nothing
else. scripts/install-deps.sh installs the packages listed in scripts/debian-packages.txt.
Everything the build or a test touches must therefore come from a package that is
  - part of that fresh machine (BASE_TOOLS and Essential/required packages, with what they
    depend on), or
  - named in the list, or pulled in by one that is (Depends/Pre-Depends, recursively).

What is looked at, after configure and build:
  - every package configuration file CMake loaded (the <Name>_DIR entries of
    CMakeCache.txt), every program and library it found (FILEPATH entries: compilers,
    find_program() and find_library() results, which is how the tests declare the external
    programs they run);
  - every header the compiler read (`ninja -t deps`);
  - the program of every registered test (`ctest --show-only=json-v1`);
  - every word in the test sources and scripts that names an installed program in
    /usr/bin, /usr/sbin, /bin or /sbin (a test that runs `pdftoppm` or `xvfb-run`).
Each path is mapped to its package with dpkg's own file lists (what `dpkg -S` reads),
and the dependency closure is computed from dpkg's status file (what apt installed), so
the check needs no network and takes a second or two.

Usage: check-deps.py --source DIR --build DIR [--packages FILE] [--without PKG]
                     [--expect-missing PKG]
Exit 0 when every package used is covered, 1 when one is not (each is listed with the
places that use it), 2 when the inputs cannot be read. --without drops a package from the
list (as if the install script forgot it); with --expect-missing the check proves that it
can fail: exit 0 only when it reports that package missing.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

# What a fresh machine has besides the Essential/required packages (README, "The two
# commands"). node and npm come from a vendor nodejs package there, or Debian's.
BASE_TOOLS = ["g++", "cmake", "ninja-build", "git", "python3", "nodejs", "npm"]
STATUS_FILE = "/var/lib/dpkg/status"
INFO_DIR = "/var/lib/dpkg/info"
PROGRAM_DIRS = ["/usr/bin", "/usr/sbin", "/bin", "/sbin"]
SCANNED_SUFFIXES = (".sh", ".cmake", ".py", ".cjs", ".js", ".cpp", ".h")
# Cache entries of CMake's FindOpenGL (which Qt6Gui's CMake package runs) for libraries
# it looks for but nothing here links: Qt's targets link OpenGL::GL (libOpenGL/libGLX,
# from libgl-dev) only. A fresh machine leaves these NOTFOUND and the build is the same
# (scripts/fresh-machine-test.sh proves it in a Debian root without them).
OPTIONAL_CACHE_ENTRIES = {"OPENGL_egl_LIBRARY", "OPENGL_glu_LIBRARY"}


def read_package_list(path):
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.append(line)
    return names


def read_status(path=STATUS_FILE):
    """Installed packages: name -> dict(depends=[[alternatives]], provides=[...], base=bool)."""
    packages = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        paragraphs = f.read().split("\n\n")
    for paragraph in paragraphs:
        fields = {}
        key = None
        for line in paragraph.splitlines():
            if line[:1] in (" ", "\t") and key:
                fields[key] += " " + line.strip()
            elif ":" in line:
                key, value = line.split(":", 1)
                fields[key] = value.strip()
        name = fields.get("Package")
        if not name or not fields.get("Status", "").endswith(" installed"):
            continue
        depends = []
        for field in ("Pre-Depends", "Depends"):
            for clause in filter(None, (c.strip() for c in fields.get(field, "").split(","))):
                depends.append([re.split(r"[\s(:]", alt.strip(), 1)[0] for alt in clause.split("|")])
        provides = [re.split(r"[\s(]", p.strip(), 1)[0] for p in fields.get("Provides", "").split(",") if p.strip()]
        packages[name] = {
            "depends": depends,
            "provides": provides,
            "base": fields.get("Essential") == "yes" or fields.get("Priority") == "required",
        }
    return packages


def closure(roots, status):
    """The installed packages that `roots` pull in, as apt resolved them on this machine:
    for an alternative (a | b) the first one that is installed (or provided) counts."""
    providers = {}
    for name, info in status.items():
        for virtual in info["provides"]:
            providers.setdefault(virtual, []).append(name)

    def installed_as(name):
        if name in status:
            return [name]
        return providers.get(name, [])

    seen = set()
    pending = [r for r in roots if r in status]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        for alternatives in status[name]["depends"]:
            for alt in alternatives:
                chosen = installed_as(alt)
                if chosen:
                    pending.extend(chosen)
                    break
    return seen


def read_file_index(info_dir=INFO_DIR):
    """path -> set of packages, from dpkg's per-package file lists."""
    index = {}
    for list_file in glob.glob(os.path.join(info_dir, "*.list")):
        package = os.path.basename(list_file)[: -len(".list")].split(":", 1)[0]
        with open(list_file, encoding="utf-8", errors="replace") as f:
            for line in f:
                index.setdefault(line.rstrip("\n"), set()).add(package)
    return index


def merged_usr_variants(path):
    """Debian 12 has a merged /usr: dpkg may record /lib/x or /usr/lib/x for one file."""
    variants = [path]
    for short, long in (("/lib/", "/usr/lib/"), ("/bin/", "/usr/bin/"), ("/sbin/", "/usr/sbin/"),
                        ("/lib64/", "/usr/lib64/")):
        if path.startswith(long):
            variants.append(short + path[len(long):])
        elif path.startswith(short):
            variants.append(long + path[len(short):])
    return variants


def owners(path, index):
    """The packages that ship `path`, following symbolic links one step at a time (so
    /usr/bin/c++ -> /etc/alternatives/c++ -> /usr/bin/g++ is g++'s)."""
    hops = 0
    current = os.path.normpath(path)
    while hops < 16:
        for variant in merged_usr_variants(current):
            found = index.get(variant)
            if found:
                return found
        if not os.path.islink(current):
            real = os.path.realpath(current)
            if real != current:
                current = real
                hops += 1
                continue
            return set()
        target = os.readlink(current)
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
        hops += 1
    return set()


def is_ours(path, roots):
    real = os.path.realpath(path)
    return any(real == r or real.startswith(r + os.sep) for r in roots)


def cmake_cache_uses(build):
    """(path, why) for every config file and found file recorded in CMakeCache.txt."""
    uses = []
    cache = os.path.join(build, "CMakeCache.txt")
    with open(cache, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"^([A-Za-z0-9_.+-]+):(PATH|FILEPATH)=(.*)$", line.rstrip("\n"))
            if not m:
                continue
            name, kind, value = m.groups()
            if not value or value.endswith("-NOTFOUND") or not os.path.isabs(value):
                continue
            if kind == "PATH" and name.endswith("_DIR") and os.path.isdir(value):
                package = name[: -len("_DIR")].lower()
                for candidate in os.listdir(value):
                    lowered = candidate.lower()
                    if lowered in (package + "config.cmake", package + "-config.cmake"):
                        uses.append((os.path.join(value, candidate), "CMake package " + name[:-4]))
                        break
            elif kind == "FILEPATH" and os.path.isfile(value) and name not in OPTIONAL_CACHE_ENTRIES:
                uses.append((value, "CMake cache " + name))
    return uses


def ninja_header_uses(build):
    try:
        out = subprocess.run(["ninja", "-C", build, "-t", "deps"], capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise SystemExit(f"check-deps: cannot read the build's header dependencies (ninja -t deps): {e}")
    headers = set()
    for line in out.splitlines():
        if line.startswith("    ") and line.strip().startswith("/"):
            headers.add(line.strip())
    return [(h, "a header the compiler read") for h in sorted(headers)]


def ctest_program_uses(build):
    try:
        out = subprocess.run(["ctest", "--show-only=json-v1"], cwd=build, capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise SystemExit(f"check-deps: cannot list the tests (ctest --show-only=json-v1): {e}")
    uses = []
    for test in json.loads(out).get("tests", []):
        command = test.get("command") or []
        if command and os.path.isabs(command[0]):
            uses.append((command[0], "the program of test " + test.get("name", "?")))
    return uses


def scanned_files(source):
    for top in ("tests", "scripts", ".ci"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(source, top)):
            dirnames[:] = [d for d in dirnames if d not in ("node_modules", "data")]
            for filename in filenames:
                if filename.endswith(SCANNED_SUFFIXES) or filename in ("CMakeLists.txt", "run"):
                    yield os.path.join(dirpath, filename)


# Where a word is a program: in shell, the command position (line start, after a pipe,
# `;`, `&&`, `||`, `$(`, a backquote, `then`, `do`, `!`, or a wrapper such as `env` or
# `exec`); in CMake, after COMMAND; in C++, Python and JavaScript, a string literal that
# is exactly the name (QProcess::start(u"pdfinfo"_s), subprocess.run(["pdftoppm", ...])).
SHELL_COMMAND = re.compile(r"(?:^|[|;&(`]|\bthen\b|\bdo\b|!|\b(?:exec|env|command -v|sudo|xvfb-run)\s+(?:-\S+\s+)*)"
                           r"\s*([a-z][a-z0-9+_.-]*[a-z0-9+])(?=\s|$|;|\))")
CMAKE_COMMAND = re.compile(r"\bCOMMAND\s+([a-z][a-z0-9+_.-]*[a-z0-9+])\b")
QUOTED_NAME = re.compile(r"[\"']([a-z][a-z0-9+_.-]*[a-z0-9+])[\"']")
# Shell words that are syntax or builtins, not programs, even where a program could stand.
SHELL_WORDS = {"if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
               "in", "function", "local", "return", "set", "shift", "export", "read", "cd", "trap", "wait",
               "exit", "source", "eval", "declare", "mapfile", "printf", "echo", "test", "true", "false",
               "kill", "command", "type", "unset", "break", "continue"}


def program_words(path, line):
    if path.endswith((".sh", "/run")):
        return [w for w in SHELL_COMMAND.findall(line.split("#", 1)[0]) if w not in SHELL_WORDS]
    if path.endswith((".cmake", "CMakeLists.txt")):
        return CMAKE_COMMAND.findall(line)
    return QUOTED_NAME.findall(line)


def program_word_uses(source):
    """A word in a test source or script, in a place where it runs a program, that names
    an installed program."""
    uses = []
    known = {}
    for path in scanned_files(source):
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                for word in set(program_words(path, line)):
                    if word not in known:
                        known[word] = next((os.path.join(d, word) for d in PROGRAM_DIRS
                                            if os.path.isfile(os.path.join(d, word))
                                            and os.access(os.path.join(d, word), os.X_OK)), None)
                    if known[word]:
                        where = os.path.relpath(path, source)
                        uses.append((known[word], f"'{word}' in {where}:{number}"))
    return uses


PY_IMPORT = re.compile(r"^\s*(?:import|from)\s+([A-Za-z_][A-Za-z0-9_]*)")


def python_module_uses(source):
    """The file of every top-level module a Python test or script imports, as Debian's
    /usr/bin/python3 finds it (the tests run that interpreter): a module from pip or a
    manual install is not owned by any package, one from python3-foo must be listed."""
    modules = {}
    for path in scanned_files(source):
        if not path.endswith(".py"):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                m = PY_IMPORT.match(line)
                if m and m.group(1) not in modules:
                    modules[m.group(1)] = f"'import {m.group(1)}' in {os.path.relpath(path, source)}:{number}"
    if not modules or not os.path.exists("/usr/bin/python3"):
        return []
    probe = ("import importlib.util, sys\n"
             "for name in sys.argv[1:]:\n"
             "    spec = importlib.util.find_spec(name)\n"
             "    print(name, spec.origin if spec and spec.origin not in (None, 'built-in', 'frozen') else '')\n")
    out = subprocess.run(["/usr/bin/python3", "-c", probe, *sorted(modules)], capture_output=True, text=True,
                         check=False).stdout
    uses = []
    for line in out.splitlines():
        name, _, origin = line.partition(" ")
        if origin:
            uses.append((origin, modules[name]))
        else:
            print(f"  python module not found by /usr/bin/python3: {name} ({modules[name]})")
    return uses


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", required=True)
    parser.add_argument("--build", required=True)
    parser.add_argument("--packages", help="the package list (default: SOURCE/scripts/debian-packages.txt)")
    parser.add_argument("--without", action="append", default=[], help="leave this package out of the list")
    parser.add_argument("--expect-missing", help="succeed only when this package is reported missing")
    args = parser.parse_args()
    result = check(args)
    if args.expect_missing:
        reported = args.expect_missing in result
        print("check-deps self-test: %s reported missing: %s" % (args.expect_missing, "yes" if reported else "NO"))
        return 0 if reported else 1
    return 1 if result else 0


def check(args):
    """Prints the report; returns the set of packages used but not covered (or raises
    SystemExit(2) when an input cannot be read)."""
    source = os.path.realpath(args.source)
    build = os.path.realpath(args.build)
    package_list = args.packages or os.path.join(source, "scripts", "debian-packages.txt")

    try:
        named = [n for n in read_package_list(package_list) if n not in args.without]
        status = read_status()
        index = read_file_index()
    except OSError as e:
        print(f"check-deps: {e}", file=sys.stderr)
        raise SystemExit(2)

    not_installed = [n for n in named if n not in status]
    if not_installed:
        print("check-deps: listed in %s but not installed: %s (run scripts/install-deps.sh)"
              % (os.path.relpath(package_list, source), " ".join(not_installed)))
        return set(not_installed)

    base_roots = [n for n, info in status.items() if info["base"]] + [t for t in BASE_TOOLS if t in status]
    covered = closure(base_roots + named, status)

    uses = (cmake_cache_uses(build) + ninja_header_uses(build) + ctest_program_uses(build) + program_word_uses(source)
            + python_module_uses(source))
    ours = [source, build]
    uncovered = {}
    unowned = []
    checked = 0
    for path, why in uses:
        if is_ours(path, ours):
            continue
        checked += 1
        packages = owners(path, index)
        if not packages:
            if path.startswith("/usr/") and not path.startswith("/usr/local/"):
                unowned.append((path, why))
            continue
        if packages & covered:
            continue
        for package in sorted(packages):
            uncovered.setdefault(package, []).append((path, why))

    print(f"check-deps: {checked} files used by the build and the tests, {len(covered)} packages covered "
          f"({len(named)} named in {os.path.relpath(package_list, source)})")
    for path, why in unowned[:10]:
        # Files no package ships (a manual install): a fresh machine will not have them.
        print(f"  not from any Debian package: {path} ({why})")
    for package, places in sorted(uncovered.items()):
        print(f"MISSING: {package} is used but not installed by scripts/install-deps.sh:")
        for path, why in places[:5]:
            print(f"    {path} ({why})")
        if len(places) > 5:
            print(f"    ... and {len(places) - 5} more files")
    if uncovered or unowned:
        print("check-deps: FAIL: name the package(s) above in scripts/debian-packages.txt")
        return set(uncovered) | {"(files from no package)"} if unowned else set(uncovered)
    print("check-deps: every package used is installed by scripts/install-deps.sh or is on a fresh machine")
    return set()


if __name__ == "__main__":
    sys.exit(main())
