"""Outlet chrome: one invented dump per outlet profile, and a guard against over-broad rules.

Every dump below is written for this test in the style of the outlet's pages
(top, middle and bottom chrome around an invented story); none is copied from a
real page. Each case checks that the chrome lines are set aside with a sensible
kind, that the outlet is inferred, and that no story paragraph is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import regex

from geopol_news import parse_article
from geopol_news.data import chrome as chrome_data
from geopol_news.model import Article, ChromeKind, Paragraph, Subheading

K = ChromeKind


class Keep(str):
    """A block that is neither story nor chrome: section, byline, key points, media."""


HEAD = Keep("<headline>")
"""Where the headline stands among a case's blocks."""


@dataclass(frozen=True)
class Case:
    """An invented dump: its blocks, the chrome lines expected and the story paragraphs."""

    outlet: str
    headline: str
    text: str
    chrome: dict[str, ChromeKind]
    story: tuple[str, ...]


def case(outlet: str, headline: str, *blocks: str | tuple[str, ChromeKind]) -> Case:
    """Build a case from blocks separated by blank lines.

    A ``(line, kind)`` pair is an expected chrome line, a :class:`Keep` block
    is other layout (``HEAD`` stands for the headline), and a plain string is a
    story paragraph that must come out as a Paragraph.
    """
    texts: list[str] = []
    chrome: dict[str, ChromeKind] = {}
    story: list[str] = []
    for block in blocks:
        if isinstance(block, tuple):
            line, kind = block
            texts.append(line)
            chrome[line] = kind
        elif block is HEAD:
            texts.append(headline)
        else:
            texts.append(str(block))
            if not isinstance(block, Keep):
                story.append(block)
    return Case(outlet, headline, "\n\n".join(texts), chrome, tuple(story))


