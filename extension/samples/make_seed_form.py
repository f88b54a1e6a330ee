#!/usr/bin/env python3
"""Write extension/samples/seed-form.fods: the seed form as a spreadsheet.

The seed is a real, published 部门整体支出绩效自评表 (岳阳市君山区自然资源局,
2024), dumped from a word-processor table, as it was published.  This
script holds it as data, laid out as the original table -- same rows, columns,
merged cells and texts -- with the values as published, mistakes included
(执行率 95.60 %, 执行率得分 9, 总分得分 "　100", the typo 国土空问, ...).
It contains no formulas: every cell holds the published value.

Layout: columns A..I, rows 1..37.  Other code depends on this placement.

    1       附件2
    2       title (A2:I2)
    3       区级预算部门名称 (A3:B3) | unit name (C3:I3)
    4..10   budget block; A4:A10 = 年度预算申请（万元）
              4 headers, 5 年度资金总额, 6 按收入/支出性质分,
              7..10 income split (B:D) | expense split (E:I)
    11..12  年度总体目标 (A11:A12): 预期目标 (B:D) | 实际完成情况 (E:I)
    13      indicator headers; A13:A36 = 绩效指标
    14..36  the 23 indicators: B 一级 | C 二级 | D 三级 | E 年度指标值 |
            F 实际完成值 | G 分值 | H 得分 | I 偏差原因分析及改进措施
    37      总分 (A37:F37) | G 分值 100 | H 得分 "　100" (text, as published)

Text notes: "\\n" is a line break inside a cell (one paragraph per line);
"\\u3000" is the full-width space the publisher typed, kept where it occurs.
A string is a text cell; Num(...) a number; Pct(...) a number shown as percent.

Usage: python3 make_seed_form.py [output.fods]   (python3 stdlib only)
"""

import os
import re
import sys
from xml.sax.saxutils import escape

SHEET_NAME = "部门整体支出绩效自评表"
COLUMNS = "ABCDEFGHI"
ROW_COUNT = 37


class Num:
    """A numeric cell; fmt is '0.00' or None (General)."""

    def __init__(self, value, fmt=None):
        self.value = value
        self.fmt = fmt


class Pct:
    """A numeric cell formatted as percent, e.g. Pct(0.956, 2) shows 95.60%."""

    def __init__(self, value, decimals=0):
        self.value = value
        self.decimals = decimals


# --------------------------------------------------------------------------
# The form.  ROWS[n] maps a column letter to (content, style) for row n.
# Columns not listed are empty (but still bordered inside the table).
# Styles: note, title, label (centred), text (left, wrapped), value (centred).
# --------------------------------------------------------------------------

