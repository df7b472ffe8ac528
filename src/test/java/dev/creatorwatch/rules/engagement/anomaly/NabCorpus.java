package dev.creatorwatch.rules.engagement.anomaly;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.creatorwatch.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The NAB v1.1 corpus as the scorer needs it: every data file's timestamps and values, and its label windows turned
 * into inclusive row-index ranges. Timestamps repeat in some files, so a window edge maps to the FIRST matching row,
 * as NAB's {@code list.index} does.
 */
record NabCorpus(Path root, List<NabFile> files) {

    private static final DateTimeFormatter DATA_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter WINDOW_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** One data file; {@code windows[k] = {left, right}} row indices, inclusive, sorted by start. */
    record NabFile(String relativePath, List<LocalDateTime> timestamps, double[] values, int[][] windows) {

        String category() {
            return relativePath.substring(0, relativePath.indexOf('/'));
        }

        String fileName() {
            return relativePath.substring(relativePath.indexOf('/') + 1);
        }

        int rows() {
            return values.length;
        }
    }

    static NabCorpus load(Path nabRoot) {
        Map<String, List<List<String>>> windows = readJson(nabRoot.resolve("labels/combined_windows.json"));
        List<NabFile> files = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> e : new TreeMap<>(windows).entrySet()) {
            files.add(loadFile(nabRoot, e.getKey(), e.getValue()));
        }
        return new NabCorpus(nabRoot, List.copyOf(files));
    }

    int windowCount() {
        return files.stream().mapToInt(f -> f.windows().length).sum();
    }

    private static NabFile loadFile(Path root, String relativePath, List<List<String>> windowTexts) {
        List<String> lines = readLines(root.resolve("data").resolve(relativePath));
        List<LocalDateTime> ts = new ArrayList<>(lines.size());
        double[] values = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            ts.add(LocalDateTime.parse(cells[0].trim(), DATA_TS));
            values[i - 1] = Double.parseDouble(cells[1].trim());
        }
        int[][] windows = new int[windowTexts.size()][];
        for (int k = 0; k < windowTexts.size(); k++) {
            List<String> w = windowTexts.get(k);
            windows[k] = new int[] {firstIndex(ts, w.get(0), relativePath), firstIndex(ts, w.get(1), relativePath)};
        }
        java.util.Arrays.sort(windows, java.util.Comparator.comparingInt(w -> w[0]));
        return new NabFile(relativePath, List.copyOf(ts), values, windows);
    }

    private static int firstIndex(List<LocalDateTime> ts, String windowEdge, String file) {
        int i = ts.indexOf(LocalDateTime.parse(windowEdge, WINDOW_TS));
        if (i < 0) {
            throw new IllegalStateException("window edge " + windowEdge + " is not a row of " + file);
        }
        return i;
    }

    /** Reads one detector's per-row {@code anomaly_score} column from a NAB-layout results folder. */
    static double[] readScores(Path resultsDir, String detector, NabFile file) {
        Path p = resultsDir.resolve(file.category()).resolve(detector + "_" + file.fileName());
        List<String> lines = readLines(p);
        String[] header = lines.get(0).split(",");
        int col = List.of(header).indexOf("anomaly_score");
        double[] scores = new double[lines.size() - 1];
        if (scores.length != file.rows()) {
            throw new IllegalStateException(p + " has " + scores.length + " rows, data has " + file.rows());
        }
        for (int i = 1; i < lines.size(); i++) {
            scores[i - 1] = Double.parseDouble(lines.get(i).split(",", -1)[col]);
        }
        return scores;
    }

    static List<String> readLines(Path p) {
        try {
            return Files.readAllLines(p).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<List<String>>> readJson(Path p) {
        try {
            return Json.read(Files.readString(p), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
