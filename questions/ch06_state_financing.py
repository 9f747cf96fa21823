"""Graded spec for chapter 6, state financing. Instructor-only: holds the answers.

Every fact used here is stated, with its source, in book/ch06_state_financing.md: the
instruments table (grants and interest-free loans from the state budget via MOFCOM;
concessional loans and preferential buyer's credits from China Exim; policy-bank and
commercial loans, sometimes oil-backed); AidData's Global Chinese Development Finance
dataset, version 2.0 (2021; commitments 2000-2017) and version 3.0 (6 November 2023;
commitments 2000-2021, implementation tracked to 2023), official finance to low- and
middle-income countries, commitments not disbursements (ERR-34); the ECU-911 figures by
outlet and date (table ch06-ecu911) and the loan-not-grant correction (ERR-27); the
January 2018 Huawei investment agreement in Kyrgyzstan, withdrawn in March 2018.

Deals named "a MOFCOM grant for a hospital" and the like are generic examples of the
instruments the chapter describes, not particular projects.
"""
from course.grading.spec import Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice, Written

# ---------------------------------------------------------------- 6.2: classifying deals


def deal(name, financier, repayable, described_as):
    return {"name": name, "financier": financier, "repayable": repayable, "described_as": described_as}


ECU911 = deal("ECU-911 emergency and surveillance system, Ecuador (deal signed 2011)", "not_stated", True,
              "PRC state-funded, in exchange for oil")
KYRGYZ_2018 = deal("Smart City agreement for Bishkek and Osh with Huawei and two co-investors (January 2018)",
                   "company", True, "investment")
HOSPITAL_GRANT = deal("hospital built with a MOFCOM grant", "chinese_state", False, "aid")
INTEREST_FREE = deal("public facility financed by an interest-free loan", "chinese_state", True, "aid")
BUYERS_CREDIT = deal("equipment bought from China with a preferential buyer's credit", "chinese_state", True,
                     "preferential state support")
OIL_BACKED = deal("China Development Bank credit line repaid through oil sales", "chinese_state", True,
                  "oil-for-loans deal")
TERMS_UNKNOWN = deal("project reported only as receiving 'Chinese financing'", "not_stated", None,
                     "Chinese financing")
STATE_FUNDED_GIFT = deal("training centre given by the PRC government, nothing to repay", "chinese_state", False,
                         "state-funded")
COMPANY_TERMS_UNKNOWN = deal("partnership with a company consortium, repayment terms not reported", "company",
                             None, "partnership")

DEAL_FIELDS = """Each deal is a dict like
`{"name": "...", "financier": "chinese_state", "repayable": True, "described_as": "aid"}`.
`"financier"` is `"chinese_state"` (a PRC ministry or state bank), `"company"` (firms, alone or
in a consortium) or `"not_stated"` (the sources do not name the lender). `"repayable"` is `True`,
`False`, or `None` when the sources do not say."""

# ---------------------------------------------------------------- 6.5: dataset scope


def project(name, provider, income, year):
    return {"name": name, "provider": provider, "recipient_income": income, "commitment_year": year}


P_2012_LOAN = project("2012 state-bank loan for an emergency-response system", "chinese_state", "upper_middle", 2012)
P_2018_COMPANY = project("2018 investment agreement with a company consortium for a smart-city project",
                         "company", "lower_middle", 2018)
P_2019_LOAN = project("2019 concessional loan for city cameras", "chinese_state", "lower_middle", 2019)
P_2017 = project("2017 buyer's credit for network equipment", "chinese_state", "low", 2017)
P_2021 = project("2021 grant for a police training centre", "chinese_state", "upper_middle", 2021)
P_2022 = project("2022 loan for a data centre", "chinese_state", "lower_middle", 2022)
P_1999 = project("1999 interest-free loan for a public building", "chinese_state", "low", 1999)
P_2000 = project("2000 grant of equipment", "chinese_state", "low", 2000)
P_HIGH = project("2010 loan to a high-income country", "chinese_state", "high", 2010)
P_BUDGET = project("2015 cameras bought from the government's own budget", "recipient_budget", "upper_middle", 2015)

