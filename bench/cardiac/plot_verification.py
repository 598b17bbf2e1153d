#!/usr/bin/python3
"""The verification figure of docs/services/cardiac.md: the service's last beat after 1000 beats
against the BDF reference, endo and epi, and their difference.

    plot_verification.py JAR OUT.png     (needs python3-matplotlib and bench/cardiac/reference/)
"""
import subprocess
import sys
import tempfile
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

here = Path(__file__).resolve().parent
jar, out = sys.argv[1], sys.argv[2]
fig, axes = plt.subplots(2, 1, figsize=(9, 6.5), sharex=True, gridspec_kw={"height_ratios": [3, 1]})
for cell, colour in (("endo", "tab:blue"), ("epi", "tab:orange")):
    lines = [l for l in open(here / "reference" / f"ord-{cell}-1hz.csv") if not l.startswith("#")]
    ref = np.genfromtxt(lines, delimiter=",", names=True)
    with tempfile.TemporaryDirectory() as tmp:
        trace = Path(tmp) / "trace.csv"
        line = subprocess.run(["java", "-jar", jar, "pace", "--cell", cell, "--beats", "1000", "--trace", str(trace)],
                              check=True, capture_output=True, text=True).stdout.splitlines()[0]
        java = np.genfromtxt(trace, delimiter=",", names=True)
    v = np.interp(ref["t"], java["t"], java["V"])
    mask = ref["t"] >= 2.0
    rms = np.sqrt(np.mean((v[mask] - ref["V"][mask]) ** 2))
    axes[0].plot(ref["t"], ref["V"], color=colour, lw=3, alpha=0.35, label=f"{cell}: SciPy BDF, rtol 1e-7")
    axes[0].plot(java["t"], java["V"], color=colour, lw=1, label=f"{cell}: Rush-Larsen (Java), tol 5e-3")
    axes[1].plot(ref["t"][mask], v[mask] - ref["V"][mask], color=colour, lw=1, label=f"{cell}: RMS {rms:.3f} mV")
    print(cell, line, f"RMS {rms:.4f} mV")
axes[0].set_ylabel("V (mV)")
axes[0].set_title("ORd 2011, beat 1000 at 1 Hz from the published initial state")
axes[0].legend(fontsize=8)
axes[1].set_ylabel("Java - BDF (mV)")
axes[1].set_xlabel("time (ms)")
axes[1].legend(fontsize=8)
axes[1].set_xlim(0, 600)
fig.tight_layout()
fig.savefig(out, dpi=110)
