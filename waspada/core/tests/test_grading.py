"""The grading scale is a setting: the forms offer its grades and the index weighs reports by it."""

from __future__ import annotations

from typing import Any

import pytest
from django import forms

from waspada.core.grading import grading_weight
from waspada.intake.forms import GradeForm

pytestmark = pytest.mark.django_db


def offered(form: GradeForm, name: str) -> list[tuple[Any, Any]]:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    return list(field.choices)  # type: ignore[arg-type]


def test_the_default_six_by_six_scale() -> None:
    form = GradeForm()
    assert [value for value, _label in offered(form, "reliability")] == list("ABCDEF")
    assert [value for value, _label in offered(form, "credibility")] == [1, 2, 3, 4, 5, 6]
    assert (grading_weight("B", 2), grading_weight("F", 6), grading_weight("E", 3), grading_weight("A", 5)) == (
        1.0,
        0.7,
        0.4,
        0.4,
    )


def test_the_five_by_five_scale_offers_its_own_grades_and_weighs_by_them(settings: Any) -> None:
    settings.WASPADA_GRADING_SCALE = "5x5"
    form = GradeForm()
    assert [value for value, _label in offered(form, "reliability")] == list("ABCDE")
    assert [value for value, _label in offered(form, "credibility")] == [1, 2, 3, 4, 5]
    assert "belum teruji" in str(dict(offered(form, "reliability"))["E"])
    assert not GradeForm({"reliability": "F", "credibility": "6"}).is_valid()
    assert GradeForm({"reliability": "E", "credibility": "4"}).is_valid()
    # E: untested, 4: cannot be judged → counted like "cannot be judged"; D and 5 → doubtful; F/6 from before → 0.7
    assert (grading_weight("E", 2), grading_weight("B", 4), grading_weight("D", 1), grading_weight("C", 5)) == (
        0.7,
        0.7,
        0.4,
        0.4,
    )
    assert (grading_weight("A", 1), grading_weight("F", 6)) == (1.0, 0.7)


def test_the_field_report_form_follows_the_scale(settings: Any, client: Any, operator_kutim: Any) -> None:
    settings.WASPADA_GRADING_SCALE = "5x5"
    client.force_login(operator_kutim)
    page = client.get("/laporan/baru/").content.decode()
    assert "sumber belum teruji" in page and "F — tidak dapat dinilai" not in page
