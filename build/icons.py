"""Render the application icon from its SVG source into every size that ships.

    python build/icons.py        # after changing resources/icons/casebook.svg

Writes `resources/icons/casebook-<size>.png` (the window icon, the Linux
desktop entry, AppStream), `casebook.ico` (Windows: the frozen executable)
and `casebook.icns` (macOS). The outputs are committed, so neither the app
nor the frozen build needs an SVG renderer. Qt's own renderer draws the PNGs,
Pillow packs the .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from casebook import assets  # noqa: E402

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    svg.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt draws only while one exists)
    folder = assets.resource("icons")
    svg = QSvgRenderer(str(folder / "casebook.svg"))
    if not svg.isValid():
        sys.exit(f"cannot read {folder / 'casebook.svg'}")
    images = {size: render(svg, size) for size in assets.ICON_SIZES}
    for size, image in images.items():
        image.save(folder / f"casebook-{size}.png", optimize=True)
    images[256].save(folder / "casebook.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    images[512].save(folder / "casebook.icns")
    print(f"icons written to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
