"""The three significance tests the analyses use, on ``scipy.special``'s distribution functions.

``scipy.stats`` takes about 1.8 s of CPU to import (a third of a report's budget on a busy
two-core machine); ``scipy.special``, which holds the same distribution functions, about 0.6 s.
These are scipy.stats's own algorithms on those functions, so the p-values are the same:

- :func:`binom_test`: the two-sided exact binomial test (``scipy.stats.binomtest``);
- :func:`poisson_tail`: the upper tail P(X ≥ n) or lower tail P(X ≤ n) of a Poisson count;
- :func:`welch_p`: the two-sided p-value of Welch's t-test from two samples' means, variances
  and sizes (``scipy.stats.ttest_ind_from_stats(..., equal_var=False)``).

>>> round(binom_test(3, 15, 0.1), 6), round(poisson_tail(9, 3.0, upper=True), 6)
(0.184061, 0.003803)
>>> round(welch_p(1.0, 1.0, 10, 0.0, 1.0, 10), 6)
0.03825
"""

from __future__ import annotations

import math


def _special():  # type: ignore[no-untyped-def]
    from scipy.special import _ufuncs  # imported on first use: the CLI starts without it

    return _ufuncs


def binom_test(k: int, n: int, p: float) -> float:
    """The two-sided p-value of ``k`` successes in ``n`` trials of probability ``p``."""
    f = _special()

    def pmf(x: int) -> float:
        return float(f._binom_pmf(x, n, p)) if 0 <= x <= n else 0.0

    def cdf(x: int) -> float:  # P(X <= x), 0 below the support
        return 0.0 if x < 0 else 1.0 if x >= n else float(f._binom_cdf(x, n, p))

    def sf(x: int) -> float:  # P(X > x)
        return 1.0 if x < 0 else 0.0 if x >= n else float(f._binom_sf(x, n, p))

    d, rerr = pmf(k), 1 + 1e-7
    if k == p * n:
        return 1.0
    if k < p * n:
        ix = _search(lambda x: -pmf(x), -d * rerr, math.ceil(p * n), n)
        y = n - ix + int(d * rerr == pmf(ix))
        return min(1.0, cdf(k) + sf(n - y))
    ix = _search(pmf, d * rerr, 0, math.floor(p * n))
    return min(1.0, cdf(ix) + sf(k - 1))


def _search(a, d: float, lo: int, hi: int) -> int:  # type: ignore[no-untyped-def]
    """The i in [lo, hi] with a(i) <= d < a(i + 1), ``a`` ascending (scipy's binary search)."""
    while lo < hi:
        mid = lo + (hi - lo) // 2
        value = a(mid)
        if value < d:
            lo = mid + 1
        elif value > d:
            hi = mid - 1
        else:
            return mid
    return lo if a(lo) <= d else lo - 1


def poisson_tail(n: int, rate: float, *, upper: bool) -> float:
    """P(X ≥ n) (``upper``) or P(X ≤ n) for X ~ Poisson(``rate``)."""
    f = _special()
    if upper:
        return 1.0 if n <= 0 else float(f.pdtrc(n - 1, rate))
    return float(f.pdtr(n, rate))


def welch_p(m1: float, v1: float, n1: int, m0: float, v0: float, n0: int) -> float:
    """Two-sided p-value of Welch's t-test (sample variances ``v1``, ``v0``)."""
    a, b = v1 / n1, v0 / n0
    se = math.sqrt(a + b)
    if se == 0:
        return float("nan")
    t = (m1 - m0) / se
    df = (a + b) ** 2 / (a**2 / (n1 - 1) + b**2 / (n0 - 1))
    return float(2 * _special().stdtr(df, -abs(t)))
