package dev.creatorwatch.rules;

import dev.creatorwatch.creator.Account;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.snapshot.ProfileSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The accounts of protected creators, with the display name and bio of their latest good snapshot. Reloaded at most
 * once per {@link #MAX_AGE} (and at once after {@link #invalidate()}), so a scan does not query them per snapshot.
 */
@ApplicationScoped
public class ProtectedIdentities {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final Clock clock;
    private volatile List<ProtectedIdentity> cached;
    private volatile Instant loadedAt = Instant.EPOCH;

    public ProtectedIdentities(Clock clock) {
        this.clock = clock;
    }

    /** All protected identities except those of the given creator (a creator never impersonates itself). */
    public List<ProtectedIdentity> except(Long creatorId) {
        return current().stream().filter(p -> !Objects.equals(p.creatorId(), creatorId)).toList();
    }

    public void invalidate() {
        cached = null;
    }

    private List<ProtectedIdentity> current() {
        List<ProtectedIdentity> c = cached;
        if (c == null || loadedAt.plus(MAX_AGE).isBefore(clock.instant())) {
            c = load();
            cached = c;
            loadedAt = clock.instant();
        }
        return c;
    }

    @Transactional
    List<ProtectedIdentity> load() {
        List<Account> accounts = Account.<Account>find("creator.protectedIdentity = true").list();
        Map<Long, ProfileSnapshot> latest = new HashMap<>();
        if (!accounts.isEmpty()) {
            List<Long> ids = accounts.stream().map(a -> a.id).toList();
            for (ProfileSnapshot s : ProfileSnapshot.<ProfileSnapshot>find(
                    "accountId in ?1 and outcome = ?2 order by capturedAt", ids, FetchOutcome.OK).list()) {
                latest.put(s.accountId, s);
            }
        }
        List<ProtectedIdentity> out = new ArrayList<>();
        for (Account a : accounts) {
            ProfileSnapshot s = latest.get(a.id);
            out.add(new ProtectedIdentity(a.creator.id, a.creator.name, a.id, a.platform, a.handle,
                    s == null || s.displayName == null ? a.creator.name : s.displayName,
                    s == null ? null : s.bio, s == null ? null : s.externalUrl));
        }
        return List.copyOf(out);
    }
}
