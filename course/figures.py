"""The book's figures, drawn from the datasets in ``data/`` (see ``course.data``).

Each function returns a ``CourseFigure``: the matplotlib figure plus its caption,
alt text and label. In a notebook the figure shows itself as a static PNG (no
JavaScript, nothing loaded from the internet); elsewhere use ``.save("file.png")``
or ``.figure``.

    from course.figures import timeline
    timeline("ecuador")            # in a notebook cell: the picture
    timeline("ecuador").caption    # the caption that names the source

The book puts each figure in a hidden-input code cell whose caption and alt text
come from the same functions: ``python -m course.figures`` prints those cells, and
``tests/test_data.py`` fails when a page's caption or alt text no longer matches.
"""
from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from course import data

# Okabe-Ito colours: distinguishable with the common forms of colour blindness.
BLUE, ORANGE, SKY, GREEN, VERMILION, PURPLE, GREY = (
    "#0072B2", "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#767676")

# How each row status is drawn: colour, marker shape (so colour is never the only cue), legend text.
STATUS_STYLE = {
    "report_claim": (BLUE, "o", "In the report"),
    "correction": (VERMILION, "D", "Correction to the report"),
    "context": (GREEN, "s", "Added context (checked source)"),
    "later_development": (ORANGE, "^", "After the report's research"),
}
CASES = {"ecuador": "Ecuador", "kyrgyzstan": "Kyrgyzstan", "malaysia": "Malaysia"}
CASE_TITLES = {
    "ecuador": "Ecuador: ECU-911 and related events",
    "kyrgyzstan": "Kyrgyzstan: Smart City, Safe City and face recognition",
    "malaysia": "Malaysia: smart-city, face-recognition and cyber partnerships",
}
SOURCE_NOTE = ("Source: course dataset {name} ({{doc}}`/book/data_dictionary`), built from {{cite:t}}`iri2024report`, "
               "the documents its endnotes cite, and the later sources named in each row.")
RESEARCH_WINDOW = (date(2022, 8, 1), date(2022, 11, 30))  # most of the report's endnote access dates
PUBLISHED = 2024
FONT = {"font.size": 12, "axes.titlesize": 14, "axes.labelsize": 12, "legend.fontsize": 11,
        "xtick.labelsize": 11, "ytick.labelsize": 11, "font.family": "DejaVu Sans"}


def plain(text: str) -> str:
    """A caption without MyST roles: {cite:t}`key` becomes key, the data dictionary link its name."""
    text = text.replace("{doc}`/book/data_dictionary`", "see the data dictionary")
    return re.sub(r"\{[a-z:]+\}`([^`]*)`", r"\1", text)


@dataclass
class CourseFigure:
    """A drawn figure with the caption and alt text the book shows with it.

    ``caption`` is plain text; ``myst_caption`` is the same with MyST citation roles,
    as the book prints it.
    """

    name: str
    figure: Figure
    myst_caption: str
    alt: str
    dpi: int = 150

    @property
    def caption(self) -> str:
        return plain(self.myst_caption)

    def smallest_font_pt(self) -> float:
        """The size of the smallest text drawn in the figure, in points."""
        from matplotlib.text import Text as TextArtist

        return min(t.get_fontsize() for t in self.figure.findobj(TextArtist)
                   if t.get_visible() and t.get_text().strip())

    def png(self) -> bytes:
        buffer = io.BytesIO()
        # SmallestTextPx: the smallest text's height in image pixels, so the book can give a
        # figure on a phone the width at which its labels stay readable (_ext/theme_fixes.py).
        smallest_px = self.smallest_font_pt() * self.dpi / 72
        metadata = {"Title": self.caption, "Description": self.alt, "SmallestTextPx": f"{smallest_px:.2f}"}
        self.figure.savefig(buffer, format="png", dpi=self.dpi, bbox_inches="tight", metadata=metadata)
        return _palette_png(buffer.getvalue(), metadata)

    def save(self, path) -> None:
        with open(path, "wb") as handle:
            handle.write(self.png())

    def _repr_mimebundle_(self, include=None, exclude=None):
        # PNG only: static, works offline and in PDF. Display at the column width.
        png = base64.b64encode(self.png()).decode("ascii")
        return {"image/png": png, "text/plain": self.caption}, {"image/png": {"width": "100%"}}

    def __repr__(self) -> str:
        return f"<CourseFigure {self.name}: {self.caption}>"


