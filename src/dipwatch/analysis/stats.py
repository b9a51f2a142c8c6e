"""The three significance tests the analyses use, on distribution functions written here.

These are scipy.stats's algorithms on their own distribution functions, so the p-values are
scipy's (the tests check them against it, to 12 digits for the binomial test):

- :func:`binom_test`: the two-sided exact binomial test (``scipy.stats.binomtest``);
- :func:`poisson_tail`: the upper tail P(X ≥ n) or lower tail P(X ≤ n) of a Poisson count;
- :func:`welch_p`: the two-sided p-value of Welch's t-test from two samples' means, variances
  and sizes (``scipy.stats.ttest_ind_from_stats(..., equal_var=False)``).

The functions are here, not imported from ``scipy.special``, because importing it costs about
0.25 s of CPU, a quarter of an analysis's start-up budget (issue 13). Probabilities of counts
use Loader's saddle-point form (the one R's ``dbinom``/``dpois`` use: exact to the last digits
where ``lgamma`` differences lose them); tails use the continued fractions of the incomplete
beta and gamma functions (Lentz's method), each on the side where it converges, so a small
tail keeps its relative precision.

>>> round(binom_test(3, 15, 0.1), 6), round(poisson_tail(9, 3.0, upper=True), 6)
(0.184061, 0.003803)
>>> round(welch_p(1.0, 1.0, 10, 0.0, 1.0, 10), 6)
0.03825
"""

from __future__ import annotations

import math

_LN_SQRT_2PI = 0.5 * math.log(2 * math.pi)
_TINY = 1e-300
_EPS = 1e-16


def _stirlerr(n: float) -> float:
    """log(n!) - log(sqrt(2 pi n) (n/e)^n): Stirling's error, by its series past 15."""
    if n <= 15:
        return math.lgamma(n + 1) - (n + 0.5) * math.log(n) + n - _LN_SQRT_2PI
    nn = n * n
    s0, s1, s2, s3, s4 = 1 / 12, 1 / 360, 1 / 1260, 1 / 1680, 1 / 1188
    if n > 500:
        return (s0 - s1 / nn) / n
    if n > 80:
        return (s0 - (s1 - s2 / nn) / nn) / n
    if n > 35:
        return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n
    return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n


def _bd0(x: float, m: float) -> float:
    """x log(x/m) + m - x, without the cancellation when x is near m."""
    if abs(x - m) < 0.1 * (x + m):
        v = (x - m) / (x + m)
        s, ej, v2 = (x - m) * v, 2 * x * v, v * v
        for j in range(1, 1000):
            ej *= v2
            s1 = s + ej / (2 * j + 1)
            if s1 == s:
                return s1
            s = s1
    return x * math.log(x / m) + m - x


def binom_pmf(k: int, n: int, p: float) -> float:
    """P(X = k) for X ~ Binomial(n, p)."""
    if k < 0 or k > n:
        return 0.0
    q = 1.0 - p
    if k == 0:
        return math.exp(n * math.log1p(-p)) if p < 1 else float(n == 0)
    if k == n:
        return math.exp(n * math.log(p)) if p > 0 else 0.0
    if p <= 0 or q <= 0:
        return 0.0
    lc = _stirlerr(n) - _stirlerr(k) - _stirlerr(n - k) - _bd0(k, n * p) - _bd0(n - k, n * q)
    lf = math.log(2 * math.pi) + math.log(k) + math.log1p(-k / n)
    return math.exp(lc - 0.5 * lf)


def poisson_pmf(k: int, rate: float) -> float:
    """P(X = k) for X ~ Poisson(rate)."""
    if k < 0:
        return 0.0
    if rate <= 0:
        return float(k == 0)
    if k == 0:
        return math.exp(-rate)
    return math.exp(-_stirlerr(k) - _bd0(k, rate)) / math.sqrt(2 * math.pi * k)


def _lentz(term, first: float) -> float:  # type: ignore[no-untyped-def]
    """The continued fraction 1 / (1 + a1 / (1 + a2 / ...)) with ``term(m)`` the m-th
    numerator (m = 1, 2, ...) and ``first`` the first denominator, by Lentz's method."""
    c, d = 1.0, first
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 100_000):
        a = term(m)
        d = 1.0 + a * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + a / c
        c = c if abs(c) > _TINY else _TINY
        h *= d * c
        if abs(d * c - 1.0) < _EPS:
            break
    return h


