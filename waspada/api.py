"""REST API v1: one NinjaAPI, routers from the apps."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema

from waspada import __version__
from waspada.alerts.api import router as alerts_router
from waspada.core.exceptions import ApplicationError
from waspada.intake.api import router as intake_router
from waspada.intake.public_api import router as public_router

api = NinjaAPI(
    title="Waspada API",
    version="1",
    description="Deteksi dini, cegah dini, penanganan dini kerawanan sosial.",
    urls_namespace="api",
)
api.add_router("/", intake_router)
api.add_router("/", alerts_router)
api.add_router("/", public_router)


@api.exception_handler(ApplicationError)
def application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
    return api.create_response(request, {"detail": exc.message}, status=400)


class HealthOut(Schema):
    status: str
    version: str
    database: str


@api.get("/health", response=HealthOut, auth=None, tags=["sistem"])
def health(request: HttpRequest) -> HealthOut:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HealthOut(status="ok", version=__version__, database=connection.vendor)
