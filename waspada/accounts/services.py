"""Integration tokens: issued in the admin (or `waspada token create`), revoked, recognised on each request."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import threading
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.models import ApiToken
from waspada.audit.services import audit_record
from waspada.core.db import row_by_unique
from waspada.core.enums import Marking
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text
from waspada.regions.models import Region

TOKEN_PREFIX = "wsp_"  # noqa: S105 — the visible marker of every Waspada token, not a secret
PREFIX_SHOWN = 12  # "wsp_" and 8 random characters: enough to tell tokens apart, useless to guess one
# last_used_at is bookkeeping: written at most once a minute per token, not on every request.
LAST_USED_RESOLUTION = dt.timedelta(seconds=60)
_TOKEN_SHAPE = re.compile(r"^wsp_[A-Za-z0-9_-]{40,60}$")

# Region codes of each token, by (id, updated_at): changing a token or its regions bumps updated_at.
_scope_cache: dict[tuple[int, dt.datetime], list[str]] = {}
_scope_lock = threading.Lock()


def token_hash(plain: str) -> str:
    return hashlib.sha256(plain.encode()).hexdigest()


def _new_secret() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def _regions_from_codes(codes: list[str]) -> list[Region]:
    cleaned = sorted({clean_text(code, max_length=13, single_line=True) for code in codes} - {""})
    if not cleaned:
        raise ApplicationError(_("Token harus dibatasi pada sedikitnya satu wilayah."))
    found = {r.code: r for r in Region.objects.filter(code__in=cleaned).only("code", "name", "level")}
    unknown = [code for code in cleaned if code not in found]
    if unknown:
        raise ApplicationError(_("Kode wilayah tidak dikenal: %(codes)s") % {"codes": ", ".join(unknown)})
    return [found[code] for code in cleaned]


def _check_fields(*, name: str, marking_ceiling: str, expires_at: dt.datetime | None) -> str:
    name = clean_text(name, max_length=80, single_line=True)
    if not name:
        raise ApplicationError(_("Nama integrasi wajib diisi."))
    if marking_ceiling not in Marking.values:
        raise ApplicationError(_("Klasifikasi tidak dikenal: %(marking)s") % {"marking": marking_ceiling})
    if expires_at is not None and expires_at <= timezone.now():
        raise ApplicationError(_("Tanggal berlaku harus di masa depan."))
    return name


def api_token_create(
    *,
    actor: Any,
    name: str,
    region_codes: list[str],
    marking_ceiling: str = Marking.TERBATAS,
    can_read: bool = True,
    can_submit: bool = True,
    expires_at: dt.datetime | None = None,
    organisation: str = "",
) -> tuple[ApiToken, str]:
    """A new token; the plain value is returned once and never stored."""
    token = ApiToken(
        name=name,
        organisation=organisation,
        marking_ceiling=marking_ceiling,
        can_read=can_read,
        can_submit=can_submit,
        expires_at=expires_at,
    )
    return token, api_token_issue(actor=actor, token=token, region_codes=region_codes)


def api_token_issue(*, actor: Any, token: ApiToken, region_codes: list[str]) -> str:
    """Give a new, unsaved token (built by the admin form or api_token_create) its secret; store and audit it."""
    if token.pk is not None:
        raise ApplicationError(_("Token ini sudah diterbitkan."))
    token.name = _check_fields(name=token.name, marking_ceiling=token.marking_ceiling, expires_at=token.expires_at)
    token.organisation = clean_text(token.organisation, max_length=150, single_line=True)
    regions = _regions_from_codes(region_codes)
    if ApiToken.objects.filter(name=token.name).exists():
        raise ApplicationError(_("Sudah ada token bernama %(name)s.") % {"name": token.name})
    plain = _new_secret()
    token.prefix = plain[:PREFIX_SHOWN]
    token.key_hash = token_hash(plain)
    token.created_by = actor if getattr(actor, "is_authenticated", False) else None
    with transaction.atomic():
        token.save()
        token.regions.set(regions)
        audit_record(
            action="api_token.create",
            actor=actor,
            target=token,
            region_code="",
            marking=Marking.TERBATAS,
            summary=token.name,
            data=_audit_data(token, regions),
        )
    return plain


def api_token_update(
    *,
    actor: Any,
    token: ApiToken,
    name: str,
    region_codes: list[str],
    marking_ceiling: str,
    can_read: bool,
    can_submit: bool,
    expires_at: dt.datetime | None,
    organisation: str = "",
) -> ApiToken:
    name = clean_text(name, max_length=80, single_line=True)
    if not name:
        raise ApplicationError(_("Nama integrasi wajib diisi."))
    if marking_ceiling not in Marking.values:
        raise ApplicationError(_("Klasifikasi tidak dikenal: %(marking)s") % {"marking": marking_ceiling})
    regions = _regions_from_codes(region_codes)
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        before = _audit_data(token, list(token.regions.all()))
        token.name = name
        token.organisation = clean_text(organisation, max_length=150, single_line=True)
        token.marking_ceiling = marking_ceiling
        token.can_read, token.can_submit = can_read, can_submit
        token.expires_at = expires_at
        token.save()  # bumps updated_at: every process drops its cached scope of this token
        token.regions.set(regions)
        audit_record(
            action="api_token.update",
            actor=actor,
            target=token,
            region_code="",
            marking=Marking.TERBATAS,
            summary=token.name,
            data={"before": before, "after": _audit_data(token, regions)},
        )
    return token


def api_token_revoke(*, actor: Any, token: ApiToken) -> ApiToken:
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is not None:
            return token
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at", "updated_at"])
        audit_record(
            action="api_token.revoke",
            actor=actor,
            target=token,
            region_code="",
            marking=Marking.TERBATAS,
            summary=token.name,
        )
    return token


def _audit_data(token: ApiToken, regions: list[Region]) -> dict[str, Any]:
    return {
        "prefix": token.prefix,
        "regions": sorted(r.code for r in regions),
        "marking_ceiling": token.marking_ceiling,
        "can_read": token.can_read,
        "can_submit": token.can_submit,
        "expires_at": token.expires_at.isoformat() if token.expires_at else None,
    }


def api_token_authenticate(plain: str) -> ApiToken | None:
    """The active token with this value, or None (unknown, malformed, revoked or expired)."""
    if not _TOKEN_SHAPE.match(plain):
        return None
    token = row_by_unique(ApiToken, "key_hash", token_hash(plain))  # on every API call: the lean lookup
    if token is None or not token.is_active:
        return None
    token._region_codes = _cached_region_codes(token)
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def _cached_region_codes(token: ApiToken) -> list[str]:
    key = (token.pk, token.updated_at)
    codes = _scope_cache.get(key)
    if codes is None:
        codes = sorted(token.regions.values_list("code", flat=True))
        with _scope_lock:
            for stale in [k for k in _scope_cache if k[0] == token.pk]:
                del _scope_cache[stale]
            _scope_cache[key] = codes
    return codes
