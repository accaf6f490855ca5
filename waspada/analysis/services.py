"""Run the engine on stored reports and keep what it said."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can
from waspada.analysis.adapter import get_pipeline
from waspada.analysis.models import AnalysisCorrection, ModelVersion, ReportAnalysis
from waspada.analysis.selectors import model_version_active, models_dir
from waspada.audit.services import audit_record
from waspada.core.enums import Category, Domain, Severity
from waspada.core.exceptions import ApplicationError
from waspada.engine import Document, Evidence, Place
from waspada.engine.dedupe import Fingerprint, NearDuplicateIndex
from waspada.engine.learn.model import ModelError, TextModel
from waspada.intake.enums import AnalysisStatus
from waspada.intake.models import Report
from waspada.issues.services import issue_attach_report
from waspada.regions.models import Region, RegionLevel, kabkota_code

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
# A report repeats an earlier one (same event) only within this window and among this many latest reports.
NEAR_DUPLICATE_WINDOW = timedelta(days=7)
NEAR_DUPLICATE_CANDIDATES = 5000
_NEAR_DUPLICATES = NearDuplicateIndex()  # used only to fingerprint and compare: no shared state is written


def analysis_run_for_report(*, report_id: int, followups: bool = True) -> Report | None:
    """Analyse one report (idempotent), then update its isu and, if asked, its region's risk and alerts."""
    report = Report.objects.filter(pk=report_id).first()
    if report is None:
        logger.warning("report %s vanished before analysis", report_id)
        return None
    pipeline = get_pipeline()
    if report.analysis_status == AnalysisStatus.DONE and _analysed_by(report) == pipeline.versions:
        return report

    started = time.perf_counter()
    result = pipeline.analyze(
        Document(id=str(report.pk), title=report.title, text=report.text, region_hint=report.region_id)
    )
    fingerprint = _NEAR_DUPLICATES.fingerprint(f"{report.title}\n{report.text}")
    event = _near_duplicate_event(report, fingerprint)
    duration_ms = (time.perf_counter() - started) * 1000

    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report_id)
        ReportAnalysis.objects.update_or_create(
            report=report,
            defaults={
                "engine_version": result.versions.get("engine", ""),
                "versions": dict(result.versions),
                "language": result.language,
                "conflict_relevant": result.conflict_relevant,
                "conflict_score": result.conflict_score,
                "domain": result.domain or "",
                "domain_scores": dict(result.domain_scores),
                "category": result.category or "",
                "category_scores": dict(result.category_scores),
                "severity": result.severity,
                "provocation_score": result.provocation_score,
                "hoax_score": result.hoax_score,
                "locations": [_place_dict(p) for p in result.locations],
                "primary_location": result.primary_location.code if result.primary_location else "",
                "evidence": [_evidence_dict(e) for e in result.evidence],
                "duration_ms": duration_ms,
                "fingerprint": fingerprint.to_bytes(),
                "anchors": sorted(fingerprint.anchors),
                "copy_of_id": event.copy_of,
                "copy_similarity": event.similarity,
            },
        )
        if event.absorbed:  # earlier-analysed events that this report shows to be later copies of one event
            ReportAnalysis.objects.filter(Q(report_id__in=event.absorbed) | Q(copy_of_id__in=event.absorbed)).update(
                copy_of_id=event.copy_of or report.pk
            )
        report.domain = result.domain or ""
        report.category = result.category or ""
        report.severity = result.severity if result.conflict_relevant else 0
        correction = AnalysisCorrection.objects.filter(report=report).first()
        if correction is not None:  # a re-analysis never undoes what an analyst corrected
            correction_apply(report, correction)
        report.analysis_status = AnalysisStatus.DONE
        _locate(report, result.primary_location.code if result.primary_location else None)
        report.save()
        audit_record(
            action="report.analyse",
            actor_label="sistem",
            target=report,
            summary=f"{report.get_category_display() or '-'} / {report.severity}",
            data={"versions": dict(result.versions)},
        )
        issue_attach_report(report=report)

    if followups and report.kabkota_id:
        from waspada.alerts.services import region_risk_and_alerts_update

        region_risk_and_alerts_update(region_code=report.kabkota_id, as_of=report.received_at)
    return report


@dataclass(frozen=True)
class _Event:
    copy_of: int | None  # the first report of the event, None when this report is the first
    similarity: float
    absorbed: frozenset[int]  # first reports of events that turn out to be copies of this one's event


