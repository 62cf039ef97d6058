#!/usr/bin/python3
"""Reads every HTML and Markdown document CoexPlan exports (the goldens under
tests/data, which tst_exports_golden proves equal to what the exporters write) with
real parsers: html5lib (the WHATWG HTML parsing algorithm, strict: any parse error
fails) and markdown-it-py (CommonMark, with GitHub tables).

Checks (issue 18: "the output parses as HTML / Markdown table and holds the value as text"):
- HTML: no parse error; only the elements and attributes the writer emits; no event
  handler attribute, no script, no link to anything but http(s) or the document itself.
- Markdown: no raw HTML token (the writer never emits any, so one would be a value's
  markup); every table row has the header's number of cells in the source (an unescaped
  `|` in a value would add one; GitHub drops the excess silently).
- Both: where the folder holds the plan (plan.coexplan), every plan string that the
  document mentions (its first word occurs) is there whole, as text: markup in a value
  would have been consumed by the parser and the text would differ.
Usage: check_documents.py DATA_DIR [--self-test]
"""
import json
import pathlib
import re
import sys

import html5lib
from markdown_it import MarkdownIt

# (one string: a quoted word is a program name to scripts/check-deps.py)
HTML_ELEMENTS = set("""
    html head meta title style body h1 h2 h3 h4 p div span table colgroup col
    thead tbody tr th td input pre code a ul ol li br strong em img figure figcaption
""".split())
HTML_ATTRIBUTES = set("""
    class charset name content type checked disabled href src alt width height colspan rowspan id lang title style
""".split())


def collapsed(text):
    return " ".join(text.split())


def plan_strings(folder):
    plan = folder / "plan.coexplan"
    if not plan.exists():
        return []
    found = []

    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str) and len(v.split()) > 1:
            found.append(v)

    walk(json.loads(plan.read_text(encoding="utf-8")))
    return found


VALUES_FOUND = [0]


def check_values(path, text, values, errors):
    text = collapsed(text)
    for value in values:
        first = re.search(r"\w[\w-]*", value)
        if not first or first.group(0) not in text:
            continue
        if collapsed(value) in text:
            VALUES_FOUND[0] += 1
        else:
            errors.append(f"{path}: the value {value!r} is mentioned but not there whole, as text")


def check_html(path, data, values):
    errors = []
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        root = parser.parse(data)
    except html5lib.html5parser.ParseError as e:
        return [f"{path}: not valid HTML: {e} (line {parser.errors[-1][0][0] if parser.errors else '?'})"]
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag:
            continue
        if tag not in HTML_ELEMENTS:
            errors.append(f"{path}: unexpected element <{tag}>")
        for name, value in element.attrib.items():
            if name.lower().startswith("on") or (name not in HTML_ATTRIBUTES and not name.startswith("aria-")):
                errors.append(f"{path}: unexpected attribute {name}= on <{tag}>")
            if name in ("href", "src") and not re.match(r"^(https?:|#|data:image/(png|svg\+xml);base64,)", value):
                errors.append(f"{path}: {name}= {value[:60]!r} on <{tag}> is neither http(s), a fragment nor an image")
    body = root.find("body")
    check_values(path, "".join(body.itertext()) if body is not None else "", values, errors)
    return errors


