package dev.creatorwatch.rules;

import dev.creatorwatch.creator.Platform;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The protected identities rules compare against, and the accounts each protected creator or brand has sanctioned
 * (a known fan account, a sub-brand), as one immutable set. The app holds one current set (see
 * {@link ProtectedIdentities}) and hands the same instance to every rule context, so what a rule module derives from
 * it (an index, say) is built once per set and per rule, not once per snapshot: {@link #view}.
 *
 * <p>Every creator's identities are in the set, the checked account's own creator included; modules skip a creator's
 * own accounts themselves (a creator never impersonates itself).
 */
public final class ProtectedIdentitySet {

    public static final ProtectedIdentitySet EMPTY = new ProtectedIdentitySet(List.of(), List.of(), "empty");

    /** A view is dropped when more than this many are kept, so reloaded rule files cannot pile views up. */
    private static final int MAX_VIEWS = 32;

    private final List<ProtectedIdentity> identities;
    private final Set<String> sanctioned;
    private final String version;
    private final Map<Object, Object> views = new ConcurrentHashMap<>();

    /**
     * An account a protected creator has allowlisted: rules raise nothing about it on that creator's behalf.
     *
     * @param creatorId the protected creator or brand that sanctioned the account
     * @param platform  the account's platform
     * @param handle    its handle (any case, with or without '@')
     */
    public record Sanctioned(Long creatorId, Platform platform, String handle) {
    }

    public ProtectedIdentitySet(Collection<ProtectedIdentity> identities, Collection<Sanctioned> sanctioned,
            String version) {
        this(List.copyOf(identities.stream().filter(Objects::nonNull).toList()),
                sanctioned.stream().filter(Objects::nonNull).map(s -> key(s.creatorId(), s.platform(), s.handle()))
                        .collect(Collectors.toUnmodifiableSet()), version);
    }

    private ProtectedIdentitySet(List<ProtectedIdentity> identities, Set<String> sanctionedKeys, String version) {
        this.identities = identities;
        this.sanctioned = sanctionedKeys;
        this.version = Objects.requireNonNull(version);
    }

    /** The identities of one creator or brand only, with the same allowlists (a suspect compared with one creator). */
    public ProtectedIdentitySet onlyCreator(Long creatorId) {
        return new ProtectedIdentitySet(identities.stream().filter(p -> Objects.equals(p.creatorId(), creatorId))
                .toList(), sanctioned, version + "/creator:" + creatorId);
    }

    /** True when any protected creator or brand has allowlisted this platform + handle. */
    public boolean isSanctionedByAnyone(Platform platform, String handle) {
        String suffix = key(null, platform, handle).substring("null".length());
        return sanctioned.stream().anyMatch(k -> k.endsWith(suffix));
    }

    public static ProtectedIdentitySet of(Collection<ProtectedIdentity> identities) {
        return identities == null || identities.isEmpty() ? EMPTY
                : new ProtectedIdentitySet(identities, List.of(), "list");
    }

    public List<ProtectedIdentity> all() {
        return identities;
    }

    public int size() {
        return identities.size();
    }

    /** What the set was loaded from (a fingerprint of the database state), for logs and tests. */
    public String version() {
        return version;
    }

    /** True when the creator or brand has allowlisted this platform + handle. */
    public boolean isSanctioned(Long creatorId, Platform platform, String handle) {
        return !sanctioned.isEmpty() && handle != null && sanctioned.contains(key(creatorId, platform, handle));
    }

    public int sanctionedCount() {
        return sanctioned.size();
    }

    /** The sanctioned accounts in their compared form (see {@link #key}). */
    public Set<String> sanctionedKeys() {
        return sanctioned;
    }

    /**
     * Something derived from the identities, built on first use and kept with this set. {@code key} must identify the
     * derivation (a rule's parameters object, for instance); concurrent callers wait for one build.
     */
    @SuppressWarnings("unchecked")
    public <T> T view(Object key, Function<List<ProtectedIdentity>, T> build) {
        Object v = views.get(key);
        if (v != null) {
            return (T) v;
        }
        if (views.size() >= MAX_VIEWS) {
            views.clear();
        }
        return (T) views.computeIfAbsent(key, k -> build.apply(identities));
    }

    /** The normalised form sanctioned accounts are compared in: creator, platform, lower-case handle without '@'. */
    public static String key(Long creatorId, Platform platform, String handle) {
        String h = handle == null ? "" : handle.strip().toLowerCase(Locale.ROOT);
        h = h.startsWith("@") ? h.substring(1) : h;
        return creatorId + "|" + (platform == null ? "" : platform.id()) + "|" + h;
    }

    @Override
    public String toString() {
        return "ProtectedIdentitySet[" + identities.size() + " identities, " + sanctioned.size() + " sanctioned, "
                + version + "]";
    }
}
