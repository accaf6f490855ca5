"""Reports over the REST API: staff with their browser session, agency systems with an integration token.

A token acts as its integration, not as a user: what it files gets channel `api` and the integration as source,
and must lie inside the token's regions; what it reads is limited to its regions and marking ceiling.
"""

import datetime as dt
import hashlib
import threading
from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.responses import Status
from ninja.security import django_auth

from waspada.accounts.auth import api_token_auth
from waspada.accounts.models import ApiToken
from waspada.accounts.permissions import can, is_integration, region_in_scope, visible_markings
from waspada.core.enums import Category, Channel, Credibility, Domain, Marking, Reliability
from waspada.core.text import clean_text
from waspada.intake.enums import ReportStatus, SourceKind
from waspada.intake.models import Report, Source
from waspada.intake.selectors import get_report_for_user, reports_for_user
from waspada.intake.services import report_submit, source_get_or_create

router = Router(tags=["laporan"], auth=[api_token_auth, django_auth])

PAGE_DEFAULT = 50
PAGE_MAX = 200
REGION_CODE = r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$"


class ReportOut(Schema):
    id: int
    channel: str
    title: str
    text: str
    region_code: str | None = Field(None, alias="region_id")
    kabkota_code: str | None = Field(None, alias="kabkota_id")
    occurred_at: dt.datetime
    received_at: dt.datetime
    marking: str
    reliability: str
    credibility: int
    status: str
    analysis_status: str
    domain: str
    category: str
    severity: int | None
    issue_id: int | None


class ReportIn(Schema):
    title: str = Field(..., min_length=1, max_length=200)
    text: str = Field(..., min_length=1, max_length=20_000)
    region_code: str | None = Field(None, max_length=13)
    occurred_at: dt.datetime | None = None
    who: str = Field("", max_length=500)
    why: str = Field("", max_length=20_000)
    opinion: str = Field("", max_length=20_000)
    location_detail: str = Field("", max_length=300)
    reliability: Reliability = Reliability.F
    credibility: Credibility = Credibility.UNKNOWN
    marking: Marking = Marking.TERBATAS


class ReportFilters(Schema):
    kabkota: str | None = Field(None, pattern=REGION_CODE, description="kode kab/kota persis, mis. 64.08")
    region: str | None = Field(
        None, pattern=REGION_CODE, description="kode wilayah mana pun; termasuk semua wilayah di bawahnya"
    )
    channel: Channel | None = None
    domain: Domain | None = None
    category: Category | None = None
    min_severity: int | None = Field(None, ge=0, le=3)
    status: ReportStatus | None = None
    received_after: dt.datetime | None = Field(None, description="waktu diterima ≥ nilai ini (ISO 8601)")
    received_before: dt.datetime | None = Field(None, description="waktu diterima < nilai ini (ISO 8601)")
    q: str | None = Field(None, min_length=2, max_length=200, description="kata dalam judul atau isi")