ROWS = {
    1: {"A": ("附件2", "note")},
    2: {"A": ("2024年度部门整体支出绩效自评表", "title")},
    3: {
        "A": ("区级预算部门名称", "label"),
        "C": ("岳阳市君山区自然资源局\u3000", "label"),
    },
    # ---- budget block -----------------------------------------------------
    4: {
        "A": ("年度预\n算申请\n（万元）", "label"),
        "C": ("年初预算数", "label"),
        "D": ("全年预算数", "label"),
        "E": ("全年执行数", "label"),
        "F": ("分值", "label"),
        "G": ("执行率", "label"),
        "H": ("得分", "label"),
    },
    5: {
        "B": ("年度资金总额", "label"),
        "C": (Num(4229.37, "0.00"), "value"),
        "D": (Num(2481.78, "0.00"), "value"),
        "E": (Num(2481.78, "0.00"), "value"),
        "F": (Num(10), "value"),
        "G": (Pct(0.956, 2), "value"),  # published as 95.60%
        "H": (Num(9), "value"),
    },
    6: {
        "B": ("按收入性质分：", "text"),
        "E": ("按支出性质分：", "text"),
    },
    7: {
        "B": ("  其中：  一般公共预算：2376.49", "text"),
        "E": ("其中：基本支出：1641.76", "text"),
    },
    8: {
        "B": ("政府性基金拨款：105.29", "text"),
        "E": ("项目支出：840.02", "text"),
    },
    9: {"B": ("纳入专户管理的非税收入拨款：0", "text")},
    10: {"B": ("其他资金：0", "text")},
    # ---- 年度总体目标 --------------------------------------------------------
    11: {
        "A": ("年度总体目标", "label"),
        "B": ("预期目标", "label"),
        "E": ("实际完成情况\u3000", "label"),
    },
    12: {
        "B": (
            "（1） 逐步推进国土空问规划编制，阶段性形成多项成果。\n"
            "（2） 认真接待对待，完成信访工作。\n"
            "（3） 持续优化营商环境、做好不动产登记服务工作。\n"
            "（4） 全面落实耕地保护和“田长制”各项工作。\n"
            "（5） 加强存量土地处置、土地快速报批和土地供应保障工作，做好工程规划审批工作。\n"
            "（6） 完成其他各项自然资源相关工作。\n"
            "\u3000",
            "text",
        ),
        "E": (
            "（1） 乡镇国土空间规划已经市级审查，控详规划全面启动，村庄规划质量提升，"
            "规划体系基本建立。通过城镇开发边界局部优化调整，保障23个重点项目落地。"
            "钱粮湖镇、良心堡镇、许市镇、广兴洲镇、岳阳监狱等5个乡镇国土空间规划成果"
            "通过市级审查，40个村庄规划成果通过市政府审批，2个省级重点村、4个市县级"
            "重点村村庄规划通过质量提升评审，乡村振兴项目规划保障落地。挂口、九公里、"
            "林阁老、濠河、荆江门五个片区控规编制初步完成。\n"
            "（2） 坚持“超前谋划、提前介入、靠前服务”“三前”工作模式，实现用地报批组卷快、"
            "补正快、获批快目标。完成14个项目、70户村民建房用地用林报批，办理17个项目"
            "建设工程规划许可证、7个建设用地预审与选址意见书、13个项目规划条件，"
            "完成35宗设施农用地入库程序。\n"
            "（3） 围绕全区中心重点，编制重点项目服务清单和土地收储供应计划。开展存量"
            "土地盘活攻坚行动，批而未供、闲置土地省市排名靠前，全年出让土地8宗，"
            "出让收入2607万元。\n"
            "（4） 以耕地“非农化”、基本农田“非粮化”专项整治为抓手，持续加大耕地保护及"
            "耕地整治力度。妥处约9000亩疑似永久基本农田流出问题，在守住44.02万亩耕地、"
            "38.16万亩永久基本农田保护底线目标基础上，连续3年实现耕地净增，2024年净增"
            "1062.19亩，实现经济收益700万元。\n"
            "（5） 地质灾害综合防控措施全面落实，我局被评为2024年度地灾防治先进单位；"
            "开展自然资源行政执法突出问题专项整治，统筹推进规划、土地、矿产“双零”行动，"
            "有效遏制自然资源违法违规行为。\n"
            "（6） 持续深化“放管服”改革，主要抓好财产登记、规划审批、集体林权改革工作，"
            "特别是大力推广“自助办”“一网通办”“线上办”，积极推进“互联网+林权登记”改革，"
            "提升登记便利度。主动上门对接服务逾60次，完成55宗地争议调处确权工作，"
            "办结不动产登记1.4万余件。\n"
            "（7） 认真落实“民呼我为，接诉即办”机制，扎实推进基层减负和民生实事办理，"
            "扎实推进信访、建议、提案办理，今年信访办结率100%件（共49件，包括部省信访件"
            "11件、市长信箱3件、热线工单35件），解决机关小区、洞庭国际、亚龙世纪嘉园等"
            "8个小区1417户业主不动产登记“办证难”历史遗留难题。",
            "text",
        ),
    },
    # ---- indicator table ----------------------------------------------------
    13: {
        "A": ("绩\n效\n指\n标", "label"),
        "B": ("一级指标", "label"),
        "C": ("二级指标", "label"),
        "D": ("三级指标", "label"),
        "E": ("年度指标值", "label"),
        "F": ("实际完成值", "label"),
        "G": ("分值", "label"),
        "H": ("得分", "label"),
        "I": ("偏差原因分析及改进措施", "label"),
    },
}

