#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads Recoupe's interchange exports the way another tool would, with Python's standard
library only, and prints what it found as one JSON object (exit status 1 and the problems on
stderr when something does not hold).

  interchangecheck.py webanno FILE.jsonld TEXTS_DIR
      Each annotation's TextPositionSelector must select its TextQuoteSelector's exact text in
      the representation the target names: the file TEXTS_DIR/<sha256> for the urn:sha256: in
      target.state.cached (its SHA-256 checked), else the original file TEXTS_DIR/<sha256> of
      target.source. Positions count Unicode code points.
  interchangecheck.py graphml FILE   |   interchangecheck.py gexf FILE
      Nodes, edges, their labels and attributes by name.
  interchangecheck.py csv FILE
      The records, with the multi-valued cells split back into their values.
"""
import csv
import hashlib
import json
import os
import sys
import xml.etree.ElementTree as ET

problems = []


def problem(text):
    problems.append(text)


def read_text(path):
    with open(path, "rb") as f:
        data = f.read()
    return data, data.decode("utf-8")


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def webanno(path, texts):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    items = document.get("first", {}).get("items", [])
    checked = 0
    named = 0
    for annotation in items:
        for target in as_list(annotation.get("target")):
            source = target.get("source", {})
            source_id = source.get("id", "") if isinstance(source, dict) else source
            cached = target.get("state", {}).get("cached", "")
            representation = cached or source_id
            if not representation.startswith("urn:sha256:"):
                problem("%s: no urn:sha256: representation" % annotation.get("id"))
                continue
            digest = representation[len("urn:sha256:"):]
            file = os.path.join(texts, digest)
            if not os.path.exists(file):
                problem("%s: no file for %s" % (annotation.get("id"), representation))
                continue
            data, text = read_text(file)
            if hashlib.sha256(data).hexdigest() != digest:
                problem("%s: %s does not hash to its name" % (annotation.get("id"), file))
            if cached:
                named += 1
            exact = position = None
            for selector in as_list(target.get("selector")):
                if selector.get("type") == "TextQuoteSelector":
                    exact = selector
                elif selector.get("type") == "TextPositionSelector":
                    position = selector
            if exact is None or position is None:
                problem("%s: a quote and a position selector are expected" % annotation.get("id"))
                continue
            # Python strings index code points, as the model counts.
            selected = text[position["start"]:position["end"]]
            if selected != exact["exact"]:
                problem("%s: [%d, %d) selects %r, the quote is %r" % (annotation.get("id"),
                        position["start"], position["end"], selected, exact["exact"]))
            start = position["start"]
            if not text[:start].endswith(exact.get("prefix", "")):
                problem("%s: the prefix is not before the position" % annotation.get("id"))
            if not text[position["end"]:].startswith(exact.get("suffix", "")):
                problem("%s: the suffix is not after the position" % annotation.get("id"))
            checked += 1
    return {"annotations": len(items), "checked": checked, "named_representation": named}


def graphml(path):
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.findall("g:key", ns)}
    graph = root.find("g:graph", ns)

    def data(element):
        out = {}
        for d in element.findall("g:data", ns):
            domain, name = keys[d.get("key")]
            out[name] = d.text or ""
        return out

    nodes = {n.get("id"): data(n) for n in graph.findall("g:node", ns)}
    edges = []
    for e in graph.findall("g:edge", ns):
        if e.get("source") not in nodes or e.get("target") not in nodes:
            problem("edge %s: an end is not a node" % e.get("id"))
        edges.append(dict(data(e), id=e.get("id"), source=nodes.get(e.get("source"), {}).get("label"),
                          target=nodes.get(e.get("target"), {}).get("label")))
    return {"nodes": [n.get("label", "") for n in nodes.values()], "edges": edges}


def gexf(path):
    ns = {"x": "http://gexf.net/1.3"}
    root = ET.parse(path).getroot()
    graph = root.find("x:graph", ns)
    titles = {}
    for attributes in graph.findall("x:attributes", ns):
        for a in attributes.findall("x:attribute", ns):
            titles[(attributes.get("class"), a.get("id"))] = a.get("title")

    def values(element, klass):
        out = {}
        for v in element.findall("x:attvalues/x:attvalue", ns):
            out[titles[(klass, v.get("for"))]] = v.get("value")
        return out

    nodes = {}
    for n in graph.findall("x:nodes/x:node", ns):
        nodes[n.get("id")] = dict(values(n, "node"), label=n.get("label"))
    edges = []
    for e in graph.findall("x:edges/x:edge", ns):
        if e.get("source") not in nodes or e.get("target") not in nodes:
            problem("edge %s: an end is not a node" % e.get("id"))
        edges.append(dict(values(e, "edge"), id=e.get("id"), edge_label=e.get("label"),
                          source=nodes.get(e.get("source"), {}).get("label"),
                          target=nodes.get(e.get("target"), {}).get("label")))
    return {"nodes": [n.get("label", "") for n in nodes.values()], "edges": edges}


def split_values(cell):
    """Splits a multi-valued cell on "; ", undoing the \\; and \\\\ escapes."""
    if cell == "":
        return []
    values, current, i = [], [], 0
    while i < len(cell):
        c = cell[i]
        if c == "\\" and i + 1 < len(cell):
            current.append(cell[i + 1])
            i += 2
            continue
        if cell.startswith("; ", i):
            values.append("".join(current))
            current = []
            i += 2
            continue
        current.append(c)
        i += 1
    values.append("".join(current))
    return values


def csv_file(path):
    with open(path, "rb") as f:
        raw = f.read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    # utf-8-sig: what a reader that honours the byte order mark sees.
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    header, records = rows[0], rows[1:]
    out = []
    for record in records:
        if len(record) != len(header):
            problem("a record has %d fields, the header %d" % (len(record), len(header)))
        row = dict(zip(header, record))
        row["tags"] = split_values(row.get("tags", ""))
        row["claims"] = split_values(row.get("claims", ""))
        for name, value in list(row.items()):
            if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                problem("%s cell %r would run as a formula" % (name, value))
        out.append(row)
    return {"bom": bom, "header": header, "records": out}


def main():
    kind = sys.argv[1]
    if kind == "webanno":
        result = webanno(sys.argv[2], sys.argv[3])
    elif kind == "graphml":
        result = graphml(sys.argv[2])
    elif kind == "gexf":
        result = gexf(sys.argv[2])
    elif kind == "csv":
        result = csv_file(sys.argv[2])
    else:
        sys.exit("unknown kind " + kind)
    json.dump(result, sys.stdout, ensure_ascii=False)
    for p in problems:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
