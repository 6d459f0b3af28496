"""A spider that crawls a site's HTML pages and hands each one, with its URL and declared encoding, to the
pipeline that labels it.

    scrapy crawl pages -a start_url=https://example.org/ -O items.jsonl
"""
from __future__ import annotations

from urllib.parse import urlparse

import scrapy
from scrapy.http import TextResponse


class PagesSpider(scrapy.Spider):
    name = "pages"

    def __init__(self, start_url: str = "", max_pages: str = "1000", **kwargs) -> None:
        super().__init__(**kwargs)
        if not start_url:
            raise ValueError("give the site to crawl: -a start_url=https://...")
        self.start_urls = [start_url]
        self.allowed_domains = [urlparse(start_url).hostname or ""]
        self.max_pages = int(max_pages)
        self.seen = 0

    def parse(self, response):
        if not isinstance(response, TextResponse):
            return
        if urlparse(response.url).path.endswith((".html", ".htm")) and self.seen < self.max_pages:
            self.seen += 1
            yield {"url": response.url, "status": response.status, "encoding": response.encoding,
                   "body": response.body}
        for href in response.css("a::attr(href)").getall():
            if href.endswith((".html", ".htm", "/")):
                yield response.follow(href, callback=self.parse)
