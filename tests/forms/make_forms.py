#!/usr/bin/python3
"""Turns every real published form in tests/forms/*.form into test fixtures.

    /usr/bin/python3 tests/forms/make_forms.py [--outdir DIR] [--cells-only]
    (the .ods and .xlsx need python3-uno; --cells-only does not)

For each NAME.form (format: tests/forms/README.md) it writes, in
tests/forms/generated/ (or --outdir, or $PERFEVAL_FORMS_OUTDIR):

  NAME.cells  every sheet of the form with its expectations, as text: read
              by the unit tests (tests/unit/forms_test.cpp);
  NAME.ods    the same sheets as a spreadsheet, merged cells and percent
  NAME.xlsx   formats included: read by perfeval-check in the integration
              test (tests/integration/forms_test.py).

Besides the sheets the .form spells out (the form as published, and its
variants with injected mistakes), three sheets are derived from the last
one, so that no test is tuned to one layout: 移位 (the table moved to D6),
全角 (labels and texts in full-width forms: （ ） ： ０-９ ％), 文本数字
(every number typed as text, as written in the .form) and 空格 (short
labels typed with spaces, an empty row under the indicator header). Their
expectations are the same findings, at the moved cells.
"""
import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
PERCENT = re.compile(r"^-?\d+(?:\.\d+)?%$")
A1 = re.compile(r"^([A-Z]+)(\d+)$")
SEVERITIES = ("error", "warning", "notice")


class FormError(Exception):
    pass


# --------------------------------------------------------------------------
# Cells and addresses
# --------------------------------------------------------------------------

class Cell:
    """One cell as the .form writes it: kind 's' (text), 'n' (number) or
    'p' (number shown as percent), its value, and the token as written."""

    def __init__(self, kind, value, written):
        self.kind, self.value, self.written = kind, value, written


def parse_cell(token):
    token = token.strip(" \t")  # not str.strip(): a full-width space is kept
    if token == "":
        return None
    if token.startswith("'"):
        return Cell("s", token[1:].replace("\\n", "\n"), token[1:])
    if NUMBER.match(token):
        return Cell("n", float(token), token)
    if PERCENT.match(token):
        return Cell("p", round(float(token[:-1]) / 100, 12), token)
    return Cell("s", token.replace("\\n", "\n"), token)


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


def col_name(c):
    name = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        name = chr(ord("A") + r) + name
    return name


def parse_a1(ref):
    m = A1.match(ref)
    if not m:
        raise FormError("not a cell address: %r" % ref)
    return int(m.group(2)) - 1, col_index(m.group(1))


def to_a1(row, col):
    return "%s%d" % (col_name(col), row + 1)


def shift_ref(ref, rows, cols):
    if ref == "-":
        return ref
    if ":" in ref:
        return ":".join(shift_ref(part, rows, cols) for part in ref.split(":"))
    r, c = parse_a1(ref)
    return to_a1(r + rows, c + cols)


# --------------------------------------------------------------------------
# The .form file
# --------------------------------------------------------------------------

class Sheet:
    def __init__(self, name, family):
        self.name = name
        self.template = family
        self.cells = {}  # (row, col) → Cell
        self.merges = []
        self.expects = []  # (severity, rule, cell)
        self.roles = []  # (role, cell or count)

    def copy(self, name):
        s = Sheet(name, self.template)
        s.cells = dict(self.cells)
        s.merges = list(self.merges)
        s.roles = list(self.roles)
        return s


def strip_comment(line):
    if line.lstrip().startswith("#"):
        return ""
    at = line.find("  #")
    return line[:at] if at >= 0 else line


