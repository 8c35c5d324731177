"""Who the speaker is (issue 30): descriptions, pronouns and parts of groups resolved by news convention.

The fixtures are a sentence or two of BBC articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short; the rules are in docs/quotes.md, "Speakers".
"""

from __future__ import annotations

from quotegraph.analyze.name_kinds import titled_names
from quotegraph.records import Analysis
from tests.support.quotes import quotes_only as _run


def _speakers(analysis: Analysis) -> list[tuple[str, str | None, str | None]]:
    """(source as written, speaker name, speaker kind) of each attribution."""
    rows = []
    for quote in analysis.quotes:
        speaker = analysis.speaker(quote.speaker)
        source = " … ".join(analysis.text[s:e] for s, e in quote.source)
        rows.append((source, speaker.name if speaker else None, speaker.kind if speaker else None))
    return rows


def _speaker_of(analysis: Analysis, source: str) -> str | None:
    return next(name for written, name, _ in _speakers(analysis) if written == source)


def test_an_office_the_article_never_gives_is_the_subject_of_the_sentence_before(nlp):
    text = (
        'Tony Blair has pledged to "never, ever, ever" attack Tory leader Michael Howard over his Jewish '
        "beliefs.\n\n"
        'The prime minister told the Jewish Chronicle: "If you look at what I do, I attack Michael Howard '
        'politically."'
    )
    assert _speaker_of(_run(nlp, text), "The prime minister") == "Tony Blair"
    text = (
        "Gordon Brown has made an appeal for unity after reports claimed Mr Blair went back on a pledge to "
        "stand down before the next general election.\n\n"
        "The chancellor would not comment on the reports, but insisted he would not be "
        '"diverted or distracted" from tackling the challenges faced by the country.'
    )
    assert _speaker_of(_run(nlp, text), "The chancellor") == "Gordon Brown"


def test_an_age_describes_the_person_the_sentence_before_is_about(nlp):
    text = (
        "James McIlroy stormed to his second international victory in less than a week, claiming the "
        "men's 800m at the TEAG indoor meeting in Erfurt.\n\n"
        "The Northern Ireland runner set a new personal best of one minute, 46.68 seconds. "
        "\"I'm qualified now and that's what matters most,\" said the 28-year-old."
    )
    assert _speaker_of(_run(nlp, text), "the 28-year-old") == "James McIlroy"
    text = (
        "Ronnie Corbett has joined fellow comedy stars Victoria Wood and David Jason in attacking the "
        "declining standards of British television programmes.\n\n"
        "Corbett, soon to reunite with Ronnie Barker for a new Two Ronnies series, also criticised quiz "
        "shows like the BBC's They Think It's All Over. "
        "\"It's just laughing at each other and thinking, 'Aren't we clever?'\" "
        "said the 74-year-old comedian."
    )
    assert _speaker_of(_run(nlp, text), "the 74-year-old comedian") == "Ronnie Corbett"


def test_a_woman_the_story_introduces_is_not_the_man_it_named(nlp):
    text = (
        "Authorities in Philadelphia said they found insufficient evidence to support a woman's allegations "
        "against Bill Cosby.\n\n"
        "The woman reported the allegations to Canadian authorities last month."
    )
    assert _speaker_of(_run(nlp, text), "The woman") != "Bill Cosby"


def test_the_ministry_is_the_ministry_the_article_named(nlp):
    text = (
        "Bids have been invited from local, Arab and foreign companies, Iraq's Ministry of Communications "
        "said. The winner will work in partnership with the Iraqi Telecommunications and Post Company "
        "(ITPC).\n\n"
        "The ministry said it would base its selection on criteria including the speed of implementation."
    )
    assert _speaker_of(_run(nlp, text), "The ministry") == "Ministry of Communications"


def test_authorities_in_the_plural_are_no_one_organization(nlp):
    text = (
        "Operation Firewall, led by the US Secret Service, involved seven nations. "
        "The authorities in the US, who have indicted 19 people in Newark, New Jersey, estimate the fraud "
        "caused losses of more than $4m."
    )
    speakers = _speakers(_run(nlp, text))
    assert speakers and all(name != "US Secret Service" for _, name, _ in speakers)


