package dev.creatorwatch.rules;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The rules in force. Loads every {@code *.yaml} under the rules folder ({@code deprecated/} included, where rules are
 * kept but never run), checks each against its module, and swaps the new set in at once. A file that fails is refused
 * with a message naming file, line and field; its last good version stays in force, so a typo never switches
 * detection off.
 */
@Startup
@ApplicationScoped
public class RuleCatalog {

    private static final Logger LOG = Logger.getLogger(RuleCatalog.class);

    private final Path folder;
    private final Map<String, RuleModule> modules = new HashMap<>();
    private volatile Map<String, RuleDefinition> rules = Map.of();
    private volatile List<String> lastErrors = List.of();

    @Inject
    public RuleCatalog(@ConfigProperty(name = "monitor.rules.dir", defaultValue = "rules") Path folder,
            Instance<RuleModule> moduleBeans) {
        this(folder, (Iterable<RuleModule>) moduleBeans);
    }

    /** A catalog over the given modules, outside CDI (benchmarks). */
    public RuleCatalog(Path folder, Iterable<? extends RuleModule> moduleBeans) {
        this.folder = folder;
        moduleBeans.forEach(m -> modules.put(m.name(), m));
        reload();
    }

    /** Reads the folder again; returns what was refused (empty when every file was good). */
    public synchronized ReloadResult reload() {
        Map<String, RuleDefinition> previousByFile = new HashMap<>();
        rules.values().forEach(r -> previousByFile.put(r.source(), r));
        Map<String, RuleDefinition> next = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Path file : ruleFiles()) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            try {
                RuleDefinition def = RuleFileReader.read(name, Files.readString(file, StandardCharsets.UTF_8));
                if (name.startsWith("deprecated/") != (def.status() == RuleStatus.DEPRECATED)) {
                    throw new RuleDefinitionException("status", name
                            + ": field 'status' must be deprecated exactly for files under deprecated/");
                }
                checkAgainstModule(def);
                RuleDefinition clash = next.putIfAbsent(def.id(), def);
                if (clash != null) {
                    throw new RuleDefinitionException("id", name + ": field 'id' '" + def.id()
                            + "' is already used by " + clash.source());
                }
            } catch (IOException | RuntimeException e) {
                errors.add(e.getMessage());
                LOG.errorf("Rule file refused, keeping its last good version: %s", e.getMessage());
                RuleDefinition old = previousByFile.get(name);
                if (old != null) {
                    next.putIfAbsent(old.id(), old);
                }
            }
        }
        rules = Map.copyOf(next);
        lastErrors = List.copyOf(errors);
        LOG.infof("Rules in force: %d (%d refused) from %s", next.size(), errors.size(), folder.toAbsolutePath());
        return new ReloadResult(next.size(), lastErrors);
    }

    private void checkAgainstModule(RuleDefinition def) {
        RuleModule module = modules.get(def.module());
        if (module == null) {
            throw new RuleDefinitionException("module", def.source() + ": field 'module' names no known module '"
                    + def.module() + "' (known: " + String.join(", ", modules.keySet().stream().sorted().toList()) + ")");
        }
        try {
            module.validate(def.parameters());
        } catch (RuleDefinitionException e) {
            throw new RuleDefinitionException(e.field(), def.source() + ": field '" + e.field() + "': " + e.getMessage());
        }
    }

    private List<Path> ruleFiles() {
        if (!Files.isDirectory(folder)) {
            LOG.errorf("Rules folder %s does not exist: no rules are in force", folder.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().endsWith(".cases.yaml"))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            LOG.errorf("Cannot list rules folder %s: %s", folder, e.getMessage());
            return List.of();
        }
    }

    /** All rules in force, deprecated ones included. */
    public List<RuleDefinition> all() {
        return rules.values().stream().sorted(Comparator.comparing(RuleDefinition::id)).toList();
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public RuleModule module(RuleDefinition def) {
        return modules.get(def.module());
    }

    public List<String> lastErrors() {
        return lastErrors;
    }

    public Path folder() {
        return folder;
    }

    /** The outcome of one (re)load. */
    public record ReloadResult(int rulesInForce, List<String> refused) {
    }
}
