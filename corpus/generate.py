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
with update times, header service links, and whole pages inside one ASP.NET ``<form>``; live blogs (article, not
comments), sports and data tables in and outside articles (article / other, not calendars), product and institution
landing pages and surveys in menus. Class names come in several conventions (kebab, BEM, camel, CSS modules) with
generic and misleading tokens on wrappers, so that no single token gives a label away.
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

# Semantic class vocabularies: role -> alternatives as real CMSs, themes and frameworks write them (a site picks one
# per role, sometimes two synonyms on one element, and writes it in its own convention: kebab, BEM, camel ...).
VOCAB = {
    "header": ["header", "site-header", "masthead", "top-header", "header-area", "page-header", "main-header",
               "mainheader", "global-header", "header-wrapper", "td-header-wrap", "header-main", "navbar-header",
               "l-header", "region-header", "headerContainer", "siteHeader", "header-section", "hdr", "topnav-wrap"],
    "topbar": ["topbar", "top-bar", "header-top", "top-strip", "utility-bar", "header-upper", "top-header-bar",
               "pre-header", "header-meta", "meta-bar", "topline", "sub-header", "secondary-bar", "infobar"],
    "date": ["date", "today", "current-date", "header-date", "date-time", "todays-date", "bn-date", "clock",
             "date-today", "top-date", "datetime", "header-clock", "today-date", "time-now", "live-date",
             "currentDate", "dateToday", "date-display", "header__date", "calendar-date", "date-line", "tarikh"],
    "darkmode": ["dark-mode", "theme-toggle", "mode-switch", "night-mode", "darkmode-btn", "color-scheme-toggle",
                 "theme-switcher", "dark-light", "toggle-dark", "themeToggle", "js-theme-toggle", "mode-toggle"],
    "logo": ["logo", "site-logo", "brand", "navbar-brand", "site-title", "site-branding", "header-logo",
             "logo-wrap", "custom-logo-link", "brand-logo", "siteLogo", "masthead-logo"],
    "menu": ["menu", "main-menu", "nav-menu", "primary-menu", "navbar-nav", "menu-list", "mainmenu",
             "mainheader__menu", "menu-main-menu", "nav-list", "menu-primary", "top-menu", "main-nav-list",
             "header-menu", "menu-items", "nav-items", "site-menu", "menu-bar", "navigation-list", "sf-menu",
             "menu-header-menu", "primary-nav__list", "navMenu", "mainNav", "category-menu", "section-nav"],
    "nav": ["navigation", "main-navigation", "primary-nav", "navbar", "nav-wrap", "menu-area", "main-nav",
            "site-navigation", "nav-bar", "navigation-bar", "primary-navigation", "header-nav", "topnav",
            "global-nav", "menu-wrapper", "nav-container", "region-navigation", "mainNavigation", "navWrapper",
            "desktop-nav", "nav-primary", "mega-nav", "navigation-wrap"],
    "submenu": ["sub-menu", "dropdown-menu", "submenu", "mega-menu", "children", "menu-dropdown", "nav-dropdown",
                "sub-nav", "dropdown", "flyout", "subMenu", "mega-panel"],
    "breadcrumb": ["breadcrumb", "breadcrumbs", "crumbs", "entry-crumbs", "path", "breadcrumb-trail",
                   "yoast-breadcrumb", "rank-math-breadcrumb", "breadcrumb-list", "bread-crumb", "trail", "location",
                   "breadcrumbWrap", "page-path", "crumb-nav"],
    "article": ["article", "post", "single-post", "entry", "story", "news-details", "post-content", "article-body",
                "article-main", "article-container", "article-wrapper", "single-article", "news-article",
                "story-wrapper", "post-single", "hentry", "type-post", "node-article", "news-detail", "detail-news",
                "article-page", "content-article", "article-detail", "post-wrap", "story-main", "main-article",
                "articleContainer", "article-view", "news-single", "coventry", "single-news", "post-details"],
    "title": ["title", "entry-title", "post-title", "headline", "story-title", "article-title", "news-title",
              "page-title", "article-headline", "heading", "td-post-title", "single-title", "detail-title",
              "content-title", "main-title", "story-headline", "articleTitle", "title-main", "hl", "h-title"],
    "byline": ["byline", "author", "post-meta", "entry-meta", "meta", "reporter", "article-meta", "author-info",
               "post-info", "story-meta", "news-meta", "meta-info", "article-byline", "writer", "posted-on",
               "td-module-meta-info", "meta-data", "articleMeta", "author-name", "info-line", "submitted"],
    "body": ["content", "entry-content", "article-content", "story-body", "post-body", "details", "news-content",
             "article-text", "article__body", "c-article-body", "story-content", "td-post-content",
             "field--name-body", "node__content", "rich-text", "news-text", "detail-body", "text-content",
             "entry-body", "single-content", "main-text", "ArticleBody", "articleBody", "article-body",
             "article-main__body", "js-article-body", "coventry__body", "post-entry", "body-text", "story-text",
             "article-details", "post-text", "content-body", "news-body", "article-copy", "richtext", "prose",
             "paywall-content", "article-txt", "body-copy", "text-body", "newsdetail-body", "the-content",
             "field-item", "article-inner", "description"],
    "tags": ["tags", "post-tags", "tag-list", "entry-tags", "keywords", "topics", "tags-links", "tagcloud",
             "tag-cloud", "article-tags", "story-tags", "td-tags", "related-topics", "tag-wrap", "keyword-list",
             "post-categories", "hashtags", "topicTags", "meta-tags"],
    "share": ["share", "social-share", "share-buttons", "sharing", "share-bar", "addtoany", "a2a_kit",
              "sharethis", "social-links", "share-tools", "social-icons", "share-box", "sharedaddy", "social",
              "shareButtons", "follow-us", "social-media", "share-this"],
    "poll": ["poll", "poll-box", "wp-polls", "vote-widget", "survey", "opinion-poll", "online-poll", "jorip",
             "poll-widget", "totalpoll", "poll-container", "yop-poll", "democracy", "voting", "vote-box",
             "poll-wrapper", "forminator-poll", "polldaddy", "pollBox", "poll-form", "readers-poll", "quick-poll",
             "poll-module", "opinion", "vote", "poll-section", "ballot"],
    "comments": ["comments", "comments-area", "comment-section", "comment-box", "user-comments", "discussion",
                 "fb-comments-wrap", "comment-list", "comments-wrapper", "comment-area", "reader-comments",
                 "comments-container", "comment-thread", "commentlist", "comments-block", "comment-wrap",
                 "article-comments", "feedback-list", "commentsSection", "talk", "responses", "comment-module",
                 "opinions", "readers-say", "comment-zone", "disqus-wrap", "thread"],
    "comment": ["comment", "comment-item", "comment-body", "media", "reply-item", "comment-content",
                "comment-entry", "single-comment", "comment-list__item", "comment-list__item--reply",
                "commentItem", "comment-text", "user-comment", "comment-container", "depth-1", "c-comment",
                "comment-wrapper", "comment-row", "reply", "message-item", "feedback-item"],
    "respond": ["respond", "comment-respond", "comment-form", "reply-form", "post-comment", "comment-form-wrap",
                "add-comment", "write-comment", "comment-reply", "new-comment", "leave-comment", "commentForm",
                "comment-input", "reply-box", "comment-editor"],
    "sidebar": ["sidebar", "widget-area", "side-col", "aside", "right-sidebar", "secondary", "sidebar-right",
                "td-pb-span4", "sidebar-wrapper", "side-bar", "col-sidebar", "right-col", "rail", "right-rail",
                "region-sidebar", "sidebar-primary", "aside-content", "sideColumn", "l-sidebar", "theiaStickySidebar",
                "sidebar-inner", "widgets"],
    "widget": ["widget", "side-widget", "block", "box", "panel", "module", "widget-box", "section-box",
               "widget-container", "sidebar-widget", "block-content", "card-box", "td_block_wrap", "jeg_block",
               "widget_block", "module-box", "side-box", "boxed", "portlet", "tile", "unit"],
    "archive": ["archive", "archive-picker", "date-archive", "archive-search", "calendar-search", "news-archive",
                "archive-widget", "archive-form", "archive-box", "archive-date", "search-by-date", "date-search",
                "archiveBox", "archive-filter", "old-news", "date-filter", "archives-dropdown", "pick-date"],
    "calendar": ["calendar", "wp-calendar", "widget-calendar", "cal", "date-picker", "calendar-widget",
                 "calendar_wrap", "mini-calendar", "event-calendar", "calendar-table", "datepicker", "ui-datepicker",
                 "flatpickr-calendar", "calendarBox", "cal-grid", "month-view"],
    "latest": ["latest", "latest-news", "recent-posts", "most-read", "popular", "tab-content", "news-list",
               "recent-news", "popular-posts", "trending", "top-stories", "latest-posts", "post-list", "news-feed",
               "headlines", "widget_recent_entries", "td_block_7", "jeg_postblock", "most-viewed", "latestNews",
               "story-list", "article-list", "news-listing", "feed-list", "teaser-list", "card-list"],
    "related": ["related", "related-posts", "more-news", "read-also", "also-read", "recommended",
                "related-articles", "related-news", "more-stories", "you-may-like", "jp-relatedposts", "yarpp",
                "read-more-list", "more-from", "related-content", "relatedStories", "suggested", "next-read"],
    "footer": ["footer", "site-footer", "footer-area", "bottom", "foot", "page-footer", "main-footer",
               "footer-wrapper", "global-footer", "footer-section", "region-footer", "td-footer-wrapper",
               "footer-widgets", "colophon", "siteFooter", "l-footer", "footer-container", "post-footer-line",
               "bottom-bar", "footer-main"],
    "copyright": ["copyright", "copy", "footer-bottom", "legal", "credits", "site-info", "copyright-text",
                  "footer-copyright", "sub-footer", "bottom-footer", "copyright-area", "footer-legal",
                  "copyrightText", "rights", "site-credit"],
    "ad": ["ad", "ads", "advert", "banner-ad", "sponsor", "adsbygoogle", "ad-slot", "ad-container", "advertisement",
           "ad-wrapper", "ad-unit", "dfp-ad", "ad-box", "gpt-ad", "adv", "promo-banner", "td-a-rec", "ad-space",
           "adSlot", "sponsored", "leaderboard", "mpu", "billboard"],
    "cookie": ["cookie", "cookie-banner", "consent", "gdpr", "cookie-notice", "cookie-consent", "cc-window",
               "cookie-bar", "consent-banner", "cmp-container", "cookieBanner", "privacy-banner", "cookie-law-info-bar",
               "onetrust-banner", "cookie-popup"],
    "newsletter": ["newsletter", "subscribe", "signup", "mailing-list", "newsletter-signup", "subscribe-box",
                   "mc4wp-form", "newsletter-form", "email-signup", "subscription", "nl-box", "newsletterBox",
                   "mailchimp", "optin", "subscribe-widget"],
    "teaser": ["teaser", "card", "news-item", "post-item", "list-item", "story-card", "article-card", "entry-item",
               "media-object", "td_module_flex", "jeg_post", "post-card", "news-card", "item", "story-item",
               "teaser-item", "card-item", "feed-item", "tile-item", "article-teaser", "newsItem", "list-post",
               "grid-item", "news-box", "c-teaser"],
    "pagination": ["pagination", "pager", "page-numbers", "nav-links", "paging", "page-nav", "wp-pagenavi",
                   "pagination-wrap", "paginator", "pages", "page-links", "load-more-wrap", "pageNav"],
    "bio": ["author-bio", "about-author", "author-box", "bio", "author-card", "author-profile", "writer-bio",
            "author-details", "authorBox", "author-description", "about-the-author", "contributor"],
    "search": ["search", "search-form", "searchbox", "search-wrap", "search-bar", "header-search", "site-search",
               "search-field", "searchform", "search-container", "searchBar", "search-toggle", "search-input"],
    "wrap": ["container", "wrapper", "wrap", "inner", "main-wrap", "content-wrap", "row", "container-fluid",
             "page-wrapper", "site", "site-content", "page", "layout", "l-container", "o-wrapper", "grid",
             "outer", "holder", "section", "block-inner", "region", "frame", "shell", "page-container", "body-wrap",
             "td-container", "jeg_container", "inner-wrap", "clearfix", "cf", "pageWrapper", "appContainer"],
    "main": ["main", "main-content", "primary", "content-area", "col-main", "left-col", "site-main", "main-column",
             "content-main", "main-col", "td-main-content", "jeg_main_content", "page-content", "region-content",
             "column-main", "main-section", "l-main", "contentColumn", "main-area", "col-content", "left-column",
             "primary-content"],
    "forum-post": ["post", "message", "thread-post", "postbody", "topic-post", "message-content", "bbp-reply",
                   "post-container", "messageText", "topic-body", "forum-message", "post-row", "entry-post",
                   "discussion-post", "threadPost"],
    "product": ["product", "product-detail", "item", "product-info", "pdp", "product-page", "product-main",
                "product-summary", "summary", "product-description", "item-detail", "product-details",
                "productInfo", "product-content", "product-single", "woocommerce-product-details"],
    "reviews": ["reviews", "customer-reviews", "product-reviews", "ratings", "review-list", "woocommerce-Reviews",
                "reviews-section", "user-reviews", "review-block", "productReviews", "testimonials-list"],
    # look-alikes of polls and comment forms (hard negatives)
    "auth": ["login-form", "auth-modal", "signin", "user-login", "account-box", "modal-login", "register-form",
             "login-box", "sign-in", "auth-form", "account-login", "loginForm", "member-login", "user-panel",
             "signup-form", "registration"],
    "contact": ["contact-form", "contact", "wpcf7", "get-in-touch", "tip-form", "write-to-us", "contact-box",
                "send-tip", "contactForm", "enquiry-form", "feedback-form", "reach-us", "wpforms-container"],
    "filter": ["search-filters", "filter-bar", "facets", "sort-bar", "search-options", "refine", "filters",
               "filter-panel", "sorting", "sort-by", "facet-list", "filterBar", "result-filters", "toolbar-sort"],
    "imprint": ["imprint", "footer-info", "editor-info", "address", "masthead-info", "footer-meta", "colophon",
                "impressum", "editorial-info", "footer-contact", "publisher-info", "footerInfo", "footer-about",
                "office-info", "contact-info"],
    "quicklinks": ["quick-links", "top-links", "header-links", "utility-nav", "toplinks", "service-links",
                   "header-services", "shortcut-links", "quicklinks", "util-links", "topLinks", "secondary-menu"],
    "feedback": ["helpful", "article-feedback", "was-helpful", "rate-article", "reaction", "page-feedback",
                 "helpfulness", "feedback-widget", "reactions", "rate-this", "pageFeedback"],
    "langsel": ["lang-select", "edition-picker", "region-select", "language-switcher", "locale", "lang-switch",
                "language-picker", "wpml-ls", "polylang", "edition-switch", "langSwitcher", "lang-menu",
                "country-select"],
    "modal": ["modal", "popup", "overlay", "dialog", "lightbox", "modal-dialog", "popup-wrap", "mfp-content",
              "fancybox-content", "modal-content", "drawer", "offcanvas", "popupOverlay", "sheet"],
    "btn": ["btn", "button", "link-btn", "cta", "action", "icon-btn", "btn-primary", "button-primary", "c-button",
            "btn-link", "wp-block-button__link", "ghost-btn", "pill", "btnAction", "ui-button"],
    "interview": ["interview", "qa", "q-and-a", "conversation", "talk", "interview-body", "qa-list", "questions",
                  "dialogue", "interviewBlock"],
    # live blogs, data tables and landing pages
    "liveblog": ["liveblog", "live-blog", "live-feed", "live-updates", "live-stream", "timeline", "ticker-feed",
                 "live-coverage", "lb-timeline", "liveFeed", "minute-by-minute", "live-news", "feed", "event-feed",
                 "live-posts", "updates", "stream"],
    "live-entry": ["live-entry", "update", "live-post", "entry", "lb-item", "timeline-item", "feed-item", "post",
                   "live-item", "liveEntry", "event", "update-card", "live-update", "block", "item", "stream-item"],
    "live-time": ["time", "timestamp", "live-time", "entry-time", "lb-time", "update-time", "posted", "clock",
                  "time-label", "liveTime", "meta-time", "when", "stamp"],
    "stats": ["stats", "match-stats", "results-table", "standings", "score-table", "table-data", "data-table",
              "league-table", "statistics", "scoreboard", "matchStats", "tabular", "figures", "results", "fixtures",
              "table-wrap", "table-responsive"],
    "ticker": ["ticker", "market-ticker", "currency", "rates", "exchange-rates", "stock-ticker", "markets",
               "weather", "weather-widget", "forecast", "marquee", "quotes", "forex", "live-scores", "scores",
               "scoreboard", "weatherBox", "tickerTape", "data-strip"],
    "hero": ["hero", "hero-section", "jumbotron", "banner", "masthead-hero", "hero-banner", "intro", "splash",
             "hero__content", "landing-hero", "heroBlock", "page-hero", "cover", "showcase", "lead-section"],
    "feature": ["feature", "features", "feature-block", "feature-item", "benefits", "usp", "feature-grid",
                "features__item", "featureCard", "highlights", "key-features", "section-feature", "capabilities",
                "feature-row", "media-block", "content-block", "text-block"],
    "download": ["download", "downloads", "download-btn", "download-buttons", "get-app", "store-badges",
                 "download-links", "cta-download", "platforms", "platform-list", "downloadButton", "install",
                 "get-started", "app-links", "os-list", "btn-download"],
}
# BEM: a role written as an element of a block ("article-main__body", "site-header__menu",
# "comment-list__item--reply"): role -> (blocks, elements, modifiers).
BEM = {
    "header": (["site-header", "page-header", "masthead", "header", "mainheader", "global-header"],
               ["", "", "inner", "container", "bar"], ["sticky", "dark", "fixed", "compact"]),
    "topbar": (["site-header", "header", "top-bar", "mainheader"], ["top", "upper", "meta", "bar"], ["light", "slim"]),
    "date": (["site-header", "header", "top-bar", "mainheader", "date"], ["date", "today", "date-line", "clock", ""],
             ["bn", "full", "small"]),
    "darkmode": (["theme-toggle", "site-header", "header"], ["", "toggle", "button", "switch"], ["dark", "on"]),
    "logo": (["site-header", "header", "brand", "logo"], ["logo", "brand", "", "title"], ["large", "small"]),
    "menu": (["site-header", "mainheader", "main-nav", "nav", "primary-nav", "menu"], ["menu", "list", "items", ""],
             ["main", "horizontal", "primary", "open"]),
    "nav": (["main-nav", "site-nav", "navigation", "nav", "navbar", "site-header"], ["", "nav", "wrapper", "inner"],
            ["primary", "sticky", "desktop"]),
    "submenu": (["menu", "main-nav", "nav"], ["submenu", "dropdown", "children", "sub"], ["open", "level-2", "mega"]),
    "breadcrumb": (["breadcrumb", "breadcrumbs", "crumbs"], ["", "list", "trail"], ["small", "article"]),
    "article": (["article", "article-main", "story", "post", "entry", "coventry", "news-article", "single"],
                ["", "", "main", "container", "wrapper"], ["full", "news", "default", "single", "live"]),
    "title": (["article", "article-main", "story", "post", "entry", "coventry", "article-header"],
              ["title", "headline", "heading", "hl"], ["large", "main", "xl"]),
    "byline": (["article", "article-main", "story", "post", "entry", "coventry", "article-header"],
               ["meta", "byline", "author", "info", "details"], ["top", "small", "inline"]),
    "body": (["article", "article-main", "story", "post", "entry", "coventry", "news-article", "content"],
             ["body", "text", "content", "copy", "body-text", "main", "prose"], ["full", "rich", "news", "large"]),
    "tags": (["article", "article-main", "story", "post", "entry", "tags"], ["tags", "topics", "keywords", "list"],
             ["inline", "footer"]),
    "share": (["article", "share", "social", "post"], ["share", "social", "buttons", "links", ""], ["top", "bottom"]),
    "poll": (["poll", "poll-widget", "survey", "vote", "opinion-poll"], ["", "", "box", "container", "widget"],
             ["sidebar", "active", "closed", "inline"]),
    "comments": (["comments", "comment-section", "discussion", "article-comments", "comment-list"],
                 ["", "", "area", "wrapper", "list", "section"], ["open", "loaded", "threaded"]),
    "comment": (["comment-list", "comments", "comment", "discussion", "thread"], ["item", "entry", "body", "post"],
                ["reply", "depth-1", "parent", "even", "odd"]),
    "respond": (["comment-form", "comments", "comment-list", "respond", "discussion"], ["form", "reply", "", "write"],
                ["open", "inline"]),
    "sidebar": (["sidebar", "layout", "page", "rail", "aside"], ["", "sidebar", "aside", "right", "secondary"],
                ["right", "sticky", "wide"]),
    "widget": (["widget", "sidebar", "box", "block", "module"], ["", "item", "box", "block", "content"],
               ["default", "bordered", "compact"]),
    "archive": (["archive", "archive-picker", "sidebar", "date-archive"], ["", "form", "picker", "search"],
                ["date", "compact"]),
    "calendar": (["calendar", "widget-calendar", "date-picker", "sidebar"], ["", "table", "grid", "month"],
                 ["small", "current"]),
    "latest": (["latest-news", "news-list", "most-read", "sidebar", "post-list", "feed"], ["list", "items", "", "feed"],
               ["latest", "popular", "compact"]),
    "related": (["related", "related-posts", "article", "more-news", "story"], ["list", "related", "items", ""],
                ["bottom", "grid"]),
    "footer": (["site-footer", "footer", "page-footer", "post-footer", "global-footer"], ["", "", "inner", "main", "line"],
               ["dark", "bottom", "main"]),
    "copyright": (["site-footer", "footer", "post-footer", "global-footer"], ["copyright", "legal", "bottom", "credits"],
                  ["small", "center"]),
    "ad": (["ad", "ad-slot", "advert", "banner", "promo"], ["", "slot", "unit", "container"], ["top", "inline", "mpu"]),
    "cookie": (["cookie-banner", "consent", "cookie-notice", "cc"], ["", "banner", "text", "window"], ["bottom", "visible"]),
    "newsletter": (["newsletter", "signup", "subscribe"], ["", "form", "box"], ["inline", "footer"]),
    "teaser": (["teaser", "card", "news-list", "post-list", "story-card", "feed"], ["", "item", "card", "entry"],
               ["small", "featured", "horizontal", "compact", "lead"]),
    "pagination": (["pagination", "pager", "nav-links"], ["", "list", "links"], ["numbers", "center"]),
    "bio": (["author-box", "author", "bio"], ["", "bio", "about", "card"], ["bottom", "small"]),
    "search": (["search", "site-header", "search-form"], ["", "form", "search", "field"], ["header", "open"]),
    "wrap": (["layout", "page", "site", "container", "grid", "section", "o-layout"], ["", "inner", "wrapper", "row", "item"],
             ["wide", "narrow", "fluid", "full", "boxed"]),
    "main": (["layout", "page", "site", "main", "content"], ["main", "content", "primary", "column", "col"],
             ["wide", "left", "two-col"]),
    "forum-post": (["post", "message", "thread", "topic"], ["", "body", "item", "content"], ["first", "op", "even"]),
    "product": (["product", "pdp", "product-page", "item"], ["", "detail", "info", "summary"], ["single", "simple"]),
    "reviews": (["reviews", "product-reviews", "ratings"], ["", "list", "section"], ["customer", "all"]),
    "liveblog": (["liveblog", "live-blog", "live-feed", "timeline", "live"], ["", "feed", "updates", "list", "stream"],
                 ["active", "latest-first", "sport"]),
    "live-entry": (["liveblog", "live-blog", "live-feed", "timeline", "live"], ["entry", "item", "post", "update"],
                   ["pinned", "key", "latest", "highlight"]),
    "live-time": (["liveblog", "live-blog", "live-entry", "timeline", "update"], ["time", "timestamp", "meta", "aside"],
                  ["relative", "small"]),
    "hero": (["hero", "landing", "page-hero", "home-hero"], ["", "content", "inner", "text"], ["large", "dark", "center"]),
    "feature": (["features", "feature", "landing", "section"], ["item", "", "card", "block", "row"], ["left", "right", "alt"]),
    "download": (["download", "hero", "cta", "platforms"], ["", "buttons", "links", "list", "button"], ["primary", "os"]),
}
CASES = {"kebab": 0.44, "bem": 0.22, "camel": 0.1, "pascal": 0.06, "module": 0.1, "snake": 0.08}
# Generic tokens that real wrappers carry beside (or instead of) a meaningful one: layout, state and script hooks.
GENERIC = ["layout", "section", "container", "container-fluid", "row", "clearfix", "wrapper", "inner", "grid",
           "is-active", "is-visible", "is-sticky", "is-loaded", "is-open", "has-shadow", "has-border", "has-bg",
           "has-image", "js-lazy", "js-toggle", "js-sticky", "js-tabs", "js-track", "u-clearfix", "l-grid",
           "o-container", "mb-4", "py-3", "col-12", "d-flex", "flex-row", "cf", "bg-light", "text-left", "full-width",
           "no-gutters", "hidden-print", "block", "box", "region", "theme-light", "lazyload"]