# First- and second-level group labels: (column, first row, last row, text).
GROUPS = [
    ("B", 14, 27, "产出指标\n\n(50分)"),
    ("B", 28, 35, "效益指标\n\n（30分）\n\u3000"),
    ("B", 36, 36, "满意度\n指标\n（10分）"),
    ("C", 14, 19, "数量指标"),
    ("C", 20, 23, "质量指标"),
    ("C", 24, 24, "时效指标"),
    ("C", 25, 27, "成本指标"),
    ("C", 28, 29, "经济效\n益指标"),
    ("C", 30, 32, "社会效\n益指标"),
    ("C", 33, 34, "生态效\n益指标"),
    ("C", 35, 35, "可持续影响指标"),
    ("C", 36, 36, "服务对象满意度指标"),
]

# Indicator rows 14..36, in seed order:
#   (D 三级指标, E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因)
# Plain numbers are numeric cells; strings stay text exactly as published
# (including "\u30002" style weights/scores, which were typed as text).
INDICATORS = [
    # 产出指标 / 数量指标
    ("国土空间规划编制（个）", Num(5), Num(5), Num(5), Num(5), ""),
    ("用地报批（项）", Num(14), Num(14), Num(3), Num(3), ""),
    ("建设工程规划许可证（个）", Num(17), Num(17), Num(4), Num(4), ""),
    ("信访案件办结（件）", Num(49), Num(49), Num(2), Num(2), ""),
    ("土地出让（宗）", Num(8), Num(8), Num(2), Num(2), ""),
    ("不动产登记（万件）", Num(1), Num(1.4), Num(4), Num(4), ""),
    # 产出指标 / 质量指标
    ("守住耕地红线（亩）", Num(44.02), Num(44.02), Num(4), Num(4), ""),
    ("市县级重点村村庄规划通过质量提升评审（个）", Num(4), Num(4), Num(5), Num(5), ""),
    ("地质灾害综合防控措施落实", "全面落实", "全面落实", Num(2), Num(2), ""),
    ("信访案件办结率", "≥90%", Pct(1), Num(3), Num(3), ""),
    # 产出指标 / 时效指标
    ("年度内完成年初绩效目标任务", "完成", "2024年度年初绩效目标任务已基本完成",
     Num(5), Num(5), ""),
    # 产出指标 / 成本指标
    ("全年支出控制在预算经费内", "不超出4229.37万元", "实际支出2481.78万元",
     Num(5), Num(5), ""),
    ("项目经费不超出预算金额", "不超出740.00万元", "实际支出734.73万元",
     Num(3), Num(3), ""),
    ("公用经费不超出预算金额", "不超出37.30万元", "实际支出34.92万元",
     Num(3), Num(3), ""),
    # 效益指标 / 经济效益指标
    ("耕地净增", "耕地净增带来经济收益", "700万元", Num(3), Num(3), ""),
    ("土地供应保障土地款", "完成供应土地价款1000万元", "全年供应土地价款2607万元",
     Num(3), Num(3), ""),
    # 效益指标 / 社会效益指标
    ("盘活存量土地，提高土地开发利用水平", "存量土地利用水平提升",
     "2024年批而未供、闲置土地省市排名靠前", Num(4), Num(4), ""),
    ("持续优化营商环境，提供便民利民服务", "提升登记便利度",
     "抓好财产登记、规划审批、集体林权改革工作，特别是大力推广“自助办”“一网通办”"
     "“线上办”，积极推进“互联网+林权登记”改革，提升登记便利度，主动上门对接服务逾"
     "60次，完成55宗地争议调处确权工作",
     Num(5), Num(5), ""),
    ("推进基层减负和民生实事办理", "落实“民呼我为，接诉即办”机制",
     "推进信访、建议、提案办理，解决机关小区、洞庭国际、亚龙世纪嘉园等8个小区1417户"
     "业主不动产登记“办证难”历史遗留难题",
     Num(4), Num(4), ""),
    # 效益指标 / 生态效益指标
    ("落实地质灾害综合防控措施", "\u3000全面落实", "我局被评为2024年度地灾防治先进单位",
     "\u30002", "\u30002", "\u3000"),
    ("保护耕地、守住红线", "持续加大耕地保护及耕地整治力度",
     "妥处约9000亩疑似永久基本农田流出问题，在守住44.02万亩耕地、38.16万亩永久基本"
     "农田保护底线目标基础上，连续3年实现耕地净增，2024年净增1062.19亩。",
     "\u30006", "\u30006", "\u3000"),
    # 效益指标 / 可持续影响指标
    ("保护资源、保障发展", "打击违法违规使用利用自然资源行为",
     "开展自然资源行政执法突出问题专项整治，统筹推进规划、土地、矿产“双零”行动，"
     "有效遏制自然资源违法违规行为",
     "\u30003", "\u30003", "\u3000"),
    # 满意度指标 / 服务对象满意度指标
    ("群众满意度情况", Pct(0.95), Pct(0.95), Num(10), Num(10), "\u3000"),
]