def _palette_png(png: bytes, metadata: dict[str, str]) -> bytes:
    """The same picture with a palette of 128 colours: a chart has few colours, and the
    file is about a third of the size (the Ecuador timeline: 336 kB -> 121 kB), so a
    chapter page stays under the page-weight target (benchmarks/page_weight.py)."""
    from PIL import Image, PngImagePlugin

    with Image.open(io.BytesIO(png)) as image:
        quantized = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT,
                                                  dither=Image.Dither.NONE)
    info = PngImagePlugin.PngInfo()
    for key, value in metadata.items():
        info.add_itxt(key, value)
    out = io.BytesIO()
    quantized.save(out, format="PNG", optimize=True, pnginfo=info)
    return out.getvalue()


def _new_figure(width: float, height: float) -> Figure:
    import matplotlib

    with matplotlib.rc_context(FONT):
        figure = Figure(figsize=(width, height), layout="constrained")
    return figure


def _counts(rows) -> str:
    parts = []
    for status, one, many in [("report_claim", "as the report gives it", "as the report gives them"),
                              ("correction", "correction", "corrections"),
                              ("context", "with added context", "with added context"),
                              ("later_development", "later development", "later developments")]:
        n = sum(r["status"] == status for r in rows)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def _short_date(text: str, precision: str) -> str:
    start, end = data.parse_date(text)
    if precision == "year":
        return str(start.year)
    if precision == "month":
        return start.strftime("%b %Y")
    if precision == "day":
        return f"{start.day} {start.strftime('%b %Y')}"
    if start.year == end.year and start.month == end.month:  # a range within one month
        return f"{start.day}-{end.day} {start.strftime('%b %Y')}"
    if start.year == end.year and start.day == 1 and end == data.parse_date(text.split("/")[1])[1]:
        return f"{start.strftime('%b')}-{end.strftime('%b %Y')}"
    return f"{start.isoformat()} to {end.isoformat()}"


def _years(d: date) -> float:
    return d.year + (d.timetuple().tm_yday - 0.5) / 366


# --- timelines -------------------------------------------------------------------

# The two shaded periods of a timeline: edge colour and hatching. A light tint alone
# (1.2:1 against white) vanished in print and for low vision; solid edges of at least
# 3:1 contrast and hatching keep each band visible on screen, in grey print and in the
# legend. tests/test_data.py checks the contrast.
BANDS = {
    "Report's research (Aug-Nov 2022)": ("#595959", "..."),     # 7.0:1 against white
    f"Report published ({PUBLISHED})": ("#8E3B73", "//"),        # 7.4:1 against white
}


def _band_spans():
    return [(_years(RESEARCH_WINDOW[0]), _years(RESEARCH_WINDOW[1])), (PUBLISHED, PUBLISHED + 1)]


def _band(ax, x0: float, x1: float, colour: str, hatch: str) -> None:
    ax.axvspan(x0, x1, facecolor=colour, alpha=0.10, lw=0, zorder=0)
    ax.axvspan(x0, x1, facecolor="none", edgecolor=colour, hatch=hatch, lw=1.5, zorder=0.5,
               gid="course-band")


