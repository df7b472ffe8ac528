package dev.creatorwatch.parse;

import dev.creatorwatch.fetch.FetchOutcome;

/**
 * The reading of one page: a profile with outcome {@link FetchOutcome#OK}, or a non-OK outcome the page itself
 * revealed (login wall, not found, suspended, nothing recognisable) with a short diagnostic and no profile.
 */
public record ParseResult(FetchOutcome outcome, Profile profile, String detail) {

    public static ParseResult ok(Profile profile) {
        return new ParseResult(FetchOutcome.OK, profile, null);
    }

    public static ParseResult failed(FetchOutcome outcome, String detail) {
        if (outcome.isGood()) {
            throw new IllegalArgumentException("failed needs a non-OK outcome");
        }
        return new ParseResult(outcome, null, detail);
    }
}
