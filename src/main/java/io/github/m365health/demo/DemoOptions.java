package io.github.m365health.demo;

/**
 * How the demo tenant plays its scenario.
 *
 * @param speed time compression: the scripted stories take about 90 seconds of wall time at 1,
 *              22.5 seconds at 4
 * @param seed  seed of the random stream of issues that keeps the tenant moving after the script;
 *              the same seed and clock give the same stream
 */
public record DemoOptions(double speed, long seed) {

    public static final double DEFAULT_SPEED = 1.0;
    public static final long DEFAULT_SEED = 365L;

    public DemoOptions {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException(
                    "demo speed must be a finite number greater than 0 (1 plays the script in about 90 s), got " + speed);
        }
    }

    public static DemoOptions defaults() {
        return new DemoOptions(DEFAULT_SPEED, DEFAULT_SEED);
    }

    public static DemoOptions ofSpeed(double speed) {
        return new DemoOptions(speed, DEFAULT_SEED);
    }
}
