from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from waspada.accounts.enums import Role
from waspada.core.enums import Marking


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


class ApiToken(models.Model):
    """The key of one integration (an agency's system) to the REST API.

    A request with this token acts as the integration, never as a user: it sees and files reports only inside
    the token's regions and up to its marking ceiling. The plain token is shown once when it is created; only
    its SHA-256 is stored (the token is 256 random bits, so a fast hash is enough), with a short prefix that
    identifies it in lists and logs.
    """

    name = models.CharField(_("nama integrasi"), max_length=80, unique=True)
    organisation = models.CharField(_("instansi"), max_length=150, blank=True)
    prefix = models.CharField(_("awalan token"), max_length=16, editable=False, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    regions = models.ManyToManyField("regions.Region", related_name="api_tokens", verbose_name=_("wilayah"), blank=True)
    marking_ceiling = models.CharField(
        _("klasifikasi tertinggi"),
        max_length=10,
        choices=Marking.choices,
        default=Marking.TERBATAS,
        help_text=_("Laporan di atas klasifikasi ini tidak dapat dibaca maupun dikirim dengan token ini."),
    )
    can_read = models.BooleanField(_("boleh membaca laporan"), default=True)
    can_submit = models.BooleanField(_("boleh mengirim laporan"), default=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    # Changes whenever the token or its regions change: the key of the per-process scope cache.
    updated_at = models.DateTimeField(auto_now=True)
    expires_at = models.DateTimeField(_("berlaku sampai"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("dicabut"), null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField(_("terakhir dipakai"), null=True, blank=True, editable=False)

    # A principal for the permission checks in waspada.accounts.permissions, beside User.
    is_integration = True
    is_superuser = False
    is_authenticated = True

    class Meta:
        ordering = ["name"]
        verbose_name = _("token API")
        verbose_name_plural = _("token API")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        from django.utils import timezone

        if self.revoked_at is not None:
            return False
        return self.expires_at is None or self.expires_at > timezone.now()

    @property
    def audit_label(self) -> str:
        return f"token:{self.name}"

    def region_codes(self) -> list[str]:
        cached = getattr(self, "_region_codes", None)
        if cached is None:
            cached = sorted(self.regions.values_list("code", flat=True))
            self._region_codes = cached
        return cached
