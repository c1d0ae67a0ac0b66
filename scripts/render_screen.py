#!/usr/bin/env python3
"""Renders a tmux capture (with colour escapes) as a PNG, cell by cell.

Usage: render_screen.py CAPTURE.ans COLUMNS ROWS OUT.png
"""
import sys

import pyte
from PIL import Image, ImageDraw, ImageFont

# Noto Sans Mono has every precomposed Vietnamese letter (DejaVu Sans Mono lacks the stacked
# ones, e.g. "ổ"); DejaVu fills in the symbols Noto lacks (✓ ✗ ░).
FONTS = {
    False: ("/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
    True: ("/usr/share/fonts/truetype/noto/NotoSansMono-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
}
SIZE = 16
PALETTE = {
    "black": (0, 0, 0), "red": (205, 49, 49), "green": (13, 188, 121), "brown": (229, 229, 16),
    "yellow": (229, 229, 16), "blue": (36, 114, 200), "magenta": (188, 63, 188), "cyan": (17, 168, 205),
    "white": (229, 229, 229),
}
FG, BG = (220, 220, 220), (24, 24, 24)


def colour(name, default):
    if name == "default":
        return default
    if name in PALETTE:
        return PALETTE[name]
    try:
        return tuple(int(name[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return default


def main():
    path, columns, rows, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    screen = pyte.Screen(columns, rows)
    stream = pyte.Stream(screen)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    # capture-pane prints one line per row; place each at its row explicitly.
    for y, line in enumerate(lines[:rows]):
        stream.feed(f"\x1b[{y + 1};1H\x1b[0m" + line)
    fonts = {bold: [ImageFont.truetype(f, SIZE, layout_engine=ImageFont.Layout.BASIC) for f in files]
             for bold, files in FONTS.items()}
    missing = {bold: bytes(pair[0].getmask("\ue000")) for bold, pair in fonts.items()}
    cache = {}

    def font_for(ch, bold):
        key = (ch, bold)
        if key not in cache:
            primary, fallback = fonts[bold]
            cache[key] = fallback if bytes(primary.getmask(ch)) == missing[bold] else primary
        return cache[key]

    regular = fonts[False][0]
    cell_w, cell_h = round(regular.getlength("M")), SIZE + 10
    image = Image.new("RGB", (columns * cell_w + 16, rows * cell_h + 16), BG)
    draw = ImageDraw.Draw(image)
    # Backgrounds first, then glyphs, so a glyph wider than its cell is not cut by the next cell.
    glyphs = []
    for y in range(rows):
        row = screen.buffer[y]
        for x in range(columns):
            char = row[x]
            fg, bg = colour(char.fg, FG), colour(char.bg, BG)
            if char.reverse:
                fg, bg = bg, fg
            px, py = 8 + x * cell_w, 8 + y * cell_h
            draw.rectangle([px, py, px + cell_w - 1, py + cell_h - 1], fill=bg)
            if char.data and char.data != " ":
                glyphs.append((px, py, char.data, bool(char.bold), fg))
            if char.underscore:
                draw.line([px, py + cell_h - 2, px + cell_w - 1, py + cell_h - 2], fill=fg)
    for px, py, text, bold, fg in glyphs:
        draw.text((px, py + 5), text, font=font_for(text, bold), fill=fg)
    image.save(out)


if __name__ == "__main__":
    main()