FIRST_INDICATOR_ROW = 14
LAST_INDICATOR_ROW = FIRST_INDICATOR_ROW + len(INDICATORS) - 1  # 36

for _i, (_d, _e, _f, _g, _h, _reason) in enumerate(INDICATORS):
    _r = FIRST_INDICATOR_ROW + _i
    ROWS[_r] = {
        "D": (_d, "text"),
        "E": (_e, "value"),
        "F": (_f, "value"),
        "G": (_g, "value"),
        "H": (_h, "value"),
        "I": (_reason, "text"),
    }
for _col, _first, _last, _text in GROUPS:
    ROWS[_first][_col] = (_text, "label")

ROWS[LAST_INDICATOR_ROW + 1] = {
    "A": ("总分", "label"),
    "G": (Num(100), "value"),
    "H": ("\u3000100", "value"),  # published as text with a full-width space
}

# Merged ranges (top-left cell carries the content).
MERGES = [
    "A2:I2",
    "A3:B3", "C3:I3",
    "A4:A10",
    "B6:D6", "E6:I6",
    "B7:D7", "E7:I7",
    "B8:D8", "E8:I8",
    "B9:D9", "E9:I9",
    "B10:D10", "E10:I10",
    "A11:A12",
    "B11:D11", "E11:I11",
    "B12:D12", "E12:I12",
    "A13:A%d" % LAST_INDICATOR_ROW,
    "A%d:F%d" % (LAST_INDICATOR_ROW + 1, LAST_INDICATOR_ROW + 1),
] + ["%s%d:%s%d" % (c, a, c, b) for c, a, b, _ in GROUPS if b > a]

# Column widths in cm, A..I.
COLUMN_WIDTHS = [1.8, 2.4, 2.6, 4.8, 3.8, 5.2, 1.8, 1.8, 3.4]

# Fixed heights (cm) for a few rows; every other row gets an optimal height.
# Row 12 (the two long 年度总体目标 texts) is fixed with some slack: LibreOffice's
# optimal height is computed with screen metrics and clips the text in print.
ROW_HEIGHTS = {1: 0.7, 2: 1.2, 12: 12.6}

# --------------------------------------------------------------------------
# ODF writer
# --------------------------------------------------------------------------


def parse_ref(ref):
    m = re.fullmatch(r"([A-Z])(\d+)", ref)
    return COLUMNS.index(m.group(1)), int(m.group(2))


def merge_map():
    """{(col, row): (colspan, rowspan)} for anchors; set of covered cells."""
    anchors, covered = {}, set()
    for rng in MERGES:
        a, b = rng.split(":")
        c1, r1 = parse_ref(a)
        c2, r2 = parse_ref(b)
        anchors[(c1, r1)] = (c2 - c1 + 1, r2 - r1 + 1)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (c, r) != (c1, r1):
                    covered.add((c, r))
    return anchors, covered


def paragraphs(text):
    """One <text:p> per line; runs of ASCII spaces become <text:s/>."""
    out = []
    for line in text.split("\n"):
        parts = re.split(r"( +)", line)
        body = "".join(
            '<text:s text:c="%d"/>' % len(p) if p.startswith(" ") else escape(p)
            for p in parts
            if p
        )
        out.append("<text:p>%s</text:p>" % body if body else "<text:p/>")
    return "".join(out)


def fmt_number(v):
    return repr(float(v)).rstrip("0").rstrip(".") if v != int(v) else str(int(v))


def cell_style(style, content):
    """Automatic cell style name for a cell's role and number format."""
    if isinstance(content, Num) and content.fmt == "0.00":
        return "ce_num2"
    if isinstance(content, Pct):
        return "ce_pct%d" % content.decimals
    return "ce_" + style