def read_form(path):
    family, sheets, sheet, base = None, [], None, None
    origin = (0, 0)
    next_row = 0
    for number, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = strip_comment(raw.rstrip("\n"))
        if not line.strip():
            continue
        key, _, rest = line.partition(":")
        key = key.strip()
        value = rest.strip(" \t") if key != "row" else rest
        try:
            if key == "family":
                family = value
            elif key == "sheet":
                sheet = base = Sheet(value, family)
                sheets.append(sheet)
                origin, next_row = (0, 0), 0
            elif key == "at":
                origin = parse_a1(value)
            elif key == "row":
                tokens = value.split("|") if value.strip(" \t") else []
                for c, token in enumerate(tokens):
                    cell = parse_cell(token)
                    if cell is not None:
                        sheet.cells[(origin[0] + next_row, origin[1] + c)] = cell
                next_row += 1
            elif key == "merge":
                first, last = value.split(":")
                parse_a1(first), parse_a1(last)
                sheet.merges.append(value)
            elif key == "expect":
                severity, rule, cell = value.split()
                if severity not in SEVERITIES:
                    raise FormError("severity must be one of %s" % ", ".join(SEVERITIES))
                if cell != "-":
                    parse_a1(cell)
                sheet.expects.append((severity, rule, cell))
            elif key == "role":
                role, where = value.split()
                if not where.isdigit():
                    parse_a1(where)
                sheet.roles.append((role, where))
            elif key == "template":
                sheet.template = value
            elif key == "variant":
                sheet = base.copy(value)
                sheets.append(sheet)
            elif key == "set":
                ref, _, token = value.partition("=")
                cell = parse_cell(token)
                at = parse_a1(ref.strip())
                if cell is None:
                    sheet.cells.pop(at, None)
                else:
                    sheet.cells[at] = cell
            else:
                raise FormError("unknown statement %r" % key)
        except (FormError, ValueError, AttributeError) as e:
            raise FormError("%s:%d: %s" % (path, number, e))
    if not sheets:
        raise FormError("%s: no sheet" % path)
    if family is None:
        raise FormError("%s: no family" % path)
    return sheets


# --------------------------------------------------------------------------
# Derived sheets: the same form, written as other units write it
# --------------------------------------------------------------------------

FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in "():%0123456789"}


def moved(sheet, rows=5, cols=3):
    s = Sheet("移位", sheet.template)
    s.cells = {(r + rows, c + cols): v for (r, c), v in sheet.cells.items()}
    s.merges = [shift_ref(m, rows, cols) for m in sheet.merges]
    s.expects = [(sev, rule, shift_ref(cell, rows, cols)) for sev, rule, cell in sheet.expects]
    s.roles = [(role, where if where.isdigit() else shift_ref(where, rows, cols)) for role, where in sheet.roles]
    return s


def full_width(sheet):
    s = sheet.copy("全角")
    s.cells = {a: Cell("s", v.value.translate(FULL_WIDTH), v.written) if v.kind == "s" else v
               for a, v in sheet.cells.items()}
    s.expects = list(sheet.expects)
    return s


def numbers_as_text(sheet):
    s = sheet.copy("文本数字")
    s.cells = {a: Cell("s", v.written, v.written) if v.kind != "s" else v for a, v in sheet.cells.items()}
    s.expects = list(sheet.expects)
    return s


def spaced(sheet):
    """Short labels typed with spaces ("分 值", "合　计"), and an empty row
    between the indicator table's header and its first row."""
    s = Sheet("空格", sheet.template)
    header = min((r for (r, c), v in sheet.cells.items() if v.kind == "s" and v.value.strip() == "三级指标"),
                 default=None)

    def down(ref):
        if ref == "-" or ref.isdigit() or header is None:
            return ref
        if ":" in ref:
            first, last = ref.split(":")
            r0, _ = parse_a1(first)
            r1, c1 = parse_a1(last)
            return "%s:%s" % (down(first), to_a1(r1 + 1, c1) if r0 <= header < r1 else down(last))
        r, c = parse_a1(ref)
        return to_a1(r + 1, c) if r > header else ref

    for (r, c), v in sheet.cells.items():
        if v.kind == "s" and 2 <= len(v.value) <= 6 and not re.search(r"[0-9０-９\n]", v.value):
            v = Cell("s", ("　" if (r + c) % 2 else " ").join(v.value), v.written)
        s.cells[(r + 1 if header is not None and r > header else r, c)] = v
    s.merges = [down(m) for m in sheet.merges]
    s.expects = [(sev, rule, down(cell)) for sev, rule, cell in sheet.expects]
    s.roles = [(role, down(where)) for role, where in sheet.roles]
    return s


