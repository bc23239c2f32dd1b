"""Consistency checks of the people table in ``geopol_news.data.people``."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from geopol_news.data import calendar, countries
from geopol_news.data import people as ppl

BY_NAME = {p.name: p for p in ppl.PEOPLE}
COUNTRY_CODES = {c.code for c in countries.COUNTRIES}

# Letters that do not decompose under NFKD, spelt as English-language news spells them.
_FOLD = str.maketrans(
    {"Đ": "Dj", "đ": "dj", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "\u0131": "i"}  # dotless i
)


def _fold(text: str) -> str:
    """The unaccented twin news prints: "Đinđić" -> "Djindjic", "Erdoğan" -> "Erdogan"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _sort_key(name: str) -> str:
    return _fold(name).casefold()


def _forms(person: ppl.Person) -> tuple[str, ...]:
    """Every full form of *person*: the display name first."""
    return (person.name, *person.names)


def _surname_forms(person: ppl.Person) -> tuple[str, ...]:
    return (person.surname, *person.surnames)


def _country_strings() -> set[str]:
    strings = set(countries.AMBIGUOUS_NAMES) | set(countries.SHARED_DEMONYMS)
    for c in countries.COUNTRIES:
        strings.update((c.name, *c.names, *c.demonyms, *c.capitals, *c.seats))
    return strings


def _contains_words(form: str, part: str) -> bool:
    """True when *part* is a run of whole space-separated words of *form*."""
    words, sub = form.split(), part.split()
    return any(words[i : i + len(sub)] == sub for i in range(len(words) - len(sub) + 1))


def test_table_size() -> None:
    assert len(ppl.PEOPLE) >= 400
    assert len(ppl.GIVEN_NAMES) >= 2500


def test_sorted_by_name_ignoring_accents_and_case() -> None:
    names = [p.name for p in ppl.PEOPLE]
    assert names == sorted(names, key=_sort_key)


def test_full_forms_name_one_person_only() -> None:
    owners = Counter(form for p in ppl.PEOPLE for form in set(_forms(p)))
    assert [form for form, n in owners.items() if n > 1] == []


def test_no_repeats_within_an_entry() -> None:
    for p in ppl.PEOPLE:
        assert len(set(_forms(p))) == len(_forms(p)), p.name
        assert len(set(_surname_forms(p))) == len(_surname_forms(p)), p.name


def test_strings_are_trimmed_and_non_empty() -> None:
    for p in ppl.PEOPLE:
        for form in (*_forms(p), *_surname_forms(p)):
            assert form, p.name
            assert form == " ".join(form.split()), (p.name, form)
            assert '"' not in form, (p.name, form)


def test_country_codes_exist() -> None:
    assert [p.name for p in ppl.PEOPLE if p.country not in COUNTRY_CODES] == []


def test_genders_are_valid() -> None:
    assert {p.gender for p in ppl.PEOPLE} == {"female", "male"}


def test_surname_forms_appear_in_a_full_form() -> None:
    for p in ppl.PEOPLE:
        for surname in _surname_forms(p):
            assert any(_contains_words(form, surname) for form in _forms(p)), (p.name, surname)


def test_names_are_never_bare_surnames() -> None:
    surnames = {s for p in ppl.PEOPLE for s in _surname_forms(p)}
    assert [(p.name, n) for p in ppl.PEOPLE for n in p.names if n in surnames] == []
    # A display name may equal only its own surname (mononyms, Burmese names).
    for p in ppl.PEOPLE:
        others = {s for q in ppl.PEOPLE if q is not p for s in _surname_forms(q)}
        assert p.name not in others, p.name


def test_accented_forms_have_unaccented_twins() -> None:
    for p in ppl.PEOPLE:
        forms, surnames = set(_forms(p)), set(_surname_forms(p))
        for form in forms:
            assert _fold(form) in forms, (p.name, form)
        for surname in surnames:
            assert _fold(surname) in surnames, (p.name, surname)


TITLES = (
    "President", "King", "Queen", "Prince", "Emir", "Sheikh", "Ayatollah", "Sir", "Lord", "Pope",
    "General", "Dr",
)  # fmt: skip


