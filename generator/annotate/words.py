"""Word lists the annotators share: one list per idea.

Entity recognition and quotation attribution read the same vocabularies (honorifics,
roles, organization heads, words that are never names), so the two stages agree on
what a name, a title or an institution looks like.
"""

from __future__ import annotations

import re


def word_list(text: str) -> list[str]:
    """Whitespace-separated word lists keep the vocabularies below readable."""
    return text.split()


# --- names

# Capitalised words that never start or make a name on their own.
NOT_NAMES = frozenset(
    word_list(
        """
        the a an in on at but and or if as for to of by with from this that these those it
        its he she they we i you his her their our my your after before when while during
        since until monday tuesday wednesday thursday friday saturday sunday january
        february march april may june july august september october november december there
        here what who why how where which yes no not so asked according still yet meanwhile
        however also now then today tonight yesterday tomorrow someone somebody nobody
        everyone anyone about all both course few madam many most several some sir mr mrs
        ms dr i'm i’m i've i’ve i'd i’d i'll i’ll
        """
    )
)


# Capitalised words that name no single entity: faiths, parties' members, deities, and
# the descriptors and posts the news writes like names ("LGBT people", "Latin American
# artists", "Trump's potential VP", "Civil Rights icon").
NOT_ENTITIES = frozenset(
    [
        "Civil Rights",
        "LGBT",
        "LGBTQ",
        "VP",
        "Latin American",
        "Latin Americans",
        "God",
        "Allah",
        "Muslim",
        "Muslims",
        "Christian",
        "Christians",
        "Jew",
        "Jews",
        "Jewish",
        "Catholic",
        "Catholics",
        "Protestant",
        "Protestants",
        "Hindu",
        "Hindus",
        "Buddhist",
        "Buddhists",
        "Sikh",
        "Sikhs",
        "Democrat",
        "Democrats",
        "Republican",
        "Republicans",
        "Latino",
        "Latinos",
        "Latina",
        "Latinas",
        "Hispanic",
        "Hispanics",
        "Hey",
        "Moreover",
        "Indeed",
        "Yes",
        "Oh",
        "Okay",
        "Islamist",
        "Islamists",
        "Sunni",
        "Sunnis",
        "Shia",
        "Shiite",
        "Shiites",
    ]
)


# A peer's titles, written before a surname ("Lord Barber", "Baroness Thatcher"): the name
# after them is no given name of a name written surname first
PEERAGE_TITLES = frozenset(word_list("lord lady baron baroness"))


# Titles written before a person's name, with the gender they tell ("m", "f") or None.
HONORIFICS: dict[str, str | None] = {
    **dict.fromkeys(word_list("mr mr. mister sir lord father councilman"), "m"),
    **dict.fromkeys(word_list("mrs mrs. ms ms. miss madam dame lady sister councilwoman"), "f"),
    **dict.fromkeys(
        word_list(
            """
            dr dr. prof professor reverend rev councillor councilor alderman sheriff inspector
            detective constable bishop archbishop pope cardinal rabbi imam pastor sen sens rep
            reps gov ag
            """
        ),
        None,
    ),
}


# Common first names that mark a person as male, so "she" skips them.
MALE_NAMES = frozenset(
    word_list(
        """
        donald bernie bill barack joe john ted marco jeb ben chris mike rand rick scott
        paul mitch harry tim george ronald jimmy al dick newt lindsey rudy reince corey
        steve stephen james robert michael william david richard charles thomas mark
        daniel matthew anthony kevin jason jeff jeffrey brian ryan gary eric jacob
        nicholas jonathan larry frank justin brandon raymond gregory samuel benjamin
        patrick jack dennis jerry alexander tyler henry douglas peter adam nathan zachary
        kyle walter harold carl arthur roger keith jeremy lawrence sean christian albert
        joshua andrew kenneth edward ronald timothy jose juan carlos luis vladimir sergei
        dmitry alexei viktor igor boris xi francois emmanuel nicolas recep bashar
        hassan benjamin bibi abdel mohammed muhammad ali omar ahmed hugo evo fidel raul
        tom tony jim bob fred ed ken greg phil dan doug herman sam max lou sean
        """
    )
)