def _near_duplicate_event(report: Report, fingerprint: Fingerprint) -> _Event:
    """The event this report belongs to: the first report (by arrival) of everything it repeats, transitively.

    Compared with the analysed reports that arrived within the window either side, so the worker's order does not
    matter: a copy analysed before its original joins the original's event once that is analysed.
    """
    window = (report.received_at - NEAR_DUPLICATE_WINDOW, report.received_at + NEAR_DUPLICATE_WINDOW)
    nearby = (
        ReportAnalysis.objects.filter(report__received_at__range=window)
        .exclude(report_id=report.pk)
        .order_by("-report__received_at", "-report_id")
        .values_list("report_id", "copy_of_id", "fingerprint", "anchors")[:NEAR_DUPLICATE_CANDIDATES]
    )
    roots: dict[str, int] = {}
    stored: list[tuple[str, Fingerprint]] = []
    for report_id, root, data, marks in nearby:
        if len(data) == fingerprint.signature.nbytes:
            roots[str(report_id)] = root or report_id
            stored.append((str(report_id), Fingerprint.from_bytes(bytes(data), marks)))
    matches = _NEAR_DUPLICATES.repeats_among(fingerprint, stored)
    if not matches:
        return _Event(None, 0.0, frozenset())
    arrival = dict(Report.objects.filter(pk__in={roots[m] for m, _ in matches}).values_list("pk", "received_at"))
    arrival[report.pk] = report.received_at
    first = min(arrival, key=lambda pk: (arrival[pk], pk))
    return _Event(
        None if first == report.pk else first,
        matches[0][1],
        frozenset(pk for pk in arrival if pk not in (first, report.pk)),
    )


def _analysed_by(report: Report) -> dict[str, str] | None:
    analysis = ReportAnalysis.objects.filter(report=report).only("versions").first()
    return analysis.versions if analysis else None


def _locate(report: Report, primary_code: str | None) -> None:
    """Place a report the sender did not place; never move one outside the home province."""
    home = settings.WASPADA_HOME_REGION
    declared_vague = report.region_id in (None, home)
    if not declared_vague or not primary_code:
        return
    if not (primary_code == home or primary_code.startswith(f"{home}.")):
        return
    region = Region.objects.filter(code=primary_code).first()
    if region is None:
        return
    report.region = region
    report.kabkota_id = kabkota_code(region.code) if region.level >= RegionLevel.KABKOTA else None


def analysis_record_failure(*, report_id: int) -> None:
    with transaction.atomic():
        Report.objects.filter(pk=report_id).update(analysis_attempts=F("analysis_attempts") + 1)
        report = Report.objects.filter(pk=report_id).first()
        if report is not None and report.analysis_attempts >= MAX_ATTEMPTS:
            report.analysis_status = AnalysisStatus.FAILED
            report.save(update_fields=["analysis_status"])
            audit_record(action="report.analysis_failed", actor_label="sistem", target=report)


def _place_dict(place: Place) -> dict[str, object]:
    return {**dataclasses.asdict(place), "confidence": round(place.confidence, 3)}


def _evidence_dict(evidence: Evidence) -> dict[str, object]:
    return {**dataclasses.asdict(evidence), "weight": round(evidence.weight, 3)}


# -- text model versions ---------------------------------------------------------------------------------


def model_version_register(
    *, model: TextModel, path: Path, activate: bool, actor_label: str = "sistem"
) -> ModelVersion:
    """Record a model artefact already written under ``models_dir()``; activate it if asked."""
    relative = Path(path).resolve().relative_to(models_dir().resolve())
    training = model.metadata.get("training", {})
    with transaction.atomic():
        version, created = ModelVersion.objects.get_or_create(
            name=model.name,
            version=model.version,
            defaults={
                "path": relative.as_posix(),
                "source": str(training.get("source", ""))[:500],
                "data_sha256": str(training.get("data_sha256", "")),
                "heads": list(model.heads),
                "metrics": model.metadata.get("metrics", {}),
                "created_at": _created_at(model),
            },
        )
        if created:
            audit_record(
                action="model.register",
                actor_label=actor_label,
                target=version,
                summary=version.ref,
                data={"path": version.path, "source": version.source},
            )
        if activate and not version.active:
            version = _activate(version, actor_label)
    return version


