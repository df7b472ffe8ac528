package dev.creatorwatch.parse;

import dev.creatorwatch.fetch.FetchOutcome;

/** What the support endpoint answers: the outcome, its diagnostic, the profile read and its engagement rate. */
public record ParseResponse(FetchOutcome outcome, String detail, Profile profile, Double engagementRate) {

    static ParseResponse of(ParseResult result) {
        Profile p = result.profile();
        return new ParseResponse(result.outcome(), result.detail(), p, p == null ? null : p.engagementRate());
    }
}
