#!/usr/bin/python3
"""The committed samples and fixtures are what their generators make today.

    /usr/bin/python3 tests/integration/fixtures_test.py [--work DIR] [--keep]
    (needs python3-uno; run by ctest as integration_fixtures)

Regenerates, in a scratch directory under --work:
  scripts/make-samples.sh --outdir         seed-form.{fods,cells,ods,xlsx}
  tests/fixtures/make_fixtures.py --seed   (the regenerated seed-form.ods)
  tests/forms/make_forms.py --outdir       tests/forms/generated/*.{cells,ods,xlsx}
and compares every file with the committed one: text files (.fods, .cells)
and not-a-spreadsheet.xlsx byte for byte, spreadsheets by content in one
headless LibreOffice (sheet names and order, used area, merged ranges, each
cell's type, value, shown string and formula), since their zip or OLE bytes
carry timestamps. Every difference is printed with its file, sheet and cell.
A generator changed without regenerating its files, or a hand-edited file,
fails. The scratch directory is removed unless the test fails (or --keep).
"""
import argparse
import difflib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "fixtures"))
import make_fixtures  # noqa: E402  (Office, url, props)
sys.path.insert(0, os.path.join(ROOT, "tests", "forms"))
import make_forms  # noqa: E402  (to_a1)

SAMPLES = {  # file a generator writes → where it is committed
    "seed-form.fods": "extension/samples/seed-form.fods",
    "seed-form.cells": "tests/data/seed-form.cells",
    "seed-form.ods": "extension/samples/seed-form.ods",
    "seed-form.xlsx": "extension/samples/seed-form.xlsx",
}
FIXTURES_DIR = "tests/fixtures"
FIXTURE_EXTENSIONS = (".ods", ".xlsx", ".xls")
FORMS_DIR = "tests/forms/generated"
FORM_EXTENSIONS = (".cells", ".ods", ".xlsx")
BYTE_FOR_BYTE = {"seed-form.fods", "seed-form.cells", "not-a-spreadsheet.xlsx"}
GENERATOR_SECONDS = 200  # each; make_fixtures.py kills its own office at 180 s


# --------------------------------------------------------------------------
# Running the generators
# --------------------------------------------------------------------------