def test_he_or_she_after_a_spokesperson_goes_on_from_them(nlp):
    text = (
        "A Conservative spokeswoman said the party stuck to the rules when it rang TPS subscribers. "
        'She said: "We do apply TPS but in line with the law."'
    )
    assert _speaker_of(_run(nlp, text), "She") == "A Conservative spokeswoman"
    text = (
        "An NHTCU spokeswoman said the American investigators went undercover on the Shadowcrew website. "
        "She said criminals were using the websites to traffic counterfeit credit cards."
    )
    analysis = _run(nlp, text)
    assert _speaker_of(analysis, "She") == _speaker_of(analysis, "An NHTCU spokeswoman") is not None


def test_it_is_the_organization_named_just_before_not_one_under_a_preposition(nlp):
    text = (
        "Analysts expected a figure closer to A$431m. Qantas shares fell almost 3%, however, after it "
        "warned that earnings growth would slow in the second half."
    )
    assert _speaker_of(_run(nlp, text), "it") == "Qantas"
    text = (
        "Emirates had a fleet of 270 aircraft, including 12 freight. In addition to its order of 30 Boeing "
        "jets Wednesday, it announced an order of 50 Airbus A350-900 jets on Monday."
    )
    assert _speaker_of(_run(nlp, text), "it") != "Boeing"


def test_the_it_of_a_passive_is_nobody(nlp):
    text = (
        "Before his death, Brando granted gaming company Electronic Arts the rights to use his voice and "
        "image in a video game. Brando's co-stars from The Godfather, James Caan and Robert Duvall, will "
        "also reprise their roles for the video game, it was confirmed on Wednesday."
    )
    assert all(name != "Electronic Arts" for source, name, _ in _speakers(_run(nlp, text)) if source == "it")


def test_a_part_of_a_group_speaks_for_the_group_described(nlp):
    text = (
        "Some of those questioned said they were looking to use a mobile or wireless service to get net "
        "access within the next couple of years."
    )
    speakers = _speakers(_run(nlp, text))
    assert [(name, kind) for _, name, kind in speakers] == [("those questioned", "anonymous")]
    # After "69% of those questioned" (a poll story) both are the survey's figures, no one's words
    # (docs/quotes.md, survey_counts.py).
    text = (
        "In the UK 69% of those questioned said they turned to their fixed phone because it was still "
        "cheaper to use than a mobile. " + text
    )
    speakers = _speakers(_run(nlp, text))
    assert [(name, kind) for _, name, kind in speakers] == [(None, None), (None, None)]


def test_a_boss_described_by_the_club_is_the_person_and_a_spokesman_the_organization(nlp):
    text = (
        "Manchester United's Alex Ferguson has praised his players' gutsy performance in the 1-0 win at "
        'Aston Villa.\n\n"That was our hardest away game of the season and it was a fantastic game of '
        'football," said the Old Trafford boss.'
    )
    assert _speaker_of(_run(nlp, text), "the Old Trafford boss") == "Alex Ferguson"
    text = (
        "A spokesman for the British Phonographic Industry (BPI) said the first combined chart was due "
        'to be compiled "within the first half of this year". The BPI spokesman described the UK music '
        'download chart as having been "a great success".'
    )
    assert _speaker_of(_run(nlp, text), "The BPI spokesman") == "British Phonographic Industry"


def test_a_station_and_a_website_are_the_organizations_named_not_a_person(nlp):
    text = (
        "All of the three DJs will continue to host their current shows on Radio 1. "
        '"It is widely accepted that John Peel can never be replaced," said the radio station.'
    )
    assert _speaker_of(_run(nlp, text), "the radio station") == "Radio 1"
    text = (
        "Taha Idris, director of the Swansea Bay Race Equality Council, said his organisation contacted "
        'police. "I\'m quite shocked to see this sort of leaflet by the BNP in Swansea," he said. '
        "According to the BNP's website, they have been posted to homes in the Castle ward."
    )
    assert _speaker_of(_run(nlp, text), "the BNP's website") == "BNP"


