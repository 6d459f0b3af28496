"""Generate the training corpus: labelled pages (labels format v1) of many site designs and languages.

    python -m corpus.generate --out data/pages --seed 1 [--sites 100] [--pages-per-site 9]

Deterministic from the seed. A *site* is a design drawn from the seed: its kind (news portal, blog, forum,
shop, institution), layout (HTML5 landmarks, div soup, tables), class naming (semantic, framework prefixes,
Bootstrap, utility classes, hashed CSS-module names, none), component variants and placements, digits and
date styles. Its pages share the design and differ in content (articles, comments, polls, dates) drawn from
the team-written lexicons in ``corpus/lexicon``. Each region is marked while the tree is built; the marks
become CSS selectors (an id, a class, or a structural path) that are checked against the written page.

Pages also carry look-alikes with their right labels (hard negatives): log-in, registration, contact, filter and
newsletter forms, language pickers, lone buttons, "was this helpful" boxes, footer imprints, interviews, bylines
with update times, header service links, and whole pages inside one ASP.NET ``<form>``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_time
from lxml import etree, html
from lxml.cssselect import CSSSelector

from .calendars import BANGLA_MONTHS, HIJRI_MONTHS, bangla_date, hijri_date, local_digits

LEXICON_DIR = Path(__file__).parent / "lexicon"

# Share of sites per language (the rest spread evenly over the other lexicons).
LANG_SHARE = {"bn": 0.28, "en": 0.22}
KINDS = {"news": 0.55, "blog": 0.2, "forum": 0.08, "shop": 0.08, "inst": 0.09}
NAMINGS = {"semantic": 0.2, "prefixed": 0.14, "bootstrap": 0.12, "mixed": 0.12, "utility": 0.14, "hashed": 0.16,
           "bare": 0.12}
HINTLESS = {"utility", "hashed", "bare"}
LOCAL_DIGITS = {"bn": 0.9, "ar": 0.4, "fa": 0.8, "ur": 0.5, "hi": 0.15}

# Semantic class vocabularies: role -> alternatives (a site picks one per role).
VOCAB = {
    "header": ["header", "site-header", "masthead", "top-header", "header-area", "page-header"],
    "topbar": ["topbar", "top-bar", "header-top", "top-strip", "utility-bar"],
    "date": ["date", "today", "current-date", "header-date", "date-time", "todays-date", "bn-date", "clock"],
    "darkmode": ["dark-mode", "theme-toggle", "mode-switch", "night-mode", "darkmode-btn"],
    "logo": ["logo", "site-logo", "brand", "navbar-brand", "site-title"],
    "menu": ["menu", "main-menu", "nav-menu", "primary-menu", "navbar-nav", "menu-list", "mainmenu"],
    "nav": ["navigation", "main-navigation", "primary-nav", "navbar", "nav-wrap", "menu-area"],
    "submenu": ["sub-menu", "dropdown-menu", "submenu", "mega-menu"],
    "breadcrumb": ["breadcrumb", "breadcrumbs", "crumbs", "entry-crumbs", "path"],
    "article": ["article", "post", "single-post", "entry", "story", "news-details", "post-content", "article-body"],
    "title": ["title", "entry-title", "post-title", "headline", "story-title"],
    "byline": ["byline", "author", "post-meta", "entry-meta", "meta", "reporter"],
    "body": ["content", "entry-content", "article-content", "story-body", "post-body", "details", "news-content"],
    "tags": ["tags", "post-tags", "tag-list", "entry-tags", "keywords", "topics"],
    "share": ["share", "social-share", "share-buttons", "sharing", "share-bar"],
    "poll": ["poll", "poll-box", "wp-polls", "vote-widget", "survey", "opinion-poll", "online-poll", "jorip",
             "poll-widget", "totalpoll"],
    "comments": ["comments", "comments-area", "comment-section", "comment-box", "user-comments", "discussion",
                 "fb-comments-wrap", "comment-list"],
    "comment": ["comment", "comment-item", "comment-body", "media", "reply-item"],
    "respond": ["respond", "comment-respond", "comment-form", "reply-form", "post-comment"],
    "sidebar": ["sidebar", "widget-area", "side-col", "aside", "right-sidebar", "secondary"],
    "widget": ["widget", "side-widget", "block", "box", "panel", "module"],
    "archive": ["archive", "archive-picker", "date-archive", "archive-search", "calendar-search", "news-archive"],
    "calendar": ["calendar", "wp-calendar", "widget-calendar", "cal", "date-picker"],
    "latest": ["latest", "latest-news", "recent-posts", "most-read", "popular", "tab-content", "news-list"],
    "related": ["related", "related-posts", "more-news", "read-also", "also-read", "recommended"],
    "footer": ["footer", "site-footer", "footer-area", "bottom", "foot"],
    "copyright": ["copyright", "copy", "footer-bottom", "legal", "credits"],
    "ad": ["ad", "ads", "advert", "banner-ad", "sponsor", "adsbygoogle", "ad-slot"],
    "cookie": ["cookie", "cookie-banner", "consent", "gdpr", "cookie-notice"],
    "newsletter": ["newsletter", "subscribe", "signup", "mailing-list"],
    "teaser": ["teaser", "card", "news-item", "post-item", "list-item", "story-card"],
    "pagination": ["pagination", "pager", "page-numbers", "nav-links"],
    "bio": ["author-bio", "about-author", "author-box", "bio"],
    "search": ["search", "search-form", "searchbox", "search-wrap"],
    "wrap": ["container", "wrapper", "wrap", "inner", "main-wrap", "content-wrap", "row"],
    "main": ["main", "main-content", "primary", "content-area", "col-main", "left-col"],
    "forum-post": ["post", "message", "thread-post", "postbody", "topic-post"],
    "product": ["product", "product-detail", "item", "product-info", "pdp"],
    "reviews": ["reviews", "customer-reviews", "product-reviews", "ratings"],
    # look-alikes of polls and comment forms (hard negatives)
    "auth": ["login-form", "auth-modal", "signin", "user-login", "account-box", "modal-login", "register-form"],
    "contact": ["contact-form", "contact", "wpcf7", "get-in-touch", "tip-form", "write-to-us"],
    "filter": ["search-filters", "filter-bar", "facets", "sort-bar", "search-options", "refine"],
    "imprint": ["imprint", "footer-info", "editor-info", "address", "masthead-info", "footer-meta", "colophon"],
    "quicklinks": ["quick-links", "top-links", "header-links", "utility-nav", "toplinks", "service-links"],
    "feedback": ["helpful", "article-feedback", "was-helpful", "rate-article", "reaction"],
    "langsel": ["lang-select", "edition-picker", "region-select", "language-switcher", "locale"],
    "modal": ["modal", "popup", "overlay", "dialog", "lightbox"],
    "btn": ["btn", "button", "link-btn", "cta", "action", "icon-btn"],
    "interview": ["interview", "qa", "q-and-a", "conversation", "talk"],
}
PREFIXES = ["td-", "jeg_", "tie-", "sp-", "elementor-", "wp-block-", "mvp-", "nw-", "bd-", "np-"]
UTILITY = ["flex", "items-center", "justify-between", "gap-2", "gap-4", "p-2", "p-4", "px-3", "py-2", "mt-4",
           "mb-2", "text-sm", "text-lg", "font-bold", "text-gray-600", "bg-white", "rounded", "shadow", "grid",
           "grid-cols-3", "col-span-2", "w-full", "max-w-4xl", "mx-auto", "border-b", "hidden", "md:block",
           "leading-7", "space-y-2", "uppercase", "tracking-wide", "dark:bg-gray-900", "hover:underline"]
BOOTSTRAP = {"wrap": "container", "main": "col-md-8", "sidebar": "col-md-4", "widget": "card mb-3",
             "menu": "navbar-nav", "nav": "navbar navbar-expand-lg", "latest": "list-group",
             "teaser": "list-group-item", "comments": "card", "comment": "media", "poll": "card",
             "archive": "card", "calendar": "table table-sm", "footer": "bg-dark text-white", "header": "py-2",
             "breadcrumb": "breadcrumb", "pagination": "pagination", "share": "btn-group", "ad": "text-center",
             "auth": "modal-dialog", "contact": "card p-3", "filter": "form-inline", "modal": "modal fade",
             "btn": "btn btn-outline-secondary", "langsel": "dropdown", "imprint": "small text-muted"}
HINT_ROLES = {"date", "darkmode", "menu", "nav", "breadcrumb", "article", "tags", "poll", "comments", "comment",
              "respond", "archive", "calendar", "latest", "related", "footer", "copyright", "ad", "cookie",
              "newsletter", "pagination", "bio", "search"}
LOCALES = {"zh": "zh_Hans", "pt": "pt_BR"}
# Language names as language switchers print them (endonyms), calling codes and mail domains for imprints.
ENDONYMS = ["English", "বাংলা", "हिन्दी", "اردو", "العربية", "فارسی", "Deutsch", "Français", "Español", "Italiano",
            "Português", "Polski", "Русский", "Türkçe", "Bahasa Indonesia", "日本語", "한국어", "中文"]
CALLING = {"bn": "880", "en": "44", "hi": "91", "ur": "92", "ar": "971", "fa": "98", "de": "49", "fr": "33",
           "es": "34", "it": "39", "pt": "55", "pl": "48", "ru": "7", "tr": "90", "id": "62", "ja": "81", "ko": "82",
           "zh": "86"}
TLDS = {"bn": ".com.bd", "en": ".co.uk", "hi": ".in", "ur": ".pk", "ar": ".ae", "fa": ".ir", "de": ".de", "fr": ".fr",
        "es": ".es", "it": ".it", "pt": ".com.br", "pl": ".pl", "ru": ".ru", "tr": ".com.tr", "id": ".co.id",
        "ja": ".jp", "ko": ".co.kr", "zh": ".cn"}
DOMAIN_WORDS = ["dainik", "barta", "khobor", "samay", "kurier", "bote", "gazeta", "diario", "jornal", "giornale",
                "haber", "kabar", "shimbun", "ilbo", "ribao", "akhbar", "khabar", "times", "post", "herald", "today",
                "online", "live", "24", "news", "express", "voice", "mirror", "bulletin", "tribune"]


def load_lexicons(folder: Path = LEXICON_DIR) -> dict[str, dict]:
    """Lexicons by language; ``LANG-N.json`` files extend ``LANG.json`` (lists concatenated)."""
    out: dict[str, dict] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        lang = data["lang"]
        if lang not in out:
            out[lang] = data
            continue
        base = out[lang]
        for key, value in data.items():
            if isinstance(value, list):
                base.setdefault(key, []).extend(value)
            elif key == "ui":
                for k, v in value.items():
                    base["ui"].setdefault(k, v)
                base.setdefault("ui_alt", []).append(value)
    return out


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


class Site:
    """One page design: every choice that stays the same across the site's pages."""

    def __init__(self, number: int, lang: str, lex: dict, seed: int, english_bd: bool = False) -> None:
        self.rng = random.Random(f"{seed}-site-{number}")
        r = self.rng
        self.number = number
        self.lang = lang
        self.lex = lex
        self.english_bd = english_bd  # a Bangladeshi portal in English: Bengali widgets beside English text
        self.kind = _pick(r, KINDS)
        if lang == "bn" or english_bd:
            self.kind = _pick(r, {"news": 0.75, "blog": 0.12, "forum": 0.04, "shop": 0.03, "inst": 0.06})
        self.naming = _pick(r, NAMINGS)
        self.layout = _pick(r, {"html5": 0.45, "divs": 0.4, "table": 0.15})
        self.prefix = r.choice(PREFIXES) if self.naming in ("prefixed", "mixed") else ""
        self.id = f"{lang}-{self.kind}-{number:03d}"
        self.ui_alt = r.choice([lex["ui"]] + lex.get("ui_alt", []))
        self.name = r.choice(lex["site_names"])
        self.digits = r.random() < LOCAL_DIGITS.get(lang, 0.0)
        self.minify = r.random() < 0.25
        self.wrap_depth = r.choice([0, 0, 1, 1, 2, 3])
        self.use_ids = self.naming not in ("hashed", "utility") and r.random() < 0.6
        self.vocab = {role: r.choice(words) for role, words in VOCAB.items()}
        news = self.kind == "news"
        self.p = {  # chances that a page of the site carries a component
            "header_date": (0.9 if (lang == "bn" or english_bd) else 0.45) if news else 0.15,
            "poll": (0.7 if (lang == "bn" or english_bd) else 0.45) if news else (0.25 if self.kind == "blog" else 0.08),
            "comments": 0.85 if self.kind in ("news", "blog") else 0.3,
            "archive": (0.75 if (lang == "bn" or english_bd) else 0.3) if news else 0.1,
            "calendar": 0.5 if self.kind == "blog" else 0.12,
            "month_archive": 0.6 if self.kind == "blog" else 0.08,
            "clock": 0.12, "cookie": r.choice([0.0, 0.5, 0.9]), "newsletter": r.choice([0.0, 0.4, 0.8]),
            "darkmode": r.choice([0.0, 0.6, 0.95]) if news else 0.2,
            "ads": r.choice([0.2, 0.6, 0.9]), "share": r.choice([0.3, 0.8]), "bio": r.choice([0.0, 0.3, 0.7]),
            "related": r.choice([0.4, 0.8]), "latest": r.choice([0.5, 0.9]), "hidden_copy": 0.04,
            "footer_date": 0.06, "rating": 0.08, "feedback": 0.05,
        }
        self.header_date_style = r.choice(["gregorian", "full", "triple", "triple", "with_time", "updated"])
        self.poll_style = r.choice(["radio_ul", "radio_div", "radio_table", "results", "plugin", "iframe"])
        self.poll_place = r.choice(["sidebar", "sidebar", "after_article", "in_article", "before_comments"])
        self.comment_style = r.choice(["wordpress", "wordpress", "simple", "disqus", "facebook", "form_only",
                                       "portal"])
        self.archive_style = r.choice(["select", "date_input", "text_input", "calendar_button"])
        self.archive_place = r.choice(["sidebar", "sidebar", "footer", "header"])
        self.menu_style = r.choice(["ul", "ul", "mega", "links", "pipes"])
        self.teaser_style = r.choice(["ul", "ol", "divs", "cards"])
        self.sidebar_order = r.sample(["latest", "poll", "archive", "calendar", "month_archive", "ad", "newsletter",
                                       "tags", "categories", "recent_comments", "clock", "login", "partners",
                                       "ticker", "about", "links"], 16)
        self.sidebar = r.random() < 0.8
        self.container = {"html5": "main", "divs": "div", "table": "table"}[self.layout]
        self.heading_tag = r.choice(["h2", "h3", "h4", "div", "span"])
        # Look-alikes (hard negatives): forms, buttons and lines that are not polls or comments.
        self.aspnet = r.random() < 0.07  # the whole page inside one <form>, as ASP.NET Web Forms sites have it
        self.p.update({
            "auth": r.choice([0.0, 0.25, 0.5, 0.8]), "contact": r.choice([0.0, 0.15, 0.4]),
            "filter": r.choice([0.2, 0.6, 0.9]), "langsel": r.choice([0.0, 0.2, 0.5]),
            "stray": r.choice([0.3, 0.6, 0.9]), "helpful": r.choice([0.0, 0.0, 0.3, 0.6]),
            "interview": (r.choice([0.08, 0.15, 0.3]) if self.kind in ("news", "blog") else 0.0),
            "quicklinks": (0.85 if (lang == "bn" or english_bd) else 0.5) if news else 0.15,
            "imprint": 0.9 if news else 0.45, "nl_box": r.choice([0.0, 0.2, 0.5]),
            "teaser_meta": r.choice([0.0, 0.3, 0.7]),
        })
        self.imprint_style = r.choice(["lines", "address", "table", "columns", "inline", "lines"])
        self.byline_style = r.choice(["published", "published", "updated", "both", "both_lines", "one_line"])
        self.interview_style = r.choice(["qa", "bold_q", "names", "heading_q", "dl", "dash"])
        self.modal_tag = r.choice(["div", "div", "section", "dialog", "aside"])
        drng = random.Random(_h(self.id, "domain"))
        self.domain = "".join(drng.sample(DOMAIN_WORDS, 2)) + TLDS.get(lang, ".com")

    def cls(self, role: str) -> str | None:
        """The class attribute this site gives to an element of ``role``."""
        r = random.Random(_h(self.id, "cls", role))
        naming = self.naming
        if naming == "mixed":
            naming = "semantic" if role in ("header", "footer", "wrap", "main", "sidebar", "nav", "menu") else "hashed"
        if naming == "semantic":
            return self.vocab.get(role, role)
        if naming == "prefixed":
            return self.prefix + self.vocab.get(role, role)
        if naming == "bootstrap":
            b = BOOTSTRAP.get(role)
            return b if b and r.random() < 0.7 else (self.vocab.get(role, role) if r.random() < 0.6 else b)
        if naming == "utility":
            return " ".join(r.sample(UTILITY, r.randint(2, 5)))
        if naming == "hashed":
            code = _h(self.id, role)
            style = int(code[0], 16) % 3
            if style == 0:
                return "css-" + code[1:7]
            if style == 1:
                return "_" + "abcdefghijklmnopqrstuvwxyz"[int(code[1:3], 16) % 26] + code[3:8]
            return "sc-" + code[1:6] + " " + "abcdefghijklmnopqrstuvwxyz"[int(code[6], 16)] + code[7:12]
        return None  # bare

    def ident(self, role: str) -> str | None:
        if not self.use_ids or role not in ("header", "footer", "comments", "respond", "poll", "sidebar",
                                            "archive", "calendar", "nav"):
            return None
        return self.prefix.rstrip("-_") + ("-" if self.prefix else "") + self.vocab.get(role, role) \
            if self.naming != "bare" else f"{role[:3]}{int(_h(self.id, role)[:3], 16)}"