def run(name, cmd, env):
    """Runs a generator in its own process group; kills the group if it
    overruns or this test is interrupted (the generators stop their own
    offices on SIGTERM). Returns its output; raises on failure."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=GENERATOR_SECONDS)
    except BaseException:
        stop_group(proc)
        raise
    print("  %s: %.1f s" % (name, time.monotonic() - start))
    if proc.returncode != 0:
        raise RuntimeError("%s failed (exit %d):\n%s" % (" ".join(cmd), proc.returncode, out))
    return out


def stop_group(proc):
    for sig, grace in ((signal.SIGTERM, 15), (signal.SIGKILL, None)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(grace)
            break
        except subprocess.TimeoutExpired:
            continue
    proc.wait()


def regenerate(scratch):
    tmp = os.path.join(scratch, "tmp")  # the generators' office profiles
    os.makedirs(tmp)
    env = dict(os.environ, TMPDIR=tmp)
    samples = os.path.join(scratch, "samples")
    fixtures = os.path.join(scratch, "fixtures")
    run("make-samples.sh", [os.path.join(ROOT, "scripts", "make-samples.sh"), "--outdir", samples], env)
    run("make_fixtures.py", [sys.executable, os.path.join(ROOT, FIXTURES_DIR, "make_fixtures.py"),
         "--seed", os.path.join(samples, "seed-form.ods"), "--outdir", fixtures], env)
    forms = os.path.join(scratch, "forms")
    run("make_forms.py", [sys.executable, os.path.join(ROOT, "tests", "forms", "make_forms.py"),
         "--outdir", forms], env)
    return samples, fixtures, forms


def generated_pairs(made_dir, committed_dir, extensions, generator, problems):
    """(name, committed path, regenerated path) for every file one generator
    writes into a committed folder; a file made but not committed, or
    committed but no longer made, is a problem."""
    out = []
    made = {n for n in os.listdir(made_dir) if n.endswith(extensions)}
    committed = {n for n in os.listdir(os.path.join(ROOT, committed_dir)) if n.endswith(extensions)}
    for name in sorted(committed - made):
        problems.append("%s/%s: committed, but %s does not write it" % (committed_dir, name, generator))
    for name in sorted(made - committed):
        problems.append("%s/%s: %s writes it, but it is not committed" % (committed_dir, name, generator))
    for name in sorted(made & committed):
        out.append((name, os.path.join(ROOT, committed_dir, name), os.path.join(made_dir, name)))
    return out


def pairs(samples, fixtures, problems):
    """(name, committed path, regenerated path) for every file; a file made
    but not committed, or committed but no longer made, is a problem."""
    out = []
    made = set(os.listdir(samples))
    for name, committed in SAMPLES.items():
        if name not in made:
            problems.append("%s: make-samples.sh did not write it" % committed)
        else:
            out.append((name, os.path.join(ROOT, committed), os.path.join(samples, name)))
    return out + generated_pairs(fixtures, FIXTURES_DIR, FIXTURE_EXTENSIONS, "make_fixtures.py", problems)


# --------------------------------------------------------------------------
# Comparing
# --------------------------------------------------------------------------

def compare_bytes(label, committed, made, problems):
    a = open(committed, "rb").read()
    b = open(made, "rb").read()
    if a == b:
        return
    try:
        diff = list(difflib.unified_diff(a.decode("utf-8").splitlines(),
                                         b.decode("utf-8").splitlines(),
                                         "committed", "regenerated", lineterm="", n=0))
        shown = "\n".join("    " + line[:200] for line in diff[:40])
        more = "\n    … %d more diff lines" % (len(diff) - 40) if len(diff) > 40 else ""
        problems.append("%s: differs from what its generator makes:\n%s%s" % (label, shown, more))
    except UnicodeDecodeError:
        at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        problems.append("%s: differs from what its generator makes (%d vs %d bytes, first "
                        "difference at byte %d)" % (label, len(a), len(b), at))


def a1(c, r):
    return make_forms.to_a1(r, c)


def range_name(addr):
    return "%s:%s" % (a1(addr.StartColumn, addr.StartRow), a1(addr.EndColumn, addr.EndRow))


# com.sun.star.sheet.CellFlags
VALUE, DATETIME, STRING, FORMULA = 1, 2, 4, 16

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def q(name):
    prefix, local = name.split(":")
    return "{%s}%s" % (NS[prefix], local)


def cells_of(ranges):
    for addr in ranges.RangeAddresses:
        for r in range(addr.StartRow, addr.EndRow + 1):
            for c in range(addr.StartColumn, addr.EndColumn + 1):
                yield c, r


def paragraph_text(p):
    """A <text:p> as Calc shows it: <text:s/> spaces, tabs, line breaks."""
    out = [p.text or ""]
    for child in p:
        if child.tag == q("text:s"):
            out.append(" " * int(child.get(q("text:c"), "1")))
        elif child.tag == q("text:tab"):
            out.append("\t")
        elif child.tag == q("text:line-break"):
            out.append("\n")
        elif child.tag != q("office:annotation"):
            out.append(paragraph_text(child))
        out.append(child.tail or "")
    return "".join(out)


def shown_and_merged(fods):
    """{sheet: ({(col,row): shown string}, {merged ranges})} from LibreOffice's
    flat ODF export, which writes each cell's string as Calc shows it."""
    import xml.etree.ElementTree as ET
    out = {}
    body = ET.parse(fods).getroot().find("office:body/office:spreadsheet", NS)
    for table in body.findall("table:table", NS):
        shown, merged = {}, set()
        r = 0
        for row in table.iter(q("table:table-row")):
            rows = int(row.get(q("table:number-rows-repeated"), "1"))
            c = 0
            for cell in row:
                cols = int(cell.get(q("table:number-columns-repeated"), "1"))
                if cell.tag == q("table:table-cell"):
                    paras = cell.findall("text:p", NS)
                    span = (int(cell.get(q("table:number-columns-spanned"), "1")),
                            int(cell.get(q("table:number-rows-spanned"), "1")))
                    if paras or span != (1, 1):
                        # Repeated content is rare and short (a filled row or column);
                        # the long repeats are of empty cells, never expanded.
                        for dr in range(rows):
                            for dc in range(cols):
                                if paras:
                                    shown[(c + dc, r + dr)] = "\n".join(paragraph_text(p) for p in paras)
                                if span != (1, 1):
                                    merged.add("%s:%s" % (a1(c + dc, r + dr),
                                                          a1(c + dc + span[0] - 1, r + dr + span[1] - 1)))
                c += cols
            r += rows
        out[table.get(q("table:name"))] = (shown, merged)
    return out


def snapshot(doc, export_path):
    """[(sheet name, used area, {merged ranges}, {(col,row): (type, value, string, formula)})]

    Sheets, used areas, types, values and formulas come from Calc's API in
    bulk (one call per sheet each: a call costs milliseconds); the shown
    strings and merged ranges from the document exported as flat ODF, since
    the API only gives those cell by cell."""
    doc.storeToURL(make_fixtures.url(export_path),
                   make_fixtures.props(FilterName="OpenDocument Spreadsheet Flat XML"))
    xml = shown_and_merged(export_path)
    out = []
    sheets = doc.Sheets
    for i in range(sheets.Count):
        sheet = sheets.getByIndex(i)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress  # the last used column and row
        cursor.gotoStartOfUsedArea(False)
        start = cursor.RangeAddress
        used = "%s:%s" % (a1(start.StartColumn, start.StartRow), a1(end.EndColumn, end.EndRow))
        area = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
        data, formulas = area.DataArray, area.FormulaArray
        shown, merged = xml.get(sheet.Name, ({}, set()))
        cells = {}
        for flags, kind in ((VALUE | DATETIME, "VALUE"), (STRING, "TEXT"), (FORMULA, "FORMULA")):
            for c, r in cells_of(area.queryContentCells(flags)):
                v = data[r][c]
                cells[(c, r)] = (kind, v if isinstance(v, float) else 0.0,
                                 shown.get((c, r), ""), formulas[r][c])
        for (c, r), text in shown.items():  # shown but not content: never expected
            if (c, r) not in cells and text:
                cells[(c, r)] = ("EMPTY", 0.0, text, "")
        out.append((sheet.Name, used, merged, cells))
    return out


