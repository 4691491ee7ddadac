"""The HTML picture in a real browser: headless Chromium loads the page, dumps its DOM and screenshots it.

Skipped when Chromium is not installed, except under ``CI=true``, where it must run
(``.ci/run`` installs Debian's ``chromium``). Set ``RU_NEWSFACTS_SCREENSHOT_DIR`` to
keep the screenshots.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections import Counter
from pathlib import Path

import pytest

from ru_newsfacts import Article, parse_article
from ru_newsfacts.html import render_html

from .test_html import SEED_002, SPEAKER, read_dom, seed_article

WINDOW = (1200, 2000)
_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but chromium is not installed (.ci/run installs it)")
    pytest.skip("chromium is not installed")


def _run(browser: str, page: Path, *extra: str) -> str:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        done = subprocess.run(
            [browser, *_FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _open(article: Article, tmp_path: Path, name: str) -> tuple[str, Path]:
    """Load the article's page in Chromium; return the DOM it built and a screenshot."""
    browser = _chromium()
    page = tmp_path / f"{name}.html"
    page.write_text(render_html(article), encoding="utf-8")
    dom = _run(browser, page, "--dump-dom")
    shot = tmp_path / f"{name}.png"
    _run(browser, page, f"--screenshot={shot}", f"--window-size={WINDOW[0]},{WINDOW[1]}")
    keep = os.environ.get("RU_NEWSFACTS_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)
    return dom, shot


def _pixels(png: Path) -> tuple[int, int, Counter[tuple[int, int, int]]]:
    """Decode an 8-bit RGB or RGBA PNG (what Chromium writes); count its colours."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour_type in (2, 6) and interlace == 0
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    colours: Counter[tuple[int, int, int]] = Counter()
    for y in range(height):
        row_start = y * (stride + 1)
        kind = raw[row_start]
        row = bytearray(raw[row_start + 1 : row_start + 1 + stride])
        for i in range(stride):
            left = row[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                row[i] = (row[i] + left) & 0xFF
            elif kind == 2:
                row[i] = (row[i] + up) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                row[i] = (row[i] + predictor) & 0xFF
        colours.update(
            (row[x], row[x + 1], row[x + 2]) for x in range(0, stride, channels * 4)
        )  # every 4th pixel is plenty to find a highlight colour
        previous = row
    return width, height, colours


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


def test_seed_page_in_chromium(tmp_path: Path) -> None:
    article = seed_article()
    dumped, shot = _open(article, tmp_path, "seed-002-handmade")
    dom = read_dom(dumped)
    assert dom.errors == []
    quotes = dom.of_kind("quote")
    direct = {e.attrs["data-id"] for e in quotes if e.attrs["data-quote-kind"] == "direct"}
    assert len(direct) == 3
    assert {e.attrs["data-speaker"] for e in quotes} == {SPEAKER}
    colours = {e.attrs["data-color"] for e in quotes}
    assert len(colours) == 1
    money = dom.of_kind("money")
    assert [e.attrs["data-amount"] for e in money] == ["4000000000", "27000000000", "9000000000"]
    assert [e.attrs["data-currency"] for e in money] == ["USD"] * 3
    legend = [e.attrs["data-legend-speaker"] for e in dom.elements if "data-legend-speaker" in e.attrs]
    assert legend == [SPEAKER]
    width, height, pixels = _pixels(shot)
    assert (width, height) == WINDOW
    # The speaker's pastel is painted behind the direct quotes: thousands of pixels of it.
    assert pixels[_rgb(colours.pop())] > 1000


def test_markup_stays_text_in_chromium(tmp_path: Path) -> None:
    text = "Новость <script>document.title='взлом'</script>\nЦена <img src=x onerror=alert(1)> 5 руб."
    dumped, _ = _open(parse_article(text), tmp_path, "markup")
    dom = read_dom(dumped)
    assert not [e for e in dom.elements if e.tag in {"script", "img"}]
    title = next(e for e in dom.elements if e.tag == "title")
    # Had the script run, the title would read just 'взлом'.
    assert title.text == "Новость <script>document.title='взлом'</script> \u2014 ru_newsfacts"
    assert "<script>document.title='взлом'</script>" in next(e for e in dom.elements if e.tag == "h1").text


def test_real_seed_002_in_chromium(tmp_path: Path) -> None:
    article = parse_article(SEED_002.read_text(encoding="utf-8"))
    dumped, _ = _open(article, tmp_path, "seed-002")
    dom = read_dom(dumped)
    quotes = dom.of_kind("quote")
    direct = {e.attrs["data-id"] for e in quotes if e.attrs["data-quote-kind"] == "direct"}
    assert len(direct) == 3
    assert len({e.attrs["data-color"] for e in quotes if e.attrs.get("data-speaker") == SPEAKER}) == 1
    assert {e.attrs["data-speaker"] for e in quotes if e.attrs["data-quote-kind"] == "direct"} == {SPEAKER}
    assert len({e.attrs["data-id"] for e in dom.of_kind("money")}) == 3
