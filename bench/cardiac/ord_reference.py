#!/usr/bin/python3
"""Reference solution of the O'Hara-Rudy 2011 (ORd) model with SciPy's BDF.

Written for Vitruvian from the equations of O'Hara et al., PLoS Comput Biol 7(5): e1002061
(2011), Text S1, independently of the Java service (bundles/org.vitruvian.services.cardiac):
every state, gates included, is an ordinary ODE here, integrated by SciPy's solve_ivp (BDF or
LSODA) at a tight tolerance, with no Rush-Larsen step anywhere.

    ord_reference.py --cell endo --beats 1000 --out ref-endo.csv
        paces from the published initial state at 1 Hz and writes the last beat's potential
        every 0.1 ms, with its biomarkers in the header comment lines.
    ord_reference.py --cell endo --beats 20 --method LSODA --time
        prints model-beats per second (used by bench/cardiac/run.sh).
"""
import argparse
import math
import sys
import time

import numpy as np
from scipy.integrate import solve_ivp

R, T, F = 8314.0, 310.0, 96485.0
NAO, CAO, KO = 140.0, 1.8, 5.4
RTF = R * T / F
FRT = F / (R * T)
L, RAD = 0.01, 0.0011
VCELL = 1000 * 3.14 * RAD * RAD * L
AGEO = 2 * 3.14 * RAD * RAD + 2 * 3.14 * RAD * L
ACAP = 2 * AGEO
VMYO, VNSR, VJSR, VSS = 0.68 * VCELL, 0.0552 * VCELL, 0.0048 * VCELL, 0.02 * VCELL

NAMES = ["V", "nai", "nass", "ki", "kss", "cai", "cass", "cansr", "cajsr", "CaMKt",
         "m", "hf", "hs", "j", "hsp", "jp", "mL", "hL", "hLp", "a", "iF", "iS", "ap", "iFp", "iSp",
         "d", "ff", "fs", "fcaf", "fcas", "jca", "nca", "ffp", "fcafp", "xrf", "xrs", "xs1", "xs2",
         "xk1", "Jrelnp", "Jrelp"]
IX = {n: i for i, n in enumerate(NAMES)}


def ex(x):
    return math.exp(x) if x < 700.0 else math.inf


def initial():
    y = dict(V=-87.0, nai=7.0, nass=7.0, ki=145.0, kss=145.0, cai=1e-4, cass=1e-4, cansr=1.2, cajsr=1.2,
             CaMKt=0.0, m=0.0, hf=1.0, hs=1.0, j=1.0, hsp=1.0, jp=1.0, mL=0.0, hL=1.0, hLp=1.0, a=0.0,
             iF=1.0, iS=1.0, ap=0.0, iFp=1.0, iSp=1.0, d=0.0, ff=1.0, fs=1.0, fcaf=1.0, fcas=1.0, jca=1.0,
             nca=0.0, ffp=1.0, fcafp=1.0, xrf=0.0, xrs=0.0, xs1=0.0, xs2=0.0, xk1=1.0, Jrelnp=0.0, Jrelp=0.0)
    return np.array([y[n] for n in NAMES])


def celltype_scales(cell):
    """Multipliers of the endocardial values for epi- and mid-myocardial cells (Text S1)."""
    s = dict(GNaL=1.0, Gto=0.02, PCa=1.0, GKr=1.0, GKs=1.0, GK1=1.0, Gncx=1.0, Pnak=1.0, GKb=1.0,
             cmdn=1.0, up=1.0, rel=1.0, epi=False)
    if cell == "epi":
        s.update(GNaL=0.6, Gto=0.08, PCa=1.2, GKr=1.3, GKs=1.4, GK1=1.2, Gncx=1.1, Pnak=0.9, GKb=0.6,
                 cmdn=1.3, up=1.3, epi=True)
    elif cell == "mid":
        s.update(Gto=0.08, PCa=2.5, GKr=0.8, GK1=1.3, Gncx=1.4, Pnak=0.7, rel=1.7)
    return s


