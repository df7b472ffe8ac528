package dev.creatorwatch.snapshot;

import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.rules.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** History queries over the append-only snapshots. */
@ApplicationScoped
public class SnapshotRepository {

    /** Good snapshots of an account, newest first. */
    public List<ProfileSnapshot> goodHistory(Long accountId, int limit) {
        // Read-only: history is never changed, so the session keeps no copies of it to dirty-check at every flush.
        return ProfileSnapshot.<ProfileSnapshot>find(
                "accountId = ?1 and outcome = ?2 order by capturedAt desc, id desc", accountId, FetchOutcome.OK)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, limit).list();
    }

    public Optional<ProfileSnapshot> latestGood(Long accountId) {
        return goodHistory(accountId, 1).stream().findFirst();
    }

    /**
     * The validators of each account's latest good snapshot, for a whole claimed batch in one query; accounts whose
     * latest good snapshot kept none (or that have none) are absent.
     */
    public Map<Long, Validators> latestValidators(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        // One index probe per account (newest first, limit 1) rather than reading every good snapshot of the batch.
        List<Object[]> rows = ProfileSnapshot.getEntityManager().createQuery("select s.accountId, s.etag, "
                        + "s.lastModified from ProfileSnapshot s where s.id in (select (select t.id "
                        + "from ProfileSnapshot t where t.accountId = a.id and t.outcome = :ok "
                        + "order by t.capturedAt desc, t.id desc limit 1) from Account a where a.id in :ids)",
                        Object[].class)
                .setParameter("ok", FetchOutcome.OK).setParameter("ids", accountIds).getResultList();
        Map<Long, Validators> validators = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            Validators v = new Validators((String) row[1], (String) row[2]);
            if (v.any()) {
                validators.put((Long) row[0], v);
            }
        }
        return validators;
    }

    /** ETag and Last-Modified of one response; either may be null. */
    public record Validators(String etag, String lastModified) {

        public static final Validators NONE = new Validators(null, null);

        boolean any() {
            return etag != null || lastModified != null;
        }
    }

    /** The latest attempt of any outcome. */
    public Optional<ProfileSnapshot> latestAttempt(Long accountId) {
        return ProfileSnapshot.<ProfileSnapshot>find("accountId = ?1 order by capturedAt desc, id desc", accountId)
                .firstResultOptional();
    }

    /**
     * How many of the account's latest attempts in a row ended with {@code outcome}, looking back at most {@code max}
     * attempts (the newest attempt counts only if it has that outcome).
     */
    public int consecutive(Long accountId, FetchOutcome outcome, int max) {
        List<FetchOutcome> latest = ProfileSnapshot.getEntityManager().createQuery(
                "select s.outcome from ProfileSnapshot s where s.accountId = :account "
                        + "order by s.capturedAt desc, s.id desc", FetchOutcome.class)
                .setParameter("account", accountId).setMaxResults(max).getResultList();
        int n = 0;
        while (n < latest.size() && latest.get(n) == outcome) {
            n++;
        }
        return n;
    }

    /** All attempts of the given accounts, newest first, keyset-paged by id. */
    public List<ProfileSnapshot> attempts(List<Long> accountIds, Long beforeId, int limit) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        if (beforeId == null) {
            return ProfileSnapshot.<ProfileSnapshot>find("accountId in ?1 order by id desc", accountIds)
                    .page(0, limit).list();
        }
        return ProfileSnapshot.<ProfileSnapshot>find("accountId in ?1 and id < ?2 order by id desc", accountIds,
                beforeId).page(0, limit).list();
    }

    public static Observation toObservation(ProfileSnapshot s) {
        return new Observation(s.id, s.capturedAt, s.toProfile());
    }
}
