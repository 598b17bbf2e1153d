/*
 * The ORd 2011 model (O'Hara et al., PLoS Comput Biol 7(5): e1002061, 2011) integrated by
 * SUNDIALS CVODE (BDF, Newton, dense Jacobian by finite differences): the anchor of the cardiac
 * benchmark, the solver Virtual Assay's peers (Myokit, Chaste) use. Written for Vitruvian from
 * the published equations, like ord_reference.py; every state is an ODE.
 *
 *   ord_cvode [cell 0|1|2] [beats] [rtol] [atol] [state-file]
 * paces `beats` beats at 1 Hz from the published initial state and prints model-beats per
 * second and the last beat's APD90 (from the largest upstroke slope to 90 % repolarisation,
 * sampled every 0.05 ms through CVODE's dense output); with a state file, writes the final
 * state there (one line, space-separated, the order of ord_reference.py).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <cvode/cvode.h>
#include <nvector/nvector_serial.h>
#include <sundials/sundials_types.h>
#include <sunlinsol/sunlinsol_dense.h>
#include <sunmatrix/sunmatrix_dense.h>

#define NS 41
static const double R = 8314.0, T = 310.0, F = 96485.0, NAO = 140.0, CAO = 1.8, KO = 5.4;
static int celltype = 0; /* 0 endo, 1 epi, 2 mid */

static double ghk(double z, double v, double ci, double co) {
    double x = z * v * F / (R * T);
    if (fabs(x) < 1e-7) return z * F * (ci - co);
    double e = exp(x);
    return z * F * (ci * e - co) * x / (e - 1.0);
}

static double naca(double na, double ca, double v) {
    const double kna1 = 15.0, kna2 = 5.0, kna3 = 88.12, kasymm = 12.5, wna = 6.0e4, wca = 6.0e4, wnaca = 5.0e3,
                 kcaon = 1.5e6, kcaoff = 5.0e3;
    double frt = F / (R * T);
    double hca = exp(0.1670 * v * frt), hna = exp(0.5224 * v * frt);
    double h1 = 1 + na / kna3 * (1 + hna), h2 = na * hna / (kna3 * h1), h3 = 1.0 / h1;
    double h4 = 1.0 + na / kna1 * (1 + na / kna2), h5 = na * na / (h4 * kna1 * kna2), h6 = 1.0 / h4;
    double h7 = 1.0 + NAO / kna3 * (1.0 + 1.0 / hna), h8 = NAO / (kna3 * hna * h7), h9 = 1.0 / h7;
    double h10 = kasymm + 1.0 + NAO / kna1 * (1.0 + NAO / kna2), h11 = NAO * NAO / (h10 * kna1 * kna2), h12 = 1.0 / h10;
    double k1 = h12 * CAO * kcaon, k2 = kcaoff, k3p = h9 * wca, k3pp = h8 * wnaca, k3 = k3p + k3pp;
    double k4p = h3 * wca / hca, k4pp = h2 * wnaca, k4 = k4p + k4pp, k5 = kcaoff, k6 = h6 * ca * kcaon;
    double k7 = h5 * h2 * wna, k8 = h8 * h11 * wna;
    double x1 = k2 * k4 * (k7 + k6) + k5 * k7 * (k2 + k3), x2 = k1 * k7 * (k4 + k5) + k4 * k6 * (k1 + k8);
    double x3 = k1 * k3 * (k7 + k6) + k8 * k6 * (k2 + k3), x4 = k2 * k8 * (k4 + k5) + k3 * k5 * (k1 + k8);
    double s = x1 + x2 + x3 + x4, E1 = x1 / s, E2 = x2 / s, E3 = x3 / s, E4 = x4 / s;
    double allo = 1.0 / (1.0 + pow(150.0e-6 / ca, 2));
    return allo * (3.0 * (E4 * k7 - E1 * k8) + E3 * k4pp - E2 * k3pp + 2.0 * (E2 * k2 - E1 * k1));
}

