"""Currencies: ISO 4217 codes with the symbols and words news prints for them.

Plain data only; :mod:`geopol_news.money` compiles what it needs at import time.

How the tables divide the work:

* ``Currency.symbols`` and ``Currency.words`` hold what names *one* currency
  and nothing else ("€", "HK$", "euro", "yuan"). Symbols are case-sensitive
  and written without inner spaces ("HK$", not "HK $": the parser allows
  whitespace between a prefix and "$" and an optional dot after a symbol).
  Words are lower case and matched case-insensitively. The ISO code itself
  ("EUR2bn", "5 billion USD") is the parser's business and is not repeated.
* ``SHARED_SYMBOLS``, ``SHARED_WORDS`` and ``MINOR_UNITS`` hold what several
  currencies print ("$", "dollar", "cent"), mapped to the codes that print it
  with the usual default first; the parser resolves them from context (the
  ``countries`` of a candidate currency named near the figure) or takes the
  default.
* ``Currency.qualified`` holds the national forms of a shared word ("canadian
  dollars", "egyptian pounds"), which name one currency again.
* A withdrawn currency (``withdrawn=True``: the markka, the peseta) is read from
  its names only, never from its code alone. It may repeat the countries of the
  currency that replaced it, but stays out of the shared symbols and minor units,
  and joins a shared word only as its last candidate (the Dutch guilder), so that
  only a text about its country picks it.

A string lives in exactly one of these places: ``tests/test_money_data.py``
checks it, and that every code referred to exists.

To extend: add a ``Currency`` (keep ``CURRENCIES`` in code order), or add a
form to the right tuple of an existing one; if the new form is also used by
another currency, move it to the shared table instead, default first, with a
one-line comment on the choice. Run ``pytest tests/test_money_data.py``.
"""

from __future__ import annotations

import attrs

__all__ = [
    "CODES_NOT_READ_ALONE",
    "CODES_NOT_READ_IN_LOWER_CASE",
    "CODE_SCALE_PREFIXES",
    "CURRENCIES",
    "DEFAULT_CROWN",
    "DEFAULT_DINAR",
    "DEFAULT_DOLLAR",
    "DEFAULT_FRANC",
    "DEFAULT_KRONA",
    "DEFAULT_KRONE",
    "DEFAULT_PESO",
    "DEFAULT_POUND",
    "DEFAULT_RIAL",
    "DEFAULT_RIYAL",
    "DEFAULT_RUPEE",
    "DEFAULT_YEN_SIGN",
    "DISPLAY_PREFIXES",
    "LETTER_SYMBOLS_AFTER_NUMBER",
    "MINOR_MARKS",
    "MINOR_UNITS",
    "SHARED_SYMBOLS",
    "SHARED_WORDS",
    "WORDS_ALSO_WEIGHTS",
    "WORDS_NOT_READ_BEFORE_NUMBER",
    "Currency",
]


@attrs.frozen
class Currency:
    """One ISO 4217 currency and the forms that name it alone."""

    code: str
    """ISO 4217 alphabetic code, "USD"."""
    name: str
    """English name, singular: "US dollar"."""
    symbols: tuple[str, ...] = ()
    """Symbols and prefixed symbols that name only this currency, as printed."""
    words: tuple[str, ...] = ()
    """Lower-case names, singular and plural, that name only this currency."""
    qualified: tuple[str, ...] = ()
    """Lower-case national forms of a shared word: "canadian dollars"."""
    countries: tuple[str, ...] = ()
    """Names and adjectives of the countries that use it, capitalised as printed."""
    minor: tuple[str, ...] = ()
    """Lower-case names of its minor unit that name only it."""
    minor_per_unit: int = 100
    """How many minor units make one unit (the named unit, even where obsolete)."""
    withdrawn: bool = False
    """Replaced (the peseta, the markka): read from its names, never from its code alone."""


def _q(prefixes: tuple[str, ...], *nouns: str) -> tuple[str, ...]:
    """Every "prefix noun" pair: ``_q(("swiss",), "franc", "francs")``."""
    return tuple(f"{prefix} {noun}" for prefix in prefixes for noun in nouns)


_DOLLAR = ("dollar", "dollars")
_POUND = ("pound", "pounds")
_PESO = ("peso", "pesos")
_RUPEE = ("rupee", "rupees")
_DINAR = ("dinar", "dinars")
_RIAL = ("rial", "rials")
_RIYAL = ("riyal", "riyals")
_FRANC = ("franc", "francs")
_SHILLING = ("shilling", "shillings")
_DIRHAM = ("dirham", "dirhams")
_CROWN = ("crown", "crowns")
_RUBLE = ("ruble", "rubles", "rouble", "roubles")
_BOLIVAR = ("bolivar", "bolivars", "bolívar", "bolívares", "bolivares")

