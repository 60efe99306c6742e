"""A small, conservative whitespace and comment stripper for the shared scripts (no minifier)."""

from __future__ import annotations


def compact_js(source: str) -> str:
    """``source`` without indentation, blank lines and comments that stand on lines of their own.

    Line breaks are kept, so automatic semicolon insertion reads the code as before, and nothing
    inside a line is touched (a ``/*`` in a string stays). A script with a template literal that
    spans lines is returned unchanged: its indentation would be part of a string.
    """
    lines = source.splitlines()
    if any(line.count("`") % 2 for line in lines):
        return source
    out: list[str] = []
    in_comment = False
    for raw in lines:
        line = raw.strip()
        if in_comment:
            in_comment = "*/" not in line
            rest = line.split("*/", 1)[1].strip() if not in_comment else ""
            if rest:
                out.append(rest)
            continue
        if line.startswith("//") or not line:
            continue
        if line.startswith("/*"):
            end = line.find("*/", 2)
            if end < 0:
                in_comment = True
                continue
            line = line[end + 2 :].strip()
            if not line:
                continue
        out.append(line)
    return "\n".join(out) + "\n"
