#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The words of each page's paragraphs (<p>, and Publican's <div class="para">), read by Python's html.parser: an independent reference
for the HTML importer. Prints one JSON object, {path: [word, ...]}, for the paths given."""
import json
import re
import sys
from html.parser import HTMLParser

# Start tags that close an open paragraph (HTML's "close a p element" rule).
CLOSES_P = {"address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul"}
HIDDEN = {"script", "style", "template", "noscript", "textarea", "title"}
WORD = re.compile(r"\w+")


class Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_p = False
        self.hidden = 0
        self.words = set()
        self.paragraph = []  # text chunks: a word may span several inline elements

    def end_paragraph(self):
        self.words.update(WORD.findall("".join(self.paragraph)))
        self.paragraph = []
        self.in_p = False

    def close(self):
        super().close()
        self.end_paragraph()

    def handle_starttag(self, tag, attrs):
        if tag in CLOSES_P:
            self.end_paragraph()
            # The handbook (Publican) writes its paragraphs <div class="para">.
            classes = (dict(attrs).get("class") or "").split()
            self.in_p = tag == "p" or (tag == "div" and "para" in classes)
        if tag in HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in ("p", "div"):
            self.end_paragraph()
        if tag in HIDDEN and self.hidden > 0:
            self.hidden -= 1

    def handle_data(self, data):
        if self.in_p and not self.hidden:
            self.paragraph.append(data)


result = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", errors="replace") as f:
        parser = Paragraphs()
        parser.feed(f.read())
        parser.close()
    result[path] = sorted(parser.words)
json.dump(result, sys.stdout, ensure_ascii=False)
