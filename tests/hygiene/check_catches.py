#!/usr/bin/env python3
"""No silent failures: every catch block in src/uno and src/core does
something with what it caught (logs it, rethrows, returns or says it). A
block holding only comments, or nothing, is reported with its place.

    python3 tests/hygiene/check_catches.py SRC_DIR
"""
import os
import re
import sys

CATCH = re.compile(r"\bcatch\s*\(")


def strip_comments(code):
    code = re.sub(r"/\*.*?\*/", " ", code, flags=re.S)
    return re.sub(r"//[^\n]*", " ", code)


def blank_strings(code):
    # Braces inside string and character literals do not count.
    return re.sub(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])\'', lambda m: '"' + " " * (len(m.group(0)) - 2) + '"', code)


def empty_catches(text):
    code = blank_strings(strip_comments(text))
    for m in CATCH.finditer(code):
        depth, i = 1, m.end()
        while i < len(code) and depth:  # the parenthesis of the catch
            depth += {"(": 1, ")": -1}.get(code[i], 0)
            i += 1
        open_brace = code.find("{", i)
        if open_brace < 0:
            continue
        depth, j = 1, open_brace + 1
        while j < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[j], 0)
            j += 1
        if not code[open_brace + 1 : j - 1].strip():
            yield code.count("\n", 0, m.start()) + 1


def main(src):
    problems = []
    for layer in ("uno", "core"):
        for root, _, files in os.walk(os.path.join(src, layer)):
            for name in sorted(files):
                if name.endswith((".cpp", ".hpp")):
                    path = os.path.join(root, name)
                    with open(path, encoding="utf-8") as f:
                        for line in empty_catches(f.read()):
                            problems.append(f"{os.path.relpath(path, src)}:{line}: an empty catch: log what was caught")
    for p in problems:
        print(p)
    print(f"{len(problems)} empty catch block(s)" if problems else "no empty catch blocks")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "src"))
