"""Reports about the same developing matter are gathered into one isu; analysts merge and split isu.

The engine (``waspada.engine.cluster``) decides where a newly analysed report goes, among the open isu of its
kab/kota within the window; analysts' decisions bind it:

* the engine places a report once and never moves a report that is already in an isu (whoever placed it);
* a report an analyst split out of an isu is recorded on that isu (``separated_report_ids``) and never
  attached to it again automatically (cannot-link), also after the isu absorbs others by a merge;
* an isu merged into another (``merged_into``) takes no report again: one that would follow it (a copy of
  one of its reports) goes to the isu it was merged into (must-link).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from django.db import transaction
from django.db.models import Count, Max, Min
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can
from waspada.analysis.models import ReportAnalysis
from waspada.audit.services import audit_record
from waspada.core.enums import Marking
from waspada.core.exceptions import ApplicationError
from waspada.engine.cluster import Cluster, ClusterItem, ClusterProfile, IncrementalClusterer
from waspada.intake.models import Report
from waspada.intake.selectors import reports_for_user
from waspada.issues.enums import IssueStatus
from waspada.issues.models import Issue

CLUSTERER = IncrementalClusterer()
# A report joins an open isu of the same kab/kota whose reports lie within this window of it.
ISSUE_WINDOW = CLUSTERER.window
OPEN_STATUSES = (IssueStatus.AKTIF, IssueStatus.MEREDA)
MAX_CANDIDATES = 200  # the most recently active open isu of a kab/kota a report is compared with
PROFILE_REPORTS = 300  # a profile rebuilt from the reports of an isu reads at most its latest ones
# Who may merge and split isu: the same staff who triage reports.
TRIAGE_PERMISSION = "report.triage"


def issues_settle(*, now: dt.datetime) -> int:
    """Active issues with no new report for a week are marked as subsiding (mereda)."""
    quiet = Issue.objects.filter(status=IssueStatus.AKTIF, last_seen__lt=now - ISSUE_WINDOW)
    settled = 0
    with transaction.atomic():
        for issue in quiet.select_for_update():
            issue.status = IssueStatus.MEREDA
            issue.save(update_fields=["status"])
            audit_record(action="issue.settle", actor_label="sistem", target=issue, summary=issue.title)
            settled += 1
    return settled


# -- the engine's side ---------------------------------------------------------------------------------------


def _report_items(reports: Iterable[Report]) -> list[ClusterItem]:
    """The reports as the clusterer sees them: text, category, and the places filed at or named in its kab/kota."""
    reports = list(reports)
    found: dict[int, list[dict[str, Any]]] = {}
    rows = ReportAnalysis.objects.filter(report_id__in=[r.pk for r in reports]).values_list("report_id", "locations")
    for report_id, locations in rows:
        found[report_id] = [p for p in locations or [] if isinstance(p, dict)]
    items = []
    for report in reports:
        kabkota = report.kabkota_id or ""
        named = found.get(report.pk, [])
        codes = [report.region_id or "", *(str(p.get("code", "")) for p in named)]
        places = [c for c in codes if c.startswith(f"{kabkota}.")]
        items.append(
            ClusterItem.from_text(
                id=str(report.pk),
                time=report.occurred_at,
                kabkota=kabkota,
                text=f"{report.title}\n{report.text}",
                places=places,
                place_names=[str(p.get(key, "")) for p in named for key in ("name", "matched")],
                category=report.category,
                domain=report.domain,
            )
        )
    return items


def _profile_rebuild(issue: Issue) -> ClusterProfile:
    latest = issue.reports.order_by("-occurred_at", "-id")[:PROFILE_REPORTS]
    profile = CLUSTERER.profile_of(_report_items(latest))
    issue.profile = profile.to_dict()
    return profile


def _profile(issue: Issue) -> ClusterProfile:
    """The stored profile, or one rebuilt from the reports when it is missing or of another version."""
    try:
        return ClusterProfile.from_dict(issue.profile)
    except ValueError:
        profile = _profile_rebuild(issue)
        Issue.objects.filter(pk=issue.pk).update(profile=issue.profile)
        return profile


def _cluster(issue: Issue) -> Cluster:
    return Cluster(
        id=str(issue.pk),
        kabkota=issue.region_id,
        profile=_profile(issue),
        cannot_link=frozenset(str(pk) for pk in issue.separated_report_ids or []),
        merged_into=str(issue.merged_into_id) if issue.merged_into_id else None,
    )


def _survivor_id(issue_id: int) -> int:
    """The isu that ``issue_id`` was merged into, followed to the end (itself when it was never merged)."""
    seen = {issue_id}
    while (parent := Issue.objects.filter(pk=issue_id).values_list("merged_into_id", flat=True).first()) is not None:
        if parent in seen:
            break
        seen.add(issue_id := parent)
    return issue_id


def _isu_of_original(report: Report) -> int | None:
    """The isu of the report this one repeats (a forwarded copy goes where its original went), if any."""
    original = ReportAnalysis.objects.filter(report_id=report.pk).values_list("copy_of_id", flat=True).first()
    if original is None:
        return None
    issue_id = Report.objects.filter(pk=original).values_list("issue_id", flat=True).first()
    return _survivor_id(issue_id) if issue_id is not None else None


def issue_attach_report(*, report: Report) -> Issue | None:
    """Attach an analysed, conflict-relevant report to its isu (creating one); runs in the caller's transaction."""
    if report.issue_id is not None or not report.kabkota_id or not report.category or not report.severity:
        return None
    # Rahasia reports only ever gather into rahasia issues, so an issue never leaks what its reports hide.
    marking = Marking.RAHASIA if report.marking == Marking.RAHASIA else Marking.TERBATAS
    open_issues = Issue.objects.select_for_update().filter(
        region_id=report.kabkota_id, marking=marking, status__in=OPEN_STATUSES, merged_into__isnull=True
    )
    candidates = list(
        open_issues.filter(
            last_seen__gte=report.occurred_at - ISSUE_WINDOW, first_seen__lte=report.occurred_at + ISSUE_WINDOW
        ).order_by("-last_seen", "-id")[:MAX_CANDIDATES]
    )
    must_link = _isu_of_original(report)
    if must_link is not None and all(issue.pk != must_link for issue in candidates):
        candidates += list(open_issues.filter(pk=must_link))
    (item,) = _report_items([report])
    if must_link is not None:
        item = replace(item, must_link=str(must_link))
    clusters = [_cluster(issue) for issue in candidates]
    match = CLUSTERER.assign(item, clusters)
    if match is None:
        issue = Issue.objects.create(
            title=report.title,
            region_id=report.kabkota_id,
            category=report.category,
            domain=report.domain,
            marking=marking,
            first_seen=report.occurred_at,
            last_seen=report.occurred_at,
        )
        profile = ClusterProfile()
        audit_record(action="issue.create", actor_label="sistem", target=issue, summary=issue.title)
        explanation = _("Tidak ada isu terbuka yang cukup mirip di kabupaten/kota ini: isu baru.")
    else:
        issue = next(i for i in candidates if str(i.pk) == match.cluster_id)
        profile = next(c.profile for c in clusters if c.id == match.cluster_id)
        explanation = match.explanation
    issue.profile = CLUSTERER.update(profile, item).to_dict()
    issue.report_count += 1
    issue.last_seen = max(issue.last_seen, report.occurred_at)
    issue.first_seen = min(issue.first_seen, report.occurred_at)
    issue.max_severity = max(issue.max_severity, report.severity or 0)
    issue.status = IssueStatus.AKTIF
    issue.save()
    report.issue = issue
    report.save(update_fields=["issue"])
    audit_record(
        action="issue.attach_report",
        actor_label="sistem",
        target=issue,
        summary=report.title,
        data={"report_id": report.pk, "score": match.score if match else None, "explanation": explanation},
    )
    return issue


