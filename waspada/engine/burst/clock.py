"""Hours as the detectors count them: whole UTC hours since the Unix epoch, seen in each region's local time.

Reporting follows local life (office hours, Friday prayers, Saturday nights), so the seasonal profile is
learned per local hour of the week. Indonesia has three time zones; a region's zone follows from the
province part of its Kemendagri code.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

HOURS_PER_WEEK = 168
# 1970-01-01 was a Thursday; with Monday as day 0 the epoch's day of the week is 3.
_EPOCH_WEEKDAY = 3

WIB, WITA, WIT = 7, 8, 9
ZONE_LABELS = {WIB: "WIB", WITA: "WITA", WIT: "WIT"}
DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Provinces in WITA (UTC+8) and WIT (UTC+9), by the first two digits of the Kemendagri code; the rest are WIB.
# Bali and Nusa Tenggara, Kalimantan Selatan/Timur/Utara, all of Sulawesi; Maluku and every Papua province.
_WITA_PROVINCES = frozenset({51, 52, 53, 63, 64, 65, 71, 72, 73, 74, 75, 76})
_WIT_FROM_PROVINCE = 81


def hour_index(moment: datetime) -> int:
    """The UTC hour that contains ``moment`` (an aware datetime), counted from the Unix epoch."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"the detectors need a timezone-aware datetime, got {moment!r}")
    return int(moment.timestamp() // 3600)


def hour_start(index: int) -> datetime:
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(hours=index)


def utc_offset_for_region(region_code: str) -> int:
    """UTC offset in hours of the region's time zone (WIB 7, WITA 8, WIT 9); unknown codes count as WIB."""
    head = region_code.split(".", 1)[0]
    if not head.isdigit():
        return WIB
    province = int(head)
    if province >= _WIT_FROM_PROVINCE:
        return WIT
    if province in _WITA_PROVINCES:
        return WITA
    return WIB


def hour_of_week(index: int, utc_offset: int) -> int:
    """Local hour of the week, 0 = Monday 00:00–01:00 local time."""
    return (index + utc_offset + _EPOCH_WEEKDAY * 24) % HOURS_PER_WEEK


def local_label(index: int, utc_offset: int) -> str:
    """Day and clock time in Indonesian, e.g. ``Senin 14.00 WITA``."""
    how = hour_of_week(index, utc_offset)
    zone = ZONE_LABELS.get(utc_offset, f"UTC{utc_offset:+d}")
    return f"{DAY_NAMES[how // 24]} {how % 24:02d}.00 {zone}"
