package dev.creatorwatch.discovery;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.creatorwatch.alert.AlertRecorder;
import dev.creatorwatch.avatar.AvatarHasher;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.parse.PageReading;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.AvatarHash;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.ProtectedIdentities;
import dev.creatorwatch.rules.ProtectedIdentitySet;
import dev.creatorwatch.rules.Availability;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleEngine;
import dev.creatorwatch.rules.RuleHit;
import dev.creatorwatch.rules.impersonation.ImpersonationModule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks one profile that is not a watched account for impersonation, the one path shared by discovery and by users
 * submitting a suspect URL: fetch it politely (robots, per-host gate, SSRF guard and backoff in the fetcher), run the
 * impersonation rules that take discovery results against the protected identities, store the suspect, and raise an
 * alert on each imitated creator. The profile picture is hashed too when a protected identity has one to compare
 * with. The fetches run outside any transaction; the recording in one of its own.
 */
@ApplicationScoped
public class SuspectChecks {

    private static final TypeReference<List<FindingView>> FINDINGS = new TypeReference<>() { };

    private final Clock clock;
    private final PageReading reading;
    private final ProtectedIdentities identities;
    private final RuleEngine engine;
    private final AlertRecorder alerts;
    private final AvatarHasher avatars;

    public SuspectChecks(Clock clock, PageReading reading, ProtectedIdentities identities, RuleEngine engine,
            AlertRecorder alerts, AvatarHasher avatars) {
        this.avatars = avatars;
        this.clock = clock;
        this.reading = reading;
        this.identities = identities;
        this.engine = engine;
        this.alerts = alerts;
    }

    /**
     * What to check.
     *
     * @param handle            the handle the URL names, when known (the page's own handle wins when it shows one)
     * @param comparedCreatorId compare with this protected creator only; null for every protected identity
     * @param operation         the generator operation that produced the handle (discovery only)
     * @param seedAccountId     the protected account the handle was generated from (discovery only)
     */
    public record Target(Suspect.Source source, Platform platform, String handle, String url, Long comparedCreatorId,
            String operation, Long seedAccountId, String submittedBy) {
    }

    /** One rule finding on a suspect, as stored and shown. */
    public record FindingView(String ruleId, int ruleVersion, String severity, Long protectedCreatorId,
            Long protectedAccountId, double score, String reason, Map<String, Object> evidence, Long alertId,
            boolean alertOpened) {
    }

    /** The suspect as the API shows it. */
    public record View(long id, String source, String platform, String handle, String profileUrl,
            Long comparedCreatorId, String operation, Long seedAccountId, FetchOutcome outcome, String outcomeDetail,
            Suspect.Verdict verdict, Double score, Long matchedCreatorId, Long matchedAccountId, Long alertId,
            String reason, List<FindingView> findings, Instant checkedAt, int checkCount, String submittedBy,
            Instant createdAt) {

        static View of(Suspect s) {
            return new View(s.id, s.source.name().toLowerCase(Locale.ROOT), s.platform.id(), s.handle, s.profileUrl,
                    s.comparedCreatorId, s.operation, s.seedAccountId, s.outcome, s.outcomeDetail, s.verdict, s.score,
                    s.matchedCreatorId, s.matchedAccountId, s.alertId, s.reason, Json.read(s.findings, FINDINGS),
                    s.checkedAt, s.checkCount, s.submittedBy, s.createdAt);
        }
    }

    /** Fetches and scores the profile now and stores the result. */
    public View check(Target t) {
        PageReading.Reading r = reading.read(t.platform(), t.url());
        AvatarHash avatar = avatarOf(r, t.url());
        return QuarkusTransaction.requiringNew().call(() -> View.of(record(t, r, avatar, false)));
    }

    /**
     * The hash of the picture the read profile shows, fetched now (outside any transaction) when some protected
     * identity has a picture to compare with; null otherwise.
     */
    AvatarHash avatarOf(PageReading.Reading r, String url) {
        if (!r.outcome().isGood() || r.parse() == null) {
            return null;
        }
        return avatars.hashForMatching(r.parse().profile(), url, identities.current());
    }