# Common first names that mark a person as female, so "he" skips them.
FEMALE_NAMES = frozenset(
    word_list(
        """
        hillary carly nancy elizabeth sarah kellyanne michelle melania ivanka hope huma
        debbie nikki susan mary patricia jennifer linda barbara margaret lisa karen betty
        helen sandra donna carol ruth sharon laura kimberly deborah jessica cynthia angela
        melissa brenda amy anna rebecca virginia kathleen pamela martha amanda stephanie
        carolyn christine marie janet catherine ann anne joyce diane alice julie heather
        teresa theresa gloria evelyn jean cheryl katherine joan ashley judith rose janice
        kelly nicole judy christina kathy beverly denise tammy irene jane lori rachel
        marilyn andrea kathryn jacqueline bonnie julia diana emily robin peggy rita dawn
        connie tracy carmen rosa cindy grace wendy victoria kim shannon sheila ellen elaine
        monica emma anita valerie megan megyn alicia suzanne gail veronica jill erin lauren
        sally yvonne samantha dana holly melanie katie kristen vanessa beth tara claire
        chelsea betsy kirsten dianne patty maria heidi kamala tulsi condoleezza madeleine
        federica marine dilma greta katy maxine loretta marsha ileana joni mazie tammy
        omarosa natalie caroline olga tatiana svetlana irina natalia yulia elena ekaterina
        maria sonia jackie jo jacquelyn ayanna gretchen kristi kristin kate katrina leah
        naomi brooke hannah madison abigail olivia sophia isabella mia charlotte ella
        """
    )
)


PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "we": None, "i": None}


# --- people's titles and descriptions

RANKS = (
    "Field Marshal",
    "Marshal",
    "Army General",
    "General of the Army",
    "Colonel General",
    "Lieutenant General",
    "Major General",
    "Brigadier General",
    "Brigadier",
    "General",
    "Lieutenant Colonel",
    "Colonel",
    "Major",
    "Captain",
    "Lieutenant",
    "Sergeant",
    "Admiral",
    "Vice Admiral",
    "Rear Admiral",
    "Fleet Admiral",
    "Commodore",
)


ROLE_HEADS = frozenset(
    [
        "minister",
        "representative",
        "ambassador",
        "envoy",
        "president",
        "secretary",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "governor",
        "mayor",
        "senator",
        "congressman",
        "congresswoman",
        "king",
        "queen",
        "pope",
        "prince",
        "princess",
        "head",
        "leader",
        "ceo",
        "editor",
        "judge",
        "justice",
        "deputy",
        "adviser",
        "advisor",
        "officer",
        "premier",
        "chancellor",
        "treasurer",
        "attorney",
        "general",
        "counsel",
        "coordinator",
        "commissioner",
        "diplomat",
        "prosecutor",
        "speaker",
        "member",
        "founder",
        "executive",
        "manager",
        "analyst",
        "professor",
    ]
)


TITLE_WORDS = (
    ROLE_HEADS
    | frozenset(HONORIFICS)
    | frozenset(
        [
            "vice",
            "prime",
            "foreign",
            "defense",
            "defence",
            "interior",
            "finance",
            "state",
            "permanent",
            "first",
            "former",
            "acting",
            "special",
            "assistant",
            "foreign-affairs",
            "general",
            "deputy",
            "senior",
            "chief",
        ]
    )
)


# Nouns a description of a person ends with: the office titles and the rest.
PERSON_HEADS = ROLE_HEADS | frozenset(
    word_list(
        """
        diplomat minister envoy official president senator candidate nominee spokesman
        spokeswoman spokesperson ambassador representative secretary governor mayor leader
        chairman chairwoman chief director congressman congresswoman lawmaker businessman
        businesswoman billionaire mogul politician general commander officer head premier
        chancellor king queen prince pope woman man lawyer attorney judge justice professor
        analyst expert economist adviser advisor aide manager strategist founder executive
        ceo owner host anchor pollster activist author writer columnist reporter
        correspondent editor doctor surgeon neurosurgeon physician actor actress singer star
        veteran father mother wife husband son daughter brother sister democrat republican
        frontrunner front-runner contender rival opponent challenger incumbent speaker whip
        legislator delegate commissioner sheriff detective inspector superintendent
        prosecutor coach player rapper comedian student teacher priest pastor rabbi imam
        baker farmer nurse driver resident chef shopkeeper stallholder
        cleric counsel consul deputy negotiator presenter vice-president journalist
        commentator broker investor underwriter shareholder
        """
    )
)


