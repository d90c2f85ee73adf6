package dev.rehabdoc.check;

import java.util.List;

/**
 * What the content checks found: a reading grade for each summary and set of steps, and the findings.
 *
 * @param scores   the reading grade of each checked text, in catalog order
 * @param findings what to improve, in catalog order
 */
public record CheckReport(List<TextScore> scores, List<Finding> findings) {

    public CheckReport {
        scores = List.copyOf(scores);
        findings = List.copyOf(findings);
    }

    /** The scores above a grade, such as those over the grade 8 that NIH advises for patient material. */
    public List<TextScore> scoresOver(double grade) {
        return scores.stream().filter(score -> score.grade() > grade).toList();
    }
}
