"""Drawn signatures for the demo casebook: small PNG pen strokes.

A signed demo case carries what the signature pad would have drawn for the customer and
for the member of staff (`record.signatures`), so its form prints a signature where a
real one would be. A stroke is a handwriting-like curve — a tall first letter, a run of
loops, waves and the odd descender, sometimes a flourish underneath — drawn as a 1-bit
PNG of about 400 bytes (two a signed case, so a 100,000-case demo carries ~50 MB of
them; the shades of a 2-bit image would cost half as much again). It is written by hand
with zlib and struct, so the same seed gives the same bytes whatever Pillow or Qt is
installed.
"""

from __future__ import annotations

import math
import random
import struct
import zlib

WIDTH, HEIGHT = 240, 64
INK = (24, 38, 112)  # blue-black, as a ballpoint pen or a signature pad draws
PALETTE = bytes((255, 255, 255) + INK)  # paper, ink
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def signature(rng: random.Random) -> bytes:
    """A new signature as PNG bytes."""
    # kept one pixel inside the edges, so a dab of the pen (2 x 2 pixels) never wraps
    points = [(min(max(x, 0.0), WIDTH - 2.0), min(max(y, 0.0), HEIGHT - 2.0))
              for x, y in _stroke(rng)]
    canvas = bytearray(WIDTH * HEIGHT)
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        steps = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
        dx, dy = (x1 - x0) / steps, (y1 - y0) / steps
        for s in range(steps):
            i = int(y0 + dy * s) * WIDTH + int(x0 + dx * s)
            canvas[i] = canvas[i + 1] = canvas[i + WIDTH] = canvas[i + WIDTH + 1] = 1
    return _png(canvas)


def _stroke(rng: random.Random) -> list[tuple[float, float]]:
    """Points along one pen stroke, left to right."""
    r = rng.random
    base, height = 42 + r() * 8, 9 + r() * 6
    slant = 0.15 + r() * 0.35
    rise = (r() - 0.3) * 0.08  # signatures drift up (or down) as they go
    points: list[tuple[float, float]] = []
    x = 8 + r() * 16
    # the capital: a tall loop
    tall = height * (1.8 + r() * 0.7)
    wide = 5 + r() * 5
    for i in range(28):
        a = i / 27 * 2 * math.pi
        points.append((x + wide * math.sin(a) + slant * tall * (1 - math.cos(a)) / 2,
                       base - tall * (1 - math.cos(a)) / 2))
    x += 10 + wide
    # the rest of the name: humps, small loops, tall loops and descenders
    for _ in range(5 + int(r() * 6)):
        width = 6 + r() * 8
        kind = r()
        if kind < 0.15:  # a descender below the line, like g or y
            lift = -height * (1.0 + r() * 0.5)
        elif kind < 0.3:  # a tall loop, like l or h
            lift = height * (1.6 + r() * 0.6)
        else:
            lift = height * (0.5 + r() * 0.6)
        loop = kind < 0.3 or r() < 0.35
        y0 = base - rise * (x - 10)
        for i in range(1, 13):
            a = i / 12 * math.pi
            dx = width * i / 12 + (-0.35 * width * math.sin(2 * a) if loop else 0)
            y = y0 - lift * math.sin(a)
            points.append((x + dx + slant * (y0 - y), y))
        x += width
        if x > WIDTH - 34:
            break
    if r() < 0.55:  # a flourish back under the name
        end_x, end_y = points[-1]
        back = 10 + r() * x * 0.4
        for i in range(1, 21):
            f = i / 20
            points.append((end_x + (back - end_x) * f + 8 * math.sin(f * math.pi),
                           end_y + (base + 9 - end_y) * f + 5 * math.sin(f * math.pi)))
    return points


def _png(canvas: bytearray) -> bytes:
    """A 1-bit palette PNG of the canvas (eight pixels a byte, filter 0 on every row)."""
    rows = bytearray()
    digits = bytes(canvas).translate(_DIGITS)  # b"0"/b"1": int() packs a row in C
    for y in range(HEIGHT):
        rows.append(0)
        rows += int(digits[y * WIDTH:(y + 1) * WIDTH], 2).to_bytes(WIDTH // 8, "big")

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 1, 3, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"PLTE", PALETTE)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))
