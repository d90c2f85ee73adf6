package dev.rehabdoc.load;

import dev.rehabdoc.load.Node.Entry;
import dev.rehabdoc.load.Node.ListNode;
import dev.rehabdoc.load.Node.MapNode;
import dev.rehabdoc.load.Node.ScalarNode;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.GlossaryTerm;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.RiskFactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a source (a YAML or JSON file, or a directory of them) into a validated {@link Catalog}, or reports every
 * problem in it at once.
 */
public final class CatalogLoader {
    /** The only version of the source format this rehabdoc reads. */
    public static final int SCHEMA_VERSION = Catalog.SCHEMA_VERSION;

    private static final List<String> LISTS = List.of("experts", "riskFactors", "conditions", "exercises", "programs",
            "glossary");
    /** The values at the root of a source that only one file of a directory may give. */
    private static final List<String> SINGLES = List.of("publication", "clinic");
    private static final List<String> ROOT_KEYS = List.of("schemaVersion", "publication", "clinic", "experts",
            "riskFactors", "conditions", "exercises", "programs", "glossary");
    /** What a JSON bundle says about itself at its root; accepted, and ignored, in {@code .json} files only. */
    private static final List<String> BUNDLE_KEYS = List.of("$schema", "generator", "generated");

    /** The root of a source file, bound as a whole. */
    record Document(
            Integer schemaVersion,
            Publication publication,
            Clinic clinic,
            List<Expert> experts,
            List<RiskFactor> riskFactors,
            List<Condition> conditions,
            List<Exercise> exercises,
            List<Program> programs,
            List<GlossaryTerm> glossary) {

        Catalog catalog() {
            return new Catalog(publication, experts, riskFactors, conditions, exercises, programs, glossary)
                    .withClinic(clinic);
        }
    }

    /** A file that gives a clinic on its own ({@code export --clinic}). */
    record ClinicFile(Integer schemaVersion, Clinic clinic) {
    }

    /** The type of the items of each list at the root of a source, by its key. */
    private static final Map<String, AnnotatedType> ITEM_TYPES = itemTypes();

    private static Map<String, AnnotatedType> itemTypes() {
        Map<String, AnnotatedType> types = new HashMap<>();
        for (RecordComponent component : Document.class.getRecordComponents()) {
            if (component.getAnnotatedType() instanceof AnnotatedParameterizedType list
                    && ((ParameterizedType) list.getType()).getRawType() == List.class) {
                types.put(component.getName(), list.getAnnotatedActualTypeArguments()[0]);
            }
        }
        return Map.copyOf(types);
    }

    /** A file of a source: where it is on disk (if anywhere) and what messages call it. */
    private record SourceFile(Path path, String name, boolean json) {
    }

    /** A file of a source and its content. */
    private record Read(SourceFile file, byte[] bytes) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, SourceFile> filesByName = new HashMap<>();
    private final ImageResolver images;

    private CatalogLoader(Path imageRoot) {
        this.images = new ImageResolver(imageRoot, name -> filesByName.get(name).path());
    }

    /** The type of the items of a list at the root of a source, or {@code null} when no such list is known. */
    static AnnotatedType itemType(String key) {
        return ITEM_TYPES.get(key);
    }

    /**
     * Starts readying, on another thread, what every load needs whatever the source (the validator), so that it is
     * ready by the time a source has been read. Loading does this itself; a caller that knows a load is coming can
     * start it earlier. Does nothing once started.
     */
    public static void prepare() {
        CatalogValidator.prepare();
    }

    /** Loads a file or a directory whose {@code .yaml}, {@code .yml} and {@code .json} files are merged. */
    public static LoadResult load(Path source) {
        prepare();
        Path root = Files.isDirectory(source) ? source : source.toAbsolutePath().getParent();
        CatalogLoader loader = new CatalogLoader(root);
        return loader.load(loader.readAll(loader.list(source)));
    }

