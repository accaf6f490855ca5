"""Public warnings: a provincial analyst (or an admin) publishes a sanitised warning from an alert, and withdraws it.

What reaches the public is only the region, a level, and a title and text the staff wrote (a neutral draft is
offered; it holds nothing from the alert or its reports). Personal data in what they wrote is masked with lokal-id's
detectors (names, NIK, phone numbers, addresses, …) before it is stored, and the staff sees the masked text before
publishing. A newer warning for a kab/kota replaces the current one. Every publish and withdrawal is audited; a
publication may notify the region's subscribers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from lokal import detect_pii

from waspada.accounts.enums import Role
from waspada.accounts.permissions import can_see, region_q
from waspada.alerts import messages
from waspada.alerts.models import Alert, PublicWarning
from waspada.alerts.services.notify import notifications_for_public_warning
from waspada.audit.services import audit_record
from waspada.core.enums import Level, Marking
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text

PUBLISHER_ROLES = frozenset({Role.ADMIN, Role.ANALIS_PROVINSI})
PUBLIC_LEVELS = (Level.WASPADA, Level.SIAGA, Level.AWAS)
TITLE_MAX = 200
TEXT_MAX = 2000
# Group attributes (religion, ethnicity-like nationality, gender) describe communities in a warning and are kept:
# masking "Islam" but not "Kristen" would read as bias. Everything that singles out a person is masked.
KEPT_ATTRIBUTES = ("RELIGION", "GENDER", "NATIONALITY", "MARITAL_STATUS")


@dataclass(frozen=True)
class Masked:
    text: str
    # The kinds of personal data that were masked (NAME, NIK, PHONE, …), for the staff and the audit log.
    found: tuple[str, ...]


def mask_personal_data(text: str) -> Masked:
    matches = detect_pii(text, exclude=list(KEPT_ATTRIBUTES))  # type: ignore[arg-type]
    out: list[str] = []
    cursor = 0
    found: list[str] = []
    for match in matches:
        if match.start < cursor:  # overlapping finds: the first one already covers this part
            continue
        out.append(text[cursor : match.start])
        out.append(messages.masked_label(match.type))
        cursor = match.end
        if match.type not in found:
            found.append(match.type)
    out.append(text[cursor:])
    return Masked("".join(out), tuple(found))


def can_publish_warnings(user: Any) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active or getattr(user, "is_integration", False):
        return False
    return bool(user.is_superuser or user.role in PUBLISHER_ROLES)


def can_publish_warning_for(user: Any, alert: Alert) -> bool:
    # Rahasia never goes public, whoever asks.
    return can_publish_warnings(user) and alert.marking != Marking.RAHASIA and can_see(user, alert)


def draft_for(alert: Alert) -> tuple[str, str, str]:
    """A neutral title, text and level to start from; nothing in it comes from the alert's reports."""
    level = alert.level if alert.level in PUBLIC_LEVELS else Level.WASPADA
    region = alert.region.name
    return (
        messages.public_warning_draft_title(region=region, level=level),
        messages.public_warning_draft_text(region=region, level=level),
        level,
    )


def public_warning_prepare(*, title: str, text: str) -> tuple[Masked, Masked]:
    """What would be published: cleaned and masked title and text (the staff sees this before publishing)."""
    clean_title = clean_text(title, single_line=True, max_length=TITLE_MAX)
    clean_body = clean_text(text, max_length=TEXT_MAX)
    if not clean_title or not clean_body:
        raise ApplicationError(_("Judul dan isi peringatan publik wajib diisi."))
    return mask_personal_data(clean_title), mask_personal_data(clean_body)


def public_warning_publish(
    *, actor: Any, alert: Alert, title: str, text: str, level: str, notify_subscribers: bool = False
) -> PublicWarning:
    if not can_publish_warning_for(actor, alert):
        raise ApplicationError(_("Anda tidak berwenang menerbitkan peringatan publik untuk peringatan ini."))
    if level not in PUBLIC_LEVELS:
        raise ApplicationError(_("Pilih tingkat Waspada, Siaga atau Awas."))
    masked_title, masked_text = public_warning_prepare(title=title, text=text)
    with transaction.atomic():
        replaced = list(
            PublicWarning.objects.select_for_update().filter(region_id=alert.region_id, withdrawn_at__isnull=True)
        )
        warning = PublicWarning.objects.create(
            region_id=alert.region_id,
            level=level,
            title=masked_title.text[:TITLE_MAX],
            text=masked_text.text,
            alert=alert,
            published_by=actor,
        )
        for old in replaced:
            _withdraw(actor, old, reason={"replaced_by": warning.pk})
        audit_record(
            action="public_warning.publish",
            actor=actor,
            target=warning,
            summary=warning.title,
            data={
                "alert_id": alert.pk,
                "level": level,
                "masked": sorted(set(masked_title.found) | set(masked_text.found)),
                "replaced": [old.pk for old in replaced],
                "notify_subscribers": notify_subscribers,
            },
        )
        if notify_subscribers:
            notifications_for_public_warning(warning=warning)
    return warning


def _withdraw(actor: Any, warning: PublicWarning, *, reason: dict[str, Any]) -> None:
    warning.withdrawn_at = timezone.now()
    warning.save(update_fields=["withdrawn_at"])
    audit_record(
        action="public_warning.withdraw",
        actor=actor,
        target=warning,
        summary=warning.title,
        data={"alert_id": warning.alert_id, **reason},
    )


def public_warning_withdraw(*, actor: Any, warning: PublicWarning) -> PublicWarning:
    if get_public_warning_for_staff(actor, warning.pk) is None:
        raise ApplicationError(_("Anda tidak berwenang menarik peringatan publik ini."))
    with transaction.atomic():
        warning = PublicWarning.objects.select_for_update().get(pk=warning.pk)
        if warning.withdrawn_at is not None:
            raise ApplicationError(_("Peringatan publik ini sudah ditarik."))
        _withdraw(actor, warning, reason={})
    return warning


def current_public_warnings() -> QuerySet[PublicWarning]:
    """What the public page shows: every warning not withdrawn."""
    return (
        PublicWarning.objects.filter(withdrawn_at__isnull=True)
        .select_related("region")
        .order_by("region__name", "-published_at")
    )


def get_current_public_warning(pk: int) -> PublicWarning | None:
    return current_public_warnings().filter(pk=pk).first()


def public_warnings_for_staff(user: Any) -> QuerySet[PublicWarning]:
    if not can_publish_warnings(user):
        return PublicWarning.objects.none()
    return (
        PublicWarning.objects.filter(region_q(user))
        .select_related("region", "published_by", "alert")
        .order_by("-published_at", "-id")
    )


def get_public_warning_for_staff(user: Any, pk: int) -> PublicWarning | None:
    return public_warnings_for_staff(user).filter(pk=pk).first()


def current_warning_for_alert(alert: Alert) -> PublicWarning | None:
    return PublicWarning.objects.filter(alert=alert, withdrawn_at__isnull=True).order_by("-published_at").first()
