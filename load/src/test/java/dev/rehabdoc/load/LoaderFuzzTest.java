package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the loader with Jazzer. In the normal build it replays the seeds and earlier findings in
 * {@code src/test/resources/dev/rehabdoc/load/LoaderFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it mutates them
 * (see docs/safety.md). Whatever the bytes, loading returns a result, and a failed one has located, readable problems.
 */
class LoaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void yaml(byte[] content) {
        check("fuzzed.yaml", content);
    }

    @FuzzTest(maxDuration = "5m")
    void json(byte[] content) {
        check("fuzzed.json", content);
    }

    private static void check(String name, byte[] content) {
        LoadResult result = CatalogLoader.load(name, new ByteArrayInputStream(content));

        switch (result) {
            case LoadResult.Loaded loaded -> assertThat(loaded.catalog()).isNotNull();
            case LoadResult.Failed failed -> {
                LoadedProblems.assertReadable(failed.problems(), new String(content, StandardCharsets.UTF_8));
                LoadedProblems.assertLocated(failed.problems(), name);
            }
        }
    }
}
