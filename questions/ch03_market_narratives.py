"""Graded spec for chapter 3, the market and its narratives. Instructor-only: holds the answers.

The set practises reading the report's headline judgement precisely (risks are not
findings), attributing and dating PRC policy statements (ERR-37: Made in China 2025 is a
State Council notice of 8 May 2015), sorting primary sources into the report's three
narratives, handling dated state-media figures (what a share is a share of; when two
figures can be compared), and telling a supply-side from a demand-side explanation. All
facts come from book/ch03_market_narratives.md and the sources it cites.
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, Number, Ordering,
                                 Written)


def figure(name, *, currency, year, measure, base, independent):
    return {"name": name, "currency": currency, "year": year, "measure": measure, "base": base,
            "independent": independent}


# The two September 2022 Xinhua items the chapter compares. The year the 7.1 trillion
# measures is not stated in the report's account of it, hence None.
XINHUA_WORLD = figure("Xinhua, 7 Sep 2022, share of world total", currency="USD",
                      year=None, measure="digital economy", base="world total", independent=False)
VICE_MINISTER = figure("vice-minister via Xinhua, Sep 2022, share of GDP", currency="CNY",
                       year=2021, measure="digital economy", base="GDP", independent=False)
# Invented figures for practice.
SURVEY_A = figure("independent survey A", currency="USD", year=2021, measure="digital economy",
                  base="world total", independent=True)
SURVEY_B = figure("independent survey B", currency="USD", year=2021, measure="digital economy",
                  base="world total", independent=True)
SURVEY_UNDATED = figure("independent survey, year not stated", currency="USD", year=None,
                        measure="digital economy", base="world total", independent=True)
CAMERA_EXPORTS = figure("independent survey of camera exports", currency="USD", year=2021,
                        measure="surveillance camera exports", base="world total", independent=True)
VENDOR_REVENUE = figure("vendor's annual report", currency="USD", year=2021, measure="digital economy",
                        base="world total", independent=False)
YUAN_GDP = figure("independent survey in yuan, share of GDP", currency="CNY", year=2021,
                  measure="digital economy", base="GDP", independent=True)
NO_CURRENCY = figure("independent survey, currency not stated", currency=None, year=2021,
                     measure="digital economy", base="world total", independent=True)
ALL_DIFFERENT = figure("state media, camera exports in yuan, 2020", currency="CNY", year=2020,
                       measure="surveillance camera exports", base="GDP", independent=False)

CAUTION_ORDER = '["currency", "year", "measure", "base", "self-reported"]'

FIGURE_FIELDS = """Each figure is a dict like
`{"name": "...", "currency": "USD", "year": 2021, "measure": "digital economy", "base": "world total",
"independent": False}`: `year` is the year the figure measures, `base` is what the source compares it
with (`"world total"`, `"GDP"` ...), `independent` is `False` for an official, state-media or company claim
about its own country or business. `None` means the source, as quoted, does not say."""

CHAPTER = Chapter(
    slug="ch03_market_narratives",
    title="The market and its narratives",
    items=[
        Choice(
            "3.1", name="Q3_1", points=2, level="recall",
            prompt="Which sentence states the report's headline judgement accurately?",
            options={"a": "it found a single, coordinated PRC strategy to export technology for repression",
                     "b": "it found no single, coordinated PRC strategy to export technology for repression, "
                          "but named reasons for concern that justify scrutiny",
                     "c": "it found that Beijing has used PRC-made systems abroad to collect intelligence "
                          "without host governments knowing",
                     "d": "it found no reason for concern, because buyers choose these systems for their own "
                          "reasons"},
            answer="b", wrong=["a", "c"],
            hint="Hold both halves of the judgement together, and ask of each option whether the report "
                 "states it as something that happened or as a risk.",
            explanation="The report finds no unified plan but four reasons for concern (standards, market "
                        "size, no human-rights limits on exports, firms unable to refuse the state). Covert "
                        "intelligence collection abroad is one of the consequences it describes as a *risk*, "
                        "not a finding; (c) turns a risk into a finding.",
            teaches="telling a stated risk from a finding"),
        Choice(
            "3.2", name="Q3_2", points=2, level="recall",
            prompt="A draft briefing reads: \"In Made in China 2025, the Chinese Communist Party set out its "
                   "aim to lead global manufacturing.\" How should the source be attributed?",
            options={"a": "as written: a strategy of the Chinese Communist Party",
                     "b": "a notice of the State Council, the PRC's central government, issued on 8 May 2015",
                     "c": "a plan approved by the National People's Congress in March 2021",
                     "d": "a speech by Xi Jinping at the Belt and Road Forum in May 2017"},
            answer="b", wrong=["a", "c"],
            hint="Look at what kind of document the report's own endnote cites, and at the date in the "
                 "chapter's timeline of PRC statements.",
            explanation="The report attributes the strategy to the Party (ERR-37), but the document its own "
                        "endnote cites is a State Council notice of 8 May 2015. Party and state are closely "
                        "linked but are different institutions; (c) describes the 14th Five-Year Plan.",
            teaches="attributing a policy to the body that issued it (ERR-37)"),
        Ordering(
            "3.3", name="Q3_3", points=3, level="apply",
            prompt="Put these PRC statements in the order they were made, earliest first, as a list of letters.",
            entries={"A": "the National People's Congress approves the 14th Five-Year Plan, with digital help "
                          "for less developed countries",
                     "B": "the State Council issues Made in China 2025",
                     "C": "Xi Jinping calls for a digital silk road at the first Belt and Road Forum",
                     "D": "the State Council issues the New Generation Artificial Intelligence Development Plan",
                     "E": "the Foreign Ministry calls present internet governance \"unbalanced and unjust\"",
                     "F": "Xi Jinping tells the academies of science and engineering that innovation is \"the "
                          "main battlefield\" of strategic competition",
                     "G": "Xinhua puts China's digital economy at USD 7.1 trillion",
                     "H": "Xi Jinping warns SCO leaders at Samarkand against colour revolutions"},
            answer=["b", "c", "d", "a", "f", "e", "g", "h"],
            wrong=[["b", "d", "c", "a", "f", "e", "g", "h"], ["b", "c", "d", "a", "e", "f", "g", "h"],
                   ["b", "c", "d", "f", "a", "e", "g", "h"]],
            hint="Date each statement to the month with the chapter's timeline. Several fall in the same year "
                 "(2017, 2021, 2022): for those, the month decides.",
            explanation="8 May 2015 (B), 14 May 2017 (C), July 2017 (D), March 2021 (A), 28 May 2021 (F), "
                        "20 October 2021 (E), 7 September 2022 (G), 16 September 2022 (H).",
            teaches="dating the primary sources behind a narrative"),
        Matching(
            "3.4", name="Q3_4", points=4, level="apply",
            prompt="Match each dated PRC statement to the report's narrative it best illustrates: "
                   "**a** technology as shared progress, **b** a fair competitor in a rigged market, "
                   "**c** the internet as a threat to stability. Answer with a dict, e.g. "
                   "`{\"brf_2017\": \"a\", ...}`.",
            left={"brf_2017": "Xi Jinping, May 2017: big data, cloud services and smart cities should become "
                              "\"a digital silk road of the 21st century\"",
                  "fyp_2021": "14th Five-Year Plan, March 2021: technology, equipment and services for less "
                              "developed countries",
                  "mfa_2021": "Foreign Ministry paper, October 2021: present internet management is "
                              "\"unbalanced and unjust\"",
                  "academies_2021": "Xi Jinping, May 2021: science and technology innovation is \"the main "
                                    "battlefield\" of international strategic competition",
                  "samarkand_2022": "Xi Jinping, September 2022: guard against outside forces stirring up a "
                                    "colour revolution",
                  "sco_2022": "SCO declaration, September 2022: each state's sovereign right to regulate the "
                              "internet in its own national segment"},
            right={"a": "technology as shared progress", "b": "a fair competitor in a rigged market",
                   "c": "the internet as a threat to stability"},
            answer={"brf_2017": "a", "fyp_2021": "a", "mfa_2021": "b", "academies_2021": "b",
                    "samarkand_2022": "c", "sco_2022": "c"},
            wrong=[{"brf_2017": "a", "fyp_2021": "a", "mfa_2021": "c", "academies_2021": "b",
                    "samarkand_2022": "c", "sco_2022": "c"},
                   {"brf_2017": "a", "fyp_2021": "b", "mfa_2021": "b", "academies_2021": "b",
                    "samarkand_2022": "c", "sco_2022": "c"}],
            hint="Ask what each statement is about: sharing technology, unfair dominance and competition, or "
                 "control of the internet against outside interference.",
            explanation="Shared progress: the Digital Silk Road speech and the Five-Year Plan's digital help. "
                        "Fair competitor: the Foreign Ministry's 'unbalanced and unjust' and Xi's 'main "
                        "battlefield'. Threat to stability: Samarkand's colour-revolution warning and the "
                        "SCO's internet sovereignty. The Foreign Ministry paper is about who manages the "
                        "internet unfairly, not about stability, which is the usual confusion.",
            teaches="reading primary sources against the report's narratives"),
        Function(
            "3.5", name="comparison_cautions", points=3, level="apply",
            signature="comparison_cautions(a: dict, b: dict) -> list",
            prompt="Before comparing two economic figures, the chapter asks: who says so, for which year, in "
                   "which currency, and what is measured? Write `comparison_cautions(a, b)` that returns the "
                   "list of cautions that apply, in this fixed order: `" + CAUTION_ORDER + "`. Include "
                   "`\"currency\"`, `\"year\"`, `\"measure\"` or `\"base\"` when the two figures differ on that "
                   "field **or** either of them is `None` (you cannot confirm what the source does not say). "
                   "Include `\"self-reported\"` when either figure is not independent. Return `[]` when none "
                   "apply. " + FIGURE_FIELDS,
            public_cases=[Case(XINHUA_WORLD, VICE_MINISTER, expect=["currency", "year", "base", "self-reported"]),
                          Case(SURVEY_A, SURVEY_B, expect=[]),
                          Case(SURVEY_UNDATED, SURVEY_UNDATED, expect=["year"])],
            # Practice (learner copy), invented figures, worked by hand field by field.
            practice_cases=[
                Case({"name": "practice: ministry figure in euros, 2019", "currency": "EUR", "year": 2019,
                      "measure": "smart city spending", "base": "GDP", "independent": False},
                     {"name": "practice: university study in euros, 2020", "currency": "EUR", "year": 2020,
                      "measure": "smart city spending", "base": "GDP", "independent": True},
                     expect=["year", "self-reported"]),
                Case({"name": "practice: survey X", "currency": "USD", "year": 2022, "measure": "camera sales",
                      "base": None, "independent": True},
                     {"name": "practice: survey Y", "currency": "USD", "year": 2022, "measure": "camera imports",
                      "base": None, "independent": True},
                     expect=["measure", "base"]),
                Case({"name": "practice: survey Z", "currency": "GBP", "year": 2018, "measure": "camera sales",
                      "base": "world total", "independent": True},
                     {"name": "practice: survey Z, second edition", "currency": "GBP", "year": 2018, "measure": "camera sales",
                      "base": "world total", "independent": True},
                     expect=[]),
                Case({"name": "practice: survey with no currency", "currency": None, "year": 2018, "measure": "camera sales",
                      "base": "world total", "independent": True},
                     {"name": "practice: another survey with no currency", "currency": None, "year": 2018,
                      "measure": "camera sales", "base": "world total", "independent": True},
                     expect=["currency"]),
    Case({"name": "practice: independent survey W", "currency": "USD", "year": 2020, "measure": "camera sales",
          "base": "world total", "independent": True},
         {"name": "practice: vendor's own sales figure", "currency": "USD", "year": 2020, "measure": "camera sales",
          "base": "world total", "independent": False},
         expect=["self-reported"])],   # the second figure is the company's own claim
            hidden_cases=[Case(SURVEY_A, CAMERA_EXPORTS, expect=["measure"]),
                          Case(SURVEY_A, VENDOR_REVENUE, expect=["self-reported"]),
                          Case(VENDOR_REVENUE, SURVEY_A, expect=["self-reported"]),
                          Case(SURVEY_A, YUAN_GDP, expect=["currency", "base"]),
                          Case(NO_CURRENCY, SURVEY_A, expect=["currency"]),
                          Case(SURVEY_A, ALL_DIFFERENT, expect=["currency", "year", "measure", "base", "self-reported"]),
                          Case(XINHUA_WORLD, XINHUA_WORLD, expect=["year", "self-reported"])],
            mutant_code=[
                "def comparison_cautions(a, b):\n"
                "    out = [f for f in ['currency', 'year', 'measure', 'base'] if a[f] != b[f]]\n"
                "    if not (a['independent'] and b['independent']):\n"
                "        out.append('self-reported')\n"
                "    return out\n",
                "def comparison_cautions(a, b):\n"
                "    out = [f for f in ['currency', 'year', 'measure', 'base'] if a[f] != b[f] or a[f] is None or b[f] is None]\n"
                "    if not (a['independent'] and b['independent']):\n"
                "        out.append('self-reported')\n"
                "    return sorted(out)\n",
                "def comparison_cautions(a, b):\n"
                "    out = [f for f in ['currency', 'year', 'measure', 'base'] if a[f] != b[f] or a[f] is None or b[f] is None]\n"
                "    if not a['independent']:\n"
                "        out.append('self-reported')\n"
                "    return out\n",
                "def comparison_cautions(a, b):\n"
                "    out = [f for f in ['currency', 'year', 'measure', 'base'] if a[f] is not None and b[f] is not None and a[f] != b[f]]\n"
                "    if not (a['independent'] and b['independent']):\n"
                "        out.append('self-reported')\n"
                "    return out\n",
            ],
            hint="Go through the four fields in the given order and test two things for each: are the values "
                 "different, and is either one `None`? Then check `independent` on **both** figures.",
            explanation="`out = [f for f in ['currency', 'year', 'measure', 'base'] if a[f] is None or b[f] "
                        "is None or a[f] != b[f]]`, then append `'self-reported'` if `not (a['independent'] "
                        "and b['independent'])`. The two Xinhua items need a currency conversion, a "
                        "confirmed year and the same base before any comparison, and both are official "
                        "claims, not independent estimates.",
            teaches="checking whether two dated figures can be compared"),
        Number(
            "3.6", name="Q3_6", points=2, level="apply",
            prompt="Xinhua quoted a PRC vice-minister of commerce in September 2022: China's digital economy in "
                   "2021 was 45.5 trillion yuan, or 39.8 percent of GDP. What GDP, in trillion yuan, does that "
                   "share imply? Give the number to one decimal place.",
            answer=114.3, places=1, wrong=[18.1, 119.4],
            hint="A share is a part divided by a whole. You know the part and the share; solve for the whole.",
            explanation="45.5 / 0.398 = 114.3 trillion yuan. Multiplying instead (45.5 x 0.398 = 18.1) treats "
                        "the share as if it applied to the digital economy itself. The exercise shows what "
                        "the 39.8 percent is a share of; it is not an independent estimate of GDP.",
            teaches="what a share is a share of"),
        Matching(
            "3.7", name="Q3_7", points=4, level="apply",
            prompt="Classify each statement by the factor it names, not by who wrote it. **a (supply side):** "
                   "it explains the spread of surveillance technology by what the sellers or the selling state "
                   "do, want or offer. **b (demand side):** it explains the spread by what buyers need, choose "
                   "or do, or shows that sellers come from many countries. Answer with a dict, e.g. "
                   "`{\"crime\": \"b\", ...}`.",
            left={"crime": "countries with high crime rates were more likely to adopt PRC surveillance "
                           "platforms (Greitens, April 2020)",
                  "strategic": "countries that matter strategically to the PRC were more likely to adopt them "
                               "(Greitens, April 2020)",
                  "finance": "PRC state finance supports surveillance exports (the report's risk factor 4)",
                  "export_law": "PRC law does not limit to whom, or for what, its firms sell surveillance "
                                "technology (the report)",
                  "us_firms": "US firms supplied AI surveillance technology in 32 countries (Carnegie index, "
                              "2019)",
                  "local_officials": "adoption decisions are often taken by city or regional officials, not "
                                     "foreign-policy specialists (Greitens, April 2020)"},
            right={"a": "supply side", "b": "demand side"},
            answer={"crime": "b", "strategic": "a", "finance": "a", "export_law": "a", "us_firms": "b",
                    "local_officials": "b"},
            wrong=[{"crime": "b", "strategic": "b", "finance": "a", "export_law": "a", "us_firms": "b",
                    "local_officials": "b"},
                   {"crime": "b", "strategic": "a", "finance": "a", "export_law": "a", "us_firms": "a",
                    "local_officials": "b"}],
            hint="Greitens found both push and pull factors, so her name alone does not settle the side. Ask "
                 "whose interests or actions each statement points to.",
            explanation="Strategic importance to the PRC is a push factor (supply side) even though Greitens "
                        "found it; high crime and local officials' decisions are pull factors (demand side). "
                        "Finance and the absence of human-rights limits are what the selling state does or "
                        "does not do. US suppliers in 32 countries widen the set of sellers, which the "
                        "chapter's table places with the demand-side reading.",
            teaches="supply-side vs demand-side explanations"),
        Choice(
            "3.9", name="Q3_9", points=3, level="evaluate",
            prompt="**Case (invented).** A minister is defending a camera contract with a PRC supplier. She "
                   "says: \"The IRI report found no unified PRC plan to export repression, so there is "
                   "nothing in this contract to worry about.\" Which judgement of her argument does the "
                   "chapter best support?",
            options={"a": "it does not follow: the report still names reasons for concern, such as data access",
                     "b": "she is wrong, because the report found that Beijing collects intelligence through "
                          "such systems abroad",
                     "c": "she is right: reasons for concern are only risks, and a risk is no reason to act",
                     "d": "she is right, because Greitens found that buyers choose these systems for their own "
                          "reasons"},
            answer="a", wrong=["b", "c"],
            why={"a": "Right: \"no unified plan\" does not mean \"no problem\". One of the report's four "
                      "reasons for concern is that PRC firms cannot refuse the state's demands, so data on their "
                      "systems is more open to PRC security agencies. A contract can be checked for that.",
                 "b": "Wrong: the report states intelligence collection abroad as a risk, not as something it "
                      "found had happened. The argument fails, but not for this reason.",
                 "c": "Wrong: a reason for concern is not a finding, but the report says the activity deserves "
                      "scrutiny. A risk is a reason to check a contract, not to ignore it.",
                 "d": "Wrong: the demand-side reading adds to the picture; it does not remove the supply-side "
                      "concerns. Buyers' reasons say nothing about who can reach the data."},
            hint="Hold both halves of the report's headline judgement together, and ask of each option whether "
                 "it treats a risk as a finding.",
            explanation="The minister uses one half of the judgement (no unified plan) to deny the other (reasons "
                        "for concern). The most defensible reply keeps both and points to a concern the contract "
                        "can address, such as who may reach the data. (b) overstates the report by turning a "
                        "risk into a finding.",
            teaches="judging an argument that cites the report's headline judgement"),
        Choice(
            "3.10", name="Q3_10", points=3, level="analyse",
            prompt="**Case (invented).** A ministry's press release, dated March 2024, says the country's "
                   "digital economy reached 12 percent of GDP. A camera vendor's brochure, undated, says its "
                   "sales in the country total USD 300 million. A reporter puts the two figures together and "
                   "writes that the vendor holds a large share of the country's digital economy. What is the main "
                   "flaw?",
            options={"a": "nothing: both are official figures, so they can be compared directly",
                     "b": "only the units: convert the 12 percent into US dollars and the share is sound",
                     "c": "they differ in what is measured, who says so and which year: no share follows",
                     "d": "the vendor is a foreign firm, so its brochure is an independent figure to trust"},
            answer="c", wrong=["b", "d"],
            why={"a": "Wrong: a vendor's brochure is not an official figure, and even two official figures "
                      "can measure different things. Ask who says so, for which year, and what is measured.",
                 "b": "Wrong: converting the currency is needed but not enough. \"Digital economy\" is a broad "
                      "category, and one firm's sales of cameras are not a part of it that anyone has measured.",
                 "c": "Right: the chapter's three questions all fail. One figure is a ministry's claim about a "
                      "broad category as a share of GDP; the other is a vendor's own sales figure with no "
                      "year. Nothing links them.",
                 "d": "Wrong: a vendor's figure about its own sales is a self-reported figure, wherever the "
                      "vendor is based."},
            hint="Ask the chapter's three questions of each figure: who says so, when and for which year, and "
                 "what it measures.",
            explanation="As with the Xinhua figure, a digital-economy total says how a state presents itself, "
                        "not what surveillance equipment is sold. The brochure is the vendor's own undated "
                        "figure. Converting currencies would not fix a comparison of unlike things.",
            teaches="combining two economic figures"),
        Choice(
            "3.11", name="Q3_11", points=3, level="analyse",
            prompt="**Case (invented).** After a rise in kidnappings, a provincial governor buys a camera "
                   "system with face search from a Japanese firm. An opposition member of parliament says: "
                   "\"This shows how the PRC's plan to spread surveillance works.\" Which reading of the "
                   "case does the chapter's evidence support?",
            options={"a": "the supply-side reading: it shows the PRC strategy the report describes",
                     "b": "risk factor 6: the governor believes that PRC systems are advanced and work well",
                     "c": "it shows that PRC firms no longer sell surveillance technology abroad",
                     "d": "the demand-side reading: a buyer's own need, a local decision, a non-PRC seller"},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: nothing in the case involves the PRC. The seller is Japanese, and the report itself "
                      "found no single, coordinated PRC plan.",
                 "b": "Wrong: factor 6 is about beliefs in PRC systems. This governor bought a Japanese system, "
                      "so the case says nothing about that belief.",
                 "c": "Wrong: one purchase from a Japanese firm says nothing about what PRC firms sell "
                      "elsewhere. It only shows that they are not the only sellers.",
                 "d": "Right: Greitens found that high crime draws buyers in and that local officials often "
                      "decide; the Carnegie index found sellers from many countries, Japan's NEC among them."},
            hint="Read the section on buyers and other sellers. Who needs the system, who decides, and who sells it?",
            explanation="Every element of the case points to the demand side: a pressing local problem "
                        "(kidnappings), a decision taken by a regional official, and a non-PRC supplier. The MP "
                        "reads a supply-side story into a case that has no PRC actor, the mistake the chapter's "
                        "two readings table guards against.",
            teaches="reading a new purchase against the chapter's two readings of the market"),
        Choice(
            "3.12", name="Q3_12", points=3, level="evaluate",
            prompt="**Case (invented).** A vendor says its Safe City system cut crime by 40 percent in a city. "
                   "A neighbouring city is deciding whether to buy the same system. Which evidence would best "
                   "test the vendor's claim?",
            options={"a": "the vendor's own case study of the city, with its charts and quotes",
                     "b": "the number of other cities that have bought the same system since the vendor's claim",
                     "c": "an independent study of published crime data, before and after",
                     "d": "a statement by the city's mayor that the system works well"},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: the case study is the vendor's own account of its product. It is a self-claim, "
                      "however detailed it is.",
                 "b": "Wrong: sales show what buyers believe, which is the report's risk factor 6. They do not "
                      "show that the system works.",
                 "c": "Right: the chapter asks on what evidence buyers believe the systems work, and notes that "
                      "CSIS found such claimed benefits hard to verify and sometimes grossly exaggerated. An "
                      "independent test of published data answers that.",
                 "d": "Wrong: the mayor chose the system and speaks about the city's own decision. That is not "
                      "an independent test."},
            hint="Read the paragraph on risk factor 6 and what CSIS found about claimed benefits. Which option "
                 "is neither a seller's nor a buyer's own account?",
            explanation="Factor 6 is the belief that PRC systems work well. CSIS (2019) found claimed benefits "
                        "difficult to verify and, in some cases, grossly exaggerated. Only an independent study "
                        "of published data tests the claim; the case study, the sales count and the mayor's word "
                        "all restate beliefs.",
            teaches="judging what evidence could test a claimed benefit"),
        Choice(
            "3.13", name="Q3_13", points=3, level="analyse",
            prompt="**Case (invented).** In 2025 a PRC official tells a forum of African ministers: \"We will "
                   "share 5G and cloud technology so that every nation can develop, without conditions.\" Which "
                   "narrative does the statement fit, and what can you use it as evidence of?",
            options={"a": "a fair competitor in a rigged market; evidence that Western firms are unfair",
                     "b": "shared progress; it shows how the PRC presents its aims, not what it does",
                     "c": "the internet as a threat to stability; evidence of the PRC's fear of protest",
                     "d": "shared progress; proof that PRC technology help really comes without any conditions"},
            answer="b", wrong=["a", "d"],
            why={"a": "Wrong: the statement says nothing about unfair rivals or Western dominance. It promises to "
                      "share technology.",
                 "b": "Right: sharing technology for development is the shared-progress narrative. The chapter "
                      "says a narrative is evidence of how the PRC presents its aims, not proof of what it does.",
                 "c": "Wrong: the statement does not treat the internet as a danger. It presents technology as a "
                      "benefit.",
                 "d": "Wrong: the narrative is right, but a speech is not proof of practice. Whether the help "
                      "comes with conditions needs evidence about actual deals."},
            hint="Read the three narratives, and the sentence on what a narrative is evidence of.",
            explanation="The statement matches the shared-progress narrative (the Digital Silk Road, the 14th "
                        "Five-Year Plan's digital help). The chapter warns that a narrative shows how the PRC "
                        "frames its aims for an audience; to know what it does, look at deals and their terms.",
            teaches="placing a new statement in a narrative and saying what it shows"),
        Written(
            "3.8", name="BRIEF_3_8", points=3, level="evaluate",
            prompt="A city council is considering a camera platform from a PRC supplier. A councillor asks: "
                   "\"Is this about Beijing's plans, or about our own needs?\" Write a briefing of 150 to 250 "
                   "words that uses both readings of the market. Use three headings, each on its own line: "
                   "`Supply side`, `Demand side`, `What to ask`. Cite at least two sources as "
                   "`[source: ...]` and mention at least two different years.",
            rules=[("words_between", {"low": 150, "high": 250}),
                   ("has_headings", {"headings": ["Supply side", "Demand side", "What to ask"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 2})],
            rubric=[Criterion("accuracy", 2, "States the report's judgement precisely: no single coordinated "
                                             "plan, but reasons for concern; risks not presented as findings."),
                    Criterion("balance", 2, "Uses both readings with dated evidence (e.g. Greitens 2020 on "
                                            "crime and strategic importance; Carnegie 2019 on other sellers)."),
                    Criterion("attribution", 2, "Attributes each claim and separates state-media or vendor "
                                                "claims from independent findings."),
                    Criterion("questions", 2, "Asks what evidence shows the system works (CSIS found claimed "
                                              "benefits hard to verify) and what oversight the council will have.")],
            hint="Check the length, put each heading on a line by itself, cite sources in the form "
                 "[source: Greitens 2020], and give years for the claims you make.",
            explanation="A strong briefing states the report's judgement without inflating it, uses dated "
                        "evidence for both push and pull factors, mentions non-PRC sellers, and turns the "
                        "analysis into questions the council controls: evidence of effectiveness, operator, "
                        "legal basis, data access and exit.",
            teaches="combining supply-side and demand-side readings into advice"),
    ],
)
