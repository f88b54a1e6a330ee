#!/usr/bin/env python3
"""Writes the seed corpora of the fuzzers into tests/fuzz/corpus/<fuzzer>/.

The texts are real ones: from README.md, tests/unit/quantity_test.cpp, the
seed form (tests/data/seed-form.cells) and the published forms of
tests/forms/generated/. The files are committed; rerun this
script only to change the seeds:  python3 tests/fuzz/make_corpus.py
"""
import hashlib
import json
import pathlib
import re
import shutil
import struct

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fuzz" / "corpus"
SEP = "\x1f"  # fuzz_text: the strings of one input


def write(fuzzer, data):
    d = OUT / fuzzer
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def seed_cells():
    """{(row, col): ("s", text) | ("n", number text)} from seed-form.cells."""
    cells = {}
    for line in (ROOT / "tests" / "data" / "seed-form.cells").read_text("utf-8").splitlines():
        ref, kind, value = line.split("\t", 2)
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - ord("A") + 1
        cells[(int(m.group(2)) - 1, col - 1)] = ("n", value) if kind == "n" else ("s", json.loads(value))
    return cells


# ---- fuzz_text ---------------------------------------------------------------

TEXT_SEEDS = [
    # target, actual, weight, direction (README.md and the seed form)
    ["≥90%", "100%", "3", ""],
    ["不超出740.00万元", "实际支出734.73万元", "3", ""],
    ["不超出4229.37万元", "实际支出2481.78万元", "　2", ""],
    ["1.4万件", "1.4万余件", "4", "≥"],
    ["≤100万元", "125万元", "4", "<="],
    ["=100%", "0.99", "2", "="],
    ["完成", "全面落实", "2", "定性"],
    ["完成供应土地价款1000万元", "全年供应土地价款2607万元", "3", ""],
    ["5", "4", "5", "反向"],
    ["≥50个", "52", "3", "正向"],
    ["1万件", "14000", "3", ""],
    ["≥100百分比", "90%-100%", "2", ">"],
    # deadlines, ranges, numerals (the reading issue)
    ["9月前", "7月", "5", ""],
    ["2024年12月31日前", "12月20日", "5", "≤"],
    ["次年3月前", "2025年4月", "5", ""],
    ["年底前完成", "11月底", "2", ""],
    ["90%～110%", "137.5%", "5", "区间"],
    ["不少于十二个", "九个", "4", ""],
    ["百分之九十五点五", "百分之百", "3", ""],
    ["0起", "无", "2", ""],
    ["3个工作日内", "2024-12-31", "2", ""],
    # executed, budget, weight, profile-ish
    ["2,481.78", "2481.78", "10", ""],
    ["９５．６０％", "　2481.78", "10", "uncapped"],
    ["2481.78", "0", "", ""],
    ["-3", "2481.78", "-1", ""],
    # total, parts (PERF.SUMCHECK)
    ["2481.78", "其中：基本支出：1641.76", "项目支出：840.02", ""],
    ["2481.78", "2376.49", "政府性基金拨款：105.29", "0"],
    ["100", "9", "50", "30"],
    ["1E19", "5E18", "5E18", ""],
    ["100000000000000000000", "10000000000000000000", "", ""],
    ["95.60000000000000000000000%", "1", "", ""],
    ["0.3", "0.1", "0.2", ""],
    # texts of the seed form's narrative, with numbers and years
    ["在守住44.02万亩耕地、38.16万亩永久基本农田", "守住耕地红线（亩）", "44.02", ""],
    ["2024年度年初绩效目标任务已基本完成", "2024年批而未供、闲置土地省市排名靠前", "5", ""],
    ["2024年12月底前完成", "2023-2024年度", "1,234,567元", "1.2亿元"],
    ["年度预\n算申请\n（万元）", "执 行 率", "产出指标(50分)", "效益指标\n\n（30分）"],
]


def quantity_test_texts():
    src = (ROOT / "tests" / "unit" / "quantity_test.cpp").read_text("utf-8")
    texts = set()
    for m in re.finditer(r'\b[a-z_]+\("[a-z0-9_]+",\s*("(?:[^"\\]|\\.)*")', src):
        texts.add(json.loads(m.group(1)))
    for m in re.finditer(r'read_quantity\(("(?:[^"\\]|\\.)*")\)', src):
        texts.add(json.loads(m.group(1)))
    return sorted(t for t in texts if t.strip() or t == "")


