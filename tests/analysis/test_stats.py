"""The significance tests, written in dipwatch, give scipy.stats's p-values (scipy is a test
dependency only: the reference)."""

from __future__ import annotations

import random

import pytest

from dipwatch.analysis.stats import binom_test, poisson_tail, welch_p

stats = pytest.importorskip("scipy.stats")


def test_the_binomial_test_is_scipys_on_every_side_of_the_mode():
    draw = random.Random(1)
    cases = [(0, 5, 0.5), (5, 5, 0.5), (3, 15, 0.1), (122, 142, 0.2427), (0, 1, 0.001)]
    for _ in range(300):
        n = draw.randint(1, 3000)
        cases.append(
            (draw.choice([0, n, draw.randint(0, n)]), n, draw.choice([0.5, draw.random()]))
        )
    for k, n, p in cases:
        assert binom_test(k, n, p) == pytest.approx(stats.binomtest(k, n, p).pvalue, rel=1e-12,
                                                     abs=1e-300), (k, n, p)  # fmt: skip


def test_the_poisson_tails_and_welchs_test_are_scipys():
    draw = random.Random(2)
    for _ in range(300):
        rate, n = draw.random() * 50, draw.randint(0, 80)
        assert poisson_tail(n, rate, upper=True) == pytest.approx(stats.poisson.sf(n - 1, rate))
        assert poisson_tail(n, rate, upper=False) == pytest.approx(stats.poisson.cdf(n, rate))
        m1, m0 = draw.gauss(0, 3), draw.gauss(0, 3)
        v1, v0 = draw.random() * 5 + 0.01, draw.random() * 5 + 0.01
        n1, n0 = draw.randint(2, 500), draw.randint(2, 500)
        want = stats.ttest_ind_from_stats(m1, v1**0.5, n1, m0, v0**0.5, n0, equal_var=False)
        assert welch_p(m1, v1, n1, m0, v0, n0) == pytest.approx(want.pvalue, rel=1e-9)


def test_large_counts_and_far_tails_keep_their_relative_precision():
    """Counts of a large store (n up to 200,000, rates up to 5,000) and p-values down to
    1e-290: the continued fractions and Loader's form keep 10 significant digits."""
    draw = random.Random(5)
    for _ in range(200):
        n = draw.randint(1, 200_000)
        k = draw.choice([0, n, draw.randint(0, n), int(n * 0.3)])
        p = draw.choice([0.5, draw.random(), 1e-4, 0.999])
        want = stats.binomtest(k, n, p).pvalue
        assert binom_test(k, n, p) == pytest.approx(want, rel=1e-10, abs=1e-300), (k, n, p)
        rate = draw.random() * 5000
        m = draw.randint(0, int(rate * 2) + 5)
        assert poisson_tail(m, rate, upper=True) == pytest.approx(
            stats.poisson.sf(m - 1, rate), rel=1e-10, abs=1e-300
        )
        assert poisson_tail(m, rate, upper=False) == pytest.approx(
            stats.poisson.cdf(m, rate), rel=1e-10, abs=1e-300
        )
        n1, n0 = draw.randint(2, 100_000), draw.randint(2, 100_000)
        m1, m0, v1, v0 = draw.gauss(0, 3), draw.gauss(0, 3), draw.random() + 0.01, draw.random()
        want = stats.ttest_ind_from_stats(m1, v1**0.5, n1, m0, (v0 + 0.01) ** 0.5, n0,
                                          equal_var=False).pvalue  # fmt: skip
        assert welch_p(m1, v1, n1, m0, v0 + 0.01, n0) == pytest.approx(want, rel=1e-8, abs=1e-300)


def test_the_analyses_start_without_scipy():
    """The point of writing the functions here: no scipy at run time."""
    import subprocess
    import sys

    code = ("import sys; from dipwatch.analysis.stats import binom_test, poisson_tail; "
            "binom_test(3, 15, 0.1); poisson_tail(9, 3.0, upper=True); "
            "print('scipy' in sys.modules)")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
