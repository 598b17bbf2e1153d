package org.vitruvian.services.cardiac.model;

/**
 * The O'Hara-Rudy dynamic (ORd) model of the undiseased human ventricular myocyte: T. O'Hara,
 * L. Virág, A. Varró, Y. Rudy, "Simulation of the undiseased human cardiac ventricular action
 * potential: model formulation and experimental validation", PLoS Comput Biol 7(5): e1002061
 * (2011), doi:10.1371/journal.pcbi.1002061, equations and parameters of its supplement (Text S1).
 * Written here from those published equations; docs/services/cardiac.md lists them.
 *
 * <p>41 states. The first {@link #FIRST_GATE} (membrane potential, concentrations, CaMKII) are
 * integrated explicitly; the others relax towards a steady state with a time constant,
 * {@code dy/dt = (inf - y) / tau}, so {@link #rates} gives their {@code inf} and {@code tau} and
 * the integrator advances them exactly for frozen voltage (Rush-Larsen). That includes the
 * fraction of ICaL channels in Ca-dependent inactivation mode (nca) and the two release fluxes
 * (Jrel, non-phosphorylated and phosphorylated), whose equations have the same form.
 *
 * <p>Units as in the paper: mV, ms, mM, uA/uF. One instance holds one model's constants (cell
 * type, conductance factors) and no state, so it is safe to share between threads.
 */
public final class OrdModel {

    public static final int V = 0;
    public static final int NAI = 1;
    public static final int NASS = 2;
    public static final int KI = 3;
    public static final int KSS = 4;
    public static final int CAI = 5;
    public static final int CASS = 6;
    public static final int CANSR = 7;
    public static final int CAJSR = 8;
    public static final int CAMKT = 9;
    /** Index of the first gate-like state; all states from here on are of the form (inf - y) / tau. */
    public static final int FIRST_GATE = 10;
    public static final int M = 10;
    public static final int HF = 11;
    public static final int HS = 12;
    public static final int J = 13;
    public static final int HSP = 14;
    public static final int JP = 15;
    public static final int ML = 16;
    public static final int HL = 17;
    public static final int HLP = 18;
    public static final int A = 19;
    public static final int IF = 20;
    public static final int IS = 21;
    public static final int AP = 22;
    public static final int IFP = 23;
    public static final int ISP = 24;
    public static final int D = 25;
    public static final int FF = 26;
    public static final int FS = 27;
    public static final int FCAF = 28;
    public static final int FCAS = 29;
    public static final int JCA = 30;
    public static final int NCA = 31;
    public static final int FFP = 32;
    public static final int FCAFP = 33;
    public static final int XRF = 34;
    public static final int XRS = 35;
    public static final int XS1 = 36;
    public static final int XS2 = 37;
    public static final int XK1 = 38;
    public static final int JRELNP = 39;
    public static final int JRELP = 40;
    public static final int STATES = 41;

    /** State names in index order, as written to files. */
    public static final String[] STATE_NAMES = { "V", "nai", "nass", "ki", "kss", "cai", "cass", "cansr", "cajsr",
            "CaMKt", "m", "hf", "hs", "j", "hsp", "jp", "mL", "hL", "hLp", "a", "iF", "iS", "ap", "iFp", "iSp", "d",
            "ff", "fs", "fcaf", "fcas", "jca", "nca", "ffp", "fcafp", "xrf", "xrs", "xs1", "xs2", "xk1", "Jrelnp",
            "Jrelp" };

    // Physical constants and extracellular concentrations (supplement, section 1).
    static final double R = 8314.0;
    static final double T = 310.0;
    static final double F = 96485.0;
    static final double NAO = 140.0;
    static final double CAO = 1.8;
    static final double KO = 5.4;
    static final double FRT = F / (R * T);
    static final double RTF = R * T / F;