# ... and tokens that name a role the wrapper is not ("js-article-body" around comments, "has-sidebar" on <main>).
MISLEADING = ["js-article-body", "js-post", "has-sidebar", "has-comments", "is-article", "section--content",
              "layout--article", "content", "post", "entry", "main-content", "story", "js-comments", "has-poll",
              "js-nav", "is-home", "page-content", "article-wrap", "layout--sidebar", "content-area",
              "js-content", "is-single", "has-date"]
# The substrings the corpus test counts as label hints: hint-less namings must never write them.
_HINT_WORDS = ("poll", "vote", "comment", "reply", "respond", "calendar", "archive", "date", "today", "nav", "menu",
               "article", "content", "post", "entry", "story", "footer", "header", "sidebar")
GENERIC_SAFE = [g for g in GENERIC if not any(h in g for h in _HINT_WORDS)]
PREFIXES = ["td-", "jeg_", "tie-", "sp-", "elementor-", "wp-block-", "mvp-", "nw-", "bd-", "np-", "c-", "o-", "l-",
            "penci-", "tdb-", "uk-", "ast-", "gp-", "herald-", "g1-", "bs-", "vc_", "et_pb_", "ct-", "nv-"]
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
# Interface words of live blogs, sports tables and landing pages, as sites in each language write them (a lexicon's
# own ``ui`` entry of the same key wins). Order: see EXTRA_KEYS.
EXTRA_KEYS = ("live_updates", "learn_more", "download", "preview", "free_trial", "looking_for", "features", "team",
              "played", "won", "drawn", "lost", "points", "possession", "shots", "shots_on_target", "corners", "fouls",
              "yellow_cards", "key_event", "half_time", "full_time")
