package dev.creatorwatch.rules.engagement;

import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one table of typical engagement rates per tier, {@value #FILE} under the rules folder, shared by every rule
 * that compares engagement with its tier (engagement-low-rate, fake-audience-quality) and by the creator check, so a
 * marketer never reads two "usual" rates for one creator and a security team tunes them in one place. The rules that
 * read it load it when they are (re)loaded: a missing or inconsistent table refuses them with the file and the
 * problem, and the last table that loaded stays in use.
 */
@ApplicationScoped
public class TierEngagementNorms {

    /** Relative to the rules folder. */
    public static final String FILE = "engagement/tier-engagement-norms.json";

    private final Path file;
    private volatile EngagementNormTable table;

    @Inject
    public TierEngagementNorms(@ConfigProperty(name = "monitor.rules.dir", defaultValue = "rules") Path rulesDir) {
        this.file = rulesDir.resolve(FILE);
    }

    /**
     * Reads the table afresh, as a rule that uses it is loaded; it replaces the one in use only when it loads.
     *
     * @throws RuleDefinitionException naming the file and what is wrong with it
     */
    public EngagementNormTable reload() {
        EngagementNormTable fresh = read();
        table = fresh;
        return fresh;
    }

    /**
     * What a rule that compares engagement with its tier does as it is validated: refuses a table of its own under
     * {@code parameter} (one table, or two "usual" rates for one creator again), then reads the shared table afresh.
     *
     * @throws RuleDefinitionException naming the parameter or the file and what is wrong
     */
    public EngagementNormTable reloadFor(RuleParameters p, String parameter) {
        if (p.has(parameter)) {
            throw new RuleDefinitionException("parameters." + parameter, "parameters." + parameter + ": the typical "
                    + "rate of each tier is not set per rule any more but in " + FILE + ", shared by every rule that "
                    + "compares engagement with the tier and by the creator check; remove this table and tune that "
                    + "file");
        }
        return reload();
    }

    /** The table in use (read now if no rule loaded it yet). */
    public EngagementNormTable current() {
        EngagementNormTable t = table;
        return t != null ? t : reload();
    }

    /** The typical rate of the tier for display; empty for an unknown tier or when no table could ever be read. */
    public OptionalDouble typical(Tier tier) {
        try {
            return current().of(tier);
        } catch (RuleDefinitionException e) {
            // The rules that need the table are refused then and say why (GET /api/rules); a display shows nothing.
            return OptionalDouble.empty();
        }
    }

    private EngagementNormTable read() {
        try {
            return EngagementNormTable.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw refused("the file is missing; the rules that compare engagement with the tier read their "
                    + "typical rates from it");
        } catch (IOException e) {
            throw refused("the file cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
    }

    /** Named by the file: the rule loader prints "<rule file>: field '<this file>': <problem>". */
    private static RuleDefinitionException refused(String problem) {
        return new RuleDefinitionException(FILE, problem);
    }
}
