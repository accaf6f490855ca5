"""The seed templates, one module per theme; the order here fixes the generated ids."""

from __future__ import annotations

from waspada.engine.data.seed import (
    acara,
    bentrok,
    buruh,
    darurat,
    demo,
    ekonomi,
    harian,
    hoaks,
    ikn,
    kegiatan,
    kriminal,
    lahan,
    mainhakim,
    narkoba,
    olahraga,
    pemilu,
    radikal,
    rapat,
    sara,
    separatis,
    sumberdaya,
    tambang,
    tatakelola,
    umum,
    warga,
)
from waspada.engine.data.seed.base import Template

THEMES = (
    lahan,
    tambang,
    ikn,
    buruh,
    demo,
    sara,
    radikal,
    separatis,
    hoaks,
    bentrok,
    narkoba,
    kriminal,
    pemilu,
    tatakelola,
    mainhakim,
    sumberdaya,
    acara,
    olahraga,
    rapat,
    ekonomi,
    umum,
    warga,
    harian,
    darurat,
    kegiatan,
)

ALL_TEMPLATES: tuple[Template, ...] = tuple(template for theme in THEMES for template in theme.TEMPLATES)
