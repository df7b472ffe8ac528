package dev.creatorwatch.rules.fakefollowers;

/**
 * One tree of the boosted model, as flat arrays (node 0 is the root). A node with {@code feature[i] < 0} is a leaf.
 * Rows go left when {@code x[feature] <= split}, and NaN rows go to the side {@code nanLeft} says. Every node keeps
 * its own value (log-odds), so a prediction can be explained as the sum of the value changes along its path.
 */
public record RegressionTree(int[] feature, double[] split, int[] left, int[] right, boolean[] nanLeft,
                             double[] value) {

    public RegressionTree {
        int n = feature.length;
        if (split.length != n || left.length != n || right.length != n || nanLeft.length != n || value.length != n) {
            throw new IllegalArgumentException("tree arrays differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n)) {
                throw new IllegalArgumentException("tree node " + i + " points outside the tree or backwards");
            }
        }
    }

    int leaf(double[] x) {
        int i = 0;
        while (feature[i] >= 0) {
            double v = x[feature[i]];
            boolean goLeft = Double.isNaN(v) ? nanLeft[i] : v <= split[i];
            i = goLeft ? left[i] : right[i];
        }
        return i;
    }

    double predict(double[] x) {
        return value[leaf(x)];
    }

    /** Adds to {@code contributions[f]} the value change caused by each split on feature f along x's path. */
    void explain(double[] x, double[] contributions) {
        int i = 0;
        while (feature[i] >= 0) {
            double v = x[feature[i]];
            boolean goLeft = Double.isNaN(v) ? nanLeft[i] : v <= split[i];
            int next = goLeft ? left[i] : right[i];
            contributions[feature[i]] += value[next] - value[i];
            i = next;
        }
    }
}