# -- analysts' decisions -------------------------------------------------------------------------------------


def _recount(issue: Issue) -> None:
    """Counts, span and profile from the reports the isu holds now (after reports moved in or out)."""
    stats = issue.reports.aggregate(
        n=Count("id"), top=Max("severity"), first=Min("occurred_at"), last=Max("occurred_at")
    )
    issue.report_count = stats["n"] or 0
    issue.max_severity = stats["top"] or 0
    if stats["first"] is not None:
        issue.first_seen, issue.last_seen = stats["first"], stats["last"]
    _profile_rebuild(issue)


def _reassess_after_commit(region_code: str) -> None:
    from waspada.alerts.services import region_risk_and_alerts_update

    transaction.on_commit(lambda: region_risk_and_alerts_update(region_code=region_code))


def _locked_for(actor: Any, issue: Issue) -> Issue:
    if not can(actor, TRIAGE_PERMISSION, issue):
        raise ApplicationError(_("Anda tidak berwenang mengubah isu ini."))
    locked = Issue.objects.select_for_update().get(pk=issue.pk)
    if locked.merged_into_id is not None:
        raise ApplicationError(_("Isu ini sudah digabung ke isu lain; ubah isu tujuannya."))
    return locked


def issue_merge(*, actor: Any, target: Issue, others: Sequence[Issue]) -> Issue:
    """Gather ``others`` into ``target``: their reports, alerts and cases move; they are kept, marked as merged."""
    if not others:
        raise ApplicationError(_("Pilih isu yang akan digabungkan."))
    if any(other.pk == target.pk for other in others):
        raise ApplicationError(_("Isu tidak dapat digabung dengan dirinya sendiri."))
    from waspada.alerts.models import Alert
    from waspada.cases.models import Case

    with transaction.atomic():
        target = _locked_for(actor, target)
        merged = []
        for other in sorted({o.pk: o for o in others}.values(), key=lambda o: o.pk):
            if not can(actor, TRIAGE_PERMISSION, other):
                raise ApplicationError(_("Isu yang akan digabungkan tidak ditemukan."))
            other = Issue.objects.select_for_update().get(pk=other.pk)
            if other.merged_into_id is not None:
                raise ApplicationError(_("Isu “%(title)s” sudah digabung ke isu lain.") % {"title": other.title})
            if other.region_id != target.region_id:
                raise ApplicationError(_("Hanya isu dari kabupaten/kota yang sama yang dapat digabungkan."))
            if other.marking != target.marking:
                raise ApplicationError(_("Isu rahasia hanya dapat digabung dengan isu rahasia."))
            merged.append(other)
        moved = list(Report.objects.filter(issue__in=merged).values_list("pk", flat=True))
        Report.objects.filter(pk__in=moved).update(issue=target)
        Alert.objects.filter(issue__in=merged).update(issue=target)
        Case.objects.filter(issue__in=merged).update(issue=target)
        # Separations stay binding on the merged whole, except for what the analyst has just brought together.
        separated = set(target.separated_report_ids or [])
        for other in merged:
            separated |= set(other.separated_report_ids or [])
        target.separated_report_ids = sorted(separated - set(moved) - set(target.reports.values_list("pk", flat=True)))
        if any(other.status == IssueStatus.AKTIF for other in merged):
            target.status = IssueStatus.AKTIF
        _recount(target)
        target.save()
        for other in merged:
            other.merged_into = target
            other.status = IssueStatus.SELESAI
            other.report_count, other.max_severity, other.profile = 0, 0, {}
            other.save()
            audit_record(
                action="issue.merged",
                actor=actor,
                target=other,
                summary=_("Digabung ke isu: %(title)s") % {"title": target.title},
                data={"into": target.pk},
            )
        audit_record(
            action="issue.merge",
            actor=actor,
            target=target,
            summary=", ".join(other.title for other in merged),
            data={"merged": [other.pk for other in merged], "report_ids": sorted(moved)},
        )
        _reassess_after_commit(target.region_id)
    return target


