"""Chapter 16 exercises: conclusions and levers. Reference solutions (instructor only)."""

Q16_1 = {"hearing": "a", "export_law": "a", "publish": "b", "clauses": "b", "inspect": "c",
         "open_ports": "c", "attribute": "d", "moratorium": "e"}
Q16_2 = {"legal_basis": "a", "consultations": "a", "coalitions": "b", "complaints": "b",
         "audits": "c", "document": "c"}

REQUIRED_CLAUSES = ("data_location", "access_logs", "remote_maintenance")


def red_flags(tender):
    """The procurement red flags a tender raises, sorted alphabetically."""
    flags = []
    if not tender["public_bidding"]:
        flags.append("no_public_bidding")
    if not tender["contract_published"]:
        flags.append("contract_not_published")
    # Check each required clause by name: extra or repeated clauses do not make up for a missing one.
    if any(clause not in tender["data_clauses"] for clause in REQUIRED_CLAUSES):
        flags.append("missing_data_terms")
    # Only a free offer with no whole-life costing is flagged; a paid tender is costed by its price.
    if tender["price"] == 0 and not tender["lifetime_cost_estimated"]:
        flags.append("uncosted_free_offer")
    if not tender["due_diligence"]:
        flags.append("no_due_diligence")
    return sorted(flags)


def review_order(tenders):
    """Names of the tenders with at least one flag: most flags first, ties in alphabetical order."""
    flagged = [t for t in tenders if red_flags(t)]
    # Sort by two keys at once: minus the flag count (so more flags come first), then the name.
    flagged.sort(key=lambda t: (-len(red_flags(t)), t["name"]))
    return [t["name"] for t in flagged]


Q16_5 = {"b", "c", "e"}
Q16_6 = "c"
Q16_7 = "a"

MEMO_16_8 = """
Actor and problem
I write for a procurement official in a city ministry that plans to buy face-recognition cameras.
The cases show what goes wrong when buying is rushed. Ecuador signed its ECU-911 deal in February
2011 without public bidding [source: New York Times, 2019], and in 2017 the Comptroller General found
a USD 32 million overpayment on six of its buildings [source: Expreso, 2018]. In Kyrgyzstan, activists
asked where camera data would be stored and who could reach it [source: IRI and TextOre report, 2024].

Levers
First, publish the tender and the signed contract, and award it only by open bidding. This serves
support for civil society, because it lets auditors, journalists and local groups check the terms.
Kyrgyzstan's Interior Ministry itself said in 2019 that its CEIEC agreement was public. The sign of
success is simple: the contract is on the ministry's website within a month of signing.

Second, write data clauses into every contract, whoever the supplier: where data are stored, access
logs, and rules for remote maintenance. This serves monitoring and countermeasures, and it is
vendor-neutral, in the spirit of the Special Rapporteur's 2019 call for safeguards before use
[source: UN Special Rapporteur report A/HRC/41/35, 2019]. Success means a logged, auditable record of
every access in the first year of operation.

Risks and limits
Open bidding takes longer, and the market may be thin: only two firms answered Malaysia's 2024 tender
for a second 5G network [source: Mobile World Live, 2025]. Equal criteria for every bidder are the
answer to that, not exceptions. Clauses are only as good as the auditors who check them, so the
official should agree an audit with the national auditor. Officials who ask hard questions of
powerful suppliers may face pressure; working through formal written procedures protects them.
"""

# 16.9 ---------------------------------------------------------------------------
Q16_9 = "b"

# 16.10 --------------------------------------------------------------------------
Q16_10 = "d"

# 16.11 --------------------------------------------------------------------------
Q16_11 = "a"

# 16.12 --------------------------------------------------------------------------
Q16_12 = "c"
