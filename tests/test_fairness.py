"""Fair comparison: a right answer written a little differently is accepted, a wrong one is not.

Each case of issue 16 ("Fair comparison", "Guess-resistant checks") is graded through
the real runner and sandbox, like a learner's file: the correct variant earns its
points, the wrong variant does not, and the message says what to change in Python's
own spelling.
"""
from __future__ import annotations

import codecs
import re
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

from course.grading.runner import grade_submission, load_chapters, select_chapters
from course.grading.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = load_chapters(ROOT)


def slug_of(number: int) -> str:
    return next(slug for slug in CHAPTERS if slug.startswith(f"ch{number:02d}_"))


def solution(number: int) -> str:
    return (ROOT / "solutions" / f"{slug_of(number)}.py").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sandbox():
    return Sandbox()


@pytest.fixture
def grade(sandbox, tmp_path):
    """grade(chapter number, source text or bytes) -> the chapter's result."""
    def run(number: int, source, encoding: str = "utf-8"):
        slug = slug_of(number)
        folder = tmp_path / f"try{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        data = source if isinstance(source, bytes) else source.encode(encoding)
        (folder / f"{slug}.py").write_bytes(data)
        [result] = grade_submission(folder, {slug: CHAPTERS[slug]}, sandbox)
        return result
    return run


def item(result, item_id: str) -> tuple[Fraction, Fraction, list[str]]:
    """(points earned, points possible, messages of the misses) for one item."""
    rows = [r for r in result.results if r.check.item_id == item_id and not r.check.manual]
    return (sum((r.awarded for r in rows), Fraction(0)), sum((r.check.points for r in rows), Fraction(0)),
            [r.message for r in rows if not r.passed])


def full(result, item_id: str) -> bool:
    earned, possible, _ = item(result, item_id)
    return earned == possible


# ------------------------------------------------ labels: case and spacing do not matter

@pytest.mark.parametrize("spelling", ["label.title()", "label.upper()", "'  ' + label + ' '",
                                      "label.replace('-', ' ').capitalize()", "label.replace('-', '_')"])
def test_a_label_in_another_case_or_spacing_is_accepted(grade, spelling):
    code = solution(1) + f"\n_right = claim_type\n\ndef claim_type(statement):\n    label = _right(statement)\n    return {spelling}\n"
    assert full(grade(1, code), "1.4")


def test_a_matching_answered_with_the_words_is_accepted(grade):
    """8.1 asks for letters; "Allegation" instead of "a" means the same and is accepted."""
    words = {"f": "Finding", "a": "allegation ", "s": "Self claim"}
    right = re.sub(r'"([fas])"', lambda m: f'"{words[m.group(1)]}"',
                   re.search(r"Q8_1 = \{.*?\}", solution(8), flags=re.S).group(0))
    assert full(grade(8, solution(8) + "\n" + right + "\n"), "8.1")
    wrong = right.replace('"wsj_zambia": "allegation "', '"wsj_zambia": "finding"')
    earned, possible, _ = item(grade(8, solution(8) + "\n" + wrong + "\n"), "8.1")
    assert earned == possible * 5 / 6


def test_a_different_word_is_still_refused(grade):
    code = solution(1) + "\n_right = claim_type\n\ndef claim_type(statement):\n    return _right(statement) + 's'\n"
    earned, _, _ = item(grade(1, code), "1.4")
    assert earned == 0


def test_an_item_that_teaches_exact_text_stays_exact(grade):
    """9.6 teaches normalising names, so "MEGVII" is not "megvii" there."""
    code = solution(9) + "\n_right = normalise_name\n\ndef normalise_name(name):\n    return _right(name).upper()\n"
    earned, possible, _ = item(grade(9, code), "9.6")
    assert earned <= possible / 5  # only the case whose answer is "" survives upper()


# ------------------------------------------------ messages in Python's spelling

