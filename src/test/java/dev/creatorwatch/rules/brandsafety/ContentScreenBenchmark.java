package dev.creatorwatch.rules.brandsafety;

import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Cost of screening one profile (bio, link, 12 captions of ~280 characters, English and Japanese). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContentScreenBenchmark {

    private ContentScreen screen;
    private Profile english;
    private Profile japanese;

    @Setup
    public void setUp() {
        screen = new ContentScreen(BrandSafetyLibrary.load(Path.of("rules/brandsafety")).lexicon());
        english = profile("Portrait photographer | headshots & branding | shot on Sony | NYC",
                "Golden hour in Brooklyn again. Shot on film, developed at home, scanned badly. Killing it with the "
                        + "new lens though, and the drug store prints came out great. Next week: photo shoots in "
                        + "the park, bring your dog and your best smile. Booking link in bio #portrait #film #nyc");
        japanese = profile("東京在住📍カフェ巡りとパン屋さん巡りが好きです☕️",
                "今日は麻布十番のカフェでシャブシャブランチ。ヤクルトも飲んでテロップ入れの作業をしました。"
                        + "ワインレッドのネイルも新しくしたので写真を撮りました。来週は京都の寺社巡りに行く予定です。"
                        + "おすすめのお店があれば教えてください！ #東京カフェ #カフェ巡り #ネイル");
    }

    private static Profile profile(String bio, String caption) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            posts.add(new Post("p" + i, null, null, 100L, 5L, null, caption));
        }
        return Profile.builder().bio(bio).externalUrl("https://example.com/links").recentPosts(posts).build();
    }

    @Benchmark
    public int screenEnglishProfile() {
        return screen.screen(english, EnumSet.allOf(ContentField.class), 12).size();
    }

    @Benchmark
    public int screenJapaneseProfile() {
        return screen.screen(japanese, EnumSet.allOf(ContentField.class), 12).size();
    }
}
