"""Organisations: bodies, companies, outlets and groups that act in geopolitical news.

Plain data only; the actor extractor compiles what it needs. Every string is
case-sensitive and written as English-language news prints it.

How the fields and tables divide the work:

* ``ORGANIZATIONS`` holds one ``Organization`` per real body that English news
  names on its own: the UN and its agencies, alliances and blocs, a state's own
  institutions (the State Department, the State Duma, the Bundestag, the IRGC),
  parties, companies, news agencies and outlets, think tanks, NGOs, armed
  groups, universities and churches.

  - ``name`` is the display name, the form a wire story uses on first mention
    ("International Monetary Fund", "Pentagon", "The New York Times").
  - ``names`` holds the other full forms that name this body alone: British and
    American spellings ("Organisation", "Defence"), dotted and undotted country
    prefixes ("U.S. Treasury", "US Treasury"), native forms news prints
    ("Voluntad Popular"), and former names still in use ("Qatar Petroleum").
  - ``acronyms`` holds initialisms as printed, dotted and undotted, with at
    least one capital letter ("UN", "U.N.", "Nato"). A brand spelt in lower case
    ("dpa") is a name, not an acronym.
  - ``kind`` is one of ``KINDS``. A sovereign or state-owned fund or state
    corporation is a "company"; a peacekeeping mission is "military"; a
    political-risk consultancy is a "company" even when quoted like a think tank.
  - ``country`` is the ISO 3166-1 alpha-2 code (as in ``countries.py``) of the
    state a national body belongs to, or where a company or outlet is run from.
    It is None for international bodies, for bodies of states that no longer
    exist (the KGB, the Stasi), for multinationals without one home (Airbus),
    and where the home could not be established (said in a comment).

* ``GENERIC_BODIES`` holds names that many states give to one of their bodies
  ("Foreign Ministry", "Supreme Court", "Central Bank", "Army"), mapped to a
  kind. They name no body by themselves: the extractor takes the country from
  the words around them ("Russia's Foreign Ministry", "the Russian Foreign
  Ministry") or from the article. So none of them is in ``ORGANIZATIONS``.

* ``ORG_HEAD_WORDS`` are capitalised last words that make an unknown
  capitalised phrase an organisation ("Center for Crisis Studies", "Acme
  Corporation"); ``FACILITY_HEADS`` are capitalised last words that make it a
  place, building, event or document instead ("Simon Bolivar International
  Airport", "Minsk Agreement"), neither person nor organisation. The two sets
  are disjoint. ``ORG_NOUNS`` are lower-case nouns that, just before an unknown
  name or in an apposition after it ("oil giant Rosneft", "Acme, a private TV
  channel,"), make that name an organisation.

Judgement calls, each with a comment at its entry:

* A string names one organisation only. Where two bodies that both matter in
  geopolitical news share an acronym, neither gets it: "PA" (the Palestinian
  Authority and the British agency PA Media), "RSF" (Reporters Without Borders
  and Sudan's Rapid Support Forces), "PTI", "CNA", "PAP", "BIS", "MIT", "ABC",
  "ICE", "LSE", "NRC" and more.
  Where one use dwarfs the other in this kind of news, it takes the acronym
  ("AFP" is the agency, not the Armed Forces of the Philippines; "EPA" is the
  photo agency credited on news pages; "CSIS" is the Washington think tank).
* Acronyms that are English words ("IS", "IT", "AI"), country names or
  abbreviations ("US", "UK"), two-letter ISO codes ("PT" for Brazil's Workers'
  Party) or common abbreviations in news ("RSS", "APC", "DA", "PPP") are left
  out. "AU" for the African Union is kept: news never prints it for Australia
  in running text. Three-letter ISO codes are not printed for countries in
  running text, so "PRI", "NLD", "CPV" and "PAN" stay with their parties.
* Bare names that are also common first names, surnames or words ("Rafael",
  "Leonardo", "Amnesty", "Total", "Diet", "Swift", "Rand") are left out; the
  full form stays. "Wagner" is kept: since 2022 it is the group far more often.
* A name several states use but English news reads as one country's when bare
  stays with that country ("Congress", "House of Representatives", "National
  Security Council", "Joint Chiefs of Staff" for the US; "Labour Party" and
  "Foreign Office" for Britain). The others come qualified ("Peru's Congress"),
  and the extractor should let that qualifier win.
* No string here is also a string of ``countries.py``: seats of government
  ("White House", "Kremlin", "Élysée") and the Holy See live there.

Apostrophes are written straight ("People's Daily"); the extractor folds
typographic quotes before matching. Accented names have an unaccented twin
where news prints both ("Médecins Sans Frontières").

``tests/test_organizations_data.py`` checks that every string lives in one
place, that codes and kinds exist, the order, the disjoint sets, and that each
photo credit in ``media.PHOTO_AGENCIES`` names an organisation here.

To extend: add an ``Organization`` in alphabetical order of ``name`` (case and
accents ignored), one per line; put any spelling news prints in ``names`` and
any initialism in ``acronyms``. Before adding a short form, check that it does
not name another body just as often; if it does, leave it out with a one-line
comment. A body that many states have goes to ``GENERIC_BODIES`` instead. Run
``pytest tests/test_organizations_data.py``.
"""

from __future__ import annotations

import attrs

__all__ = [
    "FACILITY_HEADS",
    "GENERIC_BODIES",
    "KINDS",
    "ORGANIZATIONS",
    "ORG_HEAD_WORDS",
    "ORG_NOUNS",
    "Organization",
]

KINDS: tuple[str, ...] = (
    "intergovernmental",
    "government",
    "legislature",
    "military",
    "court",
    "central_bank",
    "company",
    "media",
    "news_agency",
    "think_tank",
    "party",
    "ngo",
    "armed_group",
    "university",
    "religious",
)
"""What an organisation is; ``Organization.kind`` and ``GENERIC_BODIES`` values are among these."""


@attrs.frozen
class Organization:
    """One organisation and the forms that name it alone."""

    name: str
    """Display name as English-language news prints it: "International Monetary Fund"."""
    kind: str
    """One of ``KINDS``: "intergovernmental"."""
    names: tuple[str, ...] = ()
    """Other full forms and spellings: "World Bank Group", "U.S. Treasury"."""
    acronyms: tuple[str, ...] = ()
    """Initialisms as printed, case-sensitive, dotted and undotted: "UN", "U.N."."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of a national body, company or outlet; None for international ones."""


def _us(*bodies: str) -> tuple[str, ...]:
    """Each body with both US prefixes: ``_us("Treasury")`` is ("U.S. Treasury", "US Treasury")."""
    return tuple(form for body in bodies for form in (f"U.S. {body}", f"US {body}"))


def _un(*bodies: str) -> tuple[str, ...]:
    """The other UN prefixes of a body displayed as "UN ...": ("U.N. ...", "United Nations ...")."""
    return tuple(form for body in bodies for form in (f"U.N. {body}", f"United Nations {body}"))