_EXTRA = {
    "en": "Live updates|Learn more|Download|Watch the demo|Try it free|What are you looking for?|Features|Team|P|W|D|L|"
          "Pts|Possession|Shots|Shots on target|Corners|Fouls|Yellow cards|Key event|Half-time|Full-time",
    "bn": "লাইভ আপডেট|আরও জানুন|ডাউনলোড|ডেমো দেখুন|বিনামূল্যে ব্যবহার করুন|আপনি কী খুঁজছেন?|বৈশিষ্ট্য|দল|ম্যাচ|জয়|ড্র|"
          "হার|পয়েন্ট|বল দখল|শট|লক্ষ্যে শট|কর্নার|ফাউল|হলুদ কার্ড|গুরুত্বপূর্ণ মুহূর্ত|বিরতি|খেলা শেষ",
    "hi": "लाइव अपडेट|और जानें|डाउनलोड करें|डेमो देखें|मुफ़्त में आज़माएँ|आप क्या ढूंढ रहे हैं?|विशेषताएँ|टीम|मैच|जीत|ड्रॉ|"
          "हार|अंक|गेंद पर कब्ज़ा|शॉट|निशाने पर शॉट|कॉर्नर|फ़ाउल|पीले कार्ड|अहम पल|हाफ़ टाइम|फ़ुल टाइम",
    "ur": "لائیو اپ ڈیٹس|مزید جانیں|ڈاؤن لوڈ کریں|ڈیمو دیکھیں|مفت آزمائیں|آپ کیا تلاش کر رہے ہیں؟|خصوصیات|ٹیم|میچ|جیت|"
          "ڈرا|ہار|پوائنٹس|گیند پر قبضہ|شاٹس|ہدف پر شاٹس|کارنر|فاؤل|پیلے کارڈ|اہم لمحہ|ہاف ٹائم|فل ٹائم",
    "ar": "تغطية مباشرة|اعرف المزيد|تنزيل|شاهد العرض التوضيحي|جرّبه مجانًا|عمّ تبحث؟|المزايا|الفريق|لعب|فوز|تعادل|خسارة|"
          "النقاط|الاستحواذ|التسديدات|تسديدات على المرمى|الركنيات|الأخطاء|البطاقات الصفراء|لحظة حاسمة|بين الشوطين|"
          "نهاية المباراة",
    "fa": "پوشش زنده|بیشتر بدانید|دانلود|مشاهده دمو|رایگان امتحان کنید|دنبال چه هستید؟|ویژگی‌ها|تیم|بازی|برد|مساوی|باخت|"
          "امتیاز|مالکیت توپ|شوت|شوت در چارچوب|کرنر|خطا|کارت زرد|لحظه کلیدی|پایان نیمه اول|پایان بازی",
    "de": "Liveticker|Mehr erfahren|Herunterladen|Demo ansehen|Kostenlos testen|Wonach suchen Sie?|Funktionen|Mannschaft|"
          "Sp.|S|U|N|Pkt.|Ballbesitz|Torschüsse|Schüsse aufs Tor|Ecken|Fouls|Gelbe Karten|Schlüsselmoment|Halbzeit|"
          "Abpfiff",
    "fr": "En direct|En savoir plus|Télécharger|Voir la démo|Essai gratuit|Que recherchez-vous ?|Fonctionnalités|Équipe|J|"
          "G|N|P|Pts|Possession|Tirs|Tirs cadrés|Corners|Fautes|Cartons jaunes|Moment clé|Mi-temps|Fin du match",
    "es": "Directo|Más información|Descargar|Ver la demo|Pruébalo gratis|¿Qué estás buscando?|Funciones|Equipo|PJ|G|E|P|"
          "Pts|Posesión|Tiros|Tiros a puerta|Córners|Faltas|Tarjetas amarillas|Momento clave|Descanso|Final del partido",
    "it": "Diretta|Scopri di più|Scarica|Guarda la demo|Provalo gratis|Cosa stai cercando?|Funzionalità|Squadra|G|V|N|P|"
          "Pt|Possesso palla|Tiri|Tiri in porta|Calci d'angolo|Falli|Ammonizioni|Momento chiave|Intervallo|"
          "Fischio finale",
    "pt": "Ao vivo|Saiba mais|Baixar|Ver demonstração|Teste grátis|O que você está procurando?|Recursos|Time|J|V|E|D|Pts|"
          "Posse de bola|Finalizações|Chutes no gol|Escanteios|Faltas|Cartões amarelos|Lance decisivo|Intervalo|"
          "Fim de jogo",
    "pl": "Relacja na żywo|Dowiedz się więcej|Pobierz|Zobacz demo|Wypróbuj za darmo|Czego szukasz?|Funkcje|Drużyna|M|Z|R|"
          "P|Pkt|Posiadanie piłki|Strzały|Strzały celne|Rzuty rożne|Faule|Żółte kartki|Kluczowy moment|Przerwa|"
          "Koniec meczu",
    "ru": "Онлайн-трансляция|Подробнее|Скачать|Смотреть демо|Попробовать бесплатно|Что вы ищете?|Возможности|Команда|И|"
          "В|Н|П|О|Владение мячом|Удары|Удары в створ|Угловые|Фолы|Жёлтые карточки|Ключевой момент|Перерыв|"
          "Финальный свисток",
    "tr": "Canlı anlatım|Daha fazla bilgi|İndir|Demoyu izle|Ücretsiz deneyin|Ne arıyorsunuz?|Özellikler|Takım|O|G|B|M|P|"
          "Topla oynama|Şut|İsabetli şut|Korner|Faul|Sarı kart|Kritik an|Devre arası|Maç sonu",
    "id": "Update langsung|Pelajari lebih lanjut|Unduh|Lihat demo|Coba gratis|Apa yang Anda cari?|Fitur|Tim|Main|M|S|K|"
          "Poin|Penguasaan bola|Tembakan|Tembakan tepat sasaran|Sepak pojok|Pelanggaran|Kartu kuning|Momen penting|"
          "Turun minum|Laga usai",
    "ja": "ライブ速報|詳しく見る|ダウンロード|デモを見る|無料で試す|何をお探しですか？|主な機能|チーム|試合|勝|分|敗|勝点|"
          "ボール支配率|シュート|枠内シュート|コーナーキック|ファウル|イエローカード|注目の場面|ハーフタイム|試合終了",
    "ko": "실시간 업데이트|자세히 보기|다운로드|데모 보기|무료로 사용해 보기|무엇을 찾고 계신가요?|주요 기능|팀|경기|승|무|패|"
          "승점|점유율|슈팅|유효 슈팅|코너킥|파울|경고|주요 장면|전반 종료|경기 종료",
    "uk": "Онлайн-трансляція|Детальніше|Завантажити|Переглянути демо|Спробувати безкоштовно|Що ви шукаєте?|"
          "Можливості|Команда|І|В|Н|П|О|Володіння м'ячем|Удари|Удари у ствір|Кутові|Фоли|Жовті картки|"
          "Ключовий момент|Перерва|Фінальний свисток",
    "he": "עדכונים חיים|למידע נוסף|הורדה|צפו בהדגמה|נסו בחינם|מה אתם מחפשים?|תכונות|קבוצה|מש'|נ'|ת'|ה'|נק'|"
          "החזקת כדור|בעיטות|בעיטות למסגרת|קרנות|עבירות|כרטיסים צהובים|רגע מפתח|מחצית|סיום המשחק",
    "zh": "实时更新|了解更多|下载|观看演示|免费试用|您在找什么？|功能特点|球队|场次|胜|平|负|积分|控球率|射门|射正|角球|犯规|"
          "黄牌|关键时刻|中场休息|全场结束",
}


