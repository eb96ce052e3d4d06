"""HTML pieces of the resource pages: bilingual text, the page shell, the ego network SVG.

Every string from the data goes through :func:`html.escape`; a page has one inline script
(the language switch, allowed by its hash) and a Content-Security-Policy that forbids every
request.

Examples
--------
>>> bi("Kommun", "Municipality")
'<span class="sv">Kommun</span><span class="en">Municipality</span>'
>>> bi("<b>", "<b>")
'&lt;b&gt;'
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from samverkan.namespaces import SVG_NS
from samverkan.views._page import asset, csp

__all__ = ["bi", "ego_svg", "page", "text"]

CSS = """
* { box-sizing: border-box; }
body { font-family: system-ui, "DejaVu Sans", sans-serif; color: #222; margin: 0;
  line-height: 1.45; }
header { padding: 10px 18px; border-bottom: 1px solid #ddd; background: #f7f7f7; }
header h1 { margin: 4px 0; font-size: 1.4rem; }
header .sub { color: #555; margin: 0; }
nav { font-size: .9rem; display: flex; gap: 14px; align-items: center; flex-wrap: wrap; }
nav .grow { flex: 1; }
main { padding: 8px 18px 40px; max-width: 1100px; }
section { margin: 18px 0; }
h2 { font-size: 1.1rem; border-bottom: 1px solid #e3e3e3; padding-bottom: 2px; }
table { border-collapse: collapse; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: 3px 10px 3px 0; }
th { color: #444; font-weight: 600; }
blockquote { margin: 6px 0 10px; padding: 4px 10px; border-left: 3px solid #0072B2;
  background: #f4f8fb; }
blockquote cite { display: block; font-size: .85rem; color: #555; font-style: normal; }
details { margin: 6px 0; font-size: .85rem; }
details pre { background: #f6f6f6; padding: 8px; overflow-x: auto; white-space: pre; }
.derived { color: #6a3d00; }
.draft { font-size: .8rem; border: 1px dashed #b35900; border-radius: 3px; padding: 0 4px;
  color: #b35900; }
.tag { font-size: .8rem; border: 1px solid #bbb; border-radius: 3px; padding: 0 4px;
  color: #555; }
.lang-sv .en, .lang-en .sv { display: none; }
button#sv-lang { font: inherit; cursor: pointer; }
svg.ego { max-width: 640px; width: 100%; height: auto; border: 1px solid #eee; }
svg.ego text { font-size: 11px; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg.ego a:hover circle { stroke: #000; stroke-width: 2px; }
.reader { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; }
.reader .text { white-space: pre-wrap; font-family: Georgia, serif; font-size: 1rem; }
.reader mark { background: #ffe9a8; }
.reader mark:target, .reader li:target { outline: 2px solid #D55E00; }
.reader ol { font-size: .9rem; padding-left: 1.2em; }
"""


def text(value: object) -> str:
    """``value`` as escaped HTML text."""
    return html.escape(str(value), quote=True)


def bi(sv: str, en: str | None = None) -> str:
    """Swedish and English text, one shown at a time by the page's language switch.

    When both are the same, or there is no English, the text is given once.
    """
    if not en or en == sv:
        return text(sv)
    return f'<span class="sv">{text(sv)}</span><span class="en">{text(en)}</span>'


def page(
    title_sv: str, title_en: str, heading: str, nav: str, body: str, *, measures: bool = False
) -> str:
    """A complete resource page: CSP, styles, navigation with the language switch, body;
    with ``measures``, also the script that fills the measure panel from its file
    (``site.js``), and a policy that lets the page load that file (``'self'``)."""
    script = asset("assets/lang.js")
    fill = asset("assets/site.js") if measures else ""
    title = text(title_sv if title_sv == title_en else f"{title_sv} / {title_en}")
    switch = (
        '<button type="button" id="sv-lang">'
        '<span class="sv" lang="en">In English</span>'
        '<span class="en" lang="sv">På svenska</span></button>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="sv" class="lang-sv">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="'
        f'{text(csp([fill, script] if fill else [script], beside=bool(fill)))}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="samverkan">\n'
        f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n"
        f'<nav>{nav}<span class="grow"></span>{switch}</nav>\n{heading}\n</header>\n'
        f"<main>\n{body}\n</main>\n{f'<script>{fill}</script>' if fill else ''}"
        f"<script>{script}</script>\n</body>\n</html>\n"
    )


def ego_svg(
    centre: tuple[str, str, str | None],
    others: Sequence[tuple[str, str, str | None, bool]],
) -> str:
    """A small static picture of a resource and its neighbours, each a link to its page.

    Parameters
    ----------
    centre : (label_sv, label_en, href)
        The resource of the page.
    others : sequence of (label_sv, label_en, href or None, derived)
        Its neighbours; a derived tie is drawn dashed.

    Examples
    --------
    >>> svg = ego_svg(("Lund", "Lund", None), [("A<", "A<", "a.html", False)])
    >>> svg.count("<circle"), "A&lt;" in svg, 'href="a.html"' in svg
    (2, True, True)
    """
    width, height = 640, 420
    cx, cy, radius = width / 2, height / 2, 150
    parts = [
        f'<svg class="ego" viewBox="0 0 {width} {height}" xmlns="{SVG_NS}" '
        'role="img" aria-label="ego network">'
    ]
    points = []
    n = max(len(others), 1)
    for i, _ in enumerate(others):
        angle = -math.pi / 2 + 2 * math.pi * i / n
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    for (x, y), (_, _, _, derived) in zip(points, others, strict=True):
        dash = ' stroke-dasharray="5 4"' if derived else ""
        parts.append(
            f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#999"{dash}/>'
        )
    for (x, y), (sv, en, href, _) in zip(points, others, strict=True):
        anchor = "start" if x > cx + 1 else "end" if x < cx - 1 else "middle"
        dx = 10 if anchor == "start" else -10 if anchor == "end" else 0
        dy = -12 if y < cy and anchor == "middle" else 18 if anchor == "middle" else 4
        parts.append(_svg_node(x, y, 7, "#56B4E9", sv, en, href, anchor, dx, dy))
    sv, en, href = centre
    parts.append(_svg_node(cx, cy, 11, "#E69F00", sv, en, href, "middle", 0, -16))
    parts.append("</svg>")
    return "\n".join(parts)


def _svg_node(
    x: float,
    y: float,
    r: int,
    fill: str,
    sv: str,
    en: str,
    href: str | None,
    anchor: str,
    dx: int,
    dy: int,
) -> str:
    short_sv, short_en = _short(sv), _short(en)
    labels = (
        f'<text class="sv" x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">'
        f"{text(short_sv)}</text>"
    )
    if short_en != short_sv:
        labels += (
            f'<text class="en" x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">'
            f"{text(short_en)}</text>"
        )
    else:
        labels = labels.replace('<text class="sv" ', "<text ", 1)
    title = f"<title>{text(sv if sv == en else sv + ' / ' + en)}</title>"
    body = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{fill}" stroke="#333"/>{labels}{title}'
    if href:
        return f'<a href="{text(href)}">{body}</a>'
    return f"<g>{body}</g>"


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"