# One organisation per line reads as a table; the formatter would spread each over several.
# fmt: off
ORGANIZATIONS: tuple[Organization, ...] = (
    Organization("A.P. Moller-Maersk", "company", names=("Maersk", "A.P. Møller-Mærsk"), country="DK"),
    # "AAP" is left out: also Australian Associated Press.
    Organization("Aam Aadmi Party", "party", country="IN"),
    Organization("Abaca Press", "news_agency", names=("ABACAPRESS", "Abacapress"), country="FR"),
    # "ABC" alone is left out: it is also the Australian Broadcasting Corporation, whose news
    # service is called ABC News too (bare "ABC News" stays with the US network).
    Organization("ABC News", "media", names=("American Broadcasting Company",), country="US"),
    Organization("ABS-CBN", "media", country="PH"),
    Organization("Abu Dhabi National Oil Company", "company", acronyms=("ADNOC", "Adnoc"), country="AE"),
    # Bare "Adani" is left out: it is also Gautam Adani, its chairman.
    Organization("Adani Group", "company", country="IN"),
    Organization("Aeroflot", "company", country="RU"),
    # The Defence Ministry's force that took over Wagner's work in Africa from 2023.
    Organization("Africa Corps", "military", country="RU"),
    Organization("African Development Bank", "intergovernmental", acronyms=("AfDB",)),
    Organization("African National Congress", "party", acronyms=("ANC",), country="ZA"),
    # "AU" is also Australia's ISO code, but news never prints it for Australia in running text.
    Organization("African Union", "intergovernmental", acronyms=("AU",)),
    # "AFP" is also the Armed Forces of the Philippines, which news names in full.
    Organization("Agence France-Presse", "news_agency", names=("Agence France Presse", "AFP Photo"), acronyms=("AFP",), country="FR"),
    Organization("Agencia EFE", "news_agency", names=("EFE",), country="ES"),
    Organization("Agenzia Nazionale Stampa Associata", "news_agency", acronyms=("ANSA",), country="IT"),
    # Registered in the Netherlands, run from Toulouse, partly owned by the French, German and Spanish states.
    Organization("Airbus", "company"),
    # Run from Dubai; owned by Saudi interests. Country: Saudi Arabia.
    Organization("Al Arabiya", "media", names=("Al-Arabiya",), country="SA"),
    Organization("Al Jazeera", "media", names=("Al-Jazeera", "Al Jazeera English", "Aljazeera"), country="QA"),
    Organization("Al Mayadeen", "media", names=("Al-Mayadeen",), country="LB"),
    Organization("Al-Ahram", "media", names=("Al Ahram", "Ahram Online"), country="EG"),
    Organization("Al-Azhar", "religious", names=("al-Azhar",), country="EG"),
    Organization("Al-Azhar University", "university", country="EG"),
    Organization("Al-Haq", "ngo", country="PS"),
    Organization("Al-Manar", "media", names=("Al Manar",), country="LB"),
    Organization("Al-Monitor", "media", names=("Al Monitor",), country="US"),
    Organization("al-Qaeda", "armed_group", names=("al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida", "al Qaida")),
    Organization("al-Qaeda in the Arabian Peninsula", "armed_group", names=("Al-Qaeda in the Arabian Peninsula",), acronyms=("AQAP",), country="YE"),
    Organization("al-Qaeda in the Islamic Maghreb", "armed_group", names=("Al-Qaeda in the Islamic Maghreb",), acronyms=("AQIM",)),
    Organization("al-Shabab", "armed_group", names=("al-Shabaab", "Al-Shabaab", "Al-Shabab", "al Shabaab", "al Shabab"), country="SO"),
    Organization("Alamy", "company", names=("Alamy Stock Photo",), country="GB"),
    Organization("Alfa-Bank", "company", names=("Alfa Bank",), country="RU"),
    Organization("Algemeen Nederlands Persbureau", "news_agency", acronyms=("ANP",), country="NL"),
    Organization("Alibaba", "company", names=("Alibaba Group",), country="CN"),
    # "APC" is left out: an armoured personnel carrier in war news.
    Organization("All Progressives Congress", "party", country="NG"),
    Organization("Alliance for the Union of Romanians", "party", acronyms=("AUR",), country="RO"),
    # Formed in 2023 by Mali, Burkina Faso and Niger, which then left ECOWAS. "AES" is left out:
    # also a US power company.
    Organization("Alliance of Sahel States", "intergovernmental", names=("Confederation of Sahel States",)),
    Organization("Almaz-Antey", "company", country="RU"),
    Organization("Alrosa", "company", names=("ALROSA",), country="RU"),
    Organization("Alternative for Germany", "party", names=("Alternative für Deutschland",), acronyms=("AfD",), country="DE"),
    Organization("Amal Movement", "party", country="LB"),
    Organization("American Enterprise Institute", "think_tank", acronyms=("AEI",), country="US"),
    Organization("Amnesty International", "ngo"),  # bare "Amnesty" is left out: a common noun that opens sentences
    Organization("Anadolu Agency", "news_agency", names=("Anadolu",), country="TR"),
    Organization("Anduril", "company", names=("Anduril Industries",), country="US"),
    Organization("Anglo American", "company", country="GB"),
    Organization("ANO", "party", names=("ANO 2011",), country="CZ"),
    Organization("Antara", "news_agency", country="ID"),
    # Founded by Alexei Navalny in Moscow; banned in 2021, it works from exile.
    Organization("Anti-Corruption Foundation", "ngo", acronyms=("FBK",), country="RU"),
    Organization("Apple", "company", country="US"),
    Organization("Arab League", "intergovernmental", names=("League of Arab States",)),
    Organization("Arab News", "media", country="SA"),
    Organization("Arakan Army", "armed_group", country="MM"),
    Organization("Arctic Council", "intergovernmental"),
    Organization("ARD", "media", country="DE"),
    Organization("Armed Conflict Location & Event Data", "ngo", names=("Armed Conflict Location and Event Data Project",), acronyms=("ACLED",)),
    Organization("Asahi Shimbun", "media", names=("The Asahi Shimbun",), country="JP"),
    Organization("Aselsan", "company", country="TR"),
    # Published in London, owned by Saudi interests.
    Organization("Asharq Al-Awsat", "media", country="SA"),
    Organization("Asia-Pacific Economic Cooperation", "intergovernmental", acronyms=("APEC", "Apec")),
    Organization("Asian Development Bank", "intergovernmental", acronyms=("ADB",)),
    Organization("Asian Infrastructure Investment Bank", "intergovernmental", acronyms=("AIIB",)),
    Organization("Asian News International", "news_agency", acronyms=("ANI",), country="IN"),
    Organization("ASML", "company", country="NL"),
    Organization("Assembly of Experts", "government", country="IR"),
    Organization("Associated Press", "news_agency", names=("The Associated Press", "AP Photo", "AP Images"), acronyms=("AP",), country="US"),
    Organization("Association of Southeast Asian Nations", "intergovernmental", acronyms=("ASEAN", "Asean")),
    Organization("Atlantic Council", "think_tank", country="US"),
    Organization("Atomic Energy Organization of Iran", "government", acronyms=("AEOI",), country="IR"),
    Organization("Australian Associated Press", "news_agency", country="AU"),
    Organization("Australian Broadcasting Corporation", "media", country="AU"),
    # Israel's Labor Party also spelt it so until its 2024 merger; bare, news means Australia's.
    Organization("Australian Labor Party", "party", names=("Labor Party",), acronyms=("ALP",), country="AU"),
    Organization("Australian Security Intelligence Organisation", "government", acronyms=("ASIO",), country="AU"),
    Organization("Australian Strategic Policy Institute", "think_tank", acronyms=("ASPI",), country="AU"),
    Organization("Aviation Industry Corporation of China", "company", acronyms=("AVIC",), country="CN"),
    Organization("Axios", "media", country="US"),
    # Formed in 2014 as a volunteer battalion, now a brigade of Ukraine's National Guard; Russia
    # calls it a terrorist group.
    Organization("Azov Brigade", "military", names=("Azov Regiment", "Azov Battalion"), country="UA"),
    Organization("B'Tselem", "ngo", country="IL"),
    Organization("BAE Systems", "company", country="GB"),
    Organization("Balochistan Liberation Army", "armed_group", names=("Baloch Liberation Army",), acronyms=("BLA",), country="PK"),
    Organization("Baltic Fleet", "military", country="RU"),
    Organization("Banco Santander", "company", country="ES"),
    # "BIS" is left out: it is also the US Commerce Department's Bureau of Industry and Security.
    Organization("Bank for International Settlements", "intergovernmental"),
    Organization("Bank of America", "company", names=("BofA",), country="US"),
    Organization("Bank of Canada", "central_bank", acronyms=("BoC",), country="CA"),
    Organization("Bank of China", "company", country="CN"),
    Organization("Bank of England", "central_bank", acronyms=("BoE", "BOE"), country="GB"),
    Organization("Bank of Israel", "central_bank", country="IL"),
    Organization("Bank of Italy", "central_bank", names=("Banca d'Italia",), country="IT"),
    Organization("Bank of Japan", "central_bank", acronyms=("BOJ", "BoJ"), country="JP"),
    Organization("Bank of Korea", "central_bank", acronyms=("BOK", "BoK"), country="KR"),
    Organization("Bank of Mexico", "central_bank", names=("Banxico",), country="MX"),
    Organization("Bank of Russia", "central_bank", names=("Central Bank of Russia", "Central Bank of the Russian Federation"), country="RU"),
    Organization("Bank of Spain", "central_bank", names=("Banco de España",), country="ES"),
    Organization("Banque de France", "central_bank", names=("Bank of France",), country="FR"),
    Organization("Banque du Liban", "central_bank", names=("Bank of Lebanon",), country="LB"),
    Organization("Basij", "military", country="IR"),
    Organization("Baykar", "company", country="TR"),
    Organization("BBC", "media", names=("British Broadcasting Corporation", "BBC News"), country="GB"),
    Organization("Belfer Center", "think_tank", names=("Belfer Center for Science and International Affairs",), country="US"),
    Organization("Belga", "news_agency", names=("Belga News Agency",), country="BE"),
    Organization("Bellingcat", "media", country="NL"),
    Organization("BelTA", "news_agency", names=("Belta",), country="BY"),
    Organization("Bernama", "news_agency", country="MY"),
    Organization("Bharatiya Janata Party", "party", acronyms=("BJP",), country="IN"),
    Organization("BHP", "company", country="AU"),
    Organization("Bild", "media", country="DE"),
    Organization("Black Sea Fleet", "military", country="RU"),
    Organization("BlackRock", "company", country="US"),
    # A private military company: filed as a company, unlike Wagner, which fought as a force.
    Organization("Blackwater", "company", country="US"),
    # Bloomberg LP and its news service, one actor in news; Michael Bloomberg is a person.
    Organization("Bloomberg", "news_agency", names=("Bloomberg News", "Bloomberg LP", "Bloomberg L.P."), country="US"),
    Organization("BND", "government", names=("Bundesnachrichtendienst",), country="DE"),
    Organization("BNP Paribas", "company", country="FR"),
    Organization("Boeing", "company", country="US"),
    Organization("Boko Haram", "armed_group", country="NG"),
    Organization("Bolivarian Alliance for the Peoples of Our America", "intergovernmental", acronyms=("ALBA", "ALBA-TCP")),
    Organization("Bolivarian National Armed Forces", "military", acronyms=("FANB",), country="VE"),
    Organization("Bolivarian National Guard", "military", acronyms=("GNB",), country="VE"),
    Organization("Bolivarian National Intelligence Service", "government", acronyms=("SEBIN", "Sebin"), country="VE"),
    Organization("BP", "company", country="GB"),
    Organization("Breitbart News", "media", names=("Breitbart",), country="US"),
    Organization("BRICS", "intergovernmental", names=("BRICS+", "BRICS Plus"), acronyms=("Brics",)),
    Organization("British Army", "military", country="GB"),
    Organization("Brookings Institution", "think_tank", names=("Brookings",), country="US"),
    Organization("Brothers of Italy", "party", names=("Fratelli d'Italia",), country="IT"),
    Organization("Bruegel", "think_tank", country="BE"),
    Organization("Bundesbank", "central_bank", names=("Deutsche Bundesbank",), country="DE"),
    # Austria's upper house has the same name; news names it with its country.
    Organization("Bundesrat", "legislature", country="DE"),
    Organization("Bundestag", "legislature", country="DE"),
    Organization("Bundeswehr", "military", country="DE"),
    Organization("Bureau of Industry and Security", "government", country="US"),
    Organization("Business Insider", "media", country="US"),
    Organization("BYD", "company", country="CN"),
    Organization("ByteDance", "company", country="CN"),
    Organization("Caixin", "media", country="CN"),
    # "CPP" is left out: also the Communist Party of the Philippines.
    Organization("Cambodian People's Party", "party", country="KH"),
    Organization("Canadian Broadcasting Corporation", "media", acronyms=("CBC",), country="CA"),
    Organization("Canadian Security Intelligence Service", "government", country="CA"),
    Organization("Capital Economics", "company", country="GB"),
    Organization("Caribbean Community", "intergovernmental", acronyms=("CARICOM", "Caricom")),
    Organization("Carnegie Endowment for International Peace", "think_tank", names=("Carnegie Endowment",), country="US"),
    Organization("Carnegie Europe", "think_tank", country="BE"),
    # Closed by Russia in 2022; its staff went on as the Carnegie Russia Eurasia Center in Berlin.
    Organization("Carnegie Moscow Center", "think_tank", names=("Carnegie Moscow Centre",), country="RU"),
    Organization("Carnegie Russia Eurasia Center", "think_tank", country="DE"),
    Organization("Carter Center", "ngo", country="US"),
    Organization("Catholic Church", "religious", names=("Roman Catholic Church",)),
    Organization("CATL", "company", names=("Contemporary Amperex Technology",), country="CN"),
    Organization("Cato Institute", "think_tank", country="US"),
    Organization("CBS News", "media", acronyms=("CBS",), country="US"),
    Organization("CCTV", "media", names=("China Central Television",), country="CN"),
    Organization("Center for a New American Security", "think_tank", acronyms=("CNAS",), country="US"),
    Organization("Center for Analysis of Strategies and Technologies", "think_tank", names=("Centre for Analysis of Strategies and Technologies",), acronyms=("CAST",), country="RU"),
    # "CSIS" is also the Canadian Security Intelligence Service, which news mostly names in full.
    Organization("Center for Strategic and International Studies", "think_tank", acronyms=("CSIS",), country="US"),
    Organization("Central Bank of Argentina", "central_bank", acronyms=("BCRA",), country="AR"),
    Organization("Central Bank of Brazil", "central_bank", names=("Banco Central do Brasil",), country="BR"),
    Organization("Central Bank of Iran", "central_bank", country="IR"),
    Organization("Central Bank of Nigeria", "central_bank", acronyms=("CBN",), country="NG"),
    Organization("Central Bank of the Republic of Turkey", "central_bank", names=("Central Bank of the Republic of Türkiye",), acronyms=("CBRT",), country="TR"),
    Organization("Central Bank of Venezuela", "central_bank", acronyms=("BCV",), country="VE"),
    # Forced out of Budapest, it moved its teaching to Vienna in 2019.
    Organization("Central European University", "university", acronyms=("CEU",), country="AT"),
    Organization("Central Intelligence Agency", "government", acronyms=("CIA",), country="US"),
    Organization("Central Military Commission", "military", acronyms=("CMC",), country="CN"),
    # "CNA" is left out: it is also Singapore's Channel NewsAsia, which now brands itself so.
    Organization("Central News Agency", "news_agency", country="TW"),
    Organization("Centre for Eastern Studies", "think_tank", names=("Center for Eastern Studies",), acronyms=("OSW",), country="PL"),
    Organization("Centre for European Reform", "think_tank", acronyms=("CER",), country="GB"),
    Organization("CGTN", "media", names=("China Global Television Network",), country="CN"),
    # Brands itself "CNA" since 2019; that form is left out (see Central News Agency).
    Organization("Channel NewsAsia", "media", country="SG"),
    Organization("Channel One Russia", "media", country="RU"),
    Organization("Chatham House", "think_tank", names=("Royal Institute of International Affairs",), country="GB"),
    Organization("Cheniere Energy", "company", names=("Cheniere",), country="US"),
    Organization("Chevron", "company", country="US"),
    Organization("China Coast Guard", "military", country="CN"),
    Organization("China Daily", "media", country="CN"),
    Organization("China Development Bank", "company", acronyms=("CDB",), country="CN"),
    Organization("China Evergrande Group", "company", names=("Evergrande",), country="CN"),
    Organization("China Institutes of Contemporary International Relations", "think_tank", acronyms=("CICIR",), country="CN"),
    Organization("China National Offshore Oil Corporation", "company", acronyms=("CNOOC",), country="CN"),
    Organization("China National Petroleum Corporation", "company", acronyms=("CNPC",), country="CN"),
    Organization("China News Service", "news_agency", country="CN"),
    Organization("Chinese Academy of Social Sciences", "think_tank", acronyms=("CASS",), country="CN"),
    Organization("Chinese Communist Party", "party", names=("Communist Party of China",), acronyms=("CCP", "CPC"), country="CN"),
    Organization("Chosun Ilbo", "media", names=("The Chosun Ilbo",), country="KR"),
    Organization("Christian Democratic Union", "party", acronyms=("CDU",), country="DE"),
    Organization("Christian Science Monitor", "media", names=("The Christian Science Monitor",), country="US"),
    Organization("Christian Social Union", "party", acronyms=("CSU",), country="DE"),
    Organization("Church of England", "religious", country="GB"),
    # PDVSA's US refining arm; who controls it has been contested since 2019.
    Organization("Citgo", "company", names=("Citgo Petroleum",), acronyms=("CITGO",), country="US"),
    Organization("Citigroup", "company", names=("Citi",), country="US"),
    Organization("Civic Platform", "party", country="PL"),
    Organization("CMA CGM", "company", country="FR"),
    Organization("CNBC", "media", country="US"),
    Organization("CNN", "media", names=("Cable News Network",), country="US"),
    Organization("Codelco", "company", country="CL"),
    Organization("Collective Security Treaty Organization", "intergovernmental", names=("Collective Security Treaty Organisation",), acronyms=("CSTO",)),
    # Bare "Columbia" and "Georgetown" are left out: Colombia's old spelling and Guyana's capital.
    Organization("Columbia University", "university", country="US"),
    Organization("Commerce Department", "government", names=("Department of Commerce", *_us("Commerce Department"), *_us("Department of Commerce")), country="US"),
    Organization("Committee to Protect Journalists", "ngo", acronyms=("CPJ",)),
    Organization("Commonwealth of Independent States", "intergovernmental", acronyms=("CIS",)),
    Organization("Commonwealth of Nations", "intergovernmental"),
    Organization("Communist Party of Cuba", "party", country="CU"),
    Organization("Communist Party of the Russian Federation", "party", acronyms=("KPRF",), country="RU"),
    Organization("Communist Party of the Soviet Union", "party", acronyms=("CPSU",)),
    Organization("Communist Party of Vietnam", "party", names=("Vietnamese Communist Party",), acronyms=("CPV",), country="VN"),
    Organization("Community of Latin American and Caribbean States", "intergovernmental", acronyms=("CELAC", "Celac")),
    Organization("Comprehensive Nuclear-Test-Ban Treaty Organization", "intergovernmental", names=("Comprehensive Nuclear-Test-Ban Treaty Organisation",), acronyms=("CTBTO",)),
    Organization("ConocoPhillips", "company", country="US"),
    Organization("Conservative Party", "party", names=("Conservative and Unionist Party", "Tory Party"), country="GB"),
    Organization("Conservative Party of Canada", "party", country="CA"),
    Organization("Coordinator of Government Activities in the Territories", "military", acronyms=("COGAT",), country="IL"),
    Organization("Corbis", "company", country="US"),
    Organization("Corriere della Sera", "media", country="IT"),
    Organization("COSCO Shipping", "company", names=("China COSCO Shipping", "COSCO"), country="CN"),
    Organization("Council of Europe", "intergovernmental"),
    Organization("Council of the European Union", "intergovernmental", names=("Council of the EU",)),
    Organization("Council on Foreign and Defense Policy", "think_tank", acronyms=("SVOP",), country="RU"),
    Organization("Council on Foreign Relations", "think_tank", acronyms=("CFR",), country="US"),
    Organization("Court of Justice of the European Union", "court", names=("European Court of Justice", "EU Court of Justice"), acronyms=("CJEU", "ECJ")),
    # Taken over by UBS in 2023.
    Organization("Credit Suisse", "company", country="CH"),
    Organization("Customs and Border Protection", "government", names=("U.S. Customs and Border Protection", "US Customs and Border Protection"), acronyms=("CBP",), country="US"),
    Organization("Cyberspace Administration of China", "government", country="CN"),
    Organization("Czechoslovak Group", "company", acronyms=("CSG",), country="CZ"),
    Organization("Daily Mail", "media", country="GB"),
    Organization("Daily Maverick", "media", country="ZA"),
    Organization("Daily Sabah", "media", country="TR"),
    Organization("Dassault Aviation", "company", country="FR"),
    Organization("De Telegraaf", "media", country="NL"),
    Organization("Defence Intelligence of Ukraine", "military", names=("Defense Intelligence of Ukraine",), acronyms=("HUR", "GUR"), country="UA"),
    Organization("Defence Research and Development Organisation", "government", acronyms=("DRDO",), country="IN"),
    Organization("Defense Intelligence Agency", "military", acronyms=("DIA",), country="US"),
    Organization("Democratic Action", "party", names=("Acción Democrática", "Accion Democratica"), country="VE"),
    Organization("Democratic Alliance", "party", country="ZA"),  # "DA" is left out: district attorney
    Organization("Democratic National Committee", "party", acronyms=("DNC",), country="US"),
    # Bare "Democratic Party" and "Republican Party" are the American ones in English news; Italy's
    # and South Korea's Democratic parties are named with their country.
    Organization("Democratic Party", "party", country="US"),
    Organization("Democratic Party of Korea", "party", country="KR"),
    # "DPP" is also a Director of Public Prosecutions, an office rather than a body.
    Organization("Democratic Progressive Party", "party", acronyms=("DPP",), country="TW"),
    Organization("Democratic Unionist Party", "party", acronyms=("DUP",), country="GB"),
    Organization("Democratic Unity Roundtable", "party", names=("Mesa de la Unidad Democrática",), acronyms=("MUD",), country="VE"),
    Organization("Department of Energy", "government", names=("Energy Department", *_us("Energy Department"), *_us("Department of Energy")), acronyms=("DOE",), country="US"),
    # Set up by the second Trump administration in 2025.
    Organization("Department of Government Efficiency", "government", acronyms=("DOGE",), country="US"),
    Organization("Department of Homeland Security", "government", names=("Homeland Security Department",), acronyms=("DHS",), country="US"),
    Organization("Der Spiegel", "media", names=("Spiegel",), country="DE"),
    Organization("Deutsche Bank", "company", country="DE"),
    # The agency prints its name in lower case, so it is a name here, not an acronym.
    Organization("Deutsche Presse-Agentur", "news_agency", names=("dpa",), country="DE"),
    Organization("Deutsche Welle", "media", acronyms=("DW",), country="DE"),
    Organization("Die Welt", "media", country="DE"),
    Organization("Die Zeit", "media", country="DE"),
    Organization("Diehl Defence", "company", country="DE"),
    Organization("Directorate-General for External Security", "government", acronyms=("DGSE",), country="FR"),
    Organization("Directorate-General for Internal Security", "government", acronyms=("DGSI",), country="FR"),
    Organization("DJI", "company", names=("Da-Jiang Innovations",), country="CN"),
    Organization("Doctors Without Borders", "ngo", names=("Médecins Sans Frontières", "Medecins Sans Frontieres", "Médecins sans frontières"), acronyms=("MSF",)),
    Organization("DP World", "company", country="AE"),
    Organization("East African Community", "intergovernmental", acronyms=("EAC",)),
    Organization("Economic Community of West African States", "intergovernmental", acronyms=("ECOWAS", "Ecowas")),
    # "EFF" is left out: also the Electronic Frontier Foundation.
    Organization("Economic Freedom Fighters", "party", country="ZA"),
    Organization("Ecopetrol", "company", country="CO"),
    Organization("Ecumenical Patriarchate of Constantinople", "religious", names=("Ecumenical Patriarchate",), country="TR"),
    Organization("El Mundo", "media", country="ES"),
    Organization("El País", "media", names=("El Pais",), country="ES"),
    Organization("Elbit Systems", "company", names=("Elbit",), country="IL"),
    Organization("Elections Canada", "government", country="CA"),
    # "EDF" is the brand it goes by; the EU's European Defence Fund is written out in news.
    Organization("Électricité de France", "company", names=("Electricite de France",), acronyms=("EDF",), country="FR"),
    Organization("Embraer", "company", country="BR"),
    Organization("Emirates News Agency", "news_agency", acronyms=("WAM",), country="AE"),
    Organization("Employment and Social Development Canada", "government", acronyms=("ESDC",), country="CA"),
    Organization("Energoatom", "company", country="UA"),
    Organization("Engie", "company", country="FR"),
    Organization("Eni", "company", country="IT"),
    Organization("Environment and Climate Change Canada", "government", names=("Environment Canada",), acronyms=("ECCC",), country="CA"),
    # The Environmental Protection Agency is named in full only: "EPA" goes to the photo agency,
    # whose credit news pages print far more often.
    Organization("Environmental Protection Agency", "government", country="US"),
    Organization("Equinor", "company", country="NO"),
    Organization("Ericsson", "company", country="SE"),
    Organization("Eskom", "company", country="ZA"),
    # A political risk consultancy: a company, though news quotes it like a think tank.
    Organization("Eurasia Group", "company", country="US"),
    Organization("Eurasian Economic Union", "intergovernmental", acronyms=("EAEU", "EEU")),
    # Holds most of the frozen Russian central bank assets.
    Organization("Euroclear", "company", country="BE"),
    Organization("Eurogroup", "intergovernmental"),
    # A pan-European channel founded in Lyon: no single country.
    Organization("Euronews", "media"),
    Organization("European Bank for Reconstruction and Development", "intergovernmental", acronyms=("EBRD",)),
    Organization("European Central Bank", "central_bank", acronyms=("ECB",)),
    # "EC" is left out: also the old European Community and many an Election Commission.
    Organization("European Commission", "intergovernmental", names=("EU Commission",)),
    # "EU Council" is left out: news uses it for both the European Council and the Council of the EU.
    Organization("European Council", "intergovernmental"),
    # A pan-European think tank with offices in seven capitals: no single country.
    Organization("European Council on Foreign Relations", "think_tank", acronyms=("ECFR",)),
    # A Council of Europe court, not an EU one. "ECHR" also abbreviates the convention it applies;
    # in news it is mostly the court.
    Organization("European Court of Human Rights", "court", acronyms=("ECHR", "ECtHR")),
    Organization("European External Action Service", "intergovernmental", acronyms=("EEAS",)),
    Organization("European Investment Bank", "intergovernmental", acronyms=("EIB",)),
    Organization("European Parliament", "legislature", names=("EU Parliament",)),
    # "EPA" in a credit is this agency; "EPA-EFE" is the credit it shares with Spain's EFE.
    Organization("European Pressphoto Agency", "news_agency", names=("EPA-EFE",), acronyms=("EPA",), country="DE"),
    Organization("European Solidarity", "party", country="UA"),
    Organization("European Union", "intergovernmental", acronyms=("EU", "E.U.")),
    Organization("Europol", "intergovernmental"),
    Organization("Eurostat", "intergovernmental"),
    Organization("Executive Yuan", "government", country="TW"),
    Organization("Expediency Council", "government", country="IR"),
    Organization("Export Development Canada", "government", acronyms=("EDC",), country="CA"),
    Organization("Export-Import Bank of China", "company", names=("China Exim Bank",), country="CN"),
    Organization("ExxonMobil", "company", names=("Exxon Mobil", "Exxon"), country="US"),
    Organization("Fars News Agency", "news_agency", names=("Fars News",), country="IR"),
    Organization("Fatah", "party", country="PS"),
    Organization("Federal Bureau of Investigation", "government", acronyms=("FBI",), country="US"),
    Organization("Federal Constitutional Court", "court", country="DE"),
    Organization("Federal Foreign Office", "government", names=("Auswärtiges Amt",), country="DE"),
    Organization("Federal Office for the Protection of the Constitution", "government", acronyms=("BfV",), country="DE"),
    # Capitalised "Fed" is the Federal Reserve in news; the verb and past participle are lower case.
    Organization("Federal Reserve", "central_bank", names=("Federal Reserve Board", "Federal Reserve System", *_us("Federal Reserve"), "Fed"), country="US"),
    Organization("Federal Security Service", "government", acronyms=("FSB",), country="RU"),
    Organization("Federation Council", "legislature", country="RU"),
    Organization("Fidesz", "party", country="HU"),
    Organization("FIFA", "ngo", names=("International Federation of Association Football",)),
    Organization("Financial Action Task Force", "intergovernmental", acronyms=("FATF",)),
    Organization("Financial Times", "media", names=("The Financial Times",), acronyms=("FT",), country="GB"),
    Organization("Fincantieri", "company", country="IT"),
    Organization("Fitch Ratings", "company", names=("Fitch",), country="US"),
    Organization("Five Eyes", "intergovernmental"),
    Organization("Five Star Movement", "party", acronyms=("M5S",), country="IT"),
    Organization("Food and Agriculture Organization", "intergovernmental", names=("Food and Agriculture Organisation", "UN Food and Agriculture Organization", "U.N. Food and Agriculture Organization"), acronyms=("FAO",)),
    # "Foreign Office" is Britain's in English news; Germany's is the "Federal Foreign Office".
    Organization("Foreign, Commonwealth and Development Office", "government", names=("Foreign Office", "Foreign and Commonwealth Office"), acronyms=("FCDO", "FCO"), country="GB"),
    Organization("Forza Italia", "party", country="IT"),
    Organization("Foundation for Defense of Democracies", "think_tank", acronyms=("FDD",), country="US"),
    Organization("Fox News", "media", names=("Fox News Channel",), country="US"),
    Organization("Foxconn", "company", names=("Hon Hai", "Hon Hai Precision Industry"), country="TW"),
    Organization("France 24", "media", names=("France24",), country="FR"),
    Organization("France Unbowed", "party", names=("La France Insoumise",), acronyms=("LFI",), country="FR"),
    Organization("Frankfurter Allgemeine Zeitung", "media", acronyms=("FAZ",), country="DE"),
    Organization("Free Democratic Party", "party", acronyms=("FDP",), country="DE"),
    Organization("Free Patriotic Movement", "party", country="LB"),
    # "FSA" is left out: also Britain's Food Standards Agency.
    Organization("Free Syrian Army", "armed_group", country="SY"),
    Organization("Freedom House", "ngo"),
    Organization("French Institute of International Relations", "think_tank", acronyms=("IFRI", "Ifri"), country="FR"),
    Organization("Frontex", "intergovernmental", names=("European Border and Coast Guard Agency",)),
    Organization("Fudan University", "university", country="CN"),
    Organization("Gas Exporting Countries Forum", "intergovernmental", acronyms=("GECF",)),
    Organization("Gates Foundation", "ngo", names=("Bill & Melinda Gates Foundation", "Bill and Melinda Gates Foundation")),
    Organization("Gazprom", "company", country="RU"),
    Organization("Gazprom Neft", "company", country="RU"),
    Organization("Gazprombank", "company", country="RU"),
    Organization("General Directorate of Military Counterintelligence", "military", acronyms=("DGCIM",), country="VE"),
    Organization("General Dynamics", "company", country="US"),
    # Firms whose name opens with a title word ("General"): without them, "General Motors"
    # reads as a person titled General.
    Organization("General Electric", "company", country="US"),
    Organization("General Mills", "company", country="US"),
    Organization("General Motors", "company", country="US"),
    Organization("Georgetown University", "university", country="US"),
    Organization("Georgian Dream", "party", country="GE"),
    Organization("Gerindra", "party", names=("Great Indonesia Movement Party",), country="ID"),
    Organization("German Council on Foreign Relations", "think_tank", acronyms=("DGAP",), country="DE"),
    Organization("German Institute for International and Security Affairs", "think_tank", acronyms=("SWP",), country="DE"),
    Organization("German Marshall Fund", "think_tank", names=("German Marshall Fund of the United States",), acronyms=("GMF",), country="US"),
    # Bare "Getty" is this agency in credits; the Getty family and museum are rare in this news.
    Organization("Getty Images", "news_agency", names=("Getty",), country="US"),
    Organization("Glencore", "company", country="CH"),
    Organization("Global Affairs Canada", "government", country="CA"),
    Organization("Global Times", "media", country="CN"),
    Organization("Global Witness", "ngo"),
    Organization("Goldman Sachs", "company", country="US"),
    Organization("Google", "company", names=("Alphabet",), country="US"),
    Organization("Government Communications Headquarters", "government", acronyms=("GCHQ",), country="GB"),
    Organization("Grand National Assembly of Turkey", "legislature", names=("Turkish Grand National Assembly", "Grand National Assembly"), country="TR"),
    Organization("Greenpeace", "ngo"),
    Organization("Group of 20", "intergovernmental", names=("Group of Twenty",), acronyms=("G20", "G-20")),
    Organization("Group of 77", "intergovernmental", acronyms=("G77", "G-77")),
    # Russia was suspended in 2014 and the group went back to being the G7; older text still has it.
    Organization("Group of Eight", "intergovernmental", acronyms=("G8", "G-8")),
    Organization("Group of Seven", "intergovernmental", acronyms=("G7", "G-7")),
    # Officially the "Main Directorate" since 2010; news still says GRU.
    Organization("GRU", "military", names=("Main Intelligence Directorate of the General Staff",), country="RU"),
    Organization("Guardian Council", "government", names=("Council of Guardians",), country="IR"),
    Organization("Gulf Cooperation Council", "intergovernmental", names=("Gulf Co-operation Council", "Cooperation Council for the Arab States of the Gulf"), acronyms=("GCC",)),
    Organization("Gunvor", "company", country="CH"),
    Organization("Haaretz", "media", country="IL"),
    Organization("Halliburton", "company", country="US"),
    # Hamas also governed Gaza from 2007, but news treats it as a militant group.
    Organization("Hamas", "armed_group", country="PS"),
    Organization("Handelsblatt", "media", country="DE"),
    Organization("Hans Lucas", "news_agency", country="FR"),
    Organization("Hanwha Aerospace", "company", country="KR"),
    Organization("Hapag-Lloyd", "company", country="DE"),
    Organization("Haqqani network", "armed_group", names=("Haqqani Network",), country="AF"),
    Organization("Harvard University", "university", names=("Harvard",), country="US"),
    # HTS led the offensive that toppled Assad in December 2024 and dissolved itself into the new
    # Syrian army in January 2025; news still names it.
    Organization("Hayat Tahrir al-Sham", "armed_group", names=("Hay'at Tahrir al-Sham",), acronyms=("HTS",), country="SY"),
    Organization("Health Canada", "government", country="CA"),
    Organization("Hebrew University of Jerusalem", "university", names=("Hebrew University",), country="IL"),
    Organization("Heritage Foundation", "think_tank", country="US"),
    Organization("Hezbollah", "armed_group", names=("Hizbollah", "Hizballah"), country="LB"),
    Organization("Higher School of Economics", "university", country="RU"),
    Organization("Hikvision", "company", country="CN"),
    # "HAL" is left out: the same letters as a first name in capitals.
    Organization("Hindustan Aeronautics", "company", names=("Hindustan Aeronautics Limited",), country="IN"),
    Organization("Hindustan Times", "media", country="IN"),
    Organization("HM Treasury", "government", names=("His Majesty's Treasury", "Her Majesty's Treasury"), country="GB"),
    Organization("Home Office", "government", country="GB"),
    Organization("House of Commons", "legislature", country="GB"),
    Organization("House of Lords", "legislature", country="GB"),
    # Japan, Australia, Nigeria and the Philippines have one too; news names them with the country.
    Organization("House of Representatives", "legislature", names=_us("House of Representatives"), country="US"),
    # "Houthi" and "Huthi" are kept: news uses them as the group's adjective ("Houthi rebels").
    Organization("Houthis", "armed_group", names=("Houthi", "Houthi movement", "Huthis", "Huthi", "Ansar Allah", "Ansarallah"), country="YE"),
    Organization("HSBC", "company", country="GB"),
    Organization("Huawei", "company", names=("Huawei Technologies",), country="CN"),
    Organization("Hudson Institute", "think_tank", country="US"),
    Organization("Human Rights Watch", "ngo", acronyms=("HRW",)),
    Organization("Hungarian News Agency", "news_agency", acronyms=("MTI",), country="HU"),
    Organization("Hürriyet", "media", names=("Hurriyet",), country="TR"),
    Organization("Hyundai Rotem", "company", country="KR"),
    Organization("i24NEWS", "media", names=("i24 News",), country="IL"),
    Organization("Imaginechina", "news_agency", country="CN"),
    # "ICE" is left out: also the Intercontinental Exchange, where Brent crude trades.
    Organization("Immigration and Customs Enforcement", "government", names=("U.S. Immigration and Customs Enforcement", "US Immigration and Customs Enforcement"), country="US"),
    Organization("Immigration, Refugees and Citizenship Canada", "government", acronyms=("IRCC",), country="CA"),
    # Bare "Congress" is Washington's; "INC" is left out as a corporate suffix in capitals.
    Organization("Indian National Congress", "party", names=("Congress party",), country="IN"),
    Organization("Indian Space Research Organisation", "government", acronyms=("ISRO",), country="IN"),
    Organization("Indonesian Democratic Party of Struggle", "party", acronyms=("PDI-P",), country="ID"),
    Organization("Industrial and Commercial Bank of China", "company", acronyms=("ICBC",), country="CN"),
    Organization("Infrastructure Canada", "government", country="CA"),
    Organization("Institute for National Security Studies", "think_tank", acronyms=("INSS",), country="IL"),
    Organization("Institute for the Study of War", "think_tank", acronyms=("ISW",), country="US"),
    Organization("Institute of World Economy and International Relations", "think_tank", acronyms=("IMEMO",), country="RU"),
    Organization("Institutional Revolutionary Party", "party", acronyms=("PRI",), country="MX"),
    Organization("Intel", "company", country="US"),
    Organization("Inter-American Development Bank", "intergovernmental", acronyms=("IDB", "IADB")),
    Organization("Inter-Services Intelligence", "military", acronyms=("ISI",), country="PK"),
    Organization("Inter-Services Public Relations", "military", acronyms=("ISPR",), country="PK"),
    Organization("Intercontinental Exchange", "company", country="US"),
    Organization("Interfax", "news_agency", country="RU"),
    Organization("Intergovernmental Authority on Development", "intergovernmental", acronyms=("IGAD",)),
    Organization("Intergovernmental Panel on Climate Change", "intergovernmental", acronyms=("IPCC",)),
    Organization("International Atomic Energy Agency", "intergovernmental", acronyms=("IAEA",)),
    Organization("International Civil Aviation Organization", "intergovernmental", names=("International Civil Aviation Organisation",), acronyms=("ICAO",)),
    # Bare "Red Cross" in news from war zones is the ICRC; national societies have names of their own.
    Organization("International Committee of the Red Cross", "ngo", names=("Red Cross",), acronyms=("ICRC",)),
    Organization("International Court of Justice", "court", names=("World Court",), acronyms=("ICJ",)),
    # "ICC" is also the International Cricket Council; in news about states it is the court.
    Organization("International Criminal Court", "court", acronyms=("ICC",)),
    Organization("International Crisis Group", "think_tank", names=("Crisis Group",), acronyms=("ICG",)),
    Organization("International Energy Agency", "intergovernmental", acronyms=("IEA",)),
    Organization("International Federation of Red Cross and Red Crescent Societies", "ngo", acronyms=("IFRC",)),
    Organization("International Finance Corporation", "intergovernmental", acronyms=("IFC",)),
    Organization("International Institute for Strategic Studies", "think_tank", acronyms=("IISS",), country="GB"),
    Organization("International Labour Organization", "intergovernmental", names=("International Labor Organization", "International Labour Organisation"), acronyms=("ILO",)),
    Organization("International Maritime Organization", "intergovernmental", names=("International Maritime Organisation",), acronyms=("IMO",)),
    Organization("International Monetary Fund", "intergovernmental", acronyms=("IMF",)),
    Organization("International Olympic Committee", "ngo", acronyms=("IOC",)),
    Organization("International Organization for Migration", "intergovernmental", names=("International Organisation for Migration",), acronyms=("IOM",)),
    Organization("International Republican Institute", "ngo", acronyms=("IRI",), country="US"),
    Organization("International Rescue Committee", "ngo", acronyms=("IRC",)),
    Organization("International Telecommunication Union", "intergovernmental", acronyms=("ITU",)),
    Organization("International Tribunal for the Law of the Sea", "court", acronyms=("ITLOS",)),
    Organization("Interpol", "intergovernmental", names=("International Criminal Police Organization",), acronyms=("INTERPOL",)),
    # Other post-Soviet states have one, but bare it is Russia's in news.
    Organization("Investigative Committee", "government", country="RU"),
    Organization("Iran International", "media", country="GB"),
    Organization("Iranian Students' News Agency", "news_agency", acronyms=("ISNA",), country="IR"),
    Organization("Islamic Republic News Agency", "news_agency", acronyms=("IRNA",), country="IR"),
    Organization("Islamic Republic of Iran Broadcasting", "media", acronyms=("IRIB",), country="IR"),
    Organization("Islamic Resistance in Iraq", "armed_group", country="IQ"),
    Organization("Islamic Revolutionary Guard Corps", "military", names=("Islamic Revolutionary Guards Corps", "Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard"), acronyms=("IRGC",), country="IR"),
    # "IS" is left out: an English word.
    Organization("Islamic State", "armed_group", names=("Islamic State group", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "Daesh", "Daish"), acronyms=("ISIS", "ISIL")),
    Organization("Islamic State Khorasan Province", "armed_group", names=("Islamic State Khorasan", "Islamic State-Khorasan"), acronyms=("ISIS-K", "ISKP"), country="AF"),
    Organization("Islamic State West Africa Province", "armed_group", acronyms=("ISWAP",), country="NG"),
    Organization("Israel Aerospace Industries", "company", acronyms=("IAI",), country="IL"),
    Organization("Israel Defense Forces", "military", names=("Israel Defence Forces",), acronyms=("IDF",), country="IL"),
    Organization("Izvestia", "media", country="RU"),
    Organization("Izz ad-Din al-Qassam Brigades", "armed_group", names=("Qassam Brigades", "al-Qassam Brigades", "Ezzedine al-Qassam Brigades"), country="PS"),
    Organization("Jaish-e-Mohammed", "armed_group", names=("Jaish-e-Muhammad",), acronyms=("JeM",), country="PK"),
    Organization("Jalisco New Generation Cartel", "armed_group", acronyms=("CJNG",), country="MX"),
    Organization("Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", acronyms=("JNIM",), country="ML"),
    Organization("Jamestown Foundation", "think_tank", country="US"),
    Organization("Janes", "media", names=("Jane's",), country="GB"),
    # "SDF" is the Syrian Democratic Forces; Japan's forces keep "JSDF".
    Organization("Japan Self-Defense Forces", "military", names=("Self-Defense Forces", "Self-Defence Forces", "Japan Self-Defence Forces"), acronyms=("JSDF",), country="JP"),
    Organization("Jiji Press", "news_agency", names=("Jiji",), country="JP"),
    Organization("Johns Hopkins University", "university", names=("Johns Hopkins",), country="US"),
    # South Korea's Joint Chiefs of Staff is named with its country; bare, it is the Pentagon's.
    Organization("Joint Chiefs of Staff", "military", names=("Joint Chiefs",), country="US"),
    Organization("JPMorgan Chase", "company", names=("JPMorgan", "JP Morgan", "J.P. Morgan"), country="US"),
    Organization("Justice and Development Party", "party", names=("AK Party",), acronyms=("AKP",), country="TR"),
    Organization("Justice Department", "government", names=("Department of Justice", *_us("Justice Department"), *_us("Department of Justice")), acronyms=("DOJ", "DoJ"), country="US"),
    Organization("Justice First", "party", names=("Primero Justicia",), country="VE"),
    Organization("Justicialist Party", "party", country="AR"),
    Organization("Kalashnikov Concern", "company", names=("Kalashnikov Group",), country="RU"),
    Organization("Kaspersky Lab", "company", country="RU"),
    Organization("Kataib Hezbollah", "armed_group", names=("Kata'ib Hezbollah",), country="IQ"),
    Organization("Kayhan", "media", country="IR"),
    Organization("Kazatomprom", "company", country="KZ"),
    Organization("KazMunayGas", "company", country="KZ"),
    Organization("Kennan Institute", "think_tank", country="US"),
    Organization("KGB", "government", names=("Committee for State Security",)),
    Organization("Kiel Institute for the World Economy", "think_tank", names=("Kiel Institute",), country="DE"),
    Organization("King's College London", "university", country="GB"),
    Organization("Knesset", "legislature", country="IL"),
    Organization("Komeito", "party", country="JP"),
    Organization("Kommersant", "media", country="RU"),
    Organization("Komsomolskaya Pravda", "media", country="RU"),
    Organization("Kongsberg Gruppen", "company", names=("Kongsberg Defence & Aerospace",), country="NO"),
    Organization("Korea Aerospace Industries", "company", acronyms=("KAI",), country="KR"),
    Organization("Korea Herald", "media", names=("The Korea Herald",), country="KR"),
    Organization("Korean Central News Agency", "news_agency", acronyms=("KCNA",), country="KP"),
    Organization("Korean People's Army", "military", acronyms=("KPA",), country="KP"),
    Organization("Krauss-Maffei Wegmann", "company", acronyms=("KMW",), country="DE"),
    Organization("Kuomintang", "party", acronyms=("KMT",), country="TW"),
    Organization("Kurdistan Democratic Party", "party", acronyms=("KDP",), country="IQ"),
    Organization("Kurdistan Regional Government", "government", acronyms=("KRG",), country="IQ"),
    # The PKK said in 2025 it would disband; news still names it.
    Organization("Kurdistan Workers' Party", "armed_group", acronyms=("PKK",), country="TR"),
    Organization("Kuwait News Agency", "news_agency", acronyms=("KUNA",), country="KW"),
    Organization("Kuwait Petroleum Corporation", "company", acronyms=("KPC",), country="KW"),
    Organization("Kyiv Independent", "media", names=("The Kyiv Independent",), country="UA"),
    Organization("Kyiv Post", "media", country="UA"),
    Organization("Kyodo News", "news_agency", names=("Kyodo",), country="JP"),
    Organization("L'Orient-Le Jour", "media", country="LB"),
    Organization("L3Harris", "company", names=("L3Harris Technologies",), country="US"),
    Organization("La Repubblica", "media", names=("Repubblica",), country="IT"),
    # Bare "Labour Party" and "Conservative Party" are Britain's in English news; Australia's is
    # spelt "Labor", and other conservative parties carry their country's name.
    Organization("Labour Party", "party", country="GB"),
    Organization("Lashkar-e-Taiba", "armed_group", names=("Lashkar-e-Toiba",), acronyms=("LeT",), country="PK"),
    Organization("Law and Justice", "party", acronyms=("PiS",), country="PL"),
    Organization("Le Figaro", "media", country="FR"),
    Organization("Le Monde", "media", country="FR"),
    # The Lebanese Forces is a Christian party, not the army (that is the Lebanese Armed Forces).
    Organization("Lebanese Forces", "party", country="LB"),
    Organization("Lega", "party", names=("Northern League", "Lega Nord"), country="IT"),
    Organization("Legislative Yuan", "legislature", country="TW"),
    Organization("Lehtikuva", "news_agency", country="FI"),
    # Bare "Leonardo" is left out: a common first name.
    Organization("Leonardo S.p.A.", "company", names=("Leonardo SpA",), country="IT"),
    Organization("Les Echos", "media", country="FR"),
    Organization("Levada Center", "think_tank", names=("Levada-Center", "Levada Centre"), country="RU"),
    Organization("Liberal Democratic Party", "party", acronyms=("LDP",), country="JP"),
    Organization("Liberal Democratic Party of Russia", "party", acronyms=("LDPR",), country="RU"),
    Organization("Liberal Democrats", "party", names=("Lib Dems",), country="GB"),
    Organization("Liberal Party of Australia", "party", country="AU"),
    Organization("Liberal Party of Canada", "party", country="CA"),
    Organization("Libération", "media", names=("Liberation",), country="FR"),
    # Haftar's forces in the east; the name is their own, not that of a national army.
    Organization("Libyan National Army", "armed_group", acronyms=("LNA",), country="LY"),
    Organization("Likud", "party", country="IL"),
    # Formed in 2017 by American states to press Venezuela's government; wound down from 2021.
    Organization("Lima Group", "intergovernmental"),
    Organization("Lloyd's of London", "company", names=("Lloyd's",), country="GB"),
    Organization("Lockheed Martin", "company", names=("Lockheed",), country="US"),
    Organization("Lok Sabha", "legislature", country="IN"),
    # "LSE" is left out: also the London Stock Exchange.
    Organization("London School of Economics", "university", names=("London School of Economics and Political Science",), country="GB"),
    Organization("Los Angeles Times", "media", country="US"),
    Organization("Lowy Institute", "think_tank", country="AU"),
    Organization("Lukoil", "company", names=("LUKOIL",), country="RU"),
    Organization("Lusa", "news_agency", country="PT"),
    Organization("M23", "armed_group", names=("March 23 Movement",), country="CD"),
    Organization("Mainichi Shimbun", "media", names=("The Mainichi Shimbun",), country="JP"),
    Organization("Mainland Affairs Council", "government", country="TW"),
    # The Maldives also call their parliament a Majlis, but bare it is Iran's in news.
    Organization("Majlis", "legislature", names=("Islamic Consultative Assembly", "Majles"), country="IR"),
    Organization("Massachusetts Institute of Technology", "university", country="US"),
    Organization("Maxar Technologies", "company", names=("Maxar",), country="US"),
    # Owned by Airbus, BAE Systems and Leonardo.
    Organization("MBDA", "company"),
    Organization("Mediapart", "media", country="FR"),
    # "MSC" is left out: also the Munich Security Conference.
    Organization("Mediterranean Shipping Company", "company", country="CH"),
    # Founded in Riga by exiled Russian journalists.
    Organization("Meduza", "media", country="LV"),
    Organization("Mehr News Agency", "news_agency", country="IR"),
    # Ordered dissolved by Russia's Supreme Court in 2021; shared the 2022 Nobel Peace Prize. Bare
    # "Memorial" is kept: a memorial as a place comes with a name before it ("Holocaust Memorial").
    Organization("Memorial", "ngo", names=("Memorial International", "International Memorial", "Memorial Human Rights Centre"), country="RU"),
    Organization("Mercosur", "intergovernmental", names=("Mercosul", "Southern Common Market"), acronyms=("MERCOSUR",)),
    Organization("Mercuria", "company", names=("Mercuria Energy Group",), country="CH"),
    Organization("Mercy Corps", "ngo"),
    # Facebook was the company's name until 2021; news still uses it for both.
    Organization("Meta", "company", names=("Meta Platforms", "Facebook"), country="US"),
    Organization("MGIMO", "university", names=("Moscow State Institute of International Relations",), country="RU"),
    Organization("MI5", "government", country="GB"),
    Organization("MI6", "government", names=("Secret Intelligence Service",), acronyms=("SIS",), country="GB"),
    Organization("Microsoft", "company", country="US"),
    Organization("Middle East Eye", "media", country="GB"),
    # Country left open: not established here.
    Organization("Middle East Images", "news_agency"),
    Organization("Middle East Institute", "think_tank", acronyms=("MEI",), country="US"),
    Organization("Ministry of Economy, Trade and Industry", "government", acronyms=("METI",), country="JP"),
    Organization("Ministry of External Affairs", "government", acronyms=("MEA",), country="IN"),
    # North Korea's secret police is also called so, but news names it with its country.
    Organization("Ministry of State Security", "government", acronyms=("MSS",), country="CN"),
    Organization("Mitsubishi Heavy Industries", "company", acronyms=("MHI",), country="JP"),
    Organization("MOL Group", "company", names=("MOL",), country="HU"),
    Organization("Monetary Authority of Singapore", "central_bank", country="SG"),
    Organization("Moody's", "company", names=("Moody's Investors Service", "Moody's Ratings"), country="US"),
    # "Morena" is kept: in news it is Mexico's ruling party far more often than a first name.
    Organization("Morena", "party", country="MX"),
    Organization("Morgan Stanley", "company", country="US"),
    Organization("Moscow State University", "university", names=("Lomonosov Moscow State University",), country="RU"),
    Organization("Mossad", "government", country="IL"),
    # "MAS" is left out: also the Monetary Authority of Singapore.
    Organization("Movement for Socialism", "party", country="BO"),
    # Founded by Salvadoran migrants in Los Angeles; its base is now El Salvador and Honduras.
    Organization("MS-13", "armed_group", names=("Mara Salvatrucha",), country="SV"),
    # Renamed MS NOW in 2025.
    Organization("MSNBC", "media", names=("MS NOW",), country="US"),
    Organization("Mubadala", "company", names=("Mubadala Investment Company",), country="AE"),
    Organization("Muhammadiyah", "religious", country="ID"),
    # An exiled opposition group, armed until 2003: filed as a party.
    Organization("Mujahedin-e Khalq", "party", names=("People's Mojahedin Organization of Iran",), acronyms=("MEK", "MKO"), country="IR"),
    # A transnational movement founded in Egypt, banned there since 2013; no single country.
    Organization("Muslim Brotherhood", "party"),
    Organization("Muslim World League", "religious"),
    Organization("Naftogaz", "company", country="UA"),
    Organization("Nahdlatul Ulama", "religious", country="ID"),
    Organization("National Action Party", "party", acronyms=("PAN",), country="MX"),
    Organization("National Anti-Corruption Bureau of Ukraine", "government", acronyms=("NABU",), country="UA"),
    Organization("National Bank of Poland", "central_bank", acronyms=("NBP",), country="PL"),
    Organization("National Democratic Institute", "ngo", acronyms=("NDI",), country="US"),
    # "Diet" alone is left out: the common noun opens sentences.
    Organization("National Diet", "legislature", country="JP"),
    Organization("National Endowment for Democracy", "ngo", acronyms=("NED",), country="US"),
    # "MIT" is left out: the Massachusetts Institute of Technology; the Turkish spelling is kept.
    Organization("National Intelligence Organization", "government", names=("National Intelligence Organisation",), acronyms=("MİT",), country="TR"),
    Organization("National Iranian Oil Company", "company", acronyms=("NIOC",), country="IR"),
    Organization("National League for Democracy", "party", acronyms=("NLD",), country="MM"),
    Organization("National Liberation Army", "armed_group", acronyms=("ELN",), country="CO"),
    # "NOC" is left out: also every National Olympic Committee.
    Organization("National Oil Corporation", "company", country="LY"),
    Organization("National People's Congress", "legislature", acronyms=("NPC",), country="CN"),
    Organization("National Rally", "party", names=("Rassemblement National",), country="FR"),
    Organization("National Security Agency", "government", acronyms=("NSA",), country="US"),
    Organization("National Security and Defense Council", "government", names=("National Security and Defence Council",), acronyms=("NSDC",), country="UA"),
    # Other states' national security councils come with their country ("Pakistan's National
    # Security Council"); bare, English news means Washington's.
    Organization("National Security Council", "government", names=_us("National Security Council"), acronyms=("NSC",), country="US"),
    Organization("National University of Singapore", "university", acronyms=("NUS",), country="SG"),
    Organization("Nationalist Movement Party", "party", acronyms=("MHP",), country="TR"),
    Organization("Naval Group", "company", country="FR"),
    Organization("NBC News", "media", acronyms=("NBC",), country="US"),
    Organization("NDTV", "media", country="IN"),
    Organization("Neue Zürcher Zeitung", "media", names=("Neue Zuercher Zeitung",), acronyms=("NZZ",), country="CH"),
    # Set up by the BRICS states; news also calls it "the BRICS bank".
    Organization("New Development Bank", "intergovernmental", names=("BRICS bank",), acronyms=("NDB",)),
    Organization("New York Post", "media", country="US"),
    Organization("News24", "media", country="ZA"),
    Organization("Newsmax", "media", country="US"),
    Organization("Newsweek", "media", country="US"),
    Organization("NHK", "media", names=("Japan Broadcasting Corporation",), country="JP"),
    Organization("Nigerian National Petroleum Company", "company", acronyms=("NNPC",), country="NG"),
    Organization("Nikkei Asia", "media", names=("Nikkei Asian Review",), country="JP"),
    Organization("Nippon Steel", "company", country="JP"),
    Organization("Nokia", "company", country="FI"),
    # "NAM" is left out: also the US National Association of Manufacturers.
    Organization("Non-Aligned Movement", "intergovernmental", names=("Nonaligned Movement",)),
    # Registered in Zug; majority-owned by Gazprom. Bare "Nord Stream" is the pipeline, a place.
    Organization("Nord Stream AG", "company", country="CH"),
    Organization("Norges Bank", "central_bank", country="NO"),
    Organization("Norilsk Nickel", "company", names=("Nornickel",), country="RU"),
    Organization("Norinco", "company", names=("China North Industries Group",), country="CN"),
    Organization("North Atlantic Treaty Organization", "intergovernmental", names=("North Atlantic Treaty Organisation", "North Atlantic Alliance"), acronyms=("NATO", "Nato")),
    Organization("Northern Fleet", "military", country="RU"),
    Organization("Northrop Grumman", "company", names=("Northrop",), country="US"),
    # "NRC" is left out: also the US Nuclear Regulatory Commission.
    Organization("Norwegian Refugee Council", "ngo"),
    Organization("Novatek", "company", names=("NOVATEK",), country="RU"),
    # Suspended in Russia in 2022; a sister edition works from Riga.
    Organization("Novaya Gazeta", "media", country="RU"),
    Organization("NPR", "media", names=("National Public Radio",), country="US"),
    Organization("NSO Group", "company", country="IL"),
    Organization("Nuclear Suppliers Group", "intergovernmental", acronyms=("NSG",)),
    # Country left open: not established here.
    Organization("NurPhoto", "news_agency"),
    Organization("Nusra Front", "armed_group", names=("al-Nusra Front", "Jabhat al-Nusra"), country="SY"),
    Organization("Nvidia", "company", names=("NVIDIA",), country="US"),
    # "ORF" is left out: also Austria's public broadcaster.
    Organization("Observer Research Foundation", "think_tank", country="IN"),
    Organization("Ofcom", "government", country="GB"),
    Organization("Office of Foreign Assets Control", "government", acronyms=("OFAC",), country="US"),
    Organization("Office of the Director of National Intelligence", "government", acronyms=("ODNI",), country="US"),
    Organization("Office of the US Trade Representative", "government", names=("Office of the U.S. Trade Representative", "Office of the United States Trade Representative"), acronyms=("USTR",), country="US"),
    Organization("Oil and Natural Gas Corporation", "company", acronyms=("ONGC",), country="IN"),
    Organization("OMV", "company", country="AT"),
    # OPEC+ is OPEC with Russia and other producers: a body of its own in news.
    Organization("OPEC+", "intergovernmental", names=("OPEC Plus", "Opec Plus"), acronyms=("Opec+",)),
    Organization("Open Society Foundations", "ngo"),
    Organization("OpenAI", "company", country="US"),
    # Took over Areva's nuclear fuel business in 2018; central to Niger's uranium.
    Organization("Orano", "company", country="FR"),
    Organization("Organisation for Economic Co-operation and Development", "intergovernmental", names=("Organization for Economic Cooperation and Development", "Organization for Economic Co-operation and Development"), acronyms=("OECD",)),
    Organization("Organisation for the Prohibition of Chemical Weapons", "intergovernmental", names=("Organization for the Prohibition of Chemical Weapons",), acronyms=("OPCW",)),
    Organization("Organisation of African Unity", "intergovernmental", names=("Organization of African Unity",), acronyms=("OAU",)),
    Organization("Organisation of Islamic Cooperation", "intergovernmental", names=("Organization of Islamic Cooperation",), acronyms=("OIC",)),
    Organization("Organization for Security and Co-operation in Europe", "intergovernmental", names=("Organization for Security and Cooperation in Europe", "Organisation for Security and Co-operation in Europe"), acronyms=("OSCE",)),
    Organization("Organization of American States", "intergovernmental", names=("Organisation of American States",), acronyms=("OAS",)),
    Organization("Organization of the Petroleum Exporting Countries", "intergovernmental", names=("Organisation of the Petroleum Exporting Countries",), acronyms=("OPEC", "Opec")),
    Organization("Organization of Turkic States", "intergovernmental", names=("Organisation of Turkic States",), acronyms=("OTS",)),
    Organization("Orlen", "company", names=("PKN Orlen",), country="PL"),
    Organization("Orthodox Church of Ukraine", "religious", country="UA"),
    Organization("OSCE Minsk Group", "intergovernmental", names=("Minsk Group",)),
    Organization("Otzma Yehudit", "party", names=("Jewish Power",), country="IL"),
    Organization("OVD-Info", "ngo", country="RU"),
    Organization("Oxfam", "ngo", names=("Oxfam International",)),
    Organization("Oxford Economics", "company", country="GB"),
    Organization("PA Media", "news_agency", names=("Press Association", "PA Images", "PA Wire"), country="GB"),
    Organization("Pacific Alliance", "intergovernmental"),
    Organization("Pakistan Muslim League-Nawaz", "party", names=("Pakistan Muslim League (Nawaz)",), acronyms=("PML-N",), country="PK"),
    # "PPP" is left out: purchasing power parity and public-private partnership.
    Organization("Pakistan Peoples Party", "party", names=("Pakistan People's Party",), country="PK"),
    # "PTI" is left out: it is also the Press Trust of India.
    Organization("Pakistan Tehreek-e-Insaf", "party", names=("Pakistan Tehrik-e-Insaf",), country="PK"),
    Organization("Palantir", "company", names=("Palantir Technologies",), country="US"),
    # An umbrella of factions that speaks for the Palestinians abroad: filed as a government body.
    Organization("Palestine Liberation Organization", "government", names=("Palestine Liberation Organisation",), acronyms=("PLO",), country="PS"),
    Organization("Palestine News and Information Agency", "news_agency", acronyms=("WAFA",), country="PS"),
    Organization("Palestine Red Crescent Society", "ngo", names=("Palestinian Red Crescent", "Palestine Red Crescent"), acronyms=("PRCS",), country="PS"),
    # "PA" is left out: it is also the British agency PA Media and the state of Pennsylvania.
    Organization("Palestinian Authority", "government", names=("Palestinian National Authority",), country="PS"),
    Organization("Palestinian Islamic Jihad", "armed_group", names=("Islamic Jihad",), acronyms=("PIJ",), country="PS"),
    Organization("Paris Club", "intergovernmental"),
    Organization("Parks Canada", "government", country="CA"),
    Organization("Party for Freedom", "party", acronyms=("PVV",), country="NL"),
    Organization("Patriotic Union of Kurdistan", "party", acronyms=("PUK",), country="IQ"),
    Organization("PBS", "media", names=("Public Broadcasting Service",), country="US"),
    Organization("Peace Now", "ngo", country="IL"),
    Organization("Peking University", "university", country="CN"),
    Organization("Pemex", "company", names=("Petróleos Mexicanos", "Petroleos Mexicanos"), country="MX"),
    # Renamed "Department of War" as a secondary title by executive order in September 2025; news prints both.
    Organization("Pentagon", "government", names=("Department of Defense", *_us("Department of Defense"), "Defense Department", *_us("Defense Department"), "Department of War", "War Department"), acronyms=("DoD", "DOD"), country="US"),
    Organization("People Power Party", "party", country="KR"),
    # "PAP" is left out: it is also the Polish Press Agency.
    Organization("People's Action Party", "party", country="SG"),
    Organization("People's Bank of China", "central_bank", acronyms=("PBOC", "PBoC"), country="CN"),
    Organization("People's Daily", "media", country="CN"),
    Organization("People's Liberation Army", "military", acronyms=("PLA",), country="CN"),
    Organization("People's Protection Units", "armed_group", acronyms=("YPG",), country="SY"),
    # "PDP" is left out: also the Peoples Democratic Party of Jammu and Kashmir.
    Organization("Peoples Democratic Party", "party", country="NG"),
    Organization("Peoples' Equality and Democracy Party", "party", names=("DEM Party",), country="TR"),
    Organization("Permanent Court of Arbitration", "court", acronyms=("PCA",)),
    Organization("Pertamina", "company", country="ID"),
    Organization("Peshmerga", "military", country="IQ"),
    Organization("Peterson Institute for International Economics", "think_tank", acronyms=("PIIE",), country="US"),
    Organization("Petrobras", "company", country="BR"),
    Organization("PetroChina", "company", country="CN"),
    Organization("Petróleos de Venezuela", "company", names=("Petroleos de Venezuela",), acronyms=("PDVSA",), country="VE"),
    Organization("Petronas", "company", country="MY"),
    Organization("picture alliance", "news_agency", names=("Picture Alliance",), country="DE"),
    Organization("Planet Labs", "company", names=("Planet Labs PBC",), country="US"),
    Organization("Podemos", "party", country="ES"),
    # A liberation movement that runs the Sahrawi republic's institutions and its army.
    Organization("Polisario Front", "armed_group", names=("Polisario",), country="EH"),
    Organization("Polish Institute of International Affairs", "think_tank", acronyms=("PISM",), country="PL"),
    Organization("Polish Press Agency", "news_agency", country="PL"),
    Organization("Politico", "media", names=("POLITICO", "Politico Europe"), country="US"),
    Organization("Popular Front for the Liberation of Palestine", "armed_group", acronyms=("PFLP",), country="PS"),
    # State-funded since 2016 but led by Iran-aligned militias: filed as an armed group.
    Organization("Popular Mobilization Forces", "armed_group", names=("Popular Mobilisation Forces", "Hashed al-Shaabi", "Hashd al-Shaabi"), acronyms=("PMF",), country="IQ"),
    Organization("Popular Party", "party", country="ES"),
    Organization("Popular Will", "party", names=("Voluntad Popular",), country="VE"),
    Organization("Prensa Latina", "news_agency", country="CU"),
    Organization("Presidential Leadership Council", "government", country="YE"),
    # "PTI" is left out: it is also Pakistan Tehreek-e-Insaf.
    Organization("Press Trust of India", "news_agency", country="IN"),
    Organization("Press TV", "media", country="IR"),
    Organization("Princeton University", "university", names=("Princeton",), country="US"),
    # "PSB" is left out: also China's Public Security Bureaus.
    Organization("Promsvyazbank", "company", country="RU"),
    Organization("ProPublica", "media", country="US"),
    Organization("Prosperity Party", "party", country="ET"),
    Organization("Public Investment Fund", "company", acronyms=("PIF",), country="SA"),
    Organization("Public Safety Canada", "government", country="CA"),
    Organization("Qatar Investment Authority", "company", acronyms=("QIA",), country="QA"),
    Organization("Qatar News Agency", "news_agency", acronyms=("QNA",), country="QA"),
    # Called Qatar Petroleum until 2021.
    Organization("QatarEnergy", "company", names=("Qatar Petroleum",), country="QA"),
    # "Quad" alone is kept: capitalised, it is this grouping in news about Asia.
    Organization("Quadrilateral Security Dialogue", "intergovernmental", names=("Quad",)),
    Organization("Quai d'Orsay", "government", country="FR"),
    Organization("Qualcomm", "company", country="US"),
    Organization("Quds Force", "military", country="IR"),
    Organization("Quincy Institute for Responsible Statecraft", "think_tank", names=("Quincy Institute",), country="US"),
    Organization("Radio France Internationale", "media", acronyms=("RFI",), country="FR"),
    Organization("Radio Free Asia", "media", acronyms=("RFA",), country="US"),
    # US-funded, based in Prague.
    Organization("Radio Free Europe/Radio Liberty", "media", names=("Radio Free Europe", "Radio Liberty"), acronyms=("RFE/RL",), country="US"),
    # Bare "Rafael" is left out: a common first name.
    Organization("Rafael Advanced Defense Systems", "company", names=("Rafael Advanced Defence Systems",), country="IL"),
    Organization("RAI", "media", country="IT"),
    # "RBI" is the Reserve Bank of India.
    Organization("Raiffeisen Bank International", "company", names=("Raiffeisen",), country="AT"),
    Organization("Rajya Sabha", "legislature", country="IN"),
    # Bare "Rand" is left out: South Africa's currency and a surname.
    Organization("RAND Corporation", "think_tank", names=("Rand Corporation",), acronyms=("RAND",), country="US"),
    Organization("Rapid Support Forces", "armed_group", country="SD"),
    Organization("Rappler", "media", country="PH"),
    # "RSS" is left out: the feed format on every news page.
    Organization("Rashtriya Swayamsevak Sangh", "party", country="IN"),
    Organization("Red Army", "military"),
    Organization("Redux Pictures", "news_agency", names=("Redux",), country="US"),
    Organization("Reform UK", "party", country="GB"),
    # "RSF" is left out: it is also Sudan's Rapid Support Forces.
    Organization("Reporters Without Borders", "ngo", names=("Reporters Sans Frontières", "Reporters sans frontières", "Reporters Sans Frontieres")),
    Organization("Repsol", "company", country="ES"),
    Organization("Republican National Committee", "party", acronyms=("RNC",), country="US"),
    Organization("Republican Party", "party", names=("Grand Old Party",), acronyms=("GOP",), country="US"),
    Organization("Republican People's Party", "party", acronyms=("CHP",), country="TR"),
    Organization("Research and Analysis Wing", "government", acronyms=("R&AW", "RAW"), country="IN"),
    Organization("Reserve Bank of Australia", "central_bank", acronyms=("RBA",), country="AU"),
    Organization("Reserve Bank of India", "central_bank", acronyms=("RBI",), country="IN"),
    Organization("Reuters", "news_agency", names=("REUTERS", "Reuters TV"), country="GB"),
    # FARC became a party in 2017 (renamed Comunes in 2021); the name lives on in its dissident groups.
    Organization("Revolutionary Armed Forces of Colombia", "armed_group", acronyms=("FARC",), country="CO"),
    Organization("Rheinmetall", "company", country="DE"),
    Organization("Rhodium Group", "company", country="US"),
    Organization("RIA Novosti", "news_agency", names=("RIA",), country="RU"),
    Organization("Riksbank", "central_bank", names=("Sveriges Riksbank",), country="SE"),
    Organization("Rio Tinto", "company", country="GB"),
    Organization("Ritzau", "news_agency", names=("Ritzau Scanpix",), country="DK"),
    Organization("Rodong Sinmun", "media", country="KP"),
    Organization("Rolls-Royce", "company", country="GB"),
    Organization("Rosatom", "company", country="RU"),
    Organization("Roscosmos", "company", country="RU"),
    Organization("Rosgvardia", "military", names=("Rosguard", "National Guard of Russia", "National Guard of the Russian Federation"), country="RU"),
    Organization("Roskomnadzor", "government", country="RU"),
    Organization("Rosneft", "company", country="RU"),
    Organization("Rosoboronexport", "company", country="RU"),
    Organization("Rossiya Segodnya", "media", country="RU"),
    Organization("Rossiyskaya Gazeta", "media", country="RU"),
    Organization("Rosstat", "government", country="RU"),
    Organization("Rostec", "company", country="RU"),
    Organization("Royal Air Force", "military", acronyms=("RAF",), country="GB"),
    Organization("Royal Canadian Mounted Police", "government", acronyms=("RCMP",), country="CA"),
    Organization("Royal Marines", "military", country="GB"),
    # "RN" is left out: also France's National Rally.
    Organization("Royal Navy", "military", country="GB"),
    Organization("Royal United Services Institute", "think_tank", acronyms=("RUSI",), country="GB"),
    Organization("RT", "media", names=("Russia Today",), country="RU"),
    # Russian-language channel run from Moscow and New York: no single country.
    Organization("RTVI", "media"),
    # Raytheon Technologies became RTX in 2023; "Raytheon" is now one of its businesses.
    Organization("RTX", "company", names=("RTX Corporation", "Raytheon Technologies", "Raytheon"), country="US"),
    Organization("Rusal", "company", names=("United Company Rusal", "UC Rusal"), country="RU"),
    Organization("Russian Direct Investment Fund", "company", acronyms=("RDIF",), country="RU"),
    Organization("Russian International Affairs Council", "think_tank", acronyms=("RIAC",), country="RU"),
    Organization("Russian Orthodox Church", "religious", names=("Moscow Patriarchate",), country="RU"),
    Organization("Russian Railways", "company", acronyms=("RZD",), country="RU"),
    Organization("Rwandan Patriotic Front", "party", acronyms=("RPF",), country="RW"),
    Organization("Rystad Energy", "company", country="NO"),
    Organization("S&P Global", "company", names=("S&P Global Ratings", "Standard & Poor's", "Standard & Poor"), country="US"),
    Organization("Saab", "company", country="SE"),
    Organization("Safran", "company", country="FR"),
    Organization("Sahra Wagenknecht Alliance", "party", acronyms=("BSW",), country="DE"),
    Organization("Samsung Electronics", "company", names=("Samsung",), country="KR"),
    Organization("Sandinista National Liberation Front", "party", acronyms=("FSLN",), country="NI"),
    Organization("Saudi Aramco", "company", names=("Aramco", "Saudi Arabian Oil Company"), country="SA"),
    Organization("Saudi Press Agency", "news_agency", acronyms=("SPA",), country="SA"),
    Organization("Save the Children", "ngo"),
    Organization("Sberbank", "company", names=("Sber",), country="RU"),
    Organization("Sciences Po", "university", country="FR"),
    Organization("Scottish National Party", "party", acronyms=("SNP",), country="GB"),
    Organization("Securities and Exchange Commission", "government", acronyms=("SEC",), country="US"),
    Organization("Security Service of Ukraine", "government", acronyms=("SBU",), country="UA"),
    Organization("Sejm", "legislature", country="PL"),
    Organization("Semafor", "media", country="US"),
    Organization("Semiconductor Manufacturing International Corporation", "company", acronyms=("SMIC",), country="CN"),
    # "SNS" is left out: Asian English news uses it for social networking services.
    Organization("Serbian Progressive Party", "party", country="RS"),
    Organization("Servant of the People", "party", country="UA"),
    Organization("Seventh Fleet", "military", names=("7th Fleet",), country="US"),
    Organization("Shanghai Cooperation Organisation", "intergovernmental", names=("Shanghai Cooperation Organization",), acronyms=("SCO",)),
    Organization("Shanghai Institutes for International Studies", "think_tank", acronyms=("SIIS",), country="CN"),
    # Headquartered in London since 2022, when it dropped "Royal Dutch" from its name.
    # Bare "Shell" is kept: the company far more often than the shell of a round.
    Organization("Shell", "company", names=("Royal Dutch Shell",), country="GB"),
    Organization("Shin Bet", "government", names=("Shabak", "Israel Security Agency"), country="IL"),
    Organization("Shining Path", "armed_group", names=("Sendero Luminoso",), country="PE"),
    Organization("Shutterstock", "company", country="US"),
    Organization("Sinaloa Cartel", "armed_group", country="MX"),
    # Organised in both parts of Ireland; its headquarters are in Dublin.
    Organization("Sinn Féin", "party", names=("Sinn Fein",), country="IE"),
    Organization("Sinopec", "company", names=("China Petroleum & Chemical Corporation",), country="CN"),
    Organization("Sipa Press", "news_agency", names=("Sipa",), country="FR"),
    Organization("Sipa USA", "news_agency", country="US"),
    Organization("SK Hynix", "company", country="KR"),
    Organization("Sky News", "media", country="GB"),
    Organization("Smer", "party", names=("Smer-SD",), country="SK"),
    Organization("Social Democratic Party of Germany", "party", acronyms=("SPD",), country="DE"),
    Organization("Société Générale", "company", names=("Societe Generale",), country="FR"),
    Organization("Sonatrach", "company", country="DZ"),
    Organization("SOPA Images", "news_agency", country="HK"),
    Organization("Soufan Center", "think_tank", country="US"),
    Organization("South African Broadcasting Corporation", "media", acronyms=("SABC",), country="ZA"),
    Organization("South African Reserve Bank", "central_bank", acronyms=("SARB",), country="ZA"),
    Organization("South China Morning Post", "media", acronyms=("SCMP",), country="HK"),
    Organization("Southern African Development Community", "intergovernmental", acronyms=("SADC",)),
    Organization("Southern Transitional Council", "party", acronyms=("STC",), country="YE"),
    Organization("Sovcomflot", "company", country="RU"),
    Organization("SpaceX", "company", names=("Space Exploration Technologies",), country="US"),
    Organization("Spanish Socialist Workers' Party", "party", acronyms=("PSOE",), country="ES"),
    Organization("Sputnik", "media", country="RU"),
    Organization("Standard Chartered", "company", country="GB"),
    Organization("Stanford University", "university", names=("Stanford",), country="US"),
    Organization("Stars and Stripes", "media", country="US"),
    Organization("Stasi", "government", names=("Ministry for State Security",)),
    Organization("State Bank of Pakistan", "central_bank", acronyms=("SBP",), country="PK"),
    Organization("State Council", "government", country="CN"),
    Organization("State Department", "government", names=(*_us("State Department"), "Department of State", *_us("Department of State")), country="US"),
    Organization("State Duma", "legislature", names=("Duma",), country="RU"),
    Organization("State Oil Company of Azerbaijan Republic", "company", acronyms=("SOCAR",), country="AZ"),
    Organization("State Organization for Marketing of Oil", "company", acronyms=("SOMO",), country="IQ"),
    Organization("Statistics Canada", "government", names=("StatCan", "StatsCan"), country="CA"),
    Organization("Stimson Center", "think_tank", country="US"),
    Organization("Stockholm International Peace Research Institute", "think_tank", acronyms=("SIPRI",), country="SE"),
    # "SAF" is left out: also the Singapore Armed Forces.
    Organization("Sudanese Armed Forces", "military", country="SD"),
    Organization("Süddeutsche Zeitung", "media", names=("Sueddeutsche Zeitung",), country="DE"),
    Organization("Suez Canal Authority", "government", country="EG"),
    Organization("Sukhoi", "company", country="RU"),
    Organization("Supreme Federal Court", "court", names=("Supreme Federal Tribunal",), acronyms=("STF",), country="BR"),
    Organization("Supreme Headquarters Allied Powers Europe", "military", acronyms=("SHAPE",)),
    Organization("Supreme National Security Council", "government", acronyms=("SNSC",), country="IR"),
    Organization("Supreme People's Assembly", "legislature", country="KP"),
    # Bolivia's top court has a similar Spanish name; news names it with its country.
    Organization("Supreme Tribunal of Justice", "court", acronyms=("TSJ",), country="VE"),
    Organization("Surgutneftegas", "company", country="RU"),
    # "Foreign Intelligence Service" alone is generic (Ukraine, Romania and others have one).
    Organization("SVR", "government", country="RU"),
    # "Swift" is left out: a surname in news of every kind.
    Organization("SWIFT", "company", names=("Society for Worldwide Interbank Financial Telecommunication",), country="BE"),
    Organization("Swiss National Bank", "central_bank", acronyms=("SNB",), country="CH"),
    Organization("Syrian Arab News Agency", "news_agency", acronyms=("SANA",), country="SY"),
    Organization("Syrian Democratic Forces", "armed_group", acronyms=("SDF",), country="SY"),
    Organization("Syrian National Army", "armed_group", country="SY"),
    # Run from Coventry in England, so the country is GB.
    Organization("Syrian Observatory for Human Rights", "ngo", acronyms=("SOHR",), country="GB"),
    Organization("Taiwan Affairs Office", "government", country="CN"),
    Organization("Taiwan Semiconductor Manufacturing Company", "company", names=("Taiwan Semiconductor Manufacturing Co",), acronyms=("TSMC",), country="TW"),
    # The Taliban have ruled Afghanistan since 2021 (as the "Islamic Emirate", a country name in
    # countries.py); news still calls them a movement, so they stay an armed group here.
    Organization("Taliban", "armed_group", country="AF"),
    Organization("Tasnim News Agency", "news_agency", names=("Tasnim",), country="IR"),
    Organization("TASS", "news_agency", names=("Tass", "ITAR-TASS"), country="RU"),
    Organization("Tatmadaw", "military", country="MM"),
    Organization("Tehrik-i-Taliban Pakistan", "armed_group", names=("Tehreek-e-Taliban Pakistan", "Pakistani Taliban"), acronyms=("TTP",), country="PK"),
    Organization("Tel Aviv University", "university", country="IL"),
    # Founded by Russians, run from Dubai.
    Organization("Telegram", "company", country="AE"),
    Organization("Telesur", "media", names=("teleSUR", "TeleSUR"), country="VE"),
    Organization("Temasek", "company", names=("Temasek Holdings",), country="SG"),
    Organization("Tencent", "company", country="CN"),
    Organization("Tesla", "company", country="US"),
    Organization("Thales", "company", names=("Thales Group",), country="FR"),
    Organization("The Economist", "media", country="GB"),
    Organization("The Globe and Mail", "media", names=("Globe and Mail",), country="CA"),
    # "The Times" is left out: NYT reporters say "The Times" of their own paper.
    Organization("The Guardian", "media", names=("Guardian",), country="GB"),
    Organization("The Hill", "media", country="US"),
    Organization("The Hindu", "media", country="IN"),
    Organization("The Independent", "media", country="GB"),
    Organization("The Indian Express", "media", names=("Indian Express",), country="IN"),
    Organization("The Intercept", "media", country="US"),
    Organization("The Japan Times", "media", names=("Japan Times",), country="JP"),
    Organization("The Jerusalem Post", "media", names=("Jerusalem Post",), country="IL"),
    Organization("The New Arab", "media", country="GB"),
    Organization("The New York Times", "media", names=("New York Times",), acronyms=("NYT",), country="US"),
    Organization("The New Yorker", "media", names=("New Yorker",), country="US"),
    Organization("The Straits Times", "media", names=("Straits Times",), country="SG"),
    Organization("The Sydney Morning Herald", "media", names=("Sydney Morning Herald",), country="AU"),
    Organization("The Telegraph", "media", names=("Daily Telegraph", "The Daily Telegraph"), country="GB"),
    Organization("The Times of India", "media", names=("Times of India",), country="IN"),
    Organization("The Times of Israel", "media", names=("Times of Israel",), country="IL"),
    Organization("The Wall Street Journal", "media", names=("Wall Street Journal",), acronyms=("WSJ",), country="US"),
    Organization("The Washington Post", "media", names=("Washington Post",), country="US"),
    Organization("The Washington Times", "media", names=("Washington Times",), country="US"),
    Organization("Thomson Reuters", "company", country="CA"),
    # A party that fought the 2020-2022 war with Ethiopia's government: filed as a party.
    Organization("Tigray People's Liberation Front", "party", acronyms=("TPLF",), country="ET"),
    # ByteDance's app; its operating companies sit outside China, but news ties it to Beijing.
    Organization("TikTok", "company", country="CN"),
    Organization("TOLOnews", "media", names=("Tolo News",), country="AF"),
    # Bare "Total" (its name until 2021) is left out: the common word opens sentences.
    Organization("TotalEnergies", "company", country="FR"),
    # Run from Singapore, where its holding company is registered, and Geneva.
    Organization("Trafigura", "company", country="SG"),
    Organization("Transneft", "company", country="RU"),
    Organization("Transparency International", "ngo"),
    Organization("Transport Canada", "government", country="CA"),
    # Bare "Treasury" is in GENERIC_BODIES: Britain and others have one too.
    Organization("Treasury Department", "government", names=(*_us("Treasury"), *_us("Treasury Department"), "Department of the Treasury", *_us("Department of the Treasury")), country="US"),
    Organization("Tren de Aragua", "armed_group", country="VE"),
    Organization("TRT", "media", names=("Turkish Radio and Television Corporation", "TRT World"), country="TR"),
    Organization("Tsinghua University", "university", country="CN"),
    Organization("TT News Agency", "news_agency", names=("TT Nyhetsbyrån",), country="SE"),
    Organization("Turkish Aerospace", "company", names=("Turkish Aerospace Industries",), acronyms=("TUSAS",), country="TR"),
    Organization("Turkish Airlines", "company", country="TR"),
    # Renamed X in 2023; bare "X" is left out: a letter.
    Organization("Twitter", "company", names=("X Corp", "X Corp."), country="US"),
    Organization("U.S. Steel", "company", names=("US Steel", "United States Steel"), country="US"),
    Organization("UBS", "company", country="CH"),
    Organization("Ukrainian Orthodox Church", "religious", country="UA"),
    Organization("Ukrainska Pravda", "media", country="UA"),
    Organization("Ukrenergo", "company", country="UA"),
    Organization("Ukrinform", "news_agency", country="UA"),
    Organization("UN Conference on Trade and Development", "intergovernmental", names=_un("Conference on Trade and Development"), acronyms=("UNCTAD",)),
    Organization("UN Development Programme", "intergovernmental", names=(*_un("Development Programme"), "UN Development Program", "U.N. Development Program"), acronyms=("UNDP",)),
    Organization("UN Environment Programme", "intergovernmental", names=(*_un("Environment Programme"), "UN Environment Program"), acronyms=("UNEP",)),
    # The convention's secretariat, which runs the yearly COP talks.
    Organization("UN Framework Convention on Climate Change", "intergovernmental", names=_un("Framework Convention on Climate Change"), acronyms=("UNFCCC",)),
    Organization("UN General Assembly", "intergovernmental", names=_un("General Assembly"), acronyms=("UNGA",)),
    Organization("UN Human Rights Council", "intergovernmental", names=(*_un("Human Rights Council"), "Human Rights Council"), acronyms=("UNHRC",)),
    Organization("UN Human Rights Office", "intergovernmental", names=(*_un("Human Rights Office"), "Office of the UN High Commissioner for Human Rights", "Office of the United Nations High Commissioner for Human Rights"), acronyms=("OHCHR",)),
    # Peacekeeping missions are forces in the field: kind "military", no single country.
    Organization("UN Interim Force in Lebanon", "military", names=_un("Interim Force in Lebanon"), acronyms=("UNIFIL",)),
    Organization("UN Mission in South Sudan", "military", names=_un("Mission in South Sudan"), acronyms=("UNMISS",)),
    Organization("UN Office for the Coordination of Humanitarian Affairs", "intergovernmental", names=_un("Office for the Coordination of Humanitarian Affairs"), acronyms=("OCHA",)),
    Organization("UN Office on Drugs and Crime", "intergovernmental", names=_un("Office on Drugs and Crime"), acronyms=("UNODC",)),
    Organization("UN Organization Stabilization Mission in the Democratic Republic of the Congo", "military", names=("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",), acronyms=("MONUSCO",)),
    Organization("UN Population Fund", "intergovernmental", names=_un("Population Fund"), acronyms=("UNFPA",)),
    Organization("UN Refugee Agency", "intergovernmental", names=(*_un("Refugee Agency"), "UN High Commissioner for Refugees", "United Nations High Commissioner for Refugees", "Office of the United Nations High Commissioner for Refugees"), acronyms=("UNHCR",)),
    Organization("UN Relief and Works Agency", "intergovernmental", names=(*_un("Relief and Works Agency"), "United Nations Relief and Works Agency for Palestine Refugees in the Near East"), acronyms=("UNRWA",)),
    # Bare "Security Council" is in GENERIC_BODIES: many states have a national one.
    Organization("UN Security Council", "intergovernmental", names=_un("Security Council"), acronyms=("UNSC",)),
    Organization("UN Women", "intergovernmental", names=("U.N. Women",)),
    Organization("UNIAN", "news_agency", country="UA"),
    Organization("UniCredit", "company", country="IT"),
    Organization("Union of South American Nations", "intergovernmental", acronyms=("UNASUR", "Unasur")),
    Organization("Union State", "intergovernmental", names=("Union State of Russia and Belarus",)),
    Organization("Uniper", "company", country="DE"),
    Organization("Unitary Platform", "party", names=("Plataforma Unitaria",), country="VE"),
    Organization("United Aircraft Corporation", "company", acronyms=("UAC",), country="RU"),
    Organization("United Front Work Department", "party", country="CN"),
    Organization("United National Movement", "party", acronyms=("UNM",), country="GE"),
    Organization("United Nations", "intergovernmental", acronyms=("UN", "U.N.")),
    # BBC and Guardian style prints "Unicef", "Unesco", "Nato", "Opec": a capital first, so still case-safe.
    Organization("United Nations Children's Fund", "intergovernmental", names=("UN Children's Fund", "U.N. Children's Fund"), acronyms=("UNICEF", "Unicef")),
    Organization("United Nations Educational, Scientific and Cultural Organization", "intergovernmental", names=("UN Educational, Scientific and Cultural Organization",), acronyms=("UNESCO", "Unesco")),
    # "UPI" is also India's payments system, but news pages credit this agency with it.
    Organization("United Press International", "news_agency", acronyms=("UPI",), country="US"),
    Organization("United Russia", "party", country="RU"),
    Organization("United Socialist Party of Venezuela", "party", acronyms=("PSUV",), country="VE"),
    # Peru, Colombia, Guatemala and others have a Congress too, but news names them with the
    # country; bare "Congress" is Washington's. Bare "Senate" is generic (many states have one).
    Organization("United States Congress", "legislature", names=("Congress", *_us("Congress")), country="US"),
    Organization("University of Cambridge", "university", names=("Cambridge University",), country="GB"),
    # Bare "Oxford" and "Cambridge" are the towns.
    Organization("University of Oxford", "university", names=("Oxford University",), country="GB"),
    Organization("University of Tehran", "university", names=("Tehran University",), country="IR"),
    Organization("Uralvagonzavod", "company", country="RU"),
    Organization("US Africa Command", "military", names=("U.S. Africa Command", "Africa Command"), acronyms=("AFRICOM", "Africom"), country="US"),
    Organization("US Agency for International Development", "government", names=("U.S. Agency for International Development", "United States Agency for International Development"), acronyms=("USAID",), country="US"),
    Organization("US Central Command", "military", names=("U.S. Central Command", "Central Command"), acronyms=("CENTCOM", "Centcom"), country="US"),
    Organization("US European Command", "military", names=("U.S. European Command",), acronyms=("EUCOM", "Eucom"), country="US"),
    Organization("US Indo-Pacific Command", "military", names=("U.S. Indo-Pacific Command", "Indo-Pacific Command"), acronyms=("INDOPACOM", "Indopacom"), country="US"),
    Organization("US Southern Command", "military", names=("U.S. Southern Command", "Southern Command"), acronyms=("SOUTHCOM", "Southcom"), country="US"),
    Organization("USA Today", "media", country="US"),
    Organization("Valdai Discussion Club", "think_tank", names=("Valdai Club",), country="RU"),
    Organization("VEB.RF", "company", names=("VEB", "Vnesheconombank"), country="RU"),
    Organization("Vedomosti", "media", country="RU"),
    Organization("Vente Venezuela", "party", country="VE"),
    Organization("Verkhovna Rada", "legislature", names=("Rada",), country="UA"),
    Organization("Viasna", "ngo", names=("Viasna Human Rights Centre",), country="BY"),
    Organization("Vietnam News Agency", "news_agency", acronyms=("VNA",), country="VN"),
    Organization("Visegrad Group", "intergovernmental", names=("Visegrad Four", "Visegrád Group"), acronyms=("V4",)),
    # Founded in Rotterdam; run from Geneva and London. Country: Switzerland.
    Organization("Vitol", "company", names=("Vitol Group",), country="CH"),
    Organization("VnExpress", "media", country="VN"),
    Organization("Voice of America", "media", acronyms=("VOA",), country="US"),
    Organization("VTB", "company", names=("VTB Bank",), country="RU"),
    Organization("VTsIOM", "think_tank", names=("Russian Public Opinion Research Center",), country="RU"),
    # Bare "Wagner" is kept: since 2022 it is the group far more often than any person of that
    # name, and a person is introduced by full name first.
    Organization("Wagner Group", "armed_group", names=("Wagner", "PMC Wagner", "Wagner PMC"), country="RU"),
    # Dissolved in 1991; histories and anniversaries still name it.
    Organization("Warsaw Pact", "intergovernmental", names=("Warsaw Treaty Organization",)),
    Organization("Washington Institute for Near East Policy", "think_tank", names=("Washington Institute",), country="US"),
    Organization("West Asia News Agency", "news_agency", acronyms=("WANA",), country="IR"),
    Organization("Westinghouse", "company", names=("Westinghouse Electric",), country="US"),
    Organization("White Helmets", "ngo", names=("Syria Civil Defence", "Syrian Civil Defence"), country="SY"),
    Organization("Wilson Center", "think_tank", names=("Woodrow Wilson International Center for Scholars",), country="US"),
    Organization("Wintershall Dea", "company", country="DE"),
    # "PT" is left out: Portugal's ISO code. Singapore, Belgium and Ireland have a Workers' Party
    # too; bare, news means Brazil's.
    Organization("Workers' Party", "party", country="BR"),
    Organization("Workers' Party of Korea", "party", acronyms=("WPK",), country="KP"),
    Organization("World Anti-Doping Agency", "ngo", acronyms=("WADA",)),
    Organization("World Bank", "intergovernmental", names=("World Bank Group", "International Bank for Reconstruction and Development"), acronyms=("IBRD",)),
    Organization("World Economic Forum", "ngo", acronyms=("WEF",)),
    Organization("World Food Programme", "intergovernmental", names=("World Food Program", "UN World Food Programme", "U.N. World Food Program"), acronyms=("WFP",)),
    # "WHO" is matched case-sensitively, so the pronoun "who" never is.
    Organization("World Health Organization", "intergovernmental", names=("World Health Organisation",), acronyms=("WHO",)),
    Organization("World Intellectual Property Organization", "intergovernmental", names=("World Intellectual Property Organisation",), acronyms=("WIPO",)),
    Organization("World Meteorological Organization", "intergovernmental", names=("World Meteorological Organisation",), acronyms=("WMO",)),
    Organization("World Trade Organization", "intergovernmental", names=("World Trade Organisation",), acronyms=("WTO",)),
    Organization("Xiaomi", "company", country="CN"),
    Organization("Xinhua News Agency", "news_agency", names=("Xinhua",), country="CN"),
    Organization("Yale University", "university", names=("Yale",), country="US"),
    Organization("Yandex", "company", country="RU"),
    Organization("Yedioth Ahronoth", "media", names=("Ynet", "Ynetnews"), country="IL"),
    Organization("Yesh Atid", "party", country="IL"),
    Organization("Yle", "media", country="FI"),
    Organization("Yomiuri Shimbun", "media", names=("The Yomiuri Shimbun",), country="JP"),
    Organization("Yonhap News Agency", "news_agency", names=("Yonhap",), country="KR"),
    Organization("YPF", "company", country="AR"),
    # Broken up by the Russian state in 2004-2007; its history is still news.
    Organization("Yukos", "company", country="RU"),
    Organization("ZANU-PF", "party", names=("Zanu-PF",), country="ZW"),
    Organization("ZDF", "media", country="DE"),
    Organization("ZTE", "company", country="CN"),
    Organization("Zuma Press", "news_agency", names=("ZUMA Press", "ZUMA Wire", "Zuma Wire"), country="US"),
)
# fmt: on