CASES: list[Case] = [
    case(
        "CBS News",
        "Island nations walk out of talks on plastic waste",
        ("Watch CBS News", K.PROMO),
        HEAD,
        Keep("By Jane Holloway"),
        ("Updated on: March 4, 2024 / 9:15 AM EST / CBS News", K.TIMESTAMP),
        "Port Louis, Mauritius -- Delegates from a dozen island nations walked out of a regional"
        " summit on Monday, saying richer states had stalled talks on a binding limit for plastic"
        " waste.",
        '"We are drowning in other people\'s rubbish," the Mauritian envoy told CBS News.',
        ("Advertisement", K.ADVERTISEMENT),
        "The talks are due to resume in Nairobi in June.",
        ("CBS News' Tom Avery contributed to this report.", K.BYLINE),
        ("In: Mauritius Plastic Pollution United Nations", K.NAVIGATION),
        ("© 2024 CBS Interactive Inc. All Rights Reserved.", K.COPYRIGHT),
        ("View CBS News In", K.APP_PROMPT),
        ("CBS News App Open", K.APP_PROMPT),
        ("Chrome Safari Continue", K.APP_PROMPT),
        ("Be the first to know", K.APP_PROMPT),
        (
            "Get browser notifications for top stories and live coverage.",
            K.APP_PROMPT,
        ),
    ),
    case(
        "CNBC",
        "Shipping insurers raise premiums for the Red Sea route again",
        Keep("Markets"),
        HEAD,
        Keep(
            "Key Points\n  \u2022 Insurers raised war-risk premiums for a third time this year.\n"
            "  \u2022 Brokers say some owners now route ships around Africa instead."
        ),
        Keep("How war-risk insurance works\nVIDEO2:1402:14\nHow war-risk insurance works"),
        "Insurers raised war-risk premiums for ships crossing the Red Sea for the third time this"
        " year, brokers said on Tuesday.",
        "Some owners have already sent their ships around the Cape of Good Hope, adding about ten"
        " days to a voyage.",
        ("CNBC's Tom Reilly contributed to this report.", K.BYLINE),
        ("Got a confidential news tip? We want to hear from you.", K.PROMO),
        ("Sign up for free newsletters and get more CNBC delivered to your inbox", K.SUBSCRIBE),
        (
            "Get this delivered to your inbox, and more info about our products and services.",
            K.SUBSCRIBE,
        ),
        ("© 2024 CNBC LLC. All Rights Reserved. A Division of NBCUniversal", K.COPYRIGHT),
        ("Data is a real-time snapshot *Data is delayed at least 15 minutes.", K.NAVIGATION),
    ),
    case(
        "CNN",
        "Why the fishing truce matters beyond the two capitals",
        HEAD,
        Keep("Analysis by Jane Doe, CNN"),
        ("Updated 10:32 AM EDT, Mon April 1, 2024", K.TIMESTAMP),
        "(CNN) \u2014 The fishing truce signed on Monday is about more than fish, diplomats said.",
        "It also reopens a hotline between the two navies that had been silent for a year.",
        ("Video Ad Feedback", K.ADVERTISEMENT),
        ("Ad Feedback", K.ADVERTISEMENT),
        "Neither side has said what happens if a trawler strays across the line again.",
        ("CNN's Max Roe and Ann Lee contributed to this report.", K.BYLINE),
        (
            "© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
            K.COPYRIGHT,
        ),
    ),
    case(
        "Reuters",
        "Kenya's central bank holds rates, signals cuts later in year",
        ("Skip to main content", K.NAVIGATION),
        HEAD,
        Keep("By Jane Doe and John Roe"),
        ("March 5, 2024 4:12 PM GMT", K.TIMESTAMP),
        "NAIROBI, March 5 (Reuters) - Kenya's central bank kept its main lending rate unchanged on"
        " Tuesday and said it expected to cut it later in the year as inflation eases.",
        "The bank said the shilling had recovered some of last year's losses.",
        (
            "Get a daily look at frontier-market currencies with the Frontier Desk newsletter."
            " Sign up here.",
            K.SUBSCRIBE,
        ),
        "Economists polled last week had expected no change.",
        (
            "Reporting by Jane Doe in Nairobi; Additional reporting by Max Roe in Kampala;"
            " Editing by Tom Poe",
            K.BYLINE,
        ),
        ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", K.COPYRIGHT),
        ("Purchase Licensing Rights, opens new tab", K.COPYRIGHT),
    ),
    case(
        "Associated Press",
        "Grain ships resume sailing from southern ports after a week of storms",
        HEAD,
        Keep("By JANE DOE and JOHN ROE"),
        ("Updated 10:32 AM EDT, March 5, 2024", K.TIMESTAMP),
        "KYIV, Ukraine (AP) \u2014 Grain ships left three southern ports on Tuesday after a week in"
        " which storms kept them at anchor, port officials said.",
        ("ADVERTISEMENT", K.ADVERTISEMENT),
        "The convoy of nine ships is carrying about 300,000 tons of wheat and corn.",
        (
            "Associated Press writers Maria Ivanova in Warsaw and Tom Reed in Brussels contributed"
            " to this report.",
            K.BYLINE,
        ),
        ("___", K.NAVIGATION),
        (
            "Follow AP's coverage of the war at https://apnews.com/hub/example-topic",
            K.RELATED,
        ),
        (
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be"
            " published, broadcast, rewritten or redistributed without permission.",
            K.COPYRIGHT,
        ),
    ),
    case(
        "AFP",
        "Senegal opens its first offshore gas field",
        HEAD,
        "Dakar (AFP) \u2013 Senegal on Tuesday opened its first offshore gas field, which the"
        " government says will double export earnings within five years.",
        '"This is a day for the whole nation," the energy minister said at the ceremony.',
        ("burs-sd/jj", K.BYLINE),
        ("\u00a9 2024 AFP", K.COPYRIGHT),
    ),
    case(
        "BBC News",
        "Fishermen fear for their jobs as quotas are cut",
        ("Skip to content", K.NAVIGATION),
        (
            "Home News Sport Business Innovation Culture Travel Earth Video Live",
            K.NAVIGATION,
        ),
        HEAD,
        ("2 hours ago", K.TIMESTAMP),
        ("Share", K.SHARE),
        Keep("By Jane Doe, BBC News"),
        "Fishermen in the north-east say new quotas will put hundreds of boats out of work.",
        Keep("Image source, Getty Images"),
        ("Image caption, Boats have stayed in harbour since the new rules began", K.LABEL),
        "The government says the cuts are needed to let cod stocks recover.",
        ("Related Topics", K.NAVIGATION),
        ("More on this story", K.RELATED),
        (
            "Copyright 2024 BBC. All rights reserved. The BBC is not responsible for the content"
            " of external sites. Read about our approach to external linking.",
            K.COPYRIGHT,
        ),
    ),
    case(
        "The Guardian",
        "Ministers accused of delaying river clean-up plan",
        ("This article is more than 5 years old", K.LABEL),
        HEAD,
        ("Mon 4 Mar 2024 10.00 GMT", K.TIMESTAMP),
        ("Last modified on Mon 4 Mar 2024 11.45 GMT", K.TIMESTAMP),
        "Campaigners have accused ministers of quietly delaying a plan to clean up the country's"
        " rivers until after the next election.",
        ("skip past newsletter promotion", K.SUBSCRIBE),
        ("Sign up to Global Dispatch, our free weekly newsletter", K.SUBSCRIBE),
        (
            "Privacy Notice: Newsletters may contain info about charities, online ads, and"
            " content funded by outside parties.",
            K.SUBSCRIBE,
        ),
        ("after newsletter promotion", K.SUBSCRIBE),
        "The environment department said the plan was on track.",
        ("Guardian staff and agencies", K.BYLINE),
        ("Explore more on these topics", K.NAVIGATION),
        ("Reuse this content", K.PROMO),
    ),
    case(
        "Al Jazeera",
        "Sudan's warring sides agree to a three-day truce for aid deliveries",
        HEAD,
        ("Published On 4 Mar 2024", K.TIMESTAMP),
        ("list 1 of 3", K.RELATED),
        ("end of list", K.RELATED),
        "Sudan's army and a rival paramilitary force have agreed to a three-day truce to let aid"
        " convoys reach the capital, mediators said.",
        "Previous truces have collapsed within hours.",
        ("Source: Al Jazeera and news agencies", K.BYLINE),
        ("Follow Al Jazeera English:", K.SOCIAL),
    ),
    case(
        "The New York Times",
        "A Port City Bets Its Future on Green Steel",
        ("Skip to content", K.NAVIGATION),
        ("Skip to site index", K.NAVIGATION),
        ("Supported by", K.ADVERTISEMENT),
        HEAD,
        Keep("By Jane Doe"),
        ("Reporting from Mombasa, Kenya", K.BYLINE),
        ("Published March 4, 2024 Updated March 5, 2024, 9:12 a.m. ET", K.TIMESTAMP),
        ("Share full article", K.SHARE),
        "The old cement works on the harbour will become a steel plant powered by hydrogen, if the"
        " financing holds.",
        ("Credit...Jane Doe for The New York Times", K.LABEL),
        "Investors from three countries have promised money, but none has signed yet.",
        ("Max Roe contributed reporting from Nairobi.", K.BYLINE),
        (
            "A version of this article appears in print on March 5, 2024, Section A, Page 9 of the"
            " New York edition with the headline: Port Bets on Steel. Order Reprints | Today's"
            " Paper | Subscribe",
            K.COPYRIGHT,
        ),
    ),
    case(
        "The Washington Post",
        "Senate panel advances a bill on drone exports",
        ("Democracy Dies in Darkness", K.PROMO),
        HEAD,
        Keep("By Jane Doe"),
        (
            "Updated March 4, 2024 at 6:12 p.m. EST|Published March 4, 2024 at 11:00 a.m. EST",
            K.TIMESTAMP,
        ),
        ("Gift Article", K.SHARE),
        ("Add to your saved stories", K.SHARE),
        "A Senate committee voted 15-7 on Monday to advance a bill that would tighten the rules"
        " for exporting armed drones.",
        ("Story continues below advertisement", K.ADVERTISEMENT),
        "The bill now goes to the full Senate, where its prospects are unclear.",
        ("Max Roe in Kyiv contributed to this report.", K.BYLINE),
    ),
    case(
        "Fox News",
        "Governor signs border security package into law",
        HEAD,
        Keep("By Jane Doe | Fox News"),
        ("Published March 4, 2024 10:32am EST", K.TIMESTAMP),
        "The governor signed a $2 billion border security package on Monday, calling it the"
        " largest in the state's history.",
        ("CLICK HERE TO GET THE FOX NEWS APP", K.APP_PROMPT),
        "Critics said the money would be better spent on the state's ports of entry.",
        (
            "Fox News' Max Roe and The Associated Press contributed to this report.",
            K.BYLINE,
        ),
        (
            "Jane Doe is a reporter for Fox News Digital. Story tips can be sent to"
            " jane.doe@example.com.",
            K.BYLINE,
        ),
        (
            "This material may not be published, broadcast, rewritten, or redistributed. \u00a9"
            "2024 FOX News Network, LLC. All rights reserved.",
            K.COPYRIGHT,
        ),
    ),
    case(
        "NPR",
        "Farmers along the river brace for a second dry summer",
        HEAD,
        ("March 4, 2024 5:00 AM ET", K.TIMESTAMP),
        ("Listen \u00b7 3:48", K.MEDIA_NOTICE),
        ("toggle caption", K.LABEL),
        Keep("Jane Doe/AP"),
        "Farmers along the lower river are planting less this spring, worried that a second dry"
        " summer will leave them with nothing to irrigate.",
        ("Sponsor Message", K.ADVERTISEMENT),
        "State officials say reservoirs are at less than half their usual level.",
        ("NPR's Max Roe contributed to this report.", K.BYLINE),
        ("Copyright 2024 NPR. To see more, visit https://www.npr.org.", K.COPYRIGHT),
    ),
    case(
        "Voice of America",
        "Election observers report long queues but few incidents",
        HEAD,
        Keep("VOA News"),  # a byline without "By": the article's byline (see below)
        ("March 04, 2024 10:32 AM", K.TIMESTAMP),
        ("No media source currently available", K.MEDIA_NOTICE),
        "WASHINGTON \u2014 International observers said voting went smoothly in most districts,"
        " despite queues that lasted into the night.",
        "Results are expected by the end of the week.",
        (
            "Some information for this report came from The Associated Press and Reuters.",
            K.BYLINE,
        ),
        ("The code has been copied to your clipboard.", K.MEDIA_NOTICE),
    ),
    case(
        "DW",
        "Germany pledges new funds for East African rail link",
        HEAD,
        ("Date 04.03.2024", K.TIMESTAMP),
        ("Author Jane Doe", K.NAVIGATION),
        ("Related Subjects Kenya, Uganda, Germany", K.NAVIGATION),
        "Germany will lend \u20ac300 million to help finish a rail link between the Kenyan coast"
        " and Uganda, the development ministry said on Monday.",
        "The line has been stuck at the border for three years.",
        ("jd/rt (AFP, Reuters)", K.BYLINE),
        (
            "Every evening, DW's editors send out a selection of the day's hard news and quality"
            " feature journalism. You can sign up to receive it directly here.",
            K.SUBSCRIBE,
        ),
        ("Send us your feedback.", K.NAVIGATION),
        ("Permalink https://p.dw.com/p/4abcd", K.NAVIGATION),
    ),
    case(
        "NBC News",
        "Pentagon reviews the cost of a new tanker fleet",
        HEAD,
        "The Pentagon has ordered a review of its plan to buy a new fleet of aerial tankers after"
        " the estimated cost rose by a fifth.",
        "A decision is expected before the summer.",
        ("NBC News' Max Roe contributed.", K.BYLINE),
        ("Download the NBC News app for breaking news and politics", K.APP_PROMPT),
        ("\u00a9 2024 NBC UNIVERSAL", K.COPYRIGHT),
    ),
    case(
        "ABC News",
        "Storm knocks out power to thousands along the coast",
        HEAD,
        "A late-winter storm knocked out power to about 40,000 homes along the coast overnight,"
        " utilities said.",
        "Crews expect to restore most of it by Wednesday.",
        ("ABC News' Max Roe and Ann Lee contributed to this report.", K.BYLINE),
        ("Copyright \u00a9 2024 ABC News Internet Ventures.", K.COPYRIGHT),
    ),
    case(
        "Bloomberg",
        "Copper Jumps as Chile Mine Strike Enters Second Week",
        ("Most Read from Bloomberg", K.RELATED),
        HEAD,
        ("(Updates with union comment in fifth paragraph.)", K.LABEL),
        "Copper rose to its highest in a month as a strike at one of Chile's largest mines entered"
        " a second week.",
        "The union said talks with management had broken down on Sunday.",
        ("\u2014 With assistance from Jane Doe and John Roe", K.BYLINE),
        (
            "To contact the reporter on this story: Jane Doe in Santiago at jdoe@example.net",
            K.BYLINE,
        ),
        ("\u00a92024 Bloomberg L.P.", K.COPYRIGHT),
    ),
    case(
        "HuffPost",
        "Senators Clash Over Arms Sales To The Gulf",
        HEAD,
        "Senators from both parties clashed on Tuesday over a proposed sale of fighter jets to two"
        " Gulf states.",
        ("Also on HuffPost:", K.RELATED),
        "The vote is expected next week.",
        ("Read more about:", K.RELATED),
        ("Copyright \u00a9 2016 TheHuffingtonPost.com, Inc.", K.COPYRIGHT),
    ),
    case(
        "Politico",
        "House leaders eye a stopgap to avert a shutdown",
        HEAD,
        "House leaders are drafting a short-term spending bill to keep the government open into"
        " the spring, aides said.",
        "The plan faces resistance from both wings of the majority.",
        (
            "Missing out on the latest scoops? Sign up for POLITICO Playbook and get the latest"
            " news, every morning \u2014 in your inbox.",
            K.SUBSCRIBE,
        ),
        ("\u00a9 2024 POLITICO LLC", K.COPYRIGHT),
    ),
]


