"""Word lists the extractors share: honorifics, role words, speech verbs, parties, media.

Why a lexicon rather than a model: the brief must run with no downloads, and
political copy names people in a small set of patterns (a title or role in
front, a speech verb behind), so closed lists of those cue words carry most of
the signal. Everything here is lower case unless it is a proper name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

# Honorific → gender ("m", "f" or "" when it says nothing).
HONORIFICS: dict[str, str] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "", "dr": "", "prof": "", "hon": "", "atty": "",
    "professor": "", "sir": "m", "dame": "f", "lord": "m", "lady": "f", "baroness": "f",
    "baron": "m", "rev": "", "reverend": "", "cllr": "", "councillor": "", "sen": "",
    "senator": "", "rep": "", "representative": "", "gov": "", "governor": "", "gen": "",
    "general": "", "col": "", "capt": "", "captain": "", "judge": "", "justice": "",
    "president": "", "vice president": "", "speaker": "", "mayor": "", "king": "m",
    "queen": "f", "prince": "m", "princess": "f", "duke": "m", "duchess": "f",
    "chancellor": "", "pope": "m", "father": "m", "sister": "f", "rabbi": "", "imam": "",
    "sheikh": "m", "ayatollah": "m", "lt": "", "sgt": "", "det": "", "insp": "",
    "supt": "", "prime minister": "", "premier": "", "attorney general": "",
    "secretary": "", "minister": "", "taoiseach": "", "tánaiste": "", "tanaiste": "",
    "major": "", "lieutenant": "", "corporal": "", "brigadier": "", "pastor": "",
    "cpl": "", "spc": "", "pfc": "",  # US Army ranks: `Army Spc. Caleb Barnes`
    # South Asian, West African and Malaysian honorifics (`Maulana Asadullah Baloch`,
    # `Alhaji Aminu Bello`, `Smt Meera Kumar`, `Datuk Seri Anwar`)
    "maulana": "m", "mufti": "m", "haji": "m", "alhaji": "m", "hajia": "f", "alhaja": "f", "alhajia": "f", "shri": "m",
    "smt": "f", "datuk": "", "dato": "", "seri": "", "tun": "",
    "h.e": "",  # `H.E. Chan Sothy`: His or Her Excellency
    "ratu": "m",  # a Fijian chief's title: `Ratu Isikeli Tuiwai`, then `Ratu Isikeli`
    "engr": "", "barr": "",
}
# Korean family names, written first (`Park Soo-min`, `Lee Jae-myung`): with a hyphenated
# given name after them they make a person's name, though `Park` or `Song` alone may not.
KOREAN_SURNAMES = frozenset(
    """
    kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han
    oh shin seo kwon hwang ahn song yoo yu hong jeon moon yang son bae baek heo nam roh noh
    ha ko go yeo chu ryu woo won
    """.split()
)
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


# Vietnamese family names, written first (`Lê Minh Khoa`, `Nguyễn Văn An`), folded to ASCII.
VIETNAMESE_SURNAMES = frozenset(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong
    lam luong mai cao doan la ha ta quach
    """.split()
)
_VIETNAMESE_LETTERS = re.compile("[ĂăÂâĐđÊêÔôƠơƯư\u1ea0-\u1ef9]")


def vietnamese_name(words: list[str]) -> bool:
    """`Lê Minh Khoa`, `Vũ Đức Thắng`: a Vietnamese family name and one to three more names,
    written with Vietnamese letters (so `Le Monde` or `Ho Chi Minh City` is not one)."""
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if fold_accents(words[0]).lower() not in VIETNAMESE_SURNAMES \
            or not any(_VIETNAMESE_LETTERS.search(w) for w in words):
        return False
    return not fold_accents(" ".join(words)).lower().startswith(_VIETNAMESE_PLACES)  # (`Hà Nội`: a place)


_VIETNAMESE_PLACES = ("ha noi", "ho chi minh", "ha long", "ha giang", "ha tinh", "ha nam")


def korean_name(words: list[str]) -> bool:
    """`Park Soo-min`, `Lee Jae-myung`: a Korean family name, then a hyphenated given name."""
    return len(words) == 2 and words[0].lower() in KOREAN_SURNAMES and bool(_KOREAN_GIVEN.fullmatch(words[1]))


