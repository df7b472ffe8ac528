package dev.creatorwatch.rules;

import java.util.Locale;

/**
 * How long a change took, worded for a reason a marketer reads: scans of a watched account come hours or days apart,
 * and "in 0.0 days" or "in 1 days" reads as a fault of the tool rather than a fact about the account.
 */
public final class ElapsedText {

    private ElapsedText() {
    }

    /** "within an hour", "in 5 hours" below a day, else "in 3.5 days". */
    public static String of(double days) {
        double hours = days * 24;
        if (hours < 1) {
            return "within an hour";
        }
        if (hours < 23.5) {
            long h = Math.round(hours);
            return "in " + h + (h == 1 ? " hour" : " hours");
        }
        return String.format(Locale.ROOT, "in %.1f days", days);
    }
}