# Any word of a title written next to a name ("Russian Deputy Foreign Minister").
ROLE_WORDS = TITLE_WORDS | frozenset(
    word_list(
        """
        president vice prime minister deputy foreign defense defence interior secretary
        general lieutenant lt. gen. gen major maj. colonel col. sergeant sgt. captain capt.
        admiral adm. commander cmdr. senator sen. sens. sec. representative rep. reps.
        congressman congresswoman governor gov. mayor ambassador envoy spokesman spokeswoman
        spokesperson chairman chairwoman chair director chief head leader speaker justice
        judge attorney former acting permanent special presidential candidate nominee
        democratic republican democrat gop state states house senate majority minority whip
        first lady gentleman king queen prince princess pope cardinal bishop rev. reverend
        father pastor rabbi imam sheikh professor prof. dr. doctor officer detective sheriff
        chancellor premier commissioner inspector superintendent supt. council councilman
        councilwoman assemblyman assemblywoman delegate consul diplomat minister's press
        campaign manager strategist adviser advisor aide analyst economist founder executive
        ceo coo cfo owner host anchor correspondent editor columnist author writer pollster
        attorney-general secretary-general russian american british french german chinese
        ukrainian us u.s. u.s un n.y. texas florida ohio new york california sen rep gov mr.
        mrs. ms. mr mrs ms miss sir dame lord lady saint st. jr. lawmaker legislator mp u.n.
        pres. atty. cpl. pvt. fr. sister brother coach councillor councilor alderman staff
        """
    )
)


DESCRIPTION_HEADS = {
    "envoy": "diplomat",
    "ambassador": "diplomat",
    "diplomat": "diplomat",
    "representative": "diplomat",
    "minister": "minister",
    "president": "president",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
}


NATIONALITIES = {
    "American": "United States",
    "British": "United Kingdom",
    "Chinese": "China",
    "Dutch": "Netherlands",
    "French": "France",
    "German": "Germany",
    "Greek": "Greece",
    "Israeli": "Israel",
    "Japanese": "Japan",
    "Polish": "Poland",
    "Russian": "Russia",
    "Spanish": "Spain",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
    "Turkish": "Turkey",
    "Ukrainian": "Ukraine",
    "US": "United States",
    "U.S.": "United States",
}


# --- organizations and events

# last words of a newspaper's name after its city ("Washington Post", "New York Times")
MEDIA_HEADS = frozenset(word_list("times post journal tribune herald gazette"))

# Last words that make a phrase an organization's name or description.
ORGANIZATION_HEADS = frozenset(
    word_list(
        """
        kremlin ministry department government administration agency office company
        treasury college ltd plc llc
        committee commission council campaign party embassy pentagon police army military
        navy court bureau service authority authorities union organization organisation
        organizations group foundation institute university white house senate congress
        parliament duma cabinet board bank corporation corp. inc. firm network newspaper
        channel staff team alliance coalition federation secretariat mission headquarters
        center centre commission association church front fund league movement corp inc
        """
    )
)


EVENT_HEADS = frozenset(
    [
        "summit",
        "conference",
        "forum",
        "congress",
        "games",
        "olympics",
        "olympiad",
        "championship",
        "championships",
        "cup",
        "festival",
        "expo",
        "exhibition",
        "talks",
        "meeting",
        "session",
        "assembly",
        "war",
        "election",
        "elections",
        "referendum",
        "marathon",
        "tournament",
        "convention",
    ]
)


LOWERCASE_EVENT_HEADS = frozenset({"summit", "conference", "forum", "talks", "games"})


ORDINALS = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "annual",
    ]
)


CONNECTORS = frozenset({"of", "to", "for", "the", "and", "on", "in", "at"})


# --- speech

