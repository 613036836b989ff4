"""Word lists for what kind of thing a name is and which names are one thing: the index's
rules for entity pages (issues 24c-24g) and the event rules of recognition. Split from
words.py, which keeps the lists every stage shares."""

from __future__ import annotations

from generator.annotate.words import ROLE_HEADS, word_list

# ----------------------------------------------------------------------------- entities, issue 24c
# Lists for generator/index/pieces.py and variants.py.

# nouns that make the name before them a product, a treaty, a weapon or a measure, not a
# body nor a person: "the INF treaty", "EWSD digital switching systems", "the Richter
# scale", "the Tommy Hilfiger brand" (a name that never acts as a company)
PRODUCT_NOUNS = frozenset(
    word_list(
        """
        treaty treaties missile missiles warhead warheads weapon weapons rocket rockets
        system systems switch switches switchboard switchboards computer computers software
        chip chips drug drugs vaccine vaccines antibiotic antibiotics engine engines aircraft
        airliner airliners jetliner jetliners terminal terminals workstation workstations
        processor processors printer printers technology technologies car cars brand brands
        product scale gun guns tool app apps
        """
    )
)
# the head of a description that makes the name before it a product ("Keflex, a product
# whose patent", "Keflex is an antibiotic"); not a trade's ("the largest sugar processor")
PRODUCT_DESCRIPTIONS = frozenset(
    word_list(
        """
        product drug vaccine antibiotic brand car computer model treaty weapon missile
        software
        """
    )
)
# the head of a description that makes the name before it a law or a pact ("NCLB was a
# deeply flawed law", "Glass-Steagall, the 1933 act")
LAW_NOUNS = frozenset(word_list("law bill statute act treaty pact"))
# the storms the news names like people or places ("superstorm Sandy", "Hurricane Maria"):
# the word before such a name makes it a storm, no person and no place
STORM_WORDS = frozenset(word_list("storm superstorm hurricane typhoon cyclone"))
# the words before a continent that make a region of it, no body ("Latin America",
# "Central America", "Southeast Asia", "E. Europe")
REGION_WORDS = frozenset(
    word_list(
        """
        latin central north south east west northern southern eastern western southeast
        southwest northeast northwest south-east south-west north-east north-west
        sub-saharan e. w. n. s.
        """
    )
)
CONTINENTS = frozenset(word_list("america americas asia europe africa"))
# the head of a name that is a body, whatever a model said ("Kestrel Council" is no event)
BODY_HEADS = frozenset(word_list("council group association committee alliance consortium"))
# words that make a body's name no one country's: "International Energy Agency", "World
# Bank" (a generic name of one country's body is "Senate", "National Bank")
SUPRANATIONAL_WORDS = frozenset(word_list("international world global"))
# the head of a legislature's chamber, a body and no place: "Japan's 512-seat Lower House",
# "the South Dakota House", "the Upper House" (the White House keeps its own page)
CHAMBER_HEADS = frozenset(
    word_list("house senate diet parliament assembly chamber legislature congress")
)
# what a state's election to a national chamber is called after the chamber's word: the
# "Wisconsin Senate candidate", "Ohio's Senate race" run for the U.S. Senate
SEAT_RACE_NOUNS = frozenset(
    word_list("race races seat seats candidate candidates contest primary campaign nominee")
)
# what follows a chamber's committee cut before its word: "a House Banking subcommittee",
# "a Senate Benghazi hearing", "House Energy and Commerce committee chairman", "Senate
# Intelligence Ranking Democrat"
COMMITTEE_NOUNS = frozenset(
    word_list(
        """
        committee committees subcommittee subcommittees panel panels hearing hearings chairman
        chairwoman chair ranking
        """
    )
)
# what a publication is called before its name or after it, in the next sentence ("the
# daily Politiken", "Pravda said. The party daily said"): a body, never a person
PUBLICATION_NOUNS = frozenset(
    word_list("newspaper daily weekly tabloid magazine paper agency broadcaster")
)
# a company's parts, named right after the part's own name: "its Kennecott unit", "Conner
# Ballan division of Edward Viner and Co", "Pratt and Whitney unit": no person has one
FIRM_PARTS = frozenset(
    word_list("unit units subsidiary subsidiaries division divisions affiliate affiliates")
)
# legal forms by the law that gives them: a company written with a form of one law and
# a company written with another are two companies ("Manufacturers Hanover Corp" of New
# York, its London "Manufacturers Hanover Ltd"; "General Electric Co" and "General
# Electric Co Plc"). "Co", "Co Ltd", "Corp Ltd" and partnerships' forms are any law's
# ("Honda Motor Co Ltd" is "Honda Motor Corp"); the continent's forms are one law
# (a Swiss "AG" is also an "SA", a Belgian "SA" an "NV")
LEGAL_FORM_LAWS = {
    **dict.fromkeys(word_list("inc corp corporation incorporated llc"), "american"),
    **dict.fromkeys(word_list("plc ltd limited pty"), "british"),
    **dict.fromkeys(word_list("ag gmbh sa nv bv spa ab asa oy"), "continental"),
}
# Canada's cities that a story's dateline names without their province ("Montreal, March
# 19 -"): a story of Canada, whose companies write "Inc", "Corp" and "Ltd" alike
CANADIAN_DATELINES = frozenset(
    word_list("Toronto Montreal Vancouver Calgary Ottawa Edmonton Winnipeg Halifax Regina")
)
# a business's title or outlets right after its name, which a person's name never has
# before them: "Forbes magazine", "John Wanamaker stores", "Gordon Drummond pharmacies",
# "the leasehold of Glen Oaks store"
OUTLET_NOUNS = frozenset(
    word_list("magazine newspaper tabloid store stores pharmacy pharmacies shop shops")
)
# a broking firm's trade right before its name, which names the firm, no person (its
# broker is "broker John Smith"): "brokers James Capel", "at stockbrokers Hoare Govett",
# "London shipbroker Howard Houlder said" (a shipbroking house the wire quotes by name)
BROKING_FIRM_NOUNS = frozenset(word_list("brokers stockbrokers shipbroker shipbrokers brokerage"))
# a body's branch that a number names after it, no model: "UAW Local 1112", "UAW Locals
# 72 and 75", "District 65"
NUMBERED_BODY_HEADS = frozenset(word_list("local locals lodge district"))
# military ranks that stand before a surname: "Admiral Harris", "General Dunford"
MILITARY_RANKS = frozenset(
    word_list(
        """
        admiral adm general gen colonel col lieutenant lt sergeant sgt commander cmdr captain
        capt major maj
        """
    )
)
# the head noun of a description set beside a name that makes it a business or a body:
# "J. Brannam, a discount apparel chain", "Brae Corp, the Boston leasing concern" (not a
# trade's agent, which a person is too: "Richard Uihlein, an Illinois manufacturer")
DESCRIBED_FIRM_NOUNS = frozenset(
    word_list(
        """
        chain company firm concern subsidiary unit affiliate carrier airline utility insurer
        brokerage bank lender partnership cooperative co-operative conglomerate
        """
    )
)
# words before a name that say when it held the post, not which body it is: "Former
# Treasury official C. Fred Bergsten", "Acting Prime Minister", "Ex-Senate leader"
TENURE_WORDS = frozenset(word_list("former ex ex- then then- acting outgoing incoming interim"))
# word endings that make two spellings of one word ("Holding", "Holdings"; "Industrial",
# "Industries"; "West", "Western"): the rest of the word must match
INFLECTIONS = frozenset(word_list("s es al ial ies y ic ics ical n an ern ing ings"))

