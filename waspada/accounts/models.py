from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from waspada.accounts.enums import Role


class User(AbstractUser):
    role = models.CharField(_("peran"), max_length=20, choices=Role.choices, default=Role.OPERATOR)
    # The regions whose data this user may see (and everything below them). No region: nothing is visible.
    regions = models.ManyToManyField(
        "regions.Region", blank=True, related_name="users", verbose_name=_("wilayah tugas")
    )
    organisation = models.CharField(_("instansi"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.get_username()

    def region_codes(self) -> list[str]:
        cached = getattr(self, "_region_codes", None)
        if cached is None:
            cached = sorted(region.code for region in self.regions.all())
            self._region_codes = cached
        return cached
