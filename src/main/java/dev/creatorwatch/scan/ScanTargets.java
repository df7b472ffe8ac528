package dev.creatorwatch.scan;

import dev.creatorwatch.audience.FollowerSamples;
import dev.creatorwatch.audience.SampleStatus;
import dev.creatorwatch.avatar.AccountAvatars;
import dev.creatorwatch.avatar.StoredAvatar;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.snapshot.SnapshotRepository;
import dev.creatorwatch.snapshot.SnapshotRepository.Validators;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what the scans of a batch of accounts need before they fetch, with one query per kind of fact for the whole
 * batch rather than one per account. Runs in the caller's transaction (the claim's, or scan-now's look-up).
 */
@ApplicationScoped
class ScanTargets {

    private final SnapshotRepository snapshots;
    private final FollowerSamples samples;
    private final AccountAvatars avatars;

    ScanTargets(SnapshotRepository snapshots, FollowerSamples samples, AccountAvatars avatars) {
        this.snapshots = snapshots;
        this.samples = samples;
        this.avatars = avatars;
    }

    /** One account to be scanned, as the claim (or scan-now) read it. */
    record Watched(long accountId, long creatorId, Platform platform, String handle, String url) {
    }

    List<ScanTarget> of(List<Watched> accounts) {
        List<Long> ids = accounts.stream().map(Watched::accountId).toList();
        Map<Long, Validators> validators = snapshots.latestValidators(ids);
        Map<Long, SampleStatus> followers = samples.statusOf(ids);
        Map<Long, StoredAvatar> pictures = avatars.storedFor(ids);
        List<ScanTarget> targets = new ArrayList<>(accounts.size());
        for (Watched w : accounts) {
            targets.add(new ScanTarget(w.accountId(), w.creatorId(), w.platform(), w.handle(), w.url(),
                    validators.getOrDefault(w.accountId(), Validators.NONE),
                    followers.getOrDefault(w.accountId(), SampleStatus.NONE), pictures.get(w.accountId())));
        }
        return targets;
    }
}