CUES = frozenset(
    word_list(
        """
        said says say saying told tells tell telling added adds adding noted notes noting
        stressed stresses stressing elaborated elaborates explained explains explaining
        warned warns warning asked asks continued continues insisted insists insisting
        argued argues arguing wrote writes writing declared declares stated states remarked
        remarks replied replies responded responds recalled recalls recalling observed
        observes claimed claims claiming tweeted tweets tweeting announced announces
        acknowledged acknowledges admitted admits suggested suggests concluded concludes
        emphasized emphasizes emphasised emphasises complained complains joked jokes quipped
        quips cautioned cautions predicted predicts urged urges conceded concedes agreed
        agrees countered counters shouted yelled recounted recounts answered answers mused
        muses boasted boasts vowed vows promised promises charged charges contended contends
        maintained maintains asserted asserts thundered exclaimed cried screamed whispered
        commented comments posted wondered wonders lamented laments proclaimed reiterated
        reiterates confirmed confirms demanded pleaded retorted snapped scoffed sighed
        hinted opined interjected texted emailed blasted fumed raged bragged touted
        described describes recalled conceded testified explained railed ranted griped
        pointed elaborated noted stressing underlined underscored underscores highlighted
        reported reports informed assured exhorted sings sang chanted intoned chanting yelling
        shouting screamed cry claim insist argue warn demands demanding remarking stating
        declaring asserting commenting replying responding
        """
    )
)


# Verbs that weave someone's quoted words into the writer's sentence without being speech
# verbs of their own: `called the ruling "good news"`, `voiced alarm that "..."`.
PARTIAL_CUES = frozenset(
    word_list(
        """
        called calls calling dubbed dubs labeled labelled branded brands voiced voices
        expressed expresses denounced denounces hailed hails praised praises slammed slams
        accused accuses criticized criticised defended defends justified describing
        petitioned petitioning petitions
        """
    )
)


STATEMENT_NOUNS = frozenset(
    word_list(
        """
        statement message tweet tweets post posts email letter memo interview remarks speech
        response reply retort answer note warning plea appeal question words vow pledge
        promise demand call order claim threat
        """
    )
)


# ---------------------------------------------------------------------------------------
# Quotation attribution (issue 16): descriptions and documents that speak.

# `the statement said`, `the article read`, `said the ruling`: a document speaks for the
# organization (or person) the article said issued it.
DOCUMENT_NOUNS = frozenset(
    word_list(
        """
        statement report article piece book ruling letter email e-mail memo editorial study
        survey lawsuit complaint filing order opinion decision release ad advertisement
        video post tweet document communique communiqué notice brief transcript column
        story release resolution declaration text message note suit alert advisory
        website proposal
        """
    )
)

# Heads of descriptions that say a person's gender (`the New York businessman`).
FEMALE_HEADS = frozenset(
    word_list(
        """
        woman mother wife daughter sister businesswoman congresswoman spokeswoman
        chairwoman actress queen grandmother widow girl lady aunt niece
        """
    )
)
MALE_HEADS = frozenset(
    word_list(
        """
        man father husband son brother businessman congressman spokesman chairman actor
        king prince grandfather widower boy uncle nephew
        """
    )
)

# Heads that usually describe someone the article keeps anonymous (`the official`): they
# name an earlier person only when that person was given the same role.
ANONYMOUS_HEADS = frozenset(
    word_list(
        """
        official spokesman spokeswoman spokesperson source aide person adviser advisor
        staffer insider employee worker member officer banker dealer trader witness arbitrager
        arbitrageur economist analyst
        """
    )
)

# An organization's description and the words its name may use instead (`the union`
# for the Association of Flight Attendants, `the paper` for The New York Times).
ORG_SYNONYMS = {
    "union": ("union", "association", "federation", "brotherhood", "guild"),
    "newspaper": ("times", "post", "journal", "news", "tribune", "herald", "gazette"),
    "paper": ("times", "post", "journal", "news", "tribune", "herald", "gazette"),
    "daily": ("times", "post", "journal", "news", "tribune", "herald", "gazette"),
    "court": ("court", "circuit", "tribunal"),
    "agency": ("agency", "tass", "ria", "reuters", "xinhua", "interfax", "press"),
    "company": ("inc", "corp", "co", "company", "group", "ltd", "llc"),
    "bank": ("bank", "banco", "banca", "banque", "bankhaus"),
    "ministry": ("ministry", "department"),
    "department": ("department", "ministry"),
}
# a body's own organs: `The board voted ...` speaks of the company the story is about
BODY_ORGANS = frozenset(word_list("board directors management"))