FIELDS = ("type", "value", "string", "formula")


def compare_documents(label, office, committed, made, scratch, problems):
    docs = []
    try:
        for path in (committed, made):
            doc = office.desktop.loadComponentFromURL(
                make_fixtures.url(path), "_blank", 0,
                make_fixtures.props(Hidden=True, ReadOnly=True))
            if doc is None or not hasattr(doc, "Sheets"):
                problems.append("%s: LibreOffice does not open %s as a spreadsheet" % (label, path))
                return
            docs.append(doc)
        exports = os.path.join(scratch, "exports")
        os.makedirs(exports, exist_ok=True)
        base = os.path.join(exports, label.replace("/", "_"))
        a = snapshot(docs[0], base + ".committed.fods")
        b = snapshot(docs[1], base + ".regenerated.fods")
    finally:
        for doc in docs:
            doc.close(True)

    names_a, names_b = [s[0] for s in a], [s[0] for s in b]
    if names_a != names_b:
        problems.append("%s: sheets %s (committed) vs %s (regenerated)" % (label, names_a, names_b))
    found = []
    for (name, used_a, merged_a, cells_a), (_, used_b, merged_b, cells_b) in zip(a, b):
        where = "%s, sheet %s" % (label, name)
        if used_a != used_b:
            found.append("%s: used area %s (committed) vs %s (regenerated)" % (where, used_a, used_b))
        for rng in sorted(merged_a - merged_b):
            found.append("%s: %s is merged only in the committed file" % (where, rng))
        for rng in sorted(merged_b - merged_a):
            found.append("%s: %s is merged only in the regenerated file" % (where, rng))
        empty = ("EMPTY", 0.0, "", "")
        for c, r in sorted(set(cells_a) | set(cells_b), key=lambda p: (p[1], p[0])):
            va, vb = cells_a.get((c, r), empty), cells_b.get((c, r), empty)
            if va != vb:
                what = "; ".join("%s %r → %r" % (f, x, y)
                                 for f, x, y in zip(FIELDS, va, vb) if x != y)
                found.append("%s, cell %s: %s (committed → regenerated)" % (where, a1(c, r), what))
    problems.extend(found)


# --------------------------------------------------------------------------

def _exit_on_signal(signum, frame):
    raise SystemExit(128 + signum)  # unwinds through the office's __exit__


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", default=os.path.join(ROOT, "build", "test-profiles"),
                        help="parent of the scratch directory")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = parser.parse_args()
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, _exit_on_signal)

    os.makedirs(args.work, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="fixtures-", dir=args.work)
    tempfile.tempdir = os.path.join(scratch, "tmp")  # our office's profile too
    started = time.monotonic()
    problems = []
    ok = False
    try:
        print("regenerating into %s" % scratch)
        samples, fixtures, forms = regenerate(scratch)
        files = pairs(samples, fixtures, problems)
        files += generated_pairs(forms, FORMS_DIR, FORM_EXTENSIONS, "make_forms.py", problems)
        spreadsheets = []
        for name, committed, made in files:
            label = os.path.relpath(committed, ROOT)
            if name in BYTE_FOR_BYTE or name.endswith(".cells"):
                compare_bytes(label, committed, made, problems)
            else:
                spreadsheets.append((label, committed, made))
        t = time.monotonic()
        with make_fixtures.Office() as office:
            for label, committed, made in spreadsheets:
                compare_documents(label, office, committed, made, scratch, problems)
        print("  compared %d files (%d spreadsheets in LibreOffice: %.1f s)"
              % (len(files), len(spreadsheets), time.monotonic() - t))
        ok = not problems
    finally:
        if problems:
            print("\n%d difference(s) between the committed files and what their generators "
                  "make now:" % len(problems))
            for p in problems:
                print("  " + p)
            print("\nIf the generator change is intended, regenerate and commit the files:\n"
                  "  scripts/make-samples.sh && /usr/bin/python3 tests/fixtures/make_fixtures.py"
                  " && /usr/bin/python3 tests/forms/make_forms.py")
        if ok and not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
        else:
            shutil.rmtree(os.path.join(scratch, "tmp"), ignore_errors=True)
            print("kept %s" % scratch)
        print("%s in %.1f s" % ("ok" if ok else "FAILED", time.monotonic() - started))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
