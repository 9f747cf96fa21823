"""Chapter 12 exercises: Ecuador, ECU-911. Reference solutions (instructor only)."""
import calendar


# 12.1 ---------------------------------------------------------------------------

def _bounds(part):
    """First and last day that one date ("2011", "2011-02" or "2011-02-15") can mean."""
    bits = part.split("-")
    year = int(bits[0])
    if len(bits) == 1:                                   # a year
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(bits[1])
    if len(bits) == 2:                                   # a month: its last day depends on the year
        last_day = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last_day:02d}"
    return part, part                                    # a day is its own start and end


def date_range(text):
    """Return [first day, last day] for a date or an interval "A/B"."""
    left, _, right = text.partition("/")                 # right is "" when there is no interval
    start = _bounds(left)[0]
    end = _bounds(right or left)[1]
    return [start, end]


# 12.2 ---------------------------------------------------------------------------

def order_events(events):
    """Order dated events by start, then end (more precise first), then id; report undated ones."""
    dated = [e for e in events if e["date"]]             # None and "" both count as undated
    undated = [e["id"] for e in events if not e["date"]]

    def sort_key(event):
        start, end = date_range(event["date"])           # "YYYY-MM-DD" strings sort like dates
        return (start, end, event["id"])

    return {"timeline": [e["id"] for e in sorted(dated, key=sort_key)], "undated": undated}


# 12.3 ---------------------------------------------------------------------------
Q12_3 = "b"

# 12.4 ---------------------------------------------------------------------------
Q12_4 = {"usd_240m": "a", "usd_200m_plus": "b", "usd_273m": "c", "usd_32m": "d",
         "cams_3500": "e", "cams_4300": "f"}


# 12.5 ---------------------------------------------------------------------------

def share_of(part, whole):
    """The part as a share of the whole, or None when that share would be meaningless."""
    if part["part_of"] != whole["measure"]:              # a piece of something else
        return None
    if whole["value"] == 0:                              # nothing to divide by
        return None
    if part["value"] > whole["value"]:                   # a part cannot exceed its whole
        return None
    return round(part["value"] / whole["value"], 3)


# 12.6 ---------------------------------------------------------------------------
Q12_6 = {"a", "b", "c", "f"}

# 12.7 ---------------------------------------------------------------------------
Q12_7 = "b"
Q12_9 = "a"
Q12_10 = "c"
Q12_11 = "d"
Q12_12 = "a"

# 12.8 ---------------------------------------------------------------------------
MEMO_12_8 = """
Reading 1
The report treats ECU-911 as PRC surveillance technology that Ecuador adopted. It also says that no
Ecuadorian government was pushed by Beijing: each used what was on offer [source: IRI 2024].

Reading 2
Writing in URVIO in May 2023, Álvarez and Vila Seoane describe ECU-911 as a socio-technical
adaptation. Ecuadorian authorities chose it, shaped it and ran it, and its rise and later decline
followed the foreign-policy choices of successive governments [source: Álvarez and Vila Seoane 2023].

Evidence
Several dated facts fit the second reading. Ecuador ran its own camera pilots from 2002, sent a
delegation to Beijing in 2008 and signed the deal in February 2011, paying with Chinese loans repaid
in oil [source: New York Times 2019]. The legal basis was an Ecuadorian decree of December 2011
[source: Nos Vigilan]. Ecuador's own Comptroller questioned USD 32 million of building payments in
2017, and Ecuadorian journalists reported the missing first version of that audit in 2018
[source: Expreso 2018]. Other facts support the first reading: Chinese firms supplied the equipment,
Chinese engineers trained the operators, and PRC outlets presented the system as a success, a claim
no independent evaluation confirms. The New York Times finding in 2019 that footage reached the
domestic intelligence agency concerns how Ecuadorian institutions used the system.

Judgement
Both readings hold in part. The decisions, the financing choice and the later scrutiny were
Ecuadorian; the technology, the training and much of the publicity came from China. The URVIO
article adds what the report underplays: agency and responsibility sit with the buyer. A balanced
account names both, and keeps interpretations separate from findings.
"""
