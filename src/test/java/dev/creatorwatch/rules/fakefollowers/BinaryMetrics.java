package dev.creatorwatch.rules.fakefollowers;

/** Confusion counts on the positive (fake) class and the usual figures derived from them. */
record BinaryMetrics(int tp, int fp, int tn, int fn) {

    static BinaryMetrics of(double[] scores, int[] y, double threshold) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < y.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && y[i] == 1) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (y[i] == 1) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryMetrics(tp, fp, tn, fn);
    }

    BinaryMetrics plus(BinaryMetrics o) {
        return new BinaryMetrics(tp + o.tp, fp + o.fp, tn + o.tn, fn + o.fn);
    }

    double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    double specificity() {
        return tn + fp == 0 ? 0 : tn / (double) (tn + fp);
    }

    /** 95 % Wilson interval of the recall (sensitivity), valid when every row was scored once. */
    double[] recallInterval() {
        return WilsonInterval.of(tp, tp + fn, WilsonInterval.Z95);
    }

    /** 95 % Wilson interval of the specificity, valid when every row was scored once. */
    double[] specificityInterval() {
        return WilsonInterval.of(tn, tn + fp, WilsonInterval.Z95);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        return (tp + tn) / (double) (tp + tn + fp + fn);
    }

    double mcc() {
        double d = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        return d == 0 ? 0 : ((double) tp * tn - (double) fp * fn) / d;
    }
}