    /**
     * Loads content that is not a file on disk, such as the embedded default. Such content cannot refer to images.
     *
     * @param name what messages call it; a name ending in {@code .json} is read as JSON
     */
    public static LoadResult load(String name, InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes(TreeReader.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return new LoadResult.Failed(List.of(new Problem(Location.of(name), "", "cannot read it: " + reason(e))));
        }
        if (bytes.length > TreeReader.MAX_FILE_BYTES) {
            return new LoadResult.Failed(List.of(new Problem(Location.of(name), "", "the content is larger than the "
                    + "limit of " + (TreeReader.MAX_FILE_BYTES >> 20) + " MB")));
        }
        prepare();
        CatalogLoader loader = new CatalogLoader(null);
        SourceFile file = new SourceFile(null, name, isJson(name));
        loader.filesByName.put(name, file);
        return loader.load(List.of(new Read(file, bytes)));
    }

    /**
     * Loads a file that gives a clinic on its own: a YAML or JSON mapping with a {@code clinic}, and optionally
     * {@code schemaVersion: 1}. A logo's path is relative to the file, as in a source.
     */
    public static ClinicResult loadClinic(Path file) {
        prepare();
        CatalogLoader loader = new CatalogLoader(file.toAbsolutePath().getParent());
        List<Read> read = loader.readAll(loader.list(file).stream().limit(1).toList());
        if (Files.isDirectory(file)) {
            loader.problem(Location.of(file.toString()), "is a directory; name the clinic's .yaml or .json file");
        }
        Clinic clinic = read.isEmpty() ? null : loader.clinic(read.getFirst());
        return loader.problems.isEmpty() ? new ClinicResult.Loaded(clinic) : new ClinicResult.Failed(loader.problems);
    }

    private Clinic clinic(Read read) {
        Node tree = TreeReader.read(read.file().name(), read.file().json(), read.bytes(), problems);
        if (tree == null) {
            return null;
        }
        if (!(tree instanceof MapNode root) || !root.entries().containsKey("clinic")) {
            problems.add(new Problem(tree.location(), "", "a clinic file is a mapping with a 'clinic', such as "
                    + "'clinic: {name: Riverside Physiotherapy}', not " + (tree instanceof MapNode
                            ? "a mapping without one" : tree.description())));
            return null;
        }
        if (root.entries().containsKey("schemaVersion")) {
            checkSchemaVersion(root);
        }
        Node given = root.entries().get("clinic").value();
        if (given instanceof ScalarNode scalar && scalar.isNull()) {
            problems.add(new Problem(given.location(), "/clinic", "the clinic is empty; it needs at least a name, "
                    + "such as 'clinic: {name: Riverside Physiotherapy}'"));
            return null;
        }
        ClinicFile file = new Binder(problems, images).bindRecord(root, ClinicFile.class);
        if (problems.isEmpty()) {
            for (Violation violation : CatalogValidator.validate(file.clinic())) {
                problems.add(locate(root, violation));
            }
        }
        return file.clinic();
    }

    /**
     * Loads the files read: the quick way when the source is one large YAML file that has no problems, else the plain
     * way, one located pass that says where every problem is.
     */
    private LoadResult load(List<Read> files) {
        if (problems.isEmpty() && files.size() == 1 && !files.getFirst().file().json()) {
            Read only = files.getFirst();
            Optional<Catalog> quick = QuickLoad.catalog(only.file().name(), only.bytes(), images);
            if (quick.isPresent()) {
                return new LoadResult.Loaded(quick.get());
            }
        }
        List<Node> trees = new ArrayList<>();
        for (Read read : files) {
            Node tree = TreeReader.read(read.file().name(), read.file().json(), read.bytes(), problems);
            if (tree != null) {
                trees.add(tree);
            }
        }
        return finish(trees);
    }

    private List<SourceFile> list(Path source) {
        if (!Files.exists(source)) {
            problem(Location.of(source.toString()), "no such file or directory");
            return List.of();
        }
        if (!Files.isDirectory(source)) {
            if (!Files.isRegularFile(source)) {
                problem(Location.of(source.toString()), "not a regular file (a device, pipe or socket cannot be a "
                        + "source); name a .yaml, .yml or .json file, or a directory of them");
                return List.of();
            }
            return List.of(new SourceFile(source, source.toString(), isJson(source.toString())));
        }
        try (Stream<Path> walk = Files.walk(source)) {
            List<SourceFile> files = walk
                    .filter(Files::isRegularFile)
                    .filter(path -> isSource(path.getFileName().toString()))
                    .sorted()
                    .map(path -> new SourceFile(path, path.toString(), isJson(path.toString())))
                    .toList();
            if (files.isEmpty()) {
                problem(Location.of(source.toString()), "the directory has no .yaml, .yml or .json files");
            }
            return files;
        } catch (IOException e) {
            problem(Location.of(source.toString()), "cannot read the directory: " + reason(e));
            return List.of();
        } catch (UncheckedIOException e) {
            problem(Location.of(source.toString()), "cannot read the directory: " + reason(e.getCause()));
            return List.of();
        }
    }

