package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.rules.ProtectedIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The hand-labelled candidate/protected pairs in {@code impersonation/labelled-pairs.csv}. */
record LabelledPairs(List<Pair> pairs) {

    record Pair(String candidateHandle, String candidateDisplayName, String protectedHandle,
            String protectedDisplayName, boolean impersonation, String kind) {

        CandidateAccount candidate() {
            return CandidateAccount.of(Platform.INSTAGRAM, candidateHandle, candidateDisplayName);
        }

        /** Each distinct protected handle is its own creator, with ids derived from the handle. */
        ProtectedIdentity target() {
            long id = Math.abs((long) protectedHandle.hashCode()) + 1;
            return new ProtectedIdentity(id, protectedDisplayName, id, Platform.INSTAGRAM, protectedHandle,
                    protectedDisplayName, null, null);
        }
    }

    static LabelledPairs load() {
        try (InputStream in = LabelledPairs.class.getResourceAsStream("/impersonation/labelled-pairs.csv");
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Pair> pairs = new ArrayList<>();
            for (CSVRecord r : csv) {
                pairs.add(new Pair(r.get("candidate_handle"), r.get("candidate_display_name"),
                        r.get("protected_handle"), r.get("protected_display_name"), r.get("label").equals("1"),
                        r.get("kind")));
            }
            return new LabelledPairs(List.copyOf(pairs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every distinct protected identity of the set. */
    List<ProtectedIdentity> protectedIdentities() {
        return pairs.stream().map(Pair::target).distinct().toList();
    }
}