# Two-word Malaysian honorifics whose first word is also a name (`Tan Sri Muhyiddin`;
# `Tan` is a surname, so it is a title only before `Sri`).
PAIRED_HONORIFICS = frozenset({("tan", "sri"), ("puan", "sri")})
# Honorifics that stand for the person on their own before a surname (`Mr Norris`).
SHORT_TITLES = frozenset(
    "mr mrs ms miss mx dr prof hon atty engr sir dame lord lady baroness rev cllr sen rep gov gen col capt "
    "lt sgt det insp supt president senator governor representative speaker mayor judge "
    "major lieutenant corporal brigadier cpl spc pfc "
    "justice professor councillor king queen prince princess".split()
)
# Honorifics that go with a first name (`Sir Keir`, `Lord Peter`), not only a surname.
FIRST_NAME_TITLES = frozenset({"sir", "dame", "lady", "lord", "sister", "brother", "father", "ratu"})

# Head nouns of a role: the word right before a name, or in an appositive after it.
ROLE_NOUNS = frozenset(
    """
    secretary minister leader mp msp mep am mla mca mpl mna mha mlc mpp td senator sen rep representative
    congressman congresswoman congressperson governor gov mayor president chancellor premier
    candidate spokesman spokeswoman spokesperson chairman chairwoman chair chairperson
    director chief head deputy member councillor cllr peer lord adviser advisor aide
    official commissioner ambassador envoy judge lawyer attorney barrister solicitor analyst
    economist professor lecturer researcher editor correspondent reporter columnist
    executive founder boss manager owner campaigner activist whip speaker treasurer
    general colonel captain commander officer inspector superintendent constable sergeant
    chairs president-elect nominee challenger incumbent backbencher frontbencher
    chancellor counsel prosecutor investigator coordinator organiser organizer strategist
    pollster consultant expert scientist doctor nurse teacher student father mother wife
    husband son daughter brother sister widow partner mp-elect king queen prince princess
    duke duchess bishop archbishop cardinal pope rabbi imam vicar priest ceo cfo coo
    chairs co-founder vice-president vice-chair vice-chairman rapporteur mep secretary-general
    clerk registrar auditor ombudsman regulator watchdog delegate
    host presenter journalist broadcaster commentator singer producer saxophonist musician
    agent author writer novelist historian actor actress comedian artist businessman
    businesswoman entrepreneur banker investor campaigner lobbyist magistrate coroner
    sheriff marshal surgeon physician psychiatrist psychologist headteacher headmaster
    headmistress principal dean chaplain cleric preacher minister-designate mla
    premier chancellor-designate rapporteur laureate chairman-designate taoiseach tanaiste
    tánaiste assemblyman assemblywoman alderman councilman councilwoman astronaut cosmonaut
    goalkeeper keeper referee umpire coach player footballer cricketer baseballer golfer
    boxer athlete striker defender midfielder winger batsman bowler jockey
    songwriter rapper guitarist drummer pianist composer winner nun monk friar suspect
    worker trouble-shooter troubleshooter co-chairman co-chair spc pfc cpl
    lawmaker legislator critic mna mpa mk mpp mlc mha mhk
    undersecretary under-secretary convener convenor supremo
    """.split()
)
# What a story says a person is, beside offices and jobs above: parts in a court case or
# an incident, trades, ranks written short, Irish `TD` (`Witness Louie Solano`, `defendant
# Edward Byatt`, `documentary maker X`, `Det Sgt X`, `Kerry TD X`). The people extractor
# reads them as roles; speaker attribution keeps to ROLE_NOUNS and NOMINALS.
PERSON_NOUNS = frozenset(
    """
    witness eyewitness neighbour neighbor victim survivor defendant co-defendant claimant
    plaintiff complainant juror bystander detective trader dealer maker filmmaker film-maker
    model donor benefactor volunteer employee farmer driver pilot firefighter paramedic
    photographer designer engineer architect accountant mechanic carer landlord landlady
    tenant homeowner pensioner veteran shopkeeper chef blogger inmate prisoner gunman
    auctioneer publican landowner gamekeeper huntsman electrician plumber fisherman steelworker
    midwife dentist pharmacist veterinarian hairdresser labourer cabbie academic master
    td sgt det insp supt lt capt col gen cmdr maj
    """.split()
)
# Lower-case words that may sit inside a role phrase before the head noun.
ROLE_STOP = frozenset(
    """
    the a an this that these those his her their its our my your of by to with from as at in
    on for and or but said says say told tell added asked who whom whose which what when
    where while after before during since than then there here it he she they we i you
    was were is are be been being has have had do does did not no nor also only even just
    new former ex- was's also
    """.split()
)