static double nak(double v, double nai, double ki) {
    const double k1p = 949.5, k1m = 182.4, k2p = 687.2, k2m = 39.4, k3p = 1899.0, k3m = 79300.0, k4p = 639.0, k4m = 40.0;
    double frt = F / (R * T);
    double Knai = 9.073 * exp(-0.1550 * v * frt / 3.0), Knao = 27.78 * exp(1.1550 * v * frt / 3.0);
    const double Kki = 0.5, Kko = 0.3582, MgADP = 0.05, MgATP = 9.8, Kmgatp = 1.698e-7, H = 1.0e-7;
    double P = 4.2 / (1.0 + H / 1.698e-7 + nai / 224.0 + ki / 292.0);
    double dn = pow(1.0 + nai / Knai, 3) + pow(1.0 + ki / Kki, 2) - 1.0;
    double dd = pow(1.0 + NAO / Knao, 3) + pow(1.0 + KO / Kko, 2) - 1.0;
    double a1 = k1p * pow(nai / Knai, 3) / dn, b1 = k1m * MgADP, a2 = k2p, b2 = k2m * pow(NAO / Knao, 3) / dd;
    double a3 = k3p * pow(KO / Kko, 2) / dd, b3 = k3m * P * H / (1.0 + MgATP / Kmgatp);
    double a4 = k4p * MgATP / Kmgatp / (1.0 + MgATP / Kmgatp), b4 = k4m * pow(ki / Kki, 2) / dn;
    double x1 = a4 * a1 * a2 + b2 * b4 * b3 + a2 * b4 * b3 + b3 * a1 * a2;
    double x2 = b2 * b1 * b4 + a1 * a2 * a3 + a3 * b1 * b4 + a2 * a3 * b4;
    double x3 = a2 * a3 * a4 + b3 * b2 * b1 + b2 * b1 * a4 + a3 * a4 * b1;
    double x4 = b4 * b3 * b2 + a3 * a4 * a1 + b2 * a4 * a1 + b3 * b2 * a1;
    double s = x1 + x2 + x3 + x4;
    return 3.0 * (x1 / s * a3 - x2 / s * b3) + 2.0 * (x4 / s * b1 - x3 / s * a1);
}

