"""Words of an office's title read as a body ("National Security Adviser Frank Carlucci")
make no page; a body's word the wire shortens ("Commerce Dept") makes no other page. Short
articles written for these tests."""

from __future__ import annotations

from test_entity_resolution import _pages, _tagged_index


def test_the_field_of_an_office_before_its_title_is_no_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "National Security Adviser Mara Quint said the harbour needed walls for"
                    " national security, since security at the national level was weak.",
                    [("National Security", "organization"), ("Mara Quint", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "Former National Security adviser Tom Reel agreed on security, and the"
                    " Harbour Board said a national fund would pay.",
                    [
                        ("National Security", "organization"),
                        ("Harbour Board", "organization"),
                        ("Tom Reel", "person"),
                    ],
                ),
            }
        )
    )
    assert "National Security" not in pages, pages
    assert pages.get("Harbour Board") == "organization", pages


def test_a_department_the_wire_shortens_is_one_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The Fisheries Dept said catches fell, and the Fisheries Dept set quotas.",
                    [("Fisheries Dept", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "The Fisheries Department said it would review the quotas in June.",
                    [("Fisheries Department", "organization")],
                ),
            }
        )
    )
    assert len([name for name in pages if name.startswith("Fisheries")]) == 1, pages