def text_corpus():
    for seed in TEXT_SEEDS:
        write("fuzz_text", SEP.join(seed))
    # The quantity tests' texts, four to an input.
    texts = quantity_test_texts()
    for i in range(0, len(texts), 4):
        write("fuzz_text", SEP.join(texts[i:i + 4]))
    # Every target/actual pair of the seed form with its weight.
    cells = seed_cells()
    for (row, col), (kind, value) in sorted(cells.items()):
        if col == 4 and row >= 13 and kind == "s":  # E: 年度指标值
            actual = cells.get((row, 5), ("s", ""))[1]
            weight = cells.get((row, 6), ("s", ""))[1]
            write("fuzz_text", SEP.join([value, actual, weight, ""]))


# ---- fuzz_form ---------------------------------------------------------------

def published_sheets(path):
    """[[(row, col, kind, value)]] of a tests/forms/generated/*.cells file."""
    sheets = []
    for line in path.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if fields[0] == "sheet":
            sheets.append([])
            continue
        m = re.fullmatch(r"([A-Z]+)(\d+)", fields[0])
        if not m or len(fields) < 3:
            continue  # template, merge, expect, role
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - ord("A") + 1
        kind, value = fields[1], fields[2]
        sheets[-1].append((int(m.group(2)) - 1, col - 1, "n" if kind in "np" else "s",
                           value if kind in "np" else json.loads(value)))
    return sheets


def form_input(rows, cols, flags, cells):
    """cells: [(row, col, kind, value)], kind 's', 'n', 'e' or 'l' (value: an index)."""
    out = bytearray([rows - 1, cols - 1, flags])
    for row, col, kind, value in cells:
        out += bytes([row, col]) + kind.encode()
        if kind == "l":
            out.append(value)
        elif kind in "sn":
            out += str(value).encode("utf-8") + b"\0"
    return bytes(out)


def form_corpus():
    cells = seed_cells()
    seed = [(r, c, k, v) for (r, c), (k, v) in sorted(cells.items())]
    rows = max(r for r, _ in cells) + 1
    cols = max(c for _, c in cells) + 1
    write("fuzz_form", form_input(rows, cols, 0, seed))
    write("fuzz_form", form_input(rows, cols, 4 | 1, seed))          # English, linear
    write("fuzz_form", form_input(rows, cols, 2 | (1 << 3) | (2 << 5), seed))  # uncapped, moved
    # The seed form corrected (G5 100%, H5 10, H37 99) and with long narrative cut.
    fixed = {**cells, (4, 6): ("n", "1"), (4, 7): ("n", "10"), (36, 7): ("n", "99")}
    write("fuzz_form", form_input(rows, cols, 0, [(r, c, k, v if len(v) < 200 else v[:60])
                                                  for (r, c), (k, v) in sorted(fixed.items())]))
    # Pieces: the budget block, the splits, the indicator table, odd values.
    budget = [(r, c, k, v) for r, c, k, v in seed if r <= 4]
    write("fuzz_form", form_input(5, cols, 0, budget))
    write("fuzz_form", form_input(10, cols, 0, [(r, c, k, v) for r, c, k, v in seed if r <= 9]))
    table = [(r - 12, c, k, v) for r, c, k, v in seed if 12 <= r]
    write("fuzz_form", form_input(rows - 12, cols, 0, table))
    write("fuzz_form", form_input(rows - 12, cols, 4, table[:40]))
    odd = [(r, c, k, v) for r, c, k, v in budget]
    odd += [(4, 3, "n", "1e308"), (4, 4, "n", "4.9e-324"), (4, 6, "s", "95.600000000000000000000000%"),
            (4, 7, "e", "")]
    write("fuzz_form", form_input(5, cols, 0, odd))
    write("fuzz_form", form_input(5, cols, 0, budget[:-3] + [(4, 3, "n", "nan"), (4, 4, "n", "-inf")]))
    # A project form from labels: header, total row, fund rows, one indicator.
    project = [(0, 0, "l", 1), (1, 0, "l", 3), (1, 2, "s", "某项目"),
               (2, 1, "l", 5), (2, 2, "l", 6), (2, 3, "l", 7), (2, 4, "l", 8), (2, 5, "l", 9), (2, 6, "l", 10),
               (3, 0, "l", 4), (3, 1, "n", "100"), (3, 2, "n", "100"), (3, 3, "n", "90"), (3, 4, "n", "10"),
               (3, 5, "n", "0.9"), (3, 6, "n", "9"),
               (4, 0, "l", 11), (4, 2, "n", "80"), (4, 3, "n", "70"),
               (5, 0, "l", 12), (5, 2, "n", "20"), (5, 3, "n", "20"),
               (6, 0, "l", 22), (6, 1, "l", 23), (6, 2, "l", 24), (6, 3, "l", 25), (6, 4, "l", 26),
               (6, 5, "l", 8), (6, 6, "l", 10), (6, 7, "l", 27),
               (7, 0, "l", 30), (7, 1, "l", 33), (7, 2, "s", "完成数量（个）"), (7, 3, "l", 40),
               (7, 4, "s", "95%"), (7, 5, "n", "50"), (7, 6, "n", "50"),
               (8, 0, "l", 28), (8, 5, "n", "60"), (8, 6, "n", "59")]
    write("fuzz_form", form_input(9, 8, 0, project))
    write("fuzz_form", form_input(9, 8, 5, project))
    # Every published form of tests/forms/ (each file's first two sheets: as
    # published and with injected mistakes), long texts cut.
    for path in sorted((ROOT / "tests" / "forms" / "generated").glob("*.cells")):
        for sheet in published_sheets(path)[:2]:
            rows = max(r for r, _, _, _ in sheet) + 1
            cols = max(c for _, c, _, _ in sheet) + 1
            write("fuzz_form", form_input(rows, cols, 0, [(r, c, k, v if len(v) < 200 else v[:60])
                                                          for r, c, k, v in sheet]))
    write("fuzz_form", form_input(1, 1, 0, [(0, 0, "s", "没有表格的工作表")]))
    write("fuzz_form", form_input(3, 3, 0, [(0, 0, "l", 24), (1, 0, "s", "指标"), (2, 0, "l", 28)]))