    // Cell geometry: a cylinder 100 um long with an 11 um radius; capacitive area twice the geometric.
    static final double LENGTH = 0.01;
    static final double RADIUS = 0.0011;
    static final double VCELL = 1000 * 3.14 * RADIUS * RADIUS * LENGTH;
    static final double AGEO = 2 * 3.14 * RADIUS * RADIUS + 2 * 3.14 * RADIUS * LENGTH;
    static final double ACAP = 2 * AGEO;
    static final double VMYO = 0.68 * VCELL;
    static final double VNSR = 0.0552 * VCELL;
    static final double VJSR = 0.0048 * VCELL;
    static final double VSS = 0.02 * VCELL;

    /** Stimulus of the published protocol: -80 uA/uF for 0.5 ms. */
    public static final double STIMULUS_AMPLITUDE = -80.0;
    public static final double STIMULUS_DURATION = 0.5;

    private final CellType type;
    private final double[] factors;
    private final boolean epi;
    private final double gNa;
    private final double gNaL;
    private final double gTo;
    private final double pCa;
    private final double gKr;
    private final double gKs;
    private final double gK1;
    private final double gNcx;
    private final double pNaK;
    private final double gKb;
    private final double cmdnMax;
    private final double upScale;
    private final double relScale;

    /** The model of the given cell type with every conductance at its published value. */
    public OrdModel(CellType type) {
        this(type, null);
    }