def _beta_cf(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b) (converges fast for x < (a + 1) / (a + b + 2))."""

    def term(m: int) -> float:  # the numerator d_{m+1}
        j = (m + 1) // 2
        if m % 2:  # d_{2j}
            return j * (b - j) * x / ((a + 2 * j - 1) * (a + 2 * j))
        return -(a + j) * (a + b + j) * x / ((a + 2 * j) * (a + 2 * j + 1))  # d_{2j+1}

    return _lentz(term, 1.0 - (a + b) * x / (a + 1))


def _beta_front(a: float, b: float, x: float) -> float:
    """x^a (1 - x)^b / (a B(a, b))."""
    log = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
           + a * math.log(x) + b * math.log1p(-x))  # fmt: skip
    return math.exp(log) / a


def _ibeta_tails(a: float, b: float, x: float) -> tuple[float, float]:
    """(I_x(a, b), 1 - I_x(a, b)), the smaller side computed directly."""
    if x <= 0:
        return 0.0, 1.0
    if x >= 1:
        return 1.0, 0.0
    if x < (a + 1) / (a + b + 2):
        low = _beta_front(a, b, x) * _beta_cf(a, b, x)
        return low, 1.0 - low
    high = _beta_front(b, a, 1 - x) * _beta_cf(b, a, 1 - x)
    return 1.0 - high, high


def binom_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    return _binom_tails(k, n, p)[0]


def binom_sf(k: int, n: int, p: float) -> float:
    """P(X > k) for X ~ Binomial(n, p)."""
    return _binom_tails(k, n, p)[1]


def _binom_tails(k: int, n: int, p: float) -> tuple[float, float]:
    """(P(X <= k), P(X > k)): I_{1-p}(n - k, k + 1) and its complement, the smaller computed
    directly; its prefactor is p·P(X = k) (or (1 - p)·P(X = k + 1)), Loader-exact."""
    if k < 0:
        return 0.0, 1.0
    if k >= n:
        return 1.0, 0.0
    a, b, x = n - k, k + 1, 1.0 - p
    if x < (a + 1) / (a + b + 2):  # the lower tail is the small side
        low = p * binom_pmf(k, n, p) * _beta_cf(a, b, x)
        return low, 1.0 - low
    high = x * binom_pmf(k + 1, n, p) * _beta_cf(b, a, p)
    return 1.0 - high, high


def _poisson_tails(k: int, rate: float) -> tuple[float, float]:
    """(P(X <= k), P(X > k)) for X ~ Poisson(rate): Q(k + 1, rate) and P(k + 1, rate) of the
    regularised incomplete gamma, by its series below the mean and its fraction above."""
    if k < 0:
        return 0.0, 1.0
    if rate <= 0:
        return 1.0, 0.0
    a = k + 1.0
    front = a * poisson_pmf(k + 1, rate)  # rate^a e^-rate / Gamma(a)
    if rate < a + 1:  # P(a, x) = front / a * sum x^n / ((a+1)...(a+n))
        term = total = 1.0 / a
        for n in range(1, 100_000):
            term *= rate / (a + n)
            total += term
            if abs(term) < abs(total) * _EPS:
                break
        high = front * total
        return 1.0 - high, high

    # Q(a, x) = front / (b0 + a1 / (b1 + a2 / ...)) with b_m = b0 + 2m, a_m = -m(m - a),
    # written as front / b0 / (1 + e1 / (1 + e2 / ...)) with e_m = a_m / (b_{m-1} b_m)
    b0 = rate + 1.0 - a

    def term(m: int) -> float:  # e_{m+1}
        return -(m + 1) * (m + 1 - a) / ((b0 + 2 * m) * (b0 + 2 * m + 2))

    h = _lentz(term, 1.0 + term(0)) / b0
    low = front * h
    return low, 1.0 - low


def binom_test(k: int, n: int, p: float) -> float:
    """The two-sided p-value of ``k`` successes in ``n`` trials of probability ``p``."""

    def pmf(x: int) -> float:
        return binom_pmf(x, n, p)

    def cdf(x: int) -> float:  # P(X <= x), 0 below the support
        return binom_cdf(x, n, p)

    def sf(x: int) -> float:  # P(X > x)
        return binom_sf(x, n, p)

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
    if upper:
        return 1.0 if n <= 0 else _poisson_tails(n - 1, rate)[1]
    return _poisson_tails(n, rate)[0]


def welch_p(m1: float, v1: float, n1: int, m0: float, v0: float, n0: int) -> float:
    """Two-sided p-value of Welch's t-test (sample variances ``v1``, ``v0``)."""
    a, b = v1 / n1, v0 / n0
    se = math.sqrt(a + b)
    if se == 0:
        return float("nan")
    t = (m1 - m0) / se
    df = (a + b) ** 2 / (a**2 / (n1 - 1) + b**2 / (n0 - 1))
    return 2 * _student_cdf(df, -abs(t))


def _student_cdf(df: float, t: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom (t <= 0)."""
    low, _ = _ibeta_tails(df / 2, 0.5, df / (df + t * t))
    return 0.5 * low if t <= 0 else 1.0 - 0.5 * low