# ---- fuzz_numbers ------------------------------------------------------------

def numbers_input(decimals_byte, flags, values):
    return bytes([decimals_byte, flags]) + b"".join(struct.pack("<d", v) for v in values)


def numbers_corpus():
    inf, nan = float("inf"), float("nan")
    seeds = [
        (2, 0, [2481.78, 2481.78, 5, 4, 99, 2376.49, 105.29]),
        (2, 1, [0.956, 10, 0.9, 1.0, 100, 0.5, 0.4]),
        (6, 2, [0.1 + 0.2, 0.3, 0.1, 0.2, 89.99, 0.1, 0.2]),
        (0, 4, [1e19, 5e18, 1e19, 5e18, 59.5, 5e18, 0]),
        (0, 8, [1e20, 1e19, 1e20, 1e19, 100.01, 0, 0]),
        (6, 12, [9.3e12, 9.3e12, 9.3e12, 9.3e12, 60, 1e-6, 0]),
        (2, 0, [1.7976931348623157e308, 1e-308, 1.7976931348623157e308, -1.7976931348623157e308, 0, 1e308, 1e308]),
        (3, 1, [5e-324, 5e-324, 2.2250738585072014e-308, 4.9e-324, -0.0, 0.0, -0.0]),
        (0, 2, [inf, -inf, nan, 1, 2, 3, 4]),
        (2, 3, [-0.0, 0.0, -1.0, 1e-300, 100, -5, 5]),
        (255, 0, [1e63, 1e64, 1e100, 1e300, 50, 0.001, 123456789.123456]),
        (230, 1, [2.675, 4.4999999999, 4.5, -4.5, 90, 2.675, 1.0 / 3]),
        (15, 6, [123456789012345678, 9.2e18, 9.3e18, -9.3e18, 80, 1e15, 1e16]),
    ]
    for d, flags, values in seeds:
        write("fuzz_numbers", numbers_input(d, flags, values))


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    text_corpus()
    form_corpus()
    numbers_corpus()
    for d in sorted(OUT.iterdir()):
        print(d.name, len(list(d.iterdir())), "files")


if __name__ == "__main__":
    main()