def test_titles_are_not_stored() -> None:
    # "Sheikh Hasina" is her name as printed, not a title.
    allowed = {"Sheikh Hasina", "Sheikh Hasina Wazed"}
    for p in ppl.PEOPLE:
        for form in _forms(p):
            if form not in allowed:
                assert form.split()[0].rstrip(".") not in TITLES, (p.name, form)


def test_particles_are_lower_case_words() -> None:
    for particle in ppl.SURNAME_PARTICLES | ppl.HYPHEN_PARTICLES:
        assert re.fullmatch("[a-z]+", particle), particle


def test_given_names_are_single_capitalised_words() -> None:
    for name in ppl.GIVEN_NAMES:
        assert name[0].isupper(), name
        assert not any(ch.isspace() for ch in name), name


def test_given_names_are_not_calendar_words() -> None:
    calendar_words = {w for group in (*calendar.MONTHS, *calendar.WEEKDAYS) for w in group}
    assert sorted(ppl.GIVEN_NAMES & calendar_words) == []


def test_given_names_are_not_country_strings() -> None:
    assert sorted(ppl.GIVEN_NAMES & _country_strings()) == []


# Everyday words, titles and places the module's notes say are left out.
EXCLUDED = (
    "Will", "Bill", "Said", "Even", "Per", "Can", "Grace", "Hope", "Faith", "Joy", "Rose",
    "Dawn", "Guy", "Art", "Drew", "Grant", "Chuck", "Rob", "Rich", "Hunter", "Chase",
    "Penny", "Sterling", "Justice", "Patience", "Blessing", "Gift", "Innocent", "Christian",
    "Roman", "Marine", "German", "Jihad", "Islam", "Jesus", "Amal", "Ram",
    "May", "June", "April", "August", "Jan",
    "Major", "Earl", "Duke", "Prince", "Sultan", "Sheikh", "Emir", "Imam", "Shah", "Khawaja", "Sri",
    "Georgia", "Jordan", "Israel", "Chad", "India", "China", "Victoria", "Sydney", "Paris",
    "Florence", "Milan", "Charlotte", "Sofia", "Santiago", "Wellington", "Asunción", "Lourdes",
    "Medina", "Virginia", "Carolina", "Austin", "Orlando", "Mercedes", "Salvador", "Ararat",
    "Beverly", "Bandar", "Badr",
)  # fmt: skip


def test_excluded_words_are_not_given_names() -> None:
    assert sorted(ppl.GIVEN_NAMES & set(EXCLUDED)) == []


KEPT_GIVEN_NAMES = (
    # Judgement calls: common words, or also East Asian family names, kept on purpose.
    "Mark", "Frank", "Kim", "Lee",
    "Sergei", "Sergey", "Tatiana", "Tatyana", "Konstantin", "Ruslan", "Yevgeny", "Dmitry", "Maria",
    "Mohammed", "Muhammad", "Ahmed", "Ali", "Abdel", "Abdul", "Hassan", "Hiroshi", "Yuki",
)  # fmt: skip


def test_given_names_keep_the_judgement_calls() -> None:
    assert sorted(set(KEPT_GIVEN_NAMES) - ppl.GIVEN_NAMES) == []
    # Chinese given names in pinyin are left out.
    assert not {"Jinping", "Qiang", "Keqiang"} & ppl.GIVEN_NAMES


GENDER_TABLES = {
    "FEMALE_GIVEN_NAMES": ppl.FEMALE_GIVEN_NAMES,
    "MALE_GIVEN_NAMES": ppl.MALE_GIVEN_NAMES,
}
PRIORS = ppl.FEMALE_GIVEN_NAMES | ppl.MALE_GIVEN_NAMES


def test_gender_tables_size() -> None:
    assert len(ppl.FEMALE_GIVEN_NAMES) >= 600
    assert len(ppl.MALE_GIVEN_NAMES) >= 1500


def test_gender_tables_are_disjoint() -> None:
    assert sorted(ppl.FEMALE_GIVEN_NAMES & ppl.MALE_GIVEN_NAMES) == []


@pytest.mark.parametrize("table", GENDER_TABLES)
def test_gender_tables_hold_given_names_only(table: str) -> None:
    assert sorted(GENDER_TABLES[table] - ppl.GIVEN_NAMES) == []