def table_cells(line):
    """Cells of a GitHub table row in the source: split at `|` that is not escaped and
    not inside a code span; a leading and a trailing pipe delimit, they are no cell."""
    cells, current, i, code = [], "", 0, 0
    line = line.strip()
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line):
            current += line[i:i + 2]
            i += 2
            continue
        if c == "`":
            run = len(line[i:]) - len(line[i:].lstrip("`"))
            code = 0 if code == run else (run if code == 0 else code)
            current += "`" * run
            i += run
            continue
        if c == "|" and not code:
            cells.append(current)
            current = ""
        else:
            current += c
        i += 1
    cells.append(current)
    if line.startswith("|"):
        cells = cells[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        cells = cells[:-1]
    return cells


def check_markdown(path, text, values):
    errors = []
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    lines = text.split("\n")
    shown = []
    for i, t in enumerate(tokens):
        if t.type in ("html_block", "html_inline"):
            errors.append(f"{path}:{t.map[0] + 1 if t.map else '?'}: raw HTML in Markdown: {t.content[:60]!r}")
        if t.type == "table_open" and t.map:
            start, end = t.map
            width = len(table_cells(lines[start]))
            for n in range(start + 2, end):  # the header, then the delimiter row
                if lines[n].strip() and len(table_cells(lines[n])) != width:
                    errors.append(f"{path}:{n + 1}: a table row with {len(table_cells(lines[n]))} cells, "
                                  f"the header has {width}")
        if t.type == "inline":
            for child in t.children or []:
                if child.type == "html_inline":
                    errors.append(f"{path}:{t.map[0] + 1 if t.map else '?'}: raw HTML: {child.content[:60]!r}")
                if child.type in ("text", "code_inline"):
                    shown.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    shown.append(" ")
            shown.append(" ")
        if t.type in ("fence", "code_block"):
            shown.append(t.content)
    check_values(path, "".join(shown), values, errors)
    return errors


def check_tree(data_dir):
    errors, count = [], 0
    for path in sorted(data_dir.rglob("*")):
        if path.suffix not in (".html", ".md") or "node_modules" in path.parts:
            continue
        values = plan_strings(path.parent)
        count += 1
        if path.suffix == ".html":
            errors += check_html(path, path.read_bytes(), values)
        else:
            errors += check_markdown(path, path.read_text(encoding="utf-8"), values)
    return count, errors


def self_test():
    """The checks must catch what they are for."""
    value = "HOSTILE-x <i>tag</i> | a"
    bad_html = b"<!DOCTYPE html><html><head><title>t</title></head><body><p>HOSTILE-x <i>tag</i> | a</p></body></html>"
    good_html = b"<!DOCTYPE html><html><head><title>t</title></head><body><p>HOSTILE-x &lt;i&gt;tag&lt;/i&gt; | a</p></body></html>"
    assert check_html("bad.html", bad_html, [value]), "markup in a value must be caught (HTML)"
    assert not check_html("good.html", good_html, [value]), check_html("good.html", good_html, [value])
    assert check_html("broken.html", b"<!DOCTYPE html><p><b>x</p>", []), "a parse error must fail"
    assert check_html("onerror.html", b'<!DOCTYPE html><title>t</title><img src="x" onerror="a()">', [])
    bad_md = "# T\n\nHOSTILE-x <i>tag</i> | a\n"
    good_md = "# T\n\nHOSTILE-x \\<i\\>tag\\</i\\> \\| a\n"
    assert check_markdown("bad.md", bad_md, [value]), "markup in a value must be caught (Markdown)"
    assert not check_markdown("good.md", good_md, [value]), check_markdown("good.md", good_md, [value])
    table = "| a | b |\n|---|---|\n| HOSTILE-x | y | z |\n| `x|y` | \\| |\n"
    errs = check_markdown("table.md", table, [])
    assert len(errs) == 1 and ":3:" in errs[0], errs
    assert check_markdown("emph.md", "# T\n\n*HOSTILE-x* a\n", ["*HOSTILE-x* a"]), "emphasis eats the value"
    print("check_documents self-test: 8 checks passed")


def main():
    if "--self-test" in sys.argv:
        self_test()
        return 0
    data_dir = pathlib.Path(sys.argv[1])
    count, errors = check_tree(data_dir)
    for e in dict.fromkeys(errors):  # each problem once, in order
        print(e, file=sys.stderr)
    if count == 0:
        print(f"no HTML or Markdown document under {data_dir}", file=sys.stderr)
        return 1
    print(f"check_documents: {count} documents read, {VALUES_FOUND[0]} plan values found whole as text, "
          f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