def ghk(z, v, ci, co):
    """z^2 F^2 V / (R T) (ci e^(zVF/RT) - co) / (e^(zVF/RT) - 1), by its limit at V = 0."""
    x = z * v * FRT
    if abs(x) < 1e-7:
        return z * F * (ci - co) * (1.0 - x / 2.0) + z * F * ci * x
    e = math.exp(x)
    return z * z * v * F * FRT * (ci * e - co) / (e - 1.0)


def naca(na, ca, v):
    kna1, kna2, kna3, kasymm = 15.0, 5.0, 88.12, 12.5
    wna, wca, wnaca, kcaon, kcaoff = 6.0e4, 6.0e4, 5.0e3, 1.5e6, 5.0e3
    hca = math.exp(0.1670 * v * FRT)
    hna = math.exp(0.5224 * v * FRT)
    h1 = 1 + na / kna3 * (1 + hna)
    h2 = (na * hna) / (kna3 * h1)
    h3 = 1.0 / h1
    h4 = 1.0 + na / kna1 * (1 + na / kna2)
    h5 = na * na / (h4 * kna1 * kna2)
    h6 = 1.0 / h4
    h7 = 1.0 + NAO / kna3 * (1.0 + 1.0 / hna)
    h8 = NAO / (kna3 * hna * h7)
    h9 = 1.0 / h7
    h10 = kasymm + 1.0 + NAO / kna1 * (1.0 + NAO / kna2)
    h11 = NAO * NAO / (h10 * kna1 * kna2)
    h12 = 1.0 / h10
    k1 = h12 * CAO * kcaon
    k2 = kcaoff
    k3p, k3pp = h9 * wca, h8 * wnaca
    k3 = k3p + k3pp
    k4p, k4pp = h3 * wca / hca, h2 * wnaca
    k4 = k4p + k4pp
    k5 = kcaoff
    k6 = h6 * ca * kcaon
    k7 = h5 * h2 * wna
    k8 = h8 * h11 * wna
    x1 = k2 * k4 * (k7 + k6) + k5 * k7 * (k2 + k3)
    x2 = k1 * k7 * (k4 + k5) + k4 * k6 * (k1 + k8)
    x3 = k1 * k3 * (k7 + k6) + k8 * k6 * (k2 + k3)
    x4 = k2 * k8 * (k4 + k5) + k3 * k5 * (k1 + k8)
    s = x1 + x2 + x3 + x4
    E1, E2, E3, E4 = x1 / s, x2 / s, x3 / s, x4 / s
    allo = 1.0 / (1.0 + (150.0e-6 / ca) ** 2)
    JncxNa = 3.0 * (E4 * k7 - E1 * k8) + E3 * k4pp - E2 * k3pp
    JncxCa = E2 * k2 - E1 * k1
    return allo * (JncxNa + 2.0 * JncxCa)


def nak(v, nai, ki):
    k1p, k1m, k2p, k2m, k3p, k3m, k4p, k4m = 949.5, 182.4, 687.2, 39.4, 1899.0, 79300.0, 639.0, 40.0
    Knai = 9.073 * math.exp(-0.1550 * v * FRT / 3.0)
    Knao = 27.78 * math.exp((1.0 + 0.1550) * v * FRT / 3.0)
    Kki, Kko, MgADP, MgATP, Kmgatp, H = 0.5, 0.3582, 0.05, 9.8, 1.698e-7, 1.0e-7
    P = 4.2 / (1.0 + H / 1.698e-7 + nai / 224.0 + ki / 292.0)
    dn = (1.0 + nai / Knai) ** 3 + (1.0 + ki / Kki) ** 2 - 1.0
    do = (1.0 + NAO / Knao) ** 3 + (1.0 + KO / Kko) ** 2 - 1.0
    a1 = k1p * (nai / Knai) ** 3 / dn
    b1 = k1m * MgADP
    a2 = k2p
    b2 = k2m * (NAO / Knao) ** 3 / do
    a3 = k3p * (KO / Kko) ** 2 / do
    b3 = k3m * P * H / (1.0 + MgATP / Kmgatp)
    a4 = k4p * MgATP / Kmgatp / (1.0 + MgATP / Kmgatp)
    b4 = k4m * (ki / Kki) ** 2 / dn
    x1 = a4 * a1 * a2 + b2 * b4 * b3 + a2 * b4 * b3 + b3 * a1 * a2
    x2 = b2 * b1 * b4 + a1 * a2 * a3 + a3 * b1 * b4 + a2 * a3 * b4
    x3 = a2 * a3 * a4 + b3 * b2 * b1 + b2 * b1 * a4 + a3 * a4 * b1
    x4 = b4 * b3 * b2 + a3 * a4 * a1 + b2 * a4 * a1 + b3 * b2 * a1
    s = x1 + x2 + x3 + x4
    E1, E2, E3, E4 = x1 / s, x2 / s, x3 / s, x4 / s
    return 3.0 * (E1 * a3 - E2 * b3) + 2.0 * (E4 * b1 - E3 * a1)