def all_sheets(path):
    sheets = read_form(path)
    last = sheets[-1]
    return sheets + [moved(last), full_width(last), numbers_as_text(last), spaced(last)]


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

def number_text(v):
    return repr(v) if v != int(v) else str(int(v))


def write_cells(sheets, path):
    """Text the unit tests read: statements, then one line per cell."""
    lines = []
    for s in sheets:
        lines.append("sheet\t" + s.name)
        lines.append("template\t" + s.template)
        for m in s.merges:
            lines.append("merge\t" + m)
        for sev, rule, cell in s.expects:
            lines.append("expect\t%s\t%s\t%s" % (sev, rule, cell))
        for role, where in s.roles:
            lines.append("role\t%s\t%s" % (role, where))
        for (r, c) in sorted(s.cells):
            v = s.cells[(r, c)]
            if v.kind == "s":
                lines.append("%s\ts\t%s" % (to_a1(r, c), json.dumps(v.value, ensure_ascii=False)))
            else:
                lines.append("%s\t%s\t%s" % (to_a1(r, c), v.kind, number_text(v.value)))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", path)


def write_spreadsheets(office, sheets, stem):
    import uno  # noqa: F401  (only here: --cells-only runs without python3-uno)
    import make_fixtures
    doc = office.new()
    names = doc.Sheets
    for i, s in enumerate(sheets):
        if i == 0:
            names.getByIndex(0).Name = s.name
        else:
            names.insertNewByName(s.name, i)
        sheet = names.getByName(s.name)
        for (r, c), v in s.cells.items():
            cell = sheet.getCellByPosition(c, r)
            if v.kind == "s":
                cell.setString(v.value)
            else:
                cell.setValue(v.value)
                if v.kind == "p":
                    decimals = len(v.written.split(".")[1]) - 1 if "." in v.written else 0
                    fmt = "0" + ("." + "0" * decimals if decimals else "") + "%"
                    cell.NumberFormat = number_format(doc, fmt)
        for m in s.merges:
            sheet.getCellRangeByName(m).merge(True)
    for ext, name in ((".ods", "calc8"), (".xlsx", "Calc Office Open XML")):
        path = stem + ext
        doc.storeToURL(make_fixtures.url(path), make_fixtures.props(FilterName=name))
        print("wrote", path)
    doc.close(True)


def number_format(doc, code):
    from com.sun.star.lang import Locale
    formats = doc.NumberFormats
    locale = Locale()
    key = formats.queryKey(code, locale, False)
    return key if key != -1 else formats.addNew(code, locale)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outdir", default=os.environ.get("PERFEVAL_FORMS_OUTDIR") or os.path.join(HERE, "generated"))
    parser.add_argument("--cells-only", action="store_true", help="write only the .cells files (no office)")
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    forms = sorted(glob.glob(os.path.join(HERE, "*.form")))
    parsed = [(os.path.splitext(os.path.basename(p))[0], all_sheets(p)) for p in forms]
    for name, sheets in parsed:
        write_cells(sheets, os.path.join(args.outdir, name + ".cells"))
    if args.cells_only:
        return
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), "fixtures"))
    import make_fixtures
    for sig in (make_fixtures.signal.SIGTERM, make_fixtures.signal.SIGHUP, make_fixtures.signal.SIGINT):
        make_fixtures.signal.signal(sig, make_fixtures._exit_on_signal)
    with make_fixtures.Office() as office:
        for name, sheets in parsed:
            write_spreadsheets(office, sheets, os.path.join(args.outdir, name))


if __name__ == "__main__":
    try:
        main()
    except FormError as e:
        sys.exit(str(e))
