"""A Hugo site of the build benchmark's products, with templates comparable to Échoppe's pages.

Same products (name, price, Markdown description, category, variants), 20 categories as a taxonomy
whose term pages list 24 products a page (as Échoppe's category pages do), a home page, and every
page wrapped in a layout with the head's meta tags, a header with the category navigation, a footer
with the legal links, JSON-LD on product pages; Hugo also writes its sitemap and RSS feeds.
"""

from __future__ import annotations

import json
from pathlib import Path

CONFIG = """baseURL = "https://bench.example.fr/"
languageCode = "fr-fr"
title = "Banc d'essai"
paginate = 24
[taxonomies]
  category = "categories"
[markup.goldmark.renderer]
  unsafe = false
"""

BASEOF = """<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:url" content="{{ .Permalink }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:site_name" content="{{ .Site.Title }}">
<link rel="stylesheet" href="{{ "site.css" | relURL }}">
</head>
<body>
<a class="skip-link" href="#main">Aller au contenu</a>
<aside class="promo"><p>Soldes <strong>SOLDES</strong></p></aside>
<header class="site-header"><a class="brand" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<a href="{{ "recherche.html" | relURL }}">Rechercher</a> <a href="{{ "panier.html" | relURL }}">Panier</a>
<nav><ul>
{{ $here := .RelPermalink }}
{{ range .Site.Taxonomies.categories.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}"{{ if eq $here .Page.RelPermalink }} aria-current="page"{{ end }}>{{ .Page.Title }}</a></li>
{{ end }}</ul></nav>
</header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer class="site-footer"><h2>{{ .Site.Title }}</h2><ul>
<li><a href="{{ "a-propos.html" | relURL }}">À propos</a></li><li><a href="{{ "contact.html" | relURL }}">Contact</a></li>
<li><a href="{{ "cgv.html" | relURL }}">Conditions générales de vente</a></li>
<li><a href="{{ "mentions-legales.html" | relURL }}">Mentions légales</a></li>
<li><a href="{{ "confidentialite.html" | relURL }}">Confidentialité</a></li>
<li><a href="{{ "retractation.html" | relURL }}">Se rétracter du contrat ici</a></li></ul>
<p>Prix TTC. Pas de cookies, pas de traceurs.</p></footer>
<script src="{{ "cart.js" | relURL }}" defer></script>
</body>
</html>
"""

SINGLE = """{{ define "main" }}
<script type="application/ld+json">{{ dict "@type" "Product" "name" .Title "sku" .Params.sku "offers" (dict "price" .Params.price "priceCurrency" "EUR") | jsonify | safeJS }}</script>
<nav class="trail">{{ range .GetTerms "categories" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<article class="product"><h1>{{ .Title }}</h1>
<p class="price">{{ .Params.price }} €{{ with .Params.compare_at }} <del>{{ . }} €</del>{{ end }}</p>
{{ with .Params.variants }}<label>Taille <select name="variant">{{ range . }}<option value="{{ .sku }}">{{ .label }}</option>{{ end }}</select></label>{{ end }}
<button class="add-to-cart" data-sku="{{ .Params.sku }}">Ajouter au panier</button>
<div class="description">{{ .Content }}</div></article>
{{ end }}
"""

LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1><p>{{ len .Pages }} produits</p>
<ul class="cards">{{ range .Paginator.Pages }}<li class="card"><a href="{{ .RelPermalink }}"><span class="ph">{{ substr .Title 0 1 }}</span>
<h2>{{ .Title }}</h2><p class="price">{{ .Params.price }} €</p></a></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
"""

HOME = """{{ define "main" }}
<section class="hero"><h1>{{ .Site.Title }}</h1><p>Des milliers de produits</p></section>
<ul class="cards">{{ range first 8 (where .Site.RegularPages "Params.featured" true) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.price }} €</li>{{ end }}</ul>
{{ end }}
"""


def write_hugo_site(root: Path, products: list[dict[str, object]]) -> None:
    """Write the Hugo project of ``products`` (dicts from the benchmark's shop) under ``root``."""
    (root / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (root / "config.toml").write_text(CONFIG, encoding="utf-8")
    (root / "layouts" / "_default" / "baseof.html").write_text(BASEOF, encoding="utf-8")
    (root / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (root / "layouts" / "_default" / "list.html").write_text(LIST, encoding="utf-8")
    (root / "layouts" / "_default" / "term.html").write_text(LIST, encoding="utf-8")
    (root / "layouts" / "index.html").write_text(HOME, encoding="utf-8")
    content = root / "content" / "produit"
    content.mkdir(parents=True, exist_ok=True)
    for p in products:
        front = {
            "title": p["name"], "slug": p["slug"], "price": p["price"], "sku": p["sku"],
            "categories": [p["category"]], "featured": p["featured"], "variants": p["variants"],
        }
        if p["compare_at"]:
            front["compare_at"] = p["compare_at"]
        text = json.dumps(front, ensure_ascii=False, indent=1) + "\n\n" + str(p["description"]) + "\n"
        (content / f"{p['slug']}.md").write_text(text, encoding="utf-8")