# fmt: off
GENERIC_BODIES: dict[str, str] = {
    # Ministries, in the "X Ministry" and "Ministry of X" forms news uses side by side.
    "Foreign Ministry": "government", "Ministry of Foreign Affairs": "government",
    "Foreign Affairs Ministry": "government", "Ministry for Foreign Affairs": "government",
    "Defense Ministry": "government", "Defence Ministry": "government",
    "Ministry of Defense": "government", "Ministry of Defence": "government",
    "Ministry of National Defense": "government", "National Defense Ministry": "government",
    "Interior Ministry": "government", "Ministry of Interior": "government",
    "Ministry of the Interior": "government", "Ministry of Internal Affairs": "government",
    "Internal Affairs Ministry": "government", "Ministry of Home Affairs": "government",
    "Finance Ministry": "government", "Ministry of Finance": "government",
    "Justice Ministry": "government", "Ministry of Justice": "government",
    "Economy Ministry": "government", "Ministry of Economy": "government",
    "Economic Development Ministry": "government", "Ministry of Economic Development": "government",
    "Energy Ministry": "government", "Ministry of Energy": "government",
    "Oil Ministry": "government", "Ministry of Oil": "government",
    "Health Ministry": "government", "Ministry of Health": "government",
    "Trade Ministry": "government", "Ministry of Trade": "government",
    "Commerce Ministry": "government", "Ministry of Commerce": "government",
    "Industry Ministry": "government", "Agriculture Ministry": "government",
    "Education Ministry": "government", "Culture Ministry": "government",
    "Labor Ministry": "government", "Labour Ministry": "government",
    "Transport Ministry": "government", "Environment Ministry": "government",
    "Information Ministry": "government", "Ministry of Information": "government",
    "Emergencies Ministry": "government", "Emergency Situations Ministry": "government",
    "Intelligence Ministry": "government", "Ministry of Intelligence": "government",
    # Britain, Australia and others have a Treasury; the US one is "Treasury Department".
    "Treasury": "government",
    # Offices of the head of state or government and of the prosecution.
    "Presidential Administration": "government", "Presidential Office": "government",
    "Office of the President": "government", "Prime Minister's Office": "government",
    "Presidency": "government", "Presidential Press Service": "government",
    "Press Service": "government", "Cabinet": "government",
    "Council of Ministers": "government", "Cabinet of Ministers": "government",
    "Prosecutor General's Office": "government", "Prosecutor-General's Office": "government",
    "Attorney General's Office": "government", "Prosecutor's Office": "government",
    # A national one; the UN's is "UN Security Council" in ORGANIZATIONS.
    "Security Council": "government",
    "Central Election Commission": "government", "Election Commission": "government",
    "Electoral Commission": "government", "National Electoral Council": "government",
    "Electoral Council": "government", "Statistics Office": "government",
    # Security and intelligence services with the same English name in many states.
    "Foreign Intelligence Service": "government", "National Intelligence Service": "government",
    "Intelligence Service": "government", "Security Service": "government",
    "State Security Service": "government", "Border Guard Service": "government",
    "Customs Service": "government", "National Police": "government",
    "Federal Police": "government",
    # Missions abroad speak for their state ("the Russian Embassy said").
    "Embassy": "government", "Consulate": "government", "Consulate General": "government",
    # Legislatures.
    "Parliament": "legislature", "National Assembly": "legislature",
    "Senate": "legislature", "Chamber of Deputies": "legislature",
    "National Council": "legislature", "Federal Assembly": "legislature",
    "Legislative Assembly": "legislature", "Constituent Assembly": "legislature",
    "People's Assembly": "legislature", "Supreme Council": "legislature",
    "Legislative Council": "legislature", "Upper House": "legislature",
    "Lower House": "legislature",
    # Courts.
    "Supreme Court": "court", "Constitutional Court": "court",
    "Constitutional Council": "court", "High Court": "court",
    "Court of Appeal": "court", "Court of Appeals": "court",
    "Appeals Court": "court", "Federal Court": "court",
    "District Court": "court", "Military Court": "court",
    "Criminal Court": "court", "Court of Cassation": "court",
    "Council of State": "court",
    # Central banks.
    "Central Bank": "central_bank", "National Bank": "central_bank",
    "Reserve Bank": "central_bank",
    # Armed forces and their branches.
    "Army": "military", "Navy": "military", "Air Force": "military",
    "Armed Forces": "military", "Coast Guard": "military", "National Guard": "military",
    "General Staff": "military", "Joint Staff": "military", "Marine Corps": "military",
    "Marines": "military", "Special Forces": "military", "Ground Forces": "military",
    "Land Forces": "military", "Naval Forces": "military", "Aerospace Forces": "military",
    "Air Defense Forces": "military", "Air Defence Forces": "military",
    "Defense Forces": "military", "Defence Forces": "military",
    "Border Guard": "military", "Republican Guard": "military",
    "Presidential Guard": "military", "Military Intelligence": "military",
    # Party bodies and party names that many states share.
    "Politburo": "party", "Politburo Standing Committee": "party",
    "Central Committee": "party", "Communist Party": "party",
    "Socialist Party": "party", "Social Democratic Party": "party",
    "Social Democrats": "party", "Green Party": "party", "Greens": "party",
    "Liberal Party": "party", "People's Party": "party", "National Party": "party",
    # A party's members and lawmakers, named in the plural as the party speaking: "Republicans
    # said", "the Liberals say". Never a person's surname.
    "Republicans": "party", "Democrats": "party", "Conservatives": "party", "Liberals": "party",
    "Tories": "party", "New Democrats": "party", "Christian Democrats": "party",
    "Free Democrats": "party", "Socialists": "party", "Communists": "party",
}
# fmt: on
"""Names many states give to one of their bodies, mapped to a kind; the country comes from context."""

