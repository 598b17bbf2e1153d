package org.vitruvian.services.cardiac.model;

import java.util.Arrays;

/**
 * One beat as the integrator's accepted steps saw it: time from the stimulus (ms), membrane
 * potential (mV), its rate of change (mV/ms) and cytosolic calcium (mM). Arrays grow as needed
 * and are reused from beat to beat, so pacing a thousand beats allocates nothing after the first.
 */
public final class Trace {

    private double[] time = new double[2048];
    private double[] voltage = new double[2048];
    private double[] slope = new double[2048];
    private double[] calcium = new double[2048];
    private int size;

    public void clear() {
        size = 0;
    }

    public void add(double t, double v, double dvdt, double cai) {
        if (size == time.length) {
            int capacity = size * 2;
            time = Arrays.copyOf(time, capacity);
            voltage = Arrays.copyOf(voltage, capacity);
            slope = Arrays.copyOf(slope, capacity);
            calcium = Arrays.copyOf(calcium, capacity);
        }
        time[size] = t;
        voltage[size] = v;
        slope[size] = dvdt;
        calcium[size] = cai;
        size++;
    }

    public int size() {
        return size;
    }

    public double time(int i) {
        return time[i];
    }

    public double voltage(int i) {
        return voltage[i];
    }

    public double slope(int i) {
        return slope[i];
    }

    public double calcium(int i) {
        return calcium[i];
    }

    /** The potential at time {@code t}, linearly interpolated between recorded points. */
    public double voltageAt(double t) {
        if (size == 0) {
            return Double.NaN;
        }
        int index = Arrays.binarySearch(time, 0, size, t);
        if (index >= 0) {
            return voltage[index];
        }
        int after = -index - 1;
        if (after == 0) {
            return voltage[0];
        }
        if (after >= size) {
            return voltage[size - 1];
        }
        double w = (t - time[after - 1]) / (time[after] - time[after - 1]);
        return voltage[after - 1] + w * (voltage[after] - voltage[after - 1]);
    }

    /** A copy of this trace, for keeping a beat after pacing goes on. */
    public Trace copy() {
        Trace copy = new Trace();
        copy.time = Arrays.copyOf(time, size);
        copy.voltage = Arrays.copyOf(voltage, size);
        copy.slope = Arrays.copyOf(slope, size);
        copy.calcium = Arrays.copyOf(calcium, size);
        copy.size = size;
        return copy;
    }
}
