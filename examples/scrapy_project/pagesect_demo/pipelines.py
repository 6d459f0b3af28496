"""An item pipeline that labels each crawled page with pagesect: it adds the page's blocks (label, score,
XPath, text) and its article text to the item, and drops the raw bytes.

The model is loaded once when the spider opens and shared by every item (it is immutable and thread-safe).
A page the classifier cannot read (binary, empty, over the limits) is dropped with the reason in the log; the
crawl goes on.
"""
from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

import classifier


class PagesectPipeline:
    def __init__(self, model_dir: str = "", keep_body: bool = False) -> None:
        self.model_dir = model_dir
        self.keep_body = keep_body
        self.model: classifier.Classifier | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("PAGESECT_MODEL", ""), crawler.settings.getbool("PAGESECT_KEEP_BODY"))

    def open_spider(self, spider) -> None:
        self.model = classifier.load_model(self.model_dir) if self.model_dir else classifier.default_model()

    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        body = adapter.get("body")
        if body is None:
            return item
        try:
            blocks = classifier.classify(body, encoding=adapter.get("encoding"), model=self.model)
        except classifier.PageError as exc:
            raise DropItem(f"{adapter.get('url')}: {exc}") from None
        adapter["blocks"] = [{"index": b.index, "label": b.label, "score": round(b.score, 4), "xpath": b.xpath,
                              "text": b.text} for b in blocks]
        adapter["article"] = "\n".join(b.text for b in blocks if b.label == "article")
        if not self.keep_body:
            del adapter["body"]
        return item