class ReportPage(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(PAGE_DEFAULT, ge=1, le=PAGE_MAX, description=f"paling banyak {PAGE_MAX}")
        offset: int = Field(0, ge=0, le=10_000_000)


class TokenOut(Schema):
    name: str
    prefix: str
    organisation: str
    regions: list[str]
    marking_ceiling: str
    can_read: bool
    can_submit: bool
    expires_at: dt.datetime | None


def _aware(value: dt.datetime) -> dt.datetime:
    return timezone.make_aware(value) if timezone.is_naive(value) else value


def _require_read(principal: Any) -> None:
    if is_integration(principal) and not can(principal, "report.read"):
        raise HttpError(403, _("Token ini tidak diizinkan membaca laporan."))


@router.get("/reports", response=list[ReportOut])
@paginate(ReportPage)
def list_reports(request: HttpRequest, filters: Query[ReportFilters]) -> QuerySet[Report]:
    """Reports the caller may see, newest first, with optional filters (all combined with AND)."""
    principal = request.auth  # type: ignore[attr-defined]
    _require_read(principal)
    reports = reports_for_user(principal)
    if filters.kabkota:
        reports = reports.filter(kabkota_id=filters.kabkota)
    if filters.region:
        reports = reports.filter(Q(region__code=filters.region) | Q(region__code__startswith=f"{filters.region}."))
    if filters.channel:
        reports = reports.filter(channel=filters.channel)
    if filters.domain:
        reports = reports.filter(domain=filters.domain)
    if filters.category:
        reports = reports.filter(category=filters.category)
    if filters.min_severity is not None:
        reports = reports.filter(severity__gte=filters.min_severity)
    if filters.status:
        reports = reports.filter(status=filters.status)
    if filters.received_after:
        reports = reports.filter(received_at__gte=_aware(filters.received_after))
    if filters.received_before:
        reports = reports.filter(received_at__lt=_aware(filters.received_before))
    if filters.q:
        words = clean_text(filters.q, max_length=200, single_line=True).split()[:8]
        for word in words:
            reports = reports.filter(Q(title__icontains=word) | Q(text__icontains=word))
    return reports


@router.get("/reports/{report_id}", response=ReportOut)
def get_report(request: HttpRequest, report_id: int) -> Report:
    principal = request.auth  # type: ignore[attr-defined]
    _require_read(principal)
    report = get_report_for_user(principal, report_id)
    if report is None:
        raise HttpError(404, _("Laporan tidak ditemukan."))
    return report


@router.post("/reports", response={201: ReportOut, 200: ReportOut})
def create_report(request: HttpRequest, payload: ReportIn) -> Status[Report]:
    """File a report (channel `api`). Send `Idempotency-Key` so that a retry returns the first report (200)."""
    principal = request.auth  # type: ignore[attr-defined]
    key = _idempotency_key(request)
    fields: dict[str, Any] = {
        "channel": Channel.API,
        "title": payload.title,
        "text": payload.text,
        "occurred_at": payload.occurred_at,
        "who": payload.who,
        "why": payload.why,
        "opinion": payload.opinion,
        "location_detail": payload.location_detail,
        "reliability": payload.reliability,
        "credibility": payload.credibility,
        "marking": payload.marking,
    }
    if is_integration(principal):
        if not can(principal, "report.submit"):
            raise HttpError(403, _("Token ini tidak diizinkan mengirim laporan."))
        if payload.marking not in visible_markings(principal):
            raise HttpError(
                400,
                _("Token ini hanya boleh mengirim laporan sampai klasifikasi %(marking)s.")
                % {"marking": Marking(principal.marking_ceiling).label},
            )
        result = report_submit(
            **fields,
            actor=None,
            actor_label=principal.audit_label,
            region_code=_integration_region(principal, payload.region_code),
            source=_integration_source(principal),
            idempotency_key=_namespaced(f"token:{principal.pk}", key),
        )
    else:
        result = report_submit(
            **fields,
            actor=principal,
            region_code=payload.region_code,
            idempotency_key=_namespaced(f"api:{principal.pk}", key),
        )
    return Status(201 if result.created else 200, result.report)


@router.get("/token", response=TokenOut, auth=[api_token_auth])
def token_info(request: HttpRequest) -> TokenOut:
    """What the calling integration token may do: its regions, marking ceiling and expiry."""
    token: ApiToken = request.auth  # type: ignore[attr-defined]
    return TokenOut(
        name=token.name,
        prefix=token.prefix,
        organisation=token.organisation,
        regions=token.region_codes(),
        marking_ceiling=token.marking_ceiling,
        can_read=token.can_read,
        can_submit=token.can_submit,
        expires_at=token.expires_at,
    )


def _idempotency_key(request: HttpRequest) -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    key = key.strip()
    if not 1 <= len(key) <= 100 or not key.isascii() or not key.isprintable():
        raise HttpError(400, _("Idempotency-Key harus 1–100 karakter ASCII yang terlihat."))
    return key


def _namespaced(namespace: str, key: str | None) -> str | None:
    """Keys of different callers never meet; a long key is hashed rather than cut (two cuts could collide)."""
    if key is None:
        return None
    joined = f"{namespace}:{key}"
    if len(joined) <= 100:
        return joined
    return f"{namespace}:#{hashlib.sha256(key.encode()).hexdigest()}"


def _integration_region(token: ApiToken, region_code: str | None) -> str:
    """The report's region: the one sent, which must lie in the token's regions, or the token's only region."""
    code = clean_text(region_code, max_length=13, single_line=True)
    if not code:
        home = settings.WASPADA_HOME_REGION
        codes = token.region_codes()
        if region_in_scope(token, home):
            return home
        if len(codes) == 1:
            return codes[0]
        raise HttpError(400, _("region_code wajib diisi: token ini mencakup beberapa wilayah."))
    if not region_in_scope(token, code):
        raise HttpError(
            400,
            _("Wilayah %(code)s di luar wilayah token ini (%(regions)s).")
            % {"code": code, "regions": ", ".join(token.region_codes())},
        )
    return code


# The Source of each integration, by (token hash, token name): one look-up per process, not one per report.
# Once the integration has filed a report its Source cannot be deleted (PROTECT), so the cache stays true.
_sources: dict[tuple[str, str], Source] = {}
_sources_lock = threading.Lock()


def _integration_source(token: ApiToken) -> Source:
    key = (token.key_hash, token.name)
    source = _sources.get(key)
    if source is None:
        source = source_get_or_create(name=token.name, kind=SourceKind.AGENCY)
        with _sources_lock:
            _sources[key] = source
    return source
