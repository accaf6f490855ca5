from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from waspada.accounts.permissions import region_in_scope
from waspada.regions.models import Region, RegionLevel


def kabkota_choices_for_user(user: Any) -> list[Region]:
    """The kab/kota a user may file reports for: every one inside their regions."""
    if getattr(user, "is_superuser", False):
        return list(Region.objects.filter(level=RegionLevel.KABKOTA))
    regions: list[Region] = []
    for code in user.region_codes():
        region = Region.objects.filter(code=code).first()
        if region is None:
            continue
        if region.level == RegionLevel.PROVINSI:
            regions.extend(Region.objects.filter(parent=region, level=RegionLevel.KABKOTA))
        elif region.level >= RegionLevel.KABKOTA:
            kab = Region.objects.filter(code=region.kabkota_code).first()
            if kab is not None:
                regions.append(kab)
    unique = {r.code: r for r in regions}
    return [unique[c] for c in sorted(unique)]


def children_for_user(user: Any, parent_code: str) -> QuerySet[Region]:
    if not region_in_scope(user, parent_code) and not _is_ancestor_of_scope(user, parent_code):
        return Region.objects.none()
    return Region.objects.filter(parent_id=parent_code).order_by("name")


def _is_ancestor_of_scope(user: Any, code: str) -> bool:
    return any(c.startswith(f"{code}.") for c in user.region_codes())


def get_region(code: str) -> Region | None:
    return Region.objects.filter(code=code).first()