def _body_texts(article: Article) -> list[str]:
    return [b.text for b in article.body if isinstance(b, (Paragraph, Subheading))]


@pytest.mark.parametrize("item", CASES, ids=[c.outlet for c in CASES])
def test_outlet_dump(item: Case) -> None:
    article = parse_article(item.text)
    found = {line.text: line.kind for line in article.chrome}
    missing = {line: kind for line, kind in item.chrome.items() if found.get(line) != kind}
    assert not missing, f"not set aside with that kind: {missing}; chrome was {found}"
    assert article.outlet == item.outlet
    assert article.headline is not None
    assert article.headline.text == item.headline
    assert item.story
    paragraphs = [p.text for p in article.paragraphs]
    for line in item.story:
        assert line in paragraphs, f"story paragraph lost: {line!r}"
    # Only the listed lines (and adjacent prompt runs) are chrome: no story text there.
    assert not set(item.story) & set(found)


def test_voa_staff_line_is_the_byline() -> None:
    (item,) = [case for case in CASES if case.outlet == "Voice of America"]
    article = parse_article(item.text)
    assert article.byline is not None
    assert article.byline.text == "VOA News"


def test_every_profile_has_a_case() -> None:
    assert {c.outlet for c in CASES} == {p.name for p in chrome_data.OUTLETS}


