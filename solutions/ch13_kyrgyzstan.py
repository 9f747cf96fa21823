"""Chapter 13 exercises: Kyrgyzstan, Bishkek Safe City. Reference solutions (instructor only)."""

# 13.1 ---------------------------------------------------------------------------
Q13_1 = {"smart_city_2018": "a", "phase_1": "b", "command_centre": "c", "phase_2": "d"}

# 13.2 ---------------------------------------------------------------------------
Q13_2 = ["C", "E", "A", "H", "G", "F", "D", "I", "B"]


# 13.3 ---------------------------------------------------------------------------

def whole_months(start, end):
    """Complete months from start to end ("YYYY-MM-DD" strings), or None if end is earlier."""
    if end < start:                                      # ISO date strings compare like dates
        return None
    start_year, start_month, start_day = (int(x) for x in start.split("-"))
    end_year, end_month, end_day = (int(x) for x in end.split("-"))
    months = (end_year - start_year) * 12 + (end_month - start_month)
    if end_day < start_day:                              # the last month is not complete yet
        months -= 1
    return months


# 13.4 ---------------------------------------------------------------------------
Q13_4 = "c"

# 13.5 ---------------------------------------------------------------------------
Q13_5 = "b"

# 13.6 ---------------------------------------------------------------------------
# chance for one face: 1 - (1 - 0.000001) ** 85000 = 0.0815; times 100,000 faces a day
Q13_6 = 8149

# 13.7 ---------------------------------------------------------------------------
Q13_7 = {"a", "d", "f"}

# 13.8 ---------------------------------------------------------------------------
MEMO_13_8 = """
Facts
Bishkek's system had several builders. Huawei signed an investment agreement in January 2018 that
was later dropped; Russia's Vega built phase 1, which went live in February 2019; the Chinese state
company CEIEC gave the command-centre and face-recognition equipment in 2019, free to the state
budget; and Shenzhen Sunwin started phase 2 in August 2020 [source: 24.kg 2019]. In May 2024 a member
of parliament said 90 percent of the cameras were not working [source: 24.kg 2024].

Concerns
In 2019 a digital-rights advocate warned that remotely updated Chinese systems raise the question of
who can reach the data, and a civil-society monitor warned that the data could be used against
activists [source: RFE/RL 2019]. A coalition of more than 70 NGOs called for a moratorium on face
recognition, as reported in January 2020.

Evidence gaps
These are warnings about risk, not findings: no source shows a supplier accessing Kyrgyz camera data.
The sources also do not explain why the Huawei agreement was dropped. Official camera counts
disagree (60 or at least 800 face-recognition cameras in 2019).

Assessment
The clearest harm on record is not about the supplier. From June 2023 the Interior Ministry matched
faces against the CIS interstate wanted list, to which Russian agencies alone had added more than
85,000 people, while Russian anti-war activists were being detained in Bishkek [source: Spektr 2023].
The sources do not show that the cameras found them, but a list that size produces many false
alerts and gives foreign governments a way in. The system is Chinese-built in large part, yet the
risk comes from the list, the data-sharing rules and the lack of safeguards. Funding should support
oversight of those rules, not only scrutiny of suppliers.
"""

# 13.9 ---------------------------------------------------------------------------
Q13_9 = "d"

# 13.10 --------------------------------------------------------------------------
Q13_10 = "b"

# 13.11 --------------------------------------------------------------------------
Q13_11 = "a"
