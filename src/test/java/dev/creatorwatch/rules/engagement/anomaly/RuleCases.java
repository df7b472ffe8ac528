package dev.creatorwatch.rules.engagement.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinition;
import dev.creatorwatch.rules.RuleFileReader;
import dev.creatorwatch.rules.RuleModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Runs one rule's {@code <id>.cases.yaml} through its module, so this area's rule files are checked by its own tests
 * too (the lead's runner does the same for every rule).
 */
public final class RuleCases {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RuleCases() {
    }

    /** Checks every case of {@code rules/<folder>/<id>.cases.yaml}; returns how many ran. */
    public static int check(String folder, String id, RuleModule module) throws IOException {
        Path rule = Path.of("rules", folder, id + ".yaml");
        RuleDefinition def = RuleFileReader.read(id + ".yaml", Files.readString(rule));
        assertThat(def.module()).isEqualTo(module.name());
        module.validate(def.parameters());
        JsonNode root = YAML.readTree(Files.readString(Path.of("rules", folder, id + ".cases.yaml")));
        assertThat(root.get("rule").asText()).isEqualTo(id);
        int n = 0;
        for (JsonNode c : root.get("cases")) {
            List<Observation> history = new ArrayList<>();
            for (JsonNode h : c.path("history")) {
                history.add(observation(h));
            }
            Collections.reverse(history); // the file lists oldest first; RuleContext wants newest first
            JsonNode a = c.get("account");
            AccountFacts account = new AccountFacts(1L, 1L, a.path("creatorName").asText(null),
                    a.path("creatorProtected").asBoolean(false),
                    Platform.valueOf(a.path("platform").asText("instagram").toUpperCase(Locale.ROOT)),
                    a.path("handle").asText(null), null, Tier.valueOf(a.path("tier").asText("UNKNOWN")));
            RuleContext ctx = new RuleContext(account, observation(c.get("snapshot")), history, List.of(), List.of());
            List<Finding> findings = module.evaluate(ctx, def.parameters());
            String name = id + " / " + c.get("name").asText();
            if (c.get("expect").asText().equals("alert")) {
                assertThat(findings).as(name).isNotEmpty();
                if (c.has("reasonContains")) {
                    assertThat(findings).as(name).anySatisfy(f -> assertThat(f.reason())
                            .contains(c.get("reasonContains").asText()));
                }
            } else {
                assertThat(findings).as(name).isEmpty();
            }
            n++;
        }
        return n;
    }

    private static Observation observation(JsonNode n) throws IOException {
        Profile p = YAML.treeToValue(n.get("profile"), Profile.class);
        return new Observation(null, Instant.parse(n.get("at").asText()), p);
    }
}
