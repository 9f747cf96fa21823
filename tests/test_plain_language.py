"""Plain language in the chapters: short sentences, no idioms, honest reading times.

The rules (course/plain_language.py holds the measures):

- **Sentences of at most 35 words** in chapter prose (book/ch*.md). A quotation counts
  as one word: it is the source's wording and cannot be shortened without misquoting.
  A ``{cite:p}`` citation counts as no words, ``{cite:t}`` as two (author and year), a
  ``{term}`` or a titled ``{doc}`` as its own words. Headings, admonition titles, table
  captions and table cells are units of their own; code and figure cells are not prose.
  Instructor-only blocks are checked too: the facilitators who read them teach partner
  organisations and often read English as a second language themselves.
- **No idioms** from ``IDIOMS``; the failure names the plain replacement.
- **Reading time**: each chapter's "**Time:** about N minutes reading" equals its learner
  prose (instructor-only blocks, code and figure cells left out) at ``WORDS_PER_MINUTE``,
  rounded to 5 minutes.

Each rule has a negative test on planted text.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from course import plain_language as pl

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
CHAPTERS = sorted(BOOK.glob("ch[0-9][0-9]_*.md"))


def chapter_ids():
    return [path.stem for path in CHAPTERS]


def test_every_chapter_is_checked():
    assert len(CHAPTERS) == 17


# --- sentence length ---------------------------------------------------------------------

@pytest.mark.parametrize("path", CHAPTERS, ids=chapter_ids())
def test_no_sentence_over_35_words(path):
    long = pl.long_sentences(path.read_text(encoding="utf-8"), book=BOOK)
    assert not long, f"{path.name}: {len(long)} sentence(s) over {pl.MAX_SENTENCE_WORDS} words; split them:\n" + \
        "\n".join(f"  line {s.line} ({s.words} words): {s.text[:160]}" for s in long)


def _sentence(n: int) -> str:
    return "Start " + " ".join(f"word{i}" for i in range(n - 2)) + " end."


def test_a_planted_long_sentence_is_flagged():
    page = "# 1. Title\n\nShort one. " + _sentence(36) + " Another short one.\n"
    found = pl.long_sentences(page)
    assert [s.words for s in found] == [36]
    assert found[0].line == 3


def test_a_sentence_of_35_words_passes():
    assert pl.long_sentences(_sentence(35) + "\n") == []


def test_long_sentences_are_found_in_lists_tables_admonitions_and_instructor_blocks():
    long = _sentence(40)
    page = "\n".join([
        "- " + long,
        "",
        ":::{admonition} Title",
        ":class: note",
        long,
        ":::",
        "",
        "```{list-table} Caption",
        ":header-rows: 1",
        "",
        "* - " + long,
        "  - short cell",
        "```",
        "",
        "```{only} instructor",
        long,
        "```",
    ])
    found = pl.long_sentences(page)
    assert len(found) == 4
    assert [s.instructor for s in found] == [False, False, False, True]


def test_quotations_count_as_one_word():
    quoted = '"' + " ".join(["quoted"] * 40) + '"'
    assert pl.long_sentences(f"The law says {quoted} {{cite:p}}`key`.\n") == []
    # ... but the words around a quotation still count.
    assert len(pl.long_sentences(_sentence(35).rstrip(".") + f" and {quoted}.\n")) == 1


def test_citations_count_as_no_words_and_terms_as_their_words():
    thirty_four = " ".join(["word"] * 34)
    cites = " ".join(["{cite:p}`iri2024report`"] * 10)
    assert pl.long_sentences(f"{thirty_four} {cites}.\n") == []
    assert len(pl.long_sentences(f"{thirty_four} {{term}}`Catch-all control` end.\n")) == 1


def test_code_and_figure_cells_are_not_prose():
    long_code = "x = [" + ", ".join(str(i) for i in range(60)) + "]"
    page = f"```python\n{long_code}\n```\n\n```{{code-cell}} ipython3\n{long_code}\n```\n"
    assert pl.units(page) == []


def test_headings_and_paragraphs_do_not_run_together():
    page = "## " + " ".join(["head"] * 20) + "\n" + " ".join(["body"] * 20) + " end.\n"
    assert pl.long_sentences(page) == []


def test_abbreviations_do_not_end_a_sentence_early():
    # "e.g." and "Art." must not split this 40-word sentence into short ones.
    text = " ".join(["word"] * 18) + " e.g. Art. 12 of the law " + " ".join(["word"] * 15) + " end.\n"
    assert [s.words for s in pl.long_sentences(text)] == [40]


# --- idioms ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path", CHAPTERS, ids=chapter_ids())
def test_no_idioms(path):
    found = pl.idioms(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: idioms that trip non-native readers:\n" + \
        "\n".join(f"  line {line}: '{idiom}': write '{plain}' instead" for line, idiom, plain in found)


def test_a_planted_idiom_is_flagged_with_its_replacement():
    found = pl.idioms("The sale left a paper trail. In the wake of the coup, markets can be thin.\n")
    assert {idiom for _, idiom, _ in found} == {"paper trail", "in the wake of", "markets can be thin"}
    assert ("paper trail", "record in documents") in {(i, p) for _, i, p in found}


def test_an_idiom_inside_a_quotation_is_the_source_s_wording():
    assert pl.idioms('The minister called it "a far cry from" the plan.\n') == []


# --- reading time ---------------------------------------------------------------------------

@pytest.mark.parametrize("path", CHAPTERS, ids=chapter_ids())
def test_stated_reading_time_matches_the_measured_rate(path):
    text = path.read_text(encoding="utf-8")
    stated = pl.stated_reading_minutes(text)
    assert stated is not None, f"{path.name}: no '**Time:** about N minutes reading' line"
    count = pl.learner_word_count(text, book=BOOK)
    expected = pl.reading_minutes(count)
    assert stated == expected, (
        f"{path.name}: states {stated} minutes reading, but its {count} learner words at "
        f"{pl.WORDS_PER_MINUTE} words per minute take {expected}; write 'about {expected} minutes reading'")


def test_reading_minutes_round_to_five():
    assert pl.reading_minutes(100 * 32) == 30
    assert pl.reading_minutes(100 * 33) == 35
    assert pl.reading_minutes(10) == 5


def test_a_wrong_stated_time_is_caught():
    page = "**Time:** about 60 minutes reading, 10 minutes exercises.\n\n" + "Some words here. " * 500
    assert pl.stated_reading_minutes(page) == 60
    assert pl.reading_minutes(pl.learner_word_count(page)) != 60


def test_instructor_blocks_and_code_do_not_count_as_reading():
    prose = "One two three four five.\n"
    extra = "\n```{only} instructor\n" + "Facilitator words. " * 100 + "\n```\n\n```python\nx = 1\n```\n"
    assert pl.learner_word_count(prose) == pl.learner_word_count(prose + extra) == 5


def test_chapter_one_states_the_rate():
    text = (BOOK / "ch01_welcome.md").read_text(encoding="utf-8")
    assert f"{pl.WORDS_PER_MINUTE} words per minute" in text
