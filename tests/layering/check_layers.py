#!/usr/bin/env python3
"""One way through the house: checks that no source file includes a header
of a layer (or, inside the core, a step of the path) that comes after its own.

    sheet → grid → form model → rules → findings → report text → panel/CLI

Run by ctest (`layering`); prints every include that goes the wrong way.
    python3 tests/layering/check_layers.py SRC_DIR
"""
import os
import re
import sys

# Inside src/core: what each folder may include (besides itself). The root
# files (cell_value, expected, lang, message, problem, read_number) are "".
CORE = {
    "": {"", "text"},
    "text": {""},
    "decimal": {"", "text"},
    "scoring": {"", "text", "decimal"},
    "catalog": {""},
    "formulas": {"", "text", "decimal", "scoring"},
    "form": {"", "text", "decimal"},
    "rules": {"", "text", "decimal", "scoring", "form"},
    "report": {"", "text", "decimal", "scoring", "form", "rules"},
}
# The layers under src/: what each may include.
LAYERS = {
    "core": {"core"},
    "uno": {"core", "uno"},
    "office": {"core", "uno", "office"},
    "cli": {"core", "uno", "office", "cli"},
}
# System headers the core may use: the standard library, Boost, utf8proc.
CORE_SYSTEM = re.compile(r"^(boost/|utf8proc\.h$|[a-z_0-9]+$|c[a-z]+$)")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def place(src, path):
    """(layer, core folder) of a file under src."""
    rel = os.path.relpath(path, src).split(os.sep)
    layer = rel[0]
    folder = rel[1] if layer == "core" and len(rel) > 2 else ""
    return layer, folder


def main(src):
    src = os.path.abspath(src)
    problems = []
    for root, _, files in os.walk(src):
        for name in files:
            if not name.endswith((".hpp", ".cpp", ".h")):
                continue
            path = os.path.join(root, name)
            layer, folder = place(src, path)
            if layer not in LAYERS:
                continue
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    kind, target = m.groups()
                    where = "%s:%d: #include %s%s%s" % (os.path.relpath(path, src), number, kind, target,
                                                         ">" if kind == "<" else '"')
                    if kind == "<":
                        if layer == "core" and not CORE_SYSTEM.match(target):
                            problems.append(where + "  (the core uses no UNO or other system headers)")
                        continue
                    local = os.path.normpath(os.path.join(root, target))
                    resolved = local if os.path.exists(local) else os.path.normpath(os.path.join(src, target))
                    if not resolved.startswith(src + os.sep):
                        # generated UNO headers (org/perfeval/…) are the uno layer's
                        if layer == "core":
                            problems.append(where + "  (outside src/)")
                        continue
                    to_layer, to_folder = place(src, resolved)
                    if to_layer not in LAYERS[layer]:
                        problems.append(where + "  (%s may not include %s)" % (layer, to_layer))
                    elif layer == "core" and to_layer == "core" and to_folder != folder \
                            and to_folder not in CORE[folder]:
                        problems.append(where + "  (core/%s comes before core/%s on the path)"
                                        % (folder or ".", to_folder or "."))
                    elif layer == "core" and kind == '"' and not os.path.exists(local):
                        problems.append(where + "  (core files include each other by relative path)")
    for p in problems:
        print(p)
    print("layering: %d include(s) against the direction of the path" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "src")))