# Verbs that introduce or attribute speech. Stems are matched with their endings.
SPEECH_VERBS = frozenset(
    """
    said says say saying told tells telling tell added adds adding asked asks
    warned warns warning insisted insists insisting claimed claims claiming admitted admits
    admitting stated states declared declares described describes describing called calls
    branded brands dismissed dismisses denied denies urged urges argued argues arguing
    explained explains noted notes replied replies responded responds suggested suggests
    conceded concedes acknowledged acknowledges stressed stresses vowed vows promised
    promises announced announces wrote writes tweeted tweets posted accused accuses accusing condemned
    condemns labelled labeled quipped joked remarked remarks commented comments predicted
    predicts predicting revealed reveals confirmed confirms complained complains protested
    protests pledged pledges agreed agrees disagreed countered insisted continued continues
    recalled recalls emphasised emphasized emphasises emphasizes maintained maintains
    observed reiterated reiterates repeated added answered answers cautioned cautions
    boasted boasts lamented laments mused pointed shouted yelled cried whispered conceded
    thundered hit blasted slammed attacked criticised criticized praised hailed welcomed
    questioned challenged demanded demands addressed testified testifies assured assures
    told reported reports wrote explained says announced concluded concludes indicated
    signalled signaled hinted acknowledged argued contended contends opined confessed
    confesses retorted retorts texted texts texting messaged emailed
    implored pleaded begged confided snapped scoffed sneered fumed interjected exclaimed
    muttered sighed elaborated clarified ventured reasoned alleged alleges asserted asserts
    calling branding dubbing labelling labeling
    """.split()
)


def first_letters(words: Iterable[str]) -> str:
    """`(?=[…])`, the first letters of `words`, to go in front of a case-blind alternation
    of them. The regex engine has no fast scan for such an alternation and tries every
    word at every position; this one class test turns most positions away at once, and
    finds the same matches (every match starts on one of these letters)."""
    return "(?=[" + "".join(sorted({re.escape(w[0].lower()) for w in words})) + "])"


