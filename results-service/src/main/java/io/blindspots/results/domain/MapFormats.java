package io.blindspots.results.domain;

import io.blindspots.events.views.BlindspotMap;
import io.blindspots.events.views.RelianceVerdict;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The blindspot map's thresholds as fixed-width text (the CLI prints it), Markdown and CSV. */
public final class MapFormats {

    /** What the cells mean; the text map ends with it. */
    static final String FOOTNOTE = """
            Threshold: the weakest tested strength (the signal's scale; rms for noise) at which the model uses the
            signal, by the table's verdict over the cell's runs; "<= x": already at the weakest tested; "> x": at none
            up to the strongest tested x; "?": cannot tell yet. [low-high]: the spread of the per-seed thresholds
            ("> x" inside: a seed used it at none). Verdicts by strength, weakest first: u uses, i ignores, ? cannot
            tell, * still training.""";

    private static final MathContext THREE_DIGITS = new MathContext(3);

    private MapFormats() {
    }

    public static String text(BlindspotMap map) {
        StringBuilder out = new StringBuilder("Blindspot map: the signal strength from which each model uses the "
                + "signal\n");
        out.append(TableFormats.align(lines(map, MapFormats::threshold)));
        out.append("\nVerdicts by strength, weakest first\n");
        out.append(TableFormats.align(lines(map, MapFormats::verdicts)));
        out.append(FOOTNOTE).append('\n');
        return out.toString().replaceAll(" +\n", "\n");
    }

    public static String markdown(BlindspotMap map) {
        List<List<String>> lines = lines(map, cell -> threshold(cell) + "<br>" + verdicts(cell));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append("| ").append(String.join(" | ", lines.get(i))).append(" |\n");
            if (i == 0) {
                out.append("|").append("---|".repeat(lines.get(i).size())).append('\n');
            }
        }
        return out.toString();
    }

    /** One line per (row, model, strength), with the cell's threshold and spread repeated on each. */
    public static String csv(BlindspotMap map) {
        StringBuilder out = new StringBuilder("dataset,signal,parameter,setting,setting_label,model,threshold,"
                + "seed_threshold_low,seed_threshold_high,seeds,strength,signal_accuracy_mean,signal_accuracy_std,"
                + "signal_reliance_mean,chance_reliance_mean,verdict,runs,provisional\n");
        for (BlindspotMap.Row row : map.rows()) {
            row.cells().forEach((model, cell) -> cell.points().forEach(p -> out.append(String.join(",",
                    row.dataset(), row.signal(), row.parameter(), row.setting(), quoted(row.settingLabel()), model,
                    number(cell.threshold()), number(cell.low()), number(cell.high()),
                    cell.seeds().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    number(p.strength()), number(p.signalAccuracy().mean()), number(p.signalAccuracy().std()),
                    number(p.signalReliance().mean()), number(p.chanceReliance().mean()),
                    p.verdict().name().toLowerCase(Locale.ROOT), Integer.toString(p.runs()),
                    Boolean.toString(p.provisional()))).append('\n')));
        }
        return out.toString();
    }

    /** "1e-2 [3.16e-3-1e-2]", "<= 1e-4", "> 0.1", "?". */
    static String threshold(BlindspotMap.Cell cell) {
        List<BlindspotMap.Point> points = cell.points();
        double weakest = points.getFirst().strength();
        double strongest = points.getLast().strength();
        String value;
        if (cell.threshold() != null) {
            value = (cell.threshold() == weakest ? "<= " : "") + strength(cell.threshold());
        } else if (points.stream().allMatch(p -> p.verdict() == RelianceVerdict.IGNORES_SIGNAL)) {
            value = "> " + strength(strongest);
        } else {
            value = "?";
        }
        if (cell.seeds().size() > 1 && cell.low() != null) {
            value += " [" + strength(cell.low()) + "-" + (cell.high() == null ? "> " + strength(strongest)
                    : strength(cell.high())) + "]";
        }
        return points.stream().anyMatch(BlindspotMap.Point::provisional) ? value + "*" : value;
    }

    /** "i i u u": the verdict at each strength, weakest first. */
    static String verdicts(BlindspotMap.Cell cell) {
        return cell.points().stream().map(p -> switch (p.verdict()) {
            case USES_SIGNAL -> "u";
            case IGNORES_SIGNAL -> "i";
            case CANNOT_TELL -> "?";
        } + (p.provisional() ? "*" : "")).collect(Collectors.joining(" "));
    }

    /** A strength as "1e-3", "3.16e-3", "0.1": three significant digits at most, powers of ten below 0.01. */
    public static String strength(double value) {
        if (value >= 0.01) {
            return new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
        }
        int exponent = (int) Math.floor(Math.log10(value) + 1e-9);
        BigDecimal mantissa = new BigDecimal(value / Math.pow(10, exponent)).round(THREE_DIGITS)
                .stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }

    private static List<List<String>> lines(BlindspotMap map, Function<BlindspotMap.Cell, String> show) {
        boolean settings = map.rows().stream().anyMatch(r -> !r.settingLabel().isEmpty());
        List<String> header = new ArrayList<>(List.of("dataset", "signal", "strengths"));
        if (settings) {
            header.add("setting");
        }
        header.addAll(map.models());
        List<List<String>> lines = new ArrayList<>(List.of(header));
        for (BlindspotMap.Row row : map.rows()) {
            List<String> line = new ArrayList<>(List.of(row.dataset(), row.signal(),
                    row.parameter() + " " + strength(row.strengths().getFirst()) + ".."
                            + strength(row.strengths().getLast()) + " (" + row.strengths().size() + ")"));
            if (settings) {
                line.add(row.settingLabel().isEmpty() ? row.setting() : row.settingLabel());
            }
            map.models().forEach(m -> line.add(row.cells().get(m) == null ? "-" : show.apply(row.cells().get(m))));
            lines.add(line);
        }
        return lines;
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6g", value);
    }

    private static String quoted(String text) {
        return "\"" + Objects.requireNonNullElse(text, "").replace("\"", "\"\"") + "\"";
    }
}
