package dev.creatorwatch.rules.brandsafety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lexicons and suitability profiles under {@code <rules>/brandsafety/}: {@code lexicons/*.lexicon.txt} and
 * {@code suitability/*.profile.json}. Loaded as a whole; an invalid file refuses the whole load with a message naming
 * file and line, so a half-read lexicon never runs.
 */
public record BrandSafetyLibrary(Lexicon lexicon, Map<String, SuitabilityProfile> profiles) {

    public static final String LEXICON_SUFFIX = ".lexicon.txt";
    public static final String PROFILE_SUFFIX = ".profile.json";

    public BrandSafetyLibrary {
        profiles = Map.copyOf(profiles);
    }

    public Optional<SuitabilityProfile> profile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    public static BrandSafetyLibrary load(Path brandSafetyFolder) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (Path file : files(brandSafetyFolder.resolve("lexicons"), LEXICON_SUFFIX)) {
            entries.addAll(LexiconFileReader.read(name(brandSafetyFolder, file), read(file)));
        }
        if (entries.isEmpty()) {
            throw new BrandSafetyDataException(brandSafetyFolder.resolve("lexicons") + ": no *" + LEXICON_SUFFIX
                    + " files with terms");
        }
        Map<String, SuitabilityProfile> profiles = new LinkedHashMap<>();
        for (Path file : files(brandSafetyFolder.resolve("suitability"), PROFILE_SUFFIX)) {
            SuitabilityProfile p = SuitabilityProfileReader.read(name(brandSafetyFolder, file), read(file));
            profiles.put(p.name(), p);
        }
        Lexicon lexicon;
        try {
            lexicon = new Lexicon(entries);
        } catch (IllegalArgumentException e) {
            throw new BrandSafetyDataException(e.getMessage());
        }
        return new BrandSafetyLibrary(lexicon, profiles);
    }

    private static List<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            throw new BrandSafetyDataException(folder.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BrandSafetyDataException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static String name(Path folder, Path file) {
        return "brandsafety/" + folder.relativize(file).toString().replace('\\', '/');
    }
}
