"""The whitespace and comment stripper applied to the shared scripts at build time."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from wizard.site.compact import compact_js
from wizard.site.themes import shared_dir


def test_strips_indentation_blank_lines_and_whole_line_comments() -> None:
    source = "/* head\n   more */\n(() => {\n  // note\n\n  const a = 1; /* kept: inside a line */\n  /* one */ f(a);\n})();\n"
    assert compact_js(source) == "(() => {\nconst a = 1; /* kept: inside a line */\nf(a);\n})();\n"


def test_keeps_strings_that_look_like_comments_and_line_breaks() -> None:
    source = "const u = 'https://x/*y*/';\n  const r = /\\/\\*/;\n  let b = a\n  ++c\n"
    out = compact_js(source)
    assert "'https://x/*y*/'" in out and "/\\/\\*/" in out
    assert out.count("\n") == source.count("\n")  # automatic semicolon insertion is unchanged


def test_multiline_template_literal_is_left_alone() -> None:
    source = "const t = `a\n    b`;\n  go(t);\n"
    assert compact_js(source) == source


def test_cart_script_shrinks_within_budget_and_stays_valid(tmp_path) -> None:
    source = (shared_dir() / "static" / "cart.js").read_text(encoding="utf-8")
    out = compact_js(source)
    # 12 KB served: the cart now also talks to the order desk (was 10 KB before it)
    assert len(out.encode()) <= 12 * 1024 < len(source.encode())
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = tmp_path / "cart.js"
    script.write_text(out, encoding="utf-8")
    subprocess.run([node, "--check", str(script)], check=True)