def contrast_ratio(colour: str, background: str = "#ffffff") -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    from matplotlib.colors import to_rgb

    def luminance(c):
        channels = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in to_rgb(c)]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    hi, lo = sorted((luminance(colour), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)

def _timeline_rows(case: str):
    if case not in CASES:
        raise ValueError(f"case must be one of {sorted(CASES)}, not {case!r}")
    order = {"day": 0, "month": 1, "range": 2, "year": 3}
    rows = [r for r in data.load("case_events") if r["case"] == case]
    return sorted(rows, key=lambda r: (data.parse_date(r["date"])[0], order[r["date_precision"]]))


def timeline_text(case: str) -> tuple[str, str]:
    """Caption and alt text of ``timeline(case)``."""
    rows = _timeline_rows(case)
    first, last = data.parse_date(rows[0]["date"])[0].year, data.parse_date(rows[-1]["date"])[1].year
    caption = (f"{CASE_TITLES[case]}, {first}-{last}: {len(rows)} dated events ({_counts(rows)}). "
               "Bars show how precisely a date is known (a whole year, a month or a range). "
               + SOURCE_NOTE.format(name="case_events"))
    fixes = [r for r in rows if r["status"] == "correction"]
    alt = (f"Timeline of {len(rows)} events in {CASES[case]} from {first} to {last}, one row per event in date order, "
           "each with its date and a short label. Marker colour and shape show whether the event is as the report "
           "states it, a correction, added context or a later development. "
           + (f"Corrections: {'; '.join(_short_date(r['date'], r['date_precision']) + ' ' + r['label'] for r in fixes)}. " if fixes else "")
           + f"Latest event: {_short_date(rows[-1]['date'], rows[-1]['date_precision'])}, {rows[-1]['label']}.")
    return caption, alt


def timeline(case: str) -> CourseFigure:
    """Dated events of one case study ("ecuador", "kyrgyzstan" or "malaysia")."""
    rows = _timeline_rows(case)
    caption, alt = timeline_text(case)
    import matplotlib

    with matplotlib.rc_context(FONT):
        figure = _new_figure(12, 1.9 + 0.40 * len(rows))
        ax = figure.add_subplot()
        spans = [data.parse_date(r["date"]) for r in rows]
        lo = min(s for s, _ in spans).year
        hi = max(max(e for _, e in spans).year, PUBLISHED) + 1
        for (x0, x1), (colour, hatch) in zip(_band_spans(), BANDS.values()):
            _band(ax, x0, x1, colour, hatch)
        for i, (row, (start, end)) in enumerate(zip(rows, spans)):
            y = len(rows) - 1 - i
            colour, marker, _ = STATUS_STYLE[row["status"]]
            x0 = _years(start)
            x1 = _years(end + timedelta(days=1)) if row["date_precision"] != "day" else x0
            ax.plot([lo - 0.4, x0], [y, y], color="#e6e6e6", lw=1, zorder=1)  # guide from label to marker
            if row["date_precision"] != "day":
                ax.plot([x0, x1], [y, y], color=colour, lw=7, alpha=0.35, solid_capstyle="butt", zorder=2)
            ax.plot((x0 + x1) / 2, y, marker=marker, color=colour, markersize=9, markeredgecolor="black",
                    markeredgewidth=0.6, zorder=3)
        ax.set_yticks(range(len(rows)), [f"{r['label']}  ({_short_date(r['date'], r['date_precision'])})"
                                         for r in reversed(rows)], fontsize=11)
        ax.tick_params(axis="y", length=0)
        ax.set_xlim(lo - 0.4, hi + 0.4)
        ax.set_ylim(-0.7, len(rows) - 0.3)
        step = 1 if hi - lo <= 10 else 2 if hi - lo <= 16 else 4
        ax.set_xticks([year for year in range(lo, hi + 1) if year % step == 0])
        ax.grid(axis="x", color="#dddddd", lw=0.8)
        ax.set_axisbelow(True)
        for side in ("left", "right", "top"):
            ax.spines[side].set_visible(False)
        figure.suptitle(CASE_TITLES[case], x=0.01, ha="left", fontweight="bold", fontsize=14)
        handles = [Line2D([], [], color=c, marker=m, ls="", markersize=9, markeredgecolor="black", label=t)
                   for c, m, t in STATUS_STYLE.values()]
        handles += [Patch(facecolor="white", edgecolor=colour, hatch=hatch, lw=1.5, label=text)
                    for text, (colour, hatch) in BANDS.items()]
        figure.legend(handles=handles, loc="outside lower center", ncol=3, frameon=False)
    return CourseFigure(f"timeline-{case}", figure, caption, alt)


# --- Freedom House snapshots ----------------------------------------------------------

def _snapshot_bars():
    """For each country: (label, score, status, index, from_report) bars, report value then latest."""
    rows = data.load("country_snapshots")
    bars = {}
    for country in CASES.values():
        bars[country] = []
        for index in ("FIW", "FOTN"):
            mine = [r for r in rows if r["country"] == country and r["index"] == index]
            report = next(r for r in mine if r["status"] == "report_claim")
            later = [r for r in mine if r["status"] != "report_claim" and r["edition"]]
            latest = max(later, key=lambda r: r["edition"]) if later else None
            ed = f"{report['edition']} edition" if report["edition"] else "edition not stated"
            bars[country].append((f"{index} in the report ({ed})", report, True))
            if latest and (not report["edition"] or latest["edition"] > report["edition"]):
                bars[country].append((f"{index} {latest['edition']} edition", latest, False))
            else:
                bars[country].append((f"{index}, later edition", None, False))
    return bars


def snapshot_comparison_text() -> tuple[str, str]:
    bars = _snapshot_bars()
    caption = ("Freedom House scores for the three case countries: the values in the report's snapshot tables "
               "(hatched) beside the latest edition in the course data (solid). Freedom in the World (FIW) and "
               "Freedom on the Net (FOTN) are separate indices; scores are out of 100, higher is freer. "
               + SOURCE_NOTE.format(name="country_snapshots"))
    parts = []
    for country, items in bars.items():
        said = [f"{label}: {row['score']} {row['fh_status']}" for label, row, _ in items if row]
        parts.append(f"{country}: " + "; ".join(said))
    alt = ("Horizontal bar chart, one panel per country, comparing the report's Freedom House values with the "
           "latest edition in the data. " + ". ".join(parts) + ".")
    return caption, alt


def snapshot_comparison() -> CourseFigure:
    """The report's three country snapshots beside the latest Freedom House values."""
    caption, alt = snapshot_comparison_text()
    bars = _snapshot_bars()
    import matplotlib

    with matplotlib.rc_context(FONT):
        figure = _new_figure(10, 7.6)
        axes = figure.subplots(3, 1, sharex=True)
        for ax, (country, items) in zip(axes, bars.items()):
            for j, (label, row, from_report) in enumerate(items):
                y = len(items) - 1 - j
                colour = BLUE if label.startswith("FIW") else ORANGE
                if row is None:
                    ax.text(1, y, "none in the course data", va="center", fontsize=11, style="italic", color="#444444")
                    continue
                ax.barh(y, row["score"], color=colour if not from_report else "white", edgecolor=colour,
                        hatch="///" if from_report else None, lw=1.5, height=0.7)
                ax.text(row["score"] + 1, y, f"{row['score']}  {row['fh_status']}", va="center", fontsize=11)
            ax.set_yticks(range(len(items)), [label for label, _, _ in reversed(items)])
            ax.set_ylim(-0.6, len(items) - 0.4)
            ax.set_title(country, loc="left", fontweight="bold")
            ax.set_xlim(0, 100)
            ax.grid(axis="x", color="#dddddd", lw=0.8)
            ax.set_axisbelow(True)
            for side in ("right", "top"):
                ax.spines[side].set_visible(False)
        axes[-1].set_xlabel("Score out of 100 (higher is freer)")
        handles = [Patch(facecolor="white", edgecolor="black", hatch="///", label="Value in the report"),
                   Patch(facecolor="#888888", edgecolor="black", label="Latest edition in the data"),
                   Patch(facecolor=BLUE, label="Freedom in the World"), Patch(facecolor=ORANGE, label="Freedom on the Net")]
        figure.legend(handles=handles, loc="outside lower center", ncol=4, frameon=False)
    return CourseFigure("snapshot-comparison", figure, caption, alt)


# --- training institutions -----------------------------------------------------

INSTITUTION_ORDER = ["shandong", "zhejiang", "cipuc", "yunnan", "bfsu", "yancheng", "lianyungang", "meiya_pico"]
SHORT_NAMES = {"shandong": "Shandong Police College", "zhejiang": "Zhejiang Police College",
               "cipuc": "Criminal Investigation Police\nUniversity of China", "yunnan": "Yunnan Police College",
               "bfsu": "Beijing Foreign Studies\nUniversity", "yancheng": "Yancheng training base",
               "lianyungang": "Lianyungang Forum", "meiya_pico": "Meiya Pico academy\n(company)"}
HEDGE_WORDS = {"exact": "", "more_than": "over ", "nearly": "nearly "}


def _reach():
    claims = {c["institution"]: c for c in data.load("training_claims")
              if c["measure"] in ("countries", "countries_and_regions")}
    links = data.load("training_links")
    cells = {}
    for inst in INSTITUTION_ORDER:
        for country in CASES.values():
            mine = [l for l in links if l["institution"] == inst and l["country"] == country]
            if mine:
                dated = [l for l in mine if l["date"]]
                first = min(dated, key=lambda l: data.parse_date(l["date"])[0]) if dated else mine[0]
                cells[inst, country] = first
    return claims, cells


def training_reach_text() -> tuple[str, str]:
    claims, cells = _reach()
    caption = ("Reach of the PRC institutions that train foreign police. Left: number of countries each institution "
               "says it has trained officers from (its own claim, with its own hedge and date). Right: documented "
               "training of officers from the three case countries, with the earliest year in the data. "
               "Source: course datasets training_claims and training_links ({doc}`/book/data_dictionary`), built "
               "from {cite:t}`iri2024report`, the institutions' own pages its endnotes cite, and two added sources, "
               "{cite:t}`qilu2006sco` and {cite:t}`tan2017lianyungang`.")
    said = [f"{SHORT_NAMES[i].replace(chr(10), ' ')} {HEDGE_WORDS[c['hedge']]}{c['value']}"
            + (" countries and regions" if c["measure"] == "countries_and_regions" else "") for i, c in claims.items()]
    links = []
    for (inst, country), link in cells.items():
        when = data.parse_date(link["date"])[0].year if link["date"] else "undated"
        links.append(f"{SHORT_NAMES[inst].replace(chr(10), ' ')}, {country} ({when})")
    alt = ("Two-panel chart. Left, bars of claimed countries reached: " + "; ".join(said) + ". "
           "Right, a grid of institutions against Ecuador, Kyrgyzstan and Malaysia marking documented training: "
           + "; ".join(links) + ". No Kyrgyz training at Yancheng is documented.")
    return caption, alt


def training_reach() -> CourseFigure:
    """Countries reached by each training institution, and links to the three case countries."""
    caption, alt = training_reach_text()
    claims, cells = _reach()
    import matplotlib

    with matplotlib.rc_context(FONT):
        figure = _new_figure(11, 7)
        left, right = figure.subplots(1, 2, width_ratios=[1.5, 1], sharey=True)
        ys = {inst: len(INSTITUTION_ORDER) - 1 - k for k, inst in enumerate(INSTITUTION_ORDER)}
        for inst, y in ys.items():
            claim = claims.get(inst)
            if not claim:
                left.text(2, y, "no count claimed", va="center", fontsize=11, style="italic", color="#444444")
                continue
            left.barh(y, claim["value"], color=SKY, edgecolor=BLUE, height=0.65)
            as_of = _short_date(claim["as_of"], claim["as_of_precision"])
            what = " countries and regions" if claim["measure"] == "countries_and_regions" else ""
            left.text(claim["value"] + 2, y, f"{HEDGE_WORDS[claim['hedge']]}{claim['value']}{what}\n(as of {as_of})",
                      va="center", fontsize=10)
        left.set_yticks(list(ys.values()), [SHORT_NAMES[i] for i in ys])
        left.set_xlim(0, 150)
        left.set_xlabel("Countries it says it has trained officers from")
        left.set_title("The institution's own claim", fontsize=12)
        left.grid(axis="x", color="#dddddd", lw=0.8)
        left.set_axisbelow(True)
        countries = list(CASES.values())
        for (inst, country), link in cells.items():
            x, y = countries.index(country), ys[inst]
            colour, marker, _ = STATUS_STYLE[link["status"]]
            right.plot(x, y, marker=marker, color=colour, markersize=14, markeredgecolor="black", markeredgewidth=0.6)
            when = str(data.parse_date(link["date"])[0].year) if link["date"] else "undated"
            right.text(x, y - 0.38, when, ha="center", va="center", fontsize=10)
        if ("yancheng", "Kyrgyzstan") not in cells:  # the report's appendix claims one (ERR-01)
            right.text(countries.index("Kyrgyzstan"), ys["yancheng"], "none documented\n(ERR-01)", ha="center",
                       va="center", fontsize=9.5, style="italic", color="#444444")
        right.set_xticks(range(len(countries)), countries)
        right.set_xlim(-0.6, len(countries) - 0.4)
        right.set_ylim(-0.7, len(INSTITUTION_ORDER) - 0.4)
        right.tick_params(axis="y", left=False)
        right.grid(color="#eeeeee", lw=0.8)
        right.set_axisbelow(True)
        right.set_title("Trained officers from", fontsize=12)
        for ax in (left, right):
            for side in ("right", "top"):
                ax.spines[side].set_visible(False)
        used = {link["status"] for link in cells.values()}
        handles = [Line2D([], [], color=c, marker=m, ls="", markersize=11, markeredgecolor="black", label=t)
                   for s, (c, m, t) in STATUS_STYLE.items() if s in used]
        figure.legend(handles=handles, loc="outside lower center", ncol=len(handles), frameon=False)
    return CourseFigure("training-reach", figure, caption, alt)


# --- CSIS Safe City breakdown -------------------------------------------------------

DIMENSIONS = {"freedom_status": "Freedom House status\n(average 2009-2018)", "region": "Region", "income_group": "Income group"}


def _csis():
    rows = data.load("csis_safe_cities")
    out = {}
    for dim in DIMENSIONS:
        parts = [r for r in rows if r["dimension"] == dim and not r["is_total"]]
        total = next(r for r in rows if r["dimension"] == dim and r["is_total"])
        out[dim] = (sorted(parts, key=lambda r: -r["share_pct"]), total)
    return rows, out


def csis_breakdown_text() -> tuple[str, str]:
    rows, out = _csis()
    n, countries = rows[0]["n_agreements"], rows[0]["n_countries"]
    caption = (f"Where Huawei's Safe City agreements were, as counted by CSIS in 2019: shares of {n} agreements "
               f"in {countries} countries. The shares are of agreements, not of countries; the grey remainder is "
               "what the published shares leave out. Source: course dataset csis_safe_cities "
               "({doc}`/book/data_dictionary`), from {cite:t}`csis2019safecities` as cited in "
               "{cite:t}`iri2024report` (endnote 60).")
    said = []
    for dim, (parts, total) in out.items():
        said.append(f"{DIMENSIONS[dim].splitlines()[0]}: " + ", ".join(f"{p['category']} {p['share_pct']}%" for p in parts)
                    + f" (together {total['share_pct']}%)")
    alt = (f"Three stacked horizontal bars, each adding up to 100 percent of {n} agreements. " + "; ".join(said) + ".")
    return caption, alt


def csis_breakdown() -> CourseFigure:
    """The CSIS shares of Huawei Safe City agreements, with their denominator."""
    caption, alt = csis_breakdown_text()
    rows, out = _csis()
    colours = [BLUE, SKY]
    import matplotlib

    with matplotlib.rc_context(FONT):
        figure = _new_figure(10, 4.8)
        ax = figure.add_subplot()
        for k, (dim, (parts, total)) in enumerate(out.items()):
            y = len(out) - 1 - k
            x = 0
            for part, colour in zip(parts, colours):
                ax.barh(y, part["share_pct"], left=x, color=colour, edgecolor="white", height=0.62)
                ax.text(x + part["share_pct"] / 2, y, f"{part['category']}\n{part['share_pct']}%", ha="center",
                        va="center", fontsize=10.5, color="white" if colour == BLUE else "black")
                x += part["share_pct"]
            ax.barh(y, 100 - x, left=x, color="#d9d9d9", edgecolor="white", height=0.62)
            ax.text(x + (100 - x) / 2, y, f"other\n{100 - x}%", ha="center", va="center", fontsize=10.5)
            ax.annotate("", xy=(0, y + 0.42), xytext=(total["share_pct"], y + 0.42),
                        arrowprops={"arrowstyle": "|-|", "color": "black", "lw": 1, "mutation_scale": 4})
            ax.text(total["share_pct"] / 2, y + 0.47, f"together {total['share_pct']}%", ha="center", va="bottom", fontsize=10)
        ax.set_yticks(range(len(out)), [DIMENSIONS[d] for d in reversed(out)])
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.5, len(out) - 0.2)
        ax.set_xlabel(f"Percent of {rows[0]['n_agreements']} Safe City agreements (in {rows[0]['n_countries']} countries)")
        for side in ("right", "top"):
            ax.spines[side].set_visible(False)
        ax.set_title("Huawei Safe City agreements by partner country (CSIS, 2019)", loc="left", fontweight="bold")
    return CourseFigure("csis-breakdown", figure, caption, alt)


