"""Chapter 3 exercises: the market and its narratives. Reference solutions (instructor only)."""

Q3_1 = "b"
Q3_2 = "b"
Q3_3 = ["B", "C", "D", "A", "F", "E", "G", "H"]
Q3_4 = {"brf_2017": "a", "fyp_2021": "a", "mfa_2021": "b", "academies_2021": "b",
        "samarkand_2022": "c", "sco_2022": "c"}

def comparison_cautions(a, b):
    """List what must be checked before comparing figures a and b (item 3.5)."""
    cautions = []
    # The fields to compare, in the order the cautions must be listed.
    for field in ["currency", "year", "measure", "base"]:
        # None means the source does not say, so sameness cannot be confirmed.
        unknown = a[field] is None or b[field] is None
        if unknown or a[field] != b[field]:
            cautions.append(field)
    # One official or company claim is enough to need corroboration.
    if not (a["independent"] and b["independent"]):
        cautions.append("self-reported")
    return cautions


# A share is part / whole, so whole = part / share: 45.5 / 0.398.
Q3_6 = 114.3

Q3_7 = {"crime": "b", "strategic": "a", "finance": "a", "export_law": "a", "us_firms": "b",
        "local_officials": "b"}

Q3_9 = "a"

Q3_10 = "c"

Q3_11 = "d"

Q3_12 = "c"

Q3_13 = "b"

BRIEF_3_8 = """
Supply side
The IRI and TextOre report, published in 2024, did not find a single PRC plan to export technology for
repression [source: IRI and TextOre 2024]. It did find reasons for concern: PRC surveillance firms are
some of the biggest anywhere, PRC law sets no human-rights limits on their sales, and the firms cannot refuse
their own state's demands for data. Greitens found in 2020 that countries of strategic importance to
the PRC were more likely to adopt its platforms [source: Greitens 2020].

Demand side
The same study found that high crime rates also predicted adoption, and that city officials often make
the choice. Sellers are not only Chinese: Carnegie's 2019 index found US firms supplying AI
surveillance in 32 countries [source: Feldstein 2019]. So the council's own needs and rules matter as
much as the seller.

What to ask
What evidence shows the system works? In 2019 CSIS found the benefits claimed for Huawei's safe-city
projects hard to verify [source: CSIS 2019]. Who will operate it, under what law, and who may see the
data? Will the contract allow an independent audit, and can the council leave it?
"""
