"""Chapter 10 exercises: smart and safe cities. Reference solutions (instructor only)."""


def implied_counts(pct, n):
    """Try every possible count and keep those that round to the published percentage."""
    # range(n + 1) includes n itself, so a share of 100% can be found.
    return [k for k in range(n + 1) if round(100 * k / n) == pct]


Q10_2 = "a"
Q10_3 = 21      # 73 agreements - (32 Partly Free + 20 Not Free)


def claim_differences(a, b):
    """List why two scale claims cannot be read as a trend; an empty list means they can."""
    reasons = []
    # Unknown coverage on either side blocks the comparison, even if both are unknown:
    # two claims that do not say what they cover cannot be shown to cover the same thing.
    if a["includes_china"] is None or b["includes_china"] is None or a["includes_china"] != b["includes_china"]:
        reasons.append("coverage")
    if a["label"].lower() != b["label"].lower():
        reasons.append("label")
    if a["unit"].lower() != b["unit"].lower():
        reasons.append("unit")
    return reasons      # appended in alphabetical order already


Q10_5 = {"plate_cameras": "a", "fibre_cable": "b", "cloud_video": "c", "ai_matching": "d",
         "command_centre": "e", "police_mobile": "e"}
Q10_6 = ["B", "E", "C", "G", "A", "F", "D"]
Q10_7 = {"a", "d", "f"}
Q10_9 = "c"
Q10_10 = "a"
Q10_11 = "d"
Q10_12 = "b"

MEMO_10_8 = """
What is proposed
A safe-city platform is more than cameras. It joins street cameras, a network, video storage,
analytics software and a police command centre. Each layer is dual use: a camera that counts traffic can
also follow a person, so the law and the oversight around the system decide how it is used.

What the numbers show
The brochure's figure is the vendor's own claim. Huawei has given several such figures, for example more
than 160 smart cities in over 100 countries and regions in November 2021 [source: Privacy International
2021], while a 2020 news report spoke of 700 cities and regions, including many in China. The labels,
units and coverage differ, so these numbers cannot show growth or size. The best independent count, by
CSIS in 2019, found 73 Safe City agreements in 52 countries [source: CSIS 2019]. CSIS also found that the
promised benefits were difficult to verify and in some cases grossly exaggerated. No figure here shows
that crime fell in any city because of the platform.

Questions to ask
Who will operate the system: the police, the city or the vendor? What will it collect, such as faces or
number plates? What law allows this, and how long is data kept? Who can audit it: a data-protection
authority, a court, this council? What independent evidence supports the promised fall in crime? Will
the contract be published?
"""