# ----------------------------------------------------------------------------- entities, issue 17
# Lists for generator/annotate/entities/sanity.py (kept by the entities engineer).

# a person's title before the name, besides TITLE_WORDS ("Treasurer Paul Keating")
ENTITY_EXTRA_TITLES = frozenset(
    ["treasurer", "economist", "chancellor", "premier", "envoy", "ambassador", "mayor", "judge"]
)
# last words that make a name a company or a body, not a person ("General Electric Co")
ORGANIZATION_LAST_WORDS = frozenset(
    ORGANIZATION_HEADS
    | {
        "co", "co.", "corp.", "inc.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "nv", "n.v.",
        "s.a.", "bhd", "pte", "spa", "s.p.a.", "gmbh", "lp", "l.p.", "department", "office",
        "board", "exchange", "bureau", "authority", "administration", "industries",
        "holdings", "partners", "associates", "brothers", "securities", "airlines",
        "systems", "technologies", "laboratories", "labs", "trust", "club", "newspaper",
        "bancorp", "bancshares", "bankshares", "engineers", "engineering", "financial",
        "capital", "resources", "energy", "electronics", "motors", "foods", "petroleum",
        "chemical", "chemicals", "communications", "computer", "computers", "software",
        "pharmaceuticals", "insurance", "savings", "realty", "properties", "mining",
        "minerals", "enterprises", "ventures", "investments", "international", "stores",
        "corps", "services", "industrier", "industri", "ab", "asa", "oy", "oyj", "bv",
        "b.v.", "srl", "kg", "worldwide", "division", "products",
    }
)  # fmt: skip
# last words that make a name a business, never a place ("Victor Temporary Services"); a
# body's words ("Exchange", "Club") also end names the news uses of places, so not these
FIRM_LAST_WORDS = frozenset(
    word_list(
        """
        services industries systems technologies enterprises holdings securities stores
        laboratories co co. inc inc. corp corp. ltd ltd. plc bancorp bancshares bankshares
        """
    )
)
# last words of bodies that no place carries ("Cook County Circuit Court", "Eastwood Hospital")
BODY_LAST_WORDS = frozenset(
    word_list(
        """
        committee subcommittee court clinic hospital institute university college
        """
    )
)
# wire copy's abbreviations and units of amounts, in no name anywhere ("U.S. Dlrs", "50
# mln N.Z. Dlrs of 77-day Treasury bills", "2.6 BIL" in a table, "1,578 Special Drawing
# Rights (SDR)"), unless they abbreviate a company ("... Luxembourg SA (BIL)")
AMOUNT_WORDS = frozenset(word_list("dlrs dlr mln bln bil pct sdr sdrs"))
# last words of currency amounts and market terms, never an entity ("U.S. Dollars")
NOT_ENTITY_LAST_WORDS = frozenset(
    [
        "dollars", "dollar", "yen", "marks", "francs", "pounds", "lire",
        "ecus", "units", "rate", "rates", "bonds", "notes", "shares", "futures", "index",
        "crowns", "guilders", "pesos", "cruzados", "australs", "rupees", "treasuries",
        "sweet", "sour", "crude",
    ]
)  # fmt: skip
# last words of terms of economics, policy, trade and securities, which name no body and no
# place ("Gross National Product", "Value Added Tax", "West Texas Intermediate" crude,
# "American Depository Receipt")
TERM_LAST_WORDS = frozenset(
    word_list(
        """
        product tax taxes requirement amounts strategy policy statement intermediate
        receipt receipts
        """
    )
)
# last words of rocks, fields and products, which end no person's name ("Clinton Sandstone")
NOT_PERSON_LAST_WORDS = frozenset(
    word_list(
        """
        sandstone shale limestone formation basin reef dome trend prospect mine mines
        """
    )
)
# sites a surname alone names ("Bousquet mine number two", "the Hunt field"): the mine,
# the field, not the person of that name
SITE_NOUNS = frozenset(
    word_list(
        """
        mine mines oilfield oilfields gasfield refinery smelter deposit deposits reservoir
        field fields project plant plants property prospect
        """
    )
)
# the site nouns that are verbs too ("Cruz fields most attacks", "to plant doubts"), which
# name a site only after a determiner ("its Hunt field")
SITE_VERBS = frozenset(word_list("field fields project plant plants"))
# suffixes of a person's name, which after a surname alone make no name ("Noland III")
NAME_SUFFIXES = frozenset(word_list("jr jr. sr sr. ii iii iv"))
# one-word names that the copy's own agency uses of itself ("told Reuters", "a Reuter survey")
AGENCY_SELF_NAMES = frozenset(["Reuters", "Reuter", "REUTERS", "REUTER"])
# verbs and prepositions before an agency that make it the channel, not the subject
AGENCY_ATTRIBUTION_BEFORE = frozenset(
    ["told", "tell", "tells", "telling", "to", "with", "by", "according", "a", "the", "in"]
)
# endings of drug and chemical names, which a model trained on news takes for surnames
DRUG_SUFFIXES = (
    "mab", "vir", "statin", "cillin", "mycin", "cycline", "azole", "pril", "sartan",
    "olol", "prazole", "dipine", "tidine", "feron", "kinase", "oxacin", "zepam", "barbital",
    "deaminase", "transferase",
)  # fmt: skip
# last words that make a "person" a place ("Dulles Airport", "Valley Cottage" stays a name)
# a hyphenated given name written after the family name ("Kim Mahn-je", "Li Ka-shing"):
# the first word is the surname that names the person alone ("Kim told reporters")
GIVEN_NAME_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+")
# small words inside family names ("Herman De Croo", "Fernand St Germain"): the family
# name written alone keeps them ("De Croo said")
NAME_PARTICLES = frozenset(
    word_list("de van von der den da di del la le bin al ibn st st. dos das du ter")
)
# nouns that a capital letter completes, as in "Series A", "Class B" stock: the letter is
# no initial of the name after it ("Series A. Moody's actions ...")
LETTERED_NOUNS = frozenset(
    word_list("series class tranche section group phase plan type model grade part schedule")
)
# lower-case words a name runs on through, where a model cuts it in two ("Abdul-Aziz bin
# Khalifa al-Thani", "Bank fuer Gemeinwirtschaft")
PATRONYMICS = frozenset(word_list("bin ibn bint"))  # "son of", "daughter of"
NAME_JOINS = PATRONYMICS | frozenset(word_list("fuer für"))
# kin named by a given name alone ("his son George") are seldom the one named in full
KIN_WORDS = frozenset(
    word_list(
        """
        son sons daughter daughters brother brothers sister sisters father mother parents
        grandson granddaughter nephew niece uncle aunt cousin children
        """
    )
)
# titles written with a given name alone ("Sheikh Ali" for Sheikh Ali al-Khalifa al-Sabah)
GIVEN_NAME_TITLES = frozenset(
    word_list("sheikh sheik prince princess king queen emir sultan sir dame pope")
)
# first words of place names ("Mount Kilimanjaro", "Fort Worth", "Los Angeles")
PLACE_FIRST = frozenset(
    word_list(
        """
        north south east west northern southern eastern western new los san las santa
        fort saint mount lake port united great central upper lower greater el la
        """
    )
)
PLACE_LAST_WORDS = frozenset(
    word_list(
        """
        airport river county island islands bay street avenue square drive road boulevard
        lane highway
        """
    )
)
# words that open a sentence and never begin a name ("Although Brazil ...", "Without
# Bloomberg in the mix")
SENTENCE_OPENERS = frozenset(
    [
        "although", "though", "while", "whereas", "meanwhile", "however", "moreover",
        "furthermore", "nevertheless", "despite", "unlike", "besides", "because", "unless",
        "analysts", "officials", "traders", "sources", "shares", "once", "without",
        "whatever", "alongside", "amid",
    ]
)  # fmt: skip
COMPASS_POINTS = frozenset(word_list("north south east west"))  # "the West", "West German"
# plural nouns that name a kind of firm or people, not one ("U.S. Banks", "Dealers said")
GENERIC_PLURALS = frozenset(
    ["banks", "companies", "firms", "insurers", "brokers", "dealers", "traders", "analysts"]
)
# nationality adjectives that a model may take for a surname ("the Greek government")
NATIONALITY_WORDS = frozenset(NATIONALITIES) | frozenset(
    [
        "Greek",
        "Thai",
        "Swiss",
        "Iraqi",
        "Israeli",
        "Saudi",
        "Kuwaiti",
        "Pakistani",
        "Afghan",
        "Turkish",
        "Polish",
        "Danish",
        "Swedish",
        "Finnish",
        "Spanish",
        "Irish",
        "Scottish",
        "Welsh",
        "Brazilian",
        "Argentine",
        "Mexican",
        "Canadian",
        "Australian",
        "Japanese",
        "Korean",
        "Soviet",
        "Arab",
        "Iranian",
        "Egyptian",
        "Nigerian",
        "Indonesian",
        "Malaysian",
        "Filipino",
        "Peruvian",
        "Chilean",
        "Colombian",
        "Venezuelan",
        "Belgian",
        "Norwegian",
        "Austrian",
        "Hungarian",
        "Czech",
        "Romanian",
        "Bulgarian",
        "Yugoslav",
        "Portuguese",
        "Italian",
        "German",
        "French",
        "Indian",
    ]
)