# ----------------------------------------------------------------------------- entities, issue 24d
# bodies a country has many of: "U.K. Court", "U.S. Bank" name a kind, not one body (a
# country's government, treasury, army or senate is one, and keeps its page)
COURT_WORDS = frozenset(word_list("court courts tribunal"))
MANY_PER_COUNTRY = COURT_WORDS | frozenset(
    word_list("bank banks group groups agency agencies committee")
)
# the kinds of court a country has one of in every circuit, district, state or county:
# "U.S. Court of Appeals", "Superior Court", "State Supreme Court" say not which one
SEATED_COURT_WORDS = frozenset(
    word_list("appeal appeals appellate circuit district bankruptcy superior county state federal")
)
# words a company's longer name adds without naming another company: "Morgan Stanley
# Group Inc" is Morgan Stanley, "Boeing Military Airplane Co" is not Boeing Co
SAME_COMPANY_WORDS = frozenset(
    word_list("group groups cos companies brothers bros holding holdings")
)
# the word after a body's short name that the news drops when it names the body short:
# "Quinnipiac" for "Quinnipiac University", "Labour" for "Labour Party" (a reader takes both
# for one). Not "News": "Fox" and "Yahoo" are also the network and the company that own
# "Fox News" and "Yahoo News"
SHORT_NAME_HEADS = frozenset(word_list("university college party"))

