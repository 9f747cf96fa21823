"""How much of the facilitator kit's standalone files (slides, web checks, feedback form) a
translated build still shows in English.

    python benchmarks/kit_translation.py _build/instructor/html/kit _build/es/instructor/html/kit

Prints, per file, the visible text blocks (headings, paragraphs, list items, cells, labels,
buttons, the title) and how many are identical to the English file's, then the total; with
--list, the English blocks left. Blocks with no letters (times, numbers, "1 / 20") and the
source list (titles stay in their own language) are not counted.
"""
from __future__ import annotations

import argparse
import sys
from html.parser import HTMLParser
from pathlib import Path

BLOCKS = {"title", "h1", "h2", "p", "li", "td", "th", "label", "legend", "button", "caption", "span"}


class _Blocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, list[str]]] = []
        self.blocks: list[str] = []
        self.in_sources = 0

    def handle_starttag(self, tag, attrs):
        if tag == "ol" and ("class", "sources") in attrs:
            self.in_sources += 1
        if tag in BLOCKS:
            self.stack.append((tag, []))

    def handle_endtag(self, tag):
        if tag == "ol" and self.in_sources:
            self.in_sources -= 1
        if self.stack and self.stack[-1][0] == tag:
            _, parts = self.stack.pop()
            text = " ".join("".join(parts).split())
            if text and any(ch.isalpha() for ch in text) and not self.in_sources:
                self.blocks.append(text)

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][1].append(data)


def blocks(path: Path) -> list[str]:
    parser = _Blocks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.blocks


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("english", type=Path)
    parser.add_argument("translated", type=Path)
    parser.add_argument("--list", action="store_true", help="print the blocks still in English")
    args = parser.parse_args(argv)
    total = same_total = 0
    for english in sorted(args.english.glob("*.html")):
        other = args.translated / english.name
        if not other.exists():
            print(f"{english.name}: missing in {args.translated}", file=sys.stderr)
            return 1
        known = set(blocks(english))
        theirs = blocks(other)
        same = [b for b in theirs if b in known]
        total += len(theirs)
        same_total += len(same)
        print(f"{english.name:24} {len(theirs):5} blocks {len(same):5} still English")
        if args.list:
            for block in dict.fromkeys(same):
                print(f"    {block[:110]}")
    print(f"{'total':24} {total:5} blocks {same_total:5} still English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
