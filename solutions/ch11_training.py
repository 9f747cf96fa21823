"""Chapter 11 exercises: training. Reference solutions (instructor only)."""

Q11_1 = "b"


def parse_hedged(phrase):
    """Turn a figure as a source words it into (low, high), by the course's convention.

    "3,345" -> (3345, 3345); "over 2,700" -> (2700, None); "nearly 3,000" -> (2700.0, 3000).
    """
    text = phrase.strip().lower()
    # Floors: the source says "at least this many" and gives no ceiling.
    for hedge in ("over ", "more than "):
        if text.startswith(hedge):
            number = int(text[len(hedge):].replace(",", ""))
            return (number, None)
    # Ceilings: a value a little below the figure; the convention takes 90 per cent of it.
    for hedge in ("nearly ", "close to "):
        if text.startswith(hedge):
            number = int(text[len(hedge):].replace(",", ""))
            return (0.9 * number, number)
    # No hedge: the source's exact figure.
    number = int(text.replace(",", ""))
    return (number, number)


def per_unit_bounds(total, units):
    """The range of total / units that two hedged claims allow; None where no bound follows."""
    total_low, total_high = parse_hedged(total)
    units_low, units_high = parse_hedged(units)
    # Smallest average: fewest trainees over the most units (needs a ceiling on units).
    low = None if units_high is None else total_low / units_high
    # Largest average: most trainees over the fewest units (needs a ceiling on trainees).
    high = None if total_high is None else total_high / units_low
    return (low, high)


DOCUMENTED = ("course_notice", "news_report")


def training_summary(links, country):
    """Institutions (sorted, each once) and earliest year for one country, from documented links only."""
    kept = [l for l in links if l["country"] == country and l["evidence"] in DOCUMENTED]
    institutions = sorted({l["institution"] for l in kept})
    years = [l["year"] for l in kept if l["year"] is not None]
    earliest = min(years) if years else None
    return {"institutions": institutions, "earliest": earliest}


Q11_5 = {"yancheng": "c", "shandong": "a", "zhejiang": "a", "yunnan_courses": "b",
         "yunnan_technology": "c", "bfsu": "c"}
Q11_6 = 2023
Q11_7 = {"b", "c", "e"}
Q11_9 = "c"
Q11_10 = "a"
Q11_11 = "d"
Q11_12 = "b"

BRIEF_11_8 = """
Claims
The draft makes four claims: that PRC police colleges trained over 110,000 foreign officers; that
Shandong Police College trained 3,345 officers from 99 countries from 2006 to 2024; that Kyrgyz
training began in 2009; and that Kyrgyz officers took part in a safe-city exchange at Yancheng.

Evidence
The 110,000 figure is not about police colleges. It is Meiya Pico's own claim, on its academy's
page, for all the people it trained up to 2018, PRC police included [source: Meiya Pico academy page].
Shandong's figures come from the college's page as captured on 23 September 2023, so they cannot
run to 2024 [source: Shandong Police College introduction, captured 2023]. Kyrgyz senior officers
attended an SCO seminar at Shandong in May 2006 [source: Qilu Evening News, 2006]. The report's
appendix links Kyrgyzstan to Yancheng, but its Kyrgyzstan section never mentions Yancheng and no
source for such an exchange was found [source: IRI and TextOre report, 2024].

Corrected wording
Several PRC police institutions say they have trained thousands of foreign officers. Shandong Police
College, for example, says that from 2006 to 2023 it ran 160 courses for 3,345 trainees from 99
countries, according to its website as saved in September 2023. Kyrgyz police have attended courses
in China since at least May 2006. These are the institutions' own figures and have not been checked
independently.
"""