def by_first_letter(alternatives: Iterable[str]) -> str:
    """`(?:(?:ab|a)|(?:cd))`: regex alternatives, in the order they are to be tried,
    grouped by their first character (case-blind). The engine tries a flat alternation's
    branches one by one at every position; grouped, it passes over every group but one at
    the cost of one character test. Same matches: branches that start on different letters
    never match at one position, and within a group the order is kept."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[:1].lower(), []).append(alt)
    return "(?:" + "|".join("(?:" + "|".join(g) + ")" for g in groups.values()) + ")"


# Verbs strong enough that a short quote next to them is speech, not a scare quote.
SPEECH_VERB_RE = re.compile(
    first_letters([*SPEECH_VERBS, "according", "in"])
    + r"(?:(?<![\w-])" + by_first_letter(sorted(SPEECH_VERBS, key=len, reverse=True)) + r"\b"
    r"|\baccording to\b|\bin a statement\b|\bin an interview\b)",
    re.I,
)

# Generic descriptions that can stand for a person already named (`the MP said`).
NOMINALS = frozenset(
    """
    mp msp mca td mpp mla mpl mep minister secretary leader senator governor mayor president chancellor candidate
    premier congressman congresswoman lawmaker legislator politician official spokesman
    spokeswoman spokesperson chairman chairwoman chief director commissioner ambassador
    judge lawyer attorney prime man woman veteran peer campaigner activist economist
    analyst professor businessman businesswoman chair speaker whip prosecutor co-chairman
    co-chairwoman co-chair co-leader co-president co-founder
    correspondent editor reporter ms
    """.split()
)
# Unnamed speakers: quotes attributed to them get no name.
ANONYMOUS = frozenset(
    """
    source sources spokesman spokeswoman spokesperson aide aides official officials insider
    insiders ally allies friend friends colleague colleagues statement spokesmen critics
    supporters opponents voter voters resident residents witness witnesses observers figure
    """.split()
)

# Party words as written → the party's name in the brief: the full name a desk uses
# (`Tories` → Conservative, `Lib Dems` → Liberal Democrat), an acronym where that is the
# name used (SNP, BJP, ANC, CDU), and spelt as the text spells it (`Sinn Féin` stays
# accented, `Sinn Fein` does not). Major parties of the UK, Ireland, the US, Canada,
# Australia, New Zealand, India, Pakistan, South Africa, Kenya, Nigeria, Germany, France,
# other European states and the European Parliament's groups, with their usual short forms.
# Short forms that are also common acronyms of something else (DA, PP, ACT, PTI, AAP, CPI)
# are left out: a wrong party is worse than none.
PARTY_WORDS: dict[str, str] = {
    # UK
    "labour": "Labour", "labour party": "Labour", "tory": "Conservative", "tories": "Conservative",
    "conservative": "Conservative", "conservatives": "Conservative",
    "lib dem": "Liberal Democrat", "lib dems": "Liberal Democrat",
    "liberal democrat": "Liberal Democrat", "liberal democrats": "Liberal Democrat",
    "snp": "SNP", "scottish national party": "SNP", "plaid": "Plaid Cymru", "plaid cymru": "Plaid Cymru", "ukip": "UKIP",
    "green": "Green", "greens": "Green", "green party": "Green", "veritas": "Veritas", "bnp": "BNP",
    "dup": "DUP", "democratic unionist party": "DUP", "democratic unionists": "DUP", "sdlp": "SDLP",
    "ulster unionist": "Ulster Unionist", "ulster unionists": "Ulster Unionist", "uup": "Ulster Unionist",
    "tuv": "TUV", "respect": "Respect", "reform uk": "Reform UK", "brexit party": "Brexit Party",
    "alliance": "Alliance", "alliance party": "Alliance", "alba party": "Alba",
    # US
    "republican": "Republican", "republicans": "Republican", "gop": "Republican",
    "democrat": "Democrat", "democrats": "Democrat", "democratic": "Democrat", "dems": "Democrat",
    # Ireland
    "sinn fein": "Sinn Fein", "sinn féin": "Sinn Féin",
    "fianna fail": "Fianna Fail", "fianna fáil": "Fianna Fáil", "fine gael": "Fine Gael",
    "social democrats": "Social Democrats", "people before profit": "People Before Profit",
    "aontu": "Aontu", "aontú": "Aontú",
    # Canada
    "liberal": "Liberal", "liberals": "Liberal", "ndp": "NDP", "new democrats": "NDP",
    "new democratic party": "NDP", "bloc québécois": "Bloc Québécois", "bloc quebecois": "Bloc Quebecois",
    "parti québécois": "Parti Québécois", "parti quebecois": "Parti Quebecois",
    # Australia and New Zealand
    "labor": "Labor", "nationals": "Nationals", "lnp": "LNP", "liberal national party": "LNP",
    "one nation": "One Nation", "nz first": "NZ First", "new zealand first": "NZ First",
    "national party": "National", "te pāti māori": "Te Pāti Māori", "te pati maori": "Te Pati Maori",
    # India
    "bjp": "BJP", "bharatiya janata party": "BJP", "congress party": "Congress",
    "indian national congress": "Congress", "aam aadmi party": "AAP", "trinamool": "Trinamool Congress",
    "trinamool congress": "Trinamool Congress", "tmc": "Trinamool Congress", "dmk": "DMK",
    "aiadmk": "AIADMK", "bsp": "BSP", "samajwadi party": "Samajwadi Party", "shiv sena": "Shiv Sena",
    "ncp": "NCP", "tdp": "TDP", "rjd": "RJD", "cpm": "CPI(M)", "congress": "Congress",
    # Pakistan
    "pml-n": "PML-N", "ppp": "PPP", "pakistan peoples party": "PPP", "pakistan people's party": "PPP",
    "pakistan tehreek-e-insaf": "PTI", "tehreek-e-insaf": "PTI", "mqm": "MQM",
    "jui-f": "JUI-F", "jamiat ulema-e-islam": "JUI-F",
    # South Africa
    "anc": "ANC", "african national congress": "ANC", "democratic alliance": "Democratic Alliance",
    "eff": "EFF", "economic freedom fighters": "EFF", "ifp": "IFP", "inkatha freedom party": "IFP",
    # Kenya
    "uda": "UDA", "united democratic alliance": "UDA", "odm": "ODM",
    "orange democratic movement": "ODM", "jubilee party": "Jubilee", "wiper": "Wiper", "kanu": "KANU",
    # Nigeria
    "apc": "APC", "all progressives congress": "APC", "pdp": "PDP",
    "peoples democratic party": "PDP", "nnpp": "NNPP",
    # Germany
    "cdu": "CDU", "csu": "CSU", "spd": "SPD", "afd": "AfD", "fdp": "FDP", "bsw": "BSW",
    "christian democrats": "CDU", "christian democratic union": "CDU", "christian social union": "CSU",
    "free democrats": "FDP", "alternative for germany": "AfD", "die linke": "Left Party",
    "left party": "Left Party",
    # France and elsewhere in Europe
    "national rally": "National Rally", "rassemblement national": "National Rally",
    "la france insoumise": "France Unbowed", "france unbowed": "France Unbowed",
    "les républicains": "Les Républicains", "socialist party": "Socialist", "socialist": "Socialist",
    "socialists": "Socialist", "syriza": "Syriza", "likud": "Likud", "psoe": "PSOE", "ldp": "LDP",
    "five star movement": "Five Star Movement", "brothers of italy": "Brothers of Italy",
    "fidesz": "Fidesz", "podemos": "Podemos",
    # Asia: Philippines, Singapore, Malaysia, Taiwan, Japan, South Korea, Sri Lanka, Indonesia
    "lakas-cmd": "Lakas-CMD", "pdp-laban": "PDP-Laban", "nacionalista party": "Nacionalista",
    "akbayan": "Akbayan", "kabataan": "Kabataan", "people's action party": "People's Action Party",
    "pap": "People's Action Party", "workers' party": "Workers' Party", "umno": "UMNO",
    "kuomintang": "Kuomintang", "kmt": "Kuomintang", "democratic progressive party": "Democratic Progressive Party",
    "taiwan people's party": "Taiwan People's Party", "liberal democratic party": "LDP",
    "komeito": "Komeito", "constitutional democratic party": "Constitutional Democratic Party",
    "people power party": "People Power Party", "samagi jana balawegaya": "Samagi Jana Balawegaya",
    "sjb": "Samagi Jana Balawegaya", "sri lanka podujana peramuna": "Sri Lanka Podujana Peramuna",
    "slpp": "Sri Lanka Podujana Peramuna", "ilankai tamil arasu kachchi": "Ilankai Tamil Arasu Kachchi",
    "united national party": "UNP", "unp": "UNP", "gerindra": "Gerindra", "pdi-p": "PDI-P",
    # Africa beyond the above
    "new patriotic party": "New Patriotic Party", "national democratic congress": "National Democratic Congress",
    "zanu-pf": "ZANU-PF", "upnd": "UPND", "ccm": "CCM", "chama cha mapinduzi": "CCM",
    # Latin America
    "morena": "Morena", "national action party": "National Action Party",
    "institutional revolutionary party": "Institutional Revolutionary Party", "pri": "PRI",
    # Poland, Netherlands, Sweden, Spain, Turkey, Israel
    "law and justice": "Law and Justice", "pis": "Law and Justice", "civic coalition": "Civic Coalition",
    "civic platform": "Civic Platform", "polish people's party": "Polish People's Party", "psl": "PSL",
    "pvv": "PVV", "vvd": "VVD", "sweden democrats": "Sweden Democrats", "popular party": "Popular Party",
    "akp": "AKP", "chp": "CHP", "yesh atid": "Yesh Atid", "shas": "Shas",
    # European Parliament groups
    "european people's party": "European People's Party", "epp": "European People's Party",
    "renew europe": "Renew Europe", "socialists and democrats": "Socialists and Democrats",
    "s&d": "Socialists and Democrats", "european conservatives and reformists": "ECR", "ecr": "ECR",
    "patriots for europe": "Patriots for Europe", "greens/efa": "Green",
}
# Party words that are ordinary English in lower case: only capitalised they count.
PARTY_CAPITAL_ONLY = frozenset({"green", "greens", "respect", "alliance", "liberal", "liberals",
                                "democratic", "labour", "conservative", "conservatives", "labor",
                                "dems", "nationals", "one nation", "socialist", "socialists", "wiper",
                                "social democrats", "christian democrats", "free democrats",
                                "new democrats", "democratic alliance", "left party", "national party",
                                "green party", "labour party", "alliance party", "people before profit",
                                "congress"})
# Party words that are also an institution (`Congress` passed the bill): a party only right
# before a person noun or `party` (`Congress leader`, `Congress MLAs`, `Congress's candidate`).
PARTY_WITH_ROLE_ONLY = frozenset({"congress"})
_ROLE_AFTER_PARTY = (r"(?=(?:'s)?\s+(?:leaders?|mps?|mlas?|mlcs?|president|vice-president|general\s+secretary|"
                     r"spokes(?:person|man|woman)|candidates?|chief|legislators?|lawmakers?|workers?|"
                     r"councillors?|veteran|nominee|party|government|ticket|spokespersons)\b)")
PARTY_RE = re.compile(
    r"\b" + first_letters(PARTY_WORDS)
    + by_first_letter([*sorted((re.escape(w) for w in PARTY_WORDS if w not in PARTY_WITH_ROLE_ONLY),
                               key=len, reverse=True),
                       *(f"{re.escape(w)}{_ROLE_AFTER_PARTY}" for w in sorted(PARTY_WITH_ROLE_ONLY))])
    + r"\b",
    re.I,
)
# US style party-state tags: `D-N.Y.`, `R-Texas`, `(D)`.
US_PARTY_TAG = re.compile(r"\b([DRI])-[A-Z][A-Za-z.]*")
US_PARTY = {"D": "Democrat", "R": "Republican", "I": "Independent"}

# Outlets and programmes: media, never people.
MEDIA = frozenset(
    """
    sky news|bbc|bbc news|bbc radio|radio 4|radio 5 live|today programme|question time|newsnight
    andrew marr show|the andrew marr show|sunday politics|world at one|pm programme|gmtv|itv|
    itv news|channel 4|channel 4 news|cnn|fox news|msnbc|nbc|abc|cbs|npr|pbs|reuters|
    associated press|ap|afp|bloomberg|the times|the guardian|guardian|the telegraph|telegraph|
    daily telegraph|daily mail|mail on sunday|the sun|the mirror|daily mirror|the independent|
    independent|the observer|observer|financial times|the economist|new york times|
    the new york times|washington post|the washington post|wall street journal|politico|
    the hill|axios|lbc|talksradio|gb news|meet the press|face the nation|state of the union|
    good morning britain|breakfast|the spectator|evening standard|the scotsman|the herald|
    huffpost|buzzfeed|twitter|facebook|instagram|youtube|tiktok|der spiegel|spiegel online|
    le monde|bild|sunday times|the sunday times|sunday telegraph|the sunday telegraph
    al jazeera|rte|rté|irish times|the irish times|abc news|sky news australia|the australian|
    sydney morning herald|the age|cbc|cbc news|globe and mail|the globe and mail|ndtv|
    the hindu|times of india|hindustan times|dw|deutsche welle|france 24|euronews|
    the atlantic|usa today|los angeles times|cnbc|truth social|threads|bluesky|telegram|
    whatsapp|the new yorker|newsweek|time magazine|the daily beast|vox|the new statesman
    daily maverick|news24|rappler|inquirer|philippine daily inquirer|premium times|the punch|
    straits times|the straits times|channel news asia|express tribune|the express tribune|
    geo news|ary news|focus taiwan|jamaica gleaner|the gleaner|japan times|the japan times|nhk|
    kyodo|kyodo news|folha|folha de s.paulo|globo|rnz|radio new zealand|morning report|
    nz herald|new zealand herald|daily nation|citizen tv|mail & guardian|sabc|abc radio national|
    radio national|politico europe|notes from poland|tvn24|gazeta wyborcza|le figaro|
    france inter|tf1|zdf|deutschlandfunk|el país|el pais|irish independent|the journal|
    newstalk|stv|stv news|bbc scotland|bbc wales|bbc northern ireland|the herald scotland
    """.replace("\n", "|").split("|")
) - {""}
MEDIA = frozenset(m.strip() for m in MEDIA if m.strip())

# Words that make a capitalised sequence an organisation, place, event or thing.
NON_PERSON_WORDS = frozenset(
    """
    party parties news time times council councils commission office department ministry
    committee house bank union university college school act bill inquiry street road
    association associations institute group club forum forums society coalition treasury watch
    unions federations confederation team finance banking audit international
    fellowship concern alliance movement initiative partnership tribunal charity
    organisation organisations organization organizations churches solidarity
    gazette reports standard tribune chronicle observer telegraph courier mirror express monitor
    insider mission registry seats bundesrat bundestag nationalrat landtag sejm riksdag storting
    folketing eduskunta knesset duma majlis senedd dail seanad
    government parliament assembly court service agency
    trust foundation corporation company ltd plc inc corp authority board fund police
    army navy force forces hospital church cathedral centre center airport station city
    county borough district region province state states kingdom republic federation
    nations council's election elections by-election poll polls campaign thursday friday
    saturday sunday monday tuesday wednesday january february march april may june july
    august september october november december north south east west northern southern
    eastern western central midlands isles island islands programme show network radio
    tv channel post journal herald review magazine online press agency treaty summit
    conference congress senate cabinet executive secretariat chamber commons lords
    downing whitehall westminster holyrood stormont parliament's square park hall tower
    bridge palace castle museum gallery library prize award awards cup league championship
    olympics games war crisis brexit covid coronavirus pandemic budget manifesto
    strategy plan scheme programme report review directive charter constitution code
    market markets exchange index dollar pound euro day week month year years
    labour tory tories conservative conservatives democrat democrats republican
    republicans liberal democrats lib dem dems snp ukip greens green
    europe european britain british england english scotland scottish wales welsh ireland
    irish america american americans china chinese russia russian france french germany
    german iraq iraqi iran iranian israel israeli india indian japan japanese
    nato un eu usa uk us gop mps msps meps
    god allah christmas easter ramadan internet web
    research analytics insights polling pollsters strategies associates partners consulting
    consultancy consultants labs holdings
    """.split()
)
# Words that cannot start or be a person name even when capitalised (sentence starts).
NOT_NAME_WORDS = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my your
    but and or so yet if when while after before since as at in on of for by to from with
    however meanwhile then also now still earlier later today yesterday tomorrow tonight last next first second
    there here what who why how where which some many most more several all any each
    every both other another such no not one two three four five six seven eight nine ten
    mr mrs ms miss dr sir dame lord lady baroness prof rev
    asked speaking writing pressed according despite although though because unless
    until under over about against between among around across without within
    shadow former ex deputy acting interim
    """.split()
)

