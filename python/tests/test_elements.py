"""`Element`: attributes, and a tree that is shared rather than copied on every access."""

from __future__ import annotations

import gc
from collections.abc import Mapping

import pytest

import bbbkit
from conftest import fixture_bytes

RECORDINGS = fixture_bytes("get_recordings_presentation.xml")
IMAGE_PATH = ("recordings", "recording", "playback", "format", "preview", "images", "image")


def image(r: bbbkit.Response) -> bbbkit.Element:
    el = r.root
    for name in IMAGE_PATH:
        child = el.child(name)
        assert child is not None, name
        el = child
    return el


class TestAttributes:
    def test_read_only_mapping_in_document_order(self) -> None:
        img = image(bbbkit.parse_response(RECORDINGS))
        attrs = img.attributes
        assert isinstance(attrs, Mapping)
        assert list(attrs.items()) == [
            ("width", "176"),
            ("height", "136"),
            ("alt", 'Welcome & "agenda" é'),
        ]
        assert attrs["width"] == "176" and attrs.get("nope") is None and "alt" in attrs
        with pytest.raises(TypeError):
            attrs["width"] = "1"  # type: ignore[index]
        with pytest.raises(AttributeError):
            img.attributes = {}  # type: ignore[misc]
        # The element is unchanged by any attempt.
        assert img.attributes["width"] == "176"

    def test_attribute_lookup(self) -> None:
        img = image(bbbkit.parse_response(RECORDINGS))
        assert img.attribute("height") == "136"
        assert img.attribute("nope") is None

    def test_no_attributes(self) -> None:
        r = bbbkit.parse_response(RECORDINGS)
        assert dict(r.root.attributes) == {}
        assert r.root.attribute("width") is None

    def test_attributes_count_in_equality_and_repr(self) -> None:
        a = bbbkit.parse_response(
            b"<response><returncode>SUCCESS</returncode><hook id='7'/></response>"
        )
        b = bbbkit.parse_response(
            b"<response><returncode>SUCCESS</returncode><hook id='8'/></response>"
        )
        assert a.element("hook") != b.element("hook")
        assert a != b
        assert repr(a.element("hook")) == "Element(name='hook', attributes={'id': '7'}, text='')"

    def test_duplicate_attribute_is_a_parse_error(self) -> None:
        # So a mapping loses nothing.
        with pytest.raises(bbbkit.ParseError):
            bbbkit.parse_response(
                b"<response><returncode>SUCCESS</returncode><hook id='7' id='8'/></response>"
            )


class TestSharedTree:
    """Reading an element hands out the parsed tree; nothing is copied again (issue item 13:
    every access used to deep-copy the subtree, so indexed loops were quadratic)."""

    def test_repeated_access_gives_the_same_objects(self) -> None:
        r = bbbkit.parse_response(RECORDINGS)
        assert r.root is r.root
        recordings = r.element("recordings")
        assert recordings is not None
        assert r.element("recordings") is recordings
        assert r.root.child("recordings") is recordings
        assert r.root.children[1] is recordings
        first = recordings.children[0]
        assert recordings.children[0] is first
        assert recordings.child("recording") is first
        img = image(r)
        assert image(r) is img
        assert img.attributes is img.attributes

    def test_children_is_one_immutable_tuple(self) -> None:
        root = bbbkit.parse_response(RECORDINGS).root
        kids = root.children
        assert isinstance(kids, tuple) and root.children is kids
        assert len(kids) == len(root) == 2
        assert [c.name for c in kids] == ["returncode", "recordings"]

    def test_elements_outlive_their_response(self) -> None:
        img = image(bbbkit.parse_response(RECORDINGS))
        gc.collect()
        assert img.text.endswith("/thumbnails/thumb-1.png")
        assert img.attribute("width") == "176"

    def test_equal_trees_from_different_parses(self) -> None:
        a, b = bbbkit.parse_response(RECORDINGS), bbbkit.parse_response(RECORDINGS)
        assert a == b and a.root == b.root and a.root is not b.root
        assert hash(a.root) == hash(b.root) and hash(a) == hash(b)
        assert image(a) == image(b)
        assert a.element("recordings") != a.element("returncode")