def test_every_profile_can_be_inferred() -> None:
    for profile in chrome_data.OUTLETS:
        assert profile.rules or profile.dateline_agencies or profile.layout_signatures, profile
        assert any(rule.kind is not K.LABEL for rule in profile.rules) or (
            profile.dateline_agencies
        ), profile.name


# -- generic chrome added for the outlets' pages -----------------------------------

HEADLINE = "Neighbours agree to extend the fishing truce by six months"
OPENING = (
    "Brussels -- Ministers from both countries agreed on Monday to extend the fishing truce by six"
    " months, officials said."
)
CLOSING = "Both delegations said they would return to the table next month, officials said."

GENERIC_CHROME = [
    ("Jane Doe, The Canadian Press", K.BYLINE),
    ("With files from The Associated Press", K.BYLINE),
    ("\u2014 With files from Max Roe and Ann Lee", K.BYLINE),
    ("Jane Doe and John Roe contributed to this report.", K.BYLINE),
    ("Max Roe in Kyiv contributed reporting.", K.BYLINE),
    ("The Associated Press contributed to this report.", K.BYLINE),
    ("Email: jdoe@example.com | Twitter: jdoe", K.SOCIAL),
    ("Follow us on Twitter @ExampleNews and on Instagram", K.SOCIAL),
    ("------", K.NAVIGATION),
    ("***", K.NAVIGATION),
    ("3 hours ago", K.TIMESTAMP),
    ("Updated", K.TIMESTAMP),
    ("1 of 12", K.NAVIGATION),
    ("Example Graphics, opens new tab", K.NAVIGATION),
    ("Report a correction or typo", K.NAVIGATION),
    ("(Adds comment from the ministry in paragraph 4)", K.LABEL),
    ("Enter your email address", K.SUBSCRIBE),
    ("Thank you for signing up!", K.SUBSCRIBE),
    ("You may unsubscribe at any time.", K.SUBSCRIBE),
    ("Sign up here.", K.SUBSCRIBE),
    ("Get breaking news alerts on your phone", K.APP_PROMPT),
    ("Download on the App Store", K.APP_PROMPT),
    ("Article continues below advertisement", K.ADVERTISEMENT),
    ("Article Continued Below", K.ADVERTISEMENT),
    ("- Advertisement -", K.ADVERTISEMENT),
    ("Read more about:", K.RELATED),
    ("See also: Coastguard seizes a second trawler", K.RELATED),
    ("WATCH: Coastguard boards a trawler at night", K.RELATED),
    ("Most Popular", K.RELATED),
    ("Hide Caption 3 of 12", K.LABEL),
    ("Open this photo in gallery", K.LABEL),
    ("0:00 / 2:31", K.MEDIA_NOTICE),
    ("Link copied!", K.SHARE),
    ("View comments (12)", K.SHARE),
    ("Privacy Policy | Terms of Use | Ad Choices | Sitemap", K.NAVIGATION),
    ("Topics: Fisheries, Baltic Sea", K.NAVIGATION),
]