def test_a_name_inside_a_quote_is_no_antecedent_of_he(nlp):
    text = (
        'A spokesman for the club said: "Mr Smith will be missed by everyone here." '
        "He added that a new manager would be named soon."
    )
    analysis = _run(nlp, text)
    assert _speaker_of(analysis, "He") == _speaker_of(analysis, "A spokesman for the club") != "Smith"


def test_he_opening_a_sentence_is_whom_the_sentence_before_is_about(nlp):
    text = (
        'Michael Howard has said a claim by Peter Hain that the Tory leader is acting like an "attack '
        'mongrel" shows Labour is "rattled" by the opposition.\n\n'
        'Mr Hain made the claim about Tory tactics in the anti-terror bill debate. "Something tells me '
        'that someone, somewhere out there is just a little bit rattled," Mr Howard said. Mr Hain, Leader '
        "of the Commons, told BBC Radio Four's Today programme that Mr Howard's stance on the government's "
        "anti-terrorism legislation was putting the country at risk. He then accused the Tory Leader of "
        'behaving like an "attack mongrel".'
    )
    assert _speaker_of(_run(nlp, text), "He") == "Peter Hain"


def test_a_surname_written_after_a_title_is_a_person_wherever_the_ner_puts_it(nlp):
    text = (
        "Opinion | Republicans Are Following Trump to Nowhere\n"
        "In each case, President Trump tied himself to the outcome.\n"
        "“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before "
        "Election Day.\n"
        "Trump sent a similar message ahead of the Virginia elections. “Virginia, with all of the massive "
        "amount of defense and other work I brought to you, go out and vote Republican today,” he said."
    )
    speakers = _speakers(_run(nlp, text))
    assert ("Trump", "Trump", "person") in speakers
    assert ("he", "Trump", "person") in speakers
    # In the whole article the NER tags "Trump tweeted" an organization; the title settles it.
    assert titled_names(nlp(text)) == {"Trump"}
    assert titled_names(nlp("General Motors said sales rose. Governor Bevin said he was pleased.")) == {
        "Bevin"
    }


def test_a_name_ends_where_the_ner_ran_past_it_and_an_acronym_names_the_whole(nlp):
    text = (
        "And that is where one of the problems lies for Mr Howard - can he persuade sceptical voters that "
        "they really can have it both ways? He insists he will not promise anything before the election "
        "that he cannot deliver."
    )
    assert _speaker_of(_run(nlp, text), "He") == "Howard"
    text = (
        'The Qualifications and Curriculum Authority (QCA) has also told the BBC: "It is not the case '
        'that the academic stream in secondary is fine while the vocational route is desperately weak."'
    )
    assert [(name, kind) for _, name, kind in _speakers(_run(nlp, text))] == [("QCA", "organization")]


def test_the_prime_minister_is_not_the_deputy_prime_minister(nlp):
    text = (
        "Tony Blair has dismissed reports he told Gordon Brown he would quit before the next general "
        "election.\n\n"
        "\"You don't do deals over jobs like this,\" the prime minister told BBC One's Breakfast with Frost "
        "programme. And that at a dinner hosted by Deputy Prime Minister John Prescott he told Mr Brown of "
        "his intention to stand down."
    )
    assert _speaker_of(_run(nlp, text), "the prime minister") == "Tony Blair"


def test_the_spokeswoman_is_the_one_quoted_before_and_a_regulator_no_bank_named_before(nlp):
    text = (
        "Traders at US banking giant Citigroup are facing a criminal investigation in Germany over a "
        "controversial bond deal.\n\n"
        "The move was widely criticised at the time, and now the German regulator has said it has found "
        "evidence of possible market manipulation. Citigroup said it would continue to co-operate fully "
        "with the authorities.\n\n"
        "Germany's financial watchdog BaFin told BBC News it had now transferred the investigation to the "
        'public prosecutor. "I can confirm that BaFin has passed through the case to the public '
        'prosecutor," a BaFin spokeswoman said. "We found clues of possible market manipulation," the '
        "spokeswoman said."
    )
    analysis = _run(nlp, text)
    assert _speaker_of(analysis, "the German regulator") != "Citigroup"
    assert _speaker_of(analysis, "the spokeswoman") == _speaker_of(analysis, "a BaFin spokeswoman")