# fmt: off
ORG_HEAD_WORDS: frozenset[str] = frozenset({
    # The state and its bodies.
    "Ministry", "Department", "Office", "Agency", "Authority", "Administration", "Bureau",
    "Board", "Commission", "Committee", "Council", "Secretariat", "Directorate",
    "Inspectorate", "Service", "Services", "Embassy", "Consulate", "Mission", "Cabinet",
    "Government", "Presidency", "Chamber", "Assembly", "Parliament", "Senate", "Congress",
    "Duma", "Court", "Tribunal", "Police",
    # Armed forces and armed groups.
    "Army", "Navy", "Force", "Forces", "Guard", "Guards", "Corps", "Brigade", "Brigades",
    "Battalion", "Regiment", "Division", "Command", "Fleet", "Legion", "Militia", "Cartel",
    # Politics and civil society.
    "Party", "Front", "Movement", "League", "Alliance", "Coalition", "Union", "Federation",
    "Confederation", "Bloc", "Brotherhood", "Association", "Society", "Foundation", "Fund",
    "Trust", "Endowment", "Institute", "Institution", "Centre", "Center", "Academy",
    "University", "College", "School", "Club", "Organization", "Organisation", "Network",
    "Group", "Patriarchate", "Synod",
    # Business, with the suffixes company names end in.
    "Bank", "Company", "Corporation", "Consortium", "Cooperative", "Exchange", "Holding",
    "Holdings", "Industries", "Airlines", "Airways", "Railways", "Systems", "Technologies",
    "Petroleum", "Partners", "Ventures", "Inc", "Corp", "Ltd", "LLC", "PLC", "Plc", "AG",
    "GmbH",
    # Newspapers, broadcasters and agencies.
    "Times", "Post", "Journal", "News", "Herald", "Tribune", "Gazette", "Telegraph", "Daily",
    "Wire", "Newswire",
    "Chronicle", "Monitor", "Observer", "Express", "Mail", "Mirror", "Standard", "Review",
    "Magazine", "Radio", "Television", "TV", "Broadcasting", "Press", "Examiner",
    "Inquirer", "Courier", "Dispatch", "Gazeta", "Zeitung", "Shimbun", "Ilbo",
})
"""Capitalised last words that make an unknown capitalised phrase an organisation."""