@pytest.mark.parametrize("table", GENDER_TABLES)
def test_gender_tables_hold_no_calendar_or_country_string(table: str) -> None:
    calendar_words = {w for group in (*calendar.MONTHS, *calendar.WEEKDAYS) for w in group}
    assert sorted(GENDER_TABLES[table] & calendar_words) == []
    assert sorted(GENDER_TABLES[table] & _country_strings()) == []
    assert sorted(GENDER_TABLES[table] & set(EXCLUDED)) == []


# "Gael" is a Gaelic speaker, "Sofia" a capital; news prints "Baerbel".
UNTWINNED_GIVEN_NAMES = ("Gaël", "Sofía", "Bärbel")


def test_accented_given_names_have_unaccented_twins() -> None:
    missing = {name for name in ppl.GIVEN_NAMES if _fold(name) not in ppl.GIVEN_NAMES}
    assert sorted(missing - set(UNTWINNED_GIVEN_NAMES)) == []


def test_unaccented_twins_never_get_the_opposite_prior() -> None:
    # One of the pair may have no prior: "Michèle" is female, Italian "Michele" male.
    female, male = ppl.FEMALE_GIVEN_NAMES, ppl.MALE_GIVEN_NAMES
    pairs = [(name, _fold(name)) for name in ppl.GIVEN_NAMES if _fold(name) != name]
    assert [p for p in pairs if {*p} & female and {*p} & male] == []


FEMALE_SPOT_CHECKS = (
    "Maria", "María", "Katy", "Lauren", "Wendy", "Megan", "Angela", "Ursula", "Kristalina", "Yulia",
    "Tatiana", "Agnieszka", "Ségolène", "Segolene", "Giorgia", "Fatima", "Zeynep", "Shirin",
    "Tzipi", "Priyanka", "Yoko", "Ngozi", "Samia", "Siobhán", "Siobhan",
)  # fmt: skip
MALE_SPOT_CHECKS = (
    "Vladimir", "Volodymyr", "Trevor", "Doug", "Ken", "Mark", "Emmanuel", "Olaf", "Sergei",
    "Mohammed", "Recep", "Benjamin", "Narendra", "Shinzo", "Cyril", "Kwame", "Abiy", "Łukasz",
    "Lukasz", "Jean-Pierre", "Frank-Walter", "Kassym-Jomart",
)  # fmt: skip
# Names given to both genders, or whose gender turns on the language.
NO_PRIOR_SPOT_CHECKS = (
    "Alex", "Ashley", "Jamie", "Kim", "Lee", "Robin", "Sam", "Jean", "Andrea", "Michele", "Simone",
    "Nicola", "Nikola", "Nikita", "Michal", "Dominique", "Camille", "Yuki", "Kiran", "Nana",
)  # fmt: skip


def test_gender_spot_checks() -> None:
    assert sorted(set(FEMALE_SPOT_CHECKS) - ppl.FEMALE_GIVEN_NAMES) == []
    assert sorted(set(MALE_SPOT_CHECKS) - ppl.MALE_GIVEN_NAMES) == []


def test_names_of_either_gender_have_no_prior() -> None:
    assert sorted(set(NO_PRIOR_SPOT_CHECKS) - ppl.GIVEN_NAMES) == []
    assert sorted(set(NO_PRIOR_SPOT_CHECKS) & PRIORS) == []
    # Unisex names that are not given names at all ("Jordan" is a country) stay out too.
    assert not {"Jordan", "Taylor", "Morgan", "Sasha"} & PRIORS


def test_gender_priors_agree_with_the_people_table() -> None:
    # A listed figure whose given name has a prior has that gender.
    wrong = []
    for p in ppl.PEOPLE:
        given = p.name.split()[0]
        if given in PRIORS:
            prior = "female" if given in ppl.FEMALE_GIVEN_NAMES else "male"
            if prior != p.gender:
                wrong.append((p.name, given, prior))
    assert wrong == []


SPACED_PARTICLES = (
    "al", "el", "bin", "ibn", "abu", "bint", "ould", "von", "van", "der", "den", "de", "del",
    "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten", "zu",
)  # fmt: skip
HYPHENED_PARTICLES = ("al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ben", "abd")


