package dev.rehabdoc.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.data.EmbeddedContent;
import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporters;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Code;
import dev.rehabdoc.model.Dose;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.testing.Clinics;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirExporterTest {
    private static final Catalog SEED = ((LoadResult.Loaded) EmbeddedContent.load()).catalog();
    /** Named patients, start dates, clinicians, dose overrides, sets, holds and evidence, which the seed lacks. */
    private static final Catalog SYNTHETIC = SyntheticCatalogs.generate(20, 7);

    private static BundleValidation validation;
    private static String seedJson;

    @TempDir
    Path directory;

    @BeforeAll
    static void exportTheSeedAndStartTheValidator(@TempDir Path shared) throws Exception {
        validation = new BundleValidation();
        seedJson = export(SEED, ExportOptions.defaults(), shared);
    }

    @Test
    void isFoundByTheServiceLoaderAsFhir() {
        assertThat(Exporters.discover().find("fhir")).get().isInstanceOf(FhirExporter.class);
    }

    @Test
    void theSeedIsValidFhirR4() {
        assertThat(validation.problems(seedJson)).isEmpty();
    }

    @Test
    void theValidatorReportsWhatIsWrong() {
        String broken = seedJson.replaceFirst("\"intent\": \"proposal\"", "\"intent\": \"wish\"")
                .replaceFirst("\"kind\": \"ServiceRequest\"", "\"kind\": [\"ServiceRequest\"]");

        assertThat(validation.problems(broken)).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(problem -> problem.startsWith("ERROR"));
    }

    @Test
    void aSyntheticCatalogWithPatientsDatesAndFullDosesIsValidFhirR4() throws Exception {
        String json = export(SYNTHETIC, ExportOptions.defaults(), directory);

        assertThat(validation.problems(json)).isEmpty();
    }

    @Test
    void theClinicIsTheOrganizationThatPublishesTheProtocolsAndAuthorsTheCarePlans() throws Exception {
        Catalog branded = SYNTHETIC.withClinic(Clinics.riverside(directory.resolve("clinic")));
        String json = export(branded, ExportOptions.defaults(), directory.resolve("out"));

        assertThat(validation.problems(json)).isEmpty();
        Bundle bundle = BundleValidation.parse(json);
        Organization clinic = resource(bundle, Organization.class, "clinic");
        assertThat(clinic.getName()).isEqualTo(Clinics.RIVERSIDE_NAME);
        assertThat(clinic.getTelecom()).extracting(point -> point.getSystem().toCode() + " " + point.getValue())
                .containsExactly("phone 0113 496 0000", "email hello@riverside.example",
                        "url https://riverside.example/physio");
        assertThat(clinic.getAddressFirstRep().getLine()).extracting(Object::toString)
                .containsExactly("12 River Road", "Leeds LS1 4AB");
        assertThat(clinic.getText().getDivAsString()).contains("Monday to Friday 8:00-18:00",
                "Call us if the pain spreads down your arm");
        String fullUrl = bundle.getEntryFirstRep().getFullUrl();
        assertThat(bundle.getEntryFirstRep().getResource()).isInstanceOf(Organization.class);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof PlanDefinition plan) {
                assertThat(plan.getPublisher()).isEqualTo(Clinics.RIVERSIDE_NAME);
            } else if (entry.getResource() instanceof CarePlan plan) {
                assertThat(plan.getAuthor().getReference()).isEqualTo(fullUrl);
                Program program = branded.programs().stream()
                        .filter(p -> plan.getIdElement().getIdPart().equals(p.id())).findFirst().orElseThrow();
                if (program.clinician() != null) {
                    assertThat(plan.getContributorFirstRep().getDisplay()).isEqualTo(program.clinician());
                }
            }
        }
        assertThat(seedJson).doesNotContain("Organization", "publisher");
    }

    @Test
    void anEmptyCatalogIsAValidEmptyCollection() throws Exception {
        Catalog empty = new Catalog(null, List.of(), List.of(), List.of(), List.of(), List.of());

        String json = export(empty, ExportOptions.defaults(), directory);

        assertThat(validation.problems(json)).isEmpty();
        Bundle bundle = BundleValidation.parse(json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getEntry()).isEmpty();
    }

    @Test
    void everyExerciseOfTheSeedIsAnActivityDefinitionWithItsStepsInOrder() {
        Bundle bundle = BundleValidation.parse(seedJson);

        for (Exercise exercise : SEED.exercises()) {
            ActivityDefinition definition = resource(bundle, ActivityDefinition.class, exercise.id());
            assertThat(definition.getUrl()).isEqualTo("https://rehabdoc.dev/fhir/ActivityDefinition/" + exercise.id());
            assertThat(definition.getTitle()).isEqualTo(exercise.name());
            assertThat(definition.getKind()).isEqualTo(ActivityDefinition.ActivityDefinitionKind.SERVICEREQUEST);
            assertThat(definition.getCode().getCodingFirstRep().getCode()).isEqualTo("229065009");
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < exercise.steps().size(); i++) {
                numbered.add((i + 1) + ". " + exercise.steps().get(i).text());
            }
            assertThat(definition.getDescription()).contains(String.join("\n", numbered));
            for (String caution : exercise.cautions()) {
                assertThat(definition.getDosageFirstRep().getAdditionalInstruction())
                        .anySatisfy(instruction -> assertThat(instruction.getText()).isEqualTo(caution));
            }
        }
        assertThat(bundle.getEntry()).hasSize(SEED.exercises().size() + SEED.conditions().size() + SEED.programs().size());
    }

    @Test
    void everyQuoteOfTheSeedIsKeptWordForWordWithTheExpertsByline() {
        Bundle bundle = BundleValidation.parse(seedJson);
        List<String> checked = new ArrayList<>();

        for (Exercise exercise : SEED.exercises()) {
            assertQuoted(resource(bundle, ActivityDefinition.class, exercise.id()).getRelatedArtifact(), exercise.quotes());
            checked.addAll(exercise.quotes().stream().map(Quote::text).toList());
        }
        for (Condition condition : SEED.conditions()) {
            assertQuoted(resource(bundle, PlanDefinition.class, condition.id()).getRelatedArtifact(), condition.quotes());
            checked.addAll(condition.quotes().stream().map(Quote::text).toList());
        }
        assertThat(checked).hasSize(16);
        Exercise taiChi = SEED.exercise("tai-chi");
        assertThat(resource(bundle, ActivityDefinition.class, "tai-chi").getRelatedArtifact())
                .anySatisfy(artifact -> {
                    assertThat(artifact.getType()).isEqualTo(RelatedArtifact.RelatedArtifactType.CITATION);
                    assertThat(artifact.getDisplay()).isEqualTo(taiChi.evidence().getFirst().claim());
                    assertThat(artifact.getCitation()).isEqualTo(taiChi.evidence().getFirst().source());
                });
    }

    @Test
    void eachConditionIsAProtocolWhoseExerciseActionsFollowTheRecommendedOrder() {
        Bundle bundle = BundleValidation.parse(seedJson);

        for (Condition condition : SEED.conditions()) {
            PlanDefinition plan = resource(bundle, PlanDefinition.class, condition.id());
            assertThat(plan.getType().getCodingFirstRep().getCode()).isEqualTo("clinical-protocol");
            PlanDefinitionActionComponent exercises = plan.getAction().getFirst();
            assertThat(exercises.getAction()).extracting(action -> action.getDefinitionCanonicalType().getValue())
                    .containsExactlyElementsOf(condition.exercises().stream()
                            .map(id -> "https://rehabdoc.dev/fhir/ActivityDefinition/" + id)
                            .toList());
            assertThat(plan.getAction()).extracting(PlanDefinitionActionComponent::getTitle)
                    .containsExactly("Recommended exercises", "Advice", "Avoid", "See a doctor if");
            assertThat(plan.getAction().get(1).getAction()).extracting(PlanDefinitionActionComponent::getDescription)
                    .containsExactlyElementsOf(condition.advice());
            assertThat(plan.getUseContextFirstRep().getValueCodeableConcept().getCodingFirstRep().getCode())
                    .isEqualTo(condition.codes().getFirst().code());
        }
        PlanDefinition lumbar = resource(bundle, PlanDefinition.class, "lumbar-radiculopathy");
        assertThat(lumbar.getUseContextFirstRep().getValueCodeableConcept().getCodingFirstRep().getDisplay())
                .isEqualTo("Radiculopathy, lumbar region");
    }

    @Test
    void programsAreCarePlansOfTheRightActivitiesWithTheDosesTheyPrescribe() throws Exception {
        for (Catalog catalog : List.of(SEED, SYNTHETIC)) {
            Bundle bundle = BundleValidation.parse(export(catalog, ExportOptions.defaults(), directory.resolve(
                    catalog == SEED ? "seed" : "synthetic")));
            for (Program program : catalog.programs()) {
                CarePlan plan = resource(bundle, CarePlan.class, program.id());
                assertThat(plan.getInstantiatesCanonical().getFirst().getValue())
                        .isEqualTo("https://rehabdoc.dev/fhir/PlanDefinition/" + program.condition());
                assertThat(plan.getIntent()).isEqualTo(program.isTemplate()
                        ? CarePlan.CarePlanIntent.PROPOSAL : CarePlan.CarePlanIntent.PLAN);
                assertThat(plan.getSubject().getDisplay()).isEqualTo(program.isTemplate() ? "template" : program.patient());
                program.startDate().ifPresent(start -> assertThat(plan.getPeriod().getStartElement().getValueAsString())
                        .isEqualTo(start.toString()));
                assertThat(plan.getActivity()).hasSameSizeAs(program.exercises());
                for (int i = 0; i < program.exercises().size(); i++) {
                    ProgramExercise prescribed = program.exercises().get(i);
                    CarePlanActivityDetailComponent detail = plan.getActivity().get(i).getDetail();
                    assertThat(detail.getInstantiatesCanonical().getFirst().getValue())
                            .isEqualTo("https://rehabdoc.dev/fhir/ActivityDefinition/" + prescribed.exercise());
                    Integer timesPerWeek = catalog.doseOf(prescribed).timesPerWeek();
                    assertThat(detail.getScheduledTiming().getRepeat().getFrequency())
                            .isEqualTo(timesPerWeek != null ? timesPerWeek : program.sessionsPerWeek());
                    String dose = catalog.doseOf(prescribed).describe();
                    assertThat(detail.getDescription()).contains(prescribed.notes() == null ? "" : prescribed.notes());
                    if (!dose.isEmpty()) {
                        assertThat(detail.getDescription()).endsWith("Dose: " + dose + ".");
                    }
                }
            }
        }
    }

    @Test
    void theSyntheticProgramOverridesTheExerciseDose() throws Exception {
        Bundle bundle = BundleValidation.parse(export(SYNTHETIC, ExportOptions.defaults(), directory));
        Program program = SYNTHETIC.programs().getFirst();
        ProgramExercise prescribed = program.exercises().getFirst();

        assertThat(prescribed.dose().sets()).isEqualTo(2);
        assertThat(resource(bundle, CarePlan.class, program.id()).getActivityFirstRep().getDetail().getDescription())
                .isEqualTo(prescribed.notes() + "\nDose: " + SYNTHETIC.doseOf(prescribed).describe() + ".")
                .contains("2 sets");
    }

    @Test
    void aPatientsCarePlanIsActiveForItsWeeksAndTimedAsItsDosesSay() throws Exception {
        Program program = new Program("lumbar-jdoe", "Lower back - first six weeks", "lumbar-radiculopathy", "J. Doe",
                "Dr. A. Example", LocalDate.of(2026, 12, 1), 6, 3, List.of(
                new ProgramExercise("cat-cow", new Dose(2, null, 10, null, null), "Stop if pain spreads down the leg."),
                new ProgramExercise("walking", new Dose(null, null, null, 20, 5), null)));
        Catalog catalog = new Catalog(SEED.publication().orElseThrow(), SEED.experts(), SEED.riskFactors(),
                SEED.conditions(), SEED.exercises(), List.of(program));

        String json = export(catalog, ExportOptions.defaults(), directory);

        assertThat(validation.problems(json)).isEmpty();
        CarePlan plan = resource(BundleValidation.parse(json), CarePlan.class, "lumbar-jdoe");
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(plan.getSubject().getType()).isEqualTo("Patient");
        assertThat(plan.getAuthor().getDisplay()).isEqualTo("Dr. A. Example");
        assertThat(plan.getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-01-11");
        assertThat(plan.getActivity().getFirst().getDetail().getDescription())
                .isEqualTo("Stop if pain spreads down the leg.\nDose: 2 sets of 5 repetitions, hold 10 seconds.");
        Timing.TimingRepeatComponent walking = plan.getActivity().get(1).getDetail().getScheduledTiming().getRepeat();
        assertThat(walking.getFrequency()).isEqualTo(5);
        assertThat(walking.getDuration().intValue()).isEqualTo(20);
        assertThat(walking.getBoundsDuration().getValue().intValue()).isEqualTo(6);
        assertThat(plan.getActivity().getFirst().getDetail().getScheduledTiming().getRepeat().getFrequency()).isEqualTo(3);
    }

    @Test
    void picturesCarryCaptionCreditAndLicenceAndTheirBytesOnlyWhenEmbedded() throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(2, 1, directory.resolve("pictures"));
        Image image = catalog.exercises().getFirst().images().getFirst();
        byte[] bytes = Files.readAllBytes(image.path());

        String beside = export(catalog, ExportOptions.defaults(), directory.resolve("beside"));
        String embedded = export(catalog, ExportOptions.defaults().withEmbedImages(true), directory.resolve("embedded"));

        assertThat(validation.problems(embedded)).isEmpty();
        for (String json : List.of(beside, embedded)) {
            RelatedArtifact picture = resource(BundleValidation.parse(json), ActivityDefinition.class,
                    catalog.exercises().getFirst().id()).getRelatedArtifact().stream()
                    .filter(RelatedArtifact::hasDocument)
                    .findFirst().orElseThrow();
            assertThat(picture.getDisplay()).isEqualTo("Picture: " + image.caption() + "; credit: " + image.credit()
                    + "; licence: " + image.licence());
            assertThat(picture.getDocument().getContentType()).isEqualTo("image/png");
            assertThat(picture.getDocument().getSize()).isEqualTo(bytes.length);
            assertThat(picture.getDocument().getHash()).isEqualTo(MessageDigest.getInstance("SHA-1").digest(bytes));
            assertThat(picture.getDocument().getData()).isEqualTo(json == embedded ? bytes : null);
        }
    }

    @Test
    void twoExportsAreByteIdenticalAndTheTimestampIsTheOptionsOne() throws Exception {
        ExportOptions options = ExportOptions.defaults().withTimestamp(Instant.parse("2026-11-25T16:00:00Z"));

        byte[] first = Files.readAllBytes(exportFile(SYNTHETIC, options, directory.resolve("first")));
        byte[] second = Files.readAllBytes(exportFile(SYNTHETIC, options, directory.resolve("second")));

        assertThat(second).isEqualTo(first);
        assertThat(BundleValidation.parse(new String(first, java.nio.charset.StandardCharsets.UTF_8))
                .getTimestamp().toInstant()).isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
    }

    @Test
    void compactOutputHasNoIndentationAndTheSameContent() throws Exception {
        String compact = export(SEED, ExportOptions.defaults().withCompact(true), directory);

        assertThat(compact.strip()).doesNotContain("\n");
        assertThat(BundleValidation.R4.newJsonParser().encodeResourceToString(BundleValidation.parse(compact)))
                .isEqualTo(BundleValidation.R4.newJsonParser().encodeResourceToString(BundleValidation.parse(seedJson)));
    }

    @Test
    void aMalformedIcd10CodeFailsTheExportNamingTheConditionAndTheCode() throws Exception {
        Condition lumbar = SEED.condition("lumbar-radiculopathy");
        Catalog malformed = withCodes(SEED, lumbar, List.of(new Code("ICD-10", "M54.16"), new Code("ICD-10-CM", "M5A-16")));

        try (ExportTarget target = ExportTarget.in(directory)) {
            assertThatThrownBy(() -> new FhirExporter().export(malformed, ExportOptions.defaults(), target))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("lumbar-radiculopathy")
                    .hasMessageContaining("'M5A-16'");
        }
        assertThat(directory.resolve(BundleWriter.FILE_NAME)).doesNotExist();
    }

    @Test
    void aWellFormedCodeRehabdocDoesNotKnowIsExportedWithoutADisplay() throws Exception {
        Condition lumbar = SEED.condition("lumbar-radiculopathy");
        Catalog unknown = withCodes(SEED, lumbar, List.of(new Code("ICD-10-CM", "M51.16"), new Code("ICPC-2", "L86")));

        Bundle bundle = BundleValidation.parse(export(unknown, ExportOptions.defaults(), directory));

        PlanDefinition plan = resource(bundle, PlanDefinition.class, lumbar.id());
        assertThat(plan.getUseContextFirstRep().getValueCodeableConcept().getCoding())
                .singleElement()
                .satisfies(coding -> {
                    assertThat(coding.getSystem()).isEqualTo("http://hl7.org/fhir/sid/icd-10-cm");
                    assertThat(coding.getCode()).isEqualTo("M51.16");
                    assertThat(coding.hasDisplay()).isFalse();
                });
        assertThat(plan.getDescription()).contains("Codes: ICPC-2 L86.");
    }

    private static void assertQuoted(List<RelatedArtifact> artifacts, List<Quote> quotes) {
        for (Quote quote : quotes) {
            String byline = SEED.expert(quote.expert()).byline();
            assertThat(artifacts).anySatisfy(artifact -> {
                assertThat(artifact.getType()).isEqualTo(RelatedArtifact.RelatedArtifactType.DOCUMENTATION);
                assertThat(artifact.getDisplay()).isEqualTo("“" + quote.text() + "” — " + byline);
                assertThat(artifact.getCitation()).startsWith(byline);
            });
        }
    }

    private static <T extends Resource> T resource(Bundle bundle, Class<T> type, String id) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .filter(resource -> resource.getIdElement().getIdPart().equals(id))
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + "/" + id + " in the bundle"));
    }

    private static Catalog withCodes(Catalog catalog, Condition changed, List<Code> codes) {
        Condition recoded = new Condition(changed.id(), changed.name(), changed.clinicalName(), changed.summary(),
                changed.symptoms(), changed.bodyRegions(), changed.riskFactors(), changed.exercises(), changed.avoid(),
                changed.seeADoctorIf(), changed.advice(), changed.quotes(), codes);
        List<Condition> conditions = catalog.conditions().stream()
                .map(condition -> condition.id().equals(changed.id()) ? recoded : condition)
                .toList();
        return new Catalog(catalog.publication().orElse(null), catalog.experts(), catalog.riskFactors(), conditions,
                catalog.exercises(), catalog.programs());
    }

    private static String export(Catalog catalog, ExportOptions options, Path directory) throws Exception {
        return Files.readString(exportFile(catalog, options, directory));
    }

    private static Path exportFile(Catalog catalog, ExportOptions options, Path directory)
            throws IOException, ExportException {
        try (ExportTarget target = ExportTarget.in(directory)) {
            new FhirExporter().export(catalog, options, target);
            target.commit();
        }
        return directory.resolve(BundleWriter.FILE_NAME);
    }
}
