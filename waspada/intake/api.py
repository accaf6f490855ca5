import datetime as dt

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.responses import Status
from ninja.security import django_auth

from waspada.core.enums import Channel, Credibility, Marking, Reliability
from waspada.intake.models import Report
from waspada.intake.selectors import get_report_for_user, reports_for_user
from waspada.intake.services import report_submit

router = Router(tags=["laporan"], auth=django_auth)


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
    kabkota: str | None = None
    channel: Channel | None = None
    min_severity: int | None = Field(None, ge=0, le=3)


@router.get("/reports", response=list[ReportOut])
@paginate(LimitOffsetPagination)
def list_reports(request: HttpRequest, filters: Query[ReportFilters]) -> list[Report]:
    reports = reports_for_user(request.user)
    if filters.kabkota:
        reports = reports.filter(kabkota_id=filters.kabkota)
    if filters.channel:
        reports = reports.filter(channel=filters.channel)
    if filters.min_severity is not None:
        reports = reports.filter(severity__gte=filters.min_severity)
    return reports  # type: ignore[return-value]


@router.get("/reports/{report_id}", response=ReportOut)
def get_report(request: HttpRequest, report_id: int) -> Report:
    report = get_report_for_user(request.user, report_id)
    if report is None:
        raise HttpError(404, "Laporan tidak ditemukan.")
    return report


@router.post("/reports", response={201: ReportOut, 200: ReportOut})
def create_report(request: HttpRequest, payload: ReportIn) -> Status[Report]:
    key = request.headers.get("Idempotency-Key")
    result = report_submit(
        channel=Channel.API,
        actor=request.user,
        title=payload.title,
        text=payload.text,
        region_code=payload.region_code,
        occurred_at=payload.occurred_at,
        who=payload.who,
        why=payload.why,
        opinion=payload.opinion,
        location_detail=payload.location_detail,
        reliability=payload.reliability,
        credibility=payload.credibility,
        marking=payload.marking,
        idempotency_key=f"api:{request.user.pk}:{key[:80]}" if key else None,
    )
    return Status(201 if result.created else 200, result.report)
