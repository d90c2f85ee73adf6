package dev.rehabdoc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The least a JVM does to read a YAML source with the parser the loader uses (jackson-dataformat-yaml over
 * snakeyaml-engine, with the loader's quick-pass settings: no marks): decode the file and pull every token, on one
 * thread. No tree is built and nothing is bound or validated. Run as a whole process on a catalog, it is the floor
 * under a cold {@code rehabdoc validate} of that catalog on one core; split perfectly across n cores, at best its
 * work after start divided by n.
 *
 * <p>Usage: {@code YamlFloor SOURCE.yaml}. Prints the number of tokens.
 */
public final class YamlFloor {
    private YamlFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: YamlFloor SOURCE.yaml");
            System.exit(2);
        }
        String text = new String(Files.readAllBytes(Path.of(args[0])), StandardCharsets.UTF_8);
        YAMLFactory yaml = YAMLFactory.builder()
                .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).setUseMarks(false).build())
                .build();
        long tokens = 0;
        try (JsonParser parser = yaml.createParser(ObjectReadContext.empty(), text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    parser.getString();
                }
                tokens++;
            }
        }
        System.out.println(tokens);
    }
}
