#!/usr/bin/env python3
"""scripts/make-mixed-batch.py DIR: writes the 100 files of the by-hand
batch check of perfeval-check (issue 13: "a batch of 100 mixed files: good,
broken, encrypted, hanging"), as a finance bureau receives them:

  40 good      the real published forms of tests/forms/generated/ (.ods and
               .xlsx), the seed (.ods, .xlsx, .fods) and tests/fixtures/,
               some under names with spaces, '#', '%', Chinese or a leading '-'
  10 csv       the seed and two published forms exported as CSV, in UTF-8 and
               in GB18030 (what Excel writes in China)
   8 encrypted the seed saved with a password, as .ods and .xls
  20 broken    empty, truncated zips, a text renamed .xlsx, a PNG renamed
               .xls, random bytes renamed .ods, a zip of a text renamed .et
   6 no form   spreadsheets holding other tables
   8 hanging   a formula that keeps one core busy for minutes (.fods, no
               cached values, so the office computes it on load)
   8 runaway   a formula over a 10,000 × 10,000 matrix (the office grows
               past 2 GB)

Then, for example:
  build/bin/perfeval-check --jobs 2 --timeout 20 --max-memory 1500 \\
      --summary DIR-汇总.xlsx -- DIR

Needs python3-uno (a headless office of its own, as make_fixtures.py)."""
import os
import random
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "fixtures"))
from make_fixtures import Office, props, url  # noqa: E402

SEED = os.path.join(ROOT, "extension", "samples")
FORMS = os.path.join(ROOT, "tests", "forms", "generated")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")

FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet><table:table table:name="S">%s</table:table></office:spreadsheet></office:body>
</office:document>
"""


def cell_rows(formula, rows):
    row = '<table:table-row><table:table-cell table:formula="of:=%s"/></table:table-row>' % formula
    return row * rows


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1])
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    n = [0]

    def name(label, ext):
        n[0] += 1
        return os.path.join(out, "%03d-%s%s" % (n[0], label, ext))

    # 40 good
    good = sorted(os.path.join(FORMS, f) for f in os.listdir(FORMS) if f.endswith((".ods", ".xlsx")))
    good += [os.path.join(SEED, f) for f in ("seed-form.ods", "seed-form.xlsx", "seed-form.fods")]
    good += sorted(os.path.join(FIXTURES, f) for f in os.listdir(FIXTURES)
                   if f.endswith((".ods", ".xlsx", ".xls")) and not f.startswith(("no-form", "not-a-")))
    odd = ["表 一", "#2 预算", "100% 完成", "-草稿", "单位（盖章）", "a b  c"]
    for i in range(40):
        src = good[i % len(good)]
        label = odd[i % len(odd)] if i % 5 == 0 else "good"
        shutil.copy(src, name(label, os.path.splitext(src)[1]))

    random.seed(13)
    with Office() as office:
        # 10 csv, 8 encrypted
        sources = [os.path.join(SEED, "seed-form.ods")] + good[:2]
        for i in range(5):
            doc = office.open(sources[i % len(sources)])
            utf8 = name("csv-utf8", ".csv")
            doc.storeToURL(url(utf8), props(FilterName="Text - txt - csv (StarCalc)", FilterOptions="44,34,76,1"))
            doc.close(True)
            with open(utf8, "rb") as f:
                text = f.read().decode("utf-8")
            with open(name("csv-gb18030", ".csv"), "wb") as f:
                f.write(text.encode("gb18030"))
        doc = office.open(os.path.join(SEED, "seed-form.ods"))
        for i in range(8):
            ext, flt = (".ods", "calc8") if i % 2 == 0 else (".xls", "MS Excel 97")
            doc.storeToURL(url(name("encrypted", ext)), props(FilterName=flt, Password="secret%d" % i))
        doc.close(True)
        # 6 no form
        for i in range(6):
            doc = office.new()
            sheet = doc.Sheets.getByIndex(0)
            for r in range(20):
                sheet.getCellByPosition(0, r).setString("商品 %d" % r)
                sheet.getCellByPosition(1, r).setValue(random.randint(1, 999))
            ext, flt = (".xlsx", "Calc Office Open XML") if i % 2 else (".ods", "calc8")
            doc.storeToURL(url(name("no-form", ext)), props(FilterName=flt))
            doc.close(True)

    # 20 broken
    seed = open(os.path.join(SEED, "seed-form.ods"), "rb").read()
    xlsx = open(os.path.join(SEED, "seed-form.xlsx"), "rb").read()
    png = next((os.path.join("/usr/share/pixmaps", f) for f in sorted(os.listdir("/usr/share/pixmaps"))
                if f.endswith(".png")), None)
    for i in range(20):
        kind = i % 6
        if kind == 0:
            open(name("empty", ".xlsx" if i % 2 else ".ods"), "wb").close()
        elif kind == 1:
            data = seed if i % 2 else xlsx
            open(name("truncated", ".ods" if i % 2 else ".xlsx"), "wb").write(data[: len(data) // (2 + i % 3)])
        elif kind == 2:
            open(name("text", ".xlsx"), "w").write("这不是表格，是一段说明文字。\n" * 20)
        elif kind == 3:
            if png:
                shutil.copy(png, name("picture", ".xls"))
            else:
                open(name("picture", ".xls"), "wb").write(b"\x89PNG\r\n\x1a\n" + os.urandom(500))
        elif kind == 4:
            open(name("random", ".ods"), "wb").write(bytes(random.getrandbits(8) for _ in range(4096)))
        else:
            with zipfile.ZipFile(name("other-zip", ".et"), "w") as z:
                z.writestr("说明.txt", "一个压缩包，不是表格。")

    # 8 hanging, 8 runaway
    busy = "SUMPRODUCT(SQRT(ROW($S.$Z$1:$Z$1000000)))"  # column Z: no cycle through column A
    for i in range(8):
        open(name("hanging", ".fods"), "w").write(FODS % cell_rows(busy, 20000))
    for i in range(8):
        open(name("runaway", ".fods"), "w").write(FODS % cell_rows("SUMPRODUCT(MUNIT(10000)+1)", 1))
    print("wrote %d files to %s" % (n[0], out))


if __name__ == "__main__":
    main()
