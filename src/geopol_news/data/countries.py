"""Countries: ISO 3166-1 entries with the names news prints for them.

Plain data only; the actor extractor compiles what it needs at import time.

One ``Country`` per ISO 3166-1 alpha-2 code, plus Kosovo under the
user-assigned code "XK" that the EU, the IMF and most data providers use. Every
string is case-sensitive and written as English-language news prints it.

How the fields divide the work:

* ``name`` is the display name: the short name that Reuters, AP, AFP and the
  BBC use in running text, not the ISO name. So "United States", "United
  Kingdom", "Russia", "Iran", "Syria", "South Korea", "North Korea", "Vietnam",
  "Laos", "Turkey", "Czech Republic", "Ivory Coast", "Cape Verde", "East
  Timor", "Myanmar", "Eswatini", "North Macedonia", "Vatican", "Macau" and
  "Democratic Republic of the Congo" / "Republic of the Congo". The ISO or
  official form goes to ``names`` when news also prints it ("Türkiye",
  "Czechia", "Côte d'Ivoire", "Cabo Verde", "Timor-Leste").
* ``names`` holds the other names and abbreviations that name this country and
  no other: long forms, former names still in use ("Burma", "Swaziland"), and
  abbreviations as printed, dotted and undotted ("U.S.", "US").
* ``demonyms`` holds adjectives and people nouns, singular and plural.
* ``capitals`` holds capital cities, used as metonyms for the government
  ("Moscow said"). Where a country has several (administrative, legislative,
  seat of government), all of them. A capital spelt like its country
  (Singapore, Monaco, Luxembourg, Djibouti, San Marino, Gibraltar, Vatican
  City) is not repeated: the name already matches. A capital that is also a
  common first name or a better-known place elsewhere ("Victoria", "Stanley",
  "Douglas", "Hamilton", "Plymouth") is left out, with a comment.
* ``seats`` holds buildings and places that stand for the government or its
  head ("White House", "Kremlin", "Downing Street"). Only well-established
  metonyms; a ministry ("Pentagon", "Quai d'Orsay") or a parliament ("Capitol
  Hill", "Knesset") is an institution of its own and is not listed.
* ``AMBIGUOUS_NAMES`` and ``SHARED_DEMONYMS`` hold what several countries
  print ("Congo", "Korean"), mapped to their codes with the usual default
  first; the extractor resolves them from context or takes the default.

Apostrophes are written straight ("Côte d'Ivoire"); the extractor is expected
to fold typographic quotes before matching. Accented names are given with an
unaccented twin where news prints both ("Bogotá", "Bogota").

Regions inside a country (Gaza, the West Bank, Crimea, Scotland) and
unrecognised states (Somaliland, Transnistria) are not countries here.

A string lives in exactly one of these places: ``tests/test_countries_data.py``
checks it, and that every code referred to exists.

To extend: add a ``Country`` (keep ``COUNTRIES`` in code order), or add a form
to the right tuple of an existing one; if the form also names another country,
move it to the shared table instead, default first, with a one-line comment on
the choice. Run ``pytest tests/test_countries_data.py``.
"""

from __future__ import annotations

import attrs

__all__ = [
    "AMBIGUOUS_NAMES",
    "COUNTRIES",
    "SHARED_DEMONYMS",
    "Country",
]


@attrs.frozen
class Country:
    """One ISO 3166-1 country or territory and the forms that name it alone."""

    code: str
    """ISO 3166-1 alpha-2 code, "US"."""
    alpha3: str
    """ISO 3166-1 alpha-3 code, "USA"."""
    name: str
    """Display name, the short form English-language news uses: "United States"."""
    names: tuple[str, ...] = ()
    """Other names and abbreviations, as printed: "United States of America", "U.S."."""
    demonyms: tuple[str, ...] = ()
    """Adjectives and people nouns, singular and plural: "American", "Americans"."""
    capitals: tuple[str, ...] = ()
    """Capital cities used as metonyms: "Washington"."""
    seats: tuple[str, ...] = ()
    """Seats of government used as metonyms: "White House"."""


def _s(*singulars: str) -> tuple[str, ...]:
    """Each word followed by its plural in -s: ``_s("Kenyan")`` is ("Kenyan", "Kenyans")."""
    return tuple(form for word in singulars for form in (word, word + "s"))


