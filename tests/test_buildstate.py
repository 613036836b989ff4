"""Issue 27: one fingerprint for every "is this output still current?" check. Two
different sets of inputs must never share a digest (a page would keep text it no longer
shows), and the same inputs must give the same digest in every run (else every build
renders everything)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.buildstate import Fingerprint, fingerprint


def test_parts_are_kept_apart_by_their_length_and_type():
    digests = {
        fingerprint("a", "bc"),
        fingerprint("ab", "c"),
        fingerprint("abc"),
        fingerprint(["a", "bc"]),
        fingerprint(b"a", "bc"),
        fingerprint("1"),
        fingerprint(1),
        fingerprint(None),
        fingerprint("null"),
        fingerprint(),
    }
    assert len(digests) == 10


def test_the_same_parts_give_the_same_digest_fed_at_once_or_one_by_one():
    parts = ("docs/a.md", b"\x00text", 3, [("x", None)], {"title": "A"})
    assert fingerprint(*parts) == fingerprint(*parts)
    streamed = Fingerprint()
    for part in parts:
        streamed.add(part)
    assert streamed.hexdigest() == fingerprint(*parts)


@pytest.mark.parametrize("value", [object(), dt.date(2023, 5, 2), float("nan")])
def test_a_value_without_one_plain_form_is_refused(value):
    # repr() would put a memory address in the key, or a date's form would be a guess.
    with pytest.raises((TypeError, ValueError)):
        fingerprint(value)