# ----------------------------------------------------------------------------- entities, issue 24e
# nouns that describe a person after a comma ("Arjen Los, analyst with ...", "Saleh Kamel, a
# leading businessman"): with the role heads, evidence that a two-word name is a person
PERSON_NOUNS = ROLE_HEADS | frozenset(
    word_list(
        """
        analyst analysts economist official businessman businesswoman trader dealer lawyer
        attorney founder partner investor merchant treasurer delegate owner executive
        manager officer head leader consultant strategist adviser advisor aide broker
        banker editor professor judge chancellor premier commissioner undersecretary
        vice-president vice-chairman counterpart negotiator
        """
    )
)
# the part a firm plays in a deal, written before its name: "Underwriter Moseley Holding
# Corp" is Moseley Holding Corp (capitalised where a sentence opens)
DEAL_ROLE_NOUNS = frozenset(
    word_list(
        """
        underwriter underwriters co-manager co-managers co-underwriter agent trustee auditor
        auditors adviser advisers advisor advisors broker bidder lender
        """
    )
)
# the last word of a name that makes it a programme, a plan or a law, a thing and no body
# or person ("Export Enhancement Program", "Baker Plan", "Takeover Code")
PROGRAMME_HEADS = frozenset(
    word_list(
        "program programme programs programmes initiative plan scheme act code amendment amendments"
    )
)
# words of a company's name in French, Spanish, Italian or German, which no person's name
# holds ("Regie Nationale des Usines Renault", "Banco Central", "Morgan et Cie", a German
# state's bank: "Landesbank Schleswig-Holstein - Girozentrale")
FOREIGN_FIRM_WORDS = frozenset(
    word_list(
        """
        usines regie societe société compagnie cie groupe banque banco banca compania
        compañía sociedad societa società gesellschaft werke landesbank girozentrale
        sparkasse
        """
    )
)
# "and" in the languages of the firms whose names the wire brackets whole ("<Fichtel und
# Sachs AG>", "<Koninklijke Nederlandsche Hoogovens en Staalfabrieken NV>", "<Duffour et
# Igon>", "<Ferrocarriles y Puertos SA>"): the model cuts a name there as at an English "and"
FOREIGN_AND = frozenset(word_list("und en et y e"))
# the last word of a trade pact's name, when "Trade" is among its words ("Transatlantic
# Trade and Investment Partnership", "Central American Free Trade Agreement"): a pact, no
# body, though a partnership is also a firm's form
TREATY_HEADS = frozenset(word_list("partnership agreement accord pact treaty"))
# the last word of a name that makes it a room of a building or a craft, neither a place
# nor a body: "the White House East Room", "the Situation Room", "a 1,850 pound
# Geostationary Operational Environmental Satellite (GOES)"
ROOM_OR_CRAFT_HEADS = frozenset(word_list("room rooms satellite satellites spacecraft"))
# the staff of an office that speak and act for it, after the office's name: "White House
# aides", "a White House spokesman", "the White House chief of staff" (not "analysts" or
# "traders": "Wall Street analysts" work in a place's firms, not for it)
STAFF_NOUNS = frozenset(
    word_list(
        """
        spokesman spokeswoman spokesmen spokesperson aide aides official officials staffer
        staffers counsel
        """
    )
)
# the last word of a name that makes it a place or a structure, no person ("George
# Washington Bridge", "Hudson Valley"; not the surnames Hall, Park, Tower, Lake)
STRUCTURE_HEADS = frozenset(
    word_list(
        """
        bridge tunnel airport stadium street avenue road highway square center centre
        school university college hospital memorial building plaza valley river island
        islands peninsula mountains county province strait ocean
        """
    )
)

