"""Per-series learned state as numpy arrays (one row per series), and their exact JSON-able encoding."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# An hour long before any real one: "never alarmed".
NEVER = -(1 << 40)
# States of the burst automaton: the baseline rate, and ``burst_scale`` and ``burst_scale²`` times it.
AUTOMATON_STATES = 3


def encode_array(values: npt.NDArray[Any]) -> dict[str, Any]:
    """Exact and compact: little-endian bytes in base64, with dtype and shape."""
    kind = "<f8" if values.dtype.kind == "f" else "<i8"
    data = np.ascontiguousarray(values, dtype=kind).tobytes()
    return {"dtype": kind, "shape": list(values.shape), "data": base64.b64encode(data).decode("ascii")}


def decode_array(encoded: Mapping[str, Any]) -> npt.NDArray[Any]:
    kind = str(encoded["dtype"])
    if kind not in ("<f8", "<i8"):
        raise ValueError(f"unknown array dtype {kind!r} in detector state")
    shape = tuple(int(n) for n in encoded["shape"])
    raw = base64.b64decode(str(encoded["data"]).encode("ascii"), validate=True)
    values = np.frombuffer(raw, dtype=kind)
    if values.size != int(np.prod(shape, dtype=np.int64)):
        raise ValueError(f"detector state array holds {values.size} values for shape {shape}")
    native = np.float64 if kind == "<f8" else np.int64
    return values.reshape(shape).astype(native, copy=True)


@dataclass(slots=True)
class SeriesState:
    """Everything learned per series. Row ``i`` belongs to the bank's ``i``-th key.

    ``level``: counts decayed with the level half-life; ``dow``/``hod``/``profile_total``: counts per local
    day of the week / hour of the day / in all, decayed with the profile half-life (stored divided by the
    bank's ``profile_scale``); ``recent_*``: ring buffers of the
    last hours' counts and expectations (slot ``hour % width``); ``costs``, ``run_*``: the burst automaton's
    path costs per state and, for the best path into each state, when its burst began and what it counted;
    ``last_alarm``: the last hour any detector fired.
    """

    level: FloatArray
    dow: FloatArray
    hod: FloatArray
    profile_total: FloatArray
    recent_counts: FloatArray
    recent_expected: FloatArray
    costs: FloatArray
    run_start: IntArray
    run_count: FloatArray
    run_expected: FloatArray
    last_alarm: IntArray

    @classmethod
    def fresh(cls, n: int, *, width: int, transition_cost: FloatArray) -> SeriesState:
        states = AUTOMATON_STATES
        steps = np.arange(states, dtype=np.float64)
        return cls(
            level=np.zeros(n),
            dow=np.zeros((n, 7)),
            hod=np.zeros((n, 24)),
            profile_total=np.zeros(n),
            recent_counts=np.zeros((n, width)),
            recent_expected=np.zeros((n, width)),
            costs=transition_cost.reshape(n, 1) * steps.reshape(1, states),
            run_start=np.full((n, states), -1, dtype=np.int64),
            run_count=np.zeros((n, states)),
            run_expected=np.zeros((n, states)),
            last_alarm=np.full(n, NEVER, dtype=np.int64),
        )

    def __len__(self) -> int:
        return int(self.level.shape[0])

    def take(self, rows: IntArray) -> SeriesState:
        return SeriesState(**{f.name: getattr(self, f.name)[rows].copy() for f in fields(self)})

    def head(self, n: int) -> SeriesState:
        """The first ``n`` rows, as views: writes go through to this state."""
        return SeriesState(**{f.name: getattr(self, f.name)[:n] for f in fields(self)})

    def with_capacity(self, capacity: int, *, used: int) -> SeriesState:
        """A copy of the first ``used`` rows in arrays of ``capacity`` rows (the rest is filled in later)."""
        grown = {}
        for f in fields(self):
            values = getattr(self, f.name)
            room = np.zeros((capacity, *values.shape[1:]), dtype=values.dtype)
            room[:used] = values[:used]
            grown[f.name] = room
        return SeriesState(**grown)

    def put(self, first: int, rows: SeriesState) -> None:
        for f in fields(self):
            getattr(self, f.name)[first : first + len(rows)] = getattr(rows, f.name)

    def extend(self, other: SeriesState) -> SeriesState:
        return SeriesState(
            **{f.name: np.concatenate([getattr(self, f.name), getattr(other, f.name)]) for f in fields(self)}
        )

    def to_dict(self) -> dict[str, Any]:
        return {f.name: encode_array(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, n: int, width: int) -> SeriesState:
        state = cls(**{f.name: decode_array(data[f.name]) for f in fields(cls)})
        expected = cls.fresh(n, width=width, transition_cost=np.zeros(n))
        for f in fields(cls):
            found, wanted = getattr(state, f.name), getattr(expected, f.name)
            if found.shape != wanted.shape or found.dtype != wanted.dtype:
                raise ValueError(f"detector state field {f.name!r} is {found.dtype}{found.shape}, not {wanted.shape}")
        return state
