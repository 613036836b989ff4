"""Stage 1, read: the bytes of a source as text. UTF-8 (with or without a BOM) is read
as it is; UTF-16/32 by their BOM or their zero bytes; anything else is guessed among
single-byte encodings, and the reader says so (`not_utf8`), with the file, line and
byte offset, so nothing is read as the wrong characters without a word."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

from generator.model import Problem


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text, and the legacy encoding used (None for UTF-8).

    UTF-8 with or without BOM, UTF-16 and UTF-32 with a BOM (or UTF-16 without one,
    recognised by its zero bytes), then single-byte encodings such as Windows-1251 and
    Windows-1252 as charset-normalizer detects them. Newlines are normalised as Python's
    universal-newline reading does, so offsets match `open(path).read()`. Raises
    UnicodeDecodeError for binary data.
    """
    text, encoding = _decode_bytes(data)
    if _looks_binary(text):
        raise UnicodeDecodeError("utf-8", data[:1], 0, 1, "binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


# Encodings that a file declares (a byte-order mark) or that its bytes show beyond doubt.
_UNICODE_CODECS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def not_utf8(data: bytes, encoding: str | None, path: str) -> Problem | None:
    """A warning when the bytes were not UTF-8 and were read in a guessed single-byte
    encoding: some characters may be wrong (a stray byte becomes `ÿ`), so say where the
    first bad byte is and how to fix the file."""
    if encoding is None or encoding in _UNICODE_CODECS:
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as error:
        offset = error.start
    bad = data[offset : offset + 1]
    shown = bad.decode(encoding, "replace")
    return Problem(
        path,
        data.count(b"\n", 0, offset) + 1,
        f"not valid UTF-8: byte {offset:,} is 0x{bad.hex().upper()}; the file was read as "
        f"{encoding}, which shows it as {shown!r} and may have misread other characters",
        f"save the file as UTF-8 (`iconv -f {encoding} -t UTF-8`), or delete the stray "
        f"bytes at offset {offset:,} if they are not text",
        severity="warning",
    )


# UTF-8's lead byte read as Windows-1252 ("Ã", "Â") before a space or a control character:
# its continuation byte was lost or is a control character
_LEAD_BYTE_ALONE = re.compile(r"[\u00c2\u00c3][\s\x80-\x9f]")


def garbled(span: str) -> bool:
    """Mojibake in a name ("GuantÃ¡namo", "KÃ\\x83rner"), which cuts it or garbles it.
    Some copy writes the "Ã" decomposed (an "A" and a combining tilde)."""
    span = unicodedata.normalize("NFC", span)
    return is_bad(span) or bool(_LEAD_BYTE_ALONE.search(span))


def mis_decoded(text: str, path: str) -> Problem | None:
    """A warning when the text is mojibake, UTF-8 once read as Windows-1252 and saved
    again ("GuantÃ¡namo" for "Guantánamo"): the bytes are valid, the characters are not,
    and a name so written would be cut into pieces. Says the first line and what ftfy,
    which repairs such text, reads there."""
    for number, line in enumerate(text.split("\n"), 1):
        if not garbled(line):
            continue
        at = next((m.start() for m in re.finditer(r"\S+", line) if garbled(m.group())), 0)
        shown = line[at : at + 30]
        return Problem(
            path,
            number,
            f"the text looks wrongly decoded: {shown!r} reads as "
            f"{ftfy.fix_encoding(unicodedata.normalize('NFC', shown))!r}; names written so "
            "get no page",
            "repair the file (`ftfy FILE -o FIXED`, then move FIXED over FILE), or save it "
            "again as UTF-8 from its source",
            severity="warning",
        )
    return None


def _decode_bytes(data: bytes) -> tuple[str, str | None]:
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec), None if codec == "utf-8" else codec
    if b"\x00" in data[:4096]:
        wide = _utf16_without_bom(data)
        if wide is None:
            raise UnicodeDecodeError("utf-8", data[:1], 0, 1, "binary data (NUL bytes)")
        return data.decode(wide), wide
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f\x0b\x1a")
    if controls > len(sample) / 100:
        raise UnicodeDecodeError("utf-8", data[:1], 0, 1, "binary data (control bytes)")
    return _decode_single_byte(data)


_CYRILLIC_ENCODINGS = ["cp1251", "koi8_r", "mac_cyrillic", "iso8859_5", "cp866"]


def _decode_single_byte(data: bytes) -> tuple[str, str]:
    """Legacy encodings. Cyrillic text has whole words of high bytes, Western text has
    single accented letters inside ASCII words; charset-normalizer then picks among the
    encodings of that family (on short texts it alone confuses Windows-1252 and -1250)."""
    from charset_normalizer import from_bytes

    as_cyrillic = data.decode("cp1251", errors="replace")
    words = re.findall(r"[^\W\d_]+", as_cyrillic[:65536])
    pure = sum(1 for w in words if len(w) > 1 and all("\u0400" <= c <= "\u04ff" for c in w))
    mixed = sum(1 for w in words if re.search("[\u0400-\u04ff]", w) and re.search("[A-Za-z]", w))
    if pure > mixed:
        best = from_bytes(data, cp_isolation=_CYRILLIC_ENCODINGS).best()
        if best is not None and best.encoding in _CYRILLIC_ENCODINGS:
            return str(best), best.encoding
        return as_cyrillic, "cp1251"
    high = sum(1 for b in data[:65536] if b >= 0x80)
    if high <= len(data[:65536]) * 0.3:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is not None:
        return str(best), best.encoding
    return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a zero in every other byte (for Latin text)."""
    sample = data[:4096]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros > half * 0.15 and other < half * 0.02 and len(data) % 2 == 0:
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    bad = sum(
        1
        for c in sample
        if (c < " " and c not in "\t\n\r\f\x0b\x1a") or unicodedata.category(c) == "Cs"
    )
    return bad > max(2, len(sample) / 100)
