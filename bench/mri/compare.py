"""Compares the service's SAR (sar.vtk of the fields stage) with a peer's complex E on cell centres
(meep.npz or openems.npz): both normalised to the same whole-phantom SAR, the SAR along the wire in
the cells beside it, and the peak 10 g SAR near the wire. Writes compare-<peer>.json and a PNG.
  python3 compare.py SAR.vtk PEER.npz NAME OUTFOLDER
"""
import json
import sys

import numpy as np

import sar10g
import vtk

sar_path, peer_path, name, out = sys.argv[1:5]
dims, origin, spacing, fields, cells = vtk.read(sar_path)
nx, ny, nz = dims
h = spacing / 1000.0
x0, y0, z0 = (o / 1000.0 for o in origin)
labels = cells["material"]
ours = cells["sar"]
gel = labels == 1
target = fields["whole_phantom_sar"][0]
sigma, rho = fields["material_1_gel"][1], fields["material_1_gel"][2]

peer = np.load(peer_path)
e2 = np.abs(peer["ex"]) ** 2 + np.abs(peer["ey"]) ** 2 + np.abs(peer["ez"]) ** 2
peer_sar_points = sigma * e2 / (2 * rho)
px, py, pz = peer["x"], peer["y"], peer["z"]
# Put the peer's points on our cells: the point's cell index.
ii = np.floor((px - x0) / h + 1e-6).astype(int)
jj = np.floor((py - y0) / h + 1e-6).astype(int)
kk = np.floor((pz - z0) / h + 1e-6).astype(int)
theirs = np.zeros_like(ours)
count = np.zeros_like(ours)
for a, i in enumerate(ii):
    for b, j in enumerate(jj):
        theirs[kk, j, i] += peer_sar_points[a, b, :]
        count[kk, j, i] += 1
theirs = np.where(count > 0, theirs / np.maximum(count, 1), 0) * gel
theirs *= target / theirs[gel].mean()

# The wire: conducting z-edges of the grid file are not in the SAR file; it lies at the device box.
dmin, dmax = fields["device_min"], fields["device_max"]
xw, zlo, zhi = (dmin[0] + dmax[0]) / 2, dmin[2], dmax[2]
iw = int(round((xw - x0) / h))
jw = int(round((0 - y0) / h))
# Cells beside the wire: x just outside it (cells iw and iw-1 touch the wire's node line), y both sides.
profile_cells = [(iw, jw), (iw, jw - 1), (iw - 1, jw), (iw - 1, jw - 1)]
zs, p_ours, p_theirs = [], [], []
for k in range(nz):
    zc = z0 + (k + 0.5) * h
    if zlo - 0.05 <= zc <= zhi + 0.05:
        zs.append(zc * 1000)
        p_ours.append(float(np.mean([ours[k, j, i] for i, j in profile_cells])))
        p_theirs.append(float(np.mean([theirs[k, j, i] for i, j in profile_cells])))
near = [(k, j, i) for k in range(nz) for j in range(ny) for i in range(nx)
        if abs(z0 + (k + 0.5) * h) <= (zhi - zlo) / 2 + 0.03 and abs(x0 + (i + 0.5) * h - xw) <= 0.03 and gel[k, j, i]]
peak_ours, where_ours = sar10g.peak(ours, gel, h, rho, cells=near)
peak_theirs, where_theirs = sar10g.peak(theirs, gel, h, rho, cells=near)
po, pt = np.array(p_ours), np.array(p_theirs)
result = {
    "peer": name,
    "cell": spacing,
    "wholePhantomSar": target,
    "peakSar10g": {"vitruvian": round(peak_ours, 3), name: round(peak_theirs, 3),
                   "relativeDifference": round(peak_ours / peak_theirs - 1, 4)},
    "sarBesideWire": {"z": [round(v, 1) for v in zs], "vitruvian": [round(v, 3) for v in p_ours],
                      name: [round(v, 3) for v in p_theirs],
                      "maxRelativeDifference": round(float(np.max(np.abs(po - pt)) / np.max(pt)), 4)},
    "sarCorrelationInGel": round(float(np.corrcoef(ours[gel], theirs[gel])[0, 1]), 5),
    "peerSeconds": float(peer["seconds"]), "peerCellUpdatesPerSecond": float(peer["cells"] * peer["steps"] / peer["seconds"]),
    "peerCellUpdatesPerCpuSecond": float(peer["cells"] * peer["steps"] / peer["cpu_seconds"]) if "cpu_seconds" in peer else None,
}
with open(f"{out}/compare-{name}.json", "w") as fh:
    json.dump(result, fh, indent=2)
print(json.dumps({k: v for k, v in result.items() if k != "sarBesideWire"}, indent=2))
print("SAR beside the wire: largest difference %.1f %% of the peak" % (100 * result["sarBesideWire"]["maxRelativeDifference"]))
try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(1, 2, figsize=(11, 4))
    ax[0].plot(zs, p_ours, "o-", label="Vitruvian")
    ax[0].plot(zs, p_theirs, "s--", label=name)
    ax[0].set_xlabel("z along the wire (mm)")
    ax[0].set_ylabel("SAR beside the wire (W/kg)")
    ax[0].legend()
    jmid = jw
    k0 = int(round((0 - z0) / h))
    ax[1].plot(x0 * 1000 + (np.arange(nx) + 0.5) * spacing, ours[k0 + int((zhi - 0.0) / h) - 1, jmid, :], "o-", label="Vitruvian")
    ax[1].plot(x0 * 1000 + (np.arange(nx) + 0.5) * spacing, theirs[k0 + int((zhi - 0.0) / h) - 1, jmid, :], "s--", label=name)
    ax[1].set_xlabel("x across the phantom at the wire's tip (mm)")
    ax[1].set_ylabel("SAR (W/kg)")
    ax[1].legend()
    fig.tight_layout()
    fig.savefig(f"{out}/compare-{name}.png", dpi=90)
except ImportError:
    print("matplotlib not installed: no figure")
