"""Historical bulk import of reports from JSON lines, analysed and fed to risk and alerts like live ones."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from waspada.core.enums import Channel, Credibility, Marking, Reliability
from waspada.core.exceptions import ApplicationError
from waspada.intake.enums import SourceKind
from waspada.intake.services import report_submit, source_get_or_create
from waspada.regions.models import Region

LINE_MAX_BYTES = 1024 * 1024
REQUIRED = ("external_id", "channel", "occurred_at", "received_at", "title", "text")


@dataclass(frozen=True)
class ImportRow:
    line: int
    external_id: str
    channel: str
    occurred_at: dt.datetime
    received_at: dt.datetime
    title: str
    text: str
    region_code: str | None
    source: str | None
    marking: str
    reliability: str
    credibility: int
    extra: dict[str, str]


@dataclass
class ImportResult:
    created: int = 0
    skipped_existing: int = 0
    errors: list[str] = field(default_factory=list)


def _parse_time(value: Any, name: str) -> dt.datetime:
    if not isinstance(value, str):
        raise ValueError(_("%(name)s harus berupa teks tanggal ISO 8601") % {"name": name})
    parsed = parse_datetime(value.strip())
    if parsed is None:
        raise ValueError(_("%(name)s bukan tanggal ISO 8601: %(value)r") % {"name": name, "value": value[:40]})
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


def parse_line(number: int, raw: bytes | str, known_regions: set[str]) -> ImportRow:
    if isinstance(raw, bytes):
        if len(raw) > LINE_MAX_BYTES:
            raise ValueError(_("baris lebih dari 1 MB"))
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError(_("bukan UTF-8 yang sah")) from None
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(_("JSON tidak sah: %(error)s") % {"error": error.msg}) from None
    if not isinstance(obj, dict):
        raise ValueError(_("setiap baris harus berupa objek JSON"))
    missing = [name for name in REQUIRED if obj.get(name) in (None, "")]
    if missing:
        raise ValueError(_("kolom wajib kosong: %(fields)s") % {"fields": ", ".join(missing)})
    for name in ("external_id", "channel", "title", "text"):
        if not isinstance(obj[name], str):
            raise ValueError(_("%(name)s harus berupa teks") % {"name": name})
    if obj["channel"] not in Channel.values:
        raise ValueError(
            _("channel %(value)r tidak dikenal (pilihan: %(choices)s)")
            % {"value": obj["channel"][:30], "choices": ", ".join(Channel.values)}
        )
    occurred_at = _parse_time(obj["occurred_at"], "occurred_at")
    received_at = _parse_time(obj["received_at"], "received_at")
    region_code = obj.get("region_code")
    if region_code is not None and (not isinstance(region_code, str) or region_code not in known_regions):
        raise ValueError(_("region_code %(value)r tidak dikenal") % {"value": str(region_code)[:20]})
    source = obj.get("source")
    if source is not None and not isinstance(source, str):
        raise ValueError(_("source harus berupa teks"))
    marking = obj.get("marking", Marking.TERBATAS)
    if marking not in Marking.values:
        raise ValueError(_("marking %(value)r tidak dikenal") % {"value": str(marking)[:20]})
    reliability = obj.get("reliability", Reliability.F)
    if reliability not in Reliability.values:
        raise ValueError(_("reliability harus A–F"))
    credibility = obj.get("credibility", Credibility.UNKNOWN)
    if isinstance(credibility, bool) or credibility not in Credibility.values:
        raise ValueError(_("credibility harus 1–6"))
    extra = {k: obj[k] for k in ("who", "why", "opinion", "location_detail") if isinstance(obj.get(k), str)}
    return ImportRow(
        line=number,
        external_id=obj["external_id"],
        channel=obj["channel"],
        occurred_at=occurred_at,
        received_at=received_at,
        title=obj["title"],
        text=obj["text"],
        region_code=region_code or None,
        source=source or None,
        marking=marking,
        reliability=reliability,
        credibility=int(credibility),
        extra=extra,
    )


def parse_lines(lines: Iterable[bytes | str]) -> tuple[list[ImportRow], list[str]]:
    known_regions = set(Region.objects.values_list("code", flat=True))
    rows: list[ImportRow] = []
    errors: list[str] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            rows.append(parse_line(number, raw, known_regions))
        except ValueError as error:
            errors.append(_("baris %(n)s: %(error)s") % {"n": number, "error": error})
    seen: dict[str, int] = {}
    for row in rows:
        if row.external_id in seen:
            errors.append(
                _("baris %(n)s: external_id %(id)r sudah dipakai di baris %(first)s")
                % {"n": row.line, "id": row.external_id[:60], "first": seen[row.external_id]}
            )
        seen.setdefault(row.external_id, row.line)
    return rows, errors


def reports_import(
    rows: list[ImportRow],
    *,
    actor_label: str = "impor",
    progress: Callable[[int], None] | None = None,
    author_for: Callable[[ImportRow], Any] | None = None,
) -> ImportResult:
    """Store, analyse and assess each row in the order the reports were received, as if they came live."""
    from waspada.alerts.services import region_risk_and_alerts_update
    from waspada.analysis.services import analysis_run_for_report
    from waspada.issues.services import issues_settle

    result = ImportResult()
    for row in sorted(rows, key=lambda r: (r.received_at, r.line)):
        try:
            submitted = report_submit(
                channel=row.channel,
                title=row.title,
                text=row.text,
                actor=author_for(row) if author_for else None,
                actor_label=actor_label,
                region_code=row.region_code,
                occurred_at=row.occurred_at,
                received_at=row.received_at,
                source=source_get_or_create(name=row.source, kind=SourceKind.IMPORT) if row.source else None,
                reliability=row.reliability,
                credibility=row.credibility,
                marking=row.marking,
                external_id=row.external_id,
                enqueue_analysis=False,
                **row.extra,
            )
        except ApplicationError as error:
            result.errors.append(_("baris %(n)s: %(error)s") % {"n": row.line, "error": error.message})
        else:
            if submitted.created:
                result.created += 1
                report = analysis_run_for_report(report_id=submitted.report.pk, followups=False)
                if report is not None and report.kabkota_id:
                    region_risk_and_alerts_update(region_code=report.kabkota_id, as_of=report.received_at)
            else:
                result.skipped_existing += 1
        if progress:
            progress(1)
    issues_settle(now=timezone.now())
    return result