def test_particles_spot_checks() -> None:
    assert sorted(set(SPACED_PARTICLES) - ppl.SURNAME_PARTICLES) == []
    assert sorted(set(HYPHENED_PARTICLES) - ppl.HYPHEN_PARTICLES) == []


@pytest.mark.parametrize(
    ("name", "country", "gender", "surname"),
    [
        ("Vladimir Putin", "RU", "male", "Putin"),
        ("Maria Zakharova", "RU", "female", "Zakharova"),
        ("Juan Guaidó", "VE", "male", "Guaidó"),
        ("Bashar al-Assad", "SY", "male", "Assad"),
        ("Xi Jinping", "CN", "male", "Xi"),
        ("Kim Jong Un", "KP", "male", "Kim"),
        ("Kim Yo Jong", "KP", "female", "Kim"),
        ("Shinzo Abe", "JP", "male", "Abe"),
        ("Luiz Inácio Lula da Silva", "BR", "male", "Lula"),
        ("Andrés Manuel López Obrador", "MX", "male", "López Obrador"),
        ("Tedros Adhanom Ghebreyesus", "ET", "male", "Tedros"),
        ("Ursula von der Leyen", "DE", "female", "von der Leyen"),
        ("Mohammed bin Salman", "SA", "male", "bin Salman"),
        ("Recep Tayyip Erdoğan", "TR", "male", "Erdoğan"),
        ("Abdel Fattah el-Sisi", "EG", "male", "Sisi"),
        ("António Guterres", "PT", "male", "Guterres"),
        ("Kristalina Georgieva", "BG", "female", "Georgieva"),
        ("Rafael Grossi", "AR", "male", "Grossi"),
        ("Tsai Ing-wen", "TW", "female", "Tsai"),
        ("Mahmoud Abbas", "PS", "male", "Abbas"),
        ("Aung San Suu Kyi", "MM", "female", "Suu Kyi"),
        ("Claudia Sheinbaum", "MX", "female", "Sheinbaum"),
        ("Theresa May", "GB", "female", "May"),
    ],
)  # fmt: skip
def test_fact_spot_checks(name: str, country: str, gender: str, surname: str) -> None:
    person = BY_NAME[name]
    assert (person.country, person.gender, person.surname) == (country, gender, surname)


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Juan Guaidó", "Juan Guaido"),
        ("Bashar al-Assad", "Bashar Assad"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Nicolás Maduro", "Nicolas Maduro"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
        ("Alexander Lukashenko", "Alexander Lukashenka"),
        ("Alexander Lukashenko", "Aliaksandr Lukashenka"),
        ("Kim Jong Un", "Kim Jong-un"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("Mohammed bin Salman", "MBS"),
        ("Andrés Manuel López Obrador", "AMLO"),
        ("Luiz Inácio Lula da Silva", "Lula da Silva"),
    ],
)  # fmt: skip
def test_other_full_forms(name: str, form: str) -> None:
    assert form in BY_NAME[name].names


def test_surname_spot_checks() -> None:
    assert {"Zelenskyy", "Zelenskiy"} <= set(BY_NAME["Volodymyr Zelensky"].surnames)
    assert "al-Assad" in BY_NAME["Bashar al-Assad"].surnames
    assert "Guaido" in BY_NAME["Juan Guaidó"].surnames
    assert "Erdogan" in BY_NAME["Recep Tayyip Erdoğan"].surnames


def test_people_sharing_a_surname_keep_separate_entries() -> None:
    by_surname: dict[str, set[str]] = {}
    for p in ppl.PEOPLE:
        by_surname.setdefault(p.surname, set()).add(p.name)
    assert {"George W. Bush", "George H. W. Bush"} <= by_surname["Bush"]
    assert {"Bill Clinton", "Hillary Clinton"} <= by_surname["Clinton"]
    assert {"Fidel Castro", "Raúl Castro"} <= by_surname["Castro"]
    assert {"Kim Jong Un", "Kim Jong Il", "Kim Il Sung", "Kim Dae-jung"} <= by_surname["Kim"]
    # "George Bush" alone could be either Bush, so neither entry claims it.
    assert all("George Bush" not in _forms(p) for p in ppl.PEOPLE)
