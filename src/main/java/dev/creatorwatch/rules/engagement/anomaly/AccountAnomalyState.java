package dev.creatorwatch.rules.engagement.anomaly;

import dev.creatorwatch.json.Json;
import com.fasterxml.jackson.core.type.TypeReference;

/** Everything {@link AccountAnomalyDetector} remembers about one account; a few hundred bytes of JSON. */
public final class AccountAnomalyState {
    public MetricState followers = new MetricState();
    public MetricState engagement = new MetricState();
    public MetricState posts = new MetricState();
    public boolean spikeOpen;

    public String toJson() {
        return Json.write(this);
    }

    public static AccountAnomalyState fromJson(String json) {
        return Json.read(json, new TypeReference<AccountAnomalyState>() { });
    }

    AccountAnomalyState copy() {
        AccountAnomalyState c = new AccountAnomalyState();
        c.followers = followers.copy();
        c.engagement = engagement.copy();
        c.posts = posts.copy();
        c.spikeOpen = spikeOpen;
        return c;
    }
}
