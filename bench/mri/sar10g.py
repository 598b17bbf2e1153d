"""10 g averaged SAR on a regular grid, the same cube rule as the service (Sar10g.java): the cube
centred on a cell grows continuously (its outer layer of cells weighted by the covered fraction f)
until it holds 10 g of gel; the average is its absorbed power over that mass. Only cubes of up to
one layer around the centre cell (3 x 3 x 3 cells) are handled, enough for cells of 7 mm and
more, and only for the cells asked for."""
import numpy as np


def peak(sar, gel, h, density=1000.0, target=0.010, cells=None):
    """sar, gel: arrays [z, y, x]; h in metres. Returns (peak value, index) over `cells` (list of (z, y, x))."""
    mass = gel * density * h ** 3
    power = mass * sar
    best, where = 0.0, None
    nz, ny, nx = sar.shape
    for (k, j, i) in cells:
        if not gel[k, j, i]:
            continue
        coeffs_m = np.zeros(4)
        coeffs_p = np.zeros(4)
        for dk in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for di in (-1, 0, 1):
                    kk, jj, ii = k + dk, j + dj, i + di
                    if not (0 <= kk < nz and 0 <= jj < ny and 0 <= ii < nx):
                        continue
                    outer = abs(dk) + abs(dj) + abs(di)
                    coeffs_m[outer] += mass[kk, jj, ii]
                    coeffs_p[outer] += power[kk, jj, ii]
        if coeffs_m.sum() < target:
            raise ValueError("cells too small for a 3 x 3 x 3 cube to hold 10 g")
        lo, hi = 0.0, 1.0
        for _ in range(50):
            f = (lo + hi) / 2
            m = coeffs_m @ np.array([1, f, f * f, f ** 3])
            lo, hi = (f, hi) if m < target else (lo, f)
        f = (lo + hi) / 2
        fs = np.array([1, f, f * f, f ** 3])
        value = (coeffs_p @ fs) / (coeffs_m @ fs)
        if value > best:
            best, where = value, (k, j, i)
    return best, where
