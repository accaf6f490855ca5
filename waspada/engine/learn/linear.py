"""Linear heads on hashed features: one-vs-rest linear SVMs with Platt-scaled probabilities.

A head answers one question (relevance, bidang, category, severity, provocation, hoax). Its decision
values are ``x · w + b`` per class (one column for a yes/no question); Platt scaling maps each to a
probability, ``1 / (1 + exp(-(a·d + c)))``, fitted on out-of-fold decision values so that it is not fooled
by the training fit; with several classes the probabilities are then divided by their sum (what
scikit-learn's ``CalibratedClassifierCV(method="sigmoid")`` does).
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

if TYPE_CHECKING:
    from sklearn.svm import LinearSVC

FloatMatrix = NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class HeadFit:
    """What training one head produced: weights per class column, Platt parameters, out-of-fold probabilities."""

    classes: tuple[str, ...]
    coef: NDArray[np.float32]  # (features, columns)
    intercept: NDArray[np.float64]  # (columns,)
    platt_a: NDArray[np.float64]
    platt_b: NDArray[np.float64]
    oof_proba: FloatMatrix  # (examples, classes), out-of-fold

    @property
    def binary(self) -> bool:
        return len(self.classes) == 2


@dataclass(frozen=True, slots=True)
class HeadSettings:
    c: float = 0.5
    class_weight: str | None = "balanced"
    folds: int = 5
    seed: int = 0


def fit_head(
    x: sp.csr_matrix, labels: Sequence[str], settings: HeadSettings, groups: Sequence[str] | None = None
) -> HeadFit:
    """Fit one head on weighted rows ``x``; needs two classes, each with at least two examples.

    ``groups`` (e.g. the template a seed text was written from) keeps near-copies in one fold, so that the
    out-of-fold values that calibrate the head are as honest as a held-out text's.
    """
    counts = Counter(labels)
    classes = tuple(sorted(counts))
    if len(classes) < 2:
        raise ValueError(f"a head needs two classes or more, got {classes}")
    smallest = min(counts.values())
    if smallest < 2:
        raise ValueError(f"every class needs two examples or more: {dict(counts)}")
    y = np.array([classes.index(label) for label in labels])
    from sklearn.exceptions import ConvergenceWarning  # training only: scikit-learn is a slow import

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        warnings.simplefilter("ignore", UserWarning)  # "the least populated class has only n members"
        oof = _out_of_fold(x, y, len(classes), settings, groups)
        final = _estimator(settings).fit(x, y)
    coef = np.asarray(final.coef_, dtype=np.float32).T  # (features, columns)
    intercept = np.asarray(final.intercept_, dtype=np.float64)
    columns = coef.shape[1]
    targets = [y == (k if columns > 1 else 1) for k in range(columns)]
    params = [_platt(oof[:, k], targets[k]) for k in range(columns)]
    platt_a = np.array([a for a, _ in params])
    platt_b = np.array([b for _, b in params])
    return HeadFit(classes, coef, intercept, platt_a, platt_b, calibrate(oof, platt_a, platt_b))


def calibrate(decision: FloatMatrix, platt_a: NDArray[np.float64], platt_b: NDArray[np.float64]) -> FloatMatrix:
    """Decision values (examples × columns) → class probabilities (examples × classes)."""
    p = 1.0 / (1.0 + np.exp(-(decision * platt_a + platt_b)))
    if decision.shape[1] == 1:
        return np.hstack([1.0 - p, p])
    total = p.sum(axis=1, keepdims=True)
    uniform = np.full_like(p, 1.0 / p.shape[1])
    return np.where(total > 0, p / np.where(total > 0, total, 1.0), uniform)


def _out_of_fold(
    x: sp.csr_matrix, y: NDArray[np.int64], n_classes: int, settings: HeadSettings, groups: Sequence[str] | None
) -> FloatMatrix:
    """Decision values of each row from a model that did not see it (or its group)."""
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    n_splits = max(2, min(settings.folds, int(np.bincount(y).min())))
    splitter: StratifiedKFold | StratifiedGroupKFold
    if groups is not None and len(set(groups)) < len(groups):
        n_splits = max(2, min(n_splits, len(set(groups))))
        splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=settings.seed)
    else:
        splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=settings.seed)
    columns = 1 if n_classes == 2 else n_classes
    oof = np.zeros((len(y), columns))
    splits = list(splitter.split(x, y, groups))

    def fit_fold(train: NDArray[np.int64]) -> LinearSVC | None:
        return _estimator(settings).fit(x[train], y[train]) if len(np.unique(y[train])) > 1 else None

    # one after the other: liblinear draws from one process-wide random state, so folds trained in parallel
    # threads would not give the same weights twice (measured)
    fitted = [fit_fold(train) for train, _ in splits]
    for (train, test), estimator in zip(splits, fitted, strict=True):
        seen = np.unique(y[train])
        if estimator is None:
            # every training row of this fold has one class: that class, firmly
            if columns == 1:
                oof[test, 0] = _UNSEEN if seen[0] == 1 else -_UNSEEN
            else:
                oof[test] = -_UNSEEN
                oof[test, seen[0]] = _UNSEEN
            continue
        decision = estimator.decision_function(x[test]).reshape(len(test), -1)
        if columns == 1:
            oof[test, 0] = decision[:, 0]
        elif decision.shape[1] == 1:
            oof[test] = -_UNSEEN
            oof[test, seen[1]] = decision[:, 0]
            oof[test, seen[0]] = -decision[:, 0]
        else:
            oof[test] = -_UNSEEN
            oof[test[:, None], seen[None, :]] = decision
    return oof


_UNSEEN = 10.0


def _estimator(settings: HeadSettings) -> LinearSVC:
    from sklearn.svm import LinearSVC

    return LinearSVC(C=settings.c, class_weight=settings.class_weight, random_state=settings.seed, max_iter=5_000)


def _platt(decision: NDArray[np.float64], positive: NDArray[np.bool_]) -> tuple[float, float]:
    """Platt's (1999) sigmoid with his smoothed targets, by maximum likelihood."""
    from scipy.optimize import minimize

    n_pos = int(positive.sum())
    n_neg = len(positive) - n_pos
    target = np.where(positive, (n_pos + 1.0) / (n_pos + 2.0), 1.0 / (n_neg + 2.0))

    def loss(params: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
        z = params[0] * decision + params[1]
        # log(1 + e^z) - t·z, stable for large |z|
        value = float(np.sum(np.logaddexp(0.0, z) - target * z))
        residual = 1.0 / (1.0 + np.exp(-z)) - target
        return value, np.array([float(residual @ decision), float(residual.sum())])

    prior = np.log((n_pos + 1.0) / (n_neg + 1.0))
    result = minimize(loss, np.array([1.0, prior]), jac=True, method="L-BFGS-B")
    return float(result.x[0]), float(result.x[1])
