"""Session 15, one company on two pages: a firm's word the wire abbreviates ("Bros.",
"Mfg") and an acronym in the order of the body's own language. Every article is
invented."""

from __future__ import annotations

from test_entity_resolution import _archive, _pages


def test_a_firms_abbreviated_word_is_the_same_company() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Brokers merge\n\nNEW YORK, May 3 - Kestrane Dalloway "
            "Brothers Inc said on Friday it would buy a regional broker.\n",
            "content/2031/05/b.txt": "Bond sale\n\nNEW YORK, May 9 - The bonds were priced by "
            "Kestrane Dalloway Bros., which said demand was strong.\n",
        }
    )
    pages = _pages(index)
    kestrane = [name for name in pages if name.startswith("Kestrane")]
    assert len(kestrane) == 1, pages
    page = next(p for p in index.entities.values() if p.name == kestrane[0])
    assert len(page.mentions) == 2


def test_an_acronym_in_the_bodys_own_language_is_the_body_in_another_story() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Coffee exports\n\nRIO DE JANEIRO, May 3 - Exports rose, "
            "the Zandovian Coffee Institute (IZC) said. IZC officials said the quota would "
            "hold.\n",
            "content/2031/05/b.txt": "Coffee quota\n\nRIO DE JANEIRO, May 9 - The IZC said on "
            "Friday it would keep its export quota, and IZC officials met buyers.\n",
        }
    )
    pages = _pages(index)
    assert "IZC" not in pages, pages
    page = next(p for p in index.entities.values() if p.name == "Zandovian Coffee Institute")
    assert len(page.mentions) == 2


def test_a_company_named_after_initials_is_the_company_with_its_legal_form() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Car makers' strike\n\nSTUTTGART, May 3 - A spokesman "
            "for Dr.-Ing. R.T. F. Kessling AG [KSSG.F], which is also based in Bavaria, said "
            "he did not think Kessling would lose any output.\n",
            "content/2031/05/b.txt": "Car exports\n\nSTUTTGART, May 9 - Kessling AG said its "
            "exports to Japan rose, and it would hire 200 workers.\n",
        }
    )
    pages = _pages(index)
    kessling = [name for name in pages if "Kessling" in name]
    assert kessling == ["Kessling AG"], pages
