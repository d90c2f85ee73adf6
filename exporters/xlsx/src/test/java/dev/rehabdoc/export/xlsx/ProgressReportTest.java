package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

    @Test
    void figuresCountYesAsOneAndPartlyAsHalfOfWhatWasRecorded() {
        FilledLog log = new FilledLog("t", null, "", "c", null, 1, 1, List.of("a", "b", "c", "d"), List.of(
                entry(1, "yes", 6), entry(2, "partly", 4), entry(3, "no", null), entry(4, null, null)));

        ProgressReport.Figures figures = ProgressReport.figures(log, entry -> true, 4);

        assertThat(figures).isEqualTo(new ProgressReport.Figures(4, 3, 0.5, null, 5.0));
        assertThat(ProgressReport.figures(log, entry -> entry.exercise() == 4, 1))
                .isEqualTo(new ProgressReport.Figures(1, 0, null, null, null));
    }

    @Test
    void slopeIsTheLeastSquaresChangePerWeek() {
        assertThat(ProgressReport.slope(List.of(new double[] {1, 8}, new double[] {2, 6}, new double[] {3, 4})))
                .isEqualTo(-2.0);
        assertThat(ProgressReport.slope(List.of(new double[] {1, 3}, new double[] {4, 3}))).isZero();
    }

    private static FilledLog.Entry entry(int exercise, String done, Integer painAfter) {
        return new FilledLog.Entry(1, 1, null, exercise, done, null, null, null, painAfter, null);
    }
}
