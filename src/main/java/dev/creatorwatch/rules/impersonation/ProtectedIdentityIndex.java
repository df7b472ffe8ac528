package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.rules.ProtectedIdentity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Finds the protected identities a candidate may imitate without comparing it with each of them. Immutable once
 * built, so one instance can be shared by every thread (hold it in an application-scoped bean and rebuild it when
 * the protected list changes).
 *
 * <p>Why exact keys suffice: {@link LookalikeScorer} only raises a finding when the handle has the same skeleton, the
 * same core (affixes stripped), or is near AND the display name is copied. Each of those is an equality between two
 * folded strings, so indexing every identity under its handle skeleton, handle core, display core and sorted display
 * words, and looking the candidate up under the same forms, returns every identity the full scorer would alert on
 * (recall equal to a linear scan, checked by a test on the labelled set). Candidates are then verified with the full
 * scorer. Keys are stored as 64-bit hashes in an open-addressing table with chained ids; a hash collision only adds a
 * candidate that verification drops.
 */
public final class ProtectedIdentityIndex {

    private static final char HANDLE = 'h';
    private static final char DISPLAY = 'd';
    private static final int MIN_DISPLAY_KEY = 2;

    private final LookalikeScorer scorer;
    private final ProtectedIdentity[] identities;
    private final IdentityKeys[] keys;
    private final long[] slotHash;
    private final int[] slotHead;
    private final int[] entryId;
    private final int[] entryNext;
    private final int mask;

    private ProtectedIdentityIndex(LookalikeScorer scorer, ProtectedIdentity[] identities, IdentityKeys[] keys,
            long[] slotHash, int[] slotHead, int[] entryId, int[] entryNext) {
        this.scorer = scorer;
        this.identities = identities;
        this.keys = keys;
        this.slotHash = slotHash;
        this.slotHead = slotHead;
        this.entryId = entryId;
        this.entryNext = entryNext;
        this.mask = slotHash.length - 1;
    }

    public static ProtectedIdentityIndex build(Collection<ProtectedIdentity> protectedIdentities,
            ImpersonationSettings settings) {
        LookalikeScorer scorer = new LookalikeScorer(settings);
        ProtectedIdentity[] ids = protectedIdentities.stream().filter(Objects::nonNull).toArray(ProtectedIdentity[]::new);
        IdentityKeys[] keys = new IdentityKeys[ids.length];
        long[][] hashesPerId = new long[ids.length][];
        int entries = 0;
        for (int i = 0; i < ids.length; i++) {
            keys[i] = scorer.keys(ids[i]);
            hashesPerId[i] = indexHashes(keys[i]);
            entries += hashesPerId[i].length;
        }
        int capacity = Integer.highestOneBit(Math.max(16, entries * 2 - 1)) << 1;
        long[] slotHash = new long[capacity];
        int[] slotHead = new int[capacity];
        Arrays.fill(slotHead, -1);
        int[] entryId = new int[entries];
        int[] entryNext = new int[entries];
        int e = 0;
        for (int i = 0; i < ids.length; i++) {
            for (long h : hashesPerId[i]) {
                int slot = (int) h & (capacity - 1);
                while (slotHead[slot] != -1 && slotHash[slot] != h) {
                    slot = (slot + 1) & (capacity - 1);
                }
                slotHash[slot] = h;
                entryId[e] = i;
                entryNext[e] = slotHead[slot];
                slotHead[slot] = e;
                e++;
            }
        }
        return new ProtectedIdentityIndex(scorer, ids, keys, slotHash, slotHead, entryId, entryNext);
    }

    public int size() {
        return identities.length;
    }

    public LookalikeScorer scorer() {
        return scorer;
    }

    /** The findings the full scorer raises for this candidate, best first; never the candidate's own creator. */
    public List<LookalikeMatch> matches(CandidateAccount candidate) {
        IdentityKeys ck = scorer.keys(candidate.handle(), candidate.displayName(), candidate.bio());
        List<LookalikeMatch> out = new ArrayList<>();
        for (int id : candidateIds(ck)) {
            if (scorer.canAlert(ck, keys[id])) {
                addIfAlert(candidate, ck, id, out);
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /**
     * The reference the index is measured against: the full scorer on every identity (its cheap handle check first).
     * Returns the same findings as {@link #matches}; linear in the number of identities.
     */
    public List<LookalikeMatch> linearScan(CandidateAccount candidate) {
        IdentityKeys ck = scorer.keys(candidate.handle(), candidate.displayName(), candidate.bio());
        List<LookalikeMatch> out = new ArrayList<>();
        for (int id = 0; id < identities.length; id++) {
            if (scorer.canAlert(ck, keys[id])) {
                addIfAlert(candidate, ck, id, out);
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    private void addIfAlert(CandidateAccount candidate, IdentityKeys ck, int id, List<LookalikeMatch> out) {
        ProtectedIdentity p = identities[id];
        if (!scorer.settings().crossPlatform() && p.platform() != candidate.platform()) {
            return;
        }
        LookalikeMatch m = scorer.score(candidate, ck, p, keys[id]);
        if (m.alert()) {
            out.add(m);
        }
    }

    /** Ids of every identity sharing a key with the candidate, each once, in ascending order. */
    int[] candidateIds(IdentityKeys ck) {
        int[] found = new int[8];
        int n = 0;
        long[] lookups = {hash(HANDLE, ck.handleSkeleton()), hash(HANDLE, ck.handleCore()),
                hash(HANDLE, ck.displayCore()), hash(DISPLAY, ck.displayCore()), hash(DISPLAY, ck.displayWords())};
        for (int k = 0; k < lookups.length; k++) {
            long h = lookups[k];
            if (h == 0 || contains(lookups, k, h)) {
                continue;
            }
            int slot = (int) h & mask;
            while (slotHead[slot] != -1) {
                if (slotHash[slot] == h) {
                    for (int e = slotHead[slot]; e != -1; e = entryNext[e]) {
                        if (n == found.length) {
                            found = Arrays.copyOf(found, n * 2);
                        }
                        found[n++] = entryId[e];
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        int[] ids = Arrays.copyOf(found, n);
        Arrays.sort(ids);
        return Arrays.stream(ids).distinct().toArray();
    }

    private static boolean contains(long[] values, int before, long v) {
        for (int i = 0; i < before; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static long[] indexHashes(IdentityKeys k) {
        long[] hs = {hash(HANDLE, k.handleSkeleton()), hash(HANDLE, k.handleCore()),
                displayKey(k.displayCore()), displayKey(k.displayWords())};
        return Arrays.stream(hs).filter(h -> h != 0).distinct().toArray();
    }

    private static long displayKey(String s) {
        return s.length() < MIN_DISPLAY_KEY ? 0 : hash(DISPLAY, s);
    }

    /** 64-bit FNV-1a over the kind and the text, with MurmurHash3's finaliser; 0 means "no key". */
    static long hash(char kind, String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