# ----------------------------------------------------------------------------- entities, issue 24
# Lists for the archive-wide resolution in generator/index/resolution.py.

# months as datelines and tables write them: never an entity ("NEW YORK, Feb 26")
# words only a speaker uses of himself: quoted words holding them are somebody's
FIRST_PERSON = frozenset(
    word_list(
        """
        i i'm i've i'd i'll i’m i’ve i’d i’ll me my mine myself we we're we've we'll we'd
        we’re we’ve we’ll we’d us our ours ourselves
        """
    )
)
WEEKDAYS = frozenset(word_list("monday tuesday wednesday thursday friday saturday sunday"))
MONTH_NAMES = frozenset(
    word_list(
        """
        january february march april may june july august september october november
        december jan feb mar apr jun jul aug sep sept oct nov dec
        """
    )
)
# words before a month's word that make it a date ("in May", "last March", "since June"):
# elsewhere, before capitalised words, it may open a firm's name ("May Department Stores")
DATE_WORDS_BEFORE_MONTH = frozenset(
    word_list("in on last next since until till by early late mid from this during through")
)
# words that name a kind of body, or qualify one, but no one body: a name made only of
# these, CONNECTORS and legal forms is a fragment ("Bank of", "National Commission")
GENERIC_NAME_WORDS = frozenset(
    word_list(
        """
        bank banks commission holdings holding association exchange company companies group
        board committee council agency department union party government ministry office
        bureau authority fund institute corporation trust national international federal
        central general state first new stock american world united
        """
    )
)