    /**
     * The model of the given cell type with each channel's maximal conductance multiplied by
     * {@code factors[channel.ordinal()]} (null: all 1). Population variability and drug block are
     * both expressed as such factors.
     */
    public OrdModel(CellType type, double[] factors) {
        this.type = type;
        this.factors = new double[Channel.values().length];
        for (int i = 0; i < this.factors.length; i++) {
            double factor = factors == null ? 1.0 : factors[i];
            if (!(factor >= 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("the factor of " + Channel.values()[i].factorName()
                        + " must be zero or positive, not " + factor);
            }
            this.factors[i] = factor;
        }
        this.epi = type == CellType.EPI;
        double[] f = this.factors;
        gNa = 75.0 * f[Channel.INA.ordinal()];
        gNaL = 0.0075 * (epi ? 0.6 : 1.0) * f[Channel.INAL.ordinal()];
        gTo = (type == CellType.ENDO ? 0.02 : 0.08) * f[Channel.ITO.ordinal()];
        pCa = 0.0001 * switch (type) {
            case ENDO -> 1.0;
            case EPI -> 1.2;
            case MID -> 2.5;
        } * f[Channel.ICAL.ordinal()];
        gKr = 0.046 * switch (type) {
            case ENDO -> 1.0;
            case EPI -> 1.3;
            case MID -> 0.8;
        } * f[Channel.IKR.ordinal()];
        gKs = 0.0034 * (epi ? 1.4 : 1.0) * f[Channel.IKS.ordinal()];
        gK1 = 0.1908 * switch (type) {
            case ENDO -> 1.0;
            case EPI -> 1.2;
            case MID -> 1.3;
        } * f[Channel.IK1.ordinal()];
        gNcx = 0.0008 * switch (type) {
            case ENDO -> 1.0;
            case EPI -> 1.1;
            case MID -> 1.4;
        } * f[Channel.INCX.ordinal()];
        pNaK = 30.0 * switch (type) {
            case ENDO -> 1.0;
            case EPI -> 0.9;
            case MID -> 0.7;
        } * f[Channel.INAK.ordinal()];
        gKb = epi ? 0.003 * 0.6 : 0.003;
        cmdnMax = epi ? 0.05 * 1.3 : 0.05;
        upScale = epi ? 1.3 : 1.0;
        relScale = type == CellType.MID ? 1.7 : 1.0;
    }

    public CellType type() {
        return type;
    }

    /** A copy of the conductance factors, indexed by {@link Channel#ordinal()}. */
    public double[] factors() {
        return factors.clone();
    }

    /** The initial state of the published model (before any pacing). */
    public static double[] initialState() {
        double[] y = new double[STATES];
        y[V] = -87.0;
        y[NAI] = 7.0;
        y[NASS] = 7.0;
        y[KI] = 145.0;
        y[KSS] = 145.0;
        y[CAI] = 1.0e-4;
        y[CASS] = 1.0e-4;
        y[CANSR] = 1.2;
        y[CAJSR] = 1.2;
        y[CAMKT] = 0.0;
        for (int i : new int[] { HF, HS, J, HSP, JP, HL, HLP, IF, IS, IFP, ISP, FF, FS, FCAF, FCAS, JCA, FFP, FCAFP,
                XK1 }) {
            y[i] = 1.0;
        }
        return y;
    }

    /** x / (e^x - 1), continuous through x = 0 where the GHK flux has a removable singularity. */
    static double xOverExpm1(double x) {
        return Math.abs(x) < 1e-9 ? 1.0 - 0.5 * x : x / Math.expm1(x);
    }

    /**
     * The right-hand side at state {@code y} with stimulus current {@code stimulus} (uA/uF):
     * writes {@code dy[i]} for the explicit states {@code i < FIRST_GATE}, and {@code inf[i]},
     * {@code tau[i]} (ms) for the gates. Returns the total ionic current plus stimulus, i.e.
     * {@code -dV/dt}.
     */
    public double rates(double[] y, double stimulus, double[] dy, double[] inf, double[] tau) {
        final double v = y[V];
        final double nai = y[NAI];
        final double nass = y[NASS];
        final double ki = y[KI];
        final double kss = y[KSS];
        final double cai = y[CAI];
        final double cass = y[CASS];
        final double cansr = y[CANSR];
        final double cajsr = y[CAJSR];
        final double camkt = y[CAMKT];

        // CaMKII: bound and autonomous fractions, and the phosphorylated share of each target.
        final double camkb = 0.05 * (1.0 - camkt) / (1.0 + 0.0015 / cass);
        final double camka = camkb + camkt;
        dy[CAMKT] = 0.05 * camkb * camka - 0.00068 * camkt;
        final double fp = 1.0 / (1.0 + 0.15 / camka);

        final double eNa = RTF * Math.log(NAO / nai);
        final double eK = RTF * Math.log(KO / ki);
        final double eKs = RTF * Math.log((KO + 0.01833 * NAO) / (ki + 0.01833 * nai));
        final double vfrt = v * FRT;

        // INa
        final double mss = 1.0 / (1.0 + Math.exp(-(v + 39.57) / 9.871));
        final double tm = 1.0 / (6.765 * Math.exp((v + 11.64) / 34.77) + 8.552 * Math.exp(-(v + 77.42) / 5.955));
        inf[M] = mss;
        tau[M] = tm;
        final double hss = 1.0 / (1.0 + Math.exp((v + 82.90) / 6.086));
        inf[HF] = hss;
        tau[HF] = 1.0 / (1.432e-5 * Math.exp(-(v + 1.196) / 6.285) + 6.149 * Math.exp((v + 0.5096) / 20.27));
        final double ths = 1.0 / (0.009794 * Math.exp(-(v + 17.95) / 28.05) + 0.3343 * Math.exp((v + 5.730) / 56.66));
        inf[HS] = hss;
        tau[HS] = ths;
        final double tj = 2.038 + 1.0 / (0.02136 * Math.exp(-(v + 100.6) / 8.281)
                + 0.3052 * Math.exp((v + 0.9941) / 38.45));
        inf[J] = hss;
        tau[J] = tj;
        inf[HSP] = 1.0 / (1.0 + Math.exp((v + 89.1) / 6.086));
        tau[HSP] = 3.0 * ths;
        inf[JP] = hss;
        tau[JP] = 1.46 * tj;
        final double m = y[M];
        final double h = 0.99 * y[HF] + 0.01 * y[HS];
        final double hp = 0.99 * y[HF] + 0.01 * y[HSP];
        final double iNa = gNa * (v - eNa) * m * m * m * ((1.0 - fp) * h * y[J] + fp * hp * y[JP]);

        // INaL
        inf[ML] = 1.0 / (1.0 + Math.exp(-(v + 42.85) / 5.264));
        tau[ML] = tm;
        inf[HL] = 1.0 / (1.0 + Math.exp((v + 87.61) / 7.488));
        tau[HL] = 200.0;
        inf[HLP] = 1.0 / (1.0 + Math.exp((v + 93.81) / 7.488));
        tau[HLP] = 600.0;
        final double iNaL = gNaL * (v - eNa) * y[ML] * ((1.0 - fp) * y[HL] + fp * y[HLP]);

        // Ito
        final double ta = 1.0515 / (1.0 / (1.2089 * (1.0 + Math.exp(-(v - 18.4099) / 29.3814)))
                + 3.5 / (1.0 + Math.exp((v + 100.0) / 29.3814)));
        inf[A] = 1.0 / (1.0 + Math.exp(-(v - 14.34) / 14.82));
        tau[A] = ta;
        final double iss = 1.0 / (1.0 + Math.exp((v + 43.94) / 5.711));
        final double deltaEpi = epi ? 1.0 - 0.95 / (1.0 + Math.exp((v + 70.0) / 5.0)) : 1.0;
        final double tiF = (4.562 + 1.0 / (0.3933 * Math.exp(-(v + 100.0) / 100.0)
                + 0.08004 * Math.exp((v + 50.0) / 16.59))) * deltaEpi;
        final double tiS = (23.62 + 1.0 / (0.001416 * Math.exp(-(v + 96.52) / 59.05)
                + 1.780e-8 * Math.exp((v + 114.1) / 8.079))) * deltaEpi;
        inf[IF] = iss;
        tau[IF] = tiF;
        inf[IS] = iss;
        tau[IS] = tiS;
        final double aiF = 1.0 / (1.0 + Math.exp((v - 213.6) / 151.2));
        final double aiS = 1.0 - aiF;
        inf[AP] = 1.0 / (1.0 + Math.exp(-(v - 24.34) / 14.82));
        tau[AP] = ta;
        final double dtiDevelop = 1.354 + 1.0e-4 / (Math.exp((v - 167.4) / 15.89) + Math.exp(-(v - 12.23) / 0.2154));
        final double dtiRecover = 1.0 - 0.5 / (1.0 + Math.exp((v + 70.0) / 20.0));
        inf[IFP] = iss;
        tau[IFP] = dtiDevelop * dtiRecover * tiF;
        inf[ISP] = iss;
        tau[ISP] = dtiDevelop * dtiRecover * tiS;
        final double i = aiF * y[IF] + aiS * y[IS];
        final double ip = aiF * y[IFP] + aiS * y[ISP];
        final double iTo = gTo * (v - eK) * ((1.0 - fp) * y[A] * i + fp * y[AP] * ip);

        // ICaL, ICaNa, ICaK
        inf[D] = 1.0 / (1.0 + Math.exp(-(v + 3.940) / 4.230));
        tau[D] = 0.6 + 1.0 / (Math.exp(-0.05 * (v + 6.0)) + Math.exp(0.09 * (v + 14.0)));
        final double fss = 1.0 / (1.0 + Math.exp((v + 19.58) / 3.696));
        final double tff = 7.0 + 1.0 / (0.0045 * Math.exp(-(v + 20.0) / 10.0) + 0.0045 * Math.exp((v + 20.0) / 10.0));
        inf[FF] = fss;
        tau[FF] = tff;
        inf[FS] = fss;
        tau[FS] = 1000.0 + 1.0 / (0.000035 * Math.exp(-(v + 5.0) / 4.0) + 0.000035 * Math.exp((v + 5.0) / 6.0));
        final double tfcaf = 7.0 + 1.0 / (0.04 * Math.exp(-(v - 4.0) / 7.0) + 0.04 * Math.exp((v - 4.0) / 7.0));
        inf[FCAF] = fss;
        tau[FCAF] = tfcaf;
        inf[FCAS] = fss;
        tau[FCAS] = 100.0 + 1.0 / (0.00012 * Math.exp(-v / 3.0) + 0.00012 * Math.exp(v / 7.0));
        inf[JCA] = fss;
        tau[JCA] = 75.0;
        inf[FFP] = fss;
        tau[FFP] = 2.5 * tff;
        inf[FCAFP] = fss;
        tau[FCAFP] = 2.5 * tfcaf;
        // dnca/dt = anca k2n - nca km2n with km2n = jca: a relaxation towards anca k2n / jca.
        final double jca = y[JCA];
        final double km2n = Math.max(jca, 1e-12);
        final double kmnRatio = 1.0 + 0.002 / cass;
        final double kmn4 = kmnRatio * kmnRatio * kmnRatio * kmnRatio;
        final double anca = 1.0 / (1000.0 / km2n + kmn4);
        inf[NCA] = anca * 1000.0 / km2n;
        tau[NCA] = 1.0 / km2n;
        final double afcaf = 0.3 + 0.6 / (1.0 + Math.exp((v - 10.0) / 10.0));
        final double afcas = 1.0 - afcaf;
        final double f = 0.6 * y[FF] + 0.4 * y[FS];
        final double fca = afcaf * y[FCAF] + afcas * y[FCAS];
        final double fpp = 0.6 * y[FFP] + 0.4 * y[FS];
        final double fcap = afcaf * y[FCAFP] + afcas * y[FCAS];
        final double nca = y[NCA];
        final double e2 = Math.exp(2.0 * vfrt);
        final double e1 = Math.exp(vfrt);
        final double phiCaL = 2.0 * F * (cass * e2 - 0.341 * CAO) * xOverExpm1(2.0 * vfrt);
        final double phiCaNa = F * (0.75 * nass * e1 - 0.75 * NAO) * xOverExpm1(vfrt);
        final double phiCaK = F * (0.75 * kss * e1 - 0.75 * KO) * xOverExpm1(vfrt);
        final double d = y[D];
        final double g = d * (f * (1.0 - nca) + jca * fca * nca);
        final double gp = d * (fpp * (1.0 - nca) + jca * fcap * nca);
        final double open = (1.0 - fp) * g + fp * 1.1 * gp;
        final double iCaL = pCa * phiCaL * open;
        final double iCaNa = 0.00125 * pCa * phiCaNa * open;
        final double iCaK = 3.574e-4 * pCa * phiCaK * open;

        // IKr
        inf[XRF] = 1.0 / (1.0 + Math.exp(-(v + 8.337) / 6.789));
        tau[XRF] = 12.98 + 1.0 / (0.3652 * Math.exp((v - 31.66) / 3.869) + 4.123e-5 * Math.exp(-(v - 47.78) / 20.38));
        inf[XRS] = inf[XRF];
        tau[XRS] = 1.865 + 1.0 / (0.06629 * Math.exp((v - 34.70) / 7.355) + 1.128e-5 * Math.exp(-(v - 29.74) / 25.94));
        final double axrf = 1.0 / (1.0 + Math.exp((v + 54.81) / 38.21));
        final double xr = axrf * y[XRF] + (1.0 - axrf) * y[XRS];
        final double rkr = 1.0 / (1.0 + Math.exp((v + 55.0) / 75.0)) / (1.0 + Math.exp((v - 10.0) / 30.0));
        final double iKr = gKr * Math.sqrt(KO / 5.4) * xr * rkr * (v - eK);

        // IKs
        final double xs1ss = 1.0 / (1.0 + Math.exp(-(v + 11.60) / 8.932));
        inf[XS1] = xs1ss;
        tau[XS1] = 817.3 + 1.0 / (2.326e-4 * Math.exp((v + 48.28) / 17.80) + 0.001292 * Math.exp(-(v + 210.0) / 230.0));
        inf[XS2] = xs1ss;
        tau[XS2] = 1.0 / (0.01 * Math.exp((v - 50.0) / 20.0) + 0.0193 * Math.exp(-(v + 66.54) / 31.0));
        final double ksCa = 1.0 + 0.6 / (1.0 + Math.pow(3.8e-5 / cai, 1.4));
        final double iKs = gKs * ksCa * y[XS1] * y[XS2] * (v - eKs);

        // IK1
        inf[XK1] = 1.0 / (1.0 + Math.exp(-(v + 2.5538 * KO + 144.59) / (1.5692 * KO + 3.8115)));
        tau[XK1] = 122.2 / (Math.exp(-(v + 127.2) / 20.36) + Math.exp((v + 236.8) / 69.33));
        final double rk1 = 1.0 / (1.0 + Math.exp((v + 105.8 - 2.6 * KO) / 9.493));
        final double iK1 = gK1 * Math.sqrt(KO) * rk1 * y[XK1] * (v - eK);

        // INaCa, myoplasmic (80 %) and subspace (20 %)
        final double hca = Math.exp(0.1670 * vfrt);
        final double hna = Math.exp(0.5224 * vfrt);
        final double iNaCa = 0.8 * gNcx * exchanger(nai, cai, hna, hca);
        final double iNaCaSs = 0.2 * gNcx * exchanger(nass, cass, hna, hca);

        // INaK
        final double iNaK = pNaK * pump(v, nai, ki);

        // Background currents and the sarcolemmal calcium pump
        final double iKb = gKb * (v - eK) / (1.0 + Math.exp(-(v - 14.48) / 18.34));
        final double iNab = 3.75e-10 * F * (nai * e1 - NAO) * xOverExpm1(vfrt);
        final double iCab = 2.5e-8 * 2.0 * F * (cai * e2 - 0.341 * CAO) * xOverExpm1(2.0 * vfrt);
        final double iPCa = 0.0005 * cai / (0.0005 + cai);

        // Ryanodine receptor release: relaxation towards a flux driven by ICaL, graded by JSR load.
        final double jsrFactor = 1.5 / cajsr;
        final double jsr2 = jsrFactor * jsrFactor;
        final double jsr8 = jsr2 * jsr2 * jsr2 * jsr2;
        final double bt = 4.75;
        inf[JRELNP] = relScale * 0.5 * bt * -iCaL / (1.0 + jsr8);
        tau[JRELNP] = Math.max(0.001, bt / (1.0 + 0.0123 / cajsr));
        final double btp = 1.25 * bt;
        inf[JRELP] = relScale * 0.5 * btp * -iCaL / (1.0 + jsr8);
        tau[JRELP] = Math.max(0.001, btp / (1.0 + 0.0123 / cajsr));
        final double jRel = (1.0 - fp) * y[JRELNP] + fp * y[JRELP];

        // SERCA uptake, leak and NSR-to-JSR translocation
        final double jupNp = upScale * 0.004375 * cai / (cai + 0.00092);
        final double jupP = upScale * 2.75 * 0.004375 * cai / (cai + 0.00092 - 0.00017);
        final double jLeak = 0.0039375 * cansr / 15.0;
        final double jUp = (1.0 - fp) * jupNp + fp * jupP - jLeak;
        final double jTr = (cansr - cajsr) / 100.0;

        // Diffusion from the subspace to the myoplasm
        final double jDiffNa = (nass - nai) / 2.0;
        final double jDiffK = (kss - ki) / 2.0;
        final double jDiff = (cass - cai) / 0.2;

        final double total = iNa + iNaL + iTo + iCaL + iCaNa + iCaK + iKr + iKs + iK1 + iNaCa + iNaCaSs + iNaK
                + iNab + iKb + iPCa + iCab + stimulus;
        dy[V] = -total;
        final double afMyo = ACAP / (F * VMYO);
        final double afSs = ACAP / (F * VSS);
        dy[NAI] = -(iNa + iNaL + 3.0 * iNaCa + 3.0 * iNaK + iNab) * afMyo + jDiffNa * VSS / VMYO;
        dy[NASS] = -(iCaNa + 3.0 * iNaCaSs) * afSs - jDiffNa;
        dy[KI] = -(iTo + iKr + iKs + iK1 + iKb + stimulus - 2.0 * iNaK) * afMyo + jDiffK * VSS / VMYO;
        dy[KSS] = -iCaK * afSs - jDiffK;
        final double cmdnA = 0.00238 + cai;
        final double trpnA = 0.0005 + cai;
        final double bcai = 1.0 / (1.0 + cmdnMax * 0.00238 / (cmdnA * cmdnA) + 0.07 * 0.0005 / (trpnA * trpnA));
        dy[CAI] = bcai * (-(iPCa + iCab - 2.0 * iNaCa) * afMyo / 2.0 - jUp * VNSR / VMYO + jDiff * VSS / VMYO);
        final double bsrA = 0.00087 + cass;
        final double bslA = 0.0087 + cass;
        final double bcass = 1.0 / (1.0 + 0.047 * 0.00087 / (bsrA * bsrA) + 1.124 * 0.0087 / (bslA * bslA));
        dy[CASS] = bcass * (-(iCaL - 2.0 * iNaCaSs) * afSs / 2.0 + jRel * VJSR / VSS - jDiff);
        dy[CANSR] = jUp - jTr * VJSR / VNSR;
        final double csqnA = 0.8 + cajsr;
        final double bcajsr = 1.0 / (1.0 + 10.0 * 0.8 / (csqnA * csqnA));
        dy[CAJSR] = bcajsr * (jTr - jRel);
        return total;
    }

    /**
     * The Na/Ca exchanger's turnover (JncxNa + 2 JncxCa) with its allosteric Ca activation, for
     * the given Na and Ca concentrations on the cytosolic side: the four-state cycle of the
     * supplement, section 1.3.9, before its maximal rate is applied.
     */
    private static double exchanger(double na, double ca, double hna, double hca) {
        final double kna1 = 15.0;
        final double kna2 = 5.0;
        final double kna3 = 88.12;
        final double kasymm = 12.5;
        final double wna = 6.0e4;
        final double wca = 6.0e4;
        final double wnaca = 5.0e3;
        final double kcaon = 1.5e6;
        final double kcaoff = 5.0e3;
        final double h1 = 1.0 + na / kna3 * (1.0 + hna);
        final double h2 = na * hna / (kna3 * h1);
        final double h3 = 1.0 / h1;
        final double h4 = 1.0 + na / kna1 * (1.0 + na / kna2);
        final double h5 = na * na / (h4 * kna1 * kna2);
        final double h6 = 1.0 / h4;
        final double h7 = 1.0 + NAO / kna3 * (1.0 + 1.0 / hna);
        final double h8 = NAO / (kna3 * hna * h7);
        final double h9 = 1.0 / h7;
        final double h10 = kasymm + 1.0 + NAO / kna1 * (1.0 + NAO / kna2);
        final double h11 = NAO * NAO / (h10 * kna1 * kna2);
        final double h12 = 1.0 / h10;
        final double k1 = h12 * CAO * kcaon;
        final double k2 = kcaoff;
        final double k3p = h9 * wca;
        final double k3pp = h8 * wnaca;
        final double k3 = k3p + k3pp;
        final double k4p = h3 * wca / hca;
        final double k4pp = h2 * wnaca;
        final double k4 = k4p + k4pp;
        final double k5 = kcaoff;
        final double k6 = h6 * ca * kcaon;
        final double k7 = h5 * h2 * wna;
        final double k8 = h8 * h11 * wna;
        final double x1 = k2 * k4 * (k7 + k6) + k5 * k7 * (k2 + k3);
        final double x2 = k1 * k7 * (k4 + k5) + k4 * k6 * (k1 + k8);
        final double x3 = k1 * k3 * (k7 + k6) + k8 * k6 * (k2 + k3);
        final double x4 = k2 * k8 * (k4 + k5) + k3 * k5 * (k1 + k8);
        final double sum = x1 + x2 + x3 + x4;
        final double e1 = x1 / sum;
        final double e2 = x2 / sum;
        final double e3 = x3 / sum;
        final double e4 = x4 / sum;
        final double act = 150.0e-6 / ca;
        final double allo = 1.0 / (1.0 + act * act);
        final double jNa = 3.0 * (e4 * k7 - e1 * k8) + e3 * k4pp - e2 * k3pp;
        final double jCa = e2 * k2 - e1 * k1;
        return allo * (jNa + 2.0 * jCa);
    }

    /** The Na/K pump's turnover (JnakNa + JnakK) per unit Pnak: supplement, section 1.3.10. */
    private static double pump(double v, double nai, double ki) {
        final double k1p = 949.5;
        final double k1m = 182.4;
        final double k2p = 687.2;
        final double k2m = 39.4;
        final double k3p = 1899.0;
        final double k3m = 79300.0;
        final double k4p = 639.0;
        final double k4m = 40.0;
        final double delta = -0.1550;
        final double knai = 9.073 * Math.exp(delta * v * FRT / 3.0);
        final double knao = 27.78 * Math.exp((1.0 - delta) * v * FRT / 3.0);
        final double kki = 0.5;
        final double kko = 0.3582;
        final double mgAdp = 0.05;
        final double mgAtp = 9.8;
        final double kmgatp = 1.698e-7;
        final double hydrogen = 1.0e-7;
        final double ep = 4.2;
        final double khp = 1.698e-7;
        final double knap = 224.0;
        final double kxkur = 292.0;
        final double p = ep / (1.0 + hydrogen / khp + nai / knap + ki / kxkur);
        final double naiRatio = nai / knai;
        final double naoRatio = NAO / knao;
        final double kiRatio = ki / kki;
        final double koRatio = KO / kko;
        final double naiTerm = (1.0 + naiRatio) * (1.0 + naiRatio) * (1.0 + naiRatio);
        final double naoTerm = (1.0 + naoRatio) * (1.0 + naoRatio) * (1.0 + naoRatio);
        final double kiTerm = (1.0 + kiRatio) * (1.0 + kiRatio);
        final double koTerm = (1.0 + koRatio) * (1.0 + koRatio);
        final double a1 = k1p * naiRatio * naiRatio * naiRatio / (naiTerm + kiTerm - 1.0);
        final double b1 = k1m * mgAdp;
        final double a2 = k2p;
        final double b2 = k2m * naoRatio * naoRatio * naoRatio / (naoTerm + koTerm - 1.0);
        final double a3 = k3p * koRatio * koRatio / (naoTerm + koTerm - 1.0);
        final double b3 = k3m * p * hydrogen / (1.0 + mgAtp / kmgatp);
        final double a4 = k4p * mgAtp / kmgatp / (1.0 + mgAtp / kmgatp);
        final double b4 = k4m * kiRatio * kiRatio / (naiTerm + kiTerm - 1.0);
        final double x1 = a4 * a1 * a2 + b2 * b4 * b3 + a2 * b4 * b3 + b3 * a1 * a2;
        final double x2 = b2 * b1 * b4 + a1 * a2 * a3 + a3 * b1 * b4 + a2 * a3 * b4;
        final double x3 = a2 * a3 * a4 + b3 * b2 * b1 + b2 * b1 * a4 + a3 * a4 * b1;
        final double x4 = b4 * b3 * b2 + a3 * a4 * a1 + b2 * a4 * a1 + b3 * b2 * a1;
        final double sum = x1 + x2 + x3 + x4;
        final double e1 = x1 / sum;
        final double e2 = x2 / sum;
        final double e3 = x3 / sum;
        final double e4 = x4 / sum;
        final double jNa = 3.0 * (e1 * a3 - e2 * b3);
        final double jK = 2.0 * (e4 * b1 - e3 * a1);
        return jNa + jK;
    }
}