def test_an_industry_or_a_panel_is_no_person_named_before(nlp):
    text = (
        "William Trowbridge and Michael Chicoine pleaded guilty to charges that they conspired to commit "
        "copyright infringement. The expert panel probed the future of P2P at the Consumer Electronics "
        "Show. According to the panel, firms will be very keen to make money from P2P technology."
    )
    assert _speaker_of(_run(nlp, text), "the panel") not in {"William Trowbridge", "Michael Chicoine"}


def test_whom_a_source_tells_is_never_the_speaker(nlp):
    text = (
        "Libya has withdrawn $1bn in assets from the US, assets which had previously been frozen for almost "
        "20 years, the Libyan central bank has said.\n\n"
        "The move came after the US lifted a trade ban to reward Tripoli for giving up weapons of mass "
        "destruction. The original size of Libya's funds was $400m, the central bank told Reuters."
    )
    assert _speaker_of(_run(nlp, text), "the central bank") != "Reuters"
    text = (
        "Reuters reported that Libya had withdrawn $1bn in assets from the US. The original size of "
        "Libya's funds was $400m, the central bank told Reuters."
    )
    assert _speaker_of(_run(nlp, text), "the central bank") != "Reuters"


def test_he_after_his_own_quote_is_whom_the_sentence_before_the_quote_is_about(nlp):
    text = (
        "Mike Ruddock paid tribute to his Wales side after they came from 15-6 down to beat France 24-18.\n\n"
        '"After going two tries down in 12 minutes we had to show character," said the national team coach. '
        "Man-of-the-match Stephen Jones, who kicked three penalties, a drop goal and conversion, was "
        "ecstatic following the win at Stade de France.\n\n"
        "\"It's just a special moment. Two years ago we didn't win a single game in the Six Nations. But "
        "we're a very happy camp now,\" he said."
    )
    analysis = _run(nlp, text)
    assert _speaker_of(analysis, "the national team coach") == "Mike Ruddock"
    assert _speaker_of(analysis, "he") == "Stephen Jones"


def test_one_of_a_group_named_is_the_person_named(nlp):
    text = (
        "Nevertheless, one of Mr Bakrie's deputies, Mahendra Siregar, told AFP news agency that Indonesia "
        "was still considering the offer by the Paris Club."
    )
    assert [name for _, name, _ in _speakers(_run(nlp, text))] == ["Mahendra Siregar"]


def test_he_does_not_go_on_from_an_unnamed_source_whose_sentence_names_a_person(nlp):
    text = (
        "Arsenal vice-chairman David Dein has said the club may consider seeking a full listing for its "
        "shares on the London Stock Exchange.\n\n"
        'Speaking at the Soccerex football business forum in Dubai, he said a full listing was "one of the '
        'options" for funding after the club moves to its new stadium.'
    )
    assert _speaker_of(_run(nlp, text), "he") == "David Dein"


def test_a_spokeswoman_for_an_organization_speaks_for_it_and_so_does_her_she(nlp):
    text = (
        'A spokeswoman for Human Rights Watch said it was a "basic principle" that people should only be '
        'punished after a fair trial. She added: "Having a judge impose those punishments without a trial '
        'does not sanitise them either."'
    )
    speakers = _speakers(_run(nlp, text))
    assert [(name, kind) for _, name, kind in speakers] == [("Human Rights Watch", "organization")] * 2


def test_a_rank_followed_by_of_is_a_title_and_the_person_is_whom_the_phrase_ends_on(nlp):
    text = (
        "Lord of the Rings director Peter Jackson has said that it will be up to four years before he starts "
        "work on a film version of The Hobbit.\n\n"
        'The Oscar winner said on a visit to Sydney there was a "desire" to make it, but not before lengthy '
        "negotiations."
    )
    analysis = _run(nlp, text)
    assert _speaker_of(analysis, "Lord of the Rings director Peter Jackson") == "Peter Jackson"
    assert _speaker_of(analysis, "The Oscar winner") == "Peter Jackson"


