package io.blindspots.events;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's strengths as a log grid, {@code "scales": {"from": 1e-4, "to": 1e-1, "steps": 7}}: {@code steps} values
 * from {@code from} to {@code to}, equally spaced in log10, each rounded to three significant digits (1e-4, 3.16e-4,
 * 1e-3, …). The spec reads as if it had listed them: the same run ids as the equal list.
 *
 * @param from  the weakest strength, in (0, 1]
 * @param to    the strongest, in ({@code from}, 1]
 * @param steps how many strengths, in [2, {@value #MAX_STEPS}]
 */
public record ScaleGrid(double from, double to, int steps) {

    public static final int MAX_STEPS = 50;
    private static final MathContext SIGNIFICANT = new MathContext(3);

    public ScaleGrid {
        RunSpec.require(from > 0 && from <= 1, "scales.from", from, "a number in (0, 1]");
        RunSpec.require(to > from && to <= 1, "scales.to", to, "a number in (scales.from, 1]");
        RunSpec.require(steps >= 2 && steps <= MAX_STEPS, "scales.steps", steps,
                "an integer in [2, " + MAX_STEPS + "]");
    }

    /** The grid's strengths, weakest first; the first is {@code from} and the last {@code to}, as given. */
    public List<Double> values() {
        List<Double> values = new ArrayList<>(steps);
        double ratio = Math.log10(to / from);
        for (int i = 0; i < steps; i++) {
            double value = i == 0 ? from : i == steps - 1 ? to : from * Math.pow(10, ratio * i / (steps - 1));
            values.add(i == 0 || i == steps - 1 ? value : new BigDecimal(value).round(SIGNIFICANT).doubleValue());
        }
        return List.copyOf(values);
    }
}
