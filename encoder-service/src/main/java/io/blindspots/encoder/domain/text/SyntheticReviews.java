package io.blindspots.encoder.domain.text;

import java.util.SplittableRandom;

/**
 * Writes the reviews of {@link SyntheticText}: sentences of 4 to 14 words until the text reaches a length drawn
 * between 200 and 1,200 characters (so some texts are longer than Zhang's 1014 and are cut). Half of the words are
 * common words, the same for every class; the other half are opinion words from one vocabulary whose weights differ
 * by class: class k's own words weigh {@value #OWN}, its neighbours' (k ± 1, the next star rating) {@value #NEAR},
 * every other word 1. A word may thus appear in any class; only its frequency tells the class.
 */
final class SyntheticReviews {

    private static final String[] COMMON = {"the", "a", "and", "it", "was", "we", "i", "to", "of", "for", "this",
        "that", "with", "my", "our", "they", "is", "at", "on", "in", "food", "place", "service", "staff", "room",
        "order", "time", "table", "menu", "price", "night", "again", "here", "there", "really", "very", "just"};
    /** Opinion words; word i belongs to class i mod 5. */
    private static final String[] OPINION = {"awful", "bland", "okay", "good", "amazing", "rude", "slow", "decent",
        "friendly", "perfect", "dirty", "cold", "average", "fresh", "outstanding", "never", "overpriced", "fine",
        "tasty", "love", "worst", "disappointing", "mixed", "nice", "best", "terrible", "soggy", "standard",
        "great", "wonderful", "refund", "meh", "acceptable", "recommend", "excellent", "horrible", "lukewarm",
        "fair", "pleasant", "delicious", "angry", "forgettable", "alright", "solid", "fantastic", "disgusting",
        "noisy", "usual", "cozy", "superb"};
    private static final int CLASSES = 5;
    private static final double OWN = 6.0;
    private static final double NEAR = 2.5;
    private static final double[][] CUMULATIVE = weights();
    private static final String ENDINGS = "..!?";

    private SyntheticReviews() {
    }

    static String write(int label, SplittableRandom random) {
        int target = random.nextInt(200, 1_201);
        StringBuilder text = new StringBuilder(target + 100);
        while (text.length() < target) {
            int words = random.nextInt(4, 15);
            for (int w = 0; w < words; w++) {
                String word = random.nextBoolean() ? COMMON[random.nextInt(COMMON.length)] : opinion(label, random);
                if (w == 0) {
                    text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                } else {
                    text.append(random.nextInt(12) == 0 ? ", " : " ").append(word);
                }
            }
            text.append(ENDINGS.charAt(random.nextInt(ENDINGS.length()))).append(' ');
        }
        return text.toString().strip();
    }

    private static String opinion(int label, SplittableRandom random) {
        double[] cumulative = CUMULATIVE[label];
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = 0;
        while (cumulative[i] < u) {
            i++;
        }
        return OPINION[i];
    }

    private static double[][] weights() {
        double[][] cumulative = new double[CLASSES][OPINION.length];
        for (int k = 0; k < CLASSES; k++) {
            double sum = 0;
            for (int i = 0; i < OPINION.length; i++) {
                int owner = i % CLASSES;
                sum += owner == k ? OWN : Math.abs(owner - k) == 1 ? NEAR : 1.0;
                cumulative[k][i] = sum;
            }
        }
        return cumulative;
    }
}
