package dev.creatorwatch.parse;

import dev.creatorwatch.fetch.FetchOutcome;

/** What the support endpoint answers: the outcome, its diagnostic, the profile read and its engagement rate. */
public record ParseResponse(FetchOutcome outcome, String detail, Profile profile, Double engagementRate,
        Fetched fetch) {

    /** How a live fetch went; absent for uploaded pages. */
    public record Fetched(int httpStatus, String finalUrl, long bytes, long durationMs) {
    }

    static ParseResponse of(ParseResult result) {
        Profile p = result.profile();
        return new ParseResponse(result.outcome(), result.detail(), p, p == null ? null : p.engagementRate(), null);
    }

    static ParseResponse fetched(PageReading.Reading r) {
        Fetched f = new Fetched(r.fetch().httpStatus(), r.fetch().finalUrl(), r.fetch().bytes(),
                r.fetch().duration().toMillis());
        if (r.parse() == null) {
            return new ParseResponse(r.outcome(), r.fetch().error(), null, null, f);
        }
        ParseResponse parsed = of(r.parse());
        return new ParseResponse(parsed.outcome(), parsed.detail(), parsed.profile(), parsed.engagementRate(), f);
    }
}
