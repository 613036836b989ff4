"""Session 15, one organization named two ways in one story: a distinctive word of the
full name used alone ("Kodak" of "Eastman Kodak Co"), the ticker written after the full
name ("KLM" of "KLM Royal Dutch Airlines <KLM.AS>"). A parent and its unit stay apart.
Every article is invented."""

from __future__ import annotations

from entity_fixtures import resolved_organizations


def test_a_rare_inner_word_of_the_full_name_is_that_company() -> None:
    text = (
        "ZORVEX SEES GAINS\n\nTORONTO - <Hallam Zorvex Mining Corp> said it will buy two "
        "mines. Zorvex already holds a stake in one of them.\n"
    )
    found = resolved_organizations(
        text,
        [("ZORVEX", 0, True), ("Hallam Zorvex Mining Corp", 0, False), ("Zorvex", 1, False)],
    )
    assert found["Hallam Zorvex Mining Corp"] == [
        "Hallam Zorvex Mining Corp",
        "ZORVEX",
        "Zorvex",
    ], found
    # "Hoechst" beside "American Hoechst Corp" is the German parent
    text = (
        "PLANT\n\nNEW YORK - American Quenzel Corp said it will build a plant. Quenzel, "
        "its West German parent, will pay for it.\n"
    )
    found = resolved_organizations(
        text, [("American Quenzel Corp", 0, False), ("Quenzel", 0, False)]
    )
    assert found["Quenzel"] == ["Quenzel"], found
    # "Trust" is a word English uses: the story's "Trust" may be any trust
    text = (
        "DEAL\n\nBOSTON - Harwick Trust Corp said it sold a unit. Trust officials "
        "said the sale closed.\n"
    )
    found = resolved_organizations(text, [("Harwick Trust Corp", 0, False), ("Trust", 1, False)])
    assert found["Trust"] == ["Trust"], found
    # a unit's own words after the short name: "Hutton" beside "E.F. Hutton LBO Inc"
    text = "BID\n\nNEW YORK - Q.R. Pellham LBO Inc bid for the firm. Pellham values it.\n"
    found = resolved_organizations(
        text, [("Q.R. Pellham LBO Inc", 0, False), ("Pellham", 1, False)]
    )
    assert found["Pellham"] == ["Pellham"], found
    # the short name used before the full one: "Airbus" before "Deutsche Airbus GmbH"
    text = (
        "PLANE\n\nPARIS - Skybus will decide on the plane soon. Ostdeutsche Skybus GmbH, "
        "a partner, said Skybus needs funds.\n"
    )
    found = resolved_organizations(
        text,
        [("Skybus", 0, False), ("Ostdeutsche Skybus GmbH", 0, False), ("Skybus", 2, False)],
    )
    assert found["Skybus"] == ["Skybus", "Skybus"], found
    # the words before it name another company: "Celanese" beside "Hoechst AG" and
    # "Hoechst Celanese Corp" is the company Hoechst bought
    text = (
        "PLANTS\n\nNEW YORK - Varnholt AG's unit, Varnholt Quelanese Corp, will build "
        "plants. Varnholt bought Quelanese last month.\n"
    )
    found = resolved_organizations(
        text,
        [
            ("Varnholt AG", 0, False),
            ("Varnholt Quelanese Corp", 0, False),
            ("Quelanese", 1, False),
        ],
    )
    assert found["Quelanese"] == ["Quelanese"], found
    # nor written apart from it: a rating glued to the name
    text = (
        "DEBT RAISED\n\nNEW YORK - S and P raised to BBB-plus from BBB Zorlinger Co's "
        "debt. S and P cited Zorlinger's growth.\n"
    )
    found = resolved_organizations(text, [("BBB Zorlinger Co", 0, False), ("Zorlinger", 1, False)])
    assert found["Zorlinger"] == ["Zorlinger"], found


