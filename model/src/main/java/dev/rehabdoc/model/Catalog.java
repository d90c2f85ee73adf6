package dev.rehabdoc.model;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * All content of one source: the publication, experts, risk factors, conditions, exercises and programs, and the clinic
 * that hands it out.
 *
 * <p>A class rather than a record because it also holds indexes by id; it is immutable, and two catalogs are equal
 * when their content is. Lookups by id assume a validated catalog, where every reference resolves.
 */
public final class Catalog {
    /** The version of the source format this model is, written by sources as {@code schemaVersion}. */
    public static final int SCHEMA_VERSION = 1;

    private final @Valid Publication publication;
    private final @Valid Clinic clinic;
    private final List<@Valid Expert> experts;
    private final List<@Valid RiskFactor> riskFactors;
    private final List<@Valid Condition> conditions;
    private final List<@Valid Exercise> exercises;
    private final List<@Valid Program> programs;
    private final List<@Valid GlossaryTerm> glossary;

    private final Map<String, Expert> expertsById;
    private final Map<String, RiskFactor> riskFactorsById;
    private final Map<String, Condition> conditionsById;
    private final Map<String, Exercise> exercisesById;

    /** A catalog without a glossary. */
    public Catalog(
            Publication publication,
            List<Expert> experts,
            List<RiskFactor> riskFactors,
            List<Condition> conditions,
            List<Exercise> exercises,
            List<Program> programs) {
        this(publication, experts, riskFactors, conditions, exercises, programs, List.of());
    }

    public Catalog(
            Publication publication,
            List<Expert> experts,
            List<RiskFactor> riskFactors,
            List<Condition> conditions,
            List<Exercise> exercises,
            List<Program> programs,
            List<GlossaryTerm> glossary) {
        this(publication, experts, riskFactors, conditions, exercises, programs, glossary, null);
    }

    private Catalog(
            Publication publication,
            List<Expert> experts,
            List<RiskFactor> riskFactors,
            List<Condition> conditions,
            List<Exercise> exercises,
            List<Program> programs,
            List<GlossaryTerm> glossary,
            Clinic clinic) {
        this.clinic = clinic;
        this.publication = publication;
        this.experts = Lists.copy(experts);
        this.riskFactors = Lists.copy(riskFactors);
        this.conditions = Lists.copy(conditions);
        this.exercises = Lists.copy(exercises);
        this.programs = Lists.copy(programs);
        this.glossary = Lists.copy(glossary);
        this.expertsById = index(this.experts, Expert::id);
        this.riskFactorsById = index(this.riskFactors, RiskFactor::id);
        this.conditionsById = index(this.conditions, Condition::id);
        this.exercisesById = index(this.exercises, Exercise::id);
    }

    /** Where the content was published, if the source says. */
    public Optional<Publication> publication() {
        return Optional.ofNullable(publication);
    }

    public List<Expert> experts() {
        return experts;
    }

    public List<RiskFactor> riskFactors() {
        return riskFactors;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public List<Program> programs() {
        return programs;
    }

    /** The clinic that hands the content out, if the source or the export names one. */
    public Optional<Clinic> clinic() {
        return Optional.ofNullable(clinic);
    }

    /** This content handed out by another clinic, or by none when {@code clinic} is null. */
    public Catalog withClinic(Clinic clinic) {
        return new Catalog(publication, experts, riskFactors, conditions, exercises, programs, glossary, clinic);
    }

    /** Plain-language definitions of the medical terms the content uses. */
    public List<GlossaryTerm> glossary() {
        return glossary;
    }

    /** The expert with this id, if there is one. */
    public Optional<Expert> findExpert(String id) {
        return Optional.ofNullable(expertsById.get(id));
    }

    /** The risk factor with this id, if there is one. */
    public Optional<RiskFactor> findRiskFactor(String id) {
        return Optional.ofNullable(riskFactorsById.get(id));
    }

    /** The condition with this id, if there is one. */
    public Optional<Condition> findCondition(String id) {
        return Optional.ofNullable(conditionsById.get(id));
    }

    /** The exercise with this id, if there is one. */
    public Optional<Exercise> findExercise(String id) {
        return Optional.ofNullable(exercisesById.get(id));
    }

    /** The expert a validated catalog refers to by this id. */
    public Expert expert(String id) {
        return require(findExpert(id), "expert", id);
    }

    /** The condition a validated catalog refers to by this id. */
    public Condition condition(String id) {
        return require(findCondition(id), "condition", id);
    }

    /** The exercise a validated catalog refers to by this id. */
    public Exercise exercise(String id) {
        return require(findExercise(id), "exercise", id);
    }

    /** The risk factors of a condition, in the condition's order. */
    public List<RiskFactor> riskFactorsOf(Condition condition) {
        return condition.riskFactors().stream().map(id -> require(findRiskFactor(id), "risk factor", id)).toList();
    }

    /** The recommended exercises of a condition, in the recommended order. */
    public List<Exercise> exercisesOf(Condition condition) {
        return condition.exercises().stream().map(this::exercise).toList();
    }

    /** The dose a program prescribes: the exercise's own dose with the program's fields put over it. */
    public Dose doseOf(ProgramExercise prescribed) {
        return exercise(prescribed.exercise()).dose().overriddenBy(prescribed.dose());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            byId.putIfAbsent(id.apply(item), item);
        }
        return byId;
    }

    private static <T> T require(Optional<T> found, String what, String id) {
        return found.orElseThrow(() -> new NoSuchElementException("no " + what + " with id '" + id + "' in the catalog"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Catalog that
                && Objects.equals(publication, that.publication)
                && experts.equals(that.experts)
                && riskFactors.equals(that.riskFactors)
                && conditions.equals(that.conditions)
                && exercises.equals(that.exercises)
                && programs.equals(that.programs)
                && glossary.equals(that.glossary)
                && Objects.equals(clinic, that.clinic);
    }

    @Override
    public int hashCode() {
        return Objects.hash(publication, experts, riskFactors, conditions, exercises, programs, glossary, clinic);
    }

    @Override
    public String toString() {
        return "Catalog[" + conditions.size() + " conditions, " + exercises.size() + " exercises, "
                + programs.size() + " programs, " + experts.size() + " experts, "
                + riskFactors.size() + " risk factors]";
    }
}