@pytest.mark.parametrize(("line", "kind"), GENERIC_CHROME)
def test_generic_chrome_line(line: str, kind: ChromeKind) -> None:
    article = parse_article("\n\n".join([HEADLINE, OPENING, line, CLOSING]))
    assert {c.text: (c.kind, c.outlet) for c in article.chrome} == {line: (kind, None)}
    assert _body_texts(article) == [OPENING, CLOSING]


# -- the guard against over-broad rules --------------------------------------------

STORY_LINES = [
    # quotes and short one-sentence paragraphs
    '"We will not be the first to blink," the minister said.',
    '"Read the agreement before you judge it," he told reporters.',
    '"Share the burden, share the catch," the fishermen chanted.',
    '"Follow the money," one diplomat said.',
    '"Subscribe to our values or leave," she told the party congress.',
    '"Open the borders," protesters shouted outside the embassy.',
    "It did not.",
    "Nobody was hurt.",
    "Talks resume on Friday.",
    "He declined to comment.",
    # lines that start with words chrome rules also use
    "Read the full statement, and the tone is conciliatory.",
    "Read together, the two letters tell a different story.",
    "Reading the treaty aloud took more than an hour.",
    "Share prices of the two state fishing firms fell 4% on the news.",
    "Shares in the shipyard rose after the deal was announced.",
    "Follow-up talks are planned for April in Oslo.",
    "Following the vote, the opposition walked out of the chamber.",
    "Follow the money on Telegram, investigators say, and you find the same three wallets.",
    "Subscribers to the state broadcaster will see the fee rise next year.",
    "Subscription numbers for the state newspaper fell by half after the war began.",
    "Continued shelling forced the evacuation of two villages.",
    "Continue down that road, he warned, and there will be no deal at all.",
    "More than 200 boats have been idle since January.",
    "More from the interview will be published on Tuesday.",
    "More from Moscow",
    "Search and rescue teams reached the wreck on Sunday.",
    "Searches of the vessel found no weapons.",
    "Open Arms, the Spanish charity, rescued 40 people at sea.",
    "Opening the session, the speaker called for calm.",
    "Watch towers along the border have been manned since March.",
    "Watch next year's elections closely, he said.",
    "Watchdogs said the vote had been largely fair.",
    "Copyright law was not part of the trade talks, officials said.",
    "Copyright disputes over the film have dragged on since 2019.",
    "Published in 2019, the report found that the navy lacked ammunition.",
    "Published reports said the deal had been signed in secret.",
    "Updated figures from 2023 show that the catch fell by a third.",
    "Posted to the border in 2021, the unit has never been relieved.",
    "Sign language interpreters were present at the briefing.",
    "Signing up for military service rose by a fifth last year.",
    "Download speeds fell sharply after the undersea cable was cut.",
    "Advertisements for the rally appeared on state television.",
    "Sponsored by Norway, the resolution passed with 120 votes.",
    "Paid for by taxpayers, the new patrol boats cost $400 million.",
    "Click through rates for the government's warning messages were low.",
    "Related talks on energy ended without agreement.",
    "Print newspapers were banned from the polling stations.",
    "Email records showed the ministry knew of the risk in 2022.",
    "Comments by the defence minister angered the opposition.",
    "Loading of grain resumed at the port on Tuesday.",
    "Home to 3 million people, the city has no metro.",
    "In other news from the summit, leaders agreed on a climate fund.",
    "Reporting by The Washington Post found that the agency had ignored the warnings.",
    "Editing by hand is slow and costly, the archivist said.",
    "Experts from 40 countries contributed to this report.",
    "Three analysts contributed to this report, which the UN will publish in May.",
    "On March 3, 2024, the first trawler was seized.",
    "The ceasefire took effect at 10:30 on Tuesday.",
    "By Tuesday, both navies had pulled back their ships.",
    "Reporting from the front line is dangerous, the union said.",
    "With assistance from the United Nations, the two sides mapped the reef.",
    "With files from the ministry leaked online, the minister resigned.",
    "Also on Tuesday, the navy seized a second trawler.",
    "See more on the ground and you realise how little has changed, he said.",
    "Get alerts about air raids through the state app, the ministry told residents.",
    "We and our partners in NATO must do more to protect the cables.",
    "I agree with the minister on one point only.",
    "Article 5 of the treaty was never invoked.",
    "Author Salman Rushdie said the ban was absurd.",
    "Photo opportunities were kept to a minimum at the summit.",
    "Source: the ministry's own figures, published on Monday.",
    "Watch: the minister's full remarks are on the ministry's website.",
    "Images, videos and testimony gathered by investigators show the unit was there.",
    "Credit, not cash, is what the farmers need most, the minister said.",
    # subheadings
    "War of words",
    "What happens next",
    "Read between the lines",
    "Share of the catch",
    "Follow the fleet",
    "Open water",
    "More questions than answers",
    "Search for a deal",
    "Continued pressure",
    "Home front",
    "Live fire drills",
    "Related disputes",
    "In other news",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_line_is_not_chrome(line: str) -> None:
    article = parse_article("\n\n".join([HEADLINE, OPENING, line, "Talks will continue.", CLOSING]))
    assert article.chrome == (), [(c.text, c.rule) for c in article.chrome]
    assert _body_texts(article) == [OPENING, line, "Talks will continue.", CLOSING]


# -- the rule tables themselves ---------------------------------------------------------

ALL_RULES = [
    *chrome_data.GENERIC_RULES,
    *(rule for profile in chrome_data.OUTLETS for rule in profile.rules),
]


@pytest.mark.parametrize("rule", ALL_RULES, ids=[r.name for r in ALL_RULES])
def test_rule_compiles_without_capturing_groups(rule: chrome_data.ChromeRule) -> None:
    compiled = regex.compile(rule.pattern, regex.IGNORECASE)
    assert compiled.groups == 0
    assert not compiled.fullmatch(""), "a rule must not match an empty line"
    assert isinstance(rule.kind, ChromeKind)


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in ALL_RULES]
    assert len(names) == len(set(names))
    # names the layout gives its own chrome lines
    assert not {"timestamp", "byline", "key-points-header"} & set(names)


def test_profile_names_and_aliases_are_unique() -> None:
    names = [
        name.casefold()
        for profile in chrome_data.OUTLETS
        for name in (profile.name, *profile.aliases)
    ]
    assert len(names) == len(set(names))


def test_no_rule_starts_case_sensitively() -> None:
    # Rules are dispatched on the case-folded first character of a line.
    for rule in ALL_RULES:
        assert not rule.pattern.startswith("(?-i"), rule.name