    private List<Read> readAll(List<SourceFile> files) {
        List<Read> read = new ArrayList<>();
        for (SourceFile file : files) {
            filesByName.put(file.name(), file);
            byte[] bytes = readBytes(file);
            if (bytes != null) {
                read.add(new Read(file, bytes));
            }
        }
        return read;
    }

    private byte[] readBytes(SourceFile file) {
        Location whole = Location.of(file.name());
        try {
            long size = Files.size(file.path());
            if (size > TreeReader.MAX_FILE_BYTES) {
                problem(whole, "the file has " + (size >> 20) + " MB; the limit is " + (TreeReader.MAX_FILE_BYTES >> 20)
                        + " MB (split the content into several files in one directory)");
                return null;
            }
            try (InputStream in = Files.newInputStream(file.path())) {
                byte[] bytes = in.readNBytes(TreeReader.MAX_FILE_BYTES + 1);
                if (bytes.length > TreeReader.MAX_FILE_BYTES) {
                    problem(whole, "the file grew beyond the limit of " + (TreeReader.MAX_FILE_BYTES >> 20)
                            + " MB while it was read");
                    return null;
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            problem(whole, "no such file");
        } catch (AccessDeniedException e) {
            problem(whole, "permission denied");
        } catch (IOException e) {
            problem(whole, "cannot read the file: " + reason(e));
        }
        return null;
    }

    private LoadResult finish(List<Node> trees) {
        MapNode merged = merge(trees);
        Document document = new Binder(problems, images).bindRecord(merged, Document.class);
        Set<String> spokenFor = new HashSet<>();
        problems.forEach(problem -> spokenFor.add(problem.location().file() + '\n' + problem.path()));
        Catalog catalog = document.catalog();
        for (Violation violation : CatalogValidator.validate(catalog)) {
            Problem problem = locate(merged, violation);
            if (!coveredBy(problem, spokenFor)) {
                problems.add(problem);
            }
        }
        return problems.isEmpty() ? new LoadResult.Loaded(catalog) : new LoadResult.Failed(problems);
    }

    /**
     * Joins the files' roots into one: their lists concatenated in file order, the publication from the one file
     * that has it. Each value keeps the file and pointer it has in its own file.
     */
    private MapNode merge(List<Node> trees) {
        Map<String, List<Node>> lists = new LinkedHashMap<>();
        Map<String, Location> listLocations = new HashMap<>();
        Map<String, Entry> singles = new LinkedHashMap<>();
        for (Node tree : trees) {
            if (!(tree instanceof MapNode root)) {
                problems.add(new Problem(tree.location(), "", "a source file is a mapping that starts with "
                        + "'schemaVersion: 1', not " + tree.description()));
                continue;
            }
            checkSchemaVersion(root);
            boolean json = filesByName.get(root.location().file()).json();
            for (Entry entry : root.entries().values()) {
                String key = entry.key();
                if (LISTS.contains(key)) {
                    if (entry.value() instanceof ListNode list) {
                        lists.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list.items());
                        listLocations.putIfAbsent(key, list.location());
                    } else if (!(entry.value() instanceof ScalarNode scalar && scalar.isNull())) {
                        problems.add(new Problem(entry.value().location(), entry.value().pointer(),
                                "must be a list (one '- item' per line), not " + entry.value().description()));
                    }
                } else if (SINGLES.contains(key)) {
                    Entry first = singles.putIfAbsent(key, entry);
                    if (first != null) {
                        problems.add(new Problem(entry.keyLocation(), entry.value().pointer(), "a source has one "
                                + key + ", and " + first.keyLocation().file() + " has it already"));
                    }
                } else if (!key.equals("schemaVersion") && !(json && BUNDLE_KEYS.contains(key))) {
                    problems.add(new Problem(entry.keyLocation(), entry.value().pointer(),
                            Suggestions.unknownKey(key, ROOT_KEYS)));
                }
            }
        }
        Map<String, Entry> entries = new LinkedHashMap<>(singles);
        Location nowhere = trees.isEmpty() ? Location.of("") : trees.getFirst().location();
        lists.forEach((key, items) -> entries.put(key, new Entry(key, listLocations.get(key),
                new ListNode(listLocations.get(key), "/" + key, List.copyOf(items)))));
        return new MapNode(nowhere, "", entries);
    }

    private void checkSchemaVersion(MapNode root) {
        Entry version = root.entries().get("schemaVersion");
        if (version == null) {
            problems.add(new Problem(root.location(), "/schemaVersion",
                    "required field 'schemaVersion' is missing; a source starts with 'schemaVersion: 1'"));
        } else if (!(version.value() instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.INTEGER)) {
            problems.add(new Problem(version.value().location(), "/schemaVersion",
                    "must be the whole number " + SCHEMA_VERSION + ", not " + version.value().description()));
        } else if (!scalar.text().equals(String.valueOf(SCHEMA_VERSION))) {
            problems.add(new Problem(version.value().location(), "/schemaVersion", "unknown schemaVersion "
                    + Suggestions.abbreviate(scalar.text()) + "; this rehabdoc reads version " + SCHEMA_VERSION));
        }
    }

    /** Where in which file a violation found in the merged catalog stands. */
    private static Problem locate(MapNode merged, Violation violation) {
        String[] segments = violation.pointer().substring(1).split("/");
        Node node = merged;
        int depth = 0;
        while (depth < segments.length) {
            Node next = switch (node) {
                case MapNode map -> {
                    Entry entry = map.entries().get(segments[depth]);
                    yield entry == null ? null : entry.value();
                }
                case ListNode list -> {
                    // The binder put a placeholder where the source has a list instead of a mapping or value.
                    int index = segments[depth].matches("\\d{1,9}") ? Integer.parseInt(segments[depth]) : -1;
                    yield index >= 0 && index < list.items().size() ? list.items().get(index) : null;
                }
                case ScalarNode scalar -> null;
            };
            if (next == null) {
                break;
            }
            node = next;
            depth++;
        }
        String message = violation.message();
        String pointer = node.pointer();
        if (depth < segments.length && node instanceof MapNode) {
            String missing = segments[depth];
            pointer = Node.child(node.pointer(), missing);
            // Only a rule about presence can fail on a value that is not written at all.
            if (depth == segments.length - 1) {
                message = "required field '" + missing + "' is missing";
            }
        }
        if (violation.other() != null) {
            // Across the files of a directory, the other value's pointer alone does not say where to look; and the
            // pointer in its own file is the one its editor sees, as with every problem's.
            Problem other = locate(merged, new Violation(violation.other(), ""));
            message = message.replace(violation.other(), other.path() + " (" + other.location() + ")");
        }
        return new Problem(node.location(), pointer, message);
    }

    /** Whether a binding problem already speaks for this value or one that contains it. */
    private static boolean coveredBy(Problem problem, Set<String> spokenFor) {
        // Looks the value and each value that contains it up by file and pointer: one problem per value of a source
        // may be hundreds of thousands, so each check walks up the pointer instead of through every problem.
        String file = problem.location().file() + '\n';
        String path = problem.path();
        while (!spokenFor.contains(file + path)) {
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            path = path.substring(0, slash);
        }
        return true;
    }

    /** What went wrong reading a file, without the exception's class name. */
    private static String reason(IOException e) {
        return switch (e) {
            case AccessDeniedException denied -> "permission denied: " + denied.getFile();
            case NoSuchFileException missing -> "no such file: " + missing.getFile();
            case FileSystemException other when other.getReason() != null -> other.getReason() + ": " + other.getFile();
            default -> String.valueOf(e.getMessage());
        };
    }

    private void problem(Location location, String message) {
        problems.add(new Problem(location, "", message));
    }

    private static boolean isSource(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"));
    }

    private static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
