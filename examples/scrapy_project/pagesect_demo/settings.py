"""Scrapy settings of the pagesect demo project: a polite crawler whose items get labelled blocks."""

BOT_NAME = "pagesect_demo"
SPIDER_MODULES = ["pagesect_demo.spiders"]
NEWSPIDER_MODULE = "pagesect_demo.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 4
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {"pagesect_demo.pipelines.PagesectPipeline": 300}

# A model directory trained with train.py; empty: the model shipped in the package.
PAGESECT_MODEL = ""
# Keep the page bytes in the item after labelling (off: items carry blocks and article text only).
PAGESECT_KEEP_BODY = False
