#!/usr/bin/env python3
"""Spreadsheets whose drawings link to the web, for the tests that prove the
batch fetches nothing and the extension adds no request of its own.

    python3 make_linked_files.py URL_BASE OUT_DIR

URL_BASE is a local listener (http://127.0.0.1:PORT). Writes, without an
office (plain zip files, so the links are exactly what the test asks for):
  linked-seed.ods     the published seed form (extension/samples/seed-form.ods)
                      with a linked image and a linked OLE object on its sheet
                      (ODF draw:image / draw:object with an external xlink:href);
  linked-picture.xlsx a workbook whose picture is an external r:link
                      (TargetMode="External").
LibreOffice 7.4 fetches all three while loading (seen with a listener:
OPTIONS/GET for the images, OPTIONS/HEAD/GET for the object).
"""
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "extension", "samples", "seed-form.ods")


def linked_seed(base, path):
    shapes = (
        '<table:shapes>'
        '<draw:frame draw:name="网络图片" svg:x="12cm" svg:y="1cm" svg:width="3cm" svg:height="2cm">'
        '<draw:image xlink:href="{base}/ods-image/logo.png" xlink:type="simple" xlink:show="embed" '
        'xlink:actuate="onLoad"/></draw:frame>'
        '<draw:frame draw:name="网络对象" svg:x="16cm" svg:y="1cm" svg:width="3cm" svg:height="2cm">'
        '<draw:object xlink:href="{base}/ods-object/linked.ods" xlink:type="simple" xlink:show="embed" '
        'xlink:actuate="onLoad"/></draw:frame>'
        '</table:shapes>'
    ).format(base=base)
    with zipfile.ZipFile(SEED) as seed, zipfile.ZipFile(path, "w") as out:
        for info in seed.infolist():
            data = seed.read(info.filename)
            if info.filename == "content.xml":
                text = data.decode("utf-8")
                # The shapes go first inside the first table, before its columns.
                text = re.sub(r"(<table:table [^>]*>)", lambda m: m.group(1) + shapes, text, count=1)
                data = text.encode("utf-8")
            # mimetype stays first and stored, as ODF requires.
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            out.writestr(info.filename, data, method)


XLSX = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/drawings/drawing1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><drawing r:id="rId1"/></worksheet>',
    "xl/worksheets/_rels/sheet1.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
    'Target="../drawings/drawing1.xml"/></Relationships>',
    "xl/drawings/drawing1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff>'
    '<xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff>'
    '<xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1"/>'
    '<xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:link="rId1"/><a:stretch><a:fillRect/></a:stretch>'
    '</xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1219200" cy="952500"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>'
    '</xdr:wsDr>',
    "xl/drawings/_rels/drawing1.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
    'Target="{base}/xlsx-picture/logo.png" TargetMode="External"/></Relationships>',
}


def linked_picture(base, path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in XLSX.items():
            z.writestr(name, text.replace("{base}", base))


def main(base, out):
    os.makedirs(out, exist_ok=True)
    linked_seed(base, os.path.join(out, "linked-seed.ods"))
    linked_picture(base, os.path.join(out, "linked-picture.xlsx"))


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), sys.argv[2])