_NOT_IN_P = frozenset("div p ul ol table section form h1 h2 h3 h4 h5 h6 dl address figure fieldset aside blockquote "
                      "footer header nav article main dialog".split())


def _pick(r: random.Random, weights: dict[str, float]) -> str:
    return r.choices(list(weights), weights=list(weights.values()))[0]


class PageBuilder:
    """Builds one page of a site as an lxml tree, marking labelled regions with a private attribute."""

    MARK = "data-gold-label"

    def __init__(self, site: Site, number: int, seed: int, used: Counter) -> None:
        self.site = site
        self.lex = site.lex
        self.ui = site.ui_alt
        self.lang = site.lang
        self.rng = random.Random(f"{seed}-page-{site.number}-{number}")
        self.used = used
        r = self.rng
        self.date = dt.date(2019, 1, 1) + dt.timedelta(days=r.randint(0, 6 * 365))
        self.time = dt.time(r.randint(0, 23), r.randint(0, 59))
        self.locale = Locale.parse(LOCALES.get(self.lang, self.lang))
        self.bn_widgets = site.english_bd
        self.bn_lex = None
        self.no_forms = False
        self.has: set[str] = set()  # hard-negative components on this page, for the statistics

    # -- small helpers ------------------------------------------------------------------------------------
    def num(self, value: object) -> str:
        text = str(value)
        return local_digits(text, self.lang) if self.site.digits else text

    def t(self, key: str, **kw: object) -> str:
        text = self.ui.get(key) or self.lex["ui"].get(key) or key
        for k, v in kw.items():
            text = text.replace("{" + k + "}", self.num(v) if k in ("n", "year") else str(v))
        return text

    def el(self, parent: etree._Element | None, tag: str, text: str | None = None, role: str | None = None,
           label: str | None = None, **attrs: str) -> etree._Element:
        if parent is not None and parent.tag == "p" and tag in _NOT_IN_P:  # a parser would close the <p>
            tag = "span"
        if tag == "form" and self.no_forms:  # an ASP.NET page is one big form: forms inside it are divs
            tag = "div"
            attrs = {k: v for k, v in attrs.items() if k not in ("action", "method")}
        node = etree.SubElement(parent, tag) if parent is not None else etree.Element(tag)
        cls = self.site.cls(role) if role else None
        if cls:
            node.set("class", cls)
        ident = self.site.ident(role) if role else None
        if ident and not self.ids_used.get(ident):
            node.set("id", ident)
            self.ids_used[ident] = True
        for k, v in attrs.items():
            node.set(k.rstrip("_").replace("_", "-"), v)
        if text:
            node.text = text
        if label:
            node.set(self.MARK, label)
        return node

    def wrap(self, parent: etree._Element, role: str = "wrap") -> etree._Element:
        for _ in range(self.rng.randint(0, self.site.wrap_depth)):
            parent = self.el(parent, "div", role=self.rng.choice([role, "wrap", "widget"]))
        return parent

    def heading(self, parent: etree._Element, text: str, role: str = "title") -> etree._Element:
        tag = self.site.heading_tag
        node = self.el(parent, tag, role=role)
        if self.rng.random() < 0.3:
            self.el(node, "span", text)
        else:
            node.text = text
        return node

    def pick(self, key: str, k: int = 1) -> list:
        pool = self.lex[key]
        return self.rng.sample(pool, min(k, len(pool)))

    def link(self, parent: etree._Element, text: str, role: str | None = None) -> etree._Element:
        slug = re.sub(r"\W+", "-", text.lower())[:40].strip("-") or "x"
        return self.el(parent, "a", text, role=role, href=f"/{slug}")

    # -- dates ----------------------------------------------------------------------------------------------
    def fmt_date(self, day: dt.date, style: str = "long") -> str:
        lang_loc = self.locale if not (self.bn_widgets and style.startswith("bn")) else Locale.parse("bn")
        style = style.replace("bn", "") or "full"
        if style == "full":
            text = format_date(day, "full", locale=lang_loc)
        elif style == "medium":
            text = format_date(day, "medium", locale=lang_loc)
        elif style == "short":
            text = format_date(day, "short", locale=lang_loc)
        else:
            text = format_date(day, "long", locale=lang_loc)
        if lang_loc.language == "bn" or self.site.digits:
            text = local_digits(text, lang_loc.language)
        return text

    def fmt_time(self, when: dt.time | None = None) -> str:
        text = format_time(when or self.time, "short", locale=self.locale)
        return self.num(text) if self.site.digits else text

    def date_line(self) -> str:
        style = self.site.header_date_style
        lang = "bn" if self.bn_widgets and self.rng.random() < 0.7 else self.lang
        if lang == "bn" and self.bn_widgets:
            base = local_digits(format_date(self.date, "full", locale=Locale.parse("bn")), "bn")
        else:
            base = self.fmt_date(self.date, "full" if style != "gregorian" else "long")
        if style == "triple" and lang == "bn":
            bd, bm, by = bangla_date(self.date)
            hd, hm, hy = hijri_date(self.date)
            parts = [base, local_digits(f"{bd} {BANGLA_MONTHS[bm]} {by}", "bn"),
                     local_digits(f"{hd} {HIJRI_MONTHS['bn'][hm]} {hy}", "bn")]
            return self.rng.choice([" | ", ", ", " ● ", "  "]).join(parts)
        if style == "triple" and self.lang in ("ar", "ur", "en", "fa"):
            hd, hm, hy = hijri_date(self.date)
            months = HIJRI_MONTHS.get(self.lang, HIJRI_MONTHS["ar"])
            return f"{base} - {self.num(hd)} {months[hm]} {self.num(hy)}"
        if style == "with_time":
            return f"{base} {self.fmt_time()}"
        if style == "updated":
            return f"{self.t('last_updated')}: {base} {self.fmt_time()}"
        return base

    # -- page -----------------------------------------------------------------------------------------------
    def build(self) -> tuple[etree._Element, str]:
        site, r = self.site, self.rng
        self.ids_used: dict[str, bool] = {}
        root = etree.Element("html", lang=self.lang)
        if self.lang in ("ar", "fa", "ur"):
            root.set("dir", "rtl")
        head = self.el(root, "head")
        self.el(head, "meta", charset="utf-8")
        page_kind = self.page_kind()
        self.article = None if page_kind in ("listing",) else self.choose_article(page_kind)
        title = self.article["headline"] if self.article else site.name
        self.el(head, "title", f"{title} | {site.name}")
        self.el(head, "style", "body{margin:0;font-family:sans-serif}.x{display:flex}")
        if r.random() < 0.5:
            self.el(head, "script", json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                                                 "headline": title, "datePublished": self.date.isoformat()},
                                                ensure_ascii=False), type="application/ld+json")
        body = self.el(root, "body", role=None)
        if site.aspnet:
            body = self.el(body, "form", method="post", id=r.choice(["form1", "aspnetForm", "Form1", "mainForm"]),
                           action=f"./{r.choice(['Default', 'Index', 'NewsDetail', 'Page'])}.aspx")
            hidden = self.el(body, "div")
            for name in ("__VIEWSTATE", "__VIEWSTATEGENERATOR", "__EVENTVALIDATION"):
                self.el(hidden, "input", type="hidden", name=name, id=name, value=_h(self.date, name)[:24])
            self.no_forms = True
            self.has.add("aspnet_form")
        if r.random() < 0.5:
            self.el(body, "script", "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
        if r.random() < site.p["cookie"] and r.random() < 0.5:
            self.cookie(body)
        if r.random() < 0.15:
            self.skip_links(body)
        self.header(body)
        self.menu(body)
        main_wrap = self.layout_columns(body)
        main_col, side_col = main_wrap
        if page_kind == "article":
            self.article_page(main_col)
        elif page_kind == "listing":
            self.listing(main_col)
        elif page_kind == "forum":
            self.forum(main_col)
        elif page_kind == "product":
            self.product(main_col)
        elif page_kind == "multi":
            self.multi_posts(main_col)
        if side_col is not None:
            self.sidebar(side_col)
        self.footer(body)
        if r.random() < site.p["cookie"] and r.random() < 0.5:
            self.cookie(body)
        # modals and pop-ups that live at the end of the body
        modals = []
        if r.random() < site.p["auth"] * 0.6:
            modals.append(lambda: self.auth_form(body, modal=True))
        if r.random() < site.p["nl_box"] * 0.4:
            modals.append(lambda: self.newsletter_box(body, modal=True))
        if r.random() < site.p["langsel"] * 0.3:
            modals.append(lambda: self.lang_select(body, modal=True))
        r.shuffle(modals)
        for make in modals:
            make()
        if r.random() < site.p["stray"] * 0.4:
            self.stray(body, ["back_to_top", "close"])
        if r.random() < 0.4:
            self.el(body, "script", "(function(){var s=document.createElement('script');s.async=true;})();")
        if r.random() < 0.1:
            tpl = self.el(body, "template")
            self.el(tpl, "div", self.pick("ads")[0])
        return root, page_kind

    def page_kind(self) -> str:
        r, kind = self.rng, self.site.kind
        if kind == "news":
            return "listing" if r.random() < 0.18 else "article"
        if kind == "blog":
            x = r.random()
            return "multi" if x < 0.12 else "listing" if x < 0.22 else "article"
        if kind == "forum":
            return "listing" if r.random() < 0.15 else "forum"
        if kind == "shop":
            return "listing" if r.random() < 0.2 else "product"
        return "listing" if r.random() < 0.15 else "article"

    def choose_article(self, page_kind: str) -> dict:
        arts = self.lex["articles"]
        if self.site.kind == "inst" and self.lex.get("institution_pages") and self.rng.random() < 0.6:
            inst = self.rng.choice(self.lex["institution_pages"])
            return {"headline": inst["title"], "paragraphs": inst["paragraphs"], "kind": "inst"}
        order = sorted(range(len(arts)), key=lambda i: (self.used[(self.lang, i)], self.rng.random()))
        i = order[0]
        self.used[(self.lang, i)] += 1
        return arts[i]

    def layout_columns(self, body: etree._Element) -> tuple[etree._Element, etree._Element | None]:
        site = self.site
        outer = self.wrap(self.el(body, "div", role="wrap"))
        if site.layout == "table":
            table = self.el(outer, "table", width="100%")
            tr = self.el(table, "tr")
            main = self.el(tr, "td", role="main", valign="top")
            side = self.el(tr, "td", role="sidebar", width="300") if site.sidebar else None
            return main, side
        main_tag = "main" if site.layout == "html5" else "div"
        main = self.el(outer, main_tag, role="main")
        side = None
        if site.sidebar:
            side = self.el(outer, "aside" if site.layout == "html5" else "div", role="sidebar")
        return self.wrap(main), side

    # -- chrome ---------------------------------------------------------------------------------------------
    def header(self, body: etree._Element) -> None:
        site, r = self.site, self.rng
        head = self.el(body, "header" if site.layout == "html5" else "div", role="header")
        top = self.el(self.wrap(head), "div", role="topbar")
        items = []
        if r.random() < site.p["header_date"]:
            items.append("date")
        if r.random() < site.p["darkmode"]:
            items.append("dark")
        if r.random() < 0.5:
            items.append("login")
        if r.random() < 0.4:
            items.append("social")
        if r.random() < 0.25:
            items.append("lang")
        if r.random() < 0.2:
            items.append("weather")
        if r.random() < site.p["clock"]:
            items.append("clock")
        if self.site.archive_place == "header" and r.random() < site.p["archive"]:
            items.append("archive")
        if r.random() < site.p["quicklinks"]:
            items.append("quicklinks")
        if r.random() < site.p["auth"] * 0.3:
            items.append("auth")
        if r.random() < site.p["langsel"] * 0.5:
            items.append("langsel")
        r.shuffle(items)
        for item in items:
            if item == "date":
                tag = r.choice(["div", "span", "p"])
                self.el(top, tag, self.date_line(), role="date", label="date-widget")
            elif item == "dark":
                box = self.el(top, r.choice(["div", "button", "span"]) , role="darkmode", label="navigation")
                if box.tag == "div":
                    self.el(box, "input", type="checkbox")
                    self.el(box, "label", self.t("dark_mode"))
                else:
                    box.text = self.t("dark_mode")
            elif item == "login":
                box = self.el(top, "div", role="nav", label="navigation")
                self.link(box, self.t("login")).tail = " / "
                self.link(box, self.t("register"))
            elif item == "social":
                box = self.el(top, "div", role="share", label="other")
                box.text = self.t("follow_us") + ": "
                for name in r.sample(["Facebook", "X", "YouTube", "Instagram", "LinkedIn", "TikTok"], 3):
                    self.link(box, name)
            elif item == "lang":
                box = self.el(top, "div", label="navigation")
                for name in r.sample(["English", "বাংলা", "हिन्दी", "العربية", "Español", "Français"], 2):
                    self.link(box, name)
            elif item == "weather":
                self.el(top, "div", self.pick("weather")[0], label="other")
            elif item == "clock":
                self.el(top, "div", self.fmt_time(), role="date", label="date-widget")
            elif item == "archive":
                self.archive(top)
            elif item == "quicklinks":
                self.quick_links(top)
            elif item == "auth":
                self.auth_form(top, modal=r.random() < 0.5)
            elif item == "langsel":
                self.lang_select(top)
        if r.random() < 0.5:
            self.noise(top)
        brand = self.el(head, "div", role="logo", label="other")
        self.link(brand, site.name)
        if r.random() < 0.4:
            self.el(brand, "p", self.pick("taglines")[0])
        if r.random() < site.p["ads"] * 0.5:
            self.ad(head)
        if r.random() < 0.5:
            self.search(head)

    def search(self, parent: etree._Element) -> None:
        form = self.el(parent, "form", role="search", label="navigation", action="/search")
        self.el(form, "input", type="search", placeholder=self.t("search_placeholder"), name="q")
        self.el(form, "button", self.t("search"), type="submit")

    def menu(self, body: etree._Element) -> None:
        site, r = self.site, self.rng
        nav = self.el(body, "nav" if site.layout == "html5" else "div", role="nav", label="navigation")
        nav = self.wrap(nav)
        sections = self.pick("sections", r.randint(6, 14))
        if r.random() < 0.3:
            self.el(nav, "button", self.t("menu"), role="menu")
        style = site.menu_style
        if style in ("ul", "mega"):
            ul = self.el(nav, "ul", role="menu")
            home = self.el(ul, "li")
            self.link(home, self.t("home"))
            for s in sections:
                li = self.el(ul, "li")
                self.link(li, s)
                if style == "mega" and r.random() < 0.35:
                    sub = self.el(li, "ul", role="submenu")
                    for t in self.pick("tags", r.randint(2, 5)):
                        self.link(self.el(sub, "li"), t)
        elif style == "links":
            box = self.el(nav, "div", role="menu")
            for s in [self.t("home")] + sections:
                self.link(box, s)
        else:
            p = self.el(nav, "p", role="menu")
            for i, s in enumerate([self.t("home")] + sections):
                a = self.link(p, s)
                a.tail = " | "
        if r.random() < 0.25:
            # a ticker of other stories' headlines
            tick = self.el(body, "div", role="latest", label="navigation")
            self.el(tick, "strong", self.t("breaking"))
            for h in self.pick("teasers", 3):
                self.link(tick, h)
        if r.random() < site.p["hidden_copy"]:
            hid = self.el(body, "div", role="menu", label="other", style="display:none")
            for s in sections[:5]:
                self.link(hid, s)

    def footer(self, body: etree._Element) -> None:
        site, r = self.site, self.rng
        foot = self.el(body, "footer" if site.layout == "html5" else "div", role="footer")
        foot = self.wrap(foot)
        links = self.el(foot, "ul" if r.random() < 0.7 else "div", role="menu", label="navigation")
        for s in self.pick("footer_links", r.randint(4, 9)):
            self.link(self.el(links, "li") if links.tag == "ul" else links, s)
        if r.random() < 0.4:
            cats = self.el(foot, "div", role="menu", label="navigation")
            for s in self.pick("sections", r.randint(4, 8)):
                self.link(cats, s)
        if r.random() < 0.5:
            self.noise(foot)
        extras = []
        if r.random() < site.p["contact"] * 0.5:
            extras.append(lambda: self.contact_form(foot))
        if r.random() < site.p["nl_box"] * 0.4:
            extras.append(lambda: self.newsletter_box(foot))
        if r.random() < site.p["langsel"] * 0.3:
            extras.append(lambda: self.lang_select(foot))
        r.shuffle(extras)
        for make in extras:
            make()
        if r.random() < site.p["imprint"]:
            self.imprint(foot)
        else:
            info = self.el(foot, "div", role="copyright", label="other")
            if r.random() < 0.5:
                self.el(info, "p", self.t("editor_line", name=self.pick("person_names")[0]))
            if r.random() < 0.5:
                self.el(info, "p", self.t("address_line"))
            self.el(info, "p", self.t("copyright", year=self.date.year, site=site.name))
        if r.random() < site.p["stray"] * 0.3:
            self.stray(foot, ["back_to_top"])
        if r.random() < site.p["footer_date"]:
            self.el(foot, "div", f"{self.t('last_updated')}: {self.fmt_date(self.date)}", role="date",
                    label="date-widget")
        if self.site.archive_place == "footer" and r.random() < site.p["archive"]:
            self.archive(foot)
        if r.random() < 0.3:
            app = self.el(foot, "div", label="other")
            self.el(app, "span", self.t("download_app"))
            self.link(app, "Google Play")
            self.link(app, "App Store")

    def cookie(self, body: etree._Element) -> None:
        box = self.el(body, "div", role="cookie", label="other")
        self.el(box, "p", self.t("cookie_text"))
        self.el(box, "button", self.t("accept"))
        if self.rng.random() < 0.6:
            self.el(box, "button", self.t("decline"))

    def ad(self, parent: etree._Element) -> None:
        box = self.el(parent, "div", role="ad", label="other")
        if self.rng.random() < 0.7:
            self.el(box, "span", self.t("advertisement"))
        self.el(box, "div", self.pick("ads")[0])

    # -- look-alikes: forms, buttons and lines that are not polls or comments (hard negatives) ----------------
    def field(self, form: etree._Element, key: str, kind: str, style: str, required: bool = False,
              options: list[str] | None = None) -> None:
        """One labelled form field: a row (p, div, a label around the input, or a table row)."""
        r = self.rng
        text = self.t(key) + (" *" if required else "")
        name = re.sub(r"\W+", "_", key)
        if style == "table":
            tr = self.el(form, "tr")
            self.el(self.el(tr, "td"), "label", text)
            cell = self.el(tr, "td")
        elif style == "wrap":
            cell = self.el(self.el(form, "div"), "label", text)
            cell.text = text + " "
        else:
            cell = self.el(form, style)
            if r.random() < 0.8:
                self.el(cell, "label", text)
        if kind == "textarea":
            self.el(cell, "textarea", name=name, rows="5", **({"placeholder": self.t(key)} if r.random() < 0.5 else {}))
        elif kind == "select":
            sel = self.el(cell, "select", name=name)
            for opt in options or []:
                self.el(sel, "option", opt)
        elif kind == "checkbox":
            box = self.el(cell, "input", type="checkbox", name=name)
            box.tail = None
        else:
            attrs = {"placeholder": self.t(key)} if r.random() < 0.5 else {}
            self.el(cell, "input", type=kind, name=name, **attrs)

    def submit(self, form: etree._Element, text: str) -> None:
        if self.rng.random() < 0.3:
            self.el(form, "input", type="submit", value=text)
        else:
            self.el(form, "button", text, role="btn", type="submit")

    def checkbox(self, parent: etree._Element, text: str, name: str, kind: str = "checkbox") -> None:
        r = self.rng
        if parent.tag in ("ul", "ol"):
            parent = self.el(parent, "li")
        if r.random() < 0.5:
            lab = self.el(parent, "label")
            self.el(lab, "input", type=kind, name=name).tail = " " + text
        else:
            row = self.el(parent, r.choice(["div", "p", "span"])) if parent.tag != "li" else parent
            ident = f"{name}-{_h(text)[:5]}"
            self.el(row, "input", type=kind, name=name, id=ident)
            self.el(row, "label", text, **{"for": ident})

    def modal_box(self, parent: etree._Element, role: str, label: str, modal: bool) -> etree._Element:
        r, site = self.rng, self.site
        if modal:
            box = self.el(parent, site.modal_tag, role="modal", label=label)
            if box.tag != "dialog":
                box.set("role", "dialog")
            box.set("aria-hidden", "true")
            inner = self.el(box, "div", role=role)
            close = self.el(inner, r.choice(["button", "a", "span"]), r.choice(["×", "✕", self.t("close")]), role="btn")
            if close.tag == "a":
                close.set("href", "#")
            return inner
        return self.el(parent, r.choice(["div", "section", "div"]), role=role, label=label)

    def auth_form(self, parent: etree._Element, modal: bool = False) -> None:
        """A log-in or registration form or modal: navigation, per the label definitions."""
        r = self.rng
        register = r.random() < 0.35
        self.has.add("auth_form")
        box = self.modal_box(parent, "auth", "navigation", modal)
        if r.random() < 0.8:
            self.heading(box, self.t(r.choice(["create_account", "register"]) if register
                                     else r.choice(["login_title", "login", "login_title"])), role="widget")
        if not register and r.random() < 0.3:
            p = self.el(box, "p", self.t("no_account") + " ")
            self.link(p, self.t(r.choice(["create_account", "register"])))
        form = self.el(box, "form", action="/register" if register else "/login", method="post")
        style = r.choice(["p", "div", "div", "wrap", "table"])
        rows = self.el(form, "table") if style == "table" else form
        req = register and r.random() < 0.6
        if register:
            fields = [("username", "text")] if r.random() < 0.5 else [("your_name", "text")]
            fields += [("your_email", "email"), ("password", "password"), ("confirm_password", "password")]
        else:
            fields = [(r.choice(["username", "your_email"]), "text"), ("password", "password")]
        for key, kind in fields:
            self.field(rows, key, kind, style, required=req)
        if register and r.random() < 0.6:
            self.el(form, r.choice(["p", "small", "div"]), self.t("password_hint"))
        if r.random() < 0.25:
            self.el(form, r.choice(["span", "p", "div"]), self.t("invalid_email"))
        if register:
            self.checkbox(form, self.t("accept_terms") + (" *" if req else ""), "terms")
            if r.random() < 0.3:
                self.checkbox(form, self.t("newsletter_consent"), "newsletter")
        elif r.random() < 0.7:
            self.checkbox(form, self.t("remember_me"), "remember")
        if req or r.random() < 0.1:
            self.el(form, "p", self.t("required_fields"))
        self.submit(form, self.t(r.choice(["create_account", "register"]) if register else "login"))
        links = self.el(box, r.choice(["div", "p", "ul"]))
        items = []
        if not register and r.random() < 0.7:
            items.append(self.t("forgot_password"))
        if r.random() < 0.5:
            items.append(self.t("login" if register else r.choice(["create_account", "register"])))
        for text in items:
            self.link(self.el(links, "li") if links.tag == "ul" else links, text)
        if r.random() < 0.35:
            social = self.el(box, "div")
            self.el(social, "span", self.t("login_with"))
            for name in r.sample(["Google", "Facebook", "Apple", "X", "Microsoft"], r.randint(2, 3)):
                node = self.el(social, r.choice(["button", "a"]), name)
                node.set("href" if node.tag == "a" else "type", "#" if node.tag == "a" else "button")
        if modal and r.random() < 0.4:
            self.el(box, "button", self.t("cancel"), type="button")

    def login_form(self, parent: etree._Element) -> None:
        """A log-in box in the sidebar: navigation, per the label definitions."""
        self.auth_form(parent)

    def contact_form(self, parent: etree._Element, label: str = "other") -> None:
        """A contact or news-tip form: name, e-mail, message and "Send", like a comment form, but other."""
        r = self.rng
        box = self.el(parent, r.choice(["div", "section", "aside"]), role="contact", label=label)
        self.has.add("contact_form")
        self.heading(box, self.t(r.choice(["contact_title", "contact_title", "contact"])), role="widget")
        if r.random() < 0.7:
            self.el(box, "p", self.t("contact_text"))
        form = self.el(box, "form", action="/contact", method="post")
        style = r.choice(["p", "div", "wrap", "table", "div"])
        rows = self.el(form, "table") if style == "table" else form
        req = r.random() < 0.5
        fields = [("your_name", "text", None), ("your_email", "email", None)]
        if r.random() < 0.5:
            fields.append(("phone", "tel", None))
        if r.random() < 0.6:
            if r.random() < 0.5:
                topics = r.sample(["newsroom", "advertising", "report", "epaper", "subscribe_button", "contact"], 3)
                fields.append(("subject", "select", [self.t("subject")] + [self.t(k) for k in topics]))
            else:
                fields.append(("subject", "text", None))
        fields.append(("message", "textarea", None))
        if r.random() < 0.3:
            fields = fields[-1:] + fields[:-1]
        for key, kind, options in fields:
            self.field(rows, key, kind, style, required=req and key != "phone", options=options)
        if r.random() < 0.4:
            self.checkbox(form, self.t("accept_terms"), "privacy")
        if req and r.random() < 0.7:
            self.el(form, r.choice(["p", "small"]), self.t("required_fields"))
        self.submit(form, self.t("send"))
        if r.random() < 0.15:
            self.el(box, "div", self.t("message_sent"), role="btn")
        if r.random() < 0.3:
            info = self.el(box, "p")
            info.text = f"{self.t('email_label')}: "
            a = self.el(info, "a", self.email(), href="mailto:" + self.email())
            a.tail = f" · {self.t('tel')}: {self.phone()}"

    def filter_form(self, parent: etree._Element) -> None:
        """Search, sort and filter controls over a list (selects, radio buttons, check boxes): navigation."""
        r = self.rng
        box = self.el(parent, r.choice(["div", "section", "form"]), role="filter", label="navigation")
        self.has.add("filter_form")
        if box.tag == "form":
            box.set("action", "/search")
            form = box
        else:
            if r.random() < 0.4:
                self.heading(box, self.t("filter"), role="widget")
            form = self.el(box, "form", action="/search", method="get")
        parts = ["sort"]
        if r.random() < 0.6:
            parts.append("query")
        if r.random() < 0.55:
            parts.append("count")
        if r.random() < 0.6:
            parts.append("sections")
        r.shuffle(parts)
        for part in parts:
            if part == "query":
                row = self.el(form, "div")
                self.el(row, "input", type="search", name="q", value=self.pick("tags")[0])
                self.el(row, "button", self.t("search"), type="submit")
            elif part == "count":
                self.el(form, r.choice(["p", "span", "div"]), self.t("results_count", n=r.randint(2, 4000)))
            elif part == "sort":
                opts = [self.t(k) for k in r.sample(["newest", "oldest", "relevance"], r.randint(2, 3))]
                style = r.choice(["select", "radio", "links"])
                row = self.el(form, r.choice(["div", "fieldset", "p"]))
                if style == "select":
                    self.el(row, "label", self.t("sort_by") + ":")
                    sel = self.el(row, "select", name="sort")
                    for o in opts:
                        self.el(sel, "option", o)
                elif style == "radio":
                    self.el(row, "legend" if row.tag == "fieldset" else "span", self.t("sort_by") + ":")
                    for o in opts:
                        self.checkbox(row, o, "sort", kind="radio")
                else:
                    row.text = self.t("sort_by") + ": "
                    for i, o in enumerate(opts):
                        a = self.link(row, o)
                        a.tail = " / " if i < len(opts) - 1 else None
            else:
                secs = self.pick("sections", r.randint(3, 6))
                if r.random() < 0.5:
                    sel = self.el(form, "select", name="section")
                    for o in [self.t("all_sections")] + secs:
                        self.el(sel, "option", o)
                else:
                    grp = self.el(form, r.choice(["div", "ul", "fieldset"]))
                    if grp.tag == "fieldset":
                        self.el(grp, "legend", self.t("filter"))
                    for o in secs:
                        self.checkbox(grp, o, "section")
        if r.random() < 0.6:
            self.submit(form, self.t("apply"))
            if r.random() < 0.5:
                self.link(form, self.t("reset"))

    def newsletter_box(self, parent: etree._Element, modal: bool = False) -> None:
        """A newsletter sign-up: other."""
        r = self.rng
        box = self.modal_box(parent, "newsletter", "other", modal)
        self.has.add("newsletter_box")
        self.heading(box, self.t("newsletter_title"), role="widget")
        if r.random() < 0.8:
            self.el(box, "p", self.t("newsletter_text"))
        form = self.el(box, "form", action="/newsletter", method="post")
        if r.random() < 0.3:
            self.field(form, "your_name", "text", r.choice(["div", "p"]))
        self.el(form, "input", type="email", name="email", placeholder=self.t("email_placeholder"))
        if r.random() < 0.35:
            lists = self.el(form, r.choice(["div", "ul"]))
            for key in ("newsletter_daily", "newsletter_weekly"):
                self.checkbox(lists, self.t(key), "list")
        if r.random() < 0.4:
            self.checkbox(form, self.t("newsletter_consent"), "consent")
        self.submit(form, self.t("subscribe_button"))
        if r.random() < 0.2:
            self.el(box, "small", self.t("newsletter_consent"))

    def lang_select(self, parent: etree._Element, modal: bool = False) -> None:
        """A language or edition picker with radio buttons or a drop-down: navigation."""
        r = self.rng
        box = self.modal_box(parent, "langsel", "navigation", modal)
        self.has.add("lang_select")
        editions = r.random() < 0.4
        self.el(box, r.choice(["span", "p", "strong", "h4"]),
                self.t("choose_edition" if editions else "choose_language"))
        names = self.pick("cities", r.randint(3, 6)) if editions else r.sample(ENDONYMS, r.randint(3, 6))
        style = r.choice(["radio", "radio", "select", "links"])
        form = self.el(box, "form", action="/settings")
        if style == "radio":
            grp = self.el(form, r.choice(["div", "ul", "fieldset"]))
            for name in names:
                self.checkbox(grp, name, "edition" if editions else "lang", kind="radio")
        elif style == "select":
            sel = self.el(form, "select", name="lang")
            for name in names:
                self.el(sel, "option", name)
        else:
            ul = self.el(form, "ul")
            for name in names:
                self.link(self.el(ul, "li"), name)
        if style != "links" and r.random() < 0.6:
            self.submit(form, self.t(r.choice(["save", "apply", "go"])))

    STRAY = {"close": "other", "back_to_top": "other", "share": "other", "print": "other",
             "subscribe_button": "other", "cancel": "other", "read_more": "navigation", "load_more": "navigation",
             "show_more": "navigation"}

    def stray(self, parent: etree._Element, keys: list[str] | None = None) -> None:
        """Lone buttons and short interface strings ("Close", "Back to top", "Load more", "Share", "Print")."""
        r = self.rng
        keys = keys or r.sample(sorted(self.STRAY), r.randint(1, 3))
        self.has.add("stray")
        row = parent if r.random() < 0.6 else self.el(parent, r.choice(["div", "p"]))
        for key in keys:
            text = self.t(key)
            if key == "close" and r.random() < 0.4:
                text = r.choice(["× ", "✕ "]) + text
            elif key == "back_to_top" and r.random() < 0.4:
                text = r.choice(["↑ ", "▲ ", "⇧ "]) + text
            tag = r.choice(["button", "a", "span", "div", "button"])
            node = self.el(row, tag, text, role=r.choice(["btn", "btn", "widget", "share"]), label=self.STRAY[key])
            if tag == "a":
                node.set("href", "#top" if key == "back_to_top" else "#")
            elif tag == "button":
                node.set("type", "button")

    def helpful(self, parent: etree._Element) -> None:
        """"Was this article helpful? Yes / No": site feedback, other (not a poll)."""
        r = self.rng
        box = self.el(parent, r.choice(["div", "section", "aside"]), role="feedback", label="other")
        self.has.add("helpful")
        self.el(box, r.choice(["p", "span", "strong", "h4"]), self.t("was_helpful"))
        opts = [self.t("opt_yes"), self.t("opt_no")]
        if r.random() < 0.35:
            form = self.el(box, "form", action="/feedback")
            for o in opts:
                self.checkbox(form, o, "helpful", kind="radio")
            self.submit(form, self.t("send"))
        else:
            for o in opts:
                self.el(box, "button", ("👍 " if o == opts[0] else "👎 ") + o if r.random() < 0.3 else o,
                        type="button")
        if r.random() < 0.3:
            self.el(box, "p", self.t("feedback_thanks"))

    def quick_links(self, parent: etree._Element) -> None:
        """Header service links (E-paper, Archive, Today's paper, Apps): navigation, not date widgets."""
        r = self.rng
        self.has.add("quick_links")
        keys = r.sample(["epaper", "todays_paper", "archive", "archives", "apps", "print_edition", "rss",
                         "download_app", "contact"], r.randint(2, 5))
        if "archive" in keys and "archives" in keys:
            keys.remove("archives")
        if r.random() < 0.5 and "epaper" not in keys:
            keys[0] = "epaper"
        box = self.el(parent, r.choice(["ul", "div", "p", "nav"]), role="quicklinks", label="navigation")
        for i, key in enumerate(keys):
            text = self.t(key)
            if self.bn_widgets and self.bn_lex is not None and r.random() < 0.3:
                text = self.bn_lex["ui"][key]
            if r.random() < 0.15:
                text = r.choice(["📰 ", "🗞 ", "📱 ", "▸ "]) + text
            holder = self.el(box, "li") if box.tag == "ul" else box
            a = self.link(holder, text)
            if box.tag == "p" and i < len(keys) - 1:
                a.tail = r.choice([" | ", " · ", "  "])

    def phone(self) -> str:
        r = self.rng
        code = CALLING.get(self.lang, "1")
        if r.random() < 0.5:
            return self.num(f"+{code} {r.randint(2, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}")
        return self.num(f"0{r.randint(2, 99)}-{r.randint(100000, 9999999)}")

    def email(self) -> str:
        user = ["info", "news", "editor", "desk", "contact", "ads", "newsroom", "letters", "office"][
            int(_h(self.site.id, self.date)[:2], 16) % 9]
        return f"{user}@{self.site.domain}"

    def imprint_lines(self) -> list[tuple[str, str | None, str | None]]:
        """(label, value, link) lines of a footer imprint; label-only lines have no value."""
        r = self.rng
        names = self.pick("person_names", 4)
        lines: list[tuple[str, str | None, str | None]] = []
        roles = r.sample(["editor_line", "acting_editor_line", "editor_in_chief_line", "managing_editor_line",
                          "publisher_name_line"], r.randint(1, 3))
        if r.random() < 0.4 and "editor_line" not in roles:
            roles[0] = "editor_line"
        for key, name in zip(roles, names):
            text = self.t(key, name="\x00")
            head, _, tail = text.partition("\x00")
            if head.strip() and head.rstrip()[-1] in ":：":
                lines.append((head.rstrip(), name + tail, None))
            else:
                lines.append((text.replace("\x00", name), None, None))
        if r.random() < 0.35:
            lines.append((self.t("publisher_line", site=self.site.name), None, None))
        elif r.random() < 0.3:
            lines.append((self.t("printed_by_line", name=names[-1], site=self.site.name), None, None))
        if r.random() < 0.3:
            lines.append((self.t("address_line"), None, None))
        else:
            lines.append((self.t("address_label") + ":", r.choice(self.lex["addresses"]), None))
            phone = self.phone()
            lines.append((self.t("tel") + ":", phone, "tel:" + phone.replace(" ", "") if r.random() < 0.4 else None))
        if r.random() < 0.3:
            lines.append((self.t("fax") + ":", self.phone(), None))
        for key in r.sample(["newsroom", "advertising"], r.randint(0, 2)):
            lines.append((self.t(key) + ":", self.phone(), None))
        if r.random() < 0.7:
            mail = self.email()
            lines.append((self.t("email_label") + ":", mail, "mailto:" + mail if r.random() < 0.5 else None))
        return lines

    def imprint(self, parent: etree._Element) -> None:
        """A footer imprint (editor, publisher, address, phone, e-mail, copyright): other, in many shapes."""
        r = self.rng
        lines = self.imprint_lines()
        self.has.add("imprint")
        copy = self.t("copyright", year=self.date.year, site=self.site.name)
        style = self.site.imprint_style if r.random() < 0.8 else r.choice(["lines", "address", "table", "columns",
                                                                           "inline"])
        box = self.el(parent, r.choice(["div", "div", "section"]) if style != "address" else "div", role="imprint",
                      label="other")
        if style == "address":
            box = self.el(box, "address") if r.random() < 0.7 else box

        def put(holder: etree._Element, line: tuple, bold: bool) -> None:
            label, value, link = line
            if value is None:
                holder.text = label
            elif bold:
                self.el(holder, r.choice(["strong", "b"]), label).tail = " " if link else " " + value
                if link:
                    self.el(holder, "a", value, href=link)
            elif link:
                holder.text = label + " "
                self.el(holder, "a", value, href=link)
            else:
                holder.text = f"{label} {value}"

        bold = r.random() < 0.4
        if style in ("lines", "columns"):
            groups = [lines]
            if style == "columns":
                cut = r.randint(1, max(1, len(lines) - 1))
                groups = [lines[:cut], lines[cut:]]
            for group in groups:
                col = self.el(box, "div") if style == "columns" else box
                for line in group:
                    put(self.el(col, r.choice(["p", "p", "div"])), line, bold)
        elif style == "address":
            for i, (label, value, link) in enumerate(lines):
                if i:
                    self.el(box, "br")
                holder = self.el(box, r.choice(["span", "span", "strong"]) if value is None or bold else "span")
                holder.text = label if value is None else f"{label} "
                if value is not None:
                    if link:
                        self.el(holder, "a", value, href=link)
                    else:
                        holder.text += value
        elif style == "table":
            table = self.el(box, "table")
            for label, value, link in lines:
                tr = self.el(table, "tr")
                if value is None:
                    self.el(tr, "td", label, colspan="2")
                    continue
                self.el(tr, "td", label.rstrip(":：").strip())
                cell = self.el(tr, "td")
                if link:
                    self.el(cell, "a", value, href=link)
                else:
                    cell.text = value
        else:  # inline
            p = self.el(box, "p")
            for i, (label, value, link) in enumerate(lines):
                span = self.el(p, "span", label if value is None else f"{label} {value}")
                span.tail = r.choice([" | ", " · ", " — ", ", "]) if i < len(lines) - 1 else None
        if r.random() < 0.85:
            inside = r.random() < 0.7
            self.el(box if inside else parent, r.choice(["p", "div", "small"]), copy, role="copyright",
                    label=None if inside else "other")
        if r.random() < 0.2:
            self.el(box, "p", self.t("all_rights"))

    def interview_body(self, body: etree._Element, paras: list[str]) -> None:
        """An interview: an introduction, then questions and answers (Q:/A:, speakers' names, bold questions)."""
        r = self.rng
        style = self.site.interview_style if r.random() < 0.8 else r.choice(["qa", "bold_q", "names", "heading_q",
                                                                             "dl", "dash"])
        guest = self.pick("person_names")[0]
        self.has.add("interview")
        host = r.choice([self.site.name, self.pick("person_names")[0]])
        intro = paras[: r.randint(1, 2)] if len(paras) > 3 else paras[:1]
        for p in intro:
            self.el(body, "p", p)
        questions = self.pick("interview_questions", len(paras))
        q_mark, a_mark = self.t("interview_q"), self.t("interview_a")
        container = self.el(body, "dl") if style == "dl" else body
        for q, ans in zip(questions, paras[len(intro):]):
            if style == "dl":
                self.el(container, "dt", q)
                self.el(container, "dd", ans)
            elif style == "qa":
                pq = self.el(body, "p")
                self.el(pq, r.choice(["strong", "b"]), f"{q_mark}:").tail = " " + q
                pa = self.el(body, "p")
                self.el(pa, r.choice(["strong", "b", "span"]), f"{a_mark}:").tail = " " + ans
            elif style == "names":
                pq = self.el(body, "p")
                self.el(pq, r.choice(["strong", "b"]), f"{host}:").tail = " " + q
                pa = self.el(body, "p")
                self.el(pa, r.choice(["strong", "b"]), f"{guest}:").tail = " " + ans
            elif style == "heading_q":
                self.el(body, r.choice(["h3", "h4", "h2"]), q)
                self.el(body, "p", ans)
            elif style == "dash":
                self.el(body, "p", "— " + q)
                self.el(body, "p", "— " + ans)
            else:  # bold_q
                pq = self.el(body, "p")
                self.el(pq, r.choice(["strong", "b", "em"]), q)
                for part in re.split(r"(?<=[.!?।。！？؟])\s+", ans) if r.random() < 0.3 else [ans]:
                    self.el(body, "p", part)

    def data_table(self, parent: etree._Element) -> None:
        """Market, weather or standings figures outside the article: other."""
        r = self.rng
        box = self.el(parent, "div", role="widget", label="other")
        self.heading(box, self.pick("weather")[0].split()[0], role="widget")
        table = self.el(box, "table")
        for _ in range(r.randint(3, 6)):
            tr = self.el(table, "tr")
            self.el(tr, "td", r.choice(self.lex["cities"]))
            self.el(tr, "td", self.num(f"{r.randint(1, 999)}.{r.randint(0, 99):02d}"))
            self.el(tr, "td", self.num(f"{r.choice(['+', '-'])}{r.randint(0, 9)}.{r.randint(0, 99):02d}") + "%")

    def paywall(self, parent: etree._Element) -> None:
        box = self.el(parent, "div", role="widget", label="other")
        self.el(box, "p", self.t("newsletter_text"))
        self.el(box, "button", self.t("subscribe_button"))
        self.link(box, self.t("login"))

    def noise(self, parent: etree._Element, label: str | None = "other", n: int | None = None) -> None:
        """Short stray snippets every real page has: symbols, counters, figures, lone labels and buttons."""
        r = self.rng
        for _ in range(n if n is not None else r.randint(1, 3)):
            kind = r.randrange(8)
            if kind == 0:
                text = r.choice(["•", "«", "»", "…", "|", "×", "X", "☰", "↑", "▲", "+", "—", "·", "/", "0", "→"])
            elif kind == 1:
                text = f"{self.num(r.randint(0, 999))} {self.t(r.choice(['like', 'share', 'reviews', 'posts', 'members']))}"
            elif kind == 2:
                text = f"{r.choice(['USD', 'EUR', 'GBP', '$', '€', '₹', '৳'])} {self.num(r.randint(1, 999))}.{self.num(r.randint(10, 99))}"
            elif kind == 3:
                text = self.t(r.choice(["photo", "video", "live", "sponsored", "print", "rss", "download_app", "close",
                                        "more_news", "copy_link", "menu", "search", "page", "next", "previous",
                                        "back_to_top", "cancel"]))
            elif kind == 4:
                text = r.choice(self.lex["tags"] + self.lex["cities"])
            elif kind == 5:
                text = f"{self.t('photo')}: {r.choice(self.lex['person_names'])}"
            elif kind == 6:
                text = r.choice(self.lex["taglines"] + self.lex["ads"])
            else:
                text = f"{self.num(r.randint(1, 60))} {self.t('min_read', n=r.randint(2, 9)).split()[-1]}"
            self.el(parent, r.choice(["div", "span", "p", "button", "li" if parent.tag in ("ul", "ol") else "div"]),
                    text, role=r.choice(["widget", "share", "byline", "teaser"]), label=label)

    def skip_links(self, body: etree._Element) -> None:
        box = self.el(body, "div", label="navigation")
        self.link(box, self.t("menu"))
        self.link(box, self.t("search"))

    # -- main content ---------------------------------------------------------------------------------------
    def paragraphs(self, art: dict) -> list[str]:
        """The article's paragraphs, subset and re-cut at sentence ends so that pages differ."""
        r = self.rng
        paras = list(art["paragraphs"])
        if len(paras) > 3:
            keep = r.randint(max(3, len(paras) - 3), len(paras))
            drop = set(r.sample(range(1, len(paras)), len(paras) - keep))
            paras = [p for i, p in enumerate(paras) if i not in drop]
        out: list[str] = []
        for p in paras:
            sents = re.split(r"(?<=[.!?।。！？؟])\s+", p)
            if len(sents) > 2 and r.random() < 0.3:
                cut = r.randint(1, len(sents) - 1)
                out += [" ".join(sents[:cut]), " ".join(sents[cut:])]
            elif out and r.random() < 0.15:
                out[-1] = out[-1] + " " + p
            else:
                out.append(p)
        return out

    def article_page(self, main: etree._Element) -> None:
        site, r = self.site, self.rng
        if r.random() < 0.6:
            self.breadcrumb(main)
        art = self.article
        tag = "article" if site.layout == "html5" else "div"
        box = self.el(main, tag, role="article", label="article")
        self.interview = art.get("kind") in ("news", "feature", "opinion", "blog") and r.random() < site.p["interview"]
        self.article_body(box, art, full=True)
        self.interview = False
        if r.random() < site.p["share"]:
            self.share(box if r.random() < 0.5 else main)
        if r.random() < site.p["helpful"]:
            self.helpful(box if r.random() < 0.5 else main)
        if r.random() < site.p["stray"] * 0.5:
            self.stray(box if r.random() < 0.3 else main)
        if r.random() < site.p["bio"]:
            bio = self.el(main, "div", role="bio", label="other")
            self.el(bio, "h4", self.t("about_author"))
            self.el(bio, "p", self.pick("bios")[0])
        if r.random() < site.p["rating"]:
            rate = self.el(main, "div", label="other")
            self.el(rate, "span", "★★★★☆")
            self.el(rate, "span", self.num(f"{r.randint(30, 49) / 10}") + "/5")
        if r.random() < 0.6:
            self.noise(main)
        poll = r.random() < site.p["poll"]
        if poll and site.poll_place == "in_article":
            self.poll(box)
        if poll and site.poll_place == "after_article":
            self.poll(main)
        if r.random() < site.p["related"]:
            self.teaser_list(main, self.t("related"), "related", r.randint(3, 6))
        if poll and site.poll_place == "before_comments":
            self.poll(main)
        if r.random() < site.p["contact"] * 0.4:
            self.contact_form(main)
        if r.random() < site.p["comments"] and art.get("kind") != "inst":
            self.comments(main)
            if r.random() < site.p["stray"] * 0.4:
                self.stray(main)
        if poll and site.poll_place == "sidebar":
            self.pending_poll = True
        if r.random() < site.p["hidden_copy"]:
            hid = self.el(main, "div", label="other", style="display: none")
            for p in art["paragraphs"][:2]:
                self.el(hid, "p", p)

    def article_body(self, box: etree._Element, art: dict, full: bool) -> None:
        r = self.rng
        inner = self.wrap(box)
        h1 = self.el(inner, "h1" if full else "h2", role="title")
        if full:
            h1.text = art["headline"]
        else:
            self.link(h1, art["headline"])
        interview = full and getattr(self, "interview", False)
        if interview and r.random() < 0.5:
            h1.text = f"{self.t('interview')}: {art['headline']}"
        elif interview and r.random() < 0.6:
            kicker = self.el(inner, r.choice(["span", "p", "div"]), self.t("interview"))
            inner.remove(kicker)
            inner.insert(inner.index(h1), kicker)
        meta = self.el(inner, "div", role="byline")
        author = self.pick("person_names")[0]
        if r.random() < 0.5:
            self.el(meta, "span", f"{self.t('by')} {author}")
        else:
            self.el(meta, "span", r.choice([author, self.t("staff_reporter")]))
        self.dateline(meta)
        if full and r.random() < 0.2:  # the byline above the headline
            inner.remove(meta)
            inner.insert(inner.index(h1), meta)
        if r.random() < 0.25:
            self.el(meta, "span", self.t("min_read", n=r.randint(2, 9)))
        if full and r.random() < 0.25 and self.site.p["comments"] > 0.5:
            self.el(meta, "a", self.t("comments_count", n=r.randint(0, 40)), href="#comments", label="comment")
        if full and r.random() < 0.3:
            tags = self.el(inner, "div", role="tags", label="navigation")
            for tg in self.pick("tags", r.randint(1, 3)):
                self.link(tags, tg)
        if art.get("standfirst") and r.random() < 0.7:
            self.el(inner, "p", art["standfirst"], role="byline" if r.random() < 0.3 else None)
        if art.get("caption") and r.random() < 0.6:
            fig = self.el(inner, "figure")
            self.el(fig, "img", src="/img/photo.jpg", alt="")
            cap = self.el(fig, "figcaption", art["caption"])
            if r.random() < 0.3:
                self.el(cap, "span", f" {self.t('photo')}: {self.pick('person_names')[0]}")
        body = self.el(inner, "div", role="body")
        paras = self.paragraphs(art)
        sub_at = r.randint(1, max(1, len(paras) - 1)) if art.get("subheading") and len(paras) > 2 else -1
        link_heavy = r.random() < 0.12
        extra_subs = set(r.sample(range(1, len(paras)), min(len(paras) - 1, r.randint(0, 3)))) if len(paras) > 2 else set()
        sub_tag = r.choice(["h2", "h3", "h4", "p"])
        for i, p in enumerate(paras if not interview else []):
            if i == sub_at:
                self.el(body, sub_tag if sub_tag != "p" else "h3", art["subheading"])
            elif i in extra_subs and full:
                sent = re.split(r"(?<=[.!?।。！？؟])\s+", paras[i - 1])[0]
                words = sent.split()
                head = self.el(body, sub_tag, " ".join(words[: r.randint(2, 6)]) if len(words) > 3 else sent)
                if sub_tag == "p":
                    head.text = None
                    self.el(head, "strong", " ".join(words[: r.randint(2, 6)]) or sent)
            if full and i == 2 and r.random() < 0.2:
                ul = self.el(body, "ul")
                for sent in re.split(r"(?<=[.!?।。！？؟])\s+", p)[:4]:
                    self.el(ul, "li", sent)
            if full and i == 3 and r.random() < 0.15:
                box = self.el(body, r.choice(["aside", "div", "blockquote"]))
                self.el(box, "strong", art.get("subheading") or art["headline"])
                self.el(box, "p", r.choice(art["paragraphs"]))
            if full and i == 1 and r.random() < 0.15:
                fig = self.el(body, "figure")
                self.el(fig, "iframe", src="https://video.example/embed/1", title="video")
                self.el(fig, "figcaption", f"{self.t('video')}: {art.get('caption') or art['headline']}")
            if full and i == 2 and r.random() < 0.1:
                self.paywall(body)
            if full and i == 3 and r.random() < 0.08:
                self.figures_table(body)
            para = self.el(body, "p")
            if link_heavy and r.random() < 0.7:
                words = p.split()
                cut = r.randint(0, max(0, len(words) - 4))
                para.text = " ".join(words[:cut]) + " "
                a = self.el(para, "a", " ".join(words[cut: cut + 3]), href="/ref")
                a.tail = " " + " ".join(words[cut + 3:])
            else:
                para.text = p
            if full and i == 1 and r.random() < 0.15:
                self.ad(body)
            if full and i == 2 and r.random() < 0.15:
                also = self.el(body, "div", role="related", label="navigation")
                self.el(also, "strong", self.t("also_read"))
                self.link(also, self.pick("teasers")[0])
            if full and i == 1 and art.get("kind") == "about-dates" and r.random() < 0.7:
                self.date_table(body)
        if interview:
            self.interview_body(body, paras)
        if full and r.random() < self.site.p["nl_box"] * 0.3:  # a sign-up box between the paragraphs: other
            self.newsletter_box(body)
            box_ = body[-1]
            body.remove(box_)
            body.insert(r.randint(1, max(1, len(body) - 1)), box_)
        if full and r.random() < 0.3:
            tags = self.el(inner, "div", role="tags", label="navigation")
            self.el(tags, "span", self.t("tags") + ":")
            for tg in self.pick("tags", r.randint(2, 6)):
                self.link(tags, tg)

    def dateline(self, meta: etree._Element) -> None:
        """The article's own publication and update times ("Published: …", "Updated: …"): article text."""
        r = self.rng
        style = self.site.byline_style if r.random() < 0.8 else r.choice(["published", "updated", "both",
                                                                          "both_lines", "one_line"])
        pub_day = self.fmt_date(self.date, r.choice(["long", "long", "medium"]))
        pub = f"{pub_day} {self.fmt_time()}"
        later = dt.datetime.combine(self.date, self.time) + dt.timedelta(minutes=r.randint(15, 3000))
        upd = f"{self.fmt_date(later.date(), r.choice(['long', 'medium']))} {self.fmt_time(later.time())}"
        tag = r.choice(["time", "span"])
        if style != "published":
            self.has.add("updated_line")
        if style == "published":
            node = self.el(meta, tag, f"{self.t('published')}: {pub}")
        elif style == "updated":
            node = self.el(meta, tag, f"{self.t('updated_on')}: {upd}")
        elif style == "both":
            node = self.el(meta, tag, f"{self.t('published')}: {pub}")
            node.tail = r.choice([" | ", " · ", " ", ", "])
            self.el(meta, tag, f"{self.t('updated_on')}: {upd}")
        elif style == "both_lines":
            line = r.choice(["p", "div"])
            node = self.el(meta, line, f"{self.t('published')}: {pub_day if r.random() < 0.5 else pub}")
            self.el(meta, line, f"{self.t('updated_on')}: {upd}")
        else:
            tag = r.choice(["p", "span", "div"])
            sep = r.choice(["|", "·", "/", "—"])
            node = self.el(meta, tag, f"{self.t('published')}: {pub_day} {sep} {self.t('updated_on')}: {upd}")
        if node.tag == "time":
            node.set("datetime", self.date.isoformat())

    def figures_table(self, parent: etree._Element) -> None:
        """A table of names and figures inside an article (results, standings, budgets): article text."""
        r = self.rng
        self.has.add("figures_table")
        table = self.el(parent, "table")
        cols = r.randint(2, 5)
        if r.random() < 0.6:
            tr = self.el(self.el(table, "thead"), "tr")
            self.el(tr, "th", "#")
            for _ in range(cols - 1):
                self.el(tr, "th", r.choice(self.lex["tags"]))
        rows = self.el(table, "tbody")
        names = self.pick(r.choice(["person_names", "cities"]), r.randint(3, 8))
        for k, name in enumerate(names, 1):
            tr = self.el(rows, "tr")
            self.el(tr, "td", self.num(k))
            self.el(tr, "td", name)
            for _ in range(cols - 2):
                self.el(tr, "td", self.num(r.choice([r.randint(0, 99), f"{r.randint(0, 999)}.{r.randint(0, 9)}"])))

    def date_table(self, parent: etree._Element) -> None:
        """A table of dates inside an article (a schedule): article text, not a widget."""
        table = self.el(parent, "table")
        for k in range(self.rng.randint(3, 6)):
            tr = self.el(table, "tr")
            day = self.date + dt.timedelta(days=7 * k + self.rng.randint(0, 6))
            self.el(tr, "td", self.fmt_date(day, "full"))
            self.el(tr, "td", self.pick("tags")[0])

    def breadcrumb(self, parent: etree._Element) -> None:
        box = self.el(parent, self.rng.choice(["div", "nav", "ol"]), role="breadcrumb", label="navigation")
        items = [self.t("home")] + self.pick("sections", self.rng.randint(1, 2))
        for i, s in enumerate(items):
            node = self.el(box, "li") if box.tag == "ol" else box
            a = self.link(node, s)
            if box.tag != "ol" and i < len(items) - 1:
                a.tail = " » "

    def share(self, parent: etree._Element) -> None:
        box = self.el(parent, "div", role="share", label="other")
        if self.rng.random() < 0.6:
            self.el(box, "span", self.t("share"))
        for key in self.rng.sample(["share_facebook", "share_twitter", "share_whatsapp", "copy_link", "print"], 3):
            self.link(box, self.t(key))

    def teaser_list(self, parent: etree._Element, title: str, role: str, n: int, summaries: bool = False,
                    label: str = "navigation") -> etree._Element:
        r, style = self.rng, self.site.teaser_style
        box = self.el(parent, r.choice(["div", "section"]), role=role, label=label)
        self.heading(box, title, role="widget")
        items = self.pick("teasers", n)
        container = self.el(box, "ul" if style == "ul" else "ol" if style == "ol" else "div", role="latest")
        for h in items:
            item_tag = "li" if container.tag in ("ul", "ol") else "div"
            if item_tag == "div" and self.site.layout == "html5" and self.site.p["teaser_meta"] > 0.5:
                item_tag = "article"  # teaser cards as <article> elements: still navigation
            item = self.el(container, item_tag, role="teaser")
            if style == "cards" and r.random() < 0.7:
                self.el(item, "img", src="/t.jpg", alt="")
            if style == "cards" or summaries:
                hh = self.el(item, "h3")
                self.link(hh, h)
            else:
                self.link(item, h)
            if summaries and r.random() < 0.8:
                self.el(item, "p", r.choice(self.lex["teaser_summaries"]))
            x = r.random()
            if x < 0.2:
                self.el(item, "span", self.t(r.choice(["minutes_ago", "hours_ago", "days_ago"]), n=r.randint(2, 50)))
            elif x < 0.4:
                day = self.date - dt.timedelta(days=r.randint(0, 30))
                meta = f"{self.fmt_date(day, r.choice(['long', 'medium']))} {self.fmt_time()}"
                if r.random() < 0.5:
                    meta += f" · {r.choice(self.lex['sections'])}"
                self.el(item, r.choice(["time", "span", "p"]), meta)
            if r.random() < self.site.p["teaser_meta"]:  # author, "Read more", comment count: still navigation
                y = r.random()
                if y < 0.4:
                    self.el(item, r.choice(["span", "p", "div"]),
                            r.choice([f"{self.t('by')} {self.pick('person_names')[0]}", self.pick("person_names")[0]]))
                elif y < 0.75:
                    self.link(item, self.t("read_more") + r.choice(["", " »", " →", "…"]))
                else:
                    self.link(item, self.t("comments_count", n=r.randint(0, 60)))
        if r.random() < self.site.p["stray"] * 0.3:
            more = self.el(box, r.choice(["button", "a", "div"]), self.t(r.choice(["load_more", "show_more",
                                                                                  "more_news"])))
            if more.tag == "a":
                more.set("href", "?page=2")
        return box

    def listing(self, main: etree._Element) -> None:
        r = self.rng
        if r.random() < 0.4:
            self.breadcrumb(main)
        if r.random() < self.site.p["filter"]:
            self.filter_form(main)
        for _ in range(r.randint(2, 4)):
            sec = r.choice(self.lex["sections"])
            self.teaser_list(main, sec, "latest", r.randint(3, 7), summaries=r.random() < 0.7)
        if r.random() < 0.3 and r.random() < self.site.p["poll"] + 0.2:
            self.poll(main)
        if r.random() < 0.5:
            self.noise(main)
        pag = self.el(main, "div", role="pagination", label="navigation")
        for i in range(1, r.randint(3, 7)):
            self.link(pag, self.num(i))
        self.link(pag, self.t("next"))

    def multi_posts(self, main: etree._Element) -> None:
        for _ in range(self.rng.randint(2, 3)):
            art = self.choose_article("article")
            box = self.el(main, "article" if self.site.layout == "html5" else "div", role="article",
                          label="article")
            self.article_body(box, art, full=False)
            r = self.rng
            if r.random() < 0.5:
                self.link(box, self.t("read_more") + r.choice(["", " »", " →"]))
            foot = self.el(box, r.choice(["div", "footer"]), role="byline") if r.random() < 0.6 else box
            if foot is not box:
                when = self.fmt_time() if r.random() < 0.5 else self.fmt_date(self.date, "medium")
                self.el(foot, "span", f"{self.t('by')} {self.pick('person_names')[0]} · {when}")
            if r.random() < 0.5:
                self.el(foot, "a", self.t("comments_count", n=r.randint(0, 12)), href="#c", label="comment")
            if r.random() < 0.4:
                self.share(foot)
        pag = self.el(main, "div", role="pagination", label="navigation")
        self.link(pag, self.t("older_posts"))

    def forum(self, main: etree._Element) -> None:
        r = self.rng
        self.breadcrumb(main)
        i = r.randrange(len(self.lex["forum_titles"]))
        title = self.lex["forum_titles"][i]
        body = self.lex["forum_posts"][i % len(self.lex["forum_posts"])]
        first = self.el(main, "div", role="forum-post", label="article")
        self.el(first, "h1", title)
        self.forum_meta(first)
        self.el(first, "div", body, role="body")
        replies = self.el(main, "div", role="comments", label="comment")
        for c in self.pick("comments", r.randint(2, 8)):
            post = self.el(replies, "div", role="forum-post")
            self.forum_meta(post, c["author"])
            if r.random() < 0.2:
                self.el(post, "blockquote", f"{self.t('quote')}: {title}")
            self.el(post, "div", c["text"], role="comment")
        form = self.el(main, "form", role="respond", label="comment")
        self.el(form, "textarea", name="reply")
        self.el(form, "button", self.t("forum_reply"))

    def forum_meta(self, parent: etree._Element, author: str | None = None) -> None:
        r = self.rng
        meta = self.el(parent, "div", role="byline")
        self.el(meta, "strong", author or self.pick("person_names")[0])
        self.el(meta, "span", f"{self.t('joined')}: {self.fmt_date(self.date - dt.timedelta(days=r.randint(100, 2000)), 'medium')}")
        self.el(meta, "span", f"{self.t('posts')}: {self.num(r.randint(3, 4000))}")
        self.el(meta, "span", self.t("hours_ago", n=r.randint(1, 23)))

    def product(self, main: etree._Element) -> None:
        r = self.rng
        self.breadcrumb(main)
        prod = r.choice(self.lex["products"])
        box = self.el(main, "div", role="product", label="article")
        self.el(box, "h1", prod["name"])
        self.el(box, "div", f"{self.t('price')}: {self.num(r.randint(5, 900))}.{self.num(r.randint(10, 99))}")
        self.el(box, "span", self.t("in_stock"))
        buy = self.el(box, "button", self.t("add_to_cart"), label="other")
        buy.tail = None
        for p in prod["description"]:
            self.el(box, "p", p)
        table = self.el(box, "table")
        for k, v in prod["facts"]:
            tr = self.el(table, "tr")
            self.el(tr, "th", k)
            self.el(tr, "td", v)
        rev = self.el(main, "div", role="reviews", label="comment")
        self.heading(rev, f"{self.t('reviews')} ({self.num(len(prod['reviews']))})")
        for review in prod["reviews"]:
            item = self.el(rev, "div", role="comment")
            self.el(item, "strong", review["author"])
            self.el(item, "span", "★" * r.randint(2, 5))
            self.el(item, "p", review["text"])
        self.el(rev, "button", self.t("write_review"))

    # -- widgets --------------------------------------------------------------------------------------------
    def poll_lex(self) -> tuple[dict, dict]:
        """(lexicon, ui) for poll text: Bangladeshi English portals run Bengali polls."""
        if self.bn_widgets and self.bn_lex is not None and self.rng.random() < 0.8:
            return self.bn_lex, self.bn_lex["ui"]
        return self.lex, self.ui

    def poll(self, parent: etree._Element) -> None:
        r, site = self.rng, self.site
        lex, ui = self.poll_lex()
        box = self.el(parent, r.choice(["div", "section", "div"]), role="poll", label="poll")
        box = self.wrap(box)
        self.heading(box, ui.get(r.choice(["poll_heading", "online_poll"])) or ui["poll_heading"], role="widget")
        poll = r.choice(lex["polls"])
        options = list(poll["options"])
        if r.random() < 0.3:
            options = [ui["opt_yes"], ui["opt_no"], ui["opt_no_opinion"]]
        digits = (lambda s: local_digits(str(s), "bn")) if lex is not self.lex or site.digits else str
        if r.random() < 0.4:
            self.el(box, "div", local_digits(format_date(self.date, "long", locale=Locale.parse(lex["lang"] if lex["lang"] != "zh" else "zh_Hans")), lex["lang"]) if lex is not self.lex or site.digits else self.fmt_date(self.date))
        style = site.poll_style
        if style == "iframe":
            self.el(box, "p", poll["question"])
            self.el(box, "iframe", src="https://polls.example/embed/123", title="poll")
            self.link(box, ui["view_results"])
            return
        self.el(box, "p" if r.random() < 0.6 else "h4", poll["question"], role="title")
        if style == "results":
            total = r.randint(50, 20000)
            shares = [r.random() for _ in options]
            s = sum(shares)
            for opt, share in zip(options, shares):
                row = self.el(box, "div", role="teaser")
                pct = round(100 * share / s)
                self.el(row, "span", opt)
                self.el(row, "span", digits(pct) + "%")
                bar = self.el(row, "div", style=f"width:{pct}%")
                bar.text = None
            self.el(box, "p", ui["total_votes"].replace("{n}", digits(total)))
        else:
            form = self.el(box, "form", action="/poll/vote")
            if style in ("radio_ul", "plugin"):
                cont = self.el(form, "ul", role="latest")
                rows = [self.el(cont, "li", role="teaser") for _ in options]
            elif style == "radio_table":
                cont = self.el(form, "table")
                rows = [self.el(self.el(cont, "tr"), "td") for _ in options]
            else:
                rows = [self.el(form, "div", role="teaser") for _ in options]
            for i, (row, opt) in enumerate(zip(rows, options)):
                self.el(row, "input", type="radio", name="poll", value=str(i), id=f"opt{i}")
                self.el(row, "label", opt, **{"for": f"opt{i}"})
            btn = self.el(form, r.choice(["button", "input"]), role="search")
            if btn.tag == "input":
                btn.set("type", "submit")
                btn.set("value", ui["vote"])
                self.el(form, "span", ui["vote"])
            else:
                btn.text = ui["vote"]
        links = self.el(box, "div")
        self.link(links, ui["view_results"])
        if r.random() < 0.5:
            self.link(links, ui["previous_polls"])
        if r.random() < 0.2:
            self.el(box, "p", ui["poll_closed"] if r.random() < 0.5 else ui["thanks_for_voting"])

    def comments(self, parent: etree._Element) -> None:
        r, site = self.rng, self.site
        style = site.comment_style
        box = self.el(parent, r.choice(["div", "section"]), role="comments", label="comment")
        n = 0 if r.random() < 0.25 else r.randint(1, 7)
        if style == "disqus":
            self.heading(box, self.t("comments_heading"))
            self.el(box, "div", id="disqus_thread")
            ns = self.el(box, "noscript", self.t("disqus_noscript"))
            ns.tail = None
            return
        if style == "facebook":
            self.heading(box, self.t("facebook_comments"))
            self.el(box, "div", **{"class": "fb-comments", "data_href": "https://example/p", "data_numposts": "5"})
            if r.random() < 0.5:
                self.el(box, "p", self.t("login_to_comment"))
            return
        if style == "form_only" or (style == "portal" and n == 0):
            self.heading(box, self.t(r.choice(["comment_form_title", "leave_comment"])))
            if r.random() < 0.6:
                self.el(box, "p", self.t("no_comments"))
            self.comment_form(box)
            return
        self.heading(box, self.t("comments_count", n=n) if n else self.t("comments_heading"))
        if n == 0:
            self.el(box, "p", self.t(r.choice(["no_comments", "be_first"])))
        else:
            lst = self.el(box, "ol" if style == "wordpress" else "div", role="comment")
            self.comment_items(lst, self.pick("comments", n), depth=0)
            if r.random() < 0.3:
                self.el(box, "button", self.t("load_more_comments"))
        if r.random() < 0.15:
            self.el(box, "p", self.t("comments_closed"))
        else:
            self.comment_form(box)

    def comment_items(self, parent: etree._Element, comments: list[dict], depth: int) -> None:
        r = self.rng
        for c in comments:
            item = self.el(parent, "li" if parent.tag in ("ol", "ul") else "div", role="comment")
            head = self.el(item, "div", role="byline")
            if r.random() < 0.5:
                self.el(head, "img", src="/avatar.png", alt="")
            name = self.el(head, r.choice(["b", "strong", "cite", "span"]), c["author"])
            if r.random() < 0.3:
                name.tail = " " + self.t("said")
            when = self.el(head, r.choice(["time", "span", "a"]))
            when.text = (self.t(r.choice(["minutes_ago", "hours_ago", "days_ago"]), n=r.randint(1, 30))
                         if r.random() < 0.5 else f"{self.fmt_date(self.date, 'medium')} {self.fmt_time()}")
            self.el(item, r.choice(["p", "div"]), c["text"], role="body")
            actions = self.el(item, "div")
            self.link(actions, self.t("reply"))
            if r.random() < 0.3:
                self.link(actions, self.t("like"))
            if r.random() < 0.2:
                self.link(actions, self.t("report"))
            if depth < 2 and r.random() < 0.25:
                sub = self.el(item, "ul" if parent.tag in ("ol", "ul") else "div", role="comment")
                self.comment_items(sub, self.pick("comments", r.randint(1, 2)), depth + 1)

    def comment_form(self, parent: etree._Element) -> None:
        r = self.rng
        box = self.el(parent, "div", role="respond")
        self.heading(box, self.t(r.choice(["leave_reply", "comment_form_title", "leave_comment"])))
        if r.random() < 0.6:
            self.el(box, "p", self.t("email_not_published"))
        form = self.el(box, "form", action="/comment", method="post")
        fields = [("comment_placeholder", "textarea"), ("your_name", "text"), ("your_email", "email")]
        if r.random() < 0.4:
            fields.append(("website", "url"))
        if r.random() < 0.5:
            fields = fields[1:] + fields[:1]
        for key, kind in fields:
            row = self.el(form, r.choice(["p", "div"]))
            if r.random() < 0.7:
                self.el(row, "label", self.t(key))
            if kind == "textarea":
                self.el(row, "textarea", name="comment", placeholder=self.t(key))
            else:
                self.el(row, "input", type=kind, name=key, placeholder=self.t(key))
        self.el(form, r.choice(["button", "button", "input"]), self.t("post_comment"), type="submit")
        for node in form.iter("input"):
            if node.get("type") == "submit":
                node.set("value", node.text or self.t("post_comment"))
                node.text = None

    def archive(self, parent: etree._Element) -> None:
        """An archive date picker."""
        r, site = self.rng, self.site
        lex_ui = self.bn_lex["ui"] if (self.bn_widgets and self.bn_lex and r.random() < 0.5) else self.ui
        box = self.el(parent, "div", role="archive", label="date-widget")
        self.heading(box, lex_ui["archive"], role="widget")
        form = self.el(box, "form", action="/archive")
        style = site.archive_style
        if style == "select":
            for label_key, values in (("select_date", range(1, 32)), ("select_month", None), ("select_year", range(2015, 2026))):
                sel = self.el(form, "select", name=label_key)
                self.el(sel, "option", lex_ui[label_key] if label_key in lex_ui else "--", value="")
                if values is None:
                    names = self.locale.months["format"]["wide"]
                    for k in range(1, 13):
                        self.el(sel, "option", names[k], value=str(k))
                else:
                    for v in values:
                        self.el(sel, "option", self.num(v), value=str(v))
        elif style == "date_input":
            self.el(form, "input", type="date", name="date")
        else:
            self.el(form, "input", type="text", name="date", placeholder=self.num("dd/mm/yyyy"))
        self.el(form, "button", lex_ui[r.choice(["search_archive", "go", "news_of_day"])], type="submit")
        self.el(box, r.choice(["p", "div", "span"]), lex_ui["please_select_date"], role="search")

    def calendar(self, parent: etree._Element) -> None:
        r = self.rng
        box = self.el(parent, "div", role="calendar", label="date-widget")
        if r.random() < 0.6:
            self.heading(box, self.t("calendar"), role="widget")
        table = self.el(box, "table", role="calendar")
        months = self.locale.months["stand-alone"]["wide"]
        self.el(table, "caption", f"{months[self.date.month]} {self.num(self.date.year)}")
        days = self.locale.days["format"][r.choice(["abbreviated", "narrow", "short"])]
        tr = self.el(table, "tr")
        for d in range(7):
            self.el(tr, "th", days[d])
        first = self.date.replace(day=1)
        start = first.weekday()
        n_days = ((first + dt.timedelta(days=32)).replace(day=1) - first).days
        cells = [None] * start + list(range(1, n_days + 1))
        for w in range(0, len(cells), 7):
            tr = self.el(table, "tr")
            for d in cells[w: w + 7]:
                td = self.el(tr, "td")
                if d is None:
                    continue
                if r.random() < 0.25:
                    self.el(td, "a", self.num(d), href=f"/{self.date.year}/{self.date.month}/{d}")
                else:
                    td.text = self.num(d)
        nav = self.el(box, "div")
        prev_month = months[(self.date.month - 2) % 12 + 1]
        self.link(nav, f"« {prev_month}")

    def month_archive(self, parent: etree._Element) -> None:
        r = self.rng
        box = self.el(parent, "div", role="archive", label="date-widget")
        self.heading(box, self.t("archives"), role="widget")
        months = self.locale.months["format"]["wide"]
        day = self.date
        entries = []
        for _ in range(r.randint(4, 12)):
            entries.append(f"{months[day.month]} {self.num(day.year)}")
            day = (day.replace(day=1) - dt.timedelta(days=1))
        style = r.choice(["ul", "select", "tree"])
        if style == "select":
            sel = self.el(box, "select", name="archive")
            self.el(sel, "option", self.t("select_month"), value="")
            for e in entries:
                self.el(sel, "option", f"{e} ({self.num(r.randint(1, 30))})")
        elif style == "ul":
            ul = self.el(box, "ul")
            for e in entries:
                li = self.el(ul, "li")
                self.link(li, e).tail = f" ({self.num(r.randint(1, 30))})" if r.random() < 0.5 else None
        else:
            ul = self.el(box, "ul")
            year = self.el(ul, "li")
            self.link(year, f"▼ {self.num(self.date.year)}")
            inner = self.el(year, "ul")
            for i, e in enumerate(entries[:4]):
                li = self.el(inner, "li")
                self.link(li, f"► {e.split()[0]}").tail = f" ({self.num(r.randint(1, 9))})"
                if i == 0:
                    posts = self.el(li, "ul", label="navigation")
                    for t in self.pick("teasers", r.randint(1, 3)):
                        self.link(self.el(posts, "li"), t)

    def sidebar(self, side: etree._Element) -> None:
        r, site = self.rng, self.site
        pending_poll = getattr(self, "pending_poll", False)
        side = self.wrap(side)
        if r.random() < 0.5:
            self.noise(side)
        for item in site.sidebar_order:
            if item == "latest" and r.random() < site.p["latest"]:
                self.teaser_list(side, self.t(r.choice(["latest", "most_read", "popular", "trending"])), "latest",
                                 r.randint(4, 8))
            elif item == "poll" and (pending_poll or (self.article is None and r.random() < site.p["poll"])):
                self.poll(side)
            elif item == "archive" and site.archive_place == "sidebar" and r.random() < site.p["archive"]:
                self.archive(side)
            elif item == "calendar" and r.random() < site.p["calendar"]:
                self.calendar(side)
            elif item == "month_archive" and r.random() < site.p["month_archive"]:
                self.month_archive(side)
            elif item == "ad" and r.random() < site.p["ads"]:
                self.ad(side)
            elif item == "newsletter" and r.random() < site.p["newsletter"]:
                self.newsletter_box(side)
            elif item == "tags" and r.random() < 0.35:
                box = self.el(side, "div", role="tags", label="navigation")
                self.heading(box, self.t("tags"), role="widget")
                for tg in self.pick("tags", r.randint(5, 12)):
                    self.link(box, tg)
            elif item == "categories" and r.random() < 0.3:
                box = self.el(side, "div", role="widget", label="navigation")
                self.heading(box, self.t("categories"), role="widget")
                ul = self.el(box, "ul")
                for s in self.pick("sections", r.randint(4, 9)):
                    self.link(self.el(ul, "li"), s)
            elif item == "recent_comments" and site.kind == "blog" and r.random() < 0.4:
                box = self.el(side, "div", role="widget", label="navigation")
                self.heading(box, self.t("comments_heading"), role="widget")
                ul = self.el(box, "ul")
                for c, t in zip(self.pick("comments", 3), self.pick("teasers", 3)):
                    li = self.el(ul, "li")
                    self.el(li, "span", c["author"]).tail = " – "
                    self.link(li, t)
            elif item == "clock" and r.random() < site.p["clock"]:
                box = self.el(side, "div", role="date", label="date-widget")
                self.el(box, "span", self.t("today"))
                self.el(box, "span", self.fmt_date(self.date, "full"))
                self.el(box, "span", self.fmt_time())
            elif item == "login" and r.random() < 0.15 + site.p["auth"] * 0.2:
                self.login_form(side)
            elif item == "partners" and r.random() < 0.3:
                box = self.el(side, "div", role="widget", label="other")
                self.heading(box, self.rng.choice([self.t("sponsored"), self.t("advertisement"),
                                                   self.pick("taglines")[0]]), role="widget")
                for ad in self.pick("ads", r.randint(1, 3)):
                    self.el(self.el(box, "div"), "a", ad, href="/partner")
            elif item == "ticker" and r.random() < 0.2:
                self.data_table(side)
            elif item == "about" and r.random() < 0.25:
                box = self.el(side, "div", role="widget", label="other")
                self.heading(box, self.site.name, role="widget")
                self.el(box, "p", self.pick("bios")[0])
            elif item == "links" and r.random() < 0.25:
                box = self.el(side, "div", role="widget", label="navigation")
                self.heading(box, self.t(r.choice(["more_news", "editors_pick", "trending", "categories"])),
                             role="widget")
                ul = self.el(box, "ul")
                for name in self.pick("site_names", r.randint(3, 6)):
                    self.link(self.el(ul, "li"), name)
        extras = []
        if r.random() < site.p["contact"] * 0.4:
            extras.append(self.contact_form)
        if r.random() < site.p["filter"] * 0.25:
            extras.append(self.filter_form)
        if r.random() < site.p["langsel"] * 0.3:
            extras.append(self.lang_select)
        if r.random() < site.p["auth"] * 0.3:
            extras.append(self.auth_form)
        for make in extras:
            make(side)
            node = side[-1]
            side.remove(node)
            side.insert(r.randint(0, len(side)), node)
        if r.random() < site.p["feedback"]:
            box = self.el(side, "div", label="other")
            self.heading(box, "★ " + self.t("write_review"), role="widget")
            for o in ("★★★★★", "★★★★", "★★★"):
                self.el(self.el(box, "label"), "input", type="radio", name="rate").tail = o


# -- turning marks into selectors ---------------------------------------------------------------------------
def _css_ident_ok(token: str) -> bool:
    return bool(re.fullmatch(r"-?[_a-zA-Z][_a-zA-Z0-9-]*", token))


def selector_for(node: etree._Element, root: etree._Element) -> str:
    """The simplest CSS selector that matches ``node`` alone: an id, tag and classes, or a structural path."""
    tag = node.tag
    ident = node.get("id")
    if ident and _css_ident_ok(ident):
        sel = f"{tag}#{ident}"
        if CSSSelector(sel, translator="html")(root) == [node]:
            return sel
    classes = (node.get("class") or "").split()
    if classes and all(_css_ident_ok(c) for c in classes):
        sel = tag + "".join("." + c for c in classes)
        if CSSSelector(sel, translator="html")(root) == [node]:
            return sel
    steps = []
    cur = node
    while cur is not None and cur.tag != "html":
        parent = cur.getparent()
        ident = cur.get("id")
        if cur is not node and ident and _css_ident_ok(ident) and \
                CSSSelector(f"#{ident}", translator="html")(root) == [cur]:
            steps.append(f"{cur.tag}#{ident}")
            break
        same = [c for c in parent if c.tag == cur.tag]
        steps.append(f"{cur.tag}:nth-of-type({same.index(cur) + 1})" if len(same) > 1 else cur.tag)
        cur = parent
    else:
        steps.append("html")
    return " > ".join(reversed(steps))


def finish(root: etree._Element, minify: bool) -> tuple[str, list[dict]]:
    """Serialise the page and turn its marks into regions (one selector list per label)."""
    marked = [(n, n.get(PageBuilder.MARK)) for n in root.iter() if n.get(PageBuilder.MARK)]
    for node, _ in marked:
        del node.attrib[PageBuilder.MARK]
    by_label: dict[str, list[str]] = defaultdict(list)
    for node, label in marked:
        by_label[label].append(selector_for(node, root))
    text = html.tostring(root, encoding="unicode", method="html", pretty_print=not minify, doctype="<!DOCTYPE html>")
    regions = [{"selector": ", ".join(sels), "label": label} for label, sels in by_label.items()]
    return text, regions


def check(text: str, regions: list[dict]) -> None:
    """Every selector of the written page must match what was marked: parse it again and count."""
    from bs4 import BeautifulSoup

    root = etree.fromstring(text.encode("utf-8"), html.HTMLParser(encoding="utf-8"))
    soup = BeautifulSoup(text, "lxml")
    for region in regions:
        for sel in region["selector"].split(", "):
            a = len(CSSSelector(sel, translator="html")(root))
            b = len(soup.select(sel))
            if a != 1 or b != 1:
                raise AssertionError(f"selector {sel!r} matches {a} (lxml) / {b} (bs4) elements")


def plan_sites(lexicons: dict[str, dict], n_sites: int, seed: int) -> list[tuple[str, bool]]:
    """(language, english_bd) for every site: Bengali and English get their shares, the rest spread evenly."""
    langs = sorted(lexicons)
    plan: list[tuple[str, bool]] = []
    for lang, share in LANG_SHARE.items():
        if lang in lexicons:
            plan += [(lang, False)] * round(n_sites * share)
    rest = [lang for lang in langs if lang not in LANG_SHARE]
    i = 0
    while len(plan) < n_sites and rest:
        plan.append((rest[i % len(rest)], False))
        i += 1
    if "en" in lexicons and "bn" in lexicons:  # Bangladeshi portals in English, like the seed page
        en_sites = [k for k, (lang, _) in enumerate(plan) if lang == "en"]
        for k in en_sites[: max(1, len(en_sites) // 3)]:
            plan[k] = ("en", True)
    random.Random(seed).shuffle(plan)
    return plan


def generate(out: Path, seed: int, n_sites: int, pages_per_site: int) -> dict:
    lexicons = load_lexicons()
    out.mkdir(parents=True, exist_ok=True)
    used: Counter = Counter()
    stats: Counter = Counter()
    shapes: set[str] = set()
    skeletons: set[str] = set()
    paragraphs: set[str] = set()
    for number, (lang, english_bd) in enumerate(plan_sites(lexicons, n_sites, seed)):
        site = Site(number, lang, lexicons[lang], seed, english_bd=english_bd)
        for k in range(pages_per_site):
            builder = PageBuilder(site, k, seed, used)
            if english_bd:
                builder.bn_lex = lexicons["bn"]
                builder.bn_widgets = True
            root, kind = builder.build()
            text, regions = finish(root, site.minify)
            check(text, regions)
            name = f"{site.id}-{k:02d}"
            (out / f"{name}.html").write_text(text, encoding="utf-8")
            meta = {"url": f"https://{site.id}.example/{k}", "lang": lang, "site": site.id, "regions": regions}
            (out / f"{name}.labels.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
            stats[f"lang:{lang}"] += 1
            stats[f"kind:{kind}"] += 1
            stats[f"naming:{site.naming}"] += 1
            for name in builder.has:
                stats[f"lookalike:{name}"] += 1
            for region in regions:
                stats[f"label:{region['label']}"] += 1
            shapes.add(_shape(root))
            skeletons.add(_h("".join(n.tag for n in root.iter() if isinstance(n.tag, str))))
            paragraphs.update(p.text for p in root.iter("p") if p.text and len(p.text) > 100)
    stats["pages"] = sum(v for k, v in stats.items() if k.startswith("lang:"))
    stats["distinct_dom_shapes"] = len(shapes)
    stats["distinct_tag_skeletons"] = len(skeletons)
    stats["distinct_paragraphs"] = len(paragraphs)
    return dict(sorted(stats.items()))


def _shape(root: etree._Element) -> str:
    """A page's tag skeleton without text, for counting distinct DOM shapes."""
    return _h("".join(f"<{n.tag} {n.get('class', '')}>" for n in root.iter() if isinstance(n.tag, str)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("data/pages"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sites", type=int, default=100)
    ap.add_argument("--pages-per-site", type=int, default=9)
    args = ap.parse_args(argv)
    stats = generate(args.out, args.seed, args.sites, args.pages_per_site)
    json.dump(stats, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
