"""Small real PNG images for tests that sign a case: `Casebook.sign` refuses anything that
does not decode as a PNG (issue #13), so a test's stand-in signature must be one."""

from __future__ import annotations

import functools
import io


@functools.cache
def png(tag: str = "signature") -> bytes:
    """A 40 × 12 PNG whose bytes carry `tag` (a text chunk), so two tags give two images."""
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", tag)
    out = io.BytesIO()
    Image.new("L", (40, 12), 255).save(out, "PNG", pnginfo=info)
    return out.getvalue()