# small words inside Italian, Spanish, French and Portuguese bodies' names, where a model
# cuts the name ("Ente Nazionale per l'Energia Elettrica (ENEL)", "Banco de Credito")
FOREIGN_CONNECTORS = frozenset(word_list("per di del della dei delle de des du do da dos das y"))
# the last word of a protected stretch of land, a place whatever the model calls it ("the
# Arctic National Wildlife Refuge", "Yellowstone National Park"; not "Reserve", which ends
# the Federal Reserve)
LAND_HEADS = frozenset(word_list("refuge wilderness sanctuary park"))
# lower-case nouns after "<country> <word>" that make the two a description of a firm, no
# name ("a U.S. Securities house", "a U.K. Broking firm")
FIRM_DESCRIPTION_NOUNS = frozenset(word_list("house houses firm firms"))

# ----------------------------------------------------------------------------- entities, issue 24f
# the words of a country's own bodies: "U.S. Treasury" is the Treasury of a U.S. story,
# "China Times" is no "Times", "U.S. Energy" no "Energy Factors Inc"
NATIONAL_BODY_WORDS = frozenset(
    word_list(
        """
        treasury administration department ministry commission agency office bureau
        authority board senate congress parliament assembly army navy force corps court
        service council committee reserve
        """
    )
)

# ----------------------------------------------------------------------------- entities, issue 24g
# What makes a capitalised "Conference", "Convention" or "Congress" an event's name.

# lower-case nouns after an event word that make it part of another thing's name: the
# "Tampa Convention Center" is a building, "Morning Meeting program" a radio show
EVENT_WORD_BEFORE = frozenset(
    word_list(
        """
        center centre hall building arena complex school program programme show podcast
        plant plants factory stadium
        broadcast commission committee
        """
    )
)
# a level of government that opens a body's name and that the story's later mentions
# leave out: "the Federal Statistics Office said", then "The Statistics Office said"
BODY_LEVEL_WORDS = frozenset(word_list("federal national central state"))
# words that say a body's standing, not name it: "the Opposition Labour Party" is the party
STANDING_WORDS = frozenset(word_list("opposition ruling governing"))
# adjectives that make an event's name generic when they open it and only they and a
# party come before the head: "the National Championship", "the State GOP Convention"
GENERIC_EVENT_WORDS = frozenset(
    word_list("state national federal international annual regional general local county")
)
PARTY_WORDS = frozenset(word_list("republican republicans democratic democrat gop libertarian"))
# words before an event that make the phrase a description: "a Chamber of Commerce summit"
INDEFINITE_ARTICLES = frozenset(word_list("a an another"))
# one-per-country bodies that a party or a leader before them describes, not names: "the
# Republican Senate", "a Democratic White House", "a Trump White House"
DESCRIBED_BODIES = frozenset(
    [
        "congress",
        "senate",
        "house",
        "white house",
        "administration",
        "government",
        "cabinet",
        "legislature",
        "majority",
        "state department",
        "justice department",
        "treasury department",
        "defense department",
    ]
)