# ----------------------------------------------------------------------------- names, task 25c
# Lists for the person-name trimming in generator/annotate/entities/candidates.py.

# the portfolio of an office, run into the name after it: "Minister of Mines and Energy
# Subroto" names Subroto, "Chief of Staff Howard Baker" Howard Baker
OFFICE_WORDS = frozenset(
    word_list(
        """
        energy mines mining trade industry industries commerce agriculture economy economic
        economics affairs labour labor justice health education transport transportation
        communications planning treasury information culture fisheries forestry environment
        housing development cooperation co-operation petroleum oil resources works welfare
        employment tourism science technology budget posts telecommunications home social
        security internal external public relations staff finance foreign defense defence
        interior state industrial trade-and-industry
        """
    )
)
# regnal and dynastic numbers, which belong to the name before them ("Pope John Paul II")
REGNAL_NUMBERS = frozenset(word_list("II III IV VI VII VIII XII XXIII"))

# ----------------------------------------------------------------------------- quotations, task 25c
# papers a body publishes that speak for it (`The report said`, `The paper said` of a
# central bank's consultative paper): where the text does not say whose, shown as the
# text gives them, linked to no page (a message, a letter or a book has a writer the
# text usually names, so those stay open)
SPEAKING_PAPERS = frozenset(word_list("report paper review survey study proposal communique"))