ORG_NOUNS: frozenset[str] = frozenset({
    # Business.
    "company", "firm", "giant", "group", "conglomerate", "corporation", "subsidiary",
    "producer", "manufacturer", "maker", "supplier", "contractor", "operator", "carrier",
    "airline", "shipper", "miner", "refiner", "trader", "retailer", "lender", "bank",
    "insurer", "fund", "exchange", "startup", "start-up", "utility", "consultancy",
    "pollster", "oil major",
    # Media.
    "newspaper", "paper", "daily", "weekly", "tabloid", "broadsheet", "magazine",
    "journal", "broadcaster", "channel", "network", "station", "outlet", "website", "site",
    "portal", "publication", "publisher", "agency", "news agency", "wire service",
    "state media",
    # Civil society and research.
    "think tank", "think-tank", "institute", "foundation", "charity", "nonprofit",
    "non-profit", "organisation", "organization", "association", "union", "federation",
    "university", "church", "watchdog", "body",
    # Politics and armed groups.
    "alliance", "coalition", "bloc", "party", "movement", "faction", "militia", "cartel",
    "gang", "paramilitary", "armed group", "rights group",
    # The state.
    "regulator", "ministry", "department", "council", "committee", "commission", "court",
    "tribunal", "authority",
})
"""Lower-case nouns that, before an unknown name or in apposition to it, make it an organisation."""