def test_messages_spell_values_as_python_does(grade):
    # None where False is right, True where True is right: wrong, but not one answer for every case
    code = solution(5) + "\n_right = binds\n\ndef binds(instrument, state):\n    return _right(instrument, state) or None\n"
    _, _, messages = item(grade(5, code), "5.5")
    example = next(m for m in messages if "returned" in m)
    assert "returned None, expected False" in example, example
    assert not re.search(r"\b(null|true|false)\b", example), example


def test_one_and_zero_for_a_yes_no_function_get_true_false_advice(grade):
    right = grade(5, solution(5))
    assert full(right, "5.5")
    code = solution(5) + "\n_right = binds\n\ndef binds(instrument, state):\n    return int(_right(instrument, state))\n"
    earned, _, messages = item(grade(5, code), "5.5")
    assert earned == 0
    assert all("returns True or False, not 1 or 0" in m for m in messages), messages


# ------------------------------------------------ beginner's Python: commas and quotes

def test_a_thousands_comma_gets_no_comma_advice(grade):
    assert full(grade(13, solution(13)), "13.6")
    wrong = solution(13).replace("Q13_6 = 8149", "Q13_6 = 8,149")
    earned, _, messages = item(grade(13, wrong), "13.6")
    assert earned == 0
    assert messages == ["no comma in numbers: Python reads 8,149 as a pair (8, 149); write Q13_6 = 8149"]


def test_a_number_in_quotes_is_told_to_drop_them(grade):
    wrong = solution(13).replace("Q13_6 = 8149", 'Q13_6 = "8149"')
    earned, _, messages = item(grade(13, wrong), "13.6")
    assert earned == 0 and "without quotes" in messages[0]


def test_text_without_quotes_gets_put_it_in_quotes_advice(grade):
    assert full(grade(7, solution(7)), "7.1")
    wrong = solution(7).replace('Q7_1 = "d"', "Q7_1 = d")
    result = grade(7, wrong)
    assert result.awarded == 0
    assert 'Put text in quotes: Q7_1 = "d"' in result.file_problem, result.file_problem
    assert "line 3" in result.file_problem


# ------------------------------------------------ written answers: heading styles

@pytest.mark.parametrize("style", ["**{}**", "1. {}", "## {}:", "### 2) **{}**", "{}:"])
def test_bold_or_numbered_headings_are_accepted(grade, style):
    source = solution(1)
    for n, heading in enumerate(["Who and when", "Perspective", "How to use it"], 1):
        source = source.replace(f"\n{heading}\n", "\n" + style.format(heading).replace("1.", f"{n}.") + "\n", 1)
    assert style.format("Perspective") in source or style.format("Perspective").replace("1.", "2.") in source
    result = grade(1, source)
    heading_check = next(r for r in result.results if r.check.label == "structure: has_headings")
    assert heading_check.passed, heading_check.message


def test_a_heading_inside_a_sentence_is_still_refused(grade):
    source = solution(1).replace("\nPerspective\n", "\nThe Perspective of the report\n", 1)
    result = grade(1, source)
    heading_check = next(r for r in result.results if r.check.label == "structure: has_headings")
    assert not heading_check.passed and "Perspective" in heading_check.message


# ------------------------------------------------ files saved in other encodings

ACCENTED = '\n# Notes: déjà vu, São Paulo, Montréal\nQ_NOTE = "café"\n'


@pytest.mark.parametrize("encoding, named", [("cp1252", "Windows-1252"), ("utf-16", "UTF-16"),
                                             ("utf-16-le", "UTF-16")])
def test_a_file_in_another_encoding_is_read_with_a_warning(grade, encoding, named):
    result = grade(7, solution(7) + ACCENTED, encoding=encoding)
    assert result.file_problem is None, result.file_problem
    assert result.awarded == CHAPTERS[slug_of(7)].spec.auto_points
    assert any(named in note for note in result.notes), result.notes


def test_a_utf8_file_gets_no_warning_and_a_wrong_cp1252_answer_still_loses(grade):
    assert grade(7, solution(7) + ACCENTED).notes == []
    wrong = (solution(7) + ACCENTED).replace('Q7_1 = "d"', 'Q7_1 = "a"')
    result = grade(7, wrong, encoding="cp1252")
    assert not full(result, "7.1") and full(result, "7.5")
    assert codecs.lookup("cp1252")  # the fallback the grader names


