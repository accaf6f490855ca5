"""Subscriptions: each person keeps their own (admins see and keep everyone's); every change is audited.

The address (email, Telegram chat id, WhatsApp number) is checked by its channel's module and sealed at rest like a
reporter's contact; screens show it partly hidden.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from lokal import partial_mask

from waspada.accounts.enums import Role
from waspada.alerts.enums import NotificationChannel
from waspada.alerts.models import Subscription
from waspada.alerts.transports import email, subscription_channels, telegram, whatsapp
from waspada.audit.services import audit_record
from waspada.core.enums import Category, Level
from waspada.core.exceptions import ApplicationError
from waspada.intake.sealing import seal, unseal
from waspada.regions.models import Region
from waspada.regions.selectors import kabkota_choices_for_user

MAX_SUBSCRIPTIONS_PER_USER = 20
SUBSCRIBABLE_LEVELS = (Level.WASPADA, Level.SIAGA, Level.AWAS)


@dataclass(frozen=True)
class SubscriptionInput:
    channel: str
    # Empty when editing: keep the stored address.
    address: str
    region_code: str | None
    min_level: str
    categories: list[str] = field(default_factory=list)
    quiet_start: dt.time | None = None
    quiet_end: dt.time | None = None
    daily_digest: bool = False
    active: bool = True


def manages_all_subscriptions(user: Any) -> bool:
    return bool(getattr(user, "is_superuser", False) or getattr(user, "role", "") == Role.ADMIN)


def subscriptions_for_user(user: Any) -> QuerySet[Subscription]:
    rows = Subscription.objects.select_related("user", "region").order_by("user__username", "pk")
    if manages_all_subscriptions(user):
        return rows
    return rows.filter(user=user)


def get_subscription_for_user(user: Any, pk: int) -> Subscription | None:
    return subscriptions_for_user(user).filter(pk=pk).first()


def subscription_regions(owner: Any) -> list[Region]:
    """The kab/kota an owner may narrow a subscription to: those inside their own regions."""
    return kabkota_choices_for_user(owner)


def address_normalise(channel: str, raw: str) -> str:
    """The address in its channel's canonical form; ValidationError with a translated message otherwise."""
    if channel == NotificationChannel.EMAIL:
        return email.normalise_address(raw)
    if channel == NotificationChannel.TELEGRAM:
        return telegram.normalise_address(raw)
    if channel == NotificationChannel.WHATSAPP:
        return whatsapp.normalise_address(raw)
    raise ValidationError(_("Pilih kanal pemberitahuan."))


def address_masked(subscription: Subscription) -> str:
    """The address as screens show it: enough to recognise, not enough to use."""
    try:
        address = unseal(subscription.address_sealed)
    except ValueError:
        return "—"
    if subscription.channel == NotificationChannel.EMAIL:
        return partial_mask("EMAIL", address)
    if len(address) <= 4:
        return "***"
    return f"{address[:3]}***{address[-3:]}"


def _checked(owner: Any, data: SubscriptionInput, *, current: Subscription | None) -> tuple[str, Region | None]:
    """The sealed address and the region, once every part of the input is known good."""
    changing_channel = current is None or current.channel != data.channel
    if changing_channel and data.channel not in subscription_channels():
        raise ApplicationError(_("Kanal ini belum dapat dipakai di server ini."))
    if data.min_level not in SUBSCRIBABLE_LEVELS:
        raise ApplicationError(_("Pilih tingkat minimal Waspada, Siaga atau Awas."))
    unknown = set(data.categories) - set(Category.values)
    if unknown:
        raise ApplicationError(_("Kategori tidak dikenal: %(names)s") % {"names": ", ".join(sorted(unknown))})
    if (data.quiet_start is None) != (data.quiet_end is None) or (
        data.quiet_start is not None and data.quiet_start == data.quiet_end
    ):
        raise ApplicationError(_("Isi jam tenang mulai dan selesai (berbeda), atau kosongkan keduanya."))
    region: Region | None = None
    if data.region_code:
        region = next((r for r in subscription_regions(owner) if r.code == data.region_code), None)
        if region is None:
            raise ApplicationError(_("Wilayah ini di luar wilayah tugas pemilik langganan."))
    if data.address:
        try:
            sealed = seal(address_normalise(data.channel, data.address))
        except ValidationError as error:
            raise ApplicationError(" ".join(error.messages)) from None
    elif current is not None and not changing_channel:
        sealed = current.address_sealed
    else:
        raise ApplicationError(_("Alamat tujuan wajib diisi."))
    return sealed, region


def _summary(subscription: Subscription) -> str:
    where = subscription.region.name if subscription.region is not None else "*"
    return f"{subscription.user.get_username()} {subscription.channel} {where} ≥ {subscription.min_level}"


def _data(subscription: Subscription) -> dict[str, Any]:
    # Never the address: the audit log is read by more people than the subscription is.
    return {
        "subscription_id": subscription.pk,
        "user_id": subscription.user_id,
        "channel": subscription.channel,
        "region": subscription.region_id,
        "min_level": subscription.min_level,
        "categories": subscription.categories,
        "daily_digest": subscription.daily_digest,
        "active": subscription.active,
    }


def _apply(subscription: Subscription, data: SubscriptionInput, sealed: str, region: Region | None) -> None:
    subscription.channel = data.channel
    subscription.address_sealed = sealed
    subscription.region = region
    subscription.min_level = data.min_level
    subscription.categories = sorted(set(data.categories))
    subscription.quiet_start = data.quiet_start
    subscription.quiet_end = data.quiet_end
    subscription.daily_digest = data.daily_digest
    subscription.active = data.active


def subscription_create(*, actor: Any, data: SubscriptionInput) -> Subscription:
    """A subscription of the actor's own."""
    if not getattr(actor, "is_authenticated", False) or not actor.is_active:
        raise ApplicationError(_("Masuk terlebih dahulu."))
    sealed, region = _checked(actor, data, current=None)
    with transaction.atomic():
        if Subscription.objects.filter(user=actor).count() >= MAX_SUBSCRIPTIONS_PER_USER:
            raise ApplicationError(
                _("Paling banyak %(count)s langganan per pengguna.") % {"count": MAX_SUBSCRIPTIONS_PER_USER}
            )
        subscription = Subscription(user=actor)
        _apply(subscription, data, sealed, region)
        subscription.save()
        audit_record(
            action="subscription.create",
            actor=actor,
            target=subscription,
            summary=_summary(subscription),
            data=_data(subscription),
        )
    return subscription


def subscription_update(*, actor: Any, subscription: Subscription, data: SubscriptionInput) -> Subscription:
    if get_subscription_for_user(actor, subscription.pk) is None:
        raise ApplicationError(_("Langganan tidak ditemukan."))
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().select_related("user").get(pk=subscription.pk)
        sealed, region = _checked(subscription.user, data, current=subscription)
        address_changed = sealed != subscription.address_sealed
        _apply(subscription, data, sealed, region)
        subscription.save()
        audit_record(
            action="subscription.update",
            actor=actor,
            target=subscription,
            summary=_summary(subscription),
            data={**_data(subscription), "address_changed": address_changed},
        )
    return subscription


def subscription_delete(*, actor: Any, subscription: Subscription) -> None:
    if get_subscription_for_user(actor, subscription.pk) is None:
        raise ApplicationError(_("Langganan tidak ditemukan."))
    with transaction.atomic():
        audit_record(
            action="subscription.delete",
            actor=actor,
            target=subscription,
            summary=_summary(subscription),
            data=_data(subscription),
        )
        subscription.delete()
