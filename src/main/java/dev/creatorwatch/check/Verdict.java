package dev.creatorwatch.check;

/** What a marketer should do with a creator before signing. */
public enum Verdict {
    /** Nothing found, and every account could be read. */
    CLEAR,
    /** Something to look at first: a finding or open alert, or an account we could not read. */
    REVIEW,
    /** A high or critical finding or open alert, or a combined risk of 60 or more. */
    HIGH_RISK
}
