package dev.creatorwatch.audience;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.rules.fakefollowers.FollowerSample;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One follower sample of an account, or the plain reason none was possible ({@code unavailable}). */
@Entity
@Table(name = "follower_sample")
public class FollowerSampleRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follower_sample_seq")
    @SequenceGenerator(name = "follower_sample_seq", sequenceName = "follower_sample_seq", allocationSize = 50)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "sampled_at", nullable = false)
    public Instant sampledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Platform platform;

    @Column(nullable = false)
    public int listed;

    @Column(nullable = false)
    public int sampled;

    @Column(nullable = false)
    public int fake;

    @Column(length = 1000)
    public String unavailable;

    public static FollowerSampleRecord of(Long accountId, Platform platform, Instant at, FollowerSampler.Outcome o) {
        FollowerSampleRecord r = new FollowerSampleRecord();
        r.accountId = accountId;
        r.platform = platform;
        r.sampledAt = at;
        r.listed = o.listed();
        r.sampled = o.sample() == null ? 0 : o.sample().sampled();
        r.fake = o.sample() == null ? 0 : o.sample().fake();
        r.unavailable = o.unavailable() == null ? null
                : o.unavailable().length() > 1000 ? o.unavailable().substring(0, 1000) : o.unavailable();
        return r;
    }

    /** The sample for rules, or null when none was possible. */
    public FollowerSample sample() {
        return sample(sampled, fake, unavailable);
    }

    /** The sample for rules from a record's stored columns, or null when none was possible. */
    static FollowerSample sample(int sampled, int fake, String unavailable) {
        return unavailable != null || sampled == 0 ? null : new FollowerSample(sampled, fake);
    }

    /** A plain sentence for reports. */
    public String summary() {
        FollowerSample s = sample();
        if (s == null) {
            return unavailable == null ? "No follower sample was possible." : unavailable;
        }
        double[] ci = s.wilson(1.96);
        return String.format(Locale.ROOT, "About %.0f%% of %d followers sampled at random from the newest %d listed "
                + "look fake (95%% interval %.0f%%-%.0f%%), sampled %s.", 100.0 * s.fake() / s.sampled(), s.sampled(),
                listed, 100 * ci[0], 100 * ci[1], sampledAt.toString().substring(0, 10));
    }

    /** The figures for JSON reports. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sampledAt", sampledAt.toString());
        m.put("platform", platform.id());
        FollowerSample s = sample();
        m.put("possible", s != null);
        if (s != null) {
            double[] ci = s.wilson(1.96);
            m.put("listed", listed);
            m.put("sampled", s.sampled());
            m.put("fake", s.fake());
            m.put("fakeShare", s.fake() / (double) s.sampled());
            m.put("wilsonLow", ci[0]);
            m.put("wilsonHigh", ci[1]);
        }
        m.put("summary", summary());
        return m;
    }
}