def test_one_person_named_by_their_nation_is_the_person_the_story_is_about(nlp):
    text = (
        "Carlos Moya described Spain's Davis Cup victory as the highlight of his career after he beat Andy "
        "Roddick to end the USA's challenge in Seville.\n\n"
        "US coach Patrick McEnroe wants Roddick and the rest of his team to play more tennis on clay. "
        '"I think we can put the work in at the appropriate time," said McEnroe. '
        "Roddick was left frustrated after losing both his singles on the slow clay of Seville's Olympic "
        "Stadium. \"It's just tough because I felt like I was in it the whole time against one of the top "
        'three clay-courters in the world," said the American.'
    )
    assert _speaker_of(_run(nlp, text), "the American") == "Andy Roddick"
    text = (
        "Film-maker Peter Jackson has said it will be years before he starts work on The Hobbit. "
        "\"I think it's gonna be a lot of lawyers sitting in a room trying to thrash out a deal before it "
        'will ever happen," said the New Zealander.'
    )
    speakers = _speakers(_run(nlp, text))
    assert ("the New Zealander", "Peter Jackson", "person") in speakers


def test_a_name_after_or_beside_a_person_s_job_is_a_person_whatever_the_ner_said(nlp):
    text = (
        '"Do we have an ability to influence what happens in the US? Probably not," said Credit Suisse '
        "First Boston analyst Vadim Mitroshin."
    )
    assert ("Vadim Mitroshin", "person") in [(name, kind) for _, name, kind in _speakers(_run(nlp, text))]
    text = (
        "Eswar Prasad, a trade professor at Cornell, said the president's \u201cmercurial temperament\u201d "
        "had complicated the already challenging task of striking a deal."
    )
    assert [(name, kind) for _, name, kind in _speakers(_run(nlp, text))] == [("Eswar Prasad", "person")]


def test_the_firm_is_not_a_product_the_article_named(nlp):
    text = (
        "Produced by Jupiter Research the analysis of the portable media player market found only 13% of "
        "Europeans want to watch video while out and about. By contrast, almost a third are interested in "
        "listening to music on a portable player such as an iPod. The firm said gadget makers should avoid "
        "hybrid devices."
    )
    assert _speaker_of(_run(nlp, text), "The firm") == "Jupiter Research"


def test_a_name_news_writes_for_an_organization_once_is_one_wherever_the_ner_said_person(nlp):
    text = (
        "Shares in Australian budget airline Virgin Blue plunged 20% after it warned of a steep fall in full "
        "year profits.\n\n"
        "Virgin Blue said profits after tax for the year to March would be between 10% to 15% lower than "
        'the previous year. "Sluggish demand reported previously for November and now December 2004 '
        'continues," said Virgin Blue chief executive Brett Godfrey.'
    )
    assert ("Virgin Blue", "Virgin Blue", "organization") in _speakers(_run(nlp, text))
    text = (
        '2004 was a "stellar year" said Roger Bennett, director general of Elspa. '
        "Elspa noted that sales of Xbox games had grown."
    )
    analysis = _run(nlp, text)
    assert [(e.name, e.type) for e in analysis.entities if e.name == "Elspa"] == [("Elspa", "organization")]


def test_an_acronym_a_noun_for_a_firm_sets_is_the_organization(nlp):
    text = (
        "The decision to ban further tobacco factories does not apply to deals made before 2005, according "
        "to the French news agency AFP."
    )
    assert [(name, kind) for _, name, kind in _speakers(_run(nlp, text))] == [("AFP", "organization")]


def test_a_paper_named_for_a_place_is_no_person_of_a_nation(nlp):
    text = (
        "Director Quentin Tarantino is in talks to write and direct a new instalment in the Friday the 13th "
        "horror franchise, according to the Hollywood Reporter."
    )
    assert _speaker_of(_run(nlp, text), "the Hollywood Reporter") != "Quentin Tarantino"