FACILITY_HEADS: frozenset[str] = frozenset({
    # Transport and infrastructure.
    "Airport", "Airfield", "Aerodrome", "Base", "Bridge", "Street", "Square", "Avenue",
    "Road", "Boulevard", "Highway", "Motorway", "Tunnel", "Railway", "Line", "Corridor",
    "Crossing", "Checkpoint", "Pass", "Gate", "Wall", "Station", "Terminal", "Port",
    "Harbour", "Harbor", "Shipyard", "Pipeline", "Refinery", "Dam", "Mine",
    # "Plant" is also a surname; power plants are far more often in this news.
    "Plant",
    # Buildings and sites.
    "Palace", "Castle", "Fortress", "Hotel", "Stadium", "Arena", "Hospital", "Clinic",
    "Prison", "Jail", "Camp", "Barracks", "Compound", "Complex", "Plaza",
    # "Park" is also a Korean surname, but Korean names put it first, not last.
    "Park",
    "Garden", "Gardens", "Tower", "Towers", "Building", "Cathedral", "Mosque", "Church",
    "Temple", "Synagogue", "Shrine", "Monastery", "Basilica", "Chapel", "Museum", "Gallery",
    "Memorial", "Monument", "Cemetery", "Mausoleum",
    # Land, water and administrative areas.
    "Island", "Islands", "Archipelago", "Atoll", "Reef", "Mountain", "Mountains", "Heights",
    "Range", "Plateau", "Valley", "Desert", "Peninsula", "Basin", "Coast", "River", "Sea",
    "Ocean", "Strait", "Straits", "Gulf", "Bay", "Lake", "Canal", "Forest", "Province",
    "Region", "Oblast", "Krai", "Governorate", "Prefecture", "District", "County", "City",
    "Town", "Village", "Quarter",
    # Events: not actors.
    "Summit", "Forum", "Conference", "Games", "Olympics", "Cup", "Championship", "Festival",
    "Expo", "Exhibition", "Parade", "Prize", "Award", "Day", "War", "Wars", "Crisis",
    "Revolution", "Uprising", "Intifada", "Offensive", "Massacre", "Genocide", "Spring",
    "Referendum", "Election", "Elections", "Dynasty", "Empire", "Era",
    # Documents: not actors either. "Law" is also a surname; statutes are far more often here.
    "Treaty", "Accord", "Accords", "Agreement", "Act", "Charter", "Convention", "Protocol",
    "Declaration", "Resolution", "Doctrine", "Plan", "Initiative", "Bill", "Law",
    "Amendment", "Constitution", "Memorandum", "Deal",
    # "Hall", "Hill", "Field" and "Lane" are left out: common surnames.
})
# fmt: on
"""Capitalised last words of places, buildings, events and documents: neither persons nor organisations."""