def cell_xml(content, style, span):
    attrs = ' table:style-name="%s"' % cell_style(style, content)
    if span and span != (1, 1):
        attrs += ' table:number-columns-spanned="%d" table:number-rows-spanned="%d"' % span
    if content is None or content == "":
        return "<table:table-cell%s/>" % attrs
    if isinstance(content, Num):
        v = fmt_number(content.value)
        shown = "%.2f" % content.value if content.fmt == "0.00" else v
        return ('<table:table-cell%s office:value-type="float" office:value="%s">'
                "<text:p>%s</text:p></table:table-cell>" % (attrs, v, shown))
    if isinstance(content, Pct):
        v = fmt_number(content.value)
        shown = "%.*f%%" % (content.decimals, content.value * 100)
        return ('<table:table-cell%s office:value-type="percentage" office:value="%s">'
                "<text:p>%s</text:p></table:table-cell>" % (attrs, v, shown))
    return ('<table:table-cell%s office:value-type="string">%s</table:table-cell>'
            % (attrs, paragraphs(content)))


FONT = "宋体"

BORDER = "0.5pt solid #000000"


def cell_style_xml(name, h_align, v_align="middle", border=True, data_style=None,
                   bold=False, size="10pt"):
    data = ' style:data-style-name="%s"' % data_style if data_style else ""
    para = ' fo:text-align="%s"' % h_align
    bord = ' fo:border="%s"' % BORDER if border else ""
    weight = ""
    if bold:
        weight = ' fo:font-weight="bold" style:font-weight-asian="bold"'
    return (
        '<style:style style:name="%s" style:family="table-cell" '
        'style:parent-style-name="Default"%s>'
        '<style:table-cell-properties fo:wrap-option="wrap" '
        'style:vertical-align="%s"%s style:text-align-source="fix" '
        'style:repeat-content="false"/>'
        '<style:paragraph-properties%s/>'
        '<style:text-properties style:font-name="%s" style:font-name-asian="%s" '
        'fo:font-size="%s" style:font-size-asian="%s"%s/>'
        "</style:style>"
        % (name, data, v_align, bord, para, FONT, FONT, size, size, weight)
    )


