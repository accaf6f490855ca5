"""Logarithmic opinion pooling: the model's and the rules' probabilities combined with learned weights.

For a yes/no question ``logit p = a·logit p_model + b·logit p_rules + c``; for several classes
``p ∝ p_model^a · p_rules^b``. ``a``, ``b`` (both ≥ 0) and ``c`` maximise the likelihood of the training
labels given out-of-fold model probabilities, so the rules weigh exactly as much as they help: with
``b = 0`` the rules are ignored, with ``a = 0`` the model is.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

FloatMatrix = NDArray[np.float64]
EPSILON = 1e-6
WEIGHT_BOUND = 5.0
BIAS_BOUND = 10.0


def pool(p_model: FloatMatrix, p_rules: FloatMatrix, weights: tuple[float, float, float]) -> FloatMatrix:
    """Pooled probabilities, rows × classes (both inputs rows × classes, each row summing to 1)."""
    a, b, c = weights
    log_model = np.log(np.clip(p_model, EPSILON, 1.0))
    log_rules = np.log(np.clip(p_rules, EPSILON, 1.0))
    if p_model.shape[1] == 2:
        z = a * (log_model[:, 1] - log_model[:, 0]) + b * (log_rules[:, 1] - log_rules[:, 0]) + c
        p = 1.0 / (1.0 + np.exp(-z))
        return np.column_stack([1.0 - p, p])
    z = a * log_model + b * log_rules
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    out: FloatMatrix = e / e.sum(axis=1, keepdims=True)
    return out


def fit_pooling(p_model: FloatMatrix, p_rules: FloatMatrix, truth: NDArray[np.int64]) -> tuple[float, float, float]:
    """Weights that minimise the log-loss of ``pool`` on labelled rows (``truth``: class index per row)."""
    from scipy.optimize import minimize  # training only

    binary = p_model.shape[1] == 2
    rows = np.arange(len(truth))

    def loss(params: NDArray[np.float64]) -> float:
        pooled = pool(p_model, p_rules, (params[0], params[1], params[2] if binary else 0.0))
        return float(-np.mean(np.log(np.clip(pooled[rows, truth], EPSILON, 1.0))))

    start = np.array([1.0, 0.0, 0.0]) if binary else np.array([1.0, 0.0])
    bounds = [(0.0, WEIGHT_BOUND), (0.0, WEIGHT_BOUND)] + ([(-BIAS_BOUND, BIAS_BOUND)] if binary else [])
    best = minimize(loss, start, method="L-BFGS-B", bounds=bounds)
    a, b = float(best.x[0]), float(best.x[1])
    c = float(best.x[2]) if binary else 0.0
    return round(a, 4), round(b, 4), round(c, 4)