# One country per line reads as a table; the formatter would spread each over eight.
# fmt: off
COUNTRIES: tuple[Country, ...] = (
    Country("AD", "AND", "Andorra", demonyms=_s("Andorran"), capitals=("Andorra la Vella",)),
    Country("AE", "ARE", "United Arab Emirates", names=("UAE", "U.A.E."), demonyms=_s("Emirati"), capitals=("Abu Dhabi",)),
    Country("AF", "AFG", "Afghanistan", names=("Islamic Emirate of Afghanistan",), demonyms=_s("Afghan"), capitals=("Kabul",)),
    Country("AG", "ATG", "Antigua and Barbuda", names=("Antigua",), demonyms=(*_s("Antiguan"), *_s("Barbudan")), capitals=("St. John's", "St John's", "Saint John's")),
    Country("AI", "AIA", "Anguilla", demonyms=_s("Anguillian")),  # capital The Valley: a common phrase
    Country("AL", "ALB", "Albania", names=("Republic of Albania",), demonyms=_s("Albanian"), capitals=("Tirana",)),
    Country("AM", "ARM", "Armenia", names=("Republic of Armenia",), demonyms=_s("Armenian"), capitals=("Yerevan",)),
    Country("AO", "AGO", "Angola", demonyms=_s("Angolan"), capitals=("Luanda",)),
    Country("AQ", "ATA", "Antarctica"),
    Country("AR", "ARG", "Argentina", names=("Argentine Republic",), demonyms=(*_s("Argentine"), *_s("Argentinian")), capitals=("Buenos Aires",), seats=("Casa Rosada",)),
    Country("AS", "ASM", "American Samoa", demonyms=_s("American Samoan"), capitals=("Pago Pago",)),
    Country("AT", "AUT", "Austria", names=("Republic of Austria",), demonyms=_s("Austrian"), capitals=("Vienna",)),
    Country("AU", "AUS", "Australia", names=("Commonwealth of Australia",), demonyms=_s("Australian"), capitals=("Canberra",)),
    Country("AW", "ABW", "Aruba", demonyms=_s("Aruban"), capitals=("Oranjestad",)),
    Country("AX", "ALA", "Åland Islands", names=("Aland Islands", "Åland", "Aland"), capitals=("Mariehamn",)),
    Country("AZ", "AZE", "Azerbaijan", names=("Republic of Azerbaijan",), demonyms=(*_s("Azerbaijani"), *_s("Azeri")), capitals=("Baku",)),
    Country("BA", "BIH", "Bosnia and Herzegovina", names=("Bosnia", "Bosnia-Herzegovina", "BiH"), demonyms=_s("Bosnian"), capitals=("Sarajevo",)),
    Country("BB", "BRB", "Barbados", demonyms=(*_s("Barbadian"), *_s("Bajan")), capitals=("Bridgetown",)),
    Country("BD", "BGD", "Bangladesh", names=("People's Republic of Bangladesh",), demonyms=_s("Bangladeshi"), capitals=("Dhaka",)),
    # "Brussels" also stands for the EU institutions; telling the two apart is the extractor's business.
    Country("BE", "BEL", "Belgium", names=("Kingdom of Belgium",), demonyms=_s("Belgian"), capitals=("Brussels",)),
    Country("BF", "BFA", "Burkina Faso", names=("Burkina",), demonyms=("Burkinabe", "Burkinabè"), capitals=("Ouagadougou",)),
    Country("BG", "BGR", "Bulgaria", names=("Republic of Bulgaria",), demonyms=_s("Bulgarian"), capitals=("Sofia",)),
    Country("BH", "BHR", "Bahrain", names=("Kingdom of Bahrain",), demonyms=_s("Bahraini"), capitals=("Manama",)),
    # Gitega has been the political capital since 2019; Bujumbura is still the seat of most ministries.
    Country("BI", "BDI", "Burundi", demonyms=_s("Burundian"), capitals=("Gitega", "Bujumbura")),
    # Porto-Novo is the constitutional capital, Cotonou the seat of government.
    Country("BJ", "BEN", "Benin", names=("Republic of Benin",), demonyms=("Beninese",), capitals=("Porto-Novo", "Cotonou")),
    Country("BL", "BLM", "Saint Barthélemy", names=("Saint Barthelemy", "St Barts", "St. Barts", "St Barths", "St. Barths"), capitals=("Gustavia",)),
    Country("BM", "BMU", "Bermuda", demonyms=_s("Bermudian")),  # capital Hamilton: also cities in Canada, NZ and Scotland
    Country("BN", "BRN", "Brunei", names=("Brunei Darussalam",), demonyms=_s("Bruneian"), capitals=("Bandar Seri Begawan",)),
    # La Paz is the seat of government, Sucre the constitutional capital.
    Country("BO", "BOL", "Bolivia", names=("Plurinational State of Bolivia",), demonyms=_s("Bolivian"), capitals=("La Paz", "Sucre")),
    Country("BQ", "BES", "Caribbean Netherlands", names=("Bonaire, Sint Eustatius and Saba", "Bonaire", "Sint Eustatius", "Saba"), capitals=("Kralendijk",)),
    Country("BR", "BRA", "Brazil", names=("Federative Republic of Brazil",), demonyms=_s("Brazilian"), capitals=("Brasília", "Brasilia"), seats=("Planalto", "Planalto Palace")),
    Country("BS", "BHS", "Bahamas", names=("Commonwealth of The Bahamas",), demonyms=_s("Bahamian"), capitals=("Nassau",)),
    Country("BT", "BTN", "Bhutan", names=("Kingdom of Bhutan",), demonyms=("Bhutanese",), capitals=("Thimphu",)),
    Country("BV", "BVT", "Bouvet Island", names=("Bouvetøya",)),
    Country("BW", "BWA", "Botswana", names=("Republic of Botswana",), demonyms=("Motswana", "Batswana", *_s("Botswanan")), capitals=("Gaborone",)),
    Country("BY", "BLR", "Belarus", names=("Republic of Belarus",), demonyms=_s("Belarusian"), capitals=("Minsk",)),
    Country("BZ", "BLZ", "Belize", demonyms=_s("Belizean"), capitals=("Belmopan",)),
    Country("CA", "CAN", "Canada", demonyms=_s("Canadian"), capitals=("Ottawa",)),
    Country("CC", "CCK", "Cocos (Keeling) Islands", names=("Cocos Islands", "Keeling Islands")),  # capital West Island: too generic
    # News writes "Democratic Republic of Congo" and "DR Congo"; bare "Congo" is in AMBIGUOUS_NAMES.
    Country("CD", "COD", "Democratic Republic of the Congo", names=("Democratic Republic of Congo", "DR Congo", "DRC", "D.R.C.", "Congo-Kinshasa", "Congo Kinshasa"), capitals=("Kinshasa",)),
    Country("CF", "CAF", "Central African Republic", names=("CAR",), demonyms=_s("Central African"), capitals=("Bangui",)),
    Country("CG", "COG", "Republic of the Congo", names=("Republic of Congo", "Congo Republic", "Congo-Brazzaville", "Congo Brazzaville"), capitals=("Brazzaville",)),
    Country("CH", "CHE", "Switzerland", names=("Swiss Confederation",), demonyms=("Swiss",), capitals=("Bern", "Berne")),
    # "Ivory Coast" is what Reuters, AP, AFP and the BBC print; the French form is official.
    Country("CI", "CIV", "Ivory Coast", names=("Côte d'Ivoire", "Cote d'Ivoire"), demonyms=_s("Ivorian"), capitals=("Yamoussoukro", "Abidjan")),
    Country("CK", "COK", "Cook Islands", demonyms=_s("Cook Islander"), capitals=("Avarua",)),
    Country("CL", "CHL", "Chile", names=("Republic of Chile",), demonyms=_s("Chilean"), capitals=("Santiago",), seats=("La Moneda",)),
    Country("CM", "CMR", "Cameroon", names=("Republic of Cameroon",), demonyms=_s("Cameroonian"), capitals=("Yaoundé", "Yaounde")),
    Country("CN", "CHN", "China", names=("People's Republic of China", "PRC", "P.R.C.", "mainland China", "Mainland China"), demonyms=("Chinese",), capitals=("Beijing",), seats=("Zhongnanhai",)),
    Country("CO", "COL", "Colombia", names=("Republic of Colombia",), demonyms=_s("Colombian"), capitals=("Bogotá", "Bogota")),
    Country("CR", "CRI", "Costa Rica", demonyms=_s("Costa Rican"), capitals=("San José", "San Jose")),
    Country("CU", "CUB", "Cuba", names=("Republic of Cuba",), demonyms=_s("Cuban"), capitals=("Havana",)),
    Country("CV", "CPV", "Cape Verde", names=("Cabo Verde",), demonyms=_s("Cape Verdean"), capitals=("Praia",)),
    Country("CW", "CUW", "Curaçao", names=("Curacao",), capitals=("Willemstad",)),
    Country("CX", "CXR", "Christmas Island", capitals=("Flying Fish Cove",)),
    Country("CY", "CYP", "Cyprus", names=("Republic of Cyprus",), demonyms=_s("Cypriot"), capitals=("Nicosia",)),
    Country("CZ", "CZE", "Czech Republic", names=("Czechia",), demonyms=_s("Czech"), capitals=("Prague",)),
    # "Chancellery" is left out of seats: every German-speaking country and many others have one.
    Country("DE", "DEU", "Germany", names=("Federal Republic of Germany",), demonyms=_s("German"), capitals=("Berlin",)),
    Country("DJ", "DJI", "Djibouti", demonyms=_s("Djiboutian")),  # capital Djibouti: same as the name
    Country("DK", "DNK", "Denmark", names=("Kingdom of Denmark",), demonyms=("Danish", "Dane", "Danes"), capitals=("Copenhagen",)),
    Country("DM", "DMA", "Dominica", names=("Commonwealth of Dominica",), capitals=("Roseau",)),
    Country("DO", "DOM", "Dominican Republic", capitals=("Santo Domingo",)),
    Country("DZ", "DZA", "Algeria", names=("People's Democratic Republic of Algeria",), demonyms=_s("Algerian"), capitals=("Algiers",)),
    Country("EC", "ECU", "Ecuador", names=("Republic of Ecuador",), demonyms=(*_s("Ecuadorian"), *_s("Ecuadorean")), capitals=("Quito",)),
    Country("EE", "EST", "Estonia", names=("Republic of Estonia",), demonyms=_s("Estonian"), capitals=("Tallinn",)),
    Country("EG", "EGY", "Egypt", names=("Arab Republic of Egypt",), demonyms=_s("Egyptian"), capitals=("Cairo",)),
    Country("EH", "ESH", "Western Sahara", names=("Sahrawi Arab Democratic Republic", "SADR"), demonyms=(*_s("Sahrawi"), *_s("Saharawi")), capitals=("Laayoune", "El Aaiún")),
    Country("ER", "ERI", "Eritrea", names=("State of Eritrea",), demonyms=_s("Eritrean"), capitals=("Asmara",)),
    Country("ES", "ESP", "Spain", names=("Kingdom of Spain",), demonyms=("Spanish", *_s("Spaniard")), capitals=("Madrid",), seats=("Moncloa", "Moncloa Palace")),
    Country("ET", "ETH", "Ethiopia", names=("Federal Democratic Republic of Ethiopia",), demonyms=_s("Ethiopian"), capitals=("Addis Ababa",)),
    Country("FI", "FIN", "Finland", names=("Republic of Finland",), demonyms=("Finnish", *_s("Finn")), capitals=("Helsinki",)),
    Country("FJ", "FJI", "Fiji", names=("Republic of Fiji",), demonyms=_s("Fijian"), capitals=("Suva",)),
    # "Malvinas" is the Argentine name, printed in news quoting Buenos Aires. Capital Stanley: a common first name.
    Country("FK", "FLK", "Falkland Islands", names=("Falklands", "Malvinas", "Islas Malvinas", "Malvinas Islands"), demonyms=(*_s("Falkland Islander"), *_s("Falklander"))),
    Country("FM", "FSM", "Micronesia", names=("Federated States of Micronesia", "FSM"), demonyms=_s("Micronesian"), capitals=("Palikir",)),
    Country("FO", "FRO", "Faroe Islands", names=("Faroes", "Faeroe Islands", "Faeroes"), demonyms=("Faroese", "Faeroese"), capitals=("Tórshavn", "Torshavn")),
    # "Matignon" is the prime minister's office; "Élysée" the president's.
    Country("FR", "FRA", "France", names=("French Republic",), demonyms=("French", "Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"), capitals=("Paris",), seats=("Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Matignon")),
    Country("GA", "GAB", "Gabon", names=("Gabonese Republic",), demonyms=("Gabonese",), capitals=("Libreville",)),
    # "English", "Scottish", "Welsh" name nations of the UK and languages, not the UK: left out.
    Country("GB", "GBR", "United Kingdom", names=("United Kingdom of Great Britain and Northern Ireland", "UK", "U.K.", "Britain", "Great Britain"), demonyms=("British", *_s("Briton"), "Brits"), capitals=("London",), seats=("Downing Street", "Number 10", "No 10", "No. 10", "Whitehall")),
    Country("GD", "GRD", "Grenada", demonyms=_s("Grenadian"), capitals=("St. George's", "St George's", "Saint George's")),
    Country("GE", "GEO", "Georgia", demonyms=_s("Georgian"), capitals=("Tbilisi",)),
    Country("GF", "GUF", "French Guiana", names=("Guyane",), demonyms=_s("French Guianese"), capitals=("Cayenne",)),
    Country("GG", "GGY", "Guernsey", names=("Bailiwick of Guernsey",), capitals=("St Peter Port", "St. Peter Port", "Saint Peter Port")),
    Country("GH", "GHA", "Ghana", names=("Republic of Ghana",), demonyms=_s("Ghanaian"), capitals=("Accra",)),
    Country("GI", "GIB", "Gibraltar", demonyms=_s("Gibraltarian")),  # capital Gibraltar: same as the name
    Country("GL", "GRL", "Greenland", names=("Kalaallit Nunaat",), demonyms=("Greenlandic", *_s("Greenlander")), capitals=("Nuuk",)),
    Country("GM", "GMB", "Gambia", names=("The Gambia", "Republic of The Gambia"), demonyms=_s("Gambian"), capitals=("Banjul",)),
    # "Guinean" alone is in SHARED_DEMONYMS.
    Country("GN", "GIN", "Guinea", names=("Republic of Guinea", "Guinea-Conakry", "Guinea Conakry"), capitals=("Conakry",)),
    Country("GP", "GLP", "Guadeloupe", capitals=("Basse-Terre",)),
    Country("GQ", "GNQ", "Equatorial Guinea", demonyms=_s("Equatorial Guinean", "Equatoguinean"), capitals=("Malabo",)),
    Country("GR", "GRC", "Greece", names=("Hellenic Republic",), demonyms=_s("Greek"), capitals=("Athens",)),
    Country("GS", "SGS", "South Georgia and the South Sandwich Islands", names=("South Georgia", "South Sandwich Islands"), capitals=("King Edward Point",)),
    Country("GT", "GTM", "Guatemala", names=("Republic of Guatemala",), demonyms=_s("Guatemalan"), capitals=("Guatemala City",)),
    Country("GU", "GUM", "Guam", demonyms=_s("Guamanian"), capitals=("Hagåtña", "Hagatna")),
    Country("GW", "GNB", "Guinea-Bissau", names=("Guinea Bissau",), demonyms=_s("Bissau-Guinean"), capitals=("Bissau",)),
    Country("GY", "GUY", "Guyana", names=("Co-operative Republic of Guyana",), demonyms=("Guyanese",), capitals=("Georgetown",)),
    Country("HK", "HKG", "Hong Kong", names=("Hong Kong SAR", "HKSAR"), demonyms=(*_s("Hong Konger"), *_s("Hongkonger"))),
    Country("HM", "HMD", "Heard Island and McDonald Islands", names=("Heard Island", "McDonald Islands")),
    Country("HN", "HND", "Honduras", names=("Republic of Honduras",), demonyms=_s("Honduran"), capitals=("Tegucigalpa",)),
    Country("HR", "HRV", "Croatia", names=("Republic of Croatia",), demonyms=("Croatian", "Croatians", "Croat", "Croats"), capitals=("Zagreb",)),
    Country("HT", "HTI", "Haiti", names=("Republic of Haiti",), demonyms=_s("Haitian"), capitals=("Port-au-Prince",)),
    Country("HU", "HUN", "Hungary", demonyms=_s("Hungarian"), capitals=("Budapest",)),
    # Nusantara is the designated future capital; Jakarta remains the seat of government.
    Country("ID", "IDN", "Indonesia", names=("Republic of Indonesia",), demonyms=_s("Indonesian"), capitals=("Jakarta",)),
    Country("IE", "IRL", "Ireland", names=("Republic of Ireland", "Éire", "Eire"), demonyms=("Irish", "Irishman", "Irishmen", "Irishwoman", "Irishwomen"), capitals=("Dublin",)),
    # Jerusalem's status is disputed; news still uses it (not Tel Aviv) for the Israeli government.
    Country("IL", "ISR", "Israel", names=("State of Israel",), demonyms=_s("Israeli"), capitals=("Jerusalem",)),
    Country("IM", "IMN", "Isle of Man", demonyms=("Manx",)),  # capital Douglas: a common first name and surname
    # "Raisina Hill" is where the Indian government's main offices stand.
    Country("IN", "IND", "India", names=("Republic of India", "Bharat"), demonyms=_s("Indian"), capitals=("New Delhi",), seats=("Raisina Hill",)),
    # The UK agreed in 2025 to hand the islands to Mauritius, keeping the Diego Garcia base; ISO still lists IO.
    Country("IO", "IOT", "British Indian Ocean Territory", names=("BIOT", "Chagos Islands", "Chagos Archipelago", "Chagos", "Diego Garcia"), demonyms=_s("Chagossian")),
    Country("IQ", "IRQ", "Iraq", names=("Republic of Iraq",), demonyms=_s("Iraqi"), capitals=("Baghdad",)),
    Country("IR", "IRN", "Iran", names=("Islamic Republic of Iran",), demonyms=_s("Iranian"), capitals=("Tehran", "Teheran")),
    Country("IS", "ISL", "Iceland", names=("Republic of Iceland",), demonyms=("Icelandic", *_s("Icelander")), capitals=("Reykjavík", "Reykjavik")),
    Country("IT", "ITA", "Italy", names=("Italian Republic",), demonyms=_s("Italian"), capitals=("Rome",), seats=("Palazzo Chigi",)),
    Country("JE", "JEY", "Jersey", names=("Bailiwick of Jersey",), capitals=("St Helier", "St. Helier", "Saint Helier")),
    Country("JM", "JAM", "Jamaica", demonyms=_s("Jamaican"), capitals=("Kingston",)),
    Country("JO", "JOR", "Jordan", names=("Hashemite Kingdom of Jordan",), demonyms=_s("Jordanian"), capitals=("Amman",)),
    # "Kantei" is the prime minister's official residence and office.
    Country("JP", "JPN", "Japan", demonyms=("Japanese",), capitals=("Tokyo",), seats=("Kantei",)),
    Country("KE", "KEN", "Kenya", names=("Republic of Kenya",), demonyms=_s("Kenyan"), capitals=("Nairobi",)),
    Country("KG", "KGZ", "Kyrgyzstan", names=("Kyrgyz Republic",), demonyms=("Kyrgyz", *_s("Kyrgyzstani")), capitals=("Bishkek",)),
    Country("KH", "KHM", "Cambodia", names=("Kingdom of Cambodia",), demonyms=_s("Cambodian"), capitals=("Phnom Penh",)),
    Country("KI", "KIR", "Kiribati", demonyms=("I-Kiribati",), capitals=("Tarawa", "South Tarawa")),
    Country("KM", "COM", "Comoros", names=("Union of the Comoros", "Comoro Islands"), demonyms=_s("Comorian"), capitals=("Moroni",)),
    Country("KN", "KNA", "Saint Kitts and Nevis", names=("St Kitts and Nevis", "St. Kitts and Nevis", "Saint Christopher and Nevis", "St Kitts", "St. Kitts"), demonyms=(*_s("Kittitian"), *_s("Nevisian")), capitals=("Basseterre",)),
    Country("KP", "PRK", "North Korea", names=("Democratic People's Republic of Korea", "DPRK", "D.P.R.K.", "N. Korea"), demonyms=_s("North Korean"), capitals=("Pyongyang",)),
    # The presidential office moved from the Blue House to Yongsan in 2022 and back to the Blue House
    # (Cheong Wa Dae) at the end of 2025; news uses all three.
    Country("KR", "KOR", "South Korea", names=("Republic of Korea", "ROK", "R.O.K.", "S. Korea"), demonyms=_s("South Korean"), capitals=("Seoul",), seats=("Blue House", "Cheong Wa Dae", "Yongsan")),
    Country("KW", "KWT", "Kuwait", names=("State of Kuwait",), demonyms=_s("Kuwaiti"), capitals=("Kuwait City",)),
    # Capital George Town (with a space): Georgetown is Guyana's.
    Country("KY", "CYM", "Cayman Islands", names=("Caymans",), demonyms=_s("Caymanian"), capitals=("George Town",)),
    # Astana was called Nur-Sultan from 2019 to 2022.
    Country("KZ", "KAZ", "Kazakhstan", names=("Republic of Kazakhstan",), demonyms=(*_s("Kazakh"), *_s("Kazakhstani")), capitals=("Astana", "Nur-Sultan")),
    Country("LA", "LAO", "Laos", names=("Lao PDR", "Lao People's Democratic Republic"), demonyms=("Lao", *_s("Laotian")), capitals=("Vientiane",)),
    Country("LB", "LBN", "Lebanon", names=("Lebanese Republic",), demonyms=("Lebanese",), capitals=("Beirut",)),
    Country("LC", "LCA", "Saint Lucia", names=("St Lucia", "St. Lucia"), demonyms=_s("Saint Lucian", "St Lucian"), capitals=("Castries",)),
    Country("LI", "LIE", "Liechtenstein", names=("Principality of Liechtenstein",), demonyms=_s("Liechtensteiner"), capitals=("Vaduz",)),
    Country("LK", "LKA", "Sri Lanka", demonyms=_s("Sri Lankan"), capitals=("Colombo", "Sri Jayawardenepura Kotte", "Kotte")),
    Country("LR", "LBR", "Liberia", names=("Republic of Liberia",), demonyms=_s("Liberian"), capitals=("Monrovia",)),
    Country("LS", "LSO", "Lesotho", names=("Kingdom of Lesotho",), demonyms=("Basotho", "Mosotho"), capitals=("Maseru",)),
    Country("LT", "LTU", "Lithuania", names=("Republic of Lithuania",), demonyms=_s("Lithuanian"), capitals=("Vilnius",)),
    Country("LU", "LUX", "Luxembourg", names=("Grand Duchy of Luxembourg",), demonyms=("Luxembourgish", *_s("Luxembourger"))),  # capital: same as the name
    Country("LV", "LVA", "Latvia", names=("Republic of Latvia",), demonyms=_s("Latvian"), capitals=("Riga",)),
    # Tripoli is also Lebanon's second city; news context tells them apart.
    Country("LY", "LBY", "Libya", names=("State of Libya",), demonyms=_s("Libyan"), capitals=("Tripoli",)),
    Country("MA", "MAR", "Morocco", names=("Kingdom of Morocco",), demonyms=_s("Moroccan"), capitals=("Rabat",)),
    Country("MC", "MCO", "Monaco", names=("Principality of Monaco",), demonyms=("Monegasque", "Monegasques", "Monégasque", "Monégasques")),  # capital: same as the name
    Country("MD", "MDA", "Moldova", names=("Republic of Moldova",), demonyms=_s("Moldovan"), capitals=("Chișinău", "Chisinau")),
    Country("ME", "MNE", "Montenegro", demonyms=_s("Montenegrin"), capitals=("Podgorica",)),
    Country("MF", "MAF", "Saint Martin", names=("St Martin", "St. Martin", "Saint-Martin", "Collectivity of Saint Martin"), capitals=("Marigot",)),
    Country("MG", "MDG", "Madagascar", names=("Republic of Madagascar",), demonyms=("Malagasy",), capitals=("Antananarivo",)),
    Country("MH", "MHL", "Marshall Islands", names=("Republic of the Marshall Islands", "RMI"), demonyms=("Marshallese",), capitals=("Majuro",)),
    Country("MK", "MKD", "North Macedonia", names=("Republic of North Macedonia", "Macedonia", "FYROM"), demonyms=(*_s("Macedonian"), *_s("North Macedonian")), capitals=("Skopje",)),
    Country("ML", "MLI", "Mali", names=("Republic of Mali",), demonyms=_s("Malian"), capitals=("Bamako",)),
    Country("MM", "MMR", "Myanmar", names=("Burma",), demonyms=("Burmese",), capitals=("Naypyitaw", "Naypyidaw", "Nay Pyi Taw")),
    Country("MN", "MNG", "Mongolia", demonyms=_s("Mongolian"), capitals=("Ulaanbaatar", "Ulan Bator")),
    Country("MO", "MAC", "Macau", names=("Macao", "Macau SAR", "Macao SAR"), demonyms=("Macanese",)),
    Country("MP", "MNP", "Northern Mariana Islands", names=("Northern Marianas", "CNMI"), capitals=("Saipan",)),
    Country("MQ", "MTQ", "Martinique", demonyms=_s("Martinican"), capitals=("Fort-de-France",)),
    Country("MR", "MRT", "Mauritania", names=("Islamic Republic of Mauritania",), demonyms=_s("Mauritanian"), capitals=("Nouakchott",)),
    # Capital Brades is the de facto seat since the 1997 eruption; Plymouth is better known as the English city.
    Country("MS", "MSR", "Montserrat", demonyms=_s("Montserratian"), capitals=("Brades",)),
    Country("MT", "MLT", "Malta", names=("Republic of Malta",), demonyms=("Maltese",), capitals=("Valletta",)),
    Country("MU", "MUS", "Mauritius", names=("Republic of Mauritius",), demonyms=_s("Mauritian"), capitals=("Port Louis",)),
    # Capital Malé only with its accent: "Male" is an English word.
    Country("MV", "MDV", "Maldives", names=("Republic of Maldives",), demonyms=_s("Maldivian"), capitals=("Malé",)),
    Country("MW", "MWI", "Malawi", names=("Republic of Malawi",), demonyms=_s("Malawian"), capitals=("Lilongwe",)),
    Country("MX", "MEX", "Mexico", names=("United Mexican States",), demonyms=_s("Mexican"), capitals=("Mexico City",)),
    # Kuala Lumpur is the capital, Putrajaya the seat of government.
    Country("MY", "MYS", "Malaysia", demonyms=_s("Malaysian"), capitals=("Kuala Lumpur", "Putrajaya")),
    Country("MZ", "MOZ", "Mozambique", names=("Republic of Mozambique",), demonyms=_s("Mozambican"), capitals=("Maputo",)),
    Country("NA", "NAM", "Namibia", names=("Republic of Namibia",), demonyms=_s("Namibian"), capitals=("Windhoek",)),
    Country("NC", "NCL", "New Caledonia", names=("Kanaky",), demonyms=_s("New Caledonian"), capitals=("Nouméa", "Noumea")),
    Country("NE", "NER", "Niger", names=("Republic of Niger",), demonyms=_s("Nigerien"), capitals=("Niamey",)),
    Country("NF", "NFK", "Norfolk Island"),  # capital Kingston: Jamaica's
    # "Aso Rock" (the presidential villa) stands for the Nigerian presidency.
    Country("NG", "NGA", "Nigeria", names=("Federal Republic of Nigeria",), demonyms=_s("Nigerian"), capitals=("Abuja",), seats=("Aso Rock", "Aso Villa")),
    Country("NI", "NIC", "Nicaragua", names=("Republic of Nicaragua",), demonyms=_s("Nicaraguan"), capitals=("Managua",)),
    # Amsterdam is the constitutional capital, The Hague the seat of government.
    Country("NL", "NLD", "Netherlands", names=("Kingdom of the Netherlands", "Holland"), demonyms=("Dutch", "Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen"), capitals=("Amsterdam", "The Hague")),
    Country("NO", "NOR", "Norway", names=("Kingdom of Norway",), demonyms=_s("Norwegian"), capitals=("Oslo",)),
    Country("NP", "NPL", "Nepal", names=("Federal Democratic Republic of Nepal",), demonyms=("Nepali", "Nepalis", "Nepalese"), capitals=("Kathmandu",)),
    Country("NR", "NRU", "Nauru", names=("Republic of Nauru",), demonyms=_s("Nauruan"), capitals=("Yaren",)),
    Country("NU", "NIU", "Niue", demonyms=_s("Niuean"), capitals=("Alofi",)),
    Country("NZ", "NZL", "New Zealand", names=("NZ", "N.Z.", "Aotearoa"), demonyms=_s("New Zealander"), capitals=("Wellington",)),
    Country("OM", "OMN", "Oman", names=("Sultanate of Oman",), demonyms=_s("Omani"), capitals=("Muscat",)),
    Country("PA", "PAN", "Panama", names=("Republic of Panama",), demonyms=_s("Panamanian"), capitals=("Panama City",)),
    Country("PE", "PER", "Peru", names=("Republic of Peru",), demonyms=_s("Peruvian"), capitals=("Lima",)),
    Country("PF", "PYF", "French Polynesia", demonyms=_s("French Polynesian"), capitals=("Papeete",)),
    Country("PG", "PNG", "Papua New Guinea", names=("PNG",), demonyms=_s("Papua New Guinean"), capitals=("Port Moresby",)),
    # "Malacañang" (the presidential palace) stands for the Philippine presidency.
    Country("PH", "PHL", "Philippines", names=("Republic of the Philippines",), demonyms=("Philippine", *_s("Filipino"), *_s("Filipina")), capitals=("Manila",), seats=("Malacañang", "Malacanang", "Malacañang Palace", "Malacanang Palace")),
    Country("PK", "PAK", "Pakistan", names=("Islamic Republic of Pakistan",), demonyms=_s("Pakistani"), capitals=("Islamabad",)),
    Country("PL", "POL", "Poland", names=("Republic of Poland",), demonyms=("Polish", *_s("Pole")), capitals=("Warsaw",)),
    Country("PM", "SPM", "Saint Pierre and Miquelon", names=("St Pierre and Miquelon", "St. Pierre and Miquelon", "Saint-Pierre-et-Miquelon"), capitals=("Saint-Pierre",)),
    Country("PN", "PCN", "Pitcairn Islands", names=("Pitcairn",), demonyms=_s("Pitcairn Islander"), capitals=("Adamstown",)),
    Country("PR", "PRI", "Puerto Rico", demonyms=_s("Puerto Rican"), capitals=("San Juan",)),
    # Ramallah is the seat of the Palestinian Authority; East Jerusalem is the claimed capital.
    Country("PS", "PSE", "Palestine", names=("State of Palestine", "Palestinian territories", "Palestinian Territories", "occupied Palestinian territories"), demonyms=_s("Palestinian"), capitals=("Ramallah", "East Jerusalem")),
    Country("PT", "PRT", "Portugal", names=("Portuguese Republic",), demonyms=("Portuguese",), capitals=("Lisbon",)),
    Country("PW", "PLW", "Palau", names=("Republic of Palau",), demonyms=_s("Palauan"), capitals=("Ngerulmud",)),
    Country("PY", "PRY", "Paraguay", names=("Republic of Paraguay",), demonyms=_s("Paraguayan"), capitals=("Asunción", "Asuncion")),
    Country("QA", "QAT", "Qatar", names=("State of Qatar",), demonyms=_s("Qatari"), capitals=("Doha",)),
    # Capital Saint-Denis: also a Paris suburb, better known in news.
    Country("RE", "REU", "Réunion", names=("Reunion", "La Réunion", "La Reunion"), demonyms=("Réunionese", "Reunionese")),
    Country("RO", "ROU", "Romania", demonyms=_s("Romanian"), capitals=("Bucharest",)),
    Country("RS", "SRB", "Serbia", names=("Republic of Serbia",), demonyms=("Serbian", "Serbians", "Serb", "Serbs"), capitals=("Belgrade",)),
    Country("RU", "RUS", "Russia", names=("Russian Federation",), demonyms=_s("Russian"), capitals=("Moscow",), seats=("Kremlin",)),
    Country("RW", "RWA", "Rwanda", names=("Republic of Rwanda",), demonyms=_s("Rwandan"), capitals=("Kigali",)),
    Country("SA", "SAU", "Saudi Arabia", names=("Kingdom of Saudi Arabia", "KSA"), demonyms=_s("Saudi"), capitals=("Riyadh",)),
    Country("SB", "SLB", "Solomon Islands", names=("Solomons",), demonyms=_s("Solomon Islander"), capitals=("Honiara",)),
    Country("SC", "SYC", "Seychelles", names=("Republic of Seychelles",), demonyms=("Seychellois",)),  # capital Victoria: also an Australian state, a Canadian city, a first name
    # Khartoum is the capital; the army-backed government has sat in Port Sudan since the 2023 war.
    Country("SD", "SDN", "Sudan", names=("Republic of the Sudan",), demonyms=("Sudanese",), capitals=("Khartoum", "Port Sudan")),
    Country("SE", "SWE", "Sweden", names=("Kingdom of Sweden",), demonyms=("Swedish", *_s("Swede")), capitals=("Stockholm",)),
    Country("SG", "SGP", "Singapore", names=("Republic of Singapore",), demonyms=_s("Singaporean")),  # capital: same as the name
    Country("SH", "SHN", "Saint Helena", names=("Saint Helena, Ascension and Tristan da Cunha", "St Helena", "St. Helena", "Ascension Island", "Tristan da Cunha"), demonyms=_s("Saint Helenian")),  # capital Jamestown: better known in Virginia
    Country("SI", "SVN", "Slovenia", names=("Republic of Slovenia",), demonyms=(*_s("Slovenian"), *_s("Slovene")), capitals=("Ljubljana",)),
    Country("SJ", "SJM", "Svalbard and Jan Mayen", names=("Svalbard", "Jan Mayen"), capitals=("Longyearbyen",)),
    Country("SK", "SVK", "Slovakia", names=("Slovak Republic",), demonyms=(*_s("Slovak"), *_s("Slovakian")), capitals=("Bratislava",)),
    Country("SL", "SLE", "Sierra Leone", demonyms=_s("Sierra Leonean"), capitals=("Freetown",)),
    Country("SM", "SMR", "San Marino", demonyms=("Sammarinese",)),  # capital: same as the name
    Country("SN", "SEN", "Senegal", names=("Republic of Senegal",), demonyms=("Senegalese",), capitals=("Dakar",)),
    Country("SO", "SOM", "Somalia", names=("Federal Republic of Somalia",), demonyms=(*_s("Somali"), *_s("Somalian")), capitals=("Mogadishu",)),
    Country("SR", "SUR", "Suriname", names=("Surinam", "Republic of Suriname"), demonyms=(*_s("Surinamer"), "Surinamese"), capitals=("Paramaribo",)),
    Country("SS", "SSD", "South Sudan", names=("Republic of South Sudan",), demonyms=("South Sudanese",), capitals=("Juba",)),
    Country("ST", "STP", "São Tomé and Príncipe", names=("Sao Tome and Principe", "São Tomé e Príncipe"), demonyms=_s("Santomean"), capitals=("São Tomé", "Sao Tome")),
    Country("SV", "SLV", "El Salvador", names=("Republic of El Salvador",), demonyms=(*_s("Salvadoran"), *_s("Salvadorean")), capitals=("San Salvador",)),
    Country("SX", "SXM", "Sint Maarten", capitals=("Philipsburg",)),
    Country("SY", "SYR", "Syria", names=("Syrian Arab Republic",), demonyms=_s("Syrian"), capitals=("Damascus",)),
    # Mbabane is the administrative capital, Lobamba the royal and legislative one.
    Country("SZ", "SWZ", "Eswatini", names=("Swaziland", "Kingdom of Eswatini"), demonyms=_s("Swazi"), capitals=("Mbabane", "Lobamba")),
    Country("TC", "TCA", "Turks and Caicos Islands", names=("Turks and Caicos", "TCI"), capitals=("Cockburn Town",)),
    Country("TD", "TCD", "Chad", names=("Republic of Chad",), demonyms=_s("Chadian"), capitals=("N'Djamena", "Ndjamena")),
    Country("TF", "ATF", "French Southern and Antarctic Lands", names=("French Southern Territories", "TAAF"), capitals=("Port-aux-Français",)),
    Country("TG", "TGO", "Togo", names=("Togolese Republic",), demonyms=("Togolese",), capitals=("Lomé", "Lome")),
    Country("TH", "THA", "Thailand", names=("Kingdom of Thailand",), demonyms=_s("Thai"), capitals=("Bangkok",)),
    Country("TJ", "TJK", "Tajikistan", names=("Republic of Tajikistan",), demonyms=(*_s("Tajik"), *_s("Tajikistani")), capitals=("Dushanbe",)),
    Country("TK", "TKL", "Tokelau", demonyms=_s("Tokelauan")),  # no capital: the seat rotates between atolls
    Country("TL", "TLS", "East Timor", names=("Timor-Leste", "Timor Leste"), demonyms=("Timorese", "East Timorese"), capitals=("Dili",)),
    Country("TM", "TKM", "Turkmenistan", demonyms=("Turkmen", "Turkmens"), capitals=("Ashgabat", "Ashkhabad")),
    Country("TN", "TUN", "Tunisia", names=("Tunisian Republic",), demonyms=_s("Tunisian"), capitals=("Tunis",)),
    Country("TO", "TON", "Tonga", names=("Kingdom of Tonga",), demonyms=_s("Tongan"), capitals=("Nuku'alofa", "Nukualofa")),
    # The official name has been "Türkiye" since 2022; most English news still prints "Turkey".
    # No seat: the presidential complex (Beştepe) is not an established metonym in English news.
    Country("TR", "TUR", "Turkey", names=("Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"), demonyms=("Turkish", *_s("Turk")), capitals=("Ankara",)),
    Country("TT", "TTO", "Trinidad and Tobago", names=("Trinidad",), demonyms=(*_s("Trinidadian"), *_s("Tobagonian"), *_s("Trinbagonian")), capitals=("Port of Spain", "Port-of-Spain")),
    Country("TV", "TUV", "Tuvalu", demonyms=_s("Tuvaluan"), capitals=("Funafuti",)),
    Country("TW", "TWN", "Taiwan", names=("Republic of China", "ROC", "R.O.C.", "Chinese Taipei"), demonyms=("Taiwanese",), capitals=("Taipei",)),
    # Dodoma is the official capital; Dar es Salaam still hosts much of the government.
    Country("TZ", "TZA", "Tanzania", names=("United Republic of Tanzania",), demonyms=_s("Tanzanian"), capitals=("Dodoma", "Dar es Salaam")),
    # "Kiev" is the Russian-derived spelling most English news dropped in 2019-2022; older and quoted text still has it.
    # "Bankova" (the street of the presidential office) stands for the Ukrainian presidency.
    Country("UA", "UKR", "Ukraine", demonyms=_s("Ukrainian"), capitals=("Kyiv", "Kiev"), seats=("Bankova",)),
    Country("UG", "UGA", "Uganda", names=("Republic of Uganda",), demonyms=_s("Ugandan"), capitals=("Kampala",)),
    Country("UM", "UMI", "United States Minor Outlying Islands", names=("U.S. Minor Outlying Islands", "US Minor Outlying Islands", "Wake Island", "Midway Atoll", "Midway Islands", "Johnston Atoll", "Baker Island", "Howland Island", "Jarvis Island", "Kingman Reef", "Palmyra Atoll", "Navassa Island")),
    # "Pentagon" (defence) and "Capitol Hill" (Congress) are institutions of their own: not seats.
    Country("US", "USA", "United States", names=("United States of America", "U.S.", "US", "USA", "U.S.A.", "America"), demonyms=_s("American"), capitals=("Washington",), seats=("White House",)),
    Country("UY", "URY", "Uruguay", names=("Oriental Republic of Uruguay",), demonyms=_s("Uruguayan"), capitals=("Montevideo",)),
    Country("UZ", "UZB", "Uzbekistan", names=("Republic of Uzbekistan",), demonyms=(*_s("Uzbek"), *_s("Uzbekistani")), capitals=("Tashkent",)),
    # The city-state is its own capital; "Holy See" is the sovereign entity news also names.
    Country("VA", "VAT", "Vatican", names=("Vatican City", "Vatican City State", "Holy See")),
    Country("VC", "VCT", "Saint Vincent and the Grenadines", names=("St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent", "St Vincent", "St. Vincent"), demonyms=_s("Vincentian"), capitals=("Kingstown",)),
    Country("VE", "VEN", "Venezuela", names=("Bolivarian Republic of Venezuela",), demonyms=_s("Venezuelan"), capitals=("Caracas",), seats=("Miraflores", "Miraflores Palace")),
    Country("VG", "VGB", "British Virgin Islands", names=("BVI", "B.V.I."), capitals=("Road Town",)),
    Country("VI", "VIR", "U.S. Virgin Islands", names=("US Virgin Islands", "United States Virgin Islands", "USVI"), capitals=("Charlotte Amalie",)),
    Country("VN", "VNM", "Vietnam", names=("Viet Nam", "Socialist Republic of Vietnam"), demonyms=("Vietnamese",), capitals=("Hanoi",)),
    Country("VU", "VUT", "Vanuatu", names=("Republic of Vanuatu",), demonyms=("Ni-Vanuatu",), capitals=("Port Vila",)),
    Country("WF", "WLF", "Wallis and Futuna", names=("Wallis and Futuna Islands",), capitals=("Mata-Utu", "Mata Utu")),
    Country("WS", "WSM", "Samoa", names=("Independent State of Samoa", "Western Samoa"), capitals=("Apia",)),
    # "XK" is a user-assigned code (not in ISO 3166-1), used by the EU, the IMF and most data providers
    # for Kosovo; "XKX" is the matching alpha-3 they use.
    Country("XK", "XKX", "Kosovo", names=("Republic of Kosovo",), demonyms=(*_s("Kosovar"), *_s("Kosovan")), capitals=("Pristina", "Prishtina", "Priština")),
    # Houthi-held Sanaa is the constitutional capital; the recognised government sits in Aden.
    Country("YE", "YEM", "Yemen", names=("Republic of Yemen",), demonyms=_s("Yemeni"), capitals=("Sanaa", "Sana'a", "Aden")),
    Country("YT", "MYT", "Mayotte", demonyms=_s("Mahoran"), capitals=("Mamoudzou",)),
    # Pretoria (executive), Cape Town (legislative), Bloemfontein (judicial); the Union Buildings are the presidency.
    Country("ZA", "ZAF", "South Africa", names=("Republic of South Africa",), demonyms=_s("South African"), capitals=("Pretoria", "Cape Town", "Bloemfontein"), seats=("Union Buildings",)),
    Country("ZM", "ZMB", "Zambia", names=("Republic of Zambia",), demonyms=_s("Zambian"), capitals=("Lusaka",)),
    Country("ZW", "ZWE", "Zimbabwe", names=("Republic of Zimbabwe",), demonyms=_s("Zimbabwean"), capitals=("Harare",)),
)
# fmt: on

