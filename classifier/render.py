"""The page with its blocks outlined and coloured by label, and a legend: for a person to check the labels."""
from __future__ import annotations

import html as htmlmod
from collections.abc import Sequence

from lxml import etree
from lxml import html as lxml_html

from .labels import LABELS

__all__ = ["COLORS", "render_html"]

COLORS = {"article": "#2e7d32", "navigation": "#1565c0", "poll": "#ef6c00", "comment": "#6a1b9a",
          "date-widget": "#c62828", "other": "#757575"}

_CSS = """[data-block-label]{outline:2px solid var(--c);background:color-mix(in srgb,var(--c) 12%,transparent)}
[data-block-label]::before{content:attr(data-block-label) " " attr(data-block-score);font:10px monospace;
color:#fff;background:var(--c);padding:0 3px;margin-right:4px}
#block-legend{position:fixed;top:0;right:0;z-index:2147483647;background:#fff;border:1px solid #999;
font:12px sans-serif;padding:6px}#block-legend span{display:inline-block;width:10px;height:10px;margin:0 4px}"""


def render_html(root: etree._Element, labeled: Sequence) -> str:
    """Serialise ``root`` with each labelled block's element outlined in its label's colour.

    ``labeled``: :class:`classifier.LabeledBlock` items whose XPaths point into ``root``. Scripts are
    removed so that the page shows as parsed."""
    for node in root.xpath("//script"):
        node.getparent().remove(node)
    counts = dict.fromkeys(LABELS, 0)
    for item in labeled:
        found = root.xpath(item.xpath)
        if not found:
            continue
        node = found[0]
        counts[item.label] += 1
        style = node.get("style", "")
        node.set("style", f"--c:{COLORS[item.label]};{style}")
        node.set("data-block-label", item.label)
        node.set("data-block-score", f"{item.score:.2f}")
        node.set("title", f"{item.label} {item.score:.2f} · block {item.index}")
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    style = etree.SubElement(head, "style")
    style.text = _CSS
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    legend = lxml_html.fragment_fromstring(
        "<div id='block-legend'>" + "".join(
            f"<div><span style='background:{COLORS[lab]}'></span>{htmlmod.escape(lab)} ({counts[lab]})</div>"
            for lab in LABELS) + "</div>")
    body.insert(0, legend)
    return lxml_html.tostring(root, encoding="unicode", method="html", doctype="<!DOCTYPE html>")