# ------------------------------------------------ choosing the chapter to check

@pytest.mark.parametrize("word", ["7", "07", "ch7", "ch07", "CH07", "ch07_export_controls", "ch07_export_controls.py"])
def test_every_way_of_naming_a_chapter_picks_it(word):
    assert list(select_chapters(CHAPTERS, [word])) == ["ch07_export_controls"]


@pytest.mark.parametrize("word", ["77", "ch", "seven", "ch7x"])
def test_a_chapter_that_does_not_exist_is_refused(word):
    with pytest.raises(KeyError):
        select_chapters(CHAPTERS, [word])


def test_course_check_names_the_file_it_checked():
    from course.cli import main

    outcome = CliRunner().invoke(main, ["check", "ch7", "--folder", str(ROOT / "solutions")])
    assert outcome.exit_code == 0, outcome.output
    assert f"checked {ROOT / 'solutions' / 'ch07_export_controls.py'}" in outcome.output
    refused = CliRunner().invoke(main, ["check", "ch77", "--folder", str(ROOT / "solutions")])
    assert refused.exit_code != 0 and "no chapter 'ch77'" in refused.output


# ------------------------------------------------ two readings of the arithmetic

def test_whole_years_are_complete_years():
    """7.8: 3-4 Dec 2013 to 1 Dec 2020 is 6 complete years; the prompt states the method."""
    spec = next(i for i in CHAPTERS[slug_of(7)].spec.items if i.id == "7.8")
    assert "complete" in spec.prompt and "anniversary" in spec.prompt


def test_seven_eight_accepts_six_and_refuses_seven(grade):
    assert full(grade(7, solution(7)), "7.8")
    assert "Q7_8 = 6" in solution(7)
    assert not full(grade(7, solution(7).replace("Q7_8 = 6", "Q7_8 = 7")), "7.8")


# ------------------------------------------------ guessing and misconceptions

def test_a_constant_binds_earns_nothing(grade):
    earned, _, messages = item(grade(5, solution(5) + "\n\ndef binds(*a):\n    return False\n"), "5.5")
    assert earned == 0
    assert "returned False for every case" in messages[0]


def test_one_letter_for_every_key_earns_nothing(grade):
    wrong = re.sub(r"Q8_1 = \{.*?\}", 'Q8_1 = dict.fromkeys(["wsj_zambia", "huawei_denial", "zambia_minister", '
                   '"kyrgyz_57", "feldstein_75", "greitens_crime"], "s")', solution(8), flags=re.S)
    earned, _, messages = item(grade(8, wrong), "8.1")
    assert earned == 0 and any("match each key on its own" in m for m in messages), messages


def test_a_real_date_is_required(grade):
    """17.3 promises a real date: /2021/02/30/ is February 2021, not 30 February."""
    spec = next(i for i in CHAPTERS[slug_of(17)].spec.items if i.id == "17.3")
    assert full(grade(17, solution(17)), "17.3")
    days_up_to_31 = spec.mutant_code[0]
    assert "1 <= int(d) <= 31" in days_up_to_31
    assert not full(grade(17, solution(17) + "\n" + days_up_to_31), "17.3")


@pytest.mark.parametrize("number, item_id, misconception", [
    (1, "1.4", "rule order"), (1, "1.4", "who reported it"), (8, "8.2", "rule order"), (13, "13.3", "days / 30.44")])
def test_a_taught_misconception_loses_at_least_half(grade, number, item_id, misconception):
    spec = next(i for i in CHAPTERS[slug_of(number)].spec.items if i.id == item_id)
    code = next(c for d, c in spec.misconception_code.items() if misconception in d)
    assert full(grade(number, solution(number)), item_id)
    earned, possible, _ = item(grade(number, solution(number) + "\n" + code), item_id)
    assert earned <= possible / 2, (item_id, misconception, earned)