CURRENCIES: tuple[Currency, ...] = (
    Currency(
        "AED",
        "UAE dirham",
        qualified=_q(("uae", "u.a.e.", "emirati", "emirates"), *_DIRHAM),
        countries=("United Arab Emirates", "UAE", "U.A.E.", "Emirati", "Dubai", "Abu Dhabi"),
    ),
    Currency(
        "AFN",
        "Afghan afghani",
        symbols=("؋",),
        words=("afghani", "afghanis"),
        countries=("Afghanistan", "Afghan"),
        minor=("pul", "puls"),
    ),
    Currency(
        "ALL",
        "Albanian lek",
        words=("lek", "leks", "lekë"),
        countries=("Albania", "Albanian"),
        minor=("qindarka", "qindarkë"),
    ),
    Currency(
        "AMD",
        "Armenian dram",
        symbols=("֏",),
        # "dram" alone is an English word (a measure of spirits): qualified only.
        qualified=_q(("armenian",), "dram", "drams"),
        countries=("Armenia", "Armenian"),
        minor=("luma",),
    ),
    Currency(
        "ANG",
        "Netherlands Antillean guilder",
        symbols=("NAƒ", "NAf"),
        qualified=_q(("netherlands antillean", "antillean"), "guilder", "guilders"),
        # Being replaced by XCG (Caribbean guilder) from 2025; kept while it circulates.
        # The Netherlands Antilles (dissolved 2010) are named so that "Netherlands"
        # inside that name does not count for the Dutch guilder (NLG).
        countries=("Sint Maarten", "Netherlands Antilles"),
    ),
    Currency(
        "AOA",
        "Angolan kwanza",
        symbols=("Kz",),
        words=("kwanza", "kwanzas"),
        countries=("Angola", "Angolan"),
        minor=("cêntimo", "cêntimos"),
    ),
    Currency(
        "ARS",
        "Argentine peso",
        symbols=("AR$", "ARS$"),
        qualified=_q(("argentine", "argentinian", "argentinean", "argentina"), *_PESO),
        countries=("Argentina", "Argentine", "Argentinian"),
    ),
    Currency(
        "ATS",
        "Austrian schilling",
        # Replaced by the euro in 1999 (notes until 2002). "schilling" is not the
        # shared "shilling" (KES, UGX, ...): a separate spelling, a separate word.
        words=("schilling", "schillings"),
        countries=("Austria", "Austrian"),
        minor=("groschen",),
        withdrawn=True,
    ),
    Currency(
        "AUD",
        "Australian dollar",
        symbols=("A$", "AU$", "Aus$", "AUD$"),
        qualified=_q(("australian", "aussie"), *_DOLLAR),
        countries=("Australia", "Australian", "Aussie", "Nauru", "Kiribati", "Tuvalu"),
    ),
    Currency(
        "AWG",
        "Aruban florin",
        symbols=("Afl",),
        words=("florin", "florins"),
        qualified=_q(("aruban",), "guilder", "guilders"),
        countries=("Aruba", "Aruban"),
    ),
    Currency(
        "AZN",
        "Azerbaijani manat",
        symbols=("₼",),
        qualified=_q(("azerbaijani", "azeri", "azerbaijan"), "manat", "manats"),
        countries=("Azerbaijan", "Azerbaijani", "Azeri"),
        minor=("qəpik", "qapik", "qapiks"),
    ),
    Currency(
        "BAM",
        "Bosnia and Herzegovina convertible mark",
        # "KM" is left out: kilometres ("500 KM").
        # "mark"/"marks" alone are English words: qualified only.
        qualified=(*_q(("convertible", "bosnian"), "mark", "marks"),),
        countries=("Bosnia and Herzegovina", "Bosnia", "Bosnian", "Republika Srpska"),
        minor=("fening", "feninga", "pfenig"),
    ),
    Currency(
        "BBD",
        "Barbados dollar",
        symbols=("Bds$", "BBD$"),
        qualified=_q(("barbados", "barbadian", "bajan"), *_DOLLAR),
        countries=("Barbados", "Barbadian"),
    ),
    Currency(
        "BDT",
        "Bangladeshi taka",
        symbols=("৳", "Tk"),
        words=("taka", "takas"),
        countries=("Bangladesh", "Bangladeshi"),
        minor=("poisha",),
    ),
    Currency(
        "BEF",
        "Belgian franc",
        # Replaced by the euro in 1999. No countries: "franc" is shared (CHF first) and
        # a Belgian context must not pull a bare "francs" to a dead currency.
        symbols=("BFr",),
        qualified=_q(("belgian",), *_FRANC),
        withdrawn=True,
    ),
    Currency(
        "BGN",
        "Bulgarian lev",
        symbols=("лв",),
        words=("lev", "leva", "levs"),
        # Bulgaria adopts the euro on 1 January 2026; move it to EUR then.
        countries=("Bulgaria", "Bulgarian"),
        minor=("stotinka", "stotinki"),
    ),
    Currency(
        "BHD",
        "Bahraini dinar",
        symbols=("BD",),
        qualified=_q(("bahraini", "bahrain"), *_DINAR),
        countries=("Bahrain", "Bahraini"),
        minor_per_unit=1000,
    ),
    Currency(
        "BIF",
        "Burundian franc",
        symbols=("FBu",),
        qualified=_q(("burundian", "burundi"), *_FRANC),
        countries=("Burundi", "Burundian"),
    ),
    Currency(
        "BMD",
        "Bermudian dollar",
        symbols=("BD$",),
        qualified=_q(("bermudian", "bermuda", "bermudan"), *_DOLLAR),
        countries=("Bermuda", "Bermudian"),
    ),
    Currency(
        "BND",
        "Brunei dollar",
        qualified=_q(("brunei", "bruneian"), *_DOLLAR),
        countries=("Brunei", "Bruneian"),
    ),
    Currency(
        "BOB",
        "Bolivian boliviano",
        words=("boliviano", "bolivianos"),
        countries=("Bolivia", "Bolivian"),
    ),
    Currency(
        "BRL",
        "Brazilian real",
        symbols=("R$",),
        # "real" alone is an English word ("real wages"): only the plural is a
        # word here; the singular needs its adjective.
        words=("reais",),
        qualified=_q(("brazilian", "brazil"), "real", "reals"),
        countries=("Brazil", "Brazilian"),
    ),
    Currency(
        "BSD",
        "Bahamian dollar",
        qualified=_q(("bahamian", "bahamas"), *_DOLLAR),
        countries=("Bahamas", "Bahamian"),
    ),
    Currency(
        "BTN",
        "Bhutanese ngultrum",
        symbols=("Nu",),
        words=("ngultrum", "ngultrums"),
        countries=("Bhutan", "Bhutanese"),
        minor=("chhertum", "chetrum"),
    ),
    Currency(
        "BWP",
        "Botswana pula",
        words=("pula",),
        countries=("Botswana", "Botswanan", "Motswana", "Batswana"),
        minor=("thebe",),
    ),
    Currency(
        "BYN",
        "Belarusian ruble",
        qualified=_q(("belarusian", "belarus", "belarussian"), *_RUBLE),
        countries=("Belarus", "Belarusian", "Belarussian"),
        minor=("kapeyka", "kapeykas", "kapeyki"),
    ),
    Currency(
        "BZD",
        "Belize dollar",
        symbols=("BZ$",),
        qualified=_q(("belize", "belizean"), *_DOLLAR),
        countries=("Belize", "Belizean"),
    ),
    Currency(
        "CAD",
        "Canadian dollar",
        symbols=("C$", "CA$", "Can$", "CAD$", "Cdn$", "CDN$"),
        words=("loonie", "loonies"),
        qualified=_q(("canadian", "canada"), *_DOLLAR),
        countries=("Canada", "Canadian", "Canadians", "Ottawa"),
    ),
    Currency(
        "CDF",
        "Congolese franc",
        qualified=_q(("congolese",), *_FRANC),
        # "Congo" alone usually means the DRC in news; Congo-Brazzaville is XAF.
        countries=(
            "Democratic Republic of Congo",
            "Democratic Republic of the Congo",
            "DR Congo",
            "DRC",
            "Congo",
            "Congolese",
            "Kinshasa",
        ),
    ),
    Currency(
        "CHF",
        "Swiss franc",
        symbols=("SFr", "SwF"),
        words=("swissie",),
        qualified=_q(("swiss",), *_FRANC),
        countries=("Switzerland", "Swiss", "Liechtenstein"),
        minor=("rappen",),
    ),
    Currency(
        "CLP",
        "Chilean peso",
        symbols=("CLP$", "CL$"),
        qualified=_q(("chilean",), *_PESO),
        countries=("Chile", "Chilean"),
    ),
    Currency(
        "CNY",
        "Chinese yuan renminbi",
        symbols=("CN¥", "RMB", "Rmb", "RMB¥", "元"),
        words=("yuan", "renminbi", "rmb"),
        qualified=("chinese yuan", "offshore yuan", "onshore yuan"),
        countries=("China", "Chinese", "PRC", "People's Republic of China", "Beijing"),
        minor=("jiao", "fen"),
    ),
    Currency(
        "COP",
        "Colombian peso",
        symbols=("COL$", "Col$"),
        qualified=_q(("colombian",), *_PESO),
        countries=("Colombia", "Colombian"),
    ),
    Currency(
        "CRC",
        "Costa Rican colón",
        qualified=_q(("costa rican",), "colón", "colon", "colones", "colons"),
        countries=("Costa Rica", "Costa Rican"),
    ),
    Currency(
        "CUP",
        "Cuban peso",
        qualified=_q(("cuban",), *_PESO),
        countries=("Cuba", "Cuban"),
    ),
    Currency(
        "CVE",
        "Cape Verdean escudo",
        words=("escudo", "escudos"),
        countries=("Cape Verde", "Cabo Verde", "Cape Verdean"),
    ),
    Currency(
        "CZK",
        "Czech koruna",
        symbols=("Kč",),
        words=("koruna", "korunas", "koruny", "korun"),
        qualified=_q(("czech",), *_CROWN),
        countries=("Czech Republic", "Czechia", "Czech"),
        minor=("haléř", "haler", "halers", "haléřů"),
    ),
    Currency(
        "DEM",
        "Deutsche Mark",
        # Replaced by the euro in 1999. "mark"/"marks" alone are English words: only
        # the compounds and "german mark(s)" name it. "DM" is how wire copy printed
        # it before the figure ("DM1.8 billion"); the price is the rare direct
        # message before a number ("a DM 5 minutes later").
        symbols=("DM",),
        words=(
            "deutsche mark",
            "deutsche marks",
            "deutschemark",
            "deutschemarks",
            "deutschmark",
            "deutschmarks",
            "d-mark",
            "d-marks",
        ),
        qualified=_q(("german", "west german"), "mark", "marks"),
        # Its own words are all compounds of "mark", so the national forms these
        # make ("german deutschmarks") clash with nothing.
        countries=("West Germany", "West German", "Germany", "German"),
        minor=("pfennig", "pfennigs", "pfennige"),
        withdrawn=True,
    ),
    Currency(
        "DJF",
        "Djiboutian franc",
        symbols=("Fdj",),
        qualified=_q(("djiboutian", "djibouti"), *_FRANC),
        countries=("Djibouti", "Djiboutian"),
    ),
    Currency(
        "DKK",
        "Danish krone",
        symbols=("Dkr", "DKr"),
        qualified=(*_q(("danish",), "krone", "kroner"), *_q(("danish",), *_CROWN)),
        countries=("Denmark", "Danish", "Greenland", "Greenlandic", "Faroe Islands", "Faroese"),
    ),
    Currency(
        "DOP",
        "Dominican peso",
        symbols=("RD$",),
        qualified=_q(("dominican",), *_PESO),
        # "Dominican" is the Dominican Republic; Dominica (XCD) is named in full.
        countries=("Dominican Republic", "Dominican"),
    ),
    Currency(
        "DZD",
        "Algerian dinar",
        qualified=_q(("algerian",), *_DINAR),
        countries=("Algeria", "Algerian"),
    ),
    Currency(
        "EGP",
        "Egyptian pound",
        symbols=("E£", "LE"),
        qualified=_q(("egyptian",), *_POUND),
        countries=("Egypt", "Egyptian", "Cairo"),
    ),
    Currency(
        "ERN",
        "Eritrean nakfa",
        symbols=("Nfk",),
        words=("nakfa", "nakfas"),
        countries=("Eritrea", "Eritrean"),
    ),
    Currency(
        "ESP",
        "Spanish peseta",
        # Replaced by the euro in 1999. Its céntimo is the shared MINOR_UNITS entry.
        symbols=("Pta", "Ptas"),
        words=("peseta", "pesetas"),
        countries=("Spain", "Spanish"),
        withdrawn=True,
    ),
    Currency(
        "ETB",
        "Ethiopian birr",
        words=("birr", "birrs"),
        countries=("Ethiopia", "Ethiopian"),
        minor=("santim", "santims"),
    ),
    Currency(
        "EUR",
        "euro",
        symbols=("€",),
        words=("euro", "euros"),
        countries=(
            "eurozone",
            "Eurozone",
            "euro zone",
            "euro area",
            "Austria",
            "Austrian",
            "Belgium",
            "Belgian",
            "Croatia",
            "Croatian",
            "Cyprus",
            "Cypriot",
            "Estonia",
            "Estonian",
            "Finland",
            "Finnish",
            "France",
            "French",
            "Germany",
            "German",
            "Greece",
            "Greek",
            "Ireland",
            "Irish",
            "Italy",
            "Italian",
            "Latvia",
            "Latvian",
            "Lithuania",
            "Lithuanian",
            "Luxembourg",
            "Malta",
            "Maltese",
            "Netherlands",
            "Dutch",
            "Portugal",
            "Portuguese",
            "Slovakia",
            "Slovak",
            "Slovenia",
            "Slovenian",
            "Spain",
            "Spanish",
            "Kosovo",
            "Montenegro",
            "Andorra",
            "Monaco",
            "San Marino",
            "Vatican",
            "Brussels",
        ),
        minor=("eurocent", "eurocents", "euro cent", "euro cents"),
    ),
    Currency(
        "FIM",
        "Finnish markka",
        # Replaced by the euro in 1999 (notes until 2002).
        words=("markka", "markkaa", "markkas"),
        countries=("Finland", "Finnish"),
        minor=("penni", "pennia"),
        withdrawn=True,
    ),
    Currency(
        "FJD",
        "Fiji dollar",
        symbols=("FJ$",),
        qualified=_q(("fiji", "fijian"), *_DOLLAR),
        countries=("Fiji", "Fijian"),
    ),
    Currency(
        "FKP",
        "Falkland Islands pound",
        qualified=_q(("falkland islands", "falklands", "falkland"), *_POUND),
        countries=("Falkland Islands", "Falklands"),
    ),
    Currency(
        "FRF",
        "French franc",
        # Replaced by the euro in 1999. No countries, as for BEF: "franc" is shared.
        symbols=("FFr",),
        qualified=_q(("french",), *_FRANC),
        withdrawn=True,
    ),
    Currency(
        "GBP",
        "pound sterling",
        symbols=("GB£", "UK£"),
        words=("sterling", "quid"),
        qualified=(
            "pound sterling",
            "pounds sterling",
            *_q(("british", "uk", "u.k.", "english"), *_POUND),
        ),
        countries=(
            "United Kingdom",
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "British",
            "England",
            "English",
            "Scotland",
            "Scottish",
            "Wales",
            "Welsh",
            "Northern Ireland",
            "London",
        ),
        minor=("pence",),
    ),
    Currency(
        "GEL",
        "Georgian lari",
        symbols=("₾",),
        words=("lari", "laris"),
        # "Georgia" is also a US state; GEL prints no shared symbol, so no clash.
        countries=("Georgia", "Georgian", "Tbilisi"),
        minor=("tetri",),
    ),
    Currency(
        "GHS",
        "Ghanaian cedi",
        symbols=("GH₵", "GH¢", "₵"),
        words=("cedi", "cedis"),
        countries=("Ghana", "Ghanaian"),
        minor=("pesewa", "pesewas"),
    ),
    Currency(
        "GIP",
        "Gibraltar pound",
        qualified=_q(("gibraltar",), *_POUND),
        countries=("Gibraltar",),
    ),
    Currency(
        "GMD",
        "Gambian dalasi",
        words=("dalasi", "dalasis"),
        countries=("Gambia", "The Gambia", "Gambian"),
        minor=("butut", "bututs"),
    ),
    Currency(
        "GNF",
        "Guinean franc",
        symbols=("GFr",),
        qualified=_q(("guinean",), *_FRANC),
        # "Guinean" is Guinea (Conakry); Guinea-Bissau is XOF, Equatorial Guinea XAF.
        countries=("Guinea", "Guinean", "Conakry"),
    ),
    Currency(
        "GRD",
        "Greek drachma",
        # Replaced by the euro in 2001.
        words=("drachma", "drachmas", "drachmae"),
        countries=("Greece", "Greek"),
        withdrawn=True,
    ),
    Currency(
        "GTQ",
        "Guatemalan quetzal",
        words=("quetzal", "quetzales", "quetzals"),
        countries=("Guatemala", "Guatemalan"),
    ),
    Currency(
        "GYD",
        "Guyanese dollar",
        symbols=("G$", "GY$"),
        qualified=_q(("guyanese", "guyana"), *_DOLLAR),
        countries=("Guyana", "Guyanese"),
    ),
    Currency(
        "HKD",
        "Hong Kong dollar",
        symbols=("HK$",),
        qualified=_q(("hong kong", "hk"), *_DOLLAR),
        countries=("Hong Kong",),
    ),
    Currency(
        "HNL",
        "Honduran lempira",
        words=("lempira", "lempiras"),
        countries=("Honduras", "Honduran"),
    ),
    Currency(
        "HTG",
        "Haitian gourde",
        words=("gourde", "gourdes"),
        countries=("Haiti", "Haitian"),
    ),
    Currency(
        "HUF",
        "Hungarian forint",
        # Printed after the figure ("500 Ft"); case-sensitive, so "ft" (feet) does not match.
        symbols=("Ft",),
        words=("forint", "forints"),
        countries=("Hungary", "Hungarian", "Budapest"),
        minor=("fillér", "filler"),
    ),
    Currency(
        "IDR",
        "Indonesian rupiah",
        symbols=("Rp",),
        words=("rupiah", "rupiahs"),
        countries=("Indonesia", "Indonesian", "Jakarta"),
    ),
    Currency(
        "IEP",
        "Irish pound",
        # Replaced by the euro in 1999. "punt" alone is an English word (a kick, a
        # boat, a bet): qualified only. No countries: "pound" and "£" are shared
        # (GBP first), and an Irish context must not pull them to a dead currency.
        symbols=("IR£",),
        qualified=_q(("irish",), *_POUND, "punt", "punts"),
        withdrawn=True,
    ),
    Currency(
        "ILS",
        "Israeli new shekel",
        symbols=("₪", "NIS"),
        words=("shekel", "shekels", "sheqel", "sheqels", "nis"),
        qualified=(
            "new israeli shekel",
            "new israeli shekels",
            "israeli shekel",
            "israeli shekels",
        ),
        countries=("Israel", "Israeli", "Jerusalem", "Tel Aviv"),
        minor=("agora", "agorot", "agoras"),
    ),
    Currency(
        "INR",
        "Indian rupee",
        symbols=("₹",),
        qualified=_q(("indian",), *_RUPEE),
        countries=("India", "Indian", "New Delhi"),
    ),
    Currency(
        "IQD",
        "Iraqi dinar",
        qualified=_q(("iraqi",), *_DINAR),
        countries=("Iraq", "Iraqi", "Baghdad", "Kurdistan"),
        minor_per_unit=1000,
    ),
    Currency(
        "IRR",
        "Iranian rial",
        # "toman" (= 10 rials) is left out: it is a different unit, not a name of the rial.
        qualified=(*_q(("iranian", "iran"), *_RIAL), *_q(("iranian",), *_RIYAL)),
        countries=("Iran", "Iranian", "Tehran", "Islamic Republic"),
    ),
    Currency(
        "ISK",
        "Icelandic króna",
        symbols=("Ikr", "ÍKr"),
        words=("krónur", "kronur"),
        qualified=(
            *_q(("icelandic",), "krona", "króna", "kronur", "krónur", "kronor"),
            *_q(("icelandic",), *_CROWN),
        ),
        countries=("Iceland", "Icelandic"),
        minor=("eyrir", "aurar"),
    ),
    Currency(
        "ITL",
        "Italian lira",
        # Replaced by the euro in 1999. A bare "lira" is the Turkish one (TRY.words).
        qualified=_q(("italian",), "lira", "lire", "liras"),
        withdrawn=True,
    ),
    Currency(
        "JMD",
        "Jamaican dollar",
        symbols=("J$", "JA$"),
        qualified=_q(("jamaican",), *_DOLLAR),
        countries=("Jamaica", "Jamaican"),
    ),
    Currency(
        "JOD",
        "Jordanian dinar",
        symbols=("JD",),
        qualified=_q(("jordanian",), *_DINAR),
        countries=("Jordan", "Jordanian", "Amman"),
        minor_per_unit=1000,
    ),
    Currency(
        "JPY",
        "Japanese yen",
        symbols=("JP¥", "円"),
        words=("yen",),
        qualified=("japanese yen",),
        countries=("Japan", "Japanese", "Tokyo"),
    ),
    Currency(
        "KES",
        "Kenyan shilling",
        symbols=("KSh", "Ksh", "Kshs", "KShs"),
        qualified=_q(("kenyan", "kenya"), *_SHILLING),
        countries=("Kenya", "Kenyan", "Nairobi"),
    ),
    Currency(
        "KGS",
        "Kyrgyzstani som",
        qualified=_q(("kyrgyz", "kyrgyzstani", "kyrgyzstan"), "som", "soms"),
        countries=("Kyrgyzstan", "Kyrgyz", "Kyrgyzstani"),
        minor=("tyiyn",),
    ),
    Currency(
        "KHR",
        "Cambodian riel",
        symbols=("៛",),
        words=("riel", "riels"),
        countries=("Cambodia", "Cambodian"),
    ),
    Currency(
        "KMF",
        "Comorian franc",
        qualified=_q(("comorian", "comoro", "comoros"), *_FRANC),
        countries=("Comoros", "Comorian"),
    ),
    Currency(
        "KPW",
        "North Korean won",
        qualified=_q(("north korean",), "won"),
        countries=("North Korea", "North Korean", "DPRK", "Pyongyang"),
        minor=("chon",),
    ),
    Currency(
        "KRW",
        "South Korean won",
        qualified=_q(("south korean", "korean"), "won"),
        countries=("South Korea", "South Korean", "Republic of Korea", "Seoul"),
    ),
    Currency(
        "KWD",
        "Kuwaiti dinar",
        symbols=("KD",),
        qualified=_q(("kuwaiti",), *_DINAR),
        countries=("Kuwait", "Kuwaiti"),
        minor_per_unit=1000,
    ),
    Currency(
        "KYD",
        "Cayman Islands dollar",
        symbols=("CI$",),
        qualified=_q(("cayman islands", "cayman"), *_DOLLAR),
        countries=("Cayman Islands", "Caymanian"),
    ),
    Currency(
        "KZT",
        "Kazakhstani tenge",
        symbols=("₸",),
        words=("tenge", "tenges"),
        countries=("Kazakhstan", "Kazakh", "Kazakhstani", "Astana"),
        minor=("tiyn",),
    ),
    Currency(
        "LAK",
        "Lao kip",
        symbols=("₭",),
        # "kip" alone is an English word (a nap): qualified only.
        qualified=_q(("lao", "laotian"), "kip", "kips"),
        countries=("Laos", "Lao", "Laotian"),
        minor=("att",),
    ),
    Currency(
        "LBP",
        "Lebanese pound",
        symbols=("L£", "LL"),
        qualified=(*_q(("lebanese",), *_POUND), *_q(("lebanese",), "lira", "liras", "lire")),
        countries=("Lebanon", "Lebanese", "Beirut"),
    ),
    Currency(
        "LKR",
        "Sri Lankan rupee",
        symbols=("SLRs", "SLRe"),
        qualified=_q(("sri lankan",), *_RUPEE),
        countries=("Sri Lanka", "Sri Lankan", "Colombo"),
    ),
    Currency(
        "LRD",
        "Liberian dollar",
        symbols=("L$", "LD$"),
        qualified=_q(("liberian",), *_DOLLAR),
        countries=("Liberia", "Liberian"),
    ),
    Currency(
        "LSL",
        "Lesotho loti",
        words=("loti", "maloti"),
        countries=("Lesotho", "Basotho", "Mosotho"),
        minor=("sente", "lisente"),
    ),
    Currency(
        "LYD",
        "Libyan dinar",
        symbols=("LD",),
        qualified=_q(("libyan",), *_DINAR),
        countries=("Libya", "Libyan", "Tripoli"),
        minor_per_unit=1000,
    ),
    Currency(
        "MAD",
        "Moroccan dirham",
        qualified=_q(("moroccan",), *_DIRHAM),
        countries=("Morocco", "Moroccan", "Rabat"),
    ),
    Currency(
        "MDL",
        "Moldovan leu",
        qualified=_q(("moldovan", "moldovian"), "leu", "lei"),
        countries=("Moldova", "Moldovan", "Chisinau"),
    ),
    Currency(
        "MGA",
        "Malagasy ariary",
        words=("ariary", "ariarys"),
        countries=("Madagascar", "Malagasy"),
        minor=("iraimbilanja",),
        minor_per_unit=5,
    ),
    Currency(
        "MKD",
        "Macedonian denar",
        symbols=("ден",),
        words=("denar", "denars", "denari"),
        countries=("North Macedonia", "Macedonia", "Macedonian", "Skopje"),
        minor=("deni",),
    ),
    Currency(
        "MMK",
        "Myanmar kyat",
        words=("kyat", "kyats"),
        countries=("Myanmar", "Burma", "Burmese"),
        minor=("pya", "pyas"),
    ),
    Currency(
        "MNT",
        "Mongolian tögrög",
        symbols=("₮",),
        words=("tögrög", "togrog", "tugrik", "tugriks", "tögrögs", "togrogs"),
        countries=("Mongolia", "Mongolian", "Ulaanbaatar"),
        minor=("möngö", "mongo"),
    ),
    Currency(
        "MOP",
        "Macanese pataca",
        symbols=("MOP$",),
        words=("pataca", "patacas"),
        countries=("Macau", "Macao", "Macanese"),
        minor=("avo", "avos"),
    ),
    Currency(
        "MRU",
        "Mauritanian ouguiya",
        words=("ouguiya", "ouguiyas"),
        countries=("Mauritania", "Mauritanian"),
        minor=("khoums",),
        minor_per_unit=5,
    ),
    Currency(
        "MUR",
        "Mauritian rupee",
        qualified=_q(("mauritian",), *_RUPEE),
        countries=("Mauritius", "Mauritian"),
    ),
    Currency(
        "MVR",
        "Maldivian rufiyaa",
        symbols=("Rf", "MRf"),
        words=("rufiyaa", "rufiyaas"),
        countries=("Maldives", "Maldivian"),
        minor=("laari", "laaris"),
    ),
    Currency(
        "MWK",
        "Malawian kwacha",
        # "MK" is left out: "Mk 48" is a weapon mark in defence news.
        qualified=_q(("malawian", "malawi"), "kwacha", "kwachas"),
        countries=("Malawi", "Malawian"),
        minor=("tambala",),
    ),
    Currency(
        "MXN",
        "Mexican peso",
        symbols=("MX$", "Mex$", "MXN$"),
        qualified=_q(("mexican",), *_PESO),
        countries=("Mexico", "Mexican", "Mexico City"),
    ),
    Currency(
        "MYR",
        "Malaysian ringgit",
        symbols=("RM",),
        words=("ringgit", "ringgits"),
        countries=("Malaysia", "Malaysian", "Kuala Lumpur"),
    ),
    Currency(
        "MZN",
        "Mozambican metical",
        # "MT" alone is left out: metric tonnes ("500 MT").
        symbols=("MTn",),
        words=("metical", "meticais", "meticals"),
        countries=("Mozambique", "Mozambican"),
    ),
    Currency(
        "NAD",
        "Namibian dollar",
        symbols=("N$",),
        qualified=_q(("namibian",), *_DOLLAR),
        countries=("Namibia", "Namibian"),
    ),
    Currency(
        "NGN",
        "Nigerian naira",
        symbols=("₦",),
        words=("naira", "nairas"),
        countries=("Nigeria", "Nigerian", "Abuja", "Lagos"),
        minor=("kobo",),
    ),
    Currency(
        "NIO",
        "Nicaraguan córdoba",
        # Its own symbol "C$" is left to the Canadian dollar, which news means by it.
        words=("córdoba", "cordoba", "córdobas", "cordobas"),
        countries=("Nicaragua", "Nicaraguan", "Managua"),
    ),
    Currency(
        "NLG",
        "Dutch guilder",
        # Replaced by the euro in 1999. "guilder(s)" is shared (SHARED_WORDS, last):
        # these countries make "dutch guilders" and let a Dutch context resolve a
        # bare "guilders" here.
        symbols=("Dfl", "Hfl"),
        countries=("Netherlands", "Dutch", "Holland"),
        withdrawn=True,
    ),
    Currency(
        "NOK",
        "Norwegian krone",
        symbols=("Nkr", "NKr"),
        qualified=(
            *_q(("norwegian",), "krone", "kroner"),
            *_q(("norwegian",), *_CROWN),
        ),
        countries=("Norway", "Norwegian", "Oslo"),
    ),
    Currency(
        "NPR",
        "Nepalese rupee",
        symbols=("NRs",),
        qualified=_q(("nepalese", "nepali"), *_RUPEE),
        countries=("Nepal", "Nepalese", "Nepali", "Kathmandu"),
    ),
    Currency(
        "NZD",
        "New Zealand dollar",
        symbols=("NZ$",),
        qualified=_q(("new zealand", "nz", "kiwi"), *_DOLLAR),
        countries=("New Zealand", "Kiwi", "Wellington"),
    ),
    Currency(
        "OMR",
        "Omani rial",
        symbols=("RO",),
        qualified=(*_q(("omani",), *_RIAL), *_q(("omani",), *_RIYAL)),
        countries=("Oman", "Omani", "Muscat"),
        minor=("baisa", "baisas", "baiza", "baizas"),
        minor_per_unit=1000,
    ),
    Currency(
        "PAB",
        "Panamanian balboa",
        symbols=("B/",),
        words=("balboa", "balboas"),
        # Panama prints "$" for the US dollar, so its names are on USD.
    ),
    Currency(
        "PEN",
        "Peruvian sol",
        symbols=("S/",),
        # "sol"/"soles" alone are English words or names: qualified only.
        qualified=_q(("peruvian", "nuevo", "new peruvian"), "sol", "soles", "sols"),
        countries=("Peru", "Peruvian", "Lima"),
    ),
    Currency(
        "PGK",
        "Papua New Guinean kina",
        words=("kina", "kinas"),
        countries=("Papua New Guinea", "Papua New Guinean", "PNG"),
        minor=("toea",),
    ),
    Currency(
        "PHP",
        "Philippine peso",
        symbols=("₱", "PHP₱"),
        qualified=_q(("philippine", "filipino"), *_PESO),
        countries=("Philippines", "Philippine", "Filipino", "Manila"),
    ),
    Currency(
        "PKR",
        "Pakistani rupee",
        qualified=_q(("pakistani", "pakistan"), *_RUPEE),
        countries=("Pakistan", "Pakistani", "Islamabad"),
    ),
    Currency(
        "PLN",
        "Polish złoty",
        symbols=("zł",),
        words=("zloty", "zlotys", "zlotych", "złoty", "złotys", "zloties"),
        countries=("Poland", "Polish", "Warsaw"),
        minor=("grosz", "groszy", "grosze"),
    ),
    Currency(
        "PTE",
        "Portuguese escudo",
        # Replaced by the euro in 1999. A bare "escudo" is the Cape Verdean one (CVE.words).
        qualified=_q(("portuguese",), "escudo", "escudos"),
        withdrawn=True,
    ),
    Currency(
        "PYG",
        "Paraguayan guaraní",
        symbols=("₲", "Gs"),
        words=("guaraní", "guarani", "guaraníes", "guaranis", "guaranies"),
        countries=("Paraguay", "Paraguayan"),
    ),
    Currency(
        "QAR",
        "Qatari riyal",
        symbols=("QR",),
        qualified=(*_q(("qatari", "qatar"), *_RIYAL), *_q(("qatari",), *_RIAL)),
        countries=("Qatar", "Qatari", "Doha"),
    ),
    Currency(
        "RON",
        "Romanian leu",
        qualified=_q(("romanian",), "leu", "lei"),
        countries=("Romania", "Romanian", "Bucharest"),
    ),
    Currency(
        "RSD",
        "Serbian dinar",
        symbols=("дин",),
        qualified=_q(("serbian",), *_DINAR),
        countries=("Serbia", "Serbian", "Belgrade"),
    ),
    Currency(
        "RUB",
        "Russian ruble",
        symbols=("₽",),
        qualified=_q(("russian",), *_RUBLE),
        countries=("Russia", "Russian", "Russian Federation", "Moscow", "Kremlin"),
    ),
    Currency(
        "RWF",
        "Rwandan franc",
        symbols=("FRw",),
        qualified=_q(("rwandan", "rwanda"), *_FRANC),
        countries=("Rwanda", "Rwandan", "Kigali"),
    ),
    Currency(
        "SAR",
        "Saudi riyal",
        symbols=("SR",),
        qualified=(*_q(("saudi", "saudi arabian"), *_RIYAL), *_q(("saudi",), *_RIAL)),
        countries=("Saudi Arabia", "Saudi", "Riyadh"),
        minor=("halala", "halalas", "halalah"),
    ),
    Currency(
        "SBD",
        "Solomon Islands dollar",
        symbols=("SI$",),
        qualified=_q(("solomon islands", "solomons"), *_DOLLAR),
        countries=("Solomon Islands", "Solomon Islander"),
    ),
    Currency(
        "SCR",
        "Seychelles rupee",
        symbols=("SRe",),
        qualified=_q(("seychelles", "seychellois"), *_RUPEE),
        countries=("Seychelles", "Seychellois"),
    ),
    Currency(
        "SDG",
        "Sudanese pound",
        qualified=_q(("sudanese",), *_POUND),
        # "Sudanese" is Sudan; South Sudan (SSP) is named in full.
        countries=("Sudan", "Sudanese", "Khartoum"),
    ),
    Currency(
        "SEK",
        "Swedish krona",
        symbols=("Skr", "SKr"),
        qualified=(
            *_q(("swedish",), "krona", "kronor", "kronas"),
            *_q(("swedish",), *_CROWN),
        ),
        countries=("Sweden", "Swedish", "Stockholm"),
    ),
    Currency(
        "SGD",
        "Singapore dollar",
        symbols=("S$", "SG$"),
        qualified=_q(("singapore", "singaporean"), *_DOLLAR),
        countries=("Singapore", "Singaporean"),
    ),
    Currency(
        "SHP",
        "Saint Helena pound",
        qualified=_q(("saint helena", "st helena", "st. helena"), *_POUND),
        countries=("Saint Helena", "St Helena"),
    ),
    Currency(
        "SLE",
        "Sierra Leonean leone",
        words=("leone", "leones"),
        countries=("Sierra Leone", "Sierra Leonean", "Freetown"),
    ),
    Currency(
        "SOS",
        "Somali shilling",
        symbols=("Sh.So",),
        qualified=_q(("somali", "somalian"), *_SHILLING),
        countries=("Somalia", "Somali", "Somalian", "Mogadishu"),
    ),
    Currency(
        "SRD",
        "Surinamese dollar",
        symbols=("Sr$",),
        qualified=_q(("surinamese", "suriname", "surinam"), *_DOLLAR),
        countries=("Suriname", "Surinamese"),
    ),
    Currency(
        "SSP",
        "South Sudanese pound",
        qualified=_q(("south sudanese",), *_POUND),
        countries=("South Sudan", "South Sudanese", "Juba"),
    ),
    Currency(
        "STN",
        "São Tomé and Príncipe dobra",
        symbols=("Db",),
        words=("dobra", "dobras"),
        countries=("São Tomé and Príncipe", "Sao Tome and Principe", "Santomean"),
    ),
    Currency(
        "SVC",
        "Salvadoran colón",
        qualified=_q(("salvadoran", "salvadorean"), "colón", "colon", "colones", "colons"),
        # El Salvador uses the US dollar (since 2001): its names are on USD.
    ),
    Currency(
        "SYP",
        "Syrian pound",
        symbols=("S£",),
        qualified=(*_q(("syrian",), *_POUND), *_q(("syrian",), "lira", "liras", "lire")),
        countries=("Syria", "Syrian", "Damascus"),
    ),
    Currency(
        "SZL",
        "Swazi lilangeni",
        words=("lilangeni", "emalangeni"),
        countries=("Eswatini", "Swaziland", "Swazi"),
    ),
    Currency(
        "THB",
        "Thai baht",
        symbols=("฿",),
        words=("baht", "bahts"),
        countries=("Thailand", "Thai", "Bangkok"),
        minor=("satang",),
    ),
    Currency(
        "TJS",
        "Tajikistani somoni",
        words=("somoni", "somonis"),
        countries=("Tajikistan", "Tajik", "Tajikistani", "Dushanbe"),
        minor=("diram", "dirams"),
    ),
    Currency(
        "TMT",
        "Turkmenistan manat",
        qualified=_q(("turkmen", "turkmenistan", "turkmenistani"), "manat", "manats"),
        countries=("Turkmenistan", "Turkmen", "Ashgabat"),
    ),
    Currency(
        "TND",
        "Tunisian dinar",
        qualified=_q(("tunisian",), *_DINAR),
        countries=("Tunisia", "Tunisian", "Tunis"),
        minor=("millime", "millimes"),
        minor_per_unit=1000,
    ),
    Currency(
        "TOP",
        "Tongan pa\u02bbanga",
        symbols=("T$",),
        words=("pa\u02bbanga", "pa'anga", "paanga"),
        countries=("Tonga", "Tongan"),
        minor=("seniti",),
    ),
    Currency(
        "TRY",
        "Turkish lira",
        symbols=("₺", "TL"),
        # "lira" in news is the Turkish one; the Lebanese and Syrian pounds are
        # "lira" only with their adjective (LBP/SYP.qualified).
        words=("lira", "liras", "lire"),
        qualified=("turkish lira", "turkish liras", "new turkish lira"),
        countries=("Turkey", "Türkiye", "Turkish", "Ankara", "Istanbul"),
        minor=("kurus", "kuruş", "kurush"),
    ),
    Currency(
        "TTD",
        "Trinidad and Tobago dollar",
        symbols=("TT$",),
        qualified=_q(("trinidad and tobago", "trinidad", "trinidadian", "tt"), *_DOLLAR),
        countries=("Trinidad and Tobago", "Trinidad", "Trinidadian"),
    ),
    Currency(
        "TWD",
        "New Taiwan dollar",
        symbols=("NT$",),
        words=("ntd",),
        qualified=_q(("taiwan", "taiwanese", "new taiwan"), *_DOLLAR),
        countries=("Taiwan", "Taiwanese", "Taipei"),
    ),
    Currency(
        "TZS",
        "Tanzanian shilling",
        symbols=("TSh", "TShs"),
        qualified=_q(("tanzanian", "tanzania"), *_SHILLING),
        countries=("Tanzania", "Tanzanian", "Dodoma", "Zanzibar"),
    ),
    Currency(
        "UAH",
        "Ukrainian hryvnia",
        symbols=("₴",),
        words=(
            "hryvnia",
            "hryvnias",
            "hryvna",
            "hryvnas",
            "hryvni",
            "hryven",
            "hryvnya",
            "hryvnyas",
        ),
        qualified=("ukrainian hryvnia", "ukrainian hryvnias"),
        countries=("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
        minor=("kopiyka", "kopiykas", "kopiyok", "kopiyky"),
    ),
    Currency(
        "UGX",
        "Ugandan shilling",
        symbols=("USh", "UShs"),
        qualified=_q(("ugandan", "uganda"), *_SHILLING),
        countries=("Uganda", "Ugandan", "Kampala"),
    ),
    Currency(
        "USD",
        "US dollar",
        symbols=("US$", "U.S.$", "USD$"),
        words=("greenback", "greenbacks"),
        qualified=_q(("us", "u.s.", "american", "united states", "usd"), *_DOLLAR),
        countries=(
            "United States",
            "United States of America",
            "US",
            "U.S.",
            "USA",
            "U.S.A.",
            "America",
            "American",
            "Washington",
            # Dollarised countries: "$" there means the US dollar.
            "Ecuador",
            "Ecuadorian",
            "El Salvador",
            "Salvadoran",
            "Panama",
            "Panamanian",
            "Puerto Rico",
            "Puerto Rican",
            "Timor-Leste",
            "East Timor",
            "Guam",
            "Palau",
            "Micronesia",
            "Marshall Islands",
        ),
    ),
    Currency(
        "UYU",
        "Uruguayan peso",
        symbols=("$U", "UY$"),
        qualified=_q(("uruguayan",), *_PESO),
        countries=("Uruguay", "Uruguayan", "Montevideo"),
    ),
    Currency(
        "UZS",
        "Uzbekistani sum",
        # "sum"/"som" alone are too common (English "sum"; Kyrgyz som): "soum" is safe.
        words=("soum", "soums"),
        qualified=_q(("uzbek", "uzbekistani", "uzbekistan"), "sum", "som", "sums", "soms"),
        countries=("Uzbekistan", "Uzbek", "Uzbekistani", "Tashkent"),
        minor=("tiyin",),
    ),
    Currency(
        "VED",
        "Venezuelan digital bolívar",
        symbols=("Bs.D",),
        qualified=_q(("digital",), *_BOLIVAR),
    ),
    Currency(
        "VES",
        "Venezuelan sovereign bolívar",
        symbols=("Bs.S", "Bs.F"),
        qualified=_q(("venezuelan", "sovereign"), *_BOLIVAR),
        countries=("Venezuela", "Venezuelan", "Caracas"),
    ),
    Currency(
        "VND",
        "Vietnamese đồng",
        symbols=("₫",),
        words=("dong", "đồng", "dongs"),
        qualified=("vietnamese dong", "vietnam dong", "vietnamese đồng"),
        countries=("Vietnam", "Viet Nam", "Vietnamese", "Hanoi"),
        minor=("hào", "hao", "xu"),
        minor_per_unit=10,
    ),
    Currency(
        "VUV",
        "Vanuatu vatu",
        words=("vatu", "vatus"),
        countries=("Vanuatu", "Ni-Vanuatu"),
    ),
    Currency(
        "WST",
        "Samoan tālā",
        symbols=("WS$",),
        words=("tala", "tālā", "talas"),
        countries=("Samoa", "Samoan"),
        minor=("sene",),
    ),
    Currency(
        "XAF",
        "Central African CFA franc",
        qualified=(
            *_q(("central african cfa", "cfa beac"), *_FRANC),
            "cfa franc beac",
            "cfa francs beac",
        ),
        countries=(
            "Cameroon",
            "Cameroonian",
            "Central African Republic",
            "Chad",
            "Chadian",
            "Republic of the Congo",
            "Republic of Congo",
            "Congo-Brazzaville",
            "Brazzaville",
            "Equatorial Guinea",
            "Equatoguinean",
            "Gabon",
            "Gabonese",
            "CEMAC",
        ),
    ),
    Currency(
        # ISO 4217 has no code for bitcoin. "XBT" follows ISO's rule for units that
        # belong to no country (the X- codes, like XDR) and is what market-data
        # vendors use; "BTC" would put it under Bhutan's "BT" prefix (BTN), so it
        # is kept as a symbol, the way news prints it ("0.5 BTC").
        "XBT",
        "bitcoin",
        symbols=("₿", "BTC"),
        words=("bitcoin", "bitcoins"),
        minor=("satoshi", "satoshis"),
        minor_per_unit=100_000_000,
    ),
    Currency(
        "XCD",
        "East Caribbean dollar",
        symbols=("EC$",),
        qualified=_q(("east caribbean", "eastern caribbean"), *_DOLLAR),
        countries=(
            "Antigua and Barbuda",
            "Dominica",
            "Grenada",
            "Saint Kitts and Nevis",
            "Saint Lucia",
            "Saint Vincent and the Grenadines",
            "Anguilla",
            "Montserrat",
        ),
    ),
    Currency(
        "XCG",
        "Caribbean guilder",
        symbols=("Cg",),
        qualified=_q(("caribbean",), "guilder", "guilders"),
        # Replaces ANG from 2025.
        countries=("Curaçao", "Curacao"),
    ),
    Currency(
        "XDR",
        # Not a national currency but an ISO code news uses for IMF figures.
        "special drawing right",
        words=("sdr", "sdrs", "special drawing right", "special drawing rights"),
    ),
    Currency(
        "XOF",
        "West African CFA franc",
        qualified=(
            *_q(("west african cfa", "cfa bceao"), *_FRANC),
            "cfa franc bceao",
            "cfa francs bceao",
        ),
        countries=(
            "Benin",
            "Beninese",
            "Burkina Faso",
            "Burkinabe",
            "Côte d'Ivoire",
            "Cote d'Ivoire",
            "Ivory Coast",
            "Ivorian",
            "Guinea-Bissau",
            "Bissau-Guinean",
            "Mali",
            "Malian",
            "Niger",
            "Nigerien",
            "Senegal",
            "Senegalese",
            "Togo",
            "Togolese",
            "WAEMU",
            "UEMOA",
        ),
    ),
    Currency(
        "XPF",
        "CFP franc",
        symbols=("CFP",),
        qualified=_q(("cfp", "pacific"), *_FRANC),
        countries=("French Polynesia", "New Caledonia", "Wallis and Futuna"),
    ),
    Currency(
        "YER",
        "Yemeni rial",
        qualified=(*_q(("yemeni",), *_RIAL), *_q(("yemeni",), *_RIYAL)),
        countries=("Yemen", "Yemeni", "Sanaa", "Aden"),
    ),
    Currency(
        "ZAR",
        "South African rand",
        words=("rand", "rands"),
        qualified=("south african rand", "south african rands"),
        countries=("South Africa", "South African", "Pretoria", "Johannesburg"),
    ),
    Currency(
        "ZMW",
        "Zambian kwacha",
        qualified=_q(("zambian", "zambia"), "kwacha", "kwachas"),
        countries=("Zambia", "Zambian", "Lusaka"),
        minor=("ngwee",),
    ),
    Currency(
        "ZWG",
        "Zimbabwe Gold",
        symbols=("ZiG",),
        words=("zig", "zigs", "zimbabwe gold"),
        # "$" in Zimbabwe news is the US dollar; ZWG prints no "$", so the
        # default applies there.
        countries=("Zimbabwe", "Zimbabwean", "Harare"),
    ),
)
"""Every active ISO 4217 currency (plus XDR and bitcoin's XBT) and the withdrawn ones
English news archives name (``withdrawn=True``), in code order."""


SHARED_SYMBOLS: dict[str, tuple[str, ...]] = {
    # The dollar sign: US dollar unless the article is about a country that prints its own.
    "$": (
        "USD",
        "CAD",
        "AUD",
        "NZD",
        "HKD",
        "SGD",
        "TWD",
        "MXN",
        "ARS",
        "CLP",
        "COP",
        "CUP",
        "DOP",
        "UYU",
        "BBD",
        "BMD",
        "BND",
        "BSD",
        "BZD",
        "FJD",
        "GYD",
        "JMD",
        "KYD",
        "LRD",
        "NAD",
        "SBD",
        "SRD",
        "TTD",
        "XCD",
    ),
    # "B$" is printed by both Brunei and the Bahamas: Brunei first (larger economy).
    "B$": ("BND", "BSD"),
    # The yen sign: Japanese yen by default; China prints the same sign for the yuan.
    "¥": ("JPY", "CNY"),
    # The pound sign: sterling by default; Egypt, Lebanon, Syria, Sudan and others also print it.
    "£": ("GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "FKP", "GIP", "SHP"),
    # The won sign: South Korea by default.
    "₩": ("KRW", "KPW"),
    # The old generic rupee sign: India now prints "₹", so "₨" is mostly Pakistan.
    "₨": ("PKR", "INR", "LKR", "NPR", "MUR", "SCR"),
    # "Rs" (and "Rs."): Indian rupee by default, by volume of news.
    "Rs": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    # Scandinavian "kr": Swedish krona by default (largest economy of the four).
    "kr": ("SEK", "NOK", "DKK", "ISK"),
    # "Fr"/"Fr." (and "F"): Swiss franc by default.
    "Fr": ("CHF", "XOF", "XAF", "XPF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF"),
    # CFA franc abbreviations: West African (larger union) by default.
    "CFA": ("XOF", "XAF"),
    "FCFA": ("XOF", "XAF"),
    # "Br": Ethiopian birr by default; the Belarusian ruble prints it too.
    "Br": ("ETB", "BYN"),
    # "Bs"/"Bs.": Venezuelan bolívar by default; the boliviano prints it too.
    "Bs": ("VES", "BOB", "VED"),
    # UAE papers print "Dh"/"Dhs", Moroccan ones "DH" (the same symbol to a
    # case-insensitive reader): emirati dirham by default.
    "Dh": ("AED", "MAD"),
    "Dhs": ("AED", "MAD"),
    # The rial sign: Iranian rial by default.
    "﷼": ("IRR", "SAR", "QAR", "OMR", "YER"),
    # The colón sign: Costa Rica (El Salvador uses the US dollar).
    "₡": ("CRC", "SVC"),
    # The florin sign: Caribbean guilder by default, then the Aruban florin.
    "ƒ": ("XCG", "ANG", "AWG"),
    # "R" (rand) is left out: a capital R before digits is far more often a model
    # name ("R27 missile") than rand; "ZAR 5 billion" and "5 billion rand" still read.
}
"""Symbols several currencies print, to their codes, usual default first."""


SHARED_WORDS: dict[str, tuple[str, ...]] = {
    # Dollar: the US dollar unless the context names another dollar country.
    **dict.fromkeys(
        ("dollar", "dollars"),
        (
            "USD",
            "CAD",
            "AUD",
            "NZD",
            "HKD",
            "SGD",
            "TWD",
            "JMD",
            "TTD",
            "BBD",
            "BSD",
            "BZD",
            "BMD",
            "BND",
            "FJD",
            "GYD",
            "KYD",
            "LRD",
            "NAD",
            "SBD",
            "SRD",
            "XCD",
        ),
    ),
    # "buck(s)": colloquial, US first; Canadians and Australians say it too.
    **dict.fromkeys(("buck", "bucks"), ("USD", "CAD", "AUD", "NZD")),
    # Pound: sterling unless the context is Egypt, Lebanon, Syria, Sudan ...
    **dict.fromkeys(
        ("pound", "pounds"), ("GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "FKP", "GIP", "SHP")
    ),
    # Peso: Mexican by default (largest peso economy).
    **dict.fromkeys(("peso", "pesos"), ("MXN", "ARS", "PHP", "COP", "CLP", "CUP", "DOP", "UYU")),
    # Rupee: Indian by default.
    **dict.fromkeys(("rupee", "rupees"), ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")),
    # Dinar: Iraqi by default (the dinar geopolitical news names most); Kuwaiti next.
    **dict.fromkeys(("dinar", "dinars"), ("IQD", "KWD", "JOD", "BHD", "LYD", "DZD", "TND", "RSD")),
    # Rial: Iranian by default; Oman and Yemen spell theirs "rial" too.
    **dict.fromkeys(("rial", "rials"), ("IRR", "OMR", "YER")),
    # Riyal: Saudi by default; Qatar also (and Yemen, Oman in some papers).
    **dict.fromkeys(("riyal", "riyals"), ("SAR", "QAR", "YER", "OMR")),
    # Franc: Swiss by default; the CFA francs and central African francs otherwise.
    **dict.fromkeys(
        ("franc", "francs"), ("CHF", "XOF", "XAF", "XPF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF")
    ),
    # "CFA franc(s)" without "West/Central African": West African (larger union) by default.
    **dict.fromkeys(("cfa franc", "cfa francs"), ("XOF", "XAF")),
    # Krona (and "kronor"): Swedish by default; Iceland's króna is "krona" in English too.
    **dict.fromkeys(("krona", "kronor"), ("SEK", "ISK")),
    "króna": ("ISK", "SEK"),
    # Krone/kroner: Norwegian by default (Danish otherwise).
    **dict.fromkeys(("krone", "kroner"), ("NOK", "DKK")),
    # Reuters style "crowns": Swedish by default; also Czech, Norwegian, Danish, Icelandic.
    # (Singular "crown" is left out: "the crown" is too common an English phrase.)
    "crowns": ("SEK", "CZK", "NOK", "DKK", "ISK"),
    # Dirham: emirati by default (Moroccan otherwise).
    **dict.fromkeys(("dirham", "dirhams"), ("AED", "MAD")),
    # Shilling: Kenyan by default.
    **dict.fromkeys(("shilling", "shillings"), ("KES", "UGX", "TZS", "SOS")),
    # Ruble/rouble: Russian by default; Belarus has its own ruble.
    **dict.fromkeys(("ruble", "rubles", "rouble", "roubles"), ("RUB", "BYN")),
    # Won: South Korean by default. (Also the English verb: the parser takes it only after a figure.)
    "won": ("KRW", "KPW"),
    # Leu/lei: Romanian by default (Moldovan otherwise).
    **dict.fromkeys(("leu", "lei"), ("RON", "MDL")),
    # Manat: Azerbaijani by default.
    **dict.fromkeys(("manat", "manats"), ("AZN", "TMT")),
    # Som: Kyrgyz by default (Uzbek "sum" is also spelled "som").
    **dict.fromkeys(("som", "soms"), ("KGS", "UZS")),
    # Kwacha: Zambian by default.
    **dict.fromkeys(("kwacha", "kwachas"), ("ZMW", "MWK")),
    # Colón: Costa Rican by default. ("colon"/"colons" without the accent are left out: English words.)
    **dict.fromkeys(("colón", "colones"), ("CRC", "SVC")),
    # Guilder: Caribbean guilder by default, then the old Antillean one and the Aruban
    # florin; the Dutch guilder (withdrawn) last, picked only by a Dutch context.
    **dict.fromkeys(("guilder", "guilders"), ("XCG", "ANG", "AWG", "NLG")),
    # Bolívar: the sovereign bolívar (VES) by default; the digital bolívar (VED) circulates too.
    **dict.fromkeys(("bolivar", "bolivars", "bolívar", "bolívares", "bolivares"), ("VES", "VED")),
    # "real" (Brazil) is left out on purpose: an English word ("real terms");
    # "reais" is in BRL.words and "brazilian real" in BRL.qualified.
}
"""Lower-case currency names several currencies share, usual default first."""


MINOR_UNITS: dict[str, tuple[str, ...]] = {
    # Cent: US cent by default, then the euro cent and the other dollars and shillings.
    **dict.fromkeys(
        ("cent", "cents"),
        (
            "USD",
            "EUR",
            "CAD",
            "AUD",
            "NZD",
            "HKD",
            "SGD",
            "TWD",
            "KES",
            "UGX",
            "TZS",
            "SOS",
            "ZAR",
            "LKR",
            "MUR",
            "SCR",
            "NAD",
            "JMD",
            "TTD",
            "XCD",
        ),
    ),
    # "penny" is the British penny by default (also US slang for a cent).
    # "pence" is GBP.minor; a lone "p" ("50p") is left out: too ambiguous.
    **dict.fromkeys(("penny", "pennies"), ("GBP", "USD")),
    # Centavo: Mexican by default.
    **dict.fromkeys(
        ("centavo", "centavos"),
        (
            "MXN",
            "BRL",
            "ARS",
            "PHP",
            "COP",
            "CLP",
            "CUP",
            "DOP",
            "BOB",
            "CVE",
            "MZN",
            "NIO",
            "GTQ",
            "HNL",
        ),
    ),
    # Céntimo: Peruvian by default.
    **dict.fromkeys(
        ("céntimo", "céntimos", "centimo", "centimos"), ("PEN", "VES", "PYG", "CRC", "AOA")
    ),
    # Centime: Swiss by default (in French-speaking Switzerland), then the CFA francs.
    **dict.fromkeys(
        ("centime", "centimes"),
        (
            "CHF",
            "XOF",
            "XAF",
            "XPF",
            "HTG",
            "DZD",
            "MAD",
            "CDF",
            "GNF",
            "RWF",
            "BIF",
            "DJF",
            "KMF",
        ),
    ),
    # Centésimo: Panamanian by default.
    "centésimo": ("PAB", "UYU"),
    # Kopek: Russian by default; Ukraine's kopiyka and Belarus's kapeyka are also "kopeks" in English.
    **dict.fromkeys(("kopek", "kopeks", "kopeck", "kopecks"), ("RUB", "UAH", "BYN")),
    **dict.fromkeys(("kopeyka", "kopeyki"), ("RUB", "BYN")),
    # Paisa/paise: Indian by default.
    **dict.fromkeys(("paisa", "paise"), ("INR", "PKR", "NPR")),
    # Fils: emirati by default, then the Gulf and Levant dinars.
    "fils": ("AED", "BHD", "IQD", "JOD", "KWD", "YER", "LYD"),
    # Piastre/piaster: Egyptian by default.
    **dict.fromkeys(
        ("piastre", "piastres", "piaster", "piasters"), ("EGP", "LBP", "SYP", "SDG", "SSP")
    ),
    # Dirham as a minor unit of the Qatari riyal is left out: "dirham" is a major word.
    # Øre: Norwegian by default. (Swedish "öre" and Danish "øre"; "ore" is an English word.)
    "øre": ("NOK", "DKK"),
    "öre": ("SEK",),
    # Sen: Malaysian by default (the yen's sen is obsolete).
    "sen": ("MYR", "IDR", "KHR", "JPY"),
    # Jeon/chon: South Korean by default.
    "jeon": ("KRW", "KPW"),
    # Bani: Romanian by default. ("ban" alone is an English word.)
    "bani": ("RON", "MDL"),
    # Qəpik/tenge as minor units collide with major names: left out.
    # Thebe, ngwee, etc. are unique and live in each Currency.minor.
}
"""Minor-unit words several currencies share, to their codes, usual default first."""


DEFAULT_DOLLAR: str = "USD"
"""What a bare "$" or "dollar(s)" means without other context."""
DEFAULT_POUND: str = "GBP"
"""What a bare "£" or "pound(s)" means."""
DEFAULT_YEN_SIGN: str = "JPY"
"""What a bare "¥" means (CNY prints it too)."""
DEFAULT_PESO: str = "MXN"
"""What a bare "peso(s)" means."""
DEFAULT_RUPEE: str = "INR"
"""What a bare "Rs" or "rupee(s)" means."""
DEFAULT_DINAR: str = "IQD"
"""What a bare "dinar(s)" means: the Iraqi dinar, the one geopolitical news names most."""
DEFAULT_RIAL: str = "IRR"
"""What a bare "rial(s)" means."""
DEFAULT_RIYAL: str = "SAR"
"""What a bare "riyal(s)" means."""
DEFAULT_FRANC: str = "CHF"
"""What a bare "franc(s)" means."""
DEFAULT_KRONA: str = "SEK"
"""What a bare "krona"/"kronor" or "kr" means."""
DEFAULT_KRONE: str = "NOK"
"""What a bare "krone"/"kroner" means."""
DEFAULT_CROWN: str = "SEK"
"""What a bare "crowns" means (Reuters style for all Nordic and Czech crowns)."""


CODES_NOT_READ_ALONE: tuple[str, ...] = (
    # ISO codes that are also English words, names or common abbreviations, so
    # that "TOP 10", "World CUP 2026", "RON 95 petrol", "AMD 7950" and
    # "an NPR 2023 poll" are not money. Their currencies are still read from
    # their symbols and words ("50 billion dirhams", "lek").
    "ALL",  # all
    "AMD",  # the chip maker
    "BAM",
    "BOB",  # a name
    "CUP",  # World Cup
    "CVE",  # vulnerability identifiers
    "GEL",
    "MAD",  # mutually assured destruction
    "MOP",
    "NAD",  # NAD+ (biochemistry)
    "NIO",  # the car maker
    "NPR",  # National Public Radio
    "PEN",
    "RON",  # octane rating, a name
    "SOS",
    "TOP",
)
"""ISO codes the parser must not read as a currency when they stand alone."""

DISPLAY_PREFIXES: dict[str, str] = {
    # The prefix a figure is printed with for people ("US$5 million", "€3 billion");
    # a currency not listed is printed with its code after the figure.
    "USD": "US$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CNY": "CN¥",
    "CAD": "C$",
    "AUD": "A$",
    "NZD": "NZ$",
    "HKD": "HK$",
    "SGD": "S$",
    "TWD": "NT$",
    "MXN": "MX$",
    "BRL": "R$",
    "INR": "₹",
    "RUB": "₽",
    "UAH": "₴",
    "ILS": "₪",
    "KRW": "₩",
    "TRY": "₺",
    "NGN": "₦",
    "PHP": "₱",
    "VND": "₫",
    "THB": "฿",
    "KZT": "₸",
}
"""Codes to the prefix symbol used when a figure is written out for people."""


CODES_NOT_READ_IN_LOWER_CASE: tuple[str, ...] = (
    # Codes read in lower case ("usd 20", "20 eur") must not be English words
    # either; these are, in lower case only ("a cad", "try 20 times").
    "cad",
    "cop",
    "ern",
    "php",  # the programming language
    "rub",
    "try",
    "zar",  # an Arabic word in transliterated names
)
"""Readable codes (see CODES_NOT_READ_ALONE) the parser reads only in upper case."""

CODE_SCALE_PREFIXES: dict[str, int] = {
    # Finance shorthand that joins a scale letter to a code: "30 MUSD" is 30
    # million US dollars, "MEUR 120" 120 million euros, "kEUR 500" 500,000 euros.
    "M": 6,
    "k": 3,
}
"""A letter before an ISO code that scales the amount, to the power of ten it stands for."""

LETTER_SYMBOLS_AFTER_NUMBER: tuple[str, ...] = (
    # Two-letter Latin symbols printed after the amount in their home press
    # ("20 Rs", "42 RM", "100 TL", "42 LE"). Other two-letter symbols ("Ft",
    # "Db", "SR", "BD") read as units or abbreviations after a number and are
    # read only before it; longer symbols and non-Latin ones are read on both sides.
    "Rs",
    "RM",
    "TL",
    "LE",
    "kr",
    "Tk",
    "Rp",
    "Kz",
)
"""Two-letter Latin symbols that may follow the number as well as precede it."""

MINOR_MARKS: dict[str, str] = {
    # Marks after a number that name a minor unit: "10¢", "43c". The value is
    # the MINOR_UNITS entry they stand for. ("p" for pence is left out: pages.)
    "\u00a2": "cent",
    "c": "cent",
}
"""Signs and letters after a number that name a minor unit, to that unit's word."""

WORDS_ALSO_WEIGHTS: tuple[str, ...] = (
    # "a 500-pound bomb": a currency word joined to a bare number by a hyphen
    # names a weight, not money, when it is also a unit of weight.
    "pound",
    "pounds",
)
"""Currency words that, hyphenated to a number with no scale, are units of weight."""

WORDS_NOT_READ_BEFORE_NUMBER: tuple[str, ...] = (
    # A currency name may stand before the amount ("rupees 500 crore", "ringgit
    # 42"), but not these, which are English words or names there: "Labour won
    # 5 of 7 seats", "Rand 2 to 1", "Bucks 110, Lakers 98".
    "won",
    "rand",
    "som",
    "lei",
    "buck",
    "bucks",
    # "Bitcoin 2024" is a conference, "Schilling 21" a pitcher's line.
    "bitcoin",
    "bitcoins",
    "schilling",
    "schillings",
)
"""Currency words the parser reads after a number but never before one."""