def _ui_table(keys: tuple[str, ...], table: dict[str, str]) -> dict[str, dict[str, str]]:
    """Per language, its "|"-separated strings by key."""
    parts = {lang: text.split("|") for lang, text in table.items()}
    bad = [lang for lang, strings in parts.items() if len(strings) != len(keys)]
    if bad:
        raise ValueError(f"interface strings: {bad} do not have {len(keys)} entries")
    return {lang: dict(zip(keys, strings)) for lang, strings in parts.items()}


EXTRA_UI = _ui_table(EXTRA_KEYS, _EXTRA)
# Comment sections that show no comments (a button, a loading line, closed, a policy line, a forum link), as sites
# in each language write them. Order: see STUB_KEYS.
STUB_KEYS = ("show_comments", "comments_loading", "comments_disabled", "comment_policy", "discuss_forum")
_STUB = {
    "en": "Show comments|Loading comments…|Commenting is temporarily disabled.|"
          "Before commenting, please read our community guidelines.|Join the discussion in our forum",
    "bn": "মন্তব্য দেখুন|মন্তব্য লোড হচ্ছে…|মন্তব্য করা সাময়িকভাবে বন্ধ আছে।|মন্তব্য করার আগে আমাদের মন্তব্য নীতিমালা পড়ুন।|"
          "আমাদের ফোরামে আলোচনায় যোগ দিন",
    "hi": "टिप्पणियाँ देखें|टिप्पणियाँ लोड हो रही हैं…|टिप्पणी करना अस्थायी रूप से बंद है।|"
          "टिप्पणी करने से पहले हमारी टिप्पणी नीति पढ़ें।|हमारे फ़ोरम में चर्चा से जुड़ें",
    "ur": "تبصرے دیکھیں|تبصرے لوڈ ہو رہے ہیں…|تبصرہ کرنا عارضی طور پر بند ہے۔|تبصرہ کرنے سے پہلے ہماری تبصرہ پالیسی پڑھیں۔|"
          "ہمارے فورم میں بحث میں شامل ہوں",
    "ar": "عرض التعليقات|جارٍ تحميل التعليقات…|التعليقات معطلة مؤقتًا.|يرجى قراءة سياسة التعليقات قبل التعليق.|"
          "شارك في النقاش في منتدانا",
    "fa": "نمایش نظرات|در حال بارگذاری نظرات…|ارسال نظر موقتاً غیرفعال است.|لطفاً پیش از ارسال نظر، قوانین ارسال نظر را بخوانید.|"
          "در انجمن ما به گفت‌وگو بپیوندید",
    "de": "Kommentare anzeigen|Kommentare werden geladen …|Die Kommentarfunktion ist vorübergehend deaktiviert.|"
          "Bitte beachten Sie vor dem Kommentieren unsere Netiquette.|Zur Diskussion im Forum",
    "fr": "Afficher les commentaires|Chargement des commentaires…|Les commentaires sont temporairement désactivés.|"
          "Merci de lire notre charte de modération avant de commenter.|Rejoignez la discussion sur notre forum",
    "es": "Ver comentarios|Cargando comentarios…|Los comentarios están desactivados temporalmente.|"
          "Lea nuestras normas de participación antes de comentar.|Participa en el debate de nuestro foro",
    "it": "Mostra i commenti|Caricamento dei commenti…|I commenti sono temporaneamente disattivati.|"
          "Leggi la nostra policy sui commenti prima di commentare.|Partecipa alla discussione nel forum",
    "pt": "Ver comentários|Carregando comentários…|Os comentários estão temporariamente desativados.|"
          "Leia nossa política de comentários antes de comentar.|Participe da discussão no fórum",
    "pl": "Pokaż komentarze|Wczytywanie komentarzy…|Komentowanie jest tymczasowo wyłączone.|"
          "Przed dodaniem komentarza zapoznaj się z regulaminem.|Dołącz do dyskusji na forum",
    "ru": "Показать комментарии|Загрузка комментариев…|Комментарии к этой статье временно закрыты.|"
          "Перед тем как оставить комментарий, ознакомьтесь с правилами.|Обсудить на форуме",
    "tr": "Yorumları göster|Yorumlar yükleniyor…|Yorumlar geçici olarak kapatılmıştır.|"
          "Yorum yapmadan önce lütfen yorum kurallarımızı okuyun.|Forumumuzdaki tartışmaya katılın",
    "id": "Lihat komentar|Memuat komentar…|Komentar dinonaktifkan sementara.|"
          "Baca kebijakan komentar kami sebelum berkomentar.|Ikut berdiskusi di forum kami",
    "ja": "コメントを表示|コメントを読み込み中…|コメント機能は一時的に停止しています。|"
          "コメントする前にコメントポリシーをお読みください。|フォーラムで話し合う",
    "ko": "댓글 보기|댓글을 불러오는 중…|댓글 작성이 일시적으로 중단되었습니다.|댓글을 작성하기 전에 댓글 정책을 읽어 주세요.|"
          "포럼에서 토론하기",
    "uk": "Показати коментарі|Завантаження коментарів…|Коментування тимчасово вимкнено.|"
          "Перш ніж коментувати, ознайомтеся з правилами.|Обговорити на форумі",
    "he": "הצגת תגובות|טוען תגובות…|התגובות מושבתות זמנית.|אנא קראו את מדיניות התגובות לפני שאתם מגיבים.|"
          "הצטרפו לדיון בפורום",
    "zh": "查看评论|正在加载评论…|评论功能暂时关闭。|发表评论前请阅读我们的评论规则。|到论坛参与讨论",
    "el": "Εμφάνιση σχολίων|Φόρτωση σχολίων…|Ο σχολιασμός είναι προσωρινά απενεργοποιημένος.|"
          "Διαβάστε την πολιτική σχολίων πριν σχολιάσετε.|Συζητήστε στο φόρουμ μας",
    "hy": "Ցույց տալ մեկնաբանությունները|Մեկնաբանությունները բեռնվում են…|Մեկնաբանելը ժամանակավորապես անջատված է։|"
          "Մեկնաբանելուց առաջ կարդացեք մեր կանոնները։|Քննարկեք մեր ֆորումում",
    "ta": "கருத்துகளைக் காட்டு|கருத்துகள் ஏற்றப்படுகின்றன…|கருத்து தெரிவிப்பது தற்காலிகமாக முடக்கப்பட்டுள்ளது.|"
          "கருத்து தெரிவிக்கும் முன் எங்கள் கருத்துக் கொள்கையைப் படிக்கவும்.|எங்கள் மன்றத்தில் விவாதிக்கவும்",
    "th": "ดูความคิดเห็น|กำลังโหลดความคิดเห็น…|ปิดการแสดงความคิดเห็นชั่วคราว|"
          "โปรดอ่านนโยบายการแสดงความคิดเห็นก่อนแสดงความคิดเห็น|ร่วมพูดคุยในฟอรัมของเรา",
}
STUB_UI = _ui_table(STUB_KEYS, _STUB)
PLATFORMS = ["Windows", "macOS", "Linux", "Android", "iOS", "iPadOS", "ChromeOS", "Web"]
CURRENCIES = ["USD", "EUR", "GBP", "JPY", "CNY", "INR", "SAR", "AED", "CHF", "CAD", "AUD", "RUB", "TRY", "BDT", "PKR",
              "IRR", "KRW", "IDR", "BRL", "PLN"]
