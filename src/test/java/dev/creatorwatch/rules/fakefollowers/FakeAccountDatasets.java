package dev.creatorwatch.rules.fakefollowers;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.creatorwatch.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the three labelled sets in {@code shared/data/fake-accounts} into full {@link FakeFeature} vectors, leaving
 * NaN what a set does not record. Nothing here is copied into the repository.
 */
final class FakeAccountDatasets {

    record Dataset(String name, double[][] x, int[] y) {
        int fakes() {
            int s = 0;
            for (int v : y) {
                s += v;
            }
            return s;
        }
    }

    private FakeAccountDatasets() {
    }

    static Dataset instaFake(Path root) {
        Path dir = root.resolve("instafake-fake-v1.0");
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (String file : List.of("fakeAccountData.json", "realAccountData.json")) {
            for (Map<String, Double> row : readJson(dir.resolve(file))) {
                double[] v = AccountFeatures.empty();
                v[FakeFeature.FOLLOWERS.ordinal()] = row.get("userFollowerCount");
                v[FakeFeature.FOLLOWING.ordinal()] = row.get("userFollowingCount");
                v[FakeFeature.BIO_LENGTH.ordinal()] = row.get("userBiographyLength");
                v[FakeFeature.POSTS.ordinal()] = row.get("userMediaCount");
                v[FakeFeature.HAS_PROFILE_PICTURE.ordinal()] = row.get("userHasProfilPic");
                v[FakeFeature.IS_PRIVATE.ordinal()] = row.get("userIsPrivate");
                double len = row.get("usernameLength");
                v[FakeFeature.USERNAME_LENGTH.ordinal()] = len;
                v[FakeFeature.USERNAME_DIGIT_RATIO.ordinal()] = row.get("usernameDigitCount") / Math.max(1, len);
                AccountFeatures.derive(v);
                x.add(v);
                y.add(row.get("isFake").intValue());
            }
        }
        return new Dataset("InstaFake", x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray());
    }

    static Dataset kaggle(Path root, String split) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (CSVRecord r : readCsv(root.resolve("kaggle-instagram-fake-spammer-genuine").resolve(split + ".csv"))) {
            double[] v = AccountFeatures.empty();
            v[FakeFeature.HAS_PROFILE_PICTURE.ordinal()] = num(r, "profile pic");
            v[FakeFeature.USERNAME_DIGIT_RATIO.ordinal()] = num(r, "nums/length username");
            v[FakeFeature.FULLNAME_WORDS.ordinal()] = num(r, "fullname words");
            v[FakeFeature.FULLNAME_DIGIT_RATIO.ordinal()] = num(r, "nums/length fullname");
            v[FakeFeature.NAME_EQUALS_USERNAME.ordinal()] = num(r, "name==username");
            v[FakeFeature.BIO_LENGTH.ordinal()] = num(r, "description length");
            v[FakeFeature.HAS_EXTERNAL_URL.ordinal()] = num(r, "external URL");
            v[FakeFeature.IS_PRIVATE.ordinal()] = num(r, "private");
            v[FakeFeature.POSTS.ordinal()] = num(r, "#posts");
            v[FakeFeature.FOLLOWERS.ordinal()] = num(r, "#followers");
            v[FakeFeature.FOLLOWING.ordinal()] = num(r, "#follows");
            AccountFeatures.derive(v);
            x.add(v);
            y.add((int) num(r, "fake"));
        }
        return new Dataset("Kaggle " + split, x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray());
    }

    static Dataset srf(Path root) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (CSVRecord r : readCsv(root.resolve("srf-instagram-followers-2017/labelled_975_followers_anonymised.csv"))) {
            double[] v = AccountFeatures.empty();
            v[FakeFeature.POSTS.ordinal()] = num(r, "posts");
            v[FakeFeature.FOLLOWING.ordinal()] = num(r, "following");
            v[FakeFeature.FOLLOWERS.ordinal()] = num(r, "followers");
            v[FakeFeature.HAS_PROFILE_PICTURE.ordinal()] = num(r, "has_profile_picture");
            v[FakeFeature.IS_PRIVATE.ordinal()] = num(r, "is_private");
            double len = num(r, "username_length");
            v[FakeFeature.USERNAME_LENGTH.ordinal()] = len;
            v[FakeFeature.USERNAME_DIGIT_RATIO.ordinal()] = num(r, "username_digit_count") / Math.max(1, len);
            v[FakeFeature.USERNAME_NUMBER_AT_END.ordinal()] = num(r, "username_has_number_at_end");
            v[FakeFeature.USERNAME_LOWERCASE_RATIO.ordinal()] = num(r, "username_lowercase_letter_ratio");
            v[FakeFeature.USERNAME_SEPARATORS.ordinal()] = num(r, "username_underscore_count")
                    + num(r, "username_dot_count");
            AccountFeatures.derive(v);
            x.add(v);
            y.add((int) num(r, "is_fake"));
        }
        return new Dataset("SRF 2017", x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double num(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column).trim());
    }

    private static List<CSVRecord> readCsv(Path p) {
        try (Reader in = Files.newBufferedReader(p)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Double>> readJson(Path p) {
        try {
            return Json.read(Files.readString(p), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
