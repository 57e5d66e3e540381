"""The vocabulary of pressparse: every word list and phrase table of the package, once.

Takes nothing; gives typed constants named by concept (``ORG_HEADS``, ``TITLE_HEADS``,
``HEADLINE_VERBS``, ``MONTHS`` ...). Lower-case sets are matched against case-folded words;
tuples keep the order a regex alternation is built in. Where a stage needs a variant of a
list, the variant is derived here in plain sight from its base (``PROGRAM_ORG_WORDS =
ORG_HEADS | {...}``), and ``tests/test_lexicon.py`` pins the relations. This module is a
leaf: it imports nothing from pressparse.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


# ---------------------------------------------------------------------------------------------
# calendar

# month names as printed, in calendar order
MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
# month abbreviations as printed ("Sept" before "Sep": the longer first)
MONTH_ABBREVIATIONS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
# Spanish month names and their numbers ("setiembre" is a variant of "septiembre")
SPANISH_MONTHS: Final[Mapping[str, int]] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
# every month word, lower case, with its number: names, abbreviations and Spanish names
MONTH_NUMBERS: Final[Mapping[str, int]] = {
    **{m.lower(): n for n, m in enumerate(MONTHS, 1)},
    **{a.lower(): next(n for n, m in enumerate(MONTHS, 1) if m.startswith(a)) for a in MONTH_ABBREVIATIONS},
    **SPANISH_MONTHS,
}
# a month's first three letters, the key of every spelling of it ("Sept.", "September"), and its number
MONTH_STEMS: Final[Mapping[str, int]] = {m[:3].lower(): n for n, m in enumerate(MONTHS, 1)}
# weekday names as printed, Monday first
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# the names of months and weekdays, lower case
CALENDAR_NAMES: Final = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))
# weekday abbreviations as printed (the longer spelling of a day first)
WEEKDAY_ABBREVIATIONS: Final = ("Mon", "Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun")

# ---------------------------------------------------------------------------------------------
# small words

# the articles
ARTICLES: Final = frozenset({"the", "a", "an"})
# possessive determiners: "our program", "its office"
POSSESSIVES: Final = frozenset({"our", "its", "his", "her", "their"})
# the determiners before a person's title or a name's head: "the", "a", "our", "their" ...
DETERMINERS: Final = ARTICLES | POSSESSIVES
# the determiners that may open a descriptive reference to a program: "this program", "your plan"
PROGRAM_DETERMINERS: Final = DETERMINERS | {"this", "your"}
# the function words every small-word list below holds
FUNCTION_WORDS: Final = ARTICLES | _words("of for and in on at to by")
# the prepositions: an appositive that opens with one is no title (", with Representatives ...")
PREPOSITIONS: Final = _words("of from in at with for by to on as")
# small words of a title-case heading that stay lower case: "Man Charged With Fraud"
SMALL_WORDS: Final = FUNCTION_WORDS | PREPOSITIONS | _words("or vs")
# words that carry no content in a line's wording (English and Spanish)
STOP_WORDS: Final = SMALL_WORDS | _words("are be but into is was via de del el en la las los y")
# words an acronym's expansion may pass over without a letter of their own (English, Spanish, French,
# Portuguese, Italian)
EXPANSION_WORDS: Final = FUNCTION_WORDS | _words(
    "with from & our its de del des du la le los las el y et da dos das di"
)
# small words inside a program's printed title: "Assistance to Firefighters", "Arts & Lectures"
TITLE_SMALL_WORDS: Final = FUNCTION_WORDS | _words("with & our")
# small words that make a line no place name: "Since", "By the ..."
NOT_PLACE_SMALL_WORDS: Final = FUNCTION_WORDS | {"since"}
# connectors common to names and titles: "Department of Justice", "Secretary for Health"
CONNECTORS: Final = _words("of for in on")
# small words inside proper names: "Assistance to Firefighters", "Department of the Treasury"
NAME_CONNECTORS: Final = CONNECTORS | _words("and to our & with de")
# small words inside a person's title: "Secretary of the Navy"
TITLE_CONNECTORS: Final = CONNECTORS | {"the"}
# lower-case words inside a person's name: "José Peña de la Cruz", "Ludwig van Beethoven"
NAME_PARTICLES: Final = _words("de del della da das do dos di du la le van von der den ter bin binti al el y")

# ---------------------------------------------------------------------------------------------
# organisations and places

# head nouns of organisations: a proper name ending in one names an organisation
ORG_HEADS: Final = _words(
    """
    office department agency bureau administration service services commission committee council court
    force unit team division association institute university college center centre corporation company
    foundation society authority board ministry organization organisation coalition alliance network
    union police inc llc corp ltd group bank agencies investigations laboratory commissioners patrol
    marshals sheriff prosecutors partners holdings technologies systems solutions industries laboratories
    party church
    """
)
# organisation heads written in front of "of": "Office of Drugs and Crime", "University of Texas"
ORG_FRONT_HEADS: Final = _words(
    "office department bureau ministry university court college division board"
) | _words("institute commission council administration secretary")
# a company's legal suffix as printed: "Acme Widgets, Inc.", "Acme Ltd."
LEGAL_SUFFIXES: Final = (
    "Inc",
    "LLC",
    "L.L.C",
    "Corp",
    "Ltd",
    "Co",
    "LLP",
    "PLC",
    "plc",
    "N.A",
    "S.A",
    "GmbH",
    "AG",
)
# the words that make a chunk an organisation, office, court or team rather than a program: the
# organisation heads and the institutions, places and parts that head no program
PROGRAM_ORG_WORDS: Final = ORG_HEADS | _words(
    "task school academy hospital jail prison squad section branch caucus senate house congress"
)
# street words, lower case: "Main Street", "Hwy"
STREET_WORDS: Final = _words(
    "street avenue road boulevard drive parkway highway freeway plaza square ave blvd rd ln hwy pkwy expy"
)
# a street address's last word as printed: "1600 Pennsylvania Ave"
# the items of a site's menu printed on one line ("Menu Home News Submit Release"; not "About": an
# "About Search Atlas" heading opens a release's about section)
MENU_ITEMS: Final = (
    "Menu", "Home", "News", "Newsroom", "Search", "Contact", "Contact Us", "Submit Release", "Blog",
    "Events",
)  # fmt: skip
STREET_SUFFIXES: Final = (
    "Blvd", "Boulevard", "St", "Street", "Ave", "Avenue", "Road", "Rd", "Drive", "Dr", "Way", "Lane", "Ln",
    "Plaza", "Parkway", "Pkwy", "Court", "Ct", "Place", "Pl",
)  # fmt: skip
# the last word of an address after its number: "1350 NW 12 Avenue", "430 Dirksen Senate Office Building"
ADDRESS_SUFFIXES: Final = (
    *STREET_SUFFIXES,
    "Highway",
    "Hwy",
    "Circle",
    "Terrace",
    "Trail",
    "Suite",
    "Building",
    "Bldg",
)
# place words, lower case: "Orange County", "Snake River", "Palm Springs"
PLACE_WORDS: Final = _words(
    "county city state district township village airport river beach island bay mountain valley falls "
    "springs heights highlands canyon"
)
# capitalised words that end an organisation or place, never a person's name: the organisation heads
# (bar some that are names too: "Force", "Party", "Union") with places, streets, buildings and things
NAME_ORG_WORDS: Final = (
    (
        (
            ORG_HEADS
            - _words(
                "agencies commissioners force investigations marshals ministry organisation organization"
            )
        )
        - _words("party patrol prosecutors sheriff union")
    )
    | STREET_WORDS
    | PLACE_WORDS
    | _words(
        """
    health hospital program programme act building agency school college fund project initiative report plan
    system lab labs times zones belt squad precinct academy church museum library club hotel resort mall
    trust ventures associates enterprises management award awards prize products mission meeting
    lecture reception competition conference summit festival gala symposium high
    register tribune herald gazette chronicle journal daily scholarship scholarships fellowship protection
    forfeiture
    """
    )
)

# ---------------------------------------------------------------------------------------------
# people

# lower-case nouns of a kind of organisation printed right before its name: "executive search firm
# Spencer Stuart", "the consultancy Bain" (a bare name after one is a company, not a person)
ORG_KIND_NOUNS: Final = _words(
    "firm company consultancy startup start-up retailer brand label studio maker manufacturer insurer lender "
    "carrier developer publisher distributor supplier"
)
# academic ranks printed before a name: an office printed after it says more ("Prof. X, President of Y")
ACADEMIC_RANKS: Final = _words("prof professor")
# degrees and post-nominal letters printed after a name, dots and spaces dropped: "M.D.", "Ph.D.", "MBA"
DEGREES: Final = _words("md phd mba esq rn cpa jd mph dds dvm llm msc bsc frcp obe mbe cbe qc kc mp")
# prepositions before a place: a bare name after one is a place ("processors in Nova Scotia")
PLACE_PREPOSITIONS: Final = _words("in across throughout near")
# nouns before "of" and a place: "citizens of Hong Kong", "the government of Nova Scotia"
PLACE_OF_NOUNS: Final = _words(
    "citizens residents people city state province capital region government mayor governor"
)

# plural titles before several names, and the title of each: "Sens. A and B"
PLURAL_TITLES: Final[Mapping[str, str]] = {
    "sens": "Sen.", "senators": "Senator", "reps": "Rep.", "representatives": "Representative",
    "officers": "Officer", "judges": "Judge", "detectives": "Detective", "deputies": "Deputy",
    "agents": "Agent",
}  # fmt: skip
# words that head a title or role (matched case-insensitively, dots dropped)
TITLE_HEADS: Final = (
    _words(
        """
    secretary minister president vice senator sen rep representative congressman congresswoman
    governor gov mayor judge justice attorney attorneys general sheriff chief director commissioner
    officer agent charge detective det deputy investigator inspector chairman chairwoman chair
    chairperson ceo cfo coo cto cmo founder co-founder cofounder partner principal manager leader
    speaker ambassador spokesperson spokesman spokeswoman analyst prosecutor counsel administrator
    superintendent supt captain capt lieutenant lt sergeant sgt trooper professor prof dean chancellor
    provost executive vp member councilmember councilman councilwoman supervisor treasurer comptroller
    clerk auditor trustee commander alderman alderwoman alderperson assemblyman assemblywoman
    assemblymember councilor councillor legislator examiner paralegal worker nurse teacher intern
    cmdr colonel col admiral marshal warden lecturer researcher instructor
    coordinator specialist
    advocate pastor reverend rev bishop rabbi owner editor coach da ada defendant co-defendant lawyer
    physician surgeon economist scientist engineer architect consultant adviser advisor head
    representative delegate envoy premier chancellor magistrate solicitor barrister constable
    """
    )
    | PLURAL_TITLES.keys()
)
# abbreviated titles, lower case without the dot: "Sen.", "Gov.", "Lt."
TITLE_ABBREVIATIONS: Final = _words(
    "sen sens rep reps gov dr mr mrs ms jr sr gen lt col sgt capt rev hon atty"
)
# abbreviations a person's name or title is printed with: the titles and "St.", "Prof.", "Det." ...
NAME_ABBREVIATIONS: Final = TITLE_ABBREVIATIONS | _words("st det prof cmdr supt asst dep insp maj adm")
# a company's abbreviations as printed: "Acme Co."
COMPANY_ABBREVIATIONS: Final = ("Inc", "Co", "Corp", "Ltd")
# the legal forms of companies of any country, as printed after the name: "Acme Oyj", "Acme GmbH"
COMPANY_FORMS: Final = (
    "Oyj", "Oy", "AB", "AG", "GmbH", "SA", "S.A", "NV", "N.V", "BV", "ASA", "SpA", "PLC", "Pty", "Limited",
    "LLP", "SE", "KK", "AS", "A/S",
)  # fmt: skip
# abbreviations whose dot ends no sentence: the titles, companies, "Dept.", "vs."
DOT_ABBREVIATIONS: Final = TITLE_ABBREVIATIONS | _words("dept inc corp ltd vs v")
# abbreviations whose dot ends no clause before a quote's attribution: "Sen.", "Inc."
ATTRIBUTION_ABBREVIATIONS: Final = (NAME_ABBREVIATIONS - {"maj", "adm"}) | {
    a.lower() for a in COMPANY_ABBREVIATIONS
}
# abbreviations that keep their dot inside a proper name: "Mt. Marion", "Acme Co."
NAME_WORD_ABBREVIATIONS: Final = ("St", "Mt", "Ft", "Jr", "Sr", *COMPANY_ABBREVIATIONS, "Bros", "No")
# name suffixes: "John D. Rockefeller IV"
NAME_SUFFIXES: Final = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
# forms of address, lower case without the dot
HONORIFICS: Final = _words("mr mrs ms miss dr mx shri smt shrimati")
# lower-case words that may stand before a lower-case role head ("board member", "managing director")
ROLE_MODIFIERS: Final = _words(
    "former acting interim then board managing executive general senior chief deputy assistant lead "
    "co founding vice legal regional area park amusement associate adjunct visiting emeritus distinguished"
)
# students named by their year, with a field ("senior in earth sciences")
STUDENT_ROLES: Final = _words(
    "freshman sophomore junior senior student graduate undergraduate postdoc fellow"
)
# capitalised words printed before a title that are no part of it ("Today Senator X", "Meet Deputy DA X")
TITLE_OPENERS: Final = _words("today yesterday tonight tomorrow meet also then now") | _words(
    "monday tuesday wednesday thursday friday"
)
# lawmakers' roles on a bill: "sponsor of the Act"
SPONSOR_ROLES: Final = _words("sponsor cosponsor author")
# people's roles that a name may follow in a program's chunk: "Representative for the ... Program"
PROGRAM_ROLE_WORDS: Final = (
    TITLE_HEADS
    & _words(
        "representative director secretary commissioner chairman chairwoman chair member manager coordinator "
        "administrator chief spokesman spokeswoman spokesperson president officer leader founder"
    )
) | SPONSOR_ROLES
# job titles after "Project": "Project Manager Jane Doe" is a person
PROJECT_JOB_WORDS: Final = _words(
    "manager director coordinator leader lead engineer officer supervisor specialist analyst administrator "
    "assistant team staff site area management"
)
# people's titles that precede a surname such as "Grant": "Judge Grant"
SURNAME_TITLES: Final = _words("judge mr. mrs. ms. dr. agent officer detective sergeant director justice")
# words that open a heading, a label or a phrase, never a contact's name: "Safe Harbor Statement"
CONTACT_NOT_NAME: Final = frozenset({
    "For", "Safe", "Forward", "Quarterly", "Annual", "Team", "Senior", "Business", "Executive", "Best",
    "Home", "Law", "Exchange", "News", "Press", "Media", "Immediate", "Release", "Statement", "Statements",
    "About", "Contact", "Click", "Visit", "Follow", "Read", "Learn", "Join", "Please", "Call", "Ring",
    "Request", "Interviews", "Additional", "Further", "More", "Information", "Email", "Tel", "Phone",
    "Mobile", "Fax", "The",
})  # fmt: skip
# words that never stand in a person's name: the organisation and place words, and common words,
# party and government words, calendar words and a page's furniture
NOT_NAME: Final = (
    NAME_ORG_WORDS
    | CALENDAR_NAMES
    | _words(
        """
    news press media international national federal american united states america university's
    san santa los las republican democrat democratic party senate congress assembly legislature
    government ministry
    year day month week north south east west northern
    southern eastern western new fort mount saint the a an this that these those his her their our its
    my your we i he she they it there here and or but if when while after before during for with from
    about into onto upon over under by at in on of to as is are was were be been has have had do does
    did can could will would shall should may might must not no yes all any each every both some many
    more most other such only own same so than too very just also today tomorrow yesterday said says
    according following contact media email phone tel fax www com org gov net read more click posted
    now democrats republicans
    """
    )
)
# the words that never stand in a name but may be a surname after a title and a given name
# ("Prime Minister Theresa May", "Professor Daniel Press")
COMMON_WORD_SURNAMES: Final = NOT_NAME & _words("press news may june april august west north south east day")
# verbs that give a person a role named after "as": "X has joined the company as Area Manager"
APPOINTMENT_VERBS: Final = _words(
    "joined joins join named appointed promoted hired selected elected chosen serve serves served serving "
    "returns returned rejoins rejoined"
)
# words before a dateline's dash that make it no place: "Today -", "Sen. X -", "U.S. Attorney -"
DATELINE_NOT_PLACE: Final = _words(
    """
    the a an today this on in at for and but as he she it we they our his her its mr mrs ms dr sen rep
    senator governor president secretary attorney district state federal u.s united
    """
)

# ---------------------------------------------------------------------------------------------
# headlines and sentences

# verbs of title-case headlines common to every reader of them: "Sen. Carper Unveils ..."
HEADLINE_VERBS: Final = _words(
    "announces applauds calls introduces joins launches praises receives releases secures seeks unveils "
    "urges welcomes wins"
)
# headline verbs that end a proper-name chunk before them and open the one after: "Senate Passes
# Genocide Accountability Act" (the present, plural and past forms)
CHUNK_HEADLINE_VERBS: Final = HEADLINE_VERBS | _words(
    """
    announce unveil hail hails applaud urge signs creates expands celebrates proposes opposes cosponsors
    sponsors backs pushes votes passes approves awards unveiled announced launched introduced passed signed
    approved awarded received
    """
)
# words of a title-case heading that end a person's name before them: "... Rundle Regarding ..."
HEADING_BREAK_WORDS: Final = HEADLINE_VERBS | _words(
    "issues names named says statement leads hosts visits files pleads faces moves guilty"
)
# capitalised words that open sentences rather than names
SENTENCE_OPENERS: Final = (
    _words(
        """
    the a an this that these those under through since with when while if as at in on for from by to of
    and but or today yesterday also according after before during each every all both our their his her
    its my your we i it he she they there here last next many most some such pursuant following including
    because although finally currently now then meanwhile however earlier later additionally furthermore
    moreover specifically similarly previously recently once upon via per where which who what how why
    about without passage like unlike despite among between within throughout beyond
    senator sen rep congressman congresswoman secretary president governor
    """
    )
    | CHUNK_HEADLINE_VERBS
)
# words that may stand between a number and its unit: "42 consecutive days", "10 business days"
UNIT_ADJECTIVES: Final = _words(
    "consecutive straight additional more full calendar business working successive extra further "
    "paid unpaid sick"
)
# what a poll's "N-point" measures in percentage points: "a 41-point lead"
POLL_GAPS: Final = _words("lead leads margin gap advantage deficit")
# comparatives after "N times": a multiplier ("3 to 100 times fewer"), not a count of occurrences
MULTIPLIER_COMPARATIVES: Final = _words(
    "more fewer less higher lower greater larger smaller bigger faster slower longer shorter as the"
)
# words that open a sentence before a count: "Over 5,000 officers", "Some 40 agents"
COUNT_OPENERS: Final = SENTENCE_OPENERS | _words(
    "over nearly about approximately roughly around almost under only just more fewer less up another "
    "exactly an estimated no nine than"
)
# possessives that belong inside names: "Children's Health Insurance Program", "Attorney's Office"
NAME_POSSESSIVES: Final = _words(
    """
    children women men people veterans workers victims farmers consumers taxpayers citizens seniors survivors
    homeowners students families nation america attorney attorneys state sheriff marshal governor mayor
    president commissioner comptroller controller treasurer assessor coroner recorder clerk auditor
    prosecutor solicitor inspector defender defenders
    """
)
# verbs that attribute a quote to its speaker, as printed (a space stands for any run of blanks)
REPORTING_VERBS: Final = (
    "said", "says", "say", "added", "adds", "stated", "states", "explained", "explains", "noted", "notes",
    "continued", "continues", "concluded", "remarked", "commented", "comments", "told", "tells", "wrote",
    "writes", "declared", "emphasized", "emphasised", "stressed", "asked", "recalled", "observed", "agreed",
    "urged", "warned", "acknowledged", "announced", "pointed out", "testified", "argued", "insisted",
    "shared", "reflected", "affirmed", "exclaimed", "responded", "replied", "cautioned", "predicted",
    "promised", "vowed", "boasted", "lamented", "mused", "quipped", "tweeted", "articulated", "echoed",
    "underscored", "elaborated", "reiterated", "conceded", "maintained", "recounted", "proclaimed",
    "recalls", "laughs", "laughed", "joked", "jokes", "insists", "argues", "warns", "observes", "asks",
    "answered", "answers", "admitted", "admits", "recounts", "remembers", "remembered", "suggested",
    "suggests", "cautions", "urges", "replies", "responds", "adding", "noting", "saying", "explaining",
    "stating", "arguing", "writing", "put it",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# programs

# capitalised head nouns that end a program's name, and the kind they give
PROGRAM_HEADS: Final[Mapping[str, str]] = {
    "program": "program", "programme": "program", "initiative": "initiative", "project": "project",
    "campaign": "campaign", "act": "law", "constitution": "law", "amendment": "law",
    "bill": "bill", "declaration": "declaration", "agreement": "agreement", "accord": "agreement",
    "treaty": "agreement", "compact": "agreement", "protocol": "agreement", "plan": "plan",
    "blueprint": "plan", "framework": "plan", "roadmap": "plan", "standards": "plan",
    "strategy": "strategy", "report": "report", "assessment": "report", "fund": "fund",
    "grant": "grant", "scholarship": "grant", "scheme": "program", "policy": "plan", "inventory": "report",
    "resolution": "law", "facility": "fund",
}  # fmt: skip
# lower-case head nouns printed after a proper name: "Spectrum Relocation bill"
PROGRAM_LOWER_HEADS: Final[Mapping[str, str]] = {
    w: PROGRAM_HEADS[w]
    for w in (
        "program", "programme", "initiative", "project", "campaign",
        "bill", "plan", "strategy", "fund", "grant", "amendment",
    )
}  # fmt: skip
# head nouns written in front: "Operation Wrong Turn", "Project Global Shield"
PROGRAM_FRONT_HEADS: Final[Mapping[str, str]] = {"operation": "operation", "project": "project"}
# head nouns in front of a number: "Proposition 209"
PROGRAM_NUMBERED_HEADS: Final[Mapping[str, str]] = {"proposition": "law"}
# the first parts of hyphened words that are prefixes, not sponsors' names: "Anti-Drug bill"
HYPHEN_PREFIXES: Final = _words("anti pro non multi post pre inter trans cross co counter mid self ex")
# the fields a policy is about: "Foreign Policy", "Privacy Policy" name no policy of their own
POLICY_FIELDS: Final = _words(
    "foreign public social economic monetary fiscal trade domestic privacy competition science technology "
    "tax energy health education environmental cookie"
)
# the words that make a facility a fund, not a building: "Term Securities Lending Facility",
# "Recovery and Resilience Facility" (not "Materials Recovery Facility", a plant)
FINANCE_FACILITY_WORDS: Final = _words(
    "lending loan loans liquidity credit auction financing swap guarantee resilience"
)
# broadcast words: a "radio program" is a show, not a program
BROADCAST_WORDS: Final = _words("radio tv television podcast broadcast talk cable")
# places and buildings that end a name, never a program's: "the National Mall, a project ..."
PLACE_HEADS: Final = (
    PLACE_WORDS | STREET_WORDS | _words("mall park building museum library stadium arena hotel")
)
# head nouns in front of "of"/"on": "Treaty of Lisbon", "Convention on the Rights of the Child"
PROGRAM_FRONT_OF_HEADS: Final[Mapping[str, str]] = {
    "treaty": "agreement", "convention": "agreement", "agreement": "agreement", "accord": "agreement",
    "declaration": "declaration", "charter": "agreement", "protocol": "agreement", "review": "report",
}  # fmt: skip
# plan heads a title may follow after "of", "for" or "on": "Comprehensive Plan of Action for ...",
# "the Plans for Reducing the Size of the Federal Reserve's Balance Sheet"
PLAN_TITLE_HEADS: Final = _words("plan plans strategy framework blueprint roadmap")
# heads after a name and a year that make the year part of the name: "our Rheinwerk 2025 strategy"
NAMED_YEAR_HEADS: Final = PLAN_TITLE_HEADS | _words("programme program agenda vision initiative")
# "Life Insurance Awareness Month": the heads of an awareness period
AWARENESS_HEADS: Final = _words("month week day")
# every word that can make a chunk a program's name
PROGRAM_HEAD_WORDS: Final = (
    (frozenset(PROGRAM_HEADS) | frozenset(PROGRAM_FRONT_HEADS) | frozenset(PROGRAM_FRONT_OF_HEADS))
    | AWARENESS_HEADS
    | PLAN_TITLE_HEADS
    | frozenset(PROGRAM_NUMBERED_HEADS)
)
# kind nouns a program's title may follow: "a historic declaration—Beyond the Border: ...", "report, titled"
PROGRAM_KIND_NOUNS: Final = (
    "declaration", "report", "agreement", "plan", "strategy", "initiative", "program", "programme",
    "campaign", "assessment", "framework", "accord", "treaty", "roadmap", "blueprint", "project", "operation",
    "act", "bill", "legislation", "law", "study",
)  # fmt: skip
# the kind a kind noun gives when it is not a kind itself: "a framework" is a plan
KIND_OF_NOUN: Final[Mapping[str, str]] = {
    **{
        w: PROGRAM_HEADS[w]
        for w in _words("programme assessment framework accord treaty roadmap blueprint act")
    },
    **{"law": "law", "legislation": "law", "study": "report"},
}
# words that only name who is acting, never what: "the Senate bill", "the Republican plan"
INSTITUTION_WORDS: Final = frozenset(
    {
        "senate", "house", "congress", "congressional", "administration", "federal", "state", "states",
        "government", "republican", "republicans", "democratic", "democrat", "democrats", "gop",
        "conference", "committee", "national", "joint", "final", "annual",
        "new", "white", "bipartisan", "majority", "minority", "leadership", "my", "original",
    }
)  # fmt: skip
# events and awards, never programs: "Stevie Awards program"
EVENT_WORDS: Final = frozenset(
    {"awards", "award", "conference", "summit", "festival", "games", "championship", "expo", "fair", "gala"}
    | {"tournament", "series", "cup", "marathon", "forum", "show", "week", "day"}
)
# crimes, whose schemes and plans are no programs: "Check Cashing Scheme", "Ponzi Scheme"
CRIME_WORDS: Final = frozenset(
    {
        "fraud", "fraudulent", "ponzi", "pyramid", "kickback", "kickbacks", "laundering", "bribery",
        "scam", "cashing", "embezzlement",
    }
)  # fmt: skip
# words that describe a document rather than name it: "Deferred Prosecution Agreement",
# "Annual Report", "Defense Authorization bill" (GUIDELINES: descriptive bills do not count)
DESCRIPTIVE_WORDS: Final = frozenset(
    {
        "plea", "deferred", "prosecution", "non-prosecution", "settlement", "consent", "annual", "final",
        "quarterly", "interim", "police", "incident", "arrest", "business", "strategic", "action",
        "budget", "master", "appropriations", "appropriation", "authorization", "reauthorization",
        "supplemental", "spending", "omnibus", "conference", "compromise", "substitute", "draft",
        "status", "progress", "technical", "fy", "fiscal", "year", "emergency", "stimulus",
        "merger", "reorganization", "reorganisation", "liquidation",
    }
)  # fmt: skip
# the scorer's and reader's generic heads: "X program" is the same program as "X"
GENERIC_PROGRAM_HEADS: Final = frozenset(
    {"program", "programme", "initiative", "project", "campaign", "effort", "plan"}
)

# ---------------------------------------------------------------------------------------------
# release labels (phrases: a space stands for any run of blanks)

# the label of a release free to print at once
IMMEDIATE_LABELS: Final = (
    "for immediate release", "immediate release", "para publicación inmediata", "para publicacion inmediata",
)  # fmt: skip
# the labels of a media advisory
ADVISORY_LABELS: Final = ("media advisory", "news advisory", "press advisory", "media alert")
# the label of a release for planning only
PLANNING_LABEL: Final = "for planning purposes"
# who a release's label names, and what it calls the release: "Press Release", "News Statement"
RELEASE_DESKS: Final = ("press", "news", "media")
RELEASE_NOUNS: Final = ("release", "advisory", "statement")
# one-word kinds printed before a colon: "NEWS: Senate Budget Committee ...", "ICYMI: ..."
KIND_LABELS: Final = ("news", "update", "icymi", "breaking")

# the heads of an issuer's name printed in front of "of"/"for": "Office of Public Affairs", "Embassy of X"
ISSUER_FRONT_HEADS: Final = (
    "Office", "Department", "Dept.", "Bureau", "Ministry", "Division", "Agency", "Administration",
    "Commission", "Embassy", "Consulate", "Press Office",
)  # fmt: skip
# the heads of an office holder's post on a letterhead line: "Minister for Immigration and Ethnic
# Affairs", "Australian Democrats' Spokesperson on Immigration", "Senator for Queensland"
OFFICE_HEADS: Final = (
    "Minister", "Spokesperson", "Spokesman", "Spokeswoman", "Senator", "Premier", "Treasurer", "Member",
)  # fmt: skip
# the heads that end an issuer's name on a line of its own: "Orange County District Attorney's Office"
ISSUER_HEADS: Final = (
    "Office",
    "Department",
    "Division",
    "Bureau",
    "Agency",
    "Commission",
    "Committee",
    "Ministry",
)
# words of a site's name after a headline's separator: "... | U.S. Attorney's Office" (and "News...")
SITE_NAME_WORDS: Final = (
    "Office", "Attorney", "County", "Department", "Center", "Centre", "Press", "Blog", "Justice", "Senate",
    "Government",
)  # fmt: skip
# the nouns of a press desk printed as a contact: "press office", "media hotline"
DESK_NOUNS: Final = (
    "office",
    "desk",
    "hotline",
    "line",
    "team",
    "centre",
    "center",
    "room",
    "unit",
    "relations",
    "service",
)

# ---------------------------------------------------------------------------------------------
# contacts

# a rank printed before a contact's name, not part of it: "Senator Andrew Bartlett" (a form of
# address stays: "Dr Jane Smith")
CONTACT_NAME_RANKS: Final = (TITLE_HEADS | TITLE_ABBREVIATIONS) - HONORIFICS
# the heads of an organisation's name in a contact line, as printed: a run of capitalised words
# with one early is no person ("Acme Bingo Team", "Regional Press Office")
CONTACT_ORG_HEADS: Final = (
    "Office", "Department", "Dept", "Ministry", "County", "Inc", "LLC", "Ltd", "Plc", "Corp", "Company",
    "Group", "Agency", "Division", "Bureau", "Services", "Service", "Team", "Desk", "Hotline", "Newsroom",
    "Centre", "Center", "Unit", "Council", "Commission", "Government", "University", "Institute",
    "Foundation", "Association", "Organisation", "Organization", "Society", "Committee", "Authority", "Board",
    "Bank", "Fund", "Network", "Relations", "Communications", "Media", "Press", "House",
    # a company's line of business or its plural head: "Wood Products", "Tokai Precision Industries"
    "Industries", "Products", "Holdings", "Technologies", "Systems", "Solutions", "Laboratories",
    *COMPANY_FORMS,
)  # fmt: skip
# words that make a run of capitalised words in a contact line an organisation, a place or a label,
# not a person: the organisation heads, and roles, places, a page's labels
CONTACT_ORG_WORDS: Final = (
    *CONTACT_ORG_HEADS,
    "Minister", "Security", "Safety", "Capital", "Investors", "Public", "Information", "Officer", "Director",
    "Manager", "Spokesperson", "Chief", "Staff", "Street", "Avenue", "Road", "Suite", "Building", "States",
    "United", "Email", "E-mail", "Phone", "Telephone", "Tel", "Cell", "Fax", "Mobile", "Website", "Visit",
    "Here", "Us", "Contact", "Details", "Senator", "Attorney", "District", "Our", "Regional", "National",
    "International", "Programme", "Program",
)  # fmt: skip
# the heads every reader of a contact's job title knows, as printed (with "Spokes..." in the patterns)
JOB_HEADS: Final = (
    "Officer",
    "Director",
    "Manager",
    "Specialist",
    "Coordinator",
    "Secretary",
    "Counsel",
    "Assistant",
    "PIO",
)
# the heads a contact's job title opens or closes with: "Director, ...", "Media Relations Officer"
JOB_TITLE_HEADS: Final = (
    *JOB_HEADS,
    "Adviser", "Advisor", "Consultant", "Executive", "Editor", "Analyst", "Representative", "President",
)  # fmt: skip
# the words of a contact's job title: "Communications Officer", "Director of Media Relations", "Head of Press"
CONTACT_JOB_WORDS: Final = (
    *JOB_TITLE_HEADS, "Co-ordinator", "Communications", "Relations", "Affairs", "Associate", "Chief of Staff",
    "Founder", "Co-founder", "CEO", "Head", "Lead",
)  # fmt: skip
# the words of a contact line's job or desk (matched as printed): "Press Secretary", "Acme LLC"
CONTACT_LINE_JOB_WORDS: Final = (
    *JOB_HEADS,
    "Communications", "Relations", "Affairs", "Press", "Media", "Information", "Associate", "Chief", "Head",
    "Lead", "Agency", "LLC",
)  # fmt: skip
# country domains sold as generic names ("acme.io", "qic.ai", "radio.fm"): they name no country
GENERIC_COUNTRY_DOMAINS: Final = _words("io ai tv me ly fm co ws cc to gg so sh ac am la nu tk")
# who a contact label names: "Media Contact", "Investor Relations Contacts", "Agency contact"
CONTACT_DESKS: Final = ("media", "press", "news", "investor", "company", "public", "agency")
# the nouns of a contact label: "Contact:", "Media inquiries", "Pressekontakt:", "Contacto:"
CONTACT_NOUNS: Final = (
    "contacts",
    "contact",
    "inquiries",
    "enquiries",
    "pressekontakt",
    "kontakt",
    "contacto",
    "contato",
)
# what may follow a contact label's noun: "Contact details", "Contact person", "Contact presse :"
CONTACT_NOUN_TAILS: Final = ("details", "information", "info", "person", "presse", "prensa", "stampa")
# "for further/more/additional information"
MORE_WORDS: Final = ("further", "more", "additional")

# ---------------------------------------------------------------------------------------------
# languages

# frequent function words, chosen to be distinctive: words shared by several of these
# languages ("a", "de", "la", "in", "die", "on") are left out
LANGUAGE_STOP_WORDS: Final[Mapping[str, frozenset[str]]] = {
    "en": _words(
        "the and of to is that for with was this are have has will from by be which their they "
        "were been would also its an at not it our who said"
    ),
    "es": _words(
        "el los las del y que por para con una uno se su sus es al más pero como esta "
        "también fue ha sobre entre cuando muy sin desde"
    ),
    "fr": _words(
        "le les des et est une du pour dans qui pas sur au avec sont ce cette aux ont été "
        "mais leur ses nous vous elle"
    ),
    "de": _words(
        "der und den das ist nicht mit von sich auf dem eine ein zu auch wird sind bei "
        "für werden wurde nach oder aus"
    ),
    "pt": _words("os das dos uma não são pelo pela também foi ao à em seu sua nos ou muito"),
    "it": _words("il gli della delle dei che è per sono nel nella alla anche più questo questa stato dal"),
    "nl": _words("het een van dat niet op zijn met voor ook aan er maar om worden wordt bij naar heeft deze"),
    "ro": _words("și în cu pe care pentru din să nu mai sau fost acest această prin lui"),
}

# ---------------------------------------------------------------------------------------------
# page furniture

# words of a site's section heading above a release: "Press Releases", "News and Statements"
SECTION_HEADINGS: Final = _words(
    "press news release releases media newsroom statements statement announcements justice updates latest "
    "advisory advisories home room center centre and of the"
)