DECOR_ROLES = {"wrap", "main", "sidebar", "widget", "header", "footer", "article", "body", "comments", "poll", "latest",
               "teaser", "nav", "liveblog", "hero", "feature", "stats", "ticker"}
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


_SENTENCE_END = re.compile(r"(?<=[.!?।。！？؟])\s+")
_CLAUSE_END = re.compile(r"[.!?।。！？؟،,;]")


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
        self.ids_name_parts = self.use_ids and self.naming != "bare"  # the bare naming's ids are neutral codes
        # class vocabulary and convention from their own stream, so the rest of the design does not depend on them
        vr = random.Random(f"{seed}-site-{number}-vocab")
        self.vocab = {role: vr.choice(words) for role, words in VOCAB.items()}
        # how the site writes its class names: kebab-case as listed, BEM, camelCase, PascalCase, CSS modules, snake
        self.case = _pick(vr, CASES) if self.naming in ("semantic", "prefixed", "mixed") else "kebab"
        self.decor = vr.choice([0.0, 0.15, 0.35, 0.6]) if self.naming != "bare" else 0.0
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
        # Live blogs, data tables and landing pages, from their own stream (the choices above stay as they were).
        xr = random.Random(f"{seed}-site-{number}-extra")
        self.p.update({
            "liveblog": xr.choice([0.0, 0.08, 0.15, 0.3]) if news else 0.0,
            "sports_table": xr.choice([0.04, 0.1, 0.25]) if self.kind in ("news", "blog") else 0.02,
            "ticker_strip": xr.choice([0.0, 0.15, 0.4]) if news else xr.choice([0.0, 0.05]),
            "side_table": xr.choice([0.1, 0.3, 0.5]) if news else 0.1,
            "landing": xr.choice([0.25, 0.4, 0.6]) if self.kind in ("shop", "inst") else 0.0,
            "menu_survey": xr.choice([0.0, 0.2, 0.5]) if self.kind in ("shop", "inst") else 0.02,
        })
        self.live_time_style = xr.choice(["aside", "header", "span", "relative", "strong", "time"])
        self.live_feed_tag = xr.choice(["div", "section", "ol", "ul", "div"])
        self.live_newest_first = xr.random() < 0.8
        self.landing_style = xr.choice(["sections", "grid", "alternating"])
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
            return self.styled(role, r)
        if naming == "prefixed":
            return " ".join(self.prefix + c if not c.startswith(self.prefix) else c
                            for c in self.styled(role, r).split())
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

    def styled(self, role: str, r: random.Random) -> str:
        """The role's class in the site's convention; sometimes two synonyms or a BEM modifier beside it."""
        word = self.vocab.get(role, role)
        case = self.case
        if case == "bem" and role in BEM:
            blocks, elements, mods = BEM[role]
            block = random.Random(_h(self.id, "bem", blocks[0])).choice(blocks)
            elem = r.choice(elements)
            base = f"{block}__{elem}" if elem else block
            x = r.random()
            if x < 0.25:
                return f"{base} {base}--{r.choice(mods)}"
            if x < 0.35:
                return f"{base}--{r.choice(mods)}"
            if x < 0.5:
                return f"{base} {word}"
            return base
        out = [_case(word, case, self.id, role)]
        if r.random() < 0.22:  # two synonyms on one element ("article-body article-text")
            other = r.choice(VOCAB.get(role, [word]))
            if other != word:
                out.append(_case(other, case if r.random() < 0.7 else "kebab", self.id, role + "2"))
        if r.random() < 0.1:
            out.insert(0, "js-" + _case(word, "kebab", self.id, role))
        return " ".join(dict.fromkeys(out))

    def ident(self, role: str) -> str | None:
        if not self.use_ids or role not in ("header", "footer", "comments", "respond", "poll", "sidebar",
                                            "archive", "calendar", "nav"):
            return None
        return self.prefix.rstrip("-_") + ("-" if self.prefix else "") + self.vocab.get(role, role) \
            if self.ids_name_parts else f"{role[:3]}{int(_h(self.id, role)[:3], 16)}"


_NOT_IN_P = frozenset("div p ul ol table section form h1 h2 h3 h4 h5 h6 dl address figure fieldset aside blockquote "
                      "footer header nav article main dialog".split())


def _words(word: str) -> list[str]:
    """The lower-case words of a class name in any convention ("articleBody", "td_block_wrap", "article-text")."""
    word = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", word)
    return [w.lower() for w in re.split(r"[-_\s]+", word) if w]