# Gendered pronouns and role words.
MALE_WORDS = frozenset("he him his himself spokesman chairman congressman businessman "
                       "father son husband brother king prince duke".split())
FEMALE_WORDS = frozenset("she her hers herself spokeswoman chairwoman congresswoman "
                         "businesswoman mother daughter wife sister queen princess duchess "
                         "widow".split())


def fold_accents(word: str) -> str:
    """`josé` → `jose`, `guðrún` → `gudrun`: the letters without their accents, and letters that
    are no accented Latin letter written the way English spells them."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return folded.translate(_PLAIN_LETTERS) if not folded.isascii() else folded


_PLAIN_LETTERS = str.maketrans({"ð": "d", "đ": "d", "þ": "th", "æ": "ae", "ø": "o", "ł": "l", "ß": "ss",
                                "Ð": "D", "Đ": "D", "Þ": "Th", "Æ": "Ae", "Ø": "O", "Ł": "L"})


class _Names(dict):
    """First names that an accented spelling also finds (`José` by the listed `Jose`)."""

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (
            isinstance(key, str) and not key.isascii() and dict.__contains__(self, fold_accents(key)))

    def __missing__(self, key: str) -> str:
        if not key.isascii() and dict.__contains__(self, fold_accents(key)):
            return dict.__getitem__(self, fold_accents(key))
        raise KeyError(key)

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[key] if key in self else default


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Common first names (lower case) → "m", "f" or "" (either), from package data."""
    names: dict[str, str] = _Names()
    text = resources.files("summariser").joinpath("data/first_names.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        gender, _, rest = line.partition(":")
        gender = gender.strip() if gender.strip() in ("m", "f") else ""
        for name in rest.split():
            for key in {name.lower(), fold_accents(name.lower())}:  # `Inácio` is also `Inacio`
                if dict.__contains__(names, key) and names[key] != gender:
                    names[key] = ""
                else:
                    names[key] = gender
    return names


def party_name(word: str) -> str | None:
    """The party a party word names (`Tory` → Conservative), else None."""
    key = word.lower().strip()
    if key in PARTY_CAPITAL_ONLY and not word[:1].isupper():
        return None
    return PARTY_WORDS.get(key)


# Nationality words: `Australian Mamdouh Habib` names Mamdouh Habib, and a run of them
# (`French`, `South African`) is never a person.
DEMONYMS = frozenset(
    """
    american australian canadian french german italian spanish russian chinese japanese
    indian pakistani afghan iraqi iranian syrian saudi egyptian libyan nigerian kenyan
    african zimbabwean israeli palestinian turkish greek dutch belgian swiss swedish
    norwegian danish finnish polish czech hungarian romanian bulgarian ukrainian irish
    scottish welsh english british mexican brazilian argentine argentinian colombian
    venezuelan cuban korean vietnamese thai indonesian filipino malaysian singaporean
    bangladeshi lankan nepalese nepali portuguese austrian serbian croatian bosnian
    albanian kosovan lebanese jordanian yemeni somali ethiopian sudanese ugandan
    tanzanian ghanaian senegalese malian algerian moroccan tunisian kurdish european
    asian arab chilean peruvian icelandic estonian latvian lithuanian slovak slovenian
    belarusian georgian armenian azerbaijani kazakh uzbek tibetan taiwanese qatari
    emirati kuwaiti bahraini omani haitian jamaican
    """.split()
)


# States, capitals and seats of government that copy makes speak for a state (`Ukraine
# said`, `Beijing said`, `Moscow warned`): never a person's surname when they speak.
SEATS_OF_POWER = frozenset(
    """
    washington moscow beijing kyiv kiev tehran brussels ankara damascus pyongyang seoul tokyo
    delhi islamabad kabul baghdad riyadh cairo jerusalem ramallah gaza canberra ottawa paris
    berlin london dublin rome madrid lisbon warsaw minsk vilnius riga tallinn helsinki
    stockholm oslo copenhagen amsterdam vienna budapest prague bratislava bucharest sofia
    belgrade zagreb athens nicosia valletta bern geneva caracas havana bogota lima santiago
    brasilia buenos aires mexico taipei manila hanoi bangkok jakarta kuala lumpur singapore
    dhaka colombo kathmandu nairobi pretoria abuja khartoum tripoli tunis algiers rabat
    doha dubai abu dhabi muscat kuwait amman beirut baku tbilisi yerevan astana tashkent
    wellington westminster whitehall holyrood stormont cardiff edinburgh belfast downing
    pentagon kremlin vatican elysee élysée
    ukraine syria lebanon egypt turkey greece italy spain poland hungary sweden norway denmark
    finland canada mexico brazil argentina venezuela cuba colombia chile peru australia
    pakistan afghanistan bangladesh nepal indonesia malaysia vietnam thailand philippines
    korea taiwan nigeria kenya ethiopia sudan somalia libya tunisia morocco algeria qatar
    yemen saudi kuwait belarus moldova romania bulgaria serbia croatia kosovo bosnia albania
    armenia azerbaijan kazakhstan uzbekistan ghana uganda tanzania zimbabwe zambia rwanda
    congo mali niger senegal haiti nicaragua honduras guatemala panama ecuador bolivia
    paraguay uruguay portugal austria switzerland belgium netherlands luxembourg iceland
    estonia latvia lithuania slovakia slovenia czechia myanmar burma cambodia mongolia
    """.split()
)


# Departments a secretary or minister heads (`the Culture Secretary`, `the home secretary`):
# such a secretary is a minister, unlike a press or general secretary.
PORTFOLIO_WORDS = frozenset(
    "home foreign health education culture defence defense trade industry transport environment "
    "work pensions justice treasury business energy local government communities international "
    "development constitutional affairs northern ireland scottish welsh scotland wales finance "
    "interior agriculture immigration housing employment children family sport media digital "
    "social care security economy planning tourism fisheries infrastructure water mining mines lands roads "
    "works youth women gender commerce communications information science technology petroleum forestry heritage "
    "budget administration self-government veterans transportation"
    .split()
)


# AP's abbreviations of US states, as party tags write them (`Sen. X, R-Ky.`); the eight
# states AP spells out (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) stand as they are.
US_STATE_ABBREVIATIONS = {
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
    "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.", "Illinois": "Ill.",
    "Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.",
    "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.",
    "Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.",
    "New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.",
    "North Dakota": "N.D.", "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.",
    "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.", "Tennessee": "Tenn.",
    "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.",
    "Wisconsin": "Wis.", "Wyoming": "Wyo.",
}