def model_version_activate(*, version: ModelVersion, actor_label: str = "sistem") -> ModelVersion:
    """Make ``version`` the one every analysis uses from now on; the previous one stays for rollback."""
    artefact = models_dir() / version.path
    TextModel.from_path(artefact)  # refuse a version whose files are gone or damaged before switching to it
    with transaction.atomic():
        return _activate(ModelVersion.objects.select_for_update().get(pk=version.pk), actor_label)


def _activate(version: ModelVersion, actor_label: str) -> ModelVersion:
    previous = ModelVersion.objects.select_for_update().filter(active=True).exclude(pk=version.pk).first()
    ModelVersion.objects.filter(active=True).exclude(pk=version.pk).update(active=False)
    version.active = True
    version.activated_at = timezone.now()
    version.save(update_fields=["active", "activated_at"])
    audit_record(
        action="model.activate",
        actor_label=actor_label,
        target=version,
        summary=f"{previous.ref if previous else '-'} → {version.ref}",
        data={"previous": previous.ref if previous else None},
    )
    return version


def model_default_ensure(*, progress: Callable[[str], None] | None = None) -> ModelVersion:
    """The seed-corpus model, trained on first use and registered; active when no other version is."""
    from waspada.engine.learn.default import default_model, default_model_path

    model = default_model(models_dir(), progress=progress)
    path = default_model_path(models_dir())
    if not (path / "model.json").is_file():
        raise ModelError(f"{path} cannot be written: the default model is not recorded")
    return model_version_register(model=model, path=path, activate=model_version_active() is None)


def _created_at(model: TextModel) -> datetime:
    value = model.metadata.get("created_at")
    try:
        return datetime.fromisoformat(str(value)) if value else timezone.now()
    except ValueError:
        return timezone.now()


def analysis_correct(
    *,
    actor: Any,
    report: Report,
    relevant: bool | None = None,
    domain: str = "",
    category: str = "",
    severity: int | None = None,
    provocation: bool | None = None,
    hoax: bool | None = None,
    note: str = "",
) -> AnalysisCorrection:
    """An analyst corrects what the engine said: the report takes the corrected bidang, category and severity (the
    index and the alerts follow once stored), and the correction is kept as training data for `waspada model
    train`. Empty labels were not judged; at least one must be given."""
    labels = {
        "relevant": relevant,
        "domain": domain,
        "category": category,
        "severity": severity,
        "provocation": provocation,
        "hoax": hoax,
    }
    if all(value in (None, "") for value in labels.values()):
        raise ApplicationError(_("Isi setidaknya satu koreksi."))
    if domain and domain not in Domain.values:
        raise ApplicationError(_("Bidang tidak dikenal."))
    if category and category not in Category.values:
        raise ApplicationError(_("Kategori tidak dikenal."))
    if severity is not None and severity not in Severity.values:
        raise ApplicationError(_("Keparahan harus 0–3."))
    with transaction.atomic():
        if not can(actor, "report.triage", report):
            raise ApplicationError(_("Anda tidak berwenang menilai laporan ini."))
        report = Report.objects.select_for_update().get(pk=report.pk)
        before = {"domain": report.domain, "category": report.category, "severity": report.severity}
        correction, _created = AnalysisCorrection.objects.update_or_create(
            report=report,
            defaults={
                **labels,
                "title": report.title,
                "text": report.text,
                "note": note,
                "corrected_by": actor if getattr(actor, "is_authenticated", False) else None,
                "corrected_at": timezone.now(),
            },
        )
        correction_apply(report, correction)
        report.save(update_fields=["domain", "category", "severity"])
        audit_record(
            action="analysis.correct",
            actor=actor,
            target=report,
            summary=f"{before['category'] or '-'}/{before['severity']} → {report.category or '-'}/{report.severity}",
            data={"before": before, "labels": {k: v for k, v in labels.items() if v not in (None, "")}, "note": note},
        )
        if report.kabkota_id:
            from waspada.alerts.services import region_risk_and_alerts_update

            code = report.kabkota_id
            transaction.on_commit(lambda: region_risk_and_alerts_update(region_code=code))
    return correction


def correction_apply(report: Report, correction: AnalysisCorrection) -> None:
    """The analyst's labels over the engine's on the report's own fields (not saved here)."""
    if correction.domain:
        report.domain = correction.domain
    if correction.category:
        report.category = correction.category
    if correction.severity is not None:
        report.severity = correction.severity
    elif correction.relevant is False:
        report.severity = 0
