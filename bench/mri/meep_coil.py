"""The service's default set-up (ASTM F2182 gel box, 120 mm wire 2 cm from the side wall, idealised
16-rung quadrature birdcage, CPML of 8 cells) solved with MEEP (Debian python3-meep) on the same
grid, with the same source currents edge by edge; writes the complex E on cell centres of the gel.
  python3 meep_coil.py --cell 10 --b0 3 --out meep.npz
"""
import argparse
import math
import time

import numpy as np
import meep as mp

C0 = 299792458.0
EPS0 = 8.8541878128e-12

p = argparse.ArgumentParser()
p.add_argument("--cell", type=float, default=10.0, help="cell edge, mm")
p.add_argument("--b0", type=float, default=3.0)
p.add_argument("--periods", type=int, default=4)
p.add_argument("--wire", type=float, default=120.0, help="wire length, mm")
p.add_argument("--out", required=True)
a = p.parse_args()

h = a.cell / 1000.0        # metres
unit = h                   # MEEP's length unit a = one cell, so resolution 1
f = 42.577e6 * a.b0
fm = f * unit / C0
sigma, epsr = 0.47, 80.0
layers = 8
# Domain as AstmPhantom.build: whole cells either side of the origin.
cx = math.ceil((0.30 + 0.02 + layers * h) / h - 1e-9)
cz = math.ceil((max(0.325, 0.225) + 0.02 + layers * h) / h - 1e-9)
nx, nz = 2 * cx, 2 * cz
gel = mp.Medium(epsilon=epsr, D_conductivity=sigma / (EPS0 * epsr) * unit / C0)
geometry = [mp.Block(center=mp.Vector3(), size=mp.Vector3(0.42 / h, 0.09 / h, 0.65 / h), material=gel)]
# The wire: the conducting z-edges on the node line nearest x = 190 mm (lateral placement), y = 0.
xw = round((0.21 - 0.02 - 0.001) / h)
kw = round(a.wire / 1000 / h)
geometry.append(mp.Block(center=mp.Vector3(xw, 0, 0), size=mp.Vector3(0.5, 0.5, kw), material=mp.metal))


def rnd(x):
    return int(math.floor(x + 0.5))


# Birdcage.java: rungs on nodes, rings as staircases, phasor I = e^{-j phi}; MEEP's convention is
# e^{-i w t}, so its amplitude is the conjugate.
rungs = 16
ni = [rnd((0.30 * math.cos(2 * math.pi * n / rungs)) / h) for n in range(rungs)]
nj = [rnd((0.30 * math.sin(2 * math.pi * n / rungs)) / h) for n in range(rungs)]
cur = [complex(math.cos(2 * math.pi * n / rungs), -math.sin(2 * math.pi * n / rungs)) for n in range(rungs)]
k1 = rnd(-0.225 / h)
k2 = rnd(0.225 / h)
src = mp.ContinuousSource(frequency=fm, width=1.0 / fm)
sources = []
for n in range(rungs):
    sources.append(mp.Source(src, component=mp.Ez, center=mp.Vector3(ni[n], nj[n], (k1 + k2) / 2),
                             size=mp.Vector3(0, 0, k2 - k1), amplitude=cur[n].conjugate()))
partial = np.cumsum(cur)
partial -= partial.mean()
for n in range(rungs):
    m = (n + 1) % rungs
    for plane, sign in ((k2, 1), (k1, -1)):
        i, j = ni[n], nj[n]
        while (i, j) != (ni[m], nj[m]):
            di, dj = ni[m] - i, nj[m] - j
            amp = sign * partial[n]
            if abs(di) >= abs(dj):
                s = 1 if di > 0 else -1
                sources.append(mp.Source(src, component=mp.Ex, center=mp.Vector3(i + s / 2, j, plane),
                                         amplitude=(s * amp).conjugate()))
                i += s
            else:
                s = 1 if dj > 0 else -1
                sources.append(mp.Source(src, component=mp.Ey, center=mp.Vector3(i, j + s / 2, plane),
                                         amplitude=(s * amp).conjugate()))
                j += s

sim = mp.Simulation(cell_size=mp.Vector3(nx, nx, nz), geometry=geometry, sources=sources, resolution=1,
                    boundary_layers=[mp.PML(layers)], eps_averaging=False, Courant=0.5)
period = 1.0 / fm
started = time.time()
cpu_started = time.process_time()
sim.run(until=(a.periods - 1) * period)
centre, size = mp.Vector3(), mp.Vector3(0.42 / h, 0.09 / h, 0.65 / h)
samples, times = [], []
for q in range(4):
    if q:
        sim.run(until=period / 4)
    times.append(sim.meep_time())
    samples.append([sim.get_array(component=c, center=centre, size=size) for c in (mp.Ex, mp.Ey, mp.Ez)])
elapsed = time.time() - started
cpu = time.process_time() - cpu_started
x, y, z, w = sim.get_array_metadata(center=centre, size=size)
# Least squares of e(t) = Re(E e^{-i w t}) over the four samples, per component and point.
omega = 2 * math.pi * fm
A = np.array([[math.cos(omega * t), math.sin(omega * t)] for t in times])
pinv = np.linalg.pinv(A)
phasor = []
for c in range(3):
    stack = np.stack([samples[q][c] for q in range(4)])
    coef = np.tensordot(pinv, stack, axes=(1, 0))
    phasor.append(coef[0] + 1j * coef[1])
steps = round(sim.meep_time() / (0.5 / 1))
np.savez(a.out, ex=phasor[0], ey=phasor[1], ez=phasor[2], x=np.array(x) * h, y=np.array(y) * h, z=np.array(z) * h,
         seconds=elapsed, cpu_seconds=cpu, cells=nx * nx * nz, steps=steps)
print("meep: %d x %d x %d cells, %d steps in %.1f s (%.1f s CPU), %.1f M cell updates/s, %.1f M per CPU second"
      % (nx, nx, nz, steps, elapsed, cpu, nx * nx * nz * steps / elapsed / 1e6, nx * nx * nz * steps / cpu / 1e6))
