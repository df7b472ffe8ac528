package dev.creatorwatch.rules.availability;

import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.Availability;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleModule;
import dev.creatorwatch.rules.RuleParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An account we used to read is now gone: the platform says it does not exist or was suspended. For a brand this
 * matters twice: a partner banned by the platform is a brand-safety event, and a vanished handle can be re-registered
 * by someone else. Only accounts that had a good snapshot before count, so a mistyped URL on the watchlist stays a
 * fetch outcome rather than an alert. The outcome to watch and how many attempts in a row confirm it come from the rule
 * file, so "suspended" (final on the first answer) and "not found" (a transient 404 or a rename is common) can differ.
 */
@ApplicationScoped
public class AccountGoneModule implements RuleModule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "account-gone";
    }

    @Override
    public boolean watchesAvailability() {
        return true;
    }

    @Override
    public void validate(RuleParameters p) {
        FetchOutcome watched = outcome(p);
        if (!watched.meansAccountGone()) {
            throw new RuleDefinitionException("parameters.outcome", "parameters.outcome must be an outcome that means the account is gone: "
                    + FetchOutcome.NOT_FOUND + " or " + FetchOutcome.SUSPENDED);
        }
        if (p.integer("minConsecutive") < 1) {
            throw new RuleDefinitionException("parameters.minConsecutive", "parameters.minConsecutive must be at least 1");
        }
        p.text("meaning");
    }

    @Override
    public List<Finding> evaluate(RuleContext ctx, RuleParameters p) {
        Availability availability = ctx.availability();
        if (availability.outcome() != outcome(p) || !availability.wasSeenBefore()
                || availability.consecutive() < p.integer("minConsecutive")) {
            return List.of();
        }
        Observation lastGood = ctx.previous();
        Profile last = lastGood == null ? null : lastGood.profile();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("outcome", availability.outcome().name());
        evidence.put("previousOutcome", availability.previousOutcome() == null ? null
                : availability.previousOutcome().name());
        evidence.put("consecutiveAttempts", availability.consecutive());
        evidence.put("lastGoodAt", availability.lastGoodAt().toString());
        evidence.put("profileUrl", ctx.account().profileUrl());
        if (last != null) {
            evidence.put("lastKnownHandle", last.handle());
            evidence.put("lastKnownDisplayName", last.displayName());
            evidence.put("lastKnownFollowers", last.followers());
        }
        return List.of(new Finding(availability.outcome().name(), confidence(availability, p), reason(ctx, last, p),
                evidence));
    }

    private static String reason(RuleContext ctx, Profile last, RuleParameters p) {
        Availability a = ctx.availability();
        String handle = ctx.account().handle() != null ? "@" + ctx.account().handle() : ctx.account().profileUrl();
        String platform = ctx.account().platform() == null ? "its platform" : ctx.account().platform().id();
        String what = a.outcome() == FetchOutcome.SUSPENDED ? "is shown as suspended or removed" : "no longer exists";
        String attempts = a.consecutive() == 1 ? "on the latest scan" : "on " + a.consecutive() + " scans in a row";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "The account %s on %s %s (%s); it was last read "
                + "on %s", handle, platform, what, attempts, DAY.format(a.lastGoodAt())));
        if (last != null && last.followers() != null) {
            s.append(String.format(Locale.ROOT, " with %,d followers", last.followers()));
        }
        return s.append(". ").append(p.text("meaning")).toString();
    }

    /** More attempts agreeing make a transient error less likely. */
    private static double confidence(Availability a, RuleParameters p) {
        long needed = p.integer("minConsecutive");
        return Math.min(1.0, 0.7 + 0.15 * (a.consecutive() - needed));
    }

    private static FetchOutcome outcome(RuleParameters p) {
        String name = p.text("outcome");
        try {
            return FetchOutcome.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleDefinitionException("parameters.outcome", "parameters.outcome names an unknown fetch outcome '" + name + "'");
        }
    }
}