AMBIGUOUS_NAMES: dict[str, tuple[str, ...]] = {
    # Congo: English news means the larger, more reported DR Congo unless it says otherwise.
    "Congo": ("CD", "CG"),
    # Korea: South Korea unless the text is about the North.
    "Korea": ("KR", "KP"),
    # Virgin Islands: the US territory is the one ISO and news call plainly so.
    "Virgin Islands": ("VI", "VG"),
}

SHARED_DEMONYMS: dict[str, tuple[str, ...]] = {
    # Congolese: DR Congo, as for the bare name.
    **dict.fromkeys(("Congolese",), ("CD", "CG")),
    # Korean: South Korea, as for the bare name.
    **dict.fromkeys(("Korean", "Koreans"), ("KR", "KP")),
    # Dominican: the Dominican Republic, far more reported than Dominica.
    **dict.fromkeys(("Dominican", "Dominicans"), ("DO", "DM")),
    # Guinean: Guinea; Guinea-Bissau's people are also called so (they have "Bissau-Guinean" of their own).
    **dict.fromkeys(("Guinean", "Guineans"), ("GN", "GW")),
    # Samoan: the independent state; American Samoans have "American Samoan" of their own.
    **dict.fromkeys(("Samoan", "Samoans"), ("WS", "AS")),
    # Virgin Islander: the US territory, as for the bare name.
    **dict.fromkeys(("Virgin Islander", "Virgin Islanders"), ("VI", "VG")),
}