def build_document():
    anchors, covered = merge_map()

    col_styles = "".join(
        '<style:style style:name="co%d" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" '
        'style:column-width="%.2fcm"/></style:style>' % (i, w)
        for i, w in enumerate(COLUMN_WIDTHS)
    )
    row_styles = (
        '<style:style style:name="ro_opt" style:family="table-row">'
        '<style:table-row-properties fo:break-before="auto" '
        'style:use-optimal-row-height="true"/></style:style>'
    ) + "".join(
        '<style:style style:name="ro%d" style:family="table-row">'
        '<style:table-row-properties style:row-height="%.2fcm" fo:break-before="auto" '
        'style:use-optimal-row-height="false"/></style:style>' % (r, h)
        for r, h in sorted(ROW_HEIGHTS.items())
    )
    cell_styles = "".join([
        cell_style_xml("ce_note", "start", border=False, size="11pt"),
        cell_style_xml("ce_title", "center", border=False, bold=True, size="16pt"),
        cell_style_xml("ce_label", "center"),
        cell_style_xml("ce_text", "start"),
        cell_style_xml("ce_value", "center"),
        cell_style_xml("ce_num2", "center", data_style="N_0_00"),
        cell_style_xml("ce_pct0", "center", data_style="P_0"),
        cell_style_xml("ce_pct2", "center", data_style="P_0_00"),
    ])
    data_styles = (
        '<number:number-style style:name="N_0_00">'
        '<number:number number:decimal-places="2" number:min-decimal-places="2" '
        'number:min-integer-digits="1"/></number:number-style>'
        '<number:percentage-style style:name="P_0">'
        '<number:number number:decimal-places="0" number:min-decimal-places="0" '
        'number:min-integer-digits="1"/><number:text>%</number:text>'
        "</number:percentage-style>"
        '<number:percentage-style style:name="P_0_00">'
        '<number:number number:decimal-places="2" number:min-decimal-places="2" '
        'number:min-integer-digits="1"/><number:text>%</number:text>'
        "</number:percentage-style>"
    )

    rows_xml = []
    for r in range(1, ROW_COUNT + 1):
        spec = ROWS.get(r, {})
        cells = []
        for c, col in enumerate(COLUMNS):
            content, style = spec.get(col, (None, None))
            if style is None:
                # empty cell: bordered inside the table, bare above it
                style = "note" if r <= 2 else "text"
            if (c, r) in covered:
                if content not in (None, ""):
                    raise ValueError("content in covered cell %s%d" % (col, r))
                cells.append('<table:covered-table-cell table:style-name="%s"/>'
                             % cell_style(style, content))
            else:
                cells.append(cell_xml(content, style, anchors.get((c, r))))
        row_style = "ro%d" % r if r in ROW_HEIGHTS else "ro_opt"
        rows_xml.append('<table:table-row table:style-name="%s">%s</table:table-row>'
                        % (row_style, "".join(cells)))

    columns_xml = "".join(
        '<table:table-column table:style-name="co%d" '
        'table:default-cell-style-name="Default"/>' % i
        for i in range(len(COLUMNS))
    )

    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
        ' xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
        ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
        ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' office:version="1.3"'
        ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
        "<office:meta><dc:title>%s（种子样例）</dc:title></office:meta>\n"
        "<office:font-face-decls>"
        '<style:font-face style:name="%s" svg:font-family="%s"/>'
        "</office:font-face-decls>\n"
        "<office:styles>"
        '<style:default-style style:family="table-cell">'
        '<style:text-properties style:font-name="%s" style:font-name-asian="%s" '
        'fo:font-size="10pt" style:font-size-asian="10pt"/></style:default-style>'
        '<style:style style:name="Default" style:family="table-cell"/>'
        "</office:styles>\n"
        "<office:automatic-styles>%s%s%s%s"
        '<style:page-layout style:name="pm1">'
        '<style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" '
        'style:print-orientation="landscape" fo:margin-top="1cm" '
        'fo:margin-bottom="1cm" fo:margin-left="0.8cm" fo:margin-right="0.8cm"/>'
        "</style:page-layout>"
        "</office:automatic-styles>\n"
        "<office:master-styles>"
        '<style:master-page style:name="Default" style:page-layout-name="pm1">'
        '<style:header style:display="false"/><style:footer style:display="false"/>'
        "</style:master-page>"
        "</office:master-styles>\n"
        "<office:body><office:spreadsheet>"
        '<table:table table:name="%s">%s\n%s\n</table:table>'
        "</office:spreadsheet></office:body>\n"
        "</office:document>\n"
        % (
            SHEET_NAME, FONT, FONT, FONT, FONT,
            data_styles, col_styles, row_styles, cell_styles,
            SHEET_NAME, columns_xml, "\n".join(rows_xml),
        )
    )


def cells_text():
    """The cell values as the unit tests read them: one line per non-empty
    cell, "A5<TAB>n<TAB>2481.78" for a number (percent as its fraction) or
    "B5<TAB>s<TAB>\"json string\"" for a text."""
    import json
    lines = []
    for row in sorted(ROWS):
        for col in COLUMNS:
            if col not in ROWS[row]:
                continue
            content = ROWS[row][col][0]
            if isinstance(content, (Num, Pct)):
                lines.append("%s%d\tn\t%r" % (col, row, content.value))
            elif content:
                lines.append("%s%d\ts\t%s" % (col, row, json.dumps(content, ensure_ascii=False)))
    return "\n".join(lines) + "\n"


def main():
    """make_seed_form.py [out.fods] [--cells out.cells]"""
    here = os.path.dirname(os.path.abspath(__file__))
    args = sys.argv[1:]
    cells_out = None
    if "--cells" in args:
        i = args.index("--cells")
        cells_out = args[i + 1]
        del args[i:i + 2]
    out = args[0] if args else os.path.join(here, "seed-form.fods")
    assert len(INDICATORS) == 23 and LAST_INDICATOR_ROW + 1 == ROW_COUNT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build_document())
    print(out)
    if cells_out:
        with open(cells_out, "w", encoding="utf-8", newline="\n") as f:
            f.write(cells_text())
        print(cells_out)


if __name__ == "__main__":
    main()
