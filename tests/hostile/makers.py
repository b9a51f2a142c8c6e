"""Hostile files made by code: zips of every compression method (Python writes stored, deflate,
bzip2 and lzma; deflate64, AES and the encryption flag are set by patching the headers, as a
7-Zip archive would carry them), cut-short files, and texts that blow up naive readers."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

#: zipfile's own methods, and the ones it can only read about.
METHODS = {
    "stored": zipfile.ZIP_STORED,
    "deflate": zipfile.ZIP_DEFLATED,
    "bzip2": zipfile.ZIP_BZIP2,
    "lzma": zipfile.ZIP_LZMA,
}
FOREIGN_METHODS = {"deflate64": 9, "aes": 99}

_LOCAL, _CENTRAL = b"PK\x03\x04", b"PK\x01\x02"


def zip_with(path: Path, member: str, data: bytes, method: str = "deflate") -> Path:
    """A zip holding ``data`` as ``member``, compressed with ``method`` (any of METHODS, or
    deflate64/aes/encrypted, which are patched into a stored zip's headers)."""
    real = METHODS.get(method, zipfile.ZIP_STORED)
    with zipfile.ZipFile(path, "w", real) as zf:
        zf.writestr(member, data)
    if method in FOREIGN_METHODS:
        _patch(path, method=FOREIGN_METHODS[method])
    elif method == "encrypted":
        _patch(path, flags=0x1)
    return path


def _patch(path: Path, method: int | None = None, flags: int | None = None) -> None:
    """Rewrite the compression method or general-purpose flags of every header in place."""
    data = bytearray(path.read_bytes())
    for magic, flag_at, method_at in ((_LOCAL, 6, 8), (_CENTRAL, 8, 10)):
        start = 0
        while (at := data.find(magic, start)) != -1:
            if method is not None:
                struct.pack_into("<H", data, at + method_at, method)
            if flags is not None:
                old = struct.unpack_from("<H", data, at + flag_at)[0]
                struct.pack_into("<H", data, at + flag_at, old | flags)
            start = at + 4
    path.write_bytes(bytes(data))


def corrupt_crc(path: Path) -> Path:
    """Flip one byte of a stored member's data: its CRC no longer matches."""
    data = bytearray(path.read_bytes())
    name_len, extra_len = struct.unpack_from("<HH", data, 26)
    data[30 + name_len + extra_len] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def cut(path: Path, fraction: float = 0.5) -> Path:
    """The file cut short, as an interrupted download leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def billion_laughs() -> str:
    """A Markdown file whose 391-byte YAML front matter expands to 10**9 strings."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(
            f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]"
        )
    return "---\n" + "\n".join(lines) + "\ntitle: *i\n---\n\n# 中方表示欢迎。\n"


def deep_json(depth: int = 100_000) -> str:
    return "[" * depth + "]" * depth