def _case(word: str, case: str, *salt: str) -> str:
    """``word`` written in a naming convention; kebab keeps it as CMSs spell it."""
    parts = _words(word)
    if case == "kebab" or not parts:
        return word
    camel = parts[0] + "".join(p.title() for p in parts[1:])
    pascal = "".join(p.title() for p in parts)
    if case == "camel":
        return camel
    if case == "pascal":
        return pascal
    if case == "snake":
        return "_".join(parts)
    if case == "module":  # CSS modules as bundlers name them: "ArticleBody_body__3xYz1", "styles_articleBody__a81kf"
        code = _h(word, *salt)
        tail = code[:5] if int(code[5], 16) % 2 else code[:5].upper()
        return [f"{pascal}_{parts[-1]}__{tail}", f"styles_{camel}__{tail}", f"{pascal}-module--{camel}--{tail}",
                f"{camel}_{tail}"][int(code[6], 16) % 4]
    return word


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
        self.drng = random.Random(f"{seed}-decor-{site.number}-{number}")  # class decorations only
        self.xrng = random.Random(f"{seed}-extra-{site.number}-{number}")  # live blogs, data tables, landing pages
        self.trng = random.Random(f"{seed}-reviews-{site.number}-{number}")  # review layouts
        self.srng = random.Random(f"{seed}-stubs-{site.number}-{number}")  # comment stubs and toolbar counts
        # how often this site's comment section shows no comments at all (a button, a plug-in placeholder)
        self.stub_share = random.Random(f"{seed}-stubs-site-{site.number}").choice([0.0, 0.0, 0.15, 0.7])

    # -- small helpers ------------------------------------------------------------------------------------
    def num(self, value: object) -> str:
        text = str(value)
        return local_digits(text, self.lang) if self.site.digits else text

    def t(self, key: str, **kw: object) -> str:
        text = self.ui.get(key) or self.lex["ui"].get(key) or key
        for k, v in kw.items():
            text = text.replace("{" + k + "}", self.num(v) if k in ("n", "year") else str(v))
        return text

    def tx(self, key: str) -> str:
        """An interface word of live blogs, sports tables and landing pages (the lexicon's own, if it has one)."""
        return (self.ui.get(key) or self.lex["ui"].get(key) or EXTRA_UI.get(self.lang, EXTRA_UI["en"])[key])

    def el(self, parent: etree._Element | None, tag: str, text: str | None = None, role: str | None = None,
           label: str | None = None, **attrs: str) -> etree._Element:
        if parent is not None and parent.tag == "p" and tag in _NOT_IN_P:  # a parser would close the <p>
            tag = "span"
        if tag == "form" and self.no_forms:  # an ASP.NET page is one big form: forms inside it are divs
            tag = "div"
            attrs = {k: v for k, v in attrs.items() if k not in ("action", "method")}
        node = etree.SubElement(parent, tag) if parent is not None else etree.Element(tag)
        cls = self.site.cls(role) if role else None
        if role in DECOR_ROLES and self.drng.random() < self.site.decor:
            cls = self.decorate(cls, role)
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

    def decorate(self, cls: str | None, role: str) -> str | None:
        """Generic tokens beside the role's class (layout, state, script hooks), sometimes misleading ones on
        wrappers ("js-article-body" around the comments too), so that no single token gives a label away."""
        r, naming = self.drng, self.site.naming
        if naming in HINTLESS:
            extra = [r.choice(GENERIC_SAFE)]
        else:
            extra = r.sample(GENERIC, r.randint(1, 2))
            if role in ("wrap", "main", "sidebar", "widget") and r.random() < 0.4:
                extra.append(r.choice(MISLEADING))
        tokens = (cls or "").split()
        for tok in extra:
            if tok not in tokens:
                if r.random() < 0.4:
                    tokens.insert(r.randint(0, len(tokens)), tok)
                else:
                    tokens.append(tok)
        return " ".join(tokens) or None

    def body_class(self, page_kind: str) -> str | None:
        """CMS body classes (WordPress, Drupal, themes): they sit on every page element's ancestor."""
        r, site = self.drng, self.site
        if site.naming in HINTLESS or r.random() < 0.4:
            return None
        pid = str(r.randint(100, 99999))
        sets = {
            "article": [f"single single-post postid-{pid} single-format-standard", "page-node-type-article path-node",
                        "article-page is-article", f"post-template-default single postid-{pid}", "template-article",
                        "news-detail-page", "page-article has-sidebar"],
            "listing": ["home blog", "category archive", "page-section is-home", "front-page", "listing-page",
                        "section-page has-sidebar"],
            "forum": ["forum-page thread-view", "bbpress single-topic", "page-topic"],
            "product": ["single-product woocommerce", "product-page", "pdp-page"],
            "multi": ["home blog", "blog-page paged"], "landing": ["page-template-landing page", "landing-page",
                                                                   "home page-home", "product-landing"],
        }
        out = r.choice(sets.get(page_kind, ["page"]))
        if r.random() < 0.5:
            out += " " + " ".join(r.sample(GENERIC, 1) + r.sample(MISLEADING, 1))
        return out

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
        if self.lang in ("ar", "fa", "ur", "he"):
            root.set("dir", "rtl")
        head = self.el(root, "head")
        self.el(head, "meta", charset="utf-8")
        page_kind = self.page_kind()
        self.article = None if page_kind in ("listing",) else self.choose_article(page_kind)
        self.live = page_kind == "article" and self.article.get("kind") not in ("inst", "short") \
            and self.xrng.random() < site.p["liveblog"]
        title = self.article["headline"] if self.article else site.name
        if page_kind == "landing":
            self.landing_content = self.choose_landing()
            title = self.landing_content["title"]
        self.el(head, "title", f"{title} | {site.name}")
        self.el(head, "style", "body{margin:0;font-family:sans-serif}.x{display:flex}")
        if r.random() < 0.5:
            self.el(head, "script", json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                                                 "headline": title, "datePublished": self.date.isoformat()},
                                                ensure_ascii=False), type="application/ld+json")
        body = self.el(root, "body", role=None)
        body_cls = self.body_class(page_kind)
        if body_cls:
            body.set("class", body_cls)
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
        elif page_kind == "landing":
            self.landing(main_col)
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
            kind_ = "listing" if r.random() < 0.2 else "product"
            return "landing" if kind_ == "product" and self.xrng.random() < self.site.p["landing"] else kind_
        kind_ = "listing" if r.random() < 0.15 else "article"
        return "landing" if kind_ == "article" and self.xrng.random() < self.site.p["landing"] else kind_

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
            if self.xrng.random() < site.p["menu_survey"]:
                self.menu_survey(ul)
        elif style == "links":
            box = self.el(nav, "div", role="menu")
            for s in [self.t("home")] + sections:
                self.link(box, s)
            if self.xrng.random() < site.p["menu_survey"]:
                self.menu_survey(box)
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
        if self.xrng.random() < site.p["ticker_strip"]:  # market, weather or score strip under the menu: other
            self.ticker_table(body, place="strip")
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
            self.el(cell, "input", type="checkbox", name=name)
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
                for part in _SENTENCE_END.split(ans) if r.random() < 0.3 else [ans]:
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
        return self.recut(paras, cut=0.3, merge=0.15)

    def recut(self, paras: list[str], cut: float, merge: float = 0.0) -> list[str]:
        """Paragraphs cut in two at a sentence end (chance ``cut``) or joined to the one before (``merge``)."""
        r = self.rng
        out: list[str] = []
        for p in paras:
            sents = _SENTENCE_END.split(p)
            if len(sents) > 2 and r.random() < cut:
                at = r.randint(1, len(sents) - 1)
                out += [" ".join(sents[:at]), " ".join(sents[at:])]
            elif merge and out and r.random() < merge:
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
        if self.live:
            self.interview = False
            self.live_blog(box, art)
        else:
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
                sent = _SENTENCE_END.split(paras[i - 1])[0]
                words = sent.split()
                head = self.el(body, sub_tag, " ".join(words[: r.randint(2, 6)]) if len(words) > 3 else sent)
                if sub_tag == "p":
                    head.text = None
                    self.el(head, "strong", " ".join(words[: r.randint(2, 6)]) or sent)
            if full and i == 2 and r.random() < 0.2:
                ul = self.el(body, "ul")
                for sent in _SENTENCE_END.split(p)[:4]:
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
            if full and i == 2 and self.xrng.random() < self.site.p["sports_table"] * (
                    3 if art.get("topic") in ("sport", "sports") else 1):
                self.sports_table(body)
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

    # -- live blogs -----------------------------------------------------------------------------------------
    def live_blog(self, box: etree._Element, art: dict) -> None:
        """A live blog: the article's headline and byline, then a long feed of timestamped entries (times in an
        aside or header, a bold headline, a score line, the text; now and then a promo line, which is other, or an
        embedded poll, which stays poll). The whole feed is the page's main content: article, not comments (no
        authors, no reply links, no avatars)."""
        r, site = self.rng, self.site
        self.has.add("live_blog")
        inner = self.wrap(box)
        badge = self.el(inner, r.choice(["span", "div", "p", "strong"]),
                        r.choice(["● ", "🔴 ", "", ""]) + r.choice([self.t("live"), self.tx("live_updates")]))
        h1 = self.el(inner, "h1", role="title")
        h1.text = art["headline"] if r.random() < 0.6 else f"{self.t('live')}: {art['headline']}"
        if r.random() < 0.3:
            inner.remove(badge)
            inner.insert(inner.index(h1) + 1, badge)
        meta = self.el(inner, "div", role="byline")
        if r.random() < 0.5:
            self.el(meta, "span", r.choice([self.t("staff_reporter"), f"{self.t('by')} {self.pick('person_names')[0]}"]))
        self.dateline(meta)
        if art.get("standfirst") and r.random() < 0.8:
            self.el(inner, "p", art["standfirst"])
        paras = self.paragraphs(art)
        sport = art.get("topic") in ("sport", "sports", "football", "cricket") or r.random() < 0.25
        teams = self.pick("cities", 2)
        if r.random() < 0.35:  # key points above the feed
            ul = self.el(inner, "ul")
            for p in paras[:r.randint(2, 4)]:
                self.el(ul, "li", _SENTENCE_END.split(p)[0])
        if sport and r.random() < 0.5:
            score = self.el(inner, r.choice(["div", "p", "h2"]))
            score.text = f"{teams[0]} {self.num(r.randint(0, 4))}–{self.num(r.randint(0, 4))} {teams[1]}"
        feed = self.el(inner, site.live_feed_tag, role="liveblog")
        texts = self.recut(paras, cut=0.6)
        while len(texts) < 8:  # a long feed: earlier updates from another story of the day
            texts += self.paragraphs(r.choice(self.lex["articles"]))[: 8 - len(texts)]
        when = dt.datetime.combine(self.date, self.time)
        stamps = []
        for _ in texts:
            stamps.append(when)
            when -= dt.timedelta(minutes=r.randint(2, 40))
        order = list(zip(stamps, texts)) if site.live_newest_first else list(zip(reversed(stamps), texts))
        poll_at = r.randrange(2, len(order)) if r.random() < 0.18 else -1
        promo_at = r.randrange(1, len(order)) if r.random() < 0.3 else -1
        for k, (stamp, text) in enumerate(order):
            item_tag = "li" if feed.tag in ("ol", "ul") else r.choice(["div", "article", "div", "section"])
            item = self.el(feed, item_tag, role="live-entry")
            self.live_time(item, stamp, k)
            body = item if r.random() < 0.6 else self.el(item, "div", role="body")
            if r.random() < 0.15:
                self.el(body, r.choice(["span", "strong"]), self.tx("key_event"))
            sents = _SENTENCE_END.split(text)
            if len(sents) > 1 and r.random() < 0.35:  # the entry's first sentence as its bold headline
                self.el(body, r.choice(["strong", "h3", "h4", "b", "h2"]), sents[0])
                text = " ".join(sents[1:])
            elif r.random() < 0.1 and art.get("subheading"):
                self.el(body, r.choice(["strong", "h3", "h4"]), art["subheading"])
            if sport and r.random() < 0.3:
                line = self.el(body, r.choice(["p", "div", "strong"]))
                a, b = r.randint(0, 4), r.randint(0, 4)
                mark = r.choice(["", f" ({self.tx('half_time')})", f" ({self.tx('full_time')})", f" {r.randint(1, 90)}'"])
                line.text = f"{teams[0]} {self.num(a)}–{self.num(b)} {teams[1]}{mark}"
            self.el(body, "p", text)
            if sport and k == 2 and r.random() < 0.4:
                self.sports_table(body, teams)
            if r.random() < 0.08:
                fig = self.el(body, "figure")
                self.el(fig, "img", src=f"/live/{k}.jpg", alt="")
                self.el(fig, "figcaption", art.get("caption") or art["headline"])
            if k == promo_at:  # a promo line inside the feed: other
                promo = self.el(body, r.choice(["p", "div", "aside"]), label="other", role="ad")
                if r.random() < 0.5:
                    promo.text = self.t("download_app")
                    self.link(promo, r.choice(["Google Play", "App Store"]))
                else:
                    promo.text = self.pick("ads")[0]
            if k == poll_at:  # an embedded poll entry: poll
                self.poll(body)
            if r.random() < 0.1:
                self.el(item, r.choice(["a", "button"]), self.t(r.choice(["share", "copy_link"])), label="other",
                        **({"href": "#"} if r.random() < 0.5 else {}))
        if r.random() < 0.5:
            more = self.el(box, r.choice(["button", "a", "div"]), self.t(r.choice(["load_more", "show_more"])),
                           label="navigation")
            if more.tag == "a":
                more.set("href", "?page=2")

    def live_time(self, item: etree._Element, stamp: dt.datetime, k: int) -> None:
        """An entry's time: "19:05" or "5 min ago", in an aside, a header, a time element or a span."""
        r, style = self.rng, self.site.live_time_style
        minutes = int((dt.datetime.combine(self.date, self.time) - stamp).total_seconds() // 60)
        if style == "relative" and minutes < 60 * 5:
            text = self.t("minutes_ago", n=max(1, minutes)) if minutes < 60 else self.t("hours_ago", n=minutes // 60)
        elif r.random() < 0.5:
            text = self.num(f"{stamp.hour:02d}:{stamp.minute:02d}")
        else:
            text = self.fmt_time(stamp.time())
        if style == "aside":
            holder = self.el(item, "aside", role="live-time")
            node = self.el(holder, r.choice(["time", "span"]), text)
        elif style == "header":
            holder = self.el(item, "header")
            node = self.el(holder, "time", text, role="live-time")
        else:
            node = self.el(item, {"strong": "strong", "time": "time"}.get(style, "span"), text, role="live-time")
        if node.tag == "time":
            node.set("datetime", stamp.isoformat(timespec="minutes"))

    # -- tables of figures: in the article (article) and outside it (other) -----------------------------------
    def sports_table(self, parent: etree._Element, teams: list[str] | None = None) -> None:
        """Results, match statistics or a league table inside an article: article text, not a calendar."""
        r = self.rng
        self.has.add("sports_table")
        kind = r.choice(["results", "stats", "standings", "standings"])
        table = self.el(parent, "table", role="stats" if r.random() < 0.4 else None)
        if r.random() < 0.3:
            self.el(table, "caption", r.choice(self.lex["sections"]) if kind != "stats" else self.t("live"))
        if kind == "results":
            names = self.pick("cities", 2 * r.randint(3, 6))
            for a, b in zip(names[::2], names[1::2]):
                tr = self.el(table, "tr")
                if r.random() < 0.4:
                    self.el(tr, "td", self.fmt_date(self.date - dt.timedelta(days=r.randint(0, 6)), "short"))
                self.el(tr, "td", a)
                self.el(tr, "td", f"{self.num(r.randint(0, 5))}{r.choice(['–', ':', '-'])}{self.num(r.randint(0, 5))}")
                self.el(tr, "td", b)
        elif kind == "stats":
            teams = teams or self.pick("cities", 2)
            tr = self.el(self.el(table, "thead"), "tr")
            for h in (teams[0], "", teams[1]):
                self.el(tr, "th", h)
            tbody = self.el(table, "tbody")
            keys = r.sample(["possession", "shots", "shots_on_target", "corners", "fouls", "yellow_cards"],
                            r.randint(3, 6))
            for key in keys:
                tr = self.el(tbody, "tr")
                if key == "possession":
                    a = r.randint(30, 70)
                    vals = (self.num(a) + "%", self.num(100 - a) + "%")
                else:
                    vals = (self.num(r.randint(0, 20)), self.num(r.randint(0, 20)))
                self.el(tr, "td", vals[0])
                self.el(tr, "td", self.tx(key))
                self.el(tr, "td", vals[1])
        else:
            tr = self.el(self.el(table, "thead"), "tr")
            for key in ("#", "team", "played", "won", "drawn", "lost", "points"):
                self.el(tr, "th", key if key == "#" else self.tx(key))
            tbody = self.el(table, "tbody")
            played = r.randint(8, 30)
            rows = []
            for name in self.pick("cities", r.randint(4, 10)):
                won = r.randint(0, played)
                drawn = r.randint(0, played - won)
                rows.append((3 * won + drawn, name, won, drawn))
            for k, (p, name, won, drawn) in enumerate(sorted(rows, reverse=True), 1):
                tr = self.el(tbody, "tr")
                for v in (k, name, played, won, drawn, played - won - drawn, p):
                    self.el(tr, "td", v if isinstance(v, str) else self.num(v))

    def ticker_table(self, parent: etree._Element, place: str = "sidebar") -> None:
        """Figures outside the article: market and currency tickers ("USD 505.32 EUR 600.12"), weather
        ("Paris 12°C", a week's forecast under weekday names), league tables and live scores. Other, and not a
        calendar either."""
        r = self.rng
        self.has.add("ticker_table")
        kind = r.choice(["market", "weather", "forecast", "standings", "scores"])
        inline = place == "strip" or r.random() < 0.3
        box = self.el(parent, r.choice(["div", "section", "div"]) if not inline else r.choice(["div", "p", "ul"]),
                      role="ticker", label="other")
        if not inline and r.random() < 0.7:
            head = {"market": self.pick("weather")[0].split()[0], "weather": self.pick("weather")[0].split()[0],
                    "forecast": self.pick("cities")[0], "standings": r.choice(self.lex["sections"]),
                    "scores": self.t("live")}[kind]
            self.heading(box, head, role="widget")
        if kind == "market":
            rows = [(c, f"{r.randint(1, 999)}.{r.randint(0, 99):02d}",
                     f"{r.choice(['+', '-', '▲', '▼'])}{r.randint(0, 3)}.{r.randint(0, 99):02d}%")
                    for c in r.sample(CURRENCIES, r.randint(3, 7))]
        elif kind == "weather":
            rows = [(c, f"{r.randint(-10, 44)}°C", r.choice(["☀", "☁", "🌧", "⛅", "❄", ""]))
                    for c in self.pick("cities", r.randint(3, 7))]
        elif kind == "scores":
            names = self.pick("cities", 2 * r.randint(2, 4))
            rows = [(a, f"{r.randint(0, 4)}–{r.randint(0, 4)}", b) for a, b in zip(names[::2], names[1::2])]
        elif kind == "standings":
            n = r.randint(4, 8)
            pts = sorted((r.randint(0, 60) for _ in range(n)), reverse=True)
            rows = [(f"{k}. {c}", str(r.randint(10, 30)), str(p)) for k, (c, p) in enumerate(
                zip(self.pick("cities", n), pts), 1)]
        else:  # a week's forecast: weekday names over temperatures, like a calendar header but other
            days = self.locale.days["format"][r.choice(["abbreviated", "short"])]
            start = self.date.weekday()
            rows = [(days[(start + k) % 7], f"{r.randint(-5, 40)}°", f"{r.randint(-10, 30)}°") for k in range(r.randint(4, 7))]
        if inline:
            for k, row in enumerate(rows):
                holder = self.el(box, "li") if box.tag == "ul" else box
                span = self.el(holder, r.choice(["span", "span", "a"]) if holder is box else "span",
                               " ".join(self.num(x) for x in row if x))
                if span.tag == "a":
                    span.set("href", "/markets")
                if holder is box and k < len(rows) - 1:
                    span.tail = r.choice(["  ", " | ", " · "])
            return
        table = self.el(box, "table")
        if kind == "forecast" and r.random() < 0.6:  # weekday names as a header row, temperatures below
            tr = self.el(table, "tr")
            for row in rows:
                self.el(tr, "th", row[0])
            for col in (1, 2):
                tr = self.el(table, "tr")
                for row in rows:
                    self.el(tr, "td", self.num(row[col]))
            return
        if kind == "standings" and r.random() < 0.6:
            tr = self.el(table, "tr")
            for key in ("team", "played", "points"):
                self.el(tr, "th", self.tx(key))
        for row in rows:
            tr = self.el(table, "tr")
            for x in row:
                self.el(tr, "td", self.num(x))

    # -- product and software landing pages ---------------------------------------------------------------
    def choose_landing(self) -> dict:
        """A landing page's text: the lexicon's own ``landing_pages`` if it has them, else built from a product
        (shop) or an institution page: title, lead, feature sections (heading, text, short list)."""
        r = self.rng
        if self.lex.get("landing_pages"):
            page = dict(r.choice(self.lex["landing_pages"]))
            page.setdefault("sections", [])
            return page
        subheads = [a["subheading"] for a in self.lex["articles"] if a.get("subheading")]
        if self.site.kind == "shop" or not self.lex.get("institution_pages"):
            prod = r.choice(self.lex["products"])
            paras = list(prod["description"])
            items = [f"{k}: {v}" for k, v in prod["facts"]]
            heads = [k for k, _ in prod["facts"]] + subheads
            title = prod["name"]
        else:
            inst = r.choice(self.lex["institution_pages"])
            paras = list(inst["paragraphs"])
            items = [x for p in paras for x in _SENTENCE_END.split(p) if len(x) < 80]
            heads = subheads + self.lex["sections"]
            title = inst["title"]
        sents = _SENTENCE_END.split(paras[0])
        lead = " ".join(sents[:2])
        chunks = [" ".join(sents[2:])] if len(sents) > 2 else []
        for p in paras[1:]:  # the rest, one or two sentence groups per feature section
            ss = _SENTENCE_END.split(p)
            cut = r.randint(1, len(ss) - 1) if len(ss) > 2 else len(ss)
            chunks += [c for c in (" ".join(ss[:cut]), " ".join(ss[cut:])) if c]
        if len(chunks) < 3:  # short descriptions: a sentence per section
            chunks = [x for c in chunks for x in _SENTENCE_END.split(c) if x]
        sections = []
        if items and r.random() < 0.4:  # a "Features" list of facts without a paragraph
            sections.append({"heading": self.tx("features"), "text": "", "items": items[:6]})
        for text in chunks[: r.randint(3, 5)]:
            sections.append({"heading": r.choice(heads), "text": text,
                             "items": r.sample(items, min(len(items), r.randint(2, 4))) if items and r.random() < 0.6
                             else []})
        return {"title": title, "lead": lead, "sections": sections}

    def cta(self, parent: etree._Element) -> None:
        """Download and preview buttons, platform lists, version lines: other."""
        r = self.rng
        box = self.el(parent, r.choice(["div", "div", "p", "section"]), role="download", label="other")
        software = bool(self.lex.get("landing_pages"))
        style = r.choice(["buttons", "platforms", "both", "both"]) if software or r.random() < 0.3 else "buttons"
        if style in ("buttons", "both"):
            if self.site.kind == "shop" and not software:
                text = self.t("add_to_cart")
            else:
                text = self.tx("download") + r.choice(["", "", " ↓", f" ({self.num(r.randint(12, 240))} MB)",
                                                       f" (PDF, {self.num(r.randint(80, 900))} KB)"])
            self.el(box, r.choice(["a", "button", "a"]), text, role="btn", href="/download")
            if r.random() < 0.5:
                self.el(box, r.choice(["a", "button"]), self.tx(r.choice(["preview", "free_trial"])), role="btn")
        if style in ("platforms", "both"):
            names = r.sample(PLATFORMS[:5], r.randint(2, 5)) if r.random() < 0.8 else ["Windows", "macOS", "Linux"]
            if not software and r.random() < 0.6:
                names = ["Google Play", "App Store"]
            holder = self.el(box, r.choice(["ul", "div", "p"]))
            if r.random() < 0.4:
                self.el(holder if holder.tag != "ul" else box, "span", self.t("download_app"))
            for name in names:
                node = self.el(self.el(holder, "li") if holder.tag == "ul" else holder, r.choice(["a", "span", "a"]),
                               name if r.random() < 0.7 else f"{self.tx('download')} {name}")
                if node.tag == "a":
                    node.set("href", "/download/" + name.lower())
        if r.random() < 0.3:
            self.el(box, "small", self.num(f"v{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 20)}") +
                    r.choice([" · ", " | "]) + self.fmt_date(self.date, "medium"))

    def landing(self, main: etree._Element) -> None:
        """A product or software landing page: the hero headline, lead and feature sections (headings, text,
        short lists) are article; download buttons, platform lists, "Learn more" links and previews are other."""
        r, site = self.rng, self.site
        page = self.landing_content
        self.has.add("landing_page")
        if r.random() < 0.3:
            self.breadcrumb(main)
        box = self.el(main, r.choice(["div", "section", "article" if site.layout == "html5" else "div"]),
                      role=r.choice(["article", "main", "wrap"]), label="article")
        hero = self.el(box, r.choice(["section", "div", "header"]), role="hero")
        if r.random() < 0.3:
            self.el(hero, r.choice(["span", "p"]), r.choice(self.lex["sections"]))
        self.el(hero, "h1", page["title"], role="title")
        self.el(hero, "p", page["lead"])
        if r.random() < 0.85:
            self.cta(hero)
        if r.random() < 0.4:
            self.el(self.el(hero, "figure"), "img", src="/img/hero.png", alt="")
        grid = self.el(box, "div", role="feature") if site.landing_style == "grid" else box
        h_tag = r.choice(["h2", "h3", "h2"])
        for k, sec in enumerate(page["sections"]):
            part = self.el(grid, r.choice(["section", "div"]), role="feature")
            self.el(part, h_tag if site.landing_style != "grid" else r.choice(["h3", "h4"]), sec["heading"])
            if site.landing_style == "alternating" and k % 2:
                self.el(self.el(part, "figure"), "img", src=f"/img/f{k}.png", alt="")
            if sec.get("text"):
                self.el(part, "p", sec["text"])
            if sec.get("items"):
                ul = self.el(part, "ul")
                for item in sec["items"]:
                    self.el(ul, "li", ("✓ " if r.random() < 0.3 else "") + item)
            if r.random() < 0.4:
                self.el(part, "a", self.tx("learn_more") + r.choice(["", " →", " ›"]), label="other", href="/features")
        if r.random() < 0.5:  # a closing call to action band: other
            band = self.el(box, r.choice(["section", "div"]), role="download", label="other")
            self.el(band, r.choice(["h2", "h3", "p"]), self.tx(r.choice(["download", "free_trial"])))
            self.cta(band)
        if r.random() < self.site.p["helpful"]:
            self.helpful(main)
        if r.random() < site.p["contact"] * 0.5:
            self.contact_form(main)
        if r.random() < site.p["newsletter"] * 0.5:
            self.newsletter_box(main)

    def menu_survey(self, parent: etree._Element) -> None:
        """A small survey in the menu. An opinion question with options and a vote button is a poll; "What are
        you looking for?" with links to sections helps readers move around (navigation), per docs/labels.md."""
        r = self.rng
        holder = self.el(parent, "li") if parent.tag in ("ul", "ol") else parent
        if r.random() < 0.6:
            self.has.add("menu_poll")
            lex, ui = self.poll_lex()
            poll = r.choice(lex["polls"])
            box = self.el(holder, r.choice(["div", "form", "section"]), role="poll", label="poll")
            form = box if box.tag == "form" else self.el(box, "form", action="/survey")
            self.el(form, r.choice(["p", "strong", "span"]), poll["question"])
            for i, opt in enumerate(poll["options"]):
                self.checkbox(form, opt, "survey", kind="radio")
            self.submit(form, ui["vote"] if r.random() < 0.6 else self.t("send"))
        else:
            self.has.add("menu_survey_nav")
            box = self.el(holder, r.choice(["div", "section"]), role="submenu")  # inside the menu: navigation
            self.el(box, r.choice(["p", "strong", "span"]), self.tx("looking_for"))
            ul = self.el(box, "ul")
            for s in self.pick("sections", r.randint(3, 6)):
                self.link(self.el(ul, "li"), s)

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
        if self.site.p["comments"] > 0.5 and self.srng.random() < 0.3:  # the article's comment count: comment
            count = self.el(None, "a", self.t("comments_count", n=self.srng.randint(0, 80)), href="#comments",
                            label="comment")
            box.insert(0 if self.srng.random() < 0.5 else len(box), count)

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
        self.el(box, "button", self.t("add_to_cart"), label="other")
        for p in prod["description"]:
            self.el(box, "p", p)
        table = self.el(box, "table")
        for k, v in prod["facts"]:
            tr = self.el(table, "tr")
            self.el(tr, "th", k)
            self.el(tr, "td", v)
        self.reviews(main, prod, box)

    def reviews(self, main: etree._Element, prod: dict, box: etree._Element) -> None:
        """Customer reviews (comment): a plain list, or the shop layout with a rating summary, review titles,
        dated bylines and helpful/report buttons, and a rating link under the product's title."""
        r, v = self.rng, self.trng
        n = len(prod["reviews"]) * v.randint(3, 60)
        stars = f"{self.num(v.randint(30, 49) / 10)} ★"
        if v.random() < 0.4:  # under the product's title
            box.insert(1, self.el(None, "a", f"{stars} · {self.num(n)} {self.t('reviews')}", href="#reviews",
                                  label="comment"))
        rev = self.el(main, "div", role="reviews", label="comment")
        self.heading(rev, f"{self.t('reviews')} ({self.num(len(prod['reviews']))})")
        rich = v.random() < 0.5
        if rich and v.random() < 0.6:
            summary = self.el(rev, "div", role="widget")
            self.el(summary, "p", stars)
            hist = self.el(summary, "ul")
            for k in range(5, 0, -1):
                self.el(hist, "li", f"{self.num(k)} ★ {self.num(v.randint(1, 70))}%")
        for review in prod["reviews"]:
            item = self.el(rev, v.choice(["div", "article", "li"]) if rich else "div", role="comment")
            if rich:
                self.el(item, "span", "★" * r.randint(2, 5))
                head = _CLAUSE_END.split(review["text"])[0].split()[:6]
                self.el(item, "h3", " ".join(head))
                day = self.date - dt.timedelta(days=v.randint(1, 400))
                self.el(item, "p", f"{self.t('by')} {review['author']} · {self.fmt_date(day, 'medium')}")
                self.el(item, "p", review["text"])
                self.el(item, "p", f"{self.t('like')} ({self.num(v.randint(0, 40))}) | {self.t('report')}")
            else:
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
        if self.srng.random() < self.stub_share:
            self.comment_stub(parent)
            return
        r, site = self.rng, self.site
        style = site.comment_style
        box = self.el(parent, r.choice(["div", "section"]), role="comments", label="comment")
        n = 0 if r.random() < 0.25 else r.randint(1, 7)
        if style == "disqus":
            self.heading(box, self.t("comments_heading"))
            self.el(box, "div", id="disqus_thread")
            self.el(box, "noscript", self.t("disqus_noscript"))
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
        # real sections are as often headed by the bare word ("Comments") as by the count ("3 comments")
        self.heading(box, self.t("comments_count", n=n) if n and r.random() < 0.55 else self.t("comments_heading"))
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

    def comment_stub(self, parent: etree._Element) -> None:
        """A comment section with no comment in the page's text (comment): a heading or count, and a button
        to show them, a loading line, a closed or policy line, a forum link, an empty plug-in placeholder."""
        s = self.srng
        ui = STUB_UI.get(self.lang, STUB_UI["en"])
        box = self.el(parent, s.choice(["div", "section", "div"]), role="comments", label="comment")
        n = s.randint(1, 90) if s.random() < 0.35 else 0
        if s.random() < 0.8:
            title = self.t("comments_count", n=n) if n else self.t("comments_heading")
            self.el(box, s.choice([self.site.heading_tag, "h4", "div", "span"]), title,
                    role=s.choice(["title", "widget"]))
        kind = s.choice(["show", "show", "loading", "disabled", "policy", "forum", "empty"])
        if kind == "show":
            text = ui["show_comments"] + (f" ({self.num(n)})" if n and s.random() < 0.5 else "")
            self.el(box, s.choice(["button", "a"]), text, role="btn")
        elif kind == "forum":
            self.el(box, "a", ui["discuss_forum"], href="/forum")
        elif kind in ("loading", "disabled"):
            self.el(box, s.choice(["p", "div", "span"]), ui[f"comments_{kind}"])
        elif kind == "policy":
            self.el(box, s.choice(["p", "div"]), ui["comment_policy"])
            if s.random() < 0.5:
                self.comment_form(box)
        # the plug-in's mount point; its id names comments only on sites whose ids name their parts
        ids = ["comments-app", "comment-thread", "comments-list"] if self.site.ids_name_parts else []
        self.el(box, "div", id=s.choice(ids + ["cmt-root", "talk-embed", "vk_widget", "cusdis_thread"]))

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
                # "Recent comments": the bare word heads a blog sidebar's list less often than a comment section
                title = self.t("comments_heading")
                self.heading(box, f"{self.t('latest')} {title}" if r.random() < 0.7 else title, role="widget")
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
            elif item == "ticker" and self.xrng.random() < site.p["side_table"]:
                self.ticker_table(side)
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