def make_rhs(cell, stim_amplitude=-80.0, stim_duration=0.5):
    s = celltype_scales(cell)
    GNa, GNaL = 75.0, 0.0075 * s["GNaL"]
    Gto, PCa = s["Gto"], 0.0001 * s["PCa"]
    GKr, GKs, GK1 = 0.046 * s["GKr"], 0.0034 * s["GKs"], 0.1908 * s["GK1"]
    Gncx, Pnak, GKb = 0.0008 * s["Gncx"], 30.0 * s["Pnak"], 0.003 * s["GKb"]
    cmdnmax, upf, relf, epi = 0.05 * s["cmdn"], s["up"], s["rel"], s["epi"]

    def rhs(t, y, stim):
        (v, nai, nass, ki, kss, cai, cass, cansr, cajsr, CaMKt, m, hf, hs, j, hsp, jp, mL, hL, hLp, a, iF, iS,
         ap, iFp, iSp, d, ff, fs, fcaf, fcas, jca, nca, ffp, fcafp, xrf, xrs, xs1, xs2, xk1, Jrelnp, Jrelp) = y
        dy = np.empty(41)
        CaMKb = 0.05 * (1.0 - CaMKt) / (1.0 + 0.0015 / cass)
        CaMKa = CaMKb + CaMKt
        dy[9] = 0.05 * CaMKb * CaMKa - 0.00068 * CaMKt
        fc = 1.0 / (1.0 + 0.15 / CaMKa)
        ENa = RTF * math.log(NAO / nai)
        EK = RTF * math.log(KO / ki)
        EKs = RTF * math.log((KO + 0.01833 * NAO) / (ki + 0.01833 * nai))
        # INa
        mss = 1.0 / (1.0 + ex(-(v + 39.57) / 9.871))
        tm = 1.0 / (6.765 * ex((v + 11.64) / 34.77) + 8.552 * ex(-(v + 77.42) / 5.955))
        hss = 1.0 / (1.0 + ex((v + 82.90) / 6.086))
        thf = 1.0 / (1.432e-5 * ex(-(v + 1.196) / 6.285) + 6.149 * ex((v + 0.5096) / 20.27))
        ths = 1.0 / (0.009794 * ex(-(v + 17.95) / 28.05) + 0.3343 * ex((v + 5.730) / 56.66))
        tj = 2.038 + 1.0 / (0.02136 * ex(-(v + 100.6) / 8.281) + 0.3052 * ex((v + 0.9941) / 38.45))
        hssp = 1.0 / (1.0 + ex((v + 89.1) / 6.086))
        dy[10] = (mss - m) / tm
        dy[11] = (hss - hf) / thf
        dy[12] = (hss - hs) / ths
        dy[13] = (hss - j) / tj
        dy[14] = (hssp - hsp) / (3.0 * ths)
        dy[15] = (hss - jp) / (1.46 * tj)
        h = 0.99 * hf + 0.01 * hs
        hp = 0.99 * hf + 0.01 * hsp
        INa = GNa * (v - ENa) * m ** 3 * ((1.0 - fc) * h * j + fc * hp * jp)
        # INaL
        dy[16] = (1.0 / (1.0 + ex(-(v + 42.85) / 5.264)) - mL) / tm
        dy[17] = (1.0 / (1.0 + ex((v + 87.61) / 7.488)) - hL) / 200.0
        dy[18] = (1.0 / (1.0 + ex((v + 93.81) / 7.488)) - hLp) / 600.0
        INaL = GNaL * (v - ENa) * mL * ((1.0 - fc) * hL + fc * hLp)
        # Ito
        ass = 1.0 / (1.0 + ex(-(v - 14.34) / 14.82))
        ta = 1.0515 / (1.0 / (1.2089 * (1.0 + ex(-(v - 18.4099) / 29.3814))) + 3.5 / (1.0 + ex((v + 100.0) / 29.3814)))
        dy[19] = (ass - a) / ta
        iss = 1.0 / (1.0 + ex((v + 43.94) / 5.711))
        de = 1.0 - 0.95 / (1.0 + ex((v + 70.0) / 5.0)) if epi else 1.0
        tiF = (4.562 + 1 / (0.3933 * ex(-(v + 100.0) / 100.0) + 0.08004 * ex((v + 50.0) / 16.59))) * de
        tiS = (23.62 + 1 / (0.001416 * ex(-(v + 96.52) / 59.05) + 1.780e-8 * ex((v + 114.1) / 8.079))) * de
        AiF = 1.0 / (1.0 + ex((v - 213.6) / 151.2))
        AiS = 1.0 - AiF
        dy[20] = (iss - iF) / tiF
        dy[21] = (iss - iS) / tiS
        i = AiF * iF + AiS * iS
        assp = 1.0 / (1.0 + ex(-(v - 24.34) / 14.82))
        dy[22] = (assp - ap) / ta
        dti_develop = 1.354 + 1.0e-4 / (ex((v - 167.4) / 15.89) + ex(-(v - 12.23) / 0.2154))
        dti_recover = 1.0 - 0.5 / (1.0 + ex((v + 70.0) / 20.0))
        dy[23] = (iss - iFp) / (dti_develop * dti_recover * tiF)
        dy[24] = (iss - iSp) / (dti_develop * dti_recover * tiS)
        ip = AiF * iFp + AiS * iSp
        Ito = Gto * (v - EK) * ((1.0 - fc) * a * i + fc * ap * ip)
        # ICaL
        dss = 1.0 / (1.0 + ex(-(v + 3.940) / 4.230))
        td = 0.6 + 1.0 / (ex(-0.05 * (v + 6.0)) + ex(0.09 * (v + 14.0)))
        dy[25] = (dss - d) / td
        fss = 1.0 / (1.0 + ex((v + 19.58) / 3.696))
        tff = 7.0 + 1.0 / (0.0045 * ex(-(v + 20.0) / 10.0) + 0.0045 * ex((v + 20.0) / 10.0))
        tfs = 1000.0 + 1.0 / (0.000035 * ex(-(v + 5.0) / 4.0) + 0.000035 * ex((v + 5.0) / 6.0))
        dy[26] = (fss - ff) / tff
        dy[27] = (fss - fs) / tfs
        f = 0.6 * ff + 0.4 * fs
        tfcaf = 7.0 + 1.0 / (0.04 * ex(-(v - 4.0) / 7.0) + 0.04 * ex((v - 4.0) / 7.0))
        tfcas = 100.0 + 1.0 / (0.00012 * ex(-v / 3.0) + 0.00012 * ex(v / 7.0))
        Afcaf = 0.3 + 0.6 / (1.0 + ex((v - 10.0) / 10.0))
        dy[28] = (fss - fcaf) / tfcaf
        dy[29] = (fss - fcas) / tfcas
        fca = Afcaf * fcaf + (1.0 - Afcaf) * fcas
        dy[30] = (fss - jca) / 75.0
        dy[32] = (fss - ffp) / (2.5 * tff)
        fp = 0.6 * ffp + 0.4 * fs
        dy[33] = (fss - fcafp) / (2.5 * tfcaf)
        fcap = Afcaf * fcafp + (1.0 - Afcaf) * fcas
        km2n = jca * 1.0
        anca = 1.0 / (1000.0 / km2n + (1.0 + 0.002 / cass) ** 4)
        dy[31] = anca * 1000.0 - nca * km2n
        PhiCaL = ghk(2, v, cass, 0.341 * CAO)
        PhiCaNa = ghk(1, v, 0.75 * nass, 0.75 * NAO)
        PhiCaK = ghk(1, v, 0.75 * kss, 0.75 * KO)
        PCap = 1.1 * PCa
        g = d * (f * (1.0 - nca) + jca * fca * nca)
        gp = d * (fp * (1.0 - nca) + jca * fcap * nca)
        ICaL = (1.0 - fc) * PCa * PhiCaL * g + fc * PCap * PhiCaL * gp
        ICaNa = (1.0 - fc) * 0.00125 * PCa * PhiCaNa * g + fc * 0.00125 * PCap * PhiCaNa * gp
        ICaK = (1.0 - fc) * 3.574e-4 * PCa * PhiCaK * g + fc * 3.574e-4 * PCap * PhiCaK * gp
        # IKr
        xrss = 1.0 / (1.0 + ex(-(v + 8.337) / 6.789))
        txrf = 12.98 + 1.0 / (0.3652 * ex((v - 31.66) / 3.869) + 4.123e-5 * ex(-(v - 47.78) / 20.38))
        txrs = 1.865 + 1.0 / (0.06629 * ex((v - 34.70) / 7.355) + 1.128e-5 * ex(-(v - 29.74) / 25.94))
        Axrf = 1.0 / (1.0 + ex((v + 54.81) / 38.21))
        dy[34] = (xrss - xrf) / txrf
        dy[35] = (xrss - xrs) / txrs
        xr = Axrf * xrf + (1.0 - Axrf) * xrs
        rkr = 1.0 / (1.0 + ex((v + 55.0) / 75.0)) * 1.0 / (1.0 + ex((v - 10.0) / 30.0))
        IKr = GKr * math.sqrt(KO / 5.4) * xr * rkr * (v - EK)
        # IKs
        xs1ss = 1.0 / (1.0 + ex(-(v + 11.60) / 8.932))
        txs1 = 817.3 + 1.0 / (2.326e-4 * ex((v + 48.28) / 17.80) + 0.001292 * ex(-(v + 210.0) / 230.0))
        txs2 = 1.0 / (0.01 * ex((v - 50.0) / 20.0) + 0.0193 * ex(-(v + 66.54) / 31.0))
        dy[36] = (xs1ss - xs1) / txs1
        dy[37] = (xs1ss - xs2) / txs2
        KsCa = 1.0 + 0.6 / (1.0 + (3.8e-5 / cai) ** 1.4)
        IKs = GKs * KsCa * xs1 * xs2 * (v - EKs)
        # IK1
        xk1ss = 1.0 / (1.0 + ex(-(v + 2.5538 * KO + 144.59) / (1.5692 * KO + 3.8115)))
        txk1 = 122.2 / (ex(-(v + 127.2) / 20.36) + ex((v + 236.8) / 69.33))
        dy[38] = (xk1ss - xk1) / txk1
        rk1 = 1.0 / (1.0 + ex((v + 105.8 - 2.6 * KO) / 9.493))
        IK1 = GK1 * math.sqrt(KO) * rk1 * xk1 * (v - EK)
        INaCa_i = 0.8 * Gncx * naca(nai, cai, v)
        INaCa_ss = 0.2 * Gncx * naca(nass, cass, v)
        INaK = Pnak * nak(v, nai, ki)
        IKb = GKb * (v - EK) / (1.0 + ex(-(v - 14.48) / 18.34))
        INab = 3.75e-10 * ghk(1, v, nai, NAO)
        ICab = 2.5e-8 * ghk(2, v, cai, 0.341 * CAO)
        IpCa = 0.0005 * cai / (0.0005 + cai)
        # SR fluxes
        bt = 4.75
        Jrel_inf = relf * 0.5 * bt * (-ICaL) / (1.0 + (1.5 / cajsr) ** 8)
        tau_rel = max(0.001, bt / (1.0 + 0.0123 / cajsr))
        dy[39] = (Jrel_inf - Jrelnp) / tau_rel
        btp = 1.25 * bt
        Jrel_infp = relf * 0.5 * btp * (-ICaL) / (1.0 + (1.5 / cajsr) ** 8)
        tau_relp = max(0.001, btp / (1.0 + 0.0123 / cajsr))
        dy[40] = (Jrel_infp - Jrelp) / tau_relp
        Jrel = (1.0 - fc) * Jrelnp + fc * Jrelp
        Jupnp = upf * 0.004375 * cai / (cai + 0.00092)
        Jupp = upf * 2.75 * 0.004375 * cai / (cai + 0.00092 - 0.00017)
        Jleak = 0.0039375 * cansr / 15.0
        Jup = (1.0 - fc) * Jupnp + fc * Jupp - Jleak
        Jtr = (cansr - cajsr) / 100.0
        JdiffNa = (nass - nai) / 2.0
        JdiffK = (kss - ki) / 2.0
        Jdiff = (cass - cai) / 0.2
        Istim = stim_amplitude if stim else 0.0
        dy[0] = -(INa + INaL + Ito + ICaL + ICaNa + ICaK + IKr + IKs + IK1 + INaCa_i + INaCa_ss + INaK + INab
                  + IKb + IpCa + ICab + Istim)
        dy[1] = -(INa + INaL + 3.0 * INaCa_i + 3.0 * INaK + INab) * ACAP / (F * VMYO) + JdiffNa * VSS / VMYO
        dy[2] = -(ICaNa + 3.0 * INaCa_ss) * ACAP / (F * VSS) - JdiffNa
        dy[3] = -(Ito + IKr + IKs + IK1 + IKb + Istim - 2.0 * INaK) * ACAP / (F * VMYO) + JdiffK * VSS / VMYO
        dy[4] = -ICaK * ACAP / (F * VSS) - JdiffK
        Bcai = 1.0 / (1.0 + cmdnmax * 0.00238 / (0.00238 + cai) ** 2 + 0.07 * 0.0005 / (0.0005 + cai) ** 2)
        dy[5] = Bcai * (-(IpCa + ICab - 2.0 * INaCa_i) * ACAP / (2.0 * F * VMYO) - Jup * VNSR / VMYO
                        + Jdiff * VSS / VMYO)
        Bcass = 1.0 / (1.0 + 0.047 * 0.00087 / (0.00087 + cass) ** 2 + 1.124 * 0.0087 / (0.0087 + cass) ** 2)
        dy[6] = Bcass * (-(ICaL - 2.0 * INaCa_ss) * ACAP / (2.0 * F * VSS) + Jrel * VJSR / VSS - Jdiff)
        dy[7] = Jup - Jtr * VJSR / VNSR
        Bcajsr = 1.0 / (1.0 + 10.0 * 0.8 / (0.8 + cajsr) ** 2)
        dy[8] = Bcajsr * (Jtr - Jrel)
        return dy

    return rhs


