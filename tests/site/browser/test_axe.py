"""axe-core in the real headless Chromium, at phone and desktop widths, on every demo shop's key
pages (the cart with products in it); and no request may leave 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import urlsplit

from tests.conftest import required_tool
from tests.site.browser.conftest import AXE_JS, DemoSite
from tests.site.browser.serve import CHROMIUM, CHROMIUM_ARGS, serve

WIDTHS = (390, 1280)
AXE_OPTIONS = {"resultTypes": ["violations"]}
PARALLEL = 2  # pages checked at once: one per core


def _describe(label: str, violations: list[dict]) -> list[str]:
    lines = []
    for v in violations:
        targets = "; ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:4])
        lines.append(f"{label}: {v['id']} ({v['impact']}) {v['help']} — {len(v['nodes'])} node(s): {targets}")
    return lines


async def _check_all(sites: list[DemoSite], base: str) -> tuple[list[str], list[str], int]:
    from playwright.async_api import async_playwright

    axe_source = AXE_JS.read_text(encoding="utf-8")
    problems: list[str] = []
    foreign: list[str] = []
    checked = 0
    jobs: asyncio.Queue[tuple[DemoSite, int]] = asyncio.Queue()
    for site in sites:
        for width in WIDTHS:
            jobs.put_nowait((site, width))

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        async def check(site: DemoSite, width: int) -> None:
            nonlocal checked
            context = await browser.new_context(viewport={"width": width, "height": 800})

            async def guard(route, request) -> None:
                if urlsplit(request.url).hostname == "127.0.0.1":
                    await route.continue_()
                else:
                    foreign.append(f"{site.label}: {request.url}")
                    await route.abort()

            await context.route("**/*", guard)
            await context.add_init_script(script=axe_source)  # parsed by each page, not sent each time
            page = await context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            site_base = f"{base}{site.root.name}/"
            for kind, rel in site.key_pages().items():
                await page.goto(site_base + rel, wait_until="domcontentloaded")
                if kind == "product":
                    # Fill the cart, so that the cart page is checked as a shopper sees it.
                    await page.locator("form[data-cart-add] [type=submit]").first.click()
                    await page.wait_for_function("document.querySelector('[data-cart-count]').textContent")
                raw = await page.evaluate(
                    "async (o) => JSON.stringify(await axe.run(document, o))", AXE_OPTIONS
                )
                problems.extend(_describe(f"{site.label} {rel} @{width}px", json.loads(raw)["violations"]))
                checked += 1
            if errors:
                problems.append(f"{site.label} @{width}px: JavaScript errors {errors}")
            await context.close()

        async def worker() -> None:
            while not jobs.empty():
                await check(*jobs.get_nowait())

        try:
            await asyncio.gather(*(worker() for _ in range(PARALLEL)))
        finally:
            await browser.close()
    return problems, foreign, checked


def test_axe_finds_no_violation_and_nothing_leaves_loopback(demo_sites: list[DemoSite]) -> None:
    required_tool("Chromium", CHROMIUM)
    required_tool("axe-core (npm ci)", str(AXE_JS))
    parent = demo_sites[0].root.parent
    assert all(site.root.parent == parent for site in demo_sites)
    with serve(parent) as base:  # each shop in its own folder: the sites use relative links only
        problems, foreign, checked = asyncio.run(_check_all(demo_sites, base))
    assert checked == len(demo_sites) * len(WIDTHS) * 7
    assert not foreign, "requests to other hosts:\n" + "\n".join(foreign[:20])
    assert not problems, f"{len(problems)} axe violations:\n" + "\n".join(problems[:40])