# --- the cells the book uses -------------------------------------------------------

FIGURES = {
    "timeline": (timeline, timeline_text),
    "snapshot_comparison": (snapshot_comparison, snapshot_comparison_text),
    "training_reach": (training_reach, training_reach_text),
    "csis_breakdown": (csis_breakdown, csis_breakdown_text),
}


def label(function: str, *args) -> str:
    """The figure's label, for {numref} references: e.g. fig-timeline-ecuador."""
    return "fig-" + "-".join([function.replace("_", "-"), *args])


def cell(function: str, *args) -> str:
    """The MyST code cell that puts a figure in a page, with caption and alt text from the data."""
    caption, alt = FIGURES[function][1](*args)
    call = f"{function}({', '.join(repr(a) for a in args)})".replace("'", '"')
    return "\n".join([
        "```{code-cell} ipython3",
        "---",
        "tags: [remove-input]",
        "mystnb:",
        "  figure:",
        f"    caption: {_yaml_str(caption)}",
        f"    name: {label(function, *args)}",
        "  image:",
        f"    alt: {_yaml_str(alt)}",
        "---",
        f"from course.figures import {function}",
        call,
        "```",
    ])


def _yaml_str(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)  # a JSON string is valid YAML


def all_cells() -> dict[str, str]:
    """Every figure cell, keyed by the call that draws it."""
    calls = [("timeline", c) for c in CASES] + [("snapshot_comparison",), ("training_reach",), ("csis_breakdown",)]
    return {f"{c[0]}({', '.join(repr(a) for a in c[1:])})".replace("'", '"'): cell(*c) for c in calls}


if __name__ == "__main__":
    for call, text in all_cells().items():
        print(f"<!-- {call} -->\n{text}\n")
