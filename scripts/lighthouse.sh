#!/usr/bin/env bash
# Lighthouse (mobile) on the home page and one product page of a demo shop: the median of 3 runs
# of each, printing accessibility, best practices, SEO and performance.
#
#   scripts/lighthouse.sh [NICHE] [LANG]        (default: local-food fr; RUNS=3 to change the count)
#
# Needs the system Chromium and Node; Lighthouse 12.2.3 (the last one that runs on Node 20) is
# fetched by npx from the npm registry on first use. Not run by CI: it is slow, and its performance
# score moves by a few hundredths between runs on 2 cores. Never run two at once.
set -euo pipefail
cd "$(dirname "$0")/.."

NICHE=${1:-local-food}
LANG_=${2:-fr}
RUNS=${RUNS:-3}
CHROME=${CHROME:-/usr/bin/chromium}
LIGHTHOUSE=(npx --yes lighthouse@12.2.3)

tmp=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port/"

# Build the demo shop with its public URL set to where it is served, as it will be once published.
product=$(.venv/bin/python - "$tmp" "$NICHE" "$LANG_" "$base" <<'EOF'
import sys
from pathlib import Path

sys.path.insert(0, ".")
from tests.site.browser.demo import make_demo_shop
from wizard.site import build_site
from wizard.site.paths import paths_for

tmp, niche, lang, base = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
shop = make_demo_shop(tmp / "demo.echoppe", niche, lang, photo_size=(1600, 1200), extra_products=10)
try:
    build_site(shop, tmp / "site", base_url=base)
    products = shop.products(published_only=True)
    chosen = next((p for p in products if p.variants), products[0])
    print(paths_for(lang).product(chosen.slug))
finally:
    shop.close()
EOF
)

.venv/bin/python -m http.server "$port" --bind 127.0.0.1 --directory "$tmp/site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  if .venv/bin/python -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1])" "$base" 2>/dev/null; then break; fi
  sleep 0.1
done

for name in home product; do
  url=$base
  if [ "$name" = product ]; then url="$base$product"; fi
  for run in $(seq "$RUNS"); do
    profile="$tmp/profile-$name-$run"
    "${LIGHTHOUSE[@]}" "$url" --quiet --chrome-path="$CHROME" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$profile" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$tmp/$name-$run.json" >/dev/null 2>"$tmp/$name-$run.log" || {
        echo "lighthouse failed on $url:"; tail -n 20 "$tmp/$name-$run.log"; exit 1; }
  done
done

.venv/bin/python - "$tmp" "$RUNS" "$base" "$product" <<'EOF'
import json
import statistics
import sys
from pathlib import Path

tmp, runs = Path(sys.argv[1]), int(sys.argv[2])
categories = ("accessibility", "best-practices", "seo", "performance")
print(f"Lighthouse 12.2.3, mobile, median of {runs} runs ({sys.argv[3]}, product {sys.argv[4]})")
print(f"{'page':8} " + " ".join(f"{c:>15}" for c in categories))
failing = set()
for name in ("home", "product"):
    reports = [json.loads((tmp / f"{name}-{n}.json").read_text()) for n in range(1, runs + 1)]
    medians = [statistics.median(r["categories"][c]["score"] for r in reports) for c in categories]
    print(f"{name:8} " + " ".join(f"{m:>15.2f}" for m in medians))
    for report in reports:
        for audit in report["audits"].values():
            if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") == "binary":
                failing.add(f"{name}: {audit['id']} — {audit['title']}")
    metrics = reports[len(reports) // 2]["audits"]
    print("         " + ", ".join(
        f"{m} {metrics[m]['displayValue']}" for m in ("first-contentful-paint", "largest-contentful-paint",
                                                       "total-blocking-time", "cumulative-layout-shift")
    ))
if failing:
    print("audits not passed in some run:")
    for line in sorted(failing):
        print("  " + line)
EOF
