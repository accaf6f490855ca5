import datetime as dt

from django.conf import settings
from django.http import HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.security import django_auth

from waspada.accounts.permissions import region_in_scope
from waspada.alerts.models import Alert
from waspada.alerts.selectors import alerts_for_user, get_alert_for_user, kabkota_levels
from waspada.alerts.services import alert_acknowledge
from waspada.core.enums import Level

router = Router(tags=["peringatan"], auth=django_auth)


class AlertOut(Schema):
    id: int
    region_code: str
    level: str
    status: str
    outcome: str
    marking: str
    title: str
    explanation: str
    rule: str
    report_ids: list[int]
    raised_at: dt.datetime

    @staticmethod
    def resolve_region_code(obj: Alert) -> str:
        return obj.region_id

    @staticmethod
    def resolve_rule(obj: Alert) -> str:
        return obj.rule.code


class RegionLevelOut(Schema):
    code: str
    name: str
    level: str
    score: float
    explanation: str
    as_of: dt.datetime | None


@router.get("/alerts", response=list[AlertOut])
@paginate(LimitOffsetPagination)
def list_alerts(request: HttpRequest) -> list[Alert]:
    return alerts_for_user(request.user)  # type: ignore[return-value]


@router.get("/alerts/{alert_id}", response=AlertOut)
def get_alert(request: HttpRequest, alert_id: int) -> Alert:
    alert = get_alert_for_user(request.user, alert_id)
    if alert is None:
        raise HttpError(404, "Peringatan tidak ditemukan.")
    return alert


@router.post("/alerts/{alert_id}/acknowledge", response=AlertOut)
def acknowledge_alert(request: HttpRequest, alert_id: int) -> Alert:
    alert = get_alert_for_user(request.user, alert_id)
    if alert is None:
        raise HttpError(404, "Peringatan tidak ditemukan.")
    return alert_acknowledge(actor=request.user, alert=alert)


@router.get("/regions/levels", response=list[RegionLevelOut])
def region_levels(request: HttpRequest) -> list[RegionLevelOut]:
    """Current kerawanan level of every kab/kota of the home province inside the caller's regions."""
    rows = []
    for region, assessment in kabkota_levels(province_code=settings.WASPADA_HOME_REGION):
        if not region_in_scope(request.user, region.code):
            continue
        rows.append(
            RegionLevelOut(
                code=region.code,
                name=region.name,
                level=assessment.level if assessment else Level.NORMAL,
                score=assessment.score if assessment else 0.0,
                explanation=assessment.explanation if assessment else "",
                as_of=assessment.as_of if assessment else None,
            )
        )
    return rows