static int rhs(sunrealtype t, N_Vector yv, N_Vector dyv, void *data) {
    const double *y = N_VGetArrayPointer(yv);
    double *dy = N_VGetArrayPointer(dyv);
    double stim = *(double *)data;
    int epi = celltype == 1, mid = celltype == 2;
    double v = y[0], nai = y[1], nass = y[2], ki = y[3], kss = y[4], cai = y[5], cass = y[6], cansr = y[7],
           cajsr = y[8], CaMKt = y[9];
    double RTF = R * T / F;
    double CaMKb = 0.05 * (1.0 - CaMKt) / (1.0 + 0.0015 / cass), CaMKa = CaMKb + CaMKt;
    dy[9] = 0.05 * CaMKb * CaMKa - 0.00068 * CaMKt;
    double fc = 1.0 / (1.0 + 0.15 / CaMKa);
    double ENa = RTF * log(NAO / nai), EK = RTF * log(KO / ki);
    double EKs = RTF * log((KO + 0.01833 * NAO) / (ki + 0.01833 * nai));
    /* INa */
    double mss = 1.0 / (1.0 + exp(-(v + 39.57) / 9.871));
    double tm = 1.0 / (6.765 * exp((v + 11.64) / 34.77) + 8.552 * exp(-(v + 77.42) / 5.955));
    double hss = 1.0 / (1.0 + exp((v + 82.90) / 6.086));
    double thf = 1.0 / (1.432e-5 * exp(-(v + 1.196) / 6.285) + 6.149 * exp((v + 0.5096) / 20.27));
    double ths = 1.0 / (0.009794 * exp(-(v + 17.95) / 28.05) + 0.3343 * exp((v + 5.730) / 56.66));
    double tj = 2.038 + 1.0 / (0.02136 * exp(-(v + 100.6) / 8.281) + 0.3052 * exp((v + 0.9941) / 38.45));
    double hssp = 1.0 / (1.0 + exp((v + 89.1) / 6.086));
    dy[10] = (mss - y[10]) / tm;
    dy[11] = (hss - y[11]) / thf;
    dy[12] = (hss - y[12]) / ths;
    dy[13] = (hss - y[13]) / tj;
    dy[14] = (hssp - y[14]) / (3.0 * ths);
    dy[15] = (hss - y[15]) / (1.46 * tj);
    double h = 0.99 * y[11] + 0.01 * y[12], hp = 0.99 * y[11] + 0.01 * y[14];
    double INa = 75.0 * (v - ENa) * pow(y[10], 3) * ((1.0 - fc) * h * y[13] + fc * hp * y[15]);
    /* INaL */
    dy[16] = (1.0 / (1.0 + exp(-(v + 42.85) / 5.264)) - y[16]) / tm;
    dy[17] = (1.0 / (1.0 + exp((v + 87.61) / 7.488)) - y[17]) / 200.0;
    dy[18] = (1.0 / (1.0 + exp((v + 93.81) / 7.488)) - y[18]) / 600.0;
    double INaL = 0.0075 * (epi ? 0.6 : 1.0) * (v - ENa) * y[16] * ((1.0 - fc) * y[17] + fc * y[18]);
    /* Ito */
    double ass = 1.0 / (1.0 + exp(-(v - 14.34) / 14.82));
    double ta = 1.0515 / (1.0 / (1.2089 * (1.0 + exp(-(v - 18.4099) / 29.3814))) + 3.5 / (1.0 + exp((v + 100.0) / 29.3814)));
    dy[19] = (ass - y[19]) / ta;
    double iss = 1.0 / (1.0 + exp((v + 43.94) / 5.711));
    double de = epi ? 1.0 - 0.95 / (1.0 + exp((v + 70.0) / 5.0)) : 1.0;
    double tiF = (4.562 + 1 / (0.3933 * exp(-(v + 100.0) / 100.0) + 0.08004 * exp((v + 50.0) / 16.59))) * de;
    double tiS = (23.62 + 1 / (0.001416 * exp(-(v + 96.52) / 59.05) + 1.780e-8 * exp((v + 114.1) / 8.079))) * de;
    double AiF = 1.0 / (1.0 + exp((v - 213.6) / 151.2)), AiS = 1.0 - AiF;
    dy[20] = (iss - y[20]) / tiF;
    dy[21] = (iss - y[21]) / tiS;
    double ii = AiF * y[20] + AiS * y[21];
    double assp = 1.0 / (1.0 + exp(-(v - 24.34) / 14.82));
    dy[22] = (assp - y[22]) / ta;
    double dd = 1.354 + 1.0e-4 / (exp((v - 167.4) / 15.89) + exp(-(v - 12.23) / 0.2154));
    double dr = 1.0 - 0.5 / (1.0 + exp((v + 70.0) / 20.0));
    dy[23] = (iss - y[23]) / (dd * dr * tiF);
    dy[24] = (iss - y[24]) / (dd * dr * tiS);
    double ip = AiF * y[23] + AiS * y[24];
    double Ito = (celltype == 0 ? 0.02 : 0.08) * (v - EK) * ((1.0 - fc) * y[19] * ii + fc * y[22] * ip);
    /* ICaL */
    double dss = 1.0 / (1.0 + exp(-(v + 3.940) / 4.230));
    double td = 0.6 + 1.0 / (exp(-0.05 * (v + 6.0)) + exp(0.09 * (v + 14.0)));
    dy[25] = (dss - y[25]) / td;
    double fss = 1.0 / (1.0 + exp((v + 19.58) / 3.696));
    double tff = 7.0 + 1.0 / (0.0045 * exp(-(v + 20.0) / 10.0) + 0.0045 * exp((v + 20.0) / 10.0));
    double tfs = 1000.0 + 1.0 / (0.000035 * exp(-(v + 5.0) / 4.0) + 0.000035 * exp((v + 5.0) / 6.0));
    dy[26] = (fss - y[26]) / tff;
    dy[27] = (fss - y[27]) / tfs;
    double f = 0.6 * y[26] + 0.4 * y[27];
    double tfcaf = 7.0 + 1.0 / (0.04 * exp(-(v - 4.0) / 7.0) + 0.04 * exp((v - 4.0) / 7.0));
    double tfcas = 100.0 + 1.0 / (0.00012 * exp(-v / 3.0) + 0.00012 * exp(v / 7.0));
    double Afcaf = 0.3 + 0.6 / (1.0 + exp((v - 10.0) / 10.0));
    dy[28] = (fss - y[28]) / tfcaf;
    dy[29] = (fss - y[29]) / tfcas;
    double fca = Afcaf * y[28] + (1.0 - Afcaf) * y[29];
    double jca = y[30];
    dy[30] = (fss - jca) / 75.0;
    dy[32] = (fss - y[32]) / (2.5 * tff);
    double fp = 0.6 * y[32] + 0.4 * y[27];
    dy[33] = (fss - y[33]) / (2.5 * tfcaf);
    double fcap = Afcaf * y[33] + (1.0 - Afcaf) * y[29];
    double anca = 1.0 / (1000.0 / jca + pow(1.0 + 0.002 / cass, 4));
    double nca = y[31];
    dy[31] = anca * 1000.0 - nca * jca;
    double PCa = 0.0001 * (celltype == 0 ? 1.0 : celltype == 1 ? 1.2 : 2.5), PCap = 1.1 * PCa;
    double PhiCaL = ghk(2, v, cass, 0.341 * CAO), PhiCaNa = ghk(1, v, 0.75 * nass, 0.75 * NAO);
    double PhiCaK = ghk(1, v, 0.75 * kss, 0.75 * KO);
    double g = y[25] * (f * (1.0 - nca) + jca * fca * nca), gp = y[25] * (fp * (1.0 - nca) + jca * fcap * nca);
    double ICaL = (1.0 - fc) * PCa * PhiCaL * g + fc * PCap * PhiCaL * gp;
    double ICaNa = (1.0 - fc) * 0.00125 * PCa * PhiCaNa * g + fc * 0.00125 * PCap * PhiCaNa * gp;
    double ICaK = (1.0 - fc) * 3.574e-4 * PCa * PhiCaK * g + fc * 3.574e-4 * PCap * PhiCaK * gp;
    /* IKr */
    double xrss = 1.0 / (1.0 + exp(-(v + 8.337) / 6.789));
    double txrf = 12.98 + 1.0 / (0.3652 * exp((v - 31.66) / 3.869) + 4.123e-5 * exp(-(v - 47.78) / 20.38));
    double txrs = 1.865 + 1.0 / (0.06629 * exp((v - 34.70) / 7.355) + 1.128e-5 * exp(-(v - 29.74) / 25.94));
    double Axrf = 1.0 / (1.0 + exp((v + 54.81) / 38.21));
    dy[34] = (xrss - y[34]) / txrf;
    dy[35] = (xrss - y[35]) / txrs;
    double xr = Axrf * y[34] + (1.0 - Axrf) * y[35];
    double rkr = 1.0 / (1.0 + exp((v + 55.0) / 75.0)) * 1.0 / (1.0 + exp((v - 10.0) / 30.0));
    double IKr = 0.046 * (celltype == 0 ? 1.0 : celltype == 1 ? 1.3 : 0.8) * sqrt(KO / 5.4) * xr * rkr * (v - EK);
    /* IKs */
    double xs1ss = 1.0 / (1.0 + exp(-(v + 11.60) / 8.932));
    double txs1 = 817.3 + 1.0 / (2.326e-4 * exp((v + 48.28) / 17.80) + 0.001292 * exp(-(v + 210.0) / 230.0));
    double txs2 = 1.0 / (0.01 * exp((v - 50.0) / 20.0) + 0.0193 * exp(-(v + 66.54) / 31.0));
    dy[36] = (xs1ss - y[36]) / txs1;
    dy[37] = (xs1ss - y[37]) / txs2;
    double KsCa = 1.0 + 0.6 / (1.0 + pow(3.8e-5 / cai, 1.4));
    double IKs = 0.0034 * (epi ? 1.4 : 1.0) * KsCa * y[36] * y[37] * (v - EKs);
    /* IK1 */
    double xk1ss = 1.0 / (1.0 + exp(-(v + 2.5538 * KO + 144.59) / (1.5692 * KO + 3.8115)));
    double txk1 = 122.2 / (exp(-(v + 127.2) / 20.36) + exp((v + 236.8) / 69.33));
    dy[38] = (xk1ss - y[38]) / txk1;
    double rk1 = 1.0 / (1.0 + exp((v + 105.8 - 2.6 * KO) / 9.493));
    double IK1 = 0.1908 * (celltype == 0 ? 1.0 : celltype == 1 ? 1.2 : 1.3) * sqrt(KO) * rk1 * y[38] * (v - EK);
    double Gncx = 0.0008 * (celltype == 0 ? 1.0 : celltype == 1 ? 1.1 : 1.4);
    double INaCa_i = 0.8 * Gncx * naca(nai, cai, v), INaCa_ss = 0.2 * Gncx * naca(nass, cass, v);
    double INaK = 30.0 * (celltype == 0 ? 1.0 : celltype == 1 ? 0.9 : 0.7) * nak(v, nai, ki);
    double IKb = (epi ? 0.0018 : 0.003) * (v - EK) / (1.0 + exp(-(v - 14.48) / 18.34));
    double INab = 3.75e-10 * ghk(1, v, nai, NAO), ICab = 2.5e-8 * ghk(2, v, cai, 0.341 * CAO);
    double IpCa = 0.0005 * cai / (0.0005 + cai);
    /* SR */
    double bt = 4.75, btp = 1.25 * bt, relf = mid ? 1.7 : 1.0;
    double jsr = 1.0 + pow(1.5 / cajsr, 8);
    double tr = bt / (1.0 + 0.0123 / cajsr), trp = btp / (1.0 + 0.0123 / cajsr);
    dy[39] = (relf * 0.5 * bt * (-ICaL) / jsr - y[39]) / (tr < 0.001 ? 0.001 : tr);
    dy[40] = (relf * 0.5 * btp * (-ICaL) / jsr - y[40]) / (trp < 0.001 ? 0.001 : trp);
    double Jrel = (1.0 - fc) * y[39] + fc * y[40];
    double upf = epi ? 1.3 : 1.0;
    double Jup = (1.0 - fc) * upf * 0.004375 * cai / (cai + 0.00092) + fc * upf * 2.75 * 0.004375 * cai / (cai + 0.00092 - 0.00017)
                 - 0.0039375 * cansr / 15.0;
    double Jtr = (cansr - cajsr) / 100.0;
    double JdiffNa = (nass - nai) / 2.0, JdiffK = (kss - ki) / 2.0, Jdiff = (cass - cai) / 0.2;
    double L = 0.01, rad = 0.0011, vcell = 1000 * 3.14 * rad * rad * L;
    double Acap = 2 * (2 * 3.14 * rad * rad + 2 * 3.14 * rad * L);
    double vmyo = 0.68 * vcell, vnsr = 0.0552 * vcell, vjsr = 0.0048 * vcell, vss = 0.02 * vcell;
    dy[0] = -(INa + INaL + Ito + ICaL + ICaNa + ICaK + IKr + IKs + IK1 + INaCa_i + INaCa_ss + INaK + INab + IKb + IpCa + ICab + stim);
    dy[1] = -(INa + INaL + 3.0 * INaCa_i + 3.0 * INaK + INab) * Acap / (F * vmyo) + JdiffNa * vss / vmyo;
    dy[2] = -(ICaNa + 3.0 * INaCa_ss) * Acap / (F * vss) - JdiffNa;
    dy[3] = -(Ito + IKr + IKs + IK1 + IKb + stim - 2.0 * INaK) * Acap / (F * vmyo) + JdiffK * vss / vmyo;
    dy[4] = -ICaK * Acap / (F * vss) - JdiffK;
    double cmdn = 0.05 * (epi ? 1.3 : 1.0);
    double Bcai = 1.0 / (1.0 + cmdn * 0.00238 / pow(0.00238 + cai, 2) + 0.07 * 0.0005 / pow(0.0005 + cai, 2));
    dy[5] = Bcai * (-(IpCa + ICab - 2.0 * INaCa_i) * Acap / (2.0 * F * vmyo) - Jup * vnsr / vmyo + Jdiff * vss / vmyo);
    double Bcass = 1.0 / (1.0 + 0.047 * 0.00087 / pow(0.00087 + cass, 2) + 1.124 * 0.0087 / pow(0.0087 + cass, 2));
    dy[6] = Bcass * (-(ICaL - 2.0 * INaCa_ss) * Acap / (2.0 * F * vss) + Jrel * vjsr / vss - Jdiff);
    dy[7] = Jup - Jtr * vjsr / vnsr;
    dy[8] = 1.0 / (1.0 + 10.0 * 0.8 / pow(0.8 + cajsr, 2)) * (Jtr - Jrel);
    return 0;
}