def test_an_opening_mark_the_parser_left_on_narration_closes_no_quote(nlp):
    # A sports page of the extraction benchmark (tuning): the sentence before the quote is about Suter;
    # its last token, for the parser, is the next quote's opening mark, which once made it a quote.
    text = (
        "Wild coach Bruce Boudreau expressed confidence in the veteran winger.\n"
        "“That’s perfect,” Boudreau said. “It’s the mark of a true competitor doing things for the team.”\n"
        "Barely a week ago, Parise, 35, had scored just once in a 10-game stretch. Wild defenseman Ryan "
        "Suter, who joked about Parise’s penchant for changing sticks, could see the frustration on his "
        "friend’s face.\n“He’s used to scoring goals, getting points,” he said.\n"
    )
    assert _speaker_of(_run(nlp, text), "he") == "Ryan Suter"


EVE_TREW = (
    'Dance teacher Eve Trew, who has taught ballet for over 48 years, told BBC News she had seen a "vast" '
    'change over the years. "I think the children of many years ago did not have as many hobbies," she '
    "said.\n\nHazel Gilbert, 23, an information manager from Newcastle, gave up ballet at the age of 10 and "
    "is typical of the problem. \"It's not a very cool thing to do when you go to 'big' school,\" she {cue}."
)


def test_she_added_after_narration_goes_on_from_the_woman_quoted_not_the_one_narrated(nlp):
    # BBC entertainment (tuning) as written: "she said" after the sentence about Hazel Gilbert is hers.
    assert [name for _, name, _ in _speakers(_run(nlp, EVE_TREW.format(cue="said")))][-1] == "Hazel Gilbert"
    # The same with "added" (the one word changed): narration about a person is no speech of theirs to
    # add to, so the quote goes on from the woman quoted before.
    assert [name for _, name, _ in _speakers(_run(nlp, EVE_TREW.format(cue="added")))][-1] == "Eve Trew"


def test_a_description_glued_before_a_name_is_no_part_of_it(nlp):
    """A sentence's subject reads "Rival local club Manchester City": the speaker is Manchester City; a
    name's own lowercase words stay ("the Bank of England", "the Commons home affairs committee")."""
    from quotegraph.analyze.entities import clean_name

    doc = nlp(
        "Rival local club Manchester City has pleaded with visiting fans not to protest inside its ground "
        "when the two teams play a televised match on Sunday. Irish horse racing millionaires JP McManus "
        "and John Magnier own 29% of United."
    )
    club = doc[0].sent.root
    subject = next(t for t in club.children if t.dep_ == "nsubj")
    assert clean_name(doc[subject.left_edge.i : subject.i + 1]) == "Manchester City"
    second = list(doc.sents)[1]
    assert clean_name(doc[second.start : second.start + 6]) == "JP McManus"
    kept = nlp("The Commons home affairs committee said the Bank of England was wrong.")
    assert clean_name(kept[0:5]) == "Commons home affairs committee"
    assert clean_name(kept[6:10]) == "Bank of England"
    most = nlp("Former President Barack Obama, the most popular Democrat in America, inserted himself.")
    assert clean_name(most[5:9]) == "most popular Democrat"


def test_a_teaser_marked_video_is_furniture_and_its_label_no_speaker(nlp):
    """A page's "more videos" links: a label before a colon there is a headline's, not a speaker's."""
    from quotegraph.analyze.furniture import is_furniture

    text = (
        "Audio-Technica ATH-G1WL Review: My new go-to wireless gaming headset [Video]\n"
        "Amazon Bestseller: Manual Espresso Machine – Wacaco Nanopresso Review [Video]\n"
        "Ecoflow River 370 Review: Charge your gear anywhere [Video]"
    )
    assert all(is_furniture(line) for line in text.splitlines())
    assert not is_furniture("The review of the headset is in the video below.")
    assert _speakers(_run(nlp, text)) == []
