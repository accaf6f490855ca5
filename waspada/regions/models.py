from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionLevel(models.IntegerChoices):
    PROVINSI = 1, _("Provinsi")
    KABKOTA = 2, _("Kabupaten/kota")
    KECAMATAN = 3, _("Kecamatan")
    DESA = 4, _("Desa/kelurahan")


def kabkota_code(code: str) -> str | None:
    """The kab/kota a dotted Kemendagri code lies in ("64.08.05.2001" → "64.08")."""
    parts = code.split(".")
    return ".".join(parts[:2]) if len(parts) >= 2 else None


class Region(models.Model):
    # The official dotted Kemendagri code is the key: scope filters become prefix matches without joins.
    code = models.CharField(_("kode"), max_length=13, primary_key=True)
    name = models.CharField(_("nama"), max_length=200)
    level = models.PositiveSmallIntegerField(_("tingkat"), choices=RegionLevel.choices)
    kind = models.CharField(_("jenis"), max_length=20)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children", db_index=True
    )
    centroid_lat = models.FloatField(null=True, blank=True)
    centroid_lng = models.FloatField(null=True, blank=True)
    boundary = models.JSONField(null=True, blank=True, help_text=_("Geometri GeoJSON (Polygon/MultiPolygon)"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")
        indexes = [models.Index(fields=["level", "name"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    @property
    def short_name(self) -> str:
        """'Kabupaten Kutai Timur' → 'Kutai Timur'; cities keep 'Kota'."""
        return self.name.removeprefix("Kabupaten ").removeprefix("Kab. ")

    @property
    def kabkota_code(self) -> str | None:
        return kabkota_code(self.code) if self.level >= RegionLevel.KABKOTA else None


class RegionAlias(models.Model):
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=100)

    class Meta:
        ordering = ["alias"]
        verbose_name = _("alias wilayah")
        verbose_name_plural = _("alias wilayah")
        constraints = [models.UniqueConstraint(fields=["alias", "region"], name="unique_alias_per_region")]

    def __str__(self) -> str:
        return f"{self.alias} → {self.region_id}"