int main(int argc, char **argv) {
    celltype = argc > 1 ? atoi(argv[1]) : 0;
    int beats = argc > 2 ? atoi(argv[2]) : 100;
    double rtol = argc > 3 ? atof(argv[3]) : 1e-6, atol = argc > 4 ? atof(argv[4]) : 1e-8;
    SUNContext ctx;
    if (SUNContext_Create(NULL, &ctx)) return 3;
    N_Vector y = N_VNew_Serial(NS, ctx);
    double *u = N_VGetArrayPointer(y);
    for (int i = 0; i < NS; i++) u[i] = 0.0;
    u[0] = -87.0; u[1] = u[2] = 7.0; u[3] = u[4] = 145.0; u[5] = u[6] = 1e-4; u[7] = u[8] = 1.2;
    int ones[] = {11, 12, 13, 14, 15, 17, 18, 20, 21, 23, 24, 26, 27, 28, 29, 30, 32, 33, 38};
    for (unsigned i = 0; i < sizeof ones / sizeof ones[0]; i++) u[ones[i]] = 1.0;
    double stim = 0.0;
    void *cv = CVodeCreate(CV_BDF, ctx);
    CVodeInit(cv, rhs, 0.0, y);
    CVodeSStolerances(cv, rtol, atol);
    CVodeSetUserData(cv, &stim);
    CVodeSetMaxNumSteps(cv, 100000);
    CVodeSetMaxStep(cv, 10.0);
    SUNMatrix A = SUNDenseMatrix(NS, NS, ctx);
    SUNLinearSolver LS = SUNLinSol_Dense(y, A, ctx);
    CVodeSetLinearSolver(cv, LS, A);
    double apd90 = NAN, t = 0.0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int b = 0; b < beats; b++) {
        double start = b * 1000.0;
        double rest = N_VGetArrayPointer(y)[0];
        /* The stimulus switches the right-hand side on and off: restart the method at each switch. */
        stim = -80.0;
        CVodeReInit(cv, start, y);
        CVodeSetStopTime(cv, start + 0.5);
        CVode(cv, start + 0.5, y, &t, CV_NORMAL);
        stim = 0.0;
        CVodeReInit(cv, start + 0.5, y);
        int last = b == beats - 1;
        if (!last) {
            CVodeSetStopTime(cv, start + 1000.0);
            CVode(cv, start + 1000.0, y, &t, CV_NORMAL);
            continue;
        }
        /* The last beat: sample V every 0.05 ms to measure APD90. */
        int n = (int)(999.5 / 0.05) + 1;
        double *vs = malloc(sizeof(double) * (n + 1)), *ts = malloc(sizeof(double) * (n + 1));
        CVodeSetStopTime(cv, start + 1000.0);
        for (int k = 0; k < n; k++) {
            double tout = start + 0.5 + k * 0.05;
            if (k > 0) CVode(cv, tout, y, &t, CV_NORMAL);
            ts[k] = tout - start;
            vs[k] = N_VGetArrayPointer(y)[0];
        }
        int up = 0, pk = 0;
        for (int k = 1; k < n; k++) {
            if (vs[k] - vs[k - 1] > vs[up + 1] - vs[up]) up = k - 1;
            if (vs[k] > vs[pk]) pk = k;
        }
        double level = vs[pk] - 0.9 * (vs[pk] - rest);
        for (int k = pk + 1; k < n; k++) {
            if (vs[k] <= level) {
                double w = (vs[k - 1] - level) / (vs[k - 1] - vs[k]);
                apd90 = ts[k - 1] + w * 0.05 - ts[up];
                break;
            }
        }
        free(vs);
        free(ts);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (argc > 5) {
        FILE *out = fopen(argv[5], "w");
        if (!out) return 3;
        for (int i = 0; i < NS; i++) fprintf(out, "%.17g%c", N_VGetArrayPointer(y)[i], i + 1 < NS ? ' ' : '\n');
        fclose(out);
    }
    double seconds = (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec);
    long nst = 0;
    CVodeGetNumSteps(cv, &nst);
    printf("CVODE %.3f model-beats/s rtol %g atol %g APD90 %.2f ms (%d beats, %.2f s, %ld steps since the last restart)\n",
           beats / seconds, rtol, atol, apd90, beats, seconds, nst);
    N_VDestroy(y);
    CVodeFree(&cv);
    SUNLinSolFree(LS);
    SUNMatDestroy(A);
    SUNContext_Free(&ctx);
    return 0;
}
