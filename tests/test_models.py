"""Stable ids: the hash that every id is made of."""

import hashlib

from dipwatch.models import content_hash


def test_content_hash_is_the_sha256_of_the_parts_fed_one_by_one_with_separators():
    for parts in (("a", "b"), ("text", "", "3", "2021-11-16"), ("习近平", "é\x1f", "CHN"), ("x",)):
        h = hashlib.sha256()
        for i, part in enumerate(parts):
            h.update((b"\x1f" if i else b"") + part.encode("utf-8"))
        assert content_hash(*parts) == h.hexdigest()
    assert content_hash() == hashlib.sha256(b"").hexdigest()
