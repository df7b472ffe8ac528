package dev.creatorwatch.audience;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.fakefollowers.AccountFeatures;
import dev.creatorwatch.rules.fakefollowers.FakeAccountClassifier;
import dev.creatorwatch.rules.fakefollowers.FakeAccountClassifierModule;
import dev.creatorwatch.rules.fakefollowers.FollowerSample;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Draws a bounded uniform random sample from an account's public follower list, classifies each sampled follower
 * with the fake-account model, and returns the count of fakes (the fake share and its Wilson interval follow from it).
 * The frame is the newest {@code maxListed} followers the platform lists, as in the SRF study ("the most recent
 * followers"), and the report says so. When no list can be read the result says why, in plain words.
 */
@ApplicationScoped
public class FollowerSampler {

    private static final Logger LOG = Logger.getLogger(FollowerSampler.class);

    /** A sample (or the reason there is none), with the frame it was drawn from. */
    public record Outcome(FollowerSample sample, int listed, String unavailable) {

        public static Outcome none(String why) {
            return new Outcome(null, 0, why);
        }
    }

    private final PublicFollowerLists lists;
    private final AudienceConfig config;
    /** The model as last loaded with the rules, asked for at each sample so a rules reload reaches it too. */
    private final Supplier<FakeAccountClassifier> classifier;

    @Inject
    public FollowerSampler(PublicFollowerLists lists, AudienceConfig config, FakeAccountClassifierModule models,
                           @ConfigProperty(name = "monitor.audience.model",
                                   defaultValue = "fakefollowers/fake-account-classifier.model.json") String model) {
        this(lists, config, () -> models.classifier(model));
    }

    FollowerSampler(PublicFollowerLists lists, AudienceConfig config, Supplier<FakeAccountClassifier> classifier) {
        this.lists = lists;
        this.config = config;
        this.classifier = classifier;
    }

    /** Whether the platform shows follower lists publicly at all. */
    public static boolean listsFollowersPublicly(Platform platform) {
        return platform == Platform.MASTODON || platform == Platform.BLUESKY;
    }

    /** Samples the followers of one account; {@code profileUrl} names the Mastodon instance. */
    public Outcome sample(Platform platform, String handle, String profileUrl) {
        if (!listsFollowersPublicly(platform)) {
            return Outcome.none(platformName(platform) + " does not show follower lists publicly, so no follower "
                    + "sample was possible.");
        }
        return platform == Platform.MASTODON ? mastodon(URI.create(profileUrl).resolve("/"), acct(handle))
                : bluesky(URI.create(config.blueskyAppview()), handle.strip().replaceFirst("^@", ""));
    }

    public Outcome mastodon(URI instance, String acct) {
        FollowerListing listing = lists.mastodon(instance, acct, config.maxListed());
        return listing.available() ? classify(draw(listing.followers()), listing.followers().size())
                : Outcome.none("No follower sample was possible: " + listing.unavailable() + ".");
    }

    public Outcome bluesky(URI appview, String actor) {
        FollowerListing listing = lists.bluesky(appview, actor, config.maxListed());
        if (!listing.available()) {
            return Outcome.none("No follower sample was possible: " + listing.unavailable() + ".");
        }
        return classify(lists.blueskyCounts(appview, draw(listing.followers())), listing.followers().size());
    }

    /** Uniform draw without replacement, seeded so the same list gives the same sample. */
    List<SampledFollower> draw(List<SampledFollower> listed) {
        List<SampledFollower> all = new ArrayList<>(listed);
        Collections.shuffle(all, new Random(config.seed()));
        return all.subList(0, Math.min(config.sampleSize(), all.size()));
    }

    private Outcome classify(List<SampledFollower> sample, int listed) {
        if (listed == 0) {
            return Outcome.none("No follower sample was possible: the account has no followers listed.");
        }
        FakeAccountClassifier model;
        try {
            model = classifier.get();
        } catch (RuleDefinitionException e) {
            LOG.warnf("No follower sample: the fake-account model is not available: %s", e.getMessage());
            return Outcome.none("No follower sample was possible: the fake-account model could not be loaded (the "
                    + "rules check on /q/health/ready says why).");
        }
        int fake = 0;
        int judged = 0;
        for (SampledFollower f : sample) {
            if (f.profile().followers() == null || f.profile().following() == null) {
                continue; // without counts the model would be guessing
            }
            judged++;
            if (model.assess(AccountFeatures.of(f.profile()), 1).fake()) {
                fake++;
            }
        }
        if (judged == 0) {
            return Outcome.none("No follower sample was possible: the platform listed followers but showed no "
                    + "counts for them.");
        }
        return new Outcome(new FollowerSample(judged, fake), listed, null);
    }

    /** Mastodon handles come as {@code user@instance} or {@code @user@instance}; the lookup wants {@code user@instance}. */
    static String acct(String handle) {
        return handle.strip().replaceFirst("^@", "");
    }

    private static String platformName(Platform p) {
        String id = p.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
