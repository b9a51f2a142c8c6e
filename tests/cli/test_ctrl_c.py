"""Ctrl-C wherever the main thread is: the interrupt is never lost.

Python runs a SIGINT handler between any two bytecodes of the main thread, a weakref callback
of the import machinery included; an exception raised inside such a callback is printed as
ignored and lost. The script below puts the signal exactly there, in a child process (the
handler marks every open store of its process interrupted for good).
"""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = r"""
import signal, sys, time, weakref
from dipwatch.cli.main import _ctrl_c

signal.signal(signal.SIGINT, _ctrl_c)
lost = []
sys.unraisablehook = lambda info: lost.append(repr(info.exc_value))

# A callback that runs as the import machinery's lock callbacks do: its code is named
# <frozen importlib._bootstrap>, and Python calls it when the object it watches goes away.
namespace = {"signal": signal}
exec(compile(
    "def cb(ref):\n"
    "    signal.raise_signal(signal.SIGINT)\n"
    "    total = 0\n"
    "    for i in range(10_000):\n"
    "        total += i\n",
    "<frozen importlib._bootstrap>", "exec"), namespace)

class Watched:
    pass

watched = Watched()
ref = weakref.ref(watched, namespace["cb"])
try:
    del watched
    for _ in range(200):  # two seconds at most: the interrupt comes from another thread
        time.sleep(0.01)
except KeyboardInterrupt:
    print("raised after the callback", "lost:", lost)
else:
    print("not raised", "lost:", lost)
"""


def test_an_interrupt_inside_an_import_callback_is_raised_when_it_returns():
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "raised after the callback lost: []", done.stdout


def test_an_interrupt_elsewhere_is_raised_at_once():
    script = _SCRIPT.replace("<frozen importlib._bootstrap>", "<callback of a library>")
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    # Not the import machinery's: raised inside the callback, as Python does by default.
    assert "not raised" in done.stdout and "KeyboardInterrupt" in done.stdout, done.stdout