    /**
     * Stores what the reading shows; must run in a transaction. With {@code onlyMatches} (discovery) a profile that is
     * not yet a suspect is stored only when a rule matched it: most generated handles lead nowhere and are remembered
     * on their discovery candidate instead. Returns the suspect row, or null when nothing was stored.
     */
    Suspect record(Target t, PageReading.Reading r, AvatarHash avatar, boolean onlyMatches) {
        Instant now = clock.instant();
        Suspect existing = Suspect.<Suspect>find("profileUrl", t.url()).firstResult();
        if (onlyMatches && existing == null && !r.outcome().isGood()) {
            return null;
        }
        Suspect s = java.util.Optional.ofNullable(existing).orElseGet(() -> {
            Suspect fresh = new Suspect();
            fresh.profileUrl = t.url();
            fresh.createdAt = now;
            return fresh;
        });
        s.source = s.source == Suspect.Source.SUBMITTED ? s.source : t.source();
        s.platform = t.platform();
        s.comparedCreatorId = t.comparedCreatorId();
        s.operation = t.operation() != null ? t.operation() : s.operation;
        s.seedAccountId = t.seedAccountId() != null ? t.seedAccountId() : s.seedAccountId;
        s.submittedBy = t.submittedBy() != null ? t.submittedBy() : s.submittedBy;
        s.outcome = r.outcome();
        s.checkedAt = now;
        s.checkCount++;
        s.score = null;
        s.matchedCreatorId = null;
        s.matchedAccountId = null;
        s.alertId = null;
        List<FindingView> findings = new ArrayList<>();
        if (r.outcome() != FetchOutcome.OK) {
            s.handle = t.handle();
            s.outcomeDetail = limit(r.parse() != null && r.parse().detail() != null ? r.parse().detail()
                    : r.fetch().error(), 1000);
            s.verdict = r.outcome().meansAccountGone() ? Suspect.Verdict.NOT_FOUND : Suspect.Verdict.UNREAD;
            s.reason = s.verdict == Suspect.Verdict.NOT_FOUND ? "No profile at this address (" + r.outcome() + ")."
                    : "The profile could not be read (" + r.outcome() + "), so nothing is concluded.";
        } else {
            s.outcomeDetail = null;
            Profile p = r.parse().profile();
            s.handle = limit(p.handle() != null && !p.handle().isBlank() ? p.handle() : t.handle(), 200);
            ProtectedIdentitySet set = identities.current();
            if (t.comparedCreatorId() != null) {
                set = set.onlyCreator(t.comparedCreatorId());
            }
            List<RuleHit> hits = evaluate(t, p, set, avatar, now);
            hits.sort(Comparator.comparingDouble((RuleHit h) -> h.finding().confidence()).reversed());
            if (onlyMatches && existing == null && hits.isEmpty()) {
                return null;
            }
            if (s.id == null) {
                s.findings = "[]";
                s.verdict = Suspect.Verdict.CLEAR;
                s.persist();
            }
            for (RuleHit h : hits) {
                findings.add(raise(s, h, now));
            }
            if (!findings.isEmpty()) {
                FindingView best = findings.get(0);
                s.verdict = Suspect.Verdict.IMPERSONATION;
                s.score = best.score();
                s.matchedCreatorId = best.protectedCreatorId();
                s.matchedAccountId = best.protectedAccountId();
                s.alertId = best.alertId();
                s.reason = limit(best.reason(), 4000);
            } else if (set.isSanctionedByAnyone(t.platform(), s.handle)) {
                s.verdict = Suspect.Verdict.ALLOWLISTED;
                s.reason = "The profile is on a protected creator's allowlist, so it is not treated as an impersonation.";
            } else {
                s.verdict = Suspect.Verdict.CLEAR;
                s.reason = "The profile was read and does not imitate any protected creator or brand"
                        + (t.comparedCreatorId() != null ? " (compared with creator " + t.comparedCreatorId() + ")" : "")
                        + ".";
            }
        }
        s.findings = Json.write(findings);
        if (s.id == null) {
            s.persist();
        }
        return s;
    }

    private List<RuleHit> evaluate(Target t, Profile p, ProtectedIdentitySet set, AvatarHash avatar, Instant now) {
        String handle = t.handle() != null ? t.handle() : p.handle();
        AccountFacts facts = new AccountFacts(null, null, t.platform().id() + " @" + handle, false, t.platform(),
                handle, t.url(), Tier.ofFollowers(p.followers()));
        RuleContext context = new RuleContext(facts, new Observation(null, now, p), List.of(), List.of(), set,
                RuleContext.Source.DISCOVERY, null, Availability.good(), avatar);
        return new ArrayList<>(engine.evaluate(context, rule -> rule.module().equals(ImpersonationModule.NAME)));
    }

    /**
     * Files the finding as an alert on the imitated creator's account. The finding key names the suspect, so every
     * impersonator of one account gets its own alert; the evidence says how discovery came to it.
     */
    private FindingView raise(Suspect s, RuleHit hit, Instant now) {
        Map<String, Object> e = hit.finding().evidence();
        Long creatorId = asLong(e.get("protectedCreatorId"));
        Long accountId = asLong(e.get("protectedAccountId"));
        Map<String, Object> evidence = new LinkedHashMap<>(e);
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("suspectId", s.id);
        found.put("source", s.source.name().toLowerCase(Locale.ROOT));
        found.put("profileUrl", s.profileUrl);
        found.put("operation", s.operation);
        found.put("seedAccountId", s.seedAccountId);
        found.put("submittedBy", s.submittedBy);
        evidence.put("discovery", found);
        String prefix = s.source == Suspect.Source.SUBMITTED ? "Submitted suspect " : "Discovery found ";
        String how = s.operation == null ? "" : " (handle generated by " + s.operation + ")";
        Finding finding = new Finding(s.platform.id() + ":" + (s.handle == null ? s.profileUrl : s.handle.toLowerCase(
                Locale.ROOT)), hit.finding().confidence(), prefix + s.profileUrl + how + ": " + hit.finding().reason(),
                evidence);
        Long alertId = null;
        boolean opened = false;
        Account protectedAccount = accountId == null ? null : Account.findById(accountId);
        if (creatorId != null && protectedAccount != null) {
            AlertRecorder.Recorded rec = alerts.record(new RuleHit(hit.rule(), finding), creatorId, accountId, null,
                    protectedAccount.tier, now);
            alertId = rec.alert() == null ? null : rec.alert().id;
            opened = rec.opened();
        }
        return new FindingView(hit.rule().id(), hit.rule().version(), hit.rule().level().name(), creatorId, accountId,
                hit.finding().confidence(), finding.reason(), evidence, alertId, opened);
    }

    private static Long asLong(Object o) {
        return o instanceof Number n ? n.longValue() : null;
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