def beat(rhs, y, bcl, method, rtol, atol, dense=False):
    """One beat: the stimulus segment, then the rest, each a solve_ivp call (the RHS jumps between)."""
    sols = []
    for (t0, t1, stim) in ((0.0, 0.5, True), (0.5, bcl, False)):
        sol = solve_ivp(lambda t, u: rhs(t, u, stim), (t0, t1), y, method=method, rtol=rtol, atol=atol,
                        dense_output=dense, first_step=1e-3 if stim else None)
        if not sol.success:
            raise RuntimeError(sol.message)
        y = sol.y[:, -1].copy()
        sols.append(sol)
    return y, sols


def biomarkers(t, v):
    """APD40/50/90 from the largest upstroke slope, as the Java service measures them."""
    dvdt = np.gradient(v, t)
    up = int(np.argmax(dvdt))
    peak_i = int(np.argmax(v))
    rest, peak = v[0], v[peak_i]
    out = {"Vpeak": peak, "RMP": rest, "dVdtmax": float(dvdt[up])}
    for x in (40, 50, 90):
        level = peak - x / 100.0 * (peak - rest)
        k = peak_i + int(np.argmax(v[peak_i:] <= level))
        w = (v[k - 1] - level) / (v[k - 1] - v[k])
        out["APD%d" % x] = t[k - 1] + w * (t[k] - t[k - 1]) - t[up]
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cell", default="endo", choices=["endo", "epi", "mid"])
    p.add_argument("--beats", type=int, default=1000)
    p.add_argument("--bcl", type=float, default=1000.0)
    p.add_argument("--method", default="BDF", choices=["BDF", "LSODA", "Radau"])
    p.add_argument("--rtol", type=float, default=1e-7)
    p.add_argument("--atol", type=float, default=1e-9)
    p.add_argument("--out", help="CSV of the last beat's potential every 0.1 ms")
    p.add_argument("--from-state", help="start from this state (one line, 41 numbers) instead of the published one")
    p.add_argument("--prepaced", type=int, default=0, help="beats the --from-state state was paced (for the header)")
    p.add_argument("--time", action="store_true", help="print model-beats per second and nothing else")
    a = p.parse_args()
    rhs = make_rhs(a.cell)
    y = initial()
    if a.from_state:
        y = np.array([float(x) for x in open(a.from_state).read().split()])
        if y.shape != (41,):
            sys.exit("--from-state needs 41 numbers")
    start = time.perf_counter()
    for n in range(a.beats):
        last = n == a.beats - 1
        y, sols = beat(rhs, y, a.bcl, a.method, a.rtol, a.atol, dense=last and a.out is not None)
        if not a.time and (n + 1) % 50 == 0:
            print("beat %d of %d, %.0f s" % (n + 1, a.beats, time.perf_counter() - start), file=sys.stderr)
    elapsed = time.perf_counter() - start
    if a.time:
        print("%s %.3f model-beats/s" % (a.method, a.beats / elapsed))
        return
    if a.out:
        t = np.concatenate([np.arange(0.0, 0.5, 0.001), np.arange(0.5, a.bcl + 1e-9, 0.1)])
        v = np.array([sols[0].sol(x)[0] if x < 0.5 else sols[1].sol(x)[0] for x in t])
        cai = np.array([sols[0].sol(x)[5] if x < 0.5 else sols[1].sol(x)[5] for x in t])
        b = biomarkers(t, v)
        with open(a.out, "w") as f:
            origin = ("the published initial state" if not a.from_state else
                      "the state after %d beats (%s)" % (a.prepaced, a.from_state))
            f.write("# ORd 2011 %s, %d beats at %g ms from %s, SciPy %s rtol %g atol %g\n"
                    % (a.cell, a.beats, a.bcl, origin, a.method, a.rtol, a.atol))
            for k in ("APD40", "APD50", "APD90", "Vpeak", "RMP", "dVdtmax"):
                f.write("# %s=%.6f\n" % (k, b[k]))
            f.write("# state=" + " ".join("%.17g" % x for x in y) + "\n")
            f.write("t,V,cai\n")
            for ti, vi, ci in zip(t, v, cai):
                f.write("%.3f,%.6f,%.9g\n" % (ti, vi, ci))
        print(a.cell, {k: round(float(x), 3) for k, x in b.items()}, "%.0f s" % elapsed)


if __name__ == "__main__":
    main()
