"""Read stories from PETRARCH's XML input format, streaming, one <Sentence> at a time.

    <Sentence date="20080801" id="AFP0808-01-M008-02" sentence="true">
    <Text>Arnor is about to restore full diplomatic ties with Gondor.</Text>
    </Sentence>

The file is fed to xml.etree's pull parser a line at a time, so each element is known with the
line it starts on and no more than one <Sentence> is held in memory. A <Sentence> that cannot
be coded (no id, no text, a date that is not YYYYMMDD or YYYY-MM-DD) is yielded as an
InputError naming file, line and field, like the other readers; XML that is not well formed
stops the file at the line where the parser gave up.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator

from .errors import InputError
from .readers import MAX_STORY_CHARS, Item, make_story

COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def iter_elements(path: str | Path, tags: frozenset[str]) -> Iterator[tuple[int, ET.Element] | InputError]:
    """(start line, element) for every complete element whose tag is in `tags`, in file order;
    each is dropped from the tree once the caller has it. Bad XML ends the stream with an InputError."""
    parser = ET.XMLPullParser(events=("start", "end"))
    stack: list[ET.Element] = []
    starts: dict[int, int] = {}  # id(element) -> line its start tag was read on
    p = str(path)
    number = 0
    with open(path, "rb") as fh:
        try:
            for number, raw in enumerate(fh, 1):
                parser.feed(raw)
                yield from _drain(parser, stack, starts, number, tags)
            parser.close()
            yield from _drain(parser, stack, starts, number, tags)
        except ET.ParseError as exc:
            line = exc.position[0] if getattr(exc, "position", None) else number
            yield InputError(p, line, None, "bad_xml", str(exc).split(":")[0])


def _drain(parser, stack, starts, number, tags):
    for event, elem in parser.read_events():
        if event == "start":
            stack.append(elem)
            if elem.tag in tags:
                starts[id(elem)] = number
            continue
        stack.pop()
        if elem.tag in tags:
            yield starts.pop(id(elem), number), elem
            elem.clear()
            if stack:
                stack[-1].remove(elem)


def element_text(elem: ET.Element, tag: str) -> str | None:
    """The whitespace-normalised text of a child element, or None when it is absent."""
    child = elem.find(tag)
    if child is None:
        return None
    return " ".join("".join(child.itertext()).split())


def iso_date(value: str | None) -> str | None:
    """PETRARCH writes dates as YYYYMMDD: turn them into YYYY-MM-DD (others are left for make_story to judge)."""
    if value is None:
        return None
    m = COMPACT_DATE.match(value)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else value.strip()


def sentence_story(elem: ET.Element, p: str, line: int, default_date: str | None, max_chars: int):
    """A Story from one <Sentence>, or InputError naming the attribute or element that is wrong."""
    record = {"id": elem.get("id"), "date": iso_date(elem.get("date")), "text": element_text(elem, "Text")}
    if record["text"] is None:
        raise InputError(p, line, "text", "missing", "a <Text> element")
    return make_story(record, p, line, default_date, max_chars)


def read_xml(path: Path, default_date: str | None = None, max_chars: int = MAX_STORY_CHARS) -> Iterator[Item]:
    """Stories (or InputErrors) of a PETRARCH XML file, in file order."""
    p = str(path)
    for item in iter_elements(path, frozenset({"Sentence"})):
        if isinstance(item, InputError):
            yield item
            return
        line, elem = item
        try:
            yield sentence_story(elem, p, line, default_date, max_chars)
        except InputError as exc:
            yield exc
