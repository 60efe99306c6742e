"""axe-core in the real headless Chromium, at phone and desktop widths, on every demo shop's key
pages (the cart with products in it); and no request may leave 127.0.0.1."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from tests.conftest import required_tool
from tests.site.browser.conftest import AXE_JS, DemoSite
from tests.site.browser.serve import CHROMIUM, chromium, serve

WIDTHS = (390, 1280)
AXE_OPTIONS = {"resultTypes": ["violations"]}


def _describe(label: str, violations: list[dict]) -> list[str]:
    lines = []
    for v in violations:
        targets = "; ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:4])
        lines.append(f"{label}: {v['id']} ({v['impact']}) {v['help']} — {len(v['nodes'])} node(s): {targets}")
    return lines


def test_axe_finds_no_violation_and_nothing_leaves_loopback(demo_sites: list[DemoSite]) -> None:
    required_tool("Chromium", CHROMIUM)
    required_tool("axe-core (npm ci)", str(AXE_JS))
    axe_source = AXE_JS.read_text(encoding="utf-8")
    problems: list[str] = []
    foreign: list[str] = []
    pages_checked = 0
    with chromium() as browser:
        for site in demo_sites:
            with serve(site.root) as base:
                for width in WIDTHS:
                    context = browser.new_context(viewport={"width": width, "height": 800})

                    def guard(route, request, label: str = site.label) -> None:
                        if urlsplit(request.url).hostname == "127.0.0.1" or request.url.startswith("data:"):
                            route.continue_()
                        else:
                            foreign.append(f"{label}: {request.url}")
                            route.abort()

                    context.route("**/*", guard)
                    context.add_init_script(script=axe_source)  # parsed by each page, not sent each time
                    page = context.new_page()
                    errors: list[str] = []
                    page.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
                    for kind, rel in site.key_pages().items():
                        page.goto(base + rel, wait_until="domcontentloaded")
                        if kind == "product":
                            # Fill the cart, so that the cart page is checked as a shopper sees it.
                            page.locator("form[data-cart-add] [type=submit]").first.click()
                            page.wait_for_function("document.querySelector('[data-cart-count]').textContent")
                        result = json.loads(
                            page.evaluate(
                                "async (o) => JSON.stringify(await axe.run(document, o))", AXE_OPTIONS
                            )
                        )
                        problems += _describe(f"{site.label} {rel} @{width}px", result["violations"])
                        pages_checked += 1
                    if errors:
                        problems.append(f"{site.label} @{width}px: JavaScript errors {errors}")
                    context.close()
    assert pages_checked == len(demo_sites) * len(WIDTHS) * 7
    assert not foreign, "requests to other hosts:\n" + "\n".join(foreign[:20])
    assert not problems, f"{len(problems)} axe violations:\n" + "\n".join(problems[:40])
