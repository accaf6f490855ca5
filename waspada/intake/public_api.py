import datetime as dt

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status

from waspada.core.ratelimit import hit
from waspada.intake.public import report_for_tracking_code, tip_submit
from waspada.intake.triage import public_status

router = Router(tags=["aduan masyarakat"], auth=None)


class TipIn(Schema):
    text: str = Field(..., min_length=1, max_length=5000)
    title: str = Field("", max_length=200)
    region_code: str | None = Field(None, max_length=13)
    location_detail: str = Field("", max_length=300)
    occurred_at: dt.datetime | None = None
    contact: str = Field("", max_length=200, description="Optional; stored encrypted, seen only by verifiers.")


class TipOut(Schema):
    tracking_code: str
    status: str
    received_at: dt.datetime


def _out(report: object) -> TipOut:
    return TipOut(
        tracking_code=report.tracking_code,  # type: ignore[attr-defined]
        status=public_status(report),  # type: ignore[arg-type]
        received_at=report.received_at,  # type: ignore[attr-defined]
    )


@router.post("/tips", response={201: TipOut})
def create_tip(request: HttpRequest, payload: TipIn) -> Status[TipOut]:
    """Send a public tip (aduan masyarakat) without an account; keep the tracking code to follow it."""
    if not hit("tip", request, limit=settings.WASPADA_TIP_LIMIT_PER_HOUR, window_seconds=3600):
        raise HttpError(429, "Terlalu banyak aduan dari alamat ini; coba lagi nanti.")
    region = payload.region_code
    if region and not (region == settings.WASPADA_HOME_REGION or region.startswith(f"{settings.WASPADA_HOME_REGION}.")):
        raise HttpError(400, "Wilayah di luar provinsi yang dilayani.")
    result = tip_submit(
        text=payload.text,
        title=payload.title,
        region_code=region,
        location_detail=payload.location_detail,
        occurred_at=payload.occurred_at,
        contact=payload.contact,
    )
    return Status(201, _out(result.report))


@router.get("/tips/{tracking_code}", response=TipOut)
def get_tip(request: HttpRequest, tracking_code: str) -> TipOut:
    """Where a tip stands: diterima, ditangani or selesai. Nothing internal."""
    if not hit("track", request, limit=settings.WASPADA_TIP_LIMIT_PER_HOUR * 10, window_seconds=3600):
        raise HttpError(429, "Terlalu banyak permintaan; coba lagi nanti.")
    report = report_for_tracking_code(tracking_code)
    if report is None:
        raise HttpError(404, "Kode tidak ditemukan.")
    return _out(report)