PROJECT_FIELDS = """Each project is a dict like
`{"name": "...", "provider": "chinese_state", "recipient_income": "lower_middle", "commitment_year": 2019}`.
`"provider"` is `"chinese_state"` (a PRC government body, state bank or other state-owned
institution), `"company"` or `"recipient_budget"` (the recipient government's own money);
`"recipient_income"` is `"low"`, `"lower_middle"`, `"upper_middle"` or `"high"`."""

CHAPTER = Chapter(
    slug="ch06_state_financing",
    title="State financing: grants, loans and credits",
    items=[
        Matching(
            "6.1", name="Q6_1", points=4, level="recall",
            prompt="A grant is a gift; a loan must be repaid, whatever it is called. Match each PRC "
                   "instrument to what the recipient owes, as the chapter's instruments table describes it.",
            left={"grant": "grant (aid gratis)",
                  "interest_free_loan": "interest-free loan",
                  "concessional_loan": "Government Concessional Loan",
                  "buyers_credit": "Preferential Export Buyer's Credit"},
            right={"a": "nothing",
                   "b": "the principal, without interest",
                   "c": "the principal plus interest below the central bank's benchmark rate",
                   "d": "the principal plus interest on preferential terms, for buying goods and services "
                        "from China",
                   "e": "the principal plus interest close to market rates"},
            answer={"grant": "a", "interest_free_loan": "b", "concessional_loan": "c", "buyers_credit": "d"},
            wrong=[{"grant": "a", "interest_free_loan": "a", "concessional_loan": "c", "buyers_credit": "d"},
                   {"grant": "a", "interest_free_loan": "b", "concessional_loan": "e", "buyers_credit": "e"}],
            hint="Only one of the four is a gift. Of the three loans, which carries no interest, and which "
                 "is tied to buying from China?",
            explanation="Grants: nothing is owed. Interest-free loans: the principal only; both come from "
                        "the state budget via MOFCOM. China Exim's Government Concessional Loan charges "
                        "interest below the central bank's benchmark; its Preferential Export Buyer's Credit "
                        "finances purchases from China on preferential terms. Market-like terms (e) belong "
                        "to policy-bank and commercial loans. Treating an interest-free loan as a gift is "
                        "the commonest slip.",
            teaches="who owes what under each instrument"),
        Function(
            "6.2", name="classify_deal", points=3, level="apply",
            signature="classify_deal(deal: dict) -> str",
            prompt="\"State-funded\", \"aid\" and \"state support\" do not tell you whether money must be "
                   "repaid. Write `classify_deal(deal)` that applies this rule, in this order, and ignores "
                   "`\"described_as\"` entirely:\n\n"
                   "1. if the financier is a company (alone or in a consortium), return "
                   "`\"investment_agreement\"`: a deal with firms is not state finance, whatever its terms;\n"
                   "2. otherwise, if the sources do not say whether the money is repaid, return "
                   "`\"unknown\"`;\n"
                   "3. otherwise return `\"loan\"` if it must be repaid (with or without interest) and "
                   "`\"grant\"` if it need not.\n\n" + DEAL_FIELDS,
            public_cases=[Case(ECU911, expect="loan"), Case(KYRGYZ_2018, expect="investment_agreement"),
                          Case(HOSPITAL_GRANT, expect="grant")],
            # Practice (learner copy), invented deals, worked by hand with the three rules in order.
            practice_cases=[
                Case({"name": "practice: road cameras paid by a state-bank loan", "financier": "chinese_state",
                      "repayable": True, "described_as": "state support"}, expect="loan"),
                Case({"name": "practice: consortium builds a data centre", "financier": "company", "repayable": True,
                      "described_as": "aid"}, expect="investment_agreement"),
                Case({"name": "practice: police radios from a PRC ministry, repayment not reported", "financier": "chinese_state",
                      "repayable": None, "described_as": "donation"}, expect="unknown"),
                Case({"name": "practice: lender not named, repaid with interest", "financier": "not_stated", "repayable": True,
                      "described_as": "financing"}, expect="loan"),
                Case({"name": "practice: school built by the PRC government, nothing to repay", "financier": "chinese_state",
                      "repayable": False, "described_as": "loan programme"}, expect="grant")],
            hidden_cases=[Case(INTEREST_FREE, expect="loan"), Case(BUYERS_CREDIT, expect="loan"),
                          Case(OIL_BACKED, expect="loan"), Case(TERMS_UNKNOWN, expect="unknown"),
                          Case(STATE_FUNDED_GIFT, expect="grant"),
                          Case(COMPANY_TERMS_UNKNOWN, expect="investment_agreement")],
            mutant_code=[
                "def classify_deal(deal):\n"
                "    # trusts the label: 'aid' or 'state-funded' sounds like a gift\n"
                "    if deal['financier'] == 'company':\n"
                "        return 'investment_agreement'\n"
                "    label = deal['described_as'].lower()\n"
                "    if 'aid' in label or 'state-funded' in label or 'state support' in label:\n"
                "        return 'grant'\n"
                "    if deal['repayable'] is None:\n"
                "        return 'unknown'\n"
                "    return 'loan' if deal['repayable'] else 'grant'\n",
                "def classify_deal(deal):\n"
                "    # looks at repayment before asking who the money came from\n"
                "    if deal['repayable'] is None:\n"
                "        return 'unknown'\n"
                "    if deal['repayable']:\n"
                "        return 'loan'\n"
                "    if deal['financier'] == 'company':\n"
                "        return 'investment_agreement'\n"
                "    return 'grant'\n",
                "def classify_deal(deal):\n"
                "    # 'not said' is read as 'not repayable'\n"
                "    if deal['financier'] == 'company':\n"
                "        return 'investment_agreement'\n"
                "    return 'loan' if deal['repayable'] else 'grant'\n",
                "def classify_deal(deal):\n"
                "    # gives up whenever the lender is not named\n"
                "    if deal['financier'] == 'company':\n"
                "        return 'investment_agreement'\n"
                "    if deal['financier'] == 'not_stated' or deal['repayable'] is None:\n"
                "        return 'unknown'\n"
                "    return 'loan' if deal['repayable'] else 'grant'\n",
            ],
            hint="Follow the three steps in order. `None` is not the same as `False`: test `is None` before "
                 "you test whether the money is repaid. The lender's name is not needed to tell a loan from "
                 "a grant.",
            explanation="Check `deal['financier'] == 'company'` first; then `deal['repayable'] is None`; then "
                        "return 'loan' or 'grant'. ECU-911 is a loan although the report calls it "
                        "'state-funded' (ERR-27): the NYT and Foreign Policy describe Chinese loans, and the "
                        "sources do not name the lender, which does not change the answer. The Kyrgyz "
                        "agreement of January 2018 is an investment agreement with a company consortium, "
                        "even though Qazaq TV reported repayment in instalments.",
            teaches="classifying a deal by its terms, not its label (ERR-27)"),
        Choice(
            "6.3", name="Q6_3", points=2, level="recall",
            prompt="The report says that in 2011 President Correa secured a \"PRC state-funded\" "
                   "surveillance system in exchange for Ecuadorian oil. Which description do the sources "
                   "the chapter cites support?",
            options={"a": "a grant from the PRC government, so Ecuador carried no cost",
                     "b": "a system financed by Chinese loans, with Ecuador supplying oil in exchange, so "
                          "Ecuador's public finances carried the cost",
                     "c": "an investment agreement with Huawei that was cancelled within two months",
                     "d": "a system paid for entirely from Ecuador's budget with no Chinese finance"},
            answer="b", wrong=["a", "c"],
            hint="Look at how the New York Times (24 April 2019) and Foreign Policy (9 August 2018) describe "
                 "the money. Does it have to be repaid?",
            explanation="The NYT describes a system financed by Chinese loans with oil in exchange; Foreign "
                        "Policy describes a USD 240 million Chinese loan in 2012. A loan is repaid, so the "
                        "cost fell on Ecuador's public finances, open to its auditors and courts. 'State-"
                        "funded' is easily misread as a grant (ERR-27). Option c describes the Kyrgyz deal "
                        "of 2018.",
            teaches="loan, not grant: correcting the report (ERR-27)"),
        Matching(
            "6.4", name="Q6_4", points=5, level="apply",
            prompt="Different ECU-911 figures measure different things. For each question, pick the figure "
                   "(with its outlet and date) that actually answers it. One figure is a trap: it has the "
                   "right number but measures something else. Not every figure is used.",
            left={"loan_2012": "How large was the Chinese loan that initially funded ECU-911?",
                  "total_spent": "How much was spent in total on ECU-911's civil works and equipment?",
                  "initial_price": "What was the system's initial price?",
                  "all_credit": "How much Chinese credit, secured on oil, had Ecuador received in all?",
                  "remaining_centres": "What was the contract to build the centres the first contractor "
                                       "did not deliver?"},
            right={"a": "more than USD 200 million (New York Times, 24 April 2019)",
                   "b": "USD 240 million (Foreign Policy, 9 August 2018)",
                   "c": "about USD 273 million (Vistazo, 10 May 2019)",
                   "d": "more than USD 19 billion (New York Times, 24 April 2019)",
                   "e": "USD 61.81 million (El Universo, 10 March 2016)",
                   "f": "USD 38.12 million (El Universo, 10 March 2016)",
                   "g": "about USD 240 million (Vistazo, 10 May 2019, quoting President Correa in February 2012)"},
            answer={"loan_2012": "b", "total_spent": "c", "initial_price": "a", "all_credit": "d",
                    "remaining_centres": "f"},
            wrong=[{"loan_2012": "g", "total_spent": "c", "initial_price": "a", "all_credit": "d",
                    "remaining_centres": "f"},
                   {"loan_2012": "b", "total_spent": "d", "initial_price": "a", "all_credit": "c",
                    "remaining_centres": "e"}],
            hint="Use the 'What it describes' column of the chapter's ECU-911 table, not the size of the "
                 "number. Two figures of 240 million describe different things.",
            explanation="Foreign Policy's USD 240 million is the 2012 loan; Correa's 'about 240 million' "
                        "(Vistazo) is the cost of the first phase, a different measure that happens to match. "
                        "Vistazo's USD 273 million is the total spent; the NYT's 'more than USD 200 million' "
                        "is the initial price; its USD 19 billion covers all oil-backed Chinese credit to "
                        "Ecuador, not ECU-911. El Universo's USD 38.12 million is the April 2013 CEIEC "
                        "contract for the remaining centres; the USD 61.81 million contract was the first "
                        "one, of which seven centres were delivered.",
            teaches="reconciling figures by what they measure, outlet and date"),
        Function(
            "6.5", name="gcdf_versions", points=3, level="apply",
            signature="gcdf_versions(project: dict) -> list",
            prompt="The report used \"a comprehensive dataset\" from William & Mary without naming it: it is "
                   "AidData's Global Chinese Development Finance (GCDF) dataset. Write "
                   "`gcdf_versions(project)` that returns the versions that could record a project, as a "
                   "list in the order `[\"2.0\", \"3.0\"]` (or fewer, or none). A version can record a "
                   "project only if:\n\n"
                   "- the money is official finance: it comes from a PRC government body or state-owned "
                   "institution (`\"chinese_state\"`);\n"
                   "- the recipient is a low- or middle-income country;\n"
                   "- the commitment year falls in the version's range: 2000-2017 for version 2.0, "
                   "2000-2021 for version 3.0 (both ends included). The years to which a version tracks "
                   "implementation do not extend this range.\n\n" + PROJECT_FIELDS,
            public_cases=[Case(P_2012_LOAN, expect=["2.0", "3.0"]), Case(P_2018_COMPANY, expect=[]),
                          Case(P_2019_LOAN, expect=["3.0"])],
            # Practice (learner copy), invented projects, worked by hand: state money, not high income, year in range.
            practice_cases=[
                Case({"name": "practice: 2016 state-bank loan for a data centre", "provider": "chinese_state",
                      "recipient_income": "low", "commitment_year": 2016}, expect=["2.0", "3.0"]),
                Case({"name": "practice: 2020 state loan for cameras", "provider": "chinese_state",
                      "recipient_income": "upper_middle", "commitment_year": 2020}, expect=["3.0"]),
                Case({"name": "practice: 2023 state loan for a control room", "provider": "chinese_state",
                      "recipient_income": "low", "commitment_year": 2023}, expect=[]),
                Case({"name": "practice: 2014 company deal for cameras", "provider": "company",
                      "recipient_income": "lower_middle", "commitment_year": 2014}, expect=[]),
                Case({"name": "practice: 2011 state loan to a high-income country", "provider": "chinese_state",
                      "recipient_income": "high", "commitment_year": 2011}, expect=[]),
                Case({"name": "practice: 2017 state grant of servers", "provider": "chinese_state",
                      "recipient_income": "upper_middle", "commitment_year": 2017}, expect=["2.0", "3.0"])],
            hidden_cases=[Case(P_2017, expect=["2.0", "3.0"]), Case(P_2021, expect=["3.0"]),
                          Case(P_2022, expect=[]), Case(P_1999, expect=[]), Case(P_2000, expect=["2.0", "3.0"]),
                          Case(P_HIGH, expect=[]), Case(P_BUDGET, expect=[])],
            mutant_code=[
                "def gcdf_versions(project):\n"
                "    # uses the implementation years (to 2021 and 2023) as the ranges\n"
                "    if project['provider'] != 'chinese_state' or project['recipient_income'] == 'high':\n"
                "        return []\n"
                "    year = project['commitment_year']\n"
                "    return [v for v, last in (('2.0', 2021), ('3.0', 2023)) if 2000 <= year <= last]\n",
                "def gcdf_versions(project):\n"
                "    # counts any Chinese money, including company deals\n"
                "    if project['provider'] == 'recipient_budget' or project['recipient_income'] == 'high':\n"
                "        return []\n"
                "    year = project['commitment_year']\n"
                "    return [v for v, last in (('2.0', 2017), ('3.0', 2021)) if 2000 <= year <= last]\n",
                "def gcdf_versions(project):\n"
                "    # forgets that the dataset covers only low- and middle-income countries\n"
                "    if project['provider'] != 'chinese_state':\n"
                "        return []\n"
                "    year = project['commitment_year']\n"
                "    return [v for v, last in (('2.0', 2017), ('3.0', 2021)) if 2000 <= year <= last]\n",
                "def gcdf_versions(project):\n"
                "    # leaves out the last year of each range\n"
                "    if project['provider'] != 'chinese_state' or project['recipient_income'] == 'high':\n"
                "        return []\n"
                "    year = project['commitment_year']\n"
                "    return [v for v, last in (('2.0', 2017), ('3.0', 2021)) if 2000 <= year < last]\n",
            ],
            hint="First rule out projects that are not official Chinese finance or go to a high-income "
                 "country. Then test the commitment year against each version's range, first and last "
                 "year included.",
            explanation="Return [] unless provider is 'chinese_state' and income is not 'high'; then keep "
                        "each version whose commitment range contains the year. A 2019 commitment is only in "
                        "3.0; a 2022 one is in neither, even though 3.0 tracks implementation to 2023. A "
                        "company deal such as the 2018 Kyrgyz agreement, or cameras bought from the "
                        "recipient's own budget, would not appear at all. That is why the report's 'no "
                        "preference' finding must name its version (2.0 was current during the 2022 "
                        "research) and its method (ERR-34).",
            teaches="what each version of the GCDF dataset can record (ERR-34)"),
        MultiChoice(
            "6.6", name="Q6_6", points=3, level="recall",
            prompt="Which of these questions could GCDF version 3.0 answer **on its own**, without other "
                   "sources? Remember that it records official financial commitments project by project. "
                   "Give the set of letters.",
            options={"a": "How much did China Exim commit to Ecuador in a given year?",
                     "b": "Were most ICT projects in a region financed by loans or by grants?",
                     "c": "Did the terms of Chinese official lending change after 2017?",
                     "d": "Which cameras and analytics software did a 'safe city' project deliver?",
                     "e": "How much money was actually paid out on a given project?",
                     "f": "How much did a government spend on cameras from its own budget?"},
            answer={"a", "b", "c"},
            wrong=[{"a", "b", "c", "d"}, {"a", "b", "c", "e"}, {"a", "b"}],
            hint="For each question ask: is it about what a Chinese state lender agreed to provide, to whom, "
                 "when and on what terms? Or about technology delivered, money paid out, or money that was "
                 "never Chinese official finance?",
            explanation="The dataset shows which Chinese institution committed how much, to which country, "
                        "in which year and in what form, so a, b and c can be answered (c needs version 3.0, "
                        "whose commitments run to 2021; version 2.0 stops at 2017). It records commitments, "
                        "not disbursements (e); project descriptions rarely list the technology delivered "
                        "(d); and it tracks only official finance, so a purchase from the recipient's own "
                        "budget does not appear (f).",
            teaches="what project-level finance data can and cannot show"),
        Choice(
            "6.8", name="Q6_8", points=3, level="analyse",
            prompt="**Case (invented).** A ministry announces \"a Chinese state-supported safe city "
                   "project\". The signed agreement shows a Preferential Export Buyer's Credit from China Exim, "
                   "at 2 percent interest over 15 years, to buy cameras from a Chinese firm. Using the "
                   "chapter's table of instruments, what is the deal, and who carries the cost?",
            options={"a": "a loan, repaid with interest, to buy goods from China: the government pays",
                     "b": "a grant: \"state-supported\" and preferential terms mean the government owes nothing",
                     "c": "an investment agreement with a company, like the Kyrgyz Smart City deal of 2018",
                     "d": "an interest-free loan from the state budget, managed by the Ministry of Commerce"},
            answer="a", wrong=["b", "d"],
            why={"a": "Right: a preferential buyer's credit is repaid with interest on preferential terms and "
                      "finances purchases from China. The cost falls on the borrowing government's public "
                      "finances, whatever the announcement calls it.",
                 "b": "Wrong: this is the misreading behind ERR-27. A loan must be repaid even when it is called "
                      "\"aid\" or \"state support\"; only a grant is a gift.",
                 "c": "Wrong: the Kyrgyz deal was an agreement with a consortium of companies. Here the lender is "
                      "China Exim, a state bank, and the money is a credit.",
                 "d": "Wrong: interest-free loans come from the state budget through MOFCOM. A China Exim credit "
                      "carries interest, even at a preferential rate."},
            hint="Find the instrument in the chapter's table. Who provides it, and what does the recipient owe?",
            explanation="The instrument decides the cost, not the label. China Exim's Preferential Export Buyer's "
                        "Credit carries interest on preferential terms and pays for goods and services from "
                        "China. The government must repay it, so the cost is its own public spending.",
            teaches="classifying a new financing deal by the table of instruments"),
        Choice(
            "6.9", name="Q6_9", points=3, level="analyse",
            prompt="**Case (invented).** A researcher searches GCDF version 3.0 for a country and finds no "
                   "Chinese-financed surveillance project. An official concludes: \"So there are no Chinese "
                   "cameras in our cities.\" Why does the conclusion not follow?",
            options={"a": "it does follow: the dataset lists every Chinese export, project by project",
                     "b": "the researcher must have made a mistake: two careful researchers always agree",
                     "c": "it would follow only with version 2.0, which covered more countries",
                     "d": "it tracks official finance only; cameras bought other ways are missing"},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: the GCDF records official financial commitments, not exports. Cameras bought "
                      "without Chinese official finance are not in it.",
                 "b": "Wrong: there is no ready-made surveillance label, so researchers can draw the line "
                      "differently. But the main gap here is what the dataset covers at all.",
                 "c": "Wrong: both versions cover 165 countries, and version 2.0 stops at 2017. The version does "
                      "not fix the gap.",
                 "d": "Right: a government that buys cameras from its own budget, or signs a deal with a "
                      "company, may not appear. And project descriptions rarely list the technology delivered."},
            hint="Read the chapter's list of what the dataset cannot show. Which ways of buying cameras would "
                 "never appear in it?",
            explanation="An empty search shows no official Chinese finance labelled in a way the researcher "
                        "recognised. It does not show an absence of Chinese equipment: purchases from the "
                        "national budget, company deals, and projects whose descriptions do not name the "
                        "technology all escape the search.",
            teaches="what the absence of a record in a dataset does and does not show"),
        Choice(
            "6.10", name="Q6_10", points=3, level="evaluate",
            prompt="**Case (invented).** Three sources describe one city camera system. A newspaper "
                   "(2020) reports \"a USD 80 million "
                   "Chinese loan\". The mayor (2021) says \"the first phase cost about USD 80 million\". The "
                   "national audit office (2023) reports \"USD 95 million spent in total\". "
                   "A blog says the audit proves that USD 15 million went missing. How well supported is "
                   "the blog's claim?",
            options={"a": "well supported: the audit is a finding, so the gap it shows is established",
                     "b": "well supported: the mayor's figure is a self-claim, so only the audit counts",
                     "c": "not supported: the figures measure different things, so the gap shows nothing",
                     "d": "partly supported: average the three figures and compare the average with the audit"},
            answer="c", wrong=["a", "b"],
            why={"a": "Wrong: the audit establishes what was spent in total. It does not say that money went "
                      "missing; the blog makes that claim by comparing unlike figures.",
                 "b": "Wrong: the mayor's figure may be a self-claim, but the problem is not whose figure it is. "
                      "A loan, a first phase and a total spend are different measures.",
                 "c": "Right: as with ECU-911, a loan, the cost of a first phase and the total spent are "
                      "different things. A total larger than a first phase is expected.",
                 "d": "Wrong: averaging figures that measure different things gives a number that measures "
                      "nothing."},
            hint="Ask of each figure what it describes. The chapter's ECU-911 table shows the same pattern.",
            explanation="The ECU-911 table has the same shape: a loan (USD 240 million, Foreign Policy), a "
                        "first-phase cost (about USD 240 million, Correa) and a total spent (USD 273 million, "
                        "Vistazo). Different measures are not rival estimates of one number, so their "
                        "difference is not evidence of missing money.",
            teaches="judging a claim built on three cost figures"),
        Choice(
            "6.11", name="Q6_11", points=3, level="analyse",
            prompt="**Case (invented).** A researcher adds up the GCDF records she tagged as \"safe city\" "
                   "projects for two countries. Country P shows USD 0; its only record is a donated police video "
                   "platform with training. Country Q shows USD 150 million in loans. She concludes that Q "
                   "received far more Chinese support for surveillance. What is the strongest objection?",
            options={"a": "none: the dataset records official finance, so its totals settle the question for both",
                     "b": "P's zero may hide a donation that is hard to value, and the totals are commitments",
                     "c": "the loans to Q should not count, because a loan is not support at all",
                     "d": "P must be missing from the dataset, since a record cannot have a zero value"},
            answer="b", wrong=["a", "c"],
            why={"a": "Wrong: totals hide what the dataset cannot value or show. The chapter lists four limits, "
                      "and two of them apply here.",
                 "b": "Right: in-kind donations and training can appear with a value of zero, so P's support is "
                      "present but invisible in totals. And a commitment is what a lender agreed, not money spent.",
                 "c": "Wrong: a loan must be repaid, but it is still official finance. The chapter's point is to "
                      "name the instrument, not to leave loans out.",
                 "d": "Wrong: P is in the dataset, with one record. Zero values are how the dataset treats items "
                      "that are hard to value."},
            hint="Read the chapter's list of what the dataset cannot show. Which limits apply to each country's "
                 "total?",
            explanation="Two limits break the comparison: hard-to-value items such as donations and training can "
                        "appear at zero, and the GCDF records commitments, not disbursements. Which projects count "
                        "as \"safe city\" is also the researcher's own judgement. P's zero is \"value unknown\".",
            teaches="comparing dataset totals for two countries"),
        Choice(
            "6.12", name="Q6_12", points=3, level="analyse",
            prompt="**Case (invented).** A press release says a country's police \"received USD 20 million "
                   "from China\" in 2019 for a safe city. GCDF version 3.0 shows a 2019 commitment of USD 20 "
                   "million from China Exim, a concessional loan for an \"emergency response\" project. "
                   "What do the data let you say?",
            options={"a": "the police received a USD 20 million grant, as the release says",
                     "b": "a 2019 loan commitment; not what was paid out, or whether it bought face search",
                     "c": "the project includes facial recognition, since any emergency response system needs it",
                     "d": "nothing: version 3.0 ends before 2019, so the record must be an error"},
            answer="b", wrong=["a", "c"],
            why={"a": "Wrong: a concessional loan is repaid with interest; \"received from China\" hides that. "
                      "And a commitment is not money received.",
                 "b": "Right: the record shows what China Exim agreed to lend in 2019. Money paid out can differ, "
                      "and an emergency-response project may or may not include facial recognition.",
                 "c": "Wrong: the chapter says such a project may or may not include facial recognition; the "
                      "description rarely lists the technology.",
                 "d": "Wrong: version 3.0 covers commitments from 2000 to 2021, so a 2019 commitment can be in "
                      "it."},
            hint="Read the first limit in the chapter's list of what the dataset cannot show, and the row for "
                 "China Exim in the table of instruments.",
            explanation="The record is a commitment of a concessional loan (principal plus interest below the "
                        "benchmark rate). It does not show disbursements, and the project label does not say "
                        "what technology was delivered. The press release turns a loan commitment into money "
                        "received.",
            teaches="reading one finance record against the dataset's limits"),
        Written(
            "6.7", name="MEMO_6_7", points=3, level="evaluate",
            prompt="The report found that PRC state financing showed \"no preference\" for surveillance "
                   "technology over other exports. Write a methods note of 150 to 300 words for a "
                   "researcher who wants to check that finding. Use three headings, each on its own line: "
                   "`Finding`, `Gaps`, `Reproducible version`. Mention at least two different years and "
                   "cite at least two sources as `[source: ...]`.",
            rules=[("words_between", {"low": 150, "high": 300}),
                   ("has_headings", {"headings": ["Finding", "Gaps", "Reproducible version"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 2})],
            rubric=[Criterion("dataset", 2, "Names the dataset and the version current during the research "
                                            "(GCDF 2.0) and notes that 3.0 was released in November 2023."),
                    Criterion("limits", 2, "Explains at least two limits: commitments not spending; no "
                                           "surveillance label; official finance only; zero-valued items."),
                    Criterion("method", 2, "Specifies a written rule for identifying surveillance projects, a "
                                           "comparison group and the measure compared."),
                    Criterion("fairness", 2, "Treats the finding as unverifiable rather than false, and "
                                             "attributes it to TextOre and IRI.")],
            hint="Check the length, put each heading on a line by itself, give years, and cite sources in "
                 "the form [source: AidData GCDF 3.0, 2023].",
            explanation="A strong note names GCDF 2.0 as the version current in 2022 and 3.0 (6 November 2023), "
                        "lists the limits (commitments, no surveillance label, official finance only, zero "
                        "values), and sets out a classification rule, a comparison group and a measure.",
            teaches="what a reproducible finding needs (ERR-34)"),
    ],
)