def test_the_ticker_after_the_full_name_is_that_company() -> None:
    text = (
        "VLM CUTS FARES\n\nAMSTERDAM - VLM Royal Flemish Airlines <VLM.AS> said it cut "
        "its fares. VLM said bookings rose.\n"
    )
    found = resolved_organizations(
        text,
        [("VLM", 0, True), ("VLM Royal Flemish Airlines", 0, False), ("VLM", 2, False)],
    )
    assert found["VLM Royal Flemish Airlines"] == ["VLM", "VLM", "VLM Royal Flemish Airlines"], (
        found
    )
    # "GM <GM> HOPES" above "GM Overseas Distribution Corporation": the unit is no GM
    text = (
        "GM <GM> HOPES FOR SALES\n\nGENEVA - Jim Fry of GM Overseas Distribution "
        "Corporation said GM hopes to sell more cars.\n"
    )
    found = resolved_organizations(
        text,
        [("GM", 0, True), ("GM Overseas Distribution Corporation", 0, False), ("GM", 3, False)],
    )
    assert found["GM"] == ["GM", "GM"], found
    # the ticker of one firm, the short name of another: "BCW" of "BCW Acquisition Inc"
    text = (
        "BEKTOR <BKW> GETS OFFER\n\nDENVER - Bektor Western Inc agreed to be acquired by "
        "BKW Acquisition Inc. BKW was formed by Bektor executives.\n"
    )
    found = resolved_organizations(
        text,
        [
            ("Bektor Western Inc", 0, False),
            ("BKW Acquisition Inc", 0, False),
            ("BKW", 2, False),
        ],
    )
    assert found["BKW Acquisition Inc"] == ["BKW", "BKW Acquisition Inc"], found


def test_an_acronym_without_the_country_before_the_name_is_that_body() -> None:
    text = (
        "SOY CASE\n\nWASHINGTON - The case was filed by the U.S. National Soymeal "
        "Crushers Association. The NSCA charged that the tax was unfair.\n"
    )
    found = resolved_organizations(
        text, [("U.S. National Soymeal Crushers Association", 0, False), ("NSCA", 0, False)]
    )
    assert found["U.S. National Soymeal Crushers Association"] == [
        "NSCA",
        "U.S. National Soymeal Crushers Association",
    ], found


def test_a_clipped_last_word_or_initials_of_the_first_words_are_the_same_name() -> None:
    text = (
        "NORDIC TELECOM SEES PROFIT\n\nLONDON - Nordic Telecommunications Plc said profit "
        "rose. Nordic Telecom will pay a higher dividend.\n"
    )
    found = resolved_organizations(
        text,
        [
            ("NORDIC TELECOM", 0, True),
            ("Nordic Telecommunications Plc", 0, False),
            ("Nordic Telecom", 1, False),
        ],
    )
    assert found["Nordic Telecommunications Plc"] == [
        "NORDIC TELECOM",
        "Nordic Telecom",
        "Nordic Telecommunications Plc",
    ], found
    text = (
        "TALKS\n\nTORONTO - Workers at Western Tractors of Canada Ltd, the unit of Western "
        "Tractors Corp, met. WT Canada said talks go on.\n"
    )
    found = resolved_organizations(
        text,
        [
            ("Western Tractors of Canada Ltd", 0, False),
            ("Western Tractors Corp", 0, False),
            ("WT Canada", 0, False),
        ],
    )
    assert found["Western Tractors of Canada Ltd"] == [
        "WT Canada",
        "Western Tractors of Canada Ltd",
    ], found
    # a word's ending is no clip: "Harlow Bank" beside "Harlow Banking Corp" may be its bank
    text = "RATES\n\nLONDON - Harlow Banking Corp said Harlow Bank cut its rates.\n"
    found = resolved_organizations(
        text, [("Harlow Banking Corp", 0, False), ("Harlow Bank", 0, False)]
    )
    assert found["Harlow Bank"] == ["Harlow Bank"], found
    # nor a few letters: "Royal Trust" beside "Royal Trustco Ltd" is its trust company
    text = "PLANS\n\nTORONTO - Dalmont Trustco Ltd said Dalmont Trust will grow abroad.\n"
    found = resolved_organizations(
        text, [("Dalmont Trustco Ltd", 0, False), ("Dalmont Trust", 1, False)]
    )
    assert found["Dalmont Trust"] == ["Dalmont Trust"], found