def issue_split(*, actor: Any, issue: Issue, report_ids: Sequence[int], title: str = "") -> Issue:
    """Move the chosen reports of ``issue`` into a new isu; the engine never brings them back to ``issue``."""
    wanted = set(report_ids)
    if not wanted:
        raise ApplicationError(_("Pilih laporan yang akan dipisahkan."))
    with transaction.atomic():
        issue = _locked_for(actor, issue)
        visible = reports_for_user(actor).filter(issue=issue, pk__in=wanted).values_list("pk", flat=True)
        chosen = list(Report.objects.select_for_update().filter(pk__in=list(visible)).order_by("occurred_at", "id"))
        if len(chosen) != len(wanted):
            raise ApplicationError(_("Sebagian laporan yang dipilih tidak ada di isu ini."))
        if len(chosen) >= issue.reports.count():
            raise ApplicationError(_("Sisakan sedikitnya satu laporan di isu ini; yang dipisahkan hanya sebagian."))
        categories = Counter(r.category for r in chosen if r.category)
        domains = Counter(r.domain for r in chosen if r.domain)
        new = Issue.objects.create(
            title=(title.strip() or chosen[0].title)[:200],
            region_id=issue.region_id,
            category=categories.most_common(1)[0][0] if categories else issue.category,
            domain=domains.most_common(1)[0][0] if domains else issue.domain,
            # The new isu is never less restricted than the one it came from: its title was written from it.
            marking=issue.marking,
            status=IssueStatus.AKTIF,
            first_seen=chosen[0].occurred_at,
            last_seen=chosen[-1].occurred_at,
        )
        moved = [r.pk for r in chosen]
        Report.objects.filter(pk__in=moved).update(issue=new)
        issue.separated_report_ids = sorted(set(issue.separated_report_ids or []) | set(moved))
        for touched in (issue, new):
            _recount(touched)
            touched.save()
        audit_record(
            action="issue.create",
            actor=actor,
            target=new,
            summary=new.title,
            data={"split_from": issue.pk, "report_ids": moved},
        )
        audit_record(
            action="issue.split",
            actor=actor,
            target=issue,
            summary=_("%(count)s laporan dipisahkan ke isu: %(title)s") % {"count": len(moved), "title": new.title},
            data={"new_issue": new.pk, "report_ids": moved},
        )
        _reassess_after_commit(issue.region_id)
    return new
