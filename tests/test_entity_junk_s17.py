"""Brief s17-junk: junk pages and pages of the wrong kind (generator/index/evidence.py,
earning.py): a partner's name cut from a firm's name that its legal form ends, read as a
person. Short articles written for each idea."""

from __future__ import annotations

from test_entity_resolution import _pages, _tagged_index


def test_a_partners_name_before_a_firms_legal_form_is_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The underwriters are Harrow Inc, Tamsin Vell and Okoro Inc, and "
                    "Brandt Securities Corp.",
                    [("Tamsin Vell", "person"), ("Harrow Inc", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Prices will rise, said Dorrit Kael and Mabry (Futures) analyst John Dale.",
                    [("Dorrit Kael", "person"), ("John Dale", "person")],
                ),
                "content/2031/05/c-05.txt": (
                    "Lina Osei and Mark Tull, two former officers, wrote the letter.",
                    [("Lina Osei", "person"), ("Mark Tull", "person")],
                ),
            }
        )
    )
    assert "Tamsin Vell" not in pages, pages
    assert "Dorrit Kael" not in pages, pages
    assert pages.get("John Dale") == "person", pages
    assert pages.get("Lina Osei") == "person", pages
